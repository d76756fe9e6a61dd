import { describe, expect, it } from '@jest/globals'
import { existsSync, readFileSync } from 'node:fs'
import { mkdir, readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { runOneGate } from '../support/gate-context.js'
import type { GateReport } from '../../src/engine/types.js'
import { dependenciesConfigSchema } from '../../src/gates/dependencies/config.js'
import { dependenciesGate } from '../../src/gates/dependencies/index.js'
import { fakeTool, gateContext, SHARED_FIXTURES, tempDirs, withPath } from './dependencies-fakes.js'

const FX = path.join(SHARED_FIXTURES, 'pip-audit')
const have = existsSync(FX)
if (!have) console.warn(`skipping dependencies gate tests that replay pip-audit output: ${FX} is absent`)
const itFx = have ? it : it.skip

const REQS = 'flask-cors==4.0.0\nrequests==2.31.0 ; python_version >= "3.8"\necdsa==0.18.0\n'

async function runGate(block: Record<string, unknown>, setup: { report: string | null; exitCode: number; stderr?: string }, waivers: any[] = []) {
  const d = await tempDirs('deps-gate-')
  await writeFile(path.join(d.workspace, 'requirements.txt'), REQS)
  await fakeTool(d.bin, { name: 'pip-audit', version: '2.10.1', ...setup })
  const report = await withPath(d.bin, () => runOneGate(dependenciesGate, block, { workspace: d.workspace, tempDir: d.temp, waivers }))
  const calls = existsSync(path.join(d.bin, 'pip-audit.calls')) ? (await readFile(path.join(d.bin, 'pip-audit.calls'), 'utf8')).trim().split('\n') : []
  return { gate: report.gates[0] as GateReport, calls, dirs: d }
}

/** Independent count of vulnerabilities in a raw pip-audit report. */
function rawVulns(file: string): number {
  const data = JSON.parse(readFileSync(file, 'utf8'))
  const deps: any[] = Array.isArray(data) ? data : data.dependencies
  return deps.reduce((n, d) => n + (d.vulns?.length ?? 0), 0)
}

describe('dependencies gate (pip-audit replayed from real reports)', () => {
  itFx('vulnerabilities found: fail, one finding per vulnerability, located at the requirement line', async () => {
    const fx = path.join(FX, 'vulns-with-aliases-and-descriptions.json')
    const { gate, calls } = await runGate({ requirements: ['requirements.txt'] }, { report: fx, exitCode: 1, stderr: 'Found 8 known vulnerabilities in 3 packages' })
    expect(gate.status).toBe('fail')
    const vulns = gate.findings.filter((f) => f.ruleId !== 'pip-audit/skipped-dependency')
    expect(vulns).toHaveLength(rawVulns(fx))
    expect(vulns.every((f) => f.severity === 'high' && f.blocking)).toBe(true)
    const ecdsa = vulns.find((f) => f.ruleId === 'GHSA-wj6h-64fc-37mp')!
    expect(ecdsa.location).toEqual({ path: 'requirements.txt', startLine: 3 })
    expect(gate.tool).toEqual({ name: 'pip-audit', version: '2.10.1' })
    expect(gate.checks[0]).toMatchObject({ name: 'pip-audit', target: 'requirements.txt', outcome: 'fail' })
    const run = calls.find((c) => c.includes('-f json'))!
    expect(run).toMatch(/-f json -o \S+ --progress-spinner off -s pypi -r \S+requirements\.txt/)
  })

  itFx('a waiver naming a CVE alias covers the GHSA-identified finding', async () => {
    const fx = path.join(FX, 'vulns-with-aliases-and-descriptions.json')
    const waiver = { gate: 'dependencies', rule: 'CVE-2024-23342', reason: 'timing attack not reachable here', expires: '2026-06-30' }
    const { gate } = await runGate({ requirements: ['requirements.txt'] }, { report: fx, exitCode: 1 }, [waiver])
    const ecdsa = gate.findings.find((f) => f.ruleId === 'GHSA-wj6h-64fc-37mp')!
    expect(ecdsa.suppressed).toBe(true)
    expect(ecdsa.blocking).toBe(false)
    expect(gate.findings.filter((f) => f.suppressed)).toHaveLength(1)
  })

  itFx('unfixable-severity lets only fixable vulnerabilities block', async () => {
    const fx = path.join(FX, 'vulns-with-aliases-and-descriptions.json')
    const { gate } = await runGate({ requirements: ['requirements.txt'], 'unfixable-severity': 'info' }, { report: fx, exitCode: 1 })
    const unfixable = gate.findings.filter((f) => (f.properties as any)?.fixAvailable === false)
    expect(unfixable.length).toBeGreaterThan(0)
    for (const f of unfixable) expect(f).toMatchObject({ severity: 'info', blocking: false })
  })

  itFx('clean report: pass, with the audited target listed', async () => {
    const { gate } = await runGate({}, { report: path.join(FX, 'clean-no-vulns-2.10.1.json'), exitCode: 0, stderr: 'No known vulnerabilities found' })
    expect(gate.status).toBe('pass')
    expect(gate.findings).toEqual([])
    expect(gate.checks).toEqual([expect.objectContaining({ target: 'requirements.txt', outcome: 'pass', details: expect.objectContaining({ dependencies: 32, vulnerabilities: 0 }) })])
  })

  itFx('skipped dependencies are info findings and do not block; the legacy array shape is read', async () => {
    const { gate } = await runGate({}, { report: path.join(FX, 'legacy-pre-2.0-bare-array-reformatted.json'), exitCode: 0 })
    expect(gate.status).toBe('pass')
    expect(gate.findings).toEqual([expect.objectContaining({ ruleId: 'pip-audit/skipped-dependency', severity: 'info', blocking: false })])
    expect(gate.checks[0].details).toMatchObject({ reportShape: 'legacy' })
  })

  itFx('the malformed report (stderr merged into the JSON) is an error with the stderr tail, never a pass', async () => {
    const { gate } = await runGate({}, { report: path.join(FX, 'invalid-stderr-summary-merged-into-json.json'), exitCode: 1, stderr: 'Found 1 known vulnerability in 1 package' })
    expect(gate.status).toBe('error')
    expect(gate.reason).toMatch(/report could not be read: pip-audit: the report is not valid JSON/)
    expect(gate.reason).toContain('Found 1 known vulnerability in 1 package')
  })
})

describe('dependencies gate: failures end as error with the reason', () => {
  it('exit 1 without a report (a fatal error) is an error with stderr', async () => {
    const { gate } = await runGate({}, { report: null, exitCode: 1, stderr: 'ERROR:pip_audit._cli:Failed to resolve dependencies: connection refused' })
    expect(gate.status).toBe('error')
    expect(gate.reason).toMatch(/exited 1 and wrote no report/)
    expect(gate.reason).toContain('connection refused')
  })

  itFx('exit 1 with a clean report is an error (pip-audit failed after writing)', async () => {
    const { gate } = await runGate({}, { report: path.join(FX, 'clean-no-vulns-2.10.1.json'), exitCode: 1, stderr: 'boom' })
    expect(gate.status).toBe('error')
    expect(gate.reason).toMatch(/report lists no vulnerability/)
  })

  it('a crash (exit 120) is an error even if a report exists', async () => {
    const d = await tempDirs('deps-crash-')
    const report = path.join(d.root, 'r.json')
    await writeFile(report, '{"dependencies": [], "fixes": []}')
    const { gate } = await runGate({}, { report, exitCode: 120, stderr: 'Traceback (most recent call last):\nKeyError: x' })
    expect(gate.status).toBe('error')
    expect(gate.reason).toMatch(/exited with code 120/)
    expect(gate.reason).toContain('KeyError')
  })

  it('an empty report is an error', async () => {
    const d = await tempDirs('deps-empty-')
    const report = path.join(d.root, 'r.json')
    await writeFile(report, '')
    const { gate } = await runGate({}, { report, exitCode: 0 })
    expect(gate.status).toBe('error')
    expect(gate.reason).toMatch(/report is empty/)
  })

  it('a missing tool with install: never is an error saying what to do', async () => {
    const d = await tempDirs('deps-missing-')
    await writeFile(path.join(d.workspace, 'requirements.txt'), REQS)
    const report = await withPath(
      d.bin,
      () => runOneGate(dependenciesGate, {}, { workspace: d.workspace, tempDir: d.temp }),
      true
    )
    expect(report.gates[0].status).toBe('error')
    expect(report.gates[0].reason).toMatch(/pip-audit not found on PATH and install is "never": set install: auto/)
  })

  it('a requirements file that does not exist is a config error naming the key', async () => {
    const { gate, calls } = await runGate({ requirements: ['nope.txt'] }, { report: null, exitCode: 0 })
    expect(gate.status).toBe('error')
    expect(gate.reason).toMatch(/gates\.dependencies\.requirements: "nope\.txt" cannot be read/)
    expect(calls).toEqual([])
  })

  it('two modes at once are refused; a path outside the workspace is refused', async () => {
    expect((await runGate({ requirements: ['requirements.txt'], environment: true }, { report: null, exitCode: 0 })).gate.reason).toMatch(/choose one of requirements, project or environment/)
    expect((await runGate({ requirements: ['../x.txt'] }, { report: null, exitCode: 0 })).gate.reason).toMatch(/outside the workspace/)
  })

  it('nothing to audit is skipped with the reason', async () => {
    const d = await tempDirs('deps-skip-')
    const ctx = gateContext(d.workspace, d.temp, dependenciesConfigSchema.parse({}))
    const r = await dependenciesGate.run(ctx)
    expect(r.skipped).toMatch(/no requirements file, pyproject\.toml or Python lock file/)
  })

  itFx('project and environment modes pass the right arguments', async () => {
    const d = await tempDirs('deps-modes-')
    await mkdir(path.join(d.workspace, 'svc'))
    await writeFile(path.join(d.workspace, 'svc', 'pyproject.toml'), '[project]\nname = "svc"\n')
    await fakeTool(d.bin, { name: 'pip-audit', version: '2.10.1', report: path.join(FX, 'clean-no-vulns-2.10.1.json'), exitCode: 0 })
    await withPath(d.bin, async () => {
      const p = await dependenciesGate.run(gateContext(d.workspace, d.temp, dependenciesConfigSchema.parse({ project: 'svc', 'no-deps': true })))
      expect(p.errors).toEqual([])
      expect(p.checks[0]).toMatchObject({ target: 'svc', outcome: 'pass' })
      const e = await dependenciesGate.run(gateContext(d.workspace, d.temp, dependenciesConfigSchema.parse({ environment: true, python: '/usr/bin/python3' })))
      expect(e.checks[0]).toMatchObject({ target: '.', details: expect.objectContaining({ mode: 'environment' }) })
    })
    const calls = (await readFile(path.join(d.bin, 'pip-audit.calls'), 'utf8')).trim().split('\n').filter((c) => c.includes('-f json'))
    expect(calls[0]).toMatch(/--no-deps --disable-pip \S+\/svc$/)
    expect(calls[1]).toMatch(/-s pypi$/)
  })
})
