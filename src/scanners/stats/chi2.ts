/**
 * Chi-square test of homogeneity on a 2 x K table (reference counts vs dataset counts per
 * category), as scipy.stats.chi2_contingency computes it with its defaults: expected counts from the
 * margins, Yates' continuity correction when there is one degree of freedom, p-value from the
 * chi-square survival function (regularised upper incomplete gamma).
 */
import { chi2Sf } from './special.js'

export interface Chi2Result {
  statistic: number
  pvalue: number
  dof: number
  /** Expected count per category for the dataset row. */
  expected: number[]
}

/** `observed` is rows x columns; every row and column must have a positive total (drop empty categories first). */
export function chi2Contingency(observed: number[][], correction = true): Chi2Result {
  const r = observed.length
  const c = observed[0]?.length ?? 0
  if (r < 2 || c < 1) throw new RangeError('chi2_contingency needs at least 2 rows and 1 column')
  const rowSums = observed.map((row) => row.reduce((s, v) => s + v, 0))
  const colSums = Array.from({ length: c }, (_, j) => observed.reduce((s, row) => s + row[j], 0))
  const total = rowSums.reduce((s, v) => s + v, 0)
  if (rowSums.some((v) => v <= 0) || colSums.some((v) => v <= 0)) throw new RangeError('chi2_contingency: a row or column sums to zero')
  const dof = (r - 1) * (c - 1)
  const expected = observed.map((_, i) => colSums.map((cs) => (rowSums[i] * cs) / total))
  if (dof === 0) return { statistic: 0, pvalue: 1, dof, expected: expected[r - 1] }
  let stat = 0
  for (let i = 0; i < r; i++) {
    for (let j = 0; j < c; j++) {
      let o = observed[i][j]
      const e = expected[i][j]
      if (dof === 1 && correction) {
        const diff = e - o
        const direction = Math.sign(diff)
        o = o + Math.min(0.5, Math.abs(diff)) * direction
      }
      stat += ((o - e) * (o - e)) / e
    }
  }
  return { statistic: stat, pvalue: chi2Sf(stat, dof), dof, expected: expected[r - 1] }
}
