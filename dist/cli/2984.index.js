export const id = 2984;
export const ids = [2984];
export const modules = {

/***/ 82984:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  main: () => (/* binding */ main)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(57975);
// EXTERNAL MODULE: ./src/engine/errors.ts
var errors = __webpack_require__(17679);
// EXTERNAL MODULE: ./src/report/log.ts
var log = __webpack_require__(46472);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: ./src/scanners/signing/bundle.ts
var signing_bundle = __webpack_require__(90027);
;// CONCATENATED MODULE: ./src/scanners/signing/keyless.ts
/**
 * Keyless signing through Sigstore (sigstore-js's @sigstore/sign): an OIDC identity token (in
 * GitHub Actions the workflow's own, with `permissions: id-token: write`), an ephemeral key
 * certified by Fulcio, and the DSSE envelope logged in Rekor. The bundle is a Sigstore bundle v0.3
 * with the Fulcio certificate, as model_signing's `sign sigstore` writes it.
 *
 * The network calls (token, Fulcio, Rekor) go to the URLs given (public-good by default); tests
 * point them at local doubles.
 */

/** True when the GitHub Actions OIDC token can be requested (the job has id-token: write). */
function githubOidcAvailable(env = process.env) {
    return !!env.ACTIONS_ID_TOKEN_REQUEST_URL && !!env.ACTIONS_ID_TOKEN_REQUEST_TOKEN;
}
/** A signer for sign.ts's `{ kind: 'keyless' }`: returns the bundle as JSON. */
async function keylessSigner(o = {}) {
    if (!o.identityToken && !githubOidcAvailable()) {
        throw new signing_bundle/* SignatureError */.VA('keyless signing needs an OIDC identity token: run it in GitHub Actions with `permissions: id-token: write` (ACTIONS_ID_TOKEN_REQUEST_URL is not set here), or sign with a key (--key)');
    }
    const { DSSEBundleBuilder, FulcioSigner, RekorWitness, CIContextProvider } = await Promise.all(/* import() */[__webpack_require__.e(2830), __webpack_require__.e(9654), __webpack_require__.e(2088), __webpack_require__.e(5179)]).then(__webpack_require__.bind(__webpack_require__, 15179));
    const { bundleToJSON } = await Promise.all(/* import() */[__webpack_require__.e(9654), __webpack_require__.e(1040)]).then(__webpack_require__.bind(__webpack_require__, 61040));
    const identityProvider = o.identityToken ? { getToken: o.identityToken } : new CIContextProvider('sigstore');
    const timeout = o.timeoutMs ?? 30_000;
    const builder = new DSSEBundleBuilder({
        signer: new FulcioSigner({ identityProvider, fulcioBaseURL: o.fulcioURL ?? 'https://fulcio.sigstore.dev', timeout, retry: 2 }),
        witnesses: [new RekorWitness({ rekorBaseURL: o.rekorURL ?? 'https://rekor.sigstore.dev', entryType: 'dsse', timeout, retry: 2 })]
    });
    return async (payload, payloadType) => {
        try {
            const b = await builder.create({ data: payload, type: payloadType });
            return bundleToJSON(b);
        }
        catch (e) {
            // sigstore-js quotes the identity token in some messages: never print it.
            throw new signing_bundle/* SignatureError */.VA(`keyless signing failed: ${e.message.replace(/eyJ[\w-]*\.[\w-]*\.[\w-]*/g, '[identity token]')}`);
        }
    };
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: ./src/scanners/signing/manifest.ts
var manifest = __webpack_require__(88178);
// EXTERNAL MODULE: ./src/scanners/signing/signer.ts + 1 modules
var signing_signer = __webpack_require__(79386);
// EXTERNAL MODULE: ./src/scanners/signing/statement.ts
var signing_statement = __webpack_require__(93866);
;// CONCATENATED MODULE: ./src/scanners/signing/sign.ts
/**
 * Signing a model (folder or file) the way OpenSSF Model Signing does, so `model_signing verify`
 * and our verifier accept the result:
 * - hash every file (or shard) with our hashing engine, resources sorted as model_signing sorts them;
 * - an in-toto Statement v1 with the model-signature predicate v1.0 and the root digest;
 * - a DSSE envelope signed with an EC key (P-256/384/521, the curve's hash), or keyless through
 *   Fulcio and Rekor (sigstore-js, in GitHub Actions with its OIDC token);
 * - a Sigstore bundle v0.3 (key: `publicKey.hint`; certificate: `x509CertificateChain`).
 * Symbolic links in the model are refused, never followed.
 */






/** Builds the statement over the model as it is now. */
async function buildStatement(o) {
    const method = o.method ?? 'files';
    const hashType = o.hashType ?? 'sha256';
    const ignored = [...(o.ignorePaths ?? []).map((p) => external_node_path_default().posix.normalize(p.replace(/\\/g, '/')).replace(/\/+$/, ''))];
    const rel = external_node_path_default().relative(o.modelAbs, o.bundleAbs);
    if (rel && !rel.startsWith('..') && !external_node_path_default().isAbsolute(rel))
        ignored.push(rel.split((external_node_path_default()).sep).join('/'));
    if (o.ignoreGitPaths !== false)
        ignored.push(...manifest/* GIT_PATHS */.O4);
    const recorded = [...new Set(ignored)];
    const serialization = { method, hashType, shardSize: method === 'shards' ? (o.shardSize ?? 1_000_000_000) : null, allowSymlinks: false, ignorePaths: recorded };
    const walk = await (0,manifest/* walkModel */.PL)(o.modelAbs, recorded);
    if (walk.symlinks.length)
        throw new signing_bundle/* SignatureError */.VA(`${walk.symlinks.map((s) => external_node_path_default().join(o.modelAbs, s)).join(', ')}: symbolic link${walk.symlinks.length > 1 ? 's' : ''} inside the model; replace ${walk.symlinks.length > 1 ? 'them' : 'it'} with the file, or add the path to the ignored paths`);
    if (walk.special.length)
        throw new signing_bundle/* SignatureError */.VA(`${walk.special.join(', ')}: not regular files (FIFO, socket or device); remove them or ignore them`);
    if (walk.truncated)
        throw new signing_bundle/* SignatureError */.VA(`${o.modelAbs} holds more than ${walk.files.length} files; sign a smaller folder`);
    const items = (0,manifest/* plannedItems */.Hs)(walk.files, serialization).sort((a, b) => (0,manifest/* comparePaths */.cD)(a.path, b.path) || (a.start ?? 0) - (b.start ?? 0));
    const hashed = await (0,manifest/* hashItems */.N$)(o.modelAbs, items, serialization, { signal: o.signal });
    const bad = hashed.find((h) => h.error);
    if (bad)
        throw new signing_bundle/* SignatureError */.VA(`${bad.path}: ${bad.error}`);
    const root = (0,external_node_crypto_.createHash)('sha256');
    for (const h of hashed)
        root.update(Buffer.from(h.digest, 'hex'));
    const rootDigest = root.digest('hex');
    const ser = { method, hash_type: hashType === 'blake2' ? 'blake2b' : hashType, allow_symlinks: false, ignore_paths: recorded };
    if (method === 'shards')
        ser.shard_size = serialization.shardSize;
    const statement = {
        _type: signing_statement/* STATEMENT_TYPE */.zG,
        subject: [{ name: external_node_path_default().basename(o.modelAbs), digest: { sha256: rootDigest } }],
        predicateType: signing_statement/* PREDICATE_TYPE */.To,
        predicate: { serialization: ser, resources: hashed.map((h) => ({ name: h.name, algorithm: h.algorithm, digest: h.digest })) }
    };
    return { statement, files: walk.files.length, resources: hashed.length, rootDigest };
}
function loadPrivateKey(pem, password, label) {
    try {
        return (0,external_node_crypto_.createPrivateKey)({ key: pem, format: 'pem', ...(password ? { passphrase: password } : {}) });
    }
    catch (e) {
        throw new signing_bundle/* SignatureError */.VA(`${label} is not a readable PEM private key (${e.message})${password ? '' : '; if it is encrypted, give its password'}`, { cause: e });
    }
}
const pemToDer = (pem) => (pem.match(/-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----/g) ?? []).map((p) => new external_node_crypto_.X509Certificate(p).raw);
/** Signs the model and returns the bundle (not written: the caller writes it). */
async function signModel(o, w) {
    const built = await buildStatement(o);
    const payload = Buffer.from(JSON.stringify(built.statement), 'utf8');
    let bundle;
    if (w.kind === 'keyless') {
        bundle = await w.sign(payload, signing_bundle/* IN_TOTO_PAYLOAD_TYPE */.T4);
    }
    else {
        const key = loadPrivateKey(w.privateKeyPem, w.password, w.label);
        const pub = (0,external_node_crypto_.createPublicKey)(key);
        const hash = (0,signing_signer/* hashForKey */.z)(pub, w.label);
        const sig = (0,external_node_crypto_.sign)(hash, (0,signing_bundle/* pae */.Zg)(signing_bundle/* IN_TOTO_PAYLOAD_TYPE */.T4, payload), { key, dsaEncoding: 'der' });
        let material;
        if (w.kind === 'key') {
            material = { publicKey: { hint: (0,signing_signer/* keyHint */.p4)(pub) }, tlogEntries: [] };
        }
        else {
            const leaf = pemToDer(w.certificatePem);
            if (leaf.length !== 1)
                throw new signing_bundle/* SignatureError */.VA(`the signing certificate must be one PEM certificate (found ${leaf.length})`);
            if (!new external_node_crypto_.X509Certificate(leaf[0]).publicKey.equals(pub))
                throw new signing_bundle/* SignatureError */.VA(`the signing certificate's public key does not belong to ${w.label}`);
            const chain = w.chainPem ? pemToDer(w.chainPem) : [];
            material = { x509CertificateChain: { certificates: [...leaf, ...chain].map((d) => ({ rawBytes: d.toString('base64') })) }, tlogEntries: [] };
        }
        bundle = {
            mediaType: signing_bundle/* OMS_MEDIA_TYPE */.su,
            verificationMaterial: material,
            dsseEnvelope: { payload: payload.toString('base64'), payloadType: signing_bundle/* IN_TOTO_PAYLOAD_TYPE */.T4, signatures: [{ sig: sig.toString('base64'), keyid: '' }] }
        };
    }
    return { bundle, statement: built.statement, files: built.files, resources: built.resources, rootDigest: built.rootDigest };
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
;// CONCATENATED MODULE: ./src/scanners/signing/sign-blob.ts
/**
 * Signing one file the way `cosign sign-blob --key --bundle` does: a Sigstore bundle v0.3 whose
 * `messageSignature` holds the file's digest and an ECDSA signature over the file's bytes (the
 * curve's hash: SHA-256 for P-256, cosign's default key). `cosign verify-blob --key` and the models
 * gate accept it. The file is streamed (bounded memory); no transparency-log entry is made.
 */





const SIGSTORE_NAME = { sha256: 'SHA2_256', sha384: 'SHA2_384', sha512: 'SHA2_512' };
async function signBlob(fileAbs, privateKeyPem, password, label, signal) {
    const st = await (0,promises_.lstat)(fileAbs);
    if (!st.isFile())
        throw new signing_bundle/* SignatureError */.VA(`${fileAbs}: a cosign signature covers one regular file${st.isDirectory() ? '; sign a folder in the default (model_signing) format' : ''}`);
    let key;
    try {
        key = (0,external_node_crypto_.createPrivateKey)({ key: privateKeyPem, format: 'pem', ...(password ? { passphrase: password } : {}) });
    }
    catch (e) {
        throw new signing_bundle/* SignatureError */.VA(`${label} is not a readable PEM private key (${e.message})${password ? '' : '; if it is encrypted, give its password'}`, { cause: e });
    }
    const pub = (0,external_node_crypto_.createPublicKey)(key);
    const algorithm = (0,signing_signer/* hashForKey */.z)(pub, label);
    // cosign's key hint: base64 SHA-256 of the DER SubjectPublicKeyInfo.
    const hint = (0,external_node_crypto_.createHash)('sha256').update(pub.export({ type: 'spki', format: 'der' })).digest('base64');
    const hash = (0,external_node_crypto_.createHash)(algorithm);
    const signer = (0,external_node_crypto_.createSign)(algorithm);
    for await (const chunk of (0,external_node_fs_.createReadStream)(fileAbs, { highWaterMark: 1024 * 1024, signal })) {
        hash.update(chunk);
        signer.update(chunk);
    }
    const digest = hash.digest();
    const signature = signer.sign({ key, dsaEncoding: 'der' });
    return {
        bundle: {
            mediaType: signing_bundle/* OMS_MEDIA_TYPE */.su,
            verificationMaterial: { publicKey: { hint }, tlogEntries: [] },
            messageSignature: { messageDigest: { algorithm: SIGSTORE_NAME[algorithm], digest: digest.toString('base64') }, signature: signature.toString('base64') }
        },
        digest: digest.toString('hex'),
        algorithm
    };
}

;// CONCATENATED MODULE: ./src/modes/sign.ts
/**
 * Signing models, shared by `ai-secure-gates sign` (src/cli/sign.ts) and the action's `mode: sign`:
 * each model folder or file gets an OpenSSF Model Signing bundle (default: model.sig inside the
 * folder, <file>.sig next to a file), signed with a key, a key and certificate, or keyless
 * (GitHub Actions OIDC, Fulcio, Rekor).
 */






async function defaultBundlePath(model, format = 'oms') {
    const st = await (0,promises_.stat)(model);
    if (format === 'cosign')
        return `${model}.sigstore.json`;
    return st.isDirectory() ? external_node_path_default().join(model, 'model.sig') : `${model}.sig`;
}
async function signModels(req, log) {
    if (!req.models.length)
        throw new errors/* ConfigError */.xL('INPUT', 'nothing to sign: give one or more model folders or files');
    if (req.signature && req.models.length > 1)
        throw new errors/* ConfigError */.xL('INPUT', 'a signature path can be given only when signing one model');
    if (req.key && req.keyless)
        throw new errors/* ConfigError */.xL('INPUT', 'sign either with a key or keyless, not both');
    if (req.format === 'cosign')
        return signBlobs(req, log);
    let w;
    if (req.key && req.certificate)
        w = { kind: 'certificate', privateKeyPem: req.key.pem, password: req.key.password, certificatePem: req.certificate.pem, chainPem: req.certificate.chainPem, label: req.key.label };
    else if (req.key)
        w = { kind: 'key', privateKeyPem: req.key.pem, password: req.key.password, label: req.key.label };
    else
        w = { kind: 'keyless', sign: await keylessSigner(req.keyless) };
    const out = [];
    for (const model of req.models) {
        let bundle;
        try {
            bundle = req.signature ?? (await defaultBundlePath(model));
        }
        catch (e) {
            throw new errors/* ConfigError */.xL('INPUT', `${model} cannot be signed: ${(0,errors/* errorMessage */.gJ)(e)}`, { cause: e });
        }
        const r = await signModel({ modelAbs: model, bundleAbs: bundle, hashType: req.hashType, method: req.shards ? 'shards' : 'files', shardSize: req.shards, ignorePaths: req.ignorePaths, ignoreGitPaths: req.ignoreGitPaths }, w);
        await (0,promises_.writeFile)(bundle, JSON.stringify(r.bundle) + '\n');
        log.info(`signed ${model}: ${r.files} file${r.files === 1 ? '' : 's'}, root digest sha256:${r.rootDigest} -> ${bundle}`);
        out.push({ model, bundle, files: r.files, rootDigest: r.rootDigest });
    }
    return out;
}
/** --format cosign: one cosign blob bundle per file, signed with a key (scanners/signing/sign-blob.ts). */
async function signBlobs(req, log) {
    if (!req.key || req.certificate)
        throw new errors/* ConfigError */.xL('INPUT', 'the cosign format signs with a key only (--key, no --certificate); for keyless signing use the default format or cosign itself');
    const out = [];
    for (const model of req.models) {
        let bundle;
        try {
            bundle = req.signature ?? (await defaultBundlePath(model, 'cosign'));
        }
        catch (e) {
            throw new errors/* ConfigError */.xL('INPUT', `${model} cannot be signed: ${(0,errors/* errorMessage */.gJ)(e)}`, { cause: e });
        }
        const r = await signBlob(model, req.key.pem, req.key.password, req.key.label);
        await (0,promises_.writeFile)(bundle, JSON.stringify(r.bundle) + '\n');
        log.info(`signed ${model} (cosign blob bundle): ${r.algorithm}:${r.digest} -> ${bundle}`);
        out.push({ model, bundle, files: 1, rootDigest: r.digest });
    }
    return out;
}
/** Reads a key given as PEM text or as a path to a PEM file. */
async function readPem(value, base, what) {
    if (value.includes('-----BEGIN'))
        return { pem: value, label: what };
    try {
        return { pem: await (0,promises_.readFile)(external_node_path_default().resolve(base, value), 'utf8'), label: value };
    }
    catch (e) {
        throw new errors/* ConfigError */.xL('INPUT', `${what}: ${value} cannot be read (${(0,errors/* errorMessage */.gJ)(e)})`, { cause: e });
    }
}
/**
 * The action's `mode: sign`: signs `sign-models` with `signing-key` (a PEM secret) or keyless, and
 * sets the `signatures` and `status` outputs. Returns the exit status (0 signed, 2 error).
 */
async function runSignMode(inputs, workspace, io) {
    try {
        if (inputs['signing-key'])
            io.setSecret(inputs['signing-key']);
        if (inputs['signing-key-password'])
            io.setSecret(inputs['signing-key-password']);
        const { resolveInside } = await Promise.all(/* import() */[__webpack_require__.e(4006), __webpack_require__.e(4886)]).then(__webpack_require__.bind(__webpack_require__, 4886));
        const models = inputs['sign-models'].map((m) => resolveInside(workspace, m, 'sign-models'));
        if (!models.length)
            throw new ConfigError('INPUT', 'mode: sign needs sign-models: the model folders or files to sign, one per line');
        const key = inputs['signing-key'] ? { pem: inputs['signing-key'], password: inputs['signing-key-password'] || undefined, label: 'the signing-key input' } : undefined;
        if (key && !key.pem.includes('-----BEGIN'))
            throw new ConfigError('INPUT', 'signing-key must be the PEM text of an EC private key (for example ${{ secrets.MODEL_SIGNING_KEY }}), not a path');
        const signed = await signModels({ models, key, keyless: key ? undefined : {} }, io.log);
        io.setOutput('signatures', signed.map((s) => path.relative(workspace, s.bundle).split(path.sep).join('/')).join('\n'));
        io.setOutput('status', 'pass');
        return 0;
    }
    catch (e) {
        io.log.error(`mode: sign: ${errorMessage(e)}`);
        io.setOutput('status', 'error');
        return 2;
    }
}

// EXTERNAL MODULE: ./src/scanners/hash.ts
var scanners_hash = __webpack_require__(17415);
// EXTERNAL MODULE: ./src/cli/help.ts
var help = __webpack_require__(87911);
;// CONCATENATED MODULE: ./src/cli/sign.ts
/**
 * `ai-secure-gates sign MODEL... [--key KEY.pem [--certificate CERT.pem] [--certificate-chain CHAIN.pem]] | --keyless`:
 * writes OpenSSF Model Signing bundles (src/modes/sign.ts) that `model_signing verify` and the
 * models gate's `signatures:` verify. Exit 0 signed, 2 error.
 */







const cliLog = {
    debug: () => undefined,
    info: (m) => (0,log/* writeErr */.VJ)(m + '\n'),
    warning: (m) => (0,log/* writeErr */.VJ)(`warning: ${m}\n`),
    error: (m) => (0,log/* writeErr */.VJ)(`error: ${m}\n`)
};
async function main(argv) {
    let parsed;
    try {
        parsed = (0,external_node_util_.parseArgs)({
            args: argv,
            allowPositionals: true,
            options: {
                signature: { type: 'string' },
                key: { type: 'string' },
                'password-env': { type: 'string' },
                certificate: { type: 'string' },
                'certificate-chain': { type: 'string' },
                keyless: { type: 'boolean' },
                'fulcio-url': { type: 'string' },
                'rekor-url': { type: 'string' },
                hash: { type: 'string' },
                'shard-size': { type: 'string' },
                'ignore-paths': { type: 'string', multiple: true },
                'no-ignore-git-paths': { type: 'boolean' },
                format: { type: 'string' }
            }
        });
    }
    catch (e) {
        throw new errors/* ConfigError */.xL('CONFIG_INVALID', `sign: ${e.message}\n\n${help/* SIGN_HELP */.ku}`);
    }
    const v = parsed.values;
    if (!parsed.positionals.length)
        throw new errors/* ConfigError */.xL('CONFIG_INVALID', `sign: name the model folder(s) or file(s) to sign\n\n${help/* SIGN_HELP */.ku}`);
    if (!v.key && !v.keyless)
        throw new errors/* ConfigError */.xL('CONFIG_INVALID', 'sign: choose --key PRIVATE_KEY.pem or --keyless (GitHub Actions OIDC)');
    if ((v.certificate || v['certificate-chain']) && !v.key)
        throw new errors/* ConfigError */.xL('CONFIG_INVALID', 'sign: --certificate needs --key (the private key the certificate certifies)');
    const format = v.format ?? 'oms';
    if (format !== 'oms' && format !== 'cosign')
        throw new errors/* ConfigError */.xL('CONFIG_INVALID', `sign: --format must be oms or cosign, got "${format}"`);
    if (format === 'cosign' && (v.keyless || v.hash || v['shard-size'] || v['ignore-paths']))
        throw new errors/* ConfigError */.xL('CONFIG_INVALID', 'sign: --format cosign signs one file with --key; --keyless, --hash, --shard-size and --ignore-paths apply to the default format only');
    const hash = v.hash ?? 'sha256';
    if (!['sha256', 'blake2', 'blake3'].includes(hash))
        throw new errors/* ConfigError */.xL('CONFIG_INVALID', `sign: --hash must be sha256, blake2 or blake3, got "${hash}"`);
    let shards;
    if (v['shard-size'] !== undefined) {
        shards = Number(v['shard-size']);
        if (!Number.isInteger(shards) || shards <= 0)
            throw new errors/* ConfigError */.xL('CONFIG_INVALID', `sign: --shard-size must be a positive number of bytes, got "${v['shard-size']}"`);
    }
    const cwd = process.cwd();
    const password = v['password-env'] ? process.env[v['password-env']] : undefined;
    if (v['password-env'] && password === undefined)
        throw new errors/* ConfigError */.xL('CONFIG_INVALID', `sign: --password-env names ${v['password-env']}, which is not set`);
    try {
        const key = v.key ? { ...(await readPem(v.key, cwd, '--key')), password } : undefined;
        const certificate = v.certificate ? { pem: (await readPem(v.certificate, cwd, '--certificate')).pem, chainPem: v['certificate-chain'] ? (await readPem(v['certificate-chain'], cwd, '--certificate-chain')).pem : undefined } : undefined;
        await signModels({
            models: parsed.positionals.map((p) => external_node_path_default().resolve(cwd, p)),
            signature: v.signature ? external_node_path_default().resolve(cwd, v.signature) : undefined,
            key,
            certificate,
            keyless: v.keyless ? { fulcioURL: v['fulcio-url'], rekorURL: v['rekor-url'] } : undefined,
            hashType: hash,
            shards,
            ignorePaths: (v['ignore-paths'] ?? []).flatMap((s) => s.split(',')).filter(Boolean),
            ignoreGitPaths: !v['no-ignore-git-paths'],
            format
        }, cliLog);
    }
    finally {
        await (0,scanners_hash/* shutdownHashPool */.Vc)();
    }
    return 0;
}


/***/ }),

/***/ 17415:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   TM: () => (/* binding */ digestFile),
/* harmony export */   Vc: () => (/* binding */ shutdownHashPool),
/* harmony export */   jj: () => (/* binding */ hashFilesSettled),
/* harmony export */   xS: () => (/* binding */ HashError)
/* harmony export */ });
/* unused harmony exports CHUNK_SIZE, SMALL_FILE_LIMIT, hashFile, hashFiles */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(48161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var node_worker_threads__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(75919);
/* harmony import */ var node_worker_threads__WEBPACK_IMPORTED_MODULE_4___default = /*#__PURE__*/__webpack_require__.n(node_worker_threads__WEBPACK_IMPORTED_MODULE_4__);
/* harmony import */ var _engine_errors_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(17679);
/**
 * SHA-256 (and the other digests model signatures use: SHA-384/512, BLAKE2b, BLAKE3; whole files or
 * byte ranges) of files at the machine's limit, in bounded memory.
 *
 * - Files are opened on the main thread with O_NOFOLLOW (a symlink is refused, never followed) and
 *   O_NONBLOCK (a FIFO cannot hang the open), then fstat'ed: anything but a regular file is refused.
 * - Small files (< SMALL_FILE_LIMIT) are hashed on the main thread.
 * - Larger files are hashed by a pool of worker_threads (one per core, os.availableParallelism()),
 *   which read the already-open descriptor with positional 1 MiB reads: `hash.update()` is
 *   synchronous, so only separate threads use more than one core (research/security.md D1-D2).
 * - Memory: one 1 MiB buffer per worker and at most `concurrency` small-file buffers.
 * - The worker is an inline code string (`new Worker(code, { eval: true })`) using only node:fs and
 *   node:crypto, so it runs the same under jest/tsx and inside the single-file ncc bundles.
 * - BLAKE3 is not in node:crypto: it is hashed on the main thread by hash-wasm's WebAssembly build,
 *   with the same double-buffered positional reads.
 */






/** Read size, for both the main thread and the workers (1 MiB: research/security.md D2). */
const CHUNK_SIZE = 1 << 20;
/** Files smaller than this are hashed on the main thread (a worker round trip costs more). */
const SMALL_FILE_LIMIT = 1 << 20;
/** Why a file could not be hashed; `reason` is the errno-like cause (ELOOP for a symlink, ENOENT, EACCES, ENOTREG, ABORT...). */
class HashError extends _engine_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .GatesError */ .xx {
    reason;
    path;
    constructor(filePath, reason, message, options) {
        super('INPUT', message, options);
        this.reason = reason;
        this.path = filePath;
    }
}
const OPEN_FLAGS = node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_RDONLY | (node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NOFOLLOW ?? 0) | (node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NONBLOCK ?? 0);
function describe(abs, e) {
    if (e instanceof HashError)
        return e;
    const err = e;
    const code = err?.code ?? 'EIO';
    let what;
    switch (code) {
        case 'ELOOP':
        case 'EMLINK':
            return new HashError(abs, 'ELOOP', `${abs} is a symlink; it was not followed or hashed`, { cause: e });
        case 'ENOENT':
            what = 'does not exist';
            break;
        case 'EACCES':
        case 'EPERM':
            what = 'is not readable (permission denied)';
            break;
        case 'EISDIR':
            what = 'is a directory, not a file';
            break;
        default:
            what = `could not be read: ${err?.message ?? String(e)}`;
    }
    return new HashError(abs, code, `${abs} ${what}`, { cause: e });
}
function abortError(abs) {
    return new HashError(abs, 'ABORT', `hashing ${abs} was cancelled`);
}
async function openRegular(abs) {
    let fh;
    try {
        fh = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.open)(abs, OPEN_FLAGS);
    }
    catch (e) {
        throw describe(abs, e);
    }
    try {
        const st = await fh.stat();
        if (!st.isFile()) {
            throw new HashError(abs, 'ENOTREG', `${abs} is not a regular file (${st.isDirectory() ? 'a directory' : 'a device, socket or FIFO'}); it was not hashed`);
        }
        return { fh, size: st.size };
    }
    catch (e) {
        await fh.close().catch(() => undefined);
        throw describe(abs, e);
    }
}
async function newHasher(algorithm) {
    if (algorithm !== 'blake3')
        return (0,node_crypto__WEBPACK_IMPORTED_MODULE_2__.createHash)(algorithm);
    const { createBLAKE3 } = await __webpack_require__.e(/* import() */ 608).then(__webpack_require__.t.bind(__webpack_require__, 70608, 23));
    const h = await createBLAKE3();
    h.init();
    return { update: (d) => h.update(d), digest: () => h.digest('hex') };
}
/**
 * Hashes [start, end) of an open file on the main thread with positional reads (small files, and
 * BLAKE3); the next chunk is read while this one is hashed.
 */
async function hashOnMainThread(fh, abs, expectedSize, signal, algorithm = 'sha256', start = 0, end = Infinity) {
    const span = Math.max(0, Math.min(end, expectedSize + 1) - start);
    const chunk = Math.min(CHUNK_SIZE, span + 1);
    const bufs = [Buffer.allocUnsafe(chunk), Buffer.allocUnsafe(chunk)];
    const h = await newHasher(algorithm);
    const read = (buf, pos) => pos >= end ? Promise.resolve(0) : fh.read(buf, 0, Math.min(buf.length, end - pos), pos).then((r) => r.bytesRead);
    let pos = start;
    let i = 0;
    let pending = read(bufs[0], pos);
    for (;;) {
        let n;
        try {
            n = await pending;
        }
        catch (e) {
            throw describe(abs, e);
        }
        if (n === 0)
            break;
        if (signal?.aborted)
            throw abortError(abs);
        const cur = bufs[i];
        i ^= 1;
        pos += n;
        pending = read(bufs[i], pos);
        pending.catch(() => 0);
        h.update(n === cur.length ? cur : cur.subarray(0, n));
    }
    return { digest: h.digest('hex'), size: pos - start };
}
// ---------------------------------------------------------------------------------------------
// Worker pool
/**
 * The worker: reads a descriptor opened by the main thread, 1 MiB at a time, and hashes it. Reads
 * are double-buffered: the next chunk is read (on the libuv pool) while this thread hashes the
 * current one, so I/O and hashing overlap.
 */
const WORKER_SOURCE = `
'use strict'
const { parentPort } = require('node:worker_threads')
const fs = require('node:fs')
const crypto = require('node:crypto')
const CHUNK = ${CHUNK_SIZE}
const bufs = [Buffer.allocUnsafe(CHUNK), Buffer.allocUnsafe(CHUNK)]
async function hash(m) {
  const cancel = new Int32Array(m.cancel)
  const h = crypto.createHash(m.algorithm)
  const end = m.end
  const read = (fd, buf, pos) => pos >= end ? Promise.resolve(0) : new Promise((resolve, reject) => fs.read(fd, buf, 0, Math.min(CHUNK, end - pos), pos, (e, n) => (e ? reject(e) : resolve(n))))
  let pos = m.start
  let i = 0
  let pending = read(m.fd, bufs[0], pos)
  for (;;) {
    const n = await pending
    if (n === 0) break
    if (Atomics.load(cancel, 0) !== 0) return { id: m.id, aborted: true }
    const cur = bufs[i]
    i ^= 1
    pos += n
    // Never leave a read in flight when returning: the buffers are reused by the next file.
    pending = read(m.fd, bufs[i], pos)
    try {
      h.update(n === CHUNK ? cur : cur.subarray(0, n))
    } catch (e) {
      await pending.catch(() => 0)
      throw e
    }
  }
  return { id: m.id, digest: h.digest('hex'), size: pos - m.start }
}
parentPort.on('message', (m) => {
  hash(m).then(
    (r) => parentPort.postMessage(r),
    (e) => parentPort.postMessage({ id: m.id, error: { code: (e && e.code) || 'EIO', message: String((e && e.message) || e) } })
  )
})
`;
const IDLE_SHUTDOWN_MS = 5_000;
class HashPool {
    size;
    workers = [];
    queue = [];
    nextId = 1;
    idleTimer = null;
    constructor(size) {
        this.size = size;
    }
    run(abs, fd, signal, algorithm = 'sha256', start = 0, end = Number.MAX_SAFE_INTEGER) {
        if (signal?.aborted)
            return Promise.reject(abortError(abs));
        return new Promise((resolve, reject) => {
            const cancel = new Int32Array(new SharedArrayBuffer(4));
            const task = { id: this.nextId++, abs, fd, algorithm, start, end, cancel, resolve, reject };
            if (signal) {
                const onAbort = () => {
                    Atomics.store(cancel, 0, 1);
                    const i = this.queue.indexOf(task);
                    if (i >= 0) {
                        this.queue.splice(i, 1);
                        reject(abortError(abs));
                    }
                };
                signal.addEventListener('abort', onAbort, { once: true });
                const done = () => signal.removeEventListener('abort', onAbort);
                task.resolve = (d) => {
                    done();
                    resolve(d);
                };
                task.reject = (e) => {
                    done();
                    reject(e);
                };
            }
            this.queue.push(task);
            this.pump();
        });
    }
    pump() {
        if (this.idleTimer) {
            clearTimeout(this.idleTimer);
            this.idleTimer = null;
        }
        while (this.queue.length > 0) {
            let pw = this.workers.find((w) => w.task === null);
            if (!pw) {
                if (this.workers.length >= this.size)
                    break;
                pw = this.spawn();
            }
            const task = this.queue.shift();
            pw.task = task;
            pw.worker.ref();
            pw.worker.postMessage({ id: task.id, fd: task.fd, algorithm: task.algorithm, start: task.start, end: task.end, cancel: task.cancel.buffer });
        }
        if (this.queue.length === 0 && this.workers.length > 0 && this.workers.every((w) => w.task === null)) {
            this.idleTimer = setTimeout(() => void this.shutdown(), IDLE_SHUTDOWN_MS);
            this.idleTimer.unref();
        }
    }
    spawn() {
        const worker = new node_worker_threads__WEBPACK_IMPORTED_MODULE_4__.Worker(WORKER_SOURCE, { eval: true, name: 'ai-secure-gates-hash' });
        const pw = { worker, task: null };
        worker.on('message', (m) => {
            const task = pw.task;
            if (!task || task.id !== m.id)
                return;
            pw.task = null;
            worker.unref();
            if (m.aborted)
                task.reject(abortError(task.abs));
            else if (m.error) {
                const e = Object.assign(new Error(m.error.message), { code: m.error.code });
                task.reject(describe(task.abs, e));
            }
            else
                task.resolve({ digest: m.digest, size: m.size });
            this.pump();
        });
        const fail = (err) => {
            const i = this.workers.indexOf(pw);
            if (i >= 0)
                this.workers.splice(i, 1);
            const task = pw.task;
            pw.task = null;
            if (task)
                task.reject(new HashError(task.abs, 'EWORKER', `hashing ${task.abs} failed: the hash worker stopped (${err instanceof Error ? err.message : String(err)})`, { cause: err }));
            this.pump();
        };
        worker.on('error', fail);
        worker.on('exit', (code) => {
            if (this.workers.includes(pw))
                fail(new Error(`exit code ${code}`));
        });
        this.workers.push(pw);
        return pw;
    }
    /** Stops every worker (queued tasks are rejected). The pool starts again on the next call. */
    async shutdown() {
        if (this.idleTimer)
            clearTimeout(this.idleTimer);
        this.idleTimer = null;
        const all = this.workers.splice(0);
        for (const t of this.queue.splice(0))
            t.reject(abortError(t.abs));
        // Reject in-flight tasks only once their worker is gone, so their descriptors are not closed under a running read.
        await Promise.all(all.map((pw) => pw.worker.terminate().catch(() => 0)));
        for (const pw of all)
            if (pw.task)
                pw.task.reject(abortError(pw.task.abs));
    }
}
let pool = null;
function getPool() {
    pool ??= new HashPool(Math.max(1, node_os__WEBPACK_IMPORTED_MODULE_3___default().availableParallelism()));
    return pool;
}
/** Terminates the hash workers now (they also stop on their own after 5 s idle, and never keep the process alive while idle). */
async function shutdownHashPool() {
    const p = pool;
    pool = null;
    if (p)
        await p.shutdown();
}
// ---------------------------------------------------------------------------------------------
// Public API
/**
 * SHA-256 (lowercase hex) and size of one regular file. Refuses symlinks (never follows them),
 * directories, devices and FIFOs with a HashError naming the file.
 */
async function hashFile(abs, signal) {
    const d = await digestFile(abs, { signal });
    return { sha256: d.digest, size: d.size };
}
/**
 * One digest of a regular file or of the byte range [start, end) of it, with the same refusals as
 * hashFile (symlinks, directories, devices, FIFOs). Large ranges go to the worker pool; BLAKE3
 * and small ranges are hashed on the main thread.
 */
async function digestFile(abs, opts = {}) {
    const { signal } = opts;
    const algorithm = opts.algorithm ?? 'sha256';
    const start = opts.start ?? 0;
    if (signal?.aborted)
        throw abortError(abs);
    const { fh, size } = await openRegular(abs);
    try {
        const end = Math.min(opts.end ?? Number.MAX_SAFE_INTEGER, Number.MAX_SAFE_INTEGER);
        const span = Math.min(end, size) - start;
        const r = span < SMALL_FILE_LIMIT || algorithm === 'blake3'
            ? await hashOnMainThread(fh, abs, size, signal, algorithm, start, end)
            : await getPool().run(abs, fh.fd, signal, algorithm, start, end);
        return { ...r, fileSize: size };
    }
    finally {
        await fh.close().catch(() => undefined);
    }
}
/**
 * Hashes every file, `concurrency` at a time (default: one per core), returning each path's digest
 * or the HashError that stopped it. Never rejects except when `signal` aborts.
 */
async function hashFilesSettled(absPaths, opts = {}) {
    const out = new Map();
    const unique = [...new Set(absPaths)];
    const concurrency = Math.max(1, Math.min(opts.concurrency ?? node_os__WEBPACK_IMPORTED_MODULE_3___default().availableParallelism(), unique.length || 1));
    let next = 0;
    const lane = async () => {
        while (next < unique.length) {
            if (opts.signal?.aborted)
                return;
            const abs = unique[next++];
            try {
                out.set(abs, await hashFile(abs, opts.signal));
            }
            catch (e) {
                const he = describe(abs, e);
                if (he.reason === 'ABORT')
                    return;
                out.set(abs, he);
            }
        }
    };
    await Promise.all(Array.from({ length: concurrency }, lane));
    if (opts.signal?.aborted)
        throw abortError(`${unique.length} files`);
    // Keep the caller's order.
    return new Map(unique.map((p) => [p, out.get(p)]));
}
/**
 * SHA-256 and size of each file (keys are the paths given). Rejects with the first file's HashError
 * when any file cannot be hashed; use hashFilesSettled to get every result.
 */
async function hashFiles(absPaths, opts = {}) {
    const settled = await hashFilesSettled(absPaths, opts);
    const out = new Map();
    for (const [p, r] of settled) {
        if (r instanceof HashError)
            throw r;
        out.set(p, r);
    }
    return out;
}


/***/ })

};
