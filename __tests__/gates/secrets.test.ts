import { describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { createRequire } from 'node:module'
import { configSchema } from '../../src/config/schema.js'
import { Policy } from '../../src/engine/policy.js'
import { runEngine } from '../../src/engine/run.js'
import type { FindingInput } from '../../src/engine/types.js'
import { secretsConfigSchema } from '../../src/gates/secrets/config.js'
import { parseAddedLines, COMMIT_MARK } from '../../src/gates/secrets/git.js'
import { secretsGate } from '../../src/gates/secrets/index.js'
import { maskValue, scanText } from '../../src/gates/secrets/scan.js'
import { GATES } from '../../src/gates/registry.js'
import { recordingLogger } from '../../src/engine/logger.js'
import { processRunner } from '../../src/tools/runner.js'
import { gateContext } from '../support/gate-context.js'

/**
 * Fake keys with the real shapes, built at run time so this file holds none. Each is made of
 * FAKE/demo filler: none is a real credential.
 */
const fill = (n: number, alphabet = 'FAKEdemo0notReal9') => Array.from({ length: n }, (_, i) => alphabet[(i * 7 + n) % alphabet.length]).join('')
const hexFill = (n: number) => Array.from({ length: n }, (_, i) => '0123456789abcdef'[(i * 5 + 3) % 16]).join('')
const KEYS = {
  openai: `sk-proj-${fill(74)}T3BlbkFJ${fill(74)}`,
  anthropic: `sk-ant-api03-${fill(93)}AA`,
  huggingface: `hf_${fill(34, 'FAKEdemoTokenNotReal')}`,
  replicate: `r8_${fill(37)}`,
  google: `AIza${fill(35)}`,
  cohere: fill(40, 'FAKEcohereDemo42'),
  wandb: hexFill(40),
  azure: hexFill(32),
  langsmith: `lsv2_pt_${hexFill(32)}_${hexFill(10)}`,
  aws: fill(40, 'FAKEdemoAwsSecret0123456789+/')
}

function write(dir: string, rel: string, text: string): void {
  mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true })
  writeFileSync(path.join(dir, rel), text)
}

function git(dir: string, ...args: string[]): string {
  return execFileSync('git', ['-c', 'user.email=t@example.com', '-c', 'user.name=t', '-c', 'commit.gpgsign=false', ...args], { cwd: dir, encoding: 'utf8' }).trim()
}

/** Files with planted keys; `expect` is rule:path:line for every one of them. */
function plant(dir: string): string[] {
  write(dir, 'src/llm.py', [
    'import os',
    'from openai import OpenAI',
    '',
    `client = OpenAI(api_key="${KEYS.openai}")`,
    'safe = OpenAI(api_key=os.environ["OPENAI_API_KEY"])',
    `ANTHROPIC = "${KEYS.anthropic}"`,
    'PLACEHOLDER = "sk-ant-api03-your-key-here"',
    `HF_TOKEN = "${KEYS.huggingface}"`,
    'hf_token_hint = "hf_xxx"',
    `COHERE_API_KEY = "${KEYS.cohere}"`,
    'CHECKSUM = "' + hexFill(40) + '"  # 40 hex with no key name: not a key',
    ''
  ].join('\n'))
  write(dir, 'config/settings.env', [`REPLICATE_API_TOKEN=${KEYS.replicate}`, `GOOGLE_API_KEY=${KEYS.google}`, `AZURE_OPENAI_API_KEY=${KEYS.azure}`, 'WANDB_API_KEY=${WANDB_API_KEY}', ''].join('\n'))
  write(dir, 'docs/setup.md', ['# Setup', '', 'Set `OPENAI_API_KEY` in your environment.', `LangSmith: ${KEYS.langsmith}`, ''].join('\n'))
  const nb = {
    cells: [
      { cell_type: 'code', id: 'login', metadata: {}, execution_count: 1, source: ['import wandb\n', 'wandb.login()\n'], outputs: [{ name: 'stdout', output_type: 'stream', text: ['wandb: logged in\n', `WANDB_API_KEY=${KEYS.wandb}\n`] }] },
      { cell_type: 'code', id: 'aws', metadata: {}, execution_count: 2, source: [`aws_secret_access_key = "${KEYS.aws}"\n`], outputs: [] }
    ],
    metadata: { kernelspec: { name: 'python3', language: 'python', display_name: 'Python 3' } },
    nbformat: 4,
    nbformat_minor: 5
  }
  write(dir, 'notebooks/explore.ipynb', JSON.stringify(nb, null, 1) + '\n')
  const nbLines = readFileSync(path.join(dir, 'notebooks/explore.ipynb'), 'utf8').split('\n')
  const nbLine = (needle: string) => nbLines.findIndex((l) => l.includes(needle)) + 1
  return [
    'openai:src/llm.py:4',
    'anthropic:src/llm.py:6',
    'huggingface:src/llm.py:8',
    'cohere-api-key:src/llm.py:10',
    'replicate-api-token:config/settings.env:1',
    'google-api-key:config/settings.env:2',
    'azure-openai-api-key:config/settings.env:3',
    'langsmith-api-key:docs/setup.md:4',
    `wandb-api-key:notebooks/explore.ipynb:${nbLine(KEYS.wandb)}`,
    `aws:notebooks/explore.ipynb:${nbLine(KEYS.aws)}`
  ].sort()
}

const where = (fs: FindingInput[]) => fs.map((f) => `${f.ruleId}:${f.location.path}:${f.location.startLine}`).sort()
const cfg = (over: Record<string, unknown> = {}) => secretsConfigSchema.parse(over)

describe('secret rules', () => {
  it('finds each provider key shape and gives the secret only to the caller', async () => {
    const hits = await scanText(`a = "${KEYS.replicate}"\nb = "${KEYS.google}"\n`, 'x.py')
    expect(hits.map((h) => [h.ruleId, h.line, h.secret])).toEqual([
      ['replicate-api-token', 1, KEYS.replicate],
      ['google-api-key', 2, KEYS.google]
    ])
  })
  it('takes the secret itself where a preset rule reports the start of the whole match (AWS secret access key)', async () => {
    const hits = await scanText(`x = 1\nAWS_SECRET_ACCESS_KEY = "${KEYS.aws}"\n`, 'x.py')
    expect(hits.map((h) => [h.ruleId, h.line, h.column, h.secret])).toEqual([['aws', 2, 26, KEYS.aws]])
  })
  it('masks to the first 4 characters, or nothing for short values', () => {
    expect(maskValue(KEYS.openai)).toBe('sk-p****')
    expect(maskValue('short1234')).toBe('****')
  })
  it('an OpenAI key assigned to OPENAI_API_KEY is one finding, not two', async () => {
    const hits = await scanText(`OPENAI_API_KEY = "${KEYS.openai}"\n`, 'x.py')
    expect(hits.map((h) => h.ruleId)).toEqual(['openai'])
  })
})

describe('secrets gate over files', () => {
  it('outside git: walks every file, finds every planted key at its file and line, none of the safe values', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'asg-secrets-'))
    const expected = plant(dir)
    const ctx = gateContext(dir, cfg())
    const r = await secretsGate.run(ctx)
    expect(r.errors).toEqual([])
    expect(where(r.findings)).toEqual(expected)
    expect(r.checks.find((c) => c.name === 'file-list')?.details).toMatchObject({ source: 'filesystem walk' })
    const nb = r.findings.find((f) => f.ruleId === 'wandb-api-key')!
    expect(nb.message).toMatch(/cell 1 id login output/)
    expect(nb.properties).toMatchObject({ notebookCell: 1, notebookPart: 'outputs' })
    for (const key of Object.values(KEYS)) expect(ctx.masked).toContain(key)
  })

  it('in git: scans tracked files only and skips lock files by default', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'asg-secrets-git-'))
    git(dir, 'init', '-q', '-b', 'main')
    const expected = plant(dir)
    write(dir, 'package-lock.json', `{"token": "${KEYS.replicate}"}\n`)
    git(dir, 'add', '.')
    git(dir, 'commit', '-q', '-m', 'init')
    write(dir, 'untracked.py', `K = "${KEYS.google}"\n`)
    const r = await secretsGate.run(gateContext(dir, cfg()))
    expect(r.errors).toEqual([])
    expect(where(r.findings)).toEqual(expected)
    expect(r.checks.find((c) => c.name === 'file-list')?.details).toMatchObject({ source: 'git ls-files', untrackedNotScanned: 1, untracked: ['untracked.py'] })
    expect(r.summary).toMatch(/; 1 untracked file not scanned \(not in the repository yet: git add it to scan it: untracked\.py\)$/)
    const all = await secretsGate.run(gateContext(dir, cfg({ 'default-excludes': false, exclude: ['docs/**'] })))
    expect(where(all.findings)).toEqual([...expected.filter((e) => !e.includes('docs/')), 'replicate-api-token:package-lock.json:1'].sort())
  })

  it('disable-rules drops a rule', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'asg-secrets-'))
    plant(dir)
    const r = await secretsGate.run(gateContext(dir, cfg({ 'disable-rules': ['aws', 'google-api-key'] })))
    expect(r.findings.some((f) => f.ruleId === 'aws' || f.ruleId === 'google-api-key')).toBe(false)
  })
})

describe('secrets gate over a pull request', () => {
  function prRepo() {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'asg-secrets-pr-'))
    git(dir, 'init', '-q', '-b', 'main')
    write(dir, 'app.py', 'print("hello")\n')
    git(dir, 'add', '.')
    git(dir, 'commit', '-q', '-m', 'base')
    const base = git(dir, 'rev-parse', 'HEAD')
    git(dir, 'checkout', '-q', '-b', 'feature')
    write(dir, 'app.py', `print("hello")\n\n# temporary\nREPLICATE = "${KEYS.replicate}"\n`)
    git(dir, 'commit', '-q', '-am', 'add key')
    const added = git(dir, 'rev-parse', 'HEAD')
    write(dir, 'app.py', 'import os\nprint("hello")\nREPLICATE = os.environ["REPLICATE_API_TOKEN"]\n')
    git(dir, 'commit', '-q', '-am', 'remove key')
    write(dir, 'train.py', `import os\nHF = "${KEYS.huggingface}"\n`)
    git(dir, 'add', '.')
    git(dir, 'commit', '-q', '-m', 'train')
    const head = git(dir, 'rev-parse', 'HEAD')
    return { dir, base, added, head }
  }

  it('a key added and removed inside the pull request is still found, at its line in the commit that added it', async () => {
    const { dir, base, added, head } = prRepo()
    const r = await secretsGate.run(gateContext(dir, cfg(), { pullRequest: { number: 7, baseSha: base, headSha: head } }))
    expect(r.errors).toEqual([])
    expect(where(r.findings)).toEqual(['huggingface:train.py:2', 'replicate-api-token:app.py:4'])
    const gone = r.findings.find((f) => f.ruleId === 'replicate-api-token')!
    expect(gone.properties).toMatchObject({ commit: added, source: 'pull-request-commit' })
    expect(gone.message).toContain(added.slice(0, 12))
    expect(r.checks.find((c) => c.name === 'pr-commits')).toMatchObject({ outcome: 'fail', details: { commits: 3, foundOnlyInHistory: 1 } })
  })

  it('a shallow clone without the base commit is an error that says to use fetch-depth: 0', async () => {
    const { dir, base, head } = prRepo()
    const clone = mkdtempSync(path.join(os.tmpdir(), 'asg-secrets-shallow-'))
    execFileSync('git', ['clone', '-q', '--depth', '1', '--branch', 'feature', `file://${dir}`, clone])
    const r = await secretsGate.run(gateContext(clone, cfg(), { pullRequest: { number: 7, baseSha: base, headSha: head } }))
    expect(r.errors.join('\n')).toMatch(/base commit .* is not in this clone \(a shallow clone\).*fetch-depth: 0/)
    expect(where(r.findings)).toEqual(['huggingface:train.py:2'])
    const off = await secretsGate.run(gateContext(clone, cfg({ 'pr-commits': false }), { pullRequest: { number: 7, baseSha: base, headSha: head } }))
    expect(off.errors).toEqual([])
  })

  it('parses added lines with their line numbers per commit', () => {
    const log = [`${COMMIT_MARK}aaa`, '', 'diff --git a/x.py b/x.py', '--- a/x.py', '+++ b/x.py', '@@ -3,0 +4,2 @@', '+one', '+two', '@@ -9 +11 @@', '-old', '+new', `${COMMIT_MARK}bbb`, 'diff --git a/y b/y', 'deleted file mode 100644', '--- a/y', '+++ /dev/null', '@@ -1 +0,0 @@', '-gone'].join('\n')
    expect(parseAddedLines(log)).toEqual([
      { commit: 'aaa', path: 'x.py', startLine: 4, lines: ['one', 'two'] },
      { commit: 'aaa', path: 'x.py', startLine: 11, lines: ['new'] }
    ])
  })
})

describe('no secret value in any output', () => {
  it('the JSON report of an engine run, the log and the summary hold no planted key', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'asg-secrets-engine-'))
    git(dir, 'init', '-q', '-b', 'main')
    plant(dir)
    git(dir, 'add', '.')
    git(dir, 'commit', '-q', '-m', 'init')
    // a gitleaks report with the secrets in clear, imported by the gate
    write(dir, 'reports/gitleaks.json', JSON.stringify([{ RuleID: 'generic-api-key', Description: 'Generic API Key', File: 'src/llm.py', StartLine: 4, EndLine: 4, StartColumn: 1, EndColumn: 9, Match: `api_key="${KEYS.openai}"`, Secret: KEYS.openai, Commit: '', Fingerprint: '' }, { RuleID: 'stripe', File: 'old.py', StartLine: 2, Secret: `sk_live_${fill(24)}`, Match: 'x' }]))
    const logs: string[] = []
    const masked: string[] = []
    const config = configSchema.parse({ version: 1, gates: { secrets: { 'gitleaks-report': 'reports/gitleaks.json' } } })
    const report = await runEngine({
      workspace: dir, config, registry: GATES, policy: new Policy({ waivers: [], baseline: null, today: '2026-01-01' }), only: ['secrets'],
      tools: processRunner, logger: recordingLogger(logs), tempDir: mkdtempSync(path.join(os.tmpdir(), 'asg-t-')), install: 'never', maskSecret: (v) => masked.push(v)
    })
    const gate = report.gates.find((g) => g.id === 'secrets')!
    expect(gate.status).toBe('fail')
    expect(gate.findings.length).toBe(11)
    expect(gate.findings.filter((f) => f.ruleId.startsWith('gitleaks/')).map((f) => f.location.path)).toEqual(['old.py'])
    const out = JSON.stringify(report) + logs.join('\n')
    for (const key of [...Object.values(KEYS), `sk_live_${fill(24)}`]) {
      expect(out).not.toContain(key)
      expect(out).not.toContain(key.slice(4, 20))
      expect(masked).toContain(key)
    }
    expect(out).toContain('sk-p****')

    // a waiver by fingerprint (copied from the report, never the value) suppresses that one finding
    const target = gate.findings.find((f) => f.ruleId === 'replicate-api-token')!
    const waived = await runEngine({
      workspace: dir, config, registry: GATES, only: ['secrets'],
      policy: new Policy({ waivers: [{ gate: 'secrets', fingerprint: target.fingerprint, reason: 'rotated on 2026-01-02, history rewrite pending', expires: '2099-01-01' }], baseline: null, today: '2026-01-01' }),
      tools: processRunner, logger: recordingLogger([]), tempDir: mkdtempSync(path.join(os.tmpdir(), 'asg-t-')), install: 'never', maskSecret: () => {}
    })
    const after = waived.gates.find((g) => g.id === 'secrets')!.findings
    expect(after.filter((f) => f.suppressed).map((f) => f.ruleId)).toEqual(['replicate-api-token'])
    expect(after.find((f) => f.suppressed)!.fingerprint).toBe(target.fingerprint)
  })
})

describe('secretlint version recorded in the report', () => {
  it('matches the installed @secretlint/core', async () => {
    const pkg = JSON.parse(readFileSync(createRequire(import.meta.url).resolve('@secretlint/core/package.json'), 'utf8'))
    const r = await secretsGate.run(gateContext(mkdtempSync(path.join(os.tmpdir(), 'asg-empty-')), cfg()))
    expect(r.tool?.version).toBe(pkg.version)
  })
})
