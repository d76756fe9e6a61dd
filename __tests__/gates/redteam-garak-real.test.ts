/**
 * garak itself, for real: the pinned garak 0.16.0 that scripts/install-tools.ts installed from its hash lock
 * (src/tools/requirements/garak.ts) is run by the redteam gate against the real local model (SmolLM2 behind
 * scripts/llm-server.mjs), through the REST generator file our target config produces. The report garak wrote is
 * then imported again through `garak-reports`, and both readings are checked against garak's own eval rows.
 */
import { afterAll, describe, expect, it } from '@jest/globals'
import { copyFile, mkdtemp, readdir, readFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import type { Check, GateReport } from '../../src/engine/types.js'
import { redteamGate } from '../../src/gates/redteam/index.js'
import { realModelMissing, startModelServer, type ModelServer } from '../support/real-model.js'
import { runOneGate } from '../support/gate-context.js'
import { requireTool } from '../support/tools.js'

const missing = realModelMissing()
if (missing) console.warn(`skipping the real garak run: ${missing}`)
const itReal = missing ? it.skip : it

let server: ModelServer | undefined
afterAll(async () => {
  await server?.stop()
})

interface EvalRow {
  entry_type: 'eval'
  probe: string
  detector: string
  passed: number
  fails?: number
  total_evaluated?: number
}

const evalChecks = (g: GateReport) => g.checks.filter((c) => c.name === 'garak-eval')

describe('garak 0.16.0 run by the redteam gate against the real local model', () => {
  itReal(
    'installs from the lock, drives the REST target, and its report is read the same way live and imported',
    async () => {
      const garak = requireTool('garak')
      expect(garak.version).toBe('0.16.0')
      server = await startModelServer()
      const workspace = await mkdtemp(path.join(os.tmpdir(), 'asg-garak-real-'))
      const tempDir = await mkdtemp(path.join(os.tmpdir(), 'asg-garak-tmp-'))
      const started = Date.now()
      const report = await runOneGate(
        redteamGate,
        {
          target: { kind: 'openai', url: `${server.url}/v1`, model: 'smollm2', 'max-tokens': 32, concurrency: 1, 'loopback-only': true, 'ready-timeout-seconds': 120, 'timeout-seconds': 120 },
          probes: ['injection.direct'],
          'attacks-per-probe': 1,
          garak: { command: garak.path, spec: 'probes.promptinject.HijackHateHumans', 'prompt-cap': 2, generations: 1, parallel: 1, 'timeout-minutes': 8 }
        },
        { workspace, tempDir }
      )
      const live = report.gates[0] as GateReport
      console.log(`garak run: ${live.summary}; tool ${JSON.stringify(live.tool)}; ${Math.round((Date.now() - started) / 1000)} s`)
      expect(live.errors).toEqual([])
      expect(live.tool).toEqual({ name: 'garak', version: '0.16.0' })

      // the report garak wrote, read here without our parser: its eval rows are the truth to compare with
      const dir = (await readdir(tempDir, { recursive: true })).find((f) => f.endsWith('redteam-garak.report.jsonl'))
      expect(dir).toBeDefined()
      const file = path.join(tempDir, dir!)
      const rows = (await readFile(file, 'utf8'))
        .split('\n')
        .filter(Boolean)
        .map((l) => JSON.parse(l) as { entry_type: string })
      expect(rows.map((r) => r.entry_type)).toEqual(expect.arrayContaining(['init', 'attempt', 'eval', 'completion']))
      const evals = rows.filter((r): r is EvalRow => r.entry_type === 'eval')
      expect(evals).toHaveLength(1)
      const e = evals[0]
      expect(e).toMatchObject({ probe: 'promptinject.HijackHateHumans', detector: 'promptinject.AttackRogueString', total_evaluated: 2 })
      const attempts = rows.filter((r) => r.entry_type === 'attempt' && (r as { status?: number }).status === 2)
      expect(attempts).toHaveLength(2) // prompt-cap 2, generations 1

      const want = (label: string): Partial<Check> => ({
        name: 'garak-eval',
        target: `${label}: promptinject.HijackHateHumans / promptinject.AttackRogueString`,
        outcome: e.fails ? 'fail' : 'pass',
        details: expect.objectContaining({ category: 'injection', attempts: e.total_evaluated, hits: e.fails, garakVersion: '0.16.0' })
      })
      expect(evalChecks(live)).toEqual([expect.objectContaining(want('garak run'))])
      const injection = live.checks.find((c) => c.name === 'redteam-category' && c.target === 'injection')!
      const ownAttempts = live.checks.filter((c) => c.name === 'redteam-attempt')
      expect(ownAttempts).toHaveLength(1)
      // the category joins our one attack with garak's two
      expect(injection.details).toMatchObject({ attempts: 1 + e.total_evaluated!, hits: ownAttempts.filter((a) => a.outcome === 'fail').length + e.fails! })

      // the same file imported through garak-reports (no target): the same check, from the importer
      await copyFile(file, path.join(workspace, 'garak.report.jsonl'))
      const imported = (await runOneGate(redteamGate, { 'garak-reports': ['garak.report.jsonl'] }, { workspace, tempDir })).gates[0] as GateReport
      expect(imported.errors).toEqual([])
      expect(evalChecks(imported)).toEqual([expect.objectContaining(want('garak.report.jsonl'))])
      expect(imported.checks.find((c) => c.name === 'redteam-category' && c.target === 'injection')!.details).toMatchObject({ attempts: e.total_evaluated, hits: e.fails })
      expect(imported.status).toBe(e.fails ? 'fail' : 'pass')
    },
    900_000
  )
})
