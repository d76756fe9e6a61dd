export const id = 457;
export const ids = [457];
export const modules = {

/***/ 42457:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  dataGate: () => (/* binding */ dataGate),
  runDataGate: () => (/* binding */ runDataGate)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/engine/confine.ts
var confine = __webpack_require__(29666);
// EXTERNAL MODULE: ./src/engine/errors.ts
var errors = __webpack_require__(17679);
// EXTERNAL MODULE: ./src/engine/paths.ts
var paths = __webpack_require__(4886);
// EXTERNAL MODULE: ./src/scanners/dvc.ts
var dvc = __webpack_require__(30508);
// EXTERNAL MODULE: ./src/scanners/lock.ts
var lock = __webpack_require__(27388);
// EXTERNAL MODULE: ./src/scanners/tabular/index.ts + 5 modules
var tabular = __webpack_require__(66730);
// EXTERNAL MODULE: ./src/scanners/stats/index.ts + 7 modules
var stats = __webpack_require__(23451);
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
    return (0,stats/* sortFloat64 */.fI)(Float64Array.from(values));
}
function findOutliers(col, basisSorted, s) {
    const values = col.view();
    const rows = [];
    const vals = [];
    let bounds;
    let isOut;
    if (s.method === 'iqr') {
        const f = (0,stats/* iqrFences */.NU)(basisSorted, s.k);
        bounds = { q1: f.q1, q3: f.q3, iqr: f.iqr, k: s.k, lower: f.lower, upper: f.upper };
        isOut = (x) => x < f.lower || x > f.upper;
    }
    else {
        const rs = (0,stats/* robustScale */.K9)(basisSorted);
        bounds = { median: rs.median, mad: rs.mad, scale: rs.scale, z: s.z, scaleFrom: rs.fallback };
        isOut = (x) => Math.abs((0,stats/* robustZ */.kY)(x, rs)) > s.z;
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
    const ms = (0,stats/* meanStd */.F4)(sample);
    const se = ref.std * Math.sqrt(1 / sample.length + 1 / ref.n);
    let z;
    if (se > 0)
        z = (ms.mean - ref.mean) / se;
    else
        z = ms.mean === ref.mean ? 0 : ms.mean > ref.mean ? Infinity : -Infinity;
    return { z, p: (0,stats/* normalTwoSided */.NG)(z), mean: ms.mean };
}
/** Numeric drift tests of one column. `sample` and `rows` exclude reported outliers; `refSorted` is the reference column, sorted. */
function numericDrift(sample, rows, refSorted, tests, pValue, presorted) {
    const out = [];
    const n = sample.length;
    const m = refSorted.length;
    const sorted = presorted ?? sortedOf(sample);
    const ref = (0,stats/* meanStd */.F4)(refSorted);
    const refMedian = (0,stats/* medianSorted */.w_)(refSorted);
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
            const r = (0,stats/* ks2sampSorted */.tJ)(sorted, refSorted);
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
                Object.assign(res, attribute((k) => (0,stats/* ks2sampSorted */.tJ)(trimmed(k), refSorted).pvalue < pValue));
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
            const r = (0,stats/* chi2Contingency */.E9)(table);
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
            const r = (0,stats/* psi */.js)(ref.counts, cur.counts);
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

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(38815);
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 15 modules
var schemas = __webpack_require__(9691);
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
        throw new errors/* ConfigError */.xL('CONFIG_SYNTAX', `${file}:${lineAt(text, e.pos?.[0]) ?? 1}: the schema is not valid YAML: ${e.message.split('\n')[0]}`);
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
        throw new errors/* ConfigError */.xL('CONFIG_INVALID', `${file}${line ? `:${line}` : ''}: ${keyPath.join('.') || '(top level)'}: ${issue.message}`);
    }
    const columns = [];
    for (const [name, c] of Object.entries(r.data.columns)) {
        const spec = { ...c, name };
        if (c.pattern !== undefined) {
            try {
                spec.regex = new RegExp(c.pattern, 'u');
            }
            catch (e) {
                throw new errors/* ConfigError */.xL('CONFIG_INVALID', `${file}: columns.${name}.pattern is not a valid regular expression: ${e.message}`);
            }
        }
        if (c.values)
            spec.allowed = new Set(c.values.map((v) => String(v)));
        for (const k of ['min', 'max']) {
            const v = c[k];
            if (v === undefined)
                continue;
            if ((c.type === 'date' || c.type === 'datetime') && (typeof v !== 'string' || Number.isNaN(Date.parse(v)))) {
                throw new errors/* ConfigError */.xL('CONFIG_INVALID', `${file}: columns.${name}.${k} must be a ${c.type} written as ISO 8601 text`);
            }
            if ((c.type === 'integer' || c.type === 'number') && typeof v !== 'number') {
                throw new errors/* ConfigError */.xL('CONFIG_INVALID', `${file}: columns.${name}.${k} must be a number`);
            }
            if (!['integer', 'number', 'date', 'datetime'].includes(c.type)) {
                throw new errors/* ConfigError */.xL('CONFIG_INVALID', `${file}: columns.${name}.${k} applies to integer, number, date and datetime columns, not ${c.type}`);
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
        throw new errors/* ConfigError */.xL('CONFIG_NOT_FOUND', `schema ${rel} cannot be read: ${e.message}`);
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
const POW10 = [1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22];
/** ±m·10^p, or NaN where one rounding step would not equal Number()'s result (|p| > 22). */
function scaleDecimal(neg, m, p) {
    let x;
    if (p === 0)
        x = m;
    else if (p > 0 && p <= 22)
        x = m * POW10[p];
    else if (p < 0 && p >= -22)
        x = m / POW10[-p];
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
var config = __webpack_require__(10895);
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
            throw new errors/* ConfigError */.xL('CONFIG_NOT_FOUND', `${what}: ${rel} does not exist in the workspace${what.includes('datasets') ? ' (DVC-tracked data needs `dvc pull` before the gate; LFS data needs checkout with lfs: true)' : ''}`);
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
            if (!(e instanceof tabular/* TabularError */.EH) && !(e instanceof errors/* GatesError */.xx))
                throw e;
            res.errors.push(`reference of ${rel}: ${(0,errors/* errorMessage */.gJ)(e)}`);
            res.checks.push({ name: 'reference', target: ds.reference, outcome: 'error', details: { dataset: rel, reference: ds.reference, reason: (0,errors/* errorMessage */.gJ)(e) } });
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
            res.errors.push(`${rel}: drift of column "${col}" failed: ${(0,errors/* errorMessage */.gJ)(e)}`);
            res.checks.push({ name: 'drift', target: rel, outcome: 'error', details: { dataset: rel, column: col, reason: (0,errors/* errorMessage */.gJ)(e) } });
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
        const found = await (0,dvc/* findDvcOuts */.iU)(ctx.workspace, rel, dvcFiles);
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
            const r = await (0,dvc/* verifyDvcOut */.Rg)(ctx.workspace, out, rel, ctx.signal);
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
            res.errors.push((0,errors/* errorMessage */.gJ)(e));
            res.checks.push({ name: 'read', target: ds.path, outcome: 'error', details: { reason: (0,errors/* errorMessage */.gJ)(e) } });
            continue;
        }
        const kind = await statKind(abs);
        if (kind === 'file')
            plan.push({ ds, files: [{ rel: (0,paths/* toRel */.lH)(await (0,paths/* realInside */.he)(ctx.workspace, '.', 'workspace'), abs), abs }] });
        else if (kind === 'dir') {
            const w = await (0,paths/* walkFiles */.Fv)(ctx.workspace, { include: [ds.path] });
            const files = w.files.filter((f) => TABULAR_EXT.test(f)).map((rel) => ({ rel, abs: external_node_path_default().join(ctx.workspace, rel) }));
            for (const s of w.symlinks)
                res.errors.push(`${s} is a symlink inside ${ds.path}; it was not followed`);
            // Names that are not UTF-8 (a dataset file or a folder that may hold some) cannot be read: said, never dropped.
            const notes = (0,confine/* walkNotes */.$B)({ symlinks: [], unreadable: (w.unreadable ?? []).filter((u) => u.endsWith('/') || u.endsWith(')') || TABULAR_EXT.test(u)) });
            res.checks.push(...notes.checks);
            res.errors.push(...notes.errors);
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
                res.errors.push((0,errors/* errorMessage */.gJ)(e));
                res.checks.push({ name: 'schema', target: ds.schema, outcome: 'error', details: { dataset: ds.path, reason: (0,errors/* errorMessage */.gJ)(e) } });
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
                if (e instanceof tabular/* TabularError */.EH || e instanceof errors/* GatesError */.xx) {
                    res.errors.push(`${f.rel}: ${(0,errors/* errorMessage */.gJ)(e)}`);
                    res.checks.push({ name: 'read', target: f.rel, outcome: 'error', details: { reason: (0,errors/* errorMessage */.gJ)(e) } });
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

/***/ 30508:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Rg: () => (/* binding */ verifyDvcOut),
/* harmony export */   iU: () => (/* binding */ findDvcOuts)
/* harmony export */ });
/* unused harmony exports isTextBlock, dvcMd5, parseDvcFile */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(38815);
/* harmony import */ var _engine_errors_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(17679);
/* harmony import */ var _engine_paths_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(4886);
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
    const st = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.lstat)(abs);
    if (!st.isFile())
        throw new Error(`${node_path__WEBPACK_IMPORTED_MODULE_3___default().basename(abs)} is not a regular file`);
    let text = false;
    if (legacy) {
        const fh = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.open)(abs, 'r');
        try {
            const head = Buffer.alloc(512);
            const { bytesRead } = await fh.read(head, 0, 512, 0);
            text = isTextBlock(head.subarray(0, bytesRead));
        }
        finally {
            await fh.close();
        }
    }
    const h = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('md5');
    let pendingCR = false;
    for await (const chunk of (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.createReadStream)(abs, { highWaterMark: 1 << 20, signal })) {
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
    const rel = node_path__WEBPACK_IMPORTED_MODULE_3___default().posix.normalize(node_path__WEBPACK_IMPORTED_MODULE_3___default().posix.join(baseDir, o.path.replace(/\\/g, '/'))).replace(/\/+$/, '');
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
    const doc = (0,yaml__WEBPACK_IMPORTED_MODULE_4__/* .parseDocument */ .Tp)(text);
    if (doc.errors.length)
        throw new Error(`${source}: not valid YAML: ${doc.errors[0].message}`);
    const data = doc.toJS();
    if (!data || typeof data !== 'object')
        throw new Error(`${source}: empty or not a mapping`);
    const baseDir = node_path__WEBPACK_IMPORTED_MODULE_3___default().posix.dirname(source) === '.' ? '' : node_path__WEBPACK_IMPORTED_MODULE_3___default().posix.dirname(source);
    const outs = [];
    if (node_path__WEBPACK_IMPORTED_MODULE_3___default().posix.basename(source) === 'dvc.lock') {
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
    const abs = node_path__WEBPACK_IMPORTED_MODULE_3___default().join(workspace, c);
    let st;
    try {
        st = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.lstat)(abs);
    }
    catch {
        return { outs: [], errors: [] };
    }
    if (st.isSymbolicLink())
        return { outs: [], errors: [`${c} is a symlink; it was not followed`] };
    if (!st.isFile() || st.size > 16 * 1024 * 1024)
        return { outs: [], errors: [] };
    try {
        return { outs: parseDvcFile(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.readFile)(abs, 'utf8'), c), errors: [] };
    }
    catch (e) {
        return { outs: [], errors: [(0,_engine_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .errorMessage */ .gJ)(e)] };
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
            const r = await dvcMd5(node_path__WEBPACK_IMPORTED_MODULE_3___default().join(workspace, out.path), out.legacy, signal);
            if (r.md5 !== out.md5) {
                findings.push(mismatchFinding(out.path, out, out.md5, r.md5, out.size !== null && out.size !== r.size ? ` (size ${r.size}, recorded ${out.size})` : ''));
                checks.push({ name: 'dvc', target: out.path, outcome: 'fail', details: { ...base, expected: out.md5, actual: r.md5, size: r.size } });
            }
            else
                checks.push({ name: 'dvc', target: out.path, outcome: 'pass', details: { ...base, expected: out.md5, actual: r.md5, size: r.size } });
        }
        catch (e) {
            errors.push(`${out.path}: could not be hashed for ${out.source}: ${(0,_engine_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .errorMessage */ .gJ)(e)}`);
            checks.push({ name: 'dvc', target: out.path, outcome: 'error', details: { ...base, reason: (0,_engine_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .errorMessage */ .gJ)(e) } });
        }
        return { findings, checks, errors };
    }
    // Directory out: the manifest must come from the cache.
    let manifestText = null;
    let manifestPath = '';
    for (const c of cachePaths(out.md5)) {
        try {
            const st = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.lstat)(node_path__WEBPACK_IMPORTED_MODULE_3___default().join(workspace, c));
            if (!st.isFile())
                continue;
            manifestText = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.readFile)(node_path__WEBPACK_IMPORTED_MODULE_3___default().join(workspace, c));
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
    const manifestMd5 = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('md5').update(manifestText).digest('hex');
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
        errors.push(`${manifestPath}: not a DVC directory manifest: ${(0,_engine_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .errorMessage */ .gJ)(e)}`);
        checks.push({ name: 'dvc', target, outcome: 'error', details: { ...base, manifest: manifestPath } });
        return { findings, checks, errors };
    }
    const listed = new Map(entries.map((e) => [e.relpath, e.md5]));
    const walked = await (0,_engine_paths_js__WEBPACK_IMPORTED_MODULE_6__/* .walkFiles */ .Fv)(workspace, { include: [out.path] });
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
            const r = await dvcMd5(node_path__WEBPACK_IMPORTED_MODULE_3___default().join(workspace, f), out.legacy, signal);
            if (r.md5 !== expected) {
                findings.push(mismatchFinding(f, out, expected, r.md5, ` in the manifest ${out.md5}.dir`));
                checks.push({ name: 'dvc', target: f, outcome: 'fail', details: { ...base, expected, actual: r.md5 } });
            }
            else
                checks.push({ name: 'dvc', target: f, outcome: 'pass', details: { ...base, expected, actual: r.md5 } });
        }
        catch (e) {
            errors.push(`${f}: could not be hashed for ${out.source}: ${(0,_engine_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .errorMessage */ .gJ)(e)}`);
            checks.push({ name: 'dvc', target: f, outcome: 'error', details: { ...base, reason: (0,_engine_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .errorMessage */ .gJ)(e) } });
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


/***/ })

};
