/**
 * A tar reader over random-access reads (ustar, GNU long names, pax `path`), so a multi-GB archive is
 * walked header by header without being loaded. npm's tar readers stream or want the whole buffer;
 * this needs neither and never writes anything to disk.
 */
import { LimitError, type ScanLimits } from './limits.js'
import type { Source } from './source.js'

export interface TarEntry {
  name: string
  /** '0' file, '2' symlink, '1' hard link, '5' directory... */
  type: string
  size: number
  dataOffset: number
  linkName: string
}

function field(b: Buffer, off: number, len: number): string {
  const s = b.subarray(off, off + len)
  const z = s.indexOf(0)
  return s.subarray(0, z < 0 ? len : z).toString('utf8')
}

function numeric(b: Buffer, off: number, len: number): number | null {
  if (b[off] & 0x80) {
    // base-256 (GNU) for sizes over 8 GiB
    let v = 0
    for (let i = off + 1; i < off + len; i++) v = v * 256 + b[i]
    return v
  }
  const s = field(b, off, len).trim()
  if (s === '') return 0
  if (!/^[0-7]+$/.test(s)) return null
  return parseInt(s, 8)
}

/** True when a 512-byte block is a tar header whose checksum is right. */
export function isTarHeader(h: Buffer): boolean {
  if (h.length < 512) return false
  const stored = numeric(h, 148, 8)
  if (stored === null) return false
  let sum = 0
  for (let i = 0; i < 512; i++) sum += i >= 148 && i < 156 ? 32 : h[i]
  if (sum !== stored) return false
  return h.subarray(257, 262).toString('latin1') === 'ustar' || h[0] !== 0
}

export async function readTarEntries(src: Source, limits: ScanLimits): Promise<TarEntry[]> {
  const out: TarEntry[] = []
  let pos = 0
  let longName: string | null = null
  let longLink: string | null = null
  let paxPath: string | null = null
  while (pos + 512 <= src.size) {
    const h = await src.read(pos, 512)
    if (h.every((b) => b === 0)) break
    if (!isTarHeader(h)) throw new Error(`tar header at byte ${pos} is corrupt (checksum mismatch)`)
    const size = numeric(h, 124, 12)
    if (size === null) throw new Error(`tar header at byte ${pos} has an invalid size`)
    const type = String.fromCharCode(h[156] || 0x30)
    const dataOffset = pos + 512
    if (dataOffset + size > src.size) throw new Error(`tar member at byte ${pos} runs past the end of the file`)
    const next = dataOffset + Math.ceil(size / 512) * 512
    if (type === 'L' || type === 'K') {
      const s = (await src.read(dataOffset, Math.min(size, 65536))).toString('utf8').replace(/\0+$/, '')
      if (type === 'L') longName = s
      else longLink = s
    } else if (type === 'x') {
      const text = (await src.read(dataOffset, Math.min(size, 1 << 20))).toString('utf8')
      const m = /(?:^|\n)\d+ path=([^\n]*)\n/.exec(text)
      if (m) paxPath = m[1]
    } else if (type !== 'g') {
      const prefix = h.subarray(257, 262).toString('latin1') === 'ustar' ? field(h, 345, 155) : ''
      const base = field(h, 0, 100)
      const name = paxPath ?? longName ?? (prefix ? `${prefix}/${base}` : base)
      out.push({ name, type, size, dataOffset, linkName: longLink ?? field(h, 157, 100) })
      if (out.length > limits.maxEntries) throw new LimitError(`tar archive has more than ${limits.maxEntries} entries`)
      longName = longLink = paxPath = null
    }
    pos = next
  }
  return out
}
