export const id = 827;
export const ids = [827,886];
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

/***/ 7827:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ZA: () => (/* binding */ suggest),
/* harmony export */   og: () => (/* binding */ formatIssues)
/* harmony export */ });
/* unused harmony export keyPath */
/* harmony import */ var fastest_levenshtein__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1916);
/** Turns zod issues and YAML errors into messages that name the file, the key path and the fix. */

function keyPath(path) {
    if (path.length === 0)
        return '(top level)';
    return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? String(p) : `.${String(p)}`)).join('');
}
/** The allowed keys of the object at `path` in a schema, for "did you mean" and the list of valid keys. */
function allowedKeysAt(schema, path) {
    let node = schema;
    for (const p of path) {
        node = unwrap(node);
        if (!node)
            return [];
        if (typeof p === 'number')
            node = node.def?.element;
        else
            node = node.shape?.[p];
    }
    node = unwrap(node);
    return node?.shape ? Object.keys(node.shape) : [];
}
function unwrap(node) {
    while (node && ['optional', 'default', 'nullable', 'pipe', 'prefault'].includes(node.def?.type)) {
        node = node.def.type === 'pipe' ? node.def.in : node.def.innerType;
    }
    return node;
}
function suggest(word, candidates) {
    if (candidates.length === 0)
        return '';
    const best = (0,fastest_levenshtein__WEBPACK_IMPORTED_MODULE_0__/* .closest */ .kp)(word, candidates);
    const dist = levenshtein(word, best);
    return dist <= Math.max(2, Math.floor(word.length / 3)) ? ` (did you mean "${best}"?)` : '';
}
function levenshtein(a, b) {
    const dp = Array.from({ length: b.length + 1 }, (_, i) => i);
    for (let i = 1; i <= a.length; i++) {
        let prev = dp[0];
        dp[0] = i;
        for (let j = 1; j <= b.length; j++) {
            const tmp = dp[j];
            dp[j] = Math.min(dp[j] + 1, dp[j - 1] + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
            prev = tmp;
        }
    }
    return dp[b.length];
}
function formatIssues(file, schema, issues) {
    return issues.map((issue) => {
        const where = keyPath(issue.path);
        if (issue.code === 'unrecognized_keys') {
            const allowed = allowedKeysAt(schema, issue.path);
            const isGates = issue.path.length === 1 && issue.path[0] === 'gates';
            return issue.keys
                .map((k) => `${file}: ${where}: unknown ${isGates ? 'gate' : 'key'} "${k}"${suggest(k, allowed)}. ` +
                `${isGates ? 'Valid gates' : 'Allowed keys'}: ${allowed.join(', ')}`)
                .join('\n');
        }
        return `${file}: ${where}: ${issue.message}`;
    });
}


/***/ }),

/***/ 9827:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Bi: () => (/* binding */ DEFAULT_CONFIG_PATH),
  lt: () => (/* binding */ loadBaselineFingerprints),
  Z9: () => (/* binding */ loadConfig),
  Q2: () => (/* binding */ loadWaivers)
});

// UNUSED EXPORTS: DEFAULT_WAIVERS_PATH, MAX_BASELINE_BYTES, MAX_CONFIG_BYTES, defaultConfig, parseConfigText, parseYaml, validate

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
// EXTERNAL MODULE: ./src/engine/errors.ts
var errors = __webpack_require__(7679);
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 17 modules
var schemas = __webpack_require__(8816);
// EXTERNAL MODULE: ./src/gates/registry.ts
var registry = __webpack_require__(8921);
// EXTERNAL MODULE: ./src/config/common.ts
var common = __webpack_require__(5057);
;// CONCATENATED MODULE: ./src/config/schema.ts
/**
 * The config file (`.github/ai-secure-gates.yml`) as a zod schema. Each gate owns the schema of its
 * own block (gate.configSchema); this file joins them with the common keys. The JSON Schema in
 * `schema/ai-secure-gates.schema.json` is generated from this (`npm run schema`).
 */



function gateBlock(gate) {
    const shape = gate.configSchema.shape;
    return schemas/* strictObject */.rej({ ...common/* commonGateShape */.Ez, ...shape }).describe(gate.title);
}
const gatesSchema = schemas/* strictObject */.rej(Object.fromEntries(registry/* GATES */.J.map((g) => [g.id, gateBlock(g).optional()])));
const configSchema = schemas/* strictObject */.rej({
    version: schemas/* literal */.euz(1).describe('Config format version; always 1.'),
    'fail-on': common/* thresholdSchema */.P4.default('high'),
    waivers: schemas/* string */.YjP().optional().describe('Path of the waivers file (default .github/ai-secure-gates-waivers.yml when it exists).'),
    baseline: schemas/* string */.YjP().optional().describe('Path of a previous JSON report: findings already in it are reported but never block.'),
    'timeout-minutes': schemas/* number */.aig().positive().max(360).default(20).describe('Default per-gate time limit.'),
    gates: gatesSchema.default({}).describe('The gates to run and their settings. Omit a gate to not run it.')
});
const waiverSchema = schemas/* strictObject */.rej({
    gate: schemas/* string */.YjP().min(1).describe('Gate id the waiver applies to.'),
    rule: schemas/* string */.YjP().min(1).optional().describe('Rule id (or a vulnerability alias such as a CVE) to waive.'),
    path: schemas/* string */.YjP().min(1).optional().describe('Glob of workspace paths the waiver covers (default: everywhere).'),
    fingerprint: schemas/* string */.YjP().min(1).optional().describe('Fingerprint of one finding (from the JSON report).'),
    reason: schemas/* string */.YjP().min(3).describe('Why this finding is acceptable; shown in every report.'),
    expires: schemas/* union */.KCZ([schemas/* string */.YjP(), schemas/* date */.p6U()])
        .transform((v) => (v instanceof Date ? v.toISOString().slice(0, 10) : v))
        .refine((v) => /^\d{4}-\d{2}-\d{2}$/.test(v) && !Number.isNaN(Date.parse(v)), 'expires must be a date written YYYY-MM-DD')
        .describe('Date (YYYY-MM-DD) after which the waiver stops applying.')
})
    .refine((w) => w.rule || w.fingerprint, { message: 'a waiver needs a rule or a fingerprint', path: ['rule'] });
const waiversFileSchema = schemas/* strictObject */.rej({ waivers: schemas/* array */.YOg(waiverSchema) });

// EXTERNAL MODULE: ./src/config/errors.ts
var config_errors = __webpack_require__(7827);
// EXTERNAL MODULE: ./src/engine/paths.ts
var paths = __webpack_require__(4886);
;// CONCATENATED MODULE: ./src/config/load.ts
/** Reads and validates the config file, the waivers file and a baseline report. */








const DEFAULT_CONFIG_PATH = '.github/ai-secure-gates.yml';
const DEFAULT_WAIVERS_PATH = '.github/ai-secure-gates-waivers.yml';
/** Largest config or waivers file read (a real one is a few KiB; 57 MB took 46 s and 2.2 GB). */
const MAX_CONFIG_BYTES = 1024 * 1024;
/** Largest baseline report read. */
const MAX_BASELINE_BYTES = 256 * 1024 * 1024;
/**
 * Reads a workspace file named in the config or the inputs: its real path (after symlinks) must be
 * inside the workspace, it must be a regular file (not /dev/zero, a FIFO or a folder), and no larger
 * than `maxBytes`. Missing: null, or an error when `mustExist`.
 */
async function readText(workspace, rel, what, mustExist, maxBytes = MAX_CONFIG_BYTES) {
    const file = (0,paths/* resolveInside */.LI)(workspace, rel, what);
    const where = await (0,paths/* realLocation */.EQ)(workspace, rel);
    if (where === 'missing') {
        if (!mustExist)
            return null;
        throw new errors/* ConfigError */.xL('CONFIG_NOT_FOUND', `${what} not found: ${file}. Check the path, or remove the setting to use the default.`);
    }
    if (where === 'outside') {
        throw new errors/* ConfigError */.xL('OUTSIDE_WORKSPACE', `${what} ${rel} leads through a symlink out of the workspace; it was not read. Commit the file itself.`);
    }
    let handle;
    try {
        handle = await (0,promises_.open)(file, external_node_fs_.constants.O_RDONLY | (external_node_fs_.constants.O_NONBLOCK ?? 0));
        const st = await handle.stat();
        if (!st.isFile())
            throw new errors/* ConfigError */.xL('CONFIG_UNREADABLE', `${what} ${rel} is not a regular file; it was not read.`);
        if (st.size > maxBytes)
            throw new errors/* ConfigError */.xL('CONFIG_UNREADABLE', `${what} ${rel} is ${st.size} bytes, over the ${maxBytes}-byte limit; it was not read.`);
        const buf = Buffer.alloc(Math.min(st.size, maxBytes) + 1);
        const { bytesRead } = await handle.read(buf, 0, buf.length, 0);
        if (bytesRead > maxBytes)
            throw new errors/* ConfigError */.xL('CONFIG_UNREADABLE', `${what} ${rel} is over the ${maxBytes}-byte limit; it was not read.`);
        return buf.subarray(0, bytesRead).toString('utf8');
    }
    catch (e) {
        if (e instanceof errors/* ConfigError */.xL)
            throw e;
        const err = e;
        if (err.code === 'ENOENT' && !mustExist)
            return null;
        if (err.code === 'ENOENT')
            throw new errors/* ConfigError */.xL('CONFIG_NOT_FOUND', `${what} not found: ${file}. Check the path, or remove the setting to use the default.`);
        throw new errors/* ConfigError */.xL('CONFIG_UNREADABLE', `${what} ${file} could not be read: ${err.message}`, { cause: e });
    }
    finally {
        await handle?.close();
    }
}
/** Parses YAML text; syntax errors carry line and column. */
function parseYaml(text, displayName) {
    const doc = (0,dist/* parseDocument */.Tp)(text, { prettyErrors: true, uniqueKeys: true });
    if (doc.errors.length > 0) {
        const msgs = doc.errors.map((e) => {
            const pos = e.linePos?.[0];
            const first = e.message.split('\n')[0];
            return pos ? `${displayName}:${pos.line}:${pos.col}: YAML syntax error: ${first}` : `${displayName}: YAML syntax error: ${first}`;
        });
        throw new errors/* ConfigError */.xL('CONFIG_SYNTAX', msgs.join('\n'));
    }
    try {
        return doc.toJS();
    }
    catch (e) {
        // yaml stops alias expansion past its limit (a "billion laughs" file): name the file.
        throw new errors/* ConfigError */.xL('CONFIG_SYNTAX', `${displayName}: ${e.message}; the file was not used (expand the aliases, or remove them)`);
    }
}
function validate(schema, data, displayName) {
    const result = schema.safeParse(data);
    if (!result.success) {
        throw new errors/* ConfigError */.xL('CONFIG_INVALID', (0,config_errors/* formatIssues */.og)(displayName, schema, result.error.issues).join('\n'));
    }
    return result.data;
}
/** `gates: { code: }` (null) means "run with defaults". */
function normaliseNullGates(raw) {
    if (raw && typeof raw === 'object' && !Array.isArray(raw)) {
        const obj = raw;
        if (obj.gates && typeof obj.gates === 'object' && !Array.isArray(obj.gates)) {
            obj.gates = Object.fromEntries(Object.entries(obj.gates).map(([k, v]) => [k, v ?? {}]));
        }
    }
    return raw;
}
function parseConfigText(text, displayName) {
    const raw = parseYaml(text, displayName);
    if (raw === null || raw === undefined)
        throw new errors/* ConfigError */.xL('CONFIG_INVALID', `${displayName}: the file is empty; it needs at least "version: 1" and a "gates:" block.`);
    return validate(configSchema, normaliseNullGates(raw), displayName);
}
/**
 * Loads the config. An explicit path must exist; when the default path does not exist, every gate
 * runs with its defaults (gates that need settings report `skipped` with the reason).
 */
async function loadConfig(workspace, configPath) {
    const rel = configPath || DEFAULT_CONFIG_PATH;
    const text = await readText(workspace, rel, 'Config file', Boolean(configPath));
    if (text === null) {
        return { config: defaultConfig(), source: null };
    }
    return { config: parseConfigText(text, rel), source: rel };
}
/** Without a config file, every gate that can run on its defaults runs; gates that need settings are listed as not configured. */
function defaultConfig() {
    const runnable = registry/* GATES */.J.filter((g) => g.configSchema.safeParse({}).success);
    return configSchema.parse({ version: 1, gates: Object.fromEntries(runnable.map((g) => [g.id, {}])) });
}
async function loadWaivers(workspace, file) {
    const rel = file || DEFAULT_WAIVERS_PATH;
    const text = await readText(workspace, rel, 'Waivers file', Boolean(file));
    if (text === null)
        return { waivers: [], source: null };
    const raw = parseYaml(text, rel);
    const parsed = validate(waiversFileSchema, raw ?? { waivers: [] }, rel);
    return { waivers: parsed.waivers, source: rel };
}
async function loadBaselineFingerprints(workspace, file) {
    if (!file)
        return null;
    const text = (await readText(workspace, file, 'Baseline report', true, MAX_BASELINE_BYTES));
    let data;
    try {
        data = JSON.parse(text);
    }
    catch (e) {
        throw new errors/* ConfigError */.xL('CONFIG_INVALID', `Baseline ${file} is not JSON: ${e.message}. Point baseline at a report written by --format json.`);
    }
    if (!data || data.schemaVersion !== 1 || !Array.isArray(data.gates)) {
        throw new errors/* ConfigError */.xL('CONFIG_INVALID', `Baseline ${file} is not an ai-secure-gates report (schemaVersion 1 with gates[]).`);
    }
    const set = new Set();
    for (const g of data.gates)
        for (const f of g.findings ?? [])
            if (typeof f.fingerprint === 'string')
                set.add(f.fingerprint);
    return set;
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

/***/ 2904:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   d: () => (/* binding */ codeConfigSchema)
/* harmony export */ });
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8816);
/* harmony import */ var _config_common_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5057);
/* harmony import */ var _rules_catalog_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6891);



const codeConfigSchema = zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({
    paths: _config_common_js__WEBPACK_IMPORTED_MODULE_0__/* .pathList */ .CN.default(['.']).describe('Folders or files to scan (workspace-relative).'),
    exclude: _config_common_js__WEBPACK_IMPORTED_MODULE_0__/* .pathList */ .CN.default([]).describe('Paths or globs not scanned (bandit -x; also skipped by the rules and the notebook scan).'),
    'bandit-config': zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().optional().describe("A bandit YAML config file (-c). Without it the repo's own .bandit and pyproject.toml [tool.bandit] apply."),
    skip: zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().regex(/^B\d{3}$/, 'a bandit test id such as B101')).default([]).describe('bandit test ids to skip (-s).'),
    tests: zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().regex(/^B\d{3}$/, 'a bandit test id such as B301')).default([]).describe('Run only these bandit test ids (-t).'),
    bandit: zod__WEBPACK_IMPORTED_MODULE_2__/* .boolean */ .zMY().default(true).describe('Run bandit over the .py files (and the notebooks when notebooks is on).'),
    rules: zod__WEBPACK_IMPORTED_MODULE_2__/* .boolean */ .zMY().default(true).describe('Run the unsafe-load rules (torch.load, pickle, joblib, numpy allow_pickle, yaml, Keras safe_mode, trust_remote_code, unpinned Hugging Face downloads).'),
    'disable-rules': zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_2__/* ["enum"] */ .k5n(_rules_catalog_js__WEBPACK_IMPORTED_MODULE_1__/* .RULE_IDS */ .Iu)).default([]).describe('Unsafe-load rule ids not to report (see docs/gates/code-rules.md).'),
    notebooks: zod__WEBPACK_IMPORTED_MODULE_2__/* .boolean */ .zMY().default(true).describe('Scan the code cells of Jupyter notebooks (.ipynb) with bandit and the rules.')
});


/***/ }),

/***/ 6891:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Iu: () => (/* binding */ RULE_IDS),
/* harmony export */   y0: () => (/* binding */ RULES),
/* harmony export */   ym: () => (/* binding */ ruleHelp)
/* harmony export */ });
const DOCS = 'docs/gates/code-rules.md';
const RULES = {
    'torch-load-unsafe': {
        id: 'torch-load-unsafe',
        severity: 'high',
        title: 'torch.load can unpickle code',
        fix: 'Pass weights_only=True (tensors and plain containers only), or save and load weights with safetensors (safetensors.torch.load_file).',
        bandit: ['B614']
    },
    'pickle-load': {
        id: 'pickle-load',
        severity: 'high',
        title: 'pickle-family load',
        fix: 'Do not unpickle data that could come from anyone else: store models as safetensors/ONNX and data as JSON, CSV or Parquet; if a pickle is unavoidable, verify its hash against a lock file first.',
        bandit: ['B301']
    },
    'joblib-load': {
        id: 'joblib-load',
        severity: 'high',
        title: 'joblib.load unpickles',
        fix: 'Load only files whose hash you pinned (a lock file), or export the model with skops (skops.io.load with trusted types) or ONNX.',
        bandit: ['B301']
    },
    'shelve-open': {
        id: 'shelve-open',
        severity: 'medium',
        title: 'shelve stores pickles',
        fix: 'Use a format without code (sqlite3 with JSON values, dbm with JSON) for data that could come from elsewhere.',
        bandit: ['B301']
    },
    'pandas-read-pickle': {
        id: 'pandas-read-pickle',
        severity: 'high',
        title: 'pandas.read_pickle unpickles',
        fix: 'Store data frames as Parquet, Feather or CSV and read them with pandas.read_parquet / read_feather / read_csv.',
        bandit: ['B301']
    },
    'numpy-allow-pickle': {
        id: 'numpy-allow-pickle',
        severity: 'high',
        title: 'numpy.load with allow_pickle',
        fix: 'Leave allow_pickle at its default (False) and save object arrays in a format without pickles.',
        bandit: []
    },
    'yaml-unsafe-load': {
        id: 'yaml-unsafe-load',
        severity: 'high',
        title: 'YAML load that can build Python objects',
        fix: 'Use yaml.safe_load(stream), or yaml.load(stream, Loader=yaml.SafeLoader) (CSafeLoader for speed).',
        bandit: ['B506']
    },
    'marshal-load': {
        id: 'marshal-load',
        severity: 'medium',
        title: 'marshal load',
        fix: 'marshal is not safe against crafted input: use JSON for data.',
        bandit: ['B302']
    },
    'keras-unsafe-deserialization': {
        id: 'keras-unsafe-deserialization',
        severity: 'high',
        title: 'Keras safe mode turned off',
        fix: 'Keep safe_mode=True (the default) and replace Lambda layers by registered custom layers; do not call enable_unsafe_deserialization().',
        bandit: []
    },
    'hf-trust-remote-code': {
        id: 'hf-trust-remote-code',
        severity: 'high',
        title: 'trust_remote_code runs code from the Hub',
        fix: 'Remove trust_remote_code=True; if the model needs its own code, vendor that code into the repository after review, or pin revision= to a reviewed commit hash.',
        bandit: []
    },
    'hf-unpinned-revision': {
        id: 'hf-unpinned-revision',
        severity: 'medium',
        title: 'Hugging Face download not pinned to a commit',
        fix: 'Pass revision="<40-hex commit hash>" so a later push to the Hub repository cannot change what is loaded.',
        bandit: ['B615']
    }
};
const RULE_IDS = Object.keys(RULES);
function ruleHelp(id) {
    const r = RULES[id];
    return { text: `${r.title}. ${r.fix} (ai-secure-gates rule ${r.id}; see ${DOCS}).` };
}


/***/ }),

/***/ 8036:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   T: () => (/* binding */ containerConfigSchema)
/* harmony export */ });
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8816);
/* harmony import */ var _config_common_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5057);
/* harmony import */ var _engine_types_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3171);



const scanner = zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(['vuln', 'misconfig', 'secret']);
const oneOrMany = zod__WEBPACK_IMPORTED_MODULE_1__/* .union */ .KCZ([zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().min(1), zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().min(1))]);
const containerConfigSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
    image: oneOrMany.optional().describe('Container image reference(s) to scan (trivy image), e.g. ghcr.io/org/app:sha.'),
    'image-archive': _config_common_js__WEBPACK_IMPORTED_MODULE_0__/* .pathList */ .CN.optional().describe('Image tarballs in the workspace (docker save / OCI layout) to scan (trivy image --input).'),
    fs: _config_common_js__WEBPACK_IMPORTED_MODULE_0__/* .pathList */ .CN.optional().describe('Folders or files to scan as a filesystem (trivy fs): lockfiles, and with the misconfig scanner, IaC.'),
    repo: _config_common_js__WEBPACK_IMPORTED_MODULE_0__/* .pathList */ .CN.optional().describe('Repositories to scan (trivy repo): a workspace folder or an https:// URL.'),
    config: _config_common_js__WEBPACK_IMPORTED_MODULE_0__/* .pathList */ .CN.optional().describe('Folders or files of infrastructure code to check (trivy config): Dockerfile, Kubernetes, Helm, Terraform, CloudFormation...'),
    scanners: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(scanner)
        .min(1)
        .optional()
        .describe('Scanners for image/fs/repo targets (default: vuln,secret for images; vuln,misconfig,secret for fs and repo). config targets always use misconfig.'),
    dockerfile: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().min(1).optional().describe('Where image findings are located in the report and annotations (default: the image reference).'),
    'ignore-unfixed': zod__WEBPACK_IMPORTED_MODULE_1__/* .boolean */ .zMY().default(false).describe('Leave out vulnerabilities that have no fixed version yet (trivy --ignore-unfixed).'),
    'unknown-severity': zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(_engine_types_js__WEBPACK_IMPORTED_MODULE_2__/* .SEVERITIES */ .oC).default('medium').describe("Severity given to trivy's UNKNOWN."),
    trivyignore: zod__WEBPACK_IMPORTED_MODULE_1__/* .union */ .KCZ([zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().min(1), zod__WEBPACK_IMPORTED_MODULE_1__/* .literal */ .euz(false)])
        .optional()
        .describe('Ignore file passed to trivy (--ignorefile). Default: .trivyignore.yaml, else .trivyignore, at the workspace root when present; false to use none.'),
    'skip-dirs': _config_common_js__WEBPACK_IMPORTED_MODULE_0__/* .pathList */ .CN.default([]).describe('Folders trivy skips (--skip-dirs).'),
    'db-repository': zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().min(1).optional().describe('Vulnerability DB registry mirror (--db-repository), e.g. public.ecr.aws/aquasecurity/trivy-db:2, when ghcr.io rate-limits.'),
    'checks-bundle-repository': zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().min(1).optional().describe('Misconfiguration checks bundle mirror (--checks-bundle-repository).'),
    offline: zod__WEBPACK_IMPORTED_MODULE_1__/* .boolean */ .zMY().default(false).describe('Use the cached DB only: no DB or checks download (--skip-db-update --skip-check-update --offline-scan); no cached DB is an error.'),
    'cache-db': zod__WEBPACK_IMPORTED_MODULE_1__/* .boolean */ .zMY().default(true).describe('Keep the trivy DB in the GitHub Actions cache under a daily key.'),
    'cache-dir': zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().min(1).optional().describe('trivy --cache-dir (default $TRIVY_CACHE_DIR, else ~/.cache/trivy).')
});


/***/ }),

/***/ 895:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Mt: () => (/* binding */ dataConfigSchema)
/* harmony export */ });
/* unused harmony exports driftSchema, outliersSchema, datasetSchema */
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8816);
/* harmony import */ var _config_common_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5057);


const pValue = zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().gt(0).lt(1);
const driftColumnSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({
    enabled: zod__WEBPACK_IMPORTED_MODULE_1__/* .boolean */ .zMY().optional().describe('Set false to not test this column for drift.'),
    'p-value': pValue.optional().describe('Drift when a test p-value is below this (KS, mean-shift, chi-square).'),
    psi: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().positive().optional().describe('Drift when the population stability index is above this (categorical columns).'),
    tests: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(['ks', 'mean-shift', 'chi-square', 'psi'])).min(1).optional().describe('Tests to run on this column (default: ks and mean-shift for numbers, chi-square and psi for categories).')
});
const driftSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({
    enabled: zod__WEBPACK_IMPORTED_MODULE_1__/* .boolean */ .zMY().optional().describe('Set false to not run drift tests on this dataset.'),
    'p-value': pValue.optional().describe('Drift when a test p-value is below this (default 0.01).'),
    psi: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().positive().optional().describe('Drift when the PSI of a categorical column is above this (default 0.25).'),
    columns: zod__WEBPACK_IMPORTED_MODULE_1__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(), driftColumnSchema).optional().describe('Per-column overrides.')
});
const outlierColumnSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({
    enabled: zod__WEBPACK_IMPORTED_MODULE_1__/* .boolean */ .zMY().optional(),
    method: zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(['iqr', 'mad']).optional(),
    k: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().positive().optional(),
    z: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().positive().optional(),
    'max-fraction': zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().min(0).max(1).optional(),
    against: zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(['dataset', 'reference']).optional()
});
const outliersSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({
    enabled: zod__WEBPACK_IMPORTED_MODULE_1__/* .boolean */ .zMY().optional().describe('Set false to not look for outliers in this dataset.'),
    method: zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(['iqr', 'mad']).optional().describe('iqr: Tukey fences Q1 - k*IQR, Q3 + k*IQR (default). mad: robust z-score 0.6745*(x - median)/MAD beyond z.'),
    k: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().positive().optional().describe('IQR fence multiplier (default 3, Tukey "far out"; 1.5 marks "outside").'),
    z: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().positive().optional().describe('Robust z-score threshold for mad (default 3.5).'),
    'max-fraction': zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().min(0).max(1).optional().describe('A column fails when more than this fraction of its values are outliers (default 0.01).'),
    against: zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(['dataset', 'reference']).optional().describe('Compute the fences from the dataset itself (default) or from the reference.'),
    columns: zod__WEBPACK_IMPORTED_MODULE_1__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(), outlierColumnSchema).optional().describe('Per-column overrides.')
});
const datasetSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({
    path: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().min(1).describe('The dataset file (CSV, TSV, JSON Lines or Parquet), or a folder of them.'),
    format: zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(['csv', 'tsv', 'jsonl', 'parquet']).optional().describe('Format (default: from the extension).'),
    delimiter: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().length(1).optional().describe('CSV field delimiter (default , or tab for .tsv).'),
    schema: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().min(1).optional().describe('Schema file (YAML) the rows must follow.'),
    reference: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().min(1).optional().describe('Trusted reference dataset for drift (and outliers with against: reference).'),
    'reference-format': zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(['csv', 'tsv', 'jsonl', 'parquet']).optional(),
    drift: driftSchema.optional(),
    outliers: outliersSchema.optional()
});
const dataConfigSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
    datasets: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(datasetSchema).min(1).describe('The datasets to check.'),
    lock: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().min(1).optional().describe('Hash lock (sha256) of the datasets, written by `ai-secure-gates lock data`.'),
    exclude: _config_common_js__WEBPACK_IMPORTED_MODULE_0__/* .pathList */ .CN.default([]).describe('Paths or globs left out of the lock.'),
    dvc: zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(['auto', 'required', 'off']).default('auto').describe('auto: verify DVC records (.dvc, dvc.lock) where they exist; required: a dataset without one is a finding; off.'),
    drift: driftSchema.optional().describe('Defaults for every dataset.'),
    outliers: outliersSchema.optional().describe('Defaults for every dataset.'),
    'max-examples': zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int().positive().max(1000).default(10).describe('Rows listed per rule in a finding (the count covers all).'),
    'max-bytes': zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int().positive().default(4 * 1024 ** 3).describe('Largest dataset or reference file read (bytes).'),
    'max-rows': zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int().positive().default(20_000_000).describe('Most rows read from one file; more is an error.'),
    'max-categories': zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int().positive().default(10_000).describe('Most distinct values of a categorical column kept for drift.')
});


/***/ }),

/***/ 1623:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ dependenciesConfigSchema)
/* harmony export */ });
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8816);
/* harmony import */ var _config_common_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5057);
/* harmony import */ var _engine_types_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3171);



const severity = zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(_engine_types_js__WEBPACK_IMPORTED_MODULE_2__/* .SEVERITIES */ .oC);
const dependenciesConfigSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
    requirements: _config_common_js__WEBPACK_IMPORTED_MODULE_0__/* .pathList */ .CN
        .optional()
        .describe('Requirements files to audit (pip-audit -r), each audited on its own so findings point at the file and line. Default: requirements.txt when it exists.'),
    project: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().min(1).optional().describe('A folder holding a pyproject.toml to audit as a project (pip-audit <dir>).'),
    environment: zod__WEBPACK_IMPORTED_MODULE_1__/* .boolean */ .zMY()
        .default(false)
        .describe('Audit the installed Python environment (the interpreter set by `python`, else python3 on PATH) instead of files.'),
    python: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().min(1).optional().describe('Interpreter whose environment is audited when environment: true (default: python3 on PATH).'),
    severity: severity.default('high').describe('pip-audit reports no severity: the severity given to every vulnerability that has a fixed version.'),
    'unfixable-severity': severity
        .optional()
        .describe('Severity of vulnerabilities with no fixed version (default: the same as severity). Set it below fail-on (e.g. info) to block only fixable ones.'),
    'vulnerability-service': zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(['pypi', 'osv']).default('pypi').describe('Advisory source (pip-audit -s).'),
    'require-hashes': zod__WEBPACK_IMPORTED_MODULE_1__/* .boolean */ .zMY().default(false).describe('Pass --require-hashes: every requirement must carry a hash.'),
    'no-deps': zod__WEBPACK_IMPORTED_MODULE_1__/* .boolean */ .zMY().default(false).describe('Pass --no-deps: audit only the listed (fully pinned) requirements, without resolving.'),
    'index-url': zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().url().optional().describe('Package index to resolve requirements against (pip-audit --index-url), for mirrors.')
});


/***/ }),

/***/ 5857:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ai: () => (/* binding */ evaluationConfigSchema)
/* harmony export */ });
/* unused harmony exports METRIC_FORMATS, ruleSchema, FAIRNESS_SUMMARIES, fairnessSchema */
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8816);

const METRIC_FORMATS = ['json', 'yaml', 'toml', 'csv', 'mlflow', 'lm-eval', 'hf-evaluate'];
const baselineSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .union */ .KCZ([
    zod__WEBPACK_IMPORTED_MODULE_0__/* .literal */ .euz('base-commit').describe("The same file at the pull request's base commit, read with git."),
    zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().min(1).describe('A baseline file in the repository, read with the same format as the metrics.'),
    zod__WEBPACK_IMPORTED_MODULE_0__/* .strictObject */ .rej({
        git: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().min(1).describe('A git revision (sha, branch, tag) whose copy of the metrics file is the baseline.')
    })
        .describe('The same file at a git revision.'),
    zod__WEBPACK_IMPORTED_MODULE_0__/* .strictObject */ .rej({
        report: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().min(1).describe("A previous JSON report of this action: the evaluation gate's metric values in it are the baseline.")
    })
        .describe('A previous JSON report.'),
    zod__WEBPACK_IMPORTED_MODULE_0__/* .strictObject */ .rej({ path: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().min(1), format: zod__WEBPACK_IMPORTED_MODULE_0__/* ["enum"] */ .k5n(METRIC_FORMATS).optional() }).describe('A baseline file with its own format.')
]);
const sourceSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .strictObject */ .rej({
    path: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().min(1).describe('The metrics file (JSON, YAML, TOML, CSV, lm-evaluation-harness results_*.json, HF evaluate output) or an MLflow run folder (mlruns/<experiment>/<run>).'),
    format: zod__WEBPACK_IMPORTED_MODULE_0__/* ["enum"] */ .k5n(METRIC_FORMATS).optional().describe('Format (default: from the extension and content).'),
    select: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().min(1)).min(1).optional().describe('Metrics to compare, as dotted paths or globs (* within a key, ** across keys). Default: every numeric value.'),
    baseline: baselineSchema.optional().describe('Baseline of this file (default: the gate-level baseline).')
});
const toleranceSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .strictObject */ .rej({
    absolute: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().nonnegative().optional().describe('A regression up to this much is allowed.'),
    relative: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().nonnegative().optional().describe('A regression up to this fraction of the baseline value is allowed (0.05 = 5 %).'),
    stderr: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().nonnegative().optional().describe('A regression up to this many combined standard errors (sqrt(se_old^2 + se_new^2)) is allowed; both sides must carry a standard error.')
})
    .describe('How much worse a metric may get. With several, the largest allowance applies. Default: none (any regression fails).');
const ruleShape = {
    direction: zod__WEBPACK_IMPORTED_MODULE_0__/* ["enum"] */ .k5n(['higher', 'lower']).optional().describe('Whether higher or lower is better (taken from the format where it says so, e.g. lm-evaluation-harness).'),
    tolerance: toleranceSchema.optional(),
    min: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().optional().describe('Absolute floor: the new value below this fails, whatever the baseline.'),
    max: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().optional().describe('Absolute ceiling: the new value above this fails, whatever the baseline.'),
    severity: zod__WEBPACK_IMPORTED_MODULE_0__/* ["enum"] */ .k5n(['critical', 'high', 'medium', 'low', 'info']).optional().describe('Severity of a regression or bound breach (default high).')
};
const ruleSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .strictObject */ .rej(ruleShape);
const FAIRNESS_SUMMARIES = (/* unused pure expression or super */ null && ([
    'demographic-parity-difference',
    'demographic-parity-ratio',
    'equalized-odds-difference',
    'equalized-odds-ratio',
    'equal-opportunity-difference',
    'max-ece'
]));
const labelValue = zod__WEBPACK_IMPORTED_MODULE_0__/* .union */ .KCZ([zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig(), zod__WEBPACK_IMPORTED_MODULE_0__/* .boolean */ .zMY()]);
const fairnessSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .strictObject */ .rej({
    predictions: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().min(1).describe('Predictions file: CSV, TSV, Parquet or JSON Lines, one row per example.'),
    format: zod__WEBPACK_IMPORTED_MODULE_0__/* ["enum"] */ .k5n(['csv', 'tsv', 'jsonl', 'parquet']).optional().describe('Format (default: from the extension).'),
    label: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().min(1).default('label').describe('Column of the true label.'),
    prediction: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().min(1).default('prediction').describe('Column of the predicted label.'),
    score: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().min(1).optional().describe('Column of the predicted probability of the positive class (enables calibration error).'),
    sensitive: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().min(1)).min(1).describe('Sensitive-feature columns; groups are their values, and intersections of all of them.'),
    positive: labelValue.default(1).describe('The positive label.'),
    negative: labelValue.default(0).describe('The negative label. A label that is neither is an error.'),
    intersections: zod__WEBPACK_IMPORTED_MODULE_0__/* .boolean */ .zMY().default(true).describe('Also judge the intersections of all sensitive features (with two or more).'),
    'min-group-size': zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().int().nonnegative().default(30).describe('Groups with fewer rows are reported, not judged.'),
    'max-groups': zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().int().positive().max(100_000).default(1000).describe('Most distinct values of one sensitive column (and intersections); more is an error.'),
    thresholds: zod__WEBPACK_IMPORTED_MODULE_0__/* .strictObject */ .rej({
        'demographic-parity-difference': zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().nonnegative().optional().describe('Fail above this difference in selection rate between groups.'),
        'demographic-parity-ratio': zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().min(0).max(1).optional().describe('Fail below this ratio of smallest to largest selection rate (0.8 = four-fifths rule).'),
        'equalized-odds-difference': zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().nonnegative().optional().describe('Fail above this (largest of the TPR and FPR differences).'),
        'equalized-odds-ratio': zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().min(0).max(1).optional().describe('Fail below this (smallest of the TPR and FPR ratios).'),
        'equal-opportunity-difference': zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().nonnegative().optional().describe('Fail above this difference in TPR.'),
        'max-ece': zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().nonnegative().optional().describe('Fail when the expected calibration error, overall or of any judged group, is above this (needs score).')
    })
        .default({})
        .describe('Limits on the summaries; a summary without a limit is reported only.'),
    baseline: zod__WEBPACK_IMPORTED_MODULE_0__/* .union */ .KCZ([zod__WEBPACK_IMPORTED_MODULE_0__/* .literal */ .euz('base-commit'), zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().min(1), zod__WEBPACK_IMPORTED_MODULE_0__/* .strictObject */ .rej({ git: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().min(1) })])
        .optional()
        .describe('Predictions of the baseline model (same columns): base-commit (the same file at the pull request\'s base commit), a path, or { git: <revision> }. Each judged group\'s slice-metrics are then held to the baseline\'s by the gate\'s rules (names like "sex=F.accuracy", "overall.accuracy").'),
    'slice-metrics': zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_0__/* ["enum"] */ .k5n(['accuracy', 'precision', 'recall', 'fpr', 'fnr']))
        .min(1)
        .default(['accuracy'])
        .describe('Per-group rates held to the baseline predictions (accuracy, precision and recall: higher is better; fpr and fnr: lower).'),
    bins: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().int().min(2).max(1000).default(10).describe('Equal-width score bins for the expected calibration error.'),
    bootstrap: zod__WEBPACK_IMPORTED_MODULE_0__/* .strictObject */ .rej({
        samples: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().int().min(0).max(10_000).default(1000).describe('Bootstrap resamples for confidence intervals (0 = none).'),
        confidence: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().gt(0).lt(1).default(0.95),
        seed: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().int().default(42).describe('Fixed seed: the same data gives the same intervals.')
    })
        .default({ samples: 1000, confidence: 0.95, seed: 42 })
        .describe('Percentile bootstrap confidence intervals of the summaries (reported, not judged).'),
    'max-bytes': zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().int().positive().default(2 * 1024 ** 3).describe('Largest predictions file read (bytes).'),
    'max-rows': zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().int().positive().default(50_000_000).describe('Most rows read; more is an error.')
});
const evaluationConfigSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({
    metrics: zod__WEBPACK_IMPORTED_MODULE_0__/* .union */ .KCZ([zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().min(1), zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_0__/* .union */ .KCZ([zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().min(1), sourceSchema])).min(1)])
        .optional()
        .describe('The metrics file(s) to hold to the baseline: a path, or a list of paths or {path, format, select, baseline}.'),
    baseline: baselineSchema.default('base-commit').describe("Where the baseline values come from (default: base-commit, the same file at the pull request's base commit)."),
    ...ruleShape,
    rules: zod__WEBPACK_IMPORTED_MODULE_0__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(), ruleSchema).default({}).describe('Per-metric rules, keyed by metric name or glob (the first matching key applies, then the gate-level defaults).'),
    'new-metrics': zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().min(1)).default([]).describe('Metrics (names or globs) allowed to be absent from the baseline, e.g. added by this change; only their bounds are judged.'),
    'max-bytes': zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().int().positive().default(64 * 1024 * 1024).describe('Largest metrics file read (bytes).'),
    fairness: fairnessSchema.optional().describe('Fairness of a binary classifier, measured per group from a predictions file.')
});


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
    paths: _config_common_js__WEBPACK_IMPORTED_MODULE_0__/* .pathList */ .CN.default(['models']).describe('Folders, files or globs holding model files (workspace-relative). Every file under them is scanned, whatever its extension.'),
    exclude: _config_common_js__WEBPACK_IMPORTED_MODULE_0__/* .pathList */ .CN.default([]).describe('Paths or globs not to scan.'),
    'allow-globals': zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().regex(GLOBAL_PATTERN, 'a pickle global such as mypkg.models.Net, mypkg.models.* (that module) or mypkg.** (and its submodules)'))
        .default([])
        .describe('Pickle globals you trust besides the built-in safe list (your own classes). Globals on the dangerous list stay dangerous.'),
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

/***/ 8921:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   J: () => (/* binding */ GATES)
/* harmony export */ });
/* harmony import */ var _code_config_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2904);
/* harmony import */ var _container_config_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8036);
/* harmony import */ var _data_config_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(895);
/* harmony import */ var _evaluation_config_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5857);
/* harmony import */ var _dependencies_config_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1623);
/* harmony import */ var _models_config_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(9585);
/* harmony import */ var _sarif_config_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(202);
/* harmony import */ var _secrets_config_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(6498);








/** A gate whose run() imports its module on first use. `load` must return the very gate object. */
function lazy(id, title, configSchema, load) {
    return {
        id,
        title,
        configSchema,
        load,
        async run(ctx) {
            return (await load()).run(ctx);
        }
    };
}
const GATES = [
    lazy('code', 'Code (bandit + unsafe-load rules)', _code_config_js__WEBPACK_IMPORTED_MODULE_0__/* .codeConfigSchema */ .d, async () => (await Promise.all(/* import() */[__webpack_require__.e(926), __webpack_require__.e(551), __webpack_require__.e(822), __webpack_require__.e(968)]).then(__webpack_require__.bind(__webpack_require__, 9968))).codeGate),
    lazy('secrets', 'Secrets (secretlint)', _secrets_config_js__WEBPACK_IMPORTED_MODULE_7__/* .secretsConfigSchema */ .J, async () => (await Promise.all(/* import() */[__webpack_require__.e(926), __webpack_require__.e(830), __webpack_require__.e(387), __webpack_require__.e(551), __webpack_require__.e(822), __webpack_require__.e(316)]).then(__webpack_require__.bind(__webpack_require__, 7316))).secretsGate),
    lazy('dependencies', 'Python dependencies (pip-audit)', _dependencies_config_js__WEBPACK_IMPORTED_MODULE_4__/* .dependenciesConfigSchema */ .B, async () => (await __webpack_require__.e(/* import() */ 324).then(__webpack_require__.bind(__webpack_require__, 3324))).dependenciesGate),
    lazy('container', 'Containers and IaC (trivy)', _container_config_js__WEBPACK_IMPORTED_MODULE_1__/* .containerConfigSchema */ .T, async () => (await __webpack_require__.e(/* import() */ 100).then(__webpack_require__.bind(__webpack_require__, 5100))).containerGate),
    lazy('models', 'Model files', _models_config_js__WEBPACK_IMPORTED_MODULE_5__/* .modelsConfigSchema */ .E, async () => (await Promise.all(/* import() */[__webpack_require__.e(689), __webpack_require__.e(388), __webpack_require__.e(500), __webpack_require__.e(360)]).then(__webpack_require__.bind(__webpack_require__, 8979))).modelsGate),
    lazy('data', 'Data (provenance, schema, drift, outliers)', _data_config_js__WEBPACK_IMPORTED_MODULE_2__/* .dataConfigSchema */ .Mt, async () => (await Promise.all(/* import() */[__webpack_require__.e(123), __webpack_require__.e(388), __webpack_require__.e(730), __webpack_require__.e(808)]).then(__webpack_require__.bind(__webpack_require__, 5645))).dataGate),
    lazy('evaluation', 'Evaluation (metrics vs baseline, fairness)', _evaluation_config_js__WEBPACK_IMPORTED_MODULE_3__/* .evaluationConfigSchema */ .Ai, async () => (await Promise.all(/* import() */[__webpack_require__.e(926), __webpack_require__.e(123), __webpack_require__.e(730), __webpack_require__.e(322)]).then(__webpack_require__.bind(__webpack_require__, 1322))).evaluationGate),
    lazy('sarif', 'Imported SARIF', _sarif_config_js__WEBPACK_IMPORTED_MODULE_6__/* .sarifConfigSchema */ .T, async () => (await __webpack_require__.e(/* import() */ 658).then(__webpack_require__.bind(__webpack_require__, 1658))).sarifGate)
];


/***/ }),

/***/ 202:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   T: () => (/* binding */ sarifConfigSchema)
/* harmony export */ });
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8816);
/* harmony import */ var _config_common_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5057);
/* harmony import */ var _engine_types_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3171);



const severity = zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(_engine_types_js__WEBPACK_IMPORTED_MODULE_2__/* .SEVERITIES */ .oC);
const sarifConfigSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
    files: _config_common_js__WEBPACK_IMPORTED_MODULE_0__/* .pathList */ .CN.min(1).describe('SARIF files (or globs) produced by earlier steps: semgrep, checkov, codeql, grype, a bandit SARIF...'),
    'allow-missing': zod__WEBPACK_IMPORTED_MODULE_1__/* .boolean */ .zMY()
        .default(false)
        .describe('Treat a listed file or glob that matches nothing as skipped instead of an error (by default a missing report is an error: the step that writes it probably failed).'),
    levels: zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({ error: severity.optional(), warning: severity.optional(), note: severity.optional(), none: severity.optional() })
        .strict()
        .default({})
        .describe('Severity for each SARIF level, used when a result has no security-severity (default error: high, warning: medium, note: low, none: info).'),
    'max-size-mb': zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().positive().max(1024).default(100).describe('Refuse SARIF files larger than this.')
});


/***/ }),

/***/ 6498:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   J: () => (/* binding */ secretsConfigSchema),
/* harmony export */   W: () => (/* binding */ DEFAULT_EXCLUDES)
/* harmony export */ });
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8816);
/* harmony import */ var _config_common_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5057);


/** Lock files hold integrity hashes and registry URLs, not credentials; they are large and change often. */
const DEFAULT_EXCLUDES = [
    '**/package-lock.json',
    '**/npm-shrinkwrap.json',
    '**/yarn.lock',
    '**/pnpm-lock.yaml',
    '**/poetry.lock',
    '**/Pipfile.lock',
    '**/uv.lock',
    '**/pdm.lock',
    '**/Cargo.lock',
    '**/go.sum',
    '**/composer.lock',
    '**/Gemfile.lock'
];
const secretsConfigSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
    exclude: _config_common_js__WEBPACK_IMPORTED_MODULE_0__/* .pathList */ .CN.default([]).describe('Globs of files not scanned (workspace-relative), added to the default excludes.'),
    'default-excludes': zod__WEBPACK_IMPORTED_MODULE_1__/* .boolean */ .zMY().default(true).describe(`Skip lock files (${DEFAULT_EXCLUDES.map((g) => g.slice(3)).join(', ')}). Set false to scan them too.`),
    'pr-commits': zod__WEBPACK_IMPORTED_MODULE_1__/* .boolean */ .zMY()
        .default(true)
        .describe('On pull requests, also scan every line each commit of the pull request adds (needs actions/checkout with fetch-depth: 0).'),
    'gitleaks-report': zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().optional().describe('A gitleaks JSON report (v8, or v7) to import into this gate.'),
    'max-file-mb': zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().positive().max(1024).default(20).describe('Files larger than this (MiB) are listed as skipped, not read.'),
    'disable-rules': zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().min(1)).default([]).describe('Rule ids not to report (openai, aws, replicate, wandb-api-key...; see docs/gates/secrets.md).')
});


/***/ })

};
