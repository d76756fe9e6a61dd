export const id = 3451;
export const ids = [3451];
export const modules = {

/***/ 23451:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  E9: () => (/* reexport */ chi2Contingency),
  NU: () => (/* reexport */ iqrFences),
  tJ: () => (/* reexport */ ks2sampSorted),
  F4: () => (/* reexport */ meanStd),
  w_: () => (/* reexport */ medianSorted),
  NG: () => (/* reexport */ normalTwoSided),
  js: () => (/* reexport */ psi),
  K9: () => (/* reexport */ robustScale),
  kY: () => (/* reexport */ robustZ),
  fI: () => (/* reexport */ sort_sortFloat64)
});

// UNUSED EXPORTS: MAX_AUTO_N, chi2Sf, gammainc, gammaincc, kolmognSf, ks2samp, ksStatisticSorted, lgamma, quantileSorted, smirnov, sortedCopyOf

;// CONCATENATED MODULE: ./src/scanners/stats/special.ts
/**
 * Special functions for the statistical tests: log-gamma, the regularised incomplete gamma
 * functions (for chi-square p-values) and the normal tail. Double precision throughout; accuracy is
 * about 1e-14 relative, far inside the 1e-6 the gate promises for p-values.
 */
const LANCZOS_G = 7;
const LANCZOS = [
    0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059, 12.507343278686905,
    -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7
];
const HALF_LOG_2PI = 0.5 * Math.log(2 * Math.PI);
/** log(Gamma(x)) for x > 0 (Lanczos for small x, Stirling's series for large x). */
function lgamma(x) {
    if (!(x > 0))
        return Number.NaN;
    if (x >= 10) {
        // Stirling series with Bernoulli terms: error < 1e-16 relative for x >= 10.
        const r = 1 / x;
        const r2 = r * r;
        const series = r * (1 / 12 - r2 * (1 / 360 - r2 * (1 / 1260 - r2 * (1 / 1680 - r2 * (1 / 1188)))));
        return (x - 0.5) * Math.log(x) - x + HALF_LOG_2PI + series;
    }
    if (x < 0.5) {
        // Reflection keeps the Lanczos sum in its accurate range.
        return Math.log(Math.PI / Math.abs(Math.sin(Math.PI * x))) - lgamma(1 - x);
    }
    const z = x - 1;
    let a = LANCZOS[0];
    const t = z + LANCZOS_G + 0.5;
    for (let i = 1; i < LANCZOS.length; i++)
        a += LANCZOS[i] / (z + i);
    return HALF_LOG_2PI + (z + 0.5) * Math.log(t) - t + Math.log(a);
}
const EPS = 1e-16;
const TINY = 1e-300;
/** Series for P(a, x), valid for x < a + 1. */
function gammaPSeries(a, x) {
    let sum = 1 / a;
    let term = sum;
    let ap = a;
    for (let n = 0; n < 100000; n++) {
        ap += 1;
        term *= x / ap;
        sum += term;
        if (Math.abs(term) < Math.abs(sum) * EPS)
            break;
    }
    return sum * Math.exp(-x + a * Math.log(x) - lgamma(a));
}
/** Continued fraction (modified Lentz) for Q(a, x), valid for x >= a + 1. */
function gammaQContinuedFraction(a, x) {
    let b = x + 1 - a;
    let c = 1 / TINY;
    let d = 1 / b;
    let h = d;
    for (let i = 1; i < 100000; i++) {
        const an = -i * (i - a);
        b += 2;
        d = an * d + b;
        if (Math.abs(d) < TINY)
            d = TINY;
        c = b + an / c;
        if (Math.abs(c) < TINY)
            c = TINY;
        d = 1 / d;
        const del = d * c;
        h *= del;
        if (Math.abs(del - 1) < EPS)
            break;
    }
    return Math.exp(-x + a * Math.log(x) - lgamma(a)) * h;
}
/** Regularised lower incomplete gamma P(a, x). */
function gammainc(a, x) {
    if (!(a > 0) || Number.isNaN(x) || x < 0)
        return Number.NaN;
    if (x === 0)
        return 0;
    if (x === Infinity)
        return 1;
    return x < a + 1 ? gammaPSeries(a, x) : 1 - gammaQContinuedFraction(a, x);
}
/** Regularised upper incomplete gamma Q(a, x) = 1 - P(a, x), computed without cancellation. */
function gammaincc(a, x) {
    if (!(a > 0) || Number.isNaN(x) || x < 0)
        return Number.NaN;
    if (x === 0)
        return 1;
    if (x === Infinity)
        return 0;
    return x < a + 1 ? 1 - gammaPSeries(a, x) : gammaQContinuedFraction(a, x);
}
/** Survival function of the chi-square distribution with `dof` degrees of freedom (scipy.stats.chi2.sf). */
function chi2Sf(x, dof) {
    if (x <= 0)
        return 1;
    return gammaincc(dof / 2, x / 2);
}
/** Two-sided normal tail probability P(|Z| >= |z|) = erfc(|z| / sqrt 2). */
function normalTwoSided(z) {
    if (Number.isNaN(z))
        return Number.NaN;
    const a = Math.abs(z);
    if (a === 0)
        return 1;
    if (a === Infinity)
        return 0;
    return gammaincc(0.5, (a * a) / 2);
}

;// CONCATENATED MODULE: ./src/scanners/stats/kolmogorov.ts
/**
 * The two-sided one-sample Kolmogorov distribution, survival function Pr(D_n >= x): what
 * scipy.stats.kstwo.sf(x, n) returns, and what scipy.stats.ks_2samp uses in its asymptotic mode
 * (with n = round(m*n/(m+n))). The method selection follows Simard & L'Ecuyer (2011) exactly as
 * scipy 1.10's `_ksstats._kolmogn` does: Ruben-Gambino closed forms at the ends, the Durbin matrix
 * (Marsaglia-Tsang-Wang), the Pomeranz recursion, the Pelz-Good expansion and 2 * smirnov.
 */

const E128 = 128;
const EP128 = 2 ** 128;
const EM128 = 2 ** -128;
const LOG_2PI = Math.log(2 * Math.PI);
const MIN_LOG = -708;
const SQRT2PI = Math.sqrt(2 * Math.PI);
const SQRT3 = Math.sqrt(3);
const PI2 = Math.PI ** 2;
const PI4 = Math.PI ** 4;
const PI6 = Math.PI ** 6;
// scipy's Stirling coefficients B_2j / (2j (2j-1)), j = 8..1, at double precision.
const STIRLING = [
    -0.029550653594771242, 0.00641025641025641, -0.0019175269175269176, 0.0008417508417508417, -0.0005952380952380953, 0.0007936507936507937,
    -0.002777777777777778, 0.08333333333333333
];
const clip = (p) => (p < 0 ? 0 : p > 1 ? 1 : p);
function logNFactorialDivNPowN(n) {
    const rn = 1 / n;
    const y = rn / n;
    let poly = 0;
    for (const c of STIRLING)
        poly = poly * y + c;
    return Math.log(n) / 2 - n + LOG_2PI / 2 + rn * poly;
}
/**
 * One-sided Smirnov survival function Pr(D_n^+ >= x), by the Birnbaum-Tingey / Smirnov sum
 * x * sum_{j=0}^{floor(n(1-x))} C(n,j) (x+j/n)^(j-1) (1-x-j/n)^(n-j), every term positive and
 * evaluated in log space (no overflow for large n, no cancellation).
 */
function smirnov(n, x) {
    if (!(n > 0) || Number.isNaN(x))
        return Number.NaN;
    if (x >= 1)
        return 0;
    if (x <= 0)
        return 1;
    const last = Math.floor(n * (1 - x));
    let logC = 0; // log C(n, j)
    let sum = 0;
    const logX = Math.log(x);
    let prev = -Infinity;
    for (let j = 0; j <= last; j++) {
        if (j > 0)
            logC += Math.log((n - j + 1) / j);
        const evn = x + j / n;
        const omevn = 1 - evn;
        let t;
        if (n - j === 0)
            t = logC + (j - 1) * Math.log(evn);
        else if (omevn <= 0)
            continue;
        else
            t = logC + (j - 1) * Math.log(evn) + (n - j) * Math.log(omevn);
        t += logX;
        if (t > MIN_LOG)
            sum += Math.exp(t);
        // The terms are unimodal in j: once past the peak and below 1e-20 of the sum, the rest
        // (at most n of them, each smaller) cannot move the result by more than n * 1e-20.
        if (t < prev && sum > 0 && t < Math.log(sum) - 46)
            break;
        prev = t;
    }
    return clip(sum);
}
function matmul(a, b, m) {
    const out = new Float64Array(m * m);
    for (let i = 0; i < m; i++) {
        for (let k = 0; k < m; k++) {
            const aik = a[i * m + k];
            if (aik === 0)
                continue;
            const row = k * m;
            const o = i * m;
            for (let j = 0; j < m; j++)
                out[o + j] += aik * b[row + j];
        }
    }
    return out;
}
/** Pr(D_n <= d) by the Durbin matrix algorithm as Marsaglia, Tsang and Wang evaluate it. */
function kolmognDMTW(n, d) {
    if (d >= 1)
        return 1;
    const nd = n * d;
    if (nd <= 0.5)
        return 0;
    const k = Math.ceil(nd);
    const h = k - nd;
    const m = 2 * k - 1;
    let H = new Float64Array(m * m);
    const v = new Float64Array(m);
    const w = new Float64Array(m);
    let fac = 1;
    for (let j = 1; j <= m; j++) {
        v[j - 1] = 1 - h ** j;
        w[j - 1] = fac;
        fac /= j;
        v[j - 1] *= fac;
    }
    const tt = Math.max(2 * h - 1, 0) ** m - 2 * h ** m;
    v[m - 1] = (1 + tt) * fac;
    for (let i = 1; i < m; i++) {
        for (let r = i - 1; r < m; r++)
            H[r * m + i] = w[r - (i - 1)];
    }
    for (let r = 0; r < m; r++)
        H[r * m] = v[r];
    for (let c = 0; c < m; c++)
        H[(m - 1) * m + c] = v[m - 1 - c];
    let Hpwr = new Float64Array(m * m);
    for (let i = 0; i < m; i++)
        Hpwr[i * m + i] = 1;
    let nn = n;
    let expnt = 0;
    let Hexpnt = 0;
    while (nn > 0) {
        if (nn % 2) {
            Hpwr = matmul(Hpwr, H, m);
            expnt += Hexpnt;
        }
        H = matmul(H, H, m);
        Hexpnt *= 2;
        if (Math.abs(H[(k - 1) * m + (k - 1)]) > EP128) {
            for (let i = 0; i < H.length; i++)
                H[i] /= EP128;
            Hexpnt += E128;
        }
        nn = Math.floor(nn / 2);
    }
    let p = Hpwr[(k - 1) * m + (k - 1)];
    for (let i = 1; i <= n; i++) {
        p = (i * p) / n;
        if (Math.abs(p) < EM128) {
            p *= EP128;
            expnt -= E128;
        }
    }
    if (expnt !== 0)
        p = p * 2 ** expnt;
    return clip(p);
}
function pomeranzJ1J2(i, n, ll, ceilf, roundf) {
    let j1;
    let j2;
    if (i === 0) {
        j1 = -ll - ceilf - 1;
        j2 = ll + ceilf - 1;
    }
    else {
        const ip1div2 = Math.floor((i + 1) / 2);
        const ip1mod2 = (i + 1) % 2;
        if (ip1mod2 === 0) {
            if (ip1div2 === n + 1) {
                j1 = n - ll - ceilf - 1;
                j2 = n + ll + ceilf - 1;
            }
            else {
                j1 = ip1div2 - 1 - ll - roundf - 1;
                j2 = ip1div2 + ll - 1 + ceilf - 1;
            }
        }
        else {
            j1 = ip1div2 - 1 - ll - 1;
            j2 = ip1div2 + ll + roundf - 1;
        }
    }
    return [Math.max(j1 + 2, 0), Math.min(j2, n)];
}
/** Pr(D_n <= x) by the Pomeranz (1974) recursion. */
function kolmognPomeranz(n, x) {
    const t = n * x;
    const ll = Math.floor(t);
    const f = t - ll;
    const g = Math.min(f, 1 - f);
    const ceilf = f > 0 ? 1 : 0;
    const roundf = f > 0.5 ? 1 : 0;
    const npwrs = 2 * (ll + 1);
    const gpower = new Float64Array(npwrs);
    const twogpower = new Float64Array(npwrs);
    const onem2gpower = new Float64Array(npwrs);
    gpower[0] = twogpower[0] = onem2gpower[0] = 1;
    let expnt = 0;
    const gOverN = g / n;
    const twoGOverN = (2 * g) / n;
    const oneMinus = (1 - 2 * g) / n;
    for (let m = 1; m < npwrs; m++) {
        gpower[m] = (gpower[m - 1] * gOverN) / m;
        twogpower[m] = (twogpower[m - 1] * twoGOverN) / m;
        onem2gpower[m] = (onem2gpower[m - 1] * oneMinus) / m;
    }
    let V0 = new Float64Array(npwrs);
    let V1 = new Float64Array(npwrs);
    V1[0] = 1;
    let V0s = 0;
    let V1s = 0;
    let [j1] = pomeranzJ1J2(0, n, ll, ceilf, roundf);
    let j2;
    for (let i = 1; i < 2 * n + 2; i++) {
        const k1 = j1;
        [V0, V1] = [V1, V0];
        [V0s, V1s] = [V1s, V0s];
        V1.fill(0);
        [j1, j2] = pomeranzJ1J2(i, n, ll, ceilf, roundf);
        const pwrs = i === 1 || i === 2 * n + 1 ? gpower : i % 2 ? twogpower : onem2gpower;
        const ln2 = j2 - k1 + 1;
        if (ln2 > 0) {
            const convStart = j1 - k1;
            const convLen = j2 - j1 + 1;
            const base = k1 - V0s;
            let max = 0;
            for (let c = 0; c < convLen; c++) {
                const idx = convStart + c;
                // (V0[base .. base+ln2) * pwrs[0..ln2))[idx]
                let s = 0;
                const lo = Math.max(0, idx - (ln2 - 1));
                const hi = Math.min(idx, ln2 - 1);
                for (let a = lo; a <= hi; a++)
                    s += V0[base + a] * pwrs[idx - a];
                V1[c] = s;
                if (s > max)
                    max = s;
            }
            if (max > 0 && max < EM128) {
                for (let c = 0; c < V1.length; c++)
                    V1[c] *= EP128;
                expnt -= E128;
            }
            V1s = V0s + j1 - k1;
        }
    }
    let ans = V1[n - V1s];
    for (let m = 1; m <= n; m++) {
        if (Math.abs(ans) > EP128) {
            ans *= EM128;
            expnt += E128;
        }
        ans *= m;
    }
    if (expnt !== 0)
        ans = ans * 2 ** expnt;
    return clip(ans);
}
/** Pelz-Good approximation to Pr(D_n <= x). */
function kolmognPelzGood(n, x) {
    if (x <= 0)
        return 0;
    if (x >= 1)
        return 1;
    const z = Math.sqrt(n) * x;
    const z2 = z ** 2;
    const z3 = z ** 3;
    const z4 = z ** 4;
    const z6 = z ** 6;
    const qlog = -PI2 / 8 / z2;
    if (qlog < MIN_LOG)
        return 0;
    let q = Math.exp(qlog);
    const k1a = -z2;
    const k1b = PI2 / 4;
    const k2a = 6 * z6 + 2 * z4;
    const k2b = ((2 * z4 - 5 * z2) * PI2) / 4;
    const k2c = (PI4 * (1 - 2 * z2)) / 16;
    const k3d = (PI6 * (5 - 30 * z2)) / 64;
    const k3c = (PI4 * (-60 * z2 + 212 * z4)) / 16;
    const k3b = (PI2 * (135 * z4 - 96 * z6)) / 4;
    const k3a = -30 * z6 - 90 * z ** 8;
    const K = [0, 0, 0, 0];
    const maxk = Math.ceil((16 * z) / Math.PI);
    for (let k = maxk; k > 0; k--) {
        const m = 2 * k - 1;
        const m2 = m ** 2;
        const m4 = m ** 4;
        const m6 = m ** 6;
        const qp = q ** (8 * k);
        const coeffs = [1, k1a + k1b * m2, k2a + k2b * m2 + k2c * m4, k3a + k3b * m2 + k3c * m4 + k3d * m6];
        for (let i = 0; i < 4; i++)
            K[i] = K[i] * qp + coeffs[i];
    }
    const div = [z, 6 * z4, 72 * z ** 7, 6480 * z ** 10];
    for (let i = 0; i < 4; i++)
        K[i] = (K[i] * q * SQRT2PI) / div[i];
    q = Math.exp(-PI2 / 2 / z2);
    const sqrt3z = SQRT3 * z;
    let k2extra = 0;
    let k3extra = 0;
    for (let k = maxk; k > 0; k--) {
        const ksq = k * k;
        const qp = q ** ksq;
        const kspi = Math.PI * k;
        k2extra += ksq * qp;
        k3extra += (sqrt3z + kspi) * (sqrt3z - kspi) * ksq * qp;
    }
    K[2] += k2extra * ((PI2 * SQRT2PI) / (-36 * z3));
    K[3] += k3extra * ((PI2 * SQRT2PI) / (216 * z6));
    let sum = 0;
    for (let i = 0; i < 4; i++)
        sum += K[i] / (n * 1.0) ** (i / 2);
    return sum;
}
/**
 * Survival function Pr(D_n >= x) of the two-sided one-sample Kolmogorov-Smirnov statistic
 * (scipy.stats.kstwo.sf(x, n)), with scipy's method selection.
 */
function kolmognSf(n, x) {
    if (!Number.isInteger(n) || n <= 0)
        return Number.NaN;
    if (Number.isNaN(x))
        return Number.NaN;
    if (x >= 1)
        return 0;
    if (x <= 0)
        return 1;
    const t = n * x;
    if (t <= 1) {
        if (t <= 0.5)
            return 1;
        let prob;
        if (n <= 140) {
            prob = 1;
            for (let i = 1; i <= n; i++)
                prob *= i * (1 / n) * (2 * t - 1);
        }
        else {
            prob = Math.exp(logNFactorialDivNPowN(n) + n * Math.log(2 * t - 1));
        }
        return clip(1 - prob);
    }
    if (t >= n - 1)
        return clip(2 * (1 - x) ** n);
    if (x >= 0.5)
        return clip(2 * smirnov(n, x));
    const nxsquared = t * x;
    if (n <= 140) {
        if (nxsquared <= 0.754693)
            return clip(1 - kolmognDMTW(n, x));
        if (nxsquared <= 4)
            return clip(1 - kolmognPomeranz(n, x));
        return clip(2 * smirnov(n, x));
    }
    if (nxsquared >= 370)
        return 0;
    if (nxsquared >= 2.2)
        return clip(2 * smirnov(n, x));
    let cdf;
    if (nxsquared >= 18)
        cdf = 1;
    else if (n <= 100000 && n * x ** 1.5 <= 1.4)
        cdf = kolmognDMTW(n, x);
    else
        cdf = kolmognPelzGood(n, x);
    return clip(1 - cdf);
}


;// CONCATENATED MODULE: ./src/scanners/stats/sort.ts
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
const RADIX_MIN = 4096;
const B = 65536;
const LITTLE = new Uint8Array(new Float64Array([1]).buffer)[7] === 0x3f;
/** One stable counting pass: keys `srcK` (with their other halves `srcO`) by the 16 bits at `shift`. */
function scatter(srcK, srcO, dstK, dstO, shift, hist, pos) {
    const n = srcK.length;
    let sum = 0;
    for (let b = 0; b < B; b++) {
        pos[b] = sum;
        sum += hist[b];
    }
    for (let i = 0; i < n; i++) {
        const k = srcK[i];
        const p = pos[(k >>> shift) & 0xffff]++;
        dstK[p] = k;
        dstO[p] = srcO[i];
    }
}
function shared(hist, n) {
    for (let b = 0; b < B; b++) {
        if (hist[b] === n)
            return true;
        if (hist[b] !== 0)
            return false;
    }
    return false;
}
const POW10 = [1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9];
const MAX_PLACES = 9;
const INT_MAX = 2147483647;
/** The fewest decimal places k with x === round(x * 10^k) / 10^k and the integer within 32 bits, or -1. */
function placesOf(x) {
    for (let k = 0; k <= MAX_PLACES; k++) {
        const m = Math.round(x * POW10[k]);
        if (m > INT_MAX || m < -INT_MAX)
            return -1;
        if (m / POW10[k] === x)
            return k;
    }
    return -1;
}
/**
 * Sorts by decimal integers when every value is m / 10^k: returns false (leaving `a` as it was)
 * when they are not.
 */
function sortDecimal(a) {
    const n = a.length;
    let k = 0;
    let P = 1;
    let min;
    let max;
    let negZeros;
    const keys = new Int32Array(n);
    for (let attempt = 0;; attempt++) {
        if (attempt > MAX_PLACES)
            return false;
        min = INT_MAX;
        max = -INT_MAX;
        negZeros = 0;
        let i = 0;
        for (; i < n; i++) {
            const x = a[i];
            const m = Math.round(x * P);
            if (m > INT_MAX || m < -INT_MAX || m / P !== x)
                break;
            if (m === 0 && 1 / x < 0)
                negZeros++;
            keys[i] = m;
            if (m < min)
                min = m;
            if (m > max)
                max = m;
        }
        if (i === n)
            break;
        const need = placesOf(a[i]);
        if (need <= k)
            return false;
        k = need;
        P = POW10[k];
    }
    const range = max - min;
    if (range <= Math.max(4 * n, 1 << 16)) {
        // Counting sort.
        const counts = new Int32Array(range + 1);
        for (let i = 0; i < n; i++)
            counts[keys[i] - min]++;
        let j = 0;
        for (let v = 0; v <= range; v++) {
            let c = counts[v];
            if (c === 0)
                continue;
            const m = v + min;
            const x = m / P;
            if (m === 0)
                for (; negZeros > 0; negZeros--, c--)
                    a[j++] = -0;
            for (; c > 0; c--)
                a[j++] = x;
        }
        return true;
    }
    // LSD radix sort of the keys (offsets from min), 11 bits a pass.
    let src = new Uint32Array(n);
    for (let i = 0; i < n; i++)
        src[i] = keys[i] - min;
    let dst = new Uint32Array(n);
    const hist = new Uint32Array(2048);
    for (let shift = 0; shift < 32 && range >>> shift > 0; shift += 11) {
        hist.fill(0);
        for (let i = 0; i < n; i++)
            hist[(src[i] >>> shift) & 2047]++;
        let sum = 0;
        for (let b = 0; b < 2048; b++) {
            const c = hist[b];
            hist[b] = sum;
            sum += c;
        }
        for (let i = 0; i < n; i++) {
            const u = src[i];
            dst[hist[(u >>> shift) & 2047]++] = u;
        }
        const t = src;
        src = dst;
        dst = t;
    }
    for (let i = 0; i < n; i++) {
        const m = src[i] + min;
        a[i] = m === 0 && negZeros > 0 ? (negZeros--, -0) : m / P;
    }
    return true;
}
/** Sorts `a` in place (ascending, -0 before +0) and returns it. */
function sort_sortFloat64(a) {
    const n = a.length;
    if (n < RADIX_MIN)
        return a.sort();
    for (let i = 0; i < n; i++) {
        if (a[i] !== a[i])
            return a.sort();
    }
    if (sortDecimal(a))
        return a;
    // Keys: the bits of each double, made to order as unsigned integers (negatives: every bit
    // flipped; positives: the sign bit set).
    const words = new Uint32Array(a.buffer, a.byteOffset, n * 2);
    const L = LITTLE ? 0 : 1;
    const H = 1 - L;
    let lo = new Uint32Array(n);
    let hi = new Uint32Array(n);
    const h0 = new Uint32Array(B);
    const h1 = new Uint32Array(B);
    const h2 = new Uint32Array(B);
    const h3 = new Uint32Array(B);
    for (let i = 0; i < n; i++) {
        let h = words[2 * i + H];
        let l = words[2 * i + L];
        if (h & 0x80000000) {
            h = ~h >>> 0;
            l = ~l >>> 0;
        }
        else
            h = (h | 0x80000000) >>> 0;
        hi[i] = h;
        lo[i] = l;
        h0[l & 0xffff]++;
        h1[l >>> 16]++;
        h2[h & 0xffff]++;
        h3[h >>> 16]++;
    }
    let lo2 = new Uint32Array(n);
    let hi2 = new Uint32Array(n);
    const pos = new Uint32Array(B);
    const hists = [h0, h1, h2, h3];
    for (let d = 0; d < 4; d++) {
        if (shared(hists[d], n))
            continue;
        if (d < 2)
            scatter(lo, hi, lo2, hi2, d * 16, hists[d], pos);
        else
            scatter(hi, lo, hi2, lo2, (d - 2) * 16, hists[d], pos);
        let t = lo;
        lo = lo2;
        lo2 = t;
        t = hi;
        hi = hi2;
        hi2 = t;
    }
    for (let i = 0; i < n; i++) {
        const h = hi[i];
        const l = lo[i];
        if (h & 0x80000000) {
            words[2 * i + H] = (h & 0x7fffffff) >>> 0;
            words[2 * i + L] = l;
        }
        else {
            words[2 * i + H] = ~h >>> 0;
            words[2 * i + L] = ~l >>> 0;
        }
    }
    return a;
}
/** A sorted copy of `values`. */
function sortedCopyOf(values) {
    return sort_sortFloat64(Float64Array.from(values));
}

;// CONCATENATED MODULE: ./src/scanners/stats/ks.ts
/**
 * Two-sample Kolmogorov-Smirnov test, two-sided, reproducing scipy.stats.ks_2samp (scipy 1.10)
 * with method="auto":
 *
 * - the statistic D = max |F1(x) - F2(x)| over the pooled values (ties handled as searchsorted
 *   side="right" does);
 * - "auto" is exact when max(n1, n2) <= 10000, asymptotic otherwise;
 * - exact: D is snapped to h / lcm(n1, n2); for n1 == n2 the alternating sum of
 *   `_compute_prob_outside_square`, otherwise Hodges' inside method with Viehmann's 1 - p
 *   recursion (`_compute_outer_prob_inside_method`); if that fails numerically (p outside [0, 1])
 *   scipy falls back to asymptotic, and so do we;
 * - asymptotic: kstwo.sf(D, round(n1*n2/(n1+n2))), the exact one-sample Kolmogorov distribution at
 *   the effective sample size (see kolmogorov.ts).
 */


const MAX_AUTO_N = 10000;
function gcd(a, b) {
    while (b)
        [a, b] = [b, a % b];
    return a;
}
/** numpy.round: half to even. */
function roundHalfEven(x) {
    const r = Math.round(x);
    return Math.abs(x % 1) === 0.5 && r % 2 !== 0 ? r - 1 : r;
}
/** Pr(D_{n,n} >= h/n), scipy `_compute_prob_outside_square`. */
function probOutsideSquare(n, h) {
    let P = 0;
    let k = Math.floor(n / h);
    while (k >= 0) {
        let p1 = 1;
        for (let j = 0; j < h; j++)
            p1 = ((n - k * h - j) * p1) / (n + k * h + j + 1);
        P = p1 * (1 - P);
        k -= 1;
    }
    return 2 * P;
}
/** Proportion of lattice paths not staying strictly inside |x/m - y/n| < h/lcm: scipy `_compute_outer_prob_inside_method`. */
function outerProbInsideMethod(m0, n0, g, h) {
    let m = m0;
    let n = n0;
    if (m < n)
        [m, n] = [n, m];
    const mg = Math.floor(m / g);
    const ng = Math.floor(n / g);
    let minj = 0;
    let maxj = Math.min(Math.ceil(h / mg), n + 1);
    let curlen = maxj - minj;
    const lenA = Math.min(2 * maxj + 2, n + 1);
    const A = new Float64Array(lenA).fill(1);
    for (let j = minj; j < maxj; j++)
        A[j] = 0;
    for (let i = 1; i <= m; i++) {
        const lastminj = minj;
        const lastlen = curlen;
        minj = Math.max(Math.floor((ng * i - h) / mg) + 1, 0);
        minj = Math.min(minj, n);
        maxj = Math.min(Math.ceil((ng * i + h) / mg), n + 1);
        if (maxj <= minj)
            return 1;
        let val = minj === 0 ? 0 : 1;
        for (let jj = 0; jj < maxj - minj; jj++) {
            const j = jj + minj;
            val = (A[jj + minj - lastminj] * i + val * j) / (i + j);
            A[jj] = val;
        }
        curlen = maxj - minj;
        if (lastlen > curlen) {
            for (let t = maxj - minj; t < maxj - minj + (lastlen - curlen) && t < lenA; t++)
                A[t] = 1;
        }
    }
    return A[maxj - minj - 1];
}
function sortedCopy(x) {
    return sortFloat64(Float64Array.from(x));
}
/**
 * The two-sided statistic over two sorted samples, as scipy computes it (cdf differences evaluated
 * at every pooled value, first maximum wins). Exposed for tests and attribution.
 */
function ksStatisticSorted(a, b) {
    const n1 = a.length;
    const n2 = b.length;
    let maxS = -Infinity;
    let minS = Infinity;
    let locMax = Number.NaN;
    let locMin = Number.NaN;
    // Walk the distinct pooled values in order; at value v, cdf1 = #(a <= v)/n1, cdf2 = #(b <= v)/n2.
    let i = 0;
    let j = 0;
    while (i < n1 || j < n2) {
        const v = j >= n2 || (i < n1 && a[i] <= b[j]) ? a[i] : b[j];
        while (i < n1 && a[i] <= v)
            i++;
        while (j < n2 && b[j] <= v)
            j++;
        const diff = i / n1 - j / n2;
        if (diff > maxS) {
            maxS = diff;
            locMax = v;
        }
        if (diff < minS) {
            minS = diff;
            locMin = v;
        }
    }
    const negMin = Math.min(Math.max(-minS, 0), 1);
    if (negMin > maxS)
        return { d: negMin, location: locMin, sign: -1 };
    return { d: maxS, location: locMax, sign: 1 };
}
function ks2sampSorted(a, b, method = 'auto') {
    const n1 = a.length;
    const n2 = b.length;
    if (n1 === 0 || n2 === 0)
        throw new RangeError('ks_2samp needs two non-empty samples');
    const stat = ksStatisticSorted(a, b);
    let d = stat.d;
    let mode = method === 'auto' ? (Math.max(n1, n2) <= MAX_AUTO_N ? 'exact' : 'asymp') : method;
    if (mode === 'exact' && Math.floor(n1 / gcd(n1, n2)) >= 2147483647 / Math.floor(n2 / gcd(n1, n2)))
        mode = 'asymp';
    let prob = Number.NaN;
    if (mode === 'exact') {
        const g = gcd(n1, n2);
        const lcm = Math.floor(n1 / g) * n2;
        const h = roundHalfEven(d * lcm);
        d = h / lcm;
        if (h === 0)
            prob = 1;
        else
            prob = n1 === n2 ? probOutsideSquare(n1, h) : outerProbInsideMethod(n1, n2, g, h);
        if (!(prob >= 0 && prob <= 1))
            mode = 'asymp';
    }
    if (mode === 'asymp') {
        const [m, n] = n1 >= n2 ? [n1, n2] : [n2, n1];
        const en = (m * n) / (m + n);
        prob = kolmognSf(roundHalfEven(en), d);
    }
    prob = Math.min(Math.max(prob, 0), 1);
    return { statistic: d, pvalue: prob, method: mode, n1, n2, location: stat.location, sign: stat.sign };
}
/** scipy.stats.ks_2samp(x, y) (two-sided). NaN values must be removed by the caller. */
function ks2samp(x, y, method = 'auto') {
    return ks2sampSorted(sortedCopy(x), sortedCopy(y), method);
}

;// CONCATENATED MODULE: ./src/scanners/stats/chi2.ts
/**
 * Chi-square test of homogeneity on a 2 x K table (reference counts vs dataset counts per
 * category), as scipy.stats.chi2_contingency computes it with its defaults: expected counts from the
 * margins, Yates' continuity correction when there is one degree of freedom, p-value from the
 * chi-square survival function (regularised upper incomplete gamma).
 */

/** `observed` is rows x columns; every row and column must have a positive total (drop empty categories first). */
function chi2Contingency(observed, correction = true) {
    const r = observed.length;
    const c = observed[0]?.length ?? 0;
    if (r < 2 || c < 1)
        throw new RangeError('chi2_contingency needs at least 2 rows and 1 column');
    const rowSums = observed.map((row) => row.reduce((s, v) => s + v, 0));
    const colSums = Array.from({ length: c }, (_, j) => observed.reduce((s, row) => s + row[j], 0));
    const total = rowSums.reduce((s, v) => s + v, 0);
    if (rowSums.some((v) => v <= 0) || colSums.some((v) => v <= 0))
        throw new RangeError('chi2_contingency: a row or column sums to zero');
    const dof = (r - 1) * (c - 1);
    const expected = observed.map((_, i) => colSums.map((cs) => (rowSums[i] * cs) / total));
    if (dof === 0)
        return { statistic: 0, pvalue: 1, dof, expected: expected[r - 1] };
    let stat = 0;
    for (let i = 0; i < r; i++) {
        for (let j = 0; j < c; j++) {
            let o = observed[i][j];
            const e = expected[i][j];
            if (dof === 1 && correction) {
                const diff = e - o;
                const direction = Math.sign(diff);
                o = o + Math.min(0.5, Math.abs(diff)) * direction;
            }
            stat += ((o - e) * (o - e)) / e;
        }
    }
    return { statistic: stat, pvalue: chi2Sf(stat, dof), dof, expected: expected[r - 1] };
}

;// CONCATENATED MODULE: ./src/scanners/stats/psi.ts
function psi(reference, dataset, epsilon = 1e-4) {
    const m = [...reference.values()].reduce((s, v) => s + v, 0);
    const n = [...dataset.values()].reduce((s, v) => s + v, 0);
    if (m <= 0 || n <= 0)
        throw new RangeError('psi needs two non-empty samples');
    const cats = new Set([...reference.keys(), ...dataset.keys()]);
    const contributions = [];
    let total = 0;
    for (const cat of cats) {
        const e = Math.max((reference.get(cat) ?? 0) / m, epsilon);
        const a = Math.max((dataset.get(cat) ?? 0) / n, epsilon);
        const contribution = (a - e) * Math.log(a / e);
        total += contribution;
        contributions.push({ category: cat, reference: (reference.get(cat) ?? 0) / m, dataset: (dataset.get(cat) ?? 0) / n, contribution });
    }
    contributions.sort((x, y) => y.contribution - x.contribution);
    return { psi: total, contributions };
}

;// CONCATENATED MODULE: ./src/scanners/stats/robust.ts
/**
 * Order statistics and robust outlier rules.
 *
 * - quantile: linear interpolation between order statistics (numpy's default, pandas' quantile).
 * - IQR fences (Tukey): [Q1 - k*IQR, Q3 + k*IQR]; k = 1.5 marks "outside", k = 3 "far out".
 * - Robust z-score (Iglewicz & Hoaglin): z = 0.6745 * (x - median) / MAD, outlier when |z| > t
 *   (3.5 recommended). When the MAD is 0 (more than half the values equal), the mean absolute
 *   deviation times 1.253314 (= sqrt(pi/2), its consistency constant for a normal) is used instead;
 *   when that is 0 too the column is constant and any different value is an outlier (z = infinity).
 */

function quantileSorted(sorted, q) {
    const n = sorted.length;
    if (n === 0)
        return Number.NaN;
    const pos = (n - 1) * q;
    const lo = Math.floor(pos);
    const hi = Math.min(lo + 1, n - 1);
    const frac = pos - lo;
    return sorted[lo] + (sorted[hi] - sorted[lo]) * frac;
}
const medianSorted = (sorted) => quantileSorted(sorted, 0.5);
function iqrFences(sorted, k) {
    const q1 = quantileSorted(sorted, 0.25);
    const q3 = quantileSorted(sorted, 0.75);
    const iqr = q3 - q1;
    return { lower: q1 - k * iqr, upper: q3 + k * iqr, q1, q3, iqr };
}
function robustScale(sorted) {
    const n = sorted.length;
    const median = medianSorted(sorted);
    const dev = new Float64Array(n);
    let sumAbs = 0;
    for (let i = 0; i < n; i++) {
        dev[i] = Math.abs(sorted[i] - median);
        sumAbs += dev[i];
    }
    sort_sortFloat64(dev);
    const mad = medianSorted(dev);
    if (mad > 0)
        return { median, mad, scale: mad / 0.6745, fallback: 'none' };
    const meanAd = n ? sumAbs / n : 0;
    if (meanAd > 0)
        return { median, mad, scale: meanAd * 1.253314, fallback: 'mean-absolute-deviation' };
    return { median, mad, scale: 0, fallback: 'constant' };
}
function robustZ(x, s) {
    const d = x - s.median;
    if (s.scale === 0)
        return d === 0 ? 0 : d > 0 ? Infinity : -Infinity;
    return d / s.scale;
}
/** Mean and sample standard deviation (ddof = 1), by Welford's method. */
function meanStd(values) {
    let mean = 0;
    let m2 = 0;
    const n = values.length;
    for (let i = 0; i < n; i++) {
        const x = values[i];
        const d = x - mean;
        mean += d / (i + 1);
        m2 += d * (x - mean);
    }
    return { mean: n ? mean : Number.NaN, std: n > 1 ? Math.sqrt(m2 / (n - 1)) : Number.NaN, n };
}

;// CONCATENATED MODULE: ./src/scanners/stats/index.ts









/***/ })

};
