/**
 * The job summary (markdown), written first because it needs no permission. Pure: Report in,
 * markdown out. Kept under GitHub's 1 MiB per-step limit (a larger summary is dropped whole) by
 * cutting details first, then blocking rows, always with a visible note of what was cut.
 */
import type { Finding, GateReport, Report } from '../engine/types.js'
import { SEVERITIES } from '../engine/types.js'
import { byteLength, cell, escapeHtml, escapeMarkdown } from './escape.js'
import { countBySeverity, formatDuration, sortFindings, STATUS_ICON } from './counts.js'
import { repoPath } from './paths.js'

export const SUMMARY_LIMIT_BYTES = 1024 * 1024 - 16 * 1024 // 1 MiB minus room for what the runner adds

export interface SummaryOptions {
  /** Findings not annotated because of GitHub's per-step caps. */
  annotationsOmitted?: number
  maxBytes?: number
  /** Where the full report can be found (artifact name, path). */
  reportHint?: string
}

interface RenderLimits {
  details: boolean
  /** Blocking rows per gate (Infinity = all). */
  rowsPerGate: number
}

function link(report: Report, f: Finding): string {
  const loc = f.location
  const text = loc.startLine ? `${loc.path}:${loc.startLine}` : loc.path
  const ctx = report.context
  if (ctx?.repository && ctx.sha && loc.path && !loc.path.startsWith('..')) {
    const server = ctx.serverUrl ?? 'https://github.com'
    const anchor = loc.startLine ? `#L${loc.startLine}${loc.endLine && loc.endLine !== loc.startLine ? `-L${loc.endLine}` : ''}` : ''
    const url = `${server}/${ctx.repository}/blob/${ctx.sha}/${repoPath(report, loc.path).split('/').map(encodeURIComponent).join('/')}${anchor}`
    return `[${escapeMarkdown(text)}](${url})`
  }
  return escapeMarkdown(text)
}

function findingRow(report: Report, f: Finding): string {
  const tag = f.suppressed ? (f.waiver ? ' (waived)' : ' (suppressed inline)') : f.baseline ? ' (baseline)' : ''
  return `| ${f.severity}${tag} | ${cell(f.ruleId, 80)} | ${link(report, f)} | ${cell(f.message)} |`
}

const FINDING_HEAD = '| Severity | Rule | Location | Message |\n|---|---|---|---|'

function verdictLine(report: Report): string {
  const word = { pass: 'passed', fail: 'failed', error: 'could not decide (error)' }[report.status]
  const icon = { pass: '✅', fail: '❌', error: '⚠️' }[report.status]
  return `## ${icon} ai-secure-gates ${word}`
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

function gateSection(report: Report, g: GateReport, limits: RenderLimits, cut: { rows: number }): string {
  const out: string[] = [`### ${STATUS_ICON[g.status]} ${escapeMarkdown(g.title)}: ${g.status}`, '', `${cell(g.summary, 500)} (blocks at ${g.failOn})`]
  if (g.tool) out.push('', `Tool: ${escapeMarkdown(g.tool.name)} ${escapeMarkdown(g.tool.version ?? '(version unknown)')}`)
  if (g.errors.length) {
    out.push('', '**Why this gate could not decide:**', '', `<pre>${escapeHtml(g.errors.join('\n\n').slice(0, 20_000))}</pre>`)
  }
  const sorted = sortFindings(g.findings)
  const blocking = sorted.filter((f) => f.blocking)
  if (blocking.length) {
    const shown = blocking.slice(0, limits.rowsPerGate)
    out.push('', `**Blocking findings (${blocking.length}):**`, '', FINDING_HEAD, ...shown.map((f) => findingRow(report, f)))
    if (shown.length < blocking.length) {
      cut.rows += blocking.length - shown.length
      out.push('', `_${blocking.length - shown.length} more blocking findings are not shown here to stay under GitHub's summary size limit; all are in the JSON report._`)
    }
  }
  if (limits.details) {
    const rest = sorted.filter((f) => !f.blocking)
    if (rest.length) {
      out.push('', `<details><summary>Other findings (${rest.length}: waived, baseline or below the threshold)</summary>`, '', FINDING_HEAD, ...rest.map((f) => findingRow(report, f)), '', '</details>')
    }
    if (g.checks.length) {
      const rows = g.checks.map((c) => `| ${cell(c.name, 60)} | ${cell(c.target, 120)} | ${c.outcome} | ${cell(JSON.stringify(c.details), 200)} |`)
      out.push('', `<details><summary>What was checked (${g.checks.length})</summary>`, '', '| Check | Target | Outcome | Details |', '|---|---|---|---|', ...rows, '', '</details>')
    }
  }
  return out.join('\n')
}

function render(report: Report, opts: SummaryOptions, limits: RenderLimits): string {
  const all = report.gates.flatMap((g) => g.findings)
  const blocking = all.filter((f) => f.blocking).length
  const failed = report.gates.filter((g) => g.status === 'fail' || g.status === 'error')
  const parts: string[] = [verdictLine(report), '']
  parts.push(
    `${failed.length ? `**${failed.length} of ${report.gates.filter((g) => g.status !== 'skipped').length} gates did not pass** (${failed.map((g) => `${escapeMarkdown(g.id)}: ${g.status}`).join(', ')}). ` : ''}` +
      `${all.length} finding${all.length === 1 ? '' : 's'}, ${blocking} blocking.`
  )
  parts.push('', gateTable(report))
  if (opts.annotationsOmitted) {
    parts.push('', `> ${opts.annotationsOmitted} finding${opts.annotationsOmitted === 1 ? ' was' : 's were'} not annotated on the diff: GitHub shows at most 10 error, 10 warning and 10 notice annotations per step. Every finding is listed below and in the JSON report.`)
  }
  for (const w of report.waivers) parts.push('', `> Waiver ${w.state}: ${escapeMarkdown(w.message)}`)
  const cut = { rows: 0 }
  for (const g of report.gates) {
    if (g.status === 'skipped') continue
    parts.push('', gateSection(report, g, limits, cut))
  }
  const skipped = report.gates.filter((g) => g.status === 'skipped')
  if (skipped.length) {
    parts.push('', `Skipped: ${skipped.map((g) => `${escapeMarkdown(g.id)} (${escapeMarkdown(g.reason ?? g.summary)})`).join(', ')}.`)
  }
  if (!limits.details) {
    parts.push('', `> This summary was shortened to stay under GitHub's 1 MiB limit: the lists of non-blocking findings and of what was checked were left out${cut.rows ? `, and ${cut.rows} blocking rows` : ''}. ${opts.reportHint ? escapeMarkdown(opts.reportHint) : 'The JSON report has everything.'}`)
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
  let hi = Math.max(...report.gates.map((g) => g.findings.length))
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
