/**
 * The shared vocabulary of the engine: what a gate receives, what it returns, and the Report every
 * reporter reads. The JSON shape of Report is a contract (DESIGN.md, "Contracts"); change it only
 * with a schemaVersion bump.
 */
import type { z } from 'zod'
import type { ToolRunner } from '../tools/runner.js'
import type { Logger } from './logger.js'
import type { ProgressFactory } from './progress.js'
import type { Inventory } from './inventory.js'

export const SEVERITIES = ['critical', 'high', 'medium', 'low', 'info'] as const
export type Severity = (typeof SEVERITIES)[number]
/** A blocking threshold: a severity, or `none` (report everything, block nothing). */
export type Threshold = Severity | 'none'

export type GateStatus = 'pass' | 'fail' | 'error' | 'skipped'

export interface Location {
  /** Workspace-relative, forward slashes. */
  path: string
  startLine: number | null
  startColumn?: number | null
  endLine?: number | null
  endColumn?: number | null
}

export interface WaiverRef {
  gate: string
  rule?: string
  path?: string
  fingerprint?: string
  reason: string
  expires: string
}

/** What a gate emits; the policy step adds fingerprint, blocking, suppressed and waiver. */
export interface FindingInput {
  ruleId: string
  severity: Severity
  message: string
  location: Location
  /** Short label for annotations and tables (defaults to ruleId). */
  title?: string
  /** Rule documentation, carried into SARIF. */
  help?: { text: string; uri?: string }
  /**
   * What makes this finding the same finding after unrelated edits (the flagged source line's text,
   * a vulnerability id and package, a pickle global...). Never a line number. Defaults to the message.
   */
  fingerprintKey?: string
  /** Extra identifiers a waiver may name as its rule (CVE aliases of a GHSA, ...). */
  aliases?: string[]
  /** Tool-specific extras kept in the JSON report. */
  properties?: Record<string, unknown>
  /**
   * Suppressed where it is, by a comment in the scanned source (`# nosec`, `# ai-secure-gates:
   * ignore[rule] reason`): reported with suppressed true, never blocking.
   */
  suppression?: InlineSuppression
}

export interface InlineSuppression {
  kind: 'inline'
  /** The comment as written. */
  comment: string
  reason: string | null
}

export interface Finding extends FindingInput {
  gate: string
  fingerprint: string
  blocking: boolean
  suppressed: boolean
  waiver: WaiverRef | null
  /** Present in the baseline report: reported, never blocking. */
  baseline?: boolean
}

export type CheckOutcome = 'pass' | 'fail' | 'error' | 'skipped' | 'info'

/** Something the gate examined, whatever the result: coverage is part of the report. */
export interface Check {
  name: string
  target: string
  outcome: CheckOutcome
  details: Record<string, unknown>
}

export interface ToolInfo {
  name: string
  version: string | null
}

/** A table a gate shows in the job summary (plain-text cells; the summary escapes them). */
export interface SummaryTable {
  title: string
  columns: string[]
  rows: string[][]
  /** Shown folded (<details>), with longer cells, and left out first when the summary must shrink (transcripts). */
  collapsed?: boolean
}

/**
 * Something a gate would have examined but did not (its tool could not be had, a file format it
 * cannot read...). Listed at the top of every report; never counted as a pass.
 */
export interface NotChecked {
  /** Gate id. */
  gate: string
  /** What was not examined, e.g. "requirements.txt, api/requirements.txt" or "the Dockerfile and 2 Terraform files". */
  what: string
  /** Why, in one sentence. */
  reason: string
  /** The one command or config key that fixes it. */
  fix: string
}

/** What a gate's run() returns. */
export interface GateRunResult {
  findings: FindingInput[]
  checks: Check[]
  /** Reasons the gate could not decide. Any entry makes the gate `error` (findings are still reported). */
  errors: string[]
  /** Set when the gate did not apply (nothing configured, nothing to scan); the reason is shown. */
  skipped?: string
  tool?: ToolInfo | null
  /** One line for the table; the engine writes one if absent. */
  summary?: string
  /** Tables for the job summary (metric changes, per-group rates), kept in the JSON report too. */
  tables?: SummaryTable[]
  /** Parts the gate could not examine although they exist (partial coverage); see NotChecked. */
  notChecked?: Omit<NotChecked, 'gate'>[]
  /**
   * Machine-readable facts for release rules and the audit record (the approval gate's reviewers,
   * states, times and commits), kept in the JSON report as they are. Plain JSON values only.
   */
  data?: Record<string, unknown>
  /**
   * Set when the gate fails only because it is waiting for people (approvals not given yet): its
   * check run stays in progress with this title instead of failing, and the action's step does not
   * fail for it. The gate's status is still `fail` in the report.
   */
  pending?: string
}

export interface PullRequestInfo {
  number: number
  baseSha: string
  headSha: string
}

export interface GateContext<C> {
  /** Absolute, real path of the workspace; everything scanned stays inside it. */
  workspace: string
  config: C
  tools: ToolRunner
  logger: Logger
  /** A scratch folder for tool output (under RUNNER_TEMP on a runner). */
  tempDir: string
  install: 'auto' | 'never'
  /** Where the run was started (decides how a fix is worded: a CLI flag or an action input). */
  surface?: 'cli' | 'action'
  signal: AbortSignal
  /** Present on pull-request events (secrets over added lines, approvals...). */
  pullRequest?: PullRequestInfo
  /** Masks a value in all later log output (core.setSecret in the action). */
  maskSecret: (value: string) => void
  /**
   * True when the gate's block comes from a config file; false when it runs on its defaults (no
   * config file, or selected with --gates without a block). A default target that does not exist
   * is then "nothing to scan", not a mistake in the config.
   */
  explicit?: boolean
  /** Reports progress of long work (stderr in the CLI, periodic log lines in the action). */
  progress?: ProgressFactory
  /** The workspace's project files (dependency manifests, container and IaC files), found once per run. */
  inventory?: () => Promise<Inventory>
  /**
   * Tells the engine what the gate is about to examine ("requirements.txt, api/requirements.txt"),
   * so that if its tool cannot be had, the report says exactly what was not checked.
   */
  declareTargets?: (what: string) => void
}

export interface Gate<C = unknown> {
  id: string
  title: string
  /** zod schema of this gate's block in the config file (without the common keys). */
  configSchema: z.ZodType<C>
  run(ctx: GateContext<C>): Promise<GateRunResult>
}

export interface GateReport {
  id: string
  title: string
  status: GateStatus
  summary: string
  durationMs: number
  tool: ToolInfo | null
  failOn: Threshold
  /** Why the gate was skipped or errored. */
  reason?: string
  errors: string[]
  checks: Check[]
  findings: Finding[]
  /** Present when the gate produced tables for the summary. */
  tables?: SummaryTable[]
  /** Present when the gate gave machine-readable facts (GateRunResult.data). */
  data?: Record<string, unknown>
  /** Present when a `fail` only means waiting for people (GateRunResult.pending): the check run's title. */
  pending?: string
}

export interface WaiverNote {
  waiver: WaiverRef
  state: 'expired' | 'stale'
  message: string
}

/** One environment rule's outcome (src/release/policy/evaluate.ts; docs/policy.md). */
export interface PolicyRuleResult {
  /** The rule's name (given in the config, or derived from its place in it). */
  name: string
  /** require: must hold; deny: a violation when true (blocks); warn: a warning when true (never blocks). */
  kind: 'require' | 'deny' | 'warn'
  /** The CEL expression evaluated (declarative requirements are written as CEL too). */
  expr: string
  /** Where the rule is in the config file, e.g. environments.production.deny[0]. */
  source: string
  /** pass: satisfied; fail: a require that does not hold or a deny that fires; warn: a warn that fires; error: could not be evaluated. */
  result: 'pass' | 'fail' | 'warn' | 'error'
  message: string
  /** The report values the expression read, by path (lists and maps summarised). */
  inputs: Record<string, unknown>
}

/** The environment policy applied to a run (present when an environment was selected). */
export interface PolicyResult {
  environment: string
  /** fail when a require does not hold or a deny fires; error when a rule could not be evaluated. */
  status: 'pass' | 'fail' | 'error'
  rules: PolicyRuleResult[]
}

export interface Report {
  schemaVersion: 1
  tool: { name: 'ai-secure-gates'; version: string }
  status: Exclude<GateStatus, 'skipped'>
  /**
   * What applied to this repository but was not examined, with the fix. The status covers only
   * what was checked; an entry here is never a pass. Always written (empty when complete).
   */
  notChecked?: NotChecked[]
  gates: GateReport[]
  waivers: WaiverNote[]
  /** Where the report was made: lets the summary link findings to the commit. */
  context?: {
    repository?: string
    sha?: string
    serverUrl?: string
    event?: string
    /** The scanned folder relative to the repository root ('' when it is the root); prefixes paths on GitHub. */
    root?: string
  }
  /** The environment policy's rules and their results, when an environment was selected (status includes it). */
  policy?: PolicyResult
}

export const severityRank = (s: Severity): number => SEVERITIES.length - SEVERITIES.indexOf(s)

/** True when `s` is at or above `threshold`. */
export function atOrAbove(s: Severity, threshold: Threshold): boolean {
  if (threshold === 'none') return false
  return severityRank(s) >= severityRank(threshold)
}
