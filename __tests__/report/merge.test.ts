import { describe, expect, it } from '@jest/globals'
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { silentLogger } from '../../src/engine/logger.js'
import { runSession } from '../../src/engine/session.js'
import { GATES } from '../../src/gates/registry.js'
import { environmentRules } from '../../src/release/policy/session-rules.js'
import type { Report } from '../../src/engine/types.js'
import { renderJson } from '../../src/report/json.js'
import { loadMergedReports, loadReports, mergeReports, parseReport } from '../../src/report/merge.js'
import { toSarif } from '../../src/report/sarif.js'
import { processRunner } from '../../src/tools/runner.js'
import { haveBandit, pythonWorkspace } from '../support/py-workspace.js'
import { mkFinding, mkReport } from '../support/report.js'

const WAIVERS = `waivers:
  - gate: code
    rule: B404
    path: src/job_000.py
    reason: importing subprocess is reviewed here
    expires: 2099-01-01
  - gate: code
    rule: B999
    reason: a rule that no longer fires
    expires: 2099-01-01
  - gate: sarif
    rule: R0
    reason: accepted last year
    expires: 2020-01-01
  - gate: sarif
    rule: NOPE
    reason: nothing matches this
    expires: 2099-01-01
`

/** A workspace with two real gates configured: code (bandit) and sarif (reads a SARIF file). */
function workspace(): string {
  const ws = pythonWorkspace(6, {
    config: 'version: 1\ngates:\n  code:\n    paths: [src]\n  sarif:\n    files: [scans/external.sarif]\n',
    waivers: WAIVERS
  })
  mkdirSync(path.join(ws, 'scans'))
  const external = mkReport([{ id: 'code', findings: [0, 1, 2, 3].map((i) => mkFinding(i, { location: { path: `src/job_00${i}.py`, startLine: 2 } })) }])
  writeFileSync(path.join(ws, 'scans/external.sarif'), JSON.stringify(toSarif(external)))
  return ws
}

async function run(ws: string, only: string[]): Promise<Report> {
  const { report } = await runSession({
    registry: GATES,
    reportRules: environmentRules,
    workspace: ws,
    only,
    tools: processRunner,
    logger: silentLogger,
    tempDir: mkdtempSync(path.join(os.tmpdir(), 'asg-merge-')),
    install: 'never',
    maskSecret: () => {},
    today: '2026-11-22',
    context: { repository: 'octo/ml', sha: 'a'.repeat(40), event: 'pull_request', root: '' }
  })
  return report
}

/** Durations differ between any two runs; nothing else may. */
function withoutDurations(r: Report): Report {
  return { ...r, gates: r.gates.map((g) => ({ ...g, durationMs: 0 })) }
}

const withBandit = haveBandit ? describe : describe.skip
withBandit('merging shard reports equals one run of all the gates (real engine runs: bandit and the SARIF gate)', () => {
  it('two shards, read back from their JSON files, merge into exactly the full run', async () => {
    const ws = workspace()
    const [full, shardA, shardB] = [await run(ws, ['code', 'sarif']), await run(ws, ['code']), await run(ws, ['sarif'])]
    // the shards really split the work
    expect(shardA.gates.find((g) => g.id === 'sarif')!.status).toBe('skipped')
    expect(shardB.gates.find((g) => g.id === 'code')!.status).toBe('skipped')
    expect(full.gates.find((g) => g.id === 'code')!.findings).toHaveLength(12)
    expect(full.gates.find((g) => g.id === 'sarif')!.findings.length).toBeGreaterThan(0)
    expect(full.waivers.map((w) => [w.waiver.rule, w.state])).toEqual([
      ['B999', 'stale'],
      ['R0', 'expired'],
      ['NOPE', 'stale']
    ])

    const dir = mkdtempSync(path.join(os.tmpdir(), 'asg-artifacts-'))
    mkdirSync(path.join(dir, 'shard-code'))
    mkdirSync(path.join(dir, 'shard-sarif'))
    writeFileSync(path.join(dir, 'shard-code/report.json'), renderJson(shardA))
    writeFileSync(path.join(dir, 'shard-sarif/report.json'), renderJson(shardB))
    const logs: string[] = []
    const merged = await loadMergedReports(['**/report.json'], dir, { info: (m) => logs.push(m), warning: (m) => logs.push(`warning: ${m}`) })
    expect(logs).toEqual(['Merging 2 reports: shard-code/report.json, shard-sarif/report.json'])
    expect(withoutDurations(merged)).toEqual(withoutDurations(full))
    // the order of the shards does not matter
    expect(withoutDurations(mergeReports([shardB, shardA]).report)).toEqual(withoutDurations(full))
  })

  it('a gate run by two shards that disagree keeps the worse result and says so', async () => {
    const ws = workspace()
    const a = await run(ws, ['code'])
    const b = structuredClone(a)
    const code = b.gates.find((g) => g.id === 'code')!
    code.status = 'error'
    code.errors = ['bandit crashed']
    const { report, warnings } = mergeReports([a, b], ['a.json', 'b.json'])
    expect(report.gates.find((g) => g.id === 'code')!.status).toBe('error')
    expect(report.status).toBe('error')
    expect(warnings.join('\n')).toMatch(/Gate "code" was run by 2 reports \(a\.json: fail, b\.json: error\); the worst result \(b\.json\) is kept/)
    // the same report twice (an artifact downloaded twice) merges silently
    expect(mergeReports([a, structuredClone(a)]).warnings).toEqual([])
  })
})

describe('reading reports (untrusted input)', () => {
  const good = mkReport([{ id: 'code', findings: [mkFinding(0)] }])

  it('refuses what is not a report, naming the file and the first bad path', () => {
    expect(() => parseReport('{', 'a.json')).toThrow(/a\.json: not a JSON report/)
    expect(() => parseReport(JSON.stringify({ ...good, schemaVersion: 2 }), 'b.json')).toThrow(/b\.json: not an ai-secure-gates JSON report: at schemaVersion/)
    const bad = structuredClone(good) as any
    bad.gates[0].findings[0].severity = 'catastrophic'
    expect(() => parseReport(JSON.stringify(bad), 'c.json')).toThrow(/at gates\.0\.findings\.0\.severity/)
    const moved = structuredClone(good) as any
    moved.gates[0].findings[0].gate = 'models'
    expect(() => parseReport(JSON.stringify(moved), 'd.json')).toThrow(/belongs to gate "models"/)
    expect(parseReport(renderJson(good), 'e.json')).toEqual({ ...good, notChecked: [] })
  })

  it('finds reports by glob without following symlinks, and says what to do when nothing matches', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'asg-glob-'))
    mkdirSync(path.join(dir, 'artifacts/one/deep'), { recursive: true })
    writeFileSync(path.join(dir, 'artifacts/one/deep/report.json'), renderJson(good))
    writeFileSync(path.join(dir, 'artifacts/one/notes.txt'), 'x')
    const outside = mkdtempSync(path.join(os.tmpdir(), 'asg-outside-'))
    writeFileSync(path.join(outside, 'report.json'), renderJson(good))
    symlinkSync(outside, path.join(dir, 'artifacts/link'))
    const { files } = await loadReports(['artifacts/**/*.json'], dir)
    expect(files.map((f) => path.relative(dir, f))).toEqual(['artifacts/one/deep/report.json'])
    await expect(loadReports(['nothing/**/*.json'], dir)).rejects.toThrow(/no file matches "nothing\/\*\*\/\*\.json".*download the artifacts/)
    await expect(loadMergedReports([], dir, silentLogger)).rejects.toThrow(/mode: report needs the reports input/)
  })
})
