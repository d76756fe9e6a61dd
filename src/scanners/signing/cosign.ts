/**
 * cosign blob signatures: a Sigstore bundle (v0.1 to v0.3) whose `messageSignature` signs one file's
 * bytes, as `cosign sign-blob --bundle` writes it (cosign 3, or cosign 2 with --new-bundle-format),
 * and as `ai-secure-gates sign --format cosign` writes it.
 *
 * One pass over the file feeds both the digest and the signature check (node:crypto's streaming
 * Verify: bounded memory whatever the size; the model is never loaded or run):
 * - the digest is compared with the bundle's `messageDigest`: a changed file fails naming both;
 * - key: the signature must verify with the configured EC public key (P-256/384/521), hashed with the
 *   bundle's digest algorithm. A Rekor entry a key bundle may carry is not checked: the key is the trust;
 * - keyless: sigstore-js's Verifier over the trusted root (trust-root.ts) checks the Fulcio chain, SCT,
 *   Rekor entry (its body must name the file's current digest and this signature) and signing time;
 *   the signature over the file is the result of the same streaming pass. Identity and issuer: signer.ts.
 */
import { createHash, createPublicKey, createVerify, timingSafeEqual, X509Certificate, type KeyObject } from 'node:crypto'
import { createReadStream } from 'node:fs'
import type { SignedEntity } from '@sigstore/verify'
import { SignatureError, type ParsedBundle } from './bundle.js'
import { curveName, hashForKey, keyHint, verifyKeyless, type TrustOptions } from './signer.js'

/** The Sigstore HashAlgorithm names cosign writes, and node:crypto's names for them. */
const DIGEST_ALGORITHMS: Record<string, string> = { SHA2_256: 'sha256', SHA2_384: 'sha384', SHA2_512: 'sha512', HASH_ALGORITHM_UNSPECIFIED: 'sha256' }

export interface CosignBlobResult {
  method: 'key' | 'sigstore'
  signer: string | null
  issuer: string | null
  signedAt: string | null
  /** node:crypto name of the digest algorithm (sha256, ...). */
  algorithm: string
  /** Hex digests: as signed (null when the bundle records none) and as the file is now. */
  signedDigest: string | null
  actualDigest: string
  bytes: number
  /** Set when the file's digest differs from the signed one (then nothing else was trusted). */
  changed: boolean
}

export interface CosignBlobOptions {
  fileAbs: string
  fileRel: string
  bundleRel: string
  trust: TrustOptions
  signal?: AbortSignal
  onBytes?: (n: number) => void
}

const equal = (a: Buffer, b: Buffer): boolean => a.length === b.length && timingSafeEqual(a, b)

/** Streams the file once: its digest, and whether `signature` verifies over it with `key`. */
export async function digestAndVerify(fileAbs: string, algorithm: string, key: KeyObject | null, signature: Buffer, o: { signal?: AbortSignal; onBytes?: (n: number) => void } = {}): Promise<{ digest: Buffer; ok: boolean; bytes: number }> {
  const hash = createHash(algorithm)
  const verifier = key ? createVerify(algorithm) : null
  let bytes = 0
  const stream = createReadStream(fileAbs, { highWaterMark: 1024 * 1024, signal: o.signal })
  for await (const chunk of stream as AsyncIterable<Buffer>) {
    hash.update(chunk)
    verifier?.update(chunk)
    bytes += chunk.length
    o.onBytes?.(chunk.length)
  }
  let ok = false
  if (key && verifier) {
    try {
      ok = verifier.verify({ key, dsaEncoding: 'der' }, signature)
    } catch {
      ok = false
    }
  }
  return { digest: hash.digest(), ok, bytes }
}

function algorithmOf(b: ParsedBundle, where: string): string {
  const name = b.messageSignature!.algorithm ?? 'SHA2_256'
  const alg = DIGEST_ALGORITHMS[name]
  if (!alg) throw new SignatureError(`${where}: messageDigest algorithm "${name}" is not supported (SHA2_256, SHA2_384 or SHA2_512)`)
  return alg
}

function trustedKey(where: string, trust: TrustOptions): KeyObject {
  if (!trust.publicKey) throw new SignatureError(`${where} is a cosign signature made with a key: set public-key to the signer's public key (PEM, e.g. cosign.pub) to verify it`)
  let key: KeyObject
  try {
    key = createPublicKey(trust.publicKey.pem)
  } catch (e) {
    throw new SignatureError(`${trust.publicKey.label} is not a PEM public key (${(e as Error).message})`, { cause: e })
  }
  hashForKey(key, trust.publicKey.label)
  return key
}

function leafKey(b: ParsedBundle, where: string): KeyObject {
  const m = b.material
  const der = m.kind === 'sigstore' ? m.certificate : m.kind === 'certificate' ? m.chain[0] : null
  if (!der) throw new SignatureError(`${where}: a keyless bundle needs a signing certificate`)
  try {
    return new X509Certificate(der).publicKey
  } catch (e) {
    throw new SignatureError(`${where}: the signing certificate cannot be read (${(e as Error).message})`, { cause: e })
  }
}

/**
 * Verifies a cosign blob bundle over one file. Throws a SignatureError when the bundle cannot be
 * trusted (wrong key, identity, issuer, log entry); returns `changed: true` when the file's digest
 * differs from the signed one.
 */
export async function verifyCosignBlob(b: ParsedBundle, o: CosignBlobOptions): Promise<CosignBlobResult> {
  const ms = b.messageSignature
  if (!ms) throw new SignatureError(`${o.bundleRel} holds a DSSE envelope, not a cosign blob signature`)
  const algorithm = algorithmOf(b, o.bundleRel)
  const keyed = b.material.kind === 'key'
  if (!keyed && (!o.trust.identity || !o.trust.issuer)) {
    throw new SignatureError(`${o.bundleRel} is a keyless Sigstore signature: set identity (the signer's email or workflow URI) and issuer (the OIDC issuer, e.g. https://token.actions.githubusercontent.com) to verify it`)
  }
  const key = keyed ? trustedKey(o.bundleRel, o.trust) : leafKey(b, o.bundleRel)
  const streamed = await digestAndVerify(o.fileAbs, algorithm, key, ms.signature, o)
  const actualDigest = streamed.digest.toString('hex')
  const signedDigest = ms.digest ? ms.digest.toString('hex') : null
  const base = { algorithm, signedDigest, actualDigest, bytes: streamed.bytes }
  if (ms.digest && !equal(ms.digest, streamed.digest)) {
    return { ...base, method: keyed ? 'key' : 'sigstore', signer: null, issuer: null, signedAt: null, changed: true }
  }
  if (keyed) {
    if (!streamed.ok) {
      throw new SignatureError(
        `${o.bundleRel}: the signature does not verify over ${o.fileRel} (${algorithm} ${actualDigest}) with ${o.trust.publicKey!.label} (${curveName(key)}): another key signed it, or the signature was changed`
      )
    }
    return { ...base, method: 'key', signer: `key ${keyHint(key).slice(0, 16)}… (${curveName(key)})`, issuer: null, signedAt: null, changed: false }
  }
  // Keyless: sigstore-js checks certificate, log entry and time; the file's signature is the streamed result.
  const content: SignedEntity['signature'] = {
    signature: ms.signature,
    compareSignature: (s) => equal(Buffer.from(s), ms.signature),
    compareDigest: (d) => equal(Buffer.from(d), streamed.digest),
    compareSignedDigest: (d) => equal(Buffer.from(d), streamed.digest),
    verifySignature: (k) => streamed.ok && k.equals(key)
  }
  const r = await verifyKeyless(b, o.bundleRel, o.trust, content)
  return { ...base, method: 'sigstore', signer: r.signer, issuer: r.issuer, signedAt: r.signedAt, changed: false }
}
