import { describe, expect, it } from '@jest/globals'
import { banditSeverity, parseBandit } from '../../src/parsers/bandit.js'
import { ParseError } from '../../src/engine/errors.js'
import { describeWithFixtures, fixture } from '../support/fixtures.js'

describeWithFixtures('bandit parser on real output', () => {
  it('reads Debian 1.6.2 output: float metrics, no columns, errors[] kept', () => {
    const text = fixture('bandit/bandit-1.6.2-debian-examples-findings-and-error.json')
    const raw = JSON.parse(text)
    const parsed = parseBandit(text)
    expect(parsed.findings).toHaveLength(raw.results.length)
    expect(parsed.errors).toEqual([{ path: 'sample/nonsense.py', reason: 'syntax error while parsing AST from file' }])
    // file, line and test id identical to bandit's own
    expect(parsed.findings.map((f) => [f.location.path, f.location.startLine, f.ruleId])).toEqual(
      raw.results.map((r: any) => [r.filename, r.line_number, r.test_id])
    )
    expect(parsed.findings.every((f) => f.location.startColumn === null)).toBe(true)
    const multi = parsed.findings.find((f) => (f.location.endLine ?? 0) > (f.location.startLine ?? 0))
    expect(multi).toBeDefined()
  })

  it('reads 1.9.4 output with Windows paths, columns and CWE', () => {
    const parsed = parseBandit(fixture('bandit/bandit-1.9.4-windows-paths.json'))
    expect(parsed.findings.map((f) => f.location.path)).toEqual(['app.py', 'app.py', 'app.py'])
    expect(parsed.findings.map((f) => f.ruleId).sort()).toEqual(['B104', 'B105', 'B608'])
    const f = parsed.findings[0]
    expect(f.location.startColumn).toBeGreaterThan(0)
    expect(f.message).toMatch(/CWE-\d+/)
    expect(parsed.scanned).toEqual(['app.py'])
  })

  it('reports a missing target as an error even though bandit exits 0', () => {
    const parsed = parseBandit(fixture('bandit/bandit-1.6.2-debian-missing-target-error-exit0.json'))
    expect(parsed.findings).toHaveLength(0)
    expect(parsed.errors[0]).toEqual({ path: 'nonexist', reason: 'No such file or directory' })
  })

  it('reads a clean report', () => {
    const parsed = parseBandit(fixture('bandit/bandit-1.6.2-debian-clean.json'))
    expect(parsed.findings).toEqual([])
    expect(parsed.errors).toEqual([])
  })
})

describe('bandit parser on bad input', () => {
  it('rejects non-JSON, empty and wrong-shaped reports', () => {
    expect(() => parseBandit('')).toThrow(ParseError)
    expect(() => parseBandit('Traceback (most recent call last):')).toThrow(/not valid JSON/)
    expect(() => parseBandit('{"results": [{"filename": 3}], "errors": []}')).toThrow(/unexpected report shape at results\.0/)
    expect(() => parseBandit('{"errors": []}')).toThrow(/results/)
  })

  it('maps severity x confidence as documented', () => {
    expect(banditSeverity('HIGH', 'HIGH')).toBe('high')
    expect(banditSeverity('HIGH', 'LOW')).toBe('medium')
    expect(banditSeverity('MEDIUM', 'HIGH')).toBe('medium')
    expect(banditSeverity('MEDIUM', 'LOW')).toBe('low')
    expect(banditSeverity('LOW', 'HIGH')).toBe('low')
    expect(banditSeverity('LOW', 'LOW')).toBe('info')
    expect(banditSeverity('UNDEFINED', 'HIGH')).toBe('info')
  })

  it('keeps the fingerprint key to the flagged source line, not its number', () => {
    const mk = (line: number) =>
      JSON.stringify({
        errors: [],
        results: [
          { code: `${line} x = pickle.loads(data)\n`, filename: 'a.py', issue_confidence: 'HIGH', issue_severity: 'MEDIUM', issue_text: 't', line_number: line, test_id: 'B301', test_name: 'blacklist' }
        ]
      })
    expect(parseBandit(mk(3)).findings[0].fingerprintKey).toBe('x = pickle.loads(data)')
    expect(parseBandit(mk(30)).findings[0].fingerprintKey).toBe('x = pickle.loads(data)')
  })
})
