import { describe, expect, it } from '@jest/globals'
import { rateLimitWait, RestClient, RestError } from '../../src/github/rest.js'

const h = (o: Record<string, string>) => new Headers(o)

describe('rateLimitWait: how long GitHub asks to wait', () => {
  const now = Date.parse('2026-11-30T12:00:00Z')
  it('Retry-After in seconds and as an HTTP date', () => {
    expect(rateLimitWait(429, h({ 'retry-after': '30' }), now)).toBe(30_000)
    expect(rateLimitWait(403, h({ 'retry-after': 'Mon, 30 Nov 2026 12:00:10 GMT' }), now)).toBe(10_000)
    expect(rateLimitWait(503, h({ 'retry-after': '2' }), now)).toBe(2000)
  })
  it('a primary rate limit: until x-ratelimit-reset (plus a second)', () => {
    expect(rateLimitWait(403, h({ 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(now / 1000 + 20) }), now)).toBe(21_000)
  })
  it('a 403 that is not a rate limit is not retried; a bare 429 waits a minute', () => {
    expect(rateLimitWait(403, h({}), now)).toBeNull()
    expect(rateLimitWait(404, h({ 'retry-after': '5' }), now)).toBeNull()
    expect(rateLimitWait(429, h({}), now)).toBe(60_000)
  })
})

describe('RestClient', () => {
  it('never follows a pagination link to another host (the token would go with it)', async () => {
    let calls = 0
    const fake = (async () => {
      calls++
      return new Response('[]', { status: 200, headers: { link: '<https://evil.example/steal?page=2>; rel="next"' } })
    }) as typeof fetch
    const api = new RestClient({ baseUrl: 'https://api.github.com', token: 't', fetch: fake })
    const e = await api.paginate('/repos/o/r/pulls/1/reviews').catch((x: unknown) => x)
    expect(e).toBeInstanceOf(RestError)
    expect((e as Error).message).toMatch(/refused to follow a link outside https:\/\/api.github.com/)
    expect(calls).toBe(1)
  })

  it('a network error is retried, then named', async () => {
    const sleeps: number[] = []
    const fake = (async () => {
      throw new TypeError('fetch failed')
    }) as typeof fetch
    const api = new RestClient({ baseUrl: 'https://api.github.com', token: 't', fetch: fake, retries: 2, sleep: async (ms) => void sleeps.push(ms) })
    await expect(api.get('/repos/o/r')).rejects.toThrow(/network error, GitHub's API was not reached \(fetch failed\)/)
    expect(sleeps).toEqual([2000, 4000])
  })
})
