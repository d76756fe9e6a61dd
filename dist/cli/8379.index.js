export const id = 8379;
export const ids = [8379];
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

/***/ 48379:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runPipAudit: () => (/* binding */ runPipAudit)
/* harmony export */ });
/* unused harmony export auditTargets */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _engine_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(17679);
/* harmony import */ var _engine_paths_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4886);
/* harmony import */ var _parsers_pip_audit_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(59891);
/* harmony import */ var _tools_resolve_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(28879);
/* harmony import */ var _tools_runner_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(25761);
/* harmony import */ var _parsers_python_locks_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(64521);
/**
 * Runs pip-audit once per audited target (each requirements file, a project, or an environment)
 * and reads its JSON report. pip-audit exits 1 both when it finds vulnerabilities and when it
 * fails, so the verdict comes from the report: a missing, empty or unreadable report is an error
 * with pip-audit's stderr tail, and so is "exit 1 but no vulnerability in the report".
 */








/** Works out what to audit from the config; returns null (with the reason) when nothing applies. */
async function auditTargets(ctx) {
    const c = ctx.config;
    const modes = [c.requirements?.length ? 'requirements' : null, c.project ? 'project' : null, c.environment ? 'environment' : null].filter(Boolean);
    if (modes.length > 1) {
        throw new _engine_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigError */ .xL('CONFIG_INVALID', `gates.dependencies: choose one of requirements, project or environment (got ${modes.join(' and ')}); use two config runs if you need both.`);
    }
    let requirements = c.requirements;
    let project = c.project;
    if (modes.length === 0) {
        if (await (0,_engine_paths_js__WEBPACK_IMPORTED_MODULE_3__/* .pathExists */ .s0)(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(ctx.workspace, 'requirements.txt')))
            requirements = ['requirements.txt'];
        else if (await (0,_engine_paths_js__WEBPACK_IMPORTED_MODULE_3__/* .pathExists */ .s0)(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(ctx.workspace, 'pyproject.toml')))
            project = '.';
        else
            return { skipped: 'no requirements.txt or pyproject.toml at the workspace root; set requirements, project or environment: true in gates.dependencies' };
    }
    const targets = [];
    if (requirements?.length) {
        for (const rel of requirements) {
            const abs = (0,_engine_paths_js__WEBPACK_IMPORTED_MODULE_3__.resolveInside)(ctx.workspace, rel, 'gates.dependencies.requirements');
            let text;
            try {
                text = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(abs, 'utf8');
            }
            catch (e) {
                throw new _engine_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigError */ .xL('CONFIG_INVALID', `gates.dependencies.requirements: "${rel}" cannot be read (${e.code ?? (0,_engine_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .errorMessage */ .gJ)(e)}); list files that exist in the repository.`);
            }
            const label = (0,_engine_paths_js__WEBPACK_IMPORTED_MODULE_3__/* .toRel */ .lH)(ctx.workspace, abs);
            targets.push({ kind: 'requirements', label, args: ['-r', abs], locationPath: label, lines: (0,_parsers_pip_audit_js__WEBPACK_IMPORTED_MODULE_4__/* .requirementLines */ .p$)(text) });
        }
    }
    else if (project) {
        const abs = (0,_engine_paths_js__WEBPACK_IMPORTED_MODULE_3__.resolveInside)(ctx.workspace, project, 'gates.dependencies.project');
        if (!(await (0,_engine_paths_js__WEBPACK_IMPORTED_MODULE_3__/* .pathExists */ .s0)(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(abs, 'pyproject.toml')))) {
            throw new _engine_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigError */ .xL('CONFIG_INVALID', `gates.dependencies.project: "${project}" has no pyproject.toml; point it at the folder that holds one.`);
        }
        const label = (0,_engine_paths_js__WEBPACK_IMPORTED_MODULE_3__/* .toRel */ .lH)(ctx.workspace, abs) || '.';
        const locks = await lockTargets(ctx, abs, label);
        if (locks.length)
            targets.push(...locks);
        else
            targets.push({ kind: 'project', label, args: [abs], locationPath: label === '.' ? 'pyproject.toml' : `${label}/pyproject.toml` });
    }
    else {
        targets.push({ kind: 'environment', label: '.', args: [], locationPath: '.' });
    }
    return { targets };
}
/**
 * The project's lock files (uv.lock, poetry.lock, pdm.lock), each turned into exact pins audited with
 * --no-deps: what the lock installs, not a fresh resolution of pyproject.toml's ranges.
 */
async function lockTargets(ctx, projectAbs, projectLabel) {
    const out = [];
    for (const kind of _parsers_python_locks_js__WEBPACK_IMPORTED_MODULE_7__/* .LOCK_FILES */ .Cv) {
        const abs = node_path__WEBPACK_IMPORTED_MODULE_1___default().join(projectAbs, kind);
        if (!(await (0,_engine_paths_js__WEBPACK_IMPORTED_MODULE_3__/* .pathExists */ .s0)(abs)))
            continue;
        const rel = projectLabel === '.' ? kind : `${projectLabel}/${kind}`;
        const lock = (0,_parsers_python_locks_js__WEBPACK_IMPORTED_MODULE_7__/* .readLockFile */ .cx)(kind, await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(abs, 'utf8'), rel);
        const lines = new Map();
        for (const p of lock.packages)
            if (p.line !== null && !lines.has((0,_parsers_pip_audit_js__WEBPACK_IMPORTED_MODULE_4__/* .canonicalName */ .Ew)(p.name)))
                lines.set((0,_parsers_pip_audit_js__WEBPACK_IMPORTED_MODULE_4__/* .canonicalName */ .Ew)(p.name), p.line);
        const files = (0,_parsers_python_locks_js__WEBPACK_IMPORTED_MODULE_7__/* .requirementsFor */ .eK)(lock);
        if (files.length === 0) {
            throw new _engine_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigError */ .xL('CONFIG_INVALID', `gates.dependencies.project: ${rel} lists no package from a package index to audit (${lock.notAudited.length} from git, paths or the project itself).`);
        }
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdir)(ctx.tempDir, { recursive: true });
        for (const [i, text] of files.entries()) {
            const req = node_path__WEBPACK_IMPORTED_MODULE_1___default().join(ctx.tempDir, `pip-audit-${kind}-${process.pid}-${i}.txt`);
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.writeFile)(req, text);
            out.push({ kind: 'lock', label: files.length > 1 ? `${rel} (${i + 1} of ${files.length})` : rel, args: ['-r', req, '--no-deps', '--disable-pip'], locationPath: rel, lines, notAudited: i === 0 ? lock.notAudited : [] });
        }
    }
    return out;
}
function commonArgs(c, out, kind) {
    const args = ['-f', 'json', '-o', out, '--progress-spinner', 'off', '-s', c['vulnerability-service']];
    // A lock's pins are audited without hashes: the lock tool checks them at install time.
    if (c['require-hashes'] && kind !== 'lock')
        args.push('--require-hashes');
    // --no-deps alone still installs the requirements with pip in pip-audit 2.10; --disable-pip audits the pins as written.
    if (c['no-deps'] && kind !== 'lock')
        args.push('--no-deps', '--disable-pip');
    if (c['index-url'])
        args.push('--index-url', c['index-url']);
    return args;
}
function withStderr(message, stderr) {
    const tail = (0,_tools_runner_js__WEBPACK_IMPORTED_MODULE_6__/* .tailLines */ .os)(stderr, 15).trim();
    return tail ? `${message}\nstderr (last lines):\n${tail}` : `${message} (pip-audit wrote nothing on stderr)`;
}
async function runPipAudit(ctx) {
    const plan = await auditTargets(ctx);
    if ('skipped' in plan)
        return { findings: [], checks: [], errors: [], tool: null, skipped: plan.skipped };
    const tool = await (0,_tools_resolve_js__WEBPACK_IMPORTED_MODULE_5__/* .resolveTool */ .Hj)('pip-audit', ctx);
    const info = { name: 'pip-audit', version: tool.version };
    const env = {};
    if (plan.targets.some((t) => t.kind === 'environment')) {
        // pip-audit audits its own interpreter unless told otherwise (its own virtualenv when installed by us).
        const python = ctx.config.python ?? (await ctx.tools.which('python3')) ?? (await ctx.tools.which('python'));
        if (!python)
            throw new _engine_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ToolError */ .v4('TOOL_NOT_FOUND', 'gates.dependencies.environment: no python3 on PATH to audit; set gates.dependencies.python to the interpreter of the environment to audit.');
        env.PIPAPI_PYTHON_LOCATION = python;
    }
    const findings = [];
    const checks = [];
    const errors = [];
    let n = 0;
    for (const t of plan.targets) {
        const out = node_path__WEBPACK_IMPORTED_MODULE_1___default().join(ctx.tempDir, `pip-audit-${process.pid}-${Date.now()}-${n++}.json`);
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rm)(out, { force: true });
        const args = [...commonArgs(ctx.config, out, t.kind), ...t.args];
        ctx.logger.debug(`pip-audit ${args.join(' ')}`);
        const r = await ctx.tools.run(tool.path, args, { cwd: ctx.workspace, timeoutMs: 30 * 60_000, signal: ctx.signal, env });
        const fail = (reason, extra = {}) => {
            errors.push(withStderr(`pip-audit on ${t.label}: ${reason}`, r.stderrTail));
            checks.push({ name: 'pip-audit', target: t.label, outcome: 'error', details: { exitCode: r.exitCode, reason, ...extra } });
        };
        if (r.exitCode !== 0 && r.exitCode !== 1) {
            fail(`exited with code ${r.exitCode}${r.exitCode === 2 ? ' (a usage error: check the gate options against this pip-audit version)' : ''}`);
            continue;
        }
        let text;
        try {
            text = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(out, 'utf8');
        }
        catch {
            const unreachable = /ConnectionError|NameResolutionError|Max retries exceeded|timed out/i.test(r.stderrTail);
            fail(`exited ${r.exitCode} and wrote no report (it failed before auditing)` +
                (unreachable
                    ? `: the vulnerability service (-s ${ctx.config['vulnerability-service']}, ${ctx.config['vulnerability-service'] === 'osv' ? 'api.osv.dev' : 'pypi.org'}) could not be reached, so nothing was checked. Let the runner reach it, or choose the other vulnerability-service.`
                    : ''));
            continue;
        }
        finally {
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rm)(out, { force: true }).catch(() => undefined);
        }
        let parsed;
        try {
            parsed = (0,_parsers_pip_audit_js__WEBPACK_IMPORTED_MODULE_4__/* .parsePipAudit */ .uw)(text, { severity: ctx.config.severity, unfixableSeverity: ctx.config['unfixable-severity'], path: t.locationPath, lines: t.lines });
        }
        catch (e) {
            if (!(e instanceof _engine_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ParseError */ .mB))
                throw e;
            fail(`its report could not be read: ${e.message}`);
            continue;
        }
        if (r.exitCode === 1 && parsed.vulnerabilities === 0) {
            fail('exited 1 (pip-audit\'s code for "vulnerabilities found" and for "fatal error") but its report lists no vulnerability, so it failed');
            continue;
        }
        if (parsed.audited.length === 0 && parsed.skipped.length > 0) {
            // Every dependency skipped: nothing was checked against the advisories. pip-audit says "not found on
            // PyPI" both for private packages and when the vulnerability service answers 404 (a proxy or mirror
            // that serves the simple index but not the JSON API), so this is never a pass.
            const reasons = [...new Set(parsed.skipped.map((s) => s.reason.replace(/: \S+ \([^)]*\)$/, '')))].slice(0, 3).join('; ');
            fail(`none of the ${parsed.skipped.length} dependencies could be audited (${reasons}). The vulnerability service (-s ${ctx.config['vulnerability-service']}) ` +
                'did not answer for any of them: check that the machine reaches it (pypi: https://pypi.org/pypi/<name>/<version>/json; osv: https://api.osv.dev), ' +
                'or try vulnerability-service: ' + (ctx.config['vulnerability-service'] === 'pypi' ? 'osv' : 'pypi'), { notAudited: parsed.skipped.map((x) => x.name) });
            continue;
        }
        findings.push(...parsed.findings);
        checks.push({
            name: 'pip-audit',
            target: t.label,
            outcome: parsed.vulnerabilities > 0 ? 'fail' : 'pass',
            details: {
                mode: t.kind,
                dependencies: parsed.audited.length,
                vulnerabilities: parsed.vulnerabilities,
                vulnerablePackages: parsed.audited.filter((d) => d.vulns > 0).map((d) => `${d.name} ${d.version}`),
                skipped: parsed.skipped,
                ...(t.notAudited?.length ? { notInIndex: t.notAudited } : {}),
                reportShape: parsed.shape
            }
        });
    }
    return { findings, checks, errors, tool: info };
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


/***/ })

};
