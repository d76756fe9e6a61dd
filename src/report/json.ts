/** The JSON report: the contract in DESIGN.md, pretty-printed. */
import type { Report } from '../engine/types.js'

export function renderJson(report: Report): string {
  return JSON.stringify(report, null, 2) + '\n'
}
