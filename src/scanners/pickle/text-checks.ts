/**
 * Byte checks the C unpickler makes when it turns operands into text, for the VM's plain
 * `pickle.load` mode (see ScanOptions.plainLoad): with the default encoding ('ASCII', strict),
 * STRING, BINSTRING and SHORT_BINSTRING must be ASCII; BINUNICODE* must be UTF-8 ('surrogatepass':
 * encoded surrogates are accepted, overlong forms and code points past U+10FFFF are not). A byte
 * that fails raises UnicodeDecodeError and ends the load.
 */
import { isUtf8 } from 'node:buffer'

export function isAsciiRange(buf: Uint8Array, s: number, e: number): boolean {
  for (let i = s; i < e; i++) if (buf[i] > 0x7f) return false
  return true
}

/** UTF-8 as Python's decoder with errors='surrogatepass' reads it. */
export function isUtf8SurrogatepassRange(buf: Uint8Array, s: number, e: number): boolean {
  if (isAsciiRange(buf, s, e)) return true
  if (isUtf8(buf.subarray(s, e))) return true
  // strict UTF-8 failed: accept it only if the failures are encoded surrogates (ED A0..BF xx)
  let i = s
  while (i < e) {
    const b = buf[i]
    if (b < 0x80) {
      i++
      continue
    }
    let n: number
    let lo = 0x80
    let hi = 0xbf
    if (b >= 0xc2 && b <= 0xdf) n = 1
    else if (b === 0xe0) {
      n = 2
      lo = 0xa0
    } else if (b >= 0xe1 && b <= 0xef) n = 2 // 0xed included: surrogates pass
    else if (b === 0xf0) {
      n = 3
      lo = 0x90
    } else if (b >= 0xf1 && b <= 0xf3) n = 3
    else if (b === 0xf4) {
      n = 3
      hi = 0x8f
    } else return false
    if (i + n >= e) return false
    if (buf[i + 1] < lo || buf[i + 1] > hi) return false
    for (let k = 2; k <= n; k++) if (buf[i + k] < 0x80 || buf[i + k] > 0xbf) return false
    i += n + 1
  }
  return true
}
