/**
 * Secrets out of the BOM: the values the secrets gate found, token shapes (report/redact.ts) and,
 * when given, the secretlint rules, masked in every string (params files and file names are read
 * from the workspace after the report's own redaction).
 */
import { findTokens, masker } from '../../report/redact.js'

function strings(v: unknown, out: string[], depth = 0): void {
  if (depth > 64) return
  if (typeof v === 'string') out.push(v)
  else if (Array.isArray(v)) for (const x of v) strings(x, out, depth + 1)
  else if (v && typeof v === 'object') for (const x of Object.values(v)) strings(x, out, depth + 1)
}

function rewrite(v: unknown, fix: (s: string) => string, depth = 0): unknown {
  if (depth > 64) return v
  if (typeof v === 'string') return fix(v)
  if (Array.isArray(v)) return v.map((x) => rewrite(x, fix, depth + 1))
  if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, rewrite(x, fix, depth + 1)]))
  return v
}

export async function redactBom<T>(bom: T, opts: { secrets?: Iterable<string>; detect?: (text: string) => Promise<string[]> } = {}): Promise<T> {
  const all: string[] = []
  strings(bom, all)
  const found = new Set<string>(opts.secrets ?? [])
  for (const s of all) for (const t of findTokens(s)) found.add(t)
  if (opts.detect) {
    try {
      for (const t of await opts.detect(all.join('\n\n'))) found.add(t)
    } catch {
      // The token shapes and the gate's own values still apply.
    }
  }
  return rewrite(bom, masker(found)) as T
}
