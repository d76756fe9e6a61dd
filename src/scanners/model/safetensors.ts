/**
 * safetensors header validation, with the rules of the reference implementation
 * (huggingface/safetensors src/tensor.rs): header at most 100 MB, JSON object, no duplicate keys,
 * known dtypes, data_offsets contiguous from 0 and covering the whole buffer (no holes: no polyglot),
 * each tensor's byte length = product(shape) x dtype size, `__metadata__` a string map.
 */
import { JsonError, parseJsonStrict } from './json.js'
import type { Source } from './source.js'

export const SAFETENSORS_MAX_HEADER = 100_000_000

/** Bits per element (tensor.rs Dtype::bitsize). */
const DTYPE_BITS: Record<string, number> = {
  BOOL: 8, F4: 4, F6_E2M3: 6, F6_E3M2: 6, U8: 8, I8: 8, F8_E5M2: 8, F8_E4M3: 8, F8_E8M0: 8, F8_E4M3FNUZ: 8, F8_E5M2FNUZ: 8,
  I16: 16, U16: 16, F16: 16, BF16: 16, I32: 32, U32: 32, F32: 32, C64: 64, F64: 64, I64: 64, U64: 64
}

export interface SafetensorsCheck {
  /** Violations that make the file invalid (a loader refuses it, or it hides extra bytes). */
  problems: string[]
  /** Dtypes this scanner does not know (new ones get added upstream): reported, not judged. */
  unknownDtypes: string[]
  tensors: number
  headerBytes: number
}

/** True when the first bytes look like a safetensors file: a plausible u64 length and then "{". */
export function looksLikeSafetensors(head: Buffer, size: number): boolean {
  if (head.length < 9) return false
  const n = head.readBigUInt64LE(0)
  return n > 1n && n + 8n <= BigInt(size) && head[8] === 0x7b
}

export async function checkSafetensors(src: Source): Promise<SafetensorsCheck> {
  const res: SafetensorsCheck = { problems: [], unknownDtypes: [], tensors: 0, headerBytes: 0 }
  if (src.size < 8) {
    res.problems.push('file is smaller than the 8-byte header length')
    return res
  }
  const n = (await src.read(0, 8)).readBigUInt64LE(0)
  if (n > BigInt(SAFETENSORS_MAX_HEADER)) {
    res.problems.push(`header length ${n} is over the 100 MB limit`)
    return res
  }
  if (n + 8n > BigInt(src.size)) {
    res.problems.push(`header length ${n} runs past the end of the ${src.size}-byte file`)
    return res
  }
  const len = Number(n)
  res.headerBytes = len
  const raw = await src.read(8, len)
  const text = raw.toString('utf8')
  if (text.includes('\uFFFD')) res.problems.push('header is not valid UTF-8')
  if (raw[0] !== 0x7b) res.problems.push('header does not begin with "{"')
  let header: unknown
  try {
    header = parseJsonStrict(text.replace(/ +$/, ''))
  } catch (e) {
    res.problems.push(`header is not valid JSON: ${e instanceof JsonError ? e.message : String(e)}`)
    return res
  }
  if (!header || typeof header !== 'object' || Array.isArray(header)) {
    res.problems.push('header is not a JSON object')
    return res
  }
  const spans: Array<{ name: string; begin: number; end: number }> = []
  for (const [name, info] of Object.entries(header as Record<string, unknown>)) {
    if (name === '__metadata__') {
      if (!info || typeof info !== 'object' || Array.isArray(info) || Object.values(info).some((v) => typeof v !== 'string')) {
        res.problems.push('__metadata__ must map strings to strings')
      }
      continue
    }
    const t = info as { dtype?: unknown; shape?: unknown; data_offsets?: unknown }
    if (!t || typeof t !== 'object' || typeof t.dtype !== 'string' || !Array.isArray(t.shape) || !Array.isArray(t.data_offsets) || t.data_offsets.length !== 2) {
      res.problems.push(`tensor ${JSON.stringify(name)} needs dtype, shape and data_offsets [begin, end]`)
      continue
    }
    const [begin, end] = t.data_offsets as unknown[]
    if (!Number.isSafeInteger(begin) || !Number.isSafeInteger(end) || (begin as number) < 0 || (end as number) < (begin as number)) {
      res.problems.push(`tensor ${JSON.stringify(name)} has invalid data_offsets`)
      continue
    }
    if (!t.shape.every((d) => Number.isSafeInteger(d) && (d as number) >= 0)) {
      res.problems.push(`tensor ${JSON.stringify(name)} has an invalid shape`)
      continue
    }
    res.tensors++
    spans.push({ name, begin: begin as number, end: end as number })
    const bits = DTYPE_BITS[t.dtype]
    if (bits === undefined) {
      if (!res.unknownDtypes.includes(t.dtype)) res.unknownDtypes.push(t.dtype)
      continue
    }
    let nel = 1n
    for (const d of t.shape as number[]) nel *= BigInt(d)
    const totalBits = nel * BigInt(bits)
    if (totalBits % 8n !== 0n) res.problems.push(`tensor ${JSON.stringify(name)} does not fill whole bytes`)
    else if (totalBits / 8n !== BigInt((end as number) - (begin as number))) {
      res.problems.push(`tensor ${JSON.stringify(name)} is ${(end as number) - (begin as number)} bytes but its shape and dtype need ${totalBits / 8n}`)
    }
  }
  spans.sort((a, b) => a.begin - b.begin || a.end - b.end)
  let expected = 0
  for (const s of spans) {
    if (s.begin !== expected) {
      res.problems.push(s.begin < expected ? `tensor ${JSON.stringify(s.name)} overlaps the previous tensor` : `a hole of ${s.begin - expected} bytes precedes tensor ${JSON.stringify(s.name)}`)
    }
    expected = Math.max(expected, s.end)
  }
  const dataLen = src.size - 8 - len
  if (expected !== dataLen) res.problems.push(`tensors cover ${expected} bytes but the data section is ${dataLen} bytes (extra bytes can hide a second file)`)
  return res
}
