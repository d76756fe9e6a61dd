/**
 * The Sigstore trusted root for keyless verification, offline: the public-good root embedded in
 * @sigstore/tuf (its seeds.json, checked into the package at build time), or a trusted_root.json
 * the user supplies (a private Sigstore instance, or a newer root). model_signing's
 * `--trust_config` files (a ClientTrustConfig holding `trustedRoot`) are accepted too.
 */
import type { TrustedRoot } from '@sigstore/protobuf-specs'
import { SignatureError } from './bundle.js'

const PUBLIC_GOOD = 'https://tuf-repo-cdn.sigstore.dev'

type Seeds = Record<string, { targets: Record<string, string> }>

/** The embedded public-good trusted_root.json (text). */
export async function publicGoodRootJson(): Promise<string> {
  const mod = (await import('@sigstore/tuf/seeds.json', { with: { type: 'json' } })) as { default: Seeds }
  const b64 = mod.default[PUBLIC_GOOD]?.targets['trusted_root.json']
  if (!b64) throw new SignatureError('the Sigstore public-good trusted root is missing from @sigstore/tuf: reinstall the action, or set trusted-root')
  return Buffer.from(b64, 'base64').toString('utf8')
}

export async function loadTrustedRoot(user?: { json: string; label: string }): Promise<TrustedRoot> {
  const { TrustedRoot } = await import('@sigstore/protobuf-specs')
  const text = user ? user.json : await publicGoodRootJson()
  const label = user ? user.label : 'the embedded public-good trusted root'
  let json: Record<string, unknown>
  try {
    json = JSON.parse(text) as Record<string, unknown>
  } catch (e) {
    throw new SignatureError(`${label} is not JSON (${(e as Error).message})`, { cause: e })
  }
  if (json && typeof json === 'object' && 'trustedRoot' in json) json = json.trustedRoot as Record<string, unknown>
  try {
    const root = TrustedRoot.fromJSON(json)
    if (!root.certificateAuthorities.length && !root.tlogs.length) throw new Error('it lists no certificate authority and no transparency log')
    return root
  } catch (e) {
    throw new SignatureError(`${label} is not a Sigstore trusted root (${(e as Error).message})`, { cause: e })
  }
}
