/**
 * secretlint over one text: the recommended preset plus our model/data-provider rule. Returns the
 * secret's text to the caller only so it can be masked and hashed; it never goes into a finding.
 */
import { createHash } from 'node:crypto'
import { lintSource } from '@secretlint/core'
import { secretLintProfiler } from '@secretlint/profiler'
import { creator as recommended } from '@secretlint/secretlint-rule-preset-recommend'
import type { SecretLintCoreConfig } from '@secretlint/types'
import { aiProvidersRule, PROVIDER_RULE_ID, providerLabel } from './rules.js'
import { lineStarts, positionAt } from '../../engine/text.js'
import { isPlaceholder } from './placeholder.js'

// secretlint's profiler records a performance mark per rule and file: on a 2,000-commit pull
// request it made the scan 2.5x slower and took 4x the memory. Nothing here reads it.
secretLintProfiler.setEnabled(false)

export interface SecretHit {
  /** Our rule id: the secretlint rule's short name (`openai`, `aws`) or the provider (`replicate`). */
  ruleId: string
  label: string
  /** secretlint rule and message id, for the report. */
  engineRule: string
  messageId: string
  /** 1-based. */
  line: number
  column: number
  endLine: number
  secret: string
  /** Other forms of the same secret to mask (the decoded value of a base64-encoded one). */
  alsoMask?: string[]
}

const CONFIG: SecretLintCoreConfig = {
  rules: [
    { id: '@secretlint/secretlint-rule-preset-recommend', rule: recommended },
    { id: PROVIDER_RULE_ID, rule: aiProvidersRule }
  ]
}

function shortRule(ruleId: string, messageId: string): string {
  // Our PEM rule reports under the preset's rule id, so a waiver by rule covers both.
  if (ruleId === PROVIDER_RULE_ID && messageId === 'PRIVATE_KEY') return 'privatekey'
  if (ruleId === PROVIDER_RULE_ID) return messageId.toLowerCase().replace(/_/g, '-')
  return ruleId.replace(/^@secretlint\/secretlint-rule-/, '').replace(/^secretlint-rule-/, '')
}

/** Labels for the preset's model-provider messages; others are spelled out from the message id. */
const PRESET_LABELS: Record<string, string> = {
  OPENAI_TOKEN: 'OpenAI API key',
  ANTHROPIC_API_KEY: 'Anthropic API key',
  HUGGINGFACE_USER_ACCESS_TOKEN: 'Hugging Face access token',
  GROQ_API_KEY: 'Groq API key',
  AWSSecretAccessKey: 'AWS secret access key'
}

function humanise(messageId: string): string {
  if (PRESET_LABELS[messageId]) return PRESET_LABELS[messageId]
  const words = messageId
    .replace(/_/g, ' ')
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase()
  return words.charAt(0).toUpperCase() + words.slice(1)
}


/**
 * Where the secret really is. Some preset rules (AWS secret access key, npm tokens) report the
 * start of the whole match with the length of the secret, so the reported range can miss the
 * secret; the message data carries the secret itself, which is looked up from the reported start.
 */
function locate(content: string, range: readonly [number, number], data: unknown): [number, number] {
  const values = data && typeof data === 'object' ? Object.values(data as Record<string, unknown>) : []
  let best: [number, number] | null = null
  for (const v of values) {
    if (typeof v !== 'string' || v.length < 8) continue
    const at = content.indexOf(v, range[0])
    if (at < 0 || at - range[0] > 512) continue
    if (!best || at < best[0] || (at === best[0] && v.length > best[1] - best[0])) best = [at, at + v.length]
  }
  return best ?? [range[0], range[1]]
}

/** Base64 runs long enough to hold a credential line; at most this many per text are decoded. */
const BASE64_RUN = /(?<![A-Za-z0-9+/=_-])[A-Za-z0-9+/]{40,}={0,2}(?![A-Za-z0-9+/=_-])/g
const MAX_DECODED_RUNS = 200
const MAX_RUN_CHARS = 512 * 1024

/** Text a base64 run decodes to, when it is text (an encoded .env or config), else null. */
function decodedText(run: string): string | null {
  if (run.length > MAX_RUN_CHARS || run.length % 4 === 1) return null
  const buf = Buffer.from(run, 'base64')
  if (buf.length < 24) return null
  let printable = 0
  for (const b of buf) if (b === 9 || b === 10 || b === 13 || (b >= 32 && b < 127)) printable++
  if (printable / buf.length < 0.95) return null
  const text = buf.toString('utf8')
  return /[=:]/.test(text) ? text : null
}

/**
 * Every secret secretlint finds in `content` (`filePath` is used for its file-type rules only),
 * placeholders left out; base64 runs that decode to text (an encoded .env) are scanned too, and a
 * secret inside one is reported at the run.
 */
export async function scanText(content: string, filePath: string, depth = 0): Promise<SecretHit[]> {
  const hits = (await scanPlain(content, filePath)).filter((h) => !isPlaceholder(h.secret))
  if (depth > 0) return hits
  let runs = 0
  for (const m of content.matchAll(BASE64_RUN)) {
    if (++runs > MAX_DECODED_RUNS) break
    if (hits.some((h) => h.secret.includes(m[0]))) continue
    const decoded = decodedText(m[0])
    if (!decoded) continue
    const inner = await scanText(decoded, filePath, depth + 1)
    if (!inner.length) continue
    const starts = lineStarts(content)
    const at = positionAt(starts, m.index ?? 0)
    hits.push({
      ruleId: inner[0].ruleId,
      label: `${inner[0].label} (base64-encoded${inner.length > 1 ? `, with ${inner.length - 1} more secret${inner.length > 2 ? 's' : ''}` : ''})`,
      engineRule: inner[0].engineRule,
      messageId: inner[0].messageId,
      line: at.line,
      column: at.column,
      endLine: positionAt(starts, (m.index ?? 0) + m[0].length - 1).line,
      secret: m[0],
      alsoMask: inner.map((h) => h.secret)
    })
  }
  return hits
}

async function scanPlain(content: string, filePath: string): Promise<SecretHit[]> {
  const result = await lintSource({
    source: { content, filePath, contentType: 'text' },
    options: { config: CONFIG, maskSecrets: false, noPhysicFilePath: true }
  })
  const starts = lineStarts(content)
  const hits: SecretHit[] = []
  const seen = new Set<string>()
  for (const m of result.messages) {
    if (m.type !== 'message') continue
    const [from, to] = locate(content, m.range, m.data)
    const secret = content.slice(from, to)
    const key = `${from}:${to}`
    if (!secret || seen.has(key)) continue
    seen.add(key)
    const ruleId = shortRule(m.ruleId, m.messageId)
    const start = positionAt(starts, from)
    hits.push({
      ruleId,
      label: (m.ruleId === PROVIDER_RULE_ID ? providerLabel(m.messageId) : undefined) ?? humanise(m.messageId),
      engineRule: m.ruleId,
      messageId: m.messageId,
      line: start.line,
      column: start.column,
      endLine: positionAt(starts, Math.max(from, to - 1)).line,
      secret
    })
  }
  // A key matched by a preset rule and by ours (an OpenAI key assigned to OPENAI_API_KEY) is one key.
  return hits.filter((h, i) => !hits.some((o, j) => j !== i && o.engineRule !== PROVIDER_RULE_ID && h.engineRule === PROVIDER_RULE_ID && o.line === h.line && (o.secret.includes(h.secret) || h.secret.includes(o.secret))))
}

/** What may be shown of a secret (one masked form for the gate and the redaction pass). */
export { maskValue } from '../../report/redact.js'

/** A stable id for a secret that does not reveal it. */
export function secretHash(secret: string): string {
  return createHash('sha256').update(`ai-secure-gates:secret:${secret}`).digest('hex').slice(0, 32)
}
