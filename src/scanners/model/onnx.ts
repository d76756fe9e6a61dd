/**
 * ONNX header check: the file must parse as a protobuf ModelProto with an ir_version, and tensors
 * stored as external data must not name a path outside the model's folder (CVE-2024-27318 style
 * traversal: `location: ../../etc/passwd`).
 */
export interface OnnxCheck {
  irVersion: number | null
  problems: string[]
  externalPaths: string[]
}

interface Field {
  num: number
  wt: number
  start: number
  end: number
  value: number
}

function* fields(b: Buffer, start: number, end: number): Generator<Field> {
  let p = start
  const varint = (): number => {
    let v = 0
    let mul = 1
    for (let i = 0; i < 10; i++) {
      if (p >= end) throw new Error('truncated varint')
      const c = b[p++]
      v += (c & 0x7f) * mul
      mul *= 128
      if (!(c & 0x80)) return v
    }
    throw new Error('varint too long')
  }
  while (p < end) {
    const tag = varint()
    const num = Math.floor(tag / 8)
    const wt = tag % 8
    if (num === 0) throw new Error('field number 0')
    if (wt === 0) yield { num, wt, start: p, end: p, value: varint() }
    else if (wt === 1 || wt === 5) {
      const n = wt === 1 ? 8 : 4
      p += n
      yield { num, wt, start: p - n, end: p, value: 0 }
    }
    else if (wt === 2) {
      const n = varint()
      if (p + n > end) throw new Error('length-delimited field runs past its message')
      yield { num, wt, start: p, end: p + n, value: n }
      p += n
    } else throw new Error(`unsupported wire type ${wt}`)
    if (p > end) throw new Error('field runs past its message')
  }
}

export function checkOnnx(b: Buffer): OnnxCheck {
  const res: OnnxCheck = { irVersion: null, problems: [], externalPaths: [] }
  const tensor = (s: number, e: number): void => {
    for (const f of fields(b, s, e)) {
      if (f.num === 13 && f.wt === 2) {
        let key = ''
        let value = ''
        for (const kv of fields(b, f.start, f.end)) {
          if (kv.wt !== 2) continue
          if (kv.num === 1) key = b.toString('utf8', kv.start, kv.end)
          if (kv.num === 2) value = b.toString('utf8', kv.start, kv.end)
        }
        if (key === 'location' && (value.startsWith('/') || /^[A-Za-z]:/.test(value) || value.split(/[\\/]/).includes('..'))) res.externalPaths.push(value)
      }
    }
  }
  const graph = (s: number, e: number, depth: number): void => {
    if (depth > 8) return
    for (const f of fields(b, s, e)) {
      if (f.wt !== 2) continue
      if (f.num === 5) tensor(f.start, f.end) // initializer
      if (f.num === 1) {
        // node: attributes (field 5) may hold subgraphs (g = 6, graphs = 11) and tensors (t = 5)
        for (const nf of fields(b, f.start, f.end)) {
          if (nf.num !== 5 || nf.wt !== 2) continue
          for (const af of fields(b, nf.start, nf.end)) {
            if (af.wt !== 2) continue
            if (af.num === 6 || af.num === 11) graph(af.start, af.end, depth + 1)
            if (af.num === 5 || af.num === 10) tensor(af.start, af.end)
          }
        }
      }
    }
  }
  try {
    for (const f of fields(b, 0, b.length)) {
      if (f.num === 1 && f.wt === 0) res.irVersion = f.value
      if (f.num === 7 && f.wt === 2) graph(f.start, f.end, 0)
    }
  } catch (e) {
    res.problems.push(`not a valid ONNX protobuf: ${(e as Error).message}`)
  }
  if (res.irVersion === null && res.problems.length === 0) res.problems.push('no ir_version field: not an ONNX model')
  return res
}
