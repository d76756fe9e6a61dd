/**
 * The dependencies gate on a real pip-audit (the pinned one, installed by scripts/install-tools.ts with
 * the action's own installer): requirements files, a project with a uv.lock, and an installed
 * environment. Whether the vulnerability service answers from this machine is measured first, and
 * each test asserts what the gate must say in that case: findings equal to the advisories when it
 * answers, an `error` that names the service (never a pass) when it does not.
 */
import { beforeAll, describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { cp, mkdir, mkdtemp, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import type { GateReport } from '../../src/engine/types.js'
import { dependenciesGate } from '../../src/gates/dependencies/index.js'
import { readLockFile, requirementsFor } from '../../src/parsers/python-locks.js'
import { runOneGate } from '../support/gate-context.js'
import { requireTool, toolBinDir } from '../support/tools.js'
import { withPath } from './dependencies-fakes.js'

const LOCKS = path.resolve(process.cwd(), '__tests__/fixtures/locks')

/** What pip-audit's two services answer from here, for one well-known vulnerable release. */
interface Reach {
  pypi: { status: number | string; vulns: string[] }
  osv: { status: number | string; vulns: string[] }
}

async function probe(): Promise<Reach> {
  const get = async (url: string, init?: RequestInit) => {
    try {
      const r = await fetch(url, { ...init, signal: AbortSignal.timeout(20_000) })
      return { status: r.status, body: r.ok ? ((await r.json()) as any) : null }
    } catch (e) {
      return { status: `unreachable (${(e as Error).cause ? String((e as any).cause.code ?? (e as any).cause) : (e as Error).message})`, body: null }
    }
  }
  // pip-audit -s pypi asks https://pypi.org/pypi/<name>/<version>/json; -s osv posts to api.osv.dev.
  const p = await get('https://pypi.org/pypi/pillow/9.0.0/json')
  const o = await get('https://api.osv.dev/v1/query', { method: 'POST', body: JSON.stringify({ package: { name: 'pillow', ecosystem: 'PyPI' }, version: '9.0.0' }) })
  return {
    pypi: { status: p.status, vulns: (p.body?.vulnerabilities ?? []).map((v: any) => v.id) },
    osv: { status: o.status, vulns: (o.body?.vulns ?? []).map((v: any) => v.id) }
  }
}

let reach: Reach
let pipAudit: { path: string; version: string }

beforeAll(async () => {
  pipAudit = requireTool('pip-audit')
  reach = await probe()
  console.log(`vulnerability services from this machine: pypi ${reach.pypi.status}, osv ${reach.osv.status}`)
}, 60_000)

async function workspace(files: Record<string, string>): Promise<{ ws: string; temp: string }> {
  const root = await mkdtemp(path.join(os.tmpdir(), 'deps-real-'))
  const ws = path.join(root, 'ws')
  const temp = path.join(root, 'tmp')
  await mkdir(temp, { recursive: true })
  for (const [rel, text] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(ws, rel)), { recursive: true })
    await writeFile(path.join(ws, rel), text)
  }
  await mkdir(ws, { recursive: true })
  return { ws, temp }
}

async function gate(ws: string, temp: string, block: Record<string, unknown>): Promise<GateReport> {
  const report = await withPath(toolBinDir('pip-audit'), () => runOneGate(dependenciesGate, block, { workspace: ws, tempDir: temp }))
  return report.gates[0] as GateReport
}

const VULNERABLE = 'numpy==1.21.0\npillow==9.0.0\ntorch==1.13.1\n'

describe('dependencies gate on the real pip-audit', () => {
  it('the installed pip-audit is the pinned version, from its own virtualenv', () => {
    const out = execFileSync(pipAudit.path, ['--version'], { encoding: 'utf8' })
    expect(out.trim()).toBe(`pip-audit ${pipAudit.version}`)
    expect(pipAudit.path).toContain(path.join('ai-secure-gates-python', 'pip-audit', pipAudit.version))
  })

  it('known-vulnerable pins (old numpy, pillow, torch): findings equal the advisories when the service answers, else an error naming it', async () => {
    const { ws, temp } = await workspace({ 'requirements.txt': VULNERABLE })
    const g = await gate(ws, temp, { requirements: ['requirements.txt'], 'no-deps': true })
    if (reach.pypi.status === 200) {
      expect(g.status).toBe('fail')
      const pillowIds = new Set(g.findings.filter((f) => f.properties?.package === 'pillow').flatMap((f) => [f.ruleId, ...(f.aliases ?? [])]))
      for (const id of reach.pypi.vulns) expect(pillowIds).toContain(id)
      expect(g.findings.find((f) => f.properties?.package === 'pillow')!.location).toEqual({ path: 'requirements.txt', startLine: 2 })
    } else {
      // The index serves the simple API but not the per-version JSON API: pip-audit marks every
      // dependency "not found on PyPI" and audits nothing. The gate must not pass.
      expect(g.status).toBe('error')
      expect(g.reason).toMatch(/none of the 3 dependencies could be audited/)
      expect(g.reason).toMatch(/Dependency not found on PyPI and could not be audited/)
      expect(g.reason).toContain('pypi.org/pypi/<name>/<version>/json')
      expect(g.checks).toEqual([expect.objectContaining({ name: 'pip-audit', target: 'requirements.txt', outcome: 'error' })])
    }
  }, 180_000)

  it('the osv service: findings when api.osv.dev answers, else an error with pip-audit\'s own connection failure', async () => {
    const { ws, temp } = await workspace({ 'requirements.txt': VULNERABLE })
    const g = await gate(ws, temp, { requirements: ['requirements.txt'], 'no-deps': true, 'vulnerability-service': 'osv' })
    if (reach.osv.status === 200) {
      expect(g.status).toBe('fail')
      const ids = new Set(g.findings.flatMap((f) => [f.ruleId, ...(f.aliases ?? [])]))
      for (const id of reach.osv.vulns) expect(ids).toContain(id)
    } else {
      expect(g.status).toBe('error')
      expect(g.reason).toMatch(/pip-audit on requirements\.txt: exited 1 and wrote no report .*the vulnerability service \(-s osv, api\.osv\.dev\) could not be reached/)
      expect(g.reason).toMatch(/api\.osv\.dev/)
    }
  }, 180_000)

  it('a project with a uv.lock: the locked versions are audited (both numpy versions of the universal lock), located in uv.lock', async () => {
    const { ws, temp } = await workspace({})
    await cp(path.join(LOCKS, 'uv'), path.join(ws, 'app'), { recursive: true })
    const g = await gate(ws, temp, { project: 'app' })
    const targets = g.checks.filter((c) => c.name === 'pip-audit').map((c) => c.target)
    expect(targets).toEqual(['app/uv.lock (1 of 2)', 'app/uv.lock (2 of 2)'])
    if (reach.pypi.status === 200) {
      expect(g.findings.some((f) => f.properties?.package === 'urllib3' && f.location.path === 'app/uv.lock')).toBe(true)
    } else {
      expect(g.status).toBe('error')
      expect(g.reason).toMatch(/app\/uv\.lock \(1 of 2\): none of the 6 dependencies could be audited/)
    }
  }, 180_000)

  it('an installed environment: pip-audit lists exactly what pip lists in that interpreter', async () => {
    const { ws, temp } = await workspace({})
    // an environment that exists already: the virtualenv the installer made for bandit
    const py = path.join(path.dirname(requireTool('bandit').path), 'python')
    const listed = (JSON.parse(execFileSync(py, ['-m', 'pip', 'list', '--format', 'json'], { encoding: 'utf8' })) as Array<{ name: string }>).map((p) => p.name.toLowerCase())
    expect(listed).toContain('bandit')
    const g = await gate(ws, temp, { environment: true, python: py })
    const text = (JSON.stringify(g.checks) + (g.reason ?? '')).toLowerCase()
    for (const n of listed) expect(text).toContain(n)
    expect(g.status).toBe(reach.pypi.status === 200 ? 'pass' : 'error')
  }, 300_000)
})

describe('lock files read by the dependencies gate', () => {
  it('a real uv.lock (uv 0.13.9): registry packages pinned, the project itself not audited, the two numpy versions in two files', async () => {
    const text = execFileSync('cat', [path.join(LOCKS, 'uv', 'uv.lock')], { encoding: 'utf8' })
    const lock = readLockFile('uv.lock', text, 'uv.lock')
    expect(lock.packages.map((p) => `${p.name}==${p.version}`).sort()).toEqual(
      ['certifi==2026.10.19.post1', 'charset-normalizer==3.5.3', 'idna==3.20', 'numpy==1.26.4', 'numpy==2.2.6', 'requests==2.31.0', 'urllib3==1.26.5'].sort()
    )
    expect(lock.notAudited).toEqual([{ name: 'demo-app', reason: 'the project itself (virtual source)' }])
    const files = requirementsFor(lock)
    expect(files).toHaveLength(2)
    expect(files[1]).toBe('numpy==2.2.6\n')
    expect(lock.packages.find((p) => p.name === 'requests')!.line).toBe(text.split('\n').indexOf('name = "requests"') + 1)
  })

  it('poetry.lock and pdm.lock (their [[package]] layout): index packages pinned; git, path and URL sources listed as not audited', () => {
    // written here in each tool's layout (this machine cannot run poetry lock: it needs PyPI's JSON API)
    const poetry = [
      '# This file is automatically @generated by Poetry 2.2.1 and should not be changed by hand.',
      '',
      '[[package]]',
      'name = "requests"',
      'version = "2.31.0"',
      'description = "Python HTTP for Humans."',
      'optional = false',
      'python-versions = ">=3.7"',
      'files = [',
      '    {file = "requests-2.31.0-py3-none-any.whl", hash = "sha256:58cd2187c01e70e6e26505bca751777aa9f2ee0b7f4300988b709f44e013003f"},',
      ']',
      '',
      '[[package]]',
      'name = "internal-lib"',
      'version = "0.3.0"',
      'optional = false',
      'python-versions = "*"',
      'files = []',
      '',
      '[package.source]',
      'type = "git"',
      'url = "https://example.com/internal-lib.git"',
      'reference = "main"',
      'resolved_reference = "0123456789abcdef0123456789abcdef01234567"',
      '',
      '[metadata]',
      'lock-version = "2.1"',
      'python-versions = ">=3.10"',
      'content-hash = "00"',
      ''
    ].join('\n')
    const p = readLockFile('poetry.lock', poetry, 'poetry.lock')
    expect(p.packages).toEqual([{ name: 'requests', version: '2.31.0', line: 4 }])
    expect(p.notAudited).toEqual([{ name: 'internal-lib', reason: 'git source, not a package index' }])
    const pdm = [
      '# This file is @generated by PDM.',
      '[metadata]',
      'groups = ["default"]',
      'strategy = ["inherit_metadata"]',
      'lock_version = "4.5.0"',
      '',
      '[[package]]',
      'name = "urllib3"',
      'version = "1.26.5"',
      'summary = "HTTP library"',
      'groups = ["default"]',
      'files = [',
      '    {file = "urllib3-1.26.5-py2.py3-none-any.whl", hash = "sha256:753a0374df26658f99d826cfe40394a686d05985786d946fbe4165b5148f5a7c"},',
      ']',
      '',
      '[[package]]',
      'name = "tools"',
      'version = "0.1.0"',
      'path = "./tools"',
      'summary = "local helpers"',
      ''
    ].join('\n')
    const d = readLockFile('pdm.lock', pdm, 'pdm.lock')
    expect(d.packages).toEqual([{ name: 'urllib3', version: '1.26.5', line: 8 }])
    expect(d.notAudited).toEqual([{ name: 'tools', reason: 'path source, not a package index' }])
    expect(requirementsFor(d)).toEqual(['urllib3==1.26.5\n'])
  })

  it('a lock that is not TOML names the file and the fix', () => {
    expect(() => readLockFile('poetry.lock', '[[package]\nname = ', 'app/poetry.lock')).toThrow(/app\/poetry\.lock: not valid TOML .*poetry lock/)
    expect(() => readLockFile('pdm.lock', 'x = 1\n', 'pdm.lock')).toThrow(/no \[\[package\]\] entries; is it really a pdm\.lock/)
  })
})
