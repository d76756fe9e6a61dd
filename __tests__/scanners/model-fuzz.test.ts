/**
 * Fuzz test of the model scanner (pickle VM, archives, formats) on hostile bytes: random bytes,
 * pickle opcodes in random order, and a real pickle with random bytes flipped. It returns a
 * result (issues, errors) for every input: no exception escapes, each file ends quickly. Budget
 * fixed, seed printed.
 */
import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import { scanModelBuffer } from '../../src/scanners/model/scan.js'
import { fuzzParams } from '../support/fuzz.js'

/** pickle.dumps({'abc': [1, 2.5, 'x' * 20, b'yz'], 'od': OrderedDict(a=1)}, protocol=4): written, never loaded. */
const SEED_PICKLE = Buffer.from('80049563000000000000007d94288c03616263945d94284b014740040000000000008c147878787878787878787878787878787878787878944302797a94658c026f64948c0b636f6c6c656374696f6e73948c0b4f726465726564446963749493942952948c0161944b0173752e', 'hex')
const OPCODES = [...'()*.0123ILFGJKMNPQRSTUVXabcdeghijlopqrstu}]\x80\x81\x82\x83\x84\x85\x86\x87\x88\x89\x8a\x8b\x8c\x8d\x8e\x8f\x90\x91\x92\x93\x94\x95\x96\x97\x98'].map((c) => c.charCodeAt(0))

async function survives(buf: Buffer, rel: string): Promise<void> {
  const started = Date.now()
  const r = await scanModelBuffer(buf, rel, { limits: { timeMs: 5000 } })
  expect(Array.isArray(r.issues)).toBe(true)
  expect(Date.now() - started).toBeLessThan(6000)
}

describe('model scanner under fuzzing (property)', () => {
  it('random bytes under model names', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 2048 }), fc.constantFrom('m.pkl', 'm.pt', 'm.bin', 'm.npy', 'm.safetensors', 'm.gguf', 'm.onnx', 'm.h5', 'm.zip', 'm.joblib'), async (bytes, name) => survives(Buffer.from(bytes), name)),
      fuzzParams(300)
    )
  }, 120_000)

  it('pickle opcodes in random order, with random arguments', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.oneof(fc.constantFrom(...OPCODES), fc.integer({ min: 0, max: 255 })), { maxLength: 600 }), async (ops) => survives(Buffer.from([0x80, 0x04, ...ops, 0x2e]), 'ops.pkl')),
      fuzzParams(300)
    )
  }, 120_000)

  it('a real pickle with random bytes flipped', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.tuple(fc.nat(SEED_PICKLE.length - 1), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 6 }), async (flips) => {
        const b = Buffer.from(SEED_PICKLE)
        for (const [at, v] of flips) b[at] = v
        await survives(b, 'flipped.pkl')
      }),
      fuzzParams(300)
    )
  }, 120_000)
})
