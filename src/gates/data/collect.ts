/**
 * One streaming pass over a dataset: schema validation (every violation counted, the first N per
 * rule kept with row, line, column and value) and collection of the columns the statistical tests
 * need (numbers into typed arrays, categories into counts). Memory is bounded by max-rows and
 * max-categories; the file itself is never held in memory.
 */
import type { Cell, TabularFormat, TabularRecord } from '../../scanners/tabular/index.js'
import { csvHeader, csvProblem, fieldTexts, readTable, scanCsv, TabularError, type CsvSink } from '../../scanners/tabular/index.js'
import { parseCell, type ColumnSpec, type ColumnType, type DatasetSchema, type Parsed } from './schema.js'

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

/**
 * Values already seen in a `unique` column, with the row of each. Numbers are keyed by value
 * (String(a) === String(b) exactly when a === b, -0 and 0 included), small non-negative integers in
 * a dense table; other values by their text.
 */
class UniqueIndex {
  private dense = new Int32Array(0)
  private numbers = new Map<number, number>()
  private strings = new Map<string, number>()
  /** The row that already had this value, or undefined (and the value is recorded for `row`). */
  seen(value: number | string | boolean, row: number): number | undefined {
    if (typeof value === 'number') {
      if (value >= 0 && value < DENSE_MAX && Number.isInteger(value)) {
        if (value >= this.dense.length) {
          if (value >= Math.max(1 << 16, 8 * (this.numbers.size + row))) return this.sparse(value, row)
          let size = Math.max(1 << 16, this.dense.length)
          while (size <= value) size *= 2
          const d = new Int32Array(Math.min(size, DENSE_MAX))
          d.set(this.dense)
          this.dense = d
        }
        const first = this.dense[value]
        if (first !== 0) return first
        this.dense[value] = row
        return undefined
      }
      return this.sparse(value, row)
    }
    const key = String(value)
    const first = this.strings.get(key)
    if (first === undefined) this.strings.set(key, row)
    return first
  }
  private sparse(value: number, row: number): number | undefined {
    const first = this.numbers.get(value)
    if (first === undefined) this.numbers.set(value, row)
    return first
  }
}

const DENSE_MAX = 1 << 24

const POW10 = [1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22]

/** ±m·10^p, or NaN where one rounding step would not equal Number()'s result (|p| > 22). */
function scaleDecimal(neg: boolean, m: number, p: number): number {
  let x: number
  if (p === 0) x = m
  else if (p > 0 && p <= 22) x = m * POW10[p]
  else if (p < 0 && p >= -22) x = m / POW10[-p]
  else return Number.NaN
  return neg ? -x : x
}

/**
 * Plain decimal text in b[s, e) ([+-]digits[.digits][e[+-]digits], or [+-]digits when `integer`)
 * to the number Number() gives for it, without making a string; NaN for anything else, and for
 * numbers that would need more than one rounding (over 15 significant digits, or a power of ten
 * beyond 1e22), which the caller parses from text. With the mantissa and the power of ten both
 * exact, one multiplication or division rounds correctly (Clinger's fast path).
 */
export function parseDecimal(b: Uint8Array, s: number, e: number, integer: boolean): number {
  let i = s
  let neg = false
  let c = b[i]
  if (c === 45 || c === 43) {
    neg = c === 45
    i++
  }
  let m = 0
  let any = false
  let frac = 0
  for (; i < e; i++) {
    const dg = b[i] - 48
    if (dg < 0 || dg > 9) break
    if (m > 900719925474099) return Number.NaN
    m = m * 10 + dg
    any = true
  }
  let exp = 0
  if (i < e) {
    if (integer) return Number.NaN
    if (b[i] === 46) {
      for (i++; i < e; i++) {
        const dg = b[i] - 48
        if (dg < 0 || dg > 9) break
        if (m > 900719925474099) return Number.NaN
        m = m * 10 + dg
        frac++
        any = true
      }
    }
    if (!any) return Number.NaN
    if (i < e) {
      if ((b[i] | 32) !== 101) return Number.NaN
      i++
      let eneg = false
      c = b[i]
      if (i < e && (c === 45 || c === 43)) {
        eneg = c === 45
        i++
      }
      if (i >= e) return Number.NaN
      for (; i < e; i++) {
        const dg = b[i] - 48
        if (dg < 0 || dg > 9) return Number.NaN
        exp = exp * 10 + dg
        if (exp > 400) return Number.NaN
      }
      if (eneg) exp = -exp
    }
  } else if (!any) return Number.NaN
  return scaleDecimal(neg, m, exp - frac)
}

/** Where the field parseField last read ends (the delimiter after it, or the end of the line). */
let fieldEnd = 0

/**
 * parseDecimal of the field starting at b[s] (it ends at the next delimiter byte `d`, or at `end`),
 * read in the same pass that finds the field's end, which it leaves in `fieldEnd`.
 */
export function parseField(b: Uint8Array, s: number, end: number, d: number, integer: boolean): number {
  let i = s
  let c = i < end ? b[i] : d
  let neg = false
  if (c === 45 || c === 43) {
    neg = c === 45
    c = ++i < end ? b[i] : d
  }
  let m = 0
  let any = false
  let frac = 0
  let exp = 0
  for (; c >= 48 && c <= 57; c = ++i < end ? b[i] : d) {
    if (m > 900719925474099) return skipField(b, i, end, d)
    m = m * 10 + (c - 48)
    any = true
  }
  if (c === 46) {
    if (integer) return skipField(b, i, end, d)
    for (c = ++i < end ? b[i] : d; c >= 48 && c <= 57; c = ++i < end ? b[i] : d) {
      if (m > 900719925474099) return skipField(b, i, end, d)
      m = m * 10 + (c - 48)
      frac++
      any = true
    }
  }
  if (!any) return skipField(b, i, end, d)
  if ((c | 32) === 101 && i < end) {
    if (integer) return skipField(b, i, end, d)
    let eneg = false
    c = ++i < end ? b[i] : d
    if (c === 45 || c === 43) {
      eneg = c === 45
      c = ++i < end ? b[i] : d
    }
    if (!(c >= 48 && c <= 57) || i >= end) return skipField(b, i, end, d)
    for (; c >= 48 && c <= 57 && i < end; c = ++i < end ? b[i] : d) {
      exp = exp * 10 + (c - 48)
      if (exp > 400) return skipField(b, i, end, d)
    }
    if (eneg) exp = -exp
  }
  if (i < end && c !== d) return skipField(b, i, end, d)
  fieldEnd = i
  return scaleDecimal(neg, m, exp - frac)
}

/** `fieldEnd`, for tests. */
export const lastFieldEnd = (): number => fieldEnd

function skipField(b: Uint8Array, i: number, end: number, d: number): number {
  while (i < end && b[i] !== d) i++
  fieldEnd = i
  return Number.NaN
}

// How the CSV fast path treats a column: neither validated nor collected; an integer or number
// column of the schema, collected as numbers; a numeric column with no schema type (the reference
// pass); through the general per-cell code, from the cell's text.
const SKIP = 0
const SCHEMA_NUMBER = 1
const NUMBER = 2
const TEXT = 3

/**
 * Short cells (at most 6 bytes) seen before in a column, as strings made once, with what parseCell
 * made of them (it depends on the text alone).
 */
class Interner {
  private keys = new Float64Array(16)
  private strs: string[] = []
  private memo: Array<Parsed | undefined> = []
  private last = -1
  text(buf: Buffer, s: number, e: number): string {
    const len = e - s
    this.last = -1
    if (len > 6) return buf.toString('utf8', s, e)
    let k = len
    for (let i = s; i < e; i++) k = k * 256 + buf[i]
    const keys = this.keys
    const n = this.strs.length
    for (let j = 0; j < n; j++) {
      if (keys[j] === k) {
        this.last = j
        return this.strs[j]
      }
    }
    const str = buf.toString('utf8', s, e)
    if (n < 16) {
      keys[n] = k
      this.strs.push(str)
      this.memo.push(undefined)
      this.last = n
    }
    return str
  }
  /** parseCell of the text the last call gave, as a column of `type`, when that text was interned. */
  parsed(type: ColumnType): Parsed | undefined {
    const j = this.last
    if (j < 0) return undefined
    return (this.memo[j] ??= parseCell(this.strs[j], type, true))
  }
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
  const uniques = new Map<string, UniqueIndex>()
  for (const c of schema?.columns ?? []) if (c.unique) uniques.set(c.name, new UniqueIndex())
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
  let perKeyUnique: Array<UniqueIndex | undefined> = []
  let missingRequired: ColumnSpec[] = []
  const headerReported = new Set<string>()
  let lastLine = 0

  /** Counts a record; false when it is malformed (reported, not used). */
  const begin = (row: number, line: number | null, problem: TabularRecord['problem']): boolean => {
    out.rows++
    if (out.lines) {
      if (out.rows > out.lines.length) {
        const nl = new Int32Array(out.lines.length * 2)
        nl.set(out.lines)
        out.lines = nl
      }
      out.lines[out.rows - 1] = line ?? 0
    }
    if (line) lastLine = line
    if (problem) {
      violate(problem.rule, { row, line, column: null, value: null, message: problem.message })
      return false
    }
    out.goodRows++
    return true
  }

  /** One cell, by the general rules (any format, any type). */
  const cell = (i: number, col: string, v: Cell | undefined, row: number, line: number | null, known?: Parsed): void => {
    const spec = perKeySpec[i]
    let parsed: number | string | boolean | null | undefined = undefined
    if (spec) {
      const p = known ?? parseCell(v, spec.type, text)
      if (!p.ok) {
        violate('type', { row, line, column: col, value: displayValue(v), message: `${p.reason} (column type ${spec.type})` })
        return
      }
      parsed = p.value
      if (parsed === null) {
        if (!spec.nullable) violate('null', { row, line, column: col, value: displayValue(v), message: 'empty value in a column that is not nullable' })
        return
      }
      if (spec.min !== undefined || spec.max !== undefined || spec.allowed || spec.regex) checkRules(spec, parsed, v, row, line, violate)
      const u = perKeyUnique[i]
      if (u) {
        const first = u.seen(parsed, row)
        if (first !== undefined) violate('unique', { row, line, column: col, value: displayValue(v), message: `duplicate of row ${first}` })
      }
    }
    const kind = perKeyKind[i]
    if (!kind) return
    if (kind === 'numeric') {
      const x = typeof parsed === 'number' ? parsed : asNumber(v as Cell)
      if (x !== null) numCol(col).push(x, row)
      else if (!spec && v !== null && v !== '' && v !== undefined) {
        // Reference pass: a value that is not a number in a numeric column.
        violate('type', { row, line, column: col, value: displayValue(v), message: 'not a number' })
      }
    } else if (kind === 'categorical') {
      if (v === null || v === undefined || (text && v === '')) return
      catCol(col).push(typeof parsed === 'string' ? parsed : typeof parsed === 'boolean' ? String(parsed) : typeof v === 'object' ? JSON.stringify(v) : String(v))
    } else {
      // Infer: keep numbers while every value is one, and counts while there are few distinct values.
      if (v === null || v === undefined || (text && v === '')) return
      let inf = inferred.get(col)
      if (!inf) inferred.set(col, (inf = { numeric: new NumericColumn(), categorical: new CategoricalColumn(Math.min(opts.maxCategories, 50)) }))
      if (inf.numeric) {
        const x = asNumber(v)
        if (x === null) inf.numeric = null
        else inf.numeric.push(x, row)
      }
      if (inf.categorical) {
        inf.categorical.push(typeof v === 'object' ? JSON.stringify(v) : String(v))
        if (inf.categorical.overflow) inf.categorical = null
      }
    }
  }

  const onRecord = (r: TabularRecord): void => {
    if (!begin(r.row, r.line, r.problem)) return
    const keys = r.keys
    const shared = text || opts.format === 'parquet'
    if (keys !== lastKeys) {
      lastKeys = keys
      perKeyUnknown = keys.map((k) => !!schema && !schema.additionalColumns && !schema.byName.has(k))
      perKeySpec = keys.map((k) => schema?.byName.get(k))
      perKeyKind = keys.map((k) => kindOf(k))
      perKeyUnique = keys.map((k) => uniques.get(k))
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
    for (let i = 0; i < keys.length; i++) cell(i, keys[i], r.values[i], r.row, r.line)
  }

  /**
   * CSV/TSV: records without quotes arrive as byte ranges. Number columns are parsed from the bytes
   * and checked here; everything else, and any number that is not plain decimal text, goes through
   * `cell` with the cell's text, so the outcome is the same as reading every cell as a string.
   */
  const readCsvColumns = async (): Promise<void> => {
    let header: string[] | null = null
    let row = 0
    let modes: number[] = []
    let interners: Interner[] = []
    let numbers: Array<NumericColumn | undefined> = []
    let minN: number[] = []
    let maxN: number[] = []
    let ruled: boolean[] = []
    let integers = new Uint8Array(0)
    const setHeader = (cells: string[], line: number, unterminated: boolean): void => {
      header = csvHeader(cells, line, unterminated)
      modes = header.map((col) => {
        const spec = schema && !opts.want ? schema.byName.get(col) : undefined
        const kind = kindOf(col)
        if (spec && (spec.type === 'integer' || spec.type === 'number') && kind === 'numeric') return SCHEMA_NUMBER
        if (!spec && kind === 'numeric' && !schema?.byName.has(col)) return NUMBER
        if (!kind && !schema?.byName.has(col)) return SKIP
        return TEXT
      })
      interners = header.map(() => new Interner())
      numbers = header.map(() => undefined)
      const specs = header.map((col) => schema?.byName.get(col))
      minN = specs.map((c) => (typeof c?.min === 'number' ? c.min : Number.NaN))
      maxN = specs.map((c) => (typeof c?.max === 'number' ? c.max : Number.NaN))
      ruled = specs.map((c) => !!(c && (c.min !== undefined || c.max !== undefined || c.allowed || c.regex)))
      integers = Uint8Array.from(header, (col, i) => (modes[i] === SCHEMA_NUMBER && specs[i]?.type === 'integer' ? 1 : 0))
    }
    const textRecord = (cells: string[], line: number, unterminated: boolean): void => {
      if (!header) return setHeader(cells, line, unterminated)
      row++
      if (out.rows >= opts.maxRows) throw new TabularError(`more than ${opts.maxRows} rows (max-rows); the rest was not read`, line)
      const rec: TabularRecord = { row, line, keys: header, values: cells }
      const problem = csvProblem(cells.length, header.length, unterminated, line)
      if (problem) rec.problem = problem
      onRecord(rec)
    }
    const delimiter = opts.delimiter ?? (opts.format === 'tsv' ? '\t' : ',')
    const d = delimiter.charCodeAt(0)
    // A delimiter that can be part of a number (a digit, point, sign or e) is split on first.
    const fused = !/[0-9.+\-eE]/.test(delimiter)
    let starts = new Int32Array(0)
    let ends = new Int32Array(0)
    let numbersRead = new Float64Array(0)
    const sink: CsvSink = {
      cells: textRecord,
      line(buf, start, end, line) {
        const h = header
        if (!h || lastKeys !== h) return textRecord(fieldTexts(buf, start, end, d), line, false)
        if (starts.length !== h.length) {
          starts = new Int32Array(h.length)
          ends = new Int32Array(h.length)
          numbersRead = new Float64Array(h.length)
        }
        // Split the line and parse the number columns in the same pass over its bytes.
        const n = h.length
        let count = 0
        let p = start
        for (;;) {
          if (count === n) {
            count++
            break
          }
          const mode = modes[count]
          let q: number
          if (fused && (mode === SCHEMA_NUMBER || mode === NUMBER)) {
            numbersRead[count] = parseField(buf, p, end, d, integers[count] === 1)
            q = fieldEnd
          } else {
            q = p
            while (q < end && buf[q] !== d) q++
            if (mode === SCHEMA_NUMBER || mode === NUMBER) numbersRead[count] = q > p ? parseDecimal(buf, p, q, integers[count] === 1) : Number.NaN
          }
          starts[count] = p
          ends[count++] = q
          if (q >= end) break
          p = q + 1
        }
        if (count !== n) return textRecord(fieldTexts(buf, start, end, d), line, false)
        row++
        if (out.rows >= opts.maxRows) throw new TabularError(`more than ${opts.maxRows} rows (max-rows); the rest was not read`, line)
        begin(row, line, undefined)
        for (let i = 0; i < count; i++) {
          const mode = modes[i]
          if (mode === SKIP) continue
          const s = starts[i]
          const e = ends[i]
          if (mode === TEXT) {
            const it = interners[i]
            const v = it.text(buf, s, e)
            const spec = perKeySpec[i]
            cell(i, h[i], v, row, line, spec ? it.parsed(spec.type) : undefined)
            continue
          }
          const x = numbersRead[i]
          if (x !== x) {
            cell(i, h[i], buf.toString('utf8', s, e), row, line)
            continue
          }
          if (mode === SCHEMA_NUMBER) {
            // What `cell` does with a number: the rules, uniqueness, then the statistics.
            if (ruled[i]) {
              const spec = perKeySpec[i]!
              if (x < minN[i] || x > maxN[i] || (spec.allowed && !spec.allowed.has(String(x))) || spec.regex) checkRules(spec, x, buf.toString('utf8', s, e), row, line, violate)
            }
            const u = perKeyUnique[i]
            if (u) {
              const first = u.seen(x, row)
              if (first !== undefined) violate('unique', { row, line, column: h[i], value: displayValue(buf.toString('utf8', s, e)), message: `duplicate of row ${first}` })
            }
          }
          let c = numbers[i]
          if (!c) c = numbers[i] = numCol(h[i])
          c.push(x, row)
        }
      }
    }
    for await (const _ of scanCsv(file, { delimiter, maxBytes: opts.maxBytes, signal: opts.signal }, sink)) opts.signal?.throwIfAborted()
    if (!header) throw new TabularError('the file is empty: no header line', 1)
  }

  try {
    if (text) await readCsvColumns()
    else {
      for await (const batch of readTable(file, opts.format, { delimiter: opts.delimiter, maxBytes: opts.maxBytes, signal: opts.signal, batchSize: 8192 })) {
        opts.signal?.throwIfAborted()
        for (const r of batch) {
          if (out.rows >= opts.maxRows) throw new TabularError(`more than ${opts.maxRows} rows (max-rows); the rest was not read`, r.line)
          onRecord(r)
        }
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

function ruleExample(spec: ColumnSpec, raw: Cell | undefined, row: number, line: number | null, message: string): Example {
  return { row, line, column: spec.name, value: displayValue(raw), message }
}

function checkRules(spec: ColumnSpec, value: number | string | boolean, raw: Cell | undefined, row: number, line: number | null, violate: (rule: string, ex: Example) => void): void {
  if (spec.min !== undefined) {
    if (typeof value === 'number' && typeof spec.min === 'number' && value < spec.min) violate('min', ruleExample(spec, raw, row, line, `below the minimum ${spec.min}`))
    if (typeof value === 'string' && typeof spec.min === 'string' && Date.parse(value) < Date.parse(spec.min)) violate('min', ruleExample(spec, raw, row, line, `before the minimum ${spec.min}`))
  }
  if (spec.max !== undefined) {
    if (typeof value === 'number' && typeof spec.max === 'number' && value > spec.max) violate('max', ruleExample(spec, raw, row, line, `above the maximum ${spec.max}`))
    if (typeof value === 'string' && typeof spec.max === 'string' && Date.parse(value) > Date.parse(spec.max)) violate('max', ruleExample(spec, raw, row, line, `after the maximum ${spec.max}`))
  }
  if (spec.allowed && !spec.allowed.has(String(value))) {
    violate('allowed-values', ruleExample(spec, raw, row, line, `not one of the allowed values (${[...spec.allowed].slice(0, 10).join(', ')}${spec.allowed.size > 10 ? ', ...' : ''})`))
  }
  if (spec.regex && typeof value === 'string' && !spec.regex.test(value)) violate('pattern', ruleExample(spec, raw, row, line, `does not match the pattern ${spec.pattern}`))
}
