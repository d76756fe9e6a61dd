export const id = 808;
export const ids = [808];
export const modules = {

/***/ 5645:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  dataGate: () => (/* binding */ dataGate),
  runDataGate: () => (/* binding */ runDataGate)
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
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
;// CONCATENATED MODULE: ./src/scanners/dvc.ts
/**
 * DVC provenance: the md5 that `.dvc` files and `dvc.lock` outs record, recomputed the way DVC
 * computes it, and compared.
 *
 * - DVC 3 outs carry `hash: md5`: the md5 of the file's bytes.
 * - DVC 2 outs (no `hash` key, still read by DVC 3 as legacy): text files are hashed after CRLF -> LF
 *   ("dos2unix"); a file is text when its first 512 bytes hold no NUL and at most 30% bytes outside
 *   printable ASCII and \n \r \t \f \b (DVC's `istextblock`).
 * - Directory outs (`md5: <hash>.dir`): the manifest is a JSON list of {md5, relpath} kept only in the
 *   DVC cache (`.dvc/cache/files/md5/ab/cdef.dir` for DVC 3, `.dvc/cache/ab/cdef.dir` for DVC 2). When
 *   it is there, its own md5 is checked against the out and every file against its entry; when it is
 *   not, the directory cannot be verified and we say so.
 * - Outs with only `etag`/`checksum` (cloud imports) cannot be verified locally; we say so.
 *
 * MD5 is not collision-resistant: DVC hashes are a consistency check; the data gate's own lock
 * (sha256) is the tamper-evidence.
 */







const MD5 = /^[0-9a-f]{32}$/;
const TEXT_CHARS = new Uint8Array(256);
for (let c = 32; c < 127; c++)
    TEXT_CHARS[c] = 1;
for (const c of [10, 13, 9, 12, 8])
    TEXT_CHARS[c] = 1;
/** DVC's istextblock over the first 512 bytes. */
function isTextBlock(block) {
    if (block.length === 0)
        return true;
    let nontext = 0;
    for (const b of block) {
        if (b === 0)
            return false;
        if (!TEXT_CHARS[b])
            nontext++;
    }
    return nontext / block.length <= 0.3;
}
/** md5 of a file as DVC records it (`legacy`: DVC 2's dos2unix for text files). Never follows a symlink. */
async function dvcMd5(abs, legacy, signal) {
    const st = await (0,promises_.lstat)(abs);
    if (!st.isFile())
        throw new Error(`${external_node_path_default().basename(abs)} is not a regular file`);
    let text = false;
    if (legacy) {
        const fh = await (0,promises_.open)(abs, 'r');
        try {
            const head = Buffer.alloc(512);
            const { bytesRead } = await fh.read(head, 0, 512, 0);
            text = isTextBlock(head.subarray(0, bytesRead));
        }
        finally {
            await fh.close();
        }
    }
    const h = (0,external_node_crypto_.createHash)('md5');
    let pendingCR = false;
    for await (const chunk of (0,external_node_fs_.createReadStream)(abs, { highWaterMark: 1 << 20, signal })) {
        if (!text) {
            h.update(chunk);
            continue;
        }
        let buf = pendingCR ? Buffer.concat([Buffer.from([13]), chunk]) : chunk;
        pendingCR = buf.length > 0 && buf[buf.length - 1] === 13;
        if (pendingCR)
            buf = buf.subarray(0, buf.length - 1);
        h.update(dos2unix(buf));
    }
    if (pendingCR)
        h.update(Buffer.from([13]));
    return { md5: h.digest('hex'), size: st.size };
}
function dos2unix(buf) {
    if (buf.indexOf(13) === -1)
        return buf;
    const out = Buffer.allocUnsafe(buf.length);
    let o = 0;
    for (let i = 0; i < buf.length; i++) {
        if (buf[i] === 13 && i + 1 < buf.length && buf[i + 1] === 10)
            continue;
        out[o++] = buf[i];
    }
    return out.subarray(0, o);
}
function outFrom(raw, baseDir, source, stage) {
    if (!raw || typeof raw !== 'object')
        return null;
    const o = raw;
    if (typeof o.path !== 'string')
        return null;
    const rel = external_node_path_default().posix.normalize(external_node_path_default().posix.join(baseDir, o.path.replace(/\\/g, '/'))).replace(/\/+$/, '');
    const md5raw = typeof o.md5 === 'string' ? o.md5 : null;
    const isDir = !!md5raw && md5raw.endsWith('.dir');
    const md5 = md5raw ? md5raw.replace(/\.dir$/, '') : null;
    const out = {
        source,
        stage,
        path: rel,
        md5: md5 && MD5.test(md5) ? md5 : null,
        size: typeof o.size === 'number' ? o.size : null,
        legacy: o.hash !== 'md5',
        isDir
    };
    if (!out.md5)
        out.unverifiable = md5raw ? `its md5 "${md5raw}" is not an md5` : o.etag || o.checksum ? 'it records only a remote etag/checksum, not an md5 of the content' : 'it records no md5';
    return out;
}
/** Parses a .dvc file or a dvc.lock (YAML). Throws with the file name when it does not parse. */
function parseDvcFile(text, source) {
    const doc = (0,dist/* parseDocument */.Tp)(text);
    if (doc.errors.length)
        throw new Error(`${source}: not valid YAML: ${doc.errors[0].message}`);
    const data = doc.toJS();
    if (!data || typeof data !== 'object')
        throw new Error(`${source}: empty or not a mapping`);
    const baseDir = external_node_path_default().posix.dirname(source) === '.' ? '' : external_node_path_default().posix.dirname(source);
    const outs = [];
    if (external_node_path_default().posix.basename(source) === 'dvc.lock') {
        const stages = data.stages;
        if (!stages || typeof stages !== 'object')
            throw new Error(`${source}: no stages (is this a dvc.lock written by DVC 2 or later?)`);
        for (const [name, st] of Object.entries(stages)) {
            for (const o of Array.isArray(st?.outs) ? st.outs : []) {
                const out = outFrom(o, baseDir, source, name);
                if (out)
                    outs.push(out);
            }
        }
    }
    else {
        if (!Array.isArray(data.outs))
            throw new Error(`${source}: no outs list`);
        for (const o of data.outs) {
            const out = outFrom(o, baseDir, source);
            if (out)
                outs.push(out);
            else
                throw new Error(`${source}: an out without a path`);
        }
    }
    return outs;
}
async function readDvcFile(workspace, c) {
    const abs = external_node_path_default().join(workspace, c);
    let st;
    try {
        st = await (0,promises_.lstat)(abs);
    }
    catch {
        return { outs: [], errors: [] };
    }
    if (st.isSymbolicLink())
        return { outs: [], errors: [`${c} is a symlink; it was not followed`] };
    if (!st.isFile() || st.size > 16 * 1024 * 1024)
        return { outs: [], errors: [] };
    try {
        return { outs: parseDvcFile(await (0,promises_.readFile)(abs, 'utf8'), c), errors: [] };
    }
    catch (e) {
        return { outs: [], errors: [(0,engine_errors/* errorMessage */.gJ)(e)] };
    }
}
async function findDvcOuts(workspace, datasetRel, cache = new Map()) {
    const outs = [];
    const errors = [];
    const candidates = new Set();
    const parts = datasetRel.split('/');
    for (let i = parts.length; i >= 1; i--)
        candidates.add(parts.slice(0, i).join('/') + '.dvc');
    for (let i = parts.length - 1; i >= 0; i--)
        candidates.add([...parts.slice(0, i), 'dvc.lock'].join('/'));
    for (const c of candidates) {
        let read = cache.get(c);
        if (!read) {
            read = readDvcFile(workspace, c);
            cache.set(c, read);
        }
        const r = await read;
        errors.push(...r.errors);
        for (const o of r.outs)
            if (o.path === datasetRel || datasetRel.startsWith(o.path + '/'))
                outs.push(o);
    }
    return { outs, errors };
}
function cachePaths(md5) {
    const a = md5.slice(0, 2);
    const b = md5.slice(2);
    return [`.dvc/cache/files/md5/${a}/${b}.dir`, `.dvc/cache/${a}/${b}.dir`];
}
function mismatchFinding(rel, out, expected, actual, extra = '') {
    return {
        ruleId: 'dvc/hash-mismatch',
        severity: 'critical',
        title: 'Dataset differs from its DVC record',
        message: `${rel} has md5 ${actual}, but ${out.source}${out.stage ? ` (stage ${out.stage})` : ''} records ${expected}${extra}: the data changed since it was recorded. If the change is intended, run \`dvc add\`/\`dvc repro\` and commit the updated ${out.source}.`,
        location: { path: rel, startLine: null },
        fingerprintKey: `dvc/hash-mismatch:${rel}:${actual}`,
        properties: { source: out.source, stage: out.stage ?? null, expected, actual }
    };
}
/**
 * Verifies one out. `target` is the dataset file under check (the out itself, or a file inside a
 * directory out). Unverifiable cases go to `errors` with the reason.
 */
async function verifyDvcOut(workspace, out, target, signal) {
    const findings = [];
    const checks = [];
    const errors = [];
    const base = { source: out.source, stage: out.stage ?? null, dvcVersion: out.legacy ? '2 (md5 after CRLF->LF for text files)' : '3 (md5 of the bytes)' };
    if (!out.md5) {
        errors.push(`${target}: ${out.source} cannot be verified: ${out.unverifiable}`);
        checks.push({ name: 'dvc', target, outcome: 'error', details: { ...base, reason: out.unverifiable } });
        return { findings, checks, errors };
    }
    if (!out.isDir) {
        try {
            const r = await dvcMd5(external_node_path_default().join(workspace, out.path), out.legacy, signal);
            if (r.md5 !== out.md5) {
                findings.push(mismatchFinding(out.path, out, out.md5, r.md5, out.size !== null && out.size !== r.size ? ` (size ${r.size}, recorded ${out.size})` : ''));
                checks.push({ name: 'dvc', target: out.path, outcome: 'fail', details: { ...base, expected: out.md5, actual: r.md5, size: r.size } });
            }
            else
                checks.push({ name: 'dvc', target: out.path, outcome: 'pass', details: { ...base, expected: out.md5, actual: r.md5, size: r.size } });
        }
        catch (e) {
            errors.push(`${out.path}: could not be hashed for ${out.source}: ${(0,engine_errors/* errorMessage */.gJ)(e)}`);
            checks.push({ name: 'dvc', target: out.path, outcome: 'error', details: { ...base, reason: (0,engine_errors/* errorMessage */.gJ)(e) } });
        }
        return { findings, checks, errors };
    }
    // Directory out: the manifest must come from the cache.
    let manifestText = null;
    let manifestPath = '';
    for (const c of cachePaths(out.md5)) {
        try {
            const st = await (0,promises_.lstat)(external_node_path_default().join(workspace, c));
            if (!st.isFile())
                continue;
            manifestText = await (0,promises_.readFile)(external_node_path_default().join(workspace, c));
            manifestPath = c;
            break;
        }
        catch {
            /* not there */
        }
    }
    if (!manifestText) {
        const reason = `the directory manifest ${out.md5}.dir is not in the DVC cache (.dvc/cache), so the files of ${out.path} cannot be verified; run \`dvc fetch\` in the job before the gate (or verify with the data lock instead)`;
        errors.push(`${target}: ${out.source}: ${reason}`);
        checks.push({ name: 'dvc', target, outcome: 'error', details: { ...base, reason } });
        return { findings, checks, errors };
    }
    const manifestMd5 = (0,external_node_crypto_.createHash)('md5').update(manifestText).digest('hex');
    if (manifestMd5 !== out.md5) {
        findings.push({
            ruleId: 'dvc/manifest-mismatch',
            severity: 'critical',
            title: 'DVC cache manifest altered',
            message: `${manifestPath} hashes to ${manifestMd5}, not ${out.md5} as ${out.source} records: the cached directory manifest was altered, so ${out.path} cannot be trusted.`,
            location: { path: out.source, startLine: null },
            fingerprintKey: `dvc/manifest-mismatch:${out.source}:${manifestMd5}`
        });
        checks.push({ name: 'dvc', target, outcome: 'fail', details: { ...base, manifest: manifestPath, expected: out.md5, actual: manifestMd5 } });
        return { findings, checks, errors };
    }
    let entries;
    try {
        const parsed = JSON.parse(manifestText.toString('utf8'));
        if (!Array.isArray(parsed))
            throw new Error('not a list');
        entries = parsed.map((e) => {
            if (typeof e?.md5 !== 'string' || typeof e?.relpath !== 'string')
                throw new Error('an entry without md5/relpath');
            return { md5: e.md5, relpath: e.relpath };
        });
    }
    catch (e) {
        errors.push(`${manifestPath}: not a DVC directory manifest: ${(0,engine_errors/* errorMessage */.gJ)(e)}`);
        checks.push({ name: 'dvc', target, outcome: 'error', details: { ...base, manifest: manifestPath } });
        return { findings, checks, errors };
    }
    const listed = new Map(entries.map((e) => [e.relpath, e.md5]));
    const walked = await (0,paths.walkFiles)(workspace, { include: [out.path] });
    const present = new Set();
    for (const f of walked.files) {
        const relpath = f.slice(out.path.length + 1);
        present.add(relpath);
        const expected = listed.get(relpath);
        if (!expected) {
            findings.push({
                ruleId: 'dvc/unlisted-file',
                severity: 'high',
                title: 'File not in the DVC directory manifest',
                message: `${f} is inside ${out.path}, which ${out.source} tracks, but is not in its manifest ${out.md5}.dir: it was added after the data was recorded.`,
                location: { path: f, startLine: null },
                fingerprintKey: `dvc/unlisted-file:${f}`
            });
            checks.push({ name: 'dvc', target: f, outcome: 'fail', details: { ...base, expected: null } });
            continue;
        }
        try {
            const r = await dvcMd5(external_node_path_default().join(workspace, f), out.legacy, signal);
            if (r.md5 !== expected) {
                findings.push(mismatchFinding(f, out, expected, r.md5, ` in the manifest ${out.md5}.dir`));
                checks.push({ name: 'dvc', target: f, outcome: 'fail', details: { ...base, expected, actual: r.md5 } });
            }
            else
                checks.push({ name: 'dvc', target: f, outcome: 'pass', details: { ...base, expected, actual: r.md5 } });
        }
        catch (e) {
            errors.push(`${f}: could not be hashed for ${out.source}: ${(0,engine_errors/* errorMessage */.gJ)(e)}`);
            checks.push({ name: 'dvc', target: f, outcome: 'error', details: { ...base, reason: (0,engine_errors/* errorMessage */.gJ)(e) } });
        }
    }
    for (const s of walked.symlinks)
        errors.push(`${s} is a symlink inside ${out.path}; it was not followed, so it cannot be verified against ${out.source}`);
    for (const [relpath, md5] of listed) {
        if (present.has(relpath))
            continue;
        const f = `${out.path}/${relpath}`;
        findings.push({
            ruleId: 'dvc/missing-file',
            severity: 'high',
            title: 'File of a DVC directory missing',
            message: `${f} is in the manifest ${out.md5}.dir of ${out.source} (md5 ${md5}) but not in the workspace.`,
            location: { path: f, startLine: null },
            fingerprintKey: `dvc/missing-file:${f}`
        });
        checks.push({ name: 'dvc', target: f, outcome: 'fail', details: { ...base, expected: md5, actual: null } });
    }
    return { findings, checks, errors };
}

// EXTERNAL MODULE: ./src/scanners/lock.ts
var lock = __webpack_require__(7388);
// EXTERNAL MODULE: ./src/scanners/tabular/index.ts + 5 modules
var tabular = __webpack_require__(6730);
;// CONCATENATED MODULE: ./src/scanners/stats/special.ts
/**
 * Special functions for the statistical tests: log-gamma, the regularised incomplete gamma
 * functions (for chi-square p-values) and the normal tail. Double precision throughout; accuracy is
 * about 1e-14 relative, far inside the 1e-6 the gate promises for p-values.
 */
const LANCZOS_G = 7;
const LANCZOS = [
    0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059, 12.507343278686905,
    -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7
];
const HALF_LOG_2PI = 0.5 * Math.log(2 * Math.PI);
/** log(Gamma(x)) for x > 0 (Lanczos for small x, Stirling's series for large x). */
function lgamma(x) {
    if (!(x > 0))
        return Number.NaN;
    if (x >= 10) {
        // Stirling series with Bernoulli terms: error < 1e-16 relative for x >= 10.
        const r = 1 / x;
        const r2 = r * r;
        const series = r * (1 / 12 - r2 * (1 / 360 - r2 * (1 / 1260 - r2 * (1 / 1680 - r2 * (1 / 1188)))));
        return (x - 0.5) * Math.log(x) - x + HALF_LOG_2PI + series;
    }
    if (x < 0.5) {
        // Reflection keeps the Lanczos sum in its accurate range.
        return Math.log(Math.PI / Math.abs(Math.sin(Math.PI * x))) - lgamma(1 - x);
    }
    const z = x - 1;
    let a = LANCZOS[0];
    const t = z + LANCZOS_G + 0.5;
    for (let i = 1; i < LANCZOS.length; i++)
        a += LANCZOS[i] / (z + i);
    return HALF_LOG_2PI + (z + 0.5) * Math.log(t) - t + Math.log(a);
}
const EPS = 1e-16;
const TINY = 1e-300;
/** Series for P(a, x), valid for x < a + 1. */
function gammaPSeries(a, x) {
    let sum = 1 / a;
    let term = sum;
    let ap = a;
    for (let n = 0; n < 100000; n++) {
        ap += 1;
        term *= x / ap;
        sum += term;
        if (Math.abs(term) < Math.abs(sum) * EPS)
            break;
    }
    return sum * Math.exp(-x + a * Math.log(x) - lgamma(a));
}
/** Continued fraction (modified Lentz) for Q(a, x), valid for x >= a + 1. */
function gammaQContinuedFraction(a, x) {
    let b = x + 1 - a;
    let c = 1 / TINY;
    let d = 1 / b;
    let h = d;
    for (let i = 1; i < 100000; i++) {
        const an = -i * (i - a);
        b += 2;
        d = an * d + b;
        if (Math.abs(d) < TINY)
            d = TINY;
        c = b + an / c;
        if (Math.abs(c) < TINY)
            c = TINY;
        d = 1 / d;
        const del = d * c;
        h *= del;
        if (Math.abs(del - 1) < EPS)
            break;
    }
    return Math.exp(-x + a * Math.log(x) - lgamma(a)) * h;
}
/** Regularised lower incomplete gamma P(a, x). */
function gammainc(a, x) {
    if (!(a > 0) || Number.isNaN(x) || x < 0)
        return Number.NaN;
    if (x === 0)
        return 0;
    if (x === Infinity)
        return 1;
    return x < a + 1 ? gammaPSeries(a, x) : 1 - gammaQContinuedFraction(a, x);
}
/** Regularised upper incomplete gamma Q(a, x) = 1 - P(a, x), computed without cancellation. */
function gammaincc(a, x) {
    if (!(a > 0) || Number.isNaN(x) || x < 0)
        return Number.NaN;
    if (x === 0)
        return 1;
    if (x === Infinity)
        return 0;
    return x < a + 1 ? 1 - gammaPSeries(a, x) : gammaQContinuedFraction(a, x);
}
/** Survival function of the chi-square distribution with `dof` degrees of freedom (scipy.stats.chi2.sf). */
function chi2Sf(x, dof) {
    if (x <= 0)
        return 1;
    return gammaincc(dof / 2, x / 2);
}
/** Two-sided normal tail probability P(|Z| >= |z|) = erfc(|z| / sqrt 2). */
function normalTwoSided(z) {
    if (Number.isNaN(z))
        return Number.NaN;
    const a = Math.abs(z);
    if (a === 0)
        return 1;
    if (a === Infinity)
        return 0;
    return gammaincc(0.5, (a * a) / 2);
}

;// CONCATENATED MODULE: ./src/scanners/stats/kolmogorov.ts
/**
 * The two-sided one-sample Kolmogorov distribution, survival function Pr(D_n >= x): what
 * scipy.stats.kstwo.sf(x, n) returns, and what scipy.stats.ks_2samp uses in its asymptotic mode
 * (with n = round(m*n/(m+n))). The method selection follows Simard & L'Ecuyer (2011) exactly as
 * scipy 1.10's `_ksstats._kolmogn` does: Ruben-Gambino closed forms at the ends, the Durbin matrix
 * (Marsaglia-Tsang-Wang), the Pomeranz recursion, the Pelz-Good expansion and 2 * smirnov.
 */

const E128 = 128;
const EP128 = 2 ** 128;
const EM128 = 2 ** -128;
const LOG_2PI = Math.log(2 * Math.PI);
const MIN_LOG = -708;
const SQRT2PI = Math.sqrt(2 * Math.PI);
const SQRT3 = Math.sqrt(3);
const PI2 = Math.PI ** 2;
const PI4 = Math.PI ** 4;
const PI6 = Math.PI ** 6;
// scipy's Stirling coefficients B_2j / (2j (2j-1)), j = 8..1, at double precision.
const STIRLING = [
    -0.029550653594771242, 0.00641025641025641, -0.0019175269175269176, 0.0008417508417508417, -0.0005952380952380953, 0.0007936507936507937,
    -0.002777777777777778, 0.08333333333333333
];
const clip = (p) => (p < 0 ? 0 : p > 1 ? 1 : p);
function logNFactorialDivNPowN(n) {
    const rn = 1 / n;
    const y = rn / n;
    let poly = 0;
    for (const c of STIRLING)
        poly = poly * y + c;
    return Math.log(n) / 2 - n + LOG_2PI / 2 + rn * poly;
}
/**
 * One-sided Smirnov survival function Pr(D_n^+ >= x), by the Birnbaum-Tingey / Smirnov sum
 * x * sum_{j=0}^{floor(n(1-x))} C(n,j) (x+j/n)^(j-1) (1-x-j/n)^(n-j), every term positive and
 * evaluated in log space (no overflow for large n, no cancellation).
 */
function smirnov(n, x) {
    if (!(n > 0) || Number.isNaN(x))
        return Number.NaN;
    if (x >= 1)
        return 0;
    if (x <= 0)
        return 1;
    const last = Math.floor(n * (1 - x));
    let logC = 0; // log C(n, j)
    let sum = 0;
    const logX = Math.log(x);
    let prev = -Infinity;
    for (let j = 0; j <= last; j++) {
        if (j > 0)
            logC += Math.log((n - j + 1) / j);
        const evn = x + j / n;
        const omevn = 1 - evn;
        let t;
        if (n - j === 0)
            t = logC + (j - 1) * Math.log(evn);
        else if (omevn <= 0)
            continue;
        else
            t = logC + (j - 1) * Math.log(evn) + (n - j) * Math.log(omevn);
        t += logX;
        if (t > MIN_LOG)
            sum += Math.exp(t);
        // The terms are unimodal in j: once past the peak and below 1e-20 of the sum, the rest
        // (at most n of them, each smaller) cannot move the result by more than n * 1e-20.
        if (t < prev && sum > 0 && t < Math.log(sum) - 46)
            break;
        prev = t;
    }
    return clip(sum);
}
function matmul(a, b, m) {
    const out = new Float64Array(m * m);
    for (let i = 0; i < m; i++) {
        for (let k = 0; k < m; k++) {
            const aik = a[i * m + k];
            if (aik === 0)
                continue;
            const row = k * m;
            const o = i * m;
            for (let j = 0; j < m; j++)
                out[o + j] += aik * b[row + j];
        }
    }
    return out;
}
/** Pr(D_n <= d) by the Durbin matrix algorithm as Marsaglia, Tsang and Wang evaluate it. */
function kolmognDMTW(n, d) {
    if (d >= 1)
        return 1;
    const nd = n * d;
    if (nd <= 0.5)
        return 0;
    const k = Math.ceil(nd);
    const h = k - nd;
    const m = 2 * k - 1;
    let H = new Float64Array(m * m);
    const v = new Float64Array(m);
    const w = new Float64Array(m);
    let fac = 1;
    for (let j = 1; j <= m; j++) {
        v[j - 1] = 1 - h ** j;
        w[j - 1] = fac;
        fac /= j;
        v[j - 1] *= fac;
    }
    const tt = Math.max(2 * h - 1, 0) ** m - 2 * h ** m;
    v[m - 1] = (1 + tt) * fac;
    for (let i = 1; i < m; i++) {
        for (let r = i - 1; r < m; r++)
            H[r * m + i] = w[r - (i - 1)];
    }
    for (let r = 0; r < m; r++)
        H[r * m] = v[r];
    for (let c = 0; c < m; c++)
        H[(m - 1) * m + c] = v[m - 1 - c];
    let Hpwr = new Float64Array(m * m);
    for (let i = 0; i < m; i++)
        Hpwr[i * m + i] = 1;
    let nn = n;
    let expnt = 0;
    let Hexpnt = 0;
    while (nn > 0) {
        if (nn % 2) {
            Hpwr = matmul(Hpwr, H, m);
            expnt += Hexpnt;
        }
        H = matmul(H, H, m);
        Hexpnt *= 2;
        if (Math.abs(H[(k - 1) * m + (k - 1)]) > EP128) {
            for (let i = 0; i < H.length; i++)
                H[i] /= EP128;
            Hexpnt += E128;
        }
        nn = Math.floor(nn / 2);
    }
    let p = Hpwr[(k - 1) * m + (k - 1)];
    for (let i = 1; i <= n; i++) {
        p = (i * p) / n;
        if (Math.abs(p) < EM128) {
            p *= EP128;
            expnt -= E128;
        }
    }
    if (expnt !== 0)
        p = p * 2 ** expnt;
    return clip(p);
}
function pomeranzJ1J2(i, n, ll, ceilf, roundf) {
    let j1;
    let j2;
    if (i === 0) {
        j1 = -ll - ceilf - 1;
        j2 = ll + ceilf - 1;
    }
    else {
        const ip1div2 = Math.floor((i + 1) / 2);
        const ip1mod2 = (i + 1) % 2;
        if (ip1mod2 === 0) {
            if (ip1div2 === n + 1) {
                j1 = n - ll - ceilf - 1;
                j2 = n + ll + ceilf - 1;
            }
            else {
                j1 = ip1div2 - 1 - ll - roundf - 1;
                j2 = ip1div2 + ll - 1 + ceilf - 1;
            }
        }
        else {
            j1 = ip1div2 - 1 - ll - 1;
            j2 = ip1div2 + ll + roundf - 1;
        }
    }
    return [Math.max(j1 + 2, 0), Math.min(j2, n)];
}
/** Pr(D_n <= x) by the Pomeranz (1974) recursion. */
function kolmognPomeranz(n, x) {
    const t = n * x;
    const ll = Math.floor(t);
    const f = t - ll;
    const g = Math.min(f, 1 - f);
    const ceilf = f > 0 ? 1 : 0;
    const roundf = f > 0.5 ? 1 : 0;
    const npwrs = 2 * (ll + 1);
    const gpower = new Float64Array(npwrs);
    const twogpower = new Float64Array(npwrs);
    const onem2gpower = new Float64Array(npwrs);
    gpower[0] = twogpower[0] = onem2gpower[0] = 1;
    let expnt = 0;
    const gOverN = g / n;
    const twoGOverN = (2 * g) / n;
    const oneMinus = (1 - 2 * g) / n;
    for (let m = 1; m < npwrs; m++) {
        gpower[m] = (gpower[m - 1] * gOverN) / m;
        twogpower[m] = (twogpower[m - 1] * twoGOverN) / m;
        onem2gpower[m] = (onem2gpower[m - 1] * oneMinus) / m;
    }
    let V0 = new Float64Array(npwrs);
    let V1 = new Float64Array(npwrs);
    V1[0] = 1;
    let V0s = 0;
    let V1s = 0;
    let [j1] = pomeranzJ1J2(0, n, ll, ceilf, roundf);
    let j2;
    for (let i = 1; i < 2 * n + 2; i++) {
        const k1 = j1;
        [V0, V1] = [V1, V0];
        [V0s, V1s] = [V1s, V0s];
        V1.fill(0);
        [j1, j2] = pomeranzJ1J2(i, n, ll, ceilf, roundf);
        const pwrs = i === 1 || i === 2 * n + 1 ? gpower : i % 2 ? twogpower : onem2gpower;
        const ln2 = j2 - k1 + 1;
        if (ln2 > 0) {
            const convStart = j1 - k1;
            const convLen = j2 - j1 + 1;
            const base = k1 - V0s;
            let max = 0;
            for (let c = 0; c < convLen; c++) {
                const idx = convStart + c;
                // (V0[base .. base+ln2) * pwrs[0..ln2))[idx]
                let s = 0;
                const lo = Math.max(0, idx - (ln2 - 1));
                const hi = Math.min(idx, ln2 - 1);
                for (let a = lo; a <= hi; a++)
                    s += V0[base + a] * pwrs[idx - a];
                V1[c] = s;
                if (s > max)
                    max = s;
            }
            if (max > 0 && max < EM128) {
                for (let c = 0; c < V1.length; c++)
                    V1[c] *= EP128;
                expnt -= E128;
            }
            V1s = V0s + j1 - k1;
        }
    }
    let ans = V1[n - V1s];
    for (let m = 1; m <= n; m++) {
        if (Math.abs(ans) > EP128) {
            ans *= EM128;
            expnt += E128;
        }
        ans *= m;
    }
    if (expnt !== 0)
        ans = ans * 2 ** expnt;
    return clip(ans);
}
/** Pelz-Good approximation to Pr(D_n <= x). */
function kolmognPelzGood(n, x) {
    if (x <= 0)
        return 0;
    if (x >= 1)
        return 1;
    const z = Math.sqrt(n) * x;
    const z2 = z ** 2;
    const z3 = z ** 3;
    const z4 = z ** 4;
    const z6 = z ** 6;
    const qlog = -PI2 / 8 / z2;
    if (qlog < MIN_LOG)
        return 0;
    let q = Math.exp(qlog);
    const k1a = -z2;
    const k1b = PI2 / 4;
    const k2a = 6 * z6 + 2 * z4;
    const k2b = ((2 * z4 - 5 * z2) * PI2) / 4;
    const k2c = (PI4 * (1 - 2 * z2)) / 16;
    const k3d = (PI6 * (5 - 30 * z2)) / 64;
    const k3c = (PI4 * (-60 * z2 + 212 * z4)) / 16;
    const k3b = (PI2 * (135 * z4 - 96 * z6)) / 4;
    const k3a = -30 * z6 - 90 * z ** 8;
    const K = [0, 0, 0, 0];
    const maxk = Math.ceil((16 * z) / Math.PI);
    for (let k = maxk; k > 0; k--) {
        const m = 2 * k - 1;
        const m2 = m ** 2;
        const m4 = m ** 4;
        const m6 = m ** 6;
        const qp = q ** (8 * k);
        const coeffs = [1, k1a + k1b * m2, k2a + k2b * m2 + k2c * m4, k3a + k3b * m2 + k3c * m4 + k3d * m6];
        for (let i = 0; i < 4; i++)
            K[i] = K[i] * qp + coeffs[i];
    }
    const div = [z, 6 * z4, 72 * z ** 7, 6480 * z ** 10];
    for (let i = 0; i < 4; i++)
        K[i] = (K[i] * q * SQRT2PI) / div[i];
    q = Math.exp(-PI2 / 2 / z2);
    const sqrt3z = SQRT3 * z;
    let k2extra = 0;
    let k3extra = 0;
    for (let k = maxk; k > 0; k--) {
        const ksq = k * k;
        const qp = q ** ksq;
        const kspi = Math.PI * k;
        k2extra += ksq * qp;
        k3extra += (sqrt3z + kspi) * (sqrt3z - kspi) * ksq * qp;
    }
    K[2] += k2extra * ((PI2 * SQRT2PI) / (-36 * z3));
    K[3] += k3extra * ((PI2 * SQRT2PI) / (216 * z6));
    let sum = 0;
    for (let i = 0; i < 4; i++)
        sum += K[i] / (n * 1.0) ** (i / 2);
    return sum;
}
/**
 * Survival function Pr(D_n >= x) of the two-sided one-sample Kolmogorov-Smirnov statistic
 * (scipy.stats.kstwo.sf(x, n)), with scipy's method selection.
 */
function kolmognSf(n, x) {
    if (!Number.isInteger(n) || n <= 0)
        return Number.NaN;
    if (Number.isNaN(x))
        return Number.NaN;
    if (x >= 1)
        return 0;
    if (x <= 0)
        return 1;
    const t = n * x;
    if (t <= 1) {
        if (t <= 0.5)
            return 1;
        let prob;
        if (n <= 140) {
            prob = 1;
            for (let i = 1; i <= n; i++)
                prob *= i * (1 / n) * (2 * t - 1);
        }
        else {
            prob = Math.exp(logNFactorialDivNPowN(n) + n * Math.log(2 * t - 1));
        }
        return clip(1 - prob);
    }
    if (t >= n - 1)
        return clip(2 * (1 - x) ** n);
    if (x >= 0.5)
        return clip(2 * smirnov(n, x));
    const nxsquared = t * x;
    if (n <= 140) {
        if (nxsquared <= 0.754693)
            return clip(1 - kolmognDMTW(n, x));
        if (nxsquared <= 4)
            return clip(1 - kolmognPomeranz(n, x));
        return clip(2 * smirnov(n, x));
    }
    if (nxsquared >= 370)
        return 0;
    if (nxsquared >= 2.2)
        return clip(2 * smirnov(n, x));
    let cdf;
    if (nxsquared >= 18)
        cdf = 1;
    else if (n <= 100000 && n * x ** 1.5 <= 1.4)
        cdf = kolmognDMTW(n, x);
    else
        cdf = kolmognPelzGood(n, x);
    return clip(1 - cdf);
}


;// CONCATENATED MODULE: ./src/scanners/stats/sort.ts
/**
 * Sorting Float64Array columns in ascending numeric order, the same result as
 * Float64Array.prototype.sort() with no comparator (-0 before +0), several times faster on the
 * columns of a dataset:
 *
 * - values written as decimals with at most 9 places (every x equal to m / 10^k for one k, |m| <
 *   2^31: integers, prices, measurements to 4 places) are sorted by their integers m, by counting
 *   when their range is small, else by an LSD radix sort, and rebuilt as m / 10^k, which gives back
 *   exactly the same doubles (that is checked for every value before it is relied on);
 * - other values by an LSD radix sort over the IEEE-754 bits (four 16-bit digits; a digit every
 *   value shares is skipped).
 *
 * Arrays holding NaN, and short ones, use the built-in sort.
 */
const RADIX_MIN = 4096;
const B = 65536;
const LITTLE = new Uint8Array(new Float64Array([1]).buffer)[7] === 0x3f;
/** One stable counting pass: keys `srcK` (with their other halves `srcO`) by the 16 bits at `shift`. */
function scatter(srcK, srcO, dstK, dstO, shift, hist, pos) {
    const n = srcK.length;
    let sum = 0;
    for (let b = 0; b < B; b++) {
        pos[b] = sum;
        sum += hist[b];
    }
    for (let i = 0; i < n; i++) {
        const k = srcK[i];
        const p = pos[(k >>> shift) & 0xffff]++;
        dstK[p] = k;
        dstO[p] = srcO[i];
    }
}
function shared(hist, n) {
    for (let b = 0; b < B; b++) {
        if (hist[b] === n)
            return true;
        if (hist[b] !== 0)
            return false;
    }
    return false;
}
const POW10 = [1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9];
const MAX_PLACES = 9;
const INT_MAX = 2147483647;
/** The fewest decimal places k with x === round(x * 10^k) / 10^k and the integer within 32 bits, or -1. */
function placesOf(x) {
    for (let k = 0; k <= MAX_PLACES; k++) {
        const m = Math.round(x * POW10[k]);
        if (m > INT_MAX || m < -INT_MAX)
            return -1;
        if (m / POW10[k] === x)
            return k;
    }
    return -1;
}
/**
 * Sorts by decimal integers when every value is m / 10^k: returns false (leaving `a` as it was)
 * when they are not.
 */
function sortDecimal(a) {
    const n = a.length;
    let k = 0;
    let P = 1;
    let min;
    let max;
    let negZeros;
    const keys = new Int32Array(n);
    for (let attempt = 0;; attempt++) {
        if (attempt > MAX_PLACES)
            return false;
        min = INT_MAX;
        max = -INT_MAX;
        negZeros = 0;
        let i = 0;
        for (; i < n; i++) {
            const x = a[i];
            const m = Math.round(x * P);
            if (m > INT_MAX || m < -INT_MAX || m / P !== x)
                break;
            if (m === 0 && 1 / x < 0)
                negZeros++;
            keys[i] = m;
            if (m < min)
                min = m;
            if (m > max)
                max = m;
        }
        if (i === n)
            break;
        const need = placesOf(a[i]);
        if (need <= k)
            return false;
        k = need;
        P = POW10[k];
    }
    const range = max - min;
    if (range <= Math.max(4 * n, 1 << 16)) {
        // Counting sort.
        const counts = new Int32Array(range + 1);
        for (let i = 0; i < n; i++)
            counts[keys[i] - min]++;
        let j = 0;
        for (let v = 0; v <= range; v++) {
            let c = counts[v];
            if (c === 0)
                continue;
            const m = v + min;
            const x = m / P;
            if (m === 0)
                for (; negZeros > 0; negZeros--, c--)
                    a[j++] = -0;
            for (; c > 0; c--)
                a[j++] = x;
        }
        return true;
    }
    // LSD radix sort of the keys (offsets from min), 11 bits a pass.
    let src = new Uint32Array(n);
    for (let i = 0; i < n; i++)
        src[i] = keys[i] - min;
    let dst = new Uint32Array(n);
    const hist = new Uint32Array(2048);
    for (let shift = 0; shift < 32 && range >>> shift > 0; shift += 11) {
        hist.fill(0);
        for (let i = 0; i < n; i++)
            hist[(src[i] >>> shift) & 2047]++;
        let sum = 0;
        for (let b = 0; b < 2048; b++) {
            const c = hist[b];
            hist[b] = sum;
            sum += c;
        }
        for (let i = 0; i < n; i++) {
            const u = src[i];
            dst[hist[(u >>> shift) & 2047]++] = u;
        }
        const t = src;
        src = dst;
        dst = t;
    }
    for (let i = 0; i < n; i++) {
        const m = src[i] + min;
        a[i] = m === 0 && negZeros > 0 ? (negZeros--, -0) : m / P;
    }
    return true;
}
/** Sorts `a` in place (ascending, -0 before +0) and returns it. */
function sort_sortFloat64(a) {
    const n = a.length;
    if (n < RADIX_MIN)
        return a.sort();
    for (let i = 0; i < n; i++) {
        if (a[i] !== a[i])
            return a.sort();
    }
    if (sortDecimal(a))
        return a;
    // Keys: the bits of each double, made to order as unsigned integers (negatives: every bit
    // flipped; positives: the sign bit set).
    const words = new Uint32Array(a.buffer, a.byteOffset, n * 2);
    const L = LITTLE ? 0 : 1;
    const H = 1 - L;
    let lo = new Uint32Array(n);
    let hi = new Uint32Array(n);
    const h0 = new Uint32Array(B);
    const h1 = new Uint32Array(B);
    const h2 = new Uint32Array(B);
    const h3 = new Uint32Array(B);
    for (let i = 0; i < n; i++) {
        let h = words[2 * i + H];
        let l = words[2 * i + L];
        if (h & 0x80000000) {
            h = ~h >>> 0;
            l = ~l >>> 0;
        }
        else
            h = (h | 0x80000000) >>> 0;
        hi[i] = h;
        lo[i] = l;
        h0[l & 0xffff]++;
        h1[l >>> 16]++;
        h2[h & 0xffff]++;
        h3[h >>> 16]++;
    }
    let lo2 = new Uint32Array(n);
    let hi2 = new Uint32Array(n);
    const pos = new Uint32Array(B);
    const hists = [h0, h1, h2, h3];
    for (let d = 0; d < 4; d++) {
        if (shared(hists[d], n))
            continue;
        if (d < 2)
            scatter(lo, hi, lo2, hi2, d * 16, hists[d], pos);
        else
            scatter(hi, lo, hi2, lo2, (d - 2) * 16, hists[d], pos);
        let t = lo;
        lo = lo2;
        lo2 = t;
        t = hi;
        hi = hi2;
        hi2 = t;
    }
    for (let i = 0; i < n; i++) {
        const h = hi[i];
        const l = lo[i];
        if (h & 0x80000000) {
            words[2 * i + H] = (h & 0x7fffffff) >>> 0;
            words[2 * i + L] = l;
        }
        else {
            words[2 * i + H] = ~h >>> 0;
            words[2 * i + L] = ~l >>> 0;
        }
    }
    return a;
}
/** A sorted copy of `values`. */
function sortedCopyOf(values) {
    return sort_sortFloat64(Float64Array.from(values));
}

;// CONCATENATED MODULE: ./src/scanners/stats/ks.ts
/**
 * Two-sample Kolmogorov-Smirnov test, two-sided, reproducing scipy.stats.ks_2samp (scipy 1.10)
 * with method="auto":
 *
 * - the statistic D = max |F1(x) - F2(x)| over the pooled values (ties handled as searchsorted
 *   side="right" does);
 * - "auto" is exact when max(n1, n2) <= 10000, asymptotic otherwise;
 * - exact: D is snapped to h / lcm(n1, n2); for n1 == n2 the alternating sum of
 *   `_compute_prob_outside_square`, otherwise Hodges' inside method with Viehmann's 1 - p
 *   recursion (`_compute_outer_prob_inside_method`); if that fails numerically (p outside [0, 1])
 *   scipy falls back to asymptotic, and so do we;
 * - asymptotic: kstwo.sf(D, round(n1*n2/(n1+n2))), the exact one-sample Kolmogorov distribution at
 *   the effective sample size (see kolmogorov.ts).
 */


const MAX_AUTO_N = 10000;
function gcd(a, b) {
    while (b)
        [a, b] = [b, a % b];
    return a;
}
/** numpy.round: half to even. */
function roundHalfEven(x) {
    const r = Math.round(x);
    return Math.abs(x % 1) === 0.5 && r % 2 !== 0 ? r - 1 : r;
}
/** Pr(D_{n,n} >= h/n), scipy `_compute_prob_outside_square`. */
function probOutsideSquare(n, h) {
    let P = 0;
    let k = Math.floor(n / h);
    while (k >= 0) {
        let p1 = 1;
        for (let j = 0; j < h; j++)
            p1 = ((n - k * h - j) * p1) / (n + k * h + j + 1);
        P = p1 * (1 - P);
        k -= 1;
    }
    return 2 * P;
}
/** Proportion of lattice paths not staying strictly inside |x/m - y/n| < h/lcm: scipy `_compute_outer_prob_inside_method`. */
function outerProbInsideMethod(m0, n0, g, h) {
    let m = m0;
    let n = n0;
    if (m < n)
        [m, n] = [n, m];
    const mg = Math.floor(m / g);
    const ng = Math.floor(n / g);
    let minj = 0;
    let maxj = Math.min(Math.ceil(h / mg), n + 1);
    let curlen = maxj - minj;
    const lenA = Math.min(2 * maxj + 2, n + 1);
    const A = new Float64Array(lenA).fill(1);
    for (let j = minj; j < maxj; j++)
        A[j] = 0;
    for (let i = 1; i <= m; i++) {
        const lastminj = minj;
        const lastlen = curlen;
        minj = Math.max(Math.floor((ng * i - h) / mg) + 1, 0);
        minj = Math.min(minj, n);
        maxj = Math.min(Math.ceil((ng * i + h) / mg), n + 1);
        if (maxj <= minj)
            return 1;
        let val = minj === 0 ? 0 : 1;
        for (let jj = 0; jj < maxj - minj; jj++) {
            const j = jj + minj;
            val = (A[jj + minj - lastminj] * i + val * j) / (i + j);
            A[jj] = val;
        }
        curlen = maxj - minj;
        if (lastlen > curlen) {
            for (let t = maxj - minj; t < maxj - minj + (lastlen - curlen) && t < lenA; t++)
                A[t] = 1;
        }
    }
    return A[maxj - minj - 1];
}
function sortedCopy(x) {
    return sortFloat64(Float64Array.from(x));
}
/**
 * The two-sided statistic over two sorted samples, as scipy computes it (cdf differences evaluated
 * at every pooled value, first maximum wins). Exposed for tests and attribution.
 */
function ksStatisticSorted(a, b) {
    const n1 = a.length;
    const n2 = b.length;
    let maxS = -Infinity;
    let minS = Infinity;
    let locMax = Number.NaN;
    let locMin = Number.NaN;
    // Walk the distinct pooled values in order; at value v, cdf1 = #(a <= v)/n1, cdf2 = #(b <= v)/n2.
    let i = 0;
    let j = 0;
    while (i < n1 || j < n2) {
        const v = j >= n2 || (i < n1 && a[i] <= b[j]) ? a[i] : b[j];
        while (i < n1 && a[i] <= v)
            i++;
        while (j < n2 && b[j] <= v)
            j++;
        const diff = i / n1 - j / n2;
        if (diff > maxS) {
            maxS = diff;
            locMax = v;
        }
        if (diff < minS) {
            minS = diff;
            locMin = v;
        }
    }
    const negMin = Math.min(Math.max(-minS, 0), 1);
    if (negMin > maxS)
        return { d: negMin, location: locMin, sign: -1 };
    return { d: maxS, location: locMax, sign: 1 };
}
function ks2sampSorted(a, b, method = 'auto') {
    const n1 = a.length;
    const n2 = b.length;
    if (n1 === 0 || n2 === 0)
        throw new RangeError('ks_2samp needs two non-empty samples');
    const stat = ksStatisticSorted(a, b);
    let d = stat.d;
    let mode = method === 'auto' ? (Math.max(n1, n2) <= MAX_AUTO_N ? 'exact' : 'asymp') : method;
    if (mode === 'exact' && Math.floor(n1 / gcd(n1, n2)) >= 2147483647 / Math.floor(n2 / gcd(n1, n2)))
        mode = 'asymp';
    let prob = Number.NaN;
    if (mode === 'exact') {
        const g = gcd(n1, n2);
        const lcm = Math.floor(n1 / g) * n2;
        const h = roundHalfEven(d * lcm);
        d = h / lcm;
        if (h === 0)
            prob = 1;
        else
            prob = n1 === n2 ? probOutsideSquare(n1, h) : outerProbInsideMethod(n1, n2, g, h);
        if (!(prob >= 0 && prob <= 1))
            mode = 'asymp';
    }
    if (mode === 'asymp') {
        const [m, n] = n1 >= n2 ? [n1, n2] : [n2, n1];
        const en = (m * n) / (m + n);
        prob = kolmognSf(roundHalfEven(en), d);
    }
    prob = Math.min(Math.max(prob, 0), 1);
    return { statistic: d, pvalue: prob, method: mode, n1, n2, location: stat.location, sign: stat.sign };
}
/** scipy.stats.ks_2samp(x, y) (two-sided). NaN values must be removed by the caller. */
function ks2samp(x, y, method = 'auto') {
    return ks2sampSorted(sortedCopy(x), sortedCopy(y), method);
}

;// CONCATENATED MODULE: ./src/scanners/stats/chi2.ts
/**
 * Chi-square test of homogeneity on a 2 x K table (reference counts vs dataset counts per
 * category), as scipy.stats.chi2_contingency computes it with its defaults: expected counts from the
 * margins, Yates' continuity correction when there is one degree of freedom, p-value from the
 * chi-square survival function (regularised upper incomplete gamma).
 */

/** `observed` is rows x columns; every row and column must have a positive total (drop empty categories first). */
function chi2Contingency(observed, correction = true) {
    const r = observed.length;
    const c = observed[0]?.length ?? 0;
    if (r < 2 || c < 1)
        throw new RangeError('chi2_contingency needs at least 2 rows and 1 column');
    const rowSums = observed.map((row) => row.reduce((s, v) => s + v, 0));
    const colSums = Array.from({ length: c }, (_, j) => observed.reduce((s, row) => s + row[j], 0));
    const total = rowSums.reduce((s, v) => s + v, 0);
    if (rowSums.some((v) => v <= 0) || colSums.some((v) => v <= 0))
        throw new RangeError('chi2_contingency: a row or column sums to zero');
    const dof = (r - 1) * (c - 1);
    const expected = observed.map((_, i) => colSums.map((cs) => (rowSums[i] * cs) / total));
    if (dof === 0)
        return { statistic: 0, pvalue: 1, dof, expected: expected[r - 1] };
    let stat = 0;
    for (let i = 0; i < r; i++) {
        for (let j = 0; j < c; j++) {
            let o = observed[i][j];
            const e = expected[i][j];
            if (dof === 1 && correction) {
                const diff = e - o;
                const direction = Math.sign(diff);
                o = o + Math.min(0.5, Math.abs(diff)) * direction;
            }
            stat += ((o - e) * (o - e)) / e;
        }
    }
    return { statistic: stat, pvalue: chi2Sf(stat, dof), dof, expected: expected[r - 1] };
}

;// CONCATENATED MODULE: ./src/scanners/stats/psi.ts
function psi(reference, dataset, epsilon = 1e-4) {
    const m = [...reference.values()].reduce((s, v) => s + v, 0);
    const n = [...dataset.values()].reduce((s, v) => s + v, 0);
    if (m <= 0 || n <= 0)
        throw new RangeError('psi needs two non-empty samples');
    const cats = new Set([...reference.keys(), ...dataset.keys()]);
    const contributions = [];
    let total = 0;
    for (const cat of cats) {
        const e = Math.max((reference.get(cat) ?? 0) / m, epsilon);
        const a = Math.max((dataset.get(cat) ?? 0) / n, epsilon);
        const contribution = (a - e) * Math.log(a / e);
        total += contribution;
        contributions.push({ category: cat, reference: (reference.get(cat) ?? 0) / m, dataset: (dataset.get(cat) ?? 0) / n, contribution });
    }
    contributions.sort((x, y) => y.contribution - x.contribution);
    return { psi: total, contributions };
}

;// CONCATENATED MODULE: ./src/scanners/stats/robust.ts
/**
 * Order statistics and robust outlier rules.
 *
 * - quantile: linear interpolation between order statistics (numpy's default, pandas' quantile).
 * - IQR fences (Tukey): [Q1 - k*IQR, Q3 + k*IQR]; k = 1.5 marks "outside", k = 3 "far out".
 * - Robust z-score (Iglewicz & Hoaglin): z = 0.6745 * (x - median) / MAD, outlier when |z| > t
 *   (3.5 recommended). When the MAD is 0 (more than half the values equal), the mean absolute
 *   deviation times 1.253314 (= sqrt(pi/2), its consistency constant for a normal) is used instead;
 *   when that is 0 too the column is constant and any different value is an outlier (z = infinity).
 */

function quantileSorted(sorted, q) {
    const n = sorted.length;
    if (n === 0)
        return Number.NaN;
    const pos = (n - 1) * q;
    const lo = Math.floor(pos);
    const hi = Math.min(lo + 1, n - 1);
    const frac = pos - lo;
    return sorted[lo] + (sorted[hi] - sorted[lo]) * frac;
}
const medianSorted = (sorted) => quantileSorted(sorted, 0.5);
function iqrFences(sorted, k) {
    const q1 = quantileSorted(sorted, 0.25);
    const q3 = quantileSorted(sorted, 0.75);
    const iqr = q3 - q1;
    return { lower: q1 - k * iqr, upper: q3 + k * iqr, q1, q3, iqr };
}
function robustScale(sorted) {
    const n = sorted.length;
    const median = medianSorted(sorted);
    const dev = new Float64Array(n);
    let sumAbs = 0;
    for (let i = 0; i < n; i++) {
        dev[i] = Math.abs(sorted[i] - median);
        sumAbs += dev[i];
    }
    sort_sortFloat64(dev);
    const mad = medianSorted(dev);
    if (mad > 0)
        return { median, mad, scale: mad / 0.6745, fallback: 'none' };
    const meanAd = n ? sumAbs / n : 0;
    if (meanAd > 0)
        return { median, mad, scale: meanAd * 1.253314, fallback: 'mean-absolute-deviation' };
    return { median, mad, scale: 0, fallback: 'constant' };
}
function robustZ(x, s) {
    const d = x - s.median;
    if (s.scale === 0)
        return d === 0 ? 0 : d > 0 ? Infinity : -Infinity;
    return d / s.scale;
}
/** Mean and sample standard deviation (ddof = 1), by Welford's method. */
function meanStd(values) {
    let mean = 0;
    let m2 = 0;
    const n = values.length;
    for (let i = 0; i < n; i++) {
        const x = values[i];
        const d = x - mean;
        mean += d / (i + 1);
        m2 += d * (x - mean);
    }
    return { mean: n ? mean : Number.NaN, std: n > 1 ? Math.sqrt(m2 / (n - 1)) : Number.NaN, n };
}

;// CONCATENATED MODULE: ./src/scanners/stats/index.ts








;// CONCATENATED MODULE: ./src/gates/data/analyse.ts
/**
 * Outliers and drift for one dataset column, with the defaults the docs explain:
 *
 * Outliers (numeric columns): Tukey fences Q1 - k*IQR, Q3 + k*IQR with k = 3 (Tukey's "far out"; a normal sample has 2 values in a million beyond them) (or the robust z-score
 * |0.6745 (x - median) / MAD| > 3.5), computed from the dataset itself by default ("is this row unlike
 * the rest of its batch?") or from the reference. A column fails when more than max-fraction (1%) of
 * its values are outside; the finding lists the rows.
 *
 * Drift (against the reference): numeric columns by the two-sample Kolmogorov-Smirnov test (scipy's
 * ks_2samp) and a mean-shift z-test, z = (mean - mean_ref) / (sd_ref * sqrt(1/n + 1/m)), which asks
 * whether the dataset's mean is plausible for a sample of the reference distribution; KS sees the
 * shape of a large sample, the mean-shift test sees one far value in a small one. Categorical columns
 * by chi-square (2 x K contingency, scipy's chi2_contingency) and PSI. Rows already reported by a
 * failing outlier check are left out of the drift tests of that column (one bad row, one finding);
 * when the outlier check passes, every row counts. When a test fails, the rows that move it are
 * found by taking out, one at a time, the values farthest from the reference median (at most 5): if
 * the test then passes, those rows are reported; otherwise the shift is spread over the dataset.
 */

function sortedOf(values) {
    return sort_sortFloat64(Float64Array.from(values));
}
function findOutliers(col, basisSorted, s) {
    const values = col.view();
    const rows = [];
    const vals = [];
    let bounds;
    let isOut;
    if (s.method === 'iqr') {
        const f = iqrFences(basisSorted, s.k);
        bounds = { q1: f.q1, q3: f.q3, iqr: f.iqr, k: s.k, lower: f.lower, upper: f.upper };
        isOut = (x) => x < f.lower || x > f.upper;
    }
    else {
        const rs = robustScale(basisSorted);
        bounds = { median: rs.median, mad: rs.mad, scale: rs.scale, z: s.z, scaleFrom: rs.fallback };
        isOut = (x) => Math.abs(robustZ(x, rs)) > s.z;
    }
    for (let i = 0; i < values.length; i++) {
        if (isOut(values[i])) {
            rows.push(col.rows[i]);
            vals.push(values[i]);
        }
    }
    const fraction = values.length ? rows.length / values.length : 0;
    return { method: s.method, against: s.against, n: values.length, count: rows.length, fraction, maxFraction: s.maxFraction, fail: fraction > s.maxFraction, bounds, rows, values: vals, isOutlier: isOut };
}
const MAX_ATTRIBUTION = 5;
function meanShift(sample, ref) {
    const ms = meanStd(sample);
    const se = ref.std * Math.sqrt(1 / sample.length + 1 / ref.n);
    let z;
    if (se > 0)
        z = (ms.mean - ref.mean) / se;
    else
        z = ms.mean === ref.mean ? 0 : ms.mean > ref.mean ? Infinity : -Infinity;
    return { z, p: normalTwoSided(z), mean: ms.mean };
}
/** Numeric drift tests of one column. `sample` and `rows` exclude reported outliers; `refSorted` is the reference column, sorted. */
function numericDrift(sample, rows, refSorted, tests, pValue, presorted) {
    const out = [];
    const n = sample.length;
    const m = refSorted.length;
    const sorted = presorted ?? sortedOf(sample);
    const ref = meanStd(refSorted);
    const refMedian = medianSorted(refSorted);
    // Candidate rows for attribution: the values farthest from the reference median.
    let orderCache = null;
    const topFarthest = () => {
        if (orderCache)
            return orderCache;
        // One pass keeping the MAX_ATTRIBUTION farthest values (no full sort of a large column), by
        // distance, farthest first; of equal distances the earlier row first.
        const top = [];
        const topDist = [];
        for (let i = 0; i < n; i++) {
            const d = Math.abs(sample[i] - refMedian);
            if (top.length === MAX_ATTRIBUTION) {
                if (!(d > topDist[MAX_ATTRIBUTION - 1]))
                    continue;
                top.pop();
                topDist.pop();
            }
            let j = top.length;
            while (j > 0 && topDist[j - 1] < d)
                j--;
            top.splice(j, 0, i);
            topDist.splice(j, 0, d);
        }
        return (orderCache = top);
    };
    /** The sample without its k values farthest from the reference median, in sample order. */
    const without = (k) => {
        const drop = [...new Set(topFarthest().slice(0, k))].sort((a, b) => a - b);
        const rest = new Float64Array(n - drop.length);
        let j = 0;
        let from = 0;
        for (const i of drop) {
            rest.set(sample.subarray(from, i), j);
            j += i - from;
            from = i + 1;
        }
        rest.set(sample.subarray(from), j);
        return rest;
    };
    /** `stillFails(k)`: whether the test still fails without the k farthest values. */
    const attribute = (stillFails) => {
        for (let k = 1; k <= Math.min(MAX_ATTRIBUTION, n - 1); k++) {
            if (!stillFails(k))
                return { movedBy: topFarthest().slice(0, k).map((i) => rows[i]).sort((a, b) => a - b) };
        }
        return { spread: true };
    };
    for (const test of tests) {
        if (test === 'ks') {
            const r = ks2sampSorted(sorted, refSorted);
            const fail = r.pvalue < pValue;
            const res = { test, statistic: r.statistic, pvalue: r.pvalue, threshold: { pValue }, n, m, fail, details: { method: r.method, location: r.location } };
            if (fail) {
                // The values farthest from the reference median sit at the two ends of the sorted sample:
                // dropping k of them is a subarray, no re-sort.
                const trimmed = (k) => {
                    let lo = 0;
                    let hi = n;
                    for (let t = 0; t < k; t++) {
                        if (Math.abs(sorted[hi - 1] - refMedian) >= Math.abs(sorted[lo] - refMedian))
                            hi--;
                        else
                            lo++;
                    }
                    return sorted.subarray(lo, hi);
                };
                Object.assign(res, attribute((k) => ks2sampSorted(trimmed(k), refSorted).pvalue < pValue));
            }
            out.push(res);
        }
        else {
            if (m < 2) {
                out.push({ test, statistic: Number.NaN, pvalue: null, threshold: { pValue }, n, m, fail: false, details: { error: 'the reference needs at least 2 values for a standard deviation' } });
                continue;
            }
            const r = meanShift(sample, ref);
            const fail = r.p < pValue;
            const res = { test, statistic: r.z, pvalue: r.p, threshold: { pValue }, n, m, fail, details: { mean: r.mean, referenceMean: ref.mean, referenceStd: ref.std } };
            if (fail)
                Object.assign(res, attribute((k) => meanShift(without(k), ref).p < pValue));
            out.push(res);
        }
    }
    return out;
}
function categoricalDrift(cur, ref, tests, pValue, psiMax) {
    const out = [];
    const cats = [...new Set([...ref.counts.keys(), ...cur.counts.keys()])].sort();
    const unseen = cats.filter((c) => !ref.counts.has(c));
    for (const test of tests) {
        if (test === 'chi-square') {
            const table = [cats.map((c) => ref.counts.get(c) ?? 0), cats.map((c) => cur.counts.get(c) ?? 0)];
            const r = chi2Contingency(table);
            out.push({
                test,
                statistic: r.statistic,
                pvalue: r.pvalue,
                threshold: { pValue },
                n: cur.n,
                m: ref.n,
                fail: r.pvalue < pValue,
                details: { dof: r.dof, categories: cats.length, unseenCategories: unseen.slice(0, 20) }
            });
        }
        else {
            const r = psi(ref.counts, cur.counts);
            out.push({
                test,
                statistic: r.psi,
                pvalue: null,
                threshold: { psi: psiMax },
                n: cur.n,
                m: ref.n,
                fail: r.psi > psiMax,
                details: { top: r.contributions.slice(0, 5), unseenCategories: unseen.slice(0, 20) }
            });
        }
    }
    return out;
}

// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 17 modules
var schemas = __webpack_require__(8816);
;// CONCATENATED MODULE: ./src/gates/data/schema.ts
/**
 * Dataset schema files (YAML) and the per-cell rules they imply.
 *
 *   columns:
 *     user: { type: string, pattern: "^[A-Z]$" }
 *     val:  { type: number, min: 0 }
 *     kind: { type: category, values: [a, b, c] }
 *   additional-columns: false
 */




const COLUMN_TYPES = ['integer', 'number', 'string', 'boolean', 'date', 'datetime', 'category'];
const scalar = schemas/* union */.KCZ([schemas/* string */.YjP(), schemas/* number */.aig(), schemas/* boolean */.zMY()]);
const columnSchema = schemas/* strictObject */.rej({
    type: schemas/* enum */.k5n(COLUMN_TYPES),
    required: schemas/* boolean */.zMY().default(true),
    nullable: schemas/* boolean */.zMY().default(false),
    min: schemas/* union */.KCZ([schemas/* number */.aig(), schemas/* string */.YjP()]).optional(),
    max: schemas/* union */.KCZ([schemas/* number */.aig(), schemas/* string */.YjP()]).optional(),
    values: schemas/* array */.YOg(scalar).min(1).optional(),
    pattern: schemas/* string */.YjP().optional(),
    unique: schemas/* boolean */.zMY().default(false),
    description: schemas/* string */.YjP().optional()
});
const schemaFileSchema = schemas/* strictObject */.rej({
    columns: schemas/* record */.g1P(schemas/* string */.YjP().min(1), columnSchema).refine((c) => Object.keys(c).length > 0, 'columns must list at least one column'),
    'additional-columns': schemas/* boolean */.zMY().default(false)
});
function lineAt(text, offset) {
    if (offset === undefined)
        return null;
    let line = 1;
    for (let i = 0; i < offset && i < text.length; i++)
        if (text.charCodeAt(i) === 10)
            line++;
    return line;
}
/** Parses a schema file; every problem is a ConfigError naming the file, the line when known, and the key. */
function parseSchemaText(text, file) {
    const doc = (0,dist/* parseDocument */.Tp)(text, { prettyErrors: false });
    if (doc.errors.length) {
        const e = doc.errors[0];
        throw new engine_errors/* ConfigError */.xL('CONFIG_SYNTAX', `${file}:${lineAt(text, e.pos?.[0]) ?? 1}: the schema is not valid YAML: ${e.message.split('\n')[0]}`);
    }
    const r = schemaFileSchema.safeParse(doc.toJS());
    if (!r.success) {
        const issue = r.error.issues[0];
        const keyPath = issue.path.map(String);
        let line = null;
        const node = keyPath.length ? doc.getIn(keyPath, true) : undefined;
        if (node?.range)
            line = lineAt(text, node.range[0]);
        else if (keyPath.length > 1) {
            const parent = doc.getIn(keyPath.slice(0, -1), true);
            if (parent?.range)
                line = lineAt(text, parent.range[0]);
        }
        throw new engine_errors/* ConfigError */.xL('CONFIG_INVALID', `${file}${line ? `:${line}` : ''}: ${keyPath.join('.') || '(top level)'}: ${issue.message}`);
    }
    const columns = [];
    for (const [name, c] of Object.entries(r.data.columns)) {
        const spec = { ...c, name };
        if (c.pattern !== undefined) {
            try {
                spec.regex = new RegExp(c.pattern, 'u');
            }
            catch (e) {
                throw new engine_errors/* ConfigError */.xL('CONFIG_INVALID', `${file}: columns.${name}.pattern is not a valid regular expression: ${e.message}`);
            }
        }
        if (c.values)
            spec.allowed = new Set(c.values.map((v) => String(v)));
        for (const k of ['min', 'max']) {
            const v = c[k];
            if (v === undefined)
                continue;
            if ((c.type === 'date' || c.type === 'datetime') && (typeof v !== 'string' || Number.isNaN(Date.parse(v)))) {
                throw new engine_errors/* ConfigError */.xL('CONFIG_INVALID', `${file}: columns.${name}.${k} must be a ${c.type} written as ISO 8601 text`);
            }
            if ((c.type === 'integer' || c.type === 'number') && typeof v !== 'number') {
                throw new engine_errors/* ConfigError */.xL('CONFIG_INVALID', `${file}: columns.${name}.${k} must be a number`);
            }
            if (!['integer', 'number', 'date', 'datetime'].includes(c.type)) {
                throw new engine_errors/* ConfigError */.xL('CONFIG_INVALID', `${file}: columns.${name}.${k} applies to integer, number, date and datetime columns, not ${c.type}`);
            }
        }
        columns.push(spec);
    }
    return { file, columns, byName: new Map(columns.map((c) => [c.name, c])), additionalColumns: r.data['additional-columns'] };
}
async function loadSchema(abs, rel) {
    let text;
    try {
        text = await (0,promises_.readFile)(abs, 'utf8');
    }
    catch (e) {
        throw new engine_errors/* ConfigError */.xL('CONFIG_NOT_FOUND', `schema ${rel} cannot be read: ${e.message}`);
    }
    return parseSchemaText(text, rel);
}
const INT_RE = /^[+-]?\d+$/;
const NUM_RE = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;
const DATE_RE = /^\d{4}-\d{2}-\d{2}$/;
const DATETIME_RE = /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$/;
const TRUE = new Set(['true', 'True', 'TRUE', '1', 'yes', 'Yes', 'YES']);
const FALSE = new Set(['false', 'False', 'FALSE', '0', 'no', 'No', 'NO']);
function validDate(s) {
    const t = Date.parse(s.length === 10 ? `${s}T00:00:00Z` : s);
    if (Number.isNaN(t))
        return false;
    // Reject 2024-02-30 and friends (Date.parse rolls them over).
    return new Date(t).toISOString().slice(0, 10) === s.slice(0, 10) || s.length > 10;
}
/** Decimal text to a number; null for anything else (hex, Infinity, words). */
function fastNumber(v) {
    const c = v.charCodeAt(0);
    if ((c >= 48 && c <= 57) || c === 45 || c === 46) {
        const x = +v;
        // +"1e5" and +"-2.5" are fine; "0x1f", "0b1", "0o7" parse with + but are not decimal text.
        if (Number.isFinite(x) && (v.length < 2 || (v.charCodeAt(1) | 32) < 98 || !/[xob]/i.test(v)))
            return x;
    }
    return NUM_RE.test(v.trim()) ? Number(v) : null;
}
/**
 * Parses one cell for a column type. `text` is true for CSV/TSV cells (everything is a string there:
 * numbers are parsed); JSON and Parquet values must already have the right JSON type.
 * Null is: a missing key, JSON null, or an empty CSV cell.
 */
function parseCell(v, type, text) {
    if (v === undefined || v === null || (text && v === ''))
        return { ok: true, value: null };
    switch (type) {
        case 'integer':
            if (typeof v === 'number')
                return Number.isInteger(v) ? { ok: true, value: v } : { ok: false, reason: 'not an integer' };
            if (typeof v === 'bigint')
                return { ok: true, value: Number(v) };
            if (text && typeof v === 'string' && INT_RE.test(v.trim()))
                return { ok: true, value: Number(v) };
            return { ok: false, reason: 'not an integer' };
        case 'number':
            if (typeof v === 'number')
                return Number.isFinite(v) ? { ok: true, value: v } : { ok: false, reason: 'not a finite number' };
            if (typeof v === 'bigint')
                return { ok: true, value: Number(v) };
            if (text && typeof v === 'string') {
                const x = fastNumber(v);
                if (x !== null)
                    return { ok: true, value: x };
            }
            return { ok: false, reason: 'not a number' };
        case 'boolean':
            if (typeof v === 'boolean')
                return { ok: true, value: v };
            if (text && typeof v === 'string') {
                if (TRUE.has(v.trim()))
                    return { ok: true, value: true };
                if (FALSE.has(v.trim()))
                    return { ok: true, value: false };
            }
            return { ok: false, reason: 'not a boolean' };
        case 'date':
        case 'datetime': {
            if (v instanceof Date)
                return Number.isNaN(v.getTime()) ? { ok: false, reason: `not a ${type}` } : { ok: true, value: v.toISOString() };
            if (typeof v !== 'string')
                return { ok: false, reason: `not a ${type}` };
            const s = v.trim();
            const re = type === 'date' ? DATE_RE : DATETIME_RE;
            if (!re.test(s) || !validDate(s))
                return { ok: false, reason: `not a ${type} (ISO 8601: ${type === 'date' ? 'YYYY-MM-DD' : 'YYYY-MM-DDTHH:MM:SS'})` };
            return { ok: true, value: s };
        }
        case 'category':
        case 'string':
            if (typeof v === 'string')
                return { ok: true, value: v };
            if (type === 'category' && (typeof v === 'number' || typeof v === 'boolean'))
                return { ok: true, value: String(v) };
            return { ok: false, reason: `not a ${type === 'string' ? 'string' : 'category value'}` };
    }
}

;// CONCATENATED MODULE: ./src/gates/data/collect.ts


class NumericColumn {
    values = new Float64Array(1024);
    rows = new Int32Array(1024);
    n = 0;
    push(v, row) {
        if (this.n === this.values.length) {
            const nv = new Float64Array(this.n * 2);
            nv.set(this.values);
            this.values = nv;
            const nr = new Int32Array(this.n * 2);
            nr.set(this.rows);
            this.rows = nr;
        }
        this.values[this.n] = v;
        this.rows[this.n++] = row;
    }
    view() {
        return this.values.subarray(0, this.n);
    }
}
class CategoricalColumn {
    max;
    counts = new Map();
    n = 0;
    overflow = false;
    constructor(max) {
        this.max = max;
    }
    push(v) {
        this.n++;
        const c = this.counts.get(v);
        if (c !== undefined)
            this.counts.set(v, c + 1);
        else if (this.counts.size < this.max)
            this.counts.set(v, 1);
        else
            this.overflow = true;
    }
}
const collect_NUM_RE = /^\s*[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?\s*$/;
function asNumber(v) {
    if (typeof v === 'number')
        return Number.isFinite(v) ? v : null;
    if (typeof v === 'string') {
        if (v === '')
            return null;
        const c = v.charCodeAt(0);
        const x = +v;
        // Fast path for plain decimal text; anything unusual (spaces, hex, Infinity) goes through the regex.
        if (Number.isFinite(x) && ((c >= 48 && c <= 57) || c === 45 || c === 46) && !/[xXoObB]/.test(v))
            return x;
        return collect_NUM_RE.test(v) ? Number(v) : null;
    }
    return null;
}
function displayValue(v) {
    if (v === undefined)
        return null;
    let s;
    if (typeof v === 'string')
        s = JSON.stringify(v);
    else if (typeof v === 'bigint')
        s = v.toString();
    else if (v instanceof Date)
        s = v.toISOString();
    else
        s = JSON.stringify(v) ?? String(v);
    return s.length > 80 ? s.slice(0, 77) + '...' : s;
}
/**
 * Values already seen in a `unique` column, with the row of each. Numbers are keyed by value
 * (String(a) === String(b) exactly when a === b, -0 and 0 included), small non-negative integers in
 * a dense table; other values by their text.
 */
class UniqueIndex {
    dense = new Int32Array(0);
    numbers = new Map();
    strings = new Map();
    /** The row that already had this value, or undefined (and the value is recorded for `row`). */
    seen(value, row) {
        if (typeof value === 'number') {
            if (value >= 0 && value < DENSE_MAX && Number.isInteger(value)) {
                if (value >= this.dense.length) {
                    if (value >= Math.max(1 << 16, 8 * (this.numbers.size + row)))
                        return this.sparse(value, row);
                    let size = Math.max(1 << 16, this.dense.length);
                    while (size <= value)
                        size *= 2;
                    const d = new Int32Array(Math.min(size, DENSE_MAX));
                    d.set(this.dense);
                    this.dense = d;
                }
                const first = this.dense[value];
                if (first !== 0)
                    return first;
                this.dense[value] = row;
                return undefined;
            }
            return this.sparse(value, row);
        }
        const key = String(value);
        const first = this.strings.get(key);
        if (first === undefined)
            this.strings.set(key, row);
        return first;
    }
    sparse(value, row) {
        const first = this.numbers.get(value);
        if (first === undefined)
            this.numbers.set(value, row);
        return first;
    }
}
const DENSE_MAX = 1 << 24;
const collect_POW10 = [1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22];
/** ±m·10^p, or NaN where one rounding step would not equal Number()'s result (|p| > 22). */
function scaleDecimal(neg, m, p) {
    let x;
    if (p === 0)
        x = m;
    else if (p > 0 && p <= 22)
        x = m * collect_POW10[p];
    else if (p < 0 && p >= -22)
        x = m / collect_POW10[-p];
    else
        return Number.NaN;
    return neg ? -x : x;
}
/**
 * Plain decimal text in b[s, e) ([+-]digits[.digits][e[+-]digits], or [+-]digits when `integer`)
 * to the number Number() gives for it, without making a string; NaN for anything else, and for
 * numbers that would need more than one rounding (over 15 significant digits, or a power of ten
 * beyond 1e22), which the caller parses from text. With the mantissa and the power of ten both
 * exact, one multiplication or division rounds correctly (Clinger's fast path).
 */
function parseDecimal(b, s, e, integer) {
    let i = s;
    let neg = false;
    let c = b[i];
    if (c === 45 || c === 43) {
        neg = c === 45;
        i++;
    }
    let m = 0;
    let any = false;
    let frac = 0;
    for (; i < e; i++) {
        const dg = b[i] - 48;
        if (dg < 0 || dg > 9)
            break;
        if (m > 900719925474099)
            return Number.NaN;
        m = m * 10 + dg;
        any = true;
    }
    let exp = 0;
    if (i < e) {
        if (integer)
            return Number.NaN;
        if (b[i] === 46) {
            for (i++; i < e; i++) {
                const dg = b[i] - 48;
                if (dg < 0 || dg > 9)
                    break;
                if (m > 900719925474099)
                    return Number.NaN;
                m = m * 10 + dg;
                frac++;
                any = true;
            }
        }
        if (!any)
            return Number.NaN;
        if (i < e) {
            if ((b[i] | 32) !== 101)
                return Number.NaN;
            i++;
            let eneg = false;
            c = b[i];
            if (i < e && (c === 45 || c === 43)) {
                eneg = c === 45;
                i++;
            }
            if (i >= e)
                return Number.NaN;
            for (; i < e; i++) {
                const dg = b[i] - 48;
                if (dg < 0 || dg > 9)
                    return Number.NaN;
                exp = exp * 10 + dg;
                if (exp > 400)
                    return Number.NaN;
            }
            if (eneg)
                exp = -exp;
        }
    }
    else if (!any)
        return Number.NaN;
    return scaleDecimal(neg, m, exp - frac);
}
/** Where the field parseField last read ends (the delimiter after it, or the end of the line). */
let fieldEnd = 0;
/**
 * parseDecimal of the field starting at b[s] (it ends at the next delimiter byte `d`, or at `end`),
 * read in the same pass that finds the field's end, which it leaves in `fieldEnd`.
 */
function parseField(b, s, end, d, integer) {
    let i = s;
    let c = i < end ? b[i] : d;
    let neg = false;
    if (c === 45 || c === 43) {
        neg = c === 45;
        c = ++i < end ? b[i] : d;
    }
    let m = 0;
    let any = false;
    let frac = 0;
    let exp = 0;
    for (; c >= 48 && c <= 57; c = ++i < end ? b[i] : d) {
        if (m > 900719925474099)
            return skipField(b, i, end, d);
        m = m * 10 + (c - 48);
        any = true;
    }
    if (c === 46) {
        if (integer)
            return skipField(b, i, end, d);
        for (c = ++i < end ? b[i] : d; c >= 48 && c <= 57; c = ++i < end ? b[i] : d) {
            if (m > 900719925474099)
                return skipField(b, i, end, d);
            m = m * 10 + (c - 48);
            frac++;
            any = true;
        }
    }
    if (!any)
        return skipField(b, i, end, d);
    if ((c | 32) === 101 && i < end) {
        if (integer)
            return skipField(b, i, end, d);
        let eneg = false;
        c = ++i < end ? b[i] : d;
        if (c === 45 || c === 43) {
            eneg = c === 45;
            c = ++i < end ? b[i] : d;
        }
        if (!(c >= 48 && c <= 57) || i >= end)
            return skipField(b, i, end, d);
        for (; c >= 48 && c <= 57 && i < end; c = ++i < end ? b[i] : d) {
            exp = exp * 10 + (c - 48);
            if (exp > 400)
                return skipField(b, i, end, d);
        }
        if (eneg)
            exp = -exp;
    }
    if (i < end && c !== d)
        return skipField(b, i, end, d);
    fieldEnd = i;
    return scaleDecimal(neg, m, exp - frac);
}
/** `fieldEnd`, for tests. */
const lastFieldEnd = () => fieldEnd;
function skipField(b, i, end, d) {
    while (i < end && b[i] !== d)
        i++;
    fieldEnd = i;
    return Number.NaN;
}
// How the CSV fast path treats a column: neither validated nor collected; an integer or number
// column of the schema, collected as numbers; a numeric column with no schema type (the reference
// pass); through the general per-cell code, from the cell's text.
const SKIP = 0;
const SCHEMA_NUMBER = 1;
const NUMBER = 2;
const TEXT = 3;
/**
 * Short cells (at most 6 bytes) seen before in a column, as strings made once, with what parseCell
 * made of them (it depends on the text alone).
 */
class Interner {
    keys = new Float64Array(16);
    strs = [];
    memo = [];
    last = -1;
    text(buf, s, e) {
        const len = e - s;
        this.last = -1;
        if (len > 6)
            return buf.toString('utf8', s, e);
        let k = len;
        for (let i = s; i < e; i++)
            k = k * 256 + buf[i];
        const keys = this.keys;
        const n = this.strs.length;
        for (let j = 0; j < n; j++) {
            if (keys[j] === k) {
                this.last = j;
                return this.strs[j];
            }
        }
        const str = buf.toString('utf8', s, e);
        if (n < 16) {
            keys[n] = k;
            this.strs.push(str);
            this.memo.push(undefined);
            this.last = n;
        }
        return str;
    }
    /** parseCell of the text the last call gave, as a column of `type`, when that text was interned. */
    parsed(type) {
        const j = this.last;
        if (j < 0)
            return undefined;
        return (this.memo[j] ??= parseCell(this.strs[j], type, true));
    }
}
async function collect(file, rel, opts) {
    const { schema } = opts;
    const text = opts.format === 'csv' || opts.format === 'tsv';
    const out = {
        rows: 0,
        goodRows: 0,
        lines: opts.format === 'parquet' ? null : new Int32Array(1024),
        columns: new Set(),
        numeric: new Map(),
        categorical: new Map(),
        untyped: new Map(),
        violations: new Map()
    };
    const violate = (rule, ex) => {
        let v = out.violations.get(rule);
        if (!v)
            out.violations.set(rule, (v = { rule, count: 0, examples: [] }));
        v.count++;
        if (v.examples.length < opts.maxExamples)
            v.examples.push(ex);
    };
    const uniques = new Map();
    for (const c of schema?.columns ?? [])
        if (c.unique)
            uniques.set(c.name, new UniqueIndex());
    const inferred = new Map();
    const kindOf = (col) => {
        const w = opts.want?.get(col);
        if (w)
            return w;
        if (opts.want)
            return null;
        const spec = schema?.byName.get(col);
        if (spec) {
            if (spec.type === 'integer' || spec.type === 'number')
                return 'numeric';
            if (spec.type === 'category' || spec.type === 'boolean')
                return 'categorical';
            return null;
        }
        return opts.infer ? 'infer' : null;
    };
    const numCol = (col) => {
        let c = out.numeric.get(col);
        if (!c)
            out.numeric.set(col, (c = new NumericColumn()));
        return c;
    };
    const catCol = (col) => {
        let c = out.categorical.get(col);
        if (!c)
            out.categorical.set(col, (c = new CategoricalColumn(opts.maxCategories)));
        return c;
    };
    // Header-level checks for CSV/Parquet are made once (the keys array is shared by every record).
    let lastKeys = null;
    let perKeyUnknown = [];
    let perKeySpec = [];
    let perKeyKind = [];
    let perKeyUnique = [];
    let missingRequired = [];
    const headerReported = new Set();
    let lastLine = 0;
    /** Counts a record; false when it is malformed (reported, not used). */
    const begin = (row, line, problem) => {
        out.rows++;
        if (out.lines) {
            if (out.rows > out.lines.length) {
                const nl = new Int32Array(out.lines.length * 2);
                nl.set(out.lines);
                out.lines = nl;
            }
            out.lines[out.rows - 1] = line ?? 0;
        }
        if (line)
            lastLine = line;
        if (problem) {
            violate(problem.rule, { row, line, column: null, value: null, message: problem.message });
            return false;
        }
        out.goodRows++;
        return true;
    };
    /** One cell, by the general rules (any format, any type). */
    const cell = (i, col, v, row, line, known) => {
        const spec = perKeySpec[i];
        let parsed = undefined;
        if (spec) {
            const p = known ?? parseCell(v, spec.type, text);
            if (!p.ok) {
                violate('type', { row, line, column: col, value: displayValue(v), message: `${p.reason} (column type ${spec.type})` });
                return;
            }
            parsed = p.value;
            if (parsed === null) {
                if (!spec.nullable)
                    violate('null', { row, line, column: col, value: displayValue(v), message: 'empty value in a column that is not nullable' });
                return;
            }
            if (spec.min !== undefined || spec.max !== undefined || spec.allowed || spec.regex)
                checkRules(spec, parsed, v, row, line, violate);
            const u = perKeyUnique[i];
            if (u) {
                const first = u.seen(parsed, row);
                if (first !== undefined)
                    violate('unique', { row, line, column: col, value: displayValue(v), message: `duplicate of row ${first}` });
            }
        }
        const kind = perKeyKind[i];
        if (!kind)
            return;
        if (kind === 'numeric') {
            const x = typeof parsed === 'number' ? parsed : asNumber(v);
            if (x !== null)
                numCol(col).push(x, row);
            else if (!spec && v !== null && v !== '' && v !== undefined) {
                // Reference pass: a value that is not a number in a numeric column.
                violate('type', { row, line, column: col, value: displayValue(v), message: 'not a number' });
            }
        }
        else if (kind === 'categorical') {
            if (v === null || v === undefined || (text && v === ''))
                return;
            catCol(col).push(typeof parsed === 'string' ? parsed : typeof parsed === 'boolean' ? String(parsed) : typeof v === 'object' ? JSON.stringify(v) : String(v));
        }
        else {
            // Infer: keep numbers while every value is one, and counts while there are few distinct values.
            if (v === null || v === undefined || (text && v === ''))
                return;
            let inf = inferred.get(col);
            if (!inf)
                inferred.set(col, (inf = { numeric: new NumericColumn(), categorical: new CategoricalColumn(Math.min(opts.maxCategories, 50)) }));
            if (inf.numeric) {
                const x = asNumber(v);
                if (x === null)
                    inf.numeric = null;
                else
                    inf.numeric.push(x, row);
            }
            if (inf.categorical) {
                inf.categorical.push(typeof v === 'object' ? JSON.stringify(v) : String(v));
                if (inf.categorical.overflow)
                    inf.categorical = null;
            }
        }
    };
    const onRecord = (r) => {
        if (!begin(r.row, r.line, r.problem))
            return;
        const keys = r.keys;
        const shared = text || opts.format === 'parquet';
        if (keys !== lastKeys) {
            lastKeys = keys;
            perKeyUnknown = keys.map((k) => !!schema && !schema.additionalColumns && !schema.byName.has(k));
            perKeySpec = keys.map((k) => schema?.byName.get(k));
            perKeyKind = keys.map((k) => kindOf(k));
            perKeyUnique = keys.map((k) => uniques.get(k));
            const present = new Set(keys);
            missingRequired = (schema?.columns ?? []).filter((c) => c.required && !present.has(c.name));
            for (const k of keys)
                out.columns.add(k);
        }
        // Unknown and missing columns: per record for JSON Lines, once (at the header) for CSV and Parquet.
        if (schema) {
            for (let i = 0; i < keys.length; i++) {
                if (!perKeyUnknown[i])
                    continue;
                if (shared) {
                    if (headerReported.has('u:' + keys[i]))
                        continue;
                    headerReported.add('u:' + keys[i]);
                    violate('unknown-column', { row: null, line: text ? 1 : null, column: keys[i], value: null, message: `column "${keys[i]}" is not in the schema (additional-columns: false)` });
                }
                else {
                    violate('unknown-column', { row: r.row, line: r.line, column: keys[i], value: displayValue(r.values[i]), message: `unknown key "${keys[i]}"` });
                }
            }
            for (const c of missingRequired) {
                if (shared) {
                    if (headerReported.has('m:' + c.name))
                        continue;
                    headerReported.add('m:' + c.name);
                    violate('missing-column', { row: null, line: text ? 1 : null, column: c.name, value: null, message: `required column "${c.name}" is not in the header` });
                }
                else {
                    violate('missing-column', { row: r.row, line: r.line, column: c.name, value: null, message: `required key "${c.name}" is missing` });
                }
            }
        }
        for (let i = 0; i < keys.length; i++)
            cell(i, keys[i], r.values[i], r.row, r.line);
    };
    /**
     * CSV/TSV: records without quotes arrive as byte ranges. Number columns are parsed from the bytes
     * and checked here; everything else, and any number that is not plain decimal text, goes through
     * `cell` with the cell's text, so the outcome is the same as reading every cell as a string.
     */
    const readCsvColumns = async () => {
        let header = null;
        let row = 0;
        let modes = [];
        let interners = [];
        let numbers = [];
        let minN = [];
        let maxN = [];
        let ruled = [];
        let integers = new Uint8Array(0);
        const setHeader = (cells, line, unterminated) => {
            header = (0,tabular/* csvHeader */.MY)(cells, line, unterminated);
            modes = header.map((col) => {
                const spec = schema && !opts.want ? schema.byName.get(col) : undefined;
                const kind = kindOf(col);
                if (spec && (spec.type === 'integer' || spec.type === 'number') && kind === 'numeric')
                    return SCHEMA_NUMBER;
                if (!spec && kind === 'numeric' && !schema?.byName.has(col))
                    return NUMBER;
                if (!kind && !schema?.byName.has(col))
                    return SKIP;
                return TEXT;
            });
            interners = header.map(() => new Interner());
            numbers = header.map(() => undefined);
            const specs = header.map((col) => schema?.byName.get(col));
            minN = specs.map((c) => (typeof c?.min === 'number' ? c.min : Number.NaN));
            maxN = specs.map((c) => (typeof c?.max === 'number' ? c.max : Number.NaN));
            ruled = specs.map((c) => !!(c && (c.min !== undefined || c.max !== undefined || c.allowed || c.regex)));
            integers = Uint8Array.from(header, (col, i) => (modes[i] === SCHEMA_NUMBER && specs[i]?.type === 'integer' ? 1 : 0));
        };
        const textRecord = (cells, line, unterminated) => {
            if (!header)
                return setHeader(cells, line, unterminated);
            row++;
            if (out.rows >= opts.maxRows)
                throw new tabular/* TabularError */.EH(`more than ${opts.maxRows} rows (max-rows); the rest was not read`, line);
            const rec = { row, line, keys: header, values: cells };
            const problem = (0,tabular/* csvProblem */.W7)(cells.length, header.length, unterminated, line);
            if (problem)
                rec.problem = problem;
            onRecord(rec);
        };
        const delimiter = opts.delimiter ?? (opts.format === 'tsv' ? '\t' : ',');
        const d = delimiter.charCodeAt(0);
        // A delimiter that can be part of a number (a digit, point, sign or e) is split on first.
        const fused = !/[0-9.+\-eE]/.test(delimiter);
        let starts = new Int32Array(0);
        let ends = new Int32Array(0);
        let numbersRead = new Float64Array(0);
        const sink = {
            cells: textRecord,
            line(buf, start, end, line) {
                const h = header;
                if (!h || lastKeys !== h)
                    return textRecord((0,tabular/* fieldTexts */.Zm)(buf, start, end, d), line, false);
                if (starts.length !== h.length) {
                    starts = new Int32Array(h.length);
                    ends = new Int32Array(h.length);
                    numbersRead = new Float64Array(h.length);
                }
                // Split the line and parse the number columns in the same pass over its bytes.
                const n = h.length;
                let count = 0;
                let p = start;
                for (;;) {
                    if (count === n) {
                        count++;
                        break;
                    }
                    const mode = modes[count];
                    let q;
                    if (fused && (mode === SCHEMA_NUMBER || mode === NUMBER)) {
                        numbersRead[count] = parseField(buf, p, end, d, integers[count] === 1);
                        q = fieldEnd;
                    }
                    else {
                        q = p;
                        while (q < end && buf[q] !== d)
                            q++;
                        if (mode === SCHEMA_NUMBER || mode === NUMBER)
                            numbersRead[count] = q > p ? parseDecimal(buf, p, q, integers[count] === 1) : Number.NaN;
                    }
                    starts[count] = p;
                    ends[count++] = q;
                    if (q >= end)
                        break;
                    p = q + 1;
                }
                if (count !== n)
                    return textRecord((0,tabular/* fieldTexts */.Zm)(buf, start, end, d), line, false);
                row++;
                if (out.rows >= opts.maxRows)
                    throw new tabular/* TabularError */.EH(`more than ${opts.maxRows} rows (max-rows); the rest was not read`, line);
                begin(row, line, undefined);
                for (let i = 0; i < count; i++) {
                    const mode = modes[i];
                    if (mode === SKIP)
                        continue;
                    const s = starts[i];
                    const e = ends[i];
                    if (mode === TEXT) {
                        const it = interners[i];
                        const v = it.text(buf, s, e);
                        const spec = perKeySpec[i];
                        cell(i, h[i], v, row, line, spec ? it.parsed(spec.type) : undefined);
                        continue;
                    }
                    const x = numbersRead[i];
                    if (x !== x) {
                        cell(i, h[i], buf.toString('utf8', s, e), row, line);
                        continue;
                    }
                    if (mode === SCHEMA_NUMBER) {
                        // What `cell` does with a number: the rules, uniqueness, then the statistics.
                        if (ruled[i]) {
                            const spec = perKeySpec[i];
                            if (x < minN[i] || x > maxN[i] || (spec.allowed && !spec.allowed.has(String(x))) || spec.regex)
                                checkRules(spec, x, buf.toString('utf8', s, e), row, line, violate);
                        }
                        const u = perKeyUnique[i];
                        if (u) {
                            const first = u.seen(x, row);
                            if (first !== undefined)
                                violate('unique', { row, line, column: h[i], value: displayValue(buf.toString('utf8', s, e)), message: `duplicate of row ${first}` });
                        }
                    }
                    let c = numbers[i];
                    if (!c)
                        c = numbers[i] = numCol(h[i]);
                    c.push(x, row);
                }
            }
        };
        for await (const _ of (0,tabular/* scanCsv */.jF)(file, { delimiter, maxBytes: opts.maxBytes, signal: opts.signal }, sink))
            opts.signal?.throwIfAborted();
        if (!header)
            throw new tabular/* TabularError */.EH('the file is empty: no header line', 1);
    };
    try {
        if (text)
            await readCsvColumns();
        else {
            for await (const batch of (0,tabular/* readTable */.xz)(file, opts.format, { delimiter: opts.delimiter, maxBytes: opts.maxBytes, signal: opts.signal, batchSize: 8192 })) {
                opts.signal?.throwIfAborted();
                for (const r of batch) {
                    if (out.rows >= opts.maxRows)
                        throw new tabular/* TabularError */.EH(`more than ${opts.maxRows} rows (max-rows); the rest was not read`, r.line);
                    onRecord(r);
                }
            }
        }
    }
    catch (e) {
        if (e instanceof tabular/* TabularError */.EH) {
            const where = e.line ? `${rel}:${e.line}` : rel;
            throw new tabular/* TabularError */.EH(`${where}: ${e.message}`, e.line ?? (lastLine || null));
        }
        throw e;
    }
    for (const [col, inf] of inferred) {
        if (inf.numeric && inf.numeric.n > 0)
            out.numeric.set(col, inf.numeric);
        else if (inf.categorical)
            out.categorical.set(col, inf.categorical);
        else
            out.untyped.set(col, 'neither all numbers nor at most 50 distinct values (declare its type in a schema to test it)');
    }
    if (out.lines)
        out.lines = out.lines.subarray(0, out.rows);
    return out;
}
function ruleExample(spec, raw, row, line, message) {
    return { row, line, column: spec.name, value: displayValue(raw), message };
}
function checkRules(spec, value, raw, row, line, violate) {
    if (spec.min !== undefined) {
        if (typeof value === 'number' && typeof spec.min === 'number' && value < spec.min)
            violate('min', ruleExample(spec, raw, row, line, `below the minimum ${spec.min}`));
        if (typeof value === 'string' && typeof spec.min === 'string' && Date.parse(value) < Date.parse(spec.min))
            violate('min', ruleExample(spec, raw, row, line, `before the minimum ${spec.min}`));
    }
    if (spec.max !== undefined) {
        if (typeof value === 'number' && typeof spec.max === 'number' && value > spec.max)
            violate('max', ruleExample(spec, raw, row, line, `above the maximum ${spec.max}`));
        if (typeof value === 'string' && typeof spec.max === 'string' && Date.parse(value) > Date.parse(spec.max))
            violate('max', ruleExample(spec, raw, row, line, `after the maximum ${spec.max}`));
    }
    if (spec.allowed && !spec.allowed.has(String(value))) {
        violate('allowed-values', ruleExample(spec, raw, row, line, `not one of the allowed values (${[...spec.allowed].slice(0, 10).join(', ')}${spec.allowed.size > 10 ? ', ...' : ''})`));
    }
    if (spec.regex && typeof value === 'string' && !spec.regex.test(value))
        violate('pattern', ruleExample(spec, raw, row, line, `does not match the pattern ${spec.pattern}`));
}

// EXTERNAL MODULE: ./src/gates/data/config.ts
var config = __webpack_require__(895);
;// CONCATENATED MODULE: ./src/gates/data/index.ts
/**
 * The data gate: provenance (the sha256 lock and DVC records), schema, outliers and drift against a
 * trusted reference, for each configured dataset. See docs/gates/data.md.
 */











const TABULAR_EXT = /\.(csv|tsv|tab|jsonl|ndjson|parquet|pq)$/i;
const fmtP = (p) => (p === null ? 'n/a' : p === 0 ? '0' : p < 1e-4 ? p.toExponential(2) : p.toFixed(4));
const fmtN = (x) => (Number.isInteger(x) ? String(x) : Math.abs(x) >= 1e4 || Math.abs(x) < 1e-3 ? x.toExponential(3) : x.toFixed(4));
function lineOf(c, row) {
    if (!c.lines)
        return null;
    const l = c.lines[row - 1];
    return l > 0 ? l : null;
}
function where(c, row) {
    const l = lineOf(c, row);
    return l ? `row ${row} (line ${l})` : `row ${row}`;
}
function exampleText(e) {
    const at = e.line ? `line ${e.line}` : e.row ? `row ${e.row}` : 'header';
    return `${at}${e.column ? ` column ${JSON.stringify(e.column)}` : ''}${e.value !== null ? ` value ${e.value}` : ''}: ${e.message}`;
}
async function statKind(abs) {
    try {
        const st = await (0,promises_.lstat)(abs);
        if (st.isSymbolicLink())
            return 'other';
        return st.isFile() ? 'file' : st.isDirectory() ? 'dir' : 'other';
    }
    catch {
        return 'missing';
    }
}
async function resolveFile(ctx, rel, what) {
    const abs = await (0,paths/* realInside */.he)(ctx.workspace, rel, what).catch((e) => {
        if (e.code === 'ENOENT')
            throw new engine_errors/* ConfigError */.xL('CONFIG_NOT_FOUND', `${what}: ${rel} does not exist in the workspace${what.includes('datasets') ? ' (DVC-tracked data needs `dvc pull` before the gate; LFS data needs checkout with lfs: true)' : ''}`);
        throw e;
    });
    return abs;
}
function merged(...layers) {
    const out = {};
    for (const l of layers)
        if (l)
            for (const [k, v] of Object.entries(l))
                if (v !== undefined && k !== 'columns')
                    out[k] = v;
    return out;
}
async function checkDataset(ctx, ds, rel, abs, schema, res) {
    const cfg = ctx.config;
    const format = (0,tabular/* formatOf */.be)(rel, ds.format);
    const base = { format, maxBytes: cfg['max-bytes'], maxRows: cfg['max-rows'], maxCategories: cfg['max-categories'], maxExamples: cfg['max-examples'], signal: ctx.signal, delimiter: ds.delimiter };
    let data;
    try {
        data = await collect(abs, rel, { ...base, schema, infer: !schema || schema.additionalColumns });
    }
    catch (e) {
        if (!(e instanceof tabular/* TabularError */.EH))
            throw e;
        res.errors.push(`${e.message}`);
        res.checks.push({ name: 'read', target: rel, outcome: 'error', details: { dataset: rel, line: e.line, reason: e.message } });
        return;
    }
    res.checks.push({ name: 'read', target: rel, outcome: 'pass', details: { dataset: rel, format, rows: data.rows } });
    // Schema and malformed rows: one finding per dataset, grouped by rule.
    const violations = [...data.violations.values()];
    const total = violations.reduce((s, v) => s + v.count, 0);
    res.checks.push({
        name: 'schema',
        target: rel,
        outcome: total ? 'fail' : schema ? 'pass' : 'info',
        details: { dataset: rel, schema: schema?.file ?? null, rows: data.rows, violations: Object.fromEntries(violations.map((v) => [v.rule, v.count])) }
    });
    if (total) {
        const first = violations.flatMap((v) => v.examples).sort((a, b) => (a.row ?? 0) - (b.row ?? 0))[0];
        const rowsAffected = new Set(violations.flatMap((v) => v.examples.map((e) => e.row)).filter((r) => r !== null));
        const list = violations
            .flatMap((v) => v.examples.slice(0, 3))
            .sort((a, b) => (a.row ?? 0) - (b.row ?? 0))
            .slice(0, 6)
            .map(exampleText);
        res.findings.push({
            ruleId: 'data/schema',
            severity: 'high',
            title: 'Rows violate the dataset schema',
            message: `${rel}: ${total} schema violation${total === 1 ? '' : 's'} (${violations.map((v) => `${v.rule}: ${v.count}`).join(', ')})${schema ? ` against ${schema.file}` : ''}: ${list.join('; ')}${total > list.length ? '; ...' : ''}`,
            location: { path: rel, startLine: first?.line ?? null },
            fingerprintKey: `data/schema:${rel}:${violations.map((v) => v.rule).sort().join(',')}`,
            properties: { dataset: rel, schema: schema?.file ?? null, rules: violations, rowsInExamples: [...rowsAffected] }
        });
    }
    if (data.goodRows === 0) {
        const msg = `${rel}: the dataset has no ${data.rows ? 'well-formed ' : ''}data rows${format === 'csv' || format === 'tsv' ? ' (only a header, or nothing)' : ''}: there is nothing to test`;
        res.errors.push(msg);
        res.checks.push({ name: 'statistics', target: rel, outcome: 'error', details: { dataset: rel, reason: msg } });
        return;
    }
    for (const [col, why] of data.untyped)
        res.checks.push({ name: 'drift', target: rel, outcome: 'skipped', details: { dataset: rel, column: col, reason: why } });
    // Reference (needed for drift, and for outliers computed against it).
    const outCfgGlobal = merged(cfg.outliers, ds.outliers);
    const driftCfg = merged(cfg.drift, ds.drift);
    const driftOn = driftCfg.enabled !== false && !!ds.reference;
    const outliersOn = outCfgGlobal.enabled !== false;
    const wantsRefOutliers = outliersOn && [...data.numeric.keys()].some((c) => (ds.outliers?.columns?.[c]?.against ?? cfg.outliers?.columns?.[c]?.against ?? outCfgGlobal.against) === 'reference');
    let ref = null;
    let refRel = null;
    const want = new Map();
    for (const c of data.numeric.keys())
        want.set(c, 'numeric');
    for (const c of data.categorical.keys())
        want.set(c, 'categorical');
    if ((driftOn || wantsRefOutliers) && ds.reference) {
        refRel = ds.reference;
        try {
            const refAbs = await resolveFile(ctx, ds.reference, `gates.data.datasets reference`);
            const refFormat = (0,tabular/* formatOf */.be)(ds.reference, ds['reference-format']);
            ref = await collect(refAbs, ds.reference, { ...base, format: refFormat, delimiter: ds.delimiter, want, infer: false });
        }
        catch (e) {
            if (!(e instanceof tabular/* TabularError */.EH) && !(e instanceof engine_errors/* GatesError */.xx))
                throw e;
            res.errors.push(`reference of ${rel}: ${(0,engine_errors/* errorMessage */.gJ)(e)}`);
            res.checks.push({ name: 'reference', target: ds.reference, outcome: 'error', details: { dataset: rel, reference: ds.reference, reason: (0,engine_errors/* errorMessage */.gJ)(e) } });
            ref = null;
        }
        if (ref) {
            const refViol = [...ref.violations.values()];
            if (refViol.length) {
                const ex = refViol.flatMap((v) => v.examples)[0];
                const msg = `${ds.reference}${ex?.line ? `:${ex.line}` : ''}: the reference has ${refViol.reduce((s, v) => s + v.count, 0)} unusable row(s) or value(s) (${refViol.map((v) => `${v.rule}: ${v.count}`).join(', ')}); first: ${ex ? exampleText(ex) : ''}. Fix the reference: drift cannot be judged against a broken one.`;
                res.errors.push(msg);
                res.checks.push({ name: 'reference', target: ds.reference, outcome: 'error', details: { dataset: rel, reference: ds.reference, reason: msg } });
                ref = null;
            }
            else if (ref.goodRows === 0) {
                const msg = `${ds.reference}: the reference has no data rows`;
                res.errors.push(msg);
                res.checks.push({ name: 'reference', target: ds.reference, outcome: 'error', details: { dataset: rel, reference: ds.reference, reason: msg } });
                ref = null;
            }
            else
                res.checks.push({ name: 'reference', target: ds.reference, outcome: 'pass', details: { dataset: rel, reference: ds.reference, rows: ref.rows } });
        }
    }
    // Sorted columns, computed once and shared by the outlier and drift tests.
    const sortedData = new Map();
    const sortedRef = new Map();
    const dataSorted = (col) => {
        let s = sortedData.get(col);
        if (!s)
            sortedData.set(col, (s = sortedOf(data.numeric.get(col).view())));
        return s;
    };
    const refSorted = (col) => {
        let s = sortedRef.get(col);
        if (!s)
            sortedRef.set(col, (s = sortedOf(ref.numeric.get(col).view())));
        return s;
    };
    // Outliers.
    const excluded = new Map();
    if (outliersOn) {
        for (const [col, values] of data.numeric) {
            const cc = { ...outCfgGlobal, ...merged(cfg.outliers?.columns?.[col], ds.outliers?.columns?.[col]) };
            if (cc.enabled === false)
                continue;
            const s = { method: cc.method ?? 'iqr', k: cc.k ?? 3, z: cc.z ?? 3.5, maxFraction: cc['max-fraction'] ?? 0.01, against: cc.against ?? 'dataset' };
            let basis;
            if (s.against === 'reference') {
                const rc = ref?.numeric.get(col);
                if (!rc || rc.n === 0) {
                    const reason = ref ? `the reference has no values in column "${col}"` : 'against: reference needs a readable reference';
                    res.errors.push(`${rel}: outliers in column "${col}" cannot be judged: ${reason}`);
                    res.checks.push({ name: 'outliers', target: rel, outcome: 'error', details: { dataset: rel, column: col, reason } });
                    continue;
                }
                basis = refSorted(col);
            }
            else {
                if (values.n < 4) {
                    res.checks.push({ name: 'outliers', target: rel, outcome: 'skipped', details: { dataset: rel, column: col, n: values.n, reason: 'fewer than 4 values: fences from the dataset itself mean nothing (use against: reference)' } });
                    continue;
                }
                basis = dataSorted(col);
            }
            const o = findOutliers(values, basis, s);
            res.checks.push({
                name: 'outliers',
                target: rel,
                outcome: o.fail ? 'fail' : 'pass',
                details: { dataset: rel, column: col, test: s.method === 'iqr' ? 'iqr-fences' : 'robust-z', against: s.against, n: o.n, outliers: o.count, fraction: o.fraction, maxFraction: s.maxFraction, ...o.bounds }
            });
            if (!o.fail)
                continue;
            excluded.set(col, o);
            const shown = o.rows.slice(0, cfg['max-examples']).map((r, i) => `${where(data, r)} = ${fmtN(o.values[i])}`);
            const rule = s.method === 'iqr' ? `outside the fences [${fmtN(o.bounds.lower)}, ${fmtN(o.bounds.upper)}] (Q1 - ${s.k}*IQR, Q3 + ${s.k}*IQR of the ${s.against})` : `with |robust z| > ${s.z} (median ${fmtN(o.bounds.median)} of the ${s.against})`;
            res.findings.push({
                ruleId: 'data/outliers',
                severity: 'high',
                title: 'Outliers in a dataset column',
                message: `${rel}: column "${col}" has ${o.count} outlier${o.count === 1 ? '' : 's'} of ${o.n} values (${(o.fraction * 100).toFixed(2)}%, more than the ${(s.maxFraction * 100).toFixed(2)}% allowed) ${rule}: ${shown.join(', ')}${o.count > shown.length ? `, ... (${o.count - shown.length} more)` : ''}`,
                location: { path: rel, startLine: lineOf(data, o.rows[0]) },
                fingerprintKey: `data/outliers:${rel}:${col}`,
                properties: { dataset: rel, column: col, method: s.method, against: s.against, count: o.count, n: o.n, rows: o.rows.slice(0, 1000), values: o.values.slice(0, 1000), bounds: o.bounds }
            });
        }
    }
    // Drift.
    if (!driftOn) {
        if (!ds.reference)
            res.checks.push({ name: 'drift', target: rel, outcome: 'skipped', details: { dataset: rel, reason: 'no reference configured' } });
        else
            res.checks.push({ name: 'drift', target: rel, outcome: 'skipped', details: { dataset: rel, reason: 'drift disabled (enabled: false)' } });
        return;
    }
    if (!ref)
        return;
    const pDefault = driftCfg['p-value'] ?? 0.01;
    const psiDefault = driftCfg.psi ?? 0.25;
    const columns = [...want.entries()];
    for (const [col, kind] of columns) {
        const cc = merged(cfg.drift?.columns?.[col], ds.drift?.columns?.[col]);
        if (cc.enabled === false) {
            res.checks.push({ name: 'drift', target: rel, outcome: 'skipped', details: { dataset: rel, column: col, reason: 'disabled for this column' } });
            continue;
        }
        const pValue = cc['p-value'] ?? pDefault;
        const psiMax = cc.psi ?? psiDefault;
        if (!ref.columns.has(col)) {
            const msg = `${refRel}${(0,tabular/* formatOf */.be)(refRel, ds['reference-format']) === 'parquet' ? '' : ':1'}: the reference has no column "${col}", which ${rel} has and drift needs: add the column to the reference, or disable drift for it (drift.columns.${col}.enabled: false)`;
            res.errors.push(msg);
            res.checks.push({ name: 'drift', target: rel, outcome: 'error', details: { dataset: rel, reference: refRel, column: col, reason: msg } });
            continue;
        }
        let results;
        let excludedRows = 0;
        try {
            if (kind === 'numeric') {
                const cur = data.numeric.get(col);
                const rc = ref.numeric.get(col);
                if (!rc || rc.n === 0 || cur.n === 0) {
                    const msg = `${rel}: drift of column "${col}" cannot be judged: ${cur.n === 0 ? 'the dataset' : 'the reference'} has no values in it`;
                    res.errors.push(msg);
                    res.checks.push({ name: 'drift', target: rel, outcome: 'error', details: { dataset: rel, reference: refRel, column: col, reason: msg } });
                    continue;
                }
                const ex = excluded.get(col);
                let sample = cur.view();
                let rows = cur.rows.subarray(0, cur.n);
                let sorted;
                if (ex && ex.count) {
                    // The rows the failing outlier check reported are exactly the values its rule holds
                    // for: leave them out of the sample (in row order) and of the sorted column.
                    const isOut = ex.isOutlier;
                    const kept = cur.n - ex.count;
                    const values = cur.values;
                    sample = new Float64Array(kept);
                    rows = new Int32Array(kept);
                    let j = 0;
                    for (let i = 0; i < cur.n; i++) {
                        const x = values[i];
                        if (isOut(x))
                            continue;
                        sample[j] = x;
                        rows[j++] = cur.rows[i];
                    }
                    const all = dataSorted(col);
                    sorted = new Float64Array(kept);
                    j = 0;
                    for (let i = 0; i < all.length; i++)
                        if (!isOut(all[i]))
                            sorted[j++] = all[i];
                    excludedRows = ex.count;
                }
                else
                    sorted = dataSorted(col);
                if (sample.length === 0) {
                    res.checks.push({ name: 'drift', target: rel, outcome: 'skipped', details: { dataset: rel, column: col, reason: 'every value is a reported outlier' } });
                    continue;
                }
                const tests = cc.tests?.filter((t) => t === 'ks' || t === 'mean-shift') ?? ['ks', 'mean-shift'];
                results = numericDrift(sample, rows, refSorted(col), tests.length ? tests : ['ks', 'mean-shift'], pValue, sorted);
            }
            else {
                const cur = data.categorical.get(col);
                const rc = ref.categorical.get(col);
                if (cur.overflow || rc?.overflow) {
                    const msg = `${rel}: column "${col}" has more than ${cfg['max-categories']} distinct values (max-categories): its drift cannot be tested as a category`;
                    res.errors.push(msg);
                    res.checks.push({ name: 'drift', target: rel, outcome: 'error', details: { dataset: rel, column: col, reason: msg } });
                    continue;
                }
                if (!rc || rc.n === 0 || cur.n === 0) {
                    const msg = `${rel}: drift of column "${col}" cannot be judged: ${cur.n === 0 ? 'the dataset' : 'the reference'} has no values in it`;
                    res.errors.push(msg);
                    res.checks.push({ name: 'drift', target: rel, outcome: 'error', details: { dataset: rel, reference: refRel, column: col, reason: msg } });
                    continue;
                }
                const tests = cc.tests?.filter((t) => t === 'chi-square' || t === 'psi') ?? ['chi-square', 'psi'];
                results = categoricalDrift(cur, rc, tests.length ? tests : ['chi-square', 'psi'], pValue, psiMax);
            }
        }
        catch (e) {
            res.errors.push(`${rel}: drift of column "${col}" failed: ${(0,engine_errors/* errorMessage */.gJ)(e)}`);
            res.checks.push({ name: 'drift', target: rel, outcome: 'error', details: { dataset: rel, column: col, reason: (0,engine_errors/* errorMessage */.gJ)(e) } });
            continue;
        }
        for (const t of results) {
            const undecided = t.pvalue === null && t.test !== 'psi';
            if (undecided)
                res.errors.push(`${rel}: ${t.test} on column "${col}" cannot be computed: ${String(t.details.error ?? 'unknown reason')}`);
            res.checks.push({
                name: 'drift',
                target: rel,
                outcome: undecided ? 'error' : t.fail ? 'fail' : 'pass',
                details: {
                    dataset: rel,
                    reference: refRel,
                    column: col,
                    test: t.test,
                    statistic: t.statistic,
                    pvalue: t.pvalue,
                    n: t.n,
                    m: t.m,
                    threshold: t.threshold,
                    excludedOutlierRows: excludedRows,
                    ...(t.movedBy ? { movedBy: t.movedBy } : {}),
                    ...t.details
                }
            });
        }
        const failed = results.filter((t) => t.fail);
        if (!failed.length)
            continue;
        const describe = (t) => t.test === 'psi' ? `PSI ${fmtN(t.statistic)} > ${t.threshold.psi}` : `${t.test === 'ks' ? 'KS D' : t.test === 'mean-shift' ? 'mean-shift z' : 'chi-square'} ${fmtN(t.statistic)}, p = ${fmtP(t.pvalue)} < ${t.threshold.pValue}`;
        const moved = [...new Set(failed.flatMap((t) => t.movedBy ?? []))].sort((a, b) => a - b);
        const movedValues = kind === 'numeric' ? moved.map((r) => {
            const cur = data.numeric.get(col);
            for (let i = 0; i < cur.n; i++)
                if (cur.rows[i] === r)
                    return `${where(data, r)} = ${fmtN(cur.values[i])}`;
            return where(data, r);
        }) : [];
        const spread = failed.every((t) => t.spread || t.test === 'chi-square' || t.test === 'psi');
        const tail = kind === 'categorical'
            ? (() => {
                const unseen = failed[0].details.unseenCategories ?? [];
                return unseen.length ? `; categories never seen in the reference: ${unseen.slice(0, 5).map((u) => JSON.stringify(u)).join(', ')}` : '';
            })()
            : moved.length && !spread
                ? `; moved by ${movedValues.join(', ')}`
                : moved.length
                    ? `; partly moved by ${movedValues.join(', ')}`
                    : '; the shift is spread over the dataset, not due to a few rows';
        res.findings.push({
            ruleId: 'data/drift',
            severity: 'high',
            title: 'Dataset drifted from its reference',
            message: `${rel}: column "${col}" drifted from ${refRel} (n = ${failed[0].n}, reference m = ${failed[0].m}${excludedRows ? `, ${excludedRows} reported outlier row(s) left out` : ''}): ${failed.map(describe).join('; ')}${tail}`,
            location: { path: rel, startLine: moved.length ? lineOf(data, moved[0]) : null },
            fingerprintKey: `data/drift:${rel}:${col}`,
            properties: { dataset: rel, reference: refRel, column: col, tests: failed.map((t) => ({ test: t.test, statistic: t.statistic, pvalue: t.pvalue, n: t.n, m: t.m })), movedBy: moved }
        });
    }
}
async function provenance(ctx, files, res) {
    const cfg = ctx.config;
    if (cfg.lock) {
        const r = await (0,lock/* verifyLock */.PK)({ workspace: ctx.workspace, lockPath: cfg.lock, paths: cfg.datasets.map((d) => d.path), exclude: cfg.exclude, gate: 'data', signal: ctx.signal });
        res.findings.push(...r.findings);
        res.checks.push(...r.checks);
        res.errors.push(...r.errors);
    }
    if (cfg.dvc === 'off')
        return;
    const verifiedOuts = new Set();
    const dvcFiles = new Map();
    const reportedErrors = new Set();
    for (const rel of files) {
        const found = await findDvcOuts(ctx.workspace, rel, dvcFiles);
        const outs = found.outs;
        // An unreadable DVC file is reported once, not once per dataset file under it.
        const errors = found.errors.filter((e) => !reportedErrors.has(e));
        for (const e of errors)
            reportedErrors.add(e);
        for (const e of errors) {
            res.errors.push(`DVC: ${e}`);
            res.checks.push({ name: 'dvc', target: rel, outcome: 'error', details: { reason: e } });
        }
        if (!outs.length) {
            if (cfg.dvc === 'required') {
                res.findings.push({
                    ruleId: 'dvc/untracked',
                    severity: 'high',
                    title: 'Dataset not tracked by DVC',
                    message: `${rel} has no DVC record (no ${rel}.dvc and no dvc.lock out covers it), and gates.data.dvc is required: track it with \`dvc add ${rel}\`.`,
                    location: { path: rel, startLine: null },
                    fingerprintKey: `dvc/untracked:${rel}`
                });
                res.checks.push({ name: 'dvc', target: rel, outcome: 'fail', details: { reason: 'no DVC record' } });
            }
            else
                res.checks.push({ name: 'dvc', target: rel, outcome: 'info', details: { reason: 'not tracked by DVC (no .dvc file or dvc.lock out)' } });
            continue;
        }
        for (const out of outs) {
            const key = `${out.source}|${out.stage ?? ''}|${out.path}`;
            if (verifiedOuts.has(key))
                continue;
            verifiedOuts.add(key);
            const r = await verifyDvcOut(ctx.workspace, out, rel, ctx.signal);
            res.findings.push(...r.findings);
            res.checks.push(...r.checks);
            res.errors.push(...r.errors);
        }
    }
}
async function runDataGate(ctx) {
    const res = { findings: [], checks: [], errors: [] };
    const cfg = ctx.config;
    const plan = [];
    for (const [i, ds] of cfg.datasets.entries()) {
        const what = `gates.data.datasets[${i}].path`;
        let abs;
        try {
            abs = await resolveFile(ctx, ds.path, what);
        }
        catch (e) {
            res.errors.push((0,engine_errors/* errorMessage */.gJ)(e));
            res.checks.push({ name: 'read', target: ds.path, outcome: 'error', details: { reason: (0,engine_errors/* errorMessage */.gJ)(e) } });
            continue;
        }
        const kind = await statKind(abs);
        if (kind === 'file')
            plan.push({ ds, files: [{ rel: (0,paths/* toRel */.lH)(await (0,paths/* realInside */.he)(ctx.workspace, '.', 'workspace'), abs), abs }] });
        else if (kind === 'dir') {
            const w = await (0,paths.walkFiles)(ctx.workspace, { include: [ds.path] });
            const files = w.files.filter((f) => TABULAR_EXT.test(f)).map((rel) => ({ rel, abs: external_node_path_default().join(ctx.workspace, rel) }));
            for (const s of w.symlinks)
                res.errors.push(`${s} is a symlink inside ${ds.path}; it was not followed`);
            if (!files.length) {
                res.errors.push(`${what}: ${ds.path} is a folder with no CSV, TSV, JSON Lines or Parquet files`);
                continue;
            }
            plan.push({ ds, files });
        }
        else {
            res.errors.push(`${what}: ${ds.path} is not a regular file or folder`);
        }
    }
    await provenance(ctx, plan.flatMap((p) => p.files.map((f) => f.rel)), res);
    const progress = ctx.progress?.('data: datasets checked', plan.reduce((n, p) => n + p.files.length, 0));
    for (const { ds, files } of plan) {
        let schema;
        if (ds.schema) {
            try {
                schema = await loadSchema(await resolveFile(ctx, ds.schema, `schema of ${ds.path}`), ds.schema);
            }
            catch (e) {
                res.errors.push((0,engine_errors/* errorMessage */.gJ)(e));
                res.checks.push({ name: 'schema', target: ds.schema, outcome: 'error', details: { dataset: ds.path, reason: (0,engine_errors/* errorMessage */.gJ)(e) } });
                continue;
            }
        }
        for (const f of files) {
            ctx.signal.throwIfAborted();
            progress?.add(1, f.rel);
            try {
                await checkDataset(ctx, ds, f.rel, f.abs, schema, res);
            }
            catch (e) {
                if (e instanceof tabular/* TabularError */.EH || e instanceof engine_errors/* GatesError */.xx) {
                    res.errors.push(`${f.rel}: ${(0,engine_errors/* errorMessage */.gJ)(e)}`);
                    res.checks.push({ name: 'read', target: f.rel, outcome: 'error', details: { reason: (0,engine_errors/* errorMessage */.gJ)(e) } });
                }
                else
                    throw e;
            }
        }
    }
    progress?.end();
    const tests = res.checks.filter((c) => c.name === 'drift' && c.outcome !== 'skipped').length;
    const datasets = plan.reduce((s, p) => s + p.files.length, 0);
    const summary = res.errors.length
        ? undefined
        : `${datasets} dataset${datasets === 1 ? '' : 's'}, ${tests} drift test${tests === 1 ? '' : 's'}, ${res.findings.length} finding${res.findings.length === 1 ? '' : 's'}`;
    return { ...res, summary };
}
const dataGate = {
    id: 'data',
    title: 'Data (provenance, schema, drift, outliers)',
    configSchema: config/* dataConfigSchema */.Mt,
    run: runDataGate
};


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


/***/ })

};
