/**
 * Pinned tool installs for `install: auto`. The versions live in this one table.
 *
 * - trivy: the release archive is downloaded (base URL overridable with
 *   AI_SECURE_GATES_TRIVY_BASE_URL, for mirrors), its sha256 is checked against the pinned value
 *   BEFORE it is unpacked (a mismatch is refused and nothing is cached), and the binary is kept in
 *   the runner's tool cache (@actions/tool-cache), where later runs find it without a download.
 * - Python tools (bandit, pip-audit, garak): their own virtualenv under the runner's tool cache,
 *   filled from a hash-pinned requirements file (`pip install --require-hashes --no-deps
 *   --only-binary :all:`), kept with @actions/cache under a key of tool, version, OS, architecture,
 *   Python version and the lock's hash.
 * Outside a runner the tool cache is ~/.cache/ai-secure-gates/tool-cache.
 */
import * as tc from '@actions/tool-cache'
import { createHash } from 'node:crypto'
import { createReadStream } from 'node:fs'
import { lookup } from 'node:dns/promises'
import { chmod, mkdir, rm, stat, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { ToolError, errorMessage } from '../engine/errors.js'
import type { ResolveContext } from './resolve.js'
import { tailLines } from './runner.js'
import { PYTHON_LOCKS, type PythonLock } from './requirements/index.js'
import { actionsCacheBackend, type CacheBackend } from './trivy-db.js'

export type ToolName = 'bandit' | 'pip-audit' | 'garak' | 'trivy'

export const PINNED: Record<ToolName, { version: string; hint: string }> = {
  bandit: { version: '1.9.4', hint: 'pip install bandit==1.9.4' },
  'pip-audit': { version: '2.10.1', hint: 'pip install pip-audit==2.10.1' },
  garak: { version: '0.16.0', hint: 'pip install garak==0.16.0' },
  trivy: { version: '0.72.0', hint: 'aquasecurity/setup-trivy with version v0.72.0' }
}

/**
 * sha256 of the trivy v0.72.0 release archives, as published in trivy_0.72.0_checksums.txt. The
 * Linux-64bit value agrees across four independent public pins; the others were read from a copy
 * of the checksums file (GitHub was not reachable when this was written).
 */
export const TRIVY_SHA256: Record<string, string> = {
  'trivy_0.72.0_Linux-64bit.tar.gz': 'bbb64b9695866ce4a7a8f5c9592002c5961cab378577fa3f8a040df362b9b2ea',
  'trivy_0.72.0_Linux-ARM.tar.gz': 'b54b629ee03e6e894a0f652c8e07718a86610ca291f75453701d81a4cc277a8b',
  'trivy_0.72.0_Linux-ARM64.tar.gz': '2ca2c023109c2db6b2b77366b6717291452d4531167377d95c79547f0c8e3467',
  'trivy_0.72.0_Linux-PPC64LE.tar.gz': '4d88d67f21c0926815f504aa7c289b845dba5853020573834915eecdd49cc111',
  'trivy_0.72.0_Linux-s390x.tar.gz': '8831ccdc13b805e1456a961b7f855d9479cb3fe697ac975a5401d4895a25df97',
  'trivy_0.72.0_macOS-64bit.tar.gz': 'ee5e60df8a98e5b89fd74a6d86f9e5c7e9a266a35002cb1e43291698b3bfee08',
  'trivy_0.72.0_macOS-ARM64.tar.gz': '88f208680dc05da2b459e19b4f5aa2b4dc7c2117892ba4aab2ae63baba330016',
  'trivy_0.72.0_windows-64bit.zip': 'ed3cf122060f61818fe1f735fd97557954e16e10bc8b058af9852271cf2e91b3'
}

export const TRIVY_DEFAULT_BASE_URL = 'https://github.com/aquasecurity/trivy/releases/download'

/** The release archive name for a platform, e.g. trivy_0.72.0_Linux-64bit.tar.gz. */
export function trivyAsset(version: string, platform: NodeJS.Platform = process.platform, arch: string = process.arch): string {
  const os_ = platform === 'linux' ? 'Linux' : platform === 'darwin' ? 'macOS' : platform === 'win32' ? 'windows' : null
  const a = ({ x64: '64bit', arm64: 'ARM64', arm: 'ARM', ppc64: 'PPC64LE', s390x: 's390x' } as Record<string, string>)[arch]
  if (!os_ || !a) throw new ToolError('TOOL_INSTALL', `trivy: no release archive for ${platform}/${arch}; install trivy ${version} in a setup step and set install: never.`)
  return `trivy_${version}_${os_}-${a}.${platform === 'win32' ? 'zip' : 'tar.gz'}`
}

/** The tool cache root (@actions/tool-cache reads RUNNER_TOOL_CACHE); set outside a runner. */
export function ensureToolCacheEnv(): string {
  if (!process.env.RUNNER_TOOL_CACHE) process.env.RUNNER_TOOL_CACHE = path.join(os.homedir(), '.cache', 'ai-secure-gates', 'tool-cache')
  if (!process.env.RUNNER_TEMP) process.env.RUNNER_TEMP = os.tmpdir()
  return process.env.RUNNER_TOOL_CACHE
}

export async function sha256File(file: string): Promise<string> {
  const h = createHash('sha256')
  for await (const chunk of createReadStream(file)) h.update(chunk as Buffer)
  return h.digest('hex')
}

async function isFile(p: string): Promise<boolean> {
  try {
    return (await stat(p)).isFile()
  } catch {
    return false
  }
}

export interface TrivyInstallOptions {
  version?: string
  /** Expected sha256 of the archive (default: the pinned table). */
  sha256?: string
  /** Base URL; the archive is fetched from `<base>/v<version>/<asset>`. */
  baseUrl?: string
  platform?: NodeJS.Platform
  arch?: string
}

/** Installs trivy from its release archive (checksum first) or returns the cached copy. */
export async function installTrivy(ctx: ResolveContext, opts: TrivyInstallOptions = {}): Promise<string> {
  ensureToolCacheEnv()
  const version = opts.version ?? PINNED.trivy.version
  const platform = opts.platform ?? process.platform
  const arch = opts.arch ?? process.arch
  const exe = platform === 'win32' ? 'trivy.exe' : 'trivy'
  const cached = tc.find('trivy', version, arch)
  if (cached && (await isFile(path.join(cached, exe)))) {
    ctx.logger.debug(`trivy ${version} found in the tool cache: ${cached}`)
    return path.join(cached, exe)
  }
  const asset = trivyAsset(version, platform, arch)
  const expected = (opts.sha256 ?? TRIVY_SHA256[asset])?.toLowerCase()
  if (!expected) throw new ToolError('TOOL_INSTALL', `trivy: no pinned sha256 for ${asset}; refusing to install an unverified download. Install trivy ${version} in a setup step and set install: never.`)
  const base = (opts.baseUrl ?? process.env.AI_SECURE_GATES_TRIVY_BASE_URL ?? TRIVY_DEFAULT_BASE_URL).replace(/\/+$/, '')
  const url = `${base}/v${version}/${asset}`
  await mkdir(ctx.tempDir, { recursive: true })
  const archive = path.join(ctx.tempDir, `${process.pid}-${Date.now()}-${asset}`)
  ctx.logger.info(`downloading trivy ${version} from ${url}`)
  // Without DNS the download would retry for ~25 s and then fail; say so at once, naming the host.
  const host = new URL(url).hostname
  try {
    await lookup(host)
  } catch (e) {
    throw new ToolError('TOOL_INSTALL', `trivy ${version}: cannot download ${url}: no network (a DNS lookup failed for ${host}: ${errorMessage(e)}). Set AI_SECURE_GATES_TRIVY_BASE_URL to a reachable mirror, or install trivy in a setup step and set install: never.`, { cause: e, tool: 'trivy' })
  }
  try {
    await tc.downloadTool(url, archive)
  } catch (e) {
    await rm(archive, { force: true })
    throw new ToolError('TOOL_INSTALL', `trivy ${version}: download from ${url} failed (${errorMessage(e)}). Set AI_SECURE_GATES_TRIVY_BASE_URL to a mirror, or install trivy in a setup step and set install: never.`, { cause: e, tool: 'trivy' })
  }
  const actual = await sha256File(archive)
  if (actual !== expected) {
    await rm(archive, { force: true })
    throw new ToolError(
      'TOOL_INSTALL',
      `trivy ${version}: checksum mismatch for ${asset} from ${url}: expected sha256 ${expected}, got ${actual}. The archive was deleted without being unpacked and nothing was installed. Check the mirror (AI_SECURE_GATES_TRIVY_BASE_URL) or the network path.`
    )
  }
  let dir: string
  try {
    dir = platform === 'win32' ? await tc.extractZip(archive, path.join(ctx.tempDir, `trivy-${version}-${Date.now()}`)) : await tc.extractTar(archive, path.join(ctx.tempDir, `trivy-${version}-${Date.now()}`))
  } catch (e) {
    throw new ToolError('TOOL_INSTALL', `trivy ${version}: the verified archive ${asset} could not be unpacked: ${errorMessage(e)}`, { cause: e })
  } finally {
    await rm(archive, { force: true })
  }
  if (!(await isFile(path.join(dir, exe)))) throw new ToolError('TOOL_INSTALL', `trivy ${version}: ${asset} has no ${exe} at its top level`)
  await chmod(path.join(dir, exe), 0o755).catch(() => undefined)
  const cachedDir = await tc.cacheDir(dir, 'trivy', version, arch)
  await rm(dir, { recursive: true, force: true })
  return path.join(cachedDir, exe)
}

export interface PythonInstallOptions {
  cache?: CacheBackend
  /** Override the lock (tests). */
  lock?: PythonLock
}

const MARKER = '.ai-secure-gates-complete'

/** Installs a Python tool into its own virtualenv from the hash-pinned lock, or reuses it. */
export async function installPythonTool(name: Exclude<ToolName, 'trivy'>, ctx: ResolveContext, opts: PythonInstallOptions = {}): Promise<string> {
  const { version, hint } = PINNED[name]
  const lock = opts.lock ?? PYTHON_LOCKS[name]
  if (!lock.complete || !lock.text.trim()) {
    throw new ToolError(
      'TOOL_INSTALL',
      `${name} ${version}: this build has no complete hash-pinned lock for ${name} (src/tools/requirements), so it will not install it unverified. Install it in a setup step (${hint}) or set install: never with ${name} on PATH.`
    )
  }
  const win = process.platform === 'win32'
  await mkdir(ctx.tempDir, { recursive: true }) // every step below runs there
  const python = (await ctx.tools.which('python3')) ?? (await ctx.tools.which('python'))
  if (!python) throw new ToolError('TOOL_NOT_FOUND', `${name}: installing it needs Python 3 on PATH (add actions/setup-python before this step), or install ${name} yourself (${hint}).`)
  const pv = await ctx.tools.run(python, ['-c', 'import sys; print("%d.%d.%d" % sys.version_info[:3])'], { cwd: ctx.tempDir, timeoutMs: 60_000, captureStdout: true, signal: ctx.signal })
  const pyver = /^(\d+\.\d+\.\d+)/.exec(pv.stdout.trim())?.[1]
  if (pv.exitCode !== 0 || !pyver) throw new ToolError('TOOL_INSTALL', `${name}: could not read the Python version from ${python}`, { stderrTail: pv.stderrTail })
  const lockHash = createHash('sha256').update(lock.text).update(lock.build ?? '').update((lock.sdist ?? []).join(',')).digest('hex').slice(0, 12)
  const flavour = `${process.platform}-${process.arch}-py${pyver}-${lockHash}`
  const venv = path.join(ensureToolCacheEnv(), 'ai-secure-gates-python', name, version, flavour)
  const exe = path.join(venv, win ? 'Scripts' : 'bin', name + (win ? '.exe' : ''))
  const ready = async () => (await isFile(path.join(venv, MARKER))) && (await isFile(exe))
  if (await ready()) return exe
  const cache = opts.cache ?? actionsCacheBackend
  const key = `ai-secure-gates-${name}-${version}-${flavour}`
  if (cache.available()) {
    try {
      const hit = await cache.restore([venv], key, [])
      if (hit && (await ready())) {
        ctx.logger.info(`${name} ${version} restored from cache key ${key}`)
        return exe
      }
    } catch (e) {
      ctx.logger.warning(`${name}: restoring the cached virtualenv failed (${errorMessage(e)}); installing`)
    }
  }
  await rm(venv, { recursive: true, force: true })
  await mkdir(path.dirname(venv), { recursive: true })
  const run = async (cmd: string, args: string[], what: string) => {
    const r = await ctx.tools.run(cmd, args, { cwd: ctx.tempDir, timeoutMs: 20 * 60_000, signal: ctx.signal, env: { PIP_DISABLE_PIP_VERSION_CHECK: '1', PIP_NO_INPUT: '1' } })
    if (r.exitCode !== 0) {
      await rm(venv, { recursive: true, force: true })
      throw new ToolError('TOOL_INSTALL', `${name} ${version}: ${what} failed with exit code ${r.exitCode}\n${tailLines(r.stderrTail, 10)}`, { stderrTail: r.stderrTail })
    }
  }
  await run(python, ['-m', 'venv', venv], 'creating the virtualenv')
  await mkdir(ctx.tempDir, { recursive: true })
  const reqFile = path.join(ctx.tempDir, `${name}-${version}-requirements.txt`)
  await writeFile(reqFile, lock.text)
  const venvPython = path.join(venv, win ? 'Scripts' : 'bin', win ? 'python.exe' : 'python')
  const pip = ['-m', 'pip', 'install', '--require-hashes', '--no-deps', '--only-binary', ':all:', '--no-cache-dir']
  const sdist = lock.sdist ?? []
  if (lock.build) {
    // What builds the sdists, hash-pinned too; the sdists then build in the venv (no isolation, no unpinned fetch).
    const buildFile = path.join(ctx.tempDir, `${name}-${version}-build-requirements.txt`)
    await writeFile(buildFile, lock.build)
    await run(venvPython, [...pip, '-r', buildFile], 'pip install --require-hashes (build requirements)')
  }
  const fromSource = sdist.length ? ['--no-binary', sdist.join(','), '--no-build-isolation'] : []
  await run(venvPython, [...pip, ...fromSource, '-r', reqFile], 'pip install --require-hashes')
  if (!(await isFile(exe))) throw new ToolError('TOOL_INSTALL', `${name} ${version}: installed, but ${exe} is missing`)
  await writeFile(path.join(venv, MARKER), `${name}==${version} ${lockHash}\n`)
  if (cache.available()) {
    try {
      await cache.save([venv], key)
    } catch (e) {
      ctx.logger.info(`${name}: virtualenv not saved to cache key ${key}: ${errorMessage(e)}`)
    }
  }
  return exe
}

/** Installs a pinned tool and returns the executable's path. */
export async function installTool(name: ToolName, ctx: ResolveContext): Promise<string> {
  if (name === 'trivy') return installTrivy(ctx)
  return installPythonTool(name, ctx)
}
