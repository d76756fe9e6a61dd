/**
 * The approval check on the pull request's head commit, through the real Octokit client and the
 * REST double: in progress ("Waiting for ...") while approvals are missing, the same check run
 * completed with success when the last approval arrives, a new waiting check after a dismissal;
 * its summary links the other gates' results on that commit.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { createClient } from '../../src/github/client.js'
import { isWaiting, publishCheckRuns, waitingOnly } from '../../src/report/check-runs.js'
import { GitHubApiDouble } from '../support/github-api-double.js'
import { at, checkOptions, HEAD, NAME, OWNER, RUN_URL, runApprovalGate, seed, TOKEN } from '../support/approval.js'

const RULE = { name: 'two reviewers', paths: ['**'], approvals: 2, from: 'anyone' }

let api: GitHubApiDouble
beforeAll(async () => {
  api = await GitHubApiDouble.start()
})
afterAll(async () => {
  await api.close()
})

const options = (warnings: string[]) => checkOptions(api, warnings)

const runsNamed = (name: string) => [...api.checkRuns.values()].filter((r) => r.name === name && r.head_sha === HEAD)

describe('the approval check run', () => {
  it('goes pending -> success on the same check run when the last approval arrives, and pending again after a dismissal', async () => {
    seed(api)
    const warnings: string[] = []
    const client = createClient(TOKEN, OWNER, NAME, api.url, 20_000)
    // The main workflow's results on this commit, posted earlier: the evidence.
    const models = await client.createCheckRun({
      name: 'ai-secure-gates / models',
      head_sha: HEAD,
      status: 'completed',
      conclusion: 'success',
      completed_at: '2026-11-30T09:00:00Z',
      external_id: 'models',
      output: { title: 'Passed: no findings', summary: 'ok' }
    })
    api.review(7, { user: 'bob', state: 'APPROVED', commit_id: HEAD, submitted_at: at() })

    // 1. One approval of two: waiting.
    const first = await runApprovalGate({ api, block: { rules: [RULE] } })
    expect(first.status).toBe('fail')
    expect(waitingOnly(first)).toBe(true)
    await publishCheckRuns(first, options(warnings))
    expect(warnings).toEqual([])
    expect(api.problems()).toEqual([])
    const [approval] = runsNamed('ai-secure-gates / approval')
    expect(approval).toMatchObject({ status: 'in_progress', conclusion: null })
    expect(approval.output.title).toBe('Waiting for 1 approval: two reviewers (anyone with write access)')
    expect(approval.output.summary).toContain(`[ai-secure-gates / models](${models.html_url})`)
    expect(approval.output.summary).toContain(`[this workflow run (job summary, JSON report)](${RUN_URL})`)
    expect(approval.output.summary).toContain('| bob | APPROVED |')
    const [overall] = runsNamed('ai-secure-gates')
    expect(overall).toMatchObject({ status: 'in_progress', conclusion: null })
    expect(overall.output.title).toBe('Waiting for 1 approval: two reviewers (anyone with write access)')

    // 2. The last approval arrives (pull_request_review: submitted): the same check runs complete.
    api.review(7, { user: 'carol', state: 'APPROVED', commit_id: HEAD, submitted_at: at() })
    const second = await runApprovalGate({ api, block: { rules: [RULE] } })
    expect(second.status).toBe('pass')
    await publishCheckRuns(second, options(warnings))
    expect(warnings).toEqual([])
    expect(api.problems()).toEqual([])
    expect(runsNamed('ai-secure-gates / approval')).toHaveLength(1)
    expect(runsNamed('ai-secure-gates / approval')[0]).toMatchObject({ id: approval.id, status: 'completed', conclusion: 'success' })
    expect(runsNamed('ai-secure-gates')).toHaveLength(1)
    expect(runsNamed('ai-secure-gates')[0]).toMatchObject({ id: overall.id, status: 'completed', conclusion: 'success' })
    const updates = api.callsTo('checks/update').filter((c) => Number(c.path.split('/').pop()) === approval.id)
    expect(updates.at(-1)!.body).toMatchObject({ status: 'completed', conclusion: 'success' })

    // 3. carol's approval is dismissed (pull_request_review: dismissed): a new waiting check is the latest.
    api.dismiss(7, 'carol')
    const third = await runApprovalGate({ api, block: { rules: [RULE] } })
    await publishCheckRuns(third, options(warnings))
    const latest = runsNamed('ai-secure-gates / approval').sort((a, b) => b.id - a.id)[0]
    expect(latest.id).not.toBe(approval.id)
    expect(latest).toMatchObject({ status: 'in_progress', conclusion: null })
    expect(api.problems()).toEqual([])
  })

  it('a run of the approval gate alone never replaces the overall check of the run that judged the other gates; it completes one left waiting', async () => {
    seed(api)
    const client = createClient(TOKEN, OWNER, NAME, api.url, 20_000)
    const main = await client.createCheckRun({
      name: 'ai-secure-gates', head_sha: HEAD, status: 'completed', conclusion: 'failure', completed_at: '2026-11-30T09:00:00Z', external_id: 'overall', output: { title: '1 of 2 gates did not pass', summary: 'models: fail' }
    })
    api.review(7, { user: 'bob', state: 'APPROVED', commit_id: HEAD, submitted_at: at() })
    api.review(7, { user: 'carol', state: 'APPROVED', commit_id: HEAD, submitted_at: at() })
    const alone = (r: Awaited<ReturnType<typeof runApprovalGate>>) => ({
      ...r,
      gates: [{ id: 'models', title: 'Model files', status: 'skipped' as const, summary: 'not selected (gates input)', reason: 'not selected (gates input)', durationMs: 0, tool: null, failOn: 'high' as const, errors: [], checks: [], findings: [] }, ...r.gates]
    })
    const passed = alone(await runApprovalGate({ api, block: { rules: [RULE] } }))
    expect(passed.status).toBe('pass')
    await publishCheckRuns(passed, options([]))
    // the failing overall check of the main run is still the only one, untouched
    expect(runsNamed('ai-secure-gates').map((r) => [r.id, r.conclusion])).toEqual([[main.id, 'failure']])
    expect(runsNamed('ai-secure-gates / approval')[0].conclusion).toBe('success')

    // The main run waited for approvals only: its overall check is in progress, and the approval completes it.
    seed(api)
    const waiting = await client.createCheckRun({ name: 'ai-secure-gates', head_sha: HEAD, status: 'in_progress', external_id: 'overall', output: { title: 'Waiting for 1 approval', summary: 'waiting' } })
    api.review(7, { user: 'bob', state: 'APPROVED', commit_id: HEAD, submitted_at: at() })
    const stillWaiting = alone(await runApprovalGate({ api, block: { rules: [RULE] } }))
    await publishCheckRuns(stillWaiting, options([]))
    expect(runsNamed('ai-secure-gates').map((r) => [r.id, r.status])).toEqual([[waiting.id, 'in_progress']])
    api.review(7, { user: 'carol', state: 'APPROVED', commit_id: HEAD, submitted_at: at() })
    await publishCheckRuns(alone(await runApprovalGate({ api, block: { rules: [RULE] } })), options([]))
    const [overall] = runsNamed('ai-secure-gates')
    expect(runsNamed('ai-secure-gates')).toHaveLength(1)
    expect(overall).toMatchObject({ id: waiting.id, status: 'completed', conclusion: 'success' })
    expect(overall.output.summary).toMatch(/^> This completes the overall check that an earlier run left waiting for approvals only/)
    expect(api.problems()).toEqual([])
  })

  it('an approval gate that cannot decide is a completed failing check, not a waiting one', async () => {
    seed(api)
    api.fault('pulls/get', 404)
    const report = await runApprovalGate({ api, block: { rules: [RULE] } })
    expect(waitingOnly(report)).toBe(false)
    await publishCheckRuns(report, options([]))
    expect(runsNamed('ai-secure-gates / approval')[0]).toMatchObject({ status: 'completed', conclusion: 'failure' })
  })
})

describe('isWaiting', () => {
  const finding = (ruleId: string) => ({ gate: 'x', ruleId, severity: 'critical' as const, message: 'm', location: { path: 'a', startLine: null }, fingerprint: 'f', blocking: true, suppressed: false, waiver: null })
  const gate = (id: string, rules: string[]) => ({ id, title: id, status: 'fail' as const, summary: 's', durationMs: 0, tool: null, failOn: 'high' as const, errors: [], checks: [], findings: rules.map(finding), pending: 'Waiting for 1 approval' })
  it('only the approval gate, only when every blocking finding is a missing approval (a pending in a merged report cannot hide a failure)', () => {
    expect(isWaiting(gate('approval', ['approval/missing']))).toBe(true)
    expect(isWaiting(gate('approval', ['approval/missing', 'approval/unowned']))).toBe(false)
    expect(isWaiting(gate('code', ['code/missing']))).toBe(false)
    expect(isWaiting({ ...gate('approval', ['approval/missing']), status: 'error' as const })).toBe(false)
  })
})
