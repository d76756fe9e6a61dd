import { describe, expect, it } from '@jest/globals'
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { banditSarifVersion, banditSeverity, parseBandit, parseBanditSarif, type BanditParsed } from '../../src/parsers/bandit.js'
import { ParseError } from '../../src/engine/errors.js'
import { describeWithFixtures, fixture } from '../support/fixtures.js'
import { currentBandit, currentBanditPath, requireCurrentBandit } from '../gates/code-bandit-tool.js'

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

describeWithFixtures('bandit SARIF', () => {
  it('reads 1.8.6 SARIF (MEDIUM results without a level key) with severity from bandit\'s own properties', () => {
    const parsed = parseBanditSarif(fixture('bandit/bandit-1.8.6.sarif'))
    expect(parsed.findings.map((f) => [f.location.path, f.location.startLine, f.ruleId, f.severity])).toEqual([
      ['app.py', 4, 'B404', 'low'],
      ['app.py', 14, 'B608', 'low'],
      ['app.py', 25, 'B602', 'high'],
      ['app.py', 55, 'B105', 'low'],
      ['app.py', 66, 'B324', 'high'],
      ['app.py', 94, 'B201', 'high'],
      ['app.py', 94, 'B104', 'medium']
    ])
    expect(parsed.findings[0].message).toMatch(/\(CWE-78\) \[bandit B404, severity low, confidence high\]$/)
    expect(banditSarifVersion(fixture('bandit/bandit-1.8.6.sarif'))).toBe('1.8.6')
  })

  it('refuses SARIF that is not bandit\'s, naming what wrote it', () => {
    const other = JSON.stringify({ version: '2.1.0', runs: [{ tool: { driver: { name: 'semgrep' } }, results: [] }] })
    expect(() => parseBanditSarif(other)).toThrow(/written by semgrep, not bandit/)
    expect(() => parseBanditSarif('{"version": "2.1.0", "runs": []}')).toThrow(ParseError)
  })
})

/** The findings of bandit's JSON and SARIF reports of one run agree (bandit's own line difference aside). */
function expectSameFindings(json: BanditParsed, sarif: BanditParsed): void {
  const key = (p: BanditParsed) => p.findings.map((f) => [f.location.path, f.ruleId, f.severity, f.message, f.properties?.cwe]).sort()
  expect(key(sarif)).toEqual(key(json))
  // SARIF's region starts at the statement's first line (line_range[0]) and ends at line_range[1]
  // (not its last element); JSON's line_number is the flagged line, which for a call over several
  // lines (B602 on `shell=True`) comes later.
  for (const j of json.findings) {
    const s = sarif.findings.find((x) => x.ruleId === j.ruleId && x.location.path === j.location.path)!
    expect(j.location.startLine!).toBeGreaterThanOrEqual(s.location.startLine!)
    if (j.location.endLine === j.location.startLine) expect([s.location.startLine, s.location.startColumn]).toEqual([j.location.startLine, j.location.startColumn])
  }
  expect(json.findings.find((f) => f.ruleId === 'B602')?.location.startLine).toBe(11)
  expect(sarif.findings.find((f) => f.ruleId === 'B602')?.location).toMatchObject({ startLine: 9, endLine: 10 })
  expect(json.findings.map((f) => f.ruleId).sort()).toEqual(['B104', 'B105', 'B108', 'B301', 'B403', 'B404', 'B602'])
  expect(sarif.errors).toEqual(json.errors)
  expect(sarif.errors).toEqual([{ path: 'pkg/bad.py', reason: 'syntax error while parsing AST from file' }])
  expect(sarif.scanned.sort()).toEqual(json.scanned.sort())
}

const RECORDED = path.join(process.cwd(), '__tests__', 'fixtures', 'bandit')

describe('bandit 1.9.4: its JSON and its SARIF of the same run give the same findings', () => {
  it('on the recorded pair (scripts/gen-bandit-fixtures.sh)', () => {
    const json = parseBandit(readFileSync(path.join(RECORDED, 'bandit-1.9.4-same-run.json'), 'utf8'))
    const sarif = parseBanditSarif(readFileSync(path.join(RECORDED, 'bandit-1.9.4-same-run.sarif'), 'utf8'))
    expectSameFindings(json, sarif)
    expect(banditSarifVersion(readFileSync(path.join(RECORDED, 'bandit-1.9.4-same-run.sarif'), 'utf8'))).toBe('1.9.4')
  })

  // bandit writes SARIF only when installed with its `sarif` extra, which the action does not install.
  const sarifFormatter = currentBandit.version !== null && spawnSync(currentBanditPath, ['-h'], { encoding: 'utf8' }).stdout.includes('sarif')
  const itLive = sarifFormatter ? it : it.skip
  itLive(`live, on a run of the current bandit${sarifFormatter ? '' : ' (skipped: the current bandit has no sarif formatter; the recorded pair above covers it)'}`, () => {
    const bandit = requireCurrentBandit()
    const work = mkdtempSync(path.join(os.tmpdir(), 'asg-sarif-'))
    const gen = spawnSync('bash', [path.join(process.cwd(), 'scripts', 'gen-bandit-fixtures.sh'), bandit], { encoding: 'utf8', env: { ...process.env, BANDIT_FIXTURES_OUT: work } })
    if (gen.status !== 0) throw new Error(`gen-bandit-fixtures.sh failed: ${gen.stderr}`)
    const v = currentBandit.version
    expectSameFindings(parseBandit(readFileSync(path.join(work, `bandit-${v}-same-run.json`), 'utf8')), parseBanditSarif(readFileSync(path.join(work, `bandit-${v}-same-run.sarif`), 'utf8')))
  })
})
