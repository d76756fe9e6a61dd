/**
 * The `deploy-check:` block of the config file (docs/deploy-check.md): where Prometheus is, how
 * long to watch, and the checks (built-in error ratio and latency quantile, or any PromQL query)
 * with their thresholds.
 */
import { z } from 'zod'

const UNITS: Record<string, number> = { ms: 0.001, s: 1, m: 60, h: 3600 }

/** "90s", "5m", "1h", "250ms" or a number of seconds, as seconds. */
export function parseDuration(v: string | number): number | null {
  if (typeof v === 'number') return Number.isFinite(v) && v >= 0 ? v : null
  const m = /^(\d+(?:\.\d+)?)(ms|s|m|h)?$/.exec(v.trim())
  return m ? Number(m[1]) * UNITS[m[2] ?? 's'] : null
}

const duration = (what: string, max: number) =>
  z
    .union([z.string(), z.number()])
    .transform((v, ctx) => {
      const s = parseDuration(v)
      if (s === null || s > max) {
        ctx.addIssue({ code: 'custom', message: `${what} must be a duration such as 30s, 5m or 1h (at most ${max / 60} minutes), got "${v}"` })
        return z.NEVER
      }
      return s
    })

/** A PromQL range such as 5m (rate windows, lookbacks): kept as written, checked for shape. */
const promRange = z.string().regex(/^\d+(ms|s|m|h|d)$/, 'a PromQL duration such as 30s, 5m or 1h')
/** A label matcher list without braces, e.g. job="app",namespace="prod". */
const selector = z
  .string()
  .max(500)
  .refine((s) => !/[{}]/.test(s), 'write the label matchers without braces, e.g. job="app"')

const threshold = {
  max: z.number().optional().describe('A value above this is a breach.'),
  min: z.number().optional().describe('A value below this is a breach.')
}

const errorRatio = z.strictObject({
  metric: z.string().regex(/^[a-zA-Z_:][a-zA-Z0-9_:]*$/).default('http_requests_total').describe('Request counter.'),
  selector: selector.default('').describe('Label matchers for the service, e.g. job="app".'),
  'code-label': z.string().regex(/^[a-zA-Z_][a-zA-Z0-9_]*$/).default('code'),
  errors: z.string().max(100).default('5..').describe('Regular expression of the error codes.'),
  'rate-window': promRange.default('5m')
})

const latency = z.strictObject({
  metric: z.string().regex(/^[a-zA-Z_:][a-zA-Z0-9_:]*$/).default('http_request_duration_seconds').describe('Histogram name (without _bucket).'),
  selector: selector.default(''),
  quantile: z.number().gt(0).lt(1).default(0.95),
  'rate-window': promRange.default('5m')
})

const rangeSpec = z.strictObject({
  duration: promRange.describe('How far back from each poll the range query reads, e.g. 10m.'),
  step: promRange.default('30s'),
  reduce: z.enum(['max', 'min', 'avg', 'last']).default('max').describe('How the points of the range become the one value compared with the threshold.')
})

export const checkSchema = z
  .strictObject({
    name: z.string().regex(/^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$/, 'a check name is letters, digits, _ . - (at most 64)'),
    query: z.string().min(1).max(4000).optional().describe('Any PromQL expression (e.g. an injection-attempt counter).'),
    'error-ratio': errorRatio.optional().describe('Built-in: errors / all requests, as a ratio (0..1).'),
    latency: latency.optional().describe('Built-in: a latency quantile from a histogram, in the histogram\'s unit.'),
    range: rangeSpec.optional().describe('Ask with a range query (query_range) and reduce the points, instead of an instant query.'),
    ...threshold
  })
  .refine((c) => [c.query, c['error-ratio'], c.latency].filter((x) => x !== undefined).length === 1, { message: 'give exactly one of query, error-ratio or latency' })
  .refine((c) => c.max !== undefined || c.min !== undefined, { message: 'give a threshold: max (a breach above it) or min (a breach below it)' })

export type CheckSpec = z.infer<typeof checkSchema>

export const deployCheckSchema = z
  .strictObject({
    prometheus: z
      .strictObject({
        url: z.string().url().optional().describe('Base URL of the Prometheus server (or set the input prometheus-url / --prometheus-url).'),
        'bearer-token-env': z.string().default('PROMETHEUS_BEARER_TOKEN').describe('Environment variable holding a bearer token (used when set).'),
        'username-env': z.string().default('PROMETHEUS_USERNAME').describe('Environment variable holding the basic-auth user (used with password-env).'),
        'password-env': z.string().default('PROMETHEUS_PASSWORD'),
        'timeout-seconds': z.number().positive().max(120).default(10).describe('Time limit of one request.')
      })
      .prefault({}),
    delay: duration('delay', 3600).default(0).describe('Wait before the first poll (at least the scrape interval plus the rate window after the deploy).'),
    window: duration('window', 6 * 3600).default(600).describe('How long to watch.'),
    interval: duration('interval', 3600).default(60).describe('Time between polls.'),
    consecutive: z.number().int().min(1).max(100).default(3).describe('Breaches in a row of one check before it fails and a rollback is advised.'),
    'max-inconclusive': z.number().int().min(0).max(1000).default(0).describe('Polls per check that may be inconclusive (no data, NaN, Prometheus error) before the check is an error.'),
    checks: z.array(checkSchema).min(1).max(50)
  })
  .superRefine((c, ctx) => {
    const seen = new Set<string>()
    c.checks.forEach((k, i) => {
      if (seen.has(k.name)) ctx.addIssue({ code: 'custom', path: ['checks', i, 'name'], message: `duplicate check name "${k.name}"` })
      seen.add(k.name)
    })
    if (c.interval <= 0) ctx.addIssue({ code: 'custom', path: ['interval'], message: 'interval must be more than 0 seconds' })
  })
  .describe('Post-deploy health watch over Prometheus (mode: deploy-check / ai-secure-gates deploy-check).')

export type DeployCheckConfig = z.infer<typeof deployCheckSchema>

/** The PromQL a check sends. */
export function queryFor(c: CheckSpec): string {
  if (c.query) return c.query
  if (c['error-ratio']) {
    const e = c['error-ratio']
    const sel = e.selector ? `${e.selector},` : ''
    const all = e.selector ? `{${e.selector}}` : ''
    return `sum(rate(${e.metric}{${sel}${e['code-label']}=~"${e.errors.replace(/["\\]/g, '\\$&')}"}[${e['rate-window']}])) / sum(rate(${e.metric}${all}[${e['rate-window']}]))`
  }
  const l = c.latency!
  const sel = l.selector ? `{${l.selector}}` : ''
  return `histogram_quantile(${l.quantile}, sum by (le) (rate(${l.metric}_bucket${sel}[${l['rate-window']}])))`
}
