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
  if (tensors > BigInt(src.size) || keys > 1_000_000n) {
    res.problems.push(`implausible counts: ${tensors} tensors, ${keys} metadata keys`)
    return res
  }
  res.tensors = Number(tensors)
  res.keys = Number(keys)
  const str = (): string | null => {
    if (!need(8)) return null
    const n = Number(buf.readBigUInt64LE(p))
    p += 8
    if (!need(n)) return null
    const s = buf.toString('utf8', p, p + n)
    p += n
    return s
  }
  const SIZES: Record<number, number> = { 0: 1, 1: 1, 2: 2, 3: 2, 4: 4, 5: 4, 6: 4, 7: 1, 10: 8, 11: 8, 12: 8 }
  const skipValue = (type: number, depth: number): string | null | false => {
    if (type === 8) return str()
    if (type === 9) {
      if (depth > 3 || !need(12)) return false
      const et = buf.readUInt32LE(p)
      const n = Number(buf.readBigUInt64LE(p + 4))
      p += 12
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
  for (let k = 0; k < res.keys; k++) {
    const key = str()
    if (key === null || !need(4)) return res
    const type = buf.readUInt32LE(p)
    p += 4
    const v = skipValue(type, 0)
    if (v === false) return res
    if (key === 'tokenizer.chat_template' || key.startsWith('tokenizer.chat_template.')) {
      const m = typeof v === 'string' ? TEMPLATE_RISK.exec(v) : null
      if (m) res.templateIssues.push(`${key} contains ${JSON.stringify(m[0])}, a Jinja sandbox-escape construct`)
    }
  }
  return res
}
