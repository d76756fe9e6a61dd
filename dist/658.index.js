export const id = 658;
export const ids = [658];
export const modules = {

/***/ 1658:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  sarifGate: () => (/* binding */ sarifGate)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: ./node_modules/picomatch/index.js
var picomatch = __webpack_require__(14006);
var picomatch_default = /*#__PURE__*/__webpack_require__.n(picomatch);
// EXTERNAL MODULE: ./src/engine/confine.ts
var confine = __webpack_require__(29666);
// EXTERNAL MODULE: ./src/engine/errors.ts
var engine_errors = __webpack_require__(17679);
// EXTERNAL MODULE: ./src/engine/paths.ts
var paths = __webpack_require__(4886);
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 15 modules
var schemas = __webpack_require__(9691);
// EXTERNAL MODULE: ./src/parsers/common.ts
var common = __webpack_require__(40743);
;// CONCATENATED MODULE: ./src/parsers/sarif.ts
/**
 * SARIF 2.1.0 (from semgrep, checkov, codeql, grype, trivy, bandit, gitleaks...) -> findings.
 *
 * Severity, first match wins:
 *   1. `security-severity` (a CVSS-like score, on the result's or the rule's properties), with
 *      GitHub code scanning's bands: >= 9.0 critical, >= 7.0 high, >= 4.0 medium, > 0 low, 0 info;
 *   2. the result's `level`, else the rule's `defaultConfiguration.level`, else SARIF's default
 *      `warning`, through a map (default error -> high, warning -> medium, note -> low, none -> info).
 * Results whose `kind` is `pass` or `notApplicable`, and results with an accepted suppression,
 * are counted, not reported. Snippets are never copied into messages (they can hold secrets).
 */



const SARIF_LEVELS = ['error', 'warning', 'note', 'none'];
const messageSchema = schemas/* looseObject */._H3({ text: schemas/* string */.YjP().optional(), markdown: schemas/* string */.YjP().optional(), id: schemas/* string */.YjP().optional(), arguments: schemas/* array */.YOg(schemas/* string */.YjP()).optional() });
const multiformat = schemas/* looseObject */._H3({ text: schemas/* string */.YjP().optional(), markdown: schemas/* string */.YjP().optional() });
const regionSchema = schemas/* looseObject */._H3({
    startLine: schemas/* number */.aig().int().optional(),
    startColumn: schemas/* number */.aig().int().optional(),
    endLine: schemas/* number */.aig().int().optional(),
    endColumn: schemas/* number */.aig().int().optional(),
    snippet: schemas/* looseObject */._H3({ text: schemas/* string */.YjP().optional() }).optional()
});
const locationSchema = schemas/* looseObject */._H3({
    physicalLocation: schemas/* looseObject */._H3({
        artifactLocation: schemas/* looseObject */._H3({ uri: schemas/* string */.YjP().optional(), uriBaseId: schemas/* string */.YjP().optional(), index: schemas/* number */.aig().int().optional() }).optional(),
        region: regionSchema.optional()
    })
        .optional(),
    logicalLocations: schemas/* array */.YOg(schemas/* looseObject */._H3({ fullyQualifiedName: schemas/* string */.YjP().optional(), name: schemas/* string */.YjP().optional() })).optional()
});
const propertiesSchema = schemas/* looseObject */._H3({ 'security-severity': schemas/* union */.KCZ([schemas/* string */.YjP(), schemas/* number */.aig()]).optional(), tags: schemas/* array */.YOg(schemas/* string */.YjP()).optional() }).optional();
const ruleSchema = schemas/* looseObject */._H3({
    id: schemas/* string */.YjP(),
    name: schemas/* string */.YjP().optional(),
    shortDescription: multiformat.optional(),
    fullDescription: multiformat.optional(),
    help: multiformat.optional(),
    helpUri: schemas/* string */.YjP().optional(),
    messageStrings: schemas/* record */.g1P(schemas/* string */.YjP(), multiformat).optional(),
    defaultConfiguration: schemas/* looseObject */._H3({ level: schemas/* enum */.k5n(SARIF_LEVELS).optional() }).optional(),
    properties: propertiesSchema
});
const resultSchema = schemas/* looseObject */._H3({
    ruleId: schemas/* string */.YjP().optional(),
    ruleIndex: schemas/* number */.aig().int().optional(),
    rule: schemas/* looseObject */._H3({ id: schemas/* string */.YjP().optional(), index: schemas/* number */.aig().int().optional() }).optional(),
    kind: schemas/* enum */.k5n(['notApplicable', 'pass', 'fail', 'review', 'open', 'informational']).optional(),
    level: schemas/* enum */.k5n(SARIF_LEVELS).optional(),
    message: messageSchema,
    locations: schemas/* array */.YOg(locationSchema).optional(),
    partialFingerprints: schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* unknown */.L5J()).optional(),
    suppressions: schemas/* array */.YOg(schemas/* looseObject */._H3({ kind: schemas/* string */.YjP().optional(), status: schemas/* string */.YjP().optional() })).optional(),
    properties: propertiesSchema
});
const componentSchema = schemas/* looseObject */._H3({ name: schemas/* string */.YjP(), version: schemas/* string */.YjP().optional(), semanticVersion: schemas/* string */.YjP().optional(), rules: schemas/* array */.YOg(ruleSchema).optional() });
const runSchema = schemas/* looseObject */._H3({
    tool: schemas/* looseObject */._H3({ driver: componentSchema, extensions: schemas/* array */.YOg(componentSchema).optional() }),
    results: schemas/* array */.YOg(resultSchema).nullable().optional(),
    originalUriBaseIds: schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* looseObject */._H3({ uri: schemas/* string */.YjP().optional() })).optional(),
    artifacts: schemas/* array */.YOg(schemas/* looseObject */._H3({ location: schemas/* looseObject */._H3({ uri: schemas/* string */.YjP().optional() }).optional() })).optional()
});
const sarifSchema = schemas/* looseObject */._H3({
    version: schemas/* literal */.euz('2.1.0'),
    runs: schemas/* array */.YOg(runSchema)
});
const DEFAULT_LEVEL_MAP = { error: 'high', warning: 'medium', note: 'low', none: 'info' };
/** GitHub code scanning's bands for security-severity. */
function securitySeverity(score) {
    if (score >= 9)
        return 'critical';
    if (score >= 7)
        return 'high';
    if (score >= 4)
        return 'medium';
    if (score > 0)
        return 'low';
    return 'info';
}
function scoreOf(p) {
    const raw = p?.['security-severity'];
    if (raw === undefined)
        return null;
    const n = typeof raw === 'number' ? raw : Number.parseFloat(raw);
    return Number.isFinite(n) && n >= 0 && n <= 10 ? n : null;
}
function fill(template, args) {
    if (!args?.length)
        return template;
    return template.replace(/\{(\d+)\}/g, (m, i) => args[Number(i)] ?? m);
}
/** A result's location URI as a workspace-relative path. */
function toPath(uri, baseId, bases, workspace) {
    if (!uri)
        return '.';
    let u = uri;
    if (baseId && bases[baseId]?.uri && !/^[a-z]+:/i.test(u)) {
        const base = bases[baseId].uri;
        u = base.replace(/\/?$/, '/') + u.replace(/^\.?\//, '');
    }
    if (u.startsWith('file://')) {
        try {
            u = decodeURIComponent(new URL(u).pathname);
            if (/^\/[A-Za-z]:\//.test(u))
                u = u.slice(1);
        }
        catch {
            u = u.slice('file://'.length);
        }
    }
    else if (!/^[a-z][a-z0-9+.-]*:/i.test(u)) {
        try {
            u = decodeURIComponent(u);
        }
        catch {
            /* keep as is */
        }
    }
    return (0,common/* normaliseToolPath */._q)(u, workspace) || '.';
}
function parseSarif(text, options = {}) {
    const what = `SARIF${options.source ? ` ${options.source}` : ''}`;
    const data = (0,common/* parseJsonWith */._x)(schemas/* unknown */.L5J(), text, what);
    if (!data || typeof data !== 'object' || Array.isArray(data))
        throw new engine_errors/* ParseError */.mB(`${what}: not a SARIF log (expected an object with "version" and "runs")`);
    if (data.version !== undefined && data.version !== '2.1.0') {
        throw new engine_errors/* ParseError */.mB(`${what}: SARIF version ${JSON.stringify(data.version)} is not supported; only 2.1.0 is read. Ask the tool for SARIF 2.1.0.`);
    }
    const log = (0,common/* validateWith */.xJ)(sarifSchema, data, what);
    const levels = { ...DEFAULT_LEVEL_MAP, ...(options.levels ?? {}) };
    const findings = [];
    const runs = [];
    for (const run of log.runs) {
        const driver = run.tool.driver;
        const toolName = driver.name;
        const rules = new Map();
        const byIndex = driver.rules ?? [];
        for (const r of byIndex)
            rules.set(r.id, r);
        for (const ext of run.tool.extensions ?? [])
            for (const r of ext.rules ?? [])
                if (!rules.has(r.id))
                    rules.set(r.id, r);
        const summary = { tool: toolName, version: driver.version ?? driver.semanticVersion ?? null, results: 0, reported: 0, passed: 0, suppressed: 0 };
        const bases = run.originalUriBaseIds ?? {};
        for (const res of run.results ?? []) {
            summary.results++;
            if (res.kind === 'pass' || res.kind === 'notApplicable') {
                summary.passed++;
                continue;
            }
            if (res.suppressions?.some((s) => (s.status ?? 'accepted') === 'accepted')) {
                summary.suppressed++;
                continue;
            }
            const index = res.ruleIndex ?? res.rule?.index;
            const rule = (index !== undefined ? byIndex[index] : undefined) ?? rules.get(res.ruleId ?? res.rule?.id ?? '');
            const ruleId = res.ruleId ?? res.rule?.id ?? rule?.id;
            if (!ruleId)
                throw new engine_errors/* ParseError */.mB(`${what}: run "${toolName}", result ${summary.results - 1} has no ruleId`);
            const score = scoreOf(res.properties) ?? scoreOf(rule?.properties);
            const level = res.level ?? rule?.defaultConfiguration?.level ?? 'warning';
            const severity = res.kind === 'informational' ? 'info' : score !== null ? securitySeverity(score) : levels[level];
            const loc = res.locations?.[0];
            const phys = loc?.physicalLocation;
            let path = toPath(phys?.artifactLocation?.uri ?? (phys?.artifactLocation?.index !== undefined ? run.artifacts?.[phys.artifactLocation.index]?.location?.uri : undefined), phys?.artifactLocation?.uriBaseId, bases, options.workspace);
            if (path === '.' && loc?.logicalLocations?.[0])
                path = loc.logicalLocations[0].fullyQualifiedName ?? loc.logicalLocations[0].name ?? '.';
            const region = phys?.region;
            const startLine = region?.startLine && region.startLine > 0 ? region.startLine : null;
            let msg = res.message.text ?? res.message.markdown ?? '';
            if (!msg && res.message.id && rule?.messageStrings?.[res.message.id])
                msg = rule.messageStrings[res.message.id].text ?? '';
            msg = fill(msg, res.message.arguments).trim() || rule?.shortDescription?.text || ruleId;
            const helpText = rule?.help?.text ?? rule?.help?.markdown ?? rule?.fullDescription?.text ?? rule?.shortDescription?.text;
            const snippet = region?.snippet?.text?.trim();
            findings.push({
                ruleId,
                severity,
                title: `${toolName} ${ruleId}${rule?.shortDescription?.text ? `: ${rule.shortDescription.text}` : ''}`.slice(0, 200),
                message: `${msg} [${toolName} ${ruleId}, ${score !== null ? `security-severity ${score}` : `level ${level}`}]`,
                location: {
                    path,
                    startLine,
                    endLine: startLine && region?.endLine && region.endLine >= startLine ? region.endLine : startLine,
                    startColumn: startLine && region?.startColumn ? region.startColumn : null,
                    endColumn: startLine && region?.endColumn ? region.endColumn : null
                },
                ...(helpText || rule?.helpUri ? { help: { text: helpText ?? ruleId, uri: rule?.helpUri } } : {}),
                fingerprintKey: `${toolName} ${snippet || msg}`,
                properties: {
                    tool: toolName,
                    sarifLevel: level,
                    ...(score !== null ? { securitySeverity: score } : {}),
                    ...(rule?.properties?.tags ? { tags: rule.properties.tags } : {}),
                    ...(options.source ? { sarifFile: options.source } : {})
                }
            });
            summary.reported++;
        }
        runs.push(summary);
    }
    return { findings, runs };
}

// EXTERNAL MODULE: ./src/gates/sarif/config.ts
var config = __webpack_require__(40202);
;// CONCATENATED MODULE: ./src/gates/sarif/index.ts
/**
 * The sarif gate: imports SARIF 2.1.0 files that other steps produced, so any scanner joins the
 * same checks, waivers, baseline and verdict. Every listed file must exist and parse; a missing
 * or unreadable file is an error (unless allow-missing), never a silent pass.
 */







const sarifGate = {
    id: 'sarif',
    title: 'Imported SARIF',
    configSchema: config/* sarifConfigSchema */.T,
    async run(ctx) {
        const c = ctx.config;
        const findings = [];
        const checks = [];
        const errors = [];
        const files = [];
        const reported = new Set();
        for (const entry of c.files) {
            (0,paths.resolveInside)(ctx.workspace, entry, 'gates.sarif.files');
            let matched;
            if (picomatch_default().scan(entry).isGlob) {
                const walk = await (0,paths/* walkFiles */.Fv)(ctx.workspace, { include: [entry] });
                matched = walk.files;
                // A SARIF file whose name is not UTF-8 cannot be imported: said, never dropped.
                const notes = (0,confine/* walkNotes */.$B)({ symlinks: [], unreadable: walk.unreadable });
                for (const [i, ch] of notes.checks.entries()) {
                    if (reported.has(ch.target))
                        continue;
                    reported.add(ch.target);
                    checks.push({ ...ch, name: 'sarif-import' });
                    errors.push(notes.errors[i]);
                }
                if (matched.length === 0 && notes.checks.length)
                    continue;
            }
            else {
                const rel = entry.replace(/\\/g, '/').replace(/^\.\/+/, '');
                matched = (await (0,promises_.stat)((0,paths.resolveInside)(ctx.workspace, rel, 'gates.sarif.files')).catch(() => null))?.isFile() ? [rel] : [];
            }
            if (matched.length === 0) {
                const reason = `"${entry}" matches no file in the workspace`;
                if (c['allow-missing'])
                    checks.push({ name: 'sarif-import', target: entry, outcome: 'skipped', details: { reason } });
                else {
                    errors.push(`gates.sarif.files: ${reason}; the step that should write it probably failed or wrote elsewhere (set allow-missing: true if it is optional).`);
                    checks.push({ name: 'sarif-import', target: entry, outcome: 'error', details: { reason } });
                }
                continue;
            }
            for (const m of matched)
                if (!files.includes(m))
                    files.push(m);
        }
        const maxBytes = c['max-size-mb'] * 1024 * 1024;
        for (const rel of files) {
            try {
                const abs = await (0,paths/* realInside */.he)(ctx.workspace, rel, 'gates.sarif.files');
                const st = await (0,promises_.stat)(abs);
                if (st.size > maxBytes)
                    throw new engine_errors/* ParseError */.mB(`${rel} is ${(st.size / 1048576).toFixed(1)} MB, over max-size-mb (${c['max-size-mb']})`);
                const parsed = parseSarif(await (0,promises_.readFile)(abs, 'utf8'), { workspace: ctx.workspace, levels: c.levels, source: rel });
                findings.push(...parsed.findings);
                const reported = parsed.findings.length;
                checks.push({
                    name: 'sarif-import',
                    target: rel,
                    outcome: reported ? 'fail' : 'pass',
                    details: { runs: parsed.runs.map((r) => ({ tool: r.tool, version: r.version, results: r.results, reported: r.reported, passed: r.passed, suppressed: r.suppressed })) }
                });
            }
            catch (e) {
                const msg = e instanceof Error ? e.message : String(e);
                errors.push(`${rel}: ${msg}`);
                checks.push({ name: 'sarif-import', target: rel, outcome: 'error', details: { reason: msg } });
            }
        }
        const tools = [...new Set(checks.flatMap((ch) => (ch.details.runs ?? []).map((r) => r.tool)))];
        const summary = errors.length ? undefined : `${findings.length} result${findings.length === 1 ? '' : 's'} from ${files.length} SARIF file${files.length === 1 ? '' : 's'}${tools.length ? ` (${tools.join(', ')})` : ''}`;
        return { findings, checks, errors, tool: null, ...(summary ? { summary } : {}), ...(files.length === 0 && errors.length === 0 ? { skipped: 'no SARIF file found (allow-missing)' } : {}) };
    }
};


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


/***/ })

};
