/**
 * Everything scanned stays inside the workspace: paths from config are resolved and checked, and
 * the file walker never follows a symlink (a committed symlink could point at /etc or the runner's
 * secrets).
 */
import { lstat, readdir, readlink, realpath, stat } from 'node:fs/promises'
import type { Stats } from 'node:fs'
import { isUtf8 } from 'node:buffer'
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

/**
 * A matcher for workspace-relative globs that is right for every character a file name can hold.
 * picomatch builds its regular expressions with `.`, which in JavaScript does not match CR, LF,
 * U+2028 or U+2029, so `models/**` silently missed `models/w\u2028eights.pkl`; the `s` (dotAll)
 * flag makes `.` match them. Dot files are matched too. Use this for every path glob.
 */
export function globMatcher(patterns: string | string[]): (relPath: string) => boolean {
  const list = (Array.isArray(patterns) ? patterns : [patterns]).filter((p) => p !== '')
  if (!list.length) return () => false
  return picomatch(list, GLOB_OPTIONS)
}

/** The picomatch options every glob of the project uses (see globMatcher). */
export const GLOB_OPTIONS: picomatch.PicomatchOptions = { dot: true, flags: 's' }

/** True when `rel` (workspace-relative) names a place inside the workspace, lexically. */
export function isInsideRel(rel: string): boolean {
  if (rel === '' || path.isAbsolute(rel) || /^[A-Za-z]:[\\/]/.test(rel)) return rel === ''
  return !rel.split(/[\\/]/).includes('..')
}

/**
 * Where a workspace-relative path really leads: 'inside' (or missing: nothing to follow),
 * 'outside' when the path or a symlink on its way resolves out of the workspace (or is absolute / uses `..`).
 */
export async function realLocation(workspace: string, rel: string): Promise<'inside' | 'outside' | 'missing'> {
  if (!isInsideRel(rel)) return 'outside'
  let real: string
  try {
    real = await realpath(path.join(workspace, rel))
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code
    // A dangling symlink: where it points decides.
    try {
      const target = await readlink(path.join(workspace, rel))
      const abs = path.resolve(path.dirname(path.join(workspace, rel)), target)
      const r = path.relative(await realpath(workspace), abs)
      return r.startsWith('..') || path.isAbsolute(r) ? 'outside' : 'missing'
    } catch {
      return code === 'ENOENT' || code === 'ENOTDIR' ? 'missing' : 'outside'
    }
  }
  const r = path.relative(await realpath(workspace), real)
  return r === '..' || r.startsWith(`..${path.sep}`) || path.isAbsolute(r) ? 'outside' : 'inside'
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
  /** The symlinks among `symlinks` that lead out of the workspace (or dangle towards it). */
  outside?: string[]
  /**
   * Entries whose name is not valid UTF-8: they cannot be named to the gates, so they are listed
   * here (bytes that are not UTF-8 shown as \xNN) for the gate to report as not checked.
   */
  unreadable?: string[]
  truncated: boolean
}

const ALWAYS_SKIP = new Set(['.git', 'node_modules'])

function globFor(p: string): string[] {
  const clean = slashes(p).replace(/^\.\/+/, '').replace(/\/+$/, '')
  if (clean === '' || clean === '.') return ['**']
  if (picomatch.scan(clean).isGlob) return [clean]
  return [clean, `${clean}/**`]
}

/** A backslash is a Windows separator unless it escapes glob syntax (`\\[` is a literal `[`, `\\\\` a backslash). */
function slashes(p: string): string {
  let out = ''
  for (let i = 0; i < p.length; i++) {
    if (p[i] !== '\\') out += p[i]
    else if (i + 1 < p.length && GLOB_SYNTAX.test(p[i + 1])) out += p[i] + p[++i]
    else out += '/'
  }
  return out
}

const GLOB_SYNTAX = /[*?[\]{}()!+@\\"|]/

/**
 * The folder a glob starts in: its leading segments without glob syntax (an escaped character
 * counts as syntax, so the walk starts above it and the matcher decides).
 */
function literalBase(glob: string): string {
  const segs = glob.split('/')
  const lit: string[] = []
  for (const s of segs.slice(0, -1)) {
    if (GLOB_SYNTAX.test(s)) break
    lit.push(s)
  }
  if (lit.length === segs.length - 1 && !GLOB_SYNTAX.test(segs[segs.length - 1])) lit.push(segs[segs.length - 1])
  return lit.join('/')
}

/** Lists regular files under the workspace matching include/exclude, without following symlinks. */
export async function walkFiles(workspace: string, options: WalkOptions = {}): Promise<WalkResult> {
  const include = (options.include?.length ? options.include : ['.']).flatMap(globFor)
  const isIncluded = globMatcher(include)
  const isExcluded = options.exclude?.length ? globMatcher(options.exclude.flatMap(globFor)) : () => false
  const roots = new Set<string>()
  for (const g of include) {
    const base = literalBase(g)
    roots.add(base === '' ? '.' : base)
  }
  const files = new Set<string>()
  const symlinks: string[] = []
  const unreadable: string[] = []
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
    let raw
    try {
      raw = await readdir(path.join(workspace, rel), { withFileTypes: true, encoding: 'buffer' })
    } catch {
      unreadable.push(`${relPosix || '.'} (folder could not be read)`)
      return
    }
    const entries: { name: string; d: (typeof raw)[number] }[] = []
    for (const d of raw) {
      const name = d.name.toString('utf8')
      if (isUtf8(d.name)) {
        entries.push({ name, d })
        continue
      }
      // A name that is not UTF-8 cannot be passed on as a string: say so instead of dropping it,
      // when it is something the walk would have listed. The globs are matched against the name
      // with each invalid byte read as U+FFFD (so `*.pkl` or `data/**` still select it); a folder is
      // listed unless excluded (what is under it cannot be named); a symlink like a file (where it leads is not known).
      const lossy = relPosix ? `${relPosix}/${name}` : name
      const shown = `${relPosix ? relPosix + '/' : ''}${showBytes(d.name)}`
      if (d.isDirectory()) {
        if (!isExcluded(lossy)) unreadable.push(`${shown}/`)
      } else if (isIncluded(lossy) && !isExcluded(lossy)) unreadable.push(shown)
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    for (const { name, d } of entries) {
      if (truncated) return
      const childRel = rel === '.' ? name : path.join(rel, name)
      const childPosix = relPosix ? `${relPosix}/${name}` : name
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
        if (ALWAYS_SKIP.has(name) || isExcluded(childPosix)) continue
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
  const links = [...new Set(symlinks)].sort()
  const outside: string[] = []
  for (const l of links) if ((await realLocation(workspace, l)) === 'outside') outside.push(l)
  return { files: [...files].sort(), symlinks: links, outside, unreadable: unreadable.sort(), truncated }
}

/** A file name's bytes for display: UTF-8 where valid, \xNN for the other bytes. */
function showBytes(b: Buffer): string {
  let out = ''
  let i = 0
  while (i < b.length) {
    const n = b[i] < 0x80 ? 1 : b[i] >= 0xf0 ? 4 : b[i] >= 0xe0 ? 3 : b[i] >= 0xc0 ? 2 : 0
    const part = n ? b.subarray(i, i + n) : null
    if (part && part.length === n && Buffer.from(part.toString('utf8'), 'utf8').equals(part)) {
      out += part.toString('utf8')
      i += n
    } else {
      out += `\\x${b[i].toString(16).padStart(2, '0')}`
      i++
    }
  }
  return out
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
