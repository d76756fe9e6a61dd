/**
 * A zip reader that sees what torch.load sees. PyTorch reads checkpoints with miniz, not Python's
 * zipfile: it trusts the central directory, ignores the general-purpose flag bits (an "encrypted"
 * bit does not stop it) and the CRC, and looks names up case-insensitively. Python-zipfile based
 * scanners refuse or skip such archives while torch loads them (CVE-2025-1944/1945/10156, DATA.PKL).
 * So this reader reads every member the same lenient way, and reports each of those tricks, plus
 * names that collide case-insensitively (which copy a loader picks is up to its lookup), as findings.
 * yauzl was not used: it refuses exactly the archives torch accepts (bad CRC, flag bits, mismatched names).
 */
import { LimitError, type ScanLimits } from './limits.js'
import type { Source } from './source.js'
import { findEocd } from './zip-eocd.js'

export interface ZipEntry {
  /** Name from the central directory (what miniz looks up). */
  name: string
  /** Name in the local header, when it differs. */
  localName?: string
  method: number
  flags: number
  crc: number
  compressedSize: number
  size: number
  localOffset: number
  /** Where the member's bytes start (after the local header), or -1 if the local header is missing. */
  dataOffset: number
}

export interface ZipIssue {
  rule: 'archive/ambiguous-duplicate' | 'archive/name-mismatch' | 'archive/flag-bits' | 'archive/overlapping-entries' | 'archive/unsafe-path' | 'archive/bad-local-header'
  member: string
  message: string
}

export interface ZipDirectory {
  entries: ZipEntry[]
  issues: ZipIssue[]
  /** Bytes before the first local header (a zip appended to something else). */
  prefixBytes: number
}

const EOCD64 = 0x06064b50
const EOCD64_LOC = 0x07064b50
const CEN = 0x02014b50
const LOC = 0x04034b50

function decodeName(b: Buffer, utf8Flag: boolean): string {
  const s = b.toString('utf8')
  if (utf8Flag || !s.includes('\uFFFD')) return s
  return b.toString('latin1')
}

/** Reads the central directory and each local header. Throws on a structure that cannot be a zip. */
export async function readZipDirectory(src: Source, limits: ScanLimits): Promise<ZipDirectory> {
  const eocdAt = await findEocd(src)
  if (eocdAt === null) throw new Error('no end-of-central-directory record: not a complete zip archive')
  const e = await src.read(eocdAt, 22)
  let count = e.readUInt16LE(10)
  let cdSize = e.readUInt32LE(12)
  let cdOffset = e.readUInt32LE(16)
  // where the central directory must end: at the zip64 end record when there is one, else at the end record
  let cdEnd = eocdAt
  const loc = eocdAt >= 20 ? await src.read(eocdAt - 20, 20) : Buffer.alloc(0)
  if (loc.length === 20 && loc.readUInt32LE(0) === EOCD64_LOC) {
    const at = Number(loc.readBigUInt64LE(8))
    const z = await src.read(at, 56)
    if (z.length === 56 && z.readUInt32LE(0) === EOCD64) {
      cdEnd = at
      if (count === 0xffff || cdSize === 0xffffffff || cdOffset === 0xffffffff) {
        count = Number(z.readBigUInt64LE(32))
        cdSize = Number(z.readBigUInt64LE(40))
        cdOffset = Number(z.readBigUInt64LE(48))
      }
    } else if (count === 0xffff || cdSize === 0xffffffff || cdOffset === 0xffffffff) {
      throw new Error('zip64 end-of-central-directory record is missing')
    }
  }
  if (count > limits.maxEntries) throw new LimitError(`archive has ${count} entries, over the ${limits.maxEntries}-entry limit`)
  // A zip appended after other data: offsets are relative to where the archive really starts.
  let shift = 0
  if (cdOffset + cdSize < cdEnd) shift = cdEnd - (cdOffset + cdSize)
  if (cdOffset + shift + cdSize > src.size) throw new Error('central directory lies outside the file')
  const cd = await src.read(cdOffset + shift, cdSize)
  const entries: ZipEntry[] = []
  const issues: ZipIssue[] = []
  let p = 0
  for (let i = 0; i < count; i++) {
    if (p + 46 > cd.length || cd.readUInt32LE(p) !== CEN) throw new Error(`central directory entry ${i} is malformed`)
    const flags = cd.readUInt16LE(p + 8)
    const method = cd.readUInt16LE(p + 10)
    const crc = cd.readUInt32LE(p + 16)
    let compressedSize = cd.readUInt32LE(p + 20)
    let size = cd.readUInt32LE(p + 24)
    const nameLen = cd.readUInt16LE(p + 28)
    const extraLen = cd.readUInt16LE(p + 30)
    const commentLen = cd.readUInt16LE(p + 32)
    let localOffset = cd.readUInt32LE(p + 42)
    const name = decodeName(cd.subarray(p + 46, p + 46 + nameLen), (flags & 0x800) !== 0)
    // zip64 extended information: only the saturated fields are present, in this order
    let x = p + 46 + nameLen
    const xEnd = x + extraLen
    while (x + 4 <= xEnd) {
      const id = cd.readUInt16LE(x)
      const len = cd.readUInt16LE(x + 2)
      if (id === 0x0001) {
        let q = x + 4
        if (size === 0xffffffff && q + 8 <= x + 4 + len) {
          size = Number(cd.readBigUInt64LE(q))
          q += 8
        }
        if (compressedSize === 0xffffffff && q + 8 <= x + 4 + len) {
          compressedSize = Number(cd.readBigUInt64LE(q))
          q += 8
        }
        if (localOffset === 0xffffffff && q + 8 <= x + 4 + len) localOffset = Number(cd.readBigUInt64LE(q))
      }
      x += 4 + len
    }
    p += 46 + nameLen + extraLen + commentLen
    entries.push({ name, method, flags, crc, compressedSize, size, localOffset: localOffset + shift, dataOffset: -1 })
  }
  for (const en of entries) {
    const h = await src.read(en.localOffset, 30)
    if (h.length < 30 || h.readUInt32LE(0) !== LOC) {
      issues.push({ rule: 'archive/bad-local-header', member: en.name, message: `member ${en.name} has no local header where the central directory points` })
      continue
    }
    const ln = h.readUInt16LE(26)
    const lx = h.readUInt16LE(28)
    const localName = decodeName(await src.read(en.localOffset + 30, ln), (h.readUInt16LE(6) & 0x800) !== 0)
    if (localName !== en.name) {
      en.localName = localName
      issues.push({ rule: 'archive/name-mismatch', member: en.name, message: `member is named "${en.name}" in the central directory and "${localName}" in its local header (Python's zipfile refuses it, torch loads it)` })
    }
    en.dataOffset = en.localOffset + 30 + ln + lx
    if (en.dataOffset + en.compressedSize > src.size) {
      issues.push({ rule: 'archive/bad-local-header', member: en.name, message: `member ${en.name} runs past the end of the file` })
      en.dataOffset = -1
    }
    if (en.flags & 0x41) {
      issues.push({ rule: 'archive/flag-bits', member: en.name, message: `member ${en.name} has the encryption flag bits set (0x${en.flags.toString(16)}); torch ignores them and loads it, Python's zipfile refuses it` })
    }
    if (/(^|[\\/])\.\.([\\/]|$)/.test(en.name) || /^([\\/]|[A-Za-z]:)/.test(en.name)) {
      issues.push({ rule: 'archive/unsafe-path', member: en.name, message: `member name ${JSON.stringify(en.name)} points outside the extraction folder (zip slip)` })
    }
  }
  const byName = new Map<string, ZipEntry[]>()
  for (const en of entries) {
    const k = en.name.toLowerCase()
    byName.set(k, [...(byName.get(k) ?? []), en])
  }
  for (const [, list] of byName) {
    if (list.length > 1) {
      issues.push({
        rule: 'archive/ambiguous-duplicate',
        member: list[0].name,
        message: `${list.length} members are named ${list.map((l) => JSON.stringify(l.name)).join(', ')}: loaders that look names up case-insensitively or take the first or last copy read different bytes`
      })
    }
  }
  const ranges = entries.filter((en) => en.dataOffset >= 0 && en.compressedSize > 0).sort((a, b) => a.localOffset - b.localOffset)
  for (let i = 1; i < ranges.length; i++) {
    const prev = ranges[i - 1]
    if (ranges[i].localOffset < prev.dataOffset + prev.compressedSize) {
      issues.push({ rule: 'archive/overlapping-entries', member: ranges[i].name, message: `members ${prev.name} and ${ranges[i].name} overlap in the file (the zip-bomb construction)` })
    }
  }
  const first = entries.reduce((m, en) => Math.min(m, en.localOffset), Number.POSITIVE_INFINITY)
  return { entries, issues, prefixBytes: Number.isFinite(first) ? first : 0 }
}

/** The member's bytes, inflated as miniz would (flags ignored), bounded. Also says whether the CRC matches. */
export async function readZipMember(src: Source, en: ZipEntry, limits: ScanLimits, budget: { inflated: number }): Promise<{ data: Buffer; crcOk: boolean }> {
  if (en.dataOffset < 0) throw new Error(`member ${en.name} cannot be located`)
  const raw = await src.read(en.dataOffset, en.compressedSize)
  // node:zlib loads with the first zip member read (not at start-up: every file is checked for a zip)
  const { crc32, inflateRawSync } = await import('node:zlib')
  let data: Buffer
  if (en.method === 0) data = raw
  else if (en.method === 8) {
    const max = Math.min(limits.maxInflatedBytes, limits.maxTotalInflatedBytes - budget.inflated)
    try {
      data = inflateRawSync(raw, { maxOutputLength: Math.max(1, max) })
    } catch (e) {
      const err = e as NodeJS.ErrnoException
      if (err.code === 'ERR_BUFFER_TOO_LARGE' || /maxOutputLength|larger than/.test(err.message)) {
        throw new LimitError(`member ${en.name} inflates past the ${max}-byte limit`)
      }
      throw new Error(`member ${en.name} is not valid deflate data: ${err.message}`, { cause: e })
    }
    if (data.length > 1024 * 1024 && data.length / Math.max(1, raw.length) > limits.maxRatio) {
      throw new LimitError(`member ${en.name} inflates ${Math.round(data.length / raw.length)}:1, over the ${limits.maxRatio}:1 ratio limit (a possible zip bomb)`)
    }
  } else {
    throw new Error(`member ${en.name} uses compression method ${en.method}, which this scanner cannot read (torch reads only stored and deflate)`)
  }
  budget.inflated += data.length
  return { data, crcOk: (crc32(data) >>> 0) === en.crc }
}
