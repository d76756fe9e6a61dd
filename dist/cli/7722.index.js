export const id = 7722;
export const ids = [7722];
export const modules = {

/***/ 37487:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DEFAULT_LOCKS: () => (/* binding */ DEFAULT_LOCKS),
/* harmony export */   LOCK_TARGETS: () => (/* binding */ LOCK_TARGETS),
/* harmony export */   main: () => (/* binding */ main),
/* harmony export */   planLocks: () => (/* binding */ planLocks)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(57975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_util__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _engine_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(17679);
/* harmony import */ var _engine_paths_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4886);
/* harmony import */ var _config_load_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(65950);
/* harmony import */ var _scanners_lock_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(27388);
/* harmony import */ var _scanners_signing_bundle_files_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(59529);
/* harmony import */ var _scanners_hash_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(17415);
/* harmony import */ var _report_log_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(46472);
/* harmony import */ var _help_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(87911);
/**
 * `ai-secure-gates lock [--config FILE] [--workspace DIR] [models|data]`: writes or refreshes the hash
 * lock file(s) of the models and/or data gates from their configured paths (docs/gates/hash-lock.md).
 */











const LOCK_TARGETS = ['models', 'data'];
const DEFAULT_LOCKS = _help_js__WEBPACK_IMPORTED_MODULE_10__/* .DEFAULT_LOCKS */ .j1;
function asRecord(v) {
    return v && typeof v === 'object' && !Array.isArray(v) ? v : null;
}
function stringList(v, key, file) {
    if (v === undefined || v === null)
        return undefined;
    if (typeof v === 'string')
        return [v];
    if (Array.isArray(v) && v.every((x) => typeof x === 'string' && x.length > 0))
        return v;
    throw new _engine_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigError */ .xL('CONFIG_INVALID', `${file}: ${key} must be a list of paths.`);
}
function lockPathOf(block, target, file) {
    const v = block.lock;
    if (v === undefined || v === null)
        return { lockPath: DEFAULT_LOCKS[target], lockConfigured: false };
    if (typeof v === 'string' && v.trim() !== '')
        return { lockPath: v, lockConfigured: true };
    const o = asRecord(v);
    if (o && typeof o.path === 'string')
        return { lockPath: o.path, lockConfigured: true };
    throw new _engine_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigError */ .xL('CONFIG_INVALID', `${file}: gates.${target}.lock must be the path of the lock file (e.g. ${DEFAULT_LOCKS[target]}).`);
}
/** The bundle paths gates.models.signatures.models[].signature names (read leniently: the gate validates the block). */
function configuredBundles(block) {
    const models = asRecord(block.signatures)?.models;
    if (!Array.isArray(models))
        return [];
    return models.map((m) => asRecord(m)?.signature).filter((s) => typeof s === 'string' && s.length > 0);
}
/**
 * What to lock for each target, read defensively from the gate blocks as plain records (the gates
 * own their schemas). `explicit` means the user named the target: it is planned even without a block.
 */
function planLocks(gates, targets, explicit, file) {
    const plans = [];
    const skipped = [];
    for (const target of targets) {
        const raw = gates[target];
        const block = asRecord(raw) ?? (raw === undefined && explicit ? {} : null);
        if (!block) {
            skipped.push(`${target}: no gates.${target} block in ${file}`);
            continue;
        }
        if (block.enabled === false && !explicit) {
            skipped.push(`${target}: gates.${target}.enabled is false`);
            continue;
        }
        const { lockPath, lockConfigured } = lockPathOf(block, target, file);
        const exclude = stringList(block.exclude, `gates.${target}.exclude`, file) ?? [];
        let paths;
        if (target === 'models') {
            paths = stringList(block.paths, 'gates.models.paths', file) ?? ['models'];
        }
        else {
            const ds = block.datasets;
            if (ds !== undefined && !Array.isArray(ds))
                throw new _engine_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigError */ .xL('CONFIG_INVALID', `${file}: gates.data.datasets must be a list of { path: ... }.`);
            paths = [];
            for (const [i, d] of (ds ?? []).entries()) {
                const p = typeof d === 'string' ? d : asRecord(d)?.path;
                if (typeof p !== 'string' || p.trim() === '')
                    throw new _engine_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigError */ .xL('CONFIG_INVALID', `${file}: gates.data.datasets[${i}].path must be the path of the dataset file or folder.`);
                paths.push(p);
            }
            if (paths.length === 0) {
                if (explicit)
                    throw new _engine_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigError */ .xL('CONFIG_INVALID', `${file}: gates.data.datasets is empty: list the datasets to lock (datasets: [{ path: data/train.csv }]).`);
                skipped.push('data: gates.data.datasets lists no dataset');
                continue;
            }
        }
        const bundles = target === 'models' ? configuredBundles(block) : [];
        plans.push({ target, lockPath, lockConfigured, paths, exclude, ...(bundles.length ? { signatureBundles: bundles } : {}) });
    }
    return { plans, skipped };
}
async function main(argv) {
    let parsed;
    try {
        parsed = (0,node_util__WEBPACK_IMPORTED_MODULE_2__.parseArgs)({
            args: argv,
            options: { config: { type: 'string' }, workspace: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
            allowPositionals: true,
            strict: true
        });
    }
    catch (e) {
        throw new _engine_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigError */ .xL('CONFIG_INVALID', `${e?.message ?? String(e)}\n\n${_help_js__WEBPACK_IMPORTED_MODULE_10__/* .LOCK_HELP */ .O2}`, { cause: e });
    }
    if (parsed.values.help) {
        (0,_report_log_js__WEBPACK_IMPORTED_MODULE_9__/* .writeOut */ .sD)(_help_js__WEBPACK_IMPORTED_MODULE_10__/* .LOCK_HELP */ .O2);
        return 0;
    }
    const pos = parsed.positionals;
    if (pos.length > 1 || (pos.length === 1 && !LOCK_TARGETS.includes(pos[0]))) {
        throw new _engine_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigError */ .xL('CONFIG_INVALID', `lock: expected "models", "data" or nothing, got "${pos.join(' ')}".\n\n${_help_js__WEBPACK_IMPORTED_MODULE_10__/* .LOCK_HELP */ .O2}`);
    }
    const explicit = pos.length === 1;
    const targets = explicit ? [pos[0]] : [...LOCK_TARGETS];
    const wsArg = node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(parsed.values.workspace ?? process.cwd());
    let workspace;
    try {
        workspace = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.realpath)(wsArg);
    }
    catch (e) {
        throw new _engine_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigError */ .xL('CONFIG_NOT_FOUND', `workspace ${wsArg} does not exist or cannot be read: ${(0,_engine_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .errorMessage */ .gJ)(e)}`, { cause: e });
    }
    // Without a config file there is nothing to read: the named target gets its defaults. (The other
    // gates' defaults are not needed here, so they are not built.)
    let gates = {};
    let source = null;
    if (parsed.values.config || (await (0,_engine_paths_js__WEBPACK_IMPORTED_MODULE_4__/* .pathExists */ .s0)(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(workspace, _config_load_js__WEBPACK_IMPORTED_MODULE_5__/* .DEFAULT_CONFIG_PATH */ .Bi), { follow: false }))) {
        const loaded = await (0,_config_load_js__WEBPACK_IMPORTED_MODULE_5__/* .loadConfig */ .Z9)(workspace, parsed.values.config);
        source = loaded.source;
        gates = asRecord(loaded.config.gates) ?? {};
    }
    const file = source ?? `${_config_load_js__WEBPACK_IMPORTED_MODULE_5__/* .DEFAULT_CONFIG_PATH */ .Bi} (not found)`;
    const { plans, skipped } = planLocks(gates, targets, explicit, file);
    for (const s of skipped)
        (0,_report_log_js__WEBPACK_IMPORTED_MODULE_9__/* .writeOut */ .sD)(`skipped ${s}\n`);
    if (plans.length === 0) {
        (0,_report_log_js__WEBPACK_IMPORTED_MODULE_9__/* .writeErr */ .VJ)(`ai-secure-gates lock: nothing to lock: configure gates.models and/or gates.data in ${source ?? '.github/ai-secure-gates.yml'}, or name the target (lock models).\n`);
        return 2;
    }
    let code = 0;
    try {
        for (const plan of plans) {
            try {
                // model signature bundles are evidence about the models, verified by the signatures check: not locked
                const skip = plan.target === 'models' ? (0,_scanners_signing_bundle_files_js__WEBPACK_IMPORTED_MODULE_7__/* .signatureBundleSkip */ .Oj)(workspace, plan.signatureBundles) : undefined;
                const r = await (0,_scanners_lock_js__WEBPACK_IMPORTED_MODULE_6__/* .writeLock */ .be)({ workspace, lockPath: plan.lockPath, paths: plan.paths, exclude: plan.exclude, skip });
                const lfs = r.lfsPointers.length ? `; ${r.lfsPointers.length} Git LFS pointer(s) recorded by their oid: ${r.lfsPointers.join(', ')}` : '';
                const bundles = r.skipped.length ? `; ${r.skipped.length} signature bundle(s) left out: ${r.skipped.join(', ')}` : '';
                (0,_report_log_js__WEBPACK_IMPORTED_MODULE_9__/* .writeOut */ .sD)(`${plan.target}: wrote ${plan.lockPath} (${r.written} file${r.written === 1 ? '' : 's'} under ${plan.paths.join(', ')}${lfs}${bundles})\n`);
                // The models gate verifies models.lock.json by default when it exists; the data gate needs gates.data.lock.
                if (!plan.lockConfigured && plan.target === 'data') {
                    (0,_report_log_js__WEBPACK_IMPORTED_MODULE_9__/* .writeOut */ .sD)(`${plan.target}: note: gates.${plan.target}.lock is not set; set it to ${plan.lockPath} so the gate verifies this lock.\n`);
                }
            }
            catch (e) {
                (0,_report_log_js__WEBPACK_IMPORTED_MODULE_9__/* .writeErr */ .VJ)(`ai-secure-gates lock ${plan.target}: error: ${(0,_engine_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .errorMessage */ .gJ)(e)}\n`);
                code = 2;
            }
        }
    }
    finally {
        await (0,_scanners_hash_js__WEBPACK_IMPORTED_MODULE_8__/* .shutdownHashPool */ .Vc)();
    }
    return code;
}


/***/ }),

/***/ 7396:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   n: () => (/* binding */ LFS_POINTER_MAX_SIZE),
/* harmony export */   y: () => (/* binding */ parseLfsPointer)
/* harmony export */ });
/**
 * Git LFS pointer files (https://github.com/git-lfs/git-lfs/blob/main/docs/spec.md).
 *
 * A checkout without LFS (`actions/checkout` defaults to `lfs: false`) leaves these small text files
 * where the models and datasets should be. Hashing or scanning them says nothing about the content,
 * so callers report a pointer as an error. The pointer's oid is the SHA-256 of the real content,
 * which lets a lock be compared with it without downloading anything.
 */
/** Git LFS only treats blobs smaller than this as possible pointers (`blobSizeCutoff` in git-lfs). */
const LFS_POINTER_MAX_SIZE = 1024;
const VERSION_LINES = new Set(['version https://git-lfs.github.com/spec/v1', 'version https://hawser.github.com/spec/v1']);
const OID_RE = /^sha256:([0-9a-f]{64})$/;
const SIZE_RE = /^(0|[1-9][0-9]*)$/;
const KEY_RE = /^[a-z0-9.-]+$/;
/**
 * Parses a Git LFS pointer. Returns the content's SHA-256 (64 lowercase hex digits, without the
 * `sha256:` prefix) and size, or null when `buf` is not a pointer: 1024 bytes or more, a first line
 * other than the spec's version line, a line that is not `key value`, or no valid `oid sha256:<hex>`
 * and `size <bytes>`. Lines end with `\n` (a `\r\n` left by autocrlf is accepted).
 */
function parseLfsPointer(buf) {
    if (buf.length === 0 || buf.length >= LFS_POINTER_MAX_SIZE)
        return null;
    // Cheap rejection before decoding: every pointer starts with "version ".
    if (buf.subarray(0, 8).toString('latin1') !== 'version ')
        return null;
    const text = buf.toString('utf8');
    if (text.includes('\uFFFD') || text.includes('\0'))
        return null;
    const lines = text.split('\n');
    if (lines[lines.length - 1] === '')
        lines.pop();
    if (lines.length < 3)
        return null;
    const first = lines[0].replace(/\r$/, '');
    if (!VERSION_LINES.has(first))
        return null;
    let oid = null;
    let size = null;
    const seen = new Set();
    for (const raw of lines.slice(1)) {
        const line = raw.replace(/\r$/, '');
        const sp = line.indexOf(' ');
        if (sp <= 0)
            return null;
        const key = line.slice(0, sp);
        const value = line.slice(sp + 1);
        if (!KEY_RE.test(key) || seen.has(key) || key === 'version')
            return null;
        seen.add(key);
        if (key === 'oid') {
            const m = OID_RE.exec(value);
            if (!m)
                return null;
            oid = m[1];
        }
        else if (key === 'size') {
            if (!SIZE_RE.test(value))
                return null;
            const n = Number(value);
            if (!Number.isSafeInteger(n))
                return null;
            size = n;
        }
    }
    if (oid === null || size === null)
        return null;
    return { oid, size };
}


/***/ }),

/***/ 51413:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Zg: () => (/* binding */ yieldEvery),
/* harmony export */   x6: () => (/* binding */ readSmallFileSync)
/* harmony export */ });
/* unused harmony export ONE_READ_LIMIT */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/**
 * Reading a small file whole, in one go: the models gate reads each model file once for its scanner
 * and its hash lock, `scan-models` reads the files it is given. No import beyond node:fs, so the
 * CLI's start-up does not pay for the hashing machinery (worker threads) of hash.ts.
 */

const OPEN_FLAGS = node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_RDONLY | (node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NOFOLLOW ?? 0) | (node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NONBLOCK ?? 0);
/** Files up to this size are read whole by readSmallFileSync (one read feeds the hash and any scanner). */
const ONE_READ_LIMIT = 256 * 1024;
/**
 * The bytes of a small regular file, read whole: open (never following a symlink, never blocking
 * on a FIFO), fstat, one read, close. Synchronous on purpose: for the thousands of files of a few
 * KiB a models or data folder holds, these four system calls on the page cache cost a fraction of
 * the promise and thread-pool round trips of fs/promises (30k pickles: ~1 s against ~3.7 s). Call
 * it between awaits and yield to the event loop now and then (see yieldEvery).
 * Returns null for anything else (missing, unreadable, not a regular file, over `limit`, grown
 * since fstat): the caller then takes its ordinary path, which names the error.
 */
function readSmallFileSync(abs, limit = ONE_READ_LIMIT) {
    let fd;
    try {
        fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync)(abs, OPEN_FLAGS);
    }
    catch {
        return null;
    }
    try {
        const st = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.fstatSync)(fd);
        if (!st.isFile() || st.size > limit)
            return null;
        // One byte more than the size: a file that grew since fstat goes to the caller's ordinary path.
        const buf = Buffer.allocUnsafe(st.size + 1);
        let n = 0;
        for (;;) {
            const r = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readSync)(fd, buf, n, buf.length - n, n);
            if (r === 0)
                break;
            n += r;
            if (n === buf.length)
                return null;
        }
        return buf.subarray(0, n);
    }
    catch {
        return null;
    }
    finally {
        try {
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(fd);
        }
        catch {
            /* closing a read-only descriptor cannot lose data */
        }
    }
}
/**
 * A counter for loops doing synchronous work between awaits: every `n` calls it yields one turn of
 * the event loop (setImmediate), so gates running alongside keep their timers and child pipes served.
 */
function yieldEvery(n) {
    let i = 0;
    return () => (++i % n === 0 ? new Promise((resolve) => setImmediate(resolve)) : undefined);
}


/***/ }),

/***/ 59529:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Oj: () => (/* binding */ signatureBundleSkip)
/* harmony export */ });
/* unused harmony exports bundleShapedName, isBundleJson */
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _read_small_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51413);
/**
 * Which files under the model paths are signature bundles written next to the models: evidence
 * about the models, verified by the models gate's signatures check, not models themselves. The
 * hash lock leaves them out (`lock` does not record them, and a run does not report them as
 * unlisted), since signing after locking, or signing again, must not break the lock.
 *
 * A file is a bundle when both its name and its content say so:
 * - the name: `model.sig` (OpenSSF Model Signing, a signed folder), or `F.sig`, `F.sigstore.json`,
 *   `F.bundle` next to a file or folder F that is there (a signed single file; `F.bundle` is what
 *   cosign's documentation names `cosign sign-blob --bundle`), or a path the signatures config names;
 * - the content: JSON (at most 1 MiB) that is a Sigstore bundle (`mediaType`
 *   application/vnd.dev.sigstore.bundle...), or a cosign legacy bundle (`base64Signature` with a
 *   `cert` or `rekorBundle`).
 * A file named like a bundle that is not one stays a file the lock covers.
 */


const MAX_BUNDLE_FILE = 1024 * 1024;
const SUFFIXES = ['.sigstore.json', '.sig', '.bundle'];
/** The signed thing a bundle name points at (null when the name is not a bundle's). */
function companionOf(rel) {
    if (node_path__WEBPACK_IMPORTED_MODULE_0___default().posix.basename(rel) === 'model.sig')
        return node_path__WEBPACK_IMPORTED_MODULE_0___default().posix.dirname(rel);
    for (const s of SUFFIXES)
        if (rel.endsWith(s) && rel.length > s.length && !rel.endsWith('/' + s))
            return rel.slice(0, -s.length);
    return null;
}
/** Named like a bundle: model.sig, or a bundle suffix on something present (a file, or a folder holding files), or named in the config. */
function bundleShapedName(rel, present, explicit = new Set()) {
    if (explicit.has(rel))
        return true;
    const c = companionOf(rel);
    if (c === null)
        return false;
    if (node_path__WEBPACK_IMPORTED_MODULE_0___default().posix.basename(rel) === 'model.sig')
        return true;
    if (present.has(c))
        return true;
    const prefix = c + '/';
    for (const f of present)
        if (f.startsWith(prefix))
            return true;
    return false;
}
/** JSON that is a Sigstore bundle or a cosign legacy bundle. */
function isBundleJson(data) {
    let v;
    try {
        v = JSON.parse(data.toString('utf8'));
    }
    catch {
        return false;
    }
    if (typeof v !== 'object' || v === null || Array.isArray(v))
        return false;
    const o = v;
    if (typeof o.mediaType === 'string' && o.mediaType.startsWith('application/vnd.dev.sigstore.bundle'))
        return true;
    return typeof o.base64Signature === 'string' && (typeof o.cert === 'string' || (typeof o.rekorBundle === 'object' && o.rekorBundle !== null));
}
/**
 * The signature bundles among `files` (workspace-relative, forward slashes), by name and content;
 * `explicit` adds bundle paths the signatures config names.
 */
async function findSignatureBundles(workspace, files, explicit = []) {
    const present = new Set(files);
    const named = new Set(explicit);
    const out = new Set();
    for (const rel of files) {
        if (!bundleShapedName(rel, present, named))
            continue;
        const data = (0,_read_small_js__WEBPACK_IMPORTED_MODULE_1__/* .readSmallFileSync */ .x6)(node_path__WEBPACK_IMPORTED_MODULE_0___default().join(workspace, ...rel.split('/')), MAX_BUNDLE_FILE);
        if (data && isBundleJson(data))
            out.add(rel);
    }
    return out;
}
/**
 * The models hash lock's LockSkip: signature bundles among the walked files (name and content),
 * and listed paths not found that are named like one (their content cannot be read any more).
 */
function signatureBundleSkip(workspace, explicit = []) {
    const named = explicit.map((p) => node_path__WEBPACK_IMPORTED_MODULE_0___default().posix.normalize(p.replace(/\\/g, '/')).replace(/^\.\//, ''));
    return {
        reason: 'a signature bundle: the signatures check verifies it, the hash lock does not cover it',
        async select(present, listedMissing) {
            const out = await findSignatureBundles(workspace, present, named);
            const have = new Set(present);
            const names = new Set(named);
            for (const rel of listedMissing)
                if (bundleShapedName(rel, have, names))
                    out.add(rel);
            return out;
        }
    };
}


/***/ })

};
