import { z } from 'zod'
import { SEVERITIES } from '../../engine/types.js'

/** Who may have signed: the trust settings an entry or the whole block sets. */
const trustShape = {
  'public-key': z.string().min(1).optional().describe('Signed with a key (model_signing or cosign): the signer\'s EC public key (PEM file such as cosign.pub, workspace-relative; P-256, P-384 or P-521).'),
  'certificate-chain': z.string().min(1).optional().describe('Signed with a certificate: PEM file of the CA certificate(s) you trust (the root, and intermediates if the bundle lacks them).'),
  identity: z.string().min(1).optional().describe('Keyless (Sigstore): the exact signer identity in the certificate, an email or a workflow URI such as https://github.com/org/repo/.github/workflows/sign.yml@refs/heads/main.'),
  issuer: z.string().min(1).optional().describe('Keyless (Sigstore): the exact OIDC issuer, e.g. https://token.actions.githubusercontent.com or https://accounts.google.com.'),
  'trusted-root': z.string().min(1).optional().describe('Keyless: a Sigstore trusted_root.json (or model_signing trust config) for a private Sigstore instance. Default: the public-good root embedded in the action (verified offline).')
}

export const signatureEntrySchema = z.strictObject({
  path: z.string().min(1).describe('The model: a folder (every file under it is covered) or a single file, workspace-relative.'),
  signature: z.string().min(1).optional().describe('The bundle: an OpenSSF Model Signing bundle, or for a single file a cosign blob bundle (cosign sign-blob --bundle). Default: model.sig inside the folder; next to a single file, <file>.sig, or <file>.sigstore.json when only that exists.'),
  'ignore-paths': z.array(z.string().min(1)).default([]).describe('Paths inside the model (relative to it) that the signature does not cover, besides those the signature records and the git files.'),
  'ignore-unsigned-files': z.boolean().default(false).describe('Tolerate files the signature does not list (model_signing --ignore_unsigned_files). Default: an extra file fails.'),
  ...trustShape
})

export const signaturesConfigSchema = z
  .strictObject({
    models: z
      .array(signatureEntrySchema)
      .default([])
      .describe('The signed models. Default: every folder holding a model.sig, and every file with a cosign bundle <file>.sigstore.json next to it, under gates.models.paths (or models/).'),
    unsigned: z.enum(SEVERITIES).default('high').describe('Severity of a model without a signature (a listed model whose bundle is missing, or, with require-all, a model file outside every signed model).'),
    'require-all': z.boolean().default(true).describe('Every model file the gate finds must lie inside a signed model; each one that does not is an unsigned finding.'),
    ...trustShape
  })
  .describe('Verify OpenSSF Model Signing (model_signing) signatures (key, certificate or keyless Sigstore bundles; every file digest recomputed) and cosign blob bundles over single files (key or keyless). See docs/gates/signatures.md.')

export type SignaturesConfig = z.infer<typeof signaturesConfigSchema>
export type SignatureEntry = z.infer<typeof signatureEntrySchema>
