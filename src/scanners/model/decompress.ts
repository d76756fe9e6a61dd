/**
 * The compressed wrappers joblib (and people) put around pickles: zlib, gzip, bz2, xz, legacy
 * lzma, lz4 and zstd. Every decoder stops at a byte limit and a ratio limit: a stream that would
 * inflate past them is an error (a possible bomb), never a partial scan passed off as complete.
 * Decoders: node:zlib (zlib, gzip), seek-bzip (bz2), xz-decompress (xz-embedded compiled to
 * WebAssembly, inlined in its JS: it bundles with ncc), fzstd (zstd), and our own lzma.ts and
 * lz4.ts where no package reads hostile input with bounds.
 */
import { gunzipSync, inflateSync } from 'node:zlib'
import { Decompress as ZstdDecompress } from 'fzstd'
import Bunzip from 'seek-bzip'
// xz-decompress is a webpack UMD module: Node's ESM loader sees only a default export, the ncc
// bundle only named ones (a default import is undefined there), so take it from either place.
import * as xzModule from 'xz-decompress'
import { decodeLz4Frames, Lz4Error } from './lz4.js'
import { decodeLzmaAlone, LzmaError } from './lzma.js'
import { LimitError } from './limits.js'

export { sniffCompression, type Compression } from './compression.js'
import type { Compression } from './compression.js'

type XzModule = typeof xzModule
const XzReadableStream = (xzModule.XzReadableStream ?? (xzModule as unknown as { default?: XzModule }).default?.XzReadableStream) as XzModule['XzReadableStream']

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
  const reader = new XzReadableStream(src).getReader()
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

/**
 * Checks every zstd frame header before decoding: fzstd allocates the frame's window (or its
 * whole declared content, for single-segment frames) up front, up to 2 GiB, so a 20-byte header
 * could cost that much memory. Frames whose window is over `max` are refused here.
 */
export function checkZstdFrames(input: Buffer, max: number): void {
  let p = 0
  while (p < input.length) {
    if (p + 8 > input.length) throw new Error('zstd frame header runs past the end of the stream')
    const magic = input.readUInt32LE(p)
    if ((magic & 0xfffffff0) === 0x184d2a50) {
      p += 8 + input.readUInt32LE(p + 4)
      continue
    }
    if (magic !== 0xfd2fb528) throw new Error(`bytes at ${p} are not a zstd frame`)
    const fhd = input[p + 4]
    const single = (fhd >> 5) & 1
    const fcsFlag = fhd >> 6
    const dictBytes = [0, 1, 2, 4][fhd & 3]
    if (fhd & 8) throw new Error('reserved bit set in a zstd frame header')
    let q = p + 5
    let window = 0
    if (!single) {
      const wd = input[q++]
      const base = 2 ** (10 + (wd >> 3))
      window = base + (base / 8) * (wd & 7)
    }
    q += dictBytes
    const fcsBytes = fcsFlag === 0 ? single : 1 << fcsFlag
    if (q + fcsBytes > input.length) throw new Error('zstd frame header runs past the end of the stream')
    let fcs = 0
    for (let i = fcsBytes - 1; i >= 0; i--) fcs = fcs * 256 + input[q + i]
    if (fcsFlag === 1) fcs += 256
    q += fcsBytes
    if (single) window = fcs
    if (window > max) throw new LimitError(`zstd frame declares a ${window}-byte window, over the ${max}-byte limit`)
    // blocks: 3-byte headers (last flag, type, size); RLE blocks hold one byte
    for (;;) {
      if (q + 3 > input.length) throw new Error('zstd block header runs past the end of the stream')
      const h = input[q] | (input[q + 1] << 8) | (input[q + 2] << 16)
      q += 3
      const type = (h >> 1) & 3
      if (type === 3) throw new Error('reserved zstd block type')
      q += type === 1 ? 1 : h >>> 3
      if (h & 1) break
    }
    p = q + ((fhd >> 2) & 1 ? 4 : 0)
    if (p > input.length) throw new Error('zstd frame runs past the end of the stream')
  }
}

function zstdLimited(input: Buffer, max: number): Buffer {
  checkZstdFrames(input, max)
  const parts: Buffer[] = []
  let total = 0
  const d = new ZstdDecompress((chunk) => {
    total += chunk.length
    if (total > max) throw new LimitError(`zstd stream inflates past the ${max}-byte limit`)
    parts.push(Buffer.from(chunk))
  })
  try {
    d.push(new Uint8Array(input.buffer, input.byteOffset, input.byteLength), true)
  } catch (e) {
    if (e instanceof LimitError) throw e
    throw new Error(`zstd stream is corrupt: ${(e as Error).message ?? String(e)}`, { cause: e })
  }
  return Buffer.concat(parts, total)
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
    case 'lz4':
      try {
        out = decodeLz4Frames(input, max)
      } catch (e) {
        if (e instanceof Lz4Error) throw new Error(`lz4 stream is corrupt: ${e.message}`, { cause: e })
        throw e
      }
      break
    case 'zstd':
      out = zstdLimited(input, max)
      break
    default:
      throw new Error(`${kind as string} compression cannot be read by this scanner; decompress the file or convert it to safetensors`)
  }
  checkRatio(out.length, input.length, maxRatio)
  return out
}
