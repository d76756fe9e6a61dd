/**
 * The models gate: finds model files (discover.ts: the configured paths, or by default the whole
 * workspace by extension), scans each with the model scanner (pickle VM, containers, headers) and
 * verifies the hash lock when there is one. A repository with no model file is `skipped` with
 * what was looked at, never a pass. Verdicts come from the
 * scanner's allowlist-first rules; the policy step decides what blocks.
 */
import { access } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { errorMessage } from '../../engine/errors.js'
import { resolveInside } from '../../engine/paths.js'
import { walkNotes } from '../../engine/confine.js'
import type { Check, FindingInput, Gate, GateContext, GateRunResult } from '../../engine/types.js'
import { compileAllow } from '../../scanners/pickle/globals.js'
import { readSmallFileSync, yieldEvery } from '../../scanners/read-small.js'
import { factsOf, verifyLock, type FileFacts } from '../../scanners/lock.js'
import { DEFAULT_LIMITS, type ScanLimits } from '../../scanners/model/limits.js'
import { scanModelBuffer, scanModelFile, type FileScanResult, type ModelScanOptions } from '../../scanners/model/scan.js'
import { modelsConfigSchema, type ModelsConfig } from './config.js'
import { DEFAULT_SKIP_DIRS, discoverModelFiles, hasModelExtension, MODEL_EXTENSIONS } from './discover.js'
import { checkSignatures, type SignatureOutcome } from './signatures.js'
import { signatureBundleSkip } from '../../scanners/signing/bundle-files.js'

const MB = 1024 * 1024

export function limitsFrom(c: ModelsConfig['limits']): ScanLimits {
  return {
    ...DEFAULT_LIMITS,
    ...(c['max-pickle-mb'] ? { maxPickleBytes: c['max-pickle-mb'] * MB } : {}),
    ...(c['max-inflated-mb'] ? { maxInflatedBytes: c['max-inflated-mb'] * MB, maxTotalInflatedBytes: Math.max(DEFAULT_LIMITS.maxTotalInflatedBytes, c['max-inflated-mb'] * MB) } : {}),
    ...(c['max-ratio'] ? { maxRatio: c['max-ratio'] } : {}),
    ...(c['max-entries'] ? { maxEntries: c['max-entries'] } : {}),
    ...(c['max-depth'] ? { maxDepth: c['max-depth'] } : {}),
    ...(c['file-timeout-seconds'] ? { timeMs: c['file-timeout-seconds'] * 1000 } : {})
  }
}

/** Findings and the check of one scanned file: shared by the gate and the scan-models CLI. */
export function toFindings(r: FileScanResult): { findings: FindingInput[]; check: Check } {
  const findings: FindingInput[] = r.issues.map((i) => ({
    ruleId: i.ruleId,
    severity: i.severity,
    title: i.ruleId,
    message: i.message,
    location: { path: r.path, startLine: null },
    fingerprintKey: `${i.member}\u0000${i.subject}`,
    properties: { member: i.member, ...i.properties }
  }))
  const blocking = r.issues.some((i) => i.severity === 'critical' || i.severity === 'high')
  const globals = [...new Set(r.globals.map((g) => g.global))]
  const check: Check = {
    name: r.hasPickle ? 'pickle-scan' : 'format-check',
    target: r.path,
    outcome: r.errors.length ? 'error' : blocking ? 'fail' : 'pass',
    details: {
      format: r.format,
      members: r.members.length > 1 || r.members[0]?.member ? r.members.map((m) => ({ member: m.member, format: m.format })) : undefined,
      globals,
      unsafeGlobals: r.globals.filter((g) => g.verdict !== 'safe').map((g) => (g.member ? `${g.member}: ${g.global}` : g.global)),
      ...(r.errors.length ? { errors: r.errors } : {})
    }
  }
  return { findings, check }
}

async function pool<T>(items: T[], n: number, fn: (t: T) => Promise<void>): Promise<void> {
  let i = 0
  await Promise.all(
    Array.from({ length: Math.min(n, items.length) }, async () => {
      while (i < items.length) await fn(items[i++])
    })
  )
}

/** A file counts as a model when the scanner recognised a format, or found something to say about it. */
function isModel(r: FileScanResult): boolean {
  return (r.format !== 'unknown' && r.format !== 'empty') || r.issues.length > 0 || r.errors.length > 0
}

export async function runModels(ctx: GateContext<ModelsConfig>): Promise<GateRunResult> {
  const c = ctx.config
  const findings: FindingInput[] = []
  const checks: Check[] = []
  const errors: string[] = []
  for (const p of c.paths ?? []) {
    if (/[*?[\]{}]/.test(p)) continue
    try {
      await access(resolveInside(ctx.workspace, p, 'gates.models.paths'))
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e
      errors.push(`gates.models.paths: "${p}" does not exist in the workspace; fix the path or remove it`)
    }
  }
  const found = await discoverModelFiles(ctx)
  const walk = found.walk
  if (walk.truncated) errors.push(`more than ${walk.files.length} files in the workspace walk: the rest were not looked at; set gates.models.paths to the folders that hold models`)
  // Names that are not UTF-8 cannot be scanned: said, never dropped.
  // (by default only those discovery would have scanned: a folder, a model extension, under models/)
  const unreadable = walkNotes({ symlinks: [], unreadable: (walk.unreadable ?? []).filter((u) => found.mode === 'configured' || u.endsWith('/') || u.endsWith(')') || hasModelExtension(u) || u.startsWith('models/')) })
  checks.push(...unreadable.checks)
  errors.push(...unreadable.errors)
  for (const s of walk.symlinks) {
    if (found.mode === 'default' && !hasModelExtension(s)) continue
    findings.push({
      ruleId: 'model/symlink',
      severity: 'high',
      message: `${s} is a symbolic link: it was not followed or scanned (a committed link can point at files outside the repository)`,
      location: { path: s, startLine: null },
      fingerprintKey: 'symlink'
    })
  }
  const allow = compileAllow(c['allow-globals'])
  const limits = limitsFrom(c.limits)
  let lockPath = c.lock
  if (!lockPath) {
    try {
      await access(path.join(ctx.workspace, 'models.lock.json'))
      lockPath = 'models.lock.json'
    } catch {
      /* no lock configured and none at the default place */
    }
  }
  // Each file is read once: a small file's bytes feed the scanner and, when there is a lock, its
  // hash (verifyLock reads only the files not read here).
  const known = lockPath ? new Map<string, FileFacts>() : undefined
  const opts: ModelScanOptions = { allow, limits, forbidPickle: c['forbid-pickle'] }
  const results: FileScanResult[] = []
  const progress = ctx.progress?.('models: files scanned', found.files.length)
  const pause = yieldEvery(64)
  // Small files are read synchronously (one lane does them all); the lanes overlap the reads of larger files.
  await pool(found.files, Math.max(2, os.availableParallelism()), async (rel) => {
    if (ctx.signal.aborted) return
    const data = readSmallFileSync(path.join(ctx.workspace, rel))
    if (data) {
      known?.set(rel, factsOf(data))
      results.push(await scanBuffer(data, rel, opts))
      await pause()
    } else results.push(await scanOne(ctx.workspace, rel, opts))
    progress?.add(1, rel)
  })
  progress?.end()
  if (ctx.signal.aborted) errors.push('the models gate was stopped before every file was scanned')
  results.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))
  const models = results.filter(isModel)
  const others = results.length - models.length
  for (const r of models) {
    const t = toFindings(r)
    findings.push(...t.findings)
    checks.push(t.check)
    errors.push(...r.errors)
  }
  const where = found.mode === 'configured' ? `under ${c.paths!.join(', ')}` : 'in the workspace'
  checks.push({
    name: 'discovery',
    target: found.mode === 'configured' ? c.paths!.join(', ') : '.',
    outcome: 'info',
    details: {
      mode: found.mode === 'configured' ? 'gates.models.paths, every file by content' : `whole workspace, files with a model extension (${MODEL_EXTENSIONS.join(' ')}) and everything under models/`,
      filesLookedAt: found.lookedAt,
      filesScanned: results.length,
      modelFiles: models.length,
      notModels: others,
      ...(others ? { notModelExamples: results.filter((r) => !isModel(r)).slice(0, 10).map((r) => r.path) } : {}),
      ...(found.mode === 'default' ? { skipped: { ...found.skipped, folders: DEFAULT_SKIP_DIRS }, gitIgnore: found.gitIgnore } : {})
    }
  })
  if (lockPath) {
    try {
      // the lock covers what `ai-secure-gates lock models` hashes: gates.models.paths, default models/
      // (with paths configured, the discovery walked exactly those paths and excludes: reused)
      const v = await verifyLock({
        workspace: ctx.workspace,
        lockPath,
        paths: c.paths ?? ['models'],
        exclude: c.exclude,
        gate: 'models',
        signal: ctx.signal,
        known,
        // signature bundles next to the models are not covered by the lock (the signatures check verifies them)
        skip: signatureBundleSkip(ctx.workspace, (c.signatures?.models ?? []).flatMap((m) => (m.signature ? [m.signature] : []))),
        ...(found.mode === 'configured' ? { walk: found.walk } : {})
      })
      findings.push(...v.findings)
      checks.push(...v.checks)
      errors.push(...v.errors)
    } catch (e) {
      errors.push(`hash lock ${lockPath} could not be verified: ${errorMessage(e)}`)
    }
  }
  let signed: SignatureOutcome | null = null
  if (c.signatures) {
    try {
      signed = await checkSignatures(ctx, c.signatures, models.map((m) => m.path))
      findings.push(...signed.findings)
      checks.push(...signed.checks)
      errors.push(...signed.errors)
    } catch (e) {
      errors.push(`model signatures could not be verified: ${errorMessage(e)}`)
    }
  }
  const looked = `${found.lookedAt} file${found.lookedAt === 1 ? '' : 's'} looked at ${where}`
  if (models.length === 0 && findings.length === 0 && errors.length === 0 && !lockPath && !signed?.results.length) {
    const fix = found.mode === 'configured' ? 'check gates.models.paths' : 'if models live in files without a model extension, list their folders in gates.models.paths'
    return { findings, checks, errors, skipped: `no model files found (${looked}${others ? `; ${others} scanned by content were not model formats` : ''}): nothing was checked; ${fix}` }
  }
  const bad = models.filter((r) => r.issues.some((i) => i.severity === 'critical' || i.severity === 'high')).length
  const dangerous = models.reduce((n, r) => n + r.issues.filter((i) => i.ruleId === 'pickle/dangerous-global').length, 0)
  const unknown = models.reduce((n, r) => n + r.issues.filter((i) => i.ruleId === 'pickle/unknown-global').length, 0)
  const parts = [`${models.length} model file${models.length === 1 ? '' : 's'} scanned (${looked})`]
  if (bad) parts.push(`${bad} with blocking issues`)
  if (dangerous) parts.push(`${dangerous} dangerous pickle global${dangerous === 1 ? '' : 's'}`)
  if (unknown) parts.push(`${unknown} unknown global${unknown === 1 ? '' : 's'}`)
  const lockFindings = findings.filter((f) => f.ruleId.startsWith('lock/')).length
  if (lockFindings) parts.push(`${lockFindings} hash-lock finding${lockFindings === 1 ? '' : 's'}`)
  if (signed) parts.push(signed.summary)
  return { findings, checks, errors, tool: null, summary: parts.join(', '), ...(signed?.table ? { tables: [signed.table] } : {}) }
}

/** A scanner bug becomes that file's error, never the gate's crash. */
function scannerFailed(rel: string, e: unknown): FileScanResult {
  return { path: rel, format: 'error', members: [], globals: [], issues: [], errors: [`${rel}: the scanner failed on this file (${errorMessage(e)}); it was not checked`], hasPickle: false }
}

/** Scans one file from disk (files too large to read whole, or that readSmallFileSync could not read: the scanner names why). */
async function scanOne(workspace: string, rel: string, opts: ModelScanOptions): Promise<FileScanResult> {
  try {
    return await scanModelFile(path.join(workspace, rel), rel, opts)
  } catch (e) {
    return scannerFailed(rel, e)
  }
}

/** Scans a small file's bytes, already read whole. */
async function scanBuffer(data: Buffer, rel: string, opts: ModelScanOptions): Promise<FileScanResult> {
  try {
    return await scanModelBuffer(data, rel, opts)
  } catch (e) {
    return scannerFailed(rel, e)
  }
}

export const modelsGate: Gate<ModelsConfig> = {
  id: 'models',
  title: 'Model files',
  configSchema: modelsConfigSchema,
  run: runModels
}
