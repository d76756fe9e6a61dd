/**
 * The compressed wrappers joblib (and people) put around pickles: zlib, gzip, bz2, xz and legacy
 * lzma. Every decoder stops at a byte limit and a ratio limit: a stream that would inflate past
 * them is an error (a possible bomb), never a partial scan passed off as complete.
 */
import { gunzipSync, inflateSync } from 'node:zlib'
import Bunzip from 'seek-bzip'
import xz from 'xz-decompress'
import { decodeLzmaAlone, LzmaError } from './lzma.js'
import { LimitError } from './limits.js'

export type Compression = 'gzip' | 'zlib' | 'bz2' | 'xz' | 'lzma' | 'lz4' | 'zstd'

/** Which compression a stream starts with, by its magic bytes. */
export function sniffCompression(head: Buffer): Compression | null {
  if (head.length >= 2 && head[0] === 0x1f && head[1] === 0x8b) return 'gzip'
  if (head.length >= 6 && head.subarray(0, 6).equals(Buffer.from([0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00]))) return 'xz'
  if (head.length >= 4 && head[0] === 0x42 && head[1] === 0x5a && head[2] === 0x68 && head[3] >= 0x31 && head[3] <= 0x39) return 'bz2'
  if (head.length >= 4 && head.readUInt32LE(0) === 0x184d2204) return 'lz4'
  if (head.length >= 4 && head.readUInt32LE(0) === 0xfd2fb528) return 'zstd'
  // zlib: CMF = 0x78 (deflate, 32K window) or other window sizes, FCHECK valid, no preset dictionary
  if (head.length >= 2 && (head[0] & 0x0f) === 8 && head[0] >> 4 <= 7 && ((head[0] << 8) | head[1]) % 31 === 0 && !(head[1] & 0x20)) return 'zlib'
  // lzma alone: properties byte (lc/lp/pb) 0x5d is what every encoder writes by default, then a power-of-two-ish dictionary size
  if (head.length >= 13 && head[0] === 0x5d && head[1] === 0x00 && head[2] === 0x00) return 'lzma'
  return null
}

function checkRatio(out: number, input: number, maxRatio: number): void {
  if (out > 1024 * 1024 && out / Math.max(1, input) > maxRatio) {
    throw new LimitError(`inflates ${Math.round(out / Math.max(1, input))}:1, over the ${maxRatio}:1 ratio limit (a possible decompression bomb)`)
  }
}

function zlibLimited(fn: typeof gunzipSync, input: Buffer, max: number, what: string): Buffer {
  try {
    return fn(input, { maxOutputLength: max })
  } catch (e) {
    const err = e as NodeJS.ErrnoException
    if (err.code === 'ERR_BUFFER_TOO_LARGE' || /maxOutputLength|Cannot create a Buffer larger/.test(err.message)) {
      throw new LimitError(`${what} stream inflates past the ${max}-byte limit`)
    }
    throw new Error(`${what} stream is corrupt: ${err.message}`, { cause: e })
  }
}

async function xzLimited(input: Buffer, max: number): Promise<Buffer> {
  const src = new ReadableStream<Uint8Array>({
    start(c) {
      c.enqueue(new Uint8Array(input.buffer, input.byteOffset, input.byteLength))
      c.close()
    }
  })
  const reader = new xz.XzReadableStream(src).getReader()
  const parts: Buffer[] = []
  let total = 0
  try {
    for (;;) {
      const { done, value } = await reader.read()
      if (done) break
      total += value.byteLength
      if (total > max) {
        await reader.cancel()
        throw new LimitError(`xz stream inflates past the ${max}-byte limit`)
      }
      parts.push(Buffer.from(value))
    }
  } catch (e) {
    if (e instanceof LimitError) throw e
    throw new Error(`xz stream is corrupt: ${(e as Error).message ?? String(e)}`, { cause: e })
  }
  return Buffer.concat(parts, total)
}

function bz2Limited(input: Buffer, max: number): Buffer {
  let buf = Buffer.allocUnsafe(Math.min(max, Math.max(1 << 16, input.length * 4)))
  let pos = 0
  const out = {
    writeByte(b: number) {
      if (pos >= buf.length) {
        if (pos >= max) throw new LimitError(`bz2 stream inflates past the ${max}-byte limit`)
        const n = Buffer.allocUnsafe(Math.min(max, buf.length * 2))
        buf.copy(n, 0, 0, pos)
        buf = n
      }
      buf[pos++] = b
    }
  }
  try {
    Bunzip.decode(input, out, true)
  } catch (e) {
    if (e instanceof LimitError) throw e
    throw new Error(`bz2 stream is corrupt: ${(e as Error).message ?? String(e)}`, { cause: e })
  }
  return buf.subarray(0, pos)
}

/** Decompresses one stream, bounded by `max` bytes of output and by the ratio limit. */
export async function decompress(kind: Compression, input: Buffer, max: number, maxRatio: number): Promise<Buffer> {
  let out: Buffer
  switch (kind) {
    case 'gzip':
      out = zlibLimited(gunzipSync, input, max, 'gzip')
      break
    case 'zlib':
      out = zlibLimited(inflateSync, input, max, 'zlib')
      break
    case 'bz2':
      out = bz2Limited(input, max)
      break
    case 'xz':
      out = await xzLimited(input, max)
      break
    case 'lzma':
      try {
        out = decodeLzmaAlone(input, max)
      } catch (e) {
        if (e instanceof LzmaError && /limit/.test(e.message)) throw new LimitError(e.message)
        throw new Error(`lzma stream is corrupt: ${(e as Error).message}`, { cause: e })
      }
      break
    default:
      throw new Error(`${kind} compression cannot be read by this scanner; decompress the file or convert it to safetensors`)
  }
  checkRatio(out.length, input.length, maxRatio)
  return out
}
