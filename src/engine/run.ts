/**
 * The engine: selects gates, runs them concurrently each under its own time limit, applies the
 * policy and assembles the Report. A gate that throws, times out or reports errors is `error`,
 * never `pass`.
 */
import type { Config, GateBlock } from '../config/schema.js'
import { suggest } from '../config/errors.js'
import { ConfigError, ToolError, describeError } from './errors.js'
import { confineToWorkspace } from './confine.js'
import type { Policy } from './policy.js'
import { tailLines } from './text.js'
import type { Gate, GateContext, GateReport, GateRunResult, GateStatus, NotChecked, Report, Threshold } from './types.js'
import { VERSION } from '../version.js'
import { networkOnlyErrors, toolFix, toolUnavailable, type Surface } from './coverage.js'
import { lazyInventory } from './inventory.js'

export interface EngineOptions extends Omit<GateContext<unknown>, 'config' | 'signal' | 'declareTargets'> {
  config: Config
  registry: Gate<any>[]
  policy: Policy
  /** Gate ids to run (input `gates` / --gates); others are listed as skipped. */
  only?: string[]
  /** Global threshold from the action input or --fail-on; a gate's own fail-on still wins. */
  failOn?: Threshold
  /** The config is the built-in default (no config file was found). */
  implicitConfig?: boolean
  context?: Report['context']
  /** Where fixes point: CLI flags or action inputs (default action). */
  surface?: Surface
  onGateStart?: (id: string) => void
  onGateEnd?: (gate: GateReport) => void
}

/** Check outcomes that mean something was actually examined. */
const EXAMINED = new Set(['pass', 'fail', 'error'])

export function checkGateNames(names: string[], registry: Gate<any>[]): void {
  const valid = registry.map((g) => g.id)
  for (const n of names) {
    if (!valid.includes(n)) {
      throw new ConfigError('CONFIG_INVALID', `gates: unknown gate "${n}"${suggest(n, valid)}. Valid gates: ${valid.join(', ')}`)
    }
  }
}

function defaultSummary(r: GateRunResult, findings: GateReport['findings']): string {
  if (r.errors.length) return tailLines(r.errors[0], 1)
  const blocking = findings.filter((f) => f.blocking).length
  const n = findings.length
  const examined = r.checks.length
  const base = n === 0 ? 'no findings' : `${n} finding${n === 1 ? '' : 's'}, ${blocking} blocking`
  return examined ? `${base} (${examined} check${examined === 1 ? '' : 's'})` : base
}

async function withTimeout<T>(ms: number, controller: AbortController, work: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      controller.abort()
      reject(new ToolError('TOOL_TIMEOUT', `the gate did not finish within ${ms / 60000} minutes (timeout-minutes) and was stopped`))
    }, ms)
  })
  try {
    return await Promise.race([work, timeout])
  } finally {
    clearTimeout(timer)
  }
}


export async function runEngine(opts: EngineOptions): Promise<Report> {
  const { config, registry, policy } = opts
  if (opts.only) checkGateNames(opts.only, registry)
  const blocks = config.gates as Record<string, GateBlock | undefined>
  const ran = new Set<string>()
  const notChecked: NotChecked[] = []
  const inventory = opts.inventory ?? lazyInventory(opts.workspace)

  const runOne = async (gate: Gate<any>): Promise<GateReport> => {
    const block = blocks[gate.id]
    const failOn: Threshold = block?.['fail-on'] ?? opts.failOn ?? config['fail-on']
    const skip = (reason: string): GateReport => ({
      id: gate.id, title: gate.title, status: 'skipped', summary: reason, durationMs: 0, tool: null, failOn, reason, errors: [], checks: [], findings: []
    })
    if (opts.only && !opts.only.includes(gate.id)) return skip('not selected (gates input)')
    if (!block && !opts.only) return skip('not configured')
    if (block?.enabled === false) return skip('disabled in config (enabled: false)')
    ran.add(gate.id)
    opts.onGateStart?.(gate.id)
    const started = Date.now()
    const controller = new AbortController()
    const minutes = block?.['timeout-minutes'] ?? config['timeout-minutes']
    let result: GateRunResult
    const explicit = Boolean(block) && !opts.implicitConfig
    // Asked for by name (config block or gates input): a tool that cannot be had is an error, not a gap.
    const requested = explicit || Boolean(opts.only?.includes(gate.id))
    let targets: string | null = null
    const gap = (reason: string, tool: string | null, network: boolean, selfInstall = false): GateRunResult => {
      const fix = toolFix({ tool, network, selfInstall }, opts.surface ?? 'action', gate.id, opts.install)
      notChecked.push({ gate: gate.id, what: targets ?? `what the ${gate.id} gate covers`, reason, fix })
      return { findings: [], checks: [], errors: [], tool: tool ? { name: tool, version: null } : null, skipped: `not checked: ${reason}; fix: ${fix}` }
    }
    try {
      const parsed = gate.configSchema.parse(stripCommon(block ?? {}))
      result = await withTimeout(
        minutes * 60_000,
        controller,
        gate.run({ ...opts, inventory, config: parsed, signal: controller.signal, explicit, declareTargets: (what) => (targets = what) })
      )
      const offline = requested || result.findings.length ? null : networkOnlyErrors(result.errors)
      if (offline) result = gap(`${result.tool?.name ?? 'its tool'} could not reach what it needs: ${offline}`, result.tool?.name ?? null, true)
    } catch (e) {
      const u = requested ? null : toolUnavailable(e)
      result = u ? gap(u.reason, u.tool, u.network, u.selfInstall) : { findings: [], checks: [], errors: [describeError(e)], tool: null }
    }
    // Every path a gate or its tool reports stays inside the workspace (engine/confine.ts).
    result = await confineToWorkspace(opts.workspace, result)
    for (const n of result.notChecked ?? []) notChecked.push({ gate: gate.id, ...n })
    const findings = policy.apply(gate.id, result.findings, failOn)
    // "Nothing found" must never hide "nothing looked at": a gate that examined nothing is skipped, not passed.
    if (!result.errors.length && !result.skipped && findings.length === 0 && !result.checks.some((c) => EXAMINED.has(c.outcome))) {
      result.skipped = `nothing to examine${result.summary ? `: ${result.summary}` : ' under the configured paths'}`
      result.summary = undefined
    }
    let status: GateStatus
    if (result.errors.length) status = 'error'
    else if (result.skipped) status = 'skipped'
    else status = findings.some((f) => f.blocking) ? 'fail' : 'pass'
    const report: GateReport = {
      id: gate.id,
      title: gate.title,
      status,
      summary: result.summary ?? (status === 'skipped' ? result.skipped! : defaultSummary(result, findings)),
      durationMs: Date.now() - started,
      tool: result.tool ?? null,
      failOn,
      errors: result.errors,
      checks: result.checks,
      findings
    }
    if (result.tables?.length) report.tables = result.tables
    if (result.data) report.data = result.data
    if (status === 'fail' && result.pending) report.pending = result.pending
    if (status === 'skipped') report.reason = result.skipped
    if (status === 'error') report.reason = result.errors.join('\n')
    opts.onGateEnd?.(report)
    return report
  }

  const gates = await Promise.all(registry.map(runOne))
  const order = new Map(registry.map((g, i) => [g.id, i]))
  notChecked.sort((a, b) => (order.get(a.gate) ?? 0) - (order.get(b.gate) ?? 0))
  return {
    schemaVersion: 1,
    tool: { name: 'ai-secure-gates', version: VERSION },
    status: overallStatus(gates),
    notChecked,
    gates,
    waivers: policy.notes(ran),
    ...(opts.context ? { context: opts.context } : {})
  }
}

function stripCommon(block: GateBlock): Record<string, unknown> {
  const { enabled: _e, 'fail-on': _f, 'timeout-minutes': _t, ...rest } = block
  return rest
}

export function overallStatus(gates: Pick<GateReport, 'status'>[]): Report['status'] {
  if (gates.some((g) => g.status === 'error')) return 'error'
  if (gates.some((g) => g.status === 'fail')) return 'fail'
  return 'pass'
}

export function exitCodeFor(status: Report['status']): number {
  return status === 'pass' ? 0 : status === 'fail' ? 1 : 2
}
