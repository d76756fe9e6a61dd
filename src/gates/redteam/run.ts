/**
 * Sends the attacks through a target session and judges each answer. Every attempt is kept, with
 * its prompt, its answer (cut to max-transcript-chars) and the detector's verdict; failures are
 * kept too, so a run cut short by the budget still reports what it completed.
 */
import { BudgetError, type TargetSession } from '../../targets/index.js'
import { detect, type DetectorOptions, type DetectorName } from './detectors.js'
import type { Attack, SuiteContext } from './suite.js'

export interface Attempt {
  attack: Attack
  repeat: number
  detector: DetectorName
  answer: string | null
  /** Set when the answer was judged. */
  hit: boolean | null
  reason: string
  error: string | null
  durationMs: number
}

export interface RunInput {
  attacks: Array<Attack & { detector: DetectorName }>
  repeats: number
  system: string
  ctx: SuiteContext
  detector: DetectorOptions
  /** Stop sending after this many failed attempts (the target is broken, not flaky). */
  maxFailures?: number
}

export async function runAttacks(session: TargetSession, input: RunInput): Promise<{ attempts: Attempt[]; stopped: string | null }> {
  const jobs = input.attacks.flatMap((attack) => Array.from({ length: input.repeats }, (_, r) => ({ attack, repeat: r + 1 })))
  const attempts: Attempt[] = new Array(jobs.length)
  let failures = 0
  let stopped: string | null = null
  const maxFailures = input.maxFailures ?? 10
  let next = 0
  const one = async (i: number) => {
    const { attack, repeat } = jobs[i]
    const base = { attack, repeat, detector: attack.detector, answer: null, hit: null }
    if (stopped) {
      attempts[i] = { ...base, reason: 'not sent', error: `not sent: ${stopped}`, durationMs: 0 }
      return
    }
    const t0 = Date.now()
    try {
      const answer = await session.ask({ system: input.system, prompt: attack.prompt })
      const v = detect(attack.detector, answer, input.ctx, input.detector, attack.prompt)
      attempts[i] = { ...base, answer: answer.text, hit: v.hit, reason: v.reason, error: null, durationMs: Date.now() - t0 }
    } catch (e) {
      const msg = e instanceof Error ? e.message : String(e)
      attempts[i] = { ...base, reason: 'no answer', error: msg, durationMs: Date.now() - t0 }
      if (e instanceof BudgetError) stopped ??= msg
      else if (++failures >= maxFailures) stopped ??= `${failures} attempts failed (the last: ${msg})`
    }
  }
  // As many workers as the target allows in flight; each takes the next job in order.
  const workers = Array.from({ length: Math.min(session.limits.concurrency, jobs.length) }, async () => {
    while (next < jobs.length) await one(next++)
  })
  await Promise.all(workers)
  return { attempts, stopped }
}
