/**
 * Code gate benchmark (`npm run bench -- code-gate`): the whole code gate (bandit, the unsafe-load
 * rules, notebooks, exclusions, merging) against bandit alone, `bandit -r <tree> -f json -o <file> -q`
 * as a user would run it, in the same run, on the same tree, with the same bandit. Target <= 1.0x:
 * the gate runs bandit once on the file list it walked and its rules while bandit runs.
 *
 * The tree is the scikit-learn of the system Python (Debian's python3-sklearn:
 * /usr/lib/python3/dist-packages/sklearn, 537 .py files, ~295k lines, real code nobody here
 * wrote), so the benchmark runs offline on a fresh clone; BENCH_CODE_TREE names another folder.
 * bandit is the current release from the test setup's virtualenv
 * (AI_SECURE_GATES_TEST_BANDIT or ~/.cache/ai-secure-gates/test-bandit/bin/bandit), else the one
 * on PATH. The two are run alternately BENCH_CODE_RUNS times (default 3) and the best time of each
 * is kept: this machine is a shared, noisy VM. The findings of both are compared (file, line,
 * bandit test id) and must be equal.
 */
import { spawn, spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { codeConfigSchema } from '../../src/gates/code/config.js'
import { codeGate } from '../../src/gates/code/index.js'
import { silentLogger } from '../../src/engine/logger.js'
import type { FindingInput } from '../../src/engine/types.js'
import { processRunner } from '../../src/tools/runner.js'
import type { BenchRow } from '../bench-row.js'

const TREE = process.env.BENCH_CODE_TREE ?? '/usr/lib/python3/dist-packages/sklearn'
const RUNS = Math.max(1, Number(process.env.BENCH_CODE_RUNS ?? 3))

function banditPath(): string {
  const venv = process.env.AI_SECURE_GATES_TEST_BANDIT || path.join(os.homedir(), '.cache', 'ai-secure-gates', 'test-bandit', 'bin', 'bandit')
  if (existsSync(venv)) return venv
  const r = spawnSync('sh', ['-c', 'command -v bandit'], { encoding: 'utf8' })
  if (r.status === 0 && r.stdout.trim()) return r.stdout.trim()
  throw new Error('bandit not found: run scripts/setup-test-env.sh (it installs the current bandit into ~/.cache/ai-secure-gates/test-bandit) or put bandit on PATH')
}

function countPy(dir: string): number {
  let n = 0
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    if (e.isSymbolicLink()) continue
    if (e.isDirectory()) n += e.name === '__pycache__' ? 0 : countPy(path.join(dir, e.name))
    else if (e.name.endsWith('.py')) n++
  }
  return n
}

function banditAlone(bandit: string, out: string): Promise<number> {
  const t = performance.now()
  return new Promise((resolve, reject) => {
    const p = spawn(bandit, ['-r', TREE, '-f', 'json', '-o', out, '-q'], { stdio: ['ignore', 'ignore', 'pipe'] })
    let err = ''
    p.stderr.on('data', (d) => (err = (err + d).slice(-4000)))
    p.on('error', reject)
    p.on('close', (code) => (code === 0 || code === 1 ? resolve(performance.now() - t) : reject(new Error(`bandit exited ${code}: ${err}`))))
  })
}

async function gate(bandit: string, tempDir: string): Promise<{ ms: number; findings: FindingInput[]; errors: string[] }> {
  const t = performance.now()
  const r = await codeGate.run({
    workspace: TREE,
    config: codeConfigSchema.parse({}),
    tools: { ...processRunner, which: async (n) => (n === 'bandit' ? bandit : processRunner.which(n)) },
    logger: silentLogger,
    tempDir,
    install: 'never',
    signal: new AbortController().signal,
    maskSecret: () => undefined
  })
  return { ms: performance.now() - t, findings: r.findings, errors: r.errors }
}

function triples(findings: FindingInput[]): string[] {
  const out: string[] = []
  for (const f of findings) {
    if (f.properties?.tool === 'bandit') out.push(`${f.location.path}:${f.location.startLine}:${f.ruleId}`)
    for (const id of (f.properties?.bandit as string[] | undefined) ?? []) out.push(`${f.location.path}:${f.location.startLine}:${id}`)
  }
  return out.sort()
}

export async function bench(): Promise<BenchRow[]> {
  if (!existsSync(TREE) || !statSync(TREE).isDirectory()) {
    throw new Error(`${TREE} not found: install Debian's python3-sklearn (scripts/setup-test-env.sh does) or set BENCH_CODE_TREE to a folder of Python files`)
  }
  const bandit = banditPath()
  const version = /bandit (\S+)/.exec(spawnSync(bandit, ['--version'], { encoding: 'utf8' }).stdout)?.[1] ?? '?'
  const files = countPy(TREE)
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'bench-code-'))
  try {
    let best = { ours: Infinity, ref: Infinity }
    let last: { findings: FindingInput[]; errors: string[] } = { findings: [], errors: [] }
    const out = path.join(tmp, 'bandit-alone.json')
    for (let i = 0; i < RUNS; i++) {
      const ref = await banditAlone(bandit, out)
      const ours = await gate(bandit, tmp)
      last = ours
      best = { ours: Math.min(best.ours, ours.ms), ref: Math.min(best.ref, ref) }
      console.error(`  code gate run ${i + 1}/${RUNS}: bandit alone ${(ref / 1000).toFixed(2)} s, code gate ${(ours.ms / 1000).toFixed(2)} s`)
    }
    const direct = JSON.parse(readFileSync(out, 'utf8'))
    const theirs = direct.results.map((x: any) => `${path.relative(TREE, x.filename).split(path.sep).join('/')}:${x.line_number}:${x.test_id}`).sort()
    const ours = triples(last.findings)
    if (JSON.stringify(theirs) !== JSON.stringify(ours)) {
      throw new Error(`the code gate and bandit alone disagree on ${TREE}: ${theirs.length} bandit findings alone, ${ours.length} in the gate`)
    }
    if (last.errors.length) console.error(`  code gate errors: ${last.errors.slice(0, 3).join('; ')}`)
    const rules = last.findings.filter((f) => f.properties?.tool === 'ai-secure-gates').length
    console.error(`  same ${theirs.length} bandit findings in both; the gate adds ${rules} unsafe-load rule findings`)
    return [
      {
        name: `code gate vs bandit ${version} alone (${path.basename(TREE)}: ${files} .py files)`,
        ours: best.ours / 1000,
        reference: best.ref / 1000,
        unit: 's',
        ratio: best.ours / best.ref,
        target: '<= 1.00x'
      }
    ]
  } finally {
    rmSync(tmp, { recursive: true, force: true })
  }
}
