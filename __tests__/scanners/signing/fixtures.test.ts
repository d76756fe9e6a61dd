/**
 * Every bundle model_signing's own releases wrote (model-transparency test data: key, certificate and
 * keyless Sigstore, v0.2 to v1.1) verifies with ours, offline; tampered copies fail, naming the file.
 */
import { afterAll, describe, expect, it } from '@jest/globals'
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { shutdownHashPool } from '../../../src/scanners/hash.js'
import { verifyModel, type VerifyModelOptions } from '../../../src/scanners/signing/verify.js'
import { OMS_FIXTURES as F } from '../../support/model-signing.js'

const pub = { pem: readFileSync(`${F}/keys/certificate/signing-key-pub.pem`, 'utf8'), label: 'signing-key-pub.pem' }
const chain = { pem: readFileSync(`${F}/keys/certificate/ca-cert.pem`, 'utf8'), label: 'ca-cert.pem' }
const keyless = { identity: 'stefanb@us.ibm.com', issuer: 'https://sigstore.verify.ibm.com/oauth2' }
const tmp = mkdtempSync(path.join(os.tmpdir(), 'asg-oms-'))
afterAll(async () => {
  rmSync(tmp, { recursive: true, force: true })
  await shutdownHashPool()
})

function opts(dir: string, over: Partial<VerifyModelOptions> = {}, single = false): VerifyModelOptions {
  return {
    modelAbs: single ? path.join(dir, 'signme-1') : dir,
    modelRel: path.basename(dir),
    bundleAbs: path.join(dir, 'model.sig'),
    bundleRel: `${path.basename(dir)}/model.sig`,
    trust: { publicKey: pub, certificateChain: chain, ...keyless },
    ignorePaths: ['ignore-me'],
    ...over
  }
}

function copy(name: string): string {
  const d = path.join(tmp, `${name}-${Math.random().toString(36).slice(2, 8)}`)
  cpSync(path.join(F, name), d, { recursive: true })
  return d
}

const VERSIONS = ['v0.2.0', 'v0.3.1', 'v1.0.0', 'v1.0.1', 'v1.1.0']

describe('model-transparency fixtures', () => {
  for (const v of VERSIONS) {
    for (const m of ['elliptic-key', 'certificate', 'sigstore']) {
      const name = `${v}-${m}`
      if (name === 'v0.2.0-elliptic-key' || name === 'v0.2.0-sigstore') continue
      it(`${name} verifies`, async () => {
        const single = name === 'v0.3.1-elliptic-key' || name === 'v1.0.0-elliptic-key'
        const r = await verifyModel(opts(path.join(F, name), {}, single))
        expect(r.problems).toEqual([])
        expect(r.status).toBe('verified')
        expect(r.method).toBe(m === 'elliptic-key' ? 'key' : m)
        expect(r.matched).toBeGreaterThan(0)
        if (m === 'sigstore') expect(r.signer).toBe('stefanb@us.ibm.com')
      })
    }
  }

  it('a changed byte fails, naming the file and both digests (keyless bundle)', async () => {
    const d = copy('v1.1.0-sigstore')
    writeFileSync(path.join(d, 'signme-2'), 'tamperd\n')
    const r = await verifyModel(opts(d))
    expect(r.status).toBe('failed')
    const p = r.problems.find((x) => x.kind === 'changed')!
    expect(p.name).toBe('signme-2')
    expect(p.signed).toBe('32dcb1f8e1ae52d5963e56a6ba06ab58b424c15ed2a6b70d2feca1d089370028')
    expect(p.message).toContain(p.actual!)
    expect(p.message).toContain(p.signed!)
  })

  it('an added and a removed file fail', async () => {
    const d = copy('v1.1.0-certificate')
    writeFileSync(path.join(d, 'extra.bin'), 'x')
    rmSync(path.join(d, 'signme-1'))
    const r = await verifyModel(opts(d))
    expect(r.status).toBe('failed')
    expect(r.problems.map((p) => `${p.kind}:${p.name}`).sort()).toEqual(['extra:extra.bin', 'missing:signme-1'])
    expect((await verifyModel(opts(d, { ignoreUnsignedFiles: true }))).problems.map((p) => p.kind)).toEqual(['missing'])
  })

  it('a wrong identity or issuer fails (keyless)', async () => {
    const d = path.join(F, 'v1.1.0-sigstore')
    const wrongId = await verifyModel(opts(d, { trust: { ...keyless, identity: 'someone@example.com' } }))
    expect(wrongId.status).toBe('failed')
    expect(wrongId.problems[0]).toMatchObject({ kind: 'identity' })
    expect(wrongId.problems[0].message).toContain('stefanb@us.ibm.com')
    const wrongIss = await verifyModel(opts(d, { trust: { ...keyless, issuer: 'https://token.actions.githubusercontent.com' } }))
    expect(wrongIss.status).toBe('failed')
    // a prefix or a regex-looking identity is never accepted: compared exactly
    expect((await verifyModel(opts(d, { trust: { ...keyless, identity: 'stefanb@us.ibm.co' } }))).status).toBe('failed')
    expect((await verifyModel(opts(d, { trust: { ...keyless, identity: '.*' } }))).status).toBe('failed')
  })

  it('a swapped signature or an edited payload fails', async () => {
    const d = copy('v1.0.1-elliptic-key')
    const b = JSON.parse(readFileSync(path.join(d, 'model.sig'), 'utf8'))
    const other = JSON.parse(readFileSync(path.join(F, 'v1.1.0-elliptic-key/model.sig'), 'utf8'))
    b.dsseEnvelope.signatures = other.dsseEnvelope.signatures
    writeFileSync(path.join(d, 'model.sig'), JSON.stringify(b))
    const r = await verifyModel(opts(d))
    expect(r.status).toBe('failed')
    expect(r.problems[0].kind).toBe('signature')
    const k = copy('v1.1.0-sigstore')
    const kb = JSON.parse(readFileSync(path.join(k, 'model.sig'), 'utf8'))
    const stmt = JSON.parse(Buffer.from(kb.dsseEnvelope.payload, 'base64').toString())
    stmt.predicate.resources[0].digest = '0'.repeat(64)
    kb.dsseEnvelope.payload = Buffer.from(JSON.stringify(stmt)).toString('base64')
    writeFileSync(path.join(k, 'model.sig'), JSON.stringify(kb))
    const kr = await verifyModel(opts(k))
    expect(kr.status).toBe('failed')
    expect(kr.problems[0].message).toMatch(/keyless verification failed/)
  })

  it('the wrong key or an untrusted CA fails; no trust configured is an error naming the setting', async () => {
    const other = (await import('node:crypto')).generateKeyPairSync('ec', { namedCurve: 'secp384r1' }).publicKey.export({ type: 'spki', format: 'pem' }) as string
    const r = await verifyModel(opts(path.join(F, 'v1.1.0-elliptic-key'), { trust: { publicKey: { pem: other, label: 'other.pub' } } }))
    expect(r.status).toBe('failed')
    expect(r.problems[0].message).toMatch(/another key/)
    const c = await verifyModel(opts(path.join(F, 'v1.1.0-certificate'), { trust: { certificateChain: { pem: readFileSync(`${F}/keys/certificate/signing-key-cert.pem`, 'utf8'), label: 'wrong.pem' } } }))
    expect(c.status).toBe('failed')
    const none = await verifyModel(opts(path.join(F, 'v1.1.0-elliptic-key'), { trust: {} }))
    expect(none.status).toBe('error')
    expect(none.problems[0].message).toMatch(/set public-key/)
  })

  it('a symlink inside the model is not followed and fails verification', async () => {
    const d = copy('v1.1.0-elliptic-key')
    symlinkSync('/etc/hostname', path.join(d, 'link'))
    const r = await verifyModel(opts(d))
    expect(r.status).toBe('failed')
    expect(r.problems.find((p) => p.kind === 'symlink')?.name).toBe('link')
  })

  it('bad bundles: another media type, two signatures, not JSON, missing', async () => {
    const d = copy('v1.1.0-elliptic-key')
    const sig = path.join(d, 'model.sig')
    const orig = JSON.parse(readFileSync(sig, 'utf8'))
    const run = async (content: string): Promise<string> => {
      writeFileSync(sig, content)
      const r = await verifyModel(opts(d))
      expect(r.status).not.toBe('verified')
      return r.problems.map((p) => p.message).join('\n')
    }
    expect(await run(JSON.stringify({ ...orig, mediaType: 'application/vnd.in-toto+json' }))).toMatch(/media type "application\/vnd.in-toto\+json"/)
    expect(await run(JSON.stringify({ ...orig, dsseEnvelope: { ...orig.dsseEnvelope, signatures: [...orig.dsseEnvelope.signatures, ...orig.dsseEnvelope.signatures] } }))).toMatch(/2 signatures/)
    expect(await run('not json')).toMatch(/not JSON/)
    expect(await run(JSON.stringify({ mediaType: orig.mediaType }))).toMatch(/verificationMaterial/)
    rmSync(sig)
    const r = await verifyModel(opts(d))
    expect(r.status).toBe('unsigned')
  })
})
