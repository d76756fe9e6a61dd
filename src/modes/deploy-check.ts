/**
 * mode: deploy-check (a step after the deploy): watches Prometheus as the config's deploy-check
 * block says, writes deploy-check.json and the job summary, and sets the outputs the workflow's
 * rollback step reads: status, healthy, rollback, values. No gate runs in this mode.
 */
import * as core from '@actions/core'
import { mkdir, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import type { Inputs } from '../config/inputs.js'
import { errorMessage, GatesError } from '../engine/errors.js'
import { renderDeployCheckJson, renderDeployCheckMarkdown, renderDeployCheckText } from '../release/deploy-check/render.js'
import { runDeployCheckSession } from '../release/deploy-check/session.js'
import { valuesSeen } from '../release/deploy-check/watch.js'
import { actionLog, setFailed } from '../report/log.js'

/** Runs the watch in `workspace` (working-directory, already confined to GITHUB_WORKSPACE by main.ts). */
export async function runDeployCheck(inputs: Inputs, workspace: string): Promise<void> {
  const fail = (status: string, message: string): void => {
    core.setOutput('status', status)
    core.setOutput('healthy', 'false')
    core.setOutput('rollback', 'false')
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
  const dir = inputs['report-dir'] ? path.resolve(workspace, inputs['report-dir']) : path.join(process.env.RUNNER_TEMP || os.tmpdir(), 'ai-secure-gates')
  await mkdir(dir, { recursive: true })
  const jsonPath = path.join(dir, 'deploy-check.json')
  await writeFile(jsonPath, renderDeployCheckJson(result))
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
}
