/**
 * Keyless signing through Sigstore (sigstore-js's @sigstore/sign): an OIDC identity token (in
 * GitHub Actions the workflow's own, with `permissions: id-token: write`), an ephemeral key
 * certified by Fulcio, and the DSSE envelope logged in Rekor. The bundle is a Sigstore bundle v0.3
 * with the Fulcio certificate, as model_signing's `sign sigstore` writes it.
 *
 * The network calls (token, Fulcio, Rekor) go to the URLs given (public-good by default); tests
 * point them at local doubles.
 */
import { SignatureError } from './bundle.js'

export interface KeylessOptions {
  fulcioURL?: string
  rekorURL?: string
  /** Returns an OIDC identity token; default: the GitHub Actions token (audience "sigstore"). */
  identityToken?: () => Promise<string>
  timeoutMs?: number
}

/** True when the GitHub Actions OIDC token can be requested (the job has id-token: write). */
export function githubOidcAvailable(env: NodeJS.ProcessEnv = process.env): boolean {
  return !!env.ACTIONS_ID_TOKEN_REQUEST_URL && !!env.ACTIONS_ID_TOKEN_REQUEST_TOKEN
}

/** A signer for sign.ts's `{ kind: 'keyless' }`: returns the bundle as JSON. */
export async function keylessSigner(o: KeylessOptions = {}): Promise<(payload: Buffer, payloadType: string) => Promise<Record<string, unknown>>> {
  if (!o.identityToken && !githubOidcAvailable()) {
    throw new SignatureError(
      'keyless signing needs an OIDC identity token: run it in GitHub Actions with `permissions: id-token: write` (ACTIONS_ID_TOKEN_REQUEST_URL is not set here), or sign with a key (--key)'
    )
  }
  const { DSSEBundleBuilder, FulcioSigner, RekorWitness, CIContextProvider } = await import('@sigstore/sign')
  const { bundleToJSON } = await import('@sigstore/bundle')
  const identityProvider = o.identityToken ? { getToken: o.identityToken } : new CIContextProvider('sigstore')
  const timeout = o.timeoutMs ?? 30_000
  const builder = new DSSEBundleBuilder({
    signer: new FulcioSigner({ identityProvider, fulcioBaseURL: o.fulcioURL ?? 'https://fulcio.sigstore.dev', timeout, retry: 2 }),
    witnesses: [new RekorWitness({ rekorBaseURL: o.rekorURL ?? 'https://rekor.sigstore.dev', entryType: 'dsse', timeout, retry: 2 })]
  })
  return async (payload, payloadType) => {
    try {
      const b = await builder.create({ data: payload, type: payloadType })
      return bundleToJSON(b) as unknown as Record<string, unknown>
    } catch (e) {
      // sigstore-js quotes the identity token in some messages: never print it.
      throw new SignatureError(`keyless signing failed: ${(e as Error).message.replace(/eyJ[\w-]*\.[\w-]*\.[\w-]*/g, '[identity token]')}`)
    }
  }
}
