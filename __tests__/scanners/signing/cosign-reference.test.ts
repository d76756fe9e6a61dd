/**
 * cosign itself, both ways (cosign 3.1.3 built from the Go module proxy by scripts/install-tools.ts, on
 * request: see ON_REQUEST_TOOLS in scripts/tools-manifest.ts):
 * - `cosign sign-blob --key --bundle` -> ours verifies it, and a changed byte fails naming both digests;
 * - `ai-secure-gates sign --format cosign` -> `cosign verify-blob --key --bundle` accepts it, and rejects a changed file;
 * - keyless: cosign and ours give the same verdicts on the vendored public-good bundle (offline, same trusted root).
 * When cosign was not built, the suite is skipped with a warning saying why and how to build it (and
 * fails instead when AI_SECURE_GATES_BUILD_COSIGN=1 asked for cosign).
 */
import { afterAll, describe, expect, it } from '@jest/globals'
import { execFileSync, spawnSync } from 'node:child_process'
import { generateKeyPairSync, randomBytes } from 'node:crypto'
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { shutdownHashPool } from '../../../src/scanners/hash.js'
import { publicGoodRootJson } from '../../../src/scanners/signing/trust-root.js'
import { verifyModel } from '../../../src/scanners/signing/verify.js'
import { optionalTool } from '../../support/tools.js'

const { tool, reason } = optionalTool('cosign')
if (!tool && process.env.AI_SECURE_GATES_BUILD_COSIGN === '1') throw new Error(`AI_SECURE_GATES_BUILD_COSIGN=1 but cosign is missing: ${reason}`)
if (!tool) console.warn(`SKIPPED: cosign-reference.test.ts (cosign both ways): ${reason}`)
const d = tool ? describe : describe.skip
const tmp = mkdtempSync(path.join(os.tmpdir(), 'asg-cosign-ref-'))
afterAll(async () => {
  rmSync(tmp, { recursive: true, force: true })
  await shutdownHashPool()
})

let n = 0
const dir = (): string => {
  const p = path.join(tmp, `d${n++}`)
  mkdirSync(p)
  return p
}
/** cosign with no network: every command here is offline (no tlog upload, no TUF refresh). */
const cosign = (args: string[], cwd: string) => spawnSync(tool!.path, args, { cwd, encoding: 'utf8', timeout: 120_000, env: { PATH: process.env.PATH ?? '', HOME: cwd, COSIGN_PASSWORD: 'demo-only', TUF_ROOT: path.join(cwd, '.sigstore') } })
const verify = (file: string, bundle: string, pubPem: string) =>
  verifyModel({ modelAbs: file, modelRel: path.basename(file), bundleAbs: bundle, bundleRel: path.basename(bundle), trust: { publicKey: { pem: pubPem, label: 'cosign.pub' } } })

d(tool ? `cosign ${tool.version} both ways` : `cosign both ways: SKIPPED, cosign not built (${reason})`, () => {
  it('cosign sign-blob --key --bundle: ours verifies it; a changed byte fails naming both digests; another key fails', async () => {
    const w = dir()
    const gen = cosign(['generate-key-pair'], w)
    expect(gen.stderr + gen.stdout).toContain('cosign.pub')
    const file = path.join(w, 'model.safetensors')
    writeFileSync(file, randomBytes(1_500_000))
    const s = cosign(['sign-blob', '--yes', '--key', 'cosign.key', '--bundle', 'model.safetensors.sigstore.json', '--tlog-upload=false', '--use-signing-config=false', 'model.safetensors'], w)
    expect({ status: s.status, out: s.stderr }).toMatchObject({ status: 0 })
    const bundle = path.join(w, 'model.safetensors.sigstore.json')
    const json = JSON.parse(readFileSync(bundle, 'utf8'))
    expect(json.mediaType).toMatch(/^application\/vnd\.dev\.sigstore\.bundle/)
    expect(json.messageSignature).toBeDefined()
    const pub = readFileSync(path.join(w, 'cosign.pub'), 'utf8')
    // cosign accepts its own bundle, as a control.
    expect(cosign(['verify-blob', '--key', 'cosign.pub', '--bundle', 'model.safetensors.sigstore.json', '--insecure-ignore-tlog=true', 'model.safetensors'], w).status).toBe(0)

    const ok = await verify(file, bundle, pub)
    expect(ok.problems).toEqual([])
    expect(ok).toMatchObject({ status: 'verified', format: 'cosign', method: 'key', matched: 1 })
    const signed = ok.rootDigest!

    const other = generateKeyPairSync('ec', { namedCurve: 'prime256v1' }).publicKey.export({ type: 'spki', format: 'pem' }) as string
    expect((await verify(file, bundle, other)).problems[0].kind).toBe('signature')

    const buf = readFileSync(file)
    buf[777_777] ^= 0x40
    writeFileSync(file, buf)
    const bad = await verify(file, bundle, pub)
    expect(bad.status).toBe('failed')
    expect(bad.problems[0]).toMatchObject({ kind: 'changed', signed })
    expect(bad.problems[0].message).toContain(signed)
    expect(bad.problems[0].message).toContain(bad.problems[0].actual!)
    // and cosign agrees
    expect(cosign(['verify-blob', '--key', 'cosign.pub', '--bundle', 'model.safetensors.sigstore.json', '--insecure-ignore-tlog=true', 'model.safetensors'], w).status).not.toBe(0)
  })

  it('keyless (the vendored public-good bundle): cosign and ours agree, offline, on the right identity, another identity and a changed file', async () => {
    const w = dir()
    const fix = path.join(process.cwd(), '__tests__/fixtures/cosign/sigstore-js')
    for (const f of ['artifact.txt', 'artifact.txt.sigstore.json']) copyFileSync(path.join(fix, f), path.join(w, f))
    writeFileSync(path.join(w, 'trusted_root.json'), await publicGoodRootJson())
    const theirs = (identity: string) =>
      cosign(['verify-blob', '--bundle', 'artifact.txt.sigstore.json', '--trusted-root', 'trusted_root.json', '--certificate-identity', identity, '--certificate-oidc-issuer', 'https://github.com/login/oauth', 'artifact.txt'], w).status
    const ours = async (identity: string) =>
      (await verifyModel({ modelAbs: path.join(w, 'artifact.txt'), modelRel: 'artifact.txt', bundleAbs: path.join(w, 'artifact.txt.sigstore.json'), bundleRel: 'b', trust: { identity, issuer: 'https://github.com/login/oauth' } })).status
    expect([theirs('brian@dehamer.com'), await ours('brian@dehamer.com')]).toEqual([0, 'verified'])
    expect(theirs('someone@example.com')).not.toBe(0)
    expect(await ours('someone@example.com')).toBe('failed')
    writeFileSync(path.join(w, 'artifact.txt'), 'hello, world?')
    expect(theirs('brian@dehamer.com')).not.toBe(0)
    expect(await ours('brian@dehamer.com')).toBe('failed')
  })

  it('ai-secure-gates sign --format cosign: cosign verify-blob accepts it and rejects a changed file', () => {
    const w = dir()
    const k = generateKeyPairSync('ec', { namedCurve: 'prime256v1' })
    writeFileSync(path.join(w, 'key.pem'), k.privateKey.export({ type: 'pkcs8', format: 'pem' }) as string)
    writeFileSync(path.join(w, 'key.pub'), k.publicKey.export({ type: 'spki', format: 'pem' }) as string)
    const file = path.join(w, 'model.gguf')
    writeFileSync(file, randomBytes(2_000_000))
    execFileSync(process.execPath, ['--import', 'tsx', path.join(process.cwd(), 'src/cli.ts'), 'sign', file, '--key', path.join(w, 'key.pem'), '--format', 'cosign'], { cwd: process.cwd(), timeout: 120_000, stdio: 'pipe' })
    const v = cosign(['verify-blob', '--key', 'key.pub', '--bundle', 'model.gguf.sigstore.json', '--insecure-ignore-tlog=true', 'model.gguf'], w)
    expect({ status: v.status, out: v.stderr }).toMatchObject({ status: 0, out: expect.stringContaining('Verified OK') })
    writeFileSync(file, Buffer.concat([readFileSync(file), Buffer.from([0])]))
    const bad = cosign(['verify-blob', '--key', 'key.pub', '--bundle', 'model.gguf.sigstore.json', '--insecure-ignore-tlog=true', 'model.gguf'], w)
    expect(bad.status).not.toBe(0)
  })
})
