/** Runs bandit on the configured targets and turns its JSON report into findings. */
import { readFile, stat } from 'node:fs/promises'
import path from 'node:path'
import { parse as parseToml } from 'smol-toml'
import { ParseError, ToolError } from '../../engine/errors.js'
import { realLocation, resolveInside } from '../../engine/paths.js'
import type { Check, FindingInput, GateContext, ToolInfo } from '../../engine/types.js'
import { parseBandit, type BanditParsed } from '../../parsers/bandit.js'
import { resolveTool } from '../../tools/resolve.js'
import { tailLines } from '../../tools/runner.js'
import type { CodeConfig } from './config.js'

export interface BanditRun {
  findings: FindingInput[]
  checks: Check[]
  errors: string[]
  tool: ToolInfo
}

interface PyprojectBandit {
  skips?: string[]
  tests?: string[]
  exclude_dirs?: string[]
}

/** `[tool.bandit]` from pyproject.toml, translated to CLI flags so every bandit version honours it. */
export async function pyprojectSettings(workspace: string): Promise<PyprojectBandit | null> {
  let text: string
  try {
    text = await readFile(path.join(workspace, 'pyproject.toml'), 'utf8')
  } catch {
    return null
  }
  let data: any
  try {
    data = parseToml(text)
  } catch (e) {
    throw new ParseError(`pyproject.toml does not parse as TOML: ${(e as Error).message}`)
  }
  const b = data?.tool?.bandit
  return b && typeof b === 'object' ? (b as PyprojectBandit) : null
}

/** bandit's targets, excludes and selection flags for the configured paths (the report flags are added by execBandit). */
export async function bandiArgs(ctx: GateContext<CodeConfig>): Promise<string[]> {
  const c = ctx.config
  const targets: string[] = []
  for (const p of c.paths) {
    const abs = resolveInside(ctx.workspace, p, 'gates.code.paths')
    try {
      await stat(abs)
    } catch {
      throw new ToolError('INPUT', `gates.code.paths: "${p}" does not exist in the workspace`)
    }
    targets.push(path.relative(ctx.workspace, abs) || '.')
  }
  const args = ['-r', ...targets]
  const py = c['bandit-config'] ? null : await pyprojectSettings(ctx.workspace)
  const exclude = c.exclude.length ? c.exclude : (py?.exclude_dirs ?? [])
  if (exclude.length) args.push('-x', exclude.join(','))
  args.push(...(await banditSelection(ctx)))
  return args
}

/** bandit's selection flags (-s/-t/-c) from the config, without targets or excludes. */
export async function banditSelection(ctx: GateContext<CodeConfig>): Promise<string[]> {
  const c = ctx.config
  const py = c['bandit-config'] ? null : await pyprojectSettings(ctx.workspace)
  const skip = c.skip.length ? c.skip : (py?.skips ?? [])
  const tests = c.tests.length ? c.tests : (py?.tests ?? [])
  const args: string[] = []
  if (skip.length) args.push('-s', skip.join(','))
  if (tests.length) args.push('-t', tests.join(','))
  if (c['bandit-config']) args.push('-c', resolveInside(ctx.workspace, c['bandit-config'], 'gates.code.bandit-config'))
  return args
}

export interface BanditExec {
  parsed: BanditParsed
  tool: ToolInfo
  /** bandit checks that crashed inside bandit (logged, not in the report). */
  crashed: string[]
}

/**
 * Runs bandit with `args` (targets and selection; the report flags are added here) in `cwd` and
 * parses its report, with paths relative to `base`.
 */
export async function execBandit(ctx: GateContext<CodeConfig>, args: string[], cwd: string, base: string): Promise<BanditExec> {
  const tool = await resolveTool('bandit', ctx)
  const outFile = path.join(ctx.tempDir, `bandit-${process.pid}-${Date.now()}-${Math.random().toString(36).slice(2, 8)}.json`)
  const full = [...args, '-f', 'json', '-o', outFile, '-q']
  ctx.logger.debug(`bandit ${full.join(' ')}`)
  const r = await ctx.tools.run(tool.path, full, { cwd, timeoutMs: 30 * 60_000, signal: ctx.signal })
  const info: ToolInfo = { name: 'bandit', version: tool.version }
  // bandit: 0 = no issues, 1 = issues, anything else = it failed. Decide from the report either way.
  if (r.exitCode !== 0 && r.exitCode !== 1) {
    throw new ToolError('TOOL_FAILED', `bandit exited with code ${r.exitCode}`, { stderrTail: r.stderrTail })
  }
  let text: string
  try {
    text = await readFile(outFile, 'utf8')
  } catch {
    throw new ToolError('TOOL_FAILED', `bandit exited ${r.exitCode} but wrote no report`, { stderrTail: r.stderrTail })
  }
  const parsed = parseBandit(text, base)
  // bandit 1.6.2 on Python 3.11 loses some plugin checks with a logged exception and no error entry.
  const lost = new Set<string>()
  for (const m of r.stderrTail.matchAll(/Bandit internal error running: (\w+)/g)) lost.add(m[1])
  if (lost.size) ctx.logger.warning(`bandit ${tool.version ?? ''} crashed inside these checks, which did not run fully: ${[...lost].join(', ')}\n${tailLines(r.stderrTail, 5)}`)
  return { parsed, tool: info, crashed: [...lost] }
}

export async function runBandit(ctx: GateContext<CodeConfig>): Promise<BanditRun> {
  const args = await bandiArgs(ctx)
  const { parsed, tool: info, crashed } = await execBandit(ctx, args, ctx.workspace, ctx.workspace)
  // bandit reads symlinked files: its errors about a path leading out of the workspace are dropped
  // (the engine drops such findings and checks too, engine/confine.ts; the link itself is a finding).
  const outside = new Set<string>()
  for (const p of new Set([...parsed.errors.map((e) => e.path), ...parsed.scanned])) if ((await realLocation(ctx.workspace, p)) === 'outside') outside.add(p)
  if (outside.size) {
    parsed.errors = parsed.errors.filter((e) => !outside.has(e.path))
    parsed.scanned = parsed.scanned.filter((p) => !outside.has(p))
    parsed.findings = parsed.findings.filter((f) => !outside.has(f.location.path))
  }
  const errors = parsed.errors.map((e) => `bandit could not scan ${e.path}: ${e.reason}`)
  const checks: Check[] = parsed.scanned.map((file) => ({
    name: 'bandit',
    target: file,
    outcome: parsed.errors.some((e) => e.path === file) ? 'error' : parsed.findings.some((f) => f.location.path === file) ? 'fail' : 'pass',
    details: { findings: parsed.findings.filter((f) => f.location.path === file).length }
  }))
  for (const e of parsed.errors) {
    if (!checks.some((c) => c.target === e.path)) checks.push({ name: 'bandit', target: e.path, outcome: 'error', details: { reason: e.reason } })
  }
  if (crashed.length) checks.push({ name: 'bandit-plugin-crash', target: '.', outcome: 'error', details: { checks: crashed } })
  return { findings: parsed.findings, checks, errors, tool: info }
}
