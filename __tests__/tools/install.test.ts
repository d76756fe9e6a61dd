import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { mkdir, mkdtemp, readdir, readFile, writeFile, chmod } from 'node:fs/promises'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import os from 'node:os'
import path from 'node:path'
import { ToolError } from '../../src/engine/errors.js'
import { silentLogger } from '../../src/engine/logger.js'
import { installPythonTool, installTool, installTrivy, PINNED, TRIVY_SHA256, trivyAsset } from '../../src/tools/install.js'
import { resolveTool, type ResolveContext } from '../../src/tools/resolve.js'
import { processRunner, type RunOptions, type ToolRunner } from '../../src/tools/runner.js'
import type { CacheBackend } from '../../src/tools/trivy-db.js'

const VERSION = PINNED.trivy.version
const ASSET = trivyAsset(VERSION)

let root: string
let server: Server
let base: string
let requests: string[] = []
let good: Buffer
let goodSha: string
let corrupted: Buffer
const savedEnv = { ...process.env }

/** A tar.gz holding an executable `trivy` that prints its version, like the real archive's top level. */
async function makeArchive(dir: string, text: string): Promise<Buffer> {
  await mkdir(dir, { recursive: true })
  await writeFile(path.join(dir, 'trivy'), `#!/bin/sh\necho "Version: ${text}"\n`)
  await chmod(path.join(dir, 'trivy'), 0o755)
  await writeFile(path.join(dir, 'LICENSE'), 'Apache-2.0\n')
  const out = path.join(dir, '..', path.basename(dir) + '.tar.gz')
  execFileSync('tar', ['-czf', out, '-C', dir, 'trivy', 'LICENSE'])
  return readFile(out)
}

beforeAll(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), 'install-test-'))
  good = await makeArchive(path.join(root, 'good'), VERSION)
  goodSha = createHash('sha256').update(good).digest('hex')
  corrupted = Buffer.from(good)
  corrupted[corrupted.length - 20] ^= 0xff // one flipped byte: same size, different hash
  server = createServer((req, res) => {
    requests.push(req.url ?? '')
    const body = req.url === `/good/v${VERSION}/${ASSET}` ? good : req.url === `/bad/v${VERSION}/${ASSET}` ? corrupted : null
    if (!body) {
      res.writeHead(404).end('not found')
      return
    }
    res.writeHead(200, { 'content-type': 'application/gzip', 'content-length': body.length }).end(body)
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  process.env.RUNNER_TOOL_CACHE = path.join(root, 'toolcache')
  process.env.RUNNER_TEMP = path.join(root, 'runner-temp')
})

afterAll(async () => {
  process.env = savedEnv
  await new Promise<void>((resolve) => (server.listening ? server.close(() => resolve()) : resolve()))
})

const ctx = (overrides: Partial<ResolveContext> = {}): ResolveContext => ({
  tools: processRunner,
  logger: silentLogger,
  install: 'auto',
  tempDir: path.join(root, 'tmp'),
  signal: new AbortController().signal,
  ...overrides
})

describe('trivy install from a release archive (local HTTP server on 127.0.0.1)', () => {
  it('the pinned table has a sha256 for this platform', () => {
    expect(TRIVY_SHA256[ASSET]).toMatch(/^[0-9a-f]{64}$/)
    expect(trivyAsset('0.72.0', 'linux', 'x64')).toBe('trivy_0.72.0_Linux-64bit.tar.gz')
    expect(trivyAsset('0.72.0', 'darwin', 'arm64')).toBe('trivy_0.72.0_macOS-ARM64.tar.gz')
    expect(trivyAsset('0.72.0', 'win32', 'x64')).toBe('trivy_0.72.0_windows-64bit.zip')
    expect(() => trivyAsset('0.72.0', 'aix', 'x64')).toThrow(/no release archive/)
  })

  it('a corrupted archive is refused before unpacking, deleted, and nothing is cached', async () => {
    requests = []
    const err = await installTrivy(ctx(), { baseUrl: `${base}/bad`, sha256: goodSha }).catch((e) => e)
    expect(err).toBeInstanceOf(ToolError)
    expect(err.code).toBe('TOOL_INSTALL')
    expect(err.message).toMatch(new RegExp(`checksum mismatch for ${ASSET.replace(/\./g, '\\.')}.*expected sha256 ${goodSha}, got [0-9a-f]{64}`))
    expect(err.message).toContain('without being unpacked')
    expect(requests).toEqual([`/bad/v${VERSION}/${ASSET}`])
    expect(await readdir(path.join(root, 'tmp'))).toEqual([])
    await expect(readdir(path.join(root, 'toolcache'))).rejects.toThrow()
  })

  it('the pinned sha256 is what a mirror is checked against (AI_SECURE_GATES_TRIVY_BASE_URL)', async () => {
    process.env.AI_SECURE_GATES_TRIVY_BASE_URL = `${base}/good`
    try {
      const err = await installTool('trivy', ctx()).catch((e) => e)
      expect(err.message).toContain(`expected sha256 ${TRIVY_SHA256[ASSET]}, got ${goodSha}`)
    } finally {
      delete process.env.AI_SECURE_GATES_TRIVY_BASE_URL
    }
  })

  it('a good archive is verified, unpacked into the tool cache and runs', async () => {
    requests = []
    const exe = await installTrivy(ctx(), { baseUrl: `${base}/good`, sha256: goodSha })
    expect(exe).toBe(path.join(root, 'toolcache', 'trivy', VERSION, process.arch, 'trivy'))
    expect(execFileSync(exe, ['--version']).toString()).toBe(`Version: ${VERSION}\n`)
    expect(requests).toEqual([`/good/v${VERSION}/${ASSET}`])
  })

  it('a download failure (404 from the mirror) says what to do', async () => {
    const err = await installTrivy(ctx(), { baseUrl: `${base}/missing`, sha256: goodSha, version: '9.9.9' }).catch((e) => e)
    expect(err.message).toMatch(/trivy 9\.9\.9: download from http:\/\/127\.0\.0\.1:\d+\/missing\/v9\.9\.9\/trivy_9\.9\.9_\S+ failed .*Set AI_SECURE_GATES_TRIVY_BASE_URL to a mirror/)
  })

  it('a cached install is reused without a network call', async () => {
    requests = []
    await new Promise<void>((resolve) => server.close(() => resolve()))
    const exe = await installTrivy(ctx(), { baseUrl: `${base}/good`, sha256: goodSha })
    expect(execFileSync(exe, ['--version']).toString()).toBe(`Version: ${VERSION}\n`)
    // and through resolveTool with install: auto and nothing on PATH (the pinned table path)
    const savedPath = process.env.PATH
    process.env.PATH = path.join(root, 'empty-bin')
    try {
      const resolved = await resolveTool('trivy', ctx())
      expect(resolved).toMatchObject({ source: 'installed', path: exe, version: VERSION })
    } finally {
      process.env.PATH = savedPath
    }
    expect(requests).toEqual([])
  })

  it('install: never uses PATH only', async () => {
    const savedPath = process.env.PATH
    process.env.PATH = path.join(root, 'empty-bin')
    try {
      await expect(resolveTool('trivy', ctx({ install: 'never' }))).rejects.toThrow(/trivy not found on PATH and install is "never"/)
    } finally {
      process.env.PATH = savedPath
    }
  })

})

/** A ToolRunner double for the Python install: python3 -c / -m venv / pip install, recorded. */
function pythonRunner(calls: string[][], opts: { pipExit?: number } = {}): ToolRunner {
  return {
    which: async (name) => (name === 'python3' ? '/usr/bin/python3' : null),
    run: async (command: string, args: string[], _o: RunOptions) => {
      calls.push([command, ...args])
      if (args[0] === '-c') return { exitCode: 0, stdout: '3.11.7\n', stderrTail: '', durationMs: 1 }
      if (args[0] === '-m' && args[1] === 'venv') {
        await mkdir(path.join(args[2], 'bin'), { recursive: true })
        await writeFile(path.join(args[2], 'bin', 'python'), '')
        return { exitCode: 0, stdout: '', stderrTail: '', durationMs: 1 }
      }
      if (args[0] === '-m' && args[1] === 'pip') {
        if (opts.pipExit) return { exitCode: opts.pipExit, stdout: '', stderrTail: 'ERROR: THESE PACKAGES DO NOT MATCH THE HASHES FROM THE REQUIREMENTS FILE.', durationMs: 1 }
        const venv = path.dirname(path.dirname(command))
        await writeFile(path.join(venv, 'bin', 'bandit'), '#!/bin/sh\n')
        return { exitCode: 0, stdout: '', stderrTail: '', durationMs: 1 }
      }
      throw new Error(`unexpected call ${command} ${args.join(' ')}`)
    }
  }
}

function memoryCache(): CacheBackend & { saved: string[]; restored: string[] } {
  const saved: string[] = []
  const restored: string[] = []
  return { saved, restored, available: () => true, restore: async (_p, key) => (restored.push(key), undefined), save: async (_p, key) => void saved.push(key) }
}

describe('Python tool install into its own virtualenv', () => {
  const lock = { complete: true, text: 'bandit==1.9.4 \\\n    --hash=sha256:f89ffa663767f5a0585ea075f01020207e966a9c0f2b9ef56a57c7963a3f6f8e\n' }

  it('refuses to install from a lock that is not complete, saying what to do', async () => {
    await expect(installPythonTool('garak', ctx(), { lock: { complete: false, text: '' } })).rejects.toThrow(/no complete hash-pinned lock for garak.*setup step \(pip install garak==0\.16\.0\)/)
  })

  it('a lock with sdists installs its hash-pinned build requirements first, then builds only the named sdists, without build isolation', async () => {
    const calls: string[][] = []
    const withSdist = { ...lock, build: 'setuptools==84.2.1 \\\n    --hash=sha256:' + 'c'.repeat(64) + '\n', sdist: ['langdetect'] }
    await installPythonTool('bandit', ctx({ tools: pythonRunner(calls) }), { lock: withSdist, cache: memoryCache() })
    const pips = calls.filter((c) => c.includes('pip'))
    expect(pips).toHaveLength(2)
    const head = ['-m', 'pip', 'install', '--require-hashes', '--no-deps', '--only-binary', ':all:', '--no-cache-dir']
    expect(pips[0].slice(1, 10)).toEqual([...head, '-r'])
    expect(await readFile(pips[0][10], 'utf8')).toBe(withSdist.build)
    expect(pips[1].slice(1)).toEqual([...head, '--no-binary', 'langdetect', '--no-build-isolation', '-r', expect.stringMatching(/bandit-1\.9\.4-requirements\.txt$/)])
  })

  it('installs with pip --require-hashes --no-deps from the lock, caches it keyed on tool, version, OS, Python; then reuses it', async () => {
    const calls: string[][] = []
    const cache = memoryCache()
    const exe = await installPythonTool('bandit', ctx({ tools: pythonRunner(calls) }), { lock, cache })
    expect(exe).toMatch(new RegExp(`ai-secure-gates-python/bandit/1\\.9\\.4/${process.platform}-${process.arch}-py3\\.11\\.7-[0-9a-f]{12}/bin/bandit$`))
    const pip = calls.find((c) => c.includes('pip'))!
    expect(pip.slice(1, 10)).toEqual(['-m', 'pip', 'install', '--require-hashes', '--no-deps', '--only-binary', ':all:', '--no-cache-dir', '-r'])
    expect(await readFile(pip[10], 'utf8')).toBe(lock.text)
    expect(cache.saved).toHaveLength(1)
    expect(cache.saved[0]).toMatch(new RegExp(`^ai-secure-gates-bandit-1\\.9\\.4-${process.platform}-${process.arch}-py3\\.11\\.7-[0-9a-f]{12}$`))
    expect(cache.restored).toEqual(cache.saved)
    const again: string[][] = []
    expect(await installPythonTool('bandit', ctx({ tools: pythonRunner(again) }), { lock, cache })).toBe(exe)
    expect(again.map((c) => c[1])).toEqual(['-c']) // only the Python version probe: no venv, no pip
  })

  it('a pip failure (hash mismatch) is an install error with pip stderr, and the half-made venv is removed', async () => {
    const calls: string[][] = []
    const other = { complete: true, text: lock.text + '# variant\n' }
    const err = await installPythonTool('bandit', ctx({ tools: pythonRunner(calls, { pipExit: 1 }) }), { lock: other, cache: memoryCache() }).catch((e) => e)
    expect(err).toBeInstanceOf(ToolError)
    expect(err.message).toMatch(/pip install --require-hashes failed with exit code 1\nERROR: THESE PACKAGES DO NOT MATCH THE HASHES/)
    const venvDir = path.dirname(path.dirname(calls.find((c) => c.includes('pip'))![0]))
    await expect(readdir(venvDir)).rejects.toThrow()
  })

  it('no Python on PATH is a clear error', async () => {
    const none: ToolRunner = { which: async () => null, run: async () => { throw new Error('not called') } }
    await expect(installPythonTool('bandit', ctx({ tools: none }), { lock })).rejects.toThrow(/needs Python 3 on PATH \(add actions\/setup-python/)
  })
})

describe('a tool on PATH older than the gate can drive', () => {
  it('install: never is an error naming the tool, the version found, the minimum and the fix', async () => {
    const dir = path.join(root, 'old-bin')
    await mkdir(dir, { recursive: true })
    await writeFile(path.join(dir, 'pip-audit'), '#!/bin/sh\necho "pip-audit 2.4.1"\n')
    await chmod(path.join(dir, 'pip-audit'), 0o755)
    const savedPath = process.env.PATH
    process.env.PATH = `${dir}:/usr/bin:/bin`
    try {
      const err = await resolveTool('pip-audit', ctx({ install: 'never' })).catch((e) => e)
      expect(err).toBeInstanceOf(ToolError)
      expect(err.message).toMatch(new RegExp(`pip-audit 2\\.4\\.1 at ${dir}/pip-audit is older than 2\\.7\\.0, the oldest version this gate can drive: upgrade it \\(pip install pip-audit==2\\.10\\.1\\)`))
      await writeFile(path.join(dir, 'pip-audit'), '#!/bin/sh\necho "pip-audit 2.10.1"\n')
      expect(await resolveTool('pip-audit', ctx({ install: 'never' }))).toMatchObject({ source: 'path', version: '2.10.1' })
    } finally {
      process.env.PATH = savedPath
    }
  })
})
