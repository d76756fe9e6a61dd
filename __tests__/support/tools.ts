/**
 * The real tools installed for the tests (bandit, pip-audit, trivy, gitleaks), read from the manifest
 * that scripts/install-tools.ts writes (scripts/setup-test-env.sh runs it; `npm test` runs that first).
 * A test that needs a tool calls requireTool(name): if the tool is missing it throws, naming the tool
 * and the command that installs it. Tests never skip silently for a missing tool.
 */
import { accessSync, constants, mkdtempSync, readFileSync, symlinkSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { manifestPath, type ManifestTool, type TestToolName, type ToolsManifest } from '../../scripts/tools-manifest.js'

let cached: ToolsManifest | null = null

function manifest(): ToolsManifest {
  if (cached) return cached
  const file = manifestPath()
  let text: string
  try {
    text = readFileSync(file, 'utf8')
  } catch {
    throw new Error(`no tools manifest at ${file}: the tests need the pinned real tools. Install them with: bash scripts/setup-test-env.sh (npm test runs it first)`)
  }
  cached = JSON.parse(text) as ToolsManifest
  return cached
}

/** The installed tool (path and version); throws with the install command when it is missing. */
export function requireTool(name: TestToolName): ManifestTool {
  const t = manifest().tools[name]
  if (!t) throw new Error(`${name} is not in the tools manifest ${manifestPath()}: install it with: node --import tsx scripts/install-tools.ts ${name}`)
  try {
    accessSync(t.path, constants.X_OK)
  } catch {
    throw new Error(`${name} ${t.version} is listed in ${manifestPath()} but ${t.path} is not an executable file: run bash scripts/setup-test-env.sh again`)
  }
  return t
}

/**
 * A tool built only on request (scripts/tools-manifest.ts ON_REQUEST_TOOLS, e.g. cosign): the installed
 * tool, or the reason it is not there (the test then says it is skipped and how to build the tool).
 */
export function optionalTool(name: TestToolName): { tool: ManifestTool | null; reason: string } {
  let m: ToolsManifest
  try {
    m = manifest()
  } catch (e) {
    return { tool: null, reason: (e as Error).message }
  }
  if (!m.tools[name]) return { tool: null, reason: m.notInstalled[name] ?? `${name} is not in ${manifestPath()}: node --import tsx scripts/install-tools.ts ${name}` }
  return { tool: requireTool(name), reason: '' }
}

const binDirs = new Map<string, string>()

/**
 * A directory holding only `name` (a symlink to the installed tool), to put first on PATH for a gate
 * that resolves its tool there. Not the tool's own directory: a virtualenv's bin/ also holds python3.
 */
export function toolBinDir(name: TestToolName): string {
  const t = requireTool(name)
  let dir = binDirs.get(name)
  if (!dir) {
    dir = mkdtempSync(path.join(os.tmpdir(), `asg-bin-${name}-`))
    symlinkSync(t.path, path.join(dir, name))
    binDirs.set(name, dir)
  }
  return dir
}
