/**
 * One run from a workspace: load config, waivers and baseline, build the policy, run the engine.
 * Shared by the action (main.ts) and the CLI (cli/run.ts) so both decide the same way.
 */
import { loadBaselineFingerprints, loadConfig, loadWaivers } from '../config/load.js'
import { GATES } from '../gates/registry.js'
import { Policy, todayUtc } from './policy.js'
import { runEngine, type EngineOptions } from './run.js'
import type { Report, Threshold } from './types.js'
import { evaluatePolicy, withPolicy } from '../release/policy/evaluate.js'
import { selectEnvironment } from '../release/policy/select.js'

export interface SessionOptions extends Omit<EngineOptions, 'config' | 'registry' | 'policy'> {
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
  const { config, source } = await loadConfig(opts.workspace, opts.configPath)
  const { waivers } = await loadWaivers(opts.workspace, config.waivers)
  const baseline = await loadBaselineFingerprints(opts.workspace, config.baseline)
  const today = opts.today ?? todayUtc()
  const policy = new Policy({ waivers, baseline, today })
  // Chosen before any gate runs, so an unknown environment name fails fast.
  const env = selectEnvironment(config.environments, opts.environment, opts.deploymentEnvironment, source)
  if (env) opts.logger.info(`Environment policy: ${env.name} (${env.from === 'input' ? 'named by the environment input' : "the deployment's environment"}), applied after the gates`)
  let report = await runEngine({ ...opts, config, registry: GATES, policy, implicitConfig: source === null })
  if (env) report = withPolicy(report, evaluatePolicy(report, env.name, env.policy, today))
  return { report, configSource: source }
}
