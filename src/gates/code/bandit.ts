/**
 * bandit in the code gate: one process over the file list the gate walked (the Python files and
 * the notebooks' extracted code), with the selection flags of the config and of the repository's
 * own bandit settings. bandit is given files, never folders, so it neither walks the tree again
 * nor follows symlinks, and applies no exclusion of its own (`-x ''`; the gate excluded already).
 * A large tree is shared among one bandit process per core, run at once (execBandit); a file list
 * too long for one command line is split over as few runs as fit.
 */
import { readFile, stat } from 'node:fs/promises'
import os from 'node:os'
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

/** bandit as resolved, possibly with its version still being read (`versionReady` settles once `version` is set). */
export type BanditTool = ResolvedTool & { versionReady?: Promise<unknown> }

async function execOnce(ctx: GateContext<CodeConfig>, tool: BanditTool, args: string[]): Promise<{ parsed: BanditParsed; crashed: string[] }> {
  const outFile = path.join(ctx.tempDir, `bandit-${process.pid}-${Date.now()}-${Math.random().toString(36).slice(2, 8)}.json`)
  const full = [...args, '-f', 'json', '-o', outFile, '-q']
  ctx.logger.debug(`bandit ${full.length > 40 ? `${full.slice(0, 40).join(' ')} ... (${full.length} arguments)` : full.join(' ')}`)
  const r = await ctx.tools.run(tool.path, full, { cwd: ctx.workspace, timeoutMs: 30 * 60_000, signal: ctx.signal })
  // the messages below name the version, read alongside the run
  await tool.versionReady
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

/** Below this much Python (bytes), one bandit process: another would cost more to start than it saves. */
export const PARALLEL_MIN_BYTES = 2 * 1024 * 1024

/**
 * Cuts the file list into at most `n` contiguous shares of about equal bytes (bandit's time
 * follows the code's size), so the shares' reports, concatenated in order, read as one run's.
 */
export function shares<T>(items: T[], sizes: number[], n: number): T[][] {
  const total = sizes.reduce((a, b) => a + b, 0)
  if (n <= 1 || items.length <= 1) return [items]
  const out: T[][] = []
  let cur: T[] = []
  let acc = 0
  for (let i = 0; i < items.length; i++) {
    cur.push(items[i])
    acc += sizes[i]
    if (out.length < n - 1 && acc >= (total * (out.length + 1)) / n) {
      out.push(cur)
      cur = []
    }
  }
  if (cur.length) out.push(cur)
  return out
}

/** Byte sizes of the files (0 for one that cannot be stat'ed: bandit reports it). */
async function sizesOf(ctx: GateContext<CodeConfig>, files: string[]): Promise<number[]> {
  return Promise.all(files.map((f) => stat(path.isAbsolute(f) ? f : path.join(ctx.workspace, f)).then((s) => s.size, () => 0)))
}

/**
 * Runs bandit over `files` (paths relative to the workspace, or absolute for the notebooks'
 * extracted code) and parses its report; paths in the result are workspace-relative. A tree of
 * more than PARALLEL_MIN_BYTES of code is cut into one contiguous share per core
 * (os.availableParallelism()), each its own bandit process, run at once: bandit judges each file
 * alone, so the merged findings, errors and scanned files are those of one run, in the same order.
 */
export async function execBandit(ctx: GateContext<CodeConfig>, tool: BanditTool, selection: string[], files: string[]): Promise<BanditExec> {
  // `./x.py`, as bandit names the files it finds with -r .
  const targets = files.map((f) => (path.isAbsolute(f) ? f : `./${f}`))
  const cores = Math.max(1, os.availableParallelism())
  const sizes = cores > 1 && files.length > 1 ? await sizesOf(ctx, files) : []
  const parallel = sizes.length > 0 && sizes.reduce((a, b) => a + b, 0) >= PARALLEL_MIN_BYTES
  const runs = (parallel ? shares(targets, sizes, cores) : [targets]).flatMap((share) => batches(share))
  // at most one process per core at a time; results kept in the runs' order
  const settled: Array<PromiseSettledResult<Awaited<ReturnType<typeof execOnce>>>> = new Array(runs.length)
  let next = 0
  const lane = async (): Promise<void> => {
    while (next < runs.length) {
      const i = next++
      settled[i] = await execOnce(ctx, tool, [...selection, ...runs[i]]).then(
        (value) => ({ status: 'fulfilled' as const, value }),
        (reason: unknown) => ({ status: 'rejected' as const, reason })
      )
    }
  }
  await Promise.all(Array.from({ length: Math.min(cores, runs.length) }, lane))
  // the first failure in order stops the gate, as it would have in one run
  const results = settled.map((r) => {
    if (r.status === 'rejected') throw r.reason
    return r.value
  })
  const merged: BanditParsed = { findings: [], errors: [], scanned: [] }
  const crashed = new Set<string>()
  for (const one of results) {
    merged.findings.push(...one.parsed.findings)
    merged.errors.push(...one.parsed.errors)
    merged.scanned.push(...one.parsed.scanned)
    for (const c of one.crashed) crashed.add(c)
  }
  await tool.versionReady
  const info: ToolInfo = { name: 'bandit', version: tool.version }
  return { parsed: merged, tool: info, crashed: [...crashed] }
}
