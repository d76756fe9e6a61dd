export const id = 4403;
export const ids = [4403];
export const modules = {

/***/ 29666:
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
        const folder = u.endsWith('/') ? ' (a folder: nothing under it)' : '';
        checks.push({ name: 'file-name', target: u, outcome: 'error', details: { reason: `the name is not valid UTF-8 (or the folder could not be read), so it was not scanned${folder}` } });
        errors.push(`${u}: the file name is not valid UTF-8 (or the folder could not be read), so it was not scanned${folder}; rename it`);
    }
    return { findings, checks, errors };
}


/***/ }),

/***/ 66784:
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
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
var external_node_os_default = /*#__PURE__*/__webpack_require__.n(external_node_os_);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/engine/errors.ts
var engine_errors = __webpack_require__(17679);
// EXTERNAL MODULE: ./src/engine/paths.ts
var paths = __webpack_require__(4886);
// EXTERNAL MODULE: ./src/engine/confine.ts
var confine = __webpack_require__(29666);
// EXTERNAL MODULE: ./src/scanners/pickle/globals.ts + 1 modules
var globals = __webpack_require__(91287);
// EXTERNAL MODULE: ./src/scanners/read-small.ts
var read_small = __webpack_require__(51413);
// EXTERNAL MODULE: ./src/scanners/lock.ts
var lock = __webpack_require__(27388);
// EXTERNAL MODULE: ./src/scanners/model/limits.ts
var limits = __webpack_require__(19769);
// EXTERNAL MODULE: ./src/scanners/model/scan.ts + 2 modules
var scan = __webpack_require__(32751);
// EXTERNAL MODULE: ./src/gates/models/config.ts + 1 modules
var config = __webpack_require__(28063);
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

// EXTERNAL MODULE: ./src/scanners/signing/bundle.ts
var signing_bundle = __webpack_require__(90027);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: ./src/scanners/signing/signer.ts + 1 modules
var signing_signer = __webpack_require__(79386);
;// CONCATENATED MODULE: ./src/scanners/signing/cosign.ts
/**
 * cosign blob signatures: a Sigstore bundle (v0.1 to v0.3) whose `messageSignature` signs one file's
 * bytes, as `cosign sign-blob --bundle` writes it (cosign 3, or cosign 2 with --new-bundle-format),
 * and as `ai-secure-gates sign --format cosign` writes it.
 *
 * One pass over the file feeds both the digest and the signature check (node:crypto's streaming
 * Verify: bounded memory whatever the size; the model is never loaded or run):
 * - the digest is compared with the bundle's `messageDigest`: a changed file fails naming both;
 * - key: the signature must verify with the configured EC public key (P-256/384/521), hashed with the
 *   bundle's digest algorithm. A Rekor entry a key bundle may carry is not checked: the key is the trust;
 * - keyless: sigstore-js's Verifier over the trusted root (trust-root.ts) checks the Fulcio chain, SCT,
 *   Rekor entry (its body must name the file's current digest and this signature) and signing time;
 *   the signature over the file is the result of the same streaming pass. Identity and issuer: signer.ts.
 */




/** The Sigstore HashAlgorithm names cosign writes, and node:crypto's names for them. */
const DIGEST_ALGORITHMS = { SHA2_256: 'sha256', SHA2_384: 'sha384', SHA2_512: 'sha512', HASH_ALGORITHM_UNSPECIFIED: 'sha256' };
const equal = (a, b) => a.length === b.length && (0,external_node_crypto_.timingSafeEqual)(a, b);
/** Streams the file once: its digest, and whether `signature` verifies over it with `key`. */
async function digestAndVerify(fileAbs, algorithm, key, signature, o = {}) {
    const hash = (0,external_node_crypto_.createHash)(algorithm);
    const verifier = key ? (0,external_node_crypto_.createVerify)(algorithm) : null;
    let bytes = 0;
    const stream = (0,external_node_fs_.createReadStream)(fileAbs, { highWaterMark: 1024 * 1024, signal: o.signal });
    for await (const chunk of stream) {
        hash.update(chunk);
        verifier?.update(chunk);
        bytes += chunk.length;
        o.onBytes?.(chunk.length);
    }
    let ok = false;
    if (key && verifier) {
        try {
            ok = verifier.verify({ key, dsaEncoding: 'der' }, signature);
        }
        catch {
            ok = false;
        }
    }
    return { digest: hash.digest(), ok, bytes };
}
function algorithmOf(b, where) {
    const name = b.messageSignature.algorithm ?? 'SHA2_256';
    const alg = DIGEST_ALGORITHMS[name];
    if (!alg)
        throw new signing_bundle/* SignatureError */.VA(`${where}: messageDigest algorithm "${name}" is not supported (SHA2_256, SHA2_384 or SHA2_512)`);
    return alg;
}
function trustedKey(where, trust) {
    if (!trust.publicKey)
        throw new signing_bundle/* SignatureError */.VA(`${where} is a cosign signature made with a key: set public-key to the signer's public key (PEM, e.g. cosign.pub) to verify it`);
    let key;
    try {
        key = (0,external_node_crypto_.createPublicKey)(trust.publicKey.pem);
    }
    catch (e) {
        throw new signing_bundle/* SignatureError */.VA(`${trust.publicKey.label} is not a PEM public key (${e.message})`, { cause: e });
    }
    (0,signing_signer/* hashForKey */.z)(key, trust.publicKey.label);
    return key;
}
function leafKey(b, where) {
    const m = b.material;
    const der = m.kind === 'sigstore' ? m.certificate : m.kind === 'certificate' ? m.chain[0] : null;
    if (!der)
        throw new signing_bundle/* SignatureError */.VA(`${where}: a keyless bundle needs a signing certificate`);
    try {
        return new external_node_crypto_.X509Certificate(der).publicKey;
    }
    catch (e) {
        throw new signing_bundle/* SignatureError */.VA(`${where}: the signing certificate cannot be read (${e.message})`, { cause: e });
    }
}
/**
 * Verifies a cosign blob bundle over one file. Throws a SignatureError when the bundle cannot be
 * trusted (wrong key, identity, issuer, log entry); returns `changed: true` when the file's digest
 * differs from the signed one.
 */
async function verifyCosignBlob(b, o) {
    const ms = b.messageSignature;
    if (!ms)
        throw new signing_bundle/* SignatureError */.VA(`${o.bundleRel} holds a DSSE envelope, not a cosign blob signature`);
    const algorithm = algorithmOf(b, o.bundleRel);
    const keyed = b.material.kind === 'key';
    if (!keyed && (!o.trust.identity || !o.trust.issuer)) {
        throw new signing_bundle/* SignatureError */.VA(`${o.bundleRel} is a keyless Sigstore signature: set identity (the signer's email or workflow URI) and issuer (the OIDC issuer, e.g. https://token.actions.githubusercontent.com) to verify it`);
    }
    const key = keyed ? trustedKey(o.bundleRel, o.trust) : leafKey(b, o.bundleRel);
    const streamed = await digestAndVerify(o.fileAbs, algorithm, key, ms.signature, o);
    const actualDigest = streamed.digest.toString('hex');
    const signedDigest = ms.digest ? ms.digest.toString('hex') : null;
    const base = { algorithm, signedDigest, actualDigest, bytes: streamed.bytes };
    if (ms.digest && !equal(ms.digest, streamed.digest)) {
        return { ...base, method: keyed ? 'key' : 'sigstore', signer: null, issuer: null, signedAt: null, changed: true };
    }
    if (keyed) {
        if (!streamed.ok) {
            throw new signing_bundle/* SignatureError */.VA(`${o.bundleRel}: the signature does not verify over ${o.fileRel} (${algorithm} ${actualDigest}) with ${o.trust.publicKey.label} (${(0,signing_signer/* curveName */.L8)(key)}): another key signed it, or the signature was changed`);
        }
        return { ...base, method: 'key', signer: `key ${(0,signing_signer/* keyHint */.p4)(key).slice(0, 16)}… (${(0,signing_signer/* curveName */.L8)(key)})`, issuer: null, signedAt: null, changed: false };
    }
    // Keyless: sigstore-js checks certificate, log entry and time; the file's signature is the streamed result.
    const content = {
        signature: ms.signature,
        compareSignature: (s) => equal(Buffer.from(s), ms.signature),
        compareDigest: (d) => equal(Buffer.from(d), streamed.digest),
        compareSignedDigest: (d) => equal(Buffer.from(d), streamed.digest),
        verifySignature: (k) => streamed.ok && k.equals(key)
    };
    const r = await (0,signing_signer/* verifyKeyless */.Qm)(b, o.bundleRel, o.trust, content);
    return { ...base, method: 'sigstore', signer: r.signer, issuer: r.issuer, signedAt: r.signedAt, changed: false };
}

// EXTERNAL MODULE: ./src/scanners/signing/manifest.ts
var signing_manifest = __webpack_require__(88178);
// EXTERNAL MODULE: ./src/scanners/signing/statement.ts
var statement = __webpack_require__(93866);
;// CONCATENATED MODULE: ./src/scanners/signing/verify.ts
/**
 * Verifies one model (a folder or a single file) against its OpenSSF Model Signing bundle:
 * 1. parse the bundle (bundle.ts): media type, DSSE envelope with exactly one signature;
 * 2. verify the signer and the signature over the payload (signer.ts: key, certificate, keyless);
 * 3. parse the in-toto statement and check its root digest (statement.ts);
 * 4. recompute every file's (or shard's) digest with our hashing engine and compare by name
 *    (manifest.ts): a missing, extra or changed file fails, named with both digests.
 * A bundle holding a messageSignature instead (cosign sign-blob) signs one file: cosign.ts verifies it.
 * The model is never loaded. The result says what was verified, by whom, and every problem.
 */







const verify_short = (d) => (d.length > 20 ? `${d.slice(0, 12)}…${d.slice(-6)}` : d);
/** Relative path of `abs` inside `root`, POSIX, or null when outside. */
function inside(root, abs) {
    const rel = abs.startsWith(root + '/') ? abs.slice(root.length + 1) : null;
    return rel;
}
/** A bundle that could not be trusted: the problem, its kind, and failed (or error for missing trust settings). */
function signerFailure(r, o, e) {
    const msg = (0,engine_errors/* errorMessage */.gJ)(e);
    const config = /: set (public-key|certificate-chain|identity)/.test(msg);
    const kind = config ? 'config' : /not by the expected identity|issuer is not/.test(msg) ? 'identity' : /does not verify|keyless verification failed|not trusted|not valid at|not allowed to sign|another key/.test(msg) ? 'signature' : 'bundle';
    r.problems.push(e instanceof signing_bundle/* SignatureError */.VA ? { kind, message: msg } : { kind: 'bundle', message: `${o.bundleRel}: ${msg}` });
    r.status = e instanceof signing_bundle/* SignatureError */.VA && !config ? 'failed' : 'error';
    return r;
}
/** A cosign blob bundle (messageSignature) over a single-file model: cosign.ts. */
async function verifyCosign(bundle, o, r) {
    r.format = 'cosign';
    const st = await (0,promises_.lstat)(o.modelAbs);
    if (!st.isFile()) {
        r.problems.push({
            kind: st.isSymbolicLink() ? 'symlink' : 'bundle',
            name: '.',
            message: st.isSymbolicLink()
                ? `${o.modelRel} is a symbolic link: it was not followed, so the cosign signature ${o.bundleRel} cannot be verified`
                : `${o.bundleRel} is a cosign blob signature (messageSignature over one file), but ${o.modelRel} is a folder; sign folders with ai-secure-gates sign or model_signing`
        });
        r.status = 'failed';
        return r;
    }
    try {
        const c = await verifyCosignBlob(bundle, { fileAbs: o.modelAbs, fileRel: o.modelRel, bundleRel: o.bundleRel, trust: o.trust, signal: o.signal, onBytes: o.onBytes });
        Object.assign(r, { method: c.method, signer: c.signer, issuer: c.issuer, signedAt: c.signedAt, hashType: c.algorithm, rootDigest: c.signedDigest ?? c.actualDigest, bytesHashed: c.bytes, serialization: 'blob' });
        if (c.changed) {
            r.problems.push({ kind: 'changed', name: '.', signed: c.signedDigest, actual: c.actualDigest, message: `${o.modelRel} changed since it was signed: signed ${c.algorithm} ${c.signedDigest}, now ${c.actualDigest}` });
            r.status = 'failed';
            return r;
        }
        r.matched = 1;
        r.status = 'verified';
        return r;
    }
    catch (e) {
        if (o.signal?.aborted) {
            r.problems.push({ kind: 'unreadable', name: '.', message: `verifying ${o.modelRel} was stopped before it was hashed` });
            r.status = 'error';
            return r;
        }
        if (e.code && !(e instanceof signing_bundle/* SignatureError */.VA)) {
            r.problems.push({ kind: 'unreadable', name: '.', message: `${o.modelRel} could not be read: ${(0,engine_errors/* errorMessage */.gJ)(e)}` });
            r.status = 'error';
            return r;
        }
        return signerFailure(r, o, e);
    }
}
async function verifyModel(o) {
    const r = {
        model: o.modelRel,
        bundle: o.bundleRel,
        status: 'error',
        format: 'oms',
        method: null,
        signer: null,
        issuer: null,
        signedAt: null,
        predicateType: null,
        serialization: null,
        hashType: null,
        rootDigest: null,
        matched: 0,
        bytesHashed: 0,
        problems: []
    };
    const fail = (p, status = 'failed') => {
        r.problems.push(p);
        r.status = status;
        return r;
    };
    // The bundle.
    let text;
    try {
        const st = await (0,promises_.lstat)(o.bundleAbs);
        if (st.isSymbolicLink())
            return fail({ kind: 'bundle', message: `${o.bundleRel} is a symbolic link; it was not followed` });
        if (!st.isFile())
            return fail({ kind: 'bundle', message: `${o.bundleRel} is not a regular file` });
        if (st.size > signing_bundle/* MAX_BUNDLE_BYTES */.Me)
            return fail({ kind: 'bundle', message: `${o.bundleRel} is ${st.size} bytes, over the ${signing_bundle/* MAX_BUNDLE_BYTES */.Me / 1024 / 1024} MiB bound for a signature bundle` });
        text = await (0,promises_.readFile)(o.bundleAbs, 'utf8');
    }
    catch (e) {
        if (e.code === 'ENOENT') {
            r.status = 'unsigned';
            r.problems.push({ kind: 'bundle', message: `${o.modelRel} has no signature: ${o.bundleRel} does not exist` });
            return r;
        }
        return fail({ kind: 'bundle', message: `${o.bundleRel} cannot be read: ${(0,engine_errors/* errorMessage */.gJ)(e)}` }, 'error');
    }
    let manifest;
    try {
        const bundle = (0,signing_bundle/* parseBundle */.QN)(text, o.bundleRel);
        if (bundle.messageSignature)
            return await verifyCosign(bundle, o, r);
        const signer = await (0,signing_signer/* verifySigner */.MI)(bundle, o.bundleRel, o.trust);
        r.method = signer.method;
        r.signer = signer.signer;
        r.issuer = signer.issuer;
        r.signedAt = signer.signedAt;
        manifest = (0,statement/* parseStatement */.By)(signer.payload, signer.payloadType, o.bundleRel);
    }
    catch (e) {
        return signerFailure(r, o, e);
    }
    r.predicateType = manifest.predicateType;
    r.serialization = manifest.serialization.method;
    r.hashType = manifest.serialization.hashType;
    r.rootDigest = manifest.rootDigest;
    // The model as it is now.
    const ignored = [...manifest.serialization.ignorePaths, ...(o.ignorePaths ?? []), ...(o.ignoreGitPaths === false ? [] : signing_manifest/* GIT_PATHS */.O4)];
    const sigInside = inside(o.modelAbs, o.bundleAbs);
    if (sigInside)
        ignored.push(sigInside);
    let walk;
    try {
        walk = await (0,signing_manifest/* walkModel */.PL)(o.modelAbs, ignored);
    }
    catch (e) {
        return fail({ kind: 'unreadable', message: `${o.modelRel} cannot be listed: ${(0,engine_errors/* errorMessage */.gJ)(e)}` }, 'error');
    }
    for (const s of walk.symlinks)
        r.problems.push({ kind: 'symlink', name: s, message: `${o.modelRel}/${s} is a symbolic link inside the model: it was not followed, so the model cannot be verified` });
    for (const s of walk.special)
        r.problems.push({ kind: 'special', name: s, message: `${o.modelRel}/${s} is not a regular file (FIFO, socket or device): it was not hashed` });
    if (walk.truncated)
        return fail({ kind: 'unreadable', message: `${o.modelRel} holds more than ${walk.files.length} files; it was not verified` }, 'error');
    const planned = (0,signing_manifest/* plannedItems */.Hs)(walk.files, manifest.serialization);
    if (manifest.predicateType.endsWith('/Digests/v0.1'))
        for (const p of planned)
            p.algorithm = 'sha256';
    const hashed = await (0,signing_manifest/* hashItems */.N$)(o.modelAbs, planned, manifest.serialization, {
        signal: o.signal,
        onItem: (n) => {
            r.bytesHashed += n;
            o.onBytes?.(n);
        }
    });
    if (o.signal?.aborted)
        return fail({ kind: 'unreadable', message: `verifying ${o.modelRel} was stopped before every file was hashed` }, 'error');
    const diff = (0,signing_manifest/* compareManifests */.kK)(manifest.items, hashed);
    r.matched = diff.matched;
    const label = (n) => (n === '.' || n.startsWith('.:') ? `${o.modelRel}${n.slice(1)}` : `${o.modelRel}/${n}`);
    for (const m of diff.missing)
        r.problems.push({ kind: 'missing', name: m.name, signed: m.signed, message: `${label(m.name)} is signed (digest ${verify_short(m.signed)}) but missing from the model` });
    if (!o.ignoreUnsignedFiles)
        for (const x of diff.extra)
            r.problems.push({ kind: 'extra', name: x.name, actual: x.actual, message: `${label(x.name)} (digest ${verify_short(x.actual)}) is not covered by the signature` });
    for (const c of diff.changed)
        r.problems.push({ kind: 'changed', name: c.name, signed: c.signed, actual: c.actual, message: `${label(c.name)} changed since it was signed: signed ${c.algorithm} ${c.signed}, now ${c.actual}` });
    for (const a of diff.algorithm)
        r.problems.push({ kind: 'algorithm', name: a.name, message: `${label(a.name)} is signed with digest algorithm "${a.signed}", but the statement's serialization gives "${a.expected}"` });
    for (const u of diff.unreadable)
        r.problems.push({ kind: 'unreadable', name: u.name, message: `${label(u.name)} could not be hashed: ${u.error}` });
    const failing = r.problems.filter((p) => p.kind !== 'unreadable' && p.kind !== 'special');
    r.status = failing.length ? 'failed' : r.problems.length ? 'error' : 'verified';
    return r;
}

;// CONCATENATED MODULE: ./src/gates/models/signatures.ts
/**
 * The models gate's `signatures:` block: which models to verify and with what trust, turned into
 * findings, checks and a summary table. The verification itself is scanners/signing/verify.ts.
 *
 * Each verified model gets a check `{ name: 'signature', target: <model path>, details: <SignatureVerification> }`:
 * that is where the AI-BOM (and anyone reading the JSON report) finds each model's signature status.
 */





const HELP = { text: 'Model signatures: OpenSSF Model Signing bundles (every file digest recomputed) and cosign blob bundles over single files.', uri: 'docs/gates/signatures.md' };
async function readTrustFile(ws, rel, key) {
    const abs = await (0,paths/* realInside */.he)(ws, rel, key).catch((e) => {
        if (e.code === 'ENOENT')
            throw new Error(`${key}: "${rel}" does not exist in the workspace; fix the path`);
        throw e;
    });
    return { pem: await (0,promises_.readFile)(abs, 'utf8'), label: rel };
}
async function trustFor(ws, e, c, where) {
    const pick = (k) => e[k] ?? c[k];
    const t = { identity: pick('identity'), issuer: pick('issuer') };
    const pk = pick('public-key');
    const cc = pick('certificate-chain');
    const tr = pick('trusted-root');
    if (pk)
        t.publicKey = await readTrustFile(ws, pk, `${where}.public-key`);
    if (cc)
        t.certificateChain = await readTrustFile(ws, cc, `${where}.certificate-chain`);
    if (tr) {
        const f = await readTrustFile(ws, tr, `${where}.trusted-root`);
        t.trustedRoot = { json: f.pem, label: f.label };
    }
    return t;
}
/**
 * The models to verify: the configured list, or every folder holding a model.sig under the gate's
 * paths, and every file F with a cosign bundle F.sigstore.json next to it.
 */
async function entriesFor(ctx, c) {
    if (c.models.length)
        return c.models;
    const include = ctx.config.paths ?? ['models'];
    const walk = await (0,paths.walkFiles)(ctx.workspace, { include, exclude: ctx.config.exclude, maxFiles: 200_000 });
    const entry = (p) => ({ path: p, 'ignore-paths': [], 'ignore-unsigned-files': false });
    const all = new Set(walk.files);
    const folders = walk.files.filter((f) => external_node_path_default().posix.basename(f) === 'model.sig').map((f) => external_node_path_default().posix.dirname(f));
    const inFolder = (f) => folders.some((d) => d === '.' || f.startsWith(d + '/'));
    const blobs = walk.files.filter((f) => f.endsWith(COSIGN_SUFFIX) && all.has(f.slice(0, -COSIGN_SUFFIX.length)) && !inFolder(f)).map((f) => f.slice(0, -COSIGN_SUFFIX.length));
    return [...folders, ...blobs].map(entry);
}
/** The bundle name cosign's documentation uses for `cosign sign-blob --bundle`, and `sign --format cosign` writes. */
const COSIGN_SUFFIX = '.sigstore.json';
/** model.sig inside a folder; next to a file, <file>.sig, or <file>.sigstore.json when only that exists. */
async function defaultBundle(ws, modelRel, isDir) {
    if (isDir)
        return external_node_path_default().posix.join(modelRel, 'model.sig');
    const sig = `${modelRel}.sig`;
    const cosign = `${modelRel}${COSIGN_SUFFIX}`;
    if (!(await (0,paths/* statOrNull */.xX)(external_node_path_default().join(ws, sig))) && (await (0,paths/* statOrNull */.xX)(external_node_path_default().join(ws, cosign))))
        return cosign;
    return sig;
}
async function checkSignatures(ctx, c, modelFiles) {
    const out = { findings: [], checks: [], errors: [], table: null, results: [], summary: '' };
    const entries = await entriesFor(ctx, c);
    const covered = [];
    for (const [i, e] of entries.entries()) {
        const where = c.models.length ? `gates.models.signatures.models[${i}]` : 'gates.models.signatures';
        const modelRel = external_node_path_default().posix.normalize(e.path.replace(/\\/g, '/')).replace(/\/+$/, '');
        let modelAbs;
        try {
            modelAbs = (0,paths.resolveInside)(ctx.workspace, modelRel, `${where}.path`);
        }
        catch (err) {
            out.errors.push((0,engine_errors/* errorMessage */.gJ)(err));
            continue;
        }
        const st = await (0,paths/* statOrNull */.xX)(modelAbs);
        if (!st) {
            out.errors.push(`${where}.path: "${modelRel}" does not exist in the workspace; fix the path or remove the entry`);
            continue;
        }
        covered.push(modelRel);
        const bundleRel = e.signature ? external_node_path_default().posix.normalize(e.signature.replace(/\\/g, '/')) : await defaultBundle(ctx.workspace, modelRel, st.isDirectory());
        let trust;
        let bundleAbs;
        try {
            bundleAbs = (0,paths.resolveInside)(ctx.workspace, bundleRel, `${where}.signature`);
            trust = await trustFor(ctx.workspace, e, c, where);
        }
        catch (err) {
            out.errors.push((0,engine_errors/* errorMessage */.gJ)(err));
            continue;
        }
        const progress = ctx.progress?.(`models: verifying ${modelRel}`, 0);
        const r = await verifyModel({
            modelAbs,
            modelRel,
            bundleAbs,
            bundleRel,
            trust,
            ignorePaths: e['ignore-paths'],
            ignoreUnsignedFiles: e['ignore-unsigned-files'],
            signal: ctx.signal,
            onBytes: (n) => progress?.add(n)
        });
        progress?.end();
        out.results.push(r);
        record(out, r, c);
    }
    if (c['require-all']) {
        const inside = (f) => covered.some((m) => f === m || f.startsWith(m + '/') || m === '.');
        for (const f of modelFiles.filter((m) => !inside(m))) {
            out.findings.push({
                ruleId: 'signature/unsigned',
                severity: c.unsigned,
                title: 'Unsigned model',
                message: `${f} is a model file outside every signed model: nothing vouches for where it came from (sign its folder with \`ai-secure-gates sign\` or model_signing, or list it under gates.models.signatures.models)`,
                location: { path: f, startLine: null },
                fingerprintKey: 'unsigned-file',
                help: HELP
            });
        }
    }
    const n = (s) => out.results.filter((r) => r.status === s).length;
    const parts = [`${n('verified')} of ${out.results.length} signed model${out.results.length === 1 ? '' : 's'} verified`];
    if (n('failed'))
        parts.push(`${n('failed')} failed`);
    if (n('unsigned'))
        parts.push(`${n('unsigned')} unsigned`);
    if (n('error'))
        parts.push(`${n('error')} not verifiable`);
    out.summary = parts.join(', ');
    if (out.results.length) {
        out.table = {
            title: 'Model signatures',
            columns: ['Model', 'Status', 'Method', 'Signer', 'Files verified', 'Problems'],
            rows: out.results.map((r) => [r.model, r.status, r.method ? `${r.method}${r.format === 'cosign' ? ' (cosign)' : ''}` : '', r.signer ?? '', String(r.matched), String(r.problems.length)])
        };
    }
    return out;
}
function record(out, r, c) {
    out.checks.push({
        name: 'signature',
        target: r.model,
        outcome: r.status === 'verified' ? 'pass' : r.status === 'error' ? 'error' : 'fail',
        details: { ...r, problems: r.problems.slice(0, 50), ...(r.problems.length > 50 ? { problemsOmitted: r.problems.length - 50 } : {}) }
    });
    if (r.status === 'unsigned') {
        out.findings.push({
            ruleId: 'signature/unsigned',
            severity: c.unsigned,
            title: 'Unsigned model',
            message: r.problems[0]?.message ?? `${r.model} has no signature`,
            location: { path: r.model, startLine: null },
            fingerprintKey: 'unsigned',
            help: HELP
        });
        return;
    }
    for (const p of r.problems) {
        if (p.kind === 'config' || p.kind === 'unreadable' || p.kind === 'special') {
            out.errors.push(p.message);
            continue;
        }
        const file = p.name ? (p.name === '.' || p.name.startsWith('.:') ? r.model : `${r.model}/${p.name.replace(/:\d+:\d+$/, '')}`) : r.bundle;
        out.findings.push({
            ruleId: `signature/${p.kind === 'bundle' ? 'invalid' : p.kind}`,
            severity: 'critical',
            title: p.kind === 'changed' || p.kind === 'missing' || p.kind === 'extra' ? 'Model differs from its signature' : 'Model signature not valid',
            message: p.message,
            location: { path: file, startLine: null },
            fingerprintKey: `${p.kind}\u0000${p.name ?? ''}\u0000${p.actual ?? ''}`,
            properties: { model: r.model, bundle: r.bundle, ...(p.signed ? { signedDigest: p.signed } : {}), ...(p.actual ? { actualDigest: p.actual } : {}) },
            help: HELP
        });
    }
    if (r.status === 'error' && !r.problems.some((p) => p.kind === 'config' || p.kind === 'unreadable' || p.kind === 'special')) {
        out.errors.push(`${r.model}: the signature could not be verified (${r.problems.map((p) => p.message).join('; ') || 'unknown reason'})`);
    }
}

// EXTERNAL MODULE: ./src/scanners/signing/bundle-files.ts
var bundle_files = __webpack_require__(59529);
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
            await (0,promises_.access)((0,paths.resolveInside)(ctx.workspace, p, 'gates.models.paths'));
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
    // (by default only those discovery would have scanned: a folder, a model extension, under models/)
    const unreadable = (0,confine/* walkNotes */.$B)({ symlinks: [], unreadable: (walk.unreadable ?? []).filter((u) => found.mode === 'configured' || u.endsWith('/') || u.endsWith(')') || hasModelExtension(u) || u.startsWith('models/')) });
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
    // Each file is read once: a small file's bytes feed the scanner and, when there is a lock, its
    // hash (verifyLock reads only the files not read here).
    const known = lockPath ? new Map() : undefined;
    const opts = { allow, limits, forbidPickle: c['forbid-pickle'] };
    const results = [];
    const progress = ctx.progress?.('models: files scanned', found.files.length);
    const pause = (0,read_small/* yieldEvery */.Zg)(64);
    // Small files are read synchronously (one lane does them all); the lanes overlap the reads of larger files.
    await pool(found.files, Math.max(2, external_node_os_default().availableParallelism()), async (rel) => {
        if (ctx.signal.aborted)
            return;
        const data = (0,read_small/* readSmallFileSync */.x6)(external_node_path_default().join(ctx.workspace, rel));
        if (data) {
            known?.set(rel, (0,lock/* factsOf */.xS)(data));
            results.push(await scanBuffer(data, rel, opts));
            await pause();
        }
        else
            results.push(await scanOne(ctx.workspace, rel, opts));
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
    if (lockPath) {
        try {
            // the lock covers what `ai-secure-gates lock models` hashes: gates.models.paths, default models/
            // (with paths configured, the discovery walked exactly those paths and excludes: reused)
            const v = await (0,lock/* verifyLock */.PK)({
                workspace: ctx.workspace,
                lockPath,
                paths: c.paths ?? ['models'],
                exclude: c.exclude,
                gate: 'models',
                signal: ctx.signal,
                known,
                // signature bundles next to the models are not covered by the lock (the signatures check verifies them)
                skip: (0,bundle_files/* signatureBundleSkip */.Oj)(ctx.workspace, (c.signatures?.models ?? []).flatMap((m) => (m.signature ? [m.signature] : []))),
                ...(found.mode === 'configured' ? { walk: found.walk } : {})
            });
            findings.push(...v.findings);
            checks.push(...v.checks);
            errors.push(...v.errors);
        }
        catch (e) {
            errors.push(`hash lock ${lockPath} could not be verified: ${(0,engine_errors/* errorMessage */.gJ)(e)}`);
        }
    }
    let signed = null;
    if (c.signatures) {
        try {
            signed = await checkSignatures(ctx, c.signatures, models.map((m) => m.path));
            findings.push(...signed.findings);
            checks.push(...signed.checks);
            errors.push(...signed.errors);
        }
        catch (e) {
            errors.push(`model signatures could not be verified: ${(0,engine_errors/* errorMessage */.gJ)(e)}`);
        }
    }
    const looked = `${found.lookedAt} file${found.lookedAt === 1 ? '' : 's'} looked at ${where}`;
    if (models.length === 0 && findings.length === 0 && errors.length === 0 && !lockPath && !signed?.results.length) {
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
    if (signed)
        parts.push(signed.summary);
    return { findings, checks, errors, tool: null, summary: parts.join(', '), ...(signed?.table ? { tables: [signed.table] } : {}) };
}
/** A scanner bug becomes that file's error, never the gate's crash. */
function scannerFailed(rel, e) {
    return { path: rel, format: 'error', members: [], globals: [], issues: [], errors: [`${rel}: the scanner failed on this file (${(0,engine_errors/* errorMessage */.gJ)(e)}); it was not checked`], hasPickle: false };
}
/** Scans one file from disk (files too large to read whole, or that readSmallFileSync could not read: the scanner names why). */
async function scanOne(workspace, rel, opts) {
    try {
        return await (0,scan/* scanModelFile */.dH)(external_node_path_default().join(workspace, rel), rel, opts);
    }
    catch (e) {
        return scannerFailed(rel, e);
    }
}
/** Scans a small file's bytes, already read whole. */
async function scanBuffer(data, rel, opts) {
    try {
        return await (0,scan/* scanModelBuffer */.dT)(data, rel, opts);
    }
    catch (e) {
        return scannerFailed(rel, e);
    }
}
const modelsGate = {
    id: 'models',
    title: 'Model files',
    configSchema: config/* modelsConfigSchema */.E,
    run: runModels
};


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
