/** Finding paths are workspace-relative; GitHub wants them relative to the repository root. */
import type { Report } from '../engine/types.js'

export function repoPath(report: Pick<Report, 'context'>, p: string): string {
  const root = report.context?.root?.replace(/\\/g, '/').replace(/^\.?\/*/, '').replace(/\/+$/, '')
  return root ? `${root}/${p}` : p
}

/**
 * Files GitHub renders (Markdown, notebooks, reStructuredText, CSV...) ignore `#L12` unless the
 * source view is asked for with `?plain=1`.
 */
const RENDERED = /\.(?:md|markdown|mdown|mkdn|mdx|ipynb|rst|rest|adoc|asciidoc|asc|org|textile|rdoc|creole|mediawiki|wiki|pod|csv|tsv|geojson|topojson|svg)$/i

/** The part of a blob URL after the path: `#L12`, `#L12-L14`, `?plain=1#L12` for rendered files, or ''. */
export function lineAnchor(p: string, startLine: number | null | undefined, endLine?: number | null): string {
  if (!startLine) return ''
  const range = `#L${startLine}${endLine && endLine !== startLine ? `-L${endLine}` : ''}`
  return RENDERED.test(p) ? `?plain=1${range}` : range
}
