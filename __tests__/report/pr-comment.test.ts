import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'
import { createClient } from '../../src/github/client.js'
import { explainForbidden, readRunContext } from '../../src/github/context.js'
import { COMMENT_LIMIT, DEFAULT_MARKER, findOwnComment, markerFor, publishPrComment, renderPrComment, type PublishCommentOptions } from '../../src/report/pr-comment.js'
import { GitHubApiDouble } from '../support/github-api-double.js'
import { mkFinding, mkReport } from '../support/report.js'

const HEAD = 'abcdef0123456789abcdef0123456789abcdef01'

describe('renderPrComment', () => {
  it('starts with the hidden marker and shows the verdict table and the blocking findings only', () => {
    const r = mkReport([{ id: 'code', findings: [mkFinding(0), mkFinding(2)] }, { id: 'data', status: 'skipped', reason: 'not configured' }])
    const body = renderPrComment(r, { headSha: HEAD, repository: 'o/r' })
    expect(body.startsWith(DEFAULT_MARKER)).toBe(true)
    expect(body).toContain('## ai-secure-gates ❌ failed')
    expect(body).toMatch(/^\| code \| ❌ fail \| 1 \|/m)
    expect(body).toContain('### Blocking findings (1)')
    expect(body).toContain(`[src/f0.py:1](https://github.com/o/r/blob/${HEAD}/src/f0.py#L1)`)
    expect(body).not.toContain('finding 2')
    expect(body).toContain('Skipped: data')
  })

  it('escapes what tools wrote, and stays within 65,536 with a note when there are too many rows', () => {
    const findings = Array.from({ length: 2000 }, (_, i) => mkFinding(i, { severity: 'high', blocking: true, message: `x](https://evil.example) <script> | ${'long '.repeat(60)}` }))
    const body = renderPrComment(mkReport([{ id: 'code', findings }]))
    expect(Buffer.byteLength(body)).toBeLessThanOrEqual(COMMENT_LIMIT)
    expect(body).toMatch(/✂️ \d+ more blocking findings are not listed, to stay within GitHub's limit of 65,536 characters/)
    // the bracket is escaped, so no link is formed
    expect(body).not.toMatch(/[^\\]\]\(https:\/\/evil/)
    expect(body).toContain('x\\](https:\u2060//evil.example)')
    expect(body).not.toContain('<script>')
  })

  it('finds its own comment by the marker, preferring a bot-written one', () => {
    const comments = [
      { id: 1, body: `${DEFAULT_MARKER}\nfake`, user: { login: 'mallory', type: 'User' } },
      { id: 2, body: `${DEFAULT_MARKER}\nreal`, user: { login: 'github-actions[bot]', type: 'Bot' } },
      { id: 3, body: 'hello', user: { login: 'alice', type: 'User' } }
    ]
    expect(findOwnComment(comments, DEFAULT_MARKER)?.id).toBe(2)
    expect(findOwnComment(comments, markerFor('nightly'))).toBeNull()
    // a person's comment quoting the marker is never picked, even when it is the only one
    expect(findOwnComment([comments[0], comments[2]], DEFAULT_MARKER)).toBeNull()
  })
})

describe('publishing the PR comment to the GitHub API double (real Octokit client)', () => {
  let api: GitHubApiDouble
  beforeAll(async () => {
    api = await GitHubApiDouble.start()
  })
  afterAll(async () => {
    await api.close()
  })
  beforeEach(() => {
    api.calls.length = 0
    api.comments.clear()
    api.forbid = {}
  })

  const ctx = readRunContext({ GITHUB_EVENT_NAME: 'pull_request', GITHUB_REPOSITORY: 'octo/ml', GITHUB_SHA: 'f'.repeat(40) }, {
    pull_request: { number: 12, head: { sha: HEAD, ref: 'x', repo: { full_name: 'octo/ml' } }, base: { sha: 'e'.repeat(40), repo: { full_name: 'octo/ml' } } }
  })
  function options(): PublishCommentOptions & { warnings: string[] } {
    const warnings: string[] = []
    return { client: createClient('ghs_t', 'octo', 'ml', api.url), prNumber: 12, headSha: HEAD, repository: 'octo/ml', warn: (m) => warnings.push(m), explainForbidden: (m) => explainForbidden(ctx, 'comment', m), warnings }
  }

  it('creates one comment, then updates it in place on the next run (found among 120 comments, paginated)', async () => {
    for (let i = 0; i < 120; i++) api.addComment(12, `chatter ${i}`, { login: 'alice', type: 'User' })
    const failing = mkReport([{ id: 'code', findings: [mkFinding(0)] }])
    const first = await publishPrComment(failing, options())
    expect(first.action).toBe('created')
    for (let i = 0; i < 30; i++) api.addComment(12, `more ${i}`, { login: 'bob', type: 'User' })
    const passing = mkReport([{ id: 'code', findings: [] }])
    const second = await publishPrComment(passing, options())
    expect(second.action).toBe('updated')
    expect(api.problems()).toEqual([])
    const ours = [...api.comments.values()].filter((c) => c.body.startsWith(DEFAULT_MARKER))
    expect(ours).toHaveLength(1)
    expect(ours[0].updates).toBe(1)
    expect(ours[0].body).toContain('✅ passed')
    // the second run listed all 151 comments over two pages of 100
    const lists = api.callsTo('issues/list-comments')
    expect(lists.slice(-2).map((c) => c.query.page ?? '1')).toEqual(['1', '2'])
    expect(api.callsTo('issues/create-comment')).toHaveLength(1)
    expect(api.callsTo('issues/update-comment')).toHaveLength(1)
  })

  it('a marked comment it may not edit (a user forged the marker) leads to a new comment of its own', async () => {
    api.addComment(12, `${DEFAULT_MARKER}\nforged`, { login: 'mallory', type: 'User' })
    const r = await publishPrComment(mkReport([{ id: 'code' }]), options())
    expect(r.action).toBe('created')
    expect([...api.comments.values()].find((c) => c.user.login === 'mallory')!.body).toContain('forged')
  })

  it('a 403 is a warning that names pull-requests: write; nothing throws', async () => {
    api.forbid.comments = true
    const opts = options()
    const r = await publishPrComment(mkReport([{ id: 'code' }]), opts)
    expect(r.action).toBeNull()
    expect(r.forbidden).toMatch(/pull-requests: write/)
    expect(opts.warnings).toEqual([r.forbidden])
  })
})
