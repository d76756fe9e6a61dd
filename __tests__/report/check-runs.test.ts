import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'
import { createClient } from '../../src/github/client.js'
import { explainForbidden, readRunContext } from '../../src/github/context.js'
import {
  allocateAnnotations,
  conclusionFor,
  gateCheckRun,
  levelFor,
  overallCheckRun,
  overallConclusion,
  publishCheckRuns,
  repoPath,
  toAnnotation,
  type PublishOptions
} from '../../src/report/check-runs.js'
import type { Finding, Report } from '../../src/engine/types.js'
import { GitHubApiDouble, validateResponse } from '../support/github-api-double.js'
import { mkFinding, mkReport } from '../support/report.js'

const HEAD = '1f2e3d4c5b6a79881f2e3d4c5b6a79881f2e3d4c'
const byteLength = (s: string) => Buffer.byteLength(s, 'utf8')

function manyFindings(n: number, gate = 'code'): Finding[] {
  return Array.from({ length: n }, (_, i) => mkFinding(i, { gate, ruleId: `R${i % 9}`, location: { path: `src/f${i}.py`, startLine: i + 1 } }))
}

describe('check-run planning', () => {
  it('maps severities to annotation levels and statuses to conclusions', () => {
    expect(['critical', 'high', 'medium', 'low', 'info'].map((s) => levelFor(s as any))).toEqual(['failure', 'failure', 'warning', 'notice', 'notice'])
    expect(conclusionFor('pass', 'fail')).toBe('success')
    expect(conclusionFor('fail', 'neutral')).toBe('failure')
    expect(conclusionFor('skipped', 'fail')).toBe('skipped')
    expect(conclusionFor('error', 'fail')).toBe('failure')
    expect(conclusionFor('error', 'neutral')).toBe('neutral')
  })

  it('the overall check fails on a failing gate even when another errored with on-error: neutral', () => {
    const r = mkReport([{ id: 'code', status: 'fail', findings: [mkFinding(0)] }, { id: 'models', status: 'error', errors: ['boom'] }], { status: 'error' })
    expect(overallConclusion(r, 'neutral')).toBe('failure')
    const onlyError = mkReport([{ id: 'code', status: 'pass' }, { id: 'models', status: 'error', errors: ['boom'] }], { status: 'error' })
    expect(overallConclusion(onlyError, 'neutral')).toBe('neutral')
    expect(overallConclusion(onlyError, 'fail')).toBe('failure')
  })

  it('paths are made relative to the repository root; those outside it are not annotated', () => {
    expect(repoPath('src/a.py')).toBe('src/a.py')
    expect(repoPath('./src/a.py', 'ml')).toBe('ml/src/a.py')
    expect(repoPath('src\\win.py', 'ml/')).toBe('ml/src/win.py')
    expect(repoPath('../other/a.py', 'ml')).toBe('other/a.py')
    expect(repoPath('../../a.py', 'ml')).toBeNull()
    expect(repoPath('/etc/passwd')).toBeNull()
    expect(repoPath('')).toBeNull()
    expect(repoPath('docker://python:3.11')).toBeNull()
  })

  it('annotations: titles within 255 characters, columns only on one line, messages within 64 KB', () => {
    const long = mkFinding(0, { title: 'x'.repeat(400), message: 'm'.repeat(70 * 1024), location: { path: 'a.py', startLine: 3, startColumn: 2, endColumn: 9 } })
    const a = toAnnotation(long, 'a.py', 'high')
    expect(Array.from(a.title).length).toBeLessThanOrEqual(255)
    expect(a.title.endsWith('…')).toBe(true)
    expect(byteLength(a.message)).toBeLessThanOrEqual(64 * 1024)
    expect(a).toMatchObject({ start_line: 3, end_line: 3, start_column: 2, end_column: 9, annotation_level: 'failure' })
    const multi = toAnnotation(mkFinding(1, { location: { path: 'a.py', startLine: 3, endLine: 6, startColumn: 2, endColumn: 9 } }), 'a.py', 'high')
    expect(multi.start_column).toBeUndefined()
    expect(multi.end_column).toBeUndefined()
    const noLine = toAnnotation(mkFinding(2, { location: { path: 'models/m.pkl', startLine: null } }), 'models/m.pkl', 'high')
    expect([noLine.start_line, noLine.end_line]).toEqual([1, 1])
    expect(noLine.raw_details).toContain('fingerprint: fp2')
  })

  it('annotations over the cap are chosen most important first across gates, and counted', () => {
    const r = mkReport([
      { id: 'code', findings: [...manyFindings(30), mkFinding(99, { suppressed: true, blocking: false, severity: 'critical' })] },
      { id: 'models', findings: [mkFinding(0, { gate: 'models', severity: 'critical', location: { path: 'm.pkl', startLine: null } }), mkFinding(1, { gate: 'models', severity: 'low', location: { path: '', startLine: null } })] }
    ])
    const alloc = allocateAnnotations(r, 10)
    const code = alloc.get('code')!
    const models = alloc.get('models')!
    expect(code.annotations.length + models.annotations.length).toBe(10)
    expect(models.annotations.map((a) => a.path)).toEqual(['m.pkl'])
    expect(models.noFile).toBe(1)
    // the suppressed finding is never annotated; the cap took criticals and highs first
    expect(code.annotations.every((a) => a.annotation_level === 'failure')).toBe(true)
    expect(code.overCap).toBe(30 - 9)
  })

  it('a huge gate output is cut within 65,535 with a visible note, and tool text is escaped', () => {
    const findings = Array.from({ length: 3000 }, (_, i) =>
      mkFinding(i, { message: `evil | [click](https://evil.example) <img src=x> ${'pad '.repeat(40)}`, location: { path: `src/f${i}.py`, startLine: 1 } })
    )
    const r = mkReport([{ id: 'code', findings }])
    const spec = gateCheckRun(r, r.gates[0], { mode: 'per-gate', onError: 'fail', maxAnnotations: 1000 }, undefined)
    expect(byteLength(spec.summary)).toBeLessThanOrEqual(65535)
    expect(spec.summary).toMatch(/shortened to stay within GitHub's limit of 65,535 characters for a check run: \d+ finding rows not shown/)
    expect(spec.summary).not.toContain('[click](')
    expect(spec.summary).not.toContain('<img')
    const overall = overallCheckRun(r, { mode: 'single', onError: 'fail', maxAnnotations: 1000 }, allocateAnnotations(r, 1000))
    expect(byteLength(overall.summary)).toBeLessThanOrEqual(65535)
    expect(overall.summary).toMatch(/not shown/)
    expect(overall.annotations).toHaveLength(1000)
  })

  it('a small gate output is whole, with its blocking findings linked to the head commit', () => {
    const r = mkReport([{ id: 'code', findings: manyFindings(3) }])
    const spec = gateCheckRun(r, r.gates[0], { mode: 'per-gate', onError: 'fail', maxAnnotations: 1000, headSha: HEAD, repository: 'o/r' }, allocateAnnotations(r, 1000).get('code'))
    expect(spec.summary).not.toMatch(/shortened/)
    expect(spec.summary).toContain(`(https://github.com/o/r/blob/${HEAD}/src/f0.py#L1)`)
    expect(spec.title).toBe('2 blocking findings (1 critical, 1 high)')
    expect(spec.name).toBe('ai-secure-gates / code')
  })
})

describe('publishing check runs to the GitHub API double (real Octokit client)', () => {
  let api: GitHubApiDouble
  beforeAll(async () => {
    api = await GitHubApiDouble.start({ knownShas: [HEAD] })
  })
  afterAll(async () => {
    await api.close()
  })
  beforeEach(() => {
    api.calls.length = 0
    api.checkRuns.clear()
    api.forbid = {}
  })

  const ctx = readRunContext({ GITHUB_EVENT_NAME: 'pull_request', GITHUB_REPOSITORY: 'octo/ml', GITHUB_SHA: 'f'.repeat(40) }, {
    pull_request: { number: 7, head: { sha: HEAD, ref: 'topic', repo: { full_name: 'fork-owner/ml' } }, base: { sha: 'e'.repeat(40), repo: { full_name: 'octo/ml' } } }
  })

  function options(over: Partial<PublishOptions> = {}): PublishOptions & { warnings: string[] } {
    const warnings: string[] = []
    return {
      mode: 'per-gate',
      onError: 'fail',
      maxAnnotations: 1000,
      client: createClient('ghs_test', 'octo', 'ml', api.url),
      headSha: HEAD,
      repository: 'octo/ml',
      runUrl: 'https://github.com/octo/ml/actions/runs/1',
      warn: (m) => warnings.push(m),
      explainForbidden: (m) => explainForbidden(ctx, 'checks', m),
      ...over,
      warnings
    }
  }

  const report: Report = mkReport([
    { id: 'code', findings: manyFindings(120) },
    { id: 'models', status: 'pass', findings: [] },
    { id: 'container', status: 'error', errors: ['trivy not found: set install: auto'] },
    { id: 'data', status: 'skipped', reason: 'not configured' }
  ], { status: 'error' })

  it('per-gate: one check per gate and the overall one, on the head SHA, 120 annotations in batches of 50, 50, 20', async () => {
    const opts = options()
    const result = await publishCheckRuns(report, opts)
    expect(api.problems()).toEqual([])
    expect(opts.warnings).toEqual([])
    const runs = [...api.checkRuns.values()]
    expect(runs.map((r) => [r.name, r.conclusion])).toEqual([
      ['ai-secure-gates / code', 'failure'],
      ['ai-secure-gates / models', 'success'],
      ['ai-secure-gates / container', 'failure'],
      ['ai-secure-gates', 'failure']
    ])
    expect(runs.every((r) => r.head_sha === HEAD && r.status === 'completed')).toBe(true)
    const code = runs[0]
    expect(code.annotationBatches).toEqual([50, 50, 20])
    expect(code.annotations).toHaveLength(120)
    expect(new Set(code.annotations.map((a) => a.path)).size).toBe(120)
    expect(api.callsTo('checks/create')).toHaveLength(4)
    expect(api.callsTo('checks/update')).toHaveLength(2)
    expect(api.calls.every((c) => c.authorization === 'token ghs_test')).toBe(true)
    // the overall check links to the per-gate checks and carries no annotations of its own (no doubles)
    const overall = runs[3]
    expect(overall.annotations).toHaveLength(0)
    expect(overall.output.summary).toContain(`[code](https://github.com/octo/ml/runs/${code.id})`)
    expect(overall.output.summary).toMatch(/^\| code \| critical \| R0 \| \[src\/f0\.py:1\]/m)
    expect(overall.output.title).toBe('2 of 3 gates did not pass (code: fail, container: error), 48 blocking findings')
    expect(result.url).toBe(`https://github.com/octo/ml/runs/${overall.id}`)
    expect(runs[2].output.title).toBe('Could not decide: trivy not found: set install: auto')
  })

  it('on-error: neutral concludes an errored gate neutral, the failing one still failure', async () => {
    await publishCheckRuns(report, options({ onError: 'neutral' }))
    const conclusions = Object.fromEntries([...api.checkRuns.values()].map((r) => [r.name, r.conclusion]))
    expect(conclusions['ai-secure-gates / container']).toBe('neutral')
    expect(conclusions['ai-secure-gates']).toBe('failure')
  })

  it('single: only the overall check, carrying every annotation', async () => {
    await publishCheckRuns(report, options({ mode: 'single' }))
    expect(api.problems()).toEqual([])
    const runs = [...api.checkRuns.values()]
    expect(runs.map((r) => r.name)).toEqual(['ai-secure-gates'])
    expect(runs[0].annotationBatches).toEqual([50, 50, 20])
  })

  it('max-annotations caps what is sent and the summary counts the rest', async () => {
    await publishCheckRuns(report, options({ maxAnnotations: 70 }))
    const code = [...api.checkRuns.values()][0]
    expect(code.annotationBatches).toEqual([50, 20])
    expect(code.output.summary).toContain('50 more not annotated: over max-annotations (70)')
  })

  it('a 403 becomes one warning that explains the fork and what to do; nothing throws', async () => {
    api.forbid.checks = true
    const opts = options()
    const result = await publishCheckRuns(report, opts)
    expect(result.posted).toEqual([])
    expect(result.url).toBeNull()
    expect(api.calls).toHaveLength(1)
    expect(api.calls[0].status).toBe(403)
    expect(opts.warnings).toHaveLength(1)
    expect(opts.warnings[0]).toMatch(/comes from a fork.*read-only GITHUB_TOKEN/)
    expect(opts.warnings[0]).toMatch(/Resource not accessible by integration/)
    expect(opts.warnings[0]).toMatch(/mode: scan.*mode: report.*workflow_run/)
    expect(opts.warnings[0]).toMatch(/verdict is unchanged/)
  })

  it('missing checks: write (not a fork) says which permission to add; Dependabot says why', () => {
    const same = readRunContext({ GITHUB_EVENT_NAME: 'push', GITHUB_REPOSITORY: 'octo/ml', GITHUB_SHA: HEAD, GITHUB_ACTOR: 'alice' }, {})
    expect(explainForbidden(same, 'checks', 'Resource not accessible by integration')).toMatch(/permissions: checks: write/)
    const bot = readRunContext({ GITHUB_EVENT_NAME: 'push', GITHUB_REPOSITORY: 'octo/ml', GITHUB_SHA: HEAD, GITHUB_ACTOR: 'dependabot[bot]' }, {})
    expect(explainForbidden(bot, 'checks', '')).toMatch(/Dependabot get a read-only GITHUB_TOKEN/)
    expect(explainForbidden(same, 'comment', '')).toMatch(/pull-requests: write/)
  })

  it('another failure (an unknown commit) is a warning per check and does not stop the others', async () => {
    const opts = options({ headSha: 'd'.repeat(40) })
    const result = await publishCheckRuns(report, opts)
    expect(result.posted).toEqual([])
    expect(result.failures).toHaveLength(4)
    expect(opts.warnings[0]).toMatch(/HTTP 422: No commit found for SHA/)
  })

  it('the double answers like GitHub: its check-run response validates against the response schema', async () => {
    await publishCheckRuns(mkReport([{ id: 'code', findings: manyFindings(2) }]), options())
    const run = [...api.checkRuns.values()][0]
    const res = await fetch(`${api.url}/repos/octo/ml/check-runs/${run.id}`, { headers: { authorization: 'token x' } })
    const body: any = await res.json()
    expect(validateResponse('GET', `/repos/octo/ml/check-runs/${run.id}`, 200, body)).toEqual([])
    expect(body.output.annotations_count).toBe(2)
  })

  it('the double is not vacuous: 51 annotations in one request, or a bad conclusion, are refused as GitHub would', async () => {
    const annotations = Array.from({ length: 51 }, (_, i) => ({ path: 'a.py', start_line: i + 1, end_line: i + 1, annotation_level: 'notice', message: 'm' }))
    const res = await fetch(`${api.url}/repos/octo/ml/check-runs`, {
      method: 'POST',
      headers: { authorization: 'token x', 'content-type': 'application/json' },
      body: JSON.stringify({ name: 'x', head_sha: HEAD, conclusion: 'passed', output: { title: 't', summary: 's', annotations } })
    })
    expect(res.status).toBe(422)
    const problems = api.problems().join('\n')
    expect(problems).toMatch(/annotations must NOT have more than 50 items/)
    expect(problems).toMatch(/conclusion must be equal to one of the allowed values/)
  })
})
