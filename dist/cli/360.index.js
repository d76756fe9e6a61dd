export const id = 360;
export const ids = [360];
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

/***/ 8979:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   limitsFrom: () => (/* binding */ limitsFrom),
/* harmony export */   modelsGate: () => (/* binding */ modelsGate),
/* harmony export */   runModels: () => (/* binding */ runModels),
/* harmony export */   toFindings: () => (/* binding */ toFindings)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _engine_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7679);
/* harmony import */ var _engine_paths_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4886);
/* harmony import */ var _engine_confine_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9666);
/* harmony import */ var _scanners_pickle_globals_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(7558);
/* harmony import */ var _scanners_lock_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(7388);
/* harmony import */ var _scanners_model_limits_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(9769);
/* harmony import */ var _scanners_model_scan_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(7500);
/* harmony import */ var _config_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(9585);
/**
 * The models gate: scans every file under the configured paths with the model scanner (pickle VM,
 * containers, headers) and verifies the hash lock when there is one. Verdicts come from the
 * scanner's allowlist-first rules; the policy step decides what blocks.
 */










const MB = 1024 * 1024;
function limitsFrom(c) {
    return {
        ..._scanners_model_limits_js__WEBPACK_IMPORTED_MODULE_7__/* .DEFAULT_LIMITS */ .d,
        ...(c['max-pickle-mb'] ? { maxPickleBytes: c['max-pickle-mb'] * MB } : {}),
        ...(c['max-inflated-mb'] ? { maxInflatedBytes: c['max-inflated-mb'] * MB, maxTotalInflatedBytes: Math.max(_scanners_model_limits_js__WEBPACK_IMPORTED_MODULE_7__/* .DEFAULT_LIMITS */ .d.maxTotalInflatedBytes, c['max-inflated-mb'] * MB) } : {}),
        ...(c['max-ratio'] ? { maxRatio: c['max-ratio'] } : {}),
        ...(c['max-entries'] ? { maxEntries: c['max-entries'] } : {}),
        ...(c['max-depth'] ? { maxDepth: c['max-depth'] } : {}),
        ...(c['file-timeout-seconds'] ? { timeMs: c['file-timeout-seconds'] * 1000 } : {})
    };
}
/** Findings and the check of one scanned file: shared by the gate and the scan-models CLI. */
function toFindings(r) {
    const findings = r.issues.map((i) => ({
        ruleId: i.ruleId,
        severity: i.severity,
        title: i.ruleId,
        message: i.message,
        location: { path: r.path, startLine: null },
        fingerprintKey: `${i.member}\u0000${i.subject}`,
        properties: { member: i.member, ...i.properties }
    }));
    const blocking = r.issues.some((i) => i.severity === 'critical' || i.severity === 'high');
    const globals = [...new Set(r.globals.map((g) => g.global))];
    const check = {
        name: r.hasPickle ? 'pickle-scan' : 'format-check',
        target: r.path,
        outcome: r.errors.length ? 'error' : blocking ? 'fail' : 'pass',
        details: {
            format: r.format,
            members: r.members.length > 1 || r.members[0]?.member ? r.members.map((m) => ({ member: m.member, format: m.format })) : undefined,
            globals,
            unsafeGlobals: r.globals.filter((g) => g.verdict !== 'safe').map((g) => (g.member ? `${g.member}: ${g.global}` : g.global)),
            ...(r.errors.length ? { errors: r.errors } : {})
        }
    };
    return { findings, check };
}
async function pool(items, n, fn) {
    let i = 0;
    await Promise.all(Array.from({ length: Math.min(n, items.length) }, async () => {
        while (i < items.length)
            await fn(items[i++]);
    }));
}
async function runModels(ctx) {
    const c = ctx.config;
    const findings = [];
    const checks = [];
    const errors = [];
    for (const p of c.paths) {
        if (/[*?[\]{}]/.test(p))
            continue;
        try {
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.access)((0,_engine_paths_js__WEBPACK_IMPORTED_MODULE_3__/* .resolveInside */ .LI)(ctx.workspace, p, 'gates.models.paths'));
        }
        catch (e) {
            if (e.code !== 'ENOENT')
                throw e;
            // A configured path that is missing is a config mistake; the default path missing just means no models here.
            if (ctx.explicit !== false)
                errors.push(`gates.models.paths: "${p}" does not exist in the workspace; fix the path or remove it`);
        }
    }
    const walk = await (0,_engine_paths_js__WEBPACK_IMPORTED_MODULE_3__.walkFiles)(ctx.workspace, { include: c.paths, exclude: c.exclude });
    if (walk.truncated)
        errors.push('too many files under gates.models.paths; narrow the paths');
    // Names that are not UTF-8 cannot be scanned: said, never dropped.
    const unreadable = (0,_engine_confine_js__WEBPACK_IMPORTED_MODULE_4__/* .walkNotes */ .$B)({ symlinks: [], unreadable: walk.unreadable });
    checks.push(...unreadable.checks);
    errors.push(...unreadable.errors);
    for (const s of walk.symlinks) {
        findings.push({
            ruleId: 'model/symlink',
            severity: 'high',
            message: `${s} is a symbolic link: it was not followed or scanned (a committed link can point at files outside the repository)`,
            location: { path: s, startLine: null },
            fingerprintKey: 'symlink'
        });
    }
    const allow = (0,_scanners_pickle_globals_js__WEBPACK_IMPORTED_MODULE_5__/* .compileAllow */ .bC)(c['allow-globals']);
    const limits = limitsFrom(c.limits);
    const results = [];
    const progress = ctx.progress?.('models: files scanned', walk.files.length);
    await pool(walk.files, 2, async (rel) => {
        if (ctx.signal.aborted)
            return;
        const r = await (0,_scanners_model_scan_js__WEBPACK_IMPORTED_MODULE_8__/* .scanModelFile */ .dH)(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(ctx.workspace, rel), rel, { allow, limits, forbidPickle: c['forbid-pickle'] });
        results.push(r);
        progress?.add(1, rel);
    });
    progress?.end();
    if (ctx.signal.aborted)
        errors.push('the models gate was stopped before every file was scanned');
    results.sort((a, b) => a.path.localeCompare(b.path));
    for (const r of results) {
        const t = toFindings(r);
        findings.push(...t.findings);
        checks.push(t.check);
        errors.push(...r.errors);
    }
    let lockPath = c.lock;
    if (!lockPath) {
        try {
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.access)(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(ctx.workspace, 'models.lock.json'));
            lockPath = 'models.lock.json';
        }
        catch {
            /* no lock configured and none at the default place */
        }
    }
    if (lockPath) {
        try {
            const v = await (0,_scanners_lock_js__WEBPACK_IMPORTED_MODULE_6__/* .verifyLock */ .PK)({ workspace: ctx.workspace, lockPath, paths: c.paths, exclude: c.exclude, gate: 'models', signal: ctx.signal });
            findings.push(...v.findings);
            checks.push(...v.checks);
            errors.push(...v.errors);
        }
        catch (e) {
            errors.push(`hash lock ${lockPath} could not be verified: ${(0,_engine_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .errorMessage */ .gJ)(e)}`);
        }
    }
    if (walk.files.length === 0 && walk.symlinks.length === 0 && errors.length === 0) {
        return { findings, checks, errors, skipped: `no files under ${c.paths.join(', ')}` };
    }
    const bad = results.filter((r) => r.issues.some((i) => i.severity === 'critical' || i.severity === 'high')).length;
    const dangerous = results.reduce((n, r) => n + r.issues.filter((i) => i.ruleId === 'pickle/dangerous-global').length, 0);
    const unknown = results.reduce((n, r) => n + r.issues.filter((i) => i.ruleId === 'pickle/unknown-global').length, 0);
    const parts = [`${results.length} file${results.length === 1 ? '' : 's'} scanned`];
    if (bad)
        parts.push(`${bad} with blocking issues`);
    if (dangerous)
        parts.push(`${dangerous} dangerous pickle global${dangerous === 1 ? '' : 's'}`);
    if (unknown)
        parts.push(`${unknown} unknown global${unknown === 1 ? '' : 's'}`);
    const lockFindings = findings.filter((f) => f.ruleId.startsWith('lock/')).length;
    if (lockFindings)
        parts.push(`${lockFindings} hash-lock finding${lockFindings === 1 ? '' : 's'}`);
    return { findings, checks, errors, tool: null, summary: parts.join(', ') };
}
const modelsGate = {
    id: 'models',
    title: 'Model files',
    configSchema: _config_js__WEBPACK_IMPORTED_MODULE_9__/* .modelsConfigSchema */ .E,
    run: runModels
};


/***/ })

};
