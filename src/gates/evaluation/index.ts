/**
 * The evaluation gate: metrics held to a baseline (the same file at the pull request's base commit,
 * a file, or a previous report), and fairness measured per group from a predictions file.
 * See docs/gates/evaluation.md.
 */
import { errorMessage, GatesError } from '../../engine/errors.js'
import type { Check, FindingInput, Gate, GateContext, GateRunResult, SummaryTable } from '../../engine/types.js'
import { compareMetrics, type Rules } from './compare.js'
import { evaluationConfigSchema, type BaselineConfig, type EvaluationConfig, type MetricSourceConfig } from './config.js'
import { runFairness } from './fairness.js'
import { MetricsError, selectMetrics, type MetricSet } from './metrics.js'
import { readGitMetrics, readReportMetrics, readWorkspaceMetrics } from './sources.js'

interface Result {
  findings: FindingInput[]
  checks: Check[]
  errors: string[]
  tables: SummaryTable[]
}

function sourcesOf(cfg: EvaluationConfig): MetricSourceConfig[] {
  if (!cfg.metrics) return []
  const list = typeof cfg.metrics === 'string' ? [cfg.metrics] : cfg.metrics
  return list.map((s) => (typeof s === 'string' ? { path: s } : s))
}

function baselineText(b: BaselineConfig): string {
  if (typeof b === 'string') return b
  if ('git' in b) return `git ${b.git}`
  if ('report' in b) return `report ${b.report}`
  return b.path
}

async function readBaseline(ctx: GateContext<EvaluationConfig>, src: MetricSourceConfig, current: MetricSet): Promise<{ set: MetricSet | null; reason?: string }> {
  const cfg = ctx.config
  const b = src.baseline ?? cfg.baseline
  const max = cfg['max-bytes']
  if (b === 'base-commit' || (typeof b === 'object' && 'git' in b)) {
    let rev: string
    if (b === 'base-commit') {
      if (!ctx.pullRequest) return { set: null, reason: "not a pull request, so there is no base commit to compare with (set baseline to a file, { git: <revision> } or { report: <file> } to compare outside pull requests)" }
      rev = ctx.pullRequest.baseSha
    } else rev = b.git
    if (current.format === 'mlflow') throw new MetricsError(`${src.path}: an MLflow run folder cannot be read from git; give the baseline run folder as baseline: <path>`)
    const r = await readGitMetrics(ctx, rev, src.path, src.format ?? (current.format as Exclude<MetricSet['format'], 'report'>), max)
    if ('missing' in r) {
      throw new MetricsError(`baseline: ${r.missing}, so there is nothing to compare with; if this change adds the file, compare with a committed baseline file (baseline: <path>) or a previous report (baseline: { report: <file> })`)
    }
    return { set: r }
  }
  if (typeof b === 'object' && 'report' in b) return { set: await readReportMetrics(ctx, b.report, current.source, max) }
  const path = typeof b === 'string' ? b : b.path
  const format = typeof b === 'string' ? (src.format ?? (current.format === 'report' ? undefined : current.format)) : (b.format ?? src.format)
  return { set: await readWorkspaceMetrics(ctx, path, format, max, 'gates.evaluation.baseline') }
}

async function checkSource(ctx: GateContext<EvaluationConfig>, src: MetricSourceConfig, i: number, rules: Rules, res: Result): Promise<void> {
  const what = typeof ctx.config.metrics === 'string' ? 'gates.evaluation.metrics' : `gates.evaluation.metrics[${i}]`
  let current: MetricSet
  try {
    current = await readWorkspaceMetrics(ctx, src.path, src.format, ctx.config['max-bytes'], what)
  } catch (e) {
    if (!(e instanceof MetricsError) && !(e instanceof GatesError)) throw e
    res.errors.push(e.message)
    res.checks.push({ name: 'metrics-read', target: src.path, outcome: 'error', details: { reason: e.message } })
    return
  }
  const { metrics: selected, errors } = selectMetrics(current, src.select)
  for (const e of errors) {
    res.errors.push(e)
    res.checks.push({ name: 'metrics-select', target: src.path, outcome: 'error', details: { reason: e } })
  }
  if (!src.select && selected.length === 0) {
    const msg = `${src.path}: no numeric metric in the file${current.other.size ? ` (only ${[...current.other.keys()].slice(0, 5).join(', ')}, which are not numbers)` : ''}; point gates.evaluation.metrics at the metrics the evaluation writes`
    res.errors.push(msg)
    res.checks.push({ name: 'metrics-read', target: src.path, outcome: 'error', details: { reason: msg } })
    return
  }
  res.checks.push({ name: 'metrics-read', target: src.path, outcome: 'pass', details: { format: current.format, metrics: selected.length } })

  let baseline: MetricSet | null
  let reason: string | undefined
  const bText = baselineText(src.baseline ?? ctx.config.baseline)
  try {
    const r = await readBaseline(ctx, src, current)
    baseline = r.set
    reason = r.reason
  } catch (e) {
    if (!(e instanceof MetricsError) && !(e instanceof GatesError)) throw e
    res.errors.push(`${src.path}: ${e.message}`)
    res.checks.push({ name: 'baseline', target: src.path, outcome: 'error', details: { baseline: bText, reason: e.message } })
    return
  }
  res.checks.push({
    name: 'baseline',
    target: src.path,
    outcome: baseline ? 'pass' : 'skipped',
    details: baseline ? { baseline: bText, source: baseline.source, metrics: baseline.metrics.size } : { baseline: bText, reason }
  })
  const cmp = compareMetrics({ path: src.path, current, selected, select: src.select, baseline, noBaseline: reason, rules })
  res.findings.push(...cmp.findings)
  res.checks.push(...cmp.checks)
  res.errors.push(...cmp.errors)
  if (cmp.rows.length) {
    res.tables.push({
      title: `Metrics: ${src.path}${baseline ? ` against ${baseline.source}` : ' (no baseline)'}`,
      columns: ['Metric', 'Baseline', 'Current', 'Change', 'Rule', 'Result'],
      rows: cmp.rows
    })
  }
}

export async function runEvaluationGate(ctx: GateContext<EvaluationConfig>): Promise<GateRunResult> {
  const cfg = ctx.config
  const res: Result = { findings: [], checks: [], errors: [], tables: [] }
  const sources = sourcesOf(cfg)
  if (!sources.length && !cfg.fairness) {
    if (ctx.explicit === false) return { ...res, skipped: 'nothing configured: set gates.evaluation.metrics or gates.evaluation.fairness' }
    return { ...res, errors: ['gates.evaluation: nothing to evaluate: set metrics (a metrics file to hold to its baseline) or fairness (a predictions file)'] }
  }
  const rules: Rules = {
    defaults: { direction: cfg.direction, tolerance: cfg.tolerance, min: cfg.min, max: cfg.max, severity: cfg.severity },
    byName: cfg.rules,
    newMetrics: cfg['new-metrics']
  }
  for (const [i, src] of sources.entries()) {
    ctx.signal.throwIfAborted()
    try {
      await checkSource(ctx, src, i, rules, res)
    } catch (e) {
      if (!(e instanceof Error) || e.name === 'AbortError') throw e
      res.errors.push(`${src.path}: ${errorMessage(e)}`)
    }
  }
  if (cfg.fairness) {
    const f = await runFairness(ctx, cfg.fairness, rules)
    res.findings.push(...f.findings)
    res.checks.push(...f.checks)
    res.errors.push(...f.errors)
    res.tables.push(...f.tables)
  }
  const metricChecks = res.checks.filter((c) => c.name === 'metric')
  const parts: string[] = []
  const compared = metricChecks.filter((c) => typeof c.details.old === 'number' && c.outcome !== 'error').length
  if (sources.length || compared) {
    const regressed = res.findings.filter((f) => f.ruleId === 'evaluation/regression').length
    const bounds = res.findings.filter((f) => f.ruleId === 'evaluation/bound').length
    parts.push(`${compared} metric${compared === 1 ? '' : 's'} compared with the baseline, ${regressed} regressed${bounds ? `, ${bounds} out of bounds` : ''}`)
  }
  if (cfg.fairness) {
    const limits = res.checks.filter((c) => (c.name === 'fairness' || c.name === 'calibration') && (c.outcome === 'pass' || c.outcome === 'fail'))
    const judged = limits.length
    const failed = limits.filter((c) => c.outcome === 'fail').length
    parts.push(`fairness: ${judged} limit${judged === 1 ? '' : 's'} checked, ${failed} exceeded`)
  }
  return { ...res, summary: res.errors.length ? undefined : parts.join('; ') }
}

export const evaluationGate: Gate<EvaluationConfig> = {
  id: 'evaluation',
  title: 'Evaluation (metrics vs baseline, fairness)',
  configSchema: evaluationConfigSchema,
  run: runEvaluationGate
}
