/**
 * Everything scanned stays inside the workspace: paths from config are resolved and checked, and
 * the file walker never follows a symlink (a committed symlink could point at /etc or the runner's
 * secrets).
 */
import { lstat, readdir, realpath, stat } from 'node:fs/promises'
import type { Stats } from 'node:fs'
import path from 'node:path'
import picomatch from 'picomatch'
import { ConfigError } from './errors.js'

/** Resolves a workspace-relative path, refusing anything that lands outside the workspace. */
export function resolveInside(workspace: string, rel: string, what: string): string {
  const abs = path.resolve(workspace, rel)
  const relToWs = path.relative(workspace, abs)
  if (relToWs.startsWith('..') || path.isAbsolute(relToWs)) {
    throw new ConfigError('OUTSIDE_WORKSPACE', `${what}: "${rel}" is outside the workspace (${workspace}); use a path inside the repository.`)
  }
  return abs
}

/** Like resolveInside, and also refuses a path whose real location (after symlinks) is outside. */
export async function realInside(workspace: string, rel: string, what: string): Promise<string> {
  const abs = resolveInside(workspace, rel, what)
  const real = await realpath(abs)
  const wsReal = await realpath(workspace)
  const r = path.relative(wsReal, real)
  if (r.startsWith('..') || path.isAbsolute(r)) {
    throw new ConfigError('OUTSIDE_WORKSPACE', `${what}: "${rel}" resolves through a symlink to ${real}, outside the workspace; it was not read.`)
  }
  return real
}

async function staysInside(wsReal: string, abs: string): Promise<boolean> {
  let real: string
  try {
    real = await realpath(abs)
  } catch {
    return true // does not exist: nothing to follow
  }
  const r = path.relative(wsReal, real)
  return !(r.startsWith('..') || path.isAbsolute(r))
}

/** Workspace-relative path with forward slashes. */
export function toRel(workspace: string, abs: string): string {
  return path.relative(workspace, abs).split(path.sep).join('/')
}

export interface WalkOptions {
  /** Globs (workspace-relative) to include; a plain folder or file path includes everything under it. Default: everything. */
  include?: string[]
  exclude?: string[]
  /** Stop after this many files (reported by the caller). */
  maxFiles?: number
}

export interface WalkResult {
  files: string[]
  /** Symlinks met and not followed (workspace-relative). */
  symlinks: string[]
  truncated: boolean
}

const ALWAYS_SKIP = new Set(['.git', 'node_modules'])

function globFor(p: string): string[] {
  const clean = p.replace(/\\/g, '/').replace(/^\.\/+/, '').replace(/\/+$/, '')
  if (clean === '' || clean === '.') return ['**']
  if (picomatch.scan(clean).isGlob) return [clean]
  return [clean, `${clean}/**`]
}

/** Lists regular files under the workspace matching include/exclude, without following symlinks. */
export async function walkFiles(workspace: string, options: WalkOptions = {}): Promise<WalkResult> {
  const include = (options.include?.length ? options.include : ['.']).flatMap(globFor)
  const isIncluded = picomatch(include, { dot: true })
  const isExcluded = options.exclude?.length ? picomatch(options.exclude.flatMap(globFor), { dot: true }) : () => false
  const roots = new Set<string>()
  for (const g of include) {
    const base = picomatch.scan(g).base
    roots.add(base === '' ? '.' : base)
  }
  const files = new Set<string>()
  const symlinks: string[] = []
  const max = options.maxFiles ?? 200_000
  let truncated = false
  const addFile = (relPosix: string): void => {
    if (!isIncluded(relPosix) || isExcluded(relPosix)) return
    if (files.size >= max) {
      truncated = true
      return
    }
    files.add(relPosix)
  }
  // A folder's entries come with their type (readdir withFileTypes): no stat per file, so the walk
  // stays linear and cheap on 100k-file trees. Only an entry of unknown type is lstat()ed.
  const walkDir = async (rel: string, relPosix: string): Promise<void> => {
    let entries
    try {
      entries = await readdir(path.join(workspace, rel), { withFileTypes: true })
    } catch {
      return
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    for (const d of entries) {
      if (truncated) return
      const childRel = rel === '.' ? d.name : path.join(rel, d.name)
      const childPosix = relPosix ? `${relPosix}/${d.name}` : d.name
      let kind: 'dir' | 'file' | 'link' | 'other'
      if (d.isSymbolicLink()) kind = 'link'
      else if (d.isDirectory()) kind = 'dir'
      else if (d.isFile()) kind = 'file'
      else if (d.isBlockDevice() || d.isCharacterDevice() || d.isFIFO() || d.isSocket()) kind = 'other'
      else {
        const st = await lstat(path.join(workspace, childRel)).catch(() => null)
        kind = !st ? 'other' : st.isSymbolicLink() ? 'link' : st.isDirectory() ? 'dir' : st.isFile() ? 'file' : 'other'
      }
      if (kind === 'link') symlinks.push(childPosix)
      else if (kind === 'dir') {
        if (ALWAYS_SKIP.has(d.name) || isExcluded(childPosix)) continue
        await walkDir(childRel, childPosix)
      } else if (kind === 'file') addFile(childPosix)
    }
  }
  const visit = async (rel: string): Promise<void> => {
    if (truncated) return
    const abs = path.join(workspace, rel)
    let st
    try {
      st = await lstat(abs)
    } catch {
      return
    }
    const relPosix = rel === '.' ? '' : rel.split(path.sep).join('/')
    if (st.isSymbolicLink()) {
      symlinks.push(relPosix)
      return
    }
    if (st.isDirectory()) {
      if (ALWAYS_SKIP.has(path.basename(abs)) && rel !== '.') return
      if (relPosix && isExcluded(relPosix)) return
      await walkDir(rel, relPosix)
      return
    }
    if (st.isFile()) addFile(relPosix)
  }
  const wsReal = await realpath(workspace)
  for (const r of roots) {
    resolveInside(workspace, r, 'path')
    const rel = r === '.' ? '.' : path.normalize(r)
    // A root below a symlinked folder (paths: [link/sub] with link -> /etc) must not be walked.
    if (rel !== '.' && !(await staysInside(wsReal, path.join(workspace, path.dirname(rel))))) {
      symlinks.push(rel.split(path.sep).join('/'))
      continue
    }
    await visit(rel)
  }
  return { files: [...files].sort(), symlinks: [...new Set(symlinks)].sort(), truncated }
}

/** stat (or lstat with follow: false) of a path, or null when it does not exist or cannot be read. */
export async function statOrNull(p: string, opts: { follow?: boolean } = {}): Promise<Stats | null> {
  try {
    return opts.follow === false ? await lstat(p) : await stat(p)
  } catch {
    return null
  }
}

export async function pathExists(p: string, opts: { follow?: boolean } = {}): Promise<boolean> {
  return (await statOrNull(p, opts)) !== null
}
