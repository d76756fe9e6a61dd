/**
 * One run from a workspace: load config, waivers and baseline, build the policy, run the engine.
 * Shared by the action (main.ts) and the CLI (cli/run.ts) so both decide the same way.
 */
import { loadBaselineFingerprints, loadConfig, loadWaivers } from '../config/load.js'
import { GATES } from '../gates/registry.js'
import { Policy, todayUtc } from './policy.js'
import { runEngine, type EngineOptions } from './run.js'
import type { Report, Threshold } from './types.js'

export interface SessionOptions extends Omit<EngineOptions, 'config' | 'registry' | 'policy'> {
  /** Config file path relative to the workspace (default .github/ai-secure-gates.yml). */
  configPath?: string
  failOn?: Threshold
  today?: string
}

export interface SessionResult {
  report: Report
  configSource: string | null
}

export async function runSession(opts: SessionOptions): Promise<SessionResult> {
  const { config, source } = await loadConfig(opts.workspace, opts.configPath)
  const { waivers } = await loadWaivers(opts.workspace, config.waivers)
  const baseline = await loadBaselineFingerprints(opts.workspace, config.baseline)
  const policy = new Policy({ waivers, baseline, today: opts.today ?? todayUtc() })
  const report = await runEngine({ ...opts, config, registry: GATES, policy, implicitConfig: source === null })
  return { report, configSource: source }
}
