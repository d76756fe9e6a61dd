/**
 * Polyglots: a file of one format that is also something else. The pickle trial asks whether plain
 * pickle.load on the file would import something (the VM's plainLoad mode; CPython's own
 * pickle.load, with a find_class that records and refuses, is asked the same on every file here),
 * and a zip appended after the data is read as the archive it also is.
 */
import { describe, expect, it } from '@jest/globals'
import { scanModelBuffer } from '../../../src/scanners/model/scan.js'
import { cpythonPlainLoad } from '../../support/cpython-unpickle.js'

const b = (...parts: Array<string | number[] | Buffer>): Buffer =>
  Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p, 'latin1') : Buffer.isBuffer(p) ? p : Buffer.from(p))))
const u32 = (n: number) => {
  const x = Buffer.alloc(4)
  x.writeUInt32LE(n)
  return x
}

/** Protocol 0 and 4 pickles that would run a command (never loaded here). */
const P0 = b("cposix\nsystem\n(S'id'\ntR.")
const P4 = b('\x80\x04\x8c\x05posix\x8c\x06system\x93\x8c\x02id\x85R.')

/** A one-member ustar archive whose first header's name field holds `name` (checksum computed). */
function tarNamed(name: Buffer, data: Buffer): Buffer {
  const h = Buffer.alloc(512)
  name.copy(h, 0, 0, 100)
  h.write('0000644\0', 100, 'latin1')
  h.write('0000000\0', 108, 'latin1')
  h.write('0000000\0', 116, 'latin1')
  h.write(data.length.toString(8).padStart(11, '0') + '\0', 124, 'latin1')
  h.write('00000000000\0', 136, 'latin1')
  h.write('        ', 148, 'latin1')
  h.write('0', 156, 'latin1')
  h.write('ustar\0', 257, 'latin1')
  h.write('00', 263, 'latin1')
  let sum = 0
  for (const x of h) sum += x
  h.write(sum.toString(8).padStart(6, '0') + '\0 ', 148, 'latin1')
  const pad = Buffer.alloc((512 - (data.length % 512)) % 512)
  return b(h, data, pad, Buffer.alloc(1024))
}

/** A stored zip with one member (what Python's zipfile writes, by hand). */
function zipOf(name: string, data: Buffer): Buffer {
  const n = Buffer.from(name)
  const crc = crc32(data)
  const local = b('PK\x03\x04', [20, 0, 0, 0, 0, 0, 0, 0, 0x21, 0], u32(crc), u32(data.length), u32(data.length), [n.length, 0, 0, 0], n, data)
  const central = b('PK\x01\x02', [20, 0, 20, 0, 0, 0, 0, 0, 0, 0, 0x21, 0], u32(crc), u32(data.length), u32(data.length), [n.length, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0], u32(0), n)
  const end = b('PK\x05\x06', [0, 0, 0, 0, 1, 0, 1, 0], u32(central.length), u32(local.length), [0, 0])
  return b(local, central, end)
}
function crc32(d: Buffer): number {
  let c = ~0
  for (const x of d) {
    c ^= x
    for (let k = 0; k < 8; k++) c = (c >>> 1) ^ (0xedb88320 & -(c & 1))
  }
  return ~c >>> 0
}

const rules = (r: Awaited<ReturnType<typeof scanModelBuffer>>) => r.issues.map((i) => `${i.ruleId} ${i.member}`).sort()

describe('pickle polyglots (plain pickle.load on a file of another format)', () => {
  it('finds a pickle at the start of a file taken for another format, as CPython would run it', async () => {
    const safet = b(P0, Buffer.alloc(200, 7))
    const tar0 = tarNamed(P0, b('hello'))
    const tar4 = tarNamed(P4, b('hello'))
    for (const [file, rel, format] of [
      [safet, 'm.safetensors', 'safetensors'],
      [tar0, 'weights.tar', 'tar'],
      [tar4, 'weights.tar', 'tar']
    ] as const) {
      const r = await scanModelBuffer(file, rel)
      expect([rel, r.format]).toEqual([rel, format])
      expect(rules(r)).toEqual(expect.arrayContaining(['model/polyglot ', 'pickle/dangerous-global !pickle']))
    }
    // CPython's pickle.load reaches the same import on each
    expect(cpythonPlainLoad([safet, tar0, tar4]).map((x) => x.asked)).toEqual([['posix.system'], ['posix.system'], ['posix.system']])
  })

  it('reads on past the first 64 KiB when the load goes on there, and stops where an operand is longer than the file', async () => {
    // a 100 KB bytes operand, then the import: past the first 64 KiB the trial reads
    const far = b('B', u32(100_000), Buffer.alloc(100_000, 0x41), '0', P0, Buffer.alloc(500, 9))
    const r = await scanModelBuffer(far, 'far.safetensors')
    expect(rules(r)).toEqual(expect.arrayContaining(['model/polyglot ', 'pickle/dangerous-global !pickle']))
    expect(r.errors).toEqual([])
    // an operand longer than the whole file: pickle.load stops there (as GGUF or safetensors headers often read)
    const long = b('B', u32(0xfffffff0), Buffer.alloc(100_000, 0x41), P0)
    const l = await scanModelBuffer(long, 'long.safetensors')
    expect(rules(l).filter((x) => x.startsWith('model/polyglot') || x.startsWith('pickle/'))).toEqual([])
    expect(l.errors).toEqual([])
    expect(cpythonPlainLoad([far, long]).map((x) => x.asked)).toEqual([['posix.system'], []])
    // a stream that goes on until a bound of the scan (here 100k DUPs over a 50k-value stack) is not decided: an error
    const dups = await scanModelBuffer(b('N', Buffer.alloc(100_000, 0x32)), 'dups.safetensors', { limits: { maxOpcodes: 50_000 } })
    expect(dups.errors.join('\n')).toMatch(/plain pickle.load would read it, the file is a pickle stream up to byte \d+, where the scan stopped \(more than 50000 opcodes/)
    // past the pickle size limit the trial cannot decide: an error naming the limit, never a pass
    const capped = await scanModelBuffer(far, 'far.safetensors', { limits: { maxPickleBytes: 80_000 } })
    expect(capped.errors.join('\n')).toMatch(/plain pickle.load would read it.*80000-byte pickle limit \(raise limits.max-pickle-mb\)/)
  })

  it('does not count what plain pickle.load refuses: a zip (PERSID first), a str that does not decode, a persistent id', async () => {
    const zip = zipOf('archive/data.pkl', P0)
    const persid = b('Pid\n', P0)
    const ascii = b('U\x01\xe9', P0)
    for (const [file, rel] of [
      [zip, 'a.zip'],
      [b(persid, Buffer.alloc(300)), 'x.safetensors'],
      [b(ascii, Buffer.alloc(300)), 'y.safetensors']
    ] as const) {
      const r = await scanModelBuffer(file, rel)
      expect([rel, rules(r).filter((x) => x.startsWith('model/polyglot'))]).toEqual([rel, []])
    }
    // the zip's own member is still scanned as the pickle torch would load
    expect(rules(await scanModelBuffer(zip, 'a.zip'))).toContain('pickle/dangerous-global archive/data.pkl')
    expect(cpythonPlainLoad([zip, persid, ascii]).map((x) => [x.asked, x.error])).toEqual([
      [[], 'UnpicklingError'],
      [[], 'UnpicklingError'],
      [[], 'UnicodeDecodeError']
    ])
  })

  it('reads a zip appended to a real pickle as the archive it also is', async () => {
    const benign = b('\x80\x04\x95\x0b\x00\x00\x00\x00\x00\x00\x00}\x94\x8c\x01a\x94K\x01s.')
    const r = await scanModelBuffer(b(benign, zipOf('evil.pkl', P4)), 'model.pkl')
    expect(rules(r)).toEqual(['archive/polyglot ', 'pickle/dangerous-global !zip!/evil.pkl'])
    const clean = await scanModelBuffer(benign, 'model.pkl')
    expect(rules(clean)).toEqual([])
  })
})
