/**
 * `mode: report`: read one or more JSON reports (matrix shards, or the artifact of an unprivileged
 * fork run), validate them, and merge them into one Report as if one run had run all the gates.
 *
 * Reports read here may come from an untrusted run (a fork's artifact: research/security.md A4,
 * "artifact poisoning"), so they are parsed as data only: size-capped, schema-validated with zod,
 * never executed; every string they carry is escaped by the reporters like tool output.
 *
 * Merging: for each gate, the shard that ran it wins (each shard lists the gates it did not run as
 * skipped, "not selected"). A gate run by several shards keeps the worst result (error > fail > pass)
 * with a warning, unless the results agree. Waiver notes are de-duplicated (an expired waiver is
 * noted by every shard). The overall status is recomputed from the gates.
 */
import { lstat, readdir, readFile } from 'node:fs/promises'
import path from 'node:path'
import picomatch from 'picomatch'
import { z } from 'zod'
import { ConfigError } from '../engine/errors.js'
import { globMatcher } from '../engine/paths.js'
import { overallStatus } from '../engine/run.js'
import { SEVERITIES, type GateReport, type Report, type WaiverNote } from '../engine/types.js'

export const MAX_REPORT_BYTES = 64 * 1024 * 1024
export const MAX_REPORT_FILES = 256

const severity = z.enum(SEVERITIES)
const threshold = z.union([severity, z.literal('none')])
const s = (max = 1_000_000) => z.string().max(max)

const waiverRef = z.looseObject({
  gate: s(200),
  rule: s(1000).optional(),
  path: s(4096).optional(),
  fingerprint: s(200).optional(),
  reason: s(10_000),
  expires: s(40)
})

const location = z.looseObject({
  path: s(4096),
  startLine: z.number().int().nullable(),
  startColumn: z.number().int().nullable().optional(),
  endLine: z.number().int().nullable().optional(),
  endColumn: z.number().int().nullable().optional()
})

const finding = z.looseObject({
  gate: s(200),
  ruleId: s(1000),
  severity,
  message: s(),
  location,
  title: s(10_000).optional(),
  help: z.looseObject({ text: s(), uri: s(4096).optional() }).optional(),
  fingerprintKey: s().optional(),
  aliases: z.array(s(1000)).optional(),
  properties: z.record(z.string(), z.unknown()).optional(),
  fingerprint: s(200),
  blocking: z.boolean(),
  suppressed: z.boolean(),
  waiver: waiverRef.nullable(),
  suppression: z.looseObject({ kind: z.literal('inline'), comment: s(1000), reason: s(1000).nullable() }).optional(),
  baseline: z.boolean().optional()
})

const check = z.looseObject({
  name: s(10_000),
  target: s(10_000),
  outcome: z.enum(['pass', 'fail', 'error', 'skipped', 'info']),
  details: z.record(z.string(), z.unknown())
})

const gateReport = z.looseObject({
  id: z.string().regex(/^[a-z][a-z0-9-]{0,63}$/, 'a gate id (lowercase letters, digits, dashes)'),
  title: s(1000),
  status: z.enum(['pass', 'fail', 'error', 'skipped']),
  summary: s(),
  durationMs: z.number().nonnegative(),
  tool: z.looseObject({ name: s(200), version: s(200).nullable() }).nullable(),
  failOn: threshold,
  reason: s().optional(),
  errors: z.array(s()),
  checks: z.array(check),
  findings: z.array(finding)
})

export const reportSchema = z.looseObject({
  schemaVersion: z.literal(1),
  tool: z.looseObject({ name: z.literal('ai-secure-gates'), version: s(100) }),
  status: z.enum(['pass', 'fail', 'error']),
  notChecked: z.array(z.looseObject({ gate: s(100), what: s(10_000), reason: s(10_000), fix: s(10_000) })).optional(),
  gates: z.array(gateReport),
  waivers: z.array(z.looseObject({ waiver: waiverRef, state: z.enum(['expired', 'stale']), message: s(10_000) })),
  context: z
    .looseObject({ repository: s(300).optional(), sha: s(100).optional(), serverUrl: s(300).optional(), event: s(100).optional(), root: s(4096).optional() })
    .optional()
})

/** Parses one JSON report, with the file name and the first offending path in the error. */
export function parseReport(text: string, source: string): Report {
  let data: unknown
  try {
    data = JSON.parse(text)
  } catch (e) {
    throw new ConfigError('INPUT', `${source}: not a JSON report (${(e as Error).message}). Give the reports input the files written by mode: scan.`)
  }
  const r = reportSchema.safeParse(data)
  if (!r.success) {
    const issue = r.error.issues[0]
    const where = issue.path.length ? issue.path.join('.') : '(top level)'
    throw new ConfigError('INPUT', `${source}: not an ai-secure-gates JSON report: at ${where}: ${issue.message}${r.error.issues.length > 1 ? ` (and ${r.error.issues.length - 1} more problems)` : ''}.`)
  }
  for (const g of r.data.gates) {
    for (const f of g.findings) {
      if (f.gate !== g.id) throw new ConfigError('INPUT', `${source}: a finding of gate "${g.id}" says it belongs to gate "${f.gate}"; the report was altered or is corrupt.`)
    }
  }
  return r.data as unknown as Report
}

/** Splits a glob into the folder to walk and the pattern relative to it. */
function globBase(pattern: string): { base: string; glob: string } {
  const clean = pattern.replace(/\\/g, '/')
  const scan = picomatch.scan(clean)
  if (!scan.isGlob) return { base: path.posix.dirname(clean), glob: path.posix.basename(clean) }
  return { base: scan.base || '.', glob: scan.glob }
}

/** Files matching the patterns (relative to `cwd` or absolute), without following symlinks, sorted. */
export async function findReports(patterns: string[], cwd: string): Promise<string[]> {
  const found = new Set<string>()
  for (const pattern of patterns) {
    const { base, glob } = globBase(pattern)
    const root = path.resolve(cwd, base)
    const isMatch = globMatcher(glob)
    const visit = async (dir: string, rel: string): Promise<void> => {
      let entries: string[]
      try {
        entries = await readdir(dir)
      } catch {
        return
      }
      for (const e of entries.sort()) {
        const abs = path.join(dir, e)
        const r = rel ? `${rel}/${e}` : e
        const st = await lstat(abs)
        if (st.isSymbolicLink()) continue
        if (st.isDirectory()) await visit(abs, r)
        else if (st.isFile() && isMatch(r)) {
          found.add(abs)
          if (found.size > MAX_REPORT_FILES) {
            throw new ConfigError('INPUT', `reports: more than ${MAX_REPORT_FILES} files match ${patterns.join(', ')}; narrow the pattern.`)
          }
        }
      }
    }
    await visit(root, '')
  }
  return [...found].sort()
}

export interface LoadedReports {
  files: string[]
  reports: Report[]
}

export async function loadReports(patterns: string[], cwd: string): Promise<LoadedReports> {
  const files = await findReports(patterns, cwd)
  if (!files.length) {
    throw new ConfigError(
      'INPUT',
      `reports: no file matches ${patterns.map((p) => `"${p}"`).join(', ')} (relative to ${cwd}). ` +
        'In mode: report, download the artifacts written by the mode: scan jobs first (actions/download-artifact) and point reports at them.'
    )
  }
  const reports: Report[] = []
  for (const file of files) {
    const st = await lstat(file)
    if (st.size > MAX_REPORT_BYTES) throw new ConfigError('INPUT', `${file}: ${st.size} bytes is over the ${MAX_REPORT_BYTES}-byte limit for a report.`)
    reports.push(parseReport(await readFile(file, 'utf8'), path.relative(cwd, file) || file))
  }
  return { files, reports }
}

const WORST: Record<GateReport['status'], number> = { error: 3, fail: 2, pass: 1, skipped: 0 }

function sameResult(a: GateReport, b: GateReport): boolean {
  const strip = (g: GateReport) => JSON.stringify({ ...g, durationMs: 0 })
  return strip(a) === strip(b)
}

function notSelected(g: GateReport): boolean {
  return /^not selected\b/.test(g.reason ?? g.summary)
}

export interface MergeResult {
  report: Report
  warnings: string[]
}

function waiverKey(n: WaiverNote): string {
  const w = n.waiver
  return JSON.stringify([n.state, w.gate, w.rule ?? null, w.path ?? null, w.fingerprint ?? null, w.reason, w.expires])
}

/** Merges ordered lists that are each in one common order (the waivers file's): each list's order is kept. */
function mergeOrdered<T>(lists: T[][], key: (t: T) => string, pick: (a: T, b: T) => T): T[] {
  const out: T[] = []
  const index = new Map<string, number>()
  const reindex = () => out.forEach((t, i) => index.set(key(t), i))
  for (const list of lists) {
    let prev = -1
    list.forEach((item, i) => {
      const k = key(item)
      const at = index.get(k)
      if (at !== undefined) {
        out[at] = pick(out[at], item)
        prev = at
        return
      }
      let pos = prev + 1
      if (prev === -1) {
        // No predecessor seen: go before the first later item of this list already placed.
        const next = list.slice(i + 1).map((t) => index.get(key(t))).find((x) => x !== undefined)
        pos = next ?? out.length
      }
      out.splice(pos, 0, item)
      reindex()
      prev = pos
    })
  }
  return out
}

/** One report from several: equal to one run of all the gates the shards ran (up to durations). */
export function mergeReports(reports: Report[], sources: string[] = reports.map((_, i) => `report ${i + 1}`)): MergeResult {
  if (!reports.length) throw new ConfigError('INPUT', 'no reports to merge')
  const warnings: string[] = []
  const versions = [...new Set(reports.map((r) => r.tool.version))]
  if (versions.length > 1) warnings.push(`The reports were written by different versions of ai-secure-gates (${versions.join(', ')}); pin one version in all jobs.`)
  const shas = [...new Set(reports.map((r) => r.context?.sha).filter(Boolean))]
  if (shas.length > 1) warnings.push(`The reports are about different commits (${shas.join(', ')}); the merged verdict mixes them.`)

  const order: string[] = []
  const byId = new Map<string, { gate: GateReport; source: string }[]>()
  reports.forEach((r, i) => {
    for (const g of r.gates) {
      if (!byId.has(g.id)) {
        byId.set(g.id, [])
        order.push(g.id)
      }
      byId.get(g.id)!.push({ gate: g, source: sources[i] })
    }
  })

  const gates = order.map((id) => {
    const all = byId.get(id)!
    const ran = all.filter((c) => c.gate.status !== 'skipped')
    if (ran.length === 1) return ran[0].gate
    if (ran.length > 1) {
      const worst = ran.reduce((a, c) => (WORST[c.gate.status] > WORST[a.gate.status] ? c : a))
      if (!ran.every((c) => sameResult(c.gate, ran[0].gate))) {
        warnings.push(`Gate "${id}" was run by ${ran.length} reports (${ran.map((c) => `${c.source}: ${c.gate.status}`).join(', ')}); the worst result (${worst.source}) is kept. Give each gate to one shard.`)
      }
      return worst.gate
    }
    // Skipped everywhere: a reason of its own (disabled, nothing to scan) beats "not selected" by a shard.
    return (all.find((c) => !notSelected(c.gate)) ?? all[0]).gate
  })

  const waivers = mergeOrdered(
    reports.map((r) => r.waivers),
    waiverKey,
    (a, b) => (b.message.length > a.message.length ? b : a)
  )

  // A shard's "not checked" stands when the merged gate is that shard's own result (no other shard ran it).
  const notChecked = reports.flatMap((r) => (r.notChecked ?? []).filter((n) => gates.find((g) => g.id === n.gate) === r.gates.find((g) => g.id === n.gate)))
  const first = reports[0]
  const report: Report = {
    schemaVersion: 1,
    tool: first.tool,
    status: overallStatus(gates),
    notChecked,
    gates,
    waivers
  }
  const context = reports.find((r) => r.context)?.context
  if (context) report.context = context
  return { report, warnings }
}

/** mode: report: finds, validates and merges the reports; warnings go to the log. */
export async function loadMergedReports(patterns: string[], cwd: string, logger: { info(m: string): void; warning(m: string): void }): Promise<Report> {
  if (!patterns.length) {
    throw new ConfigError('INPUT', 'mode: report needs the reports input: one or more globs (one per line) of JSON reports written by mode: scan, e.g. reports: artifacts/**/report.json')
  }
  const { files, reports } = await loadReports(patterns, cwd)
  logger.info(`Merging ${files.length} report${files.length === 1 ? '' : 's'}: ${files.map((f) => path.relative(cwd, f) || f).join(', ')}`)
  const { report, warnings } = mergeReports(reports, files.map((f) => path.relative(cwd, f) || f))
  for (const w of warnings) logger.warning(w)
  return report
}
