/**
 * A pickle virtual machine that never imports or calls anything. It follows the grammar of CPython's
 * C unpickler (_pickle.c): every opcode of protocols 0-5, the mark stack and its fence, the memo,
 * STACK_GLOBAL resolved through the stack (and so through the memo), INST/OBJ/NEWOBJ/REDUCE/BUILD as
 * symbolic objects, several concatenated pickles, and joblib's raw array data inside the stream.
 * What it reports is every global the stream would import, with where and how, and where parsing
 * stopped if it did: globals met before a parse error are kept (the real loader runs them too).
 *
 * Speed (tens of MB, millions of opcodes): values on the stack, in the memo, in tuples and in lists
 * are not JS objects but slots: a tag (Uint8Array) and a float64 payload (Float64Array), plus an
 * object reference for lists and other objects only (the stack keeps it beside the slot, the memo
 * at the same index, the tuple/list arena in a side array the payload points into):
 *
 *   tag   value                     payload
 *   0     (empty memo slot)
 *   1-3   None, False, True
 *   4     int or float (a number)   the number
 *   5, 6  str (latin-1, utf-8)      byte offset * 2^17 + length: decoded from the buffer when needed
 *   7     bytes                     length
 *   8     tuple                     arena start * 2^27 + item count (the items are arena slots)
 *   9     list                      (object reference: a PList, whose items are runs of arena slots)
 *   10    any other JS value        (object reference: string, bigint, PDict, PObj, PGlobal...)
 *
 * The arena and the memo grow by fixed chunks (no copying). Nothing is allocated for the common
 * opcodes; a value becomes a JS value (box) only where it enters a dict, set, object, call or
 * STACK_GLOBAL, and a tuple's or list's items only when something reads them. Every opcode keeps
 * _pickle.c's semantics (memo exact, the fence, the limits); what changed is only how values are held.
 * Tuples and list items nobody keeps are not reclaimed, so the arena has a limit of its own
 * (maxItems + 2^25 slots, at most 2^26): past it the scan stops with a limit error.
 */
import { mapPython2 } from './compat.js'
import { decodeRawUnicodeEscape, longNumberOk, parseFloatOperand, parseIntOperand, parseLongOperand, parseQuotedString, quotedStringOk } from './literals.js'
import { HIGHEST_PROTOCOL, OP, opcodeName } from './opcodes.js'
import { isAsciiRange, isUtf8SurrogatepassRange } from './text-checks.js'
import { nowMs } from '../clock.js'

const T_NONE = 1
const T_FALSE = 2
const T_TRUE = 3
const T_NUM = 4
const T_STR1 = 5
const T_STR8 = 6
const T_BYTES = 7
const T_TUPLE = 8
const T_LIST = 9
const T_OBJ = 10

/** A tuple: its items are slots of the Heap arena, boxed when first read. */
export class PTuple {
  private boxed: unknown[] | null = null
  constructor(
    private readonly heap: Heap | null,
    readonly start: number,
    readonly length: number
  ) {}
  get items(): unknown[] {
    if (this.boxed === null) {
      const out = new Array<unknown>(this.length)
      for (let i = 0; i < this.length; i++) out[i] = this.heap!.boxArena(this.start + i)
      this.boxed = out
    }
    return this.boxed
  }
  head(k: number): unknown[] {
    if (this.boxed !== null || this.length <= k) return this.items.slice(0, k)
    const out: unknown[] = []
    for (let i = 0; i < k; i++) out.push(this.heap!.boxArena(this.start + i))
    return out
  }
}
/** A list: its items are runs of slots in the Heap arena, boxed when read. */
export class PList {
  /** The first run (start, count), held inline: most lists get one run, and a `]` bomb makes millions of lists. */
  s0 = -1
  n0 = 0
  /** (start, count) of the later runs, in order; a run that continues the previous one extends it. */
  segs: number[] | null = null
  length = 0
  constructor(private readonly heap: Heap) {}
  add(start: number, n: number): void {
    this.length += n
    if (this.s0 < 0) {
      this.s0 = start
      this.n0 = n
      return
    }
    const s = this.segs
    if (s === null) {
      if (this.s0 + this.n0 === start) this.n0 += n
      else this.segs = [start, n]
      return
    }
    const last = s.length - 2
    if (s[last] + s[last + 1] === start) s[last + 1] += n
    else s.push(start, n)
  }
  head(k: number): unknown[] {
    const out: unknown[] = []
    const runs = this.s0 < 0 ? [] : [this.s0, this.n0, ...(this.segs ?? [])]
    for (let j = 0; j < runs.length && out.length < k; j += 2) {
      for (let i = 0; i < runs[j + 1] && out.length < k; i++) out.push(this.heap.boxArena(runs[j] + i))
    }
    return out
  }
  items(): unknown[] {
    return this.head(this.length)
  }
}
/**
 * A dict: keys and values in insertion order; string and number keys are indexed (made on the first
 * lookup), so SETITEM(S) on a dict of 160k keys stays linear. A key set twice keeps its first place and
 * its last value, as in Python.
 */
export class PDict {
  keys: unknown[] = []
  values: unknown[] = []
  private index: Map<string | number, number> | null = null
  get size(): number {
    return this.keys.length
  }
  get(key: string): unknown {
    const i = this.indexOf(key)
    return i < 0 ? undefined : this.values[i]
  }
  has(key: string): boolean {
    return this.indexOf(key) >= 0
  }
  private indexOf(key: string | number): number {
    if (this.index === null) {
      this.index = new Map()
      for (let i = 0; i < this.keys.length; i++) {
        const k = this.keys[i]
        if ((typeof k === 'string' || typeof k === 'number') && !this.index.has(k)) this.index.set(k, i)
      }
    }
    return this.index.get(key) ?? -1
  }
  set(k: unknown, v: unknown): void {
    if (typeof k === 'string' || typeof k === 'number') {
      const i = this.indexOf(k)
      if (i >= 0) {
        this.values[i] = v
        return
      }
      this.index!.set(k, this.keys.length)
    }
    this.keys.push(k)
    this.values.push(v)
  }
}
export class PSet {
  constructor(public items: unknown[], readonly frozen: boolean) {}
}
export class PGlobal {
  constructor(readonly module: string, readonly name: string, readonly resolved: boolean) {}
}
export class PObj {
  state: unknown = undefined
  constructor(readonly how: 'REDUCE' | 'NEWOBJ' | 'NEWOBJ_EX' | 'INST' | 'OBJ', readonly callable: unknown, readonly args: unknown[]) {}
}
export class PPersistent {
  constructor(readonly pid: unknown) {}
}
/**
 * An operand kept by its size only: bytes, or (plain-load mode, where the type decides whether the
 * load goes on) a bytearray, a read-only memoryview over one, or a str or int too long to decode.
 */
export class PBytes {
  constructor(
    public length: number,
    readonly kind: 'bytes' | 'bytearray' | 'view' | 'str' | 'int' = 'bytes'
  ) {}
}
const EMPTY_TUPLE = new PTuple(null, 0, 0)

const SHORT_CODES: number[] = []
/** Short ASCII strings are decoded in JS: a call into Buffer#toString costs more than the string. */
function decodeShort(buf: Buffer, p: number, n: number, enc: 'utf8' | 'latin1'): string {
  if (n <= 24) {
    let ascii = true
    for (let i = p; i < p + n; i++) if (buf[i] > 0x7f) ascii = false
    if (ascii) {
      switch (n) {
        case 0: return ''
        case 1: return String.fromCharCode(buf[p])
        case 2: return String.fromCharCode(buf[p], buf[p + 1])
        case 3: return String.fromCharCode(buf[p], buf[p + 1], buf[p + 2])
        case 4: return String.fromCharCode(buf[p], buf[p + 1], buf[p + 2], buf[p + 3])
        default: {
          // one flat string (a chain of appends would be flattened again by every Map lookup that hashes it)
          const c = SHORT_CODES
          for (let i = 0; i < n; i++) c[i] = buf[p + i]
          c.length = n
          return String.fromCharCode.apply(null, c)
        }
      }
    }
  }
  return buf.toString(enc, p, p + n)
}

function growF64(a: Float64Array, need: number): Float64Array<ArrayBuffer> {
  let n = a.length * 2
  while (n < need) n *= 2
  const b = new Float64Array(n)
  b.set(a)
  return b
}
function growU8(a: Uint8Array, need: number): Uint8Array<ArrayBuffer> {
  let n = a.length * 2
  while (n < need) n *= 2
  const b = new Uint8Array(n)
  b.set(a)
  return b
}

/**
 * Payloads that pack two numbers, exactly (below 2^53): a string's byte offset and length
 * (offset * STR_SPLIT + length, length <= 65536, offset < 2^36), a tuple's arena start and item
 * count (start * TUPLE_SPLIT + count, both below ARENA_MAX).
 */
const STR_SPLIT = 2 ** 17
const TUPLE_SPLIT = 2 ** 27
const ARENA_MAX = 2 ** 26 - 1
/**
 * The arena and the memo grow by chunks of CH slots, never copied: a scan of tens of MB fills
 * millions of slots, and doubling arrays (allocate, zero, copy, fault pages in) cost more than the
 * opcodes that fill them.
 */
const CH_BITS = 14
const CH = 1 << CH_BITS
const CH_MASK = CH - 1
/** Size of the first chunk of the heap and the memo; it doubles as needed up to CH. */
const FIRST_CHUNK = 32

/**
 * The tuple arena of one scan (shared by its pickles, whose memo outlives each of them) and the
 * boxing of slots into JS values. Tuples are immutable, so a tuple's items are written once, and
 * a tuple boxed twice is the same PTuple. A tuple of at most CH items lies inside one chunk.
 */
class Heap {
  atc: Uint8Array[] = []
  apc: Float64Array[] = []
  /** The lists and objects among the items (their payload is an index here). */
  ao: unknown[] = []
  n = 0
  private tuples = new Map<number, PTuple>()
  constructor(
    readonly buf: Buffer,
    /** Arena slots beyond which the scan stops (a limit): tuples nobody keeps are not reclaimed. */
    readonly max: number
  ) {}

  /** Slots below this are allocated chunks (and within the limit). */
  room = 0

  /** Room for k more slots; returns the start. */
  alloc(k: number): number {
    const s = this.n
    if ((s & CH_MASK) + k <= CH && s + k <= this.room) {
      this.n = s + k
      return s
    }
    return this.allocSlow(k)
  }

  allocSlow(k: number): number {
    let s = this.n
    if (k <= CH && (s & CH_MASK) + k > CH) s = (s + CH_MASK) & ~CH_MASK
    const e = s + k
    if (e > this.max) throw new Stop('limit', `tuples hold more than ${this.max} items`)
    // The first chunk starts small and doubles up to CH (a small pickle allocates little); later chunks are full size.
    const cap = () => (this.atc.length === 0 ? 0 : (this.atc.length - 1) * CH + this.atc[this.atc.length - 1].length)
    while (cap() < e) {
      const last = this.atc.length - 1
      if (last >= 0 && this.atc[last].length < CH) {
        const size = Math.min(CH, Math.max(this.atc[last].length * 2, e - last * CH))
        const t = new Uint8Array(size)
        t.set(this.atc[last])
        const p = new Float64Array(size)
        p.set(this.apc[last])
        this.atc[last] = t
        this.apc[last] = p
      } else {
        const size = this.atc.length === 0 ? Math.min(CH, Math.max(FIRST_CHUNK, e)) : CH
        this.atc.push(new Uint8Array(size))
        this.apc.push(new Float64Array(size))
      }
    }
    this.room = Math.min(cap(), this.max)
    this.n = e
    return s
  }

  /** Writes slot i (the slow way, for tuples longer than a chunk). */
  put(i: number, t: number, p: number, r: unknown): void {
    this.atc[i >>> CH_BITS][i & CH_MASK] = t
    this.apc[i >>> CH_BITS][i & CH_MASK] = t >= T_LIST ? this.ao.push(r) - 1 : p
  }

  box(t: number, p: number, r: unknown): unknown {
    switch (t) {
      case T_NONE: return null
      case T_FALSE: return false
      case T_TRUE: return true
      case T_NUM: return p
      case T_STR1:
      case T_STR8: {
        const at = Math.floor(p / STR_SPLIT)
        return decodeShort(this.buf, at, p - at * STR_SPLIT, t === T_STR1 ? 'latin1' : 'utf8')
      }
      case T_BYTES: return new PBytes(p)
      case T_TUPLE: {
        const start = Math.floor(p / TUPLE_SPLIT)
        const n = p - start * TUPLE_SPLIT
        if (n === 0) return EMPTY_TUPLE
        let tu = this.tuples.get(start)
        if (tu === undefined) {
          tu = new PTuple(this, start, n)
          this.tuples.set(start, tu)
        }
        return tu
      }
      default: return r
    }
  }

  boxArena(i: number): unknown {
    const t = this.atc[i >>> CH_BITS][i & CH_MASK]
    const p = this.apc[i >>> CH_BITS][i & CH_MASK]
    return t >= T_LIST ? this.ao[p] : this.box(t, p, undefined)
  }
}

/** The slot (tag, payload, ref) of a JS value. */
function tagOf(v: unknown): number {
  if (v === null) return T_NONE
  if (v === true) return T_TRUE
  if (v === false) return T_FALSE
  if (typeof v === 'number') return T_NUM
  if (v instanceof PTuple) return T_TUPLE
  if (v instanceof PList) return T_LIST
  return T_OBJ
}
function payloadOf(v: unknown): number {
  if (typeof v === 'number') return v
  if (v instanceof PTuple) return v.start * TUPLE_SPLIT + v.length
  return 0
}

/** A sparse memo entry. */
interface Slot {
  t: number
  p: number
  r: unknown
}

/** The memo: dense chunks for the usual 0..n indices, a Map for sparse ones (a hostile LONG_BINPUT 4e9). */
export class Memo {
  tc: Uint8Array[] = []
  pc: Float64Array[] = []
  /** The lists and objects among the dense entries, at the same index; a chunk is made when one is first stored in it. */
  rc: Array<unknown[] | null> = []
  /** Dense entries run 0..len-1 (some may be empty: tag 0). */
  len = 0
  sparse: Map<number, Slot> | null = null
  size = 0
  maxSparse = DEFAULT_VM_LIMITS.maxSparseMemo
  /** The tag of dense entry i, 0 if none. */
  tag(i: number): number {
    return i >= 0 && i < this.len ? this.tc[i >>> CH_BITS][i & CH_MASK] : 0
  }
  has(i: number): boolean {
    return this.tag(i) !== 0 || (this.sparse !== null && this.sparse.has(i))
  }
  set(i: number, t: number, p: number, r: unknown): void {
    if (i <= this.len) {
      if (this.sparse !== null && this.sparse.has(i)) this.sparse.delete(i)
      else if (i === this.len || this.tag(i) === 0) this.size++
      if (i === this.len) {
        const c = i >>> CH_BITS
        if (c === this.tc.length) {
          const size = c === 0 ? FIRST_CHUNK : CH
          this.tc.push(new Uint8Array(size))
          this.pc.push(new Float64Array(size))
          this.rc.push(null)
        } else if ((i & CH_MASK) >= this.tc[c].length) {
          // The first chunk doubles up to CH.
          const size = Math.min(CH, this.tc[c].length * 2)
          const t2 = new Uint8Array(size)
          t2.set(this.tc[c])
          const p2 = new Float64Array(size)
          p2.set(this.pc[c])
          this.tc[c] = t2
          this.pc[c] = p2
          const r2 = this.rc[c]
          if (r2 !== null) {
            const n2 = new Array<unknown>(size).fill(undefined)
            for (let k = 0; k < r2.length; k++) n2[k] = r2[k]
            this.rc[c] = n2
          }
        }
        this.len = i + 1
      }
      const tc = this.tc[i >>> CH_BITS]
      const pc = this.pc[i >>> CH_BITS]
      const j = i & CH_MASK
      if (t >= T_LIST) {
        let rc = this.rc[i >>> CH_BITS]
        if (rc === null) rc = this.rc[i >>> CH_BITS] = new Array<unknown>(tc.length).fill(undefined)
        rc[j] = r
      }
      tc[j] = t
      pc[j] = p
      return
    }
    if (!this.sparse) this.sparse = new Map()
    if (!this.sparse.has(i)) {
      if (this.sparse.size >= this.maxSparse) throw new Stop('limit', `more than ${this.maxSparse} memo entries at scattered indices (limit maxSparseMemo)`)
      this.size++
    }
    this.sparse.set(i, { t, p, r })
  }
  clone(): Memo {
    const m = new Memo()
    m.tc = this.tc.map((c) => c.slice())
    m.pc = this.pc.map((c) => c.slice())
    m.rc = this.rc.map((c) => (c === null ? null : c.slice()))
    m.len = this.len
    m.sparse = this.sparse ? new Map(this.sparse) : null
    m.size = this.size
    return m
  }
}

export type GlobalOpcode = 'GLOBAL' | 'STACK_GLOBAL' | 'INST' | 'EXT' | 'GETATTR'

export interface GlobalRef {
  module: string
  name: string
  /** How the stream names it, before the Python 2 name mapping. */
  raw: string
  opcode: GlobalOpcode
  /** Byte offset of the first import in the scanned buffer. */
  offset: number
  count: number
  /** False when STACK_GLOBAL's operands were not strings (or EXT codes): what is imported cannot be known. */
  resolved: boolean
  /** Up to a few short renderings of calls made with it (`posix.system('id')`). */
  calls: string[]
  /** Called at least once (REDUCE, NEWOBJ, INST, OBJ, APPEND on it). */
  called?: boolean
  /** builtins.getattr only: calls read as dotted globals (see foldGetattr), and whether it was ever used otherwise. */
  folded?: number
  escaped?: boolean
  /** Seen only when the bytes joblib reads as raw array data are read as opcodes instead (plain pickle.load). */
  viaArrayData?: boolean
}

export interface VmLimits {
  /** Opcodes per scanned buffer. */
  maxOps: number
  /** Memo entries. */
  maxMemo: number
  /** Items kept in containers (beyond it, items are counted, not kept). */
  maxItems: number
  /** Absolute time (nowMs()) after which the scan stops. */
  deadline: number
  /** Nested pickles (joblib object arrays). */
  maxDepth: number
  /** Values on the stack at once (a DUP or BINGET bomb grows it by one per byte). */
  maxStack: number
  /** Open MARKs at once (the nesting depth of what is being built). */
  maxMarks: number
  /** Lists, dicts, sets, objects and persistent ids built (each costs memory; `]` bombs make one per byte). */
  maxObjects: number
  /** Memo entries at indices far beyond the others (LONG_BINPUT 4e9), kept in a map. */
  maxSparseMemo: number
}

/**
 * Bounds of one scan. CPython's pickler recurses per nesting level (its recursion limit keeps real
 * files to a few thousand open marks) and writes a tuple's items on the stack (real files stay far
 * below millions); each bound is well above what real files need and ends the scan as a `limit`
 * error naming it, never as a crash: at these values the VM's memory stays under ~1 GiB.
 */
export const DEFAULT_VM_LIMITS: Omit<VmLimits, 'deadline'> = {
  maxOps: 200_000_000,
  maxMemo: 5_000_000,
  maxItems: 20_000_000,
  maxDepth: 8,
  maxStack: 8_388_608,
  maxMarks: 1_048_576,
  maxObjects: 2_000_000,
  maxSparseMemo: 1_000_000
}

export interface PickleStop {
  /** parse: the stream is not a valid pickle there (CPython stops too); limit: a bound of the scan was reached; internal: the scanner failed. */
  kind: 'parse' | 'limit' | 'internal'
  offset: number
  opcode: string
  message: string
  /** Index of the pickle (0 = first) in which it happened. */
  pickle: number
  /**
   * The scanned bytes ended before the stream does (ScanOptions.streamEnd) and the pickle reads on
   * into the rest: the offset the read needed to reach, or -1 when it looks for a newline.
   */
  needsMore?: number
}

export interface PickleScan {
  globals: GlobalRef[]
  /** Complete pickles read (several when they are concatenated). */
  pickles: number
  opcodes: number
  /** Highest PROTO seen (0 if none). */
  protocol: number
  /** Where the first pickle failed, or a later one after it had imported something; null when all parsed. */
  error: PickleStop | null
  /** Bytes after the last complete pickle that do not parse as another pickle and import nothing. */
  trailing: { offset: number; length: number; reason: string } | null
  /** The legacy torch.save layout (magic number pickle first): the bytes after its 5th pickle are tensor data. */
  legacyTorch: boolean
  /** joblib arrays whose raw data was skipped, and object arrays read as nested pickles. */
  joblibArrays: number
  /** Offset just after the last byte parsed. */
  end: number
  /** The value of the first pickle, when it completed (symbolic). */
  firstValue?: unknown
}

class Stop extends Error {
  constructor(
    readonly kind: 'parse' | 'limit' | 'internal',
    message: string,
    /** The buffer ended where the stream it is the start of goes on: where the read would end (-1: at a newline not yet seen); null when it did not. */
    readonly more: number | null = null
  ) {
    super(message)
  }
}

/** Text operands longer than this are checked, not decoded (see literals.ts). */
const LONG_TEXT = 4096
/** Longest module or qualified name accepted from a GLOBAL or INST line. */
const MAX_NAME = 1024
/**
 * One part of a module path or qualified name: a Python identifier (str.isidentifier: XID_Start or
 * _, then XID_Continue). Made on first use: building its Unicode classes costs ~1 ms, which a
 * pickle that imports nothing never needs (CLI start-up, issue 10).
 */
let identPart: RegExp | null = null

function isIdentPart(s: string): boolean {
  identPart ??= /^[\p{XID_Start}_]\p{XID_Continue}*$/u
  return identPart.test(s)
}

/** A module path or qualified name that an import or getattr chain could resolve. */
export function isImportName(s: string): boolean {
  if (s.length === 0 || s.length > MAX_NAME) return false
  for (const part of s.split('.')) if (!isIdentPart(part)) return false
  return true
}

/** Values whose type is known when the stream is read cannot be a str unless they are one. */
function mayBeStr(v: unknown): boolean {
  return typeof v === 'string' || v instanceof PObj || v instanceof PGlobal || v instanceof PPersistent
}

/** Values made by something the stream imported or a persistent_load: what they accept is not known (read leniently). */
function isOpaque(v: unknown): boolean {
  return v instanceof PObj || v instanceof PGlobal || v instanceof PPersistent
}

/** Python's type name of a value the stream built. */
function typeName(v: unknown): string {
  if (v === null) return 'NoneType'
  if (typeof v === 'boolean') return 'bool'
  if (typeof v === 'number' || typeof v === 'bigint') return 'int or float'
  if (typeof v === 'string') return 'str'
  if (v instanceof PBytes) return v.kind === 'view' ? 'memoryview' : v.kind === 'int' ? 'int' : v.kind
  if (v instanceof PTuple) return 'tuple'
  if (v instanceof PList) return 'list'
  if (v instanceof PDict) return 'dict'
  if (v instanceof PSet) return v.frozen ? 'frozenset' : 'set'
  return 'object'
}

/** Whether Python can hash it (lists, dicts, sets, bytearrays, and tuples holding one cannot). */
function hashable(v: unknown, depth = 0): boolean {
  if (v instanceof PList || v instanceof PDict) return false
  if (v instanceof PSet) return v.frozen
  if (v instanceof PBytes) return v.kind !== 'bytearray'
  if (v instanceof PTuple) return depth > 64 || v.items.every((x) => hashable(x, depth + 1))
  return true
}

/**
 * An integer index (an int or a bool), or null. The VM keeps ints and floats both as numbers, so a
 * float with an integral value passes too: the lenient side (the load is taken to go on).
 */
function asIndex(v: unknown): number | null {
  if (typeof v === 'boolean') return v ? 1 : 0
  if (typeof v === 'number') return Number.isInteger(v) ? v : null
  if (typeof v === 'bigint') return Number(v)
  if (v instanceof PBytes && v.kind === 'int') return 0
  return null
}

function isAsciiText(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) > 0x7f) return false
  return true
}

/** PyLong_FromString(s, NULL, 10) on a C string: up to the first NUL, ASCII whitespace around, underscores between digits. */
function pyIntBase10(text: string): bigint | null {
  const nul = text.indexOf('\u0000')
  const t = (nul >= 0 ? text.slice(0, nul) : text).replace(/^[ \t\n\r\f\v]+|[ \t\n\r\f\v]+$/g, '')
  if (!/^[+-]?\d+(_\d+)*$/.test(t)) return null
  return BigInt(t.replace(/_/g, ''))
}

const ASCII_ERROR = "'ascii' codec can't decode a byte of a str operand (plain pickle.load decodes Python 2 strings as ASCII)"
const UTF8_ERROR = "'utf-8' codec can't decode the str operand"
const NO_PERSISTENT_LOAD = 'A load persistent id instruction was encountered, but no persistent_load function was specified (plain pickle.load has none)'

function globalKey(module: string, name: string, resolved: boolean): string {
  return `${module}\u0000${name}\u0000${resolved}`
}

const LEGACY_TORCH_MAGIC = 0x1950a86a20f9469cfc6cn
const IDENT = /^[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)*$/

function render(v: unknown, depth = 0): string {
  if (typeof v === 'string') return JSON.stringify(v.length > 80 ? v.slice(0, 77) + '...' : v)
  if (typeof v === 'number' || typeof v === 'boolean' || typeof v === 'bigint') return String(v)
  if (v === null) return 'None'
  if (depth > 1) return '\u2026'
  if (v instanceof PGlobal) return `${v.module}.${v.name}`
  if (v instanceof PTuple) return `(${v.head(4).map((x) => render(x, depth + 1)).join(', ')}${v.length > 4 ? ', \u2026' : ''})`
  if (v instanceof PList) return `[${v.head(4).map((x) => render(x, depth + 1)).join(', ')}${v.length > 4 ? ', \u2026' : ''}]`
  if (v instanceof PBytes) return `<${v.length} bytes>`
  if (v instanceof PObj) return `${render(v.callable, depth + 1)}(\u2026)`
  return '\u2026'
}

interface Shared {
  globals: Map<string, GlobalRef>
  /** Containers and objects built so far. */
  objects: number
  /** Memo entries copied for joblib array regions. */
  cloned: number
  limits: VmLimits
  ops: number
  items: number
  joblibArrays: number
  /** Regions joblib reads as raw data: also read as opcodes afterwards. */
  arrayRegions: Array<{ start: number; end: number; memo: Memo }>
  depth: number
  heap: Heap
  /** Plain `pickle.load` (ScanOptions.plainLoad): stop where the default Unpickler raises. */
  plain: boolean
  /** Where the whole stream ends (ScanOptions.streamEnd), past `end` when only its start was given. */
  streamEnd: number
  /** A persistent_load is there (every loader but plain pickle.load; torch's legacy layout after its magic number). */
  persistent: boolean
}

/** First stack capacity: most pickles are small and a scan makes one machine each; the stack doubles as needed. */
const STACK0 = 32

/** One pickle: from `pos` to its STOP. */
class Machine {
  /** The stack: tags, payloads, refs (see the table at the top); `sp` values, capacity st.length. */
  st = new Uint8Array(STACK0)
  sv = new Float64Array(STACK0)
  sr: unknown[] = new Array(STACK0).fill(undefined)
  sp = 0
  marks: number[] = []
  fence = 0
  proto = 0
  pos: number
  startOps: number
  globalsSeen = 0
  constructor(
    readonly buf: Buffer,
    start: number,
    readonly end: number,
    readonly memo: Memo,
    readonly sh: Shared,
    readonly fragment = false
  ) {
    this.pos = start
    this.startOps = sh.ops
  }

  fail(message: string): never {
    throw new Stop('parse', message)
  }

  /**
   * The data ends before what the opcode reads (up to `needEnd`, -1 for a line's newline). When the
   * buffer is only the start of a longer stream (ScanOptions.streamEnd) and the stream may hold it,
   * the stop says more data is needed instead of that the pickle is truncated.
   */
  truncated(needEnd: number, what = ''): never {
    const streamEnd = this.sh.streamEnd
    if (this.end < streamEnd && needEnd <= streamEnd) throw new Stop('parse', `pickle data continues past the ${this.end} bytes read${what}`, needEnd < 0 ? -1 : needEnd)
    this.fail(`pickle data was truncated${what}`)
  }

  growStack(): void {
    if (this.sp + 1 > this.sh.limits.maxStack) throw new Stop('limit', `the stack holds more than ${this.sh.limits.maxStack} values (limit maxStack)`)
    this.st = growU8(this.st, this.sp + 1)
    this.sv = growF64(this.sv, this.sp + 1)
    const sr = new Array<unknown>(this.st.length).fill(undefined)
    for (let i = 0; i < this.sp; i++) sr[i] = this.sr[i]
    this.sr = sr
  }

  // --- the slower opcodes work on boxed values through these (this.sp, this.pos are current) ---

  pop(): unknown {
    if (this.sp <= this.fence) this.fail('unpickling stack underflow')
    const i = --this.sp
    return this.sh.heap.box(this.st[i], this.sv[i], this.sr[i])
  }

  top(): unknown {
    if (this.sp <= this.fence) this.fail('unpickling stack underflow')
    const i = this.sp - 1
    return this.sh.heap.box(this.st[i], this.sv[i], this.sr[i])
  }

  /** Copies the n slots at stack[k] to the arena; returns where. */
  toArena(k: number, n: number): number {
    const heap = this.sh.heap
    const a = heap.alloc(n)
    const st = this.st
    const sv = this.sv
    const sr = this.sr
    if ((a & CH_MASK) + n <= CH) {
      const at = heap.atc[a >>> CH_BITS]
      const ap = heap.apc[a >>> CH_BITS]
      const b = a & CH_MASK
      for (let i = 0; i < n; i++) {
        const t = st[k + i]
        at[b + i] = t
        ap[b + i] = t >= T_LIST ? heap.ao.push(sr[k + i]) - 1 : sv[k + i]
      }
    } else for (let i = 0; i < n; i++) heap.put(a + i, st[k + i], sv[k + i], sr[k + i])
    return a
  }

  /** Pushes a JS value (there is always room for one: run() makes it before each opcode). */
  push(v: unknown): void {
    const i = this.sp++
    this.st[i] = tagOf(v)
    this.sv[i] = payloadOf(v)
    this.sr[i] = v
  }

  /** Pops down to the last MARK; returns where the items start (they stay above this.sp until overwritten). */
  popMarkAt(): number {
    if (this.marks.length === 0) this.fail('could not find MARK')
    const k = this.marks.pop()!
    this.fence = this.marks.length ? this.marks[this.marks.length - 1] : 0
    return k
  }

  popMark(): unknown[] {
    const k = this.popMarkAt()
    const n = this.sp - k
    const out = new Array<unknown>(n)
    for (let i = 0; i < n; i++) out[i] = this.sh.heap.box(this.st[k + i], this.sv[k + i], this.sr[k + i])
    this.sp = k
    return out
  }

  need(n: number): number {
    const p = this.pos
    if (n < 0) this.fail('pickle data was truncated')
    if (p + n > this.end) this.truncated(p + n)
    this.pos = p + n
    return p
  }

  line(): [number, number] {
    const s = this.pos
    const nl = this.buf.indexOf(10, s)
    if (nl < 0 || nl >= this.end) this.truncated(-1, ' (no newline)')
    this.pos = nl + 1
    return [s, nl]
  }

  lineStr(enc: 'utf8' | 'latin1' = 'utf8'): string {
    const [s, e] = this.line()
    return this.buf.toString(enc, s, e)
  }

  tooManyObjects(): never {
    throw new Stop('limit', `more than ${this.sh.limits.maxObjects} lists, dicts, sets and objects built (limit maxObjects)`)
  }

  /** Counts one container or object built by a slow opcode. */
  made<T>(v: T): T {
    if (++this.sh.objects > this.sh.limits.maxObjects) this.tooManyObjects()
    return v
  }

  keep(n: number): boolean {
    this.sh.items += n
    return this.sh.items <= this.sh.limits.maxItems
  }

  /** memo[idx] = the top of the stack. */
  memoPut(idx: number): void {
    if (this.sp <= this.fence) this.fail('unpickling stack underflow')
    if (!this.memo.has(idx) && this.memo.size >= this.sh.limits.maxMemo) throw new Stop('limit', `memo exceeds ${this.sh.limits.maxMemo} entries (limit maxMemo)`)
    const i = this.sp - 1
    this.memo.set(idx, this.st[i], this.sv[i], this.sr[i])
  }

  memoGet(idx: number): void {
    const m = this.memo
    const i = this.sp++
    const t = m.tag(idx)
    if (t !== 0) {
      const p = m.pc[idx >>> CH_BITS][idx & CH_MASK]
      this.st[i] = t
      this.sv[i] = p
      if (t >= T_LIST) this.sr[i] = m.rc[idx >>> CH_BITS]![idx & CH_MASK]
      return
    }
    const s = m.sparse?.get(idx)
    if (s === undefined) {
      this.sp--
      this.fail(`memo value not found at index ${idx}`)
    }
    this.st[i] = s.t
    this.sv[i] = s.p
    this.sr[i] = s.r
  }

  addGlobal(rawModule: string, rawName: string, opcode: GlobalOpcode, offset: number, resolved: boolean, mapped0 = false): PGlobal {
    if (this.fragment && resolved && (!IDENT.test(rawModule) || !IDENT.test(rawName))) {
      // in the array-data reading, garbage lines cannot name an importable module; ignore them
      return new PGlobal(rawModule, rawName, false)
    }
    const mapped = resolved && this.proto < 3 && !mapped0 ? mapPython2(rawModule, rawName) : { module: rawModule, name: rawName }
    const key = globalKey(mapped.module, mapped.name, resolved)
    let g = this.sh.globals.get(key)
    if (!g) {
      g = { module: mapped.module, name: mapped.name, raw: `${rawModule}.${rawName}`, opcode, offset, count: 0, resolved, calls: [] }
      if (this.fragment) g.viaArrayData = true
      this.sh.globals.set(key, g)
    }
    g.count++
    this.globalsSeen++
    return new PGlobal(mapped.module, mapped.name, resolved)
  }

  noteCall(callable: unknown, args: unknown[]): void {
    if (!(callable instanceof PGlobal)) return
    const g = this.sh.globals.get(globalKey(callable.module, callable.name, callable.resolved))
    if (g) g.called = true
    for (const x of args) {
      // getattr handed to another call may be called with anything: it no longer counts as folded
      if (x instanceof PGlobal && x.module === 'builtins' && x.name === 'getattr') {
        const ga = this.sh.globals.get(globalKey(x.module, x.name, x.resolved))
        if (ga) ga.escaped = true
      }
    }
    if (g && g.calls.length < 3) g.calls.push(`${callable.module}.${callable.name}(${args.slice(0, 3).map((a) => render(a)).join(', ')})`)
  }

  /**
   * Runs to STOP; returns the value. Throws Stop. The common opcodes are handled here on slots,
   * with the position, stack pointer and opcode count in locals; the others in slow().
   */
  run(): unknown {
    const buf = this.buf
    /** Operands are read through a DataView: its methods are compiled inline, Buffer's are calls. */
    const dv = new DataView(buf.buffer, buf.byteOffset, buf.byteLength)
    const sh = this.sh
    const heap = sh.heap
    const memo = this.memo
    const marks = this.marks
    const end = this.end
    const maxOps = sh.limits.maxOps
    const maxMemo = sh.limits.maxMemo
    const maxItems = sh.limits.maxItems
    const maxMarks = sh.limits.maxMarks
    const maxObjects = sh.limits.maxObjects
    const deadline = sh.limits.deadline
    const plain = sh.plain
    let st = this.st
    let sv = this.sv
    let sr = this.sr
    let pos = this.pos
    let sp = this.sp
    let ops = sh.ops
    let inSlow = false
    try {
      for (;;) {
        if (pos >= end) this.truncated(end + 1, ' (no STOP)')
        const opPos = pos
        const op = buf[pos++]
        if (++ops > maxOps) throw new Stop('limit', `more than ${maxOps} opcodes (limit maxOps)`)
        // the clock every 65536 opcodes, first at the 1024th: early, so that the optimizing compiler has seen
        // this branch (one first taken deep into a large pickle throws the compiled loop away), but not
        // before the interpreter records what it sees (it starts a little after a function is entered)
        if ((ops & 0xffff) === 0x400 && nowMs() > deadline) throw new Stop('limit', 'time limit reached (limit file-timeout-seconds)')
        if (sp === st.length) {
          this.sp = sp
          this.growStack()
          st = this.st
          sv = this.sv
          sr = this.sr
        }
        switch (op) {
          case 0x28: // MARK
            if (marks.length >= maxMarks) throw new Stop('limit', `more than ${maxMarks} nested MARKs (limit maxMarks)`)
            marks.push(sp)
            this.fence = sp
            break
          case 0x2e: { // STOP
            this.sp = sp
            const v = this.pop()
            sp = this.sp
            return v
          }
          case 0x30: // POP
            if (marks.length > 0 && marks[marks.length - 1] === sp) {
              marks.pop()
              this.fence = marks.length ? marks[marks.length - 1] : 0
            } else {
              if (sp <= this.fence) this.fail('unpickling stack underflow')
              sp--
            }
            break
          case 0x32: // DUP
            if (sp <= this.fence) this.fail('unpickling stack underflow')
            st[sp] = st[sp - 1]
            sv[sp] = sv[sp - 1]
            sr[sp] = sr[sp - 1]
            sp++
            break
          case 0x4a: // BININT
            if (pos + 4 > end) this.truncated(pos + 4)
            st[sp] = T_NUM
            sv[sp++] = dv.getInt32(pos, true)
            pos += 4
            break
          case 0x4b: // BININT1
            if (pos + 1 > end) this.truncated(pos + 1)
            st[sp] = T_NUM
            sv[sp++] = buf[pos++]
            break
          case 0x4d: // BININT2
            if (pos + 2 > end) this.truncated(pos + 2)
            st[sp] = T_NUM
            sv[sp++] = buf[pos] | (buf[pos + 1] << 8)
            pos += 2
            break
          case 0x4e: // NONE
            st[sp++] = T_NONE
            break
          case 0x88: // NEWTRUE
            st[sp++] = T_TRUE
            break
          case 0x89: // NEWFALSE
            st[sp++] = T_FALSE
            break
          case 0x47: // BINFLOAT
            if (pos + 8 > end) this.truncated(pos + 8)
            st[sp] = T_NUM
            sv[sp++] = dv.getFloat64(pos)
            pos += 8
            break
          case 0x55: { // SHORT_BINSTRING
            if (pos + 1 > end) this.truncated(pos + 1)
            const n = buf[pos++]
            if (pos + n > end) this.truncated(pos + n)
            if (plain && !isAsciiRange(buf, pos, pos + n)) this.fail(ASCII_ERROR)
            st[sp] = T_STR1
            sv[sp++] = pos * STR_SPLIT + n
            pos += n
            break
          }
          case 0x54: { // BINSTRING
            if (pos + 4 > end) this.truncated(pos + 4)
            const n = dv.getInt32(pos, true)
            pos += 4
            if (n < 0) this.fail('BINSTRING pickle has negative byte count')
            if (pos + n > end) this.truncated(pos + n)
            if (plain && !isAsciiRange(buf, pos, pos + n)) this.fail(ASCII_ERROR)
            if (n <= 4096) {
              st[sp] = T_STR1
              sv[sp++] = pos * STR_SPLIT + n
            } else if (plain) {
              st[sp] = T_OBJ
              sr[sp++] = new PBytes(n, 'str')
            } else {
              st[sp] = T_BYTES
              sv[sp++] = n
            }
            pos += n
            break
          }
          case 0x8c: // SHORT_BINUNICODE
          case 0x58: // BINUNICODE
          case 0x8d: { // BINUNICODE8
            let n: number
            if (op === 0x8c) {
              if (pos + 1 > end) this.truncated(pos + 1)
              n = buf[pos++]
            } else if (op === 0x58) {
              if (pos + 4 > end) this.truncated(pos + 4)
              n = dv.getUint32(pos, true)
              pos += 4
            } else {
              if (pos + 8 > end) this.truncated(pos + 8)
              n = Number(buf.readBigUInt64LE(pos))
              pos += 8
            }
            if (pos + n > end) this.truncated(pos + n)
            if (plain && !isUtf8SurrogatepassRange(buf, pos, pos + n)) this.fail(UTF8_ERROR)
            if (n <= 65536) {
              st[sp] = T_STR8
              sv[sp++] = pos * STR_SPLIT + n
            } else if (plain) {
              st[sp] = T_OBJ
              sr[sp++] = new PBytes(n, 'str')
            } else {
              st[sp] = T_BYTES
              sv[sp++] = n
            }
            pos += n
            break
          }
          case 0x43: // SHORT_BINBYTES
          case 0x42: // BINBYTES
          case 0x8e: // BINBYTES8
          case 0x96: { // BYTEARRAY8
            let n: number
            if (op === 0x43) {
              if (pos + 1 > end) this.truncated(pos + 1)
              n = buf[pos++]
            } else if (op === 0x42) {
              if (pos + 4 > end) this.truncated(pos + 4)
              n = dv.getUint32(pos, true)
              pos += 4
            } else {
              if (pos + 8 > end) this.truncated(pos + 8)
              n = Number(buf.readBigUInt64LE(pos))
              pos += 8
            }
            if (pos + n > end) this.truncated(pos + n)
            pos += n
            if (plain && op === 0x96) {
              // a bytearray: mutable, unhashable, takes appends and item assignment (plain mode tells it from bytes)
              st[sp] = T_OBJ
              sr[sp++] = new PBytes(n, 'bytearray')
              break
            }
            st[sp] = T_BYTES
            sv[sp++] = n
            break
          }
          case 0x29: // EMPTY_TUPLE
            st[sp] = T_TUPLE
            sv[sp++] = 0
            break
          case 0x74: // TUPLE
          case 0x85: // TUPLE1
          case 0x86: // TUPLE2
          case 0x87: { // TUPLE3
            let k: number
            let keep = true
            if (op === 0x74) {
              if (marks.length === 0) this.fail('could not find MARK')
              k = marks.pop()!
              this.fence = marks.length ? marks[marks.length - 1] : 0
              sh.items += sp - k
              keep = sh.items <= maxItems
            } else {
              k = sp - (op - 0x84)
              if (k < this.fence) this.fail('unpickling stack underflow')
            }
            const n = keep ? sp - k : 0
            const a = n > 0 ? this.toArena(k, n) : 0
            sp = k
            st[sp] = T_TUPLE
            sv[sp++] = a * TUPLE_SPLIT + n
            break
          }
          case 0x5d: // EMPTY_LIST
            if (++sh.objects > maxObjects) this.tooManyObjects()
            st[sp] = T_LIST
            sr[sp++] = new PList(heap)
            break
          case 0x6c: // LIST
          case 0x65: { // APPENDS
            if (marks.length === 0) this.fail('could not find MARK')
            const k = marks.pop()!
            this.fence = marks.length ? marks[marks.length - 1] : 0
            let l: PList | null
            if (op === 0x6c) {
              if (++sh.objects > maxObjects) this.tooManyObjects()
              l = new PList(heap)
              sh.items += sp - k
              if (sh.items > maxItems) l = null
            } else {
              if (k <= this.fence) this.fail('unpickling stack underflow')
              if (plain && st[k - 1] !== T_LIST && sp > k) {
                const items: unknown[] = []
                for (let i = k; i < sp; i++) items.push(heap.box(st[i], sv[i], sr[i]))
                this.plainAppend(heap.box(st[k - 1], sv[k - 1], sr[k - 1]), items)
              }
              l = st[k - 1] === T_LIST ? (sr[k - 1] as PList) : null
              if (l !== null) {
                sh.items += sp - k
                if (sh.items > maxItems) l = null
              }
            }
            if (l !== null && sp > k) l.add(this.toArena(k, sp - k), sp - k)
            sp = k
            if (op === 0x6c) {
              st[sp] = T_LIST
              sr[sp++] = l ?? new PList(heap)
            }
            break
          }
          case 0x61: { // APPEND
            if (sp <= this.fence) this.fail('unpickling stack underflow')
            sp--
            if (sp <= this.fence) this.fail('unpickling stack underflow')
            const lt = st[sp - 1]
            if (lt === T_LIST) {
              sh.items += 1
              if (sh.items <= maxItems) (sr[sp - 1] as PList).add(this.toArena(sp, 1), 1)
            } else if (lt === T_OBJ && sr[sp - 1] instanceof PObj) {
              this.noteCall((sr[sp - 1] as PObj).callable, [heap.box(st[sp], sv[sp], sr[sp])])
            } else if (plain) this.plainAppend(heap.box(lt, sv[sp - 1], sr[sp - 1]), [heap.box(st[sp], sv[sp], sr[sp])])
            break
          }
          case 0x68: // BINGET
          case 0x6a: { // LONG_BINGET
            let idx: number
            if (op === 0x68) {
              if (pos + 1 > end) this.truncated(pos + 1)
              idx = buf[pos++]
            } else {
              if (pos + 4 > end) this.truncated(pos + 4)
              idx = dv.getUint32(pos, true)
              pos += 4
            }
            const t = idx < memo.len ? memo.tc[idx >>> CH_BITS][idx & CH_MASK] : 0
            if (t !== 0) {
              const p = memo.pc[idx >>> CH_BITS][idx & CH_MASK]
              st[sp] = t
              sv[sp] = p
              if (t >= T_LIST) sr[sp] = memo.rc[idx >>> CH_BITS]![idx & CH_MASK]
              sp++
            } else {
              this.sp = sp
              this.memoGet(idx)
              sp = this.sp
            }
            break
          }
          case 0x71: // BINPUT
          case 0x72: // LONG_BINPUT
          case 0x94: { // MEMOIZE
            let idx: number
            if (op === 0x71) {
              if (pos + 1 > end) this.truncated(pos + 1)
              idx = buf[pos++]
            } else if (op === 0x72) {
              if (pos + 4 > end) this.truncated(pos + 4)
              idx = dv.getUint32(pos, true)
              pos += 4
            } else idx = memo.size
            if (sp <= this.fence) this.fail('unpickling stack underflow')
            const t = st[sp - 1]
            if (t < T_LIST && idx <= memo.len && idx >>> CH_BITS < memo.tc.length && (idx & CH_MASK) < memo.tc[idx >>> CH_BITS].length) {
              // a plain value at a dense index whose chunk exists (the usual case; Memo.set does the rest)
              const tc = memo.tc[idx >>> CH_BITS]
              if (idx === memo.len) {
                if (memo.sparse !== null || memo.size >= maxMemo) {
                  this.sp = sp
                  this.memoPut(idx)
                  break
                }
                memo.len++
                memo.size++
              } else if (tc[idx & CH_MASK] === 0) {
                this.sp = sp
                this.memoPut(idx)
                break
              }
              tc[idx & CH_MASK] = t
              memo.pc[idx >>> CH_BITS][idx & CH_MASK] = sv[sp - 1]
            } else {
              this.sp = sp
              this.memoPut(idx)
            }
            break
          }
          case 0x95: // FRAME
            if (pos + 8 > end) this.truncated(pos + 8)
            if (plain) {
              // _pickle reads the whole frame ahead: a frame longer than what is left ends the load
              const len = buf.readBigUInt64LE(pos)
              if (len > 0x7fffffffffffffffn) this.fail("FRAME length exceeds system's maximum")
              if (len > BigInt(end - pos - 8)) this.truncated(len > BigInt(Number.MAX_SAFE_INTEGER) ? Infinity : pos + 8 + Number(len))
            }
            pos += 8
            break
          default:
            // slow() works on this.pos, this.sp and sh.ops (a joblib array runs a nested machine that counts opcodes)
            this.sp = sp
            this.pos = pos
            sh.ops = ops
            inSlow = true
            this.slow(op, opPos)
            inSlow = false
            pos = this.pos
            sp = this.sp
            ops = sh.ops
        }
      }
    } finally {
      if (!inSlow) {
        this.pos = pos
        this.sp = sp
        sh.ops = ops
      }
    }
  }

  /** The less common opcodes, on boxed values (this.pos, this.sp and sh.ops are current). */
  slow(op: number, opPos: number): void {
    const buf = this.buf
    switch (op) {
      case OP.POP_MARK:
        this.sp = this.popMarkAt()
        break
      case OP.FLOAT:
      case OP.INT:
      case OP.LONG: {
        const [s, e] = this.line()
        if (e - s > LONG_TEXT) {
          // a number of thousands of digits: checked for its characters (linear), kept as its size (no BigInt of a MB)
          if (!longNumberOk(buf, s, e)) this.fail(`invalid literal in ${opcodeName(op)}`)
          this.push(new PBytes(e - s, 'int'))
          break
        }
        const text = buf.toString('latin1', s, e)
        if (op === OP.FLOAT) {
          const v = parseFloatOperand(text)
          if (v === null) this.fail('could not convert string to float')
          this.push(v)
        } else if (op === OP.INT) {
          const v = parseIntOperand(text)
          if (v === null) this.fail('invalid literal for int()')
          this.push(typeof v === 'bigint' && v >= -0x20000000000000n && v <= 0x20000000000000n ? Number(v) : v)
        } else {
          const v = parseLongOperand(text)
          if (v === null) this.fail('invalid literal for int() in LONG')
          this.push(v)
        }
        break
      }
      case OP.LONG1:
      case OP.LONG4: {
        let n: number
        if (op === OP.LONG1) n = buf[this.need(1)]
        else {
          n = buf.readInt32LE(this.need(4))
          if (n < 0) this.fail('LONG pickle has negative byte count')
        }
        const p = this.need(n)
        if (n === 0) this.push(0)
        else if (n <= 64) {
          let v = 0n
          for (let i = n - 1; i >= 0; i--) v = (v << 8n) | BigInt(buf[p + i])
          if (buf[p + n - 1] & 0x80) v -= 1n << BigInt(8 * n)
          this.push(v)
        } else this.push(new PBytes(n, 'int'))
        break
      }
      case OP.STRING: {
        const [s, e] = this.line()
        if (e - s > LONG_TEXT && !this.sh.plain) {
          if (!quotedStringOk(buf, s, e)) this.fail('the STRING opcode argument must be quoted')
          this.push(new PBytes(e - s, 'str'))
          break
        }
        const v = parseQuotedString(buf.toString('latin1', s, e))
        if (v === null) this.fail('the STRING opcode argument must be quoted')
        // plain pickle.load decodes it with encoding='ASCII'
        if (this.sh.plain && !isAsciiText(v)) this.fail(ASCII_ERROR)
        this.push(e - s > LONG_TEXT ? new PBytes(e - s, 'str') : v)
        break
      }
      case OP.UNICODE: {
        const [s, e] = this.line()
        if (e - s > LONG_TEXT && !this.sh.plain) {
          this.push(new PBytes(e - s, 'str'))
          break
        }
        const v = decodeRawUnicodeEscape(buf.subarray(s, e))
        if (v === null) this.fail('malformed \\uXXXX escape in UNICODE')
        this.push(e - s > LONG_TEXT ? new PBytes(e - s, 'str') : v)
        break
      }
      case OP.EMPTY_DICT:
        this.push(this.made(new PDict()))
        break
      case OP.DICT: {
        const items = this.popMark()
        if (items.length % 2) this.fail('odd number of items for DICT')
        if (this.sh.plain) for (let i = 0; i < items.length; i += 2) this.plainHashable(items[i])
        const d = this.made(new PDict())
        if (this.keep(items.length) || items.length < 128) for (let i = 0; i < items.length; i += 2) this.setItem(d, items[i], items[i + 1])
        this.push(d)
        break
      }
      case OP.EMPTY_SET:
        this.push(this.made(new PSet([], false)))
        break
      case OP.FROZENSET: {
        const items = this.popMark()
        if (this.sh.plain) for (const x of items) this.plainHashable(x)
        this.push(this.made(new PSet(this.keep(items.length) ? items : [], true)))
        break
      }
      case OP.SETITEM: {
        const v = this.pop()
        const k = this.pop()
        const d = this.top()
        if (this.sh.plain) this.plainSetItems(d, [k, v])
        if (d instanceof PDict && (this.keep(1) || d.size < 64)) this.setItem(d, k, v)
        break
      }
      case OP.SETITEMS: {
        const items = this.popMark()
        if (items.length % 2) this.fail('odd number of items for SETITEMS')
        const d = this.top()
        if (this.sh.plain) this.plainSetItems(d, items)
        if (d instanceof PDict && (this.keep(items.length) || d.size < 64)) for (let i = 0; i < items.length; i += 2) this.setItem(d, items[i], items[i + 1])
        break
      }
      case OP.ADDITEMS: {
        const items = this.popMark()
        const s = this.top()
        if (this.sh.plain && items.length) this.plainAddItems(s, items)
        if (s instanceof PSet && this.keep(items.length)) for (const v of items) s.items.push(v)
        break
      }
      case OP.GET:
        this.memoGet(this.indexFromLine())
        break
      case OP.PUT: {
        const idx = this.indexFromLine()
        if (idx < 0) this.fail('negative PUT argument')
        this.memoPut(idx)
        break
      }
      case OP.GLOBAL: {
        const m = this.nameLine('GLOBAL')
        const n = this.nameLine('GLOBAL')
        this.push(this.addGlobal(m, n, 'GLOBAL', opPos, true))
        break
      }
      case OP.STACK_GLOBAL: {
        const name = this.pop()
        const module = this.pop()
        if (typeof name === 'string' && typeof module === 'string') {
          if (!isImportName(module) || !isImportName(name)) this.fail(`STACK_GLOBAL names ${render(module)} ${render(name)}, which no module or attribute can be called`)
          this.push(this.addGlobal(module, name, 'STACK_GLOBAL', opPos, true))
        } else if (mayBeStr(name) && mayBeStr(module)) {
          // a value made at load time (a call's result, a global, a persistent id) may be a str: what is imported cannot be known
          this.push(this.addGlobal(render(module), render(name), 'STACK_GLOBAL', opPos, false))
        } else this.fail('STACK_GLOBAL requires str')
        break
      }
      case OP.INST: {
        // _pickle finds the MARK before it reads the names, and reads them as ASCII
        if (this.marks.length === 0) this.fail('could not find MARK')
        const m = this.nameLine('INST')
        const n = this.nameLine('INST')
        const g = this.addGlobal(m, n, 'INST', opPos, true)
        const args = this.popMark()
        this.noteCall(g, args)
        this.push(this.made(new PObj('INST', g, args)))
        break
      }
      case OP.OBJ: {
        const items = this.popMark()
        if (items.length < 1) this.fail('unpickling stack underflow')
        this.callable(items[0], 'OBJ')
        this.noteCall(items[0], items.slice(1))
        this.push(this.made(new PObj('OBJ', items[0], items.slice(1))))
        break
      }
      case OP.REDUCE: {
        const args = this.pop()
        const f = this.pop()
        this.callable(f, 'REDUCE')
        const a = args instanceof PTuple ? args.items : [args]
        const folded = this.foldGetattr(f, a, opPos)
        if (folded) {
          this.push(folded)
          break
        }
        this.noteCall(f, a)
        this.push(this.made(new PObj('REDUCE', f, a)))
        break
      }
      case OP.NEWOBJ: {
        const args = this.pop()
        const cls = this.pop()
        this.callable(cls, 'NEWOBJ')
        const a = args instanceof PTuple ? args.items : [args]
        this.noteCall(cls, a)
        this.push(this.made(new PObj('NEWOBJ', cls, a)))
        break
      }
      case OP.NEWOBJ_EX: {
        const kwargs = this.pop()
        const args = this.pop()
        const cls = this.pop()
        this.callable(cls, 'NEWOBJ_EX')
        const a = args instanceof PTuple ? [...args.items, kwargs] : [args, kwargs]
        this.noteCall(cls, a)
        this.push(this.made(new PObj('NEWOBJ_EX', cls, a)))
        break
      }
      case OP.BUILD: {
        const state = this.pop()
        const inst = this.top()
        if (this.sh.plain) this.plainBuild(inst, state)
        if (inst instanceof PObj) {
          inst.state = state
          if (isJoblibWrapper(inst)) this.joblibArray(inst)
        }
        break
      }
      case OP.PERSID: {
        if (!this.sh.persistent) this.fail(NO_PERSISTENT_LOAD)
        const [s, e] = this.line()
        this.push(this.made(new PPersistent(e - s > LONG_TEXT ? new PBytes(e - s) : buf.toString('latin1', s, e))))
        break
      }
      case OP.BINPERSID:
        if (!this.sh.persistent) this.fail(NO_PERSISTENT_LOAD)
        this.push(this.made(new PPersistent(this.pop())))
        break
      case OP.EXT1:
      case OP.EXT2:
      case OP.EXT4: {
        const code = op === OP.EXT1 ? buf[this.need(1)] : op === OP.EXT2 ? buf.readUInt16LE(this.need(2)) : buf.readInt32LE(this.need(4))
        if (code <= 0) this.fail('EXT specifies code <= 0')
        // copyreg's extension registry is empty unless a library fills it: plain pickle.load raises
        if (this.sh.plain) this.fail(`unregistered extension code ${code}`)
        this.push(this.addGlobal('copyreg._extension_registry', String(code), 'EXT', opPos, false))
        break
      }
      case OP.PROTO: {
        const p = buf[this.need(1)]
        if (p > HIGHEST_PROTOCOL) this.fail(`unsupported pickle protocol: ${p}`)
        this.proto = p
        break
      }
      case OP.NEXT_BUFFER:
        this.fail('pickle stream refers to out-of-band data but no buffers argument was given')
        break
      case OP.READONLY_BUFFER: {
        const v = this.top()
        if (this.sh.plain && !isOpaque(v)) {
          // memoryview(obj): only bytes and bytearray have the buffer protocol; a bytearray becomes a read-only view
          if (!(v instanceof PBytes) || v.kind === 'str' || v.kind === 'int') this.fail(`memoryview: a bytes-like object is required, not ${typeName(v)}`)
          if (v.kind === 'bytearray') {
            this.sp--
            this.push(new PBytes(v.length, 'view'))
          }
        }
        break
      }
      default:
        this.pos = opPos
        this.fail(`invalid load key, '${opcodeName(op)}'`)
    }
  }

  /** A GLOBAL or INST operand line: a module or qualified name, never text (a Python or YAML file starting with `c` or `i`). */
  nameLine(op: string): string {
    const [s, e] = this.line()
    const text = e - s > MAX_NAME || (op === 'INST' && !isAsciiRange(this.buf, s, e)) ? '' : this.buf.toString('utf8', s, e)
    if (!isImportName(text)) this.fail(`${op} operand ${render(e - s > MAX_NAME ? `${this.buf.toString('latin1', s, s + 40)}\u2026` : text)} is not a module or attribute name`)
    return text
  }

  /**
   * CPython calls only what can be called: a value the stream built itself (None, a number, a str,
   * bytes, a tuple, list, dict or set) cannot be, and the load stops there, before anything runs.
   */
  callable(f: unknown, op: string): void {
    if (!(f instanceof PGlobal || f instanceof PObj || f instanceof PPersistent)) this.fail(`${op} on ${render(f)}, which is not callable`)
  }

  /**
   * builtins.getattr(<global>, '<name>') is the protocol 2 spelling of the dotted global `module.Class.name`
   * (zoneinfo.ZoneInfo._unpickle in every pickled pandas frame with a tz-aware column): it is reported
   * as that dotted global, judged like any other, instead of as a getattr call.
   */
  foldGetattr(f: unknown, a: unknown[], opPos: number): PGlobal | null {
    if (!(f instanceof PGlobal) || !f.resolved || f.module !== 'builtins' || f.name !== 'getattr' || a.length !== 2) return null
    const [target, attr] = a
    if (!(target instanceof PGlobal) || !target.resolved || typeof attr !== 'string' || !isIdentPart(attr)) return null
    const g = this.sh.globals.get(globalKey(f.module, f.name, true))
    if (g) g.folded = (g.folded ?? 0) + 1
    return this.addGlobal(target.module, `${target.name}.${attr}`, 'GETATTR', opPos, true, true)
  }

  /** GET and PUT operands: PyLong_FromString(s, NULL, 10), which reads up to a NUL, with whitespace and underscores. */
  indexFromLine(): number {
    const [a, b] = this.line()
    if (b - a > LONG_TEXT) this.fail('memo key out of range')
    const s = pyIntBase10(this.buf.toString('latin1', a, b))
    if (s === null) this.fail('memo key must be an integer')
    if (s > 0x7fffffffffffffffn || s < -0x8000000000000000n) this.fail('memo key out of range')
    // indices past 2^53 cannot be held by a memo: no GET finds them, and a PUT there is kept sparse
    return Number(s)
  }

  // --- plain pickle.load (ScanOptions.plainLoad): what the default Unpickler refuses on values the stream built itself ---

  /** dict keys, set and frozenset items must hash. */
  plainHashable(v: unknown): void {
    if (!hashable(v)) this.fail(`unhashable type: '${typeName(v)}'`)
  }

  /** APPEND(S) on a value: lists take anything, a bytearray takes bytes, other built-in values have no append. */
  plainAppend(target: unknown, items: unknown[]): void {
    if (isOpaque(target) || target instanceof PList) return
    if (target instanceof PBytes && target.kind === 'bytearray') {
      for (const x of items) if (asIndex(x) === null || asIndex(x)! < 0 || asIndex(x)! > 255) this.fail('byte must be in range(0, 256)')
      target.length += items.length
      return
    }
    this.fail(`'${typeName(target)}' object has no attribute 'extend'`)
  }

  /** SETITEM(S): a dict takes hashable keys, a list or bytearray an index in range, nothing else built by the stream takes any. */
  plainSetItems(target: unknown, items: unknown[]): void {
    if (isOpaque(target) || items.length === 0) return
    if (target instanceof PDict) {
      for (let i = 0; i < items.length; i += 2) this.plainHashable(items[i])
      return
    }
    const len = target instanceof PList ? target.length : target instanceof PBytes && target.kind === 'bytearray' ? target.length : -1
    if (len < 0) this.fail(`'${typeName(target)}' object does not support item assignment`)
    for (let i = 0; i < items.length; i += 2) {
      const k = asIndex(items[i])
      if (k === null) this.fail(`${typeName(target)} indices must be integers`)
      if (k < -len || k >= len) this.fail('assignment index out of range')
      if (target instanceof PBytes) {
        const v = asIndex(items[i + 1])
        if (v === null || v < 0 || v > 255) this.fail('byte must be in range(0, 256)')
      }
    }
  }

  /** ADDITEMS: a set takes hashable items; nothing else built by the stream has add(). */
  plainAddItems(target: unknown, items: unknown[]): void {
    if (isOpaque(target)) return
    if (!(target instanceof PSet) || target.frozen) this.fail(`'${typeName(target)}' object has no attribute 'add'`)
    for (const x of items) this.plainHashable(x)
  }

  /**
   * BUILD on a value the stream built (no __setstate__, no __dict__): only a state of None, or
   * (None, {}), leaves it alone; any other state raises.
   */
  plainBuild(inst: unknown, state: unknown): void {
    if (isOpaque(inst) || state === null) return
    if (state instanceof PTuple && state.length === 2) {
      const [s0, s1] = state.items
      if (s0 === null && s1 instanceof PDict && s1.size === 0) return
    }
    this.fail(`BUILD state ${render(state)} cannot be set on ${typeName(inst)}`)
  }

  setItem(d: PDict, k: unknown, v: unknown): void {
    d.set(k, v)
  }

  /** joblib's NumpyArrayWrapper: after BUILD, joblib.load reads the array's raw bytes (or an object array's pickle) from the stream. */
  joblibArray(w: PObj): void {
    const st = w.state
    if (!(st instanceof PDict)) this.fail('joblib NumpyArrayWrapper state is not a dict')
    const shape = st.get('shape')
    const dtype = st.get('dtype')
    const info = dtypeInfo(dtype)
    if (!info) this.fail('joblib array: unsupported dtype description')
    this.sh.joblibArrays++
    if (info.hasObject) {
      if (this.sh.depth >= this.sh.limits.maxDepth) throw new Stop('limit', 'joblib object arrays nested too deeply')
      this.sh.depth++
      try {
        const memo = new Memo()
        memo.maxSparse = this.sh.limits.maxSparseMemo
        const m = new Machine(this.buf, this.pos, this.end, memo, this.sh)
        m.run()
        this.pos = m.pos
      } finally {
        this.sh.depth--
      }
      return
    }
    let count = 1n
    const dims = shape instanceof PTuple ? shape.items : shape instanceof PList ? shape.items() : null
    if (!dims) this.fail('joblib array: shape is not a tuple')
    for (const d of dims) {
      if (typeof d !== 'bigint' && (typeof d !== 'number' || !Number.isInteger(d))) this.fail('joblib array: shape entry is not an integer')
      if (BigInt(d) < 0n) this.fail('joblib array: negative dimension')
      count *= BigInt(d)
    }
    const start = this.pos
    if (st.has('numpy_array_alignment_bytes')) {
      const pad = this.buf[this.need(1)]
      this.need(pad)
    }
    const bytes = count * BigInt(info.itemSize)
    if (bytes > BigInt(this.end - this.pos)) this.fail(`joblib array data (${bytes} bytes) runs past the end of the stream`)
    this.need(Number(bytes))
    this.sh.cloned += this.memo.len + (this.memo.sparse?.size ?? 0)
    if (this.sh.cloned > this.sh.limits.maxMemo * 4) throw new Stop('limit', `joblib arrays times memo entries exceed ${this.sh.limits.maxMemo * 4} (limit maxMemo)`)
    this.sh.arrayRegions.push({ start, end: this.pos, memo: this.memo.clone() })
  }
}

function isJoblibWrapper(o: PObj): boolean {
  let cls = o.callable
  if (cls instanceof PGlobal && cls.module === 'copyreg' && cls.name === '_reconstructor') cls = o.args[0]
  return cls instanceof PGlobal && cls.name === 'NumpyArrayWrapper' && /(^|\.)numpy_pickle$/.test(cls.module)
}

const SIZES: Record<string, number> = { b: 1, '?': 1, B: 1, h: 2, H: 2, i: 4, I: 4, l: 8, L: 8, q: 8, Q: 8, e: 2, f: 4, d: 8, g: 16, F: 8, D: 16, G: 32, M: 8, m: 8, O: 8 }

/** Item size and object-ness of a pickled numpy.dtype (REDUCE numpy.dtype(('f8', False, True)) + BUILD state tuple). */
export function dtypeInfo(d: unknown, depth = 0): { itemSize: number; hasObject: boolean } | null {
  if (!(d instanceof PObj) || depth > 32) return null
  const code = d.args[0]
  if (typeof code !== 'string') return null
  const state = d.state instanceof PTuple ? d.state.items : []
  const elsize = typeof state[5] === 'number' ? state[5] : -1
  let hasObject = code.startsWith('O') || code === 'object'
  const fields = state[4]
  if (fields instanceof PDict) {
    for (const v of fields.values) {
      const fd = v instanceof PTuple ? dtypeInfo(v.items[0], depth + 1) : null
      if (!fd) return null
      if (fd.hasObject) hasObject = true
    }
  }
  if (elsize > 0) return { itemSize: elsize, hasObject }
  const m = /^([a-zA-Z?])(\d*)/.exec(code)
  if (!m) return null
  let size: number
  if (m[2]) size = Number(m[2])
  else if (SIZES[m[1]] !== undefined) size = SIZES[m[1]]
  else return null
  if (m[1] === 'U' && !m[2]) return null
  return { itemSize: size, hasObject }
}

export interface ScanOptions {
  start?: number
  end?: number
  /**
   * Read the bytes the way one call of plain `pickle.load(f)` does (the default Unpickler: no
   * persistent_load, encoding 'ASCII', no out-of-band buffers, copyreg's extension registry empty),
   * stopping wherever it would raise: PERSID/BINPERSID, EXT, a str operand that does not decode, a
   * FRAME longer than the data, an item set on a value that does not take it, an unhashable key, a
   * BUILD state a built-in value refuses. One pickle is read, unless its value is torch's legacy
   * magic number (torch.load then reads the next pickles, with a persistent_load). Used to decide
   * whether a file of another format is also a pickle that imports something.
   */
  plainLoad?: boolean
  /**
   * The buffer holds only the start of a longer stream, which ends at this offset (a file's size
   * when its first 64 KiB were read): a read past `end` that the stream could satisfy stops with
   * `error.needsMore` instead of a truncation verdict.
   */
  streamEnd?: number
  limits?: Partial<VmLimits>
  /** Time budget in ms when limits.deadline is not given. */
  timeMs?: number
}

/**
 * Scans a buffer holding one or more pickles. Never throws on bad input: problems come back in `error`.
 */
/** Any exception out of the machine: a Stop, or a failure of the VM itself (a bug, a RangeError) kept as the file's error. */
function asStop(e: unknown): Stop {
  if (e instanceof Stop) return e
  const msg = e instanceof Error ? `${e.name}: ${e.message}` : String(e)
  return new Stop('internal', `the pickle scanner failed (${msg.slice(0, 200)}); the file could not be examined`)
}

export function scanPickle(buf: Buffer, options: ScanOptions = {}): PickleScan {
  const start = options.start ?? 0
  const end = options.end ?? buf.length
  const limits: VmLimits = { ...DEFAULT_VM_LIMITS, deadline: nowMs() + (options.timeMs ?? 120_000), ...options.limits }
  const sh: Shared = { globals: new Map(), objects: 0, cloned: 0, limits, ops: 0, items: 0, joblibArrays: 0, arrayRegions: [], depth: 0, heap: new Heap(buf, Math.min(limits.maxItems + (1 << 25), ARENA_MAX)), plain: options.plainLoad === true, streamEnd: Math.max(end, options.streamEnd ?? end), persistent: options.plainLoad !== true }
  const memo = new Memo()
  memo.maxSparse = limits.maxSparseMemo
  const result: PickleScan = { globals: [], pickles: 0, opcodes: 0, protocol: 0, error: null, trailing: null, legacyTorch: false, joblibArrays: 0, end: start }
  let pos = start
  if (start >= end) {
    result.error = { kind: 'parse', offset: start, opcode: '', message: 'empty input: no pickle data', pickle: 0 }
  }
  while (pos < end) {
    const m = new Machine(buf, pos, end, memo, sh)
    try {
      const v = m.run()
      if (result.pickles === 0) {
        result.firstValue = v
        if (v === LEGACY_TORCH_MAGIC) result.legacyTorch = true
      }
      result.pickles++
      result.protocol = Math.max(result.protocol, m.proto)
      pos = m.pos
      result.end = pos
      if (result.legacyTorch && result.pickles === 5) {
        if (pos < end) result.trailing = { offset: pos, length: end - pos, reason: 'legacy torch tensor data' }
        break
      }
      if (sh.plain) {
        if (!result.legacyTorch) {
          if (pos < end) result.trailing = { offset: pos, length: end - pos, reason: 'not read: pickle.load reads one pickle' }
          break
        }
        // torch.load's legacy reader goes on (with a persistent_load, encoding utf-8): read on leniently, as any loader
        sh.plain = false
        sh.persistent = true
      }
    } catch (err) {
      const e = asStop(err)
      result.protocol = Math.max(result.protocol, m.proto)
      const stop: PickleStop = { kind: e.kind, offset: m.pos, opcode: m.pos < end ? opcodeName(buf[m.pos]) : 'EOF', message: e.message, pickle: result.pickles, ...(e.more !== null ? { needsMore: e.more } : {}) }
      if (result.pickles > 0 && e.kind === 'parse' && m.globalsSeen === 0) {
        result.trailing = { offset: pos, length: end - pos, reason: `not a pickle: ${e.message} at byte ${m.pos}` }
      } else {
        result.error = stop
        result.end = m.pos
      }
      break
    }
  }
  // joblib.load reads these bytes as array data; a plain pickle.load would read them as opcodes.
  for (const r of sh.arrayRegions) {
    if (r.end <= r.start) continue
    const saved = sh.ops
    const fm = new Machine(buf, r.start, r.end, r.memo, sh, true)
    try {
      fm.run()
    } catch (err) {
      const e = asStop(err)
      if (e.kind !== 'parse') result.error ??= { kind: e.kind, offset: fm.pos, opcode: '', message: e.message, pickle: 0 }
    }
    sh.ops = saved
  }
  // a getattr used only as the dotted globals it spells (foldGetattr) is reported as those globals
  result.globals = [...sh.globals.values()].filter((g) => !(g.folded && !g.called && !g.escaped)).sort((a, b) => a.offset - b.offset)
  result.opcodes = sh.ops
  result.joblibArrays = sh.joblibArrays
  return result
}

