/**
 * The environment policy over a report made elsewhere (mode: report merges the reports of
 * mode: scan jobs): the config is read from the workspace, and the same rules as a run's
 * (session-rules.ts) apply to the merged report.
 */
import { loadConfig } from '../../config/load.js'
import { silentLogger } from '../../engine/logger.js'
import { todayUtc } from '../../engine/policy.js'
import type { Report } from '../../engine/types.js'
import { environmentRules } from './session-rules.js'

export async function applyEnvironmentPolicy(report: Report, opts: { workspace: string; configPath?: string; environment?: string; deploymentEnvironment?: string; today?: string }): Promise<Report> {
  if (!opts.environment && !opts.deploymentEnvironment) return report
  const { config, source } = await loadConfig(opts.workspace, opts.configPath)
  const apply = environmentRules.prepare({ config, configSource: source, environment: opts.environment, deploymentEnvironment: opts.deploymentEnvironment, today: opts.today ?? todayUtc(), logger: silentLogger })
  return apply ? apply(report) : report
}
