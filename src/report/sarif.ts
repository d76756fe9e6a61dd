/**
 * SARIF 2.1.0 for GitHub code scanning (and any SARIF viewer). Pure: Report in, SARIF log out.
 *
 * - One run per gate that ran, each with its own `automationDetails.id`
 *   (`ai-secure-gates/<gate>/`): code scanning takes the part before the last `/` as the category
 *   and refuses several runs of one tool in one category.
 * - A gate that errored gets no run: a run is taken as the gate's complete answer, and an empty or
 *   partial run would close the alerts of the last good analysis. Skipped gates get none either.
 * - Rules carry help text and `security-severity` (code scanning's severity: >= 9.0 critical,
 *   7.0-8.9 high, 4.0-6.9 medium, 0.1-3.9 low); results carry a location, the level, and
 *   `partialFingerprints` from the engine's line-independent fingerprint, so alerts follow the
 *   code when lines move.
 * - Code scanning limits (research/security.md A6): at most 20 runs per file, 25,000 results and
 *   25,000 rules per run. Results over the limit are dropped least important first and counted in
 *   the run's properties and a tool notification.
 * - Waived findings are kept with an accepted external suppression carrying the waiver's reason.
 */
import type { Finding, GateReport, Report, Severity } from '../engine/types.js'
import { sortFindings } from './counts.js'
import { repoPath } from './check-runs.js'
import { safeJson } from './json.js'

export const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json'
export const MAX_RUNS = 20
export const MAX_RESULTS_PER_RUN = 25_000
export const MAX_RULES_PER_RUN = 25_000
export const FINGERPRINT_KEY = 'aiSecureGates/v1'

/** code scanning's `security-severity` for each severity (the middle of GitHub's bands). */
export const SECURITY_SEVERITY: Record<Severity, string> = {
  critical: '9.5',
  high: '8.0',
  medium: '5.5',
  low: '2.0',
  info: '0.0'
}

const RANK: Record<Severity, number> = { critical: 4, high: 3, medium: 2, low: 1, info: 0 }

export function sarifLevel(s: Severity): 'error' | 'warning' | 'note' {
  return s === 'critical' || s === 'high' ? 'error' : s === 'medium' ? 'warning' : 'note'
}

export interface SarifOptions {
  /** Where the workspace sits in the repository, so URIs are relative to the repository root. */
  pathPrefix?: string
  /** Prefix of automationDetails.id (default `ai-secure-gates`): change it when several workflows upload. */
  category?: string
  informationUri?: string
}

type Json = Record<string, unknown>

/** A repository-relative path as a URI reference (each segment percent-encoded). */
function uriFor(path: string): string {
  return path.split('/').map(encodeURIComponent).join('/')
}

function text(s: string, max = 100_000): string {
  return s.length > max ? s.slice(0, max - 1) + '…' : s
}

function ruleFor(gate: GateReport, ruleId: string, findings: Finding[]): Json {
  // Help and title from the first finding that has them (findings of one rule may differ).
  const first = findings.find((f) => f.help) ?? findings.find((f) => f.title) ?? findings[0]
  const worst = findings.reduce((a, f) => (RANK[f.severity] > RANK[a] ? f.severity : a), first.severity)
  const title = first.title && first.title !== ruleId ? first.title : ruleId
  const helpText = first.help?.text ?? `${title}. Reported by the ${gate.id} gate of ai-secure-gates (${gate.title}).`
  const rule: Json = {
    id: ruleId,
    name: ruleId.replace(/[^A-Za-z0-9]+/g, '_').replace(/^_+|_+$/g, '') || 'rule',
    shortDescription: { text: text(title, 1000) },
    fullDescription: { text: text(first.help?.text ?? title, 1000) },
    help: { text: text(helpText) },
    defaultConfiguration: { level: sarifLevel(worst) },
    properties: {
      tags: ['security', `ai-secure-gates/${gate.id}`],
      ...(worst === 'info' ? {} : { 'security-severity': SECURITY_SEVERITY[worst] }),
      precision: 'high'
    }
  }
  if (first.help?.uri && /^https?:\/\//.test(first.help.uri)) rule.helpUri = first.help.uri
  return rule
}

function resultFor(f: Finding, ruleIndex: number, opts: SarifOptions): Json {
  const loc = f.location
  const result: Json = {
    ruleId: f.ruleId,
    ruleIndex,
    level: sarifLevel(f.severity),
    message: { text: text(f.message || f.ruleId) },
    partialFingerprints: { [FINGERPRINT_KEY]: f.fingerprint },
    properties: {
      severity: f.severity,
      blocking: f.blocking,
      ...(f.baseline ? { baseline: true } : {})
    }
  }
  const path = repoPath(loc.path, opts.pathPrefix)
  if (path) {
    const physical: Json = { artifactLocation: { uri: uriFor(path), uriBaseId: '%SRCROOT%' } }
    if (loc.startLine && loc.startLine > 0) {
      const region: Json = { startLine: loc.startLine }
      if (loc.endLine && loc.endLine >= loc.startLine) region.endLine = loc.endLine
      if (loc.startColumn && loc.startColumn > 0) {
        region.startColumn = loc.startColumn
        // SARIF's endColumn is exclusive and must come after startColumn on a one-line region.
        if (loc.endColumn && (region.endLine ?? loc.startLine) !== loc.startLine) region.endColumn = loc.endColumn
        else if (loc.endColumn && loc.endColumn > loc.startColumn) region.endColumn = loc.endColumn
      }
      physical.region = region
    }
    result.locations = [{ physicalLocation: physical }]
  } else if (loc.path) {
    // Not a file of the repository (an image, a URL, a model id): say where in words.
    result.locations = [{ message: { text: text(loc.path, 1000) } }]
  }
  if (f.suppressed && f.waiver) {
    result.suppressions = [{ kind: 'external', status: 'accepted', justification: text(`${f.waiver.reason} (waiver expires ${f.waiver.expires})`, 1000) }]
  } else if (f.suppressed && f.suppression) {
    result.suppressions = [{ kind: 'inSource', status: 'accepted', justification: text(f.suppression.reason ?? f.suppression.comment, 1000) }]
  }
  return result
}

function runFor(report: Report, gate: GateReport, opts: SarifOptions): Json {
  const sorted = sortFindings(gate.findings)
  const kept = sorted.slice(0, MAX_RESULTS_PER_RUN)
  const byRule = new Map<string, Finding[]>()
  for (const f of kept) {
    const list = byRule.get(f.ruleId) ?? []
    list.push(f)
    byRule.set(f.ruleId, list)
  }
  const ruleIds = [...byRule.keys()].slice(0, MAX_RULES_PER_RUN)
  const ruleIndex = new Map(ruleIds.map((id, i) => [id, i]))
  const results = kept.filter((f) => ruleIndex.has(f.ruleId)).map((f) => resultFor(f, ruleIndex.get(f.ruleId)!, opts))
  const dropped = gate.findings.length - results.length
  const notifications: Json[] = []
  if (dropped) {
    notifications.push({
      level: 'warning',
      message: { text: `${dropped} findings of the ${gate.id} gate were left out to stay within code scanning's limit of ${MAX_RESULTS_PER_RUN} results per run; the JSON report has them all.` }
    })
  }
  const driver: Json = {
    name: 'ai-secure-gates',
    version: report.tool.version,
    semanticVersion: report.tool.version,
    rules: ruleIds.map((id) => ruleFor(gate, id, byRule.get(id)!))
  }
  if (opts.informationUri) driver.informationUri = opts.informationUri
  const tool: Json = { driver }
  if (gate.tool) tool.extensions = [{ name: gate.tool.name, ...(gate.tool.version ? { version: gate.tool.version } : {}) }]
  const category = (opts.category ?? 'ai-secure-gates').replace(/\/+$/, '')
  return {
    tool,
    automationDetails: { id: `${category}/${gate.id}/`, description: { text: `ai-secure-gates ${gate.id} gate (${gate.title})` } },
    invocations: [{ executionSuccessful: true, ...(notifications.length ? { toolExecutionNotifications: notifications } : {}) }],
    results,
    properties: {
      gate: gate.id,
      status: gate.status,
      failOn: gate.failOn,
      ...(dropped ? { resultsOmitted: dropped } : {})
    }
  }
}

/** The SARIF log for a report: one run per gate that ran (passed or failed). */
export function toSarif(report: Report, opts: SarifOptions = {}): Json {
  const gates = report.gates.filter((g) => g.status === 'pass' || g.status === 'fail').slice(0, MAX_RUNS)
  return {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: gates.map((g) => runFor(report, g, opts))
  }
}

export function renderSarif(report: Report, opts: SarifOptions = {}): string {
  return safeJson(toSarif(report, opts)) + '\n'
}
