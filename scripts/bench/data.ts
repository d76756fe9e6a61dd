/**
 * Data gate benchmark: a CSV of 1,000,000 rows x 10 columns checked against a schema, for drift
 * against a 200,000-row reference (KS + mean-shift on 8 numeric columns, chi-square + PSI on 2
 * categorical ones) and for outliers (IQR fences), by the data gate, and by pandas + scipy doing
 * the same work (/usr/bin/python3, Debian's python3-pandas and python3-scipy) in the same run.
 * The KS statistics and p-values of both are compared (they must agree to 1e-6).
 *
 *   npm run bench -- data
 */
import { execFileSync } from 'node:child_process'
import { createWriteStream, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { once } from 'node:events'
import { runDataGate } from '../../src/gates/data/index.js'
import { dataConfigSchema } from '../../src/gates/data/config.js'
import { silentLogger } from '../../src/engine/logger.js'
import type { BenchRow } from '../bench-row.js'

const ROWS = Number(process.env.BENCH_DATA_ROWS ?? 1_000_000)
const REF_ROWS = Math.max(1000, Math.round(ROWS / 5))

function rng(seed: number): () => number {
  let s = seed >>> 0
  return () => {
    // xorshift32
    s ^= s << 13
    s >>>= 0
    s ^= s >>> 17
    s ^= s << 5
    s >>>= 0
    return (s + 0.5) / 2 ** 32
  }
}

async function writeCsv(file: string, rows: number, seed: number, shift: number): Promise<void> {
  const u = rng(seed)
  const gauss = (): number => Math.sqrt(-2 * Math.log(u())) * Math.cos(2 * Math.PI * u())
  const out = createWriteStream(file, { highWaterMark: 1 << 20 })
  out.write('id,f1,f2,f3,f4,f5,f6,f7,cat,flag\n')
  const cats = ['a', 'b', 'c', 'd', 'e']
  let buf = ''
  for (let i = 0; i < rows; i++) {
    buf += `${i + 1},${(gauss() + shift).toFixed(4)},${(gauss() * 3 + 10).toFixed(4)},${(u() * 100).toFixed(3)},${Math.exp(gauss()).toFixed(4)},${(gauss() * 0.5).toFixed(4)},${Math.floor(u() * 1000)},${(gauss() * 10 - 5).toFixed(3)},${cats[Math.floor(u() * u() * 5)]},${u() < 0.3 ? 'true' : 'false'}\n`
    if (buf.length > 1 << 20) {
      if (!out.write(buf)) await once(out, 'drain')
      buf = ''
    }
  }
  out.write(buf)
  out.end()
  await once(out, 'finish')
}

const SCHEMA = `columns:
  id: { type: integer, unique: true }
  f1: { type: number }
  f2: { type: number }
  f3: { type: number, min: 0, max: 100 }
  f4: { type: number, min: 0 }
  f5: { type: number }
  f6: { type: integer, min: 0, max: 999 }
  f7: { type: number }
  cat: { type: category, values: [a, b, c, d, e] }
  flag: { type: boolean }
additional-columns: false
`

const PY = String.raw`
import json, sys, time
import numpy as np, pandas as pd
from scipy import stats
d, r = sys.argv[1], sys.argv[2]
t0 = time.perf_counter()
df = pd.read_csv(d)
ref = pd.read_csv(r)
num = ['id', 'f1', 'f2', 'f3', 'f4', 'f5', 'f6', 'f7']
cat = ['cat', 'flag']
# schema: columns, types, ranges, allowed values, unique
violations = 0
assert list(df.columns) == num + cat
for c in ['f1', 'f2', 'f3', 'f4', 'f5', 'f7']:
    x = pd.to_numeric(df[c], errors='coerce'); violations += int(x.isna().sum())
for c in ['id', 'f6']:
    x = pd.to_numeric(df[c], errors='coerce'); violations += int((x.isna() | (x != np.floor(x))).sum())
violations += int(((df.f3 < 0) | (df.f3 > 100)).sum()) + int((df.f4 < 0).sum()) + int(((df.f6 < 0) | (df.f6 > 999)).sum())
violations += int((~df.cat.isin(['a', 'b', 'c', 'd', 'e'])).sum()) + int((~df.flag.isin([True, False])).sum())
violations += int(df.id.duplicated().sum())
out = {'violations': violations, 'ks': {}, 'outliers': {}, 'chi2': {}}
for c in num:
    x = df[c].to_numpy(dtype=float); y = ref[c].to_numpy(dtype=float)
    q1, q3 = np.quantile(x, [0.25, 0.75]); k = 3 * (q3 - q1)
    o = (x < q1 - k) | (x > q3 + k)
    out['outliers'][c] = int(o.sum())
    if o.mean() > 0.01:  # a failing outlier check: its rows are left out of drift, as the gate does
        x = x[~o]
    res = stats.ks_2samp(x, y)
    z = (x.mean() - y.mean()) / (y.std(ddof=1) * np.sqrt(1 / len(x) + 1 / len(y)))
    out['ks'][c] = [float(res.statistic), float(res.pvalue), float(2 * stats.norm.sf(abs(z)))]
for c in cat:
    a = df[c].astype(str).value_counts(); b = ref[c].astype(str).value_counts()
    keys = sorted(set(a.index) | set(b.index))
    table = np.array([[b.get(k, 0) for k in keys], [a.get(k, 0) for k in keys]])
    st, p, dof, _ = stats.chi2_contingency(table)
    pa = np.maximum(table[1] / table[1].sum(), 1e-4); pb = np.maximum(table[0] / table[0].sum(), 1e-4)
    out['chi2'][c] = [float(st), float(p), float(((pa - pb) * np.log(pa / pb)).sum())]
out['seconds'] = time.perf_counter() - t0
print(json.dumps(out))
`

export async function bench(): Promise<BenchRow[]> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'bench-data-'))
  try {
    console.error(`  generating ${ROWS} x 10 CSV and a ${REF_ROWS}-row reference ...`)
    await writeCsv(path.join(dir, 'data.csv'), ROWS, 1, 0.002)
    await writeCsv(path.join(dir, 'ref.csv'), REF_ROWS, 2, 0)
    writeFileSync(path.join(dir, 'schema.yml'), SCHEMA)
    writeFileSync(path.join(dir, 'bench.py'), PY)

    const config = dataConfigSchema.parse({ dvc: 'off', datasets: [{ path: 'data.csv', schema: 'schema.yml', reference: 'ref.csv' }] })
    const t0 = performance.now()
    const res = await runDataGate({
      workspace: dir,
      config,
      tools: {} as any,
      logger: silentLogger,
      tempDir: dir,
      install: 'never',
      signal: new AbortController().signal,
      maskSecret: () => undefined
    })
    const ours = (performance.now() - t0) / 1000
    if (res.errors.length) throw new Error(`data gate errors: ${res.errors.join('; ')}`)

    const py = JSON.parse(execFileSync('/usr/bin/python3', [path.join(dir, 'bench.py'), path.join(dir, 'data.csv'), path.join(dir, 'ref.csv')], { encoding: 'utf8', maxBuffer: 1 << 24 }))
    const reference = py.seconds as number

    // Same answers: KS statistic and p-value per column, outlier counts.
    let worst = 0
    for (const [col, [d, p]] of Object.entries(py.ks as Record<string, number[]>)) {
      const c = res.checks.find((x) => x.name === 'drift' && x.details.column === col && x.details.test === 'ks')
      if (!c) throw new Error(`no KS check for ${col}`)
      worst = Math.max(worst, Math.abs((c.details.statistic as number) - d), Math.abs((c.details.pvalue as number) - p))
      const o = res.checks.find((x) => x.name === 'outliers' && x.details.column === col)
      if (o && o.details.outliers !== py.outliers[col]) throw new Error(`outlier count of ${col}: ours ${o.details.outliers}, numpy ${py.outliers[col]}`)
    }
    if (worst > 1e-6) console.error(JSON.stringify(py.ks), JSON.stringify(res.checks.filter((x) => x.name === "drift" && x.details.test === "ks").map((x) => [x.details.column, x.details.statistic, x.details.pvalue, x.details.method, x.details.n, x.details.m])))
    if (worst > 1e-6) throw new Error(`KS results differ from scipy by ${worst}`)
    console.error(`  ours ${ours.toFixed(2)} s, pandas+scipy ${reference.toFixed(2)} s; KS agrees with scipy to ${worst.toExponential(1)}; schema violations: pandas ${py.violations}, ours ${res.findings.filter((f) => f.ruleId === 'data/schema').length ? 'some' : 0}`)
    return [
      {
        name: `data gate: ${ROWS / 1e6}M x 10 CSV, schema + drift + outliers`,
        ours,
        reference,
        unit: 's',
        ratio: ours / reference,
        target: '<= 1.0 (pandas + scipy, same work)'
      }
    ]
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}
