/**
 * The redteam gate's full default run against the real local model (`npm run bench redteam`): SmolLM2-135M-Instruct
 * behind scripts/llm-server.mjs on 127.0.0.1 (scripts/setup-test-model.sh installs both), the gate with nothing set
 * but the target (all 9 probes, 12 attacks each, 256-token answers, concurrency 2), timed from the first request
 * to the verdict. Target: under 5 minutes. The reference column is that target; the load average of the machine at
 * the start and the end is printed beside it, since on a shared machine the time follows the load.
 * The server answers two requests at once, each on one CPU thread (BENCH_LLM_PARALLEL, BENCH_LLM_THREADS).
 * BENCH_REDTEAM_REPORT names a file to write the gate's report to (its transcripts explain each category's verdict).
 */
import { spawn } from 'node:child_process'
import { mkdtemp, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import type { BenchRow } from '../bench-row.js'
import { silentLogger } from '../../src/engine/logger.js'
import { Policy } from '../../src/engine/policy.js'
import { runEngine } from '../../src/engine/run.js'
import type { Config } from '../../src/config/schema.js'
import { redteamGate } from '../../src/gates/redteam/index.js'
import { processRunner } from '../../src/tools/runner.js'

const load = () => os.loadavg()[0].toFixed(1)

export async function bench(): Promise<BenchRow[]> {
  const threads = process.env.BENCH_LLM_THREADS ?? '1'
  const parallel = process.env.BENCH_LLM_PARALLEL ?? '2'
  const server = spawn(process.execPath, [path.join(import.meta.dirname, '..', 'llm-server.mjs'), '--port', '0', '--threads', threads, '--parallel', parallel], { stdio: ['ignore', 'pipe', 'inherit'] })
  const url = await new Promise<string>((resolve, reject) => {
    server.on('exit', (c) => reject(new Error(`llm-server exited ${c}: run bash scripts/setup-test-model.sh`)))
    server.stdout!.on('data', (b: Buffer) => {
      const m = /listening (http:\/\/127\.0\.0\.1:\d+)/.exec(b.toString())
      if (m) resolve(m[1])
    })
  })
  try {
    const ws = await mkdtemp(path.join(os.tmpdir(), 'bench-redteam-'))
    const before = load()
    const t0 = performance.now()
    const report = await runEngine({
      config: { version: 1, 'fail-on': 'high', 'timeout-minutes': 60, gates: { redteam: { target: { kind: 'openai', url: `${url}/v1`, model: 'smollm2', 'ready-timeout-seconds': 120, 'max-minutes': 60 } } } } as unknown as Config,
      registry: [redteamGate],
      policy: new Policy({ waivers: [], baseline: null, today: new Date().toISOString().slice(0, 10) }),
      workspace: ws,
      tools: processRunner,
      logger: silentLogger,
      tempDir: ws,
      install: 'never',
      maskSecret: () => undefined
    })
    const minutes = (performance.now() - t0) / 60_000
    const g = report.gates[0]
    if (process.env.BENCH_REDTEAM_REPORT) await writeFile(process.env.BENCH_REDTEAM_REPORT, JSON.stringify(report, null, 2))
    const cats = g.checks.filter((c) => c.name === 'redteam-category').map((c) => `${c.target} ${c.details.hits}/${c.details.attempts} ${c.outcome}`)
    console.error(`redteam real model: ${g.status}: ${g.summary}; ${cats.join(', ')}; load average ${before} -> ${load()} on ${os.cpus().length} CPUs; server ${parallel} x ${threads} thread(s)${g.errors.length ? `; errors: ${g.errors.join(' | ')}` : ''}`)
    return [{ name: `redteam: full default run, real SmolLM2 (${g.status}, load ${before})`, ours: minutes, reference: 5, unit: 'min', ratio: minutes / 5, target: '<= 1x (under 5 min)' }]
  } finally {
    server.kill('SIGTERM')
  }
}
