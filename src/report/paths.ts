/** Finding paths are workspace-relative; GitHub wants them relative to the repository root. */
import type { Report } from '../engine/types.js'

export function repoPath(report: Pick<Report, 'context'>, p: string): string {
  const root = report.context?.root?.replace(/\\/g, '/').replace(/^\.?\/*/, '').replace(/\/+$/, '')
  return root ? `${root}/${p}` : p
}
