export const id = 228;
export const ids = [228];
export const modules = {

/***/ 81228:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   applyEnvironmentPolicy: () => (/* binding */ applyEnvironmentPolicy)
/* harmony export */ });
/* harmony import */ var _config_load_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(65950);
/* harmony import */ var _engine_policy_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(99591);
/* harmony import */ var _evaluate_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(70949);
/* harmony import */ var _select_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(69690);
/**
 * The environment policy over a report made elsewhere (mode: report merges the reports of
 * mode: scan jobs): the config is read from the workspace, the rules apply to the merged report.
 */




async function applyEnvironmentPolicy(report, opts) {
    if (!opts.environment && !opts.deploymentEnvironment)
        return report;
    const { config, source } = await (0,_config_load_js__WEBPACK_IMPORTED_MODULE_0__/* .loadConfig */ .Z9)(opts.workspace, opts.configPath);
    const env = (0,_select_js__WEBPACK_IMPORTED_MODULE_3__/* .selectEnvironment */ .a)(config.environments, opts.environment, opts.deploymentEnvironment, source);
    return env ? (0,_evaluate_js__WEBPACK_IMPORTED_MODULE_2__/* .withPolicy */ .hZ)(report, (0,_evaluate_js__WEBPACK_IMPORTED_MODULE_2__/* .evaluatePolicy */ .Uz)(report, env.name, env.policy, opts.today ?? (0,_engine_policy_js__WEBPACK_IMPORTED_MODULE_1__/* .todayUtc */ .O2)())) : report;
}


/***/ })

};
