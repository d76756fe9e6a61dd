/**
 * The environment policy as the report rules of a run (engine/session.ts takes them from its
 * caller, so the engine does not import the release layer): the environment is chosen once the
 * config is read, before any gate runs, and its rules apply to the report after the gates.
 */
import type { ReportRules } from '../../engine/session.js'
import { evaluatePolicy, withPolicy } from './evaluate.js'
import { selectEnvironment } from './select.js'

export const environmentRules: ReportRules = {
  prepare({ config, configSource, environment, deploymentEnvironment, today, logger }) {
    const env = selectEnvironment(config.environments, environment, deploymentEnvironment, configSource)
    if (!env) return null
    logger.info(`Environment policy: ${env.name} (${env.from === 'input' ? 'named by the environment input' : "the deployment's environment"}), applied after the gates`)
    return (report) => withPolicy(report, evaluatePolicy(report, env.name, env.policy, today))
  }
}
