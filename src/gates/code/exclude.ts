/**
 * What the code gate does not scan, decided once for bandit and for the rules alike:
 *
 * - `gates.code.exclude`: workspace-relative globs (picomatch, as every gate's paths; a plain
 *   folder such as `vendor` means that folder and everything under it);
 * - the repository's own bandit settings, with bandit's meaning: `exclude_dirs` of
 *   pyproject.toml `[tool.bandit]` or of the `bandit-config` file, and `exclude` of a `.bandit`
 *   file at the workspace root. bandit matches each entry against the path as it walks it
 *   (`./pkg/tests/x.py`) with fnmatch (where `*` also matches `/`) or as a plain substring;
 * - folders that are never the project's code: version-control and tool caches (bandit's own
 *   default list, matched on whole folder names rather than as substrings, so `.github/` is
 *   scanned), node_modules, and virtualenvs (a folder holding `pyvenv.cfg`, or `site-packages`).
 *
 * The gate walks the files itself and hands bandit the resulting file list, so bandit never sees
 * an excluded file; bandit's results are filtered through the same list again before reporting.
 */
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { parse as parseToml } from 'smol-toml'
import { parse as parseYaml } from 'yaml'
import { ParseError } from '../../engine/errors.js'
import { resolveInside } from '../../engine/paths.js'
import type { CodeConfig } from './config.js'

/** Folder names never scanned (bandit's default -x list, plus caches and virtualenvs). */
export const DEFAULT_EXCLUDED_DIRS = ['.svn', 'CVS', '.bzr', '.hg', '.git', '__pycache__', '.tox', '.nox', '.eggs', '*.egg', '*.egg-info', 'site-packages', '.mypy_cache', '.pytest_cache']

/** Globs for the walker: every folder of these names, at any depth. */
export const defaultExcludeGlobs = (): string[] => DEFAULT_EXCLUDED_DIRS.map((d) => `**/${d}`)

export interface BanditSettings {
  skips?: string[]
  tests?: string[]
  exclude_dirs?: string[]
}

async function readOptional(file: string): Promise<string | null> {
  try {
    return await readFile(file, 'utf8')
  } catch {
    return null
  }
}

function stringList(v: unknown, where: string): string[] | undefined {
  if (v === undefined || v === null) return undefined
  if (!Array.isArray(v) || v.some((x) => typeof x !== 'string')) throw new ParseError(`${where} must be a list of strings`)
  return v as string[]
}

function settingsFrom(b: unknown, where: string): BanditSettings | null {
  if (!b || typeof b !== 'object') return null
  const o = b as Record<string, unknown>
  return { skips: stringList(o.skips, `${where} skips`), tests: stringList(o.tests, `${where} tests`), exclude_dirs: stringList(o.exclude_dirs, `${where} exclude_dirs`) }
}

/** `[tool.bandit]` of the workspace's pyproject.toml, or null. */
export async function pyprojectSettings(workspace: string): Promise<BanditSettings | null> {
  const text = await readOptional(path.join(workspace, 'pyproject.toml'))
  if (text === null) return null
  let data: any
  try {
    data = parseToml(text)
  } catch (e) {
    throw new ParseError(`pyproject.toml does not parse as TOML: ${(e as Error).message}; fix it or set gates.code.bandit-config`)
  }
  return settingsFrom(data?.tool?.bandit, 'pyproject.toml [tool.bandit]')
}

/** The `bandit-config` file's settings (YAML, or TOML with [tool.bandit]), for its exclude_dirs. */
export async function banditConfigSettings(workspace: string, file: string): Promise<BanditSettings | null> {
  const abs = resolveInside(workspace, file, 'gates.code.bandit-config')
  const text = await readOptional(abs)
  if (text === null) throw new ParseError(`gates.code.bandit-config: "${file}" cannot be read; check the path (workspace-relative)`)
  try {
    if (file.endsWith('.toml')) return settingsFrom((parseToml(text) as any)?.tool?.bandit, `${file} [tool.bandit]`)
    return settingsFrom(parseYaml(text), file)
  } catch (e) {
    if (e instanceof ParseError) throw e
    throw new ParseError(`gates.code.bandit-config: "${file}" does not parse: ${(e as Error).message}`)
  }
}

/** `exclude` of the `.bandit` INI file at the workspace root (comma-separated), or []. */
export function iniExcludes(text: string): string[] {
  let inSection = false
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim()
    if (line.startsWith('[')) {
      inSection = line === '[bandit]'
      continue
    }
    if (!inSection) continue
    const m = /^exclude\s*[=:]\s*(.*)$/.exec(line)
    if (m) return m[1].split(',').map((s) => s.trim()).filter(Boolean)
  }
  return []
}

/** Python's fnmatch.translate: `*` matches anything (slashes too), `?` one character, `[...]` a set. */
export function fnmatchRegExp(pattern: string): RegExp {
  let re = ''
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i]
    if (c === '*') re += '.*'
    else if (c === '?') re += '.'
    else if (c === '[') {
      const end = pattern.indexOf(']', i + 2)
      if (end < 0) {
        re += '\\['
        continue
      }
      let set = pattern.slice(i + 1, end).replace(/\\/g, '\\\\')
      if (set.startsWith('!')) set = '^' + set.slice(1)
      else if (set.startsWith('^')) set = '\\' + set
      re += `[${set}]`
      i = end
    } else re += c.replace(/[.+^${}()|\\\]]/g, '\\$&')
  }
  return new RegExp(`^(?:${re})$`, 's')
}

/**
 * bandit's own test for an excluded file: the path as bandit walks it (`./` + workspace-relative
 * path) matches an entry as an fnmatch glob, or contains it as a substring.
 */
export function banditExcludeMatcher(patterns: string[]): (rel: string) => string | null {
  const list = patterns.filter((p) => p !== '').map((p) => ({ p, re: fnmatchRegExp(p) }))
  if (!list.length) return () => null
  return (rel) => {
    const walked = `./${rel}`
    for (const { p, re } of list) {
      if (re.test(walked) || re.test(rel) || walked.includes(p)) return p
    }
    return null
  }
}

export interface ExcludeSettings {
  /** Globs for the walker (config exclude and the default folders). */
  globs: string[]
  /** bandit-style entries from the repository's bandit settings, with where each came from. */
  bandit: Array<{ pattern: string; source: string }>
  /** The skips/tests of pyproject.toml when no bandit-config is set. */
  pyproject: BanditSettings | null
  /** `.bandit` at the workspace root, when present (handed to bandit with --ini). */
  iniFile: string | null
}

export async function excludeSettings(workspace: string, c: CodeConfig): Promise<ExcludeSettings> {
  const bandit: ExcludeSettings['bandit'] = []
  const pyproject = c['bandit-config'] ? null : await pyprojectSettings(workspace)
  for (const p of pyproject?.exclude_dirs ?? []) bandit.push({ pattern: p, source: 'pyproject.toml [tool.bandit] exclude_dirs' })
  if (c['bandit-config']) {
    const s = await banditConfigSettings(workspace, c['bandit-config'])
    for (const p of s?.exclude_dirs ?? []) bandit.push({ pattern: p, source: `${c['bandit-config']} exclude_dirs` })
  }
  const iniPath = path.join(workspace, '.bandit')
  const ini = await readOptional(iniPath)
  if (ini !== null) for (const p of iniExcludes(ini)) bandit.push({ pattern: p, source: '.bandit exclude' })
  return { globs: [...c.exclude, ...defaultExcludeGlobs()], bandit, pyproject, iniFile: ini !== null ? iniPath : null }
}

/** Virtualenv folders among the walked files: folders below the workspace root holding a pyvenv.cfg. */
export function virtualenvDirs(files: string[]): string[] {
  return files.filter((f) => f.endsWith('/pyvenv.cfg')).map((f) => f.slice(0, f.lastIndexOf('/')))
}
