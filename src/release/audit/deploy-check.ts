/**
 * The audit record of a deploy-check (docs/audit-record.md): the same format and hash chain as a
 * run's record, of kind "deploy-check", with the watch's verdict in `deployCheck` and no gates.
 * Appended to the same audit log, so a log reads: the gates allowed the deploy, then the deploy
 * was watched and found healthy (or rolled back).
 */
import type { DeployCheckResult } from '../deploy-check/watch.js'
import { VERSION } from '../../version.js'
import { reportEvidence, triggerFields, type Trigger } from './record.js'
import { auditRecordSchema, type AuditRecord } from './schema.js'

export interface DeployCheckAuditOptions {
  trigger: Trigger
  /** The environment deployed to (the environment input, or the deployment event's), when known. */
  environment?: string | null
  /** Where deploy-check.json was written (as shown to the user) and its exact text. */
  report?: { path: string; text: string }
  now?: Date
}

export function buildDeployCheckRecord(result: DeployCheckResult, opts: DeployCheckAuditOptions): AuditRecord {
  const now = opts.now ?? new Date()
  const record: AuditRecord = {
    auditVersion: 1,
    kind: 'deploy-check',
    recordedAt: now.toISOString(),
    tool: { name: 'ai-secure-gates', version: VERSION },
    trigger: triggerFields(opts.trigger),
    environment: opts.environment || null,
    status: result.status,
    gates: [],
    approvals: [],
    waivers: [],
    notChecked: [],
    policy: null,
    report: reportEvidence(opts.report),
    deployCheck: {
      healthy: result.healthy,
      rollback: result.rollback,
      summary: result.summary,
      prometheus: result.prometheus || null,
      startedAt: result.startedAt || null,
      endedAt: result.endedAt || null,
      pollsPlanned: result.pollsPlanned,
      pollsMade: result.pollsMade,
      consecutive: result.consecutive,
      checks: result.checks.map((c) => ({
        name: c.name,
        status: c.status,
        message: c.message,
        query: c.query,
        max: c.max,
        min: c.min,
        longestStreak: c.longestStreak,
        last: c.polls.length ? c.polls[c.polls.length - 1].value : null
      }))
    },
    previous: null
  }
  return auditRecordSchema.parse(record)
}

/** The result of a deploy-check that could not start (bad settings, no Prometheus URL): an error, never healthy. */
export function notStarted(message: string, now = new Date()): DeployCheckResult {
  const at = now.toISOString()
  return { status: 'error', healthy: false, rollback: false, prometheus: '', startedAt: at, endedAt: at, pollsPlanned: 0, pollsMade: 0, consecutive: 0, checks: [], summary: message }
}
