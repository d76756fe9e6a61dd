/**
 * The decision-based minimal-perturbation attack: HopSkipJump (Chen, Jordan and Wainwright 2020),
 * L2, untargeted, which only needs the predicted label, in the family of the Boundary Attack
 * (Brendel, Rauber and Bethge 2018). Features are scaled to [0, 1] by their ranges; every point sent
 * is projected onto what the model may receive (clipped to the range, integers rounded, frozen,
 * categorical and text columns held), so every distance reported is that of an input the model
 * actually classified.
 *
 * Differences from the paper, for black-box CI budgets: the starting point is the nearest other
 * example of the evaluation set the model already puts in another class (known from the clean pass,
 * so free), with random points only as a fallback; the budget is counted per example and every
 * stage (binary search, gradient estimate, step search) stops when it is spent, keeping the best
 * verified adversarial point.
 */
import { rng } from '../../scanners/stats/rng.js'
import type { PredictInput } from '../../targets/predict.js'
import type { DecisionConfig } from './config.js'
import type { Column, Example } from './dataset.js'
import { forEachLimited, StopRun, type Oracle } from './oracle.js'
import { alreadyWrong, type AttackRun, clampValue, describeChanges, exampleFields, type ExampleOutcome, exampleSeed, l2Scaled, movable, scaled } from './outcome.js'

class Spent extends Error {}

export type Vec = number[]
const norm = (v: Vec) => Math.sqrt(v.reduce((s, x) => s + x * x, 0))
const sub = (a: Vec, b: Vec) => a.map((x, i) => x - b[i])

/** A standard normal draw (Box-Muller) from a uniform source. */
function gauss(rand: () => number): number {
  const u = Math.max(rand(), 1e-12)
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * rand())
}

export interface DecisionResult {
  /** The closest verified adversarial input, or null when none was found within the budget. */
  adversarial: PredictInput | null
  predicted: string | null
  distance: number | null
  queries: number
}

/**
 * The space an attack moves in: points of [0, 1]^k (features or pixels scaled by their ranges), the
 * input the model receives for a point, and the projection onto what it may receive (clipped,
 * rounded), so every distance is that of an input the model actually classified.
 */
export interface VecSpace {
  /** The clean input as a point. */
  u0: Vec
  /** The input sent for a point. */
  toInput(u: Vec): PredictInput
  /** The point of what the model may receive nearest to u. */
  project(u: Vec): Vec
  /** The point of an input (a starting example). */
  point(x: PredictInput): Vec
  /**
   * Smallest probe radius of the gradient estimate (default 1e-4): on a coarse grid (few integer
   * levels) smaller probes round back onto the current point and tell nothing.
   */
  minDelta?: number
}

/** The space of the movable number and integer columns of a row, each scaled to [0, 1] by its range. */
export function tabularSpace(x: PredictInput, cols: Column[]): VecSpace {
  const toInput = (u: Vec): PredictInput => {
    const out = { ...x }
    cols.forEach((c, i) => (out[c.name] = clampValue(c, c.lo + Math.min(1, Math.max(0, u[i])) * (c.hi - c.lo))))
    return out
  }
  const point = (inp: PredictInput): Vec => cols.map((c) => scaled(c, Number(inp[c.name])))
  return { u0: point(x), toInput, project: (u) => point(toInput(u)), point }
}

/**
 * Attacks one input. `isAdv` answers whether the model's label for an input differs from the true
 * one (and what it is); `starts` are candidate starting inputs, nearest first.
 */
export function hopSkipJump(
  x: PredictInput,
  cols: Column[],
  starts: PredictInput[],
  decide: (input: PredictInput) => Promise<string | null>,
  budget: number,
  rand: () => number
): Promise<DecisionResult> {
  return hopSkipJumpIn(tabularSpace(x, cols), starts, decide, budget, rand)
}

/** The attack in any space (tabular features, pixels). */
export async function hopSkipJumpIn(
  space: VecSpace,
  starts: PredictInput[],
  decide: (input: PredictInput) => Promise<string | null>,
  budget: number,
  rand: () => number
): Promise<DecisionResult> {
  const { u0, toInput, project } = space
  const k = u0.length
  let calls = 0
  let best: { u: Vec; d: number; label: string } | null = null
  /** The model's label when the projected point is adversarial, else null; records the best. */
  const adv = async (u: Vec): Promise<string | null> => {
    if (calls >= budget) throw new Spent()
    calls++
    const label = await decide(toInput(u))
    if (label !== null) {
      const d = norm(sub(u, u0))
      if (!best || d < best.d) best = { u, d, label }
    }
    return label
  }
  const bsearch = async (from: Vec): Promise<Vec> => {
    let lo = 0
    let hi = 1
    let found = from
    const seg = sub(from, u0)
    const theta = 0.01 / Math.sqrt(Math.max(1, k))
    while (hi - lo > theta) {
      const mid = (lo + hi) / 2
      const z = project(u0.map((v, i) => v + mid * seg[i]))
      if ((await adv(z)) !== null) {
        hi = mid
        found = z
      } else lo = mid
    }
    return found
  }

  try {
    // Start: the nearest examples the model already puts elsewhere, then random points.
    let start: Vec | null = null
    let tries = 0
    for (const s of starts) {
      if (tries >= (budget >= 300 ? 3 : 1)) break
      tries++
      const u = project(space.point(s))
      if ((await adv(u)) !== null) {
        const b = await bsearch(u)
        if (!start || norm(sub(b, u0)) < norm(sub(start, u0))) start = b
      }
    }
    for (let i = 0; !start && i < Math.max(10, Math.floor(budget / 4)); i++) {
      const u = project(u0.map(() => rand()))
      if ((await adv(u)) !== null) start = await bsearch(u)
    }
    if (!start) return { adversarial: null, predicted: null, distance: null, queries: calls }
    let cur: Vec = start
    for (let t = 1; calls < budget; t++) {
      const dist = norm(sub(cur, u0))
      if (dist === 0) break
      // Gradient direction at the boundary from random probes (HopSkipJump's Monte Carlo estimate).
      const delta = Math.max(space.minDelta ?? 1e-4, 0.01 * dist)
      const left = budget - calls
      const b = Math.min(Math.ceil(Math.max(4, Math.min(2 * k, 20)) * Math.sqrt(t)), 100, left - 1)
      if (b < 2) break
      const dirs: Vec[] = []
      for (let j = 0; j < b; j++) {
        const g = u0.map(() => gauss(rand))
        const n = norm(g) || 1
        dirs.push(g.map((v) => v / n))
      }
      const probes = dirs.map((d) => cur.map((v, i) => Math.min(1, Math.max(0, v + delta * d[i]))))
      const phis = await Promise.all(probes.map(async (p) => ((await adv(project(p))) !== null ? 1 : -1)))
      const mean = phis.reduce((s, v) => s + v, 0) / phis.length
      const grad = u0.map(() => 0)
      probes.forEach((p, j) => {
        const w = Math.abs(mean) === 1 ? mean : phis[j] - mean
        for (let i = 0; i < k; i++) grad[i] += (w * (p[i] - cur[i])) / delta / b
      })
      const gn = norm(grad)
      if (gn === 0) break
      const v = grad.map((g) => g / gn)
      // Geometric step along the estimate, halved until the point is adversarial again.
      let eps = dist / Math.sqrt(t)
      let next: Vec | null = null
      for (let h = 0; h < 12 && calls < budget; h++) {
        const z = project(cur.map((c, i) => c + eps * v[i]))
        if ((await adv(z)) !== null) {
          next = z
          break
        }
        eps /= 2
      }
      if (!next) continue
      const moved = await bsearch(next)
      if (norm(sub(moved, u0)) < dist) cur = moved
    }
  } catch (e) {
    if (!(e instanceof Spent)) throw e
  }
  const found = best as { u: Vec; d: number; label: string } | null
  if (!found) return { adversarial: null, predicted: null, distance: null, queries: calls }
  return { adversarial: toInput(found.u), predicted: found.label, distance: found.d, queries: calls }
}

/** Starting points for example i: the inputs the model already puts in another class than i's label, nearest first. */
export function startingPoints(examples: Example[], clean: string[], i: number, distance: (j: number) => number): PredictInput[] {
  return examples
    .map((o, j) => ({ o, j }))
    .filter(({ j }) => j !== i && clean[j] !== examples[i].label)
    .map(({ o, j }) => ({ input: o.input, d: distance(j) }))
    .sort((a, b) => a.d - b.d)
    .map((s) => s.input)
}

/**
 * Runs one example's decision search with the oracle as its "is this adversarial?" question. A query that fails
 * ends the example with its message (nothing found); a StopRun (budget, a dead target) ends the whole attack.
 */
export async function searchExample(
  label: string,
  oracle: Oracle,
  search: (adversarial: (input: PredictInput) => Promise<string | null>) => Promise<DecisionResult>
): Promise<{ r: DecisionResult; error?: string }> {
  const counter = { n: 0 }
  try {
    return {
      r: await search(async (input) => {
        const p = await oracle.predict(input, counter)
        return p !== label ? p : null
      })
    }
  } catch (err) {
    if (err instanceof StopRun) throw err
    return { r: { adversarial: null, predicted: null, distance: null, queries: 0 }, error: (err as Error).message }
  }
}

export async function decisionAttack(examples: Example[], clean: string[], columns: Column[], order: string[], cfg: DecisionConfig, seed: number, oracle: Oracle, concurrency: number): Promise<AttackRun> {
  const measure = 'L2 over features scaled to [0, 1]'
  const cols = movable(columns)
  if (!cols.length) return { id: 'decision', outcomes: [], skipped: 'no number or integer feature with a range to move', measure }
  const outcomes: ExampleOutcome[] = new Array(examples.length)
  // The examples attacked one after another, each with its gradient probes in parallel.
  const perExample = Math.max(1, Math.floor(concurrency / 2))
  await forEachLimited(examples, perExample, async (e, i) => {
    if (clean[i] !== e.label) return void (outcomes[i] = alreadyWrong(e, clean[i]))
    const starts = startingPoints(examples, clean, i, (j) => l2Scaled(cols, examples[j].input, e.input))
    const { r, error } = await searchExample(e.label, oracle, (adversarial) => hopSkipJump(e.input, cols, starts, adversarial, cfg.queries, rng(exampleSeed(seed, 'decision', e.index))))
    const within = r.adversarial !== null && r.distance !== null && r.distance <= cfg['max-distance']
    outcomes[i] = {
      ...exampleFields(e, clean[i]),
      input: within ? r.adversarial! : e.input,
      predicted: within ? r.predicted! : clean[i],
      flipped: within,
      found: r.adversarial !== null,
      distance: r.distance,
      queries: r.queries,
      changes: r.adversarial ? describeChanges(order, e.input, r.adversarial) : [],
      ...(error ? { error } : {})
    }
  }).catch((err) => {
    if (!(err instanceof StopRun)) throw err
  })
  return { id: 'decision', outcomes: outcomes.filter(Boolean), measure }
}
