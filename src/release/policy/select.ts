/**
 * Which environment's rules apply to a run: the one named by the input `environment` (or
 * --environment), else the deployment's environment from the event payload when the config has
 * rules for it. A name given explicitly that the config does not know is a config error.
 */
import { suggest } from '../../config/errors.js'
import { ConfigError } from '../../engine/errors.js'
import type { EnvironmentPolicy } from './config.js'

export interface Selected {
  name: string
  policy: EnvironmentPolicy
  /** How it was chosen, for the log. */
  from: 'input' | 'deployment'
}

export function selectEnvironment(environments: Record<string, EnvironmentPolicy> | undefined, requested: string | undefined, deployment: string | undefined, configSource: string | null): Selected | null {
  const known = Object.keys(environments ?? {})
  if (requested) {
    const policy = environments?.[requested]
    if (!policy) {
      const where = configSource ?? 'the config (none was found, so no environment has rules)'
      throw new ConfigError('CONFIG_INVALID', `environment "${requested}" has no rules in ${where}${suggest(requested, known)}. ${known.length ? `Environments with rules: ${known.join(', ')}` : 'Add an environments: block (docs/policy.md)'}, or leave the environment empty to apply none.`)
    }
    return { name: requested, policy, from: 'input' }
  }
  if (deployment && environments?.[deployment]) return { name: deployment, policy: environments[deployment], from: 'deployment' }
  return null
}

/** The deployment environment of a deployment or deployment_status event, from its payload. */
export function deploymentEnvironment(payload: Record<string, any>): string | undefined {
  const env = payload?.deployment?.environment
  return typeof env === 'string' && env !== '' ? env : undefined
}
