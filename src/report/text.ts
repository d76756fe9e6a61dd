/** The CLI's readable table. Colour only when asked (the CLI decides from NO_COLOR and isTTY). */
import { SEVERITIES, type Report } from '../engine/types.js'
import { countBySeverity, formatDuration, sortFindings } from './counts.js'
import { groupFindings, locationText } from './group.js'
import { policyText } from './policy.js'

const CODES = { red: 31, green: 32, yellow: 33, grey: 90, bold: 1 } as const
type Colour = keyof typeof CODES

/** Locations printed on a grouped line before "+N more". */
const LOCATIONS_PER_LINE = 3

export function renderText(report: Report, colour: boolean, maxRowsPerGate = 20): string {
  const c = (s: string, k: Colour) => (colour ? `\u001b[${CODES[k]}m${s}\u001b[0m` : s)
  const statusColour: Record<string, Colour> = { pass: 'green', fail: 'red', error: 'yellow', skipped: 'grey' }
  const clean = (s: string) => s.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u001b\u2028\u2029]/g, '?')
  const out: string[] = []
  // What applied but was not examined comes first: the verdict at the bottom covers only the rest.
  if (report.notChecked?.length) {
    out.push(c(`NOT CHECKED (the verdict does not cover ${report.notChecked.length === 1 ? 'this' : 'these'}):`, 'yellow'))
    for (const n of report.notChecked) out.push(`  ${clean(n.gate)}: ${clean(n.what)}: ${clean(n.reason)}`, `    fix: ${clean(n.fix)}`)
    out.push('')
  }
  const header = ['GATE', 'STATUS', ...SEVERITIES.map((s) => s.toUpperCase()), 'BLOCKING', 'TIME']
  const rows = report.gates.map((g) => {
    const n = countBySeverity(g.findings)
    return [g.id, g.status, ...SEVERITIES.map((s) => String(n[s])), String(g.findings.filter((f) => f.blocking).length), g.status === 'skipped' ? '' : formatDuration(g.durationMs)]
  })
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)))
  const line = (cells: string[], paint?: (i: number, s: string) => string) =>
    cells.map((s, i) => (paint ? paint(i, s.padEnd(widths[i])) : s.padEnd(widths[i]))).join('  ').trimEnd()
  out.push(c(line(header), 'bold'))
  report.gates.forEach((g, idx) => out.push(line(rows[idx], (i, s) => (i === 1 ? c(s, statusColour[g.status]) : s))))
  out.push('')
  for (const g of report.gates) {
    if (g.status === 'skipped') {
      out.push(c(`${g.id}: skipped: ${clean(g.reason ?? g.summary).split('\n')[0]}`, 'grey'))
      continue
    }
    if (g.errors.length) {
      out.push(c(`${g.id}: error`, 'yellow'))
      for (const e of g.errors) out.push(...clean(e).split('\n').map((l) => `  ${l}`))
    }
    const blocking = sortFindings(g.findings).filter((f) => f.blocking)
    if (blocking.length) {
      const groups = groupFindings(blocking)
      out.push(c(`${g.id}: ${blocking.length} blocking${groups.length < blocking.length ? ` (${groups.length} distinct)` : ''}`, 'red'))
      for (const grp of groups.slice(0, maxRowsPerGate)) {
        const f = grp.first
        const locs = grp.all.slice(0, LOCATIONS_PER_LINE).map((x) => clean(locationText(x))).join(', ')
        const more = grp.all.length > LOCATIONS_PER_LINE ? ` +${grp.all.length - LOCATIONS_PER_LINE} more` : ''
        out.push(`  ${f.severity.padEnd(8)} ${locs}${more}  ${clean(f.ruleId)}  ${clean(f.message).split('\n')[0]}`)
      }
      if (groups.length > maxRowsPerGate) out.push(c(`  … ${groups.length - maxRowsPerGate} more (use --format json for all)`, 'grey'))
    } else if (g.status === 'pass') {
      out.push(c(`${g.id}: pass: ${clean(g.summary).split('\n')[0]}`, 'grey'))
    }
  }
  for (const w of report.waivers) out.push(c(`waiver ${w.state}: ${clean(w.message)}`, 'yellow'))
  for (const l of policyText(report, clean)) out.push(l)
  const verdict = { pass: 'PASS', fail: 'FAIL', error: 'ERROR' }[report.status]
  const partial = report.notChecked?.length ? ` (${report.notChecked.length} not checked: ${[...new Set(report.notChecked.map((n) => n.gate))].join(', ')}; see the top)` : ''
  out.push(c(`ai-secure-gates: ${verdict}${partial}`, statusColour[report.status]))
  return out.join('\n') + '\n'
}
