export const id = 914;
export const ids = [914,533,886];
export const modules = {

/***/ 5057:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CN: () => (/* binding */ pathList),
/* harmony export */   Ez: () => (/* binding */ commonGateShape),
/* harmony export */   P4: () => (/* binding */ thresholdSchema)
/* harmony export */ });
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8816);
/* harmony import */ var _engine_types_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3171);
/** Config pieces shared by every gate block and the top level. */


const thresholdSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* ["enum"] */ .k5n([..._engine_types_js__WEBPACK_IMPORTED_MODULE_1__/* .SEVERITIES */ .oC, 'none'])
    .describe('Block on findings at or above this severity (critical, high, medium, low, info), or none to report only.');
/** Keys every gate block accepts besides its own. */
const commonGateShape = {
    enabled: zod__WEBPACK_IMPORTED_MODULE_0__/* .boolean */ .zMY().optional().describe('Set false to keep the block but not run the gate.'),
    'fail-on': thresholdSchema.optional().describe('Blocking threshold for this gate; defaults to the top-level fail-on.'),
    'timeout-minutes': zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().positive().max(360).optional().describe('Time limit for this gate (default 20).')
};
/** A list of workspace-relative paths or globs. */
const pathList = zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().min(1));


/***/ }),

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

/***/ 4886:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   EQ: () => (/* binding */ realLocation),
/* harmony export */   LI: () => (/* binding */ resolveInside),
/* harmony export */   fU: () => (/* binding */ globMatcher),
/* harmony export */   he: () => (/* binding */ realInside),
/* harmony export */   lH: () => (/* binding */ toRel),
/* harmony export */   s0: () => (/* binding */ pathExists),
/* harmony export */   walkFiles: () => (/* binding */ walkFiles),
/* harmony export */   xX: () => (/* binding */ statOrNull)
/* harmony export */ });
/* unused harmony exports GLOB_OPTIONS, isInsideRel */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var picomatch__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4006);
/* harmony import */ var picomatch__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(picomatch__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7679);
/**
 * Everything scanned stays inside the workspace: paths from config are resolved and checked, and
 * the file walker never follows a symlink (a committed symlink could point at /etc or the runner's
 * secrets).
 */




/** Resolves a workspace-relative path, refusing anything that lands outside the workspace. */
function resolveInside(workspace, rel, what) {
    const abs = node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(workspace, rel);
    const relToWs = node_path__WEBPACK_IMPORTED_MODULE_1___default().relative(workspace, abs);
    if (relToWs.startsWith('..') || node_path__WEBPACK_IMPORTED_MODULE_1___default().isAbsolute(relToWs)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigError */ .xL('OUTSIDE_WORKSPACE', `${what}: "${rel}" is outside the workspace (${workspace}); use a path inside the repository.`);
    }
    return abs;
}
/** Like resolveInside, and also refuses a path whose real location (after symlinks) is outside. */
async function realInside(workspace, rel, what) {
    const abs = resolveInside(workspace, rel, what);
    const real = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.realpath)(abs);
    const wsReal = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.realpath)(workspace);
    const r = node_path__WEBPACK_IMPORTED_MODULE_1___default().relative(wsReal, real);
    if (r.startsWith('..') || node_path__WEBPACK_IMPORTED_MODULE_1___default().isAbsolute(r)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigError */ .xL('OUTSIDE_WORKSPACE', `${what}: "${rel}" resolves through a symlink to ${real}, outside the workspace; it was not read.`);
    }
    return real;
}
async function staysInside(wsReal, abs) {
    let real;
    try {
        real = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.realpath)(abs);
    }
    catch {
        return true; // does not exist: nothing to follow
    }
    const r = node_path__WEBPACK_IMPORTED_MODULE_1___default().relative(wsReal, real);
    return !(r.startsWith('..') || node_path__WEBPACK_IMPORTED_MODULE_1___default().isAbsolute(r));
}
/**
 * A matcher for workspace-relative globs that is right for every character a file name can hold.
 * picomatch builds its regular expressions with `.`, which in JavaScript does not match CR, LF,
 * U+2028 or U+2029, so `models/**` silently missed `models/w\u2028eights.pkl`; the `s` (dotAll)
 * flag makes `.` match them. Dot files are matched too. Use this for every path glob.
 */
function globMatcher(patterns) {
    const list = (Array.isArray(patterns) ? patterns : [patterns]).filter((p) => p !== '');
    if (!list.length)
        return () => false;
    return picomatch__WEBPACK_IMPORTED_MODULE_3___default()(list, GLOB_OPTIONS);
}
/** The picomatch options every glob of the project uses (see globMatcher). */
const GLOB_OPTIONS = { dot: true, flags: 's' };
/** True when `rel` (workspace-relative) names a place inside the workspace, lexically. */
function isInsideRel(rel) {
    if (rel === '' || node_path__WEBPACK_IMPORTED_MODULE_1___default().isAbsolute(rel) || /^[A-Za-z]:[\\/]/.test(rel))
        return rel === '';
    return !rel.split(/[\\/]/).includes('..');
}
/**
 * Where a workspace-relative path really leads: 'inside' (or missing: nothing to follow),
 * 'outside' when the path or a symlink on its way resolves out of the workspace (or is absolute / uses `..`).
 */
async function realLocation(workspace, rel) {
    if (!isInsideRel(rel))
        return 'outside';
    let real;
    try {
        real = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.realpath)(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(workspace, rel));
    }
    catch (e) {
        const code = e.code;
        // A dangling symlink: where it points decides.
        try {
            const target = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readlink)(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(workspace, rel));
            const abs = node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(node_path__WEBPACK_IMPORTED_MODULE_1___default().dirname(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(workspace, rel)), target);
            const r = node_path__WEBPACK_IMPORTED_MODULE_1___default().relative(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.realpath)(workspace), abs);
            return r.startsWith('..') || node_path__WEBPACK_IMPORTED_MODULE_1___default().isAbsolute(r) ? 'outside' : 'missing';
        }
        catch {
            return code === 'ENOENT' || code === 'ENOTDIR' ? 'missing' : 'outside';
        }
    }
    const r = node_path__WEBPACK_IMPORTED_MODULE_1___default().relative(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.realpath)(workspace), real);
    return r === '..' || r.startsWith(`..${(node_path__WEBPACK_IMPORTED_MODULE_1___default().sep)}`) || node_path__WEBPACK_IMPORTED_MODULE_1___default().isAbsolute(r) ? 'outside' : 'inside';
}
/** Workspace-relative path with forward slashes. */
function toRel(workspace, abs) {
    return node_path__WEBPACK_IMPORTED_MODULE_1___default().relative(workspace, abs).split((node_path__WEBPACK_IMPORTED_MODULE_1___default().sep)).join('/');
}
const ALWAYS_SKIP = new Set(['.git', 'node_modules']);
function globFor(p) {
    const clean = slashes(p).replace(/^\.\/+/, '').replace(/\/+$/, '');
    if (clean === '' || clean === '.')
        return ['**'];
    if (picomatch__WEBPACK_IMPORTED_MODULE_3___default().scan(clean).isGlob)
        return [clean];
    return [clean, `${clean}/**`];
}
/** A backslash is a Windows separator unless it escapes glob syntax (`\\[` is a literal `[`, `\\\\` a backslash). */
function slashes(p) {
    let out = '';
    for (let i = 0; i < p.length; i++) {
        if (p[i] !== '\\')
            out += p[i];
        else if (i + 1 < p.length && GLOB_SYNTAX.test(p[i + 1]))
            out += p[i] + p[++i];
        else
            out += '/';
    }
    return out;
}
const GLOB_SYNTAX = /[*?[\]{}()!+@\\"|]/;
/**
 * The folder a glob starts in: its leading segments without glob syntax (an escaped character
 * counts as syntax, so the walk starts above it and the matcher decides).
 */
function literalBase(glob) {
    const segs = glob.split('/');
    const lit = [];
    for (const s of segs.slice(0, -1)) {
        if (GLOB_SYNTAX.test(s))
            break;
        lit.push(s);
    }
    if (lit.length === segs.length - 1 && !GLOB_SYNTAX.test(segs[segs.length - 1]))
        lit.push(segs[segs.length - 1]);
    return lit.join('/');
}
/** Lists regular files under the workspace matching include/exclude, without following symlinks. */
async function walkFiles(workspace, options = {}) {
    const include = (options.include?.length ? options.include : ['.']).flatMap(globFor);
    const isIncluded = globMatcher(include);
    const isExcluded = options.exclude?.length ? globMatcher(options.exclude.flatMap(globFor)) : () => false;
    const roots = new Set();
    for (const g of include) {
        const base = literalBase(g);
        roots.add(base === '' ? '.' : base);
    }
    const files = new Set();
    const symlinks = [];
    const unreadable = [];
    const max = options.maxFiles ?? 200_000;
    let truncated = false;
    const addFile = (relPosix) => {
        if (!isIncluded(relPosix) || isExcluded(relPosix))
            return;
        if (files.size >= max) {
            truncated = true;
            return;
        }
        files.add(relPosix);
    };
    // A folder's entries come with their type (readdir withFileTypes): no stat per file, so the walk
    // stays linear and cheap on 100k-file trees. Only an entry of unknown type is lstat()ed.
    const walkDir = async (rel, relPosix) => {
        let raw;
        try {
            raw = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readdir)(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(workspace, rel), { withFileTypes: true, encoding: 'buffer' });
        }
        catch {
            unreadable.push(`${relPosix || '.'} (folder could not be read)`);
            return;
        }
        const entries = [];
        for (const d of raw) {
            const name = d.name.toString('utf8');
            // A name that is not UTF-8 cannot be passed on as a string: say so instead of dropping it.
            if (!Buffer.from(name, 'utf8').equals(d.name))
                unreadable.push(`${relPosix ? relPosix + '/' : ''}${showBytes(d.name)}`);
            else
                entries.push({ name, d });
        }
        entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
        for (const { name, d } of entries) {
            if (truncated)
                return;
            const childRel = rel === '.' ? name : node_path__WEBPACK_IMPORTED_MODULE_1___default().join(rel, name);
            const childPosix = relPosix ? `${relPosix}/${name}` : name;
            let kind;
            if (d.isSymbolicLink())
                kind = 'link';
            else if (d.isDirectory())
                kind = 'dir';
            else if (d.isFile())
                kind = 'file';
            else if (d.isBlockDevice() || d.isCharacterDevice() || d.isFIFO() || d.isSocket())
                kind = 'other';
            else {
                const st = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.lstat)(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(workspace, childRel)).catch(() => null);
                kind = !st ? 'other' : st.isSymbolicLink() ? 'link' : st.isDirectory() ? 'dir' : st.isFile() ? 'file' : 'other';
            }
            if (kind === 'link')
                symlinks.push(childPosix);
            else if (kind === 'dir') {
                if (ALWAYS_SKIP.has(name) || isExcluded(childPosix))
                    continue;
                await walkDir(childRel, childPosix);
            }
            else if (kind === 'file')
                addFile(childPosix);
        }
    };
    const visit = async (rel) => {
        if (truncated)
            return;
        const abs = node_path__WEBPACK_IMPORTED_MODULE_1___default().join(workspace, rel);
        let st;
        try {
            st = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.lstat)(abs);
        }
        catch {
            return;
        }
        const relPosix = rel === '.' ? '' : rel.split((node_path__WEBPACK_IMPORTED_MODULE_1___default().sep)).join('/');
        if (st.isSymbolicLink()) {
            symlinks.push(relPosix);
            return;
        }
        if (st.isDirectory()) {
            if (ALWAYS_SKIP.has(node_path__WEBPACK_IMPORTED_MODULE_1___default().basename(abs)) && rel !== '.')
                return;
            if (relPosix && isExcluded(relPosix))
                return;
            await walkDir(rel, relPosix);
            return;
        }
        if (st.isFile())
            addFile(relPosix);
    };
    const wsReal = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.realpath)(workspace);
    for (const r of roots) {
        resolveInside(workspace, r, 'path');
        const rel = r === '.' ? '.' : node_path__WEBPACK_IMPORTED_MODULE_1___default().normalize(r);
        // A root below a symlinked folder (paths: [link/sub] with link -> /etc) must not be walked.
        if (rel !== '.' && !(await staysInside(wsReal, node_path__WEBPACK_IMPORTED_MODULE_1___default().join(workspace, node_path__WEBPACK_IMPORTED_MODULE_1___default().dirname(rel))))) {
            symlinks.push(rel.split((node_path__WEBPACK_IMPORTED_MODULE_1___default().sep)).join('/'));
            continue;
        }
        await visit(rel);
    }
    const links = [...new Set(symlinks)].sort();
    const outside = [];
    for (const l of links)
        if ((await realLocation(workspace, l)) === 'outside')
            outside.push(l);
    return { files: [...files].sort(), symlinks: links, outside, unreadable: unreadable.sort(), truncated };
}
/** A file name's bytes for display: UTF-8 where valid, \xNN for the other bytes. */
function showBytes(b) {
    let out = '';
    let i = 0;
    while (i < b.length) {
        const n = b[i] < 0x80 ? 1 : b[i] >= 0xf0 ? 4 : b[i] >= 0xe0 ? 3 : b[i] >= 0xc0 ? 2 : 0;
        const part = n ? b.subarray(i, i + n) : null;
        if (part && part.length === n && Buffer.from(part.toString('utf8'), 'utf8').equals(part)) {
            out += part.toString('utf8');
            i += n;
        }
        else {
            out += `\\x${b[i].toString(16).padStart(2, '0')}`;
            i++;
        }
    }
    return out;
}
/** stat (or lstat with follow: false) of a path, or null when it does not exist or cannot be read. */
async function statOrNull(p, opts = {}) {
    try {
        return opts.follow === false ? await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.lstat)(p) : await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(p);
    }
    catch {
        return null;
    }
}
async function pathExists(p, opts = {}) {
    return (await statOrNull(p, opts)) !== null;
}


/***/ }),

/***/ 3171:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   kU: () => (/* binding */ atOrAbove),
/* harmony export */   oC: () => (/* binding */ SEVERITIES),
/* harmony export */   qs: () => (/* binding */ severityRank)
/* harmony export */ });
const SEVERITIES = ['critical', 'high', 'medium', 'low', 'info'];
const severityRank = (s) => SEVERITIES.length - SEVERITIES.indexOf(s);
/** True when `s` is at or above `threshold`. */
function atOrAbove(s, threshold) {
    if (threshold === 'none')
        return false;
    return severityRank(s) >= severityRank(threshold);
}


/***/ }),

/***/ 9585:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ modelsConfigSchema)
/* harmony export */ });
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8816);
/* harmony import */ var _config_common_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5057);


const GLOBAL_PATTERN = /^[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)*\.([A-Za-z_][A-Za-z0-9_]*|\*|\*\*)$/;
const modelsConfigSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
    paths: _config_common_js__WEBPACK_IMPORTED_MODULE_0__/* .pathList */ .CN
        .optional()
        .describe('Folders, files or globs holding model files (workspace-relative); every file under them is scanned by its content, whatever its extension. Default: the whole workspace, files with a model extension (.pt .pth .bin .ckpt .pkl .pickle .joblib .npy .npz .h5 .keras .safetensors .gguf .onnx .dill .sav ...) and everything under models/, skipping .git, node_modules, virtualenvs and git-ignored files.'),
    exclude: _config_common_js__WEBPACK_IMPORTED_MODULE_0__/* .pathList */ .CN.default([]).describe('Paths or globs not to scan.'),
    'allow-globals': zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().regex(GLOBAL_PATTERN, 'a pickle global such as mypkg.models.Net, mypkg.models.* (that module) or mypkg.** (and its submodules)'))
        .default([])
        .describe('Pickle globals you trust besides the built-in safe list (your own classes): exact names; module.* and module.** cover plain names only, never dotted attribute chains. Globals on the dangerous list stay dangerous.'),
    'forbid-pickle': zod__WEBPACK_IMPORTED_MODULE_1__/* .boolean */ .zMY().default(false).describe('Fail on any pickle-family file (pickle, torch .pt/.bin, joblib, npy object arrays), for teams that have moved to safetensors.'),
    lock: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().min(1).optional().describe('Hash lock file to verify (written by `ai-secure-gates lock models`). Default: models.lock.json when it exists.'),
    limits: zod__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({
        'max-pickle-mb': zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().positive().max(64 * 1024).optional().describe('Largest pickle stream scanned, in MiB (default 1024).'),
        'max-inflated-mb': zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().positive().max(64 * 1024).optional().describe('Largest size one archive member or compressed stream may inflate to, in MiB (default 1024).'),
        'max-ratio': zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().positive().optional().describe('Largest inflate ratio before a stream counts as a bomb (default 2000).'),
        'max-entries': zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int().positive().optional().describe('Most entries in one archive (default 100000).'),
        'max-depth': zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int().positive().max(16).optional().describe('Deepest nesting of archives and compressed streams (default 4).'),
        'file-timeout-seconds': zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().positive().optional().describe('Time limit for scanning one file (default 300).')
    })
        .default({})
        .describe('Bounds on what one file may cost to scan; a file over a bound is an error, never a pass.')
});


/***/ }),

/***/ 4914:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  limitsFrom: () => (/* binding */ limitsFrom),
  modelsGate: () => (/* binding */ modelsGate),
  runModels: () => (/* binding */ runModels),
  toFindings: () => (/* binding */ toFindings)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/engine/errors.ts
var engine_errors = __webpack_require__(7679);
// EXTERNAL MODULE: ./src/engine/paths.ts
var paths = __webpack_require__(4886);
// EXTERNAL MODULE: ./src/engine/confine.ts
var confine = __webpack_require__(9666);
// EXTERNAL MODULE: ./src/scanners/pickle/globals.ts + 1 modules
var globals = __webpack_require__(1287);
// EXTERNAL MODULE: ./src/scanners/lock.ts
var lock = __webpack_require__(7388);
// EXTERNAL MODULE: ./src/scanners/model/limits.ts
var limits = __webpack_require__(9769);
// EXTERNAL MODULE: ./src/scanners/model/scan.ts + 19 modules
var scan = __webpack_require__(8632);
// EXTERNAL MODULE: ./src/gates/models/config.ts
var config = __webpack_require__(9585);
;// CONCATENATED MODULE: ./src/gates/models/discover.ts
/**
 * Which files the models gate scans. With `paths` configured: every file under them, judged by its
 * content. Without: the whole workspace, files whose extension is a model format (plus everything
 * under a top-level `models/` folder, by content), skipping what is not the repository's own:
 * .git, node_modules, virtualenvs (any folder holding pyvenv.cfg or conda-meta/, .venv, venv,
 * site-packages...), caches, and files git ignores.
 */


/** Extensions of model and serialized-object files found by default (lower case, with the dot). */
const MODEL_EXTENSIONS = [
    '.pt', '.pth', '.bin', '.ckpt', '.pkl', '.pickle', '.joblib', '.npy', '.npz', '.h5', '.hdf5', '.keras',
    '.safetensors', '.gguf', '.onnx', '.dill', '.sav', '.mar', '.pb', '.tflite', '.msgpack', '.model', '.zst', '.lz4'
];
/** Folders never walked in default discovery: tooling, caches and installed packages, not the repository's models. */
const DEFAULT_SKIP_DIRS = [
    '**/.venv', '**/venv', '**/.tox', '**/.nox', '**/site-packages', '**/dist-packages', '**/__pycache__',
    '**/.mypy_cache', '**/.pytest_cache', '**/.ruff_cache', '**/.ipynb_checkpoints', '**/.cache', '**/.conda'
];
const EXT_RE = new RegExp(`(${MODEL_EXTENSIONS.map((e) => e.replace('.', '\\.')).join('|')})(\\.(gz|bz2|xz|lzma|zst|lz4|z))?$`, 'i');
function hasModelExtension(rel) {
    return EXT_RE.test(rel);
}
/** Paths git ignores under the workspace (folders end with "/"); null outside a git work tree. */
async function gitIgnored(ctx) {
    try {
        const tool = (await ctx.tools.which('git')) ?? 'git';
        const r = await ctx.tools.run(tool, ['-c', 'core.quotePath=false', '-c', 'core.fsmonitor=false', 'ls-files', '-z', '--others', '--ignored', '--exclude-standard', '--directory', '--', '.'], { cwd: ctx.workspace, timeoutMs: 120_000, signal: ctx.signal, captureStdout: true, maxStdout: 64 * 1024 * 1024 });
        if (r.exitCode !== 0)
            return null;
        return new Set(r.stdout.split('\0').filter(Boolean));
    }
    catch {
        return null;
    }
}
function underAny(rel, dirs) {
    if (dirs.size === 0)
        return false;
    if (dirs.has(rel))
        return true;
    for (let i = rel.indexOf('/'); i >= 0; i = rel.indexOf('/', i + 1))
        if (dirs.has(rel.slice(0, i + 1)))
            return true;
    return false;
}
async function discoverModelFiles(ctx) {
    const c = ctx.config;
    if (c.paths) {
        const walk = await (0,paths.walkFiles)(ctx.workspace, { include: c.paths, exclude: c.exclude });
        return { mode: 'configured', files: walk.files, walk, lookedAt: walk.files.length, skipped: { virtualenv: 0, gitignored: 0, otherExtension: 0 }, gitIgnore: 'not a git work tree' };
    }
    const ignored = await gitIgnored(ctx);
    // ignored folders are not walked at all when there are few of them (a long glob list costs more than it saves)
    const ignoredDirs = ignored ? [...ignored].filter((p) => p.endsWith('/')) : [];
    const exclude = [...c.exclude, ...DEFAULT_SKIP_DIRS, ...(ignoredDirs.length <= 200 ? ignoredDirs.map((d) => d.slice(0, -1)) : [])];
    const walk = await (0,paths.walkFiles)(ctx.workspace, { include: ['.'], exclude });
    // virtualenvs under any name: the folder holding pyvenv.cfg (venv, virtualenv) or conda-meta/ (conda)
    const venvs = new Set();
    for (const f of walk.files) {
        const base = external_node_path_default().posix.basename(f);
        if (base === 'pyvenv.cfg')
            venvs.add(external_node_path_default().posix.dirname(f) === '.' ? '' : `${external_node_path_default().posix.dirname(f)}/`);
        const cm = f.indexOf('/conda-meta/');
        if (cm >= 0 || f.startsWith('conda-meta/'))
            venvs.add(cm >= 0 ? f.slice(0, cm + 1) : '');
    }
    const skipped = { virtualenv: 0, gitignored: 0, otherExtension: 0 };
    const files = [];
    for (const f of walk.files) {
        if (venvs.has('') || underAny(f, venvs)) {
            skipped.virtualenv++;
            continue;
        }
        if (ignored && (ignored.has(f) || underAny(f, ignored))) {
            skipped.gitignored++;
            continue;
        }
        if (hasModelExtension(f) || f.startsWith('models/'))
            files.push(f);
        else
            skipped.otherExtension++;
    }
    return { mode: 'default', files, walk, lookedAt: walk.files.length, skipped, gitIgnore: ignored ? 'applied' : 'not a git work tree' };
}

;// CONCATENATED MODULE: ./src/gates/models/index.ts
/**
 * The models gate: finds model files (discover.ts: the configured paths, or by default the whole
 * workspace by extension), scans each with the model scanner (pickle VM, containers, headers) and
 * verifies the hash lock when there is one. A repository with no model file is `skipped` with
 * what was looked at, never a pass. Verdicts come from the
 * scanner's allowlist-first rules; the policy step decides what blocks.
 */











const MB = 1024 * 1024;
function limitsFrom(c) {
    return {
        ...limits/* DEFAULT_LIMITS */.d,
        ...(c['max-pickle-mb'] ? { maxPickleBytes: c['max-pickle-mb'] * MB } : {}),
        ...(c['max-inflated-mb'] ? { maxInflatedBytes: c['max-inflated-mb'] * MB, maxTotalInflatedBytes: Math.max(limits/* DEFAULT_LIMITS */.d.maxTotalInflatedBytes, c['max-inflated-mb'] * MB) } : {}),
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
/** A file counts as a model when the scanner recognised a format, or found something to say about it. */
function isModel(r) {
    return (r.format !== 'unknown' && r.format !== 'empty') || r.issues.length > 0 || r.errors.length > 0;
}
async function runModels(ctx) {
    const c = ctx.config;
    const findings = [];
    const checks = [];
    const errors = [];
    for (const p of c.paths ?? []) {
        if (/[*?[\]{}]/.test(p))
            continue;
        try {
            await (0,promises_.access)((0,paths/* resolveInside */.LI)(ctx.workspace, p, 'gates.models.paths'));
        }
        catch (e) {
            if (e.code !== 'ENOENT')
                throw e;
            errors.push(`gates.models.paths: "${p}" does not exist in the workspace; fix the path or remove it`);
        }
    }
    const found = await discoverModelFiles(ctx);
    const walk = found.walk;
    if (walk.truncated)
        errors.push(`more than ${walk.files.length} files in the workspace walk: the rest were not looked at; set gates.models.paths to the folders that hold models`);
    // Names that are not UTF-8 cannot be scanned: said, never dropped.
    const unreadable = (0,confine/* walkNotes */.$B)({ symlinks: [], unreadable: walk.unreadable });
    checks.push(...unreadable.checks);
    errors.push(...unreadable.errors);
    for (const s of walk.symlinks) {
        if (found.mode === 'default' && !hasModelExtension(s))
            continue;
        findings.push({
            ruleId: 'model/symlink',
            severity: 'high',
            message: `${s} is a symbolic link: it was not followed or scanned (a committed link can point at files outside the repository)`,
            location: { path: s, startLine: null },
            fingerprintKey: 'symlink'
        });
    }
    const allow = (0,globals/* compileAllow */.bC)(c['allow-globals']);
    const limits = limitsFrom(c.limits);
    const results = [];
    const progress = ctx.progress?.('models: files scanned', found.files.length);
    await pool(found.files, 4, async (rel) => {
        if (ctx.signal.aborted)
            return;
        results.push(await scanOne(ctx.workspace, rel, { allow, limits, forbidPickle: c['forbid-pickle'] }));
        progress?.add(1, rel);
    });
    progress?.end();
    if (ctx.signal.aborted)
        errors.push('the models gate was stopped before every file was scanned');
    results.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
    const models = results.filter(isModel);
    const others = results.length - models.length;
    for (const r of models) {
        const t = toFindings(r);
        findings.push(...t.findings);
        checks.push(t.check);
        errors.push(...r.errors);
    }
    const where = found.mode === 'configured' ? `under ${c.paths.join(', ')}` : 'in the workspace';
    checks.push({
        name: 'discovery',
        target: found.mode === 'configured' ? c.paths.join(', ') : '.',
        outcome: 'info',
        details: {
            mode: found.mode === 'configured' ? 'gates.models.paths, every file by content' : `whole workspace, files with a model extension (${MODEL_EXTENSIONS.join(' ')}) and everything under models/`,
            filesLookedAt: found.lookedAt,
            filesScanned: results.length,
            modelFiles: models.length,
            notModels: others,
            ...(others ? { notModelExamples: results.filter((r) => !isModel(r)).slice(0, 10).map((r) => r.path) } : {}),
            ...(found.mode === 'default' ? { skipped: { ...found.skipped, folders: DEFAULT_SKIP_DIRS }, gitIgnore: found.gitIgnore } : {})
        }
    });
    let lockPath = c.lock;
    if (!lockPath) {
        try {
            await (0,promises_.access)(external_node_path_default().join(ctx.workspace, 'models.lock.json'));
            lockPath = 'models.lock.json';
        }
        catch {
            /* no lock configured and none at the default place */
        }
    }
    if (lockPath) {
        try {
            // the lock covers what `ai-secure-gates lock models` hashes: gates.models.paths, default models/
            const v = await (0,lock/* verifyLock */.PK)({ workspace: ctx.workspace, lockPath, paths: c.paths ?? ['models'], exclude: c.exclude, gate: 'models', signal: ctx.signal });
            findings.push(...v.findings);
            checks.push(...v.checks);
            errors.push(...v.errors);
        }
        catch (e) {
            errors.push(`hash lock ${lockPath} could not be verified: ${(0,engine_errors/* errorMessage */.gJ)(e)}`);
        }
    }
    const looked = `${found.lookedAt} file${found.lookedAt === 1 ? '' : 's'} looked at ${where}`;
    if (models.length === 0 && findings.length === 0 && errors.length === 0 && !lockPath) {
        const fix = found.mode === 'configured' ? 'check gates.models.paths' : 'if models live in files without a model extension, list their folders in gates.models.paths';
        return { findings, checks, errors, skipped: `no model files found (${looked}${others ? `; ${others} scanned by content were not model formats` : ''}): nothing was checked; ${fix}` };
    }
    const bad = models.filter((r) => r.issues.some((i) => i.severity === 'critical' || i.severity === 'high')).length;
    const dangerous = models.reduce((n, r) => n + r.issues.filter((i) => i.ruleId === 'pickle/dangerous-global').length, 0);
    const unknown = models.reduce((n, r) => n + r.issues.filter((i) => i.ruleId === 'pickle/unknown-global').length, 0);
    const parts = [`${models.length} model file${models.length === 1 ? '' : 's'} scanned (${looked})`];
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
/** Scans one file; a scanner bug becomes that file's error, never the gate's crash. */
async function scanOne(workspace, rel, opts) {
    try {
        return await (0,scan/* scanModelFile */.dH)(external_node_path_default().join(workspace, rel), rel, opts);
    }
    catch (e) {
        return { path: rel, format: 'error', members: [], globals: [], issues: [], errors: [`${rel}: the scanner failed on this file (${(0,engine_errors/* errorMessage */.gJ)(e)}); it was not checked`], hasPickle: false };
    }
}
const modelsGate = {
    id: 'models',
    title: 'Model files',
    configSchema: config/* modelsConfigSchema */.E,
    run: runModels
};


/***/ })

};
