/**
 * trivy JSON (`-f json`) -> findings, for `image`, `fs`, `repo` and `config` scans.
 *
 * Shapes read: SchemaVersion 2 (v0.20.0+, with or without `Results`, old and new misconfiguration
 * ids) and the pre-v0.20 bare array of Results. Severity mapping:
 *
 *   trivy      CRITICAL  HIGH  MEDIUM  LOW  UNKNOWN
 *   ours       critical  high  medium  low  (option, default medium)
 *
 * Vulnerabilities: one finding per (target, package, id); fingerprintKey = package + id (never a
 * line). Misconfigurations: only Status FAIL; rule id normalised to the trivy-checks v2 form
 * (`DS-0002`), the older forms (`DS002`, `AVD-DS-0002`) kept as aliases; located at the file and
 * lines of CauseMetadata. Secrets: the value never enters a message (trivy masks it in `Match`,
 * but context lines can hold other unmasked secrets); `secretValues` lists every secret-like
 * token seen in the code lines so the gate can mask them.
 */
import { z } from 'zod'
import { ParseError } from '../engine/errors.js'
import type { FindingInput, Severity } from '../engine/types.js'
import { normaliseToolPath, parseJsonWith, validateWith } from './common.js'

const trivySeverity = z.enum(['CRITICAL', 'HIGH', 'MEDIUM', 'LOW', 'UNKNOWN'])

const codeSchema = z
  .looseObject({ Lines: z.array(z.looseObject({ Number: z.number().optional(), Content: z.string().optional() })).nullable().optional() })
  .nullable()
  .optional()

const vulnSchema = z.looseObject({
  VulnerabilityID: z.string().min(1),
  VendorIDs: z.array(z.string()).nullable().optional(),
  PkgID: z.string().optional(),
  PkgName: z.string().min(1),
  PkgPath: z.string().optional(),
  InstalledVersion: z.string().default(''),
  FixedVersion: z.string().optional(),
  Status: z.string().optional(),
  Title: z.string().optional(),
  Description: z.string().optional(),
  Severity: trivySeverity,
  PrimaryURL: z.string().optional(),
  SeveritySource: z.string().optional(),
  CweIDs: z.array(z.string()).nullable().optional()
})

const misconfSchema = z.looseObject({
  Type: z.string().optional(),
  ID: z.string().min(1),
  AVDID: z.string().optional(),
  Title: z.string().default(''),
  Description: z.string().optional(),
  Message: z.string().default(''),
  Resolution: z.string().optional(),
  Severity: trivySeverity,
  PrimaryURL: z.string().optional(),
  Status: z.enum(['FAIL', 'PASS', 'EXCEPTION']).optional(),
  CauseMetadata: z
    .looseObject({
      Resource: z.string().optional(),
      Provider: z.string().optional(),
      Service: z.string().optional(),
      StartLine: z.number().int().optional(),
      EndLine: z.number().int().optional(),
      Code: codeSchema
    })
    .optional()
})

const secretSchema = z.looseObject({
  RuleID: z.string().min(1),
  Category: z.string().optional(),
  Severity: trivySeverity,
  Title: z.string().default(''),
  StartLine: z.number().int().optional(),
  EndLine: z.number().int().optional(),
  Code: codeSchema,
  Match: z.string().optional()
})

const resultSchema = z.looseObject({
  Target: z.string().default(''),
  Class: z.string().optional(),
  Type: z.string().optional(),
  Packages: z.array(z.looseObject({ Name: z.string().optional(), Version: z.string().optional(), Locations: z.array(z.looseObject({ StartLine: z.number().int(), EndLine: z.number().int().optional() })).nullable().optional() })).nullable().optional(),
  Vulnerabilities: z.array(vulnSchema).nullable().optional(),
  MisconfSummary: z.looseObject({ Successes: z.number().default(0), Failures: z.number().default(0), Exceptions: z.number().optional() }).nullable().optional(),
  Misconfigurations: z.array(misconfSchema).nullable().optional(),
  Secrets: z.array(secretSchema).nullable().optional()
})

const reportV2 = z.looseObject({
  SchemaVersion: z.literal(2),
  ArtifactName: z.string().optional(),
  ArtifactType: z.string().optional(),
  Trivy: z.looseObject({ Version: z.string().optional() }).optional(),
  Results: z.array(resultSchema).nullable().optional()
})

const legacyReport = z.array(resultSchema)
export const trivyReportSchema = z.union([reportV2, legacyReport])

export interface TrivyOptions {
  /** Severity for trivy's UNKNOWN (default medium). */
  unknownSeverity?: Severity
  /** Drop vulnerabilities without a fixed version (trivy --ignore-unfixed does the same). */
  ignoreUnfixed?: boolean
  /** Workspace-relative folder the scan ran on; file targets are joined to it. */
  baseDir?: string
  /** Path used for targets that are not files (an image's OS packages...), e.g. the Dockerfile. */
  artifactPath?: string
  /** Absolute workspace path, stripped from absolute targets. */
  workspace?: string
  /** Locate every finding at artifactPath (image scans: targets are paths inside the image). */
  allAtArtifact?: boolean
}

export interface TrivyTargetSummary {
  target: string
  class: string | null
  type: string | null
  vulnerabilities: number
  misconfigurations: number
  secrets: number
  /** Checks that passed, from MisconfSummary. */
  misconfSuccesses: number | null
}

export interface TrivyParsed {
  shape: 'schema-v2' | 'legacy-array'
  trivyVersion: string | null
  artifactName: string | null
  artifactType: string | null
  findings: FindingInput[]
  targets: TrivyTargetSummary[]
  /** Secret-like strings seen in the report (to be masked in logs); never printed. */
  secretValues: string[]
  /** Vulnerabilities left out by ignoreUnfixed. */
  droppedUnfixed: number
}

const SEVERITY: Record<string, Severity> = { CRITICAL: 'critical', HIGH: 'high', MEDIUM: 'medium', LOW: 'low' }

export function trivySeverityToOurs(s: string, unknown: Severity = 'medium'): Severity {
  return SEVERITY[s] ?? unknown
}

/**
 * The trivy-checks v2 id (`DS-0002`, `AWS-0086`, `KSV-0001`) from any of its spellings
 * (`DS002`, `AVD-DS-0002`, `AVD-AWS-0086`, `KSV001`), and all the spellings as aliases.
 */
export function misconfigIds(id: string, avdid?: string): { ruleId: string; aliases: string[] } {
  const spellings = new Set<string>([id, ...(avdid ? [avdid] : [])])
  let canonical = id
  const fromAvd = (s: string) => /^AVD-([A-Z0-9]+)-(\d+)$/.exec(s)
  const avd = fromAvd(id) ?? (avdid ? fromAvd(avdid) : null)
  const old = /^([A-Z]+)(\d{3})$/.exec(id)
  const neu = /^([A-Z0-9]+)-(\d{4})$/.exec(id)
  if (avd) canonical = `${avd[1]}-${avd[2].padStart(4, '0')}`
  else if (old) canonical = `${old[1]}-${old[2].padStart(4, '0')}`
  else if (neu) canonical = id
  const m = /^([A-Z0-9]+)-(\d{4})$/.exec(canonical)
  if (m) {
    spellings.add(`AVD-${canonical}`)
    if (/^[A-Z]+$/.test(m[1]) && m[2].startsWith('0')) spellings.add(`${m[1]}${m[2].slice(1)}`)
  }
  spellings.delete(canonical)
  return { ruleId: canonical, aliases: [...spellings] }
}

/** Targets that are files (lockfiles, manifests, IaC) vs an image's OS or a language runtime. */
function isFileTarget(r: z.infer<typeof resultSchema>): boolean {
  if (r.Class === 'os-pkgs') return false
  if (r.Type === 'python-pkg' || r.Type === 'gobinary' || r.Type === 'jar' || r.Type === 'node-pkg' || r.Type === 'gemspec') return false
  if (/ \([^)]*\)$/.test(r.Target)) return false
  return r.Target !== ''
}

function joinBase(base: string | undefined, p: string): string {
  if (!base || base === '.' || base === '') return p
  if (p === '.' || p === '') return base
  return `${base.replace(/\/+$/, '')}/${p}`
}

// Tokens that look like credentials: provider prefixes and long high-entropy values.
const SECRET_PATTERNS: RegExp[] = [
  /\b(?:ghp|gho|ghu|ghs|ghr)_[A-Za-z0-9]{20,}\b/g,
  /\bgithub_pat_[A-Za-z0-9_]{20,}\b/g,
  /\b(?:AKIA|ASIA)[A-Z0-9]{16}\b/g,
  /\bxox[abprs]-[A-Za-z0-9-]{10,}\b/g,
  /\bsk-[A-Za-z0-9_-]{16,}\b/g,
  /\bglpat-[A-Za-z0-9_-]{20,}\b/g,
  /-----BEGIN [A-Z ]*PRIVATE KEY-----/g
]
const ASSIGNMENT = /(?:key|token|secret|passw(?:or)?d|pwd|credential|auth)[A-Za-z0-9_]*\s*[:=]\s*["']?([^\s"'*]{8,})/gi

/** Secret-like strings in a line of text (to hand to the log masker). */
export function secretLikeTokens(text: string): string[] {
  const out = new Set<string>()
  for (const re of SECRET_PATTERNS) for (const m of text.matchAll(re)) out.add(m[0])
  for (const m of text.matchAll(ASSIGNMENT)) if (!/^\*+$/.test(m[1])) out.add(m[1])
  return [...out]
}

/** Replaces secret-like tokens with asterisks (for anything derived from a scanned line). */
export function redactSecrets(text: string): string {
  let s = text
  for (const t of secretLikeTokens(text)) s = s.split(t).join('*'.repeat(Math.min(t.length, 8)))
  return s
}

function truncate(s: string, max: number): string {
  const flat = s.replace(/\s+/g, ' ').trim()
  return flat.length > max ? flat.slice(0, max - 1) + '…' : flat
}

export function parseTrivy(text: string, options: TrivyOptions = {}): TrivyParsed {
  // Dispatch on the top-level shape so a validation error names the real offending path.
  const data: unknown = parseJsonWith(z.unknown(), text, 'trivy')
  if (data === null || typeof data !== 'object') throw new ParseError(`trivy: the report is ${JSON.stringify(data)}, not a trivy JSON report (an object with SchemaVersion 2, or an array of results)`)
  const report = Array.isArray(data) ? validateWith(legacyReport, data, 'trivy (pre-0.20 array)') : validateWith(reportV2, data, 'trivy')
  const legacy = Array.isArray(report)
  const results = (legacy ? report : report.Results) ?? []
  const unknown = options.unknownSeverity ?? 'medium'
  const findings: FindingInput[] = []
  const targets: TrivyTargetSummary[] = []
  const secretValues = new Set<string>()
  let droppedUnfixed = 0
  const artifactName = legacy ? null : (report.ArtifactName ?? null)

  for (const r of results) {
    const fileTarget = !options.allAtArtifact && isFileTarget(r)
    const targetPath = fileTarget
      ? joinBase(options.baseDir, normaliseToolPath(r.Target, options.workspace))
      : (options.artifactPath ?? (r.Target || artifactName || '.'))
    const summary: TrivyTargetSummary = {
      target: r.Target,
      class: r.Class ?? null,
      type: r.Type ?? null,
      vulnerabilities: 0,
      misconfigurations: 0,
      secrets: 0,
      misconfSuccesses: r.MisconfSummary ? r.MisconfSummary.Successes : null
    }
    const pkgLines = new Map<string, number>()
    for (const p of r.Packages ?? []) {
      const line = p.Locations?.[0]?.StartLine
      if (p.Name && line) pkgLines.set(`${p.Name}@${p.Version ?? ''}`, line)
    }

    for (const v of r.Vulnerabilities ?? []) {
      const fixed = v.FixedVersion?.trim() ?? ''
      if (options.ignoreUnfixed && !fixed) {
        droppedUnfixed++
        continue
      }
      summary.vulnerabilities++
      const aliases = [...new Set((v.VendorIDs ?? []).filter((a) => a && a !== v.VulnerabilityID))]
      const fix = fixed ? `fixed in ${fixed}` : `no fixed version${v.Status ? ` (status: ${v.Status.replace(/_/g, ' ')})` : ''}`
      const where = v.PkgPath ? ` at ${v.PkgPath}` : ''
      const line = fileTarget ? (pkgLines.get(`${v.PkgName}@${v.InstalledVersion}`) ?? null) : null
      findings.push({
        ruleId: v.VulnerabilityID,
        aliases,
        severity: trivySeverityToOurs(v.Severity, unknown),
        title: `${v.VulnerabilityID} in ${v.PkgName} ${v.InstalledVersion}`,
        message: `${v.PkgName} ${v.InstalledVersion}${where} is affected by ${v.VulnerabilityID}${v.Title ? ` (${truncate(v.Title, 120)})` : ''}; ${fix}. [trivy, ${r.Target}, severity ${v.Severity.toLowerCase()}]`,
        location: { path: targetPath, startLine: line },
        help: { text: `${v.VulnerabilityID}: ${v.Title ?? ''}\n\n${v.Description ?? ''}`.trim(), uri: v.PrimaryURL },
        fingerprintKey: `${v.PkgName}${v.PkgPath ? ' ' + v.PkgPath : ''} ${v.VulnerabilityID}`,
        properties: {
          tool: 'trivy',
          kind: 'vulnerability',
          target: r.Target,
          class: r.Class ?? null,
          package: v.PkgName,
          installedVersion: v.InstalledVersion,
          fixedVersion: fixed || null,
          status: v.Status ?? null,
          trivySeverity: v.Severity,
          ...(v.PkgPath ? { pkgPath: v.PkgPath } : {}),
          ...(v.CweIDs?.length ? { cwe: v.CweIDs } : {})
        }
      })
    }

    for (const m of r.Misconfigurations ?? []) {
      if (m.Status && m.Status !== 'FAIL') continue
      summary.misconfigurations++
      const { ruleId, aliases } = misconfigIds(m.ID, m.AVDID)
      const cm = m.CauseMetadata
      const start = cm?.StartLine && cm.StartLine > 0 ? cm.StartLine : null
      const end = start && cm?.EndLine && cm.EndLine >= start ? cm.EndLine : start
      for (const l of cm?.Code?.Lines ?? []) for (const t of secretLikeTokens(l.Content ?? '')) secretValues.add(t)
      findings.push({
        ruleId,
        aliases,
        severity: trivySeverityToOurs(m.Severity, unknown),
        title: `${ruleId} ${m.Title}`,
        message: `${m.Title}${m.Message ? `: ${redactSecrets(m.Message)}` : ''}${cm?.Resource ? ` (${cm.Resource})` : ''} [trivy ${ruleId}${m.Type ? `, ${m.Type}` : ''}]`,
        location: { path: targetPath, startLine: start, endLine: end },
        help: { text: [m.Description?.trim(), m.Resolution ? `Resolution: ${m.Resolution}` : ''].filter(Boolean).join('\n\n') || m.Title, uri: m.PrimaryURL },
        fingerprintKey: `${cm?.Resource ?? ''} ${redactSecrets(m.Message || m.Title)}`,
        properties: { tool: 'trivy', kind: 'misconfiguration', target: r.Target, type: r.Type ?? null, checkType: m.Type ?? null, trivySeverity: m.Severity, ...(cm?.Resource ? { resource: cm.Resource } : {}) }
      })
    }

    for (const s of r.Secrets ?? []) {
      summary.secrets++
      for (const l of s.Code?.Lines ?? []) for (const t of secretLikeTokens(l.Content ?? '')) secretValues.add(t)
      for (const t of secretLikeTokens(s.Match ?? '')) secretValues.add(t)
      const start = s.StartLine && s.StartLine > 0 ? s.StartLine : null
      const masked = redactSecrets(s.Match ?? '')
      findings.push({
        ruleId: s.RuleID,
        severity: trivySeverityToOurs(s.Severity, unknown),
        title: `Secret: ${s.Title || s.RuleID}`,
        message: `${s.Title || s.RuleID}${s.Category ? ` (${s.Category})` : ''} found in ${r.Target}${start ? ` line ${start}` : ''}; the value is not shown. Remove it from the repository and rotate it. [trivy secret ${s.RuleID}]`,
        location: { path: targetPath, startLine: start, endLine: start && s.EndLine && s.EndLine >= start ? s.EndLine : start },
        fingerprintKey: `${s.RuleID} ${masked}`,
        properties: { tool: 'trivy', kind: 'secret', target: r.Target, category: s.Category ?? null, trivySeverity: s.Severity }
      })
    }
    targets.push(summary)
  }

  return {
    shape: legacy ? 'legacy-array' : 'schema-v2',
    trivyVersion: legacy ? null : (report.Trivy?.Version ?? null),
    artifactName,
    artifactType: legacy ? null : (report.ArtifactType ?? null),
    findings,
    targets,
    secretValues: [...secretValues],
    droppedUnfixed
  }
}
