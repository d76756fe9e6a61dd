/**
 * The container gate on a real trivy (the pinned version, built from source by scripts/install-tools.ts).
 * This machine reaches no container registry, so trivy has no vulnerability DB and cannot download its
 * checks bundle: what runs for real here is what needs neither, the misconfiguration checks embedded in
 * the binary (Dockerfile, Kubernetes, Terraform) and the secret scanner; the gate's findings are compared
 * with trivy's own JSON for the same files. A vulnerability scan must end as an `error` that says the DB
 * could not be fetched. Vulnerability output is covered by the recorded reports (container.test.ts).
 */
import { beforeAll, describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { cp, mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import type { GateReport } from '../../src/engine/types.js'
import { containerGate } from '../../src/gates/container/index.js'
import { misconfigIds } from '../../src/parsers/trivy.js'
import { runOneGate } from '../support/gate-context.js'
import { requireTool, toolBinDir } from '../support/tools.js'
import { withPath } from './dependencies-fakes.js'

const DEMO = path.resolve(process.cwd(), 'examples/demo-project')
let trivy: { path: string; version: string }
let root: string

beforeAll(async () => {
  trivy = requireTool('trivy')
  root = await mkdtemp(path.join(os.tmpdir(), 'container-real-'))
})

async function demoWorkspace(): Promise<string> {
  const ws = await mkdtemp(path.join(root, 'ws-'))
  await cp(DEMO, ws, { recursive: true })
  return ws
}

/** trivy run directly, the way a person would, with the embedded checks (no download). */
function trivyJson(ws: string, args: string[]): any {
  const out = path.join(root, `raw-${Date.now()}-${Math.random().toString(16).slice(2)}.json`)
  execFileSync(trivy.path, [...args, '--format', 'json', '--output', out, '--cache-dir', path.join(root, 'raw-cache'), '--skip-check-update', '--quiet'], { cwd: ws, stdio: 'pipe', timeout: 300_000 })
  return JSON.parse(execFileSync('cat', [out], { encoding: 'utf8' }))
}

async function gate(ws: string, block: Record<string, unknown>): Promise<{ g: GateReport; masked: string[] }> {
  const temp = await mkdtemp(path.join(root, 'tmp-'))
  const masked: string[] = []
  const report = await withPath(toolBinDir('trivy'), () =>
    runOneGate(containerGate, { 'cache-dir': path.join(root, 'gate-cache'), 'cache-db': false, ...block }, { workspace: ws, tempDir: temp, maskSecret: (v) => masked.push(v) })
  )
  return { g: report.gates[0] as GateReport, masked }
}

const key = (id: string, file: string, line: number | null) => `${id} ${file}:${line ?? '-'}`

describe('container gate on the real trivy (embedded checks, no DB)', () => {
  it('the binary is the pinned version', () => {
    expect(execFileSync(trivy.path, ['--version'], { encoding: 'utf8' })).toMatch(new RegExp(`^Version: ${trivy.version.replace(/\./g, '\\.')}\\b`))
  })

  it("trivy config on the demo's Dockerfile, Kubernetes manifest and Terraform: the gate's findings are trivy's own", async () => {
    const ws = await demoWorkspace()
    const expected: string[] = []
    const bySeverity: Record<string, number> = {}
    for (const target of ['Dockerfile', 'deploy/k8s', 'infra']) {
      const raw = trivyJson(ws, ['config', target])
      const base = target === 'Dockerfile' ? '' : target + '/'
      for (const r of raw.Results ?? []) {
        for (const m of r.Misconfigurations ?? []) {
          if (m.Status && m.Status !== 'FAIL') continue
          expected.push(key(misconfigIds(m.ID, m.AVDID).ruleId, base + r.Target, m.CauseMetadata?.StartLine || null))
          bySeverity[m.Severity] = (bySeverity[m.Severity] ?? 0) + 1
        }
      }
    }
    // the embedded checks do run: the planted problems of each file are found
    expect(expected.length).toBeGreaterThan(10)
    const { g } = await gate(ws, { config: ['Dockerfile', 'deploy/k8s', 'infra'], offline: true })
    expect(g.status).toBe('fail')
    const got = g.findings.map((f) => key(f.ruleId, f.location.path, f.location.startLine))
    expect(got.sort()).toEqual(expected.sort())
    const ids = new Set(g.findings.flatMap((f) => [f.ruleId, ...(f.aliases ?? [])]))
    for (const planted of ['DS-0002', 'DS-0026']) expect(ids).toContain(planted) // no USER, no HEALTHCHECK (the Dockerfile's header)
    expect(g.findings.some((f) => f.location.path === 'infra/main.tf')).toBe(true)
    expect(g.findings.some((f) => f.location.path === 'deploy/k8s/inference.yaml')).toBe(true)
    expect(Object.values(bySeverity).reduce((a, b) => a + b, 0)).toBe(g.findings.length)
  }, 300_000)

  it('trivy fs --scanners secret,misconfig on the demo: the same findings as trivy itself, secrets masked', async () => {
    const ws = await demoWorkspace()
    const raw = trivyJson(ws, ['fs', '--scanners', 'secret,misconfig', '.'])
    const expected: string[] = []
    const secrets: string[] = []
    for (const r of raw.Results ?? []) {
      for (const m of r.Misconfigurations ?? []) if (!m.Status || m.Status === 'FAIL') expected.push(key(misconfigIds(m.ID, m.AVDID).ruleId, r.Target, m.CauseMetadata?.StartLine || null))
      for (const s of r.Secrets ?? []) {
        expected.push(key(s.RuleID, r.Target, s.StartLine))
        secrets.push(s.RuleID)
      }
    }
    expect(secrets.length).toBeGreaterThan(0)
    const { g, masked } = await gate(ws, { fs: ['.'], scanners: ['secret', 'misconfig'], offline: true })
    const got = g.findings.map((f) => key(f.ruleId, f.location.path, f.location.startLine))
    expect(got.sort()).toEqual(expected.sort())
    expect(masked.length).toBeGreaterThan(0)
    const text = JSON.stringify(g.findings)
    for (const m of masked) if (m.length >= 12) expect(text).not.toContain(m)
  }, 300_000)

  it('a vulnerability scan without a reachable DB is an error that says the DB could not be fetched, never a pass', async () => {
    const ws = await demoWorkspace()
    const { g } = await gate(ws, { fs: ['requirements.txt'], scanners: ['vuln'] })
    expect(g.status).toBe('error')
    expect(g.reason).toMatch(/vulnerability DB could not be downloaded/)
    expect(g.reason).toMatch(/vulnerabilities were not checked/)
    expect(g.reason).toMatch(/db-repository/)
  }, 300_000)

  it('offline with no cached DB: a vulnerability scan errors before running trivy; config-only scans need no DB', async () => {
    const ws = await demoWorkspace()
    const vuln = await gate(ws, { fs: ['requirements.txt'], scanners: ['vuln'], offline: true })
    expect(vuln.g.status).toBe('error')
    expect(vuln.g.reason).toMatch(/offline mode: no trivy vulnerability DB/)
    const config = await gate(ws, { config: ['Dockerfile'], offline: true })
    expect(config.g.status).toBe('fail')
  }, 300_000)

  it('without offline, a config scan that cannot download the checks bundle uses the embedded checks and says so', async () => {
    const ws = await demoWorkspace()
    const { g } = await gate(ws, { config: ['Dockerfile'] })
    expect(g.status).toBe('fail')
    const check = g.checks.find((c) => c.name === 'trivy config')!
    // this machine reaches no container registry (as the vulnerability DB test above relies on too)
    expect((check.details as any).checksSource).toMatch(/embedded in the trivy binary/)
    expect(g.findings.some((f) => f.ruleId === 'DS-0002')).toBe(true)
  }, 300_000)

  it('a Terraform file with no problem passes, and the checks that passed are counted', async () => {
    const ws = await mkdtemp(path.join(root, 'ws-clean-'))
    await mkdir(path.join(ws, 'infra'))
    await writeFile(path.join(ws, 'infra', 'main.tf'), 'variable "region" {\n  type    = string\n  default = "eu-west-1"\n}\n')
    const { g } = await gate(ws, { config: ['infra'], offline: true })
    expect(g.status).toBe('pass')
    expect(g.findings).toEqual([])
    expect(g.checks.find((c) => c.name === 'trivy config')).toMatchObject({ outcome: 'pass' })
    expect(await readFile(path.join(ws, 'infra', 'main.tf'), 'utf8')).toContain('region')
  }, 300_000)
})
