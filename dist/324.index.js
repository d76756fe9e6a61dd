export const id = 324;
export const ids = [324];
export const modules = {

/***/ 3324:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   dependenciesGate: () => (/* binding */ dependenciesGate)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _engine_inventory_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(23190);
/* harmony import */ var _config_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(71623);
/** The dependencies gate: pip-audit over requirements files, a pyproject.toml project or an environment. */



const LOCK_EXPORT = {
    'poetry.lock': 'poetry export -f requirements.txt -o requirements.txt',
    'uv.lock': 'uv export --format requirements-txt -o requirements.txt',
    'pipfile.lock': 'pipenv requirements > requirements.txt',
    pipfile: 'pipenv requirements > requirements.txt',
    'pdm.lock': 'pdm export -o requirements.txt'
};
async function discover(ctx) {
    const c = ctx.config;
    if (c.requirements?.length || c.project || c.environment)
        return { config: c, notChecked: [] };
    const inv = await (ctx.inventory ?? (() => (0,_engine_inventory_js__WEBPACK_IMPORTED_MODULE_1__/* .findInventory */ .S1)(ctx.workspace)))();
    const reqs = inv.dependencies.filter((d) => d.kind === 'requirements').map((d) => d.path);
    const projects = inv.dependencies.filter((d) => d.kind === 'pyproject').map((d) => node_path__WEBPACK_IMPORTED_MODULE_0___default().posix.dirname(d.path));
    const locks = inv.dependencies.filter((d) => d.kind === 'lock').map((d) => d.path);
    if (!reqs.length && !projects.length && !locks.length) {
        return {
            skipped: `no requirements file, pyproject.toml or Python lock file in the repository (${inv.filesSeen} files looked at, vendored folders and virtualenvs left out); set requirements, project or environment: true in gates.dependencies`
        };
    }
    const notChecked = [];
    let config;
    if (reqs.length) {
        config = { ...c, requirements: reqs };
        const others = projects.filter((p) => !reqs.some((r) => node_path__WEBPACK_IMPORTED_MODULE_0___default().posix.dirname(r) === p));
        if (others.length) {
            notChecked.push({
                what: others.map((p) => (p === '.' ? 'pyproject.toml' : `${p}/pyproject.toml`)).join(', '),
                reason: 'the requirements files were audited; a project is audited only when named, and only one per run',
                fix: `set gates.dependencies.project to the folder to audit (and requirements to none), or add the project's requirements to gates.dependencies.requirements`
            });
        }
    }
    else if (projects.length) {
        const sorted = [...projects].sort((a, b) => a.split('/').length - b.split('/').length || (a < b ? -1 : 1));
        config = { ...c, project: sorted[0] };
        if (sorted.length > 1) {
            notChecked.push({
                what: sorted.slice(1).map((p) => `${p}/pyproject.toml`).join(', '),
                reason: `only one project is audited per run (${sorted[0] === '.' ? 'the root pyproject.toml' : `${sorted[0]}/pyproject.toml`} was)`,
                fix: 'export each project\'s requirements to a file and list them in gates.dependencies.requirements'
            });
        }
    }
    else {
        config = c;
    }
    const lockOnly = locks.filter((l) => !reqs.length && !projects.includes(node_path__WEBPACK_IMPORTED_MODULE_0___default().posix.dirname(l)));
    for (const l of lockOnly) {
        const cmd = LOCK_EXPORT[node_path__WEBPACK_IMPORTED_MODULE_0___default().posix.basename(l).toLowerCase()] ?? 'export it to a requirements file';
        notChecked.push({ what: l, reason: 'pip-audit cannot read this lock file format', fix: `${cmd}, then list the file in gates.dependencies.requirements` });
    }
    if (!config.requirements?.length && !config.project) {
        return { skipped: `only lock files pip-audit cannot read (${lockOnly.join(', ')}); ${notChecked[0].fix}`, notChecked };
    }
    return { config, notChecked };
}
const dependenciesGate = {
    id: 'dependencies',
    title: 'Python dependencies (pip-audit)',
    configSchema: _config_js__WEBPACK_IMPORTED_MODULE_2__/* .dependenciesConfigSchema */ .B,
    async run(ctx) {
        const plan = await discover(ctx);
        if ('skipped' in plan)
            return { findings: [], checks: [], errors: [], skipped: plan.skipped, tool: null, ...(plan.notChecked ? { notChecked: plan.notChecked } : {}) };
        const c = plan.config;
        ctx.declareTargets?.(c.requirements?.length ? c.requirements.join(', ') : c.project ? `the project in ${c.project === '.' ? 'the root pyproject.toml' : `${c.project}/pyproject.toml`}` : 'the Python environment');
        const { runPipAudit } = await Promise.all(/* import() */[__webpack_require__.e(292), __webpack_require__.e(379)]).then(__webpack_require__.bind(__webpack_require__, 48379));
        const r = await runPipAudit({ ...ctx, config: c });
        if (r.skipped)
            return { findings: [], checks: [], errors: [], skipped: r.skipped, tool: null, notChecked: plan.notChecked };
        const vulns = r.findings.filter((f) => f.ruleId !== 'pip-audit/skipped-dependency').length;
        const skippedDeps = r.findings.length - vulns;
        const audited = r.checks.filter((c) => c.outcome !== 'error').length;
        const summary = r.errors.length
            ? undefined
            : `${vulns} known vulnerabilit${vulns === 1 ? 'y' : 'ies'} in ${audited} audited target${audited === 1 ? '' : 's'}${skippedDeps ? `, ${skippedDeps} dependenc${skippedDeps === 1 ? 'y' : 'ies'} not audited` : ''}`;
        return { findings: r.findings, checks: r.checks, errors: r.errors, tool: r.tool, notChecked: plan.notChecked, ...(summary ? { summary } : {}) };
    }
};


/***/ })

};
