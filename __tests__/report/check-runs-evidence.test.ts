/**
 * The approval gate's evidence (the other gates' results on the commit, with links) outside the
 * per-gate checks, through the real Octokit client and the REST double: in the single check run's
 * text for the approval gate, and in the job summary's approval section (from the checks posted,
 * or from this run's other gates when no check run was posted). Bounded to 50 rows, escaped.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { createClient } from '../../src/github/client.js'
import type { GateReport, Report } from '../../src/engine/types.js'
import { publishCheckRuns, waitingEvidence } from '../../src/report/check-runs.js'
import { renderSummary } from '../../src/report/summary.js'
import { GitHubApiDouble } from '../support/github-api-double.js'
import { at, checkOptions, HEAD, NAME, OWNER, RUN_URL, runApprovalGate, seed, TOKEN } from '../support/approval.js'

const RULE = { name: 'two reviewers', paths: ['**'], approvals: 2, from: 'anyone' }
const HOSTILE = 'ai-secure-gates / x | <img src=x onerror=alert(1)> [click](javascript:alert(1))'

let api: GitHubApiDouble
beforeAll(async () => {
  api = await GitHubApiDouble.start()
})
afterAll(async () => {
  await api.close()
})

const options = (mode: 'single' | 'per-gate', warnings: string[]) => checkOptions(api, warnings, mode)

const gate = (id: string, status: GateReport['status']): GateReport => ({ id, title: id, status, summary: `${id}: ${status}`, durationMs: 5, tool: null, failOn: 'high', errors: [], checks: [], findings: [] })

/** One approval of two (the approval gate waits), beside this run's `code` gate that passed. */
async function approvalRun(): Promise<Report> {
  api.review(7, { user: 'bob', state: 'APPROVED', commit_id: HEAD, submitted_at: at() })
  const r = await runApprovalGate({ api, block: { rules: [RULE] } })
  expect(r.gates.map((g) => [g.id, g.status])).toEqual([['approval', 'fail']])
  return { ...r, gates: [...r.gates, gate('code', 'pass')] }
}

/** An earlier workflow's check run on the head commit. */
async function earlier(name: string, conclusion: 'success' | 'failure' = 'success'): Promise<string> {
  const client = createClient(TOKEN, OWNER, NAME, api.url, 20_000)
  const r = await client.createCheckRun({ name, head_sha: HEAD, status: 'completed', conclusion, completed_at: '2026-11-30T09:00:00Z', external_id: 'x', output: { title: 't', summary: 's' } })
  return r.html_url!
}

/** The part of a markdown text from a gate's heading to the next gate's heading. */
function section(md: string, heading: RegExp): string {
  const start = md.search(heading)
  expect(start).toBeGreaterThanOrEqual(0)
  const rest = md.slice(start)
  const body = rest.indexOf('\n')
  const next = rest.slice(body).search(/^#{2,3} [✅❌⚠⏭]/mu)
  return next < 0 ? rest : rest.slice(0, body + next)
}

const evidenceRows = (md: string) => md.slice(md.indexOf('### Evidence on this commit')).split('\n').filter((l) => /^\| (?!Check \||---)/.test(l))

describe("the approval gate's evidence outside per-gate checks", () => {
  it('check-runs: single: the one check run carries the evidence in the approval gate\'s part, with links, escaped', async () => {
    seed(api)
    const models = await earlier('ai-secure-gates / models')
    const hostile = await earlier(HOSTILE, 'failure')
    const report = await approvalRun()
    const warnings: string[] = []
    const result = await publishCheckRuns(report, options('single', warnings))
    expect(warnings).toEqual([])
    expect(api.problems()).toEqual([])
    const mine = [...api.checkRuns.values()].filter((r) => r.head_sha === HEAD && !['ai-secure-gates / models', HOSTILE].includes(r.name))
    expect(mine.map((r) => r.name)).toEqual(['ai-secure-gates'])
    const summary = mine[0].output.summary ?? ''
    const approval = section(summary, /^### .*Approvals?.*: fail$/m)
    expect(approval).toContain('### Evidence on this commit')
    expect(approval).toContain(`| [ai-secure-gates / models](${models}) | success |`)
    expect(approval).toContain('| ai-secure-gates / code | success |')
    expect(approval).toContain(`| [this workflow run (job summary, JSON report)](${RUN_URL}) | link |`)
    // The hostile name is escaped: no raw table cell break, tag or markdown link of its own.
    expect(summary).not.toContain('<img')
    expect(summary).not.toContain('[click](javascript:')
    expect(summary).toContain('\\[click\\](javascript:')
    expect(summary).not.toContain('x | <img')
    expect(evidenceRows(approval).find((l) => l.includes(hostile))).toBeDefined()
    // The same evidence is handed back for the job summary.
    expect(result.evidence.get('approval')?.map((e) => e.name)).toEqual(expect.arrayContaining(['ai-secure-gates / models', 'ai-secure-gates / code', HOSTILE]))
  })

  it('the job summary shows it in the approval section: with the links of the per-gate checks posted, or unlinked when none were posted', async () => {
    seed(api)
    const report = await approvalRun()
    const result = await publishCheckRuns(report, options('per-gate', []))
    expect(api.problems()).toEqual([])
    const code = [...api.checkRuns.values()].find((r) => r.name === 'ai-secure-gates / code')!
    const md = renderSummary(report, { evidence: result.evidence })
    const approval = section(md, /^### .*Approvals?.*: fail$/m)
    expect(approval).toContain('### Evidence on this commit')
    expect(approval).toContain(`| [ai-secure-gates / code](https://github.com/${OWNER}/${NAME}/runs/${code.id}) | success |`)
    expect(section(md, /^### .* code: pass$/m)).not.toContain('Evidence')

    // check-runs: none (or no API): this run's other gates, without links.
    const alone = renderSummary(report, { evidence: waitingEvidence(report, [], new Map(), { onError: 'fail', runUrl: null }) })
    expect(evidenceRows(section(alone, /^### .*Approvals?.*: fail$/m))).toEqual(['| ai-secure-gates / code | success |'])
    // Without evidence the summary is as before.
    expect(renderSummary(report)).not.toContain('Evidence on this commit')
  })

  it('at most 50 rows, in the single check run and in the job summary', async () => {
    seed(api)
    for (let i = 0; i < 60; i++) await earlier(`ai-secure-gates / earlier-${String(i).padStart(2, '0')}`)
    const report = await approvalRun()
    const result = await publishCheckRuns(report, options('single', []))
    expect(api.problems()).toEqual([])
    expect(result.evidence.get('approval')!.length).toBeGreaterThan(60)
    const single = [...api.checkRuns.values()].find((r) => r.name === 'ai-secure-gates')!
    expect(evidenceRows(section(single.output.summary ?? '', /^### .*Approvals?.*: fail$/m))).toHaveLength(50)
    expect(evidenceRows(section(renderSummary(report, { evidence: result.evidence }), /^### .*Approvals?.*: fail$/m))).toHaveLength(50)
  })
})
