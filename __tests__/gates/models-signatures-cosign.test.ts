/** The models gate's signatures block with cosign blob bundles over single files, through the real engine. */
import { afterAll, describe, expect, it } from '@jest/globals'
import { generateKeyPairSync, randomBytes } from 'node:crypto'
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { modelsGate } from '../../src/gates/models/index.js'
import { shutdownHashPool } from '../../src/scanners/hash.js'
import { signBlob } from '../../src/scanners/signing/sign-blob.js'
import { runOneGate } from '../support/gate-context.js'

const FIX = path.join(process.cwd(), '__tests__/fixtures/cosign/sigstore-js')
const tmp = mkdtempSync(path.join(os.tmpdir(), 'asg-sigs-cosign-'))
afterAll(async () => {
  rmSync(tmp, { recursive: true, force: true })
  await shutdownHashPool()
})

async function workspace(): Promise<{ ws: string; digest: string }> {
  const ws = mkdtempSync(path.join(tmp, 'ws-'))
  mkdirSync(path.join(ws, 'models'))
  const file = path.join(ws, 'models/head.bin')
  writeFileSync(file, randomBytes(200_000))
  const k = generateKeyPairSync('ec', { namedCurve: 'prime256v1' })
  writeFileSync(path.join(ws, 'cosign.pub'), k.publicKey.export({ type: 'spki', format: 'pem' }) as string)
  const s = await signBlob(file, k.privateKey.export({ type: 'pkcs8', format: 'pem' }) as string, undefined, 'k')
  writeFileSync(`${file}.sigstore.json`, JSON.stringify(s.bundle))
  copyFileSync(path.join(FIX, 'artifact.txt'), path.join(ws, 'models/hello.txt'))
  copyFileSync(path.join(FIX, 'artifact.txt.sigstore.json'), path.join(ws, 'models/hello.txt.sigstore.json'))
  return { ws, digest: s.digest }
}

const block = {
  paths: ['models'],
  signatures: {
    models: [
      { path: 'models/head.bin', 'public-key': 'cosign.pub' },
      { path: 'models/hello.txt', identity: 'brian@dehamer.com', issuer: 'https://github.com/login/oauth' }
    ]
  }
}

describe('models gate: cosign blob bundles', () => {
  it('verifies a key bundle and a keyless one (found as <file>.sigstore.json), each reported as a check', async () => {
    const { ws } = await workspace()
    const g = (await runOneGate(modelsGate, block, { workspace: ws, tempDir: tmp })).gates[0]
    expect(g.errors).toEqual([])
    expect(g.findings.filter((f) => f.ruleId.startsWith('signature/'))).toEqual([])
    expect(g.checks.filter((c) => c.name === 'signature').map((c) => [c.target, c.outcome, c.details.format, c.details.method, c.details.signer !== null])).toEqual([
      ['models/head.bin', 'pass', 'cosign', 'key', true],
      ['models/hello.txt', 'pass', 'cosign', 'sigstore', true]
    ])
    expect(g.tables?.[0].rows[0][2]).toBe('key (cosign)')
  })

  it('a changed file fails (critical), naming the file and both digests', async () => {
    const { ws, digest } = await workspace()
    writeFileSync(path.join(ws, 'models/head.bin'), randomBytes(200_000))
    const g = (await runOneGate(modelsGate, block, { workspace: ws, tempDir: tmp })).gates[0]
    expect(g.status).toBe('fail')
    const f = g.findings.find((x) => x.ruleId === 'signature/changed')!
    expect(f.severity).toBe('critical')
    expect(f.location?.path).toBe('models/head.bin')
    expect(f.message).toContain(digest)
    expect(f.properties?.signedDigest).toBe(digest)
    expect(f.properties?.actualDigest).toMatch(/^[0-9a-f]{64}$/)
    expect(f.message).toContain(String(f.properties?.actualDigest))
  })

  it('without a models list, <file>.sigstore.json next to a file is found; an unparseable bundle never passes', async () => {
    const { ws } = await workspace()
    writeFileSync(path.join(ws, 'models/hello.txt.sigstore.json'), '{"mediaType": "application/vnd.dev.sigstore.bundle.v0.3+json", "verificationMaterial": {}}')
    const g = (await runOneGate(modelsGate, { paths: ['models'], signatures: { 'public-key': 'cosign.pub' } }, { workspace: ws, tempDir: tmp })).gates[0]
    expect(g.status).toBe('fail')
    const checks = g.checks.filter((c) => c.name === 'signature')
    expect(checks.map((c) => [c.target, c.outcome])).toEqual([
      ['models/head.bin', 'pass'],
      ['models/hello.txt', 'fail']
    ])
    expect(g.findings.find((f) => f.ruleId === 'signature/invalid')?.message).toMatch(/exactly one of publicKey, x509CertificateChain or certificate/)
  })
})
