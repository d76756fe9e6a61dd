/**
 * Signing a model (folder or file) the way OpenSSF Model Signing does, so `model_signing verify`
 * and our verifier accept the result:
 * - hash every file (or shard) with our hashing engine, resources sorted as model_signing sorts them;
 * - an in-toto Statement v1 with the model-signature predicate v1.0 and the root digest;
 * - a DSSE envelope signed with an EC key (P-256/384/521, the curve's hash), or keyless through
 *   Fulcio and Rekor (sigstore-js, in GitHub Actions with its OIDC token);
 * - a Sigstore bundle v0.3 (key: `publicKey.hint`; certificate: `x509CertificateChain`).
 * Symbolic links in the model are refused, never followed.
 */
import { createHash, createPrivateKey, createPublicKey, sign as cryptoSign, X509Certificate, type KeyObject } from 'node:crypto'
import path from 'node:path'
import { IN_TOTO_PAYLOAD_TYPE, OMS_MEDIA_TYPE, pae, SignatureError } from './bundle.js'
import { comparePaths, GIT_PATHS, hashItems, plannedItems, walkModel } from './manifest.js'
import { hashForKey, keyHint } from './signer.js'
import { PREDICATE_TYPE, STATEMENT_TYPE, type HashType, type Serialization } from './statement.js'

export interface SignModelOptions {
  modelAbs: string
  /** Where the bundle goes (absolute); ignored when it lies inside the model. */
  bundleAbs: string
  hashType?: HashType
  method?: 'files' | 'shards'
  shardSize?: number
  /** Paths relative to the model left out of the signature (recorded in the statement). */
  ignorePaths?: string[]
  ignoreGitPaths?: boolean
  signal?: AbortSignal
}

export type SignWith =
  | { kind: 'key'; privateKeyPem: string; password?: string; label: string }
  | { kind: 'certificate'; privateKeyPem: string; password?: string; certificatePem: string; chainPem?: string; label: string }
  | { kind: 'keyless'; sign: (payload: Buffer, payloadType: string) => Promise<Record<string, unknown>> }

export interface SignResult {
  bundle: Record<string, unknown>
  statement: Record<string, unknown>
  files: number
  resources: number
  rootDigest: string
}

/** Builds the statement over the model as it is now. */
export async function buildStatement(o: SignModelOptions): Promise<{ statement: Record<string, unknown>; files: number; resources: number; rootDigest: string }> {
  const method = o.method ?? 'files'
  const hashType = o.hashType ?? 'sha256'
  const ignored = [...(o.ignorePaths ?? []).map((p) => path.posix.normalize(p.replace(/\\/g, '/')).replace(/\/+$/, ''))]
  const rel = path.relative(o.modelAbs, o.bundleAbs)
  if (rel && !rel.startsWith('..') && !path.isAbsolute(rel)) ignored.push(rel.split(path.sep).join('/'))
  if (o.ignoreGitPaths !== false) ignored.push(...GIT_PATHS)
  const recorded = [...new Set(ignored)]
  const serialization: Serialization = { method, hashType, shardSize: method === 'shards' ? (o.shardSize ?? 1_000_000_000) : null, allowSymlinks: false, ignorePaths: recorded }
  const walk = await walkModel(o.modelAbs, recorded)
  if (walk.symlinks.length) throw new SignatureError(`${walk.symlinks.map((s) => path.join(o.modelAbs, s)).join(', ')}: symbolic link${walk.symlinks.length > 1 ? 's' : ''} inside the model; replace ${walk.symlinks.length > 1 ? 'them' : 'it'} with the file, or add the path to the ignored paths`)
  if (walk.special.length) throw new SignatureError(`${walk.special.join(', ')}: not regular files (FIFO, socket or device); remove them or ignore them`)
  if (walk.truncated) throw new SignatureError(`${o.modelAbs} holds more than ${walk.files.length} files; sign a smaller folder`)
  const items = plannedItems(walk.files, serialization).sort((a, b) => comparePaths(a.path, b.path) || (a.start ?? 0) - (b.start ?? 0))
  const hashed = await hashItems(o.modelAbs, items, serialization, { signal: o.signal })
  const bad = hashed.find((h) => h.error)
  if (bad) throw new SignatureError(`${bad.path}: ${bad.error}`)
  const root = createHash('sha256')
  for (const h of hashed) root.update(Buffer.from(h.digest, 'hex'))
  const rootDigest = root.digest('hex')
  const ser: Record<string, unknown> = { method, hash_type: hashType === 'blake2' ? 'blake2b' : hashType, allow_symlinks: false, ignore_paths: recorded }
  if (method === 'shards') ser.shard_size = serialization.shardSize
  const statement = {
    _type: STATEMENT_TYPE,
    subject: [{ name: path.basename(o.modelAbs), digest: { sha256: rootDigest } }],
    predicateType: PREDICATE_TYPE,
    predicate: { serialization: ser, resources: hashed.map((h) => ({ name: h.name, algorithm: h.algorithm, digest: h.digest })) }
  }
  return { statement, files: walk.files.length, resources: hashed.length, rootDigest }
}

function loadPrivateKey(pem: string, password: string | undefined, label: string): KeyObject {
  try {
    return createPrivateKey({ key: pem, format: 'pem', ...(password ? { passphrase: password } : {}) })
  } catch (e) {
    throw new SignatureError(`${label} is not a readable PEM private key (${(e as Error).message})${password ? '' : '; if it is encrypted, give its password'}`, { cause: e })
  }
}

const pemToDer = (pem: string): Buffer[] => (pem.match(/-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----/g) ?? []).map((p) => new X509Certificate(p).raw)

/** Signs the model and returns the bundle (not written: the caller writes it). */
export async function signModel(o: SignModelOptions, w: SignWith): Promise<SignResult> {
  const built = await buildStatement(o)
  const payload = Buffer.from(JSON.stringify(built.statement), 'utf8')
  let bundle: Record<string, unknown>
  if (w.kind === 'keyless') {
    bundle = await w.sign(payload, IN_TOTO_PAYLOAD_TYPE)
  } else {
    const key = loadPrivateKey(w.privateKeyPem, w.password, w.label)
    const pub = createPublicKey(key)
    const hash = hashForKey(pub, w.label)
    const sig = cryptoSign(hash, pae(IN_TOTO_PAYLOAD_TYPE, payload), { key, dsaEncoding: 'der' })
    let material: Record<string, unknown>
    if (w.kind === 'key') {
      material = { publicKey: { hint: keyHint(pub) }, tlogEntries: [] }
    } else {
      const leaf = pemToDer(w.certificatePem)
      if (leaf.length !== 1) throw new SignatureError(`the signing certificate must be one PEM certificate (found ${leaf.length})`)
      if (!new X509Certificate(leaf[0]).publicKey.equals(pub)) throw new SignatureError(`the signing certificate's public key does not belong to ${w.label}`)
      const chain = w.chainPem ? pemToDer(w.chainPem) : []
      material = { x509CertificateChain: { certificates: [...leaf, ...chain].map((d) => ({ rawBytes: d.toString('base64') })) }, tlogEntries: [] }
    }
    bundle = {
      mediaType: OMS_MEDIA_TYPE,
      verificationMaterial: material,
      dsseEnvelope: { payload: payload.toString('base64'), payloadType: IN_TOTO_PAYLOAD_TYPE, signatures: [{ sig: sig.toString('base64'), keyid: '' }] }
    }
  }
  return { bundle, statement: built.statement, files: built.files, resources: built.resources, rootDigest: built.rootDigest }
}
