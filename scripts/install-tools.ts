/**
 * Installs the pinned tools the tests run for real, with the action's own installer code, and writes
 * the manifest the tests read (scripts/tools-manifest.ts). Run by scripts/setup-test-env.sh, so by
 * `npm test` (pretest) and by .ci/run; idempotent: what is already installed at the pinned version is
 * reused (a few seconds).
 *
 * - bandit, pip-audit: src/tools/install.ts installPythonTool, as `install: auto` does on a runner:
 *   their own virtualenv under the tool cache (~/.cache/ai-secure-gates/tool-cache), filled with
 *   `pip install --require-hashes --no-deps --only-binary :all:` from the hash locks in src/tools/requirements.
 * - trivy, gitleaks: src/tools/go-build.ts, `go install <pkg>@v<pinned>` through the Go module proxy into
 *   ~/.cache/ai-secure-gates/go-tools (this machine reaches the module proxy, not GitHub's release pages,
 *   where a runner gets trivy with its pinned sha256).
 * - cosign (the signature tests' reference tool): built the same way, but only when named
 *   (`install-tools.ts cosign`) or with AI_SECURE_GATES_BUILD_COSIGN=1; an earlier build is reused
 *   (the default run records it in the manifest in a second). Cold, it downloads a 1.8 GB module cache
 *   (cloud KMS SDKs, the Kubernetes client, CUE) and compiles for ~450 CPU seconds (~3.8 min on two idle
 *   cores, measured 2026-11-30 with go 1.26.8); trivy already takes ~9 of CI's 20 minutes cold.
 * - garak: not installed (see notInstalled below).
 *
 *   node --import tsx scripts/install-tools.ts [tool...]
 */
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import type { Logger } from '../src/engine/logger.js'
import { errorMessage } from '../src/engine/errors.js'
import { goBuildTool, GO_TOOLS } from '../src/tools/go-build.js'
import { installPythonTool, PINNED } from '../src/tools/install.js'
import type { ResolveContext } from '../src/tools/resolve.js'
import { processRunner } from '../src/tools/runner.js'
import { existsSync } from 'node:fs'
import { goToolDir } from '../src/tools/go-build.js'
import { cacheRoot, manifestPath, ON_REQUEST_TOOLS, TEST_TOOLS, type ManifestTool, type TestToolName, type ToolsManifest } from './tools-manifest.js'

const say = (m: string) => process.stderr.write(`install-tools: ${m}\n`)
const logger: Logger = { debug: () => undefined, info: say, warning: (m) => say(`warning: ${m}`), error: (m) => say(`error: ${m}`) }

export const NOT_INSTALLED: Record<string, string> = {
  garak:
    `garak (pinned ${PINNED.garak.version}) is not installed for the tests: the closure of garak 0.17.1 (the current release, resolved with uv for CPython 3.11) is 204 packages with torch and about 15 CUDA wheels (several GB on Linux), ` +
    'and two of them (langdetect, ecoji) publish no wheel, so it cannot be installed with --only-binary :all: from a hash lock. ' +
    'The redteam gate reads garak reports recorded in ../shared/fixtures/garak; install garak in a setup step to run it.'
}

export const COSIGN_NOT_BUILT =
  `cosign ${GO_TOOLS.cosign.version} is built only on request (node --import tsx scripts/install-tools.ts cosign, or AI_SECURE_GATES_BUILD_COSIGN=1 bash scripts/setup-test-env.sh): ` +
  'its cold build from the module proxy takes about 450 CPU seconds (395 s user + 56 s system measured here: ~3.8 minutes on two idle cores) after downloading a 1.8 GB module cache (cloud KMS SDKs, the Kubernetes client, CUE), on top of trivy\'s ~9 minutes in a 20-minute CI. Without it, the tests that run cosign itself (__tests__/scanners/signing/cosign-reference.test.ts) are skipped, saying so; the cosign bundle format is still tested against a real public-good bundle.'

async function main(): Promise<void> {
  const root = cacheRoot()
  const named = process.argv.slice(2) as TestToolName[]
  const onRequest = ON_REQUEST_TOOLS.filter((t) => process.env.AI_SECURE_GATES_BUILD_COSIGN === '1' || existsSync(path.join(goToolDir(path.join(root, 'go-tools'), t, GO_TOOLS[t as 'cosign'].version), '.ai-secure-gates-built')))
  const wanted = named.length ? named : [...TEST_TOOLS, ...onRequest]
  const known = [...TEST_TOOLS, ...ON_REQUEST_TOOLS]
  for (const w of wanted) if (!known.includes(w)) throw new Error(`unknown tool "${w}"; known: ${known.join(', ')}`)
  process.env.RUNNER_TOOL_CACHE ||= path.join(root, 'tool-cache')
  const tempDir = path.join(os.tmpdir(), `ai-secure-gates-install-${process.pid}`)
  await mkdir(tempDir, { recursive: true })
  const ctx: ResolveContext = { tools: processRunner, logger, install: 'auto', tempDir, signal: new AbortController().signal }
  const tools: ToolsManifest['tools'] = {}
  const failures: string[] = []

  const check = async (name: TestToolName, exe: string, pinned: string, how: string, started: number): Promise<void> => {
    const r = await processRunner.run(exe, name === 'gitleaks' || name === 'cosign' ? ['version'] : ['--version'], { cwd: tempDir, timeoutMs: 60_000, captureStdout: true })
    const version = /(\d+\.\d+\.\d+)/.exec(r.stdout + '\n' + r.stderrTail)?.[1] ?? null
    if (version !== pinned) throw new Error(`${name}: ${exe} reports version ${version ?? '(none)'}, expected the pinned ${pinned}; delete ${path.dirname(exe)} and run this script again`)
    tools[name] = { path: exe, version, how } satisfies ManifestTool
    say(`${name} ${version} ready in ${((Date.now() - started) / 1000).toFixed(1)} s: ${exe}`)
  }
  const python = async (name: 'bandit' | 'pip-audit') => {
    const t0 = Date.now()
    const exe = await installPythonTool(name, ctx)
    await check(name, exe, PINNED[name].version, 'src/tools/install.ts installPythonTool: own virtualenv, pip install --require-hashes --no-deps --only-binary :all:', t0)
  }
  const go = async (name: 'trivy' | 'gitleaks' | 'cosign') => {
    const t0 = Date.now()
    const exe = await goBuildTool(name, { tools: processRunner, logger, root: path.join(root, 'go-tools'), tempDir })
    await check(name, exe, GO_TOOLS[name].version, 'src/tools/go-build.ts: go install through the Go module proxy (checksum database verified)', t0)
  }
  const guard = (name: string, p: Promise<void>) => p.catch((e) => failures.push(`${name}: ${errorMessage(e)}`))
  // Python installs wait on the network, the Go builds on the CPU: run them side by side, the two builds one after the other.
  await Promise.all([
    ...wanted.filter((n): n is 'bandit' | 'pip-audit' => n === 'bandit' || n === 'pip-audit').map((n) => guard(n, python(n))),
    (async () => {
      for (const n of wanted.filter((x): x is 'trivy' | 'gitleaks' | 'cosign' => x === 'trivy' || x === 'gitleaks' || x === 'cosign')) await guard(n, go(n))
    })()
  ])

  const file = manifestPath()
  let previous: ToolsManifest['tools'] = {}
  try {
    previous = (JSON.parse(await readFile(file, 'utf8')) as ToolsManifest).tools ?? {}
  } catch {
    /* first run */
  }
  const all = { ...Object.fromEntries(Object.entries(previous).filter(([k]) => !wanted.includes(k as TestToolName))), ...tools }
  const manifest: ToolsManifest = { schema: 1, written: new Date().toISOString(), tools: all, notInstalled: { ...NOT_INSTALLED, ...(all.cosign ? {} : { cosign: COSIGN_NOT_BUILT }) } }
  await mkdir(path.dirname(file), { recursive: true })
  await writeFile(`${file}.tmp`, JSON.stringify(manifest, null, 2) + '\n')
  await rename(`${file}.tmp`, file)
  say(`manifest: ${file}`)
  if (failures.length) {
    for (const f of failures) say(`FAILED ${f}`)
    process.exit(1)
  }
}

main().catch((e) => {
  say(`FAILED: ${errorMessage(e)}`)
  process.exit(1)
})
