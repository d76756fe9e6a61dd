/**
 * pip-audit JSON (`-f json`) -> findings. Reads the current shape (`{dependencies, fixes}`, 2.0.0+)
 * and the pre-2.0 bare array of dependencies. A dependency is either resolved (`name`, `version`,
 * `vulns[]`) or skipped (`name`, `skip_reason`). pip-audit has no severity: the caller chooses one
 * (default high), optionally a different one for vulnerabilities without a fix version.
 * Vulnerability ids are PYSEC/GHSA/OSV ids; `aliases` (2.7.0+) carry the CVE/GHSA ids, which go
 * into FindingInput.aliases so a waiver for any of them covers the finding.
 */
import { z } from 'zod'
import type { FindingInput, Location, Severity } from '../engine/types.js'
import { ParseError } from '../engine/errors.js'
import { parseJsonWith, validateWith } from './common.js'

const vulnSchema = z.looseObject({
  id: z.string().min(1),
  fix_versions: z.array(z.string()).default([]),
  aliases: z.array(z.string()).optional(),
  description: z.string().nullable().optional()
})

const dependencySchema = z
  .looseObject({
    name: z.string().min(1),
    version: z.string().optional(),
    vulns: z.array(vulnSchema).optional(),
    skip_reason: z.string().optional()
  })
  .refine((d) => d.vulns !== undefined || d.skip_reason !== undefined, {
    message: 'a dependency needs either "vulns" (audited) or "skip_reason" (skipped)'
  })

const currentReport = z.looseObject({ dependencies: z.array(dependencySchema), fixes: z.array(z.unknown()).optional() })
const legacyReport = z.array(dependencySchema)
export const pipAuditReportSchema = z.union([currentReport, legacyReport])

export interface PipAuditOptions {
  /** Severity of a vulnerability that has a fix version (default high). */
  severity?: Severity
  /** Severity of a vulnerability with no fix version (default: same as `severity`). */
  unfixableSeverity?: Severity
  /** Where the findings are located (the requirements file, pyproject.toml...), workspace-relative. */
  path?: string
  /** Line of each dependency in `path` (canonical name -> line), when known. */
  lines?: Map<string, number>
}

export interface PipAuditParsed {
  findings: FindingInput[]
  /** `current` = {dependencies, fixes} (2.0.0+); `legacy` = bare array (< 2.0.0). */
  shape: 'current' | 'legacy'
  audited: Array<{ name: string; version: string; vulns: number }>
  skipped: Array<{ name: string; reason: string }>
  vulnerabilities: number
}

/** PEP 503 normalised name: lowercase, runs of `-_.` become `-`. */
export function canonicalName(name: string): string {
  return name.toLowerCase().replace(/[-_.]+/g, '-')
}

function firstSentence(text: string | null | undefined, max = 200): string {
  if (!text) return ''
  const flat = text.replace(/\s+/g, ' ').trim()
  const cut = /^(.{20,}?[.!?])\s/.exec(flat)?.[1] ?? flat
  return cut.length > max ? cut.slice(0, max - 1) + '…' : cut
}

/** Orders ids for display: CVE first, then GHSA, then the rest. */
function displayAliases(id: string, aliases: string[]): string[] {
  const rank = (s: string) => (s.startsWith('CVE-') ? 0 : s.startsWith('GHSA-') ? 1 : 2)
  return [...new Set(aliases.filter((a) => a && a !== id))].sort((a, b) => rank(a) - rank(b) || a.localeCompare(b))
}

export function parsePipAudit(text: string, options: PipAuditOptions = {}): PipAuditParsed {
  // Dispatch on the top-level shape so a validation error names the real offending path.
  const data: unknown = parseJsonWith(z.unknown(), text, 'pip-audit')
  if (data === null || typeof data !== 'object') throw new ParseError(`pip-audit: the report is ${JSON.stringify(data)}, not a pip-audit JSON report`)
  const report = Array.isArray(data) ? validateWith(legacyReport, data, 'pip-audit (pre-2.0 array)') : validateWith(currentReport, data, 'pip-audit')
  const shape = Array.isArray(report) ? 'legacy' : 'current'
  const deps = Array.isArray(report) ? report : report.dependencies
  const severity = options.severity ?? 'high'
  const unfixable = options.unfixableSeverity ?? severity
  const file = options.path ?? '.'
  const findings: FindingInput[] = []
  const audited: PipAuditParsed['audited'] = []
  const skipped: PipAuditParsed['skipped'] = []
  let vulnerabilities = 0
  for (const dep of deps) {
    const line = options.lines?.get(canonicalName(dep.name)) ?? null
    const location: Location = { path: file, startLine: line }
    if (dep.vulns === undefined) {
      const reason = dep.skip_reason ?? 'no reason given'
      skipped.push({ name: dep.name, reason })
      findings.push({
        ruleId: 'pip-audit/skipped-dependency',
        severity: 'info',
        title: `${dep.name} not audited`,
        message: `${dep.name}${dep.version ? ' ' + dep.version : ''} was not audited by pip-audit: ${reason}`,
        location,
        fingerprintKey: `${canonicalName(dep.name)} skipped`,
        properties: { tool: 'pip-audit', package: dep.name, skipReason: reason }
      })
      continue
    }
    const version = dep.version ?? '(unknown version)'
    audited.push({ name: dep.name, version, vulns: dep.vulns.length })
    for (const v of dep.vulns) {
      vulnerabilities++
      const aliases = displayAliases(v.id, v.aliases ?? [])
      const fixable = v.fix_versions.length > 0
      const fix = fixable ? `fixed in ${v.fix_versions.join(', ')}` : 'no fixed version is available'
      const also = aliases.length ? ` (${aliases.join(', ')})` : ''
      const summary = firstSentence(v.description)
      findings.push({
        ruleId: v.id,
        aliases,
        severity: fixable ? severity : unfixable,
        title: `${v.id} in ${dep.name} ${version}`,
        message: `${dep.name} ${version} is affected by ${v.id}${also}; ${fix}.${summary ? ' ' + summary : ''}`,
        location,
        help: {
          text: `${v.id}${also} in ${dep.name} ${version}: ${fix}.${v.description ? '\n\n' + v.description.trim() : ''}`,
          uri: advisoryUrl(v.id, aliases)
        },
        fingerprintKey: `${canonicalName(dep.name)} ${v.id}`,
        properties: {
          tool: 'pip-audit',
          package: dep.name,
          installedVersion: version,
          fixVersions: v.fix_versions,
          fixAvailable: fixable
        }
      })
    }
  }
  return { findings, shape, audited, skipped, vulnerabilities }
}

function advisoryUrl(id: string, aliases: string[]): string {
  const ghsa = [id, ...aliases].find((a) => a.startsWith('GHSA-'))
  if (ghsa) return `https://github.com/advisories/${ghsa}`
  return `https://osv.dev/vulnerability/${encodeURIComponent(id)}`
}

/**
 * Line numbers of the requirements declared in a requirements file (canonical name -> first line),
 * so findings annotate the line that pulls the package in. Continuation lines and options are skipped.
 */
export function requirementLines(text: string): Map<string, number> {
  const out = new Map<string, number>()
  const lines = text.split(/\r?\n/)
  let continued = false
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i]
    const wasContinued = continued
    continued = /\\\s*$/.test(raw)
    if (wasContinued) continue
    const line = raw.replace(/(^|\s)#.*$/, '').trim()
    if (!line || line.startsWith('-')) continue
    const m = /^([A-Za-z0-9][A-Za-z0-9._-]*)/.exec(line)
    if (!m) continue
    const name = canonicalName(m[1])
    if (!out.has(name)) out.set(name, i + 1)
  }
  return out
}
