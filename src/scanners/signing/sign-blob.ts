/**
 * Signing one file the way `cosign sign-blob --key --bundle` does: a Sigstore bundle v0.3 whose
 * `messageSignature` holds the file's digest and an ECDSA signature over the file's bytes (the
 * curve's hash: SHA-256 for P-256, cosign's default key). `cosign verify-blob --key` and the models
 * gate accept it. The file is streamed (bounded memory); no transparency-log entry is made.
 */
import { createHash, createPrivateKey, createPublicKey, createSign, type KeyObject } from 'node:crypto'
import { createReadStream } from 'node:fs'
import { lstat } from 'node:fs/promises'
import { OMS_MEDIA_TYPE, SignatureError } from './bundle.js'
import { hashForKey } from './signer.js'

const SIGSTORE_NAME: Record<string, string> = { sha256: 'SHA2_256', sha384: 'SHA2_384', sha512: 'SHA2_512' }

export interface BlobSignResult {
  bundle: Record<string, unknown>
  /** Hex digest of the file, with its algorithm. */
  digest: string
  algorithm: string
}

export async function signBlob(fileAbs: string, privateKeyPem: string, password: string | undefined, label: string, signal?: AbortSignal): Promise<BlobSignResult> {
  const st = await lstat(fileAbs)
  if (!st.isFile()) throw new SignatureError(`${fileAbs}: a cosign signature covers one regular file${st.isDirectory() ? '; sign a folder in the default (model_signing) format' : ''}`)
  let key: KeyObject
  try {
    key = createPrivateKey({ key: privateKeyPem, format: 'pem', ...(password ? { passphrase: password } : {}) })
  } catch (e) {
    throw new SignatureError(`${label} is not a readable PEM private key (${(e as Error).message})${password ? '' : '; if it is encrypted, give its password'}`, { cause: e })
  }
  const pub = createPublicKey(key)
  const algorithm = hashForKey(pub, label)
  // cosign's key hint: base64 SHA-256 of the DER SubjectPublicKeyInfo.
  const hint = createHash('sha256').update(pub.export({ type: 'spki', format: 'der' })).digest('base64')
  const hash = createHash(algorithm)
  const signer = createSign(algorithm)
  for await (const chunk of createReadStream(fileAbs, { highWaterMark: 1024 * 1024, signal }) as AsyncIterable<Buffer>) {
    hash.update(chunk)
    signer.update(chunk)
  }
  const digest = hash.digest()
  const signature = signer.sign({ key, dsaEncoding: 'der' })
  return {
    bundle: {
      mediaType: OMS_MEDIA_TYPE,
      verificationMaterial: { publicKey: { hint }, tlogEntries: [] },
      messageSignature: { messageDigest: { algorithm: SIGSTORE_NAME[algorithm], digest: digest.toString('base64') }, signature: signature.toString('base64') }
    },
    digest: digest.toString('hex'),
    algorithm
  }
}
