/**
 * Random bounded perturbations: each number or integer feature moves by at most epsilon of its
 * range (uniformly, clipped to the range, integers rounded), a categorical feature is swapped for
 * another allowed value at categorical-rate. `trials` draws per example; the first that changes a
 * correct prediction is the flip.
 */
import { rng } from '../../scanners/stats/rng.js'
import type { PredictInput } from '../../targets/predict.js'
import type { NoiseConfig } from './config.js'
import type { Column, Example } from './dataset.js'
import { forEachLimited, randomTrials, StopRun, type Oracle } from './oracle.js'
import { alreadyWrong, type AttackRun, clampValue, describeChanges, exampleFields, type ExampleOutcome, exampleSeed, l2Scaled, movable } from './outcome.js'

export function perturb(columns: Column[], x: PredictInput, cfg: NoiseConfig, rand: () => number): PredictInput {
  const out: PredictInput = { ...x }
  for (const c of columns) {
    if (c.frozen) continue
    const v = x[c.name]
    if ((c.type === 'number' || c.type === 'integer') && typeof v === 'number' && c.hi > c.lo) {
      out[c.name] = clampValue(c, v + (rand() * 2 - 1) * cfg.epsilon * (c.hi - c.lo))
    } else if (c.type === 'categorical' && cfg['categorical-rate'] > 0 && c.values.length > 1) {
      if (rand() < cfg['categorical-rate']) {
        const others = c.values.filter((o) => JSON.stringify(o) !== JSON.stringify(v))
        if (others.length) out[c.name] = others[Math.floor(rand() * others.length)]
      }
    }
  }
  return out
}

export async function noiseAttack(examples: Example[], clean: string[], columns: Column[], order: string[], cfg: NoiseConfig, seed: number, oracle: Oracle, concurrency: number): Promise<AttackRun> {
  const measure = 'L2 over features scaled to [0, 1]'
  const canMove = movable(columns).length > 0 || (cfg['categorical-rate'] > 0 && columns.some((c) => !c.frozen && c.type === 'categorical' && c.values.length > 1))
  if (!canMove) return { id: 'noise', outcomes: [], skipped: 'no number, integer or categorical feature to perturb', measure }
  const cols = movable(columns)
  const outcomes: ExampleOutcome[] = new Array(examples.length)
  await forEachLimited(examples, concurrency, async (e, i) => {
    if (clean[i] !== e.label) return void (outcomes[i] = alreadyWrong(e, clean[i]))
    const rand = rng(exampleSeed(seed, 'noise', e.index))
    const { last, predicted, queries, error } = await randomTrials(e.input, clean[i], e.label, cfg.trials, () => perturb(columns, e.input, cfg, rand), oracle)
    const flipped = predicted !== e.label
    outcomes[i] = {
      ...exampleFields(e, clean[i]),
      input: last,
      predicted,
      flipped,
      found: flipped,
      distance: flipped ? l2Scaled(cols, e.input, last) : null,
      queries,
      changes: flipped ? describeChanges(order, e.input, last) : [],
      ...(error ? { error } : {})
    }
  }).catch((err) => {
    if (!(err instanceof StopRun)) throw err
  })
  return { id: 'noise', outcomes: outcomes.filter(Boolean), measure }
}
