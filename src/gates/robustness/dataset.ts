/**
 * Reads the labelled evaluation set (CSV, TSV, JSON Lines, Parquet through the shared tabular
 * readers), decides which columns are features and of what kind, measures their ranges and
 * categories, and keeps a seeded sample of examples. Every problem names the file, row and fix.
 */
import path from 'node:path'
import { rng } from '../../scanners/stats/rng.js'
import { readTable, TabularError, type Cell, type TabularFormat } from '../../scanners/tabular/index.js'
import type { FeatureValue, PredictInput } from '../../targets/predict.js'
import type { ColumnConfig, RobustnessConfig } from './config.js'
import { imageValue, PixelError, pngPixels, readPixels, type ImageSpec } from './image.js'
import { decodePng, PngError } from './png.js'

export type ColumnType = ColumnConfig['type']

export interface Column {
  name: string
  type: ColumnType
  /** Range of a number or integer column (declared, else seen). */
  lo: number
  hi: number
  /** Allowed values of a categorical column (declared, else seen, up to 1000). */
  values: FeatureValue[]
  frozen: boolean
  /** Shape, pixel kind and layout of an image column. */
  image?: ImageSpec
}

export interface Example {
  /** Position in the sample (0-based). */
  index: number
  /** 1-based data row in the file, and its line (null for Parquet). */
  row: number
  line: number | null
  input: PredictInput
  label: string
}

export interface EvalSet {
  columns: Column[]
  /** Feature column names in file order (what {{row}} and {{features}} carry). */
  order: string[]
  examples: Example[]
  classes: string[]
  rowsRead: number
  /** Rows left out (no label, a malformed record), with where. */
  skipped: string[]
}

export class EvalSetError extends Error {}

/** A label in the form labels are compared: numbers in their shortest form ("1.0" and 1 are "1"). */
export function canonicalLabel(v: unknown): string | null {
  if (typeof v === 'number') return Number.isFinite(v) ? String(v) : null
  if (typeof v === 'bigint') return v.toString()
  if (typeof v === 'boolean') return String(v)
  if (typeof v !== 'string') return null
  const t = v.trim()
  if (t === '') return null
  if (/^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/.test(t)) return String(Number(t))
  return t
}

const numeric = (v: Cell): number | null => {
  if (typeof v === 'number') return Number.isFinite(v) ? v : null
  if (typeof v === 'bigint') return Number(v)
  if (typeof v === 'string' && /^\s*[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?\s*$/.test(v)) return Number(v)
  return null
}

const scalar = (v: Cell): FeatureValue => (v === null || typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' ? v : typeof v === 'bigint' ? Number(v) : v instanceof Date ? v.toISOString() : JSON.stringify(v))

interface Seen {
  nums: number
  ints: number
  nonNull: number
  lo: number
  hi: number
  values: Map<string, FeatureValue>
  textLen: number
  spaces: number
}

/** The image columns declared in the config, with their pixel range (default [0, 1] float, [0, 255] integer). */
export function imageSpecs(cfg: RobustnessConfig): Map<string, ImageSpec> {
  const out = new Map<string, ImageSpec>()
  for (const [name, c] of Object.entries(cfg.columns)) {
    if (c.type !== 'image' || !c.shape) continue
    const integer = c.pixels === 'integer'
    const [lo, hi] = c.range ?? (integer ? [0, 255] : [0, 1])
    out.set(name, { shape: c.shape, size: c.shape.reduce((a, b) => a * b, 1), integer, layout: c.layout ?? 'nested', source: c.source ?? 'pixels', lo, hi })
  }
  return out
}

/**
 * Reads the file. `placeholders` are the columns the request template names; with `wholeRow` (the
 * template uses {{row}} or {{features}}) every column but the label is a feature.
 */
export async function loadEvalSet(
  abs: string,
  rel: string,
  format: TabularFormat,
  cfg: RobustnessConfig,
  placeholders: string[],
  wholeRow: boolean,
  signal: AbortSignal,
  /** Reads a PNG named by an image column (a path relative to the evaluation set's folder). */
  readPng?: (relPath: string, what: string) => Promise<Buffer>
): Promise<EvalSet> {
  const rand = rng(cfg.seed ^ 0x5eed)
  const images = imageSpecs(cfg)
  const keep: Array<{ row: number; line: number | null; cells: Map<string, Cell>; label: string; pixels: Map<string, Float64Array>; pngs: Map<string, string> }> = []
  const seen = new Map<string, Seen>()
  const skipped: string[] = []
  let keys: readonly string[] | null = null
  let order: string[] = []
  let rowsRead = 0
  let eligible = 0
  const labels = new Set<string>()
  const where = (line: number | null, row: number) => (line ? `${rel}:${line}` : `${rel} row ${row}`)
  try {
    for await (const batch of readTable(abs, format, { maxBytes: cfg['max-bytes'], signal })) {
      for (const r of batch) {
        rowsRead++
        if (r.problem) {
          skipped.push(`${where(r.line, r.row)}: ${r.problem.message}`)
          continue
        }
        if (r.keys !== keys) {
          keys = r.keys
          if (!order.length) {
            if (!r.keys.includes(cfg.label)) {
              throw new EvalSetError(`${rel}: no label column "${cfg.label}"; the file has columns ${r.keys.map((k) => JSON.stringify(k)).join(', ')}: set gates.robustness.label to the column of the true label`)
            }
            const features = wholeRow ? [...r.keys.filter((k) => k !== cfg.label), ...placeholders.filter((p) => !r.keys.includes(p))] : placeholders
            const missing = features.filter((f) => !r.keys.includes(f))
            if (missing.length) {
              throw new EvalSetError(
                `${rel}: the request template names ${missing.map((m) => `{{${m}}}`).join(', ')}, but the file has no such column (columns: ${r.keys.map((k) => JSON.stringify(k)).join(', ')}): fix the placeholders in gates.robustness.target.body`
              )
            }
            if (features.includes(cfg.label)) throw new EvalSetError(`gates.robustness.target.body sends the label column "${cfg.label}" to the model: leave it out of the template`)
            order = features
          }
        }
        const cells = new Map<string, Cell>()
        for (let i = 0; i < r.keys.length; i++) cells.set(r.keys[i], r.values[i])
        const label = canonicalLabel(cells.get(cfg.label) ?? null)
        if (label === null) {
          skipped.push(`${where(r.line, r.row)}: no label in column "${cfg.label}"`)
          continue
        }
        if (!order.every((k) => cells.has(k))) {
          skipped.push(`${where(r.line, r.row)}: missing feature column(s) ${order.filter((k) => !cells.has(k)).join(', ')}`)
          continue
        }
        const pixels = new Map<string, Float64Array>()
        const pngs = new Map<string, string>()
        const bad = (k: string, msg: string) =>
          new EvalSetError(`${where(r.line, r.row)}${r.line ? ` (row ${r.row})` : ''}, column "${k}": ${msg}: fix the row, or the column's shape, range or pixels in gates.robustness.columns.${k}`)
        for (const k of order) {
          const v = cells.get(k) ?? null
          let s = seen.get(k)
          if (!s) seen.set(k, (s = { nums: 0, ints: 0, nonNull: 0, lo: Infinity, hi: -Infinity, values: new Map(), textLen: 0, spaces: 0 }))
          const spec = images.get(k)
          if (spec?.source === 'png') {
            // The file is read for the sampled rows only, below; here the cell must name one.
            if (typeof v !== 'string' || !v.trim()) throw bad(k, `holds ${v === null || v === '' ? 'nothing' : JSON.stringify(v)}, not the path of a PNG file`)
            pngs.set(k, v.trim())
            continue
          }
          if (spec) {
            // Every row's image is checked, not only the sampled ones: a bad row is an error naming it.
            try {
              pixels.set(k, readPixels(v, spec))
            } catch (e) {
              if (!(e instanceof PixelError)) throw e
              throw bad(k, e.message)
            }
            continue
          }
          if (Array.isArray(v) && (typeof v[0] === 'number' || Array.isArray(v[0]))) {
            throw new EvalSetError(
              `${where(r.line, r.row)}, column "${k}" holds a list of numbers: if it is an image, declare it, e.g. columns: { ${k}: { type: image, shape: [8, 8], range: [0, 255], pixels: integer } }`
            )
          }
          if (v === null || v === '') continue
          s.nonNull++
          const n = numeric(v)
          if (n !== null) {
            s.nums++
            if (Number.isInteger(n)) s.ints++
            if (n < s.lo) s.lo = n
            if (n > s.hi) s.hi = n
          }
          if (typeof v === 'string') {
            s.textLen += v.length
            if (/\s/.test(v.trim())) s.spaces++
          }
          if (s.values.size < 1000) s.values.set(JSON.stringify(scalar(v)), scalar(v))
        }
        // Reservoir sampling, seeded: the same file and seed give the same examples.
        eligible++
        if (labels.size < 10_000) labels.add(label)
        const item = { row: r.row, line: r.line, cells, label, pixels, pngs }
        if (keep.length < cfg['max-rows']) keep.push(item)
        else {
          const j = Math.floor(rand() * eligible)
          if (j < cfg['max-rows']) keep[j] = item
        }
      }
    }
  } catch (e) {
    if (e instanceof TabularError) throw new EvalSetError(`${rel}${e.line ? `:${e.line}` : ''}: ${e.message}`)
    throw e
  }
  if (!order.length || keep.length === 0) throw new EvalSetError(`${rel}: no labelled example to evaluate (${rowsRead} rows read${skipped.length ? `, ${skipped.length} left out: ${skipped[0]}` : ''})`)
  keep.sort((a, b) => a.row - b.row)
  for (const k of keep) {
    for (const [name, file] of k.pngs) {
      const at = `${where(k.line, k.row)}${k.line ? ` (row ${k.row})` : ''}, column "${name}"`
      if (!readPng) throw new EvalSetError(`${at}: PNG files cannot be read here`)
      const spec = images.get(name)!
      const p = path.posix.join(path.posix.dirname(rel.replace(/\\/g, '/')), file)
      try {
        k.pixels.set(name, pngPixels(decodePng(await readPng(p, `${at}: the PNG file`), spec.size), spec))
      } catch (e) {
        if (e instanceof PngError || e instanceof PixelError) throw new EvalSetError(`${at}: the PNG file ${p} ${e.message}: fix the file, or the column's shape in gates.robustness.columns.${name}`)
        if ((e as NodeJS.ErrnoException).code === 'ENOENT') throw new EvalSetError(`${at}: the PNG file ${p} does not exist (paths are relative to the evaluation set's folder)`)
        throw e
      }
    }
  }

  const columns: Column[] = order.map((name) => {
    const decl = cfg.columns[name]
    const s = seen.get(name)!
    const image = images.get(name)
    if (image) return { name, type: 'image', lo: image.lo, hi: image.hi, values: [], frozen: decl?.frozen ?? false, image }
    const inferred: ColumnType =
      s.nonNull > 0 && s.nums === s.nonNull ? (s.ints === s.nums ? 'integer' : 'number') : s.spaces > s.nonNull / 2 && s.textLen / Math.max(1, s.nonNull) > 15 ? 'text' : 'categorical'
    const type = decl?.type ?? inferred
    if ((type === 'number' || type === 'integer') && s.nums < s.nonNull) {
      throw new EvalSetError(`${rel}: column "${name}" is declared ${type} but holds values that are not numbers (e.g. ${[...s.values.values()].find((v) => numeric(v as Cell) === null)}): declare it categorical or text in gates.robustness.columns`)
    }
    const [lo, hi] = decl?.range ?? [Number.isFinite(s.lo) ? s.lo : 0, Number.isFinite(s.hi) ? s.hi : 0]
    return { name, type, lo, hi, values: decl?.values ?? [...s.values.values()], frozen: decl?.frozen ?? false }
  })
  for (const name of Object.keys(cfg.columns)) {
    if (!order.includes(name)) throw new EvalSetError(`gates.robustness.columns.${name}: the request template does not send this column (features: ${order.join(', ')}): remove it or add {{${name}}} to the body`)
  }
  const byName = new Map(columns.map((c) => [c.name, c]))
  const examples: Example[] = keep.map((k, index) => ({
    index,
    row: k.row,
    line: k.line,
    label: k.label,
    input: Object.fromEntries(
      order.map((name) => {
        const c = byName.get(name)!
        const v = k.cells.get(name) ?? null
        if (c.image) return [name, imageValue(k.pixels.get(name)!, c.image)]
        if (c.type === 'number' || c.type === 'integer') return [name, v === null || v === '' ? null : numeric(v)]
        return [name, scalar(v)]
      })
    )
  }))
  const classes = [...labels].sort()
  return { columns, order, examples, classes, rowsRead, skipped }
}
