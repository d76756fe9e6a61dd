/** Rule hits as findings, and the merge with bandit's findings. */
import type { FindingInput } from '../../../engine/types.js'
import type { RuleHit } from './analyze.js'
import { RULES, ruleHelp, type RuleInfo } from './catalog.js'

export function ruleFinding(h: RuleHit, file: string, lineText: string): FindingInput {
  const r: RuleInfo = RULES[h.ruleId]
  return {
    ruleId: r.id,
    severity: r.severity,
    title: `${r.id}: ${r.title}`,
    message: h.message,
    location: { path: file, startLine: h.startLine, startColumn: h.startColumn, endLine: h.endLine, endColumn: h.endColumn },
    help: ruleHelp(h.ruleId),
    fingerprintKey: lineText.trim() || h.call,
    properties: { tool: 'ai-secure-gates', call: h.call }
  }
}

/**
 * Merges bandit's findings with the rules': a bandit finding whose test id is one of a rule's
 * equivalents (B301 for pickle-load...) on the same file and line as that rule's finding is the
 * same finding. The rule's finding is kept (its message says what to do instead); it names the
 * bandit test (property and alias, so a waiver written for B301 still applies).
 */
export function mergeFindings(bandit: FindingInput[], rules: FindingInput[]): FindingInput[] {
  const key = (f: FindingInput) => `${f.location.path}\u0000${f.location.startLine}`
  const byLine = new Map<string, FindingInput[]>()
  for (const f of rules) {
    const k = key(f)
    byLine.set(k, [...(byLine.get(k) ?? []), f])
  }
  const out: FindingInput[] = []
  const merged = new Map<FindingInput, FindingInput>()
  for (const b of bandit) {
    const same = (byLine.get(key(b)) ?? []).find((r) => (RULES as Record<string, RuleInfo>)[r.ruleId]?.bandit.includes(b.ruleId))
    if (!same) {
      out.push(b)
      continue
    }
    const prev = merged.get(same) ?? same
    const aliases = [...new Set([...(prev.aliases ?? []), b.ruleId])]
    const banditIds = [...new Set([...((prev.properties?.bandit as string[] | undefined) ?? []), b.ruleId])]
    merged.set(same, { ...prev, aliases, properties: { ...prev.properties, bandit: banditIds } })
  }
  for (const r of rules) out.push(merged.get(r) ?? r)
  return out.sort((a, b) => a.location.path.localeCompare(b.location.path) || (a.location.startLine ?? 0) - (b.location.startLine ?? 0))
}
