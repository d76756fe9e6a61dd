/**
 * Applies one environment's rules to a finished Report (after every gate, before redaction and the
 * reporters). Declarative requirements (gates, waivers, complete) are written as CEL rules, so every
 * rule is evaluated, explained and recorded the same way: name, kind, expression, config path,
 * result, message and the report values it read.
 *
 * A rule that reads a key the report does not have is `error` (never a pass), naming the key and
 * what the report has instead. The policy's status joins the report's: a failed require or a deny
 * that fires makes a passing run fail; a rule that cannot be evaluated makes it error.
 */
import { ConfigError } from '../../engine/errors.js'
import type { PolicyResult, PolicyRuleResult, Report } from '../../engine/types.js'
import { compile } from './cel.js'
import type { EnvironmentPolicy } from './config.js'
import { policyInput } from './input.js'

export interface RuleSpec {
  name: string
  kind: PolicyRuleResult['kind']
  expr: string
  source: string
  message?: string
}

/** The environment's rules in order: declarative requirements first, then require, deny, violation, warn. */
export function rulesFor(env: string, policy: EnvironmentPolicy): RuleSpec[] {
  const base = `environments.${env}`
  const rules: RuleSpec[] = []
  for (const [gate, statuses] of Object.entries(policy.gates ?? {})) {
    const list = Array.isArray(statuses) ? statuses : [statuses]
    rules.push({
      name: `gate:${gate}`,
      kind: 'require',
      expr: `gates['${gate}'].status in [${list.map((s) => `'${s}'`).join(', ')}]`,
      source: `${base}.gates.${gate}`,
      message: `the ${gate} gate must be ${list.join(' or ')}`
    })
  }
  const days = policy.waivers?.['min-days-left']
  if (days !== undefined) {
    rules.push({
      name: `waivers:min-days-left`,
      kind: 'require',
      expr: `waivers.all(w, w.daysLeft >= ${days})`,
      source: `${base}.waivers.min-days-left`,
      message: `no waiver used in this run may expire within ${days} days`
    })
  }
  if (policy.approvals !== undefined) {
    rules.push({
      name: 'approvals',
      kind: 'require',
      expr: `size(gates.approval.data.approvedBy) >= ${policy.approvals}`,
      source: `${base}.approvals`,
      message: `at least ${policy.approvals} approval${policy.approvals === 1 ? '' : 's'} counted by the approval gate`
    })
  }
  if (policy.signatures) {
    rules.push({
      name: 'signatures',
      kind: 'require',
      expr: "gates.models.checks.exists(c, c.name == 'signature') && gates.models.checks.all(c, c.name != 'signature' || c.outcome == 'pass')",
      source: `${base}.signatures`,
      message: 'every model signature checked by the models gate must verify, and at least one must be checked (gates.models.signatures)'
    })
  }
  if (policy.complete) {
    rules.push({ name: 'complete', kind: 'require', expr: 'size(notChecked) == 0', source: `${base}.complete`, message: 'everything that applies must have been checked (nothing not checked)' })
  }
  for (const key of ['require', 'deny', 'violation', 'warn'] as const) {
    // Conftest's `violation` is a deny.
    const kind = key === 'violation' ? 'deny' : key
    ;(policy[key] ?? []).forEach((r, i) => {
      const source = `${base}.${key}[${i}]`
      if (typeof r === 'string') rules.push({ name: `${key}[${i}]`, kind, expr: r, source })
      else rules.push({ name: r.name ?? `${key}[${i}]`, kind, expr: r.expr, source, message: r.message ?? r.msg })
    })
  }
  return rules
}

const MISSING = Symbol('missing')

function resolve(input: Record<string, unknown>, path: string): unknown {
  let v: unknown = input
  for (const k of path.split('.')) {
    if (v && typeof v === 'object' && !Array.isArray(v) && Object.hasOwn(v, k)) v = (v as Record<string, unknown>)[k]
    else if (Array.isArray(v) && /^\d+$/.test(k) && Number(k) < v.length) v = v[Number(k)]
    else return MISSING
  }
  return v
}

/** A value as recorded in a rule's inputs: scalars as they are, lists and maps summarised. */
function summarise(v: unknown): unknown {
  if (v === MISSING) return '(not in the report)'
  if (typeof v === 'bigint') return Number(v)
  if (Array.isArray(v)) return v.length <= 10 && v.every((x) => x === null || typeof x !== 'object') ? v : `list of ${v.length}`
  if (v && typeof v === 'object') {
    const keys = Object.keys(v)
    return `map with ${keys.length} key${keys.length === 1 ? '' : 's'}${keys.length ? `: ${keys.slice(0, 12).join(', ')}${keys.length > 12 ? ', …' : ''}` : ''}`
  }
  return v
}

/** Why a rule could not be evaluated, naming the first path it reads that the report lacks. */
function missingKeyMessage(input: Record<string, unknown>, paths: string[], fallback: string): string {
  for (const p of paths) {
    if (resolve(input, p) !== MISSING) continue
    const parts = p.split('.')
    let i = parts.length - 1
    while (i > 0 && resolve(input, parts.slice(0, i).join('.')) === MISSING) i--
    const parentPath = parts.slice(0, i).join('.')
    const parent = resolve(input, parentPath)
    const has = parent && typeof parent === 'object' && !Array.isArray(parent) ? Object.keys(parent) : []
    const what = parentPath === 'gates' ? `the report has no gate "${parts[1]}"` : `the report has no key "${parts[i]}" under ${parentPath}`
    return `${p}: ${what}${has.length ? ` (it has: ${has.slice(0, 20).join(', ')})` : ''}; a rule over a missing key is an error, never a pass (test for it with has(${p}) if it is optional)`
  }
  return fallback
}

function evaluateRule(rule: RuleSpec, input: Record<string, unknown>): PolicyRuleResult {
  const out = (result: PolicyRuleResult['result'], message: string, inputs: Record<string, unknown> = {}): PolicyRuleResult => ({
    name: rule.name, kind: rule.kind, expr: rule.expr, source: rule.source, result, message, inputs
  })
  let compiled
  try {
    compiled = compile(rule.expr)
  } catch (e) {
    // The config loader compiles every rule first; this is only reached for rules built elsewhere.
    throw new ConfigError('CONFIG_INVALID', `${rule.source}: ${(e as Error).message}`)
  }
  const inputs = Object.fromEntries(compiled.paths.map((p) => [p, summarise(resolve(input, p))]))
  let value: unknown
  try {
    value = compiled.program(input)
  } catch (e) {
    const msg = (e as Error).message.split('\n')[0]
    return out('error', /no such key/i.test(msg) ? missingKeyMessage(input, compiled.paths, msg) : `could not be evaluated: ${msg}`, inputs)
  }
  if (typeof value !== 'boolean') return out('error', `gave ${typeof value === 'bigint' ? 'an int' : typeof value} ${String(value)}, not true or false`, inputs)
  const fires = rule.kind === 'require' ? !value : value
  if (!fires) return out('pass', rule.kind === 'require' ? 'holds' : 'does not fire', inputs)
  const said = rule.message ?? (rule.kind === 'require' ? `${rule.expr} is false` : `${rule.expr} is true`)
  return out(rule.kind === 'warn' ? 'warn' : 'fail', said, inputs)
}

export function evaluatePolicy(report: Report, env: string, policy: EnvironmentPolicy, today: string): PolicyResult {
  const input = policyInput(report, env, today)
  const rules = rulesFor(env, policy).map((r) => evaluateRule(r, input))
  const status = rules.some((r) => r.result === 'error') ? 'error' : rules.some((r) => r.result === 'fail') ? 'fail' : 'pass'
  return { environment: env, status, rules }
}

const RANK = { pass: 0, fail: 1, error: 2 } as const

/** The report with the policy result attached and its status joined (the worse of the two). */
export function withPolicy(report: Report, result: PolicyResult): Report {
  const status = RANK[result.status] > RANK[report.status] ? result.status : report.status
  return { ...report, status, policy: result }
}
