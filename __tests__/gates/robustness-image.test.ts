/**
 * Image columns of the robustness gate against a small real HTTP server started here (brightness of
 * a 4x4 image: "bright" when the mean pixel is above 0.5): pixel lists as JSON text in CSV, float
 * pixels, the flat layout, the sizes of the attacks against the exact boundary, and every kind of
 * bad image (wrong shape, out of range, not numbers, undeclared) as an error naming row and column.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { mkdtempSync, writeFileSync } from 'node:fs'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import os from 'node:os'
import path from 'node:path'
import { parseConfigText } from '../../src/config/load.js'
import type { GateReport } from '../../src/engine/types.js'
import { imageValue, pixelAt, readPixels, type ImageSpec } from '../../src/gates/robustness/image.js'
import { robustnessGate } from '../../src/gates/robustness/index.js'
import { runOneGate } from '../support/gate-context.js'

let server: http.Server
let url = ''
const seen: unknown[] = []
beforeAll(async () => {
  server = http.createServer((req, res) => {
    let body = ''
    req.on('data', (c) => (body += c))
    req.on('end', () => {
      try {
        const x = JSON.parse(body) as { pixels: number[] }
        if (seen.length < 5) seen.push(x.pixels)
        if (!Array.isArray(x.pixels) || x.pixels.length !== 16 || !x.pixels.every((v) => typeof v === 'number')) throw new Error('bad')
        const mean = x.pixels.reduce((s, v) => s + v, 0) / 16
        res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ label: mean > 0.5 ? 'bright' : 'dark' }))
      } catch {
        res.writeHead(400, { 'content-type': 'application/json' }).end('{"error":"send 16 pixels"}')
      }
    })
  })
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r))
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/predict`
})
afterAll(() => new Promise<void>((r) => server.close(() => r())))

/** 30 seeded 4x4 images with means spread over [0.2, 0.8], as JSON text in a CSV cell. */
const IMAGES = Array.from({ length: 30 }, (_, i) => {
  const base = 0.2 + (0.6 * i) / 29
  return Array.from({ length: 16 }, (_, j) => Math.round(Math.min(1, Math.max(0, base + 0.1 * Math.sin(7 * i + 3 * j))) * 1000) / 1000)
})
const meanOf = (xs: number[]) => xs.reduce((s, v) => s + v, 0) / xs.length
const csv = (images: unknown[]) => ['id,image,label', ...images.map((im, i) => `${i},"${JSON.stringify(im).replace(/"/g, '""')}",${meanOf((im as number[][]).flat()) > 0.5 ? 'bright' : 'dark'}`)].join('\n') + '\n'

async function run(block: Record<string, unknown>, file = csv(IMAGES.map((im) => imageValue(im, SPEC))), name = 'eval.csv'): Promise<GateReport> {
  const ws = mkdtempSync(path.join(os.tmpdir(), 'asg-robust-img-'))
  writeFileSync(path.join(ws, name), file)
  const report = await runOneGate(
    robustnessGate,
    {
      target: { kind: 'rest', url, body: { pixels: '{{image}}' }, 'loopback-only': true, retries: 0, concurrency: 4 },
      dataset: name,
      columns: { image: { type: 'image', shape: [4, 4], layout: 'flat' } },
      fuzz: false,
      ...block
    },
    { workspace: ws, tempDir: ws }
  )
  return report.gates[0]
}

const SPEC: ImageSpec = { shape: [4, 4], size: 16, integer: false, layout: 'nested', lo: 0, hi: 1 }
const attack = (g: GateReport, id: string) => g.checks.find((c) => c.name === 'robustness-attack' && c.target === id)!.details as Record<string, any>

describe('robustness gate: image columns', () => {
  it('reads nested and flat pixel lists, and names pixels by position', () => {
    const flat = Array.from({ length: 16 }, (_, i) => i / 16)
    expect(Array.from(readPixels(flat, SPEC))).toEqual(flat)
    expect(Array.from(readPixels(JSON.stringify(imageValue(flat, SPEC)), SPEC))).toEqual(flat)
    expect(imageValue(flat, SPEC)).toEqual([flat.slice(0, 4), flat.slice(4, 8), flat.slice(8, 12), flat.slice(12, 16)])
    expect(imageValue(Array.from({ length: 12 }, (_, i) => i), { ...SPEC, shape: [3, 2, 2], size: 12 })).toEqual([[[0, 1], [2, 3]], [[4, 5], [6, 7]], [[8, 9], [10, 11]]])
    expect(pixelAt(13, [4, 4])).toBe('[3][1]')
    expect(pixelAt(7, [3, 2, 2])).toBe('[1][1][1]')
  })

  it('attacks float pixels sent flat: noise stays in its L-inf ball, the decision attack never beats the exact boundary', async () => {
    seen.length = 0
    const g = await run({ attacks: { 'image-noise': { epsilon: 0.1, trials: 3 }, 'image-decision': { queries: 80, 'max-distance': 0.4 } }, 'max-accuracy-drop': 1 })
    expect(g.errors).toEqual([])
    expect(g.status).toBe('pass')
    // The id column is categorical and held; the image goes out flat, 16 numbers.
    expect((seen[0] as number[]).length).toBe(16)
    const noise = attack(g, 'image-noise')
    for (const x of noise.inputs) {
      const before = IMAGES[x.row - 1]
      const after = x.input.image as number[]
      expect(after).toHaveLength(16)
      after.forEach((v, j) => {
        expect(v).toBeGreaterThanOrEqual(0)
        expect(v).toBeLessThanOrEqual(1)
        expect(Math.abs(v - before[j])).toBeLessThanOrEqual(0.1 + 1e-12)
      })
      expect(x.predicted).toBe(meanOf(after) > 0.5 ? 'bright' : 'dark')
    }
    expect(noise.perturbationMeasure).toBe('L-inf over pixels scaled to [0, 1]')
    const decision = attack(g, 'image-decision')
    expect(decision.perturbationMeasure).toBe('L2 over pixels scaled to [0, 1]')
    expect(decision.flipsFoundAnySize).toBe(30)
    for (const x of decision.inputs) {
      const before = IMAGES[x.row - 1]
      // The smallest L2 change that crosses mean = 0.5 moves every pixel equally: |mean - 0.5| * 16 / 4.
      const exact = (Math.abs(meanOf(before) - 0.5) * 16) / 4
      if (!x.flipped) continue
      const after = x.input.image as number[]
      expect(x.predicted).toBe(meanOf(after) > 0.5 ? 'bright' : 'dark')
      expect(x.predicted).not.toBe(x.label)
      expect(x.sizes.l2).toBeGreaterThanOrEqual(exact - 1e-9)
      expect(x.sizes.l2).toBeLessThanOrEqual(0.4)
    }
    // Close to the exact boundary distance: the median found is within 1.1x of the median exact one.
    const exacts = IMAGES.map((im) => (Math.abs(meanOf(im) - 0.5) * 16) / 4).sort((a, b) => a - b)
    expect(decision.medianPerturbation).toBeLessThan(1.1 * exacts[15])
    expect(decision.robustAccuracy).toBeLessThan(1)
  }, 60_000)

  it('gives the same images for the same seed, others for another', async () => {
    const block = { attacks: { 'image-noise': { epsilon: 0.2, trials: 2 }, 'image-decision': { queries: 30 } }, 'max-accuracy-drop': 1 }
    const a = await run({ ...block, seed: 3 })
    const b = await run({ ...block, seed: 3 })
    const c = await run({ ...block, seed: 4 })
    expect(attack(a, 'image-noise').inputs).toEqual(attack(b, 'image-noise').inputs)
    expect(attack(a, 'image-decision').inputs).toEqual(attack(b, 'image-decision').inputs)
    expect(attack(c, 'image-noise').inputs).not.toEqual(attack(a, 'image-noise').inputs)
  }, 60_000)

  it('says so when epsilon is less than one step of integer pixels', async () => {
    const ints = IMAGES.map((im) => im.map((v) => Math.round(v * 4)))
    const file = ['image,label', ...ints.map((im) => `"${JSON.stringify(im)}",${meanOf(im) > 2 ? 'bright' : 'dark'}`)].join('\n')
    const g = await run({ columns: { image: { type: 'image', shape: [16], range: [0, 4], pixels: 'integer' } }, attacks: { 'image-noise': { epsilon: 0.2 }, 'image-decision': false } }, file)
    const check = g.checks.find((c) => c.name === 'robustness-attack' && c.target === 'image-noise')!
    expect(check).toMatchObject({ outcome: 'skipped', details: { reason: expect.stringMatching(/epsilon 0.2 of the pixel range \[0, 4\] is less than one integer step/) } })
  })

  const bad = async (cell: string, columns: Record<string, unknown> = { image: { type: 'image', shape: [4, 4] } }): Promise<string> => {
    const good = JSON.stringify(IMAGES[0])
    const file = ['image,label', `"${good}",dark`, `"${good}",bright`, `"${cell.replace(/"/g, '""')}",dark`].join('\n') + '\n'
    const g = await run({ columns, target: { kind: 'rest', url: 'http://127.0.0.1:9/predict', body: { pixels: '{{image}}' } } }, file)
    expect(g.status).toBe('error')
    return g.errors.join(' ')
  }

  it('refuses bad images with the file, line, row and column, and the fix', async () => {
    expect(await bad(JSON.stringify(IMAGES[0].slice(0, 15)))).toBe(
      'eval.csv:4 (row 3), column "image": holds a flat list of 15 pixels; the shape [4, 4] needs 16: fix the row, or the column\'s shape, range or pixels in gates.robustness.columns.image'
    )
    expect(await bad(JSON.stringify([[0, 0, 0, 0], [0, 0, 0], [0, 0, 0, 0], [0, 0, 0, 0]]))).toMatch(/eval\.csv:4 \(row 3\), column "image": \[1\] is a list of 3 where the shape \[4, 4\] needs 4/)
    const out = imageValue(IMAGES[0], SPEC) as number[][]
    out[2][3] = 1.5
    expect(await bad(JSON.stringify(out))).toMatch(/column "image": pixel \[2\]\[3\] is 1\.5, outside the range \[0, 1\]/)
    out[2][3] = 'x' as unknown as number
    expect(await bad(JSON.stringify(out))).toMatch(/column "image": pixel \[2\]\[3\] is "x", not a number/)
    expect(await bad('not pixels')).toMatch(/column "image": holds the text "not pixels", not a list of pixels/)
    expect(await bad('[1, 2,')).toMatch(/column "image": holds text that is not a JSON list of pixels/)
    expect(await bad('[]', { image: { type: 'image', shape: [4, 4], pixels: 'integer', range: [0, 255] } })).toMatch(/eval\.csv:2 \(row 1\), column "image": pixel \[0\] is 0\.2, but the pixels are declared integer/)
  })

  it('asks for a declaration when a column holds lists of numbers, and checks the column config', async () => {
    const file = IMAGES.slice(0, 4).map((im, i) => JSON.stringify({ image: im, label: i % 2 ? 'bright' : 'dark' })).join('\n') + '\n'
    const g = await run({ columns: {} }, file, 'eval.jsonl')
    expect(g.status).toBe('error')
    expect(g.errors[0]).toMatch(/^eval\.jsonl:1, column "image" holds a list of numbers: if it is an image, declare it, e\.g\. columns: \{ image: \{ type: image, shape: \[8, 8\]/)
    const cfg = (col: string) => parseConfigText(`version: 1\ngates:\n  robustness:\n    columns:\n      image: ${col}\n`, '.github/ai-secure-gates.yml')
    expect(() => cfg('{ type: image }')).toThrow(/gates\.robustness\.columns\.image\.shape: an image column needs its shape, e\.g\. shape: \[8, 8\]/)
    expect(() => cfg('{ type: number, shape: [8, 8] }')).toThrow(/gates\.robustness\.columns\.image\.shape: shape is for image columns/)
    expect(() => cfg('{ type: image, shape: [512, 512] }')).toThrow(/at most 65536 pixels/)
    expect(() => cfg('{ type: image, shape: [8, 8], pixels: uint8 }')).toThrow(/gates\.robustness\.columns\.image\.pixels/)
    expect((cfg('{ type: image, shape: [8, 8], pixels: integer, range: [0, 16] }') as any).gates.robustness.columns.image).toEqual({ type: 'image', shape: [8, 8], pixels: 'integer', range: [0, 16], frozen: false })
  })
})
