/**
 * One HTTP request to a model endpoint, bounded: a time limit, a body size cap, no redirects, and
 * a classification of what came back (retryable 429/5xx/network, or a fatal mistake in the
 * config) with a message that says what to fix. Everything read is hostile and kept as text.
 */
import { excerpt, TargetError } from './types.js'

export interface HttpOptions {
  url: string
  method: string
  headers: Record<string, string>
  body?: string
  timeoutMs: number
  maxBytes: number
  signal: AbortSignal
}

export const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]', '::1'])

export function isLoopback(url: string): boolean {
  try {
    const host = new URL(url).hostname.toLowerCase()
    return LOOPBACK_HOSTS.has(host) || /^127(?:\.\d{1,3}){3}$/.test(host)
  } catch {
    return false
  }
}

export async function readCapped(res: Response, maxBytes: number): Promise<string> {
  if (!res.body) return ''
  const reader = res.body.getReader()
  const chunks: Uint8Array[] = []
  let size = 0
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    size += value.length
    if (size > maxBytes) {
      await reader.cancel().catch(() => undefined)
      throw new TargetError(`the answer is larger than max-answer-kb (${Math.round(maxBytes / 1024)} KiB); raise it or lower max-tokens`, { retryable: false })
    }
    chunks.push(value)
  }
  return Buffer.concat(chunks).toString('utf8')
}

function retryAfter(res: Response): number | null {
  const h = res.headers.get('retry-after')
  if (!h) return null
  const s = Number(h)
  if (Number.isFinite(s) && s >= 0) return Math.min(s * 1000, 60_000)
  const d = Date.parse(h)
  return Number.isNaN(d) ? null : Math.min(Math.max(0, d - Date.now()), 60_000)
}

/** Sends the request and returns the parsed JSON body of a 2xx answer, or throws TargetError. */
export async function requestJson(o: HttpOptions): Promise<unknown> {
  const timeout = AbortSignal.timeout(o.timeoutMs)
  const signal = AbortSignal.any([timeout, o.signal])
  let res: Response
  try {
    res = await fetch(o.url, { method: o.method, headers: o.headers, body: o.body, redirect: 'manual', signal })
  } catch (e) {
    if (o.signal.aborted) throw new TargetError('stopped: the gate was cancelled or ran out of time', { retryable: false, cause: e })
    if (timeout.aborted) throw new TargetError(`no answer within timeout-seconds (${Math.round(o.timeoutMs / 1000)} s)`, { retryable: true, cause: e })
    const cause = (e as { cause?: { code?: string; message?: string } }).cause
    throw new TargetError(`cannot reach ${o.url}: ${cause?.code ?? cause?.message ?? (e as Error).message}`, { retryable: true, cause: e })
  }
  let text: string
  try {
    text = await readCapped(res, o.maxBytes)
  } catch (e) {
    if (e instanceof TargetError) throw e
    if (timeout.aborted) throw new TargetError(`the answer did not finish within timeout-seconds (${Math.round(o.timeoutMs / 1000)} s)`, { retryable: true, cause: e })
    throw new TargetError(`the connection broke while reading the answer: ${(e as Error).message}`, { retryable: true, cause: e })
  }
  const status = res.status
  if (status >= 300 && status < 400) {
    throw new TargetError(`HTTP ${status} redirect to ${excerpt(res.headers.get('location') ?? '?', 120)}: redirects are not followed; put the final URL in the config`, { retryable: false })
  }
  if (status === 429 || status >= 500) {
    throw new TargetError(`HTTP ${status}${text ? `: ${excerpt(text)}` : ''}`, { retryable: true, retryAfterMs: retryAfter(res) })
  }
  if (status === 400 && /"code"\s*:\s*"content_filter"/.test(text)) {
    throw new TargetError(`HTTP 400: the endpoint's content filter blocked the prompt`, { retryable: false, contentFilter: true })
  }
  if (status >= 400) {
    const hint = status === 401 || status === 403 ? ' (check the key in api-key-env)' : status === 404 ? ' (check the URL and the model name)' : ' (check the request template and model)'
    throw new TargetError(`HTTP ${status}${hint}: ${excerpt(text) || 'empty body'}`, { retryable: false })
  }
  const ctype = (res.headers.get('content-type') ?? '').toLowerCase()
  const trimmed = text.trimStart()
  if (ctype.includes('text/event-stream') || trimmed.startsWith('data:')) {
    throw new TargetError('the endpoint answered with a stream (server-sent events); it must answer one JSON object: set stream: false in the body', { retryable: false })
  }
  if (!trimmed) throw new TargetError(`HTTP ${status} with an empty body: the endpoint gave no answer`, { retryable: false })
  if (trimmed.startsWith('<')) throw new TargetError(`the endpoint answered HTML, not JSON (${excerpt(trimmed, 80)}): is the URL the API endpoint and not a web page?`, { retryable: false })
  try {
    return JSON.parse(text)
  } catch {
    // Newline-delimited JSON is how Ollama streams.
    if (/^\{.*\}\s*\n\s*\{/s.test(trimmed)) throw new TargetError('the endpoint answered several JSON lines (a stream); set stream: false', { retryable: false })
    throw new TargetError(`the answer is not JSON: ${excerpt(trimmed, 120)}`, { retryable: false })
  }
}

/** A 200 that carries an error object instead of an answer (OpenAI- and Ollama-style). */
export function errorInBody(body: unknown): string | null {
  if (body && typeof body === 'object' && !Array.isArray(body) && 'error' in body) {
    const err = (body as { error: unknown }).error
    if (err === null || err === undefined || err === false) return null
    if (typeof err === 'string') return err
    if (typeof err === 'object' && err && typeof (err as { message?: unknown }).message === 'string') return (err as { message: string }).message
    return JSON.stringify(err).slice(0, 200)
  }
  return null
}
