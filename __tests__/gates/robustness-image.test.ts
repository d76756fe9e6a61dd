/**
 * Image columns of the robustness gate against a small real HTTP server started here (brightness of
 * a 4x4 image: "bright" when the mean pixel is above 0.5): pixel lists as JSON text in CSV, float
 * pixels, the flat layout, the sizes of the attacks against the exact boundary, and every kind of
 * bad image (wrong shape, out of range, not numbers, undeclared) as an error naming row and column.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import os from 'node:os'
import path from 'node:path'
import { parseConfigText } from '../../src/config/load.js'
import type { GateReport } from '../../src/engine/types.js'
import { imageValue, pixelAt, pngPixels, readPixels, type ImageSpec } from '../../src/gates/robustness/image.js'
import { decodePng } from '../../src/gates/robustness/png.js'
import { robustnessConfigSchema } from '../../src/gates/robustness/config.js'
import { robustnessGate } from '../../src/gates/robustness/index.js'
import { attackCheck, attackStats, flipChecks, INPUT_CHARS } from '../../src/gates/robustness/verdict.js'
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

const SPEC: ImageSpec = { shape: [4, 4], size: 16, integer: false, layout: 'nested', source: 'pixels', lo: 0, hi: 1 }
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

  it('bounds flips in L-inf with norm: linf, and holds a frozen image column', async () => {
    const g = await run({ 'max-rows': 12, attacks: { 'image-noise': false, 'image-decision': { queries: 60, norm: 'linf', 'max-distance': 0.2 } }, 'max-accuracy-drop': 1 })
    expect(g.errors).toEqual([])
    const d = attack(g, 'image-decision')
    expect(d.perturbationMeasure).toBe('L-inf over pixels scaled to [0, 1]')
    expect(d.inputs.filter((x: any) => x.flipped).length).toBeGreaterThan(0)
    for (const x of d.inputs) if (x.flipped) expect(x.distance).toBe(x.sizes.linf)
    for (const x of d.inputs) if (x.flipped) expect(x.sizes.linf).toBeLessThanOrEqual(0.2)
    const frozen = await run({ 'max-rows': 4, columns: { image: { type: 'image', shape: [4, 4], layout: 'flat', frozen: true } }, 'max-accuracy-drop': 1 })
    expect(frozen.checks.find((c) => c.name === 'robustness-attack' && c.target === 'image-noise')).toMatchObject({ outcome: 'skipped', details: { reason: expect.stringMatching(/^no image column to perturb/) } })
  }, 30_000)

  it('keeps the report bounded when images are large: inputs up to 4 MB of JSON per attack, flips without the image', () => {
    const big = Array.from({ length: 300_000 }, () => 0.123456)
    const outcomes = Array.from({ length: 10 }, (_, i) => ({ index: i, row: i + 1, line: i + 2, label: 'a', clean: 'a', input: { image: big }, predicted: 'b', flipped: true, found: true, distance: 0.5, queries: 3, changes: [] }))
    const run = { id: 'image-noise' as const, outcomes, measure: 'L-inf' }
    const cfg = robustnessConfigSchema.parse({})
    const check = attackCheck(run, attackStats(run, 10, cfg), cfg)
    expect(check.details.inputs).toHaveLength(1)
    expect(check.details.inputsCut).toBe(9)
    expect(JSON.stringify(check.details).length).toBeLessThan(INPUT_CHARS + 10_000)
    const flip = flipChecks(run, 10)[0]
    expect(flip.details.input).toBeUndefined()
    expect(flip.details.inputOmitted).toMatch(/^\d+ characters of JSON: see the inputs of the robustness-attack check$/)
  })

  it('gives the same images for the same seed, others for another', async () => {
    const block = { 'max-rows': 12, attacks: { 'image-noise': { epsilon: 0.2, trials: 2 }, 'image-decision': { queries: 30 } }, 'max-accuracy-drop': 1 }
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

  describe('PNG files', () => {
    const PY = '/usr/bin/python3'
    /** Writes PNGs with the standard library's zlib (scripts/robustness/write_png.py), an encoder apart from the gate's decoder. */
    const writePngs = (ws: string, specs: Array<Record<string, unknown>>) => {
      mkdirSync(path.join(ws, 'img'), { recursive: true })
      const file = path.join(ws, 'pngs.json')
      writeFileSync(file, JSON.stringify(specs.map((x) => ({ ...x, path: path.join(ws, x.path as string) }))))
      execFileSync(PY, [path.resolve('scripts/robustness/write_png.py'), file])
    }
    const grey = IMAGES.map((im) => im.map((v) => Math.round(v * 255)))
    const pngRun = async (block: Record<string, unknown>, specs: Array<Record<string, unknown>>, rows: string[]) => {
      const ws = mkdtempSync(path.join(os.tmpdir(), 'asg-robust-png-'))
      writePngs(ws, specs)
      mkdirSync(path.join(ws, 'eval'))
      writeFileSync(path.join(ws, 'eval', 'set.csv'), ['file,label', ...rows].join('\n') + '\n')
      const report = await runOneGate(
        robustnessGate,
        { target: { kind: 'rest', url, body: { pixels: '{{file}}' }, 'loopback-only': true, retries: 0 }, dataset: 'eval/set.csv', fuzz: false, ...block },
        { workspace: ws, tempDir: ws }
      )
      return report.gates[0]
    }
    const column = (over: Record<string, unknown> = {}) => ({ file: { type: 'image', shape: [4, 4], source: 'png', layout: 'flat', ...over } })

    it('reads grey PNGs named in the evaluation set, relative to its folder, as pixels mapped onto the range', async () => {
      seen.length = 0
      const specs = grey.map((px, i) => ({ path: `img/${i}.png`, width: 4, height: 4, channels: 1, depth: 8, pixels: px }))
      const rows = grey.map((px, i) => `../img/${i}.png,${meanOf(px) / 255 > 0.5 ? 'bright' : 'dark'}`)
      const g = await pngRun({ columns: column(), attacks: { 'image-noise': { epsilon: 0.1, trials: 2 }, 'image-decision': false }, 'max-accuracy-drop': 1 }, specs, rows)
      expect(g.errors).toEqual([])
      expect(g.checks.find((c) => c.name === 'robustness-clean')!.details).toMatchObject({ examples: 30, accuracy: 1 })
      expect(seen[0]).toEqual(grey[0].map((v) => v / 255))
      expect(attack(g, 'image-noise').completed).toBe(30)
    }, 30_000)

    it('reads RGB and 16-bit PNGs, and refuses a colour PNG for a grey shape', async () => {
      seen.length = 0
      const rgb = Array.from({ length: 4 }, (_, i) => Array.from({ length: 16 * 3 }, (_, j) => (i * 40 + j * 5) % 256))
      const specs = [
        ...rgb.map((px, i) => ({ path: `img/c${i}.png`, width: 4, height: 4, channels: 3, depth: 8, pixels: px })),
        { path: 'img/g16.png', width: 4, height: 4, channels: 1, depth: 16, pixels: Array.from({ length: 16 }, (_, j) => j * 4369) }
      ]
      const rows = rgb.map((_, i) => `../img/c${i}.png,${i % 2 ? 'bright' : 'dark'}`)
      const g = await pngRun({ columns: column({ shape: [4, 4, 3], pixels: 'integer', range: [0, 255] }), target: { kind: 'rest', url: 'http://127.0.0.1:9/predict', body: { pixels: '{{file}}' }, retries: 0 } }, specs, rows)
      // The set is read (the endpoint is down): the error is about the endpoint, not the files.
      expect(g.errors.join(' ')).toMatch(/did not answer the first request/)
      // The decoded RGB pixels are the ones written, channels interleaved, mapped onto [0, 1].
      const ws = mkdtempSync(path.join(os.tmpdir(), 'asg-robust-png-'))
      writePngs(ws, specs)
      const rgbSpec: ImageSpec = { ...SPEC, shape: [4, 4, 3], size: 48, source: 'png' }
      expect(Array.from(pngPixels(decodePng(readFileSync(path.join(ws, 'img/c1.png')), 48), rgbSpec))).toEqual(rgb[1].map((v) => v / 255))
      const bad = await pngRun({ columns: column() }, specs, rows)
      expect(bad.errors[0]).toBe(
        'eval/set.csv:2 (row 1), column "file": the PNG file img/c0.png is a colour image (pixel [0][0] is 0, 5, 10): declare the shape [4, 4, 3]: fix the file, or the column\'s shape in gates.robustness.columns.file'
      )
      seen.length = 0
      const g16 = await pngRun({ columns: column({ pixels: 'integer', range: [0, 255] }), attacks: { 'image-noise': { trials: 1 }, 'image-decision': false }, 'max-accuracy-drop': 1 }, specs, ['../img/g16.png,dark', '../img/g16.png,bright'])
      expect(g16.errors).toEqual([])
      // 16-bit values come down to 8 bits: j * 4369 / 257 = j * 17.
      expect(seen[0]).toEqual(Array.from({ length: 16 }, (_, j) => j * 17))
    }, 30_000)

    it('refuses a decompression bomb, a wrong size, a file that is not a PNG, and paths out of the workspace', async () => {
      const specs = [
        { path: 'img/bomb.png', width: 4, height: 4, bomb: 1024 * 1024 },
        { path: 'img/big.png', width: 8, height: 2, channels: 1, depth: 8, pixels: Array(16).fill(0) },
        { path: 'img/ok.png', width: 4, height: 4, channels: 1, depth: 8, pixels: Array(16).fill(0) }
      ]
      const err = async (file: string) => (await pngRun({ columns: column() }, specs, ['../img/ok.png,dark', `${file},bright`])).errors.join(' ')
      expect(await err('../img/bomb.png')).toMatch(/^eval\/set\.csv:3 \(row 2\), column "file": the PNG file img\/bomb\.png has image data that inflates to more than the 116 bytes a 4x4 image needs \(a decompression bomb\?\)/)
      expect(await err('../img/big.png')).toMatch(/the PNG file img\/big\.png is 8x2 pixels \(width x height\); the shape \[4, 4\] needs 4x4/)
      expect(await err('../img/missing.png')).toMatch(/column "file": the PNG file img\/missing\.png does not exist \(paths are relative to the evaluation set's folder\)/)
      expect(await err('set.csv')).toMatch(/the PNG file eval\/set\.csv is not a PNG file \(no PNG signature\)/)
      expect(await err('../../outside.png')).toMatch(/column "file": the PNG file.*outside the workspace/)
    }, 30_000)
  })
})
