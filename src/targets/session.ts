/**
 * A session with one target: the concurrency limit, retries with backoff on 429/5xx/network
 * errors, the request and time budget, the readiness wait, and the counts the report shows
 * (attempted, completed, failed, requests sent, retries).
 */
import type { TargetLimits } from './config.js'
import { BudgetError, TargetError, type TargetAnswer, type TargetRequest } from './types.js'

export interface SessionCounts {
  /** Prompts the caller asked for. */
  attempted: number
  /** Prompts that got an answer. */
  completed: number
  /** Prompts that failed after their retries (or were not sent: budget, stop). */
  failed: number
  /** HTTP requests / program runs sent, retries included (what max-requests counts). */
  requests: number
  retries: number
}

export interface SessionOptions {
  signal: AbortSignal
  /** Base of the exponential backoff (ms); tests lower it. */
  backoffMs?: number
  sleep?: (ms: number, signal: AbortSignal) => Promise<void>
  now?: () => number
}

const sleepFor = (ms: number, signal: AbortSignal) =>
  new Promise<void>((resolve) => {
    if (signal.aborted) return resolve()
    const t = setTimeout(done, ms)
    function done() {
      clearTimeout(t)
      signal.removeEventListener('abort', done)
      resolve()
    }
    signal.addEventListener('abort', done, { once: true })
  })

/** Anything that sends one request and returns one answer (a chat client, a prediction client). */
export interface SessionClient<Q, A> {
  readonly label: string
  send(req: Q, signal: AbortSignal): Promise<A>
}

export class TargetSession<Q = TargetRequest, A = TargetAnswer> {
  readonly counts: SessionCounts = { attempted: 0, completed: 0, failed: 0, requests: 0, retries: 0 }
  private active = 0
  private readonly waiting: Array<() => void> = []
  private readonly started: number
  private readonly now: () => number
  private readonly sleep: (ms: number, signal: AbortSignal) => Promise<void>
  private readonly backoffMs: number
  private exhausted: string | null = null

  constructor(
    readonly client: SessionClient<Q, A>,
    readonly limits: TargetLimits,
    private readonly opts: SessionOptions
  ) {
    this.now = opts.now ?? Date.now
    this.sleep = opts.sleep ?? sleepFor
    this.backoffMs = opts.backoffMs ?? 500
    this.started = this.now()
  }

  /** Why the budget stopped the run, or null. */
  get budgetExhausted(): string | null {
    return this.exhausted
  }

  private checkBudget(): void {
    if (this.exhausted) throw new BudgetError(this.exhausted)
    if (this.counts.requests >= this.limits['max-requests']) {
      this.exhausted = `the request budget (max-requests: ${this.limits['max-requests']}) is used up`
    } else if (this.now() - this.started >= this.limits['max-minutes'] * 60_000) {
      this.exhausted = `the time budget (max-minutes: ${this.limits['max-minutes']}) is used up`
    }
    if (this.exhausted) throw new BudgetError(this.exhausted)
  }

  private async acquire(): Promise<void> {
    if (this.active < this.limits.concurrency) {
      this.active++
      return
    }
    await new Promise<void>((resolve) => this.waiting.push(resolve))
  }

  private release(): void {
    const next = this.waiting.shift()
    if (next) next()
    else this.active--
  }

  private async sendOnce(req: Q): Promise<A> {
    this.checkBudget()
    this.counts.requests++
    return this.client.send(req, this.opts.signal)
  }

  /** One prompt, with retries; throws TargetError (after retries) or BudgetError. */
  async ask(req: Q): Promise<A> {
    this.counts.attempted++
    await this.acquire()
    try {
      for (let attempt = 0; ; attempt++) {
        try {
          const answer = await this.sendOnce(req)
          this.counts.completed++
          return answer
        } catch (e) {
          const retry = e instanceof TargetError && e.retryable && attempt < this.limits.retries && !this.opts.signal.aborted
          if (!retry) throw e
          this.counts.retries++
          const wait = e.retryAfterMs ?? Math.min(this.backoffMs * 2 ** attempt, 30_000)
          await this.sleep(wait, this.opts.signal)
        }
      }
    } catch (e) {
      this.counts.failed++
      throw e
    } finally {
      this.release()
    }
  }

  /**
   * Waits until the endpoint answers `probe` (a server started in an earlier step), polling once a
   * second for up to ready-timeout-seconds; with 0, one ask with the usual retries. A fatal answer
   * (4xx, wrong JSONPath, HTML) stops at once: it will not get better by waiting.
   */
  async ready(probe: Q): Promise<A> {
    const limit = this.limits['ready-timeout-seconds'] * 1000
    if (limit === 0) return this.ask(probe)
    const deadline = this.now() + limit
    this.counts.attempted++
    for (;;) {
      try {
        const answer = await this.client.send(probe, this.opts.signal)
        this.counts.requests++
        this.counts.completed++
        return answer
      } catch (e) {
        this.counts.requests++
        const left = deadline - this.now()
        if (!(e instanceof TargetError) || !e.retryable || left <= 0 || this.opts.signal.aborted) {
          this.counts.failed++
          if (e instanceof TargetError && e.retryable) {
            throw new TargetError(`not ready after ready-timeout-seconds (${this.limits['ready-timeout-seconds']} s): ${e.message}`, { retryable: false, cause: e })
          }
          throw e
        }
        await this.sleep(Math.min(1000, left), this.opts.signal)
      }
    }
  }
}
