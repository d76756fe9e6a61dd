/**
 * A client for a prediction endpoint: fills the request template with one input row, sends it
 * (HTTP, or a local program with the body on stdin) and reads the predicted label (and score) at
 * their JSONPaths. What comes back is hostile: a label must be a string, number or boolean.
 */
import path from 'node:path'
import { ConfigError } from '../engine/errors.js'
import { resolveInside } from '../engine/paths.js'
import { commandClient } from './command.js'
import { errorInBody, isLoopback, requestJson } from './http.js'
import { readApiKey, type TargetEnv } from './index.js'
import { formatJsonPath, parseJsonPath, walkJsonPath, type PathStep } from './jsonpath.js'
import type { PredictTargetConfig } from './predict-config.js'
import type { SessionClient } from './session.js'
import { TargetSession, type SessionOptions } from './session.js'
import { excerpt, TargetError } from './types.js'

/** A list of numbers, possibly nested (an image's pixels). */
export type NumberList = Array<number | NumberList>
/** A feature value as sent: what a JSON cell can be (a list only for an image). */
export type FeatureValue = string | number | boolean | null | NumberList
/** One input row: feature column name -> value. */
export type PredictInput = Record<string, FeatureValue>

export interface Prediction {
  /** The label as text (numbers in their shortest form, booleans as true/false). */
  label: string
  score: number | null
}

export interface PredictClient extends SessionClient<PredictInput, Prediction> {
  /** The body template (parsed JSON with placeholders). */
  readonly template: unknown
  /** Column names the template names directly (row and features stand for every feature column). */
  readonly placeholders: string[]
  /** The request body for an input. */
  fill(input: PredictInput): unknown
  /** The endpoint for raw requests (fuzzing), or null for a command target. */
  readonly http: { url: string; method: string; headers: Record<string, string>; timeoutMs: number; maxBytes: number } | null
  /** Reads the label and score from a parsed answer; throws TargetError naming the path. */
  read(json: unknown): Prediction
}

const PLACEHOLDER = /\{\{([^{}]+)\}\}/g
const ONLY = /^\{\{([^{}]+)\}\}$/

/** The body template as a JSON value: an object or list, JSON text, or a lone placeholder. */
export function parseTemplate(body: unknown, where: string): unknown {
  if (typeof body !== 'string') return body
  const t = body.trim()
  if (ONLY.test(t)) return t
  try {
    return JSON.parse(t)
  } catch {
    throw new ConfigError('CONFIG_INVALID', `${where}.body is not JSON: write it as an object (e.g. {"features": "{{features}}"}) or as JSON text with the placeholders inside strings`)
  }
}

/** Every placeholder name in the template (in order of first appearance). */
export function templatePlaceholders(template: unknown): string[] {
  const out = new Set<string>()
  const walk = (v: unknown, depth: number): void => {
    if (depth > 64) return
    if (typeof v === 'string') for (const m of v.matchAll(PLACEHOLDER)) out.add(m[1].trim())
    else if (Array.isArray(v)) v.forEach((x) => walk(x, depth + 1))
    else if (v && typeof v === 'object') Object.values(v).forEach((x) => walk(x, depth + 1))
  }
  walk(template, 0)
  return [...out]
}

/** The template with a row's values: a string that is only a placeholder takes the typed value. */
export function fillTemplate(template: unknown, input: PredictInput, order: string[]): unknown {
  const value = (name: string): unknown => {
    if (name === 'row') return Object.fromEntries(order.map((k) => [k, input[k] ?? null]))
    if (name === 'features') return order.map((k) => input[k] ?? null)
    return Object.prototype.hasOwnProperty.call(input, name) ? input[name] : null
  }
  const walk = (v: unknown): unknown => {
    if (typeof v === 'string') {
      const only = ONLY.exec(v)
      if (only) return value(only[1].trim())
      return v.replace(PLACEHOLDER, (_m, n: string) => {
        const x = value(n.trim())
        return x === null ? '' : typeof x === 'object' ? JSON.stringify(x) : String(x)
      })
    }
    if (Array.isArray(v)) return v.map(walk)
    if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, walk(x)]))
    return v
  }
  return walk(template)
}

/** A label value in its canonical text form, or null when it is not a scalar. */
export function labelText(v: unknown): string | null {
  if (typeof v === 'string') return v
  if (typeof v === 'boolean') return String(v)
  if (typeof v === 'number' && Number.isFinite(v)) return String(v)
  if (typeof v === 'bigint') return v.toString()
  return null
}

function pathSteps(p: string, where: string): PathStep[] {
  try {
    return parseJsonPath(p)
  } catch (e) {
    throw new ConfigError('CONFIG_INVALID', `${where} ${(e as Error).message}`)
  }
}

const kindOf = (v: unknown) => (v === null ? 'null' : Array.isArray(v) ? 'a list' : typeof v === 'object' ? 'an object' : typeof v)

export function createPredictClient(c: PredictTargetConfig, t: TargetEnv, order: string[]): PredictClient {
  const template = parseTemplate(c.body, t.where)
  const names = templatePlaceholders(template)
  const placeholders = names.filter((n) => n !== 'row' && n !== 'features' && n !== 'key')
  const labelSteps = pathSteps(c['label-path'], `${t.where}.label-path`)
  const scoreSteps = c['score-path'] ? pathSteps(c['score-path'], `${t.where}.score-path`) : null
  const read = (json: unknown): Prediction => {
    const got = walkJsonPath(json, labelSteps)
    if (!got.found) {
      const err = errorInBody(json)
      if (err) throw new TargetError(`the endpoint answered with an error: ${excerpt(err)}`, { retryable: false })
      throw new TargetError(`label-path ${formatJsonPath(labelSteps)} finds nothing in the answer (stopped at ${formatJsonPath(labelSteps.slice(0, got.at + 1))}; answer: ${excerpt(JSON.stringify(json) ?? '', 120)}): fix label-path`, { retryable: false })
    }
    const label = labelText(got.value)
    if (label === null) throw new TargetError(`label-path ${formatJsonPath(labelSteps)} finds ${kindOf(got.value)}, not a label: point it at a string, number or boolean`, { retryable: false })
    let score: number | null = null
    if (scoreSteps) {
      const s = walkJsonPath(json, scoreSteps)
      const v = s.found ? s.value : undefined
      if (typeof v === 'number' && Number.isFinite(v)) score = v
      else if (Array.isArray(v) && v.length && v.every((x) => typeof x === 'number' && Number.isFinite(x))) score = Math.max(...(v as number[]))
      else throw new TargetError(`score-path ${formatJsonPath(scoreSteps)} finds ${s.found ? kindOf(v) : 'nothing'}, not a number: fix score-path or leave it out`, { retryable: false })
    }
    return { label, score }
  }
  const fill = (input: PredictInput) => fillTemplate(template, input, order)

  if (c.kind === 'command') {
    const cwd = c.cwd ? resolveInside(t.workspace, c.cwd, `${t.where}.cwd`) : t.workspace
    const run = commandClient({ ...c, kind: 'command' }, path.resolve(cwd))
    return {
      label: run.label,
      template,
      placeholders,
      fill,
      http: null,
      read,
      async send(input, signal) {
        const answer = await run.send({ system: '', prompt: JSON.stringify(fill(input)) }, signal)
        let json: unknown
        try {
          json = JSON.parse(answer.text)
        } catch {
          throw new TargetError(`${c.command[0]} did not write JSON on stdout: ${excerpt(answer.text, 120) || 'nothing'}`, { retryable: false })
        }
        return read(json)
      }
    }
  }
  if (c['loopback-only'] && !isLoopback(c.url)) {
    throw new ConfigError('CONFIG_INVALID', `${t.where}.url ${c.url} is not a loopback address and loopback-only is set: use 127.0.0.1, ::1 or localhost`)
  }
  if (/^http:/i.test(c.url) && !isLoopback(c.url) && c['api-key-env']) {
    throw new ConfigError('CONFIG_INVALID', `${t.where}.url sends the API key over plain http to ${new URL(c.url).host}: use https`)
  }
  const key = readApiKey(c, t)
  if (Object.values(c.headers).some((v) => v.includes('{{key}}')) && !key) {
    throw new ConfigError('CONFIG_INVALID', `${t.where}.headers use {{key}} but no key: set api-key-env to the name of the environment variable that holds it`)
  }
  const headers: Record<string, string> = { 'content-type': 'application/json', accept: 'application/json' }
  for (const [k, v] of Object.entries(c.headers)) headers[k.toLowerCase()] = v.replace(/\{\{key\}\}/g, key ?? '')
  const http = { url: c.url, method: c.method.toUpperCase(), headers, timeoutMs: c['timeout-seconds'] * 1000, maxBytes: c['max-answer-kb'] * 1024 }
  return {
    label: `rest ${http.method} ${c.url}`,
    template,
    placeholders,
    fill,
    http,
    read,
    async send(input, signal) {
      const json = await requestJson({ ...http, body: JSON.stringify(fill(input)), signal })
      return read(json)
    }
  }
}

export function createPredictSession(c: PredictTargetConfig, t: TargetEnv, order: string[], opts: SessionOptions): TargetSession<PredictInput, Prediction> & { client: PredictClient } {
  const client = createPredictClient(c, t, order)
  return new TargetSession<PredictInput, Prediction>(client, c, opts) as TargetSession<PredictInput, Prediction> & { client: PredictClient }
}
