/**
 * How torch reads its containers, so that each member is treated as torch treats it.
 *
 * torch.save (zip layout, torch >= 1.6): `<prefix>/data.pkl` is the one pickle; each tensor storage
 * is a raw member `<prefix>/data/<key>` that torch maps as bytes and never unpickles; `data.pkl`
 * declares every storage through a persistent id `('storage', torch.<Type>Storage, key, location,
 * numel)`, so a storage's size must be numel x the element size of its type. TorchScript archives
 * add `constants.pkl` (also unpickled) and `code/` (TorchScript source, compiled, not unpickled).
 *
 * This module reads those declarations with a stack tracer that knows only each opcode's arguments
 * and stack effect (values it does not need are opaque): it is run after the pickle VM has judged
 * the same bytes, and only to learn the declared sizes. Bounded by the stream length (one step per
 * opcode) and by the stack and memo caps below.
 */
import { OP } from '../pickle/opcodes.js'

/** Bytes per element of each legacy storage class torch writes into the persistent id. */
export const STORAGE_ELEMENT_SIZE: Readonly<Record<string, number>> = {
  DoubleStorage: 8, FloatStorage: 4, HalfStorage: 2, LongStorage: 8, IntStorage: 4, ShortStorage: 2, CharStorage: 1,
  ByteStorage: 1, BoolStorage: 1, BFloat16Storage: 2, ComplexDoubleStorage: 16, ComplexFloatStorage: 8,
  QUInt8Storage: 1, QInt8Storage: 1, QInt32Storage: 4, QUInt4x2Storage: 1, QUInt2x4Storage: 1, UntypedStorage: 1,
  Float8_e5m2Storage: 1, Float8_e4m3fnStorage: 1, Float8_e5m2fnuzStorage: 1, Float8_e4m3fnuzStorage: 1,
  UInt16Storage: 2, UInt32Storage: 4, UInt64Storage: 8
}

export interface StorageDecl {
  key: string
  /** e.g. torch.FloatStorage */
  type: string
  location: string
  numel: number
  /** numel x element size, or null when the type is not one this scanner knows. */
  bytes: number | null
}

export type DeclResult = { ok: true; storages: Map<string, StorageDecl> } | { ok: false; reason: string }

const OPAQUE = Symbol('opaque')
const MARK = Symbol('mark')
type Val = string | number | bigint | { g: string } | Val[] | typeof OPAQUE | typeof MARK | null

const MAX_STACK = 1_000_000
const MAX_MEMO = 1_000_000

class TraceError extends Error {}

/** Reads the storages a torch `data.pkl` declares. Never throws. */
export function storageDeclarations(buf: Buffer): DeclResult {
  try {
    return { ok: true, storages: trace(buf, 0).storages }
  } catch (e) {
    if (e instanceof TraceError) return { ok: false, reason: e.message }
    return { ok: false, reason: `unexpected: ${(e as Error).message}` }
  }
}

function trace(buf: Buffer, start: number): { storages: Map<string, StorageDecl>; value: Val; end: number } {
  const out = new Map<string, StorageDecl>()
  const stack: Val[] = []
  const memo = new Map<number, Val>()
  let p = start
  const need = (n: number): number => {
    if (n < 0 || p + n > buf.length) throw new TraceError('truncated')
    const at = p
    p += n
    return at
  }
  const line = (): string => {
    const nl = buf.indexOf(0x0a, p)
    if (nl < 0) throw new TraceError('truncated line')
    const s = buf.toString('latin1', p, nl)
    p = nl + 1
    return s
  }
  const push = (v: Val): void => {
    if (stack.length >= MAX_STACK) throw new TraceError(`stack over ${MAX_STACK} entries`)
    stack.push(v)
  }
  const pop = (): Val => {
    if (stack.length === 0) throw new TraceError('stack underflow')
    return stack.pop()!
  }
  const popMark = (): Val[] => {
    const i = stack.lastIndexOf(MARK)
    if (i < 0) throw new TraceError('no MARK')
    const items = stack.splice(i)
    items.shift()
    return items
  }
  const put = (idx: number): void => {
    if (stack.length === 0) throw new TraceError('PUT on empty stack')
    if (memo.size >= MAX_MEMO && !memo.has(idx)) throw new TraceError(`memo over ${MAX_MEMO} entries`)
    memo.set(idx, stack[stack.length - 1])
  }
  const get = (idx: number): void => {
    if (!memo.has(idx)) throw new TraceError(`memo ${idx} not set`)
    push(memo.get(idx)!)
  }
  const str = (n: number, enc: BufferEncoding): string => {
    const at = need(n)
    return n > 4096 ? '' : buf.toString(enc, at, at + n)
  }
  const persistent = (pid: Val): void => {
    if (!Array.isArray(pid) || pid.length !== 5 || pid[0] !== 'storage') return
    const [, type, key, location, numel] = pid
    if (typeof key !== 'string' || typeof numel !== 'number' || numel < 0) return
    const typeName = type && typeof type === 'object' && 'g' in type ? type.g : '?'
    const size = STORAGE_ELEMENT_SIZE[typeName.replace(/^torch\./, '')]
    const decl: StorageDecl = { key, type: typeName, location: typeof location === 'string' ? location : '?', numel, bytes: size === undefined ? null : numel * size }
    const prev = out.get(key)
    if (!prev || (decl.bytes ?? 0) > (prev.bytes ?? 0)) out.set(key, decl)
  }
  for (;;) {
    const op = buf[need(1)]
    switch (op) {
      case OP.STOP:
        return { storages: out, value: stack.length ? stack[stack.length - 1] : null, end: p }
      case OP.PROTO: need(1); break
      case OP.FRAME: need(8); break
      case OP.MARK: push(MARK); break
      case OP.POP: pop(); break
      case OP.POP_MARK: popMark(); break
      case OP.DUP: push(stack.length ? stack[stack.length - 1] : OPAQUE); break
      case OP.INT: {
        const s = line()
        push(s === '00' || s === '01' ? OPAQUE : Number(s))
        break
      }
      case OP.LONG: push(Number(line().replace(/L$/, ''))); break
      case OP.FLOAT: line(); push(OPAQUE); break
      case OP.STRING: case OP.UNICODE: push(line().replace(/^'(.*)'$|^"(.*)"$/, '$1$2')); break
      case OP.PERSID: line(); push(OPAQUE); break
      case OP.BININT: push(buf.readInt32LE(need(4))); break
      case OP.BININT1: push(buf[need(1)]); break
      case OP.BININT2: push(buf.readUInt16LE(need(2))); break
      case OP.LONG1: case OP.LONG4: {
        const n = op === OP.LONG1 ? buf[need(1)] : buf.readInt32LE(need(4))
        const at = need(n)
        push(n > 0 && n <= 6 ? buf.readIntLE(at, n) : OPAQUE)
        break
      }
      case OP.BINFLOAT: need(8); push(OPAQUE); break
      case OP.NONE: push(null); break
      case OP.NEWTRUE: case OP.NEWFALSE: push(OPAQUE); break
      case OP.SHORT_BINSTRING: push(str(buf[need(1)], 'latin1')); break
      case OP.BINSTRING: push(str(buf.readInt32LE(need(4)), 'latin1')); break
      case OP.SHORT_BINUNICODE: push(str(buf[need(1)], 'utf8')); break
      case OP.BINUNICODE: push(str(buf.readUInt32LE(need(4)), 'utf8')); break
      case OP.BINUNICODE8: push(str(Number(buf.readBigUInt64LE(need(8))), 'utf8')); break
      case OP.SHORT_BINBYTES: need(buf[need(1)]); push(OPAQUE); break
      case OP.BINBYTES: need(buf.readUInt32LE(need(4))); push(OPAQUE); break
      case OP.BINBYTES8: case OP.BYTEARRAY8: need(Number(buf.readBigUInt64LE(need(8)))); push(OPAQUE); break
      case OP.EMPTY_TUPLE: push([]); break
      case OP.EMPTY_DICT: case OP.EMPTY_LIST: case OP.EMPTY_SET: push(OPAQUE); break
      case OP.APPEND: pop(); break
      case OP.APPENDS: case OP.SETITEMS: case OP.ADDITEMS: popMark(); break
      case OP.SETITEM: pop(); pop(); break
      case OP.BUILD: pop(); break
      case OP.REDUCE: case OP.NEWOBJ: pop(); pop(); push(OPAQUE); break
      case OP.NEWOBJ_EX: pop(); pop(); pop(); push(OPAQUE); break
      case OP.GLOBAL: {
        const m = line()
        push({ g: `${m}.${line()}` })
        break
      }
      case OP.STACK_GLOBAL: {
        const n = pop()
        const m = pop()
        push(typeof m === 'string' && typeof n === 'string' ? { g: `${m}.${n}` } : OPAQUE)
        break
      }
      case OP.INST: line(); line(); popMark(); push(OPAQUE); break
      case OP.OBJ: popMark(); push(OPAQUE); break
      case OP.EXT1: need(1); push(OPAQUE); break
      case OP.EXT2: need(2); push(OPAQUE); break
      case OP.EXT4: need(4); push(OPAQUE); break
      case OP.DICT: case OP.LIST: case OP.FROZENSET: popMark(); push(OPAQUE); break
      case OP.TUPLE: push(popMark()); break
      case OP.TUPLE1: push([pop()]); break
      case OP.TUPLE2: { const b = pop(); push([pop(), b]); break }
      case OP.TUPLE3: { const c = pop(); const b = pop(); push([pop(), b, c]); break }
      case OP.GET: get(Number(line())); break
      case OP.BINGET: get(buf[need(1)]); break
      case OP.LONG_BINGET: get(buf.readUInt32LE(need(4))); break
      case OP.PUT: put(Number(line())); break
      case OP.BINPUT: put(buf[need(1)]); break
      case OP.LONG_BINPUT: put(buf.readUInt32LE(need(4))); break
      case OP.MEMOIZE: put(memo.size); break
      case OP.BINPERSID: persistent(pop()); push(OPAQUE); break
      case OP.NEXT_BUFFER: push(OPAQUE); break
      case OP.READONLY_BUFFER: break
      default:
        throw new TraceError(`opcode 0x${op.toString(16)} at byte ${p - 1}`)
    }
  }
}

export interface LegacySection {
  /** Byte ranges of the pickles torch unpickles in this member. */
  pickles: Array<[number, number]>
  /** Why the member could not be walked to its end (the rest is then unknown), or null. */
  problem: string | null
}

const ELEMENT_BY_TYPE = (t: Val): number | null => (t && typeof t === 'object' && 'g' in t ? (STORAGE_ELEMENT_SIZE[t.g.replace(/^torch\./, '')] ?? null) : null)

/**
 * Walks the `storages` or `tensors` member of the legacy tar layout (torch < 0.4) the way
 * torch.serialization.legacy_load reads it: pickles interleaved with raw data. `storages`: a count,
 * then per storage a pickle (key, location, storage_type), an int64 element count and the raw
 * bytes; then a pickle of storage views. `tensors`: a count, then per tensor a pickle (key,
 * storage_id, type), an int32 ndim, 4 bytes, ndim int64 sizes and strides, an int64 offset.
 */
export function legacyTarSections(buf: Buffer, member: 'storages' | 'tensors'): LegacySection {
  const res: LegacySection = { pickles: [], problem: null }
  let p = 0
  const one = (): Val => {
    const t = trace(buf, p)
    res.pickles.push([p, t.end])
    p = t.end
    return t.value
  }
  try {
    const count = one()
    if (typeof count !== 'number' || count < 0) throw new TraceError('the first pickle is not a count')
    for (let i = 0; i < count; i++) {
      const args = one()
      if (member === 'storages') {
        const size = Array.isArray(args) ? ELEMENT_BY_TYPE(args[2]) : null
        if (size === null) throw new TraceError(`storage ${i} has no known storage type`)
        if (p + 8 > buf.length) throw new TraceError('truncated')
        const numel = buf.readBigInt64LE(p)
        const bytes = numel * BigInt(size)
        if (numel < 0n || bytes > BigInt(buf.length - p - 8)) throw new TraceError(`storage ${i} declares more bytes than the member holds`)
        p += 8 + Number(bytes)
      } else {
        if (p + 8 > buf.length) throw new TraceError('truncated')
        const ndim = buf.readInt32LE(p)
        if (ndim < 0 || ndim > 64) throw new TraceError(`tensor ${i} has ${ndim} dimensions`)
        p += 8 + 16 * ndim + 8
        if (p > buf.length) throw new TraceError('truncated')
      }
    }
    if (member === 'storages') one()
    if (p !== buf.length) res.problem = `${buf.length - p} bytes after the last record`
  } catch (e) {
    res.problem = e instanceof TraceError ? e.message : `unexpected: ${(e as Error).message}`
  }
  return res
}

/** The archive folder torch reads records from: the first central-directory entry's top folder. */
export function torchPrefix(names: string[]): string {
  const first = names[0] ?? ''
  const i = first.indexOf('/')
  return i < 0 ? '' : first.slice(0, i + 1)
}

export type TorchMemberRole = 'pickle' | 'storage' | 'record' | 'code' | 'other'

/**
 * What torch does with a member of its zip: unpickles it (`data.pkl`, `constants.pkl`, and any
 * `*.pkl` record an extension may read), maps it as raw bytes (`data/<key>`), reads it as a small
 * text record (`version`, `byteorder`, `.data/*`), compiles it (`code/`), or never touches it.
 */
export function torchMemberRole(name: string, prefix: string): TorchMemberRole {
  const lower = name.toLowerCase()
  if (/\.pkl$|\.debug_pkl$/.test(lower)) return 'pickle'
  // torch looks records up case-insensitively (miniz without MZ_ZIP_FLAG_CASE_SENSITIVE)
  if (!lower.startsWith(prefix.toLowerCase())) return 'other'
  const rest = lower.slice(prefix.length)
  if (/^(data|constants)\/[^/]+$/.test(rest)) return 'storage'
  if (rest === 'version' || rest === 'byteorder' || rest.startsWith('.data/')) return 'record'
  if (rest.startsWith('code/')) return 'code'
  return 'other'
}
