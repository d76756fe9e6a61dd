/**
 * Models gate fixed costs (`npm run bench`): the gate with a hash lock over 30,000 small pickles
 * (every file scanned by the pickle VM and verified against the lock) against the least a Python
 * user would run for the same job: one process reading each file, sha256 over it and walking
 * every opcode with pickletools.genops (target <= 2x). The lock is written first by our writer;
 * both sides read warm files (page cache). Each side is the best of BENCH_MODELS_RUNS runs (2).
 * Environment: BENCH_MODELS_FILES changes the file count.
 */
import { spawnSync } from 'node:child_process'
import { mkdtemp, rm } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { recordingLogger } from '../../src/engine/logger.js'
import type { GateContext } from '../../src/engine/types.js'
import { modelsConfigSchema, type ModelsConfig } from '../../src/gates/models/config.js'
import { modelsGate } from '../../src/gates/models/index.js'
import { shutdownHashPool } from '../../src/scanners/hash.js'
import { writeLock } from '../../src/scanners/lock.js'
import { processRunner } from '../../src/tools/runner.js'
import type { BenchRow } from '../bench-row.js'

const PYTHON = '/usr/bin/python3'

/** Writes `n` small pickles (protocols 2-5, dicts of numbers and strings, as a sweep of checkpoints would) under dir/models. */
function makePickles(dir: string, n: number): void {
  const code = `
import os, pickle, sys
root = os.path.join(sys.argv[1], 'models')
n = int(sys.argv[2])
for i in range(n):
    sub = os.path.join(root, 'run%03d' % (i // 1000))
    os.makedirs(sub, exist_ok=True)
    obj = {'step': i, 'lr': 0.001 * (i % 7), 'name': 'layer%d' % i, 'weights': [float(j) for j in range(16)]}
    with open(os.path.join(sub, 'ckpt%05d.pkl' % i), 'wb') as f:
        pickle.dump(obj, f, protocol=2 + i % 4)
`
  const r = spawnSync(PYTHON, ['-c', code, dir, String(n)], { encoding: 'utf8' })
  if (r.status !== 0) throw new Error(`generating pickles failed: ${r.stderr}`)
}

/** The Python reference: sha256 of each file and every opcode of it through pickletools.genops. */
function pythonReference(dir: string): number {
  const code = `
import hashlib, os, pickletools, sys, time
t = time.perf_counter()
n = 0
for root, dirs, files in os.walk(os.path.join(sys.argv[1], 'models')):
    dirs.sort()
    for name in sorted(files):
        with open(os.path.join(root, name), 'rb') as f:
            data = f.read()
        hashlib.sha256(data).hexdigest()
        for _ in pickletools.genops(data):
            pass
        n += 1
print((time.perf_counter() - t) * 1000, n)
`
  // Process start-up is part of what a user pays, as our side pays the gate's set-up.
  const t = performance.now()
  const r = spawnSync(PYTHON, ['-c', code, dir], { encoding: 'utf8' })
  if (r.status !== 0) throw new Error(`python reference failed: ${r.stderr}`)
  return performance.now() - t
}

export async function bench(): Promise<BenchRow[]> {
  const n = Number(process.env.BENCH_MODELS_FILES ?? 30_000)
  const runs = Number(process.env.BENCH_MODELS_RUNS ?? 2)
  const dir = await mkdtemp(path.join(os.tmpdir(), 'asg-bench-models-'))
  try {
    makePickles(dir, n)
    await writeLock({ workspace: dir, lockPath: 'models.lock.json', paths: ['models'] })
    const config: ModelsConfig = modelsConfigSchema.parse({ paths: ['models'], lock: 'models.lock.json' })
    const ctx: GateContext<ModelsConfig> = {
      workspace: dir,
      config,
      tools: processRunner,
      logger: recordingLogger([]),
      tempDir: dir,
      install: 'never',
      signal: new AbortController().signal,
      maskSecret: () => undefined,
      explicit: true
    }
    pythonReference(dir) // warm the page cache for both sides
    let ours = Infinity
    let reference = Infinity
    for (let i = 0; i < runs; i++) {
      const t = performance.now()
      const r = await modelsGate.run(ctx)
      ours = Math.min(ours, performance.now() - t)
      const scanned = r.checks.filter((c) => c.name === 'hash-lock' && c.outcome === 'pass').length
      if (r.errors.length || scanned !== n) throw new Error(`models gate did not verify all ${n} files (${scanned} hash-lock passes, errors: ${r.errors.slice(0, 3).join('; ')})`)
      reference = Math.min(reference, pythonReference(dir))
    }
    return [
      {
        name: `models gate + lock, ${n.toLocaleString('en-US')} small pickles vs python sha256+genops`,
        ours: ours / 1000,
        reference: reference / 1000,
        unit: 's',
        ratio: ours / reference,
        target: '<= 2x'
      }
    ]
  } finally {
    await shutdownHashPool()
    await rm(dir, { recursive: true, force: true })
  }
}
