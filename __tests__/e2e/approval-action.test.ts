/**
 * The bundled action on pull_request_review, against the GitHub REST double: with one approval of
 * two the step does not fail and the approval check waits (in progress) on the pull request's head
 * commit; when the second approval arrives the same check completes with success.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { createClient } from '../../src/github/client.js'
import { DIST } from '../support/action.js'
import { GitHubApiDouble } from '../support/github-api-double.js'
import { BASE_SHA, HEAD_SHA, MERGE_SHA, pullRequestEvent, REPO, runActionAsync } from '../support/pr-action.js'
import { at, pullFixture, seed } from '../support/approval.js'

const ready = existsSync(DIST)
const d = ready ? describe : describe.skip
if (!ready) console.warn('e2e approval test skipped: dist/index.js missing (npm run bundle)')

function reviewEvent(action: 'submitted' | 'dismissed', reviewer: string): object {
  return { ...(pullRequestEvent() as Record<string, unknown>), action, review: { id: 77, user: { login: reviewer, id: 9, type: 'User' }, state: 'approved', commit_id: HEAD_SHA } }
}

d('the bundled action on pull_request_review (GitHub API double)', () => {
  let api: GitHubApiDouble
  let ws: string
  beforeAll(async () => {
    api = await GitHubApiDouble.start()
    ws = mkdtempSync(path.join(os.tmpdir(), 'asg-approval-e2e-'))
    mkdirSync(path.join(ws, '.github'))
    writeFileSync(path.join(ws, '.github/ai-secure-gates.yml'), 'version: 1\ngates:\n  approval:\n    rules:\n      - { name: two reviewers, paths: ["**"], approvals: 2, from: anyone }\n')
  })
  afterAll(async () => {
    await api.close()
  })

  it('waits without failing the step, then completes the same check when the last approval arrives', async () => {
    seed(api, pullFixture({ number: 42, headSha: HEAD_SHA, baseSha: BASE_SHA, author: 'octocat' }))
    api.review(42, { user: 'bob', state: 'APPROVED', commit_id: HEAD_SHA, submitted_at: at() })
    const first = await runActionAsync({ workspace: ws, apiUrl: api.url, eventName: 'pull_request_review', event: reviewEvent('submitted', 'bob'), inputs: { gates: 'approval' } })
    expect(api.problems()).toEqual([])
    expect(first.exitCode).toBe(0)
    expect(first.outputs.status).toBe('fail')
    expect(first.stdout).toContain('Waiting, not failing')
    const runs = () => [...api.checkRuns.values()].filter((r) => r.name === 'ai-secure-gates / approval')
    expect(runs()).toHaveLength(1)
    expect(runs()[0]).toMatchObject({ head_sha: HEAD_SHA, status: 'in_progress', conclusion: null })
    expect(runs()[0].output.title).toBe('Waiting for 1 approval: two reviewers (anyone with write access)')
    expect(api.calls.some((c) => JSON.stringify(c.body ?? '').includes(MERGE_SHA))).toBe(false)

    api.review(42, { user: 'carol', state: 'APPROVED', commit_id: HEAD_SHA, submitted_at: at() })
    const second = await runActionAsync({ workspace: ws, apiUrl: api.url, eventName: 'pull_request_review', event: reviewEvent('submitted', 'carol'), inputs: { gates: 'approval' } })
    expect(api.problems()).toEqual([])
    expect(second.exitCode).toBe(0)
    expect(second.outputs.status).toBe('pass')
    expect(runs()).toHaveLength(1)
    expect(runs()[0]).toMatchObject({ status: 'completed', conclusion: 'success' })
  }, 120_000)

  it('check-runs: single: the one check and the job summary show the approver the evidence on the commit', async () => {
    seed(api, pullFixture({ number: 42, headSha: HEAD_SHA, baseSha: BASE_SHA, author: 'octocat' }))
    // The main workflow's result on this commit, posted earlier.
    const [owner, repo] = REPO.split('/')
    const models = await createClient('ghs_e2eToken000000000000000000000000000', owner, repo, api.url, 20_000).createCheckRun({
      name: 'ai-secure-gates / models', head_sha: HEAD_SHA, status: 'completed', conclusion: 'success', completed_at: '2026-11-30T09:00:00Z', external_id: 'models', output: { title: 'Passed: no findings', summary: 'ok' }
    })
    api.review(42, { user: 'bob', state: 'APPROVED', commit_id: HEAD_SHA, submitted_at: at() })
    const run = await runActionAsync({ workspace: ws, apiUrl: api.url, eventName: 'pull_request_review', event: reviewEvent('submitted', 'bob'), inputs: { gates: 'approval', 'check-runs': 'single' } })
    expect(api.problems()).toEqual([])
    expect(run.exitCode).toBe(0)
    const single = [...api.checkRuns.values()].filter((r) => r.head_sha === HEAD_SHA && r.name.startsWith('ai-secure-gates') && r.id !== models.id)
    expect(single.map((r) => [r.name, r.status])).toEqual([['ai-secure-gates', 'in_progress']])
    const row = `| [ai-secure-gates / models](${models.html_url}) | success |`
    expect(single[0].output.summary).toContain('### Evidence on this commit')
    expect(single[0].output.summary).toContain(row)
    expect(run.summary).toContain('### Evidence on this commit')
    expect(run.summary).toContain(row)
  }, 120_000)
})
