/**
 * The action: read inputs, run the gates (mode full/scan) or merge scan reports (mode report), then
 * report: JSON report and SARIF files, check runs and PR comment (not in mode scan; never throws,
 * a 403 is a warning), job summary, workflow-command annotations (skipped when the check runs carry
 * them), outputs, exit status (from the gates alone).
 */
import * as core from '@actions/core'
import { mkdir, writeFile, realpath } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { readInputs, type Inputs } from './config/inputs.js'
import { ConfigError, errorMessage, GatesError } from './engine/errors.js'
import type { Logger } from './engine/logger.js'
import { progressReporter } from './engine/progress.js'
import { exitCodeFor } from './engine/run.js'
import { runSession } from './engine/session.js'
import { GATES } from './gates/registry.js'
import type { PullRequestInfo, Report, Threshold } from './engine/types.js'
import { planAnnotations } from './report/annotations.js'
import { isWaiting, waitingOnly } from './report/check-runs.js'
import { failedGates, finalLine } from './report/counts.js'
import { renderJson } from './report/json.js'
import { renderSummary } from './report/summary.js'
import { actionLog, annotate, setFailed, useActionsCore } from './report/log.js'
import { findTokens, masker, redactReport } from './report/redact.js'
import { readEventPayload, readRunContext, type RunContext } from './github/context.js'
import { deploymentEnvironment } from './release/policy/select.js'
import { environmentRules } from './release/policy/session-rules.js'
import { triggerFromEnv, writeAudit } from './release/audit/record.js'
import { publishPullRequest, type PullRequestOutcome } from './github/publish.js'
import { loadMergedReports } from './report/merge.js'
import { renderSarif } from './report/sarif.js'
import { processRunner } from './tools/runner.js'
import { VERSION } from './version.js'

// report/log.ts prints the action's workflow commands through this @actions/core (the CLI never loads it)
useActionsCore(core)

/** The gates' logger in the action: every line escaped (report/log.ts). */
export const actionLogger: Logger = actionLog

/** secretlint's rules over the report's text, for the redaction pass (report/redact.ts). */
async function detectSecrets(text: string): Promise<string[]> {
  const { scanText } = await import('./gates/secrets/scan.js')
  return (await scanText(text, 'report.txt')).map((h) => h.secret)
}

/**
 * working-directory must lead, after symlinks, to a folder inside GITHUB_WORKSPACE: the gates
 * confine everything to the workspace, so the workspace itself must not be outside.
 */
async function workspaceFor(base: string, dir: string): Promise<string> {
  let baseReal: string
  let real: string
  try {
    baseReal = await realpath(base)
    real = await realpath(path.resolve(base, dir))
  } catch (e) {
    throw new ConfigError('INPUT', `working-directory "${dir}" does not exist in the workspace (${base}): ${errorMessage(e)}`)
  }
  const rel = path.relative(baseReal, real)
  if (rel === '..' || rel.startsWith(`..${path.sep}`) || path.isAbsolute(rel)) {
    throw new ConfigError('OUTSIDE_WORKSPACE', `working-directory "${dir}" leads to ${real}, outside GITHUB_WORKSPACE (${baseReal}); use a folder inside the checked-out repository.`)
  }
  return real
}

/** The gates' view of the event: the pull request's commits when there is one (secrets reads every commit). */
function pullRequestInfo(ctx: RunContext): PullRequestInfo | undefined {
  const pr = ctx.pullRequest
  return pr && pr.baseSha ? { number: pr.number, baseSha: pr.baseSha, headSha: pr.headSha } : undefined
}

async function reportDir(inputs: Inputs, workspace: string): Promise<string> {
  const dir = inputs['report-dir']
    ? path.resolve(workspace, inputs['report-dir'])
    : path.join(process.env.RUNNER_TEMP || os.tmpdir(), 'ai-secure-gates')
  await mkdir(dir, { recursive: true })
  return dir
}

/** A report for a run that could not start (bad config, bad inputs): every configured gate is unknown. */
function errorReport(message: string): Report {
  return {
    schemaVersion: 1,
    tool: { name: 'ai-secure-gates', version: VERSION },
    status: 'error',
    gates: [
      { id: 'config', title: 'Configuration', status: 'error', summary: message.split('\n')[0], durationMs: 0, tool: null, failOn: 'high', reason: message, errors: [message], checks: [], findings: [] }
    ],
    waivers: []
  }
}

/** One line of a gate summary for the log, with the secrets found so far masked (the runner masks them too). */
function redactLine(line: string, secrets: string[]): string {
  return masker([...secrets, ...findTokens(line)])(line)
}

export async function run(): Promise<void> {
  let inputs: Inputs
  try {
    inputs = readInputs((n) => core.getInput(n))
  } catch (e) {
    core.setOutput('status', 'error')
    setFailed(errorMessage(e))
    return
  }
  // Every value the secrets gate finds (and the token): masked in the log by the runner, and in every report by redactReport.
  const secrets: string[] = []
  if (inputs['github-token']) {
    core.setSecret(inputs['github-token'])
    secrets.push(inputs['github-token'])
  }
  const base = process.env.GITHUB_WORKSPACE || process.cwd()
  if (inputs.mode === 'deploy-check') {
    // mode: deploy-check: no gate runs; the deployment is watched through Prometheus (src/modes/deploy-check.ts).
    const ws = await workspaceFor(base, inputs['working-directory']).catch((e: unknown) => {
      setFailed(errorMessage(e))
      return null
    })
    if (ws) await (await import('./modes/deploy-check.js')).runDeployCheck(inputs, ws)
    return
  }
  if (inputs.mode === 'sign') {
    // mode: sign: no gate runs; the models are signed (src/modes/sign.ts).
    const { runSignMode } = await import('./modes/sign.js')
    const ws = await workspaceFor(base, inputs['working-directory']).catch((e: unknown) => {
      setFailed(errorMessage(e))
      return null
    })
    if (!ws) return
    const code = await runSignMode(inputs, ws, { log: actionLog, setOutput: (n, v) => core.setOutput(n, v), setSecret: (v) => core.setSecret(v) })
    if (code !== 0) setFailed('mode: sign failed: see the error above')
    return
  }
  const run = readRunContext()
  let report: Report
  let workspace = base
  try {
    workspace = await workspaceFor(base, inputs['working-directory'])
    const tempDir = path.join(process.env.RUNNER_TEMP || os.tmpdir(), `ai-secure-gates-${process.pid}`)
    await mkdir(tempDir, { recursive: true })
    if (inputs.mode === 'report') {
      // mode: report: no gate runs here; the reports of mode: scan jobs are merged (src/report/merge.ts).
      report = await loadMergedReports(inputs.reports, workspace, actionLog)
      // The environment's rules apply to the merged report (src/release/policy/apply.ts).
      report = await (await import('./release/policy/apply.js')).applyEnvironmentPolicy(report, { workspace, configPath: inputs.config || undefined, environment: inputs.environment || undefined, deploymentEnvironment: deploymentEnvironment(readEventPayload(process.env)) })
    } else {
      const result = await runSession({
        registry: GATES,
        reportRules: environmentRules,
        workspace,
        configPath: inputs.config || undefined,
        only: inputs.gates.length ? inputs.gates : undefined,
        failOn: (inputs['fail-on'] || undefined) as Threshold | undefined,
        tools: processRunner,
        logger: actionLog,
        tempDir,
        install: inputs.install,
        pullRequest: pullRequestInfo(run),
        environment: inputs.environment || undefined,
        deploymentEnvironment: deploymentEnvironment(readEventPayload(process.env)),
        maskSecret: (v) => {
          core.setSecret(v)
          secrets.push(v)
        },
        surface: 'action',
        progress: progressReporter((line) => actionLog.info(line), { everyMs: 10_000 }),
        context: {
          repository: run.repository || undefined,
          sha: run.headSha || undefined,
          serverUrl: run.serverUrl,
          event: run.eventName || undefined,
          root: path.relative(await realpath(base), workspace).split(path.sep).join('/')
        },
        onGateStart: (id) => actionLog.info(`▶ ${id}: running`),
        // The summary is redacted here too: the report's redaction pass runs after every gate ends.
        onGateEnd: (g) => actionLog.info(`${g.status === 'pass' ? '✔' : g.status === 'skipped' ? '–' : '✖'} ${g.id}: ${g.status} (${redactLine(g.summary.split('\n')[0], secrets)})`)
      })
      report = result.report
      actionLog.info(result.configSource ? `Config: ${result.configSource}` : 'Config: none found, every gate runs with its defaults where its targets exist')
      for (const n of report.notChecked ?? []) actionLog.warning(`Not checked: ${n.gate}: ${n.what}: ${n.reason}. Fix: ${n.fix}.`)
    }
  } catch (e) {
    const code = e instanceof GatesError ? ` [${e.code}]` : ''
    report = errorReport(`${errorMessage(e)}${code}`)
    actionLog.error(errorMessage(e))
  }
  // Before any reporter: every secret found, and anything token-shaped, masked in every field.
  report = await redactReport(report, { secrets, detect: detectSecrets })

  const dir = await reportDir(inputs, workspace)
  const jsonPath = path.join(dir, 'report.json')
  const jsonText = renderJson(report)
  await writeFile(jsonPath, jsonText)
  // The audit record (src/release/audit/record.ts): audit.json beside the report, and the audit-log line when asked.
  let auditPath = ''
  let auditFailure = ''
  try {
    auditPath = (await writeAudit(report, { workspace, dir, report: { path: jsonPath, text: jsonText }, trigger: triggerFromEnv(process.env, run), auditLog: inputs['audit-log'] || undefined })).path
  } catch (e) {
    auditFailure = `audit record not written: ${errorMessage(e)}`
    actionLog.error(auditFailure)
  }
  const sarifPath = path.join(dir, 'report.sarif')
  await writeFile(sarifPath, renderSarif(report, { pathPrefix: report.context?.root ?? '' }))

  // The AI bill of materials (input bom; src/release/bom/action.ts): never changes the verdict.
  const bom = inputs.bom === 'none' ? null : await (await import('./release/bom/action.js')).writeActionBom({
    spec: inputs.bom === 'cyclonedx-1.7' ? '1.7' : '1.6', report, workspace, dir, configPath: inputs.config || undefined,
    params: inputs['bom-params'], allowNoModels: inputs['bom-allow-no-models'], secrets, detect: detectSecrets, logger: actionLog
  })

  // Check runs and the PR comment (mode full or report; never throws, never changes the verdict).
  let pr: PullRequestOutcome | null = null
  if (inputs.mode !== 'scan' && !process.env.GITHUB_API_URL) {
    actionLog.info('GITHUB_API_URL is not set (not on a GitHub runner): no check runs or pull-request comment.')
  } else if (inputs.mode !== 'scan') {
    try {
      const settings = { checkRuns: inputs['check-runs'], onError: inputs['on-error'], maxAnnotations: inputs['max-annotations'], prComment: inputs['pr-comment'], token: inputs['github-token'] }
      pr = await publishPullRequest(report, settings, run, actionLog)
    } catch (e) {
      actionLog.warning(`Check runs / pull-request comment not posted: ${errorMessage(e)}. The verdict is unchanged.`)
    }
  }
  // Findings annotated on our check runs are not repeated as workflow-command annotations (no doubles on the diff).
  const onChecks = !!pr?.checks && pr.checkAnnotations > 0 && !pr.checks.forbidden && !pr.checks.failures.length

  const plan = planAnnotations(report)
  const markdown = renderSummary(report, { annotationsOmitted: onChecks ? 0 : plan.omitted, reportHint: `The full JSON report is at ${jsonPath}.` }) + (bom ? '\n' + bom.markdown : '')
  const summaryPath = path.join(dir, 'summary.md')
  await writeFile(summaryPath, markdown)
  if (process.env.GITHUB_STEP_SUMMARY) {
    await core.summary.addRaw(markdown).write()
  } else {
    actionLog.debug('GITHUB_STEP_SUMMARY is not set; the job summary was written only to ' + summaryPath)
  }

  if (onChecks) actionLog.info(`${pr!.checkAnnotations} findings are annotated on the check runs${pr!.checkRunUrl ? ` (${pr!.checkRunUrl})` : ''}.`)
  for (const a of onChecks ? [] : plan.annotations) {
    const props = a.properties
    const annotation: core.AnnotationProperties = { title: props.title, file: props.file, startLine: props.startLine, endLine: props.endLine, startColumn: props.startColumn, endColumn: props.endColumn }
    annotate(a.level, a.message, annotation)
  }

  const failed = failedGates(report.gates)
  core.setOutput('status', report.status)
  core.setOutput('failed-gates', failed.join(','))
  core.setOutput('report', jsonPath)
  core.setOutput('summary', summaryPath)
  core.setOutput('sarif', sarifPath)
  core.setOutput('check-run-url', pr?.checkRunUrl ?? '')
  core.setOutput('bom', bom?.path ?? '')
  core.setOutput('audit', auditPath)
  core.setOutput('policy-status', report.policy?.status ?? '')

  const code = exitCodeFor(report.status)
  // Waiting for approvals is not a failure of the job: the check run stays in progress until a re-run finds them.
  if (code === 1 && waitingOnly(report) && pr?.checks?.posted.length) actionLog.info(`Waiting, not failing: ${report.gates.filter(isWaiting).map((g) => g.pending).join('; ')}. The check stays in progress until a re-run on pull_request_review finds the approvals.`)
  else if (code !== 0) setFailed(finalLine(report))
  else if (auditFailure) setFailed(auditFailure)
}

