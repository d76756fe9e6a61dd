/**
 * Check runs: one overall check named `ai-secure-gates` (stable: the one to mark required) and, with
 * `check-runs: per-gate`, one per gate named `ai-secure-gates / <gate>`.
 *
 * GitHub's limits (research/security.md A1, A3) are respected here:
 * - at most 50 annotations per request: the first 50 go with the create, the rest in updates that
 *   append, up to `maxAnnotations` in total (the rest are counted in the summary);
 * - output summary within 65,535 (counted in UTF-8 bytes, the safe reading), cut with a visible note;
 * - annotation titles within 255 characters, messages and raw details within 64 KB;
 * - paths relative to the repository root with forward slashes.
 *
 * Planning is pure (Report in, request bodies out); `publishCheckRuns` sends them through a small
 * client interface and never throws: a 403 (fork pull request, Dependabot, no `checks: write`)
 * becomes one warning that says why and what to do, and the verdict stays the gates'.
 */
import type { Finding, GateReport, Report, Severity } from '../engine/types.js'
import { SEVERITIES } from '../engine/types.js'
import { byteLength, cell, escapeHtml, escapeMarkdown } from './escape.js'
import { countBySeverity, formatDuration, sortFindings, STATUS_ICON } from './counts.js'
import { lineAnchor } from './paths.js'
import { tableMarkdown } from './summary.js'
import { policyFailures, policyMarkdown } from './policy.js'
import { evidenceSection, type Evidence } from './evidence.js'

export type { Evidence } from './evidence.js'

export const CHECK_NAME = 'ai-secure-gates'
export const ANNOTATIONS_PER_REQUEST = 50
export const OUTPUT_LIMIT = 65535
export const TITLE_LIMIT = 255
const DETAILS_LIMIT = 64 * 1024 - 1
export const DEFAULT_MAX_ANNOTATIONS = 1000

export type CheckRunsMode = 'per-gate' | 'single' | 'none'
export type OnError = 'fail' | 'neutral'
export type Conclusion = 'success' | 'failure' | 'neutral' | 'skipped'
export type AnnotationLevel = 'failure' | 'warning' | 'notice'

export interface CheckAnnotation {
  path: string
  start_line: number
  end_line: number
  start_column?: number
  end_column?: number
  annotation_level: AnnotationLevel
  message: string
  title: string
  raw_details?: string
}

export interface CheckOutput {
  title: string
  summary: string
  annotations?: CheckAnnotation[]
}

/** One check run to create: its body without annotations, and all its annotations. */
export interface CheckRunSpec {
  /** `overall` or the gate id. */
  key: string
  name: string
  conclusion: Conclusion
  /** Waiting for people (approvals): posted as in_progress, without a conclusion. */
  pending?: boolean
  title: string
  summary: string
  annotations: CheckAnnotation[]
}

export interface CheckRunOptions {
  mode: CheckRunsMode
  onError: OnError
  /** Annotations sent over all check runs of this run (blocking and most severe first). */
  maxAnnotations: number
  /** Where the workspace sits in the repository (`''` at the root, else e.g. `services/ml`). */
  pathPrefix?: string
  /** The commit the checks are on, for links to files. */
  headSha?: string
  repository?: string
  serverUrl?: string
  /** Where the full report can be found (this workflow run). */
  runUrl?: string | null
}

export function levelFor(severity: Severity): AnnotationLevel {
  if (severity === 'critical' || severity === 'high') return 'failure'
  if (severity === 'medium') return 'warning'
  return 'notice'
}

export function conclusionFor(status: GateReport['status'], onError: OnError): Conclusion {
  switch (status) {
    case 'pass':
      return 'success'
    case 'fail':
      return 'failure'
    case 'skipped':
      return 'skipped'
    case 'error':
      return onError === 'neutral' ? 'neutral' : 'failure'
  }
}

/** The overall conclusion: a failing gate is a failure even when another gate errored with on-error: neutral. */
export function overallConclusion(report: Report, onError: OnError): Conclusion {
  if (report.gates.some((g) => g.status === 'fail')) return 'failure'
  if (report.policy?.status === 'fail') return 'failure'
  if (report.gates.some((g) => g.status === 'error') || report.policy?.status === 'error') return conclusionFor('error', onError)
  return 'success'
}

export function gateCheckName(gateId: string): string {
  return `${CHECK_NAME} / ${gateId}`
}

/** Truncates to at most `max` UTF-8 bytes without splitting a character, ending with `…` when cut. */
export function truncateBytes(s: string, max: number, marker = '…'): string {
  if (byteLength(s) <= max) return s
  const room = max - byteLength(marker)
  let out = Buffer.from(s, 'utf8').subarray(0, Math.max(0, room)).toString('utf8')
  out = out.replace(/\uFFFD$/, '')
  while (byteLength(out) > room) out = out.slice(0, -1)
  return out + marker
}

function truncateChars(s: string, max: number): string {
  const chars = Array.from(s)
  return chars.length <= max ? s : chars.slice(0, max - 1).join('') + '…'
}

function oneLine(s: string): string {
  return s.replace(/\s+/g, ' ').trim()
}

/**
 * A workspace-relative path made relative to the repository root; null when the finding has no
 * file in the repository (empty, absolute, or escaping with `..`), so it cannot be annotated.
 */
export function repoPath(path: string, prefix = ''): string | null {
  const p = path.replace(/\\/g, '/').replace(/^(\.\/)+/, '')
  if (!p || p.startsWith('/') || /^[A-Za-z]:\//.test(p) || /^[a-z][a-z0-9+.-]*:\/\//i.test(p)) return null
  const pre = prefix.replace(/\\/g, '/').replace(/^(\.\/)+|^\.$/, '').replace(/\/+$/, '')
  const joined = pre ? `${pre}/${p}` : p
  const parts: string[] = []
  for (const seg of joined.split('/')) {
    if (seg === '' || seg === '.') continue
    if (seg === '..') {
      if (!parts.length) return null
      parts.pop()
    } else parts.push(seg)
  }
  return parts.length ? parts.join('/') : null
}

function findingTitle(f: Finding): string {
  return truncateChars(oneLine(`[${f.severity}] ${f.ruleId}${f.title && f.title !== f.ruleId ? `: ${f.title}` : ''}`), TITLE_LIMIT)
}

export function toAnnotation(f: Finding, path: string, failOn: string): CheckAnnotation {
  const loc = f.location
  const start = loc.startLine && loc.startLine > 0 ? loc.startLine : 1
  const end = loc.endLine && loc.endLine >= start ? loc.endLine : start
  const state = f.baseline ? 'in the baseline, not blocking' : f.blocking ? `blocking (fails at ${failOn} and above)` : `not blocking (below fail-on: ${failOn})`
  const a: CheckAnnotation = {
    path,
    start_line: start,
    end_line: end,
    annotation_level: levelFor(f.severity),
    message: truncateBytes(`${f.message}\n\n${f.gate} gate, severity ${f.severity}, ${state}.`, DETAILS_LIMIT),
    title: findingTitle(f)
  }
  if (loc.startLine && end === start && loc.startColumn && loc.startColumn > 0) {
    a.start_column = loc.startColumn
    if (loc.endColumn && loc.endColumn >= loc.startColumn) a.end_column = loc.endColumn
  }
  const details = [f.help?.text, f.help?.uri, `fingerprint: ${f.fingerprint}`].filter(Boolean).join('\n')
  a.raw_details = truncateBytes(details, DETAILS_LIMIT)
  return a
}

interface GateAnnotations {
  annotations: CheckAnnotation[]
  /** Annotatable, but over max-annotations. */
  overCap: number
  /** No file in the repository to put them on. */
  noFile: number
}

/** Picks the annotations to send over the whole run: unsuppressed findings, most important first, up to the cap. */
export function allocateAnnotations(report: Report, maxAnnotations: number, pathPrefix = ''): Map<string, GateAnnotations> {
  const out = new Map<string, GateAnnotations>(report.gates.map((g) => [g.id, { annotations: [], overCap: 0, noFile: 0 }]))
  const failOn = new Map(report.gates.map((g) => [g.id, g.failOn]))
  const all = sortFindings(report.gates.flatMap((g) => g.findings).filter((f) => !f.suppressed))
  let used = 0
  for (const f of all) {
    const slot = out.get(f.gate)
    if (!slot) continue
    const path = repoPath(f.location.path, pathPrefix)
    if (!path) {
      slot.noFile++
      continue
    }
    if (used >= maxAnnotations) {
      slot.overCap++
      continue
    }
    used++
    slot.annotations.push(toAnnotation(f, path, String(failOn.get(f.gate) ?? '')))
  }
  return out
}

// ---------- output text ----------

function fileLink(f: Finding, opts: CheckRunOptions): string {
  const loc = f.location
  const text = loc.startLine ? `${loc.path}:${loc.startLine}` : loc.path || '(no file)'
  const path = repoPath(loc.path, opts.pathPrefix)
  if (path && opts.repository && opts.headSha && /^[0-9a-f]{40,64}$/.test(opts.headSha)) {
    const server = opts.serverUrl ?? 'https://github.com'
    const anchor = lineAnchor(path, loc.startLine)
    return `[${escapeMarkdown(text)}](${server}/${opts.repository}/blob/${opts.headSha}/${path.split('/').map(encodeURIComponent).join('/')}${anchor})`
  }
  return escapeMarkdown(text)
}

const ROW_HEAD = '| Severity | Rule | Location | Message |\n|---|---|---|---|'

function row(f: Finding, opts: CheckRunOptions): string {
  const tag = f.suppressed ? (f.waiver ? ' (waived)' : ' (suppressed inline)') : f.baseline ? ' (baseline)' : ''
  return `| ${f.severity}${tag} | ${cell(f.ruleId, 80)} | ${fileLink(f, opts)} | ${cell(f.message, 300)} |`
}

function countsText(findings: Finding[]): string {
  const c = countBySeverity(findings)
  const parts = SEVERITIES.filter((s) => c[s]).map((s) => `${c[s]} ${s}`)
  return parts.join(', ')
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`
}

export function gateTitle(g: GateReport): string {
  const blocking = g.findings.filter((f) => f.blocking)
  let t: string
  switch (g.status) {
    case 'fail':
      t = `${plural(blocking.length, 'blocking finding')} (${countsText(blocking)})`
      break
    case 'pass':
      t = g.findings.length ? `Passed: ${plural(g.findings.length, 'finding')}, none blocking` : 'Passed: no findings'
      break
    case 'error':
      t = `Could not decide: ${oneLine(g.reason ?? g.errors[0] ?? g.summary)}`
      break
    case 'skipped':
      t = `Skipped: ${oneLine(g.reason ?? g.summary)}`
      break
  }
  return truncateChars(t, TITLE_LIMIT)
}

export function overallTitle(report: Report): string {
  const ran = report.gates.filter((g) => g.status !== 'skipped')
  const bad = ran.filter((g) => g.status === 'fail' || g.status === 'error')
  const blocking = report.gates.reduce((n, g) => n + g.findings.filter((f) => f.blocking).length, 0)
  const policy = policyFailures(report)
  if (policy && !bad.length) return truncateChars(`${ran.length ? `All ${plural(ran.length, 'gate')} passed, but the ` : 'The '}${policy}`, TITLE_LIMIT)
  if (!ran.length) return 'No gate ran (all skipped)'
  if (!bad.length) return `All ${plural(ran.length, 'gate')} passed`
  const what = bad.map((g) => `${g.id}: ${g.status}`).join(', ')
  return truncateChars(`${bad.length} of ${plural(ran.length, 'gate')} did not pass (${what}), ${plural(blocking, 'blocking finding')}`, TITLE_LIMIT)
}

interface Rows {
  /** Rows of findings to show (Infinity = all). */
  maxRows: number
  details: boolean
}

function annotationNote(a: GateAnnotations | undefined, maxAnnotations: number): string[] {
  if (!a) return []
  const out: string[] = []
  if (a.annotations.length) out.push(`${plural(a.annotations.length, 'finding')} annotated on the code.`)
  if (a.overCap) out.push(`${a.overCap} more not annotated: over max-annotations (${maxAnnotations}); they are listed here and in the JSON report.`)
  if (a.noFile) out.push(`${a.noFile} with no file in the repository to annotate.`)
  return out.length ? ['', `_${out.join(' ')}_`] : []
}

function gateBody(report: Report, g: GateReport, opts: CheckRunOptions, rows: Rows, ann: GateAnnotations | undefined, level: string): { text: string; hidden: number } {
  const out: string[] = []
  const tool = g.tool ? ` · ${escapeMarkdown(g.tool.name)} ${escapeMarkdown(g.tool.version ?? '')}`.trimEnd() : ''
  out.push(`${level} ${STATUS_ICON[g.status]} ${escapeMarkdown(g.title)}: ${g.status}`, '')
  out.push(`${cell(g.summary, 500)} (blocks at ${g.failOn})${tool}${g.status === 'skipped' ? '' : ` · ${formatDuration(g.durationMs)}`}`)
  if (g.errors.length) out.push('', '**Why this gate could not decide:**', '', `<pre>${escapeHtml(truncateBytes(g.errors.join('\n\n'), 8000))}</pre>`)
  out.push(...annotationNote(ann, opts.maxAnnotations))
  const sorted = sortFindings(g.findings)
  const blocking = sorted.filter((f) => f.blocking)
  const other = sorted.filter((f) => !f.blocking)
  let hidden = 0
  let budget = rows.maxRows
  const table = (label: string, list: Finding[]) => {
    if (!list.length) return
    const shown = list.slice(0, Math.max(0, budget))
    budget -= shown.length
    hidden += list.length - shown.length
    out.push('', `**${label}: ${list.length}**`)
    if (shown.length) out.push('', ROW_HEAD, ...shown.map((f) => row(f, opts)))
    if (shown.length < list.length) out.push('', `_${list.length - shown.length} not shown here (size limit)._`)
  }
  table('Blocking findings', blocking)
  if (rows.details) table('Not blocking (waived, baseline or below the threshold)', other)
  else if (other.length) {
    hidden += other.length
    out.push('', `_${plural(other.length, 'other finding')} (waived, baseline or below the threshold) not listed here (size limit)._`)
  }
  if (rows.details && g.checks.length) {
    const checks = g.checks.slice(0, 200)
    out.push('', `<details><summary>What was checked (${g.checks.length})</summary>`, '', '| Check | Target | Outcome |', '|---|---|---|', ...checks.map((c) => `| ${cell(c.name, 60)} | ${cell(c.target, 160)} | ${c.outcome} |`))
    if (checks.length < g.checks.length) out.push('', `_${g.checks.length - checks.length} more in the JSON report._`)
    out.push('', '</details>')
  }
  return { text: out.join('\n'), hidden }
}

function truncationNote(hidden: number, opts: CheckRunOptions): string {
  const where = opts.runUrl ? `the [workflow run](${opts.runUrl})'s job summary and JSON report` : 'the job summary and the JSON report'
  return `> ✂️ This output was shortened to stay within GitHub's limit of ${OUTPUT_LIMIT.toLocaleString('en-US')} characters for a check run: ${plural(hidden, 'finding row')} not shown. Every finding is in ${where}.`
}

/** Renders with as many rows as fit within the limit; always ends with a note when something was cut. */
function fit(render: (rows: Rows) => { text: string; hidden: number }, opts: CheckRunOptions, limit = OUTPUT_LIMIT): string {
  const withNote = (r: { text: string; hidden: number }) => (r.hidden ? `${r.text}\n\n${truncationNote(r.hidden, opts)}\n` : `${r.text}\n`)
  let r = render({ maxRows: Infinity, details: true })
  if (byteLength(withNote(r)) <= limit) return withNote(r)
  r = render({ maxRows: Infinity, details: false })
  if (byteLength(withNote(r)) > limit) {
    let lo = 0
    let hi = r.hidden + 100_000
    // Largest row count that fits (hidden rows only grow as rows shrink, so monotone).
    while (lo < hi) {
      const mid = Math.ceil((lo + hi) / 2)
      if (byteLength(withNote(render({ maxRows: mid, details: false }))) <= limit) lo = mid
      else hi = mid - 1
    }
    r = render({ maxRows: lo, details: false })
  }
  const text = withNote(r)
  if (byteLength(text) <= limit) return text
  // Pathological (huge error texts, thousands of gates): a hard cut, still with a note.
  const note = `\n\n> ✂️ Output cut at GitHub's limit of ${OUTPUT_LIMIT} characters; see the job summary and the JSON report.\n`
  return truncateBytes(text, limit - byteLength(note), '') + note
}

export function gateCheckRun(report: Report, g: GateReport, opts: CheckRunOptions, ann: GateAnnotations | undefined, evidence: Evidence[] = []): CheckRunSpec {
  // A gate that waits for people shows the approver its tables (who approved which commit, when) and the evidence.
  const tables = WAITING_GATES.has(g.id) ? (g.tables ?? []).map((t) => `\n\n${tableMarkdown(t, 100)}`).join('') : ''
  const extra = tables + (evidence.length ? `\n\n${evidenceSection(evidence)}` : '')
  const summary = fit((rows) => {
    const body = gateBody(report, g, opts, rows, ann, '##')
    return { ...body, text: body.text + extra }
  }, opts)
  const pending = isWaiting(g)
  return {
    key: g.id,
    name: gateCheckName(g.id),
    conclusion: conclusionFor(g.status, opts.onError),
    ...(pending ? { pending } : {}),
    title: pending ? truncateChars(oneLine(g.pending!), TITLE_LIMIT) : gateTitle(g),
    summary,
    annotations: ann?.annotations ?? []
  }
}

/**
 * A gate that fails only because it waits for people (approvals): its check stays in progress.
 * Only a gate of WAITING_GATES whose every blocking finding is its `<gate>/missing` rule waits, so a
 * `pending` written into a merged (mode: report) JSON report cannot turn another failure into a wait.
 */
export function isWaiting(g: GateReport): boolean {
  if (g.status !== 'fail' || typeof g.pending !== 'string' || g.pending === '' || !WAITING_GATES.has(g.id)) return false
  const blocking = g.findings.filter((f) => f.blocking)
  return blocking.length > 0 && blocking.every((f) => f.ruleId === `${g.id}/missing`)
}

/** The whole report fails only because gates wait for people: nothing errored, every failing gate waits. */
export function waitingOnly(report: Report): boolean {
  const bad = report.gates.filter((g) => g.status === 'fail' || g.status === 'error')
  return bad.length > 0 && bad.every(isWaiting)
}

/** Gates whose check may have been left in progress by an earlier run (they wait for people). */
export const WAITING_GATES = new Set(['approval'])

export function overallCheckRun(report: Report, opts: CheckRunOptions, allocation: Map<string, GateAnnotations>, gateLinks: Map<string, string> = new Map(), evidence: Map<string, Evidence[]> = new Map()): CheckRunSpec {
  const single = opts.mode === 'single'
  const render = (rows: Rows) => {
    const out: string[] = []
    const verdict = { pass: '✅ passed', fail: '❌ failed', error: '⚠️ could not decide (error)' }[report.status]
    out.push(`## ai-secure-gates ${verdict}`, '')
    out.push(`| Gate | Status | ${SEVERITIES.map((s) => s[0].toUpperCase() + s.slice(1)).join(' | ')} | Blocking | Summary |`)
    out.push(`|---|---|${SEVERITIES.map(() => '---:').join('|')}|---:|---|`)
    for (const g of report.gates) {
      const c = countBySeverity(g.findings)
      const link = gateLinks.get(g.id)
      const name = link ? `[${escapeMarkdown(g.id)}](${link})` : escapeMarkdown(g.id)
      out.push(`| ${name} | ${STATUS_ICON[g.status]} ${g.status} | ${SEVERITIES.map((s) => c[s]).join(' | ')} | ${g.findings.filter((f) => f.blocking).length} | ${cell(g.summary, 200)} |`)
    }
    const policy = policyMarkdown(report)
    if (policy.length) out.push('', ...policy)
    for (const w of report.waivers) out.push('', `> Waiver ${w.state}: ${cell(w.message, 500)}`)
    let hidden = 0
    if (single) {
      let left = rows.maxRows
      for (const g of report.gates) {
        if (g.status === 'skipped') continue
        const body = gateBody(report, g, opts, { ...rows, maxRows: left }, allocation.get(g.id), '###')
        const shown = g.findings.length - body.hidden
        left = Math.max(0, left - shown)
        hidden += body.hidden
        out.push('', body.text)
        // The single check run is the approver's only check: the evidence goes with the gate that waits for people.
        const proof = evidence.get(g.id)
        if (proof?.length) out.push('', evidenceSection(proof))
      }
    } else {
      const blocking = sortFindings(report.gates.flatMap((g) => g.findings.filter((f) => f.blocking)))
      if (blocking.length) {
        const shown = blocking.slice(0, rows.maxRows)
        hidden += blocking.length - shown.length
        out.push('', `### Blocking findings (${blocking.length})`, '', '| Gate | Severity | Rule | Location | Message |', '|---|---|---|---|---|')
        out.push(...shown.map((f) => `| ${escapeMarkdown(f.gate)} |${row(f, opts).slice(1)}`))
      }
      const over = [...allocation.values()].reduce((n, a) => n + a.overCap, 0)
      if (over) out.push('', `_${over} findings were not annotated: over max-annotations (${opts.maxAnnotations})._`)
      out.push('', '_Each gate has its own check run with its findings annotated on the code._')
    }
    if (opts.runUrl) out.push('', `[Workflow run with the job summary and the JSON report](${opts.runUrl})`)
    out.push('', `<sub>ai-secure-gates ${escapeMarkdown(report.tool.version)}</sub>`)
    return { text: out.join('\n'), hidden }
  }
  const annotations = single ? report.gates.flatMap((g) => allocation.get(g.id)?.annotations ?? []) : []
  if (waitingOnly(report)) {
    const waiting = report.gates.filter(isWaiting).map((g) => g.pending!)
    return { key: 'overall', name: CHECK_NAME, conclusion: overallConclusion(report, opts.onError), pending: true, title: truncateChars(oneLine(waiting.join('; ')), TITLE_LIMIT), summary: fit(render, opts), annotations }
  }
  return { key: 'overall', name: CHECK_NAME, conclusion: overallConclusion(report, opts.onError), title: overallTitle(report), summary: fit(render, opts), annotations }
}

/** Batches of at most 50 annotations: the first goes with the create request, the rest with updates. */
export function batches<T>(items: T[], size = ANNOTATIONS_PER_REQUEST): T[][] {
  const out: T[][] = []
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size))
  return out
}

// ---------- publishing ----------

export interface CreateCheckRunBody {
  name: string
  head_sha: string
  /** in_progress (without a conclusion) while a gate waits for people. */
  status: 'completed' | 'in_progress'
  conclusion?: Conclusion
  started_at?: string
  completed_at?: string
  details_url?: string
  external_id: string
  output: CheckOutput
}

export interface UpdateCheckRunBody {
  output: CheckOutput
  status?: 'completed' | 'in_progress'
  conclusion?: Conclusion
  completed_at?: string
  details_url?: string
  external_id?: string
}

/** A check run already on the commit (GET /repos/{o}/{r}/commits/{ref}/check-runs). */
export interface ExistingCheckRun {
  id: number
  name: string
  status: string
  conclusion: string | null
  html_url: string | null
}

/** The calls check runs need; the action backs it with Octokit, tests with the API double. */
export interface ChecksClient {
  createCheckRun(body: CreateCheckRunBody): Promise<{ id: number; html_url: string | null }>
  updateCheckRun(id: number, body: UpdateCheckRunBody): Promise<void>
  /** The check runs on a commit (optional: used when a gate may have left one in progress). */
  listCheckRuns?(headSha: string): Promise<ExistingCheckRun[]>
}

/** What a failed API call looked like; the client turns its library's errors into this. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string
  ) {
    super(message)
    this.name = 'ApiError'
  }
}

export interface PostedCheckRun {
  key: string
  name: string
  id: number
  url: string | null
  conclusion: Conclusion
  annotations: number
  requests: number
}

export interface PublishResult {
  posted: PostedCheckRun[]
  /** The overall check's URL (output check-run-url). */
  url: string | null
  /** Set when the API refused (403): the reason and what to do, already logged as a warning. */
  forbidden: string | null
  /** Other failures, already logged as warnings. */
  failures: string[]
  /** The evidence of each gate that waits for people, with the links of the checks posted (for the job summary). */
  evidence: Map<string, Evidence[]>
}

export interface PublishOptions extends CheckRunOptions {
  client: ChecksClient
  headSha: string
  startedAt?: string
  now?: () => Date
  warn: (message: string) => void
  info?: (message: string) => void
  /** Builds the 403 explanation (github/context.ts explainForbidden). */
  explainForbidden: (apiMessage: string) => string
}

class Forbidden extends Error {}

async function post(spec: CheckRunSpec, opts: PublishOptions, reuse?: ExistingCheckRun): Promise<PostedCheckRun> {
  const now = (opts.now ?? (() => new Date()))().toISOString().replace(/\.\d{3}Z$/, 'Z')
  const [first = [], ...rest] = batches(spec.annotations)
  const body: CreateCheckRunBody = {
    name: spec.name,
    head_sha: opts.headSha,
    ...(spec.pending ? { status: 'in_progress' as const } : { status: 'completed' as const, conclusion: spec.conclusion, completed_at: now }),
    external_id: spec.key,
    output: { title: spec.title, summary: spec.summary, ...(first.length ? { annotations: first } : {}) }
  }
  if (opts.startedAt) body.started_at = opts.startedAt
  if (opts.runUrl) body.details_url = opts.runUrl
  // An earlier run left this check in progress (waiting for approvals): finish or refresh that one
  // rather than adding a second check of the same name to the commit.
  let created: { id: number; html_url: string | null }
  if (reuse) {
    const { name: _name, head_sha: _sha, started_at: _started, ...update } = body
    await opts.client.updateCheckRun(reuse.id, update)
    created = { id: reuse.id, html_url: reuse.html_url }
  } else created = await opts.client.createCheckRun(body)
  let requests = 1
  let sent = first.length
  for (const batch of rest) {
    try {
      await opts.client.updateCheckRun(created.id, { output: { title: spec.title, summary: spec.summary, annotations: batch } })
      requests++
      sent += batch.length
    } catch (e) {
      if (e instanceof ApiError && e.status === 403) throw new Forbidden(e.message)
      opts.warn(`Check run "${spec.name}": ${spec.annotations.length - sent} annotations could not be added (${describe(e)}); the check's conclusion stands.`)
      break
    }
  }
  return { key: spec.key, name: spec.name, id: created.id, url: created.html_url, conclusion: spec.conclusion, annotations: sent, requests }
}

function describe(e: unknown): string {
  if (e instanceof ApiError) return e.status ? `HTTP ${e.status}: ${e.message}` : e.message
  return e instanceof Error ? e.message : String(e)
}

/**
 * Gates that get their own check run: all but those the run did not touch at all (not in the config
 * file, or left out by the `gates` input). A gate skipped for its own reason (nothing to scan) still
 * gets a `skipped` check, which satisfies a branch-protection rule that requires it.
 */
export function wantsGateCheck(g: GateReport): boolean {
  return !(g.status === 'skipped' && /^not (configured|selected)\b/.test(g.reason ?? g.summary))
}

/** The other gates' results on the commit: this run's (posted before) and earlier runs' checks. */
export function evidenceFor(report: Report, g: GateReport, existing: ExistingCheckRun[], links: Map<string, string>, opts: Pick<CheckRunOptions, 'onError' | 'runUrl'>): Evidence[] {
  const out: Evidence[] = []
  const names = new Set<string>([gateCheckName(g.id), CHECK_NAME])
  for (const other of report.gates) {
    if (other.id === g.id || !wantsGateCheck(other)) continue
    names.add(gateCheckName(other.id))
    out.push({ name: gateCheckName(other.id), conclusion: conclusionFor(other.status, opts.onError), status: 'completed', url: links.get(other.id) ?? null })
  }
  // Newest first: one row per name.
  for (const r of [...existing].sort((a, b) => b.id - a.id)) {
    if (names.has(r.name)) continue
    names.add(r.name)
    out.push({ name: r.name, conclusion: r.conclusion, status: r.status, url: r.html_url })
  }
  if (opts.runUrl) out.push({ name: 'this workflow run (job summary, JSON report)', conclusion: null, status: 'link', url: opts.runUrl })
  return out.sort((a, b) => a.name.localeCompare(b.name))
}

/** Posts the check runs; never throws, never changes the verdict. */
export async function publishCheckRuns(report: Report, opts: PublishOptions): Promise<PublishResult> {
  const result: PublishResult = { posted: [], url: null, forbidden: null, failures: [], evidence: new Map() }
  if (opts.mode === 'none') return result
  const allocation = allocateAnnotations(report, opts.maxAnnotations, opts.pathPrefix)
  const links = new Map<string, string>()
  const forbidden = (message: string) => {
    result.forbidden = opts.explainForbidden(message)
    opts.warn(result.forbidden)
  }
  // When a gate that waits for people ran: the checks already on the commit, to finish one left in
  // progress and to link the other gates' results as the evidence an approver judges.
  let existing: ExistingCheckRun[] = []
  if (opts.client.listCheckRuns && report.gates.some((g) => WAITING_GATES.has(g.id) && wantsGateCheck(g))) {
    try {
      existing = (await opts.client.listCheckRuns(opts.headSha)).filter((r) => r.name === CHECK_NAME || r.name.startsWith(`${CHECK_NAME} / `))
    } catch (e) {
      opts.warn(`Could not list the check runs on ${opts.headSha.slice(0, 7)} (${describe(e)}): a check left in progress by an earlier run is not updated, and the evidence links are missing.`)
    }
  }
  const attempt = async (spec: CheckRunSpec): Promise<boolean> => {
    try {
      const reuse = existing.filter((r) => r.name === spec.name && r.status !== 'completed').sort((a, b) => b.id - a.id)[0]
      const posted = await post(spec, opts, reuse)
      result.posted.push(posted)
      if (posted.url) links.set(spec.key, posted.url)
      const state = spec.pending ? 'in progress (waiting)' : posted.conclusion
      opts.info?.(`Check run "${spec.name}": ${state}, ${posted.annotations} annotations in ${posted.requests} request${posted.requests === 1 ? '' : 's'}${posted.url ? ` (${posted.url})` : ''}`)
      return true
    } catch (e) {
      if (e instanceof Forbidden || (e instanceof ApiError && e.status === 403)) {
        forbidden(e.message)
        return false
      }
      const msg = `Check run "${spec.name}" was not created (${describe(e)}); the verdict is unchanged (exit status and job summary).`
      result.failures.push(msg)
      opts.warn(msg)
      return true
    }
  }
  if (opts.mode === 'per-gate') {
    for (const g of report.gates.filter(wantsGateCheck)) {
      const evidence = WAITING_GATES.has(g.id) ? evidenceFor(report, g, existing, links, opts) : []
      if (!(await attempt(gateCheckRun(report, g, opts, allocation.get(g.id), evidence)))) return result
    }
  }
  if (opts.mode === 'per-gate' && waitingGatesOnly(report)) {
    // A run of the approval gate alone (gates: approval, on pull_request_review) must not replace
    // the overall check of the run that judged the other gates. It only completes an overall check
    // that run left waiting (it waited for nothing but approvals, so the other gates had passed).
    const open = existing.filter((r) => r.name === CHECK_NAME && r.status !== 'completed').sort((a, b) => b.id - a.id)[0]
    if (!open) {
      opts.info?.(`Check run "${CHECK_NAME}" not posted: this run judged only ${report.gates.filter((g) => wantsGateCheck(g)).map((g) => g.id).join(', ')}; the overall check belongs to the run of the other gates.`)
    } else if (!waitingOnly(report)) {
      const spec = overallCheckRun(report, opts, allocation, links)
      spec.summary = truncateBytes(`${WAITED_NOTE}\n\n${spec.summary}`, OUTPUT_LIMIT)
      await attempt(spec)
    }
  } else await attempt(overallCheckRun(report, opts, allocation, links, opts.mode === 'single' ? waitingEvidence(report, existing, links, opts) : undefined))
  result.url = result.posted.find((p) => p.key === 'overall')?.url ?? null
  result.evidence = waitingEvidence(report, existing, links, opts)
  return result
}

/**
 * The evidence of each gate that waits for people (WAITING_GATES) in this run, by gate id. Without
 * check runs (none posted, or none listed) it is this run's other gates, without links.
 */
export function waitingEvidence(report: Report, existing: ExistingCheckRun[], links: Map<string, string>, opts: Pick<CheckRunOptions, 'onError' | 'runUrl'>): Map<string, Evidence[]> {
  const out = new Map<string, Evidence[]>()
  for (const g of report.gates) if (WAITING_GATES.has(g.id) && wantsGateCheck(g)) out.set(g.id, evidenceFor(report, g, existing, links, opts))
  return out
}

const WAITED_NOTE = '> This completes the overall check that an earlier run left waiting for approvals only: every other gate had passed there (see its workflow run). This run judged the approvals alone.'

/** Only gates that wait for people ran; the others were left out by the `gates` input. */
export function waitingGatesOnly(report: Report): boolean {
  const ran = report.gates.filter(wantsGateCheck)
  return ran.length > 0 && ran.every((g) => WAITING_GATES.has(g.id)) && report.gates.some((g) => g.status === 'skipped' && /^not selected\b/.test(g.reason ?? g.summary))
}
