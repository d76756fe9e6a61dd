/**
 * mode: deploy-check (a step after the deploy): watches Prometheus as the config's deploy-check
 * block says, writes deploy-check.json and the job summary, and sets the outputs the workflow's
 * rollback step reads: status, healthy, rollback, values. No gate runs in this mode. Its verdict is
 * an audit record (deploy-check-audit.json, and a line of the audit-log when set), as a run's is.
 */
import * as core from '@actions/core'
import { mkdir, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import type { Inputs } from '../config/inputs.js'
import { errorMessage, GatesError } from '../engine/errors.js'
import { renderDeployCheckJson, renderDeployCheckMarkdown, renderDeployCheckText } from '../release/deploy-check/render.js'
import { runDeployCheckSession } from '../release/deploy-check/session.js'
import { valuesSeen, type DeployCheckResult } from '../release/deploy-check/watch.js'
import { buildDeployCheckRecord, notStarted } from '../release/audit/deploy-check.js'
import { triggerFromEnv, writeAuditRecord } from '../release/audit/record.js'
import { deploymentEnvironment } from '../release/policy/select.js'
import { readEventPayload, readRunContext } from '../github/context.js'
import { actionLog, setFailed } from '../report/log.js'

/**
 * The deploy-check's audit record: deploy-check-audit.json in the report folder (the `audit` output)
 * and, with the audit-log input, a line of the same hash-chained log a run appends to. Returns the
 * failure to report, or '' when written.
 */
async function writeDeployCheckAudit(result: DeployCheckResult, inputs: Inputs, workspace: string, dir: string, report?: { path: string; text: string }): Promise<string> {
  try {
    const payload = readEventPayload(process.env)
    const record = buildDeployCheckRecord(result, {
      trigger: triggerFromEnv(process.env, readRunContext(process.env, payload)),
      environment: inputs.environment || deploymentEnvironment(payload) || null,
      report
    })
    const written = await writeAuditRecord(record, { workspace, dir, fileName: 'deploy-check-audit.json', auditLog: inputs['audit-log'] || undefined })
    core.setOutput('audit', written.path)
    return ''
  } catch (e) {
    const failure = `audit record not written: ${errorMessage(e)}`
    actionLog.error(failure)
    return failure
  }
}

/** Runs the watch in `workspace` (working-directory, already confined to GITHUB_WORKSPACE by main.ts). */
export async function runDeployCheck(inputs: Inputs, workspace: string): Promise<void> {
  const dir = inputs['report-dir'] ? path.resolve(workspace, inputs['report-dir']) : path.join(process.env.RUNNER_TEMP || os.tmpdir(), 'ai-secure-gates')
  const fail = async (status: string, message: string): Promise<void> => {
    core.setOutput('status', status)
    core.setOutput('healthy', 'false')
    core.setOutput('rollback', 'false')
    // A deploy-check that could not start is recorded too: an error, never healthy.
    await mkdir(dir, { recursive: true })
    await writeDeployCheckAudit(notStarted(message), inputs, workspace, dir)
    setFailed(message)
  }
  let result
  try {
    result = await runDeployCheckSession({
      workspace,
      configPath: inputs.config || undefined,
      overrides: { url: inputs['prometheus-url'], window: inputs['deploy-check-window'], interval: inputs['deploy-check-interval'], consecutive: inputs['deploy-check-consecutive'] },
      env: process.env,
      logger: actionLog,
      maskSecret: (v) => core.setSecret(v)
    })
  } catch (e) {
    const code = e instanceof GatesError ? ` [${e.code}]` : ''
    return fail('error', `deploy-check could not start: ${errorMessage(e)}${code}`)
  }
  await mkdir(dir, { recursive: true })
  const jsonPath = path.join(dir, 'deploy-check.json')
  const jsonText = renderDeployCheckJson(result)
  await writeFile(jsonPath, jsonText)
  const auditFailure = await writeDeployCheckAudit(result, inputs, workspace, dir, { path: jsonPath, text: jsonText })
  const markdown = renderDeployCheckMarkdown(result)
  const summaryPath = path.join(dir, 'deploy-check.md')
  await writeFile(summaryPath, markdown)
  if (process.env.GITHUB_STEP_SUMMARY) await core.summary.addRaw(markdown).write()
  for (const line of renderDeployCheckText(result).trimEnd().split('\n')) actionLog.info(line)
  core.setOutput('status', result.status)
  core.setOutput('healthy', String(result.healthy))
  core.setOutput('rollback', String(result.rollback))
  core.setOutput('values', JSON.stringify(valuesSeen(result)))
  core.setOutput('report', jsonPath)
  core.setOutput('summary', summaryPath)
  if (result.status !== 'pass') setFailed(`deploy-check: ${result.summary}`)
  else if (auditFailure) setFailed(auditFailure)
}
