/**
 * Signing models, shared by `ai-secure-gates sign` (src/cli/sign.ts) and the action's `mode: sign`:
 * each model folder or file gets an OpenSSF Model Signing bundle (default: model.sig inside the
 * folder, <file>.sig next to a file), signed with a key, a key and certificate, or keyless
 * (GitHub Actions OIDC, Fulcio, Rekor).
 */
import { readFile, stat, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { ConfigError, errorMessage } from '../engine/errors.js'
import type { Logger } from '../engine/logger.js'
import { keylessSigner, type KeylessOptions } from '../scanners/signing/keyless.js'
import { signModel, type SignWith } from '../scanners/signing/sign.js'
import { signBlob } from '../scanners/signing/sign-blob.js'
import type { HashType } from '../scanners/signing/statement.js'

export interface SignRequest {
  /** Model folders or files (absolute). */
  models: string[]
  /** Bundle path for a single model (absolute); default model.sig / <file>.sig. */
  signature?: string
  key?: { pem: string; password?: string; label: string }
  certificate?: { pem: string; chainPem?: string }
  keyless?: KeylessOptions
  hashType?: HashType
  shards?: number
  ignorePaths?: string[]
  ignoreGitPaths?: boolean
  /** oms (default): an OpenSSF Model Signing bundle; cosign: a cosign blob bundle over one file (key only). */
  format?: 'oms' | 'cosign'
}

export interface Signed {
  model: string
  bundle: string
  files: number
  rootDigest: string
}

export async function defaultBundlePath(model: string, format: 'oms' | 'cosign' = 'oms'): Promise<string> {
  const st = await stat(model)
  if (format === 'cosign') return `${model}.sigstore.json`
  return st.isDirectory() ? path.join(model, 'model.sig') : `${model}.sig`
}

export async function signModels(req: SignRequest, log: Logger): Promise<Signed[]> {
  if (!req.models.length) throw new ConfigError('INPUT', 'nothing to sign: give one or more model folders or files')
  if (req.signature && req.models.length > 1) throw new ConfigError('INPUT', 'a signature path can be given only when signing one model')
  if (req.key && req.keyless) throw new ConfigError('INPUT', 'sign either with a key or keyless, not both')
  if (req.format === 'cosign') return signBlobs(req, log)
  let w: SignWith
  if (req.key && req.certificate) w = { kind: 'certificate', privateKeyPem: req.key.pem, password: req.key.password, certificatePem: req.certificate.pem, chainPem: req.certificate.chainPem, label: req.key.label }
  else if (req.key) w = { kind: 'key', privateKeyPem: req.key.pem, password: req.key.password, label: req.key.label }
  else w = { kind: 'keyless', sign: await keylessSigner(req.keyless) }
  const out: Signed[] = []
  for (const model of req.models) {
    let bundle: string
    try {
      bundle = req.signature ?? (await defaultBundlePath(model))
    } catch (e) {
      throw new ConfigError('INPUT', `${model} cannot be signed: ${errorMessage(e)}`, { cause: e })
    }
    const r = await signModel(
      { modelAbs: model, bundleAbs: bundle, hashType: req.hashType, method: req.shards ? 'shards' : 'files', shardSize: req.shards, ignorePaths: req.ignorePaths, ignoreGitPaths: req.ignoreGitPaths },
      w
    )
    await writeFile(bundle, JSON.stringify(r.bundle) + '\n')
    log.info(`signed ${model}: ${r.files} file${r.files === 1 ? '' : 's'}, root digest sha256:${r.rootDigest} -> ${bundle}`)
    out.push({ model, bundle, files: r.files, rootDigest: r.rootDigest })
  }
  return out
}

/** --format cosign: one cosign blob bundle per file, signed with a key (scanners/signing/sign-blob.ts). */
async function signBlobs(req: SignRequest, log: Logger): Promise<Signed[]> {
  if (!req.key || req.certificate) throw new ConfigError('INPUT', 'the cosign format signs with a key only (--key, no --certificate); for keyless signing use the default format or cosign itself')
  const out: Signed[] = []
  for (const model of req.models) {
    let bundle: string
    try {
      bundle = req.signature ?? (await defaultBundlePath(model, 'cosign'))
    } catch (e) {
      throw new ConfigError('INPUT', `${model} cannot be signed: ${errorMessage(e)}`, { cause: e })
    }
    const r = await signBlob(model, req.key.pem, req.key.password, req.key.label)
    await writeFile(bundle, JSON.stringify(r.bundle) + '\n')
    log.info(`signed ${model} (cosign blob bundle): ${r.algorithm}:${r.digest} -> ${bundle}`)
    out.push({ model, bundle, files: 1, rootDigest: r.digest })
  }
  return out
}

/** Reads a key given as PEM text or as a path to a PEM file. */
export async function readPem(value: string, base: string, what: string): Promise<{ pem: string; label: string }> {
  if (value.includes('-----BEGIN')) return { pem: value, label: what }
  try {
    return { pem: await readFile(path.resolve(base, value), 'utf8'), label: value }
  } catch (e) {
    throw new ConfigError('INPUT', `${what}: ${value} cannot be read (${errorMessage(e)})`, { cause: e })
  }
}

/**
 * The action's `mode: sign`: signs `sign-models` with `signing-key` (a PEM secret) or keyless, and
 * sets the `signatures` and `status` outputs. Returns the exit status (0 signed, 2 error).
 */
export async function runSignMode(
  inputs: { 'sign-models': string[]; 'signing-key': string; 'signing-key-password': string },
  workspace: string,
  io: { log: Logger; setOutput: (name: string, value: string) => void; setSecret: (v: string) => void }
): Promise<number> {
  try {
    if (inputs['signing-key']) io.setSecret(inputs['signing-key'])
    if (inputs['signing-key-password']) io.setSecret(inputs['signing-key-password'])
    const { resolveInside } = await import('../engine/paths.js')
    const models = inputs['sign-models'].map((m) => resolveInside(workspace, m, 'sign-models'))
    if (!models.length) throw new ConfigError('INPUT', 'mode: sign needs sign-models: the model folders or files to sign, one per line')
    const key = inputs['signing-key'] ? { pem: inputs['signing-key'], password: inputs['signing-key-password'] || undefined, label: 'the signing-key input' } : undefined
    if (key && !key.pem.includes('-----BEGIN')) throw new ConfigError('INPUT', 'signing-key must be the PEM text of an EC private key (for example ${{ secrets.MODEL_SIGNING_KEY }}), not a path')
    const signed = await signModels({ models, key, keyless: key ? undefined : {} }, io.log)
    io.setOutput('signatures', signed.map((s) => path.relative(workspace, s.bundle).split(path.sep).join('/')).join('\n'))
    io.setOutput('status', 'pass')
    return 0
  } catch (e) {
    io.log.error(`mode: sign: ${errorMessage(e)}`)
    io.setOutput('status', 'error')
    return 2
  }
}
