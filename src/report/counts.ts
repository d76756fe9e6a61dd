/** Counting helpers shared by the reporters. */
import { SEVERITIES, severityRank, type Finding, type GateReport, type Severity } from '../engine/types.js'

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
