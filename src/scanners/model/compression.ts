/**
 * Which compression a stream starts with, by its magic bytes. Apart from decompress.ts so that the
 * scanner tells a compressed stream on every file without loading the decoders (node:zlib, fzstd,
 * seek-bzip, xz-decompress): they load when a compressed stream is met.
 */

export type Compression = 'gzip' | 'zlib' | 'bz2' | 'xz' | 'lzma' | 'lz4' | 'zstd'

const XZ_MAGIC = Buffer.from([0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00])

/** Which compression a stream starts with, by its magic bytes. */
export function sniffCompression(head: Buffer): Compression | null {
  if (head.length >= 2 && head[0] === 0x1f && head[1] === 0x8b) return 'gzip'
  if (head.length >= 6 && head[0] === 0xfd && head.subarray(0, 6).equals(XZ_MAGIC)) return 'xz'
  if (head.length >= 4 && head[0] === 0x42 && head[1] === 0x5a && head[2] === 0x68 && head[3] >= 0x31 && head[3] <= 0x39) return 'bz2'
  if (head.length >= 4 && head.readUInt32LE(0) === 0x184d2204) return 'lz4'
  if (head.length >= 4 && head.readUInt32LE(0) === 0xfd2fb528) return 'zstd'
  // zlib: CMF = 0x78 (deflate, 32K window) or other window sizes, FCHECK valid, no preset dictionary
  if (head.length >= 2 && (head[0] & 0x0f) === 8 && head[0] >> 4 <= 7 && ((head[0] << 8) | head[1]) % 31 === 0 && !(head[1] & 0x20)) return 'zlib'
  // lzma alone: properties byte (lc/lp/pb) 0x5d is what every encoder writes by default, then a power-of-two-ish dictionary size
  if (head.length >= 13 && head[0] === 0x5d && head[1] === 0x00 && head[2] === 0x00) return 'lzma'
  return null
}
