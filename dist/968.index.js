export const id = 968;
export const ids = [968];
export const modules = {

/***/ 9968:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   codeGate: () => (/* binding */ codeGate)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _engine_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7679);
/* harmony import */ var _engine_paths_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4886);
/* harmony import */ var _engine_confine_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9666);
/* harmony import */ var _bandit_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(7375);
/* harmony import */ var _config_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(2904);
/* harmony import */ var _notebooks_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(3822);
/* harmony import */ var _rules_analyze_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(6176);
/* harmony import */ var _rules_findings_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(6460);
/* harmony import */ var _rules_parser_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(3969);
/**
 * The code gate: bandit over the Python sources, the unsafe-load rules (tree-sitter) over the same
 * files, and both over the code cells of Jupyter notebooks. A bandit finding and a rule finding
 * about the same call (B301 and pickle-load on one line) are reported once.
 */











const codeGate = {
    id: 'code',
    title: 'Code (bandit + unsafe-load rules)',
    configSchema: _config_js__WEBPACK_IMPORTED_MODULE_6__/* .codeConfigSchema */ .d,
    async run(ctx) {
        const c = ctx.config;
        const errors = [];
        const checks = [];
        let banditFindings = [];
        const ruleFindings = [];
        let tool = null;
        if (c.bandit) {
            const bandit = await (0,_bandit_js__WEBPACK_IMPORTED_MODULE_5__/* .runBandit */ .Ev)(ctx);
            banditFindings = bandit.findings;
            checks.push(...bandit.checks);
            errors.push(...bandit.errors);
            tool = bandit.tool;
        }
        if (!c.rules && !c.notebooks)
            return { findings: banditFindings, checks, errors, tool };
        const exclude = c.exclude.length ? c.exclude : ((c['bandit-config'] ? null : await (0,_bandit_js__WEBPACK_IMPORTED_MODULE_5__/* .pyprojectSettings */ .E6)(ctx.workspace))?.exclude_dirs ?? []);
        const walk = await (0,_engine_paths_js__WEBPACK_IMPORTED_MODULE_3__/* .walkFiles */ .Fv)(ctx.workspace, { include: c.paths, exclude });
        if (walk.truncated)
            errors.push(`more files under gates.code.paths than the walker lists (${walk.files.length}); narrow paths or add exclude`);
        // Symlinks are not followed; those leading out of the workspace are findings (engine/confine.ts).
        const notes = (0,_engine_confine_js__WEBPACK_IMPORTED_MODULE_4__/* .walkNotes */ .$B)(walk);
        checks.push(...notes.checks);
        errors.push(...notes.errors);
        ruleFindings.push(...notes.findings);
        const disabled = new Set(c['disable-rules']);
        if (c.rules) {
            for (const rel of walk.files.filter((f) => f.endsWith('.py') || f.endsWith('.pyw'))) {
                const abs = node_path__WEBPACK_IMPORTED_MODULE_1___default().join(ctx.workspace, rel);
                const size = (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(abs)).size;
                if (size > _rules_parser_js__WEBPACK_IMPORTED_MODULE_10__/* .MAX_SOURCE_BYTES */ .Tw) {
                    errors.push(`${rel} is ${size} bytes, over the ${_rules_parser_js__WEBPACK_IMPORTED_MODULE_10__/* .MAX_SOURCE_BYTES */ .Tw}-byte limit of the unsafe-load rules; exclude it (gates.code.exclude) if it is generated`);
                    checks.push({ name: 'unsafe-load-rules', target: rel, outcome: 'error', details: { reason: 'too large', bytes: size } });
                    continue;
                }
                const text = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(abs, 'utf8');
                const lines = text.split('\n');
                const hits = await (0,_rules_analyze_js__WEBPACK_IMPORTED_MODULE_8__/* .analyzePython */ .z)(text, { disabled });
                for (const h of hits)
                    ruleFindings.push((0,_rules_findings_js__WEBPACK_IMPORTED_MODULE_9__/* .ruleFinding */ .E)(h, rel, lines[h.startLine - 1] ?? ''));
                checks.push({ name: 'unsafe-load-rules', target: rel, outcome: hits.length ? 'fail' : 'pass', details: { findings: hits.length } });
            }
        }
        if (c.notebooks) {
            const notebooks = walk.files.filter((f) => f.endsWith('.ipynb'));
            try {
                const nb = await (0,_notebooks_js__WEBPACK_IMPORTED_MODULE_7__/* .scanNotebooks */ .EQ)(ctx, notebooks, { rules: c.rules, bandit: c.bandit, disabled });
                ruleFindings.push(...nb.findings.filter((f) => f.properties?.tool !== 'bandit'));
                banditFindings = [...banditFindings, ...nb.findings.filter((f) => f.properties?.tool === 'bandit')];
                checks.push(...nb.checks);
                errors.push(...nb.errors);
                tool ??= nb.tool;
            }
            catch (e) {
                errors.push(`notebooks: ${(0,_engine_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .describeError */ .Uc)(e)}`);
            }
        }
        const findings = (0,_rules_findings_js__WEBPACK_IMPORTED_MODULE_9__/* .mergeFindings */ .D)(banditFindings, ruleFindings);
        for (const check of checks) {
            if (check.name === 'notebook' && typeof check.details.findings === 'number')
                check.details.findings = findings.filter((f) => f.location.path === check.target).length;
        }
        return { findings, checks, errors, tool };
    }
};


/***/ })

};
