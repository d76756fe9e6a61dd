import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { parse } from 'yaml'
import { evaluationGate } from '../../src/gates/evaluation/index.js'
import { gateContext } from '../support/gate-context.js'

const DEMO = path.resolve('examples/demo-project')

describe('the demo project: a deliberate regression and a deliberate disparity', () => {
  it('fails on overall accuracy, on the sex=F slice, and on the disparity by sex, and shows what passed', async () => {
    const block = parse(readFileSync(path.join(DEMO, '.github/ai-secure-gates.yml'), 'utf8')).gates.evaluation
    const r = await evaluationGate.run(gateContext(DEMO, evaluationGate.configSchema.parse(block)))
    expect(r.errors).toEqual([])
    const regressions = r.findings.filter((f) => f.ruleId === 'evaluation/regression').map((f) => (f.properties as any).metric)
    expect(regressions).toEqual(['overall.accuracy', 'slices.sex=F.accuracy'])
    const fairness = r.findings.filter((f) => f.ruleId.startsWith('fairness/')).map((f) => `${f.ruleId} ${(f.properties as any).features}`)
    expect(fairness).toEqual([
      'fairness/demographic-parity-difference sex',
      'fairness/demographic-parity-ratio sex',
      'fairness/equalized-odds-difference sex',
      'fairness/demographic-parity-difference sex & age_band',
      'fairness/demographic-parity-ratio sex & age_band',
      'fairness/equalized-odds-difference sex & age_band'
    ])
    // What passed is listed too: f1 rose, loss fell, the age bands are treated alike.
    expect(r.checks.filter((c) => c.name === 'metric' && c.outcome === 'pass').map((c) => c.details.metric)).toEqual(['overall.f1', 'overall.loss', 'slices.sex=M.accuracy'])
    expect(r.checks.filter((c) => c.name === 'fairness' && (c.details.features as string[]).join() === 'age_band' && c.outcome === 'pass')).toHaveLength(3)
    expect(r.summary).toBe('5 metrics compared with the baseline, 2 regressed; fairness: 9 limits checked, 6 exceeded')
  })
})
