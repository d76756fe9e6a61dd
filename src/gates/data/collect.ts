/**
 * One streaming pass over a dataset: schema validation (every violation counted, the first N per
 * rule kept with row, line, column and value) and collection of the columns the statistical tests
 * need (numbers into typed arrays, categories into counts). Memory is bounded by max-rows and
 * max-categories; the file itself is never held in memory.
 */
import type { Cell, TabularFormat, TabularRecord } from '../../scanners/tabular/index.js'
import { readTable, TabularError } from '../../scanners/tabular/index.js'
import { parseCell, type ColumnSpec, type DatasetSchema } from './schema.js'

export interface Example {
  row: number | null
  line: number | null
  column: string | null
  value: string | null
  message: string
}

export interface RuleViolations {
  rule: string
  count: number
  examples: Example[]
}

export class NumericColumn {
  values = new Float64Array(1024)
  rows = new Int32Array(1024)
  n = 0
  push(v: number, row: number): void {
    if (this.n === this.values.length) {
      const nv = new Float64Array(this.n * 2)
      nv.set(this.values)
      this.values = nv
      const nr = new Int32Array(this.n * 2)
      nr.set(this.rows)
      this.rows = nr
    }
    this.values[this.n] = v
    this.rows[this.n++] = row
  }
  view(): Float64Array {
    return this.values.subarray(0, this.n)
  }
}

export class CategoricalColumn {
  counts = new Map<string, number>()
  n = 0
  overflow = false
  constructor(private readonly max: number) {}
  push(v: string): void {
    this.n++
    const c = this.counts.get(v)
    if (c !== undefined) this.counts.set(v, c + 1)
    else if (this.counts.size < this.max) this.counts.set(v, 1)
    else this.overflow = true
  }
}

export type ColumnKind = 'numeric' | 'categorical'

export interface CollectOptions {
  format: TabularFormat
  delimiter?: string
  maxBytes: number
  maxRows: number
  maxCategories: number
  maxExamples: number
  signal?: AbortSignal
  schema?: DatasetSchema
  /** Columns to collect with a known kind (the reference pass); others are inferred when no schema says. */
  want?: Map<string, ColumnKind>
  /** Infer kinds of columns the schema does not type (dataset pass without schema). */
  infer: boolean
}

export interface Collected {
  rows: number
  /** Rows usable for statistics (not malformed). */
  goodRows: number
  /** File line of each row (index row - 1); null for Parquet. */
  lines: Int32Array | null
  columns: Set<string>
  /** Columns present in every well-formed record (CSV: the header). */
  numeric: Map<string, NumericColumn>
  categorical: Map<string, CategoricalColumn>
  /** Columns whose kind could not be inferred (mixed values, too many categories). */
  untyped: Map<string, string>
  violations: Map<string, RuleViolations>
}

const NUM_RE = /^\s*[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?\s*$/

export function asNumber(v: Cell): number | null {
  if (typeof v === 'number') return Number.isFinite(v) ? v : null
  if (typeof v === 'string') {
    if (v === '') return null
    const c = v.charCodeAt(0)
    const x = +v
    // Fast path for plain decimal text; anything unusual (spaces, hex, Infinity) goes through the regex.
    if (Number.isFinite(x) && ((c >= 48 && c <= 57) || c === 45 || c === 46) && !/[xXoObB]/.test(v)) return x
    return NUM_RE.test(v) ? Number(v) : null
  }
  return null
}

export function displayValue(v: Cell | undefined): string | null {
  if (v === undefined) return null
  let s: string
  if (typeof v === 'string') s = JSON.stringify(v)
  else if (typeof v === 'bigint') s = v.toString()
  else if (v instanceof Date) s = v.toISOString()
  else s = JSON.stringify(v) ?? String(v)
  return s.length > 80 ? s.slice(0, 77) + '...' : s
}

interface Inference {
  numeric: NumericColumn | null
  categorical: CategoricalColumn | null
  why?: string
}

export async function collect(file: string, rel: string, opts: CollectOptions): Promise<Collected> {
  const { schema } = opts
  const text = opts.format === 'csv' || opts.format === 'tsv'
  const out: Collected = {
    rows: 0,
    goodRows: 0,
    lines: opts.format === 'parquet' ? null : new Int32Array(1024),
    columns: new Set(),
    numeric: new Map(),
    categorical: new Map(),
    untyped: new Map(),
    violations: new Map()
  }
  const violate = (rule: string, ex: Example): void => {
    let v = out.violations.get(rule)
    if (!v) out.violations.set(rule, (v = { rule, count: 0, examples: [] }))
    v.count++
    if (v.examples.length < opts.maxExamples) v.examples.push(ex)
  }
  const uniques = new Map<string, Map<string, number>>()
  for (const c of schema?.columns ?? []) if (c.unique) uniques.set(c.name, new Map())
  const inferred = new Map<string, Inference>()
  const kindOf = (col: string): ColumnKind | 'infer' | null => {
    const w = opts.want?.get(col)
    if (w) return w
    if (opts.want) return null
    const spec = schema?.byName.get(col)
    if (spec) {
      if (spec.type === 'integer' || spec.type === 'number') return 'numeric'
      if (spec.type === 'category' || spec.type === 'boolean') return 'categorical'
      return null
    }
    return opts.infer ? 'infer' : null
  }
  const numCol = (col: string): NumericColumn => {
    let c = out.numeric.get(col)
    if (!c) out.numeric.set(col, (c = new NumericColumn()))
    return c
  }
  const catCol = (col: string): CategoricalColumn => {
    let c = out.categorical.get(col)
    if (!c) out.categorical.set(col, (c = new CategoricalColumn(opts.maxCategories)))
    return c
  }
  // Header-level checks for CSV/Parquet are made once (the keys array is shared by every record).
  let lastKeys: readonly string[] | null = null
  let perKeyUnknown: boolean[] = []
  let perKeySpec: Array<ColumnSpec | undefined> = []
  let perKeyKind: Array<ColumnKind | 'infer' | null> = []
  let missingRequired: ColumnSpec[] = []
  const headerReported = new Set<string>()
  let lastLine = 0

  const onRecord = (r: TabularRecord): void => {
    out.rows++
    if (out.lines) {
      if (out.rows > out.lines.length) {
        const nl = new Int32Array(out.lines.length * 2)
        nl.set(out.lines)
        out.lines = nl
      }
      out.lines[out.rows - 1] = r.line ?? 0
    }
    if (r.line) lastLine = r.line
    if (r.problem) {
      violate(r.problem.rule, { row: r.row, line: r.line, column: null, value: null, message: r.problem.message })
      return
    }
    out.goodRows++
    const keys = r.keys
    const shared = text || opts.format === 'parquet'
    if (keys !== lastKeys) {
      lastKeys = keys
      perKeyUnknown = keys.map((k) => !!schema && !schema.additionalColumns && !schema.byName.has(k))
      perKeySpec = keys.map((k) => schema?.byName.get(k))
      perKeyKind = keys.map((k) => kindOf(k))
      const present = new Set(keys)
      missingRequired = (schema?.columns ?? []).filter((c) => c.required && !present.has(c.name))
      for (const k of keys) out.columns.add(k)
    }
    // Unknown and missing columns: per record for JSON Lines, once (at the header) for CSV and Parquet.
    if (schema) {
      for (let i = 0; i < keys.length; i++) {
        if (!perKeyUnknown[i]) continue
        if (shared) {
          if (headerReported.has('u:' + keys[i])) continue
          headerReported.add('u:' + keys[i])
          violate('unknown-column', { row: null, line: text ? 1 : null, column: keys[i], value: null, message: `column "${keys[i]}" is not in the schema (additional-columns: false)` })
        } else {
          violate('unknown-column', { row: r.row, line: r.line, column: keys[i], value: displayValue(r.values[i]), message: `unknown key "${keys[i]}"` })
        }
      }
      for (const c of missingRequired) {
        if (shared) {
          if (headerReported.has('m:' + c.name)) continue
          headerReported.add('m:' + c.name)
          violate('missing-column', { row: null, line: text ? 1 : null, column: c.name, value: null, message: `required column "${c.name}" is not in the header` })
        } else {
          violate('missing-column', { row: r.row, line: r.line, column: c.name, value: null, message: `required key "${c.name}" is missing` })
        }
      }
    }
    for (let i = 0; i < keys.length; i++) {
      const col = keys[i]
      const v = r.values[i]
      const spec = perKeySpec[i]
      let parsed: number | string | boolean | null | undefined = undefined
      if (spec) {
        const p = parseCell(v, spec.type, text)
        if (!p.ok) {
          violate('type', { row: r.row, line: r.line, column: col, value: displayValue(v), message: `${p.reason} (column type ${spec.type})` })
          continue
        }
        parsed = p.value
        if (parsed === null) {
          if (!spec.nullable) violate('null', { row: r.row, line: r.line, column: col, value: displayValue(v), message: 'empty value in a column that is not nullable' })
          continue
        }
        if (spec.min !== undefined || spec.max !== undefined || spec.allowed || spec.regex) checkRules(spec, parsed, v, r, violate)
        const u = uniques.get(col)
        if (u) {
          const key = String(parsed)
          const first = u.get(key)
          if (first !== undefined) violate('unique', { row: r.row, line: r.line, column: col, value: displayValue(v), message: `duplicate of row ${first}` })
          else u.set(key, r.row)
        }
      }
      const kind = perKeyKind[i]
      if (!kind) continue
      if (kind === 'numeric') {
        const x = typeof parsed === 'number' ? parsed : asNumber(v)
        if (x !== null) numCol(col).push(x, r.row)
        else if (!spec && v !== null && v !== '' && v !== undefined) {
          // Reference pass: a value that is not a number in a numeric column.
          violate('type', { row: r.row, line: r.line, column: col, value: displayValue(v), message: 'not a number' })
        }
      } else if (kind === 'categorical') {
        if (v === null || v === undefined || (text && v === '')) continue
        catCol(col).push(typeof parsed === 'string' ? parsed : typeof parsed === 'boolean' ? String(parsed) : typeof v === 'object' ? JSON.stringify(v) : String(v))
      } else {
        // Infer: keep numbers while every value is one, and counts while there are few distinct values.
        if (v === null || v === undefined || (text && v === '')) continue
        let inf = inferred.get(col)
        if (!inf) inferred.set(col, (inf = { numeric: new NumericColumn(), categorical: new CategoricalColumn(Math.min(opts.maxCategories, 50)) }))
        if (inf.numeric) {
          const x = asNumber(v)
          if (x === null) inf.numeric = null
          else inf.numeric.push(x, r.row)
        }
        if (inf.categorical) {
          inf.categorical.push(typeof v === 'object' ? JSON.stringify(v) : String(v))
          if (inf.categorical.overflow) inf.categorical = null
        }
      }
    }
  }

  try {
    for await (const batch of readTable(file, opts.format, { delimiter: opts.delimiter, maxBytes: opts.maxBytes, signal: opts.signal, batchSize: 8192 })) {
      opts.signal?.throwIfAborted()
      for (const r of batch) {
        if (out.rows >= opts.maxRows) throw new TabularError(`more than ${opts.maxRows} rows (max-rows); the rest was not read`, r.line)
        onRecord(r)
      }
    }
  } catch (e) {
    if (e instanceof TabularError) {
      const where = e.line ? `${rel}:${e.line}` : rel
      throw new TabularError(`${where}: ${e.message}`, e.line ?? (lastLine || null))
    }
    throw e
  }
  for (const [col, inf] of inferred) {
    if (inf.numeric && inf.numeric.n > 0) out.numeric.set(col, inf.numeric)
    else if (inf.categorical) out.categorical.set(col, inf.categorical)
    else out.untyped.set(col, 'neither all numbers nor at most 50 distinct values (declare its type in a schema to test it)')
  }
  if (out.lines) out.lines = out.lines.subarray(0, out.rows)
  return out
}

function ruleExample(spec: ColumnSpec, raw: Cell | undefined, r: TabularRecord, message: string): Example {
  return { row: r.row, line: r.line, column: spec.name, value: displayValue(raw), message }
}

function checkRules(spec: ColumnSpec, value: number | string | boolean, raw: Cell | undefined, r: TabularRecord, violate: (rule: string, ex: Example) => void): void {
  if (spec.min !== undefined) {
    if (typeof value === 'number' && typeof spec.min === 'number' && value < spec.min) violate('min', ruleExample(spec, raw, r, `below the minimum ${spec.min}`))
    if (typeof value === 'string' && typeof spec.min === 'string' && Date.parse(value) < Date.parse(spec.min)) violate('min', ruleExample(spec, raw, r, `before the minimum ${spec.min}`))
  }
  if (spec.max !== undefined) {
    if (typeof value === 'number' && typeof spec.max === 'number' && value > spec.max) violate('max', ruleExample(spec, raw, r, `above the maximum ${spec.max}`))
    if (typeof value === 'string' && typeof spec.max === 'string' && Date.parse(value) > Date.parse(spec.max)) violate('max', ruleExample(spec, raw, r, `after the maximum ${spec.max}`))
  }
  if (spec.allowed && !spec.allowed.has(String(value))) {
    violate('allowed-values', ruleExample(spec, raw, r, `not one of the allowed values (${[...spec.allowed].slice(0, 10).join(', ')}${spec.allowed.size > 10 ? ', ...' : ''})`))
  }
  if (spec.regex && typeof value === 'string' && !spec.regex.test(value)) violate('pattern', ruleExample(spec, raw, r, `does not match the pattern ${spec.pattern}`))
}
