export const id = 448;
export const ids = [448];
export const modules = {

/***/ 47448:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  codeGate: () => (/* binding */ codeGate)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/engine/errors.ts
var engine_errors = __webpack_require__(17679);
// EXTERNAL MODULE: ./src/engine/paths.ts
var paths = __webpack_require__(4886);
// EXTERNAL MODULE: ./src/parsers/common.ts
var common = __webpack_require__(40743);
// EXTERNAL MODULE: ./src/tools/resolve.ts
var resolve = __webpack_require__(28879);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
var external_node_os_default = /*#__PURE__*/__webpack_require__.n(external_node_os_);
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 15 modules
var schemas = __webpack_require__(9691);
;// CONCATENATED MODULE: ./src/parsers/bandit.ts
/**
 * bandit JSON (Debian's 1.6.2 and 1.7-1.9) -> findings. 1.6.2 writes float metrics and has no
 * columns or CWE; newer versions add col_offset, end_col_offset and issue_cwe.
 * bandit SARIF (`-f sarif`, 1.7.8+ with the sarif extra) -> the same findings: parseBanditSarif.
 * Severity mapping (bandit severity x confidence):
 *
 *   severity \ confidence   HIGH     MEDIUM   LOW
 *   HIGH                    high     high     medium
 *   MEDIUM                  medium   medium   low
 *   LOW                     low      low      info
 *   UNDEFINED               info     info     info
 */



const level = schemas/* enum */.k5n(['HIGH', 'MEDIUM', 'LOW', 'UNDEFINED']);
const resultSchema = schemas/* looseObject */._H3({
    code: schemas/* string */.YjP().optional(),
    filename: schemas/* string */.YjP(),
    issue_confidence: level,
    issue_severity: level,
    issue_cwe: schemas/* looseObject */._H3({ id: schemas/* number */.aig().optional(), link: schemas/* string */.YjP().optional() }).optional(),
    issue_text: schemas/* string */.YjP(),
    line_number: schemas/* number */.aig().int(),
    line_range: schemas/* array */.YOg(schemas/* number */.aig().int()).optional(),
    col_offset: schemas/* number */.aig().int().optional(),
    end_col_offset: schemas/* number */.aig().int().optional(),
    more_info: schemas/* string */.YjP().optional(),
    test_id: schemas/* string */.YjP(),
    test_name: schemas/* string */.YjP()
});
const banditReportSchema = schemas/* looseObject */._H3({
    errors: schemas/* array */.YOg(schemas/* looseObject */._H3({ filename: schemas/* string */.YjP(), reason: schemas/* string */.YjP() })),
    generated_at: schemas/* string */.YjP().optional(),
    metrics: schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* unknown */.L5J()).optional(),
    results: schemas/* array */.YOg(resultSchema)
});
const MAP = {
    HIGH: { HIGH: 'high', MEDIUM: 'high', LOW: 'medium', UNDEFINED: 'medium' },
    MEDIUM: { HIGH: 'medium', MEDIUM: 'medium', LOW: 'low', UNDEFINED: 'low' },
    LOW: { HIGH: 'low', MEDIUM: 'low', LOW: 'info', UNDEFINED: 'info' },
    UNDEFINED: { HIGH: 'info', MEDIUM: 'info', LOW: 'info', UNDEFINED: 'info' }
};
function banditSeverity(severity, confidence) {
    return MAP[severity]?.[confidence] ?? 'info';
}
/** The flagged source line from bandit's `code` excerpt ("<n> <text>\n" lines). */
function flaggedLine(r) {
    if (!r.code)
        return undefined;
    for (const line of r.code.split('\n')) {
        const m = /^(\d+)\s(.*)$/s.exec(line);
        if (m && Number(m[1]) === r.line_number)
            return m[2];
    }
    return undefined;
}
function parseBandit(text, workspace) {
    const report = (0,common/* parseJsonWith */._x)(banditReportSchema, text, 'bandit');
    const findings = report.results.map((r) => {
        const path = (0,common/* normaliseToolPath */._q)(r.filename, workspace);
        const endLine = r.line_range && r.line_range.length ? Math.max(...r.line_range) : r.line_number;
        const cwe = r.issue_cwe?.id ? ` (CWE-${r.issue_cwe.id})` : '';
        return {
            ruleId: r.test_id,
            severity: banditSeverity(r.issue_severity, r.issue_confidence),
            title: `${r.test_id} ${r.test_name}`,
            message: `${r.issue_text}${cwe} [bandit ${r.test_id}, severity ${r.issue_severity.toLowerCase()}, confidence ${r.issue_confidence.toLowerCase()}]`,
            location: {
                path,
                startLine: r.line_number,
                endLine: endLine >= r.line_number ? endLine : r.line_number,
                startColumn: r.col_offset !== undefined ? r.col_offset + 1 : null,
                endColumn: r.end_col_offset !== undefined && r.end_col_offset > 0 ? r.end_col_offset + 1 : null
            },
            help: { text: `${r.test_name}: ${r.issue_text}`, uri: r.more_info },
            fingerprintKey: flaggedLine(r) ?? r.issue_text,
            properties: { tool: 'bandit', testName: r.test_name, banditSeverity: r.issue_severity, banditConfidence: r.issue_confidence, ...(r.issue_cwe?.id ? { cwe: r.issue_cwe.id } : {}) }
        };
    });
    const errors = report.errors.map((e) => ({ path: (0,common/* normaliseToolPath */._q)(e.filename, workspace), reason: e.reason }));
    const scanned = Object.keys(report.metrics ?? {})
        .filter((k) => k !== '_totals')
        .map((k) => (0,common/* normaliseToolPath */._q)(k, workspace));
    return { findings, errors, scanned };
}
const sarifRegion = schemas/* looseObject */._H3({
    startLine: schemas/* number */.aig().int(),
    endLine: schemas/* number */.aig().int().optional(),
    startColumn: schemas/* number */.aig().int().optional(),
    endColumn: schemas/* number */.aig().int().optional(),
    snippet: schemas/* looseObject */._H3({ text: schemas/* string */.YjP() }).optional()
});
const sarifLocation = schemas/* looseObject */._H3({
    physicalLocation: schemas/* looseObject */._H3({ artifactLocation: schemas/* looseObject */._H3({ uri: schemas/* string */.YjP() }), region: sarifRegion.optional() })
});
const banditSarifSchema = schemas/* looseObject */._H3({
    version: schemas/* literal */.euz('2.1.0'),
    runs: schemas/* array */.YOg(schemas/* looseObject */._H3({
        tool: schemas/* looseObject */._H3({
            driver: schemas/* looseObject */._H3({
                name: schemas/* string */.YjP(),
                version: schemas/* string */.YjP().optional(),
                rules: schemas/* array */.YOg(schemas/* looseObject */._H3({ id: schemas/* string */.YjP(), name: schemas/* string */.YjP().optional(), helpUri: schemas/* string */.YjP().optional(), properties: schemas/* looseObject */._H3({ tags: schemas/* array */.YOg(schemas/* string */.YjP()).optional() }).optional() })).optional()
            })
        }),
        invocations: schemas/* array */.YOg(schemas/* looseObject */._H3({
            toolConfigurationNotifications: schemas/* array */.YOg(schemas/* looseObject */._H3({ message: schemas/* looseObject */._H3({ text: schemas/* string */.YjP() }), locations: schemas/* array */.YOg(sarifLocation).optional() }))
                .optional()
        }))
            .optional(),
        properties: schemas/* looseObject */._H3({ metrics: schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* unknown */.L5J()).optional() }).optional(),
        results: schemas/* array */.YOg(schemas/* looseObject */._H3({
            ruleId: schemas/* string */.YjP(),
            message: schemas/* looseObject */._H3({ text: schemas/* string */.YjP() }),
            locations: schemas/* array */.YOg(sarifLocation).min(1),
            properties: schemas/* looseObject */._H3({ issue_confidence: level, issue_severity: level })
        }))
    }))
        .length(1)
});
/** The version bandit wrote in a SARIF report (`tool.driver.version`), or null. */
function banditSarifVersion(text) {
    return parseJsonWith(banditSarifSchema, text, 'bandit SARIF').runs[0].tool.driver.version ?? null;
}
/**
 * bandit's SARIF report -> the findings, errors and scanned files its JSON report gives. SARIF
 * columns are already 1-based; a file bandit could not parse is a tool configuration notification.
 * One difference bandit's formatter makes: a SARIF region starts at the statement's first line
 * (line_range[0]) and ends at line_range[1] (not the range's last line), where JSON's line_number
 * is the flagged line (for `subprocess.call(` over four lines, B602 is on the `shell=True` line in
 * JSON, lines 1-2 of the call in SARIF). The code gate runs bandit with JSON.
 */
function parseBanditSarif(text, workspace) {
    const run = parseJsonWith(banditSarifSchema, text, 'bandit SARIF').runs[0];
    if (run.tool.driver.name.toLowerCase() !== 'bandit')
        throw new ParseError(`bandit SARIF: the report was written by ${run.tool.driver.name}, not bandit`);
    const rules = new Map((run.tool.driver.rules ?? []).map((r) => [r.id, r]));
    const findings = run.results.map((r) => {
        const loc = r.locations[0].physicalLocation;
        const region = loc.region;
        const rule = rules.get(r.ruleId);
        const name = rule?.name ?? r.ruleId;
        const cweTag = rule?.properties?.tags?.map((t) => /^external\/cwe\/cwe-(\d+)$/.exec(t)).find((m) => m);
        const cwe = cweTag ? Number(cweTag[1]) : null;
        const sev = r.properties.issue_severity;
        const conf = r.properties.issue_confidence;
        const startLine = region?.startLine ?? null;
        const snippet = region?.snippet?.text.replace(/\r?\n$/, '');
        return {
            ruleId: r.ruleId,
            severity: banditSeverity(sev, conf),
            title: `${r.ruleId} ${name}`,
            message: `${r.message.text}${cwe ? ` (CWE-${cwe})` : ''} [bandit ${r.ruleId}, severity ${sev.toLowerCase()}, confidence ${conf.toLowerCase()}]`,
            location: {
                path: normaliseToolPath(decodeURIComponent(loc.artifactLocation.uri.replace(/^file:\/\//, '')), workspace),
                startLine,
                endLine: region?.endLine !== undefined && startLine !== null && region.endLine >= startLine ? region.endLine : startLine,
                startColumn: region?.startColumn ?? null,
                endColumn: region?.endColumn !== undefined && region.endColumn > 1 ? region.endColumn : null
            },
            help: { text: `${name}: ${r.message.text}`, uri: rule?.helpUri },
            fingerprintKey: snippet?.trim() || r.message.text,
            properties: { tool: 'bandit', testName: name, banditSeverity: sev, banditConfidence: conf, ...(cwe ? { cwe } : {}) }
        };
    });
    const errors = (run.invocations ?? []).flatMap((inv) => (inv.toolConfigurationNotifications ?? []).map((n) => ({
        path: normaliseToolPath(decodeURIComponent(n.locations?.[0]?.physicalLocation.artifactLocation.uri.replace(/^file:\/\//, '') ?? ''), workspace),
        reason: n.message.text
    })));
    const scanned = Object.keys(run.properties?.metrics ?? {})
        .filter((k) => k !== '_totals')
        .map((k) => normaliseToolPath(k, workspace));
    return { findings, errors, scanned };
}

// EXTERNAL MODULE: ./src/tools/runner.ts
var runner = __webpack_require__(25761);
;// CONCATENATED MODULE: ./src/gates/code/bandit.ts
/**
 * bandit in the code gate: one process over the file list the gate walked (the Python files and
 * the notebooks' extracted code), with the selection flags of the config and of the repository's
 * own bandit settings. bandit is given files, never folders, so it neither walks the tree again
 * nor follows symlinks, and applies no exclusion of its own (`-x ''`; the gate excluded already).
 * A large tree is shared among one bandit process per core, run at once (execBandit); a file list
 * too long for one command line is split over as few runs as fit.
 */







/** Most bytes of file arguments per bandit run (Linux allows 2 MiB of argv and environment together). */
const MAX_ARG_BYTES = 512 * 1024;
/** bandit's selection flags (-s/-t/-c/--ini) from the config and the repository's settings, without targets. */
function banditSelection(ctx, settings) {
    const c = ctx.config;
    const py = settings.pyproject;
    const skip = c.skip.length ? c.skip : (py?.skips ?? []);
    const tests = c.tests.length ? c.tests : (py?.tests ?? []);
    const args = ['-x', ''];
    if (skip.length)
        args.push('-s', skip.join(','));
    if (tests.length)
        args.push('-t', tests.join(','));
    if (c['bandit-config'])
        args.push('-c', (0,paths.resolveInside)(ctx.workspace, c['bandit-config'], 'gates.code.bandit-config'));
    if (settings.iniFile)
        args.push('--ini', settings.iniFile);
    return args;
}
/** Splits file arguments into runs of at most MAX_ARG_BYTES each. */
function batches(files, max = MAX_ARG_BYTES) {
    const out = [];
    let cur = [];
    let size = 0;
    for (const f of files) {
        const n = Buffer.byteLength(f) + 1;
        if (cur.length && size + n > max) {
            out.push(cur);
            cur = [];
            size = 0;
        }
        cur.push(f);
        size += n;
    }
    if (cur.length)
        out.push(cur);
    return out;
}
async function execOnce(ctx, tool, args) {
    const outFile = external_node_path_default().join(ctx.tempDir, `bandit-${process.pid}-${Date.now()}-${Math.random().toString(36).slice(2, 8)}.json`);
    const full = [...args, '-f', 'json', '-o', outFile, '-q'];
    ctx.logger.debug(`bandit ${full.length > 40 ? `${full.slice(0, 40).join(' ')} ... (${full.length} arguments)` : full.join(' ')}`);
    const r = await ctx.tools.run(tool.path, full, { cwd: ctx.workspace, timeoutMs: 30 * 60_000, signal: ctx.signal });
    // the messages below name the version, read alongside the run
    await tool.versionReady;
    // bandit: 0 = no issues, 1 = issues, anything else = it failed. Decide from the report either way.
    if (r.exitCode !== 0 && r.exitCode !== 1) {
        throw new engine_errors/* ToolError */.v4('TOOL_FAILED', `bandit ${tool.version ?? ''} exited with code ${r.exitCode}`.replace('  ', ' '), { stderrTail: r.stderrTail });
    }
    let text;
    try {
        text = await (0,promises_.readFile)(outFile, 'utf8');
    }
    catch {
        throw new engine_errors/* ToolError */.v4('TOOL_FAILED', `bandit exited ${r.exitCode} but wrote no report`, { stderrTail: r.stderrTail });
    }
    const parsed = parseBandit(text, ctx.workspace);
    // bandit 1.6.2 on Python 3.11 loses some plugin checks with a logged exception and no error entry.
    const lost = new Set();
    for (const m of r.stderrTail.matchAll(/Bandit internal error running: (\w+)/g))
        lost.add(m[1]);
    if (lost.size)
        ctx.logger.warning(`bandit ${tool.version ?? ''} crashed inside these checks, which did not run fully: ${[...lost].join(', ')}\n${(0,runner/* tailLines */.os)(r.stderrTail, 5)}`);
    return { parsed, crashed: [...lost] };
}
/** Below this much Python (bytes), one bandit process: another would cost more to start than it saves. */
const PARALLEL_MIN_BYTES = 2 * 1024 * 1024;
/**
 * Cuts the file list into at most `n` contiguous shares of about equal bytes (bandit's time
 * follows the code's size), so the shares' reports, concatenated in order, read as one run's.
 */
function shares(items, sizes, n) {
    const total = sizes.reduce((a, b) => a + b, 0);
    if (n <= 1 || items.length <= 1)
        return [items];
    const out = [];
    let cur = [];
    let acc = 0;
    for (let i = 0; i < items.length; i++) {
        cur.push(items[i]);
        acc += sizes[i];
        if (out.length < n - 1 && acc >= (total * (out.length + 1)) / n) {
            out.push(cur);
            cur = [];
        }
    }
    if (cur.length)
        out.push(cur);
    return out;
}
/** Byte sizes of the files (0 for one that cannot be stat'ed: bandit reports it). */
async function sizesOf(ctx, files) {
    return Promise.all(files.map((f) => (0,promises_.stat)(external_node_path_default().isAbsolute(f) ? f : external_node_path_default().join(ctx.workspace, f)).then((s) => s.size, () => 0)));
}
/**
 * Runs bandit over `files` (paths relative to the workspace, or absolute for the notebooks'
 * extracted code) and parses its report; paths in the result are workspace-relative. A tree of
 * more than PARALLEL_MIN_BYTES of code is cut into one contiguous share per core
 * (os.availableParallelism()), each its own bandit process, run at once: bandit judges each file
 * alone, so the merged findings, errors and scanned files are those of one run, in the same order.
 */
async function execBandit(ctx, tool, selection, files) {
    // `./x.py`, as bandit names the files it finds with -r .
    const targets = files.map((f) => (external_node_path_default().isAbsolute(f) ? f : `./${f}`));
    const cores = Math.max(1, external_node_os_default().availableParallelism());
    const sizes = cores > 1 && files.length > 1 ? await sizesOf(ctx, files) : [];
    const parallel = sizes.length > 0 && sizes.reduce((a, b) => a + b, 0) >= PARALLEL_MIN_BYTES;
    const runs = (parallel ? shares(targets, sizes, cores) : [targets]).flatMap((share) => batches(share));
    // at most one process per core at a time; results kept in the runs' order
    const settled = new Array(runs.length);
    let next = 0;
    const lane = async () => {
        while (next < runs.length) {
            const i = next++;
            settled[i] = await execOnce(ctx, tool, [...selection, ...runs[i]]).then((value) => ({ status: 'fulfilled', value }), (reason) => ({ status: 'rejected', reason }));
        }
    };
    await Promise.all(Array.from({ length: Math.min(cores, runs.length) }, lane));
    // the first failure in order stops the gate, as it would have in one run
    const results = settled.map((r) => {
        if (r.status === 'rejected')
            throw r.reason;
        return r.value;
    });
    const merged = { findings: [], errors: [], scanned: [] };
    const crashed = new Set();
    for (const one of results) {
        merged.findings.push(...one.parsed.findings);
        merged.errors.push(...one.parsed.errors);
        merged.scanned.push(...one.parsed.scanned);
        for (const c of one.crashed)
            crashed.add(c);
    }
    await tool.versionReady;
    const info = { name: 'bandit', version: tool.version };
    return { parsed: merged, tool: info, crashed: [...crashed] };
}

// EXTERNAL MODULE: ./src/engine/confine.ts
var confine = __webpack_require__(29666);
// EXTERNAL MODULE: ./src/engine/coverage.ts
var coverage = __webpack_require__(78306);
// EXTERNAL MODULE: ./src/gates/code/config.ts
var config = __webpack_require__(62904);
// EXTERNAL MODULE: ./node_modules/smol-toml/dist/index.js + 8 modules
var dist = __webpack_require__(3292);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var yaml_dist = __webpack_require__(38815);
;// CONCATENATED MODULE: ./src/gates/code/exclude.ts
/**
 * What the code gate does not scan, decided once for bandit and for the rules alike:
 *
 * - `gates.code.exclude`: workspace-relative globs (picomatch, as every gate's paths; a plain
 *   folder such as `vendor` means that folder and everything under it);
 * - the repository's own bandit settings, with bandit's meaning: `exclude_dirs` of
 *   pyproject.toml `[tool.bandit]` or of the `bandit-config` file, and `exclude` of a `.bandit`
 *   file at the workspace root. bandit matches each entry against the path as it walks it
 *   (`./pkg/tests/x.py`) with fnmatch (where `*` also matches `/`) or as a plain substring;
 * - folders that are never the project's code: version-control and tool caches (bandit's own
 *   default list, matched on whole folder names rather than as substrings, so `.github/` is
 *   scanned), node_modules, and virtualenvs (a folder holding `pyvenv.cfg`, or `site-packages`).
 *
 * The gate walks the files itself and hands bandit the resulting file list, so bandit never sees
 * an excluded file; bandit's results are filtered through the same list again before reporting.
 */






/** Folder names never scanned (bandit's default -x list, plus caches and virtualenvs). */
const DEFAULT_EXCLUDED_DIRS = ['.svn', 'CVS', '.bzr', '.hg', '.git', '__pycache__', '.tox', '.nox', '.eggs', '*.egg', '*.egg-info', 'site-packages', '.mypy_cache', '.pytest_cache'];
/** Globs for the walker: every folder of these names, at any depth. */
const defaultExcludeGlobs = () => DEFAULT_EXCLUDED_DIRS.map((d) => `**/${d}`);
async function readOptional(file) {
    try {
        return await (0,promises_.readFile)(file, 'utf8');
    }
    catch {
        return null;
    }
}
function stringList(v, where) {
    if (v === undefined || v === null)
        return undefined;
    if (!Array.isArray(v) || v.some((x) => typeof x !== 'string'))
        throw new engine_errors/* ParseError */.mB(`${where} must be a list of strings`);
    return v;
}
function settingsFrom(b, where) {
    if (!b || typeof b !== 'object')
        return null;
    const o = b;
    return { skips: stringList(o.skips, `${where} skips`), tests: stringList(o.tests, `${where} tests`), exclude_dirs: stringList(o.exclude_dirs, `${where} exclude_dirs`) };
}
/** `[tool.bandit]` of the workspace's pyproject.toml, or null. */
async function pyprojectSettings(workspace) {
    const text = await readOptional(external_node_path_default().join(workspace, 'pyproject.toml'));
    if (text === null)
        return null;
    let data;
    try {
        data = (0,dist/* parse */.qg)(text);
    }
    catch (e) {
        throw new engine_errors/* ParseError */.mB(`pyproject.toml does not parse as TOML: ${e.message}; fix it or set gates.code.bandit-config`);
    }
    return settingsFrom(data?.tool?.bandit, 'pyproject.toml [tool.bandit]');
}
/** The `bandit-config` file's settings (YAML, or TOML with [tool.bandit]), for its exclude_dirs. */
async function banditConfigSettings(workspace, file) {
    const abs = (0,paths.resolveInside)(workspace, file, 'gates.code.bandit-config');
    const text = await readOptional(abs);
    if (text === null)
        throw new engine_errors/* ParseError */.mB(`gates.code.bandit-config: "${file}" cannot be read; check the path (workspace-relative)`);
    try {
        if (file.endsWith('.toml'))
            return settingsFrom((0,dist/* parse */.qg)(text)?.tool?.bandit, `${file} [tool.bandit]`);
        return settingsFrom((0,yaml_dist/* parse */.qg)(text), file);
    }
    catch (e) {
        if (e instanceof engine_errors/* ParseError */.mB)
            throw e;
        throw new engine_errors/* ParseError */.mB(`gates.code.bandit-config: "${file}" does not parse: ${e.message}`);
    }
}
/** `exclude` of the `.bandit` INI file at the workspace root (comma-separated), or []. */
function iniExcludes(text) {
    let inSection = false;
    for (const raw of text.split(/\r?\n/)) {
        const line = raw.trim();
        if (line.startsWith('[')) {
            inSection = line === '[bandit]';
            continue;
        }
        if (!inSection)
            continue;
        const m = /^exclude\s*[=:]\s*(.*)$/.exec(line);
        if (m)
            return m[1].split(',').map((s) => s.trim()).filter(Boolean);
    }
    return [];
}
/** Python's fnmatch.translate: `*` matches anything (slashes too), `?` one character, `[...]` a set. */
function fnmatchRegExp(pattern) {
    let re = '';
    for (let i = 0; i < pattern.length; i++) {
        const c = pattern[i];
        if (c === '*')
            re += '.*';
        else if (c === '?')
            re += '.';
        else if (c === '[') {
            const end = pattern.indexOf(']', i + 2);
            if (end < 0) {
                re += '\\[';
                continue;
            }
            let set = pattern.slice(i + 1, end).replace(/\\/g, '\\\\');
            if (set.startsWith('!'))
                set = '^' + set.slice(1);
            else if (set.startsWith('^'))
                set = '\\' + set;
            re += `[${set}]`;
            i = end;
        }
        else
            re += c.replace(/[.+^${}()|\\\]]/g, '\\$&');
    }
    return new RegExp(`^(?:${re})$`, 's');
}
/**
 * bandit's own test for an excluded file: the path as bandit walks it (`./` + workspace-relative
 * path) matches an entry as an fnmatch glob, or contains it as a substring.
 */
function banditExcludeMatcher(patterns) {
    const list = patterns.filter((p) => p !== '').map((p) => ({ p, re: fnmatchRegExp(p) }));
    if (!list.length)
        return () => null;
    return (rel) => {
        const walked = `./${rel}`;
        for (const { p, re } of list) {
            if (re.test(walked) || re.test(rel) || walked.includes(p))
                return p;
        }
        return null;
    };
}
async function excludeSettings(workspace, c) {
    const bandit = [];
    const pyproject = c['bandit-config'] ? null : await pyprojectSettings(workspace);
    for (const p of pyproject?.exclude_dirs ?? [])
        bandit.push({ pattern: p, source: 'pyproject.toml [tool.bandit] exclude_dirs' });
    if (c['bandit-config']) {
        const s = await banditConfigSettings(workspace, c['bandit-config']);
        for (const p of s?.exclude_dirs ?? [])
            bandit.push({ pattern: p, source: `${c['bandit-config']} exclude_dirs` });
    }
    const iniPath = external_node_path_default().join(workspace, '.bandit');
    const ini = await readOptional(iniPath);
    if (ini !== null)
        for (const p of iniExcludes(ini))
            bandit.push({ pattern: p, source: '.bandit exclude' });
    return { globs: [...c.exclude, ...defaultExcludeGlobs()], bandit, pyproject, iniFile: ini !== null ? iniPath : null };
}
/** Virtualenv folders among the walked files: folders below the workspace root holding a pyvenv.cfg. */
function virtualenvDirs(files) {
    return files.filter((f) => f.endsWith('/pyvenv.cfg')).map((f) => f.slice(0, f.lastIndexOf('/')));
}

;// CONCATENATED MODULE: ./src/gates/code/modules.ts
/**
 * Which top-level module names are the repository's own code, seen from a given file: a module
 * `m` is local when `m.py` or a package folder `m/` holding Python files sits in the file's
 * folder, one of its parent folders up to the workspace root, or `src/` (the usual layouts a
 * script or a package imports from). Used to tell the repository's `GPT.from_pretrained` from a
 * Hub library's.
 */

/** Builds the lookup from the workspace-relative paths of the Python files walked. */
function localModules(pythonFiles) {
    const available = new Set();
    for (const f of pythonFiles) {
        const parts = f.split('/');
        const name = parts[parts.length - 1].replace(/\.pyw?$/, '');
        // the file itself, importable from its folder
        available.add(`${parts.slice(0, -1).join('/')}\u0000${name}`);
        // every folder above it, importable as a package from its parent
        for (let i = 0; i < parts.length - 1; i++)
            available.add(`${parts.slice(0, i).join('/')}\u0000${parts[i]}`);
    }
    return (fromFile) => {
        const dirs = [];
        let d = external_node_path_default().posix.dirname(fromFile);
        for (;;) {
            dirs.push(d === '.' ? '' : d);
            if (d === '.' || d === '/' || d === '')
                break;
            d = external_node_path_default().posix.dirname(d);
        }
        dirs.push('src');
        return (module) => dirs.some((dir) => available.has(`${dir}\u0000${module}`));
    };
}

// EXTERNAL MODULE: ./src/scanners/notebook.ts
var notebook = __webpack_require__(3282);
// EXTERNAL MODULE: external "node:module"
var external_node_module_ = __webpack_require__(98995);
// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __webpack_require__(73136);
// EXTERNAL MODULE: ./node_modules/web-tree-sitter/web-tree-sitter.cjs
var web_tree_sitter = __webpack_require__(10551);
var web_tree_sitter_default = /*#__PURE__*/__webpack_require__.n(web_tree_sitter);
;// CONCATENATED MODULE: ./src/gates/code/rules/parser.ts
/**
 * The Python parser: tree-sitter's Python grammar run by web-tree-sitter (WebAssembly, no native
 * build). Source is parsed, never imported or executed.
 *
 * Loading works from the TypeScript sources (jest, tsx) and from the ncc bundle:
 * - the runtime is web-tree-sitter's CommonJS build (its ESM build does `await import("module")`,
 *   which webpack turns into a namespace without `createRequire` inside an ESM bundle);
 * - both .wasm files are read with `new URL(<path into node_modules>, import.meta.url)`, a pattern
 *   ncc recognises and copies next to the bundle; when that file is not there (another node_modules
 *   layout) the package is resolved instead.
 */




// @ts-expect-error: the CommonJS build's types are an ambient module declaration; typed just below.


const TreeSitter = (web_tree_sitter_default());
/** Largest Python source we parse (bytes); larger files are reported, not parsed. */
const MAX_SOURCE_BYTES = 5 * 1024 * 1024;
async function readWasm(bundled, pkgPath) {
    try {
        return await (0,promises_.readFile)(bundled);
    }
    catch (first) {
        try {
            return await (0,promises_.readFile)((0,external_node_module_.createRequire)(import.meta.url).resolve(pkgPath));
        }
        catch {
            throw new engine_errors/* ToolError */.v4('TOOL_NOT_FOUND', `the Python parser could not be loaded: ${pkgPath} is missing (${first.message}); reinstall the action's dependencies (npm ci)`, { cause: first });
        }
    }
}
let loading = null;
async function loadLanguage() {
    // The CommonJS build reads __dirname (for files it would locate itself); an ESM bundle has none.
    // We hand it the wasm bytes, so the folder is never used; give it this module's folder.
    const g = globalThis;
    if (typeof g.__dirname !== 'string')
        g.__dirname = external_node_path_default().dirname((0,external_node_url_.fileURLToPath)(import.meta.url));
    const runtime = await readWasm(__webpack_require__.ab + "web-tree-sitter.wasm", 'web-tree-sitter/web-tree-sitter.wasm');
    await TreeSitter.Parser.init({ wasmBinary: runtime });
    const grammar = await readWasm(__webpack_require__.ab + "tree-sitter-python.wasm", 'tree-sitter-python/tree-sitter-python.wasm');
    return TreeSitter.Language.load(grammar);
}
/** The Python language, loaded once per process. */
function pythonLanguage() {
    if (!loading) {
        loading = loadLanguage().catch((e) => {
            loading = null;
            throw e instanceof engine_errors/* ToolError */.v4 ? e : new engine_errors/* ToolError */.v4('TOOL_FAILED', `the Python parser (tree-sitter) failed to start: ${e.message}`, { cause: e });
        });
    }
    return loading;
}
/**
 * Parses Python source and hands the tree to `use`; the tree's memory (inside WebAssembly) is
 * freed afterwards, so callers must not keep nodes.
 */
async function withPythonTree(source, use) {
    const language = await pythonLanguage();
    const parser = new TreeSitter.Parser();
    try {
        parser.setLanguage(language);
        const tree = parser.parse(source);
        if (!tree)
            throw new engine_errors/* ToolError */.v4('TOOL_FAILED', 'the Python parser returned no tree');
        try {
            return use(tree.rootNode);
        }
        finally {
            tree.delete();
        }
    }
    finally {
        parser.delete();
    }
}

;// CONCATENATED MODULE: ./src/gates/code/notebooks.ts
/**
 * Jupyter notebooks in the code gate. A notebook's code cells, in order, become one Python source
 * (so an import in cell 1 applies in cell 5) that goes through bandit and the unsafe-load rules.
 * IPython syntax that is not Python is neutralised line for line, never removing or adding a
 * line, so every Python line maps back to its cell and to the line of the notebook's JSON that
 * holds it:
 *
 * - `%magic ...`, `!shell ...`, `?obj`, `obj?` lines become `pass` (same indentation);
 * - `x = !cmd` and `x = %magic` become `x = None` (x stays bound);
 * - a cell magic other than the Python ones (`%%time`, `%%capture`...) blanks the whole cell
 *   (`%%bash`, `%%writefile`... are not Python);
 * - lines that continue a magic with a trailing backslash are neutralised with it;
 * - lines inside multi-line strings are left alone.
 *
 * Findings point at the notebook file, at the JSON line where that source line is, and name the
 * cell. The notebook is read as JSON text and never run.
 */





/** Cell magics whose body is Python that runs. */
const PYTHON_CELL_MAGICS = new Set(['time', 'timeit', 'capture', 'prun', 'debug', 'python', 'python3', 'memit', 'pypy']);
function indentOf(line) {
    return line.slice(0, line.length - line.trimStart().length);
}
/**
 * IPython's targets of `x = !ls` / `a, b = %magic`: names, dotted or not, separated by commas (its
 * input transformer's own pattern), so an `=` inside a call or a string (`f("x = %0.2f" % x)`) is not one.
 */
const ASSIGN_TARGETS = /^\s*[\p{L}\p{N}_.]+(\s*,\s*[\p{L}\p{N}_.]+)*\s*$/u;
/** `x = !ls` -> the left side `x`, when the right side is shell or a magic; else null. */
function magicAssignment(line) {
    for (let i = 1; i < line.length; i++) {
        if (line[i] !== '=')
            continue;
        const before = line[i - 1];
        if (line[i + 1] === '=' || '=!<>+-*/%&|^@:'.includes(before))
            return null;
        const rhs = line.slice(i + 1).trimStart();
        const lhs = line.slice(0, i);
        if ((rhs.startsWith('!') || rhs.startsWith('%')) && ASSIGN_TARGETS.test(lhs))
            return lhs.trimEnd();
        return null;
    }
    return null;
}
/** Rows (0-based) that start inside a multi-line string of the cell. */
async function rowsInsideStrings(lines) {
    const rows = new Set();
    await withPythonTree(lines.join('\n'), (root) => {
        for (const s of root.descendantsOfType(['string', 'concatenated_string'])) {
            if (!s)
                continue;
            for (let r = s.startPosition.row + 1; r <= s.endPosition.row; r++)
                rows.add(r);
        }
    });
    return rows;
}
/** The cell's lines with IPython-only syntax neutralised; always the same number of lines. */
async function neutraliseCell(lines) {
    const firstCode = lines.findIndex((l) => l.trim() !== '');
    if (firstCode >= 0 && lines[firstCode].trimStart().startsWith('%%')) {
        const name = lines[firstCode].trimStart().slice(2).split(/\s/)[0];
        const out = [...lines];
        out[firstCode] = '';
        if (!PYTHON_CELL_MAGICS.has(name))
            return out.map(() => '');
        lines = out;
    }
    const inString = await rowsInsideStrings(lines);
    const out = neutraliseWith(lines, inString);
    // A shell line's quotes (`!curl -d '{ \`) can look like the start of a Python string to the
    // parser; once the magics are gone, read the strings again and redo with what is really a string.
    const again = await rowsInsideStrings(out);
    if (again.size === inString.size && [...again].every((r) => inString.has(r)))
        return out;
    return neutraliseWith(lines, again);
}
function neutraliseWith(lines, inString) {
    const out = [];
    // the indentation of the magic being continued by trailing backslashes, or null
    let continuing = null;
    const next = (line, indent) => (line.trimEnd().endsWith('\\') ? indent : null);
    lines.forEach((line, row) => {
        // a magic's continuation lines are shell text, whatever the parser made of their quotes
        if (continuing !== null) {
            out.push(`${continuing}pass`);
            continuing = next(line, continuing);
            return;
        }
        if (inString.has(row)) {
            out.push(line);
            return;
        }
        const t = line.trim();
        const indent = indentOf(line);
        const isMagic = t.startsWith('%') || t.startsWith('!') || t.startsWith('?') || (t.endsWith('?') && !t.includes('#') && !t.includes('"') && !t.includes("'"));
        if (isMagic) {
            out.push(`${indent}pass`);
            continuing = next(line, indent);
            return;
        }
        const lhs = t.startsWith('#') ? null : magicAssignment(line);
        if (lhs !== null) {
            out.push(`${lhs} = None`);
            continuing = next(line, indent);
            return;
        }
        out.push(line);
    });
    return out;
}
/** The notebook's code cells as one Python source, with where each line came from. */
async function notebookSource(nb) {
    const lines = [];
    const origins = [];
    for (const cell of nb.codeCells) {
        const py = await neutraliseCell(cell.lines);
        py.forEach((text, i) => {
            lines.push(text);
            origins.push({ cell, cellLine: i + 1, jsonLine: cell.jsonLines[i], text: cell.lines[i] });
        });
    }
    return { source: lines.join('\n') + (lines.length ? '\n' : ''), origins };
}
function cellLabel(cell) {
    return `cell ${cell.number}${cell.id ? ` (id ${cell.id})` : ''}`;
}
/** Moves a finding on the notebook's Python source onto the notebook file. */
function relocate(f, notebookPath, origins, tool) {
    const start = origins[(f.location.startLine ?? 1) - 1];
    const end = origins[(f.location.endLine ?? f.location.startLine ?? 1) - 1] ?? start;
    if (!start)
        return { ...f, location: { path: notebookPath, startLine: null } };
    const where = `${cellLabel(start.cell)}, line ${start.cellLine}`;
    return {
        ...f,
        message: `${f.message} [${where}]`,
        location: { path: notebookPath, startLine: start.jsonLine, endLine: end.cell === start.cell ? Math.max(end.jsonLine, start.jsonLine) : start.jsonLine, startColumn: null, endColumn: null },
        fingerprintKey: start.text.trim() || f.fingerprintKey,
        properties: { ...f.properties, tool, notebookCell: start.cell.number, notebookCellId: start.cell.id, cellLine: start.cellLine }
    };
}
/**
 * Reads the notebooks (workspace-relative paths) and extracts their code. A notebook that is not
 * JSON or too large is an error for that notebook; one whose kernel is not Python is listed as
 * skipped.
 */
async function prepareNotebooks(workspace, files) {
    const checks = [];
    const errors = [];
    const prepared = [];
    for (const rel of files) {
        const abs = external_node_path_default().join(workspace, rel);
        try {
            const st = await (0,promises_.stat)(abs);
            if (st.size > notebook/* MAX_NOTEBOOK_BYTES */.V5) {
                errors.push(`${rel}: notebook is ${st.size} bytes, over the ${notebook/* MAX_NOTEBOOK_BYTES */.V5}-byte limit; clear its outputs or exclude it (gates.code.exclude)`);
                checks.push({ name: 'notebook', target: rel, outcome: 'error', details: { reason: 'too large', bytes: st.size } });
                continue;
            }
            const nb = (0,notebook/* parseNotebook */.fJ)(await (0,promises_.readFile)(abs, 'utf8'), rel);
            if (nb.language !== 'python' && !nb.language.startsWith('python')) {
                checks.push({ name: 'notebook', target: rel, outcome: 'skipped', details: { reason: `kernel language is ${nb.language}, not Python` } });
                continue;
            }
            prepared.push({ path: rel, nb, src: await notebookSource(nb) });
        }
        catch (e) {
            errors.push(`${rel}: ${e.message}`);
            checks.push({ name: 'notebook', target: rel, outcome: 'error', details: { reason: e.message } });
        }
    }
    return { prepared, checks, errors };
}
function safeName(rel, i) {
    return `${String(i).padStart(4, '0')}_${rel.replace(/[^A-Za-z0-9_.-]/g, '_').slice(-120)}.py`;
}
/**
 * Writes each notebook's Python source as a file under `dir` (a fresh folder in the temp dir),
 * for bandit; returns the absolute file paths, in the order of `prepared`.
 */
async function writeNotebookSources(prepared, dir) {
    await (0,promises_.mkdir)(dir, { recursive: true });
    const files = prepared.map((p, i) => external_node_path_default().join(dir, safeName(p.path, i)));
    await Promise.all(prepared.map((p, i) => (0,promises_.writeFile)(files[i], p.src.source)));
    return files;
}
/**
 * For notebooks bandit could not parse as a whole (a cell with top-level await, Python 2...):
 * one file per code cell under `dir`, earlier lines blanked so line numbers stay those of the
 * whole notebook source. Returns each cell file with its notebook and first line (0-based).
 */
async function writeCellSources(p, dir) {
    await (0,promises_.mkdir)(dir, { recursive: true });
    const out = [];
    const lines = p.src.source.split('\n');
    let start = 0;
    for (const cell of p.nb.codeCells) {
        const file = external_node_path_default().join(dir, `cell_${String(cell.number).padStart(4, '0')}.py`);
        const body = lines.slice(start, start + cell.lines.length);
        await (0,promises_.writeFile)(file, '\n'.repeat(start) + body.join('\n') + '\n');
        out.push({ file, start });
        start += cell.lines.length;
    }
    return out;
}

// EXTERNAL MODULE: ./src/gates/code/rules/catalog.ts
var catalog = __webpack_require__(76891);
;// CONCATENATED MODULE: ./src/gates/code/suppress.ts

const NOSEC = /#\s*nosec\b:?\s*([^#]*)/i;
const IGNORE = /ai-secure-gates:\s*ignore\[([^\]]*)\]\s*(.*)$/i;
const ID = /^(?:B\d{3}|[a-z][a-z0-9]*(?:-[a-z0-9]+)+)$/i;
/** Reads one comment token (`# ...`); null when it suppresses nothing. */
function parseInlineComment(comment) {
    const text = comment.length > 300 ? `${comment.slice(0, 297)}...` : comment;
    const ig = IGNORE.exec(comment);
    if (ig) {
        const ids = ig[1]
            .split(/[\s,]+/)
            .map((s) => s.trim())
            .filter(Boolean);
        const reason = ig[2].replace(/^[\s:\-–—]+/, '').trim();
        return { kind: 'ignore', ids, reason: reason || null, text };
    }
    const ns = NOSEC.exec(comment);
    if (!ns)
        return null;
    const ids = ns[1].split(/[\s,]+/).filter((w) => ID.test(w));
    return { kind: 'nosec', ids: ids.map((i) => (/^b\d/i.test(i) ? i.toUpperCase() : i.toLowerCase())), reason: null, text };
}
/** Every id a finding answers to: its rule, its aliases, and the bandit tests a rule stands in for. */
function idsOf(f) {
    const ids = new Set([f.ruleId, ...(f.aliases ?? [])]);
    const rule = catalog/* RULES */.y0[f.ruleId];
    for (const b of rule?.bandit ?? [])
        ids.add(b);
    return ids;
}
/**
 * Marks the findings (in the coordinates of the source the comments come from) that a comment
 * suppresses. `comments` maps a 1-based line to the comment on it.
 */
function applyInlineSuppressions(findings, comments) {
    if (!comments.size)
        return findings;
    return findings.map((f) => {
        const start = f.location.startLine;
        if (!start)
            return f;
        const end = Math.max(start, f.location.endLine ?? start);
        const ids = idsOf(f);
        let unexplained = null;
        for (let line = start; line <= end; line++) {
            const c = comments.get(line);
            if (!c)
                continue;
            if (c.kind === 'ignore') {
                if (!c.ids.some((i) => ids.has(i)))
                    continue;
                if (!c.reason) {
                    unexplained = c;
                    continue;
                }
                return { ...f, suppression: { kind: 'inline', comment: c.text, reason: c.reason } };
            }
            if (c.ids.length === 0 || c.ids.some((i) => ids.has(i))) {
                return { ...f, suppression: { kind: 'inline', comment: c.text, reason: null } };
            }
        }
        if (unexplained) {
            return {
                ...f,
                message: `${f.message} (The "ai-secure-gates: ignore[...]" comment on this line gives no reason, so it is not honoured: write the reason after the bracket.)`
            };
        }
        return f;
    });
}

;// CONCATENATED MODULE: ./src/gates/code/rules/analyze.ts
/**
 * Finds unsafe loads in Python source over tree-sitter's syntax tree (never a regular expression
 * over source). Names are resolved through the file's imports (`import torch as t`,
 * `from joblib import load as jl`, `from pickle import *`) and simple aliases
 * (`ld = torch.load`, `p = pickle`), then each call is matched against the rules in catalog.ts
 * with its positional and keyword arguments.
 *
 * Scope is the file: an import anywhere in the file binds the name everywhere in it (notebooks
 * are scanned as one file, cells in order, so an import in cell 1 applies in cell 5).
 */



function bind(b, name, qualified) {
    let set = b.get(name);
    if (!set)
        b.set(name, (set = new Set()));
    set.add(qualified);
}
/** `a.b.c` for an identifier/attribute chain, else null (calls, subscripts...). */
function dotted(node) {
    if (!node)
        return null;
    if (node.type === 'identifier')
        return node.text;
    if (node.type === 'attribute') {
        const obj = dotted(node.childForFieldName('object'));
        const attr = node.childForFieldName('attribute');
        return obj && attr ? `${obj}.${attr.text}` : null;
    }
    return null;
}
function dottedName(node) {
    return node.namedChildren
        .filter((c) => c?.type === 'identifier')
        .map((c) => c.text)
        .join('.');
}
function collectImports(root) {
    const bindings = new Map();
    const star = [];
    const relative = new Set();
    const classes = new Map();
    for (const node of root.descendantsOfType('class_definition')) {
        const name = node?.childForFieldName('name');
        if (!node || !name)
            continue;
        const bases = (node.childForFieldName('superclasses')?.namedChildren ?? []).map((b) => dotted(b)).filter((b) => !!b);
        classes.set(name.text, [...(classes.get(name.text) ?? []), ...bases]);
    }
    for (const node of root.descendantsOfType(['import_statement', 'import_from_statement'])) {
        if (!node)
            continue;
        if (node.type === 'import_statement') {
            for (const n of node.childrenForFieldName('name')) {
                if (!n)
                    continue;
                if (n.type === 'dotted_name') {
                    const full = dottedName(n);
                    const head = full.split('.')[0];
                    bind(bindings, head, head);
                }
                else if (n.type === 'aliased_import') {
                    const name = n.childForFieldName('name');
                    const alias = n.childForFieldName('alias');
                    if (name && alias)
                        bind(bindings, alias.text, dottedName(name));
                }
            }
            continue;
        }
        const mod = node.childForFieldName('module_name');
        if (!mod)
            continue;
        if (mod.type !== 'dotted_name') {
            // relative imports are the project's own code
            for (const n of node.childrenForFieldName('name')) {
                const bound = n?.type === 'aliased_import' ? n.childForFieldName('alias') : n;
                if (bound)
                    relative.add(bound.text.split('.')[0]);
            }
            continue;
        }
        const module = dottedName(mod);
        if (node.namedChildren.some((c) => c?.type === 'wildcard_import'))
            star.push(module);
        for (const n of node.childrenForFieldName('name')) {
            if (!n)
                continue;
            if (n.type === 'dotted_name') {
                const name = dottedName(n);
                bind(bindings, name, `${module}.${name}`);
            }
            else if (n.type === 'aliased_import') {
                const name = n.childForFieldName('name');
                const alias = n.childForFieldName('alias');
                if (name && alias)
                    bind(bindings, alias.text, `${module}.${dottedName(name)}`);
            }
        }
    }
    return { bindings, star, relative, classes, dumped: new Set() };
}
/** Qualified names a dotted expression may stand for, through imports and known aliases. */
function analyze_resolve(scope, expr) {
    const [head, ...rest] = expr.split('.');
    const tail = rest.length ? `.${rest.join('.')}` : '';
    const bound = scope.bindings.get(head);
    if (bound)
        return [...bound].map((q) => q + tail);
    return scope.star.map((m) => `${m}.${expr}`);
}
const PICKLE_DUMPS = new Set(['pickle', 'cPickle', '_pickle', 'dill', 'cloudpickle', 'pickle5'].map((m) => `${m}.dumps`));
/** A call to pickle.dumps (or dill's, cloudpickle's...): bytes this very program just made. */
function isDumpsCall(node, scope) {
    if (node?.type !== 'call')
        return false;
    const fn = dotted(node.childForFieldName('function'));
    return !!fn && analyze_resolve(scope, fn).some((n) => PICKLE_DUMPS.has(n));
}
/** `s = pickle.dumps(obj)` and nothing else assigned to s in the file: s holds round-trip data. */
function collectDumped(root, scope) {
    const verdict = new Map();
    for (const a of root.descendantsOfType(['assignment', 'augmented_assignment'])) {
        const left = a?.childForFieldName('left');
        if (!a || left?.type !== 'identifier')
            continue;
        const ok = a.type === 'assignment' && isDumpsCall(a.childForFieldName('right'), scope);
        verdict.set(left.text, (verdict.get(left.text) ?? true) && ok);
    }
    for (const [name, ok] of verdict)
        if (ok)
            scope.dumped.add(name);
}
/** `x = torch.load` / `p = pickle`: x stands for what the right side resolves to. */
function collectAliases(root, scope) {
    const assignments = root.descendantsOfType('assignment').filter((a) => !!a);
    for (let pass = 0; pass < 3; pass++) {
        let changed = false;
        for (const a of assignments) {
            const left = a.childForFieldName('left');
            const right = a.childForFieldName('right');
            if (left?.type !== 'identifier' || !right)
                continue;
            const expr = dotted(right);
            if (!expr)
                continue;
            for (const q of analyze_resolve(scope, expr)) {
                if (!scope.bindings.get(left.text)?.has(q)) {
                    bind(scope.bindings, left.text, q);
                    changed = true;
                }
            }
        }
        if (!changed)
            break;
    }
}
function analyze_valueOf(node, scope) {
    if (!node)
        return null;
    switch (node.type) {
        case 'true':
            return { kind: 'bool', value: true };
        case 'false':
            return { kind: 'bool', value: false };
        case 'none':
            return { kind: 'none' };
        case 'parenthesized_expression':
            return analyze_valueOf(node.namedChildren.find((c) => c && c.type !== 'comment'), scope);
        case 'string': {
            const parts = node.namedChildren.filter((c) => !!c);
            if (parts.some((c) => c.type !== 'string_start' && c.type !== 'string_end' && c.type !== 'string_content'))
                return { kind: 'unknown' };
            return { kind: 'string', value: parts.filter((c) => c.type === 'string_content').map((c) => c.text).join('') };
        }
        case 'identifier':
        case 'attribute': {
            const expr = dotted(node);
            if (!expr)
                return { kind: 'unknown' };
            const names = analyze_resolve(scope, expr);
            return { kind: 'name', names: names.length ? names : [expr] };
        }
        default:
            return { kind: 'unknown' };
    }
}
/** The argument given by keyword, or at a positional index; null when absent. */
function arg(call, keyword, position) {
    const k = call.keywords.get(keyword);
    if (k)
        return k;
    if (position !== undefined && position < call.positional.length)
        return call.positional[position];
    return null;
}
const isTrue = (v) => v?.kind === 'bool' && v.value;
const isFalsy = (v) => v === null || v.kind === 'none' || (v.kind === 'bool' && !v.value);
function describe(v, node) {
    if (!v || !node)
        return 'absent';
    return node.text.length > 60 ? `${node.text.slice(0, 57)}...` : node.text;
}
const PICKLE_MODULES = ['pickle', 'cPickle', '_pickle', 'dill', 'cloudpickle', 'pickle5'];
const PICKLE_CALLS = new Set(PICKLE_MODULES.flatMap((m) => [`${m}.load`, `${m}.loads`, `${m}.Unpickler`, `${m}._load`, `${m}._loads`, `${m}._Unpickler`]));
const JOBLIB_CALLS = new Set(['joblib.load', 'sklearn.externals.joblib.load', 'joblib.numpy_pickle.load']);
const SHELVE_CALLS = new Set(['shelve.open', 'shelve.DbfilenameShelf', 'shelve.Shelf', 'shelve.BsdDbShelf']);
const PANDAS_CALLS = new Set(['pandas.read_pickle', 'pandas.io.pickle.read_pickle']);
const TORCH_CALLS = new Set(['torch.load', 'torch.serialization.load']);
const NUMPY_CALLS = new Set(['numpy.load']);
const MARSHAL_CALLS = new Set(['marshal.load', 'marshal.loads']);
const YAML_LOADER_CALLS = new Set(['yaml.load', 'yaml.load_all']);
const YAML_UNSAFE_CALLS = new Set(['yaml.unsafe_load', 'yaml.unsafe_load_all', 'yaml.full_load', 'yaml.full_load_all']);
const YAML_SAFE_LOADERS = new Set(['yaml.SafeLoader', 'yaml.CSafeLoader', 'yaml.BaseLoader', 'yaml.CBaseLoader', 'yaml.cyaml.CSafeLoader', 'yaml.cyaml.CBaseLoader', 'yaml.loader.SafeLoader', 'yaml.loader.BaseLoader']);
const KERAS_ROOTS = new Set(['keras', 'tensorflow', 'tf_keras']);
const HF_DOWNLOADS = new Set([
    'huggingface_hub.hf_hub_download',
    'huggingface_hub.snapshot_download',
    'huggingface_hub.file_download.hf_hub_download',
    'huggingface_hub._snapshot_download.snapshot_download',
    'datasets.load_dataset'
]);
/** load_dataset builders that read local files (no Hub download). */
const LOCAL_BUILDERS = new Set(['csv', 'json', 'parquet', 'text', 'arrow', 'pandas', 'sql', 'generator', 'imagefolder', 'audiofolder', 'videofolder', 'webdataset', 'xml']);
const COMMIT_HASH = /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/;
const anyIn = (names, set) => names.some((n) => set.has(n));
const first = (names, set) => names.find((n) => set.has(n)) ?? names[0];
function looksLocal(v) {
    if (v?.kind !== 'string')
        return false;
    const s = v.value;
    return s.startsWith('.') || s.startsWith('/') || s.startsWith('~') || s.includes('\\') || s[1] === ':';
}
/** Libraries whose `X.from_pretrained(...)` downloads from the Hugging Face Hub. */
const HUB_LIBRARIES = new Set([
    'transformers', 'diffusers', 'sentence_transformers', 'peft', 'timm', 'open_clip', 'huggingface_hub', 'tokenizers', 'optimum',
    'setfit', 'adapters', 'span_marker', 'trl', 'gliner', 'unsloth', 'pyannote', 'speechbrain', 'flair', 'lerobot', 'auto_gptq',
    'awq', 'colpali_engine', 'fastembed', 'parler_tts', 'outetts', 'mamba_ssm', 'optimum_intel', 'petals', 'nemo'
]);
/** Libraries with a `from_pretrained` that downloads nothing (torch.nn.Embedding.from_pretrained takes a tensor). */
const NON_HUB_LIBRARIES = new Set(['torch', 'torchvision', 'torchaudio', 'torchtext', 'tensorflow', 'keras', 'numpy', 'scipy', 'sklearn', 'pandas', 'jax', 'gensim']);
/**
 * Where the receiver of `X.from_pretrained(...)` comes from: `hub` (a Hub-loading library, an
 * import that cannot be resolved, or a class of this file derived from a Hub library's class),
 * `local` (the repository's own code, a known library without Hub downloads), or `unknown` (a
 * variable, `self.x`, a parameter: not reported).
 */
function receiverOrigin(receiver, scope, env) {
    const head = receiver.split('.')[0];
    if (scope.relative.has(head))
        return 'local';
    const bound = scope.bindings.get(head);
    const names = bound ? [...bound] : [];
    if (!bound) {
        const bases = scope.classes.get(head);
        // A class of this file: its from_pretrained is the Hub's only when it derives from a Hub library's class.
        if (bases)
            return bases.some((b) => analyze_resolve(scope, b).some((q) => HUB_LIBRARIES.has(q.split('.')[0]))) ? 'hub' : 'local';
        // through `from m import *` only a class-like name (AutoModel), not self, cls or a variable
        if (/^[A-Z]/.test(head))
            names.push(...scope.star.map((m) => `${m}.${head}`));
    }
    if (!names.length)
        return 'unknown';
    let origin = 'local';
    for (const q of names) {
        const root = q.split('.')[0];
        if (HUB_LIBRARIES.has(root))
            return 'hub';
        if (NON_HUB_LIBRARIES.has(root) || env.isLocalModule(root))
            continue;
        origin = 'hub'; // an import that cannot be resolved: it may well wrap a Hub download
    }
    return origin;
}
const checks = [
    (c) => {
        if (!anyIn(c.names, TORCH_CALLS))
            return [];
        const node = arg(c, 'weights_only');
        const v = analyze_valueOf(node, emptyScope);
        if (isTrue(v))
            return [];
        const what = !node
            ? `torch.load(...) without weights_only=True unpickles whatever the file holds (before torch 2.6 this is the default), so a crafted checkpoint runs code when loaded`
            : v?.kind === 'bool'
                ? `torch.load(..., weights_only=False) unpickles whatever the file holds, so a crafted checkpoint runs code when loaded`
                : `torch.load(..., weights_only=${describe(v, node)}) cannot be shown to pass True; unless it does, a crafted checkpoint runs code when loaded`;
        return [{ ruleId: 'torch-load-unsafe', call: 'torch.load', what }];
    },
    (c, scope) => {
        if (!anyIn(c.names, PICKLE_CALLS))
            return [];
        const name = first(c.names, PICKLE_CALLS);
        // pickle.loads(pickle.dumps(obj)): a round trip of the program's own object, no outside data
        const data = c.positional[0];
        if (name.endsWith('.loads') && (isDumpsCall(data, scope) || (data?.type === 'identifier' && scope.dumped.has(data.text))))
            return [];
        return [{ ruleId: 'pickle-load', call: name, what: `${name}(...) runs any code the pickled data names: a crafted file or byte string executes on load` }];
    },
    (c) => {
        if (!anyIn(c.names, JOBLIB_CALLS))
            return [];
        return [{ ruleId: 'joblib-load', call: 'joblib.load', what: `joblib.load(...) unpickles the file, so a crafted model file runs code when loaded` }];
    },
    (c) => {
        if (!anyIn(c.names, SHELVE_CALLS))
            return [];
        const name = first(c.names, SHELVE_CALLS);
        return [{ ruleId: 'shelve-open', call: name, what: `${name}(...) reads values with pickle, so a crafted shelf file runs code when read` }];
    },
    (c) => {
        if (!anyIn(c.names, PANDAS_CALLS))
            return [];
        return [{ ruleId: 'pandas-read-pickle', call: 'pandas.read_pickle', what: `pandas.read_pickle(...) unpickles the file, so a crafted file runs code when read` }];
    },
    (c, scope) => {
        if (!anyIn(c.names, NUMPY_CALLS))
            return [];
        const node = arg(c, 'allow_pickle', 2);
        const v = analyze_valueOf(node, scope);
        if (isFalsy(v))
            return [];
        const what = isTrue(v)
            ? `numpy.load(..., allow_pickle=True) unpickles object arrays, so a crafted .npy/.npz runs code when loaded`
            : `numpy.load(..., allow_pickle=${describe(v, node)}) may allow pickles (not the literal False), so a crafted .npy/.npz could run code`;
        return [{ ruleId: 'numpy-allow-pickle', call: 'numpy.load', what }];
    },
    (c, scope) => {
        if (anyIn(c.names, YAML_UNSAFE_CALLS)) {
            const name = first(c.names, YAML_UNSAFE_CALLS);
            return [{ ruleId: 'yaml-unsafe-load', call: name, what: `${name}(...) can build arbitrary Python objects from tags in the document` }];
        }
        if (!anyIn(c.names, YAML_LOADER_CALLS))
            return [];
        const name = first(c.names, YAML_LOADER_CALLS);
        const node = arg(c, 'Loader', 1);
        const v = analyze_valueOf(node, scope);
        if (v?.kind === 'name' && v.names.some((n) => YAML_SAFE_LOADERS.has(n)))
            return [];
        const what = !node
            ? `${name}(...) without a safe Loader uses a loader that can build Python objects (older PyYAML) or fails (PyYAML 6)`
            : `${name}(..., Loader=${describe(v, node)}) is not a safe loader and can build arbitrary Python objects from tags in the document`;
        return [{ ruleId: 'yaml-unsafe-load', call: name, what }];
    },
    (c) => {
        if (!anyIn(c.names, MARSHAL_CALLS))
            return [];
        const name = first(c.names, MARSHAL_CALLS);
        return [{ ruleId: 'marshal-load', call: name, what: `${name}(...) is not safe against crafted data (it can crash the interpreter or load code objects)` }];
    },
    (c, scope) => {
        const keras = c.names.filter((n) => KERAS_ROOTS.has(n.split('.')[0]));
        const last = (n) => n.split('.').pop();
        if (keras.some((n) => last(n) === 'enable_unsafe_deserialization')) {
            return [{ ruleId: 'keras-unsafe-deserialization', call: keras.find((n) => last(n) === 'enable_unsafe_deserialization'), what: `enable_unsafe_deserialization() turns off Keras safe mode for every later load, so Lambda layers in a model file run code` }];
        }
        const loader = keras.find((n) => last(n) === 'load_model' || last(n) === 'deserialize_keras_object' || last(n) === 'model_from_json');
        if (!loader)
            return [];
        const position = last(loader) === 'load_model' ? 3 : undefined;
        const node = arg(c, 'safe_mode', position);
        const v = analyze_valueOf(node, scope);
        if (!node || isTrue(v))
            return [];
        const what = v?.kind === 'bool' || v?.kind === 'none'
            ? `${loader}(..., safe_mode=${node.text}) lets a model file's Lambda layers run arbitrary code when loaded`
            : `${loader}(..., safe_mode=${describe(v, node)}) may turn off safe mode (not the literal True), letting Lambda layers run code`;
        return [{ ruleId: 'keras-unsafe-deserialization', call: loader, what }];
    },
    (c, scope) => {
        const node = c.keywords.get('trust_remote_code');
        if (!node)
            return [];
        const v = analyze_valueOf(node, scope);
        if (isFalsy(v))
            return [];
        const what = isTrue(v)
            ? `${c.written}(..., trust_remote_code=True) downloads and runs Python code from the model's Hub repository`
            : `${c.written}(..., trust_remote_code=${describe(v, node)}) may run Python code from the Hub (not the literal False)`;
        return [{ ruleId: 'hf-trust-remote-code', call: c.names[0] ?? c.written, what }];
    },
    (c, scope, env) => {
        const fromPretrained = c.written.endsWith('.from_pretrained') && receiverOrigin(c.written.slice(0, -'.from_pretrained'.length), scope, env) === 'hub';
        const hub = c.names.find((n) => HF_DOWNLOADS.has(n));
        if (!fromPretrained && !hub)
            return [];
        const callName = hub ?? `${c.written}`;
        const repo = analyze_valueOf(arg(c, hub ? (hub.endsWith('load_dataset') ? 'path' : 'repo_id') : 'pretrained_model_name_or_path', 0), scope);
        if (looksLocal(repo))
            return [];
        if (hub?.endsWith('load_dataset') && repo?.kind === 'string' && LOCAL_BUILDERS.has(repo.value))
            return [];
        if (isTrue(analyze_valueOf(c.keywords.get('local_files_only'), scope)))
            return [];
        const node = c.keywords.get('revision');
        const v = analyze_valueOf(node, scope);
        if (node && v?.kind !== 'string')
            return []; // a variable: cannot tell; see docs
        if (v?.kind === 'string' && COMMIT_HASH.test(v.value))
            return [];
        const repoText = repo?.kind === 'string' ? `"${repo.value}", ` : '';
        const what = !node
            ? `${callName}(${repoText}...) downloads from the Hugging Face Hub without revision=, so it loads whatever the repository's main branch holds when it runs`
            : `${callName}(${repoText}..., revision="${v?.kind === 'string' ? v.value : ''}") names a branch or tag, which the repository owner can move`;
        return [{ ruleId: 'hf-unpinned-revision', call: callName, what }];
    }
];
const emptyScope = { bindings: new Map(), star: [], relative: new Set(), classes: new Map(), dumped: new Set() };
function readCall(node, scope) {
    const fn = node.childForFieldName('function');
    const written = dotted(fn);
    if (!written)
        return null;
    const names = analyze_resolve(scope, written);
    const positional = [];
    const keywords = new Map();
    const args = node.childForFieldName('arguments');
    if (args?.type === 'argument_list') {
        for (const a of args.namedChildren) {
            if (!a || a.type === 'comment')
                continue;
            if (a.type === 'keyword_argument') {
                const k = a.childForFieldName('name');
                const v = a.childForFieldName('value');
                if (k && v)
                    keywords.set(k.text, v);
            }
            else if (a.type === 'list_splat' || a.type === 'dictionary_splat') {
                // *args / **kwargs: positions after a splat are unknown
                if (a.type === 'list_splat')
                    positional.push(a);
            }
            else {
                positional.push(a);
            }
        }
    }
    return { node, names, written, positional, keywords };
}
/** Every unsafe load in one Python source, in source order. */
async function analyzePython(source, options = {}) {
    return (await analyzeSource(source, options)).hits;
}
/**
 * Words that every file a rule can flag holds somewhere (the called function's own name, which
 * also appears in the import or alias that brings it: `load` for torch/pickle/joblib/numpy/yaml/
 * marshal, `loads`, `load_model`, `hf_hub_download`...), or a suppression comment. A file without
 * any is not parsed: most files of a large tree (`load_iris` is not `load`).
 */
const RULE_TRIGGERS = /\b(?:_?loads?|load_all|(?:unsafe|full)_load(?:_all)?|load_model|load_dataset|hf_hub_download|snapshot_download|read_pickle|_?Unpickler)\b|shelve|deserializ|model_from_json|from_pretrained|trust_remote_code|nosec|ai-secure-gates/;
/** The unsafe loads of one Python source and its suppression comments, from one parse. */
async function analyzeSource(source, options = {}) {
    const env = { isLocalModule: options.isLocalModule ?? (() => false) };
    if (!RULE_TRIGGERS.test(source))
        return { hits: [], comments: new Map() };
    return withPythonTree(source, (root) => {
        const comments = new Map();
        if (/nosec|ai-secure-gates/i.test(source)) {
            for (const node of root.descendantsOfType('comment')) {
                if (!node)
                    continue;
                const c = parseInlineComment(node.text);
                if (c)
                    comments.set(node.startPosition.row + 1, c);
            }
        }
        const hits = [];
        if (options.rules === false)
            return { hits, comments };
        const scope = collectImports(root);
        collectAliases(root, scope);
        if (source.includes('dumps'))
            collectDumped(root, scope);
        for (const node of root.descendantsOfType('call')) {
            if (!node)
                continue;
            const call = readCall(node, scope);
            if (!call)
                continue;
            for (const check of checks) {
                for (const h of check(call, scope, env)) {
                    if (options.disabled?.has(h.ruleId))
                        continue;
                    hits.push({
                        ruleId: h.ruleId,
                        call: h.call,
                        message: `${h.what}. ${catalog/* RULES */.y0[h.ruleId].fix}`,
                        startLine: node.startPosition.row + 1,
                        startColumn: node.startPosition.column + 1,
                        endLine: node.endPosition.row + 1,
                        endColumn: node.endPosition.column + 1
                    });
                }
            }
        }
        hits.sort((a, b) => a.startLine - b.startLine || a.startColumn - b.startColumn);
        return { hits, comments };
    });
}

;// CONCATENATED MODULE: ./src/gates/code/rules/findings.ts

function ruleFinding(h, file, lineText) {
    const r = catalog/* RULES */.y0[h.ruleId];
    return {
        ruleId: r.id,
        severity: r.severity,
        title: `${r.id}: ${r.title}`,
        message: h.message,
        location: { path: file, startLine: h.startLine, startColumn: h.startColumn, endLine: h.endLine, endColumn: h.endColumn },
        help: (0,catalog/* ruleHelp */.ym)(h.ruleId),
        fingerprintKey: lineText.trim() || h.call,
        properties: { tool: 'ai-secure-gates', call: h.call }
    };
}
/**
 * Merges bandit's findings with the rules': a bandit finding whose test id is one of a rule's
 * equivalents (B301 for pickle-load...) on the same file and line as that rule's finding is the
 * same finding. The rule's finding is kept (its message says what to do instead); it names the
 * bandit test (property and alias, so a waiver written for B301 still applies).
 */
function mergeFindings(bandit, rules) {
    const key = (f) => `${f.location.path}\u0000${f.location.startLine}`;
    const byLine = new Map();
    for (const f of rules) {
        const k = key(f);
        byLine.set(k, [...(byLine.get(k) ?? []), f]);
    }
    const out = [];
    const merged = new Map();
    for (const b of bandit) {
        const same = (byLine.get(key(b)) ?? []).find((r) => catalog/* RULES */.y0[r.ruleId]?.bandit.includes(b.ruleId));
        if (!same) {
            out.push(b);
            continue;
        }
        const prev = merged.get(same) ?? same;
        const aliases = [...new Set([...(prev.aliases ?? []), b.ruleId])];
        const banditIds = [...new Set([...(prev.properties?.bandit ?? []), b.ruleId])];
        merged.set(same, { ...prev, aliases, properties: { ...prev.properties, bandit: banditIds } });
    }
    for (const r of rules)
        out.push(merged.get(r) ?? r);
    return out.sort((a, b) => a.location.path.localeCompare(b.location.path) || (a.location.startLine ?? 0) - (b.location.startLine ?? 0));
}

;// CONCATENATED MODULE: ./src/gates/code/index.ts
/**
 * The code gate: bandit over the Python sources and the notebooks' code cells, and the
 * unsafe-load rules (tree-sitter) over the same code, with one exclusion list for both.
 *
 * The gate walks the files once; bandit starts at once on that file list (scripts and the
 * notebooks' extracted code together: one `bandit --version`, one run) and the rules run in this
 * process while bandit runs in its own. A bandit finding and a rule finding about the same call
 * (B301 and pickle-load on one line) are reported once. Inline `# nosec` and
 * `# ai-secure-gates: ignore[...]` comments mark findings suppressed (suppress.ts).
 */

















const isPython = (f) => f.endsWith('.py') || f.endsWith('.pyw');
/** The files the gate scans, after every exclusion, and what was left out (as checks). */
async function selectFiles(ctx, settings) {
    const c = ctx.config;
    for (const p of c.paths) {
        const abs = (0,paths.resolveInside)(ctx.workspace, p, 'gates.code.paths');
        if (!/[*?[{]/.test(p)) {
            try {
                await (0,promises_.stat)(abs);
            }
            catch {
                throw new engine_errors/* ToolError */.v4('INPUT', `gates.code.paths: "${p}" does not exist in the workspace; fix the path (workspace-relative) or remove it`);
            }
        }
    }
    const checks = [];
    const errors = [];
    const walk = await (0,paths/* walkFiles */.Fv)(ctx.workspace, { include: c.paths, exclude: settings.globs });
    if (walk.truncated)
        errors.push(`more files under gates.code.paths than the walker lists (${walk.files.length}); narrow paths or add exclude`);
    // Symlinks are not followed; those leading out of the workspace are findings (engine/confine.ts).
    // names that are not UTF-8: those it would scan (Python, notebooks, folders that may hold some)
    const notes = (0,confine/* walkNotes */.$B)({ ...walk, unreadable: (walk.unreadable ?? []).filter((u) => u.endsWith('/') || u.endsWith(')') || isPython(u) || u.endsWith('.ipynb')) });
    checks.push(...notes.checks);
    errors.push(...notes.errors);
    const venvs = virtualenvDirs(walk.files);
    const inVenv = (f) => venvs.find((v) => f.startsWith(`${v}/`));
    const banditExcluded = banditExcludeMatcher(settings.bandit.map((b) => b.pattern));
    const left = new Map();
    const note = (key, reason) => {
        const e = left.get(key) ?? { reason, files: 0 };
        e.files++;
        left.set(key, e);
    };
    const python = [];
    const notebooks = [];
    for (const f of walk.files) {
        const code = isPython(f) || f.endsWith('.ipynb');
        if (!code)
            continue;
        const venv = inVenv(f);
        if (venv) {
            note(venv, 'a virtualenv (holds pyvenv.cfg)');
            continue;
        }
        const pattern = banditExcluded(f);
        if (pattern) {
            note(pattern, `excluded by ${settings.bandit.find((b) => b.pattern === pattern)?.source ?? 'bandit settings'}`);
            continue;
        }
        ;
        (isPython(f) ? python : notebooks).push(f);
    }
    for (const [target, e] of left)
        checks.push({ name: 'excluded', target, outcome: 'skipped', details: { reason: e.reason, files: e.files } });
    return { python, notebooks: c.notebooks ? notebooks : [], checks, errors, findings: notes.findings };
}
function startBandit(ctx, settings, files) {
    return onPathNow(ctx)
        .then(async (early) => {
        if (!early) {
            const resolved = await (0,resolve/* resolveTool */.Hj)('bandit', ctx);
            return { ...(await execBandit(ctx, resolved, banditSelection(ctx, settings), files)), resolved };
        }
        // bandit on PATH and no minimum version to check: the scan starts now and `bandit --version`
        // (for the report and bandit's messages only) runs alongside it, not before it
        const tool = { ...early };
        tool.versionReady = (0,resolve/* toolVersion */.fX)('bandit', early.path, ctx).then((v) => {
            tool.version = v;
        });
        const run = await execBandit(ctx, tool, banditSelection(ctx, settings), files);
        const resolved = { ...early, version: tool.version };
        return { ...run, resolved };
    })
        .then((run) => ({ run }), (error) => ({ error }));
}
/** bandit as resolveTool would return it from PATH, without waiting for its version; null when resolveTool must decide (not on PATH, or a minimum version to check). */
async function onPathNow(ctx) {
    if (resolve/* MIN_VERSION */.ee.bandit)
        return null;
    const onPath = await ctx.tools.which('bandit');
    return onPath ? { name: 'bandit', path: onPath, version: null, source: 'path' } : null;
}
const codeGate = {
    id: 'code',
    title: 'Code (bandit + unsafe-load rules)',
    configSchema: config/* codeConfigSchema */.d,
    async run(ctx) {
        const c = ctx.config;
        const settings = await excludeSettings(ctx.workspace, c);
        const sel = await selectFiles(ctx, settings);
        const checks = [...sel.checks];
        const errors = [...sel.errors];
        if (!sel.python.length && !sel.notebooks.length) {
            return { findings: sel.findings, checks, errors, skipped: `no Python files${c.notebooks ? ' or notebooks' : ''} under gates.code.paths (${c.paths.join(', ')}) after excludes` };
        }
        const nbPrep = await prepareNotebooks(ctx.workspace, sel.notebooks);
        checks.push(...nbPrep.checks);
        errors.push(...nbPrep.errors);
        const notebooks = nbPrep.prepared;
        // bandit starts first and runs in its own process while the rules run here.
        let banditDone = null;
        const nbFiles = new Map();
        if (c.bandit) {
            const dir = external_node_path_default().join(ctx.tempDir, `notebooks-${process.pid}-${Date.now()}-${Math.random().toString(36).slice(2, 8)}`);
            const written = notebooks.length ? await writeNotebookSources(notebooks, dir) : [];
            written.forEach((f, i) => nbFiles.set((0,common/* normaliseToolPath */._q)(f, ctx.workspace), notebooks[i]));
            banditDone = startBandit(ctx, settings, [...sel.python, ...written]);
        }
        const disabled = new Set(c['disable-rules']);
        const local = localModules(sel.python);
        const comments = new Map();
        const ruleFindings = [];
        for (const rel of sel.python) {
            const abs = external_node_path_default().join(ctx.workspace, rel);
            const size = (await (0,promises_.stat)(abs)).size;
            if (size > MAX_SOURCE_BYTES) {
                errors.push(`${rel} is ${size} bytes, over the ${MAX_SOURCE_BYTES}-byte limit of the unsafe-load rules; exclude it (gates.code.exclude) if it is generated`);
                checks.push({ name: 'unsafe-load-rules', target: rel, outcome: 'error', details: { reason: 'too large', bytes: size } });
                continue;
            }
            const text = await (0,promises_.readFile)(abs, 'utf8');
            const a = await analyzeSource(text, { disabled, rules: c.rules, isLocalModule: local(rel) });
            const lines = a.hits.length ? text.split('\n') : [];
            const found = applyInlineSuppressions(a.hits.map((h) => ruleFinding(h, rel, lines[h.startLine - 1] ?? '')), a.comments);
            if (a.comments.size)
                comments.set(rel, a.comments);
            ruleFindings.push(...found);
            if (c.rules)
                checks.push({ name: 'unsafe-load-rules', target: rel, outcome: found.some((f) => !f.suppression) ? 'fail' : 'pass', details: { findings: found.length } });
        }
        const nbScans = new Map();
        for (const p of notebooks) {
            const a = await analyzeSource(p.src.source, { disabled, rules: c.rules, isLocalModule: local(p.path) });
            nbScans.set(p, a.comments);
            for (const f of applyInlineSuppressions(a.hits.map((h) => ruleFinding(h, p.path, p.src.origins[h.startLine - 1]?.text ?? '')), a.comments)) {
                ruleFindings.push(relocate(f, p.path, p.src.origins, 'ai-secure-gates'));
            }
        }
        let banditFindings = [];
        let tool = null;
        const notChecked = [];
        const nbBanditErrors = new Map();
        if (banditDone) {
            const b = await banditDone;
            const missing = b.run ? null : (0,coverage/* toolUnavailable */.Jb)(b.error);
            if (missing && ctx.explicit === false) {
                // On by default and bandit cannot be had: our rules still decide, and bandit's checks are
                // listed as not checked with the fix (never counted as passed).
                notChecked.push({
                    what: `bandit's checks on ${sel.python.length} Python file${sel.python.length === 1 ? '' : 's'}${notebooks.length ? ` and ${notebooks.length} notebook${notebooks.length === 1 ? '' : 's'}` : ''}`,
                    reason: missing.reason,
                    fix: (0,coverage/* toolFix */.y9)(missing, ctx.surface ?? 'action', 'code', ctx.install)
                });
            }
            else if (b.error !== undefined || !b.run) {
                const why = (0,engine_errors/* describeError */.Uc)(b.error);
                errors.push(/bandit/i.test(why) ? why : `bandit: ${why}`);
            }
            else {
                tool = b.run.tool;
                banditFindings = await collectBandit(ctx, settings, b.run, sel.python, comments, nbFiles, nbScans, nbBanditErrors, checks, errors);
            }
        }
        for (const p of notebooks) {
            const mine = [...banditFindings, ...ruleFindings].filter((f) => f.location.path === p.path && !f.suppression).length;
            const bad = nbBanditErrors.get(p.path);
            if (bad)
                errors.push(`bandit could not scan ${p.path}: ${bad}`);
            checks.push({
                name: 'notebook',
                target: p.path,
                outcome: bad ? 'error' : mine ? 'fail' : 'pass',
                details: { codeCells: p.nb.codeCells.length, lines: p.src.origins.length, findings: mine, ...(bad ? { reason: bad } : {}) }
            });
        }
        const findings = [...sel.findings, ...mergeFindings(banditFindings, ruleFindings)];
        return { findings, checks, errors, tool, ...(notChecked.length ? { notChecked } : {}) };
    }
};
/**
 * bandit's findings on the gate's files: paths checked against the file list (anything else is
 * dropped), the ignore comments applied, notebook findings moved onto their cells, and notebooks
 * bandit could not parse retried cell by cell (one more run, only then).
 */
async function collectBandit(ctx, settings, run, python, comments, nbFiles, nbScans, nbBanditErrors, checks, errors) {
    const pySet = new Set(python);
    const out = [];
    const perFile = new Map();
    let dropped = 0;
    for (const f of run.parsed.findings) {
        const p = f.location.path;
        if (pySet.has(p)) {
            perFile.set(p, [...(perFile.get(p) ?? []), f]);
        }
        else if (nbFiles.has(p)) {
            const nb = nbFiles.get(p);
            const [g] = applyInlineSuppressions([f], nbScans.get(nb) ?? new Map());
            out.push(relocate(g, nb.path, nb.src.origins, 'bandit'));
        }
        else
            dropped++;
    }
    if (dropped)
        ctx.logger.debug(`bandit reported ${dropped} findings on files outside the gate's file list; they were left out`);
    for (const [p, list] of perFile)
        out.push(...applyInlineSuppressions(list, comments.get(p) ?? new Map()));
    const scanned = new Set(run.parsed.scanned);
    const errorsByPath = new Map(run.parsed.errors.map((e) => [e.path, e.reason]));
    for (const file of python) {
        const reason = errorsByPath.get(file);
        if (reason) {
            errors.push(`bandit could not scan ${file}: ${reason}`);
            checks.push({ name: 'bandit', target: file, outcome: 'error', details: { reason } });
            continue;
        }
        const n = (perFile.get(file) ?? []).filter((f) => !f.suppression).length;
        if (!scanned.has(file) && run.parsed.scanned.length) {
            checks.push({ name: 'bandit', target: file, outcome: 'skipped', details: { reason: 'bandit left it out (its own configuration excludes it)' } });
            continue;
        }
        checks.push({ name: 'bandit', target: file, outcome: n ? 'fail' : 'pass', details: { findings: n } });
    }
    if (run.crashed.length)
        checks.push({ name: 'bandit-plugin-crash', target: '.', outcome: 'error', details: { checks: run.crashed } });
    // Notebooks bandit could not parse as a whole: once more, one file per cell, all in one run.
    const retry = [...nbFiles].filter(([p]) => errorsByPath.has(p)).map(([, nb]) => nb);
    if (retry.length) {
        const cellFiles = new Map();
        const base = external_node_path_default().join(ctx.tempDir, `notebook-cells-${process.pid}-${Date.now()}`);
        for (const [i, nb] of retry.entries()) {
            for (const cf of await writeCellSources(nb, external_node_path_default().join(base, String(i))))
                cellFiles.set((0,common/* normaliseToolPath */._q)(cf.file, ctx.workspace), { nb, start: cf.start });
        }
        try {
            const cellRun = await execBandit(ctx, run.resolved, banditSelection(ctx, settings), [...cellFiles.keys()].map((k) => (external_node_path_default().isAbsolute(k) ? k : external_node_path_default().join(ctx.workspace, k))));
            for (const f of cellRun.parsed.findings) {
                const cf = cellFiles.get(f.location.path);
                if (!cf)
                    continue;
                const [g] = applyInlineSuppressions([f], nbScans.get(cf.nb) ?? new Map());
                out.push(relocate(g, cf.nb.path, cf.nb.src.origins, 'bandit'));
            }
            for (const e of cellRun.parsed.errors) {
                const cf = cellFiles.get(e.path);
                if (!cf)
                    continue;
                const origin = cf.nb.src.origins[cf.start];
                const msg = `${origin ? cellLabel(origin.cell) : e.path}: ${e.reason}`;
                nbBanditErrors.set(cf.nb.path, nbBanditErrors.has(cf.nb.path) ? `${nbBanditErrors.get(cf.nb.path)}; ${msg}` : msg);
            }
        }
        catch (e) {
            for (const nb of retry)
                nbBanditErrors.set(nb.path, `could not be scanned cell by cell: ${(0,engine_errors/* describeError */.Uc)(e)}`);
        }
    }
    return out;
}


/***/ }),

/***/ 40743:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _q: () => (/* binding */ normaliseToolPath),
/* harmony export */   _x: () => (/* binding */ parseJsonWith),
/* harmony export */   xJ: () => (/* binding */ validateWith)
/* harmony export */ });
/* harmony import */ var _engine_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(17679);

/** Parses JSON text and validates it; errors name the tool and the first offending path. */
function parseJsonWith(schema, text, what) {
    if (text.trim() === '')
        throw new _engine_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ParseError */ .mB(`${what}: the report is empty`);
    let data;
    try {
        data = JSON.parse(text);
    }
    catch (e) {
        throw new _engine_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ParseError */ .mB(`${what}: the report is not valid JSON (${e.message}); first bytes: ${JSON.stringify(text.slice(0, 80))}`);
    }
    return validateWith(schema, data, what);
}
function validateWith(schema, data, what) {
    const r = schema.safeParse(data);
    if (!r.success) {
        const issue = r.error.issues[0];
        const at = issue.path.length ? issue.path.map(String).join('.') : '(top level)';
        throw new _engine_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ParseError */ .mB(`${what}: unexpected report shape at ${at}: ${issue.message}`);
    }
    return r.data;
}
/** A tool's file path as a workspace-relative, forward-slash path. */
function normaliseToolPath(p, workspace) {
    let s = p.replace(/\\/g, '/');
    if (workspace) {
        const ws = workspace.replace(/\\/g, '/').replace(/\/+$/, '') + '/';
        if (s.startsWith(ws))
            s = s.slice(ws.length);
    }
    while (s.startsWith('./'))
        s = s.slice(2);
    return s;
}


/***/ }),

/***/ 3282:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   V5: () => (/* binding */ MAX_NOTEBOOK_BYTES),
/* harmony export */   fJ: () => (/* binding */ parseNotebook),
/* harmony export */   km: () => (/* binding */ notebookCellLocator)
/* harmony export */ });
/* harmony import */ var jsonc_parser__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(99547);
/* harmony import */ var jsonc_parser__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(jsonc_parser__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _engine_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(17679);
/* harmony import */ var _engine_text_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(61655);
/**
 * Jupyter notebooks as the scanners see them: the JSON parsed with positions kept, so that each
 * code cell's source line maps back to its line in the file, and any line of the file maps to the
 * cell (source or outputs) it is in. Shared by the code gate (bandit and the rules on cell code) and
 * the secrets gate (which cell a secret is in); a notebook is never executed.
 */



/** Largest notebook read (bytes): notebooks carry outputs (images), so this is larger than for .py. */
const MAX_NOTEBOOK_BYTES = 50 * 1024 * 1024;
const lineOf = (starts, offset) => (0,_engine_text_js__WEBPACK_IMPORTED_MODULE_2__/* .positionAt */ .t$)(starts, offset).line;
function prop(node, key) {
    if (node?.type !== 'object')
        return undefined;
    for (const p of node.children ?? []) {
        const [k, v] = p.children ?? [];
        if (k?.value === key)
            return v;
    }
    return undefined;
}
/** Parses a notebook's JSON (nbformat 4, and 3's worksheets) keeping where each source line is. */
function parseNotebook(text, where) {
    const errors = [];
    const root = (0,jsonc_parser__WEBPACK_IMPORTED_MODULE_0__.parseTree)(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
    if (errors.length || !root) {
        const e = errors[0];
        const at = e ? ` at line ${lineOf((0,_engine_text_js__WEBPACK_IMPORTED_MODULE_2__/* .lineStarts */ ._$)(text), e.offset)}: ${(0,jsonc_parser__WEBPACK_IMPORTED_MODULE_0__.printParseErrorCode)(e.error)}` : '';
        throw new _engine_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ParseError */ .mB(`${where} is not valid notebook JSON${at}`);
    }
    if (root.type !== 'object')
        throw new _engine_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ParseError */ .mB(`${where}: a notebook is a JSON object, found ${root.type}`);
    const starts = (0,_engine_text_js__WEBPACK_IMPORTED_MODULE_2__/* .lineStarts */ ._$)(text);
    const meta = prop(root, 'metadata');
    const lang = prop(prop(meta, 'kernelspec'), 'language')?.value ?? prop(prop(meta, 'language_info'), 'name')?.value;
    const language = typeof lang === 'string' && lang ? lang.toLowerCase() : 'python';
    let cellNodes;
    let sourceKey = 'source';
    const cells = prop(root, 'cells');
    if (cells) {
        if (cells.type !== 'array')
            throw new _engine_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ParseError */ .mB(`${where}: "cells" is not an array`);
        cellNodes = cells.children ?? [];
    }
    else {
        const sheets = prop(root, 'worksheets');
        if (sheets?.type !== 'array')
            throw new _engine_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ParseError */ .mB(`${where}: no "cells" (nbformat 4) or "worksheets" (nbformat 3) array; is this a Jupyter notebook?`);
        cellNodes = (sheets.children ?? []).flatMap((s) => prop(s, 'cells')?.children ?? []);
        sourceKey = 'input';
    }
    const codeCells = [];
    cellNodes.forEach((cell, i) => {
        if (prop(cell, 'cell_type')?.value !== 'code')
            return;
        const src = prop(cell, sourceKey);
        const idValue = prop(cell, 'id')?.value;
        const out = { number: i + 1, id: typeof idValue === 'string' ? idValue : null, lines: [], jsonLines: [] };
        const pieces = src?.type === 'array' ? (src.children ?? []) : src ? [src] : [];
        let pending = '';
        let pendingLine = 0;
        for (const piece of pieces) {
            if (piece.type !== 'string')
                throw new _engine_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ParseError */ .mB(`${where}: cell ${i + 1} has a non-string source entry`);
            const jsonLine = lineOf(starts, piece.offset);
            const parts = piece.value.split('\n');
            parts.forEach((part, k) => {
                if (k === 0 && pending !== '') {
                    pending += part;
                }
                else {
                    pending = part;
                    pendingLine = jsonLine;
                }
                if (k < parts.length - 1) {
                    out.lines.push(pending.endsWith('\r') ? pending.slice(0, -1) : pending);
                    out.jsonLines.push(pendingLine);
                    pending = '';
                }
            });
        }
        if (pending !== '') {
            out.lines.push(pending);
            out.jsonLines.push(pendingLine);
        }
        codeCells.push(out);
    });
    return { language, codeCells };
}
/**
 * For a notebook's JSON text, a function from a 1-based JSON line to the cell it is in (null
 * outside cells, or when the text is not a notebook). Used to say "cell 4 output" for a secret.
 */
function notebookCellLocator(text) {
    const root = (0,jsonc_parser__WEBPACK_IMPORTED_MODULE_0__.parseTree)(text, [], { disallowComments: true });
    const cells = prop(root, 'cells');
    if (!root || cells?.type !== 'array')
        return () => null;
    const starts = (0,_engine_text_js__WEBPACK_IMPORTED_MODULE_2__/* .lineStarts */ ._$)(text);
    const span = (n) => (n ? [lineOf(starts, n.offset), lineOf(starts, n.offset + n.length)] : null);
    const table = (cells.children ?? []).map((cell, i) => {
        const idValue = prop(cell, 'id')?.value;
        const typeValue = prop(cell, 'cell_type')?.value;
        return { number: i + 1, id: typeof idValue === 'string' ? idValue : null, cellType: typeof typeValue === 'string' ? typeValue : 'unknown', all: span(cell), source: span(prop(cell, 'source')), outputs: span(prop(cell, 'outputs')) };
    });
    return (line) => {
        const c = table.find((t) => line >= t.all[0] && line <= t.all[1]);
        if (!c)
            return null;
        const inside = (s) => !!s && line >= s[0] && line <= s[1];
        return { number: c.number, id: c.id, cellType: c.cellType, part: inside(c.source) ? 'source' : inside(c.outputs) ? 'outputs' : 'other' };
    };
}


/***/ }),

/***/ 28879:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Hj: () => (/* binding */ resolveTool),
/* harmony export */   ee: () => (/* binding */ MIN_VERSION),
/* harmony export */   fX: () => (/* binding */ toolVersion)
/* harmony export */ });
/* unused harmony export compareVersions */
/* harmony import */ var _engine_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(17679);
/**
 * Finds a tool for a gate: PATH first; with `install: auto`, a pinned install (tools/install.ts).
 * With `install: never` and no tool on PATH, the error says what to add.
 */

const VERSION_ARGS = {
    bandit: ['--version'],
    'pip-audit': ['--version'],
    garak: ['--version'],
    trivy: ['--version']
};
async function toolVersion(name, file, ctx) {
    try {
        const r = await ctx.tools.run(file, VERSION_ARGS[name], { cwd: ctx.tempDir, timeoutMs: 60_000, captureStdout: true, signal: ctx.signal });
        const m = /(\d+\.\d+(?:\.\d+)*)/.exec(r.stdout + '\n' + r.stderrTail);
        return m ? m[1] : null;
    }
    catch {
        return null;
    }
}
/**
 * The oldest version of each tool the gates can drive (their flags and report shapes); a tool on PATH
 * below it is not used. pip-audit: `--disable-pip` and `aliases` in the JSON; trivy: `--scanners`,
 * `--skip-check-update` and the v2 check ids. bandit's is set by the code gate's owner.
 */
const MIN_VERSION = { 'pip-audit': '2.7.0', trivy: '0.50.0' };
/** -1, 0 or 1 comparing dotted numeric versions (missing parts count as 0). */
function compareVersions(a, b) {
    const pa = a.split('.').map((x) => parseInt(x, 10) || 0);
    const pb = b.split('.').map((x) => parseInt(x, 10) || 0);
    for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
        const d = (pa[i] ?? 0) - (pb[i] ?? 0);
        if (d)
            return d < 0 ? -1 : 1;
    }
    return 0;
}
async function resolveTool(name, ctx) {
    const onPath = await ctx.tools.which(name);
    const version = onPath ? await toolVersion(name, onPath, ctx) : null;
    const min = MIN_VERSION[name];
    if (onPath && (!min || (version && compareVersions(version, min) >= 0)))
        return { name, path: onPath, version, source: 'path' };
    // The installer (and @actions/tool-cache, @actions/cache under it) loads only when a tool is missing or too old.
    const { installTool, PINNED } = await Promise.all(/* import() */[__webpack_require__.e(88), __webpack_require__.e(805), __webpack_require__.e(650)]).then(__webpack_require__.bind(__webpack_require__, 15650));
    const found = onPath ? `${name} ${version ?? '(version unreadable)'} at ${onPath}` : null;
    if (ctx.install === 'never') {
        throw new _engine_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ToolError */ .v4('TOOL_NOT_FOUND', found
            ? `${found} is older than ${min}, the oldest version this gate can drive: upgrade it (${PINNED[name].hint}), or remove it from PATH and set install: auto to let the action install ${name} ${PINNED[name].version}.`
            : `${name} not found on PATH and install is "never": set install: auto to let the action install ${name} ${PINNED[name].version}, or add a setup step that installs it (${PINNED[name].hint}).`, { tool: name });
    }
    if (found)
        ctx.logger.warning(`${found} is older than ${min}; installing the pinned ${name} ${PINNED[name].version} instead`);
    const installed = await installTool(name, ctx);
    return { name, path: installed, version: await toolVersion(name, installed, ctx), source: 'installed' };
}


/***/ })

};
