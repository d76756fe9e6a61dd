/**
 * Secrets benchmark (`npm run bench`): our secrets gate against gitleaks (the pinned build from
 * scripts/install-tools.ts) on the same generated repository, one random key of every kind the gate
 * claims (scripts/secret-corpus.ts): recall against the planted keys, and wall time of each.
 * Without gitleaks in the tools manifest the rows say so instead of disappearing.
 */
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { silentLogger } from '../../src/engine/logger.js'
import { Policy } from '../../src/engine/policy.js'
import { runEngine } from '../../src/engine/run.js'
import type { Config } from '../../src/config/schema.js'
import { secretsGate } from '../../src/gates/secrets/index.js'
import { parseGitleaks } from '../../src/parsers/gitleaks.js'
import { processRunner } from '../../src/tools/runner.js'
import type { BenchRow } from '../bench-row.js'
import { recall, writeSecretCorpus } from '../secret-corpus.js'
import { manifestPath, type ToolsManifest } from '../tools-manifest.js'

export async function bench(): Promise<BenchRow[]> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'bench-secrets-'))
  try {
    const planted = writeSecretCorpus(dir)
    const t0 = performance.now()
    const report = await runEngine({
      config: { version: 1, 'fail-on': 'high', 'timeout-minutes': 5, gates: { secrets: {} } } as Config,
      registry: [secretsGate],
      policy: new Policy({ waivers: [], baseline: null, today: new Date().toISOString().slice(0, 10) }),
      workspace: dir,
      tools: processRunner,
      logger: silentLogger,
      tempDir: mkdtempSync(path.join(os.tmpdir(), 'bench-secrets-tmp-')),
      install: 'never',
      maskSecret: () => undefined
    })
    const oursMs = performance.now() - t0
    const ours = recall(planted, report.gates[0].findings.map((f) => ({ file: f.location.path, line: f.location.startLine })))
    let gl: ToolsManifest['tools']['gitleaks']
    try {
      gl = (JSON.parse(readFileSync(manifestPath(), 'utf8')) as ToolsManifest).tools.gitleaks
    } catch {
      gl = undefined
    }
    if (!gl) {
      const why = `gitleaks not installed (run bash scripts/setup-test-env.sh); ours ${ours.found.length}/${planted.length}`
      return [{ name: 'secrets recall vs gitleaks', ours: ours.found.length / planted.length, reference: 0, unit: 'recall', ratio: 0, target: why }]
    }
    const out = path.join(dir, '..', `${path.basename(dir)}-gitleaks.json`)
    const t1 = performance.now()
    execFileSync(gl.path, ['dir', dir, '--report-format', 'json', '--report-path', out, '--exit-code', '0', '--no-banner', '--log-level', 'error'], { stdio: 'pipe' })
    const glMs = performance.now() - t1
    const theirs = recall(planted, parseGitleaks(readFileSync(out, 'utf8'), dir).map((l) => ({ file: l.finding.location.path, line: l.finding.location.startLine })))
    rmSync(out, { force: true })
    const n = planted.length
    return [
      {
        name: `secrets recall vs gitleaks ${gl.version} (${n} kinds; ours missed: ${ours.missed.join(' ') || 'none'}; gitleaks missed: ${theirs.missed.join(' ') || 'none'})`,
        ours: ours.found.length / n,
        reference: theirs.found.length / n,
        unit: 'recall',
        ratio: theirs.found.length ? ours.found.length / theirs.found.length : 0,
        target: '>= 1.0x gitleaks'
      },
      { name: `secrets scan time vs gitleaks ${gl.version}`, ours: oursMs, reference: glMs, unit: 'ms', ratio: glMs ? oursMs / glMs : 0, target: 'report only' }
    ]
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}
