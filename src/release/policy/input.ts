/**
 * The policy input: what environment rules see of a Report (docs/policy.md lists every key). Built
 * from the report after the gates ran and the waivers applied; plain JSON values only.
 */
import { SEVERITIES, type Finding, type Report, type WaiverRef } from '../../engine/types.js'

export interface WaiverUse extends WaiverRef {
  /** Whole days from today to the expiry date (0 on the last day it applies). */
  daysLeft: number
  /** Findings this waiver suppressed in this run. */
  findings: number
}

const DAY = 86_400_000
/** Characters of a finding's message a rule sees. */
export const MAX_MESSAGE = 2000

function waiverKey(w: WaiverRef): string {
  return JSON.stringify([w.gate, w.rule ?? '', w.path ?? '', w.fingerprint ?? '', w.expires])
}

/** The waivers that suppressed at least one finding in this run, with days left before they expire. */
export function waiversUsed(report: Report, today: string): WaiverUse[] {
  const used = new Map<string, WaiverUse>()
  const t = Date.parse(today)
  for (const g of report.gates) {
    for (const f of g.findings) {
      if (!f.waiver) continue
      const key = waiverKey(f.waiver)
      const seen = used.get(key)
      if (seen) seen.findings++
      else used.set(key, { ...f.waiver, daysLeft: Math.round((Date.parse(f.waiver.expires) - t) / DAY), findings: 1 })
    }
  }
  return [...used.values()]
}

function counted(findings: Finding[]): Record<string, number> {
  const by: Record<string, number> = Object.fromEntries(SEVERITIES.map((s) => [s, 0]))
  for (const f of findings) if (!f.suppressed) by[f.severity]++
  return by
}

export function policyInput(report: Report, environment: string, today: string): Record<string, unknown> {
  const gates: Record<string, unknown> = {}
  for (const g of report.gates) {
    const active = g.findings.filter((f) => !f.suppressed)
    gates[g.id] = {
      status: g.status,
      summary: g.summary,
      findings: active.length,
      blocking: g.findings.filter((f) => f.blocking).length,
      suppressed: g.findings.length - active.length,
      bySeverity: counted(g.findings),
      errors: g.errors.length,
      tool: g.tool?.name ?? '',
      checks: g.checks.map((c) => ({ name: c.name, target: c.target, outcome: c.outcome, details: c.details })),
      // Machine-readable facts a gate gives (the approval gate's reviewers and rules), when it gives them.
      ...((g as { data?: unknown }).data ? { data: (g as { data?: unknown }).data } : {})
    }
  }
  return {
    environment,
    status: report.status,
    today,
    gates,
    findings: report.gates.flatMap((g) =>
      g.findings.map((f) => ({
        gate: f.gate,
        ruleId: f.ruleId,
        severity: f.severity,
        blocking: f.blocking,
        suppressed: f.suppressed,
        waived: f.waiver !== null,
        path: f.location.path,
        // Capped: rules may run regular expressions over it (src/release/policy/cel.ts).
        message: f.message.length > MAX_MESSAGE ? f.message.slice(0, MAX_MESSAGE) : f.message
      }))
    ),
    waivers: waiversUsed(report, today),
    waiverNotes: report.waivers.map((n) => ({ ...n.waiver, state: n.state, message: n.message })),
    notChecked: (report.notChecked ?? []).map((n) => ({ ...n })),
    context: { ...(report.context ?? {}) }
  }
}
