import { describe, expect, it } from '@jest/globals'
import { copyFile, mkdir, mkdtemp, realpath, symlink, writeFile } from 'node:fs/promises'
import { execFileSync } from 'node:child_process'
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
      ['format-check', 'models/w.safetensors', 'pass', 'safetensors'],
      ['discovery', '.', 'info', undefined]
    ])
    expect(r.summary).toBe('3 model files scanned (3 files looked at in the workspace)')
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

  it('is skipped, saying what it looked at, when the repository holds no model file', async () => {
    const ws = await workspace({})
    await mkdir(path.join(ws, 'models'))
    for (let i = 0; i < 19; i++) await writeFile(path.join(ws, `m${i}.py`), `import os\nprint(${i})\n`)
    const r = await modelsGate.run(ctx(ws))
    expect(r.skipped).toMatch(/^no model files found \(19 files looked at in the workspace\): nothing was checked/)
    expect(r.checks).toEqual([expect.objectContaining({ name: 'discovery', details: expect.objectContaining({ filesLookedAt: 19, modelFiles: 0 }) })])
    // configured paths holding only source code: scanned by content, none is a model
    await writeFile(path.join(ws, 'models/train.py'), 'import torch\n')
    await writeFile(path.join(ws, 'models/README.md'), 'c\nhello\n')
    const conf = await modelsGate.run(ctx(ws, { paths: ['models'] }))
    expect(conf.skipped).toMatch(/2 files looked at under models; 2 scanned by content were not model formats/)
  })

  it('finds models anywhere by extension, skipping virtualenvs, node_modules and git-ignored files', async () => {
    const ws = await workspace({
      'model.pkl': 'benign/logreg.pkl',
      'sample_model/rf.joblib': 'benign/forest.joblib',
      'course/week1/evil.bin': 'malicious/torch_zip.pt',
      'models/weights': 'benign/state_dict.pt',
      'env/lib/python3.11/site-packages/x/evil.pkl': 'malicious/os_system_p2.pkl',
      'myenv/lib/evil.pkl': 'malicious/os_system_p2.pkl',
      'node_modules/pkg/evil.pkl': 'malicious/os_system_p2.pkl',
      'build/out/evil.pkl': 'malicious/os_system_p2.pkl',
      'cache.pkl': 'malicious/os_system_p2.pkl'
    })
    await writeFile(path.join(ws, 'myenv/pyvenv.cfg'), 'home = /usr/bin\n')
    await writeFile(path.join(ws, 'train.py'), 'import torch\n')
    await writeFile(path.join(ws, '.gitignore'), 'build/\ncache.pkl\n')
    execFileSync('git', ['init', '-q'], { cwd: ws })
    const r = await modelsGate.run(ctx(ws))
    const scanned = r.checks.filter((c) => c.name !== 'discovery').map((c) => [c.target, c.outcome])
    expect(scanned).toEqual([
      ['course/week1/evil.bin', 'fail'],
      ['model.pkl', 'pass'],
      ['models/weights', 'pass'],
      ['sample_model/rf.joblib', 'pass']
    ])
    const d = r.checks.find((c) => c.name === 'discovery')!.details as { skipped: { virtualenv: number; gitignored: number }; gitIgnore: string }
    expect([d.skipped.virtualenv, d.gitIgnore]).toEqual([2, 'applied'])
    expect(r.summary).toMatch(/^4 model files scanned \(\d+ files looked at in the workspace\), 1 with blocking issues/)
  })

  it('makes a file over a limit that file\'s error and scans the rest', async () => {
    const ws = await workspace({ 'a.pkl': 'benign/logreg.pkl', 'b.pkl': 'benign/data_p2.pkl', 'c.pkl': 'malicious/os_system_p2.pkl' })
    const r = await modelsGate.run(ctx(ws, { limits: { 'max-pickle-mb': 0.0005 } }))
    expect(r.errors).toEqual([expect.stringMatching(/^a\.pkl: .*limit/)])
    expect(r.checks.filter((c) => c.name !== 'discovery').map((c) => [c.target, c.outcome])).toEqual([['a.pkl', 'error'], ['b.pkl', 'pass'], ['c.pkl', 'fail']])
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
