/**
 * The audit record's format (docs/audit-record.md): one JSON object per run, versioned by
 * `auditVersion`. The JSON Schema in schema/audit-record.schema.json is generated from this
 * (npm run schema). Add fields only as optional ones; anything else bumps auditVersion.
 */
import { z } from 'zod'

const status = z.enum(['pass', 'fail', 'error'])
const nullableString = z.string().nullable()

const deployCheckValue = z.union([z.number(), z.string()]).nullable()

/** The verdict of a post-deploy watch (deploy-check), for records of kind deploy-check. */
export const deployCheckAuditSchema = z.strictObject({
  healthy: z.boolean().describe('Every check stayed within its bounds for the whole window.'),
  rollback: z.boolean().describe('A check breached its bound for consecutive polls: the deployment should be rolled back.'),
  summary: z.string(),
  prometheus: nullableString.describe('The Prometheus watched (its URL without credentials), or null when the watch could not start.'),
  startedAt: nullableString,
  endedAt: nullableString,
  pollsPlanned: z.number().int(),
  pollsMade: z.number().int(),
  consecutive: z.number().int().describe('Breaches in a row that fail a check.'),
  checks: z
    .array(
      z.strictObject({
        name: z.string(),
        status: z.enum(['pass', 'fail', 'error']),
        message: z.string(),
        query: z.string(),
        max: z.number().nullable(),
        min: z.number().nullable(),
        longestStreak: z.number().int().describe('Longest run of breaches in a row.'),
        last: deployCheckValue.describe('The last value polled (a number, or "NaN", "+Inf", "-Inf"; null when none came).')
      })
    )
    .describe('Every check with its verdict.')
})

export const auditRecordSchema = z.strictObject({
  auditVersion: z.literal(1).describe('Format version of this record; readers check it first.'),
  kind: z
    .enum(['run', 'deploy-check'])
    .optional()
    .describe('What the record is of: a run of the gates ("run"; records written before this field have none), or a post-deploy watch ("deploy-check", with deployCheck and no gates).'),
  recordedAt: z.string().describe('When the record was made (ISO 8601, UTC).'),
  tool: z.strictObject({ name: z.literal('ai-secure-gates'), version: z.string() }),
  trigger: z
    .strictObject({
      actor: nullableString.describe('Who triggered the run (GITHUB_ACTOR; the local user for the CLI).'),
      event: nullableString.describe('The event that started the workflow (push, pull_request, deployment, ...).'),
      repository: nullableString,
      ref: nullableString.describe('GITHUB_REF: the branch or tag.'),
      sha: nullableString.describe('The commit the gates ran on (the pull request head on pull_request events).'),
      workflow: nullableString,
      runId: nullableString,
      runAttempt: nullableString,
      runUrl: nullableString.describe('Link to the workflow run, where the full logs and artifacts are.'),
      pullRequest: z.number().int().nullable()
    })
    .describe('Who and what started the run.'),
  environment: nullableString.describe('The environment whose rules applied, or null when none was selected.'),
  status: status.describe('The run\'s verdict: the gates joined with the environment policy.'),
  gates: z
    .array(
      z.strictObject({
        id: z.string(),
        status: z.enum(['pass', 'fail', 'error', 'skipped']),
        summary: z.string(),
        findings: z.number().int().describe('Findings not suppressed.'),
        blocking: z.number().int(),
        tool: z.strictObject({ name: z.string(), version: nullableString }).nullable()
      })
    )
    .describe('Every gate\'s status.'),
  approvals: z
    .array(
      z.strictObject({
        gate: z.string(),
        reviewer: z.string(),
        state: nullableString.describe('The review state as the gate reported it (APPROVED, ...).'),
        at: nullableString.describe('When the review was submitted (ISO 8601).'),
        commit: nullableString.describe('The commit the review was given on.'),
        counted: z.boolean().optional().describe('Whether the gate counted it (the approval gate says why not in its report).')
      })
    )
    .describe('Approvals the report records (from the approval gate\'s checks); empty when it has none.'),
  waivers: z
    .array(
      z.strictObject({
        gate: z.string(),
        rule: z.string().optional(),
        path: z.string().optional(),
        fingerprint: z.string().optional(),
        reason: z.string(),
        expires: z.string(),
        daysLeft: z.number().int(),
        findings: z.number().int().describe('Findings this waiver suppressed in this run.')
      })
    )
    .describe('Waivers that suppressed findings in this run.'),
  notChecked: z.array(z.strictObject({ gate: z.string(), what: z.string(), reason: z.string(), fix: z.string() })).describe('What applied but was not examined.'),
  policy: z
    .strictObject({
      environment: z.string(),
      status,
      rules: z.array(
        z.strictObject({
          name: z.string(),
          kind: z.enum(['require', 'deny', 'warn']),
          expr: z.string(),
          source: z.string(),
          result: z.enum(['pass', 'fail', 'warn', 'error']),
          message: z.string(),
          inputs: z.record(z.string(), z.unknown())
        })
      )
    })
    .nullable()
    .describe('The environment policy\'s rules and results, or null when no environment was selected.'),
  report: z
    .strictObject({ path: z.string(), sha256: z.string().regex(/^[0-9a-f]{64}$/) })
    .nullable()
    .describe('The JSON report this record summarises, with its SHA-256: the evidence behind the verdict.'),
  deployCheck: deployCheckAuditSchema.optional().describe('The deploy-check\'s verdict (records of kind deploy-check only).'),
  previous: z.string().regex(/^[0-9a-f]{64}$/).nullable().describe('SHA-256 of the previous line of the audit log this record was appended to (a hash chain), or null for the first.')
})

export type AuditRecord = z.infer<typeof auditRecordSchema>
