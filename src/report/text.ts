/** The CLI's readable table. Colour only when asked (the CLI decides from NO_COLOR and isTTY). */
import { SEVERITIES, type Report } from '../engine/types.js'
import { countBySeverity, formatDuration, sortFindings } from './counts.js'

const CODES = { red: 31, green: 32, yellow: 33, grey: 90, bold: 1 } as const
type Colour = keyof typeof CODES

export function renderText(report: Report, colour: boolean, maxRowsPerGate = 20): string {
  const c = (s: string, k: Colour) => (colour ? `\u001b[${CODES[k]}m${s}\u001b[0m` : s)
  const statusColour: Record<string, Colour> = { pass: 'green', fail: 'red', error: 'yellow', skipped: 'grey' }
  const clean = (s: string) => s.replace(/[\u0000-\u0008\u000b-\u001f\u007f\u001b]/g, '?')
  const header = ['GATE', 'STATUS', ...SEVERITIES.map((s) => s.toUpperCase()), 'BLOCKING', 'TIME']
  const rows = report.gates.map((g) => {
    const n = countBySeverity(g.findings)
    return [g.id, g.status, ...SEVERITIES.map((s) => String(n[s])), String(g.findings.filter((f) => f.blocking).length), g.status === 'skipped' ? '' : formatDuration(g.durationMs)]
  })
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)))
  const line = (cells: string[], paint?: (i: number, s: string) => string) =>
    cells.map((s, i) => (paint ? paint(i, s.padEnd(widths[i])) : s.padEnd(widths[i]))).join('  ').trimEnd()
  const out: string[] = [c(line(header), 'bold')]
  report.gates.forEach((g, idx) => out.push(line(rows[idx], (i, s) => (i === 1 ? c(s, statusColour[g.status]) : s))))
  out.push('')
  for (const g of report.gates) {
    if (g.status === 'skipped') continue
    if (g.errors.length) {
      out.push(c(`${g.id}: error`, 'yellow'))
      for (const e of g.errors) out.push(...clean(e).split('\n').map((l) => `  ${l}`))
    }
    const blocking = sortFindings(g.findings).filter((f) => f.blocking)
    if (blocking.length) {
      out.push(c(`${g.id}: ${blocking.length} blocking`, 'red'))
      for (const f of blocking.slice(0, maxRowsPerGate)) {
        const loc = f.location.startLine ? `${f.location.path}:${f.location.startLine}` : f.location.path
        out.push(`  ${f.severity.padEnd(8)} ${clean(loc)}  ${clean(f.ruleId)}  ${clean(f.message).split('\n')[0]}`)
      }
      if (blocking.length > maxRowsPerGate) out.push(c(`  … ${blocking.length - maxRowsPerGate} more (use --format json for all)`, 'grey'))
    }
  }
  for (const w of report.waivers) out.push(c(`waiver ${w.state}: ${clean(w.message)}`, 'yellow'))
  const verdict = { pass: 'PASS', fail: 'FAIL', error: 'ERROR' }[report.status]
  out.push(c(`ai-secure-gates: ${verdict}`, statusColour[report.status]))
  return out.join('\n') + '\n'
}
