import { describe, expect, it } from '@jest/globals'
import { byteLength, escapeMarkdown } from '../../src/report/escape.js'
import { renderSummary } from '../../src/report/summary.js'
import { mkFinding, mkReport } from '../support/report.js'

describe('job summary', () => {
  it('shows the verdict, a gate table with counts and duration, and blocking findings linked to the commit', () => {
    const findings = [mkFinding(0), mkFinding(1), mkFinding(2)]
    const md = renderSummary(
      mkReport([{ id: 'code', findings, tool: { name: 'bandit', version: '1.6.2' } }, { id: 'models', status: 'skipped', reason: 'not configured' }], {
        context: { repository: 'org/repo', sha: 'abc123', serverUrl: 'https://github.com', root: 'svc' }
      })
    )
    expect(md).toMatch(/^## ❌ ai-secure-gates failed/)
    expect(md).toContain('| code | ❌ fail | 1 | 1 | 1 | 0 | 0 | 2 | 12 ms |')
    expect(md).toContain('[src/f0.py:1](https://github.com/org/repo/blob/abc123/svc/src/f0.py#L1)')
    expect(md).toContain('<details><summary>Other findings (1')
    expect(md).toContain('Skipped: models (not configured)')
    expect(md).toContain('Tool: bandit 1.6.2')
  })

  it('escapes everything that came from a tool', () => {
    const evil = mkFinding(0, { message: '<img src=x onerror=alert(1)> | [click](http://evil) @admin `code`', ruleId: '<b>R</b>' })
    const md = renderSummary(mkReport([{ id: 'code', findings: [evil] }]))
    expect(md).not.toContain('<img')
    expect(md).not.toContain('[click](http://evil)')
    expect(md).not.toContain('@admin')
    expect(md).not.toContain('<b>')
    expect(md).toContain('&#60;img')
    expect(escapeMarkdown('a|b')).toBe('a&#124;b')
  })

  it('bare URLs, #123, GH-1 and @mentions from findings are not live links or pings', () => {
    const md = escapeMarkdown('see https://evil.example/x www.evil.example #123 GH-7 @octocat &#60;')
    expect(md).not.toMatch(/https:\/\/|www\.|#1|GH-7|@octocat/)
    expect(md.replace(/\u2060/g, '')).toBe('see https://evil.example/x www.evil.example #123 GH-7 &#64;octocat &#38;#60;')
  })

  it('says how many findings were not annotated', () => {
    const md = renderSummary(mkReport([{ id: 'code', findings: [mkFinding(0)] }]), { annotationsOmitted: 37 })
    expect(md).toContain('37 findings were not annotated on the diff')
  })

  it('stays under the limit with a visible note of what was cut', () => {
    const findings = Array.from({ length: 8000 }, (_, i) => mkFinding(i, { message: 'x'.repeat(250), severity: i % 4 ? 'high' : 'low', blocking: i % 4 !== 0 }))
    const report = mkReport([{ id: 'code', findings, checks: findings.map((f) => ({ name: 'c', target: f.location.path, outcome: 'pass' as const, details: {} })) }])
    const full = renderSummary(report, { maxBytes: 100 * 1024 * 1024 })
    expect(byteLength(full)).toBeGreaterThan(1024 * 1024)
    const md = renderSummary(report)
    expect(byteLength(md)).toBeLessThanOrEqual(1024 * 1024)
    expect(md).toMatch(/shortened to stay under GitHub's 1 MiB limit/)
    expect(md).toMatch(/\d+ more blocking findings are not shown/)
    const small = renderSummary(report, { maxBytes: 50_000 })
    expect(byteLength(small)).toBeLessThanOrEqual(50_000)
    expect(small).toMatch(/blocking rows/)
  })

  it('shows why a gate errored', () => {
    const md = renderSummary(mkReport([{ id: 'code', status: 'error', errors: ['bandit exited with code 2\nstderr: <boom>'] }], { status: 'error' }))
    expect(md).toContain('could not decide (error)')
    expect(md).toContain('Why this gate could not decide')
    expect(md).toContain('&#60;boom&#62;')
  })
})
