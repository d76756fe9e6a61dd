/**
 * Sorting Float64Array columns in ascending numeric order, the same result as
 * Float64Array.prototype.sort() with no comparator (-0 before +0), several times faster on the
 * columns of a dataset:
 *
 * - values written as decimals with at most 9 places (every x equal to m / 10^k for one k, |m| <
 *   2^31: integers, prices, measurements to 4 places) are sorted by their integers m, by counting
 *   when their range is small, else by an LSD radix sort, and rebuilt as m / 10^k, which gives back
 *   exactly the same doubles (that is checked for every value before it is relied on);
 * - other values by an LSD radix sort over the IEEE-754 bits (four 16-bit digits; a digit every
 *   value shares is skipped).
 *
 * Arrays holding NaN, and short ones, use the built-in sort.
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

const POW10 = [1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9]
const MAX_PLACES = 9
const INT_MAX = 2147483647

/** The fewest decimal places k with x === round(x * 10^k) / 10^k and the integer within 32 bits, or -1. */
function placesOf(x: number): number {
  for (let k = 0; k <= MAX_PLACES; k++) {
    const m = Math.round(x * POW10[k])
    if (m > INT_MAX || m < -INT_MAX) return -1
    if (m / POW10[k] === x) return k
  }
  return -1
}

/**
 * Sorts by decimal integers when every value is m / 10^k: returns false (leaving `a` as it was)
 * when they are not.
 */
function sortDecimal(a: Float64Array): boolean {
  const n = a.length
  let k = 0
  let P = 1
  let min: number
  let max: number
  let negZeros: number
  const keys = new Int32Array(n)
  for (let attempt = 0; ; attempt++) {
    if (attempt > MAX_PLACES) return false
    min = INT_MAX
    max = -INT_MAX
    negZeros = 0
    let i = 0
    for (; i < n; i++) {
      const x = a[i]
      const m = Math.round(x * P)
      if (m > INT_MAX || m < -INT_MAX || m / P !== x) break
      if (m === 0 && 1 / x < 0) negZeros++
      keys[i] = m
      if (m < min) min = m
      if (m > max) max = m
    }
    if (i === n) break
    const need = placesOf(a[i])
    if (need <= k) return false
    k = need
    P = POW10[k]
  }
  const range = max - min
  if (range <= Math.max(4 * n, 1 << 16)) {
    // Counting sort.
    const counts = new Int32Array(range + 1)
    for (let i = 0; i < n; i++) counts[keys[i] - min]++
    let j = 0
    for (let v = 0; v <= range; v++) {
      let c = counts[v]
      if (c === 0) continue
      const m = v + min
      const x = m / P
      if (m === 0) for (; negZeros > 0; negZeros--, c--) a[j++] = -0
      for (; c > 0; c--) a[j++] = x
    }
    return true
  }
  // LSD radix sort of the keys (offsets from min), 11 bits a pass.
  let src = new Uint32Array(n)
  for (let i = 0; i < n; i++) src[i] = keys[i] - min
  let dst = new Uint32Array(n)
  const hist = new Uint32Array(2048)
  for (let shift = 0; shift < 32 && range >>> shift > 0; shift += 11) {
    hist.fill(0)
    for (let i = 0; i < n; i++) hist[(src[i] >>> shift) & 2047]++
    let sum = 0
    for (let b = 0; b < 2048; b++) {
      const c = hist[b]
      hist[b] = sum
      sum += c
    }
    for (let i = 0; i < n; i++) {
      const u = src[i]
      dst[hist[(u >>> shift) & 2047]++] = u
    }
    const t = src
    src = dst
    dst = t
  }
  for (let i = 0; i < n; i++) {
    const m = src[i] + min
    a[i] = m === 0 && negZeros > 0 ? (negZeros--, -0) : m / P
  }
  return true
}

/** Sorts `a` in place (ascending, -0 before +0) and returns it. */
export function sortFloat64(a: Float64Array): Float64Array {
  const n = a.length
  if (n < RADIX_MIN) return a.sort()
  for (let i = 0; i < n; i++) {
    if (a[i] !== a[i]) return a.sort()
  }
  if (sortDecimal(a)) return a
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
