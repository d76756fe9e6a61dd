export const id = 822;
export const ids = [822];
export const modules = {

/***/ 1655:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _: () => (/* binding */ lineStarts),
/* harmony export */   t: () => (/* binding */ positionAt)
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


/***/ }),

/***/ 7375:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  R7: () => (/* binding */ banditSelection),
  ix: () => (/* binding */ execBandit),
  E6: () => (/* binding */ pyprojectSettings),
  Ev: () => (/* binding */ runBandit)
});

// UNUSED EXPORTS: bandiArgs

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./node_modules/smol-toml/dist/index.js + 8 modules
var dist = __webpack_require__(3292);
// EXTERNAL MODULE: ./src/engine/errors.ts
var errors = __webpack_require__(7679);
// EXTERNAL MODULE: ./src/engine/paths.ts
var paths = __webpack_require__(4886);
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 17 modules
var schemas = __webpack_require__(8816);
// EXTERNAL MODULE: ./src/parsers/common.ts
var common = __webpack_require__(743);
;// CONCATENATED MODULE: ./src/parsers/bandit.ts
/**
 * bandit JSON (Debian's 1.6.2 and 1.7-1.9) -> findings. 1.6.2 writes float metrics and has no
 * columns or CWE; newer versions add col_offset, end_col_offset and issue_cwe.
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

// EXTERNAL MODULE: ./src/tools/resolve.ts
var resolve = __webpack_require__(8879);
// EXTERNAL MODULE: ./src/tools/runner.ts
var runner = __webpack_require__(5761);
;// CONCATENATED MODULE: ./src/gates/code/bandit.ts
/** Runs bandit on the configured targets and turns its JSON report into findings. */








/** `[tool.bandit]` from pyproject.toml, translated to CLI flags so every bandit version honours it. */
async function pyprojectSettings(workspace) {
    let text;
    try {
        text = await (0,promises_.readFile)(external_node_path_default().join(workspace, 'pyproject.toml'), 'utf8');
    }
    catch {
        return null;
    }
    let data;
    try {
        data = (0,dist/* parse */.qg)(text);
    }
    catch (e) {
        throw new errors/* ParseError */.mB(`pyproject.toml does not parse as TOML: ${e.message}`);
    }
    const b = data?.tool?.bandit;
    return b && typeof b === 'object' ? b : null;
}
/** bandit's targets, excludes and selection flags for the configured paths (the report flags are added by execBandit). */
async function bandiArgs(ctx) {
    const c = ctx.config;
    const targets = [];
    for (const p of c.paths) {
        const abs = (0,paths/* resolveInside */.LI)(ctx.workspace, p, 'gates.code.paths');
        try {
            await (0,promises_.stat)(abs);
        }
        catch {
            throw new errors/* ToolError */.v4('INPUT', `gates.code.paths: "${p}" does not exist in the workspace`);
        }
        targets.push(external_node_path_default().relative(ctx.workspace, abs) || '.');
    }
    const args = ['-r', ...targets];
    const py = c['bandit-config'] ? null : await pyprojectSettings(ctx.workspace);
    const exclude = c.exclude.length ? c.exclude : (py?.exclude_dirs ?? []);
    if (exclude.length)
        args.push('-x', exclude.join(','));
    args.push(...(await banditSelection(ctx)));
    return args;
}
/** bandit's selection flags (-s/-t/-c) from the config, without targets or excludes. */
async function banditSelection(ctx) {
    const c = ctx.config;
    const py = c['bandit-config'] ? null : await pyprojectSettings(ctx.workspace);
    const skip = c.skip.length ? c.skip : (py?.skips ?? []);
    const tests = c.tests.length ? c.tests : (py?.tests ?? []);
    const args = [];
    if (skip.length)
        args.push('-s', skip.join(','));
    if (tests.length)
        args.push('-t', tests.join(','));
    if (c['bandit-config'])
        args.push('-c', (0,paths/* resolveInside */.LI)(ctx.workspace, c['bandit-config'], 'gates.code.bandit-config'));
    return args;
}
/**
 * Runs bandit with `args` (targets and selection; the report flags are added here) in `cwd` and
 * parses its report, with paths relative to `base`.
 */
async function execBandit(ctx, args, cwd, base) {
    const tool = await (0,resolve/* resolveTool */.H)('bandit', ctx);
    const outFile = external_node_path_default().join(ctx.tempDir, `bandit-${process.pid}-${Date.now()}-${Math.random().toString(36).slice(2, 8)}.json`);
    const full = [...args, '-f', 'json', '-o', outFile, '-q'];
    ctx.logger.debug(`bandit ${full.join(' ')}`);
    const r = await ctx.tools.run(tool.path, full, { cwd, timeoutMs: 30 * 60_000, signal: ctx.signal });
    const info = { name: 'bandit', version: tool.version };
    // bandit: 0 = no issues, 1 = issues, anything else = it failed. Decide from the report either way.
    if (r.exitCode !== 0 && r.exitCode !== 1) {
        throw new errors/* ToolError */.v4('TOOL_FAILED', `bandit exited with code ${r.exitCode}`, { stderrTail: r.stderrTail });
    }
    let text;
    try {
        text = await (0,promises_.readFile)(outFile, 'utf8');
    }
    catch {
        throw new errors/* ToolError */.v4('TOOL_FAILED', `bandit exited ${r.exitCode} but wrote no report`, { stderrTail: r.stderrTail });
    }
    const parsed = parseBandit(text, base);
    // bandit 1.6.2 on Python 3.11 loses some plugin checks with a logged exception and no error entry.
    const lost = new Set();
    for (const m of r.stderrTail.matchAll(/Bandit internal error running: (\w+)/g))
        lost.add(m[1]);
    if (lost.size)
        ctx.logger.warning(`bandit ${tool.version ?? ''} crashed inside these checks, which did not run fully: ${[...lost].join(', ')}\n${(0,runner/* tailLines */.os)(r.stderrTail, 5)}`);
    return { parsed, tool: info, crashed: [...lost] };
}
async function runBandit(ctx) {
    const args = await bandiArgs(ctx);
    const { parsed, tool: info, crashed } = await execBandit(ctx, args, ctx.workspace, ctx.workspace);
    // bandit reads symlinked files: its errors about a path leading out of the workspace are dropped
    // (the engine drops such findings and checks too, engine/confine.ts; the link itself is a finding).
    const outside = new Set();
    for (const p of new Set([...parsed.errors.map((e) => e.path), ...parsed.scanned]))
        if ((await (0,paths/* realLocation */.EQ)(ctx.workspace, p)) === 'outside')
            outside.add(p);
    if (outside.size) {
        parsed.errors = parsed.errors.filter((e) => !outside.has(e.path));
        parsed.scanned = parsed.scanned.filter((p) => !outside.has(p));
        parsed.findings = parsed.findings.filter((f) => !outside.has(f.location.path));
    }
    const errors = parsed.errors.map((e) => `bandit could not scan ${e.path}: ${e.reason}`);
    const checks = parsed.scanned.map((file) => ({
        name: 'bandit',
        target: file,
        outcome: parsed.errors.some((e) => e.path === file) ? 'error' : parsed.findings.some((f) => f.location.path === file) ? 'fail' : 'pass',
        details: { findings: parsed.findings.filter((f) => f.location.path === file).length }
    }));
    for (const e of parsed.errors) {
        if (!checks.some((c) => c.target === e.path))
            checks.push({ name: 'bandit', target: e.path, outcome: 'error', details: { reason: e.reason } });
    }
    if (crashed.length)
        checks.push({ name: 'bandit-plugin-crash', target: '.', outcome: 'error', details: { checks: crashed } });
    return { findings: parsed.findings, checks, errors, tool: info };
}


/***/ }),

/***/ 3822:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   EQ: () => (/* binding */ scanNotebooks),
/* harmony export */   km: () => (/* binding */ notebookCellLocator)
/* harmony export */ });
/* unused harmony exports MAX_NOTEBOOK_BYTES, parseNotebook, neutraliseCell, notebookSource, cellLabel */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var jsonc_parser__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9547);
/* harmony import */ var jsonc_parser__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(jsonc_parser__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _engine_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7679);
/* harmony import */ var _engine_text_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(1655);
/* harmony import */ var _bandit_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7375);
/* harmony import */ var _rules_analyze_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(6176);
/* harmony import */ var _rules_parser_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(3969);
/* harmony import */ var _rules_findings_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(6460);
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









/** Largest notebook read (bytes): notebooks carry outputs (images), so this is larger than for .py. */
const MAX_NOTEBOOK_BYTES = 50 * 1024 * 1024;
const lineOf = (starts, offset) => (0,_engine_text_js__WEBPACK_IMPORTED_MODULE_8__/* .positionAt */ .t)(starts, offset).line;
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
    const root = (0,jsonc_parser__WEBPACK_IMPORTED_MODULE_2__.parseTree)(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
    if (errors.length || !root) {
        const e = errors[0];
        const at = e ? ` at line ${lineOf((0,_engine_text_js__WEBPACK_IMPORTED_MODULE_8__/* .lineStarts */ ._)(text), e.offset)}: ${(0,jsonc_parser__WEBPACK_IMPORTED_MODULE_2__.printParseErrorCode)(e.error)}` : '';
        throw new _engine_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ParseError */ .mB(`${where} is not valid notebook JSON${at}`);
    }
    if (root.type !== 'object')
        throw new _engine_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ParseError */ .mB(`${where}: a notebook is a JSON object, found ${root.type}`);
    const starts = (0,_engine_text_js__WEBPACK_IMPORTED_MODULE_8__/* .lineStarts */ ._)(text);
    const meta = prop(root, 'metadata');
    const lang = prop(prop(meta, 'kernelspec'), 'language')?.value ?? prop(prop(meta, 'language_info'), 'name')?.value;
    const language = typeof lang === 'string' && lang ? lang.toLowerCase() : 'python';
    let cellNodes;
    let sourceKey = 'source';
    const cells = prop(root, 'cells');
    if (cells) {
        if (cells.type !== 'array')
            throw new _engine_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ParseError */ .mB(`${where}: "cells" is not an array`);
        cellNodes = cells.children ?? [];
    }
    else {
        const sheets = prop(root, 'worksheets');
        if (sheets?.type !== 'array')
            throw new _engine_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ParseError */ .mB(`${where}: no "cells" (nbformat 4) or "worksheets" (nbformat 3) array; is this a Jupyter notebook?`);
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
                throw new _engine_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ParseError */ .mB(`${where}: cell ${i + 1} has a non-string source entry`);
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
/** Cell magics whose body is Python that runs. */
const PYTHON_CELL_MAGICS = new Set(['time', 'timeit', 'capture', 'prun', 'debug', 'python', 'python3', 'memit', 'pypy']);
function indentOf(line) {
    return line.slice(0, line.length - line.trimStart().length);
}
/** `x = !ls` -> the left side `x`, when the right side is shell or a magic; else null. */
function magicAssignment(line) {
    for (let i = 1; i < line.length; i++) {
        if (line[i] !== '=')
            continue;
        const before = line[i - 1];
        if (line[i + 1] === '=' || '=!<>+-*/%&|^@:'.includes(before))
            return null;
        const rhs = line.slice(i + 1).trimStart();
        if (rhs.startsWith('!') || rhs.startsWith('%'))
            return line.slice(0, i).trimEnd();
        return null;
    }
    return null;
}
/** Rows (0-based) that start inside a multi-line string of the cell. */
async function rowsInsideStrings(lines) {
    const rows = new Set();
    await (0,_rules_parser_js__WEBPACK_IMPORTED_MODULE_6__/* .withPythonTree */ .jg)(lines.join('\n'), (root) => {
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
    const out = [];
    let continuing = false;
    lines.forEach((line, row) => {
        if (inString.has(row)) {
            out.push(line);
            continuing = false;
            return;
        }
        const t = line.trim();
        const indent = indentOf(line);
        if (continuing) {
            out.push(`${indent}pass`);
            continuing = line.trimEnd().endsWith('\\');
            return;
        }
        const isMagic = t.startsWith('%') || t.startsWith('!') || t.startsWith('?') || (t.endsWith('?') && !t.includes('#') && !t.includes('"') && !t.includes("'"));
        if (isMagic) {
            out.push(`${indent}pass`);
            continuing = line.trimEnd().endsWith('\\');
            return;
        }
        const lhs = t.startsWith('#') ? null : magicAssignment(line);
        if (lhs !== null) {
            out.push(`${lhs} = None`);
            continuing = line.trimEnd().endsWith('\\');
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
function safeName(rel, i) {
    return `${String(i).padStart(4, '0')}_${rel.replace(/[^A-Za-z0-9_.-]/g, '_').slice(-120)}.py`;
}
/**
 * Scans the notebooks (workspace-relative paths): the rules always, bandit when `useBandit`.
 * A notebook that is not JSON, too large, or that bandit cannot parse is an error for that
 * notebook; a notebook whose kernel is not Python is listed as skipped.
 */
async function scanNotebooks(ctx, files, opts) {
    const findings = [];
    const checks = [];
    const errors = [];
    const prepared = [];
    for (const rel of files) {
        const abs = node_path__WEBPACK_IMPORTED_MODULE_1___default().join(ctx.workspace, rel);
        try {
            const st = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(abs);
            if (st.size > MAX_NOTEBOOK_BYTES) {
                errors.push(`${rel}: notebook is ${st.size} bytes, over the ${MAX_NOTEBOOK_BYTES}-byte limit; clear its outputs or exclude it (gates.code.exclude)`);
                checks.push({ name: 'notebook', target: rel, outcome: 'error', details: { reason: 'too large', bytes: st.size } });
                continue;
            }
            const nb = parseNotebook(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(abs, 'utf8'), rel);
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
    if (opts.rules) {
        for (const p of prepared) {
            const hits = await (0,_rules_analyze_js__WEBPACK_IMPORTED_MODULE_5__/* .analyzePython */ .z)(p.src.source, { disabled: opts.disabled });
            for (const h of hits) {
                const origin = p.src.origins[h.startLine - 1];
                findings.push(relocate((0,_rules_findings_js__WEBPACK_IMPORTED_MODULE_7__/* .ruleFinding */ .E)(h, p.path, origin?.text ?? ''), p.path, p.src.origins, 'ai-secure-gates'));
            }
        }
    }
    let tool = null;
    const banditErrors = new Map();
    if (opts.bandit && prepared.length) {
        const dir = node_path__WEBPACK_IMPORTED_MODULE_1___default().join(ctx.tempDir, `notebooks-${process.pid}-${Date.now()}`);
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdir)(dir, { recursive: true });
        const byPy = new Map();
        prepared.forEach((p, i) => {
            p.pyFile = safeName(p.path, i);
            byPy.set(p.pyFile, p);
        });
        await Promise.all(prepared.map((p) => (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.writeFile)(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(dir, p.pyFile), p.src.source)));
        const selection = await (0,_bandit_js__WEBPACK_IMPORTED_MODULE_4__/* .banditSelection */ .R7)(ctx);
        const run = await (0,_bandit_js__WEBPACK_IMPORTED_MODULE_4__/* .execBandit */ .ix)(ctx, ['-r', '.', ...selection], dir, dir);
        tool = run.tool;
        for (const f of run.parsed.findings) {
            const p = byPy.get(f.location.path);
            if (!p)
                continue;
            findings.push(relocate({ ...f, properties: { ...f.properties } }, p.path, p.src.origins, 'bandit'));
        }
        // A notebook bandit cannot parse as a whole (a cell with top-level await, Python 2...) is
        // retried cell by cell, so one bad cell does not hide the others.
        const retry = run.parsed.errors.map((e) => byPy.get(e.path)).filter((p) => !!p);
        for (const p of retry) {
            const sub = node_path__WEBPACK_IMPORTED_MODULE_1___default().join(dir, `${p.pyFile}.cells`);
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdir)(sub, { recursive: true });
            const cellFiles = new Map();
            let start = 0;
            for (const cell of p.nb.codeCells) {
                const name = `cell_${String(cell.number).padStart(4, '0')}.py`;
                const body = p.src.source.split('\n').slice(start, start + cell.lines.length);
                // Earlier lines are blanked so line numbers stay those of the whole notebook source.
                await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.writeFile)(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(sub, name), '\n'.repeat(start) + body.join('\n') + '\n');
                cellFiles.set(name, { start });
                start += cell.lines.length;
            }
            const cellRun = await (0,_bandit_js__WEBPACK_IMPORTED_MODULE_4__/* .execBandit */ .ix)(ctx, ['-r', '.', ...selection], sub, sub);
            for (const f of cellRun.parsed.findings)
                findings.push(relocate(f, p.path, p.src.origins, 'bandit'));
            const bad = cellRun.parsed.errors.map((e) => {
                const s = cellFiles.get(e.path);
                const origin = s ? p.src.origins[s.start] : undefined;
                return `${origin ? cellLabel(origin.cell) : e.path}: ${e.reason}`;
            });
            if (bad.length)
                banditErrors.set(p.path, bad.join('; '));
        }
        if (run.crashed.length)
            checks.push({ name: 'bandit-plugin-crash', target: 'notebooks', outcome: 'error', details: { checks: run.crashed } });
    }
    for (const p of prepared) {
        const mine = findings.filter((f) => f.location.path === p.path).length;
        const bad = banditErrors.get(p.path);
        if (bad)
            errors.push(`bandit could not scan ${p.path}: ${bad}`);
        checks.push({
            name: 'notebook',
            target: p.path,
            outcome: bad ? 'error' : mine ? 'fail' : 'pass',
            details: { codeCells: p.nb.codeCells.length, lines: p.src.origins.length, findings: mine, ...(bad ? { reason: bad } : {}) }
        });
    }
    return { findings, checks, errors, tool };
}
/**
 * For a notebook's JSON text, a function from a 1-based JSON line to the cell it is in (null
 * outside cells, or when the text is not a notebook). Used to say "cell 4 output" for a secret.
 */
function notebookCellLocator(text) {
    const root = (0,jsonc_parser__WEBPACK_IMPORTED_MODULE_2__.parseTree)(text, [], { disallowComments: true });
    const cells = prop(root, 'cells');
    if (!root || cells?.type !== 'array')
        return () => null;
    const starts = (0,_engine_text_js__WEBPACK_IMPORTED_MODULE_8__/* .lineStarts */ ._)(text);
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

/***/ 6176:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   z: () => (/* binding */ analyzePython)
/* harmony export */ });
/* harmony import */ var _catalog_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6891);
/* harmony import */ var _parser_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3969);
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
        if (!mod || mod.type !== 'dotted_name')
            continue; // relative imports are the project's own code
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
    return { bindings, star };
}
/** Qualified names a dotted expression may stand for, through imports and known aliases. */
function resolve(scope, expr) {
    const [head, ...rest] = expr.split('.');
    const tail = rest.length ? `.${rest.join('.')}` : '';
    const bound = scope.bindings.get(head);
    if (bound)
        return [...bound].map((q) => q + tail);
    return scope.star.map((m) => `${m}.${expr}`);
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
            for (const q of resolve(scope, expr)) {
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
function valueOf(node, scope) {
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
            return valueOf(node.namedChildren.find((c) => c && c.type !== 'comment'), scope);
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
            const names = resolve(scope, expr);
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
const checks = [
    (c) => {
        if (!anyIn(c.names, TORCH_CALLS))
            return [];
        const node = arg(c, 'weights_only');
        const v = valueOf(node, emptyScope);
        if (isTrue(v))
            return [];
        const what = !node
            ? `torch.load(...) without weights_only=True unpickles whatever the file holds (before torch 2.6 this is the default), so a crafted checkpoint runs code when loaded`
            : v?.kind === 'bool'
                ? `torch.load(..., weights_only=False) unpickles whatever the file holds, so a crafted checkpoint runs code when loaded`
                : `torch.load(..., weights_only=${describe(v, node)}) cannot be shown to pass True; unless it does, a crafted checkpoint runs code when loaded`;
        return [{ ruleId: 'torch-load-unsafe', call: 'torch.load', what }];
    },
    (c) => {
        if (!anyIn(c.names, PICKLE_CALLS))
            return [];
        const name = first(c.names, PICKLE_CALLS);
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
        const v = valueOf(node, scope);
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
        const v = valueOf(node, scope);
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
        const v = valueOf(node, scope);
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
        const v = valueOf(node, scope);
        if (isFalsy(v))
            return [];
        const what = isTrue(v)
            ? `${c.written}(..., trust_remote_code=True) downloads and runs Python code from the model's Hub repository`
            : `${c.written}(..., trust_remote_code=${describe(v, node)}) may run Python code from the Hub (not the literal False)`;
        return [{ ruleId: 'hf-trust-remote-code', call: c.names[0] ?? c.written, what }];
    },
    (c, scope) => {
        const fromPretrained = c.written.split('.').pop() === 'from_pretrained' && c.written.includes('.');
        const hub = c.names.find((n) => HF_DOWNLOADS.has(n));
        if (!fromPretrained && !hub)
            return [];
        const callName = hub ?? `${c.written}`;
        const repo = valueOf(arg(c, hub ? (hub.endsWith('load_dataset') ? 'path' : 'repo_id') : 'pretrained_model_name_or_path', 0), scope);
        if (looksLocal(repo))
            return [];
        if (hub?.endsWith('load_dataset') && repo?.kind === 'string' && LOCAL_BUILDERS.has(repo.value))
            return [];
        if (isTrue(valueOf(c.keywords.get('local_files_only'), scope)))
            return [];
        const node = c.keywords.get('revision');
        const v = valueOf(node, scope);
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
const emptyScope = { bindings: new Map(), star: [] };
function readCall(node, scope) {
    const fn = node.childForFieldName('function');
    const written = dotted(fn);
    if (!written)
        return null;
    const names = resolve(scope, written);
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
    return (0,_parser_js__WEBPACK_IMPORTED_MODULE_1__/* .withPythonTree */ .jg)(source, (root) => {
        const scope = collectImports(root);
        collectAliases(root, scope);
        const hits = [];
        for (const node of root.descendantsOfType('call')) {
            if (!node)
                continue;
            const call = readCall(node, scope);
            if (!call)
                continue;
            for (const check of checks) {
                for (const h of check(call, scope)) {
                    if (options.disabled?.has(h.ruleId))
                        continue;
                    hits.push({
                        ruleId: h.ruleId,
                        call: h.call,
                        message: `${h.what}. ${_catalog_js__WEBPACK_IMPORTED_MODULE_0__/* .RULES */ .y0[h.ruleId].fix}`,
                        startLine: node.startPosition.row + 1,
                        startColumn: node.startPosition.column + 1,
                        endLine: node.endPosition.row + 1,
                        endColumn: node.endPosition.column + 1
                    });
                }
            }
        }
        return hits.sort((a, b) => a.startLine - b.startLine || a.startColumn - b.startColumn);
    });
}


/***/ }),

/***/ 6460:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D: () => (/* binding */ mergeFindings),
/* harmony export */   E: () => (/* binding */ ruleFinding)
/* harmony export */ });
/* harmony import */ var _catalog_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6891);

function ruleFinding(h, file, lineText) {
    const r = _catalog_js__WEBPACK_IMPORTED_MODULE_0__/* .RULES */ .y0[h.ruleId];
    return {
        ruleId: r.id,
        severity: r.severity,
        title: `${r.id}: ${r.title}`,
        message: h.message,
        location: { path: file, startLine: h.startLine, startColumn: h.startColumn, endLine: h.endLine, endColumn: h.endColumn },
        help: (0,_catalog_js__WEBPACK_IMPORTED_MODULE_0__/* .ruleHelp */ .ym)(h.ruleId),
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
        const same = (byLine.get(key(b)) ?? []).find((r) => _catalog_js__WEBPACK_IMPORTED_MODULE_0__/* .RULES */ .y0[r.ruleId]?.bandit.includes(b.ruleId));
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


/***/ }),

/***/ 3969:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Tw: () => (/* binding */ MAX_SOURCE_BYTES),
/* harmony export */   jg: () => (/* binding */ withPythonTree)
/* harmony export */ });
/* unused harmony export pythonLanguage */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_module__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8995);
/* harmony import */ var node_module__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_module__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3136);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_url__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var _node_modules_web_tree_sitter_web_tree_sitter_cjs__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(551);
/* harmony import */ var _node_modules_web_tree_sitter_web_tree_sitter_cjs__WEBPACK_IMPORTED_MODULE_4___default = /*#__PURE__*/__webpack_require__.n(_node_modules_web_tree_sitter_web_tree_sitter_cjs__WEBPACK_IMPORTED_MODULE_4__);
/* harmony import */ var _engine_errors_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(7679);
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


const TreeSitter = (_node_modules_web_tree_sitter_web_tree_sitter_cjs__WEBPACK_IMPORTED_MODULE_4___default());
/** Largest Python source we parse (bytes); larger files are reported, not parsed. */
const MAX_SOURCE_BYTES = 5 * 1024 * 1024;
async function readWasm(bundled, pkgPath) {
    try {
        return await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(bundled);
    }
    catch (first) {
        try {
            return await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)((0,node_module__WEBPACK_IMPORTED_MODULE_1__.createRequire)(import.meta.url).resolve(pkgPath));
        }
        catch {
            throw new _engine_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .ToolError */ .v4('TOOL_NOT_FOUND', `the Python parser could not be loaded: ${pkgPath} is missing (${first.message}); reinstall the action's dependencies (npm ci)`, { cause: first });
        }
    }
}
let loading = null;
async function loadLanguage() {
    // The CommonJS build reads __dirname (for files it would locate itself); an ESM bundle has none.
    // We hand it the wasm bytes, so the folder is never used; give it this module's folder.
    const g = globalThis;
    if (typeof g.__dirname !== 'string')
        g.__dirname = node_path__WEBPACK_IMPORTED_MODULE_2___default().dirname((0,node_url__WEBPACK_IMPORTED_MODULE_3__.fileURLToPath)(import.meta.url));
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
            throw e instanceof _engine_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .ToolError */ .v4 ? e : new _engine_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .ToolError */ .v4('TOOL_FAILED', `the Python parser (tree-sitter) failed to start: ${e.message}`, { cause: e });
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
            throw new _engine_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .ToolError */ .v4('TOOL_FAILED', 'the Python parser returned no tree');
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


/***/ }),

/***/ 743:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _q: () => (/* binding */ normaliseToolPath),
/* harmony export */   _x: () => (/* binding */ parseJsonWith),
/* harmony export */   xJ: () => (/* binding */ validateWith)
/* harmony export */ });
/* harmony import */ var _engine_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7679);

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

/***/ 8879:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H: () => (/* binding */ resolveTool)
/* harmony export */ });
/* unused harmony export toolVersion */
/* harmony import */ var _engine_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7679);
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
async function resolveTool(name, ctx) {
    const onPath = await ctx.tools.which(name);
    if (onPath)
        return { name, path: onPath, version: await toolVersion(name, onPath, ctx), source: 'path' };
    // The installer (and @actions/tool-cache, @actions/cache under it) loads only when a tool is missing.
    const { installTool, PINNED } = await Promise.all(/* import() */[__webpack_require__.e(88), __webpack_require__.e(805), __webpack_require__.e(587)]).then(__webpack_require__.bind(__webpack_require__, 7587));
    if (ctx.install === 'never') {
        throw new _engine_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ToolError */ .v4('TOOL_NOT_FOUND', `${name} not found on PATH and install is "never": set install: auto to let the action install ${name} ${PINNED[name].version}, or add a setup step that installs it (${PINNED[name].hint}).`, { tool: name });
    }
    const installed = await installTool(name, ctx);
    return { name, path: installed, version: await toolVersion(name, installed, ctx), source: 'installed' };
}


/***/ })

};
