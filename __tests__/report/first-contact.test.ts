/** What a first run shows: gate counts that match the table, grouped findings, source-view links, skip reasons, the last line. */
import { describe, expect, it } from '@jest/globals'
import { finalLine } from '../../src/report/counts.js'
import { mergeReports } from '../../src/report/merge.js'
import { lineAnchor } from '../../src/report/paths.js'
import { gateCounts, renderSummary } from '../../src/report/summary.js'
import { renderText } from '../../src/report/text.js'
import { mkFinding, mkReport } from '../support/report.js'

const LONG = 'pickle.load(...) runs any code the pickled data names: a crafted file or byte string executes on load. '.repeat(3)

function firstRun() {
  const same = Array.from({ length: 34 }, (_, i) => mkFinding(i, { ruleId: 'pickle-load', severity: 'high', blocking: true, message: LONG, location: { path: i === 0 ? 'course/lesson.ipynb' : `src/m${i}.py`, startLine: 392 + i } }))
  return mkReport(
    [
      { id: 'code', status: 'fail', findings: same },
      { id: 'secrets', status: 'pass' },
      { id: 'dependencies', status: 'skipped', reason: 'no requirements file, pyproject.toml or Python lock file in the repository', summary: 'x' },
      { id: 'container', status: 'error', errors: ['trivy crashed'] },
      { id: 'models', status: 'skipped', reason: 'no model files found' },
      { id: 'data', status: 'skipped', reason: 'not configured' },
      { id: 'sarif', status: 'skipped', reason: 'not configured' }
    ],
    { status: 'error', context: { repository: 'o/r', sha: 'a'.repeat(40), serverUrl: 'https://github.com' } }
  )
}

describe('first-contact reports', () => {
  it('counts gates as the table shows them', () => {
    expect(gateCounts(firstRun())).toBe('Of 7 gates: 1 failed (code), 1 could not decide (container), 1 passed, 4 skipped.')
    expect(renderSummary(firstRun())).toContain('Of 7 gates: 1 failed (code), 1 could not decide (container), 1 passed, 4 skipped. 34 findings, 34 blocking.')
  })

  it('shows 34 identical findings as one row listing their places', () => {
    const md = renderSummary(firstRun())
    const rows = md.split('\n').filter((l) => l.includes('pickle-load'))
    expect(rows).toHaveLength(1)
    expect(rows[0]).toContain('(34 places)')
    expect(rows[0]).toContain('and 24 more')
    expect(md).toContain('**Blocking findings (34 in 1 rows):**')
    // Markdown and notebooks open in the source view at the line.
    expect(rows[0]).toContain('https://github.com/o/r/blob/' + 'a'.repeat(40) + '/course/lesson.ipynb?plain=1#L392')
    expect(rows[0]).toContain('/src/m1.py#L393)')
    const text = renderText(firstRun(), false)
    expect(text).toContain('code: 34 blocking (1 distinct)')
    expect(text.split('\n').filter((l) => l.includes('pickle-load'))).toHaveLength(1)
    expect(text).toContain('course/lesson.ipynb:392, src/m1.py:393, src/m10.py:402 +31 more  pickle-load')
  })

  it('the text output says why each gate was skipped', () => {
    const text = renderText(firstRun(), false)
    expect(text).toContain('dependencies: skipped: no requirements file, pyproject.toml or Python lock file in the repository')
    expect(text).toContain('models: skipped: no model files found')
  })

  it('the last line names errored and failed gates apart', () => {
    expect(finalLine(firstRun())).toBe('ai-secure-gates: could not decide: container errored (see the summary); blocking findings in code')
    const onlyError = mkReport([{ id: 'code', status: 'fail' }, { id: 'secrets', status: 'fail' }, { id: 'container', status: 'error' }])
    expect(finalLine(onlyError)).toBe('ai-secure-gates: could not decide: container errored (see the summary); blocking findings in code, secrets')
  })

  it('line anchors use the source view for rendered files only', () => {
    expect(lineAnchor('README.md', 3)).toBe('?plain=1#L3')
    expect(lineAnchor('nb/x.IPYNB', 3, 5)).toBe('?plain=1#L3-L5')
    expect(lineAnchor('a.py', 3)).toBe('#L3')
    expect(lineAnchor('a.md', null)).toBe('')
  })

  it('merging shard reports keeps a gap only where no other shard checked that gate', () => {
    const gap = (gate: string) => ({ gate, what: 'Dockerfile', reason: 'trivy is not installed', fix: 'x' })
    const a = mkReport([{ id: 'container', status: 'skipped', reason: 'not checked: trivy is not installed' }, { id: 'dependencies', status: 'skipped', reason: 'not checked' }], { notChecked: [gap('container'), gap('dependencies')] })
    const b = mkReport([{ id: 'container', status: 'pass' }, { id: 'dependencies', status: 'skipped', reason: 'not selected (gates input)' }])
    const merged = mergeReports([a, b]).report
    expect(merged.notChecked).toEqual([gap('dependencies')])
  })
})
