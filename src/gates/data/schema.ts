/**
 * Dataset schema files (YAML) and the per-cell rules they imply.
 *
 *   columns:
 *     user: { type: string, pattern: "^[A-Z]$" }
 *     val:  { type: number, min: 0 }
 *     kind: { type: category, values: [a, b, c] }
 *   additional-columns: false
 */
import { readFile } from 'node:fs/promises'
import { parseDocument } from 'yaml'
import { z } from 'zod'
import { ConfigError } from '../../engine/errors.js'
import type { Cell } from '../../scanners/tabular/index.js'

export const COLUMN_TYPES = ['integer', 'number', 'string', 'boolean', 'date', 'datetime', 'category'] as const
export type ColumnType = (typeof COLUMN_TYPES)[number]

const scalar = z.union([z.string(), z.number(), z.boolean()])

const columnSchema = z.strictObject({
  type: z.enum(COLUMN_TYPES),
  required: z.boolean().default(true),
  nullable: z.boolean().default(false),
  min: z.union([z.number(), z.string()]).optional(),
  max: z.union([z.number(), z.string()]).optional(),
  values: z.array(scalar).min(1).optional(),
  pattern: z.string().optional(),
  unique: z.boolean().default(false),
  description: z.string().optional()
})

const schemaFileSchema = z.strictObject({
  columns: z.record(z.string().min(1), columnSchema).refine((c) => Object.keys(c).length > 0, 'columns must list at least one column'),
  'additional-columns': z.boolean().default(false)
})

export type ColumnSpec = z.infer<typeof columnSchema> & { name: string; regex?: RegExp; allowed?: Set<string> }
export interface DatasetSchema {
  file: string
  columns: ColumnSpec[]
  byName: Map<string, ColumnSpec>
  additionalColumns: boolean
}

function lineAt(text: string, offset: number | undefined): number | null {
  if (offset === undefined) return null
  let line = 1
  for (let i = 0; i < offset && i < text.length; i++) if (text.charCodeAt(i) === 10) line++
  return line
}

/** Parses a schema file; every problem is a ConfigError naming the file, the line when known, and the key. */
export function parseSchemaText(text: string, file: string): DatasetSchema {
  const doc = parseDocument(text, { prettyErrors: false })
  if (doc.errors.length) {
    const e = doc.errors[0]
    throw new ConfigError('CONFIG_SYNTAX', `${file}:${lineAt(text, e.pos?.[0]) ?? 1}: the schema is not valid YAML: ${e.message.split('\n')[0]}`)
  }
  const r = schemaFileSchema.safeParse(doc.toJS())
  if (!r.success) {
    const issue = r.error.issues[0]
    const keyPath = issue.path.map(String)
    let line: number | null = null
    const node = keyPath.length ? (doc.getIn(keyPath, true) as { range?: [number, number, number] } | undefined) : undefined
    if (node?.range) line = lineAt(text, node.range[0])
    else if (keyPath.length > 1) {
      const parent = doc.getIn(keyPath.slice(0, -1), true) as { range?: [number, number, number] } | undefined
      if (parent?.range) line = lineAt(text, parent.range[0])
    }
    throw new ConfigError('CONFIG_INVALID', `${file}${line ? `:${line}` : ''}: ${keyPath.join('.') || '(top level)'}: ${issue.message}`)
  }
  const columns: ColumnSpec[] = []
  for (const [name, c] of Object.entries(r.data.columns)) {
    const spec: ColumnSpec = { ...c, name }
    if (c.pattern !== undefined) {
      try {
        spec.regex = new RegExp(c.pattern, 'u')
      } catch (e) {
        throw new ConfigError('CONFIG_INVALID', `${file}: columns.${name}.pattern is not a valid regular expression: ${(e as Error).message}`)
      }
    }
    if (c.values) spec.allowed = new Set(c.values.map((v) => String(v)))
    for (const k of ['min', 'max'] as const) {
      const v = c[k]
      if (v === undefined) continue
      if ((c.type === 'date' || c.type === 'datetime') && (typeof v !== 'string' || Number.isNaN(Date.parse(v)))) {
        throw new ConfigError('CONFIG_INVALID', `${file}: columns.${name}.${k} must be a ${c.type} written as ISO 8601 text`)
      }
      if ((c.type === 'integer' || c.type === 'number') && typeof v !== 'number') {
        throw new ConfigError('CONFIG_INVALID', `${file}: columns.${name}.${k} must be a number`)
      }
      if (!['integer', 'number', 'date', 'datetime'].includes(c.type)) {
        throw new ConfigError('CONFIG_INVALID', `${file}: columns.${name}.${k} applies to integer, number, date and datetime columns, not ${c.type}`)
      }
    }
    columns.push(spec)
  }
  return { file, columns, byName: new Map(columns.map((c) => [c.name, c])), additionalColumns: r.data['additional-columns'] }
}

export async function loadSchema(abs: string, rel: string): Promise<DatasetSchema> {
  let text: string
  try {
    text = await readFile(abs, 'utf8')
  } catch (e) {
    throw new ConfigError('CONFIG_NOT_FOUND', `schema ${rel} cannot be read: ${(e as Error).message}`)
  }
  return parseSchemaText(text, rel)
}

export type Parsed = { ok: true; value: number | string | boolean | null } | { ok: false; reason: string }

const INT_RE = /^[+-]?\d+$/
const NUM_RE = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/
const DATE_RE = /^\d{4}-\d{2}-\d{2}$/
const DATETIME_RE = /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$/
const TRUE = new Set(['true', 'True', 'TRUE', '1', 'yes', 'Yes', 'YES'])
const FALSE = new Set(['false', 'False', 'FALSE', '0', 'no', 'No', 'NO'])

function validDate(s: string): boolean {
  const t = Date.parse(s.length === 10 ? `${s}T00:00:00Z` : s)
  if (Number.isNaN(t)) return false
  // Reject 2024-02-30 and friends (Date.parse rolls them over).
  return new Date(t).toISOString().slice(0, 10) === s.slice(0, 10) || s.length > 10
}

/** Decimal text to a number; null for anything else (hex, Infinity, words). */
export function fastNumber(v: string): number | null {
  const c = v.charCodeAt(0)
  if ((c >= 48 && c <= 57) || c === 45 || c === 46) {
    const x = +v
    // +"1e5" and +"-2.5" are fine; "0x1f", "0b1", "0o7" parse with + but are not decimal text.
    if (Number.isFinite(x) && (v.length < 2 || (v.charCodeAt(1) | 32) < 98 || !/[xob]/i.test(v))) return x
  }
  return NUM_RE.test(v.trim()) ? Number(v) : null
}

/**
 * Parses one cell for a column type. `text` is true for CSV/TSV cells (everything is a string there:
 * numbers are parsed); JSON and Parquet values must already have the right JSON type.
 * Null is: a missing key, JSON null, or an empty CSV cell.
 */
export function parseCell(v: Cell | undefined, type: ColumnType, text: boolean): Parsed {
  if (v === undefined || v === null || (text && v === '')) return { ok: true, value: null }
  switch (type) {
    case 'integer':
      if (typeof v === 'number') return Number.isInteger(v) ? { ok: true, value: v } : { ok: false, reason: 'not an integer' }
      if (typeof v === 'bigint') return { ok: true, value: Number(v) }
      if (text && typeof v === 'string' && INT_RE.test(v.trim())) return { ok: true, value: Number(v) }
      return { ok: false, reason: 'not an integer' }
    case 'number':
      if (typeof v === 'number') return Number.isFinite(v) ? { ok: true, value: v } : { ok: false, reason: 'not a finite number' }
      if (typeof v === 'bigint') return { ok: true, value: Number(v) }
      if (text && typeof v === 'string') {
        const x = fastNumber(v)
        if (x !== null) return { ok: true, value: x }
      }
      return { ok: false, reason: 'not a number' }
    case 'boolean':
      if (typeof v === 'boolean') return { ok: true, value: v }
      if (text && typeof v === 'string') {
        if (TRUE.has(v.trim())) return { ok: true, value: true }
        if (FALSE.has(v.trim())) return { ok: true, value: false }
      }
      return { ok: false, reason: 'not a boolean' }
    case 'date':
    case 'datetime': {
      if (v instanceof Date) return Number.isNaN(v.getTime()) ? { ok: false, reason: `not a ${type}` } : { ok: true, value: v.toISOString() }
      if (typeof v !== 'string') return { ok: false, reason: `not a ${type}` }
      const s = v.trim()
      const re = type === 'date' ? DATE_RE : DATETIME_RE
      if (!re.test(s) || !validDate(s)) return { ok: false, reason: `not a ${type} (ISO 8601: ${type === 'date' ? 'YYYY-MM-DD' : 'YYYY-MM-DDTHH:MM:SS'})` }
      return { ok: true, value: s }
    }
    case 'category':
    case 'string':
      if (typeof v === 'string') return { ok: true, value: v }
      if (type === 'category' && (typeof v === 'number' || typeof v === 'boolean')) return { ok: true, value: String(v) }
      return { ok: false, reason: `not a ${type === 'string' ? 'string' : 'category value'}` }
  }
}
