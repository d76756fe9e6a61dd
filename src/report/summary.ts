/**
 * The job summary (markdown), written first because it needs no permission. Pure: Report in,
 * markdown out. Kept under GitHub's 1 MiB per-step limit (a larger summary is dropped whole) by
 * cutting details first, then blocking rows, always with a visible note of what was cut.
 */
import type { Finding, GateReport, Report, SummaryTable } from '../engine/types.js'
import { SEVERITIES } from '../engine/types.js'
import { byteLength, cell, escapeHtml, escapeMarkdown } from './escape.js'
import { countBySeverity, formatDuration, sortFindings, STATUS_ICON } from './counts.js'
import { groupFindings, locationText, type FindingGroup } from './group.js'
import { lineAnchor, repoPath } from './paths.js'
import { policyMarkdown } from './policy.js'
import { evidenceSection, type Evidence } from './evidence.js'

export const SUMMARY_LIMIT_BYTES = 1024 * 1024 - 16 * 1024 // 1 MiB minus room for what the runner adds

export interface SummaryOptions {
  /** Findings not annotated because of GitHub's per-step caps. */
  annotationsOmitted?: number
  maxBytes?: number
  /** Where the full report can be found (artifact name, path). */
  reportHint?: string
  /** The evidence shown with each gate that waits for people (check-runs.ts waitingEvidence), by gate id. */
  evidence?: Map<string, Evidence[]>
}

interface RenderLimits {
  details: boolean
  /** Blocking rows per gate (Infinity = all). */
  rowsPerGate: number
}

function link(report: Report, f: Finding): string {
  const loc = f.location
  const text = locationText(f)
  const ctx = report.context
  if (ctx?.repository && ctx.sha && loc.path && !loc.path.startsWith('..')) {
    const server = ctx.serverUrl ?? 'https://github.com'
    const rp = repoPath(report, loc.path)
    const url = `${server}/${ctx.repository}/blob/${ctx.sha}/${rp.split('/').map(encodeURIComponent).join('/')}${lineAnchor(rp, loc.startLine, loc.endLine)}`
    return `[${escapeMarkdown(text)}](${url})`
  }
  return escapeMarkdown(text)
}

/** Locations listed in one grouped row before "and N more". */
const LOCATIONS_PER_ROW = 10

function findingRow(report: Report, g: FindingGroup): string {
  const f = g.first
  const tag = f.suppressed ? (f.waiver ? ' (waived)' : ' (suppressed inline)') : f.baseline ? ' (baseline)' : ''
  const shown = g.all.slice(0, LOCATIONS_PER_ROW).map((x) => link(report, x))
  const more = g.all.length > LOCATIONS_PER_ROW ? `<br>and ${g.all.length - LOCATIONS_PER_ROW} more` : ''
  const count = g.all.length > 1 ? ` (${g.all.length} places)` : ''
  return `| ${f.severity}${tag} | ${cell(f.ruleId, 80)} | ${shown.join('<br>')}${more} | ${cell(f.message)}${count} |`
}

const FINDING_HEAD = '| Severity | Rule | Location | Message |\n|---|---|---|---|'

function verdictLine(report: Report): string {
  const word = { pass: 'passed', fail: 'failed', error: 'could not decide (error)' }[report.status]
  const icon = { pass: '✅', fail: '❌', error: '⚠️' }[report.status]
  const partial = report.notChecked?.length ? ' (on what was checked: see below)' : ''
  return `## ${icon} ai-secure-gates ${word}${partial}`
}

/** What applied but was not examined, first, with the fix: never read as a pass. */
export function notCheckedBlock(report: Report): string[] {
  const items = report.notChecked ?? []
  if (!items.length) return []
  return [
    `> ⚠️ **Not checked** (the verdict above does not cover ${items.length === 1 ? 'this' : 'these'}):`,
    ...items.map((n) => `> - **${escapeMarkdown(n.gate)}**: ${cell(n.what, 300)}: ${cell(n.reason, 300)}. Fix: ${cell(n.fix, 300)}.`)
  ]
}

/** "Of 7 gates: 2 failed (code, secrets), 1 could not decide (container), 1 passed, 3 skipped." */
export function gateCounts(report: Report): string {
  const by = (s: GateReport['status']) => report.gates.filter((g) => g.status === s)
  const named = (gs: GateReport[]) => (gs.length ? ` (${gs.map((g) => escapeMarkdown(g.id)).join(', ')})` : '')
  const parts: string[] = []
  const failed = by('fail')
  const errored = by('error')
  if (failed.length) parts.push(`${failed.length} failed${named(failed)}`)
  if (errored.length) parts.push(`${errored.length} could not decide${named(errored)}`)
  parts.push(`${by('pass').length} passed`)
  if (by('skipped').length) parts.push(`${by('skipped').length} skipped`)
  return `Of ${report.gates.length} gate${report.gates.length === 1 ? '' : 's'}: ${parts.join(', ')}.`
}

function gateTable(report: Report): string {
  const head = `| Gate | Status | ${SEVERITIES.map((s) => s[0].toUpperCase() + s.slice(1)).join(' | ')} | Blocking | Duration |`
  const sep = `|---|---|${SEVERITIES.map(() => '---:').join('|')}|---:|---:|`
  const rows = report.gates.map((g) => {
    const c = countBySeverity(g.findings)
    const blocking = g.findings.filter((f) => f.blocking).length
    return `| ${cell(g.title, 60)} | ${STATUS_ICON[g.status]} ${g.status} | ${SEVERITIES.map((s) => c[s]).join(' | ')} | ${blocking} | ${g.status === 'skipped' ? '' : formatDuration(g.durationMs)} |`
  })
  return [head, sep, ...rows].join('\n')
}

const TABLE_ROWS = 200
const TABLE_ROWS_SHORT = 20

/** A gate's own table (metric changes, per-group rates); every cell escaped, rows bounded. */
export function tableMarkdown(t: SummaryTable, maxRows: number): string {
  const width = t.columns.length
  const chars = t.collapsed ? 600 : 120
  const row = (cells: string[]): string => `| ${Array.from({ length: width }, (_, i) => cell(cells[i] ?? '', chars)).join(' | ')} |`
  const shown = t.rows.slice(0, maxRows)
  const body = [row(t.columns), `|${t.columns.map(() => '---').join('|')}|`, ...shown.map(row)]
  if (t.rows.length > shown.length) body.push('', `_${t.rows.length - shown.length} more rows are in the JSON report._`)
  if (t.collapsed) return [`<details><summary>${escapeHtml(t.title)}</summary>`, '', ...body, '', '</details>'].join('\n')
  return [`**${escapeMarkdown(t.title)}**`, '', ...body].join('\n')
}

function gateSection(report: Report, g: GateReport, limits: RenderLimits, cut: { rows: number }, evidence: Evidence[] = []): string {
  const out: string[] = [`### ${STATUS_ICON[g.status]} ${escapeMarkdown(g.title)}: ${g.status}`, '', `${cell(g.summary, 500)} (blocks at ${g.failOn})`]
  if (g.tool) out.push('', `Tool: ${escapeMarkdown(g.tool.name)} ${escapeMarkdown(g.tool.version ?? '(version unknown)')}`)
  if (g.errors.length) {
    out.push('', '**Why this gate could not decide:**', '', `<pre>${escapeHtml(g.errors.join('\n\n').slice(0, 20_000))}</pre>`)
  }
  for (const t of g.tables ?? []) if (limits.details || !t.collapsed) out.push('', tableMarkdown(t, limits.details ? TABLE_ROWS : TABLE_ROWS_SHORT))
  const sorted = sortFindings(g.findings)
  const blocking = sorted.filter((f) => f.blocking)
  if (blocking.length) {
    const groups = groupFindings(blocking)
    const shown = groups.slice(0, limits.rowsPerGate)
    out.push('', `**Blocking findings (${blocking.length}${groups.length < blocking.length ? ` in ${groups.length} rows` : ''}):**`, '', FINDING_HEAD, ...shown.map((g) => findingRow(report, g)))
    if (shown.length < groups.length) {
      const hidden = groups.slice(shown.length).reduce((n, g) => n + g.all.length, 0)
      cut.rows += hidden
      out.push('', `_${hidden} more blocking findings are not shown here to stay under GitHub's summary size limit; all are in the JSON report._`)
    }
  }
  if (limits.details) {
    const rest = sorted.filter((f) => !f.blocking)
    if (rest.length) {
      out.push('', `<details><summary>Other findings (${rest.length}: waived, baseline or below the threshold)</summary>`, '', FINDING_HEAD, ...groupFindings(rest).map((g) => findingRow(report, g)), '', '</details>')
    }
    if (g.checks.length) {
      const rows = g.checks.map((c) => `| ${cell(c.name, 60)} | ${cell(c.target, 120)} | ${c.outcome} | ${cell(JSON.stringify(c.details), 200)} |`)
      out.push('', `<details><summary>What was checked (${g.checks.length})</summary>`, '', '| Check | Target | Outcome | Details |', '|---|---|---|---|', ...rows, '', '</details>')
    }
  }
  if (evidence.length) out.push('', evidenceSection(evidence))
  return out.join('\n')
}

function render(report: Report, opts: SummaryOptions, limits: RenderLimits): string {
  const all = report.gates.flatMap((g) => g.findings)
  const blocking = all.filter((f) => f.blocking).length
  const parts: string[] = [verdictLine(report), '']
  const gap = notCheckedBlock(report)
  if (gap.length) parts.push(...gap, '')
  parts.push(`${gateCounts(report)} ${all.length} finding${all.length === 1 ? '' : 's'}, ${blocking} blocking.`)
  parts.push('', gateTable(report))
  const policy = policyMarkdown(report)
  if (policy.length) parts.push('', ...policy)
  if (opts.annotationsOmitted) {
    parts.push('', `> ${opts.annotationsOmitted} finding${opts.annotationsOmitted === 1 ? ' was' : 's were'} not annotated on the diff: GitHub shows at most 10 error, 10 warning and 10 notice annotations per step. Every finding is listed below and in the JSON report.`)
  }
  for (const w of report.waivers) parts.push('', `> Waiver ${w.state}: ${escapeMarkdown(w.message)}`)
  const cut = { rows: 0 }
  for (const g of report.gates) {
    if (g.status === 'skipped') continue
    parts.push('', gateSection(report, g, limits, cut, opts.evidence?.get(g.id)))
  }
  const skipped = report.gates.filter((g) => g.status === 'skipped')
  if (skipped.length) {
    parts.push('', `Skipped: ${skipped.map((g) => `${escapeMarkdown(g.id)} (${escapeMarkdown(g.reason ?? g.summary)})`).join(', ')}.`)
  }
  if (!limits.details) {
    parts.push('', `> This summary was shortened to stay under GitHub's 1 MiB limit: the lists of non-blocking findings and of what was checked, and folded tables such as transcripts, were left out${cut.rows ? `, and ${cut.rows} blocking rows` : ''}. ${opts.reportHint ? escapeMarkdown(opts.reportHint) : 'The JSON report has everything.'}`)
  }
  parts.push('', `<sub>ai-secure-gates ${escapeMarkdown(report.tool.version)}</sub>`, '')
  return parts.join('\n')
}

export function renderSummary(report: Report, opts: SummaryOptions = {}): string {
  const max = opts.maxBytes ?? SUMMARY_LIMIT_BYTES
  let md = render(report, opts, { details: true, rowsPerGate: Infinity })
  if (byteLength(md) <= max) return md
  md = render(report, opts, { details: false, rowsPerGate: Infinity })
  if (byteLength(md) <= max) return md
  // Binary search the number of blocking rows per gate that fits.
  let lo = 0
  let hi = Math.max(0, ...report.gates.map((g) => g.findings.length))
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2)
    if (byteLength(render(report, opts, { details: false, rowsPerGate: mid })) <= max) lo = mid
    else hi = mid - 1
  }
  md = render(report, opts, { details: false, rowsPerGate: lo })
  if (byteLength(md) <= max) return md
  // Pathological (thousands of gates or huge error texts): hard cut with a note.
  const note = '\n\n> Summary cut at the size limit; see the JSON report.\n'
  return Buffer.from(md).subarray(0, max - byteLength(note)).toString('utf8').replace(/\uFFFD+$/, '') + note
}
