/**
 * The robustness gate against small real HTTP servers started here (a threshold classifier in
 * Node): clean accuracy, attacks, seed determinism, and every way the work can be left incomplete
 * (endpoint down, labels outside the classes, one class, budget used up), which must be an error.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { mkdtempSync, writeFileSync } from 'node:fs'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import os from 'node:os'
import path from 'node:path'
import type { GateReport } from '../../src/engine/types.js'
import { robustnessGate } from '../../src/gates/robustness/index.js'
import { runOneGate } from '../support/gate-context.js'

let server: http.Server
let url = ''
let served = 0
/** label "hi" when a + b > 1, else "lo"; /weird answers a label no example has. */
beforeAll(async () => {
  server = http.createServer((req, res) => {
    let body = ''
    req.on('data', (c) => (body += c))
    req.on('end', () => {
      served++
      try {
        const x = JSON.parse(body) as { a: number; b: number; colour?: string }
        const label = req.url === '/weird' ? 'purple' : req.url === '/mid' && x.a > 0.95 ? 'mid' : x.a + x.b > 1 ? 'hi' : 'lo'
        res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ result: { label }, score: 0.9 }))
      } catch {
        res.writeHead(400, { 'content-type': 'application/json' }).end('{"error":"bad json"}')
      }
    })
  })
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r))
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})
afterAll(() => new Promise<void>((r) => server.close(() => r())))

function workspace(rows: string[]): string {
  const ws = mkdtempSync(path.join(os.tmpdir(), 'asg-robust-'))
  writeFileSync(path.join(ws, 'eval.csv'), ['a,b,colour,label', ...rows].join('\n') + '\n')
  return ws
}

/** 40 rows on both sides of a + b = 1, a few of them close to it. */
const ROWS = Array.from({ length: 40 }, (_, i) => {
  const a = (i % 10) / 10
  const b = i < 20 ? 0.05 + (i % 7) / 20 : 0.7 + (i % 5) / 20
  return `${a},${b.toFixed(2)},${i % 2 ? 'red' : 'blue'},${a + b > 1 ? 'hi' : 'lo'}`
})

const target = (over: Record<string, unknown> = {}) => ({ kind: 'rest', url: `${url}/predict`, body: { a: '{{a}}', b: '{{b}}', colour: '{{colour}}' }, 'label-path': '$.result.label', 'score-path': '$.score', 'loopback-only': true, retries: 0, ...over })

async function run(block: Record<string, unknown>, rows = ROWS): Promise<GateReport> {
  const ws = workspace(rows)
  const report = await runOneGate(robustnessGate, { dataset: 'eval.csv', fuzz: false, ...block }, { workspace: ws, tempDir: ws })
  return report.gates[0]
}

const attack = (g: GateReport, id: string) => g.checks.find((c) => c.name === 'robustness-attack' && c.target === id)!

describe('robustness gate', () => {
  it('measures clean accuracy and accuracy under noise and the decision attack, and fails on the drop', async () => {
    const g = await run({ target: target({ concurrency: 8 }), attacks: { noise: { epsilon: 0.2, trials: 4 }, decision: { queries: 60, 'max-distance': 0.3 }, text: false }, 'max-accuracy-drop': 0.05 })
    expect(g.errors).toEqual([])
    expect(g.status).toBe('fail')
    const clean = g.checks.find((c) => c.name === 'robustness-clean')!
    expect(clean.details).toMatchObject({ examples: 40, accuracy: 1 })
    const noise = attack(g, 'noise').details as Record<string, any>
    const decision = attack(g, 'decision').details as Record<string, any>
    for (const d of [noise, decision]) {
      // Every final input is recomputed with the model's own rule.
      let correct = 0
      for (const x of d.inputs) {
        const truth = x.input.a + x.input.b > 1 ? 'hi' : 'lo'
        expect(x.predicted).toBe(truth)
        if (x.predicted === x.label) correct++
      }
      expect(d.robustAccuracy).toBeCloseTo(correct / 40, 12)
      expect(d.accuracyDrop).toBeCloseTo(1 - correct / 40, 12)
      // Ranges are respected (seen in the data: a in [0, 0.9]); colour is categorical and never moved.
      for (const x of d.inputs) {
        expect(x.input.a).toBeGreaterThanOrEqual(0)
        expect(x.input.a).toBeLessThanOrEqual(0.9)
        expect(['red', 'blue']).toContain(x.input.colour)
      }
    }
    // The decision attack finds the boundary for every example, with a perturbation close to the true one.
    expect(decision.flipsFoundAnySize).toBe(40)
    const flips = g.checks.filter((c) => c.name === 'robustness-flip')
    expect(flips.length).toBeGreaterThan(0)
    expect(flips[0].details.changes).toEqual(expect.arrayContaining([expect.stringMatching(/^(a|b) /)]))
    expect(g.findings.map((f) => f.ruleId)).toEqual(expect.arrayContaining(['robustness/decision']))
  }, 60_000)

  it('respects integer columns and declared ranges', async () => {
    const rows = Array.from({ length: 20 }, (_, i) => `${i % 10},${(i % 3) / 10},x,${i % 10 > 5 ? 'hi' : 'lo'}`)
    const g = await run({ target: target(), columns: { a: { type: 'integer', range: [0, 9] }, b: { type: 'number', range: [0, 0.3] } }, attacks: { noise: { epsilon: 0.3, trials: 3 }, decision: false, text: false }, 'max-accuracy-drop': 1 }, rows)
    expect(g.errors).toEqual([])
    for (const x of attack(g, 'noise').details.inputs as any[]) {
      expect(Number.isInteger(x.input.a)).toBe(true)
      expect(x.input.b).toBeLessThanOrEqual(0.3)
    }
  }, 30_000)

  it('gives the same requests and results for the same seed', async () => {
    const block = { target: target({ concurrency: 8 }), seed: 7, attacks: { noise: { epsilon: 0.3, trials: 3 }, decision: { queries: 20 }, text: false }, 'max-accuracy-drop': 1 }
    const a = await run(block)
    const b = await run(block)
    expect(attack(a, 'noise').details).toEqual(attack(b, 'noise').details)
    expect(attack(a, 'decision').details).toEqual(attack(b, 'decision').details)
    const c = await run({ ...block, seed: 8 })
    expect(attack(c, 'noise').details.inputs).not.toEqual(attack(a, 'noise').details.inputs)
  }, 60_000)

  it('is an error, never a pass, when the endpoint is down', async () => {
    const g = await run({ target: target({ url: 'http://127.0.0.1:9/predict' }) })
    expect(g.status).toBe('error')
    expect(g.errors.join(' ')).toMatch(/did not answer the first request.*cannot reach/)
  })

  it('is an error when the endpoint answers labels outside the classes', async () => {
    const g = await run({ target: target({ url: `${url}/weird` }) })
    expect(g.status).toBe('error')
    expect(g.errors.join(' ')).toMatch(/label "purple", which is not one of the evaluation set's classes \("hi", "lo"\)/)
  })

  it('keeps a label the evaluation set lacks when it first appears under attack, and lists it', async () => {
    // No clean row has a > 0.9; the declared range lets noise push a past 0.95, where the model says "mid".
    const g = await run({ target: target({ url: `${url}/mid` }), columns: { a: { type: 'number', range: [0, 1.5] } }, attacks: { noise: { epsilon: 0.3, trials: 4 }, decision: false, text: false }, 'max-accuracy-drop': 1 })
    expect(g.errors).toEqual([])
    const noise = attack(g, 'noise').details as Record<string, any>
    expect(noise.inputs.filter((x: any) => x.predicted === 'mid').length).toBeGreaterThan(0)
    for (const x of noise.inputs) if (x.predicted === 'mid') expect(x.input.a).toBeGreaterThan(0.95)
    expect(g.checks.find((c) => c.name === 'robustness-target')!.details.labelsNotInEvaluationSet).toEqual(['mid'])
  }, 30_000)

  it('is an error on a one-class evaluation set', async () => {
    const g = await run({ target: target() }, ROWS.filter((r) => r.endsWith(',lo')))
    expect(g.status).toBe('error')
    expect(g.errors[0]).toMatch(/every example has the label "lo"/)
  })

  it('is an error that keeps what was completed when the budget runs out', async () => {
    const g = await run({ target: target({ 'max-requests': 150 }), attacks: { noise: { trials: 2 }, decision: { queries: 100 }, text: false } })
    expect(g.status).toBe('error')
    expect(g.errors.join(' ')).toMatch(/stopped after \d+ of 40 examples: the request budget \(max-requests: 150\) is used up/)
    expect(attack(g, 'noise').outcome).toBe('pass')
    expect(attack(g, 'decision').outcome).toBe('error')
  }, 30_000)

  it('refuses a template that maps no column, and a template column the file lacks', async () => {
    await expect(run({ target: target({ body: { a: 1 } }) })).resolves.toMatchObject({ status: 'error', errors: [expect.stringMatching(/body maps no column/)] })
    const g = await run({ target: target({ body: { a: '{{a}}', z: '{{zeta}}' } }) })
    expect(g.errors[0]).toMatch(/names \{\{zeta\}\}, but the file has no such column/)
  })

  it('drives a local command target (the body on stdin, JSON on stdout) and says fuzzing was not checked', async () => {
    const ws = workspace(ROWS.slice(0, 12))
    writeFileSync(path.join(ws, 'predict.mjs'), "let s = ''; process.stdin.on('data', (d) => (s += d)).on('end', () => { const x = JSON.parse(s); process.stdout.write(JSON.stringify({ y: x.a + x.b > 1 ? 'hi' : 'lo' })) })\n")
    const report = await runOneGate(
      robustnessGate,
      { target: { kind: 'command', command: [process.execPath, 'predict.mjs'], body: { a: '{{a}}', b: '{{b}}' }, 'label-path': '$.y' }, dataset: 'eval.csv', attacks: { noise: { trials: 1 }, decision: false, text: false } },
      { workspace: ws, tempDir: ws }
    )
    const g = report.gates[0]
    expect(g.errors).toEqual([])
    expect(g.checks.find((c) => c.name === 'robustness-clean')!.details).toMatchObject({ examples: 12, accuracy: 1 })
    expect(report.notChecked).toEqual([expect.objectContaining({ gate: 'robustness', what: 'fuzzing of the endpoint' })])
  }, 30_000)

  it('counts requests: identical inputs are sent once', async () => {
    const before = served
    const g = await run({ target: target(), attacks: { noise: false, decision: false, text: false } })
    expect(g.status).toBe('pass')
    // One request per distinct input, plus the readiness probe (the first example's input, not cached).
    const distinct = new Set(ROWS.map((r) => r.split(',').slice(0, 3).join(','))).size
    expect(served - before).toBe(distinct + 1)
  })
})
