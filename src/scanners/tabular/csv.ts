/**
 * Streaming CSV/TSV reader: RFC 4180 quoting (fields in double quotes, "" for a quote, line breaks
 * inside quoted fields), any single-character delimiter, CRLF or LF, a UTF-8 BOM. The first record is
 * the header. Blank lines are skipped (as pandas does). A record with a different number of fields
 * than the header is yielded with a `ragged-row` problem; a quote left open at the end of the file is
 * an `unterminated-quote` problem on the record where it opened.
 */
import { textChunks } from './text.js'
import { TabularError, type Cell, type ReadOptions, type TabularRecord } from './types.js'

interface ParsedRecord {
  cells: string[]
  line: number
  unterminated?: boolean
}

/** Incremental parser over text chunks. */
export class CsvParser {
  private buf = ''
  private line = 1
  private first = true
  constructor(private readonly delimiter: string) {
    if (delimiter.length !== 1 || delimiter === '"' || delimiter === '\n' || delimiter === '\r') {
      throw new TabularError(`invalid CSV delimiter ${JSON.stringify(delimiter)}: use one character other than a quote or a line break`, null)
    }
  }

  /** Parses the complete records in `chunk` (plus what was left over); keeps an incomplete tail. */
  push(chunk: string, out: ParsedRecord[], final = false): void {
    let buf = this.buf + chunk
    if (this.first && buf.length) {
      if (buf.charCodeAt(0) === 0xfeff) buf = buf.slice(1)
      this.first = false
    }
    const d = this.delimiter
    const len = buf.length
    let p = 0
    let nextQuote = buf.indexOf('"')
    while (p < len) {
      const nl = buf.indexOf('\n', p)
      if (nl === -1 && !final) break
      const end = nl === -1 ? len : nl
      if (nextQuote !== -1 && nextQuote < p) nextQuote = buf.indexOf('"', p)
      if (nextQuote === -1 || nextQuote >= end) {
        // Fast path: no quote on this line.
        let lineText = buf.slice(p, end)
        if (lineText.endsWith('\r')) lineText = lineText.slice(0, -1)
        if (lineText.length) out.push({ cells: lineText.split(d), line: this.line })
        this.line++
        p = end + 1
        continue
      }
      // Slow path: a quoted field somewhere in this record; it may span lines.
      const r = this.parseQuoted(buf, p, final)
      if (!r) break
      out.push({ cells: r.cells, line: this.line, unterminated: r.unterminated })
      this.line += r.newlines + 1
      p = r.next
    }
    this.buf = p < len ? buf.slice(p) : ''
  }

  private parseQuoted(buf: string, start: number, final: boolean): { cells: string[]; next: number; newlines: number; unterminated: boolean } | null {
    const d = this.delimiter
    const cells: string[] = []
    let field = ''
    let i = start
    let newlines = 0
    const len = buf.length
    for (;;) {
      if (i < len && buf[i] === '"') {
        // Quoted field.
        i++
        for (;;) {
          const q = buf.indexOf('"', i)
          if (q === -1) {
            if (!final) return null
            field += buf.slice(i)
            for (let k = i; k < len; k++) if (buf[k] === '\n') newlines++
            cells.push(field)
            return { cells, next: len, newlines, unterminated: true }
          }
          const piece = buf.slice(i, q)
          for (let k = 0; k < piece.length; k++) if (piece.charCodeAt(k) === 10) newlines++
          field += piece
          if (q + 1 < len && buf[q + 1] === '"') {
            field += '"'
            i = q + 2
            continue
          }
          if (q + 1 >= len && !final) return null
          i = q + 1
          break
        }
        // Text after the closing quote up to the delimiter is kept literally (lenient, like Python's csv).
        while (i < len && buf[i] !== d && buf[i] !== '\n' && buf[i] !== '\r') field += buf[i++]
      } else {
        while (i < len && buf[i] !== d && buf[i] !== '\n') field += buf[i++]
        if (field.endsWith('\r') && (i >= len || buf[i] === '\n')) field = field.slice(0, -1)
      }
      if (i < len && buf[i] === '\r' && i + 1 < len && buf[i + 1] === '\n') i++
      if (i >= len) {
        if (!final) return null
        cells.push(field)
        return { cells, next: len, newlines, unterminated: false }
      }
      if (buf[i] === d) {
        cells.push(field)
        field = ''
        i++
        continue
      }
      if (buf[i] === '\r') i++
      // Line feed: end of record.
      cells.push(field)
      return { cells, next: i + 1, newlines, unterminated: false }
    }
  }
}

export async function* readCsv(file: string, opts: ReadOptions = {}, defaultDelimiter = ','): AsyncGenerator<TabularRecord[]> {
  const parser = new CsvParser(opts.delimiter ?? defaultDelimiter)
  const batchSize = opts.batchSize ?? 4096
  let header: string[] | null = null
  let row = 0
  let parsed: ParsedRecord[] = []
  const convert = (recs: ParsedRecord[]): TabularRecord[] => {
    const out: TabularRecord[] = []
    for (const r of recs) {
      if (!header) {
        if (r.unterminated) throw new TabularError(`line ${r.line}: the header has a quote that is never closed`, r.line)
        header = r.cells.map((c) => c.trim())
        const seen = new Set<string>()
        for (const h of header) {
          if (seen.has(h)) throw new TabularError(`line ${r.line}: the header names column "${h}" twice`, r.line)
          seen.add(h)
        }
        continue
      }
      row++
      const rec: TabularRecord = { row, line: r.line, keys: header, values: r.cells as Cell[] }
      if (r.unterminated) rec.problem = { rule: 'unterminated-quote', message: `a quoted field opened on line ${r.line} is never closed` }
      else if (r.cells.length !== header.length) {
        rec.problem = { rule: 'ragged-row', message: `the row has ${r.cells.length} field${r.cells.length === 1 ? '' : 's'}, the header has ${header.length}` }
      }
      out.push(rec)
    }
    return out
  }
  for await (const chunk of textChunks(file, opts)) {
    parser.push(chunk, parsed)
    if (parsed.length >= batchSize) {
      const recs = convert(parsed)
      parsed = []
      if (recs.length) yield recs
    }
  }
  parser.push('', parsed, true)
  const recs = convert(parsed)
  if (recs.length) yield recs
  if (!header) throw new TabularError('the file is empty: no header line', 1)
}

/** The header of a CSV file (first record), read without reading the rest. */
export async function readCsvHeader(file: string, opts: ReadOptions = {}, defaultDelimiter = ','): Promise<string[]> {
  const parser = new CsvParser(opts.delimiter ?? defaultDelimiter)
  const out: ParsedRecord[] = []
  for await (const chunk of textChunks(file, opts)) {
    parser.push(chunk, out)
    if (out.length) return out[0].cells.map((c) => c.trim())
  }
  parser.push('', out, true)
  if (out.length) return out[0].cells.map((c) => c.trim())
  throw new TabularError('the file is empty: no header line', 1)
}
