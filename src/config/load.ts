/** Reads and validates the config file, the waivers file and a baseline report. */
import { constants } from 'node:fs'
import { open } from 'node:fs/promises'
import { isMap, isNode, isScalar, isSeq, LineCounter, parseDocument, type Document } from 'yaml'
import type { z } from 'zod'
import { ConfigError } from '../engine/errors.js'
import { configSchema, waiversFileSchema, type Config, type Waiver } from './schema.js'
import { formatIssues, type LineOf } from './errors.js'
import { realLocation, resolveInside } from '../engine/paths.js'
import { GATES } from '../gates/registry.js'

export const DEFAULT_CONFIG_PATH = '.github/ai-secure-gates.yml'
export const DEFAULT_WAIVERS_PATH = '.github/ai-secure-gates-waivers.yml'

/** Largest config or waivers file read (a real one is a few KiB; 57 MB took 46 s and 2.2 GB). */
export const MAX_CONFIG_BYTES = 1024 * 1024
/** Largest baseline report read. */
export const MAX_BASELINE_BYTES = 256 * 1024 * 1024

/**
 * Reads a workspace file named in the config or the inputs: its real path (after symlinks) must be
 * inside the workspace, it must be a regular file (not /dev/zero, a FIFO or a folder), and no larger
 * than `maxBytes`. Missing: null, or an error when `mustExist`.
 */
async function readText(workspace: string, rel: string, what: string, mustExist: boolean, maxBytes = MAX_CONFIG_BYTES): Promise<string | null> {
  const file = resolveInside(workspace, rel, what)
  const where = await realLocation(workspace, rel)
  if (where === 'missing') {
    if (!mustExist) return null
    throw new ConfigError('CONFIG_NOT_FOUND', `${what} not found: ${file}. Check the path, or remove the setting to use the default.`)
  }
  if (where === 'outside') {
    throw new ConfigError('OUTSIDE_WORKSPACE', `${what} ${rel} leads through a symlink out of the workspace; it was not read. Commit the file itself.`)
  }
  let handle
  try {
    handle = await open(file, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0))
    const st = await handle.stat()
    if (!st.isFile()) throw new ConfigError('CONFIG_UNREADABLE', `${what} ${rel} is not a regular file; it was not read.`)
    if (st.size > maxBytes) throw new ConfigError('CONFIG_UNREADABLE', `${what} ${rel} is ${st.size} bytes, over the ${maxBytes}-byte limit; it was not read.`)
    const buf = Buffer.alloc(Math.min(st.size, maxBytes) + 1)
    const { bytesRead } = await handle.read(buf, 0, buf.length, 0)
    if (bytesRead > maxBytes) throw new ConfigError('CONFIG_UNREADABLE', `${what} ${rel} is over the ${maxBytes}-byte limit; it was not read.`)
    return buf.subarray(0, bytesRead).toString('utf8')
  } catch (e) {
    if (e instanceof ConfigError) throw e
    const err = e as NodeJS.ErrnoException
    if (err.code === 'ENOENT' && !mustExist) return null
    if (err.code === 'ENOENT') throw new ConfigError('CONFIG_NOT_FOUND', `${what} not found: ${file}. Check the path, or remove the setting to use the default.`)
    throw new ConfigError('CONFIG_UNREADABLE', `${what} ${file} could not be read: ${err.message}`, { cause: e })
  } finally {
    await handle?.close()
  }
}

/** Parses YAML text; syntax errors carry line and column. */
export function parseYaml(text: string, displayName: string): unknown {
  return parseYamlWithLines(text, displayName).data
}

/** Parses YAML text, and keeps where each key was written (for the line of a validation error). */
export function parseYamlWithLines(text: string, displayName: string): { data: unknown; lineOf: LineOf } {
  const lineCounter = new LineCounter()
  const doc = parseDocument(text, { prettyErrors: true, uniqueKeys: true, lineCounter })
  if (doc.errors.length > 0) {
    const msgs = doc.errors.map((e) => {
      const pos = e.linePos?.[0]
      const first = e.message.split('\n')[0]
      return pos ? `${displayName}:${pos.line}:${pos.col}: YAML syntax error: ${first}` : `${displayName}: YAML syntax error: ${first}`
    })
    throw new ConfigError('CONFIG_SYNTAX', msgs.join('\n'))
  }
  let data: unknown
  try {
    data = doc.toJS()
  } catch (e) {
    // yaml stops alias expansion past its limit (a "billion laughs" file): name the file.
    throw new ConfigError('CONFIG_SYNTAX', `${displayName}: ${(e as Error).message}; the file was not used (expand the aliases, or remove them)`)
  }
  return { data, lineOf: (path, key) => lineOf(doc, lineCounter, path, key) }
}

/** The line of the key `key` in the map at `path`, else of the deepest key or list item of `path` that was written. */
function lineOf(doc: Document, counter: LineCounter, path: readonly PropertyKey[], key?: string): number | undefined {
  const line = (node: unknown) => (isNode(node) && node.range ? counter.linePos(node.range[0]).line : undefined)
  const nodeAt = (p: readonly PropertyKey[]) => (p.length === 0 ? doc.contents : doc.getIn(p as unknown[], true))
  const keyIn = (map: unknown, k: PropertyKey) => (isMap(map) ? map.items.find((p) => String(isScalar(p.key) ? p.key.value : p.key) === String(k))?.key : undefined)
  if (key !== undefined) {
    const found = line(keyIn(nodeAt(path), key))
    if (found) return found
  }
  for (let n = path.length; n > 0; n--) {
    const parent = nodeAt(path.slice(0, n - 1))
    const step = path[n - 1]
    const found = isSeq(parent) && typeof step === 'number' ? line(parent.items[step]) : line(keyIn(parent, step))
    if (found) return found
  }
  return line(doc.contents)
}

export function validate<S extends z.ZodType>(schema: S, data: unknown, displayName: string, lineOf?: LineOf): z.infer<S> {
  const result = schema.safeParse(data)
  if (!result.success) {
    throw new ConfigError('CONFIG_INVALID', formatIssues(displayName, schema, result.error.issues, { data, lineOf }).join('\n'))
  }
  return result.data
}

/** `gates: { code: }` (null) means "run with defaults". */
function normaliseNullGates(raw: unknown): unknown {
  if (raw && typeof raw === 'object' && !Array.isArray(raw)) {
    const obj = raw as Record<string, unknown>
    if (obj.gates && typeof obj.gates === 'object' && !Array.isArray(obj.gates)) {
      obj.gates = Object.fromEntries(Object.entries(obj.gates).map(([k, v]) => [k, v ?? {}]))
    }
  }
  return raw
}

export function parseConfigText(text: string, displayName: string): Config {
  const { data: raw, lineOf } = parseYamlWithLines(text, displayName)
  if (raw === null || raw === undefined) throw new ConfigError('CONFIG_INVALID', `${displayName}: the file is empty; it needs at least "version: 1" and a "gates:" block.`)
  return validate(configSchema, normaliseNullGates(raw), displayName, lineOf)
}

export interface LoadedConfig {
  config: Config
  /** Workspace-relative path of the file read, or null when the defaults were used. */
  source: string | null
}

/**
 * Loads the config. An explicit path must exist; when the default path does not exist, every gate
 * runs with its defaults (gates that need settings report `skipped` with the reason).
 */
export async function loadConfig(workspace: string, configPath?: string): Promise<LoadedConfig> {
  const rel = configPath || DEFAULT_CONFIG_PATH
  const text = await readText(workspace, rel, 'Config file', Boolean(configPath))
  if (text === null) {
    return { config: defaultConfig(), source: null }
  }
  return { config: parseConfigText(text, rel), source: rel }
}

/** Without a config file, every gate that can run on its defaults runs; gates that need settings are listed as not configured. */
export function defaultConfig(): Config {
  const runnable = GATES.filter((g) => g.configSchema.safeParse({}).success)
  return configSchema.parse({ version: 1, gates: Object.fromEntries(runnable.map((g) => [g.id, {}])) })
}


export async function loadWaivers(workspace: string, file: string | undefined): Promise<{ waivers: Waiver[]; source: string | null }> {
  const rel = file || DEFAULT_WAIVERS_PATH
  const text = await readText(workspace, rel, 'Waivers file', Boolean(file))
  if (text === null) return { waivers: [], source: null }
  const { data: raw, lineOf } = parseYamlWithLines(text, rel)
  const parsed = validate(waiversFileSchema, raw ?? { waivers: [] }, rel, lineOf)
  return { waivers: parsed.waivers, source: rel }
}

export async function loadBaselineFingerprints(workspace: string, file: string | undefined): Promise<Set<string> | null> {
  if (!file) return null
  const text = (await readText(workspace, file, 'Baseline report', true, MAX_BASELINE_BYTES))!
  let data: any
  try {
    data = JSON.parse(text)
  } catch (e) {
    throw new ConfigError('CONFIG_INVALID', `Baseline ${file} is not JSON: ${(e as Error).message}. Point baseline at a report written by --format json.`)
  }
  if (!data || data.schemaVersion !== 1 || !Array.isArray(data.gates)) {
    throw new ConfigError('CONFIG_INVALID', `Baseline ${file} is not an ai-secure-gates report (schemaVersion 1 with gates[]).`)
  }
  const set = new Set<string>()
  for (const g of data.gates) for (const f of g.findings ?? []) if (typeof f.fingerprint === 'string') set.add(f.fingerprint)
  return set
}
