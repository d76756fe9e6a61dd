import { describe, expect, it, beforeAll, afterAll } from '@jest/globals'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { parquetWriteBuffer } from 'hyparquet-writer'
import { CsvParser, fieldTexts, formatOf, readTable, scanCsv, splitFields, TabularError, type TabularRecord } from '../../../src/scanners/tabular/index.js'

let dir: string
beforeAll(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'tabular-'))
})
afterAll(() => rmSync(dir, { recursive: true, force: true }))

const write = (name: string, content: string | Buffer): string => {
  const p = path.join(dir, name)
  writeFileSync(p, content)
  return p
}

async function all(file: string, opts = {}): Promise<TabularRecord[]> {
  const out: TabularRecord[] = []
  for await (const b of readTable(file, formatOf(file), { batchSize: 3, ...opts })) out.push(...b)
  return out
}

/** Reference CSV writer (RFC 4180) used to round-trip random tables. */
function toCsv(rows: string[][], d: string, eol: string): string {
  return rows.map((r) => r.map((c) => (/["\n\r]/.test(c) || c.includes(d) ? `"${c.replace(/"/g, '""')}"` : c)).join(d)).join(eol) + eol
}

describe('CSV parser', () => {
  it('round-trips random tables with quotes, delimiters and line breaks in fields, at every chunk split', () => {
    const alphabet = ['a', 'b', ',', ';', '"', '\n', ' ', 'é', '\t', '1']
    let seed = 7
    const rnd = (): number => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31)
    for (let t = 0; t < 60; t++) {
      const d = [',', ';', '\t', '|'][t % 4]
      const cols = 1 + Math.floor(rnd() * 4)
      const rows = Array.from({ length: 1 + Math.floor(rnd() * 5) }, () =>
        Array.from({ length: cols }, () => Array.from({ length: Math.floor(rnd() * 5) }, () => alphabet[Math.floor(rnd() * alphabet.length)]).join(''))
      )
      // Records that would read as blank lines are not representable; make the first cell non-empty.
      for (const r of rows) if (r.length === 1 && r[0] === '') r[0] = 'x'
      const text = toCsv(rows, d, t % 2 ? '\r\n' : '\n')
      for (let split = 0; split <= text.length; split += Math.max(1, Math.floor(text.length / 15))) {
        const p = new CsvParser(d)
        const out: any[] = []
        p.push(text.slice(0, split), out)
        p.push(text.slice(split), out)
        p.push('', out, true)
        expect(out.map((o) => o.cells)).toEqual(rows)
      }
    }
  })

  it('reads a file with BOM, CRLF, quoted fields and reports file lines of records spanning lines', async () => {
    const f = write('a.csv', '\uFEFFid,text,val\r\n1,"hello, world",3\r\n2,"two\nlines",4\r\n\r\n3,"say ""hi""",5\r\n')
    const recs = await all(f)
    expect(recs.map((r) => [r.row, r.line, ...r.values])).toEqual([
      [1, 2, '1', 'hello, world', '3'],
      [2, 3, '2', 'two\nlines', '4'],
      [3, 6, '3', 'say "hi"', '5']
    ])
    expect(recs[0].keys).toEqual(['id', 'text', 'val'])
  })

  it('TSV by extension and explicit delimiter', async () => {
    expect((await all(write('t.tsv', 'a\tb\n1\t2\n')))[0].values).toEqual(['1', '2'])
    expect((await all(write('s.csv', 'a;b\n1;2\n'), { delimiter: ';' }))[0].values).toEqual(['1', '2'])
  })

  it('flags ragged rows and an unterminated quote with their lines', async () => {
    const recs = await all(write('r.csv', 'a,b\n1,2\n3\n4,5,6\n7,"open\n8,9\n'))
    expect(recs.filter((r) => r.problem).map((r) => [r.line, r.problem!.rule])).toEqual([
      [3, 'ragged-row'],
      [4, 'ragged-row'],
      [5, 'unterminated-quote']
    ])
  })

  it('refuses invalid UTF-8 with the line, an empty file, a duplicate header, an over-limit file', async () => {
    const bad = Buffer.concat([Buffer.from('a,b\n1,2\n3,'), Buffer.from([0xff, 0xfe]), Buffer.from('\n')])
    await expect(all(write('bad.csv', bad))).rejects.toThrow(/invalid UTF-8 at line 3/)
    await expect(all(write('empty.csv', ''))).rejects.toThrow(/empty/)
    await expect(all(write('dup.csv', 'a,a\n1,2\n'))).rejects.toThrow(/twice/)
    await expect(all(write('big.csv', 'a\n' + '1\n'.repeat(100)), { maxBytes: 50 })).rejects.toThrow(TabularError)
  })
})

describe('byte-level CSV scanner', () => {
  /** Records as the scanner gives them (fields decoded), at a given chunk size. */
  async function scanned(file: string, d: string, chunkSize: number): Promise<Array<[number, string[], boolean]>> {
    const out: Array<[number, string[], boolean]> = []
    const sink = {
      line(buf: Buffer, start: number, end: number, line: number) {
        const starts = new Int32Array(100)
        const ends = new Int32Array(100)
        const count = splitFields(buf, start, end, d.charCodeAt(0), starts, ends)
        const cells: string[] = []
        for (let k = 0; k < count; k++) cells.push(buf.toString('utf8', starts[k], ends[k]))
        expect(cells).toEqual(fieldTexts(buf, start, end, d.charCodeAt(0)))
        out.push([line, cells, false])
      },
      cells(cells: string[], line: number, unterminated: boolean) {
        out.push([line, cells, unterminated])
      }
    }
    for await (const _ of scanCsv(file, { delimiter: d, chunkSize }, sink)) void _
    return out
  }
  /** The same file through the text parser in one piece. */
  function parsed(text: string, d: string): Array<[number, string[], boolean]> {
    const p = new CsvParser(d)
    const out: any[] = []
    p.push(text.replace(/^\uFEFF/, ''), out, true)
    return out.map((r) => [r.line, r.cells, !!r.unterminated])
  }

  it('gives exactly what the text parser gives (records, lines, unterminated quotes), at any chunk size', async () => {
    const alphabet = ['a', 'b', '1', '-', '.', ',', ';', '\t', '"', '""', '\n', '\r\n', '\r', ' ', 'é', '€', '𝄞', '\n\n']
    let seed = 11
    const rnd = (): number => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31)
    for (let t = 0; t < 120; t++) {
      const d = [',', ';', '\t', '|', '§'][t % 5]
      let text = (t % 7 === 0 ? '\uFEFF' : '') + Array.from({ length: 5 + Math.floor(rnd() * 60) }, () => alphabet[Math.floor(rnd() * alphabet.length)]).join('')
      if (t % 3 === 0) text += '\n'
      const f = write(`scan-${t}.csv`, text)
      const want = parsed(text, d)
      for (const chunk of [1, 2, 3, 5, 8, 64, 1 << 20]) expect(await scanned(f, d, chunk)).toEqual(want)
    }
  })

  it('reports the line of invalid UTF-8 across chunk boundaries, and a file ending inside a character', async () => {
    const bad = Buffer.concat([Buffer.from('a,b\n1,"x\ny"\n3,é\n4,'), Buffer.from([0xc3, 0x28]), Buffer.from('\n5,6\n')])
    for (const chunk of [1, 4, 7, 1 << 20]) {
      await expect(scanned(write('bad2.csv', bad), ',', chunk)).rejects.toThrow(/invalid UTF-8 at line 5: the file is not UTF-8/)
    }
    const cut = Buffer.concat([Buffer.from('a,b\n1,2\n3,'), Buffer.from([0xe2, 0x82])])
    for (const chunk of [1, 3, 1 << 20]) {
      await expect(scanned(write('cut.csv', cut), ',', chunk)).rejects.toThrow(/invalid UTF-8 at line 3: the file ends inside a multi-byte character/)
    }
  })
})

describe('JSON Lines', () => {
  it('reads objects with their lines, skips blank lines, flags invalid JSON and non-objects', async () => {
    const recs = await all(write('a.jsonl', '{"user":"A","val":10}\n\n{"usr":"C","val":999}\nnot json\n[1,2]\n{"user":"E","val":150}'))
    expect(recs.map((r) => [r.row, r.line, r.problem?.rule ?? null])).toEqual([
      [1, 1, null],
      [2, 3, null],
      [3, 4, 'invalid-json'],
      [4, 5, 'not-an-object'],
      [5, 6, null]
    ])
    expect(recs[1].keys).toEqual(['usr', 'val'])
    expect(recs[1].values).toEqual(['C', 999])
  })
})

describe('Parquet', () => {
  it('reads rows by row group, with line null', async () => {
    const buf = parquetWriteBuffer({
      columnData: [
        { name: 'user', data: ['A', 'B', 'C', 'D', 'E'], type: 'STRING' },
        { name: 'val', data: [10, 12, 999, 8, 150], type: 'DOUBLE' }
      ],
      rowGroupSize: 2
    })
    const f = write('a.parquet', Buffer.from(buf))
    const recs = await all(f)
    expect(recs.map((r) => [r.row, r.line, ...r.values])).toEqual([
      [1, null, 'A', 10],
      [2, null, 'B', 12],
      [3, null, 'C', 999],
      [4, null, 'D', 8],
      [5, null, 'E', 150]
    ])
  })
  it('a file that is not Parquet is a TabularError', async () => {
    await expect(all(write('x.parquet', 'a,b\n1,2\n'))).rejects.toThrow(/not a readable Parquet/)
  })
})

describe('formatOf', () => {
  it('by extension, or asks for format', () => {
    expect(formatOf('x.ndjson')).toBe('jsonl')
    expect(() => formatOf('x.txt')).toThrow(/format/)
  })
})
