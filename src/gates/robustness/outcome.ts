/** What each attack reports per example, and the helpers every tabular attack shares. */
import type { FeatureValue, PredictInput } from '../../targets/predict.js'
import type { Column, Example } from './dataset.js'

export type AttackId = 'noise' | 'decision' | 'text' | 'image-noise' | 'image-decision'

export interface ExampleOutcome {
  index: number
  row: number
  line: number | null
  label: string
  /** Prediction on the clean input. */
  clean: string
  /** The input the verdict rests on: the flipping input, else the last one tried (the clean one if none). */
  input: PredictInput
  /** Prediction on `input`. */
  predicted: string
  /** A correct prediction changed within the attack's bound. */
  flipped: boolean
  /** A changed prediction found at any size (the decision attack may find one beyond max-distance). */
  found: boolean
  /** Perturbation size of the flip found (L2 over range-scaled features; edit rate for text), or null. */
  distance: number | null
  /** Requests sent for this example. */
  queries: number
  /** What changed, in words ("age 34 -> 36"). */
  changes: string[]
  /** Set when the example could not be attacked to the end (the verdict then rests on what was done). */
  error?: string
  /** Image attacks: the perturbation found in both measures (pixels scaled to [0, 1] by their range). */
  sizes?: { l2: number; linf: number }
  /** Image attacks: small images (up to PICTURE_PIXELS) as lines of numbers, before and after. */
  pictures?: Record<string, { before: string[]; after: string[] }>
}

export interface AttackRun {
  id: AttackId
  outcomes: ExampleOutcome[]
  /** Why the attack did not run at all (no column it applies to). */
  skipped?: string
  /** The measure `distance` is in. */
  measure: string
}

/** The columns a numeric attack may move. */
export const movable = (columns: Column[]) => columns.filter((c) => !c.frozen && (c.type === 'number' || c.type === 'integer') && c.hi > c.lo)

/** A value moved into its column's range (and rounded for integers). */
export function clampValue(c: Column, v: number): number {
  const r = c.type === 'integer' ? Math.round(v) : v
  return Math.min(c.hi, Math.max(c.lo, r))
}

export const scaled = (c: Column, v: number) => (v - c.lo) / (c.hi - c.lo)

/** L2 distance between two inputs over the movable columns, each scaled to [0, 1] by its range. */
export function l2Scaled(cols: Column[], a: PredictInput, b: PredictInput): number {
  let s = 0
  for (const c of cols) {
    const d = scaled(c, Number(a[c.name])) - scaled(c, Number(b[c.name]))
    s += d * d
  }
  return Math.sqrt(s)
}

const show = (v: FeatureValue) => (typeof v === 'number' ? String(Number(v.toPrecision(6))) : JSON.stringify(v))

/** "age 34 -> 36" for each column that differs. */
export function describeChanges(order: string[], from: PredictInput, to: PredictInput): string[] {
  return order.filter((k) => JSON.stringify(from[k]) !== JSON.stringify(to[k])).map((k) => `${k} ${show(from[k])} -> ${show(to[k])}`)
}

/** What every outcome repeats of its example: where it is, its label and the clean prediction. */
export function exampleFields(e: Example, clean: string): Pick<ExampleOutcome, 'index' | 'row' | 'line' | 'label' | 'clean'> {
  return { index: e.index, row: e.row, line: e.line, label: e.label, clean }
}

/** The outcome of an example whose clean prediction was already wrong: nothing to attack. */
export function alreadyWrong(e: Example, clean: string): ExampleOutcome {
  return { ...exampleFields(e, clean), input: e.input, predicted: clean, flipped: false, found: false, distance: null, queries: 0, changes: [] }
}

/** A deterministic seed for (run seed, attack, example): results do not depend on request order. */
export function exampleSeed(seed: number, attack: AttackId, index: number): number {
  let h = (seed ^ 0x9e3779b9) >>> 0
  for (const ch of `${attack}:${index}`) h = Math.imul(h ^ ch.charCodeAt(0), 0x01000193) >>> 0
  return h
}
