/**
 * The audit record of a run (docs/audit-record.md): who triggered it, on which commit, for which
 * environment, every gate's status, the approvals and waivers the verdict rests on, the policy's
 * rules, and the SHA-256 of the JSON report as evidence. Written as audit.json next to the report,
 * and optionally appended as one line to a JSON Lines log whose records chain by hash.
 */
import { createHash } from 'node:crypto'
import { constants } from 'node:fs'
import { mkdir, open, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { ConfigError } from '../../engine/errors.js'
import { realLocation, resolveInside } from '../../engine/paths.js'
import type { Report } from '../../engine/types.js'
import { waiversUsed } from '../policy/input.js'
import { auditRecordSchema, type AuditRecord } from './schema.js'

export interface Trigger {
  actor?: string | null
  event?: string | null
  repository?: string | null
  ref?: string | null
  sha?: string | null
  workflow?: string | null
  runId?: string | null
  runAttempt?: string | null
  runUrl?: string | null
  pullRequest?: number | null
}

export interface AuditOptions {
  trigger: Trigger
  /** Where the JSON report was written (as given to the user) and its exact text. */
  report?: { path: string; text: string }
  now?: Date
}

const sha256 = (s: string | Buffer): string => createHash('sha256').update(s).digest('hex')

function str(v: unknown): string | null {
  return typeof v === 'string' && v !== '' ? v : null
}

/**
 * Approvals as the report records them: the approval gate's `data` (kind "approvals": reviewer,
 * state, submittedAt, commit, counted), or else checks of any gate whose details name a reviewer
 * (`reviewer` or `login`), with the state and time when given.
 */
export function approvalsIn(report: Report): AuditRecord['approvals'] {
  const out: AuditRecord['approvals'] = []
  for (const g of report.gates) {
    // The approval gate's machine-readable data (kind "approvals"): one entry per reviewer's latest decision.
    const data = (g as { data?: unknown }).data as { kind?: unknown; approvals?: unknown } | undefined
    if (data && data.kind === 'approvals' && Array.isArray(data.approvals)) {
      for (const a of data.approvals as Array<Record<string, unknown>>) {
        const reviewer = str(a?.reviewer)
        if (!reviewer) continue
        out.push({ gate: g.id, reviewer, state: str(a.state), at: str(a.submittedAt), commit: str(a.commit), ...(typeof a.counted === 'boolean' ? { counted: a.counted } : {}) })
      }
      continue
    }
    for (const c of g.checks) {
      const d = c.details ?? {}
      const reviewer = str(d.reviewer) ?? str(d.login)
      if (!reviewer) continue
      out.push({
        gate: g.id,
        reviewer,
        state: str(d.state),
        at: str(d.submittedAt) ?? str(d.submitted_at) ?? str(d.at),
        commit: str(d.commit) ?? str(d.commitId) ?? str(d.commit_id)
      })
    }
  }
  return out
}

/** The trigger as the record holds it: every field present, unknown ones null. */
export function triggerFields(t: Trigger): AuditRecord['trigger'] {
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
  }
}

/** `{ path, sha256 }` of a report file as written. */
export function reportEvidence(report: { path: string; text: string } | undefined): AuditRecord['report'] {
  return report ? { path: report.path, sha256: sha256(report.text) } : null
}

export function buildAuditRecord(report: Report, opts: AuditOptions): AuditRecord {
  const now = opts.now ?? new Date()
  const today = now.toISOString().slice(0, 10)
  const record: AuditRecord = {
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
    waivers: waiversUsed(report, today).map((w) => ({
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
  }
  // The record is checked against its own schema before it is written: a reader can rely on it.
  return auditRecordSchema.parse(record)
}

/** The trigger of a run on GitHub Actions (or, for the CLI, the local user), from the environment. */
export function triggerFromEnv(env: Record<string, string | undefined>, run: { actor?: string; eventName?: string; repository?: string; headSha?: string; runUrl?: string | null; pullRequest?: { number: number } | null }): Trigger {
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
  }
}

/** The last line of an audit log is read from at most this many bytes at its end. */
const TAIL_BYTES = 1024 * 1024

/**
 * Appends the record as one line to a JSON Lines audit log inside the workspace (created when
 * missing), with `previous` set to the SHA-256 of the log's last line. A file whose last line is
 * not an audit record is refused, never overwritten. Returns the record as appended.
 */
export async function appendAuditLog(workspace: string, rel: string, record: AuditRecord): Promise<AuditRecord> {
  const file = resolveInside(workspace, rel, 'audit-log')
  // The file and every folder above it must stay inside the workspace after symlinks.
  for (let p = path.normalize(rel); p !== '.' && p !== path.sep && p !== ''; p = path.dirname(p)) {
    if ((await realLocation(workspace, p)) === 'outside') throw new ConfigError('OUTSIDE_WORKSPACE', `audit-log ${rel} leads through a symlink out of the workspace; it was not written.`)
  }
  await mkdir(path.dirname(file), { recursive: true })
  const handle = await open(file, constants.O_RDWR | constants.O_APPEND | constants.O_CREAT | (constants.O_NOFOLLOW ?? 0), 0o644)
  try {
    const st = await handle.stat()
    if (!st.isFile()) throw new ConfigError('CONFIG_INVALID', `audit-log ${rel} is not a regular file.`)
    let previous: string | null = null
    let needsNewline = false
    if (st.size > 0) {
      const len = Math.min(st.size, TAIL_BYTES)
      const buf = Buffer.alloc(len)
      await handle.read(buf, 0, len, st.size - len)
      needsNewline = buf[len - 1] !== 0x0a
      const body = needsNewline ? buf : buf.subarray(0, len - 1)
      const cut = body.lastIndexOf(0x0a)
      if (cut < 0 && st.size > len) throw new ConfigError('CONFIG_INVALID', `audit-log ${rel}: its last line is over ${TAIL_BYTES} bytes, so it is not an audit record; point audit-log at a new file.`)
      const last = body.subarray(cut + 1)
      let parsed: unknown
      try {
        parsed = JSON.parse(last.toString('utf8'))
      } catch {
        parsed = null
      }
      if (!parsed || typeof parsed !== 'object' || (parsed as { auditVersion?: unknown }).auditVersion === undefined) {
        throw new ConfigError('CONFIG_INVALID', `audit-log ${rel}: its last line is not an audit record (JSON with auditVersion); the file was not changed. Point audit-log at a JSON Lines file this tool writes.`)
      }
      previous = sha256(last)
    }
    const chained = { ...record, previous }
    await handle.write((needsNewline ? '\n' : '') + JSON.stringify(chained) + '\n')
    return chained
  } finally {
    await handle.close()
  }
}

export function renderAuditRecord(record: AuditRecord): string {
  return JSON.stringify(record, null, 2) + '\n'
}

export interface WriteAuditOptions {
  workspace: string
  /** The report folder: audit.json goes there. */
  dir: string
  /** The JSON report as written, and the path shown for it. */
  report: { path: string; text: string }
  trigger: Trigger
  /** Workspace-relative JSON Lines file to append the record to (input audit-log / --audit-log). */
  auditLog?: string
  now?: Date
}

/** Writes audit.json into the report folder and, when asked, appends the record to the audit log. Returns audit.json's path. */
export async function writeAudit(report: Report, opts: WriteAuditOptions): Promise<{ path: string; record: AuditRecord }> {
  return writeAuditRecord(buildAuditRecord(report, { trigger: opts.trigger, report: opts.report, now: opts.now }), { ...opts, fileName: 'audit.json' })
}

/** Appends a record to the audit log when asked (which sets its `previous`), then writes it as `fileName` in the report folder. */
export async function writeAuditRecord(record: AuditRecord, opts: { workspace: string; dir: string; fileName: string; auditLog?: string }): Promise<{ path: string; record: AuditRecord }> {
  if (opts.auditLog) record = await appendAuditLog(opts.workspace, opts.auditLog, record)
  const file = path.join(opts.dir, opts.fileName)
  await writeFile(file, renderAuditRecord(record))
  return { path: file, record }
}
