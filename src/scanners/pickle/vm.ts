/**
 * A pickle virtual machine that never imports or calls anything. It follows the grammar of CPython's
 * C unpickler (_pickle.c): every opcode of protocols 0-5, the mark stack and its fence, the memo,
 * STACK_GLOBAL resolved through the stack (and so through the memo), INST/OBJ/NEWOBJ/REDUCE/BUILD as
 * symbolic objects, several concatenated pickles, and joblib's raw array data inside the stream.
 * What it reports is every global the stream would import, with where and how, and where parsing
 * stopped if it did: globals met before a parse error are kept (the real loader runs them too).
 */
import { mapPython2 } from './compat.js'
import { decodeRawUnicodeEscape, parseFloatOperand, parseIntOperand, parseLongOperand, parseQuotedString } from './literals.js'
import { HIGHEST_PROTOCOL, OP, opcodeName } from './opcodes.js'

export class PTuple {
  constructor(readonly items: unknown[]) {}
}
export class PList {
  constructor(public items: unknown[]) {}
}
export class PDict {
  keys: unknown[] = []
  values: unknown[] = []
  get(key: string): unknown {
    const i = this.keys.indexOf(key)
    return i < 0 ? undefined : this.values[i]
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
/** A bytes/bytearray operand: only its size is kept. */
export class PBytes {
  constructor(readonly length: number) {}
}
const EMPTY_TUPLE = new PTuple([])

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
          let s = ''
          for (let i = p; i < p + n; i++) s += String.fromCharCode(buf[i])
          return s
        }
      }
    }
  }
  return buf.toString(enc, p, p + n)
}

/** The memo: a dense array for the usual 0..n indices, a Map for sparse ones (a hostile LONG_BINPUT 4e9). */
export class Memo {
  arr: unknown[] = []
  sparse: Map<number, unknown> | null = null
  size = 0
  has(i: number): boolean {
    return (i < this.arr.length && this.arr[i] !== undefined) || (this.sparse !== null && this.sparse.has(i))
  }
  get(i: number): unknown {
    return i < this.arr.length && this.arr[i] !== undefined ? this.arr[i] : this.sparse?.get(i)
  }
  set(i: number, v: unknown): void {
    const stored = v === undefined ? null : v
    if (i <= this.arr.length) {
      if (this.sparse?.has(i)) this.sparse.delete(i)
      else if (i === this.arr.length || this.arr[i] === undefined) this.size++
      this.arr[i] = stored
      return
    }
    if (!this.sparse) this.sparse = new Map()
    if (!this.sparse.has(i)) this.size++
    this.sparse.set(i, stored)
  }
  clone(): Memo {
    const m = new Memo()
    m.arr = this.arr.slice()
    m.sparse = this.sparse ? new Map(this.sparse) : null
    m.size = this.size
    return m
  }
}

export type GlobalOpcode = 'GLOBAL' | 'STACK_GLOBAL' | 'INST' | 'EXT'

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
  /** Absolute time (performance.now()) after which the scan stops. */
  deadline: number
  /** Nested pickles (joblib object arrays). */
  maxDepth: number
}

export const DEFAULT_VM_LIMITS: Omit<VmLimits, 'deadline'> = { maxOps: 200_000_000, maxMemo: 5_000_000, maxItems: 20_000_000, maxDepth: 8 }

export interface PickleStop {
  kind: 'parse' | 'limit'
  offset: number
  opcode: string
  message: string
  /** Index of the pickle (0 = first) in which it happened. */
  pickle: number
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
  constructor(readonly kind: 'parse' | 'limit', message: string) {
    super(message)
  }
}

const LEGACY_TORCH_MAGIC = 0x1950a86a20f9469cfc6cn
const IDENT = /^[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)*$/

function render(v: unknown, depth = 0): string {
  if (typeof v === 'string') return JSON.stringify(v.length > 80 ? v.slice(0, 77) + '...' : v)
  if (typeof v === 'number' || typeof v === 'boolean' || typeof v === 'bigint') return String(v)
  if (v === null) return 'None'
  if (depth > 1) return '…'
  if (v instanceof PGlobal) return `${v.module}.${v.name}`
  if (v instanceof PTuple) return `(${v.items.slice(0, 4).map((x) => render(x, depth + 1)).join(', ')}${v.items.length > 4 ? ', …' : ''})`
  if (v instanceof PList) return `[${v.items.slice(0, 4).map((x) => render(x, depth + 1)).join(', ')}${v.items.length > 4 ? ', …' : ''}]`
  if (v instanceof PBytes) return `<${v.length} bytes>`
  if (v instanceof PObj) return `${render(v.callable, depth + 1)}(…)`
  return '…'
}

interface Shared {
  globals: Map<string, GlobalRef>
  limits: VmLimits
  ops: number
  items: number
  joblibArrays: number
  /** Regions joblib reads as raw data: also read as opcodes afterwards. */
  arrayRegions: Array<{ start: number; end: number; memo: Memo }>
  depth: number
}

/** One pickle: from `pos` to its STOP. */
class Machine {
  stack: unknown[] = []
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

  pop(): unknown {
    if (this.stack.length <= this.fence) this.fail('unpickling stack underflow')
    return this.stack.pop()
  }

  top(): unknown {
    if (this.stack.length <= this.fence) this.fail('unpickling stack underflow')
    return this.stack[this.stack.length - 1]
  }

  popMark(): unknown[] {
    if (this.marks.length === 0) this.fail('could not find MARK')
    const k = this.marks.pop()!
    this.fence = this.marks.length ? this.marks[this.marks.length - 1] : 0
    return this.stack.splice(k)
  }

  need(n: number): number {
    const p = this.pos
    if (n < 0 || p + n > this.end) this.fail('pickle data was truncated')
    this.pos = p + n
    return p
  }

  line(): [number, number] {
    const s = this.pos
    const nl = this.buf.indexOf(10, s)
    if (nl < 0 || nl >= this.end) this.fail('pickle data was truncated (no newline)')
    this.pos = nl + 1
    return [s, nl]
  }

  lineStr(enc: 'utf8' | 'latin1' = 'utf8'): string {
    const [s, e] = this.line()
    return this.buf.toString(enc, s, e)
  }

  keep(n: number): boolean {
    this.sh.items += n
    return this.sh.items <= this.sh.limits.maxItems
  }

  memoPut(idx: number, v: unknown): void {
    if (!this.memo.has(idx) && this.memo.size >= this.sh.limits.maxMemo) throw new Stop('limit', `memo exceeds ${this.sh.limits.maxMemo} entries`)
    this.memo.set(idx, v)
  }

  memoGet(idx: number): void {
    if (!this.memo.has(idx)) this.fail(`memo value not found at index ${idx}`)
    this.stack.push(this.memo.get(idx))
  }

  addGlobal(rawModule: string, rawName: string, opcode: GlobalOpcode, offset: number, resolved: boolean): PGlobal {
    if (this.fragment && resolved && (!IDENT.test(rawModule) || !IDENT.test(rawName))) {
      // in the array-data reading, garbage lines cannot name an importable module; ignore them
      return new PGlobal(rawModule, rawName, false)
    }
    const mapped = resolved && this.proto < 3 ? mapPython2(rawModule, rawName) : { module: rawModule, name: rawName }
    const key = `${mapped.module}\u0000${mapped.name}\u0000${resolved}`
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
    const g = this.sh.globals.get(`${callable.module}\u0000${callable.name}\u0000${callable.resolved}`)
    if (g && g.calls.length < 3) g.calls.push(`${callable.module}.${callable.name}(${args.slice(0, 3).map((a) => render(a)).join(', ')})`)
  }

  /** Runs to STOP; returns the value. Throws Stop. */
  run(): unknown {
    const buf = this.buf
    const sh = this.sh
    const maxOps = sh.limits.maxOps
    for (;;) {
      if (this.pos >= this.end) this.fail('pickle data was truncated (no STOP)')
      const opPos = this.pos
      const op = buf[this.pos++]
      if (++sh.ops > maxOps) throw new Stop('limit', `more than ${maxOps} opcodes`)
      if ((sh.ops & 0xffff) === 0 && performance.now() > sh.limits.deadline) throw new Stop('limit', 'time limit reached')
      switch (op) {
        case OP.MARK:
          this.marks.push(this.stack.length)
          this.fence = this.stack.length
          break
        case OP.STOP:
          return this.pop()
        case OP.POP:
          if (this.marks.length > 0 && this.marks[this.marks.length - 1] === this.stack.length) {
            this.marks.pop()
            this.fence = this.marks.length ? this.marks[this.marks.length - 1] : 0
          } else this.pop()
          break
        case OP.POP_MARK:
          this.popMark()
          break
        case OP.DUP:
          this.stack.push(this.top())
          break
        case OP.FLOAT: {
          const v = parseFloatOperand(this.lineStr('latin1'))
          if (v === null) this.fail('could not convert string to float')
          this.stack.push(v)
          break
        }
        case OP.INT: {
          const v = parseIntOperand(this.lineStr('latin1'))
          if (v === null) this.fail('invalid literal for int()')
          this.stack.push(typeof v === 'bigint' && v >= -0x20000000000000n && v <= 0x20000000000000n ? Number(v) : v)
          break
        }
        case OP.BININT:
          this.stack.push(buf.readInt32LE(this.need(4)))
          break
        case OP.BININT1:
          this.stack.push(buf[this.need(1)])
          break
        case OP.BININT2:
          this.stack.push(buf.readUInt16LE(this.need(2)))
          break
        case OP.LONG: {
          const v = parseLongOperand(this.lineStr('latin1'))
          if (v === null) this.fail('invalid literal for int() in LONG')
          this.stack.push(v)
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
          if (n === 0) this.stack.push(0)
          else if (n <= 64) {
            let v = 0n
            for (let i = n - 1; i >= 0; i--) v = (v << 8n) | BigInt(buf[p + i])
            if (buf[p + n - 1] & 0x80) v -= 1n << BigInt(8 * n)
            this.stack.push(v)
          } else this.stack.push(new PBytes(n))
          break
        }
        case OP.NONE:
          this.stack.push(null)
          break
        case OP.NEWTRUE:
          this.stack.push(true)
          break
        case OP.NEWFALSE:
          this.stack.push(false)
          break
        case OP.BINFLOAT:
          this.stack.push(buf.readDoubleBE(this.need(8)))
          break
        case OP.STRING: {
          const v = parseQuotedString(this.lineStr('latin1'))
          if (v === null) this.fail('the STRING opcode argument must be quoted')
          this.stack.push(v)
          break
        }
        case OP.BINSTRING: {
          const n = buf.readInt32LE(this.need(4))
          if (n < 0) this.fail('BINSTRING pickle has negative byte count')
          const p = this.need(n)
          this.stack.push(n <= 4096 ? decodeShort(buf, p, n, 'latin1') : new PBytes(n))
          break
        }
        case OP.SHORT_BINSTRING: {
          const n = buf[this.need(1)]
          const p = this.need(n)
          this.stack.push(decodeShort(buf, p, n, 'latin1'))
          break
        }
        case OP.UNICODE: {
          const [s, e] = this.line()
          const v = decodeRawUnicodeEscape(buf.subarray(s, e))
          if (v === null) this.fail('malformed \\uXXXX escape in UNICODE')
          this.stack.push(v)
          break
        }
        case OP.BINUNICODE:
        case OP.SHORT_BINUNICODE:
        case OP.BINUNICODE8: {
          let n: number
          if (op === OP.SHORT_BINUNICODE) n = buf[this.need(1)]
          else if (op === OP.BINUNICODE) n = buf.readUInt32LE(this.need(4))
          else n = Number(buf.readBigUInt64LE(this.need(8)))
          const p = this.need(n)
          this.stack.push(n <= 65536 ? decodeShort(buf, p, n, 'utf8') : new PBytes(n))
          break
        }
        case OP.BINBYTES:
        case OP.SHORT_BINBYTES:
        case OP.BINBYTES8:
        case OP.BYTEARRAY8: {
          let n: number
          if (op === OP.SHORT_BINBYTES) n = buf[this.need(1)]
          else if (op === OP.BINBYTES) n = buf.readUInt32LE(this.need(4))
          else n = Number(buf.readBigUInt64LE(this.need(8)))
          this.need(n)
          this.stack.push(new PBytes(n))
          break
        }
        case OP.EMPTY_TUPLE:
          this.stack.push(EMPTY_TUPLE)
          break
        case OP.TUPLE: {
          const items = this.popMark()
          this.stack.push(new PTuple(this.keep(items.length) ? items : []))
          break
        }
        case OP.TUPLE1:
        case OP.TUPLE2:
        case OP.TUPLE3: {
          const n = op - OP.TUPLE1 + 1
          if (this.stack.length - n < this.fence) this.fail('unpickling stack underflow')
          this.stack.push(new PTuple(this.stack.splice(this.stack.length - n)))
          break
        }
        case OP.EMPTY_LIST:
          this.stack.push(new PList([]))
          break
        case OP.LIST: {
          const items = this.popMark()
          this.stack.push(new PList(this.keep(items.length) ? items : []))
          break
        }
        case OP.EMPTY_DICT:
          this.stack.push(new PDict())
          break
        case OP.DICT: {
          const items = this.popMark()
          if (items.length % 2) this.fail('odd number of items for DICT')
          const d = new PDict()
          if (this.keep(items.length)) for (let i = 0; i < items.length; i += 2) this.setItem(d, items[i], items[i + 1])
          this.stack.push(d)
          break
        }
        case OP.EMPTY_SET:
          this.stack.push(new PSet([], false))
          break
        case OP.FROZENSET: {
          const items = this.popMark()
          this.stack.push(new PSet(this.keep(items.length) ? items : [], true))
          break
        }
        case OP.APPEND: {
          const v = this.pop()
          const l = this.top()
          if (l instanceof PList && this.keep(1)) l.items.push(v)
          else if (l instanceof PObj) this.noteCall(l.callable, [v])
          break
        }
        case OP.APPENDS: {
          const items = this.popMark()
          const l = this.top()
          if (l instanceof PList && this.keep(items.length)) for (const v of items) l.items.push(v)
          break
        }
        case OP.SETITEM: {
          const v = this.pop()
          const k = this.pop()
          const d = this.top()
          if (d instanceof PDict && this.keep(1)) this.setItem(d, k, v)
          break
        }
        case OP.SETITEMS: {
          const items = this.popMark()
          if (items.length % 2) this.fail('odd number of items for SETITEMS')
          const d = this.top()
          if (d instanceof PDict && this.keep(items.length)) for (let i = 0; i < items.length; i += 2) this.setItem(d, items[i], items[i + 1])
          break
        }
        case OP.ADDITEMS: {
          const items = this.popMark()
          const s = this.top()
          if (s instanceof PSet && this.keep(items.length)) for (const v of items) s.items.push(v)
          break
        }
        case OP.GET: {
          const idx = this.indexFromLine()
          this.memoGet(idx)
          break
        }
        case OP.BINGET:
          this.memoGet(buf[this.need(1)])
          break
        case OP.LONG_BINGET:
          this.memoGet(buf.readUInt32LE(this.need(4)))
          break
        case OP.PUT: {
          const idx = this.indexFromLine()
          if (idx < 0) this.fail('negative PUT argument')
          this.memoPut(idx, this.top())
          break
        }
        case OP.BINPUT: {
          const idx = buf[this.need(1)]
          this.memoPut(idx, this.top())
          break
        }
        case OP.LONG_BINPUT: {
          const idx = buf.readUInt32LE(this.need(4))
          this.memoPut(idx, this.top())
          break
        }
        case OP.MEMOIZE:
          this.memoPut(this.memo.size, this.top())
          break
        case OP.GLOBAL: {
          const m = this.lineStr()
          const n = this.lineStr()
          this.stack.push(this.addGlobal(m, n, 'GLOBAL', opPos, true))
          break
        }
        case OP.STACK_GLOBAL: {
          const name = this.pop()
          const module = this.pop()
          if (typeof name === 'string' && typeof module === 'string') this.stack.push(this.addGlobal(module, name, 'STACK_GLOBAL', opPos, true))
          else this.stack.push(this.addGlobal(render(module), render(name), 'STACK_GLOBAL', opPos, false))
          break
        }
        case OP.INST: {
          const m = this.lineStr()
          const n = this.lineStr()
          const g = this.addGlobal(m, n, 'INST', opPos, true)
          const args = this.popMark()
          this.noteCall(g, args)
          this.stack.push(new PObj('INST', g, args))
          break
        }
        case OP.OBJ: {
          const items = this.popMark()
          if (items.length < 1) this.fail('unpickling stack underflow')
          this.noteCall(items[0], items.slice(1))
          this.stack.push(new PObj('OBJ', items[0], items.slice(1)))
          break
        }
        case OP.REDUCE: {
          const args = this.pop()
          const f = this.pop()
          const a = args instanceof PTuple ? args.items : [args]
          this.noteCall(f, a)
          this.stack.push(new PObj('REDUCE', f, a))
          break
        }
        case OP.NEWOBJ: {
          const args = this.pop()
          const cls = this.pop()
          const a = args instanceof PTuple ? args.items : [args]
          this.noteCall(cls, a)
          this.stack.push(new PObj('NEWOBJ', cls, a))
          break
        }
        case OP.NEWOBJ_EX: {
          const kwargs = this.pop()
          const args = this.pop()
          const cls = this.pop()
          const a = args instanceof PTuple ? [...args.items, kwargs] : [args, kwargs]
          this.noteCall(cls, a)
          this.stack.push(new PObj('NEWOBJ_EX', cls, a))
          break
        }
        case OP.BUILD: {
          const state = this.pop()
          const inst = this.top()
          if (inst instanceof PObj) {
            inst.state = state
            if (isJoblibWrapper(inst)) this.joblibArray(inst)
          }
          break
        }
        case OP.PERSID:
          this.stack.push(new PPersistent(this.lineStr('latin1')))
          break
        case OP.BINPERSID:
          this.stack.push(new PPersistent(this.pop()))
          break
        case OP.EXT1:
        case OP.EXT2:
        case OP.EXT4: {
          const code = op === OP.EXT1 ? buf[this.need(1)] : op === OP.EXT2 ? buf.readUInt16LE(this.need(2)) : buf.readInt32LE(this.need(4))
          if (code <= 0) this.fail('EXT specifies code <= 0')
          this.stack.push(this.addGlobal('copyreg._extension_registry', String(code), 'EXT', opPos, false))
          break
        }
        case OP.PROTO: {
          const p = buf[this.need(1)]
          if (p > HIGHEST_PROTOCOL) this.fail(`unsupported pickle protocol: ${p}`)
          this.proto = p
          break
        }
        case OP.FRAME:
          this.need(8)
          break
        case OP.NEXT_BUFFER:
          this.fail('pickle stream refers to out-of-band data but no buffers argument was given')
          break
        case OP.READONLY_BUFFER:
          this.top()
          break
        default:
          this.pos = opPos
          this.fail(`invalid load key, '${opcodeName(op)}'`)
      }
    }
  }

  indexFromLine(): number {
    const s = this.lineStr('latin1').trim()
    if (!/^[+-]?\d+$/.test(s)) this.fail('memo key must be an integer')
    const n = Number(s)
    if (!Number.isSafeInteger(n)) this.fail('memo key out of range')
    return n
  }

  setItem(d: PDict, k: unknown, v: unknown): void {
    if (typeof k === 'string') {
      const i = d.keys.indexOf(k)
      if (i >= 0 && d.keys.length < 64) {
        d.values[i] = v
        return
      }
    }
    d.keys.push(k)
    d.values.push(v)
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
        const m = new Machine(this.buf, this.pos, this.end, new Memo(), this.sh)
        m.run()
        this.pos = m.pos
      } finally {
        this.sh.depth--
      }
      return
    }
    let count = 1n
    const dims = shape instanceof PTuple ? shape.items : shape instanceof PList ? shape.items : null
    if (!dims) this.fail('joblib array: shape is not a tuple')
    for (const d of dims) {
      if (typeof d !== 'number' && typeof d !== 'bigint') this.fail('joblib array: shape entry is not an integer')
      if (BigInt(d) < 0n) this.fail('joblib array: negative dimension')
      count *= BigInt(d)
    }
    const start = this.pos
    if (st.keys.includes('numpy_array_alignment_bytes')) {
      const pad = this.buf[this.need(1)]
      this.need(pad)
    }
    const bytes = count * BigInt(info.itemSize)
    if (bytes > BigInt(this.end - this.pos)) this.fail(`joblib array data (${bytes} bytes) runs past the end of the stream`)
    this.need(Number(bytes))
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
export function dtypeInfo(d: unknown): { itemSize: number; hasObject: boolean } | null {
  if (!(d instanceof PObj)) return null
  const code = d.args[0]
  if (typeof code !== 'string') return null
  const state = d.state instanceof PTuple ? d.state.items : []
  const elsize = typeof state[5] === 'number' ? state[5] : -1
  let hasObject = code.startsWith('O') || code === 'object'
  const fields = state[4]
  if (fields instanceof PDict) {
    for (const v of fields.values) {
      const fd = v instanceof PTuple ? dtypeInfo(v.items[0]) : null
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
  limits?: Partial<VmLimits>
  /** Time budget in ms when limits.deadline is not given. */
  timeMs?: number
}

/**
 * Scans a buffer holding one or more pickles. Never throws on bad input: problems come back in `error`.
 */
export function scanPickle(buf: Buffer, options: ScanOptions = {}): PickleScan {
  const start = options.start ?? 0
  const end = options.end ?? buf.length
  const limits: VmLimits = { ...DEFAULT_VM_LIMITS, deadline: performance.now() + (options.timeMs ?? 120_000), ...options.limits }
  const sh: Shared = { globals: new Map(), limits, ops: 0, items: 0, joblibArrays: 0, arrayRegions: [], depth: 0 }
  const memo = new Memo()
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
    } catch (e) {
      if (!(e instanceof Stop)) throw e
      result.protocol = Math.max(result.protocol, m.proto)
      const stop: PickleStop = { kind: e.kind, offset: m.pos, opcode: m.pos < end ? opcodeName(buf[m.pos]) : 'EOF', message: e.message, pickle: result.pickles }
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
    } catch (e) {
      if (!(e instanceof Stop) || e.kind === 'limit') {
        if (e instanceof Stop) result.error ??= { kind: 'limit', offset: fm.pos, opcode: '', message: e.message, pickle: 0 }
        else throw e
      }
    }
    sh.ops = saved
  }
  result.globals = [...sh.globals.values()].sort((a, b) => a.offset - b.offset)
  result.opcodes = sh.ops
  result.joblibArrays = sh.joblibArrays
  return result
}
