/**
 * The trivy vulnerability DB (and the misconfiguration checks bundle) across runs.
 *
 * - Cached with @actions/cache under a daily key, `ai-secure-gates-trivy-db-<os>-<repo>-<YYYY-MM-DD>`;
 *   a miss on today's key restores the newest older one (restore key = the prefix), so at most
 *   one download a day per repository, which keeps clear of ghcr.io's rate limits.
 * - `db-repository` (and `checks-bundle-repository`) point trivy at a mirror, e.g.
 *   public.ecr.aws/aquasecurity/trivy-db:2; the mirror is part of the cache key.
 * - Offline mode uses the cache only: trivy gets --skip-db-update/--skip-check-update/--offline-scan,
 *   and no cached DB is an error (never a scan against nothing).
 */
import { readdir } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { ToolError, errorMessage } from '../engine/errors.js'
import type { Logger } from '../engine/logger.js'
import { pathExists } from '../engine/paths.js'

/** The part of @actions/cache this module uses (a directory-backed double in tests). */
export interface CacheBackend {
  available(): boolean
  /** Returns the key restored (the primary or a restore-key match), or undefined. */
  restore(paths: string[], primaryKey: string, restoreKeys: string[]): Promise<string | undefined>
  save(paths: string[], key: string): Promise<void>
}

/** @actions/cache (with the Azure SDK under it) loads only when a cache is restored or saved. */
let cacheLib: Promise<typeof import('@actions/cache')> | null = null
const loadCache = () => (cacheLib ??= import('@actions/cache'))

export const actionsCacheBackend: CacheBackend = {
  // The runner sets one of these when the cache service exists; @actions/cache's own check runs before each use.
  available: () => Boolean(process.env.ACTIONS_CACHE_URL || process.env.ACTIONS_RESULTS_URL),
  restore: async (paths, key, restoreKeys) => {
    const cache = await loadCache()
    return cache.isFeatureAvailable() ? cache.restoreCache(paths, key, restoreKeys) : undefined
  },
  save: async (paths, key) => {
    const cache = await loadCache()
    if (cache.isFeatureAvailable()) await cache.saveCache(paths, key)
  }
}

export type TrivyCommand = 'image' | 'fs' | 'repo' | 'config'

export interface TrivyDbOptions {
  /** trivy --cache-dir (holds db/, java-db/, policy/). */
  cacheDir: string
  dbRepository?: string
  checksBundleRepository?: string
  offline: boolean
  /**
   * Whether any target runs the vulnerability scanner (default true). Misconfiguration and secret
   * scans use the checks embedded in the binary and no DB, so offline mode needs no cached DB for them.
   */
  needsDb?: boolean
  /** Use @actions/cache (default true; no-op outside a runner). */
  useCache: boolean
  logger: Logger
  backend?: CacheBackend
  /** YYYY-MM-DD (UTC); injected by tests. */
  today?: string
}

export interface TrivyDbState {
  primaryKey: string
  restoredKey: string | null
  /** True when a vulnerability DB is present in cacheDir (after restore). */
  dbPresent: boolean
  /** Extra trivy arguments for a command. */
  argsFor(command: TrivyCommand): string[]
  /** Saves the DB under today's key when it was not restored from it (call after a successful scan). */
  save(): Promise<void>
}

export function defaultTrivyCacheDir(): string {
  return process.env.TRIVY_CACHE_DIR || path.join(os.homedir(), '.cache', 'trivy')
}

function slug(s: string): string {
  return s.replace(/[^A-Za-z0-9._-]+/g, '_').slice(0, 80)
}

export function trivyDbKeys(opts: Pick<TrivyDbOptions, 'dbRepository' | 'today'>): { prefix: string; primary: string } {
  const today = opts.today ?? new Date().toISOString().slice(0, 10)
  const prefix = `ai-secure-gates-trivy-db-${process.platform}-${slug(opts.dbRepository ?? 'default')}-`
  return { prefix, primary: prefix + today }
}

async function hasFiles(dir: string): Promise<boolean> {
  try {
    return (await readdir(dir)).length > 0
  } catch {
    return false
  }
}


const CACHED_SUBDIRS = ['db', 'java-db', 'policy']

export async function prepareTrivyDb(opts: TrivyDbOptions): Promise<TrivyDbState> {
  const backend = opts.backend ?? actionsCacheBackend
  const { prefix, primary } = trivyDbKeys(opts)
  const paths = CACHED_SUBDIRS.map((d) => path.join(opts.cacheDir, d))
  let restoredKey: string | null = null
  const cacheOn = opts.useCache && backend.available()
  if (cacheOn) {
    try {
      restoredKey = (await backend.restore(paths, primary, [prefix])) ?? null
      opts.logger.info(restoredKey ? `trivy DB restored from cache key ${restoredKey}` : `no cached trivy DB for ${prefix}*; trivy will download it`)
    } catch (e) {
      opts.logger.warning(`restoring the trivy DB cache failed (${errorMessage(e)}); trivy will download the DB`)
    }
  } else if (opts.useCache) {
    opts.logger.debug('the GitHub Actions cache service is not available; the trivy DB is kept in ' + opts.cacheDir + ' only')
  }
  const dbPresent = await pathExists(path.join(opts.cacheDir, 'db', 'metadata.json'))
  if (opts.offline && !dbPresent && opts.needsDb !== false) {
    throw new ToolError(
      'TOOL_FAILED',
      `offline mode: no trivy vulnerability DB in the cache (${cacheOn ? `no Actions cache entry matches ${prefix}*` : 'the Actions cache service is not available'}, and ${path.join(opts.cacheDir, 'db')} is empty). ` +
        'Run the gate once with offline: false (or pre-seed the cache, e.g. `oras pull ghcr.io/aquasecurity/trivy-db:2`) before using offline mode.'
    )
  }
  const argsFor = (command: TrivyCommand): string[] => {
    const args: string[] = []
    if (command !== 'config') {
      if (opts.dbRepository) args.push('--db-repository', opts.dbRepository)
      if (opts.offline) args.push('--skip-db-update', '--offline-scan')
    }
    if (opts.checksBundleRepository) args.push('--checks-bundle-repository', opts.checksBundleRepository)
    if (opts.offline) args.push('--skip-check-update')
    return args
  }
  const save = async (): Promise<void> => {
    if (!cacheOn || restoredKey === primary) return
    const present: string[] = []
    for (const p of paths) if (await hasFiles(p)) present.push(p)
    if (!present.some((p) => p.endsWith(`${path.sep}db`))) return
    try {
      await backend.save(present, primary)
      opts.logger.info(`trivy DB saved to cache key ${primary}`)
    } catch (e) {
      // Another job of the same day saving first is normal (the key is taken).
      opts.logger.info(`trivy DB not saved to cache key ${primary}: ${errorMessage(e)}`)
    }
  }
  return { primaryKey: primary, restoredKey, dbPresent, argsFor, save }
}
