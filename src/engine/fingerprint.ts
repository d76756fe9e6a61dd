/**
 * Fingerprints identify a finding across commits: gate, rule, path and what the finding is about
 * (the flagged line's text, a package and vulnerability id...), never its line number, so a
 * finding that moves down the file keeps its fingerprint. Repeats of the same thing in one file
 * are numbered in order of appearance.
 */
import { createHash } from 'node:crypto'
import type { FindingInput } from './types.js'

function normalise(key: string): string {
  return key.replace(/\s+/g, ' ').trim()
}

export function fingerprintBase(gate: string, f: FindingInput): string {
  return createHash('sha256')
    .update([gate, f.ruleId, f.location.path, normalise(f.fingerprintKey ?? f.message)].join('\u0000'))
    .digest('hex')
    .slice(0, 32)
}

/** Fingerprints for a gate's findings, in order; the n-th repeat of one base gets a `:n` suffix. */
export function fingerprintAll(gate: string, findings: FindingInput[]): string[] {
  const seen = new Map<string, number>()
  const order = findings
    .map((f, i) => ({ f, i }))
    .sort((a, b) => (a.f.location.startLine ?? 0) - (b.f.location.startLine ?? 0) || a.i - b.i)
  const out: string[] = new Array(findings.length)
  for (const { f, i } of order) {
    const base = fingerprintBase(gate, f)
    const n = (seen.get(base) ?? 0) + 1
    seen.set(base, n)
    out[i] = n === 1 ? base : `${base}:${n}`
  }
  return out
}
