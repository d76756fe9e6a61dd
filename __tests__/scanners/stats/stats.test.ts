import { describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { chi2Contingency, chi2Sf, iqrFences, kolmognSf, ks2samp, meanStd, medianSorted, normalTwoSided, psi, quantileSorted, robustScale, robustZ, sortFloat64 } from '../../../src/scanners/stats/index.js'

const FIX = path.join(process.cwd(), '__tests__/fixtures/data')
const load = (f: string): any => JSON.parse(readFileSync(path.join(FIX, f), 'utf8'))

function checkKs(cases: any[]): { worstD: number; worstP: number; methods: Set<string> } {
  let worstD = 0
  let worstP = 0
  const methods = new Set<string>()
  for (const c of cases) {
    const r = ks2samp(c.x, c.y)
    expect(r.method).toBe(c.method)
    methods.add(r.method)
    const dd = Math.abs(r.statistic - c.statistic)
    const dp = Math.abs(r.pvalue - c.pvalue)
    if (dd > 1e-6 || dp > 1e-6) throw new Error(`KS mismatch n1=${c.x.length} n2=${c.y.length} ${c.kind}: ours D=${r.statistic} p=${r.pvalue}, scipy D=${c.statistic} p=${c.pvalue}`)
    worstD = Math.max(worstD, dd)
    worstP = Math.max(worstP, dp)
  }
  return { worstD, worstP, methods }
}

describe('ks2samp matches scipy.stats.ks_2samp (method auto)', () => {
  it('on the committed fixture (sizes 1..12000, ties, exact and asymptotic)', () => {
    const fx = load('ks2samp.json')
    expect(fx.cases.length).toBeGreaterThan(80)
    const r = checkKs(fx.cases)
    expect(r.methods).toEqual(new Set(['exact', 'asymp']))
    expect(r.worstP).toBeLessThan(1e-6)
  })

  const py = '/usr/bin/python3'
  const haveScipy = existsSync(py) && (() => { try { execFileSync(py, ['-c', 'import scipy'], { stdio: 'ignore' }); return true } catch { return false } })()
  const live = haveScipy ? it : it.skip
  if (!haveScipy) console.warn('skipping the live scipy comparison: /usr/bin/python3 with scipy is not available')
  live('on fresh random samples drawn now with a random seed (scipy computes the answers in the same run)', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'ks-live-'))
    const seed = Math.floor(Math.random() * 2 ** 31)
    try {
      execFileSync(py, ['scripts/gen-data-fixtures.py', '--seed', String(seed), '--out', dir, '--quick'], { stdio: 'pipe', timeout: 120000 })
      const fx = JSON.parse(readFileSync(path.join(dir, 'ks2samp.json'), 'utf8'))
      expect(fx.meta.seed).toBe(seed)
      const r = checkKs(fx.cases)
      expect(r.methods.has('exact') && r.methods.has('asymp')).toBe(true)
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  }, 180000)

  it('reports sizes, location and sign; refuses empty samples', () => {
    const r = ks2samp([1, 2, 3], [10, 11, 12, 13])
    expect(r).toMatchObject({ n1: 3, n2: 4, statistic: 1, sign: 1, method: 'exact' })
    expect(() => ks2samp([], [1])).toThrow(/non-empty/)
  })

  it('identical samples give D = 0 and p = 1', () => {
    const r = ks2samp([5, 5, 6], [5, 6, 5])
    expect(r.statistic).toBe(0)
    expect(r.pvalue).toBe(1)
  })
})

describe('kstwo.sf (one-sample Kolmogorov distribution) matches scipy on every branch', () => {
  it('grid over n and x', () => {
    const fx = load('kstwo.json')
    for (const c of fx.cases) {
      const ours = kolmognSf(c.n, c.x)
      if (Math.abs(ours - c.sf) > 1e-9) throw new Error(`kstwo.sf(${c.x}, ${c.n}): ours ${ours}, scipy ${c.sf}`)
    }
  })
})

describe('chi-square', () => {
  const fx = load('chi2.json')
  it('chi2_contingency on 2 x K tables matches scipy (Yates at dof 1)', () => {
    for (const c of fx.contingency) {
      const r = chi2Contingency(c.table)
      expect(r.dof).toBe(c.dof)
      expect(Math.abs(r.statistic - c.statistic)).toBeLessThan(1e-9 * Math.max(1, c.statistic))
      expect(Math.abs(r.pvalue - c.pvalue)).toBeLessThan(1e-9)
    }
  })
  it('chi2.sf matches scipy', () => {
    for (const c of fx.sf) expect(Math.abs(chi2Sf(c.x, c.dof) - c.sf)).toBeLessThan(1e-12)
  })
  it('refuses a table with an empty row', () => {
    expect(() => chi2Contingency([[1, 2], [0, 0]])).toThrow(/zero/)
  })
  it('normal two-sided tail', () => {
    expect(normalTwoSided(1.959963984540054)).toBeCloseTo(0.05, 12)
    expect(normalTwoSided(0)).toBe(1)
    expect(normalTwoSided(40)).toBeLessThan(1e-300)
  })
})

describe('robust statistics match numpy', () => {
  it('quantiles (linear), median, MAD, mean and std', () => {
    for (const c of load('robust.json').cases) {
      const s = Float64Array.from(c.x).sort()
      expect(quantileSorted(s, 0.25)).toBeCloseTo(c.q1, 9)
      expect(quantileSorted(s, 0.75)).toBeCloseTo(c.q3, 9)
      expect(medianSorted(s)).toBeCloseTo(c.median, 9)
      expect(robustScale(s).mad).toBeCloseTo(c.mad, 9)
      const ms = meanStd(c.x)
      expect(ms.mean).toBeCloseTo(c.mean, 9)
      if (c.std !== null) expect(ms.std).toBeCloseTo(c.std, 9)
    }
  })
  it('IQR fences and robust z on a small example', () => {
    const s = Float64Array.from([8, 10, 12, 150, 999]).sort()
    const f = iqrFences(s, 1.5)
    expect(f).toMatchObject({ q1: 10, q3: 150, lower: -200, upper: 360 })
    const rs = robustScale(s)
    expect(rs.mad).toBe(4)
    expect(robustZ(999, rs)).toBeCloseTo((0.6745 * 987) / 4, 9)
  })
  it('MAD of 0 falls back to the mean absolute deviation, then to constant', () => {
    const s = Float64Array.from([7, 7, 7, 7, 9]).sort()
    expect(robustScale(s).fallback).toBe('mean-absolute-deviation')
    const c = robustScale(Float64Array.from([3, 3, 3]))
    expect(c.fallback).toBe('constant')
    expect(robustZ(4, c)).toBe(Infinity)
    expect(robustZ(3, c)).toBe(0)
  })
})

describe('PSI', () => {
  it('is 0 for identical proportions and grows with the shift', () => {
    const a = new Map([['x', 50], ['y', 50]])
    expect(psi(a, new Map([['x', 5], ['y', 5]])).psi).toBeCloseTo(0, 12)
    const r = psi(a, new Map([['x', 90], ['y', 10]]))
    const expected = (0.9 - 0.5) * Math.log(0.9 / 0.5) + (0.1 - 0.5) * Math.log(0.1 / 0.5)
    expect(r.psi).toBeCloseTo(expected, 12)
    expect(psi(a, new Map([['z', 10]])).psi).toBeGreaterThan(5)
  })
})

describe('sortFloat64', () => {
  it('gives exactly what Float64Array.prototype.sort gives (decimals, integers, wide and odd values, -0, NaN)', () => {
    let seed = 9
    const rnd = (): number => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31)
    const gens: Array<(i: number) => number> = [
      () => +((rnd() - 0.5) * 20).toFixed(4),
      () => +((rnd() - 0.5) * 0.001).toFixed(4),
      () => Math.floor(rnd() * 1000),
      (i) => i + 1,
      () => (rnd() < 0.5 ? +(rnd() * 2).toFixed(2) : +rnd().toFixed(7)),
      (i) => (i === 9000 ? 0.123456789 : i % 1000),
      (i) => (i === 9000 ? 0.1234567891 : i % 1000),
      () => Math.floor((rnd() - 0.5) * 4e9) / 10,
      () => +((rnd() - 0.5) * 2e6).toFixed(3),
      () => (rnd() - 0.5) * 1e6,
      () => [0, -0, 1e-310, -1e-310, Infinity, -Infinity, 5, -5e300][Math.floor(rnd() * 8)],
      () => (rnd() < 0.3 ? -0 : rnd() < 0.5 ? 0 : +(rnd() - 0.5).toFixed(1)),
      () => (rnd() < 0.001 ? Number.NaN : rnd()),
      () => 7
    ]
    for (const g of gens) {
      for (const n of [10, 5000, 20000]) {
        const a = Float64Array.from({ length: n }, (_, i) => g(i))
        const want = Float64Array.from(a).sort()
        const got = sortFloat64(Float64Array.from(a))
        for (let i = 0; i < n; i++) if (!Object.is(got[i], want[i])) throw new Error(`differs at ${i} of ${n}: ${got[i]} vs ${want[i]}`)
      }
    }
  })
})
