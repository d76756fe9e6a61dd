/**
 * A small GitHub REST client for gates that read the API (the approval gate): plain fetch, JSON,
 * pagination by the Link header, and retries that respect GitHub's rate limits:
 *
 * - 429, and 403 with `retry-after` or `x-ratelimit-remaining: 0` (secondary and primary rate
 *   limits): wait as long as `retry-after` (seconds) or `x-ratelimit-reset` say, then retry;
 * - 500, 502, 503, 504 and network errors: retry with a growing pause;
 * - a wait longer than `maxWaitMs`, or more than `retries` retries, ends in a RestError that says so.
 *
 * Every request shares one deadline (`signal`). Errors carry the status and GitHub's message, so the
 * caller can tell "not found" (404) from "not allowed" (403) and say what to do.
 */

export class RestError extends Error {
  constructor(
    readonly status: number,
    readonly path: string,
    message: string
  ) {
    super(message)
    this.name = 'RestError'
  }
}

export interface RestOptions {
  baseUrl: string
  token: string
  signal?: AbortSignal
  /** Retries after the first attempt (default 4). */
  retries?: number
  /** Longest single wait a rate limit may ask for before giving up (default 60 s). */
  maxWaitMs?: number
  /** Pages a paginated read may follow (default 50; 100 items each). */
  maxPages?: number
  sleep?: (ms: number) => Promise<void>
  now?: () => number
  fetch?: typeof fetch
}

export interface RestResponse<T> {
  status: number
  data: T
  headers: Headers
}

const RETRY_STATUS = new Set([500, 502, 503, 504])

function defaultSleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    const t = setTimeout(resolve, ms)
    signal?.addEventListener('abort', () => {
      clearTimeout(t)
      reject(signal.reason instanceof Error ? signal.reason : new Error('aborted'))
    }, { once: true })
  })
}

/** How long GitHub asks us to wait, or null when the answer is not a rate limit. */
export function rateLimitWait(status: number, headers: Headers, now: number): number | null {
  const retryAfter = headers.get('retry-after')
  if (status === 429 || status === 403 || RETRY_STATUS.has(status)) {
    if (retryAfter !== null) {
      const secs = Number(retryAfter)
      if (Number.isFinite(secs) && secs >= 0) return secs * 1000
      const date = Date.parse(retryAfter)
      if (!Number.isNaN(date)) return Math.max(0, date - now)
    }
  }
  if ((status === 429 || status === 403) && headers.get('x-ratelimit-remaining') === '0') {
    const reset = Number(headers.get('x-ratelimit-reset'))
    if (Number.isFinite(reset) && reset > 0) return Math.max(0, reset * 1000 - now) + 1000
  }
  if (status === 429) return 60_000
  return null
}

function nextLink(headers: Headers): string | null {
  const link = headers.get('link')
  if (!link) return null
  for (const part of link.split(',')) {
    const m = /<([^>]+)>\s*;\s*rel="?next"?/.exec(part)
    if (m) return m[1]
  }
  return null
}

export class RestClient {
  private readonly opts: Required<Omit<RestOptions, 'signal'>> & { signal?: AbortSignal }
  /** Requests sent, retries included (for the report). */
  requests = 0

  constructor(opts: RestOptions) {
    this.opts = {
      retries: 4,
      maxWaitMs: 60_000,
      maxPages: 50,
      sleep: (ms) => defaultSleep(ms, opts.signal),
      now: () => Date.now(),
      fetch: globalThis.fetch,
      ...opts,
      baseUrl: opts.baseUrl.replace(/\/+$/, '')
    }
  }

  private url(path: string, query?: Record<string, string | number>): string {
    if (/^https?:\/\//.test(path)) {
      // Only follow links back to the same API (pagination), never elsewhere.
      if (!path.startsWith(this.opts.baseUrl + '/')) throw new RestError(0, path, `refused to follow a link outside ${this.opts.baseUrl}: ${path}`)
      return path
    }
    const u = new URL(this.opts.baseUrl + path)
    for (const [k, v] of Object.entries(query ?? {})) u.searchParams.set(k, String(v))
    return u.toString()
  }

  async get<T>(path: string, query?: Record<string, string | number>): Promise<RestResponse<T>> {
    const url = this.url(path, query)
    const label = path.split('?')[0].replace(this.opts.baseUrl, '')
    let attempt = 0
    for (;;) {
      let res: Response
      try {
        this.requests++
        res = await this.opts.fetch(url, {
          headers: {
            accept: 'application/vnd.github+json',
            authorization: `Bearer ${this.opts.token}`,
            'x-github-api-version': '2022-11-28',
            'user-agent': 'ai-secure-gates'
          },
          signal: this.opts.signal
        })
      } catch (e) {
        if (this.opts.signal?.aborted) throw new RestError(0, label, `GET ${label}: stopped (time limit reached)`)
        if (attempt++ < this.opts.retries) {
          await this.opts.sleep(1000 * 2 ** attempt)
          continue
        }
        throw new RestError(0, label, `GET ${label}: network error, GitHub's API was not reached (${e instanceof Error ? e.message : String(e)})`)
      }
      const text = await res.text()
      let data: any
      try {
        data = text ? JSON.parse(text) : null
      } catch {
        data = text
      }
      if (res.ok) return { status: res.status, data: data as T, headers: res.headers }
      const message = typeof data?.message === 'string' ? data.message : `HTTP ${res.status}`
      const wait = rateLimitWait(res.status, res.headers, this.opts.now())
      const retryable = wait !== null || RETRY_STATUS.has(res.status)
      if (retryable && attempt < this.opts.retries) {
        const ms = wait ?? 1000 * 2 ** attempt
        if (ms > this.opts.maxWaitMs) {
          throw new RestError(res.status, label, `GET ${label}: HTTP ${res.status} (${message}); GitHub asks to wait ${Math.ceil(ms / 1000)} s, longer than the ${Math.round(this.opts.maxWaitMs / 1000)} s allowed: re-run the job later`)
        }
        attempt++
        await this.opts.sleep(ms)
        continue
      }
      const tries = attempt ? ` after ${attempt + 1} attempts` : ''
      throw new RestError(res.status, label, `GET ${label}: HTTP ${res.status} (${message})${tries}`)
    }
  }

  /** Every item of a list endpoint, following Link rel="next" (100 per page), up to maxPages. */
  async paginate<T>(path: string, query: Record<string, string | number> = {}): Promise<{ items: T[]; pages: number; truncated: boolean }> {
    const items: T[] = []
    let next: string | null = this.url(path, { per_page: 100, ...query })
    let pages = 0
    while (next) {
      if (pages >= this.opts.maxPages) return { items, pages, truncated: true }
      const r: RestResponse<T[]> = await this.get<T[]>(next)
      if (!Array.isArray(r.data)) throw new RestError(r.status, path, `GET ${path}: expected a list, got ${typeof r.data}`)
      items.push(...r.data)
      pages++
      next = nextLink(r.headers)
    }
    return { items, pages, truncated: false }
  }
}
