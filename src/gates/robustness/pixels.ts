/**
 * Attacks on image columns. Pixels are scaled to [0, 1] by their range and every image sent is
 * clipped to the range (and rounded when the pixels are integer), so every size reported is that of
 * an image the model actually classified.
 *
 * - image-noise: random sign noise at the edge of an L-infinity ball: each pixel moves up or down by
 *   epsilon of the range (integer pixels by the largest whole step within it), `trials` draws per
 *   example; the first that changes a correct prediction is the flip.
 * - image-decision: the decision-based minimal-perturbation attack of decision.ts (HopSkipJump, L2)
 *   on the pixel vector, started from the nearest image the model already puts in another class.
 */
import { rng } from '../../scanners/stats/rng.js'
import type { PredictInput } from '../../targets/predict.js'
import type { ImageDecisionConfig, ImageNoiseConfig } from './config.js'
import type { Column, Example } from './dataset.js'
import { hopSkipJumpIn, searchExample, startingPoints, type Vec, type VecSpace } from './decision.js'
import { flatPixels, imageValue, picture, pixelChanges, type ImageSpec } from './image.js'
import { forEachLimited, randomTrials, StopRun, type Oracle } from './oracle.js'
import { alreadyWrong, type AttackRun, exampleFields, type ExampleOutcome, exampleSeed } from './outcome.js'

interface PixelColumn {
  name: string
  spec: ImageSpec
  /** Where its pixels start in the vector. */
  offset: number
}

/** The image columns an attack may move (not frozen, with a range), laid end to end. */
export function pixelColumns(columns: Column[]): PixelColumn[] {
  let offset = 0
  const out: PixelColumn[] = []
  for (const c of columns) {
    if (!c.image || c.frozen || !(c.hi > c.lo)) continue
    out.push({ name: c.name, spec: c.image, offset })
    offset += c.image.size
  }
  return out
}

const clamp01 = (t: number) => Math.min(1, Math.max(0, t))

/** A pixel value from its scaled position: clipped, rounded for integer pixels. */
function pixelValue(spec: ImageSpec, t: number): number {
  const v = spec.lo + clamp01(t) * (spec.hi - spec.lo)
  return Math.min(spec.hi, Math.max(spec.lo, spec.integer ? Math.round(v) : v))
}

/** The scaled pixel vector of an input. */
export function pixelVector(cols: PixelColumn[], x: PredictInput): Vec {
  const u: Vec = []
  for (const c of cols) for (const v of flatPixels(x[c.name])) u.push((v - c.spec.lo) / (c.spec.hi - c.spec.lo))
  return u
}

/** The pixel space of one example (its other columns held). */
export function imageSpace(x: PredictInput, cols: PixelColumn[]): VecSpace {
  const k = cols.reduce((n, c) => n + c.spec.size, 0)
  const toInput = (u: Vec): PredictInput => {
    const out = { ...x }
    for (const c of cols) {
      const px = new Float64Array(c.spec.size)
      for (let i = 0; i < c.spec.size; i++) px[i] = pixelValue(c.spec, u[c.offset + i])
      out[c.name] = imageValue(px, c.spec)
    }
    return out
  }
  const project = (u: Vec): Vec => {
    const out = new Array<number>(k)
    for (const c of cols) for (let i = 0; i < c.spec.size; i++) out[c.offset + i] = (pixelValue(c.spec, u[c.offset + i]) - c.spec.lo) / (c.spec.hi - c.spec.lo)
    return out
  }
  // On a grid of few integer levels, gradient probes must reach about half a level per pixel.
  const quantum = Math.max(...cols.map((c) => (c.spec.integer ? 1 / (c.spec.hi - c.spec.lo) : 0)))
  return { u0: pixelVector(cols, x), toInput, project, point: (inp) => pixelVector(cols, inp), ...(quantum > 0 ? { minDelta: 0.5 * quantum * Math.sqrt(k) } : {}) }
}

/** L2 and L-infinity between two scaled pixel vectors. */
export function sizesOf(a: Vec, b: Vec): { l2: number; linf: number } {
  let s = 0
  let m = 0
  for (let i = 0; i < a.length; i++) {
    const d = Math.abs(a[i] - b[i])
    s += d * d
    if (d > m) m = d
  }
  return { l2: Math.sqrt(s), linf: m }
}

/** What changed, and the small images as numbers. */
function describe(cols: PixelColumn[], from: PredictInput, to: PredictInput): Pick<ExampleOutcome, 'changes' | 'pictures'> {
  const changes: string[] = []
  const pictures: NonNullable<ExampleOutcome['pictures']> = {}
  for (const c of cols) {
    const a = flatPixels(from[c.name])
    const b = flatPixels(to[c.name])
    changes.push(...pixelChanges(c.name, a, b, c.spec))
    const before = picture(a, c.spec)
    const after = picture(b, c.spec)
    if (before && after) pictures[c.name] = { before, after }
  }
  return { changes, ...(Object.keys(pictures).length ? { pictures } : {}) }
}

const MEASURE_LINF = 'L-inf over pixels scaled to [0, 1]'
const MEASURE_L2 = 'L2 over pixels scaled to [0, 1]'
const NO_IMAGE = 'no image column to perturb (declare one in gates.robustness.columns with type: image)'

/** One sign-noise draw: every pixel moves by the step up or down, clipped to the range. */
export function signNoise(cols: PixelColumn[], x: PredictInput, steps: number[], rand: () => number): PredictInput {
  const out: PredictInput = { ...x }
  cols.forEach((c, j) => {
    const px = Float64Array.from(flatPixels(x[c.name]))
    for (let i = 0; i < px.length; i++) px[i] = Math.min(c.spec.hi, Math.max(c.spec.lo, px[i] + (rand() < 0.5 ? -steps[j] : steps[j])))
    out[c.name] = imageValue(px, c.spec)
  })
  return out
}

export async function imageNoiseAttack(examples: Example[], clean: string[], columns: Column[], cfg: ImageNoiseConfig, seed: number, oracle: Oracle, concurrency: number): Promise<AttackRun> {
  const cols = pixelColumns(columns)
  if (!cols.length) return { id: 'image-noise', outcomes: [], skipped: NO_IMAGE, measure: MEASURE_LINF }
  // Integer pixels move by whole steps inside the ball; a ball smaller than one step moves nothing.
  const steps = cols.map((c) => (c.spec.integer ? Math.floor(cfg.epsilon * (c.spec.hi - c.spec.lo) + 1e-9) : cfg.epsilon * (c.spec.hi - c.spec.lo)))
  if (steps.every((s) => s === 0)) {
    const c = cols[0]
    return { id: 'image-noise', outcomes: [], skipped: `epsilon ${cfg.epsilon} of the pixel range [${c.spec.lo}, ${c.spec.hi}] is less than one integer step: raise attacks.image-noise.epsilon`, measure: MEASURE_LINF }
  }
  const outcomes: ExampleOutcome[] = new Array(examples.length)
  await forEachLimited(examples, concurrency, async (e, i) => {
    if (clean[i] !== e.label) return void (outcomes[i] = alreadyWrong(e, clean[i]))
    const rand = rng(exampleSeed(seed, 'image-noise', e.index))
    const { last, predicted, queries, error } = await randomTrials(e.input, clean[i], e.label, cfg.trials, () => signNoise(cols, e.input, steps, rand), oracle)
    const flipped = predicted !== e.label
    const sizes = sizesOf(pixelVector(cols, e.input), pixelVector(cols, last))
    outcomes[i] = {
      ...exampleFields(e, clean[i]),
      input: last,
      predicted,
      flipped,
      found: flipped,
      distance: flipped ? sizes.linf : null,
      queries,
      ...(flipped ? { sizes, ...describe(cols, e.input, last) } : { changes: [] }),
      ...(error ? { error } : {})
    }
  }).catch((err) => {
    if (!(err instanceof StopRun)) throw err
  })
  return { id: 'image-noise', outcomes: outcomes.filter(Boolean), measure: MEASURE_LINF }
}

export async function imageDecisionAttack(examples: Example[], clean: string[], columns: Column[], cfg: ImageDecisionConfig, seed: number, oracle: Oracle, concurrency: number): Promise<AttackRun> {
  const measure = cfg.norm === 'linf' ? MEASURE_LINF : MEASURE_L2
  const cols = pixelColumns(columns)
  if (!cols.length) return { id: 'image-decision', outcomes: [], skipped: NO_IMAGE, measure }
  const vectors = examples.map((e) => pixelVector(cols, e.input))
  const outcomes: ExampleOutcome[] = new Array(examples.length)
  const perExample = Math.max(1, Math.floor(concurrency / 2))
  await forEachLimited(examples, perExample, async (e, i) => {
    if (clean[i] !== e.label) return void (outcomes[i] = alreadyWrong(e, clean[i]))
    // Starting points: the images the model already puts in another class, nearest first.
    const starts = startingPoints(examples, clean, i, (j) => sizesOf(vectors[i], vectors[j]).l2)
    const { r, error } = await searchExample(e.label, oracle, (adversarial) => hopSkipJumpIn(imageSpace(e.input, cols), starts, adversarial, cfg.queries, rng(exampleSeed(seed, 'image-decision', e.index))))
    const sizes = r.adversarial ? sizesOf(vectors[i], pixelVector(cols, r.adversarial)) : null
    const distance = sizes ? (cfg.norm === 'linf' ? sizes.linf : sizes.l2) : null
    const within = r.adversarial !== null && distance !== null && distance <= cfg['max-distance']
    outcomes[i] = {
      ...exampleFields(e, clean[i]),
      input: within ? r.adversarial! : e.input,
      predicted: within ? r.predicted! : clean[i],
      flipped: within,
      found: r.adversarial !== null,
      distance,
      queries: r.queries,
      ...(r.adversarial && sizes ? { sizes, ...describe(cols, e.input, r.adversarial) } : { changes: [] }),
      ...(error ? { error } : {})
    }
  }).catch((err) => {
    if (!(err instanceof StopRun)) throw err
  })
  return { id: 'image-decision', outcomes: outcomes.filter(Boolean), measure }
}
