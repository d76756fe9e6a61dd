import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { mkdtempSync, realpathSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { evaluationGate } from '../../src/gates/evaluation/index.js'
import type { Check, GateRunResult } from '../../src/engine/types.js'
import { binomial, bootstrapSummaries, rates, rng, summaries } from '../../src/scanners/stats/fairness.js'
import { gateContext } from '../support/gate-context.js'
import { fairlearn } from '../support/fairlearn.js'

const ws = realpathSync(mkdtempSync(path.join(os.tmpdir(), 'evalfair-')))
afterAll(() => rmSync(ws, { recursive: true, force: true }))

async function run(block: Record<string, unknown>): Promise<GateRunResult> {
  const config = evaluationGate.configSchema.parse(block)
  return evaluationGate.run(gateContext(ws, config))
}

const key = (g: Record<string, string>): string => Object.entries(g).map(([k, v]) => `${k}=${v}`).join(',')

function close(ours: number | null, theirs: number | null, what: string): void {
  if (theirs === null) {
    expect({ what, ours }).toEqual({ what, ours: null })
    return
  }
  if (ours === null || Math.abs(ours - theirs) > 1e-12) throw new Error(`${what}: ours ${ours}, Fairlearn ${theirs}`)
}

// Fixed seeds, and one new seed per run (printed, so a failure can be replayed).
const fresh = Date.now() % 1_000_000
const CASES = [
  { seed: 1, rows: 2000, features: 1 },
  { seed: 2, rows: 3000, features: 2, missingCombo: true },
  { seed: 3, rows: 5000, features: 3, missingCombo: true, degenerate: true },
  { seed: 4, rows: 800, features: 3, degenerate: true },
  { seed: fresh, rows: 4000, features: 3, missingCombo: true },
  { seed: 5, rows: 600, features: 2, special: 'none-selected' },
  { seed: 6, rows: 600, features: 2, special: 'no-false-positive' }
].map((c) => ({ ...c, out: path.join(ws, `preds-${c.seed}.csv`) }))

describe('fairness metrics equal Fairlearn 0.15.0 (MetricFrame and its difference/ratio functions)', () => {
  let refs: any[] = []
  beforeAll(() => {
    console.log(`fairness vs Fairlearn, seeds ${CASES.map((c) => c.seed).join(', ')} (the last one is new each run)`)
    refs = fairlearn(['generate', '--cases', JSON.stringify(CASES)])
  }, 120_000)
  for (const [i, c] of CASES.entries()) {
    it(`seed ${c.seed}: ${c.rows} rows, ${c.features} sensitive feature(s)${c.missingCombo ? ', an intersection with no rows' : ''}${c.degenerate ? ', a group with no positive prediction and one with no negative label' : ''}${c.special ? `, ${c.special}` : ''}`, async () => {
      const ref = refs[i]
      const file = path.basename(c.out)
      const r = await run({ fairness: { predictions: file, sensitive: ref.sensitive, score: 'score', 'min-group-size': 0, bootstrap: { samples: 0 } } })
      expect(r.errors).toEqual([])
      const groups = r.checks.filter((ch) => ch.name === 'fairness-group')
      const sums = r.checks.filter((ch) => ch.name === 'fairness')
      let compared = 0
      for (const set of ref.sets) {
        const fs = (set.features as string[]).join('&')
        const ours = new Map(groups.filter((g) => (g.details.features as string[]).join('&') === fs).map((g) => [key(g.details.group as Record<string, string>), g.details]))
        expect(ours.size).toBe(set.groups.length)
        for (const g of set.groups) {
          const d = ours.get(key(g.group))
          if (!d) throw new Error(`group ${key(g.group)} missing from our result`)
          expect(d.count).toBe(g.count)
          for (const m of ['selectionRate', 'accuracy', 'precision', 'recall', 'fpr', 'fnr']) {
            close(d[m] as number, g[m], `${fs} ${key(g.group)} ${m}`)
            compared++
          }
        }
        for (const [s, v] of Object.entries(set.summaries as Record<string, number | null>)) {
          const d = sums.find((x: Check) => (x.details.features as string[]).join('&') === fs && x.details.summary === s)
          if (!d) throw new Error(`summary ${s} over ${fs} missing`)
          close(d.details.value as number | null, v, `${fs} ${s}`)
          compared++
        }
      }
      expect(compared).toBeGreaterThan(15)
      const cal = r.checks.find((ch) => ch.name === 'calibration')!
      close(cal.details.ece as number, ref.ece, 'expected calibration error')
    }, 60_000)
  }
})

describe('fairness gate behaviour', () => {
  const write = (name: string, rows: string[]): string => {
    writeFileSync(path.join(ws, name), rows.join('\n') + '\n')
    return name
  }
  /** n rows of one group with the given confusion counts. */
  const rowsOf = (group: string, tp: number, fp: number, tn: number, fn: number): string[] => [
    ...Array(tp).fill(`1,1,${group}`),
    ...Array(fp).fill(`0,1,${group}`),
    ...Array(tn).fill(`0,0,${group}`),
    ...Array(fn).fill(`1,0,${group}`)
  ]

  it('a disparity above the limit fails and names the groups; a small group is reported, not judged', async () => {
    const f = write('disp.csv', ['label,prediction,sex', ...rowsOf('M', 40, 20, 30, 10), ...rowsOf('F', 20, 5, 60, 15), ...rowsOf('X', 1, 0, 0, 0)])
    const r = await run({ fairness: { predictions: f, sensitive: ['sex'], thresholds: { 'demographic-parity-difference': 0.1, 'demographic-parity-ratio': 0.8 } } })
    expect(r.errors).toEqual([])
    const ids = r.findings.map((x) => x.ruleId).sort()
    expect(ids).toEqual(['fairness/demographic-parity-difference', 'fairness/demographic-parity-ratio'])
    const dpd = r.findings.find((x) => x.ruleId === 'fairness/demographic-parity-difference')!
    // selection rate M = 60/100, F = 25/100.
    expect(dpd.message).toContain('0.3500')
    expect(dpd.message).toContain('sex=M')
    expect(dpd.message).toContain('sex=F')
    const x = r.checks.find((c) => c.name === 'fairness-group' && (c.details.group as any).sex === 'X')!
    expect(x.outcome).toBe('skipped')
    expect(String(x.details.reason)).toContain('min-group-size')
    const check = r.checks.find((c) => c.name === 'fairness' && c.details.summary === 'demographic-parity-difference')!
    expect(check.details.notJudged).toEqual(['sex=X'])
    const ci = check.details.ci as [number, number]
    expect(ci[0]).toBeLessThan(0.35)
    expect(ci[1]).toBeGreaterThan(0.35)
    expect(r.tables![0].rows.map((row) => row[0])).toEqual(['sex=F', 'sex=M', 'sex=X (not judged)'])
  })

  it('the same data gives the same bootstrap interval (fixed seed)', async () => {
    const f = write('same.csv', ['label,prediction,g', ...rowsOf('a', 30, 10, 40, 20), ...rowsOf('b', 25, 15, 45, 15)])
    const block = { fairness: { predictions: f, sensitive: ['g'], bootstrap: { samples: 300, seed: 7 } } }
    const ci = async () => (await run(block)).checks.filter((c) => c.name === 'fairness').map((c) => c.details.ci)
    expect(await ci()).toEqual(await ci())
  })

  it('labels outside the declared set, empty groups, too many groups, missing columns: errors naming the line and the fix', async () => {
    const bad = write('bad.csv', ['label,prediction,g', '1,1,a', '2,1,a', '0,yes,b', '1,0,', '0,0,b'])
    const r1 = await run({ fairness: { predictions: bad, sensitive: ['g'] } })
    const text = r1.errors.join('\n')
    expect(text).toContain('bad.csv:3: label "2"')
    expect(text).toContain('bad.csv:4: prediction "yes"')
    expect(text).toContain('set gates.evaluation.fairness.positive and negative')
    expect(text).toContain('bad.csv:5: column "g" is empty')
    const many = write('many.csv', ['label,prediction,id', ...Array.from({ length: 10_050 }, (_, i) => `1,${i % 2},user${i}`)])
    const r2 = await run({ fairness: { predictions: many, sensitive: ['id'] } })
    expect(r2.errors.join('\n')).toContain('sensitive column "id" has more than 1000 distinct values (max-groups)')
    const r3 = await run({ fairness: { predictions: bad, sensitive: ['sex'], label: 'y' } })
    expect(r3.errors.join('\n')).toMatch(/bad\.csv:1: no label column "y" \(key label\), no sensitive column "sex".*the file has columns "label", "prediction", "g"/)
    const r4 = await run({ fairness: { predictions: 'nope.csv', sensitive: ['g'] } })
    expect(r4.errors.join('\n')).toContain('nope.csv does not exist in the workspace')
  })

  it('reads JSON Lines with boolean labels and string positive labels', async () => {
    const lines = [...Array(50).fill({ y: true, p: true, s: 'a' }), ...Array(50).fill({ y: false, p: true, s: 'b' }), ...Array(50).fill({ y: true, p: false, s: 'b' })]
    writeFileSync(path.join(ws, 'p.jsonl'), lines.map((l) => JSON.stringify(l)).join('\n'))
    const r = await run({ fairness: { predictions: 'p.jsonl', label: 'y', prediction: 'p', sensitive: ['s'], positive: true, negative: false, thresholds: { 'equal-opportunity-difference': 0.5 } } })
    expect(r.errors).toEqual([])
    const eo = r.checks.find((c) => c.details.summary === 'equal-opportunity-difference')!
    expect(eo.details.value).toBe(1)
    expect(eo.outcome).toBe('fail')
  })
})

describe('slices held to the baseline predictions', () => {
  const rowsOf = (group: string, right: number, wrong: number): string[] => [...Array(right).fill(`1,1,${group}`), ...Array(wrong).fill(`1,0,${group}`)]
  const git = (cwd: string, ...args: string[]): string =>
    execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', '-c', 'commit.gpgsign=false', ...args], { cwd, encoding: 'utf8' }).trim()

  it('a model that gains overall but drops 10 points on one group fails (baseline predictions at the base commit)', async () => {
    const repo = realpathSync(mkdtempSync(path.join(os.tmpdir(), 'evalslices-')))
    try {
      git(repo, 'init', '-q', '-b', 'main')
      // Baseline: accuracy 0.80 for F (100 rows), 0.80 for M (400 rows): overall 0.80.
      writeFileSync(path.join(repo, 'preds.csv'), ['label,prediction,sex', ...rowsOf('F', 80, 20), ...rowsOf('M', 320, 80)].join('\n'))
      git(repo, 'add', '.')
      git(repo, 'commit', '-qm', 'baseline')
      const base = git(repo, 'rev-parse', 'HEAD')
      // New model: F 0.70 (-10 points), M 0.90, and 5 rows of a new small group X: overall 0.86 (+6 points).
      writeFileSync(path.join(repo, 'preds.csv'), ['label,prediction,sex', ...rowsOf('F', 70, 30), ...rowsOf('M', 360, 40), ...rowsOf('X', 5, 0)].join('\n'))
      const config = evaluationGate.configSchema.parse({ tolerance: { absolute: 0.03 }, fairness: { predictions: 'preds.csv', sensitive: ['sex'], baseline: 'base-commit', 'slice-metrics': ['accuracy', 'fnr'], bootstrap: { samples: 0 } } })
      const r = await evaluationGate.run(gateContext(repo, config, { pullRequest: { number: 1, baseSha: base, headSha: base } }))
      expect(r.errors).toEqual([])
      expect(r.findings.map((f) => (f.properties as any).metric)).toEqual(['sex=F.accuracy', 'sex=F.fnr'])
      const overall = r.checks.find((c) => c.name === 'metric' && c.details.metric === 'overall.accuracy')!
      expect(overall).toMatchObject({ outcome: 'pass', details: { old: 0.8, new: 435 / 505, direction: 'higher' } })
      expect(r.checks.find((c) => c.name === 'metric' && c.details.metric === 'sex=F.fnr')!.details.direction).toBe('lower')
      expect(r.tables!.find((t) => t.title.startsWith('Slices'))!.title).toBe(`Slices: preds.csv against preds.csv@${base.slice(0, 12)}`)
      // sex=X has 5 rows (below min-group-size): not compared, and said so.
      expect(r.checks.filter((c) => c.name === 'metric' && c.outcome === 'skipped').map((c) => c.details.metric)).toEqual([])
      expect(r.summary).toBe('6 metrics compared with the baseline, 2 regressed; fairness: 0 limits checked, 0 exceeded')
    } finally {
      rmSync(repo, { recursive: true, force: true })
    }
  })
})

describe('calibration and Parquet', () => {
  it('max-ece fails a miscalibrated model, overall and per group, with one finding per feature set', async () => {
    // Group a: scores 0.9 on rows that are positive half the time (ECE 0.4); group b: calibrated.
    const rows = ['label,prediction,score,g']
    for (let i = 0; i < 100; i++) rows.push(`${i % 2},1,0.9,a`)
    for (let i = 0; i < 100; i++) rows.push(`${i % 10 < 3 ? 1 : 0},0,0.3,b`)
    writeFileSync(path.join(ws, 'cal.csv'), rows.join('\n'))
    const r = await run({ fairness: { predictions: 'cal.csv', sensitive: ['g'], score: 'score', thresholds: { 'max-ece': 0.1 }, bootstrap: { samples: 0 } } })
    expect(r.errors).toEqual([])
    const cal = r.checks.filter((c) => c.name === 'calibration')
    expect(cal[0].details).toMatchObject({ group: 'overall', threshold: 0.1 })
    expect(cal[0].details.ece as number).toBeCloseTo(0.2, 12)
    expect(cal[1].details.over).toEqual([{ group: 'g=a', ece: expect.closeTo(0.4, 12) }])
    expect(r.findings.map((f) => f.message)).toEqual([
      'cal.csv: the expected calibration error of all rows is above the limit 0.1 (0.2000)',
      'cal.csv: the expected calibration error of 1 of 2 groups by g (g=a 0.4000) is above the limit 0.1'
    ])
    const noScore = await run({ fairness: { predictions: 'cal.csv', sensitive: ['g'], thresholds: { 'max-ece': 0.1 } } })
    expect(noScore.errors[0]).toContain('max-ece needs scores')
  })

  it('reads Parquet predictions (hyparquet) with the same results as CSV', async () => {
    const { parquetWriteBuffer } = await import('hyparquet-writer')
    const n = 400
    const label = Array.from({ length: n }, (_, i) => (i * 7) % 3 === 0 ? 1 : 0)
    const prediction = Array.from({ length: n }, (_, i) => (i * 5) % 4 === 0 ? 1 : 0)
    const g = Array.from({ length: n }, (_, i) => ['x', 'y', 'z'][i % 3])
    const buf = parquetWriteBuffer({ columnData: [{ name: 'label', data: label, type: 'INT32' }, { name: 'prediction', data: prediction, type: 'INT32' }, { name: 'g', data: g, type: 'STRING' }] })
    writeFileSync(path.join(ws, 'p.parquet'), Buffer.from(buf))
    writeFileSync(path.join(ws, 'p2.csv'), ['label,prediction,g', ...label.map((l, i) => `${l},${prediction[i]},${g[i]}`)].join('\n'))
    const a = await run({ fairness: { predictions: 'p.parquet', sensitive: ['g'], bootstrap: { samples: 0 } } })
    const b = await run({ fairness: { predictions: 'p2.csv', sensitive: ['g'], bootstrap: { samples: 0 } } })
    expect(a.errors).toEqual([])
    const values = (r: GateRunResult) => r.checks.filter((c) => c.name === 'fairness' || c.name === 'fairness-group').map((c) => ({ ...c, target: '' }))
    expect(values(a)).toEqual(values(b))
  })
})

describe('the statistics behind the intervals', () => {
  it('binomial draws have the right mean and variance (inversion and BTRS)', () => {
    const u = rng(123)
    for (const [n, p] of [[20, 0.1], [1000, 0.3], [100000, 0.02], [50, 0.9]] as const) {
      const k = 20000
      let s = 0
      let s2 = 0
      let outside = 0
      for (let i = 0; i < k; i++) {
        const x = binomial(n, p, u)
        if (!(x >= 0 && x <= n && Number.isInteger(x))) outside++
        s += x
        s2 += x * x
      }
      expect(outside).toBe(0)
      const mean = s / k
      const variance = s2 / k - mean * mean
      const sd = Math.sqrt(n * p * (1 - p))
      expect(Math.abs(mean - n * p)).toBeLessThan((5 * sd) / Math.sqrt(k))
      expect(Math.abs(variance / (sd * sd) - 1)).toBeLessThan(0.06)
    }
  })

  it('a bootstrap interval covers the point estimate and narrows with more data', () => {
    const small = [{ tp: 10, fp: 5, tn: 20, fn: 5 }, { tp: 5, fp: 2, tn: 25, fn: 8 }]
    const big = small.map((g) => ({ tp: g.tp * 100, fp: g.fp * 100, tn: g.tn * 100, fn: g.fn * 100 }))
    const point = summaries(small.map(rates))['demographic-parity-difference']
    const a = bootstrapSummaries(small, 500, 0.95, 1)['demographic-parity-difference']!
    const b = bootstrapSummaries(big, 500, 0.95, 1)['demographic-parity-difference']!
    expect(a[0]).toBeLessThan(point)
    expect(a[1]).toBeGreaterThan(point)
    expect(b[1] - b[0]).toBeLessThan((a[1] - a[0]) / 5)
  })
})
