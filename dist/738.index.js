export const id = 738;
export const ids = [738];
export const modules = {

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

/***/ 59891:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ew: () => (/* binding */ canonicalName),
/* harmony export */   p$: () => (/* binding */ requirementLines),
/* harmony export */   uw: () => (/* binding */ parsePipAudit)
/* harmony export */ });
/* unused harmony export pipAuditReportSchema */
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9691);
/* harmony import */ var _engine_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(17679);
/* harmony import */ var _common_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(40743);
/**
 * pip-audit JSON (`-f json`) -> findings. Reads the current shape (`{dependencies, fixes}`, 2.0.0+)
 * and the pre-2.0 bare array of dependencies. A dependency is either resolved (`name`, `version`,
 * `vulns[]`) or skipped (`name`, `skip_reason`). pip-audit has no severity: the caller chooses one
 * (default high), optionally a different one for vulnerabilities without a fix version.
 * Vulnerability ids are PYSEC/GHSA/OSV ids; `aliases` (2.7.0+) carry the CVE/GHSA ids, which go
 * into FindingInput.aliases so a waiver for any of them covers the finding.
 */



const vulnSchema = zod__WEBPACK_IMPORTED_MODULE_2__/* .looseObject */ ._H3({
    id: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().min(1),
    fix_versions: zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP()).default([]),
    aliases: zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP()).optional(),
    description: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().nullable().optional()
});
const dependencySchema = zod__WEBPACK_IMPORTED_MODULE_2__/* .looseObject */ ._H3({
    name: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().min(1),
    version: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().optional(),
    vulns: zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(vulnSchema).optional(),
    skip_reason: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().optional()
})
    .refine((d) => d.vulns !== undefined || d.skip_reason !== undefined, {
    message: 'a dependency needs either "vulns" (audited) or "skip_reason" (skipped)'
});
const currentReport = zod__WEBPACK_IMPORTED_MODULE_2__/* .looseObject */ ._H3({ dependencies: zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(dependencySchema), fixes: zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_2__/* .unknown */ .L5J()).optional() });
const legacyReport = zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(dependencySchema);
const pipAuditReportSchema = zod__WEBPACK_IMPORTED_MODULE_2__/* .union */ .KCZ([currentReport, legacyReport]);
/** PEP 503 normalised name: lowercase, runs of `-_.` become `-`. */
function canonicalName(name) {
    return name.toLowerCase().replace(/[-_.]+/g, '-');
}
function firstSentence(text, max = 200) {
    if (!text)
        return '';
    const flat = text.replace(/\s+/g, ' ').trim();
    const cut = /^(.{20,}?[.!?])\s/.exec(flat)?.[1] ?? flat;
    return cut.length > max ? cut.slice(0, max - 1) + '…' : cut;
}
/** Orders ids for display: CVE first, then GHSA, then the rest. */
function displayAliases(id, aliases) {
    const rank = (s) => (s.startsWith('CVE-') ? 0 : s.startsWith('GHSA-') ? 1 : 2);
    return [...new Set(aliases.filter((a) => a && a !== id))].sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
}
function parsePipAudit(text, options = {}) {
    // Dispatch on the top-level shape so a validation error names the real offending path.
    const data = (0,_common_js__WEBPACK_IMPORTED_MODULE_1__/* .parseJsonWith */ ._x)(zod__WEBPACK_IMPORTED_MODULE_2__/* .unknown */ .L5J(), text, 'pip-audit');
    if (data === null || typeof data !== 'object')
        throw new _engine_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ParseError */ .mB(`pip-audit: the report is ${JSON.stringify(data)}, not a pip-audit JSON report`);
    const report = Array.isArray(data) ? (0,_common_js__WEBPACK_IMPORTED_MODULE_1__/* .validateWith */ .xJ)(legacyReport, data, 'pip-audit (pre-2.0 array)') : (0,_common_js__WEBPACK_IMPORTED_MODULE_1__/* .validateWith */ .xJ)(currentReport, data, 'pip-audit');
    const shape = Array.isArray(report) ? 'legacy' : 'current';
    const deps = Array.isArray(report) ? report : report.dependencies;
    const severity = options.severity ?? 'high';
    const unfixable = options.unfixableSeverity ?? severity;
    const file = options.path ?? '.';
    const findings = [];
    const audited = [];
    const skipped = [];
    let vulnerabilities = 0;
    for (const dep of deps) {
        const line = options.lines?.get(canonicalName(dep.name)) ?? null;
        const location = { path: file, startLine: line };
        if (dep.vulns === undefined) {
            const reason = dep.skip_reason ?? 'no reason given';
            skipped.push({ name: dep.name, reason });
            findings.push({
                ruleId: 'pip-audit/skipped-dependency',
                severity: 'info',
                title: `${dep.name} not audited`,
                message: `${dep.name}${dep.version ? ' ' + dep.version : ''} was not audited by pip-audit: ${reason}`,
                location,
                fingerprintKey: `${canonicalName(dep.name)} skipped`,
                properties: { tool: 'pip-audit', package: dep.name, skipReason: reason }
            });
            continue;
        }
        const version = dep.version ?? '(unknown version)';
        audited.push({ name: dep.name, version, vulns: dep.vulns.length });
        for (const v of dep.vulns) {
            vulnerabilities++;
            const aliases = displayAliases(v.id, v.aliases ?? []);
            const fixable = v.fix_versions.length > 0;
            const fix = fixable ? `fixed in ${v.fix_versions.join(', ')}` : 'no fixed version is available';
            const also = aliases.length ? ` (${aliases.join(', ')})` : '';
            const summary = firstSentence(v.description);
            findings.push({
                ruleId: v.id,
                aliases,
                severity: fixable ? severity : unfixable,
                title: `${v.id} in ${dep.name} ${version}`,
                message: `${dep.name} ${version} is affected by ${v.id}${also}; ${fix}.${summary ? ' ' + summary : ''}`,
                location,
                help: {
                    text: `${v.id}${also} in ${dep.name} ${version}: ${fix}.${v.description ? '\n\n' + v.description.trim() : ''}`,
                    uri: advisoryUrl(v.id, aliases)
                },
                fingerprintKey: `${canonicalName(dep.name)} ${v.id}`,
                properties: {
                    tool: 'pip-audit',
                    package: dep.name,
                    installedVersion: version,
                    fixVersions: v.fix_versions,
                    fixAvailable: fixable
                }
            });
        }
    }
    return { findings, shape, audited, skipped, vulnerabilities };
}
function advisoryUrl(id, aliases) {
    const ghsa = [id, ...aliases].find((a) => a.startsWith('GHSA-'));
    if (ghsa)
        return `https://github.com/advisories/${ghsa}`;
    return `https://osv.dev/vulnerability/${encodeURIComponent(id)}`;
}
/**
 * Line numbers of the requirements declared in a requirements file (canonical name -> first line),
 * so findings annotate the line that pulls the package in. Continuation lines and options are skipped.
 */
function requirementLines(text) {
    const out = new Map();
    const lines = text.split(/\r?\n/);
    let continued = false;
    for (let i = 0; i < lines.length; i++) {
        const raw = lines[i];
        const wasContinued = continued;
        continued = /\\\s*$/.test(raw);
        if (wasContinued)
            continue;
        const line = raw.replace(/(^|\s)#.*$/, '').trim();
        if (!line || line.startsWith('-'))
            continue;
        const m = /^([A-Za-z0-9][A-Za-z0-9._-]*)/.exec(line);
        if (!m)
            continue;
        const name = canonicalName(m[1]);
        if (!out.has(name))
            out.set(name, i + 1);
    }
    return out;
}


/***/ }),

/***/ 64521:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Cv: () => (/* binding */ LOCK_FILES),
/* harmony export */   cx: () => (/* binding */ readLockFile),
/* harmony export */   eK: () => (/* binding */ requirementsFor)
/* harmony export */ });
/* harmony import */ var smol_toml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3292);
/* harmony import */ var _engine_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(17679);
/* harmony import */ var _pip_audit_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(59891);
/**
 * Python project lock files (uv.lock, poetry.lock, pdm.lock) -> the exact versions to audit. pip-audit
 * reads none of them (`pip-audit <dir>` resolves pyproject.toml's ranges afresh, which is not what is
 * deployed), so the pinned `name==version` of every package in the lock is written to a requirements
 * file and audited with `--no-deps`. Packages from git, a local path, a URL or the project itself are
 * not on the index: they are listed as not audited, with the reason.
 */



const LOCK_FILES = ['uv.lock', 'poetry.lock', 'pdm.lock'];
const MAX_LOCK_BYTES = 32 * 1024 * 1024;
function nameLines(text) {
    const out = new Map();
    const lines = text.split(/\r?\n/);
    for (let i = 0; i < lines.length; i++) {
        const m = /^name\s*=\s*"([^"]+)"/.exec(lines[i]);
        if (!m)
            continue;
        const key = (0,_pip_audit_js__WEBPACK_IMPORTED_MODULE_2__/* .canonicalName */ .Ew)(m[1]);
        out.set(key, [...(out.get(key) ?? []), i + 1]);
    }
    return out;
}
/** Which source keys mean "not from an index", per format. */
function offIndex(kind, pkg) {
    if (kind === 'uv.lock') {
        const src = pkg.source;
        if (!src || typeof src !== 'object')
            return 'no source in the lock';
        if ('registry' in src)
            return null;
        const k = Object.keys(src)[0] ?? 'unknown';
        return k === 'editable' || k === 'virtual' ? `the project itself (${k} source)` : `${k} source, not a package index`;
    }
    if (kind === 'poetry.lock') {
        const src = pkg.source;
        const t = src && typeof src === 'object' ? String(src.type ?? '') : '';
        return !t || t === 'legacy' ? null : `${t} source, not a package index`;
    }
    for (const k of ['git', 'path', 'url'])
        if (k in pkg)
            return `${k} source, not a package index`;
    return pkg.editable === true ? 'editable install' : null;
}
/** Reads a lock file's text; a file that is not the format it is named for is a ParseError naming it. */
function readLockFile(kind, text, label) {
    if (text.length > MAX_LOCK_BYTES)
        throw new _engine_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ParseError */ .mB(`${label}: larger than ${MAX_LOCK_BYTES / 1024 / 1024} MiB; not read`);
    let data;
    try {
        data = (0,smol_toml__WEBPACK_IMPORTED_MODULE_0__/* .parse */ .qg)(text);
    }
    catch (e) {
        throw new _engine_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ParseError */ .mB(`${label}: not valid TOML (${e.message.split('\n')[0]}); regenerate it with ${kind === 'uv.lock' ? 'uv lock' : kind === 'poetry.lock' ? 'poetry lock' : 'pdm lock'}`);
    }
    const list = data.package;
    if (!Array.isArray(list))
        throw new _engine_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ParseError */ .mB(`${label}: no [[package]] entries; is it really a ${kind}?`);
    const lines = nameLines(text);
    const seen = new Map();
    const packages = [];
    const notAudited = [];
    list.forEach((p, i) => {
        if (!p || typeof p !== 'object' || typeof p.name !== 'string')
            throw new _engine_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ParseError */ .mB(`${label}: package ${i + 1} has no name`);
        const pkg = p;
        const name = pkg.name;
        const key = (0,_pip_audit_js__WEBPACK_IMPORTED_MODULE_2__/* .canonicalName */ .Ew)(name);
        const nth = seen.get(key) ?? 0;
        seen.set(key, nth + 1);
        const line = lines.get(key)?.[nth] ?? null;
        const why = offIndex(kind, pkg);
        if (why) {
            notAudited.push({ name, reason: why });
            return;
        }
        if (typeof pkg.version !== 'string' || !pkg.version) {
            notAudited.push({ name, reason: 'no version in the lock' });
            return;
        }
        packages.push({ name, version: pkg.version, line });
    });
    return { kind, packages, notAudited };
}
/**
 * Requirements files with one exact pin per locked package. A universal lock can hold the same package
 * at two versions (one per Python or platform marker); pip-audit refuses a name twice in one file, so
 * the second version goes to a second file, and so on.
 */
function requirementsFor(lock) {
    const files = [];
    for (const p of lock.packages) {
        const key = (0,_pip_audit_js__WEBPACK_IMPORTED_MODULE_2__/* .canonicalName */ .Ew)(p.name);
        const pin = `${p.name}==${p.version}`;
        if (files.some((f) => f.get(key) === pin))
            continue;
        let f = files.find((x) => !x.has(key));
        if (!f)
            files.push((f = new Map()));
        f.set(key, pin);
    }
    return files.map((f) => [...f.values()].join('\n') + '\n');
}


/***/ }),

/***/ 738:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  BOM_FILE: () => (/* binding */ BOM_FILE),
  writeActionBom: () => (/* binding */ writeActionBom)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/engine/errors.ts
var errors = __webpack_require__(17679);
// EXTERNAL MODULE: ./src/report/escape.ts
var report_escape = __webpack_require__(14031);
// EXTERNAL MODULE: ./src/config/load.ts + 2 modules
var load = __webpack_require__(65950);
// EXTERNAL MODULE: ./src/engine/inventory.ts
var engine_inventory = __webpack_require__(23190);
// EXTERNAL MODULE: ./src/report/json.ts
var json = __webpack_require__(32794);
// EXTERNAL MODULE: ./src/version.ts
var version = __webpack_require__(311);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: ./node_modules/@cyclonedx/cyclonedx-library/dist.node/enums/index.js
var enums = __webpack_require__(6820);
// EXTERNAL MODULE: ./node_modules/@cyclonedx/cyclonedx-library/dist.node/models/index.js
var models = __webpack_require__(50320);
// EXTERNAL MODULE: ./node_modules/@cyclonedx/cyclonedx-library/dist.node/serialize/index.node.js
var index_node = __webpack_require__(51248);
// EXTERNAL MODULE: ./node_modules/@cyclonedx/cyclonedx-library/dist.node/spec/index.js
var spec = __webpack_require__(94321);
;// CONCATENATED MODULE: ./src/release/bom/cyclonedx.ts
/**
 * The CycloneDX document: components, metadata, vulnerabilities and dependencies through
 * @cyclonedx/cyclonedx-library's models and its JSON serializer for the chosen spec version (1.6 or
 * 1.7); the ML parts the library has no model for (modelCard, component data, formulation) are
 * added to its JSON output by bom-ref (research/next-gates.md §5).
 */





const SPEC_VERSIONS = (/* unused pure expression or super */ null && (['1.6', '1.7']));
const TYPES = {
    'machine-learning-model': enums.ComponentType.MachineLearningModel,
    data: enums.ComponentType.Data,
    library: enums.ComponentType.Library,
    application: enums.ComponentType.Application
};
const REF_TYPES = {
    vcs: enums.ExternalReferenceType.VCS,
    'build-meta': enums.ExternalReferenceType.BuildMeta,
    evidence: enums.ExternalReferenceType.Evidence,
    'model-card': enums.ExternalReferenceType.ModelCard,
    advisories: enums.ExternalReferenceType.Advisories,
    'digital-signature': enums.ExternalReferenceType.DigitalSignature,
    other: enums.ExternalReferenceType.Other
};
const SEVERITY = {
    critical: enums.Vulnerability.Severity.Critical,
    high: enums.Vulnerability.Severity.High,
    medium: enums.Vulnerability.Severity.Medium,
    low: enums.Vulnerability.Severity.Low,
    info: enums.Vulnerability.Severity.Info
};
function component(s) {
    const c = new models.Component(TYPES[s.type], s.name, { bomRef: s.bomRef, version: s.version, purl: s.purl, description: s.description });
    if (s.sha256)
        c.hashes.set(enums.HashAlgorithm['SHA-256'], s.sha256);
    for (const [n, v] of s.props)
        c.properties.add(new models.Property(n, v));
    for (const r of s.externalReferences ?? [])
        c.externalReferences.add(new models.ExternalReference(r.url, REF_TYPES[r.type], { comment: r.comment }));
    return c;
}
function vulnerability(s, refs) {
    const v = new models.Vulnerability.Vulnerability({
        bomRef: s.bomRef,
        id: s.id,
        source: new models.Vulnerability.Source({ name: s.source.name, url: s.source.url }),
        description: s.description,
        recommendation: s.recommendation,
        analysis: s.analysis ? new models.Vulnerability.Analysis({ state: s.analysis.state === 'in_triage' ? enums.Vulnerability.AnalysisState.InTriage : enums.Vulnerability.AnalysisState.Exploitable, detail: s.analysis.detail }) : undefined
    });
    v.ratings.add(new models.Vulnerability.Rating({ severity: SEVERITY[s.severity], method: enums.Vulnerability.RatingMethod.Other, justification: 'severity assigned by ai-secure-gates' }));
    for (const a of s.aliases)
        v.references.add(new models.Vulnerability.Reference(a.id, new models.Vulnerability.Source({ url: a.url })));
    for (const ref of s.affects)
        v.affects.add(new models.Vulnerability.Affect(refs.get(ref) ?? new models.BomRef(ref)));
    for (const [n, val] of s.props)
        v.properties.add(new models.Property(n, val));
    return v;
}
/** The CycloneDX JSON object for `doc`. */
function toCycloneDx(doc) {
    const bom = new models.Bom();
    bom.serialNumber = doc.serialNumber ?? `urn:uuid:${(0,external_node_crypto_.randomUUID)()}`;
    bom.metadata.timestamp = doc.timestamp;
    bom.metadata.tools.components.add(new models.Component(enums.ComponentType.Application, doc.tool.name, { version: doc.tool.version, bomRef: 'tool:ai-secure-gates' }));
    const root = component(doc.root);
    bom.metadata.component = root;
    for (const [n, v] of doc.metadataProps)
        bom.metadata.properties.add(new models.Property(n, v));
    const byRef = new Map();
    const refs = new Map([[doc.root.bomRef, root.bomRef]]);
    for (const s of doc.components) {
        const c = component(s);
        bom.components.add(c);
        root.dependencies.add(c.bomRef);
        byRef.set(s.bomRef, s);
        refs.set(s.bomRef, c.bomRef);
    }
    for (const v of doc.vulnerabilities)
        bom.vulnerabilities.add(vulnerability(v, refs));
    const version = doc.spec === '1.7' ? spec.Version.v1dot7 : spec.Version.v1dot6;
    const serializer = new index_node.JsonSerializer(new index_node.JSON.Normalize.Factory(spec.SpecVersionDict[version]));
    const json = JSON.parse(serializer.serialize(bom, { sortLists: false }));
    // The ML parts, by bom-ref.
    for (const c of json.components ?? []) {
        const s = byRef.get(String(c['bom-ref']));
        if (s?.modelCard)
            c.modelCard = s.modelCard;
        if (s?.data?.length)
            c.data = s.data;
    }
    if (doc.formulation.length)
        json.formulation = doc.formulation;
    return json;
}

// EXTERNAL MODULE: ./src/scanners/dvc.ts
var dvc = __webpack_require__(30508);
;// CONCATENATED MODULE: ./src/release/bom/evidence.ts
const NS = 'ai-secure-gates';
const MAX_VALUE = 500;
function clip(text, max = MAX_VALUE) {
    const one = text.replace(/\s+/g, ' ').trim();
    return one.length > max ? one.slice(0, max - 1) + '…' : one;
}
function gateOf(report, id) {
    return report?.gates.find((g) => g.id === id);
}
/** Short text for a check's details: scalar values only, `key=value` joined. */
function describeDetails(details, keys) {
    const parts = [];
    for (const [k, v] of Object.entries(details)) {
        if (keys && !keys.includes(k))
            continue;
        if (v === null || v === undefined)
            continue;
        if (typeof v === 'number')
            parts.push(`${k}=${Number.isInteger(v) ? v : Number(v.toPrecision(6))}`);
        else if (typeof v === 'string' || typeof v === 'boolean')
            parts.push(`${k}=${v}`);
        else if (Array.isArray(v) && v.every((x) => typeof x === 'string' || typeof x === 'number'))
            parts.push(`${k}=${v.join(',')}`);
        else if (typeof v === 'object' && !Array.isArray(v)) {
            const inner = Object.entries(v).filter(([, x]) => typeof x === 'string' || typeof x === 'number');
            if (inner.length)
                parts.push(`${k}=${inner.map(([a, b]) => `${a}:${b}`).join(',')}`);
        }
    }
    return parts.join(' ');
}
/** One property per check on `rel` and per finding located in `rel`, from every gate. */
function fileEvidence(report, rel, opts = {}) {
    const out = [];
    if (!report)
        return out;
    for (const g of report.gates) {
        for (const c of g.checks) {
            if (c.target !== rel || opts.skipChecks?.(g.id, c))
                continue;
            const d = describeDetails(c.details);
            out.push([`${NS}:check:${g.id}:${c.name}`, clip(`${c.outcome}${d ? ` (${d})` : ''}`)]);
        }
        for (const f of g.findings)
            if (f.location.path === rel)
                out.push([`${NS}:finding:${g.id}`, findingText(f)]);
    }
    return out;
}
function findingText(f) {
    const state = f.suppressed ? ' suppressed' : f.waiver ? ` waived until ${f.waiver.expires}: ${f.waiver.reason}` : f.blocking ? ' blocking' : '';
    return clip(`${f.ruleId} ${f.severity}${state}: ${f.message}`);
}
/** Each gate's verdict, summary, counts and tool, and what was not checked: metadata properties. */
function runEvidence(report, reportName) {
    if (!report)
        return [[`${NS}:report`, 'none: the BOM was built without a gates report, so it holds no gate results (run the gates first and pass their JSON report)']];
    const out = [
        [`${NS}:report`, reportName ?? 'this run'],
        [`${NS}:report:status`, report.status]
    ];
    for (const g of report.gates) {
        const p = `${NS}:gate:${g.id}`;
        out.push([`${p}:status`, g.status], [`${p}:summary`, clip(g.summary)]);
        const blocking = g.findings.filter((f) => f.blocking).length;
        out.push([`${p}:findings`, `${g.findings.length} (${blocking} blocking)`], [`${p}:checks`, String(g.checks.length)]);
        if (g.tool)
            out.push([`${p}:tool`, `${g.tool.name}${g.tool.version ? ' ' + g.tool.version : ''}`]);
        if (g.reason && g.status !== 'pass')
            out.push([`${p}:reason`, clip(g.reason)]);
        for (const e of g.errors.slice(0, 5))
            out.push([`${p}:error`, clip(e)]);
    }
    for (const n of report.notChecked ?? [])
        out.push([`${NS}:not-checked`, clip(`${n.gate}: ${n.what}: ${n.reason}. Fix: ${n.fix}`)]);
    for (const w of report.waivers ?? [])
        out.push([`${NS}:waiver`, clip(`${w.state}: ${w.message}`)]);
    return out;
}

// EXTERNAL MODULE: ./src/engine/paths.ts
var engine_paths = __webpack_require__(4886);
// EXTERNAL MODULE: ./src/scanners/hash.ts
var hash = __webpack_require__(17415);
;// CONCATENATED MODULE: ./src/release/bom/files.ts
/**
 * Which files the BOM lists: paths named by the report (checked one by one: they are file names,
 * never globs) or found under configured folders (the shared walker), each a regular file inside the
 * workspace; symlinks are never followed. Hashing is streamed (scanners/hash.ts).
 */




const MAX_BOM_FILES = 10_000;
/** The names in `rels` that are regular files inside the workspace; the others are noted with the reason. */
async function existingFiles(workspace, rels, notes) {
    const out = [];
    for (const rel of [...new Set(rels)].slice(0, MAX_BOM_FILES)) {
        const where = await (0,engine_paths/* realLocation */.EQ)(workspace, rel);
        if (where !== 'inside') {
            notes.push(`${rel}: ${where === 'missing' ? 'no longer in the workspace' : 'leads outside the workspace'}; not listed`);
            continue;
        }
        const st = await (0,promises_.lstat)(external_node_path_default().join(workspace, rel)).catch(() => null);
        if (st?.isSymbolicLink())
            notes.push(`${rel}: a symlink, not followed or listed`);
        else if (st?.isFile())
            out.push(rel);
    }
    if (rels.length > MAX_BOM_FILES)
        notes.push(`more than ${MAX_BOM_FILES} files: the first ${MAX_BOM_FILES} are listed`);
    return out;
}
/** Regular files under workspace-relative folders, files or globs (the walker's rules). */
async function filesUnder(workspace, include, exclude, notes) {
    const walk = await (0,engine_paths/* walkFiles */.Fv)(workspace, { include, exclude, maxFiles: MAX_BOM_FILES });
    if (walk.truncated)
        notes.push(`more than ${MAX_BOM_FILES} files under ${include.join(', ')}: the first ${MAX_BOM_FILES} are listed`);
    for (const s of walk.symlinks)
        notes.push(`${s}: a symlink, not followed or listed`);
    for (const u of walk.unreadable ?? [])
        notes.push(`${u}: a file name that is not UTF-8, not listed`);
    return walk.files;
}
/** SHA-256 of each file (streamed, bounded memory); a file that cannot be hashed is noted and left without a hash. */
async function hashAll(workspace, rels, notes, signal) {
    const abs = rels.map((r) => external_node_path_default().join(workspace, r));
    const settled = await (0,hash/* hashFilesSettled */.jj)(abs, { signal });
    const out = new Map();
    rels.forEach((rel, i) => {
        const r = settled.get(abs[i]);
        if (r instanceof hash/* HashError */.xS)
            notes.push(`${rel}: not hashed (${r.message.replace(abs[i], rel)})`);
        else if (r)
            out.set(rel, r);
    });
    return out;
}

;// CONCATENATED MODULE: ./src/release/bom/datasets.ts



function asRecord(v) {
    return v && typeof v === 'object' && !Array.isArray(v) ? v : null;
}
const RESULT_CHECKS = {
    drift: ['column', 'test', 'statistic', 'pvalue', 'threshold', 'n', 'm', 'reason'],
    outliers: ['column', 'test', 'outliers', 'fraction', 'maxFraction', 'reason'],
    schema: ['schema', 'rows', 'violations', 'reason'],
    statistics: ['reason']
};
function resultProps(checks) {
    const out = [];
    for (const c of checks) {
        const keys = RESULT_CHECKS[c.name];
        if (!keys)
            continue;
        const d = describeDetails(c.details, keys);
        out.push([`${NS}:data:check:${c.name}`, clip(`${c.outcome}${d ? ` (${d})` : ''}`)]);
    }
    return out;
}
/** The dataset files, and what the data gate said about each. */
async function findDatasets(workspace, report, gates) {
    const gate = gateOf(report, 'data');
    const notes = [];
    const roles = new Map();
    const byTarget = new Map();
    for (const c of gate?.checks ?? []) {
        byTarget.set(c.target, [...(byTarget.get(c.target) ?? []), c]);
        if (c.name === 'reference')
            roles.set(c.target, 'reference');
        else if (!roles.has(c.target) && c.target !== '.')
            roles.set(c.target, 'dataset');
    }
    let rels;
    if (roles.size) {
        rels = await existingFiles(workspace, [...roles.keys()], notes);
    }
    else {
        const ds = asRecord(gates.data)?.datasets;
        const paths = [];
        const refs = [];
        for (const d of Array.isArray(ds) ? ds : []) {
            const r = typeof d === 'string' ? { path: d } : asRecord(d);
            if (typeof r?.path === 'string')
                paths.push(r.path);
            if (typeof r?.reference === 'string')
                refs.push(r.reference);
        }
        rels = paths.length ? await filesUnder(workspace, paths, undefined, notes) : [];
        const refFiles = refs.length ? await filesUnder(workspace, refs, undefined, notes) : [];
        for (const r of refFiles)
            roles.set(r, 'reference');
        rels.push(...refFiles.filter((r) => !rels.includes(r)));
    }
    const cache = new Map();
    const files = [];
    for (const rel of rels.sort()) {
        const checks = byTarget.get(rel) ?? [];
        const read = checks.find((c) => c.name === 'read' && c.outcome === 'pass');
        const schemaCheck = checks.find((c) => c.name === 'schema');
        const { outs, errors } = await (0,dvc/* findDvcOuts */.iU)(workspace, rel, cache);
        notes.push(...errors);
        const out = outs.find((o) => o.md5);
        files.push({
            path: rel,
            role: roles.get(rel) ?? 'dataset',
            props: resultProps(checks),
            schema: typeof schemaCheck?.details.schema === 'string' ? schemaCheck.details.schema : null,
            format: typeof read?.details.format === 'string' ? read.details.format : null,
            rows: typeof read?.details.rows === 'number' ? read.details.rows : null,
            dvc: out?.md5 ? { md5: out.md5, source: out.source, dir: out.isDir, legacy: out.legacy } : null
        });
    }
    return { files, notes };
}

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(31421);
;// CONCATENATED MODULE: ./src/release/bom/formulation.ts
/**
 * Provenance for the BOM's `formulation`: the workflow run (GitHub Actions variables when present),
 * the commit, who triggered it, and the hyperparameters read from params files, as one workflow whose
 * inputs are the datasets and parameters and whose outputs are the models.
 */


/** HEAD of the workspace's git repository (argv, 5 s limit), or null. */
function gitHead(workspace) {
    return new Promise((resolve) => {
        (0,external_node_child_process_.execFile)('git', ['-C', workspace, 'rev-parse', '--verify', '--quiet', 'HEAD'], { timeout: 5000, maxBuffer: 4096, env: { ...process.env, GIT_OPTIONAL_LOCKS: '0' } }, (err, stdout) => {
            const sha = String(stdout ?? '').trim();
            resolve(!err && /^[0-9a-f]{40}(?:[0-9a-f]{24})?$/.test(sha) ? sha : null);
        });
    });
}
const val = (v) => (v && v.trim() ? v.trim() : null);
/** The run, from GITHUB_* variables (the action, or the CLI inside a workflow) and the report's context. */
async function runInfo(workspace, report, env) {
    const inActions = env.GITHUB_ACTIONS === 'true' && !!val(env.GITHUB_RUN_ID);
    const repository = report?.context?.repository ?? val(env.GITHUB_REPOSITORY);
    const commit = report?.context?.sha ?? (inActions ? val(env.GITHUB_SHA) : null) ?? (await gitHead(workspace));
    const server = val(env.GITHUB_SERVER_URL) ?? report?.context?.serverUrl ?? 'https://github.com';
    const runId = inActions ? val(env.GITHUB_RUN_ID) : null;
    const attempt = val(env.GITHUB_RUN_ATTEMPT) ?? '1';
    const runUrl = runId && repository ? `${server}/${repository}/actions/runs/${encodeURIComponent(runId)}/attempts/${encodeURIComponent(attempt)}` : null;
    const info = {
        commit,
        ref: inActions ? val(env.GITHUB_REF) : null,
        repository,
        runUrl,
        uid: runId ? `github-run-${runId}-${attempt}` : 'local',
        name: inActions ? (val(env.GITHUB_WORKFLOW) ?? 'workflow') : 'local run',
        event: report?.context?.event ?? (inActions ? val(env.GITHUB_EVENT_NAME) : null),
        actor: inActions ? val(env.GITHUB_ACTOR) : null,
        triggeringActor: inActions ? val(env.GITHUB_TRIGGERING_ACTOR) : null,
        props: []
    };
    const p = info.props;
    if (commit)
        p.push([`${NS}:commit`, commit]);
    if (info.ref)
        p.push([`${NS}:ref`, info.ref]);
    if (repository)
        p.push([`${NS}:repository`, repository]);
    if (info.event)
        p.push([`${NS}:event`, info.event]);
    if (info.actor)
        p.push([`${NS}:actor`, info.actor]);
    if (info.triggeringActor)
        p.push([`${NS}:triggering-actor`, info.triggeringActor]);
    if (inActions && val(env.GITHUB_JOB))
        p.push([`${NS}:job`, env.GITHUB_JOB.trim()]);
    if (inActions && val(env.GITHUB_WORKFLOW_REF))
        p.push([`${NS}:workflow-ref`, env.GITHUB_WORKFLOW_REF.trim()]);
    if (!inActions)
        p.push([`${NS}:run`, 'not in GitHub Actions: no workflow run, actor or trigger recorded']);
    return info;
}
function triggerType(event) {
    if (event === 'workflow_dispatch')
        return 'manual';
    if (event === 'schedule')
        return 'scheduled';
    if (event === 'repository_dispatch' || event === 'workflow_call')
        return 'api';
    return 'webhook';
}
/** The `formulation` array: one formula with one workflow. */
function formulation(run, params, paramSources, inputs, outputs) {
    const wfInputs = inputs.map((ref) => ({ resource: { ref } }));
    if (params.length)
        wfInputs.push({ parameters: params.map((x) => ({ name: x.name, value: x.value, dataType: x.dataType })) });
    const workflow = {
        'bom-ref': 'workflow:run',
        uid: run.uid,
        name: run.name,
        description: run.runUrl ? `The GitHub Actions run ${run.runUrl}` : 'A run outside GitHub Actions',
        taskTypes: ['scan'],
        properties: [
            ...run.props,
            ...paramSources.map((s) => [`${NS}:params-file`, s]),
            ...(paramSources.length ? [] : [[`${NS}:params`, 'none: no params file was named and there is no params.yaml']])
        ].map(([name, value]) => ({ name, value }))
    };
    if (run.actor || run.event) {
        workflow.trigger = {
            'bom-ref': 'workflow:trigger',
            uid: `${run.uid}-trigger`,
            type: triggerType(run.event),
            ...(run.event ? { event: { description: run.event, properties: run.triggeringActor || run.actor ? [{ name: `${NS}:triggered-by`, value: run.triggeringActor ?? run.actor }] : undefined } } : {})
        };
    }
    if (wfInputs.length)
        workflow.inputs = wfInputs;
    if (outputs.length)
        workflow.outputs = outputs.map((ref) => ({ resource: { ref } }));
    return [{ 'bom-ref': 'formula:run', workflows: [workflow] }];
}

;// CONCATENATED MODULE: ./src/release/bom/models.ts
/**
 * Model files for the BOM: the files the models gate scanned (from the report), else the files under
 * gates.models.paths (default `models`); each with its format, its signature status as the models
 * gate reports it, and a model card made of the evaluation gate's metrics and fairness results.
 */





function models_asRecord(v) {
    return v && typeof v === 'object' && !Array.isArray(v) ? v : null;
}
function strings(v) {
    if (typeof v === 'string')
        return [v];
    return Array.isArray(v) && v.every((x) => typeof x === 'string') ? v : undefined;
}
/** Whether a check about `target` (a file, or a folder signed as one model) covers `rel`. */
function covers(c, rel) {
    if (c.target === rel || rel.startsWith(c.target.replace(/\/+$/, '') + '/') || c.target === '.')
        return true;
    const files = c.details.files;
    return Array.isArray(files) && files.includes(rel);
}
const SIGNATURE_DETAIL_KEYS = ['status', 'method', 'signer', 'issuer', 'signedAt', 'bundle', 'hashType', 'matched', 'reason'];
/**
 * The signature status of one model file, read from the models gate's `signature` checks (target:
 * the model file or folder; details.status: verified, failed, unsigned, error; see
 * docs/gates/signatures.md). Outcome pass without a status is "verified", fail "invalid". A
 * `signature/unsigned` finding on the file (a file outside every signed model) is "unsigned".
 * Without either the status is "not checked", with the reason.
 */
function signatureStatus(gate, rel) {
    if (!gate)
        return { status: 'not checked', detail: 'the models gate did not run' };
    if (gate.status === 'skipped')
        return { status: 'not checked', detail: `the models gate was skipped${gate.reason ? ': ' + gate.reason : ''}` };
    const sig = gate.checks.filter((c) => /^signature/.test(c.name) && covers(c, rel));
    if (!sig.length) {
        const unsigned = gate.findings.find((f) => f.ruleId === 'signature/unsigned' && f.location.path === rel);
        if (unsigned)
            return { status: 'unsigned', detail: clip(unsigned.message) };
        return { status: 'not checked', detail: 'no signature verification covers this file in the models gate result' };
    }
    const c = sig.find((x) => x.outcome === 'fail' || x.outcome === 'error') ?? sig[0];
    const d = c.details;
    const text = (k) => (typeof d[k] === 'string' && d[k] ? d[k] : undefined);
    const stated = text('status') ?? null;
    const status = c.outcome === 'pass' ? (stated ?? 'verified') : c.outcome === 'fail' ? (stated ?? 'invalid') : c.outcome === 'error' ? 'error' : (stated ?? 'not checked');
    const more = describeDetails(d, SIGNATURE_DETAIL_KEYS);
    return {
        status,
        detail: clip(`${c.name} on ${c.target}: ${c.outcome}${more ? ` (${more})` : ''}`),
        ...(text('bundle') ? { bundle: text('bundle') } : {}),
        ...(text('signer') ? { signer: text('signer') } : {}),
        ...(text('issuer') ? { issuer: text('issuer') } : {}),
        ...(text('method') ? { method: text('method') } : {}),
        ...(text('signedAt') ? { signedAt: text('signedAt') } : {})
    };
}
/**
 * The model files: those the models gate examined (any check but discovery), else every file under
 * the configured model paths. `notes` says where they came from and what was left out.
 */
async function findModelFiles(workspace, report, gates) {
    const gate = gateOf(report, 'models');
    const notes = [];
    const formats = new Map();
    // Signature bundles (model.sig, *.sigstore.json) are evidence, not models, even when a lock lists them;
    // a file only the hash lock names (no scan check) is not known to be a model either.
    const bundles = new Set((gate?.checks ?? []).filter((c) => /^signature/.test(c.name) && typeof c.details.bundle === 'string').map((c) => c.details.bundle));
    const scanned = new Set((gate?.checks ?? []).filter((c) => c.name !== 'hash-lock').map((c) => c.target));
    for (const c of gate?.checks ?? []) {
        if (c.name === 'discovery' || /^signature/.test(c.name) || c.target === '.' || bundles.has(c.target))
            continue;
        if (c.name === 'hash-lock' && !scanned.has(c.target))
            continue;
        const f = typeof c.details.format === 'string' ? c.details.format : null;
        if (!formats.has(c.target) || (f && !formats.get(c.target)))
            formats.set(c.target, f);
    }
    const block = models_asRecord(gates.models) ?? {};
    const paths = strings(block.paths) ?? ['models'];
    const lookedIn = paths.join(', ');
    const rels = formats.size ? await existingFiles(workspace, [...formats.keys()], notes) : await filesUnder(workspace, paths, strings(block.exclude), notes);
    if (!formats.size && gate && gate.status !== 'skipped')
        notes.push('the models gate examined no model file; files under the model paths are listed without a format');
    const files = rels.sort().map((rel) => ({ path: rel, format: formats.get(rel) ?? null, signature: signatureStatus(gate, rel) }));
    // A model signed as a folder is one model: listed itself, with the signature's root digest.
    for (const c of gate?.checks ?? []) {
        if (!/^signature/.test(c.name) || c.target === '.' || files.some((f) => f.path === c.target))
            continue;
        if ((await (0,engine_paths/* realLocation */.EQ)(workspace, c.target)) !== 'inside')
            continue;
        const st = await (0,promises_.lstat)(external_node_path_default().join(workspace, c.target)).catch(() => null);
        if (!st?.isDirectory())
            continue;
        const d = c.details;
        files.push({
            path: c.target,
            format: 'folder',
            signature: signatureStatus(gate, c.target),
            folder: { rootDigest: typeof d.rootDigest === 'string' ? d.rootDigest : null, hashType: typeof d.hashType === 'string' ? d.hashType : null, matched: typeof d.matched === 'number' ? d.matched : null }
        });
    }
    return { files, notes, lookedIn };
}
const GROUP_METRICS = ['selectionRate', 'accuracy', 'precision', 'recall', 'fpr', 'fnr'];
const num = (v) => (typeof v === 'number' && Number.isFinite(v) ? String(Number(v.toPrecision(8))) : null);
/**
 * A CycloneDX modelCard from the evaluation gate's checks: each compared metric's current value,
 * fairness summaries (with their confidence intervals) and per-group rates as performance metrics,
 * and each fairness limit that was exceeded as a fairness assessment. Null when there is nothing.
 */
function modelCard(report) {
    const gate = gateOf(report, 'evaluation');
    if (!gate || gate.status === 'skipped')
        return null;
    const metrics = [];
    const assessments = [];
    for (const c of gate.checks) {
        const d = c.details;
        if (c.name === 'metric' && typeof d.metric === 'string' && num(d.new) !== null) {
            metrics.push({ type: d.metric, value: num(d.new) });
        }
        else if (c.name === 'fairness' && typeof d.summary === 'string' && num(d.value) !== null) {
            const slice = strings(d.features)?.join(', ') ?? '';
            const m = { type: d.summary, value: num(d.value), ...(slice ? { slice } : {}) };
            if (Array.isArray(d.ci) && num(d.ci[0]) !== null && num(d.ci[1]) !== null)
                m.confidenceInterval = { lowerBound: num(d.ci[0]), upperBound: num(d.ci[1]) };
            metrics.push(m);
            if (c.outcome === 'fail') {
                const low = models_asRecord(d.lowest);
                assessments.push({
                    groupAtRisk: typeof low?.group === 'string' ? low.group : slice,
                    harms: clip(`${d.summary} over ${slice} is ${num(d.value)}: ${typeof d.rule === 'string' ? d.rule : 'over its limit'} (evaluation gate, ${c.target})`)
                });
            }
        }
        else if (c.name === 'fairness-group' && models_asRecord(d.group)) {
            const slice = Object.entries(models_asRecord(d.group)).map(([k, v]) => `${k}=${String(v)}`).join(', ');
            for (const k of GROUP_METRICS)
                if (num(d[k]) !== null)
                    metrics.push({ type: k, value: num(d[k]), slice });
        }
        else if (c.name === 'calibration' && num(d.ece) !== null) {
            metrics.push({ type: 'expected-calibration-error', value: num(d.ece), slice: typeof d.group === 'string' ? d.group : 'overall' });
        }
    }
    if (!metrics.length && !assessments.length)
        return null;
    const card = {};
    if (metrics.length)
        card.quantitativeAnalysis = { performanceMetrics: metrics };
    if (assessments.length)
        card.considerations = { fairnessAssessments: assessments };
    card.properties = [{ name: 'ai-secure-gates:evaluation:status', value: gate.status }, ...[...new Set(gate.checks.map((c) => c.target))].map((t) => ({ name: 'ai-secure-gates:evaluation:source', value: t }))];
    return card;
}

// EXTERNAL MODULE: ./node_modules/smol-toml/dist/index.js + 8 modules
var dist = __webpack_require__(3292);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var yaml_dist = __webpack_require__(38815);
;// CONCATENATED MODULE: ./src/release/bom/params.ts
/**
 * Hyperparameters for the BOM's formulation: DVC params files (params.yaml, or any YAML, JSON or
 * TOML file) flattened to dotted keys, and MLflow run folders (`mlruns/<experiment>/<run>`, whose
 * `params/<key>` files each hold one value). Read as data only, bounded in size, depth and count.
 */






const MAX_PARAMS_FILE_BYTES = 1024 * 1024;
const MAX_PARAMS = 2000;
const MAX_DEPTH = 16;
const MAX_VALUE_CHARS = 1000;
/** DVC's default params file; read when no params file is named and it exists. */
const DEFAULT_PARAMS = 'params.yaml';
function flatten(value, prefix, source, out, depth = 0) {
    if (out.length >= MAX_PARAMS)
        return;
    if (depth > MAX_DEPTH) {
        out.push({ name: prefix, value: '(nested deeper than 16 levels: not read)', dataType: 'string', source });
        return;
    }
    if (value !== null && typeof value === 'object' && !(value instanceof Date)) {
        const entries = Array.isArray(value) ? value.map((v, i) => [String(i), v]) : Object.entries(value);
        if (!entries.length)
            out.push({ name: prefix, value: Array.isArray(value) ? '[]' : '{}', dataType: Array.isArray(value) ? 'array' : 'object', source });
        for (const [k, v] of entries)
            flatten(v, prefix ? `${prefix}.${k}` : k, source, out, depth + 1);
        return;
    }
    const dataType = value === null ? 'null' : value instanceof Date ? 'string' : typeof value;
    const text = value instanceof Date ? value.toISOString() : String(value);
    out.push({ name: prefix || '(root)', value: text.length > MAX_VALUE_CHARS ? text.slice(0, MAX_VALUE_CHARS) + '…' : text, dataType, source });
}
async function readBounded(abs, rel) {
    const st = await (0,promises_.lstat)(abs);
    if (st.isSymbolicLink())
        throw new errors/* ConfigError */.xL('INPUT', `params file ${rel} is a symlink; it is not followed. Name the file it points to.`);
    if (!st.isFile())
        throw new errors/* ConfigError */.xL('INPUT', `params file ${rel} is not a regular file.`);
    if (st.size > MAX_PARAMS_FILE_BYTES)
        throw new errors/* ConfigError */.xL('INPUT', `params file ${rel} is larger than ${MAX_PARAMS_FILE_BYTES / 1024 / 1024} MiB; not read. Name a smaller params file.`);
    return (0,promises_.readFile)(abs, 'utf8');
}
function parseParamsText(text, rel) {
    const ext = external_node_path_default().posix.extname(rel).toLowerCase();
    try {
        if (ext === '.json')
            return JSON.parse(text);
        if (ext === '.toml')
            return (0,dist/* parse */.qg)(text);
        return (0,yaml_dist/* parse */.qg)(text, { maxAliasCount: 100 });
    }
    catch (e) {
        throw new errors/* ConfigError */.xL('INPUT', `params file ${rel}: not valid ${ext === '.json' ? 'JSON' : ext === '.toml' ? 'TOML' : 'YAML'} (${(0,errors/* errorMessage */.gJ)(e).split('\n')[0]}). Fix the file or name another with --params.`);
    }
}
/** An MLflow run folder: `params/<key>` files (nested keys in sub-folders), one value each. */
async function readMlflowRun(abs, rel, out) {
    const dir = external_node_path_default().join(abs, 'params');
    const walk = async (d, prefix, depth) => {
        if (depth > MAX_DEPTH)
            return;
        const entries = (await (0,promises_.readdir)(d, { withFileTypes: true })).sort((a, b) => (a.name < b.name ? -1 : 1));
        for (const e of entries) {
            if (out.length >= MAX_PARAMS)
                return;
            const name = prefix ? `${prefix}/${e.name}` : e.name;
            if (e.isDirectory())
                await walk(external_node_path_default().join(d, e.name), name, depth + 1);
            else if (e.isFile()) {
                const text = await readBounded(external_node_path_default().join(d, e.name), `${rel}/params/${name}`);
                const v = text.trim();
                out.push({ name, value: v.length > MAX_VALUE_CHARS ? v.slice(0, MAX_VALUE_CHARS) + '…' : v, dataType: 'string', source: `${rel}/params` });
            }
        }
    };
    await walk(dir, '', 0);
}
/**
 * Reads each named params file or MLflow run folder (workspace-relative). With `files` undefined,
 * reads params.yaml when it exists (else returns nothing). A named file that is missing, outside the
 * workspace or unreadable is a ConfigError naming it.
 */
async function readParams(workspace, files) {
    const out = [];
    const sources = [];
    let list = files;
    if (!list) {
        const st = await (0,promises_.lstat)(external_node_path_default().join(workspace, DEFAULT_PARAMS)).catch(() => null);
        list = st?.isFile() ? [DEFAULT_PARAMS] : [];
    }
    for (const rel of list) {
        if (!(await (0,promises_.lstat)((0,engine_paths.resolveInside)(workspace, rel, 'params file')).catch(() => null))) {
            throw new errors/* ConfigError */.xL('INPUT', `params file ${rel} does not exist in the workspace (${workspace}); name an existing file with --params (input bom-params).`);
        }
        const abs = await (0,engine_paths/* realInside */.he)(workspace, rel, 'params file');
        const st = await (0,promises_.lstat)(abs);
        if (st.isDirectory()) {
            const p = await (0,promises_.lstat)(external_node_path_default().join(abs, 'params')).catch(() => null);
            if (!p?.isDirectory())
                throw new errors/* ConfigError */.xL('INPUT', `${rel} is a folder without a params/ folder: name a params file (params.yaml) or an MLflow run folder (mlruns/<experiment>/<run>).`);
            await readMlflowRun(abs, rel, out);
        }
        else {
            flatten(parseParamsText(await readBounded(abs, rel), rel), '', rel, out);
        }
        sources.push(rel);
    }
    return { params: out.slice(0, MAX_PARAMS), sources, truncated: out.length >= MAX_PARAMS };
}

// EXTERNAL MODULE: ./node_modules/packageurl-js/index.js
var packageurl_js = __webpack_require__(87091);
// EXTERNAL MODULE: ./src/parsers/pip-audit.ts
var pip_audit = __webpack_require__(59891);
// EXTERNAL MODULE: ./src/parsers/python-locks.ts
var python_locks = __webpack_require__(64521);
;// CONCATENATED MODULE: ./src/release/bom/python.ts
/**
 * The repository's Python dependencies for the BOM: pinned requirements (`name==version`) from
 * requirements files and every package of uv.lock, poetry.lock and pdm.lock (the dependencies
 * gate's lock reader), each with its PyPI package URL. Unpinned requirements are listed without a
 * version (what will be installed is not known); pyproject.toml ranges are not listed.
 */






const MAX_REQUIREMENTS_BYTES = 4 * 1024 * 1024;
const NAME = /^([A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9])?)\s*(\[[^\]]*\])?\s*(.*)$/;
function pypiPurl(name, version) {
    return new packageurl_js.PackageURL('pypi', undefined, (0,pip_audit/* canonicalName */.Ew)(name), version ?? undefined, undefined, undefined).toString();
}
/**
 * Requirements from a requirements file's text: `name==version` (or `===`) is pinned; any other
 * specifier is listed unpinned. Options (-r, -c, --index-url...), URLs and local paths are skipped.
 */
function parseRequirements(text) {
    const out = [];
    const joined = text.replace(/\\\r?\n/g, ' ');
    for (const raw of joined.split(/\r?\n/)) {
        const line = raw.replace(/(^|\s)#.*$/, '').trim();
        if (!line || line.startsWith('-') || /^[a-z+]+:\/\//i.test(line) || line.startsWith('.') || line.startsWith('/'))
            continue;
        const m = NAME.exec(line);
        if (!m)
            continue;
        const spec = m[3].split(';')[0].replace(/\s--?\S.*$/, '').trim();
        if (spec.startsWith('@')) {
            out.push({ name: m[1], version: null, requirement: line.split(/\s--?\S/)[0] });
            continue;
        }
        const pin = /^===?\s*([A-Za-z0-9][A-Za-z0-9.+!_-]*)$/.exec(spec);
        out.push({ name: m[1], version: pin && !pin[1].includes('*') ? pin[1] : null, requirement: `${m[1]}${m[2] ?? ''}${spec ? ' ' + spec : ''}` });
    }
    return out;
}
/** Reads every requirements and lock file the inventory found. */
async function pythonPackages(workspace, inventory) {
    const byKey = new Map();
    const notes = [];
    const add = (name, version, source, requirement) => {
        const key = `${(0,pip_audit/* canonicalName */.Ew)(name)}@${version ?? ''}`;
        const have = byKey.get(key);
        if (have) {
            if (!have.sources.includes(source))
                have.sources.push(source);
            return;
        }
        byKey.set(key, { name, version, purl: pypiPurl(name, version), sources: [source], ...(version === null && requirement ? { requirement } : {}) });
    };
    for (const f of inventory.dependencies) {
        if (f.kind === 'pyproject')
            continue;
        const abs = external_node_path_default().join(workspace, f.path);
        let text;
        try {
            const st = await (0,promises_.lstat)(abs);
            if (!st.isFile())
                continue;
            if (st.size > MAX_REQUIREMENTS_BYTES) {
                notes.push(`${f.path}: larger than ${MAX_REQUIREMENTS_BYTES / 1024 / 1024} MiB; its packages are not listed`);
                continue;
            }
            text = await (0,promises_.readFile)(abs, 'utf8');
        }
        catch (e) {
            notes.push(`${f.path}: not read (${(0,errors/* errorMessage */.gJ)(e)})`);
            continue;
        }
        if (f.kind === 'requirements') {
            for (const r of parseRequirements(text))
                add(r.name, r.version, f.path, r.requirement);
            continue;
        }
        const kind = external_node_path_default().posix.basename(f.path).toLowerCase();
        if (!python_locks/* LOCK_FILES */.Cv.includes(kind)) {
            notes.push(`${f.path}: this lock format is not read; export it to a requirements file to list its packages`);
            continue;
        }
        try {
            const lock = (0,python_locks/* readLockFile */.cx)(kind, text, f.path);
            for (const p of lock.packages)
                add(p.name, p.version, f.path);
            for (const p of lock.notAudited)
                notes.push(`${f.path}: ${p.name} not listed (${p.reason})`);
        }
        catch (e) {
            notes.push((0,errors/* errorMessage */.gJ)(e));
        }
    }
    const packages = [...byKey.values()].sort((a, b) => (a.purl < b.purl ? -1 : a.purl > b.purl ? 1 : 0));
    return { packages, notes };
}

// EXTERNAL MODULE: ./src/report/redact.ts
var redact = __webpack_require__(20649);
;// CONCATENATED MODULE: ./src/release/bom/index.ts
/**
 * The AI bill of materials (CycloneDX 1.6 or 1.7 JSON), built from a gates report and the workspace:
 * model files (hashes, format, signature status, a model card from the evaluation gate), datasets
 * (hashes, DVC records, the data gate's schema, outlier and drift results), Python dependencies
 * (purls, the dependencies gate's vulnerabilities), formulation (run, commit, trigger,
 * hyperparameters) and every gate's result as evidence. See docs/bom.md.
 */















const relUrl = (rel) => rel.split('/').map(encodeURIComponent).join('/');
function bom_asRecord(v) {
    return v && typeof v === 'object' && !Array.isArray(v) ? v : null;
}
function advisorySource(id, uri) {
    const name = id.startsWith('GHSA-') ? 'GitHub Advisory Database' : id.startsWith('PYSEC-') ? 'PyPA Advisory Database' : id.startsWith('CVE-') ? 'NVD' : 'OSV';
    return uri ? { name, url: uri } : { name };
}
function aliasUrl(a) {
    return a.startsWith('GHSA-') ? `https://github.com/advisories/${encodeURIComponent(a)}` : `https://osv.dev/vulnerability/${encodeURIComponent(a)}`;
}
function waiverAnalysis(f) {
    if (f.waiver)
        return { state: 'in_triage', detail: clip(`waived until ${f.waiver.expires}: ${f.waiver.reason}`) };
    if (f.suppressed)
        return { state: 'in_triage', detail: clip(`suppressed in the source${f.suppression?.reason ? ': ' + f.suppression.reason : ''}`) };
    return undefined;
}
async function buildBom(opts) {
    const { workspace, report } = opts;
    const env = opts.env ?? process.env;
    const notes = [];
    const loaded = await (0,load/* loadConfig */.Z9)(workspace, opts.configPath);
    const gates = bom_asRecord(loaded.config.gates) ?? {};
    const models = await findModelFiles(workspace, report, gates);
    notes.push(...models.notes);
    const datasets = await findDatasets(workspace, report, gates);
    notes.push(...datasets.notes);
    const schemas = [...new Set(datasets.files.map((d) => d.schema).filter((s) => !!s))];
    const digests = await hashAll(workspace, [...models.files.filter((m) => !m.folder).map((m) => m.path), ...datasets.files.map((d) => d.path), ...schemas], notes, opts.signal);
    const inventory = await (0,engine_inventory/* findInventory */.S1)(workspace);
    const python = await pythonPackages(workspace, inventory);
    notes.push(...python.notes);
    const params = await readParams(workspace, opts.params);
    if (params.truncated)
        notes.push(`more than ${params.params.length} parameters: the first ${params.params.length} are listed`);
    const run = await runInfo(workspace, report, env);
    const card = modelCard(report);
    const components = [];
    for (const m of models.files) {
        const d = digests.get(m.path);
        const props = [[`${NS}:path`, m.path]];
        if (d)
            props.push([`${NS}:size`, String(d.size)]);
        props.push([`${NS}:format`, m.format ?? 'unknown (not scanned by the models gate)']);
        if (m.folder) {
            props.push([`${NS}:model:kind`, 'folder (signed as one model; its files are listed where the models gate scanned them)']);
            if (m.folder.rootDigest)
                props.push([`${NS}:signature:root-digest`, `${m.folder.hashType ? m.folder.hashType + ':' : ''}${m.folder.rootDigest}`]);
            if (m.folder.matched !== null)
                props.push([`${NS}:signature:files-verified`, String(m.folder.matched)]);
        }
        const sig = m.signature;
        props.push([`${NS}:signature`, sig.status], [`${NS}:signature:detail`, sig.detail]);
        for (const k of ['method', 'signer', 'issuer', 'signedAt', 'bundle'])
            if (sig[k])
                props.push([`${NS}:signature:${k}`, sig[k]]);
        props.push(...fileEvidence(report, m.path, { skipChecks: (g, c) => g === 'models' && c.name === 'signature' }));
        const refs = sig.bundle ? [{ type: 'digital-signature', url: relUrl(sig.bundle), comment: `signature bundle (${sig.status})` }] : [];
        components.push({ type: 'machine-learning-model', bomRef: `model:${m.path}`, name: m.path, sha256: d?.sha256, props, externalReferences: refs, ...(card ? { modelCard: card } : {}) });
    }
    for (const ds of datasets.files) {
        const d = digests.get(ds.path);
        const props = [[`${NS}:path`, ds.path], [`${NS}:data:role`, ds.role]];
        if (d)
            props.push([`${NS}:size`, String(d.size)]);
        if (ds.format)
            props.push([`${NS}:data:format`, ds.format]);
        if (ds.rows !== null)
            props.push([`${NS}:data:rows`, String(ds.rows)]);
        if (ds.dvc) {
            props.push([`${NS}:dvc:md5`, ds.dvc.md5 + (ds.dvc.dir ? '.dir' : '')], [`${NS}:dvc:source`, ds.dvc.source]);
            props.push([`${NS}:dvc:hash`, ds.dvc.dir ? 'md5 of the folder manifest the file belongs to' : ds.dvc.legacy ? 'DVC 2 md5 (text files after CRLF to LF)' : 'md5 of the bytes']);
        }
        if (ds.schema) {
            props.push([`${NS}:data:schema`, ds.schema]);
            const sd = digests.get(ds.schema);
            if (sd)
                props.push([`${NS}:data:schema:sha256`, sd.sha256]);
        }
        props.push(...ds.props, ...fileEvidence(report, ds.path, { skipChecks: (g, c) => g === 'data' && ['drift', 'outliers', 'schema', 'statistics'].includes(c.name) }));
        const data = [
            { type: 'dataset', name: ds.path, contents: { url: relUrl(ds.path) }, ...(ds.format || ds.rows !== null ? { description: [ds.format ? `${ds.format}` : '', ds.rows !== null ? `${ds.rows} rows` : ''].filter(Boolean).join(', ') } : {}) }
        ];
        if (ds.schema)
            data.push({ type: 'definition', name: ds.schema, contents: { url: relUrl(ds.schema) }, description: 'the schema the data gate checks this dataset against' });
        components.push({ type: 'data', bomRef: `data:${ds.path}`, name: ds.path, sha256: d?.sha256, props, data });
    }
    // Python packages, and the dependencies gate's advisories against them.
    const libs = new Map();
    for (const p of python.packages) {
        const props = p.sources.map((s) => [`${NS}:python:source`, s]);
        if (p.requirement)
            props.push([`${NS}:python:requirement`, p.requirement], [`${NS}:python:pinned`, 'false: the installed version is not known']);
        libs.set(p.purl, { type: 'library', bomRef: p.purl, name: p.name, ...(p.version ? { version: p.version } : {}), purl: p.purl, props });
    }
    const vulns = [];
    const usedRefs = new Set();
    const vulnRef = (base) => {
        let ref = base;
        for (let i = 2; usedRefs.has(ref); i++)
            ref = `${base}-${i}`;
        usedRefs.add(ref);
        return ref;
    };
    for (const f of gateOf(report, 'dependencies')?.findings ?? []) {
        const pr = f.properties ?? {};
        if (pr.tool !== 'pip-audit' || typeof pr.package !== 'string' || typeof pr.installedVersion !== 'string')
            continue;
        const purl = pypiPurl(pr.package, pr.installedVersion);
        if (!libs.has(purl))
            libs.set(purl, { type: 'library', bomRef: purl, name: pr.package, version: pr.installedVersion, purl, props: [[`${NS}:python:source`, `pip-audit (${f.location.path})`]] });
        const fixes = Array.isArray(pr.fixVersions) ? pr.fixVersions.map(String) : [];
        vulns.push({
            bomRef: vulnRef(`vuln:${f.ruleId}:${purl}`),
            id: f.ruleId,
            source: advisorySource(f.ruleId, f.help?.uri),
            severity: f.severity,
            description: clip(f.message, 2000),
            recommendation: fixes.length ? `Upgrade ${pr.package} to ${fixes.join(' or ')}` : 'No fixed version is available',
            aliases: (f.aliases ?? []).map((a) => ({ id: a, url: aliasUrl(a) })),
            affects: [purl],
            analysis: waiverAnalysis(f),
            props: [[`${NS}:gate`, 'dependencies'], [`${NS}:blocking`, String(f.blocking)]]
        });
    }
    const modelRefs = new Set(models.files.map((m) => `model:${m.path}`));
    const folders = models.files.filter((m) => m.folder).map((m) => m.path);
    for (const f of gateOf(report, 'models')?.findings ?? []) {
        // A finding on a file inside a model signed as a folder is about that model.
        const folder = folders.find((d) => f.location.path.startsWith(d + '/'));
        const ref = modelRefs.has(`model:${f.location.path}`) ? `model:${f.location.path}` : folder ? `model:${folder}` : null;
        if (!ref)
            continue;
        vulns.push({
            bomRef: vulnRef(`vuln:models:${f.fingerprint}`),
            id: f.ruleId,
            source: { name: 'ai-secure-gates' },
            severity: f.severity,
            description: clip(f.message, 2000),
            aliases: [],
            affects: [ref],
            analysis: waiverAnalysis(f),
            props: [[`${NS}:gate`, 'models'], [`${NS}:blocking`, String(f.blocking)]]
        });
    }
    components.push(...libs.values());
    let noModels = null;
    if (!models.files.length) {
        noModels = `no model files: the models gate examined none${report && gateOf(report, 'models') ? '' : ' (it is not in the report)'} and there are none under ${models.lookedIn}. Set gates.models.paths to the folder of your model files, or pass --allow-no-models (input bom-allow-no-models) if this repository has none`;
        notes.unshift(noModels);
    }
    const server = env.GITHUB_SERVER_URL?.trim() || report?.context?.serverUrl || 'https://github.com';
    const rootRefs = [];
    if (run.repository)
        rootRefs.push({ type: 'vcs', url: `${server}/${run.repository}` });
    if (run.runUrl)
        rootRefs.push({ type: 'build-meta', url: run.runUrl, comment: 'the workflow run that ran the gates' });
    const root = {
        type: 'application',
        bomRef: 'repository',
        name: run.repository ?? external_node_path_default().basename(workspace),
        ...(run.commit ? { version: run.commit } : {}),
        description: 'The repository the gates examined, at this commit',
        props: run.props,
        externalReferences: rootRefs
    };
    const metadataProps = [...runEvidence(report, opts.reportName ?? null), ...notes.map((n) => [`${NS}:note`, clip(n)])];
    const doc = toCycloneDx({
        spec: opts.spec ?? '1.6',
        serialNumber: opts.serialNumber,
        timestamp: opts.now ?? new Date(),
        tool: { name: 'ai-secure-gates', version: version/* VERSION */.x },
        root,
        components,
        metadataProps,
        vulnerabilities: vulns,
        formulation: formulation(run, params.params, params.sources, datasets.files.filter((d) => d.role === 'dataset').map((d) => `data:${d.path}`), models.files.map((m) => `model:${m.path}`))
    });
    const bom = await (0,redact/* redactValue */.FI)(doc, { secrets: opts.secrets, detect: opts.detect });
    return {
        bom,
        text: (0,json/* safeJson */.o)(bom) + '\n',
        notes,
        noModels,
        counts: { models: models.files.length, datasets: datasets.files.length, libraries: libs.size, vulnerabilities: vulns.length, gates: report?.gates.length ?? 0, params: params.params.length }
    };
}

;// CONCATENATED MODULE: ./src/release/bom/action.ts
/**
 * The action's BOM step (input `bom`, output `bom`): writes bom.cdx.json next to report.json from
 * the redacted report and the workspace, and returns a short section for the job summary. Never
 * changes the verdict: a BOM that cannot be written is a warning with the reason.
 */





const BOM_FILE = 'bom.cdx.json';
async function writeActionBom(o) {
    try {
        const r = await buildBom({ workspace: o.workspace, report: o.report, reportName: 'report.json', spec: o.spec, configPath: o.configPath, params: o.params.length ? o.params : undefined, secrets: o.secrets, detect: o.detect });
        const file = external_node_path_default().join(o.dir, BOM_FILE);
        await (0,promises_.writeFile)(file, r.text);
        const c = r.counts;
        o.logger.info(`AI-BOM (CycloneDX ${o.spec}) written to ${file}: ${c.models} model file(s), ${c.datasets} dataset file(s), ${c.libraries} Python package(s), ${c.vulnerabilities} vulnerabilities.`);
        for (const n of r.notes)
            if (n !== r.noModels)
                o.logger.info(`AI-BOM note: ${n}`);
        if (r.noModels && !o.allowNoModels)
            o.logger.warning(`AI-BOM: ${r.noModels}.`);
        const lines = [
            '### AI bill of materials',
            '',
            `CycloneDX ${o.spec}: ${c.models} model file(s), ${c.datasets} dataset file(s), ${c.libraries} Python package(s), ${c.vulnerabilities} vulnerabilit${c.vulnerabilities === 1 ? 'y' : 'ies'}, ${c.params} hyperparameter(s), ${c.gates} gate result(s) as evidence. The file is the action's \`bom\` output; upload it as an artifact or a release asset.`
        ];
        if (r.noModels)
            lines.push('', `⚠️ ${(0,report_escape/* escapeMarkdown */.FV)(r.noModels)}.`);
        return { path: file, markdown: lines.join('\n') + '\n' };
    }
    catch (e) {
        o.logger.warning(`AI-BOM not written: ${(0,errors/* errorMessage */.gJ)(e)}. The verdict is unchanged.`);
        return null;
    }
}


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


/***/ }),

/***/ 17415:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   TM: () => (/* binding */ digestFile),
/* harmony export */   jj: () => (/* binding */ hashFilesSettled),
/* harmony export */   xS: () => (/* binding */ HashError)
/* harmony export */ });
/* unused harmony exports CHUNK_SIZE, SMALL_FILE_LIMIT, shutdownHashPool, hashFile, hashFiles */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(48161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var node_worker_threads__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(75919);
/* harmony import */ var node_worker_threads__WEBPACK_IMPORTED_MODULE_4___default = /*#__PURE__*/__webpack_require__.n(node_worker_threads__WEBPACK_IMPORTED_MODULE_4__);
/* harmony import */ var _engine_errors_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(17679);
/**
 * SHA-256 (and the other digests model signatures use: SHA-384/512, BLAKE2b, BLAKE3; whole files or
 * byte ranges) of files at the machine's limit, in bounded memory.
 *
 * - Files are opened on the main thread with O_NOFOLLOW (a symlink is refused, never followed) and
 *   O_NONBLOCK (a FIFO cannot hang the open), then fstat'ed: anything but a regular file is refused.
 * - Small files (< SMALL_FILE_LIMIT) are hashed on the main thread.
 * - Larger files are hashed by a pool of worker_threads (one per core, os.availableParallelism()),
 *   which read the already-open descriptor with positional 1 MiB reads: `hash.update()` is
 *   synchronous, so only separate threads use more than one core (research/security.md D1-D2).
 * - Memory: one 1 MiB buffer per worker and at most `concurrency` small-file buffers.
 * - The worker is an inline code string (`new Worker(code, { eval: true })`) using only node:fs and
 *   node:crypto, so it runs the same under jest/tsx and inside the single-file ncc bundles.
 * - BLAKE3 is not in node:crypto: it is hashed on the main thread by hash-wasm's WebAssembly build,
 *   with the same double-buffered positional reads.
 */






/** Read size, for both the main thread and the workers (1 MiB: research/security.md D2). */
const CHUNK_SIZE = 1 << 20;
/** Files smaller than this are hashed on the main thread (a worker round trip costs more). */
const SMALL_FILE_LIMIT = 1 << 20;
/** Why a file could not be hashed; `reason` is the errno-like cause (ELOOP for a symlink, ENOENT, EACCES, ENOTREG, ABORT...). */
class HashError extends _engine_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .GatesError */ .xx {
    reason;
    path;
    constructor(filePath, reason, message, options) {
        super('INPUT', message, options);
        this.reason = reason;
        this.path = filePath;
    }
}
const OPEN_FLAGS = node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_RDONLY | (node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NOFOLLOW ?? 0) | (node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NONBLOCK ?? 0);
function describe(abs, e) {
    if (e instanceof HashError)
        return e;
    const err = e;
    const code = err?.code ?? 'EIO';
    let what;
    switch (code) {
        case 'ELOOP':
        case 'EMLINK':
            return new HashError(abs, 'ELOOP', `${abs} is a symlink; it was not followed or hashed`, { cause: e });
        case 'ENOENT':
            what = 'does not exist';
            break;
        case 'EACCES':
        case 'EPERM':
            what = 'is not readable (permission denied)';
            break;
        case 'EISDIR':
            what = 'is a directory, not a file';
            break;
        default:
            what = `could not be read: ${err?.message ?? String(e)}`;
    }
    return new HashError(abs, code, `${abs} ${what}`, { cause: e });
}
function abortError(abs) {
    return new HashError(abs, 'ABORT', `hashing ${abs} was cancelled`);
}
async function openRegular(abs) {
    let fh;
    try {
        fh = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.open)(abs, OPEN_FLAGS);
    }
    catch (e) {
        throw describe(abs, e);
    }
    try {
        const st = await fh.stat();
        if (!st.isFile()) {
            throw new HashError(abs, 'ENOTREG', `${abs} is not a regular file (${st.isDirectory() ? 'a directory' : 'a device, socket or FIFO'}); it was not hashed`);
        }
        return { fh, size: st.size };
    }
    catch (e) {
        await fh.close().catch(() => undefined);
        throw describe(abs, e);
    }
}
async function newHasher(algorithm) {
    if (algorithm !== 'blake3')
        return (0,node_crypto__WEBPACK_IMPORTED_MODULE_2__.createHash)(algorithm);
    const { createBLAKE3 } = await __webpack_require__.e(/* import() */ 608).then(__webpack_require__.t.bind(__webpack_require__, 70608, 23));
    const h = await createBLAKE3();
    h.init();
    return { update: (d) => h.update(d), digest: () => h.digest('hex') };
}
/**
 * Hashes [start, end) of an open file on the main thread with positional reads (small files, and
 * BLAKE3); the next chunk is read while this one is hashed.
 */
async function hashOnMainThread(fh, abs, expectedSize, signal, algorithm = 'sha256', start = 0, end = Infinity) {
    const span = Math.max(0, Math.min(end, expectedSize + 1) - start);
    const chunk = Math.min(CHUNK_SIZE, span + 1);
    const bufs = [Buffer.allocUnsafe(chunk), Buffer.allocUnsafe(chunk)];
    const h = await newHasher(algorithm);
    const read = (buf, pos) => pos >= end ? Promise.resolve(0) : fh.read(buf, 0, Math.min(buf.length, end - pos), pos).then((r) => r.bytesRead);
    let pos = start;
    let i = 0;
    let pending = read(bufs[0], pos);
    for (;;) {
        let n;
        try {
            n = await pending;
        }
        catch (e) {
            throw describe(abs, e);
        }
        if (n === 0)
            break;
        if (signal?.aborted)
            throw abortError(abs);
        const cur = bufs[i];
        i ^= 1;
        pos += n;
        pending = read(bufs[i], pos);
        pending.catch(() => 0);
        h.update(n === cur.length ? cur : cur.subarray(0, n));
    }
    return { digest: h.digest('hex'), size: pos - start };
}
// ---------------------------------------------------------------------------------------------
// Worker pool
/**
 * The worker: reads a descriptor opened by the main thread, 1 MiB at a time, and hashes it. Reads
 * are double-buffered: the next chunk is read (on the libuv pool) while this thread hashes the
 * current one, so I/O and hashing overlap.
 */
const WORKER_SOURCE = `
'use strict'
const { parentPort } = require('node:worker_threads')
const fs = require('node:fs')
const crypto = require('node:crypto')
const CHUNK = ${CHUNK_SIZE}
const bufs = [Buffer.allocUnsafe(CHUNK), Buffer.allocUnsafe(CHUNK)]
async function hash(m) {
  const cancel = new Int32Array(m.cancel)
  const h = crypto.createHash(m.algorithm)
  const end = m.end
  const read = (fd, buf, pos) => pos >= end ? Promise.resolve(0) : new Promise((resolve, reject) => fs.read(fd, buf, 0, Math.min(CHUNK, end - pos), pos, (e, n) => (e ? reject(e) : resolve(n))))
  let pos = m.start
  let i = 0
  let pending = read(m.fd, bufs[0], pos)
  for (;;) {
    const n = await pending
    if (n === 0) break
    if (Atomics.load(cancel, 0) !== 0) return { id: m.id, aborted: true }
    const cur = bufs[i]
    i ^= 1
    pos += n
    // Never leave a read in flight when returning: the buffers are reused by the next file.
    pending = read(m.fd, bufs[i], pos)
    try {
      h.update(n === CHUNK ? cur : cur.subarray(0, n))
    } catch (e) {
      await pending.catch(() => 0)
      throw e
    }
  }
  return { id: m.id, digest: h.digest('hex'), size: pos - m.start }
}
parentPort.on('message', (m) => {
  hash(m).then(
    (r) => parentPort.postMessage(r),
    (e) => parentPort.postMessage({ id: m.id, error: { code: (e && e.code) || 'EIO', message: String((e && e.message) || e) } })
  )
})
`;
const IDLE_SHUTDOWN_MS = 5_000;
class HashPool {
    size;
    workers = [];
    queue = [];
    nextId = 1;
    idleTimer = null;
    constructor(size) {
        this.size = size;
    }
    run(abs, fd, signal, algorithm = 'sha256', start = 0, end = Number.MAX_SAFE_INTEGER) {
        if (signal?.aborted)
            return Promise.reject(abortError(abs));
        return new Promise((resolve, reject) => {
            const cancel = new Int32Array(new SharedArrayBuffer(4));
            const task = { id: this.nextId++, abs, fd, algorithm, start, end, cancel, resolve, reject };
            if (signal) {
                const onAbort = () => {
                    Atomics.store(cancel, 0, 1);
                    const i = this.queue.indexOf(task);
                    if (i >= 0) {
                        this.queue.splice(i, 1);
                        reject(abortError(abs));
                    }
                };
                signal.addEventListener('abort', onAbort, { once: true });
                const done = () => signal.removeEventListener('abort', onAbort);
                task.resolve = (d) => {
                    done();
                    resolve(d);
                };
                task.reject = (e) => {
                    done();
                    reject(e);
                };
            }
            this.queue.push(task);
            this.pump();
        });
    }
    pump() {
        if (this.idleTimer) {
            clearTimeout(this.idleTimer);
            this.idleTimer = null;
        }
        while (this.queue.length > 0) {
            let pw = this.workers.find((w) => w.task === null);
            if (!pw) {
                if (this.workers.length >= this.size)
                    break;
                pw = this.spawn();
            }
            const task = this.queue.shift();
            pw.task = task;
            pw.worker.ref();
            pw.worker.postMessage({ id: task.id, fd: task.fd, algorithm: task.algorithm, start: task.start, end: task.end, cancel: task.cancel.buffer });
        }
        if (this.queue.length === 0 && this.workers.length > 0 && this.workers.every((w) => w.task === null)) {
            this.idleTimer = setTimeout(() => void this.shutdown(), IDLE_SHUTDOWN_MS);
            this.idleTimer.unref();
        }
    }
    spawn() {
        const worker = new node_worker_threads__WEBPACK_IMPORTED_MODULE_4__.Worker(WORKER_SOURCE, { eval: true, name: 'ai-secure-gates-hash' });
        const pw = { worker, task: null };
        worker.on('message', (m) => {
            const task = pw.task;
            if (!task || task.id !== m.id)
                return;
            pw.task = null;
            worker.unref();
            if (m.aborted)
                task.reject(abortError(task.abs));
            else if (m.error) {
                const e = Object.assign(new Error(m.error.message), { code: m.error.code });
                task.reject(describe(task.abs, e));
            }
            else
                task.resolve({ digest: m.digest, size: m.size });
            this.pump();
        });
        const fail = (err) => {
            const i = this.workers.indexOf(pw);
            if (i >= 0)
                this.workers.splice(i, 1);
            const task = pw.task;
            pw.task = null;
            if (task)
                task.reject(new HashError(task.abs, 'EWORKER', `hashing ${task.abs} failed: the hash worker stopped (${err instanceof Error ? err.message : String(err)})`, { cause: err }));
            this.pump();
        };
        worker.on('error', fail);
        worker.on('exit', (code) => {
            if (this.workers.includes(pw))
                fail(new Error(`exit code ${code}`));
        });
        this.workers.push(pw);
        return pw;
    }
    /** Stops every worker (queued tasks are rejected). The pool starts again on the next call. */
    async shutdown() {
        if (this.idleTimer)
            clearTimeout(this.idleTimer);
        this.idleTimer = null;
        const all = this.workers.splice(0);
        for (const t of this.queue.splice(0))
            t.reject(abortError(t.abs));
        // Reject in-flight tasks only once their worker is gone, so their descriptors are not closed under a running read.
        await Promise.all(all.map((pw) => pw.worker.terminate().catch(() => 0)));
        for (const pw of all)
            if (pw.task)
                pw.task.reject(abortError(pw.task.abs));
    }
}
let pool = null;
function getPool() {
    pool ??= new HashPool(Math.max(1, node_os__WEBPACK_IMPORTED_MODULE_3___default().availableParallelism()));
    return pool;
}
/** Terminates the hash workers now (they also stop on their own after 5 s idle, and never keep the process alive while idle). */
async function shutdownHashPool() {
    const p = pool;
    pool = null;
    if (p)
        await p.shutdown();
}
// ---------------------------------------------------------------------------------------------
// Public API
/**
 * SHA-256 (lowercase hex) and size of one regular file. Refuses symlinks (never follows them),
 * directories, devices and FIFOs with a HashError naming the file.
 */
async function hashFile(abs, signal) {
    const d = await digestFile(abs, { signal });
    return { sha256: d.digest, size: d.size };
}
/**
 * One digest of a regular file or of the byte range [start, end) of it, with the same refusals as
 * hashFile (symlinks, directories, devices, FIFOs). Large ranges go to the worker pool; BLAKE3
 * and small ranges are hashed on the main thread.
 */
async function digestFile(abs, opts = {}) {
    const { signal } = opts;
    const algorithm = opts.algorithm ?? 'sha256';
    const start = opts.start ?? 0;
    if (signal?.aborted)
        throw abortError(abs);
    const { fh, size } = await openRegular(abs);
    try {
        const end = Math.min(opts.end ?? Number.MAX_SAFE_INTEGER, Number.MAX_SAFE_INTEGER);
        const span = Math.min(end, size) - start;
        const r = span < SMALL_FILE_LIMIT || algorithm === 'blake3'
            ? await hashOnMainThread(fh, abs, size, signal, algorithm, start, end)
            : await getPool().run(abs, fh.fd, signal, algorithm, start, end);
        return { ...r, fileSize: size };
    }
    finally {
        await fh.close().catch(() => undefined);
    }
}
/**
 * Hashes every file, `concurrency` at a time (default: one per core), returning each path's digest
 * or the HashError that stopped it. Never rejects except when `signal` aborts.
 */
async function hashFilesSettled(absPaths, opts = {}) {
    const out = new Map();
    const unique = [...new Set(absPaths)];
    const concurrency = Math.max(1, Math.min(opts.concurrency ?? node_os__WEBPACK_IMPORTED_MODULE_3___default().availableParallelism(), unique.length || 1));
    let next = 0;
    const lane = async () => {
        while (next < unique.length) {
            if (opts.signal?.aborted)
                return;
            const abs = unique[next++];
            try {
                out.set(abs, await hashFile(abs, opts.signal));
            }
            catch (e) {
                const he = describe(abs, e);
                if (he.reason === 'ABORT')
                    return;
                out.set(abs, he);
            }
        }
    };
    await Promise.all(Array.from({ length: concurrency }, lane));
    if (opts.signal?.aborted)
        throw abortError(`${unique.length} files`);
    // Keep the caller's order.
    return new Map(unique.map((p) => [p, out.get(p)]));
}
/**
 * SHA-256 and size of each file (keys are the paths given). Rejects with the first file's HashError
 * when any file cannot be hashed; use hashFilesSettled to get every result.
 */
async function hashFiles(absPaths, opts = {}) {
    const settled = await hashFilesSettled(absPaths, opts);
    const out = new Map();
    for (const [p, r] of settled) {
        if (r instanceof HashError)
            throw r;
        out.set(p, r);
    }
    return out;
}


/***/ })

};
