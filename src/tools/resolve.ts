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

export async function resolveTool(name: ToolName, ctx: ResolveContext): Promise<ResolvedTool> {
  const onPath = await ctx.tools.which(name)
  if (onPath) return { name, path: onPath, version: await toolVersion(name, onPath, ctx), source: 'path' }
  // The installer (and @actions/tool-cache, @actions/cache under it) loads only when a tool is missing.
  const { installTool, PINNED } = await import('./install.js')
  if (ctx.install === 'never') {
    throw new ToolError(
      'TOOL_NOT_FOUND',
      `${name} not found on PATH and install is "never": set install: auto to let the action install ${name} ${PINNED[name].version}, or add a setup step that installs it (${PINNED[name].hint}).`,
      { tool: name }
    )
  }
  const installed = await installTool(name, ctx)
  return { name, path: installed, version: await toolVersion(name, installed, ctx), source: 'installed' }
}
