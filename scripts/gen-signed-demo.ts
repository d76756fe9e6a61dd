/**
 * Writes the demo project's signed models (examples/demo-project):
 * - keys/model-signing.pub: the public half of a P-256 key generated here; the private half lives only
 *   in this process and is discarded, so nothing committed can sign anything;
 * - models/encoder.safetensors.sig: an OpenSSF Model Signing bundle over models/encoder.safetensors
 *   (verifies);
 * - models/adapter.safetensors and models/adapter.safetensors.sigstore.json: a small valid safetensors
 *   file signed in cosign's blob format, then changed (one weight) after signing, and its entry in
 *   models.lock.json refreshed as an attacker who can write the repository would: the lock passes,
 *   the signature fails, naming both digests. The bundles' lock entries are written too.
 *
 *   node --import tsx scripts/gen-signed-demo.ts
 */
import { createHash, generateKeyPairSync } from 'node:crypto'
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { shutdownHashPool } from '../src/scanners/hash.js'
import { signModel } from '../src/scanners/signing/sign.js'
import { signBlob } from '../src/scanners/signing/sign-blob.js'

const demo = path.resolve(import.meta.dirname, '..', 'examples', 'demo-project')
const at = (p: string): string => path.join(demo, p)

/** A valid safetensors file: one F32 tensor of 4x4 weights. */
function safetensors(weights: number[]): Buffer {
  const header = Buffer.from(JSON.stringify({ __metadata__: { format: 'pt' }, 'adapter.weight': { dtype: 'F32', shape: [4, 4], data_offsets: [0, 64] } }))
  const len = Buffer.alloc(8)
  len.writeBigUInt64LE(BigInt(header.length))
  const data = Buffer.alloc(64)
  weights.forEach((w, i) => data.writeFloatLE(w, i * 4))
  return Buffer.concat([len, header, data])
}

const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'prime256v1' })
const priv = privateKey.export({ type: 'pkcs8', format: 'pem' }) as string
mkdirSync(at('keys'), { recursive: true })
writeFileSync(at('keys/model-signing.pub'), publicKey.export({ type: 'spki', format: 'pem' }) as string)

const encoder = await signModel({ modelAbs: at('models/encoder.safetensors'), bundleAbs: at('models/encoder.safetensors.sig') }, { kind: 'key', privateKeyPem: priv, label: 'demo key' })
writeFileSync(at('models/encoder.safetensors.sig'), JSON.stringify(encoder.bundle) + '\n')

const weights = Array.from({ length: 16 }, (_, i) => Math.round(Math.sin(i + 1) * 1000) / 1000)
writeFileSync(at('models/adapter.safetensors'), safetensors(weights))
const adapter = await signBlob(at('models/adapter.safetensors'), priv, undefined, 'demo key')
writeFileSync(at('models/adapter.safetensors.sigstore.json'), JSON.stringify(adapter.bundle) + '\n')
weights[5] = 42 // the change made after signing
const tampered = safetensors(weights)
writeFileSync(at('models/adapter.safetensors'), tampered)

// The lock covers every file under models/, the bundles too (as `ai-secure-gates lock models` would write it).
const lock = JSON.parse(readFileSync(at('models.lock.json'), 'utf8')) as { files: Record<string, { sha256: string; size: number }> }
for (const f of ['models/adapter.safetensors', 'models/adapter.safetensors.sigstore.json', 'models/encoder.safetensors.sig']) {
  const data = readFileSync(at(f))
  lock.files[f] = { sha256: createHash('sha256').update(data).digest('hex'), size: data.length }
}
lock.files = Object.fromEntries(Object.entries(lock.files).sort(([a], [b]) => a.localeCompare(b)))
writeFileSync(at('models.lock.json'), JSON.stringify(lock, null, 2) + '\n')
await shutdownHashPool()
process.stderr.write(`signed models/encoder.safetensors (root digest ${encoder.rootDigest}) and models/adapter.safetensors (sha256 ${adapter.digest}, then changed); public key keys/model-signing.pub\n`)
