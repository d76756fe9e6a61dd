/** The lock writer and checker see files whose names hold U+2028/9, CR and LF like any other. */
import { afterAll, describe, expect, it } from '@jest/globals'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { shutdownHashPool } from '../../src/scanners/hash.js'
import { verifyLock, writeLock } from '../../src/scanners/lock.js'

const dirs: string[] = []
afterAll(async () => {
  await shutdownHashPool()
  for (const d of dirs) rmSync(d, { recursive: true, force: true })
})

const NAMES = ['models/w\u2028eights.pkl', 'models/a\u2029b.bin', 'models/c\rd.pt', 'models/e\nf.pt', 'models/plain.pt']

function ws(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'asg-lock-names-'))
  dirs.push(dir)
  mkdirSync(path.join(dir, 'models'))
  for (const n of NAMES) writeFileSync(path.join(dir, n), `bytes of ${n}`)
  return dir
}

describe.each(['models.lock.json', 'SHA256SUMS'])('lock %s with hostile names', (lockPath) => {
  it('lists every file, verifies clean, and calls a new hostile file unlisted', async () => {
    const w = ws()
    const r = await writeLock({ workspace: w, lockPath, paths: ['models'] })
    expect(Object.keys(r.lock.files).sort()).toEqual([...NAMES].sort())
    const clean = await verifyLock({ workspace: w, lockPath, paths: ['models'], gate: 'models' })
    expect(clean.errors).toEqual([])
    expect(clean.findings).toEqual([])
    writeFileSync(path.join(w, 'models', 'new\u2028one.pkl'), 'x')
    const after = await verifyLock({ workspace: w, lockPath, paths: ['models'], gate: 'models' })
    expect(after.findings.map((f) => [f.ruleId, f.location.path])).toEqual([['lock/unlisted-file', 'models/new\u2028one.pkl']])
  })
})
