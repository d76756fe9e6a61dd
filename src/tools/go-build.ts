/**
 * Builds a pinned Go tool (trivy, gitleaks) from source with the Go toolchain, through the Go module
 * proxy: `go install <package>@v<version>` with GOBIN in a directory of its own. This is how the
 * project's tests and CI get trivy and gitleaks on machines that reach the module proxy but not GitHub's
 * release pages; on a GitHub runner the action downloads trivy's release archive instead (install.ts).
 *
 * Integrity: every module the build uses is checked by the go command against the checksum database
 * (sum.golang.org, reached through the proxy) and against the tool's own go.sum; GOFLAGS=-mod=mod, no
 * GONOSUMDB/GOSUMDB=off, so a module whose hash does not match stops the build. The version is stamped
 * with the same -X linker flag the release builds use, so `<tool> --version` prints the pinned version.
 */
import { access, constants, mkdir, rm, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { ToolError } from '../engine/errors.js'
import type { Logger } from '../engine/logger.js'
import { PINNED } from './install.js'
import { tailLines, type ToolRunner } from './runner.js'

export interface GoToolSpec {
  /** The main package, e.g. github.com/aquasecurity/trivy/cmd/trivy. */
  pkg: string
  version: string
  /** `-X importpath.name=value` stamps (value may hold {version}). */
  stamps: string[]
  /** Extra environment the build needs (e.g. GOEXPERIMENT). */
  env?: Record<string, string>
}

/** Pinned Go tools for tests and CI. trivy's version is the one install.ts downloads on runners. */
export const GO_TOOLS = {
  trivy: {
    pkg: 'github.com/aquasecurity/trivy/cmd/trivy',
    version: PINNED.trivy.version,
    stamps: ['github.com/aquasecurity/trivy/pkg/version/app.ver={version}'],
    // trivy 0.72 imports encoding/json/v2, which Go 1.25/1.26 build only with this experiment (as its releases do)
    env: { GOEXPERIMENT: 'jsonv2' }
  },
  gitleaks: {
    pkg: 'github.com/zricethezav/gitleaks/v8',
    version: '8.30.1',
    stamps: ['github.com/zricethezav/gitleaks/v8/version.Version={version}']
  },
  // Only for the signature tests (cosign blob bundles both ways); built on request, not by default (scripts/install-tools.ts).
  cosign: {
    pkg: 'github.com/sigstore/cosign/v3/cmd/cosign',
    version: '3.1.3',
    stamps: ['sigs.k8s.io/release-utils/version.gitVersion=v{version}']
  }
} satisfies Record<string, GoToolSpec>

export type GoToolName = keyof typeof GO_TOOLS

export interface GoBuildContext {
  tools: ToolRunner
  logger: Logger
  /** Builds land in <root>/<name>/<version>/<platform>-<arch>/. */
  root: string
  tempDir: string
  signal?: AbortSignal
  /** The build's time limit (default 40 minutes: trivy has ~600 modules to compile on 2 cores). */
  timeoutMs?: number
}

const MARKER = '.ai-secure-gates-built'

async function executable(p: string): Promise<boolean> {
  try {
    await access(p, constants.X_OK)
    return true
  } catch {
    return false
  }
}

export function goToolDir(root: string, name: string, version: string): string {
  return path.join(root, name, version, `${process.platform}-${process.arch}`)
}

/** Builds (or finds, when already built) a pinned Go tool; returns the executable's path. */
export async function goBuildTool(name: GoToolName, ctx: GoBuildContext, spec: GoToolSpec = GO_TOOLS[name]): Promise<string> {
  const dir = goToolDir(ctx.root, name, spec.version)
  const base = spec.pkg.split('/').filter((s) => !/^v\d+$/.test(s)).pop()!
  const exe = path.join(dir, base + (process.platform === 'win32' ? '.exe' : ''))
  if ((await executable(exe)) && (await access(path.join(dir, MARKER)).then(() => true, () => false))) {
    ctx.logger.debug(`${name} ${spec.version} already built: ${exe}`)
    return exe
  }
  const go = await ctx.tools.which('go')
  if (!go) {
    throw new ToolError('TOOL_NOT_FOUND', `${name} ${spec.version}: building it needs the Go toolchain (go) on PATH; install Go 1.26 or later (https://go.dev/dl/ or the distribution's golang package).`)
  }
  await rm(dir, { recursive: true, force: true })
  await mkdir(dir, { recursive: true })
  await mkdir(ctx.tempDir, { recursive: true })
  const ldflags = ['-s', '-w', ...spec.stamps.map((s) => `-X=${s.replaceAll('{version}', spec.version)}`)].join(' ')
  const args = ['install', '-trimpath', `-ldflags=${ldflags}`, `${spec.pkg}@v${spec.version}`]
  ctx.logger.info(`building ${name} ${spec.version} with go ${args.join(' ')} (GOBIN=${dir})`)
  const r = await ctx.tools.run(go, args, {
    cwd: ctx.tempDir,
    timeoutMs: ctx.timeoutMs ?? 40 * 60_000,
    signal: ctx.signal,
    env: { GOBIN: dir, CGO_ENABLED: '0', GOFLAGS: '-mod=mod -buildvcs=false', ...spec.env }
  })
  if (r.exitCode !== 0 || !(await executable(exe))) {
    await rm(dir, { recursive: true, force: true })
    throw new ToolError(
      'TOOL_INSTALL',
      `${name} ${spec.version}: go install ${spec.pkg}@v${spec.version} failed with exit code ${r.exitCode}. Check that the Go module proxy is reachable (go env GOPROXY) and that go is 1.26 or later.\n${tailLines(r.stderrTail, 12)}`,
      { stderrTail: r.stderrTail }
    )
  }
  await writeFile(path.join(dir, MARKER), `${spec.pkg}@v${spec.version}\n`)
  return exe
}
