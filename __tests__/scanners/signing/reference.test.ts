/**
 * Round trips with the reference tool (model_signing 1.1.1, installed by scripts/setup-test-env.sh):
 * what it signs, ours verifies (and tampering fails); what ours signs, it verifies.
 */
import { afterAll, describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { appendFileSync, copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { randomBytes } from 'node:crypto'
import { shutdownHashPool } from '../../../src/scanners/hash.js'
import { verifyModel } from '../../../src/scanners/signing/verify.js'
import { makeKey, makePki, msCli, reference } from '../../support/model-signing.js'

const tmp = mkdtempSync(path.join(os.tmpdir(), 'asg-msref-'))
afterAll(async () => {
  rmSync(tmp, { recursive: true, force: true })
  await shutdownHashPool()
})

let n = 0
let torchFile: string | null = null
/** A real model folder: torch state dict (written by Debian's torch), a config, a tokenizer, a nested file, an empty file. */
function modelFolder(): string {
  const d = path.join(tmp, `model-${n++}`)
  mkdirSync(path.join(d, 'tokenizer'), { recursive: true })
  if (!torchFile) {
    torchFile = path.join(tmp, 'linear.pt')
    execFileSync('/usr/bin/python3', ['-c', 'import torch,sys; torch.manual_seed(0); torch.save(torch.nn.Linear(64, 8).state_dict(), sys.argv[1])', torchFile], { timeout: 120_000 })
  }
  copyFileSync(torchFile, path.join(d, 'model.pt'))
  writeFileSync(path.join(d, 'weights.bin'), randomBytes(2_500_000))
  writeFileSync(path.join(d, 'config.json'), '{"hidden": 64}\n')
  writeFileSync(path.join(d, 'tokenizer/vocab.txt'), 'a\nb\n')
  writeFileSync(path.join(d, 'empty'), '')
  mkdirSync(path.join(d, '.git'))
  writeFileSync(path.join(d, '.git/HEAD'), 'ref: refs/heads/main\n')
  return d
}

const ours = (d: string, trust: Parameters<typeof verifyModel>[0]['trust']) =>
  verifyModel({ modelAbs: d, modelRel: path.basename(d), bundleAbs: path.join(d, 'model.sig'), bundleRel: 'model.sig', trust })
const pem = (f: string, label = path.basename(f)) => ({ pem: readFileSync(f, 'utf8'), label })
const signOurs = (args: string[]) => execFileSync(process.execPath, ['--import', 'tsx', 'src/cli.ts', 'sign', ...args], { encoding: 'utf8', timeout: 120_000, stdio: 'pipe' })

describe('signed by model_signing, verified by ours', () => {
  for (const curve of ['prime256v1', 'secp384r1', 'secp521r1'] as const) {
    it(`key ${curve}: verifies; a changed byte, an added and a removed file each fail`, async () => {
      const d = modelFolder()
      const k = makeKey(path.join(tmp, `k-${n}`), curve)
      expect(msCli(['sign', 'key', '--private_key', k.priv, '--signature', path.join(d, 'model.sig'), d]).status).toBe(0)
      const good = await ours(d, { publicKey: pem(k.pub) })
      expect(good.problems).toEqual([])
      expect(good.status).toBe('verified')
      expect(good.matched).toBe(5)
      const w = path.join(d, 'weights.bin')
      const bytes = readFileSync(w)
      bytes[1_000_000] ^= 1
      writeFileSync(w, bytes)
      writeFileSync(path.join(d, 'tokenizer/added.txt'), 'new')
      rmSync(path.join(d, 'config.json'))
      const bad = await ours(d, { publicKey: pem(k.pub) })
      expect(bad.status).toBe('failed')
      expect(bad.problems.map((p) => `${p.kind}:${p.name}`).sort()).toEqual(['changed:weights.bin', 'extra:tokenizer/added.txt', 'missing:config.json'])
      // model_signing agrees that it fails
      expect(msCli(['verify', 'key', '--public_key', k.pub, '--signature', path.join(d, 'model.sig'), d]).status).not.toBe(0)
    })
  }

  it('certificate method (chain to our root); an expired intermediate at signing time fails', async () => {
    const d = modelFolder()
    const pki = makePki(path.join(tmp, 'pki'))
    expect(reference(['sign', 'certificate', d, path.join(d, 'model.sig'), pki.leafKey, pki.leaf, pki.intermediate]).status).toBe(0)
    const r = await ours(d, { certificateChain: pem(pki.root) })
    expect(r.problems).toEqual([])
    expect(r.status).toBe('verified')
    expect(r.signer).toContain('model-signer')
    const e = modelFolder()
    const old = makePki(path.join(tmp, 'pki-expired'), { expiredIntermediate: true })
    reference(['sign', 'certificate', e, path.join(e, 'model.sig'), old.leafKey, old.leaf, old.intermediate])
    const x = await ours(e, { certificateChain: pem(old.root) })
    expect(x.status).toBe('failed')
    expect(x.problems[0].message).toMatch(/test-intermediate.*not valid at signing time/)
  })

  for (const [label, args] of [
    ['blake2', ['--hash', 'blake2']],
    ['blake3', ['--hash', 'blake3']],
    ['sha256 shards', ['--shard-size', '1000000']],
    ['blake2 shards', ['--hash', 'blake2', '--shard-size', '1000000']]
  ] as const) {
    it(`${label}: verifies; a changed shard fails naming the shard`, async () => {
      const d = modelFolder()
      const k = makeKey(path.join(tmp, `k-${n}`), 'prime256v1')
      expect(reference(['sign', 'key', d, path.join(d, 'model.sig'), k.priv, ...args]).status).toBe(0)
      const r = await ours(d, { publicKey: pem(k.pub) })
      expect(r.problems).toEqual([])
      expect(r.status).toBe('verified')
      appendFileSync(path.join(d, 'weights.bin'), 'x')
      const bad = await ours(d, { publicKey: pem(k.pub) })
      expect(bad.status).toBe('failed')
      expect(bad.problems.some((p) => p.name?.startsWith('weights.bin'))).toBe(true)
    })
  }
})

describe('signed by ours, verified by model_signing', () => {
  for (const curve of ['prime256v1', 'secp384r1', 'secp521r1'] as const) {
    it(`key ${curve} (model_signing's CLI)`, async () => {
      const d = modelFolder()
      const k = makeKey(path.join(tmp, `k-${n}`), curve)
      signOurs([d, '--key', k.priv])
      expect(msCli(['verify', 'key', '--public_key', k.pub, '--signature', path.join(d, 'model.sig'), d])).toMatchObject({ status: 0 })
      expect((await ours(d, { publicKey: pem(k.pub) })).status).toBe('verified')
    })
  }

  it('certificate method (model_signing CLI), shards and blake3 (its API)', async () => {
    const d = modelFolder()
    const pki = makePki(path.join(tmp, 'pki2'), { curve: 'P-384' })
    signOurs([d, '--key', pki.leafKey, '--certificate', pki.leaf, '--certificate-chain', pki.intermediate])
    expect(msCli(['verify', 'certificate', '--certificate_chain', pki.root, '--signature', path.join(d, 'model.sig'), d])).toMatchObject({ status: 0 })
    const k = makeKey(path.join(tmp, `k-${n}`), 'prime256v1')
    for (const extra of [['--shard-size', '1000000'], ['--hash', 'blake3']]) {
      signOurs([d, '--key', k.priv, ...extra])
      expect(reference(['verify', 'key', d, path.join(d, 'model.sig'), k.pub])).toMatchObject({ status: 0 })
    }
  })
})
