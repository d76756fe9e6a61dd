/**
 * Python project lock files (uv.lock, poetry.lock, pdm.lock) -> the exact versions to audit. pip-audit
 * reads none of them (`pip-audit <dir>` resolves pyproject.toml's ranges afresh, which is not what is
 * deployed), so the pinned `name==version` of every package in the lock is written to a requirements
 * file and audited with `--no-deps`. Packages from git, a local path, a URL or the project itself are
 * not on the index: they are listed as not audited, with the reason.
 */
import { parse as parseToml } from 'smol-toml'
import { ParseError } from '../engine/errors.js'
import { canonicalName } from './pip-audit.js'

export const LOCK_FILES = ['uv.lock', 'poetry.lock', 'pdm.lock'] as const
export type LockKind = (typeof LOCK_FILES)[number]

export interface LockedPackage {
  name: string
  version: string
  /** 1-based line of the package's `name = "..."` in the lock. */
  line: number | null
}

export interface LockContents {
  kind: LockKind
  packages: LockedPackage[]
  /** Packages not from a package index (git, path, URL, the project itself), with the reason. */
  notAudited: Array<{ name: string; reason: string }>
}

const MAX_LOCK_BYTES = 32 * 1024 * 1024

function nameLines(text: string): Map<string, number[]> {
  const out = new Map<string, number[]>()
  const lines = text.split(/\r?\n/)
  for (let i = 0; i < lines.length; i++) {
    const m = /^name\s*=\s*"([^"]+)"/.exec(lines[i])
    if (!m) continue
    const key = canonicalName(m[1])
    out.set(key, [...(out.get(key) ?? []), i + 1])
  }
  return out
}

/** Which source keys mean "not from an index", per format. */
function offIndex(kind: LockKind, pkg: Record<string, unknown>): string | null {
  if (kind === 'uv.lock') {
    const src = pkg.source as Record<string, unknown> | undefined
    if (!src || typeof src !== 'object') return 'no source in the lock'
    if ('registry' in src) return null
    const k = Object.keys(src)[0] ?? 'unknown'
    return k === 'editable' || k === 'virtual' ? `the project itself (${k} source)` : `${k} source, not a package index`
  }
  if (kind === 'poetry.lock') {
    const src = pkg.source as Record<string, unknown> | undefined
    const t = src && typeof src === 'object' ? String(src.type ?? '') : ''
    return !t || t === 'legacy' ? null : `${t} source, not a package index`
  }
  for (const k of ['git', 'path', 'url'] as const) if (k in pkg) return `${k} source, not a package index`
  return pkg.editable === true ? 'editable install' : null
}

/** Reads a lock file's text; a file that is not the format it is named for is a ParseError naming it. */
export function readLockFile(kind: LockKind, text: string, label: string): LockContents {
  if (text.length > MAX_LOCK_BYTES) throw new ParseError(`${label}: larger than ${MAX_LOCK_BYTES / 1024 / 1024} MiB; not read`)
  let data: Record<string, unknown>
  try {
    data = parseToml(text) as Record<string, unknown>
  } catch (e) {
    throw new ParseError(`${label}: not valid TOML (${(e as Error).message.split('\n')[0]}); regenerate it with ${kind === 'uv.lock' ? 'uv lock' : kind === 'poetry.lock' ? 'poetry lock' : 'pdm lock'}`)
  }
  const list = data.package
  if (!Array.isArray(list)) throw new ParseError(`${label}: no [[package]] entries; is it really a ${kind}?`)
  const lines = nameLines(text)
  const seen = new Map<string, number>()
  const packages: LockedPackage[] = []
  const notAudited: LockContents['notAudited'] = []
  list.forEach((p, i) => {
    if (!p || typeof p !== 'object' || typeof (p as any).name !== 'string') throw new ParseError(`${label}: package ${i + 1} has no name`)
    const pkg = p as Record<string, unknown>
    const name = pkg.name as string
    const key = canonicalName(name)
    const nth = seen.get(key) ?? 0
    seen.set(key, nth + 1)
    const line = lines.get(key)?.[nth] ?? null
    const why = offIndex(kind, pkg)
    if (why) {
      notAudited.push({ name, reason: why })
      return
    }
    if (typeof pkg.version !== 'string' || !pkg.version) {
      notAudited.push({ name, reason: 'no version in the lock' })
      return
    }
    packages.push({ name, version: pkg.version, line })
  })
  return { kind, packages, notAudited }
}

/**
 * Requirements files with one exact pin per locked package. A universal lock can hold the same package
 * at two versions (one per Python or platform marker); pip-audit refuses a name twice in one file, so
 * the second version goes to a second file, and so on.
 */
export function requirementsFor(lock: LockContents): string[] {
  const files: Array<Map<string, string>> = []
  for (const p of lock.packages) {
    const key = canonicalName(p.name)
    const pin = `${p.name}==${p.version}`
    if (files.some((f) => f.get(key) === pin)) continue
    let f = files.find((x) => !x.has(key))
    if (!f) files.push((f = new Map()))
    f.set(key, pin)
  }
  return files.map((f) => [...f.values()].join('\n') + '\n')
}
