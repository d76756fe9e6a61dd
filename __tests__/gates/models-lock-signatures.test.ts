/**
 * The hash lock and signature bundles, as a team that signs uses them: `ai-secure-gates lock`, then
 * `ai-secure-gates sign` (OMS bundles, a cosign bundle), then the models gate. Bundles are evidence
 * verified by the signatures check: the lock neither records them nor reports them unlisted,
 * changed or missing; every model file stays locked, and a tampered one is still caught by both.
 */
import { afterAll, afterEach, beforeEach, describe, expect, it, jest } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { generateKeyPairSync } from 'node:crypto'
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, realpathSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { cli } from '../../src/cli/main.js'
import { modelsGate } from '../../src/gates/models/index.js'
import { shutdownHashPool } from '../../src/scanners/hash.js'
import { bundleShapedName, isBundleJson } from '../../src/scanners/signing/bundle-files.js'
import { runOneGate } from '../support/gate-context.js'

const tmp = realpathSync(mkdtempSync(path.join(os.tmpdir(), 'asg-lock-sigs-')))
afterAll(async () => {
  rmSync(tmp, { recursive: true, force: true })
  await shutdownHashPool()
})
let out = ''
beforeEach(() => {
  out = ''
  jest.spyOn(process.stdout, 'write').mockImplementation((s: any) => ((out += String(s)), true))
  jest.spyOn(process.stderr, 'write').mockImplementation((s: any) => ((out += String(s)), true))
})
afterEach(() => {
  jest.restoreAllMocks()
})

/** A small valid safetensors file (two float32 values). */
function safetensors(a: number, b: number): Buffer {
  const header = Buffer.from(JSON.stringify({ w: { dtype: 'F32', shape: [2], data_offsets: [0, 8] } }))
  const len = Buffer.alloc(8)
  len.writeBigUInt64LE(BigInt(header.length))
  const data = Buffer.alloc(8)
  data.writeFloatLE(a, 0)
  data.writeFloatLE(b, 4)
  return Buffer.concat([len, header, data])
}

/** models/net (a folder model), models/head.safetensors and models/tail.safetensors (single files), and a signing key. */
function workspace(): string {
  const ws = mkdtempSync(path.join(tmp, 'ws-'))
  mkdirSync(path.join(ws, 'models/net'), { recursive: true })
  writeFileSync(path.join(ws, 'models/net/weights.safetensors'), safetensors(1, 2))
  writeFileSync(path.join(ws, 'models/net/config.json'), '{"hidden": 2}\n')
  writeFileSync(path.join(ws, 'models/head.safetensors'), safetensors(3, 4))
  writeFileSync(path.join(ws, 'models/tail.safetensors'), safetensors(5, 6))
  const k = generateKeyPairSync('ec', { namedCurve: 'prime256v1' })
  writeFileSync(path.join(ws, 'signer.pub'), k.publicKey.export({ type: 'spki', format: 'pem' }) as string)
  writeFileSync(path.join(ws, 'signer.key'), k.privateKey.export({ type: 'pkcs8', format: 'pem' }) as string)
  return ws
}

async function sign(ws: string): Promise<void> {
  const key = path.join(ws, 'signer.key')
  expect([await cli(['sign', path.join(ws, 'models/net'), path.join(ws, 'models/tail.safetensors'), '--key', key]), out]).toEqual([0, expect.anything()])
  expect([await cli(['sign', path.join(ws, 'models/head.safetensors'), '--key', key, '--format', 'cosign']), out]).toEqual([0, expect.anything()])
}

const block = {
  paths: ['models'],
  signatures: {
    'public-key': 'signer.pub',
    models: [{ path: 'models/net' }, { path: 'models/head.safetensors' }, { path: 'models/tail.safetensors' }]
  }
}
const BUNDLES = ['models/head.safetensors.sigstore.json', 'models/net/model.sig', 'models/tail.safetensors.sig']

async function gate(ws: string) {
  return (await runOneGate(modelsGate, block, { workspace: ws, tempDir: tmp })).gates[0]
}
const lockFindings = (g: Awaited<ReturnType<typeof gate>>) => g.findings.filter((f) => f.ruleId.startsWith('lock/')).map((f) => `${f.ruleId} ${f.location?.path}`)

describe('models hash lock with signature bundles', () => {
  it('lock, then sign, then run: no unlisted-file finding; the bundles are verified by the signatures check', async () => {
    const ws = workspace()
    expect(await cli(['lock', '--workspace', ws, 'models'])).toBe(0)
    await sign(ws)
    const g = await gate(ws)
    expect(g.errors).toEqual([])
    expect(lockFindings(g)).toEqual([])
    expect(g.status).toBe('pass')
    const lockChecks = g.checks.filter((c) => c.name === 'hash-lock')
    expect(lockChecks.filter((c) => c.outcome === 'pass').map((c) => c.target)).toEqual(['models/head.safetensors', 'models/net/config.json', 'models/net/weights.safetensors', 'models/tail.safetensors'])
    expect(lockChecks.filter((c) => c.outcome === 'info').map((c) => [c.target, c.details.notCovered])).toEqual(BUNDLES.map((b) => [b, expect.stringMatching(/signature bundle/)]))
    expect(g.checks.filter((c) => c.name === 'signature').map((c) => [c.target, c.outcome])).toEqual([
      ['models/net', 'pass'],
      ['models/head.safetensors', 'pass'],
      ['models/tail.safetensors', 'pass']
    ])
  })

  it('a tampered model is still caught by the lock (critical, both digests) and by its signature', async () => {
    const ws = workspace()
    expect(await cli(['lock', '--workspace', ws, 'models'])).toBe(0)
    await sign(ws)
    writeFileSync(path.join(ws, 'models/net/weights.safetensors'), safetensors(1, 666))
    const g = await gate(ws)
    expect(g.status).toBe('fail')
    expect(lockFindings(g)).toEqual(['lock/hash-mismatch models/net/weights.safetensors'])
    expect(g.findings.find((f) => f.ruleId === 'lock/hash-mismatch')?.severity).toBe('critical')
    expect(g.findings.some((f) => f.ruleId.startsWith('signature/') && f.blocking)).toBe(true)
  })

  it('`lock` after signing leaves the bundles out, so signing again keeps the lock valid', async () => {
    const ws = workspace()
    await sign(ws)
    out = ''
    expect(await cli(['lock', '--workspace', ws, 'models'])).toBe(0)
    expect(out).toContain(`models: wrote models.lock.json (4 files under models; 3 signature bundle(s) left out: ${BUNDLES.join(', ')})`)
    const lock = JSON.parse(readFileSync(path.join(ws, 'models.lock.json'), 'utf8')) as { files: Record<string, unknown> }
    expect(Object.keys(lock.files)).toEqual(['models/head.safetensors', 'models/net/config.json', 'models/net/weights.safetensors', 'models/tail.safetensors'])
    await sign(ws) // new signatures: every bundle's bytes change
    const g = await gate(ws)
    expect([g.status, lockFindings(g), g.errors]).toEqual(['pass', [], []])
  })

  it('an older lock that lists the bundles: re-signed or removed bundles are not flagged by the lock', async () => {
    const ws = workspace()
    await sign(ws)
    // a lock written by hand (or by a version that recorded bundles), listing every file
    const lockText = execFileSync('sha256sum', ['models/head.safetensors', ...BUNDLES, 'models/net/config.json', 'models/net/weights.safetensors', 'models/tail.safetensors'], { cwd: ws, encoding: 'utf8' })
    writeFileSync(path.join(ws, 'SHA256SUMS'), lockText)
    await sign(ws)
    rmSync(path.join(ws, 'models/tail.safetensors.sig'))
    const g = (await runOneGate(modelsGate, { ...block, lock: 'SHA256SUMS' }, { workspace: ws, tempDir: tmp })).gates[0]
    expect(lockFindings(g)).toEqual([])
    expect(g.checks.filter((c) => c.name === 'hash-lock' && c.outcome === 'info').map((c) => c.target)).toEqual(BUNDLES)
    // the removed bundle is the signatures check's to report
    expect(g.checks.find((c) => c.name === 'signature' && c.target === 'models/tail.safetensors')?.outcome).not.toBe('pass')
  })

  it('a file named like a bundle that is not one stays covered by the lock', async () => {
    const ws = workspace()
    expect(await cli(['lock', '--workspace', ws, 'models'])).toBe(0)
    await sign(ws)
    writeFileSync(path.join(ws, 'models/head.safetensors.bundle'), Buffer.from("cposix\nsystem\n(S'id'\ntR."))
    copyFileSync(path.join(ws, 'models/net/model.sig'), path.join(ws, 'models/net/extra.bundle'))
    const g = await gate(ws)
    // extra.bundle has no companion "extra" next to it: named like no bundle, so still a file to list
    expect(lockFindings(g)).toEqual(['lock/unlisted-file models/head.safetensors.bundle', 'lock/unlisted-file models/net/extra.bundle'])
  })

  it('tells bundles by name and content', () => {
    const present = new Set(['models/a.bin', 'models/dir/w.bin'])
    expect(bundleShapedName('models/dir/model.sig', present)).toBe(true)
    expect(bundleShapedName('models/a.bin.sig', present)).toBe(true)
    expect(bundleShapedName('models/a.bin.sigstore.json', present)).toBe(true)
    expect(bundleShapedName('models/a.bin.bundle', present)).toBe(true)
    expect(bundleShapedName('models/dir.sig', present)).toBe(true)
    expect(bundleShapedName('models/b.bin.sig', present)).toBe(false)
    expect(bundleShapedName('models/x.json', present)).toBe(false)
    expect(bundleShapedName('models/custom/proof.json', present, new Set(['models/custom/proof.json']))).toBe(true)
    expect(isBundleJson(Buffer.from('{"mediaType":"application/vnd.dev.sigstore.bundle.v0.3+json","verificationMaterial":{}}'))).toBe(true)
    expect(isBundleJson(Buffer.from('{"base64Signature":"MEUC","cert":"LS0t"}'))).toBe(true)
    expect(isBundleJson(Buffer.from('{"mediaType":"text/plain"}'))).toBe(false)
    expect(isBundleJson(Buffer.from('\x80\x04N.'))).toBe(false)
  })
})
