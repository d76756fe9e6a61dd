/**
 * The approval gate against the GitHub REST double (requests checked against @octokit/openapi):
 * latest state per reviewer through dismissals and re-reviews, pagination past 100 reviews, the
 * author's own approval, a reviewer who lost write access, code owners of the base branch, teams
 * with a token that cannot see them, and the API's failures.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { GitHubApiDouble, validateResponse } from '../support/github-api-double.js'
import { at, BASE, env, HEAD, NAME, OLD_HEAD, OWNER, pullFixture, runApprovalGate, seed, TEAMS_TOKEN } from '../support/approval.js'

const MODELS_RULE = { name: 'model files', paths: ['models/**'], approvals: 1, from: 'codeowners' }
const TWO_RULE = { name: 'two reviewers', paths: ['**'], approvals: 2, from: 'anyone' }

let api: GitHubApiDouble
beforeAll(async () => {
  api = await GitHubApiDouble.start()
})
afterAll(async () => {
  await api.close()
})

const gateOf = (r: Awaited<ReturnType<typeof runApprovalGate>>) => r.gates.find((g) => g.id === 'approval')!
const approvalsOf = (g: ReturnType<typeof gateOf>) => (g.data as any).approvals as { reviewer: string; state: string; counted: boolean; reason: string | null; commit: string; submittedAt: string }[]

describe('counting approvals', () => {
  it('counts each reviewer\'s latest decision through dismissals, re-reviews, 250 reviews of pagination and the author\'s own approval', async () => {
    const fx = seed(api)
    // 241 comments first: the decisive reviews are on the third page.
    for (let i = 0; i < 241; i++) api.review(7, { user: 'bob', state: 'COMMENTED', commit_id: HEAD, submitted_at: at() })
    api.review(7, { user: 'author', state: 'APPROVED', commit_id: HEAD, submitted_at: at() })
    api.review(7, { user: 'alice', state: 'APPROVED', commit_id: HEAD, submitted_at: at() })
    api.review(7, { user: 'bob', state: 'CHANGES_REQUESTED', commit_id: HEAD, submitted_at: at() })
    api.review(7, { user: 'bob', state: 'APPROVED', commit_id: HEAD, submitted_at: at() })
    api.review(7, { user: 'carol', state: 'APPROVED', commit_id: HEAD, submitted_at: at() })
    api.review(7, { user: 'carol', state: 'CHANGES_REQUESTED', commit_id: HEAD, submitted_at: at() })
    api.review(7, { user: 'carol', state: 'COMMENTED', commit_id: HEAD, submitted_at: at() })
    api.review(7, { user: 'dave', state: 'APPROVED', commit_id: HEAD, submitted_at: at() })
    api.review(7, { user: null, state: 'APPROVED', commit_id: HEAD, submitted_at: at() })
    api.dismiss(7, 'alice')
    expect(fx.reviews.length).toBe(250)

    // CODEOWNERS names a team: membership needs a token that can read it.
    const block = { rules: [MODELS_RULE, TWO_RULE], 'teams-token-env': 'APPROVAL_TEAMS_TOKEN' }
    const e = env(api, { APPROVAL_TEAMS_TOKEN: TEAMS_TOKEN })
    const report = await runApprovalGate({ api, block, env: e })
    expect(api.problems()).toEqual([])
    const g = gateOf(report)
    expect(g.status).toBe('fail')
    const rows = Object.fromEntries(approvalsOf(g).map((a) => [a.reviewer, a]))
    expect(rows.author).toMatchObject({ state: 'APPROVED', counted: false, reason: 'author of the pull request' })
    expect(rows.alice).toMatchObject({ state: 'DISMISSED', counted: false, reason: 'approval dismissed' })
    expect(rows.bob).toMatchObject({ state: 'APPROVED', counted: true, commit: HEAD })
    expect(rows.carol).toMatchObject({ state: 'CHANGES_REQUESTED', counted: false })
    expect(rows.dave).toMatchObject({ state: 'APPROVED', counted: false, reason: 'no write access to the repository now (permission: read)' })
    expect(rows.ghost).toMatchObject({ counted: false, reason: 'the account was deleted' })
    expect((g.data as any).approvedBy).toEqual(['bob'])
    // pagination: three pages of 100
    const pages = api.callsTo('pulls/list-reviews')
    expect(pages.map((c) => c.query.per_page)).toEqual(['100', '100', '100'])
    expect(pages.map((c) => c.query.page ?? '1')).toEqual(['1', '2', '3'])
    // both rules wait: bob is not a code owner of models/, and "anyone" needs two
    const missing = g.findings.filter((f) => f.ruleId === 'approval/missing')
    expect(missing.map((f) => f.message)).toEqual([
      expect.stringContaining('Rule "model files" needs 1 approval from code owners @alice @acme/ml-owners (.github/CODEOWNERS line 3) for models/clf.safetensors'),
      expect.stringContaining('Rule "two reviewers" needs 2 approvals from anyone with write access for 2 changed files')
    ])
    expect(missing[1].message).toContain('approved by @bob, 1 more approval needed')
    expect(g.pending).toBe('Waiting for 2 approvals: model files (code owners @alice @acme/ml-owners); two reviewers (anyone with write access)')

    // alice approves again, carol changes her mind: both rules are met.
    api.review(7, { user: 'alice', state: 'APPROVED', commit_id: HEAD, submitted_at: at() })
    api.review(7, { user: 'carol', state: 'APPROVED', commit_id: HEAD, submitted_at: at() })
    const after = gateOf(await runApprovalGate({ api, block, env: e }))
    expect(after.status).toBe('pass')
    expect(after.pending).toBeUndefined()
    expect((after.data as any).approvedBy.sort()).toEqual(['alice', 'bob', 'carol'])
    expect((after.data as any).satisfied).toBe(true)
    expect(after.summary).toMatch(/^all 2 approval requirements met/)
    expect(api.problems()).toEqual([])
  })

  it('GitHub\'s answers it builds on are valid against the REST description', async () => {
    seed(api)
    api.review(7, { user: 'alice', state: 'APPROVED', commit_id: HEAD, submitted_at: at() })
    const res = await fetch(`${api.url}/repos/${OWNER}/${NAME}/pulls/7/reviews?per_page=100`, { headers: { authorization: 'token x' } })
    expect(validateResponse('GET', `/repos/${OWNER}/${NAME}/pulls/7/reviews`, 200, await res.json())).toEqual([])
    const pr = await fetch(`${api.url}/repos/${OWNER}/${NAME}/pulls/7`, { headers: { authorization: 'token x' } })
    expect(validateResponse('GET', `/repos/${OWNER}/${NAME}/pulls/7`, 200, await pr.json())).toEqual([])
    const files = await fetch(`${api.url}/repos/${OWNER}/${NAME}/pulls/7/files?per_page=100`, { headers: { authorization: 'token x' } })
    expect(validateResponse('GET', `/repos/${OWNER}/${NAME}/pulls/7/files`, 200, await files.json())).toEqual([])
  })

  it('head-commit-only: an approval of an older commit does not count; exclude-last-pusher: neither does the pusher\'s', async () => {
    seed(api)
    api.pushes.push({ ref: 'refs/heads/feature', after: OLD_HEAD, actor: 'author' }, { ref: 'refs/heads/feature', after: HEAD, actor: 'carol' })
    api.review(7, { user: 'alice', state: 'APPROVED', commit_id: OLD_HEAD, submitted_at: at() })
    api.review(7, { user: 'carol', state: 'APPROVED', commit_id: HEAD, submitted_at: at() })
    api.review(7, { user: 'bob', state: 'APPROVED', commit_id: HEAD, submitted_at: at() })
    const report = await runApprovalGate({ api, block: { rules: [TWO_RULE], 'head-commit-only': true, 'exclude-last-pusher': true } })
    expect(api.problems()).toEqual([])
    const g = gateOf(report)
    const rows = Object.fromEntries(approvalsOf(g).map((a) => [a.reviewer, a]))
    expect(rows.alice.reason).toBe(`approved an older commit ${OLD_HEAD.slice(0, 7)} (head-commit-only)`)
    expect(rows.carol.reason).toBe('pushed the head commit (exclude-last-pusher)')
    expect(g.status).toBe('fail')
    expect((g.data as any).lastPusher).toBe('carol')
    expect((g.data as any).semantics).toMatchObject({ headCommitOnly: true, excludeLastPusher: true, dismissedCount: false })
    // without the options both count
    expect(gateOf(await runApprovalGate({ api, block: { rules: [TWO_RULE] } })).status).toBe('pass')
  })

  it('no rule applies: passes and says none of the changed files matches', async () => {
    seed(api, pullFixture({ files: ['README.md'] }))
    const g = gateOf(await runApprovalGate({ api, block: { rules: [{ paths: ['models/**'], approvals: 1, from: 'anyone' }] } }))
    expect(g.status).toBe('pass')
    expect(g.summary).toBe('no rule applies: none of the 1 changed file matches a rule\'s paths')
  })
})

describe('code owners of the base branch', () => {
  it('the last matching CODEOWNERS line decides; a renamed file counts at its old path too', async () => {
    seed(api, pullFixture({ files: [{ filename: 'src/serve.py', previous_filename: 'models/serve.py' }] }))
    api.review(7, { user: 'lead', state: 'APPROVED', commit_id: HEAD, submitted_at: at() })
    const g = gateOf(await runApprovalGate({ api, block: { rules: [{ paths: ['**'], approvals: 1, from: 'codeowners' }] } }))
    // src/serve.py: line 2 (@lead) is met; models/serve.py: line 3 (@alice @acme/ml-owners) is not.
    expect((g.data as any).rules.map((r: any) => [r.from, r.satisfied])).toEqual([
      ['code owners @lead (.github/CODEOWNERS line 2)', true],
      ['code owners @alice @acme/ml-owners (.github/CODEOWNERS line 3)', false]
    ])
    expect(api.callsTo('repos/get-content')[0].query.ref).toBe(BASE)
  })

  it('a CODEOWNERS line GitHub would reject is an error naming the line', async () => {
    seed(api)
    api.contents.set(`${BASE}:.github/CODEOWNERS`, '*  @lead\n!models/  @alice\n/models/  alice\n')
    const g = gateOf(await runApprovalGate({ api, block: { rules: [MODELS_RULE] } }))
    expect(g.status).toBe('error')
    expect(g.errors[0]).toMatch(/^\.github\/CODEOWNERS line 2: invalid pattern "!models\/": negation patterns/)
    expect(g.errors[1]).toMatch(/^\.github\/CODEOWNERS line 3: invalid owner "alice"/)
  })

  it('an owner GitHub does not know (a team that does not exist, no write access) is an error from GitHub\'s own CODEOWNERS check, even with GITHUB_TOKEN', async () => {
    seed(api)
    api.contents.set(`${BASE}:.github/CODEOWNERS`, '*  @lead\n/models/  @acme/ml-ownrs\n')
    api.codeownersErrors.set(BASE, [
      { line: 2, column: 11, kind: 'Unknown owner', source: '/models/  @acme/ml-ownrs', suggestion: 'make sure @acme/ml-ownrs exists and has write access to the repository', message: 'Unknown owner on line 2: make sure @acme/ml-ownrs exists and has write access to the repository\n\n  /models/  @acme/ml-ownrs\n            ^', path: '.github/CODEOWNERS' }
    ])
    const g = gateOf(await runApprovalGate({ api, block: { rules: [MODELS_RULE] } }))
    expect(api.problems()).toEqual([])
    expect(g.status).toBe('error')
    expect(g.errors[0]).toMatch(/^\.github\/CODEOWNERS line 2: GitHub reports "Unknown owner": Unknown owner on line 2: make sure @acme\/ml-ownrs exists/)
    expect(api.callsTo('repos/codeowners-errors')[0].query.ref).toBe(BASE)
  })

  it('no CODEOWNERS on the base branch (even if the head has one) is an error that says where it looked', async () => {
    seed(api)
    api.contents.clear()
    api.contents.set(`${HEAD}:.github/CODEOWNERS`, '* @author\n')
    const g = gateOf(await runApprovalGate({ api, block: { rules: [MODELS_RULE] } }))
    expect(g.status).toBe('error')
    expect(g.errors[0]).toMatch(/base branch main has no CODEOWNERS file \(looked in \.github\/, the root and docs\/\)/)
    expect(api.callsTo('repos/get-content').map((c) => c.path)).toEqual([
      `/repos/${OWNER}/${NAME}/contents/.github/CODEOWNERS`,
      `/repos/${OWNER}/${NAME}/contents/CODEOWNERS`,
      `/repos/${OWNER}/${NAME}/contents/docs/CODEOWNERS`
    ])
  })

  it('files owned by e-mail addresses only, or by no one, cannot be approved: said plainly', async () => {
    seed(api, pullFixture({ files: ['docs/guide.md'] }))
    api.contents.set(`${BASE}:.github/CODEOWNERS`, '/docs/ docs@acme.example\n/docs/unowned/\n')
    const g = gateOf(await runApprovalGate({ api, block: { rules: [{ paths: ['docs/**'], from: 'codeowners' }] } }))
    expect(g.findings[0].ruleId).toBe('approval/unmatchable-owners')
    expect(g.findings[0].message).toMatch(/e-mail addresses only/)
    seed(api, pullFixture({ files: ['docs/unowned/a.md'] }))
    api.contents.set(`${BASE}:.github/CODEOWNERS`, '/docs/ docs@acme.example\n/docs/unowned/\n')
    const u = gateOf(await runApprovalGate({ api, block: { rules: [{ paths: ['docs/**'], from: 'codeowners' }] } }))
    expect(u.findings[0].ruleId).toBe('approval/unowned')
    expect(u.findings[0].message).toMatch(/names no owner for docs\/unowned\/a\.md: add an owner line, or set unowned: allow/)
    expect(gateOf(await runApprovalGate({ api, block: { rules: [{ paths: ['docs/**'], from: 'codeowners' }], unowned: 'allow' } })).status).toBe('pass')
  })
})

describe('teams', () => {
  const TEAM_RULE = { paths: ['models/**'], approvals: 1, from: { teams: ['acme/ml-owners'] } }

  it('with GITHUB_TOKEN, a 404 on membership is "cannot see team membership", never "not a member", and names the token to pass', async () => {
    seed(api)
    api.review(7, { user: 'mia', state: 'APPROVED', commit_id: HEAD, submitted_at: at() })
    const g = gateOf(await runApprovalGate({ api, block: { rules: [TEAM_RULE] } }))
    expect(g.status).toBe('error')
    expect(g.errors[0]).toMatch(/cannot see team membership of @acme\/ml-owners/)
    expect(g.errors[0]).toMatch(/this is "cannot see", not "not a member"/)
    expect(g.errors[0]).toMatch(/Members: read.*read:org.*teams-token-env/)
    // it looked at the team itself before deciding
    expect(api.callsTo('teams/get-by-name')).toHaveLength(1)
    expect(api.problems()).toEqual([])
  })

  it('with a token that can read membership (teams-token-env): a member counts, a non-member does not', async () => {
    seed(api)
    api.review(7, { user: 'bob', state: 'APPROVED', commit_id: HEAD, submitted_at: at() })
    const block = { rules: [TEAM_RULE], 'teams-token-env': 'APPROVAL_TEAMS_TOKEN' }
    const e = env(api, { APPROVAL_TEAMS_TOKEN: TEAMS_TOKEN })
    const g = gateOf(await runApprovalGate({ api, block, env: e }))
    expect(g.status).toBe('fail')
    expect(g.findings[0].message).toMatch(/needs 1 approval from teams @acme\/ml-owners/)
    // the team token went to the team endpoints only
    expect(api.callsTo('teams/get-membership-for-user-in-org')[0].authorization).toContain(TEAMS_TOKEN)
    expect(api.callsTo('pulls/list-reviews')[0].authorization).not.toContain(TEAMS_TOKEN)
    api.review(7, { user: 'mia', state: 'APPROVED', commit_id: HEAD, submitted_at: at() })
    expect(gateOf(await runApprovalGate({ api, block, env: e })).status).toBe('pass')
  })

  it('a team that does not exist: cannot decide, and the message says to check the name', async () => {
    seed(api)
    api.review(7, { user: 'mia', state: 'APPROVED', commit_id: HEAD, submitted_at: at() })
    const g = gateOf(
      await runApprovalGate({ api, block: { rules: [{ ...TEAM_RULE, from: { teams: ['acme/no-such-team'] } }], 'teams-token-env': 'T' }, env: env(api, { T: TEAMS_TOKEN }) })
    )
    expect(g.status).toBe('error')
    expect(g.errors[0]).toMatch(/@acme\/no-such-team.*the team does not exist: check the name/)
  })

  it('teams-token-env naming an empty variable is an error, not a silent fallback', async () => {
    seed(api)
    const g = gateOf(await runApprovalGate({ api, block: { rules: [TEAM_RULE], 'teams-token-env': 'MISSING_TOKEN' } }))
    expect(g.status).toBe('error')
    expect(g.errors[0]).toMatch(/teams-token-env names MISSING_TOKEN, which is empty or unset/)
  })
})

describe('the API failing', () => {
  it('429 with Retry-After: waits the seconds asked, then goes on', async () => {
    seed(api)
    api.review(7, { user: 'bob', state: 'APPROVED', commit_id: HEAD, submitted_at: at() })
    api.fault('pulls/list-reviews', 429, { 'retry-after': '7' })
    api.fault('pulls/list-reviews', 503)
    const sleeps: number[] = []
    const g = gateOf(await runApprovalGate({ api, block: { rules: [{ paths: ['**'], from: 'anyone' }] }, sleeps }))
    expect(g.status).toBe('pass')
    expect(sleeps[0]).toBe(7000)
    expect(sleeps).toHaveLength(2)
    expect(api.callsTo('pulls/list-reviews').map((c) => c.status)).toEqual([429, 503, 200])
  })

  it('a secondary rate limit (403 with Retry-After) longer than max-wait-seconds: error saying how long GitHub asked to wait', async () => {
    seed(api)
    api.fault('pulls/get', 403, { 'retry-after': '900' }, { message: 'You have exceeded a secondary rate limit' })
    const g = gateOf(await runApprovalGate({ api, block: { rules: [TWO_RULE], 'max-wait-seconds': 30 } }))
    expect(g.status).toBe('error')
    expect(g.errors[0]).toMatch(/secondary rate limit.*asks to wait 900 s, longer than the 30 s allowed/)
  })

  it('5xx on every attempt, 403 and 404: errors that say what happened, never a pass', async () => {
    seed(api)
    for (let i = 0; i < 5; i++) api.fault('pulls/list-files', 502)
    const g = gateOf(await runApprovalGate({ api, block: { rules: [TWO_RULE] } }))
    expect(g.status).toBe('error')
    expect(g.errors[0]).toMatch(/listing the files of pull request #7: GET .*files: HTTP 502 .* after 5 attempts/)

    seed(api)
    api.fault('pulls/get', 403, {}, { message: 'Resource not accessible by integration' })
    const f = gateOf(await runApprovalGate({ api, block: { rules: [TWO_RULE] } }))
    expect(f.errors[0]).toMatch(/the token is not allowed to \(.*Resource not accessible by integration.*\); give the job "permissions: pull-requests: read, contents: read"/)

    seed(api)
    const n = gateOf(await runApprovalGate({ api, block: { rules: [TWO_RULE] }, pull: 99 }))
    expect(n.errors[0]).toMatch(/reading pull request #99 of acme\/ml-service: not found/)
  })

  it('no token: an error that gives the env line to add', async () => {
    seed(api)
    const g = gateOf(await runApprovalGate({ api, block: { rules: [TWO_RULE] }, env: { GITHUB_REPOSITORY: `${OWNER}/${NAME}`, GITHUB_API_URL: api.url } }))
    expect(g.status).toBe('error')
    expect(g.errors[0]).toMatch(/GITHUB_TOKEN: \$\{\{ github.token \}\}/)
  })
})

describe('more than 3,000 changed files', () => {
  it('reads the changed files with git past the API\'s cap, so a model file listed 3,001st still needs its owners', async () => {
    const { execFileSync } = await import('node:child_process')
    const { mkdtempSync, mkdirSync, writeFileSync } = await import('node:fs')
    const os = await import('node:os')
    const path = await import('node:path')
    const ws = mkdtempSync(path.join(os.tmpdir(), 'asg-approval-git-'))
    const git = (...args: string[]) => execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', '-c', 'commit.gpgsign=false', ...args], { cwd: ws, encoding: 'utf8' }).trim()
    git('init', '-q', '-b', 'main')
    writeFileSync(path.join(ws, 'README.md'), 'base\n')
    git('add', '-A')
    git('commit', '-qm', 'base')
    const base = git('rev-parse', 'HEAD')
    mkdirSync(path.join(ws, 'src'))
    mkdirSync(path.join(ws, 'models'))
    const names: string[] = []
    for (let i = 0; i < 3000; i++) {
      names.push(`src/f${String(i).padStart(4, '0')}.py`)
      writeFileSync(path.join(ws, names[i]), `x = ${i}\n`)
    }
    writeFileSync(path.join(ws, 'models/zz-late.safetensors'), 'weights')
    names.push('models/zz-late.safetensors')
    git('add', '-A')
    git('commit', '-qm', 'head')
    const head = git('rev-parse', 'HEAD')

    seed(api, pullFixture({ baseSha: base, headSha: head, files: names, changedFiles: names.length }))
    api.contents.set(`${base}:.github/CODEOWNERS`, '/models/ @alice\n')
    api.review(7, { user: 'bob', state: 'APPROVED', commit_id: head, submitted_at: at() })
    const gate: typeof MODELS_RULE = { ...MODELS_RULE }
    const report = await runApprovalGate({ api, block: { rules: [gate] }, workspace: ws, pullRequest: { number: 7, baseSha: base, headSha: head } })
    const g = gateOf(report)
    expect(api.problems()).toEqual([])
    // the API gave 3,000 of 3,001 (30 pages); git gave all
    expect(api.callsTo('pulls/list-files')).toHaveLength(30)
    expect((g.data as any).filesSource).toBe('git')
    expect((g.data as any).filesChanged).toBe(3001)
    expect(g.status).toBe('fail')
    expect(g.findings[0].message).toContain('models/zz-late.safetensors')

    // without both commits in the checkout: an error that says to fetch them
    seed(api, pullFixture({ files: names, changedFiles: names.length }))
    const shallow = gateOf(await runApprovalGate({ api, block: { rules: [gate] }, workspace: ws }))
    expect(shallow.status).toBe('error')
    expect(shallow.errors[0]).toMatch(/changes 3001 files, more than the 3,000 the API lists: git diff .* failed .*fetch-depth: 0/)
  }, 60_000)
})
