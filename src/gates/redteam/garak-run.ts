/**
 * Runs garak (`garak.command`, one on PATH, or with `install: auto` the pinned garak from its hash
 * lock in its own virtualenv: src/tools/install.ts) against the same target with a CI-sized spec, and
 * reads its report.jsonl. garak exits 0 on failures and on most crashes, so only the report
 * decides: no report, no eval row or no completion row is an error.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { ToolError } from '../../engine/errors.js'
import type { GateContext } from '../../engine/types.js'
import { parseGarakReport, type GarakReport } from '../../parsers/garak.js'
import type { TargetConfig } from '../../targets/config.js'
import { garakRestOptions } from '../../targets/garak-rest.js'
import { resolveTool } from '../../tools/resolve.js'
import type { GarakRunConfig, RedteamConfig } from './config.js'

/** Report formats this gate reads; garak outside this range is refused rather than misread. */
export const GARAK_MIN = [0, 10]
export const GARAK_MAX = [0, 17]

function versionOk(v: string): boolean {
  const [maj, min] = v.split('.').map(Number)
  const n = maj * 1000 + min
  return n >= GARAK_MIN[0] * 1000 + GARAK_MIN[1] && n <= GARAK_MAX[0] * 1000 + GARAK_MAX[1]
}

export async function runGarak(ctx: GateContext<RedteamConfig>, g: GarakRunConfig, target: TargetConfig, system: string): Promise<{ report: GarakReport; version: string; file: string }> {
  const exe = g.command ?? (await resolveTool('garak', ctx)).path
  const cwd = ctx.workspace
  const timeoutMs = g['timeout-minutes'] * 60_000
  const ver = await ctx.tools.run(exe, ['--version'], { cwd, timeoutMs: 120_000, captureStdout: true, signal: ctx.signal })
  const m = /v?(\d+\.\d+(?:\.\d+)*)/.exec(`${ver.stdout}\n${ver.stderrTail}`)
  if (ver.exitCode !== 0 || !m) throw new ToolError('TOOL_FAILED', `${exe} --version did not print a garak version (exit ${ver.exitCode})`, { stderrTail: ver.stderrTail })
  const version = m[1]
  if (!versionOk(version)) {
    throw new ToolError('TOOL_FAILED', `garak ${version} is outside the report formats this gate reads (${GARAK_MIN.join('.')} to ${GARAK_MAX.join('.')}.x): pin garak==0.16.0`)
  }
  const dir = path.join(ctx.tempDir, 'garak')
  await mkdir(dir, { recursive: true })
  const genFile = path.join(dir, 'generator.json')
  const cfgFile = path.join(dir, 'config.yaml')
  await writeFile(genFile, JSON.stringify(garakRestOptions(target, system, 'gates.redteam.target'), null, 2))
  await writeFile(
    cfgFile,
    [
      'run:',
      `  generations: ${g.generations}`,
      `  soft_probe_prompt_cap: ${g['prompt-cap']}`,
      'system:',
      `  parallel_attempts: ${g.parallel}`,
      'reporting:',
      `  report_dir: ${JSON.stringify(dir)}`,
      ''
    ].join('\n')
  )
  const prefix = 'redteam-garak'
  const args = ['--target_type', 'rest', '--generator_option_file', genFile, '--config', cfgFile, '--spec', g.spec, '--report_prefix', prefix]
  const r = await ctx.tools.run(exe, args, { cwd, timeoutMs, signal: ctx.signal, env: { GARAK_LOG_FILE: path.join(dir, 'garak.log') } })
  if (r.exitCode !== 0) throw new ToolError('TOOL_FAILED', `garak ${version} exited with code ${r.exitCode} (a bad --spec or config)`, { stderrTail: r.stderrTail })
  const file = path.join(dir, `${prefix}.report.jsonl`)
  const text = await readFile(file, 'utf8').catch(() => null)
  if (text === null) throw new ToolError('TOOL_FAILED', `garak ${version} exited 0 but wrote no report (${file}): it swallows generator and probe errors; see its stderr`, { stderrTail: r.stderrTail })
  return { report: parseGarakReport(text, `garak ${version} report`), version, file }
}
