/**
 * The two-sided one-sample Kolmogorov distribution, survival function Pr(D_n >= x): what
 * scipy.stats.kstwo.sf(x, n) returns, and what scipy.stats.ks_2samp uses in its asymptotic mode
 * (with n = round(m*n/(m+n))). The method selection follows Simard & L'Ecuyer (2011) exactly as
 * scipy 1.10's `_ksstats._kolmogn` does: Ruben-Gambino closed forms at the ends, the Durbin matrix
 * (Marsaglia-Tsang-Wang), the Pomeranz recursion, the Pelz-Good expansion and 2 * smirnov.
 */
import { lgamma } from './special.js'

const E128 = 128
const EP128 = 2 ** 128
const EM128 = 2 ** -128
const LOG_2PI = Math.log(2 * Math.PI)
const MIN_LOG = -708
const SQRT2PI = Math.sqrt(2 * Math.PI)
const SQRT3 = Math.sqrt(3)
const PI2 = Math.PI ** 2
const PI4 = Math.PI ** 4
const PI6 = Math.PI ** 6
// scipy's Stirling coefficients B_2j / (2j (2j-1)), j = 8..1, at double precision.
const STIRLING = [
  -0.029550653594771242, 0.00641025641025641, -0.0019175269175269176, 0.0008417508417508417, -0.0005952380952380953, 0.0007936507936507937,
  -0.002777777777777778, 0.08333333333333333
]

const clip = (p: number): number => (p < 0 ? 0 : p > 1 ? 1 : p)

function logNFactorialDivNPowN(n: number): number {
  const rn = 1 / n
  const y = rn / n
  let poly = 0
  for (const c of STIRLING) poly = poly * y + c
  return Math.log(n) / 2 - n + LOG_2PI / 2 + rn * poly
}

/**
 * One-sided Smirnov survival function Pr(D_n^+ >= x), by the Birnbaum-Tingey / Smirnov sum
 * x * sum_{j=0}^{floor(n(1-x))} C(n,j) (x+j/n)^(j-1) (1-x-j/n)^(n-j), every term positive and
 * evaluated in log space (no overflow for large n, no cancellation).
 */
export function smirnov(n: number, x: number): number {
  if (!(n > 0) || Number.isNaN(x)) return Number.NaN
  if (x >= 1) return 0
  if (x <= 0) return 1
  const last = Math.floor(n * (1 - x))
  let logC = 0 // log C(n, j)
  let sum = 0
  const logX = Math.log(x)
  let prev = -Infinity
  for (let j = 0; j <= last; j++) {
    if (j > 0) logC += Math.log((n - j + 1) / j)
    const evn = x + j / n
    const omevn = 1 - evn
    let t: number
    if (n - j === 0) t = logC + (j - 1) * Math.log(evn)
    else if (omevn <= 0) continue
    else t = logC + (j - 1) * Math.log(evn) + (n - j) * Math.log(omevn)
    t += logX
    if (t > MIN_LOG) sum += Math.exp(t)
    // The terms are unimodal in j: once past the peak and below 1e-20 of the sum, the rest
    // (at most n of them, each smaller) cannot move the result by more than n * 1e-20.
    if (t < prev && sum > 0 && t < Math.log(sum) - 46) break
    prev = t
  }
  return clip(sum)
}

function matmul(a: Float64Array<ArrayBuffer>, b: Float64Array<ArrayBuffer>, m: number): Float64Array<ArrayBuffer> {
  const out = new Float64Array(m * m)
  for (let i = 0; i < m; i++) {
    for (let k = 0; k < m; k++) {
      const aik = a[i * m + k]
      if (aik === 0) continue
      const row = k * m
      const o = i * m
      for (let j = 0; j < m; j++) out[o + j] += aik * b[row + j]
    }
  }
  return out
}

/** Pr(D_n <= d) by the Durbin matrix algorithm as Marsaglia, Tsang and Wang evaluate it. */
export function kolmognDMTW(n: number, d: number): number {
  if (d >= 1) return 1
  const nd = n * d
  if (nd <= 0.5) return 0
  const k = Math.ceil(nd)
  const h = k - nd
  const m = 2 * k - 1
  let H = new Float64Array(m * m)
  const v = new Float64Array(m)
  const w = new Float64Array(m)
  let fac = 1
  for (let j = 1; j <= m; j++) {
    v[j - 1] = 1 - h ** j
    w[j - 1] = fac
    fac /= j
    v[j - 1] *= fac
  }
  const tt = Math.max(2 * h - 1, 0) ** m - 2 * h ** m
  v[m - 1] = (1 + tt) * fac
  for (let i = 1; i < m; i++) {
    for (let r = i - 1; r < m; r++) H[r * m + i] = w[r - (i - 1)]
  }
  for (let r = 0; r < m; r++) H[r * m] = v[r]
  for (let c = 0; c < m; c++) H[(m - 1) * m + c] = v[m - 1 - c]

  let Hpwr = new Float64Array(m * m)
  for (let i = 0; i < m; i++) Hpwr[i * m + i] = 1
  let nn = n
  let expnt = 0
  let Hexpnt = 0
  while (nn > 0) {
    if (nn % 2) {
      Hpwr = matmul(Hpwr, H, m)
      expnt += Hexpnt
    }
    H = matmul(H, H, m)
    Hexpnt *= 2
    if (Math.abs(H[(k - 1) * m + (k - 1)]) > EP128) {
      for (let i = 0; i < H.length; i++) H[i] /= EP128
      Hexpnt += E128
    }
    nn = Math.floor(nn / 2)
  }
  let p = Hpwr[(k - 1) * m + (k - 1)]
  for (let i = 1; i <= n; i++) {
    p = (i * p) / n
    if (Math.abs(p) < EM128) {
      p *= EP128
      expnt -= E128
    }
  }
  if (expnt !== 0) p = p * 2 ** expnt
  return clip(p)
}

function pomeranzJ1J2(i: number, n: number, ll: number, ceilf: number, roundf: number): [number, number] {
  let j1: number
  let j2: number
  if (i === 0) {
    j1 = -ll - ceilf - 1
    j2 = ll + ceilf - 1
  } else {
    const ip1div2 = Math.floor((i + 1) / 2)
    const ip1mod2 = (i + 1) % 2
    if (ip1mod2 === 0) {
      if (ip1div2 === n + 1) {
        j1 = n - ll - ceilf - 1
        j2 = n + ll + ceilf - 1
      } else {
        j1 = ip1div2 - 1 - ll - roundf - 1
        j2 = ip1div2 + ll - 1 + ceilf - 1
      }
    } else {
      j1 = ip1div2 - 1 - ll - 1
      j2 = ip1div2 + ll + roundf - 1
    }
  }
  return [Math.max(j1 + 2, 0), Math.min(j2, n)]
}

/** Pr(D_n <= x) by the Pomeranz (1974) recursion. */
export function kolmognPomeranz(n: number, x: number): number {
  const t = n * x
  const ll = Math.floor(t)
  const f = t - ll
  const g = Math.min(f, 1 - f)
  const ceilf = f > 0 ? 1 : 0
  const roundf = f > 0.5 ? 1 : 0
  const npwrs = 2 * (ll + 1)
  const gpower = new Float64Array(npwrs)
  const twogpower = new Float64Array(npwrs)
  const onem2gpower = new Float64Array(npwrs)
  gpower[0] = twogpower[0] = onem2gpower[0] = 1
  let expnt = 0
  const gOverN = g / n
  const twoGOverN = (2 * g) / n
  const oneMinus = (1 - 2 * g) / n
  for (let m = 1; m < npwrs; m++) {
    gpower[m] = (gpower[m - 1] * gOverN) / m
    twogpower[m] = (twogpower[m - 1] * twoGOverN) / m
    onem2gpower[m] = (onem2gpower[m - 1] * oneMinus) / m
  }
  let V0 = new Float64Array(npwrs)
  let V1 = new Float64Array(npwrs)
  V1[0] = 1
  let V0s = 0
  let V1s = 0
  let [j1] = pomeranzJ1J2(0, n, ll, ceilf, roundf)
  let j2: number
  for (let i = 1; i < 2 * n + 2; i++) {
    const k1 = j1
    ;[V0, V1] = [V1, V0]
    ;[V0s, V1s] = [V1s, V0s]
    V1.fill(0)
    ;[j1, j2] = pomeranzJ1J2(i, n, ll, ceilf, roundf)
    const pwrs = i === 1 || i === 2 * n + 1 ? gpower : i % 2 ? twogpower : onem2gpower
    const ln2 = j2 - k1 + 1
    if (ln2 > 0) {
      const convStart = j1 - k1
      const convLen = j2 - j1 + 1
      const base = k1 - V0s
      let max = 0
      for (let c = 0; c < convLen; c++) {
        const idx = convStart + c
        // (V0[base .. base+ln2) * pwrs[0..ln2))[idx]
        let s = 0
        const lo = Math.max(0, idx - (ln2 - 1))
        const hi = Math.min(idx, ln2 - 1)
        for (let a = lo; a <= hi; a++) s += V0[base + a] * pwrs[idx - a]
        V1[c] = s
        if (s > max) max = s
      }
      if (max > 0 && max < EM128) {
        for (let c = 0; c < V1.length; c++) V1[c] *= EP128
        expnt -= E128
      }
      V1s = V0s + j1 - k1
    }
  }
  let ans = V1[n - V1s]
  for (let m = 1; m <= n; m++) {
    if (Math.abs(ans) > EP128) {
      ans *= EM128
      expnt += E128
    }
    ans *= m
  }
  if (expnt !== 0) ans = ans * 2 ** expnt
  return clip(ans)
}

/** Pelz-Good approximation to Pr(D_n <= x). */
export function kolmognPelzGood(n: number, x: number): number {
  if (x <= 0) return 0
  if (x >= 1) return 1
  const z = Math.sqrt(n) * x
  const z2 = z ** 2
  const z3 = z ** 3
  const z4 = z ** 4
  const z6 = z ** 6
  const qlog = -PI2 / 8 / z2
  if (qlog < MIN_LOG) return 0
  let q = Math.exp(qlog)
  const k1a = -z2
  const k1b = PI2 / 4
  const k2a = 6 * z6 + 2 * z4
  const k2b = ((2 * z4 - 5 * z2) * PI2) / 4
  const k2c = (PI4 * (1 - 2 * z2)) / 16
  const k3d = (PI6 * (5 - 30 * z2)) / 64
  const k3c = (PI4 * (-60 * z2 + 212 * z4)) / 16
  const k3b = (PI2 * (135 * z4 - 96 * z6)) / 4
  const k3a = -30 * z6 - 90 * z ** 8
  const K = [0, 0, 0, 0]
  const maxk = Math.ceil((16 * z) / Math.PI)
  for (let k = maxk; k > 0; k--) {
    const m = 2 * k - 1
    const m2 = m ** 2
    const m4 = m ** 4
    const m6 = m ** 6
    const qp = q ** (8 * k)
    const coeffs = [1, k1a + k1b * m2, k2a + k2b * m2 + k2c * m4, k3a + k3b * m2 + k3c * m4 + k3d * m6]
    for (let i = 0; i < 4; i++) K[i] = K[i] * qp + coeffs[i]
  }
  const div = [z, 6 * z4, 72 * z ** 7, 6480 * z ** 10]
  for (let i = 0; i < 4; i++) K[i] = (K[i] * q * SQRT2PI) / div[i]
  q = Math.exp(-PI2 / 2 / z2)
  const sqrt3z = SQRT3 * z
  let k2extra = 0
  let k3extra = 0
  for (let k = maxk; k > 0; k--) {
    const ksq = k * k
    const qp = q ** ksq
    const kspi = Math.PI * k
    k2extra += ksq * qp
    k3extra += (sqrt3z + kspi) * (sqrt3z - kspi) * ksq * qp
  }
  K[2] += k2extra * ((PI2 * SQRT2PI) / (-36 * z3))
  K[3] += k3extra * ((PI2 * SQRT2PI) / (216 * z6))
  let sum = 0
  for (let i = 0; i < 4; i++) sum += K[i] / (n * 1.0) ** (i / 2)
  return sum
}

/**
 * Survival function Pr(D_n >= x) of the two-sided one-sample Kolmogorov-Smirnov statistic
 * (scipy.stats.kstwo.sf(x, n)), with scipy's method selection.
 */
export function kolmognSf(n: number, x: number): number {
  if (!Number.isInteger(n) || n <= 0) return Number.NaN
  if (Number.isNaN(x)) return Number.NaN
  if (x >= 1) return 0
  if (x <= 0) return 1
  const t = n * x
  if (t <= 1) {
    if (t <= 0.5) return 1
    let prob: number
    if (n <= 140) {
      prob = 1
      for (let i = 1; i <= n; i++) prob *= i * (1 / n) * (2 * t - 1)
    } else {
      prob = Math.exp(logNFactorialDivNPowN(n) + n * Math.log(2 * t - 1))
    }
    return clip(1 - prob)
  }
  if (t >= n - 1) return clip(2 * (1 - x) ** n)
  if (x >= 0.5) return clip(2 * smirnov(n, x))
  const nxsquared = t * x
  if (n <= 140) {
    if (nxsquared <= 0.754693) return clip(1 - kolmognDMTW(n, x))
    if (nxsquared <= 4) return clip(1 - kolmognPomeranz(n, x))
    return clip(2 * smirnov(n, x))
  }
  if (nxsquared >= 370) return 0
  if (nxsquared >= 2.2) return clip(2 * smirnov(n, x))
  let cdf: number
  if (nxsquared >= 18) cdf = 1
  else if (n <= 100000 && n * x ** 1.5 <= 1.4) cdf = kolmognDMTW(n, x)
  else cdf = kolmognPelzGood(n, x)
  return clip(1 - cdf)
}

export { lgamma }
