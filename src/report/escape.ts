/**
 * Escaping for text that came from a scanned file or a tool. Markdown and HTML special characters
 * are turned into entities so nothing a tool prints can add links, images, HTML or break a table.
 */
const AS_ENTITY = /[<>&|@"']/g
const AS_BACKSLASH = /[\\`*_{}[\]~]/g

export function escapeMarkdown(text: string): string {
  return unlink(text.replace(AS_BACKSLASH, (c) => `\\${c}`).replace(AS_ENTITY, (c) => `&#${c.charCodeAt(0)};`))
}

/**
 * GitHub turns bare URLs, `www.` names, `#123`, `GH-123` and `@name` into live links and
 * notifications even in escaped text; a word joiner (U+2060, invisible) breaks each so that text
 * from a scanned file or a tool links nowhere and pings no one.
 */
const WJ = '\u2060'
function unlink(text: string): string {
  return text
    .replace(/([A-Za-z]):\/\//g, `$1:${WJ}//`)
    .replace(/\b(www)\./gi, `$1${WJ}.`)
    .replace(/(?<!&)#(?=\d)/g, `#${WJ}`)
    .replace(/\b(GH)-(?=\d)/gi, `$1-${WJ}`)
    .replace(/&#64;/g, `&#64;${WJ}`)
}

/** A table cell: escaped, on one line, bounded. */
export function cell(text: string, max = 300): string {
  const one = text.replace(/\r?\n/g, ' ').replace(/\s+/g, ' ').trim()
  const cut = one.length > max ? one.slice(0, max - 1) + '\u2026' : one
  return escapeMarkdown(cut)
}

/** Text for a <pre> block: HTML-escaped only (markdown is not interpreted inside <pre>). */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`)
}

export function byteLength(s: string): number {
  return Buffer.byteLength(s, 'utf8')
}

/** Every code unit or pair escapeEach would change (or must look at: ESC, surrogates), and the markers. */
const NEEDS_ESCAPE = /[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u2028-\u202e\u2066-\u2069\ufeff\ud800-\udfff]|%[0-9A-Fa-f]{2}|::|##\[/
const NEEDS_ESCAPE_MULTILINE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028-\u202e\u2066-\u2069\ufeff\ud800-\udfff]|%[0-9A-Fa-f]{2}|::|##\[/

/**
 * The one log escaper: text that did not come from the action's own constant strings (file names,
 * tool output, finding messages, model answers) goes through here before it reaches stdout or
 * stderr, where the runner looks for workflow commands. The runner splits lines on CR, LF and
 * CRLF and trims leading whitespace, so a CR inside a file name could start a `::stop-commands::`
 * line. Escaped, as percent-encoded UTF-8 (the runner's own convention, and reversible):
 * a `%` that starts what reads as an escape (`%` and two hex digits; a lone `%`, as in "100 %", stays
 * as it is, since the runner decodes nothing outside command data and @actions/core escapes that), CR, LF (unless `multiline`), every other C0 and C1 control (U+009B is a terminal CSI), DEL,
 * U+2028/U+2029, bidirectional overrides, and the command markers `::` and `##[` wherever they
 * appear. Tabs stay. With `keepSgr`, colour sequences (ESC [ digits m) the caller added survive.
 */
export function escapeLog(text: string, opts: { multiline?: boolean; keepSgr?: boolean } = {}): string {
  const s = String(text)
  // Most text (help, file names, messages) has nothing to escape: one scan, and it is returned as it is.
  return (opts.multiline ? NEEDS_ESCAPE_MULTILINE : NEEDS_ESCAPE).test(s) ? escapeEach(s, opts) : s
}

/** escapeLog's character loop, without its shortcut (exported for the test that both agree). */
export function escapeEach(s: string, opts: { multiline?: boolean; keepSgr?: boolean } = {}): string {
  let out = ''
  for (let i = 0; i < s.length; i++) {
    const ch = s[i]
    const code = s.charCodeAt(i)
    if (ch === '\n' && opts.multiline) {
      out += '\n'
    } else if (ch === '\u001b' && opts.keepSgr) {
      const m = /^\u001b\[[0-9;]{0,12}m/.exec(s.slice(i, i + 16))
      if (m) {
        out += m[0]
        i += m[0].length - 1
      } else out += '%1B'
    } else if ((ch === '%' && HEX2.test(s.slice(i + 1, i + 3))) || (code < 0x20 && ch !== '\t') || (code >= 0x7f && code <= 0x9f) || code === 0x2028 || code === 0x2029 || (code >= 0x202a && code <= 0x202e) || (code >= 0x2066 && code <= 0x2069) || code === 0xfeff) {
      out += percent(ch)
    } else if (ch === ':' && s[i + 1] === ':') {
      out += ':%3A'
      i++
    } else if (ch === '#' && s[i + 1] === '#' && s[i + 2] === '[') {
      out += '#%23'
      i++
    } else if (code >= 0xd800 && code <= 0xdfff && !isPair(s, i)) {
      out += '%EF%BF%BD' // a lone surrogate: written as U+FFFD, shown as such
    } else {
      out += ch
      if (code >= 0xd800 && code <= 0xdbff) out += s[++i]
    }
  }
  return out
}

const HEX2 = /^[0-9A-Fa-f]{2}$/

function isPair(s: string, i: number): boolean {
  const c = s.charCodeAt(i)
  if (c >= 0xd800 && c <= 0xdbff) {
    const d = s.charCodeAt(i + 1)
    return d >= 0xdc00 && d <= 0xdfff
  }
  return false
}

function percent(ch: string): string {
  return [...Buffer.from(ch, 'utf8')].map((b) => `%${b.toString(16).toUpperCase().padStart(2, '0')}`).join('')
}
