export const id = 100;
export const ids = [100];
export const modules = {

/***/ 5100:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   containerGate: () => (/* binding */ containerGate)
/* harmony export */ });
/* harmony import */ var _engine_inventory_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(23190);
/* harmony import */ var _config_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(28036);
/** The container gate: trivy over images, filesystems, repositories and infrastructure code. */


const TARGET_KEYS = ['image', 'image-archive', 'fs', 'repo', 'config'];
const containerGate = {
    id: 'container',
    title: 'Containers and IaC (trivy)',
    configSchema: _config_js__WEBPACK_IMPORTED_MODULE_1__/* .containerConfigSchema */ .T,
    async run(ctx) {
        // On by default only (no gates.container block): it applies where container or IaC files exist.
        if (!ctx.explicit && !TARGET_KEYS.some((k) => ctx.config[k] !== undefined)) {
            const inv = await (ctx.inventory ?? (() => (0,_engine_inventory_js__WEBPACK_IMPORTED_MODULE_0__/* .findInventory */ .S1)(ctx.workspace)))();
            if (inv.container.length === 0) {
                return {
                    findings: [],
                    checks: [],
                    errors: [],
                    skipped: `no Dockerfile, compose file, Kubernetes or Helm manifest, Terraform or CloudFormation file in the repository (${inv.filesSeen} files looked at${inv.truncated ? ', walk stopped at its bound' : ''}); set gates.container.image to scan an image`
                };
            }
            const shown = inv.container.slice(0, 5).map((f) => f.path).join(', ');
            ctx.declareTargets?.(`${(0,_engine_inventory_js__WEBPACK_IMPORTED_MODULE_0__/* .describeContainerFiles */ .gA)(inv.container)} (${shown}${inv.container.length > 5 ? ', …' : ''})`);
        }
        else {
            ctx.declareTargets?.('the configured container and IaC targets');
        }
        const { runTrivy } = await __webpack_require__.e(/* import() */ 163).then(__webpack_require__.bind(__webpack_require__, 86163));
        const r = await runTrivy(ctx);
        const count = (kind) => r.findings.filter((f) => f.properties?.kind === kind).length;
        const scanned = r.checks.filter((c) => !c.name.endsWith(' target') && c.outcome !== 'error').length;
        const summary = r.errors.length
            ? undefined
            : `${count('vulnerability')} vulnerabilities, ${count('misconfiguration')} misconfigurations, ${count('secret')} secrets in ${scanned} scan${scanned === 1 ? '' : 's'}`;
        return { findings: r.findings, checks: r.checks, errors: r.errors, tool: r.tool, ...(summary ? { summary } : {}) };
    }
};


/***/ })

};
