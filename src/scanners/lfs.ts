/**
 * Git LFS pointer files (https://github.com/git-lfs/git-lfs/blob/main/docs/spec.md).
 *
 * A checkout without LFS (`actions/checkout` defaults to `lfs: false`) leaves these small text files
 * where the models and datasets should be. Hashing or scanning them says nothing about the content,
 * so callers report a pointer as an error. The pointer's oid is the SHA-256 of the real content,
 * which lets a lock be compared with it without downloading anything.
 */

/** Git LFS only treats blobs smaller than this as possible pointers (`blobSizeCutoff` in git-lfs). */
export const LFS_POINTER_MAX_SIZE = 1024

const VERSION_LINES = new Set(['version https://git-lfs.github.com/spec/v1', 'version https://hawser.github.com/spec/v1'])
const OID_RE = /^sha256:([0-9a-f]{64})$/
const SIZE_RE = /^(0|[1-9][0-9]*)$/
const KEY_RE = /^[a-z0-9.-]+$/

/**
 * Parses a Git LFS pointer. Returns the content's SHA-256 (64 lowercase hex digits, without the
 * `sha256:` prefix) and size, or null when `buf` is not a pointer: 1024 bytes or more, a first line
 * other than the spec's version line, a line that is not `key value`, or no valid `oid sha256:<hex>`
 * and `size <bytes>`. Lines end with `\n` (a `\r\n` left by autocrlf is accepted).
 */
export function parseLfsPointer(buf: Buffer): { oid: string; size: number } | null {
  if (buf.length === 0 || buf.length >= LFS_POINTER_MAX_SIZE) return null
  // Cheap rejection before decoding: every pointer starts with "version ".
  if (buf.subarray(0, 8).toString('latin1') !== 'version ') return null
  const text = buf.toString('utf8')
  if (text.includes('\uFFFD') || text.includes('\0')) return null
  const lines = text.split('\n')
  if (lines[lines.length - 1] === '') lines.pop()
  if (lines.length < 3) return null
  const first = lines[0].replace(/\r$/, '')
  if (!VERSION_LINES.has(first)) return null
  let oid: string | null = null
  let size: number | null = null
  const seen = new Set<string>()
  for (const raw of lines.slice(1)) {
    const line = raw.replace(/\r$/, '')
    const sp = line.indexOf(' ')
    if (sp <= 0) return null
    const key = line.slice(0, sp)
    const value = line.slice(sp + 1)
    if (!KEY_RE.test(key) || seen.has(key) || key === 'version') return null
    seen.add(key)
    if (key === 'oid') {
      const m = OID_RE.exec(value)
      if (!m) return null
      oid = m[1]
    } else if (key === 'size') {
      if (!SIZE_RE.test(value)) return null
      const n = Number(value)
      if (!Number.isSafeInteger(n)) return null
      size = n
    }
  }
  if (oid === null || size === null) return null
  return { oid, size }
}
