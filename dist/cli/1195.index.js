export const id = 1195;
export const ids = [1195];
export const modules = {

/***/ 3576:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   appendAuditLog: () => (/* binding */ appendAuditLog),
/* harmony export */   approvalsIn: () => (/* binding */ approvalsIn),
/* harmony export */   buildAuditRecord: () => (/* binding */ buildAuditRecord),
/* harmony export */   renderAuditRecord: () => (/* binding */ renderAuditRecord),
/* harmony export */   reportEvidence: () => (/* binding */ reportEvidence),
/* harmony export */   triggerFields: () => (/* binding */ triggerFields),
/* harmony export */   triggerFromEnv: () => (/* binding */ triggerFromEnv),
/* harmony export */   writeAudit: () => (/* binding */ writeAudit),
/* harmony export */   writeAuditRecord: () => (/* binding */ writeAuditRecord)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var _engine_errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(17679);
/* harmony import */ var _engine_paths_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(4886);
/* harmony import */ var _policy_input_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(1448);
/* harmony import */ var _schema_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(81926);
/**
 * The audit record of a run (docs/audit-record.md): who triggered it, on which commit, for which
 * environment, every gate's status, the approvals and waivers the verdict rests on, the policy's
 * rules, and the SHA-256 of the JSON report as evidence. Written as audit.json next to the report,
 * and optionally appended as one line to a JSON Lines log whose records chain by hash.
 */








const sha256 = (s) => (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(s).digest('hex');
function str(v) {
    return typeof v === 'string' && v !== '' ? v : null;
}
/**
 * Approvals as the report records them: the approval gate's `data` (kind "approvals": reviewer,
 * state, submittedAt, commit, counted), or else checks of any gate whose details name a reviewer
 * (`reviewer` or `login`), with the state and time when given.
 */
function approvalsIn(report) {
    const out = [];
    for (const g of report.gates) {
        // The approval gate's machine-readable data (kind "approvals"): one entry per reviewer's latest decision.
        const data = g.data;
        if (data && data.kind === 'approvals' && Array.isArray(data.approvals)) {
            for (const a of data.approvals) {
                const reviewer = str(a?.reviewer);
                if (!reviewer)
                    continue;
                out.push({ gate: g.id, reviewer, state: str(a.state), at: str(a.submittedAt), commit: str(a.commit), ...(typeof a.counted === 'boolean' ? { counted: a.counted } : {}) });
            }
            continue;
        }
        for (const c of g.checks) {
            const d = c.details ?? {};
            const reviewer = str(d.reviewer) ?? str(d.login);
            if (!reviewer)
                continue;
            out.push({
                gate: g.id,
                reviewer,
                state: str(d.state),
                at: str(d.submittedAt) ?? str(d.submitted_at) ?? str(d.at),
                commit: str(d.commit) ?? str(d.commitId) ?? str(d.commit_id)
            });
        }
    }
    return out;
}
/** The trigger as the record holds it: every field present, unknown ones null. */
function triggerFields(t) {
    return {
        actor: t.actor || null,
        event: t.event || null,
        repository: t.repository || null,
        ref: t.ref || null,
        sha: t.sha || null,
        workflow: t.workflow || null,
        runId: t.runId || null,
        runAttempt: t.runAttempt || null,
        runUrl: t.runUrl || null,
        pullRequest: t.pullRequest ?? null
    };
}
/** `{ path, sha256 }` of a report file as written. */
function reportEvidence(report) {
    return report ? { path: report.path, sha256: sha256(report.text) } : null;
}
function buildAuditRecord(report, opts) {
    const now = opts.now ?? new Date();
    const today = now.toISOString().slice(0, 10);
    const record = {
        auditVersion: 1,
        kind: 'run',
        recordedAt: now.toISOString(),
        tool: { name: 'ai-secure-gates', version: report.tool.version },
        trigger: triggerFields(opts.trigger),
        environment: report.policy?.environment ?? null,
        status: report.status,
        gates: report.gates.map((g) => ({
            id: g.id,
            status: g.status,
            summary: g.summary,
            findings: g.findings.filter((f) => !f.suppressed).length,
            blocking: g.findings.filter((f) => f.blocking).length,
            tool: g.tool ? { name: g.tool.name, version: g.tool.version } : null
        })),
        approvals: approvalsIn(report),
        waivers: (0,_policy_input_js__WEBPACK_IMPORTED_MODULE_7__/* .waiversUsed */ .N5)(report, today).map((w) => ({
            gate: w.gate,
            ...(w.rule ? { rule: w.rule } : {}),
            ...(w.path ? { path: w.path } : {}),
            ...(w.fingerprint ? { fingerprint: w.fingerprint } : {}),
            reason: w.reason,
            expires: w.expires,
            daysLeft: w.daysLeft,
            findings: w.findings
        })),
        notChecked: (report.notChecked ?? []).map((n) => ({ gate: n.gate, what: n.what, reason: n.reason, fix: n.fix })),
        policy: report.policy ? { environment: report.policy.environment, status: report.policy.status, rules: report.policy.rules.map((r) => ({ ...r })) } : null,
        report: reportEvidence(opts.report),
        previous: null
    };
    // The record is checked against its own schema before it is written: a reader can rely on it.
    return _schema_js__WEBPACK_IMPORTED_MODULE_6__/* .auditRecordSchema */ .E.parse(record);
}
/** The trigger of a run on GitHub Actions (or, for the CLI, the local user), from the environment. */
function triggerFromEnv(env, run) {
    return {
        actor: run.actor || env.GITHUB_ACTOR || env.USER || env.LOGNAME || null,
        event: run.eventName || env.GITHUB_EVENT_NAME || null,
        repository: run.repository || env.GITHUB_REPOSITORY || null,
        ref: env.GITHUB_REF || null,
        sha: run.headSha || env.GITHUB_SHA || null,
        workflow: env.GITHUB_WORKFLOW || null,
        runId: env.GITHUB_RUN_ID || null,
        runAttempt: env.GITHUB_RUN_ATTEMPT || null,
        runUrl: run.runUrl ?? null,
        pullRequest: run.pullRequest?.number ?? null
    };
}
/** The last line of an audit log is read from at most this many bytes at its end. */
const TAIL_BYTES = 1024 * 1024;
/**
 * Appends the record as one line to a JSON Lines audit log inside the workspace (created when
 * missing), with `previous` set to the SHA-256 of the log's last line. A file whose last line is
 * not an audit record is refused, never overwritten. Returns the record as appended.
 */
async function appendAuditLog(workspace, rel, record) {
    const file = (0,_engine_paths_js__WEBPACK_IMPORTED_MODULE_5__.resolveInside)(workspace, rel, 'audit-log');
    // The file and every folder above it must stay inside the workspace after symlinks.
    for (let p = node_path__WEBPACK_IMPORTED_MODULE_3___default().normalize(rel); p !== '.' && p !== (node_path__WEBPACK_IMPORTED_MODULE_3___default().sep) && p !== ''; p = node_path__WEBPACK_IMPORTED_MODULE_3___default().dirname(p)) {
        if ((await (0,_engine_paths_js__WEBPACK_IMPORTED_MODULE_5__/* .realLocation */ .EQ)(workspace, p)) === 'outside')
            throw new _engine_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ConfigError */ .xL('OUTSIDE_WORKSPACE', `audit-log ${rel} leads through a symlink out of the workspace; it was not written.`);
    }
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.mkdir)(node_path__WEBPACK_IMPORTED_MODULE_3___default().dirname(file), { recursive: true });
    const handle = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.open)(file, node_fs__WEBPACK_IMPORTED_MODULE_1__.constants.O_RDWR | node_fs__WEBPACK_IMPORTED_MODULE_1__.constants.O_APPEND | node_fs__WEBPACK_IMPORTED_MODULE_1__.constants.O_CREAT | (node_fs__WEBPACK_IMPORTED_MODULE_1__.constants.O_NOFOLLOW ?? 0), 0o644);
    try {
        const st = await handle.stat();
        if (!st.isFile())
            throw new _engine_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ConfigError */ .xL('CONFIG_INVALID', `audit-log ${rel} is not a regular file.`);
        let previous = null;
        let needsNewline = false;
        if (st.size > 0) {
            const len = Math.min(st.size, TAIL_BYTES);
            const buf = Buffer.alloc(len);
            await handle.read(buf, 0, len, st.size - len);
            needsNewline = buf[len - 1] !== 0x0a;
            const body = needsNewline ? buf : buf.subarray(0, len - 1);
            const cut = body.lastIndexOf(0x0a);
            if (cut < 0 && st.size > len)
                throw new _engine_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ConfigError */ .xL('CONFIG_INVALID', `audit-log ${rel}: its last line is over ${TAIL_BYTES} bytes, so it is not an audit record; point audit-log at a new file.`);
            const last = body.subarray(cut + 1);
            let parsed;
            try {
                parsed = JSON.parse(last.toString('utf8'));
            }
            catch {
                parsed = null;
            }
            if (!parsed || typeof parsed !== 'object' || parsed.auditVersion === undefined) {
                throw new _engine_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ConfigError */ .xL('CONFIG_INVALID', `audit-log ${rel}: its last line is not an audit record (JSON with auditVersion); the file was not changed. Point audit-log at a JSON Lines file this tool writes.`);
            }
            previous = sha256(last);
        }
        const chained = { ...record, previous };
        await handle.write((needsNewline ? '\n' : '') + JSON.stringify(chained) + '\n');
        return chained;
    }
    finally {
        await handle.close();
    }
}
function renderAuditRecord(record) {
    return JSON.stringify(record, null, 2) + '\n';
}
/** Writes audit.json into the report folder and, when asked, appends the record to the audit log. Returns audit.json's path. */
async function writeAudit(report, opts) {
    return writeAuditRecord(buildAuditRecord(report, { trigger: opts.trigger, report: opts.report, now: opts.now }), { ...opts, fileName: 'audit.json' });
}
/** Appends a record to the audit log when asked (which sets its `previous`), then writes it as `fileName` in the report folder. */
async function writeAuditRecord(record, opts) {
    if (opts.auditLog)
        record = await appendAuditLog(opts.workspace, opts.auditLog, record);
    const file = node_path__WEBPACK_IMPORTED_MODULE_3___default().join(opts.dir, opts.fileName);
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.writeFile)(file, renderAuditRecord(record));
    return { path: file, record };
}


/***/ }),

/***/ 81926:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ auditRecordSchema)
/* harmony export */ });
/* unused harmony export deployCheckAuditSchema */
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9691);
/**
 * The audit record's format (docs/audit-record.md): one JSON object per run, versioned by
 * `auditVersion`. The JSON Schema in schema/audit-record.schema.json is generated from this
 * (npm run schema). Add fields only as optional ones; anything else bumps auditVersion.
 */

const status = zod__WEBPACK_IMPORTED_MODULE_0__/* ["enum"] */ .k5n(['pass', 'fail', 'error']);
const nullableString = zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().nullable();
const deployCheckValue = zod__WEBPACK_IMPORTED_MODULE_0__/* .union */ .KCZ([zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig(), zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP()]).nullable();
/** The verdict of a post-deploy watch (deploy-check), for records of kind deploy-check. */
const deployCheckAuditSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .strictObject */ .rej({
    healthy: zod__WEBPACK_IMPORTED_MODULE_0__/* .boolean */ .zMY().describe('Every check stayed within its bounds for the whole window.'),
    rollback: zod__WEBPACK_IMPORTED_MODULE_0__/* .boolean */ .zMY().describe('A check breached its bound for consecutive polls: the deployment should be rolled back.'),
    summary: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(),
    prometheus: nullableString.describe('The Prometheus watched (its URL without credentials), or null when the watch could not start.'),
    startedAt: nullableString,
    endedAt: nullableString,
    pollsPlanned: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().int(),
    pollsMade: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().int(),
    consecutive: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().int().describe('Breaches in a row that fail a check.'),
    checks: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_0__/* .strictObject */ .rej({
        name: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(),
        status: zod__WEBPACK_IMPORTED_MODULE_0__/* ["enum"] */ .k5n(['pass', 'fail', 'error']),
        message: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(),
        query: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(),
        max: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().nullable(),
        min: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().nullable(),
        longestStreak: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().int().describe('Longest run of breaches in a row.'),
        last: deployCheckValue.describe('The last value polled (a number, or "NaN", "+Inf", "-Inf"; null when none came).')
    }))
        .describe('Every check with its verdict.')
});
const auditRecordSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .strictObject */ .rej({
    auditVersion: zod__WEBPACK_IMPORTED_MODULE_0__/* .literal */ .euz(1).describe('Format version of this record; readers check it first.'),
    kind: zod__WEBPACK_IMPORTED_MODULE_0__/* ["enum"] */ .k5n(['run', 'deploy-check'])
        .optional()
        .describe('What the record is of: a run of the gates ("run"; records written before this field have none), or a post-deploy watch ("deploy-check", with deployCheck and no gates).'),
    recordedAt: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().describe('When the record was made (ISO 8601, UTC).'),
    tool: zod__WEBPACK_IMPORTED_MODULE_0__/* .strictObject */ .rej({ name: zod__WEBPACK_IMPORTED_MODULE_0__/* .literal */ .euz('ai-secure-gates'), version: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP() }),
    trigger: zod__WEBPACK_IMPORTED_MODULE_0__/* .strictObject */ .rej({
        actor: nullableString.describe('Who triggered the run (GITHUB_ACTOR; the local user for the CLI).'),
        event: nullableString.describe('The event that started the workflow (push, pull_request, deployment, ...).'),
        repository: nullableString,
        ref: nullableString.describe('GITHUB_REF: the branch or tag.'),
        sha: nullableString.describe('The commit the gates ran on (the pull request head on pull_request events).'),
        workflow: nullableString,
        runId: nullableString,
        runAttempt: nullableString,
        runUrl: nullableString.describe('Link to the workflow run, where the full logs and artifacts are.'),
        pullRequest: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().int().nullable()
    })
        .describe('Who and what started the run.'),
    environment: nullableString.describe('The environment whose rules applied, or null when none was selected.'),
    status: status.describe('The run\'s verdict: the gates joined with the environment policy.'),
    gates: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_0__/* .strictObject */ .rej({
        id: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(),
        status: zod__WEBPACK_IMPORTED_MODULE_0__/* ["enum"] */ .k5n(['pass', 'fail', 'error', 'skipped']),
        summary: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(),
        findings: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().int().describe('Findings not suppressed.'),
        blocking: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().int(),
        tool: zod__WEBPACK_IMPORTED_MODULE_0__/* .strictObject */ .rej({ name: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(), version: nullableString }).nullable()
    }))
        .describe('Every gate\'s status.'),
    approvals: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_0__/* .strictObject */ .rej({
        gate: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(),
        reviewer: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(),
        state: nullableString.describe('The review state as the gate reported it (APPROVED, ...).'),
        at: nullableString.describe('When the review was submitted (ISO 8601).'),
        commit: nullableString.describe('The commit the review was given on.'),
        counted: zod__WEBPACK_IMPORTED_MODULE_0__/* .boolean */ .zMY().optional().describe('Whether the gate counted it (the approval gate says why not in its report).')
    }))
        .describe('Approvals the report records (from the approval gate\'s checks); empty when it has none.'),
    waivers: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_0__/* .strictObject */ .rej({
        gate: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(),
        rule: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().optional(),
        path: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().optional(),
        fingerprint: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().optional(),
        reason: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(),
        expires: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(),
        daysLeft: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().int(),
        findings: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().int().describe('Findings this waiver suppressed in this run.')
    }))
        .describe('Waivers that suppressed findings in this run.'),
    notChecked: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_0__/* .strictObject */ .rej({ gate: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(), what: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(), reason: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(), fix: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP() })).describe('What applied but was not examined.'),
    policy: zod__WEBPACK_IMPORTED_MODULE_0__/* .strictObject */ .rej({
        environment: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(),
        status,
        rules: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_0__/* .strictObject */ .rej({
            name: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(),
            kind: zod__WEBPACK_IMPORTED_MODULE_0__/* ["enum"] */ .k5n(['require', 'deny', 'warn']),
            expr: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(),
            source: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(),
            result: zod__WEBPACK_IMPORTED_MODULE_0__/* ["enum"] */ .k5n(['pass', 'fail', 'warn', 'error']),
            message: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(),
            inputs: zod__WEBPACK_IMPORTED_MODULE_0__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_0__/* .unknown */ .L5J())
        }))
    })
        .nullable()
        .describe('The environment policy\'s rules and results, or null when no environment was selected.'),
    report: zod__WEBPACK_IMPORTED_MODULE_0__/* .strictObject */ .rej({ path: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(), sha256: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().regex(/^[0-9a-f]{64}$/) })
        .nullable()
        .describe('The JSON report this record summarises, with its SHA-256: the evidence behind the verdict.'),
    deployCheck: deployCheckAuditSchema.optional().describe('The deploy-check\'s verdict (records of kind deploy-check only).'),
    previous: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().regex(/^[0-9a-f]{64}$/).nullable().describe('SHA-256 of the previous line of the audit log this record was appended to (a hash chain), or null for the first.')
});


/***/ })

};
