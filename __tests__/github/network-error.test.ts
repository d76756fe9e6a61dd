/** A request GitHub's API never answered (no DNS) is named as a network failure, not "HTTP 500". */
import { describe, expect, it } from '@jest/globals'
import { createClient } from '../../src/github/client.js'

describe('GitHub client without network', () => {
  it('reports a DNS failure as such (real Octokit request to a name that cannot resolve)', async () => {
    // .invalid never resolves (RFC 2606), whatever network this machine has.
    const client = createClient('token', 'o', 'r', 'https://api.example.invalid', 30_000)
    const e = (await client.createCheckRun({ name: 'x', head_sha: 'a'.repeat(40) } as never).catch((x: unknown) => x)) as { status: number; message: string }
    expect(e.status).toBe(0)
    expect(e.message).toMatch(/^network error: a DNS lookup failed for api\.example\.invalid, so GitHub's API was not reached/)
    expect(e.message).not.toMatch(/HTTP 500/)
  }, 60_000)
})
