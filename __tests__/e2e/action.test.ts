import { describe, expect, it } from '@jest/globals'
import { spawnSync } from 'node:child_process'
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { copyDemo, DIST, runAction } from '../support/action.js'

const haveBandit = spawnSync('bandit', ['--version']).status === 0
const ready = haveBandit && existsSync(DIST)
const d = ready ? describe : describe.skip

d('the bundled action on the demo project (real bandit)', () => {
  it('writes the summary, annotations, outputs and the JSON report, and fails on blocking findings', () => {
    const ws = copyDemo()
    const run = runAction({
      workspace: ws,
      eventName: 'pull_request',
      event: { pull_request: { number: 3, head: { sha: 'b'.repeat(40) }, base: { sha: 'c'.repeat(40) } } },
      inputs: { gates: 'code', 'github-token': 'ghs_secrettoken123' }
    })
    expect(run.exitCode).toBe(1)
    expect(run.outputs.status).toBe('fail')
    expect(run.outputs['failed-gates']).toBe('code')
    const report = JSON.parse(readFileSync(run.outputs.report, 'utf8'))
    expect(report.schemaVersion).toBe(1)
    expect(report.status).toBe('fail')
    const code = report.gates.find((g: any) => g.id === 'code')
    expect(code.status).toBe('fail')
    expect(code.tool.name).toBe('bandit')
    for (const f of code.findings) {
      expect(Object.keys(f)).toEqual(expect.arrayContaining(['gate', 'ruleId', 'severity', 'message', 'location', 'fingerprint', 'blocking', 'suppressed', 'waiver']))
    }
    expect(code.findings.find((f: any) => f.ruleId === 'B602').blocking).toBe(true)
    expect(code.findings.find((f: any) => f.ruleId === 'B201').waiver.reason).toMatch(/laptop/)
    // the job summary
    expect(run.summary).toContain('ai-secure-gates failed')
    expect(run.summary).toContain(`[src/train.py:20](https://github.com/octo-org/ml-repo/blob/${'b'.repeat(40)}/src/train.py#L20)`)
    expect(run.summary).toMatch(/Waiver expired/)
    expect(readFileSync(run.outputs.summary, 'utf8')).toBe(run.summary)
    // annotations as workflow commands, blocking first
    const annotations = run.stdout.split('\n').filter((l) => /^::(error|warning|notice) /.test(l))
    expect(annotations[0]).toMatch(/^::error /)
    expect(annotations).toContainEqual(expect.stringMatching(/^::error title=code%3A .*\(high%2C blocking\),file=src\/[a-z_]+\.py,line=\d+,endLine=\d+/))
    expect(annotations.filter((l) => l.startsWith('::error ')).length).toBeLessThanOrEqual(10)
    const firstNonError = annotations.findIndex((l) => !l.startsWith('::error '))
    expect(annotations.slice(firstNonError).some((l) => l.startsWith('::error '))).toBe(false)
    expect(annotations.some((l) => l.startsWith('::warning ') && l.includes('file=src/features.py'))).toBe(true)
    expect(run.stdout).toContain('::add-mask::ghs_secrettoken123')
    expect(run.stdout).toMatch(/::error::ai-secure-gates: blocking findings in code/)
  })

  it('passes when nothing reaches the threshold, and annotates with the working-directory prefix', () => {
    const ws = copyDemo()
    const run = runAction({ workspace: path.dirname(ws), inputs: { gates: 'code', 'fail-on': 'critical', 'working-directory': path.basename(ws) } })
    expect(run.outputs.status).toBe('pass')
    expect(run.exitCode).toBe(0)
    expect(run.stdout).toMatch(new RegExp(`file=${path.basename(ws)}/src/train\\.py`))
  })

  it('a bad config is an error that names the key, with the summary still written', () => {
    const ws = copyDemo()
    writeFileSync(path.join(ws, '.github/ai-secure-gates.yml'), 'version: 1\ngates:\n  code:\n    pathz: [src]\n')
    const run = runAction({ workspace: ws })
    expect(run.exitCode).toBe(1)
    expect(run.outputs.status).toBe('error')
    expect(run.stdout).toContain('gates.code: unknown key "pathz" (did you mean "paths"?)')
    expect(run.summary).toContain('could not decide (error)')
  })

  it('bandit missing with install: never is an error that says what to add', () => {
    const ws = copyDemo()
    const run = runAction({ workspace: ws, inputs: { gates: 'code' }, env: { PATH: '/nonexistent' } })
    expect(run.outputs.status).toBe('error')
    expect(run.summary).toMatch(/bandit not found on PATH and install is &#34;never&#34;/)
  })
})
