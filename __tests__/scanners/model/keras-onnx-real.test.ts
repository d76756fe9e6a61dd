/**
 * Real Keras and ONNX files, written on the fly by Keras 3 and the onnx package (the venv
 * scripts/setup-test-env.sh makes) with a random seed (printed; set KERAS_ONNX_SEED to replay):
 *
 * - `.keras` zips and legacy `.h5` files of random architectures: the scanner flags exactly the
 *   Lambda layers (by name), in both formats, and nothing in the files without them. Keras's own
 *   loader, run by the generator (never by the scanner), shows what each flagged file is: safe_mode=True
 *   refuses it, and with safe_mode=False its bytecode runs.
 * - legacy `.h5` files rewritten with h5py as an attacker would (config keys reordered, a fixed-length
 *   attribute, a training_config naming os.system): still flagged.
 * - ONNX models: benign ones (external data beside the model, subgraphs, local functions, ai.onnx.ml,
 *   com.microsoft) pass; external data leaving the folder (`..`, absolute, a symlink out), custom-op
 *   domains, tensors whose bytes do not match their shape and truncated protobufs are findings.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { isBlocking, scanModelFile, type FileScanResult } from '../../../src/scanners/model/scan.js'

const PY = path.join(process.env.AI_SECURE_GATES_CACHE ?? path.join(os.homedir(), '.cache/ai-secure-gates'), 'keras-onnx-v1/bin/python')
const seed = Number(process.env.KERAS_ONNX_SEED ?? Math.floor(Math.random() * 2 ** 31))
const dir = mkdtempSync(path.join(os.tmpdir(), 'keras-onnx-'))

interface Entry {
  expect: string
  lambdas?: string[]
  format?: string
  safeModeRefused?: string | false
  ranWithSafeModeOff?: boolean
  unsafeLoadError?: string
  checker?: string
  why?: string
}
let manifest: Record<string, Entry> = {}
const results = new Map<string, FileScanResult>()

beforeAll(async () => {
  if (!existsSync(PY)) throw new Error(`${PY} is missing: run bash scripts/setup-test-env.sh (npm test does) to install the pinned Keras and onnx`)
  console.log(`real Keras and ONNX files: seed ${seed} (replay with KERAS_ONNX_SEED=${seed})`)
  // one round of architectures keeps the test under a minute on an idle machine (KERAS_QUICK)
  execFileSync(PY, [path.join(process.cwd(), 'scripts/gen-keras-onnx-models.py'), dir, String(seed)], { stdio: ['ignore', 'ignore', 'inherit'], timeout: 600_000, env: { ...process.env, KERAS_QUICK: '1' } })
  manifest = (JSON.parse(readFileSync(path.join(dir, 'MANIFEST.json'), 'utf8')) as { files: Record<string, Entry> }).files
  for (const rel of Object.keys(manifest).sort()) results.set(rel, await scanModelFile(path.join(dir, rel), rel))
}, 660_000)

afterAll(() => rmSync(dir, { recursive: true, force: true }))

const of = (prefix: string) => [...results].filter(([k]) => k.startsWith(prefix))
const explain = (r: FileScanResult) => `${r.path} [${r.format}] ${r.issues.map((i) => `${i.ruleId} ${i.severity} ${i.subject}`).join('; ')} ${r.errors.join('; ')}`

describe(`real Keras files (seed ${seed})`, () => {
  it('files without Lambda layers: nothing flagged, in both formats', () => {
    const benign = of('keras_benign/')
    expect(benign.length).toBeGreaterThanOrEqual(12)
    expect(new Set(benign.map(([, r]) => r.format))).toEqual(new Set(['keras', 'hdf5']))
    expect(benign.filter(([, r]) => r.issues.length || r.errors.length).map(([, r]) => explain(r))).toEqual([])
  })

  it('files with Lambda layers: exactly those layers flagged (critical), nothing else, in both formats', () => {
    const lam = of('keras_lambda/')
    expect(lam.length).toBeGreaterThanOrEqual(12)
    for (const [rel, r] of lam) {
      const flagged = r.issues.filter((i) => i.ruleId === 'keras/lambda-layer' && i.severity === 'critical').map((i) => i.subject).sort()
      expect([rel, flagged, r.issues.length]).toEqual([rel, [...manifest[rel].lambdas!].sort(), flagged.length])
      expect(isBlocking(r)).toBe(true)
    }
  })

  it("Keras's own loader: safe_mode=True refuses every Lambda file, safe_mode=False runs its bytecode", () => {
    const lam = Object.entries(manifest).filter(([k, v]) => k.startsWith('keras_') && v.expect === 'lambda')
    // a Python lambda: refused by safe mode itself; a named function: not found unless the loader registers it
    for (const [rel, v] of lam) {
      const named = v.lambdas!.includes('lambda_named_fn')
      expect([rel, v.safeModeRefused]).toEqual([rel, expect.stringMatching(named ? /Error: / : /ValueError: Requested the deserialization of a `Lambda` layer/)])
    }
    // the bytecode ran wherever Keras could rebuild the model (legacy .h5 with compile metrics fails first in Keras 3.15)
    const ran = lam.filter(([, v]) => v.ranWithSafeModeOff)
    expect(ran.length).toBeGreaterThanOrEqual(6)
    expect(ran.some(([k]) => k.endsWith('.h5')) && ran.some(([k]) => k.endsWith('.keras'))).toBe(true)
    // and the files without Lambda load with safe mode on (.keras; uncompiled .h5)
    const benignLoaded = Object.entries(manifest).filter(([k, v]) => k.startsWith('keras_benign/') && 'safeModeRefused' in v && (k.endsWith('.keras') || !k.includes('compiled')))
    expect(benignLoaded.length).toBeGreaterThan(0)
    for (const [rel, v] of benignLoaded) expect([rel, v.safeModeRefused]).toEqual([rel, false])
  })

  it('legacy .h5 rewritten by hand: reordered or fixed-length model_config, training_config naming os.system', () => {
    const r = (k: string) => results.get(`keras_crafted/${k}`)!
    for (const k of ['reordered_keys.h5', 'fixed_length.h5']) {
      expect(r(k).issues.map((i) => [i.ruleId, i.subject])).toEqual([['keras/lambda-layer', 'lambda_scale']])
      expect(manifest[`keras_crafted/${k}`].safeModeRefused).toMatch(/Lambda/)
    }
    expect(r('training_config_os_system.h5').issues.map((i) => [i.ruleId, i.severity, i.subject])).toEqual([['keras/foreign-module', 'critical', 'os.system']])
  })
})

describe(`real ONNX files (seed ${seed})`, () => {
  it('benign models pass, external data beside them included', () => {
    const benign = of('onnx_benign/')
    expect(benign.length).toBeGreaterThanOrEqual(10)
    for (const [rel] of benign) expect([rel, manifest[rel].checker]).toEqual([rel, 'ok'])
    expect(benign.filter(([, r]) => r.issues.length || r.errors.length || r.format !== 'onnx').map(([, r]) => explain(r))).toEqual([])
    expect(results.get('onnx_benign/external_0.onnx')!.members[0].note).toMatch(/stored as external data/)
  })

  it('hostile models: each is the finding it should be', () => {
    const rules = (k: string) => [...new Set(results.get(`onnx_hostile/${k}`)!.issues.map((i) => `${i.ruleId} ${i.severity}`))]
    for (const k of ['traversal.onnx', 'absolute.onnx', 'symlink.onnx', 'traversal_in_subgraph.onnx']) expect([k, rules(k)]).toEqual([k, ['onnx/external-data-path high']])
    for (const k of ['past_end.onnx', 'length_mismatch.onnx', 'raw_size.onnx', 'truncated.onnx']) expect([k, rules(k)]).toEqual([k, ['onnx/invalid-model high']])
    for (const k of ['custom_op.onnx', 'custom_op_in_loop.onnx']) expect([k, rules(k)]).toEqual([k, ['onnx/custom-op medium']])
    expect(results.get('onnx_hostile/custom_op_in_loop.onnx')!.issues[0].subject).toBe('com.evil.ops.Steal')
    // onnx's own checker agrees where it looks (it does not open external data or judge domains)
    for (const k of ['traversal.onnx', 'absolute.onnx', 'symlink.onnx', 'raw_size.onnx', 'truncated.onnx']) expect(manifest[`onnx_hostile/${k}`].checker).not.toBe('ok')
  })
})
