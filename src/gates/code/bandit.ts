/**
 * bandit in the code gate: one process over the file list the gate walked (the Python files and
 * the notebooks' extracted code), with the selection flags of the config and of the repository's
 * own bandit settings. bandit is given files, never folders, so it neither walks the tree again
 * nor follows symlinks, and applies no exclusion of its own (`-x ''`; the gate excluded already).
 * A file list too long for one command line is split over as few runs as fit.
 */
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { ToolError } from '../../engine/errors.js'
import { resolveInside } from '../../engine/paths.js'
import type { GateContext, ToolInfo } from '../../engine/types.js'
import { parseBandit, type BanditParsed } from '../../parsers/bandit.js'
import type { ResolvedTool } from '../../tools/resolve.js'
import { tailLines } from '../../tools/runner.js'
import type { CodeConfig } from './config.js'
import type { ExcludeSettings } from './exclude.js'

/** Most bytes of file arguments per bandit run (Linux allows 2 MiB of argv and environment together). */
export const MAX_ARG_BYTES = 512 * 1024

/** bandit's selection flags (-s/-t/-c/--ini) from the config and the repository's settings, without targets. */
export function banditSelection(ctx: GateContext<CodeConfig>, settings: ExcludeSettings): string[] {
  const c = ctx.config
  const py = settings.pyproject
  const skip = c.skip.length ? c.skip : (py?.skips ?? [])
  const tests = c.tests.length ? c.tests : (py?.tests ?? [])
  const args: string[] = ['-x', '']
  if (skip.length) args.push('-s', skip.join(','))
  if (tests.length) args.push('-t', tests.join(','))
  if (c['bandit-config']) args.push('-c', resolveInside(ctx.workspace, c['bandit-config'], 'gates.code.bandit-config'))
  if (settings.iniFile) args.push('--ini', settings.iniFile)
  return args
}

export interface BanditExec {
  parsed: BanditParsed
  tool: ToolInfo
  /** bandit checks that crashed inside bandit (logged, not in the report). */
  crashed: string[]
}

/** Splits file arguments into runs of at most MAX_ARG_BYTES each. */
export function batches(files: string[], max = MAX_ARG_BYTES): string[][] {
  const out: string[][] = []
  let cur: string[] = []
  let size = 0
  for (const f of files) {
    const n = Buffer.byteLength(f) + 1
    if (cur.length && size + n > max) {
      out.push(cur)
      cur = []
      size = 0
    }
    cur.push(f)
    size += n
  }
  if (cur.length) out.push(cur)
  return out
}

async function execOnce(ctx: GateContext<CodeConfig>, tool: ResolvedTool, args: string[]): Promise<{ parsed: BanditParsed; crashed: string[] }> {
  const outFile = path.join(ctx.tempDir, `bandit-${process.pid}-${Date.now()}-${Math.random().toString(36).slice(2, 8)}.json`)
  const full = [...args, '-f', 'json', '-o', outFile, '-q']
  ctx.logger.debug(`bandit ${full.length > 40 ? `${full.slice(0, 40).join(' ')} ... (${full.length} arguments)` : full.join(' ')}`)
  const r = await ctx.tools.run(tool.path, full, { cwd: ctx.workspace, timeoutMs: 30 * 60_000, signal: ctx.signal })
  // bandit: 0 = no issues, 1 = issues, anything else = it failed. Decide from the report either way.
  if (r.exitCode !== 0 && r.exitCode !== 1) {
    throw new ToolError('TOOL_FAILED', `bandit ${tool.version ?? ''} exited with code ${r.exitCode}`.replace('  ', ' '), { stderrTail: r.stderrTail })
  }
  let text: string
  try {
    text = await readFile(outFile, 'utf8')
  } catch {
    throw new ToolError('TOOL_FAILED', `bandit exited ${r.exitCode} but wrote no report`, { stderrTail: r.stderrTail })
  }
  const parsed = parseBandit(text, ctx.workspace)
  // bandit 1.6.2 on Python 3.11 loses some plugin checks with a logged exception and no error entry.
  const lost = new Set<string>()
  for (const m of r.stderrTail.matchAll(/Bandit internal error running: (\w+)/g)) lost.add(m[1])
  if (lost.size) ctx.logger.warning(`bandit ${tool.version ?? ''} crashed inside these checks, which did not run fully: ${[...lost].join(', ')}\n${tailLines(r.stderrTail, 5)}`)
  return { parsed, crashed: [...lost] }
}

/**
 * Runs bandit once over `files` (paths relative to the workspace, or absolute for the notebooks'
 * extracted code) and parses its report; paths in the result are workspace-relative.
 */
export async function execBandit(ctx: GateContext<CodeConfig>, tool: ResolvedTool, selection: string[], files: string[]): Promise<BanditExec> {
  const info: ToolInfo = { name: 'bandit', version: tool.version }
  // `./x.py`, as bandit names the files it finds with -r .
  const targets = files.map((f) => (path.isAbsolute(f) ? f : `./${f}`))
  const merged: BanditParsed = { findings: [], errors: [], scanned: [] }
  const crashed = new Set<string>()
  for (const batch of batches(targets)) {
    const one = await execOnce(ctx, tool, [...selection, ...batch])
    merged.findings.push(...one.parsed.findings)
    merged.errors.push(...one.parsed.errors)
    merged.scanned.push(...one.parsed.scanned)
    for (const c of one.crashed) crashed.add(c)
  }
  return { parsed: merged, tool: info, crashed: [...crashed] }
}
