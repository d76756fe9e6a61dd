/**
 * The model file scanner: detects each file's format by its content (never its extension), opens
 * containers the way their loaders do, runs every pickle stream through the pickle VM, and checks
 * the headers of the formats that cannot carry code. It returns issues (findings to be), the
 * globals with their verdicts, what it looked at, and errors for what it could not decide.
 */
import { realpath, stat } from 'node:fs/promises'
import path from 'node:path'
import { parseLfsPointer } from '../lfs.js'
import { classifyGlobal, type Verdict } from '../pickle/globals.js'
import { importsSomething, looksLikePickle } from '../pickle/sniff.js'
import { scanPickle, type GlobalRef, type PickleScan } from '../pickle/vm.js'
import { sniffCompression, type Compression } from './compression.js'
import { findH5ModelConfig, checkKerasConfig } from './keras.js'
import { checkGguf } from './gguf.js'
import { checkHdf5Superblock } from './hdf5.js'
import { findH5StringAttrs } from './hdf5-attrs.js'
import { parseJsonStrict } from './json.js'
import { DEFAULT_LIMITS, LimitError, type ScanLimits } from './limits.js'
import { NPY_MAGIC, parseNpyHeader } from './npy.js'
import { checkOnnx, type OnnxExternal } from './onnx.js'
import { checkSafetensors, looksLikeSafetensors } from './safetensors.js'
import { BufferSource, FileSource, SliceSource, type Source } from './source.js'
import { isTarHeader, readTarEntries } from './tar.js'
import { legacyTarSections, storageDeclarations, torchMemberRole, torchPrefix, type DeclResult } from './torch.js'
import { findEocd, readZipDirectory, readZipMember, type ZipEntry } from './zip.js'
import { nowMs } from '../clock.js'

export type IssueSeverity = 'critical' | 'high' | 'medium' | 'low' | 'info'

export interface ScanIssue {
  ruleId: string
  severity: IssueSeverity
  message: string
  /** Archive member ('' for the file itself); nested members are joined with "!/". */
  member: string
  /** What the finding is about besides the member (a global, a layer, a tensor): its fingerprint. */
  subject: string
  properties?: Record<string, unknown>
}

export interface GlobalVerdict {
  global: string
  verdict: Verdict
  member: string
  opcode: string
  offset: number
  count: number
  calls: string[]
}

export interface MemberInfo {
  member: string
  format: string
  size: number
  note?: string
}

export interface FileScanResult {
  /** Workspace-relative (or as given) path. */
  path: string
  /** Format of the file itself (what its first bytes are). */
  format: string
  members: MemberInfo[]
  globals: GlobalVerdict[]
  issues: ScanIssue[]
  /** Reasons the file could not be decided: any entry means "not known to be safe". */
  errors: string[]
  /** True when the file holds a pickle stream anywhere (for forbid-pickle). */
  hasPickle: boolean
}

export interface ModelScanOptions {
  limits?: Partial<ScanLimits>
  /** Extra globals the user allows (compiled allow-globals). */
  allow?: (module: string, name: string) => boolean
  /** Any pickle stream is a finding. */
  forbidPickle?: boolean
}

const HEAD = 64 * 1024
const HDF5_MAGIC = Buffer.from([0x89, 0x48, 0x44, 0x46, 0x0d, 0x0a, 0x1a, 0x0a])
const SAFETENSORS_EXT = /\.safetensors$/i
/** Extensions that promise a format with a magic number or header this scanner checks. */
const DECLARED_FORMAT: Array<[RegExp, string]> = [
  [/\.gguf$/i, 'GGUF'],
  [/\.(h5|hdf5)$/i, 'HDF5'],
  [/\.keras$/i, 'Keras (zip)'],
  [/\.npz$/i, 'NumPy .npz (zip)'],
  [/\.npy$/i, 'NumPy .npy']
]
const IDENT = /^[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)*$/
const DANGER_WORDS: Array<[RegExp, string]> = [
  [/^(os|posix|nt|subprocess|_posixsubprocess|pty|commands|platform)\b/, 'runs a shell command or program when the file is loaded'],
  [/^(builtins|__builtin__)\.(eval|exec|compile|__import__)$/, 'evaluates Python code when the file is loaded'],
  [/^(socket|_socket|ssl|http|httplib|urllib|requests|httpx|aiohttp|ftplib|smtplib|webbrowser)\b/, 'opens network connections when the file is loaded'],
  [/^(pickle|_pickle|marshal|dill|cloudpickle|joblib|torch\.serialization|shelve)\b/, 'loads another serialized payload when the file is loaded']
]

function describe(global: string): string {
  for (const [re, text] of DANGER_WORDS) if (re.test(global)) return text
  return 'can run code, read or write files or reach the network when the file is loaded'
}

const join = (parent: string, name: string): string => (parent ? `${parent}!/${name}` : name)
const where = (file: string, member: string): string => (member ? `${file} (member ${member})` : file)

class Scanner {
  readonly limits: ScanLimits
  readonly res: FileScanResult
  readonly deadline: number
  readonly budget = { inflated: 0 }

  constructor(
    rel: string,
    readonly opts: ModelScanOptions,
    /** The file on disk (for what its format loads from beside it: ONNX external data), when scanned from disk. */
    readonly abs?: string
  ) {
    this.limits = { ...DEFAULT_LIMITS, ...opts.limits }
    this.deadline = nowMs() + this.limits.timeMs
    this.res = { path: rel, format: 'unknown', members: [], globals: [], issues: [], errors: [], hasPickle: false }
  }

  issue(i: ScanIssue): void {
    this.res.issues.push(i)
  }

  member(member: string, format: string, size: number, note?: string): void {
    if (member === '' && this.res.format === 'unknown') this.res.format = format
    this.res.members.push(note ? { member, format, size, note } : { member, format, size })
  }

  checkTime(): void {
    if (nowMs() > this.deadline) throw new LimitError(`scan time limit of ${this.limits.timeMs} ms reached`)
  }

  async scan(src: Source, member: string, depth: number, nameHint: string, chain: string): Promise<void> {
    this.checkTime()
    const size = src.size
    if (size === 0) return this.member(member, chain + 'empty', 0)
    const head = await src.read(0, Math.min(size, HEAD))
    if (size < 1024) {
      const lfs = parseLfsPointer(head)
      if (lfs) {
        this.member(member, chain + 'lfs-pointer', size)
        this.res.errors.push(
          `${where(this.res.path, member)} is a Git LFS pointer (oid sha256:${lfs.oid.slice(0, 12)}…, ${lfs.size} bytes), not the model: the checkout ran without LFS. Set "lfs: true" on actions/checkout (or run git lfs pull) so the real file is scanned.`
        )
        return
      }
    }
    const magic4 = head.length >= 4 ? head.readUInt32LE(0) : 0
    let isZip = false
    let triedAsPickle = false
    let pickleEnd = 0
    const comp = sniffCompression(head)
    if (magic4 === 0x04034b50 || magic4 === 0x06054b50) {
      isZip = true
      await this.zip(src, member, depth, nameHint, chain)
    } else if (head.length >= 6 && head.subarray(0, 6).equals(NPY_MAGIC)) await this.npy(src, head, member, chain)
    else if (comp && (comp !== 'zlib' || (await this.zlibPlausible(src)))) await this.compressed(src, comp, member, depth, nameHint, chain)
    else if (head.length >= 512 && isTarHeader(head.subarray(0, 512))) await this.tar(src, member, depth, chain)
    else if (head.length >= 4 && head.toString('latin1', 0, 4) === 'GGUF') await this.gguf(src, member, chain)
    else if (head.length >= 8 && head.subarray(0, 8).equals(HDF5_MAGIC)) await this.hdf5(src, member, chain)
    else if (looksLikeSafetensors(head, size) || (head.length >= 10 && head[8] === 0x7b && [0x22, 0x7d, 0x20, 0x0a].includes(head[9]) && head.readBigUInt64LE(0) > 1n) || (SAFETENSORS_EXT.test(nameHint) && head[0] !== 0x80)) {
      await this.safetensors(src, member, chain)
    } else if (/\.onnx$/i.test(nameHint)) await this.onnx(src, member, chain)
    else {
      triedAsPickle = true
      pickleEnd = await this.pickle(src, head, member, nameHint, chain, depth)
      if (pickleEnd < 0) {
        this.member(member, chain + 'unknown', size, 'not a model format this scanner knows; nothing in it is loaded by pickle')
        const declared = DECLARED_FORMAT.find(([re]) => re.test(nameHint))
        if (declared) {
          this.issue({ ruleId: 'model/invalid-header', severity: 'high', member, subject: declared[1], message: `${where(this.res.path, member)} is named like a ${declared[1]} file but does not start like one: its loader would refuse it, or it is something else under a model's name` })
        }
      }
    }
    // polyglots: bytes that are also a pickle (pickle.load on the same file), or a zip appended at the end.
    // The trial reads the file as plain pickle.load does (see ScanOptions.plainLoad) and counts it only
    // where that load would import something: a zip's first byte is PERSID, where pickle.load stops.
    // (A file read as a pickle above was already judged as one, more leniently than this trial.)
    if (!triedAsPickle) {
      const trial = await this.plainTrial(src, head, member)
      if (trial.error && trial.error.kind !== 'parse' && !importsSomething(trial)) {
        // read as a pickle, the file goes on until a bound of the scan: whether pickle.load on it imports something is not known
        this.res.errors.push(`${where(this.res.path, member)}: read as plain pickle.load would read it, the file is a pickle stream up to byte ${trial.error.offset}, where the scan stopped (${trial.error.message}); whether loading it imports something was not decided`)
      }
      if (importsSomething(trial)) {
        this.issue({ ruleId: 'model/polyglot', severity: 'high', member, subject: 'pickle-polyglot', message: `${where(this.res.path, member)} is also a valid pickle that imports globals: pickle.load on this file runs it whatever its format says` })
        if (size <= this.limits.maxPickleBytes) {
          const buf = size <= HEAD ? head : await src.read(0, size)
          this.pickleBuffer(buf, 0, buf.length, member ? `${member}!pickle` : '!pickle', chain, depth, nameHint, 'pickle-polyglot')
        } else throw new LimitError(`${where(this.res.path, member)}: too large to scan as a pickle polyglot`)
      }
    }
    // (a zip held inside the pickle's own data, such as torch.save({'blob': zip_bytes}), is not appended)
    const eocd = !isZip && size > 22 && depth < this.limits.maxDepth ? await findEocd(src) : null
    if (eocd !== null && eocd >= Math.max(pickleEnd, 0)) {
      this.issue({ ruleId: 'archive/polyglot', severity: 'medium', member, subject: 'appended-zip', message: `${where(this.res.path, member)} has a zip archive appended to it; tools that look for the zip directory at the end read it as an archive` })
      await this.zip(src, member ? `${member}!zip` : '!zip', depth + 1, nameHint, chain)
    }
  }

  /**
   * The polyglot trial: plain pickle.load on the file (ScanOptions.plainLoad). It reads the first
   * 64 KiB; a load still going where they end, with an operand the rest of the file can hold, is
   * read again on more of the file (what the operand needs, and at least twice as much each time,
   * within the pickle size limit), so an import placed past the first 64 KiB is not missed. An
   * operand longer than the file ends the load, as in CPython.
   */
  async plainTrial(src: Source, head: Buffer, member: string): Promise<PickleScan> {
    let buf = head
    let trial = scanPickle(buf, { timeMs: Math.max(1, this.deadline - nowMs()), plainLoad: true, streamEnd: src.size, limits: this.vmLimits() })
    while (trial.error?.needsMore !== undefined) {
      const need = trial.error.needsMore
      const next = Math.min(src.size, Math.max(buf.length * 2, need + HEAD))
      if (next > this.limits.maxPickleBytes) {
        throw new LimitError(`${where(this.res.path, member)}: read as plain pickle.load would read it, its first ${buf.length} bytes load on into the rest of the file past the ${this.limits.maxPickleBytes}-byte pickle limit (raise limits.max-pickle-mb)`)
      }
      this.checkTime()
      buf = await src.read(0, next)
      trial = scanPickle(buf, { timeMs: Math.max(1, this.deadline - nowMs()), plainLoad: true, streamEnd: src.size, limits: this.vmLimits() })
    }
    return trial
  }

  async zlibPlausible(src: Source): Promise<boolean> {
    // 2 bytes of zlib header are common by chance (0x78 0x9c is also "x" + a byte); require it to inflate
    // node:zlib loads here, on the first zlib-looking stream (not at start-up)
    const { constants: zc, inflateSync } = await import('node:zlib')
    try {
      const b = await src.read(0, Math.min(src.size, 4096))
      inflateSync(b, { finishFlush: zc.Z_SYNC_FLUSH, maxOutputLength: 1 << 20 })
      return true
    } catch (e) {
      return /maxOutputLength|larger/.test((e as Error).message)
    }
  }

  async compressed(src: Source, kind: string, member: string, depth: number, nameHint: string, chain: string): Promise<void> {
    if (depth >= this.limits.maxDepth) throw new LimitError(`${where(this.res.path, member)}: compressed streams and archives nest deeper than ${this.limits.maxDepth}`)
    if (src.size > this.limits.maxPickleBytes) throw new LimitError(`${where(this.res.path, member)}: ${kind} stream of ${src.size} bytes is over the size limit`)
    const input = await src.read(0, src.size)
    // the decoders load on the first compressed stream met
    const { decompress } = await import('./decompress.js')
    let out: Buffer
    try {
      out = await decompress(kind as Compression, input, Math.min(this.limits.maxInflatedBytes, this.limits.maxTotalInflatedBytes - this.budget.inflated), this.limits.maxRatio)
    } catch (e) {
      if (e instanceof LimitError) throw new LimitError(`${where(this.res.path, member)}: ${e.message}`)
      this.member(member, chain + kind, src.size)
      this.issue({ ruleId: 'model/unreadable-compression', severity: 'high', member, subject: kind, message: `${where(this.res.path, member)} is ${kind}-compressed but cannot be decompressed: ${(e as Error).message}` })
      return
    }
    this.budget.inflated += out.length
    await this.scan(new BufferSource(out), member, depth + 1, nameHint.replace(/\.(gz|bz2|xz|lzma|z)$/i, ''), `${chain}${kind} > `)
  }

  /** Scans the source as a pickle when it plausibly is one; returns where the pickle data ended, or -1 when it is not a pickle. */
  async pickle(src: Source, head: Buffer, member: string, nameHint: string, chain: string, depth: number): Promise<number> {
    const whole = src.size <= HEAD
    // a file that fits in the head is scanned once, with the full limits, and that scan is reused
    const trial = scanPickle(head, { timeMs: Math.max(1, this.deadline - nowMs()), ...(whole ? { limits: this.vmLimits() } : {}) })
    const proto = head[0] === 0x80 && head.length > 1 && head[1] <= 5
    // content decides, never the extension: a .pkl of random bytes or a .py starting with `c` is not a pickle
    // a stream still valid where the first 64 KiB end (a long operand first, a bomb) is read whole before deciding
    const plausible = looksLikePickle(trial) || (!whole && (proto || (trial.error !== null && /truncated/.test(trial.error.message))))
    if (!plausible) return -1
    if (src.size > this.limits.maxPickleBytes) {
      throw new LimitError(`${where(this.res.path, member)}: ${src.size} bytes is over the ${this.limits.maxPickleBytes}-byte limit for a pickle stream; raise limits.max-pickle-mb or convert it to safetensors`)
    }
    const buf = whole ? head : await src.read(0, src.size)
    return this.pickleBuffer(buf, 0, buf.length, member, chain, depth, nameHint, undefined, false, whole ? trial : undefined)
  }

  vmLimits(): { maxMemo: number; maxOps: number } {
    return { maxMemo: this.limits.maxMemo, maxOps: this.limits.maxOpcodes }
  }

  /** Scans a pickle stream; returns where parsing ended (bytes past it are not part of the pickle). */
  pickleBuffer(buf: Buffer, start: number, end: number, member: string, chain: string, _depth: number, nameHint: string, formatName?: string, loaderUnpickles = false, done?: PickleScan, torchScript = false): number {
    const r = done ?? scanPickle(buf, { start, end, timeMs: Math.max(1, this.deadline - nowMs()), limits: this.vmLimits() })
    const file = where(this.res.path, member)
    if (!formatName && !loaderUnpickles && !looksLikePickle(r)) {
      this.member(member, chain + 'unknown', end - start, `not a model format this scanner knows${r.error ? ` (read as a pickle it stops before importing anything: ${r.error.message} at byte ${r.error.offset})` : ''}`)
      return start
    }
    this.res.hasPickle = true
    const format = formatName ?? (r.legacyTorch ? 'pytorch-legacy' : r.joblibArrays > 0 || r.globals.some((g) => g.name === 'NumpyArrayWrapper') ? 'joblib' : 'pickle')
    this.member(member, chain + format, end - start, `${r.pickles} pickle(s), ${r.opcodes} opcodes, protocol ${r.protocol}`)
    this.addGlobals(r.globals, member, torchScript)
    if (r.error && r.error.kind !== 'parse') {
      this.res.errors.push(`${file}: pickle scan stopped at byte ${r.error.offset}: ${r.error.message}; the rest was not examined`)
    } else if (r.error) {
      const before = r.globals.filter((g) => g.offset < r.error!.offset).length
      this.issue({
        ruleId: 'pickle/parse-error',
        severity: r.error.pickle === 0 ? 'high' : 'medium',
        member,
        subject: `pickle ${r.error.pickle}`,
        message: `${file} does not parse as a pickle: ${r.error.message} at byte ${r.error.offset} (pickle ${r.error.pickle + 1}). A loader runs everything before that point${before ? `, including the ${before} import(s) reported` : ''}; the file cannot be shown safe.`,
        properties: { offset: r.error.offset, pickle: r.error.pickle }
      })
    }
    if (r.trailing && !r.legacyTorch) {
      this.issue({ ruleId: 'pickle/trailing-data', severity: 'low', member, subject: 'trailing', message: `${file} has ${r.trailing.length} bytes after its last pickle that are not a pickle (${r.trailing.reason})`, properties: { offset: r.trailing.offset } })
    }
    if (this.opts.forbidPickle) {
      this.issue({ ruleId: 'model/forbidden-pickle', severity: 'high', member, subject: 'pickle', message: `${file} is a ${format} file (a pickle stream) and forbid-pickle is set: convert it to safetensors (or another format that cannot run code)` })
    }
    return r.error ? end : r.end
  }

  /**
   * Records each global with its verdict. In a TorchScript archive, torch.jit.load reads the
   * pickles with its own C++ unpickler, which resolves `__torch__.*` to classes compiled from the
   * archive's code/ and `torch.jit._pickle.*` to built-in list/tensor builders, never importing
   * Python: those names are not imports there (torch.load hands such archives to torch.jit.load).
   */
  addGlobals(globals: GlobalRef[], member: string, torchScript = false): void {
    const file = where(this.res.path, member)
    for (const g of globals) {
      const name = `${g.module}.${g.name}`
      const jitResolved = torchScript && g.resolved && (g.module === '__torch__' || g.module.startsWith('__torch__.') || g.module === 'torch.jit._pickle') && IDENT.test(g.module) && IDENT.test(g.name)
      const verdict = jitResolved ? 'safe' : classifyGlobal(g.module, g.name, g.resolved, this.opts.allow)
      this.res.globals.push({ global: name, verdict, member, opcode: g.opcode, offset: g.offset, count: g.count, calls: g.calls })
      const how = g.raw !== name ? ` (written ${g.raw})` : ''
      const call = g.calls.length ? `; called as ${g.calls[0]}` : ''
      const via = g.viaArrayData ? ' It is hidden in bytes joblib reads as array data: a plain pickle.load runs it.' : ''
      if (verdict === 'dangerous') {
        const text = g.resolved
          ? `${file} imports ${name}${how}, which ${describe(name)}${call}.${via}`
          : `${file} imports a global whose name is computed at load time (${g.opcode} on ${name}): what it loads cannot be known, a known scanner-evasion trick.${via}`
        this.issue({ ruleId: 'pickle/dangerous-global', severity: 'critical', member, subject: name, message: text, properties: { global: name, opcode: g.opcode, offset: g.offset, calls: g.calls } })
      } else if (verdict === 'unknown') {
        this.issue({
          ruleId: 'pickle/unknown-global',
          severity: 'high',
          member,
          subject: name,
          message: `${file} imports ${name}${how}, which is not on the list of globals known to be safe${call}. If this class is yours and trusted, add "${name}" to allow-globals.${via}`,
          properties: { global: name, opcode: g.opcode, offset: g.offset, calls: g.calls }
        })
      }
    }
  }

  async zip(src: Source, member: string, depth: number, nameHint: string, chain: string): Promise<void> {
    if (depth >= this.limits.maxDepth) throw new LimitError(`${where(this.res.path, member)}: archives nest deeper than ${this.limits.maxDepth}`)
    let dir
    try {
      dir = await readZipDirectory(src, this.limits)
    } catch (e) {
      if (e instanceof LimitError) throw new LimitError(`${where(this.res.path, member)}: ${e.message}`)
      this.member(member, chain + 'zip', src.size)
      this.issue({ ruleId: 'archive/invalid-zip', severity: 'high', member, subject: 'zip', message: `${where(this.res.path, member)} starts like a zip archive but cannot be read as one: ${(e as Error).message}` })
      return
    }
    const names = dir.entries.map((e) => e.name)
    const torch = names.some((n) => /(^|\/)data\.pkl$/i.test(n))
    // torch.serialization._is_torchscript_zip: a constants.pkl record makes torch.load hand the archive to torch.jit.load
    const torchScript = torch && names.some((n) => /^[^/]*\/constants\.pkl$/i.test(n))
    const keras = names.includes('config.json') && (names.includes('metadata.json') || /\.keras$/i.test(nameHint))
    const npz = !torch && names.length > 0 && names.every((n) => /\.npy$/i.test(n) || n.endsWith('/'))
    const format = torchScript ? 'torchscript-zip' : torch ? 'pytorch-zip' : keras ? 'keras' : npz ? 'npz' : 'zip'
    this.member(member, chain + format, src.size, `${dir.entries.length} entries`)
    for (const i of dir.issues) {
      this.issue({ ruleId: i.rule, severity: i.rule === 'archive/unsafe-path' ? 'medium' : 'high', member: join(member, i.member), subject: i.rule, message: `${this.res.path}: ${i.message}` })
    }
    const prefix = torch ? torchPrefix(names) : ''
    const storages = new Map<string, ZipEntry>()
    // storages declared by data.pkl live in data/, those of a TorchScript constants.pkl in constants/
    const declared: Array<{ folder: string; decl: DeclResult }> = []
    let skipped = 0
    for (const en of dir.entries) {
      this.checkTime()
      if (en.name.endsWith('/') && en.size === 0) continue
      const m = join(member, en.name)
      const role = torch ? torchMemberRole(en.name, prefix) : 'other'
      if (role === 'storage') {
        // raw tensor bytes: torch maps them, never unpickles them, so they are not read (only sized)
        storages.set(en.name.toLowerCase(), en)
        continue
      }
      if (role === 'record' || role === 'code') {
        skipped++
        continue
      }
      if (en.dataOffset < 0) {
        this.issue({ ruleId: 'archive/unreadable-member', severity: 'high', member: m, subject: 'unreadable', message: `${where(this.res.path, m)} cannot be located in the archive, so it was not scanned` })
        continue
      }
      let data: Source
      if (en.method === 0 && en.compressedSize > 64 * 1024 * 1024) {
        data = new SliceSource(src, en.dataOffset, en.compressedSize)
      } else {
        let got
        try {
          got = await readZipMember(src, en, this.limits, this.budget)
        } catch (e) {
          if (e instanceof LimitError) throw new LimitError(`${where(this.res.path, m)}: ${e.message}`)
          this.issue({ ruleId: 'archive/unreadable-member', severity: 'high', member: m, subject: 'unreadable', message: `${where(this.res.path, m)} cannot be read: ${(e as Error).message}; it was not scanned` })
          continue
        }
        if (!got.crcOk) {
          this.issue({ ruleId: 'archive/crc-mismatch', severity: 'high', member: m, subject: 'crc', message: `${where(this.res.path, m)} does not match its CRC-32: Python's zipfile refuses it while torch loads it (CVE-2025-10156); scanned as torch would read it` })
        }
        data = new BufferSource(got.data)
      }
      if (keras && en.name === 'config.json') {
        await this.kerasConfig(data, m, chain)
        continue
      }
      if (role === 'pickle') {
        // torch unpickles it whatever its first bytes look like
        if (data.size > this.limits.maxPickleBytes) throw new LimitError(`${where(this.res.path, m)}: ${data.size} bytes is over the ${this.limits.maxPickleBytes}-byte limit for a pickle stream; raise limits.max-pickle-mb or convert it to safetensors`)
        const buf = await data.read(0, data.size)
        this.pickleBuffer(buf, 0, buf.length, m, chain, depth + 1, en.name, undefined, true, undefined, torchScript)
        const rec = en.name.slice(prefix.length).toLowerCase()
        if (en.name.toLowerCase().startsWith(prefix.toLowerCase()) && (rec === 'data.pkl' || rec === 'constants.pkl')) declared.push({ folder: rec === 'data.pkl' ? 'data' : 'constants', decl: storageDeclarations(buf) })
        continue
      }
      await this.scan(data, m, depth + 1, en.name, chain ? chain : '')
    }
    if (torch) this.checkStorages(member, prefix, storages, declared, skipped)
  }

  /** Each storage data.pkl (or constants.pkl) declares is a member of exactly numel x element-size bytes. */
  checkStorages(member: string, prefix: string, storages: Map<string, ZipEntry>, declared: Array<{ folder: string; decl: DeclResult }>, skipped: number): void {
    const notes = [`${storages.size} tensor storage(s) (raw bytes, never unpickled)`]
    if (skipped) notes.push(`${skipped} record(s) torch does not unpickle`)
    const seen = new Set<string>()
    let count = 0
    for (const { folder, decl } of declared) {
      if (!decl.ok) {
        notes.push(`sizes of ${folder}/ not checked: ${decl.reason}`)
        continue
      }
      const pkl = join(member, `${prefix}${folder}.pkl`)
      for (const d of decl.storages.values()) {
        count++
        const rel = `${prefix}${folder}/${d.key}`
        seen.add(rel.toLowerCase())
        const en = storages.get(rel.toLowerCase())
        const m = join(member, rel)
        if (!en) {
          this.issue({ ruleId: 'torch/storage-mismatch', severity: 'high', member: m, subject: `missing ${folder}/${d.key}`, message: `${where(this.res.path, pkl)} declares storage ${JSON.stringify(d.key)} (${d.type}, ${d.numel} elements) but the archive has no member ${rel}: the file is not what torch writes` })
        } else if (d.bytes !== null && en.size !== d.bytes) {
          this.issue({ ruleId: 'torch/storage-mismatch', severity: 'high', member: m, subject: `size ${folder}/${d.key}`, message: `${where(this.res.path, m)} is ${en.size} bytes but ${folder}.pkl declares ${d.numel} x ${d.type} = ${d.bytes} bytes: the file is not what torch writes (extra bytes can hide another payload)` })
        } else if (en.method !== 0 && en.compressedSize > 0 && en.size / en.compressedSize > this.limits.maxRatio) {
          this.issue({ ruleId: 'archive/compression-ratio', severity: 'medium', member: m, subject: `ratio ${folder}/${d.key}`, message: `${where(this.res.path, m)} is a storage deflated ${Math.round(en.size / en.compressedSize)}:1 (torch.save stores storages uncompressed)` })
        }
      }
    }
    if (!declared.length && storages.size) notes.push('storage sizes not checked: no data.pkl read')
    for (const [name, en] of storages) {
      if (seen.has(name) || declared.some((d) => !d.decl.ok)) continue
      this.issue({ ruleId: 'torch/undeclared-storage', severity: 'low', member: join(member, en.name), subject: `undeclared ${name}`, message: `${where(this.res.path, join(member, en.name))} is not declared by data.pkl, so torch never reads it` })
    }
    if (declared.some((d) => d.decl.ok)) notes.push(`${count} declared, sizes checked`)
    this.res.members.push({ member: join(member, `${prefix}data/`), format: 'torch-storages', size: storages.size, note: notes.join('; ') })
  }

  async kerasConfig(src: Source, member: string, chain: string): Promise<void> {
    const text = (await src.read(0, Math.min(src.size, 256 * 1024 * 1024))).toString('utf8')
    this.member(member, chain + 'keras-config', src.size)
    let cfg: unknown
    try {
      cfg = parseJsonStrict(text)
    } catch (e) {
      this.issue({ ruleId: 'keras/invalid-config', severity: 'high', member, subject: 'config', message: `${where(this.res.path, member)} is not valid JSON: ${(e as Error).message}` })
      return
    }
    for (const i of checkKerasConfig(cfg, this.opts.allow)) this.issue({ ruleId: i.rule, severity: i.severity, member, subject: i.subject, message: `${where(this.res.path, member)}: ${i.message}` })
  }

  async hdf5(src: Source, member: string, chain: string): Promise<void> {
    this.member(member, chain + 'hdf5', src.size)
    const sb = checkHdf5Superblock(await src.read(0, Math.min(src.size, 128)), src.size)
    for (const p of sb.problems) this.issue({ ruleId: 'hdf5/invalid-header', severity: 'high', member, subject: p.replace(/\d+/g, 'N'), message: `${where(this.res.path, member)}: ${p}` })
    if (sb.trailing > 0) this.issue({ ruleId: 'hdf5/trailing-data', severity: 'low', member, subject: 'trailing', message: `${where(this.res.path, member)} has ${sb.trailing} bytes after the end its superblock records; HDF5 never reads them` })
    const buf = await src.read(0, Math.min(src.size, 512 * 1024 * 1024))
    // the attributes Keras's legacy loader reads, found by name whatever their JSON starts with
    const found = sb.offsetSize ? findH5StringAttrs(buf, sb, ['model_config', 'training_config']) : { attrs: [], undecoded: [] }
    const texts = found.attrs.map((a) => ({ label: a.name, text: a.value }))
    for (const name of new Set(found.undecoded)) {
      if (found.attrs.some((a) => a.name === name)) continue
      this.issue({ ruleId: 'keras/invalid-config', severity: 'high', member, subject: `${name} layout`, message: `${where(this.res.path, member)} names a Keras ${name} attribute stored in a layout this scanner does not read (shared or dense attribute storage); what Keras would load from it cannot be cleared of Lambda layers or foreign modules` })
    }
    if (!texts.length) {
      const text = findH5ModelConfig(buf)
      if (text) texts.push({ label: 'model_config', text })
    }
    for (const { label, text } of texts) {
      let cfg: unknown
      try {
        cfg = parseJsonStrict(text, 1024)
      } catch (e) {
        // As for .keras files: a model config that cannot be read cannot be cleared of Lambda layers.
        this.issue({ ruleId: 'keras/invalid-config', severity: 'high', member, subject: label, message: `${where(this.res.path, member)} (Keras HDF5 ${label}) is not valid JSON: ${(e as Error).message}` })
        continue
      }
      for (const i of checkKerasConfig(cfg, this.opts.allow)) this.issue({ ruleId: i.rule, severity: i.severity, member, subject: i.subject, message: `${where(this.res.path, member)} (Keras HDF5 ${label}): ${i.message}` })
    }
  }

  async npy(src: Source, head: Buffer, member: string, chain: string): Promise<void> {
    let h
    try {
      h = parseNpyHeader(head)
    } catch (e) {
      this.member(member, chain + 'npy', src.size)
      this.issue({ ruleId: 'npy/invalid-header', severity: 'high', member, subject: 'header', message: `${where(this.res.path, member)} has the NumPy magic but an invalid header: ${(e as Error).message}` })
      return
    }
    if (!h.hasObject) {
      this.member(member, chain + 'npy', src.size, `dtype ${h.descr}, shape (${h.shape.join(', ')})`)
      return
    }
    const len = src.size - h.dataOffset
    if (len > this.limits.maxPickleBytes) throw new LimitError(`${where(this.res.path, member)}: object array of ${len} bytes is over the pickle size limit`)
    const buf = await src.read(0, src.size)
    this.pickleBuffer(buf, h.dataOffset, buf.length, member, chain, 0, '.npy', 'npy-object')
  }

  async tar(src: Source, member: string, depth: number, chain: string): Promise<void> {
    if (depth >= this.limits.maxDepth) throw new LimitError(`${where(this.res.path, member)}: archives nest deeper than ${this.limits.maxDepth}`)
    let entries
    try {
      entries = await readTarEntries(src, this.limits)
    } catch (e) {
      if (e instanceof LimitError) throw e
      this.member(member, chain + 'tar', src.size)
      this.issue({ ruleId: 'archive/invalid-tar', severity: 'high', member, subject: 'tar', message: `${where(this.res.path, member)} is a tar archive that cannot be read: ${(e as Error).message}` })
      return
    }
    const legacy = entries.some((e) => e.name === 'pickle') && entries.some((e) => e.name === 'storages')
    this.member(member, chain + (legacy ? 'pytorch-legacy-tar' : 'tar'), src.size, `${entries.length} entries`)
    const seen = new Map<string, number>()
    for (const e of entries) {
      const k = e.name.toLowerCase()
      seen.set(k, (seen.get(k) ?? 0) + 1)
      const m = join(member, e.name)
      if (/(^|[\\/])\.\.([\\/]|$)/.test(e.name) || e.name.startsWith('/')) {
        this.issue({ ruleId: 'archive/unsafe-path', severity: 'medium', member: m, subject: 'archive/unsafe-path', message: `${this.res.path}: member name ${JSON.stringify(e.name)} points outside the extraction folder` })
      }
      if (e.type === '1' || e.type === '2') {
        this.issue({ ruleId: 'archive/link-member', severity: 'medium', member: m, subject: e.linkName, message: `${where(this.res.path, m)} is a ${e.type === '2' ? 'symbolic' : 'hard'} link to ${JSON.stringify(e.linkName)}; extracting it can write or read outside the target folder` })
        continue
      }
      if (e.type !== '0' && e.type !== '7') continue
      if (legacy && (e.name === 'storages' || e.name === 'tensors')) {
        await this.legacySection(new SliceSource(src, e.dataOffset, e.size), m, e.name, chain)
        continue
      }
      if (legacy && e.name === 'pickle') {
        // torch unpickles it whatever its first bytes look like
        if (e.size > this.limits.maxPickleBytes) throw new LimitError(`${where(this.res.path, m)}: ${e.size} bytes is over the ${this.limits.maxPickleBytes}-byte limit for a pickle stream`)
        const buf = await new SliceSource(src, e.dataOffset, e.size).read(0, e.size)
        this.pickleBuffer(buf, 0, buf.length, m, chain, depth + 1, 'pickle.pkl', undefined, true)
        continue
      }
      await this.scan(new SliceSource(src, e.dataOffset, e.size), m, depth + 1, e.name, chain)
    }
    for (const [k, n] of seen) {
      if (n > 1) this.issue({ ruleId: 'archive/ambiguous-duplicate', severity: 'high', member: join(member, k), subject: 'archive/ambiguous-duplicate', message: `${this.res.path}: ${n} tar members are named ${JSON.stringify(k)} (ignoring case); extractors keep a different copy` })
    }
  }

  /** The legacy tar's storages/tensors members: each pickle torch unpickles is scanned, the raw data between them is not. */
  async legacySection(src: Source, member: string, name: 'storages' | 'tensors', chain: string): Promise<void> {
    if (src.size > this.limits.maxInflatedBytes) throw new LimitError(`${where(this.res.path, member)}: ${src.size} bytes is over the size limit`)
    const buf = await src.read(0, src.size)
    const sec = legacyTarSections(buf, name)
    this.res.hasPickle = true
    this.member(member, chain + `pytorch-legacy-${name}`, src.size, `${sec.pickles.length} pickle(s) between raw records`)
    for (const [a, b] of sec.pickles) {
      const r = scanPickle(buf, { start: a, end: b, timeMs: Math.max(1, this.deadline - nowMs()), limits: this.vmLimits() })
      this.addGlobals(r.globals, member)
      if (r.error?.kind === 'limit') this.res.errors.push(`${where(this.res.path, member)}: pickle scan stopped at byte ${r.error.offset}: ${r.error.message}`)
    }
    if (sec.problem) {
      // the rest is what torch would read next as a pickle: scan it as one, so nothing after the break is skipped
      const from = sec.pickles.length ? sec.pickles[sec.pickles.length - 1][1] : 0
      this.issue({ ruleId: 'torch/invalid-legacy-record', severity: 'high', member, subject: name, message: `${where(this.res.path, member)} does not follow torch's legacy ${name} layout (${sec.problem}); scanned from byte ${from} as a pickle` })
      if (from < buf.length) this.pickleBuffer(buf, from, buf.length, member, chain, 0, 'x.pkl', undefined, true)
    }
  }

  async safetensors(src: Source, member: string, chain: string): Promise<void> {
    const r = await checkSafetensors(src)
    this.member(member, chain + 'safetensors', src.size, `${r.tensors} tensors`)
    for (const p of r.problems) this.issue({ ruleId: 'safetensors/invalid-header', severity: 'high', member, subject: p.replace(/\d+/g, 'N'), message: `${where(this.res.path, member)}: ${p}` })
    for (const d of r.unknownDtypes) this.issue({ ruleId: 'safetensors/unknown-dtype', severity: 'low', member, subject: d, message: `${where(this.res.path, member)} uses dtype ${JSON.stringify(d)}, which this scanner does not know` })
  }

  async gguf(src: Source, member: string, chain: string): Promise<void> {
    const r = await checkGguf(src)
    this.member(member, chain + 'gguf', src.size, `v${r.version}, ${r.tensors} tensors, ${r.keys} keys`)
    for (const p of r.problems) this.issue({ ruleId: 'gguf/invalid-header', severity: 'high', member, subject: p.replace(/\d+/g, 'N'), message: `${where(this.res.path, member)}: ${p}` })
    for (const t of r.templateIssues) this.issue({ ruleId: 'gguf/chat-template-injection', severity: 'critical', member, subject: t, message: `${where(this.res.path, member)}: ${t} (CVE-2024-34359 style template injection)` })
  }

  async onnx(src: Source, member: string, chain: string): Promise<void> {
    if (src.size > this.limits.maxPickleBytes) throw new LimitError(`${where(this.res.path, member)}: ONNX file over the size limit`)
    const r = checkOnnx(await src.read(0, src.size))
    const notes = [r.irVersion !== null ? `ir_version ${r.irVersion}` : '', `${r.tensors} tensors`, r.externals.length ? `${r.externals.length} stored as external data` : ''].filter(Boolean)
    if (r.externals.length && (member !== '' || !this.abs)) notes.push('external data files not checked on disk (the model is inside an archive)')
    this.member(member, chain + 'onnx', src.size, notes.join(', '))
    for (const p of r.problems) this.issue({ ruleId: 'onnx/invalid-model', severity: 'high', member, subject: p.replace(/\d+/g, 'N'), message: `${where(this.res.path, member)}: ${p}` })
    for (const x of r.externalPaths) this.issue({ ruleId: 'onnx/external-data-path', severity: 'high', member, subject: x, message: `${where(this.res.path, member)} loads tensor data from ${JSON.stringify(x)}, outside the model's folder` })
    for (const op of r.customOps) {
      this.issue({ ruleId: 'onnx/custom-op', severity: 'medium', member, subject: op, message: `${where(this.res.path, member)} uses operator ${op} from a domain no ONNX runtime ships: running it needs a custom-operator library (native code) registered by the loader; check where that library comes from` })
    }
    if (member === '' && this.abs) await this.onnxExternals(this.abs, r.externals)
  }

  /** External data on disk, as onnx.load reads it: inside the model's real folder (no symlink out), and holding the declared range. */
  async onnxExternals(abs: string, externals: OnnxExternal[]): Promise<void> {
    const dir = path.dirname(abs)
    let dirReal: string
    try {
      dirReal = await realpath(dir)
    } catch {
      return
    }
    const sizes = new Map<string, number | 'outside' | 'missing'>()
    for (const x of externals) {
      let st = sizes.get(x.location)
      if (st === undefined) {
        try {
          const real = await realpath(path.join(dir, x.location))
          const rel = path.relative(dirReal, real)
          st = rel.startsWith('..') || path.isAbsolute(rel) ? 'outside' : (await stat(real)).size
        } catch {
          st = 'missing'
        }
        sizes.set(x.location, st)
      }
      const label = `tensor ${JSON.stringify(x.tensor || '?')}`
      if (st === 'outside') {
        this.issue({ ruleId: 'onnx/external-data-path', severity: 'high', member: '', subject: x.location, message: `${this.res.path} loads ${label} from ${JSON.stringify(x.location)}, which leads out of the model's folder through a symbolic link` })
      } else if (st === 'missing') {
        this.issue({ ruleId: 'onnx/external-data-missing', severity: 'medium', member: '', subject: x.location, message: `${this.res.path} loads ${label} from ${JSON.stringify(x.location)}, which does not exist beside it: the model cannot load as committed` })
      } else {
        const need = x.length ?? x.expected
        const avail = st - x.offset
        if (x.offset > st || (need !== null && need > avail) || (x.length === null && x.expected !== null && avail !== x.expected && externals.filter((e) => e.location === x.location).length === 1)) {
          this.issue({ ruleId: 'onnx/invalid-model', severity: 'high', member: '', subject: `external range ${x.location}`, message: `${this.res.path}: ${label} reads ${need ?? 'the rest'} bytes at offset ${x.offset} of ${JSON.stringify(x.location)}, which has ${st} bytes` })
        }
      }
    }
  }
}

async function run(src: Source, rel: string, opts: ModelScanOptions, abs?: string): Promise<FileScanResult> {
  const s = new Scanner(rel, opts, abs)
  try {
    await s.scan(src, '', 0, path.basename(rel), '')
  } catch (e) {
    if (e instanceof LimitError) s.res.errors.push(`${rel}: ${e.message}`)
    else s.res.errors.push(`${rel}: could not be scanned: ${(e as Error).message}`)
  }
  return s.res
}

/** Scans one file on disk (a symlink is refused). */
export async function scanModelFile(absPath: string, rel: string, opts: ModelScanOptions = {}): Promise<FileScanResult> {
  let src: FileSource
  try {
    src = await FileSource.open(absPath)
  } catch (e) {
    const err = e as NodeJS.ErrnoException
    const why = err.code === 'ELOOP' ? 'it is a symbolic link, which is never followed' : err.message
    return { path: rel, format: 'unreadable', members: [], globals: [], issues: [], errors: [`${rel} could not be opened: ${why}`], hasPickle: false }
  }
  try {
    return await run(src, rel, opts, absPath)
  } finally {
    await src.close()
  }
}

/** Scans bytes already in memory (tests, nested uses). */
export async function scanModelBuffer(buf: Buffer, rel: string, opts: ModelScanOptions = {}): Promise<FileScanResult> {
  return run(new BufferSource(buf), rel, opts)
}

/** True when the file's verdict blocks at the given severities (critical/high) or it could not be decided. */
export function isBlocking(r: FileScanResult, severities: IssueSeverity[] = ['critical', 'high']): boolean {
  return r.errors.length > 0 || r.issues.some((i) => severities.includes(i.severity))
}
