/**
 * A REST template target: any JSON API. The body is a JSON template in which {{prompt}} and
 * {{system}} stand for the attack and the system prompt (JSON-escaped), {{key}} in a header for the
 * key from api-key-env; the answer is read at a JSONPath and must be text.
 */
import { ConfigError } from '../engine/errors.js'
import type { RestTarget } from './config.js'
import { errorInBody, requestJson } from './http.js'
import { formatJsonPath, parseJsonPath, walkJsonPath } from './jsonpath.js'
import { excerpt, TargetError, type TargetClient } from './types.js'

/** The body template as JSON text, checked for {{prompt}}. */
export function restBodyTemplate(c: RestTarget, where: string): string {
  const text = typeof c.body === 'string' ? c.body : JSON.stringify(c.body)
  if (!text.includes('{{prompt}}')) {
    throw new ConfigError('CONFIG_INVALID', `${where}.body has no {{prompt}} placeholder: put "{{prompt}}" where the endpoint expects the user's message, e.g. {"message": "{{prompt}}"}`)
  }
  if (typeof c.body === 'string') {
    try {
      JSON.parse(text.replace(/\{\{(prompt|system)\}\}/g, ''))
    } catch {
      throw new ConfigError('CONFIG_INVALID', `${where}.body is not JSON once {{prompt}} and {{system}} are filled in: write it as an object, or as JSON text with the placeholders inside strings`)
    }
  }
  return text
}

const jsonEscape = (s: string) => JSON.stringify(s).slice(1, -1)

export function restClient(c: RestTarget, apiKey: string | null, where = 'target'): TargetClient {
  const template = restBodyTemplate(c, where)
  let steps
  try {
    steps = parseJsonPath(c['response-path'])
  } catch (e) {
    throw new ConfigError('CONFIG_INVALID', `${where}.response-path ${(e as Error).message}`)
  }
  const usesKey = Object.values(c.headers).some((v) => v.includes('{{key}}'))
  if (usesKey && !apiKey) throw new ConfigError('CONFIG_INVALID', `${where}.headers use {{key}} but no key: set api-key-env to the name of the environment variable that holds it`)
  const method = c.method.toUpperCase()
  const path = formatJsonPath(steps)
  return {
    label: `rest ${method} ${c.url}`,
    async send(req, signal) {
      const body = template.replace(/\{\{(prompt|system)\}\}/g, (_m, k: string) => jsonEscape(k === 'prompt' ? req.prompt : req.system))
      const headers: Record<string, string> = { 'content-type': 'application/json', accept: 'application/json' }
      for (const [k, v] of Object.entries(c.headers)) headers[k.toLowerCase()] = v.replace(/\{\{key\}\}/g, apiKey ?? '')
      const json = await requestJson({
        url: c.url,
        method,
        headers,
        body,
        timeoutMs: c['timeout-seconds'] * 1000,
        maxBytes: c['max-answer-kb'] * 1024,
        signal
      })
      const got = walkJsonPath(json, steps)
      if (!got.found) {
        const err = errorInBody(json)
        if (err) throw new TargetError(`the endpoint answered HTTP 200 with an error: ${excerpt(err)}`, { retryable: false })
        throw new TargetError(`response-path ${path} finds nothing in the answer (stopped at ${formatJsonPath(steps.slice(0, got.at + 1))}; top-level keys: ${excerpt(topKeys(json), 80)}): fix response-path`, {
          retryable: false
        })
      }
      if (typeof got.value !== 'string') {
        const kind = got.value === null ? 'null' : Array.isArray(got.value) ? 'a list' : typeof got.value === 'object' ? 'an object' : typeof got.value
        throw new TargetError(`response-path ${path} finds ${kind}, not text: point it at the answer string`, { retryable: false })
      }
      return { text: got.value, refusal: null, finishReason: null }
    }
  }
}

function topKeys(json: unknown): string {
  if (Array.isArray(json)) return '(a list)'
  if (json && typeof json === 'object') return Object.keys(json).join(', ') || '(none)'
  return `(a ${typeof json})`
}
