/**
 * The BOM's signature status from the real models gate verifying real OpenSSF Model Signing bundles
 * (model-transparency test data): verified, changed after signing, unsigned.
 */
import { afterAll, describe, expect, it } from '@jest/globals'
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { buildBom } from '../../../src/release/bom/index.js'
import { modelsGate } from '../../../src/gates/models/index.js'
import { shutdownHashPool } from '../../../src/scanners/hash.js'
import { validateCycloneDx } from '../../support/cyclonedx.js'
import { runOneGate } from '../../support/gate-context.js'
import { OMS_FIXTURES as F } from '../../support/model-signing.js'

const tmp = mkdtempSync(path.join(os.tmpdir(), 'asg-bom-sigs-'))
afterAll(async () => {
  rmSync(tmp, { recursive: true, force: true })
  await shutdownHashPool()
})

function workspace(): string {
  const ws = mkdtempSync(path.join(tmp, 'ws-'))
  mkdirSync(path.join(ws, 'models'))
  cpSync(path.join(F, 'v1.1.0-elliptic-key'), path.join(ws, 'models/signed'), { recursive: true })
  cpSync(path.join(F, 'keys/certificate/signing-key-pub.pem'), path.join(ws, 'signer.pub'))
  writeFileSync(path.join(ws, 'models/loose.safetensors'), Buffer.concat([Buffer.from([2, 0, 0, 0, 0, 0, 0, 0]), Buffer.from('{}')]))
  return ws
}

const block = { paths: ['models'], signatures: { 'public-key': 'signer.pub', models: [{ path: 'models/signed', 'ignore-paths': ['ignore-me'] }] } }

const status = (bom: Record<string, unknown>): Record<string, string> =>
  Object.fromEntries((bom.components as any[]).filter((c) => c.type === 'machine-learning-model').map((c) => [c.name, c.properties.find((p: any) => p.name === 'ai-secure-gates:signature').value]))

describe('signature status in the BOM, from the models gate', () => {
  it('verified for a signed folder (one model), unsigned for a model outside it; the bundle is a digital-signature reference', async () => {
    const ws = workspace()
    const report = await runOneGate(modelsGate, block, { workspace: ws, tempDir: tmp })
    const r = await buildBom({ workspace: ws, report, env: {} })
    expect(await validateCycloneDx(r.text)).toBeNull()
    const s = status(r.bom)
    expect(s).toEqual({ 'models/loose.safetensors': 'unsigned', 'models/signed': 'verified' })
    const folder = (r.bom.components as any[]).find((c) => c.name === 'models/signed')
    expect(folder.hashes).toBeUndefined()
    expect(folder.properties).toContainEqual({ name: 'ai-secure-gates:signature:method', value: 'key' })
    expect(folder.properties).toContainEqual({ name: 'ai-secure-gates:signature:root-digest', value: expect.stringMatching(/^sha256:[0-9a-f]{64}$/) })
    expect(folder.externalReferences).toEqual([{ type: 'digital-signature', url: 'models/signed/model.sig', comment: 'signature bundle (verified)' }])
    expect(r.notes.filter((n) => /not hashed/.test(n))).toEqual([])
  })

  it('failed when a file changed after signing', async () => {
    const ws = workspace()
    writeFileSync(path.join(ws, 'models/signed/signme-1'), 'changed\n')
    const report = await runOneGate(modelsGate, block, { workspace: ws, tempDir: tmp })
    const r = await buildBom({ workspace: ws, report, env: {} })
    expect(await validateCycloneDx(r.text)).toBeNull()
    const s = status(r.bom)
    expect(s['models/signed']).toBe('failed')
    // the finding names a file inside the folder: a vulnerability of the folder model
    const v = (r.bom.vulnerabilities as any[]).find((x) => x.id === 'signature/changed')
    expect(v).toMatchObject({ affects: [{ ref: 'model:models/signed' }], ratings: [{ severity: 'critical' }] })
    expect(v.description).toMatch(/signme-1/)
  })
})
