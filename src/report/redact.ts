/**
 * The redaction pass: runs over the whole Report after the policy step and before any reporter
 * (report.json, SARIF, annotations, check runs, job summary, PR comment all read its output).
 * Every value the secrets gate found, and every token-shaped string anywhere in the report (a
 * bandit B105 message quoting a password, a pickle's call arguments, a dataset's example values, a
 * tool's stderr, a fingerprint key holding the source line), is replaced by its masked form.
 * Fingerprints were hashed from the unredacted text by the policy step, so baselines and waivers
 * by fingerprint stay stable; `fingerprint` fields are never changed.
 */
import type { Report } from '../engine/types.js'

/** What may be shown of a secret: its first 4 characters when it is long enough, else nothing. */
export function maskValue(secret: string): string {
  const oneLine = secret.split(/\r?\n/)[0]
  return oneLine.length >= 16 ? `${oneLine.slice(0, 4)}****` : '****'
}

/**
 * Token shapes masked wherever they appear, whether or not the secrets gate ran: provider keys by
 * their prefix, private key blocks, JWTs, credentials in URLs and the value bandit quotes in its
 * hardcoded-password messages. Group 1, when present, is the secret; else the whole match.
 * Every shape needs one of MAY_HOLD_TOKEN's parts: a new shape that does not must widen it.
 */
export const TOKEN_SHAPES: readonly RegExp[] = [
  /-----BEGIN[A-Z0-9 ]{0,40}PRIVATE KEY(?: BLOCK)?-----[\s\S]{0,20000}?(?:-----END[A-Z0-9 ]{0,40}PRIVATE KEY(?: BLOCK)?-----|$)/g,
  /(?<![A-Za-z0-9_-])(sk-(?:proj-|svcacct-|admin-|ant-(?:api|admin)\d\d-)?[A-Za-z0-9_-]{20,})/g,
  /(?<![A-Za-z0-9_-])([A-Za-z0-9_-]{8,}T3BlbkFJ[A-Za-z0-9_-]{8,})/g,
  /(?<![A-Za-z0-9_])((?:gh[pousr]_[A-Za-z0-9]{30,}|github_pat_[A-Za-z0-9_]{40,}|glpat-[A-Za-z0-9_-]{20,}|npm_[A-Za-z0-9]{36}))/g,
  /(?<![A-Za-z0-9])((?:AKIA|ASIA|ABIA|ACCA)[0-9A-Z]{16})(?![A-Za-z0-9])/g,
  /(?<![A-Za-z0-9_-])(xox[abposr]-[A-Za-z0-9-]{10,})/g,
  /(?<![A-Za-z0-9_-])((?:hf_|api_org_)[A-Za-z0-9]{30,})/g,
  /(?<![A-Za-z0-9_-])(AIza[0-9A-Za-z_-]{35})/g,
  /(?<![A-Za-z0-9_-])((?:r8_|pplx-|nvapi-|xai-|gsk_|pcsk_|lsv2_|tgp_v1_|sk_live_|rk_live_|sk_test_)[A-Za-z0-9_-]{20,})/g,
  /(?<![A-Za-z0-9_-])(eyJ[A-Za-z0-9_-]{10,}\.eyJ[A-Za-z0-9_-]{10,}\.[A-Za-z0-9_-]{10,})/g,
  /[a-z][a-z0-9+.-]{1,20}:\/\/[^\s:/@'"]{1,100}:([^\s@/'"]{3,200})@/gi,
  /hardcoded password:? '([^'\n]{3,200})'/gi,
  /(?:password|passwd|secret|token|api_?key)["']?\s*[:=]\s*["']([^"'\s]{8,200})["']/gi
]

/**
 * What every TOKEN_SHAPES match contains: a private key header, 13 or more token characters in a
 * row (the shortest: a JWT's `eyJ` and 10 more; every key shape needs 15 or more), a URL's `://`,
 * or one of the words the password shapes start with. Text with none of them (most short
 * messages and file lists) cannot hold a token, and the 13 expressions are not run on it.
 */
const MAY_HOLD_TOKEN = /-----BEGIN|[A-Za-z0-9_-]{13}|:\/\/|passw(?:or)?d|secret|token|api_?key/i

/** Token-shaped strings in `text` (see TOKEN_SHAPES). */
export function findTokens(text: string): string[] {
  if (!MAY_HOLD_TOKEN.test(text)) return []
  const out = new Set<string>()
  for (const re of TOKEN_SHAPES) {
    re.lastIndex = 0
    for (const m of text.matchAll(re)) {
      const v = m[1] ?? m[0]
      if (v.length >= 3) out.add(v)
    }
  }
  return [...out]
}

export interface RedactOptions {
  /** Values the secrets gate found (handed to ctx.maskSecret during the run). */
  secrets?: Iterable<string>
  /**
   * A detector run once over all the report's text (the entrypoints pass the secrets gate's
   * secretlint rules), for tokens the built-in shapes do not know.
   */
  detect?: (text: string) => Promise<string[]>
}

const KEEP: ReadonlySet<string> = new Set(['fingerprint'])
const KEEP_NOTHING: ReadonlySet<string> = new Set()

function collect(value: unknown, out: string[], keep: ReadonlySet<string>, depth = 0): void {
  if (depth > 64) return
  if (typeof value === 'string') out.push(value)
  else if (Array.isArray(value)) for (const v of value) collect(v, out, keep, depth + 1)
  else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) if (!keep.has(k)) collect(v, out, keep, depth + 1)
}

function rewrite(value: unknown, fix: (s: string) => string, keep: ReadonlySet<string>, depth = 0): unknown {
  if (depth > 64) return value
  if (typeof value === 'string') return fix(value)
  if (Array.isArray(value)) return value.map((v) => rewrite(v, fix, keep, depth + 1))
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {}
    for (const [k, v] of Object.entries(value)) out[k] = keep.has(k) ? v : rewrite(v, fix, keep, depth + 1)
    return out
  }
  return value
}

/** A function replacing each of `values` (longest first) by its masked form; each line of a multi-line value too. */
export function masker(values: Iterable<string>): (text: string) => string {
  const all = new Set<string>()
  for (const v of values) {
    if (typeof v !== 'string' || v.length < 6) continue
    all.add(v)
    for (const line of v.split(/\r?\n/)) if (line.trim().length >= 8) all.add(line.trim())
  }
  if (!all.size) return (s) => s
  const sorted = [...all].sort((a, b) => b.length - a.length)
  const re = new RegExp(sorted.map((v) => v.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'), 'g')
  return (s) => (s.length < 6 ? s : s.replace(re, (m) => maskValue(m)))
}

/**
 * A copy of any JSON-like value with every secret masked in every string but those under `keep` keys:
 * the gate's own values, the built-in token shapes, and what `detect` finds in all the text at once.
 */
export async function redactValue<T>(value: T, opts: RedactOptions = {}, keep: ReadonlySet<string> = KEEP_NOTHING): Promise<T> {
  const strings: string[] = []
  collect(value, strings, keep)
  const found = new Set<string>(opts.secrets ?? [])
  for (const s of strings) for (const t of findTokens(s)) found.add(t)
  if (opts.detect) {
    try {
      for (const t of await opts.detect(strings.join('\n\n'))) found.add(t)
    } catch {
      // The built-in shapes and the gate's own values still apply.
    }
  }
  return rewrite(value, masker(found), keep) as T
}

/** The Report with every secret masked in every field but fingerprints. Does not change its input. */
export function redactReport(report: Report, opts: RedactOptions = {}): Promise<Report> {
  return redactValue(report, opts, KEEP)
}
