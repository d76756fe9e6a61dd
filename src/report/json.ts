/** The JSON report: the contract in DESIGN.md, pretty-printed. */
import type { Report } from '../engine/types.js'

/**
 * JSON text that is safe on a terminal and in a log: besides what JSON.stringify escapes (quotes,
 * backslash, C0 controls), DEL, C1 controls (U+009B is a CSI), U+2028/9 and bidirectional overrides
 * are written as \u escapes. The value is unchanged.
 */
export function safeJson(value: unknown): string {
  return JSON.stringify(value, null, 2).replace(/[\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069\ufeff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)
}

export function renderJson(report: Report): string {
  return safeJson(report) + '\n'
}
