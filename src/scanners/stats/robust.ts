/**
 * Order statistics and robust outlier rules.
 *
 * - quantile: linear interpolation between order statistics (numpy's default, pandas' quantile).
 * - IQR fences (Tukey): [Q1 - k*IQR, Q3 + k*IQR]; k = 1.5 marks "outside", k = 3 "far out".
 * - Robust z-score (Iglewicz & Hoaglin): z = 0.6745 * (x - median) / MAD, outlier when |z| > t
 *   (3.5 recommended). When the MAD is 0 (more than half the values equal), the mean absolute
 *   deviation times 1.253314 (= sqrt(pi/2), its consistency constant for a normal) is used instead;
 *   when that is 0 too the column is constant and any different value is an outlier (z = infinity).
 */
import { sortFloat64 } from './sort.js'

export function quantileSorted(sorted: ArrayLike<number>, q: number): number {
  const n = sorted.length
  if (n === 0) return Number.NaN
  const pos = (n - 1) * q
  const lo = Math.floor(pos)
  const hi = Math.min(lo + 1, n - 1)
  const frac = pos - lo
  return sorted[lo] + (sorted[hi] - sorted[lo]) * frac
}

export const medianSorted = (sorted: ArrayLike<number>): number => quantileSorted(sorted, 0.5)

export interface Fences {
  lower: number
  upper: number
  q1: number
  q3: number
  iqr: number
}

export function iqrFences(sorted: ArrayLike<number>, k: number): Fences {
  const q1 = quantileSorted(sorted, 0.25)
  const q3 = quantileSorted(sorted, 0.75)
  const iqr = q3 - q1
  return { lower: q1 - k * iqr, upper: q3 + k * iqr, q1, q3, iqr }
}

export interface RobustScale {
  median: number
  /** Median absolute deviation (unscaled). */
  mad: number
  /** The scale divided into (x - median): MAD / 0.6745, or the mean-AD fallback. */
  scale: number
  fallback: 'none' | 'mean-absolute-deviation' | 'constant'
}

export function robustScale(sorted: ArrayLike<number>): RobustScale {
  const n = sorted.length
  const median = medianSorted(sorted)
  const dev = new Float64Array(n)
  let sumAbs = 0
  for (let i = 0; i < n; i++) {
    dev[i] = Math.abs(sorted[i] - median)
    sumAbs += dev[i]
  }
  sortFloat64(dev)
  const mad = medianSorted(dev)
  if (mad > 0) return { median, mad, scale: mad / 0.6745, fallback: 'none' }
  const meanAd = n ? sumAbs / n : 0
  if (meanAd > 0) return { median, mad, scale: meanAd * 1.253314, fallback: 'mean-absolute-deviation' }
  return { median, mad, scale: 0, fallback: 'constant' }
}

export function robustZ(x: number, s: RobustScale): number {
  const d = x - s.median
  if (s.scale === 0) return d === 0 ? 0 : d > 0 ? Infinity : -Infinity
  return d / s.scale
}

/** Mean and sample standard deviation (ddof = 1), by Welford's method. */
export function meanStd(values: ArrayLike<number>): { mean: number; std: number; n: number } {
  let mean = 0
  let m2 = 0
  const n = values.length
  for (let i = 0; i < n; i++) {
    const x = values[i]
    const d = x - mean
    mean += d / (i + 1)
    m2 += d * (x - mean)
  }
  return { mean: n ? mean : Number.NaN, std: n > 1 ? Math.sqrt(m2 / (n - 1)) : Number.NaN, n }
}
