/**
 * The demo project's AI-BOM, built from a real run of the models, data and evaluation gates (and the
 * dependencies gate's result parsed from real pip-audit output), validated against the official
 * CycloneDX 1.6 and 1.7 JSON schemas, and checked against the files themselves.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { createHash } from 'node:crypto'
import { mkdtempSync, readFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { buildBom } from '../../../src/release/bom/index.js'
import { silentLogger } from '../../../src/engine/logger.js'
import { runSession } from '../../../src/engine/session.js'
import { GATES } from '../../../src/gates/registry.js'
import { environmentRules } from '../../../src/release/policy/session-rules.js'
import type { Finding, GateReport, Report } from '../../../src/engine/types.js'
import { parsePipAudit } from '../../../src/parsers/pip-audit.js'
import { shutdownHashPool } from '../../../src/scanners/hash.js'
import { processRunner } from '../../../src/tools/runner.js'
import { copyDemo } from '../../support/action.js'
import { validateCycloneDx } from '../../support/cyclonedx.js'
import { FIXTURES, haveFixtures } from '../../support/fixtures.js'

let ws: string
let report: Report

const sha256 = (file: string): string => createHash('sha256').update(readFileSync(file)).digest('hex')
const props = (c: any): Record<string, string[]> => {
  const out: Record<string, string[]> = {}
  for (const p of c.properties ?? []) (out[p.name] ??= []).push(p.value)
  return out
}

/** The dependencies gate's result for the demo's requirements.txt, from real pip-audit 2.10 output. */
function dependenciesGate(): GateReport {
  const parsed = parsePipAudit(readFileSync(path.join(FIXTURES, 'pip-audit/vulns-with-aliases-and-descriptions.json'), 'utf8'), { path: 'requirements.txt' })
  const findings: Finding[] = parsed.findings.map((f, i) => ({ ...f, gate: 'dependencies', fingerprint: `fp${i}`, blocking: f.severity === 'high', suppressed: false, waiver: null }))
  return { id: 'dependencies', title: 'Python dependencies (pip-audit)', status: 'fail', summary: `${parsed.vulnerabilities} vulnerabilities`, durationMs: 1, tool: { name: 'pip-audit', version: '2.10.1' }, failOn: 'high', errors: [], checks: [], findings }
}

beforeAll(async () => {
  ws = copyDemo()
  const r = await runSession({
    registry: GATES,
    reportRules: environmentRules,
    workspace: ws,
    only: ['models', 'data', 'evaluation'],
    tools: processRunner,
    logger: silentLogger,
    tempDir: mkdtempSync(path.join(os.tmpdir(), 'asg-bom-')),
    install: 'never',
    maskSecret: () => {},
    context: { repository: 'octo/ml', sha: 'a'.repeat(40), event: 'push', root: '' }
  })
  report = r.report
  if (haveFixtures) report = { ...report, gates: [...report.gates.filter((g) => g.id !== 'dependencies'), dependenciesGate()] }
}, 120_000)

afterAll(shutdownHashPool)

describe('the demo project\'s AI-BOM', () => {
  it.each(['1.6', '1.7'] as const)('validates against the CycloneDX %s JSON schema (strict)', async (spec) => {
    const r = await buildBom({ workspace: ws, report, spec, env: {} })
    expect(r.bom.specVersion).toBe(spec)
    expect(await validateCycloneDx(r.text)).toBeNull()
    expect(r.noModels).toBeNull()
  })

  it('holds the model files with their hashes, formats, signature status, findings and a model card', async () => {
    const { bom } = await buildBom({ workspace: ws, report, env: {} })
    const comps = bom.components as any[]
    const pkl = comps.find((c) => c['bom-ref'] === 'model:models/classifier.pkl')
    expect(pkl.type).toBe('machine-learning-model')
    expect(pkl.hashes).toEqual([{ alg: 'SHA-256', content: sha256(path.join(ws, 'models/classifier.pkl')) }])
    const p = props(pkl)
    expect(p['ai-secure-gates:format']).toEqual(['pickle'])
    // the demo signs its two safetensors models and leaves the pickle unsigned (gates.models.signatures)
    expect(p['ai-secure-gates:signature']).toEqual(['unsigned'])
    expect(p['ai-secure-gates:finding:models'][0]).toMatch(/^pickle\/dangerous-global critical blocking: .*posix\.system/)
    expect(p['ai-secure-gates:check:models:hash-lock'][0]).toMatch(/^pass/)
    const st = comps.find((c) => c['bom-ref'] === 'model:models/encoder.safetensors')
    expect(props(st)['ai-secure-gates:format']).toEqual(['safetensors'])
    expect(props(st)['ai-secure-gates:signature']).toEqual(['verified'])
    const adapter = comps.find((c) => c['bom-ref'] === 'model:models/adapter.safetensors')
    expect(props(adapter)['ai-secure-gates:signature']).toEqual(['failed'])
    // the model card: the evaluation gate's current metrics, fairness with intervals, the exceeded limits
    const metrics = pkl.modelCard.quantitativeAnalysis.performanceMetrics as any[]
    expect(metrics).toContainEqual({ type: 'overall.accuracy', value: '0.87' })
    const dpd = metrics.find((m) => m.type === 'demographic-parity-difference' && m.slice === 'sex')
    expect(Number(dpd.value)).toBeCloseTo(0.1484, 3)
    expect(Number(dpd.confidenceInterval.lowerBound)).toBeLessThan(Number(dpd.value))
    expect(metrics.find((m) => m.type === 'selectionRate' && m.slice === 'sex=F')).toBeDefined()
    const risks = pkl.modelCard.considerations.fairnessAssessments as any[]
    expect(risks.map((r) => r.groupAtRisk)).toContain('sex=F')
    expect(risks[0].harms).toMatch(/fails (above|below)/)
    // the pickle finding is a vulnerability of that model
    const v = (bom.vulnerabilities as any[]).find((x) => x.id === 'pickle/dangerous-global')
    expect(v.affects).toEqual([{ ref: 'model:models/classifier.pkl' }])
    expect(v.ratings[0].severity).toBe('critical')
  })

  it('holds the datasets with their DVC md5, schema and drift results', async () => {
    const { bom } = await buildBom({ workspace: ws, report, env: {} })
    const ds = (bom.components as any[]).find((c) => c['bom-ref'] === 'data:data/incoming.jsonl')
    expect(ds.type).toBe('data')
    expect(ds.hashes[0].content).toBe(sha256(path.join(ws, 'data/incoming.jsonl')))
    const p = props(ds)
    const dvcMd5 = /md5: ([0-9a-f]{32})/.exec(readFileSync(path.join(ws, 'data/incoming.jsonl.dvc'), 'utf8'))![1]
    expect(p['ai-secure-gates:dvc:md5']).toEqual([dvcMd5])
    expect(p['ai-secure-gates:dvc:md5']).toEqual([createHash('md5').update(readFileSync(path.join(ws, 'data/incoming.jsonl'))).digest('hex')])
    expect(p['ai-secure-gates:data:schema']).toEqual(['data/schema.yml'])
    expect(p['ai-secure-gates:data:check:drift'].some((d) => /^fail \(column=val test=mean-shift/.test(d))).toBe(true)
    expect(p['ai-secure-gates:data:check:schema'][0]).toMatch(/^fail/)
    expect(ds.data).toContainEqual({ type: 'definition', name: 'data/schema.yml', contents: { url: 'data/schema.yml' }, description: expect.any(String) })
    const ref = (bom.components as any[]).find((c) => c['bom-ref'] === 'data:data/reference.jsonl')
    expect(props(ref)['ai-secure-gates:data:role']).toEqual(['reference'])
  })

  it('holds the Python packages with purls, and the dependencies gate\'s advisories against them', async () => {
    const { bom } = await buildBom({ workspace: ws, report, env: {} })
    const libs = (bom.components as any[]).filter((c) => c.type === 'library')
    expect(libs.find((c) => c.name === 'torch')).toMatchObject({ version: '2.0.1', purl: 'pkg:pypi/torch@2.0.1', 'bom-ref': 'pkg:pypi/torch@2.0.1' })
    if (!haveFixtures) return
    const v = (bom.vulnerabilities as any[]).find((x) => x.id === 'GHSA-wj6h-64fc-37mp')
    expect(v.affects).toEqual([{ ref: 'pkg:pypi/ecdsa@0.18.0' }])
    expect(v.references).toContainEqual({ id: 'CVE-2024-23342', source: { url: 'https://osv.dev/vulnerability/CVE-2024-23342' } })
    expect(v.source).toEqual({ name: 'GitHub Advisory Database', url: 'https://github.com/advisories/GHSA-wj6h-64fc-37mp' })
    expect(v.recommendation).toBe('No fixed version is available')
  })

  it('records every gate\'s result as evidence, and the formulation of the run', async () => {
    const env = { GITHUB_ACTIONS: 'true', GITHUB_RUN_ID: '991', GITHUB_RUN_ATTEMPT: '2', GITHUB_WORKFLOW: 'release', GITHUB_ACTOR: 'alice', GITHUB_TRIGGERING_ACTOR: 'bob', GITHUB_EVENT_NAME: 'workflow_dispatch', GITHUB_REF: 'refs/tags/v1', GITHUB_SERVER_URL: 'https://github.com' }
    const { bom, text } = await buildBom({ workspace: ws, report, env, params: ['eval/metrics.json'] })
    expect(await validateCycloneDx(text)).toBeNull()
    const meta = props((bom.metadata as any))
    for (const g of report.gates) {
      expect(meta[`ai-secure-gates:gate:${g.id}:status`]).toEqual([g.status])
      expect(meta[`ai-secure-gates:gate:${g.id}:summary`]).toEqual([g.summary.replace(/\s+/g, ' ').trim()])
    }
    expect(meta['ai-secure-gates:report:status']).toEqual([report.status])
    const root = (bom.metadata as any).component
    expect(root).toMatchObject({ name: 'octo/ml', version: 'a'.repeat(40) })
    expect(root.externalReferences).toContainEqual({ type: 'build-meta', url: 'https://github.com/octo/ml/actions/runs/991/attempts/2', comment: expect.any(String) })
    const wf = (bom.formulation as any[])[0].workflows[0]
    expect(wf).toMatchObject({ uid: 'github-run-991-2', name: 'release', trigger: { type: 'webhook', event: { description: 'push', properties: [{ name: 'ai-secure-gates:triggered-by', value: 'bob' }] } } })
    expect(props(wf)['ai-secure-gates:commit']).toEqual(['a'.repeat(40)])
    expect(props(wf)['ai-secure-gates:actor']).toEqual(['alice'])
    expect(wf.inputs).toContainEqual({ resource: { ref: 'data:data/incoming.jsonl' } })
    const params = wf.inputs.find((i: any) => i.parameters).parameters
    expect(params).toContainEqual({ name: 'overall.accuracy', value: '0.87', dataType: 'number' })
    expect(wf.outputs).toContainEqual({ resource: { ref: 'model:models/classifier.pkl' } })
  })

  it('takes the demo\'s params.yaml (DVC layout) as the hyperparameters by default', async () => {
    const { bom } = await buildBom({ workspace: ws, report, env: {} })
    const wf = (bom.formulation as any[])[0].workflows[0]
    expect(wf.inputs.find((i: any) => i.parameters).parameters).toEqual([
      { name: 'train.model', value: 'logistic-regression', dataType: 'string' },
      { name: 'train.C', value: '1', dataType: 'number' },
      { name: 'train.max_iter', value: '200', dataType: 'number' },
      { name: 'train.class_weight', value: 'balanced', dataType: 'string' },
      { name: 'data.test_split', value: '0.2', dataType: 'number' },
      { name: 'data.seed', value: '42', dataType: 'number' }
    ])
    expect(wf.properties).toContainEqual({ name: 'ai-secure-gates:params-file', value: 'params.yaml' })
  })
})
