/** `ai-secure-gates deploy-check`: the post-deploy watch over Prometheus (docs/deploy-check.md). */
import { realpath, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { parseArgs } from 'node:util'
import { ConfigError } from '../engine/errors.js'
import type { Logger } from '../engine/logger.js'
import { renderDeployCheckJson, renderDeployCheckMarkdown, renderDeployCheckText } from '../release/deploy-check/render.js'
import { runDeployCheckSession } from '../release/deploy-check/session.js'
import { writeErr, writeMachine, writeOut } from '../report/log.js'
import { DEPLOY_CHECK_HELP } from './help.js'

const RENDER = { text: renderDeployCheckText, json: renderDeployCheckJson, markdown: renderDeployCheckMarkdown } as const

export async function main(argv: string[]): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: {
      config: { type: 'string' },
      workspace: { type: 'string' },
      'prometheus-url': { type: 'string' },
      window: { type: 'string' },
      interval: { type: 'string' },
      delay: { type: 'string' },
      consecutive: { type: 'string' },
      format: { type: 'string', default: 'text' },
      output: { type: 'string', short: 'o' },
      'audit-log': { type: 'string' },
      environment: { type: 'string' },
      help: { type: 'boolean', short: 'h' }
    },
    allowPositionals: false
  })
  if (values.help) {
    writeOut(DEPLOY_CHECK_HELP + '\n')
    return 0
  }
  const format = values.format as keyof typeof RENDER
  if (!Object.hasOwn(RENDER, format)) throw new ConfigError('INPUT', `--format must be text, json or markdown (got "${values.format}")`)
  let workspace: string
  try {
    workspace = await realpath(path.resolve(values.workspace ?? '.'))
  } catch {
    throw new ConfigError('INPUT', `--workspace ${values.workspace}: no such folder`)
  }
  const logger: Logger = {
    debug: (m) => process.env.AI_SECURE_GATES_DEBUG && writeErr(`debug: ${m}\n`),
    info: (m) => writeErr(`${m}\n`),
    warning: (m) => writeErr(`warning: ${m}\n`),
    error: (m) => writeErr(`error: ${m}\n`)
  }
  const result = await runDeployCheckSession({
    workspace,
    configPath: values.config,
    overrides: { url: values['prometheus-url'], window: values.window, interval: values.interval, delay: values.delay, consecutive: values.consecutive },
    env: process.env,
    logger,
    maskSecret: () => {}
  })
  const text = RENDER[format](result)
  if (values['audit-log']) {
    // The verdict is appended to the same hash-chained audit log as a run's record (docs/audit-record.md).
    const [{ buildDeployCheckRecord }, { appendAuditLog }, { localTrigger }] = await Promise.all([import('../release/audit/deploy-check.js'), import('../release/audit/record.js'), import('./local-trigger.js')])
    const record = buildDeployCheckRecord(result, {
      trigger: localTrigger(workspace),
      environment: values.environment || null,
      report: { path: values.output && format === 'json' ? values.output : '(stdout)', text: renderDeployCheckJson(result) }
    })
    await appendAuditLog(workspace, values['audit-log'], record)
  }
  if (values.output) await writeFile(path.resolve(values.output), text)
  else if (format === 'json') writeMachine(text)
  else writeOut(text)
  return result.status === 'pass' ? 0 : result.status === 'fail' ? 1 : 2
}
