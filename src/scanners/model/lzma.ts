/**
 * A decoder for the legacy `.lzma` ("LZMA alone") container that joblib writes with compress='lzma'.
 * No npm package decodes it with a bound on the output (LZMA-JS decodes everything into a JS array and
 * may hand back a string), so this is a direct port of the reference decoder (LzmaSpec.cpp from the
 * LZMA SDK, public domain) with the output size capped.
 */

export class LzmaError extends Error {}

const kNumBitModelTotalBits = 11
const kBitModelTotal = 1 << kNumBitModelTotalBits
const kNumMoveBits = 5
const kTopValue = 1 << 24
const PROB_INIT = kBitModelTotal >>> 1
const kNumPosBitsMax = 4
const kNumStates = 12
const kNumLenToPosStates = 4
const kNumAlignBits = 4
const kEndPosModelIndex = 14
const kNumFullDistances = 1 << (kEndPosModelIndex >>> 1)
const kMatchMinLen = 2

class RangeDecoder {
  range = 0xffffffff
  code = 0
  pos: number
  constructor(readonly buf: Uint8Array, start: number) {
    this.pos = start
    const b = this.byte()
    for (let i = 0; i < 4; i++) this.code = ((this.code << 8) | this.byte()) >>> 0
    if (b !== 0 || this.code === this.range) throw new LzmaError('corrupted LZMA stream (range coder start)')
  }
  byte(): number {
    if (this.pos >= this.buf.length) throw new LzmaError('LZMA data is truncated')
    return this.buf[this.pos++]
  }
  normalize(): void {
    if (this.range < kTopValue) {
      this.range = (this.range << 8) >>> 0
      this.code = ((this.code << 8) | this.byte()) >>> 0
    }
  }
  bit(probs: Uint16Array, i: number): number {
    const v = probs[i]
    const bound = (this.range >>> kNumBitModelTotalBits) * v
    let symbol: number
    if (this.code < bound) {
      probs[i] = v + ((kBitModelTotal - v) >>> kNumMoveBits)
      this.range = bound >>> 0
      symbol = 0
    } else {
      probs[i] = v - (v >>> kNumMoveBits)
      this.code = (this.code - bound) >>> 0
      this.range = (this.range - bound) >>> 0
      symbol = 1
    }
    this.normalize()
    return symbol
  }
  direct(numBits: number): number {
    let res = 0
    do {
      this.range = this.range >>> 1
      this.code = (this.code - this.range) >>> 0
      const t = this.code >= 0x80000000 ? 0xffffffff : 0 // 0 - (code >> 31)
      this.code = (this.code + (this.range & t)) >>> 0
      if (this.code === this.range) throw new LzmaError('corrupted LZMA stream (direct bits)')
      this.normalize()
      res = ((res << 1) + ((t + 1) >>> 0)) >>> 0
    } while (--numBits)
    return res
  }
  tree(probs: Uint16Array, base: number, numBits: number): number {
    let m = 1
    for (let i = 0; i < numBits; i++) m = (m << 1) + this.bit(probs, base + m)
    return m - (1 << numBits)
  }
  reverse(probs: Uint16Array, base: number, numBits: number): number {
    let m = 1
    let symbol = 0
    for (let i = 0; i < numBits; i++) {
      const bit = this.bit(probs, base + m)
      m = (m << 1) + bit
      symbol |= bit << i
    }
    return symbol
  }
}

class LenDecoder {
  choice = new Uint16Array(2).fill(PROB_INIT)
  low = new Uint16Array((1 << kNumPosBitsMax) << 3).fill(PROB_INIT)
  mid = new Uint16Array((1 << kNumPosBitsMax) << 3).fill(PROB_INIT)
  high = new Uint16Array(256).fill(PROB_INIT)
  decode(rc: RangeDecoder, posState: number): number {
    if (rc.bit(this.choice, 0) === 0) return rc.tree(this.low, posState << 3, 3)
    if (rc.bit(this.choice, 1) === 0) return 8 + rc.tree(this.mid, posState << 3, 3)
    return 16 + rc.tree(this.high, 0, 8)
  }
}

/** Decodes an LZMA-alone stream (13-byte header: properties, dictionary size, uncompressed size). */
export function decodeLzmaAlone(input: Uint8Array, maxOutput: number): Buffer {
  if (input.length < 13) throw new LzmaError('LZMA header is truncated')
  let d = input[0]
  if (d >= 9 * 5 * 5) throw new LzmaError('bad LZMA properties byte')
  const lc = d % 9
  d = Math.floor(d / 9)
  const lp = d % 5
  const pb = Math.floor(d / 5)
  let dictSize = (input[1] | (input[2] << 8) | (input[3] << 16) | (input[4] << 24)) >>> 0
  if (dictSize < 1 << 12) dictSize = 1 << 12
  let sizeDefined = false
  let unpackSize = 0
  for (let i = 0; i < 8; i++) if (input[5 + i] !== 0xff) sizeDefined = true
  if (sizeDefined) {
    let v = 0n
    for (let i = 7; i >= 0; i--) v = (v << 8n) | BigInt(input[5 + i])
    if (v > BigInt(maxOutput)) throw new LzmaError(`LZMA stream declares ${v} bytes, over the ${maxOutput}-byte limit`)
    unpackSize = Number(v)
  }
  const rc = new RangeDecoder(input, 13)
  let out = Buffer.allocUnsafe(Math.min(sizeDefined ? unpackSize : 1 << 20, maxOutput) || 1)
  let outPos = 0
  const put = (b: number): void => {
    if (outPos >= out.length) {
      if (outPos >= maxOutput) throw new LzmaError(`LZMA output exceeds the ${maxOutput}-byte limit`)
      const n = Buffer.allocUnsafe(Math.min(out.length * 2, maxOutput))
      out.copy(n, 0, 0, outPos)
      out = n
    }
    out[outPos++] = b
  }
  const lit = new Uint16Array(0x300 << (lc + lp)).fill(PROB_INIT)
  const posSlot = new Uint16Array(kNumLenToPosStates << 6).fill(PROB_INIT)
  const posDecoders = new Uint16Array(1 + kNumFullDistances - kEndPosModelIndex).fill(PROB_INIT)
  const align = new Uint16Array(1 << kNumAlignBits).fill(PROB_INIT)
  const isMatch = new Uint16Array(kNumStates << kNumPosBitsMax).fill(PROB_INIT)
  const isRep = new Uint16Array(kNumStates).fill(PROB_INIT)
  const isRepG0 = new Uint16Array(kNumStates).fill(PROB_INIT)
  const isRepG1 = new Uint16Array(kNumStates).fill(PROB_INIT)
  const isRepG2 = new Uint16Array(kNumStates).fill(PROB_INIT)
  const isRep0Long = new Uint16Array(kNumStates << kNumPosBitsMax).fill(PROB_INIT)
  const lenDec = new LenDecoder()
  const repLenDec = new LenDecoder()
  let rep0 = 0
  let rep1 = 0
  let rep2 = 0
  let rep3 = 0
  let state = 0
  const pbMask = (1 << pb) - 1
  const lpMask = (1 << lp) - 1
  const getByte = (dist: number): number => out[outPos - dist]
  for (;;) {
    if (sizeDefined && unpackSize === 0 && rc.code === 0) break
    const posState = outPos & pbMask
    if (rc.bit(isMatch, (state << kNumPosBitsMax) + posState) === 0) {
      if (sizeDefined && unpackSize === 0) throw new LzmaError('LZMA data continues past its declared size')
      const prev = outPos > 0 ? getByte(1) : 0
      const litState = ((outPos & lpMask) << lc) + (prev >>> (8 - lc))
      const base = 0x300 * litState
      let symbol = 1
      if (state >= 7) {
        let matchByte = getByte(rep0 + 1)
        do {
          const matchBit = (matchByte >>> 7) & 1
          matchByte <<= 1
          const bit = rc.bit(lit, base + ((1 + matchBit) << 8) + symbol)
          symbol = (symbol << 1) | bit
          if (matchBit !== bit) break
        } while (symbol < 0x100)
      }
      while (symbol < 0x100) symbol = (symbol << 1) | rc.bit(lit, base + symbol)
      put(symbol - 0x100)
      state = state < 4 ? 0 : state < 10 ? state - 3 : state - 6
      unpackSize--
      continue
    }
    let len: number
    if (rc.bit(isRep, state) !== 0) {
      if (sizeDefined && unpackSize === 0) throw new LzmaError('LZMA data continues past its declared size')
      if (outPos === 0) throw new LzmaError('corrupted LZMA stream (rep match at start)')
      if (rc.bit(isRepG0, state) === 0) {
        if (rc.bit(isRep0Long, (state << kNumPosBitsMax) + posState) === 0) {
          state = state < 7 ? 9 : 11
          put(getByte(rep0 + 1))
          unpackSize--
          continue
        }
      } else {
        let dist: number
        if (rc.bit(isRepG1, state) === 0) dist = rep1
        else {
          if (rc.bit(isRepG2, state) === 0) dist = rep2
          else {
            dist = rep3
            rep3 = rep2
          }
          rep2 = rep1
        }
        rep1 = rep0
        rep0 = dist
      }
      len = repLenDec.decode(rc, posState)
      state = state < 7 ? 8 : 11
    } else {
      rep3 = rep2
      rep2 = rep1
      rep1 = rep0
      len = lenDec.decode(rc, posState)
      state = state < 7 ? 7 : 10
      const lenState = Math.min(len, kNumLenToPosStates - 1)
      const slot = rc.tree(posSlot, lenState << 6, 6)
      if (slot < 4) rep0 = slot
      else {
        const numDirectBits = (slot >>> 1) - 1
        let dist = ((2 | (slot & 1)) << numDirectBits) >>> 0
        if (slot < kEndPosModelIndex) dist = (dist + rc.reverse(posDecoders, dist - slot, numDirectBits)) >>> 0
        else {
          dist = (dist + ((rc.direct(numDirectBits - kNumAlignBits) << kNumAlignBits) >>> 0)) >>> 0
          dist = (dist + rc.reverse(align, 0, kNumAlignBits)) >>> 0
        }
        rep0 = dist
      }
      if (rep0 === 0xffffffff) {
        if (rc.code !== 0) throw new LzmaError('corrupted LZMA stream (end marker)')
        break
      }
      if (sizeDefined && unpackSize === 0) throw new LzmaError('LZMA data continues past its declared size')
      if (rep0 >= dictSize || rep0 >= outPos) throw new LzmaError('corrupted LZMA stream (distance beyond the window)')
    }
    len += kMatchMinLen
    if (sizeDefined && unpackSize < len) throw new LzmaError('LZMA match runs past the declared size')
    for (let i = 0; i < len; i++) put(getByte(rep0 + 1))
    unpackSize -= len
  }
  return out.subarray(0, outPos)
}
