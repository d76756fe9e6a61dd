/**
 * The repository's Python dependencies for the BOM: pinned requirements (`name==version`) from
 * requirements files and every package of uv.lock, poetry.lock and pdm.lock (the dependencies
 * gate's lock reader), each with its PyPI package URL. Unpinned requirements are listed without a
 * version (what will be installed is not known); pyproject.toml ranges are not listed.
 */
import { lstat, readFile } from 'node:fs/promises'
import path from 'node:path'
import { PackageURL } from 'packageurl-js'
import { errorMessage } from '../../engine/errors.js'
import type { Inventory } from '../../engine/inventory.js'
import { canonicalName } from '../../parsers/pip-audit.js'
import { LOCK_FILES, readLockFile, type LockKind } from '../../parsers/python-locks.js'

export interface PythonPackage {
  name: string
  /** Exact version, or null when the requirement is not pinned. */
  version: string | null
  purl: string
  /** Files that declare it (workspace-relative). */
  sources: string[]
  /** The requirement as written, for unpinned ones. */
  requirement?: string
}

const MAX_REQUIREMENTS_BYTES = 4 * 1024 * 1024
const NAME = /^([A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9])?)\s*(\[[^\]]*\])?\s*(.*)$/

export function pypiPurl(name: string, version: string | null): string {
  return new PackageURL('pypi', undefined, canonicalName(name), version ?? undefined, undefined, undefined).toString()
}

/**
 * Requirements from a requirements file's text: `name==version` (or `===`) is pinned; any other
 * specifier is listed unpinned. Options (-r, -c, --index-url...), URLs and local paths are skipped.
 */
export function parseRequirements(text: string): Array<{ name: string; version: string | null; requirement: string }> {
  const out: Array<{ name: string; version: string | null; requirement: string }> = []
  const joined = text.replace(/\\\r?\n/g, ' ')
  for (const raw of joined.split(/\r?\n/)) {
    const line = raw.replace(/(^|\s)#.*$/, '').trim()
    if (!line || line.startsWith('-') || /^[a-z+]+:\/\//i.test(line) || line.startsWith('.') || line.startsWith('/')) continue
    const m = NAME.exec(line)
    if (!m) continue
    const spec = m[3].split(';')[0].replace(/\s--?\S.*$/, '').trim()
    if (spec.startsWith('@')) {
      out.push({ name: m[1], version: null, requirement: line.split(/\s--?\S/)[0] })
      continue
    }
    const pin = /^===?\s*([A-Za-z0-9][A-Za-z0-9.+!_-]*)$/.exec(spec)
    out.push({ name: m[1], version: pin && !pin[1].includes('*') ? pin[1] : null, requirement: `${m[1]}${m[2] ?? ''}${spec ? ' ' + spec : ''}` })
  }
  return out
}

export interface PythonInventory {
  packages: PythonPackage[]
  /** Files that could not be read, and packages left out, with the reason. */
  notes: string[]
}

/** Reads every requirements and lock file the inventory found. */
export async function pythonPackages(workspace: string, inventory: Inventory): Promise<PythonInventory> {
  const byKey = new Map<string, PythonPackage>()
  const notes: string[] = []
  const add = (name: string, version: string | null, source: string, requirement?: string): void => {
    const key = `${canonicalName(name)}@${version ?? ''}`
    const have = byKey.get(key)
    if (have) {
      if (!have.sources.includes(source)) have.sources.push(source)
      return
    }
    byKey.set(key, { name, version, purl: pypiPurl(name, version), sources: [source], ...(version === null && requirement ? { requirement } : {}) })
  }
  for (const f of inventory.dependencies) {
    if (f.kind === 'pyproject') continue
    const abs = path.join(workspace, f.path)
    let text: string
    try {
      const st = await lstat(abs)
      if (!st.isFile()) continue
      if (st.size > MAX_REQUIREMENTS_BYTES) {
        notes.push(`${f.path}: larger than ${MAX_REQUIREMENTS_BYTES / 1024 / 1024} MiB; its packages are not listed`)
        continue
      }
      text = await readFile(abs, 'utf8')
    } catch (e) {
      notes.push(`${f.path}: not read (${errorMessage(e)})`)
      continue
    }
    if (f.kind === 'requirements') {
      for (const r of parseRequirements(text)) add(r.name, r.version, f.path, r.requirement)
      continue
    }
    const kind = path.posix.basename(f.path).toLowerCase() as LockKind
    if (!(LOCK_FILES as readonly string[]).includes(kind)) {
      notes.push(`${f.path}: this lock format is not read; export it to a requirements file to list its packages`)
      continue
    }
    try {
      const lock = readLockFile(kind, text, f.path)
      for (const p of lock.packages) add(p.name, p.version, f.path)
      for (const p of lock.notAudited) notes.push(`${f.path}: ${p.name} not listed (${p.reason})`)
    } catch (e) {
      notes.push(errorMessage(e))
    }
  }
  const packages = [...byKey.values()].sort((a, b) => (a.purl < b.purl ? -1 : a.purl > b.purl ? 1 : 0))
  return { packages, notes }
}
