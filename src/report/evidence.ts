/**
 * The evidence an approver judges: the other gates' results on the same commit, with links where
 * there are check runs to link to. Rendered the same way in the gate's own check run, in the single
 * check run and in the job summary; at most EVIDENCE_ROWS rows, every name escaped.
 */
import { escapeMarkdown } from './escape.js'

/** A result on the same commit that an approver should see (another check run of ours, or another gate of this run). */
export interface Evidence {
  name: string
  conclusion: string | null
  status: string
  url: string | null
}

export const EVIDENCE_ROWS = 50

export function evidenceSection(evidence: Evidence[]): string {
  const rows = evidence.slice(0, EVIDENCE_ROWS).map((e) => {
    const name = e.url && /^https?:\/\//.test(e.url) ? `[${escapeMarkdown(e.name)}](${e.url})` : escapeMarkdown(e.name)
    return `| ${name} | ${escapeMarkdown(e.conclusion ?? e.status)} |`
  })
  return ['### Evidence on this commit', '', 'The results of the other gates on this commit, for the approver to judge:', '', '| Check | Result |', '|---|---|', ...rows].join('\n')
}
