import { expect, it } from '@jest/globals'
import { parseGitleaks } from '../../src/parsers/gitleaks.js'
import { describeWithFixtures, fixture } from '../support/fixtures.js'

describeWithFixtures('gitleaks reports (real gitleaks output, ../shared/fixtures/gitleaks)', () => {
  it('v8 JSON reporter output: rule, file, line; the secret is kept out of the finding', () => {
    const [leak] = parseGitleaks(fixture('gitleaks/json_simple.json'))
    expect(leak.finding).toMatchObject({ ruleId: 'gitleaks/test-rule', severity: 'critical', location: { path: 'auth.py', startLine: 1, endLine: 2, startColumn: 1 } })
    expect(leak.secret).toBe('a secret')
    expect(JSON.stringify(leak.finding)).not.toContain('a secret')
    expect(JSON.stringify(leak.finding)).not.toContain('line containing secret')
    expect(leak.finding.properties).not.toHaveProperty('commit') // all-zero commit = no commit
    expect(leak.finding.fingerprintKey).toMatch(/^secret:[0-9a-f]{32}$/)
  })
  it('a redacted real scan: no secret to mask, commit kept, distinct findings per line', () => {
    const leaks = parseGitleaks(fixture('gitleaks/baseline-real-scan-redacted.json'))
    expect(leaks.map((l) => [l.finding.ruleId, l.finding.location.path, l.finding.location.startLine, l.secret])).toEqual([
      ['gitleaks/pypi-upload-token', 'detect/detect_test.go', 32, null],
      ['gitleaks/pypi-upload-token', 'detect/detect_test.go', 33, null]
    ])
    expect(leaks[0].finding.properties).toMatchObject({ commit: '9326f35380636bcbe61e94b0584d1618c4b5c2c2' })
    expect(leaks[0].finding.message).toMatch(/PyPI upload token .*detect\/detect_test.go line 32 \(commit 9326f3538063\).*redacted by gitleaks/)
  })
  it('an empty report has no findings', () => {
    expect(parseGitleaks(fixture('gitleaks/empty.json'))).toEqual([])
  })
})

it('v7 reports (lower-camel-case keys) are read too', () => {
  const v7 = JSON.stringify([{ line: 'token = "abcdefghijklmnopqrstuvwxyz012345"', lineNumber: 12, offender: 'abcdefghijklmnopqrstuvwxyz012345', offenderEntropy: -1, commit: 'f00dcafe', repo: 'r', repoURL: '', leakURL: '', rule: 'Generic Token', commitMessage: 'm', author: 'a', email: 'e', file: './src/app.py', date: '2021-01-01T00:00:00Z', tags: 'key' }])
  const [leak] = parseGitleaks(v7, '/ws')
  expect(leak.finding).toMatchObject({ ruleId: 'gitleaks/Generic Token', location: { path: 'src/app.py', startLine: 12 } })
  expect(leak.finding.message).toContain('abcd****')
  expect(JSON.stringify(leak.finding)).not.toContain('abcdefghijklmnop')
  expect(leak.secret).toBe('abcdefghijklmnopqrstuvwxyz012345')
})

it('anything else is a parse error naming the problem, never an empty pass', () => {
  expect(() => parseGitleaks('')).toThrow(/gitleaks: the report is empty/)
  expect(() => parseGitleaks('{"findings": []}')).toThrow(/gitleaks: unexpected report shape at \(top level\)/)
  expect(() => parseGitleaks('[{"foo": 1}]')).toThrow(/neither a v8 finding/)
  expect(() => parseGitleaks('[{"RuleID": "x", "File": "a"}]')).toThrow(/gitleaks \(v8\): unexpected report shape at 0.StartLine/)
})
