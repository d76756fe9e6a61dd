/**
 * Reading a small file whole, in one go: the models gate reads each model file once for its scanner
 * and its hash lock, `scan-models` reads the files it is given. No import beyond node:fs, so the
 * CLI's start-up does not pay for the hashing machinery (worker threads) of hash.ts.
 */
import { closeSync, constants as fsc, fstatSync, openSync, readSync } from 'node:fs'

const OPEN_FLAGS = fsc.O_RDONLY | (fsc.O_NOFOLLOW ?? 0) | (fsc.O_NONBLOCK ?? 0)

/** Files up to this size are read whole by readSmallFileSync (one read feeds the hash and any scanner). */
export const ONE_READ_LIMIT = 256 * 1024

/**
 * The bytes of a small regular file, read whole: open (never following a symlink, never blocking
 * on a FIFO), fstat, one read, close. Synchronous on purpose: for the thousands of files of a few
 * KiB a models or data folder holds, these four system calls on the page cache cost a fraction of
 * the promise and thread-pool round trips of fs/promises (30k pickles: ~1 s against ~3.7 s). Call
 * it between awaits and yield to the event loop now and then (see yieldEvery).
 * Returns null for anything else (missing, unreadable, not a regular file, over `limit`, grown
 * since fstat): the caller then takes its ordinary path, which names the error.
 */
export function readSmallFileSync(abs: string, limit = ONE_READ_LIMIT): Buffer | null {
  let fd: number
  try {
    fd = openSync(abs, OPEN_FLAGS)
  } catch {
    return null
  }
  try {
    const st = fstatSync(fd)
    if (!st.isFile() || st.size > limit) return null
    // One byte more than the size: a file that grew since fstat goes to the caller's ordinary path.
    const buf = Buffer.allocUnsafe(st.size + 1)
    let n = 0
    for (;;) {
      const r = readSync(fd, buf, n, buf.length - n, n)
      if (r === 0) break
      n += r
      if (n === buf.length) return null
    }
    return buf.subarray(0, n)
  } catch {
    return null
  } finally {
    try {
      closeSync(fd)
    } catch {
      /* closing a read-only descriptor cannot lose data */
    }
  }
}

/**
 * A counter for loops doing synchronous work between awaits: every `n` calls it yields one turn of
 * the event loop (setImmediate), so gates running alongside keep their timers and child pipes served.
 */
export function yieldEvery(n: number): () => Promise<void> | undefined {
  let i = 0
  return () => (++i % n === 0 ? new Promise<void>((resolve) => setImmediate(resolve)) : undefined)
}
