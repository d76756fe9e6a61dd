/**
 * Streaming CSV/TSV reader: RFC 4180 quoting (fields in double quotes, "" for a quote, line breaks
 * inside quoted fields), any single-character delimiter, CRLF or LF, a UTF-8 BOM. The first record is
 * the header. Blank lines are skipped (as pandas does). A record with a different number of fields
 * than the header is yielded with a `ragged-row` problem; a quote left open at the end of the file is
 * an `unterminated-quote` problem on the record where it opened.
 */
import { isUtf8 } from 'node:buffer'
import { open } from 'node:fs/promises'
import { textChunks } from './text.js'
import { TabularError, type Cell, type ReadOptions, type TabularRecord } from './types.js'

interface ParsedRecord {
  cells: string[]
  line: number
  unterminated?: boolean
}

function checkDelimiter(delimiter: string): void {
  if (delimiter.length !== 1 || delimiter === '"' || delimiter === '\n' || delimiter === '\r') {
    throw new TabularError(`invalid CSV delimiter ${JSON.stringify(delimiter)}: use one character other than a quote or a line break`, null)
  }
}

/** Incremental parser over text chunks. */
export class CsvParser {
  private buf = ''
  private line = 1
  private first = true
  constructor(private readonly delimiter: string) {
    checkDelimiter(delimiter)
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
      const r = parseQuoted(buf, p, final, d)
      if (!r) break
      out.push({ cells: r.cells, line: this.line, unterminated: r.unterminated })
      this.line += r.newlines + 1
      p = r.next
    }
    this.buf = p < len ? buf.slice(p) : ''
  }
}

/**
 * One record starting at `start` that has a quote before its line end. Null when `buf` ends before
 * the record does and more text may follow (`final` false).
 */
function parseQuoted(buf: string, start: number, final: boolean, d: string): { cells: string[]; next: number; newlines: number; unterminated: boolean } | null {
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

/** Where records are handed: as bytes when the record has no quote, else as text. */
export interface CsvSink {
  /**
   * A record with no quote character: the UTF-8 bytes buf[start, end) of its line, without the
   * line break and one trailing CR, never empty. Its fields are what splitting these bytes on the
   * delimiter gives (`splitFields`). `buf` is reused once the call returns.
   */
  line(buf: Buffer, start: number, end: number, line: number): void
  /** A record read by the text parser: one with a quoted field (or any record when the delimiter is not ASCII). */
  cells(cells: string[], line: number, unterminated: boolean): void
}

/**
 * Splits buf[start, end) on the delimiter byte `d`: field k is buf[starts[k], ends[k]). Returns the
 * number of fields, or -1 when there are more than the arrays hold.
 */
export function splitFields(buf: Uint8Array, start: number, end: number, d: number, starts: Int32Array, ends: Int32Array): number {
  const cap = starts.length
  let count = 0
  let s = start
  for (let i = start; i < end; i++) {
    if (buf[i] !== d) continue
    if (count === cap) return -1
    starts[count] = s
    ends[count++] = i
    s = i + 1
  }
  if (count === cap) return -1
  starts[count] = s
  ends[count++] = end
  return count
}

/** The fields of buf[start, end) as text. */
export function fieldTexts(buf: Buffer, start: number, end: number, d: number): string[] {
  const cells: string[] = []
  let s = start
  for (;;) {
    const i = buf.indexOf(d, s)
    if (i === -1 || i >= end) break
    cells.push(buf.toString('utf8', s, i))
    s = i + 1
  }
  cells.push(buf.toString('utf8', s, end))
  return cells
}

export interface CsvScanOptions {
  delimiter: string
  maxBytes?: number
  signal?: AbortSignal
  /** Bytes read at a time (default 4 MiB). */
  chunkSize?: number
}

function firstInvalidUtf8(b: Uint8Array, from: number, to: number): { at: number; truncated: boolean } {
  let i = from
  while (i < to) {
    const c = b[i]
    if (c < 0x80) {
      i++
      continue
    }
    let need: number
    let lo = 0x80
    let hi = 0xbf
    if (c >= 0xc2 && c <= 0xdf) need = 1
    else if (c >= 0xe0 && c <= 0xef) {
      need = 2
      if (c === 0xe0) lo = 0xa0
      if (c === 0xed) hi = 0x9f
    } else if (c >= 0xf0 && c <= 0xf4) {
      need = 3
      if (c === 0xf0) lo = 0x90
      if (c === 0xf4) hi = 0x8f
    } else return { at: i, truncated: false }
    for (let k = 1; k <= need; k++) {
      if (i + k >= to) return { at: i, truncated: true }
      const x = b[i + k]
      if (x < (k === 1 ? lo : 0x80) || x > (k === 1 ? hi : 0xbf)) return { at: i, truncated: false }
    }
    i += need + 1
  }
  return { at: -1, truncated: false }
}

function countNewlines(b: Buffer, from: number, to: number): number {
  let n = 0
  let i = b.indexOf(10, from)
  while (i !== -1 && i < to) {
    n++
    i = b.indexOf(10, i + 1)
  }
  return n
}

/**
 * The byte-level reader behind readCsv and the data gate: reads the file in large chunks and hands
 * each record to `sink` without decoding the lines that have no quote (their fields are byte
 * ranges); a record with a quote is decoded and parsed by the text parser, so every record comes
 * out exactly as CsvParser gives it, with the same line numbers. Refuses invalid UTF-8 with its
 * line; skips a UTF-8 BOM; enforces maxBytes. Yields after each chunk.
 */
export async function* scanCsv(file: string, opts: CsvScanOptions, sink: CsvSink): AsyncGenerator<void> {
  checkDelimiter(opts.delimiter)
  const d = opts.delimiter.charCodeAt(0)
  if (d >= 0x80) {
    // A delimiter that is not one byte in UTF-8: the text path for everything.
    const parser = new CsvParser(opts.delimiter)
    const out: ParsedRecord[] = []
    const flush = (): void => {
      for (const r of out) sink.cells(r.cells, r.line, !!r.unterminated)
      out.length = 0
    }
    for await (const chunk of textChunks(file, opts)) {
      parser.push(chunk, out)
      flush()
      yield
    }
    parser.push('', out, true)
    flush()
    return
  }
  const delimiter = opts.delimiter
  // `line` is CsvParser's line count (the line the next record starts on); `newlines` counts the
  // line feeds actually consumed, for the line of a UTF-8 error.
  let line = 1
  let newlines = 0
  // Smallest window (bytes) worth decoding for a quoted record that was incomplete last time.
  let pendingWindow = 0

  const quoted = (buf: Buffer, p: number, limit: number, final: boolean): number => {
    let w = Math.min(limit, p + pendingWindow)
    const nl0 = buf.indexOf(10, Math.max(w - 1, p))
    w = nl0 === -1 || nl0 >= limit ? limit : nl0 + 1
    for (;;) {
      const text = buf.toString('utf8', p, w)
      const atEnd = w >= limit
      const r = parseQuoted(text, 0, final && atEnd, delimiter)
      if (r) {
        pendingWindow = 0
        sink.cells(r.cells, line, r.unterminated)
        line += r.newlines + 1
        const consumed = r.next >= text.length ? w - p : text.length === w - p ? r.next : Buffer.byteLength(text.slice(0, r.next))
        newlines += countNewlines(buf, p, p + consumed)
        return p + consumed
      }
      if (atEnd) {
        pendingWindow = w - p
        return -1
      }
      const nl = buf.indexOf(10, Math.min(limit, p + 2 * (w - p)) - 1)
      w = nl === -1 || nl >= limit ? limit : nl + 1
    }
  }

  /** Hands every record in buf[0, limit) to the sink; returns where it stopped (a record start). */
  const records = (buf: Buffer, limit: number, final: boolean): number => {
    let p = 0
    let nextQuote = -1
    while (p < limit) {
      let nl = buf.indexOf(10, p)
      if (nl === -1 || nl >= limit) nl = limit
      if (nextQuote < p && nextQuote !== limit) {
        nextQuote = buf.indexOf(34, p)
        if (nextQuote === -1 || nextQuote > limit) nextQuote = limit
      }
      if (nextQuote < nl) {
        const next = quoted(buf, p, limit, final)
        if (next < 0) return p
        p = next
        continue
      }
      let end = nl
      if (end > p && buf[end - 1] === 13) end--
      if (end > p) sink.line(buf, p, end, line)
      line++
      newlines++
      p = nl + 1
    }
    return Math.min(p, limit)
  }

  const validate = (buf: Buffer, from: number, to: number, final: boolean): void => {
    if (from >= to || isUtf8(buf.subarray(from, to))) return
    const bad = firstInvalidUtf8(buf, from, to)
    const at = bad.at < 0 ? to : bad.at
    const errLine = newlines + countNewlines(buf, 0, at) + 1
    if (final && bad.truncated) throw new TabularError(`invalid UTF-8 at line ${errLine}: the file ends inside a multi-byte character`, errLine)
    throw new TabularError(`invalid UTF-8 at line ${errLine}: the file is not UTF-8 text (re-encode it as UTF-8)`, errLine)
  }

  // Read into one buffer, reused: the unprocessed tail of a chunk (an incomplete record) is moved
  // to its front and the next bytes are read after it.
  const chunkSize = opts.chunkSize ?? 1 << 22
  let buf = Buffer.allocUnsafe(chunkSize * 2)
  let have = 0
  let validated = 0
  let bomDone = false
  let bytes = 0
  const fh = await open(file, 'r')
  // The next chunk is read (into `incoming`) while this one is parsed.
  let incoming = Buffer.allocUnsafe(chunkSize)
  let spare = Buffer.allocUnsafe(chunkSize)
  let pending: Promise<{ bytesRead: number }> | null = fh.read(incoming, 0, chunkSize, null)
  try {
    for (;;) {
      opts.signal?.throwIfAborted()
      const { bytesRead } = await pending!
      pending = null
      if (bytesRead === 0) break
      bytes += bytesRead
      if (opts.maxBytes !== undefined && bytes > opts.maxBytes) {
        throw new TabularError(`the file is larger than the limit of ${opts.maxBytes} bytes (max-bytes); it was not read further`, null)
      }
      if (buf.length - have < bytesRead) {
        const nb = Buffer.allocUnsafe(Math.max(buf.length * 2, have + bytesRead))
        buf.copy(nb, 0, 0, have)
        buf = nb
      }
      incoming.copy(buf, have, 0, bytesRead)
      have += bytesRead
      const t = incoming
      incoming = spare
      spare = t
      pending = fh.read(incoming, 0, chunkSize, null)
      let from = 0
      if (!bomDone) {
        if (have < 6) continue
        from = bomLength(buf, have)
        bomDone = true
      }
      const lastNl = buf.lastIndexOf(10, have - 1)
      if (lastNl < from) {
        shift(from)
        continue
      }
      const limit = lastNl + 1
      validate(buf.subarray(from, have), validated, limit - from, false)
      const p = records(buf.subarray(from, have), limit - from, false)
      validated = limit - from - p
      shift(from + p)
      yield
    }
    const rest = buf.subarray(bomDone ? 0 : bomLength(buf, have), have)
    validate(rest, validated, rest.length, true)
    records(rest, rest.length, true)
    yield
  } finally {
    if (pending) await pending.catch(() => undefined)
    await fh.close()
  }

  /** Drops buf[0, k) (processed), keeping the rest at the front. */
  function shift(k: number): void {
    if (k > 0) {
      buf.copy(buf, 0, k, have)
      have -= k
    }
  }
}

function bomLength(buf: Buffer, have: number): number {
  // The text path drops a BOM twice (the decoder, then the parser): so do we.
  let k = 0
  for (let t = 0; t < 2; t++) if (have - k >= 3 && buf[k] === 0xef && buf[k + 1] === 0xbb && buf[k + 2] === 0xbf) k += 3
  return k
}

/** What is wrong with a data record of `count` fields under a header of `columns`, if anything. */
export function csvProblem(count: number, columns: number, unterminated: boolean, line: number): TabularRecord['problem'] {
  if (unterminated) return { rule: 'unterminated-quote', message: `a quoted field opened on line ${line} is never closed` }
  if (count !== columns) return { rule: 'ragged-row', message: `the row has ${count} field${count === 1 ? '' : 's'}, the header has ${columns}` }
  return undefined
}

/** The header from the first record: trimmed names, each once. */
export function csvHeader(cells: string[], line: number, unterminated: boolean): string[] {
  if (unterminated) throw new TabularError(`line ${line}: the header has a quote that is never closed`, line)
  const header = cells.map((c) => c.trim())
  const seen = new Set<string>()
  for (const h of header) {
    if (seen.has(h)) throw new TabularError(`line ${line}: the header names column "${h}" twice`, line)
    seen.add(h)
  }
  return header
}

export async function* readCsv(file: string, opts: ReadOptions = {}, defaultDelimiter = ','): AsyncGenerator<TabularRecord[]> {
  const batchSize = opts.batchSize ?? 4096
  let header: string[] | null = null
  let row = 0
  let out: TabularRecord[] = []
  const record = (cells: string[], line: number, unterminated: boolean): void => {
    if (!header) {
      header = csvHeader(cells, line, unterminated)
      return
    }
    row++
    const rec: TabularRecord = { row, line, keys: header, values: cells as Cell[] }
    const problem = csvProblem(cells.length, header.length, unterminated, line)
    if (problem) rec.problem = problem
    out.push(rec)
  }
  const d = (opts.delimiter ?? defaultDelimiter).charCodeAt(0)
  const sink: CsvSink = {
    line(buf, start, end, line) {
      record(fieldTexts(buf, start, end, d), line, false)
    },
    cells: record
  }
  for await (const _ of scanCsv(file, { delimiter: opts.delimiter ?? defaultDelimiter, maxBytes: opts.maxBytes, signal: opts.signal }, sink)) {
    while (out.length >= batchSize) {
      yield out.slice(0, batchSize)
      out = out.slice(batchSize)
    }
  }
  if (out.length) yield out
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
