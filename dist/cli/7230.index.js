export const id = 7230;
export const ids = [7230,4886];
export const modules = {

/***/ 25057:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CN: () => (/* binding */ pathList),
/* harmony export */   Ez: () => (/* binding */ commonGateShape),
/* harmony export */   P4: () => (/* binding */ thresholdSchema)
/* harmony export */ });
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9691);
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

/***/ 4886:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   EQ: () => (/* binding */ realLocation),
/* harmony export */   fU: () => (/* binding */ globMatcher),
/* harmony export */   he: () => (/* binding */ realInside),
/* harmony export */   lH: () => (/* binding */ toRel),
/* harmony export */   resolveInside: () => (/* binding */ resolveInside),
/* harmony export */   s0: () => (/* binding */ pathExists),
/* harmony export */   walkFiles: () => (/* binding */ walkFiles),
/* harmony export */   xX: () => (/* binding */ statOrNull)
/* harmony export */ });
/* unused harmony exports GLOB_OPTIONS, isInsideRel */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_buffer__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4573);
/* harmony import */ var node_buffer__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_buffer__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var picomatch__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(14006);
/* harmony import */ var picomatch__WEBPACK_IMPORTED_MODULE_4___default = /*#__PURE__*/__webpack_require__.n(picomatch__WEBPACK_IMPORTED_MODULE_4__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(17679);
/**
 * Everything scanned stays inside the workspace: paths from config are resolved and checked, and
 * the file walker never follows a symlink (a committed symlink could point at /etc or the runner's
 * secrets).
 */





/** Resolves a workspace-relative path, refusing anything that lands outside the workspace. */
function resolveInside(workspace, rel, what) {
    const abs = node_path__WEBPACK_IMPORTED_MODULE_2___default().resolve(workspace, rel);
    const relToWs = node_path__WEBPACK_IMPORTED_MODULE_2___default().relative(workspace, abs);
    if (relToWs.startsWith('..') || node_path__WEBPACK_IMPORTED_MODULE_2___default().isAbsolute(relToWs)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigError */ .xL('OUTSIDE_WORKSPACE', `${what}: "${rel}" is outside the workspace (${workspace}); use a path inside the repository.`);
    }
    return abs;
}
/** Like resolveInside, and also refuses a path whose real location (after symlinks) is outside. */
async function realInside(workspace, rel, what) {
    const abs = resolveInside(workspace, rel, what);
    const real = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.realpath)(abs);
    const wsReal = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.realpath)(workspace);
    const r = node_path__WEBPACK_IMPORTED_MODULE_2___default().relative(wsReal, real);
    if (r.startsWith('..') || node_path__WEBPACK_IMPORTED_MODULE_2___default().isAbsolute(r)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigError */ .xL('OUTSIDE_WORKSPACE', `${what}: "${rel}" resolves through a symlink to ${real}, outside the workspace; it was not read.`);
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
    const r = node_path__WEBPACK_IMPORTED_MODULE_2___default().relative(wsReal, real);
    return !(r.startsWith('..') || node_path__WEBPACK_IMPORTED_MODULE_2___default().isAbsolute(r));
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
    return picomatch__WEBPACK_IMPORTED_MODULE_4___default()(list, GLOB_OPTIONS);
}
/** The picomatch options every glob of the project uses (see globMatcher). */
const GLOB_OPTIONS = { dot: true, flags: 's' };
/** True when `rel` (workspace-relative) names a place inside the workspace, lexically. */
function isInsideRel(rel) {
    if (rel === '' || node_path__WEBPACK_IMPORTED_MODULE_2___default().isAbsolute(rel) || /^[A-Za-z]:[\\/]/.test(rel))
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
        real = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.realpath)(node_path__WEBPACK_IMPORTED_MODULE_2___default().join(workspace, rel));
    }
    catch (e) {
        const code = e.code;
        // A dangling symlink: where it points decides.
        try {
            const target = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readlink)(node_path__WEBPACK_IMPORTED_MODULE_2___default().join(workspace, rel));
            const abs = node_path__WEBPACK_IMPORTED_MODULE_2___default().resolve(node_path__WEBPACK_IMPORTED_MODULE_2___default().dirname(node_path__WEBPACK_IMPORTED_MODULE_2___default().join(workspace, rel)), target);
            const r = node_path__WEBPACK_IMPORTED_MODULE_2___default().relative(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.realpath)(workspace), abs);
            return r.startsWith('..') || node_path__WEBPACK_IMPORTED_MODULE_2___default().isAbsolute(r) ? 'outside' : 'missing';
        }
        catch {
            return code === 'ENOENT' || code === 'ENOTDIR' ? 'missing' : 'outside';
        }
    }
    const r = node_path__WEBPACK_IMPORTED_MODULE_2___default().relative(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.realpath)(workspace), real);
    return r === '..' || r.startsWith(`..${(node_path__WEBPACK_IMPORTED_MODULE_2___default().sep)}`) || node_path__WEBPACK_IMPORTED_MODULE_2___default().isAbsolute(r) ? 'outside' : 'inside';
}
/** Workspace-relative path with forward slashes. */
function toRel(workspace, abs) {
    return node_path__WEBPACK_IMPORTED_MODULE_2___default().relative(workspace, abs).split((node_path__WEBPACK_IMPORTED_MODULE_2___default().sep)).join('/');
}
const ALWAYS_SKIP = new Set(['.git', 'node_modules']);
function globFor(p) {
    const clean = slashes(p).replace(/^\.\/+/, '').replace(/\/+$/, '');
    if (clean === '' || clean === '.')
        return ['**'];
    if (picomatch__WEBPACK_IMPORTED_MODULE_4___default().scan(clean).isGlob)
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
            raw = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readdir)(node_path__WEBPACK_IMPORTED_MODULE_2___default().join(workspace, rel), { withFileTypes: true, encoding: 'buffer' });
        }
        catch {
            unreadable.push(`${relPosix || '.'} (folder could not be read)`);
            return;
        }
        const entries = [];
        for (const d of raw) {
            const name = d.name.toString('utf8');
            if ((0,node_buffer__WEBPACK_IMPORTED_MODULE_1__.isUtf8)(d.name)) {
                entries.push({ name, d });
                continue;
            }
            // A name that is not UTF-8 cannot be passed on as a string: say so instead of dropping it,
            // when it is something the walk would have listed. The globs are matched against the name
            // with each invalid byte read as U+FFFD (so `*.pkl` or `data/**` still select it); a folder is
            // listed unless excluded (what is under it cannot be named); a symlink like a file (where it leads is not known).
            const lossy = relPosix ? `${relPosix}/${name}` : name;
            const shown = `${relPosix ? relPosix + '/' : ''}${showBytes(d.name)}`;
            if (d.isDirectory()) {
                if (!isExcluded(lossy))
                    unreadable.push(`${shown}/`);
            }
            else if (isIncluded(lossy) && !isExcluded(lossy))
                unreadable.push(shown);
        }
        entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
        for (const { name, d } of entries) {
            if (truncated)
                return;
            const childRel = rel === '.' ? name : node_path__WEBPACK_IMPORTED_MODULE_2___default().join(rel, name);
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
                const st = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.lstat)(node_path__WEBPACK_IMPORTED_MODULE_2___default().join(workspace, childRel)).catch(() => null);
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
        const abs = node_path__WEBPACK_IMPORTED_MODULE_2___default().join(workspace, rel);
        let st;
        try {
            st = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.lstat)(abs);
        }
        catch {
            return;
        }
        const relPosix = rel === '.' ? '' : rel.split((node_path__WEBPACK_IMPORTED_MODULE_2___default().sep)).join('/');
        if (st.isSymbolicLink()) {
            symlinks.push(relPosix);
            return;
        }
        if (st.isDirectory()) {
            if (ALWAYS_SKIP.has(node_path__WEBPACK_IMPORTED_MODULE_2___default().basename(abs)) && rel !== '.')
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
        const rel = r === '.' ? '.' : node_path__WEBPACK_IMPORTED_MODULE_2___default().normalize(r);
        // A root below a symlinked folder (paths: [link/sub] with link -> /etc) must not be walked.
        if (rel !== '.' && !(await staysInside(wsReal, node_path__WEBPACK_IMPORTED_MODULE_2___default().join(workspace, node_path__WEBPACK_IMPORTED_MODULE_2___default().dirname(rel))))) {
            symlinks.push(rel.split((node_path__WEBPACK_IMPORTED_MODULE_2___default().sep)).join('/'));
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

/***/ 28063:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  E: () => (/* binding */ modelsConfigSchema)
});

// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 15 modules
var schemas = __webpack_require__(9691);
// EXTERNAL MODULE: ./src/config/common.ts
var common = __webpack_require__(25057);
// EXTERNAL MODULE: ./src/engine/types.ts
var types = __webpack_require__(3171);
;// CONCATENATED MODULE: ./src/gates/models/signatures-config.ts


/** Who may have signed: the trust settings an entry or the whole block sets. */
const trustShape = {
    'public-key': schemas/* string */.YjP().min(1).optional().describe('Signed with a key (model_signing or cosign): the signer\'s EC public key (PEM file such as cosign.pub, workspace-relative; P-256, P-384 or P-521).'),
    'certificate-chain': schemas/* string */.YjP().min(1).optional().describe('Signed with a certificate: PEM file of the CA certificate(s) you trust (the root, and intermediates if the bundle lacks them).'),
    identity: schemas/* string */.YjP().min(1).optional().describe('Keyless (Sigstore): the exact signer identity in the certificate, an email or a workflow URI such as https://github.com/org/repo/.github/workflows/sign.yml@refs/heads/main.'),
    issuer: schemas/* string */.YjP().min(1).optional().describe('Keyless (Sigstore): the exact OIDC issuer, e.g. https://token.actions.githubusercontent.com or https://accounts.google.com.'),
    'trusted-root': schemas/* string */.YjP().min(1).optional().describe('Keyless: a Sigstore trusted_root.json (or model_signing trust config) for a private Sigstore instance. Default: the public-good root embedded in the action (verified offline).')
};
const signatureEntrySchema = schemas/* strictObject */.rej({
    path: schemas/* string */.YjP().min(1).describe('The model: a folder (every file under it is covered) or a single file, workspace-relative.'),
    signature: schemas/* string */.YjP().min(1).optional().describe('The bundle: an OpenSSF Model Signing bundle, or for a single file a cosign blob bundle (cosign sign-blob --bundle). Default: model.sig inside the folder; next to a single file, <file>.sig, or <file>.sigstore.json when only that exists.'),
    'ignore-paths': schemas/* array */.YOg(schemas/* string */.YjP().min(1)).default([]).describe('Paths inside the model (relative to it) that the signature does not cover, besides those the signature records and the git files.'),
    'ignore-unsigned-files': schemas/* boolean */.zMY().default(false).describe('Tolerate files the signature does not list (model_signing --ignore_unsigned_files). Default: an extra file fails.'),
    ...trustShape
});
const signaturesConfigSchema = schemas/* strictObject */.rej({
    models: schemas/* array */.YOg(signatureEntrySchema)
        .default([])
        .describe('The signed models. Default: every folder holding a model.sig, and every file with a cosign bundle <file>.sigstore.json next to it, under gates.models.paths (or models/).'),
    unsigned: schemas/* enum */.k5n(types/* SEVERITIES */.oC).default('high').describe('Severity of a model without a signature (a listed model whose bundle is missing, or, with require-all, a model file outside every signed model).'),
    'require-all': schemas/* boolean */.zMY().default(true).describe('Every model file the gate finds must lie inside a signed model; each one that does not is an unsigned finding.'),
    ...trustShape
})
    .describe('Verify OpenSSF Model Signing (model_signing) signatures (key, certificate or keyless Sigstore bundles; every file digest recomputed) and cosign blob bundles over single files (key or keyless). See docs/gates/signatures.md.');

;// CONCATENATED MODULE: ./src/gates/models/config.ts



const GLOBAL_PATTERN = /^[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)*\.([A-Za-z_][A-Za-z0-9_]*|\*|\*\*)$/;
const modelsConfigSchema = schemas/* object */.Ikc({
    paths: common/* pathList */.CN
        .optional()
        .describe('Folders, files or globs holding model files (workspace-relative); every file under them is scanned by its content, whatever its extension. Default: the whole workspace, files with a model extension (.pt .pth .bin .ckpt .pkl .pickle .joblib .npy .npz .h5 .keras .safetensors .gguf .onnx .dill .sav ...) and everything under models/, skipping .git, node_modules, virtualenvs and git-ignored files.'),
    exclude: common/* pathList */.CN.default([]).describe('Paths or globs not to scan.'),
    'allow-globals': schemas/* array */.YOg(schemas/* string */.YjP().regex(GLOBAL_PATTERN, 'a pickle global such as mypkg.models.Net, mypkg.models.* (that module) or mypkg.** (and its submodules)'))
        .default([])
        .describe('Pickle globals you trust besides the built-in safe list (your own classes): exact names; module.* and module.** cover plain names only, never dotted attribute chains. Globals on the dangerous list stay dangerous.'),
    'forbid-pickle': schemas/* boolean */.zMY().default(false).describe('Fail on any pickle-family file (pickle, torch .pt/.bin, joblib, npy object arrays), for teams that have moved to safetensors.'),
    lock: schemas/* string */.YjP().min(1).optional().describe('Hash lock file to verify (written by `ai-secure-gates lock models`). Default: models.lock.json when it exists.'),
    limits: schemas/* strictObject */.rej({
        'max-pickle-mb': schemas/* number */.aig().positive().max(64 * 1024).optional().describe('Largest pickle stream scanned, in MiB (default 1024).'),
        'max-inflated-mb': schemas/* number */.aig().positive().max(64 * 1024).optional().describe('Largest size one archive member or compressed stream may inflate to, in MiB (default 1024).'),
        'max-ratio': schemas/* number */.aig().positive().optional().describe('Largest inflate ratio before a stream counts as a bomb (default 2000).'),
        'max-entries': schemas/* number */.aig().int().positive().optional().describe('Most entries in one archive (default 100000).'),
        'max-depth': schemas/* number */.aig().int().positive().max(16).optional().describe('Deepest nesting of archives and compressed streams (default 4).'),
        'file-timeout-seconds': schemas/* number */.aig().positive().optional().describe('Time limit for scanning one file (default 300).')
    })
        .default({})
        .describe('Bounds on what one file may cost to scan; a file over a bound is an error, never a pass.'),
    signatures: signaturesConfigSchema.optional()
});


/***/ })

};
