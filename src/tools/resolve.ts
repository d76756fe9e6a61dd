/**
 * Finds a tool for a gate: PATH first; with `install: auto`, a pinned install (tools/install.ts).
 * With `install: never` and no tool on PATH, the error says what to add.
 */
import { ToolError } from '../engine/errors.js'
import type { Logger } from '../engine/logger.js'
import type { ToolRunner } from './runner.js'
import type { ToolName } from './install.js'

export interface ResolvedTool {
  name: ToolName
  path: string
  version: string | null
  /** Where it came from: PATH or our pinned install. */
  source: 'path' | 'installed'
}

export interface ResolveContext {
  tools: ToolRunner
  logger: Logger
  install: 'auto' | 'never'
  tempDir: string
  signal: AbortSignal
}

const VERSION_ARGS: Record<ToolName, string[]> = {
  bandit: ['--version'],
  'pip-audit': ['--version'],
  garak: ['--version'],
  trivy: ['--version']
}

export async function toolVersion(name: ToolName, file: string, ctx: ResolveContext): Promise<string | null> {
  try {
    const r = await ctx.tools.run(file, VERSION_ARGS[name], { cwd: ctx.tempDir, timeoutMs: 60_000, captureStdout: true, signal: ctx.signal })
    const m = /(\d+\.\d+(?:\.\d+)*)/.exec(r.stdout + '\n' + r.stderrTail)
    return m ? m[1] : null
  } catch {
    return null
  }
}

/**
 * The oldest version of each tool the gates can drive (their flags and report shapes); a tool on PATH
 * below it is not used. pip-audit: `--disable-pip` and `aliases` in the JSON; trivy: `--scanners`,
 * `--skip-check-update` and the v2 check ids. bandit's is set by the code gate's owner.
 */
export const MIN_VERSION: Partial<Record<ToolName, string>> = { 'pip-audit': '2.7.0', trivy: '0.50.0' }

/** -1, 0 or 1 comparing dotted numeric versions (missing parts count as 0). */
export function compareVersions(a: string, b: string): number {
  const pa = a.split('.').map((x) => parseInt(x, 10) || 0)
  const pb = b.split('.').map((x) => parseInt(x, 10) || 0)
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0)
    if (d) return d < 0 ? -1 : 1
  }
  return 0
}

export async function resolveTool(name: ToolName, ctx: ResolveContext): Promise<ResolvedTool> {
  const onPath = await ctx.tools.which(name)
  const version = onPath ? await toolVersion(name, onPath, ctx) : null
  const min = MIN_VERSION[name]
  if (onPath && (!min || (version && compareVersions(version, min) >= 0))) return { name, path: onPath, version, source: 'path' }
  // The installer (and @actions/tool-cache, @actions/cache under it) loads only when a tool is missing or too old.
  const { installTool, PINNED } = await import('./install.js')
  const found = onPath ? `${name} ${version ?? '(version unreadable)'} at ${onPath}` : null
  if (ctx.install === 'never') {
    throw new ToolError(
      'TOOL_NOT_FOUND',
      found
        ? `${found} is older than ${min}, the oldest version this gate can drive: upgrade it (${PINNED[name].hint}), or remove it from PATH and set install: auto to let the action install ${name} ${PINNED[name].version}.`
        : `${name} not found on PATH and install is "never": set install: auto to let the action install ${name} ${PINNED[name].version}, or add a setup step that installs it (${PINNED[name].hint}).`,
      { tool: name }
    )
  }
  if (found) ctx.logger.warning(`${found} is older than ${min}; installing the pinned ${name} ${PINNED[name].version} instead`)
  const installed = await installTool(name, ctx)
  return { name, path: installed, version: await toolVersion(name, installed, ctx), source: 'installed' }
}
