/**
 * Image columns: a cell holds one image as a list of pixels, nested to the declared shape or flat
 * (in CSV and TSV, that list as JSON text). Every pixel is checked (a finite number, inside the
 * range, whole when the pixels are integer) and the image is sent nested to its shape or flat. The
 * helpers here turn images into flat pixel vectors and back, and show a small one as its numbers.
 */
import type { Cell } from '../../scanners/tabular/index.js'
import type { FeatureValue, NumberList } from '../../targets/predict.js'
import { excerpt } from '../../targets/types.js'

export interface ImageSpec {
  shape: number[]
  /** Pixels per image (the product of the shape). */
  size: number
  integer: boolean
  layout: 'nested' | 'flat'
  /** What a cell holds: the pixels, or the path of a PNG file. */
  source: 'pixels' | 'png'
  /** Pixel range. */
  lo: number
  hi: number
}

/** Images up to this many pixels are shown as their numbers in the flipped examples. */
export const PICTURE_PIXELS = 1024

/** A problem with one cell; the caller names the file, row and column. */
export class PixelError extends Error {}

const kindOf = (v: unknown) => (v === null ? 'null' : Array.isArray(v) ? 'a list' : typeof v === 'object' ? 'an object' : typeof v)
const showShape = (shape: number[]) => `[${shape.join(', ')}]`

/** "[3][5]": the position of flat pixel i in an image of this shape. */
export function pixelAt(i: number, shape: number[]): string {
  const out: number[] = []
  for (let d = shape.length - 1; d >= 0; d--) {
    out.unshift(i % shape[d])
    i = Math.floor(i / shape[d])
  }
  return out.map((x) => `[${x}]`).join('')
}

/** The pixels of one cell, flat, in row-major order; throws PixelError saying what is wrong and where. */
export function readPixels(v: Cell, spec: ImageSpec): Float64Array {
  let value: unknown = v
  if (typeof v === 'string') {
    const t = v.trim()
    if (!t.startsWith('[')) throw new PixelError(`holds the text ${JSON.stringify(excerpt(t, 40))}, not a list of pixels`)
    if (t.length > spec.size * 32 + 1024) throw new PixelError(`holds ${t.length} characters, too many for ${spec.size} pixels`)
    try {
      value = JSON.parse(t)
    } catch (e) {
      throw new PixelError(`holds text that is not a JSON list of pixels (${(e as Error).message})`)
    }
  }
  if (!Array.isArray(value)) throw new PixelError(`holds ${kindOf(value)}, not a list of pixels`)
  const out = new Float64Array(spec.size)
  const pixel = (x: unknown, i: number, where: string): void => {
    if (typeof x !== 'number' || !Number.isFinite(x)) throw new PixelError(`pixel ${where} is ${Array.isArray(x) ? 'a list' : excerpt(String(JSON.stringify(x)), 30)}, not a number`)
    if (x < spec.lo || x > spec.hi) throw new PixelError(`pixel ${where} is ${x}, outside the range [${spec.lo}, ${spec.hi}]`)
    if (spec.integer && !Number.isInteger(x)) throw new PixelError(`pixel ${where} is ${x}, but the pixels are declared integer`)
    out[i] = x
  }
  if (!value.some(Array.isArray)) {
    // Flat: as many pixels as the shape holds.
    if (value.length !== spec.size) throw new PixelError(`holds a flat list of ${value.length} pixels; the shape ${showShape(spec.shape)} needs ${spec.size}`)
    value.forEach((x, i) => pixel(x, i, `[${i}]`))
    return out
  }
  let next = 0
  const walk = (node: unknown, depth: number, where: string): void => {
    const want = spec.shape[depth]
    if (!Array.isArray(node)) throw new PixelError(`${where || 'the image'} is ${kindOf(node)} where the shape ${showShape(spec.shape)} needs a list of ${want}`)
    if (node.length !== want) throw new PixelError(`${where ? `${where} is` : 'the image is'} a list of ${node.length} where the shape ${showShape(spec.shape)} needs ${want}`)
    if (depth === spec.shape.length - 1) node.forEach((x, i) => pixel(x, next++, `${where}[${i}]`))
    else node.forEach((x, i) => walk(x, depth + 1, `${where}[${i}]`))
  }
  walk(value, 0, '')
  return out
}

/**
 * The pixels of a decoded PNG (8-bit RGBA) for the shape: grey for [H, W] and [H, W, 1] (a colour
 * image is refused), RGB for [H, W, 3], RGBA for [H, W, 4]; 0..255 mapped onto the range.
 */
export function pngPixels(png: { width: number; height: number; rgba: Uint8Array }, spec: ImageSpec): Float64Array {
  const [h, w] = spec.shape
  const channels = spec.shape.length === 2 ? 1 : spec.shape[2]
  if (png.height !== h || png.width !== w) throw new PixelError(`is ${png.width}x${png.height} pixels (width x height); the shape ${showShape(spec.shape)} needs ${w}x${h}`)
  const out = new Float64Array(spec.size)
  const scale = (v: number) => {
    const x = spec.lo + (v / 255) * (spec.hi - spec.lo)
    return spec.integer ? Math.round(x) : x
  }
  for (let p = 0; p < h * w; p++) {
    const [r, g, b, a] = [png.rgba[4 * p], png.rgba[4 * p + 1], png.rgba[4 * p + 2], png.rgba[4 * p + 3]]
    if (channels === 1) {
      if (r !== g || g !== b) throw new PixelError(`is a colour image (pixel [${Math.floor(p / w)}][${p % w}] is ${r}, ${g}, ${b}): declare the shape [${h}, ${w}, 3]`)
      out[p] = scale(r)
    } else {
      const px = channels === 3 ? [r, g, b] : [r, g, b, a]
      px.forEach((v, c) => (out[p * channels + c] = scale(v)))
    }
  }
  return out
}

/** A flat pixel vector as it is sent: nested to the shape, or flat. */
export function imageValue(pixels: ArrayLike<number>, spec: ImageSpec): NumberList {
  const flat = Array.from(pixels)
  if (spec.layout === 'flat' || spec.shape.length === 1) return flat
  let level: NumberList = flat
  for (let d = spec.shape.length - 1; d >= 1; d--) {
    const n = spec.shape[d]
    const rows: NumberList = []
    for (let i = 0; i < level.length; i += n) rows.push(level.slice(i, i + n))
    level = rows
  }
  return level
}

/** The flat pixels of an image value the gate built (nested or flat). */
export function flatPixels(v: FeatureValue): number[] {
  if (!Array.isArray(v)) return []
  return v.flat(4) as number[]
}

const num = (x: number) => String(Number(x.toPrecision(4)))

/** A small image as lines of numbers (one line per last-axis row), or null when it has more than PICTURE_PIXELS pixels. */
export function picture(pixels: ArrayLike<number>, spec: ImageSpec): string[] | null {
  if (spec.size > PICTURE_PIXELS) return null
  const w = spec.shape[spec.shape.length - 1]
  const lines: string[] = []
  for (let i = 0; i < spec.size; i += w) lines.push(Array.from({ length: w }, (_, j) => num(pixels[i + j])).join(' '))
  return lines
}

/** "image[3][5] 0 -> 2" for the `max` pixels that changed most, and how many more changed. */
export function pixelChanges(name: string, from: ArrayLike<number>, to: ArrayLike<number>, spec: ImageSpec, max = 8): string[] {
  const moved: number[] = []
  for (let i = 0; i < spec.size; i++) if (from[i] !== to[i]) moved.push(i)
  moved.sort((a, b) => Math.abs(to[b] - from[b]) - Math.abs(to[a] - from[a]) || a - b)
  const out = moved.slice(0, max).map((i) => `${name}${pixelAt(i, spec.shape)} ${num(from[i])} -> ${num(to[i])}`)
  if (moved.length > max) out.push(`and ${moved.length - max} more pixel${moved.length - max === 1 ? '' : 's'} of ${name}`)
  return out
}
