import { beforeAll, describe, expect, it } from '@jest/globals'
import { spawnSync } from 'node:child_process'
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { codeConfigSchema } from '../../src/gates/code/config.js'
import { runBandit } from '../../src/gates/code/bandit.js'
import { codeGate } from '../../src/gates/code/index.js'
import { gateContext } from '../support/gate-context.js'

const haveBandit = spawnSync('bandit', ['--version']).status === 0
const itBandit = haveBandit ? it : it.skip

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
  w('scripts/cfg.py', 'import yaml\n\n\ndef read(t):\n    return yaml.load(t)\n\n\ndef calc(s):\n    return eval(s)\n')
  w('tests/test_x.py', 'def test_a():\n    assert 1 + 1 == 2\n')
  return dir
}

function banditDirect(dir: string, args: string[]): Array<[string, number, string]> {
  const out = path.join(os.tmpdir(), `direct-${Date.now()}-${Math.random()}.json`)
  spawnSync('bandit', [...args, '-f', 'json', '-o', out, '-q'], { cwd: dir })
  const r = JSON.parse(readFileSync(out, 'utf8'))
  return r.results.map((x: any) => [x.filename.replace(/^\.\//, ''), x.line_number, x.test_id] as [string, number, string]).sort()
}

const cfg = (over: Record<string, unknown> = {}) => codeConfigSchema.parse(over)

describe('code gate with real bandit', () => {
  let repo: string
  beforeAll(() => {
    repo = makeRepo()
  })

  itBandit('reports the same file, line and test id as bandit run directly', async () => {
    const r = await runBandit(gateContext(repo, cfg()))
    const ours = r.findings.map((f) => [f.location.path, f.location.startLine, f.ruleId]).sort()
    expect(ours).toEqual(banditDirect(repo, ['-r', '.']))
    expect(ours.length).toBeGreaterThan(8)
    expect(r.errors).toEqual([])
    expect(r.tool.version).toMatch(/^\d+\.\d+/)
    expect(r.checks.map((c) => c.target)).toContain('pkg/shell.py')
  })

  itBandit('applies targets, excludes and skips the same way', async () => {
    const r = await runBandit(gateContext(repo, cfg({ paths: ['pkg', 'scripts'], exclude: ['pkg/crypto.py'], skip: ['B404'] })))
    const ours = r.findings.map((f) => [f.location.path, f.location.startLine, f.ruleId]).sort()
    expect(ours).toEqual(banditDirect(repo, ['-r', 'pkg', 'scripts', '-x', 'pkg/crypto.py', '-s', 'B404']))
    expect(ours.some((x) => x[0] === 'pkg/crypto.py')).toBe(false)
  })

  itBandit("honours the repo's pyproject.toml [tool.bandit]", async () => {
    const dir = makeRepo()
    writeFileSync(path.join(dir, 'pyproject.toml'), '[project]\nname = "x"\n\n[tool.bandit]\nskips = ["B101", "B311"]\nexclude_dirs = ["tests"]\n')
    const r = await runBandit(gateContext(dir, cfg()))
    const ids = new Set(r.findings.map((f) => f.ruleId))
    expect(ids.has('B101')).toBe(false)
    expect(ids.has('B311')).toBe(false)
    expect(ids.has('B602')).toBe(true)
  })

  itBandit('a file bandit cannot parse makes the gate error and names it', async () => {
    const dir = makeRepo()
    writeFileSync(path.join(dir, 'pkg', 'broken.py'), 'def (:\n')
    const res = await codeGate.run(gateContext(dir, cfg()))
    expect(res.errors.join('\n')).toMatch(/bandit could not scan pkg\/broken\.py: syntax error/)
    expect(res.findings.length).toBeGreaterThan(0)
  })

  it('a target outside the workspace or missing is a clear error', async () => {
    await expect(runBandit(gateContext(repo, cfg({ paths: ['../elsewhere'] }), { tools: fakeTools('/bin/true') }))).rejects.toThrow(/outside the workspace/)
    await expect(runBandit(gateContext(repo, cfg({ paths: ['nope'] }), { tools: fakeTools('/bin/true') }))).rejects.toThrow(/"nope" does not exist/)
  })
})

/** A ToolRunner whose `bandit` is the given script. */
function fakeTools(banditPath: string) {
  return {
    ...gateContext('/tmp', {}).tools,
    which: async (name: string) => (name === 'bandit' ? banditPath : null)
  }
}

function script(body: string): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'asg-fake-'))
  const p = path.join(dir, 'bandit')
  writeFileSync(p, `#!/bin/sh\n${body}\n`)
  chmodSync(p, 0o755)
  return p
}

describe('code gate when bandit misbehaves', () => {
  const repo = makeRepo()

  it('bandit missing with install: never says what to add', async () => {
    const tools = { ...gateContext('/tmp', {}).tools, which: async () => null }
    await expect(runBandit(gateContext(repo, cfg(), { tools }))).rejects.toThrow(/bandit not found on PATH and install is "never": set install: auto .* or add a setup step/)
  })

  it('a crash shows the stderr tail', async () => {
    const fake = script('case "$1" in --version) echo "bandit 9.9.9";; *) echo "Traceback (most recent call last):" >&2; echo "ImportError: No module named stevedore" >&2; exit 2;; esac')
    const engineRes = await codeGate.run(gateContext(repo, cfg(), { tools: fakeTools(fake) })).catch((e) => e)
    expect(engineRes.message).toMatch(/bandit exited with code 2/)
    expect(engineRes.stderrTail).toMatch(/No module named stevedore/)
  })

  it('a report that does not parse is an error, never a pass', async () => {
    const fake = script('case "$1" in --version) echo "bandit 9.9.9";; *) while [ "$1" != "-o" ]; do shift; done; echo "not json" > "$2"; exit 0;; esac')
    await expect(codeGate.run(gateContext(repo, cfg(), { tools: fakeTools(fake) }))).rejects.toThrow(/not valid JSON/)
  })

  it('exit 0 with no report written is an error', async () => {
    const fake = script('exit 0')
    await expect(codeGate.run(gateContext(repo, cfg(), { tools: fakeTools(fake) }))).rejects.toThrow(/wrote no report/)
  })
})

