export const id = 8152;
export const ids = [8152];
export const modules = {

/***/ 28152:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   main: () => (/* binding */ main)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _engine_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(17679);
/* harmony import */ var _scanners_model_scan_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(32751);
/* harmony import */ var _scanners_read_small_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(51413);
/* harmony import */ var _scanners_pickle_globals_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(91287);
/* harmony import */ var _report_log_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(46472);
/* harmony import */ var _report_json_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(32794);
/* harmony import */ var _report_redact_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(20649);
/* harmony import */ var _help_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(87911);
/**
 * `ai-secure-gates scan-models PATH... [--format text|json] [--allow-globals a,b] [--forbid-pickle]`:
 * the models gate's file scanner on any files or folders, without a config file.
 * Exit 0 when nothing blocks, 1 when a file has a critical or high issue, 2 when a file could not be decided.
 */










/** Terminal-safe: control characters from scanned names are shown escaped. */
const safe = (s) => s.replace(/[\u0000-\u0008\u000b-\u001f\u007f\u009b]/g, (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`);
// Parenthesized: V8 compiles a parenthesized function with its module, so Node's compile cache keeps
// it and a start does not compile it again (a plain function is compiled when first called; issue 10).
const main = (async function main(argv) {
    let format = 'text';
    const allow = [];
    let forbidPickle = false;
    const paths = [];
    for (let i = 0; i < argv.length; i++) {
        const a = argv[i];
        if (a === '--help' || a === '-h') {
            (0,_report_log_js__WEBPACK_IMPORTED_MODULE_6__/* .writeOut */ .sD)(_help_js__WEBPACK_IMPORTED_MODULE_8__/* .SCAN_MODELS_HELP */ .jw + '\n');
            return 0;
        }
        else if (a === '--format')
            format = argv[++i] ?? '';
        else if (a.startsWith('--format='))
            format = a.slice(9);
        else if (a === '--allow-globals')
            allow.push(...(argv[++i] ?? '').split(',').filter(Boolean));
        else if (a.startsWith('--allow-globals='))
            allow.push(...a.slice(16).split(',').filter(Boolean));
        else if (a === '--forbid-pickle')
            forbidPickle = true;
        else if (a.startsWith('--'))
            throw new _engine_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigError */ .xL('CONFIG_INVALID', `scan-models: unknown option ${a}\n\n${_help_js__WEBPACK_IMPORTED_MODULE_8__/* .SCAN_MODELS_HELP */ .jw}`);
        else
            paths.push(a);
    }
    if (format !== 'text' && format !== 'json')
        throw new _engine_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigError */ .xL('CONFIG_INVALID', `scan-models: --format must be text or json, got "${format}"`);
    if (paths.length === 0)
        throw new _engine_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigError */ .xL('CONFIG_INVALID', `scan-models: name at least one file or folder\n\n${_help_js__WEBPACK_IMPORTED_MODULE_8__/* .SCAN_MODELS_HELP */ .jw}`);
    const opts = { allow: (0,_scanners_pickle_globals_js__WEBPACK_IMPORTED_MODULE_5__/* .compileAllow */ .bC)(allow), forbidPickle };
    const results = [];
    const errors = [];
    for (const p of paths) {
        const abs = node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(p);
        let st;
        try {
            st = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.lstatSync)(abs);
        }
        catch {
            errors.push(`${p}: no such file or folder`);
            continue;
        }
        if (st.isSymbolicLink()) {
            errors.push(`${p}: is a symbolic link, which is not followed`);
        }
        else if (st.isDirectory()) {
            const { walkFiles } = await Promise.all(/* import() */[__webpack_require__.e(4006), __webpack_require__.e(4886)]).then(__webpack_require__.bind(__webpack_require__, 4886));
            const w = await walkFiles(abs);
            for (const s of w.symlinks)
                errors.push(`${node_path__WEBPACK_IMPORTED_MODULE_1___default().join(p, s)}: symbolic link not followed`);
            for (const f of w.files)
                results.push(await scanOne(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(abs, f), node_path__WEBPACK_IMPORTED_MODULE_1___default().join(p, f).split((node_path__WEBPACK_IMPORTED_MODULE_1___default().sep)).join('/'), opts));
        }
        else {
            results.push(await scanOne(abs, p.split((node_path__WEBPACK_IMPORTED_MODULE_1___default().sep)).join('/'), opts));
        }
    }
    for (const r of results)
        errors.push(...r.errors);
    const blocking = results.some((r) => r.issues.some((i) => i.severity === 'critical' || i.severity === 'high'));
    const code = errors.length ? 2 : blocking ? 1 : 0;
    if (format === 'json') {
        // The gate module (and its config schema) loads only for JSON, which carries findings.
        const { toFindings } = await Promise.all(/* import() */[__webpack_require__.e(9691), __webpack_require__.e(4006), __webpack_require__.e(3917), __webpack_require__.e(7388), __webpack_require__.e(9607), __webpack_require__.e(6784)]).then(__webpack_require__.bind(__webpack_require__, 66784));
        const files = results.map((r) => {
            const t = toFindings(r);
            return { path: r.path, format: r.format, outcome: t.check.outcome, members: r.members, globals: r.globals, findings: t.findings, errors: r.errors };
        });
        // Token-shaped strings a pickle's call arguments quote are masked here too (report/redact.ts).
        const doc = { status: code === 2 ? 'error' : code === 1 ? 'fail' : 'pass', files, errors };
        const mask = (0,_report_redact_js__WEBPACK_IMPORTED_MODULE_7__/* .masker */ .KB)((0,_report_redact_js__WEBPACK_IMPORTED_MODULE_7__/* .findTokens */ .GY)(JSON.stringify(doc)));
        (0,_report_log_js__WEBPACK_IMPORTED_MODULE_6__/* .writeMachine */ .hY)((0,_report_json_js__WEBPACK_IMPORTED_MODULE_9__/* .safeJson */ .o)(JSON.parse(JSON.stringify(doc), (_k, v) => (typeof v === 'string' ? mask(v) : v))) + '\n');
        return code;
    }
    const lines = [];
    for (const r of results) {
        const bad = r.errors.length ? 'ERROR' : r.issues.some((i) => i.severity === 'critical' || i.severity === 'high') ? 'FAIL ' : 'ok   ';
        const g = r.globals.length ? `, ${new Set(r.globals.map((x) => x.global)).size} globals` : '';
        lines.push(`${bad} ${safe(r.path)} [${safe(r.format)}${g}]`);
        for (const i of r.issues)
            lines.push(`      ${i.severity.padEnd(8)} ${i.ruleId}: ${safe(i.message)}`);
    }
    for (const e of errors)
        lines.push(`error: ${safe(e)}`);
    lines.push(`${results.length} file(s) scanned: ${code === 0 ? 'nothing blocking' : code === 1 ? 'blocking issues found' : 'some files could not be decided'}`);
    const text = lines.join('\n') + '\n';
    (0,_report_log_js__WEBPACK_IMPORTED_MODULE_6__/* .writeOut */ .sD)((0,_report_redact_js__WEBPACK_IMPORTED_MODULE_7__/* .masker */ .KB)((0,_report_redact_js__WEBPACK_IMPORTED_MODULE_7__/* .findTokens */ .GY)(text))(text));
    return code;
});
/** A small file is read whole once and scanned from memory; a larger one (or one that read refused: the scanner says why) from disk. */
async function scanOne(abs, rel, opts) {
    const data = (0,_scanners_read_small_js__WEBPACK_IMPORTED_MODULE_4__/* .readSmallFileSync */ .x6)(abs);
    return data ? (0,_scanners_model_scan_js__WEBPACK_IMPORTED_MODULE_3__/* .scanModelBuffer */ .dT)(data, rel, opts) : (0,_scanners_model_scan_js__WEBPACK_IMPORTED_MODULE_3__/* .scanModelFile */ .dH)(abs, rel, opts);
}


/***/ }),

/***/ 32794:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   h: () => (/* binding */ renderJson),
/* harmony export */   o: () => (/* binding */ safeJson)
/* harmony export */ });
/**
 * JSON text that is safe on a terminal and in a log: besides what JSON.stringify escapes (quotes,
 * backslash, C0 controls), DEL, C1 controls (U+009B is a CSI), U+2028/9 and bidirectional overrides
 * are written as \u escapes. The value is unchanged.
 */
function safeJson(value) {
    return JSON.stringify(value, null, 2).replace(/[\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069\ufeff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
function renderJson(report) {
    const { schemaVersion, tool, status, notChecked, ...rest } = report;
    return safeJson({ schemaVersion, tool, status, notChecked: notChecked ?? [], ...rest }) + '\n';
}


/***/ }),

/***/ 20649:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FI: () => (/* binding */ redactValue),
/* harmony export */   GY: () => (/* binding */ findTokens),
/* harmony export */   KB: () => (/* binding */ masker),
/* harmony export */   QS: () => (/* binding */ maskValue),
/* harmony export */   a5: () => (/* binding */ redactReport)
/* harmony export */ });
/* unused harmony export TOKEN_SHAPES */
/** What may be shown of a secret: its first 4 characters when it is long enough, else nothing. */
function maskValue(secret) {
    const oneLine = secret.split(/\r?\n/)[0];
    return oneLine.length >= 16 ? `${oneLine.slice(0, 4)}****` : '****';
}
/**
 * Token shapes masked wherever they appear, whether or not the secrets gate ran: provider keys by
 * their prefix, private key blocks, JWTs, credentials in URLs and the value bandit quotes in its
 * hardcoded-password messages. Group 1, when present, is the secret; else the whole match.
 * Every shape needs one of MAY_HOLD_TOKEN's parts: a new shape that does not must widen it.
 */
const TOKEN_SHAPES = [
    /-----BEGIN[A-Z0-9 ]{0,40}PRIVATE KEY(?: BLOCK)?-----[\s\S]{0,20000}?(?:-----END[A-Z0-9 ]{0,40}PRIVATE KEY(?: BLOCK)?-----|$)/g,
    /(?<![A-Za-z0-9_-])(sk-(?:proj-|svcacct-|admin-|ant-(?:api|admin)\d\d-)?[A-Za-z0-9_-]{20,})/g,
    /(?<![A-Za-z0-9_-])([A-Za-z0-9_-]{8,}T3BlbkFJ[A-Za-z0-9_-]{8,})/g,
    /(?<![A-Za-z0-9_])((?:gh[pousr]_[A-Za-z0-9]{30,}|github_pat_[A-Za-z0-9_]{40,}|glpat-[A-Za-z0-9_-]{20,}|npm_[A-Za-z0-9]{36}))/g,
    /(?<![A-Za-z0-9])((?:AKIA|ASIA|ABIA|ACCA)[0-9A-Z]{16})(?![A-Za-z0-9])/g,
    /(?<![A-Za-z0-9_-])(xox[abposr]-[A-Za-z0-9-]{10,})/g,
    /(?<![A-Za-z0-9_-])((?:hf_|api_org_)[A-Za-z0-9]{30,})/g,
    /(?<![A-Za-z0-9_-])(AIza[0-9A-Za-z_-]{35})/g,
    /(?<![A-Za-z0-9_-])((?:r8_|pplx-|nvapi-|xai-|gsk_|pcsk_|lsv2_|tgp_v1_|sk_live_|rk_live_|sk_test_)[A-Za-z0-9_-]{20,})/g,
    /(?<![A-Za-z0-9_-])(eyJ[A-Za-z0-9_-]{10,}\.eyJ[A-Za-z0-9_-]{10,}\.[A-Za-z0-9_-]{10,})/g,
    /[a-z][a-z0-9+.-]{1,20}:\/\/[^\s:/@'"]{1,100}:([^\s@/'"]{3,200})@/gi,
    /hardcoded password:? '([^'\n]{3,200})'/gi,
    /(?:password|passwd|secret|token|api_?key)["']?\s*[:=]\s*["']([^"'\s]{8,200})["']/gi
];
/**
 * What every TOKEN_SHAPES match contains: a private key header, 13 or more token characters in a
 * row (the shortest: a JWT's `eyJ` and 10 more; every key shape needs 15 or more), a URL's `://`,
 * or one of the words the password shapes start with. Text with none of them (most short
 * messages and file lists) cannot hold a token, and the 13 expressions are not run on it.
 */
const MAY_HOLD_TOKEN = /-----BEGIN|[A-Za-z0-9_-]{13}|:\/\/|passw(?:or)?d|secret|token|api_?key/i;
/** Token-shaped strings in `text` (see TOKEN_SHAPES). */
function findTokens(text) {
    if (!MAY_HOLD_TOKEN.test(text))
        return [];
    const out = new Set();
    for (const re of TOKEN_SHAPES) {
        re.lastIndex = 0;
        for (const m of text.matchAll(re)) {
            const v = m[1] ?? m[0];
            if (v.length >= 3)
                out.add(v);
        }
    }
    return [...out];
}
const KEEP = new Set(['fingerprint']);
const KEEP_NOTHING = new Set();
function collect(value, out, keep, depth = 0) {
    if (depth > 64)
        return;
    if (typeof value === 'string')
        out.push(value);
    else if (Array.isArray(value))
        for (const v of value)
            collect(v, out, keep, depth + 1);
    else if (value && typeof value === 'object')
        for (const [k, v] of Object.entries(value))
            if (!keep.has(k))
                collect(v, out, keep, depth + 1);
}
function rewrite(value, fix, keep, depth = 0) {
    if (depth > 64)
        return value;
    if (typeof value === 'string')
        return fix(value);
    if (Array.isArray(value))
        return value.map((v) => rewrite(v, fix, keep, depth + 1));
    if (value && typeof value === 'object') {
        const out = {};
        for (const [k, v] of Object.entries(value))
            out[k] = keep.has(k) ? v : rewrite(v, fix, keep, depth + 1);
        return out;
    }
    return value;
}
/** A function replacing each of `values` (longest first) by its masked form; each line of a multi-line value too. */
function masker(values) {
    const all = new Set();
    for (const v of values) {
        if (typeof v !== 'string' || v.length < 6)
            continue;
        all.add(v);
        for (const line of v.split(/\r?\n/))
            if (line.trim().length >= 8)
                all.add(line.trim());
    }
    if (!all.size)
        return (s) => s;
    const sorted = [...all].sort((a, b) => b.length - a.length);
    const re = new RegExp(sorted.map((v) => v.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'), 'g');
    return (s) => (s.length < 6 ? s : s.replace(re, (m) => maskValue(m)));
}
/**
 * A copy of any JSON-like value with every secret masked in every string but those under `keep` keys:
 * the gate's own values, the built-in token shapes, and what `detect` finds in all the text at once.
 */
async function redactValue(value, opts = {}, keep = KEEP_NOTHING) {
    const strings = [];
    collect(value, strings, keep);
    const found = new Set(opts.secrets ?? []);
    for (const s of strings)
        for (const t of findTokens(s))
            found.add(t);
    if (opts.detect) {
        try {
            for (const t of await opts.detect(strings.join('\n\n')))
                found.add(t);
        }
        catch {
            // The built-in shapes and the gate's own values still apply.
        }
    }
    return rewrite(value, masker(found), keep);
}
/** The Report with every secret masked in every field but fingerprints. Does not change its input. */
function redactReport(report, opts = {}) {
    return redactValue(report, opts, KEEP);
}


/***/ })

};
