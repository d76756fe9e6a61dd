/** The models gate's signatures block, through the real engine and policy. */
import { afterAll, describe, expect, it } from '@jest/globals'
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { modelsGate } from '../../src/gates/models/index.js'
import { modelsConfigSchema } from '../../src/gates/models/config.js'
import { shutdownHashPool } from '../../src/scanners/hash.js'
import { runOneGate } from '../support/gate-context.js'
import { OMS_FIXTURES as F } from '../support/model-signing.js'

const tmp = mkdtempSync(path.join(os.tmpdir(), 'asg-sigs-'))
afterAll(async () => {
  rmSync(tmp, { recursive: true, force: true })
  await shutdownHashPool()
})

function workspace(): string {
  const ws = mkdtempSync(path.join(tmp, 'ws-'))
  mkdirSync(path.join(ws, 'models'))
  cpSync(path.join(F, 'v1.1.0-elliptic-key'), path.join(ws, 'models/signed'), { recursive: true })
  cpSync(path.join(F, 'v1.1.0-sigstore'), path.join(ws, 'models/keyless'), { recursive: true })
  cpSync(path.join(F, 'keys/certificate/signing-key-pub.pem'), path.join(ws, 'signer.pub'))
  return ws
}

const block = {
  paths: ['models'],
  signatures: {
    models: [
      { path: 'models/signed', 'public-key': 'signer.pub', 'ignore-paths': ['ignore-me'] },
      { path: 'models/keyless', identity: 'stefanb@us.ibm.com', issuer: 'https://sigstore.verify.ibm.com/oauth2', 'ignore-paths': ['ignore-me'] }
    ]
  }
}

describe('models gate: signatures', () => {
  it('passes when every listed model verifies, and reports each model\'s signature status as a check', async () => {
    const ws = workspace()
    const r = await runOneGate(modelsGate, block, { workspace: ws, tempDir: tmp })
    const g = r.gates[0]
    expect(g.errors).toEqual([])
    expect(g.status).toBe('pass')
    const sigs = g.checks.filter((c) => c.name === 'signature')
    expect(sigs.map((c) => [c.target, c.outcome, c.details.status, c.details.method])).toEqual([
      ['models/signed', 'pass', 'verified', 'key'],
      ['models/keyless', 'pass', 'verified', 'sigstore']
    ])
    expect(g.summary).toContain('2 of 2 signed models verified')
    expect(g.tables?.[0].title).toBe('Model signatures')
  })

  it('fails on a tampered file (critical, naming the file) and on an unsigned model at the configured severity', async () => {
    const ws = workspace()
    writeFileSync(path.join(ws, 'models/signed/signme-1'), 'changed\n')
    rmSync(path.join(ws, 'models/keyless/model.sig'))
    const r = await runOneGate(modelsGate, { ...block, signatures: { ...block.signatures, unsigned: 'medium' } }, { workspace: ws, tempDir: tmp })
    const g = r.gates[0]
    expect(g.status).toBe('fail')
    const changed = g.findings.find((f) => f.ruleId === 'signature/changed')!
    expect(changed).toMatchObject({ severity: 'critical', blocking: true, location: { path: 'models/signed/signme-1' } })
    expect(changed.message).toMatch(/signed sha256 [0-9a-f]{64}, now [0-9a-f]{64}/)
    expect(g.findings.find((f) => f.ruleId === 'signature/unsigned')).toMatchObject({ severity: 'medium', location: { path: 'models/keyless' } })
  })

  it('discovers model.sig folders by default; a model file outside every signed model is unsigned', async () => {
    const ws = workspace()
    rmSync(path.join(ws, 'models/keyless'), { recursive: true })
    writeFileSync(path.join(ws, 'models/loose.safetensors'), Buffer.concat([Buffer.from([2, 0, 0, 0, 0, 0, 0, 0]), Buffer.from('{}')]))
    const r = await runOneGate(modelsGate, { paths: ['models'], signatures: { 'public-key': 'signer.pub' } }, { workspace: ws, tempDir: tmp })
    const g = r.gates[0]
    expect(g.checks.filter((c) => c.name === 'signature').map((c) => c.details.status)).toEqual(['verified'])
    expect(g.findings.filter((f) => f.ruleId === 'signature/unsigned').map((f) => f.location.path)).toEqual(['models/loose.safetensors'])
    expect(g.status).toBe('fail')
  })

  it('a keyless bundle without identity/issuer, or a missing key file, is an error (never a pass)', async () => {
    const ws = workspace()
    const r = await runOneGate(modelsGate, { paths: ['models'], signatures: { models: [{ path: 'models/keyless' }, { path: 'models/signed', 'public-key': 'nope.pub' }] } }, { workspace: ws, tempDir: tmp })
    const g = r.gates[0]
    expect(g.status).toBe('error')
    expect(g.errors.join('\n')).toMatch(/set identity/)
    expect(g.errors.join('\n')).toMatch(/public-key: "nope.pub" does not exist/)
  })

  it('the config is validated: unknown keys and bad severities are refused', () => {
    expect(modelsConfigSchema.safeParse({ signatures: { models: [{ path: 'm', key: 'x' }] } }).success).toBe(false)
    expect(modelsConfigSchema.safeParse({ signatures: { unsigned: 'severe' } }).success).toBe(false)
    expect(modelsConfigSchema.parse({ signatures: {} }).signatures).toMatchObject({ unsigned: 'high', 'require-all': true, models: [] })
  })
})
