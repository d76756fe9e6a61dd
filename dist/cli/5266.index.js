export const id = 5266;
export const ids = [5266];
export const modules = {

/***/ 25266:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  main: () => (/* binding */ main)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(57975);
// EXTERNAL MODULE: ./src/engine/errors.ts
var errors = __webpack_require__(17679);
// EXTERNAL MODULE: ./src/report/escape.ts
var report_escape = __webpack_require__(14031);
;// CONCATENATED MODULE: ./src/release/deploy-check/render.ts
/** The deploy-check result as text (CLI, log), markdown (job summary) and JSON (deploy-check.json). */

const WORD = { pass: 'healthy', fail: 'unhealthy: roll back', error: 'inconclusive (error)' };
function valuesLine(values) {
    return values.map((v) => (v === null ? '∅' : String(v))).join(', ');
}
function renderDeployCheckText(r) {
    const out = [`deploy-check ${r.prometheus}: ${WORD[r.status]} (${r.pollsMade} of ${r.pollsPlanned} polls, ${r.consecutive} breaches in a row fail a check)`];
    for (const c of r.checks) {
        out.push(`  ${c.status.padEnd(5)} ${c.name}: ${c.message}`);
        out.push(`        values: ${valuesLine(c.polls.map((p) => p.value))}`);
    }
    out.push(`healthy=${r.healthy} rollback=${r.rollback}`);
    return out.join('\n') + '\n';
}
function renderDeployCheckMarkdown(r) {
    const icon = { pass: '✅', fail: '❌', error: '⚠️' }[r.status];
    return [
        `## ${icon} deploy-check: ${WORD[r.status]}`,
        '',
        `${(0,report_escape/* cell */.Hn)(r.summary, 1000)}`,
        '',
        `Prometheus ${(0,report_escape/* cell */.Hn)(r.prometheus, 200)}; ${r.pollsMade} of ${r.pollsPlanned} polls from ${r.startedAt} to ${r.endedAt}; a check fails after ${r.consecutive} breaches in a row; no data, NaN and Prometheus errors are inconclusive, never 0.`,
        '',
        '| Check | Result | Threshold | Values seen (∅ = no data) | Query |',
        '| --- | --- | --- | --- | --- |',
        ...r.checks.map((c) => {
            const limit = [c.max !== null ? `≤ ${c.max}` : '', c.min !== null ? `≥ ${c.min}` : ''].filter(Boolean).join(', ');
            return `| ${(0,report_escape/* cell */.Hn)(c.name, 64)} | ${c.status}: ${(0,report_escape/* cell */.Hn)(c.message, 300)} | ${(0,report_escape/* cell */.Hn)(limit, 60)} | ${(0,report_escape/* cell */.Hn)(valuesLine(c.polls.map((p) => p.value)), 400)} | ${(0,report_escape/* cell */.Hn)(c.query, 300)} |`;
        }),
        ''
    ].join('\n');
}
function renderDeployCheckJson(r) {
    return JSON.stringify({ schemaVersion: 1, kind: 'deploy-check', ...r }, null, 2) + '\n';
}

// EXTERNAL MODULE: ./src/config/load.ts + 2 modules
var load = __webpack_require__(65950);
// EXTERNAL MODULE: ./src/release/deploy-check/config.ts
var deploy_check_config = __webpack_require__(52536);
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 15 modules
var schemas = __webpack_require__(9691);
;// CONCATENATED MODULE: ./src/release/deploy-check/prometheus.ts
/**
 * A small client for Prometheus's HTTP API (/api/v1/query and /api/v1/query_range): form-encoded
 * POST, bearer or basic auth, a time limit per request, a cap on the answer's size, and every
 * answer validated (status, errorType, resultType, sample values as strings such as "NaN" and
 * "+Inf"). Anything else is a PrometheusError saying what happened; never a number.
 */

class PrometheusError extends Error {
    kind;
    constructor(kind, message) {
        super(message);
        this.kind = kind;
        this.name = 'PrometheusError';
    }
}
const sample = schemas/* tuple */.PVZ([schemas/* number */.aig(), schemas/* string */.YjP()]);
const envelope = schemas/* object */.Ikc({
    status: schemas/* enum */.k5n(['success', 'error']),
    data: schemas/* object */.Ikc({
        resultType: schemas/* enum */.k5n(['vector', 'matrix', 'scalar', 'string']),
        result: schemas/* unknown */.L5J()
    })
        .optional(),
    errorType: schemas/* string */.YjP().optional(),
    error: schemas/* string */.YjP().optional(),
    warnings: schemas/* array */.YOg(schemas/* string */.YjP()).optional()
});
const vector = schemas/* array */.YOg(schemas/* object */.Ikc({ metric: schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* string */.YjP()), value: sample }));
const matrix = schemas/* array */.YOg(schemas/* object */.Ikc({ metric: schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* string */.YjP()), values: schemas/* array */.YOg(sample) }));
/** A sample value as Prometheus writes it: a decimal, "NaN", "+Inf" or "-Inf". */
function parseSampleValue(s) {
    if (s === 'NaN')
        return NaN;
    if (s === '+Inf' || s === 'Inf')
        return Infinity;
    if (s === '-Inf')
        return -Infinity;
    const n = Number(s);
    if (s.trim() === '' || Number.isNaN(n))
        throw new PrometheusError('shape', `sample value "${s.slice(0, 40)}" is not a number`);
    return n;
}
/** The server's address for messages: scheme, host and path, never credentials or a query string. */
function displayUrl(url) {
    try {
        const u = new URL(url);
        return `${u.protocol}//${u.host}${u.pathname.replace(/\/+$/, '')}`;
    }
    catch {
        return '(invalid URL)';
    }
}
class PrometheusClient {
    opts;
    base;
    constructor(opts) {
        this.opts = opts;
        const u = new URL(opts.url);
        if (u.username || u.password)
            throw new PrometheusError('shape', `the Prometheus URL ${displayUrl(opts.url)} carries credentials; put them in the environment variables instead (docs/deploy-check.md, "Authentication")`);
        if (u.protocol !== 'http:' && u.protocol !== 'https:')
            throw new PrometheusError('shape', `the Prometheus URL must be http or https, got ${u.protocol}`);
        this.base = u;
    }
    instant(query, time) {
        const form = { query };
        if (time !== undefined)
            form.time = String(time);
        return this.call('query', form);
    }
    range(query, start, end, step) {
        return this.call('query_range', { query, start: String(start), end: String(end), step });
    }
    endpoint(name) {
        const u = new URL(this.base.toString());
        u.pathname = `${u.pathname.replace(/\/+$/, '')}/api/v1/${name}`;
        u.search = '';
        return u;
    }
    headers() {
        const h = { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json' };
        const a = this.opts.auth;
        if (a?.bearer)
            h.authorization = `Bearer ${a.bearer}`;
        else if (a?.basic)
            h.authorization = `Basic ${Buffer.from(`${a.basic.username}:${a.basic.password}`).toString('base64')}`;
        return h;
    }
    async call(name, form) {
        const where = displayUrl(this.endpoint(name).toString());
        let res;
        try {
            res = await fetch(this.endpoint(name), { method: 'POST', headers: this.headers(), body: new URLSearchParams(form), signal: AbortSignal.timeout(this.opts.timeoutMs), redirect: 'error' });
        }
        catch (e) {
            const err = e;
            if (err.name === 'TimeoutError' || err.name === 'AbortError')
                throw new PrometheusError('timeout', `${where} did not answer within ${this.opts.timeoutMs / 1000} s`);
            throw new PrometheusError('unreachable', `${where} is unreachable: ${err.cause?.code ?? err.cause?.message ?? err.message}`);
        }
        const text = await this.readCapped(res, where);
        if (res.status === 401 || res.status === 403) {
            const sent = this.opts.auth?.bearer ? 'the bearer token was' : this.opts.auth?.basic ? 'the basic-auth user and password were' : 'no credentials were sent and are';
            throw new PrometheusError('http', `${where} answered HTTP ${res.status}: ${sent} not accepted; set the bearer-token or username/password environment variables (docs/deploy-check.md, "Authentication")`);
        }
        let body;
        try {
            body = JSON.parse(text);
        }
        catch {
            const kind = res.ok ? 'shape' : 'http';
            throw new PrometheusError(kind, `${where} answered HTTP ${res.status} with a body that is not JSON (${text.slice(0, 80).replace(/\s+/g, ' ')}…); is this a Prometheus server?`);
        }
        const env = envelope.safeParse(body);
        if (!env.success)
            throw new PrometheusError('shape', `${where} answered HTTP ${res.status} with JSON that is not a Prometheus API answer (no status/data)`);
        const e = env.data;
        if (e.status === 'error') {
            const kind = e.errorType === 'bad_data' ? 'bad_data' : e.errorType === 'timeout' ? 'timeout' : e.errorType === 'execution' ? 'execution' : 'http';
            throw new PrometheusError(kind, `Prometheus refused the query (HTTP ${res.status}, ${e.errorType ?? 'error'}): ${e.error ?? 'no message'}`);
        }
        if (!res.ok)
            throw new PrometheusError('http', `${where} answered HTTP ${res.status}`);
        if (!e.data)
            throw new PrometheusError('shape', `${where} answered success without data`);
        return { resultType: e.data.resultType, series: this.series(e.data.resultType, e.data.result), warnings: e.warnings ?? [] };
    }
    series(type, result) {
        if (type === 'vector') {
            const v = vector.safeParse(result);
            if (!v.success)
                throw new PrometheusError('shape', 'a vector answer does not have the documented shape ([{metric, value: [time, "value"]}])');
            return v.data.map((s) => ({ labels: s.metric, points: [[s.value[0], parseSampleValue(s.value[1])]] }));
        }
        if (type === 'matrix') {
            const m = matrix.safeParse(result);
            if (!m.success)
                throw new PrometheusError('shape', 'a matrix answer does not have the documented shape ([{metric, values: [[time, "value"]...]}])');
            return m.data.map((s) => ({ labels: s.metric, points: s.values.map(([t, v]) => [t, parseSampleValue(v)]) }));
        }
        if (type === 'scalar') {
            const s = sample.safeParse(result);
            if (!s.success)
                throw new PrometheusError('shape', 'a scalar answer does not have the documented shape ([time, "value"])');
            return [{ labels: {}, points: [[s.data[0], parseSampleValue(s.data[1])]] }];
        }
        throw new PrometheusError('shape', 'the query gives a string, not a number; compare numbers');
    }
    async readCapped(res, where) {
        const max = this.opts.maxBytes ?? 8 * 1024 * 1024;
        const reader = res.body?.getReader();
        if (!reader)
            return '';
        const chunks = [];
        let size = 0;
        for (;;) {
            const { done, value } = await reader.read();
            if (done)
                break;
            size += value.byteLength;
            if (size > max) {
                await reader.cancel();
                throw new PrometheusError('too_large', `${where} answered more than ${max} bytes; narrow the query (aggregate with sum or max)`);
            }
            chunks.push(value);
        }
        return Buffer.concat(chunks).toString('utf8');
    }
}

;// CONCATENATED MODULE: ./src/release/deploy-check/watch.ts


/** A JSON-safe value: NaN and infinities as Prometheus writes them. */
function shown(v) {
    if (Number.isNaN(v))
        return 'NaN';
    if (v === Infinity)
        return '+Inf';
    if (v === -Infinity)
        return '-Inf';
    return v;
}
function reduce(points, how) {
    if (how === 'last')
        return points[points.length - 1];
    if (how === 'avg')
        return points.reduce((a, b) => a + b, 0) / points.length;
    return how === 'max' ? Math.max(...points) : Math.min(...points);
}
function breaches(c, v) {
    return (c.max !== undefined && v > c.max) || (c.min !== undefined && v < c.min);
}
/** One answer as one value: each series reduced (range), NaN left out, then the worst series for the threshold. */
function judge(c, r) {
    if (r.series.length === 0) {
        return { value: null, state: 'inconclusive', series: 0, reason: 'no data: the query returned no series (the metric is absent, not yet scraped, or the selector matches nothing); no data is never read as 0' };
    }
    const values = [];
    for (const s of r.series) {
        const pts = s.points.map((p) => p[1]).filter((v) => !Number.isNaN(v));
        if (pts.length)
            values.push(c.range ? reduce(pts, c.range.reduce) : pts[0]);
    }
    if (!values.length) {
        return { value: 'NaN', state: 'inconclusive', series: r.series.length, reason: 'the value is NaN (e.g. 0/0: no requests in the rate window), which says nothing about health' };
    }
    const worst = c.max !== undefined ? Math.max(...values) : Math.min(...values);
    return { value: shown(worst), state: breaches(c, worst) ? 'breach' : 'ok', series: r.series.length };
}
const PROM_STEP = /^(\d+)(ms|s|m|h|d)$/;
function seconds(promDuration) {
    const m = PROM_STEP.exec(promDuration);
    return Number(m[1]) * { ms: 0.001, s: 1, m: 60, h: 3600, d: 86400 }[m[2]];
}
async function ask(client, c, query, nowMs) {
    if (!c.range)
        return client.instant(query);
    const end = nowMs / 1000;
    return client.range(query, end - seconds(c.range.duration), end, c.range.step);
}
async function watch(cfg, opts) {
    const sleep = opts.sleep ?? ((ms) => new Promise((r) => setTimeout(r, ms)));
    const now = opts.now ?? Date.now;
    const k = cfg.consecutive;
    const planned = Math.max(1, Math.ceil(cfg.window / cfg.interval));
    const state = cfg.checks.map((c) => ({ spec: c, query: (0,deploy_check_config/* queryFor */.qR)(c), polls: [], streak: 0, longest: 0, failed: false, rejected: null }));
    const startedAt = new Date(now()).toISOString();
    if (cfg.delay > 0) {
        opts.logger.info(`deploy-check: waiting ${cfg.delay} s before the first poll`);
        await sleep(cfg.delay * 1000);
    }
    let made = 0;
    for (let i = 0; i < planned; i++) {
        const t0 = now();
        const at = new Date(t0).toISOString();
        await Promise.all(state.map(async (s) => {
            let poll;
            try {
                const r = await ask(opts.client, s.spec, s.query, t0);
                poll = { at, ...judge(s.spec, r) };
                if (r.warnings.length)
                    poll.reason = [poll.reason, `Prometheus warned: ${r.warnings.join('; ')}`].filter(Boolean).join('; ');
            }
            catch (e) {
                if (!(e instanceof PrometheusError))
                    throw e;
                poll = { at, value: null, state: 'inconclusive', series: 0, reason: e.message };
                if (e.kind === 'bad_data')
                    s.rejected = e.message;
            }
            s.polls.push(poll);
            if (poll.state === 'breach') {
                s.streak++;
                s.longest = Math.max(s.longest, s.streak);
                if (s.streak >= k)
                    s.failed = true;
            }
            else if (poll.state === 'ok')
                s.streak = 0;
            // Inconclusive polls neither add to the streak nor reset it.
        }));
        made++;
        opts.logger.info(`deploy-check poll ${i + 1}/${planned}: ` +
            state.map((s) => {
                const p = s.polls[s.polls.length - 1];
                return `${s.spec.name}=${p.value ?? 'no data'} (${p.state === 'breach' ? `breach ${s.streak}/${k}` : p.state})`;
            }).join(', '));
        if (state.some((s) => s.failed) || state.some((s) => s.rejected))
            break;
        if (i < planned - 1)
            await sleep(Math.max(0, cfg.interval * 1000 - (now() - t0)));
    }
    const checks = state.map((s) => {
        const inconclusive = s.polls.filter((p) => p.state === 'inconclusive');
        const base = { name: s.spec.name, query: s.query, range: s.spec.range ?? null, max: s.spec.max ?? null, min: s.spec.min ?? null, polls: s.polls, longestStreak: s.longest };
        const limit = [s.spec.max !== undefined ? `max ${s.spec.max}` : '', s.spec.min !== undefined ? `min ${s.spec.min}` : ''].filter(Boolean).join(', ');
        if (s.failed) {
            const last = s.polls.slice(-k).map((p) => p.value);
            return { ...base, status: 'fail', message: `${k} breaches in a row (${limit}): ${last.join(', ')}` };
        }
        if (s.rejected)
            return { ...base, status: 'error', message: `the query was rejected: ${s.rejected}` };
        if (inconclusive.length > cfg['max-inconclusive']) {
            return { ...base, status: 'error', message: `inconclusive: ${inconclusive.length} of ${s.polls.length} polls had no usable value (at most ${cfg['max-inconclusive']} allowed): ${inconclusive[inconclusive.length - 1].reason}` };
        }
        const seen = s.polls.filter((p) => p.state !== 'inconclusive').map((p) => p.value);
        // Inconclusive polls allowed by max-inconclusive never make a pass on their own: something must have been seen.
        if (!seen.length)
            return { ...base, status: 'error', message: `inconclusive: none of ${s.polls.length} polls had a usable value: ${inconclusive[inconclusive.length - 1]?.reason ?? 'no poll made'}` };
        return { ...base, status: 'pass', message: `within ${limit} on ${seen.length} poll${seen.length === 1 ? '' : 's'}${s.longest ? ` (longest run of breaches: ${s.longest}, under ${k})` : ''}` };
    });
    const status = checks.some((c) => c.status === 'fail') ? 'fail' : checks.some((c) => c.status === 'error') ? 'error' : 'pass';
    const summary = status === 'pass'
        ? `healthy: ${checks.length} check${checks.length === 1 ? '' : 's'} within limits over ${made} poll${made === 1 ? '' : 's'}`
        : status === 'fail'
            ? `unhealthy, roll back: ${checks.filter((c) => c.status === 'fail').map((c) => `${c.name} (${c.message})`).join('; ')}`
            : `inconclusive (no rollback advised, health not shown): ${checks.filter((c) => c.status === 'error').map((c) => `${c.name}: ${c.message}`).join('; ')}`;
    return {
        status,
        healthy: status === 'pass',
        rollback: status === 'fail',
        prometheus: opts.prometheus,
        startedAt,
        endedAt: new Date(now()).toISOString(),
        pollsPlanned: planned,
        pollsMade: made,
        consecutive: k,
        checks,
        summary
    };
}
/** The values each check saw, by name (null where a poll was inconclusive): the action's `values` output. */
function valuesSeen(r) {
    return Object.fromEntries(r.checks.map((c) => [c.name, c.polls.map((p) => (p.state === 'inconclusive' && p.value !== 'NaN' ? null : p.value))]));
}

;// CONCATENATED MODULE: ./src/release/deploy-check/session.ts
/**
 * One deploy-check from a workspace: the config's deploy-check block, overrides from the action
 * inputs or CLI flags, credentials from the environment, then the watch. Shared by mode:
 * deploy-check (src/modes/deploy-check.ts) and `ai-secure-gates deploy-check` (src/cli/deploy-check.ts).
 */





function duration(flag, v) {
    const s = (0,deploy_check_config/* parseDuration */.E9)(v);
    if (s === null)
        throw new errors/* ConfigError */.xL('INPUT', `${flag} must be a duration such as 30s, 5m or 1h (got "${v}")`);
    return s;
}
/** The effective settings: the config block with the overrides applied (and checked). */
function settings(block, o, source) {
    if (!block) {
        throw new errors/* ConfigError */.xL('CONFIG_INVALID', `${source} has no deploy-check: block; add one with the checks to watch (docs/deploy-check.md), e.g. deploy-check: { prometheus: { url: http://prometheus:9090 }, checks: [{ name: errors, error-ratio: { selector: 'job="app"' }, max: 0.05 }] }`);
    }
    const out = { ...block, prometheus: { ...block.prometheus } };
    if (o.url)
        out.prometheus.url = o.url;
    if (o.window)
        out.window = duration('window', o.window);
    if (o.interval)
        out.interval = duration('interval', o.interval);
    if (o.delay)
        out.delay = duration('delay', o.delay);
    if (o.consecutive) {
        const n = Number(o.consecutive);
        if (!Number.isInteger(n))
            throw new errors/* ConfigError */.xL('INPUT', `consecutive must be a whole number (got "${o.consecutive}")`);
        out.consecutive = n; // its range, and interval > 0, are the schema's (checked on the merged settings)
    }
    if (!out.prometheus.url)
        throw new errors/* ConfigError */.xL('CONFIG_INVALID', `no Prometheus URL: set deploy-check.prometheus.url in ${source}, or the input prometheus-url (--prometheus-url)`);
    return out;
}
function authFromEnv(p, env, mask) {
    const bearer = env[p['bearer-token-env']];
    if (bearer) {
        mask(bearer);
        return { bearer };
    }
    const username = env[p['username-env']];
    const password = env[p['password-env']];
    if (username && password) {
        mask(password);
        return { basic: { username, password } };
    }
    if (username || password)
        throw new errors/* ConfigError */.xL('INPUT', `basic auth needs both ${p['username-env']} and ${p['password-env']} set (only one is)`);
    return undefined;
}
async function runDeployCheckSession(opts) {
    const { config, source } = await (0,load/* loadConfig */.Z9)(opts.workspace, opts.configPath);
    const cfg = settings(config['deploy-check'], opts.overrides, source ?? 'the config (no config file was found)');
    // The overrides go through the same bounds as the file.
    (0,load/* validate */.tf)(deploy_check_config/* deployCheckSchema */.hU, cfg, 'deploy-check settings (config and overrides)');
    let client;
    try {
        client = new PrometheusClient({ url: cfg.prometheus.url, auth: authFromEnv(cfg.prometheus, opts.env, opts.maskSecret), timeoutMs: cfg.prometheus['timeout-seconds'] * 1000 });
    }
    catch (e) {
        if (e instanceof errors/* ConfigError */.xL)
            throw e;
        if (e instanceof PrometheusError)
            throw new errors/* ConfigError */.xL('INPUT', e.message);
        throw new errors/* ConfigError */.xL('INPUT', `the Prometheus URL is not a URL: ${displayUrl(cfg.prometheus.url)}`);
    }
    opts.logger.info(`deploy-check: watching ${displayUrl(cfg.prometheus.url)} for ${cfg.window} s, a poll every ${cfg.interval} s, failing a check after ${cfg.consecutive} breaches in a row`);
    return watch(cfg, { client, prometheus: displayUrl(cfg.prometheus.url), logger: opts.logger, sleep: opts.sleep });
}

// EXTERNAL MODULE: ./src/report/log.ts
var log = __webpack_require__(46472);
// EXTERNAL MODULE: ./src/cli/help.ts
var help = __webpack_require__(87911);
;// CONCATENATED MODULE: ./src/cli/deploy-check.ts
/** `ai-secure-gates deploy-check`: the post-deploy watch over Prometheus (docs/deploy-check.md). */








const RENDER = { text: renderDeployCheckText, json: renderDeployCheckJson, markdown: renderDeployCheckMarkdown };
async function main(argv) {
    const { values } = (0,external_node_util_.parseArgs)({
        args: argv,
        options: {
            config: { type: 'string' },
            workspace: { type: 'string' },
            'prometheus-url': { type: 'string' },
            window: { type: 'string' },
            interval: { type: 'string' },
            delay: { type: 'string' },
            consecutive: { type: 'string' },
            format: { type: 'string', default: 'text' },
            output: { type: 'string', short: 'o' },
            'audit-log': { type: 'string' },
            environment: { type: 'string' },
            help: { type: 'boolean', short: 'h' }
        },
        allowPositionals: false
    });
    if (values.help) {
        (0,log/* writeOut */.sD)(help/* DEPLOY_CHECK_HELP */.nr + '\n');
        return 0;
    }
    const format = values.format;
    if (!Object.hasOwn(RENDER, format))
        throw new errors/* ConfigError */.xL('INPUT', `--format must be text, json or markdown (got "${values.format}")`);
    let workspace;
    try {
        workspace = await (0,promises_.realpath)(external_node_path_default().resolve(values.workspace ?? '.'));
    }
    catch {
        throw new errors/* ConfigError */.xL('INPUT', `--workspace ${values.workspace}: no such folder`);
    }
    const logger = {
        debug: (m) => process.env.AI_SECURE_GATES_DEBUG && (0,log/* writeErr */.VJ)(`debug: ${m}\n`),
        info: (m) => (0,log/* writeErr */.VJ)(`${m}\n`),
        warning: (m) => (0,log/* writeErr */.VJ)(`warning: ${m}\n`),
        error: (m) => (0,log/* writeErr */.VJ)(`error: ${m}\n`)
    };
    const result = await runDeployCheckSession({
        workspace,
        configPath: values.config,
        overrides: { url: values['prometheus-url'], window: values.window, interval: values.interval, delay: values.delay, consecutive: values.consecutive },
        env: process.env,
        logger,
        maskSecret: () => { }
    });
    const text = RENDER[format](result);
    if (values['audit-log']) {
        // The verdict is appended to the same hash-chained audit log as a run's record (docs/audit-record.md).
        const [{ buildDeployCheckRecord }, { appendAuditLog }, { localTrigger }] = await Promise.all([__webpack_require__.e(/* import() */ 5383).then(__webpack_require__.bind(__webpack_require__, 95383)), __webpack_require__.e(/* import() */ 3576).then(__webpack_require__.bind(__webpack_require__, 3576)), __webpack_require__.e(/* import() */ 2171).then(__webpack_require__.bind(__webpack_require__, 62171))]);
        const record = buildDeployCheckRecord(result, {
            trigger: localTrigger(workspace),
            environment: values.environment || null,
            report: { path: values.output && format === 'json' ? values.output : '(stdout)', text: renderDeployCheckJson(result) }
        });
        await appendAuditLog(workspace, values['audit-log'], record);
    }
    if (values.output)
        await (0,promises_.writeFile)(external_node_path_default().resolve(values.output), text);
    else if (format === 'json')
        (0,log/* writeMachine */.hY)(text);
    else
        (0,log/* writeOut */.sD)(text);
    return result.status === 'pass' ? 0 : result.status === 'fail' ? 1 : 2;
}


/***/ })

};
