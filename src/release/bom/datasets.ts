/**
 * Datasets for the BOM: the files the data gate examined (datasets and their references, from the
 * report), else the files under gates.data.datasets[].path; each with its DVC record (md5, .dvc or
 * dvc.lock), and the data gate's schema, outlier and drift results.
 */
import type { Check, Report } from '../../engine/types.js'
import { findDvcOuts, type DvcFileCache } from '../../scanners/dvc.js'
import { clip, describeDetails, gateOf, NS, type Prop } from './evidence.js'
import { existingFiles, filesUnder } from './files.js'

export interface DatasetFile {
  path: string
  role: 'dataset' | 'reference'
  /** The data gate's results about this file (schema, drift, outliers, read), as properties. */
  props: Prop[]
  schema: string | null
  format: string | null
  rows: number | null
  dvc: { md5: string; source: string; dir: boolean; legacy: boolean } | null
}

function asRecord(v: unknown): Record<string, unknown> | null {
  return v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : null
}

const RESULT_CHECKS: Record<string, string[]> = {
  drift: ['column', 'test', 'statistic', 'pvalue', 'threshold', 'n', 'm', 'reason'],
  outliers: ['column', 'test', 'outliers', 'fraction', 'maxFraction', 'reason'],
  schema: ['schema', 'rows', 'violations', 'reason'],
  statistics: ['reason']
}

function resultProps(checks: Check[]): Prop[] {
  const out: Prop[] = []
  for (const c of checks) {
    const keys = RESULT_CHECKS[c.name]
    if (!keys) continue
    const d = describeDetails(c.details, keys)
    out.push([`${NS}:data:check:${c.name}`, clip(`${c.outcome}${d ? ` (${d})` : ''}`)])
  }
  return out
}

/** The dataset files, and what the data gate said about each. */
export async function findDatasets(workspace: string, report: Report | null, gates: Record<string, unknown>): Promise<{ files: DatasetFile[]; notes: string[] }> {
  const gate = gateOf(report, 'data')
  const notes: string[] = []
  const roles = new Map<string, DatasetFile['role']>()
  const byTarget = new Map<string, Check[]>()
  for (const c of gate?.checks ?? []) {
    byTarget.set(c.target, [...(byTarget.get(c.target) ?? []), c])
    if (c.name === 'reference') roles.set(c.target, 'reference')
    else if (!roles.has(c.target) && c.target !== '.') roles.set(c.target, 'dataset')
  }
  let rels: string[]
  if (roles.size) {
    rels = await existingFiles(workspace, [...roles.keys()], notes)
  } else {
    const ds = asRecord(gates.data)?.datasets
    const paths: string[] = []
    const refs: string[] = []
    for (const d of Array.isArray(ds) ? ds : []) {
      const r = typeof d === 'string' ? { path: d } : asRecord(d)
      if (typeof r?.path === 'string') paths.push(r.path)
      if (typeof r?.reference === 'string') refs.push(r.reference)
    }
    rels = paths.length ? await filesUnder(workspace, paths, undefined, notes) : []
    const refFiles = refs.length ? await filesUnder(workspace, refs, undefined, notes) : []
    for (const r of refFiles) roles.set(r, 'reference')
    rels.push(...refFiles.filter((r) => !rels.includes(r)))
  }
  const cache: DvcFileCache = new Map()
  const files: DatasetFile[] = []
  for (const rel of rels.sort()) {
    const checks = byTarget.get(rel) ?? []
    const read = checks.find((c) => c.name === 'read' && c.outcome === 'pass')
    const schemaCheck = checks.find((c) => c.name === 'schema')
    const { outs, errors } = await findDvcOuts(workspace, rel, cache)
    notes.push(...errors)
    const out = outs.find((o) => o.md5)
    files.push({
      path: rel,
      role: roles.get(rel) ?? 'dataset',
      props: resultProps(checks),
      schema: typeof schemaCheck?.details.schema === 'string' ? schemaCheck.details.schema : null,
      format: typeof read?.details.format === 'string' ? read.details.format : null,
      rows: typeof read?.details.rows === 'number' ? read.details.rows : null,
      dvc: out?.md5 ? { md5: out.md5, source: out.source, dir: out.isDir, legacy: out.legacy } : null
    })
  }
  return { files, notes }
}
