/**
 * The robustness gate against real scikit-learn models (Debian's python3-sklearn) served on 127.0.0.1
 * by scripts/robustness/model_server.py: the accuracy the gate reports under attack is recomputed
 * offline by the same model on the inputs the report lists, and fuzzing tells a deliberately fragile
 * endpoint (dies on a missing field, 500 on NaN) from a robust one.
 */
import { afterEach, describe, expect, it } from '@jest/globals'
import { execFileSync, spawn, type ChildProcess } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { GateReport } from '../../src/engine/types.js'
import { robustnessGate } from '../../src/gates/robustness/index.js'
import { runOneGate } from '../support/gate-context.js'

const PY = '/usr/bin/python3'
const SERVER = path.resolve('scripts/robustness/model_server.py')
const hasSklearn = (() => {
  try {
    execFileSync(PY, ['-c', 'import sklearn'], { stdio: 'ignore' })
    return true
  } catch {
    return false
  }
})()
if (!hasSklearn) console.warn('skipping the scikit-learn robustness tests: /usr/bin/python3 has no sklearn (run scripts/setup-test-env.sh)')
const itPy = hasSklearn && existsSync(PY) ? it : it.skip

const children: ChildProcess[] = []
afterEach(() => {
  for (const c of children.splice(0)) if (c.exitCode === null) c.kill('SIGKILL')
})

async function serve(model: string, ws: string, mode = 'strict', evalFile = 'eval.csv'): Promise<{ url: string; child: ChildProcess }> {
  const child = spawn(PY, [SERVER, '--model', model, '--port', '0', '--mode', mode, '--write-eval', path.join(ws, evalFile)], { stdio: ['ignore', 'pipe', 'ignore'] })
  children.push(child)
  const port = await new Promise<number>((resolve, reject) => {
    let out = ''
    child.stdout!.on('data', (b: Buffer) => {
      out += b.toString()
      const m = /PORT (\d+)/.exec(out)
      if (m) resolve(Number(m[1]))
    })
    child.on('exit', (code) => reject(new Error(`model server exited with ${code}`)))
  })
  return { url: `http://127.0.0.1:${port}/predict`, child }
}

function offline(model: string, inputs: unknown[], ws: string): unknown[] {
  const file = path.join(ws, 'inputs.json')
  writeFileSync(file, JSON.stringify(inputs))
  return JSON.parse(execFileSync(PY, [SERVER, '--model', model, '--predict', file], { encoding: 'utf8' })) as unknown[]
}

const ws = () => mkdtempSync(path.join(os.tmpdir(), 'asg-robust-sk-'))

describe('robustness gate against real scikit-learn models', () => {
  itPy(
    'reports accuracy drops that the model itself confirms offline on the perturbed inputs',
    async () => {
      const dir = ws()
      const { url } = await serve('mlp-wine', dir)
      const report = await runOneGate(
        robustnessGate,
        {
          target: { kind: 'rest', url, 'label-path': '$.label', 'score-path': '$.proba', 'loopback-only': true, concurrency: 4 },
          dataset: 'eval.csv',
          'max-rows': 30,
          attacks: { noise: { epsilon: 0.15, trials: 3 }, decision: { queries: 40, 'max-distance': 0.25 }, text: false },
          fuzz: false,
          'max-accuracy-drop': 0.05
        },
        { workspace: dir, tempDir: dir }
      )
      const g = report.gates[0] as GateReport
      expect(g.errors).toEqual([])
      const clean = g.checks.find((c) => c.name === 'robustness-clean')!.details as Record<string, number>
      let drops = 0
      for (const id of ['noise', 'decision']) {
        const d = g.checks.find((c) => c.name === 'robustness-attack' && c.target === id)!.details as Record<string, any>
        const preds = offline('mlp-wine', d.inputs.map((x: any) => x.input), dir)
        expect(d.inputs).toHaveLength(30)
        const correct = d.inputs.filter((x: any, i: number) => {
          expect(String(preds[i])).toBe(x.predicted)
          return String(preds[i]) === x.label
        }).length
        expect(d.robustAccuracy).toBeCloseTo(correct / 30, 12)
        expect(d.accuracyDrop).toBeCloseTo(clean.accuracy - correct / 30, 12)
        if (d.accuracyDrop > 0.05) drops++
      }
      expect(drops).toBeGreaterThan(0)
      expect(g.status).toBe('fail')
    },
    120_000
  )

  itPy(
    'image attacks on a real digits classifier (8x8, integer pixels 0..16): the drop is the model\'s own on the reported images',
    async () => {
      const dir = ws()
      const { url } = await serve('logreg-digits', dir, 'strict', 'eval.jsonl')
      const report = await runOneGate(
        robustnessGate,
        {
          target: { kind: 'rest', url, body: { image: '{{image}}' }, 'score-path': '$.proba', 'loopback-only': true, concurrency: 4 },
          dataset: 'eval.jsonl',
          columns: { image: { type: 'image', shape: [8, 8], range: [0, 16], pixels: 'integer' } },
          'max-rows': 30,
          attacks: { 'image-noise': { epsilon: 0.25, trials: 3 }, 'image-decision': { queries: 120, 'max-distance': 1.5 } },
          fuzz: false,
          'max-accuracy-drop': 0.1
        },
        { workspace: dir, tempDir: dir }
      )
      const g = report.gates[0] as GateReport
      expect(g.errors).toEqual([])
      expect(g.checks.find((c) => c.name === 'robustness-dataset')!.details.columns).toEqual([{ name: 'image', type: 'image', range: [0, 16], shape: [8, 8], pixels: 'integer', layout: 'nested', frozen: false }])
      // The tabular and text attacks have nothing to move here, and say so.
      for (const id of ['noise', 'decision', 'text']) expect(g.checks.find((c) => c.name === 'robustness-attack' && c.target === id)!.outcome).toBe('skipped')
      const rows = readFileSync(path.join(dir, 'eval.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as { image: number[][]; label: number })
      const clean = g.checks.find((c) => c.name === 'robustness-clean')!.details as Record<string, number>
      for (const id of ['image-noise', 'image-decision']) {
        const d = g.checks.find((c) => c.name === 'robustness-attack' && c.target === id)!.details as Record<string, any>
        expect(d.inputs).toHaveLength(30)
        const preds = offline('logreg-digits', d.inputs.map((x: any) => x.input), dir)
        let correct = 0
        for (const [i, x] of (d.inputs as any[]).entries()) {
          expect(String(preds[i])).toBe(x.predicted)
          if (String(preds[i]) === x.label) correct++
          // Every image sent is 8x8 integers in [0, 16]; its size is recomputed from the file's row.
          const before = rows[x.row - 1].image.flat()
          const after = (x.input.image as number[][]).flat()
          expect(x.input.image).toHaveLength(8)
          expect(after).toHaveLength(64)
          for (const v of after) expect(Number.isInteger(v) && v >= 0 && v <= 16).toBe(true)
          const deltas = after.map((v, j) => Math.abs(v - before[j]) / 16)
          if (id === 'image-noise') expect(Math.max(...deltas)).toBeLessThanOrEqual(0.25)
          if (x.flipped) {
            expect(x.sizes.linf).toBeCloseTo(Math.max(...deltas), 5)
            expect(x.sizes.l2).toBeCloseTo(Math.sqrt(deltas.reduce((s, v) => s + v * v, 0)), 5)
            if (id === 'image-decision') expect(x.sizes.l2).toBeLessThanOrEqual(1.5)
          } else expect(x.predicted === x.label || x.clean !== x.label).toBe(true)
        }
        expect(d.robustAccuracy).toBeCloseTo(correct / 30, 12)
        expect(d.accuracyDrop).toBeCloseTo(clean.accuracy - correct / 30, 12)
        expect(d.medianL2).toEqual(expect.any(Number))
      }
      const decision = g.checks.find((c) => c.name === 'robustness-attack' && c.target === 'image-decision')!.details as Record<string, any>
      expect(decision.accuracyDrop).toBeGreaterThan(0.1)
      expect(g.status).toBe('fail')
      expect(g.findings.map((f) => f.ruleId)).toContain('robustness/image-decision')
      // A flipped example shows the 8x8 image as its numbers, before and after, and the pixels changed.
      const flip = g.checks.find((c) => c.name === 'robustness-flip' && c.details.attack === 'image-decision')!
      const pics = (flip.details.pictures as Record<string, { before: string[]; after: string[] }>).image
      expect(pics.before).toHaveLength(8)
      expect(pics.after[0].split(' ')).toHaveLength(8)
      expect(pics.before.join('\n')).toBe(rows[(flip.details.row as number) - 1].image.map((r) => r.join(' ')).join('\n'))
      expect((flip.details.changes as string[])[0]).toMatch(/^image\[\d\]\[\d\] \d+ -> \d+$/)
    },
    180_000
  )

  itPy(
    'text attacks flip a TF-IDF + logistic regression model within the readability bound, confirmed offline',
    async () => {
      const dir = ws()
      const { url } = await serve('text-sentiment', dir)
      const report = await runOneGate(
        robustnessGate,
        {
          target: { kind: 'rest', url, body: { text: '{{text}}' }, 'score-path': '$.proba', 'loopback-only': true, concurrency: 4 },
          dataset: 'eval.csv',
          'max-rows': 30,
          attacks: { noise: false, decision: false, text: { queries: 30, 'max-edit-rate': 0.34, 'max-edits': 2 } },
          fuzz: false,
          'max-accuracy-drop': 0.1
        },
        { workspace: dir, tempDir: dir }
      )
      const g = report.gates[0] as GateReport
      expect(g.errors).toEqual([])
      expect(g.checks.find((c) => c.name === 'robustness-dataset')!.details.columns).toEqual([{ name: 'text', type: 'text', frozen: false }])
      const d = g.checks.find((c) => c.name === 'robustness-attack' && c.target === 'text')!.details as Record<string, any>
      const preds = offline('text-sentiment', d.inputs.map((x: any) => x.input), dir)
      let correct = 0
      for (const [i, x] of (d.inputs as any[]).entries()) {
        expect(String(preds[i])).toBe(x.predicted)
        if (String(preds[i]) === x.label) correct++
        if (x.flipped) {
          // Readable: at most a third of the words changed, each edit listed.
          expect(x.distance).toBeLessThanOrEqual(0.34)
        }
      }
      expect(d.robustAccuracy).toBeCloseTo(correct / 30, 12)
      expect(d.accuracyDrop).toBeGreaterThan(0.1)
      expect(g.status).toBe('fail')
      const flip = g.checks.find((c) => c.name === 'robustness-flip')!
      expect((flip.details.changes as string[]).length).toBeGreaterThan(0)
    },
    120_000
  )

  itPy(
    'fuzzing fails a fragile endpoint and names the requests that broke it',
    async () => {
      const dir = ws()
      const { url } = await serve('forest-iris', dir, 'fragile')
      const report = await runOneGate(
        robustnessGate,
        { target: { kind: 'rest', url, 'loopback-only': true, retries: 0, 'timeout-seconds': 5 }, dataset: 'eval.csv', 'max-rows': 5, attacks: { noise: false, decision: false, text: false }, fuzz: { 'max-latency-ms': 3000 } },
        { workspace: dir, tempDir: dir }
      )
      const g = report.gates[0] as GateReport
      expect(g.status).toBe('fail')
      const byRule = Object.fromEntries(g.findings.map((f) => [f.ruleId, f]))
      expect(byRule['robustness/fuzz-server-error'].message).toMatch(/nan\/sepal_length \(HTTP 500/)
      expect(byRule['robustness/fuzz-broke-server'].severity).toBe('critical')
      // {} lacks every field: the process dies on it, and the report names that exact request.
      expect(byRule['robustness/fuzz-broke-server'].message).toMatch(/empty\/object \(no answer; body "\{\}"\)\. the known-good request got no answer/)
      // Malformed JSON raises in the handler: the connection is dropped without an answer.
      expect(byRule['robustness/fuzz-no-answer'].message).toMatch(/wrong-type\/sepal_length=string \(no answer/)
      const fuzz = g.checks.filter((c) => c.name === 'robustness-fuzz')
      expect(fuzz.find((c) => c.target === 'malformed/truncated')!.details).toMatchObject({ verdict: 'no-answer', status: null })
      expect(fuzz.find((c) => c.target === 'empty/object')!.details).toMatchObject({ verdict: 'broke-server', request: '{}' })
      // Everything after the crash is listed as not sent, never as passed.
      const notSent = fuzz.filter((c) => c.outcome === 'skipped').map((c) => c.target)
      expect(notSent).toEqual(expect.arrayContaining(['missing/sepal_length', 'missing/petal_width', 'content-type/xml']))
    },
    120_000
  )

  itPy(
    'fuzzing passes a robust endpoint, every case in the report',
    async () => {
      const dir = ws()
      const { url } = await serve('forest-iris', dir)
      const report = await runOneGate(
        robustnessGate,
        { target: { kind: 'rest', url, 'loopback-only': true }, dataset: 'eval.csv', 'max-rows': 5, attacks: { noise: false, decision: false, text: false }, fuzz: { 'health-check': 'end' } },
        { workspace: dir, tempDir: dir }
      )
      const g = report.gates[0] as GateReport
      const fuzz = g.checks.filter((c) => c.name === 'robustness-fuzz')
      expect(g.findings).toEqual([])
      expect(g.status).toBe('pass')
      expect(fuzz.length).toBeGreaterThan(50)
      for (const c of fuzz) expect(['rejected', 'accepted']).toContain(c.details.verdict)
      expect(fuzz.find((c) => c.target === 'nan/sepal_length')!.details).toMatchObject({ status: 400, verdict: 'rejected' })
      // Wrong methods: a JSON 405 (HEAD: the status alone), OPTIONS a 204.
      for (const m of ['GET', 'HEAD', 'PUT', 'PATCH', 'DELETE']) expect(fuzz.find((c) => c.target === `method/${m}`)!.details).toMatchObject({ method: m, status: 405, verdict: 'rejected' })
      expect(fuzz.find((c) => c.target === 'method/OPTIONS')!.details).toMatchObject({ status: 204, verdict: 'accepted' })
      expect(fuzz.find((c) => c.target === 'method/POST')).toBeUndefined()
    },
    120_000
  )

  itPy(
    'fuzzing with the wrong method fails an endpoint that answers GET with a 500, naming that request',
    async () => {
      const dir = ws()
      const { url } = await serve('forest-iris', dir, 'fragile-method')
      const report = await runOneGate(
        robustnessGate,
        { target: { kind: 'rest', url, 'loopback-only': true, retries: 0 }, dataset: 'eval.csv', 'max-rows': 5, attacks: { noise: false, decision: false, text: false }, fuzz: { 'health-check': 'each' } },
        { workspace: dir, tempDir: dir }
      )
      const g = report.gates[0] as GateReport
      expect(g.errors).toEqual([])
      expect(g.status).toBe('fail')
      // Only the wrong-method cases fail: the input handling is the strict server's.
      expect(g.findings.map((f) => f.ruleId)).toEqual(['robustness/fuzz-server-error'])
      const f = g.findings[0]
      expect(f.message).toMatch(/^rest POST http:\/\/127\.0\.0\.1:\d+\/predict: the endpoint answered with a server error \(5xx\)/)
      expect(f.message).toMatch(/method\/GET \(HTTP 500, \d+ ms; GET with no body\)/)
      expect(f.message).toMatch(/method\/PUT \(HTTP 501, \d+ ms; PUT with body "\{\\"sepal_length\\":/)
      expect(f.properties!.cases).toEqual(['method/GET', 'method/HEAD', 'method/PUT', 'method/PATCH', 'method/DELETE', 'method/OPTIONS'])
      const fuzz = g.checks.filter((c) => c.name === 'robustness-fuzz')
      expect(fuzz.find((c) => c.target === 'method/GET')).toMatchObject({ outcome: 'fail', details: { method: 'GET', status: 500, verdict: 'server-error', request: '', health: null } })
      // The server still answers the known-good request after each of them.
      for (const c of fuzz) expect(c.details.health).toBeNull()
      expect(fuzz.filter((c) => c.outcome === 'fail')).toHaveLength(6)
    },
    120_000
  )
})
