/**
 * The AI-BOM through the bundles: the action with input bom (output bom, job summary section), and
 * the bundled CLI's `run` then `bom --report` on the demo project. Each BOM is validated against the
 * official CycloneDX schema. A missing bundle fails these tests (npm run bundle).
 */
import { describe, expect, it } from '@jest/globals'
import { spawnSync } from 'node:child_process'
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { copyDemo, DIST, runAction } from '../support/action.js'
import { validateCycloneDx } from '../support/cyclonedx.js'

const CLI = path.resolve('dist/cli/index.js')

describe('the AI-BOM from the bundles', () => {
  it('the action writes bom.cdx.json (CycloneDX 1.7) with the gates\' results, sets the bom output and adds a summary section', async () => {
    expect(existsSync(DIST)).toBe(true)
    const ws = copyDemo()
    writeFileSync(path.join(ws, 'params.yaml'), 'train:\n  lr: 0.01\n  epochs: 5\n')
    const run = runAction({
      workspace: ws,
      inputs: { gates: 'models,data', bom: 'cyclonedx-1.7' },
      env: { GITHUB_RUN_ID: '4242', GITHUB_RUN_ATTEMPT: '1', GITHUB_WORKFLOW: 'release', GITHUB_ACTOR: 'alice', GITHUB_EVENT_NAME: 'release' }
    })
    expect(run.outputs.status).toBe('fail')
    expect(run.outputs.bom).toBe(path.join(run.dir, 'ai-secure-gates', 'bom.cdx.json'))
    const text = readFileSync(run.outputs.bom, 'utf8')
    expect(await validateCycloneDx(text)).toBeNull()
    const bom = JSON.parse(text)
    expect(bom.specVersion).toBe('1.7')
    const names = bom.metadata.properties.map((p: any) => `${p.name}=${p.value}`)
    expect(names).toContain('ai-secure-gates:gate:models:status=fail')
    expect(names).toContain('ai-secure-gates:gate:data:status=fail')
    expect(names).toContain('ai-secure-gates:gate:code:status=skipped')
    expect(bom.components.filter((c: any) => c.type === 'machine-learning-model').map((c: any) => c.name)).toEqual(['models/adapter.safetensors', 'models/classifier.pkl', 'models/encoder.safetensors'])
    expect(bom.metadata.component.externalReferences).toContainEqual({ type: 'build-meta', url: 'https://github.com/octo-org/ml-repo/actions/runs/4242/attempts/1', comment: expect.any(String) })
    const wf = bom.formulation[0].workflows[0]
    expect(wf.inputs.find((i: any) => i.parameters).parameters).toContainEqual({ name: 'train.lr', value: '0.01', dataType: 'number' })
    expect(wf.properties).toContainEqual({ name: 'ai-secure-gates:actor', value: 'alice' })
    expect(run.summary).toContain('### AI bill of materials')
    expect(run.summary).toMatch(/CycloneDX 1\.7: 3 model file\(s\), 2 dataset file\(s\), 8 Python package\(s\)/)
  })

  it('without input bom there is no BOM and the output is empty', () => {
    const run = runAction({ workspace: copyDemo(), inputs: { gates: 'models' } })
    expect(run.outputs.bom).toBe('')
    expect(existsSync(path.join(run.dir, 'ai-secure-gates', 'bom.cdx.json'))).toBe(false)
  })

  it('the bundled CLI: run --format json, then bom --report (CycloneDX 1.6)', async () => {
    expect(existsSync(CLI)).toBe(true)
    const ws = copyDemo()
    const report = path.join(ws, 'report.json')
    const r1 = spawnSync(process.execPath, [CLI, 'run', '--workspace', ws, '--gates', 'models,data', '--format', 'json', '-o', report], { encoding: 'utf8', timeout: 120_000 })
    expect(r1.status).toBe(1)
    const r2 = spawnSync(process.execPath, [CLI, 'bom', '--workspace', ws, '--report', report], { encoding: 'utf8', timeout: 120_000 })
    expect(r2.stderr).toMatch(/CycloneDX 1\.6 BOM: 3 model file\(s\)/)
    expect(r2.status).toBe(0)
    expect(await validateCycloneDx(r2.stdout)).toBeNull()
    const bom = JSON.parse(r2.stdout)
    const pkl = bom.components.find((c: any) => c.name === 'models/classifier.pkl')
    expect(pkl.properties).toContainEqual({ name: 'ai-secure-gates:format', value: 'pickle' })
    expect(bom.vulnerabilities.map((v: any) => v.id)).toContain('pickle/dangerous-global')
  })
})
