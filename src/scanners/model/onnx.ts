/**
 * ONNX check, on the protobuf itself (onnx/onnx.proto3; no code in an ONNX file runs, but its loader
 * reads files it names and needs native code for operators it does not ship):
 *
 * - the file must parse as a ModelProto with an ir_version;
 * - every tensor (graph initializers, sparse initializers, node attributes, in every subgraph of If,
 *   Loop and Scan, in model-local functions and in training info) is found: one stored as external
 *   data must name a `location` inside the model's folder (CVE-2024-27318 / 27319 style traversal:
 *   `../../etc/passwd`, an absolute path; a symlink out is checked by the caller on disk), with
 *   integer offset and length; one with raw_data must hold exactly numel x element-size bytes;
 * - an operator from a domain no ONNX runtime ships, and not a function defined in the model, is a
 *   custom op: running the model needs a custom-operator library (native code) the loader registers.
 *
 * Bounded: subgraphs nest at most MAX_DEPTH deep (deeper is a problem, never a silent pass), and the
 * total number of protobuf fields walked is capped.
 */
export interface OnnxExternal {
  tensor: string
  location: string
  offset: number
  /** Declared length, or null when absent (the rest of the file from offset). */
  length: number | null
  /** Bytes the tensor's shape and type need, or null when not computable (strings, unknown types). */
  expected: number | null
}

export interface OnnxCheck {
  irVersion: number | null
  problems: string[]
  /** External data locations that leave the model's folder lexically. */
  externalPaths: string[]
  /** Every external data reference (to check on disk: existence, symlinks, size). */
  externals: OnnxExternal[]
  /** `domain.op_type` of custom operators. */
  customOps: string[]
  tensors: number
}

interface Field {
  num: number
  wt: number
  start: number
  end: number
  value: number
}

const MAX_DEPTH = 64
const MAX_FIELDS = 50_000_000

/** Domains of operators that ONNX and ONNX Runtime ship (no custom-op library needed). */
const STANDARD_DOMAINS = new Set([
  '',
  'ai.onnx',
  'ai.onnx.ml',
  'ai.onnx.training',
  'ai.onnx.preview.training',
  'com.microsoft',
  'com.microsoft.nchwc',
  'com.microsoft.experimental',
  'com.ms.internal.nhwc',
  'com.microsoft.dml',
  'org.pytorch.aten'
])

/** Element sizes in bytes x 2 (4-bit types are half a byte) by TensorProto.DataType. */
const ELEMENT_HALF_BYTES: Record<number, number> = {
  1: 8, 2: 2, 3: 2, 4: 4, 5: 4, 6: 8, 7: 16, 9: 2, 10: 4, 11: 16, 12: 8, 13: 16, 14: 16, 15: 32, 16: 4,
  17: 2, 18: 2, 19: 2, 20: 2, 21: 1, 22: 1, 23: 1, 24: 2
}

class ProtoError extends Error {}

export function checkOnnx(b: Buffer): OnnxCheck {
  const res: OnnxCheck = { irVersion: null, problems: [], externalPaths: [], externals: [], customOps: [], tensors: 0 }
  let walked = 0
  function* fields(start: number, end: number): Generator<Field> {
    let p = start
    const varint = (): number => {
      let v = 0
      let mul = 1
      for (let i = 0; i < 10; i++) {
        if (p >= end) throw new ProtoError('truncated varint')
        const c = b[p++]
        v += (c & 0x7f) * mul
        mul *= 128
        if (!(c & 0x80)) return v
      }
      throw new ProtoError('varint too long')
    }
    while (p < end) {
      if (++walked > MAX_FIELDS) throw new ProtoError(`more than ${MAX_FIELDS} protobuf fields`)
      const tag = varint()
      const num = Math.floor(tag / 8)
      const wt = tag % 8
      if (num === 0) throw new ProtoError('field number 0')
      if (wt === 0) yield { num, wt, start: p, end: p, value: varint() }
      else if (wt === 1 || wt === 5) {
        const n = wt === 1 ? 8 : 4
        p += n
        if (p > end) throw new ProtoError('field runs past its message')
        yield { num, wt, start: p - n, end: p, value: 0 }
      } else if (wt === 2) {
        const n = varint()
        if (p + n > end) throw new ProtoError('length-delimited field runs past its message')
        yield { num, wt, start: p, end: p + n, value: n }
        p += n
      } else throw new ProtoError(`unsupported wire type ${wt}`)
    }
  }
  const str = (f: Field): string => b.toString('utf8', f.start, f.end)
  const packedVarints = (f: Field): number[] => {
    const out: number[] = []
    let p = f.start
    while (p < f.end) {
      let v = 0
      let mul = 1
      for (let i = 0; ; i++) {
        if (p >= f.end || i >= 10) throw new ProtoError('truncated packed varint')
        const c = b[p++]
        v += (c & 0x7f) * mul
        mul *= 128
        if (!(c & 0x80)) break
      }
      out.push(v)
    }
    return out
  }

  const tensor = (s: number, e: number, where: string): void => {
    res.tensors++
    const dims: number[] = []
    let dataType = 0
    let name = ''
    let raw: number | null = null
    let externalFlag = false
    const kv = new Map<string, string>()
    for (const f of fields(s, e)) {
      if (f.num === 1) dims.push(...(f.wt === 2 ? packedVarints(f) : [f.value]))
      else if (f.num === 2 && f.wt === 0) dataType = f.value
      else if (f.num === 8 && f.wt === 2) name = str(f)
      else if (f.num === 9 && f.wt === 2) raw = f.end - f.start
      else if (f.num === 14 && f.wt === 0) externalFlag = f.value === 1
      else if (f.num === 13 && f.wt === 2) {
        let key = ''
        let value = ''
        for (const x of fields(f.start, f.end)) {
          if (x.wt !== 2) continue
          if (x.num === 1) key = str(x)
          if (x.num === 2) value = str(x)
        }
        kv.set(key, value)
      }
    }
    const label = `tensor ${JSON.stringify(name || '?')} (${where})`
    // numel x element size; dims over 2^53 (or negative: a 10-byte varint) are invalid
    let expected: number | null = null
    if (dims.some((d) => d > Number.MAX_SAFE_INTEGER)) res.problems.push(`${label} has a negative or impossibly large dimension`)
    else if (ELEMENT_HALF_BYTES[dataType] !== undefined) {
      const numel = dims.reduce((n, d) => n * d, 1)
      if (numel <= Number.MAX_SAFE_INTEGER) expected = Math.ceil((numel * ELEMENT_HALF_BYTES[dataType]) / 2)
      else res.problems.push(`${label} declares more elements than any file can hold`)
    }
    if (externalFlag || kv.size > 0) {
      const location = kv.get('location')
      if (location === undefined || location === '') {
        res.problems.push(`${label} is stored as external data without a location`)
        return
      }
      const int = (k: string): number | null | undefined => {
        const v = kv.get(k)
        if (v === undefined) return undefined
        return /^\d{1,15}$/.test(v) ? Number(v) : null
      }
      const offset = int('offset')
      const length = int('length')
      if (offset === null || length === null) {
        res.problems.push(`${label} has an external data offset or length that is not a non-negative integer`)
        return
      }
      if (location.startsWith('/') || location.startsWith('\\') || /^[A-Za-z]:/.test(location) || location.split(/[\\/]/).includes('..') || location.includes('\u0000')) {
        if (!res.externalPaths.includes(location)) res.externalPaths.push(location)
        return
      }
      if (expected !== null && length !== undefined && length !== expected) res.problems.push(`${label} declares ${length} bytes of external data but its shape and type need ${expected}`)
      res.externals.push({ tensor: name, location, offset: offset ?? 0, length: length ?? null, expected })
      return
    }
    if (raw !== null && expected !== null && raw !== expected) res.problems.push(`${label} holds ${raw} bytes of raw_data but its shape and type need ${expected}`)
  }

  const sparse = (s: number, e: number, where: string): void => {
    for (const f of fields(s, e)) if ((f.num === 1 || f.num === 2) && f.wt === 2) tensor(f.start, f.end, where)
  }

  const localFunctions = new Set<string>()
  const opsSeen: Array<[string, string]> = []

  const nodes = (f: Field, depth: number, where: string): void => {
    let domain = ''
    let op = ''
    for (const nf of fields(f.start, f.end)) {
      if (nf.num === 7 && nf.wt === 2) domain = str(nf)
      else if (nf.num === 4 && nf.wt === 2) op = str(nf)
      else if (nf.num === 5 && nf.wt === 2) {
        for (const af of fields(nf.start, nf.end)) {
          if (af.wt !== 2) continue
          if (af.num === 6 || af.num === 11) graph(af.start, af.end, depth + 1, `${where} > subgraph`)
          else if (af.num === 5 || af.num === 10) tensor(af.start, af.end, `${where} attribute`)
          else if (af.num === 22 || af.num === 23) sparse(af.start, af.end, `${where} attribute`)
        }
      }
    }
    opsSeen.push([domain, op])
  }

  function graph(s: number, e: number, depth: number, where: string): void {
    if (depth > MAX_DEPTH) throw new ProtoError(`subgraphs nest deeper than ${MAX_DEPTH}`)
    for (const f of fields(s, e)) {
      if (f.wt !== 2) continue
      if (f.num === 5) tensor(f.start, f.end, `${where} initializer`)
      else if (f.num === 15) sparse(f.start, f.end, `${where} sparse initializer`)
      else if (f.num === 1) nodes(f, depth, where)
    }
  }

  try {
    for (const f of fields(0, b.length)) {
      if (f.num === 1 && f.wt === 0) res.irVersion = f.value
      else if (f.num === 7 && f.wt === 2) graph(f.start, f.end, 0, 'graph')
      else if (f.num === 20 && f.wt === 2) {
        // TrainingInfoProto: initialization (1) and algorithm (2) graphs
        for (const t of fields(f.start, f.end)) if ((t.num === 1 || t.num === 2) && t.wt === 2) graph(t.start, t.end, 0, 'training info')
      } else if (f.num === 25 && f.wt === 2) {
        // FunctionProto: name (1), domain (10), nodes (7)
        let name = ''
        let domain = ''
        for (const t of fields(f.start, f.end)) {
          if (t.num === 1 && t.wt === 2) name = str(t)
          else if (t.num === 10 && t.wt === 2) domain = str(t)
          else if (t.num === 7 && t.wt === 2) nodes(t, 0, 'function')
        }
        localFunctions.add(`${domain}\u0000${name}`)
      }
    }
  } catch (e) {
    if (!(e instanceof ProtoError)) throw e
    res.problems.push(`not a valid ONNX protobuf: ${e.message}`)
  }
  for (const [domain, op] of opsSeen) {
    if (STANDARD_DOMAINS.has(domain) || localFunctions.has(`${domain}\u0000${op}`)) continue
    const id = `${domain}.${op}`
    if (!res.customOps.includes(id)) res.customOps.push(id)
  }
  if (res.irVersion === null && res.problems.length === 0) res.problems.push('no ir_version field: not an ONNX model')
  return res
}
