/**
 * npm run bench: runs every scripts/bench/*.ts (each exports bench()) and prints one table of our
 * measurement against a reference measured in the same run, with the ratio and the target.
 */
import { readdirSync } from 'node:fs'
import path from 'node:path'
import type { BenchRow as Row } from './bench-row.js'


const dir = path.join(import.meta.dirname, 'bench')
const only = process.argv.slice(2)
const rows: Row[] = []
for (const f of readdirSync(dir).filter((f) => f.endsWith('.ts')).sort()) {
  if (only.length && !only.some((o) => f.includes(o))) continue
  console.error(`running ${f} ...`)
  const mod = await import(path.join(dir, f))
  rows.push(...((await mod.bench()) as Row[]))
}
const header = ['benchmark', 'ours', 'reference', 'unit', 'ratio', 'target']
const cells = rows.map((r) => [r.name, r.ours.toFixed(2), r.reference.toFixed(2), r.unit, `${r.ratio.toFixed(2)}x`, r.target])
const widths = header.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i].length)))
const line = (c: string[]) => '| ' + c.map((s, i) => s.padEnd(widths[i])).join(' | ') + ' |'
console.log(line(header))
console.log('|' + widths.map((w) => '-'.repeat(w + 2)).join('|') + '|')
for (const c of cells) console.log(line(c))
