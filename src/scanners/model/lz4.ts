/**
 * LZ4 frame decoder (the format of lz4.frame.compress, which joblib uses), with bounded output.
 * Written here because the pure-JS LZ4 packages on npm write past their output silently (typed
 * array stores out of range are dropped) and read frame headers without bounds checks: for hostile
 * input a truncated result would look like a complete one. Every length and offset is checked;
 * any inconsistency throws, and output past `max` bytes is a LimitError.
 * Spec: lz4_Frame_format.md and lz4_Block_format.md (frame v1.6.x).
 */
import { LimitError } from './limits.js'

const MAGIC = 0x184d2204
const BLOCK_MAX: Record<number, number> = { 4: 64 << 10, 5: 256 << 10, 6: 1 << 20, 7: 4 << 20 }

export class Lz4Error extends Error {}

class Out {
  buf: Buffer
  n = 0
  constructor(
    initial: number,
    readonly max: number
  ) {
    this.buf = Buffer.allocUnsafe(Math.max(64, Math.min(initial, max)))
  }
  ensure(extra: number): void {
    const need = this.n + extra
    if (need > this.max) throw new LimitError(`lz4 stream inflates past the ${this.max}-byte limit`)
    if (need <= this.buf.length) return
    const next = Buffer.allocUnsafe(Math.min(this.max, Math.max(need, this.buf.length * 2)))
    this.buf.copy(next, 0, 0, this.n)
    this.buf = next
  }
}

function block(src: Buffer, s: number, end: number, out: Out): void {
  while (s < end) {
    const token = src[s++]
    let lit = token >> 4
    if (lit === 15) {
      for (;;) {
        if (s >= end) throw new Lz4Error('literal length runs past the block')
        const b = src[s++]
        lit += b
        if (b !== 255) break
      }
    }
    if (s + lit > end) throw new Lz4Error('literals run past the block')
    out.ensure(lit)
    src.copy(out.buf, out.n, s, s + lit)
    out.n += lit
    s += lit
    if (s === end) return // the last sequence has literals only
    if (s + 2 > end) throw new Lz4Error('match offset runs past the block')
    const off = src[s] | (src[s + 1] << 8)
    s += 2
    if (off === 0 || off > out.n) throw new Lz4Error(`match offset ${off} points before the start of the data`)
    let len = (token & 15) + 4
    if ((token & 15) === 15) {
      for (;;) {
        if (s >= end) throw new Lz4Error('match length runs past the block')
        const b = src[s++]
        len += b
        if (b !== 255) break
      }
    }
    out.ensure(len)
    const b = out.buf
    let from = out.n - off
    let to = out.n
    if (off >= len) b.copy(b, to, from, from + len)
    else for (let i = 0; i < len; i++) b[to++] = b[from++]
    out.n += len
  }
}

/** Decodes one or more concatenated LZ4 frames (skippable frames are skipped), at most `max` bytes out. */
export function decodeLz4Frames(src: Buffer, max: number): Buffer {
  const out = new Out(src.length * 4, max)
  let p = 0
  const need = (n: number, what: string): void => {
    if (p + n > src.length) throw new Lz4Error(`${what} runs past the end of the stream`)
  }
  while (p < src.length) {
    need(4, 'frame magic')
    const magic = src.readUInt32LE(p)
    p += 4
    if ((magic & 0xfffffff0) === 0x184d2a50) {
      need(4, 'skippable frame size')
      const n = src.readUInt32LE(p)
      p += 4
      need(n, 'skippable frame')
      p += n
      continue
    }
    if (magic !== MAGIC) throw new Lz4Error(p === 4 ? 'not an LZ4 frame (bad magic)' : `bytes after frame end at ${p - 4} are not another LZ4 frame`)
    need(3, 'frame descriptor')
    const flg = src[p]
    const bd = src[p + 1]
    if (flg >> 6 !== 1) throw new Lz4Error(`unsupported LZ4 frame version ${flg >> 6}`)
    if (flg & 2 || bd & 0x8f) throw new Lz4Error('reserved bits set in the frame descriptor')
    const blockMax = BLOCK_MAX[(bd >> 4) & 7]
    if (!blockMax) throw new Lz4Error(`invalid block maximum size code ${(bd >> 4) & 7}`)
    const blockSum = (flg & 0x10) !== 0
    const contentSize = (flg & 8) !== 0
    const contentSum = (flg & 4) !== 0
    const dictId = (flg & 1) !== 0
    p += 2 + (contentSize ? 8 : 0) + (dictId ? 4 : 0) + 1 // header checksum byte
    if (dictId) throw new Lz4Error('frame needs a preset dictionary, which cannot be known')
    for (;;) {
      need(4, 'block size')
      const raw = src.readUInt32LE(p)
      p += 4
      if (raw === 0) break
      const size = raw & 0x7fffffff
      if (size > blockMax) throw new Lz4Error(`block of ${size} bytes is over the frame's ${blockMax}-byte block maximum`)
      need(size + (blockSum ? 4 : 0), 'block')
      if (raw & 0x80000000) {
        out.ensure(size)
        src.copy(out.buf, out.n, p, p + size)
        out.n += size
      } else block(src, p, p + size, out)
      p += size + (blockSum ? 4 : 0)
    }
    if (contentSum) {
      need(4, 'content checksum')
      p += 4
    }
  }
  return out.buf.subarray(0, out.n)
}
