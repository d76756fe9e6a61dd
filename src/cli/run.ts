/** `ai-secure-gates run`: the same engine as the action, reporting to the terminal or a file. */
import { mkdtemp, writeFile, realpath, rm } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { parseArgs } from 'node:util'
import { z } from 'zod'
import { thresholdSchema } from '../config/common.js'
import { ConfigError } from '../engine/errors.js'
import type { Logger } from '../engine/logger.js'
import { progressReporter } from '../engine/progress.js'
import { exitCodeFor } from '../engine/run.js'
import { runSession } from '../engine/session.js'
import type { Report } from '../engine/types.js'
import { renderJson } from '../report/json.js'
import { renderSarif } from '../report/sarif.js'
import { renderSummary } from '../report/summary.js'
import { renderText } from '../report/text.js'
import { processRunner } from '../tools/runner.js'
import { RUN_HELP } from './help.js'
import { guardStdout } from './stdout-guard.js'

const FORMATS = ['text', 'json', 'markdown', 'sarif'] as const
type Format = (typeof FORMATS)[number]

/** Renderers by format. */
export const RENDERERS: Record<Format, ((r: Report, colour: boolean) => string) | undefined> = {
  text: renderText,
  json: (r) => renderJson(r),
  markdown: (r) => renderSummary(r),
  sarif: (r) => renderSarif(r, { pathPrefix: r.context?.root ?? '' })
}

function useColour(stream: NodeJS.WriteStream): boolean {
  if (process.env.NO_COLOR !== undefined && process.env.NO_COLOR !== '') return false
  if (process.env.FORCE_COLOR) return true
  return Boolean(stream.isTTY)
}

export async function main(argv: string[]): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: {
      config: { type: 'string' },
      gates: { type: 'string' },
      workspace: { type: 'string' },
      format: { type: 'string', default: 'text' },
      output: { type: 'string', short: 'o' },
      'fail-on': { type: 'string' },
      install: { type: 'string', default: 'never' },
      help: { type: 'boolean', short: 'h' }
    },
    allowPositionals: false
  })
  if (values.help) {
    process.stdout.write(RUN_HELP + '\n')
    return 0
  }
  const format = z.enum(FORMATS).safeParse(values.format)
  if (!format.success) throw new ConfigError('INPUT', `--format must be one of ${FORMATS.join(', ')} (got "${values.format}")`)
  const failOn = values['fail-on'] === undefined ? undefined : thresholdSchema.safeParse(values['fail-on'])
  if (failOn && !failOn.success) throw new ConfigError('INPUT', `--fail-on must be one of critical, high, medium, low, info, none (got "${values['fail-on']}")`)
  const install = z.enum(['auto', 'never']).safeParse(values.install)
  if (!install.success) throw new ConfigError('INPUT', `--install must be auto or never (got "${values.install}")`)
  const renderer = RENDERERS[format.data]
  if (!renderer) throw new ConfigError('INPUT', `--format ${format.data} is not available in this build`)

  let workspace: string
  try {
    workspace = await realpath(path.resolve(values.workspace ?? '.'))
  } catch {
    throw new ConfigError('INPUT', `--workspace ${values.workspace}: no such folder`)
  }
  const err = process.stderr
  const colour = useColour(err)
  const grey = (s: string) => (colour ? `\u001b[90m${s}\u001b[0m` : s)
  const logger: Logger = {
    debug: (m) => process.env.AI_SECURE_GATES_DEBUG && err.write(grey(`debug: ${m}\n`)),
    info: (m) => err.write(grey(`${m}\n`)),
    warning: (m) => err.write(`warning: ${m}\n`),
    error: (m) => err.write(`error: ${m}\n`)
  }
  const tempDir = await mkdtemp(path.join(os.tmpdir(), 'ai-secure-gates-'))
  const secrets: string[] = []
  // stdout carries only the report: while the gates run, anything else written there (libraries'
  // workflow commands such as ::debug::, download retries) goes to stderr as plain log lines.
  const restore = guardStdout(logger)
  try {
    const { report } = await runSession({
      workspace,
      configPath: values.config,
      only: values.gates ? values.gates.split(',').map((s) => s.trim()).filter(Boolean) : undefined,
      failOn: failOn?.data,
      tools: processRunner,
      logger,
      tempDir,
      install: install.data,
      maskSecret: (v) => secrets.push(v),
      surface: 'cli',
      progress: progressReporter((line) => err.write(grey(`${line}\n`))),
      onGateStart: (id) => err.write(grey(`… ${id}\n`)),
      onGateEnd: (g) => err.write(grey(`${g.status === 'pass' ? '✔' : g.status === 'skipped' ? '–' : '✖'} ${g.id}: ${g.status}${g.status === 'skipped' ? ` (${g.reason ?? g.summary})` : ` in ${g.durationMs} ms`}\n`))
    })
    restore()
    const toFile = Boolean(values.output)
    const text = renderer(report, !toFile && format.data === 'text' && useColour(process.stdout))
    if (values.output) await writeFile(path.resolve(values.output), text)
    else process.stdout.write(text)
    return exitCodeFor(report.status)
  } finally {
    restore()
    await rm(tempDir, { recursive: true, force: true })
  }
}
