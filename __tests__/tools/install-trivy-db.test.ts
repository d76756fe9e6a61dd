import { describe, expect, it } from '@jest/globals'
import { cp, mkdir, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { recordingLogger } from '../../src/engine/logger.js'
import { prepareTrivyDb, trivyDbKeys, type CacheBackend } from '../../src/tools/trivy-db.js'

/**
 * A directory-backed double of @actions/cache with its semantics: an exact key hit, else the
 * newest entry whose key starts with a restore key.
 */
function dirCache(store: string): CacheBackend & { keys: string[] } {
  const entries: Array<{ key: string; dir: string; paths: string[] }> = []
  return {
    get keys() {
      return entries.map((e) => e.key)
    },
    available: () => true,
    async restore(paths, key, restoreKeys) {
      const hit = entries.find((e) => e.key === key) ?? [...entries].reverse().find((e) => restoreKeys.some((r) => e.key.startsWith(r)))
      if (!hit) return undefined
      // restored to the requested paths (matched by folder name, as the runner restores the same paths)
      for (const p of paths) if (hit.paths.includes(path.basename(p))) await cp(path.join(hit.dir, path.basename(p)), p, { recursive: true })
      return hit.key
    },
    async save(paths, key) {
      if (entries.some((e) => e.key === key)) throw new Error(`Unable to reserve cache with key ${key}, another job may be creating this cache.`)
      const dir = path.join(store, String(entries.length))
      for (const p of paths) await cp(p, path.join(dir, path.basename(p)), { recursive: true })
      entries.push({ key, dir, paths: paths.map((p) => path.basename(p)) })
    }
  }
}

async function seedDb(cacheDir: string, stamp: string) {
  await mkdir(path.join(cacheDir, 'db'), { recursive: true })
  await writeFile(path.join(cacheDir, 'db', 'metadata.json'), JSON.stringify({ Version: 2, UpdatedAt: stamp }))
  await writeFile(path.join(cacheDir, 'db', 'trivy.db'), 'db ' + stamp)
}

const exists = (p: string) => stat(p).then(() => true, () => false)

describe('trivy DB cache', () => {
  it('uses a daily key per OS and DB repository', () => {
    const a = trivyDbKeys({ today: '2026-03-02' })
    expect(a.primary).toBe(`${a.prefix}2026-03-02`)
    expect(a.prefix).toBe(`ai-secure-gates-trivy-db-${process.platform}-default-`)
    const m = trivyDbKeys({ today: '2026-03-02', dbRepository: 'public.ecr.aws/aquasecurity/trivy-db:2' })
    expect(m.prefix).toBe(`ai-secure-gates-trivy-db-${process.platform}-public.ecr.aws_aquasecurity_trivy-db_2-`)
  })

  it('a miss on today restores the newest older day, and today is saved after the scan', async () => {
    const root = await mkdtemp(path.join(os.tmpdir(), 'trivy-db-'))
    const backend = dirCache(path.join(root, 'store'))
    const { prefix } = trivyDbKeys({})
    for (const day of ['2026-02-27', '2026-03-01']) {
      const seed = path.join(root, 'seed-' + day)
      await seedDb(seed, day)
      await backend.save([path.join(seed, 'db')], prefix + day)
    }
    const cacheDir = path.join(root, 'cache')
    const lines: string[] = []
    const state = await prepareTrivyDb({ cacheDir, offline: false, useCache: true, logger: recordingLogger(lines), backend, today: '2026-03-02' })
    expect(state.restoredKey).toBe(prefix + '2026-03-01')
    expect(state.dbPresent).toBe(true)
    expect(JSON.parse(await readFile(path.join(cacheDir, 'db', 'metadata.json'), 'utf8')).UpdatedAt).toBe('2026-03-01')
    expect(state.argsFor('fs')).toEqual([])
    await state.save()
    expect(backend.keys).toEqual([prefix + '2026-02-27', prefix + '2026-03-01', prefix + '2026-03-02'])
    expect(lines.join('\n')).toContain(`trivy DB restored from cache key ${prefix}2026-03-01`)
  })

  it('a hit on today is not saved again; a lost save race is only logged', async () => {
    const root = await mkdtemp(path.join(os.tmpdir(), 'trivy-db-'))
    const backend = dirCache(path.join(root, 'store'))
    const { prefix } = trivyDbKeys({})
    await seedDb(path.join(root, 'seed'), 'x')
    await backend.save([path.join(root, 'seed', 'db')], prefix + '2026-03-02')
    const state = await prepareTrivyDb({ cacheDir: path.join(root, 'cache'), offline: false, useCache: true, logger: recordingLogger([]), backend, today: '2026-03-02' })
    expect(state.restoredKey).toBe(prefix + '2026-03-02')
    await state.save()
    expect(backend.keys).toHaveLength(1)
    const lines: string[] = []
    const other = await prepareTrivyDb({ cacheDir: path.join(root, 'cache'), offline: false, useCache: true, logger: recordingLogger(lines), backend: { ...backend, available: () => true, restore: async () => undefined, save: backend.save }, today: '2026-03-02' })
    await other.save()
    expect(lines.join('\n')).toMatch(/not saved to cache key .*another job/)
  })

  it('offline: the DB restored from the cache is used; no cached DB (or only one for another mirror) is an error', async () => {
    const root = await mkdtemp(path.join(os.tmpdir(), 'trivy-db-'))
    const backend = dirCache(path.join(root, 'store'))
    const opts = { offline: true, useCache: true, logger: recordingLogger([]), backend }
    await expect(prepareTrivyDb({ ...opts, cacheDir: path.join(root, 'c1') })).rejects.toThrow(/offline mode: no trivy vulnerability DB in the cache \(no Actions cache entry matches ai-secure-gates-trivy-db-/)
    const { prefix } = trivyDbKeys({})
    await seedDb(path.join(root, 'seed'), 'old')
    await backend.save([path.join(root, 'seed', 'db')], prefix + '2025-12-31')
    // the mirror is part of the key, so the default repository's entry is not restored for it
    await expect(prepareTrivyDb({ ...opts, cacheDir: path.join(root, 'c2'), dbRepository: 'mirror.example/trivy-db:2' })).rejects.toThrow(/offline mode/)
    const state = await prepareTrivyDb({ ...opts, cacheDir: path.join(root, 'c3'), today: '2026-01-05' })
    expect(state.restoredKey).toBe(prefix + '2025-12-31')
    expect(state.argsFor('fs')).toEqual(['--skip-db-update', '--offline-scan', '--skip-check-update'])
  })

  it('offline with a DB already in the cache dir (no Actions cache) runs with --skip-db-update --offline-scan --skip-check-update', async () => {
    const root = await mkdtemp(path.join(os.tmpdir(), 'trivy-db-'))
    await seedDb(path.join(root, 'cache'), 'local')
    const none: CacheBackend = { available: () => false, restore: async () => { throw new Error('not called') }, save: async () => { throw new Error('not called') } }
    const state = await prepareTrivyDb({ cacheDir: path.join(root, 'cache'), offline: true, useCache: true, logger: recordingLogger([]), backend: none, dbRepository: 'mirror.example/trivy-db:2' })
    expect(state.argsFor('image')).toEqual(['--db-repository', 'mirror.example/trivy-db:2', '--skip-db-update', '--offline-scan', '--skip-check-update'])
    expect(state.argsFor('config')).toEqual(['--skip-check-update'])
    await state.save()
    await rm(path.join(root, 'cache'), { recursive: true })
    await expect(prepareTrivyDb({ cacheDir: path.join(root, 'cache'), offline: true, useCache: false, logger: recordingLogger([]), backend: none })).rejects.toThrow(/Run the gate once with offline: false/)
    expect(await exists(path.join(root, 'cache'))).toBe(false)
  })
})
