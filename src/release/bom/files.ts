/**
 * Which files the BOM lists: paths named by the report (checked one by one: they are file names,
 * never globs) or found under configured folders (the shared walker), each a regular file inside the
 * workspace; symlinks are never followed. Hashing is streamed (scanners/hash.ts).
 */
import { lstat } from 'node:fs/promises'
import path from 'node:path'
import { realLocation, walkFiles } from '../../engine/paths.js'
import { hashFilesSettled, HashError, type FileDigest } from '../../scanners/hash.js'

export const MAX_BOM_FILES = 10_000

/** The names in `rels` that are regular files inside the workspace; the others are noted with the reason. */
export async function existingFiles(workspace: string, rels: string[], notes: string[]): Promise<string[]> {
  const out: string[] = []
  for (const rel of [...new Set(rels)].slice(0, MAX_BOM_FILES)) {
    const where = await realLocation(workspace, rel)
    if (where !== 'inside') {
      notes.push(`${rel}: ${where === 'missing' ? 'no longer in the workspace' : 'leads outside the workspace'}; not listed`)
      continue
    }
    const st = await lstat(path.join(workspace, rel)).catch(() => null)
    if (st?.isSymbolicLink()) notes.push(`${rel}: a symlink, not followed or listed`)
    else if (st?.isFile()) out.push(rel)
  }
  if (rels.length > MAX_BOM_FILES) notes.push(`more than ${MAX_BOM_FILES} files: the first ${MAX_BOM_FILES} are listed`)
  return out
}

/** Regular files under workspace-relative folders, files or globs (the walker's rules). */
export async function filesUnder(workspace: string, include: string[], exclude: string[] | undefined, notes: string[]): Promise<string[]> {
  const walk = await walkFiles(workspace, { include, exclude, maxFiles: MAX_BOM_FILES })
  if (walk.truncated) notes.push(`more than ${MAX_BOM_FILES} files under ${include.join(', ')}: the first ${MAX_BOM_FILES} are listed`)
  for (const s of walk.symlinks) notes.push(`${s}: a symlink, not followed or listed`)
  for (const u of walk.unreadable ?? []) notes.push(`${u}: a file name that is not UTF-8, not listed`)
  return walk.files
}

/** SHA-256 of each file (streamed, bounded memory); a file that cannot be hashed is noted and left without a hash. */
export async function hashAll(workspace: string, rels: string[], notes: string[], signal?: AbortSignal): Promise<Map<string, FileDigest>> {
  const abs = rels.map((r) => path.join(workspace, r))
  const settled = await hashFilesSettled(abs, { signal })
  const out = new Map<string, FileDigest>()
  rels.forEach((rel, i) => {
    const r = settled.get(abs[i])
    if (r instanceof HashError) notes.push(`${rel}: not hashed (${r.message.replace(abs[i], rel)})`)
    else if (r) out.set(rel, r)
  })
  return out
}
