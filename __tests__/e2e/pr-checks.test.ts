/**
 * The bundled action against the GitHub API double, driven as the runner drives it. The code gate
 * runs real bandit over generated Python files (2 findings per file: B404 low, B602 high).
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'
import { existsSync, mkdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { DIST } from '../support/action.js'
import { GitHubApiDouble } from '../support/github-api-double.js'
import { HEAD_SHA, MERGE_SHA, pullRequestEvent, pushEvent, REPO, runActionAsync, workflowRunEvent } from '../support/pr-action.js'
import { haveBandit, pythonWorkspace } from '../support/py-workspace.js'
import { sarifErrors } from '../support/sarif-schema.js'

const ready = haveBandit && existsSync(DIST)
const d = ready ? describe : describe.skip
if (!ready) console.warn(`e2e pull-request tests skipped: ${haveBandit ? '' : 'bandit not on PATH; '}${existsSync(DIST) ? '' : 'dist/index.js missing (npm run bundle)'}`)

const PUSH_SHA = '2c26b46b68ffc68ff99b453c1d30413413422d70'
const workflowCommandAnnotations = (stdout: string) => stdout.split('\n').filter((l) => /^::(error|warning|notice) [^:]*file=/.test(l))

d('pull-request integration of the bundled action (GitHub API double, real bandit)', () => {
  let api: GitHubApiDouble
  let ws120: string
  beforeAll(async () => {
    api = await GitHubApiDouble.start({ knownShas: [HEAD_SHA, PUSH_SHA] })
    ws120 = pythonWorkspace(60)
  })
  afterAll(async () => {
    await api.close()
  })
  beforeEach(() => {
    api.calls.length = 0
    api.checkRuns.clear()
    api.comments.clear()
    api.forbid = {}
    api.pulls = []
  })

  it('pull_request with 120 findings: checks on the PR head SHA, annotations in batches of 50/50/20, comment, SARIF', async () => {
    const run = await runActionAsync({ workspace: ws120, apiUrl: api.url, eventName: 'pull_request', event: pullRequestEvent(), inputs: { 'pr-comment': 'true' } })
    expect(api.problems()).toEqual([])
    expect(run.exitCode).toBe(1)
    expect(run.outputs.status).toBe('fail')
    const report = JSON.parse(readFileSync(run.outputs.report, 'utf8'))
    expect(report.gates.find((g: any) => g.id === 'code').findings).toHaveLength(120)

    const runs = [...api.checkRuns.values()]
    expect(runs.map((r) => r.name)).toEqual(['ai-secure-gates / code', 'ai-secure-gates'])
    // the PR head, not GITHUB_SHA (the merge commit)
    expect(runs.every((r) => r.head_sha === HEAD_SHA)).toBe(true)
    expect(api.calls.some((c) => JSON.stringify(c.body ?? '').includes(MERGE_SHA))).toBe(false)
    const code = runs[0]
    expect(code.annotationBatches).toEqual([50, 50, 20])
    expect(code.annotations.filter((a) => a.annotation_level === 'failure')).toHaveLength(60)
    expect(code.annotations.filter((a) => a.annotation_level === 'notice')).toHaveLength(60)
    expect(code.annotations[0]).toMatchObject({ path: 'src/job_000.py', start_line: 5, end_line: 5 })
    expect(runs.map((r) => r.conclusion)).toEqual(['failure', 'failure'])
    expect(runs[1].details_url).toBe(`https://github.com/${REPO}/actions/runs/8812345678`)
    expect(run.outputs['check-run-url']).toBe(`https://github.com/${REPO}/runs/${runs[1].id}`)
    expect(api.callsTo('checks/update')).toHaveLength(2)

    // annotations are on the checks, so not repeated as workflow commands
    expect(workflowCommandAnnotations(run.stdout)).toEqual([])
    expect(run.summary).toContain('ai-secure-gates failed')
    expect(run.summary).not.toMatch(/not annotated on the diff/)

    // one PR comment
    const comments = [...api.comments.values()]
    expect(comments).toHaveLength(1)
    expect(comments[0].issue).toBe(42)
    expect(comments[0].body).toContain('### Blocking findings (60)')

    // SARIF written, valid, one run per gate that ran
    const sarif = JSON.parse(readFileSync(run.outputs.sarif, 'utf8'))
    expect(sarifErrors(sarif)).toEqual([])
    expect(sarif.runs.map((r: any) => r.automationDetails.id)).toEqual(['ai-secure-gates/code/'])
    expect(sarif.runs[0].results).toHaveLength(120)
  })

  it('push: checks on GITHUB_SHA; check-runs: single puts every annotation on the one check', async () => {
    const ws = pythonWorkspace(3)
    const run = await runActionAsync({ workspace: ws, apiUrl: api.url, eventName: 'push', event: pushEvent(PUSH_SHA), sha: PUSH_SHA, inputs: { 'check-runs': 'single' } })
    expect(api.problems()).toEqual([])
    expect(run.exitCode).toBe(1)
    const runs = [...api.checkRuns.values()]
    expect(runs.map((r) => [r.name, r.head_sha, r.conclusion, r.annotations.length])).toEqual([['ai-secure-gates', PUSH_SHA, 'failure', 6]])
  })

  it('per-gate vs none: check-runs: none makes no API call and annotates with workflow commands', async () => {
    const ws = pythonWorkspace(3)
    const run = await runActionAsync({ workspace: ws, apiUrl: api.url, eventName: 'pull_request', event: pullRequestEvent(), inputs: { 'check-runs': 'none' } })
    expect(api.calls).toEqual([])
    expect(run.exitCode).toBe(1)
    expect(workflowCommandAnnotations(run.stdout).length).toBeGreaterThan(0)
    expect(run.outputs['check-run-url']).toBe('')
  })

  it('fork pull request: the API answers 403; a warning says why, summary and annotations are written, the verdict is unchanged', async () => {
    const ws = pythonWorkspace(3)
    api.forbid = { checks: true, comments: true }
    const run = await runActionAsync({ workspace: ws, apiUrl: api.url, eventName: 'pull_request', event: pullRequestEvent({ fork: true }), inputs: { 'pr-comment': 'true' } })
    expect(run.exitCode).toBe(1)
    expect(run.outputs.status).toBe('fail')
    expect(run.outputs['failed-gates']).toBe('code')
    expect(run.outputs['check-run-url']).toBe('')
    expect(run.stdout).toMatch(/^::warning::Could not post check runs: this pull request comes from a fork/m)
    expect(run.stdout).toMatch(/^::warning::Could not post the pull-request comment: this pull request comes from a fork/m)
    expect(run.summary).toContain('ai-secure-gates failed')
    expect(workflowCommandAnnotations(run.stdout).length).toBe(6)
    // one refused create for the checks (no retry storm), one refused comment
    expect(api.callsTo('checks/create').map((c) => c.status)).toEqual([403])
    expect(api.callsTo('issues/create-comment').map((c) => c.status)).toEqual([403])
    expect(api.checkRuns.size).toBe(0)
    expect(run.stderr).not.toMatch(/Unhandled|TypeError/)
  })

  it('check-run output over 65,535 characters is cut with a visible note', async () => {
    const ws = pythonWorkspace(250)
    const run = await runActionAsync({ workspace: ws, apiUrl: api.url, eventName: 'pull_request', event: pullRequestEvent() })
    expect(api.problems()).toEqual([])
    const code = [...api.checkRuns.values()].find((r) => r.name === 'ai-secure-gates / code')!
    expect(code.annotations).toHaveLength(500)
    expect(code.annotationBatches).toEqual(Array(10).fill(50))
    expect(Buffer.byteLength(code.output.summary!)).toBeLessThanOrEqual(65535)
    expect(code.output.summary).toMatch(/✂️ This output was shortened to stay within GitHub's limit of 65,535 characters for a check run: \d+ finding rows not shown/)
    expect(run.exitCode).toBe(1)
  })

  it('scan / report split: scan shards make no API call; mode: report on workflow_run merges them and posts on the run head SHA', async () => {
    const ws = pythonWorkspace(4, { config: 'version: 1\ngates:\n  code:\n    paths: [src]\n  models:\n    paths: [models]\n' })
    mkdirSync(path.join(ws, 'models'))
    const shards = []
    for (const gate of ['code', 'models']) {
      shards.push(await runActionAsync({ workspace: ws, apiUrl: api.url, eventName: 'pull_request', event: pullRequestEvent({ fork: true }), inputs: { mode: 'scan', gates: gate, 'report-dir': `artifacts/shard-${gate}` } }))
    }
    expect(api.calls).toEqual([])
    expect(shards.map((s) => s.outputs.status)).toEqual(['fail', expect.stringMatching(/pass|error/)])

    api.pulls = [{ number: 42, state: 'open', head: { ref: 'feature/train', sha: HEAD_SHA, repo: { owner: { login: 'contributor' } } } }]
    const report = await runActionAsync({
      workspace: ws,
      apiUrl: api.url,
      eventName: 'workflow_run',
      event: workflowRunEvent({ headSha: HEAD_SHA, fork: true }),
      sha: '0'.repeat(39) + '1',
      inputs: { mode: 'report', reports: 'artifacts/**/report.json', 'pr-comment': 'true' }
    })
    expect(api.problems()).toEqual([])
    expect(report.stdout).toContain('Merging 2 reports: artifacts/shard-code/report.json, artifacts/shard-models/report.json')
    const merged = JSON.parse(readFileSync(report.outputs.report, 'utf8'))
    const status = (id: string) => merged.gates.find((g: any) => g.id === id).status
    expect(status('code')).toBe('fail')
    expect(status('models')).toBe(JSON.parse(readFileSync(shards[1].outputs.report, 'utf8')).gates.find((g: any) => g.id === 'models').status)
    const runs = [...api.checkRuns.values()]
    expect(runs.map((r) => r.name)).toEqual(['ai-secure-gates / code', 'ai-secure-gates / models', 'ai-secure-gates'])
    expect(runs.every((r) => r.head_sha === HEAD_SHA)).toBe(true)
    expect(runs[0].annotations).toHaveLength(8)
    // the fork's PR was found by its head branch (workflow_run lists no PR for forks) and commented
    expect(api.callsTo('pulls/list')[0].query.head).toBe('contributor:feature/train')
    expect([...api.comments.values()].map((c) => c.issue)).toEqual([42])
    expect(report.exitCode).toBe(shards.some((s) => s.outputs.status === 'error') ? 2 : 1)
  })

  it('mode: report with no matching report is an error that says what to do, and posts an error check', async () => {
    const ws = pythonWorkspace(1)
    const run = await runActionAsync({ workspace: ws, apiUrl: api.url, eventName: 'workflow_run', event: workflowRunEvent({ headSha: HEAD_SHA }), inputs: { mode: 'report', reports: 'missing/*.json' } })
    expect(run.outputs.status).toBe('error')
    expect(run.summary).toMatch(/no file matches/)
    expect([...api.checkRuns.values()].find((r) => r.name === 'ai-secure-gates')!.conclusion).toBe('failure')
  })
})
