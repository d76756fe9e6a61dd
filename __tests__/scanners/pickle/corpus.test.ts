/**
 * The pickle corpus made on the fly by scripts/gen-pickle-corpus.py with a random seed (printed; set
 * PICKLE_CORPUS_SEED to replay): real files written by this machine's numpy, pandas, scikit-learn,
 * joblib and torch (Debian) and by current releases (the venv scripts/setup-test-env.sh makes) are
 * never blocked; attribute chains through allowed modules always are; every bomb ends as an error
 * that names its bound, within time and memory (printed); text and random bytes are never pickles.
 */
import { describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { isBlocking, scanModelFile } from '../../../src/scanners/model/scan.js'

const SEED = Number(process.env.PICKLE_CORPUS_SEED ?? Math.floor(Math.random() * 2 ** 31))
const GEN = path.join(process.cwd(), 'scripts/gen-pickle-corpus.py')
const CURRENT_PY = path.join(process.env.AI_SECURE_GATES_CACHE ?? path.join(os.homedir(), '.cache/ai-secure-gates'), 'ml-current-v1/bin/python')

type Entry = { expect: 'pass' | 'block' | 'error' | 'not-pickle' | 'bounded'; why: string }

function generate(python: string, families: string): { dir: string; files: Array<[string, Entry]> } {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'pickle-corpus-'))
  // lz4 and zstd joblib files are read by the models scanner's decompressors (issue 11, the model-container half)
  execFileSync(python, [GEN, dir, '--seed', String(SEED), '--families', families], { stdio: ['ignore', 'ignore', 'inherit'], timeout: 240_000 })
  const m = JSON.parse(readFileSync(path.join(dir, 'MANIFEST.json'), 'utf8')) as { files: Record<string, Entry> }
  return { dir, files: Object.entries(m.files) }
}

async function check(dir: string, file: string, v: Entry): Promise<void> {
  const t = performance.now()
  const r = await scanModelFile(path.join(dir, file), file)
  const ms = performance.now() - t
  const explain = JSON.stringify({ seed: SEED, file, why: v.why, format: r.format, issues: r.issues.map((i) => `${i.ruleId} ${i.severity} ${i.subject}`), errors: r.errors })
  switch (v.expect) {
    case 'pass':
      expect([isBlocking(r), r.globals.filter((g) => g.verdict !== 'safe').map((g) => g.global), explain]).toEqual([false, [], explain])
      break
    case 'block':
      expect([r.issues.some((i) => i.ruleId === 'pickle/dangerous-global' && i.severity === 'critical'), explain]).toEqual([true, explain])
      break
    case 'error':
      expect([r.errors.length, explain]).toEqual([1, explain])
      expect(r.errors[0]).toMatch(/limit/)
      console.log(`seed ${SEED} ${file}: error in ${ms.toFixed(0)} ms, peak RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MiB: ${r.errors[0]}`)
      break
    case 'not-pickle':
      expect([r.format, r.issues.length, r.errors.length, explain]).toEqual(['unknown', 0, 0, explain])
      break
    case 'bounded':
      expect([r.issues.filter((i) => i.severity === 'critical').length, explain]).toEqual([0, explain])
      console.log(`seed ${SEED} ${file}: ${r.format} in ${ms.toFixed(0)} ms, peak RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MiB`)
      break
  }
  expect(ms).toBeLessThan(30_000)
}

describe(`pickle corpus (seed ${SEED})`, () => {
  console.log(`pickle corpus seed ${SEED} (replay with PICKLE_CORPUS_SEED=${SEED})`)

  it('real files from the Debian libraries (torch 1.13, numpy, pandas, scikit-learn, joblib) are never blocked', async () => {
    const { dir, files } = generate('/usr/bin/python3', 'real')
    try {
      expect(files.length).toBeGreaterThanOrEqual(200)
      for (const [f, v] of files) await check(dir, f, v)
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  }, 600_000)

  it('real files from current numpy, pandas, scikit-learn and joblib releases are never blocked', async () => {
    if (!existsSync(CURRENT_PY)) throw new Error(`${CURRENT_PY} is missing: run bash scripts/setup-test-env.sh (npm test does) to install the pinned current releases`)
    const { dir, files } = generate(CURRENT_PY, 'real')
    try {
      expect(files.length).toBeGreaterThanOrEqual(150)
      for (const [f, v] of files) await check(dir, f, v)
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  }, 600_000)

  it('attribute chains through allowed modules are dangerous; bombs end as errors within bounds; text is never a pickle', async () => {
    const { dir, files } = generate('/usr/bin/python3', 'chains,bombs,text')
    try {
      expect(files.filter(([, v]) => v.expect === 'block').length).toBeGreaterThanOrEqual(40)
      for (const [f, v] of files) await check(dir, f, v)
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  }, 600_000)
})
