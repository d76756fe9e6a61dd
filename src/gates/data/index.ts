/**
 * The data gate: provenance (the sha256 lock and DVC records), schema, outliers and drift against a
 * trusted reference, for each configured dataset. See docs/gates/data.md.
 */
import { lstat } from 'node:fs/promises'
import path from 'node:path'
import { walkNotes } from '../../engine/confine.js'
import { ConfigError, errorMessage, GatesError } from '../../engine/errors.js'
import { realInside, toRel, walkFiles } from '../../engine/paths.js'
import type { Check, FindingInput, Gate, GateContext, GateRunResult } from '../../engine/types.js'
import { findDvcOuts, verifyDvcOut, type DvcFileCache } from '../../scanners/dvc.js'
import { verifyLock } from '../../scanners/lock.js'
import { formatOf, TabularError, type TabularFormat } from '../../scanners/tabular/index.js'
import { categoricalDrift, findOutliers, numericDrift, sortedOf, type OutlierResult, type OutlierSettings, type TestResult } from './analyse.js'
import { collect, type Collected, type ColumnKind, type Example } from './collect.js'
import { dataConfigSchema, type DataConfig, type DatasetConfig } from './config.js'
import { loadSchema, type DatasetSchema } from './schema.js'

const TABULAR_EXT = /\.(csv|tsv|tab|jsonl|ndjson|parquet|pq)$/i

interface Result {
  findings: FindingInput[]
  checks: Check[]
  errors: string[]
}

const fmtP = (p: number | null): string => (p === null ? 'n/a' : p === 0 ? '0' : p < 1e-4 ? p.toExponential(2) : p.toFixed(4))
const fmtN = (x: number): string => (Number.isInteger(x) ? String(x) : Math.abs(x) >= 1e4 || Math.abs(x) < 1e-3 ? x.toExponential(3) : x.toFixed(4))

function lineOf(c: Collected, row: number): number | null {
  if (!c.lines) return null
  const l = c.lines[row - 1]
  return l > 0 ? l : null
}

function where(c: Collected, row: number): string {
  const l = lineOf(c, row)
  return l ? `row ${row} (line ${l})` : `row ${row}`
}

function exampleText(e: Example): string {
  const at = e.line ? `line ${e.line}` : e.row ? `row ${e.row}` : 'header'
  return `${at}${e.column ? ` column ${JSON.stringify(e.column)}` : ''}${e.value !== null ? ` value ${e.value}` : ''}: ${e.message}`
}

async function statKind(abs: string): Promise<'file' | 'dir' | 'missing' | 'other'> {
  try {
    const st = await lstat(abs)
    if (st.isSymbolicLink()) return 'other'
    return st.isFile() ? 'file' : st.isDirectory() ? 'dir' : 'other'
  } catch {
    return 'missing'
  }
}

async function resolveFile(ctx: GateContext<DataConfig>, rel: string, what: string): Promise<string> {
  const abs = await realInside(ctx.workspace, rel, what).catch((e) => {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') throw new ConfigError('CONFIG_NOT_FOUND', `${what}: ${rel} does not exist in the workspace${what.includes('datasets') ? ' (DVC-tracked data needs `dvc pull` before the gate; LFS data needs checkout with lfs: true)' : ''}`)
    throw e
  })
  return abs
}

function merged<T extends object>(...layers: Array<T | undefined>): Partial<T> {
  const out: Partial<T> = {}
  for (const l of layers) if (l) for (const [k, v] of Object.entries(l)) if (v !== undefined && k !== 'columns') (out as any)[k] = v
  return out
}

async function checkDataset(ctx: GateContext<DataConfig>, ds: DatasetConfig, rel: string, abs: string, schema: DatasetSchema | undefined, res: Result): Promise<void> {
  const cfg = ctx.config
  const format: TabularFormat = formatOf(rel, ds.format)
  const base = { format, maxBytes: cfg['max-bytes'], maxRows: cfg['max-rows'], maxCategories: cfg['max-categories'], maxExamples: cfg['max-examples'], signal: ctx.signal, delimiter: ds.delimiter }
  let data: Collected
  try {
    data = await collect(abs, rel, { ...base, schema, infer: !schema || schema.additionalColumns })
  } catch (e) {
    if (!(e instanceof TabularError)) throw e
    res.errors.push(`${e.message}`)
    res.checks.push({ name: 'read', target: rel, outcome: 'error', details: { dataset: rel, line: e.line, reason: e.message } })
    return
  }
  res.checks.push({ name: 'read', target: rel, outcome: 'pass', details: { dataset: rel, format, rows: data.rows } })

  // Schema and malformed rows: one finding per dataset, grouped by rule.
  const violations = [...data.violations.values()]
  const total = violations.reduce((s, v) => s + v.count, 0)
  res.checks.push({
    name: 'schema',
    target: rel,
    outcome: total ? 'fail' : schema ? 'pass' : 'info',
    details: { dataset: rel, schema: schema?.file ?? null, rows: data.rows, violations: Object.fromEntries(violations.map((v) => [v.rule, v.count])) }
  })
  if (total) {
    const first = violations.flatMap((v) => v.examples).sort((a, b) => (a.row ?? 0) - (b.row ?? 0))[0]
    const rowsAffected = new Set(violations.flatMap((v) => v.examples.map((e) => e.row)).filter((r) => r !== null))
    const list = violations
      .flatMap((v) => v.examples.slice(0, 3))
      .sort((a, b) => (a.row ?? 0) - (b.row ?? 0))
      .slice(0, 6)
      .map(exampleText)
    res.findings.push({
      ruleId: 'data/schema',
      severity: 'high',
      title: 'Rows violate the dataset schema',
      message: `${rel}: ${total} schema violation${total === 1 ? '' : 's'} (${violations.map((v) => `${v.rule}: ${v.count}`).join(', ')})${schema ? ` against ${schema.file}` : ''}: ${list.join('; ')}${total > list.length ? '; ...' : ''}`,
      location: { path: rel, startLine: first?.line ?? null },
      fingerprintKey: `data/schema:${rel}:${violations.map((v) => v.rule).sort().join(',')}`,
      properties: { dataset: rel, schema: schema?.file ?? null, rules: violations, rowsInExamples: [...rowsAffected] }
    })
  }
  if (data.goodRows === 0) {
    const msg = `${rel}: the dataset has no ${data.rows ? 'well-formed ' : ''}data rows${format === 'csv' || format === 'tsv' ? ' (only a header, or nothing)' : ''}: there is nothing to test`
    res.errors.push(msg)
    res.checks.push({ name: 'statistics', target: rel, outcome: 'error', details: { dataset: rel, reason: msg } })
    return
  }
  for (const [col, why] of data.untyped) res.checks.push({ name: 'drift', target: rel, outcome: 'skipped', details: { dataset: rel, column: col, reason: why } })

  // Reference (needed for drift, and for outliers computed against it).
  const outCfgGlobal = merged(cfg.outliers, ds.outliers)
  const driftCfg = merged(cfg.drift, ds.drift)
  const driftOn = driftCfg.enabled !== false && !!ds.reference
  const outliersOn = outCfgGlobal.enabled !== false
  const wantsRefOutliers = outliersOn && [...data.numeric.keys()].some((c) => (ds.outliers?.columns?.[c]?.against ?? cfg.outliers?.columns?.[c]?.against ?? outCfgGlobal.against) === 'reference')
  let ref: Collected | null = null
  let refRel: string | null = null
  const want = new Map<string, ColumnKind>()
  for (const c of data.numeric.keys()) want.set(c, 'numeric')
  for (const c of data.categorical.keys()) want.set(c, 'categorical')
  if ((driftOn || wantsRefOutliers) && ds.reference) {
    refRel = ds.reference
    try {
      const refAbs = await resolveFile(ctx, ds.reference, `gates.data.datasets reference`)
      const refFormat = formatOf(ds.reference, ds['reference-format'])
      ref = await collect(refAbs, ds.reference, { ...base, format: refFormat, delimiter: ds.delimiter, want, infer: false })
    } catch (e) {
      if (!(e instanceof TabularError) && !(e instanceof GatesError)) throw e
      res.errors.push(`reference of ${rel}: ${errorMessage(e)}`)
      res.checks.push({ name: 'reference', target: ds.reference, outcome: 'error', details: { dataset: rel, reference: ds.reference, reason: errorMessage(e) } })
      ref = null
    }
    if (ref) {
      const refViol = [...ref.violations.values()]
      if (refViol.length) {
        const ex = refViol.flatMap((v) => v.examples)[0]
        const msg = `${ds.reference}${ex?.line ? `:${ex.line}` : ''}: the reference has ${refViol.reduce((s, v) => s + v.count, 0)} unusable row(s) or value(s) (${refViol.map((v) => `${v.rule}: ${v.count}`).join(', ')}); first: ${ex ? exampleText(ex) : ''}. Fix the reference: drift cannot be judged against a broken one.`
        res.errors.push(msg)
        res.checks.push({ name: 'reference', target: ds.reference, outcome: 'error', details: { dataset: rel, reference: ds.reference, reason: msg } })
        ref = null
      } else if (ref.goodRows === 0) {
        const msg = `${ds.reference}: the reference has no data rows`
        res.errors.push(msg)
        res.checks.push({ name: 'reference', target: ds.reference, outcome: 'error', details: { dataset: rel, reference: ds.reference, reason: msg } })
        ref = null
      } else res.checks.push({ name: 'reference', target: ds.reference, outcome: 'pass', details: { dataset: rel, reference: ds.reference, rows: ref.rows } })
    }
  }

  // Sorted columns, computed once and shared by the outlier and drift tests.
  const sortedData = new Map<string, Float64Array>()
  const sortedRef = new Map<string, Float64Array>()
  const dataSorted = (col: string): Float64Array => {
    let s = sortedData.get(col)
    if (!s) sortedData.set(col, (s = sortedOf(data.numeric.get(col)!.view())))
    return s
  }
  const refSorted = (col: string): Float64Array => {
    let s = sortedRef.get(col)
    if (!s) sortedRef.set(col, (s = sortedOf(ref!.numeric.get(col)!.view())))
    return s
  }

  // Outliers.
  const excluded = new Map<string, OutlierResult>()
  if (outliersOn) {
    for (const [col, values] of data.numeric) {
      const cc = { ...outCfgGlobal, ...merged(cfg.outliers?.columns?.[col], ds.outliers?.columns?.[col]) }
      if (cc.enabled === false) continue
      const s: OutlierSettings = { method: cc.method ?? 'iqr', k: cc.k ?? 3, z: cc.z ?? 3.5, maxFraction: cc['max-fraction'] ?? 0.01, against: cc.against ?? 'dataset' }
      let basis: Float64Array
      if (s.against === 'reference') {
        const rc = ref?.numeric.get(col)
        if (!rc || rc.n === 0) {
          const reason = ref ? `the reference has no values in column "${col}"` : 'against: reference needs a readable reference'
          res.errors.push(`${rel}: outliers in column "${col}" cannot be judged: ${reason}`)
          res.checks.push({ name: 'outliers', target: rel, outcome: 'error', details: { dataset: rel, column: col, reason } })
          continue
        }
        basis = refSorted(col)
      } else {
        if (values.n < 4) {
          res.checks.push({ name: 'outliers', target: rel, outcome: 'skipped', details: { dataset: rel, column: col, n: values.n, reason: 'fewer than 4 values: fences from the dataset itself mean nothing (use against: reference)' } })
          continue
        }
        basis = dataSorted(col)
      }
      const o = findOutliers(values, basis, s)
      res.checks.push({
        name: 'outliers',
        target: rel,
        outcome: o.fail ? 'fail' : 'pass',
        details: { dataset: rel, column: col, test: s.method === 'iqr' ? 'iqr-fences' : 'robust-z', against: s.against, n: o.n, outliers: o.count, fraction: o.fraction, maxFraction: s.maxFraction, ...o.bounds }
      })
      if (!o.fail) continue
      excluded.set(col, o)
      const shown = o.rows.slice(0, cfg['max-examples']).map((r, i) => `${where(data, r)} = ${fmtN(o.values[i])}`)
      const rule = s.method === 'iqr' ? `outside the fences [${fmtN(o.bounds.lower as number)}, ${fmtN(o.bounds.upper as number)}] (Q1 - ${s.k}*IQR, Q3 + ${s.k}*IQR of the ${s.against})` : `with |robust z| > ${s.z} (median ${fmtN(o.bounds.median as number)} of the ${s.against})`
      res.findings.push({
        ruleId: 'data/outliers',
        severity: 'high',
        title: 'Outliers in a dataset column',
        message: `${rel}: column "${col}" has ${o.count} outlier${o.count === 1 ? '' : 's'} of ${o.n} values (${(o.fraction * 100).toFixed(2)}%, more than the ${(s.maxFraction * 100).toFixed(2)}% allowed) ${rule}: ${shown.join(', ')}${o.count > shown.length ? `, ... (${o.count - shown.length} more)` : ''}`,
        location: { path: rel, startLine: lineOf(data, o.rows[0]) },
        fingerprintKey: `data/outliers:${rel}:${col}`,
        properties: { dataset: rel, column: col, method: s.method, against: s.against, count: o.count, n: o.n, rows: o.rows.slice(0, 1000), values: o.values.slice(0, 1000), bounds: o.bounds }
      })
    }
  }

  // Drift.
  if (!driftOn) {
    if (!ds.reference) res.checks.push({ name: 'drift', target: rel, outcome: 'skipped', details: { dataset: rel, reason: 'no reference configured' } })
    else res.checks.push({ name: 'drift', target: rel, outcome: 'skipped', details: { dataset: rel, reason: 'drift disabled (enabled: false)' } })
    return
  }
  if (!ref) return
  const pDefault = driftCfg['p-value'] ?? 0.01
  const psiDefault = driftCfg.psi ?? 0.25
  const columns = [...want.entries()]
  for (const [col, kind] of columns) {
    const cc = merged(cfg.drift?.columns?.[col], ds.drift?.columns?.[col])
    if (cc.enabled === false) {
      res.checks.push({ name: 'drift', target: rel, outcome: 'skipped', details: { dataset: rel, column: col, reason: 'disabled for this column' } })
      continue
    }
    const pValue = cc['p-value'] ?? pDefault
    const psiMax = cc.psi ?? psiDefault
    if (!ref.columns.has(col)) {
      const msg = `${refRel}${formatOf(refRel!, ds['reference-format']) === 'parquet' ? '' : ':1'}: the reference has no column "${col}", which ${rel} has and drift needs: add the column to the reference, or disable drift for it (drift.columns.${col}.enabled: false)`
      res.errors.push(msg)
      res.checks.push({ name: 'drift', target: rel, outcome: 'error', details: { dataset: rel, reference: refRel, column: col, reason: msg } })
      continue
    }
    let results: TestResult[]
    let excludedRows = 0
    try {
      if (kind === 'numeric') {
        const cur = data.numeric.get(col)!
        const rc = ref.numeric.get(col)
        if (!rc || rc.n === 0 || cur.n === 0) {
          const msg = `${rel}: drift of column "${col}" cannot be judged: ${cur.n === 0 ? 'the dataset' : 'the reference'} has no values in it`
          res.errors.push(msg)
          res.checks.push({ name: 'drift', target: rel, outcome: 'error', details: { dataset: rel, reference: refRel, column: col, reason: msg } })
          continue
        }
        const ex = excluded.get(col)
        let sample = cur.view()
        let rows = cur.rows.subarray(0, cur.n)
        let sorted: Float64Array | undefined
        if (ex && ex.count) {
          // The rows the failing outlier check reported are exactly the values its rule holds
          // for: leave them out of the sample (in row order) and of the sorted column.
          const isOut = ex.isOutlier
          const kept = cur.n - ex.count
          const values = cur.values
          sample = new Float64Array(kept)
          rows = new Int32Array(kept)
          let j = 0
          for (let i = 0; i < cur.n; i++) {
            const x = values[i]
            if (isOut(x)) continue
            sample[j] = x
            rows[j++] = cur.rows[i]
          }
          const all = dataSorted(col)
          sorted = new Float64Array(kept)
          j = 0
          for (let i = 0; i < all.length; i++) if (!isOut(all[i])) sorted[j++] = all[i]
          excludedRows = ex.count
        } else sorted = dataSorted(col)
        if (sample.length === 0) {
          res.checks.push({ name: 'drift', target: rel, outcome: 'skipped', details: { dataset: rel, column: col, reason: 'every value is a reported outlier' } })
          continue
        }
        const tests = (cc.tests?.filter((t) => t === 'ks' || t === 'mean-shift') as Array<'ks' | 'mean-shift'>) ?? ['ks', 'mean-shift']
        results = numericDrift(sample, rows, refSorted(col), tests.length ? tests : ['ks', 'mean-shift'], pValue, sorted)
      } else {
        const cur = data.categorical.get(col)!
        const rc = ref.categorical.get(col)
        if (cur.overflow || rc?.overflow) {
          const msg = `${rel}: column "${col}" has more than ${cfg['max-categories']} distinct values (max-categories): its drift cannot be tested as a category`
          res.errors.push(msg)
          res.checks.push({ name: 'drift', target: rel, outcome: 'error', details: { dataset: rel, column: col, reason: msg } })
          continue
        }
        if (!rc || rc.n === 0 || cur.n === 0) {
          const msg = `${rel}: drift of column "${col}" cannot be judged: ${cur.n === 0 ? 'the dataset' : 'the reference'} has no values in it`
          res.errors.push(msg)
          res.checks.push({ name: 'drift', target: rel, outcome: 'error', details: { dataset: rel, reference: refRel, column: col, reason: msg } })
          continue
        }
        const tests = (cc.tests?.filter((t) => t === 'chi-square' || t === 'psi') as Array<'chi-square' | 'psi'>) ?? ['chi-square', 'psi']
        results = categoricalDrift(cur, rc, tests.length ? tests : ['chi-square', 'psi'], pValue, psiMax)
      }
    } catch (e) {
      res.errors.push(`${rel}: drift of column "${col}" failed: ${errorMessage(e)}`)
      res.checks.push({ name: 'drift', target: rel, outcome: 'error', details: { dataset: rel, column: col, reason: errorMessage(e) } })
      continue
    }
    for (const t of results) {
      const undecided = t.pvalue === null && t.test !== 'psi'
      if (undecided) res.errors.push(`${rel}: ${t.test} on column "${col}" cannot be computed: ${String(t.details.error ?? 'unknown reason')}`)
      res.checks.push({
        name: 'drift',
        target: rel,
        outcome: undecided ? 'error' : t.fail ? 'fail' : 'pass',
        details: {
          dataset: rel,
          reference: refRel,
          column: col,
          test: t.test,
          statistic: t.statistic,
          pvalue: t.pvalue,
          n: t.n,
          m: t.m,
          threshold: t.threshold,
          excludedOutlierRows: excludedRows,
          ...(t.movedBy ? { movedBy: t.movedBy } : {}),
          ...t.details
        }
      })
    }
    const failed = results.filter((t) => t.fail)
    if (!failed.length) continue
    const describe = (t: TestResult): string =>
      t.test === 'psi' ? `PSI ${fmtN(t.statistic)} > ${t.threshold.psi}` : `${t.test === 'ks' ? 'KS D' : t.test === 'mean-shift' ? 'mean-shift z' : 'chi-square'} ${fmtN(t.statistic)}, p = ${fmtP(t.pvalue)} < ${t.threshold.pValue}`
    const moved = [...new Set(failed.flatMap((t) => t.movedBy ?? []))].sort((a, b) => a - b)
    const movedValues = kind === 'numeric' ? moved.map((r) => {
      const cur = data.numeric.get(col)!
      for (let i = 0; i < cur.n; i++) if (cur.rows[i] === r) return `${where(data, r)} = ${fmtN(cur.values[i])}`
      return where(data, r)
    }) : []
    const spread = failed.every((t) => t.spread || t.test === 'chi-square' || t.test === 'psi')
    const tail =
      kind === 'categorical'
        ? (() => {
            const unseen = (failed[0].details.unseenCategories as string[]) ?? []
            return unseen.length ? `; categories never seen in the reference: ${unseen.slice(0, 5).map((u) => JSON.stringify(u)).join(', ')}` : ''
          })()
        : moved.length && !spread
          ? `; moved by ${movedValues.join(', ')}`
          : moved.length
            ? `; partly moved by ${movedValues.join(', ')}`
            : '; the shift is spread over the dataset, not due to a few rows'
    res.findings.push({
      ruleId: 'data/drift',
      severity: 'high',
      title: 'Dataset drifted from its reference',
      message: `${rel}: column "${col}" drifted from ${refRel} (n = ${failed[0].n}, reference m = ${failed[0].m}${excludedRows ? `, ${excludedRows} reported outlier row(s) left out` : ''}): ${failed.map(describe).join('; ')}${tail}`,
      location: { path: rel, startLine: moved.length ? lineOf(data, moved[0]) : null },
      fingerprintKey: `data/drift:${rel}:${col}`,
      properties: { dataset: rel, reference: refRel, column: col, tests: failed.map((t) => ({ test: t.test, statistic: t.statistic, pvalue: t.pvalue, n: t.n, m: t.m })), movedBy: moved }
    })
  }
}

async function provenance(ctx: GateContext<DataConfig>, files: string[], res: Result): Promise<void> {
  const cfg = ctx.config
  if (cfg.lock) {
    const r = await verifyLock({ workspace: ctx.workspace, lockPath: cfg.lock, paths: cfg.datasets.map((d) => d.path), exclude: cfg.exclude, gate: 'data', signal: ctx.signal })
    res.findings.push(...r.findings)
    res.checks.push(...r.checks)
    res.errors.push(...r.errors)
  }
  if (cfg.dvc === 'off') return
  const verifiedOuts = new Set<string>()
  const dvcFiles: DvcFileCache = new Map()
  const reportedErrors = new Set<string>()
  for (const rel of files) {
    const found = await findDvcOuts(ctx.workspace, rel, dvcFiles)
    const outs = found.outs
    // An unreadable DVC file is reported once, not once per dataset file under it.
    const errors = found.errors.filter((e) => !reportedErrors.has(e))
    for (const e of errors) reportedErrors.add(e)
    for (const e of errors) {
      res.errors.push(`DVC: ${e}`)
      res.checks.push({ name: 'dvc', target: rel, outcome: 'error', details: { reason: e } })
    }
    if (!outs.length) {
      if (cfg.dvc === 'required') {
        res.findings.push({
          ruleId: 'dvc/untracked',
          severity: 'high',
          title: 'Dataset not tracked by DVC',
          message: `${rel} has no DVC record (no ${rel}.dvc and no dvc.lock out covers it), and gates.data.dvc is required: track it with \`dvc add ${rel}\`.`,
          location: { path: rel, startLine: null },
          fingerprintKey: `dvc/untracked:${rel}`
        })
        res.checks.push({ name: 'dvc', target: rel, outcome: 'fail', details: { reason: 'no DVC record' } })
      } else res.checks.push({ name: 'dvc', target: rel, outcome: 'info', details: { reason: 'not tracked by DVC (no .dvc file or dvc.lock out)' } })
      continue
    }
    for (const out of outs) {
      const key = `${out.source}|${out.stage ?? ''}|${out.path}`
      if (verifiedOuts.has(key)) continue
      verifiedOuts.add(key)
      const r = await verifyDvcOut(ctx.workspace, out, rel, ctx.signal)
      res.findings.push(...r.findings)
      res.checks.push(...r.checks)
      res.errors.push(...r.errors)
    }
  }
}

export async function runDataGate(ctx: GateContext<DataConfig>): Promise<GateRunResult> {
  const res: Result = { findings: [], checks: [], errors: [] }
  const cfg = ctx.config
  const plan: Array<{ ds: DatasetConfig; files: Array<{ rel: string; abs: string }> }> = []
  for (const [i, ds] of cfg.datasets.entries()) {
    const what = `gates.data.datasets[${i}].path`
    let abs: string
    try {
      abs = await resolveFile(ctx, ds.path, what)
    } catch (e) {
      res.errors.push(errorMessage(e))
      res.checks.push({ name: 'read', target: ds.path, outcome: 'error', details: { reason: errorMessage(e) } })
      continue
    }
    const kind = await statKind(abs)
    if (kind === 'file') plan.push({ ds, files: [{ rel: toRel(await realInside(ctx.workspace, '.', 'workspace'), abs), abs }] })
    else if (kind === 'dir') {
      const w = await walkFiles(ctx.workspace, { include: [ds.path] })
      const files = w.files.filter((f) => TABULAR_EXT.test(f)).map((rel) => ({ rel, abs: path.join(ctx.workspace, rel) }))
      for (const s of w.symlinks) res.errors.push(`${s} is a symlink inside ${ds.path}; it was not followed`)
      // Names that are not UTF-8 (a dataset file or a folder that may hold some) cannot be read: said, never dropped.
      const notes = walkNotes({ symlinks: [], unreadable: (w.unreadable ?? []).filter((u) => u.endsWith('/') || u.endsWith(')') || TABULAR_EXT.test(u)) })
      res.checks.push(...notes.checks)
      res.errors.push(...notes.errors)
      if (!files.length) {
        res.errors.push(`${what}: ${ds.path} is a folder with no CSV, TSV, JSON Lines or Parquet files`)
        continue
      }
      plan.push({ ds, files })
    } else {
      res.errors.push(`${what}: ${ds.path} is not a regular file or folder`)
    }
  }

  await provenance(ctx, plan.flatMap((p) => p.files.map((f) => f.rel)), res)

  const progress = ctx.progress?.('data: datasets checked', plan.reduce((n, p) => n + p.files.length, 0))
  for (const { ds, files } of plan) {
    let schema: DatasetSchema | undefined
    if (ds.schema) {
      try {
        schema = await loadSchema(await resolveFile(ctx, ds.schema, `schema of ${ds.path}`), ds.schema)
      } catch (e) {
        res.errors.push(errorMessage(e))
        res.checks.push({ name: 'schema', target: ds.schema, outcome: 'error', details: { dataset: ds.path, reason: errorMessage(e) } })
        continue
      }
    }
    for (const f of files) {
      ctx.signal.throwIfAborted()
      progress?.add(1, f.rel)
      try {
        await checkDataset(ctx, ds, f.rel, f.abs, schema, res)
      } catch (e) {
        if (e instanceof TabularError || e instanceof GatesError) {
          res.errors.push(`${f.rel}: ${errorMessage(e)}`)
          res.checks.push({ name: 'read', target: f.rel, outcome: 'error', details: { reason: errorMessage(e) } })
        } else throw e
      }
    }
  }
  progress?.end()
  const tests = res.checks.filter((c) => c.name === 'drift' && c.outcome !== 'skipped').length
  const datasets = plan.reduce((s, p) => s + p.files.length, 0)
  const summary = res.errors.length
    ? undefined
    : `${datasets} dataset${datasets === 1 ? '' : 's'}, ${tests} drift test${tests === 1 ? '' : 's'}, ${res.findings.length} finding${res.findings.length === 1 ? '' : 's'}`
  return { ...res, summary }
}

export const dataGate: Gate<DataConfig> = {
  id: 'data',
  title: 'Data (provenance, schema, drift, outliers)',
  configSchema: dataConfigSchema,
  run: runDataGate
}
