/**
 * A run of the gates, then a deploy-check, append to one audit log: the same record format, one
 * hash chain. The deploy-check watches a real Prometheus (Debian's, series backfilled by promtool);
 * the chain is verified with the script docs/audit-record.md gives, read from the doc itself.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { spawnSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { cli } from '../../../src/cli/main.js'
import { auditRecordSchema } from '../../../src/release/audit/schema.js'
import { runnerSetup } from '../../support/action.js'
import { openMetricsFamily, startPrometheus, type PrometheusServer } from '../../support/prometheus.js'

const sha = (s: string) => createHash('sha256').update(s).digest('hex')

let prom: PrometheusServer

beforeAll(async () => {
  prom = await startPrometheus((t0) => {
    const from = t0 - 900
    const to = t0 + 300
    const rate = (r: number) => (t: number) => (t - from) * r
    return [
      openMetricsFamily(
        'http_requests',
        'counter',
        [
          { labels: 'job="healthy",code="200"', suffix: '_total', value: rate(100) },
          { labels: 'job="healthy",code="500"', suffix: '_total', value: rate(1) },
          { labels: 'job="broken",code="200"', suffix: '_total', value: rate(100) },
          { labels: 'job="broken",code="500"', suffix: '_total', value: rate(40) }
        ],
        from,
        to,
        1
      )
    ]
  })
}, 90_000)

afterAll(async () => {
  await prom?.stop()
})

/** The verifier of docs/audit-record.md, as the doc gives it. */
function docVerifier(): string {
  const doc = readFileSync('docs/audit-record.md', 'utf8')
  const m = /```sh\npython3 - audit\/ai-secure-gates\.jsonl <<'EOF'\n([\s\S]*?)\nEOF\n```/.exec(doc)
  if (!m) throw new Error('docs/audit-record.md no longer holds the verifier script')
  return m[1]
}

function verify(log: string): { ok: boolean; out: string } {
  const r = spawnSync('python3', ['-', log], { input: docVerifier(), encoding: 'utf8', timeout: 30_000 })
  return { ok: r.status === 0 && r.stdout.trim() === 'ok', out: `${r.stdout}${r.stderr}` }
}

function workspace(): string {
  const ws = mkdtempSync(path.join(os.tmpdir(), 'asg-dc-audit-'))
  mkdirSync(path.join(ws, '.github'))
  mkdirSync(path.join(ws, 'models'))
  writeFileSync(path.join(ws, 'models', 'w.safetensors'), Buffer.concat([Buffer.from([2, 0, 0, 0, 0, 0, 0, 0]), Buffer.from('{}')]))
  writeFileSync(
    path.join(ws, '.github', 'ai-secure-gates.yml'),
    [
      'version: 1',
      'gates:',
      '  models: {}',
      'environments:',
      '  production:',
      '    gates: { models: pass }',
      'deploy-check:',
      '  window: 2s',
      '  interval: 1s',
      '  consecutive: 2',
      '  checks:',
      "    - { name: errors, error-ratio: { selector: 'job=\"healthy\"', rate-window: 30s }, max: 0.05 }",
      ''
    ].join('\n')
  )
  return ws
}

/** The log's lines, each checked against the record's schema. */
function records(file: string): { lines: string[]; recs: any[] } {
  const lines = readFileSync(file, 'utf8').split('\n')
  expect(lines.pop()).toBe('')
  const recs = lines.map((l) => JSON.parse(l))
  for (const r of recs) expect(auditRecordSchema.safeParse(r).success).toBe(true)
  return { lines, recs }
}

describe('the audit log holds a run and then a deploy-check, chained', () => {
  it('the action: mode full, then mode deploy-check (healthy), then one that could not start', () => {
    const ws = workspace()
    const action = (inputs: Record<string, string>) => {
      const setup = runnerSetup({ workspace: ws, inputs: { 'report-dir': 'out', 'check-runs': 'none', 'audit-log': 'audit/log.jsonl', environment: 'production', ...inputs }, env: { GITHUB_ACTOR: 'deploy-bot', GITHUB_RUN_ID: '77' } })
      const r = spawnSync(process.execPath, ['--import', 'tsx', path.resolve('src/index.ts')], { env: setup.env, encoding: 'utf8', timeout: 120_000 })
      return setup.collect(r.status ?? -1, r.stdout, r.stderr)
    }
    const run = action({ gates: 'models' })
    expect(run.outputs).toMatchObject({ status: 'pass', 'policy-status': 'pass' })
    const check = action({ mode: 'deploy-check', 'prometheus-url': prom.url })
    expect(check.outputs).toMatchObject({ status: 'pass', healthy: 'true', rollback: 'false' })
    expect(check.exitCode).toBe(0)
    expect(check.outputs.audit).toBe(path.join(ws, 'out', 'deploy-check-audit.json'))
    // the run's audit.json is still there beside it
    expect(JSON.parse(readFileSync(path.join(ws, 'out', 'audit.json'), 'utf8')).kind).toBe('run')

    const log = path.join(ws, 'audit', 'log.jsonl')
    const { lines, recs } = records(log)
    expect(lines).toHaveLength(2)
    expect(recs[0]).toMatchObject({ kind: 'run', status: 'pass', environment: 'production', previous: null })
    expect(recs[1]).toMatchObject({
      auditVersion: 1,
      kind: 'deploy-check',
      status: 'pass',
      environment: 'production',
      trigger: { actor: 'deploy-bot', runId: '77', sha: 'a'.repeat(40) },
      gates: [],
      policy: null,
      report: { path: path.join(ws, 'out', 'deploy-check.json'), sha256: sha(readFileSync(path.join(ws, 'out', 'deploy-check.json'), 'utf8')) },
      deployCheck: { healthy: true, rollback: false, prometheus: prom.url, pollsMade: 2, consecutive: 2, checks: [{ name: 'errors', status: 'pass', max: 0.05, min: null, longestStreak: 0 }] },
      previous: sha(lines[0])
    })
    const last = recs[1].deployCheck.checks[0].last
    expect(last).toBeGreaterThan(0.005)
    expect(last).toBeLessThan(0.05)
    // deploy-check-audit.json is the record as appended
    expect(JSON.parse(readFileSync(check.outputs.audit, 'utf8'))).toEqual(recs[1])

    // A deploy-check that cannot start is recorded as an error, on the same chain.
    const broken = action({ mode: 'deploy-check', 'prometheus-url': 'ftp://127.0.0.1:1' })
    expect(broken.outputs).toMatchObject({ status: 'error', healthy: 'false', rollback: 'false' })
    expect(broken.exitCode).toBe(1)
    const after = records(log)
    expect(after.lines).toHaveLength(3)
    expect(after.recs[2]).toMatchObject({ kind: 'deploy-check', status: 'error', report: null, deployCheck: { healthy: false, prometheus: null, pollsMade: 0, checks: [] }, previous: sha(after.lines[1]) })
    expect(after.recs[2].deployCheck.summary).toMatch(/^deploy-check could not start: /)

    expect(verify(log)).toEqual({ ok: true, out: 'ok\n' })
    // the verifier can fail: edit the run's verdict and the deploy-check's previous no longer matches
    const tampered = path.join(ws, 'tampered.jsonl')
    writeFileSync(tampered, [lines[0].replace('"status":"pass"', '"status":"fail"'), ...after.lines.slice(1), ''].join('\n'))
    const bad = verify(tampered)
    expect(bad.ok).toBe(false)
    expect(bad.out).toMatch(/line 2: chain broken/)
  }, 300_000)

  it('the CLI: run --audit-log, then deploy-check --audit-log (healthy, then one that advises a rollback)', async () => {
    const ws = workspace()
    expect(await cli(['run', '--workspace', ws, '--gates', 'models', '--environment', 'production', '--audit-log', 'audit.jsonl', '--format', 'json', '--output', path.join(ws, 'report.json')])).toBe(0)
    const out = path.join(ws, 'deploy-check.json')
    expect(await cli(['deploy-check', '--workspace', ws, '--prometheus-url', prom.url, '--environment', 'production', '--audit-log', 'audit.jsonl', '--format', 'json', '--output', out])).toBe(0)
    // the same watch over the broken service: a rollback, appended too
    writeFileSync(path.join(ws, '.github', 'ai-secure-gates.yml'), readFileSync(path.join(ws, '.github', 'ai-secure-gates.yml'), 'utf8').replace('job="healthy"', 'job="broken"'))
    expect(await cli(['deploy-check', '--workspace', ws, '--prometheus-url', prom.url, '--audit-log', 'audit.jsonl'])).toBe(1)

    const log = path.join(ws, 'audit.jsonl')
    const { lines, recs } = records(log)
    expect(recs.map((r) => [r.kind, r.status, r.environment])).toEqual([
      ['run', 'pass', 'production'],
      ['deploy-check', 'pass', 'production'],
      ['deploy-check', 'fail', null]
    ])
    expect(recs[1].report).toEqual({ path: out, sha256: sha(readFileSync(out, 'utf8')) })
    expect(recs[1].trigger.actor).toBe(os.userInfo().username)
    expect(recs[2]).toMatchObject({ report: { path: '(stdout)' }, deployCheck: { healthy: false, rollback: true, checks: [{ name: 'errors', status: 'fail' }] } })
    expect(recs[1].previous).toBe(sha(lines[0]))
    expect(recs[2].previous).toBe(sha(lines[1]))
    expect(verify(log)).toEqual({ ok: true, out: 'ok\n' })
  }, 120_000)
})
