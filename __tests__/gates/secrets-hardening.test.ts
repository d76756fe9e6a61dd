/**
 * Secret coverage the outside attack found missing: EC and Ed25519 (PKCS#8) private keys, OpenAI
 * keys in the 64/64 shape and without the T3BlbkFJ marker, base64-encoded .env content; lock files
 * scanned for the lines a pull request adds; placeholders not reported; a file too large to read
 * said as not checked. Keys are generated at run time (fresh, random, never used anywhere).
 */
import { describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { generateKeyPairSync } from 'node:crypto'
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { secretsConfigSchema } from '../../src/gates/secrets/config.js'
import { secretsGate } from '../../src/gates/secrets/index.js'
import { scanText } from '../../src/gates/secrets/scan.js'
import { isPlaceholder } from '../../src/gates/secrets/placeholder.js'
import { gateContext } from '../support/gate-context.js'

const fill = (n: number, alphabet = 'FAKEdemo0notReal9') => Array.from({ length: n }, (_, i) => alphabet[(i * 7 + n) % alphabet.length]).join('')
const pem = (_type: 'ec', format: 'pkcs8' | 'sec1') => generateKeyPairSync('ec', { namedCurve: 'P-256' }).privateKey.export({ type: format, format: 'pem' }).toString()

function git(dir: string, ...args: string[]): string {
  return execFileSync('git', ['-c', 'user.email=t@example.com', '-c', 'user.name=t', '-c', 'commit.gpgsign=false', ...args], { cwd: dir, encoding: 'utf8' }).trim()
}

const cfg = (o: object = {}) => secretsConfigSchema.parse(o)

describe('secret rules', () => {
  it.each([
    ['EC (SEC1)', () => pem('ec', 'sec1')],
    ['EC (PKCS#8)', () => pem('ec', 'pkcs8')],
    ['Ed25519 (PKCS#8)', () => generateKeyPairSync('ed25519').privateKey.export({ type: 'pkcs8', format: 'pem' }).toString()]
  ])('finds a %s private key', async (_name, make) => {
    const key = make()
    const hits = await scanText(`config = """\n${key}"""\n`, 'keys.py')
    expect(hits.map((h) => h.ruleId)).toEqual(['privatekey'])
    expect(key.startsWith(hits[0].secret.slice(0, 20))).toBe(true)
  })

  it('finds OpenAI keys in the 64/64 shape and without the marker', async () => {
    const k6464 = `sk-proj-${fill(64)}T3BlbkFJ${fill(64)}`
    const bare = `sk-proj-${fill(156)}`
    const svc = `sk-svcacct-${fill(120)}`
    for (const key of [k6464, bare, svc]) {
      const hits = await scanText(`note: ${key}\n`, 'notes.md')
      expect(hits.map((h) => h.secret)).toEqual([key])
    }
  })

  it('finds a secret inside base64-encoded .env content', async () => {
    const env = `DATABASE_URL=postgresql://admin:${fill(18)}@db.internal:5432/app\nOPENAI_API_KEY=sk-proj-${fill(64)}T3BlbkFJ${fill(64)}\n`
    const b64 = Buffer.from(env).toString('base64')
    const hits = await scanText(`ENV_B64: ${b64}\n`, 'deploy.yml')
    expect(hits).toHaveLength(1)
    expect(hits[0].secret).toBe(b64)
    expect(hits[0].label).toMatch(/base64-encoded/)
    expect(hits[0].alsoMask).toEqual(expect.arrayContaining([`sk-proj-${fill(64)}T3BlbkFJ${fill(64)}`]))
  })

  it('placeholders are not secrets', async () => {
    for (const text of [
      'DATABASE_URL=postgresql://DB_USER:DB_PASSWORD@DB_ENDPOINT:5432/DB_NAME',
      'curl https://user:changeme@example.com/x',
      'url = "mysql://root:${MYSQL_PASSWORD}@localhost/db"',
      'url = "mongodb://<user>:<password>@cluster0.mongodb.net/test"',
      'OPENAI_API_KEY=sk-proj-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx'
    ]) {
      expect(await scanText(text + '\n', 'README.md')).toEqual([])
    }
    expect(isPlaceholder('postgresql://admin:s3cr3tPassw0rd9@db.example.com:5432/prod')).toBe(false)
    expect((await scanText('postgresql://admin:s3cr3tPassw0rd9@db.example.com:5432/prod\n', 'README.md')).length).toBe(1)
  })
})

describe('secrets gate coverage', () => {
  it('scans the lines a pull request adds to a lock file, which the tree scan excludes by default', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'asg-sec-lock-'))
    git(dir, 'init', '-q', '-b', 'main')
    writeFileSync(path.join(dir, 'package-lock.json'), '{\n  "name": "x"\n}\n')
    git(dir, 'add', '.')
    git(dir, 'commit', '-q', '-m', 'base')
    const base = git(dir, 'rev-parse', 'HEAD')
    const key = `sk-proj-${fill(64)}T3BlbkFJ${fill(64)}`
    writeFileSync(path.join(dir, 'package-lock.json'), `{\n  "name": "x",\n  "token": "${key}"\n}\n`)
    git(dir, 'commit', '-q', '-am', 'lock')
    const head = git(dir, 'rev-parse', 'HEAD')
    const masked: string[] = []
    const r = await secretsGate.run(gateContext(dir, cfg(), { pullRequest: { number: 3, baseSha: base, headSha: head }, maskSecret: (v: string) => masked.push(v) }))
    expect(r.errors).toEqual([])
    expect(r.findings.map((f) => [f.ruleId, f.location.path, f.location.startLine])).toEqual([['openai-api-key', 'package-lock.json', 3]])
    expect(masked).toContain(key)
    // not in the tree scan (default excludes), so reported from the pull request's lines
    expect(r.checks.find((c) => c.name === 'secret-scan' && c.target === 'package-lock.json')).toBeUndefined()
  })

  it('a file too large to scan is said as not checked, in the check and the summary', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'asg-sec-big-'))
    mkdirSync(path.join(dir, 'nb'))
    writeFileSync(path.join(dir, 'nb', 'big.ipynb'), 'x'.repeat(2 * 1024 * 1024))
    writeFileSync(path.join(dir, 'ok.py'), 'print(1)\n')
    const r = await secretsGate.run(gateContext(dir, cfg({ 'max-file-mb': 1 })))
    const check = r.checks.find((c) => c.target === 'nb/big.ipynb')!
    expect(check.outcome).toBe('skipped')
    expect(check.details.reason).toMatch(/^not checked: larger than max-file-mb/)
    expect(r.summary).toMatch(/NOT checked: 1 file larger than max-file-mb \(nb\/big\.ipynb\)/)
  })
})
