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
import { GATES } from '../gates/registry.js'
import { environmentRules } from '../release/policy/session-rules.js'
import type { Report } from '../engine/types.js'
import { renderJson } from '../report/json.js'
import { renderSarif } from '../report/sarif.js'
import { renderSummary } from '../report/summary.js'
import { renderText } from '../report/text.js'
import { processRunner } from '../tools/runner.js'
import { writeErr, writeMachine, writeOut } from '../report/log.js'
import { redactReport } from '../report/redact.js'
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
      environment: { type: 'string' },
      'audit-log': { type: 'string' },
      help: { type: 'boolean', short: 'h' }
    },
    allowPositionals: false
  })
  if (values.help) {
    writeOut(RUN_HELP + '\n')
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
  const colour = useColour(process.stderr)
  const grey = { paint: (s: string) => (colour ? `\u001b[90m${s}\u001b[0m` : s) }
  // Everything printed is escaped (report/log.ts): the CLI may run inside a GitHub workflow too.
  const logger: Logger = {
    debug: (m) => process.env.AI_SECURE_GATES_DEBUG && writeErr(`debug: ${m}\n`, grey),
    info: (m) => writeErr(`${m}\n`, grey),
    warning: (m) => writeErr(`warning: ${m}\n`),
    error: (m) => writeErr(`error: ${m}\n`)
  }
  const tempDir = await mkdtemp(path.join(os.tmpdir(), 'ai-secure-gates-'))
  const secrets: string[] = []
  // stdout carries only the report: while the gates run, anything else written there (libraries'
  // workflow commands such as ::debug::, download retries) goes to stderr as plain log lines.
  const restore = guardStdout(logger)
  try {
    const { report: raw } = await runSession({
      registry: GATES,
      reportRules: environmentRules,
      workspace,
      configPath: values.config,
      only: values.gates ? values.gates.split(',').map((s) => s.trim()).filter(Boolean) : undefined,
      failOn: failOn?.data,
      tools: processRunner,
      logger,
      tempDir,
      install: install.data,
      maskSecret: (v) => secrets.push(v),
      environment: values.environment || undefined,
      surface: 'cli',
      progress: progressReporter((line) => writeErr(`${line}\n`, grey)),
      onGateStart: (id) => writeErr(`… ${id}\n`, grey),
      onGateEnd: (g) => writeErr(`${g.status === 'pass' ? '✔' : g.status === 'skipped' ? '–' : '✖'} ${g.id}: ${g.status}${g.status === 'skipped' ? ` (${g.reason ?? g.summary})` : ` in ${g.durationMs} ms`}\n`, grey)
    })
    restore()
    // Before any renderer: every secret found, and anything token-shaped, masked (report/redact.ts).
    const report = await redactReport(raw, { secrets, detect: async (t) => (await (await import('../gates/secrets/scan.js')).scanText(t, 'report.txt')).map((h) => h.secret) })
    const toFile = Boolean(values.output)
    const painted = !toFile && format.data === 'text' && useColour(process.stdout)
    const text = renderer(report, painted)
    if (values['audit-log']) {
      // The audit record (docs/audit-record.md), appended to a JSON Lines file inside the workspace.
      const { appendAuditLog, buildAuditRecord } = await import('../release/audit/record.js')
      const json = renderJson(report)
      const trigger = (await import('./local-trigger.js')).localTrigger(workspace)
      const record = buildAuditRecord(report, { trigger, report: { path: values.output && format.data === 'json' ? values.output : '(stdout)', text: json } })
      await appendAuditLog(workspace, values['audit-log'], record)
    }
    if (values.output) await writeFile(path.resolve(values.output), text)
    else if (format.data === 'json' || format.data === 'sarif') writeMachine(text)
    else writeOut(text, { keepSgr: painted })
    return exitCodeFor(report.status)
  } finally {
    restore()
    await rm(tempDir, { recursive: true, force: true })
  }
}
