/**
 * Streaming JSON Lines reader: one JSON object per line; blank lines are skipped. A line that is not
 * valid JSON, or is JSON but not an object, is yielded with a problem (and its line number).
 */
import { textChunks } from './text.js'
import type { Cell, ReadOptions, TabularRecord } from './types.js'

export async function* readJsonl(file: string, opts: ReadOptions = {}): AsyncGenerator<TabularRecord[]> {
  const batchSize = opts.batchSize ?? 4096
  let rest = ''
  let line = 0
  let row = 0
  let batch: TabularRecord[] = []
  let first = true
  const handle = (text: string): void => {
    line++
    const t = text.endsWith('\r') ? text.slice(0, -1) : text
    if (!t.trim()) return
    row++
    let value: unknown
    try {
      value = JSON.parse(t)
    } catch (e) {
      batch.push({ row, line, keys: [], values: [], problem: { rule: 'invalid-json', message: `not valid JSON: ${(e as Error).message}` } })
      return
    }
    if (value === null || typeof value !== 'object' || Array.isArray(value)) {
      batch.push({ row, line, keys: [], values: [], problem: { rule: 'not-an-object', message: `a JSON Lines record must be an object, found ${Array.isArray(value) ? 'an array' : value === null ? 'null' : typeof value}` } })
      return
    }
    batch.push({ row, line, keys: Object.keys(value), values: Object.values(value) as Cell[] })
  }
  for await (let chunk of textChunks(file, opts)) {
    if (first) {
      if (chunk.charCodeAt(0) === 0xfeff) chunk = chunk.slice(1)
      first = false
    }
    const text = rest + chunk
    let p = 0
    let nl = text.indexOf('\n')
    while (nl !== -1) {
      handle(text.slice(p, nl))
      p = nl + 1
      nl = text.indexOf('\n', p)
    }
    rest = text.slice(p)
    if (batch.length >= batchSize) {
      yield batch
      batch = []
    }
  }
  if (rest.length) handle(rest)
  if (batch.length) yield batch
}
