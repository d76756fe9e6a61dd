/**
 * Metric readers: the formats teams already write, each turned into named numbers with the line they
 * came from, an optional standard error and an optional direction (higher is better). Pure functions
 * of the file text (so the same reader parses a file from the workspace and from `git show`), except
 * the MLflow file store, which is a folder. Nothing read here is executed.
 */
import path from 'node:path'
import { parseTree, printParseErrorCode, type Node as JsonNode, type ParseError as JsonParseError } from 'jsonc-parser'
import { parse as parseToml, TomlError } from 'smol-toml'
import { isAlias, isMap, isScalar, isSeq, LineCounter, parseDocument, type Node as YamlNode } from 'yaml'
import { lineStarts, positionAt } from '../../engine/text.js'
import { CsvParser } from '../../scanners/tabular/index.js'
import type { MetricFormat } from './config.js'

export interface Metric {
  name: string
  value: number
  stderr?: number
  /** From the format where it says so (lm-evaluation-harness higher_is_better). */
  higherIsBetter?: boolean
  line: number | null
}

export interface MetricSet {
  /** Where the values came from (workspace-relative path, `path@rev`, or a report). */
  source: string
  format: MetricFormat | 'report'
  metrics: Map<string, Metric>
  /** Leaves that are not numbers (strings, booleans, null): named in an error when selected. */
  other: Map<string, { line: number | null; kind: string }>
}

/** A metrics input that cannot be read; the message names the file, the line and the fix. */
export class MetricsError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'MetricsError'
  }
}

const MAX_DEPTH = 64
const MAX_LEAVES = 100_000

interface Leaf {
  value: unknown
  line: number | null
}

function lineAt(text: string, offset: number): number {
  let line = 1
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) line++
  return line
}

/** Line numbers of offsets, for many lookups (engine/text.ts). */
function lineIndex(text: string): (offset: number) => number {
  const starts = lineStarts(text)
  return (offset) => positionAt(starts, offset).line
}

const NAN_MARK = '\u0000'

/**
 * Python's json module writes NaN, Infinity and -Infinity, which JSON does not allow: turn them
 * into marked strings (on the same line) so that the value is reported as NaN or infinite by name.
 */
function markNonFinite(text: string): string {
  if (!/NaN|Infinity/.test(text)) return text
  let out = ''
  let i = 0
  let last = 0
  while (i < text.length) {
    const c = text[i]
    if (c === '"') {
      i++
      while (i < text.length && text[i] !== '"') i += text[i] === '\\' ? 2 : 1
      i++
      continue
    }
    if (c !== 'N' && c !== 'I' && c !== '-') {
      i++
      continue
    }
    const m = /^(-?Infinity|NaN)/.exec(text.slice(i, i + 9))
    if (m && !/[A-Za-z0-9_]/.test(text[i - 1] ?? '')) {
      out += text.slice(last, i) + `"\\u0000${m[1]}"`
      i += m[1].length
      last = i
      continue
    }
    i++
  }
  return out + text.slice(last)
}

function nonFinite(v: unknown): number | undefined {
  if (typeof v !== 'string' || !v.startsWith(NAN_MARK)) return undefined
  const t = v.slice(1)
  return t === 'NaN' ? NaN : t === '-Infinity' ? -Infinity : Infinity
}

function addLeaf(out: Map<string, Leaf>, file: string, name: string, leaf: Leaf): void {
  if (out.size >= MAX_LEAVES) throw new MetricsError(`${file}: more than ${MAX_LEAVES} values; this is not a metrics file (select a smaller file)`)
  out.set(name, leaf)
}

const join = (prefix: string, key: string): string => (prefix ? `${prefix}.${key}` : key)

/** JSON text to its leaves, each with its line; a syntax error names the line and column. */
export function jsonLeaves(text: string, file: string): { leaves: Map<string, Leaf>; root: unknown } {
  const marked = markNonFinite(text)
  const errors: JsonParseError[] = []
  const tree = parseTree(marked, errors, { allowTrailingComma: false, disallowComments: true, allowEmptyContent: false })
  if (errors.length || !tree) {
    const e = errors[0]
    const off = e?.offset ?? 0
    const line = lineAt(marked, off)
    const col = off - marked.lastIndexOf('\n', off - 1)
    throw new MetricsError(`${file}:${line}:${col}: not valid JSON (${e ? printParseErrorCode(e.error) : 'empty'}); fix the file so that it parses`)
  }
  const lineOf = lineIndex(marked)
  const leaves = new Map<string, Leaf>()
  const walk = (n: JsonNode, name: string, depth: number): unknown => {
    if (depth > MAX_DEPTH) throw new MetricsError(`${file}:${lineOf(n.offset)}: nested more than ${MAX_DEPTH} levels deep`)
    if (n.type === 'object') {
      const obj: Record<string, unknown> = {}
      for (const p of n.children ?? []) {
        const [k, v] = p.children ?? []
        if (!k || !v) continue
        obj[String(k.value)] = walk(v, join(name, String(k.value)), depth + 1)
      }
      return obj
    }
    if (n.type === 'array') return (n.children ?? []).map((c, i) => walk(c, join(name, String(i)), depth + 1))
    const nf = nonFinite(n.value)
    const value = nf ?? n.value
    if (name) addLeaf(leaves, file, name, { value, line: lineOf(n.offset) })
    return value
  }
  const root = walk(tree, '', 0)
  return { leaves, root }
}

function yamlLeaves(text: string, file: string): Map<string, Leaf> {
  const lc = new LineCounter()
  const doc = parseDocument(text, { lineCounter: lc, prettyErrors: true, uniqueKeys: false })
  if (doc.errors.length) {
    const e = doc.errors[0]
    const pos = e.linePos?.[0]
    throw new MetricsError(`${file}${pos ? `:${pos.line}:${pos.col}` : ''}: not valid YAML (${e.message.split('\n')[0]}); fix the file so that it parses`)
  }
  const leaves = new Map<string, Leaf>()
  const walk = (n: YamlNode | null | undefined | unknown, name: string, depth: number): void => {
    if (depth > MAX_DEPTH) throw new MetricsError(`${file}: nested more than ${MAX_DEPTH} levels deep`)
    const line = (n as YamlNode | null)?.range ? lc.linePos((n as YamlNode).range![0]).line : null
    if (isMap(n)) {
      for (const it of n.items) {
        const k = isScalar(it.key) ? String(it.key.value) : String(it.key)
        walk(it.value, join(name, k), depth + 1)
      }
    } else if (isSeq(n)) n.items.forEach((c, i) => walk(c, join(name, String(i)), depth + 1))
    else if (isAlias(n)) {
      if (name) addLeaf(leaves, file, name, { value: `alias *${n.source}`, line })
    } else if (isScalar(n)) {
      if (name) addLeaf(leaves, file, name, { value: n.value, line })
    } else if (name) addLeaf(leaves, file, name, { value: null, line })
  }
  walk(doc.contents, '', 0)
  return leaves
}

function tomlLeaves(text: string, file: string): Map<string, Leaf> {
  let root: unknown
  try {
    root = parseToml(text)
  } catch (e) {
    const where = e instanceof TomlError ? `:${e.line}:${e.column}` : ''
    throw new MetricsError(`${file}${where}: not valid TOML (${(e as Error).message.split('\n')[0]}); fix the file so that it parses`)
  }
  const leaves = new Map<string, Leaf>()
  const walk = (v: unknown, name: string, depth: number): void => {
    if (depth > MAX_DEPTH) throw new MetricsError(`${file}: nested more than ${MAX_DEPTH} levels deep`)
    if (Array.isArray(v)) v.forEach((c, i) => walk(c, join(name, String(i)), depth + 1))
    else if (v && typeof v === 'object' && !(v instanceof Date)) for (const [k, c] of Object.entries(v)) walk(c, join(name, k), depth + 1)
    else if (name) addLeaf(leaves, file, name, { value: typeof v === 'bigint' ? Number(v) : v, line: null })
  }
  walk(root, '', 0)
  return leaves
}

function kindOf(v: unknown): string {
  if (v === null || v === undefined) return 'null'
  if (typeof v === 'string') return `the text ${JSON.stringify(v.length > 40 ? v.slice(0, 40) + '...' : v)}`
  return `a ${typeof v}`
}

function fromLeaves(source: string, format: MetricFormat, leaves: Map<string, Leaf>, skip: (name: string) => boolean = () => false): MetricSet {
  const set: MetricSet = { source, format, metrics: new Map(), other: new Map() }
  for (const [name, { value, line }] of leaves) {
    if (skip(name)) continue
    if (typeof value === 'number') set.metrics.set(name, { name, value, line })
    else set.other.set(name, { line, kind: kindOf(value) })
  }
  return set
}

function csvMetrics(text: string, source: string): MetricSet {
  const recs: Array<{ cells: string[]; line: number; unterminated?: boolean }> = []
  new CsvParser(',').push(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text, recs, true)
  if (!recs.length) throw new MetricsError(`${source}: the CSV file is empty; write a header "metric,value" and one row per metric`)
  const header = recs[0].cells.map((c) => c.trim().toLowerCase())
  const nameCol = header.findIndex((h) => h === 'metric' || h === 'name' || h === 'key')
  const valueCol = header.indexOf('value')
  const seCol = header.findIndex((h) => h === 'stderr' || h === 'se' || h === 'std_err')
  if (nameCol < 0 || valueCol < 0) {
    throw new MetricsError(`${source}:${recs[0].line}: the CSV header is ${JSON.stringify(recs[0].cells.join(','))}; it needs a "metric" (or "name") column and a "value" column`)
  }
  const set: MetricSet = { source, format: 'csv', metrics: new Map(), other: new Map() }
  for (const r of recs.slice(1)) {
    if (r.unterminated) throw new MetricsError(`${source}:${r.line}: a quoted field is never closed`)
    if (r.cells.length !== header.length) throw new MetricsError(`${source}:${r.line}: ${r.cells.length} fields where the header has ${header.length}`)
    const name = r.cells[nameCol].trim()
    if (!name) throw new MetricsError(`${source}:${r.line}: the metric name is empty`)
    if (set.metrics.has(name) || set.other.has(name)) throw new MetricsError(`${source}:${r.line}: metric "${name}" appears twice; keep one row per metric`)
    const value = parseNumber(r.cells[valueCol])
    if (value === null) {
      set.other.set(name, { line: r.line, kind: kindOf(r.cells[valueCol]) })
      continue
    }
    const m: Metric = { name, value, line: r.line }
    if (seCol >= 0 && r.cells[seCol].trim() !== '') {
      const se = parseNumber(r.cells[seCol])
      if (se === null || !(se >= 0)) throw new MetricsError(`${source}:${r.line}: the standard error of "${name}" is ${JSON.stringify(r.cells[seCol])}, not a number >= 0`)
      m.stderr = se
    }
    set.metrics.set(name, m)
  }
  return set
}

/** A decimal number as Python and spreadsheets write it (nan, inf, -inf included); null if it is not one. */
export function parseNumber(s: string): number | null {
  const t = s.trim()
  if (/^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(t)) return Number(t)
  const l = t.toLowerCase()
  if (l === 'nan') return NaN
  if (l === 'inf' || l === '+inf' || l === 'infinity' || l === '+infinity') return Infinity
  if (l === '-inf' || l === '-infinity') return -Infinity
  return null
}

function isObject(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v)
}

/** lm-evaluation-harness results_*.json: per task "<metric>,<filter>" with "<metric>_stderr,<filter>" and higher_is_better. */
function lmEvalMetrics(text: string, source: string): MetricSet {
  const { leaves, root } = jsonLeaves(text, source)
  if (!isObject(root) || !isObject(root.results)) throw new MetricsError(`${source}: not an lm-evaluation-harness results file (no "results" object); set format: json for a plain metrics file`)
  const hib = isObject(root.higher_is_better) ? root.higher_is_better : {}
  const set: MetricSet = { source, format: 'lm-eval', metrics: new Map(), other: new Map() }
  const tables: Array<[string, unknown]> = [['results', root.results]]
  if (isObject(root.groups)) tables.push(['groups', root.groups])
  for (const [table, tasks] of tables) {
    for (const [task, entries] of Object.entries(tasks as Record<string, unknown>)) {
      if (!isObject(entries)) continue
      for (const key of Object.keys(entries)) {
        const m = /^(.*?)(_stderr)?,(.*)$/.exec(key)
        if (!m || m[2]) continue
        const [, metric, , filter] = m
        const name = `${task}.${metric},${filter}`
        if (set.metrics.has(name)) continue
        const leaf = leaves.get(`${table}.${task}.${key}`)
        const value = leaf?.value
        if (typeof value !== 'number') {
          set.other.set(name, { line: leaf?.line ?? null, kind: kindOf(value) })
          continue
        }
        const out: Metric = { name, value, line: leaf!.line }
        const se = leaves.get(`${table}.${task}.${metric}_stderr,${filter}`)?.value
        if (typeof se === 'number' && se >= 0 && Number.isFinite(se)) out.stderr = se
        const dir = isObject(hib[task]) ? (hib[task] as Record<string, unknown>)[metric] : undefined
        if (typeof dir === 'boolean') out.higherIsBetter = dir
        set.metrics.set(name, out)
      }
    }
  }
  return set
}

/** Which format a file is in, from its extension and (for JSON) its content. */
export function detectFormat(file: string, text: string | null): MetricFormat {
  const ext = path.extname(file).toLowerCase()
  if (ext === '.yaml' || ext === '.yml') return 'yaml'
  if (ext === '.toml') return 'toml'
  if (ext === '.csv') return 'csv'
  if (ext === '.json' || text !== null) {
    if (text !== null) {
      if (/"_evaluate_version"\s*:/.test(text)) return 'hf-evaluate'
      if (/"results"\s*:/.test(text) && /"(higher_is_better|n-shot|group_subtasks|versions)"\s*:/.test(text)) return 'lm-eval'
    }
    if (ext === '.json') return 'json'
  }
  throw new MetricsError(`${file}: cannot tell the metrics format from the extension "${ext}": set format (json, yaml, toml, csv, mlflow, lm-eval or hf-evaluate)`)
}

/** Parses the text of a metrics file in `format` (not MLflow, which is a folder). */
export function parseMetrics(text: string, source: string, format: MetricFormat): MetricSet {
  switch (format) {
    case 'json':
      return fromLeaves(source, format, jsonLeaves(text, source).leaves)
    case 'hf-evaluate':
      // evaluate.save adds _timestamp, _git_commit_hash, _evaluate_version, _python_version, _interpreter_path.
      return fromLeaves(source, format, jsonLeaves(text, source).leaves, (n) => n.startsWith('_'))
    case 'yaml':
      return fromLeaves(source, format, yamlLeaves(text, source))
    case 'toml':
      return fromLeaves(source, format, tomlLeaves(text, source))
    case 'csv':
      return csvMetrics(text, source)
    case 'lm-eval':
      return lmEvalMetrics(text, source)
    case 'mlflow':
      throw new MetricsError(`${source}: an MLflow run is a folder (mlruns/<experiment>/<run>), not a file`)
  }
}

/** The lines of one MLflow metric file: `<timestamp_ms> <value> [<step>]`; the value MLflow shows: the largest (step, timestamp, value). */
export function mlflowValue(text: string, file: string): { value: number; line: number } {
  let best: { step: number; ts: number; value: number; line: number } | null = null
  const lines = text.split('\n')
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i].trim()
    if (!l) continue
    const parts = l.split(/\s+/)
    if (parts.length < 2 || parts.length > 3) throw new MetricsError(`${file}:${i + 1}: expected "<timestamp> <value> [<step>]", found ${JSON.stringify(l.slice(0, 80))}`)
    const ts = Number(parts[0])
    const value = parseNumber(parts[1])
    const step = parts.length === 3 ? Number(parts[2]) : 0
    if (!Number.isFinite(ts) || value === null || !Number.isFinite(step)) throw new MetricsError(`${file}:${i + 1}: expected "<timestamp> <value> [<step>]" with numbers, found ${JSON.stringify(l.slice(0, 80))}`)
    // MLflow's own choice (file_store.py): max by (step, timestamp, value); NaN compares as Python does (never greater).
    if (!best || step > best.step || (step === best.step && (ts > best.ts || (ts === best.ts && value > best.value)))) best = { step, ts, value, line: i + 1 }
  }
  if (!best) throw new MetricsError(`${file}: the MLflow metric file is empty`)
  return { value: best.value, line: best.line }
}

/** Glob over dotted metric names: `*` stays within one key, `**` crosses keys, `?` is one character. */
export function metricGlob(pattern: string): RegExp {
  let re = ''
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i]
    if (c === '*' && pattern[i + 1] === '*') {
      re += '.*'
      i++
    } else if (c === '*') re += '[^.]*'
    else if (c === '?') re += '[^.]'
    else re += c.replace(/[\\^$.|+()[\]{}]/g, '\\$&')
  }
  return new RegExp(`^${re}$`)
}

export const isGlob = (s: string): boolean => /[*?]/.test(s)

/**
 * The metrics `select` names: each pattern must select at least one number; a pattern that selects
 * a non-number or nothing is an error naming it. Without select, every number.
 */
export function selectMetrics(set: MetricSet, select: string[] | undefined): { metrics: Metric[]; errors: string[] } {
  if (!select) return { metrics: [...set.metrics.values()], errors: [] }
  const errors: string[] = []
  const picked = new Map<string, Metric>()
  for (const pattern of select) {
    if (!isGlob(pattern)) {
      const m = set.metrics.get(pattern)
      if (m) picked.set(m.name, m)
      else {
        const o = set.other.get(pattern)
        errors.push(
          o
            ? `${set.source}${o.line ? `:${o.line}` : ''}: "${pattern}" is ${o.kind}, not a number; select a numeric metric`
            : `${set.source}: no metric "${pattern}"${nearest(pattern, [...set.metrics.keys()])}; the file has ${describeNames([...set.metrics.keys()])}`
        )
      }
      continue
    }
    const re = metricGlob(pattern)
    const hits = [...set.metrics.values()].filter((m) => re.test(m.name))
    if (!hits.length) {
      const others = [...set.other.keys()].filter((n) => re.test(n))
      errors.push(
        others.length
          ? `${set.source}: "${pattern}" selects only values that are not numbers (${others.slice(0, 5).join(', ')})`
          : `${set.source}: "${pattern}" selects no metric; the file has ${describeNames([...set.metrics.keys()])}`
      )
    }
    for (const m of hits) picked.set(m.name, m)
  }
  return { metrics: [...picked.values()], errors }
}

function describeNames(names: string[]): string {
  if (!names.length) return 'no numeric values'
  return `${names.slice(0, 8).map((n) => `"${n}"`).join(', ')}${names.length > 8 ? `, ... (${names.length} in all)` : ''}`
}

function nearest(word: string, names: string[]): string {
  const lower = word.toLowerCase()
  const hit = names.find((n) => n.toLowerCase() === lower || n.toLowerCase().endsWith(`.${lower}`))
  return hit ? ` (did you mean "${hit}"?)` : ''
}
