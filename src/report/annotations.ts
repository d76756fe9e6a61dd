/**
 * Findings as workflow-command annotations. GitHub shows at most 10 error, 10 warning and 10 notice
 * annotations per step (50 per job), dropping the rest silently; so blocking findings go first, the
 * caps are respected here, and the number left out is reported in the summary.
 */
import type { Finding, Report } from '../engine/types.js'
import { sortFindings } from './counts.js'
import { repoPath } from './paths.js'

export type AnnotationLevel = 'error' | 'warning' | 'notice'

export interface Annotation {
  level: AnnotationLevel
  message: string
  properties: { title: string; file: string; startLine?: number; endLine?: number; startColumn?: number; endColumn?: number }
  finding: Finding
}

export interface AnnotationPlan {
  annotations: Annotation[]
  /** Findings that were not annotated because of the per-step caps. */
  omitted: number
}

export const STEP_CAPS: Record<AnnotationLevel, number> = { error: 10, warning: 10, notice: 10 }

export function levelFor(f: Finding): AnnotationLevel {
  if (f.blocking) return 'error'
  if (f.severity === 'critical' || f.severity === 'high' || f.severity === 'medium') return 'warning'
  return 'notice'
}

function toAnnotation(report: Report, f: Finding, level: AnnotationLevel): Annotation {
  const loc = f.location
  const props: Annotation['properties'] = { title: `${f.gate}: ${f.title ?? f.ruleId} (${f.severity}${f.blocking ? ', blocking' : ''})`.slice(0, 255), file: repoPath(report, loc.path) }
  if (loc.startLine) {
    props.startLine = loc.startLine
    props.endLine = loc.endLine ?? loc.startLine
    // Columns only mean something on a single line.
    if (loc.startColumn && props.endLine === props.startLine) {
      props.startColumn = loc.startColumn
      if (loc.endColumn) props.endColumn = loc.endColumn
    }
  }
  return { level, message: f.message, properties: props, finding: f }
}

export function planAnnotations(report: Report, caps: Record<AnnotationLevel, number> = STEP_CAPS): AnnotationPlan {
  const all = sortFindings(report.gates.flatMap((g) => g.findings).filter((f) => !f.suppressed))
  const used: Record<AnnotationLevel, number> = { error: 0, warning: 0, notice: 0 }
  const annotations: Annotation[] = []
  let omitted = 0
  for (const f of all) {
    const level = levelFor(f)
    if (used[level] >= caps[level]) {
      omitted++
      continue
    }
    used[level]++
    annotations.push(toAnnotation(report, f, level))
  }
  return { annotations, omitted }
}
