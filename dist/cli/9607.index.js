export const id = 9607;
export const ids = [9607];
export const modules = {

/***/ 90027:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Me: () => (/* binding */ MAX_BUNDLE_BYTES),
/* harmony export */   QN: () => (/* binding */ parseBundle),
/* harmony export */   T4: () => (/* binding */ IN_TOTO_PAYLOAD_TYPE),
/* harmony export */   VA: () => (/* binding */ SignatureError),
/* harmony export */   Zg: () => (/* binding */ pae),
/* harmony export */   pH: () => (/* binding */ paeCompat),
/* harmony export */   su: () => (/* binding */ OMS_MEDIA_TYPE)
/* harmony export */ });
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9691);
/* harmony import */ var _engine_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(17679);
/**
 * Reading a model signature: a Sigstore bundle (JSON) holding a DSSE envelope, as OpenSSF Model
 * Signing (`model_signing`) writes it. Only parsing and classification happen here; nothing is
 * trusted yet (verify.ts does that).
 *
 * The signer's material says the method:
 * - `publicKey` (a hint, or the pre-1.1 `rawBytes`): signed with a private key;
 * - `x509CertificateChain`: signed with a certificate (leaf first), which the Sigstore bundle spec
 *   does not allow in v0.3 bundles, so sigstore-js refuses it and we parse it ourselves;
 * - `certificate`: keyless Sigstore (Fulcio certificate, Rekor entry), verified by sigstore-js.
 */


const OMS_MEDIA_TYPE = 'application/vnd.dev.sigstore.bundle.v0.3+json';
/** Every Sigstore bundle media type sigstore-js reads (keyless and cosign bundles may use older ones). */
const SIGSTORE_MEDIA_TYPES = [
    'application/vnd.dev.sigstore.bundle+json;version=0.1',
    'application/vnd.dev.sigstore.bundle+json;version=0.2',
    'application/vnd.dev.sigstore.bundle+json;version=0.3',
    OMS_MEDIA_TYPE
];
const IN_TOTO_PAYLOAD_TYPE = 'application/vnd.in-toto+json';
/** Largest bundle read (a sharded 5 TB model lists ~5000 shards: well under this). */
const MAX_BUNDLE_BYTES = 64 * 1024 * 1024;
/** A signature that cannot be read or trusted; the message names the file and what is wrong. */
class SignatureError extends _engine_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .GatesError */ .xx {
    constructor(message, options) {
        super('INPUT', message, options);
    }
}
const b64 = zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().regex(/^[A-Za-z0-9+/_-]*={0,2}$/, 'base64');
const bundleSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .looseObject */ ._H3({
    mediaType: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
    verificationMaterial: zod__WEBPACK_IMPORTED_MODULE_1__/* .looseObject */ ._H3({
        publicKey: zod__WEBPACK_IMPORTED_MODULE_1__/* .looseObject */ ._H3({ hint: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().nullish(), rawBytes: b64.optional(), keyDetails: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().optional() }).optional(),
        x509CertificateChain: zod__WEBPACK_IMPORTED_MODULE_1__/* .looseObject */ ._H3({ certificates: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .looseObject */ ._H3({ rawBytes: b64 })).min(1) }).optional(),
        certificate: zod__WEBPACK_IMPORTED_MODULE_1__/* .looseObject */ ._H3({ rawBytes: b64 }).optional(),
        tlogEntries: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .unknown */ .L5J()).optional(),
        timestampVerificationData: zod__WEBPACK_IMPORTED_MODULE_1__/* .unknown */ .L5J().optional()
    }),
    dsseEnvelope: zod__WEBPACK_IMPORTED_MODULE_1__/* .looseObject */ ._H3({
        payload: b64,
        payloadType: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
        signatures: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .looseObject */ ._H3({ sig: b64, keyid: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().nullish() }))
    })
        .optional(),
    messageSignature: zod__WEBPACK_IMPORTED_MODULE_1__/* .looseObject */ ._H3({ messageDigest: zod__WEBPACK_IMPORTED_MODULE_1__/* .looseObject */ ._H3({ algorithm: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(), digest: b64 }).optional(), signature: b64 }).optional()
});
const fromB64 = (s) => Buffer.from(s, s.includes('-') || s.includes('_') ? 'base64url' : 'base64');
/** Parses a bundle's text; `where` names the file in every message. */
function parseBundle(text, where) {
    let json;
    try {
        json = JSON.parse(text);
    }
    catch (e) {
        throw new SignatureError(`${where} is not JSON (${e.message}); a model signature is a Sigstore bundle written by model_signing, cosign or ai-secure-gates sign`, { cause: e });
    }
    const r = bundleSchema.safeParse(json);
    if (!r.success) {
        const i = r.error.issues[0];
        throw new SignatureError(`${where} is not a Sigstore bundle: ${i.path.join('.') || '(top level)'}: ${i.message}`);
    }
    const b = r.data;
    if (!SIGSTORE_MEDIA_TYPES.includes(b.mediaType)) {
        throw new SignatureError(`${where} has media type "${b.mediaType}", not a Sigstore bundle (${OMS_MEDIA_TYPE} for model signatures)`);
    }
    const vm = b.verificationMaterial;
    const kinds = [vm.publicKey && 'publicKey', vm.x509CertificateChain && 'x509CertificateChain', vm.certificate && 'certificate'].filter(Boolean);
    if (kinds.length !== 1) {
        throw new SignatureError(`${where}: verificationMaterial must hold exactly one of publicKey, x509CertificateChain or certificate (found ${kinds.length ? kinds.join(', ') : 'none'})`);
    }
    let material;
    if (vm.publicKey) {
        material = { kind: 'key', hint: vm.publicKey.hint || null, rawBytes: vm.publicKey.rawBytes ? fromB64(vm.publicKey.rawBytes) : null, keyDetails: vm.publicKey.keyDetails ?? null };
    }
    else if (vm.x509CertificateChain) {
        material = { kind: 'certificate', chain: vm.x509CertificateChain.certificates.map((c) => fromB64(c.rawBytes)) };
    }
    else {
        material = { kind: 'sigstore', certificate: fromB64(vm.certificate.rawBytes) };
    }
    if (!!b.dsseEnvelope === !!b.messageSignature) {
        throw new SignatureError(`${where}: a bundle holds exactly one of dsseEnvelope or messageSignature (found ${b.dsseEnvelope ? 'both' : 'neither'})`);
    }
    let envelope = null;
    if (b.dsseEnvelope) {
        const sigs = b.dsseEnvelope.signatures;
        if (sigs.length !== 1) {
            throw new SignatureError(`${where}: the DSSE envelope holds ${sigs.length} signatures; a model signature has exactly one (a second signature is not verified by anyone and is refused)`);
        }
        envelope = { payload: fromB64(b.dsseEnvelope.payload), payloadType: b.dsseEnvelope.payloadType, signature: fromB64(sigs[0].sig) };
    }
    const ms = b.messageSignature;
    return {
        json: b,
        mediaType: b.mediaType,
        material,
        envelope,
        messageSignature: ms ? { signature: fromB64(ms.signature), digest: ms.messageDigest ? fromB64(ms.messageDigest.digest) : null, algorithm: ms.messageDigest?.algorithm ?? null } : null
    };
}
/** DSSE v1 pre-authentication encoding: what a DSSE signature signs. */
function pae(payloadType, payload) {
    const type = Buffer.from(payloadType, 'utf8');
    return Buffer.concat([Buffer.from(`DSSEv1 ${type.length} `), type, Buffer.from(` ${payload.length} `), payload]);
}
/** Python's repr() of a bytes object (b'...'), as model_signing 0.2 put it into its PAE by mistake. */
function pythonBytesRepr(data) {
    const hasSingle = data.includes(0x27);
    const quote = hasSingle && !data.includes(0x22) ? '"' : "'";
    let out = 'b' + quote;
    for (const c of data) {
        if (c === 0x5c)
            out += '\\\\';
        else if (c === quote.charCodeAt(0))
            out += '\\' + quote;
        else if (c === 0x09)
            out += '\\t';
        else if (c === 0x0a)
            out += '\\n';
        else if (c === 0x0d)
            out += '\\r';
        else if (c < 0x20 || c >= 0x7f)
            out += '\\x' + c.toString(16).padStart(2, '0');
        else
            out += String.fromCharCode(c);
    }
    return out + quote;
}
/** The PAE of model_signing 0.2 ("DSSEV1", the payload's Python repr), verified only for the legacy predicate. */
function paeCompat(payloadType, payload) {
    return Buffer.from(`DSSEV1 ${payloadType.length} ${payloadType} ${payload.length} ${pythonBytesRepr(payload)}`, 'utf8');
}


/***/ }),

/***/ 88178:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Hs: () => (/* binding */ plannedItems),
/* harmony export */   N$: () => (/* binding */ hashItems),
/* harmony export */   O4: () => (/* binding */ GIT_PATHS),
/* harmony export */   PL: () => (/* binding */ walkModel),
/* harmony export */   cD: () => (/* binding */ comparePaths),
/* harmony export */   kK: () => (/* binding */ compareManifests)
/* harmony export */ });
/* unused harmony exports MAX_MODEL_FILES, toPosix */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(48161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _hash_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(17415);
/* harmony import */ var _statement_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(93866);
/**
 * The model side of a signature: which files (or shards) a model folder holds now, their digests
 * recomputed with our hashing engine (scanners/hash.ts: streamed, bounded memory, workers), and the
 * comparison with the signed manifest.
 *
 * Walking follows model_signing: every regular file under the folder, except ignored paths (a path
 * is ignored when it equals an ignored path or lies under it). Symbolic links are never followed:
 * one inside the model is reported, and the model is not verified.
 */





/** The git paths model_signing ignores by default (its --ignore-git-paths). */
const GIT_PATHS = ['.git', '.gitattributes', '.github', '.gitignore'];
/** Most files one model may hold. */
const MAX_MODEL_FILES = 200_000;
const toPosix = (p) => p.split(path.sep).join('/');
/** True when `rel` is one of `ignored` or lies under one (component-wise, as pathlib's is_relative_to). */
function isIgnored(rel, ignored) {
    for (const raw of ignored) {
        const ig = node_path__WEBPACK_IMPORTED_MODULE_2___default().posix.normalize(raw.replace(/\\/g, '/')).replace(/\/+$/, '');
        if (ig === '.' || ig === '')
            continue;
        if (rel === ig || rel.startsWith(ig + '/'))
            return true;
    }
    return false;
}
/** Lists the model's files (lstat only: nothing is followed). */
async function walkModel(root, ignored, limit = MAX_MODEL_FILES) {
    const out = { files: [], symlinks: [], special: [], truncated: false };
    const st = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.lstat)(root);
    if (st.isSymbolicLink()) {
        out.symlinks.push('.');
        return out;
    }
    if (st.isFile()) {
        out.files.push({ rel: '.', abs: root, size: st.size });
        return out;
    }
    if (!st.isDirectory()) {
        out.special.push('.');
        return out;
    }
    const stack = [''];
    while (stack.length) {
        const dirRel = stack.pop();
        const dir = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.opendir)(node_path__WEBPACK_IMPORTED_MODULE_2___default().join(root, dirRel));
        for await (const e of dir) {
            const rel = dirRel ? `${dirRel}/${e.name}` : e.name;
            if (isIgnored(rel, ignored))
                continue;
            if (e.isSymbolicLink())
                out.symlinks.push(rel);
            else if (e.isDirectory())
                stack.push(rel);
            else if (e.isFile()) {
                if (out.files.length >= limit) {
                    out.truncated = true;
                    continue;
                }
                const abs = node_path__WEBPACK_IMPORTED_MODULE_2___default().join(root, ...rel.split('/'));
                out.files.push({ rel, abs, size: (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.lstat)(abs)).size });
            }
            else
                out.special.push(rel);
        }
    }
    out.files.sort((a, b) => comparePaths(a.rel, b.rel));
    return out;
}
/** Python's PurePosixPath ordering: component by component (model_signing sorts resources so). */
function comparePaths(a, b) {
    const pa = a.split('/');
    const pb = b.split('/');
    for (let i = 0; i < Math.min(pa.length, pb.length); i++) {
        if (pa[i] !== pb[i])
            return pa[i] < pb[i] ? -1 : 1;
    }
    return pa.length - pb.length;
}
/** The algorithm name a resource records for this serialization. */
function recordedAlgorithm(s) {
    const base = s.hashType === 'sha256' ? 'sha256' : s.hashType === 'blake3' ? 'blake3' : 'blake2b';
    return s.method === 'shards' && s.hashType !== 'blake3' ? `${base}-sharded-${s.shardSize}` : base;
}
/** The resources (names and byte ranges) that the files make under a serialization, before hashing. */
function plannedItems(files, s) {
    const algorithm = recordedAlgorithm(s);
    const items = [];
    for (const f of files) {
        if (s.method === 'files' || s.hashType === 'blake3') {
            items.push({ name: f.rel, path: f.rel, start: null, end: null, algorithm });
            continue;
        }
        // model_signing: an empty file has no shard; the last shard ends at the file's end.
        for (let start = 0; start < f.size; start += s.shardSize) {
            const end = Math.min(start + s.shardSize, f.size);
            items.push({ name: `${f.rel}:${start}:${end}`, path: f.rel, start, end, algorithm });
        }
    }
    return items;
}
/** Hashes every planned item, `concurrency` at a time (default one per core). */
async function hashItems(root, items, s, opts = {}) {
    const algorithm = _statement_js__WEBPACK_IMPORTED_MODULE_4__/* .HASH_TYPES */ .T2[s.hashType];
    const out = new Array(items.length);
    let next = 0;
    const lane = async () => {
        while (next < items.length) {
            if (opts.signal?.aborted)
                return;
            const i = next++;
            const it = items[i];
            const abs = it.path === '.' ? root : node_path__WEBPACK_IMPORTED_MODULE_2___default().join(root, ...it.path.split('/'));
            try {
                const d = await (0,_hash_js__WEBPACK_IMPORTED_MODULE_3__/* .digestFile */ .TM)(abs, { algorithm, start: it.start ?? 0, end: it.end ?? undefined, signal: opts.signal });
                out[i] = { ...it, digest: d.digest };
                opts.onItem?.(d.size);
            }
            catch (e) {
                out[i] = { ...it, digest: '', error: e instanceof _hash_js__WEBPACK_IMPORTED_MODULE_3__/* .HashError */ .xS ? e.message.replace(abs, it.path) : e.message };
            }
        }
    };
    await Promise.all(Array.from({ length: Math.max(1, Math.min(opts.concurrency ?? node_os__WEBPACK_IMPORTED_MODULE_1___default().availableParallelism(), items.length)) }, lane));
    return out;
}
/** Compares the signed items with what is on disk (by name; every digest must be equal). */
function compareManifests(signed, local) {
    const diff = { missing: [], extra: [], changed: [], algorithm: [], unreadable: [], matched: 0 };
    const byName = new Map(local.map((l) => [l.name, l]));
    for (const s of signed) {
        const l = byName.get(s.name);
        if (!l) {
            diff.missing.push({ name: s.name, signed: s.digest });
            continue;
        }
        byName.delete(s.name);
        if (l.error)
            diff.unreadable.push({ name: s.name, error: l.error });
        else if (s.algorithm !== l.algorithm)
            diff.algorithm.push({ name: s.name, signed: s.algorithm, expected: l.algorithm });
        else if (s.digest !== l.digest)
            diff.changed.push({ name: s.name, signed: s.digest, actual: l.digest, algorithm: s.algorithm });
        else
            diff.matched++;
    }
    for (const l of byName.values())
        diff.extra.push({ name: l.name, actual: l.error ? `(unreadable: ${l.error})` : l.digest });
    return diff;
}



/***/ }),

/***/ 79386:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  L8: () => (/* binding */ curveName),
  z: () => (/* binding */ hashForKey),
  p4: () => (/* binding */ keyHint),
  Qm: () => (/* binding */ verifyKeyless),
  MI: () => (/* binding */ verifySigner)
});

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: ./node_modules/@sigstore/core/dist/index.js
var dist = __webpack_require__(83917);
// EXTERNAL MODULE: ./src/scanners/signing/bundle.ts
var bundle = __webpack_require__(90027);
;// CONCATENATED MODULE: ./src/scanners/signing/trust-root.ts

const PUBLIC_GOOD = 'https://tuf-repo-cdn.sigstore.dev';
/** The embedded public-good trusted_root.json (text). */
async function publicGoodRootJson() {
    const mod = (await __webpack_require__.e(/* import() */ 8032).then(__webpack_require__.t.bind(__webpack_require__, 8032, 19)));
    const b64 = mod.default[PUBLIC_GOOD]?.targets['trusted_root.json'];
    if (!b64)
        throw new bundle/* SignatureError */.VA('the Sigstore public-good trusted root is missing from @sigstore/tuf: reinstall the action, or set trusted-root');
    return Buffer.from(b64, 'base64').toString('utf8');
}
async function loadTrustedRoot(user) {
    const { TrustedRoot } = await __webpack_require__.e(/* import() */ 9654).then(__webpack_require__.t.bind(__webpack_require__, 19654, 23));
    const text = user ? user.json : await publicGoodRootJson();
    const label = user ? user.label : 'the embedded public-good trusted root';
    let json;
    try {
        json = JSON.parse(text);
    }
    catch (e) {
        throw new bundle/* SignatureError */.VA(`${label} is not JSON (${e.message})`, { cause: e });
    }
    if (json && typeof json === 'object' && 'trustedRoot' in json)
        json = json.trustedRoot;
    try {
        const root = TrustedRoot.fromJSON(json);
        if (!root.certificateAuthorities.length && !root.tlogs.length)
            throw new Error('it lists no certificate authority and no transparency log');
        return root;
    }
    catch (e) {
        throw new bundle/* SignatureError */.VA(`${label} is not a Sigstore trusted root (${e.message})`, { cause: e });
    }
}

;// CONCATENATED MODULE: ./src/scanners/signing/signer.ts
/**
 * Who signed, and is the signature over the payload theirs: the three OMS methods.
 *
 * - key: an EC public key the user trusts (P-256/384/521, hashed with SHA-256/384/512 by curve, as
 *   model_signing does; sigstore-js fixes SHA-256, so node:crypto verifies these).
 * - certificate: the bundle's chain (leaf first) up to a self-signed certificate the user trusts,
 *   every certificate valid at the leaf's notBefore (model_signing's "signing time" for this method,
 *   which has no timestamp), the leaf allowed to sign (KeyUsage digitalSignature or EKU codeSigning).
 * - sigstore (keyless): sigstore-js's Verifier over a trusted root (the public-good root embedded in
 *   @sigstore/tuf, or the user's): Fulcio chain, SCT, Rekor entry and inclusion, signing time inside
 *   the certificate's validity, then the identity and issuer policy, compared exactly.
 */




const CURVE_HASH = { prime256v1: 'sha256', secp384r1: 'sha384', secp521r1: 'sha512' };
const CURVE_NAME = { prime256v1: 'P-256', secp384r1: 'P-384', secp521r1: 'P-521' };
/** The hash model_signing pairs with the key's curve; refuses anything but P-256/384/521 EC keys. */
function hashForKey(key, label) {
    const type = key.asymmetricKeyType;
    const curve = key.asymmetricKeyDetails?.namedCurve;
    if (type !== 'ec' || !curve || !CURVE_HASH[curve]) {
        throw new bundle/* SignatureError */.VA(`${label}: ${type === 'ec' ? `curve ${curve}` : `a ${type} key`} is not supported; model signatures use EC keys on P-256, P-384 or P-521`);
    }
    return CURVE_HASH[curve];
}
function curveName(key) {
    return CURVE_NAME[key.asymmetricKeyDetails?.namedCurve ?? ''] ?? String(key.asymmetricKeyDetails?.namedCurve);
}
/** model_signing's key hint: hex SHA-256 of the SubjectPublicKeyInfo PEM text. */
function keyHint(key) {
    return (0,external_node_crypto_.createHash)('sha256').update(key.export({ type: 'spki', format: 'pem' })).digest('hex');
}
/** Verifies the DSSE signature with the key (the v0.2 PAE only for the legacy predicate). */
function verifyDsse(b, key, hash, legacy) {
    const env = b.envelope;
    const ok = (alg, data) => {
        try {
            return (0,external_node_crypto_.verify)(alg, data, { key, dsaEncoding: 'der' }, env.signature);
        }
        catch {
            return false;
        }
    };
    if (ok(hash, (0,bundle/* pae */.Zg)(env.payloadType, env.payload)))
        return true;
    return legacy && (ok(hash, (0,bundle/* paeCompat */.pH)(env.payloadType, env.payload)) || ok('sha256', (0,bundle/* paeCompat */.pH)(env.payloadType, env.payload)));
}
function legacyPredicate(b) {
    try {
        return JSON.parse(b.envelope.payload.toString('utf8')).predicateType === 'https://model_signing/Digests/v0.1';
    }
    catch {
        return false;
    }
}
function needEnvelope(b, where) {
    if (!b.envelope)
        throw new bundle/* SignatureError */.VA(`${where} signs a single blob (messageSignature), not a model manifest: it is verified as a cosign bundle over one file`);
}
function verifyWithKey(b, where, trust) {
    needEnvelope(b, where);
    if (!trust.publicKey)
        throw new bundle/* SignatureError */.VA(`${where} is signed with a private key: set public-key to the signer's public key (PEM) to verify it`);
    let key;
    try {
        key = (0,external_node_crypto_.createPublicKey)(trust.publicKey.pem);
    }
    catch (e) {
        throw new bundle/* SignatureError */.VA(`${trust.publicKey.label} is not a PEM public key (${e.message})`, { cause: e });
    }
    const hash = hashForKey(key, trust.publicKey.label);
    const m = b.material;
    const hint = keyHint(key);
    if (m.hint && m.hint !== hint) {
        throw new bundle/* SignatureError */.VA(`${where} was signed by another key (key hint ${m.hint}) than ${trust.publicKey.label} (hint ${hint})`);
    }
    if (!verifyDsse(b, key, hash, legacyPredicate(b))) {
        throw new bundle/* SignatureError */.VA(`${where}: the signature does not verify with ${trust.publicKey.label} (${curveName(key)}, ${hash}): the statement or the signature was changed, or another key signed it`);
    }
    return { method: 'key', signer: `key ${hint.slice(0, 16)}… (${curveName(key)})`, issuer: null, payload: b.envelope.payload, payloadType: b.envelope.payloadType, signedAt: null };
}
function parsePems(pem, label) {
    const blocks = pem.match(/-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----/g) ?? [];
    if (!blocks.length)
        throw new bundle/* SignatureError */.VA(`${label} holds no PEM certificate`);
    return blocks.map((p, i) => {
        try {
            return new external_node_crypto_.X509Certificate(p);
        }
        catch (e) {
            throw new bundle/* SignatureError */.VA(`${label}: certificate ${i + 1} cannot be read (${e.message})`, { cause: e });
        }
    });
}
const validAt = (c, t) => new Date(c.validFrom) <= t && t <= new Date(c.validTo);
const selfSigned = (c) => c.checkIssued(c) && c.verify(c.publicKey);
function verifyWithCertificate(b, where, trust) {
    needEnvelope(b, where);
    if (!trust.certificateChain)
        throw new bundle/* SignatureError */.VA(`${where} is signed with a certificate: set certificate-chain to the CA certificate(s) (PEM) you trust`);
    const m = b.material;
    let chain;
    try {
        chain = m.chain.map((d) => new external_node_crypto_.X509Certificate(d));
    }
    catch (e) {
        throw new bundle/* SignatureError */.VA(`${where}: a certificate in the bundle's chain cannot be read (${e.message})`, { cause: e });
    }
    const trusted = parsePems(trust.certificateChain.pem, trust.certificateChain.label);
    const trustedFp = new Set(trusted.map((c) => c.fingerprint256));
    const leaf = chain[0];
    const at = new Date(leaf.validFrom);
    // Build the path leaf -> ... -> a trusted self-signed certificate, each valid at the signing time.
    const pool = [...chain.slice(1), ...trusted];
    let cur = leaf;
    const seen = new Set();
    for (let depth = 0;; depth++) {
        if (!validAt(cur, at)) {
            throw new bundle/* SignatureError */.VA(`${where}: certificate "${cur.subject.replace(/\n/g, ', ')}" was not valid at signing time ${at.toISOString()} (valid ${new Date(cur.validFrom).toISOString()} to ${new Date(cur.validTo).toISOString()})`);
        }
        if (trustedFp.has(cur.fingerprint256) && selfSigned(cur))
            break;
        if (depth > 8 || seen.has(cur.fingerprint256))
            throw new bundle/* SignatureError */.VA(`${where}: the certificate chain does not end at a certificate in ${trust.certificateChain.label}`);
        seen.add(cur.fingerprint256);
        const parent = pool.find((p) => p.ca && cur.checkIssued(p) && p.fingerprint256 !== cur.fingerprint256 && cur.verify(p.publicKey));
        if (!parent) {
            throw new bundle/* SignatureError */.VA(`${where}: no certificate in the bundle or in ${trust.certificateChain.label} issued "${cur.subject.replace(/\n/g, ', ')}" (issuer "${cur.issuer.replace(/\n/g, ', ')}"): the chain is not trusted`);
        }
        cur = parent;
    }
    const ext = dist.X509Certificate.parse(Buffer.from(m.chain[0]));
    const digitalSignature = ext.extKeyUsage?.digitalSignature === true;
    const codeSigning = (leaf.keyUsage ?? []).includes('1.3.6.1.5.5.7.3.3');
    if (!digitalSignature && !codeSigning)
        throw new bundle/* SignatureError */.VA(`${where}: the signing certificate "${leaf.subject.replace(/\n/g, ', ')}" is not allowed to sign (neither KeyUsage digitalSignature nor ExtendedKeyUsage codeSigning)`);
    const key = leaf.publicKey;
    const hash = hashForKey(key, `${where}: the signing certificate's key`);
    if (!verifyDsse(b, key, hash, legacyPredicate(b))) {
        throw new bundle/* SignatureError */.VA(`${where}: the signature does not verify with the signing certificate's key: the statement or the signature was changed`);
    }
    return { method: 'certificate', signer: leaf.subject.replace(/\n/g, ', '), issuer: leaf.issuer.replace(/\n/g, ', '), payload: b.envelope.payload, payloadType: b.envelope.payloadType, signedAt: at.toISOString() };
}
/**
 * Keyless verification with sigstore-js. `content` replaces the bundle's signature content: a cosign
 * blob bundle (cosign.ts) passes one whose digest and signature were computed by streaming the file.
 */
async function verifyKeyless(b, where, trust, content) {
    if (!trust.identity || !trust.issuer) {
        throw new bundle/* SignatureError */.VA(`${where} is a keyless Sigstore signature: set identity (the signer's email or workflow URI) and issuer (the OIDC issuer, e.g. https://token.actions.githubusercontent.com) to verify it`);
    }
    const { bundleFromJSON } = await Promise.all(/* import() */[__webpack_require__.e(9654), __webpack_require__.e(1040)]).then(__webpack_require__.bind(__webpack_require__, 61040));
    const { toSignedEntity, toTrustMaterial, Verifier } = await Promise.all(/* import() */[__webpack_require__.e(9654), __webpack_require__.e(4187)]).then(__webpack_require__.bind(__webpack_require__, 54187));
    const root = await loadTrustedRoot(trust.trustedRoot);
    let signer;
    try {
        const bundle = bundleFromJSON(b.json);
        const entity = toSignedEntity(bundle, content ? Buffer.alloc(0) : undefined);
        if (content)
            entity.signature = content;
        const verifier = new Verifier(toTrustMaterial(root), { tlogThreshold: 1, ctlogThreshold: 1, timestampThreshold: 1 });
        signer = verifier.verify(entity, { extensions: { issuer: trust.issuer } });
    }
    catch (e) {
        const err = e;
        const what = err.code === 'UNTRUSTED_SIGNER_ERROR' ? `the signer's issuer is not ${trust.issuer}` : `${err.code ? `${err.code}: ` : ''}${err.message}`;
        throw new bundle/* SignatureError */.VA(`${where}: keyless verification failed (${what})`, { cause: e });
    }
    const san = signer.identity?.subjectAlternativeName;
    if (san !== trust.identity)
        throw new bundle/* SignatureError */.VA(`${where}: signed by "${san ?? '(no identity)'}", not by the expected identity "${trust.identity}"`);
    const tlog = b.json.verificationMaterial.tlogEntries;
    const t = tlog?.find((e) => e.integratedTime && e.integratedTime !== '0')?.integratedTime;
    return {
        method: 'sigstore',
        signer: san,
        identity: san,
        issuer: trust.issuer,
        payload: b.envelope?.payload ?? Buffer.alloc(0),
        payloadType: b.envelope?.payloadType ?? '',
        signedAt: t ? new Date(Number(t) * 1000).toISOString() : null
    };
}
/** Verifies who signed the bundle and that the signature covers its payload; throws a SignatureError otherwise. */
async function verifySigner(b, where, trust) {
    switch (b.material.kind) {
        case 'key':
            return verifyWithKey(b, where, trust);
        case 'certificate':
            return verifyWithCertificate(b, where, trust);
        case 'sigstore':
            needEnvelope(b, where);
            return verifyKeyless(b, where, trust);
    }
}



/***/ }),

/***/ 93866:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   By: () => (/* binding */ parseStatement),
/* harmony export */   T2: () => (/* binding */ HASH_TYPES),
/* harmony export */   To: () => (/* binding */ PREDICATE_TYPE),
/* harmony export */   zG: () => (/* binding */ STATEMENT_TYPE)
/* harmony export */ });
/* unused harmony export PREDICATE_TYPE_LEGACY */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9691);
/* harmony import */ var _bundle_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(90027);
/**
 * The signed payload of a model signature: an in-toto Statement v1 whose predicate lists every
 * file (or file shard) of the model with its digest (OpenSSF Model Signing predicate v1.0), or the
 * legacy v0.2 form with one subject per file.
 *
 * Resource names are POSIX paths relative to the model folder ("." for a single-file model);
 * shards are named `path:start:end`. The one subject's sha256 is the root digest: SHA-256 over the
 * raw resource digests in the order listed, checked here.
 */



const STATEMENT_TYPE = 'https://in-toto.io/Statement/v1';
const PREDICATE_TYPE = 'https://model_signing/signature/v1.0';
const PREDICATE_TYPE_LEGACY = 'https://model_signing/Digests/v0.1';
/** Hash families of the serialization and the digest algorithm we run for each. */
const HASH_TYPES = { sha256: 'sha256', blake2: 'blake2b512', blake2b: 'blake2b512', blake3: 'blake3' };
const HEX = /^[0-9a-f]+$/i;
const statementSchema = zod__WEBPACK_IMPORTED_MODULE_2__/* .looseObject */ ._H3({
    _type: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(),
    subject: zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_2__/* .looseObject */ ._H3({ name: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(), digest: zod__WEBPACK_IMPORTED_MODULE_2__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP()) })).min(1),
    predicateType: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(),
    predicate: zod__WEBPACK_IMPORTED_MODULE_2__/* .unknown */ .L5J()
});
const predicateSchema = zod__WEBPACK_IMPORTED_MODULE_2__/* .looseObject */ ._H3({
    serialization: zod__WEBPACK_IMPORTED_MODULE_2__/* .looseObject */ ._H3({
        method: zod__WEBPACK_IMPORTED_MODULE_2__/* ["enum"] */ .k5n(['files', 'shards']),
        hash_type: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(),
        shard_size: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().int().positive().optional(),
        allow_symlinks: zod__WEBPACK_IMPORTED_MODULE_2__/* .union */ .KCZ([zod__WEBPACK_IMPORTED_MODULE_2__/* .boolean */ .zMY(), zod__WEBPACK_IMPORTED_MODULE_2__/* ["enum"] */ .k5n(['true', 'false', 'True', 'False'])]).optional(),
        ignore_paths: zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP()).optional()
    }),
    resources: zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_2__/* .looseObject */ ._H3({ name: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(), algorithm: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(), digest: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().regex(HEX, 'hex') }))
});
function splitShard(name, where) {
    const parts = name.split(':');
    if (parts.length !== 3 || !/^\d+$/.test(parts[1]) || !/^\d+$/.test(parts[2])) {
        throw new _bundle_js__WEBPACK_IMPORTED_MODULE_1__/* .SignatureError */ .VA(`${where}: shard resource "${name}" is not path:start:end`);
    }
    const start = Number(parts[1]);
    const end = Number(parts[2]);
    if (!(end > start))
        throw new _bundle_js__WEBPACK_IMPORTED_MODULE_1__/* .SignatureError */ .VA(`${where}: shard resource "${name}" ends before it starts`);
    return { path: parts[0], start, end };
}
/** Parses and checks a DSSE payload; throws a SignatureError naming `where` and the fault. */
function parseStatement(payload, payloadType, where) {
    if (payloadType !== 'application/vnd.in-toto+json') {
        throw new _bundle_js__WEBPACK_IMPORTED_MODULE_1__/* .SignatureError */ .VA(`${where}: the signed payload is "${payloadType}", not an in-toto statement (application/vnd.in-toto+json)`);
    }
    let json;
    try {
        json = JSON.parse(payload.toString('utf8'));
    }
    catch (e) {
        throw new _bundle_js__WEBPACK_IMPORTED_MODULE_1__/* .SignatureError */ .VA(`${where}: the signed payload is not JSON (${e.message})`, { cause: e });
    }
    const s = statementSchema.safeParse(json);
    if (!s.success) {
        const i = s.error.issues[0];
        throw new _bundle_js__WEBPACK_IMPORTED_MODULE_1__/* .SignatureError */ .VA(`${where}: the signed payload is not an in-toto statement: ${i.path.join('.') || '(top level)'}: ${i.message}`);
    }
    const st = s.data;
    if (st._type !== STATEMENT_TYPE)
        throw new _bundle_js__WEBPACK_IMPORTED_MODULE_1__/* .SignatureError */ .VA(`${where}: the statement's _type is "${st._type}", expected ${STATEMENT_TYPE}`);
    if (st.predicateType === PREDICATE_TYPE_LEGACY) {
        // model_signing 0.2: one subject per file, sha256 only, no root digest, no serialization record.
        const items = st.subject.map((sub) => {
            const d = sub.digest.sha256;
            if (!d || !HEX.test(d))
                throw new _bundle_js__WEBPACK_IMPORTED_MODULE_1__/* .SignatureError */ .VA(`${where}: legacy subject "${sub.name}" has no sha256 digest`);
            return { name: sub.name, path: sub.name, start: null, end: null, algorithm: 'sha256', digest: d.toLowerCase() };
        });
        return { modelName: '', serialization: { method: 'files', hashType: 'sha256', shardSize: null, allowSymlinks: false, ignorePaths: [] }, items, rootDigest: null, predicateType: st.predicateType };
    }
    if (st.predicateType !== PREDICATE_TYPE) {
        throw new _bundle_js__WEBPACK_IMPORTED_MODULE_1__/* .SignatureError */ .VA(`${where}: predicate type "${st.predicateType}" is not a model signature (${PREDICATE_TYPE})`);
    }
    if (st.subject.length !== 1)
        throw new _bundle_js__WEBPACK_IMPORTED_MODULE_1__/* .SignatureError */ .VA(`${where}: a model signature has one subject, found ${st.subject.length}`);
    const p = predicateSchema.safeParse(st.predicate);
    if (!p.success) {
        const i = p.error.issues[0];
        throw new _bundle_js__WEBPACK_IMPORTED_MODULE_1__/* .SignatureError */ .VA(`${where}: the model-signature predicate is malformed: predicate.${i.path.join('.')}: ${i.message}`);
    }
    const ser = p.data.serialization;
    if (!(ser.hash_type in HASH_TYPES)) {
        throw new _bundle_js__WEBPACK_IMPORTED_MODULE_1__/* .SignatureError */ .VA(`${where}: hash type "${ser.hash_type}" is not supported (sha256, blake2, blake3)`);
    }
    if (ser.method === 'shards' && !ser.shard_size)
        throw new _bundle_js__WEBPACK_IMPORTED_MODULE_1__/* .SignatureError */ .VA(`${where}: sharded serialization without shard_size`);
    const serialization = {
        method: ser.method,
        hashType: ser.hash_type,
        shardSize: ser.method === 'shards' ? ser.shard_size : null,
        allowSymlinks: ser.allow_symlinks === true || ser.allow_symlinks === 'true' || ser.allow_symlinks === 'True',
        ignorePaths: ser.ignore_paths ?? []
    };
    const root = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256');
    const seen = new Set();
    const items = p.data.resources.map((r) => {
        if (seen.has(r.name))
            throw new _bundle_js__WEBPACK_IMPORTED_MODULE_1__/* .SignatureError */ .VA(`${where}: resource "${r.name}" is listed twice`);
        seen.add(r.name);
        root.update(Buffer.from(r.digest, 'hex'));
        if (serialization.method === 'shards')
            return { name: r.name, ...splitShard(r.name, where), algorithm: r.algorithm, digest: r.digest.toLowerCase() };
        return { name: r.name, path: r.name, start: null, end: null, algorithm: r.algorithm, digest: r.digest.toLowerCase() };
    });
    const subject = st.subject[0];
    const want = subject.digest.sha256?.toLowerCase();
    const got = root.digest('hex');
    if (want !== got) {
        throw new _bundle_js__WEBPACK_IMPORTED_MODULE_1__/* .SignatureError */ .VA(`${where}: the statement is inconsistent: its subject's root digest is ${want ?? '(none)'} but the listed resources hash to ${got}`);
    }
    return { modelName: subject.name, serialization, items, rootDigest: got, predicateType: st.predicateType };
}


/***/ })

};
