/**
 * Group fairness of a binary classifier from confusion counts, with Fairlearn's definitions
 * (fairlearn.metrics 0.15: MetricFrame, selection_rate, true/false positive/negative rates, and the
 * between-groups difference and ratio):
 *
 *   selection rate = (TP + FP) / n            accuracy = (TP + TN) / n
 *   precision = TP / (TP + FP), 0 when no positive prediction (scikit-learn's zero_division)
 *   recall (TPR) = TP / (TP + FN), FNR = FN / (TP + FN), FPR = FP / (FP + TN); 0 when the true class is absent
 *   difference = max over groups - min over groups; ratio = min / max (NaN when max is 0)
 *   demographic parity: selection rate; equal opportunity: TPR;
 *   equalized odds difference = max(TPR difference, FPR difference);
 *   equalized odds ratio = min(TPR ratio, FPR ratio), taken as Python's min(series) does (NaN TPR ratio wins).
 *
 * Everything is computed from integer counts, so the numbers are exactly Fairlearn's. Bootstrap
 * intervals resample the rows (a multinomial draw over the group x outcome cells, which is the same
 * distribution as drawing n rows with replacement) with a seeded generator.
 */
import { rng } from './rng.js'

export interface Confusion {
  tp: number
  fp: number
  tn: number
  fn: number
}

export interface GroupRates {
  count: number
  selectionRate: number
  accuracy: number
  precision: number
  recall: number
  fpr: number
  fnr: number
}

export const RATE_NAMES = ['selectionRate', 'accuracy', 'precision', 'recall', 'fpr', 'fnr'] as const

const div0 = (a: number, b: number): number => (b === 0 ? 0 : a / b)

export function rates(c: Confusion): GroupRates {
  const n = c.tp + c.fp + c.tn + c.fn
  return {
    count: n,
    selectionRate: (c.tp + c.fp) / n,
    accuracy: (c.tp + c.tn) / n,
    precision: div0(c.tp, c.tp + c.fp),
    recall: div0(c.tp, c.tp + c.fn),
    fpr: div0(c.fp, c.fp + c.tn),
    fnr: div0(c.fn, c.tp + c.fn)
  }
}

export interface Spread {
  difference: number
  ratio: number
  /** Index of the group with the smallest and the largest value. */
  minAt: number
  maxAt: number
}

export function spread(values: readonly number[]): Spread {
  let minAt = 0
  let maxAt = 0
  for (let i = 1; i < values.length; i++) {
    if (values[i] < values[minAt]) minAt = i
    if (values[i] > values[maxAt]) maxAt = i
  }
  const min = values[minAt]
  const max = values[maxAt]
  return { difference: max - min, ratio: min / max, minAt, maxAt }
}

export const SUMMARY_NAMES = [
  'demographic-parity-difference',
  'demographic-parity-ratio',
  'equalized-odds-difference',
  'equalized-odds-ratio',
  'equal-opportunity-difference'
] as const
export type SummaryName = (typeof SUMMARY_NAMES)[number]

export type Summaries = Record<SummaryName, number>

/** The five summaries over groups (at least one). */
export function summaries(groups: readonly GroupRates[]): Summaries {
  const sel = spread(groups.map((g) => g.selectionRate))
  const tpr = spread(groups.map((g) => g.recall))
  const fpr = spread(groups.map((g) => g.fpr))
  return {
    'demographic-parity-difference': sel.difference,
    'demographic-parity-ratio': sel.ratio,
    'equalized-odds-difference': Math.max(tpr.difference, fpr.difference),
    'equalized-odds-ratio': pyMin(tpr.ratio, fpr.ratio),
    'equal-opportunity-difference': tpr.difference
  }
}

/** Python's min(a, b): b only when b < a (so a NaN first argument stays). */
function pyMin(a: number, b: number): number {
  return b < a ? b : a
}

/** Expected calibration error over equal-width bins: sum of (n_b / n) |fraction positive_b - mean score_b|. */
export interface CalibrationBins {
  count: Float64Array
  sumScore: Float64Array
  positives: Float64Array
}

export function newBins(bins: number): CalibrationBins {
  return { count: new Float64Array(bins), sumScore: new Float64Array(bins), positives: new Float64Array(bins) }
}

export function binOf(score: number, bins: number): number {
  return Math.min(bins - 1, Math.floor(score * bins))
}

export function ece(b: CalibrationBins): number {
  let n = 0
  for (let i = 0; i < b.count.length; i++) n += b.count[i]
  if (n === 0) return NaN
  let e = 0
  for (let i = 0; i < b.count.length; i++) {
    const c = b.count[i]
    if (c === 0) continue
    e += (c / n) * Math.abs(b.positives[i] / c - b.sumScore[i] / c)
  }
  return e
}

// ---- seeded randomness for the bootstrap: ./rng.ts (re-exported for existing callers) ----
export { rng }

/** log(k!) via a table below 1024 and Stirling's series above. */
const LF = (() => {
  const t = new Float64Array(1024)
  for (let i = 2; i < 1024; i++) t[i] = t[i - 1] + Math.log(i)
  return t
})()
function logFactorial(k: number): number {
  if (k < 1024) return LF[k]
  const x = k + 1
  return (x - 0.5) * Math.log(x) - x + 0.5 * Math.log(2 * Math.PI) + 1 / (12 * x) - 1 / (360 * x ** 3)
}

/** One Binomial(n, p) draw: inversion for small n*p, Hörmann's BTRS (transformed rejection) otherwise. */
export function binomial(n: number, p: number, u: () => number): number {
  if (n <= 0 || p <= 0) return 0
  if (p >= 1) return n
  if (p > 0.5) return n - binomial(n, 1 - p, u)
  if (n * p < 10) {
    // Inversion by sequential search.
    const q = 1 - p
    const s = p / q
    let f = Math.pow(q, n)
    let r = u()
    let k = 0
    for (;;) {
      if (r < f) return k
      r -= f
      if (k >= n) return n
      f *= (s * (n - k)) / (k + 1)
      k++
      if (f === 0) return k
    }
  }
  const spq = Math.sqrt(n * p * (1 - p))
  const b = 1.15 + 2.53 * spq
  const a = -0.0873 + 0.0248 * b + 0.01 * p
  const c = n * p + 0.5
  const vr = 0.92 - 4.2 / b
  const alpha = (2.83 + 5.1 / b) * spq
  const lpq = Math.log(p / (1 - p))
  const m = Math.floor((n + 1) * p)
  const h = logFactorial(m) + logFactorial(n - m)
  for (;;) {
    const uu = u() - 0.5
    const v = u()
    const us = 0.5 - Math.abs(uu)
    const k = Math.floor(((2 * a) / us + b) * uu + c)
    if (k < 0 || k > n) continue
    if (us >= 0.07 && v <= vr) return k
    const lv = Math.log((v * alpha) / (a / (us * us) + b))
    if (lv <= h - logFactorial(k) - logFactorial(n - k) + (k - m) * lpq) return k
  }
}

/** A multinomial draw of n over the given cell counts (probabilities counts / total), into out. */
export function multinomial(n: number, counts: ArrayLike<number>, total: number, u: () => number, out: Float64Array): void {
  let left = n
  let mass = total
  for (let i = 0; i < counts.length; i++) {
    const c = counts[i]
    if (left === 0 || c === 0) {
      out[i] = 0
    } else if (c >= mass) {
      out[i] = left
      left = 0
    } else {
      const k = binomial(left, c / mass, u)
      out[i] = k
      left -= k
    }
    mass -= c
  }
}

/** Percentile interval of finite values (NaN results are dropped; null when none are left). */
export function percentileInterval(values: number[], confidence: number): [number, number] | null {
  const v = values.filter((x) => Number.isFinite(x)).sort((a, b) => a - b)
  if (!v.length) return null
  const q = (p: number): number => {
    const pos = p * (v.length - 1)
    const lo = Math.floor(pos)
    const hi = Math.ceil(pos)
    return v[lo] + (v[hi] - v[lo]) * (pos - lo)
  }
  const tail = (1 - confidence) / 2
  return [q(tail), q(1 - tail)]
}

/**
 * Bootstrap intervals of the summaries over groups given as confusion counts: each resample draws
 * the n rows again (multinomial over the 4 cells of every group); a group that gets no row in a
 * resample is left out of that resample.
 */
export function bootstrapSummaries(groups: readonly Confusion[], samples: number, confidence: number, seed: number): Record<SummaryName, [number, number] | null> {
  const u = rng(seed)
  const k = groups.length
  const cells = new Float64Array(4 * k)
  groups.forEach((g, i) => {
    cells[4 * i] = g.tp
    cells[4 * i + 1] = g.fp
    cells[4 * i + 2] = g.tn
    cells[4 * i + 3] = g.fn
  })
  let total = 0
  for (const c of cells) total += c
  const draws: Record<SummaryName, number[]> = Object.fromEntries(SUMMARY_NAMES.map((s) => [s, [] as number[]])) as Record<SummaryName, number[]>
  const out = new Float64Array(4 * k)
  for (let s = 0; s < samples; s++) {
    multinomial(total, cells, total, u, out)
    const rs: GroupRates[] = []
    for (let i = 0; i < k; i++) {
      const c = { tp: out[4 * i], fp: out[4 * i + 1], tn: out[4 * i + 2], fn: out[4 * i + 3] }
      if (c.tp + c.fp + c.tn + c.fn > 0) rs.push(rates(c))
    }
    if (!rs.length) continue
    const sm = summaries(rs)
    for (const name of SUMMARY_NAMES) draws[name].push(sm[name])
  }
  return Object.fromEntries(SUMMARY_NAMES.map((n) => [n, percentileInterval(draws[n], confidence)])) as Record<SummaryName, [number, number] | null>
}
