/**
 * PNG images of the evaluation set, decoded with pngjs (pure JavaScript) after bounds of our own: the
 * file size, the chunk walk, the pixel count of the header and the size the image data inflates to
 * (node:zlib with maxOutputLength, interlaced images included), so a small file that decompresses to
 * gigabytes is refused before it is decoded. What comes out is 8-bit RGBA, one pixel after another.
 */
import { inflateSync } from 'node:zlib'
import pngjs from 'pngjs'

export const MAX_PNG_BYTES = 8 * 1024 * 1024

export class PngError extends Error {}

export interface DecodedPng {
  width: number
  height: number
  /** 8-bit RGBA (16-bit images scaled down, palettes and grey expanded). */
  rgba: Uint8Array
  /** The colour type of the file: 0 grey, 2 RGB, 3 palette, 4 grey + alpha, 6 RGBA. */
  colorType: number
}

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])
const CHANNELS: Record<number, number> = { 0: 1, 2: 3, 3: 1, 4: 2, 6: 4 }

export function decodePng(buf: Buffer, maxPixels: number): DecodedPng {
  if (buf.length > MAX_PNG_BYTES) throw new PngError(`is ${buf.length} bytes, more than the ${MAX_PNG_BYTES} read for one image`)
  if (buf.length < 33 || !buf.subarray(0, 8).equals(SIGNATURE)) throw new PngError('is not a PNG file (no PNG signature)')
  let at = 8
  let header: { width: number; height: number; depth: number; colorType: number } | null = null
  const idat: Buffer[] = []
  let chunks = 0
  while (at + 12 <= buf.length) {
    if (++chunks > 100_000) throw new PngError('has more than 100,000 chunks')
    const len = buf.readUInt32BE(at)
    const type = buf.toString('latin1', at + 4, at + 8)
    if (at + 12 + len > buf.length) throw new PngError(`is cut short inside its ${type.replace(/[^A-Za-z]/g, '?')} chunk`)
    const data = buf.subarray(at + 8, at + 8 + len)
    if (type === 'IHDR') {
      if (len !== 13) throw new PngError('has a malformed header (IHDR)')
      header = { width: data.readUInt32BE(0), height: data.readUInt32BE(4), depth: data[8], colorType: data[9] }
    } else if (type === 'IDAT') idat.push(data)
    else if (type === 'IEND') break
    at += 12 + len
  }
  if (!header) throw new PngError('has no header (IHDR)')
  const { width, height, depth, colorType } = header
  if (!(colorType in CHANNELS) || ![1, 2, 4, 8, 16].includes(depth)) throw new PngError(`has an invalid colour type ${colorType} or bit depth ${depth}`)
  if (width === 0 || height === 0 || width * height > maxPixels) throw new PngError(`is ${width}x${height} pixels, more than the ${maxPixels} the declared shape holds`)
  // Raw scanlines (a filter byte each); Adam7 interlacing adds at most a filter byte per row of 7 passes.
  const row = Math.ceil((width * CHANNELS[colorType] * depth) / 8) + 1
  const bound = row * height + 8 * (height + 8)
  try {
    inflateSync(Buffer.concat(idat), { maxOutputLength: bound })
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code
    if (code === 'ERR_BUFFER_TOO_LARGE' || e instanceof RangeError) throw new PngError(`has image data that inflates to more than the ${bound} bytes a ${width}x${height} image needs (a decompression bomb?)`)
    throw new PngError(`has image data that does not inflate: ${(e as Error).message}`)
  }
  let png: pngjs.PNGWithMetadata
  try {
    png = pngjs.PNG.sync.read(buf)
  } catch (e) {
    throw new PngError(`cannot be decoded: ${(e as Error).message}`)
  }
  return { width: png.width, height: png.height, rgba: png.data, colorType }
}
