/**
 * The bundled action with the redteam gate, driven as the runner drives it: the model server was started in an
 * earlier step (here: the scripted obedient model on 127.0.0.1, so the verdict is known), the action waits for it,
 * runs the probes, and writes the summary, the check run (GitHub API double) and the outputs.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { DIST } from '../support/action.js'
import { chatHandler, obedient, startFake, type FakeServer } from '../support/fake-model.js'
import { GitHubApiDouble } from '../support/github-api-double.js'
import { HEAD_SHA, pullRequestEvent, runActionAsync } from '../support/pr-action.js'

// Runs the committed bundle (CI rebuilds and checks dist/ before the tests): a missing bundle fails, never skips.
if (!existsSync(DIST)) throw new Error(`${DIST} is missing: run npm run bundle first`)
const d = describe

d('the bundled action runs the redteam gate against a model server on 127.0.0.1', () => {
  let api: GitHubApiDouble
  let model: FakeServer
  beforeAll(async () => {
    api = await GitHubApiDouble.start({ knownShas: [HEAD_SHA] })
    model = await startFake(chatHandler(obedient))
  })
  afterAll(async () => {
    await api.close()
    await model.close()
  })

  it('fails on the injection category with the numbers in the summary, the check run and the report; the key is masked', async () => {
    const ws = mkdtempSync(path.join(os.tmpdir(), 'asg-redteam-e2e-'))
    mkdirSync(path.join(ws, '.github'))
    writeFileSync(
      path.join(ws, '.github', 'ai-secure-gates.yml'),
      [
        'version: 1',
        'gates:',
        '  redteam:',
        `    target: { kind: openai, url: "${model.url}/v1", model: m, api-key-env: MODEL_KEY, loopback-only: true, ready-timeout-seconds: 30 }`,
        '    probes: [injection.direct, leak]',
        '    attacks-per-probe: 3',
        ''
      ].join('\n')
    )
    const run = await runActionAsync({ workspace: ws, apiUrl: api.url, eventName: 'pull_request', event: pullRequestEvent(), env: { MODEL_KEY: 'mk-e2e-secret-value-123' } })
    expect(api.problems()).toEqual([])
    expect(run.exitCode).toBe(1)
    expect(run.outputs.status).toBe('fail')
    expect(run.outputs['failed-gates']).toBe('redteam')
    const report = JSON.parse(readFileSync(run.outputs.report, 'utf8'))
    const gate = report.gates.find((g: any) => g.id === 'redteam')
    expect(gate.status).toBe('fail')
    expect(gate.summary).toBe('6 of 6 attacks succeeded; over the limit: injection, leak (2 probes, 7 requests)')
    expect(gate.findings.map((f: any) => f.ruleId).sort()).toEqual(['redteam/injection', 'redteam/leak'])
    expect(gate.checks.filter((c: any) => c.name === 'redteam-attempt')).toHaveLength(6)
    // the model got the key; no output carries it
    expect(model.requests.every((r) => r.headers.authorization === 'Bearer mk-e2e-secret-value-123')).toBe(true)
    expect(run.stdout).toContain('::add-mask::mk-e2e-secret-value-123')
    expect(readFileSync(run.outputs.report, 'utf8')).not.toContain('mk-e2e-secret-value-123')
    expect(run.summary).not.toContain('mk-e2e-secret-value-123')
    // summary and check run
    expect(run.summary).toContain('ai-secure-gates failed')
    expect(run.summary).toMatch(/injection: 3 of 3 attacks succeeded \(100\.0 %, 95 % CI 43\.9 % to 100\.0 %\)/)
    const runs = [...api.checkRuns.values()]
    expect(runs.map((r) => r.name)).toEqual(['ai-secure-gates / redteam', 'ai-secure-gates'])
    expect(runs.map((r) => r.conclusion)).toEqual(['failure', 'failure'])
    // model text in the summary is escaped: the system prompt's markdown-significant characters never reach it raw
    expect(run.summary).not.toMatch(/<img|!\[/)
    // the category table, and the worst transcripts folded: one per failing category
    expect(run.summary).toMatch(/\| injection \| 3 \| 3 \| 100\.0 % \| 43\.9 % to 100\.0 % \| 5\.0 % \| fail \|/)
    const folded = run.summary.slice(run.summary.indexOf('<details><summary>Worst transcripts (5 of 6 successful attacks'))
    const rows = folded.slice(0, folded.indexOf('</details>')).split('\n').filter((l) => /^\| (injection|leak)\./.test(l))
    expect(rows.map((l) => l.split(' | ')[1])).toEqual(['injection', 'leak', 'injection', 'injection', 'leak'])
  }, 120_000)
})
