/**
 * The post-deploy watch: polls every check for the window, fails a check after `consecutive`
 * breaches in a row (and advises a rollback), and treats "no data", NaN and Prometheus errors as
 * inconclusive: never as zero, never as healthy. A query Prometheus rejects (bad_data) stops the
 * watch at once: it would never answer.
 */
import type { Logger } from '../../engine/logger.js'
import { queryFor, type CheckSpec, type DeployCheckConfig } from './config.js'
import { PrometheusError, type PrometheusClient, type QueryResult } from './prometheus.js'

export type PollState = 'ok' | 'breach' | 'inconclusive'

export interface Poll {
  /** When the poll was made (ISO 8601). */
  at: string
  /** The value compared with the threshold (the worst series), or null when inconclusive. */
  value: number | string | null
  state: PollState
  /** Series in the answer (0 = no data). */
  series: number
  reason?: string
}

export interface CheckOutcome {
  name: string
  query: string
  range: CheckSpec['range'] | null
  max: number | null
  min: number | null
  status: 'pass' | 'fail' | 'error'
  message: string
  polls: Poll[]
  /** Longest run of consecutive breaches. */
  longestStreak: number
}

export interface DeployCheckResult {
  status: 'pass' | 'fail' | 'error'
  healthy: boolean
  rollback: boolean
  prometheus: string
  startedAt: string
  endedAt: string
  pollsPlanned: number
  pollsMade: number
  consecutive: number
  checks: CheckOutcome[]
  summary: string
}

export interface WatchOptions {
  client: PrometheusClient
  /** The server's address as it may be shown (no credentials). */
  prometheus: string
  logger: Logger
  sleep?: (ms: number) => Promise<void>
  now?: () => number
}

/** A JSON-safe value: NaN and infinities as Prometheus writes them. */
function shown(v: number): number | string {
  if (Number.isNaN(v)) return 'NaN'
  if (v === Infinity) return '+Inf'
  if (v === -Infinity) return '-Inf'
  return v
}

function reduce(points: number[], how: NonNullable<CheckSpec['range']>['reduce']): number {
  if (how === 'last') return points[points.length - 1]
  if (how === 'avg') return points.reduce((a, b) => a + b, 0) / points.length
  return how === 'max' ? Math.max(...points) : Math.min(...points)
}

function breaches(c: CheckSpec, v: number): boolean {
  return (c.max !== undefined && v > c.max) || (c.min !== undefined && v < c.min)
}

/** One answer as one value: each series reduced (range), NaN left out, then the worst series for the threshold. */
export function judge(c: CheckSpec, r: QueryResult): Omit<Poll, 'at'> {
  if (r.series.length === 0) {
    return { value: null, state: 'inconclusive', series: 0, reason: 'no data: the query returned no series (the metric is absent, not yet scraped, or the selector matches nothing); no data is never read as 0' }
  }
  const values: number[] = []
  for (const s of r.series) {
    const pts = s.points.map((p) => p[1]).filter((v) => !Number.isNaN(v))
    if (pts.length) values.push(c.range ? reduce(pts, c.range.reduce) : pts[0])
  }
  if (!values.length) {
    return { value: 'NaN', state: 'inconclusive', series: r.series.length, reason: 'the value is NaN (e.g. 0/0: no requests in the rate window), which says nothing about health' }
  }
  const worst = c.max !== undefined ? Math.max(...values) : Math.min(...values)
  return { value: shown(worst), state: breaches(c, worst) ? 'breach' : 'ok', series: r.series.length }
}

const PROM_STEP = /^(\d+)(ms|s|m|h|d)$/
function seconds(promDuration: string): number {
  const m = PROM_STEP.exec(promDuration)!
  return Number(m[1]) * { ms: 0.001, s: 1, m: 60, h: 3600, d: 86400 }[m[2] as 'ms' | 's' | 'm' | 'h' | 'd']
}

async function ask(client: PrometheusClient, c: CheckSpec, query: string, nowMs: number): Promise<QueryResult> {
  if (!c.range) return client.instant(query)
  const end = nowMs / 1000
  return client.range(query, end - seconds(c.range.duration), end, c.range.step)
}

export async function watch(cfg: DeployCheckConfig, opts: WatchOptions): Promise<DeployCheckResult> {
  const sleep = opts.sleep ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms)))
  const now = opts.now ?? Date.now
  const k = cfg.consecutive
  const planned = Math.max(1, Math.ceil(cfg.window / cfg.interval))
  const state = cfg.checks.map((c) => ({ spec: c, query: queryFor(c), polls: [] as Poll[], streak: 0, longest: 0, failed: false, rejected: null as string | null }))
  const startedAt = new Date(now()).toISOString()
  if (cfg.delay > 0) {
    opts.logger.info(`deploy-check: waiting ${cfg.delay} s before the first poll`)
    await sleep(cfg.delay * 1000)
  }
  let made = 0
  for (let i = 0; i < planned; i++) {
    const t0 = now()
    const at = new Date(t0).toISOString()
    await Promise.all(
      state.map(async (s) => {
        let poll: Poll
        try {
          const r = await ask(opts.client, s.spec, s.query, t0)
          poll = { at, ...judge(s.spec, r) }
          if (r.warnings.length) poll.reason = [poll.reason, `Prometheus warned: ${r.warnings.join('; ')}`].filter(Boolean).join('; ')
        } catch (e) {
          if (!(e instanceof PrometheusError)) throw e
          poll = { at, value: null, state: 'inconclusive', series: 0, reason: e.message }
          if (e.kind === 'bad_data') s.rejected = e.message
        }
        s.polls.push(poll)
        if (poll.state === 'breach') {
          s.streak++
          s.longest = Math.max(s.longest, s.streak)
          if (s.streak >= k) s.failed = true
        } else if (poll.state === 'ok') s.streak = 0
        // Inconclusive polls neither add to the streak nor reset it.
      })
    )
    made++
    opts.logger.info(
      `deploy-check poll ${i + 1}/${planned}: ` +
        state.map((s) => {
          const p = s.polls[s.polls.length - 1]
          return `${s.spec.name}=${p.value ?? 'no data'} (${p.state === 'breach' ? `breach ${s.streak}/${k}` : p.state})`
        }).join(', ')
    )
    if (state.some((s) => s.failed) || state.some((s) => s.rejected)) break
    if (i < planned - 1) await sleep(Math.max(0, cfg.interval * 1000 - (now() - t0)))
  }

  const checks: CheckOutcome[] = state.map((s) => {
    const inconclusive = s.polls.filter((p) => p.state === 'inconclusive')
    const base = { name: s.spec.name, query: s.query, range: s.spec.range ?? null, max: s.spec.max ?? null, min: s.spec.min ?? null, polls: s.polls, longestStreak: s.longest }
    const limit = [s.spec.max !== undefined ? `max ${s.spec.max}` : '', s.spec.min !== undefined ? `min ${s.spec.min}` : ''].filter(Boolean).join(', ')
    if (s.failed) {
      const last = s.polls.slice(-k).map((p) => p.value)
      return { ...base, status: 'fail', message: `${k} breaches in a row (${limit}): ${last.join(', ')}` }
    }
    if (s.rejected) return { ...base, status: 'error', message: `the query was rejected: ${s.rejected}` }
    if (inconclusive.length > cfg['max-inconclusive']) {
      return { ...base, status: 'error', message: `inconclusive: ${inconclusive.length} of ${s.polls.length} polls had no usable value (at most ${cfg['max-inconclusive']} allowed): ${inconclusive[inconclusive.length - 1].reason}` }
    }
    const seen = s.polls.filter((p) => p.state !== 'inconclusive').map((p) => p.value)
    // Inconclusive polls allowed by max-inconclusive never make a pass on their own: something must have been seen.
    if (!seen.length) return { ...base, status: 'error', message: `inconclusive: none of ${s.polls.length} polls had a usable value: ${inconclusive[inconclusive.length - 1]?.reason ?? 'no poll made'}` }
    return { ...base, status: 'pass', message: `within ${limit} on ${seen.length} poll${seen.length === 1 ? '' : 's'}${s.longest ? ` (longest run of breaches: ${s.longest}, under ${k})` : ''}` }
  })
  const status = checks.some((c) => c.status === 'fail') ? 'fail' : checks.some((c) => c.status === 'error') ? 'error' : 'pass'
  const summary =
    status === 'pass'
      ? `healthy: ${checks.length} check${checks.length === 1 ? '' : 's'} within limits over ${made} poll${made === 1 ? '' : 's'}`
      : status === 'fail'
        ? `unhealthy, roll back: ${checks.filter((c) => c.status === 'fail').map((c) => `${c.name} (${c.message})`).join('; ')}`
        : `inconclusive (no rollback advised, health not shown): ${checks.filter((c) => c.status === 'error').map((c) => `${c.name}: ${c.message}`).join('; ')}`
  return {
    status,
    healthy: status === 'pass',
    rollback: status === 'fail',
    prometheus: opts.prometheus,
    startedAt,
    endedAt: new Date(now()).toISOString(),
    pollsPlanned: planned,
    pollsMade: made,
    consecutive: k,
    checks,
    summary
  }
}

/** The values each check saw, by name (null where a poll was inconclusive): the action's `values` output. */
export function valuesSeen(r: DeployCheckResult): Record<string, Array<number | string | null>> {
  return Object.fromEntries(r.checks.map((c) => [c.name, c.polls.map((p) => (p.state === 'inconclusive' && p.value !== 'NaN' ? null : p.value))]))
}
