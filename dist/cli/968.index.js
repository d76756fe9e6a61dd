export const id = 968;
export const ids = [968];
export const modules = {

/***/ 9666:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $B: () => (/* binding */ walkNotes),
/* harmony export */   zs: () => (/* binding */ confineToWorkspace)
/* harmony export */ });
/* unused harmony export SYMLINK_RULE */
/* harmony import */ var _paths_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4886);
/**
 * Nothing outside the workspace reaches a report: every path a gate or its tool reports (finding
 * locations, check targets) is checked against the real workspace. A path that is absolute, climbs
 * out with `..`, or leads out through a symlink (bandit reads `src/x.py -> /etc/passwd` and quotes
 * it) is dropped, with a note saying what was dropped and why. Symlinks the walker met that lead
 * out of the workspace become findings: they are never followed.
 */

const SYMLINK_RULE = 'workspace/symlink-outside';
/** Drops findings and checks whose path leads out of the workspace; adds one note per dropped path. */
async function confineToWorkspace(workspace, result) {
    const verdict = new Map();
    const where = async (p) => {
        let v = verdict.get(p);
        if (!v) {
            v = await (0,_paths_js__WEBPACK_IMPORTED_MODULE_0__/* .realLocation */ .EQ)(workspace, p);
            verdict.set(p, v);
        }
        return v;
    };
    const dropped = new Map();
    const findings = [];
    for (const f of result.findings) {
        // The symlink finding itself names the link (inside); everything else must lead inside.
        if (f.ruleId !== SYMLINK_RULE && f.location.path && (await where(f.location.path)) === 'outside') {
            dropped.set(f.location.path, (dropped.get(f.location.path) ?? 0) + 1);
            continue;
        }
        findings.push(f);
    }
    const checks = [];
    for (const c of result.checks) {
        if (c.name !== 'symlink' && looksLikePath(c.target) && (await where(c.target)) === 'outside') {
            if (!dropped.has(c.target))
                dropped.set(c.target, 0);
            continue;
        }
        checks.push(c);
    }
    for (const [target, n] of dropped) {
        checks.push({
            name: 'outside-workspace',
            target,
            outcome: 'skipped',
            details: { reason: 'this path leads out of the workspace (absolute, `..`, or through a symlink); what the tool reported about it was dropped and it was not scanned', droppedFindings: n }
        });
    }
    return dropped.size ? { ...result, findings, checks } : result;
}
/** Check targets are paths, or labels such as `.`, `#42`, an image reference or a URL. */
function looksLikePath(t) {
    return t !== '' && t !== '.' && !/^[a-z][a-z0-9+.-]*:\/\//i.test(t) && !t.startsWith('#');
}
/** Findings and checks for what the walker met and could not scan: symlinks leading out, names that are not UTF-8. */
function walkNotes(walk) {
    const outside = new Set(walk.outside ?? []);
    const findings = [...outside].map((p) => ({
        ruleId: SYMLINK_RULE,
        severity: 'medium',
        title: 'Symlink out of the workspace',
        message: `${p} is a symbolic link that leads out of the workspace; it was not followed or scanned. A committed link to a file outside the repository (/etc/passwd, the runner's home) makes tools read and quote that file: replace the link with the file itself, or remove it.`,
        location: { path: p, startLine: null },
        fingerprintKey: `symlink:${p}`
    }));
    const checks = walk.symlinks.map((s) => ({ name: 'symlink', target: s, outcome: outside.has(s) ? 'fail' : 'skipped', details: { reason: outside.has(s) ? 'symlink leading out of the workspace: not followed' : 'symlinks are not followed' } }));
    const errors = [];
    for (const u of walk.unreadable ?? []) {
        checks.push({ name: 'file-name', target: u, outcome: 'error', details: { reason: 'the name is not valid UTF-8 (or the folder could not be read), so the file was not scanned' } });
        errors.push(`${u}: the file name is not valid UTF-8 (or the folder could not be read), so it was not scanned; rename it`);
    }
    return { findings, checks, errors };
}


/***/ }),

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
        const walk = await (0,_engine_paths_js__WEBPACK_IMPORTED_MODULE_3__.walkFiles)(ctx.workspace, { include: c.paths, exclude });
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
