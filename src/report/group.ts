/**
 * Findings that say the same thing (same rule, severity, message and standing) are shown as one
 * row listing their locations, instead of the same long message once per line of code.
 */
import type { Finding } from '../engine/types.js'

export interface FindingGroup {
  /** The first finding in report order; its rule, severity and message stand for the group. */
  first: Finding
  /** Every finding of the group, in report order (first included). */
  all: Finding[]
}

const tag = (f: Finding): string => (f.suppressed ? 'waived' : f.baseline ? 'baseline' : '')

/** Groups sorted findings, keeping the order of each group's first member. */
export function groupFindings(sorted: Finding[]): FindingGroup[] {
  const groups = new Map<string, FindingGroup>()
  for (const f of sorted) {
    const key = JSON.stringify([f.gate, f.ruleId, f.severity, f.message, f.blocking, tag(f)])
    const g = groups.get(key)
    if (g) g.all.push(f)
    else groups.set(key, { first: f, all: [f] })
  }
  return [...groups.values()]
}

/** `path:line` of a finding, or the path alone. */
export function locationText(f: Finding): string {
  return f.location.startLine ? `${f.location.path}:${f.location.startLine}` : f.location.path
}
