export const id = 3324;
export const ids = [3324];
export const modules = {

/***/ 23190:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bu: () => (/* binding */ lazyInventory),
/* harmony export */   S1: () => (/* binding */ findInventory),
/* harmony export */   gA: () => (/* binding */ describeContainerFiles)
/* harmony export */ });
/* unused harmony exports SKIPPED_FOLDERS, sniffInfra */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/**
 * The workspace's project files that decide whether a default gate applies: Python dependency
 * manifests (dependencies gate) and container / infrastructure-as-code files (container gate).
 * Found in one bounded walk that never follows a symlink and skips version control, vendored
 * code and virtual environments (a folder holding pyvenv.cfg or conda-meta is an environment).
 */


/** Folders never walked: version control, dependencies of other ecosystems, vendored code, caches. */
const SKIPPED_FOLDERS = new Set([
    '.git', '.hg', '.svn', 'node_modules', 'bower_components', '.venv', 'venv', 'virtualenv', '.virtualenv', 'site-packages', 'dist-packages',
    '__pypackages__', '.tox', '.nox', '.eggs', '__pycache__', '.mypy_cache', '.pytest_cache', '.ruff_cache', '.ipynb_checkpoints',
    'vendor', 'vendored', '_vendor', 'third_party', 'third-party', 'thirdparty', '.terraform', '.terragrunt-cache', '.cache', '.idea', '.vscode'
]);
const DOCKERFILE = /^(?:dockerfile|containerfile)(?:[._-].*)?$|\.(?:dockerfile|containerfile)$/i;
const COMPOSE = /^(?:docker-)?compose(?:[._-][\w.-]*)?\.ya?ml$/i;
const TERRAFORM = /\.tf(?:\.json)?$/i;
const YAML_OR_JSON = /\.(?:ya?ml|json|template)$/i;
const REQUIREMENTS = /requirements[\w.-]*\.txt$|^(?:constraints|requires)[\w.-]*\.txt$/i;
const LOCKS = new Set(['pipfile', 'pipfile.lock', 'poetry.lock', 'uv.lock', 'pdm.lock', 'pylock.toml']);
const PYLOCK = /^pylock\.[\w.-]+\.toml$/i;
const K8S = /^apiVersion:\s*["']?[\w./-]+["']?\s*$[\s\S]*^kind:\s*["']?[A-Z]\w*|^kind:\s*["']?[A-Z]\w*["']?\s*$[\s\S]*^apiVersion:\s*\S/m;
const CLOUDFORMATION = /AWSTemplateFormatVersion|["']?Type["']?\s*:\s*["']?AWS::[A-Za-z0-9]+::/;
function byName(name, parent) {
    const lower = name.toLowerCase();
    if (DOCKERFILE.test(name))
        return 'dockerfile';
    if (COMPOSE.test(name))
        return 'compose';
    if (lower === 'chart.yaml' || lower === 'chart.yml')
        return 'helm';
    if (lower === 'kustomization.yaml' || lower === 'kustomization.yml')
        return 'kustomize';
    if (TERRAFORM.test(name))
        return 'terraform';
    if (lower === 'pyproject.toml')
        return 'pyproject';
    if (LOCKS.has(lower) || PYLOCK.test(name))
        return 'lock';
    if (REQUIREMENTS.test(name) || (parent.toLowerCase() === 'requirements' && lower.endsWith('.txt')))
        return 'requirements';
    if (YAML_OR_JSON.test(name))
        return 'sniff';
    return null;
}
async function head(abs, bytes) {
    const fh = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.open)(abs, 'r');
    try {
        const buf = Buffer.alloc(bytes);
        const { bytesRead } = await fh.read(buf, 0, bytes, 0);
        return buf.subarray(0, bytesRead).toString('utf8');
    }
    finally {
        await fh.close();
    }
}
/** Kubernetes manifest or CloudFormation template, from the first 16 KiB of a YAML/JSON file. */
function sniffInfra(text) {
    if (CLOUDFORMATION.test(text))
        return 'cloudformation';
    if (K8S.test(text))
        return 'kubernetes';
    return null;
}
/** Walks the workspace once and lists its dependency manifests and container/IaC files. */
async function findInventory(workspace, opts = {}) {
    const maxEntries = opts.maxEntries ?? 500_000;
    const maxSniffed = opts.maxSniffed ?? 5_000;
    const container = [];
    const dependencies = [];
    const sniff = [];
    let entries = 0;
    let filesSeen = 0;
    let truncated = false;
    // Breadth-first with an explicit queue: no recursion depth to exhaust on a deep tree.
    const queue = [''];
    for (let qi = 0; qi < queue.length && !truncated; qi++) {
        const rel = queue[qi];
        let list;
        try {
            list = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readdir)(rel ? node_path__WEBPACK_IMPORTED_MODULE_1___default().join(workspace, rel) : workspace, { withFileTypes: true });
        }
        catch {
            continue;
        }
        if (rel && list.some((d) => (d.name === 'pyvenv.cfg' && d.isFile()) || (d.name === 'conda-meta' && d.isDirectory())))
            continue;
        const parent = rel ? node_path__WEBPACK_IMPORTED_MODULE_1___default().posix.basename(rel) : '';
        for (const d of list) {
            if (++entries > maxEntries) {
                truncated = true;
                break;
            }
            const childRel = rel ? `${rel}/${d.name}` : d.name;
            if (d.isDirectory()) {
                if (!SKIPPED_FOLDERS.has(d.name) && !d.name.endsWith('.egg-info'))
                    queue.push(childRel);
                continue;
            }
            if (!d.isFile())
                continue; // symlinks are not followed
            filesSeen++;
            const kind = byName(d.name, parent);
            if (kind === null)
                continue;
            if (kind === 'sniff') {
                if (sniff.length < maxSniffed)
                    sniff.push(childRel);
            }
            else if (kind === 'requirements' || kind === 'pyproject' || kind === 'lock') {
                dependencies.push({ path: childRel, kind });
            }
            else {
                container.push({ path: childRel, kind });
            }
        }
    }
    // Recognise Kubernetes manifests and CloudFormation templates by content, a few files at a time.
    let next = 0;
    const worker = async () => {
        while (next < sniff.length) {
            const rel = sniff[next++];
            let text;
            try {
                text = await head(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(workspace, ...rel.split('/')), 16 * 1024);
            }
            catch {
                continue;
            }
            const kind = sniffInfra(text);
            if (kind)
                container.push({ path: rel, kind });
        }
    };
    await Promise.all(Array.from({ length: 8 }, worker));
    const byPath = (a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0);
    return { filesSeen, truncated, container: container.sort(byPath), dependencies: dependencies.sort(byPath) };
}
/** "the Dockerfile, 2 Terraform files and 1 Kubernetes manifest": what the container gate would scan. */
function describeContainerFiles(files) {
    const names = {
        dockerfile: ['Dockerfile', 'Dockerfiles'],
        compose: ['compose file', 'compose files'],
        kubernetes: ['Kubernetes manifest', 'Kubernetes manifests'],
        helm: ['Helm chart', 'Helm charts'],
        kustomize: ['kustomization', 'kustomizations'],
        terraform: ['Terraform file', 'Terraform files'],
        cloudformation: ['CloudFormation template', 'CloudFormation templates']
    };
    const counts = new Map();
    for (const f of files)
        counts.set(f.kind, (counts.get(f.kind) ?? 0) + 1);
    const parts = Object.keys(names).filter((k) => counts.has(k)).map((k) => `${counts.get(k)} ${names[k][counts.get(k) === 1 ? 0 : 1]}`);
    return parts.length <= 1 ? (parts[0] ?? 'no files') : `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}`;
}
/** Memoised per run: the engine gives each gate the same walk. */
function lazyInventory(workspace, opts) {
    let p = null;
    return () => (p ??= findInventory(workspace, opts));
}


/***/ }),

/***/ 3324:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   dependenciesGate: () => (/* binding */ dependenciesGate)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _engine_inventory_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(23190);
/* harmony import */ var _config_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(94004);
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
        const { runPipAudit } = await Promise.all(/* import() */[__webpack_require__.e(3292), __webpack_require__.e(8379)]).then(__webpack_require__.bind(__webpack_require__, 48379));
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
