/**
 * The gates' results as BOM evidence: what the report says about one file (its checks and findings,
 * as `ai-secure-gates:` properties), and about the run (each gate's status, summary and counts).
 */
import type { Check, Finding, GateReport, Report } from '../../engine/types.js'

export type Prop = [name: string, value: string]

export const NS = 'ai-secure-gates'
const MAX_VALUE = 500

export function clip(text: string, max = MAX_VALUE): string {
  const one = text.replace(/\s+/g, ' ').trim()
  return one.length > max ? one.slice(0, max - 1) + '…' : one
}

export function gateOf(report: Report | null, id: string): GateReport | undefined {
  return report?.gates.find((g) => g.id === id)
}

/** Short text for a check's details: scalar values only, `key=value` joined. */
export function describeDetails(details: Record<string, unknown>, keys?: string[]): string {
  const parts: string[] = []
  for (const [k, v] of Object.entries(details)) {
    if (keys && !keys.includes(k)) continue
    if (v === null || v === undefined) continue
    if (typeof v === 'number') parts.push(`${k}=${Number.isInteger(v) ? v : Number(v.toPrecision(6))}`)
    else if (typeof v === 'string' || typeof v === 'boolean') parts.push(`${k}=${v}`)
    else if (Array.isArray(v) && v.every((x) => typeof x === 'string' || typeof x === 'number')) parts.push(`${k}=${v.join(',')}`)
    else if (typeof v === 'object' && !Array.isArray(v)) {
      const inner = Object.entries(v as Record<string, unknown>).filter(([, x]) => typeof x === 'string' || typeof x === 'number')
      if (inner.length) parts.push(`${k}=${inner.map(([a, b]) => `${a}:${b}`).join(',')}`)
    }
  }
  return parts.join(' ')
}

/** One property per check on `rel` and per finding located in `rel`, from every gate. */
export function fileEvidence(report: Report | null, rel: string, opts: { skipChecks?: (gate: string, c: Check) => boolean } = {}): Prop[] {
  const out: Prop[] = []
  if (!report) return out
  for (const g of report.gates) {
    for (const c of g.checks) {
      if (c.target !== rel || opts.skipChecks?.(g.id, c)) continue
      const d = describeDetails(c.details)
      out.push([`${NS}:check:${g.id}:${c.name}`, clip(`${c.outcome}${d ? ` (${d})` : ''}`)])
    }
    for (const f of g.findings) if (f.location.path === rel) out.push([`${NS}:finding:${g.id}`, findingText(f)])
  }
  return out
}

export function findingText(f: Finding): string {
  const state = f.suppressed ? ' suppressed' : f.waiver ? ` waived until ${f.waiver.expires}: ${f.waiver.reason}` : f.blocking ? ' blocking' : ''
  return clip(`${f.ruleId} ${f.severity}${state}: ${f.message}`)
}

/** Each gate's verdict, summary, counts and tool, and what was not checked: metadata properties. */
export function runEvidence(report: Report | null, reportName: string | null): Prop[] {
  if (!report) return [[`${NS}:report`, 'none: the BOM was built without a gates report, so it holds no gate results (run the gates first and pass their JSON report)']]
  const out: Prop[] = [
    [`${NS}:report`, reportName ?? 'this run'],
    [`${NS}:report:status`, report.status]
  ]
  for (const g of report.gates) {
    const p = `${NS}:gate:${g.id}`
    out.push([`${p}:status`, g.status], [`${p}:summary`, clip(g.summary)])
    const blocking = g.findings.filter((f) => f.blocking).length
    out.push([`${p}:findings`, `${g.findings.length} (${blocking} blocking)`], [`${p}:checks`, String(g.checks.length)])
    if (g.tool) out.push([`${p}:tool`, `${g.tool.name}${g.tool.version ? ' ' + g.tool.version : ''}`])
    if (g.reason && g.status !== 'pass') out.push([`${p}:reason`, clip(g.reason)])
    for (const e of g.errors.slice(0, 5)) out.push([`${p}:error`, clip(e)])
  }
  for (const n of report.notChecked ?? []) out.push([`${NS}:not-checked`, clip(`${n.gate}: ${n.what}: ${n.reason}. Fix: ${n.fix}`)])
  for (const w of report.waivers ?? []) out.push([`${NS}:waiver`, clip(`${w.state}: ${w.message}`)])
  return out
}
