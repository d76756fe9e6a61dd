/**
 * One deploy-check from a workspace: the config's deploy-check block, overrides from the action
 * inputs or CLI flags, credentials from the environment, then the watch. Shared by mode:
 * deploy-check (src/modes/deploy-check.ts) and `ai-secure-gates deploy-check` (src/cli/deploy-check.ts).
 */
import { loadConfig, validate } from '../../config/load.js'
import { ConfigError } from '../../engine/errors.js'
import type { Logger } from '../../engine/logger.js'
import { deployCheckSchema, parseDuration, type DeployCheckConfig } from './config.js'
import { displayUrl, PrometheusClient, PrometheusError, type PrometheusAuth } from './prometheus.js'
import { watch, type DeployCheckResult } from './watch.js'

export interface Overrides {
  url?: string
  window?: string
  interval?: string
  delay?: string
  consecutive?: string
}

export interface DeployCheckSessionOptions {
  workspace: string
  configPath?: string
  overrides: Overrides
  env: Record<string, string | undefined>
  logger: Logger
  /** Hides a credential in all later output (core.setSecret in the action). */
  maskSecret: (v: string) => void
  sleep?: (ms: number) => Promise<void>
}

function duration(flag: string, v: string): number {
  const s = parseDuration(v)
  if (s === null) throw new ConfigError('INPUT', `${flag} must be a duration such as 30s, 5m or 1h (got "${v}")`)
  return s
}

/** The effective settings: the config block with the overrides applied (and checked). */
export function settings(block: DeployCheckConfig | undefined, o: Overrides, source: string): DeployCheckConfig {
  if (!block) {
    throw new ConfigError('CONFIG_INVALID', `${source} has no deploy-check: block; add one with the checks to watch (docs/deploy-check.md), e.g. deploy-check: { prometheus: { url: http://prometheus:9090 }, checks: [{ name: errors, error-ratio: { selector: 'job="app"' }, max: 0.05 }] }`)
  }
  const out: DeployCheckConfig = { ...block, prometheus: { ...block.prometheus } }
  if (o.url) out.prometheus.url = o.url
  if (o.window) out.window = duration('window', o.window)
  if (o.interval) out.interval = duration('interval', o.interval)
  if (o.delay) out.delay = duration('delay', o.delay)
  if (o.consecutive) {
    const n = Number(o.consecutive)
    if (!Number.isInteger(n)) throw new ConfigError('INPUT', `consecutive must be a whole number (got "${o.consecutive}")`)
    out.consecutive = n // its range, and interval > 0, are the schema's (checked on the merged settings)
  }
  if (!out.prometheus.url) throw new ConfigError('CONFIG_INVALID', `no Prometheus URL: set deploy-check.prometheus.url in ${source}, or the input prometheus-url (--prometheus-url)`)
  return out
}

export function authFromEnv(p: DeployCheckConfig['prometheus'], env: Record<string, string | undefined>, mask: (v: string) => void): PrometheusAuth | undefined {
  const bearer = env[p['bearer-token-env']]
  if (bearer) {
    mask(bearer)
    return { bearer }
  }
  const username = env[p['username-env']]
  const password = env[p['password-env']]
  if (username && password) {
    mask(password)
    return { basic: { username, password } }
  }
  if (username || password) throw new ConfigError('INPUT', `basic auth needs both ${p['username-env']} and ${p['password-env']} set (only one is)`)
  return undefined
}

export async function runDeployCheckSession(opts: DeployCheckSessionOptions): Promise<DeployCheckResult> {
  const { config, source } = await loadConfig(opts.workspace, opts.configPath)
  const cfg = settings(config['deploy-check'], opts.overrides, source ?? 'the config (no config file was found)')
  // The overrides go through the same bounds as the file.
  validate(deployCheckSchema, cfg, 'deploy-check settings (config and overrides)')
  let client: PrometheusClient
  try {
    client = new PrometheusClient({ url: cfg.prometheus.url!, auth: authFromEnv(cfg.prometheus, opts.env, opts.maskSecret), timeoutMs: cfg.prometheus['timeout-seconds'] * 1000 })
  } catch (e) {
    if (e instanceof ConfigError) throw e
    if (e instanceof PrometheusError) throw new ConfigError('INPUT', e.message)
    throw new ConfigError('INPUT', `the Prometheus URL is not a URL: ${displayUrl(cfg.prometheus.url!)}`)
  }
  opts.logger.info(`deploy-check: watching ${displayUrl(cfg.prometheus.url!)} for ${cfg.window} s, a poll every ${cfg.interval} s, failing a check after ${cfg.consecutive} breaches in a row`)
  return watch(cfg, { client, prometheus: displayUrl(cfg.prometheus.url!), logger: opts.logger, sleep: opts.sleep })
}
