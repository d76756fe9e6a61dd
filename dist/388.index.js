export const id = 388;
export const ids = [388];
export const modules = {

/***/ 17415:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   TM: () => (/* binding */ digestFile),
/* harmony export */   jj: () => (/* binding */ hashFilesSettled),
/* harmony export */   xS: () => (/* binding */ HashError)
/* harmony export */ });
/* unused harmony exports CHUNK_SIZE, SMALL_FILE_LIMIT, shutdownHashPool, hashFile, hashFiles */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(48161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var node_worker_threads__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(75919);
/* harmony import */ var node_worker_threads__WEBPACK_IMPORTED_MODULE_4___default = /*#__PURE__*/__webpack_require__.n(node_worker_threads__WEBPACK_IMPORTED_MODULE_4__);
/* harmony import */ var _engine_errors_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(17679);
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






/** Read size, for both the main thread and the workers (1 MiB: research/security.md D2). */
const CHUNK_SIZE = 1 << 20;
/** Files smaller than this are hashed on the main thread (a worker round trip costs more). */
const SMALL_FILE_LIMIT = 1 << 20;
/** Why a file could not be hashed; `reason` is the errno-like cause (ELOOP for a symlink, ENOENT, EACCES, ENOTREG, ABORT...). */
class HashError extends _engine_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .GatesError */ .xx {
    reason;
    path;
    constructor(filePath, reason, message, options) {
        super('INPUT', message, options);
        this.reason = reason;
        this.path = filePath;
    }
}
const OPEN_FLAGS = node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_RDONLY | (node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NOFOLLOW ?? 0) | (node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NONBLOCK ?? 0);
function describe(abs, e) {
    if (e instanceof HashError)
        return e;
    const err = e;
    const code = err?.code ?? 'EIO';
    let what;
    switch (code) {
        case 'ELOOP':
        case 'EMLINK':
            return new HashError(abs, 'ELOOP', `${abs} is a symlink; it was not followed or hashed`, { cause: e });
        case 'ENOENT':
            what = 'does not exist';
            break;
        case 'EACCES':
        case 'EPERM':
            what = 'is not readable (permission denied)';
            break;
        case 'EISDIR':
            what = 'is a directory, not a file';
            break;
        default:
            what = `could not be read: ${err?.message ?? String(e)}`;
    }
    return new HashError(abs, code, `${abs} ${what}`, { cause: e });
}
function abortError(abs) {
    return new HashError(abs, 'ABORT', `hashing ${abs} was cancelled`);
}
async function openRegular(abs) {
    let fh;
    try {
        fh = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.open)(abs, OPEN_FLAGS);
    }
    catch (e) {
        throw describe(abs, e);
    }
    try {
        const st = await fh.stat();
        if (!st.isFile()) {
            throw new HashError(abs, 'ENOTREG', `${abs} is not a regular file (${st.isDirectory() ? 'a directory' : 'a device, socket or FIFO'}); it was not hashed`);
        }
        return { fh, size: st.size };
    }
    catch (e) {
        await fh.close().catch(() => undefined);
        throw describe(abs, e);
    }
}
async function newHasher(algorithm) {
    if (algorithm !== 'blake3')
        return (0,node_crypto__WEBPACK_IMPORTED_MODULE_2__.createHash)(algorithm);
    const { createBLAKE3 } = await __webpack_require__.e(/* import() */ 608).then(__webpack_require__.t.bind(__webpack_require__, 70608, 23));
    const h = await createBLAKE3();
    h.init();
    return { update: (d) => h.update(d), digest: () => h.digest('hex') };
}
/**
 * Hashes [start, end) of an open file on the main thread with positional reads (small files, and
 * BLAKE3); the next chunk is read while this one is hashed.
 */
async function hashOnMainThread(fh, abs, expectedSize, signal, algorithm = 'sha256', start = 0, end = Infinity) {
    const span = Math.max(0, Math.min(end, expectedSize + 1) - start);
    const chunk = Math.min(CHUNK_SIZE, span + 1);
    const bufs = [Buffer.allocUnsafe(chunk), Buffer.allocUnsafe(chunk)];
    const h = await newHasher(algorithm);
    const read = (buf, pos) => pos >= end ? Promise.resolve(0) : fh.read(buf, 0, Math.min(buf.length, end - pos), pos).then((r) => r.bytesRead);
    let pos = start;
    let i = 0;
    let pending = read(bufs[0], pos);
    for (;;) {
        let n;
        try {
            n = await pending;
        }
        catch (e) {
            throw describe(abs, e);
        }
        if (n === 0)
            break;
        if (signal?.aborted)
            throw abortError(abs);
        const cur = bufs[i];
        i ^= 1;
        pos += n;
        pending = read(bufs[i], pos);
        pending.catch(() => 0);
        h.update(n === cur.length ? cur : cur.subarray(0, n));
    }
    return { digest: h.digest('hex'), size: pos - start };
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
`;
const IDLE_SHUTDOWN_MS = 5_000;
class HashPool {
    size;
    workers = [];
    queue = [];
    nextId = 1;
    idleTimer = null;
    constructor(size) {
        this.size = size;
    }
    run(abs, fd, signal, algorithm = 'sha256', start = 0, end = Number.MAX_SAFE_INTEGER) {
        if (signal?.aborted)
            return Promise.reject(abortError(abs));
        return new Promise((resolve, reject) => {
            const cancel = new Int32Array(new SharedArrayBuffer(4));
            const task = { id: this.nextId++, abs, fd, algorithm, start, end, cancel, resolve, reject };
            if (signal) {
                const onAbort = () => {
                    Atomics.store(cancel, 0, 1);
                    const i = this.queue.indexOf(task);
                    if (i >= 0) {
                        this.queue.splice(i, 1);
                        reject(abortError(abs));
                    }
                };
                signal.addEventListener('abort', onAbort, { once: true });
                const done = () => signal.removeEventListener('abort', onAbort);
                task.resolve = (d) => {
                    done();
                    resolve(d);
                };
                task.reject = (e) => {
                    done();
                    reject(e);
                };
            }
            this.queue.push(task);
            this.pump();
        });
    }
    pump() {
        if (this.idleTimer) {
            clearTimeout(this.idleTimer);
            this.idleTimer = null;
        }
        while (this.queue.length > 0) {
            let pw = this.workers.find((w) => w.task === null);
            if (!pw) {
                if (this.workers.length >= this.size)
                    break;
                pw = this.spawn();
            }
            const task = this.queue.shift();
            pw.task = task;
            pw.worker.ref();
            pw.worker.postMessage({ id: task.id, fd: task.fd, algorithm: task.algorithm, start: task.start, end: task.end, cancel: task.cancel.buffer });
        }
        if (this.queue.length === 0 && this.workers.length > 0 && this.workers.every((w) => w.task === null)) {
            this.idleTimer = setTimeout(() => void this.shutdown(), IDLE_SHUTDOWN_MS);
            this.idleTimer.unref();
        }
    }
    spawn() {
        const worker = new node_worker_threads__WEBPACK_IMPORTED_MODULE_4__.Worker(WORKER_SOURCE, { eval: true, name: 'ai-secure-gates-hash' });
        const pw = { worker, task: null };
        worker.on('message', (m) => {
            const task = pw.task;
            if (!task || task.id !== m.id)
                return;
            pw.task = null;
            worker.unref();
            if (m.aborted)
                task.reject(abortError(task.abs));
            else if (m.error) {
                const e = Object.assign(new Error(m.error.message), { code: m.error.code });
                task.reject(describe(task.abs, e));
            }
            else
                task.resolve({ digest: m.digest, size: m.size });
            this.pump();
        });
        const fail = (err) => {
            const i = this.workers.indexOf(pw);
            if (i >= 0)
                this.workers.splice(i, 1);
            const task = pw.task;
            pw.task = null;
            if (task)
                task.reject(new HashError(task.abs, 'EWORKER', `hashing ${task.abs} failed: the hash worker stopped (${err instanceof Error ? err.message : String(err)})`, { cause: err }));
            this.pump();
        };
        worker.on('error', fail);
        worker.on('exit', (code) => {
            if (this.workers.includes(pw))
                fail(new Error(`exit code ${code}`));
        });
        this.workers.push(pw);
        return pw;
    }
    /** Stops every worker (queued tasks are rejected). The pool starts again on the next call. */
    async shutdown() {
        if (this.idleTimer)
            clearTimeout(this.idleTimer);
        this.idleTimer = null;
        const all = this.workers.splice(0);
        for (const t of this.queue.splice(0))
            t.reject(abortError(t.abs));
        // Reject in-flight tasks only once their worker is gone, so their descriptors are not closed under a running read.
        await Promise.all(all.map((pw) => pw.worker.terminate().catch(() => 0)));
        for (const pw of all)
            if (pw.task)
                pw.task.reject(abortError(pw.task.abs));
    }
}
let pool = null;
function getPool() {
    pool ??= new HashPool(Math.max(1, node_os__WEBPACK_IMPORTED_MODULE_3___default().availableParallelism()));
    return pool;
}
/** Terminates the hash workers now (they also stop on their own after 5 s idle, and never keep the process alive while idle). */
async function shutdownHashPool() {
    const p = pool;
    pool = null;
    if (p)
        await p.shutdown();
}
// ---------------------------------------------------------------------------------------------
// Public API
/**
 * SHA-256 (lowercase hex) and size of one regular file. Refuses symlinks (never follows them),
 * directories, devices and FIFOs with a HashError naming the file.
 */
async function hashFile(abs, signal) {
    const d = await digestFile(abs, { signal });
    return { sha256: d.digest, size: d.size };
}
/**
 * One digest of a regular file or of the byte range [start, end) of it, with the same refusals as
 * hashFile (symlinks, directories, devices, FIFOs). Large ranges go to the worker pool; BLAKE3
 * and small ranges are hashed on the main thread.
 */
async function digestFile(abs, opts = {}) {
    const { signal } = opts;
    const algorithm = opts.algorithm ?? 'sha256';
    const start = opts.start ?? 0;
    if (signal?.aborted)
        throw abortError(abs);
    const { fh, size } = await openRegular(abs);
    try {
        const end = Math.min(opts.end ?? Number.MAX_SAFE_INTEGER, Number.MAX_SAFE_INTEGER);
        const span = Math.min(end, size) - start;
        const r = span < SMALL_FILE_LIMIT || algorithm === 'blake3'
            ? await hashOnMainThread(fh, abs, size, signal, algorithm, start, end)
            : await getPool().run(abs, fh.fd, signal, algorithm, start, end);
        return { ...r, fileSize: size };
    }
    finally {
        await fh.close().catch(() => undefined);
    }
}
/**
 * Hashes every file, `concurrency` at a time (default: one per core), returning each path's digest
 * or the HashError that stopped it. Never rejects except when `signal` aborts.
 */
async function hashFilesSettled(absPaths, opts = {}) {
    const out = new Map();
    const unique = [...new Set(absPaths)];
    const concurrency = Math.max(1, Math.min(opts.concurrency ?? node_os__WEBPACK_IMPORTED_MODULE_3___default().availableParallelism(), unique.length || 1));
    let next = 0;
    const lane = async () => {
        while (next < unique.length) {
            if (opts.signal?.aborted)
                return;
            const abs = unique[next++];
            try {
                out.set(abs, await hashFile(abs, opts.signal));
            }
            catch (e) {
                const he = describe(abs, e);
                if (he.reason === 'ABORT')
                    return;
                out.set(abs, he);
            }
        }
    };
    await Promise.all(Array.from({ length: concurrency }, lane));
    if (opts.signal?.aborted)
        throw abortError(`${unique.length} files`);
    // Keep the caller's order.
    return new Map(unique.map((p) => [p, out.get(p)]));
}
/**
 * SHA-256 and size of each file (keys are the paths given). Rejects with the first file's HashError
 * when any file cannot be hashed; use hashFilesSettled to get every result.
 */
async function hashFiles(absPaths, opts = {}) {
    const settled = await hashFilesSettled(absPaths, opts);
    const out = new Map();
    for (const [p, r] of settled) {
        if (r instanceof HashError)
            throw r;
        out.set(p, r);
    }
    return out;
}


/***/ }),

/***/ 7396:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   n: () => (/* binding */ LFS_POINTER_MAX_SIZE),
/* harmony export */   y: () => (/* binding */ parseLfsPointer)
/* harmony export */ });
/**
 * Git LFS pointer files (https://github.com/git-lfs/git-lfs/blob/main/docs/spec.md).
 *
 * A checkout without LFS (`actions/checkout` defaults to `lfs: false`) leaves these small text files
 * where the models and datasets should be. Hashing or scanning them says nothing about the content,
 * so callers report a pointer as an error. The pointer's oid is the SHA-256 of the real content,
 * which lets a lock be compared with it without downloading anything.
 */
/** Git LFS only treats blobs smaller than this as possible pointers (`blobSizeCutoff` in git-lfs). */
const LFS_POINTER_MAX_SIZE = 1024;
const VERSION_LINES = new Set(['version https://git-lfs.github.com/spec/v1', 'version https://hawser.github.com/spec/v1']);
const OID_RE = /^sha256:([0-9a-f]{64})$/;
const SIZE_RE = /^(0|[1-9][0-9]*)$/;
const KEY_RE = /^[a-z0-9.-]+$/;
/**
 * Parses a Git LFS pointer. Returns the content's SHA-256 (64 lowercase hex digits, without the
 * `sha256:` prefix) and size, or null when `buf` is not a pointer: 1024 bytes or more, a first line
 * other than the spec's version line, a line that is not `key value`, or no valid `oid sha256:<hex>`
 * and `size <bytes>`. Lines end with `\n` (a `\r\n` left by autocrlf is accepted).
 */
function parseLfsPointer(buf) {
    if (buf.length === 0 || buf.length >= LFS_POINTER_MAX_SIZE)
        return null;
    // Cheap rejection before decoding: every pointer starts with "version ".
    if (buf.subarray(0, 8).toString('latin1') !== 'version ')
        return null;
    const text = buf.toString('utf8');
    if (text.includes('\uFFFD') || text.includes('\0'))
        return null;
    const lines = text.split('\n');
    if (lines[lines.length - 1] === '')
        lines.pop();
    if (lines.length < 3)
        return null;
    const first = lines[0].replace(/\r$/, '');
    if (!VERSION_LINES.has(first))
        return null;
    let oid = null;
    let size = null;
    const seen = new Set();
    for (const raw of lines.slice(1)) {
        const line = raw.replace(/\r$/, '');
        const sp = line.indexOf(' ');
        if (sp <= 0)
            return null;
        const key = line.slice(0, sp);
        const value = line.slice(sp + 1);
        if (!KEY_RE.test(key) || seen.has(key) || key === 'version')
            return null;
        seen.add(key);
        if (key === 'oid') {
            const m = OID_RE.exec(value);
            if (!m)
                return null;
            oid = m[1];
        }
        else if (key === 'size') {
            if (!SIZE_RE.test(value))
                return null;
            const n = Number(value);
            if (!Number.isSafeInteger(n))
                return null;
            size = n;
        }
    }
    if (oid === null || size === null)
        return null;
    return { oid, size };
}


/***/ }),

/***/ 27388:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   PK: () => (/* binding */ verifyLock),
/* harmony export */   xS: () => (/* binding */ factsOf)
/* harmony export */ });
/* unused harmony exports lockFormatOf, parseLockText, readLock, formatJsonLock, formatManifest, writeLock */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var picomatch__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(14006);
/* harmony import */ var picomatch__WEBPACK_IMPORTED_MODULE_10___default = /*#__PURE__*/__webpack_require__.n(picomatch__WEBPACK_IMPORTED_MODULE_10__);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(9691);
/* harmony import */ var _engine_errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(17679);
/* harmony import */ var _engine_paths_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(4886);
/* harmony import */ var _hash_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(17415);
/* harmony import */ var _read_small_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(51413);
/* harmony import */ var _lfs_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(7396);
/**
 * The hash lock shared by the models and data gates: a file listing path -> sha256 and size for
 * every file under the gate's paths, written by `ai-secure-gates lock models|data` and verified on
 * every run. See docs/gates/hash-lock.md.
 *
 * Formats read (detected by content): our JSON (below), and sha256sum-style manifests
 * (`<hex>  path`, `<hex> *path`, GNU `\`-escaped lines, and the BSD/--tag form `SHA256 (path) = <hex>`).
 */











/** Lock files larger than this are refused (a lock of a million files is ~100 MB of JSON). */
const MAX_LOCK_BYTES = 256 * 1024 * 1024;
const HEX64 = /^[0-9a-fA-F]{64}$/;
const MANIFEST_NAME = /(^|\/)SHA256SUMS$|\.sha256(sum)?$|\.sha256sums$/i;
const lockSchema = zod__WEBPACK_IMPORTED_MODULE_9__/* .strictObject */ .rej({
    version: zod__WEBPACK_IMPORTED_MODULE_9__/* .literal */ .euz(1, { error: 'version must be 1' }),
    algorithm: zod__WEBPACK_IMPORTED_MODULE_9__/* .literal */ .euz('sha256', { error: 'algorithm must be "sha256"' }),
    files: zod__WEBPACK_IMPORTED_MODULE_9__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_9__/* .string */ .YjP().min(1), zod__WEBPACK_IMPORTED_MODULE_9__/* .strictObject */ .rej({
        sha256: zod__WEBPACK_IMPORTED_MODULE_9__/* .string */ .YjP().regex(HEX64, 'sha256 must be 64 hexadecimal digits'),
        size: zod__WEBPACK_IMPORTED_MODULE_9__/* .number */ .aig().int().min(0, 'size must be a whole number of bytes')
    }))
});
// ---------------------------------------------------------------------------------------------
// Reading
function lineOf(text, index) {
    let line = 1;
    for (let i = 0; i < index && i < text.length; i++)
        if (text.charCodeAt(i) === 10)
            line++;
    return line;
}
function bad(file, lineRef, msg) {
    const line = typeof lineRef === 'function' ? lineRef() : lineRef;
    return new _engine_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ConfigError */ .xL('CONFIG_INVALID', `${file}${line ? `:${line}` : ''}: ${msg}`);
}
/**
 * Normalises a path from a lock (relative to `baseDir`, itself workspace-relative) to a
 * workspace-relative posix path, refusing absolute paths and paths that leave the workspace.
 */
/** A `.` or `..` path segment. */
const DOT_SEGMENT = /(^|\/)\.\.?(\/|$)/;
function normaliseEntryPath(raw, baseDir, file, line) {
    // Paths are POSIX: a backslash is part of the name (as on Linux), never a separator.
    const p = raw;
    if (p.startsWith('/') || /^[A-Za-z]:[\\/]/.test(p))
        throw bad(file, line, `"${raw}" is an absolute path; lock paths are relative to ${baseDir ? `the lock's folder (${baseDir})` : 'the workspace'}.`);
    // already normal (no empty, `.` or `..` segment, no trailing slash) and workspace-relative: itself
    if (!baseDir && p !== '' && !p.endsWith('/') && !p.includes('//') && !DOT_SEGMENT.test(p))
        return p;
    const joined = node_path__WEBPACK_IMPORTED_MODULE_2___default().posix.normalize(node_path__WEBPACK_IMPORTED_MODULE_2___default().posix.join(baseDir || '.', p));
    if (joined === '..' || joined.startsWith('../'))
        throw bad(file, line, `"${raw}" is outside the workspace; lock paths must stay inside the repository.`);
    if (joined === '.' || joined === '')
        throw bad(file, line, `"${raw}" is not a file path.`);
    return joined.replace(/\/+$/, '');
}
function sortedFiles(entries) {
    const arr = [...entries];
    // a lock our writer made is sorted already: checked in one pass
    let sorted = true;
    for (let i = 1; i < arr.length && sorted; i++)
        sorted = arr[i - 1][0] < arr[i][0];
    if (!sorted)
        arr.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return Object.fromEntries(arr);
}
const own = (o, k) => Object.prototype.hasOwnProperty.call(o, k);
const isRecord = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);
/**
 * True only for what lockSchema accepts unchanged: exactly version 1, algorithm "sha256" and files,
 * each entry exactly a 64-hex sha256 and a whole, non-negative, safe-integer size. Anything else
 * (including an entry named __proto__, which the schema drops) is left to the schema.
 */
function isPlainValidLock(data) {
    if (!isRecord(data) || Object.keys(data).length !== 3 || data.version !== 1 || data.algorithm !== 'sha256' || !own(data, 'version') || !own(data, 'algorithm') || !isRecord(data.files) || !own(data, 'files'))
        return false;
    const files = data.files;
    for (const k in files) {
        if (!own(files, k))
            return false;
        const v = files[k];
        if (k === '' || k === '__proto__' || !isRecord(v) || Object.keys(v).length !== 2 || !own(v, 'sha256') || !own(v, 'size'))
            return false;
        if (typeof v.sha256 !== 'string' || !HEX64.test(v.sha256) || typeof v.size !== 'number' || !Number.isSafeInteger(v.size) || v.size < 0)
            return false;
    }
    return Object.getOwnPropertySymbols(files).length === 0;
}
function parseJsonLock(text, file, baseDir) {
    let data;
    try {
        data = JSON.parse(text);
    }
    catch (e) {
        const pos = /position (\d+)/.exec((0,_engine_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .errorMessage */ .gJ)(e));
        throw bad(file, pos ? lineOf(text, Number(pos[1])) : null, `not valid JSON (${(0,_engine_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .errorMessage */ .gJ)(e)}). Regenerate it with \`npx ai-secure-gates lock\`.`);
    }
    // A lock our writer made passes the plain check below, which costs a fraction of the schema's on
    // tens of thousands of entries; anything else goes through the schema, which names the problem.
    const r = isPlainValidLock(data) ? { success: true, data } : lockSchema.safeParse(data);
    if (!r.success) {
        const issue = r.error.issues[0];
        const key = issue.path.length >= 2 && issue.path[0] === 'files' ? String(issue.path[1]) : issue.path.length ? String(issue.path[0]) : null;
        const idx = key ? text.indexOf(JSON.stringify(key)) : -1;
        const where = issue.path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`)).join('') || '(top level)';
        throw bad(file, idx >= 0 ? lineOf(text, idx) : null, `${where.replace(/^\./, '')}: ${issue.message}. Expected {"version": 1, "algorithm": "sha256", "files": {"<path>": {"sha256": "<64 hex>", "size": <bytes>}}}.`);
    }
    // One pass over the entries; an entry's line is looked up only for an error message about it.
    const seen = new Map();
    let k = '';
    const line = () => {
        const idx = text.indexOf(JSON.stringify(k));
        return idx >= 0 ? lineOf(text, idx) : null;
    };
    for (const [key, v] of Object.entries(r.data.files)) {
        k = key;
        const rel = normaliseEntryPath(k, baseDir, file, line);
        if (seen.has(rel))
            throw bad(file, line, `"${k}" names the same file as another entry (${rel}).`);
        seen.set(rel, { sha256: v.sha256.toLowerCase(), size: v.size });
    }
    return { version: 1, algorithm: 'sha256', files: sortedFiles(seen) };
}
// `s`: a path may hold U+2028/U+2029, which `.` would not match.
const GNU_LINE = /^([0-9a-fA-F]+) ([ *])(.+)$/s;
const BSD_LINE = /^(?:SHA256|SHA2-256) ?\((.+)\) ?= ?([0-9a-fA-F]+)$/s;
const OTHER_TAG = /^(MD5|SHA1|SHA224|SHA384|SHA512|SHA3-\d+|BLAKE2\w*|SHA2-\d+) ?\(/i;
function unescapeGnu(s, file, line) {
    return s.replace(/\\(.)/g, (_m, c) => {
        if (c === '\\')
            return '\\';
        if (c === 'n')
            return '\n';
        if (c === 'r')
            return '\r';
        throw bad(file, line, `unknown escape "\\${c}" in an escaped sha256sum line.`);
    });
}
function digestHint(hex) {
    const names = { 32: 'MD5', 40: 'SHA-1', 56: 'SHA-224', 96: 'SHA-384', 128: 'SHA-512' };
    const n = names[hex.length];
    return n ? ` (${hex.length} hex digits looks like ${n}; only SHA-256 is accepted: use sha256sum)` : '';
}
function parseManifest(text, file, baseDir) {
    const files = new Map();
    const lines = text.split('\n');
    for (let i = 0; i < lines.length; i++) {
        const lineNo = i + 1;
        let line = lines[i].replace(/\r$/, '');
        if (line.trim() === '' || line.startsWith('#'))
            continue;
        let escaped = false;
        if (line.startsWith('\\')) {
            escaped = true;
            line = line.slice(1);
        }
        let hex;
        let p;
        const g = GNU_LINE.exec(line);
        const b = g ? null : BSD_LINE.exec(line);
        if (g) {
            hex = g[1];
            p = g[3];
        }
        else if (b) {
            p = b[1];
            hex = b[2];
        }
        else {
            const other = OTHER_TAG.exec(line);
            if (other)
                throw bad(file, lineNo, `a ${other[1].toUpperCase()} line; only SHA-256 is accepted (use sha256sum or sha256sum --tag).`);
            throw bad(file, lineNo, `not a sha256sum line: expected "<64 hex>  path", "<64 hex> *path" or "SHA256 (path) = <64 hex>".`);
        }
        if (!HEX64.test(hex))
            throw bad(file, lineNo, `the digest has ${hex.length} hex digits, not 64${digestHint(hex)}.`);
        if (escaped)
            p = unescapeGnu(p, file, lineNo);
        const rel = normaliseEntryPath(p, baseDir, file, lineNo);
        const entry = { sha256: hex.toLowerCase(), size: -1 };
        const prev = files.get(rel);
        if (prev && prev.sha256 !== entry.sha256)
            throw bad(file, lineNo, `${rel} is listed twice with different digests.`);
        files.set(rel, entry);
    }
    if (files.size === 0)
        throw bad(file, null, 'no entries. Regenerate it with `npx ai-secure-gates lock`.');
    return { version: 1, algorithm: 'sha256', files: sortedFiles(files) };
}
/** Which format a lock's text is in: JSON starts with `{`, anything else is read as a manifest. */
function lockFormatOf(text) {
    return text.replace(/^\uFEFF/, '').trimStart().startsWith('{') ? 'json' : 'manifest';
}
/**
 * Parses lock text. `file` names it in errors; `baseDir` (workspace-relative) is the folder
 * manifest paths are relative to (JSON lock paths are always workspace-relative).
 */
function parseLockText(text, file, baseDir = '') {
    const t = text.replace(/^\uFEFF/, '');
    if (t.trim() === '')
        throw bad(file, null, 'the lock file is empty. Regenerate it with `npx ai-secure-gates lock`.');
    if (t.includes('\0'))
        throw bad(file, null, 'the lock file is binary, not a JSON lock or a sha256sum manifest.');
    return lockFormatOf(t) === 'json' ? parseJsonLock(t, file, '') : parseManifest(t, file, baseDir);
}
function cleanRel(p) {
    return node_path__WEBPACK_IMPORTED_MODULE_2___default().posix.normalize(p.replace(/\\/g, '/')).replace(/^\.\//, '');
}
/** Reads a lock file (our JSON or a sha256sum manifest). Throws ConfigError naming the file and line. */
async function readLock(workspace, lockPath) {
    const rel = cleanRel(lockPath);
    const abs = (0,_engine_paths_js__WEBPACK_IMPORTED_MODULE_5__.resolveInside)(workspace, rel, 'lock');
    let st;
    try {
        st = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.lstat)(abs);
    }
    catch (e) {
        const code = e.code;
        if (code === 'ENOENT' || code === 'ENOTDIR')
            throw new _engine_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ConfigError */ .xL('CONFIG_NOT_FOUND', `Lock file ${rel} not found. Create it with \`npx ai-secure-gates lock\`.`, { cause: e });
        throw new _engine_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ConfigError */ .xL('CONFIG_UNREADABLE', `Lock file ${rel} could not be read: ${(0,_engine_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .errorMessage */ .gJ)(e)}`, { cause: e });
    }
    if (st.isSymbolicLink())
        throw new _engine_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ConfigError */ .xL('OUTSIDE_WORKSPACE', `Lock file ${rel} is a symlink; it was not followed. Commit the lock file itself.`);
    if (!st.isFile())
        throw new _engine_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ConfigError */ .xL('CONFIG_INVALID', `Lock file ${rel} is not a regular file.`);
    if (st.size > MAX_LOCK_BYTES)
        throw new _engine_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ConfigError */ .xL('CONFIG_INVALID', `Lock file ${rel} is ${st.size} bytes, over the ${MAX_LOCK_BYTES} byte limit.`);
    await (0,_engine_paths_js__WEBPACK_IMPORTED_MODULE_5__/* .realInside */ .he)(workspace, rel, 'lock');
    let text;
    try {
        const fh = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.open)(abs, node_fs__WEBPACK_IMPORTED_MODULE_1__.constants.O_RDONLY | (node_fs__WEBPACK_IMPORTED_MODULE_1__.constants.O_NOFOLLOW ?? 0));
        try {
            text = await fh.readFile('utf8');
        }
        finally {
            await fh.close();
        }
    }
    catch (e) {
        throw new _engine_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ConfigError */ .xL('CONFIG_UNREADABLE', `Lock file ${rel} could not be read: ${(0,_engine_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .errorMessage */ .gJ)(e)}`, { cause: e });
    }
    const dir = node_path__WEBPACK_IMPORTED_MODULE_2___default().posix.dirname(rel);
    return parseLockText(text, rel, dir === '.' ? '' : dir);
}
// ---------------------------------------------------------------------------------------------
// Shared walking and hashing
function relMessage(workspace, e) {
    const msg = (0,_engine_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .errorMessage */ .gJ)(e);
    const prefix = workspace.endsWith((node_path__WEBPACK_IMPORTED_MODULE_2___default().sep)) ? workspace : workspace + (node_path__WEBPACK_IMPORTED_MODULE_2___default().sep);
    return msg.split(prefix).join('');
}
/** The facts of a file's whole content. */
function factsOf(data) {
    // one-shot: no Hash object per file (thousands of small files)
    const sha256 = (0,node_crypto__WEBPACK_IMPORTED_MODULE_3__.hash)('sha256', data, 'hex');
    let pointer = null;
    if (data.length < _lfs_js__WEBPACK_IMPORTED_MODULE_8__/* .LFS_POINTER_MAX_SIZE */ .n) {
        try {
            pointer = (0,_lfs_js__WEBPACK_IMPORTED_MODULE_8__/* .parseLfsPointer */ .y)(data);
        }
        catch {
            pointer = null;
        }
    }
    return { digest: { sha256, size: data.length }, pointer };
}
/**
 * The caller's walk, minus the lock file, when that is exactly what walking with the lock excluded
 * would give: the lock path is literal (no glob syntax, so excluding it removes that one path and
 * what is under it), nothing walked lies under it, and the walk was not cut short. Else null.
 */
function reuseWalk(walk, lockRel) {
    if (!walk || walk.truncated || /[*?[\]{}()!+@\\"|]/.test(lockRel))
        return null;
    const under = `${lockRel}/`;
    if (walk.files.some((f) => f.startsWith(under)) || walk.symlinks.some((f) => f.startsWith(under)))
        return null;
    return { ...walk, files: walk.files.filter((f) => f !== lockRel) };
}
async function scan(workspace, paths, exclude, lockRel, opts = {}) {
    const { signal, known } = opts;
    for (const p of paths) {
        (0,_engine_paths_js__WEBPACK_IMPORTED_MODULE_5__.resolveInside)(workspace, p, 'path');
        // walkFiles lstat()s each path it starts from, which follows symlinked folders *above* it
        // (paths: [link/sub] with link -> /etc): check the start folder really is inside.
        const base = picomatch__WEBPACK_IMPORTED_MODULE_10___default().scan(p.replace(/\\/g, '/')).base || '.';
        let exists = true;
        try {
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.lstat)(node_path__WEBPACK_IMPORTED_MODULE_2___default().join(workspace, base));
        }
        catch {
            exists = false;
        }
        if (exists)
            await (0,_engine_paths_js__WEBPACK_IMPORTED_MODULE_5__/* .realInside */ .he)(workspace, node_path__WEBPACK_IMPORTED_MODULE_2___default().posix.dirname(base.replace(/\/+$/, '')) || '.', 'path');
    }
    const walk = reuseWalk(opts.walk, lockRel) ?? (await (0,_engine_paths_js__WEBPACK_IMPORTED_MODULE_5__/* .walkFiles */ .Fv)(workspace, { include: paths, exclude: [...exclude, lockRel] }));
    const absOf = (rel) => node_path__WEBPACK_IMPORTED_MODULE_2___default().join(workspace, ...rel.split('/'));
    // Small files: one synchronous read each, hashed and checked for an LFS pointer from the same
    // bytes (hash.ts readSmallFileSync); larger or unreadable ones go through hashFilesSettled,
    // which hashes large files on the worker pool and names each error.
    const quick = new Array(walk.files.length);
    const pause = (0,_read_small_js__WEBPACK_IMPORTED_MODULE_7__/* .yieldEvery */ .Zg)(256);
    for (let i = 0; i < walk.files.length; i++) {
        if (signal?.aborted)
            break;
        let facts = known?.get(walk.files[i]);
        if (!facts) {
            const data = (0,_read_small_js__WEBPACK_IMPORTED_MODULE_7__/* .readSmallFileSync */ .x6)(absOf(walk.files[i]));
            facts = data ? factsOf(data) : undefined;
            await pause();
        }
        quick[i] = facts ?? null;
    }
    if (signal?.aborted)
        throw new _hash_js__WEBPACK_IMPORTED_MODULE_6__/* .HashError */ .xS(workspace, 'ABORT', 'hashing was cancelled');
    const slow = walk.files.filter((_, i) => !quick[i]).map(absOf);
    const digests = slow.length ? await (0,_hash_js__WEBPACK_IMPORTED_MODULE_6__/* .hashFilesSettled */ .jj)(slow, { signal }) : new Map();
    const out = walk.files.map((rel, i) => {
        const q = quick[i];
        return q ? { rel, digest: q.digest, pointer: q.pointer } : { rel, digest: digests.get(absOf(rel)), pointer: null };
    });
    return { files: out, symlinks: walk.symlinks.filter((s) => s !== lockRel), unreadable: walk.unreadable ?? [], truncated: walk.truncated };
}
// ---------------------------------------------------------------------------------------------
// Writing
function escapeManifestPath(p) {
    if (!/[\\\n\r]/.test(p))
        return { escaped: false, text: p };
    return { escaped: true, text: p.replace(/\\/g, '\\\\').replace(/\n/g, '\\n').replace(/\r/g, '\\r') };
}
/** Serialises a lock as our JSON: sorted keys, two-space indent, final newline. Same input, same bytes. */
function formatJsonLock(lock) {
    const files = sortedFiles(Object.entries(lock.files).map(([k, v]) => [k, { sha256: v.sha256, size: v.size }]));
    return JSON.stringify({ version: 1, algorithm: 'sha256', files }, null, 2) + '\n';
}
/** Serialises a lock as a sha256sum manifest with paths relative to `baseDir` (the manifest's folder). */
function formatManifest(lock, baseDir = '') {
    const lines = [];
    for (const [rel, e] of Object.entries(sortedFiles(Object.entries(lock.files)))) {
        const p = baseDir ? path.posix.relative(baseDir, rel) : rel;
        const { escaped, text } = escapeManifestPath(p);
        lines.push(`${escaped ? '\\' : ''}${e.sha256}  ${text}`);
    }
    return lines.join('\n') + '\n';
}
/**
 * Hashes every file under `paths` (minus `exclude` and the lock itself) and writes the lock at
 * `lockPath`: our JSON, or a sha256sum manifest when the existing file is one (or the name is
 * SHA256SUMS / *.sha256). A Git LFS pointer is recorded with its oid and size (the content's digest).
 * Refuses symlinks under the paths and an empty file set. Writes atomically (temp file + rename).
 */
async function writeLock(opts) {
    const { workspace } = opts;
    const lockRel = cleanRel(opts.lockPath);
    const abs = resolveInside(workspace, lockRel, 'lock');
    const dirRel = path.posix.dirname(lockRel) === '.' ? '' : path.posix.dirname(lockRel);
    // The lock's folder (or its nearest existing ancestor) must really be inside the workspace before
    // anything is read or created there: a committed symlinked folder must not redirect the write.
    let probe = dirRel;
    for (;;) {
        try {
            await lstat(path.join(workspace, probe || '.'));
            break;
        }
        catch {
            probe = path.posix.dirname(probe) === '.' ? '' : path.posix.dirname(probe);
            if (!probe)
                break;
        }
    }
    await realInside(workspace, probe || '.', 'lock folder');
    let format = MANIFEST_NAME.test(lockRel) ? 'manifest' : 'json';
    try {
        const st = await lstat(abs);
        if (st.isSymbolicLink())
            throw new GatesError('OUTSIDE_WORKSPACE', `Lock file ${lockRel} is a symlink; refusing to write through it. Remove the link first.`);
        if (!st.isFile())
            throw new GatesError('INPUT', `Lock file ${lockRel} exists and is not a regular file.`);
        if (st.size > 0 && st.size <= MAX_LOCK_BYTES)
            format = lockFormatOf((await readFile(abs, 'utf8')).slice(0, 4096));
    }
    catch (e) {
        if (e.code !== 'ENOENT')
            throw e;
    }
    const scanned = await scan(workspace, opts.paths, opts.exclude ?? [], lockRel, { signal: opts.signal });
    if (scanned.symlinks.length > 0) {
        throw new GatesError('INPUT', `symlinks under ${opts.paths.join(', ')} are not followed and cannot be locked: ${scanned.symlinks.join(', ')}. Replace each with the file it points to, or exclude it.`);
    }
    if (scanned.unreadable.length > 0) {
        throw new GatesError('INPUT', `names under ${opts.paths.join(', ')} that are not valid UTF-8 cannot be recorded in a lock: ${scanned.unreadable.join(', ')}. Rename each (UTF-8), or exclude it.`);
    }
    if (scanned.truncated)
        throw new GatesError('INPUT', `too many files under ${opts.paths.join(', ')}; narrow the paths or add excludes.`);
    const skip = opts.skip ? await opts.skip.select(scanned.files.map((f) => f.rel), []) : new Set();
    const kept = scanned.files.filter((f) => !skip.has(f.rel));
    if (kept.length === 0)
        throw new GatesError('INPUT', `no files found under ${opts.paths.join(', ')}${skip.size ? ` besides ${skip.size} left out (${opts.skip.reason})` : ''}; check the configured paths.`);
    const entries = [];
    const lfsPointers = [];
    for (const f of kept) {
        if (f.digest instanceof HashError)
            throw new GatesError('INPUT', `${f.rel} could not be hashed: ${relMessage(workspace, f.digest)}`, { cause: f.digest });
        if (f.pointer) {
            lfsPointers.push(f.rel);
            entries.push([f.rel, { sha256: f.pointer.oid, size: f.pointer.size }]);
        }
        else
            entries.push([f.rel, { sha256: f.digest.sha256, size: f.digest.size }]);
    }
    const lock = { version: 1, algorithm: 'sha256', files: sortedFiles(entries) };
    const text = format === 'json' ? formatJsonLock(lock) : formatManifest(lock, dirRel);
    const dirAbs = path.dirname(abs);
    await mkdir(dirAbs, { recursive: true });
    await realInside(workspace, dirRel || '.', 'lock folder');
    const tmp = path.join(dirAbs, `.${path.basename(abs)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
    try {
        await writeFile(tmp, text, { flag: 'wx', mode: 0o644 });
        await rename(tmp, abs);
    }
    catch (e) {
        await rm(tmp, { force: true }).catch(() => undefined);
        throw new GatesError('INPUT', `could not write lock file ${lockRel}: ${errorMessage(e)}`, { cause: e });
    }
    return { written: entries.length, lock, lfsPointers, format, skipped: [...skip].sort() };
}
// ---------------------------------------------------------------------------------------------
// Verifying
const LFS_HINT = 'enable LFS in checkout (actions/checkout with lfs: true)';
/**
 * Verifies the files under `paths` against the lock. Findings: `lock/hash-mismatch` (critical),
 * `lock/missing-file` (high), `lock/unlisted-file` (high), `lock/symlink` (high). Errors (the gate
 * cannot decide): no or unreadable lock, Git LFS pointers instead of content, unreadable files.
 * One `hash-lock` Check per file examined.
 */
async function verifyLock(opts) {
    const { workspace, gate } = opts;
    const findings = [];
    const checks = [];
    const errors = [];
    const lockRel = cleanRel(opts.lockPath);
    const cmd = `npx ai-secure-gates lock ${gate}`;
    let lock;
    try {
        lock = await readLock(workspace, lockRel);
    }
    catch (e) {
        if (e instanceof _engine_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ConfigError */ .xL && e.code === 'CONFIG_NOT_FOUND') {
            errors.push(`Lock file ${lockRel} not found: run \`${cmd}\` and commit ${lockRel}, or remove the lock setting.`);
        }
        else {
            errors.push(`${(0,_engine_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .errorMessage */ .gJ)(e)}${e instanceof _engine_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ConfigError */ .xL && e.code === 'CONFIG_INVALID' ? ` Fix it or regenerate with \`${cmd}\`.` : ''}`);
        }
        return { findings, checks, errors };
    }
    let scanned;
    try {
        scanned = await scan(workspace, opts.paths, opts.exclude ?? [], lockRel, { signal: opts.signal, known: opts.known, walk: opts.walk });
    }
    catch (e) {
        if (e instanceof _hash_js__WEBPACK_IMPORTED_MODULE_6__/* .HashError */ .xS && e.reason === 'ABORT')
            throw e;
        errors.push(`${relMessage(workspace, e)}`);
        return { findings, checks, errors };
    }
    if (scanned.truncated)
        errors.push(`too many files under ${opts.paths.join(', ')}: only the first ones were verified; narrow the paths or add excludes.`);
    for (const u of scanned.unreadable) {
        errors.push(`${u}: the name is not valid UTF-8 (or the folder could not be read), so it could not be verified against ${lockRel}; rename it (UTF-8) or exclude it`);
        checks.push({ name: 'hash-lock', target: u, outcome: 'error', details: { expected: null, actual: null, size: null, reason: 'name not valid UTF-8: not verified' } });
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
        });
        checks.push({ name: 'hash-lock', target: s, outcome: 'fail', details: { expected: lock.files[s]?.sha256 ?? null, actual: null, size: null, symlink: true } });
    }
    let skip = new Set();
    if (opts.skip) {
        const present = new Set([...scanned.files.map((f) => f.rel), ...scanned.symlinks]);
        try {
            skip = await opts.skip.select(scanned.files.map((f) => f.rel), Object.keys(lock.files).filter((rel) => !present.has(rel)));
        }
        catch (e) {
            errors.push(`the files the lock leaves out (${opts.skip.reason}) could not be told apart: ${relMessage(workspace, e)}`);
        }
    }
    const leftOut = (rel, expected, actual, size) => checks.push({ name: 'hash-lock', target: rel, outcome: 'info', details: { expected: expected?.sha256 ?? null, actual, size, notCovered: opts.skip.reason } });
    const seen = new Set(scanned.symlinks);
    for (const f of scanned.files) {
        seen.add(f.rel);
        const expected = lock.files[f.rel] ?? null;
        if (skip.has(f.rel)) {
            leftOut(f.rel, expected, f.digest instanceof _hash_js__WEBPACK_IMPORTED_MODULE_6__/* .HashError */ .xS ? null : f.digest.sha256, f.digest instanceof _hash_js__WEBPACK_IMPORTED_MODULE_6__/* .HashError */ .xS ? null : f.digest.size);
            continue;
        }
        if (f.digest instanceof _hash_js__WEBPACK_IMPORTED_MODULE_6__/* .HashError */ .xS) {
            errors.push(`${f.rel} could not be hashed: ${relMessage(workspace, f.digest)}`);
            checks.push({ name: 'hash-lock', target: f.rel, outcome: 'error', details: { expected: expected?.sha256 ?? null, actual: null, size: null } });
            continue;
        }
        const actual = f.digest.sha256;
        const size = f.digest.size;
        if (f.pointer) {
            const oid = f.pointer.oid;
            let note;
            if (!expected)
                note = ` It is not in ${lockRel} either.`;
            else if (expected.sha256 === oid)
                note = ` Its oid matches ${lockRel} (sha256 ${oid}): the pointer is the locked content, but the content was not fetched, so it was not verified.`;
            else if (expected.sha256 === actual)
                note = ` ${lockRel} records the pointer file's own hash, not the content's: fetch the LFS content and run \`${cmd}\` again.`;
            else
                note = ` Its oid (sha256 ${oid}) does not match ${lockRel} (expected ${expected.sha256}).`;
            errors.push(`${f.rel} is a Git LFS pointer, not the file: ${LFS_HINT}.${note}`);
            checks.push({ name: 'hash-lock', target: f.rel, outcome: 'error', details: { expected: expected?.sha256 ?? null, actual, size, lfsPointer: { oid, size: f.pointer.size } } });
            if (expected && expected.sha256 !== oid && expected.sha256 !== actual) {
                findings.push(mismatch(f.rel, lockRel, expected, oid, f.pointer.size, true, cmd));
            }
            continue;
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
            });
            checks.push({ name: 'hash-lock', target: f.rel, outcome: 'fail', details: { expected: null, actual, size } });
            continue;
        }
        if (expected.sha256 !== actual) {
            findings.push(mismatch(f.rel, lockRel, expected, actual, size, false, cmd));
            checks.push({ name: 'hash-lock', target: f.rel, outcome: 'fail', details: { expected: expected.sha256, actual, size } });
            continue;
        }
        if (expected.size >= 0 && expected.size !== size) {
            errors.push(`${lockRel}: ${f.rel} has the locked sha256 but the lock says ${expected.size} bytes and the file has ${size}; the lock was edited by hand: regenerate it with \`${cmd}\`.`);
            checks.push({ name: 'hash-lock', target: f.rel, outcome: 'error', details: { expected: expected.sha256, actual, size } });
            continue;
        }
        checks.push({ name: 'hash-lock', target: f.rel, outcome: 'pass', details: { expected: expected.sha256, actual, size } });
    }
    for (const [rel, entry] of Object.entries(lock.files)) {
        if (seen.has(rel))
            continue;
        if (skip.has(rel)) {
            leftOut(rel, entry, null, null);
            continue;
        }
        findings.push({
            ruleId: 'lock/missing-file',
            severity: 'high',
            title: 'Locked file missing',
            message: `${rel} is listed in ${lockRel} (sha256 ${entry.sha256}) but was not found under ${opts.paths.join(', ')}: restore it, or run \`${cmd}\` if it was removed on purpose.`,
            location: { path: rel, startLine: null },
            fingerprintKey: `lock/missing-file:${rel}`,
            properties: { lock: lockRel, expected: entry.sha256, actual: null, size: entry.size >= 0 ? entry.size : null }
        });
        checks.push({ name: 'hash-lock', target: rel, outcome: 'fail', details: { expected: entry.sha256, actual: null, size: null } });
    }
    if (checks.length === 0 && errors.length === 0) {
        errors.push(`nothing to verify: no files under ${opts.paths.join(', ')} and none listed in ${lockRel}; check the configured paths.`);
    }
    return { findings, checks, errors };
}
function mismatch(rel, lockRel, expected, actual, size, fromPointer, cmd) {
    return {
        ruleId: 'lock/hash-mismatch',
        severity: 'critical',
        title: 'File changed since it was locked',
        message: `${rel} does not match ${lockRel}: expected sha256 ${expected.sha256}` +
            `${expected.size >= 0 ? ` (${expected.size} bytes)` : ''}, ${fromPointer ? 'the LFS pointer names' : 'found'} ${actual} (${size} bytes). ` +
            `If the change is intended, run \`${cmd}\` and commit the lock with it.`,
        location: { path: rel, startLine: null },
        fingerprintKey: `lock/hash-mismatch:${rel}:${actual}`,
        properties: { lock: lockRel, expected: expected.sha256, actual, size, expectedSize: expected.size >= 0 ? expected.size : null, ...(fromPointer ? { lfsPointer: true } : {}) }
    };
}


/***/ }),

/***/ 51413:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Zg: () => (/* binding */ yieldEvery),
/* harmony export */   x6: () => (/* binding */ readSmallFileSync)
/* harmony export */ });
/* unused harmony export ONE_READ_LIMIT */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/**
 * Reading a small file whole, in one go: the models gate reads each model file once for its scanner
 * and its hash lock, `scan-models` reads the files it is given. No import beyond node:fs, so the
 * CLI's start-up does not pay for the hashing machinery (worker threads) of hash.ts.
 */

const OPEN_FLAGS = node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_RDONLY | (node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NOFOLLOW ?? 0) | (node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NONBLOCK ?? 0);
/** Files up to this size are read whole by readSmallFileSync (one read feeds the hash and any scanner). */
const ONE_READ_LIMIT = 256 * 1024;
/**
 * The bytes of a small regular file, read whole: open (never following a symlink, never blocking
 * on a FIFO), fstat, one read, close. Synchronous on purpose: for the thousands of files of a few
 * KiB a models or data folder holds, these four system calls on the page cache cost a fraction of
 * the promise and thread-pool round trips of fs/promises (30k pickles: ~1 s against ~3.7 s). Call
 * it between awaits and yield to the event loop now and then (see yieldEvery).
 * Returns null for anything else (missing, unreadable, not a regular file, over `limit`, grown
 * since fstat): the caller then takes its ordinary path, which names the error.
 */
function readSmallFileSync(abs, limit = ONE_READ_LIMIT) {
    let fd;
    try {
        fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync)(abs, OPEN_FLAGS);
    }
    catch {
        return null;
    }
    try {
        const st = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.fstatSync)(fd);
        if (!st.isFile() || st.size > limit)
            return null;
        // One byte more than the size: a file that grew since fstat goes to the caller's ordinary path.
        const buf = Buffer.allocUnsafe(st.size + 1);
        let n = 0;
        for (;;) {
            const r = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readSync)(fd, buf, n, buf.length - n, n);
            if (r === 0)
                break;
            n += r;
            if (n === buf.length)
                return null;
        }
        return buf.subarray(0, n);
    }
    catch {
        return null;
    }
    finally {
        try {
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(fd);
        }
        catch {
            /* closing a read-only descriptor cannot lose data */
        }
    }
}
/**
 * A counter for loops doing synchronous work between awaits: every `n` calls it yields one turn of
 * the event loop (setImmediate), so gates running alongside keep their timers and child pipes served.
 */
function yieldEvery(n) {
    let i = 0;
    return () => (++i % n === 0 ? new Promise((resolve) => setImmediate(resolve)) : undefined);
}


/***/ })

};
