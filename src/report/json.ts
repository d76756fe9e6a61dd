/** The JSON report: the contract in DESIGN.md, pretty-printed. `notChecked` is always written, right after `status`. */
import type { Report } from '../engine/types.js'

export function renderJson(report: Report): string {
  const { schemaVersion, tool, status, notChecked, ...rest } = report
  return JSON.stringify({ schemaVersion, tool, status, notChecked: notChecked ?? [], ...rest }, null, 2) + '\n'
}
