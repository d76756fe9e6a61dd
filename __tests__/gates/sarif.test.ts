import { describe, expect, it } from '@jest/globals'
import { existsSync, readFileSync } from 'node:fs'
import { copyFile, mkdir, symlink, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { runOneGate } from '../support/gate-context.js'
import type { GateReport } from '../../src/engine/types.js'
import { sarifGate } from '../../src/gates/sarif/index.js'
import { gateContext, SHARED_FIXTURES, tempDirs } from './dependencies-fakes.js'

const have = existsSync(SHARED_FIXTURES)
if (!have) console.warn(`skipping sarif gate tests that import real SARIF: ${SHARED_FIXTURES} is absent`)
const itFx = have ? it : it.skip

async function runGate(block: Record<string, unknown>, files: Record<string, string>, waivers: any[] = []) {
  const d = await tempDirs('sarif-gate-')
  for (const [rel, src] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(d.workspace, rel)), { recursive: true })
    if (src.startsWith('/')) await copyFile(src, path.join(d.workspace, rel))
    else await writeFile(path.join(d.workspace, rel), src)
  }
  const report = await runOneGate(sarifGate, block, { workspace: d.workspace, tempDir: d.temp, waivers })
  return { gate: report.gates[0] as GateReport, dirs: d }
}

const fx = (rel: string) => path.join(SHARED_FIXTURES, rel)

describe('sarif gate', () => {
  itFx('imports several files by glob; results join the verdict, locations and tool kept', async () => {
    const { gate } = await runGate({ files: ['reports/*.sarif'] }, { 'reports/bandit.sarif': fx('bandit/bandit-1.8.6.sarif'), 'reports/trivy-config.sarif': fx('trivy/release-0.69.1-config-terraform.sarif') })
    const nBandit = JSON.parse(readFileSync(fx('bandit/bandit-1.8.6.sarif'), 'utf8')).runs[0].results.length
    const nTrivy = JSON.parse(readFileSync(fx('trivy/release-0.69.1-config-terraform.sarif'), 'utf8')).runs[0].results.length
    expect(gate.findings).toHaveLength(nBandit + nTrivy)
    expect(gate.status).toBe('fail')
    expect(gate.checks.map((c) => c.target).sort()).toEqual(['reports/bandit.sarif', 'reports/trivy-config.sarif'])
    expect(gate.summary).toMatch(/from 2 SARIF files \((Bandit, Trivy|Trivy, Bandit)\)/)
    const b602 = gate.findings.find((f) => f.ruleId === 'B602')!
    expect(b602.location.path).toBe('app.py')
    expect(b602.properties).toMatchObject({ tool: 'Bandit', sarifFile: expect.stringMatching(/bandit\.sarif$/) })
  })

  itFx('waivers and fail-on apply to imported results', async () => {
    const waivers = [{ gate: 'sarif', rule: 'B602', reason: 'shell=True on a constant command', expires: '2026-03-01' }]
    const { gate } = await runGate({ files: ['bandit.sarif'], 'fail-on': 'critical' }, { 'bandit.sarif': fx('bandit/bandit-1.8.6.sarif') }, waivers)
    expect(gate.findings.find((f) => f.ruleId === 'B602')).toMatchObject({ suppressed: true, blocking: false })
    expect(gate.status).toBe('pass')
    expect(gate.failOn).toBe('critical')
  })

  it('a listed file that does not exist is an error, not a pass', async () => {
    const { gate } = await runGate({ files: ['semgrep.sarif'] }, {})
    expect(gate.status).toBe('error')
    expect(gate.reason).toMatch(/"semgrep\.sarif" matches no file.*probably failed/)
  })

  it('allow-missing turns a missing file into skipped', async () => {
    const { gate } = await runGate({ files: ['semgrep.sarif'], 'allow-missing': true }, {})
    expect(gate.status).toBe('skipped')
    expect(gate.reason).toMatch(/no SARIF file found/)
  })

  it('an unreadable file is an error naming the file and the problem; other files are still imported', async () => {
    const good = JSON.stringify({ version: '2.1.0', runs: [{ tool: { driver: { name: 'semgrep' } }, results: [{ ruleId: 'r', level: 'error', message: { text: 'x' }, locations: [{ physicalLocation: { artifactLocation: { uri: 'a.py' }, region: { startLine: 2 } } }] }] }] })
    const { gate } = await runGate({ files: ['a.sarif', 'b.sarif'] }, { 'a.sarif': good, 'b.sarif': '{"version": "2.1.0", "runs": [{"results": []}]}' })
    expect(gate.status).toBe('error')
    expect(gate.reason).toMatch(/^b\.sarif: SARIF b\.sarif: unexpected report shape at runs\.0\.tool/)
    expect(gate.findings).toHaveLength(1)
    expect(gate.checks.map((c) => [c.target, c.outcome])).toEqual([['a.sarif', 'fail'], ['b.sarif', 'error']])
  })

  it('an empty SARIF (no results) passes and still lists the file it read', async () => {
    const { gate } = await runGate({ files: ['c.sarif'] }, { 'c.sarif': JSON.stringify({ version: '2.1.0', runs: [{ tool: { driver: { name: 'codeql' } }, results: [] }] }) })
    expect(gate.status).toBe('pass')
    expect(gate.checks).toEqual([expect.objectContaining({ target: 'c.sarif', outcome: 'pass' })])
  })

  it('refuses a symlink that leaves the workspace and a path outside it', async () => {
    const d = await tempDirs('sarif-link-')
    const outside = path.join(d.root, 'secret.sarif')
    await writeFile(outside, '{}')
    await symlink(outside, path.join(d.workspace, 'link.sarif'))
    const r = await sarifGate.run(gateContext(d.workspace, d.temp, { files: ['link.sarif'], 'allow-missing': false, levels: {}, 'max-size-mb': 100 }))
    expect(r.errors[0]).toMatch(/outside the workspace/)
    await expect(sarifGate.run(gateContext(d.workspace, d.temp, { files: ['../x.sarif'], 'allow-missing': false, levels: {}, 'max-size-mb': 100 }))).rejects.toThrow(/outside the workspace/)
  })
})
