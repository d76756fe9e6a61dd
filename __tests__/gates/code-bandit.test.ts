import { beforeAll, describe, expect, it } from '@jest/globals'
import { execFile, spawnSync } from 'node:child_process'
import { chmodSync, cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { promisify } from 'node:util'
import os from 'node:os'
import path from 'node:path'
import { codeConfigSchema } from '../../src/gates/code/config.js'
import { codeGate } from '../../src/gates/code/index.js'
import type { FindingInput } from '../../src/engine/types.js'
import { gateContext } from '../support/gate-context.js'
import { currentBandit, debianBandit, requireCurrentBandit, toolsWithBandit } from './code-bandit-tool.js'

/** A small Python project with issues spread over packages, written fresh for each run. */
function makeRepo(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'asg-code-'))
  const w = (rel: string, text: string) => {
    mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true })
    writeFileSync(path.join(dir, rel), text)
  }
  w('pkg/__init__.py', '')
  w('pkg/io_utils.py', 'import pickle\nimport marshal\n\n\ndef load(p):\n    with open(p, "rb") as f:\n        return pickle.load(f)\n\n\ndef code(b):\n    return marshal.loads(b)\n')
  w('pkg/shell.py', 'import os\nimport subprocess\n\n\ndef run(cmd):\n    os.system(cmd)\n    subprocess.Popen(cmd, shell=True)\n    return subprocess.check_output(["ls", cmd])\n')
  w('pkg/crypto.py', 'import hashlib\nimport random\n\n\ndef token():\n    return random.random()\n\n\ndef digest(b):\n    return hashlib.md5(b).hexdigest()\n')
  // the string-based checks Debian's 1.6.2 loses on Python 3.11: B104, B105, B108
  w('pkg/server.py', 'HOST = "0.0.0.0"\npassword = "hunter2"\nSCRATCH = "/tmp/scratch"\n\n\ndef serve(app):\n    app.run(host="0.0.0.0")\n')
  w('scripts/cfg.py', 'import yaml\n\n\ndef read(t):\n    return yaml.load(t)\n\n\ndef calc(s):\n    return eval(s)\n')
  w('tests/test_x.py', 'def test_a():\n    assert 1 + 1 == 2\n')
  w('tests/unit/test_y.py', 'import pickle\n\n\ndef test_b(d):\n    assert pickle.loads(d)\n')
  w('.github/scripts/release.py', 'import subprocess\nsubprocess.call("make release", shell=True)\n')
  return dir
}

type Triple = [string, number, string]

function banditDirect(bandit: string, dir: string, args: string[]): { results: Triple[]; scanned: string[]; errors: string[] } {
  const out = path.join(os.tmpdir(), `direct-${Date.now()}-${Math.random()}.json`)
  spawnSync(bandit, [...args, '-f', 'json', '-o', out, '-q'], { cwd: dir })
  const r = JSON.parse(readFileSync(out, 'utf8'))
  const rel = (f: string) => path.relative(dir, path.resolve(dir, f)).split(path.sep).join('/')
  return {
    results: r.results.map((x: any) => [rel(x.filename), x.line_number, x.test_id] as Triple).sort(),
    scanned: Object.keys(r.metrics).filter((k) => k !== '_totals').map(rel).sort(),
    errors: r.errors.map((e: any) => rel(e.filename)).sort()
  }
}

/** (file, line, bandit test id) of everything bandit found, including those merged into a rule's finding. */
function banditTriples(findings: FindingInput[]): Triple[] {
  const out: Triple[] = []
  for (const f of findings) {
    if (f.properties?.tool === 'bandit') out.push([f.location.path, f.location.startLine!, f.ruleId])
    for (const id of (f.properties?.bandit as string[] | undefined) ?? []) out.push([f.location.path, f.location.startLine!, id])
  }
  return out.sort()
}

const cfg = (over: Record<string, unknown> = {}) => codeConfigSchema.parse(over)

describe(`code gate with the current bandit (${currentBandit.version ?? 'missing'})`, () => {
  let repo: string
  beforeAll(() => {
    repo = makeRepo()
  })

  it('reports the same file, line and test id as that bandit run directly, B104/B105/B108 included', async () => {
    const bandit = requireCurrentBandit()
    const ctx = gateContext(repo, cfg({ rules: false }), { tools: toolsWithBandit(bandit) })
    const r = await codeGate.run(ctx)
    const direct = banditDirect(bandit, repo, ['-r', '.', '-x', ''])
    expect(banditTriples(r.findings)).toEqual(direct.results)
    const ids = new Set(direct.results.map((t) => t[2]))
    for (const id of ['B104', 'B105', 'B108', 'B301', 'B602', 'B506']) expect(ids).toContain(id)
    expect(r.errors).toEqual([])
    expect(r.tool).toEqual({ name: 'bandit', version: currentBandit.version })
    expect(r.checks.filter((c) => c.name === 'bandit').map((c) => c.target).sort()).toEqual(direct.scanned)
  })

  it('one `bandit --version` and one bandit run for the scripts and the notebooks together', async () => {
    const bandit = requireCurrentBandit()
    const dir = makeRepo()
    const nb = {
      cells: [{ cell_type: 'code', id: 'a', metadata: {}, execution_count: 1, outputs: [], source: ['import subprocess\n', 'subprocess.call(cmd, shell=True)\n'] }],
      metadata: { kernelspec: { name: 'python3', language: 'python', display_name: 'Python 3' } },
      nbformat: 4,
      nbformat_minor: 5
    }
    writeFileSync(path.join(dir, 'explore.ipynb'), JSON.stringify(nb, null, 1))
    const calls: string[][] = []
    const base = toolsWithBandit(bandit)
    const tools = { ...base, run: (cmd: string, args: string[], o: Parameters<typeof base.run>[2]) => (calls.push(args), base.run(cmd, args, o)) }
    const r = await codeGate.run(gateContext(dir, cfg(), { tools }))
    expect(calls.filter((a) => a[0] === '--version')).toHaveLength(1)
    const scans = calls.filter((a) => a[0] !== '--version')
    expect(scans).toHaveLength(1)
    expect(scans[0].some((a) => a.endsWith('explore.ipynb.py'))).toBe(true)
    expect(scans[0]).toContain('./pkg/shell.py')
    const nbFinding = r.findings.find((f) => f.location.path === 'explore.ipynb' && f.ruleId === 'B602')
    expect(nbFinding?.message).toMatch(/\[cell 1 \(id a\), line 2\]$/)
    expect(r.errors).toEqual([])
  })

  it('with the rules on, every bandit finding is still there (merged ones as aliases)', async () => {
    const bandit = requireCurrentBandit()
    const r = await codeGate.run(gateContext(repo, cfg(), { tools: toolsWithBandit(bandit) }))
    expect(banditTriples(r.findings)).toEqual(banditDirect(bandit, repo, ['-r', '.', '-x', '']).results)
    expect(r.findings.find((f) => f.ruleId === 'pickle-load')?.aliases).toEqual(['B301'])
  })

  it('exclude globs reach bandit and the rules alike: nothing in an excluded folder is reported', async () => {
    const bandit = requireCurrentBandit()
    const r = await codeGate.run(gateContext(repo, cfg({ exclude: ['tests/**', 'pkg/crypto.py', '**/scripts'], skip: ['B404'] }), { tools: toolsWithBandit(bandit) }))
    const paths = new Set(r.findings.map((f) => f.location.path))
    expect([...paths].sort()).toEqual(['pkg/io_utils.py', 'pkg/server.py', 'pkg/shell.py'])
    expect(r.findings.some((f) => f.ruleId === 'B404')).toBe(false)
    // the same as bandit told to leave out the same files
    const direct = banditDirect(bandit, repo, ['-r', 'pkg', '-x', 'pkg/crypto.py', '-s', 'B404'])
    expect(banditTriples(r.findings)).toEqual(direct.results)
    expect(r.checks.some((c) => c.target.startsWith('tests/') || c.target.startsWith('scripts/'))).toBe(false)
  })

  it("honours the repo's pyproject.toml [tool.bandit] skips and exclude_dirs (bandit's substring meaning) for both", async () => {
    const bandit = requireCurrentBandit()
    const dir = makeRepo()
    writeFileSync(path.join(dir, 'pyproject.toml'), '[project]\nname = "x"\n\n[tool.bandit]\nskips = ["B101", "B311"]\nexclude_dirs = ["tests"]\n')
    const r = await codeGate.run(gateContext(dir, cfg(), { tools: toolsWithBandit(bandit) }))
    const ids = new Set(r.findings.map((f) => f.ruleId))
    expect(ids.has('B101')).toBe(false)
    expect(ids.has('B311')).toBe(false)
    expect(ids.has('B602')).toBe(true)
    expect(r.findings.some((f) => f.location.path.startsWith('tests/'))).toBe(false)
    expect(r.checks).toContainEqual({ name: 'excluded', target: 'tests', outcome: 'skipped', details: { reason: 'excluded by pyproject.toml [tool.bandit] exclude_dirs', files: 2 } })
  })

  it('a .bandit file at the root is handed to bandit (its skips apply) and its exclude applies to the rules too', async () => {
    const bandit = requireCurrentBandit()
    const dir = makeRepo()
    writeFileSync(path.join(dir, '.bandit'), '[bandit]\nskips = B602\nexclude = ./tests\n')
    const r = await codeGate.run(gateContext(dir, cfg(), { tools: toolsWithBandit(bandit) }))
    expect(r.findings.some((f) => f.ruleId === 'B602')).toBe(false)
    expect(r.findings.some((f) => f.location.path.startsWith('tests/'))).toBe(false)
    expect(r.findings.some((f) => f.ruleId === 'B605')).toBe(true)
  })

  it('scans .github/ (bandit alone would drop it: ".git" is a substring of its default exclude) but never virtualenvs or caches', async () => {
    const bandit = requireCurrentBandit()
    const dir = makeRepo()
    mkdirSync(path.join(dir, 'venv', 'lib'), { recursive: true })
    writeFileSync(path.join(dir, 'venv', 'pyvenv.cfg'), 'home = /usr/bin\n')
    writeFileSync(path.join(dir, 'venv', 'lib', 'dep.py'), 'import os\nos.system("x")\n')
    mkdirSync(path.join(dir, 'pkg', '__pycache__'))
    writeFileSync(path.join(dir, 'pkg', '__pycache__', 'odd.py'), 'eval(input())\n')
    const r = await codeGate.run(gateContext(dir, cfg(), { tools: toolsWithBandit(bandit) }))
    expect(r.findings.filter((f) => f.location.path === '.github/scripts/release.py').map((f) => f.ruleId)).toContain('B602')
    expect(r.findings.some((f) => f.location.path.startsWith('venv/') || f.location.path.includes('__pycache__'))).toBe(false)
    expect(r.checks).toContainEqual({ name: 'excluded', target: 'venv', outcome: 'skipped', details: { reason: 'a virtualenv (holds pyvenv.cfg)', files: 1 } })
  })

  it('never follows a symlink out of the workspace (bandit run directly would read it)', async () => {
    const bandit = requireCurrentBandit()
    const dir = makeRepo()
    const outside = mkdtempSync(path.join(os.tmpdir(), 'asg-outside-'))
    writeFileSync(path.join(outside, 'secret.py'), 'API_PASSWORD = "outside-the-workspace"\n')
    symlinkSync(path.join(outside, 'secret.py'), path.join(dir, 'pkg', 'linked.py'))
    const r = await codeGate.run(gateContext(dir, cfg(), { tools: toolsWithBandit(bandit) }))
    // Not read by bandit: the only finding on it is the link itself, which leads out of the workspace (engine/confine.ts).
    expect(r.findings.filter((f) => f.location.path === 'pkg/linked.py').map((f) => f.ruleId)).toEqual(['workspace/symlink-outside'])
    expect(r.checks).toContainEqual({ name: 'symlink', target: 'pkg/linked.py', outcome: 'fail', details: { reason: 'symlink leading out of the workspace: not followed' } })
  })

  it('a file bandit cannot parse makes the gate error and names it; the other findings stay', async () => {
    const bandit = requireCurrentBandit()
    const dir = makeRepo()
    writeFileSync(path.join(dir, 'pkg', 'broken.py'), 'def (:\n')
    const res = await codeGate.run(gateContext(dir, cfg(), { tools: toolsWithBandit(bandit) }))
    expect(res.errors.join('\n')).toMatch(/bandit could not scan pkg\/broken\.py: syntax error/)
    expect(res.findings.length).toBeGreaterThan(0)
  })

  it('a repository without Python files or notebooks is skipped with the reason, not passed', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'asg-nopy-'))
    writeFileSync(path.join(dir, 'README.md'), '# nothing\n')
    const r = await codeGate.run(gateContext(dir, cfg(), { tools: toolsWithBandit('/nonexistent/bandit') }))
    expect(r.skipped).toMatch(/no Python files or notebooks under gates.code.paths \(\.\)/)
  })

  it('a target outside the workspace or missing is a clear error', async () => {
    await expect(codeGate.run(gateContext(repo, cfg({ paths: ['../elsewhere'] })))).rejects.toThrow(/outside the workspace/)
    await expect(codeGate.run(gateContext(repo, cfg({ paths: ['nope'] })))).rejects.toThrow(/"nope" does not exist/)
  })
})

/**
 * A real tree of 400+ Python files nobody here wrote: packages of the system Python's standard
 * library (copied, so symlinks such as sitecustomize.py stay out), with the modules that hold
 * B104 ('0.0.0.0'), B105 and B108 ('/tmp') findings.
 */
function stdlibTree(): string {
  const stdlib = spawnSync('/usr/bin/python3', ['-c', 'import sysconfig; print(sysconfig.get_paths()["stdlib"])'], { encoding: 'utf8' }).stdout.trim()
  if (!stdlib || !existsSync(stdlib)) throw new Error('the system Python\'s standard library was not found (/usr/bin/python3); scripts/setup-test-env.sh installs Python')
  const dir = mkdtempSync(path.join(os.tmpdir(), 'asg-stdlib-'))
  const packages = ['encodings', 'lib2to3', 'email', 'importlib', 'json', 'wsgiref', 'urllib', 're', 'concurrent', 'ctypes', 'tomllib', 'dbm', 'zoneinfo', 'html', 'sqlite3', 'xmlrpc', 'venv', 'collections', 'curses', 'ensurepip', 'logging', 'http', 'multiprocessing', 'xml', 'unittest', 'asyncio', 'distutils']
  for (const p of packages) if (existsSync(path.join(stdlib, p))) cpSync(path.join(stdlib, p), path.join(dir, p), { recursive: true, filter: (src) => !src.includes('__pycache__') })
  for (const m of ['socket.py', 'ipaddress.py', 'imaplib.py', 'tempfile.py', 'smtplib.py', 'ftplib.py', '_osx_support.py']) if (existsSync(path.join(stdlib, m))) cpSync(path.join(stdlib, m), path.join(dir, m))
  return dir
}

describe('code gate on a real tree of 400+ Python files (the standard library)', () => {
  it('equals running the same bandit directly: file, line and test id, B104/B105/B108 included', async () => {
    const bandit = requireCurrentBandit()
    const dir = stdlibTree()
    try {
      const out = path.join(os.tmpdir(), `stdlib-direct-${Date.now()}.json`)
      // both at once: the machine has two cores
      const [r] = await Promise.all([
        codeGate.run(gateContext(dir, cfg(), { tools: toolsWithBandit(bandit) })),
        promisify(execFile)(bandit, ['-r', '.', '-f', 'json', '-o', out, '-q'], { cwd: dir, maxBuffer: 1 << 26 }).catch((e) => {
          if (e.code !== 1) throw e
        })
      ])
      const direct = JSON.parse(readFileSync(out, 'utf8'))
      const theirs = direct.results.map((x: any) => [path.normalize(x.filename), x.line_number, x.test_id] as Triple).sort()
      const scanned = Object.keys(direct.metrics).filter((k) => k !== '_totals')
      expect(scanned.length).toBeGreaterThanOrEqual(400)
      expect(banditTriples(r.findings)).toEqual(theirs)
      const ids = new Set(theirs.map((t: Triple) => t[2]))
      for (const id of ['B104', 'B105', 'B108']) expect(ids).toContain(id)
      expect(r.checks.filter((c) => c.name === 'bandit').length).toBe(scanned.length)
      expect(r.errors).toEqual(direct.errors.map((e: any) => `bandit could not scan ${path.normalize(e.filename)}: ${e.reason}`))
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  }, 600_000)
})

const itDebian = debianBandit ? it : it.skip

describe("code gate with Debian's bandit 1.6.2 (still read)", () => {
  itDebian('reports what that bandit reports on the same files', async () => {
    const repo = makeRepo()
    const r = await codeGate.run(gateContext(repo, cfg({ rules: false })))
    const direct = banditDirect('bandit', repo, ['-r', '.', '-x', ''])
    expect(banditTriples(r.findings)).toEqual(direct.results)
    expect(r.tool?.version).toBe('1.6.2')
  })
})

function script(body: string): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'asg-fake-'))
  const p = path.join(dir, 'bandit')
  writeFileSync(p, `#!/bin/sh\n${body}\n`)
  chmodSync(p, 0o755)
  return p
}

describe('code gate when bandit misbehaves: an error that says why, never a pass; the rules still report', () => {
  const repo = makeRepo()

  it('bandit missing with install: never says what to add', async () => {
    const tools = { ...gateContext('/tmp', {}).tools, which: async () => null }
    const r = await codeGate.run(gateContext(repo, cfg(), { tools }))
    expect(r.errors.join('\n')).toMatch(/bandit not found on PATH and install is "never": set install: auto .* or add a setup step/)
    expect(r.findings.some((f) => f.ruleId === 'pickle-load')).toBe(true)
  })

  it('a crash shows the stderr tail', async () => {
    const fake = script('case "$1" in --version) echo "bandit 9.9.9";; *) echo "Traceback (most recent call last):" >&2; echo "ImportError: No module named stevedore" >&2; exit 2;; esac')
    const r = await codeGate.run(gateContext(repo, cfg(), { tools: toolsWithBandit(fake) }))
    expect(r.errors.join('\n')).toMatch(/bandit 9\.9\.9 exited with code 2[\s\S]*No module named stevedore/)
  })

  it('a report that does not parse is an error, never a pass', async () => {
    const fake = script('case "$1" in --version) echo "bandit 9.9.9";; *) while [ "$1" != "-o" ]; do shift; done; echo "not json" > "$2"; exit 0;; esac')
    const r = await codeGate.run(gateContext(repo, cfg(), { tools: toolsWithBandit(fake) }))
    expect(r.errors.join('\n')).toMatch(/not valid JSON/)
  })

  it('exit 0 with no report written is an error', async () => {
    const r = await codeGate.run(gateContext(repo, cfg(), { tools: toolsWithBandit(script('exit 0')) }))
    expect(r.errors.join('\n')).toMatch(/wrote no report/)
  })

  it('a file list too long for one command line is split over several runs, with the same findings', async () => {
    const { batches } = await import('../../src/gates/code/bandit.js')
    const files = Array.from({ length: 1000 }, (_, i) => `./pkg/module_${i}.py`)
    const parts = batches(files, 4096)
    expect(parts.length).toBeGreaterThan(1)
    expect(parts.flat()).toEqual(files)
    expect(parts.every((p) => p.reduce((n, f) => n + f.length + 1, 0) <= 4096)).toBe(true)
  })
})
