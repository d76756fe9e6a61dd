/** Reads and validates the config file, the waivers file and a baseline report. */
import { readFile } from 'node:fs/promises'
import { parseDocument } from 'yaml'
import type { z } from 'zod'
import { ConfigError } from '../engine/errors.js'
import { configSchema, waiversFileSchema, type Config, type Waiver } from './schema.js'
import { formatIssues } from './errors.js'
import { resolveInside } from '../engine/paths.js'
import { GATES } from '../gates/registry.js'

export const DEFAULT_CONFIG_PATH = '.github/ai-secure-gates.yml'
export const DEFAULT_WAIVERS_PATH = '.github/ai-secure-gates-waivers.yml'

async function readText(file: string, what: string, mustExist: boolean): Promise<string | null> {
  try {
    return await readFile(file, 'utf8')
  } catch (e) {
    const err = e as NodeJS.ErrnoException
    if (err.code === 'ENOENT' && !mustExist) return null
    if (err.code === 'ENOENT') throw new ConfigError('CONFIG_NOT_FOUND', `${what} not found: ${file}. Check the path, or remove the setting to use the default.`)
    throw new ConfigError('CONFIG_UNREADABLE', `${what} ${file} could not be read: ${err.message}`, { cause: e })
  }
}

/** Parses YAML text; syntax errors carry line and column. */
export function parseYaml(text: string, displayName: string): unknown {
  const doc = parseDocument(text, { prettyErrors: true, uniqueKeys: true })
  if (doc.errors.length > 0) {
    const msgs = doc.errors.map((e) => {
      const pos = e.linePos?.[0]
      const first = e.message.split('\n')[0]
      return pos ? `${displayName}:${pos.line}:${pos.col}: YAML syntax error: ${first}` : `${displayName}: YAML syntax error: ${first}`
    })
    throw new ConfigError('CONFIG_SYNTAX', msgs.join('\n'))
  }
  return doc.toJS()
}

export function validate<S extends z.ZodType>(schema: S, data: unknown, displayName: string): z.infer<S> {
  const result = schema.safeParse(data)
  if (!result.success) {
    throw new ConfigError('CONFIG_INVALID', formatIssues(displayName, schema, result.error.issues).join('\n'))
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
  const raw = parseYaml(text, displayName)
  if (raw === null || raw === undefined) throw new ConfigError('CONFIG_INVALID', `${displayName}: the file is empty; it needs at least "version: 1" and a "gates:" block.`)
  return validate(configSchema, normaliseNullGates(raw), displayName)
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
  const abs = resolveInside(workspace, rel, 'config')
  const text = await readText(abs, 'Config file', Boolean(configPath))
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
  const abs = resolveInside(workspace, rel, 'waivers')
  const text = await readText(abs, 'Waivers file', Boolean(file))
  if (text === null) return { waivers: [], source: null }
  const raw = parseYaml(text, rel)
  const parsed = validate(waiversFileSchema, raw ?? { waivers: [] }, rel)
  return { waivers: parsed.waivers, source: rel }
}

export async function loadBaselineFingerprints(workspace: string, file: string | undefined): Promise<Set<string> | null> {
  if (!file) return null
  const abs = resolveInside(workspace, file, 'baseline')
  const text = (await readText(abs, 'Baseline report', true))!
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
