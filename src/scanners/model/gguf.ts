/**
 * GGUF header check: magic, version, counts that fit the file, and the key/value metadata, where a
 * `tokenizer.chat_template` is a Jinja template that llama.cpp front-ends render (CVE-2024-34359:
 * server-side template injection through a model's chat template).
 */
import type { Source } from './source.js'

export interface GgufCheck {
  version: number
  tensors: number
  keys: number
  problems: string[]
  /** Suspicious constructs found in tokenizer.chat_template. */
  templateIssues: string[]
}

const TEMPLATE_RISK = /__class__|__globals__|__subclasses__|__builtins__|__import__|__init__|__mro__|__base__|\bos\.|popen|subprocess|\beval\b|\bexec\b/

export async function checkGguf(src: Source): Promise<GgufCheck> {
  const res: GgufCheck = { version: 0, tensors: 0, keys: 0, problems: [], templateIssues: [] }
  const buf = await src.read(0, Math.min(src.size, 64 * 1024 * 1024))
  let p = 4
  const need = (n: number): boolean => {
    if (p + n > buf.length) {
      res.problems.push('metadata runs past the end of the file (or past the first 64 MiB)')
      return false
    }
    return true
  }
  if (!need(20)) return res
  res.version = buf.readUInt32LE(4)
  if (res.version < 1 || res.version > 3) res.problems.push(`unknown GGUF version ${res.version}`)
  const tensors = buf.readBigUInt64LE(8)
  const keys = buf.readBigUInt64LE(16)
  p = 24
  // each key/value takes at least 13 bytes (length, one-byte key, type) and each tensor info 24
  if (tensors > BigInt(Math.floor(src.size / 24)) || keys > BigInt(Math.floor(src.size / 13)) || keys > 10_000_000n) {
    res.problems.push(`implausible counts: ${tensors} tensors, ${keys} metadata keys`)
    return res
  }
  res.tensors = Number(tensors)
  res.keys = Number(keys)
  const str = (): string | null => {
    if (!need(8)) return null
    const big = buf.readBigUInt64LE(p)
    p += 8
    if (big > BigInt(buf.length - p)) {
      res.problems.push(`string of ${big} bytes runs past the end of the metadata`)
      return null
    }
    const n = Number(big)
    const s = buf.toString('utf8', p, p + n)
    p += n
    return s
  }
  const SIZES: Record<number, number> = { 0: 1, 1: 1, 2: 2, 3: 2, 4: 4, 5: 4, 6: 4, 7: 1, 10: 8, 11: 8, 12: 8 }
  const skipValue = (type: number, depth: number): string | number | null | false => {
    if (type === 8) return str()
    if (type === 4 && need(4)) {
      p += 4
      return buf.readUInt32LE(p - 4)
    }
    if (type === 9) {
      if (depth > 3 || !need(12)) return false
      const et = buf.readUInt32LE(p)
      const big = buf.readBigUInt64LE(p + 4)
      p += 12
      if (big > BigInt(buf.length - p)) {
        res.problems.push(`array of ${big} items runs past the end of the metadata`)
        return false
      }
      const n = Number(big)
      if (SIZES[et] !== undefined) {
        if (!need(n * SIZES[et])) return false
        p += n * SIZES[et]
        return null
      }
      for (let i = 0; i < n; i++) if (skipValue(et, depth + 1) === false) return false
      return null
    }
    const sz = SIZES[type]
    if (sz === undefined) {
      res.problems.push(`unknown metadata value type ${type}`)
      return false
    }
    if (!need(sz)) return false
    p += sz
    return null
  }
  let alignment = 32
  for (let k = 0; k < res.keys; k++) {
    const key = str()
    if (key === null || !need(4)) return res
    const type = buf.readUInt32LE(p)
    p += 4
    const v = skipValue(type, 0)
    if (v === false) return res
    if (key === 'general.alignment') {
      if (typeof v !== 'number' || v === 0 || (v & (v - 1)) !== 0) {
        res.problems.push(`general.alignment ${String(v)} is not a power of two`)
        return res
      }
      alignment = v
    }
    if (key === 'tokenizer.chat_template' || key.startsWith('tokenizer.chat_template.')) {
      const m = typeof v === 'string' ? TEMPLATE_RISK.exec(v) : null
      if (m) res.templateIssues.push(`${key} contains ${JSON.stringify(m[0])}, a Jinja sandbox-escape construct`)
    }
  }
  // tensor infos: name, n_dims (at most GGML_MAX_DIMS = 4), dims, ggml type, offset into the data section
  const infos: Array<{ name: string; offset: bigint; bytes: bigint | null }> = []
  for (let t = 0; t < res.tensors; t++) {
    const name = str()
    if (name === null || !need(4)) return res
    const nd = buf.readUInt32LE(p)
    p += 4
    if (nd > 4) {
      res.problems.push(`tensor ${JSON.stringify(name)} has ${nd} dimensions (at most 4)`)
      return res
    }
    if (!need(8 * nd + 12)) return res
    let nel = 1n
    for (let d = 0; d < nd; d++) nel *= buf.readBigUInt64LE(p + 8 * d)
    p += 8 * nd
    const type = buf.readUInt32LE(p)
    const offset = buf.readBigUInt64LE(p + 4)
    p += 12
    const bs = GGML_BLOCK[type]
    infos.push({ name, offset, bytes: bs ? (nel * BigInt(bs[1])) / BigInt(bs[0]) : null })
    if (offset % BigInt(alignment) !== 0n) res.problems.push(`tensor ${JSON.stringify(name)} offset ${offset} is not a multiple of the ${alignment}-byte alignment`)
  }
  const dataStart = Math.ceil(p / alignment) * alignment
  const dataLen = BigInt(Math.max(0, src.size - dataStart))
  for (const i of infos) {
    const end = i.offset + (i.bytes ?? 0n)
    if (i.offset > dataLen || end > dataLen) res.problems.push(`tensor ${JSON.stringify(i.name)} (bytes ${i.offset}..${end} of the data section) runs past the end of the file (${dataLen} bytes of tensor data)`)
  }
  return res
}

/** [elements per block, bytes per block] of the ggml types whose layout is fixed and well known. */
const GGML_BLOCK: Record<number, [number, number]> = {
  0: [1, 4], 1: [1, 2], 2: [32, 18], 3: [32, 20], 6: [32, 22], 7: [32, 24], 8: [32, 34], 9: [32, 36],
  24: [1, 1], 25: [1, 2], 26: [1, 4], 27: [1, 8], 28: [1, 8], 30: [1, 2]
}
