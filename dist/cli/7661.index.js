export const id = 7661;
export const ids = [7661];
export const modules = {

/***/ 97661:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  RENDERERS: () => (/* binding */ RENDERERS),
  main: () => (/* binding */ main)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
var external_node_os_default = /*#__PURE__*/__webpack_require__.n(external_node_os_);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(57975);
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 15 modules
var schemas = __webpack_require__(9691);
// EXTERNAL MODULE: ./src/config/common.ts
var common = __webpack_require__(25057);
// EXTERNAL MODULE: ./src/engine/errors.ts
var errors = __webpack_require__(17679);
;// CONCATENATED MODULE: ./src/engine/progress.ts
/**
 * Progress of long work (thousands of model files, a big dataset, a long commit history). Silent
 * for the first `afterMs`; then one line every `everyMs` (stderr in the CLI, a log line in the
 * action), and a last line when work that was reported ends. Driven by the work's own ticks: no
 * timer is left behind, and work that finishes quickly prints nothing.
 */
const fmt = (n) => n.toLocaleString('en-US');
/** Notes are often file names from the scanned repository: no control character may start a new log line. */
const oneLine = (s) => s.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, '?').slice(0, 200);
function seconds(ms) {
    return ms < 60_000 ? `${(ms / 1000).toFixed(1)} s` : `${Math.floor(ms / 60_000)} min ${Math.round((ms % 60_000) / 1000)} s`;
}
/** A ProgressFactory writing each line with `write` (one line, no newline). */
function progressReporter(write, opts = {}) {
    const afterMs = opts.afterMs ?? 2000;
    const everyMs = opts.everyMs ?? 2000;
    const now = opts.now ?? Date.now;
    return (label, total, unit = 'files') => {
        const started = now();
        let done = 0;
        let last = -Infinity;
        let shown = false;
        let ended = false;
        const line = (note) => {
            const of = total !== undefined && total > 0 ? ` of ${fmt(total)} ${unit} (${Math.floor((100 * done) / total)}%)` : ` ${unit}`;
            return `${label}: ${fmt(done)}${of}, ${seconds(now() - started)}${note ? `, ${oneLine(note)}` : ''}`;
        };
        const maybe = (note) => {
            if (ended)
                return;
            const t = now();
            if (t - started < afterMs || t - last < everyMs)
                return;
            last = t;
            shown = true;
            write(line(note));
        };
        return {
            update(n, note) {
                done = n;
                maybe(note);
            },
            add(n = 1, note) {
                done += n;
                maybe(note);
            },
            end(note) {
                if (ended)
                    return;
                ended = true;
                if (shown)
                    write(`${line(note)}: done`);
            }
        };
    };
}
/** Reports nothing (tests, and callers that were given no reporter). */
const noProgress = () => ({ update() { }, add() { }, end() { } });

// EXTERNAL MODULE: ./src/config/errors.ts
var config_errors = __webpack_require__(37827);
// EXTERNAL MODULE: ./src/engine/confine.ts
var confine = __webpack_require__(29666);
// EXTERNAL MODULE: ./src/engine/text.ts
var engine_text = __webpack_require__(61655);
// EXTERNAL MODULE: ./src/version.ts
var version = __webpack_require__(311);
// EXTERNAL MODULE: ./src/engine/coverage.ts
var coverage = __webpack_require__(78306);
// EXTERNAL MODULE: ./src/engine/inventory.ts
var engine_inventory = __webpack_require__(23190);
;// CONCATENATED MODULE: ./src/engine/run.ts







/** Check outcomes that mean something was actually examined. */
const EXAMINED = new Set(['pass', 'fail', 'error']);
function checkGateNames(names, registry) {
    const valid = registry.map((g) => g.id);
    for (const n of names) {
        if (!valid.includes(n)) {
            throw new errors/* ConfigError */.xL('CONFIG_INVALID', `gates: unknown gate "${n}"${(0,config_errors/* suggest */.ZA)(n, valid)}. Valid gates: ${valid.join(', ')}`);
        }
    }
}
function defaultSummary(r, findings) {
    if (r.errors.length)
        return (0,engine_text/* tailLines */.os)(r.errors[0], 1);
    const blocking = findings.filter((f) => f.blocking).length;
    const n = findings.length;
    const examined = r.checks.length;
    const base = n === 0 ? 'no findings' : `${n} finding${n === 1 ? '' : 's'}, ${blocking} blocking`;
    return examined ? `${base} (${examined} check${examined === 1 ? '' : 's'})` : base;
}
async function withTimeout(ms, controller, work) {
    let timer;
    const timeout = new Promise((_, reject) => {
        timer = setTimeout(() => {
            controller.abort();
            reject(new errors/* ToolError */.v4('TOOL_TIMEOUT', `the gate did not finish within ${ms / 60000} minutes (timeout-minutes) and was stopped`));
        }, ms);
    });
    try {
        return await Promise.race([work, timeout]);
    }
    finally {
        clearTimeout(timer);
    }
}
async function runEngine(opts) {
    const { config, registry, policy } = opts;
    if (opts.only)
        checkGateNames(opts.only, registry);
    const blocks = config.gates;
    const ran = new Set();
    const notChecked = [];
    const inventory = opts.inventory ?? (0,engine_inventory/* lazyInventory */.Bu)(opts.workspace);
    const runOne = async (gate) => {
        const block = blocks[gate.id];
        const failOn = block?.['fail-on'] ?? opts.failOn ?? config['fail-on'];
        const skip = (reason) => ({
            id: gate.id, title: gate.title, status: 'skipped', summary: reason, durationMs: 0, tool: null, failOn, reason, errors: [], checks: [], findings: []
        });
        if (opts.only && !opts.only.includes(gate.id))
            return skip('not selected (gates input)');
        if (!block && !opts.only)
            return skip('not configured');
        if (block?.enabled === false)
            return skip('disabled in config (enabled: false)');
        ran.add(gate.id);
        opts.onGateStart?.(gate.id);
        const started = Date.now();
        const controller = new AbortController();
        const minutes = block?.['timeout-minutes'] ?? config['timeout-minutes'];
        let result;
        const explicit = Boolean(block) && !opts.implicitConfig;
        // Asked for by name (config block or gates input): a tool that cannot be had is an error, not a gap.
        const requested = explicit || Boolean(opts.only?.includes(gate.id));
        let targets = null;
        const gap = (reason, tool, network, selfInstall = false) => {
            const fix = (0,coverage/* toolFix */.y9)({ tool, network, selfInstall }, opts.surface ?? 'action', gate.id, opts.install);
            notChecked.push({ gate: gate.id, what: targets ?? `what the ${gate.id} gate covers`, reason, fix });
            return { findings: [], checks: [], errors: [], tool: tool ? { name: tool, version: null } : null, skipped: `not checked: ${reason}; fix: ${fix}` };
        };
        try {
            const parsed = gate.configSchema.parse(stripCommon(block ?? {}));
            result = await withTimeout(minutes * 60_000, controller, gate.run({ ...opts, inventory, config: parsed, signal: controller.signal, explicit, declareTargets: (what) => (targets = what) }));
            const offline = requested || result.findings.length ? null : (0,coverage/* networkOnlyErrors */.i6)(result.errors);
            if (offline)
                result = gap(`${result.tool?.name ?? 'its tool'} could not reach what it needs: ${offline}`, result.tool?.name ?? null, true);
        }
        catch (e) {
            const u = requested ? null : (0,coverage/* toolUnavailable */.Jb)(e);
            result = u ? gap(u.reason, u.tool, u.network, u.selfInstall) : { findings: [], checks: [], errors: [(0,errors/* describeError */.Uc)(e)], tool: null };
        }
        // Every path a gate or its tool reports stays inside the workspace (engine/confine.ts).
        result = await (0,confine/* confineToWorkspace */.zs)(opts.workspace, result);
        for (const n of result.notChecked ?? [])
            notChecked.push({ gate: gate.id, ...n });
        const findings = policy.apply(gate.id, result.findings, failOn);
        // "Nothing found" must never hide "nothing looked at": a gate that examined nothing is skipped, not passed.
        if (!result.errors.length && !result.skipped && findings.length === 0 && !result.checks.some((c) => EXAMINED.has(c.outcome))) {
            result.skipped = `nothing to examine${result.summary ? `: ${result.summary}` : ' under the configured paths'}`;
            result.summary = undefined;
        }
        let status;
        if (result.errors.length)
            status = 'error';
        else if (result.skipped)
            status = 'skipped';
        else
            status = findings.some((f) => f.blocking) ? 'fail' : 'pass';
        const report = {
            id: gate.id,
            title: gate.title,
            status,
            summary: result.summary ?? (status === 'skipped' ? result.skipped : defaultSummary(result, findings)),
            durationMs: Date.now() - started,
            tool: result.tool ?? null,
            failOn,
            errors: result.errors,
            checks: result.checks,
            findings
        };
        if (result.tables?.length)
            report.tables = result.tables;
        if (result.data)
            report.data = result.data;
        if (status === 'fail' && result.pending)
            report.pending = result.pending;
        if (status === 'skipped')
            report.reason = result.skipped;
        if (status === 'error')
            report.reason = result.errors.join('\n');
        opts.onGateEnd?.(report);
        return report;
    };
    const gates = await Promise.all(registry.map(runOne));
    const order = new Map(registry.map((g, i) => [g.id, i]));
    notChecked.sort((a, b) => (order.get(a.gate) ?? 0) - (order.get(b.gate) ?? 0));
    return {
        schemaVersion: 1,
        tool: { name: 'ai-secure-gates', version: version/* VERSION */.x },
        status: overallStatus(gates),
        notChecked,
        gates,
        waivers: policy.notes(ran),
        ...(opts.context ? { context: opts.context } : {})
    };
}
function stripCommon(block) {
    const { enabled: _e, 'fail-on': _f, 'timeout-minutes': _t, ...rest } = block;
    return rest;
}
function overallStatus(gates) {
    if (gates.some((g) => g.status === 'error'))
        return 'error';
    if (gates.some((g) => g.status === 'fail'))
        return 'fail';
    return 'pass';
}
function exitCodeFor(status) {
    return status === 'pass' ? 0 : status === 'fail' ? 1 : 2;
}

// EXTERNAL MODULE: ./src/config/load.ts + 2 modules
var load = __webpack_require__(65950);
// EXTERNAL MODULE: ./src/engine/paths.ts
var paths = __webpack_require__(4886);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
;// CONCATENATED MODULE: ./src/engine/fingerprint.ts
/**
 * Fingerprints identify a finding across commits: gate, rule, path and what the finding is about
 * (the flagged line's text, a package and vulnerability id...), never its line number, so a
 * finding that moves down the file keeps its fingerprint. Repeats of the same thing in one file
 * are numbered in order of appearance.
 */

function normalise(key) {
    return key.replace(/\s+/g, ' ').trim();
}
function fingerprintBase(gate, f) {
    return (0,external_node_crypto_.createHash)('sha256')
        .update([gate, f.ruleId, f.location.path, normalise(f.fingerprintKey ?? f.message)].join('\u0000'))
        .digest('hex')
        .slice(0, 32);
}
/** Fingerprints for a gate's findings, in order; the n-th repeat of one base gets a `:n` suffix. */
function fingerprintAll(gate, findings) {
    const seen = new Map();
    const order = findings
        .map((f, i) => ({ f, i }))
        .sort((a, b) => (a.f.location.startLine ?? 0) - (b.f.location.startLine ?? 0) || a.i - b.i);
    const out = new Array(findings.length);
    for (const { f, i } of order) {
        const base = fingerprintBase(gate, f);
        const n = (seen.get(base) ?? 0) + 1;
        seen.set(base, n);
        out[i] = n === 1 ? base : `${base}:${n}`;
    }
    return out;
}

// EXTERNAL MODULE: ./src/engine/types.ts
var types = __webpack_require__(3171);
;// CONCATENATED MODULE: ./src/engine/policy.ts
/**
 * Policy turns what gates found into verdicts: a finding blocks when it is at or above the gate's
 * threshold, is not waived (an unexpired waiver), is not suppressed inline by a comment in the
 * source, and is not in the baseline. Waivers that expired
 * stop applying and are reported; waivers that matched nothing are reported as stale.
 */



class Policy {
    input;
    used = new Set();
    expiredHit = new Set();
    matchers;
    constructor(input) {
        this.input = input;
        this.matchers = input.waivers.map((w) => (w.path ? (0,paths/* globMatcher */.fU)(w.path) : () => true));
    }
    matches(i, gate, f, fingerprint) {
        const w = this.input.waivers[i];
        if (w.gate !== gate)
            return false;
        if (w.fingerprint && w.fingerprint !== fingerprint && w.fingerprint !== fingerprint.split(':')[0])
            return false;
        if (w.rule && w.rule !== f.ruleId && !(f.aliases ?? []).includes(w.rule))
            return false;
        if (!this.matchers[i](f.location.path))
            return false;
        return true;
    }
    /** Applies waivers, baseline and threshold to one gate's findings. */
    apply(gate, findings, threshold) {
        const fps = fingerprintAll(gate, findings);
        return findings.map((f, idx) => {
            const fingerprint = fps[idx];
            let waiver = null;
            for (let i = 0; i < this.input.waivers.length; i++) {
                if (!this.matches(i, gate, f, fingerprint))
                    continue;
                const w = this.input.waivers[i];
                if (w.expires < this.input.today) {
                    this.expiredHit.add(i);
                    continue;
                }
                this.used.add(i);
                waiver = { gate: w.gate, rule: w.rule, path: w.path, fingerprint: w.fingerprint, reason: w.reason, expires: w.expires };
                break;
            }
            const baseline = this.input.baseline?.has(fingerprint) ?? false;
            const suppressed = waiver !== null || f.suppression !== undefined;
            const blocking = !suppressed && !baseline && (0,types/* atOrAbove */.kU)(f.severity, threshold);
            const out = { gate, ...f, fingerprint, blocking, suppressed, waiver };
            if (baseline)
                out.baseline = true;
            return out;
        });
    }
    /**
     * Notes on waivers after all gates ran: expired ones (whether or not they still match) and
     * stale ones (matched nothing). Only waivers for gates that ran can be called stale.
     */
    notes(gatesRan) {
        const notes = [];
        this.input.waivers.forEach((w, i) => {
            const ref = { gate: w.gate, rule: w.rule, path: w.path, fingerprint: w.fingerprint, reason: w.reason, expires: w.expires };
            const what = describeWaiver(w);
            if (w.expires < this.input.today) {
                notes.push({
                    waiver: ref,
                    state: 'expired',
                    message: `Waiver ${what} expired on ${w.expires} and no longer applies${this.expiredHit.has(i) ? ': the findings it covered are reported and judged again' : ''}. Renew it with a new date or fix the finding.`
                });
            }
            else if (gatesRan.has(w.gate) && !this.used.has(i)) {
                notes.push({ waiver: ref, state: 'stale', message: `Waiver ${what} matched no finding: remove it if the issue is fixed.` });
            }
        });
        return notes;
    }
}
function describeWaiver(w) {
    const parts = [`gate ${w.gate}`];
    if (w.rule)
        parts.push(`rule ${w.rule}`);
    if (w.path)
        parts.push(`path ${w.path}`);
    if (w.fingerprint)
        parts.push(`fingerprint ${w.fingerprint}`);
    return `(${parts.join(', ')})`;
}
function todayUtc(now = new Date()) {
    return now.toISOString().slice(0, 10);
}

;// CONCATENATED MODULE: ./src/engine/session.ts
/**
 * One run from a workspace: load config, waivers and baseline, build the policy, run the engine.
 * Shared by the action (main.ts) and the CLI (cli/run.ts) so both decide the same way.
 *
 * The engine sits below the gates and the release rules (DESIGN.md, "Dependencies point down"), so
 * it imports neither: the caller passes the gate registry and the rules applied to the whole report
 * after the gates (release/policy/session-rules.ts: the environment policy).
 */



async function runSession(opts) {
    const { registry, reportRules, ...engineOpts } = opts;
    const { config, source } = await (0,load/* loadConfig */.Z9)(opts.workspace, opts.configPath);
    const { waivers } = await (0,load/* loadWaivers */.Q2)(opts.workspace, config.waivers);
    const baseline = await (0,load/* loadBaselineFingerprints */.lt)(opts.workspace, config.baseline);
    const today = opts.today ?? todayUtc();
    const policy = new Policy({ waivers, baseline, today });
    // Chosen before any gate runs, so a wrong setting fails fast.
    const apply = reportRules.prepare({ config, configSource: source, environment: opts.environment, deploymentEnvironment: opts.deploymentEnvironment, today, logger: opts.logger });
    const report = await runEngine({ ...engineOpts, config, registry, policy, implicitConfig: source === null });
    return { report: apply ? apply(report) : report, configSource: source };
}

// EXTERNAL MODULE: ./src/gates/registry.ts
var registry = __webpack_require__(58921);
// EXTERNAL MODULE: ./src/release/policy/cel.ts
var cel = __webpack_require__(66272);
// EXTERNAL MODULE: ./src/release/policy/input.ts
var policy_input = __webpack_require__(1448);
;// CONCATENATED MODULE: ./src/release/policy/evaluate.ts
/**
 * Applies one environment's rules to a finished Report (after every gate, before redaction and the
 * reporters). Declarative requirements (gates, waivers, complete) are written as CEL rules, so every
 * rule is evaluated, explained and recorded the same way: name, kind, expression, config path,
 * result, message and the report values it read.
 *
 * A rule that reads a key the report does not have is `error` (never a pass), naming the key and
 * what the report has instead. The policy's status joins the report's: a failed require or a deny
 * that fires makes a passing run fail; a rule that cannot be evaluated makes it error.
 */



/** The environment's rules in order: declarative requirements first, then require, deny, violation, warn. */
function rulesFor(env, policy) {
    const base = `environments.${env}`;
    const rules = [];
    for (const [gate, statuses] of Object.entries(policy.gates ?? {})) {
        const list = Array.isArray(statuses) ? statuses : [statuses];
        rules.push({
            name: `gate:${gate}`,
            kind: 'require',
            expr: `gates['${gate}'].status in [${list.map((s) => `'${s}'`).join(', ')}]`,
            source: `${base}.gates.${gate}`,
            message: `the ${gate} gate must be ${list.join(' or ')}`
        });
    }
    const days = policy.waivers?.['min-days-left'];
    if (days !== undefined) {
        rules.push({
            name: `waivers:min-days-left`,
            kind: 'require',
            expr: `waivers.all(w, w.daysLeft >= ${days})`,
            source: `${base}.waivers.min-days-left`,
            message: `no waiver used in this run may expire within ${days} days`
        });
    }
    if (policy.approvals !== undefined) {
        rules.push({
            name: 'approvals',
            kind: 'require',
            expr: `size(gates.approval.data.approvedBy) >= ${policy.approvals}`,
            source: `${base}.approvals`,
            message: `at least ${policy.approvals} approval${policy.approvals === 1 ? '' : 's'} counted by the approval gate`
        });
    }
    if (policy.signatures) {
        rules.push({
            name: 'signatures',
            kind: 'require',
            expr: "gates.models.checks.exists(c, c.name == 'signature') && gates.models.checks.all(c, c.name != 'signature' || c.outcome == 'pass')",
            source: `${base}.signatures`,
            message: 'every model signature checked by the models gate must verify, and at least one must be checked (gates.models.signatures)'
        });
    }
    if (policy.complete) {
        rules.push({ name: 'complete', kind: 'require', expr: 'size(notChecked) == 0', source: `${base}.complete`, message: 'everything that applies must have been checked (nothing not checked)' });
    }
    for (const key of ['require', 'deny', 'violation', 'warn']) {
        // Conftest's `violation` is a deny.
        const kind = key === 'violation' ? 'deny' : key;
        (policy[key] ?? []).forEach((r, i) => {
            const source = `${base}.${key}[${i}]`;
            if (typeof r === 'string')
                rules.push({ name: `${key}[${i}]`, kind, expr: r, source });
            else
                rules.push({ name: r.name ?? `${key}[${i}]`, kind, expr: r.expr, source, message: r.message ?? r.msg });
        });
    }
    return rules;
}
const MISSING = Symbol('missing');
function resolve(input, path) {
    let v = input;
    for (const k of path.split('.')) {
        if (v && typeof v === 'object' && !Array.isArray(v) && Object.hasOwn(v, k))
            v = v[k];
        else if (Array.isArray(v) && /^\d+$/.test(k) && Number(k) < v.length)
            v = v[Number(k)];
        else
            return MISSING;
    }
    return v;
}
/** A value as recorded in a rule's inputs: scalars as they are, lists and maps summarised. */
function summarise(v) {
    if (v === MISSING)
        return '(not in the report)';
    if (typeof v === 'bigint')
        return Number(v);
    if (Array.isArray(v))
        return v.length <= 10 && v.every((x) => x === null || typeof x !== 'object') ? v : `list of ${v.length}`;
    if (v && typeof v === 'object') {
        const keys = Object.keys(v);
        return `map with ${keys.length} key${keys.length === 1 ? '' : 's'}${keys.length ? `: ${keys.slice(0, 12).join(', ')}${keys.length > 12 ? ', …' : ''}` : ''}`;
    }
    return v;
}
/** Why a rule could not be evaluated, naming the first path it reads that the report lacks. */
function missingKeyMessage(input, paths, fallback) {
    for (const p of paths) {
        if (resolve(input, p) !== MISSING)
            continue;
        const parts = p.split('.');
        let i = parts.length - 1;
        while (i > 0 && resolve(input, parts.slice(0, i).join('.')) === MISSING)
            i--;
        const parentPath = parts.slice(0, i).join('.');
        const parent = resolve(input, parentPath);
        const has = parent && typeof parent === 'object' && !Array.isArray(parent) ? Object.keys(parent) : [];
        const what = parentPath === 'gates' ? `the report has no gate "${parts[1]}"` : `the report has no key "${parts[i]}" under ${parentPath}`;
        return `${p}: ${what}${has.length ? ` (it has: ${has.slice(0, 20).join(', ')})` : ''}; a rule over a missing key is an error, never a pass (test for it with has(${p}) if it is optional)`;
    }
    return fallback;
}
function evaluateRule(rule, input) {
    const out = (result, message, inputs = {}) => ({
        name: rule.name, kind: rule.kind, expr: rule.expr, source: rule.source, result, message, inputs
    });
    let compiled;
    try {
        compiled = (0,cel/* compile */.wE)(rule.expr);
    }
    catch (e) {
        // The config loader compiles every rule first; this is only reached for rules built elsewhere.
        throw new errors/* ConfigError */.xL('CONFIG_INVALID', `${rule.source}: ${e.message}`);
    }
    const inputs = Object.fromEntries(compiled.paths.map((p) => [p, summarise(resolve(input, p))]));
    let value;
    try {
        value = compiled.program(input);
    }
    catch (e) {
        const msg = e.message.split('\n')[0];
        return out('error', /no such key/i.test(msg) ? missingKeyMessage(input, compiled.paths, msg) : `could not be evaluated: ${msg}`, inputs);
    }
    if (typeof value !== 'boolean')
        return out('error', `gave ${typeof value === 'bigint' ? 'an int' : typeof value} ${String(value)}, not true or false`, inputs);
    const fires = rule.kind === 'require' ? !value : value;
    if (!fires)
        return out('pass', rule.kind === 'require' ? 'holds' : 'does not fire', inputs);
    const said = rule.message ?? (rule.kind === 'require' ? `${rule.expr} is false` : `${rule.expr} is true`);
    return out(rule.kind === 'warn' ? 'warn' : 'fail', said, inputs);
}
function evaluatePolicy(report, env, policy, today) {
    const input = (0,policy_input/* policyInput */.JM)(report, env, today);
    const rules = rulesFor(env, policy).map((r) => evaluateRule(r, input));
    const status = rules.some((r) => r.result === 'error') ? 'error' : rules.some((r) => r.result === 'fail') ? 'fail' : 'pass';
    return { environment: env, status, rules };
}
const RANK = { pass: 0, fail: 1, error: 2 };
/** The report with the policy result attached and its status joined (the worse of the two). */
function withPolicy(report, result) {
    const status = RANK[result.status] > RANK[report.status] ? result.status : report.status;
    return { ...report, status, policy: result };
}

;// CONCATENATED MODULE: ./src/release/policy/select.ts
/**
 * Which environment's rules apply to a run: the one named by the input `environment` (or
 * --environment), else the deployment's environment from the event payload when the config has
 * rules for it. A name given explicitly that the config does not know is a config error.
 */


function selectEnvironment(environments, requested, deployment, configSource) {
    const known = Object.keys(environments ?? {});
    if (requested) {
        const policy = environments?.[requested];
        if (!policy) {
            const where = configSource ?? 'the config (none was found, so no environment has rules)';
            throw new errors/* ConfigError */.xL('CONFIG_INVALID', `environment "${requested}" has no rules in ${where}${(0,config_errors/* suggest */.ZA)(requested, known)}. ${known.length ? `Environments with rules: ${known.join(', ')}` : 'Add an environments: block (docs/policy.md)'}, or leave the environment empty to apply none.`);
        }
        return { name: requested, policy, from: 'input' };
    }
    if (deployment && environments?.[deployment])
        return { name: deployment, policy: environments[deployment], from: 'deployment' };
    return null;
}
/** The deployment environment of a deployment or deployment_status event, from its payload. */
function deploymentEnvironment(payload) {
    const env = payload?.deployment?.environment;
    return typeof env === 'string' && env !== '' ? env : undefined;
}

;// CONCATENATED MODULE: ./src/release/policy/session-rules.ts


const environmentRules = {
    prepare({ config, configSource, environment, deploymentEnvironment, today, logger }) {
        const env = selectEnvironment(config.environments, environment, deploymentEnvironment, configSource);
        if (!env)
            return null;
        logger.info(`Environment policy: ${env.name} (${env.from === 'input' ? 'named by the environment input' : "the deployment's environment"}), applied after the gates`);
        return (report) => withPolicy(report, evaluatePolicy(report, env.name, env.policy, today));
    }
};

// EXTERNAL MODULE: ./src/report/json.ts
var report_json = __webpack_require__(32794);
// EXTERNAL MODULE: ./src/report/escape.ts
var report_escape = __webpack_require__(14031);
;// CONCATENATED MODULE: ./src/report/policy.ts

const ICON = { pass: '✅', fail: '❌', warn: '⚠️', error: '⚠️' };
function inputsText(inputs) {
    return Object.entries(inputs)
        .map(([k, v]) => `${k} = ${typeof v === 'string' ? v : JSON.stringify(v)}`)
        .join('; ');
}
/** Markdown lines: a table of the rules with their result, message and the values they read. */
function policy_policyMarkdown(report) {
    const p = report.policy;
    if (!p)
        return [];
    const word = { pass: 'passed', fail: 'failed', error: 'could not be evaluated' }[p.status];
    return [
        `### Environment policy: ${(0,report_escape/* cell */.Hn)(p.environment, 100)} ${word}`,
        '',
        '| Rule | Kind | Result | Message | Values read |',
        '| --- | --- | --- | --- | --- |',
        ...p.rules.map((r) => `| ${(0,report_escape/* cell */.Hn)(r.name, 100)} | ${r.kind} | ${ICON[r.result]} ${r.result} | ${(0,report_escape/* cell */.Hn)(r.message, 400)} | ${(0,report_escape/* cell */.Hn)(inputsText(r.inputs), 400)} |`)
    ];
}
/** Plain lines for the CLI (the caller paints and strips control characters through `clean`). */
function policyText(report, clean) {
    const p = report.policy;
    if (!p)
        return [];
    const out = [`policy ${clean(p.environment)}: ${p.status}`];
    for (const r of p.rules) {
        out.push(`  ${r.result.padEnd(5)} ${r.kind.padEnd(7)} ${clean(r.name)}: ${clean(r.message).split('\n')[0]}`);
        const read = inputsText(r.inputs);
        if (read && r.result !== 'pass')
            out.push(`        read: ${clean(read)}`);
    }
    return out;
}
/** For the action's last line: the rules that failed or errored. */
function policy_policyFailures(report) {
    const p = report.policy;
    if (!p || p.status === 'pass')
        return null;
    const names = p.rules.filter((r) => r.result === 'fail' || r.result === 'error').map((r) => `${r.name} (${r.result})`);
    return `environment ${p.environment} policy: ${names.join(', ')}`;
}

;// CONCATENATED MODULE: ./src/report/counts.ts
/** Counting helpers shared by the reporters. */


function counts_countBySeverity(findings) {
    const out = Object.fromEntries(types/* SEVERITIES */.oC.map((s) => [s, 0]));
    for (const f of findings)
        out[f.severity]++;
    return out;
}
/** Blocking first, then by severity, then path and line. */
function counts_sortFindings(findings) {
    return [...findings].sort((a, b) => Number(b.blocking) - Number(a.blocking) ||
        (0,types/* severityRank */.qs)(b.severity) - (0,types/* severityRank */.qs)(a.severity) ||
        a.location.path.localeCompare(b.location.path) ||
        (a.location.startLine ?? 0) - (b.location.startLine ?? 0));
}
const counts_STATUS_ICON = { pass: '✅', fail: '❌', error: '⚠️', skipped: '⏭️' };
function counts_formatDuration(ms) {
    if (ms < 1000)
        return `${ms} ms`;
    if (ms < 60_000)
        return `${(ms / 1000).toFixed(1)} s`;
    return `${Math.floor(ms / 60_000)} min ${Math.round((ms % 60_000) / 1000)} s`;
}
function failedGates(gates) {
    return gates.filter((g) => g.status === 'fail' || g.status === 'error').map((g) => g.id);
}
/** The action's last line: which gates errored and which failed, each named once. */
function finalLine(report) {
    const ids = (s) => report.gates.filter((g) => g.status === s).map((g) => g.id);
    const errored = ids('error');
    const failedIds = ids('fail');
    const parts = [];
    if (errored.length)
        parts.push(`could not decide: ${errored.join(', ')} errored (see the summary)`);
    if (failedIds.length)
        parts.push(`blocking findings in ${failedIds.join(', ')}`);
    const policy = policyFailures(report);
    if (policy)
        parts.push(policy);
    return `ai-secure-gates: ${parts.join('; ') || report.status}`;
}

;// CONCATENATED MODULE: ./src/report/group.ts
const tag = (f) => (f.suppressed ? 'waived' : f.baseline ? 'baseline' : '');
/** Groups sorted findings, keeping the order of each group's first member. */
function groupFindings(sorted) {
    const groups = new Map();
    for (const f of sorted) {
        const key = JSON.stringify([f.gate, f.ruleId, f.severity, f.message, f.blocking, tag(f)]);
        const g = groups.get(key);
        if (g)
            g.all.push(f);
        else
            groups.set(key, { first: f, all: [f] });
    }
    return [...groups.values()];
}
/** `path:line` of a finding, or the path alone. */
function locationText(f) {
    return f.location.startLine ? `${f.location.path}:${f.location.startLine}` : f.location.path;
}

;// CONCATENATED MODULE: ./src/report/paths.ts
function repoPath(report, p) {
    const root = report.context?.root?.replace(/\\/g, '/').replace(/^\.?\/*/, '').replace(/\/+$/, '');
    return root ? `${root}/${p}` : p;
}
/**
 * Files GitHub renders (Markdown, notebooks, reStructuredText, CSV...) ignore `#L12` unless the
 * source view is asked for with `?plain=1`.
 */
const RENDERED = /\.(?:md|markdown|mdown|mkdn|mdx|ipynb|rst|rest|adoc|asciidoc|asc|org|textile|rdoc|creole|mediawiki|wiki|pod|csv|tsv|geojson|topojson|svg)$/i;
/** The part of a blob URL after the path: `#L12`, `#L12-L14`, `?plain=1#L12` for rendered files, or ''. */
function paths_lineAnchor(p, startLine, endLine) {
    if (!startLine)
        return '';
    const range = `#L${startLine}${endLine && endLine !== startLine ? `-L${endLine}` : ''}`;
    return RENDERED.test(p) ? `?plain=1${range}` : range;
}

;// CONCATENATED MODULE: ./src/report/evidence.ts
/**
 * The evidence an approver judges: the other gates' results on the same commit, with links where
 * there are check runs to link to. Rendered the same way in the gate's own check run, in the single
 * check run and in the job summary; at most EVIDENCE_ROWS rows, every name escaped.
 */

const EVIDENCE_ROWS = 50;
function evidence_evidenceSection(evidence) {
    const rows = evidence.slice(0, EVIDENCE_ROWS).map((e) => {
        const name = e.url && /^https?:\/\//.test(e.url) ? `[${(0,report_escape/* escapeMarkdown */.FV)(e.name)}](${e.url})` : (0,report_escape/* escapeMarkdown */.FV)(e.name);
        return `| ${name} | ${(0,report_escape/* escapeMarkdown */.FV)(e.conclusion ?? e.status)} |`;
    });
    return ['### Evidence on this commit', '', 'The results of the other gates on this commit, for the approver to judge:', '', '| Check | Result |', '|---|---|', ...rows].join('\n');
}

;// CONCATENATED MODULE: ./src/report/summary.ts







const SUMMARY_LIMIT_BYTES = 1024 * 1024 - 16 * 1024; // 1 MiB minus room for what the runner adds
function summary_link(report, f) {
    const loc = f.location;
    const text = locationText(f);
    const ctx = report.context;
    if (ctx?.repository && ctx.sha && loc.path && !loc.path.startsWith('..')) {
        const server = ctx.serverUrl ?? 'https://github.com';
        const rp = repoPath(report, loc.path);
        const url = `${server}/${ctx.repository}/blob/${ctx.sha}/${rp.split('/').map(encodeURIComponent).join('/')}${paths_lineAnchor(rp, loc.startLine, loc.endLine)}`;
        return `[${(0,report_escape/* escapeMarkdown */.FV)(text)}](${url})`;
    }
    return (0,report_escape/* escapeMarkdown */.FV)(text);
}
/** Locations listed in one grouped row before "and N more". */
const LOCATIONS_PER_ROW = 10;
function findingRow(report, g) {
    const f = g.first;
    const tag = f.suppressed ? (f.waiver ? ' (waived)' : ' (suppressed inline)') : f.baseline ? ' (baseline)' : '';
    const shown = g.all.slice(0, LOCATIONS_PER_ROW).map((x) => summary_link(report, x));
    const more = g.all.length > LOCATIONS_PER_ROW ? `<br>and ${g.all.length - LOCATIONS_PER_ROW} more` : '';
    const count = g.all.length > 1 ? ` (${g.all.length} places)` : '';
    return `| ${f.severity}${tag} | ${(0,report_escape/* cell */.Hn)(f.ruleId, 80)} | ${shown.join('<br>')}${more} | ${(0,report_escape/* cell */.Hn)(f.message)}${count} |`;
}
const FINDING_HEAD = '| Severity | Rule | Location | Message |\n|---|---|---|---|';
function verdictLine(report) {
    const word = { pass: 'passed', fail: 'failed', error: 'could not decide (error)' }[report.status];
    const icon = { pass: '✅', fail: '❌', error: '⚠️' }[report.status];
    const partial = report.notChecked?.length ? ' (on what was checked: see below)' : '';
    return `## ${icon} ai-secure-gates ${word}${partial}`;
}
/** What applied but was not examined, first, with the fix: never read as a pass. */
function notCheckedBlock(report) {
    const items = report.notChecked ?? [];
    if (!items.length)
        return [];
    return [
        `> ⚠️ **Not checked** (the verdict above does not cover ${items.length === 1 ? 'this' : 'these'}):`,
        ...items.map((n) => `> - **${(0,report_escape/* escapeMarkdown */.FV)(n.gate)}**: ${(0,report_escape/* cell */.Hn)(n.what, 300)}: ${(0,report_escape/* cell */.Hn)(n.reason, 300)}. Fix: ${(0,report_escape/* cell */.Hn)(n.fix, 300)}.`)
    ];
}
/** "Of 7 gates: 2 failed (code, secrets), 1 could not decide (container), 1 passed, 3 skipped." */
function gateCounts(report) {
    const by = (s) => report.gates.filter((g) => g.status === s);
    const named = (gs) => (gs.length ? ` (${gs.map((g) => (0,report_escape/* escapeMarkdown */.FV)(g.id)).join(', ')})` : '');
    const parts = [];
    const failed = by('fail');
    const errored = by('error');
    if (failed.length)
        parts.push(`${failed.length} failed${named(failed)}`);
    if (errored.length)
        parts.push(`${errored.length} could not decide${named(errored)}`);
    parts.push(`${by('pass').length} passed`);
    if (by('skipped').length)
        parts.push(`${by('skipped').length} skipped`);
    return `Of ${report.gates.length} gate${report.gates.length === 1 ? '' : 's'}: ${parts.join(', ')}.`;
}
function gateTable(report) {
    const head = `| Gate | Status | ${types/* SEVERITIES */.oC.map((s) => s[0].toUpperCase() + s.slice(1)).join(' | ')} | Blocking | Duration |`;
    const sep = `|---|---|${types/* SEVERITIES */.oC.map(() => '---:').join('|')}|---:|---:|`;
    const rows = report.gates.map((g) => {
        const c = counts_countBySeverity(g.findings);
        const blocking = g.findings.filter((f) => f.blocking).length;
        return `| ${(0,report_escape/* cell */.Hn)(g.title, 60)} | ${counts_STATUS_ICON[g.status]} ${g.status} | ${types/* SEVERITIES */.oC.map((s) => c[s]).join(' | ')} | ${blocking} | ${g.status === 'skipped' ? '' : counts_formatDuration(g.durationMs)} |`;
    });
    return [head, sep, ...rows].join('\n');
}
const TABLE_ROWS = 200;
const TABLE_ROWS_SHORT = 20;
/** A gate's own table (metric changes, per-group rates); every cell escaped, rows bounded. */
function summary_tableMarkdown(t, maxRows) {
    const width = t.columns.length;
    const chars = t.collapsed ? 600 : 120;
    const row = (cells) => `| ${Array.from({ length: width }, (_, i) => (0,report_escape/* cell */.Hn)(cells[i] ?? '', chars)).join(' | ')} |`;
    const shown = t.rows.slice(0, maxRows);
    const body = [row(t.columns), `|${t.columns.map(() => '---').join('|')}|`, ...shown.map(row)];
    if (t.rows.length > shown.length)
        body.push('', `_${t.rows.length - shown.length} more rows are in the JSON report._`);
    if (t.collapsed)
        return [`<details><summary>${(0,report_escape/* escapeHtml */.ZD)(t.title)}</summary>`, '', ...body, '', '</details>'].join('\n');
    return [`**${(0,report_escape/* escapeMarkdown */.FV)(t.title)}**`, '', ...body].join('\n');
}
function gateSection(report, g, limits, cut, evidence = []) {
    const out = [`### ${counts_STATUS_ICON[g.status]} ${(0,report_escape/* escapeMarkdown */.FV)(g.title)}: ${g.status}`, '', `${(0,report_escape/* cell */.Hn)(g.summary, 500)} (blocks at ${g.failOn})`];
    if (g.tool)
        out.push('', `Tool: ${(0,report_escape/* escapeMarkdown */.FV)(g.tool.name)} ${(0,report_escape/* escapeMarkdown */.FV)(g.tool.version ?? '(version unknown)')}`);
    if (g.errors.length) {
        out.push('', '**Why this gate could not decide:**', '', `<pre>${(0,report_escape/* escapeHtml */.ZD)(g.errors.join('\n\n').slice(0, 20_000))}</pre>`);
    }
    for (const t of g.tables ?? [])
        if (limits.details || !t.collapsed)
            out.push('', summary_tableMarkdown(t, limits.details ? TABLE_ROWS : TABLE_ROWS_SHORT));
    const sorted = counts_sortFindings(g.findings);
    const blocking = sorted.filter((f) => f.blocking);
    if (blocking.length) {
        const groups = groupFindings(blocking);
        const shown = groups.slice(0, limits.rowsPerGate);
        out.push('', `**Blocking findings (${blocking.length}${groups.length < blocking.length ? ` in ${groups.length} rows` : ''}):**`, '', FINDING_HEAD, ...shown.map((g) => findingRow(report, g)));
        if (shown.length < groups.length) {
            const hidden = groups.slice(shown.length).reduce((n, g) => n + g.all.length, 0);
            cut.rows += hidden;
            out.push('', `_${hidden} more blocking findings are not shown here to stay under GitHub's summary size limit; all are in the JSON report._`);
        }
    }
    if (limits.details) {
        const rest = sorted.filter((f) => !f.blocking);
        if (rest.length) {
            out.push('', `<details><summary>Other findings (${rest.length}: waived, baseline or below the threshold)</summary>`, '', FINDING_HEAD, ...groupFindings(rest).map((g) => findingRow(report, g)), '', '</details>');
        }
        if (g.checks.length) {
            const rows = g.checks.map((c) => `| ${(0,report_escape/* cell */.Hn)(c.name, 60)} | ${(0,report_escape/* cell */.Hn)(c.target, 120)} | ${c.outcome} | ${(0,report_escape/* cell */.Hn)(JSON.stringify(c.details), 200)} |`);
            out.push('', `<details><summary>What was checked (${g.checks.length})</summary>`, '', '| Check | Target | Outcome | Details |', '|---|---|---|---|', ...rows, '', '</details>');
        }
    }
    if (evidence.length)
        out.push('', evidence_evidenceSection(evidence));
    return out.join('\n');
}
function render(report, opts, limits) {
    const all = report.gates.flatMap((g) => g.findings);
    const blocking = all.filter((f) => f.blocking).length;
    const parts = [verdictLine(report), ''];
    const gap = notCheckedBlock(report);
    if (gap.length)
        parts.push(...gap, '');
    parts.push(`${gateCounts(report)} ${all.length} finding${all.length === 1 ? '' : 's'}, ${blocking} blocking.`);
    parts.push('', gateTable(report));
    const policy = policy_policyMarkdown(report);
    if (policy.length)
        parts.push('', ...policy);
    if (opts.annotationsOmitted) {
        parts.push('', `> ${opts.annotationsOmitted} finding${opts.annotationsOmitted === 1 ? ' was' : 's were'} not annotated on the diff: GitHub shows at most 10 error, 10 warning and 10 notice annotations per step. Every finding is listed below and in the JSON report.`);
    }
    for (const w of report.waivers)
        parts.push('', `> Waiver ${w.state}: ${(0,report_escape/* escapeMarkdown */.FV)(w.message)}`);
    const cut = { rows: 0 };
    for (const g of report.gates) {
        if (g.status === 'skipped')
            continue;
        parts.push('', gateSection(report, g, limits, cut, opts.evidence?.get(g.id)));
    }
    const skipped = report.gates.filter((g) => g.status === 'skipped');
    if (skipped.length) {
        parts.push('', `Skipped: ${skipped.map((g) => `${(0,report_escape/* escapeMarkdown */.FV)(g.id)} (${(0,report_escape/* escapeMarkdown */.FV)(g.reason ?? g.summary)})`).join(', ')}.`);
    }
    if (!limits.details) {
        parts.push('', `> This summary was shortened to stay under GitHub's 1 MiB limit: the lists of non-blocking findings and of what was checked, and folded tables such as transcripts, were left out${cut.rows ? `, and ${cut.rows} blocking rows` : ''}. ${opts.reportHint ? (0,report_escape/* escapeMarkdown */.FV)(opts.reportHint) : 'The JSON report has everything.'}`);
    }
    parts.push('', `<sub>ai-secure-gates ${(0,report_escape/* escapeMarkdown */.FV)(report.tool.version)}</sub>`, '');
    return parts.join('\n');
}
function renderSummary(report, opts = {}) {
    const max = opts.maxBytes ?? SUMMARY_LIMIT_BYTES;
    let md = render(report, opts, { details: true, rowsPerGate: Infinity });
    if ((0,report_escape/* byteLength */.dp)(md) <= max)
        return md;
    md = render(report, opts, { details: false, rowsPerGate: Infinity });
    if ((0,report_escape/* byteLength */.dp)(md) <= max)
        return md;
    // Binary search the number of blocking rows per gate that fits.
    let lo = 0;
    let hi = Math.max(0, ...report.gates.map((g) => g.findings.length));
    while (lo < hi) {
        const mid = Math.ceil((lo + hi) / 2);
        if ((0,report_escape/* byteLength */.dp)(render(report, opts, { details: false, rowsPerGate: mid })) <= max)
            lo = mid;
        else
            hi = mid - 1;
    }
    md = render(report, opts, { details: false, rowsPerGate: lo });
    if ((0,report_escape/* byteLength */.dp)(md) <= max)
        return md;
    // Pathological (thousands of gates or huge error texts): hard cut with a note.
    const note = '\n\n> Summary cut at the size limit; see the JSON report.\n';
    return Buffer.from(md).subarray(0, max - (0,report_escape/* byteLength */.dp)(note)).toString('utf8').replace(/\uFFFD+$/, '') + note;
}

;// CONCATENATED MODULE: ./src/report/check-runs.ts







const CHECK_NAME = 'ai-secure-gates';
const ANNOTATIONS_PER_REQUEST = 50;
const OUTPUT_LIMIT = 65535;
const TITLE_LIMIT = 255;
const DETAILS_LIMIT = (/* unused pure expression or super */ null && (64 * 1024 - 1));
const DEFAULT_MAX_ANNOTATIONS = 1000;
function levelFor(severity) {
    if (severity === 'critical' || severity === 'high')
        return 'failure';
    if (severity === 'medium')
        return 'warning';
    return 'notice';
}
function conclusionFor(status, onError) {
    switch (status) {
        case 'pass':
            return 'success';
        case 'fail':
            return 'failure';
        case 'skipped':
            return 'skipped';
        case 'error':
            return onError === 'neutral' ? 'neutral' : 'failure';
    }
}
/** The overall conclusion: a failing gate is a failure even when another gate errored with on-error: neutral. */
function overallConclusion(report, onError) {
    if (report.gates.some((g) => g.status === 'fail'))
        return 'failure';
    if (report.policy?.status === 'fail')
        return 'failure';
    if (report.gates.some((g) => g.status === 'error') || report.policy?.status === 'error')
        return conclusionFor('error', onError);
    return 'success';
}
function gateCheckName(gateId) {
    return `${CHECK_NAME} / ${gateId}`;
}
/** Truncates to at most `max` UTF-8 bytes without splitting a character, ending with `…` when cut. */
function truncateBytes(s, max, marker = '…') {
    if (byteLength(s) <= max)
        return s;
    const room = max - byteLength(marker);
    let out = Buffer.from(s, 'utf8').subarray(0, Math.max(0, room)).toString('utf8');
    out = out.replace(/\uFFFD$/, '');
    while (byteLength(out) > room)
        out = out.slice(0, -1);
    return out + marker;
}
function truncateChars(s, max) {
    const chars = Array.from(s);
    return chars.length <= max ? s : chars.slice(0, max - 1).join('') + '…';
}
function check_runs_oneLine(s) {
    return s.replace(/\s+/g, ' ').trim();
}
/**
 * A workspace-relative path made relative to the repository root; null when the finding has no
 * file in the repository (empty, absolute, or escaping with `..`), so it cannot be annotated.
 */
function check_runs_repoPath(path, prefix = '') {
    const p = path.replace(/\\/g, '/').replace(/^(\.\/)+/, '');
    if (!p || p.startsWith('/') || /^[A-Za-z]:\//.test(p) || /^[a-z][a-z0-9+.-]*:\/\//i.test(p))
        return null;
    const pre = prefix.replace(/\\/g, '/').replace(/^(\.\/)+|^\.$/, '').replace(/\/+$/, '');
    const joined = pre ? `${pre}/${p}` : p;
    const parts = [];
    for (const seg of joined.split('/')) {
        if (seg === '' || seg === '.')
            continue;
        if (seg === '..') {
            if (!parts.length)
                return null;
            parts.pop();
        }
        else
            parts.push(seg);
    }
    return parts.length ? parts.join('/') : null;
}
function findingTitle(f) {
    return truncateChars(check_runs_oneLine(`[${f.severity}] ${f.ruleId}${f.title && f.title !== f.ruleId ? `: ${f.title}` : ''}`), TITLE_LIMIT);
}
function toAnnotation(f, path, failOn) {
    const loc = f.location;
    const start = loc.startLine && loc.startLine > 0 ? loc.startLine : 1;
    const end = loc.endLine && loc.endLine >= start ? loc.endLine : start;
    const state = f.baseline ? 'in the baseline, not blocking' : f.blocking ? `blocking (fails at ${failOn} and above)` : `not blocking (below fail-on: ${failOn})`;
    const a = {
        path,
        start_line: start,
        end_line: end,
        annotation_level: levelFor(f.severity),
        message: truncateBytes(`${f.message}\n\n${f.gate} gate, severity ${f.severity}, ${state}.`, DETAILS_LIMIT),
        title: findingTitle(f)
    };
    if (loc.startLine && end === start && loc.startColumn && loc.startColumn > 0) {
        a.start_column = loc.startColumn;
        if (loc.endColumn && loc.endColumn >= loc.startColumn)
            a.end_column = loc.endColumn;
    }
    const details = [f.help?.text, f.help?.uri, `fingerprint: ${f.fingerprint}`].filter(Boolean).join('\n');
    a.raw_details = truncateBytes(details, DETAILS_LIMIT);
    return a;
}
/** Picks the annotations to send over the whole run: unsuppressed findings, most important first, up to the cap. */
function allocateAnnotations(report, maxAnnotations, pathPrefix = '') {
    const out = new Map(report.gates.map((g) => [g.id, { annotations: [], overCap: 0, noFile: 0 }]));
    const failOn = new Map(report.gates.map((g) => [g.id, g.failOn]));
    const all = sortFindings(report.gates.flatMap((g) => g.findings).filter((f) => !f.suppressed));
    let used = 0;
    for (const f of all) {
        const slot = out.get(f.gate);
        if (!slot)
            continue;
        const path = check_runs_repoPath(f.location.path, pathPrefix);
        if (!path) {
            slot.noFile++;
            continue;
        }
        if (used >= maxAnnotations) {
            slot.overCap++;
            continue;
        }
        used++;
        slot.annotations.push(toAnnotation(f, path, String(failOn.get(f.gate) ?? '')));
    }
    return out;
}
// ---------- output text ----------
function fileLink(f, opts) {
    const loc = f.location;
    const text = loc.startLine ? `${loc.path}:${loc.startLine}` : loc.path || '(no file)';
    const path = check_runs_repoPath(loc.path, opts.pathPrefix);
    if (path && opts.repository && opts.headSha && /^[0-9a-f]{40,64}$/.test(opts.headSha)) {
        const server = opts.serverUrl ?? 'https://github.com';
        const anchor = lineAnchor(path, loc.startLine);
        return `[${escapeMarkdown(text)}](${server}/${opts.repository}/blob/${opts.headSha}/${path.split('/').map(encodeURIComponent).join('/')}${anchor})`;
    }
    return escapeMarkdown(text);
}
const ROW_HEAD = '| Severity | Rule | Location | Message |\n|---|---|---|---|';
function row(f, opts) {
    const tag = f.suppressed ? (f.waiver ? ' (waived)' : ' (suppressed inline)') : f.baseline ? ' (baseline)' : '';
    return `| ${f.severity}${tag} | ${cell(f.ruleId, 80)} | ${fileLink(f, opts)} | ${cell(f.message, 300)} |`;
}
function countsText(findings) {
    const c = countBySeverity(findings);
    const parts = SEVERITIES.filter((s) => c[s]).map((s) => `${c[s]} ${s}`);
    return parts.join(', ');
}
function plural(n, word) {
    return `${n} ${word}${n === 1 ? '' : 's'}`;
}
function gateTitle(g) {
    const blocking = g.findings.filter((f) => f.blocking);
    let t;
    switch (g.status) {
        case 'fail':
            t = `${plural(blocking.length, 'blocking finding')} (${countsText(blocking)})`;
            break;
        case 'pass':
            t = g.findings.length ? `Passed: ${plural(g.findings.length, 'finding')}, none blocking` : 'Passed: no findings';
            break;
        case 'error':
            t = `Could not decide: ${check_runs_oneLine(g.reason ?? g.errors[0] ?? g.summary)}`;
            break;
        case 'skipped':
            t = `Skipped: ${check_runs_oneLine(g.reason ?? g.summary)}`;
            break;
    }
    return truncateChars(t, TITLE_LIMIT);
}
function overallTitle(report) {
    const ran = report.gates.filter((g) => g.status !== 'skipped');
    const bad = ran.filter((g) => g.status === 'fail' || g.status === 'error');
    const blocking = report.gates.reduce((n, g) => n + g.findings.filter((f) => f.blocking).length, 0);
    const policy = policyFailures(report);
    if (policy && !bad.length)
        return truncateChars(`${ran.length ? `All ${plural(ran.length, 'gate')} passed, but the ` : 'The '}${policy}`, TITLE_LIMIT);
    if (!ran.length)
        return 'No gate ran (all skipped)';
    if (!bad.length)
        return `All ${plural(ran.length, 'gate')} passed`;
    const what = bad.map((g) => `${g.id}: ${g.status}`).join(', ');
    return truncateChars(`${bad.length} of ${plural(ran.length, 'gate')} did not pass (${what}), ${plural(blocking, 'blocking finding')}`, TITLE_LIMIT);
}
function annotationNote(a, maxAnnotations) {
    if (!a)
        return [];
    const out = [];
    if (a.annotations.length)
        out.push(`${plural(a.annotations.length, 'finding')} annotated on the code.`);
    if (a.overCap)
        out.push(`${a.overCap} more not annotated: over max-annotations (${maxAnnotations}); they are listed here and in the JSON report.`);
    if (a.noFile)
        out.push(`${a.noFile} with no file in the repository to annotate.`);
    return out.length ? ['', `_${out.join(' ')}_`] : [];
}
function gateBody(report, g, opts, rows, ann, level) {
    const out = [];
    const tool = g.tool ? ` · ${escapeMarkdown(g.tool.name)} ${escapeMarkdown(g.tool.version ?? '')}`.trimEnd() : '';
    out.push(`${level} ${STATUS_ICON[g.status]} ${escapeMarkdown(g.title)}: ${g.status}`, '');
    out.push(`${cell(g.summary, 500)} (blocks at ${g.failOn})${tool}${g.status === 'skipped' ? '' : ` · ${formatDuration(g.durationMs)}`}`);
    if (g.errors.length)
        out.push('', '**Why this gate could not decide:**', '', `<pre>${escapeHtml(truncateBytes(g.errors.join('\n\n'), 8000))}</pre>`);
    out.push(...annotationNote(ann, opts.maxAnnotations));
    const sorted = sortFindings(g.findings);
    const blocking = sorted.filter((f) => f.blocking);
    const other = sorted.filter((f) => !f.blocking);
    let hidden = 0;
    let budget = rows.maxRows;
    const table = (label, list) => {
        if (!list.length)
            return;
        const shown = list.slice(0, Math.max(0, budget));
        budget -= shown.length;
        hidden += list.length - shown.length;
        out.push('', `**${label}: ${list.length}**`);
        if (shown.length)
            out.push('', ROW_HEAD, ...shown.map((f) => row(f, opts)));
        if (shown.length < list.length)
            out.push('', `_${list.length - shown.length} not shown here (size limit)._`);
    };
    table('Blocking findings', blocking);
    if (rows.details)
        table('Not blocking (waived, baseline or below the threshold)', other);
    else if (other.length) {
        hidden += other.length;
        out.push('', `_${plural(other.length, 'other finding')} (waived, baseline or below the threshold) not listed here (size limit)._`);
    }
    if (rows.details && g.checks.length) {
        const checks = g.checks.slice(0, 200);
        out.push('', `<details><summary>What was checked (${g.checks.length})</summary>`, '', '| Check | Target | Outcome |', '|---|---|---|', ...checks.map((c) => `| ${cell(c.name, 60)} | ${cell(c.target, 160)} | ${c.outcome} |`));
        if (checks.length < g.checks.length)
            out.push('', `_${g.checks.length - checks.length} more in the JSON report._`);
        out.push('', '</details>');
    }
    return { text: out.join('\n'), hidden };
}
function truncationNote(hidden, opts) {
    const where = opts.runUrl ? `the [workflow run](${opts.runUrl})'s job summary and JSON report` : 'the job summary and the JSON report';
    return `> ✂️ This output was shortened to stay within GitHub's limit of ${OUTPUT_LIMIT.toLocaleString('en-US')} characters for a check run: ${plural(hidden, 'finding row')} not shown. Every finding is in ${where}.`;
}
/** Renders with as many rows as fit within the limit; always ends with a note when something was cut. */
function fit(render, opts, limit = OUTPUT_LIMIT) {
    const withNote = (r) => (r.hidden ? `${r.text}\n\n${truncationNote(r.hidden, opts)}\n` : `${r.text}\n`);
    let r = render({ maxRows: Infinity, details: true });
    if (byteLength(withNote(r)) <= limit)
        return withNote(r);
    r = render({ maxRows: Infinity, details: false });
    if (byteLength(withNote(r)) > limit) {
        let lo = 0;
        let hi = r.hidden + 100_000;
        // Largest row count that fits (hidden rows only grow as rows shrink, so monotone).
        while (lo < hi) {
            const mid = Math.ceil((lo + hi) / 2);
            if (byteLength(withNote(render({ maxRows: mid, details: false }))) <= limit)
                lo = mid;
            else
                hi = mid - 1;
        }
        r = render({ maxRows: lo, details: false });
    }
    const text = withNote(r);
    if (byteLength(text) <= limit)
        return text;
    // Pathological (huge error texts, thousands of gates): a hard cut, still with a note.
    const note = `\n\n> ✂️ Output cut at GitHub's limit of ${OUTPUT_LIMIT} characters; see the job summary and the JSON report.\n`;
    return truncateBytes(text, limit - byteLength(note), '') + note;
}
function gateCheckRun(report, g, opts, ann, evidence = []) {
    // A gate that waits for people shows the approver its tables (who approved which commit, when) and the evidence.
    const tables = WAITING_GATES.has(g.id) ? (g.tables ?? []).map((t) => `\n\n${tableMarkdown(t, 100)}`).join('') : '';
    const extra = tables + (evidence.length ? `\n\n${evidenceSection(evidence)}` : '');
    const summary = fit((rows) => {
        const body = gateBody(report, g, opts, rows, ann, '##');
        return { ...body, text: body.text + extra };
    }, opts);
    const pending = isWaiting(g);
    return {
        key: g.id,
        name: gateCheckName(g.id),
        conclusion: conclusionFor(g.status, opts.onError),
        ...(pending ? { pending } : {}),
        title: pending ? truncateChars(check_runs_oneLine(g.pending), TITLE_LIMIT) : gateTitle(g),
        summary,
        annotations: ann?.annotations ?? []
    };
}
/**
 * A gate that fails only because it waits for people (approvals): its check stays in progress.
 * Only a gate of WAITING_GATES whose every blocking finding is its `<gate>/missing` rule waits, so a
 * `pending` written into a merged (mode: report) JSON report cannot turn another failure into a wait.
 */
function isWaiting(g) {
    if (g.status !== 'fail' || typeof g.pending !== 'string' || g.pending === '' || !WAITING_GATES.has(g.id))
        return false;
    const blocking = g.findings.filter((f) => f.blocking);
    return blocking.length > 0 && blocking.every((f) => f.ruleId === `${g.id}/missing`);
}
/** The whole report fails only because gates wait for people: nothing errored, every failing gate waits. */
function waitingOnly(report) {
    const bad = report.gates.filter((g) => g.status === 'fail' || g.status === 'error');
    return bad.length > 0 && bad.every(isWaiting);
}
/** Gates whose check may have been left in progress by an earlier run (they wait for people). */
const WAITING_GATES = new Set(['approval']);
function overallCheckRun(report, opts, allocation, gateLinks = new Map(), evidence = new Map()) {
    const single = opts.mode === 'single';
    const render = (rows) => {
        const out = [];
        const verdict = { pass: '✅ passed', fail: '❌ failed', error: '⚠️ could not decide (error)' }[report.status];
        out.push(`## ai-secure-gates ${verdict}`, '');
        out.push(`| Gate | Status | ${SEVERITIES.map((s) => s[0].toUpperCase() + s.slice(1)).join(' | ')} | Blocking | Summary |`);
        out.push(`|---|---|${SEVERITIES.map(() => '---:').join('|')}|---:|---|`);
        for (const g of report.gates) {
            const c = countBySeverity(g.findings);
            const link = gateLinks.get(g.id);
            const name = link ? `[${escapeMarkdown(g.id)}](${link})` : escapeMarkdown(g.id);
            out.push(`| ${name} | ${STATUS_ICON[g.status]} ${g.status} | ${SEVERITIES.map((s) => c[s]).join(' | ')} | ${g.findings.filter((f) => f.blocking).length} | ${cell(g.summary, 200)} |`);
        }
        const policy = policyMarkdown(report);
        if (policy.length)
            out.push('', ...policy);
        for (const w of report.waivers)
            out.push('', `> Waiver ${w.state}: ${cell(w.message, 500)}`);
        let hidden = 0;
        if (single) {
            let left = rows.maxRows;
            for (const g of report.gates) {
                if (g.status === 'skipped')
                    continue;
                const body = gateBody(report, g, opts, { ...rows, maxRows: left }, allocation.get(g.id), '###');
                const shown = g.findings.length - body.hidden;
                left = Math.max(0, left - shown);
                hidden += body.hidden;
                out.push('', body.text);
                // The single check run is the approver's only check: the evidence goes with the gate that waits for people.
                const proof = evidence.get(g.id);
                if (proof?.length)
                    out.push('', evidenceSection(proof));
            }
        }
        else {
            const blocking = sortFindings(report.gates.flatMap((g) => g.findings.filter((f) => f.blocking)));
            if (blocking.length) {
                const shown = blocking.slice(0, rows.maxRows);
                hidden += blocking.length - shown.length;
                out.push('', `### Blocking findings (${blocking.length})`, '', '| Gate | Severity | Rule | Location | Message |', '|---|---|---|---|---|');
                out.push(...shown.map((f) => `| ${escapeMarkdown(f.gate)} |${row(f, opts).slice(1)}`));
            }
            const over = [...allocation.values()].reduce((n, a) => n + a.overCap, 0);
            if (over)
                out.push('', `_${over} findings were not annotated: over max-annotations (${opts.maxAnnotations})._`);
            out.push('', '_Each gate has its own check run with its findings annotated on the code._');
        }
        if (opts.runUrl)
            out.push('', `[Workflow run with the job summary and the JSON report](${opts.runUrl})`);
        out.push('', `<sub>ai-secure-gates ${escapeMarkdown(report.tool.version)}</sub>`);
        return { text: out.join('\n'), hidden };
    };
    const annotations = single ? report.gates.flatMap((g) => allocation.get(g.id)?.annotations ?? []) : [];
    if (waitingOnly(report)) {
        const waiting = report.gates.filter(isWaiting).map((g) => g.pending);
        return { key: 'overall', name: CHECK_NAME, conclusion: overallConclusion(report, opts.onError), pending: true, title: truncateChars(check_runs_oneLine(waiting.join('; ')), TITLE_LIMIT), summary: fit(render, opts), annotations };
    }
    return { key: 'overall', name: CHECK_NAME, conclusion: overallConclusion(report, opts.onError), title: overallTitle(report), summary: fit(render, opts), annotations };
}
/** Batches of at most 50 annotations: the first goes with the create request, the rest with updates. */
function batches(items, size = ANNOTATIONS_PER_REQUEST) {
    const out = [];
    for (let i = 0; i < items.length; i += size)
        out.push(items.slice(i, i + size));
    return out;
}
/** What a failed API call looked like; the client turns its library's errors into this. */
class ApiError extends Error {
    status;
    constructor(status, message) {
        super(message);
        this.status = status;
        this.name = 'ApiError';
    }
}
class Forbidden extends (/* unused pure expression or super */ null && (Error)) {
}
async function post(spec, opts, reuse) {
    const now = (opts.now ?? (() => new Date()))().toISOString().replace(/\.\d{3}Z$/, 'Z');
    const [first = [], ...rest] = batches(spec.annotations);
    const body = {
        name: spec.name,
        head_sha: opts.headSha,
        ...(spec.pending ? { status: 'in_progress' } : { status: 'completed', conclusion: spec.conclusion, completed_at: now }),
        external_id: spec.key,
        output: { title: spec.title, summary: spec.summary, ...(first.length ? { annotations: first } : {}) }
    };
    if (opts.startedAt)
        body.started_at = opts.startedAt;
    if (opts.runUrl)
        body.details_url = opts.runUrl;
    // An earlier run left this check in progress (waiting for approvals): finish or refresh that one
    // rather than adding a second check of the same name to the commit.
    let created;
    if (reuse) {
        const { name: _name, head_sha: _sha, started_at: _started, ...update } = body;
        await opts.client.updateCheckRun(reuse.id, update);
        created = { id: reuse.id, html_url: reuse.html_url };
    }
    else
        created = await opts.client.createCheckRun(body);
    let requests = 1;
    let sent = first.length;
    for (const batch of rest) {
        try {
            await opts.client.updateCheckRun(created.id, { output: { title: spec.title, summary: spec.summary, annotations: batch } });
            requests++;
            sent += batch.length;
        }
        catch (e) {
            if (e instanceof ApiError && e.status === 403)
                throw new Forbidden(e.message);
            opts.warn(`Check run "${spec.name}": ${spec.annotations.length - sent} annotations could not be added (${describe(e)}); the check's conclusion stands.`);
            break;
        }
    }
    return { key: spec.key, name: spec.name, id: created.id, url: created.html_url, conclusion: spec.conclusion, annotations: sent, requests };
}
function describe(e) {
    if (e instanceof ApiError)
        return e.status ? `HTTP ${e.status}: ${e.message}` : e.message;
    return e instanceof Error ? e.message : String(e);
}
/**
 * Gates that get their own check run: all but those the run did not touch at all (not in the config
 * file, or left out by the `gates` input). A gate skipped for its own reason (nothing to scan) still
 * gets a `skipped` check, which satisfies a branch-protection rule that requires it.
 */
function wantsGateCheck(g) {
    return !(g.status === 'skipped' && /^not (configured|selected)\b/.test(g.reason ?? g.summary));
}
/** The other gates' results on the commit: this run's (posted before) and earlier runs' checks. */
function evidenceFor(report, g, existing, links, opts) {
    const out = [];
    const names = new Set([gateCheckName(g.id), CHECK_NAME]);
    for (const other of report.gates) {
        if (other.id === g.id || !wantsGateCheck(other))
            continue;
        names.add(gateCheckName(other.id));
        out.push({ name: gateCheckName(other.id), conclusion: conclusionFor(other.status, opts.onError), status: 'completed', url: links.get(other.id) ?? null });
    }
    // Newest first: one row per name.
    for (const r of [...existing].sort((a, b) => b.id - a.id)) {
        if (names.has(r.name))
            continue;
        names.add(r.name);
        out.push({ name: r.name, conclusion: r.conclusion, status: r.status, url: r.html_url });
    }
    if (opts.runUrl)
        out.push({ name: 'this workflow run (job summary, JSON report)', conclusion: null, status: 'link', url: opts.runUrl });
    return out.sort((a, b) => a.name.localeCompare(b.name));
}
/** Posts the check runs; never throws, never changes the verdict. */
async function publishCheckRuns(report, opts) {
    const result = { posted: [], url: null, forbidden: null, failures: [], evidence: new Map() };
    if (opts.mode === 'none')
        return result;
    const allocation = allocateAnnotations(report, opts.maxAnnotations, opts.pathPrefix);
    const links = new Map();
    const forbidden = (message) => {
        result.forbidden = opts.explainForbidden(message);
        opts.warn(result.forbidden);
    };
    // When a gate that waits for people ran: the checks already on the commit, to finish one left in
    // progress and to link the other gates' results as the evidence an approver judges.
    let existing = [];
    if (opts.client.listCheckRuns && report.gates.some((g) => WAITING_GATES.has(g.id) && wantsGateCheck(g))) {
        try {
            existing = (await opts.client.listCheckRuns(opts.headSha)).filter((r) => r.name === CHECK_NAME || r.name.startsWith(`${CHECK_NAME} / `));
        }
        catch (e) {
            opts.warn(`Could not list the check runs on ${opts.headSha.slice(0, 7)} (${describe(e)}): a check left in progress by an earlier run is not updated, and the evidence links are missing.`);
        }
    }
    const attempt = async (spec) => {
        try {
            const reuse = existing.filter((r) => r.name === spec.name && r.status !== 'completed').sort((a, b) => b.id - a.id)[0];
            const posted = await post(spec, opts, reuse);
            result.posted.push(posted);
            if (posted.url)
                links.set(spec.key, posted.url);
            const state = spec.pending ? 'in progress (waiting)' : posted.conclusion;
            opts.info?.(`Check run "${spec.name}": ${state}, ${posted.annotations} annotations in ${posted.requests} request${posted.requests === 1 ? '' : 's'}${posted.url ? ` (${posted.url})` : ''}`);
            return true;
        }
        catch (e) {
            if (e instanceof Forbidden || (e instanceof ApiError && e.status === 403)) {
                forbidden(e.message);
                return false;
            }
            const msg = `Check run "${spec.name}" was not created (${describe(e)}); the verdict is unchanged (exit status and job summary).`;
            result.failures.push(msg);
            opts.warn(msg);
            return true;
        }
    };
    if (opts.mode === 'per-gate') {
        for (const g of report.gates.filter(wantsGateCheck)) {
            const evidence = WAITING_GATES.has(g.id) ? evidenceFor(report, g, existing, links, opts) : [];
            if (!(await attempt(gateCheckRun(report, g, opts, allocation.get(g.id), evidence))))
                return result;
        }
    }
    if (opts.mode === 'per-gate' && waitingGatesOnly(report)) {
        // A run of the approval gate alone (gates: approval, on pull_request_review) must not replace
        // the overall check of the run that judged the other gates. It only completes an overall check
        // that run left waiting (it waited for nothing but approvals, so the other gates had passed).
        const open = existing.filter((r) => r.name === CHECK_NAME && r.status !== 'completed').sort((a, b) => b.id - a.id)[0];
        if (!open) {
            opts.info?.(`Check run "${CHECK_NAME}" not posted: this run judged only ${report.gates.filter((g) => wantsGateCheck(g)).map((g) => g.id).join(', ')}; the overall check belongs to the run of the other gates.`);
        }
        else if (!waitingOnly(report)) {
            const spec = overallCheckRun(report, opts, allocation, links);
            spec.summary = truncateBytes(`${WAITED_NOTE}\n\n${spec.summary}`, OUTPUT_LIMIT);
            await attempt(spec);
        }
    }
    else
        await attempt(overallCheckRun(report, opts, allocation, links, opts.mode === 'single' ? waitingEvidence(report, existing, links, opts) : undefined));
    result.url = result.posted.find((p) => p.key === 'overall')?.url ?? null;
    result.evidence = waitingEvidence(report, existing, links, opts);
    return result;
}
/**
 * The evidence of each gate that waits for people (WAITING_GATES) in this run, by gate id. Without
 * check runs (none posted, or none listed) it is this run's other gates, without links.
 */
function waitingEvidence(report, existing, links, opts) {
    const out = new Map();
    for (const g of report.gates)
        if (WAITING_GATES.has(g.id) && wantsGateCheck(g))
            out.set(g.id, evidenceFor(report, g, existing, links, opts));
    return out;
}
const WAITED_NOTE = '> This completes the overall check that an earlier run left waiting for approvals only: every other gate had passed there (see its workflow run). This run judged the approvals alone.';
/** Only gates that wait for people ran; the others were left out by the `gates` input. */
function waitingGatesOnly(report) {
    const ran = report.gates.filter(wantsGateCheck);
    return ran.length > 0 && ran.every((g) => WAITING_GATES.has(g.id)) && report.gates.some((g) => g.status === 'skipped' && /^not selected\b/.test(g.reason ?? g.summary));
}

;// CONCATENATED MODULE: ./src/report/sarif.ts



const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';
const MAX_RUNS = 20;
const MAX_RESULTS_PER_RUN = 25_000;
const MAX_RULES_PER_RUN = 25_000;
const FINGERPRINT_KEY = 'aiSecureGates/v1';
/** code scanning's `security-severity` for each severity (the middle of GitHub's bands). */
const SECURITY_SEVERITY = {
    critical: '9.5',
    high: '8.0',
    medium: '5.5',
    low: '2.0',
    info: '0.0'
};
const sarif_RANK = { critical: 4, high: 3, medium: 2, low: 1, info: 0 };
function sarifLevel(s) {
    return s === 'critical' || s === 'high' ? 'error' : s === 'medium' ? 'warning' : 'note';
}
/** A repository-relative path as a URI reference (each segment percent-encoded). */
function uriFor(path) {
    return path.split('/').map(encodeURIComponent).join('/');
}
function sarif_text(s, max = 100_000) {
    return s.length > max ? s.slice(0, max - 1) + '…' : s;
}
function ruleFor(gate, ruleId, findings) {
    // Help and title from the first finding that has them (findings of one rule may differ).
    const first = findings.find((f) => f.help) ?? findings.find((f) => f.title) ?? findings[0];
    const worst = findings.reduce((a, f) => (sarif_RANK[f.severity] > sarif_RANK[a] ? f.severity : a), first.severity);
    const title = first.title && first.title !== ruleId ? first.title : ruleId;
    const helpText = first.help?.text ?? `${title}. Reported by the ${gate.id} gate of ai-secure-gates (${gate.title}).`;
    const rule = {
        id: ruleId,
        name: ruleId.replace(/[^A-Za-z0-9]+/g, '_').replace(/^_+|_+$/g, '') || 'rule',
        shortDescription: { text: sarif_text(title, 1000) },
        fullDescription: { text: sarif_text(first.help?.text ?? title, 1000) },
        help: { text: sarif_text(helpText) },
        defaultConfiguration: { level: sarifLevel(worst) },
        properties: {
            tags: ['security', `ai-secure-gates/${gate.id}`],
            ...(worst === 'info' ? {} : { 'security-severity': SECURITY_SEVERITY[worst] }),
            precision: 'high'
        }
    };
    if (first.help?.uri && /^https?:\/\//.test(first.help.uri))
        rule.helpUri = first.help.uri;
    return rule;
}
function resultFor(f, ruleIndex, opts) {
    const loc = f.location;
    const result = {
        ruleId: f.ruleId,
        ruleIndex,
        level: sarifLevel(f.severity),
        message: { text: sarif_text(f.message || f.ruleId) },
        partialFingerprints: { [FINGERPRINT_KEY]: f.fingerprint },
        properties: {
            severity: f.severity,
            blocking: f.blocking,
            ...(f.baseline ? { baseline: true } : {})
        }
    };
    const path = check_runs_repoPath(loc.path, opts.pathPrefix);
    if (path) {
        const physical = { artifactLocation: { uri: uriFor(path), uriBaseId: '%SRCROOT%' } };
        if (loc.startLine && loc.startLine > 0) {
            const region = { startLine: loc.startLine };
            if (loc.endLine && loc.endLine >= loc.startLine)
                region.endLine = loc.endLine;
            if (loc.startColumn && loc.startColumn > 0) {
                region.startColumn = loc.startColumn;
                // SARIF's endColumn is exclusive and must come after startColumn on a one-line region.
                if (loc.endColumn && (region.endLine ?? loc.startLine) !== loc.startLine)
                    region.endColumn = loc.endColumn;
                else if (loc.endColumn && loc.endColumn > loc.startColumn)
                    region.endColumn = loc.endColumn;
            }
            physical.region = region;
        }
        result.locations = [{ physicalLocation: physical }];
    }
    else if (loc.path) {
        // Not a file of the repository (an image, a URL, a model id): say where in words.
        result.locations = [{ message: { text: sarif_text(loc.path, 1000) } }];
    }
    if (f.suppressed && f.waiver) {
        result.suppressions = [{ kind: 'external', status: 'accepted', justification: sarif_text(`${f.waiver.reason} (waiver expires ${f.waiver.expires})`, 1000) }];
    }
    else if (f.suppressed && f.suppression) {
        result.suppressions = [{ kind: 'inSource', status: 'accepted', justification: sarif_text(f.suppression.reason ?? f.suppression.comment, 1000) }];
    }
    return result;
}
function runFor(report, gate, opts) {
    const sorted = counts_sortFindings(gate.findings);
    const kept = sorted.slice(0, MAX_RESULTS_PER_RUN);
    const byRule = new Map();
    for (const f of kept) {
        const list = byRule.get(f.ruleId) ?? [];
        list.push(f);
        byRule.set(f.ruleId, list);
    }
    const ruleIds = [...byRule.keys()].slice(0, MAX_RULES_PER_RUN);
    const ruleIndex = new Map(ruleIds.map((id, i) => [id, i]));
    const results = kept.filter((f) => ruleIndex.has(f.ruleId)).map((f) => resultFor(f, ruleIndex.get(f.ruleId), opts));
    const dropped = gate.findings.length - results.length;
    const notifications = [];
    if (dropped) {
        notifications.push({
            level: 'warning',
            message: { text: `${dropped} findings of the ${gate.id} gate were left out to stay within code scanning's limit of ${MAX_RESULTS_PER_RUN} results per run; the JSON report has them all.` }
        });
    }
    const driver = {
        name: 'ai-secure-gates',
        version: report.tool.version,
        semanticVersion: report.tool.version,
        rules: ruleIds.map((id) => ruleFor(gate, id, byRule.get(id)))
    };
    if (opts.informationUri)
        driver.informationUri = opts.informationUri;
    const tool = { driver };
    if (gate.tool)
        tool.extensions = [{ name: gate.tool.name, ...(gate.tool.version ? { version: gate.tool.version } : {}) }];
    const category = (opts.category ?? 'ai-secure-gates').replace(/\/+$/, '');
    return {
        tool,
        automationDetails: { id: `${category}/${gate.id}/`, description: { text: `ai-secure-gates ${gate.id} gate (${gate.title})` } },
        invocations: [{ executionSuccessful: true, ...(notifications.length ? { toolExecutionNotifications: notifications } : {}) }],
        results,
        properties: {
            gate: gate.id,
            status: gate.status,
            failOn: gate.failOn,
            ...(dropped ? { resultsOmitted: dropped } : {})
        }
    };
}
/** The SARIF log for a report: one run per gate that ran (passed or failed). */
function toSarif(report, opts = {}) {
    const gates = report.gates.filter((g) => g.status === 'pass' || g.status === 'fail').slice(0, MAX_RUNS);
    return {
        $schema: SARIF_SCHEMA,
        version: '2.1.0',
        runs: gates.map((g) => runFor(report, g, opts))
    };
}
function renderSarif(report, opts = {}) {
    return (0,report_json/* safeJson */.o)(toSarif(report, opts)) + '\n';
}

;// CONCATENATED MODULE: ./src/report/text.ts
/** The CLI's readable table. Colour only when asked (the CLI decides from NO_COLOR and isTTY). */




const CODES = { red: 31, green: 32, yellow: 33, grey: 90, bold: 1 };
/** Locations printed on a grouped line before "+N more". */
const LOCATIONS_PER_LINE = 3;
function renderText(report, colour, maxRowsPerGate = 20) {
    const c = (s, k) => (colour ? `\u001b[${CODES[k]}m${s}\u001b[0m` : s);
    const statusColour = { pass: 'green', fail: 'red', error: 'yellow', skipped: 'grey' };
    const clean = (s) => s.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u001b\u2028\u2029]/g, '?');
    const out = [];
    // What applied but was not examined comes first: the verdict at the bottom covers only the rest.
    if (report.notChecked?.length) {
        out.push(c(`NOT CHECKED (the verdict does not cover ${report.notChecked.length === 1 ? 'this' : 'these'}):`, 'yellow'));
        for (const n of report.notChecked)
            out.push(`  ${clean(n.gate)}: ${clean(n.what)}: ${clean(n.reason)}`, `    fix: ${clean(n.fix)}`);
        out.push('');
    }
    const header = ['GATE', 'STATUS', ...types/* SEVERITIES */.oC.map((s) => s.toUpperCase()), 'BLOCKING', 'TIME'];
    const rows = report.gates.map((g) => {
        const n = counts_countBySeverity(g.findings);
        return [g.id, g.status, ...types/* SEVERITIES */.oC.map((s) => String(n[s])), String(g.findings.filter((f) => f.blocking).length), g.status === 'skipped' ? '' : counts_formatDuration(g.durationMs)];
    });
    const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
    const line = (cells, paint) => cells.map((s, i) => (paint ? paint(i, s.padEnd(widths[i])) : s.padEnd(widths[i]))).join('  ').trimEnd();
    out.push(c(line(header), 'bold'));
    report.gates.forEach((g, idx) => out.push(line(rows[idx], (i, s) => (i === 1 ? c(s, statusColour[g.status]) : s))));
    out.push('');
    for (const g of report.gates) {
        if (g.status === 'skipped') {
            out.push(c(`${g.id}: skipped: ${clean(g.reason ?? g.summary).split('\n')[0]}`, 'grey'));
            continue;
        }
        if (g.errors.length) {
            out.push(c(`${g.id}: error`, 'yellow'));
            for (const e of g.errors)
                out.push(...clean(e).split('\n').map((l) => `  ${l}`));
        }
        const blocking = counts_sortFindings(g.findings).filter((f) => f.blocking);
        if (blocking.length) {
            const groups = groupFindings(blocking);
            out.push(c(`${g.id}: ${blocking.length} blocking${groups.length < blocking.length ? ` (${groups.length} distinct)` : ''}`, 'red'));
            for (const grp of groups.slice(0, maxRowsPerGate)) {
                const f = grp.first;
                const locs = grp.all.slice(0, LOCATIONS_PER_LINE).map((x) => clean(locationText(x))).join(', ');
                const more = grp.all.length > LOCATIONS_PER_LINE ? ` +${grp.all.length - LOCATIONS_PER_LINE} more` : '';
                out.push(`  ${f.severity.padEnd(8)} ${locs}${more}  ${clean(f.ruleId)}  ${clean(f.message).split('\n')[0]}`);
            }
            if (groups.length > maxRowsPerGate)
                out.push(c(`  … ${groups.length - maxRowsPerGate} more (use --format json for all)`, 'grey'));
        }
        else if (g.status === 'pass') {
            out.push(c(`${g.id}: pass: ${clean(g.summary).split('\n')[0]}`, 'grey'));
        }
    }
    for (const w of report.waivers)
        out.push(c(`waiver ${w.state}: ${clean(w.message)}`, 'yellow'));
    for (const l of policyText(report, clean))
        out.push(l);
    const verdict = { pass: 'PASS', fail: 'FAIL', error: 'ERROR' }[report.status];
    const partial = report.notChecked?.length ? ` (${report.notChecked.length} not checked: ${[...new Set(report.notChecked.map((n) => n.gate))].join(', ')}; see the top)` : '';
    out.push(c(`ai-secure-gates: ${verdict}${partial}`, statusColour[report.status]));
    return out.join('\n') + '\n';
}

// EXTERNAL MODULE: ./src/tools/runner.ts
var runner = __webpack_require__(25761);
// EXTERNAL MODULE: ./src/report/log.ts
var log = __webpack_require__(46472);
// EXTERNAL MODULE: ./src/report/redact.ts
var redact = __webpack_require__(20649);
// EXTERNAL MODULE: ./src/cli/help.ts
var help = __webpack_require__(87911);
;// CONCATENATED MODULE: ./src/cli/stdout-guard.ts
const COMMAND = /^::([a-z-]+)(?: [^:]*)?::(.*)$/;
/** Undoes the `%25`, `%0D`, `%0A` escaping of workflow command data. */
const unescapeData = (s) => s.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%');
/** Routes one line written to stdout by a library. */
function routeLine(line, logger) {
    const m = COMMAND.exec(line);
    if (!m) {
        if (line.trim())
            logger.info(line);
        return;
    }
    const [, cmd, data] = m;
    const text = unescapeData(data);
    if (cmd === 'debug')
        logger.debug(text);
    else if (cmd === 'warning')
        logger.warning(text);
    else if (cmd === 'error')
        logger.error(text);
    else if (cmd === 'notice')
        logger.info(text);
    else if (cmd === 'group')
        logger.info(text);
    // endgroup, add-mask, set-output, save-state, stop-commands...: nothing to show.
}
/** Redirects process.stdout writes to `logger` until the returned function is called (idempotent). */
function guardStdout(logger, stream = process.stdout) {
    const original = stream.write;
    let pending = '';
    const write = function (chunk, encoding, cb) {
        const text = typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString(typeof encoding === 'string' ? encoding : 'utf8');
        pending += text;
        const lines = pending.split(/\r?\n/);
        pending = lines.pop() ?? '';
        for (const l of lines)
            routeLine(l, logger);
        const done = typeof encoding === 'function' ? encoding : cb;
        if (typeof done === 'function')
            queueMicrotask(() => done());
        return true;
    };
    stream.write = write;
    let restored = false;
    return () => {
        if (restored)
            return;
        restored = true;
        if (pending)
            routeLine(pending, logger);
        pending = '';
        stream.write = original;
    };
}

;// CONCATENATED MODULE: ./src/cli/run.ts
/** `ai-secure-gates run`: the same engine as the action, reporting to the terminal or a file. */





















const FORMATS = ['text', 'json', 'markdown', 'sarif'];
/** Renderers by format. */
const RENDERERS = {
    text: renderText,
    json: (r) => (0,report_json/* renderJson */.h)(r),
    markdown: (r) => renderSummary(r),
    sarif: (r) => renderSarif(r, { pathPrefix: r.context?.root ?? '' })
};
function useColour(stream) {
    if (process.env.NO_COLOR !== undefined && process.env.NO_COLOR !== '')
        return false;
    if (process.env.FORCE_COLOR)
        return true;
    return Boolean(stream.isTTY);
}
async function main(argv) {
    const { values } = (0,external_node_util_.parseArgs)({
        args: argv,
        options: {
            config: { type: 'string' },
            gates: { type: 'string' },
            workspace: { type: 'string' },
            format: { type: 'string', default: 'text' },
            output: { type: 'string', short: 'o' },
            'fail-on': { type: 'string' },
            install: { type: 'string', default: 'never' },
            environment: { type: 'string' },
            'audit-log': { type: 'string' },
            help: { type: 'boolean', short: 'h' }
        },
        allowPositionals: false
    });
    if (values.help) {
        (0,log/* writeOut */.sD)(help/* RUN_HELP */.WU + '\n');
        return 0;
    }
    const format = schemas/* enum */.k5n(FORMATS).safeParse(values.format);
    if (!format.success)
        throw new errors/* ConfigError */.xL('INPUT', `--format must be one of ${FORMATS.join(', ')} (got "${values.format}")`);
    const failOn = values['fail-on'] === undefined ? undefined : common/* thresholdSchema */.P4.safeParse(values['fail-on']);
    if (failOn && !failOn.success)
        throw new errors/* ConfigError */.xL('INPUT', `--fail-on must be one of critical, high, medium, low, info, none (got "${values['fail-on']}")`);
    const install = schemas/* enum */.k5n(['auto', 'never']).safeParse(values.install);
    if (!install.success)
        throw new errors/* ConfigError */.xL('INPUT', `--install must be auto or never (got "${values.install}")`);
    const renderer = RENDERERS[format.data];
    if (!renderer)
        throw new errors/* ConfigError */.xL('INPUT', `--format ${format.data} is not available in this build`);
    let workspace;
    try {
        workspace = await (0,promises_.realpath)(external_node_path_default().resolve(values.workspace ?? '.'));
    }
    catch {
        throw new errors/* ConfigError */.xL('INPUT', `--workspace ${values.workspace}: no such folder`);
    }
    const colour = useColour(process.stderr);
    const grey = { paint: (s) => (colour ? `\u001b[90m${s}\u001b[0m` : s) };
    // Everything printed is escaped (report/log.ts): the CLI may run inside a GitHub workflow too.
    const logger = {
        debug: (m) => process.env.AI_SECURE_GATES_DEBUG && (0,log/* writeErr */.VJ)(`debug: ${m}\n`, grey),
        info: (m) => (0,log/* writeErr */.VJ)(`${m}\n`, grey),
        warning: (m) => (0,log/* writeErr */.VJ)(`warning: ${m}\n`),
        error: (m) => (0,log/* writeErr */.VJ)(`error: ${m}\n`)
    };
    const tempDir = await (0,promises_.mkdtemp)(external_node_path_default().join(external_node_os_default().tmpdir(), 'ai-secure-gates-'));
    const secrets = [];
    // stdout carries only the report: while the gates run, anything else written there (libraries'
    // workflow commands such as ::debug::, download retries) goes to stderr as plain log lines.
    const restore = guardStdout(logger);
    try {
        const { report: raw } = await runSession({
            registry: registry/* GATES */.J,
            reportRules: environmentRules,
            workspace,
            configPath: values.config,
            only: values.gates ? values.gates.split(',').map((s) => s.trim()).filter(Boolean) : undefined,
            failOn: failOn?.data,
            tools: runner/* processRunner */.qc,
            logger,
            tempDir,
            install: install.data,
            maskSecret: (v) => secrets.push(v),
            environment: values.environment || undefined,
            surface: 'cli',
            progress: progressReporter((line) => (0,log/* writeErr */.VJ)(`${line}\n`, grey)),
            onGateStart: (id) => (0,log/* writeErr */.VJ)(`… ${id}\n`, grey),
            onGateEnd: (g) => (0,log/* writeErr */.VJ)(`${g.status === 'pass' ? '✔' : g.status === 'skipped' ? '–' : '✖'} ${g.id}: ${g.status}${g.status === 'skipped' ? ` (${g.reason ?? g.summary})` : ` in ${g.durationMs} ms`}\n`, grey)
        });
        restore();
        // Before any renderer: every secret found, and anything token-shaped, masked (report/redact.ts).
        const report = await (0,redact/* redactReport */.a5)(raw, { secrets, detect: async (t) => (await (await Promise.all(/* import() */[__webpack_require__.e(2830), __webpack_require__.e(7387), __webpack_require__.e(3588)]).then(__webpack_require__.bind(__webpack_require__, 53588))).scanText(t, 'report.txt')).map((h) => h.secret) });
        const toFile = Boolean(values.output);
        const painted = !toFile && format.data === 'text' && useColour(process.stdout);
        const text = renderer(report, painted);
        if (values['audit-log']) {
            // The audit record (docs/audit-record.md), appended to a JSON Lines file inside the workspace.
            const { appendAuditLog, buildAuditRecord } = await __webpack_require__.e(/* import() */ 1195).then(__webpack_require__.bind(__webpack_require__, 3576));
            const json = (0,report_json/* renderJson */.h)(report);
            const trigger = (await __webpack_require__.e(/* import() */ 4552).then(__webpack_require__.bind(__webpack_require__, 62171))).localTrigger(workspace);
            const record = buildAuditRecord(report, { trigger, report: { path: values.output && format.data === 'json' ? values.output : '(stdout)', text: json } });
            await appendAuditLog(workspace, values['audit-log'], record);
        }
        if (values.output)
            await (0,promises_.writeFile)(external_node_path_default().resolve(values.output), text);
        else if (format.data === 'json' || format.data === 'sarif')
            (0,log/* writeMachine */.hY)(text);
        else
            (0,log/* writeOut */.sD)(text, { keepSgr: painted });
        return exitCodeFor(report.status);
    }
    finally {
        restore();
        await (0,promises_.rm)(tempDir, { recursive: true, force: true });
    }
}


/***/ }),

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

/***/ 78306:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Jb: () => (/* binding */ toolUnavailable),
/* harmony export */   i6: () => (/* binding */ networkOnlyErrors),
/* harmony export */   y9: () => (/* binding */ toolFix)
/* harmony export */ });
/* unused harmony exports networkProblem, failedHost, fullText */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(17679);
/**
 * "Not checked" as opposed to "could not decide": a gate that runs only because it is on by
 * default, and cannot get its tool (not installed and install is never, or no network to install
 * it or its database), did not examine anything. That is reported as skipped, with a NotChecked
 * entry naming what, why and the fix, and the run's verdict covers what was checked. A gate the
 * config asks for stays `error` in the same situation.
 */

const NETWORK = [
    [/ENOTFOUND|EAI_AGAIN|getaddrinfo|Temporary failure in name resolution|Name or service not known|Could not resolve host|no such host|nodename nor servname/i, 'a DNS lookup failed'],
    [/ECONNREFUSED|Connection refused/i, 'the connection was refused'],
    [/ENETUNREACH|EHOSTUNREACH|Network is unreachable|No route to host/i, 'the network is unreachable'],
    [/ETIMEDOUT|ConnectTimeout|timed out while connecting|i\/o timeout|Connection timed out/i, 'the connection timed out'],
    [/ECONNRESET|Connection reset/i, 'the connection was reset'],
    [/Failed to establish a new connection|NewConnectionError|Max retries exceeded with url|ProxyError|certificate verify failed|CERT_|SELF_SIGNED/i, 'a connection could not be made']
];
/** The kind of network failure named in an error text ("a DNS lookup failed"), or null. */
function networkProblem(text) {
    for (const [re, what] of NETWORK)
        if (re.test(text))
            return what;
    return null;
}
/** The host a DNS error names, when it does (getaddrinfo ENOTFOUND github.com, lookup ghcr.io ... no such host). */
function failedHost(text) {
    return /(?:ENOTFOUND|EAI_AGAIN)\s+([A-Za-z0-9.-]+)/.exec(text)?.[1] ?? /lookup\s+([A-Za-z0-9.-]+)(?:\s+on\s+\S+)?:\s*no such host/i.exec(text)?.[1] ?? null;
}
/** Text of an error and its causes (a download error wraps the socket error). */
function fullText(e) {
    const parts = [];
    let cur = e;
    for (let depth = 0; cur && depth < 5; depth++) {
        if (cur && typeof cur === 'object' && 'message' in cur) {
            parts.push(String(cur.message), String(cur.code ?? ''), String(cur.hostname ?? ''));
            if (cur instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ToolError */ .v4 && cur.stderrTail)
                parts.push(cur.stderrTail);
            cur = cur.cause;
        }
        else {
            parts.push(String(cur));
            break;
        }
    }
    return parts.join('\n');
}
/** Whether a thrown error means "the gate's tool could not be had" (missing, or no network to install it). */
function toolUnavailable(e) {
    if (!(e instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ToolError */ .v4))
        return null;
    const text = fullText(e);
    const tool = e.tool ?? /^([\w.-]+)(?: [\d.]+)?(?::| not found)/.exec(e.message)?.[1] ?? null;
    if (e.code === 'TOOL_NOT_FOUND')
        return { tool, reason: `${tool ?? 'its tool'} is not installed`, network: false };
    // This build carries no complete hash-pinned lock for the tool, so it never installs it: the tool cannot be had here.
    if (e.code === 'TOOL_INSTALL' && /no complete hash-pinned lock/.test(e.message)) {
        return { tool, reason: `${tool ?? 'its tool'} is not installed, and this build cannot install it (no complete hash-pinned lock)`, network: false, selfInstall: true };
    }
    const net = networkProblem(text);
    if (net && (e.code === 'TOOL_INSTALL' || e.code === 'TOOL_FAILED')) {
        const host = failedHost(text);
        return { tool, reason: `${tool ?? 'its tool'} could not be installed: no network (${net}${host ? ` for ${host}` : ''})`, network: true };
    }
    return null;
}
/**
 * Error texts a gate returned (not thrown) that all say the network was missing, e.g. trivy
 * failing to download its vulnerability DB; null when any error has another cause.
 */
function networkOnlyErrors(errors) {
    if (!errors.length)
        return null;
    const kinds = errors.map(networkProblem);
    if (kinds.some((k) => k === null))
        return null;
    const host = errors.map(failedHost).find(Boolean);
    return `no network (${kinds[0]}${host ? ` for ${host}` : ''})`;
}
/** The one fix for a tool that could not be had, written for the surface the user is on. */
function toolFix(u, surface, gate, install) {
    const tool = u.tool ?? `the ${gate} gate's tool`;
    if (u.selfInstall)
        return surface === 'cli' ? `install ${tool} and put it on PATH` : `install ${tool} in an earlier step`;
    if (!u.network && install === 'never') {
        return surface === 'cli' ? `rerun with --install auto (or put ${tool} on PATH)` : `set the action input install: auto (or install ${tool} in an earlier step)`;
    }
    if (!u.network)
        return `put ${tool} on PATH`;
    return surface === 'cli' ? `run where the network is reachable, or install ${tool} and put it on PATH` : `allow the runner to reach the network, or install ${tool} in an earlier step`;
}


/***/ }),

/***/ 23190:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bu: () => (/* binding */ lazyInventory),
/* harmony export */   S1: () => (/* binding */ findInventory),
/* harmony export */   gA: () => (/* binding */ describeContainerFiles)
/* harmony export */ });
/* unused harmony exports SKIPPED_FOLDERS, sniffInfra */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/**
 * The workspace's project files that decide whether a default gate applies: Python dependency
 * manifests (dependencies gate) and container / infrastructure-as-code files (container gate).
 * Found in one bounded walk that never follows a symlink and skips version control, vendored
 * code and virtual environments (a folder holding pyvenv.cfg or conda-meta is an environment).
 */


/** Folders never walked: version control, dependencies of other ecosystems, vendored code, caches. */
const SKIPPED_FOLDERS = new Set([
    '.git', '.hg', '.svn', 'node_modules', 'bower_components', '.venv', 'venv', 'virtualenv', '.virtualenv', 'site-packages', 'dist-packages',
    '__pypackages__', '.tox', '.nox', '.eggs', '__pycache__', '.mypy_cache', '.pytest_cache', '.ruff_cache', '.ipynb_checkpoints',
    'vendor', 'vendored', '_vendor', 'third_party', 'third-party', 'thirdparty', '.terraform', '.terragrunt-cache', '.cache', '.idea', '.vscode'
]);
const DOCKERFILE = /^(?:dockerfile|containerfile)(?:[._-].*)?$|\.(?:dockerfile|containerfile)$/i;
const COMPOSE = /^(?:docker-)?compose(?:[._-][\w.-]*)?\.ya?ml$/i;
const TERRAFORM = /\.tf(?:\.json)?$/i;
const YAML_OR_JSON = /\.(?:ya?ml|json|template)$/i;
const REQUIREMENTS = /requirements[\w.-]*\.txt$|^(?:constraints|requires)[\w.-]*\.txt$/i;
const LOCKS = new Set(['pipfile', 'pipfile.lock', 'poetry.lock', 'uv.lock', 'pdm.lock', 'pylock.toml']);
const PYLOCK = /^pylock\.[\w.-]+\.toml$/i;
const K8S = /^apiVersion:\s*["']?[\w./-]+["']?\s*$[\s\S]*^kind:\s*["']?[A-Z]\w*|^kind:\s*["']?[A-Z]\w*["']?\s*$[\s\S]*^apiVersion:\s*\S/m;
const CLOUDFORMATION = /AWSTemplateFormatVersion|["']?Type["']?\s*:\s*["']?AWS::[A-Za-z0-9]+::/;
function byName(name, parent) {
    const lower = name.toLowerCase();
    if (DOCKERFILE.test(name))
        return 'dockerfile';
    if (COMPOSE.test(name))
        return 'compose';
    if (lower === 'chart.yaml' || lower === 'chart.yml')
        return 'helm';
    if (lower === 'kustomization.yaml' || lower === 'kustomization.yml')
        return 'kustomize';
    if (TERRAFORM.test(name))
        return 'terraform';
    if (lower === 'pyproject.toml')
        return 'pyproject';
    if (LOCKS.has(lower) || PYLOCK.test(name))
        return 'lock';
    if (REQUIREMENTS.test(name) || (parent.toLowerCase() === 'requirements' && lower.endsWith('.txt')))
        return 'requirements';
    if (YAML_OR_JSON.test(name))
        return 'sniff';
    return null;
}
async function head(abs, bytes) {
    const fh = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.open)(abs, 'r');
    try {
        const buf = Buffer.alloc(bytes);
        const { bytesRead } = await fh.read(buf, 0, bytes, 0);
        return buf.subarray(0, bytesRead).toString('utf8');
    }
    finally {
        await fh.close();
    }
}
/** Kubernetes manifest or CloudFormation template, from the first 16 KiB of a YAML/JSON file. */
function sniffInfra(text) {
    if (CLOUDFORMATION.test(text))
        return 'cloudformation';
    if (K8S.test(text))
        return 'kubernetes';
    return null;
}
/** Walks the workspace once and lists its dependency manifests and container/IaC files. */
async function findInventory(workspace, opts = {}) {
    const maxEntries = opts.maxEntries ?? 500_000;
    const maxSniffed = opts.maxSniffed ?? 5_000;
    const container = [];
    const dependencies = [];
    const sniff = [];
    let entries = 0;
    let filesSeen = 0;
    let truncated = false;
    // Breadth-first with an explicit queue: no recursion depth to exhaust on a deep tree.
    const queue = [''];
    for (let qi = 0; qi < queue.length && !truncated; qi++) {
        const rel = queue[qi];
        let list;
        try {
            list = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readdir)(rel ? node_path__WEBPACK_IMPORTED_MODULE_1___default().join(workspace, rel) : workspace, { withFileTypes: true });
        }
        catch {
            continue;
        }
        if (rel && list.some((d) => (d.name === 'pyvenv.cfg' && d.isFile()) || (d.name === 'conda-meta' && d.isDirectory())))
            continue;
        const parent = rel ? node_path__WEBPACK_IMPORTED_MODULE_1___default().posix.basename(rel) : '';
        for (const d of list) {
            if (++entries > maxEntries) {
                truncated = true;
                break;
            }
            const childRel = rel ? `${rel}/${d.name}` : d.name;
            if (d.isDirectory()) {
                if (!SKIPPED_FOLDERS.has(d.name) && !d.name.endsWith('.egg-info'))
                    queue.push(childRel);
                continue;
            }
            if (!d.isFile())
                continue; // symlinks are not followed
            filesSeen++;
            const kind = byName(d.name, parent);
            if (kind === null)
                continue;
            if (kind === 'sniff') {
                if (sniff.length < maxSniffed)
                    sniff.push(childRel);
            }
            else if (kind === 'requirements' || kind === 'pyproject' || kind === 'lock') {
                dependencies.push({ path: childRel, kind });
            }
            else {
                container.push({ path: childRel, kind });
            }
        }
    }
    // Recognise Kubernetes manifests and CloudFormation templates by content, a few files at a time.
    let next = 0;
    const worker = async () => {
        while (next < sniff.length) {
            const rel = sniff[next++];
            let text;
            try {
                text = await head(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(workspace, ...rel.split('/')), 16 * 1024);
            }
            catch {
                continue;
            }
            const kind = sniffInfra(text);
            if (kind)
                container.push({ path: rel, kind });
        }
    };
    await Promise.all(Array.from({ length: 8 }, worker));
    const byPath = (a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0);
    return { filesSeen, truncated, container: container.sort(byPath), dependencies: dependencies.sort(byPath) };
}
/** "the Dockerfile, 2 Terraform files and 1 Kubernetes manifest": what the container gate would scan. */
function describeContainerFiles(files) {
    const names = {
        dockerfile: ['Dockerfile', 'Dockerfiles'],
        compose: ['compose file', 'compose files'],
        kubernetes: ['Kubernetes manifest', 'Kubernetes manifests'],
        helm: ['Helm chart', 'Helm charts'],
        kustomize: ['kustomization', 'kustomizations'],
        terraform: ['Terraform file', 'Terraform files'],
        cloudformation: ['CloudFormation template', 'CloudFormation templates']
    };
    const counts = new Map();
    for (const f of files)
        counts.set(f.kind, (counts.get(f.kind) ?? 0) + 1);
    const parts = Object.keys(names).filter((k) => counts.has(k)).map((k) => `${counts.get(k)} ${names[k][counts.get(k) === 1 ? 0 : 1]}`);
    return parts.length <= 1 ? (parts[0] ?? 'no files') : `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}`;
}
/** Memoised per run: the engine gives each gate the same walk. */
function lazyInventory(workspace, opts) {
    let p = null;
    return () => (p ??= findInventory(workspace, opts));
}


/***/ }),

/***/ 61655:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _$: () => (/* binding */ lineStarts),
/* harmony export */   os: () => (/* binding */ tailLines),
/* harmony export */   t$: () => (/* binding */ positionAt)
/* harmony export */ });
/** Line and column of offsets in a text (tool output, notebook JSON, scanned files). */
/** Offsets at which each line starts (line 1 starts at 0). */
function lineStarts(text) {
    const starts = [0];
    for (let i = 0; i < text.length; i++)
        if (text.charCodeAt(i) === 10)
            starts.push(i + 1);
    return starts;
}
/** 1-based line and column of a character offset, given lineStarts(text). */
function positionAt(starts, offset) {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (starts[mid] <= offset)
            lo = mid;
        else
            hi = mid - 1;
    }
    return { line: lo + 1, column: offset - starts[lo] + 1 };
}
/** The last `lines` lines of a text (a tool's stderr, an error), trailing blank space removed. */
function tailLines(text, lines = 20) {
    return text.trimEnd().split(/\r?\n/).slice(-lines).join('\n');
}


/***/ }),

/***/ 1448:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   JM: () => (/* binding */ policyInput),
/* harmony export */   N5: () => (/* binding */ waiversUsed)
/* harmony export */ });
/* unused harmony export MAX_MESSAGE */
/* harmony import */ var _engine_types_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3171);
/**
 * The policy input: what environment rules see of a Report (docs/policy.md lists every key). Built
 * from the report after the gates ran and the waivers applied; plain JSON values only.
 */

const DAY = 86_400_000;
/** Characters of a finding's message a rule sees. */
const MAX_MESSAGE = 2000;
function waiverKey(w) {
    return JSON.stringify([w.gate, w.rule ?? '', w.path ?? '', w.fingerprint ?? '', w.expires]);
}
/** The waivers that suppressed at least one finding in this run, with days left before they expire. */
function waiversUsed(report, today) {
    const used = new Map();
    const t = Date.parse(today);
    for (const g of report.gates) {
        for (const f of g.findings) {
            if (!f.waiver)
                continue;
            const key = waiverKey(f.waiver);
            const seen = used.get(key);
            if (seen)
                seen.findings++;
            else
                used.set(key, { ...f.waiver, daysLeft: Math.round((Date.parse(f.waiver.expires) - t) / DAY), findings: 1 });
        }
    }
    return [...used.values()];
}
function counted(findings) {
    const by = Object.fromEntries(_engine_types_js__WEBPACK_IMPORTED_MODULE_0__/* .SEVERITIES */ .oC.map((s) => [s, 0]));
    for (const f of findings)
        if (!f.suppressed)
            by[f.severity]++;
    return by;
}
function policyInput(report, environment, today) {
    const gates = {};
    for (const g of report.gates) {
        const active = g.findings.filter((f) => !f.suppressed);
        gates[g.id] = {
            status: g.status,
            summary: g.summary,
            findings: active.length,
            blocking: g.findings.filter((f) => f.blocking).length,
            suppressed: g.findings.length - active.length,
            bySeverity: counted(g.findings),
            errors: g.errors.length,
            tool: g.tool?.name ?? '',
            checks: g.checks.map((c) => ({ name: c.name, target: c.target, outcome: c.outcome, details: c.details })),
            // Machine-readable facts a gate gives (the approval gate's reviewers and rules), when it gives them.
            ...(g.data ? { data: g.data } : {})
        };
    }
    return {
        environment,
        status: report.status,
        today,
        gates,
        findings: report.gates.flatMap((g) => g.findings.map((f) => ({
            gate: f.gate,
            ruleId: f.ruleId,
            severity: f.severity,
            blocking: f.blocking,
            suppressed: f.suppressed,
            waived: f.waiver !== null,
            path: f.location.path,
            // Capped: rules may run regular expressions over it (src/release/policy/cel.ts).
            message: f.message.length > MAX_MESSAGE ? f.message.slice(0, MAX_MESSAGE) : f.message
        }))),
        waivers: waiversUsed(report, today),
        waiverNotes: report.waivers.map((n) => ({ ...n.waiver, state: n.state, message: n.message })),
        notChecked: (report.notChecked ?? []).map((n) => ({ ...n })),
        context: { ...(report.context ?? {}) }
    };
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


/***/ }),

/***/ 25761:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   os: () => (/* reexport safe */ _engine_text_js__WEBPACK_IMPORTED_MODULE_4__.os),
/* harmony export */   qc: () => (/* binding */ processRunner),
/* harmony export */   vX: () => (/* binding */ TailBuffer)
/* harmony export */ });
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(31421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _engine_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(17679);
/* harmony import */ var _engine_text_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(61655);
/**
 * Runs external tools with an argv array (never a shell), a time limit, a bounded stderr tail and
 * the exit code left for the caller to interpret (exit codes are ambiguous: research/tool-formats.md).
 * Each tool runs in its own process group: on time-out or abort the whole group (the tool and
 * every child it started) gets SIGTERM, then SIGKILL 3 s later, and the run ends even if something
 * still holds the pipes, so the step ends within seconds of its limit.
 */




const TAIL_BYTES = 8192;
const KILL_GRACE_MS = 3000;
/** Process groups of tools still running: stopped when the action or CLI exits. */
const LIVE_GROUPS = new Set();
process.once('exit', () => {
    for (const pid of LIVE_GROUPS)
        killGroup(pid, null, 'SIGKILL');
});
function killGroup(pid, child, sig) {
    try {
        if (pid && process.platform !== 'win32')
            process.kill(-pid, sig);
        else
            child?.kill(sig);
    }
    catch {
        // already gone
    }
}
/** Keeps only the last `limit` bytes of what is appended. */
class TailBuffer {
    limit;
    chunks = [];
    size = 0;
    constructor(limit) {
        this.limit = limit;
    }
    push(chunk) {
        this.chunks.push(chunk);
        this.size += chunk.length;
        while (this.size - this.chunks[0].length >= this.limit)
            this.size -= this.chunks.shift().length;
    }
    toString() {
        const all = Buffer.concat(this.chunks);
        return all.subarray(Math.max(0, all.length - this.limit)).toString('utf8');
    }
}
/** Kept here for the tool runners' callers; it lives in engine/text.ts so the engine need not import tools/. */

const processRunner = {
    async run(command, args, options) {
        const started = Date.now();
        return new Promise((resolve, reject) => {
            const child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)(command, args, {
                cwd: options.cwd,
                env: { ...process.env, ...options.env },
                stdio: ['ignore', 'pipe', 'pipe'],
                shell: false,
                // Its own process group (POSIX), so a time-out stops the children it starts too.
                detached: process.platform !== 'win32'
            });
            if (child.pid)
                LIVE_GROUPS.add(child.pid);
            const stderr = new TailBuffer(TAIL_BYTES);
            const stdout = [];
            let stdoutSize = 0;
            const maxStdout = options.maxStdout ?? 64 * 1024 * 1024;
            child.stdout.on('data', (c) => {
                if (!options.captureStdout || stdoutSize >= maxStdout)
                    return;
                stdout.push(c);
                stdoutSize += c.length;
            });
            child.stderr.on('data', (c) => stderr.push(c));
            let timedOut = false;
            let settled = false;
            const kill = () => {
                killGroup(child.pid, child, 'SIGTERM');
                setTimeout(() => killGroup(child.pid, child, 'SIGKILL'), KILL_GRACE_MS).unref();
                // Whatever still holds the pipes (a child that left the group), the run ends here.
                setTimeout(() => {
                    if (settled)
                        return;
                    child.stdout.destroy();
                    child.stderr.destroy();
                    finish(null, 'SIGKILL');
                }, KILL_GRACE_MS + 2000).unref();
            };
            const timer = setTimeout(() => {
                timedOut = true;
                kill();
            }, options.timeoutMs);
            const onAbort = () => kill();
            options.signal?.addEventListener('abort', onAbort, { once: true });
            child.on('error', (e) => {
                if (settled)
                    return;
                settled = true;
                if (child.pid)
                    LIVE_GROUPS.delete(child.pid);
                clearTimeout(timer);
                options.signal?.removeEventListener('abort', onAbort);
                const code = e.code === 'ENOENT' ? 'TOOL_NOT_FOUND' : 'TOOL_FAILED';
                reject(new _engine_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ToolError */ .v4(code, `could not start ${command}: ${e.message}`, { cause: e }));
            });
            const finish = (code, sig) => {
                if (settled)
                    return;
                settled = true;
                if (child.pid)
                    LIVE_GROUPS.delete(child.pid);
                // The tool ended: anything it left running in its group goes with it.
                if (child.pid && process.platform !== 'win32')
                    killGroup(child.pid, null, 'SIGKILL');
                clearTimeout(timer);
                options.signal?.removeEventListener('abort', onAbort);
                const tail = stderr.toString();
                if (timedOut) {
                    reject(new _engine_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ToolError */ .v4('TOOL_TIMEOUT', `${node_path__WEBPACK_IMPORTED_MODULE_2___default().basename(command)} did not finish within ${Math.round(options.timeoutMs / 1000)} s and was stopped`, {
                        stderrTail: tail
                    }));
                    return;
                }
                if (options.signal?.aborted) {
                    reject(new _engine_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ToolError */ .v4('TOOL_TIMEOUT', `${node_path__WEBPACK_IMPORTED_MODULE_2___default().basename(command)} was stopped: the gate's time limit was reached`, { stderrTail: tail }));
                    return;
                }
                resolve({
                    exitCode: code ?? (sig ? 128 : 1),
                    stdout: Buffer.concat(stdout).toString('utf8'),
                    stderrTail: tail,
                    durationMs: Date.now() - started
                });
            };
            child.on('close', finish);
        });
    },
    async which(name) {
        const exts = process.platform === 'win32' ? ['.exe', '.cmd', ''] : [''];
        for (const dir of (process.env.PATH ?? '').split((node_path__WEBPACK_IMPORTED_MODULE_2___default().delimiter))) {
            if (!dir)
                continue;
            for (const ext of exts) {
                const candidate = node_path__WEBPACK_IMPORTED_MODULE_2___default().join(dir, name + ext);
                try {
                    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.access)(candidate, node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.constants.X_OK);
                    return candidate;
                }
                catch {
                    /* not here */
                }
            }
        }
        return null;
    }
};


/***/ })

};
