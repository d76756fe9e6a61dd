/**
 * Outliers and drift for one dataset column, with the defaults the docs explain:
 *
 * Outliers (numeric columns): Tukey fences Q1 - k*IQR, Q3 + k*IQR with k = 3 (Tukey's "far out"; a normal sample has 2 values in a million beyond them) (or the robust z-score
 * |0.6745 (x - median) / MAD| > 3.5), computed from the dataset itself by default ("is this row unlike
 * the rest of its batch?") or from the reference. A column fails when more than max-fraction (1%) of
 * its values are outside; the finding lists the rows.
 *
 * Drift (against the reference): numeric columns by the two-sample Kolmogorov-Smirnov test (scipy's
 * ks_2samp) and a mean-shift z-test, z = (mean - mean_ref) / (sd_ref * sqrt(1/n + 1/m)), which asks
 * whether the dataset's mean is plausible for a sample of the reference distribution; KS sees the
 * shape of a large sample, the mean-shift test sees one far value in a small one. Categorical columns
 * by chi-square (2 x K contingency, scipy's chi2_contingency) and PSI. Rows already reported by a
 * failing outlier check are left out of the drift tests of that column (one bad row, one finding);
 * when the outlier check passes, every row counts. When a test fails, the rows that move it are
 * found by taking out, one at a time, the values farthest from the reference median (at most 5): if
 * the test then passes, those rows are reported; otherwise the shift is spread over the dataset.
 */
import { chi2Contingency, iqrFences, sortFloat64, ks2sampSorted, meanStd, medianSorted, normalTwoSided, psi, robustScale, robustZ } from '../../scanners/stats/index.js'
import type { CategoricalColumn, NumericColumn } from './collect.js'

export interface OutlierSettings {
  method: 'iqr' | 'mad'
  k: number
  z: number
  maxFraction: number
  against: 'dataset' | 'reference'
}

export interface OutlierResult {
  method: 'iqr' | 'mad'
  against: 'dataset' | 'reference'
  n: number
  count: number
  fraction: number
  maxFraction: number
  fail: boolean
  bounds: Record<string, number | string>
  /** Row numbers and values of every outlier, in row order. */
  rows: number[]
  values: number[]
  /** The rule itself: whether a value is an outlier (the rows above are exactly the column's values it holds for). */
  isOutlier: (x: number) => boolean
}

export function sortedOf(values: Float64Array): Float64Array {
  return sortFloat64(Float64Array.from(values))
}

export function findOutliers(col: NumericColumn, basisSorted: Float64Array, s: OutlierSettings): OutlierResult {
  const values = col.view()
  const rows: number[] = []
  const vals: number[] = []
  let bounds: Record<string, number | string>
  let isOut: (x: number) => boolean
  if (s.method === 'iqr') {
    const f = iqrFences(basisSorted, s.k)
    bounds = { q1: f.q1, q3: f.q3, iqr: f.iqr, k: s.k, lower: f.lower, upper: f.upper }
    isOut = (x) => x < f.lower || x > f.upper
  } else {
    const rs = robustScale(basisSorted)
    bounds = { median: rs.median, mad: rs.mad, scale: rs.scale, z: s.z, scaleFrom: rs.fallback }
    isOut = (x) => Math.abs(robustZ(x, rs)) > s.z
  }
  for (let i = 0; i < values.length; i++) {
    if (isOut(values[i])) {
      rows.push(col.rows[i])
      vals.push(values[i])
    }
  }
  const fraction = values.length ? rows.length / values.length : 0
  return { method: s.method, against: s.against, n: values.length, count: rows.length, fraction, maxFraction: s.maxFraction, fail: fraction > s.maxFraction, bounds, rows, values: vals, isOutlier: isOut }
}

export interface TestResult {
  test: 'ks' | 'mean-shift' | 'chi-square' | 'psi'
  statistic: number
  pvalue: number | null
  threshold: { pValue?: number; psi?: number }
  n: number
  m: number
  fail: boolean
  details: Record<string, unknown>
  /** Rows that move the result (when a few do). */
  movedBy?: number[]
  /** Said when the shift is not due to a few rows. */
  spread?: boolean
}

const MAX_ATTRIBUTION = 5

function meanShift(sample: Float64Array, ref: { mean: number; std: number; n: number }): { z: number; p: number; mean: number } {
  const ms = meanStd(sample)
  const se = ref.std * Math.sqrt(1 / sample.length + 1 / ref.n)
  let z: number
  if (se > 0) z = (ms.mean - ref.mean) / se
  else z = ms.mean === ref.mean ? 0 : ms.mean > ref.mean ? Infinity : -Infinity
  return { z, p: normalTwoSided(z), mean: ms.mean }
}

/** Numeric drift tests of one column. `sample` and `rows` exclude reported outliers; `refSorted` is the reference column, sorted. */
export function numericDrift(sample: Float64Array, rows: Int32Array, refSorted: Float64Array, tests: Array<'ks' | 'mean-shift'>, pValue: number, presorted?: Float64Array): TestResult[] {
  const out: TestResult[] = []
  const n = sample.length
  const m = refSorted.length
  const sorted = presorted ?? sortedOf(sample)
  const ref = meanStd(refSorted)
  const refMedian = medianSorted(refSorted)
  // Candidate rows for attribution: the values farthest from the reference median.
  let orderCache: number[] | null = null
  const topFarthest = (): number[] => {
    if (orderCache) return orderCache
    // One pass keeping the MAX_ATTRIBUTION farthest values (no full sort of a large column), by
    // distance, farthest first; of equal distances the earlier row first.
    const top: number[] = []
    const topDist: number[] = []
    for (let i = 0; i < n; i++) {
      const d = Math.abs(sample[i] - refMedian)
      if (top.length === MAX_ATTRIBUTION) {
        if (!(d > topDist[MAX_ATTRIBUTION - 1])) continue
        top.pop()
        topDist.pop()
      }
      let j = top.length
      while (j > 0 && topDist[j - 1] < d) j--
      top.splice(j, 0, i)
      topDist.splice(j, 0, d)
    }
    return (orderCache = top)
  }
  /** The sample without its k values farthest from the reference median, in sample order. */
  const without = (k: number): Float64Array => {
    const drop = [...new Set(topFarthest().slice(0, k))].sort((a, b) => a - b)
    const rest = new Float64Array(n - drop.length)
    let j = 0
    let from = 0
    for (const i of drop) {
      rest.set(sample.subarray(from, i), j)
      j += i - from
      from = i + 1
    }
    rest.set(sample.subarray(from), j)
    return rest
  }
  /** `stillFails(k)`: whether the test still fails without the k farthest values. */
  const attribute = (stillFails: (k: number) => boolean): { movedBy?: number[]; spread?: boolean } => {
    for (let k = 1; k <= Math.min(MAX_ATTRIBUTION, n - 1); k++) {
      if (!stillFails(k)) return { movedBy: topFarthest().slice(0, k).map((i) => rows[i]).sort((a, b) => a - b) }
    }
    return { spread: true }
  }
  for (const test of tests) {
    if (test === 'ks') {
      const r = ks2sampSorted(sorted, refSorted)
      const fail = r.pvalue < pValue
      const res: TestResult = { test, statistic: r.statistic, pvalue: r.pvalue, threshold: { pValue }, n, m, fail, details: { method: r.method, location: r.location } }
      if (fail) {
        // The values farthest from the reference median sit at the two ends of the sorted sample:
        // dropping k of them is a subarray, no re-sort.
        const trimmed = (k: number): Float64Array => {
          let lo = 0
          let hi = n
          for (let t = 0; t < k; t++) {
            if (Math.abs(sorted[hi - 1] - refMedian) >= Math.abs(sorted[lo] - refMedian)) hi--
            else lo++
          }
          return sorted.subarray(lo, hi)
        }
        Object.assign(res, attribute((k) => ks2sampSorted(trimmed(k), refSorted).pvalue < pValue))
      }
      out.push(res)
    } else {
      if (m < 2) {
        out.push({ test, statistic: Number.NaN, pvalue: null, threshold: { pValue }, n, m, fail: false, details: { error: 'the reference needs at least 2 values for a standard deviation' } })
        continue
      }
      const r = meanShift(sample, ref)
      const fail = r.p < pValue
      const res: TestResult = { test, statistic: r.z, pvalue: r.p, threshold: { pValue }, n, m, fail, details: { mean: r.mean, referenceMean: ref.mean, referenceStd: ref.std } }
      if (fail) Object.assign(res, attribute((k) => meanShift(without(k), ref).p < pValue))
      out.push(res)
    }
  }
  return out
}

export function categoricalDrift(cur: CategoricalColumn, ref: CategoricalColumn, tests: Array<'chi-square' | 'psi'>, pValue: number, psiMax: number): TestResult[] {
  const out: TestResult[] = []
  const cats = [...new Set([...ref.counts.keys(), ...cur.counts.keys()])].sort()
  const unseen = cats.filter((c) => !ref.counts.has(c))
  for (const test of tests) {
    if (test === 'chi-square') {
      const table = [cats.map((c) => ref.counts.get(c) ?? 0), cats.map((c) => cur.counts.get(c) ?? 0)]
      const r = chi2Contingency(table)
      out.push({
        test,
        statistic: r.statistic,
        pvalue: r.pvalue,
        threshold: { pValue },
        n: cur.n,
        m: ref.n,
        fail: r.pvalue < pValue,
        details: { dof: r.dof, categories: cats.length, unseenCategories: unseen.slice(0, 20) }
      })
    } else {
      const r = psi(ref.counts, cur.counts)
      out.push({
        test,
        statistic: r.psi,
        pvalue: null,
        threshold: { psi: psiMax },
        n: cur.n,
        m: ref.n,
        fail: r.psi > psiMax,
        details: { top: r.contributions.slice(0, 5), unseenCategories: unseen.slice(0, 20) }
      })
    }
  }
  return out
}
