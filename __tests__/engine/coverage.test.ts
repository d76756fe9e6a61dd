import { describe, expect, it } from '@jest/globals'
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { z } from 'zod'
import { configSchema } from '../../src/config/schema.js'
import { networkOnlyErrors, networkProblem, toolUnavailable } from '../../src/engine/coverage.js'
import { ToolError } from '../../src/engine/errors.js'
import { Policy } from '../../src/engine/policy.js'
import { exitCodeFor, runEngine } from '../../src/engine/run.js'
import type { Gate, GateRunResult } from '../../src/engine/types.js'
import { containerGate } from '../../src/gates/container/index.js'
import { dependenciesGate } from '../../src/gates/dependencies/index.js'
import { renderJson } from '../../src/report/json.js'
import { renderSummary } from '../../src/report/summary.js'
import { renderText } from '../../src/report/text.js'
import { installTrivy } from '../../src/tools/install.js'
import { gateContext } from '../support/gate-context.js'

const passing = (): GateRunResult => ({ findings: [], checks: [{ name: 'x', target: 'a', outcome: 'pass', details: {} }], errors: [] })
const notFound = (tool: string) => new ToolError('TOOL_NOT_FOUND', `${tool} not found on PATH and install is "never": set install: auto`, { tool })

function gate(id: string, run: Gate['run']): Gate<Record<string, never>> {
  return { id, title: id, configSchema: z.object({}), run }
}

async function engine(gates: Gate<any>[], blocks: Record<string, unknown>, extra: Record<string, unknown> = {}) {
  const ctx = gateContext('/tmp', {})
  const config = { ...configSchema.parse({ version: 1 }), gates: blocks } as any
  return runEngine({ ...ctx, config, registry: gates, policy: new Policy({ waivers: [], baseline: null, today: '2026-11-22' }), ...extra })
}

describe('not checked: a default gate whose tool cannot be had', () => {
  it('is skipped with a notChecked entry (what, why, fix) and the verdict covers the rest', async () => {
    const report = await engine(
      [
        gate('scanner', async (ctx) => {
          ctx.declareTargets?.('requirements.txt, api/requirements.txt')
          throw notFound('pip-audit')
        }),
        gate('fine', async () => passing())
      ],
      { scanner: {}, fine: {} },
      { implicitConfig: true, surface: 'cli' }
    )
    const g = report.gates.find((x) => x.id === 'scanner')!
    expect(g.status).toBe('skipped')
    expect(g.reason).toMatch(/^not checked: pip-audit is not installed; fix: rerun with --install auto/)
    expect(report.status).toBe('pass')
    expect(exitCodeFor(report.status)).toBe(0)
    expect(report.notChecked).toEqual([
      { gate: 'scanner', what: 'requirements.txt, api/requirements.txt', reason: 'pip-audit is not installed', fix: 'rerun with --install auto (or put pip-audit on PATH)' }
    ])
    // Every surface says it first, and none turns it into a pass.
    const text = renderText(report, false)
    expect(text.split('\n')[0]).toBe('NOT CHECKED (the verdict does not cover this):')
    expect(text.split('\n')[1]).toContain('scanner: requirements.txt, api/requirements.txt: pip-audit is not installed')
    expect(text).toMatch(/ai-secure-gates: PASS \(1 not checked: scanner; see the top\)\n$/)
    const md = renderSummary(report)
    const head = md.split('\n').slice(0, 4)
    expect(head[0]).toMatch(/passed \(on what was checked: see below\)$/)
    expect(head[2]).toMatch(/^> ⚠️ \*\*Not checked\*\*/)
    expect(head[3]).toBe('> - **scanner**: requirements.txt, api/requirements.txt: pip-audit is not installed. Fix: rerun with --install auto (or put pip-audit on PATH).')
    const json = renderJson(report)
    expect(Object.keys(JSON.parse(json))).toEqual(['schemaVersion', 'tool', 'status', 'notChecked', 'gates', 'waivers'])
    expect(JSON.parse(json).notChecked[0].gate).toBe('scanner')
  })

  it('the fix is written for the action when the action runs', async () => {
    const report = await engine([gate('scanner', async () => Promise.reject(notFound('trivy')))], { scanner: {} }, { implicitConfig: true })
    expect(report.notChecked![0].fix).toBe('set the action input install: auto (or install trivy in an earlier step)')
    expect(report.notChecked![0].what).toBe('what the scanner gate covers')
  })

  it('stays error when the config asks for the gate, or the gates input names it', async () => {
    const configured = await engine([gate('scanner', async () => Promise.reject(notFound('trivy')))], { scanner: {} })
    expect(configured.gates[0].status).toBe('error')
    expect(configured.notChecked).toEqual([])
    expect(configured.status).toBe('error')
    const named = await engine([gate('scanner', async () => Promise.reject(notFound('trivy')))], { scanner: {} }, { implicitConfig: true, only: ['scanner'] })
    expect(named.gates[0].status).toBe('error')
  })

  it('a default gate that failed to install for lack of network is not checked; any other tool failure is an error', async () => {
    const offline = new ToolError('TOOL_INSTALL', 'trivy 0.72.0: download from https://github.com/x failed (getaddrinfo ENOTFOUND github.com).', { tool: 'trivy' })
    const crashed = new ToolError('TOOL_FAILED', 'trivy crashed', { stderrTail: 'panic: runtime error' })
    const report = await engine(
      [gate('offline', async () => Promise.reject(offline)), gate('crashed', async () => Promise.reject(crashed))],
      { offline: {}, crashed: {} },
      { implicitConfig: true, install: 'auto' }
    )
    const by = Object.fromEntries(report.gates.map((g) => [g.id, g]))
    expect(by.offline.status).toBe('skipped')
    expect(report.notChecked![0].reason).toBe('trivy could not be installed: no network (a DNS lookup failed for github.com)')
    expect(by.crashed.status).toBe('error')
    expect(report.status).toBe('error')
  })

  it('returned errors that are all network failures are not checked for a default gate, but not when it also found something', async () => {
    const dbFail = 'trivy fs .: exited with code 1\nstderr (last lines):\nFATAL: failed to download vulnerability DB: dial tcp: lookup ghcr.io on 127.0.0.53:53: no such host'
    const report = await engine(
      [
        gate('netonly', async () => ({ findings: [], checks: [], errors: [dbFail], tool: { name: 'trivy', version: '0.72.0' } })),
        gate('mixed', async () => ({ findings: [], checks: [], errors: [dbFail, 'report unreadable: Unexpected token'], tool: null }))
      ],
      { netonly: {}, mixed: {} },
      { implicitConfig: true }
    )
    expect(report.gates[0].status).toBe('skipped')
    expect(report.notChecked![0].reason).toBe('trivy could not reach what it needs: no network (a DNS lookup failed for ghcr.io)')
    expect(report.gates[1].status).toBe('error')
  })

  it('partial coverage a gate declares is listed even when the gate passes', async () => {
    const report = await engine(
      [gate('partial', async () => ({ ...passing(), notChecked: [{ what: 'poetry.lock', reason: 'pip-audit cannot read it', fix: 'poetry export' }] }))],
      { partial: {} }
    )
    expect(report.gates[0].status).toBe('pass')
    expect(report.notChecked).toEqual([{ gate: 'partial', what: 'poetry.lock', reason: 'pip-audit cannot read it', fix: 'poetry export' }])
  })
})

describe('trivy install without DNS', () => {
  it('fails at once naming the host, and a default gate reads it as no network', async () => {
    const tempDir = await mkdtemp(path.join(os.tmpdir(), 'asg-nodns-'))
    const saved = process.env.RUNNER_TOOL_CACHE
    process.env.RUNNER_TOOL_CACHE = path.join(tempDir, 'tool-cache')
    try {
      const ctx = gateContext(tempDir, {})
      const t = performance.now()
      const e = await installTrivy({ ...ctx, install: 'auto' }, { baseUrl: 'https://downloads.example.invalid' }).catch((x: unknown) => x)
      expect(performance.now() - t).toBeLessThan(10_000)
      expect(String((e as Error).message)).toMatch(/no network \(a DNS lookup failed for downloads\.example\.invalid/)
      expect(toolUnavailable(e)).toMatchObject({ tool: 'trivy', reason: 'trivy could not be installed: no network (a DNS lookup failed for downloads.example.invalid)', network: true })
    } finally {
      if (saved === undefined) delete process.env.RUNNER_TOOL_CACHE
      else process.env.RUNNER_TOOL_CACHE = saved
    }
  }, 30_000)
})

describe('error classification', () => {
  it('names network failures by kind', () => {
    expect(networkProblem('getaddrinfo ENOTFOUND api.github.com')).toBe('a DNS lookup failed')
    expect(networkProblem("Failed to establish a new connection: [Errno -3] Temporary failure in name resolution")).toBe('a DNS lookup failed')
    expect(networkProblem('connect ECONNREFUSED 127.0.0.1:9')).toBe('the connection was refused')
    expect(networkProblem('HTTP 500 Internal Server Error')).toBeNull()
    expect(networkOnlyErrors([])).toBeNull()
  })

  it('only ToolErrors are tool problems', () => {
    expect(toolUnavailable(new Error('getaddrinfo ENOTFOUND x'))).toBeNull()
    expect(toolUnavailable(new ToolError('TOOL_NOT_FOUND', 'bandit not found on PATH'))?.tool).toBe('bandit')
    expect(toolUnavailable(new ToolError('TOOL_INSTALL', 'bandit: checksum mismatch'))).toBeNull()
    expect(toolUnavailable(new ToolError('TOOL_INSTALL', 'pip-audit 2.10.1: this build has no complete hash-pinned lock for pip-audit (src/tools/requirements), so it will not install it unverified.'))).toEqual({
      tool: 'pip-audit',
      reason: 'pip-audit is not installed, and this build cannot install it (no complete hash-pinned lock)',
      network: false,
      selfInstall: true
    })
  })
})

describe('container and dependencies on their defaults', () => {
  async function repo(files: Record<string, string>): Promise<string> {
    const ws = await mkdtemp(path.join(os.tmpdir(), 'asg-default-'))
    for (const [rel, text] of Object.entries(files)) {
      await mkdir(path.dirname(path.join(ws, rel)), { recursive: true })
      await writeFile(path.join(ws, rel), text)
    }
    return ws
  }

  it('are skipped, with the reason, where their targets do not exist (no tool is looked for)', async () => {
    const ws = await repo({ 'train.py': 'print(1)\n', 'configs/model.yaml': 'lr: 0.1\nlayers: 4\n', '.venv/lib/requirements.txt': 'flask\n', 'vendor/x/Dockerfile': 'FROM x\n' })
    const c = await containerGate.run(gateContext(ws, containerGateConfig(), { explicit: false }))
    expect(c.skipped).toMatch(/^no Dockerfile, compose file, Kubernetes or Helm manifest, Terraform or CloudFormation file in the repository \(\d+ files looked at\)/)
    const d = await dependenciesGate.run(gateContext(ws, dependenciesGateConfig(), { explicit: false }))
    expect(d.skipped).toMatch(/^no requirements file, pyproject\.toml or Python lock file/)
  })

  it('apply where they exist; without their tool a default run is not checked, naming the files', async () => {
    const ws = await repo({ 'svc/Dockerfile': 'FROM python:3.12\n', 'infra/main.tf': 'resource "x" "y" {}\n', 'svc/requirements.txt': 'flask==2.0.0\n', 'poetry.lock': '' })
    const emptyPath = await mkdtemp(path.join(os.tmpdir(), 'asg-nopath-'))
    const saved = process.env.PATH
    process.env.PATH = emptyPath
    try {
      const report = await engine([containerGate, dependenciesGate], { container: {}, dependencies: {} }, { implicitConfig: true, workspace: ws, surface: 'cli' })
      expect(report.gates.map((g) => g.status)).toEqual(['skipped', 'skipped'])
      expect(report.status).toBe('pass')
      const what = Object.fromEntries(report.notChecked!.map((n) => [n.gate, n.what]))
      expect(what.container).toBe('1 Dockerfile and 1 Terraform file (infra/main.tf, svc/Dockerfile)')
      expect(what.dependencies).toBe('svc/requirements.txt')
      expect(report.notChecked!.map((n) => n.reason)).toEqual(['trivy is not installed', 'pip-audit is not installed'])
    } finally {
      process.env.PATH = saved
    }
  })

  it('lock files pip-audit cannot read are listed as not checked with the export command', async () => {
    const ws = await repo({ 'app/poetry.lock': '# lock\n', 'app/main.py': 'print(1)\n' })
    const d = await dependenciesGate.run(gateContext(ws, dependenciesGateConfig(), { explicit: false }))
    expect(d.skipped).toBe('only lock files pip-audit cannot read (app/poetry.lock); poetry export -f requirements.txt -o requirements.txt, then list the file in gates.dependencies.requirements')
    expect(d.notChecked).toEqual([{ what: 'app/poetry.lock', reason: 'pip-audit cannot read this lock file format', fix: 'poetry export -f requirements.txt -o requirements.txt, then list the file in gates.dependencies.requirements' }])
  })
})

function containerGateConfig() {
  return containerGate.configSchema.parse({})
}
function dependenciesGateConfig() {
  return dependenciesGate.configSchema.parse({})
}
