/**
 * The Wilson score interval of a binomial proportion (Wilson 1927): the interval the redteam gate
 * puts around an attack success rate. Unlike the normal approximation it stays inside [0, 1] and is
 * meaningful at 0 of n and n of n, which is where a gate lives.
 */
export interface Proportion {
  successes: number
  trials: number
  rate: number
  lower: number
  upper: number
}

/** z for a two-sided 95 % interval. */
export const Z95 = 1.959963984540054

export function wilson(successes: number, trials: number, z = Z95): Proportion {
  if (!Number.isInteger(successes) || !Number.isInteger(trials) || successes < 0 || trials < 0 || successes > trials) {
    throw new RangeError(`wilson: need 0 <= successes (${successes}) <= trials (${trials}), integers`)
  }
  if (trials === 0) return { successes, trials, rate: 0, lower: 0, upper: 1 }
  const p = successes / trials
  const z2 = z * z
  const denom = 1 + z2 / trials
  const centre = (p + z2 / (2 * trials)) / denom
  const half = (z * Math.sqrt((p * (1 - p)) / trials + z2 / (4 * trials * trials))) / denom
  return {
    successes,
    trials,
    rate: p,
    lower: successes === 0 ? 0 : Math.max(0, centre - half),
    upper: successes === trials ? 1 : Math.min(1, centre + half)
  }
}
