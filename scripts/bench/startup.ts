/**
 * CLI start-up (`npm run bench`): the bundled CLI (dist/cli/index.js; run `npm run bundle` first,
 * or point BENCH_CLI at another build) against a bare `node -e 0`, both under Node 24 as the action
 * runs, measured in the same run (target <= 1.5x). Two rows: `--help`, and `scan-models` on one
 * small pickle. Runs are interleaved (bare, help, scan, bare, ...) so load on this shared machine
 * hits every side alike; each side's median of BENCH_STARTUP_RUNS (21) is compared. A first
 * untimed run of each fills Node's compile cache, as any second use of the CLI would find it.
 * Environment: BENCH_NODE names the Node 24 binary (default: found with `npx -p node@24`).
 */
import { execFileSync, spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import type { BenchRow } from '../bench-row.js'

function node24(): string {
  if (process.env.BENCH_NODE) return process.env.BENCH_NODE
  if (process.versions.node.startsWith('24.')) return process.execPath
  const out = execFileSync('npx', ['-y', '-p', 'node@24', 'node', '-p', 'process.execPath'], { encoding: 'utf8' })
  return out.trim().split('\n').pop()!
}

function timeOnce(bin: string, args: string[], cwd: string): number {
  const t = performance.now()
  const r = spawnSync(bin, args, { cwd, stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' })
  const ms = performance.now() - t
  if (r.status !== 0) throw new Error(`${[bin, ...args].join(' ')} exited ${r.status}: ${r.stderr}`)
  return ms
}

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b)
  return s[Math.floor(s.length / 2)]
}

export async function bench(): Promise<BenchRow[]> {
  const cli = path.resolve(process.env.BENCH_CLI ?? path.join(import.meta.dirname, '..', '..', 'dist', 'cli', 'index.js'))
  if (!existsSync(cli)) throw new Error(`${cli} does not exist: run npm run bundle first (or set BENCH_CLI)`)
  const bin = node24()
  const runs = Number(process.env.BENCH_STARTUP_RUNS ?? 21)
  const dir = await mkdtemp(path.join(os.tmpdir(), 'asg-bench-startup-'))
  try {
    // A small, clean pickle (protocol 2: {'a': 1}), written byte for byte.
    await writeFile(path.join(dir, 'small.pkl'), Buffer.from('80027d710058010000006171014b01732e', 'hex'))
    const sides: Record<string, string[]> = { bare: ['-e', '0'], help: [cli, '--help'], scan: [cli, 'scan-models', 'small.pkl'] }
    for (const args of Object.values(sides)) timeOnce(bin, args, dir)
    const times: Record<string, number[]> = { bare: [], help: [], scan: [] }
    for (let i = 0; i < runs; i++) for (const [k, args] of Object.entries(sides)) times[k].push(timeOnce(bin, args, dir))
    const bare = median(times.bare)
    const row = (name: string, k: string): BenchRow => ({ name, ours: median(times[k]), reference: bare, unit: 'ms', ratio: median(times[k]) / bare, target: '<= 1.5x' })
    return [row('CLI start-up: --help vs node -e 0 (Node 24, median)', 'help'), row('CLI start-up: scan-models one small pickle vs node -e 0', 'scan')]
  } finally {
    await rm(dir, { recursive: true, force: true })
  }
}
