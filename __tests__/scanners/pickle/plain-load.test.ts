/**
 * The polyglot trial's question, "would plain pickle.load on these bytes reach a global import?",
 * answered by the VM in plainLoad mode and by CPython's own pickle.load (the system python3, whose
 * find_class records the name and refuses: nothing is imported), on the same bytes: generated
 * opcode streams and random bytes (fast-check, seeded: replay with PLAIN_LOAD_SEED), and real
 * torch files written by scripts/gen-real-models.py (replay with MODELS_SEED; seed 158432821 is the
 * one whose checkpoint the old lenient trial flagged). The two must agree on whether an import is
 * reached and on which global it is.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import fc from 'fast-check'
import { scanModelBuffer } from '../../../src/scanners/model/scan.js'
import { isAsciiRange, isUtf8SurrogatepassRange } from '../../../src/scanners/pickle/text-checks.js'
import { scanPickle } from '../../../src/scanners/pickle/vm.js'
import { cpythonPlainLoad, inconclusive } from '../../support/cpython-unpickle.js'

const SEED = Number(process.env.PLAIN_LOAD_SEED ?? Math.floor(Math.random() * 2 ** 31))
const MODELS_SEED = Number(process.env.MODELS_SEED ?? Math.floor(Math.random() * 2 ** 31))
const LIMITS = { maxOps: 200_000, maxStack: 50_000, maxMarks: 10_000, maxObjects: 50_000, maxMemo: 50_000, maxSparseMemo: 10_000, maxItems: 100_000 }

const b = (...parts: Array<string | number[] | Buffer>): Buffer =>
  Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p, 'latin1') : Buffer.isBuffer(p) ? p : Buffer.from(p))))
const u32 = (n: number) => {
  const x = Buffer.alloc(4)
  x.writeUInt32LE(n >>> 0)
  return x
}
const u64 = (n: bigint) => {
  const x = Buffer.alloc(8)
  x.writeBigUInt64LE(n)
  return x
}

/** What the VM says plain pickle.load reaches: the first global (as written), null for none, undefined when a limit stopped it. */
function vmReaches(buf: Buffer): string | null | undefined {
  const r = scanPickle(buf, { plainLoad: true, limits: LIMITS, timeMs: 2000 })
  if (r.error && r.error.kind !== 'parse') return undefined
  const first = [...r.globals].sort((x, y) => x.offset - y.offset)[0]
  return first ? first.raw : null
}

/**
 * Compares every case with CPython; returns how many reached an import, how many did not, and how
 * many of those the lenient reading (every other loader's) takes as importing: the cases where only
 * modelling plain pickle.load avoids a false alarm.
 */
function compare(cases: Buffer[], label: string): { reached: number; stopped: number; lenientOnly: number } {
  const py = cpythonPlainLoad(cases)
  let reached = 0
  let stopped = 0
  let lenientOnly = 0
  for (let i = 0; i < cases.length; i++) {
    if (inconclusive(py[i])) continue
    const ours = vmReaches(cases[i])
    if (ours === undefined) continue
    const theirs = py[i].asked[0] ?? null
    if (ours !== theirs) {
      throw new Error(`${label} case ${i} (${cases[i].toString('hex')}): CPython's pickle.load ${theirs ? `imports ${theirs}` : `stops (${py[i].error ?? 'completes'}) before any import`}, the VM's plain trial ${ours ? `imports ${ours}` : 'stops before any import'}`)
    }
    if (theirs) reached++
    else {
      stopped++
      if (scanPickle(cases[i], { limits: LIMITS, timeMs: 2000 }).globals.length) lenientOnly++
    }
  }
  return { reached, stopped, lenientOnly }
}

// --- generated opcode streams: a prefix of opcodes (many of which plain pickle.load refuses), then an import ---

const GOOD_NAMES = ['pkgx', 'pkgx.sub', 'Fn', 'Cls.meth', 'é', 'modé']
const BAD_NAMES = ['a b', '1x', '', 'x\r', 'a..b']
const name = fc.oneof(
  { weight: 12, arbitrary: fc.constantFrom(...GOOD_NAMES).map((s) => Buffer.from(s, 'utf8')) },
  { weight: 2, arbitrary: fc.constantFrom(...BAD_NAMES).map((s) => Buffer.from(s, 'utf8')) },
  { weight: 1, arbitrary: fc.constant(Buffer.from([0xff, 0x41])) }
)
const NUMBER_TEXTS = ['1', '0', '00', '01', ' 1', '1 ', '0x1f', '017', '08', '\0', '\0x', '12\0zz', '1_0', '0_1', '+5', '-', 'inf', '-nan', '.5', '5.', '1e5', ' 1.5', 'abc', '', '9'.repeat(30), '1L', 'L', '12\0L']
const QUOTED = ["'abc'", '"x"', "'\\xe9'", "'\\x41'", "'é'", 'abc', "'a\\x4'", "''", "'\\101'", "'\\351'"]
const RAW_UNICODE = ['abc', '\\u00e9', '\\u12', 'é', '\\U00110000', '\\\\u12']
const INDEX_TEXTS = ['0', ' 0', '0_0', '+0', '-1', '1\0x', '00', 'x', '1']
const bytesOf = fc.oneof(fc.uint8Array({ maxLength: 6 }).map((a) => Buffer.from(a)), fc.constantFrom('ab', 'pkgx', 'é', '\u{1F600}').map((s) => Buffer.from(s, 'utf8')), fc.constant(Buffer.from([0xed, 0xa0, 0x80])), fc.constant(Buffer.from([0xc0, 0x80])))

const SIMPLE = '(012N\x88\x89]}\x8f)t\x85\x86\x87ld\x91aesu\x90bR\x81\x92o.\x94Q\x98\x97\x93'
const token: fc.Arbitrary<Buffer> = fc.oneof(
  { weight: 8, arbitrary: fc.constantFrom(...SIMPLE.split('')).map((c) => b(c)) },
  { weight: 3, arbitrary: fc.integer({ min: 0, max: 255 }).map((n) => b('K', [n])) },
  { weight: 1, arbitrary: fc.integer({ min: 0, max: 65535 }).map((n) => b('M', [n & 255, n >> 8])) },
  { weight: 1, arbitrary: fc.integer().map((n) => b('J', u32(n))) },
  { weight: 1, arbitrary: fc.uint8Array({ minLength: 8, maxLength: 8 }).map((a) => b('G', Buffer.from(a))) },
  { weight: 1, arbitrary: fc.uint8Array({ maxLength: 3 }).map((a) => b('\x8a', [a.length], Buffer.from(a))) },
  { weight: 1, arbitrary: fc.integer({ min: 0, max: 6 }).map((n) => b('\x80', [n])) },
  { weight: 1, arbitrary: fc.oneof(fc.bigInt({ min: 0n, max: 40n }), fc.bigInt({ min: 0n, max: 2n ** 64n - 1n })).map((n) => b('\x95', u64(n))) },
  { weight: 2, arbitrary: fc.tuple(fc.constantFrom('q', 'h'), fc.integer({ min: 0, max: 3 })).map(([o, n]) => b(o, [n])) },
  { weight: 1, arbitrary: fc.tuple(fc.constantFrom('r', 'j'), fc.oneof(fc.integer({ min: 0, max: 3 }), fc.integer({ min: 0, max: 2 ** 31 }))).map(([o, n]) => b(o, u32(n))) },
  { weight: 1, arbitrary: fc.integer({ min: 0, max: 255 }).map((n) => b('\x82', [n])) },
  { weight: 2, arbitrary: bytesOf.map((x) => b('U', [x.length], x)) },
  { weight: 1, arbitrary: bytesOf.map((x) => b('T', u32(x.length), x)) },
  { weight: 2, arbitrary: bytesOf.map((x) => b('\x8c', [x.length], x)) },
  { weight: 1, arbitrary: bytesOf.map((x) => b('X', u32(x.length), x)) },
  { weight: 1, arbitrary: bytesOf.map((x) => b('C', [x.length], x)) },
  { weight: 1, arbitrary: bytesOf.map((x) => b('\x96', u64(BigInt(x.length)), x)) },
  { weight: 3, arbitrary: fc.tuple(fc.constantFrom('I', 'L', 'F'), fc.constantFrom(...NUMBER_TEXTS)).map(([o, t]) => b(o, t, '\n')) },
  { weight: 2, arbitrary: fc.constantFrom(...QUOTED).map((t) => b('S', Buffer.from(t, 'utf8'), '\n')) },
  { weight: 1, arbitrary: fc.constantFrom(...RAW_UNICODE).map((t) => b('V', Buffer.from(t, 'utf8'), '\n')) },
  { weight: 1, arbitrary: fc.constant(b('Pid\n')) },
  { weight: 2, arbitrary: fc.tuple(fc.constantFrom('g', 'p'), fc.constantFrom(...INDEX_TEXTS)).map(([o, t]) => b(o, t, '\n')) },
  { weight: 1, arbitrary: fc.integer({ min: 0, max: 255 }).map((n) => b([n])) }
)
const importing: fc.Arbitrary<Buffer> = fc.oneof(
  fc.tuple(name, name).map(([m, n]) => b('c', m, '\n', n, '\n')),
  fc.tuple(name, name).map(([m, n]) => b('\x8c', [m.length], m, '\x8c', [n.length], n, '\x93')),
  fc.tuple(name, name).map(([m, n]) => b('U', [m.length], m, 'U', [n.length], n, '\x93')),
  fc.tuple(fc.boolean(), name, name).map(([mark, m, n]) => b(mark ? '(' : '', 'i', m, '\n', n, '\n'))
)
const stream = fc
  .tuple(fc.array(token, { maxLength: 6 }), fc.option(importing, { freq: 8 }), fc.array(token, { maxLength: 3 }), fc.boolean())
  .map(([pre, imp, post, stop]) => Buffer.concat([...pre, ...(imp ? [imp] : []), ...post, ...(stop ? [b('.')] : [])]))

describe(`plain pickle.load, the VM's trial against CPython (seed ${SEED})`, () => {
  console.log(`plain-load seed ${SEED} (replay with PLAIN_LOAD_SEED=${SEED})`)

  it('agrees on generated opcode streams: where pickle.load stops, and which global it reaches', () => {
    const cases = fc.sample(stream, { seed: SEED, numRuns: Number(process.env.PLAIN_LOAD_RUNS ?? 5000) })
    const n = compare(cases, `seed ${SEED}`)
    console.log(`plain-load seed ${SEED}: ${n.reached} reach an import, ${n.stopped} stop before one (${n.lenientOnly} of which a lenient reading takes as importing)`)
    // both sides of the question are exercised, and the stops only plain pickle.load makes
    expect(n.reached).toBeGreaterThan(400)
    expect(n.stopped).toBeGreaterThan(1000)
    expect(n.lenientOnly).toBeGreaterThan(100)
  }, 120_000)

  it('agrees on random bytes', () => {
    const cases = fc.sample(fc.uint8Array({ maxLength: 256 }), { seed: SEED, numRuns: 2000 }).map((a) => Buffer.from(a))
    compare(cases, `seed ${SEED} random bytes`)
  }, 120_000)

  it('decodes str operands as CPython does: UTF-8 with surrogatepass, ASCII', () => {
    const high = fc.oneof(fc.integer({ min: 0x80, max: 0xff }), fc.integer({ min: 0, max: 0xff }), fc.constantFrom(0xed, 0xf4, 0xe0, 0xf0, 0xc2, 0xa0, 0xbf, 0x80, 0x90, 0x8f))
    const cases = fc.sample(fc.array(high, { maxLength: 8 }), { seed: SEED, numRuns: 4000 }).map((a) => Buffer.from(a))
    const py = JSON.parse(
      execFileSync('/usr/bin/python3', ['-c', `import json, sys
out = []
for h in json.load(sys.stdin):
    try:
        bytes.fromhex(h).decode('utf-8', 'surrogatepass'); out.append(True)
    except UnicodeDecodeError:
        out.append(False)
print(json.dumps(out))`], { input: JSON.stringify(cases.map((c) => c.toString('hex'))), encoding: 'utf8' })
    ) as boolean[]
    for (let i = 0; i < cases.length; i++) expect([cases[i].toString('hex'), isUtf8SurrogatepassRange(cases[i], 0, cases[i].length)]).toEqual([cases[i].toString('hex'), py[i]])
    expect(isAsciiRange(Buffer.from('abc\x7f'), 0, 4)).toBe(true)
    expect(isAsciiRange(Buffer.from([0x61, 0x80]), 0, 2)).toBe(false)
  })

  it('stops where pickle.load raises, naming why', () => {
    const stop = (x: Buffer) => scanPickle(x, { plainLoad: true }).error?.message ?? ''
    expect(stop(b('Pid\ncpkgx\nFn\n.'))).toMatch(/persistent id .*no persistent_load/)
    expect(stop(b('N\x8c\x01aQcpkgx\nFn\n.'))).toMatch(/no persistent_load/)
    expect(stop(b('\x82\x01cpkgx\nFn\n.'))).toMatch(/unregistered extension code 1/)
    expect(stop(b('U\x01\xe9cpkgx\nFn\n.'))).toMatch(/ascii/)
    expect(stop(b('\x8c\x01\xffcpkgx\nFn\n.'))).toMatch(/utf-8/)
    expect(stop(b('\x95\xff\x00\x00\x00\x00\x00\x00\x00cpkgx\nFn\n.'))).toMatch(/truncated/)
    expect(stop(b('NK\x01K\x02scpkgx\nFn\n.'))).toMatch(/NoneType.*item assignment/)
    expect(stop(b('}]K\x01scpkgx\nFn\n.'))).toMatch(/unhashable type: 'list'/)
    expect(stop(b('N}bcpkgx\nFn\n.'))).toMatch(/BUILD state/)
    expect(stop(b('N\x98cpkgx\nFn\n.'))).toMatch(/bytes-like object is required, not NoneType/)
    // the lenient reading of every other loader goes on past all of these
    for (const x of [b('Pid\ncpkgx\nFn\n.'), b('\x82\x01cpkgx\nFn\n.'), b('U\x01\xe9cpkgx\nFn\n.'), b('NK\x01K\x02scpkgx\nFn\n.')]) expect(scanPickle(x).globals.map((g) => g.raw)).toContain('pkgx.Fn')
  })

  it('reads only the first pickle, unless it is torch\'s legacy magic number (torch.load then reads on, with a persistent_load)', () => {
    expect(scanPickle(b('N.cpkgx\nFn\n.'), { plainLoad: true }).globals).toEqual([])
    const magic = b('\x80\x02\x8a\x0a\x6c\xfc\x9c\x46\xf9\x20\x6a\xa8\x50\x19.')
    const legacy = b(magic, '\x80\x02M\xe9\x03.', '\x80\x02}.', '\x80\x02X\x01\x00\x00\x00kQcpkgx\nFn\n.')
    expect(scanPickle(legacy, { plainLoad: true }).globals.map((g) => g.raw)).toEqual(['pkgx.Fn'])
    expect(compare([legacy, b('N.cpkgx\nFn\n.')], 'torch legacy')).toEqual({ reached: 1, stopped: 1, lenientOnly: 1 })
  })
})

// --- real torch files ---

const dirs: string[] = []
const torchFiles: Array<{ name: string; data: Buffer }> = []

beforeAll(() => {
  for (const seed of [158432821, MODELS_SEED]) {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'plain-load-'))
    dirs.push(dir)
    execFileSync('/usr/bin/python3', [path.join(process.cwd(), 'scripts/gen-real-models.py'), dir, String(seed)], { encoding: 'utf8', timeout: 120_000 })
    for (const family of readdirSync(dir).filter((f) => f.startsWith('torch'))) {
      for (const f of readdirSync(path.join(dir, family))) torchFiles.push({ name: `seed ${seed} ${family}/${f}`, data: readFileSync(path.join(dir, family, f)) })
    }
  }
}, 240_000)

afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true })
})

describe(`real torch files (seeds 158432821 and ${MODELS_SEED}, replay with MODELS_SEED)`, () => {
  it('agree with CPython: a zip stops at PERSID, a legacy file reaches its globals', () => {
    expect(torchFiles.length).toBeGreaterThan(150)
    const zips = torchFiles.filter((f) => f.data.readUInt32LE(0) === 0x04034b50)
    const legacy = torchFiles.filter((f) => f.data[0] === 0x80)
    expect(zips.length).toBeGreaterThan(100)
    expect(legacy.length).toBeGreaterThan(2)
    const py = cpythonPlainLoad(zips.map((f) => f.data))
    for (let i = 0; i < zips.length; i++) {
      expect([zips[i].name, py[i].error, py[i].asked]).toEqual([zips[i].name, 'UnpicklingError', []])
      expect([zips[i].name, vmReaches(zips[i].data)]).toEqual([zips[i].name, null])
    }
    const n = compare(legacy.map((f) => f.data), 'legacy torch files')
    expect(n.reached).toBe(legacy.length)
    // a torch zip whose first bytes were changed to another opcode: whatever pickle.load makes of it, the VM says the same
    const mutated = fc.sample(fc.tuple(fc.integer({ min: 0, max: zips.length - 1 }), fc.integer({ min: 0, max: 255 }), fc.integer({ min: 0, max: 29 })), { seed: SEED, numRuns: 300 }).map(([i, byte, at]) => {
      const x = Buffer.from(zips[i].data)
      x[at] = byte
      return x
    })
    compare(mutated, 'mutated torch zips')
  }, 120_000)

  it('are never taken for pickle polyglots by the scanner', async () => {
    for (const f of torchFiles) {
      const r = await scanModelBuffer(f.data, f.name)
      expect([f.name, r.issues.filter((i) => i.ruleId === 'model/polyglot')]).toEqual([f.name, []])
    }
  }, 120_000)
})
