/**
 * SARIF 2.1.0 (from semgrep, checkov, codeql, grype, trivy, bandit, gitleaks...) -> findings.
 *
 * Severity, first match wins:
 *   1. `security-severity` (a CVSS-like score, on the result's or the rule's properties), with
 *      GitHub code scanning's bands: >= 9.0 critical, >= 7.0 high, >= 4.0 medium, > 0 low, 0 info;
 *   2. the result's `level`, else the rule's `defaultConfiguration.level`, else SARIF's default
 *      `warning`, through a map (default error -> high, warning -> medium, note -> low, none -> info).
 * Results whose `kind` is `pass` or `notApplicable`, and results with an accepted suppression,
 * are counted, not reported. Snippets are never copied into messages (they can hold secrets).
 */
import { z } from 'zod'
import { ParseError } from '../engine/errors.js'
import type { FindingInput, Severity } from '../engine/types.js'
import { normaliseToolPath, parseJsonWith, validateWith } from './common.js'

const SARIF_LEVELS = ['error', 'warning', 'note', 'none'] as const
export type SarifLevel = (typeof SARIF_LEVELS)[number]

const messageSchema = z.looseObject({ text: z.string().optional(), markdown: z.string().optional(), id: z.string().optional(), arguments: z.array(z.string()).optional() })
const multiformat = z.looseObject({ text: z.string().optional(), markdown: z.string().optional() })

const regionSchema = z.looseObject({
  startLine: z.number().int().optional(),
  startColumn: z.number().int().optional(),
  endLine: z.number().int().optional(),
  endColumn: z.number().int().optional(),
  snippet: z.looseObject({ text: z.string().optional() }).optional()
})

const locationSchema = z.looseObject({
  physicalLocation: z
    .looseObject({
      artifactLocation: z.looseObject({ uri: z.string().optional(), uriBaseId: z.string().optional(), index: z.number().int().optional() }).optional(),
      region: regionSchema.optional()
    })
    .optional(),
  logicalLocations: z.array(z.looseObject({ fullyQualifiedName: z.string().optional(), name: z.string().optional() })).optional()
})

const propertiesSchema = z.looseObject({ 'security-severity': z.union([z.string(), z.number()]).optional(), tags: z.array(z.string()).optional() }).optional()

const ruleSchema = z.looseObject({
  id: z.string(),
  name: z.string().optional(),
  shortDescription: multiformat.optional(),
  fullDescription: multiformat.optional(),
  help: multiformat.optional(),
  helpUri: z.string().optional(),
  messageStrings: z.record(z.string(), multiformat).optional(),
  defaultConfiguration: z.looseObject({ level: z.enum(SARIF_LEVELS).optional() }).optional(),
  properties: propertiesSchema
})

const resultSchema = z.looseObject({
  ruleId: z.string().optional(),
  ruleIndex: z.number().int().optional(),
  rule: z.looseObject({ id: z.string().optional(), index: z.number().int().optional() }).optional(),
  kind: z.enum(['notApplicable', 'pass', 'fail', 'review', 'open', 'informational']).optional(),
  level: z.enum(SARIF_LEVELS).optional(),
  message: messageSchema,
  locations: z.array(locationSchema).optional(),
  partialFingerprints: z.record(z.string(), z.unknown()).optional(),
  suppressions: z.array(z.looseObject({ kind: z.string().optional(), status: z.string().optional() })).optional(),
  properties: propertiesSchema
})

const componentSchema = z.looseObject({ name: z.string(), version: z.string().optional(), semanticVersion: z.string().optional(), rules: z.array(ruleSchema).optional() })

const runSchema = z.looseObject({
  tool: z.looseObject({ driver: componentSchema, extensions: z.array(componentSchema).optional() }),
  results: z.array(resultSchema).nullable().optional(),
  originalUriBaseIds: z.record(z.string(), z.looseObject({ uri: z.string().optional() })).optional(),
  artifacts: z.array(z.looseObject({ location: z.looseObject({ uri: z.string().optional() }).optional() })).optional()
})

export const sarifSchema = z.looseObject({
  version: z.literal('2.1.0'),
  runs: z.array(runSchema)
})

export type LevelMap = Record<SarifLevel, Severity>
export const DEFAULT_LEVEL_MAP: LevelMap = { error: 'high', warning: 'medium', note: 'low', none: 'info' }

export interface SarifOptions {
  /** Absolute workspace path: file:// URIs and absolute paths inside it become relative. */
  workspace?: string
  levels?: Partial<LevelMap>
  /** Name of the SARIF file, for messages. */
  source?: string
}

export interface SarifRunSummary {
  tool: string
  version: string | null
  results: number
  reported: number
  passed: number
  suppressed: number
}

export interface SarifParsed {
  findings: FindingInput[]
  runs: SarifRunSummary[]
}

/** GitHub code scanning's bands for security-severity. */
export function securitySeverity(score: number): Severity {
  if (score >= 9) return 'critical'
  if (score >= 7) return 'high'
  if (score >= 4) return 'medium'
  if (score > 0) return 'low'
  return 'info'
}

function scoreOf(p: { 'security-severity'?: string | number } | undefined): number | null {
  const raw = p?.['security-severity']
  if (raw === undefined) return null
  const n = typeof raw === 'number' ? raw : Number.parseFloat(raw)
  return Number.isFinite(n) && n >= 0 && n <= 10 ? n : null
}

function fill(template: string, args: string[] | undefined): string {
  if (!args?.length) return template
  return template.replace(/\{(\d+)\}/g, (m, i) => args[Number(i)] ?? m)
}

/** A result's location URI as a workspace-relative path. */
function toPath(uri: string | undefined, baseId: string | undefined, bases: Record<string, { uri?: string }>, workspace?: string): string {
  if (!uri) return '.'
  let u = uri
  if (baseId && bases[baseId]?.uri && !/^[a-z]+:/i.test(u)) {
    const base = bases[baseId].uri!
    u = base.replace(/\/?$/, '/') + u.replace(/^\.?\//, '')
  }
  if (u.startsWith('file://')) {
    try {
      u = decodeURIComponent(new URL(u).pathname)
      if (/^\/[A-Za-z]:\//.test(u)) u = u.slice(1)
    } catch {
      u = u.slice('file://'.length)
    }
  } else if (!/^[a-z][a-z0-9+.-]*:/i.test(u)) {
    try {
      u = decodeURIComponent(u)
    } catch {
      /* keep as is */
    }
  }
  return normaliseToolPath(u, workspace) || '.'
}

export function parseSarif(text: string, options: SarifOptions = {}): SarifParsed {
  const what = `SARIF${options.source ? ` ${options.source}` : ''}`
  const data: unknown = parseJsonWith(z.unknown(), text, what)
  if (!data || typeof data !== 'object' || Array.isArray(data)) throw new ParseError(`${what}: not a SARIF log (expected an object with "version" and "runs")`)
  if ((data as any).version !== undefined && (data as any).version !== '2.1.0') {
    throw new ParseError(`${what}: SARIF version ${JSON.stringify((data as any).version)} is not supported; only 2.1.0 is read. Ask the tool for SARIF 2.1.0.`)
  }
  const log = validateWith(sarifSchema, data, what)
  const levels: LevelMap = { ...DEFAULT_LEVEL_MAP, ...(options.levels ?? {}) }
  const findings: FindingInput[] = []
  const runs: SarifRunSummary[] = []
  for (const run of log.runs) {
    const driver = run.tool.driver
    const toolName = driver.name
    const rules = new Map<string, z.infer<typeof ruleSchema>>()
    const byIndex = driver.rules ?? []
    for (const r of byIndex) rules.set(r.id, r)
    for (const ext of run.tool.extensions ?? []) for (const r of ext.rules ?? []) if (!rules.has(r.id)) rules.set(r.id, r)
    const summary: SarifRunSummary = { tool: toolName, version: driver.version ?? driver.semanticVersion ?? null, results: 0, reported: 0, passed: 0, suppressed: 0 }
    const bases = run.originalUriBaseIds ?? {}
    for (const res of run.results ?? []) {
      summary.results++
      if (res.kind === 'pass' || res.kind === 'notApplicable') {
        summary.passed++
        continue
      }
      if (res.suppressions?.some((s) => (s.status ?? 'accepted') === 'accepted')) {
        summary.suppressed++
        continue
      }
      const index = res.ruleIndex ?? res.rule?.index
      const rule = (index !== undefined ? byIndex[index] : undefined) ?? rules.get(res.ruleId ?? res.rule?.id ?? '')
      const ruleId = res.ruleId ?? res.rule?.id ?? rule?.id
      if (!ruleId) throw new ParseError(`${what}: run "${toolName}", result ${summary.results - 1} has no ruleId`)
      const score = scoreOf(res.properties) ?? scoreOf(rule?.properties)
      const level: SarifLevel = res.level ?? rule?.defaultConfiguration?.level ?? 'warning'
      const severity = res.kind === 'informational' ? 'info' : score !== null ? securitySeverity(score) : levels[level]
      const loc = res.locations?.[0]
      const phys = loc?.physicalLocation
      let path = toPath(phys?.artifactLocation?.uri ?? (phys?.artifactLocation?.index !== undefined ? run.artifacts?.[phys.artifactLocation.index]?.location?.uri : undefined), phys?.artifactLocation?.uriBaseId, bases, options.workspace)
      if (path === '.' && loc?.logicalLocations?.[0]) path = loc.logicalLocations[0].fullyQualifiedName ?? loc.logicalLocations[0].name ?? '.'
      const region = phys?.region
      const startLine = region?.startLine && region.startLine > 0 ? region.startLine : null
      let msg = res.message.text ?? res.message.markdown ?? ''
      if (!msg && res.message.id && rule?.messageStrings?.[res.message.id]) msg = rule.messageStrings[res.message.id].text ?? ''
      msg = fill(msg, res.message.arguments).trim() || rule?.shortDescription?.text || ruleId
      const helpText = rule?.help?.text ?? rule?.help?.markdown ?? rule?.fullDescription?.text ?? rule?.shortDescription?.text
      const snippet = region?.snippet?.text?.trim()
      findings.push({
        ruleId,
        severity,
        title: `${toolName} ${ruleId}${rule?.shortDescription?.text ? `: ${rule.shortDescription.text}` : ''}`.slice(0, 200),
        message: `${msg} [${toolName} ${ruleId}, ${score !== null ? `security-severity ${score}` : `level ${level}`}]`,
        location: {
          path,
          startLine,
          endLine: startLine && region?.endLine && region.endLine >= startLine ? region.endLine : startLine,
          startColumn: startLine && region?.startColumn ? region.startColumn : null,
          endColumn: startLine && region?.endColumn ? region.endColumn : null
        },
        ...(helpText || rule?.helpUri ? { help: { text: helpText ?? ruleId, uri: rule?.helpUri } } : {}),
        fingerprintKey: `${toolName} ${snippet || msg}`,
        properties: {
          tool: toolName,
          sarifLevel: level,
          ...(score !== null ? { securitySeverity: score } : {}),
          ...(rule?.properties?.tags ? { tags: rule.properties.tags } : {}),
          ...(options.source ? { sarifFile: options.source } : {})
        }
      })
      summary.reported++
    }
    runs.push(summary)
  }
  return { findings, runs }
}
