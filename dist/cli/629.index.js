export const id = 629;
export const ids = [629];
export const modules = {

/***/ 20629:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  appendAuditLog: () => (/* binding */ appendAuditLog),
  buildAuditRecord: () => (/* binding */ buildAuditRecord),
  triggerFromEnv: () => (/* binding */ triggerFromEnv)
});

// UNUSED EXPORTS: approvalsIn, renderAuditRecord, writeAudit

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/engine/errors.ts
var errors = __webpack_require__(17679);
// EXTERNAL MODULE: ./src/engine/paths.ts
var paths = __webpack_require__(4886);
// EXTERNAL MODULE: ./src/release/policy/input.ts
var input = __webpack_require__(1448);
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 15 modules
var schemas = __webpack_require__(9691);
;// CONCATENATED MODULE: ./src/release/audit/schema.ts
/**
 * The audit record's format (docs/audit-record.md): one JSON object per run, versioned by
 * `auditVersion`. The JSON Schema in schema/audit-record.schema.json is generated from this
 * (npm run schema). Add fields only as optional ones; anything else bumps auditVersion.
 */

const schema_status = schemas/* enum */.k5n(['pass', 'fail', 'error']);
const nullableString = schemas/* string */.YjP().nullable();
const auditRecordSchema = schemas/* strictObject */.rej({
    auditVersion: schemas/* literal */.euz(1).describe('Format version of this record; readers check it first.'),
    recordedAt: schemas/* string */.YjP().describe('When the record was made (ISO 8601, UTC).'),
    tool: schemas/* strictObject */.rej({ name: schemas/* literal */.euz('ai-secure-gates'), version: schemas/* string */.YjP() }),
    trigger: schemas/* strictObject */.rej({
        actor: nullableString.describe('Who triggered the run (GITHUB_ACTOR; the local user for the CLI).'),
        event: nullableString.describe('The event that started the workflow (push, pull_request, deployment, ...).'),
        repository: nullableString,
        ref: nullableString.describe('GITHUB_REF: the branch or tag.'),
        sha: nullableString.describe('The commit the gates ran on (the pull request head on pull_request events).'),
        workflow: nullableString,
        runId: nullableString,
        runAttempt: nullableString,
        runUrl: nullableString.describe('Link to the workflow run, where the full logs and artifacts are.'),
        pullRequest: schemas/* number */.aig().int().nullable()
    })
        .describe('Who and what started the run.'),
    environment: nullableString.describe('The environment whose rules applied, or null when none was selected.'),
    status: schema_status.describe('The run\'s verdict: the gates joined with the environment policy.'),
    gates: schemas/* array */.YOg(schemas/* strictObject */.rej({
        id: schemas/* string */.YjP(),
        status: schemas/* enum */.k5n(['pass', 'fail', 'error', 'skipped']),
        summary: schemas/* string */.YjP(),
        findings: schemas/* number */.aig().int().describe('Findings not suppressed.'),
        blocking: schemas/* number */.aig().int(),
        tool: schemas/* strictObject */.rej({ name: schemas/* string */.YjP(), version: nullableString }).nullable()
    }))
        .describe('Every gate\'s status.'),
    approvals: schemas/* array */.YOg(schemas/* strictObject */.rej({
        gate: schemas/* string */.YjP(),
        reviewer: schemas/* string */.YjP(),
        state: nullableString.describe('The review state as the gate reported it (APPROVED, ...).'),
        at: nullableString.describe('When the review was submitted (ISO 8601).'),
        commit: nullableString.describe('The commit the review was given on.'),
        counted: schemas/* boolean */.zMY().optional().describe('Whether the gate counted it (the approval gate says why not in its report).')
    }))
        .describe('Approvals the report records (from the approval gate\'s checks); empty when it has none.'),
    waivers: schemas/* array */.YOg(schemas/* strictObject */.rej({
        gate: schemas/* string */.YjP(),
        rule: schemas/* string */.YjP().optional(),
        path: schemas/* string */.YjP().optional(),
        fingerprint: schemas/* string */.YjP().optional(),
        reason: schemas/* string */.YjP(),
        expires: schemas/* string */.YjP(),
        daysLeft: schemas/* number */.aig().int(),
        findings: schemas/* number */.aig().int().describe('Findings this waiver suppressed in this run.')
    }))
        .describe('Waivers that suppressed findings in this run.'),
    notChecked: schemas/* array */.YOg(schemas/* strictObject */.rej({ gate: schemas/* string */.YjP(), what: schemas/* string */.YjP(), reason: schemas/* string */.YjP(), fix: schemas/* string */.YjP() })).describe('What applied but was not examined.'),
    policy: schemas/* strictObject */.rej({
        environment: schemas/* string */.YjP(),
        status: schema_status,
        rules: schemas/* array */.YOg(schemas/* strictObject */.rej({
            name: schemas/* string */.YjP(),
            kind: schemas/* enum */.k5n(['require', 'deny', 'warn']),
            expr: schemas/* string */.YjP(),
            source: schemas/* string */.YjP(),
            result: schemas/* enum */.k5n(['pass', 'fail', 'warn', 'error']),
            message: schemas/* string */.YjP(),
            inputs: schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* unknown */.L5J())
        }))
    })
        .nullable()
        .describe('The environment policy\'s rules and results, or null when no environment was selected.'),
    report: schemas/* strictObject */.rej({ path: schemas/* string */.YjP(), sha256: schemas/* string */.YjP().regex(/^[0-9a-f]{64}$/) })
        .nullable()
        .describe('The JSON report this record summarises, with its SHA-256: the evidence behind the verdict.'),
    previous: schemas/* string */.YjP().regex(/^[0-9a-f]{64}$/).nullable().describe('SHA-256 of the previous line of the audit log this record was appended to (a hash chain), or null for the first.')
});

;// CONCATENATED MODULE: ./src/release/audit/record.ts
/**
 * The audit record of a run (docs/audit-record.md): who triggered it, on which commit, for which
 * environment, every gate's status, the approvals and waivers the verdict rests on, the policy's
 * rules, and the SHA-256 of the JSON report as evidence. Written as audit.json next to the report,
 * and optionally appended as one line to a JSON Lines log whose records chain by hash.
 */








const sha256 = (s) => (0,external_node_crypto_.createHash)('sha256').update(s).digest('hex');
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
function buildAuditRecord(report, opts) {
    const now = opts.now ?? new Date();
    const t = opts.trigger;
    const today = now.toISOString().slice(0, 10);
    const record = {
        auditVersion: 1,
        recordedAt: now.toISOString(),
        tool: { name: 'ai-secure-gates', version: report.tool.version },
        trigger: {
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
        },
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
        waivers: (0,input/* waiversUsed */.N5)(report, today).map((w) => ({
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
        report: opts.report ? { path: opts.report.path, sha256: sha256(opts.report.text) } : null,
        previous: null
    };
    // The record is checked against its own schema before it is written: a reader can rely on it.
    return auditRecordSchema.parse(record);
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
    const file = (0,paths.resolveInside)(workspace, rel, 'audit-log');
    // The file and every folder above it must stay inside the workspace after symlinks.
    for (let p = external_node_path_default().normalize(rel); p !== '.' && p !== (external_node_path_default()).sep && p !== ''; p = external_node_path_default().dirname(p)) {
        if ((await (0,paths/* realLocation */.EQ)(workspace, p)) === 'outside')
            throw new errors/* ConfigError */.xL('OUTSIDE_WORKSPACE', `audit-log ${rel} leads through a symlink out of the workspace; it was not written.`);
    }
    await (0,promises_.mkdir)(external_node_path_default().dirname(file), { recursive: true });
    const handle = await (0,promises_.open)(file, external_node_fs_.constants.O_RDWR | external_node_fs_.constants.O_APPEND | external_node_fs_.constants.O_CREAT | (external_node_fs_.constants.O_NOFOLLOW ?? 0), 0o644);
    try {
        const st = await handle.stat();
        if (!st.isFile())
            throw new errors/* ConfigError */.xL('CONFIG_INVALID', `audit-log ${rel} is not a regular file.`);
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
                throw new errors/* ConfigError */.xL('CONFIG_INVALID', `audit-log ${rel}: its last line is over ${TAIL_BYTES} bytes, so it is not an audit record; point audit-log at a new file.`);
            const last = body.subarray(cut + 1);
            let parsed;
            try {
                parsed = JSON.parse(last.toString('utf8'));
            }
            catch {
                parsed = null;
            }
            if (!parsed || typeof parsed !== 'object' || parsed.auditVersion === undefined) {
                throw new errors/* ConfigError */.xL('CONFIG_INVALID', `audit-log ${rel}: its last line is not an audit record (JSON with auditVersion); the file was not changed. Point audit-log at a JSON Lines file this tool writes.`);
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
    let record = buildAuditRecord(report, { trigger: opts.trigger, report: opts.report, now: opts.now });
    if (opts.auditLog)
        record = await appendAuditLog(opts.workspace, opts.auditLog, record);
    const file = path.join(opts.dir, 'audit.json');
    await writeFile(file, renderAuditRecord(record));
    return { path: file, record };
}


/***/ })

};
