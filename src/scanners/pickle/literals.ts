/**
 * The text operands of protocol 0 opcodes, decoded the way CPython's C unpickler (_pickle.c) does,
 * not the way pickletools does: INT goes through strtol(s, 0) then int(s, 0), so `I0x10` and `I010`
 * are accepted by the real loader (pickletools rejects them: the "INT desync" bypass).
 */

const WS = /^[ \t\n\r\f\v]*/

/** C strtol(s, &end, 0): optional whitespace and sign, 0x / leading-0 octal / decimal; must consume all of `s`. */
function strtol0(s: string): bigint | null {
  const m = /^[ \t\n\r\f\v]*([+-]?)(0[xX][0-9a-fA-F]+|0[0-7]*|[1-9][0-9]*)$/.exec(s)
  if (!m) return null
  const sign = m[1] === '-' ? -1n : 1n
  const body = m[2]
  let v: bigint
  if (/^0[xX]/.test(body)) v = BigInt(body)
  else if (body.length > 1 && body[0] === '0') v = BigInt('0o' + body.slice(1))
  else v = BigInt(body)
  return sign * v
}

/** Python int(s, 0) (PyLong_FromString base 0): prefixes 0x/0o/0b, underscores between digits, surrounding whitespace. */
export function pyIntBase0(s: string): bigint | null {
  const t = s.replace(WS, '').replace(/[ \t\n\r\f\v]*$/, '')
  const m = /^([+-]?)(?:(0[xX])(_?[0-9a-fA-F]+(?:_[0-9a-fA-F]+)*)|(0[oO])(_?[0-7]+(?:_[0-7]+)*)|(0[bB])(_?[01]+(?:_[01]+)*)|(0+(?:_0+)*)|([1-9][0-9]*(?:_[0-9]+)*))$/.exec(t)
  if (!m) return null
  const sign = m[1] === '-' ? -1n : 1n
  let v: bigint
  if (m[2]) v = BigInt('0x' + m[3].replace(/_/g, ''))
  else if (m[4]) v = BigInt('0o' + m[5].replace(/_/g, ''))
  else if (m[6]) v = BigInt('0b' + m[7].replace(/_/g, ''))
  else if (m[8] !== undefined) v = 0n
  else v = BigInt(m[9].replace(/_/g, ''))
  return sign * v
}

/** The operand as C code reads it: up to the first NUL (CPython's line buffer is a C string). */
function cString(s: string): string {
  const nul = s.indexOf('\u0000')
  return nul >= 0 ? s.slice(0, nul) : s
}

/**
 * INT opcode operand (without the newline): what load_int accepts; booleans for "00"/"01" (any
 * two-byte operand worth 0 or 1). strtol stops at a NUL and load_int accepts that end, so `I12\0x`
 * is 12 and `I\0` is 0 (strtol read nothing and stopped at the NUL); otherwise int(s, 0) on the
 * text before the NUL.
 */
export function parseIntOperand(s: string): bigint | boolean | null {
  if (s.length === 0) return null
  const c = cString(s)
  const v = c.length === 0 ? 0n : (strtol0(c) ?? pyIntBase0(c))
  if (v === null) return null
  if (s.length === 2 && (v === 0n || v === 1n)) return v === 1n
  return v
}

/** LONG opcode operand: a trailing L is dropped, then int(s, 0) on the text before any NUL. */
export function parseLongOperand(s: string): bigint | null {
  const t = s.endsWith('L') ? s.slice(0, -1) : s
  return pyIntBase0(cString(t))
}

/** FLOAT opcode operand: PyOS_string_to_double (decimal, exponent, inf, nan; no underscores). */
export function parseFloatOperand(s: string): number | null {
  // _pickle's load_float accepts the number when strtod stops at the line's end or at a NUL, so
  // `2\x00.5` reads as 2.0: what follows a NUL is ignored
  // PyOS_string_to_double takes no leading whitespace (`F 1.5` is refused)
  const t = cString(s)
  if (/^[+-]?(inf|infinity)$/i.test(t)) return t.startsWith('-') ? -Infinity : Infinity
  if (/^[+-]?nan$/i.test(t)) return NaN
  if (!/^[+-]?(\d+\.?\d*([eE][+-]?\d+)?|\.\d+([eE][+-]?\d+)?)$/.test(t)) return null
  return Number(t)
}

/**
 * STRING opcode operand: must be quoted with the same quote at both ends, then PyBytes_DecodeEscape.
 * Returns the bytes as a latin-1 string (the unpickler then decodes them as ASCII by default).
 */
export function parseQuotedString(s: string): string | null {
  if (s.length < 2 || s[0] !== s[s.length - 1] || (s[0] !== "'" && s[0] !== '"')) return null
  const body = s.slice(1, -1)
  let out = ''
  for (let i = 0; i < body.length; i++) {
    const c = body[i]
    if (c !== '\\') {
      out += c
      continue
    }
    i++
    if (i >= body.length) return null // trailing backslash: "Trailing \ in string"
    const e = body[i]
    switch (e) {
      case '\n': break
      case '\\': out += '\\'; break
      case "'": out += "'"; break
      case '"': out += '"'; break
      case 'b': out += '\b'; break
      case 'f': out += '\f'; break
      case 't': out += '\t'; break
      case 'n': out += '\n'; break
      case 'r': out += '\r'; break
      case 'v': out += '\v'; break
      case 'a': out += '\x07'; break
      case 'x': {
        const h = body.slice(i + 1, i + 3)
        if (!/^[0-9a-fA-F]{2}$/.test(h)) return null // "invalid \x escape"
        out += String.fromCharCode(parseInt(h, 16))
        i += 2
        break
      }
      default:
        if (e >= '0' && e <= '7') {
          let o = e
          while (o.length < 3 && i + 1 < body.length && body[i + 1] >= '0' && body[i + 1] <= '7') o += body[++i]
          out += String.fromCharCode(parseInt(o, 8) & 0xff)
        } else {
          out += '\\' + e // unknown escapes are kept (a DeprecationWarning in CPython)
        }
    }
  }
  return out
}

/** UNICODE opcode operand: raw-unicode-escape (\uXXXX and \UXXXXXXXX; everything else is latin-1). */
export function decodeRawUnicodeEscape(bytes: Uint8Array): string | null {
  let out = ''
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i]
    if (b === 0x5c && i + 1 < bytes.length && (bytes[i + 1] === 0x75 || bytes[i + 1] === 0x55)) {
      // an odd number of preceding backslashes is required in CPython; count them
      let n = 0
      for (let j = i - 1; j >= 0 && bytes[j] === 0x5c; j--) n++
      if (n % 2 === 0) {
        const len = bytes[i + 1] === 0x75 ? 4 : 8
        let hex = ''
        for (let k = 0; k < len; k++) hex += String.fromCharCode(bytes[i + 2 + k] ?? 0)
        if (!new RegExp(`^[0-9a-fA-F]{${len}}$`).test(hex)) return null
        const cp = parseInt(hex, 16)
        if (cp > 0x10ffff) return null
        out += String.fromCodePoint(cp)
        i += 1 + len
        continue
      }
    }
    out += String.fromCharCode(b)
  }
  return out
}

/*
 * Operands of thousands of bytes are not decoded (a BigInt of a megabyte of digits costs seconds, a
 * string of a gigabyte cannot be made): they are checked byte by byte, more loosely than CPython.
 * Loose is the safe side: where CPython would stop, the VM reads on and can only report more.
 */

/** INT, LONG or FLOAT operand bytes [s, e): the characters of a number, with at least one digit. */
export function longNumberOk(buf: Uint8Array, s: number, e: number): boolean {
  let digit = false
  for (let i = s; i < e; i++) {
    // C reads the operand up to a NUL
    if (buf[i] === 0) return digit || i === s
    const k = NUMBER_CHARS[buf[i]]
    if (k === 0) return false
    if (k === 2) digit = true
  }
  return digit
}
/** 2: a digit, 1: another character a number may hold, 0: not in a number. */
const NUMBER_CHARS = (() => {
  const t = new Uint8Array(256)
  for (const c of 'abcdefABCDEFxXoO_+-.L \t\r\f\v') t[c.charCodeAt(0)] = 1
  for (let d = 0x30; d <= 0x39; d++) t[d] = 2
  return t
})()

/** STRING operand bytes [s, e): quoted with the same quote at both ends. */
export function quotedStringOk(buf: Uint8Array, s: number, e: number): boolean {
  const q = buf[s]
  return e - s >= 2 && (q === 0x27 || q === 0x22) && buf[e - 1] === q
}
