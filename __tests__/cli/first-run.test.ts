/**
 * The CLI as a new user meets it, run as a real process: every command has --help, a default run
 * on a repository with no config ends in pass or fail (never error) and says what it did not
 * check, and stdout holds only the report (no workflow commands).
 */
import { describe, expect, it } from '@jest/globals'
import * as core from '@actions/core'
import { spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { guardStdout } from '../../src/cli/stdout-guard.js'
import { recordingLogger } from '../../src/engine/logger.js'

const ROOT = path.resolve(import.meta.dirname, '..', '..')

function cli(args: string[], env: Record<string, string> = {}) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', path.join(ROOT, 'src', 'cli.ts'), ...args], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', ...env }, timeout: 240_000 })
  return { code: r.status, out: r.stdout, err: r.stderr }
}

describe('CLI help', () => {
  it.each(['run', 'lock', 'scan-models'])('%s --help prints its usage and exits 0', (cmd) => {
    const r = cli([cmd, '--help'])
    expect(r.code).toBe(0)
    expect(r.out).toMatch(new RegExp(`^Usage: ai-secure-gates ${cmd}`))
    expect(r.err).toBe('')
  })

  it('help COMMAND and -h work too', () => {
    expect(cli(['help', 'run']).out).toMatch(/^Usage: ai-secure-gates run/)
    expect(cli(['run', '-h']).code).toBe(0)
  })
})

describe('a default run with no config', () => {
  it('ends in pass or fail, lists what was not checked first, and keeps stdout for the report', () => {
    const ws = mkdtempSync(path.join(os.tmpdir(), 'asg-firstrun-'))
    mkdirSync(path.join(ws, 'svc'))
    writeFileSync(path.join(ws, 'train.py'), 'import torch\nprint(torch.__version__)\n')
    writeFileSync(path.join(ws, 'svc', 'Dockerfile'), 'FROM python:3.12\nCOPY . /app\n')
    writeFileSync(path.join(ws, 'svc', 'requirements.txt'), 'flask==2.0.0\n')
    // An empty PATH apart from node's folder: no trivy, no pip-audit, no bandit.
    const bin = mkdtempSync(path.join(os.tmpdir(), 'asg-firstrun-bin-'))
    const json = cli(['run', '--workspace', ws, '--format', 'json'], { PATH: bin })
    expect([0, 1]).toContain(json.code)
    const report = JSON.parse(json.out)
    expect(report.notChecked.map((n: { gate: string }) => n.gate)).toEqual(expect.arrayContaining(['code', 'container', 'dependencies']))
    // bandit missing: the code gate's own rules still decided (train.py is clean), bandit's checks are listed as not checked
    expect(report.notChecked.find((n: { gate: string }) => n.gate === 'code')).toMatchObject({ what: "bandit's checks on 1 Python file", fix: 'rerun with --install auto (or put bandit on PATH)' })
    expect(report.gates.find((g: { id: string }) => g.id === 'code').status).toBe('pass')
    expect(json.out).not.toMatch(/^::/m)
    const text = cli(['run', '--workspace', ws], { PATH: bin })
    expect([0, 1]).toContain(text.code)
    expect(text.out.split('\n')[0]).toBe('NOT CHECKED (the verdict does not cover these):')
    expect(text.out).toContain('fix: rerun with --install auto (or put trivy on PATH)')
    expect(text.out).toContain('models: skipped: ')
  }, 480_000)
})

describe('stdout guard', () => {
  it('turns workflow commands written by @actions/core into plain log lines', () => {
    const lines: string[] = []
    const restore = guardStdout(recordingLogger(lines))
    try {
      core.debug('Downloading https://example.invalid/x')
      core.warning('disk 95% full\nsecond line')
      core.info('Waiting 14 seconds before trying again')
      core.setSecret('hunter2')
    } finally {
      restore()
    }
    expect(lines).toEqual(['debug: Downloading https://example.invalid/x', 'warning: disk 95% full\nsecond line', 'info: Waiting 14 seconds before trying again'])
  })
})
