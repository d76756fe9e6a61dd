/**
 * The models gate: scans every file under the configured paths with the model scanner (pickle VM,
 * containers, headers) and verifies the hash lock when there is one. Verdicts come from the
 * scanner's allowlist-first rules; the policy step decides what blocks.
 */
import { access } from 'node:fs/promises'
import path from 'node:path'
import { errorMessage } from '../../engine/errors.js'
import { resolveInside, walkFiles } from '../../engine/paths.js'
import { walkNotes } from '../../engine/confine.js'
import type { Check, FindingInput, Gate, GateContext, GateRunResult } from '../../engine/types.js'
import { compileAllow } from '../../scanners/pickle/globals.js'
import { verifyLock } from '../../scanners/lock.js'
import { DEFAULT_LIMITS, type ScanLimits } from '../../scanners/model/limits.js'
import { scanModelFile, type FileScanResult } from '../../scanners/model/scan.js'
import { modelsConfigSchema, type ModelsConfig } from './config.js'

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

export async function runModels(ctx: GateContext<ModelsConfig>): Promise<GateRunResult> {
  const c = ctx.config
  const findings: FindingInput[] = []
  const checks: Check[] = []
  const errors: string[] = []
  for (const p of c.paths) {
    if (/[*?[\]{}]/.test(p)) continue
    try {
      await access(resolveInside(ctx.workspace, p, 'gates.models.paths'))
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e
      // A configured path that is missing is a config mistake; the default path missing just means no models here.
      if (ctx.explicit !== false) errors.push(`gates.models.paths: "${p}" does not exist in the workspace; fix the path or remove it`)
    }
  }
  const walk = await walkFiles(ctx.workspace, { include: c.paths, exclude: c.exclude })
  if (walk.truncated) errors.push('too many files under gates.models.paths; narrow the paths')
  // Names that are not UTF-8 cannot be scanned: said, never dropped.
  const unreadable = walkNotes({ symlinks: [], unreadable: walk.unreadable })
  checks.push(...unreadable.checks)
  errors.push(...unreadable.errors)
  for (const s of walk.symlinks) {
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
  const results: FileScanResult[] = []
  await pool(walk.files, 2, async (rel) => {
    if (ctx.signal.aborted) return
    const r = await scanModelFile(path.join(ctx.workspace, rel), rel, { allow, limits, forbidPickle: c['forbid-pickle'] })
    results.push(r)
  })
  if (ctx.signal.aborted) errors.push('the models gate was stopped before every file was scanned')
  results.sort((a, b) => a.path.localeCompare(b.path))
  for (const r of results) {
    const t = toFindings(r)
    findings.push(...t.findings)
    checks.push(t.check)
    errors.push(...r.errors)
  }
  let lockPath = c.lock
  if (!lockPath) {
    try {
      await access(path.join(ctx.workspace, 'models.lock.json'))
      lockPath = 'models.lock.json'
    } catch {
      /* no lock configured and none at the default place */
    }
  }
  if (lockPath) {
    try {
      const v = await verifyLock({ workspace: ctx.workspace, lockPath, paths: c.paths, exclude: c.exclude, gate: 'models', signal: ctx.signal })
      findings.push(...v.findings)
      checks.push(...v.checks)
      errors.push(...v.errors)
    } catch (e) {
      errors.push(`hash lock ${lockPath} could not be verified: ${errorMessage(e)}`)
    }
  }
  if (walk.files.length === 0 && walk.symlinks.length === 0 && errors.length === 0) {
    return { findings, checks, errors, skipped: `no files under ${c.paths.join(', ')}` }
  }
  const bad = results.filter((r) => r.issues.some((i) => i.severity === 'critical' || i.severity === 'high')).length
  const dangerous = results.reduce((n, r) => n + r.issues.filter((i) => i.ruleId === 'pickle/dangerous-global').length, 0)
  const unknown = results.reduce((n, r) => n + r.issues.filter((i) => i.ruleId === 'pickle/unknown-global').length, 0)
  const parts = [`${results.length} file${results.length === 1 ? '' : 's'} scanned`]
  if (bad) parts.push(`${bad} with blocking issues`)
  if (dangerous) parts.push(`${dangerous} dangerous pickle global${dangerous === 1 ? '' : 's'}`)
  if (unknown) parts.push(`${unknown} unknown global${unknown === 1 ? '' : 's'}`)
  const lockFindings = findings.filter((f) => f.ruleId.startsWith('lock/')).length
  if (lockFindings) parts.push(`${lockFindings} hash-lock finding${lockFindings === 1 ? '' : 's'}`)
  return { findings, checks, errors, tool: null, summary: parts.join(', ') }
}

export const modelsGate: Gate<ModelsConfig> = {
  id: 'models',
  title: 'Model files',
  configSchema: modelsConfigSchema,
  run: runModels
}
