/**
 * Model files for the BOM: the files the models gate scanned (from the report), else the files under
 * gates.models.paths (default `models`); each with its format, its signature status as the models
 * gate reports it, and a model card made of the evaluation gate's metrics and fairness results.
 */
import { lstat } from 'node:fs/promises'
import path from 'node:path'
import { realLocation } from '../../engine/paths.js'
import type { Check, GateReport, Report } from '../../engine/types.js'
import { clip, describeDetails, gateOf } from './evidence.js'
import { existingFiles, filesUnder } from './files.js'

export interface SignatureInfo {
  status: string
  detail: string
  /** The bundle that signs it (workspace-relative), its signer, issuer and method, when the gate says. */
  bundle?: string
  signer?: string
  issuer?: string
  method?: string
  signedAt?: string
}

export interface ModelFile {
  path: string
  format: string | null
  signature: SignatureInfo
  /** A model folder (the target of a signature check): listed as one model, without a file hash. */
  folder?: { rootDigest: string | null; hashType: string | null; matched: number | null }
}

function asRecord(v: unknown): Record<string, unknown> | null {
  return v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : null
}

function strings(v: unknown): string[] | undefined {
  if (typeof v === 'string') return [v]
  return Array.isArray(v) && v.every((x) => typeof x === 'string') ? (v as string[]) : undefined
}

/** Whether a check about `target` (a file, or a folder signed as one model) covers `rel`. */
function covers(c: Check, rel: string): boolean {
  if (c.target === rel || rel.startsWith(c.target.replace(/\/+$/, '') + '/') || c.target === '.') return true
  const files = c.details.files
  return Array.isArray(files) && files.includes(rel)
}

const SIGNATURE_DETAIL_KEYS = ['status', 'method', 'signer', 'issuer', 'signedAt', 'bundle', 'hashType', 'matched', 'reason']

/**
 * The signature status of one model file, read from the models gate's `signature` checks (target:
 * the model file or folder; details.status: verified, failed, unsigned, error; see
 * docs/gates/signatures.md). Outcome pass without a status is "verified", fail "invalid". A
 * `signature/unsigned` finding on the file (a file outside every signed model) is "unsigned".
 * Without either the status is "not checked", with the reason.
 */
export function signatureStatus(gate: GateReport | undefined, rel: string): SignatureInfo {
  if (!gate) return { status: 'not checked', detail: 'the models gate did not run' }
  if (gate.status === 'skipped') return { status: 'not checked', detail: `the models gate was skipped${gate.reason ? ': ' + gate.reason : ''}` }
  const sig = gate.checks.filter((c) => /^signature/.test(c.name) && covers(c, rel))
  if (!sig.length) {
    const unsigned = gate.findings.find((f) => f.ruleId === 'signature/unsigned' && f.location.path === rel)
    if (unsigned) return { status: 'unsigned', detail: clip(unsigned.message) }
    return { status: 'not checked', detail: 'no signature verification covers this file in the models gate result' }
  }
  const c = sig.find((x) => x.outcome === 'fail' || x.outcome === 'error') ?? sig[0]
  const d = c.details
  const text = (k: string): string | undefined => (typeof d[k] === 'string' && d[k] ? (d[k] as string) : undefined)
  const stated = text('status') ?? null
  const status = c.outcome === 'pass' ? (stated ?? 'verified') : c.outcome === 'fail' ? (stated ?? 'invalid') : c.outcome === 'error' ? 'error' : (stated ?? 'not checked')
  const more = describeDetails(d, SIGNATURE_DETAIL_KEYS)
  return {
    status,
    detail: clip(`${c.name} on ${c.target}: ${c.outcome}${more ? ` (${more})` : ''}`),
    ...(text('bundle') ? { bundle: text('bundle') } : {}),
    ...(text('signer') ? { signer: text('signer') } : {}),
    ...(text('issuer') ? { issuer: text('issuer') } : {}),
    ...(text('method') ? { method: text('method') } : {}),
    ...(text('signedAt') ? { signedAt: text('signedAt') } : {})
  }
}

/**
 * The model files: those the models gate examined (any check but discovery), else every file under
 * the configured model paths. `notes` says where they came from and what was left out.
 */
export async function findModelFiles(workspace: string, report: Report | null, gates: Record<string, unknown>): Promise<{ files: ModelFile[]; notes: string[]; lookedIn: string }> {
  const gate = gateOf(report, 'models')
  const notes: string[] = []
  const formats = new Map<string, string | null>()
  // Signature bundles (model.sig, *.sigstore.json) are evidence, not models, even when a lock lists them;
  // a file only the hash lock names (no scan check) is not known to be a model either.
  const bundles = new Set((gate?.checks ?? []).filter((c) => /^signature/.test(c.name) && typeof c.details.bundle === 'string').map((c) => c.details.bundle as string))
  const scanned = new Set((gate?.checks ?? []).filter((c) => c.name !== 'hash-lock').map((c) => c.target))
  for (const c of gate?.checks ?? []) {
    if (c.name === 'discovery' || /^signature/.test(c.name) || c.target === '.' || bundles.has(c.target)) continue
    if (c.name === 'hash-lock' && !scanned.has(c.target)) continue
    const f = typeof c.details.format === 'string' ? c.details.format : null
    if (!formats.has(c.target) || (f && !formats.get(c.target))) formats.set(c.target, f)
  }
  const block = asRecord(gates.models) ?? {}
  const paths = strings(block.paths) ?? ['models']
  const lookedIn = paths.join(', ')
  const rels = formats.size ? await existingFiles(workspace, [...formats.keys()], notes) : await filesUnder(workspace, paths, strings(block.exclude), notes)
  if (!formats.size && gate && gate.status !== 'skipped') notes.push('the models gate examined no model file; files under the model paths are listed without a format')
  const files: ModelFile[] = rels.sort().map((rel) => ({ path: rel, format: formats.get(rel) ?? null, signature: signatureStatus(gate, rel) }))
  // A model signed as a folder is one model: listed itself, with the signature's root digest.
  for (const c of gate?.checks ?? []) {
    if (!/^signature/.test(c.name) || c.target === '.' || files.some((f) => f.path === c.target)) continue
    if ((await realLocation(workspace, c.target)) !== 'inside') continue
    const st = await lstat(path.join(workspace, c.target)).catch(() => null)
    if (!st?.isDirectory()) continue
    const d = c.details
    files.push({
      path: c.target,
      format: 'folder',
      signature: signatureStatus(gate, c.target),
      folder: { rootDigest: typeof d.rootDigest === 'string' ? d.rootDigest : null, hashType: typeof d.hashType === 'string' ? d.hashType : null, matched: typeof d.matched === 'number' ? d.matched : null }
    })
  }
  return { files, notes, lookedIn }
}

const GROUP_METRICS = ['selectionRate', 'accuracy', 'precision', 'recall', 'fpr', 'fnr'] as const

const num = (v: unknown): string | null => (typeof v === 'number' && Number.isFinite(v) ? String(Number(v.toPrecision(8))) : null)

/**
 * A CycloneDX modelCard from the evaluation gate's checks: each compared metric's current value,
 * fairness summaries (with their confidence intervals) and per-group rates as performance metrics,
 * and each fairness limit that was exceeded as a fairness assessment. Null when there is nothing.
 */
export function modelCard(report: Report | null): Record<string, unknown> | null {
  const gate = gateOf(report, 'evaluation')
  if (!gate || gate.status === 'skipped') return null
  const metrics: Array<Record<string, unknown>> = []
  const assessments: Array<Record<string, unknown>> = []
  for (const c of gate.checks) {
    const d = c.details
    if (c.name === 'metric' && typeof d.metric === 'string' && num(d.new) !== null) {
      metrics.push({ type: d.metric, value: num(d.new) })
    } else if (c.name === 'fairness' && typeof d.summary === 'string' && num(d.value) !== null) {
      const slice = strings(d.features)?.join(', ') ?? ''
      const m: Record<string, unknown> = { type: d.summary, value: num(d.value), ...(slice ? { slice } : {}) }
      if (Array.isArray(d.ci) && num(d.ci[0]) !== null && num(d.ci[1]) !== null) m.confidenceInterval = { lowerBound: num(d.ci[0]), upperBound: num(d.ci[1]) }
      metrics.push(m)
      if (c.outcome === 'fail') {
        const low = asRecord(d.lowest)
        assessments.push({
          groupAtRisk: typeof low?.group === 'string' ? low.group : slice,
          harms: clip(`${d.summary} over ${slice} is ${num(d.value)}: ${typeof d.rule === 'string' ? d.rule : 'over its limit'} (evaluation gate, ${c.target})`)
        })
      }
    } else if (c.name === 'fairness-group' && asRecord(d.group)) {
      const slice = Object.entries(asRecord(d.group)!).map(([k, v]) => `${k}=${String(v)}`).join(', ')
      for (const k of GROUP_METRICS) if (num(d[k]) !== null) metrics.push({ type: k, value: num(d[k]), slice })
    } else if (c.name === 'calibration' && num(d.ece) !== null) {
      metrics.push({ type: 'expected-calibration-error', value: num(d.ece), slice: typeof d.group === 'string' ? d.group : 'overall' })
    }
  }
  if (!metrics.length && !assessments.length) return null
  const card: Record<string, unknown> = {}
  if (metrics.length) card.quantitativeAnalysis = { performanceMetrics: metrics }
  if (assessments.length) card.considerations = { fairnessAssessments: assessments }
  card.properties = [{ name: 'ai-secure-gates:evaluation:status', value: gate.status }, ...[...new Set(gate.checks.map((c) => c.target))].map((t) => ({ name: 'ai-secure-gates:evaluation:source', value: t }))]
  return card
}
