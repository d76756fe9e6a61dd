/**
 * Fairness from a predictions file: one pass over the rows (CSV, TSV, JSON Lines or Parquet through
 * the shared tabular readers) into confusion counts per intersection of the sensitive features; the
 * per-feature groups are sums of those cells. Metrics and summaries are Fairlearn's
 * (scanners/stats/fairness.ts). Every unusable row is an error naming its line and the fix.
 */
import { rm, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { errorMessage, GatesError } from '../../engine/errors.js'
import { realInside } from '../../engine/paths.js'
import type { Check, FindingInput, GateContext, SummaryTable } from '../../engine/types.js'
import {
  binOf,
  bootstrapSummaries,
  ece,
  newBins,
  rates,
  summaries,
  spread,
  SUMMARY_NAMES,
  type CalibrationBins,
  type Confusion,
  type GroupRates,
  type SummaryName
} from '../../scanners/stats/fairness.js'
import { formatOf, readTable, TabularError, type Cell, type TabularFormat } from '../../scanners/tabular/index.js'
import type { FairnessConfig } from './config.js'
import { compareMetrics, type Rules } from './compare.js'
import { MetricsError, parseNumber, type MetricSet } from './metrics.js'
import { gitShow } from './sources.js'

export interface Outcome {
  findings: FindingInput[]
  checks: Check[]
  errors: string[]
  tables: SummaryTable[]
}

interface Cellcounts extends Confusion {
  bins: CalibrationBins | null
}

/** A label as written in the config, matched against cells of any reader (CSV text, JSON values, Parquet types). */
function labelMatcher(label: string | number | boolean): (c: Cell) => boolean {
  const text = typeof label === 'boolean' ? String(label) : String(label).trim()
  const num = typeof label === 'number' ? label : typeof label === 'boolean' ? Number(label) : parseNumber(text)
  const lower = text.toLowerCase()
  const boolish = lower === 'true' || lower === 'false'
  return (c) => {
    if (typeof c === 'string') {
      const t = c.trim()
      if (t === text || (boolish && t.toLowerCase() === lower)) return true
      if (num === null) return false
      const n = parseNumber(t)
      return n !== null && n === num
    }
    if (typeof c === 'number') return num !== null && c === num
    if (typeof c === 'boolean') return boolish ? String(c) === lower : num !== null && Number(c) === num
    if (typeof c === 'bigint') return num !== null && Number(c) === num
    return false
  }
}

function show(c: Cell | undefined): string {
  if (c === undefined) return '(absent)'
  if (c === null) return 'null'
  const s = typeof c === 'string' ? JSON.stringify(c) : typeof c === 'object' && !(c instanceof Date) ? JSON.stringify(c) : String(c)
  return s.length > 40 ? `${s.slice(0, 40)}...` : s
}

function groupText(c: Cell): string | null {
  if (c === null || c === undefined) return null
  if (typeof c === 'string') return c.trim() === '' ? null : c
  if (c instanceof Date) return c.toISOString()
  if (typeof c === 'object') return JSON.stringify(c)
  return String(c)
}

class Problems {
  readonly byKind = new Map<string, { count: number; examples: string[] }>()
  add(kind: string, example: string): void {
    let p = this.byKind.get(kind)
    if (!p) this.byKind.set(kind, (p = { count: 0, examples: [] }))
    p.count++
    if (p.examples.length < 3) p.examples.push(example)
  }
  get size(): number {
    return this.byKind.size
  }
}

const fmt = (x: number | null | undefined): string => (x === null || x === undefined || Number.isNaN(x) ? 'n/a' : Number.isInteger(x) ? String(x) : x.toFixed(4))

const SUMMARY_TEXT: Record<SummaryName | 'max-ece', { title: string; worse: 'above' | 'below'; rate: keyof GroupRates | null }> = {
  'demographic-parity-difference': { title: 'demographic parity difference', worse: 'above', rate: 'selectionRate' },
  'demographic-parity-ratio': { title: 'demographic parity ratio', worse: 'below', rate: 'selectionRate' },
  'equalized-odds-difference': { title: 'equalized odds difference', worse: 'above', rate: null },
  'equalized-odds-ratio': { title: 'equalized odds ratio', worse: 'below', rate: null },
  'equal-opportunity-difference': { title: 'equal opportunity difference', worse: 'above', rate: 'recall' },
  'max-ece': { title: 'expected calibration error', worse: 'above', rate: null }
}

const RATE_TEXT: Partial<Record<keyof GroupRates, string>> = { selectionRate: 'selection rate', recall: 'TPR', fpr: 'FPR' }

/** Most intersections of sensitive-feature values kept (each holds its counts and calibration bins). */
const MAX_CELLS = 100_000

interface Counted {
  rows: number
  cells: Map<string, Cellcounts>
  /** Per sensitive feature, the group values by id. */
  names: string[][]
}

/** Reads a predictions file into confusion counts per intersection cell; problems go to out.errors with their lines. */
async function countPredictions(abs: string, rel: string, format: TabularFormat, cfg: FairnessConfig, signal: AbortSignal, out: Outcome): Promise<Counted | null> {
  const features = cfg.sensitive
  const isPos = labelMatcher(cfg.positive)
  const isNeg = labelMatcher(cfg.negative)
  if (isPos(cfg.negative as Cell)) {
    out.errors.push(`gates.evaluation.fairness: positive (${show(cfg.positive as Cell)}) and negative (${show(cfg.negative as Cell)}) are the same label; set two different labels`)
    return null
  }
  const bins = cfg.bins
  const groupIds = features.map(() => new Map<string, number>())
  const cells = new Map<string, Cellcounts>()
  const problems = new Problems()
  let rows = 0
  let keys: readonly string[] | null = null
  let idx: { label: number; pred: number; score: number; sens: number[] } | null = null
  let missingColumns: string[] = []
  const tooMany = new Set<number>()

  const where = (line: number | null, row: number): string => (line ? `${rel}:${line}` : `${rel} row ${row}`)
  try {
    for await (const batch of readTable(abs, format, { maxBytes: cfg['max-bytes'], signal })) {
      for (const r of batch) {
        rows++
        if (rows > cfg['max-rows']) throw new TabularError(`more than ${cfg['max-rows']} rows (max-rows); raise gates.evaluation.fairness.max-rows or sample the predictions`, r.line)
        if (r.problem) {
          problems.add(r.problem.rule, `${where(r.line, r.row)}: ${r.problem.message}`)
          continue
        }
        if (r.keys !== keys) {
          keys = r.keys
          const find = (c: string | undefined): number => (c === undefined ? -2 : r.keys.indexOf(c))
          idx = { label: find(cfg.label), pred: find(cfg.prediction), score: find(cfg.score), sens: features.map((f) => find(f)) }
          const missing = [
            ...(idx.label < 0 ? [`label column "${cfg.label}" (key label)`] : []),
            ...(idx.pred < 0 ? [`prediction column "${cfg.prediction}" (key prediction)`] : []),
            ...(idx.score === -1 ? [`score column "${cfg.score}" (key score)`] : []),
            ...features.filter((_, i) => idx!.sens[i] < 0).map((f) => `sensitive column "${f}" (key sensitive)`)
          ]
          missingColumns = missing
          if (missing.length && (format === 'csv' || format === 'tsv' || format === 'parquet')) {
            throw new TabularError(
              `${rel}${format === 'parquet' ? '' : ':1'}: no ${missing.join(', no ')}; the file has columns ${r.keys.map((k) => JSON.stringify(k)).join(', ')}: set gates.evaluation.fairness.label, prediction, score and sensitive to its column names`,
              format === 'parquet' ? null : 1
            )
          }
        }
        if (missingColumns.length) {
          problems.add('missing-column', `${where(r.line, r.row)}: no ${missingColumns.join(', no ')}`)
          continue
        }
        const ix = idx!
        const yc = r.values[ix.label]
        const pc = r.values[ix.pred]
        const y = isPos(yc) ? 1 : isNeg(yc) ? 0 : -1
        const p = isPos(pc) ? 1 : isNeg(pc) ? 0 : -1
        if (y < 0) {
          problems.add('label-outside-set', `${where(r.line, r.row)}: label ${show(yc)} in column "${cfg.label}"`)
          continue
        }
        if (p < 0) {
          problems.add('label-outside-set', `${where(r.line, r.row)}: prediction ${show(pc)} in column "${cfg.prediction}"`)
          continue
        }
        let score = NaN
        if (ix.score >= 0) {
          const sc = r.values[ix.score]
          const s = typeof sc === 'number' ? sc : typeof sc === 'string' ? parseNumber(sc) : null
          if (s === null || !(s >= 0 && s <= 1)) {
            problems.add('bad-score', `${where(r.line, r.row)}: score ${show(sc)} in column "${cfg.score}" is not a probability in [0, 1]`)
            continue
          }
          score = s
        }
        let key = ''
        let bad = false
        for (let f = 0; f < features.length; f++) {
          const g = groupText(r.values[ix.sens[f]])
          if (g === null) {
            problems.add('empty-group', `${where(r.line, r.row)}: column "${features[f]}" is empty`)
            bad = true
            break
          }
          const m = groupIds[f]
          let id = m.get(g)
          if (id === undefined) {
            if (m.size >= cfg['max-groups']) {
              tooMany.add(f)
              bad = true
              break
            }
            m.set(g, (id = m.size))
          }
          key = f === 0 ? String(id) : `${key},${id}`
        }
        if (bad) continue
        let c = cells.get(key)
        if (!c && cells.size >= MAX_CELLS) throw new TabularError(`more than ${MAX_CELLS} combinations of the sensitive features (${features.join(', ')}); judge fewer features together, or bucket their values`, r.line)
        if (!c) cells.set(key, (c = { tp: 0, fp: 0, tn: 0, fn: 0, bins: ix.score >= 0 ? newBins(bins) : null }))
        if (y === 1) {
          if (p === 1) c.tp++
          else c.fn++
        } else if (p === 1) c.fp++
        else c.tn++
        if (c.bins) {
          const b = binOf(score, bins)
          c.bins.count[b]++
          c.bins.sumScore[b] += score
          c.bins.positives[b] += y
        }
      }
    }
  } catch (e) {
    if (!(e instanceof TabularError) && !(e instanceof GatesError)) throw e
    const msg = e.message.startsWith(rel) ? e.message : `${rel}${e instanceof TabularError && e.line ? `:${e.line}` : ''}: ${e.message}`
    out.errors.push(msg)
    out.checks.push({ name: 'fairness-read', target: rel, outcome: 'error', details: { reason: msg } })
    return null
  }
  for (const f of tooMany) {
    const msg = `${rel}: sensitive column "${features[f]}" has more than ${cfg['max-groups']} distinct values (max-groups): it looks like an identifier, not a group; choose a group column, bucket it, or raise gates.evaluation.fairness.max-groups`
    out.errors.push(msg)
  }
  if (problems.size) {
    const fixes: Record<string, string> = {
      'label-outside-set': `labels must be the positive (${show(cfg.positive as Cell)}) or negative (${show(cfg.negative as Cell)}) label: set gates.evaluation.fairness.positive and negative, or fix the rows`,
      'empty-group': 'every row needs a value in each sensitive column: fill it, or map missing values to a named group such as "unknown"',
      'bad-score': 'scores must be probabilities of the positive class in [0, 1]',
      'missing-column': 'every record needs the label, prediction and sensitive columns'
    }
    for (const [kind, p] of problems.byKind) {
      out.errors.push(`${rel}: ${p.count} unusable row${p.count === 1 ? '' : 's'} (${kind}): ${p.examples.join('; ')}${p.count > p.examples.length ? '; ...' : ''}. ${fixes[kind] ?? 'fix the file'}`)
    }
  }
  if (out.errors.length) {
    out.checks.push({ name: 'fairness-read', target: rel, outcome: 'error', details: { rows, problems: Object.fromEntries([...problems.byKind].map(([k, v]) => [k, v.count])) } })
    return null
  }
  if (cells.size === 0) {
    const msg = `${rel}: no prediction rows; there is nothing to measure`
    out.errors.push(msg)
    out.checks.push({ name: 'fairness-read', target: rel, outcome: 'error', details: { reason: msg } })
    return null
  }
  return {
    rows,
    cells,
    names: groupIds.map((m) => {
      const a: string[] = []
      for (const [v, id] of m) a[id] = v
      return a
    })
  }
}

export async function runFairness(ctx: GateContext<unknown>, cfg: FairnessConfig, rules: Rules): Promise<Outcome> {
  const out: Outcome = { findings: [], checks: [], errors: [], tables: [] }
  const rel = cfg.predictions
  let abs: string
  try {
    abs = await realInside(ctx.workspace, rel, 'gates.evaluation.fairness.predictions')
  } catch (e) {
    const msg =
      (e as NodeJS.ErrnoException).code === 'ENOENT'
        ? `gates.evaluation.fairness.predictions: ${rel} does not exist in the workspace; write the predictions file before the gate runs, or fix the path`
        : errorMessage(e)
    out.errors.push(msg)
    out.checks.push({ name: 'fairness-read', target: rel, outcome: 'error', details: { reason: msg } })
    return out
  }
  let format: TabularFormat
  try {
    format = formatOf(rel, cfg.format)
  } catch (e) {
    out.errors.push(`gates.evaluation.fairness: ${errorMessage(e)}`)
    return out
  }
  const counted = await countPredictions(abs, rel, format, cfg, ctx.signal, out)
  if (!counted) return out
  const { rows, cells, names } = counted
  const features = cfg.sensitive
  const bins = cfg.bins
  out.checks.push({ name: 'fairness-read', target: rel, outcome: 'pass', details: { rows, format, sensitive: features } })

  const entries = [...cells.entries()].map(([k, c]) => ({ ids: k.split(',').map(Number), c }))
  const sets: number[][] = features.map((_, i) => [i])
  if (features.length > 1 && cfg.intersections) sets.push(features.map((_, i) => i))

  let overallBins: CalibrationBins | null = null
  for (const e of entries) {
    if (!e.c.bins) continue
    overallBins ??= newBins(bins)
    for (let b = 0; b < bins; b++) {
      overallBins.count[b] += e.c.bins.count[b]
      overallBins.sumScore[b] += e.c.bins.sumScore[b]
      overallBins.positives[b] += e.c.bins.positives[b]
    }
  }
  const t = cfg.thresholds
  if (t['max-ece'] !== undefined && !overallBins) {
    out.errors.push(`gates.evaluation.fairness.thresholds.max-ece needs scores: set gates.evaluation.fairness.score to the column of positive-class probabilities`)
  }
  if (overallBins) {
    const e = ece(overallBins)
    const limit = t['max-ece']
    const fail = limit !== undefined && e > limit
    out.checks.push({ name: 'calibration', target: rel, outcome: limit === undefined ? 'info' : fail ? 'fail' : 'pass', details: { group: 'overall', ece: e, bins, threshold: limit ?? null } })
    if (fail) out.findings.push(summaryFinding(rel, 'max-ece', 'all rows', e, limit!, 'overall'))
  }

  for (const set of sets) {
    const label = set.map((i) => features[i]).join(' & ')
    const merged = new Map<string, { values: string[]; c: Cellcounts }>()
    for (const e of entries) {
      const k = set.map((i) => e.ids[i]).join(',')
      let g = merged.get(k)
      if (!g) merged.set(k, (g = { values: set.map((i) => names[i][e.ids[i]]), c: { tp: 0, fp: 0, tn: 0, fn: 0, bins: e.c.bins ? newBins(bins) : null } }))
      g.c.tp += e.c.tp
      g.c.fp += e.c.fp
      g.c.tn += e.c.tn
      g.c.fn += e.c.fn
      if (g.c.bins && e.c.bins) for (let b = 0; b < bins; b++) {
        g.c.bins.count[b] += e.c.bins.count[b]
        g.c.bins.sumScore[b] += e.c.bins.sumScore[b]
        g.c.bins.positives[b] += e.c.bins.positives[b]
      }
    }
    const groups = [...merged.values()].sort((a, b) => (a.values.join('\u0000') < b.values.join('\u0000') ? -1 : 1))
    const describe = (g: { values: string[] }): string => set.map((i, j) => `${features[i]}=${g.values[j]}`).join(', ')
    const judged = groups.filter((g) => g.c.tp + g.c.fp + g.c.tn + g.c.fn >= cfg['min-group-size'])
    const small = groups.filter((g) => !judged.includes(g))
    const rows: string[][] = []
    const eces: Array<{ group: string; ece: number }> = []
    for (const g of groups) {
      const r = rates(g.c)
      const isJudged = judged.includes(g)
      const e = g.c.bins ? ece(g.c.bins) : null
      out.checks.push({
        name: 'fairness-group',
        target: rel,
        outcome: isJudged ? 'info' : 'skipped',
        details: { features: set.map((i) => features[i]), group: Object.fromEntries(set.map((i, j) => [features[i], g.values[j]])), ...r, ...(e !== null ? { ece: e } : {}), judged: isJudged, ...(isJudged ? {} : { reason: `fewer than ${cfg['min-group-size']} rows (min-group-size): reported, not judged` }) }
      })
      rows.push([describe(g) + (isJudged ? '' : ' (not judged)'), String(r.count), fmt(r.selectionRate), fmt(r.accuracy), fmt(r.precision), fmt(r.recall), fmt(r.fpr), fmt(r.fnr), ...(g.c.bins ? [fmt(e)] : [])])
      if (isJudged && e !== null) eces.push({ group: describe(g), ece: e })
    }
    const eceLimit = t['max-ece']
    if (eces.length && eceLimit !== undefined) {
      const over = eces.filter((x) => x.ece > eceLimit).sort((a, b) => b.ece - a.ece)
      out.checks.push({ name: 'calibration', target: rel, outcome: over.length ? 'fail' : 'pass', details: { features: set.map((i) => features[i]), threshold: eceLimit, bins, groups: eces.length, over: over.map((x) => ({ group: x.group, ece: x.ece })) } })
      if (over.length) {
        const list = over.slice(0, 5).map((x) => `${x.group} ${fmt(x.ece)}`).join(', ')
        out.findings.push(summaryFinding(rel, 'max-ece', `${over.length} of ${eces.length} groups by ${label} (${list}${over.length > 5 ? ', ...' : ''})`, over[0].ece, eceLimit, label))
      }
    }
    out.tables.push({
      title: `Fairness by ${label} (${rel})`,
      columns: ['Group', 'n', 'Selection rate', 'Accuracy', 'Precision', 'TPR (recall)', 'FPR', 'FNR', ...(overallBins ? ['ECE'] : [])],
      rows
    })
    if (judged.length < 2) {
      const reason = `${label}: ${judged.length === 0 ? 'no group has' : 'only one group has'} at least ${cfg['min-group-size']} rows (min-group-size), so there is no disparity to measure${small.length ? ` (${small.length} smaller group${small.length === 1 ? '' : 's'} reported, not judged)` : ''}`
      const limited = SUMMARY_NAMES.filter((s) => t[s] !== undefined)
      if (limited.length) {
        out.errors.push(`${rel}: ${reason}; lower gates.evaluation.fairness.min-group-size or evaluate on more data`)
        out.checks.push({ name: 'fairness', target: rel, outcome: 'error', details: { features: set.map((i) => features[i]), reason } })
      } else out.checks.push({ name: 'fairness', target: rel, outcome: 'skipped', details: { features: set.map((i) => features[i]), reason } })
      continue
    }
    const jr = judged.map((g) => rates(g.c))
    const sm = summaries(jr)
    const ci = cfg.bootstrap.samples > 0 ? bootstrapSummaries(judged.map((g) => g.c), cfg.bootstrap.samples, cfg.bootstrap.confidence, cfg.bootstrap.seed) : null
    for (const s of SUMMARY_NAMES) {
      const value = sm[s]
      const limit = t[s]
      const info = SUMMARY_TEXT[s]
      const undecided = limit !== undefined && Number.isNaN(value)
      const fail = limit !== undefined && !undecided && (info.worse === 'above' ? value > limit : value < limit)
      const extremes = (rate: keyof GroupRates): { min: string; max: string; minValue: number; maxValue: number } => {
        const sp = spread(jr.map((r) => r[rate]))
        return { min: describe(judged[sp.minAt]), max: describe(judged[sp.maxAt]), minValue: jr[sp.minAt][rate], maxValue: jr[sp.maxAt][rate] }
      }
      const ext = info.rate ? extremes(info.rate) : s.startsWith('equalized-odds') ? extremes(pickEoRate(jr, s)) : null
      out.checks.push({
        name: 'fairness',
        target: rel,
        outcome: undecided ? 'error' : limit === undefined ? 'info' : fail ? 'fail' : 'pass',
        details: {
          features: set.map((i) => features[i]),
          summary: s,
          value: Number.isNaN(value) ? null : value,
          threshold: limit ?? null,
          rule: limit === undefined ? 'reported only (no threshold)' : `fails ${info.worse} ${limit}`,
          groups: judged.length,
          notJudged: small.map(describe),
          ...(ci ? { ci: ci[s], confidence: cfg.bootstrap.confidence, bootstrapSamples: cfg.bootstrap.samples, seed: cfg.bootstrap.seed } : {}),
          ...(ext ? { lowest: { group: ext.min, value: ext.minValue }, highest: { group: ext.max, value: ext.maxValue } } : {})
        }
      })
      if (undecided) out.errors.push(`${rel}: the ${info.title} over ${label} is undefined (every judged group has a rate of 0, so the ratio is 0/0); it cannot be held to ${limit}`)
      if (fail) {
        const rateName = ext ? (info.rate ? RATE_TEXT[info.rate] : RATE_TEXT[pickEoRate(jr, s)]) : null
        const detail = ext && rateName ? ` (${rateName} ${fmt(ext.maxValue)} for ${ext.max}, ${fmt(ext.minValue)} for ${ext.min})` : ''
        out.findings.push(summaryFinding(rel, s, label, value, limit!, label, detail, ci?.[s] ?? null))
      }
    }
  }
  if (cfg.baseline !== undefined) await compareSlices(ctx, cfg, rel, format, counted, rules, out)
  return out
}

/** Which rate decides the equalized odds summary: TPR or FPR. */
function pickEoRate(jr: GroupRates[], s: SummaryName): 'recall' | 'fpr' {
  const tpr = spread(jr.map((r) => r.recall))
  const fpr = spread(jr.map((r) => r.fpr))
  if (s === 'equalized-odds-difference') return fpr.difference > tpr.difference ? 'fpr' : 'recall'
  return fpr.ratio < tpr.ratio ? 'fpr' : 'recall'
}

function summaryFinding(rel: string, s: SummaryName | 'max-ece', over: string, value: number, limit: number, set: string, detail = '', ci: [number, number] | null = null): FindingInput {
  const info = SUMMARY_TEXT[s]
  return {
    ruleId: `fairness/${s === 'max-ece' ? 'calibration' : s}`,
    severity: 'high',
    title: s === 'max-ece' ? 'Model is miscalibrated' : `Fairness: ${info.title} over the limit`,
    message:
      s === 'max-ece'
        ? `${rel}: the ${info.title} of ${over} is above the limit ${limit}${set === 'overall' ? ` (${fmt(value)})` : ''}`
        : `${rel}: the ${info.title} over ${over} is ${fmt(value)}${detail}, ${info.worse} the limit ${limit}${ci ? ` (${fmt(ci[0])} to ${fmt(ci[1])} by bootstrap)` : ''}`,
    location: { path: rel, startLine: null },
    fingerprintKey: `fairness/${s}:${rel}:${set}`,
    properties: { summary: s, features: set, value, threshold: limit, ...(ci ? { ci } : {}) }
  }
}

const SLICE_DIRECTION: Record<string, boolean> = { accuracy: true, precision: true, recall: true, fpr: false, fnr: false }

/** Each judged group's slice metrics (and overall) as a metric set: "sex=F.accuracy", "sex=F, age=<30.recall", "overall.accuracy". */
function sliceMetrics(counted: Counted, cfg: FairnessConfig, source: string): MetricSet {
  const set: MetricSet = { source, format: 'csv', metrics: new Map(), other: new Map() }
  const features = cfg.sensitive
  const entries = [...counted.cells.entries()].map(([k, c]) => ({ ids: k.split(',').map(Number), c }))
  const sets: number[][] = features.map((_, i) => [i])
  if (features.length > 1 && cfg.intersections) sets.push(features.map((_, i) => i))
  const add = (prefix: string, c: Confusion): void => {
    const r = rates(c)
    for (const m of cfg['slice-metrics']) set.metrics.set(`${prefix}.${m}`, { name: `${prefix}.${m}`, value: r[m], higherIsBetter: SLICE_DIRECTION[m], line: null })
  }
  const all: Confusion = { tp: 0, fp: 0, tn: 0, fn: 0 }
  for (const e of entries) {
    all.tp += e.c.tp
    all.fp += e.c.fp
    all.tn += e.c.tn
    all.fn += e.c.fn
  }
  add('overall', all)
  for (const s of sets) {
    const merged = new Map<string, Confusion>()
    for (const e of entries) {
      const k = s.map((i) => `${features[i]}=${counted.names[i][e.ids[i]]}`).join(', ')
      const g = merged.get(k) ?? { tp: 0, fp: 0, tn: 0, fn: 0 }
      g.tp += e.c.tp
      g.fp += e.c.fp
      g.tn += e.c.tn
      g.fn += e.c.fn
      merged.set(k, g)
    }
    for (const [k, c] of merged) if (c.tp + c.fp + c.tn + c.fn >= cfg['min-group-size']) add(k, c)
  }
  return set
}

/** Holds each judged group's rates to the same group's in the baseline predictions. */
async function compareSlices(ctx: GateContext<unknown>, cfg: FairnessConfig, rel: string, format: TabularFormat, counted: Counted, rules: Rules, out: Outcome): Promise<void> {
  const b = cfg.baseline!
  const what = 'gates.evaluation.fairness.baseline'
  let baseAbs: string
  let baseSource: string
  try {
    if (b === 'base-commit' || typeof b === 'object') {
      let rev: string
      if (b === 'base-commit') {
        if (!ctx.pullRequest) {
          out.checks.push({ name: 'slices-baseline', target: rel, outcome: 'skipped', details: { baseline: b, reason: 'not a pull request, so there is no base commit to compare with (set fairness.baseline to a path or { git: <revision> } outside pull requests)' } })
          return
        }
        rev = ctx.pullRequest.baseSha
      } else rev = b.git
      if (format === 'parquet') throw new MetricsError(`${what}: a Parquet baseline cannot be read from git; give the baseline predictions as a path`)
      const text = await gitShow(ctx, rev, rel, cfg['max-bytes'])
      const short = /^[0-9a-f]{40}$/.test(rev) ? rev.slice(0, 12) : rev
      if (text === null) throw new MetricsError(`${rel} does not exist at the baseline commit ${short}; if this change adds it, give the baseline predictions as a path`)
      baseAbs = path.join(ctx.tempDir, `baseline-predictions-${process.pid}-${Date.now()}${path.extname(rel)}`)
      await writeFile(baseAbs, text)
      baseSource = `${rel}@${short}`
    } else {
      baseAbs = await realInside(ctx.workspace, b, what).catch((e) => {
        throw new MetricsError((e as NodeJS.ErrnoException).code === 'ENOENT' ? `${what}: ${b} does not exist in the workspace` : errorMessage(e))
      })
      baseSource = b
    }
  } catch (e) {
    if (!(e instanceof MetricsError) && !(e instanceof GatesError)) throw e
    out.errors.push(e.message)
    out.checks.push({ name: 'slices-baseline', target: rel, outcome: 'error', details: { reason: e.message } })
    return
  }
  const baseOut: Outcome = { findings: [], checks: [], errors: [], tables: [] }
  const baseFormat = typeof b === 'string' && b !== 'base-commit' ? formatOf(b, cfg.format) : format
  const fromGit = baseSource !== b
  const base = await countPredictions(baseAbs, baseSource, baseFormat, cfg, ctx.signal, baseOut).finally(() => (fromGit ? rm(baseAbs, { force: true }) : undefined))
  if (!base) {
    out.errors.push(...baseOut.errors.map((e) => `baseline predictions: ${e}`))
    out.checks.push({ name: 'slices-baseline', target: rel, outcome: 'error', details: { baseline: baseSource, reason: baseOut.errors[0] ?? 'unreadable' } })
    return
  }
  out.checks.push({ name: 'slices-baseline', target: rel, outcome: 'pass', details: { baseline: baseSource, rows: base.rows } })
  const cur = sliceMetrics(counted, cfg, rel)
  const old = sliceMetrics(base, cfg, baseSource)
  // Groups judged on one side only (new, gone, or below min-group-size there) are listed, not compared.
  for (const [name, set] of [[cur, old], [old, cur]] as const) {
    for (const k of name.metrics.keys()) {
      if (set.metrics.has(k)) continue
      name.metrics.delete(k)
      out.checks.push({ name: 'metric', target: rel, outcome: 'skipped', details: { source: rel, metric: k, reason: `the group is judged (at least ${cfg['min-group-size']} rows) only in ${name.source}` } })
    }
  }
  const cmp = compareMetrics({ path: rel, current: cur, selected: [...cur.metrics.values()], select: undefined, baseline: old, rules })
  out.findings.push(...cmp.findings)
  out.checks.push(...cmp.checks)
  out.errors.push(...cmp.errors)
  if (cmp.rows.length) out.tables.push({ title: `Slices: ${rel} against ${baseSource}`, columns: ['Slice metric', 'Baseline', 'Current', 'Change', 'Rule', 'Result'], rows: cmp.rows })
}
