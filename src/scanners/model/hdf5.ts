/**
 * HDF5 superblock check (HDF5 File Format Specification 3.0, section II.A): the version, the sizes
 * of offsets and lengths, and the end-of-file address, which h5py/libhdf5 compare with the real
 * file size (a file shorter than its superblock says is truncated or forged and fails to open;
 * bytes past it are never read by the library and can carry anything).
 */
export interface Hdf5Check {
  version: number
  problems: string[]
  /** Bytes after the end-of-file address the superblock records (0 when none). */
  trailing: number
  /** Sizes of offsets and lengths and the base address (0 when the superblock could not be read). */
  offsetSize: number
  lengthSize: number
  base: number
}

function addr(b: Buffer, at: number, size: number): number | null {
  if (at + size > b.length) return null
  if (size === 2) return b.readUInt16LE(at)
  if (size === 4) return b.readUInt32LE(at)
  const v = b.readBigUInt64LE(at)
  return v === 0xffffffffffffffffn ? -1 : v > BigInt(Number.MAX_SAFE_INTEGER) ? Number.MAX_SAFE_INTEGER : Number(v)
}

/** `head` holds at least the first 128 bytes (or the whole file when smaller); `size` is the file's size. */
export function checkHdf5Superblock(head: Buffer, size: number): Hdf5Check {
  const res: Hdf5Check = { version: -1, problems: [], trailing: 0, offsetSize: 0, lengthSize: 0, base: 0 }
  if (head.length < 16) {
    res.problems.push('superblock is truncated')
    return res
  }
  const version = head[8]
  res.version = version
  let so: number
  let sl: number
  let eofAt: number
  if (version === 0 || version === 1) {
    so = head[13]
    sl = head[14]
    eofAt = 24 + (version === 1 ? 4 : 0) + 2 * so
  } else if (version === 2 || version === 3) {
    so = head[9]
    sl = head[10]
    eofAt = 12 + 2 * so
  } else {
    res.problems.push(`unknown superblock version ${version}`)
    return res
  }
  if (![2, 4, 8].includes(so) || ![2, 4, 8].includes(sl)) {
    res.problems.push(`invalid superblock: size of offsets ${so}, size of lengths ${sl} (must be 2, 4 or 8)`)
    return res
  }
  const base = addr(head, eofAt - 2 * so, so)
  const eof = addr(head, eofAt, so)
  if (eof === null || base === null) {
    res.problems.push('superblock is truncated')
    return res
  }
  if (eof === -1) {
    res.problems.push('superblock has an undefined end-of-file address')
    return res
  }
  res.offsetSize = so
  res.lengthSize = sl
  res.base = base > 0 ? base : 0
  const end = (base > 0 ? base : 0) + eof
  if (end > size) res.problems.push(`superblock says the file ends at byte ${end} but it has ${size} bytes (truncated or forged)`)
  else res.trailing = size - end
  return res
}
