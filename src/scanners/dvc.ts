/**
 * DVC provenance: the md5 that `.dvc` files and `dvc.lock` outs record, recomputed the way DVC
 * computes it, and compared.
 *
 * - DVC 3 outs carry `hash: md5`: the md5 of the file's bytes.
 * - DVC 2 outs (no `hash` key, still read by DVC 3 as legacy): text files are hashed after CRLF -> LF
 *   ("dos2unix"); a file is text when its first 512 bytes hold no NUL and at most 30% bytes outside
 *   printable ASCII and \n \r \t \f \b (DVC's `istextblock`).
 * - Directory outs (`md5: <hash>.dir`): the manifest is a JSON list of {md5, relpath} kept only in the
 *   DVC cache (`.dvc/cache/files/md5/ab/cdef.dir` for DVC 3, `.dvc/cache/ab/cdef.dir` for DVC 2). When
 *   it is there, its own md5 is checked against the out and every file against its entry; when it is
 *   not, the directory cannot be verified and we say so.
 * - Outs with only `etag`/`checksum` (cloud imports) cannot be verified locally; we say so.
 *
 * MD5 is not collision-resistant: DVC hashes are a consistency check; the data gate's own lock
 * (sha256) is the tamper-evidence.
 */
import { createHash } from 'node:crypto'
import { createReadStream } from 'node:fs'
import { lstat, open, readFile } from 'node:fs/promises'
import path from 'node:path'
import { parseDocument } from 'yaml'
import { errorMessage } from '../engine/errors.js'
import { walkFiles } from '../engine/paths.js'
import type { Check, FindingInput } from '../engine/types.js'

export interface DvcOut {
  /** The .dvc or dvc.lock file that records it (workspace-relative). */
  source: string
  /** The stage name for dvc.lock outs. */
  stage?: string
  /** The out's path, workspace-relative. */
  path: string
  md5: string | null
  size: number | null
  /** DVC 2 semantics (text files hashed after CRLF -> LF). */
  legacy: boolean
  isDir: boolean
  /** Why there is no md5 (etag/checksum only). */
  unverifiable?: string
}

const MD5 = /^[0-9a-f]{32}$/

const TEXT_CHARS = new Uint8Array(256)
for (let c = 32; c < 127; c++) TEXT_CHARS[c] = 1
for (const c of [10, 13, 9, 12, 8]) TEXT_CHARS[c] = 1

/** DVC's istextblock over the first 512 bytes. */
export function isTextBlock(block: Uint8Array): boolean {
  if (block.length === 0) return true
  let nontext = 0
  for (const b of block) {
    if (b === 0) return false
    if (!TEXT_CHARS[b]) nontext++
  }
  return nontext / block.length <= 0.3
}

/** md5 of a file as DVC records it (`legacy`: DVC 2's dos2unix for text files). Never follows a symlink. */
export async function dvcMd5(abs: string, legacy: boolean, signal?: AbortSignal): Promise<{ md5: string; size: number }> {
  const st = await lstat(abs)
  if (!st.isFile()) throw new Error(`${path.basename(abs)} is not a regular file`)
  let text = false
  if (legacy) {
    const fh = await open(abs, 'r')
    try {
      const head = Buffer.alloc(512)
      const { bytesRead } = await fh.read(head, 0, 512, 0)
      text = isTextBlock(head.subarray(0, bytesRead))
    } finally {
      await fh.close()
    }
  }
  const h = createHash('md5')
  let pendingCR = false
  for await (const chunk of createReadStream(abs, { highWaterMark: 1 << 20, signal }) as AsyncIterable<Buffer>) {
    if (!text) {
      h.update(chunk)
      continue
    }
    let buf: Buffer = pendingCR ? Buffer.concat([Buffer.from([13]), chunk]) : chunk
    pendingCR = buf.length > 0 && buf[buf.length - 1] === 13
    if (pendingCR) buf = buf.subarray(0, buf.length - 1)
    h.update(dos2unix(buf))
  }
  if (pendingCR) h.update(Buffer.from([13]))
  return { md5: h.digest('hex'), size: st.size }
}

function dos2unix(buf: Buffer): Buffer {
  if (buf.indexOf(13) === -1) return buf
  const out = Buffer.allocUnsafe(buf.length)
  let o = 0
  for (let i = 0; i < buf.length; i++) {
    if (buf[i] === 13 && i + 1 < buf.length && buf[i + 1] === 10) continue
    out[o++] = buf[i]
  }
  return out.subarray(0, o)
}

function outFrom(raw: unknown, baseDir: string, source: string, stage?: string): DvcOut | null {
  if (!raw || typeof raw !== 'object') return null
  const o = raw as Record<string, unknown>
  if (typeof o.path !== 'string') return null
  const rel = path.posix.normalize(path.posix.join(baseDir, o.path.replace(/\\/g, '/'))).replace(/\/+$/, '')
  const md5raw = typeof o.md5 === 'string' ? o.md5 : null
  const isDir = !!md5raw && md5raw.endsWith('.dir')
  const md5 = md5raw ? md5raw.replace(/\.dir$/, '') : null
  const out: DvcOut = {
    source,
    stage,
    path: rel,
    md5: md5 && MD5.test(md5) ? md5 : null,
    size: typeof o.size === 'number' ? o.size : null,
    legacy: o.hash !== 'md5',
    isDir
  }
  if (!out.md5) out.unverifiable = md5raw ? `its md5 "${md5raw}" is not an md5` : o.etag || o.checksum ? 'it records only a remote etag/checksum, not an md5 of the content' : 'it records no md5'
  return out
}

/** Parses a .dvc file or a dvc.lock (YAML). Throws with the file name when it does not parse. */
export function parseDvcFile(text: string, source: string): DvcOut[] {
  const doc = parseDocument(text)
  if (doc.errors.length) throw new Error(`${source}: not valid YAML: ${doc.errors[0].message}`)
  const data = doc.toJS() as Record<string, unknown> | null
  if (!data || typeof data !== 'object') throw new Error(`${source}: empty or not a mapping`)
  const baseDir = path.posix.dirname(source) === '.' ? '' : path.posix.dirname(source)
  const outs: DvcOut[] = []
  if (path.posix.basename(source) === 'dvc.lock') {
    const stages = data.stages as Record<string, { outs?: unknown[] }> | undefined
    if (!stages || typeof stages !== 'object') throw new Error(`${source}: no stages (is this a dvc.lock written by DVC 2 or later?)`)
    for (const [name, st] of Object.entries(stages)) {
      for (const o of Array.isArray(st?.outs) ? st.outs : []) {
        const out = outFrom(o, baseDir, source, name)
        if (out) outs.push(out)
      }
    }
  } else {
    if (!Array.isArray(data.outs)) throw new Error(`${source}: no outs list`)
    for (const o of data.outs) {
      const out = outFrom(o, baseDir, source)
      if (out) outs.push(out)
      else throw new Error(`${source}: an out without a path`)
    }
  }
  return outs
}

/**
 * The DVC outs that cover `datasetRel` (the file itself, or a directory out containing it): from
 * `<path>.dvc` files next to it or its parent folders, and every dvc.lock in the workspace's folders
 * above it.
 */
/** Parsed DVC files by path, shared by every dataset of one run (a dvc.lock is read once, not once per file). */
export type DvcFileCache = Map<string, Promise<{ outs: DvcOut[]; errors: string[] }>>

async function readDvcFile(workspace: string, c: string): Promise<{ outs: DvcOut[]; errors: string[] }> {
  const abs = path.join(workspace, c)
  let st
  try {
    st = await lstat(abs)
  } catch {
    return { outs: [], errors: [] }
  }
  if (st.isSymbolicLink()) return { outs: [], errors: [`${c} is a symlink; it was not followed`] }
  if (!st.isFile() || st.size > 16 * 1024 * 1024) return { outs: [], errors: [] }
  try {
    return { outs: parseDvcFile(await readFile(abs, 'utf8'), c), errors: [] }
  } catch (e) {
    return { outs: [], errors: [errorMessage(e)] }
  }
}

export async function findDvcOuts(workspace: string, datasetRel: string, cache: DvcFileCache = new Map()): Promise<{ outs: DvcOut[]; errors: string[] }> {
  const outs: DvcOut[] = []
  const errors: string[] = []
  const candidates = new Set<string>()
  const parts = datasetRel.split('/')
  for (let i = parts.length; i >= 1; i--) candidates.add(parts.slice(0, i).join('/') + '.dvc')
  for (let i = parts.length - 1; i >= 0; i--) candidates.add([...parts.slice(0, i), 'dvc.lock'].join('/'))
  for (const c of candidates) {
    let read = cache.get(c)
    if (!read) {
      read = readDvcFile(workspace, c)
      cache.set(c, read)
    }
    const r = await read
    errors.push(...r.errors)
    for (const o of r.outs) if (o.path === datasetRel || datasetRel.startsWith(o.path + '/')) outs.push(o)
  }
  return { outs, errors }
}

function cachePaths(md5: string): string[] {
  const a = md5.slice(0, 2)
  const b = md5.slice(2)
  return [`.dvc/cache/files/md5/${a}/${b}.dir`, `.dvc/cache/${a}/${b}.dir`]
}

export interface DvcVerifyResult {
  findings: FindingInput[]
  checks: Check[]
  errors: string[]
}

function mismatchFinding(rel: string, out: DvcOut, expected: string, actual: string, extra = ''): FindingInput {
  return {
    ruleId: 'dvc/hash-mismatch',
    severity: 'critical',
    title: 'Dataset differs from its DVC record',
    message: `${rel} has md5 ${actual}, but ${out.source}${out.stage ? ` (stage ${out.stage})` : ''} records ${expected}${extra}: the data changed since it was recorded. If the change is intended, run \`dvc add\`/\`dvc repro\` and commit the updated ${out.source}.`,
    location: { path: rel, startLine: null },
    fingerprintKey: `dvc/hash-mismatch:${rel}:${actual}`,
    properties: { source: out.source, stage: out.stage ?? null, expected, actual }
  }
}

/**
 * Verifies one out. `target` is the dataset file under check (the out itself, or a file inside a
 * directory out). Unverifiable cases go to `errors` with the reason.
 */
export async function verifyDvcOut(workspace: string, out: DvcOut, target: string, signal?: AbortSignal): Promise<DvcVerifyResult> {
  const findings: FindingInput[] = []
  const checks: Check[] = []
  const errors: string[] = []
  const base = { source: out.source, stage: out.stage ?? null, dvcVersion: out.legacy ? '2 (md5 after CRLF->LF for text files)' : '3 (md5 of the bytes)' }
  if (!out.md5) {
    errors.push(`${target}: ${out.source} cannot be verified: ${out.unverifiable}`)
    checks.push({ name: 'dvc', target, outcome: 'error', details: { ...base, reason: out.unverifiable } })
    return { findings, checks, errors }
  }
  if (!out.isDir) {
    try {
      const r = await dvcMd5(path.join(workspace, out.path), out.legacy, signal)
      if (r.md5 !== out.md5) {
        findings.push(mismatchFinding(out.path, out, out.md5, r.md5, out.size !== null && out.size !== r.size ? ` (size ${r.size}, recorded ${out.size})` : ''))
        checks.push({ name: 'dvc', target: out.path, outcome: 'fail', details: { ...base, expected: out.md5, actual: r.md5, size: r.size } })
      } else checks.push({ name: 'dvc', target: out.path, outcome: 'pass', details: { ...base, expected: out.md5, actual: r.md5, size: r.size } })
    } catch (e) {
      errors.push(`${out.path}: could not be hashed for ${out.source}: ${errorMessage(e)}`)
      checks.push({ name: 'dvc', target: out.path, outcome: 'error', details: { ...base, reason: errorMessage(e) } })
    }
    return { findings, checks, errors }
  }
  // Directory out: the manifest must come from the cache.
  let manifestText: Buffer | null = null
  let manifestPath = ''
  for (const c of cachePaths(out.md5)) {
    try {
      const st = await lstat(path.join(workspace, c))
      if (!st.isFile()) continue
      manifestText = await readFile(path.join(workspace, c))
      manifestPath = c
      break
    } catch {
      /* not there */
    }
  }
  if (!manifestText) {
    const reason = `the directory manifest ${out.md5}.dir is not in the DVC cache (.dvc/cache), so the files of ${out.path} cannot be verified; run \`dvc fetch\` in the job before the gate (or verify with the data lock instead)`
    errors.push(`${target}: ${out.source}: ${reason}`)
    checks.push({ name: 'dvc', target, outcome: 'error', details: { ...base, reason } })
    return { findings, checks, errors }
  }
  const manifestMd5 = createHash('md5').update(manifestText).digest('hex')
  if (manifestMd5 !== out.md5) {
    findings.push({
      ruleId: 'dvc/manifest-mismatch',
      severity: 'critical',
      title: 'DVC cache manifest altered',
      message: `${manifestPath} hashes to ${manifestMd5}, not ${out.md5} as ${out.source} records: the cached directory manifest was altered, so ${out.path} cannot be trusted.`,
      location: { path: out.source, startLine: null },
      fingerprintKey: `dvc/manifest-mismatch:${out.source}:${manifestMd5}`
    })
    checks.push({ name: 'dvc', target, outcome: 'fail', details: { ...base, manifest: manifestPath, expected: out.md5, actual: manifestMd5 } })
    return { findings, checks, errors }
  }
  let entries: Array<{ md5: string; relpath: string }>
  try {
    const parsed = JSON.parse(manifestText.toString('utf8'))
    if (!Array.isArray(parsed)) throw new Error('not a list')
    entries = parsed.map((e: any) => {
      if (typeof e?.md5 !== 'string' || typeof e?.relpath !== 'string') throw new Error('an entry without md5/relpath')
      return { md5: e.md5, relpath: e.relpath }
    })
  } catch (e) {
    errors.push(`${manifestPath}: not a DVC directory manifest: ${errorMessage(e)}`)
    checks.push({ name: 'dvc', target, outcome: 'error', details: { ...base, manifest: manifestPath } })
    return { findings, checks, errors }
  }
  const listed = new Map(entries.map((e) => [e.relpath, e.md5]))
  const walked = await walkFiles(workspace, { include: [out.path] })
  const present = new Set<string>()
  for (const f of walked.files) {
    const relpath = f.slice(out.path.length + 1)
    present.add(relpath)
    const expected = listed.get(relpath)
    if (!expected) {
      findings.push({
        ruleId: 'dvc/unlisted-file',
        severity: 'high',
        title: 'File not in the DVC directory manifest',
        message: `${f} is inside ${out.path}, which ${out.source} tracks, but is not in its manifest ${out.md5}.dir: it was added after the data was recorded.`,
        location: { path: f, startLine: null },
        fingerprintKey: `dvc/unlisted-file:${f}`
      })
      checks.push({ name: 'dvc', target: f, outcome: 'fail', details: { ...base, expected: null } })
      continue
    }
    try {
      const r = await dvcMd5(path.join(workspace, f), out.legacy, signal)
      if (r.md5 !== expected) {
        findings.push(mismatchFinding(f, out, expected, r.md5, ` in the manifest ${out.md5}.dir`))
        checks.push({ name: 'dvc', target: f, outcome: 'fail', details: { ...base, expected, actual: r.md5 } })
      } else checks.push({ name: 'dvc', target: f, outcome: 'pass', details: { ...base, expected, actual: r.md5 } })
    } catch (e) {
      errors.push(`${f}: could not be hashed for ${out.source}: ${errorMessage(e)}`)
      checks.push({ name: 'dvc', target: f, outcome: 'error', details: { ...base, reason: errorMessage(e) } })
    }
  }
  for (const s of walked.symlinks) errors.push(`${s} is a symlink inside ${out.path}; it was not followed, so it cannot be verified against ${out.source}`)
  for (const [relpath, md5] of listed) {
    if (present.has(relpath)) continue
    const f = `${out.path}/${relpath}`
    findings.push({
      ruleId: 'dvc/missing-file',
      severity: 'high',
      title: 'File of a DVC directory missing',
      message: `${f} is in the manifest ${out.md5}.dir of ${out.source} (md5 ${md5}) but not in the workspace.`,
      location: { path: f, startLine: null },
      fingerprintKey: `dvc/missing-file:${f}`
    })
    checks.push({ name: 'dvc', target: f, outcome: 'fail', details: { ...base, expected: md5, actual: null } })
  }
  return { findings, checks, errors }
}
