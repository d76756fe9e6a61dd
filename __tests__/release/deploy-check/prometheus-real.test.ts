/**
 * deploy-check against a real Prometheus (Debian's package) on 127.0.0.1, with series backfilled by
 * promtool around the current time, polled in real time (1 s apart).
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { deployCheckSchema, type DeployCheckConfig } from '../../../src/release/deploy-check/config.js'
import { PrometheusClient, PrometheusError } from '../../../src/release/deploy-check/prometheus.js'
import { valuesSeen, watch } from '../../../src/release/deploy-check/watch.js'
import { silentLogger } from '../../../src/engine/logger.js'
import { runnerSetup } from '../../support/action.js'
import { freePort, openMetricsFamily, startPrometheus, type PrometheusServer } from '../../support/prometheus.js'

let prom: PrometheusServer

/** Counter value at t for a rate that may change at `change`. */
const counter = (from: number, rate: number, change?: { at: number; rate: number }) => (t: number) =>
  !change || t <= change.at ? (t - from) * rate : (change.at - from) * rate + (t - change.at) * change.rate

beforeAll(async () => {
  prom = await startPrometheus((t0) => {
    const from = t0 - 900
    const to = t0 + 300
    const riseAt = t0 + 6
    return [
      openMetricsFamily(
        'http_requests',
        'counter',
        [
          { labels: 'job="healthy",code="200"', suffix: '_total', value: counter(from, 100) },
          { labels: 'job="healthy",code="500"', suffix: '_total', value: counter(from, 1) },
          { labels: 'job="rising",code="200"', suffix: '_total', value: counter(from, 100) },
          { labels: 'job="rising",code="500"', suffix: '_total', value: counter(from, 1, { at: riseAt, rate: 40 }) },
          { labels: 'job="broken",code="200"', suffix: '_total', value: counter(from, 100) },
          { labels: 'job="broken",code="500"', suffix: '_total', value: counter(from, 40) }
        ],
        from,
        to,
        1
      ),
      openMetricsFamily(
        'http_request_duration_seconds',
        'histogram',
        [
          { labels: 'job="healthy",le="0.1"', suffix: '_bucket', value: counter(from, 90) },
          { labels: 'job="healthy",le="0.25"', suffix: '_bucket', value: counter(from, 98) },
          { labels: 'job="healthy",le="0.5"', suffix: '_bucket', value: counter(from, 100) },
          { labels: 'job="healthy",le="+Inf"', suffix: '_bucket', value: counter(from, 100) },
          { labels: 'job="healthy"', suffix: '_count', value: counter(from, 100) },
          { labels: 'job="healthy"', suffix: '_sum', value: counter(from, 12) }
        ],
        from,
        to,
        5
      )
    ]
  })
}, 90_000)

afterAll(async () => {
  await prom?.stop()
})

function cfg(raw: Record<string, unknown>): DeployCheckConfig {
  return deployCheckSchema.parse({ prometheus: { url: prom.url }, window: 3, interval: 1, consecutive: 3, ...raw })
}

const client = () => new PrometheusClient({ url: prom.url, timeoutMs: 5000 })

describe('deploy-check against a real Prometheus', () => {
  it('a healthy service passes: error ratio (instant and range) and p95 latency within limits', async () => {
    const r = await watch(
      cfg({
        checks: [
          { name: 'errors', 'error-ratio': { selector: 'job="healthy"', 'rate-window': '1m' }, max: 0.05 },
          { name: 'errors-10m', 'error-ratio': { selector: 'job="healthy"', 'rate-window': '1m' }, range: { duration: '10m', step: '30s', reduce: 'max' }, max: 0.05 },
          { name: 'p95', latency: { selector: 'job="healthy"', quantile: 0.95, 'rate-window': '1m' }, max: 0.5 }
        ]
      }),
      { client: client(), prometheus: prom.url, logger: silentLogger }
    )
    expect(r.checks.map((c) => [c.name, c.status])).toEqual([
      ['errors', 'pass'],
      ['errors-10m', 'pass'],
      ['p95', 'pass']
    ])
    expect(r).toMatchObject({ status: 'pass', healthy: true, rollback: false, pollsMade: 3 })
    const seen = valuesSeen(r)
    // 1 error in 101 requests a second; p95 inside the 0.1..0.25 bucket.
    for (const v of seen.errors) expect(v).toBeCloseTo(1 / 101, 3)
    for (const v of seen.p95) expect(Number(v)).toBeGreaterThan(0.1)
    for (const v of seen.p95) expect(Number(v)).toBeLessThan(0.25)
  }, 60_000)

  it('a rising error ratio fails after k consecutive breaching polls, with rollback=true', async () => {
    const r = await watch(cfg({ window: 40, consecutive: 3, checks: [{ name: 'errors', 'error-ratio': { selector: 'job="rising"', 'rate-window': '30s' }, max: 0.05 }] }), {
      client: client(),
      prometheus: prom.url,
      logger: silentLogger
    })
    const c = r.checks[0]
    const states = c.polls.map((p) => p.state)
    expect(r).toMatchObject({ status: 'fail', healthy: false, rollback: true })
    // It stopped at the third breach in a row, well before the 40 polls of the window.
    expect(states.slice(-3)).toEqual(['breach', 'breach', 'breach'])
    expect(r.pollsMade).toBe(c.polls.length)
    expect(r.pollsMade).toBeLessThan(40)
    expect(c.longestStreak).toBe(3)
    const values = c.polls.map((p) => Number(p.value))
    expect(values[values.length - 1]).toBeGreaterThan(0.05)
    expect(values[values.length - 1]).toBeGreaterThan(values[0])
    expect(c.message).toMatch(/^3 breaches in a row \(max 0\.05\)/)
  }, 90_000)

  it('an absent metric is inconclusive (error), never 0 and never healthy', async () => {
    const r = await watch(cfg({ window: 2, checks: [{ name: 'p99', latency: { metric: 'no_such_histogram', selector: 'job="healthy"' }, max: 1 }] }), {
      client: client(),
      prometheus: prom.url,
      logger: silentLogger
    })
    expect(r).toMatchObject({ status: 'error', healthy: false, rollback: false, pollsMade: 2 })
    expect(r.checks[0].polls.every((p) => p.state === 'inconclusive' && p.value === null && p.series === 0)).toBe(true)
    expect(r.checks[0].message).toMatch(/inconclusive: 2 of 2 polls had no usable value .*no data: the query returned no series/)
    expect(valuesSeen(r)).toEqual({ p99: [null, null] })
  }, 60_000)

  it('NaN is inconclusive, +Inf is a breach, and a query Prometheus rejects (bad_data) stops the watch', async () => {
    const r = await watch(
      cfg({
        window: 2,
        consecutive: 2,
        checks: [
          { name: 'nan', query: 'vector(0) / vector(0)', max: 1 },
          { name: 'inf', query: 'vector(1) / vector(0)', max: 1 }
        ]
      }),
      { client: client(), prometheus: prom.url, logger: silentLogger }
    )
    expect(r.checks[0].polls.map((p) => [p.value, p.state])).toEqual([
      ['NaN', 'inconclusive'],
      ['NaN', 'inconclusive']
    ])
    expect(r.checks[0].status).toBe('error')
    expect(r.checks[1].polls.map((p) => p.value)).toEqual(['+Inf', '+Inf'])
    expect(r.checks[1].status).toBe('fail')
    expect(r.status).toBe('fail')
    expect(JSON.parse(JSON.stringify(r)).checks[1].polls[0].value).toBe('+Inf')

    const bad = await watch(cfg({ window: 30, checks: [{ name: 'typo', query: 'sum(rate(http_requests_total[5m]', max: 1 }] }), { client: client(), prometheus: prom.url, logger: silentLogger })
    expect(bad).toMatchObject({ status: 'error', rollback: false, pollsMade: 1 })
    expect(bad.checks[0].message).toMatch(/the query was rejected: Prometheus refused the query \(HTTP 400, bad_data\): invalid parameter "query".*unclosed left parenthesis/)
  }, 60_000)

  it('the client parses instant, range and scalar answers, with sample values given as strings', async () => {
    const c = client()
    const v = await c.instant('sum by (job) (rate(http_requests_total[1m]))')
    expect(v.resultType).toBe('vector')
    expect(v.series.map((s) => s.labels.job).sort()).toEqual(['broken', 'healthy', 'rising'])
    const now = Date.now() / 1000
    const m = await c.range('sum(rate(http_requests_total{job="healthy"}[1m]))', now - 600, now, '60')
    expect(m.resultType).toBe('matrix')
    expect(m.series[0].points.length).toBeGreaterThanOrEqual(10)
    for (const [, val] of m.series[0].points) expect(val).toBeCloseTo(101, 0)
    const s = await c.instant('scalar(vector(2.5))')
    expect(s).toMatchObject({ resultType: 'scalar', series: [{ points: [[expect.any(Number), 2.5]] }] })
    await expect(c.instant('"text"')).rejects.toThrow(/gives a string, not a number/)
  }, 30_000)

  it('the action (mode: deploy-check) sets healthy, rollback and values, and writes deploy-check.json', () => {
    const ws = mkdtempSync(path.join(os.tmpdir(), 'asg-dc-'))
    mkdirSync(path.join(ws, '.github'))
    writeFileSync(
      path.join(ws, '.github', 'ai-secure-gates.yml'),
      [
        'version: 1',
        'deploy-check:',
        '  window: 2s',
        '  interval: 1s',
        '  consecutive: 2',
        '  checks:',
        "    - { name: errors, error-ratio: { selector: 'job=\"broken\"', rate-window: 30s }, max: 0.05 }",
        "    - { name: p95, latency: { selector: 'job=\"healthy\"', rate-window: 1m }, max: 0.5 }",
        ''
      ].join('\n')
    )
    const run = runnerSetup({ workspace: ws, inputs: { mode: 'deploy-check', 'prometheus-url': prom.url, 'report-dir': 'out' } })
    const r = spawnSync(process.execPath, ['--import', 'tsx', path.resolve('src/index.ts')], { env: run.env, encoding: 'utf8', timeout: 120_000 })
    const res = run.collect(r.status ?? -1, r.stdout, r.stderr)
    expect(res.outputs).toMatchObject({ status: 'fail', healthy: 'false', rollback: 'true' })
    const values = JSON.parse(res.outputs.values)
    expect(values.errors).toHaveLength(2)
    expect(values.p95).toHaveLength(2)
    expect(res.exitCode).toBe(1)
    expect(res.summary).toMatch(/deploy-check: unhealthy: roll back/)
    const json = JSON.parse(readFileSync(path.join(ws, 'out', 'deploy-check.json'), 'utf8'))
    expect(json).toMatchObject({ kind: 'deploy-check', status: 'fail', rollback: true })
    expect(res.stdout).not.toMatch(/::error::.*undefined/)
  }, 120_000)
})

describe('deploy-check when Prometheus cannot answer', () => {
  it('a server that is down is inconclusive (error), named, never healthy', async () => {
    const url = `http://127.0.0.1:${await freePort()}`
    const r = await watch(deployCheckSchema.parse({ prometheus: { url }, window: 2, interval: 1, checks: [{ name: 'errors', 'error-ratio': {}, max: 0.05 }] }), {
      client: new PrometheusClient({ url, timeoutMs: 2000 }),
      prometheus: url,
      logger: silentLogger
    })
    expect(r).toMatchObject({ status: 'error', healthy: false, rollback: false, pollsMade: 2 })
    expect(r.checks[0].polls[0].reason).toBe(`${url}/api/v1/query is unreachable: ECONNREFUSED`)
  })

  it('max-inconclusive covering every poll still never makes a pass: nothing seen is an error', async () => {
    const url = `http://127.0.0.1:${await freePort()}`
    const r = await watch(deployCheckSchema.parse({ prometheus: { url }, window: 2, interval: 1, 'max-inconclusive': 5, checks: [{ name: 'errors', 'error-ratio': {}, max: 0.05 }] }), {
      client: new PrometheusClient({ url, timeoutMs: 2000 }),
      prometheus: url,
      logger: silentLogger
    })
    expect(r).toMatchObject({ status: 'error', healthy: false, pollsMade: 2 })
    expect(r.checks[0].message).toMatch(/^inconclusive: none of 2 polls had a usable value: .*ECONNREFUSED/)
  })

  it('credentials in the URL are refused', () => {
    expect(() => new PrometheusClient({ url: 'http://user:secret@127.0.0.1:9090', timeoutMs: 1000 })).toThrow(PrometheusError)
    expect(() => new PrometheusClient({ url: 'http://user:secret@127.0.0.1:9090', timeoutMs: 1000 })).toThrow(/carries credentials; put them in the environment variables/)
  })
})
