export const id = 550;
export const ids = [550];
export const modules = {

/***/ 72550:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  applyEnvironmentPolicy: () => (/* binding */ applyEnvironmentPolicy)
});

// EXTERNAL MODULE: ./src/config/load.ts + 2 modules
var load = __webpack_require__(65950);
;// CONCATENATED MODULE: ./src/engine/logger.ts
const silentLogger = { debug() { }, info() { }, warning() { }, error() { } };
function recordingLogger(lines) {
    return {
        debug: (m) => lines.push(`debug: ${m}`),
        info: (m) => lines.push(`info: ${m}`),
        warning: (m) => lines.push(`warning: ${m}`),
        error: (m) => lines.push(`error: ${m}`)
    };
}

// EXTERNAL MODULE: ./src/engine/policy.ts + 1 modules
var policy = __webpack_require__(99591);
// EXTERNAL MODULE: ./src/release/policy/session-rules.ts + 1 modules
var session_rules = __webpack_require__(56616);
;// CONCATENATED MODULE: ./src/release/policy/apply.ts
/**
 * The environment policy over a report made elsewhere (mode: report merges the reports of
 * mode: scan jobs): the config is read from the workspace, and the same rules as a run's
 * (session-rules.ts) apply to the merged report.
 */




async function applyEnvironmentPolicy(report, opts) {
    if (!opts.environment && !opts.deploymentEnvironment)
        return report;
    const { config, source } = await (0,load/* loadConfig */.Z9)(opts.workspace, opts.configPath);
    const apply = session_rules/* environmentRules */.T.prepare({ config, configSource: source, environment: opts.environment, deploymentEnvironment: opts.deploymentEnvironment, today: opts.today ?? (0,policy/* todayUtc */.O2)(), logger: silentLogger });
    return apply ? apply(report) : report;
}


/***/ })

};
