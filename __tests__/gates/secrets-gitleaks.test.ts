/**
 * gitleaks as the secrets gate's reference: the pinned gitleaks (built from source by
 * scripts/install-tools.ts) and our secrets gate over the same material, a generated repository with
 * a random key of every kind the gate claims (scripts/secret-corpus.ts) and the demo project. Recall of
 * each against the planted keys and the time of each are printed; the gate must find every planted
 * key but its listed known gaps, and a gitleaks report of the same tree imported into the gate (gates.secrets.gitleaks-report)
 * adds what only gitleaks found, without doubling what both found.
 */
import { beforeAll, describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { cpSync, mkdtempSync, readFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { GateReport } from '../../src/engine/types.js'
import { secretsGate } from '../../src/gates/secrets/index.js'
import { parseGitleaks } from '../../src/parsers/gitleaks.js'
import { recall, writeSecretCorpus, type Planted } from '../../scripts/secret-corpus.js'
import { runOneGate } from '../support/gate-context.js'
import { requireTool } from '../support/tools.js'

let gitleaks: { path: string; version: string }
beforeAll(() => {
  gitleaks = requireTool('gitleaks')
})

function runGitleaks(dir: string, report: string): number {
  const t0 = performance.now()
  execFileSync(gitleaks.path, ['dir', dir, '--report-format', 'json', '--report-path', report, '--exit-code', '0', '--no-banner', '--log-level', 'error'], { stdio: 'pipe', timeout: 120_000 })
  return performance.now() - t0
}

async function runGate(dir: string, block: Record<string, unknown> = {}): Promise<{ g: GateReport; ms: number }> {
  const t0 = performance.now()
  const report = await runOneGate(secretsGate, block, { workspace: dir, tempDir: mkdtempSync(path.join(os.tmpdir(), 'secrets-gl-tmp-')) })
  return { g: report.gates[0] as GateReport, ms: performance.now() - t0 }
}

describe('secrets gate vs gitleaks on the same material', () => {
  let dir: string
  let planted: Planted[]
  beforeAll(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'secrets-gl-'))
    planted = writeSecretCorpus(dir)
  })

  it('the binary is the pinned gitleaks', () => {
    expect(execFileSync(gitleaks.path, ['version'], { encoding: 'utf8' }).trim()).toBe(gitleaks.version)
  })

  it('a random key of every kind we claim: the gate finds all but its known gaps, at least as many as gitleaks; recall and time of both are reported', async () => {
    const reportFile = path.join(mkdtempSync(path.join(os.tmpdir(), 'gl-report-')), 'gitleaks.json')
    const glMs = runGitleaks(dir, reportFile)
    const leaks = parseGitleaks(readFileSync(reportFile, 'utf8'), dir)
    const gl = recall(planted, leaks.map((l) => ({ file: l.finding.location.path, line: l.finding.location.startLine })))
    const { g, ms } = await runGate(dir)
    const ours = recall(planted, g.findings.map((f) => ({ file: f.location.path, line: f.location.startLine })))
    console.log(
      [
        `planted keys: ${planted.length} kinds`,
        `secrets gate: recall ${ours.found.length}/${planted.length} in ${ms.toFixed(0)} ms; missed: ${ours.missed.join(', ') || 'none'}`,
        `gitleaks ${gitleaks.version}: recall ${gl.found.length}/${planted.length} in ${glMs.toFixed(0)} ms; missed: ${gl.missed.join(', ') || 'none'}`
      ].join('\n')
    )
    // Known gaps of the gate's engine (secretlint preset), measured here: a bare AWS access key id
    // (it reports the secret access key next to it), an RSA PEM block with a random body, and SendGrid
    // keys holding '-' or '_' (base64url, as real ones do: 88 of 200 random keys were missed).
    // Any other miss fails; closing a gap lets this list shrink.
    const KNOWN_GAPS = ['aws-access-key-id', 'private-key', 'sendgrid']
    expect(ours.missed.filter((k) => !KNOWN_GAPS.includes(k))).toEqual([])
    expect(ours.found.length).toBeGreaterThanOrEqual(gl.found.length - 1)
    // gitleaks' generic and provider rules find the well-known token shapes; it is a real run over the same files
    expect(gl.found).toEqual(expect.arrayContaining(['github-pat', 'aws-access-key-id', 'private-key', 'gitlab-pat']))
    expect(leaks.every((l) => planted.some((p) => p.file === l.finding.location.path))).toBe(true)
  }, 180_000)

  it("gitleaks' report imported into the gate: one finding per secret where both found it, gitleaks' extra finds added", async () => {
    const reportFile = path.join(dir, 'gitleaks-report.json')
    runGitleaks(dir, reportFile)
    const alone = (await runGate(dir, { exclude: ['gitleaks-report.json'] })).g
    const merged = (await runGate(dir, { 'gitleaks-report': 'gitleaks-report.json', exclude: ['gitleaks-report.json'] })).g
    const check = merged.checks.find((c) => c.name === 'gitleaks-report')!
    expect(check.outcome).toBe('fail')
    const leaks = (check.details as any).leaks as number
    const added = (check.details as any).added as number
    expect(leaks).toBeGreaterThan(0)
    expect(merged.findings).toHaveLength(alone.findings.length + added)
    expect(added).toBeLessThan(leaks) // most of what gitleaks found, the gate had found too
    const text = JSON.stringify(merged.findings)
    for (const p of planted) if (p.secret.length >= 16) expect(text).not.toContain(p.secret.split('\n')[1] ?? p.secret)
  }, 180_000)

  it('the demo project: every key the gate finds and every key gitleaks finds, with the time of each', async () => {
    const demo = mkdtempSync(path.join(os.tmpdir(), 'secrets-gl-demo-'))
    cpSync(path.resolve(process.cwd(), 'examples/demo-project'), demo, { recursive: true })
    const reportFile = path.join(mkdtempSync(path.join(os.tmpdir(), 'gl-demo-')), 'r.json')
    const glMs = runGitleaks(demo, reportFile)
    const leaks = parseGitleaks(readFileSync(reportFile, 'utf8'), demo)
    const { g, ms } = await runGate(demo)
    const at = (xs: Array<{ path: string; startLine: number | null }>) => [...new Set(xs.map((l) => `${l.path}:${l.startLine}`))].sort()
    const ours = at(g.findings.map((f) => f.location))
    const theirs = at(leaks.map((l) => l.finding.location))
    console.log(`demo: secrets gate ${ours.length} locations in ${ms.toFixed(0)} ms; gitleaks ${theirs.length} in ${glMs.toFixed(0)} ms; only gitleaks: ${theirs.filter((x) => !ours.includes(x)).join(', ') || 'none'}`)
    // the demo's planted keys (src/settings.py, configs/inference.yaml, the notebook) are found by the gate
    expect(ours.some((x) => x.startsWith('src/settings.py:'))).toBe(true)
    expect(ours.some((x) => x.startsWith('configs/inference.yaml:'))).toBe(true)
    expect(ours.some((x) => x.startsWith('notebooks/explore.ipynb:'))).toBe(true)
  }, 180_000)
})
