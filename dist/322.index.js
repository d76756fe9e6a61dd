export const id = 322;
export const ids = [322];
export const modules = {

/***/ 21322:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  evaluationGate: () => (/* binding */ evaluationGate),
  runEvaluationGate: () => (/* binding */ runEvaluationGate)
});

// EXTERNAL MODULE: ./src/engine/errors.ts
var engine_errors = __webpack_require__(17679);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./node_modules/jsonc-parser/lib/umd/main.js
var main = __webpack_require__(99547);
// EXTERNAL MODULE: ./node_modules/smol-toml/dist/index.js + 8 modules
var dist = __webpack_require__(3292);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var yaml_dist = __webpack_require__(38815);
// EXTERNAL MODULE: ./src/engine/text.ts
var engine_text = __webpack_require__(61655);
// EXTERNAL MODULE: ./src/scanners/tabular/index.ts + 5 modules
var tabular = __webpack_require__(66730);
;// CONCATENATED MODULE: ./src/gates/evaluation/metrics.ts
/**
 * Metric readers: the formats teams already write, each turned into named numbers with the line they
 * came from, an optional standard error and an optional direction (higher is better). Pure functions
 * of the file text (so the same reader parses a file from the workspace and from `git show`), except
 * the MLflow file store, which is a folder. Nothing read here is executed.
 */






/** A metrics input that cannot be read; the message names the file, the line and the fix. */
class MetricsError extends Error {
    constructor(message) {
        super(message);
        this.name = 'MetricsError';
    }
}
const MAX_DEPTH = 64;
const MAX_LEAVES = 100_000;
function lineAt(text, offset) {
    let line = 1;
    for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1))
        line++;
    return line;
}
/** Line numbers of offsets, for many lookups (engine/text.ts). */
function lineIndex(text) {
    const starts = (0,engine_text/* lineStarts */._$)(text);
    return (offset) => (0,engine_text/* positionAt */.t$)(starts, offset).line;
}
const NAN_MARK = '\u0000';
/**
 * Python's json module writes NaN, Infinity and -Infinity, which JSON does not allow: turn them
 * into marked strings (on the same line) so that the value is reported as NaN or infinite by name.
 */
function markNonFinite(text) {
    if (!/NaN|Infinity/.test(text))
        return text;
    let out = '';
    let i = 0;
    let last = 0;
    while (i < text.length) {
        const c = text[i];
        if (c === '"') {
            i++;
            while (i < text.length && text[i] !== '"')
                i += text[i] === '\\' ? 2 : 1;
            i++;
            continue;
        }
        if (c !== 'N' && c !== 'I' && c !== '-') {
            i++;
            continue;
        }
        const m = /^(-?Infinity|NaN)/.exec(text.slice(i, i + 9));
        if (m && !/[A-Za-z0-9_]/.test(text[i - 1] ?? '')) {
            out += text.slice(last, i) + `"\\u0000${m[1]}"`;
            i += m[1].length;
            last = i;
            continue;
        }
        i++;
    }
    return out + text.slice(last);
}
function nonFinite(v) {
    if (typeof v !== 'string' || !v.startsWith(NAN_MARK))
        return undefined;
    const t = v.slice(1);
    return t === 'NaN' ? NaN : t === '-Infinity' ? -Infinity : Infinity;
}
function addLeaf(out, file, name, leaf) {
    if (out.size >= MAX_LEAVES)
        throw new MetricsError(`${file}: more than ${MAX_LEAVES} values; this is not a metrics file (select a smaller file)`);
    out.set(name, leaf);
}
const join = (prefix, key) => (prefix ? `${prefix}.${key}` : key);
/** JSON text to its leaves, each with its line; a syntax error names the line and column. */
function jsonLeaves(text, file) {
    const marked = markNonFinite(text);
    const errors = [];
    const tree = (0,main.parseTree)(marked, errors, { allowTrailingComma: false, disallowComments: true, allowEmptyContent: false });
    if (errors.length || !tree) {
        const e = errors[0];
        const off = e?.offset ?? 0;
        const line = lineAt(marked, off);
        const col = off - marked.lastIndexOf('\n', off - 1);
        throw new MetricsError(`${file}:${line}:${col}: not valid JSON (${e ? (0,main.printParseErrorCode)(e.error) : 'empty'}); fix the file so that it parses`);
    }
    const lineOf = lineIndex(marked);
    const leaves = new Map();
    const walk = (n, name, depth) => {
        if (depth > MAX_DEPTH)
            throw new MetricsError(`${file}:${lineOf(n.offset)}: nested more than ${MAX_DEPTH} levels deep`);
        if (n.type === 'object') {
            const obj = {};
            for (const p of n.children ?? []) {
                const [k, v] = p.children ?? [];
                if (!k || !v)
                    continue;
                obj[String(k.value)] = walk(v, join(name, String(k.value)), depth + 1);
            }
            return obj;
        }
        if (n.type === 'array')
            return (n.children ?? []).map((c, i) => walk(c, join(name, String(i)), depth + 1));
        const nf = nonFinite(n.value);
        const value = nf ?? n.value;
        if (name)
            addLeaf(leaves, file, name, { value, line: lineOf(n.offset) });
        return value;
    };
    const root = walk(tree, '', 0);
    return { leaves, root };
}
function yamlLeaves(text, file) {
    const lc = new yaml_dist/* LineCounter */.HN();
    const doc = (0,yaml_dist/* parseDocument */.Tp)(text, { lineCounter: lc, prettyErrors: true, uniqueKeys: false });
    if (doc.errors.length) {
        const e = doc.errors[0];
        const pos = e.linePos?.[0];
        throw new MetricsError(`${file}${pos ? `:${pos.line}:${pos.col}` : ''}: not valid YAML (${e.message.split('\n')[0]}); fix the file so that it parses`);
    }
    const leaves = new Map();
    const walk = (n, name, depth) => {
        if (depth > MAX_DEPTH)
            throw new MetricsError(`${file}: nested more than ${MAX_DEPTH} levels deep`);
        const line = n?.range ? lc.linePos(n.range[0]).line : null;
        if ((0,yaml_dist/* isMap */.jh)(n)) {
            for (const it of n.items) {
                const k = (0,yaml_dist/* isScalar */.jn)(it.key) ? String(it.key.value) : String(it.key);
                walk(it.value, join(name, k), depth + 1);
            }
        }
        else if ((0,yaml_dist/* isSeq */.oP)(n))
            n.items.forEach((c, i) => walk(c, join(name, String(i)), depth + 1));
        else if ((0,yaml_dist/* isAlias */.Vj)(n)) {
            if (name)
                addLeaf(leaves, file, name, { value: `alias *${n.source}`, line });
        }
        else if ((0,yaml_dist/* isScalar */.jn)(n)) {
            if (name)
                addLeaf(leaves, file, name, { value: n.value, line });
        }
        else if (name)
            addLeaf(leaves, file, name, { value: null, line });
    };
    walk(doc.contents, '', 0);
    return leaves;
}
function tomlLeaves(text, file) {
    let root;
    try {
        root = (0,dist/* parse */.qg)(text);
    }
    catch (e) {
        const where = e instanceof dist/* TomlError */.zx ? `:${e.line}:${e.column}` : '';
        throw new MetricsError(`${file}${where}: not valid TOML (${e.message.split('\n')[0]}); fix the file so that it parses`);
    }
    const leaves = new Map();
    const walk = (v, name, depth) => {
        if (depth > MAX_DEPTH)
            throw new MetricsError(`${file}: nested more than ${MAX_DEPTH} levels deep`);
        if (Array.isArray(v))
            v.forEach((c, i) => walk(c, join(name, String(i)), depth + 1));
        else if (v && typeof v === 'object' && !(v instanceof Date))
            for (const [k, c] of Object.entries(v))
                walk(c, join(name, k), depth + 1);
        else if (name)
            addLeaf(leaves, file, name, { value: typeof v === 'bigint' ? Number(v) : v, line: null });
    };
    walk(root, '', 0);
    return leaves;
}
function kindOf(v) {
    if (v === null || v === undefined)
        return 'null';
    if (typeof v === 'string')
        return `the text ${JSON.stringify(v.length > 40 ? v.slice(0, 40) + '...' : v)}`;
    return `a ${typeof v}`;
}
function fromLeaves(source, format, leaves, skip = () => false) {
    const set = { source, format, metrics: new Map(), other: new Map() };
    for (const [name, { value, line }] of leaves) {
        if (skip(name))
            continue;
        if (typeof value === 'number')
            set.metrics.set(name, { name, value, line });
        else
            set.other.set(name, { line, kind: kindOf(value) });
    }
    return set;
}
function csvMetrics(text, source) {
    const recs = [];
    new tabular/* CsvParser */.C2(',').push(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text, recs, true);
    if (!recs.length)
        throw new MetricsError(`${source}: the CSV file is empty; write a header "metric,value" and one row per metric`);
    const header = recs[0].cells.map((c) => c.trim().toLowerCase());
    const nameCol = header.findIndex((h) => h === 'metric' || h === 'name' || h === 'key');
    const valueCol = header.indexOf('value');
    const seCol = header.findIndex((h) => h === 'stderr' || h === 'se' || h === 'std_err');
    if (nameCol < 0 || valueCol < 0) {
        throw new MetricsError(`${source}:${recs[0].line}: the CSV header is ${JSON.stringify(recs[0].cells.join(','))}; it needs a "metric" (or "name") column and a "value" column`);
    }
    const set = { source, format: 'csv', metrics: new Map(), other: new Map() };
    for (const r of recs.slice(1)) {
        if (r.unterminated)
            throw new MetricsError(`${source}:${r.line}: a quoted field is never closed`);
        if (r.cells.length !== header.length)
            throw new MetricsError(`${source}:${r.line}: ${r.cells.length} fields where the header has ${header.length}`);
        const name = r.cells[nameCol].trim();
        if (!name)
            throw new MetricsError(`${source}:${r.line}: the metric name is empty`);
        if (set.metrics.has(name) || set.other.has(name))
            throw new MetricsError(`${source}:${r.line}: metric "${name}" appears twice; keep one row per metric`);
        const value = parseNumber(r.cells[valueCol]);
        if (value === null) {
            set.other.set(name, { line: r.line, kind: kindOf(r.cells[valueCol]) });
            continue;
        }
        const m = { name, value, line: r.line };
        if (seCol >= 0 && r.cells[seCol].trim() !== '') {
            const se = parseNumber(r.cells[seCol]);
            if (se === null || !(se >= 0))
                throw new MetricsError(`${source}:${r.line}: the standard error of "${name}" is ${JSON.stringify(r.cells[seCol])}, not a number >= 0`);
            m.stderr = se;
        }
        set.metrics.set(name, m);
    }
    return set;
}
/** A decimal number as Python and spreadsheets write it (nan, inf, -inf included); null if it is not one. */
function parseNumber(s) {
    const t = s.trim();
    if (/^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(t))
        return Number(t);
    const l = t.toLowerCase();
    if (l === 'nan')
        return NaN;
    if (l === 'inf' || l === '+inf' || l === 'infinity' || l === '+infinity')
        return Infinity;
    if (l === '-inf' || l === '-infinity')
        return -Infinity;
    return null;
}
function isObject(v) {
    return v !== null && typeof v === 'object' && !Array.isArray(v);
}
/** lm-evaluation-harness results_*.json: per task "<metric>,<filter>" with "<metric>_stderr,<filter>" and higher_is_better. */
function lmEvalMetrics(text, source) {
    const { leaves, root } = jsonLeaves(text, source);
    if (!isObject(root) || !isObject(root.results))
        throw new MetricsError(`${source}: not an lm-evaluation-harness results file (no "results" object); set format: json for a plain metrics file`);
    const hib = isObject(root.higher_is_better) ? root.higher_is_better : {};
    const set = { source, format: 'lm-eval', metrics: new Map(), other: new Map() };
    const tables = [['results', root.results]];
    if (isObject(root.groups))
        tables.push(['groups', root.groups]);
    for (const [table, tasks] of tables) {
        for (const [task, entries] of Object.entries(tasks)) {
            if (!isObject(entries))
                continue;
            for (const key of Object.keys(entries)) {
                const m = /^(.*?)(_stderr)?,(.*)$/.exec(key);
                if (!m || m[2])
                    continue;
                const [, metric, , filter] = m;
                const name = `${task}.${metric},${filter}`;
                if (set.metrics.has(name))
                    continue;
                const leaf = leaves.get(`${table}.${task}.${key}`);
                const value = leaf?.value;
                if (typeof value !== 'number') {
                    set.other.set(name, { line: leaf?.line ?? null, kind: kindOf(value) });
                    continue;
                }
                const out = { name, value, line: leaf.line };
                const se = leaves.get(`${table}.${task}.${metric}_stderr,${filter}`)?.value;
                if (typeof se === 'number' && se >= 0 && Number.isFinite(se))
                    out.stderr = se;
                const dir = isObject(hib[task]) ? hib[task][metric] : undefined;
                if (typeof dir === 'boolean')
                    out.higherIsBetter = dir;
                set.metrics.set(name, out);
            }
        }
    }
    return set;
}
/** Which format a file is in, from its extension and (for JSON) its content. */
function detectFormat(file, text) {
    const ext = external_node_path_default().extname(file).toLowerCase();
    if (ext === '.yaml' || ext === '.yml')
        return 'yaml';
    if (ext === '.toml')
        return 'toml';
    if (ext === '.csv')
        return 'csv';
    if (ext === '.json' || text !== null) {
        if (text !== null) {
            if (/"_evaluate_version"\s*:/.test(text))
                return 'hf-evaluate';
            if (/"results"\s*:/.test(text) && /"(higher_is_better|n-shot|group_subtasks|versions)"\s*:/.test(text))
                return 'lm-eval';
        }
        if (ext === '.json')
            return 'json';
    }
    throw new MetricsError(`${file}: cannot tell the metrics format from the extension "${ext}": set format (json, yaml, toml, csv, mlflow, lm-eval or hf-evaluate)`);
}
/** Parses the text of a metrics file in `format` (not MLflow, which is a folder). */
function parseMetrics(text, source, format) {
    switch (format) {
        case 'json':
            return fromLeaves(source, format, jsonLeaves(text, source).leaves);
        case 'hf-evaluate':
            // evaluate.save adds _timestamp, _git_commit_hash, _evaluate_version, _python_version, _interpreter_path.
            return fromLeaves(source, format, jsonLeaves(text, source).leaves, (n) => n.startsWith('_'));
        case 'yaml':
            return fromLeaves(source, format, yamlLeaves(text, source));
        case 'toml':
            return fromLeaves(source, format, tomlLeaves(text, source));
        case 'csv':
            return csvMetrics(text, source);
        case 'lm-eval':
            return lmEvalMetrics(text, source);
        case 'mlflow':
            throw new MetricsError(`${source}: an MLflow run is a folder (mlruns/<experiment>/<run>), not a file`);
    }
}
/** The lines of one MLflow metric file: `<timestamp_ms> <value> [<step>]`; the value MLflow shows: the largest (step, timestamp, value). */
function mlflowValue(text, file) {
    let best = null;
    const lines = text.split('\n');
    for (let i = 0; i < lines.length; i++) {
        const l = lines[i].trim();
        if (!l)
            continue;
        const parts = l.split(/\s+/);
        if (parts.length < 2 || parts.length > 3)
            throw new MetricsError(`${file}:${i + 1}: expected "<timestamp> <value> [<step>]", found ${JSON.stringify(l.slice(0, 80))}`);
        const ts = Number(parts[0]);
        const value = parseNumber(parts[1]);
        const step = parts.length === 3 ? Number(parts[2]) : 0;
        if (!Number.isFinite(ts) || value === null || !Number.isFinite(step))
            throw new MetricsError(`${file}:${i + 1}: expected "<timestamp> <value> [<step>]" with numbers, found ${JSON.stringify(l.slice(0, 80))}`);
        // MLflow's own choice (file_store.py): max by (step, timestamp, value); NaN compares as Python does (never greater).
        if (!best || step > best.step || (step === best.step && (ts > best.ts || (ts === best.ts && value > best.value))))
            best = { step, ts, value, line: i + 1 };
    }
    if (!best)
        throw new MetricsError(`${file}: the MLflow metric file is empty`);
    return { value: best.value, line: best.line };
}
/** Glob over dotted metric names: `*` stays within one key, `**` crosses keys, `?` is one character. */
function metricGlob(pattern) {
    let re = '';
    for (let i = 0; i < pattern.length; i++) {
        const c = pattern[i];
        if (c === '*' && pattern[i + 1] === '*') {
            re += '.*';
            i++;
        }
        else if (c === '*')
            re += '[^.]*';
        else if (c === '?')
            re += '[^.]';
        else
            re += c.replace(/[\\^$.|+()[\]{}]/g, '\\$&');
    }
    return new RegExp(`^${re}$`);
}
const isGlob = (s) => /[*?]/.test(s);
/**
 * The metrics `select` names: each pattern must select at least one number; a pattern that selects
 * a non-number or nothing is an error naming it. Without select, every number.
 */
function selectMetrics(set, select) {
    if (!select)
        return { metrics: [...set.metrics.values()], errors: [] };
    const errors = [];
    const picked = new Map();
    for (const pattern of select) {
        if (!isGlob(pattern)) {
            const m = set.metrics.get(pattern);
            if (m)
                picked.set(m.name, m);
            else {
                const o = set.other.get(pattern);
                errors.push(o
                    ? `${set.source}${o.line ? `:${o.line}` : ''}: "${pattern}" is ${o.kind}, not a number; select a numeric metric`
                    : `${set.source}: no metric "${pattern}"${nearest(pattern, [...set.metrics.keys()])}; the file has ${describeNames([...set.metrics.keys()])}`);
            }
            continue;
        }
        const re = metricGlob(pattern);
        const hits = [...set.metrics.values()].filter((m) => re.test(m.name));
        if (!hits.length) {
            const others = [...set.other.keys()].filter((n) => re.test(n));
            errors.push(others.length
                ? `${set.source}: "${pattern}" selects only values that are not numbers (${others.slice(0, 5).join(', ')})`
                : `${set.source}: "${pattern}" selects no metric; the file has ${describeNames([...set.metrics.keys()])}`);
        }
        for (const m of hits)
            picked.set(m.name, m);
    }
    return { metrics: [...picked.values()], errors };
}
function describeNames(names) {
    if (!names.length)
        return 'no numeric values';
    return `${names.slice(0, 8).map((n) => `"${n}"`).join(', ')}${names.length > 8 ? `, ... (${names.length} in all)` : ''}`;
}
function nearest(word, names) {
    const lower = word.toLowerCase();
    const hit = names.find((n) => n.toLowerCase() === lower || n.toLowerCase().endsWith(`.${lower}`));
    return hit ? ` (did you mean "${hit}"?)` : '';
}

;// CONCATENATED MODULE: ./src/gates/evaluation/compare.ts

const matches = (pattern, name) => (isGlob(pattern) ? metricGlob(pattern).test(name) : pattern === name);
function ruleFor(rules, name) {
    for (const [k, r] of Object.entries(rules.byName)) {
        if (matches(k, name)) {
            const tol = r.tolerance ?? rules.defaults.tolerance;
            return { rule: { ...rules.defaults, ...stripUndefined(r), tolerance: tol }, key: k };
        }
    }
    return { rule: rules.defaults, key: null };
}
function stripUndefined(o) {
    return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined));
}
const fmtNum = (x) => {
    if (!Number.isFinite(x))
        return String(x);
    if (Number.isInteger(x))
        return String(x);
    const a = Math.abs(x);
    if (a !== 0 && (a < 1e-3 || a >= 1e6))
        return x.toExponential(3);
    return String(Number(x.toPrecision(6)));
};
const signed = (x) => (x > 0 ? `+${fmtNum(x)}` : x < 0 ? `\u2212${fmtNum(-x)}` : '0');
const pct = (x) => (Number.isFinite(x) ? `${x > 0 ? '+' : x < 0 ? '\u2212' : ''}${Math.abs(x * 100).toFixed(2)}%` : 'n/a');
function where(set, m) {
    return m?.line ? `${set.source}:${m.line}` : set.source;
}
/** Names the current and the baseline selections cover. */
function namesOf(cur, base, select) {
    const names = new Set(cur.map((m) => m.name));
    for (const n of base.metrics.keys())
        if (!select || select.some((p) => matches(p, n)))
            names.add(n);
    return [...names];
}
function compareMetrics(inp) {
    const out = { findings: [], checks: [], errors: [], rows: [] };
    const { current, baseline, rules } = inp;
    const names = baseline ? namesOf(inp.selected, baseline, inp.select) : inp.selected.map((m) => m.name);
    const curBy = new Map(inp.selected.map((m) => [m.name, m]));
    for (const name of names.sort()) {
        const cur = curBy.get(name) ?? current.metrics.get(name);
        const old = baseline?.metrics.get(name);
        const { rule } = ruleFor(rules, name);
        const severity = rule.severity ?? 'high';
        const base = { source: current.source, metric: name, baseline: baseline?.source ?? null };
        const fail = (msg, reason) => {
            out.errors.push(msg);
            out.checks.push({ name: 'metric', target: inp.path, outcome: 'error', details: { ...base, old: old?.value ?? null, new: cur?.value ?? null, reason } });
            out.rows.push([name, old ? fmtNum(old.value) : '(missing)', cur ? fmtNum(cur.value) : '(missing)', '', reason, '\u26a0\ufe0f error']);
        };
        if (!cur) {
            const other = current.other.get(name);
            if (other)
                fail(`${current.source}${other.line ? `:${other.line}` : ''}: metric "${name}" is ${other.kind}, not a number (the baseline has ${fmtNum(old.value)})`, 'not a number');
            else
                fail(`${current.source}: metric "${name}" is in the baseline (${baseline.source}) but missing here; it was removed or renamed: restore it, or leave it out of select`, 'missing in the current metrics');
            continue;
        }
        if (!Number.isFinite(cur.value)) {
            fail(`${where(current, cur)}: metric "${name}" is ${cur.value}; a NaN or infinite metric cannot be judged: fix the evaluation`, `value is ${cur.value}`);
            continue;
        }
        const direction = rule.direction ?? (cur.higherIsBetter !== undefined ? (cur.higherIsBetter ? 'higher' : 'lower') : old?.higherIsBetter !== undefined ? (old.higherIsBetter ? 'higher' : 'lower') : undefined);
        const bounds = [];
        let boundFail = null;
        if (rule.min !== undefined) {
            bounds.push(`min ${fmtNum(rule.min)}`);
            if (cur.value < rule.min)
                boundFail = `below the floor ${fmtNum(rule.min)}`;
        }
        if (rule.max !== undefined) {
            bounds.push(`max ${fmtNum(rule.max)}`);
            if (cur.value > rule.max)
                boundFail = `above the ceiling ${fmtNum(rule.max)}`;
        }
        let outcome;
        let ruleText;
        let change = null;
        let rel = null;
        let allowed = null;
        let regressed = false;
        let noteAboutStderr = '';
        if (!baseline || !old) {
            const reason = !baseline ? (inp.noBaseline ?? 'no baseline') : null;
            if (baseline && !old) {
                const other = baseline.other.get(name);
                if (other) {
                    fail(`${baseline.source}${other.line ? `:${other.line}` : ''}: metric "${name}" is ${other.kind} in the baseline, not a number`, 'baseline not a number');
                    continue;
                }
                if (!rules.newMetrics.some((p) => matches(p, name))) {
                    fail(`${where(current, cur)}: metric "${name}" is not in the baseline (${baseline.source}); if this change adds it, list it under gates.evaluation.new-metrics (its bounds still apply), or fix the name`, 'missing in the baseline');
                    continue;
                }
            }
            ruleText = [baseline ? 'new metric: bounds only' : `not compared (${reason})`, ...bounds].join('; ');
            outcome = boundFail ? 'fail' : bounds.length ? 'pass' : 'skipped';
        }
        else {
            if (!Number.isFinite(old.value)) {
                fail(`${where(baseline, old)}: the baseline value of "${name}" is ${old.value}; it cannot be compared: fix or replace the baseline`, `baseline is ${old.value}`);
                continue;
            }
            if (!direction) {
                fail(`${where(current, cur)}: whether higher or lower is better for "${name}" is unknown (the format does not say): set gates.evaluation.rules["${name}"].direction (or gates.evaluation.direction) to higher or lower`, 'direction unknown');
                continue;
            }
            change = cur.value - old.value;
            rel = old.value !== 0 ? change / Math.abs(old.value) : change === 0 ? 0 : NaN;
            const worse = direction === 'higher' ? -change : change;
            const tol = rule.tolerance ?? {};
            const allowances = [];
            allowed = 0;
            if (tol.absolute !== undefined) {
                allowed = Math.max(allowed, tol.absolute);
                allowances.push(`absolute ${fmtNum(tol.absolute)}`);
            }
            if (tol.relative !== undefined) {
                allowed = Math.max(allowed, tol.relative * Math.abs(old.value));
                allowances.push(`relative ${fmtNum(tol.relative * 100)}% of ${fmtNum(old.value)}`);
            }
            if (tol.stderr !== undefined) {
                if (cur.stderr !== undefined && old.stderr !== undefined) {
                    const se = Math.sqrt(cur.stderr ** 2 + old.stderr ** 2);
                    allowed = Math.max(allowed, tol.stderr * se);
                    allowances.push(`${fmtNum(tol.stderr)} standard errors (${fmtNum(tol.stderr * se)})`);
                }
                else if (tol.absolute === undefined && tol.relative === undefined) {
                    fail(`${where(current, cur)}: "${name}" has a tolerance in standard errors, but ${cur.stderr === undefined ? 'the current metrics carry' : 'the baseline carries'} no standard error for it: add an absolute or relative tolerance (gates.evaluation.rules["${name}"].tolerance)`, 'no standard error');
                    continue;
                }
                else
                    noteAboutStderr = '; no standard error on both sides, so the standard-error tolerance was not used';
            }
            // Float noise (0.92 * 0.95 is not exactly 0.874) must not decide a boundary case.
            const eps = 1e-12 * Math.max(1, Math.abs(old.value), Math.abs(cur.value));
            regressed = worse > allowed + eps;
            ruleText = [`${direction} is better`, allowances.length ? `tolerance ${allowances.join(', ')} (allowed ${fmtNum(allowed)})` : 'no tolerance', ...bounds].join('; ') + noteAboutStderr;
            outcome = regressed || boundFail ? 'fail' : 'pass';
        }
        out.checks.push({
            name: 'metric',
            target: inp.path,
            outcome,
            details: {
                ...base,
                old: old?.value ?? null,
                new: cur.value,
                change,
                relativeChange: rel !== null && Number.isFinite(rel) ? rel : null,
                direction: direction ?? null,
                higherIsBetter: direction ? direction === 'higher' : null,
                allowed,
                rule: ruleText,
                ...(old?.stderr !== undefined ? { oldStderr: old.stderr } : {}),
                ...(cur.stderr !== undefined ? { newStderr: cur.stderr } : {}),
                line: cur.line
            }
        });
        const arrow = change === null ? '' : change > 0 ? '\u25b2 ' : change < 0 ? '\u25bc ' : '= ';
        const changeText = change === null ? '' : `${arrow}${signed(change)}${rel !== null ? ` (${pct(rel)})` : ''}`;
        const result = outcome === 'fail' ? `\u274c ${regressed ? 'regression' : boundFail}` : outcome === 'skipped' ? '\u2796 not compared' : '\u2705 pass';
        out.rows.push([name, old ? fmtNum(old.value) : '', fmtNum(cur.value), changeText, ruleText, result]);
        if (regressed && old && change !== null) {
            out.findings.push({
                ruleId: 'evaluation/regression',
                severity,
                title: 'Metric regressed beyond its tolerance',
                message: `${inp.path}: ${name} went from ${fmtNum(old.value)} to ${fmtNum(cur.value)} (${signed(change)}${rel !== null && Number.isFinite(rel) ? `, ${pct(rel)}` : ''}) against ${baseline.source}; ${direction} is better and at most ${fmtNum(allowed)} worse is allowed (${ruleText})`,
                location: { path: inp.path, startLine: cur.line },
                fingerprintKey: `evaluation/regression:${inp.path}:${name}`,
                properties: { metric: name, old: old.value, new: cur.value, change, allowed, baseline: baseline.source }
            });
        }
        if (boundFail) {
            out.findings.push({
                ruleId: 'evaluation/bound',
                severity,
                title: 'Metric outside its absolute bound',
                message: `${inp.path}: ${name} is ${fmtNum(cur.value)}, ${boundFail}`,
                location: { path: inp.path, startLine: cur.line },
                fingerprintKey: `evaluation/bound:${inp.path}:${name}`,
                properties: { metric: name, new: cur.value, min: rule.min ?? null, max: rule.max ?? null }
            });
        }
    }
    return out;
}

// EXTERNAL MODULE: ./src/gates/evaluation/config.ts
var config = __webpack_require__(75857);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: ./src/engine/paths.ts
var paths = __webpack_require__(4886);
// EXTERNAL MODULE: ./src/scanners/stats/rng.ts
var rng = __webpack_require__(30766);
;// CONCATENATED MODULE: ./src/scanners/stats/fairness.ts
/**
 * Group fairness of a binary classifier from confusion counts, with Fairlearn's definitions
 * (fairlearn.metrics 0.15: MetricFrame, selection_rate, true/false positive/negative rates, and the
 * between-groups difference and ratio):
 *
 *   selection rate = (TP + FP) / n            accuracy = (TP + TN) / n
 *   precision = TP / (TP + FP), 0 when no positive prediction (scikit-learn's zero_division)
 *   recall (TPR) = TP / (TP + FN), FNR = FN / (TP + FN), FPR = FP / (FP + TN); 0 when the true class is absent
 *   difference = max over groups - min over groups; ratio = min / max (NaN when max is 0)
 *   demographic parity: selection rate; equal opportunity: TPR;
 *   equalized odds difference = max(TPR difference, FPR difference);
 *   equalized odds ratio = min(TPR ratio, FPR ratio), taken as Python's min(series) does (NaN TPR ratio wins).
 *
 * Everything is computed from integer counts, so the numbers are exactly Fairlearn's. Bootstrap
 * intervals resample the rows (a multinomial draw over the group x outcome cells, which is the same
 * distribution as drawing n rows with replacement) with a seeded generator.
 */

const RATE_NAMES = (/* unused pure expression or super */ null && (['selectionRate', 'accuracy', 'precision', 'recall', 'fpr', 'fnr']));
const div0 = (a, b) => (b === 0 ? 0 : a / b);
function rates(c) {
    const n = c.tp + c.fp + c.tn + c.fn;
    return {
        count: n,
        selectionRate: (c.tp + c.fp) / n,
        accuracy: (c.tp + c.tn) / n,
        precision: div0(c.tp, c.tp + c.fp),
        recall: div0(c.tp, c.tp + c.fn),
        fpr: div0(c.fp, c.fp + c.tn),
        fnr: div0(c.fn, c.tp + c.fn)
    };
}
function spread(values) {
    let minAt = 0;
    let maxAt = 0;
    for (let i = 1; i < values.length; i++) {
        if (values[i] < values[minAt])
            minAt = i;
        if (values[i] > values[maxAt])
            maxAt = i;
    }
    const min = values[minAt];
    const max = values[maxAt];
    return { difference: max - min, ratio: min / max, minAt, maxAt };
}
const SUMMARY_NAMES = [
    'demographic-parity-difference',
    'demographic-parity-ratio',
    'equalized-odds-difference',
    'equalized-odds-ratio',
    'equal-opportunity-difference'
];
/** The five summaries over groups (at least one). */
function summaries(groups) {
    const sel = spread(groups.map((g) => g.selectionRate));
    const tpr = spread(groups.map((g) => g.recall));
    const fpr = spread(groups.map((g) => g.fpr));
    return {
        'demographic-parity-difference': sel.difference,
        'demographic-parity-ratio': sel.ratio,
        'equalized-odds-difference': Math.max(tpr.difference, fpr.difference),
        'equalized-odds-ratio': pyMin(tpr.ratio, fpr.ratio),
        'equal-opportunity-difference': tpr.difference
    };
}
/** Python's min(a, b): b only when b < a (so a NaN first argument stays). */
function pyMin(a, b) {
    return b < a ? b : a;
}
function newBins(bins) {
    return { count: new Float64Array(bins), sumScore: new Float64Array(bins), positives: new Float64Array(bins) };
}
function binOf(score, bins) {
    return Math.min(bins - 1, Math.floor(score * bins));
}
function ece(b) {
    let n = 0;
    for (let i = 0; i < b.count.length; i++)
        n += b.count[i];
    if (n === 0)
        return NaN;
    let e = 0;
    for (let i = 0; i < b.count.length; i++) {
        const c = b.count[i];
        if (c === 0)
            continue;
        e += (c / n) * Math.abs(b.positives[i] / c - b.sumScore[i] / c);
    }
    return e;
}
// ---- seeded randomness for the bootstrap: ./rng.ts (re-exported for existing callers) ----

/** log(k!) via a table below 1024 and Stirling's series above. */
const LF = (() => {
    const t = new Float64Array(1024);
    for (let i = 2; i < 1024; i++)
        t[i] = t[i - 1] + Math.log(i);
    return t;
})();
function logFactorial(k) {
    if (k < 1024)
        return LF[k];
    const x = k + 1;
    return (x - 0.5) * Math.log(x) - x + 0.5 * Math.log(2 * Math.PI) + 1 / (12 * x) - 1 / (360 * x ** 3);
}
/** One Binomial(n, p) draw: inversion for small n*p, Hörmann's BTRS (transformed rejection) otherwise. */
function binomial(n, p, u) {
    if (n <= 0 || p <= 0)
        return 0;
    if (p >= 1)
        return n;
    if (p > 0.5)
        return n - binomial(n, 1 - p, u);
    if (n * p < 10) {
        // Inversion by sequential search.
        const q = 1 - p;
        const s = p / q;
        let f = Math.pow(q, n);
        let r = u();
        let k = 0;
        for (;;) {
            if (r < f)
                return k;
            r -= f;
            if (k >= n)
                return n;
            f *= (s * (n - k)) / (k + 1);
            k++;
            if (f === 0)
                return k;
        }
    }
    const spq = Math.sqrt(n * p * (1 - p));
    const b = 1.15 + 2.53 * spq;
    const a = -0.0873 + 0.0248 * b + 0.01 * p;
    const c = n * p + 0.5;
    const vr = 0.92 - 4.2 / b;
    const alpha = (2.83 + 5.1 / b) * spq;
    const lpq = Math.log(p / (1 - p));
    const m = Math.floor((n + 1) * p);
    const h = logFactorial(m) + logFactorial(n - m);
    for (;;) {
        const uu = u() - 0.5;
        const v = u();
        const us = 0.5 - Math.abs(uu);
        const k = Math.floor(((2 * a) / us + b) * uu + c);
        if (k < 0 || k > n)
            continue;
        if (us >= 0.07 && v <= vr)
            return k;
        const lv = Math.log((v * alpha) / (a / (us * us) + b));
        if (lv <= h - logFactorial(k) - logFactorial(n - k) + (k - m) * lpq)
            return k;
    }
}
/** A multinomial draw of n over the given cell counts (probabilities counts / total), into out. */
function multinomial(n, counts, total, u, out) {
    let left = n;
    let mass = total;
    for (let i = 0; i < counts.length; i++) {
        const c = counts[i];
        if (left === 0 || c === 0) {
            out[i] = 0;
        }
        else if (c >= mass) {
            out[i] = left;
            left = 0;
        }
        else {
            const k = binomial(left, c / mass, u);
            out[i] = k;
            left -= k;
        }
        mass -= c;
    }
}
/** Percentile interval of finite values (NaN results are dropped; null when none are left). */
function percentileInterval(values, confidence) {
    const v = values.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
    if (!v.length)
        return null;
    const q = (p) => {
        const pos = p * (v.length - 1);
        const lo = Math.floor(pos);
        const hi = Math.ceil(pos);
        return v[lo] + (v[hi] - v[lo]) * (pos - lo);
    };
    const tail = (1 - confidence) / 2;
    return [q(tail), q(1 - tail)];
}
/**
 * Bootstrap intervals of the summaries over groups given as confusion counts: each resample draws
 * the n rows again (multinomial over the 4 cells of every group); a group that gets no row in a
 * resample is left out of that resample.
 */
function bootstrapSummaries(groups, samples, confidence, seed) {
    const u = (0,rng/* rng */.S)(seed);
    const k = groups.length;
    const cells = new Float64Array(4 * k);
    groups.forEach((g, i) => {
        cells[4 * i] = g.tp;
        cells[4 * i + 1] = g.fp;
        cells[4 * i + 2] = g.tn;
        cells[4 * i + 3] = g.fn;
    });
    let total = 0;
    for (const c of cells)
        total += c;
    const draws = Object.fromEntries(SUMMARY_NAMES.map((s) => [s, []]));
    const out = new Float64Array(4 * k);
    for (let s = 0; s < samples; s++) {
        multinomial(total, cells, total, u, out);
        const rs = [];
        for (let i = 0; i < k; i++) {
            const c = { tp: out[4 * i], fp: out[4 * i + 1], tn: out[4 * i + 2], fn: out[4 * i + 3] };
            if (c.tp + c.fp + c.tn + c.fn > 0)
                rs.push(rates(c));
        }
        if (!rs.length)
            continue;
        const sm = summaries(rs);
        for (const name of SUMMARY_NAMES)
            draws[name].push(sm[name]);
    }
    return Object.fromEntries(SUMMARY_NAMES.map((n) => [n, percentileInterval(draws[n], confidence)]));
}

;// CONCATENATED MODULE: ./src/gates/evaluation/sources.ts
/**
 * Where metric values come from: a file or an MLflow run folder in the workspace, the same file at a
 * git revision (`git show`, as `dvc metrics diff` compares revisions), or a previous JSON report of
 * this action. Sizes are bounded; symlinks out of the workspace are refused; git runs with an argv.
 */





const MAX_MLFLOW_METRICS = 10_000;
async function readBounded(abs, rel, maxBytes) {
    const st = await (0,promises_.stat)(abs);
    if (st.size > maxBytes)
        throw new MetricsError(`${rel}: ${st.size} bytes, more than the limit of ${maxBytes} (gates.evaluation.max-bytes); this is not a metrics file, or raise the limit`);
    const buf = await (0,promises_.readFile)(abs);
    try {
        return new TextDecoder('utf-8', { fatal: true }).decode(buf);
    }
    catch {
        throw new MetricsError(`${rel}: not UTF-8 text; a metrics file must be UTF-8`);
    }
}
async function resolve(ctx, rel, what) {
    try {
        return await (0,paths/* realInside */.he)(ctx.workspace, rel, what);
    }
    catch (e) {
        if (e.code === 'ENOENT')
            throw new MetricsError(`${what}: ${rel} does not exist in the workspace; write it before the gate runs (an evaluation step), or fix the path`);
        throw new MetricsError((0,engine_errors/* errorMessage */.gJ)(e));
    }
}
/** Reads a metrics file or an MLflow run folder from the workspace. */
async function readWorkspaceMetrics(ctx, rel, format, maxBytes, what) {
    const abs = await resolve(ctx, rel, what);
    const st = await (0,promises_.stat)(abs);
    if (st.isDirectory()) {
        if (format && format !== 'mlflow')
            throw new MetricsError(`${what}: ${rel} is a folder; a ${format} metrics source must be a file`);
        return readMlflowRun(abs, rel, maxBytes);
    }
    if (format === 'mlflow')
        throw new MetricsError(`${what}: ${rel} is a file; an MLflow source is a run folder (mlruns/<experiment>/<run>) holding metrics/`);
    const text = await readBounded(abs, rel, maxBytes);
    return parseMetrics(text, rel, format ?? detectFormat(rel, text));
}
/** MLflow file store: `<run>/metrics/<key>` files (keys may hold '/', so nested folders). */
async function readMlflowRun(abs, rel, maxBytes) {
    const dir = external_node_path_default().join(abs, 'metrics');
    const st = await (0,promises_.lstat)(dir).catch(() => null);
    if (!st?.isDirectory())
        throw new MetricsError(`${rel}: no metrics/ folder; give the MLflow run folder (mlruns/<experiment id>/<run id>), not the experiment or mlruns itself`);
    const set = { source: rel, format: 'mlflow', metrics: new Map(), other: new Map() };
    let total = 0;
    const walk = async (d, prefix) => {
        for (const e of (await (0,promises_.readdir)(d, { withFileTypes: true })).sort((a, b) => (a.name < b.name ? -1 : 1))) {
            const key = prefix ? `${prefix}/${e.name}` : e.name;
            const p = external_node_path_default().join(d, e.name);
            if (e.isSymbolicLink())
                throw new MetricsError(`${rel}/metrics/${key}: a symlink; it was not followed`);
            if (e.isDirectory()) {
                await walk(p, key);
                continue;
            }
            if (!e.isFile())
                continue;
            if (set.metrics.size >= MAX_MLFLOW_METRICS)
                throw new MetricsError(`${rel}: more than ${MAX_MLFLOW_METRICS} metric files`);
            const size = (await (0,promises_.stat)(p)).size;
            total += size;
            if (total > maxBytes)
                throw new MetricsError(`${rel}: the metric files hold more than ${maxBytes} bytes (gates.evaluation.max-bytes)`);
            const file = `${rel}/metrics/${key}`;
            const { value, line } = mlflowValue(await readBounded(p, file, maxBytes), file);
            set.metrics.set(key, { name: key, value, line });
        }
    };
    await walk(dir, '');
    return set;
}
const REV = /^[A-Za-z0-9][A-Za-z0-9._/@{}^~:-]*$/;
/** The text of `rel` (workspace-relative) at git revision `rev`, or null when the file is not in it. */
async function gitShow(ctx, rev, rel, maxBytes) {
    if (!REV.test(rev) || rev.includes('..'))
        throw new MetricsError(`baseline revision ${JSON.stringify(rev)} is not a plain git revision (sha, branch or tag)`);
    const git = (await ctx.tools.which('git')) ?? 'git';
    const opts = { cwd: ctx.workspace, timeoutMs: 120_000, signal: ctx.signal, captureStdout: true, maxStdout: maxBytes + 1 };
    const safe = ['-c', 'core.fsmonitor=false', '-c', 'core.quotePath=false'];
    const commit = await ctx.tools.run(git, [...safe, 'rev-parse', '--verify', '--quiet', `${rev}^{commit}`], opts);
    if (commit.exitCode !== 0) {
        const shallow = (await ctx.tools.run(git, [...safe, 'rev-parse', '--is-shallow-repository'], opts).catch(() => null))?.stdout.trim() === 'true';
        throw new MetricsError(`the baseline commit ${rev} is not in this clone${shallow ? ' (it is a shallow clone)' : ''}: check out with fetch-depth: 0 (actions/checkout), or fetch it first (git fetch --depth=1 origin ${rev})`);
    }
    const sha = commit.stdout.trim();
    const spec = `${sha}:./${rel.split((external_node_path_default()).sep).join('/')}`;
    const r = await ctx.tools.run(git, [...safe, 'cat-file', '-e', spec], opts);
    if (r.exitCode !== 0)
        return null;
    const type = (await ctx.tools.run(git, [...safe, 'cat-file', '-t', spec], opts)).stdout.trim();
    if (type !== 'blob')
        throw new MetricsError(`${rel} at ${sha.slice(0, 12)} is a ${type || 'missing object'}, not a file: a git baseline reads metrics files, not MLflow run folders (give the baseline run folder as baseline: <path>)`);
    const size = Number((await ctx.tools.run(git, [...safe, 'cat-file', '-s', spec], opts)).stdout.trim());
    if (size > maxBytes)
        throw new MetricsError(`${rel} at ${sha.slice(0, 12)}: ${size} bytes, more than the limit of ${maxBytes} (gates.evaluation.max-bytes)`);
    const show = await ctx.tools.run(git, [...safe, 'cat-file', 'blob', spec], opts);
    if (show.exitCode !== 0)
        throw new MetricsError(`git could not read ${rel} at ${sha.slice(0, 12)}: ${show.stderrTail.trim().split('\n').pop()}`);
    return show.stdout;
}
/** The metrics of `rel` at a git revision; null (with the reason) when the file does not exist there. */
async function readGitMetrics(ctx, rev, rel, format, maxBytes) {
    const text = await gitShow(ctx, rev, rel, maxBytes);
    const short = /^[0-9a-f]{40}$/.test(rev) ? rev.slice(0, 12) : rev;
    if (text === null)
        return { missing: `${rel} does not exist at the baseline commit ${short}` };
    const source = `${rel}@${short}`;
    return parseMetrics(text, source, format ?? detectFormat(rel, text));
}
/** The metric values a previous JSON report of this action recorded for `source`. */
async function readReportMetrics(ctx, reportRel, source, maxBytes) {
    const abs = await resolve(ctx, reportRel, 'gates.evaluation.baseline.report');
    const text = await readBounded(abs, reportRel, Math.max(maxBytes, 256 * 1024 * 1024));
    const { root } = jsonLeaves(text, reportRel);
    const gates = root?.gates;
    if (!Array.isArray(gates))
        throw new MetricsError(`${reportRel}: not a JSON report of ai-secure-gates (no "gates" list); give the file written by --format json or the action's report output`);
    const gate = gates.find((g) => g?.id === 'evaluation');
    if (!gate)
        throw new MetricsError(`${reportRel}: the report has no evaluation gate; it was made without gates.evaluation`);
    const set = { source: `${reportRel} (report)`, format: 'report', metrics: new Map(), other: new Map() };
    for (const c of gate.checks ?? []) {
        const d = c.details;
        if (c.name !== 'metric' || !d || d.source !== source || typeof d.metric !== 'string')
            continue;
        const value = d.new;
        if (typeof value !== 'number') {
            set.other.set(d.metric, { line: null, kind: value === null ? 'null' : `a ${typeof value}` });
            continue;
        }
        const m = { name: d.metric, value, line: null };
        if (typeof d.newStderr === 'number')
            m.stderr = d.newStderr;
        if (typeof d.higherIsBetter === 'boolean')
            m.higherIsBetter = d.higherIsBetter;
        set.metrics.set(m.name, m);
    }
    if (!set.metrics.size && !set.other.size)
        throw new MetricsError(`${reportRel}: the report's evaluation gate has no metric values for ${source}; it was made with other metrics files`);
    return set;
}

;// CONCATENATED MODULE: ./src/gates/evaluation/fairness.ts
/**
 * Fairness from a predictions file: one pass over the rows (CSV, TSV, JSON Lines or Parquet through
 * the shared tabular readers) into confusion counts per intersection of the sensitive features; the
 * per-feature groups are sums of those cells. Metrics and summaries are Fairlearn's
 * (scanners/stats/fairness.ts). Every unusable row is an error naming its line and the fix.
 */









/** A label as written in the config, matched against cells of any reader (CSV text, JSON values, Parquet types). */
function labelMatcher(label) {
    const text = typeof label === 'boolean' ? String(label) : String(label).trim();
    const num = typeof label === 'number' ? label : typeof label === 'boolean' ? Number(label) : parseNumber(text);
    const lower = text.toLowerCase();
    const boolish = lower === 'true' || lower === 'false';
    return (c) => {
        if (typeof c === 'string') {
            const t = c.trim();
            if (t === text || (boolish && t.toLowerCase() === lower))
                return true;
            if (num === null)
                return false;
            const n = parseNumber(t);
            return n !== null && n === num;
        }
        if (typeof c === 'number')
            return num !== null && c === num;
        if (typeof c === 'boolean')
            return boolish ? String(c) === lower : num !== null && Number(c) === num;
        if (typeof c === 'bigint')
            return num !== null && Number(c) === num;
        return false;
    };
}
function show(c) {
    if (c === undefined)
        return '(absent)';
    if (c === null)
        return 'null';
    const s = typeof c === 'string' ? JSON.stringify(c) : typeof c === 'object' && !(c instanceof Date) ? JSON.stringify(c) : String(c);
    return s.length > 40 ? `${s.slice(0, 40)}...` : s;
}
function groupText(c) {
    if (c === null || c === undefined)
        return null;
    if (typeof c === 'string')
        return c.trim() === '' ? null : c;
    if (c instanceof Date)
        return c.toISOString();
    if (typeof c === 'object')
        return JSON.stringify(c);
    return String(c);
}
class Problems {
    byKind = new Map();
    add(kind, example) {
        let p = this.byKind.get(kind);
        if (!p)
            this.byKind.set(kind, (p = { count: 0, examples: [] }));
        p.count++;
        if (p.examples.length < 3)
            p.examples.push(example);
    }
    get size() {
        return this.byKind.size;
    }
}
const fmt = (x) => (x === null || x === undefined || Number.isNaN(x) ? 'n/a' : Number.isInteger(x) ? String(x) : x.toFixed(4));
const SUMMARY_TEXT = {
    'demographic-parity-difference': { title: 'demographic parity difference', worse: 'above', rate: 'selectionRate' },
    'demographic-parity-ratio': { title: 'demographic parity ratio', worse: 'below', rate: 'selectionRate' },
    'equalized-odds-difference': { title: 'equalized odds difference', worse: 'above', rate: null },
    'equalized-odds-ratio': { title: 'equalized odds ratio', worse: 'below', rate: null },
    'equal-opportunity-difference': { title: 'equal opportunity difference', worse: 'above', rate: 'recall' },
    'max-ece': { title: 'expected calibration error', worse: 'above', rate: null }
};
const RATE_TEXT = { selectionRate: 'selection rate', recall: 'TPR', fpr: 'FPR' };
/** Most intersections of sensitive-feature values kept (each holds its counts and calibration bins). */
const MAX_CELLS = 100_000;
/** Reads a predictions file into confusion counts per intersection cell; problems go to out.errors with their lines. */
async function countPredictions(abs, rel, format, cfg, signal, out) {
    const features = cfg.sensitive;
    const isPos = labelMatcher(cfg.positive);
    const isNeg = labelMatcher(cfg.negative);
    if (isPos(cfg.negative)) {
        out.errors.push(`gates.evaluation.fairness: positive (${show(cfg.positive)}) and negative (${show(cfg.negative)}) are the same label; set two different labels`);
        return null;
    }
    const bins = cfg.bins;
    const groupIds = features.map(() => new Map());
    const cells = new Map();
    const problems = new Problems();
    let rows = 0;
    let keys = null;
    let idx = null;
    let missingColumns = [];
    const tooMany = new Set();
    const where = (line, row) => (line ? `${rel}:${line}` : `${rel} row ${row}`);
    try {
        for await (const batch of (0,tabular/* readTable */.xz)(abs, format, { maxBytes: cfg['max-bytes'], signal })) {
            for (const r of batch) {
                rows++;
                if (rows > cfg['max-rows'])
                    throw new tabular/* TabularError */.EH(`more than ${cfg['max-rows']} rows (max-rows); raise gates.evaluation.fairness.max-rows or sample the predictions`, r.line);
                if (r.problem) {
                    problems.add(r.problem.rule, `${where(r.line, r.row)}: ${r.problem.message}`);
                    continue;
                }
                if (r.keys !== keys) {
                    keys = r.keys;
                    const find = (c) => (c === undefined ? -2 : r.keys.indexOf(c));
                    idx = { label: find(cfg.label), pred: find(cfg.prediction), score: find(cfg.score), sens: features.map((f) => find(f)) };
                    const missing = [
                        ...(idx.label < 0 ? [`label column "${cfg.label}" (key label)`] : []),
                        ...(idx.pred < 0 ? [`prediction column "${cfg.prediction}" (key prediction)`] : []),
                        ...(idx.score === -1 ? [`score column "${cfg.score}" (key score)`] : []),
                        ...features.filter((_, i) => idx.sens[i] < 0).map((f) => `sensitive column "${f}" (key sensitive)`)
                    ];
                    missingColumns = missing;
                    if (missing.length && (format === 'csv' || format === 'tsv' || format === 'parquet')) {
                        throw new tabular/* TabularError */.EH(`${rel}${format === 'parquet' ? '' : ':1'}: no ${missing.join(', no ')}; the file has columns ${r.keys.map((k) => JSON.stringify(k)).join(', ')}: set gates.evaluation.fairness.label, prediction, score and sensitive to its column names`, format === 'parquet' ? null : 1);
                    }
                }
                if (missingColumns.length) {
                    problems.add('missing-column', `${where(r.line, r.row)}: no ${missingColumns.join(', no ')}`);
                    continue;
                }
                const ix = idx;
                const yc = r.values[ix.label];
                const pc = r.values[ix.pred];
                const y = isPos(yc) ? 1 : isNeg(yc) ? 0 : -1;
                const p = isPos(pc) ? 1 : isNeg(pc) ? 0 : -1;
                if (y < 0) {
                    problems.add('label-outside-set', `${where(r.line, r.row)}: label ${show(yc)} in column "${cfg.label}"`);
                    continue;
                }
                if (p < 0) {
                    problems.add('label-outside-set', `${where(r.line, r.row)}: prediction ${show(pc)} in column "${cfg.prediction}"`);
                    continue;
                }
                let score = NaN;
                if (ix.score >= 0) {
                    const sc = r.values[ix.score];
                    const s = typeof sc === 'number' ? sc : typeof sc === 'string' ? parseNumber(sc) : null;
                    if (s === null || !(s >= 0 && s <= 1)) {
                        problems.add('bad-score', `${where(r.line, r.row)}: score ${show(sc)} in column "${cfg.score}" is not a probability in [0, 1]`);
                        continue;
                    }
                    score = s;
                }
                let key = '';
                let bad = false;
                for (let f = 0; f < features.length; f++) {
                    const g = groupText(r.values[ix.sens[f]]);
                    if (g === null) {
                        problems.add('empty-group', `${where(r.line, r.row)}: column "${features[f]}" is empty`);
                        bad = true;
                        break;
                    }
                    const m = groupIds[f];
                    let id = m.get(g);
                    if (id === undefined) {
                        if (m.size >= cfg['max-groups']) {
                            tooMany.add(f);
                            bad = true;
                            break;
                        }
                        m.set(g, (id = m.size));
                    }
                    key = f === 0 ? String(id) : `${key},${id}`;
                }
                if (bad)
                    continue;
                let c = cells.get(key);
                if (!c && cells.size >= MAX_CELLS)
                    throw new tabular/* TabularError */.EH(`more than ${MAX_CELLS} combinations of the sensitive features (${features.join(', ')}); judge fewer features together, or bucket their values`, r.line);
                if (!c)
                    cells.set(key, (c = { tp: 0, fp: 0, tn: 0, fn: 0, bins: ix.score >= 0 ? newBins(bins) : null }));
                if (y === 1) {
                    if (p === 1)
                        c.tp++;
                    else
                        c.fn++;
                }
                else if (p === 1)
                    c.fp++;
                else
                    c.tn++;
                if (c.bins) {
                    const b = binOf(score, bins);
                    c.bins.count[b]++;
                    c.bins.sumScore[b] += score;
                    c.bins.positives[b] += y;
                }
            }
        }
    }
    catch (e) {
        if (!(e instanceof tabular/* TabularError */.EH) && !(e instanceof engine_errors/* GatesError */.xx))
            throw e;
        const msg = e.message.startsWith(rel) ? e.message : `${rel}${e instanceof tabular/* TabularError */.EH && e.line ? `:${e.line}` : ''}: ${e.message}`;
        out.errors.push(msg);
        out.checks.push({ name: 'fairness-read', target: rel, outcome: 'error', details: { reason: msg } });
        return null;
    }
    for (const f of tooMany) {
        const msg = `${rel}: sensitive column "${features[f]}" has more than ${cfg['max-groups']} distinct values (max-groups): it looks like an identifier, not a group; choose a group column, bucket it, or raise gates.evaluation.fairness.max-groups`;
        out.errors.push(msg);
    }
    if (problems.size) {
        const fixes = {
            'label-outside-set': `labels must be the positive (${show(cfg.positive)}) or negative (${show(cfg.negative)}) label: set gates.evaluation.fairness.positive and negative, or fix the rows`,
            'empty-group': 'every row needs a value in each sensitive column: fill it, or map missing values to a named group such as "unknown"',
            'bad-score': 'scores must be probabilities of the positive class in [0, 1]',
            'missing-column': 'every record needs the label, prediction and sensitive columns'
        };
        for (const [kind, p] of problems.byKind) {
            out.errors.push(`${rel}: ${p.count} unusable row${p.count === 1 ? '' : 's'} (${kind}): ${p.examples.join('; ')}${p.count > p.examples.length ? '; ...' : ''}. ${fixes[kind] ?? 'fix the file'}`);
        }
    }
    if (out.errors.length) {
        out.checks.push({ name: 'fairness-read', target: rel, outcome: 'error', details: { rows, problems: Object.fromEntries([...problems.byKind].map(([k, v]) => [k, v.count])) } });
        return null;
    }
    if (cells.size === 0) {
        const msg = `${rel}: no prediction rows; there is nothing to measure`;
        out.errors.push(msg);
        out.checks.push({ name: 'fairness-read', target: rel, outcome: 'error', details: { reason: msg } });
        return null;
    }
    return {
        rows,
        cells,
        names: groupIds.map((m) => {
            const a = [];
            for (const [v, id] of m)
                a[id] = v;
            return a;
        })
    };
}
async function runFairness(ctx, cfg, rules) {
    const out = { findings: [], checks: [], errors: [], tables: [] };
    const rel = cfg.predictions;
    let abs;
    try {
        abs = await (0,paths/* realInside */.he)(ctx.workspace, rel, 'gates.evaluation.fairness.predictions');
    }
    catch (e) {
        const msg = e.code === 'ENOENT'
            ? `gates.evaluation.fairness.predictions: ${rel} does not exist in the workspace; write the predictions file before the gate runs, or fix the path`
            : (0,engine_errors/* errorMessage */.gJ)(e);
        out.errors.push(msg);
        out.checks.push({ name: 'fairness-read', target: rel, outcome: 'error', details: { reason: msg } });
        return out;
    }
    let format;
    try {
        format = (0,tabular/* formatOf */.be)(rel, cfg.format);
    }
    catch (e) {
        out.errors.push(`gates.evaluation.fairness: ${(0,engine_errors/* errorMessage */.gJ)(e)}`);
        return out;
    }
    const counted = await countPredictions(abs, rel, format, cfg, ctx.signal, out);
    if (!counted)
        return out;
    const { rows, cells, names } = counted;
    const features = cfg.sensitive;
    const bins = cfg.bins;
    out.checks.push({ name: 'fairness-read', target: rel, outcome: 'pass', details: { rows, format, sensitive: features } });
    const entries = [...cells.entries()].map(([k, c]) => ({ ids: k.split(',').map(Number), c }));
    const sets = features.map((_, i) => [i]);
    if (features.length > 1 && cfg.intersections)
        sets.push(features.map((_, i) => i));
    let overallBins = null;
    for (const e of entries) {
        if (!e.c.bins)
            continue;
        overallBins ??= newBins(bins);
        for (let b = 0; b < bins; b++) {
            overallBins.count[b] += e.c.bins.count[b];
            overallBins.sumScore[b] += e.c.bins.sumScore[b];
            overallBins.positives[b] += e.c.bins.positives[b];
        }
    }
    const t = cfg.thresholds;
    if (t['max-ece'] !== undefined && !overallBins) {
        out.errors.push(`gates.evaluation.fairness.thresholds.max-ece needs scores: set gates.evaluation.fairness.score to the column of positive-class probabilities`);
    }
    if (overallBins) {
        const e = ece(overallBins);
        const limit = t['max-ece'];
        const fail = limit !== undefined && e > limit;
        out.checks.push({ name: 'calibration', target: rel, outcome: limit === undefined ? 'info' : fail ? 'fail' : 'pass', details: { group: 'overall', ece: e, bins, threshold: limit ?? null } });
        if (fail)
            out.findings.push(summaryFinding(rel, 'max-ece', 'all rows', e, limit, 'overall'));
    }
    for (const set of sets) {
        const label = set.map((i) => features[i]).join(' & ');
        const merged = new Map();
        for (const e of entries) {
            const k = set.map((i) => e.ids[i]).join(',');
            let g = merged.get(k);
            if (!g)
                merged.set(k, (g = { values: set.map((i) => names[i][e.ids[i]]), c: { tp: 0, fp: 0, tn: 0, fn: 0, bins: e.c.bins ? newBins(bins) : null } }));
            g.c.tp += e.c.tp;
            g.c.fp += e.c.fp;
            g.c.tn += e.c.tn;
            g.c.fn += e.c.fn;
            if (g.c.bins && e.c.bins)
                for (let b = 0; b < bins; b++) {
                    g.c.bins.count[b] += e.c.bins.count[b];
                    g.c.bins.sumScore[b] += e.c.bins.sumScore[b];
                    g.c.bins.positives[b] += e.c.bins.positives[b];
                }
        }
        const groups = [...merged.values()].sort((a, b) => (a.values.join('\u0000') < b.values.join('\u0000') ? -1 : 1));
        const describe = (g) => set.map((i, j) => `${features[i]}=${g.values[j]}`).join(', ');
        const judged = groups.filter((g) => g.c.tp + g.c.fp + g.c.tn + g.c.fn >= cfg['min-group-size']);
        const small = groups.filter((g) => !judged.includes(g));
        const rows = [];
        const eces = [];
        for (const g of groups) {
            const r = rates(g.c);
            const isJudged = judged.includes(g);
            const e = g.c.bins ? ece(g.c.bins) : null;
            out.checks.push({
                name: 'fairness-group',
                target: rel,
                outcome: isJudged ? 'info' : 'skipped',
                details: { features: set.map((i) => features[i]), group: Object.fromEntries(set.map((i, j) => [features[i], g.values[j]])), ...r, ...(e !== null ? { ece: e } : {}), judged: isJudged, ...(isJudged ? {} : { reason: `fewer than ${cfg['min-group-size']} rows (min-group-size): reported, not judged` }) }
            });
            rows.push([describe(g) + (isJudged ? '' : ' (not judged)'), String(r.count), fmt(r.selectionRate), fmt(r.accuracy), fmt(r.precision), fmt(r.recall), fmt(r.fpr), fmt(r.fnr), ...(g.c.bins ? [fmt(e)] : [])]);
            if (isJudged && e !== null)
                eces.push({ group: describe(g), ece: e });
        }
        const eceLimit = t['max-ece'];
        if (eces.length && eceLimit !== undefined) {
            const over = eces.filter((x) => x.ece > eceLimit).sort((a, b) => b.ece - a.ece);
            out.checks.push({ name: 'calibration', target: rel, outcome: over.length ? 'fail' : 'pass', details: { features: set.map((i) => features[i]), threshold: eceLimit, bins, groups: eces.length, over: over.map((x) => ({ group: x.group, ece: x.ece })) } });
            if (over.length) {
                const list = over.slice(0, 5).map((x) => `${x.group} ${fmt(x.ece)}`).join(', ');
                out.findings.push(summaryFinding(rel, 'max-ece', `${over.length} of ${eces.length} groups by ${label} (${list}${over.length > 5 ? ', ...' : ''})`, over[0].ece, eceLimit, label));
            }
        }
        out.tables.push({
            title: `Fairness by ${label} (${rel})`,
            columns: ['Group', 'n', 'Selection rate', 'Accuracy', 'Precision', 'TPR (recall)', 'FPR', 'FNR', ...(overallBins ? ['ECE'] : [])],
            rows
        });
        if (judged.length < 2) {
            const reason = `${label}: ${judged.length === 0 ? 'no group has' : 'only one group has'} at least ${cfg['min-group-size']} rows (min-group-size), so there is no disparity to measure${small.length ? ` (${small.length} smaller group${small.length === 1 ? '' : 's'} reported, not judged)` : ''}`;
            const limited = SUMMARY_NAMES.filter((s) => t[s] !== undefined);
            if (limited.length) {
                out.errors.push(`${rel}: ${reason}; lower gates.evaluation.fairness.min-group-size or evaluate on more data`);
                out.checks.push({ name: 'fairness', target: rel, outcome: 'error', details: { features: set.map((i) => features[i]), reason } });
            }
            else
                out.checks.push({ name: 'fairness', target: rel, outcome: 'skipped', details: { features: set.map((i) => features[i]), reason } });
            continue;
        }
        const jr = judged.map((g) => rates(g.c));
        const sm = summaries(jr);
        const ci = cfg.bootstrap.samples > 0 ? bootstrapSummaries(judged.map((g) => g.c), cfg.bootstrap.samples, cfg.bootstrap.confidence, cfg.bootstrap.seed) : null;
        for (const s of SUMMARY_NAMES) {
            const value = sm[s];
            const limit = t[s];
            const info = SUMMARY_TEXT[s];
            const undecided = limit !== undefined && Number.isNaN(value);
            const fail = limit !== undefined && !undecided && (info.worse === 'above' ? value > limit : value < limit);
            const extremes = (rate) => {
                const sp = spread(jr.map((r) => r[rate]));
                return { min: describe(judged[sp.minAt]), max: describe(judged[sp.maxAt]), minValue: jr[sp.minAt][rate], maxValue: jr[sp.maxAt][rate] };
            };
            const ext = info.rate ? extremes(info.rate) : s.startsWith('equalized-odds') ? extremes(pickEoRate(jr, s)) : null;
            out.checks.push({
                name: 'fairness',
                target: rel,
                outcome: undecided ? 'error' : limit === undefined ? 'info' : fail ? 'fail' : 'pass',
                details: {
                    features: set.map((i) => features[i]),
                    summary: s,
                    value: Number.isNaN(value) ? null : value,
                    threshold: limit ?? null,
                    rule: limit === undefined ? 'reported only (no threshold)' : `fails ${info.worse} ${limit}`,
                    groups: judged.length,
                    notJudged: small.map(describe),
                    ...(ci ? { ci: ci[s], confidence: cfg.bootstrap.confidence, bootstrapSamples: cfg.bootstrap.samples, seed: cfg.bootstrap.seed } : {}),
                    ...(ext ? { lowest: { group: ext.min, value: ext.minValue }, highest: { group: ext.max, value: ext.maxValue } } : {})
                }
            });
            if (undecided)
                out.errors.push(`${rel}: the ${info.title} over ${label} is undefined (every judged group has a rate of 0, so the ratio is 0/0); it cannot be held to ${limit}`);
            if (fail) {
                const rateName = ext ? (info.rate ? RATE_TEXT[info.rate] : RATE_TEXT[pickEoRate(jr, s)]) : null;
                const detail = ext && rateName ? ` (${rateName} ${fmt(ext.maxValue)} for ${ext.max}, ${fmt(ext.minValue)} for ${ext.min})` : '';
                out.findings.push(summaryFinding(rel, s, label, value, limit, label, detail, ci?.[s] ?? null));
            }
        }
    }
    if (cfg.baseline !== undefined)
        await compareSlices(ctx, cfg, rel, format, counted, rules, out);
    return out;
}
/** Which rate decides the equalized odds summary: TPR or FPR. */
function pickEoRate(jr, s) {
    const tpr = spread(jr.map((r) => r.recall));
    const fpr = spread(jr.map((r) => r.fpr));
    if (s === 'equalized-odds-difference')
        return fpr.difference > tpr.difference ? 'fpr' : 'recall';
    return fpr.ratio < tpr.ratio ? 'fpr' : 'recall';
}
function summaryFinding(rel, s, over, value, limit, set, detail = '', ci = null) {
    const info = SUMMARY_TEXT[s];
    return {
        ruleId: `fairness/${s === 'max-ece' ? 'calibration' : s}`,
        severity: 'high',
        title: s === 'max-ece' ? 'Model is miscalibrated' : `Fairness: ${info.title} over the limit`,
        message: s === 'max-ece'
            ? `${rel}: the ${info.title} of ${over} is above the limit ${limit}${set === 'overall' ? ` (${fmt(value)})` : ''}`
            : `${rel}: the ${info.title} over ${over} is ${fmt(value)}${detail}, ${info.worse} the limit ${limit}${ci ? ` (${fmt(ci[0])} to ${fmt(ci[1])} by bootstrap)` : ''}`,
        location: { path: rel, startLine: null },
        fingerprintKey: `fairness/${s}:${rel}:${set}`,
        properties: { summary: s, features: set, value, threshold: limit, ...(ci ? { ci } : {}) }
    };
}
const SLICE_DIRECTION = { accuracy: true, precision: true, recall: true, fpr: false, fnr: false };
/** Each judged group's slice metrics (and overall) as a metric set: "sex=F.accuracy", "sex=F, age=<30.recall", "overall.accuracy". */
function sliceMetrics(counted, cfg, source) {
    const set = { source, format: 'csv', metrics: new Map(), other: new Map() };
    const features = cfg.sensitive;
    const entries = [...counted.cells.entries()].map(([k, c]) => ({ ids: k.split(',').map(Number), c }));
    const sets = features.map((_, i) => [i]);
    if (features.length > 1 && cfg.intersections)
        sets.push(features.map((_, i) => i));
    const add = (prefix, c) => {
        const r = rates(c);
        for (const m of cfg['slice-metrics'])
            set.metrics.set(`${prefix}.${m}`, { name: `${prefix}.${m}`, value: r[m], higherIsBetter: SLICE_DIRECTION[m], line: null });
    };
    const all = { tp: 0, fp: 0, tn: 0, fn: 0 };
    for (const e of entries) {
        all.tp += e.c.tp;
        all.fp += e.c.fp;
        all.tn += e.c.tn;
        all.fn += e.c.fn;
    }
    add('overall', all);
    for (const s of sets) {
        const merged = new Map();
        for (const e of entries) {
            const k = s.map((i) => `${features[i]}=${counted.names[i][e.ids[i]]}`).join(', ');
            const g = merged.get(k) ?? { tp: 0, fp: 0, tn: 0, fn: 0 };
            g.tp += e.c.tp;
            g.fp += e.c.fp;
            g.tn += e.c.tn;
            g.fn += e.c.fn;
            merged.set(k, g);
        }
        for (const [k, c] of merged)
            if (c.tp + c.fp + c.tn + c.fn >= cfg['min-group-size'])
                add(k, c);
    }
    return set;
}
/** Holds each judged group's rates to the same group's in the baseline predictions. */
async function compareSlices(ctx, cfg, rel, format, counted, rules, out) {
    const b = cfg.baseline;
    const what = 'gates.evaluation.fairness.baseline';
    let baseAbs;
    let baseSource;
    try {
        if (b === 'base-commit' || typeof b === 'object') {
            let rev;
            if (b === 'base-commit') {
                if (!ctx.pullRequest) {
                    out.checks.push({ name: 'slices-baseline', target: rel, outcome: 'skipped', details: { baseline: b, reason: 'not a pull request, so there is no base commit to compare with (set fairness.baseline to a path or { git: <revision> } outside pull requests)' } });
                    return;
                }
                rev = ctx.pullRequest.baseSha;
            }
            else
                rev = b.git;
            if (format === 'parquet')
                throw new MetricsError(`${what}: a Parquet baseline cannot be read from git; give the baseline predictions as a path`);
            const text = await gitShow(ctx, rev, rel, cfg['max-bytes']);
            const short = /^[0-9a-f]{40}$/.test(rev) ? rev.slice(0, 12) : rev;
            if (text === null)
                throw new MetricsError(`${rel} does not exist at the baseline commit ${short}; if this change adds it, give the baseline predictions as a path`);
            baseAbs = external_node_path_default().join(ctx.tempDir, `baseline-predictions-${process.pid}-${Date.now()}${external_node_path_default().extname(rel)}`);
            await (0,promises_.writeFile)(baseAbs, text);
            baseSource = `${rel}@${short}`;
        }
        else {
            baseAbs = await (0,paths/* realInside */.he)(ctx.workspace, b, what).catch((e) => {
                throw new MetricsError(e.code === 'ENOENT' ? `${what}: ${b} does not exist in the workspace` : (0,engine_errors/* errorMessage */.gJ)(e));
            });
            baseSource = b;
        }
    }
    catch (e) {
        if (!(e instanceof MetricsError) && !(e instanceof engine_errors/* GatesError */.xx))
            throw e;
        out.errors.push(e.message);
        out.checks.push({ name: 'slices-baseline', target: rel, outcome: 'error', details: { reason: e.message } });
        return;
    }
    const baseOut = { findings: [], checks: [], errors: [], tables: [] };
    const baseFormat = typeof b === 'string' && b !== 'base-commit' ? (0,tabular/* formatOf */.be)(b, cfg.format) : format;
    const fromGit = baseSource !== b;
    const base = await countPredictions(baseAbs, baseSource, baseFormat, cfg, ctx.signal, baseOut).finally(() => (fromGit ? (0,promises_.rm)(baseAbs, { force: true }) : undefined));
    if (!base) {
        out.errors.push(...baseOut.errors.map((e) => `baseline predictions: ${e}`));
        out.checks.push({ name: 'slices-baseline', target: rel, outcome: 'error', details: { baseline: baseSource, reason: baseOut.errors[0] ?? 'unreadable' } });
        return;
    }
    out.checks.push({ name: 'slices-baseline', target: rel, outcome: 'pass', details: { baseline: baseSource, rows: base.rows } });
    const cur = sliceMetrics(counted, cfg, rel);
    const old = sliceMetrics(base, cfg, baseSource);
    // Groups judged on one side only (new, gone, or below min-group-size there) are listed, not compared.
    for (const [name, set] of [[cur, old], [old, cur]]) {
        for (const k of name.metrics.keys()) {
            if (set.metrics.has(k))
                continue;
            name.metrics.delete(k);
            out.checks.push({ name: 'metric', target: rel, outcome: 'skipped', details: { source: rel, metric: k, reason: `the group is judged (at least ${cfg['min-group-size']} rows) only in ${name.source}` } });
        }
    }
    const cmp = compareMetrics({ path: rel, current: cur, selected: [...cur.metrics.values()], select: undefined, baseline: old, rules });
    out.findings.push(...cmp.findings);
    out.checks.push(...cmp.checks);
    out.errors.push(...cmp.errors);
    if (cmp.rows.length)
        out.tables.push({ title: `Slices: ${rel} against ${baseSource}`, columns: ['Slice metric', 'Baseline', 'Current', 'Change', 'Rule', 'Result'], rows: cmp.rows });
}

;// CONCATENATED MODULE: ./src/gates/evaluation/index.ts
/**
 * The evaluation gate: metrics held to a baseline (the same file at the pull request's base commit,
 * a file, or a previous report), and fairness measured per group from a predictions file.
 * See docs/gates/evaluation.md.
 */






function sourcesOf(cfg) {
    if (!cfg.metrics)
        return [];
    const list = typeof cfg.metrics === 'string' ? [cfg.metrics] : cfg.metrics;
    return list.map((s) => (typeof s === 'string' ? { path: s } : s));
}
function baselineText(b) {
    if (typeof b === 'string')
        return b;
    if ('git' in b)
        return `git ${b.git}`;
    if ('report' in b)
        return `report ${b.report}`;
    return b.path;
}
async function readBaseline(ctx, src, current) {
    const cfg = ctx.config;
    const b = src.baseline ?? cfg.baseline;
    const max = cfg['max-bytes'];
    if (b === 'base-commit' || (typeof b === 'object' && 'git' in b)) {
        let rev;
        if (b === 'base-commit') {
            if (!ctx.pullRequest)
                return { set: null, reason: "not a pull request, so there is no base commit to compare with (set baseline to a file, { git: <revision> } or { report: <file> } to compare outside pull requests)" };
            rev = ctx.pullRequest.baseSha;
        }
        else
            rev = b.git;
        if (current.format === 'mlflow')
            throw new MetricsError(`${src.path}: an MLflow run folder cannot be read from git; give the baseline run folder as baseline: <path>`);
        const r = await readGitMetrics(ctx, rev, src.path, src.format ?? current.format, max);
        if ('missing' in r) {
            throw new MetricsError(`baseline: ${r.missing}, so there is nothing to compare with; if this change adds the file, compare with a committed baseline file (baseline: <path>) or a previous report (baseline: { report: <file> })`);
        }
        return { set: r };
    }
    if (typeof b === 'object' && 'report' in b)
        return { set: await readReportMetrics(ctx, b.report, current.source, max) };
    const path = typeof b === 'string' ? b : b.path;
    const format = typeof b === 'string' ? (src.format ?? (current.format === 'report' ? undefined : current.format)) : (b.format ?? src.format);
    return { set: await readWorkspaceMetrics(ctx, path, format, max, 'gates.evaluation.baseline') };
}
async function checkSource(ctx, src, i, rules, res) {
    const what = typeof ctx.config.metrics === 'string' ? 'gates.evaluation.metrics' : `gates.evaluation.metrics[${i}]`;
    let current;
    try {
        current = await readWorkspaceMetrics(ctx, src.path, src.format, ctx.config['max-bytes'], what);
    }
    catch (e) {
        if (!(e instanceof MetricsError) && !(e instanceof engine_errors/* GatesError */.xx))
            throw e;
        res.errors.push(e.message);
        res.checks.push({ name: 'metrics-read', target: src.path, outcome: 'error', details: { reason: e.message } });
        return;
    }
    const { metrics: selected, errors } = selectMetrics(current, src.select);
    for (const e of errors) {
        res.errors.push(e);
        res.checks.push({ name: 'metrics-select', target: src.path, outcome: 'error', details: { reason: e } });
    }
    if (!src.select && selected.length === 0) {
        const msg = `${src.path}: no numeric metric in the file${current.other.size ? ` (only ${[...current.other.keys()].slice(0, 5).join(', ')}, which are not numbers)` : ''}; point gates.evaluation.metrics at the metrics the evaluation writes`;
        res.errors.push(msg);
        res.checks.push({ name: 'metrics-read', target: src.path, outcome: 'error', details: { reason: msg } });
        return;
    }
    res.checks.push({ name: 'metrics-read', target: src.path, outcome: 'pass', details: { format: current.format, metrics: selected.length } });
    let baseline;
    let reason;
    const bText = baselineText(src.baseline ?? ctx.config.baseline);
    try {
        const r = await readBaseline(ctx, src, current);
        baseline = r.set;
        reason = r.reason;
    }
    catch (e) {
        if (!(e instanceof MetricsError) && !(e instanceof engine_errors/* GatesError */.xx))
            throw e;
        res.errors.push(`${src.path}: ${e.message}`);
        res.checks.push({ name: 'baseline', target: src.path, outcome: 'error', details: { baseline: bText, reason: e.message } });
        return;
    }
    res.checks.push({
        name: 'baseline',
        target: src.path,
        outcome: baseline ? 'pass' : 'skipped',
        details: baseline ? { baseline: bText, source: baseline.source, metrics: baseline.metrics.size } : { baseline: bText, reason }
    });
    const cmp = compareMetrics({ path: src.path, current, selected, select: src.select, baseline, noBaseline: reason, rules });
    res.findings.push(...cmp.findings);
    res.checks.push(...cmp.checks);
    res.errors.push(...cmp.errors);
    if (cmp.rows.length) {
        res.tables.push({
            title: `Metrics: ${src.path}${baseline ? ` against ${baseline.source}` : ' (no baseline)'}`,
            columns: ['Metric', 'Baseline', 'Current', 'Change', 'Rule', 'Result'],
            rows: cmp.rows
        });
    }
}
async function runEvaluationGate(ctx) {
    const cfg = ctx.config;
    const res = { findings: [], checks: [], errors: [], tables: [] };
    const sources = sourcesOf(cfg);
    if (!sources.length && !cfg.fairness) {
        if (ctx.explicit === false)
            return { ...res, skipped: 'nothing configured: set gates.evaluation.metrics or gates.evaluation.fairness' };
        return { ...res, errors: ['gates.evaluation: nothing to evaluate: set metrics (a metrics file to hold to its baseline) or fairness (a predictions file)'] };
    }
    const rules = {
        defaults: { direction: cfg.direction, tolerance: cfg.tolerance, min: cfg.min, max: cfg.max, severity: cfg.severity },
        byName: cfg.rules,
        newMetrics: cfg['new-metrics']
    };
    for (const [i, src] of sources.entries()) {
        ctx.signal.throwIfAborted();
        try {
            await checkSource(ctx, src, i, rules, res);
        }
        catch (e) {
            if (!(e instanceof Error) || e.name === 'AbortError')
                throw e;
            res.errors.push(`${src.path}: ${(0,engine_errors/* errorMessage */.gJ)(e)}`);
        }
    }
    if (cfg.fairness) {
        const f = await runFairness(ctx, cfg.fairness, rules);
        res.findings.push(...f.findings);
        res.checks.push(...f.checks);
        res.errors.push(...f.errors);
        res.tables.push(...f.tables);
    }
    const metricChecks = res.checks.filter((c) => c.name === 'metric');
    const parts = [];
    const compared = metricChecks.filter((c) => typeof c.details.old === 'number' && c.outcome !== 'error').length;
    if (sources.length || compared) {
        const regressed = res.findings.filter((f) => f.ruleId === 'evaluation/regression').length;
        const bounds = res.findings.filter((f) => f.ruleId === 'evaluation/bound').length;
        parts.push(`${compared} metric${compared === 1 ? '' : 's'} compared with the baseline, ${regressed} regressed${bounds ? `, ${bounds} out of bounds` : ''}`);
    }
    if (cfg.fairness) {
        const limits = res.checks.filter((c) => (c.name === 'fairness' || c.name === 'calibration') && (c.outcome === 'pass' || c.outcome === 'fail'));
        const judged = limits.length;
        const failed = limits.filter((c) => c.outcome === 'fail').length;
        parts.push(`fairness: ${judged} limit${judged === 1 ? '' : 's'} checked, ${failed} exceeded`);
    }
    return { ...res, summary: res.errors.length ? undefined : parts.join('; ') };
}
const evaluationGate = {
    id: 'evaluation',
    title: 'Evaluation (metrics vs baseline, fairness)',
    configSchema: config/* evaluationConfigSchema */.Ai,
    run: runEvaluationGate
};


/***/ }),

/***/ 30766:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   S: () => (/* binding */ rng)
/* harmony export */ });
/** Seeded randomness shared by the statistics (bootstrap) and the robustness attacks. */
/** xoshiro128** seeded by splitmix32: fast, reproducible from one integer. */
function rng(seed) {
    let s = seed >>> 0;
    const split = () => {
        s = (s + 0x9e3779b9) >>> 0;
        let z = s;
        z = Math.imul(z ^ (z >>> 16), 0x85ebca6b) >>> 0;
        z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35) >>> 0;
        return (z ^ (z >>> 16)) >>> 0;
    };
    let a = split();
    let b = split();
    let c = split();
    let d = split();
    return () => {
        const r = Math.imul(rotl(Math.imul(b, 5) >>> 0, 7), 9) >>> 0;
        const t = (b << 9) >>> 0;
        c = (c ^ a) >>> 0;
        d = (d ^ b) >>> 0;
        b = (b ^ c) >>> 0;
        a = (a ^ d) >>> 0;
        c = (c ^ t) >>> 0;
        d = rotl(d, 11);
        return r / 4294967296;
    };
}
function rotl(x, k) {
    return ((x << k) | (x >>> (32 - k))) >>> 0;
}


/***/ })

};
