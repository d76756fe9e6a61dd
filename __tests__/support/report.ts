/** Builds Reports for reporter tests. */
import type { Finding, GateReport, Report, Severity } from '../../src/engine/types.js'

export function mkFinding(i: number, over: Partial<Finding> = {}): Finding {
  const severities: Severity[] = ['critical', 'high', 'medium', 'low', 'info']
  const severity = over.severity ?? severities[i % 5]
  return {
    gate: 'code',
    ruleId: `R${i}`,
    severity,
    message: `finding ${i}`,
    location: { path: `src/f${i % 7}.py`, startLine: i + 1 },
    fingerprint: `fp${i}`,
    blocking: severity === 'critical' || severity === 'high',
    suppressed: false,
    waiver: null,
    ...over
  }
}

export function mkReport(gates: Array<Partial<GateReport> & { id: string }>, over: Partial<Report> = {}): Report {
  const full: GateReport[] = gates.map((g) => ({
    title: g.id,
    status: (g.findings ?? []).some((f) => f.blocking) ? 'fail' : 'pass',
    summary: 's',
    durationMs: 12,
    tool: null,
    failOn: 'high',
    errors: [],
    checks: [],
    findings: [],
    ...g
  }))
  return { schemaVersion: 1, tool: { name: 'ai-secure-gates', version: '0.1.0' }, status: full.some((g) => g.status === 'fail') ? 'fail' : 'pass', gates: full, waivers: [], ...over }
}
