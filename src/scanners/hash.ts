/**
 * SHA-256 (and the other digests model signatures use: SHA-384/512, BLAKE2b, BLAKE3; whole files or
 * byte ranges) of files at the machine's limit, in bounded memory.
 *
 * - Files are opened on the main thread with O_NOFOLLOW (a symlink is refused, never followed) and
 *   O_NONBLOCK (a FIFO cannot hang the open), then fstat'ed: anything but a regular file is refused.
 * - Small files (< SMALL_FILE_LIMIT) are hashed on the main thread.
 * - Larger files are hashed by a pool of worker_threads (one per core, os.availableParallelism()),
 *   which read the already-open descriptor with positional 1 MiB reads: `hash.update()` is
 *   synchronous, so only separate threads use more than one core (research/security.md D1-D2).
 * - Memory: one 1 MiB buffer per worker and at most `concurrency` small-file buffers.
 * - The worker is an inline code string (`new Worker(code, { eval: true })`) using only node:fs and
 *   node:crypto, so it runs the same under jest/tsx and inside the single-file ncc bundles.
 * - BLAKE3 is not in node:crypto: it is hashed on the main thread by hash-wasm's WebAssembly build,
 *   with the same double-buffered positional reads.
 */
import { constants as fsc } from 'node:fs'
import { open, type FileHandle } from 'node:fs/promises'
import { createHash } from 'node:crypto'
import os from 'node:os'
import { Worker } from 'node:worker_threads'
import { GatesError } from '../engine/errors.js'

/** Digest algorithms of `digestFile` (node:crypto names, plus blake3). */
export type DigestAlgorithm = 'sha256' | 'sha384' | 'sha512' | 'blake2b512' | 'blake3'

/** What `digestFile` hashes: the algorithm (default sha256) and a byte range [start, end) (default the whole file). */
export interface DigestOptions {
  algorithm?: DigestAlgorithm
  start?: number
  /** Exclusive; past the end of the file means up to its end. */
  end?: number
  signal?: AbortSignal
}

interface RangeDigest {
  /** Lowercase hex. */
  digest: string
  /** Bytes hashed. */
  size: number
  /** Size of the whole file. */
  fileSize: number
}

export interface FileDigest {
  sha256: string
  size: number
}

/** Read size, for both the main thread and the workers (1 MiB: research/security.md D2). */
export const CHUNK_SIZE = 1 << 20
/** Files smaller than this are hashed on the main thread (a worker round trip costs more). */
export const SMALL_FILE_LIMIT = 1 << 20

/** Why a file could not be hashed; `reason` is the errno-like cause (ELOOP for a symlink, ENOENT, EACCES, ENOTREG, ABORT...). */
export class HashError extends GatesError {
  readonly reason: string
  readonly path: string
  constructor(filePath: string, reason: string, message: string, options?: { cause?: unknown }) {
    super('INPUT', message, options)
    this.reason = reason
    this.path = filePath
  }
}

const OPEN_FLAGS = fsc.O_RDONLY | (fsc.O_NOFOLLOW ?? 0) | (fsc.O_NONBLOCK ?? 0)

function describe(abs: string, e: unknown): HashError {
  if (e instanceof HashError) return e
  const err = e as NodeJS.ErrnoException
  const code = err?.code ?? 'EIO'
  let what: string
  switch (code) {
    case 'ELOOP':
    case 'EMLINK':
      return new HashError(abs, 'ELOOP', `${abs} is a symlink; it was not followed or hashed`, { cause: e })
    case 'ENOENT':
      what = 'does not exist'
      break
    case 'EACCES':
    case 'EPERM':
      what = 'is not readable (permission denied)'
      break
    case 'EISDIR':
      what = 'is a directory, not a file'
      break
    default:
      what = `could not be read: ${err?.message ?? String(e)}`
  }
  return new HashError(abs, code, `${abs} ${what}`, { cause: e })
}

function abortError(abs: string): HashError {
  return new HashError(abs, 'ABORT', `hashing ${abs} was cancelled`)
}

async function openRegular(abs: string): Promise<{ fh: FileHandle; size: number }> {
  let fh: FileHandle
  try {
    fh = await open(abs, OPEN_FLAGS)
  } catch (e) {
    throw describe(abs, e)
  }
  try {
    const st = await fh.stat()
    if (!st.isFile()) {
      throw new HashError(abs, 'ENOTREG', `${abs} is not a regular file (${st.isDirectory() ? 'a directory' : 'a device, socket or FIFO'}); it was not hashed`)
    }
    return { fh, size: st.size }
  } catch (e) {
    await fh.close().catch(() => undefined)
    throw describe(abs, e)
  }
}

interface Hasher {
  update(data: Uint8Array): unknown
  digest(enc: 'hex'): string
}

async function newHasher(algorithm: DigestAlgorithm): Promise<Hasher> {
  if (algorithm !== 'blake3') return createHash(algorithm)
  const { createBLAKE3 } = await import('hash-wasm')
  const h = await createBLAKE3()
  h.init()
  return { update: (d) => h.update(d), digest: () => h.digest('hex') }
}

/**
 * Hashes [start, end) of an open file on the main thread with positional reads (small files, and
 * BLAKE3); the next chunk is read while this one is hashed.
 */
async function hashOnMainThread(fh: FileHandle, abs: string, expectedSize: number, signal?: AbortSignal, algorithm: DigestAlgorithm = 'sha256', start = 0, end = Infinity): Promise<{ digest: string; size: number }> {
  const span = Math.max(0, Math.min(end, expectedSize + 1) - start)
  const chunk = Math.min(CHUNK_SIZE, span + 1)
  const bufs = [Buffer.allocUnsafe(chunk), Buffer.allocUnsafe(chunk)]
  const h = await newHasher(algorithm)
  const read = (buf: Buffer, pos: number): Promise<number> =>
    pos >= end ? Promise.resolve(0) : fh.read(buf, 0, Math.min(buf.length, end - pos), pos).then((r) => r.bytesRead)
  let pos = start
  let i = 0
  let pending = read(bufs[0], pos)
  for (;;) {
    let n: number
    try {
      n = await pending
    } catch (e) {
      throw describe(abs, e)
    }
    if (n === 0) break
    if (signal?.aborted) throw abortError(abs)
    const cur = bufs[i]
    i ^= 1
    pos += n
    pending = read(bufs[i], pos)
    pending.catch(() => 0)
    h.update(n === cur.length ? cur : cur.subarray(0, n))
  }
  return { digest: h.digest('hex'), size: pos - start }
}

// ---------------------------------------------------------------------------------------------
// Worker pool

/**
 * The worker: reads a descriptor opened by the main thread, 1 MiB at a time, and hashes it. Reads
 * are double-buffered: the next chunk is read (on the libuv pool) while this thread hashes the
 * current one, so I/O and hashing overlap.
 */
const WORKER_SOURCE = `
'use strict'
const { parentPort } = require('node:worker_threads')
const fs = require('node:fs')
const crypto = require('node:crypto')
const CHUNK = ${CHUNK_SIZE}
const bufs = [Buffer.allocUnsafe(CHUNK), Buffer.allocUnsafe(CHUNK)]
async function hash(m) {
  const cancel = new Int32Array(m.cancel)
  const h = crypto.createHash(m.algorithm)
  const end = m.end
  const read = (fd, buf, pos) => pos >= end ? Promise.resolve(0) : new Promise((resolve, reject) => fs.read(fd, buf, 0, Math.min(CHUNK, end - pos), pos, (e, n) => (e ? reject(e) : resolve(n))))
  let pos = m.start
  let i = 0
  let pending = read(m.fd, bufs[0], pos)
  for (;;) {
    const n = await pending
    if (n === 0) break
    if (Atomics.load(cancel, 0) !== 0) return { id: m.id, aborted: true }
    const cur = bufs[i]
    i ^= 1
    pos += n
    // Never leave a read in flight when returning: the buffers are reused by the next file.
    pending = read(m.fd, bufs[i], pos)
    try {
      h.update(n === CHUNK ? cur : cur.subarray(0, n))
    } catch (e) {
      await pending.catch(() => 0)
      throw e
    }
  }
  return { id: m.id, digest: h.digest('hex'), size: pos - m.start }
}
parentPort.on('message', (m) => {
  hash(m).then(
    (r) => parentPort.postMessage(r),
    (e) => parentPort.postMessage({ id: m.id, error: { code: (e && e.code) || 'EIO', message: String((e && e.message) || e) } })
  )
})
`

interface Task {
  id: number
  abs: string
  fd: number
  algorithm: DigestAlgorithm
  start: number
  end: number
  cancel: Int32Array
  resolve: (d: { digest: string; size: number }) => void
  reject: (e: HashError) => void
}

interface PoolWorker {
  worker: Worker
  task: Task | null
}

const IDLE_SHUTDOWN_MS = 5_000

class HashPool {
  private readonly workers: PoolWorker[] = []
  private readonly queue: Task[] = []
  private nextId = 1
  private idleTimer: NodeJS.Timeout | null = null

  constructor(private readonly size: number) {}

  run(abs: string, fd: number, signal?: AbortSignal, algorithm: DigestAlgorithm = 'sha256', start = 0, end = Number.MAX_SAFE_INTEGER): Promise<{ digest: string; size: number }> {
    if (signal?.aborted) return Promise.reject(abortError(abs))
    return new Promise<{ digest: string; size: number }>((resolve, reject) => {
      const cancel = new Int32Array(new SharedArrayBuffer(4))
      const task: Task = { id: this.nextId++, abs, fd, algorithm, start, end, cancel, resolve, reject }
      if (signal) {
        const onAbort = (): void => {
          Atomics.store(cancel, 0, 1)
          const i = this.queue.indexOf(task)
          if (i >= 0) {
            this.queue.splice(i, 1)
            reject(abortError(abs))
          }
        }
        signal.addEventListener('abort', onAbort, { once: true })
        const done = (): void => signal.removeEventListener('abort', onAbort)
        task.resolve = (d) => {
          done()
          resolve(d)
        }
        task.reject = (e) => {
          done()
          reject(e)
        }
      }
      this.queue.push(task)
      this.pump()
    })
  }

  private pump(): void {
    if (this.idleTimer) {
      clearTimeout(this.idleTimer)
      this.idleTimer = null
    }
    while (this.queue.length > 0) {
      let pw = this.workers.find((w) => w.task === null)
      if (!pw) {
        if (this.workers.length >= this.size) break
        pw = this.spawn()
      }
      const task = this.queue.shift()!
      pw.task = task
      pw.worker.ref()
      pw.worker.postMessage({ id: task.id, fd: task.fd, algorithm: task.algorithm, start: task.start, end: task.end, cancel: task.cancel.buffer })
    }
    if (this.queue.length === 0 && this.workers.length > 0 && this.workers.every((w) => w.task === null)) {
      this.idleTimer = setTimeout(() => void this.shutdown(), IDLE_SHUTDOWN_MS)
      this.idleTimer.unref()
    }
  }

  private spawn(): PoolWorker {
    const worker = new Worker(WORKER_SOURCE, { eval: true, name: 'ai-secure-gates-hash' })
    const pw: PoolWorker = { worker, task: null }
    worker.on('message', (m: { id: number; digest?: string; size?: number; aborted?: boolean; error?: { code: string; message: string } }) => {
      const task = pw.task
      if (!task || task.id !== m.id) return
      pw.task = null
      worker.unref()
      if (m.aborted) task.reject(abortError(task.abs))
      else if (m.error) {
        const e = Object.assign(new Error(m.error.message), { code: m.error.code })
        task.reject(describe(task.abs, e))
      } else task.resolve({ digest: m.digest!, size: m.size! })
      this.pump()
    })
    const fail = (err: unknown): void => {
      const i = this.workers.indexOf(pw)
      if (i >= 0) this.workers.splice(i, 1)
      const task = pw.task
      pw.task = null
      if (task) task.reject(new HashError(task.abs, 'EWORKER', `hashing ${task.abs} failed: the hash worker stopped (${err instanceof Error ? err.message : String(err)})`, { cause: err }))
      this.pump()
    }
    worker.on('error', fail)
    worker.on('exit', (code) => {
      if (this.workers.includes(pw)) fail(new Error(`exit code ${code}`))
    })
    this.workers.push(pw)
    return pw
  }

  /** Stops every worker (queued tasks are rejected). The pool starts again on the next call. */
  async shutdown(): Promise<void> {
    if (this.idleTimer) clearTimeout(this.idleTimer)
    this.idleTimer = null
    const all = this.workers.splice(0)
    for (const t of this.queue.splice(0)) t.reject(abortError(t.abs))
    // Reject in-flight tasks only once their worker is gone, so their descriptors are not closed under a running read.
    await Promise.all(all.map((pw) => pw.worker.terminate().catch(() => 0)))
    for (const pw of all) if (pw.task) pw.task.reject(abortError(pw.task.abs))
  }
}

let pool: HashPool | null = null

function getPool(): HashPool {
  pool ??= new HashPool(Math.max(1, os.availableParallelism()))
  return pool
}

/** Terminates the hash workers now (they also stop on their own after 5 s idle, and never keep the process alive while idle). */
export async function shutdownHashPool(): Promise<void> {
  const p = pool
  pool = null
  if (p) await p.shutdown()
}

// ---------------------------------------------------------------------------------------------
// Public API

/**
 * SHA-256 (lowercase hex) and size of one regular file. Refuses symlinks (never follows them),
 * directories, devices and FIFOs with a HashError naming the file.
 */
export async function hashFile(abs: string, signal?: AbortSignal): Promise<FileDigest> {
  const d = await digestFile(abs, { signal })
  return { sha256: d.digest, size: d.size }
}

/**
 * One digest of a regular file or of the byte range [start, end) of it, with the same refusals as
 * hashFile (symlinks, directories, devices, FIFOs). Large ranges go to the worker pool; BLAKE3
 * and small ranges are hashed on the main thread.
 */
export async function digestFile(abs: string, opts: DigestOptions = {}): Promise<RangeDigest> {
  const { signal } = opts
  const algorithm = opts.algorithm ?? 'sha256'
  const start = opts.start ?? 0
  if (signal?.aborted) throw abortError(abs)
  const { fh, size } = await openRegular(abs)
  try {
    const end = Math.min(opts.end ?? Number.MAX_SAFE_INTEGER, Number.MAX_SAFE_INTEGER)
    const span = Math.min(end, size) - start
    const r =
      span < SMALL_FILE_LIMIT || algorithm === 'blake3'
        ? await hashOnMainThread(fh, abs, size, signal, algorithm, start, end)
        : await getPool().run(abs, fh.fd, signal, algorithm, start, end)
    return { ...r, fileSize: size }
  } finally {
    await fh.close().catch(() => undefined)
  }
}

/**
 * Hashes every file, `concurrency` at a time (default: one per core), returning each path's digest
 * or the HashError that stopped it. Never rejects except when `signal` aborts.
 */
export async function hashFilesSettled(
  absPaths: string[],
  opts: { concurrency?: number; signal?: AbortSignal } = {}
): Promise<Map<string, FileDigest | HashError>> {
  const out = new Map<string, FileDigest | HashError>()
  const unique = [...new Set(absPaths)]
  const concurrency = Math.max(1, Math.min(opts.concurrency ?? os.availableParallelism(), unique.length || 1))
  let next = 0
  const lane = async (): Promise<void> => {
    while (next < unique.length) {
      if (opts.signal?.aborted) return
      const abs = unique[next++]
      try {
        out.set(abs, await hashFile(abs, opts.signal))
      } catch (e) {
        const he = describe(abs, e)
        if (he.reason === 'ABORT') return
        out.set(abs, he)
      }
    }
  }
  await Promise.all(Array.from({ length: concurrency }, lane))
  if (opts.signal?.aborted) throw abortError(`${unique.length} files`)
  // Keep the caller's order.
  return new Map(unique.map((p) => [p, out.get(p)!]))
}

/**
 * SHA-256 and size of each file (keys are the paths given). Rejects with the first file's HashError
 * when any file cannot be hashed; use hashFilesSettled to get every result.
 */
export async function hashFiles(absPaths: string[], opts: { concurrency?: number; signal?: AbortSignal } = {}): Promise<Map<string, FileDigest>> {
  const settled = await hashFilesSettled(absPaths, opts)
  const out = new Map<string, FileDigest>()
  for (const [p, r] of settled) {
    if (r instanceof HashError) throw r
    out.set(p, r)
  }
  return out
}
