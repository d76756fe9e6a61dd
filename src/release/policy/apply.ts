/**
 * The environment policy over a report made elsewhere (mode: report merges the reports of
 * mode: scan jobs): the config is read from the workspace, the rules apply to the merged report.
 */
import { loadConfig } from '../../config/load.js'
import { todayUtc } from '../../engine/policy.js'
import type { Report } from '../../engine/types.js'
import { evaluatePolicy, withPolicy } from './evaluate.js'
import { selectEnvironment } from './select.js'

export async function applyEnvironmentPolicy(report: Report, opts: { workspace: string; configPath?: string; environment?: string; deploymentEnvironment?: string; today?: string }): Promise<Report> {
  if (!opts.environment && !opts.deploymentEnvironment) return report
  const { config, source } = await loadConfig(opts.workspace, opts.configPath)
  const env = selectEnvironment(config.environments, opts.environment, opts.deploymentEnvironment, source)
  return env ? withPolicy(report, evaluatePolicy(report, env.name, env.policy, opts.today ?? todayUtc())) : report
}
