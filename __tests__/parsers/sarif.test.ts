import { describe, expect, it } from '@jest/globals'
import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { ParseError } from '../../src/engine/errors.js'
import { parseSarif, securitySeverity } from '../../src/parsers/sarif.js'

const FIXTURES = path.resolve(process.cwd(), '../shared/fixtures')
const have = existsSync(FIXTURES)
if (!have) console.warn(`skipping SARIF fixture tests: ${FIXTURES} is absent (the shared fixtures live next to the project)`)
const itFx = have ? it : it.skip

const SARIF_FILES = ['trivy/image-alpine310.sarif', 'trivy/release-0.69.1-config-terraform.sarif', 'bandit/bandit-1.8.6.sarif', 'gitleaks/sarif_simple.sarif']

/** Independent count: security-severity bands if present (result, then rule), else level (result, rule default, warning). */
function rawCount(text: string): Record<string, number> {
  const data = JSON.parse(text)
  const counts: Record<string, number> = { critical: 0, high: 0, medium: 0, low: 0, info: 0 }
  const byLevel: Record<string, string> = { error: 'high', warning: 'medium', note: 'low', none: 'info' }
  for (const run of data.runs) {
    const rules: any[] = run.tool.driver.rules ?? []
    for (const r of run.results ?? []) {
      const rule = r.ruleIndex !== undefined ? rules[r.ruleIndex] : rules.find((x) => x.id === r.ruleId)
      const raw = r.properties?.['security-severity'] ?? rule?.properties?.['security-severity']
      if (raw !== undefined) {
        const s = Number(raw)
        counts[s >= 9 ? 'critical' : s >= 7 ? 'high' : s >= 4 ? 'medium' : s > 0 ? 'low' : 'info']++
      } else {
        counts[byLevel[r.level ?? rule?.defaultConfiguration?.level ?? 'warning']]++
      }
    }
  }
  return counts
}

describe('SARIF parser on real SARIF', () => {
  for (const f of SARIF_FILES) {
    itFx(`${f}: findings by severity equal an independent count`, () => {
      const text = readFileSync(path.join(FIXTURES, f), 'utf8')
      const parsed = parseSarif(text, { source: f })
      const counts: Record<string, number> = { critical: 0, high: 0, medium: 0, low: 0, info: 0 }
      for (const x of parsed.findings) counts[x.severity]++
      expect(counts).toEqual(rawCount(text))
      expect(parsed.runs[0].results).toBe(parsed.findings.length)
    })
  }

  itFx('keeps locations, rule help and tool name (trivy config SARIF)', () => {
    const parsed = parseSarif(readFileSync(path.join(FIXTURES, 'trivy/release-0.69.1-config-terraform.sarif'), 'utf8'))
    const f = parsed.findings.find((x) => x.ruleId === 'AWS-0086')!
    expect(f.location).toMatchObject({ path: 'main.tf', startLine: 8, endLine: 10 })
    expect(f.help?.uri).toBe('https://avd.aquasec.com/misconfig/aws-0086')
    expect(f.help?.text).toContain('Misconfiguration AWS-0086')
    expect(f.properties).toMatchObject({ tool: 'Trivy' })
    expect(f.severity).toBe('high')
  })

  itFx('bandit SARIF: MEDIUM results without a level take the SARIF default (warning -> medium), columns kept', () => {
    const parsed = parseSarif(readFileSync(path.join(FIXTURES, 'bandit/bandit-1.8.6.sarif'), 'utf8'))
    const b608 = parsed.findings.find((x) => x.ruleId === 'B608')!
    expect(b608.severity).toBe('medium')
    expect(b608.location.path).toBe('app.py')
    expect(b608.help?.uri).toContain('b608')
    const b404 = parsed.findings.find((x) => x.ruleId === 'B404')!
    expect(b404.location).toMatchObject({ startLine: 4, startColumn: 1, endColumn: 18 })
  })

  itFx('never copies snippets into messages (gitleaks puts the secret there)', () => {
    const parsed = parseSarif(readFileSync(path.join(FIXTURES, 'gitleaks/sarif_simple.sarif'), 'utf8'))
    expect(parsed.findings[0].message).not.toContain('a secret')
    const bandit = parseSarif(readFileSync(path.join(FIXTURES, 'bandit/bandit-1.8.6.sarif'), 'utf8'))
    for (const f of bandit.findings) expect(f.message).not.toContain('sk-1234567890abcdef')
  })

  itFx('a custom level map applies', () => {
    const parsed = parseSarif(readFileSync(path.join(FIXTURES, 'bandit/bandit-1.8.6.sarif'), 'utf8'), { levels: { note: 'info', error: 'critical' } })
    expect(parsed.findings.find((x) => x.ruleId === 'B404')!.severity).toBe('info')
    expect(parsed.findings.find((x) => x.ruleId === 'B602')!.severity).toBe('critical')
  })
})

describe('SARIF parser rules', () => {
  const log = (results: unknown[], extra: Record<string, unknown> = {}) =>
    JSON.stringify({ version: '2.1.0', runs: [{ tool: { driver: { name: 'semgrep', rules: [{ id: 'r1', defaultConfiguration: { level: 'error' } }] } }, results, ...extra }] })

  it('maps security-severity bands like GitHub', () => {
    expect([9.0, 8.9, 7.0, 6.9, 4.0, 3.9, 0.1, 0].map(securitySeverity)).toEqual(['critical', 'high', 'high', 'medium', 'medium', 'low', 'low', 'info'])
  })
  it('uses the rule default level, skips pass and suppressed results, resolves file URIs inside the workspace', () => {
    const parsed = parseSarif(
      log([
        { ruleId: 'r1', message: { text: 'bad {0}', arguments: ['thing'] }, locations: [{ physicalLocation: { artifactLocation: { uri: 'file:///ws/src/a%20b.py' }, region: { startLine: 3 } } }] },
        { ruleId: 'r1', kind: 'pass', message: { text: 'ok' } },
        { ruleId: 'r1', message: { text: 'waived' }, suppressions: [{ kind: 'inSource' }] },
        { ruleId: 'r1', message: { text: 'rel' }, locations: [{ physicalLocation: { artifactLocation: { uri: 'lib/x.py', uriBaseId: 'SRC' } } }] }
      ], { originalUriBaseIds: { SRC: { uri: 'file:///ws/pkg/' } } }),
      { workspace: '/ws' }
    )
    expect(parsed.findings).toHaveLength(2)
    expect(parsed.findings[0]).toMatchObject({ severity: 'high', location: { path: 'src/a b.py', startLine: 3 } })
    expect(parsed.findings[0].message).toMatch(/^bad thing/)
    expect(parsed.findings[1].location.path).toBe('pkg/lib/x.py')
    expect(parsed.runs[0]).toMatchObject({ results: 4, reported: 2, passed: 1, suppressed: 1 })
  })
  it('rejects what is not SARIF 2.1.0, with a specific reason', () => {
    expect(() => parseSarif('{"version":"2.0.0","runs":[]}')).toThrow(/only 2.1.0/)
    expect(() => parseSarif('{"runs":[]}')).toThrow(/version/)
    expect(() => parseSarif('[]')).toThrow(ParseError)
    expect(() => parseSarif('{"version":"2.1.0","runs":[{"results":[]}]}')).toThrow(/runs\.0\.tool/)
    expect(() => parseSarif(log([{ message: { text: 'x' } }]).replace('"rules":[{"id":"r1","defaultConfiguration":{"level":"error"}}]', '"rules":[]'))).toThrow(/no ruleId/)
    expect(() => parseSarif('not json')).toThrow(/not valid JSON/)
  })
})
