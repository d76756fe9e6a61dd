/**
 * deploy-check with credentials (a real Prometheus behind basic auth, --web.config.file), its
 * settings and overrides, and the CLI command's exit codes and JSON.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { cli } from '../../../src/cli/main.js'
import { parseConfigText } from '../../../src/config/load.js'
import { queryFor } from '../../../src/release/deploy-check/config.js'
import { runDeployCheckSession } from '../../../src/release/deploy-check/session.js'
import { ConfigError } from '../../../src/engine/errors.js'
import { silentLogger } from '../../../src/engine/logger.js'
import { openMetricsFamily, startPrometheus, type PrometheusServer } from '../../support/prometheus.js'

let prom: PrometheusServer
const AUTH = { username: 'deployer', password: 'pw-Quartz-7731' }

beforeAll(async () => {
  prom = await startPrometheus((t0) => [openMetricsFamily('queue_depth', 'gauge', [{ labels: 'job="app"', value: () => 3 }], t0 - 600, t0 + 300, 5)], { basicAuth: AUTH })
}, 90_000)

afterAll(async () => {
  await prom?.stop()
})

function workspace(block: string): string {
  const ws = mkdtempSync(path.join(os.tmpdir(), 'asg-dc-'))
  mkdirSync(path.join(ws, '.github'))
  writeFileSync(path.join(ws, '.github', 'ai-secure-gates.yml'), `version: 1\ndeploy-check:\n${block}`)
  return ws
}

const BLOCK = `  prometheus: { url: URL }\n  window: 2s\n  interval: 1s\n  checks:\n    - { name: queue, query: 'max(queue_depth{job="app"})', max: 10 }\n`

describe('deploy-check with basic auth on a real Prometheus', () => {
  it('credentials from the environment are sent and masked; without them the answer is an error that says so', async () => {
    const ws = workspace(BLOCK.replace('URL', prom.url))
    const masked: string[] = []
    const ok = await runDeployCheckSession({ workspace: ws, overrides: {}, env: { PROMETHEUS_USERNAME: AUTH.username, PROMETHEUS_PASSWORD: AUTH.password }, logger: silentLogger, maskSecret: (v) => masked.push(v) })
    expect(ok).toMatchObject({ status: 'pass', healthy: true, rollback: false })
    expect(ok.checks[0].polls.map((p) => p.value)).toEqual([3, 3])
    expect(masked).toEqual([AUTH.password])

    const denied = await runDeployCheckSession({ workspace: ws, overrides: { window: '1s' }, env: {}, logger: silentLogger, maskSecret: () => {} })
    expect(denied).toMatchObject({ status: 'error', healthy: false, rollback: false })
    expect(denied.checks[0].polls[0].reason).toMatch(/answered HTTP 401: no credentials were sent and are not accepted/)

    const wrong = await runDeployCheckSession({ workspace: ws, overrides: { window: '1s' }, env: { PROMETHEUS_USERNAME: AUTH.username, PROMETHEUS_PASSWORD: 'nope' }, logger: silentLogger, maskSecret: () => {} })
    expect(wrong.checks[0].polls[0].reason).toMatch(/HTTP 401: the basic-auth user and password were not accepted/)
    expect(JSON.stringify(wrong)).not.toContain('nope')

    await expect(runDeployCheckSession({ workspace: ws, overrides: {}, env: { PROMETHEUS_USERNAME: 'x' }, logger: silentLogger, maskSecret: () => {} })).rejects.toThrow(/basic auth needs both PROMETHEUS_USERNAME and PROMETHEUS_PASSWORD/)
  }, 60_000)

  it('the CLI: exit 0 when healthy, 1 with rollback on a breach, JSON written to --output', async () => {
    const ws = workspace(BLOCK.replace('URL', prom.url))
    process.env.PROMETHEUS_USERNAME = AUTH.username
    process.env.PROMETHEUS_PASSWORD = AUTH.password
    try {
      const out = path.join(ws, 'dc.json')
      expect(await cli(['deploy-check', '--workspace', ws, '--format', 'json', '--output', out])).toBe(0)
      expect(JSON.parse(readFileSync(out, 'utf8'))).toMatchObject({ kind: 'deploy-check', status: 'pass', healthy: true, rollback: false })
      const tight = workspace(BLOCK.replace('URL', prom.url).replace('max: 10', 'max: 2'))
      expect(await cli(['deploy-check', '--workspace', tight, '--consecutive', '2', '--format', 'json', '--output', out])).toBe(1)
      expect(JSON.parse(readFileSync(out, 'utf8'))).toMatchObject({ status: 'fail', rollback: true, checks: [{ name: 'queue', polls: [{ value: 3, state: 'breach' }, { value: 3, state: 'breach' }] }] })
      expect(await cli(['deploy-check', '--workspace', ws, '--interval', 'soon'])).toBe(2)
    } finally {
      delete process.env.PROMETHEUS_USERNAME
      delete process.env.PROMETHEUS_PASSWORD
    }
  }, 60_000)
})

describe('deploy-check settings', () => {
  it('names the mistake in the config block', () => {
    expect(() => parseConfigText("version: 1\ndeploy-check:\n  checks: [{ name: a, query: 'up' }]\n", 'c.yml')).toThrow(/c\.yml:3: deploy-check\.checks\[0\]: give a threshold: max/)
    expect(() => parseConfigText("version: 1\ndeploy-check:\n  checks: [{ name: a, query: 'up', latency: {}, max: 1 }]\n", 'c.yml')).toThrow(/give exactly one of query, error-ratio or latency/)
    expect(() => parseConfigText("version: 1\ndeploy-check:\n  window: soon\n  checks: [{ name: a, query: 'up', max: 1 }]\n", 'c.yml')).toThrow(/deploy-check\.window: window must be a duration such as 30s/)
    expect(() => parseConfigText("version: 1\ndeploy-check:\n  checks: [{ name: a, query: 'up', max: 1 }, { name: a, query: 'up', max: 1 }]\n", 'c.yml')).toThrow(/deploy-check\.checks\[1\]\.name: duplicate check name "a"/)
  })

  it('a workspace without a deploy-check block, or without a URL, is a config error with the fix', async () => {
    const ws = mkdtempSync(path.join(os.tmpdir(), 'asg-dc-'))
    await expect(runDeployCheckSession({ workspace: ws, overrides: {}, env: {}, logger: silentLogger, maskSecret: () => {} })).rejects.toThrow(ConfigError)
    await expect(runDeployCheckSession({ workspace: ws, overrides: {}, env: {}, logger: silentLogger, maskSecret: () => {} })).rejects.toThrow(/has no deploy-check: block/)
    const noUrl = workspace("  checks: [{ name: a, query: 'up', max: 1 }]\n")
    await expect(runDeployCheckSession({ workspace: noUrl, overrides: {}, env: {}, logger: silentLogger, maskSecret: () => {} })).rejects.toThrow(/no Prometheus URL: set deploy-check\.prometheus\.url/)
  })

  it('built-in queries', () => {
    const c = parseConfigText(
      "version: 1\ndeploy-check:\n  checks:\n    - { name: e, error-ratio: { selector: 'job=\"app\"' }, max: 0.05 }\n    - { name: l, latency: { quantile: 0.99 }, max: 1 }\n",
      'c.yml'
    )['deploy-check']!
    expect(queryFor(c.checks[0])).toBe('sum(rate(http_requests_total{job="app",code=~"5.."}[5m])) / sum(rate(http_requests_total{job="app"}[5m]))')
    expect(queryFor(c.checks[1])).toBe('histogram_quantile(0.99, sum by (le) (rate(http_request_duration_seconds_bucket[5m])))')
  })
})
