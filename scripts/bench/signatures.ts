/**
 * Model-signature benchmark (`npm run bench`): verifying a signed 1 GiB model folder (bundle parse,
 * ECDSA check, statement, every digest recomputed) against hashing the same bytes with
 * `openssl dgst -sha256`, both measured in this run; the time ratio must stay <= 1.1.
 * Environment: BENCH_HASH_SCALE=0.25 shrinks the model, BENCH_HASH_RUNS sets the repetitions (best of).
 */
import { spawnSync } from 'node:child_process'
import { generateKeyPairSync, randomFillSync } from 'node:crypto'
import { mkdir, mkdtemp, open, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { shutdownHashPool } from '../../src/scanners/hash.js'
import { signModel } from '../../src/scanners/signing/sign.js'
import { verifyModel } from '../../src/scanners/signing/verify.js'
import type { BenchRow } from '../bench-row.js'

const MiB = 1 << 20

export async function bench(): Promise<BenchRow[]> {
  const scale = Number(process.env.BENCH_HASH_SCALE ?? '1')
  const runs = Math.max(1, Number(process.env.BENCH_HASH_RUNS ?? '5'))
  const dir = await mkdtemp(path.join(os.tmpdir(), 'ai-secure-gates-sigbench-'))
  try {
    const model = path.join(dir, 'model')
    await mkdir(model)
    const bytes = Math.round(1024 * scale) * MiB
    const file = path.join(model, 'weights.safetensors')
    const fh = await open(file, 'wx')
    const buf = Buffer.allocUnsafe(8 * MiB)
    for (let w = 0; w < bytes; w += buf.length) await fh.write(randomFillSync(buf), 0, Math.min(buf.length, bytes - w))
    await fh.sync()
    await fh.close()
    await writeFile(path.join(model, 'config.json'), '{}')
    const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'prime256v1' })
    const bundleAbs = path.join(model, 'model.sig')
    const signed = await signModel({ modelAbs: model, bundleAbs }, { kind: 'key', privateKeyPem: privateKey.export({ type: 'pkcs8', format: 'pem' }) as string, label: 'bench key' })
    await writeFile(bundleAbs, JSON.stringify(signed.bundle))
    const trust = { publicKey: { pem: publicKey.export({ type: 'spki', format: 'pem' }) as string, label: 'bench key' } }
    let ours = Infinity
    let ref = Infinity
    for (let i = 0; i < runs; i++) {
      let t = performance.now()
      const r = await verifyModel({ modelAbs: model, modelRel: 'model', bundleAbs, bundleRel: 'model/model.sig', trust })
      if (r.status !== 'verified') throw new Error(`the signed bench model did not verify: ${r.problems.map((p) => p.message).join('; ')}`)
      ours = Math.min(ours, performance.now() - t)
      t = performance.now()
      const o = spawnSync('openssl', ['dgst', '-sha256', file], { encoding: 'utf8' })
      if (o.status !== 0) throw new Error(`openssl dgst failed: ${o.stderr}`)
      ref = Math.min(ref, performance.now() - t)
    }
    return [{ name: `verify a signed ${bytes / MiB} MiB model (OMS key bundle) vs openssl dgst -sha256 of it (time; load avg ${os.loadavg()[0].toFixed(1)})`, ours: Math.round(ours), reference: Math.round(ref), unit: 'ms', ratio: Math.round((ours / ref) * 100) / 100, target: '<= 1.1' }]
  } finally {
    await shutdownHashPool()
    await rm(dir, { recursive: true, force: true })
  }
}
