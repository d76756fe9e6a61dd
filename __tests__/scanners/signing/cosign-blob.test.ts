/**
 * cosign blob bundles (messageSignature over one file), verified by ours:
 * - keyless: a real public-good bundle from sigstore-js's test data (__tests__/fixtures/cosign/sigstore-js),
 *   verified offline; wrong identity, wrong issuer, a changed file, a swapped signature each fail;
 * - key: bundles written by ours (`sign --format cosign`, P-256 and P-384), and tampering.
 * cosign itself, both ways: cosign-reference.test.ts.
 */
import { afterAll, describe, expect, it } from '@jest/globals'
import { execFileSync, spawnSync } from 'node:child_process'
import { generateKeyPairSync, randomBytes } from 'node:crypto'
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { shutdownHashPool } from '../../../src/scanners/hash.js'
import { signBlob } from '../../../src/scanners/signing/sign-blob.js'
import type { TrustOptions } from '../../../src/scanners/signing/signer.js'
import { verifyModel } from '../../../src/scanners/signing/verify.js'

const FIX = path.join(process.cwd(), '__tests__/fixtures/cosign/sigstore-js')
const tmp = mkdtempSync(path.join(os.tmpdir(), 'asg-cosign-blob-'))
afterAll(async () => {
  rmSync(tmp, { recursive: true, force: true })
  await shutdownHashPool()
})

let n = 0
const dir = (): string => {
  const d = path.join(tmp, `d${n++}`)
  mkdirSync(d)
  return d
}
const verify = (file: string, bundle: string, trust: TrustOptions) => verifyModel({ modelAbs: file, modelRel: path.basename(file), bundleAbs: bundle, bundleRel: path.basename(bundle), trust })

const KEYLESS: TrustOptions = { identity: 'brian@dehamer.com', issuer: 'https://github.com/login/oauth' }
const HELLO = '68e656b251e67e8358bef8483ab0d51c6619f3e7a1a9f0e75838d41ff368f728'

function keylessCopy(): { file: string; bundle: string } {
  const d = dir()
  copyFileSync(path.join(FIX, 'artifact.txt'), path.join(d, 'artifact.txt'))
  copyFileSync(path.join(FIX, 'artifact.txt.sigstore.json'), path.join(d, 'artifact.txt.sigstore.json'))
  return { file: path.join(d, 'artifact.txt'), bundle: path.join(d, 'artifact.txt.sigstore.json') }
}

describe('keyless cosign blob bundle (real, public-good, from sigstore-js test data)', () => {
  it('verifies offline with the right identity and issuer', async () => {
    const c = keylessCopy()
    const r = await verify(c.file, c.bundle, KEYLESS)
    expect(r.problems).toEqual([])
    expect(r).toMatchObject({ status: 'verified', format: 'cosign', method: 'sigstore', signer: 'brian@dehamer.com', issuer: 'https://github.com/login/oauth', rootDigest: HELLO, matched: 1, signedAt: '2022-11-09T01:33:10.000Z' })
  })

  it('fails for another identity or issuer', async () => {
    const c = keylessCopy()
    const id = await verify(c.file, c.bundle, { ...KEYLESS, identity: 'someone@example.com' })
    expect(id.status).toBe('failed')
    expect(id.problems[0]).toMatchObject({ kind: 'identity' })
    expect(id.problems[0].message).toContain('not by the expected identity "someone@example.com"')
    const iss = await verify(c.file, c.bundle, { ...KEYLESS, issuer: 'https://accounts.google.com' })
    expect(iss.status).toBe('failed')
    expect(iss.problems[0].kind).toBe('identity')
  })

  it('a changed file fails naming both digests', async () => {
    const c = keylessCopy()
    writeFileSync(c.file, 'hello, world?')
    const r = await verify(c.file, c.bundle, KEYLESS)
    expect(r.status).toBe('failed')
    expect(r.problems).toHaveLength(1)
    const p = r.problems[0]
    expect(p).toMatchObject({ kind: 'changed', name: '.', signed: HELLO })
    expect(p.actual).toMatch(/^[0-9a-f]{64}$/)
    expect(p.actual).not.toBe(HELLO)
    expect(p.message).toContain(HELLO)
    expect(p.message).toContain(p.actual!)
  })

  it('a changed file with the bundle\'s digest edited to match still fails (the signature and the log entry disagree)', async () => {
    const c = keylessCopy()
    writeFileSync(c.file, 'hello, world?')
    const b = JSON.parse(readFileSync(c.bundle, 'utf8'))
    b.messageSignature.messageDigest.digest = (await import('node:crypto')).createHash('sha256').update('hello, world?').digest('base64')
    writeFileSync(c.bundle, JSON.stringify(b))
    const r = await verify(c.file, c.bundle, KEYLESS)
    expect(r.status).toBe('failed')
    expect(r.problems[0].kind).toBe('signature')
    expect(r.problems[0].message).toMatch(/keyless verification failed/)
  })

  it('a swapped signature fails', async () => {
    const c = keylessCopy()
    const b = JSON.parse(readFileSync(c.bundle, 'utf8'))
    // The signature of another real bundle over the same artifact (sigstore-js's expired-certificate case).
    b.messageSignature.signature = 'MEYCIQCXz79WbhXh3byqUXmdLpm5JQuxFc51M9Rm981dLJE7HAIhAKLKRORsGIX5cXTU2jvU2uyANJfeUEGhxX5NR6ZK468m'
    writeFileSync(c.bundle, JSON.stringify(b))
    const r = await verify(c.file, c.bundle, KEYLESS)
    expect(r.status).toBe('failed')
    expect(r.problems[0].kind).toBe('signature')
  })

  it('without identity and issuer it is an error, never a pass', async () => {
    const c = keylessCopy()
    const r = await verify(c.file, c.bundle, {})
    expect(r.status).toBe('error')
    expect(r.problems[0]).toMatchObject({ kind: 'config' })
    expect(r.problems[0].message).toContain('set identity')
  })
})

describe('key cosign blob bundles (ai-secure-gates sign --format cosign)', () => {
  for (const curve of ['prime256v1', 'secp384r1'] as const) {
    it(`${curve}: verifies; a changed byte fails with both digests; another key fails`, async () => {
      const d = dir()
      const file = path.join(d, 'model.safetensors')
      writeFileSync(file, randomBytes(3_000_000))
      const k = generateKeyPairSync('ec', { namedCurve: curve })
      const priv = k.privateKey.export({ type: 'pkcs8', format: 'pem' }) as string
      const pub = { pem: k.publicKey.export({ type: 'spki', format: 'pem' }) as string, label: 'cosign.pub' }
      const s = await signBlob(file, priv, undefined, 'key.pem')
      const bundle = `${file}.sigstore.json`
      writeFileSync(bundle, JSON.stringify(s.bundle))
      const ok = await verify(file, bundle, { publicKey: pub })
      expect(ok.problems).toEqual([])
      expect(ok).toMatchObject({ status: 'verified', format: 'cosign', method: 'key', matched: 1, bytesHashed: 3_000_000, hashType: curve === 'secp384r1' ? 'sha384' : 'sha256' })

      const other = generateKeyPairSync('ec', { namedCurve: curve }).publicKey.export({ type: 'spki', format: 'pem' }) as string
      const wrong = await verify(file, bundle, { publicKey: { pem: other, label: 'other.pub' } })
      expect(wrong.status).toBe('failed')
      expect(wrong.problems[0].kind).toBe('signature')
      expect(wrong.problems[0].message).toContain('does not verify')

      const buf = readFileSync(file)
      buf[1_234_567] ^= 1
      writeFileSync(file, buf)
      const bad = await verify(file, bundle, { publicKey: pub })
      expect(bad.status).toBe('failed')
      expect(bad.problems[0]).toMatchObject({ kind: 'changed', signed: s.digest })
      expect(bad.problems[0].message).toContain(s.digest)
      expect(bad.problems[0].message).toContain(bad.problems[0].actual!)
    })
  }

  it('a bundle without messageDigest still checks the signature over the file', async () => {
    const d = dir()
    const file = path.join(d, 'm.bin')
    writeFileSync(file, 'weights')
    const k = generateKeyPairSync('ec', { namedCurve: 'prime256v1' })
    const s = await signBlob(file, k.privateKey.export({ type: 'pkcs8', format: 'pem' }) as string, undefined, 'k')
    delete (s.bundle.messageSignature as Record<string, unknown>).messageDigest
    writeFileSync(`${file}.sigstore.json`, JSON.stringify(s.bundle))
    const pub = { pem: k.publicKey.export({ type: 'spki', format: 'pem' }) as string, label: 'k.pub' }
    expect((await verify(file, `${file}.sigstore.json`, { publicKey: pub })).status).toBe('verified')
    writeFileSync(file, 'weightz')
    const r = await verify(file, `${file}.sigstore.json`, { publicKey: pub })
    expect(r.status).toBe('failed')
    expect(r.problems[0].kind).toBe('signature')
  })

  it('bad input: a folder, a symlink, a missing key, an unsupported digest, two contents; never a pass', async () => {
    const d = dir()
    const file = path.join(d, 'm.bin')
    writeFileSync(file, 'weights')
    const k = generateKeyPairSync('ec', { namedCurve: 'prime256v1' })
    const s = await signBlob(file, k.privateKey.export({ type: 'pkcs8', format: 'pem' }) as string, undefined, 'k')
    const bundle = path.join(tmp, `b${n++}.json`)
    writeFileSync(bundle, JSON.stringify(s.bundle))
    const pub = { pem: k.publicKey.export({ type: 'spki', format: 'pem' }) as string, label: 'k.pub' }
    const folder = await verify(d, bundle, { publicKey: pub })
    expect(folder.status).toBe('failed')
    expect(folder.problems[0].message).toContain('is a folder')
    symlinkSync(file, path.join(d, 'link.bin'))
    const link = await verify(path.join(d, 'link.bin'), bundle, { publicKey: pub })
    expect(link.status).toBe('failed')
    expect(link.problems[0].kind).toBe('symlink')
    const nokey = await verify(file, bundle, {})
    expect(nokey.status).toBe('error')
    expect(nokey.problems[0].message).toContain('set public-key')
    const sha3 = structuredClone(s.bundle) as { messageSignature: { messageDigest: { algorithm: string } } }
    sha3.messageSignature.messageDigest.algorithm = 'SHA3_256'
    writeFileSync(bundle, JSON.stringify(sha3))
    const alg = await verify(file, bundle, { publicKey: pub })
    expect(alg.status).toBe('failed')
    expect(alg.problems[0].message).toContain('SHA3_256')
    writeFileSync(bundle, JSON.stringify({ ...s.bundle, dsseEnvelope: { payload: '', payloadType: 'x', signatures: [] } }))
    const both = await verify(file, bundle, { publicKey: pub })
    expect(both.status).toBe('failed')
    expect(both.problems[0].message).toContain('exactly one of dsseEnvelope or messageSignature')
  })

  it('the CLI: sign FILE --key --format cosign writes FILE.sigstore.json that ours verifies; bad combinations are refused', async () => {
    const d = dir()
    const k = generateKeyPairSync('ec', { namedCurve: 'prime256v1' })
    writeFileSync(path.join(d, 'key.pem'), k.privateKey.export({ type: 'pkcs8', format: 'pem' }) as string)
    const file = path.join(d, 'model.onnx')
    writeFileSync(file, randomBytes(100_000))
    const cli = ['--import', 'tsx', path.join(process.cwd(), 'src/cli.ts'), 'sign']
    execFileSync(process.execPath, [...cli, file, '--key', path.join(d, 'key.pem'), '--format', 'cosign'], { timeout: 120_000, stdio: 'pipe' })
    const pub = { pem: k.publicKey.export({ type: 'spki', format: 'pem' }) as string, label: 'key.pub' }
    expect((await verify(file, `${file}.sigstore.json`, { publicKey: pub })).status).toBe('verified')
    const bad = spawnSync(process.execPath, [...cli, file, '--keyless', '--format', 'cosign'], { encoding: 'utf8', timeout: 120_000 })
    expect(bad.status).toBe(2)
    expect(bad.stderr).toContain('--format cosign signs one file with --key')
    const folder = spawnSync(process.execPath, [...cli, d, '--key', path.join(d, 'key.pem'), '--format', 'cosign'], { encoding: 'utf8', timeout: 120_000 })
    expect(folder.status).toBe(2)
    expect(folder.stderr).toContain('a cosign signature covers one regular file')
  })
})
