/**
 * The models gate's `signatures:` block: which models to verify and with what trust, turned into
 * findings, checks and a summary table. The verification itself is scanners/signing/verify.ts.
 *
 * Each verified model gets a check `{ name: 'signature', target: <model path>, details: <SignatureVerification> }`:
 * that is where the AI-BOM (and anyone reading the JSON report) finds each model's signature status.
 */
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { errorMessage } from '../../engine/errors.js'
import { realInside, resolveInside, statOrNull, walkFiles } from '../../engine/paths.js'
import type { Check, FindingInput, GateContext, SummaryTable } from '../../engine/types.js'
import type { TrustOptions } from '../../scanners/signing/signer.js'
import { verifyModel, type SignatureVerification } from '../../scanners/signing/verify.js'
import type { ModelsConfig } from './config.js'
import type { SignatureEntry, SignaturesConfig } from './signatures-config.js'

export interface SignatureOutcome {
  findings: FindingInput[]
  checks: Check[]
  errors: string[]
  table: SummaryTable | null
  results: SignatureVerification[]
  summary: string
}

const HELP = { text: 'Model signatures: OpenSSF Model Signing bundles (every file digest recomputed) and cosign blob bundles over single files.', uri: 'docs/gates/signatures.md' }

async function readTrustFile(ws: string, rel: string, key: string): Promise<{ pem: string; label: string }> {
  const abs = await realInside(ws, rel, key).catch((e: NodeJS.ErrnoException) => {
    if (e.code === 'ENOENT') throw new Error(`${key}: "${rel}" does not exist in the workspace; fix the path`)
    throw e
  })
  return { pem: await readFile(abs, 'utf8'), label: rel }
}

async function trustFor(ws: string, e: SignatureEntry, c: SignaturesConfig, where: string): Promise<TrustOptions> {
  const pick = <K extends 'public-key' | 'certificate-chain' | 'identity' | 'issuer' | 'trusted-root'>(k: K): string | undefined => e[k] ?? c[k]
  const t: TrustOptions = { identity: pick('identity'), issuer: pick('issuer') }
  const pk = pick('public-key')
  const cc = pick('certificate-chain')
  const tr = pick('trusted-root')
  if (pk) t.publicKey = await readTrustFile(ws, pk, `${where}.public-key`)
  if (cc) t.certificateChain = await readTrustFile(ws, cc, `${where}.certificate-chain`)
  if (tr) {
    const f = await readTrustFile(ws, tr, `${where}.trusted-root`)
    t.trustedRoot = { json: f.pem, label: f.label }
  }
  return t
}

/**
 * The models to verify: the configured list, or every folder holding a model.sig under the gate's
 * paths, and every file F with a cosign bundle F.sigstore.json next to it.
 */
async function entriesFor(ctx: GateContext<ModelsConfig>, c: SignaturesConfig): Promise<SignatureEntry[]> {
  if (c.models.length) return c.models
  const include = ctx.config.paths ?? ['models']
  const walk = await walkFiles(ctx.workspace, { include, exclude: ctx.config.exclude, maxFiles: 200_000 })
  const entry = (p: string): SignatureEntry => ({ path: p, 'ignore-paths': [], 'ignore-unsigned-files': false })
  const all = new Set(walk.files)
  const folders = walk.files.filter((f) => path.posix.basename(f) === 'model.sig').map((f) => path.posix.dirname(f))
  const inFolder = (f: string): boolean => folders.some((d) => d === '.' || f.startsWith(d + '/'))
  const blobs = walk.files.filter((f) => f.endsWith(COSIGN_SUFFIX) && all.has(f.slice(0, -COSIGN_SUFFIX.length)) && !inFolder(f)).map((f) => f.slice(0, -COSIGN_SUFFIX.length))
  return [...folders, ...blobs].map(entry)
}

/** The bundle name cosign's documentation uses for `cosign sign-blob --bundle`, and `sign --format cosign` writes. */
const COSIGN_SUFFIX = '.sigstore.json'

/** model.sig inside a folder; next to a file, <file>.sig, or <file>.sigstore.json when only that exists. */
async function defaultBundle(ws: string, modelRel: string, isDir: boolean): Promise<string> {
  if (isDir) return path.posix.join(modelRel, 'model.sig')
  const sig = `${modelRel}.sig`
  const cosign = `${modelRel}${COSIGN_SUFFIX}`
  if (!(await statOrNull(path.join(ws, sig))) && (await statOrNull(path.join(ws, cosign)))) return cosign
  return sig
}

export async function checkSignatures(ctx: GateContext<ModelsConfig>, c: SignaturesConfig, modelFiles: string[]): Promise<SignatureOutcome> {
  const out: SignatureOutcome = { findings: [], checks: [], errors: [], table: null, results: [], summary: '' }
  const entries = await entriesFor(ctx, c)
  const covered: string[] = []
  for (const [i, e] of entries.entries()) {
    const where = c.models.length ? `gates.models.signatures.models[${i}]` : 'gates.models.signatures'
    const modelRel = path.posix.normalize(e.path.replace(/\\/g, '/')).replace(/\/+$/, '')
    let modelAbs: string
    try {
      modelAbs = resolveInside(ctx.workspace, modelRel, `${where}.path`)
    } catch (err) {
      out.errors.push(errorMessage(err))
      continue
    }
    const st = await statOrNull(modelAbs)
    if (!st) {
      out.errors.push(`${where}.path: "${modelRel}" does not exist in the workspace; fix the path or remove the entry`)
      continue
    }
    covered.push(modelRel)
    const bundleRel = e.signature ? path.posix.normalize(e.signature.replace(/\\/g, '/')) : await defaultBundle(ctx.workspace, modelRel, st.isDirectory())
    let trust: TrustOptions
    let bundleAbs: string
    try {
      bundleAbs = resolveInside(ctx.workspace, bundleRel, `${where}.signature`)
      trust = await trustFor(ctx.workspace, e, c, where)
    } catch (err) {
      out.errors.push(errorMessage(err))
      continue
    }
    const progress = ctx.progress?.(`models: verifying ${modelRel}`, 0)
    const r = await verifyModel({
      modelAbs,
      modelRel,
      bundleAbs,
      bundleRel,
      trust,
      ignorePaths: e['ignore-paths'],
      ignoreUnsignedFiles: e['ignore-unsigned-files'],
      signal: ctx.signal,
      onBytes: (n) => progress?.add(n)
    })
    progress?.end()
    out.results.push(r)
    record(out, r, c)
  }
  if (c['require-all']) {
    const inside = (f: string): boolean => covered.some((m) => f === m || f.startsWith(m + '/') || m === '.')
    for (const f of modelFiles.filter((m) => !inside(m))) {
      out.findings.push({
        ruleId: 'signature/unsigned',
        severity: c.unsigned,
        title: 'Unsigned model',
        message: `${f} is a model file outside every signed model: nothing vouches for where it came from (sign its folder with \`ai-secure-gates sign\` or model_signing, or list it under gates.models.signatures.models)`,
        location: { path: f, startLine: null },
        fingerprintKey: 'unsigned-file',
        help: HELP
      })
    }
  }
  const n = (s: string): number => out.results.filter((r) => r.status === s).length
  const parts = [`${n('verified')} of ${out.results.length} signed model${out.results.length === 1 ? '' : 's'} verified`]
  if (n('failed')) parts.push(`${n('failed')} failed`)
  if (n('unsigned')) parts.push(`${n('unsigned')} unsigned`)
  if (n('error')) parts.push(`${n('error')} not verifiable`)
  out.summary = parts.join(', ')
  if (out.results.length) {
    out.table = {
      title: 'Model signatures',
      columns: ['Model', 'Status', 'Method', 'Signer', 'Files verified', 'Problems'],
      rows: out.results.map((r) => [r.model, r.status, r.method ? `${r.method}${r.format === 'cosign' ? ' (cosign)' : ''}` : '', r.signer ?? '', String(r.matched), String(r.problems.length)])
    }
  }
  return out
}

function record(out: SignatureOutcome, r: SignatureVerification, c: SignaturesConfig): void {
  out.checks.push({
    name: 'signature',
    target: r.model,
    outcome: r.status === 'verified' ? 'pass' : r.status === 'error' ? 'error' : 'fail',
    details: { ...r, problems: r.problems.slice(0, 50), ...(r.problems.length > 50 ? { problemsOmitted: r.problems.length - 50 } : {}) }
  })
  if (r.status === 'unsigned') {
    out.findings.push({
      ruleId: 'signature/unsigned',
      severity: c.unsigned,
      title: 'Unsigned model',
      message: r.problems[0]?.message ?? `${r.model} has no signature`,
      location: { path: r.model, startLine: null },
      fingerprintKey: 'unsigned',
      help: HELP
    })
    return
  }
  for (const p of r.problems) {
    if (p.kind === 'config' || p.kind === 'unreadable' || p.kind === 'special') {
      out.errors.push(p.message)
      continue
    }
    const file = p.name ? (p.name === '.' || p.name.startsWith('.:') ? r.model : `${r.model}/${p.name.replace(/:\d+:\d+$/, '')}`) : r.bundle
    out.findings.push({
      ruleId: `signature/${p.kind === 'bundle' ? 'invalid' : p.kind}`,
      severity: 'critical',
      title: p.kind === 'changed' || p.kind === 'missing' || p.kind === 'extra' ? 'Model differs from its signature' : 'Model signature not valid',
      message: p.message,
      location: { path: file, startLine: null },
      fingerprintKey: `${p.kind}\u0000${p.name ?? ''}\u0000${p.actual ?? ''}`,
      properties: { model: r.model, bundle: r.bundle, ...(p.signed ? { signedDigest: p.signed } : {}), ...(p.actual ? { actualDigest: p.actual } : {}) },
      help: HELP
    })
  }
  if (r.status === 'error' && !r.problems.some((p) => p.kind === 'config' || p.kind === 'unreadable' || p.kind === 'special')) {
    out.errors.push(`${r.model}: the signature could not be verified (${r.problems.map((p) => p.message).join('; ') || 'unknown reason'})`)
  }
}
