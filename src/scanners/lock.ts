/**
 * The hash lock shared by the models and data gates: a file listing path -> sha256 and size for
 * every file under the gate's paths, written by `ai-secure-gates lock models|data` and verified on
 * every run. See docs/gates/hash-lock.md.
 *
 * Formats read (detected by content): our JSON (below), and sha256sum-style manifests
 * (`<hex>  path`, `<hex> *path`, GNU `\`-escaped lines, and the BSD/--tag form `SHA256 (path) = <hex>`).
 */
import { lstat, mkdir, open, readFile, rename, rm, writeFile } from 'node:fs/promises'
import { constants as fsc } from 'node:fs'
import path from 'node:path'
import { hash, randomBytes } from 'node:crypto'
import picomatch from 'picomatch'
import { z } from 'zod'
import { ConfigError, GatesError, errorMessage } from '../engine/errors.js'
import { realInside, resolveInside, walkFiles, type WalkResult } from '../engine/paths.js'
import type { Check, FindingInput } from '../engine/types.js'
import { hashFilesSettled, HashError, type FileDigest } from './hash.js'
import { readSmallFileSync, yieldEvery } from './read-small.js'
import { LFS_POINTER_MAX_SIZE, parseLfsPointer } from './lfs.js'

export interface LockEntry {
  sha256: string
  /** Bytes. -1 when the lock does not record it (sha256sum manifests carry no sizes). */
  size: number
}

export interface LockFile {
  version: 1
  algorithm: 'sha256'
  /** Workspace-relative paths (forward slashes), sorted. */
  files: Record<string, LockEntry>
}

/** Lock files larger than this are refused (a lock of a million files is ~100 MB of JSON). */
const MAX_LOCK_BYTES = 256 * 1024 * 1024
const HEX64 = /^[0-9a-fA-F]{64}$/
const MANIFEST_NAME = /(^|\/)SHA256SUMS$|\.sha256(sum)?$|\.sha256sums$/i

const lockSchema = z.strictObject({
  version: z.literal(1, { error: 'version must be 1' }),
  algorithm: z.literal('sha256', { error: 'algorithm must be "sha256"' }),
  files: z.record(
    z.string().min(1),
    z.strictObject({
      sha256: z.string().regex(HEX64, 'sha256 must be 64 hexadecimal digits'),
      size: z.number().int().min(0, 'size must be a whole number of bytes')
    })
  )
})

// ---------------------------------------------------------------------------------------------
// Reading

function lineOf(text: string, index: number): number {
  let line = 1
  for (let i = 0; i < index && i < text.length; i++) if (text.charCodeAt(i) === 10) line++
  return line
}

/** A line number, or a function computing it: JSON locks find an entry's line only when reporting an error about it. */
type LineRef = number | null | (() => number | null)

function bad(file: string, lineRef: LineRef, msg: string): ConfigError {
  const line = typeof lineRef === 'function' ? lineRef() : lineRef
  return new ConfigError('CONFIG_INVALID', `${file}${line ? `:${line}` : ''}: ${msg}`)
}

/**
 * Normalises a path from a lock (relative to `baseDir`, itself workspace-relative) to a
 * workspace-relative posix path, refusing absolute paths and paths that leave the workspace.
 */
/** A `.` or `..` path segment. */
const DOT_SEGMENT = /(^|\/)\.\.?(\/|$)/

function normaliseEntryPath(raw: string, baseDir: string, file: string, line: LineRef): string {
  // Paths are POSIX: a backslash is part of the name (as on Linux), never a separator.
  const p = raw
  if (p.startsWith('/') || /^[A-Za-z]:[\\/]/.test(p)) throw bad(file, line, `"${raw}" is an absolute path; lock paths are relative to ${baseDir ? `the lock's folder (${baseDir})` : 'the workspace'}.`)
  // already normal (no empty, `.` or `..` segment, no trailing slash) and workspace-relative: itself
  if (!baseDir && p !== '' && !p.endsWith('/') && !p.includes('//') && !DOT_SEGMENT.test(p)) return p
  const joined = path.posix.normalize(path.posix.join(baseDir || '.', p))
  if (joined === '..' || joined.startsWith('../')) throw bad(file, line, `"${raw}" is outside the workspace; lock paths must stay inside the repository.`)
  if (joined === '.' || joined === '') throw bad(file, line, `"${raw}" is not a file path.`)
  return joined.replace(/\/+$/, '')
}

function sortedFiles(entries: Iterable<[string, LockEntry]>): Record<string, LockEntry> {
  const arr = [...entries]
  // a lock our writer made is sorted already: checked in one pass
  let sorted = true
  for (let i = 1; i < arr.length && sorted; i++) sorted = arr[i - 1][0] < arr[i][0]
  if (!sorted) arr.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
  return Object.fromEntries(arr)
}

const own = (o: object, k: string): boolean => Object.prototype.hasOwnProperty.call(o, k)
const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v)

/**
 * True only for what lockSchema accepts unchanged: exactly version 1, algorithm "sha256" and files,
 * each entry exactly a 64-hex sha256 and a whole, non-negative, safe-integer size. Anything else
 * (including an entry named __proto__, which the schema drops) is left to the schema.
 */
function isPlainValidLock(data: unknown): data is z.infer<typeof lockSchema> {
  if (!isRecord(data) || Object.keys(data).length !== 3 || data.version !== 1 || data.algorithm !== 'sha256' || !own(data, 'version') || !own(data, 'algorithm') || !isRecord(data.files) || !own(data, 'files')) return false
  const files = data.files
  for (const k in files) {
    if (!own(files, k)) return false
    const v = files[k]
    if (k === '' || k === '__proto__' || !isRecord(v) || Object.keys(v).length !== 2 || !own(v, 'sha256') || !own(v, 'size')) return false
    if (typeof v.sha256 !== 'string' || !HEX64.test(v.sha256) || typeof v.size !== 'number' || !Number.isSafeInteger(v.size) || v.size < 0) return false
  }
  return Object.getOwnPropertySymbols(files).length === 0
}

function parseJsonLock(text: string, file: string, baseDir: string): LockFile {
  let data: unknown
  try {
    data = JSON.parse(text)
  } catch (e) {
    const pos = /position (\d+)/.exec(errorMessage(e))
    throw bad(file, pos ? lineOf(text, Number(pos[1])) : null, `not valid JSON (${errorMessage(e)}). Regenerate it with \`npx ai-secure-gates lock\`.`)
  }
  // A lock our writer made passes the plain check below, which costs a fraction of the schema's on
  // tens of thousands of entries; anything else goes through the schema, which names the problem.
  const r = isPlainValidLock(data) ? { success: true as const, data } : lockSchema.safeParse(data)
  if (!r.success) {
    const issue = r.error.issues[0]
    const key = issue.path.length >= 2 && issue.path[0] === 'files' ? String(issue.path[1]) : issue.path.length ? String(issue.path[0]) : null
    const idx = key ? text.indexOf(JSON.stringify(key)) : -1
    const where = issue.path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`)).join('') || '(top level)'
    throw bad(file, idx >= 0 ? lineOf(text, idx) : null, `${where.replace(/^\./, '')}: ${issue.message}. Expected {"version": 1, "algorithm": "sha256", "files": {"<path>": {"sha256": "<64 hex>", "size": <bytes>}}}.`)
  }
  // One pass over the entries; an entry's line is looked up only for an error message about it.
  const seen = new Map<string, LockEntry>()
  let k = ''
  const line = () => {
    const idx = text.indexOf(JSON.stringify(k))
    return idx >= 0 ? lineOf(text, idx) : null
  }
  for (const [key, v] of Object.entries(r.data.files)) {
    k = key
    const rel = normaliseEntryPath(k, baseDir, file, line)
    if (seen.has(rel)) throw bad(file, line, `"${k}" names the same file as another entry (${rel}).`)
    seen.set(rel, { sha256: v.sha256.toLowerCase(), size: v.size })
  }
  return { version: 1, algorithm: 'sha256', files: sortedFiles(seen) }
}

// `s`: a path may hold U+2028/U+2029, which `.` would not match.
const GNU_LINE = /^([0-9a-fA-F]+) ([ *])(.+)$/s
const BSD_LINE = /^(?:SHA256|SHA2-256) ?\((.+)\) ?= ?([0-9a-fA-F]+)$/s
const OTHER_TAG = /^(MD5|SHA1|SHA224|SHA384|SHA512|SHA3-\d+|BLAKE2\w*|SHA2-\d+) ?\(/i

function unescapeGnu(s: string, file: string, line: number): string {
  return s.replace(/\\(.)/g, (_m, c: string) => {
    if (c === '\\') return '\\'
    if (c === 'n') return '\n'
    if (c === 'r') return '\r'
    throw bad(file, line, `unknown escape "\\${c}" in an escaped sha256sum line.`)
  })
}

function digestHint(hex: string): string {
  const names: Record<number, string> = { 32: 'MD5', 40: 'SHA-1', 56: 'SHA-224', 96: 'SHA-384', 128: 'SHA-512' }
  const n = names[hex.length]
  return n ? ` (${hex.length} hex digits looks like ${n}; only SHA-256 is accepted: use sha256sum)` : ''
}

function parseManifest(text: string, file: string, baseDir: string): LockFile {
  const files = new Map<string, LockEntry>()
  const lines = text.split('\n')
  for (let i = 0; i < lines.length; i++) {
    const lineNo = i + 1
    let line = lines[i].replace(/\r$/, '')
    if (line.trim() === '' || line.startsWith('#')) continue
    let escaped = false
    if (line.startsWith('\\')) {
      escaped = true
      line = line.slice(1)
    }
    let hex: string
    let p: string
    const g = GNU_LINE.exec(line)
    const b = g ? null : BSD_LINE.exec(line)
    if (g) {
      hex = g[1]
      p = g[3]
    } else if (b) {
      p = b[1]
      hex = b[2]
    } else {
      const other = OTHER_TAG.exec(line)
      if (other) throw bad(file, lineNo, `a ${other[1].toUpperCase()} line; only SHA-256 is accepted (use sha256sum or sha256sum --tag).`)
      throw bad(file, lineNo, `not a sha256sum line: expected "<64 hex>  path", "<64 hex> *path" or "SHA256 (path) = <64 hex>".`)
    }
    if (!HEX64.test(hex)) throw bad(file, lineNo, `the digest has ${hex.length} hex digits, not 64${digestHint(hex)}.`)
    if (escaped) p = unescapeGnu(p, file, lineNo)
    const rel = normaliseEntryPath(p, baseDir, file, lineNo)
    const entry = { sha256: hex.toLowerCase(), size: -1 }
    const prev = files.get(rel)
    if (prev && prev.sha256 !== entry.sha256) throw bad(file, lineNo, `${rel} is listed twice with different digests.`)
    files.set(rel, entry)
  }
  if (files.size === 0) throw bad(file, null, 'no entries. Regenerate it with `npx ai-secure-gates lock`.')
  return { version: 1, algorithm: 'sha256', files: sortedFiles(files) }
}

/** Which format a lock's text is in: JSON starts with `{`, anything else is read as a manifest. */
export function lockFormatOf(text: string): 'json' | 'manifest' {
  return text.replace(/^\uFEFF/, '').trimStart().startsWith('{') ? 'json' : 'manifest'
}

/**
 * Parses lock text. `file` names it in errors; `baseDir` (workspace-relative) is the folder
 * manifest paths are relative to (JSON lock paths are always workspace-relative).
 */
export function parseLockText(text: string, file: string, baseDir = ''): LockFile {
  const t = text.replace(/^\uFEFF/, '')
  if (t.trim() === '') throw bad(file, null, 'the lock file is empty. Regenerate it with `npx ai-secure-gates lock`.')
  if (t.includes('\0')) throw bad(file, null, 'the lock file is binary, not a JSON lock or a sha256sum manifest.')
  return lockFormatOf(t) === 'json' ? parseJsonLock(t, file, '') : parseManifest(t, file, baseDir)
}

function cleanRel(p: string): string {
  return path.posix.normalize(p.replace(/\\/g, '/')).replace(/^\.\//, '')
}

/** Reads a lock file (our JSON or a sha256sum manifest). Throws ConfigError naming the file and line. */
export async function readLock(workspace: string, lockPath: string): Promise<LockFile> {
  const rel = cleanRel(lockPath)
  const abs = resolveInside(workspace, rel, 'lock')
  let st
  try {
    st = await lstat(abs)
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code
    if (code === 'ENOENT' || code === 'ENOTDIR') throw new ConfigError('CONFIG_NOT_FOUND', `Lock file ${rel} not found. Create it with \`npx ai-secure-gates lock\`.`, { cause: e })
    throw new ConfigError('CONFIG_UNREADABLE', `Lock file ${rel} could not be read: ${errorMessage(e)}`, { cause: e })
  }
  if (st.isSymbolicLink()) throw new ConfigError('OUTSIDE_WORKSPACE', `Lock file ${rel} is a symlink; it was not followed. Commit the lock file itself.`)
  if (!st.isFile()) throw new ConfigError('CONFIG_INVALID', `Lock file ${rel} is not a regular file.`)
  if (st.size > MAX_LOCK_BYTES) throw new ConfigError('CONFIG_INVALID', `Lock file ${rel} is ${st.size} bytes, over the ${MAX_LOCK_BYTES} byte limit.`)
  await realInside(workspace, rel, 'lock')
  let text: string
  try {
    const fh = await open(abs, fsc.O_RDONLY | (fsc.O_NOFOLLOW ?? 0))
    try {
      text = await fh.readFile('utf8')
    } finally {
      await fh.close()
    }
  } catch (e) {
    throw new ConfigError('CONFIG_UNREADABLE', `Lock file ${rel} could not be read: ${errorMessage(e)}`, { cause: e })
  }
  const dir = path.posix.dirname(rel)
  return parseLockText(text, rel, dir === '.' ? '' : dir)
}

/**
 * Files a lock does not cover, with why (the models gate's signature bundles: see
 * scanners/signing/bundle-files.ts): given the files walked and the listed paths not found among
 * them, returns those to leave out. The writer does not record them; the verifier neither reports
 * them unlisted, changed nor missing (an `info` hash-lock check says why).
 */
export interface LockSkip {
  select(present: readonly string[], listedMissing: readonly string[]): Promise<Set<string>>
  /** Said in the check of each file left out. */
  reason: string
}

// ---------------------------------------------------------------------------------------------
// Shared walking and hashing

function relMessage(workspace: string, e: unknown): string {
  const msg = errorMessage(e)
  const prefix = workspace.endsWith(path.sep) ? workspace : workspace + path.sep
  return msg.split(prefix).join('')
}

/**
 * What the lock needs of one file: its digest, and its LFS pointer when it is one. A caller that
 * already read a file whole (the models gate reads each model once for its scanner) passes these
 * in (`known`), so the file is not read a second time.
 */
export interface FileFacts {
  digest: FileDigest
  pointer: { oid: string; size: number } | null
}

/** The facts of a file's whole content. */
export function factsOf(data: Buffer): FileFacts {
  // one-shot: no Hash object per file (thousands of small files)
  const sha256 = hash('sha256', data, 'hex')
  let pointer = null
  if (data.length < LFS_POINTER_MAX_SIZE) {
    try {
      pointer = parseLfsPointer(data)
    } catch {
      pointer = null
    }
  }
  return { digest: { sha256, size: data.length }, pointer }
}

interface Scanned {
  rel: string
  digest: FileDigest | HashError
  pointer: { oid: string; size: number } | null
}

/** Options of the shared walk-and-hash step. */
interface ScanOptions {
  signal?: AbortSignal
  /** Facts of files already read whole by the caller (workspace-relative path -> facts). */
  known?: ReadonlyMap<string, FileFacts>
  /**
   * The caller's walk of the same paths with the same excludes (without the lock's own exclusion):
   * used instead of walking again when it provably lists the same files (see reuseWalk).
   */
  walk?: WalkResult
}

/**
 * The caller's walk, minus the lock file, when that is exactly what walking with the lock excluded
 * would give: the lock path is literal (no glob syntax, so excluding it removes that one path and
 * what is under it), nothing walked lies under it, and the walk was not cut short. Else null.
 */
function reuseWalk(walk: WalkResult | undefined, lockRel: string): WalkResult | null {
  if (!walk || walk.truncated || /[*?[\]{}()!+@\\"|]/.test(lockRel)) return null
  const under = `${lockRel}/`
  if (walk.files.some((f) => f.startsWith(under)) || walk.symlinks.some((f) => f.startsWith(under))) return null
  return { ...walk, files: walk.files.filter((f) => f !== lockRel) }
}

async function scan(workspace: string, paths: string[], exclude: string[], lockRel: string, opts: ScanOptions = {}) {
  const { signal, known } = opts
  for (const p of paths) {
    resolveInside(workspace, p, 'path')
    // walkFiles lstat()s each path it starts from, which follows symlinked folders *above* it
    // (paths: [link/sub] with link -> /etc): check the start folder really is inside.
    const base = picomatch.scan(p.replace(/\\/g, '/')).base || '.'
    let exists = true
    try {
      await lstat(path.join(workspace, base))
    } catch {
      exists = false
    }
    if (exists) await realInside(workspace, path.posix.dirname(base.replace(/\/+$/, '')) || '.', 'path')
  }
  const walk = reuseWalk(opts.walk, lockRel) ?? (await walkFiles(workspace, { include: paths, exclude: [...exclude, lockRel] }))
  const absOf = (rel: string) => path.join(workspace, ...rel.split('/'))
  // Small files: one synchronous read each, hashed and checked for an LFS pointer from the same
  // bytes (hash.ts readSmallFileSync); larger or unreadable ones go through hashFilesSettled,
  // which hashes large files on the worker pool and names each error.
  const quick = new Array<FileFacts | null>(walk.files.length)
  const pause = yieldEvery(256)
  for (let i = 0; i < walk.files.length; i++) {
    if (signal?.aborted) break
    let facts = known?.get(walk.files[i])
    if (!facts) {
      const data = readSmallFileSync(absOf(walk.files[i]))
      facts = data ? factsOf(data) : undefined
      await pause()
    }
    quick[i] = facts ?? null
  }
  if (signal?.aborted) throw new HashError(workspace, 'ABORT', 'hashing was cancelled')
  const slow = walk.files.filter((_, i) => !quick[i]).map(absOf)
  const digests = slow.length ? await hashFilesSettled(slow, { signal }) : new Map<string, FileDigest | HashError>()
  const out: Scanned[] = walk.files.map((rel, i) => {
    const q = quick[i]
    return q ? { rel, digest: q.digest, pointer: q.pointer } : { rel, digest: digests.get(absOf(rel))!, pointer: null }
  })
  return { files: out, symlinks: walk.symlinks.filter((s) => s !== lockRel), unreadable: walk.unreadable ?? [], truncated: walk.truncated }
}

// ---------------------------------------------------------------------------------------------
// Writing

function escapeManifestPath(p: string): { escaped: boolean; text: string } {
  if (!/[\\\n\r]/.test(p)) return { escaped: false, text: p }
  return { escaped: true, text: p.replace(/\\/g, '\\\\').replace(/\n/g, '\\n').replace(/\r/g, '\\r') }
}

/** Serialises a lock as our JSON: sorted keys, two-space indent, final newline. Same input, same bytes. */
export function formatJsonLock(lock: LockFile): string {
  const files = sortedFiles(Object.entries(lock.files).map(([k, v]) => [k, { sha256: v.sha256, size: v.size }]))
  return JSON.stringify({ version: 1, algorithm: 'sha256', files }, null, 2) + '\n'
}

/** Serialises a lock as a sha256sum manifest with paths relative to `baseDir` (the manifest's folder). */
export function formatManifest(lock: LockFile, baseDir = ''): string {
  const lines: string[] = []
  for (const [rel, e] of Object.entries(sortedFiles(Object.entries(lock.files)))) {
    const p = baseDir ? path.posix.relative(baseDir, rel) : rel
    const { escaped, text } = escapeManifestPath(p)
    lines.push(`${escaped ? '\\' : ''}${e.sha256}  ${text}`)
  }
  return lines.join('\n') + '\n'
}

/**
 * Hashes every file under `paths` (minus `exclude` and the lock itself) and writes the lock at
 * `lockPath`: our JSON, or a sha256sum manifest when the existing file is one (or the name is
 * SHA256SUMS / *.sha256). A Git LFS pointer is recorded with its oid and size (the content's digest).
 * Refuses symlinks under the paths and an empty file set. Writes atomically (temp file + rename).
 */
export async function writeLock(opts: {
  workspace: string
  lockPath: string
  paths: string[]
  exclude?: string[]
  signal?: AbortSignal
  /** Files not to record (see LockSkip). */
  skip?: LockSkip
}): Promise<{ written: number; lock: LockFile; lfsPointers: string[]; format: 'json' | 'manifest'; skipped: string[] }> {
  const { workspace } = opts
  const lockRel = cleanRel(opts.lockPath)
  const abs = resolveInside(workspace, lockRel, 'lock')
  const dirRel = path.posix.dirname(lockRel) === '.' ? '' : path.posix.dirname(lockRel)

  // The lock's folder (or its nearest existing ancestor) must really be inside the workspace before
  // anything is read or created there: a committed symlinked folder must not redirect the write.
  let probe = dirRel
  for (;;) {
    try {
      await lstat(path.join(workspace, probe || '.'))
      break
    } catch {
      probe = path.posix.dirname(probe) === '.' ? '' : path.posix.dirname(probe)
      if (!probe) break
    }
  }
  await realInside(workspace, probe || '.', 'lock folder')

  let format: 'json' | 'manifest' = MANIFEST_NAME.test(lockRel) ? 'manifest' : 'json'
  try {
    const st = await lstat(abs)
    if (st.isSymbolicLink()) throw new GatesError('OUTSIDE_WORKSPACE', `Lock file ${lockRel} is a symlink; refusing to write through it. Remove the link first.`)
    if (!st.isFile()) throw new GatesError('INPUT', `Lock file ${lockRel} exists and is not a regular file.`)
    if (st.size > 0 && st.size <= MAX_LOCK_BYTES) format = lockFormatOf((await readFile(abs, 'utf8')).slice(0, 4096))
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e
  }

  const scanned = await scan(workspace, opts.paths, opts.exclude ?? [], lockRel, { signal: opts.signal })
  if (scanned.symlinks.length > 0) {
    throw new GatesError('INPUT', `symlinks under ${opts.paths.join(', ')} are not followed and cannot be locked: ${scanned.symlinks.join(', ')}. Replace each with the file it points to, or exclude it.`)
  }
  if (scanned.unreadable.length > 0) {
    throw new GatesError('INPUT', `names under ${opts.paths.join(', ')} that are not valid UTF-8 cannot be recorded in a lock: ${scanned.unreadable.join(', ')}. Rename each (UTF-8), or exclude it.`)
  }
  if (scanned.truncated) throw new GatesError('INPUT', `too many files under ${opts.paths.join(', ')}; narrow the paths or add excludes.`)
  const skip = opts.skip ? await opts.skip.select(scanned.files.map((f) => f.rel), []) : new Set<string>()
  const kept = scanned.files.filter((f) => !skip.has(f.rel))
  if (kept.length === 0) throw new GatesError('INPUT', `no files found under ${opts.paths.join(', ')}${skip.size ? ` besides ${skip.size} left out (${opts.skip!.reason})` : ''}; check the configured paths.`)

  const entries: Array<[string, LockEntry]> = []
  const lfsPointers: string[] = []
  for (const f of kept) {
    if (f.digest instanceof HashError) throw new GatesError('INPUT', `${f.rel} could not be hashed: ${relMessage(workspace, f.digest)}`, { cause: f.digest })
    if (f.pointer) {
      lfsPointers.push(f.rel)
      entries.push([f.rel, { sha256: f.pointer.oid, size: f.pointer.size }])
    } else entries.push([f.rel, { sha256: f.digest.sha256, size: f.digest.size }])
  }
  const lock: LockFile = { version: 1, algorithm: 'sha256', files: sortedFiles(entries) }
  const text = format === 'json' ? formatJsonLock(lock) : formatManifest(lock, dirRel)

  const dirAbs = path.dirname(abs)
  await mkdir(dirAbs, { recursive: true })
  await realInside(workspace, dirRel || '.', 'lock folder')
  const tmp = path.join(dirAbs, `.${path.basename(abs)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`)
  try {
    await writeFile(tmp, text, { flag: 'wx', mode: 0o644 })
    await rename(tmp, abs)
  } catch (e) {
    await rm(tmp, { force: true }).catch(() => undefined)
    throw new GatesError('INPUT', `could not write lock file ${lockRel}: ${errorMessage(e)}`, { cause: e })
  }
  return { written: entries.length, lock, lfsPointers, format, skipped: [...skip].sort() }
}

// ---------------------------------------------------------------------------------------------
// Verifying

const LFS_HINT = 'enable LFS in checkout (actions/checkout with lfs: true)'

/**
 * Verifies the files under `paths` against the lock. Findings: `lock/hash-mismatch` (critical),
 * `lock/missing-file` (high), `lock/unlisted-file` (high), `lock/symlink` (high). Errors (the gate
 * cannot decide): no or unreadable lock, Git LFS pointers instead of content, unreadable files.
 * One `hash-lock` Check per file examined.
 */
export async function verifyLock(opts: {
  workspace: string
  lockPath: string
  paths: string[]
  exclude?: string[]
  gate: string
  signal?: AbortSignal
  /** Facts of files the caller already read whole (see FileFacts): those are not read again. */
  known?: ReadonlyMap<string, FileFacts>
  /** The caller's walk of exactly `paths` with `exclude` (see ScanOptions.walk). */
  walk?: WalkResult
  /** Files the lock does not cover (see LockSkip). */
  skip?: LockSkip
}): Promise<{ findings: FindingInput[]; checks: Check[]; errors: string[] }> {
  const { workspace, gate } = opts
  const findings: FindingInput[] = []
  const checks: Check[] = []
  const errors: string[] = []
  const lockRel = cleanRel(opts.lockPath)
  const cmd = `npx ai-secure-gates lock ${gate}`

  let lock: LockFile
  try {
    lock = await readLock(workspace, lockRel)
  } catch (e) {
    if (e instanceof ConfigError && e.code === 'CONFIG_NOT_FOUND') {
      errors.push(`Lock file ${lockRel} not found: run \`${cmd}\` and commit ${lockRel}, or remove the lock setting.`)
    } else {
      errors.push(`${errorMessage(e)}${e instanceof ConfigError && e.code === 'CONFIG_INVALID' ? ` Fix it or regenerate with \`${cmd}\`.` : ''}`)
    }
    return { findings, checks, errors }
  }

  let scanned: Awaited<ReturnType<typeof scan>>
  try {
    scanned = await scan(workspace, opts.paths, opts.exclude ?? [], lockRel, { signal: opts.signal, known: opts.known, walk: opts.walk })
  } catch (e) {
    if (e instanceof HashError && e.reason === 'ABORT') throw e
    errors.push(`${relMessage(workspace, e)}`)
    return { findings, checks, errors }
  }
  if (scanned.truncated) errors.push(`too many files under ${opts.paths.join(', ')}: only the first ones were verified; narrow the paths or add excludes.`)
  for (const u of scanned.unreadable) {
    errors.push(`${u}: the name is not valid UTF-8 (or the folder could not be read), so it could not be verified against ${lockRel}; rename it (UTF-8) or exclude it`)
    checks.push({ name: 'hash-lock', target: u, outcome: 'error', details: { expected: null, actual: null, size: null, reason: 'name not valid UTF-8: not verified' } })
  }

  for (const s of scanned.symlinks) {
    findings.push({
      ruleId: 'lock/symlink',
      severity: 'high',
      title: 'Symlink under a locked path',
      message: `${s} is a symlink; it was not followed, so what it points to cannot be verified against ${lockRel}. Replace it with the file itself.`,
      location: { path: s, startLine: null },
      fingerprintKey: `lock/symlink:${s}`,
      properties: { lock: lockRel, expected: lock.files[s]?.sha256 ?? null }
    })
    checks.push({ name: 'hash-lock', target: s, outcome: 'fail', details: { expected: lock.files[s]?.sha256 ?? null, actual: null, size: null, symlink: true } })
  }

  let skip = new Set<string>()
  if (opts.skip) {
    const present = new Set([...scanned.files.map((f) => f.rel), ...scanned.symlinks])
    try {
      skip = await opts.skip.select(scanned.files.map((f) => f.rel), Object.keys(lock.files).filter((rel) => !present.has(rel)))
    } catch (e) {
      errors.push(`the files the lock leaves out (${opts.skip.reason}) could not be told apart: ${relMessage(workspace, e)}`)
    }
  }
  const leftOut = (rel: string, expected: LockEntry | null, actual: string | null, size: number | null) =>
    checks.push({ name: 'hash-lock', target: rel, outcome: 'info', details: { expected: expected?.sha256 ?? null, actual, size, notCovered: opts.skip!.reason } })

  const seen = new Set<string>(scanned.symlinks)
  for (const f of scanned.files) {
    seen.add(f.rel)
    const expected = lock.files[f.rel] ?? null
    if (skip.has(f.rel)) {
      leftOut(f.rel, expected, f.digest instanceof HashError ? null : f.digest.sha256, f.digest instanceof HashError ? null : f.digest.size)
      continue
    }
    if (f.digest instanceof HashError) {
      errors.push(`${f.rel} could not be hashed: ${relMessage(workspace, f.digest)}`)
      checks.push({ name: 'hash-lock', target: f.rel, outcome: 'error', details: { expected: expected?.sha256 ?? null, actual: null, size: null } })
      continue
    }
    const actual = f.digest.sha256
    const size = f.digest.size

    if (f.pointer) {
      const oid = f.pointer.oid
      let note: string
      if (!expected) note = ` It is not in ${lockRel} either.`
      else if (expected.sha256 === oid) note = ` Its oid matches ${lockRel} (sha256 ${oid}): the pointer is the locked content, but the content was not fetched, so it was not verified.`
      else if (expected.sha256 === actual) note = ` ${lockRel} records the pointer file's own hash, not the content's: fetch the LFS content and run \`${cmd}\` again.`
      else note = ` Its oid (sha256 ${oid}) does not match ${lockRel} (expected ${expected.sha256}).`
      errors.push(`${f.rel} is a Git LFS pointer, not the file: ${LFS_HINT}.${note}`)
      checks.push({ name: 'hash-lock', target: f.rel, outcome: 'error', details: { expected: expected?.sha256 ?? null, actual, size, lfsPointer: { oid, size: f.pointer.size } } })
      if (expected && expected.sha256 !== oid && expected.sha256 !== actual) {
        findings.push(mismatch(f.rel, lockRel, expected, oid, f.pointer.size, true, cmd))
      }
      continue
    }

    if (!expected) {
      findings.push({
        ruleId: 'lock/unlisted-file',
        severity: 'high',
        title: 'File not in the lock',
        message: `${f.rel} is not listed in ${lockRel} (sha256 ${actual}, ${size} bytes): review it, then run \`${cmd}\` to add it.`,
        location: { path: f.rel, startLine: null },
        fingerprintKey: `lock/unlisted-file:${f.rel}:${actual}`,
        properties: { lock: lockRel, expected: null, actual, size }
      })
      checks.push({ name: 'hash-lock', target: f.rel, outcome: 'fail', details: { expected: null, actual, size } })
      continue
    }
    if (expected.sha256 !== actual) {
      findings.push(mismatch(f.rel, lockRel, expected, actual, size, false, cmd))
      checks.push({ name: 'hash-lock', target: f.rel, outcome: 'fail', details: { expected: expected.sha256, actual, size } })
      continue
    }
    if (expected.size >= 0 && expected.size !== size) {
      errors.push(`${lockRel}: ${f.rel} has the locked sha256 but the lock says ${expected.size} bytes and the file has ${size}; the lock was edited by hand: regenerate it with \`${cmd}\`.`)
      checks.push({ name: 'hash-lock', target: f.rel, outcome: 'error', details: { expected: expected.sha256, actual, size } })
      continue
    }
    checks.push({ name: 'hash-lock', target: f.rel, outcome: 'pass', details: { expected: expected.sha256, actual, size } })
  }

  for (const [rel, entry] of Object.entries(lock.files)) {
    if (seen.has(rel)) continue
    if (skip.has(rel)) {
      leftOut(rel, entry, null, null)
      continue
    }
    findings.push({
      ruleId: 'lock/missing-file',
      severity: 'high',
      title: 'Locked file missing',
      message: `${rel} is listed in ${lockRel} (sha256 ${entry.sha256}) but was not found under ${opts.paths.join(', ')}: restore it, or run \`${cmd}\` if it was removed on purpose.`,
      location: { path: rel, startLine: null },
      fingerprintKey: `lock/missing-file:${rel}`,
      properties: { lock: lockRel, expected: entry.sha256, actual: null, size: entry.size >= 0 ? entry.size : null }
    })
    checks.push({ name: 'hash-lock', target: rel, outcome: 'fail', details: { expected: entry.sha256, actual: null, size: null } })
  }

  if (checks.length === 0 && errors.length === 0) {
    errors.push(`nothing to verify: no files under ${opts.paths.join(', ')} and none listed in ${lockRel}; check the configured paths.`)
  }
  return { findings, checks, errors }
}

function mismatch(rel: string, lockRel: string, expected: LockEntry, actual: string, size: number, fromPointer: boolean, cmd: string): FindingInput {
  return {
    ruleId: 'lock/hash-mismatch',
    severity: 'critical',
    title: 'File changed since it was locked',
    message:
      `${rel} does not match ${lockRel}: expected sha256 ${expected.sha256}` +
      `${expected.size >= 0 ? ` (${expected.size} bytes)` : ''}, ${fromPointer ? 'the LFS pointer names' : 'found'} ${actual} (${size} bytes). ` +
      `If the change is intended, run \`${cmd}\` and commit the lock with it.`,
    location: { path: rel, startLine: null },
    fingerprintKey: `lock/hash-mismatch:${rel}:${actual}`,
    properties: { lock: lockRel, expected: expected.sha256, actual, size, expectedSize: expected.size >= 0 ? expected.size : null, ...(fromPointer ? { lfsPointer: true } : {}) }
  }
}
