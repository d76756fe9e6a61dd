/**
 * The AI-BOM on bad and unusual input: hostile file names, symlinks, a large file (streamed hash),
 * no models, params files (nested, MLflow, secrets, broken), lock files, signature status from the
 * models gate, and report files that are not reports. Every BOM built is validated against the
 * official CycloneDX schema.
 */
import { afterAll, afterEach, beforeEach, describe, expect, it, jest } from '@jest/globals'
import { createHash } from 'node:crypto'
import { execFileSync } from 'node:child_process'
import { createReadStream, cpSync, existsSync, mkdirSync, symlinkSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { buildBom } from '../../../src/release/bom/index.js'
import { signatureStatus } from '../../../src/release/bom/models.js'
import { parseRequirements } from '../../../src/release/bom/python.js'
import { readReportFile } from '../../../src/release/bom/report-file.js'
import { cli } from '../../../src/cli/main.js'
import type { GateReport, Report } from '../../../src/engine/types.js'
import { shutdownHashPool } from '../../../src/scanners/hash.js'
import { validateCycloneDx } from '../../support/cyclonedx.js'
import { tempWorkspaces } from '../../support/temp-workspace.js'

const { ws, cleanup } = tempWorkspaces('asg-bom-')
afterAll(async () => {
  await shutdownHashPool()
  cleanup()
})

const props = (c: any): Record<string, string[]> => {
  const out: Record<string, string[]> = {}
  for (const p of c?.properties ?? []) (out[p.name] ??= []).push(p.value)
  return out
}

function gate(id: string, over: Partial<GateReport>): GateReport {
  return { id, title: id, status: 'pass', summary: 'ok', durationMs: 1, tool: null, failOn: 'high', errors: [], checks: [], findings: [], ...over }
}
const reportOf = (gates: GateReport[]): Report => ({ schemaVersion: 1, tool: { name: 'ai-secure-gates', version: '0.1.0' }, status: 'pass', notChecked: [], gates, waivers: [] })

describe('file names, symlinks and size', () => {
  const hostile = ['models/a\nb.pkl', 'models/q"uote%20 x.bin', 'models/rtl\u202Eexe.pt', 'models/br[1].pkl', 'models/colon:name.onnx', 'models/<img src=x>.gguf']

  it('lists every hostile name exactly, escapes it in the JSON, leaves symlinks out, and stays valid', async () => {
    const dir = ws(Object.fromEntries([...hostile.map((h) => [h, 'x']), ['data/we ird#1.csv', 'a,b\n1,2\n'], ['.github/ai-secure-gates.yml', 'version: 1\ngates:\n  data:\n    datasets:\n      - path: "data/we ird#1.csv"\n']]))
    symlinkSync('/etc/passwd', path.join(dir, 'models/link.pkl'))
    const r = await buildBom({ workspace: dir, report: null, env: {} })
    expect(await validateCycloneDx(r.text)).toBeNull()
    const names = (r.bom.components as any[]).filter((c) => c.type === 'machine-learning-model').map((c) => c.name)
    expect(names.sort()).toEqual([...hostile].sort())
    expect(r.text).not.toMatch(/\u202E/)
    expect(r.text).toContain('rtl\\u202eexe.pt')
    expect(r.notes).toContain('models/link.pkl: a symlink, not followed or listed')
    const ds = (r.bom.components as any[]).find((c) => c.type === 'data')
    expect(ds.data[0].contents.url).toBe('data/we%20ird%231.csv')
    expect(props(r.bom.metadata)['ai-secure-gates:report'][0]).toMatch(/^none: /)
  })

  it('takes the report\'s file names literally (a name with glob syntax is not a pattern)', async () => {
    const dir = ws({ 'models/br[1].pkl': 'x', 'models/b1.pkl': 'y' })
    const report = reportOf([gate('models', { checks: [{ name: 'pickle-scan', target: 'models/br[1].pkl', outcome: 'pass', details: { format: 'pickle' } }, { name: 'pickle-scan', target: 'models/gone.pkl', outcome: 'pass', details: {} }] })])
    const r = await buildBom({ workspace: dir, report, env: {} })
    expect((r.bom.components as any[]).filter((c) => c.type === 'machine-learning-model').map((c) => c.name)).toEqual(['models/br[1].pkl'])
    expect(r.notes).toContain('models/gone.pkl: no longer in the workspace; not listed')
  })

  it('hashes a 48 MiB model in the worker pool (streamed) to the same SHA-256 as node:crypto', async () => {
    const dir = ws({})
    mkdirSync(path.join(dir, 'models'))
    const big = Buffer.alloc(48 * 1024 * 1024)
    for (let i = 0; i < big.length; i += 4096) big[i] = i & 0xff
    writeFileSync(path.join(dir, 'models/big.safetensors'), big)
    const expected = await new Promise<string>((resolve) => {
      const h = createHash('sha256')
      createReadStream(path.join(dir, 'models/big.safetensors')).on('data', (d) => h.update(d)).on('end', () => resolve(h.digest('hex')))
    })
    const r = await buildBom({ workspace: dir, report: null, env: {} })
    const m = (r.bom.components as any[])[0]
    expect(m.hashes).toEqual([{ alg: 'SHA-256', content: expected }])
    expect(props(m)['ai-secure-gates:size']).toEqual([String(big.length)])
  })
})

describe('a BOM with no models', () => {
  let out = ''
  let err = ''
  beforeEach(() => {
    out = ''
    err = ''
    jest.spyOn(process.stdout, 'write').mockImplementation((s: any) => ((out += String(s)), true))
    jest.spyOn(process.stderr, 'write').mockImplementation((s: any) => ((err += String(s)), true))
  })
  afterEach(() => {
    jest.restoreAllMocks()
  })

  it('is still a valid BOM, says where it looked and the fix, and the CLI exits 2 unless --allow-no-models', async () => {
    const dir = ws({ 'requirements.txt': 'numpy==1.26.4\n' })
    const r = await buildBom({ workspace: dir, report: null, env: {} })
    expect(await validateCycloneDx(r.text)).toBeNull()
    expect(r.noModels).toMatch(/^no model files: the models gate examined none \(it is not in the report\) and there are none under models\. Set gates\.models\.paths/)
    expect(props(r.bom.metadata)['ai-secure-gates:note'][0]).toMatch(/^no model files/)
    expect(await cli(['bom', '--workspace', dir])).toBe(2)
    expect(JSON.parse(out).components[0].purl).toBe('pkg:pypi/numpy@1.26.4')
    expect(err).toMatch(/error: no model files/)
    out = ''
    expect(await cli(['bom', '--workspace', dir, '--allow-no-models', '--spec', 'cyclonedx-1.7'])).toBe(0)
    expect(JSON.parse(out).specVersion).toBe('1.7')
    expect(err).toMatch(/warning: no model files/)
  })

  it('rejects a bad --spec, and a --report that is not a report, naming the file and the key', async () => {
    const dir = ws({ 'models/m.onnx': 'x', 'r.json': '{"schemaVersion":1,"status":"pass","gates":[{"id":"models"}]}', 'bad.json': 'not json' })
    expect(await cli(['bom', '--workspace', dir, '--spec', '1.5'])).toBe(2)
    expect(err).toMatch(/--spec must be 1\.6 or 1\.7 \(got "1\.5"\)/)
    await expect(readReportFile(path.join(dir, 'r.json'))).rejects.toThrow(/r\.json is not an ai-secure-gates JSON report: at gates\.0\.status: /)
    await expect(readReportFile(path.join(dir, 'bad.json'))).rejects.toThrow(/bad\.json is not JSON/)
    await expect(readReportFile(path.join(dir, 'missing.json'))).rejects.toThrow(/missing\.json cannot be read: .*run --format json/)
  })
})

describe('hyperparameters', () => {
  it('flattens params.yaml (DVC) by default, masks secrets in it, and reads an MLflow run folder', async () => {
    const dir = ws({
      'models/m.onnx': 'x',
      'params.yaml': 'train:\n  lr: 0.001\n  epochs: 20\n  layers: [64, 32]\n  api_key: "sk-proj-abcdefghijklmnopqrstuvwxyz0123456789"\nseed: 42\n',
      'mlruns/0/abc123/params/batch_size': '128\n',
      'mlruns/0/abc123/params/optimizer': 'adam'
    })
    let r = await buildBom({ workspace: dir, report: null, env: {} })
    expect(await validateCycloneDx(r.text)).toBeNull()
    let wf = (r.bom.formulation as any[])[0].workflows[0]
    let params = wf.inputs.find((i: any) => i.parameters).parameters
    expect(params).toEqual(
      expect.arrayContaining([
        { name: 'train.lr', value: '0.001', dataType: 'number' },
        { name: 'train.layers.1', value: '32', dataType: 'number' },
        { name: 'seed', value: '42', dataType: 'number' }
      ])
    )
    expect(params.find((p: any) => p.name === 'train.api_key').value).toBe('sk-p****')
    expect(r.text).not.toContain('abcdefghijklmnop')
    expect(props(wf)['ai-secure-gates:params-file']).toEqual(['params.yaml'])
    r = await buildBom({ workspace: dir, report: null, env: {}, params: ['mlruns/0/abc123'] })
    wf = (r.bom.formulation as any[])[0].workflows[0]
    params = wf.inputs.find((i: any) => i.parameters).parameters
    expect(params).toEqual([{ name: 'batch_size', value: '128', dataType: 'string' }, { name: 'optimizer', value: 'adam', dataType: 'string' }])
  })

  it('reads the params of a run that MLflow 3.17 itself logged to its file store (real mlflow-skinny)', async () => {
    const py = path.join(process.env.AI_SECURE_GATES_CACHE ?? path.join(os.homedir(), '.cache/ai-secure-gates'), 'mlflow-skinny-3.17.2/bin/python')
    if (!existsSync(py)) throw new Error(`mlflow-skinny is not installed at ${py}: run bash scripts/setup-test-env.sh (npm test runs it first)`)
    const dir = ws({ 'models/m.onnx': 'x' })
    const script = [
      'import json, sys, mlflow',
      'mlflow.set_tracking_uri("file:" + sys.argv[1] + "/mlruns")',
      'with mlflow.start_run() as r:',
      '    mlflow.log_params({"lr": 0.003, "optimizer": "adamw", "layers": [64, 32], "model/depth": 12})',
      'run = mlflow.get_run(r.info.run_id)',
      'print(json.dumps({"path": f"mlruns/{r.info.experiment_id}/{r.info.run_id}", "params": run.data.params}))'
    ].join('\n')
    const out = JSON.parse(execFileSync(py, ['-c', script, dir], { encoding: 'utf8', env: { ...process.env, MLFLOW_ALLOW_FILE_STORE: 'true' }, timeout: 120_000 }))
    const r = await buildBom({ workspace: dir, report: null, env: {}, params: [out.path] })
    expect(await validateCycloneDx(r.text)).toBeNull()
    const params = (r.bom.formulation as any[])[0].workflows[0].inputs.find((i: any) => i.parameters).parameters
    expect(Object.fromEntries(params.map((p: any) => [p.name, p.value]))).toEqual(out.params)
  }, 120_000)

  it('a missing, broken or outside params file is an error naming it', async () => {
    const dir = ws({ 'models/m.onnx': 'x', 'bad.yaml': 'a: [1, 2\n', 'folder/x': '' })
    await expect(buildBom({ workspace: dir, report: null, env: {}, params: ['nope.yaml'] })).rejects.toThrow(/params file nope\.yaml does not exist in the workspace/)
    await expect(buildBom({ workspace: dir, report: null, env: {}, params: ['bad.yaml'] })).rejects.toThrow(/params file bad\.yaml: not valid YAML/)
    await expect(buildBom({ workspace: dir, report: null, env: {}, params: ['../../etc/passwd'] })).rejects.toThrow(/outside the workspace/)
    await expect(buildBom({ workspace: dir, report: null, env: {}, params: ['folder'] })).rejects.toThrow(/folder is a folder without a params\/ folder/)
  })
})

describe('Python packages', () => {
  it('parses pinned, unpinned, extras, markers, options and URLs in requirements files', () => {
    expect(
      parseRequirements('# c\nnumpy==1.26.4  # pinned\nTorch[cuda] == 2.0.1 ; python_version > "3.8"\nrequests>=2\n-r other.txt\n--index-url https://x\ngit+https://github.com/a/b\nfoo @ https://x/foo.whl\nbar===1.0+local \\\n  --hash=sha256:abc\n./local\nbaz==1.*\n')
    ).toEqual([
      { name: 'numpy', version: '1.26.4', requirement: 'numpy ==1.26.4' },
      { name: 'Torch', version: '2.0.1', requirement: 'Torch[cuda] == 2.0.1' },
      { name: 'requests', version: null, requirement: 'requests >=2' },
      { name: 'foo', version: null, requirement: 'foo @ https://x/foo.whl' },
      { name: 'bar', version: '1.0+local', requirement: 'bar ===1.0+local' },
      { name: 'baz', version: null, requirement: 'baz ==1.*' }
    ])
  })

  it('lists every index package of a real uv.lock with its purl, and the project itself is left out with the reason', async () => {
    const dir = ws({ 'models/m.onnx': 'x' })
    cpSync(path.resolve('__tests__/fixtures/locks/uv/uv.lock'), path.join(dir, 'uv.lock'))
    const r = await buildBom({ workspace: dir, report: null, env: {} })
    expect(await validateCycloneDx(r.text)).toBeNull()
    const libs = (r.bom.components as any[]).filter((c) => c.type === 'library')
    expect(libs.find((c) => c.name === 'certifi')).toMatchObject({ version: '2026.10.19.post1', purl: 'pkg:pypi/certifi@2026.10.19.post1' })
    expect(libs.find((c) => c.name === 'demo-app')).toBeUndefined()
    expect(r.notes).toContain('uv.lock: demo-app not listed (the project itself (virtual source))')
  })
})

describe('vulnerabilities', () => {
  it('a waived advisory is in triage with the waiver\'s reason; a package only pip-audit saw is added with its purl', async () => {
    const dir = ws({ 'models/m.onnx': 'x', 'requirements.txt': 'flask==2.2.2\n' })
    const base = { gate: 'dependencies', severity: 'high' as const, location: { path: 'requirements.txt', startLine: 1 }, blocking: false, suppressed: false }
    const report = reportOf([
      gate('dependencies', {
        status: 'fail',
        findings: [
          { ...base, ruleId: 'PYSEC-2023-62', message: 'flask 2.2.2 is affected by PYSEC-2023-62', fingerprint: 'a', aliases: ['CVE-2023-30861', 'GHSA-m2qf-hxjv-5gpq'], properties: { tool: 'pip-audit', package: 'flask', installedVersion: '2.2.2', fixVersions: ['2.2.5', '2.3.2'] }, waiver: { gate: 'dependencies', rule: 'PYSEC-2023-62', reason: 'no session cookies behind a caching proxy', expires: '2027-01-31' } },
          { ...base, ruleId: 'GHSA-xxxx-yyyy-zzzz', message: 'Werkzeug 2.2.2 is affected', fingerprint: 'b', blocking: true, waiver: null, properties: { tool: 'pip-audit', package: 'Werkzeug', installedVersion: '2.2.2', fixVersions: [] } }
        ]
      })
    ])
    const r = await buildBom({ workspace: dir, report, env: {} })
    expect(await validateCycloneDx(r.text)).toBeNull()
    const vs = r.bom.vulnerabilities as any[]
    const flask = vs.find((v) => v.id === 'PYSEC-2023-62')
    expect(flask).toMatchObject({ source: { name: 'PyPA Advisory Database' }, affects: [{ ref: 'pkg:pypi/flask@2.2.2' }], recommendation: 'Upgrade flask to 2.2.5 or 2.3.2', analysis: { state: 'in_triage', detail: 'waived until 2027-01-31: no session cookies behind a caching proxy' } })
    expect(flask.references).toContainEqual({ id: 'GHSA-m2qf-hxjv-5gpq', source: { url: 'https://github.com/advisories/GHSA-m2qf-hxjv-5gpq' } })
    const wz = vs.find((v) => v.id === 'GHSA-xxxx-yyyy-zzzz')
    expect(wz.analysis).toBeUndefined()
    expect(wz.affects).toEqual([{ ref: 'pkg:pypi/werkzeug@2.2.2' }])
    const lib = (r.bom.components as any[]).find((c) => c.purl === 'pkg:pypi/werkzeug@2.2.2')
    expect(props(lib)['ai-secure-gates:python:source']).toEqual(['pip-audit (requirements.txt)'])
  })
})

describe('signature status from the models gate', () => {
  const sig = (outcome: 'pass' | 'fail' | 'error', target: string, details: Record<string, unknown> = {}) => gate('models', { checks: [{ name: 'signature', target, outcome, details }] })
  it('reads verified, failed, unsigned, invalid and error; says "not checked" with the reason otherwise', () => {
    expect(signatureStatus(undefined, 'models/a.bin')).toEqual({ status: 'not checked', detail: 'the models gate did not run' })
    expect(signatureStatus(gate('models', {}), 'models/a.bin').status).toBe('not checked')
    expect(signatureStatus(sig('pass', 'models', { method: 'key', signer: 'ci@example.com', bundle: 'models.sig' }), 'models/a.bin')).toEqual({
      status: 'verified',
      detail: 'signature on models: pass (method=key signer=ci@example.com bundle=models.sig)',
      method: 'key',
      signer: 'ci@example.com',
      bundle: 'models.sig'
    })
    expect(signatureStatus(sig('fail', 'models/a.bin', { status: 'failed' }), 'models/a.bin').status).toBe('failed')
    expect(signatureStatus(sig('fail', 'models/a.bin', { status: 'unsigned' }), 'models/a.bin').status).toBe('unsigned')
    expect(signatureStatus(sig('fail', 'models/a.bin'), 'models/a.bin').status).toBe('invalid')
    expect(signatureStatus(sig('error', 'models/x', { files: ['models/a.bin'] }), 'models/a.bin').status).toBe('error')
    expect(signatureStatus(sig('pass', 'models/other.bin'), 'models/a.bin').status).toBe('not checked')
    expect(signatureStatus(gate('models', { status: 'skipped', reason: 'disabled' }), 'm').detail).toBe('the models gate was skipped: disabled')
    const outside = gate('models', { findings: [{ gate: 'models', ruleId: 'signature/unsigned', severity: 'high', message: 'models/a.bin is a model file outside every signed model', location: { path: 'models/a.bin', startLine: null }, fingerprint: 'f', blocking: true, suppressed: false, waiver: null }] })
    expect(signatureStatus(outside, 'models/a.bin')).toEqual({ status: 'unsigned', detail: 'models/a.bin is a model file outside every signed model' })
  })

  it('puts the status, signer and bundle on the model component, and the bundle as a digital-signature reference (valid 1.6 and 1.7)', async () => {
    const dir = ws({ 'models/clf/weights.safetensors': 'w', 'models/clf/config.json': '{}', 'models/clf.sig': '{}' })
    const report = reportOf([
      gate('models', {
        checks: [
          { name: 'format-check', target: 'models/clf/weights.safetensors', outcome: 'pass', details: { format: 'safetensors' } },
          { name: 'format-check', target: 'models/clf/config.json', outcome: 'pass', details: { format: 'json' } },
          { name: 'signature', target: 'models/clf', outcome: 'pass', details: { model: 'models/clf', bundle: 'models/clf.sig', status: 'verified', method: 'keyless', signer: 'https://github.com/o/r/.github/workflows/sign.yml@refs/heads/main', issuer: 'https://token.actions.githubusercontent.com', matched: 2, problems: [] } }
        ]
      })
    ])
    for (const spec of ['1.6', '1.7'] as const) {
      const r = await buildBom({ workspace: dir, report, env: {}, spec })
      expect(await validateCycloneDx(r.text)).toBeNull()
      const w = (r.bom.components as any[]).find((c) => c.name === 'models/clf/weights.safetensors')
      const p = props(w)
      expect(p['ai-secure-gates:signature']).toEqual(['verified'])
      expect(p['ai-secure-gates:signature:method']).toEqual(['keyless'])
      expect(p['ai-secure-gates:signature:issuer']).toEqual(['https://token.actions.githubusercontent.com'])
      expect(w.externalReferences).toEqual([{ type: 'digital-signature', url: 'models/clf.sig', comment: 'signature bundle (verified)' }])
    }
  })
})
