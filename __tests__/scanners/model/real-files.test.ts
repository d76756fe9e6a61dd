/**
 * No false alarm on files saved the way people save them: scripts/gen-real-models.py writes 200+
 * real files with torch (state dicts in several dtypes and the legacy format, TorchScript, optimizers,
 * schedulers, full checkpoints, raw tensors), joblib (every compression), numpy, h5py and pandas,
 * with shapes and values drawn from a random seed printed here (set MODELS_SEED to replay one).
 * None may block, none may error.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readdirSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { isBlocking, scanModelFile, type FileScanResult } from '../../../src/scanners/model/scan.js'

const PY = '/usr/bin/python3'
const seed = Number(process.env.MODELS_SEED ?? Math.floor(Math.random() * 2 ** 31))
const dir = mkdtempSync(path.join(os.tmpdir(), 'real-models-'))
const results = new Map<string, FileScanResult[]>()
let generated = ''

beforeAll(async () => {
  console.log(`real model files: seed ${seed} (replay with MODELS_SEED=${seed})`)
  generated = execFileSync(PY, [path.join(process.cwd(), 'scripts/gen-real-models.py'), dir, String(seed)], { encoding: 'utf8', timeout: 120_000 })
  for (const family of readdirSync(dir).sort()) {
    const list: FileScanResult[] = []
    for (const f of readdirSync(path.join(dir, family)).sort()) list.push(await scanModelFile(path.join(dir, family, f), `${family}/${f}`))
    results.set(family, list)
  }
}, 180_000)

afterAll(() => rmSync(dir, { recursive: true, force: true }))

const explain = (r: FileScanResult) => `${r.path} [${r.format}] ${r.issues.map((i) => `${i.ruleId} ${i.severity} ${i.member} ${i.subject}`).join('; ')} ${r.errors.join('; ')}`
const blocked = (families: string[]) =>
  families.flatMap((f) => results.get(f) ?? []).filter((r) => isBlocking(r) || r.globals.some((g) => g.verdict !== 'safe')).map(explain)

describe(`real files saved by torch, joblib, numpy, h5py and pandas (seed ${seed})`, () => {
  it('writes at least 200 files across the families', () => {
    const total = [...results.values()].reduce((n, l) => n + l.length, 0)
    expect(generated).toMatch(/total: \d+/)
    expect(total).toBeGreaterThanOrEqual(200)
    for (const f of ['torch_state_dict', 'torchscript', 'torch_ckpt', 'torch_opt', 'torch_sched', 'torch_tensors', 'joblib', 'numpy', 'hdf5', 'pandas']) expect([f, (results.get(f) ?? []).length > 0]).toEqual([f, true])
  })

  it('blocks none of the torch files (storages are raw bytes, never sniffed as pickles)', () => {
    expect(blocked(['torch_state_dict', 'torch_ckpt', 'torch_opt', 'torch_sched', 'torch_tensors', 'torch_rnn', 'torchscript'])).toEqual([])
    expect((results.get('torchscript') ?? []).map((r) => r.format)).toEqual(expect.arrayContaining(['torchscript-zip']))
    const zips = (results.get('torch_state_dict') ?? []).filter((r) => r.format === 'pytorch-zip')
    for (const r of zips) expect(r.members.find((m) => m.format === 'torch-storages')?.note).toMatch(/sizes checked/)
  })

  it('blocks none of the joblib files, whatever the compression', () => {
    expect(blocked(['joblib'])).toEqual([])
    const formats = new Set((results.get('joblib') ?? []).map((r) => r.format.split(' > ')[0]))
    expect([...formats].sort()).toEqual(expect.arrayContaining(['bz2', 'gzip', 'lz4', 'lzma', 'xz', 'zlib']))
  })

  it('blocks none of the numpy and HDF5 files', () => {
    expect(blocked(['numpy', 'hdf5'])).toEqual([])
  })

  // pandas internals (pandas._libs.arrays.__pyx_unpickle_NDArrayBacked, _new_DatetimeIndex, tslibs
  // offsets, pandas._libs.missing.NA, pytz._UTC) are not yet on the exact allowlist: that list is
  // the pickle VM's (src/scanners/pickle/globals.ts, being rebuilt from real files on its own
  // branch). Marked failing until then: when it starts passing, drop `.failing`.
  it('blocks none of the pandas files (categorical, datetime, tz, string, nullable dtypes)', () => {
    expect(blocked(['pandas'])).toEqual([])
  })
})
