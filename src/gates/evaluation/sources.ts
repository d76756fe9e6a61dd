/**
 * Where metric values come from: a file or an MLflow run folder in the workspace, the same file at a
 * git revision (`git show`, as `dvc metrics diff` compares revisions), or a previous JSON report of
 * this action. Sizes are bounded; symlinks out of the workspace are refused; git runs with an argv.
 */
import { lstat, readdir, readFile, stat } from 'node:fs/promises'
import path from 'node:path'
import { errorMessage } from '../../engine/errors.js'
import { realInside } from '../../engine/paths.js'
import type { GateContext } from '../../engine/types.js'
import type { MetricFormat } from './config.js'
import { detectFormat, jsonLeaves, MetricsError, mlflowValue, parseMetrics, type Metric, type MetricSet } from './metrics.js'

const MAX_MLFLOW_METRICS = 10_000

async function readBounded(abs: string, rel: string, maxBytes: number): Promise<string> {
  const st = await stat(abs)
  if (st.size > maxBytes) throw new MetricsError(`${rel}: ${st.size} bytes, more than the limit of ${maxBytes} (gates.evaluation.max-bytes); this is not a metrics file, or raise the limit`)
  const buf = await readFile(abs)
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(buf)
  } catch {
    throw new MetricsError(`${rel}: not UTF-8 text; a metrics file must be UTF-8`)
  }
}

async function resolve(ctx: GateContext<unknown>, rel: string, what: string): Promise<string> {
  try {
    return await realInside(ctx.workspace, rel, what)
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') throw new MetricsError(`${what}: ${rel} does not exist in the workspace; write it before the gate runs (an evaluation step), or fix the path`)
    throw new MetricsError(errorMessage(e))
  }
}

/** Reads a metrics file or an MLflow run folder from the workspace. */
export async function readWorkspaceMetrics(ctx: GateContext<unknown>, rel: string, format: MetricFormat | undefined, maxBytes: number, what: string): Promise<MetricSet> {
  const abs = await resolve(ctx, rel, what)
  const st = await stat(abs)
  if (st.isDirectory()) {
    if (format && format !== 'mlflow') throw new MetricsError(`${what}: ${rel} is a folder; a ${format} metrics source must be a file`)
    return readMlflowRun(abs, rel, maxBytes)
  }
  if (format === 'mlflow') throw new MetricsError(`${what}: ${rel} is a file; an MLflow source is a run folder (mlruns/<experiment>/<run>) holding metrics/`)
  const text = await readBounded(abs, rel, maxBytes)
  return parseMetrics(text, rel, format ?? detectFormat(rel, text))
}

/** MLflow file store: `<run>/metrics/<key>` files (keys may hold '/', so nested folders). */
async function readMlflowRun(abs: string, rel: string, maxBytes: number): Promise<MetricSet> {
  const dir = path.join(abs, 'metrics')
  const st = await lstat(dir).catch(() => null)
  if (!st?.isDirectory()) throw new MetricsError(`${rel}: no metrics/ folder; give the MLflow run folder (mlruns/<experiment id>/<run id>), not the experiment or mlruns itself`)
  const set: MetricSet = { source: rel, format: 'mlflow', metrics: new Map(), other: new Map() }
  let total = 0
  const walk = async (d: string, prefix: string): Promise<void> => {
    for (const e of (await readdir(d, { withFileTypes: true })).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const key = prefix ? `${prefix}/${e.name}` : e.name
      const p = path.join(d, e.name)
      if (e.isSymbolicLink()) throw new MetricsError(`${rel}/metrics/${key}: a symlink; it was not followed`)
      if (e.isDirectory()) {
        await walk(p, key)
        continue
      }
      if (!e.isFile()) continue
      if (set.metrics.size >= MAX_MLFLOW_METRICS) throw new MetricsError(`${rel}: more than ${MAX_MLFLOW_METRICS} metric files`)
      const size = (await stat(p)).size
      total += size
      if (total > maxBytes) throw new MetricsError(`${rel}: the metric files hold more than ${maxBytes} bytes (gates.evaluation.max-bytes)`)
      const file = `${rel}/metrics/${key}`
      const { value, line } = mlflowValue(await readBounded(p, file, maxBytes), file)
      set.metrics.set(key, { name: key, value, line })
    }
  }
  await walk(dir, '')
  return set
}

const REV = /^[A-Za-z0-9][A-Za-z0-9._/@{}^~:-]*$/

/** The text of `rel` (workspace-relative) at git revision `rev`, or null when the file is not in it. */
export async function gitShow(ctx: GateContext<unknown>, rev: string, rel: string, maxBytes: number): Promise<string | null> {
  if (!REV.test(rev) || rev.includes('..')) throw new MetricsError(`baseline revision ${JSON.stringify(rev)} is not a plain git revision (sha, branch or tag)`)
  const git = (await ctx.tools.which('git')) ?? 'git'
  const opts = { cwd: ctx.workspace, timeoutMs: 120_000, signal: ctx.signal, captureStdout: true, maxStdout: maxBytes + 1 }
  const safe = ['-c', 'core.fsmonitor=false', '-c', 'core.quotePath=false']
  const commit = await ctx.tools.run(git, [...safe, 'rev-parse', '--verify', '--quiet', `${rev}^{commit}`], opts)
  if (commit.exitCode !== 0) {
    const shallow = (await ctx.tools.run(git, [...safe, 'rev-parse', '--is-shallow-repository'], opts).catch(() => null))?.stdout.trim() === 'true'
    throw new MetricsError(
      `the baseline commit ${rev} is not in this clone${shallow ? ' (it is a shallow clone)' : ''}: check out with fetch-depth: 0 (actions/checkout), or fetch it first (git fetch --depth=1 origin ${rev})`
    )
  }
  const sha = commit.stdout.trim()
  const spec = `${sha}:./${rel.split(path.sep).join('/')}`
  const r = await ctx.tools.run(git, [...safe, 'cat-file', '-e', spec], opts)
  if (r.exitCode !== 0) return null
  const type = (await ctx.tools.run(git, [...safe, 'cat-file', '-t', spec], opts)).stdout.trim()
  if (type !== 'blob') throw new MetricsError(`${rel} at ${sha.slice(0, 12)} is a ${type || 'missing object'}, not a file: a git baseline reads metrics files, not MLflow run folders (give the baseline run folder as baseline: <path>)`)
  const size = Number((await ctx.tools.run(git, [...safe, 'cat-file', '-s', spec], opts)).stdout.trim())
  if (size > maxBytes) throw new MetricsError(`${rel} at ${sha.slice(0, 12)}: ${size} bytes, more than the limit of ${maxBytes} (gates.evaluation.max-bytes)`)
  const show = await ctx.tools.run(git, [...safe, 'cat-file', 'blob', spec], opts)
  if (show.exitCode !== 0) throw new MetricsError(`git could not read ${rel} at ${sha.slice(0, 12)}: ${show.stderrTail.trim().split('\n').pop()}`)
  return show.stdout
}

/** The metrics of `rel` at a git revision; null (with the reason) when the file does not exist there. */
export async function readGitMetrics(ctx: GateContext<unknown>, rev: string, rel: string, format: MetricFormat | undefined, maxBytes: number): Promise<MetricSet | { missing: string }> {
  const text = await gitShow(ctx, rev, rel, maxBytes)
  const short = /^[0-9a-f]{40}$/.test(rev) ? rev.slice(0, 12) : rev
  if (text === null) return { missing: `${rel} does not exist at the baseline commit ${short}` }
  const source = `${rel}@${short}`
  return parseMetrics(text, source, format ?? detectFormat(rel, text))
}

/** The metric values a previous JSON report of this action recorded for `source`. */
export async function readReportMetrics(ctx: GateContext<unknown>, reportRel: string, source: string, maxBytes: number): Promise<MetricSet> {
  const abs = await resolve(ctx, reportRel, 'gates.evaluation.baseline.report')
  const text = await readBounded(abs, reportRel, Math.max(maxBytes, 256 * 1024 * 1024))
  const { root } = jsonLeaves(text, reportRel)
  const gates = (root as { gates?: unknown })?.gates
  if (!Array.isArray(gates)) throw new MetricsError(`${reportRel}: not a JSON report of ai-secure-gates (no "gates" list); give the file written by --format json or the action's report output`)
  const gate = gates.find((g) => (g as { id?: unknown })?.id === 'evaluation') as { checks?: unknown[] } | undefined
  if (!gate) throw new MetricsError(`${reportRel}: the report has no evaluation gate; it was made without gates.evaluation`)
  const set: MetricSet = { source: `${reportRel} (report)`, format: 'report', metrics: new Map(), other: new Map() }
  for (const c of gate.checks ?? []) {
    const d = (c as { name?: unknown; details?: Record<string, unknown> }).details
    if ((c as { name?: unknown }).name !== 'metric' || !d || d.source !== source || typeof d.metric !== 'string') continue
    const value = d.new
    if (typeof value !== 'number') {
      set.other.set(d.metric, { line: null, kind: value === null ? 'null' : `a ${typeof value}` })
      continue
    }
    const m: Metric = { name: d.metric, value, line: null }
    if (typeof d.newStderr === 'number') m.stderr = d.newStderr
    if (typeof d.higherIsBetter === 'boolean') m.higherIsBetter = d.higherIsBetter
    set.metrics.set(m.name, m)
  }
  if (!set.metrics.size && !set.other.size) throw new MetricsError(`${reportRel}: the report's evaluation gate has no metric values for ${source}; it was made with other metrics files`)
  return set
}
