/**
 * A small client for Prometheus's HTTP API (/api/v1/query and /api/v1/query_range): form-encoded
 * POST, bearer or basic auth, a time limit per request, a cap on the answer's size, and every
 * answer validated (status, errorType, resultType, sample values as strings such as "NaN" and
 * "+Inf"). Anything else is a PrometheusError saying what happened; never a number.
 */
import { z } from 'zod'

export type PrometheusErrorKind = 'unreachable' | 'timeout' | 'http' | 'bad_data' | 'execution' | 'shape' | 'too_large'

export class PrometheusError extends Error {
  constructor(
    readonly kind: PrometheusErrorKind,
    message: string
  ) {
    super(message)
    this.name = 'PrometheusError'
  }
}

export interface PrometheusAuth {
  bearer?: string
  basic?: { username: string; password: string }
}

export interface ClientOptions {
  url: string
  auth?: PrometheusAuth
  timeoutMs: number
  /** Largest answer read (default 8 MiB). */
  maxBytes?: number
}

/** One series' value(s): instant queries give one point, range queries several. */
export interface Series {
  labels: Record<string, string>
  points: Array<[number, number]>
}

export interface QueryResult {
  resultType: 'vector' | 'matrix' | 'scalar' | 'string'
  series: Series[]
  warnings: string[]
}

const sample = z.tuple([z.number(), z.string()])
const envelope = z.object({
  status: z.enum(['success', 'error']),
  data: z
    .object({
      resultType: z.enum(['vector', 'matrix', 'scalar', 'string']),
      result: z.unknown()
    })
    .optional(),
  errorType: z.string().optional(),
  error: z.string().optional(),
  warnings: z.array(z.string()).optional()
})
const vector = z.array(z.object({ metric: z.record(z.string(), z.string()), value: sample }))
const matrix = z.array(z.object({ metric: z.record(z.string(), z.string()), values: z.array(sample) }))

/** A sample value as Prometheus writes it: a decimal, "NaN", "+Inf" or "-Inf". */
export function parseSampleValue(s: string): number {
  if (s === 'NaN') return NaN
  if (s === '+Inf' || s === 'Inf') return Infinity
  if (s === '-Inf') return -Infinity
  const n = Number(s)
  if (s.trim() === '' || Number.isNaN(n)) throw new PrometheusError('shape', `sample value "${s.slice(0, 40)}" is not a number`)
  return n
}

/** The server's address for messages: scheme, host and path, never credentials or a query string. */
export function displayUrl(url: string): string {
  try {
    const u = new URL(url)
    return `${u.protocol}//${u.host}${u.pathname.replace(/\/+$/, '')}`
  } catch {
    return '(invalid URL)'
  }
}

export class PrometheusClient {
  private readonly base: URL
  constructor(private readonly opts: ClientOptions) {
    const u = new URL(opts.url)
    if (u.username || u.password) throw new PrometheusError('shape', `the Prometheus URL ${displayUrl(opts.url)} carries credentials; put them in the environment variables instead (docs/deploy-check.md, "Authentication")`)
    if (u.protocol !== 'http:' && u.protocol !== 'https:') throw new PrometheusError('shape', `the Prometheus URL must be http or https, got ${u.protocol}`)
    this.base = u
  }

  instant(query: string, time?: number): Promise<QueryResult> {
    const form: Record<string, string> = { query }
    if (time !== undefined) form.time = String(time)
    return this.call('query', form)
  }

  range(query: string, start: number, end: number, step: string): Promise<QueryResult> {
    return this.call('query_range', { query, start: String(start), end: String(end), step })
  }

  private endpoint(name: string): URL {
    const u = new URL(this.base.toString())
    u.pathname = `${u.pathname.replace(/\/+$/, '')}/api/v1/${name}`
    u.search = ''
    return u
  }

  private headers(): Record<string, string> {
    const h: Record<string, string> = { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json' }
    const a = this.opts.auth
    if (a?.bearer) h.authorization = `Bearer ${a.bearer}`
    else if (a?.basic) h.authorization = `Basic ${Buffer.from(`${a.basic.username}:${a.basic.password}`).toString('base64')}`
    return h
  }

  private async call(name: string, form: Record<string, string>): Promise<QueryResult> {
    const where = displayUrl(this.endpoint(name).toString())
    let res: Response
    try {
      res = await fetch(this.endpoint(name), { method: 'POST', headers: this.headers(), body: new URLSearchParams(form), signal: AbortSignal.timeout(this.opts.timeoutMs), redirect: 'error' })
    } catch (e) {
      const err = e as Error & { cause?: { code?: string; message?: string } }
      if (err.name === 'TimeoutError' || err.name === 'AbortError') throw new PrometheusError('timeout', `${where} did not answer within ${this.opts.timeoutMs / 1000} s`)
      throw new PrometheusError('unreachable', `${where} is unreachable: ${err.cause?.code ?? err.cause?.message ?? err.message}`)
    }
    const text = await this.readCapped(res, where)
    if (res.status === 401 || res.status === 403) {
      const sent = this.opts.auth?.bearer ? 'the bearer token was' : this.opts.auth?.basic ? 'the basic-auth user and password were' : 'no credentials were sent and are'
      throw new PrometheusError('http', `${where} answered HTTP ${res.status}: ${sent} not accepted; set the bearer-token or username/password environment variables (docs/deploy-check.md, "Authentication")`)
    }
    let body: unknown
    try {
      body = JSON.parse(text)
    } catch {
      const kind = res.ok ? 'shape' : 'http'
      throw new PrometheusError(kind, `${where} answered HTTP ${res.status} with a body that is not JSON (${text.slice(0, 80).replace(/\s+/g, ' ')}…); is this a Prometheus server?`)
    }
    const env = envelope.safeParse(body)
    if (!env.success) throw new PrometheusError('shape', `${where} answered HTTP ${res.status} with JSON that is not a Prometheus API answer (no status/data)`)
    const e = env.data
    if (e.status === 'error') {
      const kind = e.errorType === 'bad_data' ? 'bad_data' : e.errorType === 'timeout' ? 'timeout' : e.errorType === 'execution' ? 'execution' : 'http'
      throw new PrometheusError(kind, `Prometheus refused the query (HTTP ${res.status}, ${e.errorType ?? 'error'}): ${e.error ?? 'no message'}`)
    }
    if (!res.ok) throw new PrometheusError('http', `${where} answered HTTP ${res.status}`)
    if (!e.data) throw new PrometheusError('shape', `${where} answered success without data`)
    return { resultType: e.data.resultType, series: this.series(e.data.resultType, e.data.result), warnings: e.warnings ?? [] }
  }

  private series(type: QueryResult['resultType'], result: unknown): Series[] {
    if (type === 'vector') {
      const v = vector.safeParse(result)
      if (!v.success) throw new PrometheusError('shape', 'a vector answer does not have the documented shape ([{metric, value: [time, "value"]}])')
      return v.data.map((s) => ({ labels: s.metric, points: [[s.value[0], parseSampleValue(s.value[1])]] }))
    }
    if (type === 'matrix') {
      const m = matrix.safeParse(result)
      if (!m.success) throw new PrometheusError('shape', 'a matrix answer does not have the documented shape ([{metric, values: [[time, "value"]...]}])')
      return m.data.map((s) => ({ labels: s.metric, points: s.values.map(([t, v]) => [t, parseSampleValue(v)] as [number, number]) }))
    }
    if (type === 'scalar') {
      const s = sample.safeParse(result)
      if (!s.success) throw new PrometheusError('shape', 'a scalar answer does not have the documented shape ([time, "value"])')
      return [{ labels: {}, points: [[s.data[0], parseSampleValue(s.data[1])]] }]
    }
    throw new PrometheusError('shape', 'the query gives a string, not a number; compare numbers')
  }

  private async readCapped(res: Response, where: string): Promise<string> {
    const max = this.opts.maxBytes ?? 8 * 1024 * 1024
    const reader = res.body?.getReader()
    if (!reader) return ''
    const chunks: Uint8Array[] = []
    let size = 0
    for (;;) {
      const { done, value } = await reader.read()
      if (done) break
      size += value.byteLength
      if (size > max) {
        await reader.cancel()
        throw new PrometheusError('too_large', `${where} answered more than ${max} bytes; narrow the query (aggregate with sum or max)`)
      }
      chunks.push(value)
    }
    return Buffer.concat(chunks).toString('utf8')
  }
}
