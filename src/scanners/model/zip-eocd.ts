/**
 * Where a zip archive's end record is, if the bytes hold one: how the model scanner notices a zip
 * appended to another file (every file is checked, so this stays apart from the zip reader in
 * zip.ts, which loads only for archives).
 */
import type { Source } from './source.js'

/** The end record's signature as bytes (PK\x05\x06), for a native search. */
const EOCD_SIG = Buffer.from([0x50, 0x4b, 0x05, 0x06])

/** Finds the end-of-central-directory record within the last 64 KiB + 22 bytes; null when there is none. */
export async function findEocd(src: Source): Promise<number | null> {
  const tail = Math.min(src.size, 65557)
  const buf = await src.read(src.size - tail, tail)
  // the last signature whose comment fits, searched from the end (natively: every file is tried)
  for (let i = buf.length - 22; i >= 0; ) {
    const at = buf.lastIndexOf(EOCD_SIG, i)
    if (at < 0) break
    const commentLen = buf.readUInt16LE(at + 20)
    if (at + 22 + commentLen <= buf.length) return src.size - tail + at
    i = at - 1
  }
  return null
}
