/**
 * Turns a target config into garak's REST generator option file (`garak -t rest -G file.json`), so the
 * same target serves the built-in suite and garak. garak sends one stateless turn with no system
 * message: our {{system}} is written into the template as text, {{prompt}} becomes $INPUT and the
 * key is read by garak from the same environment variable (key_env_var), never written to the file.
 */
import { ConfigError } from '../engine/errors.js'
import type { TargetConfig } from './config.js'
import { restBodyTemplate } from './rest.js'

export function garakRestOptions(t: TargetConfig, system: string, where = 'target'): Record<string, unknown> {
  const common = { request_timeout: t['timeout-seconds'], ratelimit_codes: [429], skip_codes: [] as number[] }
  const keyEnv = 'api-key-env' in t && t['api-key-env'] ? { key_env_var: t['api-key-env'] } : {}
  let gen: Record<string, unknown>
  switch (t.kind) {
    case 'openai': {
      const messages = [...(system ? [{ role: 'system', content: system }] : []), { role: 'user', content: '$INPUT' }]
      gen = {
        name: t.model,
        uri: `${t.url.replace(/\/+$/, '')}/chat/completions`,
        method: 'post',
        headers: { 'Content-Type': 'application/json', ...(keyEnv.key_env_var ? { Authorization: 'Bearer $KEY' } : {}) },
        req_template_json_object: { model: t.model, stream: false, temperature: t.temperature, max_tokens: t['max-tokens'], messages },
        response_json: true,
        response_json_field: '$.choices[0].message.content'
      }
      break
    }
    case 'ollama': {
      const messages = [...(system ? [{ role: 'system', content: system }] : []), { role: 'user', content: '$INPUT' }]
      gen = {
        name: t.model,
        uri: `${t.url.replace(/\/+$/, '')}/api/chat`,
        method: 'post',
        headers: { 'Content-Type': 'application/json' },
        req_template_json_object: { model: t.model, stream: false, messages, options: { temperature: t.temperature, num_predict: t['max-tokens'] } },
        response_json: true,
        response_json_field: '$.message.content'
      }
      break
    }
    case 'rest': {
      const body = JSON.parse(restBodyTemplate(t, where).replace(/\{\{(prompt|system)\}\}/g, (_m, k: string) => (k === 'prompt' ? '$INPUT' : JSON.stringify(system).slice(1, -1))))
      gen = {
        name: 'rest-target',
        uri: t.url,
        method: t.method.toLowerCase(),
        headers: Object.fromEntries(Object.entries(t.headers).map(([k, v]) => [k, v.replace(/\{\{key\}\}/g, '$KEY')])),
        req_template_json_object: body,
        response_json: true,
        response_json_field: t['response-path']
      }
      break
    }
    case 'command':
      throw new ConfigError('CONFIG_INVALID', `${where}: garak cannot drive a command target; serve the model over HTTP (openai, ollama or rest) to use garak`)
  }
  return { rest: { RestGenerator: { ...gen, ...keyEnv, ...common } } }
}
