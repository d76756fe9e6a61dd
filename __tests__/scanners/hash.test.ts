import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { execFileSync, spawnSync } from 'node:child_process'
import { createHash, randomBytes } from 'node:crypto'
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { CHUNK_SIZE, HashError, hashFile, hashFiles, hashFilesSettled, shutdownHashPool } from '../../src/scanners/hash.js'

const MiB = 1 << 20
const hasOpenssl = spawnSync('openssl', ['version']).status === 0

function opensslSha256(file: string): string {
  const out = execFileSync('openssl', ['dgst', '-sha256', '-r', file], { encoding: 'utf8' })
  return out.split(' ')[0]
}

let dir: string
const sizes: Record<string, number> = {
  empty: 0,
  one: 1,
  'below-mib': MiB - 1, // hashed on the main thread (< SMALL_FILE_LIMIT)
  mib: MiB, // from here on, hashed by the worker pool
  'above-mib': MiB + 1,
  'two-chunks-exact': 2 * CHUNK_SIZE,
  'multi-mib': 5 * MiB + 7,
  'big-odd': 17 * MiB + 12345
}
const content: Record<string, Buffer> = {}

beforeAll(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'asg-hash-'))
  for (const [name, size] of Object.entries(sizes)) {
    content[name] = randomBytes(size)
    writeFileSync(path.join(dir, name), content[name])
  }
})

afterAll(async () => {
  await shutdownHashPool()
  rmSync(dir, { recursive: true, force: true })
})

const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex')

describe('hashFile', () => {
  it.each(Object.keys(sizes))('matches node:crypto for %s', async (name) => {
    const r = await hashFile(path.join(dir, name))
    expect(r).toEqual({ sha256: sha(content[name]), size: sizes[name] })
  })

  it('knows the empty-file digest', async () => {
    expect((await hashFile(path.join(dir, 'empty'))).sha256).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855')
  })

  ;(hasOpenssl ? it : it.skip)(`matches openssl dgst -sha256 for every size${hasOpenssl ? '' : ' (skipped: openssl not installed)'}`, async () => {
    for (const name of Object.keys(sizes)) {
      const file = path.join(dir, name)
      expect((await hashFile(file)).sha256).toBe(opensslSha256(file))
    }
  })

  it('refuses a symlink (never follows it), small or large target', async () => {
    symlinkSync('/etc/hostname', path.join(dir, 'link-out'))
    symlinkSync(path.join(dir, 'multi-mib'), path.join(dir, 'link-big'))
    for (const l of ['link-out', 'link-big']) {
      const err = await hashFile(path.join(dir, l)).catch((e: unknown) => e)
      expect(err).toBeInstanceOf(HashError)
      expect((err as HashError).reason).toBe('ELOOP')
      expect((err as HashError).message).toMatch(/is a symlink; it was not followed/)
    }
  })

  it('refuses directories and missing files with a specific error', async () => {
    const sub = path.join(dir, 'subdir')
    mkdirSync(sub)
    await expect(hashFile(sub)).rejects.toMatchObject({ reason: 'ENOTREG', message: expect.stringMatching(/not a regular file \(a directory\)/) })
    await expect(hashFile(path.join(dir, 'nope'))).rejects.toMatchObject({ reason: 'ENOENT', message: expect.stringMatching(/does not exist/) })
  })

  ;(process.platform === 'linux' ? it : it.skip)('does not hang on a FIFO', async () => {
    const fifo = path.join(dir, 'fifo')
    execFileSync('mkfifo', [fifo])
    await expect(hashFile(fifo)).rejects.toMatchObject({ reason: 'ENOTREG' })
  })

  it('stops when the signal aborts, before and during a large file', async () => {
    const pre = new AbortController()
    pre.abort()
    await expect(hashFile(path.join(dir, 'big-odd'), pre.signal)).rejects.toMatchObject({ reason: 'ABORT' })
    const ac = new AbortController()
    const p = hashFile(path.join(dir, 'big-odd'), ac.signal)
    ac.abort()
    await expect(p).rejects.toMatchObject({ reason: 'ABORT' })
    // The pool still works afterwards.
    expect((await hashFile(path.join(dir, 'big-odd'))).sha256).toBe(sha(content['big-odd']))
  })
})

describe('hashFiles', () => {
  it('hashes a set concurrently, keyed and ordered by the paths given, equal to crypto', async () => {
    const names = Object.keys(sizes).reverse()
    const files = names.map((n) => path.join(dir, n))
    for (const concurrency of [1, 3, 8]) {
      const m = await hashFiles(files, { concurrency })
      expect([...m.keys()]).toEqual(files)
      for (const n of names) expect(m.get(path.join(dir, n))).toEqual({ sha256: sha(content[n]), size: sizes[n] })
    }
  })

  it('handles many more files than workers', async () => {
    const many = path.join(dir, 'many')
    mkdirSync(many)
    const bufs = Array.from({ length: 40 }, (_, i) => randomBytes(i % 2 ? MiB + i : i * 100))
    const files = bufs.map((b, i) => {
      const f = path.join(many, `f${i}`)
      writeFileSync(f, b)
      return f
    })
    const m = await hashFiles(files)
    files.forEach((f, i) => expect(m.get(f)!.sha256).toBe(sha(bufs[i])))
  })

  it('rejects with the failing file; hashFilesSettled reports each file', async () => {
    const files = [path.join(dir, 'one'), path.join(dir, 'missing-file')]
    await expect(hashFiles(files)).rejects.toMatchObject({ reason: 'ENOENT', path: path.join(dir, 'missing-file') })
    const s = await hashFilesSettled(files)
    expect(s.get(files[0])).toEqual({ sha256: sha(content.one), size: 1 })
    expect(s.get(files[1])).toBeInstanceOf(HashError)
  })

  it('returns an empty map for no files', async () => {
    expect((await hashFiles([])).size).toBe(0)
  })
})
