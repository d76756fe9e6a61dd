/**
 * NumPy .npy: magic, version, a Python-dict header (descr, fortran_order, shape), then the data.
 * An object dtype stores the array as a pickle after the header: numpy.load(allow_pickle=True) runs it.
 */
export interface NpyHeader {
  version: string
  descr: string
  shape: number[]
  fortranOrder: boolean
  dataOffset: number
  hasObject: boolean
}

export const NPY_MAGIC = Buffer.from([0x93, 0x4e, 0x55, 0x4d, 0x50, 0x59])

/** Parses the header; throws with the reason when it is not a valid .npy header. */
export function parseNpyHeader(head: Buffer): NpyHeader {
  if (head.length < 10 || !head.subarray(0, 6).equals(NPY_MAGIC)) throw new Error('missing the \\x93NUMPY magic')
  const major = head[6]
  const minor = head[7]
  let hlen: number
  let start: number
  if (major === 1) {
    hlen = head.readUInt16LE(8)
    start = 10
  } else if (major === 2 || major === 3) {
    if (head.length < 12) throw new Error('header is truncated')
    hlen = head.readUInt32LE(8)
    start = 12
  } else throw new Error(`unknown .npy format version ${major}.${minor}`)
  if (start + hlen > head.length) throw new Error(`header declares ${hlen} bytes but the file is shorter`)
  const text = head.toString(major === 3 ? 'utf8' : 'latin1', start, start + hlen)
  const descrM = /['"]descr['"]\s*:\s*('[^']*'|"[^"]*"|\[.*\])\s*,\s*['"]fortran_order/s.exec(text)
  const fo = /['"]fortran_order['"]\s*:\s*(True|False)/.exec(text)
  const shapeM = /['"]shape['"]\s*:\s*\(([^)]*)\)/.exec(text)
  if (!descrM || !fo || !shapeM) throw new Error('header is not a dict with descr, fortran_order and shape')
  const shape = shapeM[1]
    .split(',')
    .map((x) => x.trim())
    .filter((x) => x !== '')
    .map((x) => (/^\d+L?$/.test(x) ? Number(x.replace('L', '')) : NaN))
  if (shape.some((n) => !Number.isSafeInteger(n))) throw new Error('shape is not a tuple of integers')
  const descr = descrM[1]
  // object fields: '|O', '<O', 'O', or 'O8' anywhere in a (possibly structured) descr
  const hasObject = /(['"])[|<>=]?O\d*\1/.test(descr)
  return { version: `${major}.${minor}`, descr, shape, fortranOrder: fo[1] === 'True', dataOffset: start + hlen, hasObject }
}
