/** mode: sign (the action) and keyless signing up to the network: what can run here without Fulcio, Rekor or an OIDC token. */
import { afterAll, describe, expect, it } from '@jest/globals'
import { generateKeyPairSync } from 'node:crypto'
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { recordingLogger } from '../../src/engine/logger.js'
import { runSignMode } from '../../src/modes/sign.js'
import { shutdownHashPool } from '../../src/scanners/hash.js'
import { githubOidcAvailable, keylessSigner } from '../../src/scanners/signing/keyless.js'
import { verifyModel } from '../../src/scanners/signing/verify.js'

const tmp = mkdtempSync(path.join(os.tmpdir(), 'asg-signmode-'))
afterAll(async () => {
  rmSync(tmp, { recursive: true, force: true })
  await shutdownHashPool()
})

function io() {
  const lines: string[] = []
  const outputs: Record<string, string> = {}
  const secrets: string[] = []
  return { lines, outputs, secrets, io: { log: recordingLogger(lines), setOutput: (n: string, v: string) => (outputs[n] = v), setSecret: (v: string) => secrets.push(v) } }
}

describe('mode: sign', () => {
  it('signs each model with the signing-key secret; the bundle verifies; the key is masked', async () => {
    const ws = mkdtempSync(path.join(tmp, 'ws-'))
    mkdirSync(path.join(ws, 'models/a'), { recursive: true })
    writeFileSync(path.join(ws, 'models/a/w.bin'), 'weights')
    writeFileSync(path.join(ws, 'models/b.onnx'), 'onnx')
    const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'secp384r1' })
    const pem = privateKey.export({ type: 'pkcs8', format: 'pem' }) as string
    const t = io()
    const code = await runSignMode({ 'sign-models': ['models/a', 'models/b.onnx'], 'signing-key': pem, 'signing-key-password': '' }, ws, t.io)
    expect(t.lines.filter((l) => l.startsWith('error'))).toEqual([])
    expect(code).toBe(0)
    expect(t.outputs.signatures).toBe('models/a/model.sig\nmodels/b.onnx.sig')
    expect(t.secrets).toContain(pem)
    const trust = { publicKey: { pem: publicKey.export({ type: 'spki', format: 'pem' }) as string, label: 'pub' } }
    const a = await verifyModel({ modelAbs: path.join(ws, 'models/a'), modelRel: 'models/a', bundleAbs: path.join(ws, 'models/a/model.sig'), bundleRel: 'models/a/model.sig', trust })
    const b = await verifyModel({ modelAbs: path.join(ws, 'models/b.onnx'), modelRel: 'models/b.onnx', bundleAbs: path.join(ws, 'models/b.onnx.sig'), bundleRel: 'models/b.onnx.sig', trust })
    expect([a.status, b.status]).toEqual(['verified', 'verified'])
    expect(JSON.parse(readFileSync(path.join(ws, 'models/b.onnx.sig'), 'utf8')).dsseEnvelope.payloadType).toBe('application/vnd.in-toto+json')
  })

  it('refuses a path as signing-key, a model outside the workspace, a symlink in the model, and an unsupported curve', async () => {
    const ws = mkdtempSync(path.join(tmp, 'ws-'))
    mkdirSync(path.join(ws, 'm'))
    writeFileSync(path.join(ws, 'm/w'), 'x')
    let t = io()
    expect(await runSignMode({ 'sign-models': ['m'], 'signing-key': 'keys/k.pem', 'signing-key-password': '' }, ws, t.io)).toBe(2)
    expect(t.lines.join('\n')).toMatch(/PEM text/)
    t = io()
    expect(await runSignMode({ 'sign-models': ['../etc'], 'signing-key': 'x', 'signing-key-password': '' }, ws, t.io)).toBe(2)
    expect(t.lines.join('\n')).toMatch(/outside the workspace/)
    const k1 = generateKeyPairSync('ec', { namedCurve: 'secp256k1' }).privateKey.export({ type: 'pkcs8', format: 'pem' }) as string
    t = io()
    expect(await runSignMode({ 'sign-models': ['m'], 'signing-key': k1, 'signing-key-password': '' }, ws, t.io)).toBe(2)
    expect(t.lines.join('\n')).toMatch(/curve secp256k1 is not supported/)
    const { symlinkSync } = await import('node:fs')
    symlinkSync('/etc/passwd', path.join(ws, 'm/link'))
    const k = generateKeyPairSync('ec', { namedCurve: 'prime256v1' }).privateKey.export({ type: 'pkcs8', format: 'pem' }) as string
    t = io()
    expect(await runSignMode({ 'sign-models': ['m'], 'signing-key': k, 'signing-key-password': '' }, ws, t.io)).toBe(2)
    expect(t.lines.join('\n')).toMatch(/symbolic link/)
  })

  it('keyless without an OIDC token (not in GitHub Actions) says what is missing', async () => {
    const saved = { u: process.env.ACTIONS_ID_TOKEN_REQUEST_URL, t: process.env.ACTIONS_ID_TOKEN_REQUEST_TOKEN }
    delete process.env.ACTIONS_ID_TOKEN_REQUEST_URL
    delete process.env.ACTIONS_ID_TOKEN_REQUEST_TOKEN
    try {
      expect(githubOidcAvailable()).toBe(false)
      await expect(keylessSigner()).rejects.toThrow(/id-token: write/)
    } finally {
      if (saved.u) process.env.ACTIONS_ID_TOKEN_REQUEST_URL = saved.u
      if (saved.t) process.env.ACTIONS_ID_TOKEN_REQUEST_TOKEN = saved.t
    }
  })

  it('keyless signing reaches Fulcio with the token and the payload (a local Fulcio that refuses), and reports its answer', async () => {
    const http = await import('node:http')
    const seen: { url?: string; body?: string } = {}
    const server = http.createServer((req, res) => {
      let body = ''
      req.on('data', (c) => (body += c))
      req.on('end', () => {
        seen.url = req.url
        seen.body = body
        res.writeHead(401, { 'content-type': 'application/json' })
        res.end(JSON.stringify({ code: 16, message: 'local double: token refused' }))
      })
    })
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()))
    const port = (server.address() as { port: number }).port
    // an unsigned JWT-shaped token with the claims Fulcio's client reads (sub, iss)
    const b64 = (o: object) => Buffer.from(JSON.stringify(o)).toString('base64url')
    const token = `${b64({ alg: 'none' })}.${b64({ sub: 'repo:org/repo:ref:refs/heads/main', iss: 'https://token.actions.githubusercontent.com', email: 'ci@example.com', email_verified: true })}.sig`
    try {
      const sign = await keylessSigner({ fulcioURL: `http://127.0.0.1:${port}`, rekorURL: `http://127.0.0.1:${port}`, identityToken: async () => token, timeoutMs: 5000 })
      const err = await sign(Buffer.from('{}'), 'application/vnd.in-toto+json').catch((e: Error) => e)
      expect(String(err)).toMatch(/keyless signing failed/)
      expect(String(err)).not.toContain(token)
      expect(seen.url).toBe('/api/v2/signingCert')
      const req = JSON.parse(seen.body!)
      expect(req.credentials.oidcIdentityToken).toBe(token)
      expect(req.publicKeyRequest.publicKey.content).toMatch(/BEGIN PUBLIC KEY/)
    } finally {
      server.close()
    }
  })
})
