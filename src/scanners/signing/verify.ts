/**
 * Verifies one model (a folder or a single file) against its OpenSSF Model Signing bundle:
 * 1. parse the bundle (bundle.ts): media type, DSSE envelope with exactly one signature;
 * 2. verify the signer and the signature over the payload (signer.ts: key, certificate, keyless);
 * 3. parse the in-toto statement and check its root digest (statement.ts);
 * 4. recompute every file's (or shard's) digest with our hashing engine and compare by name
 *    (manifest.ts): a missing, extra or changed file fails, named with both digests.
 * A bundle holding a messageSignature instead (cosign sign-blob) signs one file: cosign.ts verifies it.
 * The model is never loaded. The result says what was verified, by whom, and every problem.
 */
import { lstat, readFile } from 'node:fs/promises'
import { errorMessage } from '../../engine/errors.js'
import { MAX_BUNDLE_BYTES, parseBundle, SignatureError, type ParsedBundle } from './bundle.js'
import { verifyCosignBlob } from './cosign.js'
import { compareManifests, GIT_PATHS, hashItems, plannedItems, walkModel } from './manifest.js'
import { verifySigner, type Method, type TrustOptions } from './signer.js'
import { parseStatement } from './statement.js'

export type SignatureStatus = 'verified' | 'failed' | 'unsigned' | 'error'

export interface SignatureProblem {
  kind: 'bundle' | 'signature' | 'identity' | 'missing' | 'extra' | 'changed' | 'algorithm' | 'symlink' | 'special' | 'unreadable' | 'config'
  /** The file or shard concerned, relative to the model root. */
  name?: string
  message: string
  signed?: string
  actual?: string
}

/** One model's signature status: what the models gate reports and the AI-BOM reads. */
export interface SignatureVerification {
  /** Workspace-relative path of the model (folder or file). */
  model: string
  /** Workspace-relative path of the bundle. */
  bundle: string
  status: SignatureStatus
  /** oms: an OpenSSF Model Signing manifest (DSSE); cosign: a blob signature over one file (messageSignature). */
  format?: 'oms' | 'cosign'
  method: Method | null
  signer: string | null
  issuer: string | null
  signedAt: string | null
  predicateType: string | null
  serialization: string | null
  hashType: string | null
  rootDigest: string | null
  /** Files or shards whose digests matched. */
  matched: number
  bytesHashed: number
  problems: SignatureProblem[]
}

export interface VerifyModelOptions {
  modelAbs: string
  modelRel: string
  bundleAbs: string
  bundleRel: string
  trust: TrustOptions
  /** Paths (relative to the model) not covered by the signature, besides those it records. */
  ignorePaths?: string[]
  /** Ignore the git paths (.git, .gitattributes, .github, .gitignore) as model_signing does by default. */
  ignoreGitPaths?: boolean
  /** Tolerate files the signature does not list (model_signing's --ignore_unsigned_files). */
  ignoreUnsignedFiles?: boolean
  signal?: AbortSignal
  onBytes?: (n: number) => void
}

const short = (d: string): string => (d.length > 20 ? `${d.slice(0, 12)}…${d.slice(-6)}` : d)

/** Relative path of `abs` inside `root`, POSIX, or null when outside. */
function inside(root: string, abs: string): string | null {
  const rel = abs.startsWith(root + '/') ? abs.slice(root.length + 1) : null
  return rel
}

/** A bundle that could not be trusted: the problem, its kind, and failed (or error for missing trust settings). */
function signerFailure(r: SignatureVerification, o: VerifyModelOptions, e: unknown): SignatureVerification {
  const msg = errorMessage(e)
  const config = /: set (public-key|certificate-chain|identity)/.test(msg)
  const kind: SignatureProblem['kind'] = config ? 'config' : /not by the expected identity|issuer is not/.test(msg) ? 'identity' : /does not verify|keyless verification failed|not trusted|not valid at|not allowed to sign|another key/.test(msg) ? 'signature' : 'bundle'
  r.problems.push(e instanceof SignatureError ? { kind, message: msg } : { kind: 'bundle', message: `${o.bundleRel}: ${msg}` })
  r.status = e instanceof SignatureError && !config ? 'failed' : 'error'
  return r
}

/** A cosign blob bundle (messageSignature) over a single-file model: cosign.ts. */
async function verifyCosign(bundle: ParsedBundle, o: VerifyModelOptions, r: SignatureVerification): Promise<SignatureVerification> {
  r.format = 'cosign'
  const st = await lstat(o.modelAbs)
  if (!st.isFile()) {
    r.problems.push({
      kind: st.isSymbolicLink() ? 'symlink' : 'bundle',
      name: '.',
      message: st.isSymbolicLink()
        ? `${o.modelRel} is a symbolic link: it was not followed, so the cosign signature ${o.bundleRel} cannot be verified`
        : `${o.bundleRel} is a cosign blob signature (messageSignature over one file), but ${o.modelRel} is a folder; sign folders with ai-secure-gates sign or model_signing`
    })
    r.status = 'failed'
    return r
  }
  try {
    const c = await verifyCosignBlob(bundle, { fileAbs: o.modelAbs, fileRel: o.modelRel, bundleRel: o.bundleRel, trust: o.trust, signal: o.signal, onBytes: o.onBytes })
    Object.assign(r, { method: c.method, signer: c.signer, issuer: c.issuer, signedAt: c.signedAt, hashType: c.algorithm, rootDigest: c.signedDigest ?? c.actualDigest, bytesHashed: c.bytes, serialization: 'blob' })
    if (c.changed) {
      r.problems.push({ kind: 'changed', name: '.', signed: c.signedDigest!, actual: c.actualDigest, message: `${o.modelRel} changed since it was signed: signed ${c.algorithm} ${c.signedDigest}, now ${c.actualDigest}` })
      r.status = 'failed'
      return r
    }
    r.matched = 1
    r.status = 'verified'
    return r
  } catch (e) {
    if (o.signal?.aborted) {
      r.problems.push({ kind: 'unreadable', name: '.', message: `verifying ${o.modelRel} was stopped before it was hashed` })
      r.status = 'error'
      return r
    }
    if ((e as NodeJS.ErrnoException).code && !(e instanceof SignatureError)) {
      r.problems.push({ kind: 'unreadable', name: '.', message: `${o.modelRel} could not be read: ${errorMessage(e)}` })
      r.status = 'error'
      return r
    }
    return signerFailure(r, o, e)
  }
}

export async function verifyModel(o: VerifyModelOptions): Promise<SignatureVerification> {
  const r: SignatureVerification = {
    model: o.modelRel,
    bundle: o.bundleRel,
    status: 'error',
    format: 'oms',
    method: null,
    signer: null,
    issuer: null,
    signedAt: null,
    predicateType: null,
    serialization: null,
    hashType: null,
    rootDigest: null,
    matched: 0,
    bytesHashed: 0,
    problems: []
  }
  const fail = (p: SignatureProblem, status: SignatureStatus = 'failed'): SignatureVerification => {
    r.problems.push(p)
    r.status = status
    return r
  }
  // The bundle.
  let text: string
  try {
    const st = await lstat(o.bundleAbs)
    if (st.isSymbolicLink()) return fail({ kind: 'bundle', message: `${o.bundleRel} is a symbolic link; it was not followed` })
    if (!st.isFile()) return fail({ kind: 'bundle', message: `${o.bundleRel} is not a regular file` })
    if (st.size > MAX_BUNDLE_BYTES) return fail({ kind: 'bundle', message: `${o.bundleRel} is ${st.size} bytes, over the ${MAX_BUNDLE_BYTES / 1024 / 1024} MiB bound for a signature bundle` })
    text = await readFile(o.bundleAbs, 'utf8')
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') {
      r.status = 'unsigned'
      r.problems.push({ kind: 'bundle', message: `${o.modelRel} has no signature: ${o.bundleRel} does not exist` })
      return r
    }
    return fail({ kind: 'bundle', message: `${o.bundleRel} cannot be read: ${errorMessage(e)}` }, 'error')
  }
  let manifest
  try {
    const bundle = parseBundle(text, o.bundleRel)
    if (bundle.messageSignature) return await verifyCosign(bundle, o, r)
    const signer = await verifySigner(bundle, o.bundleRel, o.trust)
    r.method = signer.method
    r.signer = signer.signer
    r.issuer = signer.issuer
    r.signedAt = signer.signedAt
    manifest = parseStatement(signer.payload, signer.payloadType, o.bundleRel)
  } catch (e) {
    return signerFailure(r, o, e)
  }
  r.predicateType = manifest.predicateType
  r.serialization = manifest.serialization.method
  r.hashType = manifest.serialization.hashType
  r.rootDigest = manifest.rootDigest
  // The model as it is now.
  const ignored = [...manifest.serialization.ignorePaths, ...(o.ignorePaths ?? []), ...(o.ignoreGitPaths === false ? [] : GIT_PATHS)]
  const sigInside = inside(o.modelAbs, o.bundleAbs)
  if (sigInside) ignored.push(sigInside)
  let walk
  try {
    walk = await walkModel(o.modelAbs, ignored)
  } catch (e) {
    return fail({ kind: 'unreadable', message: `${o.modelRel} cannot be listed: ${errorMessage(e)}` }, 'error')
  }
  for (const s of walk.symlinks) r.problems.push({ kind: 'symlink', name: s, message: `${o.modelRel}/${s} is a symbolic link inside the model: it was not followed, so the model cannot be verified` })
  for (const s of walk.special) r.problems.push({ kind: 'special', name: s, message: `${o.modelRel}/${s} is not a regular file (FIFO, socket or device): it was not hashed` })
  if (walk.truncated) return fail({ kind: 'unreadable', message: `${o.modelRel} holds more than ${walk.files.length} files; it was not verified` }, 'error')
  const planned = plannedItems(walk.files, manifest.serialization)
  if (manifest.predicateType.endsWith('/Digests/v0.1')) for (const p of planned) p.algorithm = 'sha256'
  const hashed = await hashItems(o.modelAbs, planned, manifest.serialization, {
    signal: o.signal,
    onItem: (n) => {
      r.bytesHashed += n
      o.onBytes?.(n)
    }
  })
  if (o.signal?.aborted) return fail({ kind: 'unreadable', message: `verifying ${o.modelRel} was stopped before every file was hashed` }, 'error')
  const diff = compareManifests(manifest.items, hashed)
  r.matched = diff.matched
  const label = (n: string): string => (n === '.' || n.startsWith('.:') ? `${o.modelRel}${n.slice(1)}` : `${o.modelRel}/${n}`)
  for (const m of diff.missing) r.problems.push({ kind: 'missing', name: m.name, signed: m.signed, message: `${label(m.name)} is signed (digest ${short(m.signed)}) but missing from the model` })
  if (!o.ignoreUnsignedFiles) for (const x of diff.extra) r.problems.push({ kind: 'extra', name: x.name, actual: x.actual, message: `${label(x.name)} (digest ${short(x.actual)}) is not covered by the signature` })
  for (const c of diff.changed) r.problems.push({ kind: 'changed', name: c.name, signed: c.signed, actual: c.actual, message: `${label(c.name)} changed since it was signed: signed ${c.algorithm} ${c.signed}, now ${c.actual}` })
  for (const a of diff.algorithm) r.problems.push({ kind: 'algorithm', name: a.name, message: `${label(a.name)} is signed with digest algorithm "${a.signed}", but the statement's serialization gives "${a.expected}"` })
  for (const u of diff.unreadable) r.problems.push({ kind: 'unreadable', name: u.name, message: `${label(u.name)} could not be hashed: ${u.error}` })
  const failing = r.problems.filter((p) => p.kind !== 'unreadable' && p.kind !== 'special')
  r.status = failing.length ? 'failed' : r.problems.length ? 'error' : 'verified'
  return r
}
