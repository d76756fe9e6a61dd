/**
 * The one-read path shared by the models gate and the lock: readSmallFileSync refuses what is not a
 * small regular file, verifyLock trusts the facts of the bytes the caller read (no second read),
 * reuses the caller's walk only when it is exactly the walk it would make, and the plain lock check
 * accepts nothing the schema refuses.
 */
import { afterAll, describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { symlinkSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { walkFiles } from '../../src/engine/paths.js'
import { shutdownHashPool } from '../../src/scanners/hash.js'
import { ONE_READ_LIMIT, readSmallFileSync } from '../../src/scanners/read-small.js'
import { factsOf, parseLockText, verifyLock, writeLock } from '../../src/scanners/lock.js'
import { tempWorkspaces } from '../support/temp-workspace.js'

const sha = (b: Buffer | string) => createHash('sha256').update(b).digest('hex')
const { ws, cleanup } = tempWorkspaces('asg-oneread-')

afterAll(async () => {
  await shutdownHashPool()
  cleanup()
})

describe('readSmallFileSync', () => {
  it('reads a small regular file whole, and nothing else', () => {
    const w = ws({ 'a.pkl': 'abc', 'empty.bin': '', 'big.bin': Buffer.alloc(ONE_READ_LIMIT + 1, 1), 'edge.bin': Buffer.alloc(ONE_READ_LIMIT, 2) })
    expect(readSmallFileSync(path.join(w, 'a.pkl'))?.toString()).toBe('abc')
    expect(readSmallFileSync(path.join(w, 'empty.bin'))?.length).toBe(0)
    expect(readSmallFileSync(path.join(w, 'edge.bin'))?.length).toBe(ONE_READ_LIMIT)
    expect(readSmallFileSync(path.join(w, 'big.bin'))).toBeNull()
    expect(readSmallFileSync(path.join(w, 'missing'))).toBeNull()
    expect(readSmallFileSync(w)).toBeNull() // a folder
    symlinkSync(path.join(w, 'a.pkl'), path.join(w, 'link.pkl'))
    expect(readSmallFileSync(path.join(w, 'link.pkl'))).toBeNull() // never followed
    execFileSync('mkfifo', [path.join(w, 'fifo')])
    expect(readSmallFileSync(path.join(w, 'fifo'))).toBeNull() // does not hang, is not an empty file
  })
})

describe("verifyLock with the caller's reads", () => {
  it('judges the bytes the caller read (facts), never reading those files again', async () => {
    const w = ws({ 'models/a.pkl': 'first', 'models/b.pkl': 'second' })
    await writeLock({ workspace: w, lockPath: 'models.lock.json', paths: ['models'] })
    // the caller read other bytes for a.pkl than the disk now holds: the verdict is about what it read
    const known = new Map([['models/a.pkl', factsOf(Buffer.from('tampered'))]])
    const v = await verifyLock({ workspace: w, lockPath: 'models.lock.json', paths: ['models'], gate: 'models', known })
    expect(v.findings.map((f) => [f.ruleId, f.location.path])).toEqual([['lock/hash-mismatch', 'models/a.pkl']])
    expect(v.checks.find((c) => c.target === 'models/a.pkl')?.details).toMatchObject({ actual: sha('tampered') })
    expect(v.checks.find((c) => c.target === 'models/b.pkl')?.outcome).toBe('pass') // read by verifyLock itself
  })

  it('sees an LFS pointer in the bytes the caller read', async () => {
    const oid = sha('the real model')
    const pointer = `version https://git-lfs.github.com/spec/v1\noid sha256:${oid}\nsize 14\n`
    const w = ws({ 'models/m.bin': pointer })
    writeFileSync(path.join(w, 'models.lock.json'), JSON.stringify({ version: 1, algorithm: 'sha256', files: { 'models/m.bin': { sha256: oid, size: 14 } } }))
    const known = new Map([['models/m.bin', factsOf(Buffer.from(pointer))]])
    const v = await verifyLock({ workspace: w, lockPath: 'models.lock.json', paths: ['models'], gate: 'models', known })
    expect(v.errors.join('\n')).toMatch(/Git LFS pointer/)
  })

  it("reuses the caller's walk only where it is the walk it would make (lock inside the paths, globbed lock names)", async () => {
    const files = { 'models/a.pkl': 'a', 'models/sub/b.pkl': 'b' }
    for (const lockPath of ['models/models.lock.json', 'models/[x].lock.json', 'models.lock.json']) {
      const w = ws(files)
      await writeLock({ workspace: w, lockPath, paths: ['models'] })
      const walk = await walkFiles(w, { include: ['models'], exclude: [] })
      const withWalk = await verifyLock({ workspace: w, lockPath, paths: ['models'], gate: 'models', walk })
      const without = await verifyLock({ workspace: w, lockPath, paths: ['models'], gate: 'models' })
      expect(withWalk).toEqual(without)
      expect(withWalk.findings).toEqual([])
      expect(withWalk.checks.map((c) => c.target).sort()).toEqual(['models/a.pkl', 'models/sub/b.pkl'])
    }
  })
})

describe('the plain lock check agrees with the schema', () => {
  const h = 'ab'.repeat(32)
  const lock = (files: unknown, extra: Record<string, unknown> = {}) => JSON.stringify({ version: 1, algorithm: 'sha256', files, ...extra })
  it('accepts a lock our writer makes, sorted or not, with upper-case digests lowered', () => {
    const l = parseLockText(lock({ 'm/b.pkl': { sha256: h.toUpperCase(), size: 2 }, 'm/a.pkl': { sha256: h, size: 0 } }), 'x.lock.json')
    expect(Object.keys(l.files)).toEqual(['m/a.pkl', 'm/b.pkl'])
    expect(l.files['m/b.pkl']).toEqual({ sha256: h, size: 2 })
  })
  it.each([
    ['an unsafe integer size', { a: { sha256: h, size: 2 ** 60 } }, /size/],
    ['a fractional size', { a: { sha256: h, size: 1.5 } }, /size/],
    ['a negative size', { a: { sha256: h, size: -1 } }, /size must be a whole number/],
    ['a size given as text', { a: { sha256: h, size: '1' } }, /size/],
    ['an extra key in an entry', { a: { sha256: h, size: 1, mode: 1 } }, /mode|[Uu]nrecognized/],
    ['a short digest', { a: { sha256: 'abc', size: 1 } }, /sha256 must be 64 hexadecimal digits/],
    ['an empty path', { '': { sha256: h, size: 1 } }, /files/]
  ])("refuses %s with the schema's message", (_what, files, msg) => {
    expect(() => parseLockText(lock(files), 'x.lock.json')).toThrow(msg)
  })
  it("refuses an extra top-level key with the schema's message", () => {
    expect(() => parseLockText(lock({ a: { sha256: h, size: 1 } }, { note: 'x' }), 'x.lock.json')).toThrow(/note|[Uu]nrecognized/)
  })
  it('leaves an entry named __proto__ to the schema (same result as before the plain check)', () => {
    const text = `{"version":1,"algorithm":"sha256","files":{"__proto__":{"sha256":"${h}","size":1},"a":{"sha256":"${h}","size":1}}}`
    expect(Object.keys(parseLockText(text, 'x.lock.json').files)).toEqual(['a'])
  })
  it('normalises entry paths as before (./, //, trailing slash, .. inside) and refuses ones that leave', () => {
    const l = parseLockText(lock({ './m/a.pkl': { sha256: h, size: 1 }, 'm//b.pkl': { sha256: h, size: 1 }, 'm/x/../c.pkl': { sha256: h, size: 1 } }), 'x.lock.json')
    expect(Object.keys(l.files)).toEqual(['m/a.pkl', 'm/b.pkl', 'm/c.pkl'])
    expect(() => parseLockText(lock({ '../a': { sha256: h, size: 1 } }), 'x.lock.json')).toThrow(/outside the workspace/)
    expect(() => parseLockText(lock({ 'm/..': { sha256: h, size: 1 } }), 'x.lock.json')).toThrow(/not a file path/)
    expect(() => parseLockText(lock({ 'm/a': { sha256: h, size: 1 }, './m/a': { sha256: h, size: 1 } }), 'x.lock.json')).toThrow(/names the same file/)
  })
})
