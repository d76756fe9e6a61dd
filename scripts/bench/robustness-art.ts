/**
 * Robustness gate benchmark: our decision-based attack (the gate's `decision` attack, run end to end
 * against the model served on 127.0.0.1) against ART 1.20.1's HopSkipJump (in the venv that
 * scripts/setup-test-env.sh installs), on the same scikit-learn models (trained by the same code and
 * seeds, in the same Python), the same evaluation rows, the same feature scaling and the same query
 * budget: ART runs first with a CI-sized setting, and our budget per example is ART's median query
 * count. Success is a flip within max-distance (L2 over features scaled to [0, 1]).
 *
 *   npm run bench -- robustness
 */
import { execFileSync, spawn } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { silentLogger } from '../../src/engine/logger.js'
import { robustnessGate } from '../../src/gates/robustness/index.js'
import type { BenchRow } from '../bench-row.js'

const PYTHON = path.join(process.env.AI_SECURE_GATES_CACHE ?? path.join(os.homedir(), '.cache/ai-secure-gates'), 'art-1.20.1/bin/python')
const DIR = path.join(import.meta.dirname, '..', 'robustness')
const MODELS = ['logreg-cancer', 'mlp-wine']
const ROWS = Number(process.env.BENCH_ROBUST_ROWS ?? 30)
const MAX_DISTANCE = 0.3
const ART_ARGS = ['--max-iter', '5', '--init-eval', '10', '--max-eval', '100', '--max-distance', String(MAX_DISTANCE)]

interface Side {
  attacked: number
  success: number
  found: number
  medianDistance: number
  medianQueries: number
  byRow: Map<number, number | null>
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b)
  return s.length ? (s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2) : NaN
}

function summarise(rows: Array<{ row: number; distance: number | null; queries: number }>): Side {
  const found = rows.filter((r) => r.distance !== null)
  return {
    attacked: rows.length,
    success: rows.filter((r) => r.distance !== null && r.distance <= MAX_DISTANCE + 1e-12).length / rows.length,
    found: found.length / rows.length,
    medianDistance: median(found.map((r) => r.distance!)),
    medianQueries: median(rows.map((r) => r.queries)),
    byRow: new Map(rows.map((r) => [r.row, r.distance]))
  }
}

async function serve(model: string, dir: string): Promise<{ url: string; stop: () => void }> {
  const child = spawn(PYTHON, [path.join(DIR, 'model_server.py'), '--model', model, '--port', '0', '--write-eval', path.join(dir, 'all.csv')], { stdio: ['ignore', 'pipe', 'ignore'] })
  const port = await new Promise<number>((resolve, reject) => {
    let out = ''
    child.stdout.on('data', (b: Buffer) => {
      out += b.toString()
      const m = /PORT (\d+)/.exec(out)
      if (m) resolve(Number(m[1]))
    })
    child.on('exit', (code) => reject(new Error(`model server exited with ${code}`)))
  })
  return { url: `http://127.0.0.1:${port}/predict`, stop: () => child.kill('SIGKILL') }
}

async function one(model: string): Promise<{ ours: Side; art: Side; budget: number }> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'bench-robust-'))
  const server = await serve(model, dir)
  try {
    const lines = readFileSync(path.join(dir, 'all.csv'), 'utf8').trimEnd().split('\n')
    writeFileSync(path.join(dir, 'eval.csv'), lines.slice(0, ROWS + 1).join('\n') + '\n')
    const art = JSON.parse(execFileSync(PYTHON, [path.join(DIR, 'art_hsj.py'), '--model', model, '--eval', path.join(dir, 'eval.csv'), ...ART_ARGS], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] })) as {
      examples: Array<{ row: number; correct: boolean; found?: boolean; distance?: number | null; queries?: number }>
    }
    const artRows = art.examples.filter((e) => e.correct).map((e) => ({ row: e.row, distance: e.found ? e.distance! : null, queries: e.queries! }))
    const artSide = summarise(artRows)
    const budget = Math.max(10, Math.floor(artSide.medianQueries))
    const config = robustnessGate.configSchema.parse({
      target: { kind: 'rest', url: server.url, 'loopback-only': true, concurrency: 4 },
      dataset: 'eval.csv',
      'max-rows': ROWS,
      'report-inputs': ROWS,
      attacks: { noise: false, text: false, decision: { queries: budget, 'max-distance': MAX_DISTANCE } },
      fuzz: false
    })
    const ctx = { workspace: dir, config, tools: {} as never, logger: silentLogger, tempDir: dir, install: 'never' as const, signal: new AbortController().signal, maskSecret: () => undefined, explicit: true }
    const result = await robustnessGate.run(ctx)
    if (result.errors.length) throw new Error(result.errors.join('\n'))
    const check = result.checks.find((c) => c.name === 'robustness-attack' && c.target === 'decision')!
    const inputs = check.details.inputs as Array<{ row: number; label: string; clean: string; distance: number | null; queries: number }>
    const ours = summarise(inputs.filter((x) => x.clean === x.label))
    // Same examples on both sides: the rows the model classifies correctly.
    if (ours.attacked !== artSide.attacked) throw new Error(`${model}: ours attacked ${ours.attacked} examples, ART ${artSide.attacked}: the two models differ`)
    console.error(`robustness ${model}: budget ${budget}; ours success ${ours.success} found ${ours.found} median ${ours.medianDistance} q ${ours.medianQueries}; ART success ${artSide.success} found ${artSide.found} median ${artSide.medianDistance} q ${artSide.medianQueries}`)
    return { ours, art: artSide, budget }
  } finally {
    server.stop()
    rmSync(dir, { recursive: true, force: true })
  }
}

export async function bench(): Promise<BenchRow[]> {
  const rows: BenchRow[] = []
  for (const model of MODELS) {
    const { ours, art, budget } = await one(model)
    rows.push(
      { name: `decision attack vs ART HopSkipJump, ${model}: success within L2 ${MAX_DISTANCE} (${ours.attacked} examples, ${budget} queries each)`, ours: 100 * ours.success, reference: 100 * art.success, unit: '%', ratio: art.success ? ours.success / art.success : ours.success ? Infinity : 1, target: '>= 1x' },
      { name: `decision attack vs ART HopSkipJump, ${model}: adversarial found at any size`, ours: 100 * ours.found, reference: 100 * art.found, unit: '%', ratio: art.found ? ours.found / art.found : 1, target: '>= 1x' },
      (() => {
        // The median perturbation over the examples both attacks flipped (the same inputs on both sides).
        const both = [...ours.byRow].filter(([r, d]) => d !== null && art.byRow.get(r) != null)
        const o = median(both.map(([, d]) => d!))
        const a = median(both.map(([r]) => art.byRow.get(r)!))
        return { name: `decision attack vs ART HopSkipJump, ${model}: median perturbation on the ${both.length} examples both flipped (lower is better)`, ours: o, reference: a, unit: 'L2', ratio: a / o, target: 'info' }
      })(),
      { name: `decision attack vs ART HopSkipJump, ${model}: median queries per example`, ours: ours.medianQueries, reference: art.medianQueries, unit: 'queries', ratio: art.medianQueries / ours.medianQueries, target: '>= 1x' }
    )
  }
  return rows
}
