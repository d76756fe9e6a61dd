/**
 * One run from a workspace: load config, waivers and baseline, build the policy, run the engine.
 * Shared by the action (main.ts) and the CLI (cli/run.ts) so both decide the same way.
 *
 * The engine sits below the gates and the release rules (DESIGN.md, "Dependencies point down"), so
 * it imports neither: the caller passes the gate registry and the rules applied to the whole report
 * after the gates (release/policy/session-rules.ts: the environment policy).
 */
import { loadBaselineFingerprints, loadConfig, loadWaivers } from '../config/load.js'
import type { Config } from '../config/schema.js'
import type { Logger } from './logger.js'
import { Policy, todayUtc } from './policy.js'
import { runEngine, type EngineOptions } from './run.js'
import type { Gate, Report, Threshold } from './types.js'

/** What the report rules are told once the config is loaded. */
export interface ReportRulesInput {
  config: Config
  /** Workspace-relative path of the config file, or null when the defaults were used. */
  configSource: string | null
  environment?: string
  deploymentEnvironment?: string
  today: string
  logger: Logger
}

/**
 * Rules over the whole report, applied after the gates. `prepare` runs before any gate (so a
 * wrong setting, such as an unknown environment name, fails fast) and returns what to apply to
 * the report, or null when no rules apply to this run.
 */
export interface ReportRules {
  prepare(input: ReportRulesInput): ((report: Report) => Report) | null
}

export interface SessionOptions extends Omit<EngineOptions, 'config' | 'registry' | 'policy'> {
  /** Every gate the run may select (gates/registry.ts in the action and the CLI). */
  registry: Gate<any>[]
  /** Rules applied to the report after the gates (the release layer's environment policy). */
  reportRules: ReportRules
  /** Config file path relative to the workspace (default .github/ai-secure-gates.yml). */
  configPath?: string
  failOn?: Threshold
  today?: string
  /** The environment whose rules apply (input environment / --environment); must be in the config. */
  environment?: string
  /** The deployment environment from the event payload: its rules apply when the config has some. */
  deploymentEnvironment?: string
}

export interface SessionResult {
  report: Report
  configSource: string | null
}

export async function runSession(opts: SessionOptions): Promise<SessionResult> {
  const { registry, reportRules, ...engineOpts } = opts
  const { config, source } = await loadConfig(opts.workspace, opts.configPath)
  const { waivers } = await loadWaivers(opts.workspace, config.waivers)
  const baseline = await loadBaselineFingerprints(opts.workspace, config.baseline)
  const today = opts.today ?? todayUtc()
  const policy = new Policy({ waivers, baseline, today })
  // Chosen before any gate runs, so a wrong setting fails fast.
  const apply = reportRules.prepare({ config, configSource: source, environment: opts.environment, deploymentEnvironment: opts.deploymentEnvironment, today, logger: opts.logger })
  const report = await runEngine({ ...engineOpts, config, registry, policy, implicitConfig: source === null })
  return { report: apply ? apply(report) : report, configSource: source }
}
