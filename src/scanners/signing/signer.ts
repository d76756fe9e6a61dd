/**
 * Who signed, and is the signature over the payload theirs: the three OMS methods.
 *
 * - key: an EC public key the user trusts (P-256/384/521, hashed with SHA-256/384/512 by curve, as
 *   model_signing does; sigstore-js fixes SHA-256, so node:crypto verifies these).
 * - certificate: the bundle's chain (leaf first) up to a self-signed certificate the user trusts,
 *   every certificate valid at the leaf's notBefore (model_signing's "signing time" for this method,
 *   which has no timestamp), the leaf allowed to sign (KeyUsage digitalSignature or EKU codeSigning).
 * - sigstore (keyless): sigstore-js's Verifier over a trusted root (the public-good root embedded in
 *   @sigstore/tuf, or the user's): Fulcio chain, SCT, Rekor entry and inclusion, signing time inside
 *   the certificate's validity, then the identity and issuer policy, compared exactly.
 */
import { createHash, createPublicKey, verify as cryptoVerify, X509Certificate, type KeyObject } from 'node:crypto'
import { X509Certificate as SigstoreCert } from '@sigstore/core'
import type { SignedEntity } from '@sigstore/verify'
import { SignatureError, pae, paeCompat, type ParsedBundle } from './bundle.js'
import { loadTrustedRoot } from './trust-root.js'

export type Method = 'key' | 'certificate' | 'sigstore'

export interface TrustOptions {
  /** PEM of the trusted public key (key method). */
  publicKey?: { pem: string; label: string }
  /** PEM certificates the user trusts (certificate method): the root, and any intermediates. */
  certificateChain?: { pem: string; label: string }
  /** Keyless: the exact signer identity (certificate SAN: an email or a URI) and OIDC issuer. */
  identity?: string
  issuer?: string
  /** Keyless: a trusted_root.json (or model_signing trust config) instead of the public-good root. */
  trustedRoot?: { json: string; label: string }
}

export interface SignerResult {
  method: Method
  /** Key hint (sha256 of the PEM), certificate subject, or SAN for keyless. */
  signer: string
  issuer: string | null
  /** The payload the signature covers (DSSE), for the statement check. */
  payload: Buffer
  payloadType: string
  /** When signed, where the bundle says so (keyless: Rekor/TSA time; certificate: the leaf's notBefore). */
  signedAt: string | null
}

const CURVE_HASH: Record<string, string> = { prime256v1: 'sha256', secp384r1: 'sha384', secp521r1: 'sha512' }
const CURVE_NAME: Record<string, string> = { prime256v1: 'P-256', secp384r1: 'P-384', secp521r1: 'P-521' }

/** The hash model_signing pairs with the key's curve; refuses anything but P-256/384/521 EC keys. */
export function hashForKey(key: KeyObject, label: string): string {
  const type = key.asymmetricKeyType
  const curve = key.asymmetricKeyDetails?.namedCurve
  if (type !== 'ec' || !curve || !CURVE_HASH[curve]) {
    throw new SignatureError(`${label}: ${type === 'ec' ? `curve ${curve}` : `a ${type} key`} is not supported; model signatures use EC keys on P-256, P-384 or P-521`)
  }
  return CURVE_HASH[curve]
}

export function curveName(key: KeyObject): string {
  return CURVE_NAME[key.asymmetricKeyDetails?.namedCurve ?? ''] ?? String(key.asymmetricKeyDetails?.namedCurve)
}

/** model_signing's key hint: hex SHA-256 of the SubjectPublicKeyInfo PEM text. */
export function keyHint(key: KeyObject): string {
  return createHash('sha256').update(key.export({ type: 'spki', format: 'pem' }) as string).digest('hex')
}

/** Verifies the DSSE signature with the key (the v0.2 PAE only for the legacy predicate). */
function verifyDsse(b: ParsedBundle, key: KeyObject, hash: string, legacy: boolean): boolean {
  const env = b.envelope!
  const ok = (alg: string, data: Buffer): boolean => {
    try {
      return cryptoVerify(alg, data, { key, dsaEncoding: 'der' }, env.signature)
    } catch {
      return false
    }
  }
  if (ok(hash, pae(env.payloadType, env.payload))) return true
  return legacy && (ok(hash, paeCompat(env.payloadType, env.payload)) || ok('sha256', paeCompat(env.payloadType, env.payload)))
}

function legacyPredicate(b: ParsedBundle): boolean {
  try {
    return (JSON.parse(b.envelope!.payload.toString('utf8')) as { predicateType?: unknown }).predicateType === 'https://model_signing/Digests/v0.1'
  } catch {
    return false
  }
}

function needEnvelope(b: ParsedBundle, where: string): void {
  if (!b.envelope) throw new SignatureError(`${where} signs a single blob (messageSignature), not a model manifest: it is verified as a cosign bundle over one file`)
}

function verifyWithKey(b: ParsedBundle, where: string, trust: TrustOptions): SignerResult {
  needEnvelope(b, where)
  if (!trust.publicKey) throw new SignatureError(`${where} is signed with a private key: set public-key to the signer's public key (PEM) to verify it`)
  let key: KeyObject
  try {
    key = createPublicKey(trust.publicKey.pem)
  } catch (e) {
    throw new SignatureError(`${trust.publicKey.label} is not a PEM public key (${(e as Error).message})`, { cause: e })
  }
  const hash = hashForKey(key, trust.publicKey.label)
  const m = b.material as Extract<ParsedBundle['material'], { kind: 'key' }>
  const hint = keyHint(key)
  if (m.hint && m.hint !== hint) {
    throw new SignatureError(`${where} was signed by another key (key hint ${m.hint}) than ${trust.publicKey.label} (hint ${hint})`)
  }
  if (!verifyDsse(b, key, hash, legacyPredicate(b))) {
    throw new SignatureError(`${where}: the signature does not verify with ${trust.publicKey.label} (${curveName(key)}, ${hash}): the statement or the signature was changed, or another key signed it`)
  }
  return { method: 'key', signer: `key ${hint.slice(0, 16)}… (${curveName(key)})`, issuer: null, payload: b.envelope!.payload, payloadType: b.envelope!.payloadType, signedAt: null }
}

function parsePems(pem: string, label: string): X509Certificate[] {
  const blocks = pem.match(/-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----/g) ?? []
  if (!blocks.length) throw new SignatureError(`${label} holds no PEM certificate`)
  return blocks.map((p, i) => {
    try {
      return new X509Certificate(p)
    } catch (e) {
      throw new SignatureError(`${label}: certificate ${i + 1} cannot be read (${(e as Error).message})`, { cause: e })
    }
  })
}

const validAt = (c: X509Certificate, t: Date): boolean => new Date(c.validFrom) <= t && t <= new Date(c.validTo)
const selfSigned = (c: X509Certificate): boolean => c.checkIssued(c) && c.verify(c.publicKey)

function verifyWithCertificate(b: ParsedBundle, where: string, trust: TrustOptions): SignerResult {
  needEnvelope(b, where)
  if (!trust.certificateChain) throw new SignatureError(`${where} is signed with a certificate: set certificate-chain to the CA certificate(s) (PEM) you trust`)
  const m = b.material as Extract<ParsedBundle['material'], { kind: 'certificate' }>
  let chain: X509Certificate[]
  try {
    chain = m.chain.map((d) => new X509Certificate(d))
  } catch (e) {
    throw new SignatureError(`${where}: a certificate in the bundle's chain cannot be read (${(e as Error).message})`, { cause: e })
  }
  const trusted = parsePems(trust.certificateChain.pem, trust.certificateChain.label)
  const trustedFp = new Set(trusted.map((c) => c.fingerprint256))
  const leaf = chain[0]
  const at = new Date(leaf.validFrom)
  // Build the path leaf -> ... -> a trusted self-signed certificate, each valid at the signing time.
  const pool = [...chain.slice(1), ...trusted]
  let cur = leaf
  const seen = new Set<string>()
  for (let depth = 0; ; depth++) {
    if (!validAt(cur, at)) {
      throw new SignatureError(`${where}: certificate "${cur.subject.replace(/\n/g, ', ')}" was not valid at signing time ${at.toISOString()} (valid ${new Date(cur.validFrom).toISOString()} to ${new Date(cur.validTo).toISOString()})`)
    }
    if (trustedFp.has(cur.fingerprint256) && selfSigned(cur)) break
    if (depth > 8 || seen.has(cur.fingerprint256)) throw new SignatureError(`${where}: the certificate chain does not end at a certificate in ${trust.certificateChain.label}`)
    seen.add(cur.fingerprint256)
    const parent = pool.find((p) => p.ca && cur.checkIssued(p) && p.fingerprint256 !== cur.fingerprint256 && cur.verify(p.publicKey))
    if (!parent) {
      throw new SignatureError(`${where}: no certificate in the bundle or in ${trust.certificateChain.label} issued "${cur.subject.replace(/\n/g, ', ')}" (issuer "${cur.issuer.replace(/\n/g, ', ')}"): the chain is not trusted`)
    }
    cur = parent
  }
  const ext = SigstoreCert.parse(Buffer.from(m.chain[0]))
  const digitalSignature = ext.extKeyUsage?.digitalSignature === true
  const codeSigning = (leaf.keyUsage ?? []).includes('1.3.6.1.5.5.7.3.3')
  if (!digitalSignature && !codeSigning) throw new SignatureError(`${where}: the signing certificate "${leaf.subject.replace(/\n/g, ', ')}" is not allowed to sign (neither KeyUsage digitalSignature nor ExtendedKeyUsage codeSigning)`)
  const key = leaf.publicKey
  const hash = hashForKey(key, `${where}: the signing certificate's key`)
  if (!verifyDsse(b, key, hash, legacyPredicate(b))) {
    throw new SignatureError(`${where}: the signature does not verify with the signing certificate's key: the statement or the signature was changed`)
  }
  return { method: 'certificate', signer: leaf.subject.replace(/\n/g, ', '), issuer: leaf.issuer.replace(/\n/g, ', '), payload: b.envelope!.payload, payloadType: b.envelope!.payloadType, signedAt: at.toISOString() }
}

/**
 * Keyless verification with sigstore-js. `content` replaces the bundle's signature content: a cosign
 * blob bundle (cosign.ts) passes one whose digest and signature were computed by streaming the file.
 */
async function verifyKeyless(b: ParsedBundle, where: string, trust: TrustOptions, content?: SignedEntity['signature']): Promise<SignerResult & { identity: string }> {
  if (!trust.identity || !trust.issuer) {
    throw new SignatureError(`${where} is a keyless Sigstore signature: set identity (the signer's email or workflow URI) and issuer (the OIDC issuer, e.g. https://token.actions.githubusercontent.com) to verify it`)
  }
  const { bundleFromJSON } = await import('@sigstore/bundle')
  const { toSignedEntity, toTrustMaterial, Verifier } = await import('@sigstore/verify')
  const root = await loadTrustedRoot(trust.trustedRoot)
  let signer
  try {
    const bundle = bundleFromJSON(b.json)
    const entity = toSignedEntity(bundle, content ? Buffer.alloc(0) : undefined)
    if (content) entity.signature = content
    const verifier = new Verifier(toTrustMaterial(root), { tlogThreshold: 1, ctlogThreshold: 1, timestampThreshold: 1 })
    signer = verifier.verify(entity, { extensions: { issuer: trust.issuer } })
  } catch (e) {
    const err = e as Error & { code?: string }
    const what = err.code === 'UNTRUSTED_SIGNER_ERROR' ? `the signer's issuer is not ${trust.issuer}` : `${err.code ? `${err.code}: ` : ''}${err.message}`
    throw new SignatureError(`${where}: keyless verification failed (${what})`, { cause: e })
  }
  const san = signer.identity?.subjectAlternativeName
  if (san !== trust.identity) throw new SignatureError(`${where}: signed by "${san ?? '(no identity)'}", not by the expected identity "${trust.identity}"`)
  const tlog = b.json.verificationMaterial.tlogEntries as { integratedTime?: string }[] | undefined
  const t = tlog?.find((e) => e.integratedTime && e.integratedTime !== '0')?.integratedTime
  return {
    method: 'sigstore',
    signer: san,
    identity: san,
    issuer: trust.issuer,
    payload: b.envelope?.payload ?? Buffer.alloc(0),
    payloadType: b.envelope?.payloadType ?? '',
    signedAt: t ? new Date(Number(t) * 1000).toISOString() : null
  }
}

/** Verifies who signed the bundle and that the signature covers its payload; throws a SignatureError otherwise. */
export async function verifySigner(b: ParsedBundle, where: string, trust: TrustOptions): Promise<SignerResult> {
  switch (b.material.kind) {
    case 'key':
      return verifyWithKey(b, where, trust)
    case 'certificate':
      return verifyWithCertificate(b, where, trust)
    case 'sigstore':
      needEnvelope(b, where)
      return verifyKeyless(b, where, trust)
  }
}

export { verifyKeyless }
