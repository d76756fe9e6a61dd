/** Turns attack runs into the numbers, checks, findings and table of the report. */
import type { Check, FindingInput, SummaryTable } from '../../engine/types.js'
import { medianSorted } from '../../scanners/stats/index.js'
import type { RobustnessConfig } from './config.js'
import type { AttackRun, ExampleOutcome } from './outcome.js'

export interface AttackStats {
  attack: string
  examples: number
  /** Examples the attack was run on to the end. */
  completed: number
  cleanCorrect: number
  cleanAccuracy: number
  robustAccuracy: number
  drop: number
  /** Flipped / clean-correct. */
  successRate: number
  /** Changed predictions found at any size (the decision attack). */
  found: number
  queries: number
  medianQueries: number | null
  medianDistance: number | null
  failed: boolean
  reasons: string[]
}

const median = (xs: number[]) => (xs.length ? medianSorted(Float64Array.from(xs).sort()) : null)
export const pct = (x: number) => `${(100 * x).toFixed(1)} %`
const round = (x: number | null) => (x === null ? null : Number(x.toPrecision(6)))
const roundSizes = (s: { l2: number; linf: number }) => ({ l2: round(s.l2), linf: round(s.linf) })

/** Characters of JSON of the inputs kept per attack in the report. */
export const INPUT_CHARS = 4_000_000
/** A flipped example's input larger than this (a large image) is left to the attack's inputs. */
const FLIP_INPUT_CHARS = 20_000

export function attackStats(run: AttackRun, examples: number, cfg: RobustnessConfig): AttackStats {
  const o = run.outcomes
  const n = o.length
  const cleanCorrect = o.filter((x) => x.clean === x.label).length
  const robust = o.filter((x) => x.clean === x.label && !x.flipped).length
  const flipped = o.filter((x) => x.flipped).length
  const attacked = o.filter((x) => x.clean === x.label)
  const cleanAccuracy = n ? cleanCorrect / n : 0
  const robustAccuracy = n ? robust / n : 0
  const drop = cleanAccuracy - robustAccuracy
  const reasons: string[] = []
  if (n && drop > cfg['max-accuracy-drop'] + 1e-12) reasons.push(`accuracy fell by ${pct(drop)} (from ${pct(cleanAccuracy)} to ${pct(robustAccuracy)}), more than max-accuracy-drop ${pct(cfg['max-accuracy-drop'])}`)
  const min = cfg['min-robust-accuracy']
  if (n && min !== undefined && robustAccuracy < min - 1e-12) reasons.push(`accuracy under attack ${pct(robustAccuracy)} is below min-robust-accuracy ${pct(min)}`)
  return {
    attack: run.id,
    examples,
    completed: n,
    cleanCorrect,
    cleanAccuracy,
    robustAccuracy,
    drop,
    successRate: cleanCorrect ? flipped / cleanCorrect : 0,
    found: o.filter((x) => x.found).length,
    queries: o.reduce((s, x) => s + x.queries, 0),
    medianQueries: median(attacked.map((x) => x.queries)),
    medianDistance: median(o.filter((x) => x.found && x.distance !== null).map((x) => x.distance!)),
    failed: reasons.length > 0,
    reasons
  }
}

export function attackCheck(run: AttackRun, s: AttackStats, cfg: RobustnessConfig): Check {
  // Up to report-inputs of them, and at most INPUT_CHARS of JSON (large images cut the list sooner).
  let chars = 0
  const kept = run.outcomes.slice(0, cfg['report-inputs']).filter((x, i) => {
    chars += JSON.stringify(x.input).length
    return i === 0 || chars <= INPUT_CHARS
  })
  const inputs = kept
    .map((x) => ({ row: x.row, label: x.label, clean: x.clean, predicted: x.predicted, flipped: x.flipped, distance: round(x.distance), ...(x.sizes ? { sizes: roundSizes(x.sizes) } : {}), queries: x.queries, input: x.input }))
  const sized = run.outcomes.filter((x) => x.found && x.sizes)
  return {
    name: 'robustness-attack',
    target: run.id,
    outcome: s.completed < s.examples ? 'error' : s.failed ? 'fail' : 'pass',
    details: {
      examples: s.examples,
      completed: s.completed,
      cleanAccuracy: s.cleanAccuracy,
      robustAccuracy: s.robustAccuracy,
      accuracyDrop: s.drop,
      successRate: s.successRate,
      flipsFoundAnySize: s.found,
      queries: s.queries,
      medianQueries: s.medianQueries,
      medianPerturbation: round(s.medianDistance),
      perturbationMeasure: run.measure,
      ...(sized.length ? { medianL2: round(median(sized.map((x) => x.sizes!.l2))), medianLinf: round(median(sized.map((x) => x.sizes!.linf))) } : {}),
      maxAccuracyDrop: cfg['max-accuracy-drop'],
      minRobustAccuracy: cfg['min-robust-accuracy'] ?? null,
      reasons: s.reasons,
      inputs,
      inputsCut: run.outcomes.length > inputs.length ? run.outcomes.length - inputs.length : 0
    }
  }
}

/** The flipped examples worth showing: smallest perturbation first. */
export function flipChecks(run: AttackRun, max: number): Check[] {
  const flips = run.outcomes.filter((x) => x.flipped).sort((a, b) => (a.distance ?? 0) - (b.distance ?? 0))
  return flips.slice(0, max).map((x: ExampleOutcome) => ({
    name: 'robustness-flip',
    target: `${run.id} row ${x.row}`,
    outcome: 'fail',
    details: {
      attack: run.id,
      row: x.row,
      line: x.line,
      label: x.label,
      clean: x.clean,
      predicted: x.predicted,
      perturbation: round(x.distance),
      ...(x.sizes ? { sizes: roundSizes(x.sizes) } : {}),
      queries: x.queries,
      changes: x.changes,
      ...(x.pictures ? { pictures: x.pictures } : {}),
      ...inputOrNote(x)
    }
  }))
}

function inputOrNote(x: ExampleOutcome): { input: ExampleOutcome['input'] } | { inputOmitted: string } {
  const n = JSON.stringify(x.input).length
  return n <= FLIP_INPUT_CHARS ? { input: x.input } : { inputOmitted: `${n} characters of JSON: see the inputs of the robustness-attack check` }
}

export function attackFinding(run: AttackRun, s: AttackStats, where: string): FindingInput {
  const example = run.outcomes.filter((x) => x.flipped).sort((a, b) => (a.distance ?? 0) - (b.distance ?? 0))[0]
  return {
    ruleId: `robustness/${run.id}`,
    severity: 'high',
    title: `${run.id} attack: accuracy ${pct(s.cleanAccuracy)} -> ${pct(s.robustAccuracy)}`,
    message: `Under the ${run.id} attack ${s.reasons.join('; ')}; ${Math.round(s.successRate * s.cleanCorrect)} of ${s.cleanCorrect} correct predictions flipped${
      example ? `. Example: row ${example.row}, ${example.label} -> ${example.predicted} after ${example.changes.slice(0, 4).join(', ') || 'the edit'}` : ''
    }`,
    location: { path: where, startLine: null },
    fingerprintKey: `robustness/${run.id}`,
    help: { text: 'The model changes its answer under small changes of its input. See docs/gates/robustness.md for what each attack does and how to make the model more robust.' },
    properties: { attack: run.id, cleanAccuracy: s.cleanAccuracy, robustAccuracy: s.robustAccuracy, accuracyDrop: s.drop, successRate: s.successRate, medianPerturbation: s.medianDistance }
  }
}

export function attackTable(stats: AttackStats[]): SummaryTable {
  return {
    title: 'Accuracy under attack',
    columns: ['attack', 'examples', 'clean accuracy', 'accuracy under attack', 'drop', 'success rate', 'median perturbation', 'queries (median per example)'],
    rows: stats.map((s) => [
      s.attack,
      s.completed < s.examples ? `${s.completed} of ${s.examples}` : String(s.examples),
      pct(s.cleanAccuracy),
      pct(s.robustAccuracy),
      pct(s.drop),
      pct(s.successRate),
      s.medianDistance === null ? '-' : s.medianDistance.toPrecision(3),
      `${s.queries} (${s.medianQueries ?? '-'})`
    ])
  }
}
