/**
 * Escaping for text that came from a scanned file or a tool. Markdown and HTML special characters
 * are turned into entities so nothing a tool prints can add links, images, HTML or break a table.
 */
const AS_ENTITY = /[<>&|@"']/g
const AS_BACKSLASH = /[\\`*_{}[\]~]/g

export function escapeMarkdown(text: string): string {
  return text.replace(AS_BACKSLASH, (c) => `\\${c}`).replace(AS_ENTITY, (c) => `&#${c.charCodeAt(0)};`)
}

/** A table cell: escaped, on one line, bounded. */
export function cell(text: string, max = 300): string {
  const one = text.replace(/\r?\n/g, ' ').replace(/\s+/g, ' ').trim()
  const cut = one.length > max ? one.slice(0, max - 1) + '…' : one
  return escapeMarkdown(cut)
}

/** Text for a <pre> block: HTML-escaped only (markdown is not interpreted inside <pre>). */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`)
}

export function byteLength(s: string): number {
  return Buffer.byteLength(s, 'utf8')
}
