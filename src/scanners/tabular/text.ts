/**
 * Streams a file as UTF-8 text in chunks, refusing invalid UTF-8 with the line it is on, and a
 * byte limit so that a hostile file cannot exhaust the runner. A leading BOM is removed.
 */
import { createReadStream } from 'node:fs'
import { TabularError } from './types.js'

export interface TextChunkOptions {
  maxBytes?: number
  signal?: AbortSignal
}

function countNewlines(s: string): number {
  let n = 0
  let i = s.indexOf('\n')
  while (i !== -1) {
    n++
    i = s.indexOf('\n', i + 1)
  }
  return n
}

export async function* textChunks(file: string, opts: TextChunkOptions = {}): AsyncGenerator<string> {
  const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false })
  const stream = createReadStream(file, { highWaterMark: 1 << 20, signal: opts.signal })
  let bytes = 0
  let lines = 0
  try {
    for await (const buf of stream as AsyncIterable<Buffer>) {
      bytes += buf.length
      if (opts.maxBytes !== undefined && bytes > opts.maxBytes) {
        throw new TabularError(`the file is larger than the limit of ${opts.maxBytes} bytes (max-bytes); it was not read further`, null)
      }
      let text: string
      try {
        text = decoder.decode(buf, { stream: true })
      } catch {
        const loose = new TextDecoder('utf-8').decode(buf)
        const at = loose.indexOf('\uFFFD')
        const line = lines + countNewlines(loose.slice(0, Math.max(at, 0))) + 1
        throw new TabularError(`invalid UTF-8 at line ${line}: the file is not UTF-8 text (re-encode it as UTF-8)`, line)
      }
      lines += countNewlines(text)
      if (text) yield text
    }
    let rest: string
    try {
      rest = decoder.decode()
    } catch {
      throw new TabularError(`invalid UTF-8 at line ${lines + 1}: the file ends inside a multi-byte character`, lines + 1)
    }
    if (rest) yield rest
  } finally {
    stream.destroy()
  }
}
