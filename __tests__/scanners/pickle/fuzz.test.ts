/**
 * Property tests of the pickle VM (fast-check; the seed is printed, replay with PICKLE_FUZZ_SEED):
 * random bytes and mutated real pickles never make scanPickle throw, always finish within its
 * bounds, and random bytes are never taken for a pickle that imports something.
 */
import { describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import fc from 'fast-check'
import { importsSomething, looksLikePickle } from '../../../src/scanners/pickle/sniff.js'
import { scanPickle } from '../../../src/scanners/pickle/vm.js'
import { cpythonInert } from '../../support/cpython-unpickle.js'

const SEED = Number(process.env.PICKLE_FUZZ_SEED ?? Math.floor(Math.random() * 2 ** 31))
const LIMITS = { maxOps: 200_000, maxStack: 50_000, maxMarks: 10_000, maxObjects: 50_000, maxMemo: 50_000, maxSparseMemo: 10_000, maxItems: 100_000 }

/** Real pickles of every protocol, written by this machine's CPython, numpy and scikit-learn. */
const SEEDS: Buffer[] = JSON.parse(
  execFileSync('/usr/bin/python3', [
    '-c',
    `import pickle, json, collections, datetime, numpy as np
from sklearn.linear_model import LogisticRegression
from sklearn.feature_extraction import DictVectorizer
m = LogisticRegression().fit(np.random.RandomState(0).randn(20, 3), [0, 1] * 10)
objs = [{'a': [1, 2.5, 'x', b'y', None, True, 2**70]}, collections.OrderedDict(k=(1, 2)), datetime.date(2024, 1, 2), np.arange(6.0).reshape(2, 3), m,
        DictVectorizer().fit([{'w%d' % i: 1} for i in range(50)])]
print(json.dumps([pickle.dumps(o, protocol=p).hex() for o in objs for p in range(6)]))`
  ]).toString()
).map((h: string) => Buffer.from(h, 'hex'))

type Edit = [number, number, string]
function mutate(seed: Buffer, edits: Edit[]): Buffer {
  let b = Buffer.from(seed)
  for (const [at, byte, how] of edits) {
    const i = b.length ? at % b.length : 0
    if (how === 'set' && b.length) b[i] = byte
    else if (how === 'insert') b = Buffer.concat([b.subarray(0, i), Buffer.from([byte]), b.subarray(i)])
    else if (how === 'delete') b = Buffer.concat([b.subarray(0, i), b.subarray(i + 1)])
    else b = Buffer.concat([b.subarray(0, i), Buffer.alloc(byte * 16, b[i] ?? 0x32), b.subarray(i)])
  }
  return b
}

function scanOk(buf: Buffer): void {
  const t = performance.now()
  const r = scanPickle(buf, { limits: LIMITS, timeMs: 2000 })
  expect(performance.now() - t).toBeLessThan(3000)
  expect(r.opcodes).toBeLessThanOrEqual(LIMITS.maxOps)
  if (r.error) expect(['parse', 'limit']).toContain(r.error.kind)
}

describe(`pickle VM properties (seed ${SEED})`, () => {
  console.log(`pickle fuzz seed ${SEED} (replay with PICKLE_FUZZ_SEED=${SEED})`)

  it('never throws and stays within bounds on random bytes, which are not pickles that import', () => {
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 0, maxLength: 4096 }), (bytes) => {
        const buf = Buffer.from(bytes)
        scanOk(buf)
        const r = scanPickle(buf, { limits: LIMITS, timeMs: 2000 })
        // an import from random bytes needs an identifier-shaped GLOBAL line that is then called: practically never
        expect(importsSomething(r)).toBe(false)
      }),
      { seed: SEED, numRuns: 3000 }
    )
  })

  it('never throws and stays within bounds on mutated real pickles', () => {
    const mutation = fc.record({
      seed: fc.integer({ min: 0, max: SEEDS.length - 1 }),
      edits: fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 }), fc.constantFrom('set', 'insert', 'delete', 'dup')), { minLength: 1, maxLength: 8 })
    })
    fc.assert(
      fc.property(mutation, ({ seed, edits }) => {
        scanOk(mutate(SEEDS[seed], edits as Edit[]))
      }),
      { seed: SEED, numRuns: 3000 }
    )
  })

  it('reports every global the CPython unpickler asks for on mutated pickles (no stop of the VM hides one)', () => {
    // CPython's C unpickler on the same mutated bytes, with a find_class that records the name and
    // returns an inert stand-in (nothing is imported or run): what it asks for, the VM must report
    const cases = fc.sample(
      fc.record({
        seed: fc.integer({ min: 0, max: SEEDS.length - 1 }),
        edits: fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 }), fc.constantFrom('set', 'insert', 'delete')), { minLength: 1, maxLength: 4 })
      }),
      { seed: SEED, numRuns: 1500 }
    ).map(({ seed, edits }) => mutate(SEEDS[seed], edits))
    const asked = cpythonInert(cases)
    let compared = 0
    for (let i = 0; i < cases.length; i++) {
      const r = scanPickle(cases[i], { limits: LIMITS, timeMs: 2000 })
      if (r.error && r.error.kind !== 'parse') continue
      const ours = new Set(r.globals.map((g) => g.raw))
      const unresolved = r.globals.some((g) => !g.resolved)
      for (const name of asked[i]) {
        compared++
        if (!ours.has(name) && !unresolved) throw new Error(`seed ${SEED} case ${i} (${cases[i].toString('hex')}): CPython asked for ${name}, the VM reported ${[...ours].join(', ') || 'nothing'} (${r.error?.message ?? 'no error'})`)
      }
    }
    expect(compared).toBeGreaterThan(500)
  }, 180_000)

  it('reads the real seeds themselves as clean pickles', () => {
    for (const s of SEEDS) {
      const r = scanPickle(s)
      expect(r.error).toBeNull()
      expect(looksLikePickle(r)).toBe(true)
    }
  })
})
