/**
 * The model as the attacks see it: one label per input, through the target session (concurrency,
 * retries, the request budget). Identical inputs are asked once. On the clean inputs, a label outside
 * the evaluation set's classes stops the run: the label path or the label column is wrong, and
 * nothing measured against it would mean anything. Once the clean inputs have all been answered with
 * known classes (`admitNewLabels`), a new label under attack is a real class the sample lacks (a
 * perturbed 1 read as a 3 when no 3 was sampled): it is kept and listed in `newLabels`.
 */
import { BudgetError, TargetError, type TargetSession } from '../../targets/index.js'
import type { Prediction, PredictInput } from '../../targets/predict.js'
import { excerpt } from '../../targets/types.js'
import { canonicalLabel } from './dataset.js'

/** The run cannot go on (budget, a broken endpoint, labels outside the classes). */
export class StopRun extends Error {}

export interface QueryCounter {
  /** Requests sent for this caller (cache hits are free). */
  n: number
}

export class Oracle {
  private readonly cache = new Map<string, Promise<Prediction>>()
  private failures = 0
  private admit = false
  stopped: string | null = null
  /** Labels outside the evaluation set's classes answered under attack (up to 100). */
  readonly newLabels = new Set<string>()

  constructor(
    private readonly session: TargetSession<PredictInput, Prediction>,
    private readonly classes: Set<string>,
    private readonly maxFailures = 10
  ) {}

  /** From now on a label outside the classes is kept (the clean pass has vouched for label-path). */
  admitNewLabels(): void {
    this.admit = true
  }

  get requests(): number {
    return this.session.counts.requests
  }

  /** The predicted label; throws StopRun when the run must end, TargetError when this input failed. */
  async predict(input: PredictInput, counter?: QueryCounter): Promise<string> {
    return (await this.predictScored(input, counter)).label
  }

  /** The predicted label (canonical) and its score when the endpoint gives one. */
  predictScored(input: PredictInput, counter?: QueryCounter): Promise<Prediction> {
    if (this.stopped) return Promise.reject(new StopRun(this.stopped))
    const key = JSON.stringify(input)
    const hit = this.cache.get(key)
    if (hit) return hit
    if (counter) counter.n++
    const p = this.ask(input)
    this.cache.set(key, p)
    p.catch(() => this.cache.delete(key))
    return p
  }

  private async ask(input: PredictInput): Promise<Prediction> {
    let answer: Prediction
    try {
      answer = await this.session.ask(input)
    } catch (e) {
      if (e instanceof BudgetError) throw this.stop(e.message)
      if (this.stopped) throw new StopRun(this.stopped)
      const msg = e instanceof Error ? e.message : String(e)
      if (e instanceof TargetError && !e.retryable) throw this.stop(`the endpoint failed: ${msg}`)
      if (++this.failures >= this.maxFailures) throw this.stop(`${this.failures} requests failed (the last: ${msg})`)
      throw e
    }
    const label = canonicalLabel(answer.label) ?? answer.label
    if (!this.classes.has(label) && this.admit) {
      if (this.newLabels.size < 100) this.newLabels.add(excerpt(label, 60))
    } else if (!this.classes.has(label)) {
      throw this.stop(
        `the endpoint answered the label "${excerpt(label, 60)}", which is not one of the evaluation set's classes (${[...this.classes].slice(0, 10).map((c) => `"${excerpt(c, 30)}"`).join(', ')}): check label-path and the label column`
      )
    }
    return { label, score: answer.score }
  }

  private stop(why: string): StopRun {
    this.stopped ??= why
    return new StopRun(this.stopped)
  }
}

/**
 * Runs `fn` over items with at most `concurrency` at once, in order of index. The first error stops
 * new items from starting; the ones in flight finish, then the error is thrown.
 */
export async function forEachLimited<T>(items: T[], concurrency: number, fn: (item: T, i: number) => Promise<void>): Promise<void> {
  let next = 0
  let failure: { e: unknown } | null = null
  const workers = Array.from({ length: Math.max(1, Math.min(concurrency, items.length)) }, async () => {
    while (!failure && next < items.length) {
      const i = next++
      try {
        await fn(items[i], i)
      } catch (e) {
        failure ??= { e }
      }
    }
  })
  await Promise.all(workers)
  if (failure) throw (failure as { e: unknown }).e
}

/** What a run of random trials on one example ended with: the last input sent and its prediction. */
export interface TrialsResult {
  last: PredictInput
  predicted: string
  queries: number
  error?: string
}

/**
 * Up to `trials` random draws around one example, stopping at the first whose prediction differs
 * from `label` (the noise attacks). A failed query ends the example with its message; a StopRun
 * (budget, a dead target) ends the whole attack.
 */
export async function randomTrials(start: PredictInput, clean: string, label: string, trials: number, draw: () => PredictInput, oracle: Oracle): Promise<TrialsResult> {
  const counter = { n: 0 }
  let last = start
  let predicted = clean
  for (let t = 0; t < trials; t++) {
    const x = draw()
    try {
      const p = await oracle.predict(x, counter)
      last = x
      predicted = p
      if (p !== label) break
    } catch (err) {
      if (err instanceof StopRun) throw err
      return { last, predicted, queries: counter.n, error: (err as Error).message }
    }
  }
  return { last, predicted, queries: counter.n }
}
