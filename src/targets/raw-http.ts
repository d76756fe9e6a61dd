/**
 * One HTTP request whose answer is kept as it came (status, content type, body text, time), for
 * probing how an endpoint handles bad input: nothing is judged here, no retries, no redirects.
 * Only a request that got no answer at all (refused, reset, timed out) throws.
 */
import { readCapped } from './http.js'
import { TargetError } from './types.js'

export interface RawRequest {
  url: string
  method: string
  headers: Record<string, string>
  body?: string | Uint8Array
  timeoutMs: number
  maxBytes: number
  signal: AbortSignal
}

export interface RawAnswer {
  status: number
  contentType: string
  text: string
  /** Milliseconds from sending to the end of the body. */
  ms: number
}

export async function requestRaw(o: RawRequest): Promise<RawAnswer> {
  const timeout = AbortSignal.timeout(o.timeoutMs)
  const signal = AbortSignal.any([timeout, o.signal])
  const t0 = performance.now()
  let res: Response
  try {
    res = await fetch(o.url, { method: o.method, headers: o.headers, body: o.body as string | undefined, redirect: 'manual', signal })
  } catch (e) {
    if (o.signal.aborted) throw new TargetError('stopped: the gate was cancelled or ran out of time', { retryable: false, cause: e })
    if (timeout.aborted) throw new TargetError(`no answer within ${Math.round(o.timeoutMs / 1000)} s`, { retryable: true, cause: e })
    const cause = (e as { cause?: { code?: string; message?: string } }).cause
    throw new TargetError(`no answer: ${cause?.code ?? cause?.message ?? (e as Error).message}`, { retryable: true, cause: e })
  }
  let text: string
  try {
    text = await readCapped(res, o.maxBytes)
  } catch (e) {
    if (e instanceof TargetError) throw e
    if (timeout.aborted) throw new TargetError(`the answer did not finish within ${Math.round(o.timeoutMs / 1000)} s`, { retryable: true, cause: e })
    throw new TargetError(`the connection broke while reading the answer: ${(e as Error).message}`, { retryable: true, cause: e })
  }
  return { status: res.status, contentType: (res.headers.get('content-type') ?? '').toLowerCase(), text, ms: performance.now() - t0 }
}
