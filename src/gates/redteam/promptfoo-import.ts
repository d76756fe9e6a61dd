/**
 * Imports promptfoo results files (`promptfoo eval -o output.json`, or a red-team run's results): each
 * plugin x strategy group becomes a check with its attempts, hits and interval, each result a transcript
 * check, and the counts join the categories, so promptfoo's numbers meet the same thresholds, intervals
 * and baseline as the built-in probes. Results promptfoo could not judge (errors) make the gate `error`.
 */
import type { Check } from '../../engine/types.js'
import { parsePromptfooResults, promptfooCategory, type PromptfooReport } from '../../parsers/promptfoo.js'
import { wilson } from '../../scanners/stats/wilson.js'
import { readImportFile } from './import-file.js'
import type { Category } from './suite.js'
import { clip, type Tally } from './verdict.js'

export async function importPromptfooResults(workspace: string, files: string[], maxChars: number): Promise<{ checks: Check[]; errors: string[]; tallies: Map<Category, Tally>; versions: string[] }> {
  const checks: Check[] = []
  const errors: string[] = []
  const tallies = new Map<Category, Tally>()
  const versions: string[] = []
  for (const rel of files) {
    try {
      const r = parsePromptfooResults(await readImportFile(workspace, rel, 'gates.redteam.promptfoo-results', 'the promptfoo step probably failed or wrote elsewhere (promptfoo eval -o <file>)'), rel)
      if (r.version) versions.push(r.version)
      const failed = addPromptfooReport(r, rel, checks, tallies, maxChars)
      if (failed) errors.push(`gates.redteam.promptfoo-results: ${rel}: ${failed} of ${r.results.length} results are promptfoo errors (not judged; the first: ${r.results.find((x) => x.hit === null)!.reason}); the rates leave them out`)
    } catch (e) {
      const msg = e instanceof Error ? e.message : String(e)
      errors.push(`gates.redteam.promptfoo-results: ${rel}: ${msg}`)
      checks.push({ name: 'promptfoo-results', target: rel, outcome: 'error', details: { reason: msg } })
    }
  }
  return { checks, errors, tallies, versions }
}

/** One file's results as checks (a group per plugin x strategy, then each result); returns the unjudged count. */
export function addPromptfooReport(r: PromptfooReport, label: string, checks: Check[], tallies: Map<Category, Tally>, maxChars: number): number {
  const groups = new Map<string, { category: Category; t: Tally }>()
  for (const x of r.results) {
    const key = `${x.plugin ?? '(no plugin)'} / ${x.strategy ?? '(no strategy)'}`
    const g = groups.get(key) ?? { category: promptfooCategory(x.plugin, x.strategy) as Category, t: { attempts: 0, hits: 0, errors: 0 } }
    if (x.hit === null) g.t.errors++
    else {
      g.t.attempts++
      if (x.hit) g.t.hits++
    }
    groups.set(key, g)
  }
  for (const [key, { category, t }] of groups) {
    const s = wilson(t.hits, t.attempts)
    checks.push({
      name: 'promptfoo-eval',
      target: `${label}: ${key}`,
      outcome: t.attempts === 0 ? 'error' : t.hits ? 'fail' : 'pass',
      details: { category, attempts: t.attempts, hits: t.hits, errors: t.errors, rate: s.rate, lower: s.lower, upper: s.upper, promptfooVersion: r.version }
    })
    const sum = tallies.get(category) ?? { attempts: 0, hits: 0, errors: 0 }
    tallies.set(category, { attempts: sum.attempts + t.attempts, hits: sum.hits + t.hits, errors: sum.errors + t.errors })
  }
  const order = (h: boolean | null) => (h ? 0 : h === null ? 1 : 2)
  for (const x of [...r.results].sort((a, b) => order(a.hit) - order(b.hit))) {
    checks.push({
      name: 'promptfoo-attempt',
      target: `${label}#${x.index}`,
      outcome: x.hit === null ? 'error' : x.hit ? 'fail' : 'pass',
      details: { verdict: x.reason, category: promptfooCategory(x.plugin, x.strategy), plugin: x.plugin, strategy: x.strategy, test: x.description, provider: x.provider, prompt: clip(x.prompt, maxChars), answer: clip(x.output, maxChars) }
    })
  }
  return r.results.filter((x) => x.hit === null).length
}
