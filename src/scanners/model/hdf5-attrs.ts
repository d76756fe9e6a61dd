/**
 * String attributes of an HDF5 file found by name, the way Keras's legacy loader reads them
 * (`f.attrs["model_config"]`, `f.attrs["training_config"]`), whatever the JSON inside starts with:
 * a search for `{"class_name"` misses a config written with another key first.
 *
 * Each place the name occurs followed by NUL is tried as the name field of an Attribute message
 * (HDF5 File Format Specification 3.0, IV.A.2.m, versions 1-3): its datatype must be a string, fixed
 * length (the value follows inline) or variable length (the value is an object in a global heap
 * collection, `GCOL`, IV.A.2.o / III.E). Every occurrence that decodes is returned, so a decoy
 * attribute cannot hide the real one; `undecoded` names the occurrences that did not decode
 * (a dense-storage or shared-message layout this reader does not follow).
 */

export interface H5Layout {
  /** Size of offsets and of lengths (superblock), and the base address. */
  offsetSize: number
  lengthSize: number
  base: number
}

export interface H5Attr {
  name: string
  value: string
  /** Byte offset of the name in the file. */
  at: number
}

const MAX_VALUE = 256 * 1024 * 1024

function uint(b: Buffer, at: number, size: number): number | null {
  if (at < 0 || at + size > b.length) return null
  if (size === 1) return b[at]
  if (size === 2) return b.readUInt16LE(at)
  if (size === 4) return b.readUInt32LE(at)
  if (size === 8) {
    const v = b.readBigUInt64LE(at)
    return v > BigInt(Number.MAX_SAFE_INTEGER) ? null : Number(v)
  }
  return null
}

const pad8 = (n: number): number => (n + 7) & ~7

/** The value of a variable-length string: object `index` of the global heap collection at `addr`. */
function heapObject(b: Buffer, layout: H5Layout, addr: number, index: number, length: number): string | null {
  const at = layout.base + addr
  if (at < 0 || at + 8 + layout.lengthSize > b.length || b.toString('latin1', at, at + 4) !== 'GCOL' || b[at + 4] !== 1) return null
  const size = uint(b, at + 8, layout.lengthSize)
  if (size === null) return null
  const end = Math.min(b.length, at + size)
  let p = at + 8 + layout.lengthSize
  for (let guard = 0; p + 8 + layout.lengthSize <= end && guard < 1_000_000; guard++) {
    const idx = b.readUInt16LE(p)
    const objSize = uint(b, p + 8, layout.lengthSize)
    if (objSize === null) return null
    const data = p + 8 + layout.lengthSize
    if (idx === 0) return null // free space: the rest of the collection
    if (idx === index) {
      const n = Math.min(objSize, length)
      if (data + n > end || n > MAX_VALUE) return null
      return b.toString('utf8', data, data + n)
    }
    p = data + pad8(objSize)
  }
  return null
}

/** Decodes the attribute message whose name field starts at `p` (name `name` of `nameSize` bytes with its NUL). */
function decodeAt(b: Buffer, layout: H5Layout, p: number, nameSize: number): string | null {
  const tries: Array<{ version: number; header: number; pad: boolean }> = [
    { version: 1, header: 8, pad: true },
    { version: 2, header: 8, pad: false },
    { version: 3, header: 9, pad: false }
  ]
  for (const t of tries) {
    const h = p - t.header
    if (h < 0 || b[h] !== t.version) continue
    const flags = b[h + 1]
    if (t.version === 1 ? flags !== 0 : (flags & 0x03) !== 0) continue // shared datatype/dataspace: not followed
    if (uint(b, h + 2, 2) !== nameSize) continue
    const dtSize = uint(b, h + 4, 2)
    const dsSize = uint(b, h + 6, 2)
    if (dtSize === null || dsSize === null || dtSize < 8) continue
    const dt = p + (t.pad ? pad8(nameSize) : nameSize)
    const ds = dt + (t.pad ? pad8(dtSize) : dtSize)
    const data = ds + (t.pad ? pad8(dsSize) : dsSize)
    if (data > b.length) continue
    const cls = b[dt] & 0x0f
    const elemSize = uint(b, dt + 4, 4)
    if (elemSize === null) continue
    if (cls === 3) {
      // fixed-length string: the value is inline, NUL-padded
      if (elemSize > MAX_VALUE || data + elemSize > b.length) continue
      const raw = b.subarray(data, data + elemSize)
      const nul = raw.indexOf(0)
      return raw.toString('utf8', 0, nul < 0 ? raw.length : nul)
    }
    if (cls === 9 && (b[dt + 1] & 0x0f) === 1) {
      // variable-length string: sequence length, then a global heap ID (collection address, object index)
      const len = uint(b, data, 4)
      const addr = uint(b, data + 4, layout.offsetSize)
      const index = uint(b, data + 4 + layout.offsetSize, 4)
      if (len === null || addr === null || index === null) continue
      const v = heapObject(b, layout, addr, index, len)
      if (v !== null) return v
    }
  }
  return null
}

/** Every string attribute named one of `names` that decodes, and how many occurrences did not. */
export function findH5StringAttrs(b: Buffer, layout: H5Layout, names: string[]): { attrs: H5Attr[]; undecoded: string[] } {
  const attrs: H5Attr[] = []
  const undecoded: string[] = []
  for (const name of names) {
    const needle = Buffer.from(`${name}\u0000`, 'latin1')
    for (let at = b.indexOf(needle); at >= 0; at = b.indexOf(needle, at + 1)) {
      const v = decodeAt(b, layout, at, needle.length)
      if (v === null) undecoded.push(name)
      else attrs.push({ name, value: v, at })
    }
  }
  return { attrs, undecoded }
}
