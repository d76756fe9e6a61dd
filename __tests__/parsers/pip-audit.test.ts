import { describe, expect, it } from '@jest/globals'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { ParseError } from '../../src/engine/errors.js'
import { canonicalName, parsePipAudit, requirementLines } from '../../src/parsers/pip-audit.js'

const FIXTURES = path.resolve(process.cwd(), '../shared/fixtures/pip-audit')
const have = existsSync(FIXTURES)
if (!have) console.warn(`skipping pip-audit fixture tests: ${FIXTURES} is absent (the shared fixtures live next to the project)`)
const itFx = have ? it : it.skip

/** Independent count straight from the raw JSON: vulnerabilities and skipped dependencies. */
function rawCount(text: string): { vulns: number; skipped: number; ids: string[] } {
  const data = JSON.parse(text)
  const deps: any[] = Array.isArray(data) ? data : data.dependencies
  let vulns = 0
  let skipped = 0
  const ids: string[] = []
  for (const d of deps) {
    if ('skip_reason' in d && !('vulns' in d)) skipped++
    for (const v of d.vulns ?? []) {
      vulns++
      ids.push(v.id)
    }
  }
  return { vulns, skipped, ids }
}

const files = have ? readdirSync(FIXTURES).filter((f) => f.endsWith('.json')) : []
const valid = files.filter((f) => !f.startsWith('invalid'))

describe('pip-audit parser on real pip-audit output', () => {
  itFx('finds every fixture', () => {
    expect(valid.length).toBeGreaterThanOrEqual(4)
  })

  for (const f of valid) {
    itFx(`${f}: findings by severity equal an independent count`, () => {
      const text = readFileSync(path.join(FIXTURES, f), 'utf8')
      const raw = rawCount(text)
      const parsed = parsePipAudit(text, { severity: 'high', path: 'requirements.txt' })
      const bySeverity = (s: string) => parsed.findings.filter((x) => x.severity === s).length
      expect(bySeverity('high')).toBe(raw.vulns)
      expect(bySeverity('info')).toBe(raw.skipped)
      expect(parsed.findings).toHaveLength(raw.vulns + raw.skipped)
      expect(parsed.findings.filter((x) => x.severity === 'high').map((x) => x.ruleId)).toEqual(raw.ids)
      expect(parsed.shape).toBe(Array.isArray(JSON.parse(text)) ? 'legacy' : 'current')
    })
  }

  itFx('the stderr summary merged into the JSON is a parse error, never an empty pass', () => {
    const text = readFileSync(path.join(FIXTURES, 'invalid-stderr-summary-merged-into-json.json'), 'utf8')
    expect(() => parsePipAudit(text)).toThrow(ParseError)
    expect(() => parsePipAudit(text)).toThrow(/not valid JSON.*Found 1 known vulnerability/)
  })

  itFx('keeps aliases, fix versions and whether a fix exists', () => {
    const text = readFileSync(path.join(FIXTURES, 'vulns-with-aliases-and-descriptions.json'), 'utf8')
    const parsed = parsePipAudit(text, { severity: 'high', unfixableSeverity: 'low', path: 'src/aixn/requirements.txt' })
    const ecdsa = parsed.findings.find((x) => x.ruleId === 'GHSA-wj6h-64fc-37mp')!
    expect(ecdsa.aliases).toEqual(['CVE-2024-23342'])
    expect(ecdsa.severity).toBe('low')
    expect(ecdsa.properties).toMatchObject({ package: 'ecdsa', fixAvailable: false, fixVersions: [] })
    expect(ecdsa.message).toContain('no fixed version')
    expect(ecdsa.message).toContain('CVE-2024-23342')
    expect(ecdsa.fingerprintKey).toBe('ecdsa GHSA-wj6h-64fc-37mp')
    const fixable = parsed.findings.filter((x) => (x.properties as any).fixAvailable)
    expect(fixable.length).toBeGreaterThan(0)
    for (const x of fixable) expect(x.severity).toBe('high')
    // unique fingerprint keys: package + id
    const keys = parsed.findings.map((x) => x.fingerprintKey)
    expect(new Set(keys).size).toBe(keys.length)
  })

  itFx('reports skipped dependencies as info with the reason', () => {
    const text = readFileSync(path.join(FIXTURES, 'env-audit-with-skipped-dependency.json'), 'utf8')
    const parsed = parsePipAudit(text)
    expect(parsed.skipped).toEqual([{ name: 'mgit', reason: 'Dependency not found on PyPI and could not be audited: mgit (0.2.13)' }])
    expect(parsed.findings[0]).toMatchObject({ ruleId: 'pip-audit/skipped-dependency', severity: 'info' })
  })
})

describe('pip-audit parser on bad input', () => {
  it('rejects an empty report', () => {
    expect(() => parsePipAudit('')).toThrow(/empty/)
  })
  it('rejects an unknown shape with the offending path', () => {
    expect(() => parsePipAudit('{"dependencies": [{"name": "x", "version": "1"}]}')).toThrow(/dependencies\.0/)
    expect(() => parsePipAudit('{"results": []}')).toThrow(ParseError)
    expect(() => parsePipAudit('{"dependencies": [{"name": "x", "version": "1", "vulns": [{"fix_versions": []}]}]}')).toThrow(/unexpected report shape/)
  })
})

describe('requirement lines', () => {
  it('maps canonical names to the line that declares them', () => {
    const m = requirementLines('# top\nFlask==2.0\n-r other.txt\nrequests[socks] >= 2 ; python_version > "3"\nfoo==1 \\\n    --hash=sha256:aa\nPyYAML_x==1\n')
    expect(m.get('flask')).toBe(2)
    expect(m.get('requests')).toBe(4)
    expect(m.get('foo')).toBe(5)
    expect(m.get('pyyaml-x')).toBe(7)
    expect(m.has('hash')).toBe(false)
    expect(canonicalName('Zope.Interface_X')).toBe('zope-interface-x')
  })
})
