/**
 * promptfoo's results file (`promptfoo eval -o output.json`, and `promptfoo redteam run`, which writes the
 * same shape): `{evalId, results: {version: 2|3, results: [...], stats}, metadata: {promptfooVersion}}`.
 * Each result is one prompt sent to one provider with its assertions: `success: false` means an
 * assertion failed, which in a red-team run (and in an eval whose assertions say what the model must
 * not do) means the attack worked. `failureReason` 2, or an `error` with no grading, is a result that
 * could not be judged. A red-team test names its plugin and strategy in `metadata`.
 */
import { z } from 'zod'
import { ParseError } from '../engine/errors.js'

const result = z.object({
  success: z.boolean(),
  score: z.number().nullable().optional(),
  failureReason: z.number().int().optional(),
  error: z.string().nullable().optional(),
  prompt: z.object({ raw: z.string().optional(), label: z.string().optional() }).passthrough().optional(),
  response: z.object({ output: z.unknown().optional(), error: z.string().nullable().optional() }).passthrough().nullable().optional(),
  provider: z.object({ id: z.string().optional(), label: z.string().optional() }).passthrough().optional(),
  testCase: z.object({ description: z.string().optional(), metadata: z.record(z.string(), z.unknown()).optional() }).passthrough().optional(),
  metadata: z.record(z.string(), z.unknown()).nullable().optional(),
  gradingResult: z.object({ pass: z.boolean().optional(), reason: z.string().optional() }).passthrough().nullable().optional()
})

const file = z.object({
  evalId: z.string().optional(),
  results: z.object({
    version: z.number().int(),
    results: z.array(z.unknown()),
    stats: z.object({ successes: z.number(), failures: z.number(), errors: z.number().optional() }).passthrough().optional()
  }),
  metadata: z.object({ promptfooVersion: z.string().optional() }).passthrough().optional()
})

export interface PromptfooResult {
  /** 0-based index in the file's results. */
  index: number
  plugin: string | null
  strategy: string | null
  description: string | null
  provider: string | null
  prompt: string
  output: string
  /** true: an assertion failed (the attack worked); false: passed; null: not judged (an error). */
  hit: boolean | null
  reason: string
}

export interface PromptfooReport {
  version: string | null
  evalId: string | null
  results: PromptfooResult[]
}

/** The results versions written by `eval -o` since promptfoo 0.4x (2) and today (3). */
const FORMATS = [2, 3]

const text = (v: unknown): string => (typeof v === 'string' ? v : v === undefined || v === null ? '' : JSON.stringify(v))
const str = (v: unknown): string | null => (typeof v === 'string' && v ? v : null)

export function parsePromptfooResults(raw: string, source: string): PromptfooReport {
  let json: unknown
  try {
    json = JSON.parse(raw)
  } catch (e) {
    throw new ParseError(`${source}: not JSON (${(e as Error).message}): give the file written by promptfoo eval -o output.json (not the HTML, CSV or YAML export)`)
  }
  const top = file.safeParse(json)
  if (!top.success) {
    const issue = top.error.issues[0]
    throw new ParseError(`${source}: not a promptfoo results file (${issue.path.join('.') || '(top)'}: ${issue.message}); expected {results: {version, results: [...]}} as written by promptfoo eval -o output.json`)
  }
  const { results, metadata, evalId } = top.data
  if (!FORMATS.includes(results.version)) {
    throw new ParseError(`${source}: promptfoo results version ${results.version}; this gate reads versions ${FORMATS.join(' and ')} (promptfoo 0.40 and later): re-run the eval with a current promptfoo`)
  }
  if (results.results.length === 0) throw new ParseError(`${source}: promptfoo wrote no result: the eval ran no test (check its tests and providers)`)
  const out: PromptfooResult[] = results.results.map((r, index) => {
    const p = result.safeParse(r)
    if (!p.success) {
      const issue = p.error.issues[0]
      throw new ParseError(`${source}: results.results[${index}].${issue.path.join('.')}: ${issue.message}`)
    }
    const x = p.data
    const meta = { ...(x.testCase?.metadata ?? {}), ...(x.metadata ?? {}) }
    const error = str(x.error) ?? str(x.response?.error)
    // failureReason: 0 none, 1 an assertion failed, 2 an error (promptfoo's ResultFailureReason)
    const unjudged = x.failureReason === 2 || (error !== null && !x.success && !x.gradingResult)
    return {
      index,
      plugin: str(meta.pluginId),
      strategy: str(meta.strategyId),
      description: str(x.testCase?.description),
      provider: str(x.provider?.label) ?? str(x.provider?.id),
      prompt: x.prompt?.raw ?? '',
      output: text(x.response?.output),
      hit: unjudged ? null : !x.success,
      reason: unjudged ? `error: ${error ?? 'no answer'}` : (x.gradingResult?.reason ?? (x.success ? 'all assertions passed' : 'an assertion failed'))
    }
  })
  return { version: metadata?.promptfooVersion ?? null, evalId: evalId ?? null, results: out }
}

/**
 * The redteam gate's category for a promptfoo test: the strategy first where it names the technique
 * (encodings, jailbreaks, prompt injection), then the plugin; anything else is `other`.
 */
export function promptfooCategory(plugin: string | null, strategy: string | null): string {
  const s = strategy ?? ''
  const p = plugin ?? ''
  if (/^(base64|hex|rot13|leetspeak|homoglyph|morse|piglatin|camelcase|emoji|ascii-smuggling)\b/.test(s) || p === 'ascii-smuggling') return 'encoding'
  if (/^(jailbreak|crescendo|goat|best-of-n|citation|likert|multilingual)\b/.test(s)) return 'jailbreak'
  if (s === 'prompt-injection') return 'injection'
  if (p === 'prompt-extraction') return 'leak'
  if (p === 'indirect-prompt-injection') return 'indirect-injection'
  if (p === 'hijacking' || p === 'system-prompt-override') return 'injection'
  if (/exfil/.test(p)) return 'exfiltration'
  if (p.startsWith('pii') || p === 'cross-session-leak') return 'secrets'
  if (p.startsWith('harmful') || p === 'policy' || p === 'intent') return 'jailbreak'
  return 'other'
}
