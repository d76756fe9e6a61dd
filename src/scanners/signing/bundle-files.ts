/**
 * Which files under the model paths are signature bundles written next to the models: evidence
 * about the models, verified by the models gate's signatures check, not models themselves. The
 * hash lock leaves them out (`lock` does not record them, and a run does not report them as
 * unlisted), since signing after locking, or signing again, must not break the lock.
 *
 * A file is a bundle when both its name and its content say so:
 * - the name: `model.sig` (OpenSSF Model Signing, a signed folder), or `F.sig`, `F.sigstore.json`,
 *   `F.bundle` next to a file or folder F that is there (a signed single file; `F.bundle` is what
 *   cosign's documentation names `cosign sign-blob --bundle`), or a path the signatures config names;
 * - the content: JSON (at most 1 MiB) that is a Sigstore bundle (`mediaType`
 *   application/vnd.dev.sigstore.bundle...), or a cosign legacy bundle (`base64Signature` with a
 *   `cert` or `rekorBundle`).
 * A file named like a bundle that is not one stays a file the lock covers.
 */
import path from 'node:path'
import type { LockSkip } from '../lock.js'
import { readSmallFileSync } from '../read-small.js'

const MAX_BUNDLE_FILE = 1024 * 1024
const SUFFIXES = ['.sigstore.json', '.sig', '.bundle']

/** The signed thing a bundle name points at (null when the name is not a bundle's). */
function companionOf(rel: string): string | null {
  if (path.posix.basename(rel) === 'model.sig') return path.posix.dirname(rel)
  for (const s of SUFFIXES) if (rel.endsWith(s) && rel.length > s.length && !rel.endsWith('/' + s)) return rel.slice(0, -s.length)
  return null
}

/** Named like a bundle: model.sig, or a bundle suffix on something present (a file, or a folder holding files), or named in the config. */
export function bundleShapedName(rel: string, present: ReadonlySet<string>, explicit: ReadonlySet<string> = new Set()): boolean {
  if (explicit.has(rel)) return true
  const c = companionOf(rel)
  if (c === null) return false
  if (path.posix.basename(rel) === 'model.sig') return true
  if (present.has(c)) return true
  const prefix = c + '/'
  for (const f of present) if (f.startsWith(prefix)) return true
  return false
}

/** JSON that is a Sigstore bundle or a cosign legacy bundle. */
export function isBundleJson(data: Buffer): boolean {
  let v: unknown
  try {
    v = JSON.parse(data.toString('utf8'))
  } catch {
    return false
  }
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return false
  const o = v as Record<string, unknown>
  if (typeof o.mediaType === 'string' && o.mediaType.startsWith('application/vnd.dev.sigstore.bundle')) return true
  return typeof o.base64Signature === 'string' && (typeof o.cert === 'string' || (typeof o.rekorBundle === 'object' && o.rekorBundle !== null))
}

/**
 * The signature bundles among `files` (workspace-relative, forward slashes), by name and content;
 * `explicit` adds bundle paths the signatures config names.
 */
async function findSignatureBundles(workspace: string, files: readonly string[], explicit: readonly string[] = []): Promise<Set<string>> {
  const present = new Set(files)
  const named = new Set(explicit)
  const out = new Set<string>()
  for (const rel of files) {
    if (!bundleShapedName(rel, present, named)) continue
    const data = readSmallFileSync(path.join(workspace, ...rel.split('/')), MAX_BUNDLE_FILE)
    if (data && isBundleJson(data)) out.add(rel)
  }
  return out
}

/**
 * The models hash lock's LockSkip: signature bundles among the walked files (name and content),
 * and listed paths not found that are named like one (their content cannot be read any more).
 */
export function signatureBundleSkip(workspace: string, explicit: readonly string[] = []): LockSkip {
  const named = explicit.map((p) => path.posix.normalize(p.replace(/\\/g, '/')).replace(/^\.\//, ''))
  return {
    reason: 'a signature bundle: the signatures check verifies it, the hash lock does not cover it',
    async select(present, listedMissing) {
      const out = await findSignatureBundles(workspace, present, named)
      const have = new Set(present)
      const names = new Set(named)
      for (const rel of listedMissing) if (bundleShapedName(rel, have, names)) out.add(rel)
      return out
    }
  }
}
