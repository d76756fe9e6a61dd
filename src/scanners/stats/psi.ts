/**
 * Population stability index over categories:
 *   PSI = sum_i (a_i - e_i) * ln(a_i / e_i)
 * where e_i is the reference proportion and a_i the dataset proportion of category i. Proportions
 * are floored at `epsilon` (default 1e-4) so that a category absent from one side contributes a large
 * but finite amount instead of infinity. Conventional reading: < 0.1 stable, 0.1-0.25 moderate shift,
 * > 0.25 significant shift.
 */
export interface PsiResult {
  psi: number
  /** Per-category contribution, largest first. */
  contributions: Array<{ category: string; reference: number; dataset: number; contribution: number }>
}

export function psi(reference: Map<string, number>, dataset: Map<string, number>, epsilon = 1e-4): PsiResult {
  const m = [...reference.values()].reduce((s, v) => s + v, 0)
  const n = [...dataset.values()].reduce((s, v) => s + v, 0)
  if (m <= 0 || n <= 0) throw new RangeError('psi needs two non-empty samples')
  const cats = new Set([...reference.keys(), ...dataset.keys()])
  const contributions: PsiResult['contributions'] = []
  let total = 0
  for (const cat of cats) {
    const e = Math.max((reference.get(cat) ?? 0) / m, epsilon)
    const a = Math.max((dataset.get(cat) ?? 0) / n, epsilon)
    const contribution = (a - e) * Math.log(a / e)
    total += contribution
    contributions.push({ category: cat, reference: (reference.get(cat) ?? 0) / m, dataset: (dataset.get(cat) ?? 0) / n, contribution })
  }
  contributions.sort((x, y) => y.contribution - x.contribution)
  return { psi: total, contributions }
}
