/**
 * npm run demo: scans examples/demo-project with the bundled CLI (dist/cli/index.js), prints the
 * table and writes report.json and summary.md to demo-output/.
 * Generated demo inputs (model files...) are made by scripts/demo/*.ts before the scan, when present.
 */
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { renderSummary } from '../src/report/summary.js'
import { renderText } from '../src/report/text.js'
import type { Report } from '../src/engine/types.js'

const root = path.resolve(import.meta.dirname, '..')
const demo = path.join(root, 'examples', 'demo-project')
const out = path.join(root, 'demo-output')
mkdirSync(out, { recursive: true })

const prepDir = path.join(root, 'scripts', 'demo')
if (existsSync(prepDir)) {
  for (const f of readdirSync(prepDir).filter((f) => f.endsWith('.ts')).sort()) {
    const mod = await import(path.join(prepDir, f))
    if (typeof mod.prepare === 'function') await mod.prepare(demo)
  }
}

const cli = path.join(root, 'dist', 'cli', 'index.js')
const reportPath = path.join(out, 'report.json')
console.error(`Scanning ${path.relative(root, demo)} with ${path.relative(root, cli)} ...`)
const r = spawnSync(process.execPath, [cli, 'run', '--workspace', demo, '--format', 'json', '--output', reportPath], { stdio: ['ignore', 'inherit', 'inherit'] })
if (!existsSync(reportPath)) {
  console.error(`The CLI wrote no report (exit ${r.status}).`)
  process.exit(2)
}
const report = JSON.parse(readFileSync(reportPath, 'utf8')) as Report
writeFileSync(path.join(out, 'summary.md'), renderSummary(report))
process.stdout.write('\n' + renderText(report, Boolean(process.stdout.isTTY) && !process.env.NO_COLOR))
const signatures = report.gates.flatMap((g) => g.checks ?? []).filter((c) => c.name === 'signature')
if (signatures.length) {
  console.log('\nModel signatures (gates.models.signatures):')
  for (const c of signatures) {
    const d = c.details as { status: string; method: string | null; format?: string; signer: string | null; problems: { message: string }[] }
    console.log(`  ${c.target}: ${d.status}${d.method ? ` (${d.format ?? 'oms'}, ${d.method}${d.signer ? `, ${d.signer}` : ''})` : ''}`)
    for (const p of d.problems.slice(0, 3)) console.log(`    ${p.message}`)
  }
}
// The AI bill of materials from the same report (docs/bom.md).
const bomPath = path.join(out, 'bom.cdx.json')
const b = spawnSync(process.execPath, [cli, 'bom', '--workspace', demo, '--report', reportPath, '--output', bomPath], { stdio: ['ignore', 'inherit', 'inherit'] })
if (b.status !== 0) console.error(`The CLI wrote no AI-BOM (exit ${b.status}).`)
console.log(`\nWrote ${path.relative(root, reportPath)}, ${path.relative(root, path.join(out, 'summary.md'))}${b.status === 0 ? ` and ${path.relative(root, bomPath)}` : ''} (CLI exit code ${r.status}: 0 pass, 1 fail, 2 error).`)
console.log('The demo project is unsafe on purpose, so a FAIL verdict is the expected result.')
