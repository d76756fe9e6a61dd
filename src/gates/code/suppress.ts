/**
 * Inline suppression in Python source, for the code gate's findings:
 *
 * - `# nosec` (bandit's comment): with no ids it suppresses every finding of the statement; with
 *   ids (`# nosec B301`, `# nosec: B301, pickle-load`) only those, where a rule is also named by
 *   the bandit test it stands in for (B301 covers pickle-load). As in bandit, words that are not
 *   ids are ignored, and a comment holding none is a blanket nosec. bandit applies it to its own
 *   findings itself (they are left out of its report); we apply it to the unsafe-load rules.
 * - `# ai-secure-gates: ignore[rule-id, B602] reason`: suppresses the named rules (ours or
 *   bandit's) and needs a reason; without one it is not honoured and the finding says so.
 *
 * A comment applies to a finding when it is on one of the finding's lines (a call spanning lines
 * may carry it on any of them), as bandit does for a statement. Suppressed findings stay in the
 * report, marked suppressed with the comment, and never block.
 */
import type { FindingInput } from '../../engine/types.js'
import { RULES, type RuleInfo } from './rules/catalog.js'

export interface InlineComment {
  kind: 'nosec' | 'ignore'
  /** Ids named (empty for a blanket nosec). */
  ids: string[]
  reason: string | null
  /** The comment as written (bounded). */
  text: string
}

const NOSEC = /#\s*nosec\b:?\s*([^#]*)/i
const IGNORE = /ai-secure-gates:\s*ignore\[([^\]]*)\]\s*(.*)$/i
const ID = /^(?:B\d{3}|[a-z][a-z0-9]*(?:-[a-z0-9]+)+)$/i

/** Reads one comment token (`# ...`); null when it suppresses nothing. */
export function parseInlineComment(comment: string): InlineComment | null {
  const text = comment.length > 300 ? `${comment.slice(0, 297)}...` : comment
  const ig = IGNORE.exec(comment)
  if (ig) {
    const ids = ig[1]
      .split(/[\s,]+/)
      .map((s) => s.trim())
      .filter(Boolean)
    const reason = ig[2].replace(/^[\s:\-–—]+/, '').trim()
    return { kind: 'ignore', ids, reason: reason || null, text }
  }
  const ns = NOSEC.exec(comment)
  if (!ns) return null
  const ids = ns[1].split(/[\s,]+/).filter((w) => ID.test(w))
  return { kind: 'nosec', ids: ids.map((i) => (/^b\d/i.test(i) ? i.toUpperCase() : i.toLowerCase())), reason: null, text }
}

/** Every id a finding answers to: its rule, its aliases, and the bandit tests a rule stands in for. */
function idsOf(f: FindingInput): Set<string> {
  const ids = new Set([f.ruleId, ...(f.aliases ?? [])])
  const rule = (RULES as Record<string, RuleInfo>)[f.ruleId]
  for (const b of rule?.bandit ?? []) ids.add(b)
  return ids
}

/**
 * Marks the findings (in the coordinates of the source the comments come from) that a comment
 * suppresses. `comments` maps a 1-based line to the comment on it.
 */
export function applyInlineSuppressions(findings: FindingInput[], comments: ReadonlyMap<number, InlineComment>): FindingInput[] {
  if (!comments.size) return findings
  return findings.map((f) => {
    const start = f.location.startLine
    if (!start) return f
    const end = Math.max(start, f.location.endLine ?? start)
    const ids = idsOf(f)
    let unexplained: InlineComment | null = null
    for (let line = start; line <= end; line++) {
      const c = comments.get(line)
      if (!c) continue
      if (c.kind === 'ignore') {
        if (!c.ids.some((i) => ids.has(i))) continue
        if (!c.reason) {
          unexplained = c
          continue
        }
        return { ...f, suppression: { kind: 'inline', comment: c.text, reason: c.reason } }
      }
      if (c.ids.length === 0 || c.ids.some((i) => ids.has(i))) {
        return { ...f, suppression: { kind: 'inline', comment: c.text, reason: null } }
      }
    }
    if (unexplained) {
      return {
        ...f,
        message: `${f.message} (The "ai-secure-gates: ignore[...]" comment on this line gives no reason, so it is not honoured: write the reason after the bracket.)`
      }
    }
    return f
  })
}
