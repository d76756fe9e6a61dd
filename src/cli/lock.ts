/**
 * `ai-secure-gates lock [--config FILE] [--workspace DIR] [models|data]`: writes or refreshes the hash
 * lock file(s) of the models and/or data gates from their configured paths (docs/gates/hash-lock.md).
 */
import { realpath } from 'node:fs/promises'
import path from 'node:path'
import { parseArgs } from 'node:util'
import { ConfigError, errorMessage } from '../engine/errors.js'
import { pathExists } from '../engine/paths.js'
import { DEFAULT_CONFIG_PATH, loadConfig } from '../config/load.js'
import { writeLock } from '../scanners/lock.js'
import { signatureBundleSkip } from '../scanners/signing/bundle-files.js'
import { shutdownHashPool } from '../scanners/hash.js'
import { writeErr, writeOut } from '../report/log.js'
import { DEFAULT_LOCKS as HELP_DEFAULT_LOCKS, LOCK_HELP as HELP } from './help.js'

export const LOCK_TARGETS = ['models', 'data'] as const
export type LockTarget = (typeof LOCK_TARGETS)[number]

export const DEFAULT_LOCKS: Record<LockTarget, string> = HELP_DEFAULT_LOCKS

export interface LockPlan {
  target: LockTarget
  lockPath: string
  /** True when the config names the lock file (otherwise the default is used and the gate may not verify it). */
  lockConfigured: boolean
  paths: string[]
  exclude: string[]
  /** models: bundle paths gates.models.signatures.models[].signature names (bundles are not locked). */
  signatureBundles?: string[]
}

function asRecord(v: unknown): Record<string, unknown> | null {
  return v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : null
}

function stringList(v: unknown, key: string, file: string): string[] | undefined {
  if (v === undefined || v === null) return undefined
  if (typeof v === 'string') return [v]
  if (Array.isArray(v) && v.every((x) => typeof x === 'string' && x.length > 0)) return v as string[]
  throw new ConfigError('CONFIG_INVALID', `${file}: ${key} must be a list of paths.`)
}

function lockPathOf(block: Record<string, unknown>, target: LockTarget, file: string): { lockPath: string; lockConfigured: boolean } {
  const v = block.lock
  if (v === undefined || v === null) return { lockPath: DEFAULT_LOCKS[target], lockConfigured: false }
  if (typeof v === 'string' && v.trim() !== '') return { lockPath: v, lockConfigured: true }
  const o = asRecord(v)
  if (o && typeof o.path === 'string') return { lockPath: o.path, lockConfigured: true }
  throw new ConfigError('CONFIG_INVALID', `${file}: gates.${target}.lock must be the path of the lock file (e.g. ${DEFAULT_LOCKS[target]}).`)
}

/** The bundle paths gates.models.signatures.models[].signature names (read leniently: the gate validates the block). */
function configuredBundles(block: Record<string, unknown>): string[] {
  const models = asRecord(block.signatures)?.models
  if (!Array.isArray(models)) return []
  return models.map((m) => asRecord(m)?.signature).filter((s): s is string => typeof s === 'string' && s.length > 0)
}

/**
 * What to lock for each target, read defensively from the gate blocks as plain records (the gates
 * own their schemas). `explicit` means the user named the target: it is planned even without a block.
 */
export function planLocks(gates: Record<string, unknown>, targets: LockTarget[], explicit: boolean, file: string): { plans: LockPlan[]; skipped: string[] } {
  const plans: LockPlan[] = []
  const skipped: string[] = []
  for (const target of targets) {
    const raw = gates[target]
    const block = asRecord(raw) ?? (raw === undefined && explicit ? {} : null)
    if (!block) {
      skipped.push(`${target}: no gates.${target} block in ${file}`)
      continue
    }
    if (block.enabled === false && !explicit) {
      skipped.push(`${target}: gates.${target}.enabled is false`)
      continue
    }
    const { lockPath, lockConfigured } = lockPathOf(block, target, file)
    const exclude = stringList(block.exclude, `gates.${target}.exclude`, file) ?? []
    let paths: string[]
    if (target === 'models') {
      paths = stringList(block.paths, 'gates.models.paths', file) ?? ['models']
    } else {
      const ds = block.datasets
      if (ds !== undefined && !Array.isArray(ds)) throw new ConfigError('CONFIG_INVALID', `${file}: gates.data.datasets must be a list of { path: ... }.`)
      paths = []
      for (const [i, d] of (ds ?? []).entries()) {
        const p = typeof d === 'string' ? d : asRecord(d)?.path
        if (typeof p !== 'string' || p.trim() === '') throw new ConfigError('CONFIG_INVALID', `${file}: gates.data.datasets[${i}].path must be the path of the dataset file or folder.`)
        paths.push(p)
      }
      if (paths.length === 0) {
        if (explicit) throw new ConfigError('CONFIG_INVALID', `${file}: gates.data.datasets is empty: list the datasets to lock (datasets: [{ path: data/train.csv }]).`)
        skipped.push('data: gates.data.datasets lists no dataset')
        continue
      }
    }
    const bundles = target === 'models' ? configuredBundles(block) : []
    plans.push({ target, lockPath, lockConfigured, paths, exclude, ...(bundles.length ? { signatureBundles: bundles } : {}) })
  }
  return { plans, skipped }
}


export async function main(argv: string[]): Promise<number> {
  let parsed
  try {
    parsed = parseArgs({
      args: argv,
      options: { config: { type: 'string' }, workspace: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
      allowPositionals: true,
      strict: true
    })
  } catch (e) {
    throw new ConfigError('CONFIG_INVALID', `${(e as { message?: string })?.message ?? String(e)}\n\n${HELP}`, { cause: e })
  }
  if (parsed.values.help) {
    writeOut(HELP)
    return 0
  }
  const pos = parsed.positionals
  if (pos.length > 1 || (pos.length === 1 && !LOCK_TARGETS.includes(pos[0] as LockTarget))) {
    throw new ConfigError('CONFIG_INVALID', `lock: expected "models", "data" or nothing, got "${pos.join(' ')}".\n\n${HELP}`)
  }
  const explicit = pos.length === 1
  const targets = explicit ? [pos[0] as LockTarget] : [...LOCK_TARGETS]

  const wsArg = path.resolve(parsed.values.workspace ?? process.cwd())
  let workspace: string
  try {
    workspace = await realpath(wsArg)
  } catch (e) {
    throw new ConfigError('CONFIG_NOT_FOUND', `workspace ${wsArg} does not exist or cannot be read: ${errorMessage(e)}`, { cause: e })
  }
  // Without a config file there is nothing to read: the named target gets its defaults. (The other
  // gates' defaults are not needed here, so they are not built.)
  let gates: Record<string, unknown> = {}
  let source: string | null = null
  if (parsed.values.config || (await pathExists(path.join(workspace, DEFAULT_CONFIG_PATH), { follow: false }))) {
    const loaded = await loadConfig(workspace, parsed.values.config)
    source = loaded.source
    gates = asRecord((loaded.config as unknown as Record<string, unknown>).gates) ?? {}
  }
  const file = source ?? `${DEFAULT_CONFIG_PATH} (not found)`
  const { plans, skipped } = planLocks(gates, targets, explicit, file)
  for (const s of skipped) writeOut(`skipped ${s}\n`)
  if (plans.length === 0) {
    writeErr(`ai-secure-gates lock: nothing to lock: configure gates.models and/or gates.data in ${source ?? '.github/ai-secure-gates.yml'}, or name the target (lock models).\n`)
    return 2
  }
  let code = 0
  try {
    for (const plan of plans) {
      try {
        // model signature bundles are evidence about the models, verified by the signatures check: not locked
        const skip = plan.target === 'models' ? signatureBundleSkip(workspace, plan.signatureBundles) : undefined
        const r = await writeLock({ workspace, lockPath: plan.lockPath, paths: plan.paths, exclude: plan.exclude, skip })
        const lfs = r.lfsPointers.length ? `; ${r.lfsPointers.length} Git LFS pointer(s) recorded by their oid: ${r.lfsPointers.join(', ')}` : ''
        const bundles = r.skipped.length ? `; ${r.skipped.length} signature bundle(s) left out: ${r.skipped.join(', ')}` : ''
        writeOut(`${plan.target}: wrote ${plan.lockPath} (${r.written} file${r.written === 1 ? '' : 's'} under ${plan.paths.join(', ')}${lfs}${bundles})\n`)
        // The models gate verifies models.lock.json by default when it exists; the data gate needs gates.data.lock.
        if (!plan.lockConfigured && plan.target === 'data') {
          writeOut(`${plan.target}: note: gates.${plan.target}.lock is not set; set it to ${plan.lockPath} so the gate verifies this lock.\n`)
        }
      } catch (e) {
        writeErr(`ai-secure-gates lock ${plan.target}: error: ${errorMessage(e)}\n`)
        code = 2
      }
    }
  } finally {
    await shutdownHashPool()
  }
  return code
}
