/**
 * bandit JSON (Debian's 1.6.2 and 1.7-1.9) -> findings. 1.6.2 writes float metrics and has no
 * columns or CWE; newer versions add col_offset, end_col_offset and issue_cwe.
 * bandit SARIF (`-f sarif`, 1.7.8+ with the sarif extra) -> the same findings: parseBanditSarif.
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
import { ParseError } from '../engine/errors.js'
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

const sarifRegion = z.looseObject({
  startLine: z.number().int(),
  endLine: z.number().int().optional(),
  startColumn: z.number().int().optional(),
  endColumn: z.number().int().optional(),
  snippet: z.looseObject({ text: z.string() }).optional()
})

const sarifLocation = z.looseObject({
  physicalLocation: z.looseObject({ artifactLocation: z.looseObject({ uri: z.string() }), region: sarifRegion.optional() })
})

const banditSarifSchema = z.looseObject({
  version: z.literal('2.1.0'),
  runs: z
    .array(
      z.looseObject({
        tool: z.looseObject({
          driver: z.looseObject({
            name: z.string(),
            version: z.string().optional(),
            rules: z.array(z.looseObject({ id: z.string(), name: z.string().optional(), helpUri: z.string().optional(), properties: z.looseObject({ tags: z.array(z.string()).optional() }).optional() })).optional()
          })
        }),
        invocations: z
          .array(
            z.looseObject({
              toolConfigurationNotifications: z
                .array(z.looseObject({ message: z.looseObject({ text: z.string() }), locations: z.array(sarifLocation).optional() }))
                .optional()
            })
          )
          .optional(),
        properties: z.looseObject({ metrics: z.record(z.string(), z.unknown()).optional() }).optional(),
        results: z.array(
          z.looseObject({
            ruleId: z.string(),
            message: z.looseObject({ text: z.string() }),
            locations: z.array(sarifLocation).min(1),
            properties: z.looseObject({ issue_confidence: level, issue_severity: level })
          })
        )
      })
    )
    .length(1)
})

/** The version bandit wrote in a SARIF report (`tool.driver.version`), or null. */
export function banditSarifVersion(text: string): string | null {
  return parseJsonWith(banditSarifSchema, text, 'bandit SARIF').runs[0].tool.driver.version ?? null
}

/**
 * bandit's SARIF report -> the findings, errors and scanned files its JSON report gives. SARIF
 * columns are already 1-based; a file bandit could not parse is a tool configuration notification.
 * One difference bandit's formatter makes: a SARIF region starts at the statement's first line
 * (line_range[0]) and ends at line_range[1] (not the range's last line), where JSON's line_number
 * is the flagged line (for `subprocess.call(` over four lines, B602 is on the `shell=True` line in
 * JSON, lines 1-2 of the call in SARIF). The code gate runs bandit with JSON.
 */
export function parseBanditSarif(text: string, workspace?: string): BanditParsed {
  const run = parseJsonWith(banditSarifSchema, text, 'bandit SARIF').runs[0]
  if (run.tool.driver.name.toLowerCase() !== 'bandit') throw new ParseError(`bandit SARIF: the report was written by ${run.tool.driver.name}, not bandit`)
  const rules = new Map((run.tool.driver.rules ?? []).map((r) => [r.id, r]))
  const findings = run.results.map((r): FindingInput => {
    const loc = r.locations[0].physicalLocation
    const region = loc.region
    const rule = rules.get(r.ruleId)
    const name = rule?.name ?? r.ruleId
    const cweTag = rule?.properties?.tags?.map((t) => /^external\/cwe\/cwe-(\d+)$/.exec(t)).find((m) => m)
    const cwe = cweTag ? Number(cweTag[1]) : null
    const sev = r.properties.issue_severity
    const conf = r.properties.issue_confidence
    const startLine = region?.startLine ?? null
    const snippet = region?.snippet?.text.replace(/\r?\n$/, '')
    return {
      ruleId: r.ruleId,
      severity: banditSeverity(sev, conf),
      title: `${r.ruleId} ${name}`,
      message: `${r.message.text}${cwe ? ` (CWE-${cwe})` : ''} [bandit ${r.ruleId}, severity ${sev.toLowerCase()}, confidence ${conf.toLowerCase()}]`,
      location: {
        path: normaliseToolPath(decodeURIComponent(loc.artifactLocation.uri.replace(/^file:\/\//, '')), workspace),
        startLine,
        endLine: region?.endLine !== undefined && startLine !== null && region.endLine >= startLine ? region.endLine : startLine,
        startColumn: region?.startColumn ?? null,
        endColumn: region?.endColumn !== undefined && region.endColumn > 1 ? region.endColumn : null
      },
      help: { text: `${name}: ${r.message.text}`, uri: rule?.helpUri },
      fingerprintKey: snippet?.trim() || r.message.text,
      properties: { tool: 'bandit', testName: name, banditSeverity: sev, banditConfidence: conf, ...(cwe ? { cwe } : {}) }
    }
  })
  const errors = (run.invocations ?? []).flatMap((inv) =>
    (inv.toolConfigurationNotifications ?? []).map((n) => ({
      path: normaliseToolPath(decodeURIComponent(n.locations?.[0]?.physicalLocation.artifactLocation.uri.replace(/^file:\/\//, '') ?? ''), workspace),
      reason: n.message.text
    }))
  )
  const scanned = Object.keys(run.properties?.metrics ?? {})
    .filter((k) => k !== '_totals')
    .map((k) => normaliseToolPath(k, workspace))
  return { findings, errors, scanned }
}
