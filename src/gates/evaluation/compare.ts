/**
 * Holds each selected metric to its baseline: direction (higher or lower is better), a tolerance
 * (absolute, relative to the baseline value, or in combined standard errors; the largest allowance
 * applies), and absolute floors and ceilings. Pure: metric sets and rules in, checks, findings,
 * errors and table rows out.
 */
import type { Check, FindingInput, Severity } from '../../engine/types.js'
import type { MetricRule } from './config.js'
import { isGlob, metricGlob, type Metric, type MetricSet } from './metrics.js'

export interface Rules {
  defaults: MetricRule
  /** Per-metric rules, keyed by name or glob; the first match applies. */
  byName: Record<string, MetricRule>
  newMetrics: string[]
}

export interface Compared {
  findings: FindingInput[]
  checks: Check[]
  errors: string[]
  rows: string[][]
}

const matches = (pattern: string, name: string): boolean => (isGlob(pattern) ? metricGlob(pattern).test(name) : pattern === name)

export function ruleFor(rules: Rules, name: string): { rule: MetricRule; key: string | null } {
  for (const [k, r] of Object.entries(rules.byName)) {
    if (matches(k, name)) {
      const tol = r.tolerance ?? rules.defaults.tolerance
      return { rule: { ...rules.defaults, ...stripUndefined(r), tolerance: tol }, key: k }
    }
  }
  return { rule: rules.defaults, key: null }
}

function stripUndefined<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>
}

export const fmtNum = (x: number): string => {
  if (!Number.isFinite(x)) return String(x)
  if (Number.isInteger(x)) return String(x)
  const a = Math.abs(x)
  if (a !== 0 && (a < 1e-3 || a >= 1e6)) return x.toExponential(3)
  return String(Number(x.toPrecision(6)))
}

const signed = (x: number): string => (x > 0 ? `+${fmtNum(x)}` : x < 0 ? `\u2212${fmtNum(-x)}` : '0')
const pct = (x: number): string => (Number.isFinite(x) ? `${x > 0 ? '+' : x < 0 ? '\u2212' : ''}${Math.abs(x * 100).toFixed(2)}%` : 'n/a')

function where(set: MetricSet, m: Metric | undefined): string {
  return m?.line ? `${set.source}:${m.line}` : set.source
}

/** Names the current and the baseline selections cover. */
function namesOf(cur: Metric[], base: MetricSet, select: string[] | undefined): string[] {
  const names = new Set(cur.map((m) => m.name))
  for (const n of base.metrics.keys()) if (!select || select.some((p) => matches(p, n))) names.add(n)
  return [...names]
}

export interface CompareInput {
  /** Workspace-relative path of the current metrics (findings point here). */
  path: string
  current: MetricSet
  selected: Metric[]
  select: string[] | undefined
  /** Null when there is no baseline to compare with (bounds are still judged). */
  baseline: MetricSet | null
  /** Why there is no baseline (shown on each check). */
  noBaseline?: string
  rules: Rules
}

export function compareMetrics(inp: CompareInput): Compared {
  const out: Compared = { findings: [], checks: [], errors: [], rows: [] }
  const { current, baseline, rules } = inp
  const names = baseline ? namesOf(inp.selected, baseline, inp.select) : inp.selected.map((m) => m.name)
  const curBy = new Map(inp.selected.map((m) => [m.name, m]))
  for (const name of names.sort()) {
    const cur = curBy.get(name) ?? current.metrics.get(name)
    const old = baseline?.metrics.get(name)
    const { rule } = ruleFor(rules, name)
    const severity: Severity = rule.severity ?? 'high'
    const base = { source: current.source, metric: name, baseline: baseline?.source ?? null }
    const fail = (msg: string, reason: string): void => {
      out.errors.push(msg)
      out.checks.push({ name: 'metric', target: inp.path, outcome: 'error', details: { ...base, old: old?.value ?? null, new: cur?.value ?? null, reason } })
      out.rows.push([name, old ? fmtNum(old.value) : '(missing)', cur ? fmtNum(cur.value) : '(missing)', '', reason, '\u26a0\ufe0f error'])
    }
    if (!cur) {
      const other = current.other.get(name)
      if (other) fail(`${current.source}${other.line ? `:${other.line}` : ''}: metric "${name}" is ${other.kind}, not a number (the baseline has ${fmtNum(old!.value)})`, 'not a number')
      else fail(`${current.source}: metric "${name}" is in the baseline (${baseline!.source}) but missing here; it was removed or renamed: restore it, or leave it out of select`, 'missing in the current metrics')
      continue
    }
    if (!Number.isFinite(cur.value)) {
      fail(`${where(current, cur)}: metric "${name}" is ${cur.value}; a NaN or infinite metric cannot be judged: fix the evaluation`, `value is ${cur.value}`)
      continue
    }
    const direction = rule.direction ?? (cur.higherIsBetter !== undefined ? (cur.higherIsBetter ? 'higher' : 'lower') : old?.higherIsBetter !== undefined ? (old.higherIsBetter ? 'higher' : 'lower') : undefined)
    const bounds: string[] = []
    let boundFail: string | null = null
    if (rule.min !== undefined) {
      bounds.push(`min ${fmtNum(rule.min)}`)
      if (cur.value < rule.min) boundFail = `below the floor ${fmtNum(rule.min)}`
    }
    if (rule.max !== undefined) {
      bounds.push(`max ${fmtNum(rule.max)}`)
      if (cur.value > rule.max) boundFail = `above the ceiling ${fmtNum(rule.max)}`
    }
    let outcome: 'pass' | 'fail' | 'error' | 'skipped'
    let ruleText: string
    let change: number | null = null
    let rel: number | null = null
    let allowed: number | null = null
    let regressed = false
    let noteAboutStderr = ''

    if (!baseline || !old) {
      const reason = !baseline ? (inp.noBaseline ?? 'no baseline') : null
      if (baseline && !old) {
        const other = baseline.other.get(name)
        if (other) {
          fail(`${baseline.source}${other.line ? `:${other.line}` : ''}: metric "${name}" is ${other.kind} in the baseline, not a number`, 'baseline not a number')
          continue
        }
        if (!rules.newMetrics.some((p) => matches(p, name))) {
          fail(`${where(current, cur)}: metric "${name}" is not in the baseline (${baseline.source}); if this change adds it, list it under gates.evaluation.new-metrics (its bounds still apply), or fix the name`, 'missing in the baseline')
          continue
        }
      }
      ruleText = [baseline ? 'new metric: bounds only' : `not compared (${reason})`, ...bounds].join('; ')
      outcome = boundFail ? 'fail' : bounds.length ? 'pass' : 'skipped'
    } else {
      if (!Number.isFinite(old.value)) {
        fail(`${where(baseline, old)}: the baseline value of "${name}" is ${old.value}; it cannot be compared: fix or replace the baseline`, `baseline is ${old.value}`)
        continue
      }
      if (!direction) {
        fail(`${where(current, cur)}: whether higher or lower is better for "${name}" is unknown (the format does not say): set gates.evaluation.rules["${name}"].direction (or gates.evaluation.direction) to higher or lower`, 'direction unknown')
        continue
      }
      change = cur.value - old.value
      rel = old.value !== 0 ? change / Math.abs(old.value) : change === 0 ? 0 : NaN
      const worse = direction === 'higher' ? -change : change
      const tol = rule.tolerance ?? {}
      const allowances: string[] = []
      allowed = 0
      if (tol.absolute !== undefined) {
        allowed = Math.max(allowed, tol.absolute)
        allowances.push(`absolute ${fmtNum(tol.absolute)}`)
      }
      if (tol.relative !== undefined) {
        allowed = Math.max(allowed, tol.relative * Math.abs(old.value))
        allowances.push(`relative ${fmtNum(tol.relative * 100)}% of ${fmtNum(old.value)}`)
      }
      if (tol.stderr !== undefined) {
        if (cur.stderr !== undefined && old.stderr !== undefined) {
          const se = Math.sqrt(cur.stderr ** 2 + old.stderr ** 2)
          allowed = Math.max(allowed, tol.stderr * se)
          allowances.push(`${fmtNum(tol.stderr)} standard errors (${fmtNum(tol.stderr * se)})`)
        } else if (tol.absolute === undefined && tol.relative === undefined) {
          fail(
            `${where(current, cur)}: "${name}" has a tolerance in standard errors, but ${cur.stderr === undefined ? 'the current metrics carry' : 'the baseline carries'} no standard error for it: add an absolute or relative tolerance (gates.evaluation.rules["${name}"].tolerance)`,
            'no standard error'
          )
          continue
        } else noteAboutStderr = '; no standard error on both sides, so the standard-error tolerance was not used'
      }
      // Float noise (0.92 * 0.95 is not exactly 0.874) must not decide a boundary case.
      const eps = 1e-12 * Math.max(1, Math.abs(old.value), Math.abs(cur.value))
      regressed = worse > allowed + eps
      ruleText = [`${direction} is better`, allowances.length ? `tolerance ${allowances.join(', ')} (allowed ${fmtNum(allowed)})` : 'no tolerance', ...bounds].join('; ') + noteAboutStderr
      outcome = regressed || boundFail ? 'fail' : 'pass'
    }

    out.checks.push({
      name: 'metric',
      target: inp.path,
      outcome,
      details: {
        ...base,
        old: old?.value ?? null,
        new: cur.value,
        change,
        relativeChange: rel !== null && Number.isFinite(rel) ? rel : null,
        direction: direction ?? null,
        higherIsBetter: direction ? direction === 'higher' : null,
        allowed,
        rule: ruleText,
        ...(old?.stderr !== undefined ? { oldStderr: old.stderr } : {}),
        ...(cur.stderr !== undefined ? { newStderr: cur.stderr } : {}),
        line: cur.line
      }
    })
    const arrow = change === null ? '' : change > 0 ? '\u25b2 ' : change < 0 ? '\u25bc ' : '= '
    const changeText = change === null ? '' : `${arrow}${signed(change)}${rel !== null ? ` (${pct(rel)})` : ''}`
    const result = outcome === 'fail' ? `\u274c ${regressed ? 'regression' : boundFail}` : outcome === 'skipped' ? '\u2796 not compared' : '\u2705 pass'
    out.rows.push([name, old ? fmtNum(old.value) : '', fmtNum(cur.value), changeText, ruleText, result])

    if (regressed && old && change !== null) {
      out.findings.push({
        ruleId: 'evaluation/regression',
        severity,
        title: 'Metric regressed beyond its tolerance',
        message: `${inp.path}: ${name} went from ${fmtNum(old.value)} to ${fmtNum(cur.value)} (${signed(change)}${rel !== null && Number.isFinite(rel) ? `, ${pct(rel)}` : ''}) against ${baseline!.source}; ${direction} is better and at most ${fmtNum(allowed!)} worse is allowed (${ruleText})`,
        location: { path: inp.path, startLine: cur.line },
        fingerprintKey: `evaluation/regression:${inp.path}:${name}`,
        properties: { metric: name, old: old.value, new: cur.value, change, allowed, baseline: baseline!.source }
      })
    }
    if (boundFail) {
      out.findings.push({
        ruleId: 'evaluation/bound',
        severity,
        title: 'Metric outside its absolute bound',
        message: `${inp.path}: ${name} is ${fmtNum(cur.value)}, ${boundFail}`,
        location: { path: inp.path, startLine: cur.line },
        fingerprintKey: `evaluation/bound:${inp.path}:${name}`,
        properties: { metric: name, new: cur.value, min: rule.min ?? null, max: rule.max ?? null }
      })
    }
  }
  return out
}
