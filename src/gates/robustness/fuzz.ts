/**
 * Fuzzing of a prediction endpoint: malformed JSON, wrong types, missing and extra fields, empty and
 * huge payloads, NaN and Infinity, deep nesting, odd Unicode and wrong content types, each built from
 * a known-good request. A case passes when the endpoint answers it (no 5xx, no dropped connection),
 * within the latency bound, with a well-formed 4xx when it refuses, and still answers the known-good
 * request the same way afterwards. Every case sent and its outcome go into the report.
 */
import type { Check, FindingInput, Severity } from '../../engine/types.js'
import { requestRaw, type RawAnswer } from '../../targets/raw-http.js'
import type { PredictClient } from '../../targets/predict.js'
import { excerpt, TargetError } from '../../targets/types.js'
import type { FuzzConfig } from './config.js'

export interface FuzzCase {
  id: string
  what: string
  body: string | Uint8Array | undefined
  contentType: string | null
  /** Another HTTP method than the target's (the wrong-method cases); absent: the target's. */
  method?: string
}

export type FuzzVerdict = 'rejected' | 'accepted' | 'server-error' | 'no-answer' | 'slow' | 'malformed-error' | 'broke-server' | 'not-sent'

export interface FuzzResult {
  case: FuzzCase
  status: number | null
  ms: number | null
  verdict: FuzzVerdict
  /** Further problems of the same case (slow as well as a 5xx...). */
  also: FuzzVerdict[]
  answer: string
  health: string | null
}

const MARK = '__asg_fuzz_marker__'
type Path = Array<string | number>

/** Leaves of a JSON value (up to `max`), depth-first, with their paths. */
function leaves(v: unknown, max: number, path: Path = [], out: Array<{ path: Path; value: unknown }> = []): Array<{ path: Path; value: unknown }> {
  if (out.length >= max || path.length > 6) return out
  if (Array.isArray(v)) v.forEach((x, i) => leaves(x, max, [...path, i], out))
  else if (v && typeof v === 'object') Object.entries(v).forEach(([k, x]) => leaves(x, max, [...path, k], out))
  else out.push({ path, value: v })
  return out
}

function setAt(root: unknown, path: Path, value: unknown, remove = false): unknown {
  const copy = structuredClone(root)
  if (!path.length) return value
  let cur = copy as Record<string | number, unknown>
  for (const p of path.slice(0, -1)) cur = cur[p] as Record<string | number, unknown>
  const last = path[path.length - 1]
  if (remove) {
    if (Array.isArray(cur)) cur.splice(last as number, 1)
    else delete cur[last]
  } else cur[last] = value
  return copy
}

const showPath = (p: Path) => (p.length ? p.map((s) => (typeof s === 'number' ? `[${s}]` : `.${s}`)).join('').replace(/^\./, '') : '(body)')

/** The cases, in a fixed order, from the known-good body; `method` is the target's own method. */
export function fuzzCases(good: unknown, cfg: FuzzConfig, method = 'POST'): FuzzCase[] {
  const json = 'application/json'
  const text = JSON.stringify(good)
  const cases: FuzzCase[] = []
  const add = (id: string, what: string, body: string | Uint8Array | undefined, contentType: string | null = json) => cases.push({ id, what, body, contentType })
  const raw = (root: unknown, path: Path, token: string) => JSON.stringify(setAt(root, path, MARK)).replace(`"${MARK}"`, token)
  const huge = 'A'.repeat(cfg['huge-kb'] * 1024)

  for (const { path, value } of leaves(good, 16)) {
    const p = showPath(path)
    add(`wrong-type/${p}=string`, `${p} as a string`, JSON.stringify(setAt(good, path, typeof value === 'string' ? 12345 : 'not-a-number')))
    add(`wrong-type/${p}=null`, `${p} as null`, JSON.stringify(setAt(good, path, null)))
    add(`wrong-type/${p}=object`, `${p} as an object`, JSON.stringify(setAt(good, path, { nested: [1, 2] })))
    add(`wrong-type/${p}=list`, `${p} as a list`, JSON.stringify(setAt(good, path, [value, value])))
    if (typeof value === 'number' || value === null) {
      add(`nan/${p}`, `${p} = NaN`, raw(good, path, 'NaN'))
      add(`infinity/${p}`, `${p} = Infinity`, raw(good, path, 'Infinity'))
      add(`infinity/${p}=-Infinity`, `${p} = -Infinity`, raw(good, path, '-Infinity'))
      add(`huge-number/${p}`, `${p} = 1e999 (overflows a double)`, raw(good, path, '1e999'))
      add(`huge-number/${p}=-1e308`, `${p} = -1e308`, raw(good, path, '-1e308'))
    }
    if (typeof value === 'string') {
      add(`unicode/${p}=zero-width`, `${p} with zero-width characters`, JSON.stringify(setAt(good, path, `${value}\u200b\u200c\u200d\ufeff`)))
      add(`unicode/${p}=rtl-override`, `${p} with a right-to-left override`, JSON.stringify(setAt(good, path, `\u202e${value}`)))
      add(`unicode/${p}=lone-surrogate`, `${p} with a lone surrogate (\\ud800)`, raw(good, path, '"\\ud800x"'))
      add(`unicode/${p}=nul`, `${p} with a NUL character`, JSON.stringify(setAt(good, path, `${value}\u0000`)))
      add(`unicode/${p}=long`, `${p} as ${cfg['huge-kb']} KiB of text`, JSON.stringify(setAt(good, path, huge)))
      add(`unicode/${p}=combining`, `${p} with 10,000 combining marks`, JSON.stringify(setAt(good, path, `${value}${'\u0301'.repeat(10_000)}`)))
    }
  }
  add('malformed/truncated', 'the JSON cut in half', text.slice(0, Math.max(1, Math.floor(text.length / 2))))
  add('malformed/trailing-comma', 'a trailing comma', text.replace(/([}\]])$/, ',$1'))
  add('malformed/single-quotes', "single quotes instead of double", text.replace(/"/g, "'"))
  add('malformed/not-json', 'plain words', 'this is not json')
  add('malformed/invalid-utf8', 'bytes that are not UTF-8', Uint8Array.from([0x7b, 0x22, 0xff, 0xfe, 0x22, 0x3a, 0x31, 0x7d]))
  add('empty/body', 'an empty body', '')
  add('empty/object', 'an empty object', '{}')
  add('empty/array', 'an empty list', '[]')
  add('empty/null', 'null', 'null')
  add('wrong-type/body-string', 'a string instead of the request object', JSON.stringify('hello'))
  add('wrong-type/body-number', 'a number instead of the request object', '42')

  if (good && typeof good === 'object' && !Array.isArray(good)) {
    add('extra/field', 'an unexpected extra field', JSON.stringify({ ...good, unexpected_field: 'x' }))
    add('extra/many-fields', '10,000 unexpected fields', JSON.stringify({ ...good, ...Object.fromEntries(Array.from({ length: 10_000 }, (_, i) => [`f${i}`, i])) }))
  }
  add('huge/body', `a ${cfg['huge-kb']} KiB padding field`, good && typeof good === 'object' && !Array.isArray(good) ? JSON.stringify({ ...good, padding: huge }) : JSON.stringify([good, huge]))
  add('huge/list', 'a list of 100,000 numbers', JSON.stringify(Array.from({ length: 100_000 }, (_, i) => i % 97)))
  add('deep/nesting', 'lists nested 10,000 deep', '['.repeat(10_000) + ']'.repeat(10_000))
  add('deep/nesting-objects', 'objects nested 5,000 deep', '{"a":'.repeat(5_000) + '1' + '}'.repeat(5_000))
  add('unicode/emoji-keys', 'keys and values of emoji', JSON.stringify({ '\u{1f600}': '\u{1f4a9}'.repeat(100) }))
  add('content-type/text-plain', 'the good body sent as text/plain', text, 'text/plain')
  add('content-type/form', 'the good body sent as a form', text, 'application/x-www-form-urlencoded')
  add('content-type/none', 'the good body with no content type', text, null)
  add('content-type/xml', 'XML instead of JSON', '<predict><x>1</x></predict>', 'application/xml')
  // Wrong methods: the known-good request under another method (GET and HEAD cannot carry a body).
  for (const m of cfg.methods) {
    if (m === method.toUpperCase()) continue
    const bodyless = m === 'GET' || m === 'HEAD'
    cases.push({ id: `method/${m}`, what: `${m} instead of ${method.toUpperCase()}${bodyless ? ' (no body)' : ', with the known-good body'}`, body: bodyless ? undefined : text, contentType: bodyless ? null : json, method: m })
  }
  // Missing fields last: a server that dies on one takes the remaining cases with it.
  for (const { path } of leaves(good, 16)) add(`missing/${showPath(path)}`, `${showPath(path)} left out`, JSON.stringify(setAt(good, path, undefined, true)))
  return cases
}

const SEVERITY: Record<Exclude<FuzzVerdict, 'rejected' | 'accepted' | 'not-sent'>, Severity> = {
  'broke-server': 'critical',
  'server-error': 'high',
  'no-answer': 'high',
  slow: 'medium',
  'malformed-error': 'low'
}

const RULE_TEXT: Record<keyof typeof SEVERITY, string> = {
  'broke-server': 'the endpoint stopped answering the known-good request after this request (it crashed or hung)',
  'server-error': 'the endpoint answered with a server error (5xx) instead of refusing the request with a 4xx',
  'no-answer': 'the endpoint dropped the connection or did not answer',
  slow: 'the endpoint took longer than max-latency-ms',
  'malformed-error': 'the endpoint refused the request, but its error answer is not JSON'
}

function judge(a: RawAnswer, cfg: FuzzConfig, c: FuzzCase): { verdict: FuzzVerdict; also: FuzzVerdict[] } {
  const problems: FuzzVerdict[] = []
  if (a.status >= 500) problems.push('server-error')
  if (a.ms > cfg['max-latency-ms']) problems.push('slow')
  // An answer to HEAD has no body by definition (RFC 9110 9.3.2): its refusal is judged on the status alone.
  if (a.status >= 400 && a.status < 500 && cfg['json-errors'] && c.method !== 'HEAD') {
    let ok: boolean
    try {
      JSON.parse(a.text)
      ok = a.text.trim().length > 0
    } catch {
      ok = false
    }
    if (!ok) problems.push('malformed-error')
  }
  if (problems.length) return { verdict: problems[0], also: problems.slice(1) }
  return { verdict: a.status >= 200 && a.status < 300 ? 'accepted' : 'rejected', also: [] }
}

export interface FuzzRun {
  results: FuzzResult[]
  /** The known-good request failed before any case: nothing could be judged. */
  error: string | null
  requests: number
}

export async function runFuzz(client: PredictClient, good: unknown, goodLabel: string, cfg: FuzzConfig, signal: AbortSignal): Promise<FuzzRun> {
  const http = client.http!
  let requests = 0
  const send = async (body: string | Uint8Array | undefined, contentType: string | null, method = http.method): Promise<RawAnswer> => {
    const headers = { ...http.headers }
    delete headers['content-type']
    if (contentType) headers['content-type'] = contentType
    requests++
    return requestRaw({ url: http.url, method, headers, body, timeoutMs: Math.max(http.timeoutMs, cfg['max-latency-ms'] + 1000), maxBytes: http.maxBytes, signal })
  }
  /** Null when the endpoint answers the known-good request as before, else what went wrong. */
  const health = async (): Promise<string | null> => {
    try {
      const a = await send(JSON.stringify(good), 'application/json')
      if (a.status < 200 || a.status >= 300) return `the known-good request got HTTP ${a.status}: ${excerpt(a.text, 120)}`
      const label = client.read(JSON.parse(a.text)).label
      return label === goodLabel ? null : `the known-good request now gets the label ${excerpt(label, 40)} instead of ${excerpt(goodLabel, 40)}`
    } catch (e) {
      return `the known-good request got no answer: ${(e as Error).message}`
    }
  }
  const before = await health()
  if (before) return { results: [], error: `fuzzing not started: ${before}`, requests }
  const cases = fuzzCases(good, cfg, http.method)
  const results: FuzzResult[] = []
  let dead: string | null = null
  for (const [i, c] of cases.entries()) {
    if (signal.aborted || dead) {
      results.push({ case: c, status: null, ms: null, verdict: 'not-sent', also: [], answer: '', health: dead ? `not sent: the endpoint stopped answering (${dead})` : 'not sent: the gate was stopped' })
      continue
    }
    let r: FuzzResult
    try {
      const a = await send(c.body, c.contentType, c.method)
      const j = judge(a, cfg, c)
      r = { case: c, status: a.status, ms: Math.round(a.ms), verdict: j.verdict, also: j.also, answer: excerpt(a.text, 200), health: null }
    } catch (e) {
      if (signal.aborted) break
      r = { case: c, status: null, ms: null, verdict: 'no-answer', also: [], answer: e instanceof TargetError ? e.message : String(e), health: null }
    }
    if (cfg['health-check'] === 'each' || i === cases.length - 1) {
      const h = await health()
      if (h) {
        r.health = h
        r.also.push(r.verdict)
        r.verdict = 'broke-server'
        dead = `after ${c.id}: ${h}`
      }
    }
    results.push(r)
  }
  return { results, error: null, requests }
}

const bodyText = (b: FuzzCase['body']) => (b === undefined ? '' : typeof b === 'string' ? b : `bytes ${Buffer.from(b).toString('hex')}`)

export function fuzzChecks(run: FuzzRun, label: string): Check[] {
  return run.results.map((r) => ({
    name: 'robustness-fuzz',
    target: r.case.id,
    outcome: r.verdict === 'not-sent' ? 'skipped' : r.verdict === 'accepted' || r.verdict === 'rejected' ? 'pass' : 'fail',
    details: {
      endpoint: label,
      what: r.case.what,
      ...(r.case.method ? { method: r.case.method } : {}),
      contentType: r.case.contentType,
      request: excerpt(bodyText(r.case.body), 300),
      requestBytes: r.case.body === undefined ? 0 : typeof r.case.body === 'string' ? Buffer.byteLength(r.case.body) : r.case.body.length,
      status: r.status,
      ms: r.ms,
      verdict: r.verdict,
      also: r.also,
      answer: r.answer,
      health: r.health
    }
  }))
}

/** One finding per kind of problem, naming every request that showed it. */
export function fuzzFindings(run: FuzzRun, label: string): FindingInput[] {
  const out: FindingInput[] = []
  for (const kind of Object.keys(SEVERITY) as Array<keyof typeof SEVERITY>) {
    const hit = run.results.filter((r) => r.verdict === kind || r.also.includes(kind))
    if (!hit.length) continue
    const sent = (c: FuzzCase) => (c.method && c.body === undefined ? `${c.method} with no body` : `${c.method ? `${c.method} with ` : ''}body ${JSON.stringify(excerpt(bodyText(c.body), 80))}`)
    const named = hit.slice(0, 8).map((r) => `${r.case.id} (${r.status === null ? 'no answer' : `HTTP ${r.status}`}${r.ms !== null ? `, ${r.ms} ms` : ''}; ${sent(r.case)})`)
    out.push({
      ruleId: `robustness/fuzz-${kind}`,
      severity: SEVERITY[kind],
      title: `fuzzing: ${kind} on ${hit.length} request${hit.length === 1 ? '' : 's'}`,
      message: `${label}: ${RULE_TEXT[kind]}: ${named.join('; ')}${hit.length > named.length ? `; and ${hit.length - named.length} more (see the robustness-fuzz checks)` : ''}${kind === 'broke-server' && hit[0].health ? `. ${hit[0].health}` : ''}`,
      location: { path: label, startLine: null },
      fingerprintKey: `robustness/fuzz-${kind}:${hit.map((r) => r.case.id).join(',')}`,
      help: { text: 'A prediction endpoint should refuse bad input with a 4xx JSON error, quickly, and keep serving. See docs/gates/robustness.md (fuzzing).' },
      properties: { cases: hit.map((r) => r.case.id) }
    })
  }
  return out
}
