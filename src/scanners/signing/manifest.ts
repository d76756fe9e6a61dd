/**
 * The model side of a signature: which files (or shards) a model folder holds now, their digests
 * recomputed with our hashing engine (scanners/hash.ts: streamed, bounded memory, workers), and the
 * comparison with the signed manifest.
 *
 * Walking follows model_signing: every regular file under the folder, except ignored paths (a path
 * is ignored when it equals an ignored path or lies under it). Symbolic links are never followed:
 * one inside the model is reported, and the model is not verified.
 */
import { lstat, opendir } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { digestFile, HashError } from '../hash.js'
import { HASH_TYPES, type ManifestItem, type Serialization } from './statement.js'

/** The git paths model_signing ignores by default (its --ignore-git-paths). */
export const GIT_PATHS = ['.git', '.gitattributes', '.github', '.gitignore']
/** Most files one model may hold. */
export const MAX_MODEL_FILES = 200_000

export interface LocalFile {
  /** POSIX path relative to the model root ("." for a single-file model). */
  rel: string
  abs: string
  size: number
}

export interface WalkResult {
  files: LocalFile[]
  symlinks: string[]
  /** Special files (FIFOs, sockets, devices): never hashed. */
  special: string[]
  truncated: boolean
}

const toPosix = (p: string): string => p.split(path.sep).join('/')

/** True when `rel` is one of `ignored` or lies under one (component-wise, as pathlib's is_relative_to). */
function isIgnored(rel: string, ignored: string[]): boolean {
  for (const raw of ignored) {
    const ig = path.posix.normalize(raw.replace(/\\/g, '/')).replace(/\/+$/, '')
    if (ig === '.' || ig === '') continue
    if (rel === ig || rel.startsWith(ig + '/')) return true
  }
  return false
}

/** Lists the model's files (lstat only: nothing is followed). */
export async function walkModel(root: string, ignored: string[], limit = MAX_MODEL_FILES): Promise<WalkResult> {
  const out: WalkResult = { files: [], symlinks: [], special: [], truncated: false }
  const st = await lstat(root)
  if (st.isSymbolicLink()) {
    out.symlinks.push('.')
    return out
  }
  if (st.isFile()) {
    out.files.push({ rel: '.', abs: root, size: st.size })
    return out
  }
  if (!st.isDirectory()) {
    out.special.push('.')
    return out
  }
  const stack = ['']
  while (stack.length) {
    const dirRel = stack.pop()!
    const dir = await opendir(path.join(root, dirRel))
    for await (const e of dir) {
      const rel = dirRel ? `${dirRel}/${e.name}` : e.name
      if (isIgnored(rel, ignored)) continue
      if (e.isSymbolicLink()) out.symlinks.push(rel)
      else if (e.isDirectory()) stack.push(rel)
      else if (e.isFile()) {
        if (out.files.length >= limit) {
          out.truncated = true
          continue
        }
        const abs = path.join(root, ...rel.split('/'))
        out.files.push({ rel, abs, size: (await lstat(abs)).size })
      } else out.special.push(rel)
    }
  }
  out.files.sort((a, b) => comparePaths(a.rel, b.rel))
  return out
}

/** Python's PurePosixPath ordering: component by component (model_signing sorts resources so). */
export function comparePaths(a: string, b: string): number {
  const pa = a.split('/')
  const pb = b.split('/')
  for (let i = 0; i < Math.min(pa.length, pb.length); i++) {
    if (pa[i] !== pb[i]) return pa[i] < pb[i] ? -1 : 1
  }
  return pa.length - pb.length
}

/** The algorithm name a resource records for this serialization. */
function recordedAlgorithm(s: Serialization): string {
  const base = s.hashType === 'sha256' ? 'sha256' : s.hashType === 'blake3' ? 'blake3' : 'blake2b'
  return s.method === 'shards' && s.hashType !== 'blake3' ? `${base}-sharded-${s.shardSize}` : base
}

/** The resources (names and byte ranges) that the files make under a serialization, before hashing. */
export function plannedItems(files: LocalFile[], s: Serialization): Omit<ManifestItem, 'digest'>[] {
  const algorithm = recordedAlgorithm(s)
  const items: Omit<ManifestItem, 'digest'>[] = []
  for (const f of files) {
    if (s.method === 'files' || s.hashType === 'blake3') {
      items.push({ name: f.rel, path: f.rel, start: null, end: null, algorithm })
      continue
    }
    // model_signing: an empty file has no shard; the last shard ends at the file's end.
    for (let start = 0; start < f.size; start += s.shardSize!) {
      const end = Math.min(start + s.shardSize!, f.size)
      items.push({ name: `${f.rel}:${start}:${end}`, path: f.rel, start, end, algorithm })
    }
  }
  return items
}

export interface HashedItem extends ManifestItem {
  error?: string
}

/** Hashes every planned item, `concurrency` at a time (default one per core). */
export async function hashItems(
  root: string,
  items: Omit<ManifestItem, 'digest'>[],
  s: Serialization,
  opts: { signal?: AbortSignal; concurrency?: number; onItem?: (bytes: number) => void } = {}
): Promise<HashedItem[]> {
  const algorithm = HASH_TYPES[s.hashType]
  const out: HashedItem[] = new Array(items.length)
  let next = 0
  const lane = async (): Promise<void> => {
    while (next < items.length) {
      if (opts.signal?.aborted) return
      const i = next++
      const it = items[i]
      const abs = it.path === '.' ? root : path.join(root, ...it.path.split('/'))
      try {
        const d = await digestFile(abs, { algorithm, start: it.start ?? 0, end: it.end ?? undefined, signal: opts.signal })
        out[i] = { ...it, digest: d.digest }
        opts.onItem?.(d.size)
      } catch (e) {
        out[i] = { ...it, digest: '', error: e instanceof HashError ? e.message.replace(abs, it.path) : (e as Error).message }
      }
    }
  }
  await Promise.all(Array.from({ length: Math.max(1, Math.min(opts.concurrency ?? os.availableParallelism(), items.length)) }, lane))
  return out
}

export interface ManifestDiff {
  missing: { name: string; signed: string }[]
  extra: { name: string; actual: string }[]
  changed: { name: string; signed: string; actual: string; algorithm: string }[]
  algorithm: { name: string; signed: string; expected: string }[]
  unreadable: { name: string; error: string }[]
  matched: number
}

/** Compares the signed items with what is on disk (by name; every digest must be equal). */
export function compareManifests(signed: ManifestItem[], local: HashedItem[]): ManifestDiff {
  const diff: ManifestDiff = { missing: [], extra: [], changed: [], algorithm: [], unreadable: [], matched: 0 }
  const byName = new Map(local.map((l) => [l.name, l]))
  for (const s of signed) {
    const l = byName.get(s.name)
    if (!l) {
      diff.missing.push({ name: s.name, signed: s.digest })
      continue
    }
    byName.delete(s.name)
    if (l.error) diff.unreadable.push({ name: s.name, error: l.error })
    else if (s.algorithm !== l.algorithm) diff.algorithm.push({ name: s.name, signed: s.algorithm, expected: l.algorithm })
    else if (s.digest !== l.digest) diff.changed.push({ name: s.name, signed: s.digest, actual: l.digest, algorithm: s.algorithm })
    else diff.matched++
  }
  for (const l of byName.values()) diff.extra.push({ name: l.name, actual: l.error ? `(unreadable: ${l.error})` : l.digest })
  return diff
}

export { toPosix }
