/**
 * Prints every pickle global the files under the given folders import, as the models scanner reads
 * them (containers opened, compressions undone, the pickle VM on each stream), with its verdict and
 * how many files use it. This is how the exact allowlist in src/scanners/pickle/globals.ts was built:
 *
 *   /usr/bin/python3 scripts/gen-pickle-corpus.py /tmp/real --families real --seed 1
 *   node --import tsx scripts/pickle-globals.ts /tmp/real [more folders...] [--json]
 *
 * Nothing is loaded or run: the files are only read.
 */
import { readdirSync, statSync } from 'node:fs'
import path from 'node:path'
import { scanModelFile } from '../src/scanners/model/scan.js'

const args = process.argv.slice(2)
const json = args.includes('--json')
const dirs = args.filter((a) => !a.startsWith('--'))
const seen = new Map<string, { verdict: string; files: Set<string> }>()
for (const dir of dirs) {
  for (const f of readdirSync(dir).sort()) {
    const p = path.join(dir, f)
    if (!statSync(p).isFile() || f === 'MANIFEST.json') continue
    const r = await scanModelFile(p, f)
    for (const e of r.errors) console.error(`error: ${e}`)
    for (const g of r.globals) {
      const s = seen.get(g.global) ?? { verdict: g.verdict, files: new Set<string>() }
      s.files.add(f)
      seen.set(g.global, s)
    }
  }
}
const rows = [...seen.entries()].sort(([a], [b]) => (a < b ? -1 : 1))
if (json) console.log(JSON.stringify(Object.fromEntries(rows.map(([g, s]) => [g, { verdict: s.verdict, files: s.files.size }])), null, 1))
else for (const [g, s] of rows) console.log(`${s.verdict.padEnd(9)} ${String(s.files.size).padStart(4)}  ${g}  (${[...s.files][0]})`)
