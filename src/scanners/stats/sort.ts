/**
 * Sorting Float64Array columns in ascending numeric order, the same order as
 * Float64Array.prototype.sort() with no comparator (-0 before +0), by an LSD radix sort over the
 * IEEE-754 bits (four 16-bit digits; a digit every value shares is skipped): about twice as fast as
 * the built-in sort on a million values. Arrays holding NaN, and short ones, use the built-in sort.
 */

const RADIX_MIN = 4096
const B = 65536

const LITTLE = new Uint8Array(new Float64Array([1]).buffer)[7] === 0x3f

/** One stable counting pass: keys `srcK` (with their other halves `srcO`) by the 16 bits at `shift`. */
function scatter(srcK: Uint32Array, srcO: Uint32Array, dstK: Uint32Array, dstO: Uint32Array, shift: number, hist: Uint32Array, pos: Uint32Array): void {
  const n = srcK.length
  let sum = 0
  for (let b = 0; b < B; b++) {
    pos[b] = sum
    sum += hist[b]
  }
  for (let i = 0; i < n; i++) {
    const k = srcK[i]
    const p = pos[(k >>> shift) & 0xffff]++
    dstK[p] = k
    dstO[p] = srcO[i]
  }
}

function shared(hist: Uint32Array, n: number): boolean {
  for (let b = 0; b < B; b++) {
    if (hist[b] === n) return true
    if (hist[b] !== 0) return false
  }
  return false
}

/** Sorts `a` in place (ascending, -0 before +0) and returns it. */
export function sortFloat64(a: Float64Array): Float64Array {
  const n = a.length
  if (n < RADIX_MIN) return a.sort()
  for (let i = 0; i < n; i++) {
    if (a[i] !== a[i]) return a.sort()
  }
  // Keys: the bits of each double, made to order as unsigned integers (negatives: every bit
  // flipped; positives: the sign bit set).
  const words = new Uint32Array(a.buffer, a.byteOffset, n * 2)
  const L = LITTLE ? 0 : 1
  const H = 1 - L
  let lo = new Uint32Array(n)
  let hi = new Uint32Array(n)
  const h0 = new Uint32Array(B)
  const h1 = new Uint32Array(B)
  const h2 = new Uint32Array(B)
  const h3 = new Uint32Array(B)
  for (let i = 0; i < n; i++) {
    let h = words[2 * i + H]
    let l = words[2 * i + L]
    if (h & 0x80000000) {
      h = ~h >>> 0
      l = ~l >>> 0
    } else h = (h | 0x80000000) >>> 0
    hi[i] = h
    lo[i] = l
    h0[l & 0xffff]++
    h1[l >>> 16]++
    h2[h & 0xffff]++
    h3[h >>> 16]++
  }
  let lo2 = new Uint32Array(n)
  let hi2 = new Uint32Array(n)
  const pos = new Uint32Array(B)
  const hists = [h0, h1, h2, h3]
  for (let d = 0; d < 4; d++) {
    if (shared(hists[d], n)) continue
    if (d < 2) scatter(lo, hi, lo2, hi2, d * 16, hists[d], pos)
    else scatter(hi, lo, hi2, lo2, (d - 2) * 16, hists[d], pos)
    let t = lo
    lo = lo2
    lo2 = t
    t = hi
    hi = hi2
    hi2 = t
  }
  for (let i = 0; i < n; i++) {
    const h = hi[i]
    const l = lo[i]
    if (h & 0x80000000) {
      words[2 * i + H] = (h & 0x7fffffff) >>> 0
      words[2 * i + L] = l
    } else {
      words[2 * i + H] = ~h >>> 0
      words[2 * i + L] = ~l >>> 0
    }
  }
  return a
}

/** A sorted copy of `values`. */
export function sortedCopyOf(values: ArrayLike<number>): Float64Array {
  return sortFloat64(Float64Array.from(values))
}
