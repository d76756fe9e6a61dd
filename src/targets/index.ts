/**
 * Builds a target session from its config: the client of its kind, the API key read from the
 * named environment variable (and masked), the URL checks, and the limits.
 */
import path from 'node:path'
import { ConfigError } from '../engine/errors.js'
import { resolveInside } from '../engine/paths.js'
import { commandClient } from './command.js'
import type { TargetConfig, TargetLimits } from './config.js'
import { isLoopback } from './http.js'
import { ollamaClient } from './ollama.js'
import { openaiClient } from './openai.js'
import { restClient } from './rest.js'
import { TargetSession, type SessionOptions } from './session.js'
import type { TargetClient } from './types.js'

export { TargetSession } from './session.js'
export type { SessionCounts } from './session.js'
export { BudgetError, TargetError } from './types.js'
export type { TargetAnswer, TargetClient, TargetRequest } from './types.js'

export interface TargetEnv {
  workspace: string
  env: Record<string, string | undefined>
  maskSecret: (value: string) => void
  /** Config key path for messages, e.g. gates.redteam.target. */
  where: string
}

export function limitsOf(c: TargetConfig): TargetLimits {
  return {
    concurrency: c.concurrency,
    'timeout-seconds': c['timeout-seconds'],
    retries: c.retries,
    'max-requests': c['max-requests'],
    'max-minutes': c['max-minutes'],
    'ready-timeout-seconds': c['ready-timeout-seconds'],
    'max-answer-kb': c['max-answer-kb'],
    'loopback-only': c['loopback-only']
  }
}

/** The key from the named variable, masked from here on; a named but empty variable is an error. */
export function readApiKey(c: TargetConfig | { 'api-key-env'?: string }, t: TargetEnv): string | null {
  const name = 'api-key-env' in c ? c['api-key-env'] : undefined
  if (!name) return null
  const value = t.env[name]
  if (!value) throw new ConfigError('CONFIG_INVALID', `${t.where}.api-key-env names ${name}, but that environment variable is empty or unset: pass the secret as env: { ${name}: \${{ secrets.… }} }`)
  t.maskSecret(value)
  return value
}

export function createClient(c: TargetConfig, t: TargetEnv): TargetClient {
  if ('url' in c) {
    if (c['loopback-only'] && !isLoopback(c.url)) {
      throw new ConfigError('CONFIG_INVALID', `${t.where}.url ${c.url} is not a loopback address and loopback-only is set: use 127.0.0.1, ::1 or localhost`)
    }
    if (/^http:/i.test(c.url) && !isLoopback(c.url) && 'api-key-env' in c && c['api-key-env']) {
      throw new ConfigError('CONFIG_INVALID', `${t.where}.url sends the API key over plain http to ${new URL(c.url).host}: use https`)
    }
  }
  const key = readApiKey(c, t)
  switch (c.kind) {
    case 'openai':
      return openaiClient(c, key)
    case 'ollama':
      return ollamaClient(c)
    case 'rest':
      return restClient(c, key, t.where)
    case 'command': {
      const cwd = c.cwd ? resolveInside(t.workspace, c.cwd, `${t.where}.cwd`) : t.workspace
      return commandClient(c, path.resolve(cwd))
    }
  }
}

export function createSession(c: TargetConfig, t: TargetEnv, opts: SessionOptions): TargetSession {
  return new TargetSession(createClient(c, t), limitsOf(c), opts)
}
