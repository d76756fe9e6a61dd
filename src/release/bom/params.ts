/**
 * Hyperparameters for the BOM's formulation: DVC params files (params.yaml, or any YAML, JSON or
 * TOML file) flattened to dotted keys, and MLflow run folders (`mlruns/<experiment>/<run>`, whose
 * `params/<key>` files each hold one value). Read as data only, bounded in size, depth and count.
 */
import { lstat, readdir, readFile } from 'node:fs/promises'
import path from 'node:path'
import { parse as parseToml } from 'smol-toml'
import { parse as parseYaml } from 'yaml'
import { ConfigError, errorMessage } from '../../engine/errors.js'
import { realInside, resolveInside } from '../../engine/paths.js'

export interface Param {
  name: string
  value: string
  dataType: string
  /** The file it came from (workspace-relative). */
  source: string
}

export const MAX_PARAMS_FILE_BYTES = 1024 * 1024
export const MAX_PARAMS = 2000
const MAX_DEPTH = 16
const MAX_VALUE_CHARS = 1000

/** DVC's default params file; read when no params file is named and it exists. */
export const DEFAULT_PARAMS = 'params.yaml'

function flatten(value: unknown, prefix: string, source: string, out: Param[], depth = 0): void {
  if (out.length >= MAX_PARAMS) return
  if (depth > MAX_DEPTH) {
    out.push({ name: prefix, value: '(nested deeper than 16 levels: not read)', dataType: 'string', source })
    return
  }
  if (value !== null && typeof value === 'object' && !(value instanceof Date)) {
    const entries = Array.isArray(value) ? value.map((v, i) => [String(i), v] as const) : Object.entries(value)
    if (!entries.length) out.push({ name: prefix, value: Array.isArray(value) ? '[]' : '{}', dataType: Array.isArray(value) ? 'array' : 'object', source })
    for (const [k, v] of entries) flatten(v, prefix ? `${prefix}.${k}` : k, source, out, depth + 1)
    return
  }
  const dataType = value === null ? 'null' : value instanceof Date ? 'string' : typeof value
  const text = value instanceof Date ? value.toISOString() : String(value)
  out.push({ name: prefix || '(root)', value: text.length > MAX_VALUE_CHARS ? text.slice(0, MAX_VALUE_CHARS) + '…' : text, dataType, source })
}

async function readBounded(abs: string, rel: string): Promise<string> {
  const st = await lstat(abs)
  if (st.isSymbolicLink()) throw new ConfigError('INPUT', `params file ${rel} is a symlink; it is not followed. Name the file it points to.`)
  if (!st.isFile()) throw new ConfigError('INPUT', `params file ${rel} is not a regular file.`)
  if (st.size > MAX_PARAMS_FILE_BYTES) throw new ConfigError('INPUT', `params file ${rel} is larger than ${MAX_PARAMS_FILE_BYTES / 1024 / 1024} MiB; not read. Name a smaller params file.`)
  return readFile(abs, 'utf8')
}

function parseParamsText(text: string, rel: string): unknown {
  const ext = path.posix.extname(rel).toLowerCase()
  try {
    if (ext === '.json') return JSON.parse(text)
    if (ext === '.toml') return parseToml(text)
    return parseYaml(text, { maxAliasCount: 100 })
  } catch (e) {
    throw new ConfigError('INPUT', `params file ${rel}: not valid ${ext === '.json' ? 'JSON' : ext === '.toml' ? 'TOML' : 'YAML'} (${errorMessage(e).split('\n')[0]}). Fix the file or name another with --params.`)
  }
}

/** An MLflow run folder: `params/<key>` files (nested keys in sub-folders), one value each. */
async function readMlflowRun(abs: string, rel: string, out: Param[]): Promise<void> {
  const dir = path.join(abs, 'params')
  const walk = async (d: string, prefix: string, depth: number): Promise<void> => {
    if (depth > MAX_DEPTH) return
    const entries = (await readdir(d, { withFileTypes: true })).sort((a, b) => (a.name < b.name ? -1 : 1))
    for (const e of entries) {
      if (out.length >= MAX_PARAMS) return
      const name = prefix ? `${prefix}/${e.name}` : e.name
      if (e.isDirectory()) await walk(path.join(d, e.name), name, depth + 1)
      else if (e.isFile()) {
        const text = await readBounded(path.join(d, e.name), `${rel}/params/${name}`)
        const v = text.trim()
        out.push({ name, value: v.length > MAX_VALUE_CHARS ? v.slice(0, MAX_VALUE_CHARS) + '…' : v, dataType: 'string', source: `${rel}/params` })
      }
    }
  }
  await walk(dir, '', 0)
}

/**
 * Reads each named params file or MLflow run folder (workspace-relative). With `files` undefined,
 * reads params.yaml when it exists (else returns nothing). A named file that is missing, outside the
 * workspace or unreadable is a ConfigError naming it.
 */
export async function readParams(workspace: string, files: string[] | undefined): Promise<{ params: Param[]; sources: string[]; truncated: boolean }> {
  const out: Param[] = []
  const sources: string[] = []
  let list = files
  if (!list) {
    const st = await lstat(path.join(workspace, DEFAULT_PARAMS)).catch(() => null)
    list = st?.isFile() ? [DEFAULT_PARAMS] : []
  }
  for (const rel of list) {
    if (!(await lstat(resolveInside(workspace, rel, 'params file')).catch(() => null))) {
      throw new ConfigError('INPUT', `params file ${rel} does not exist in the workspace (${workspace}); name an existing file with --params (input bom-params).`)
    }
    const abs = await realInside(workspace, rel, 'params file')
    const st = await lstat(abs)
    if (st.isDirectory()) {
      const p = await lstat(path.join(abs, 'params')).catch(() => null)
      if (!p?.isDirectory()) throw new ConfigError('INPUT', `${rel} is a folder without a params/ folder: name a params file (params.yaml) or an MLflow run folder (mlruns/<experiment>/<run>).`)
      await readMlflowRun(abs, rel, out)
    } else {
      flatten(parseParamsText(await readBounded(abs, rel), rel), '', rel, out)
    }
    sources.push(rel)
  }
  return { params: out.slice(0, MAX_PARAMS), sources, truncated: out.length >= MAX_PARAMS }
}
