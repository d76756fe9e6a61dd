/**
 * bandit JSON (Debian's 1.6.2 and 1.7-1.9) -> findings. 1.6.2 writes float metrics and has no
 * columns or CWE; newer versions add col_offset, end_col_offset and issue_cwe.
 * Severity mapping (bandit severity x confidence):
 *
 *   severity \ confidence   HIGH     MEDIUM   LOW
 *   HIGH                    high     high     medium
 *   MEDIUM                  medium   medium   low
 *   LOW                     low      low      info
 *   UNDEFINED               info     info     info
 */
import { z } from 'zod'
import type { FindingInput, Severity } from '../engine/types.js'
import { normaliseToolPath, parseJsonWith } from './common.js'

const level = z.enum(['HIGH', 'MEDIUM', 'LOW', 'UNDEFINED'])

const resultSchema = z.looseObject({
  code: z.string().optional(),
  filename: z.string(),
  issue_confidence: level,
  issue_severity: level,
  issue_cwe: z.looseObject({ id: z.number().optional(), link: z.string().optional() }).optional(),
  issue_text: z.string(),
  line_number: z.number().int(),
  line_range: z.array(z.number().int()).optional(),
  col_offset: z.number().int().optional(),
  end_col_offset: z.number().int().optional(),
  more_info: z.string().optional(),
  test_id: z.string(),
  test_name: z.string()
})

export const banditReportSchema = z.looseObject({
  errors: z.array(z.looseObject({ filename: z.string(), reason: z.string() })),
  generated_at: z.string().optional(),
  metrics: z.record(z.string(), z.unknown()).optional(),
  results: z.array(resultSchema)
})

export type BanditResult = z.infer<typeof resultSchema>

const MAP: Record<string, Record<string, Severity>> = {
  HIGH: { HIGH: 'high', MEDIUM: 'high', LOW: 'medium', UNDEFINED: 'medium' },
  MEDIUM: { HIGH: 'medium', MEDIUM: 'medium', LOW: 'low', UNDEFINED: 'low' },
  LOW: { HIGH: 'low', MEDIUM: 'low', LOW: 'info', UNDEFINED: 'info' },
  UNDEFINED: { HIGH: 'info', MEDIUM: 'info', LOW: 'info', UNDEFINED: 'info' }
}

export function banditSeverity(severity: string, confidence: string): Severity {
  return MAP[severity]?.[confidence] ?? 'info'
}

/** The flagged source line from bandit's `code` excerpt ("<n> <text>\n" lines). */
function flaggedLine(r: BanditResult): string | undefined {
  if (!r.code) return undefined
  for (const line of r.code.split('\n')) {
    const m = /^(\d+)\s(.*)$/s.exec(line)
    if (m && Number(m[1]) === r.line_number) return m[2]
  }
  return undefined
}

export interface BanditParsed {
  findings: FindingInput[]
  /** Files bandit could not scan, with its reason (workspace-relative). */
  errors: Array<{ path: string; reason: string }>
  /** Files bandit scanned (from metrics), when it says. */
  scanned: string[]
}

export function parseBandit(text: string, workspace?: string): BanditParsed {
  const report = parseJsonWith(banditReportSchema, text, 'bandit')
  const findings = report.results.map((r): FindingInput => {
    const path = normaliseToolPath(r.filename, workspace)
    const endLine = r.line_range && r.line_range.length ? Math.max(...r.line_range) : r.line_number
    const cwe = r.issue_cwe?.id ? ` (CWE-${r.issue_cwe.id})` : ''
    return {
      ruleId: r.test_id,
      severity: banditSeverity(r.issue_severity, r.issue_confidence),
      title: `${r.test_id} ${r.test_name}`,
      message: `${r.issue_text}${cwe} [bandit ${r.test_id}, severity ${r.issue_severity.toLowerCase()}, confidence ${r.issue_confidence.toLowerCase()}]`,
      location: {
        path,
        startLine: r.line_number,
        endLine: endLine >= r.line_number ? endLine : r.line_number,
        startColumn: r.col_offset !== undefined ? r.col_offset + 1 : null,
        endColumn: r.end_col_offset !== undefined && r.end_col_offset > 0 ? r.end_col_offset + 1 : null
      },
      help: { text: `${r.test_name}: ${r.issue_text}`, uri: r.more_info },
      fingerprintKey: flaggedLine(r) ?? r.issue_text,
      properties: { tool: 'bandit', testName: r.test_name, banditSeverity: r.issue_severity, banditConfidence: r.issue_confidence, ...(r.issue_cwe?.id ? { cwe: r.issue_cwe.id } : {}) }
    }
  })
  const errors = report.errors.map((e) => ({ path: normaliseToolPath(e.filename, workspace), reason: e.reason }))
  const scanned = Object.keys(report.metrics ?? {})
    .filter((k) => k !== '_totals')
    .map((k) => normaliseToolPath(k, workspace))
  return { findings, errors, scanned }
}
