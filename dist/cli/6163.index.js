export const id = 6163;
export const ids = [6163];
export const modules = {

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

/***/ 86163:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runTrivy: () => (/* binding */ runTrivy)
});

// UNUSED EXPORTS: downloadFailure, trivyArgs, trivyTargets

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/engine/errors.ts
var engine_errors = __webpack_require__(17679);
// EXTERNAL MODULE: ./src/engine/paths.ts
var paths = __webpack_require__(4886);
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 15 modules
var schemas = __webpack_require__(9691);
// EXTERNAL MODULE: ./src/parsers/common.ts
var common = __webpack_require__(40743);
;// CONCATENATED MODULE: ./src/parsers/trivy.ts
/**
 * trivy JSON (`-f json`) -> findings, for `image`, `fs`, `repo` and `config` scans.
 *
 * Shapes read: SchemaVersion 2 (v0.20.0+, with or without `Results`, old and new misconfiguration
 * ids) and the pre-v0.20 bare array of Results. Severity mapping:
 *
 *   trivy      CRITICAL  HIGH  MEDIUM  LOW  UNKNOWN
 *   ours       critical  high  medium  low  (option, default medium)
 *
 * Vulnerabilities: one finding per (target, package, id); fingerprintKey = package + id (never a
 * line). Misconfigurations: only Status FAIL; rule id normalised to the trivy-checks v2 form
 * (`DS-0002`), the older forms (`DS002`, `AVD-DS-0002`) kept as aliases; located at the file and
 * lines of CauseMetadata. Secrets: the value never enters a message (trivy masks it in `Match`,
 * but context lines can hold other unmasked secrets); `secretValues` lists every secret-like
 * token seen in the code lines so the gate can mask them.
 */



const trivySeverity = schemas/* enum */.k5n(['CRITICAL', 'HIGH', 'MEDIUM', 'LOW', 'UNKNOWN']);
const codeSchema = schemas/* looseObject */._H3({ Lines: schemas/* array */.YOg(schemas/* looseObject */._H3({ Number: schemas/* number */.aig().optional(), Content: schemas/* string */.YjP().optional() })).nullable().optional() })
    .nullable()
    .optional();
const vulnSchema = schemas/* looseObject */._H3({
    VulnerabilityID: schemas/* string */.YjP().min(1),
    VendorIDs: schemas/* array */.YOg(schemas/* string */.YjP()).nullable().optional(),
    PkgID: schemas/* string */.YjP().optional(),
    PkgName: schemas/* string */.YjP().min(1),
    PkgPath: schemas/* string */.YjP().optional(),
    InstalledVersion: schemas/* string */.YjP().default(''),
    FixedVersion: schemas/* string */.YjP().optional(),
    Status: schemas/* string */.YjP().optional(),
    Title: schemas/* string */.YjP().optional(),
    Description: schemas/* string */.YjP().optional(),
    Severity: trivySeverity,
    PrimaryURL: schemas/* string */.YjP().optional(),
    SeveritySource: schemas/* string */.YjP().optional(),
    CweIDs: schemas/* array */.YOg(schemas/* string */.YjP()).nullable().optional()
});
const misconfSchema = schemas/* looseObject */._H3({
    Type: schemas/* string */.YjP().optional(),
    ID: schemas/* string */.YjP().min(1),
    AVDID: schemas/* string */.YjP().optional(),
    Title: schemas/* string */.YjP().default(''),
    Description: schemas/* string */.YjP().optional(),
    Message: schemas/* string */.YjP().default(''),
    Resolution: schemas/* string */.YjP().optional(),
    Severity: trivySeverity,
    PrimaryURL: schemas/* string */.YjP().optional(),
    Status: schemas/* enum */.k5n(['FAIL', 'PASS', 'EXCEPTION']).optional(),
    CauseMetadata: schemas/* looseObject */._H3({
        Resource: schemas/* string */.YjP().optional(),
        Provider: schemas/* string */.YjP().optional(),
        Service: schemas/* string */.YjP().optional(),
        StartLine: schemas/* number */.aig().int().optional(),
        EndLine: schemas/* number */.aig().int().optional(),
        Code: codeSchema
    })
        .optional()
});
const secretSchema = schemas/* looseObject */._H3({
    RuleID: schemas/* string */.YjP().min(1),
    Category: schemas/* string */.YjP().optional(),
    Severity: trivySeverity,
    Title: schemas/* string */.YjP().default(''),
    StartLine: schemas/* number */.aig().int().optional(),
    EndLine: schemas/* number */.aig().int().optional(),
    Code: codeSchema,
    Match: schemas/* string */.YjP().optional()
});
const resultSchema = schemas/* looseObject */._H3({
    Target: schemas/* string */.YjP().default(''),
    Class: schemas/* string */.YjP().optional(),
    Type: schemas/* string */.YjP().optional(),
    Packages: schemas/* array */.YOg(schemas/* looseObject */._H3({ Name: schemas/* string */.YjP().optional(), Version: schemas/* string */.YjP().optional(), Locations: schemas/* array */.YOg(schemas/* looseObject */._H3({ StartLine: schemas/* number */.aig().int(), EndLine: schemas/* number */.aig().int().optional() })).nullable().optional() })).nullable().optional(),
    Vulnerabilities: schemas/* array */.YOg(vulnSchema).nullable().optional(),
    MisconfSummary: schemas/* looseObject */._H3({ Successes: schemas/* number */.aig().default(0), Failures: schemas/* number */.aig().default(0), Exceptions: schemas/* number */.aig().optional() }).nullable().optional(),
    Misconfigurations: schemas/* array */.YOg(misconfSchema).nullable().optional(),
    Secrets: schemas/* array */.YOg(secretSchema).nullable().optional()
});
const reportV2 = schemas/* looseObject */._H3({
    SchemaVersion: schemas/* literal */.euz(2),
    ArtifactName: schemas/* string */.YjP().optional(),
    ArtifactType: schemas/* string */.YjP().optional(),
    Trivy: schemas/* looseObject */._H3({ Version: schemas/* string */.YjP().optional() }).optional(),
    Results: schemas/* array */.YOg(resultSchema).nullable().optional()
});
const legacyReport = schemas/* array */.YOg(resultSchema);
const trivyReportSchema = schemas/* union */.KCZ([reportV2, legacyReport]);
const SEVERITY = { CRITICAL: 'critical', HIGH: 'high', MEDIUM: 'medium', LOW: 'low' };
function trivySeverityToOurs(s, unknown = 'medium') {
    return SEVERITY[s] ?? unknown;
}
/**
 * The trivy-checks v2 id (`DS-0002`, `AWS-0086`, `KSV-0001`) from any of its spellings
 * (`DS002`, `AVD-DS-0002`, `AVD-AWS-0086`, `KSV001`), and all the spellings as aliases.
 */
function misconfigIds(id, avdid) {
    const spellings = new Set([id, ...(avdid ? [avdid] : [])]);
    let canonical = id;
    const fromAvd = (s) => /^AVD-([A-Z0-9]+)-(\d+)$/.exec(s);
    const avd = fromAvd(id) ?? (avdid ? fromAvd(avdid) : null);
    const old = /^([A-Z]+)(\d{3})$/.exec(id);
    const neu = /^([A-Z0-9]+)-(\d{4})$/.exec(id);
    if (avd)
        canonical = `${avd[1]}-${avd[2].padStart(4, '0')}`;
    else if (old)
        canonical = `${old[1]}-${old[2].padStart(4, '0')}`;
    else if (neu)
        canonical = id;
    const m = /^([A-Z0-9]+)-(\d{4})$/.exec(canonical);
    if (m) {
        spellings.add(`AVD-${canonical}`);
        if (/^[A-Z]+$/.test(m[1]) && m[2].startsWith('0'))
            spellings.add(`${m[1]}${m[2].slice(1)}`);
    }
    spellings.delete(canonical);
    return { ruleId: canonical, aliases: [...spellings] };
}
/** Targets that are files (lockfiles, manifests, IaC) vs an image's OS or a language runtime. */
function isFileTarget(r) {
    if (r.Class === 'os-pkgs')
        return false;
    if (r.Type === 'python-pkg' || r.Type === 'gobinary' || r.Type === 'jar' || r.Type === 'node-pkg' || r.Type === 'gemspec')
        return false;
    if (/ \([^)]*\)$/.test(r.Target))
        return false;
    return r.Target !== '';
}
function joinBase(base, p) {
    if (!base || base === '.' || base === '')
        return p;
    if (p === '.' || p === '')
        return base;
    return `${base.replace(/\/+$/, '')}/${p}`;
}
// Tokens that look like credentials: provider prefixes and long high-entropy values.
const SECRET_PATTERNS = [
    /\b(?:ghp|gho|ghu|ghs|ghr)_[A-Za-z0-9]{20,}\b/g,
    /\bgithub_pat_[A-Za-z0-9_]{20,}\b/g,
    /\b(?:AKIA|ASIA)[A-Z0-9]{16}\b/g,
    /\bxox[abprs]-[A-Za-z0-9-]{10,}\b/g,
    /\bsk-[A-Za-z0-9_-]{16,}\b/g,
    /\bglpat-[A-Za-z0-9_-]{20,}\b/g,
    /-----BEGIN [A-Z ]*PRIVATE KEY-----/g
];
const ASSIGNMENT = /(?:key|token|secret|passw(?:or)?d|pwd|credential|auth)[A-Za-z0-9_]*\s*[:=]\s*["']?([^\s"'*]{8,})/gi;
/** Secret-like strings in a line of text (to hand to the log masker). */
function secretLikeTokens(text) {
    const out = new Set();
    for (const re of SECRET_PATTERNS)
        for (const m of text.matchAll(re))
            out.add(m[0]);
    for (const m of text.matchAll(ASSIGNMENT))
        if (!/^\*+$/.test(m[1]))
            out.add(m[1]);
    return [...out];
}
/** Replaces secret-like tokens with asterisks (for anything derived from a scanned line). */
function redactSecrets(text) {
    let s = text;
    for (const t of secretLikeTokens(text))
        s = s.split(t).join('*'.repeat(Math.min(t.length, 8)));
    return s;
}
function truncate(s, max) {
    const flat = s.replace(/\s+/g, ' ').trim();
    return flat.length > max ? flat.slice(0, max - 1) + '…' : flat;
}
function parseTrivy(text, options = {}) {
    // Dispatch on the top-level shape so a validation error names the real offending path.
    const data = (0,common/* parseJsonWith */._x)(schemas/* unknown */.L5J(), text, 'trivy');
    if (data === null || typeof data !== 'object')
        throw new engine_errors/* ParseError */.mB(`trivy: the report is ${JSON.stringify(data)}, not a trivy JSON report (an object with SchemaVersion 2, or an array of results)`);
    const report = Array.isArray(data) ? (0,common/* validateWith */.xJ)(legacyReport, data, 'trivy (pre-0.20 array)') : (0,common/* validateWith */.xJ)(reportV2, data, 'trivy');
    const legacy = Array.isArray(report);
    const results = (legacy ? report : report.Results) ?? [];
    const unknown = options.unknownSeverity ?? 'medium';
    const findings = [];
    const targets = [];
    const secretValues = new Set();
    let droppedUnfixed = 0;
    const artifactName = legacy ? null : (report.ArtifactName ?? null);
    for (const r of results) {
        const fileTarget = !options.allAtArtifact && isFileTarget(r);
        const targetPath = fileTarget
            ? joinBase(options.baseDir, (0,common/* normaliseToolPath */._q)(r.Target, options.workspace))
            : (options.artifactPath ?? (r.Target || artifactName || '.'));
        const summary = {
            target: r.Target,
            class: r.Class ?? null,
            type: r.Type ?? null,
            vulnerabilities: 0,
            misconfigurations: 0,
            secrets: 0,
            misconfSuccesses: r.MisconfSummary ? r.MisconfSummary.Successes : null
        };
        const pkgLines = new Map();
        for (const p of r.Packages ?? []) {
            const line = p.Locations?.[0]?.StartLine;
            if (p.Name && line)
                pkgLines.set(`${p.Name}@${p.Version ?? ''}`, line);
        }
        for (const v of r.Vulnerabilities ?? []) {
            const fixed = v.FixedVersion?.trim() ?? '';
            if (options.ignoreUnfixed && !fixed) {
                droppedUnfixed++;
                continue;
            }
            summary.vulnerabilities++;
            const aliases = [...new Set((v.VendorIDs ?? []).filter((a) => a && a !== v.VulnerabilityID))];
            const fix = fixed ? `fixed in ${fixed}` : `no fixed version${v.Status ? ` (status: ${v.Status.replace(/_/g, ' ')})` : ''}`;
            const where = v.PkgPath ? ` at ${v.PkgPath}` : '';
            const line = fileTarget ? (pkgLines.get(`${v.PkgName}@${v.InstalledVersion}`) ?? null) : null;
            findings.push({
                ruleId: v.VulnerabilityID,
                aliases,
                severity: trivySeverityToOurs(v.Severity, unknown),
                title: `${v.VulnerabilityID} in ${v.PkgName} ${v.InstalledVersion}`,
                message: `${v.PkgName} ${v.InstalledVersion}${where} is affected by ${v.VulnerabilityID}${v.Title ? ` (${truncate(v.Title, 120)})` : ''}; ${fix}. [trivy, ${r.Target}, severity ${v.Severity.toLowerCase()}]`,
                location: { path: targetPath, startLine: line },
                help: { text: `${v.VulnerabilityID}: ${v.Title ?? ''}\n\n${v.Description ?? ''}`.trim(), uri: v.PrimaryURL },
                fingerprintKey: `${v.PkgName}${v.PkgPath ? ' ' + v.PkgPath : ''} ${v.VulnerabilityID}`,
                properties: {
                    tool: 'trivy',
                    kind: 'vulnerability',
                    target: r.Target,
                    class: r.Class ?? null,
                    package: v.PkgName,
                    installedVersion: v.InstalledVersion,
                    fixedVersion: fixed || null,
                    status: v.Status ?? null,
                    trivySeverity: v.Severity,
                    ...(v.PkgPath ? { pkgPath: v.PkgPath } : {}),
                    ...(v.CweIDs?.length ? { cwe: v.CweIDs } : {})
                }
            });
        }
        for (const m of r.Misconfigurations ?? []) {
            if (m.Status && m.Status !== 'FAIL')
                continue;
            summary.misconfigurations++;
            const { ruleId, aliases } = misconfigIds(m.ID, m.AVDID);
            const cm = m.CauseMetadata;
            const start = cm?.StartLine && cm.StartLine > 0 ? cm.StartLine : null;
            const end = start && cm?.EndLine && cm.EndLine >= start ? cm.EndLine : start;
            for (const l of cm?.Code?.Lines ?? [])
                for (const t of secretLikeTokens(l.Content ?? ''))
                    secretValues.add(t);
            findings.push({
                ruleId,
                aliases,
                severity: trivySeverityToOurs(m.Severity, unknown),
                title: `${ruleId} ${m.Title}`,
                message: `${m.Title}${m.Message ? `: ${redactSecrets(m.Message)}` : ''}${cm?.Resource ? ` (${cm.Resource})` : ''} [trivy ${ruleId}${m.Type ? `, ${m.Type}` : ''}]`,
                location: { path: targetPath, startLine: start, endLine: end },
                help: { text: [m.Description?.trim(), m.Resolution ? `Resolution: ${m.Resolution}` : ''].filter(Boolean).join('\n\n') || m.Title, uri: m.PrimaryURL },
                fingerprintKey: `${cm?.Resource ?? ''} ${redactSecrets(m.Message || m.Title)}`,
                properties: { tool: 'trivy', kind: 'misconfiguration', target: r.Target, type: r.Type ?? null, checkType: m.Type ?? null, trivySeverity: m.Severity, ...(cm?.Resource ? { resource: cm.Resource } : {}) }
            });
        }
        for (const s of r.Secrets ?? []) {
            summary.secrets++;
            for (const l of s.Code?.Lines ?? [])
                for (const t of secretLikeTokens(l.Content ?? ''))
                    secretValues.add(t);
            for (const t of secretLikeTokens(s.Match ?? ''))
                secretValues.add(t);
            const start = s.StartLine && s.StartLine > 0 ? s.StartLine : null;
            const masked = redactSecrets(s.Match ?? '');
            findings.push({
                ruleId: s.RuleID,
                severity: trivySeverityToOurs(s.Severity, unknown),
                title: `Secret: ${s.Title || s.RuleID}`,
                message: `${s.Title || s.RuleID}${s.Category ? ` (${s.Category})` : ''} found in ${r.Target}${start ? ` line ${start}` : ''}; the value is not shown. Remove it from the repository and rotate it. [trivy secret ${s.RuleID}]`,
                location: { path: targetPath, startLine: start, endLine: start && s.EndLine && s.EndLine >= start ? s.EndLine : start },
                fingerprintKey: `${s.RuleID} ${masked}`,
                properties: { tool: 'trivy', kind: 'secret', target: r.Target, category: s.Category ?? null, trivySeverity: s.Severity }
            });
        }
        targets.push(summary);
    }
    return {
        shape: legacy ? 'legacy-array' : 'schema-v2',
        trivyVersion: legacy ? null : (report.Trivy?.Version ?? null),
        artifactName,
        artifactType: legacy ? null : (report.ArtifactType ?? null),
        findings,
        targets,
        secretValues: [...secretValues],
        droppedUnfixed
    };
}

// EXTERNAL MODULE: ./src/tools/resolve.ts
var resolve = __webpack_require__(28879);
// EXTERNAL MODULE: ./src/tools/runner.ts
var runner = __webpack_require__(25761);
// EXTERNAL MODULE: ./src/tools/trivy-db.ts
var trivy_db = __webpack_require__(99006);
;// CONCATENATED MODULE: ./src/gates/container/trivy.ts
/**
 * Runs trivy on each configured target (image, image archive, fs, repo, config) and reads its JSON
 * report. trivy is always run with --exit-code 0, so any other exit code is a crash; the verdict
 * comes from the parsed report, and a missing, empty or unreadable report is an error with
 * trivy's stderr tail.
 */








const IMAGE_REF = /^[A-Za-z0-9][A-Za-z0-9._\-/:@]*$/;
async function trivyTargets(ctx) {
    const c = ctx.config;
    const targets = [];
    const images = c.image === undefined ? [] : Array.isArray(c.image) ? c.image : [c.image];
    const defaultImageScanners = ['vuln', 'secret'];
    const defaultFsScanners = ['vuln', 'misconfig', 'secret'];
    let dockerfile;
    if (c.dockerfile)
        dockerfile = (0,paths/* toRel */.lH)(ctx.workspace, (0,paths.resolveInside)(ctx.workspace, c.dockerfile, 'gates.container.dockerfile'));
    for (const image of images) {
        if (!IMAGE_REF.test(image)) {
            throw new engine_errors/* ConfigError */.xL('CONFIG_INVALID', `gates.container.image: "${image}" is not an image reference (registry/name:tag or name@sha256:...).`);
        }
        targets.push({ command: 'image', label: image, targetArgs: [image], scanners: c.scanners ?? defaultImageScanners, artifactPath: dockerfile ?? image });
    }
    const existing = async (rel, key) => {
        const abs = (0,paths.resolveInside)(ctx.workspace, rel, `gates.container.${key}`);
        const st = await (0,paths/* statOrNull */.xX)(abs);
        if (!st)
            throw new engine_errors/* ConfigError */.xL('CONFIG_INVALID', `gates.container.${key}: "${rel}" does not exist in the workspace.`);
        const relPath = (0,paths/* toRel */.lH)(ctx.workspace, abs) || '.';
        return { abs, relPath, isDir: st.isDirectory() };
    };
    for (const rel of c['image-archive'] ?? []) {
        const t = await existing(rel, 'image-archive');
        targets.push({ command: 'image', label: t.relPath, targetArgs: ['--input', t.relPath], scanners: c.scanners ?? defaultImageScanners, artifactPath: dockerfile ?? t.relPath });
    }
    for (const [key, command] of [['fs', 'fs'], ['repo', 'repo'], ['config', 'config']]) {
        for (const rel of c[key] ?? []) {
            if (command === 'repo' && /^https:\/\//.test(rel)) {
                targets.push({ command, label: rel, targetArgs: [rel], scanners: c.scanners ?? defaultFsScanners, artifactPath: rel });
                continue;
            }
            const t = await existing(rel, key);
            const baseDir = t.isDir ? t.relPath : external_node_path_default().posix.dirname(t.relPath);
            targets.push({
                command,
                label: t.relPath,
                targetArgs: [t.relPath],
                scanners: command === 'config' ? ['misconfig'] : (c.scanners ?? defaultFsScanners),
                baseDir: baseDir === '.' ? undefined : baseDir
            });
        }
    }
    if (targets.length === 0) {
        targets.push({ command: 'fs', label: '.', targetArgs: ['.'], scanners: c.scanners ?? defaultFsScanners });
    }
    return targets;
}
async function ignoreFile(ctx) {
    const setting = ctx.config.trivyignore;
    if (setting === false)
        return null;
    if (typeof setting === 'string') {
        const abs = (0,paths.resolveInside)(ctx.workspace, setting, 'gates.container.trivyignore');
        if (!(await (0,paths/* statOrNull */.xX)(abs)))
            throw new engine_errors/* ConfigError */.xL('CONFIG_INVALID', `gates.container.trivyignore: "${setting}" does not exist in the workspace.`);
        return abs;
    }
    for (const name of ['.trivyignore.yaml', '.trivyignore.yml', '.trivyignore']) {
        const abs = external_node_path_default().join(ctx.workspace, name);
        if ((await (0,paths/* statOrNull */.xX)(abs))?.isFile())
            return abs;
    }
    return null;
}
function withStderr(message, stderr) {
    const tail = (0,runner/* tailLines */.os)(stderr, 15).trim();
    return tail ? `${message}\nstderr (last lines):\n${tail}` : `${message} (trivy wrote nothing on stderr)`;
}
/** What trivy failed to download, read from its stderr: the vulnerability DB, the checks bundle, or neither. */
function downloadFailure(stderr) {
    if (/(vulnerability )?DB (error|download)|failed to download (the )?(vulnerability )?DB|init DB|db\.Download/i.test(stderr))
        return 'db';
    if (/checks? bundle|policy bundle|failed to download (the )?(built-in )?(checks|policies)/i.test(stderr))
        return 'checks';
    return null;
}
function trivyArgs(t, c, out, cacheDir, ignore, dbArgs) {
    const args = [t.command, '--format', 'json', '--output', out, '--exit-code', '0', '--cache-dir', cacheDir];
    if (t.command !== 'config')
        args.push('--scanners', t.scanners.join(','));
    if (c['ignore-unfixed'] && t.command !== 'config' && t.scanners.includes('vuln'))
        args.push('--ignore-unfixed');
    if (ignore)
        args.push('--ignorefile', ignore);
    for (const d of c['skip-dirs'])
        args.push('--skip-dirs', d);
    args.push(...dbArgs, ...t.targetArgs);
    return args;
}
async function runTrivy(ctx, backend) {
    const c = ctx.config;
    const targets = await trivyTargets(ctx);
    const ignore = await ignoreFile(ctx);
    const tool = await (0,resolve/* resolveTool */.Hj)('trivy', ctx);
    const cacheDir = c['cache-dir'] ? external_node_path_default().resolve(ctx.workspace, c['cache-dir']) : (0,trivy_db/* defaultTrivyCacheDir */.xd)();
    const db = await (0,trivy_db/* prepareTrivyDb */.sA)({
        cacheDir,
        dbRepository: c['db-repository'],
        checksBundleRepository: c['checks-bundle-repository'],
        offline: c.offline,
        needsDb: targets.some((t) => t.command !== 'config' && t.scanners.includes('vuln')),
        useCache: c['cache-db'],
        logger: ctx.logger,
        backend
    });
    const findings = [];
    const checks = [];
    const errors = [];
    let n = 0;
    let scannedWithDb = false;
    for (const t of targets) {
        const out = external_node_path_default().join(ctx.tempDir, `trivy-${process.pid}-${Date.now()}-${n++}.json`);
        await (0,promises_.rm)(out, { force: true });
        const args = trivyArgs(t, c, out, cacheDir, ignore, db.argsFor(t.command));
        ctx.logger.debug(`trivy ${args.join(' ')}`);
        const r = await ctx.tools.run(tool.path, args, { cwd: ctx.workspace, timeoutMs: 60 * 60_000, signal: ctx.signal, env: { TRIVY_NO_PROGRESS: 'true' } });
        const name = `trivy ${t.command}`;
        const fail = (reason) => {
            errors.push(withStderr(`trivy ${t.command} ${t.label}: ${reason}`, r.stderrTail));
            checks.push({ name, target: t.label, outcome: 'error', details: { exitCode: r.exitCode, reason } });
        };
        let text;
        try {
            text = await (0,promises_.readFile)(out, 'utf8');
        }
        catch {
            text = null;
        }
        finally {
            await (0,promises_.rm)(out, { force: true }).catch(() => undefined);
        }
        if (r.exitCode !== 0) {
            const what = downloadFailure(r.stderrTail);
            if (what === 'db') {
                fail(`exited with code ${r.exitCode}: the vulnerability DB could not be downloaded${c['db-repository'] ? ` from ${c['db-repository']}` : ' (ghcr.io/aquasecurity/trivy-db, mirror.gcr.io)'}, so vulnerabilities were not checked. ` +
                    'Fix: let the runner reach the registry, set gates.container.db-repository to a mirror it reaches, or restore a cached DB and set offline: true.');
            }
            else if (what === 'checks') {
                fail(`exited with code ${r.exitCode}: the misconfiguration checks bundle could not be downloaded, so nothing was checked. ` +
                    'Fix: set gates.container.checks-bundle-repository to a mirror, or offline: true to use the checks built into trivy.');
            }
            else {
                fail(`exited with code ${r.exitCode} (it runs with --exit-code 0, so this is a failure, not findings)`);
            }
            continue;
        }
        if (text === null) {
            fail('exited 0 but wrote no report');
            continue;
        }
        let parsed;
        try {
            parsed = parseTrivy(text, {
                unknownSeverity: c['unknown-severity'],
                ignoreUnfixed: c['ignore-unfixed'],
                baseDir: t.baseDir,
                artifactPath: t.artifactPath,
                allAtArtifact: t.command === 'image',
                workspace: ctx.workspace
            });
        }
        catch (e) {
            if (!(e instanceof engine_errors/* ParseError */.mB))
                throw e;
            fail(`its report could not be read: ${e.message}`);
            continue;
        }
        for (const s of parsed.secretValues)
            ctx.maskSecret(s);
        // trivy falls back to the checks built into the binary when the checks bundle cannot be downloaded: say so.
        const embeddedOnly = /Falling back to embedded checks/.test(r.stderrTail);
        if (embeddedOnly)
            ctx.logger.warning(`trivy ${t.command} ${t.label}: the misconfiguration checks bundle could not be downloaded; trivy used the checks built into trivy ${tool.version ?? ''} (possibly older than the current bundle)`);
        if (t.command !== 'config' && t.scanners.includes('vuln'))
            scannedWithDb = true;
        findings.push(...parsed.findings);
        const totals = parsed.targets.reduce((a, x) => ({ v: a.v + x.vulnerabilities, m: a.m + x.misconfigurations, s: a.s + x.secrets }), { v: 0, m: 0, s: 0 });
        checks.push({
            name,
            target: t.label,
            outcome: parsed.findings.length ? 'fail' : 'pass',
            details: {
                scanners: t.scanners,
                artifactType: parsed.artifactType,
                trivyVersion: parsed.trivyVersion,
                results: parsed.targets.length,
                vulnerabilities: totals.v,
                misconfigurations: totals.m,
                secrets: totals.s,
                ...(parsed.droppedUnfixed ? { unfixedLeftOut: parsed.droppedUnfixed } : {}),
                ...(embeddedOnly ? { checksSource: 'embedded in the trivy binary: the checks bundle could not be downloaded' } : {})
            }
        });
        for (const x of parsed.targets) {
            const n2 = x.vulnerabilities + x.misconfigurations + x.secrets;
            checks.push({
                name: `${name} target`,
                target: t.command === 'image' ? `${t.label}: ${x.target}` : x.target && t.baseDir ? `${t.baseDir}/${x.target}` : x.target || t.label,
                outcome: n2 ? 'fail' : 'pass',
                details: { class: x.class, type: x.type, findings: n2, ...(x.misconfSuccesses !== null ? { checksPassed: x.misconfSuccesses } : {}) }
            });
        }
    }
    if (errors.length === 0 && scannedWithDb)
        await db.save();
    return { findings, checks, errors, tool: { name: 'trivy', version: tool.version } };
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
    const { installTool, PINNED } = await Promise.all(/* import() */[__webpack_require__.e(2088), __webpack_require__.e(3838), __webpack_require__.e(9805), __webpack_require__.e(5650)]).then(__webpack_require__.bind(__webpack_require__, 15650));
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


/***/ }),

/***/ 99006:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   MO: () => (/* binding */ actionsCacheBackend),
/* harmony export */   sA: () => (/* binding */ prepareTrivyDb),
/* harmony export */   xd: () => (/* binding */ defaultTrivyCacheDir)
/* harmony export */ });
/* unused harmony export trivyDbKeys */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(48161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _engine_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(17679);
/* harmony import */ var _engine_paths_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4886);
/**
 * The trivy vulnerability DB (and the misconfiguration checks bundle) across runs.
 *
 * - Cached with @actions/cache under a daily key, `ai-secure-gates-trivy-db-<os>-<repo>-<YYYY-MM-DD>`;
 *   a miss on today's key restores the newest older one (restore key = the prefix), so at most
 *   one download a day per repository, which keeps clear of ghcr.io's rate limits.
 * - `db-repository` (and `checks-bundle-repository`) point trivy at a mirror, e.g.
 *   public.ecr.aws/aquasecurity/trivy-db:2; the mirror is part of the cache key.
 * - Offline mode uses the cache only: trivy gets --skip-db-update/--skip-check-update/--offline-scan,
 *   and no cached DB is an error (never a scan against nothing).
 */





/** @actions/cache (with the Azure SDK under it) loads only when a cache is restored or saved. */
let cacheLib = null;
const loadCache = () => (cacheLib ??= Promise.all(/* import() */[__webpack_require__.e(2830), __webpack_require__.e(2088), __webpack_require__.e(3838), __webpack_require__.e(1691)]).then(__webpack_require__.bind(__webpack_require__, 61691)));
const actionsCacheBackend = {
    // The runner sets one of these when the cache service exists; @actions/cache's own check runs before each use.
    available: () => Boolean(process.env.ACTIONS_CACHE_URL || process.env.ACTIONS_RESULTS_URL),
    restore: async (paths, key, restoreKeys) => {
        const cache = await loadCache();
        return cache.isFeatureAvailable() ? cache.restoreCache(paths, key, restoreKeys) : undefined;
    },
    save: async (paths, key) => {
        const cache = await loadCache();
        if (cache.isFeatureAvailable())
            await cache.saveCache(paths, key);
    }
};
function defaultTrivyCacheDir() {
    return process.env.TRIVY_CACHE_DIR || node_path__WEBPACK_IMPORTED_MODULE_2___default().join(node_os__WEBPACK_IMPORTED_MODULE_1___default().homedir(), '.cache', 'trivy');
}
function slug(s) {
    return s.replace(/[^A-Za-z0-9._-]+/g, '_').slice(0, 80);
}
function trivyDbKeys(opts) {
    const today = opts.today ?? new Date().toISOString().slice(0, 10);
    const prefix = `ai-secure-gates-trivy-db-${process.platform}-${slug(opts.dbRepository ?? 'default')}-`;
    return { prefix, primary: prefix + today };
}
async function hasFiles(dir) {
    try {
        return (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readdir)(dir)).length > 0;
    }
    catch {
        return false;
    }
}
const CACHED_SUBDIRS = ['db', 'java-db', 'policy'];
async function prepareTrivyDb(opts) {
    const backend = opts.backend ?? actionsCacheBackend;
    const { prefix, primary } = trivyDbKeys(opts);
    const paths = CACHED_SUBDIRS.map((d) => node_path__WEBPACK_IMPORTED_MODULE_2___default().join(opts.cacheDir, d));
    let restoredKey = null;
    const cacheOn = opts.useCache && backend.available();
    if (cacheOn) {
        try {
            restoredKey = (await backend.restore(paths, primary, [prefix])) ?? null;
            opts.logger.info(restoredKey ? `trivy DB restored from cache key ${restoredKey}` : `no cached trivy DB for ${prefix}*; trivy will download it`);
        }
        catch (e) {
            opts.logger.warning(`restoring the trivy DB cache failed (${(0,_engine_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .errorMessage */ .gJ)(e)}); trivy will download the DB`);
        }
    }
    else if (opts.useCache) {
        opts.logger.debug('the GitHub Actions cache service is not available; the trivy DB is kept in ' + opts.cacheDir + ' only');
    }
    const dbPresent = await (0,_engine_paths_js__WEBPACK_IMPORTED_MODULE_4__/* .pathExists */ .s0)(node_path__WEBPACK_IMPORTED_MODULE_2___default().join(opts.cacheDir, 'db', 'metadata.json'));
    if (opts.offline && !dbPresent && opts.needsDb !== false) {
        throw new _engine_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ToolError */ .v4('TOOL_FAILED', `offline mode: no trivy vulnerability DB in the cache (${cacheOn ? `no Actions cache entry matches ${prefix}*` : 'the Actions cache service is not available'}, and ${node_path__WEBPACK_IMPORTED_MODULE_2___default().join(opts.cacheDir, 'db')} is empty). ` +
            'Run the gate once with offline: false (or pre-seed the cache, e.g. `oras pull ghcr.io/aquasecurity/trivy-db:2`) before using offline mode.');
    }
    const argsFor = (command) => {
        const args = [];
        if (command !== 'config') {
            if (opts.dbRepository)
                args.push('--db-repository', opts.dbRepository);
            if (opts.offline)
                args.push('--skip-db-update', '--offline-scan');
        }
        if (opts.checksBundleRepository)
            args.push('--checks-bundle-repository', opts.checksBundleRepository);
        if (opts.offline)
            args.push('--skip-check-update');
        return args;
    };
    const save = async () => {
        if (!cacheOn || restoredKey === primary)
            return;
        const present = [];
        for (const p of paths)
            if (await hasFiles(p))
                present.push(p);
        if (!present.some((p) => p.endsWith(`${(node_path__WEBPACK_IMPORTED_MODULE_2___default().sep)}db`)))
            return;
        try {
            await backend.save(present, primary);
            opts.logger.info(`trivy DB saved to cache key ${primary}`);
        }
        catch (e) {
            // Another job of the same day saving first is normal (the key is taken).
            opts.logger.info(`trivy DB not saved to cache key ${primary}: ${(0,_engine_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .errorMessage */ .gJ)(e)}`);
        }
    };
    return { primaryKey: primary, restoredKey, dbPresent, argsFor, save };
}


/***/ })

};
