/** What every target client speaks: one chat turn in, one answer out. */
import { GatesError } from '../engine/errors.js'

export interface TargetRequest {
  /** System prompt (sent as a system message, {{system}} or SYSTEM_PROMPT); may be empty. */
  system: string
  prompt: string
}

export interface TargetAnswer {
  /** The answer text (may be empty; never null). Hostile: bound, escape and never execute it. */
  text: string
  /** OpenAI's message.refusal when the endpoint filled it. */
  refusal: string | null
  /** finish_reason / done_reason when the endpoint gave one (content_filter is a refusal). */
  finishReason: string | null
}

/** One client per kind; send() does one request, with no retries (the session adds them). */
export interface TargetClient {
  /** A short description for logs and the report: kind, URL or program, model. Never a key. */
  readonly label: string
  send(req: TargetRequest, signal: AbortSignal): Promise<TargetAnswer>
}

/**
 * The target failed. `retryable`: 429, 5xx, a network error or a time-out (tried again with
 * backoff); otherwise the answer can never succeed as configured (4xx, wrong JSONPath, HTML...).
 */
export class TargetError extends GatesError {
  readonly retryable: boolean
  readonly retryAfterMs: number | null
  /** The endpoint's content filter blocked the prompt (Azure OpenAI answers 400 with code content_filter). */
  readonly contentFilter: boolean
  constructor(message: string, opts: { retryable: boolean; retryAfterMs?: number | null; cause?: unknown; contentFilter?: boolean }) {
    super('TARGET', message, { cause: opts.cause })
    this.retryable = opts.retryable
    this.retryAfterMs = opts.retryAfterMs ?? null
    this.contentFilter = opts.contentFilter ?? false
  }
}

/** The session's budget (requests or minutes) ran out; the run stops, keeping what was completed. */
export class BudgetError extends GatesError {
  constructor(message: string) {
    super('TARGET', message)
  }
}

/** At most `max` characters of hostile text for an error message, on one line. */
export function excerpt(text: string, max = 200): string {
  const one = text.replace(/[\r\n\u2028\u2029]+/g, ' ').replace(/\s+/g, ' ').trim()
  return one.length > max ? `${one.slice(0, max)}…` : one
}
