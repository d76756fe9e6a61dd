/**
 * Imports garak report.jsonl files: each eval row (probe x detector) becomes a check, and each
 * probe's worst detector row joins its category's tally, so garak's numbers meet the same
 * thresholds, intervals and baseline as the built-in probes.
 */
import type { Check } from '../../engine/types.js'
import { garakCategory, parseGarakReport, type GarakReport } from '../../parsers/garak.js'
import { wilson } from '../../scanners/stats/wilson.js'
import { readImportFile } from './import-file.js'
import type { Category } from './suite.js'
import type { Tally } from './verdict.js'

export async function importGarakReports(workspace: string, files: string[]): Promise<{ checks: Check[]; errors: string[]; tallies: Map<Category, Tally>; versions: string[] }> {
  const checks: Check[] = []
  const errors: string[] = []
  const tallies = new Map<Category, Tally>()
  const versions: string[] = []
  for (const rel of files) {
    try {
      const r = parseGarakReport(await readImportFile(workspace, rel, 'gates.redteam.garak-reports', 'the garak step probably failed or wrote its report elsewhere (see --report_prefix)'), rel)
      if (r.version) versions.push(r.version)
      addGarakReport(r, rel, checks, tallies)
    } catch (e) {
      const msg = e instanceof Error ? e.message : String(e)
      errors.push(`gates.redteam.garak-reports: ${rel}: ${msg}`)
      checks.push({ name: 'garak-report', target: rel, outcome: 'error', details: { reason: msg } })
    }
  }
  return { checks, errors, tallies, versions }
}

/** One report's eval rows as checks, and each probe's worst detector row into its category. */
export function addGarakReport(r: GarakReport, label: string, checks: Check[], tallies: Map<Category, Tally>): void {
  const worst = new Map<string, { fails: number; total: number }>()
  for (const e of r.evals) {
    const s = wilson(e.fails, e.total)
    checks.push({
      name: 'garak-eval',
      target: `${label}: ${e.probe} / ${e.detector}`,
      outcome: e.total === 0 ? 'error' : e.fails ? 'fail' : 'pass',
      details: { category: garakCategory(e.probe), attempts: e.total, hits: e.fails, nones: e.nones, rate: s.rate, lower: s.lower, upper: s.upper, garakVersion: r.version }
    })
    const w = worst.get(e.probe)
    if (!w || e.fails / Math.max(1, e.total) > w.fails / Math.max(1, w.total)) worst.set(e.probe, { fails: e.fails, total: e.total })
  }
  for (const [probe, w] of worst) {
    const cat = garakCategory(probe)
    const t = tallies.get(cat) ?? { attempts: 0, hits: 0, errors: 0 }
    t.attempts += w.total
    t.hits += w.fails
    tallies.set(cat, t)
  }
}
