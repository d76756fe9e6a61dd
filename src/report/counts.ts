/** Counting helpers shared by the reporters. */
import { policyFailures } from './policy.js'
import { SEVERITIES, severityRank, type Finding, type GateReport, type Report, type Severity } from '../engine/types.js'

export function countBySeverity(findings: Finding[]): Record<Severity, number> {
  const out = Object.fromEntries(SEVERITIES.map((s) => [s, 0])) as Record<Severity, number>
  for (const f of findings) out[f.severity]++
  return out
}

/** Blocking first, then by severity, then path and line. */
export function sortFindings(findings: Finding[]): Finding[] {
  return [...findings].sort(
    (a, b) =>
      Number(b.blocking) - Number(a.blocking) ||
      severityRank(b.severity) - severityRank(a.severity) ||
      a.location.path.localeCompare(b.location.path) ||
      (a.location.startLine ?? 0) - (b.location.startLine ?? 0)
  )
}

export const STATUS_ICON: Record<GateReport['status'], string> = { pass: '✅', fail: '❌', error: '⚠️', skipped: '⏭️' }

export function formatDuration(ms: number): string {
  if (ms < 1000) return `${ms} ms`
  if (ms < 60_000) return `${(ms / 1000).toFixed(1)} s`
  return `${Math.floor(ms / 60_000)} min ${Math.round((ms % 60_000) / 1000)} s`
}

export function failedGates(gates: GateReport[]): string[] {
  return gates.filter((g) => g.status === 'fail' || g.status === 'error').map((g) => g.id)
}

/** The action's last line: which gates errored and which failed, each named once. */
export function finalLine(report: Report): string {
  const ids = (s: string) => report.gates.filter((g) => g.status === s).map((g) => g.id)
  const errored = ids('error')
  const failedIds = ids('fail')
  const parts: string[] = []
  if (errored.length) parts.push(`could not decide: ${errored.join(', ')} errored (see the summary)`)
  if (failedIds.length) parts.push(`blocking findings in ${failedIds.join(', ')}`)
  const policy = policyFailures(report)
  if (policy) parts.push(policy)
  return `ai-secure-gates: ${parts.join('; ') || report.status}`
}

