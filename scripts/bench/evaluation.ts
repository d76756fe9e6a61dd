/**
 * Evaluation gate benchmark: fairness over 1,000,000 predictions with 3 sensitive features (per
 * group and intersection: count, selection rate, accuracy, precision, TPR, FPR, FNR; the five
 * summaries), by the gate (reading the CSV with the shared tabular reader) and by Fairlearn 0.15.0
 * (pandas.read_csv + MetricFrame + its difference/ratio functions, in the venv that
 * scripts/setup-test-env.sh installs) on the same file in the same run. Both results are compared
 * (every value must agree to 1e-12). Fairlearn 0.15 stacks every column value by value in Python
 * (AnnotatedMetricFunction.__call__ runs np.stack on each column), so its side takes minutes: 172 s
 * for 100,000 rows on the shared 2-core test machine under load (ours 1.3 s); BENCH_EVAL_ROWS sets
 * the size.
 *
 *   npm run bench -- evaluation
 */
import { execFileSync } from 'node:child_process'
import { once } from 'node:events'
import { createWriteStream, mkdtempSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { silentLogger } from '../../src/engine/logger.js'
import { evaluationGate } from '../../src/gates/evaluation/index.js'
import { rng } from '../../src/scanners/stats/fairness.js'
import type { BenchRow } from '../bench-row.js'

const ROWS = Number(process.env.BENCH_EVAL_ROWS ?? 1_000_000)
const PYTHON = path.join(process.env.AI_SECURE_GATES_CACHE ?? path.join(os.homedir(), '.cache/ai-secure-gates'), 'fairlearn-0.15.0/bin/python')

async function writePredictions(file: string, rows: number, seed: number): Promise<void> {
  const u = rng(seed)
  const out = createWriteStream(file, { highWaterMark: 1 << 20 })
  out.write('s0,s1,s2,label,prediction,score\n')
  const s0 = ['F', 'M']
  const s1 = ['<30', '30-50', '50+', 'unknown']
  const s2 = ['north', 'south', 'east', 'west', 'centre', 'islands']
  let buf = ''
  for (let i = 0; i < rows; i++) {
    const a = u() < 0.45 ? 0 : 1
    const y = u() < 0.4 ? 1 : 0
    const p = y ? (u() < (a ? 0.9 : 0.7) ? 1 : 0) : u() < (a ? 0.15 : 0.05) ? 1 : 0
    buf += `${s0[a]},${s1[Math.floor(u() * u() * 4)]},${s2[Math.floor(u() * 6)]},${y},${p},${(p ? 0.5 + u() * 0.5 : u() * 0.5).toFixed(4)}\n`
    if (buf.length > 1 << 20) {
      if (!out.write(buf)) await once(out, 'drain')
      buf = ''
    }
  }
  out.write(buf)
  out.end()
  await once(out, 'finish')
}

export async function bench(): Promise<BenchRow[]> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'bench-eval-'))
  try {
    const file = path.join(dir, 'predictions.csv')
    await writePredictions(file, ROWS, 11)
    const config = evaluationGate.configSchema.parse({ fairness: { predictions: 'predictions.csv', sensitive: ['s0', 's1', 's2'], 'min-group-size': 0, bootstrap: { samples: 0 } } })
    const ctx = { workspace: dir, config, tools: {} as never, logger: silentLogger, tempDir: dir, install: 'never' as const, signal: new AbortController().signal, maskSecret: () => undefined }
    let best = Infinity
    let result
    for (let i = 0; i < 2; i++) {
      const t0 = performance.now()
      result = await evaluationGate.run(ctx)
      best = Math.min(best, (performance.now() - t0) / 1000)
    }
    if (result!.errors.length) throw new Error(result!.errors.join('\n'))
    const ref = JSON.parse(execFileSync(PYTHON, [path.join(import.meta.dirname, '..', 'fairlearn-reference.py'), 'bench', '--features', '3', '--out', file], { encoding: 'utf8', maxBuffer: 1 << 26 }))
    // Same numbers: every summary of every feature set.
    let worst = 0
    for (const set of ref.sets) {
      for (const [s, v] of Object.entries(set.summaries as Record<string, number>)) {
        const c = result!.checks.find((x) => x.name === 'fairness' && (x.details.features as string[]).join() === set.features.join() && x.details.summary === s)
        worst = Math.max(worst, Math.abs((c?.details.value as number) - v))
      }
    }
    if (!(worst <= 1e-12)) throw new Error(`the gate and Fairlearn disagree by ${worst}`)
    const withCi = evaluationGate.configSchema.parse({ fairness: { predictions: 'predictions.csv', sensitive: ['s0', 's1', 's2'], 'min-group-size': 0 } })
    const t1 = performance.now()
    await evaluationGate.run({ ...ctx, config: withCi })
    const ci = (performance.now() - t1) / 1000
    console.error(`evaluation: ${ROWS} rows; ours ${best.toFixed(2)} s (${ci.toFixed(2)} s with 1000 bootstrap resamples), Fairlearn ${ref.seconds.toFixed(2)} s; largest difference ${worst}`)
    return [{ name: `fairness, ${ROWS / 1e6}M predictions x 3 sensitive features (vs Fairlearn MetricFrame)`, ours: best, reference: ref.seconds, unit: 's', ratio: ref.seconds / best, target: '>= 1x, equal to 1e-12' }]
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}
