/**
 * Two-sample Kolmogorov-Smirnov test, two-sided, reproducing scipy.stats.ks_2samp (scipy 1.10)
 * with method="auto":
 *
 * - the statistic D = max |F1(x) - F2(x)| over the pooled values (ties handled as searchsorted
 *   side="right" does);
 * - "auto" is exact when max(n1, n2) <= 10000, asymptotic otherwise;
 * - exact: D is snapped to h / lcm(n1, n2); for n1 == n2 the alternating sum of
 *   `_compute_prob_outside_square`, otherwise Hodges' inside method with Viehmann's 1 - p
 *   recursion (`_compute_outer_prob_inside_method`); if that fails numerically (p outside [0, 1])
 *   scipy falls back to asymptotic, and so do we;
 * - asymptotic: kstwo.sf(D, round(n1*n2/(n1+n2))), the exact one-sample Kolmogorov distribution at
 *   the effective sample size (see kolmogorov.ts).
 */
import { kolmognSf } from './kolmogorov.js'
import { sortFloat64 } from './sort.js'

export const MAX_AUTO_N = 10000

export type KsMethod = 'exact' | 'asymp'

export interface KsResult {
  statistic: number
  pvalue: number
  /** The method actually used (after scipy's auto rule and fallback). */
  method: KsMethod
  n1: number
  n2: number
  /** The value at which the ECDFs differ most, and the sign of F1 - F2 there. */
  location: number
  sign: 1 | -1
}

function gcd(a: number, b: number): number {
  while (b) [a, b] = [b, a % b]
  return a
}

/** numpy.round: half to even. */
function roundHalfEven(x: number): number {
  const r = Math.round(x)
  return Math.abs(x % 1) === 0.5 && r % 2 !== 0 ? r - 1 : r
}

/** Pr(D_{n,n} >= h/n), scipy `_compute_prob_outside_square`. */
export function probOutsideSquare(n: number, h: number): number {
  let P = 0
  let k = Math.floor(n / h)
  while (k >= 0) {
    let p1 = 1
    for (let j = 0; j < h; j++) p1 = ((n - k * h - j) * p1) / (n + k * h + j + 1)
    P = p1 * (1 - P)
    k -= 1
  }
  return 2 * P
}

/** Proportion of lattice paths not staying strictly inside |x/m - y/n| < h/lcm: scipy `_compute_outer_prob_inside_method`. */
export function outerProbInsideMethod(m0: number, n0: number, g: number, h: number): number {
  let m = m0
  let n = n0
  if (m < n) [m, n] = [n, m]
  const mg = Math.floor(m / g)
  const ng = Math.floor(n / g)
  let minj = 0
  let maxj = Math.min(Math.ceil(h / mg), n + 1)
  let curlen = maxj - minj
  const lenA = Math.min(2 * maxj + 2, n + 1)
  const A = new Float64Array(lenA).fill(1)
  for (let j = minj; j < maxj; j++) A[j] = 0
  for (let i = 1; i <= m; i++) {
    const lastminj = minj
    const lastlen = curlen
    minj = Math.max(Math.floor((ng * i - h) / mg) + 1, 0)
    minj = Math.min(minj, n)
    maxj = Math.min(Math.ceil((ng * i + h) / mg), n + 1)
    if (maxj <= minj) return 1
    let val = minj === 0 ? 0 : 1
    for (let jj = 0; jj < maxj - minj; jj++) {
      const j = jj + minj
      val = (A[jj + minj - lastminj] * i + val * j) / (i + j)
      A[jj] = val
    }
    curlen = maxj - minj
    if (lastlen > curlen) {
      for (let t = maxj - minj; t < maxj - minj + (lastlen - curlen) && t < lenA; t++) A[t] = 1
    }
  }
  return A[maxj - minj - 1]
}

function sortedCopy(x: ArrayLike<number>): Float64Array {
  return sortFloat64(Float64Array.from(x as ArrayLike<number>))
}

/**
 * The two-sided statistic over two sorted samples, as scipy computes it (cdf differences evaluated
 * at every pooled value, first maximum wins). Exposed for tests and attribution.
 */
export function ksStatisticSorted(a: Float64Array, b: Float64Array): { d: number; location: number; sign: 1 | -1 } {
  const n1 = a.length
  const n2 = b.length
  let maxS = -Infinity
  let minS = Infinity
  let locMax = Number.NaN
  let locMin = Number.NaN
  // Walk the distinct pooled values in order; at value v, cdf1 = #(a <= v)/n1, cdf2 = #(b <= v)/n2.
  let i = 0
  let j = 0
  while (i < n1 || j < n2) {
    const v = j >= n2 || (i < n1 && a[i] <= b[j]) ? a[i] : b[j]
    while (i < n1 && a[i] <= v) i++
    while (j < n2 && b[j] <= v) j++
    const diff = i / n1 - j / n2
    if (diff > maxS) {
      maxS = diff
      locMax = v
    }
    if (diff < minS) {
      minS = diff
      locMin = v
    }
  }
  const negMin = Math.min(Math.max(-minS, 0), 1)
  if (negMin > maxS) return { d: negMin, location: locMin, sign: -1 }
  return { d: maxS, location: locMax, sign: 1 }
}

export function ks2sampSorted(a: Float64Array, b: Float64Array, method: 'auto' | KsMethod = 'auto'): KsResult {
  const n1 = a.length
  const n2 = b.length
  if (n1 === 0 || n2 === 0) throw new RangeError('ks_2samp needs two non-empty samples')
  const stat = ksStatisticSorted(a, b)
  let d = stat.d
  let mode: KsMethod = method === 'auto' ? (Math.max(n1, n2) <= MAX_AUTO_N ? 'exact' : 'asymp') : method
  if (mode === 'exact' && Math.floor(n1 / gcd(n1, n2)) >= 2147483647 / Math.floor(n2 / gcd(n1, n2))) mode = 'asymp'
  let prob = Number.NaN
  if (mode === 'exact') {
    const g = gcd(n1, n2)
    const lcm = Math.floor(n1 / g) * n2
    const h = roundHalfEven(d * lcm)
    d = h / lcm
    if (h === 0) prob = 1
    else prob = n1 === n2 ? probOutsideSquare(n1, h) : outerProbInsideMethod(n1, n2, g, h)
    if (!(prob >= 0 && prob <= 1)) mode = 'asymp'
  }
  if (mode === 'asymp') {
    const [m, n] = n1 >= n2 ? [n1, n2] : [n2, n1]
    const en = (m * n) / (m + n)
    prob = kolmognSf(roundHalfEven(en), d)
  }
  prob = Math.min(Math.max(prob, 0), 1)
  return { statistic: d, pvalue: prob, method: mode, n1, n2, location: stat.location, sign: stat.sign }
}

/** scipy.stats.ks_2samp(x, y) (two-sided). NaN values must be removed by the caller. */
export function ks2samp(x: ArrayLike<number>, y: ArrayLike<number>, method: 'auto' | KsMethod = 'auto'): KsResult {
  return ks2sampSorted(sortedCopy(x), sortedCopy(y), method)
}
