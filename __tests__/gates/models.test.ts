import { describe, expect, it } from '@jest/globals'
import { copyFile, mkdir, mkdtemp, realpath, symlink, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { silentLogger } from '../../src/engine/logger.js'
import type { GateContext } from '../../src/engine/types.js'
import { modelsConfigSchema, type ModelsConfig } from '../../src/gates/models/config.js'
import { modelsGate } from '../../src/gates/models/index.js'
import { writeLock } from '../../src/scanners/lock.js'
import { processRunner } from '../../src/tools/runner.js'

const CORPUS = path.join(process.cwd(), '__tests__/fixtures/models')

async function workspace(files: Record<string, string>): Promise<string> {
  const ws = await realpath(await mkdtemp(path.join(os.tmpdir(), 'models-gate-')))
  for (const [dest, src] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(ws, dest)), { recursive: true })
    await copyFile(path.join(CORPUS, src), path.join(ws, dest))
  }
  return ws
}

function ctx(ws: string, config: Partial<Record<keyof ModelsConfig, unknown>> = {}): GateContext<ModelsConfig> {
  return {
    workspace: ws,
    config: modelsConfigSchema.parse(config),
    tools: processRunner,
    logger: silentLogger,
    tempDir: os.tmpdir(),
    install: 'never',
    signal: new AbortController().signal,
    maskSecret: () => {}
  }
}

describe('models gate', () => {
  it('passes benign models and lists each file it scanned', async () => {
    const ws = await workspace({ 'models/net.pt': 'benign/state_dict.pt', 'models/w.safetensors': 'benign/model.safetensors', 'models/rf.joblib': 'benign/forest_xz.joblib' })
    const r = await modelsGate.run(ctx(ws))
    expect(r.errors).toEqual([])
    expect(r.findings).toEqual([])
    expect(r.checks.map((c) => [c.name, c.target, c.outcome, c.details.format])).toEqual([
      ['pickle-scan', 'models/net.pt', 'pass', 'pytorch-zip'],
      ['pickle-scan', 'models/rf.joblib', 'pass', 'xz > joblib'],
      ['format-check', 'models/w.safetensors', 'pass', 'safetensors']
    ])
    expect(r.checks[0].details.globals).toEqual(expect.arrayContaining(['torch._utils._rebuild_tensor_v2', 'collections.OrderedDict']))
  })

  it('reports a dangerous global with the file, the member and a line-free fingerprint', async () => {
    const ws = await workspace({ 'models/clf.pt': 'malicious/torch_zip.pt' })
    const r = await modelsGate.run(ctx(ws))
    const f = r.findings.find((x) => x.ruleId === 'pickle/dangerous-global')!
    expect(f).toMatchObject({ severity: 'critical', location: { path: 'models/clf.pt', startLine: null }, properties: { member: 'archive/data.pkl', global: 'posix.system' } })
    expect(f.fingerprintKey).toBe('archive/data.pkl\u0000posix.system')
    expect(r.checks[0]).toMatchObject({ name: 'pickle-scan', outcome: 'fail', details: { unsafeGlobals: ['archive/data.pkl: posix.system'] } })
    expect(r.summary).toMatch(/1 dangerous pickle global/)
  })

  it('honours allow-globals for unknown globals only, and forbid-pickle', async () => {
    const ws = await workspace({ 'models/own.pkl': 'malicious/unknown_module.pkl', 'models/data.pkl': 'benign/data_p4.pkl' })
    expect((await modelsGate.run(ctx(ws))).findings.map((f) => f.ruleId)).toEqual(['pickle/unknown-global'])
    expect((await modelsGate.run(ctx(ws, { 'allow-globals': ['evilpkg.loader.run'] }))).findings).toEqual([])
    const forbid = await modelsGate.run(ctx(ws, { 'allow-globals': ['evilpkg.**'], 'forbid-pickle': true }))
    expect(forbid.findings.map((f) => f.ruleId)).toEqual(['model/forbidden-pickle', 'model/forbidden-pickle'])
    expect(() => modelsConfigSchema.parse({ 'allow-globals': ['not a global'] })).toThrow()
  })

  it('makes an LFS pointer, a missing path and a limit an error, and reports symlinks', async () => {
    const ws = await workspace({ 'models/pytorch_model.bin': 'malicious/pytorch_model.bin' })
    await symlink('/etc/passwd', path.join(ws, 'models/link.pkl'))
    const r = await modelsGate.run(ctx(ws, { paths: ['models', 'weights'] }))
    expect(r.errors.join('\n')).toMatch(/Git LFS pointer/)
    expect(r.errors.join('\n')).toMatch(/"weights" does not exist/)
    expect(r.findings.map((f) => f.ruleId)).toEqual(['model/symlink'])
    const big = await workspace({ 'models/a.pkl': 'benign/logreg.pkl' })
    const lim = await modelsGate.run(ctx(big, { limits: { 'max-pickle-mb': 0.0001 } }))
    expect(lim.errors.join()).toMatch(/limit/)
    expect(lim.checks[0].outcome).toBe('error')
  })

  it('is skipped when there is nothing to scan', async () => {
    const ws = await workspace({})
    await mkdir(path.join(ws, 'models'))
    expect((await modelsGate.run(ctx(ws))).skipped).toMatch(/no files/)
  })

  it('verifies the hash lock: a tampered byte fails with both digests', async () => {
    const ws = await workspace({ 'models/net.pt': 'benign/state_dict.pt' })
    await writeLock({ workspace: ws, lockPath: 'models.lock.json', paths: ['models'] })
    expect((await modelsGate.run(ctx(ws))).findings).toEqual([])
    await writeFile(path.join(ws, 'models/net.pt'), Buffer.concat([Buffer.from('PK'), Buffer.alloc(10)]))
    const r = await modelsGate.run(ctx(ws, { lock: 'models.lock.json' }))
    const m = r.findings.find((f) => f.ruleId === 'lock/hash-mismatch')!
    expect(m.message).toMatch(/[0-9a-f]{64}[\s\S]*[0-9a-f]{64}/)
    expect(r.checks.some((c) => c.name === 'hash-lock')).toBe(true)
  })
})
