import { describe, expect, it } from '@jest/globals'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { mkdir, readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { runOneGate } from '../support/gate-context.js'
import type { GateReport } from '../../src/engine/types.js'
import { containerConfigSchema } from '../../src/gates/container/config.js'
import { containerGate } from '../../src/gates/container/index.js'
import { runTrivy } from '../../src/gates/container/trivy.js'
import type { CacheBackend } from '../../src/tools/trivy-db.js'
import { fakeTool, gateContext, SHARED_FIXTURES, tempDirs, withPath } from './dependencies-fakes.js'

const FX = path.join(SHARED_FIXTURES, 'trivy')
const have = existsSync(FX)
if (!have) console.warn(`skipping container gate tests that replay trivy output: ${FX} is absent`)
const itFx = have ? it : it.skip

/** Independent count by our severity names from a raw trivy report (FAIL misconfigurations only; UNKNOWN -> medium). */
function rawCount(file: string): Record<string, number> {
  const data = JSON.parse(readFileSync(file, 'utf8'))
  const counts: Record<string, number> = { critical: 0, high: 0, medium: 0, low: 0, info: 0 }
  for (const r of (Array.isArray(data) ? data : data.Results) ?? []) {
    const items = [...(r.Vulnerabilities ?? []), ...(r.Misconfigurations ?? []).filter((m: any) => !m.Status || m.Status === 'FAIL'), ...(r.Secrets ?? [])]
    for (const x of items) counts[x.Severity === 'UNKNOWN' ? 'medium' : x.Severity.toLowerCase()]++
  }
  return counts
}

interface Setup {
  report: string | null
  exitCode: number
  stderr?: string
  files?: Record<string, string>
}

async function runGate(block: Record<string, unknown>, setup: Setup, waivers: any[] = []) {
  const d = await tempDirs('container-gate-')
  for (const [rel, text] of Object.entries(setup.files ?? {})) {
    await mkdir(path.dirname(path.join(d.workspace, rel)), { recursive: true })
    await writeFile(path.join(d.workspace, rel), text)
  }
  await fakeTool(d.bin, { name: 'trivy', version: '0.72.0', report: setup.report, exitCode: setup.exitCode, stderr: setup.stderr })
  const masked: string[] = []
  const report = await withPath(d.bin, () =>
    runOneGate(containerGate, { 'cache-dir': path.join(d.root, 'cache'), ...block }, { workspace: d.workspace, tempDir: d.temp, waivers, maskSecret: (v) => masked.push(v) })
  )
  const callsFile = path.join(d.bin, 'trivy.calls')
  const calls = existsSync(callsFile) ? (await readFile(callsFile, 'utf8')).trim().split('\n').filter((l) => l.includes('--format json')) : []
  return { gate: report.gates[0] as GateReport, calls, masked, dirs: d }
}

const files = have ? readdirSync(FX).filter((f) => f.endsWith('.json')) : []

describe('container gate (trivy replayed from real reports)', () => {
  for (const f of files) {
    itFx(`${f}: the gate's findings by severity equal an independent count`, async () => {
      const { gate } = await runGate({ fs: ['.'] }, { report: path.join(FX, f), exitCode: 0 })
      const counts: Record<string, number> = { critical: 0, high: 0, medium: 0, low: 0, info: 0 }
      for (const x of gate.findings) counts[x.severity]++
      expect(counts).toEqual(rawCount(path.join(FX, f)))
      const expected = Object.entries(counts).some(([s, n]) => n > 0 && (s === 'critical' || s === 'high')) ? 'fail' : 'pass'
      expect(gate.status).toBe(expected)
      expect(gate.tool).toEqual({ name: 'trivy', version: '0.72.0' })
    })
  }

  itFx('runs trivy with --exit-code 0, JSON to a file, the scanners and the cache dir', async () => {
    const { calls, dirs } = await runGate({ fs: ['.'] }, { report: path.join(FX, 'fs-repo-pip-requirements.json'), exitCode: 0 })
    expect(calls).toHaveLength(1)
    expect(calls[0]).toMatch(new RegExp(`^fs --format json --output \\S+ --exit-code 0 --cache-dir ${dirs.root}/cache --scanners vuln,misconfig,secret \\.$`))
  })

  itFx('misconfigurations are located at file and line under the configured folder', async () => {
    const { gate, calls } = await runGate({ config: ['infra'] }, { report: path.join(FX, 'release-0.72.0-config-terraform.json'), exitCode: 0, files: { 'infra/main.tf': 'resource "x" "y" {}\n' } })
    expect(calls[0]).toMatch(/^config .* infra$/)
    expect(calls[0]).not.toContain('--scanners')
    const f = gate.findings.find((x) => x.ruleId === 'AWS-0086')!
    expect(f.location).toMatchObject({ path: 'infra/main.tf', startLine: 8, endLine: 10 })
    expect(gate.checks.find((c) => c.target === 'infra/main.tf')).toMatchObject({ outcome: 'fail' })
  })

  itFx('a waiver written with the old id spelling covers the new id', async () => {
    const waiver = { gate: 'container', rule: 'AVD-DS-0002', reason: 'base image runs as root by design, dropped in entrypoint', expires: '2026-12-31' }
    const { gate } = await runGate({ config: ['.'] }, { report: path.join(FX, 'config-dockerfile.json'), exitCode: 0 }, [waiver])
    expect(gate.findings[0]).toMatchObject({ ruleId: 'DS-0002', suppressed: true, blocking: false })
    expect(gate.status).toBe('pass')
  })

  itFx('image scans: vuln,secret by default, findings located at the Dockerfile', async () => {
    const { gate, calls } = await runGate({ image: 'ghcr.io/org/app:1.0', dockerfile: 'Dockerfile' }, { report: path.join(FX, 'image-ubi7-os-and-python-pkgs.json'), exitCode: 0, files: { Dockerfile: 'FROM ubi7\n' } })
    expect(calls[0]).toMatch(/^image .* --scanners vuln,secret ghcr\.io\/org\/app:1\.0$/)
    expect(new Set(gate.findings.map((f) => f.location.path))).toEqual(new Set(['Dockerfile']))
  })

  itFx('ignore-unfixed is passed to trivy and applied to the report', async () => {
    const { gate, calls } = await runGate({ image: 'alpine:3.10', 'ignore-unfixed': true }, { report: path.join(FX, 'image-ubi7-os-and-python-pkgs.json'), exitCode: 0 })
    expect(calls[0]).toContain('--ignore-unfixed')
    expect(gate.findings.every((f) => (f.properties as any).fixedVersion)).toBe(true)
  })

  itFx('the repository .trivyignore.yaml is honoured (passed as --ignorefile)', async () => {
    const { calls, dirs } = await runGate({ fs: ['.'] }, { report: path.join(FX, 'fs-repo-pip-requirements.json'), exitCode: 0, files: { '.trivyignore.yaml': 'vulnerabilities:\n  - id: CVE-2019-14806\n' } })
    expect(calls[0]).toContain(`--ignorefile ${dirs.workspace}/.trivyignore.yaml`)
    const none = await runGate({ fs: ['.'], trivyignore: false }, { report: path.join(FX, 'fs-repo-pip-requirements.json'), exitCode: 0, files: { '.trivyignore': 'CVE-1\n' } })
    expect(none.calls[0]).not.toContain('--ignorefile')
  })

  itFx('secrets: masked through maskSecret, never in messages', async () => {
    const { gate, masked } = await runGate({ fs: ['.'] }, { report: path.join(FX, 'secrets.json'), exitCode: 0 })
    const pat = 'ghp_0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ'
    expect(masked).toContain(pat)
    expect(JSON.stringify(gate)).not.toContain(pat)
    expect(gate.status).toBe('fail')
  })

  itFx('db-repository and offline flags reach trivy; config scans get no DB flags', async () => {
    const d = await tempDirs('container-db-')
    await mkdir(path.join(d.root, 'cache', 'db'), { recursive: true })
    await writeFile(path.join(d.root, 'cache', 'db', 'metadata.json'), '{"Version":2}')
    await fakeTool(d.bin, { name: 'trivy', version: '0.72.0', report: path.join(FX, 'fs-repo-pip-requirements.json'), exitCode: 0 })
    const cfg = containerConfigSchema.parse({ fs: ['.'], config: ['.'], offline: true, 'db-repository': 'public.ecr.aws/aquasecurity/trivy-db:2', 'cache-dir': path.join(d.root, 'cache') })
    const r = await withPath(d.bin, () => runTrivy(gateContext(d.workspace, d.temp, cfg)))
    expect(r.errors).toEqual([])
    const calls = (await readFile(path.join(d.bin, 'trivy.calls'), 'utf8')).trim().split('\n').filter((l) => l.includes('--format json'))
    expect(calls[0]).toContain('--db-repository public.ecr.aws/aquasecurity/trivy-db:2 --skip-db-update --offline-scan --skip-check-update')
    expect(calls[1]).toMatch(/^config /)
    expect(calls[1]).not.toContain('--db-repository')
    expect(calls[1]).not.toContain('--skip-db-update')
    expect(calls[1]).toContain('--skip-check-update')
  })
})

describe('container gate: failures end as error with the reason', () => {
  it('a crash (exit 1) is an error with the stderr tail, even if a report was left behind', async () => {
    const { gate } = await runGate(
      { fs: ['.'] },
      { report: have ? path.join(FX, 'release-0.72.0-config-no-findings.json') : null, exitCode: 1, stderr: 'FATAL init error: DB error: failed to download vulnerability DB: TOOMANYREQUESTS: retry-after: 1m' }
    )
    expect(gate.status).toBe('error')
    expect(gate.reason).toMatch(/exited with code 1/)
    expect(gate.reason).toContain('TOOMANYREQUESTS')
  })

  it('exit 0 without a report is an error', async () => {
    const { gate } = await runGate({ fs: ['.'] }, { report: null, exitCode: 0 })
    expect(gate.status).toBe('error')
    expect(gate.reason).toMatch(/exited 0 but wrote no report/)
  })

  it('an unreadable report is an error naming the problem', async () => {
    const d = await tempDirs('container-bad-')
    const bad = path.join(d.root, 'bad.json')
    await writeFile(bad, '{"SchemaVersion": 2, "Results": [{"Target": "x", "Vulnerabilities": [{"VulnerabilityID": "CVE-1"}]}]}')
    const { gate } = await runGate({ fs: ['.'] }, { report: bad, exitCode: 0 })
    expect(gate.status).toBe('error')
    expect(gate.reason).toMatch(/report could not be read: trivy: unexpected report shape at Results\.0\.Vulnerabilities\.0\.PkgName/)
  })

  it('a missing tool with install: never is an error saying what to do', async () => {
    const d = await tempDirs('container-missing-')
    const report = await withPath(
      d.bin,
      () => runOneGate(containerGate, {}, { workspace: d.workspace, tempDir: d.temp }),
      true
    )
    expect(report.gates[0].status).toBe('error')
    expect(report.gates[0].reason).toMatch(/trivy not found on PATH and install is "never"/)
  })

  it('bad targets are config errors naming the key', async () => {
    expect((await runGate({ config: ['nope'] }, { report: null, exitCode: 0 })).gate.reason).toMatch(/gates\.container\.config: "nope" does not exist/)
    expect((await runGate({ image: 'foo bar; rm -rf /' }, { report: null, exitCode: 0 })).gate.reason).toMatch(/not an image reference/)
    expect((await runGate({ fs: ['../../etc'] }, { report: null, exitCode: 0 })).gate.reason).toMatch(/outside the workspace/)
  })

  it('offline mode with no cached DB is an error, and trivy is not run', async () => {
    const d = await tempDirs('container-offline-')
    await fakeTool(d.bin, { name: 'trivy', version: '0.72.0', report: null, exitCode: 0 })
    const backend: CacheBackend = { available: () => true, restore: async () => undefined, save: async () => undefined }
    const cfg = containerConfigSchema.parse({ fs: ['.'], offline: true, 'cache-dir': path.join(d.root, 'cache') })
    await expect(withPath(d.bin, () => runTrivy(gateContext(d.workspace, d.temp, cfg), backend))).rejects.toThrow(/offline mode: no trivy vulnerability DB/)
    const calls = (await readFile(path.join(d.bin, 'trivy.calls'), 'utf8')).trim().split('\n')
    expect(calls.filter((l) => l.includes('--format json'))).toEqual([])
  })
})
