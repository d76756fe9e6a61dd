/**
 * Reading a model signature: a Sigstore bundle (JSON) holding a DSSE envelope, as OpenSSF Model
 * Signing (`model_signing`) writes it. Only parsing and classification happen here; nothing is
 * trusted yet (verify.ts does that).
 *
 * The signer's material says the method:
 * - `publicKey` (a hint, or the pre-1.1 `rawBytes`): signed with a private key;
 * - `x509CertificateChain`: signed with a certificate (leaf first), which the Sigstore bundle spec
 *   does not allow in v0.3 bundles, so sigstore-js refuses it and we parse it ourselves;
 * - `certificate`: keyless Sigstore (Fulcio certificate, Rekor entry), verified by sigstore-js.
 */
import { z } from 'zod'
import { GatesError } from '../../engine/errors.js'

export const OMS_MEDIA_TYPE = 'application/vnd.dev.sigstore.bundle.v0.3+json'
/** Every Sigstore bundle media type sigstore-js reads (keyless and cosign bundles may use older ones). */
const SIGSTORE_MEDIA_TYPES = [
  'application/vnd.dev.sigstore.bundle+json;version=0.1',
  'application/vnd.dev.sigstore.bundle+json;version=0.2',
  'application/vnd.dev.sigstore.bundle+json;version=0.3',
  OMS_MEDIA_TYPE
]
export const IN_TOTO_PAYLOAD_TYPE = 'application/vnd.in-toto+json'
/** Largest bundle read (a sharded 5 TB model lists ~5000 shards: well under this). */
export const MAX_BUNDLE_BYTES = 64 * 1024 * 1024

/** A signature that cannot be read or trusted; the message names the file and what is wrong. */
export class SignatureError extends GatesError {
  constructor(message: string, options?: { cause?: unknown }) {
    super('INPUT', message, options)
  }
}

const b64 = z.string().regex(/^[A-Za-z0-9+/_-]*={0,2}$/, 'base64')

const bundleSchema = z.looseObject({
  mediaType: z.string(),
  verificationMaterial: z.looseObject({
    publicKey: z.looseObject({ hint: z.string().nullish(), rawBytes: b64.optional(), keyDetails: z.string().optional() }).optional(),
    x509CertificateChain: z.looseObject({ certificates: z.array(z.looseObject({ rawBytes: b64 })).min(1) }).optional(),
    certificate: z.looseObject({ rawBytes: b64 }).optional(),
    tlogEntries: z.array(z.unknown()).optional(),
    timestampVerificationData: z.unknown().optional()
  }),
  dsseEnvelope: z
    .looseObject({
      payload: b64,
      payloadType: z.string(),
      signatures: z.array(z.looseObject({ sig: b64, keyid: z.string().nullish() }))
    })
    .optional(),
  messageSignature: z.looseObject({ messageDigest: z.looseObject({ algorithm: z.string(), digest: b64 }).optional(), signature: b64 }).optional()
})

export type RawBundle = z.infer<typeof bundleSchema>

export type SignerMaterial =
  | { kind: 'key'; hint: string | null; rawBytes: Buffer | null; keyDetails: string | null }
  | { kind: 'certificate'; chain: Buffer[] }
  | { kind: 'sigstore'; certificate: Buffer }

export interface ParsedBundle {
  /** The JSON as read (for sigstore-js). */
  json: RawBundle
  mediaType: string
  material: SignerMaterial
  /** Present for DSSE bundles (every OMS bundle). */
  envelope: { payload: Buffer; payloadType: string; signature: Buffer } | null
  /** Present for cosign's blob signatures. */
  messageSignature: { signature: Buffer; digest: Buffer | null; algorithm: string | null } | null
}

const fromB64 = (s: string): Buffer => Buffer.from(s, s.includes('-') || s.includes('_') ? 'base64url' : 'base64')

/** Parses a bundle's text; `where` names the file in every message. */
export function parseBundle(text: string, where: string): ParsedBundle {
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch (e) {
    throw new SignatureError(`${where} is not JSON (${(e as Error).message}); a model signature is a Sigstore bundle written by model_signing, cosign or ai-secure-gates sign`, { cause: e })
  }
  const r = bundleSchema.safeParse(json)
  if (!r.success) {
    const i = r.error.issues[0]
    throw new SignatureError(`${where} is not a Sigstore bundle: ${i.path.join('.') || '(top level)'}: ${i.message}`)
  }
  const b = r.data
  if (!SIGSTORE_MEDIA_TYPES.includes(b.mediaType)) {
    throw new SignatureError(`${where} has media type "${b.mediaType}", not a Sigstore bundle (${OMS_MEDIA_TYPE} for model signatures)`)
  }
  const vm = b.verificationMaterial
  const kinds = [vm.publicKey && 'publicKey', vm.x509CertificateChain && 'x509CertificateChain', vm.certificate && 'certificate'].filter(Boolean)
  if (kinds.length !== 1) {
    throw new SignatureError(`${where}: verificationMaterial must hold exactly one of publicKey, x509CertificateChain or certificate (found ${kinds.length ? kinds.join(', ') : 'none'})`)
  }
  let material: SignerMaterial
  if (vm.publicKey) {
    material = { kind: 'key', hint: vm.publicKey.hint || null, rawBytes: vm.publicKey.rawBytes ? fromB64(vm.publicKey.rawBytes) : null, keyDetails: vm.publicKey.keyDetails ?? null }
  } else if (vm.x509CertificateChain) {
    material = { kind: 'certificate', chain: vm.x509CertificateChain.certificates.map((c) => fromB64(c.rawBytes)) }
  } else {
    material = { kind: 'sigstore', certificate: fromB64(vm.certificate!.rawBytes) }
  }
  if (!!b.dsseEnvelope === !!b.messageSignature) {
    throw new SignatureError(`${where}: a bundle holds exactly one of dsseEnvelope or messageSignature (found ${b.dsseEnvelope ? 'both' : 'neither'})`)
  }
  let envelope: ParsedBundle['envelope'] = null
  if (b.dsseEnvelope) {
    const sigs = b.dsseEnvelope.signatures
    if (sigs.length !== 1) {
      throw new SignatureError(`${where}: the DSSE envelope holds ${sigs.length} signatures; a model signature has exactly one (a second signature is not verified by anyone and is refused)`)
    }
    envelope = { payload: fromB64(b.dsseEnvelope.payload), payloadType: b.dsseEnvelope.payloadType, signature: fromB64(sigs[0].sig) }
  }
  const ms = b.messageSignature
  return {
    json: b,
    mediaType: b.mediaType,
    material,
    envelope,
    messageSignature: ms ? { signature: fromB64(ms.signature), digest: ms.messageDigest ? fromB64(ms.messageDigest.digest) : null, algorithm: ms.messageDigest?.algorithm ?? null } : null
  }
}

/** DSSE v1 pre-authentication encoding: what a DSSE signature signs. */
export function pae(payloadType: string, payload: Buffer): Buffer {
  const type = Buffer.from(payloadType, 'utf8')
  return Buffer.concat([Buffer.from(`DSSEv1 ${type.length} `), type, Buffer.from(` ${payload.length} `), payload])
}

/** Python's repr() of a bytes object (b'...'), as model_signing 0.2 put it into its PAE by mistake. */
function pythonBytesRepr(data: Buffer): string {
  const hasSingle = data.includes(0x27)
  const quote = hasSingle && !data.includes(0x22) ? '"' : "'"
  let out = 'b' + quote
  for (const c of data) {
    if (c === 0x5c) out += '\\\\'
    else if (c === quote.charCodeAt(0)) out += '\\' + quote
    else if (c === 0x09) out += '\\t'
    else if (c === 0x0a) out += '\\n'
    else if (c === 0x0d) out += '\\r'
    else if (c < 0x20 || c >= 0x7f) out += '\\x' + c.toString(16).padStart(2, '0')
    else out += String.fromCharCode(c)
  }
  return out + quote
}

/** The PAE of model_signing 0.2 ("DSSEV1", the payload's Python repr), verified only for the legacy predicate. */
export function paeCompat(payloadType: string, payload: Buffer): Buffer {
  return Buffer.from(`DSSEV1 ${payloadType.length} ${payloadType} ${payload.length} ${pythonBytesRepr(payload)}`, 'utf8')
}
