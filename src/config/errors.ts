/**
 * Turns zod issues into messages that name the file (and line), the key path and the fix.
 *
 * The schema is walked beside the data the user wrote, so that a union is read the way zod chose:
 * under a union discriminated by `kind` (a target: openai | ollama | rest | command), only the
 * variant whose `kind` was written counts, and its keys are the ones offered; a plain union (a
 * string or one of several maps) is narrowed to the options that fit the value's shape.
 */
import { closest } from 'fastest-levenshtein'
import type { z } from 'zod'

export function keyPath(path: readonly PropertyKey[]): string {
  if (path.length === 0) return '(top level)'
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? String(p) : `.${String(p)}`)).join('')
}

/** Where a key path (or a key of the map at that path) was written, for the message's line number. */
export type LineOf = (path: readonly PropertyKey[], key?: string) => number | undefined

export interface FormatOptions {
  /** The data that was validated: lets a union be narrowed to the variant the user chose. */
  data?: unknown
  lineOf?: LineOf
}

type Node = any

const WRAPPERS = ['optional', 'default', 'nullable', 'pipe', 'prefault', 'catch', 'readonly', 'nonoptional']

function unwrap(node: Node): Node {
  for (let i = 0; node && i < 16 && WRAPPERS.includes(node.def?.type); i++) {
    node = node.def.type === 'pipe' ? node.def.in : node.def.innerType
  }
  if (node?.def?.type === 'lazy') node = node.def.getter()
  return node
}

/** The first description met through the wrappers (`.describe()` may sit inside `.optional()` or outside). */
function describe(node: Node): string | undefined {
  for (let i = 0; node && i < 16; i++) {
    if (typeof node.description === 'string') return node.description
    if (!WRAPPERS.includes(node.def?.type)) return undefined
    node = node.def.type === 'pipe' ? node.def.in : node.def.innerType
  }
  return undefined
}

function isMap(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v) && !(v instanceof Date)
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let v: any = data
  for (const p of path) {
    if (v === null || typeof v !== 'object') return undefined
    v = v[p as any]
  }
  return v
}

/** The constant values a literal (or enum) node allows. */
function literalValues(node: Node): unknown[] {
  node = unwrap(node)
  if (node?.def?.type === 'literal') return node.def.values as unknown[]
  if (node?.def?.type === 'enum') return Object.values(node.def.entries)
  return []
}

/** Does a schema node take values of this shape (a map, a list, or a scalar)? */
function fits(node: Node, value: unknown): boolean {
  const t = unwrap(node)?.def?.type
  if (t === undefined || t === 'unknown' || t === 'any' || t === 'union' || t === 'intersection') return true
  if (t === 'object' || t === 'record') return isMap(value)
  if (t === 'array' || t === 'tuple') return Array.isArray(value)
  return !isMap(value) && !Array.isArray(value)
}

/** A discriminated union's variants with the value of the discriminator each fixes. */
function variants(union: Node): Array<{ value: unknown; node: Node }> {
  const d = union.def.discriminator as string
  return (union.def.options as Node[]).flatMap((o) => literalValues(unwrap(o)?.shape?.[d]).map((value) => ({ value, node: o })))
}

interface Choice {
  /** Where the union sits. */
  at: readonly PropertyKey[]
  /** "kind", and the value written. */
  discriminator: string
  value: unknown
}

interface Resolved {
  /** The schema nodes the value at the path is checked against (wrappers removed, unions narrowed). */
  nodes: Node[]
  /** The variants chosen by their discriminator on the way down. */
  choices: Choice[]
}

/** The nodes a schema node stands for, given the value written there: a union narrowed to the options that apply. */
function expand(node: Node, value: unknown, at: readonly PropertyKey[], choices: Choice[], depth = 0): Node[] {
  node = unwrap(node)
  if (!node || depth > 8) return []
  if (node.def?.type !== 'union') return [node]
  const options = node.def.options as Node[]
  const d = node.def.discriminator as string | undefined
  if (d && isMap(value)) {
    const chosen = variants(node).filter((v) => v.value === value[d])
    if (chosen.length > 0) {
      choices.push({ at, discriminator: d, value: value[d] })
      return chosen.flatMap((v) => expand(v.node, value, at, choices, depth + 1))
    }
  }
  const fitting = value === undefined ? options : options.filter((o) => fits(o, value))
  return (fitting.length > 0 ? fitting : options).flatMap((o) => expand(o, value, at, choices, depth + 1))
}

function child(node: Node, key: PropertyKey): Node {
  if (typeof key === 'number') return node.def?.element ?? node.def?.items?.[key]
  if (node.def?.type === 'record') return node.def.valueType
  return node.shape?.[key as string]
}

/** Follows a key path through the schema beside the data. */
function resolve(schema: Node, data: unknown, path: readonly PropertyKey[]): Resolved {
  const choices: Choice[] = []
  let nodes = expand(schema, data, [], choices)
  for (let i = 0; i < path.length; i++) {
    const at = path.slice(0, i + 1)
    const value = valueAt(data, at)
    nodes = nodes.flatMap((n) => expand(child(n, path[i]), value, at, choices))
  }
  return { nodes, choices }
}

/** The node at a path without expanding the last step (to see the union itself). */
function nodesBefore(schema: Node, data: unknown, path: readonly PropertyKey[]): Node[] {
  if (path.length === 0) return [schema]
  const parent = resolve(schema, data, path.slice(0, -1))
  return parent.nodes.map((n) => child(n, path[path.length - 1])).filter(Boolean)
}

function keysOf(nodes: Node[]): string[] {
  return [...new Set(nodes.flatMap((node) => (node.shape ? Object.keys(node.shape) : [])))]
}

/** "for kind openai" when the path runs through a variant chosen by its discriminator. */
function variantNote(choices: Choice[], path: readonly PropertyKey[]): string {
  const mine = choices.filter((c) => c.at.length <= path.length && c.at.every((p, i) => p === path[i]))
  const last = mine[mine.length - 1]
  return last ? ` for ${last.discriminator} ${String(last.value)}` : ''
}

export function suggest(word: string, candidates: string[]): string {
  if (candidates.length === 0) return ''
  const same = candidates.find((c) => c.toLowerCase() === word.toLowerCase())
  if (same !== undefined && same !== word) return ` (did you mean "${same}"?)`
  const best = closest(word, candidates)
  const dist = levenshtein(word, best)
  return dist <= Math.max(2, Math.floor(word.length / 3)) ? ` (did you mean "${best}"?)` : ''
}

function levenshtein(a: string, b: string): number {
  const dp = Array.from({ length: b.length + 1 }, (_, i) => i)
  for (let i = 1; i <= a.length; i++) {
    let prev = dp[0]
    dp[0] = i
    for (let j = 1; j <= b.length; j++) {
      const tmp = dp[j]
      dp[j] = Math.min(dp[j] + 1, dp[j - 1] + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1))
      prev = tmp
    }
  }
  return dp[b.length]
}

/** A short picture of what a union option accepts, for "accepted forms". */
function formOf(node: Node): string {
  const desc = describe(node)
  const n = unwrap(node)
  const t = n?.def?.type
  let form: string
  if (t === 'literal' || t === 'enum') form = literalValues(n).map((v) => JSON.stringify(v)).join(' | ')
  else if (t === 'object') form = `{ ${Object.keys(n.shape).join(', ')} }`
  else if (t === 'record') form = 'a map'
  else if (t === 'array') form = 'a list'
  else if (t === 'string') form = 'text'
  else if (t === 'number') form = 'a number'
  else if (t === 'boolean') form = 'true or false'
  else form = String(t ?? 'a value')
  return desc ? `${form} (${desc.replace(/\.$/, '')})` : form
}

function shapeOf(value: unknown): string {
  if (value === undefined) return 'nothing'
  if (value === null) return 'null'
  if (Array.isArray(value)) return 'a list'
  if (isMap(value)) return 'a map'
  return quote(value)
}

/** A value the user wrote, quoted and cut short (a long one is not repeated whole in a log). */
function quote(value: unknown): string {
  const text = JSON.stringify(value) ?? String(value)
  return text.length > 60 ? `${text.slice(0, 57)}…` : text
}

/** A root-level type or constant mismatch: the option does not take a value of this shape at all. */
function isMismatch(errors: readonly z.core.$ZodIssue[]): boolean {
  return errors.length > 0 && errors.every((e) => e.path.length === 0 && (e.code === 'invalid_type' || e.code === 'invalid_value'))
}

interface Ctx {
  file: string
  schema: z.ZodType
  data: unknown
  lineOf?: LineOf
}

function at(ctx: Ctx, path: readonly PropertyKey[], key?: string): string {
  const line = ctx.lineOf?.(path, key)
  return `${ctx.file}${line ? `:${line}` : ''}: ${keyPath(path)}`
}

/** A discriminated union whose discriminator is missing or names no variant. */
function formatDiscriminator(ctx: Ctx, issue: z.core.$ZodIssueInvalidUnion & { discriminator?: string }): string {
  const d = issue.discriminator!
  const unionPath = issue.path.at(-1) === d ? issue.path.slice(0, -1) : issue.path
  const written = valueAt(ctx.data, [...unionPath, d])
  const union = nodesBefore(ctx.schema, ctx.data, unionPath)
    .map(unwrap)
    .find((n) => n?.def?.type === 'union' && n.def.discriminator === d)
  const list = union ? variants(union) : ((issue as any).options as unknown[] ?? []).map((value: unknown) => ({ value, node: undefined }))
  const names = list.map((v) => String(v.value))
  const kinds = list.map((v) => {
    const desc = v.node ? describe(unwrap(v.node).shape[d]) : undefined
    return desc ? `${String(v.value)}: ${desc.replace(/\.$/, '')}` : String(v.value)
  })
  const head =
    written === undefined
      ? `${at(ctx, unionPath)}: "${d}" is missing; it says which kind of ${typeof unionPath.at(-1) === 'string' ? String(unionPath.at(-1)) : 'item'} this is.`
      : `${at(ctx, [...unionPath, d])}: unknown ${d} ${quote(written)}${typeof written === 'string' ? suggest(written, names) : ''}.`
  return `${head} Set ${d} to one of: ${kinds.join('; ')}.`
}

/** A plain union none of whose options took the value: the closest option's problems, or the forms it accepts. */
function formatUnion(ctx: Ctx, issue: z.core.$ZodIssueInvalidUnion): string {
  const value = valueAt(ctx.data, issue.path)
  const unions = nodesBefore(ctx.schema, ctx.data, issue.path)
    .map(unwrap)
    .filter((n) => n?.def?.type === 'union')
  const options: Node[] = unions[0]?.def.options ?? []
  const custom = Boolean(issue.message) && issue.message !== 'Invalid input'
  const forms = options.length > 0 ? `Accepted: ${options.map(formOf).join('; ')}.` : ''
  const errors = issue.errors ?? []
  const near = errors.map((errs, i) => ({ errs, i })).filter(({ errs }) => !isMismatch(errs))
  let best = near
  if (near.length > 1 && isMap(value)) {
    // several maps could be meant: the one that knows most of the keys written, then the one with fewest problems
    const known = (i: number) => Object.keys(value).filter((k) => unwrap(options[i])?.shape?.[k] !== undefined).length
    const top = Math.max(...near.map(({ i }) => known(i)))
    best = top === 0 ? [] : near.filter(({ i }) => known(i) === top)
    const fewest = Math.min(...best.map(({ errs }) => errs.length))
    best = best.filter(({ errs }) => errs.length === fewest)
  }
  if (best.length === 1) {
    const { errs, i } = best[0]
    const lifted = errs.map((e) => ({ ...e, path: [...issue.path, ...e.path] }) as z.core.$ZodIssue)
    const note = near.length > 1 ? ` (taken as the form ${formOf(options[i]).split(' (')[0]})` : ''
    return lifted.map((e) => formatIssue(ctx, e) + note).join('\n')
  }
  let hint = ''
  if (isMap(value)) {
    const allKeys = [...new Set(options.flatMap((o) => Object.keys(unwrap(o)?.shape ?? {})))]
    const unknown = Object.keys(value).filter((k) => !allKeys.includes(k))
    hint = unknown.map((k) => `Unknown key "${k}"${suggest(k, allKeys)}.`).join(' ')
  }
  return [`${at(ctx, issue.path)}:`, custom ? `${issue.message}.` : `${shapeOf(value)} is not an accepted form.`, hint, custom ? '' : forms].filter(Boolean).join(' ')
}

/** A key absent from a map that was written (not a value of the wrong type). */
function isMissing(ctx: Ctx, path: readonly PropertyKey[]): boolean {
  return path.length > 0 && isMap(valueAt(ctx.data, path.slice(0, -1))) && valueAt(ctx.data, path) === undefined
}

function formatIssue(ctx: Ctx, issue: z.core.$ZodIssue): string {
  const where = at(ctx, issue.path)
  if (issue.code === 'unrecognized_keys') {
    const { nodes, choices } = resolve(ctx.schema, ctx.data, issue.path)
    const allowed = keysOf(nodes)
    const isGates = issue.path.length === 1 && issue.path[0] === 'gates'
    const forVariant = variantNote(choices, issue.path)
    return issue.keys
      .map(
        (k) =>
          `${at(ctx, issue.path, k)}: unknown ${isGates ? 'gate' : 'key'} "${k}"${forVariant}${suggest(k, allowed)}. ` +
          `${isGates ? 'Valid gates' : `Allowed keys${forVariant}`}: ${allowed.join(', ')}`
      )
      .join('\n')
  }
  if ((issue.code === 'invalid_type' || issue.code === 'invalid_value' || (issue.code === 'invalid_union' && !(issue as { discriminator?: string }).discriminator)) && isMissing(ctx, issue.path)) {
    // a required key left out: say so, for the variant chosen, with what the key is for
    const { choices } = resolve(ctx.schema, ctx.data, issue.path)
    const node = nodesBefore(ctx.schema, ctx.data, issue.path)[0]
    const desc = describe(node)
    const key = String(issue.path[issue.path.length - 1])
    const what = issue.code === 'invalid_type' ? issue.expected : formOf(node).split(' (')[0]
    return `${where}: missing; "${key}" is required${variantNote(choices, issue.path.slice(0, -1))}.${desc ? ` Add ${key}: ${desc}` : ` Add ${key} (${what}).`}`
  }
  if (issue.code === 'invalid_union') {
    if ((issue as { discriminator?: string }).discriminator) return formatDiscriminator(ctx, issue)
    return formatUnion(ctx, issue)
  }
  if (issue.code === 'invalid_type' && issue.expected === 'object') {
    // a variant map written as something else (target: http://...): say how a map of each kind starts
    const union = nodesBefore(ctx.schema, ctx.data, issue.path)
      .map(unwrap)
      .find((n) => n?.def?.type === 'union' && n.def.discriminator)
    if (union) {
      const d = union.def.discriminator as string
      return `${where}: expected a map with "${d}" and that kind's keys, got ${shapeOf(valueAt(ctx.data, issue.path))}. Set ${d} to one of: ${variants(union).map((v) => String(v.value)).join(', ')}.`
    }
  }
  return `${where}: ${issue.message}`
}

export function formatIssues(file: string, schema: z.ZodType, issues: readonly z.core.$ZodIssue[], opts: FormatOptions = {}): string[] {
  const ctx: Ctx = { file, schema, data: opts.data, lineOf: opts.lineOf }
  return issues.map((issue) => {
    try {
      return formatIssue(ctx, issue)
    } catch {
      // the formatter must never hide the mistake it describes: fall back to zod's own words
      return `${ctx.file}: ${keyPath(issue.path)}: ${issue.message}`
    }
  })
}
