import { describe, expect, it } from '@jest/globals'
import { planAnnotations } from '../../src/report/annotations.js'
import { mkFinding, mkReport } from '../support/report.js'

describe('annotations', () => {
  it('puts blocking findings first, respects the per-step caps and counts the rest', () => {
    const findings = Array.from({ length: 60 }, (_, i) => mkFinding(i))
    const plan = planAnnotations(mkReport([{ id: 'code', findings }]))
    const levels = plan.annotations.map((a) => a.level)
    expect(levels.filter((l) => l === 'error')).toHaveLength(10)
    expect(levels.filter((l) => l === 'warning')).toHaveLength(10)
    expect(levels.filter((l) => l === 'notice')).toHaveLength(10)
    expect(plan.omitted).toBe(30)
    expect(plan.annotations[0].finding.severity).toBe('critical')
    expect(plan.annotations.slice(0, 10).every((a) => a.finding.blocking)).toBe(true)
  })

  it('carries file, line, column and title, prefixed with the workspace folder', () => {
    const f = mkFinding(1, { location: { path: 'a.py', startLine: 3, endLine: 3, startColumn: 5, endColumn: 9 } })
    const [a] = planAnnotations(mkReport([{ id: 'code', findings: [f] }], { context: { root: 'ml' } })).annotations
    expect(a.properties).toEqual({ title: 'code: R1 (high, blocking)', file: 'ml/a.py', startLine: 3, endLine: 3, startColumn: 5, endColumn: 9 })
  })

  it('drops columns on multi-line findings and skips waived ones', () => {
    const multi = mkFinding(1, { location: { path: 'a.py', startLine: 3, endLine: 6, startColumn: 5 } })
    const waived = mkFinding(2, { suppressed: true, blocking: false })
    const plan = planAnnotations(mkReport([{ id: 'code', findings: [multi, waived] }]))
    expect(plan.annotations).toHaveLength(1)
    expect(plan.annotations[0].properties.startColumn).toBeUndefined()
  })
})
