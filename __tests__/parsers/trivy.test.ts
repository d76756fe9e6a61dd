import { describe, expect, it } from '@jest/globals'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { ParseError } from '../../src/engine/errors.js'
import { misconfigIds, parseTrivy, redactSecrets, secretLikeTokens } from '../../src/parsers/trivy.js'

const FIXTURES = path.resolve(process.cwd(), '../shared/fixtures/trivy')
const have = existsSync(FIXTURES)
if (!have) console.warn(`skipping trivy fixture tests: ${FIXTURES} is absent (the shared fixtures live next to the project)`)
const itFx = have ? it : it.skip

/**
 * Independent count from the raw JSON, by our severity names: every vulnerability, every
 * misconfiguration whose Status is FAIL (or absent), every secret. UNKNOWN counts as medium.
 */
function rawCount(text: string): Record<string, number> {
  const data = JSON.parse(text)
  const results: any[] = (Array.isArray(data) ? data : data.Results) ?? []
  const counts: Record<string, number> = { critical: 0, high: 0, medium: 0, low: 0, info: 0 }
  const add = (sev: string) => {
    const ours = sev === 'UNKNOWN' ? 'medium' : sev.toLowerCase()
    counts[ours]++
  }
  for (const r of results) {
    for (const v of r.Vulnerabilities ?? []) add(v.Severity)
    for (const m of r.Misconfigurations ?? []) if (!m.Status || m.Status === 'FAIL') add(m.Severity)
    for (const s of r.Secrets ?? []) add(s.Severity)
  }
  return counts
}

const files = have ? readdirSync(FIXTURES).filter((f) => f.endsWith('.json')) : []

describe('trivy parser on real trivy output', () => {
  itFx('has the fixtures', () => {
    expect(files.length).toBeGreaterThanOrEqual(15)
  })

  for (const f of files) {
    itFx(`${f}: findings by severity equal an independent count`, () => {
      const text = readFileSync(path.join(FIXTURES, f), 'utf8')
      const parsed = parseTrivy(text)
      const counts: Record<string, number> = { critical: 0, high: 0, medium: 0, low: 0, info: 0 }
      for (const x of parsed.findings) counts[x.severity]++
      expect(counts).toEqual(rawCount(text))
      const data = JSON.parse(text)
      expect(parsed.shape).toBe(Array.isArray(data) ? 'legacy-array' : 'schema-v2')
      expect(parsed.targets).toHaveLength(((Array.isArray(data) ? data : data.Results) ?? []).length)
    })
  }

  itFx('a clean config scan has targets and no findings', () => {
    const parsed = parseTrivy(readFileSync(path.join(FIXTURES, 'release-0.72.0-config-no-findings.json'), 'utf8'))
    expect(parsed.findings).toEqual([])
    expect(parsed.targets.map((t) => t.target)).toEqual(['.', 'main.tf'])
    expect(parsed.targets[0].misconfSuccesses).toBe(27)
    expect(parsed.trivyVersion).toBe('0.72.0')
  })

  itFx('locates misconfigurations at their file and lines, under the scanned folder', () => {
    const parsed = parseTrivy(readFileSync(path.join(FIXTURES, 'release-0.72.0-config-terraform.json'), 'utf8'), { baseDir: 'infra' })
    const f = parsed.findings.find((x) => x.ruleId === 'AWS-0086')!
    expect(f.location).toEqual({ path: 'infra/main.tf', startLine: 8, endLine: 10 })
    expect(f.severity).toBe('high')
    expect(f.aliases).toContain('AVD-AWS-0086')
    expect(f.help?.uri).toBe('https://avd.aquasec.com/misconfig/aws-0086')
    expect(f.fingerprintKey).not.toMatch(/\b8\b/)
  })

  itFx('old (DS002 + AVD-DS-0002) and new (DS-0002) misconfiguration ids give the same rule and fingerprint key', () => {
    const old = parseTrivy(readFileSync(path.join(FIXTURES, 'old-v0.50.0-config-dockerfile.json'), 'utf8')).findings[0]
    const neu = parseTrivy(readFileSync(path.join(FIXTURES, 'config-dockerfile.json'), 'utf8')).findings[0]
    expect(old.ruleId).toBe('DS-0002')
    expect(neu.ruleId).toBe('DS-0002')
    expect(old.aliases).toEqual(expect.arrayContaining(['DS002', 'AVD-DS-0002']))
    expect(neu.aliases).toEqual(expect.arrayContaining(['DS002', 'AVD-DS-0002']))
    expect(old.fingerprintKey).toBe(neu.fingerprintKey)
    expect(old.location).toEqual({ path: 'Dockerfile', startLine: null, endLine: null })
  })

  itFx('vulnerabilities: package + id fingerprint, fix info, line from the package list', () => {
    const parsed = parseTrivy(readFileSync(path.join(FIXTURES, 'fs-repo-pip-requirements.json'), 'utf8'))
    const v = parsed.findings.find((x) => x.ruleId === 'CVE-2019-14806')!
    expect(v.fingerprintKey).toBe('Werkzeug CVE-2019-14806')
    expect(v.location.path).toBe('requirements.txt')
    expect(typeof v.location.startLine).toBe('number')
    expect(v.message).toContain('fixed in 0.15.3')
    expect(v.properties).toMatchObject({ package: 'Werkzeug', installedVersion: '0.11', fixedVersion: '0.15.3' })
  })

  itFx('image OS-package findings use the artifact path, not the target label', () => {
    const parsed = parseTrivy(readFileSync(path.join(FIXTURES, 'image-ubi7-os-and-python-pkgs.json'), 'utf8'), { artifactPath: 'Dockerfile' })
    expect(new Set(parsed.findings.map((x) => x.location.path))).toEqual(new Set(['Dockerfile']))
    const wnf = parsed.findings.find((x) => (x.properties as any).status === 'will_not_fix')!
    expect(wnf.message).toContain('no fixed version (status: will not fix)')
  })

  itFx('ignoreUnfixed drops vulnerabilities without a fixed version', () => {
    const text = readFileSync(path.join(FIXTURES, 'image-ubi7-os-and-python-pkgs.json'), 'utf8')
    const all = parseTrivy(text)
    const fixedOnly = parseTrivy(text, { ignoreUnfixed: true })
    expect(fixedOnly.droppedUnfixed).toBe(1)
    expect(fixedOnly.findings).toHaveLength(all.findings.length - 1)
  })

  itFx('secrets: no secret value in any message, secret-like context tokens collected for masking', () => {
    const text = readFileSync(path.join(FIXTURES, 'secrets.json'), 'utf8')
    const parsed = parseTrivy(text)
    expect(parsed.findings).toHaveLength(2)
    const pat = 'ghp_0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ'
    expect(parsed.secretValues).toContain(pat)
    for (const f of parsed.findings) {
      const all = JSON.stringify(f)
      expect(all).not.toContain(pat)
      expect(f.location.path).toBe('deploy.sh')
    }
    expect(parsed.findings[0]).toMatchObject({ ruleId: 'aws-access-key-id', severity: 'critical', location: { startLine: 3 } })
  })
})

describe('trivy parser edge cases', () => {
  it('a report without Results is valid and empty', () => {
    const parsed = parseTrivy(JSON.stringify({ SchemaVersion: 2, ArtifactName: 'testchart', ArtifactType: 'filesystem' }))
    expect(parsed.findings).toEqual([])
    expect(parsed.targets).toEqual([])
  })
  it('maps UNKNOWN with the configured severity', () => {
    const report = { SchemaVersion: 2, Results: [{ Target: 'requirements.txt', Class: 'lang-pkgs', Type: 'pip', Vulnerabilities: [{ VulnerabilityID: 'CVE-1', PkgName: 'x', InstalledVersion: '1', Severity: 'UNKNOWN' }] }] }
    expect(parseTrivy(JSON.stringify(report)).findings[0].severity).toBe('medium')
    expect(parseTrivy(JSON.stringify(report), { unknownSeverity: 'low' }).findings[0].severity).toBe('low')
  })
  it('rejects other schema versions, unknown severities and non-JSON with a specific error', () => {
    expect(() => parseTrivy(JSON.stringify({ SchemaVersion: 3, Results: [] }))).toThrow(/SchemaVersion/)
    expect(() => parseTrivy(JSON.stringify({ SchemaVersion: 2, Results: [{ Target: 'a', Vulnerabilities: [{ VulnerabilityID: 'X', PkgName: 'p', Severity: 'SEVERE' }] }] }))).toThrow(/Results\.0\.Vulnerabilities\.0\.Severity/)
    expect(() => parseTrivy('2024-01-01T00:00:00Z FATAL fatal error')).toThrow(ParseError)
    expect(() => parseTrivy('   ')).toThrow(/empty/)
  })
  it('normalises misconfiguration id spellings', () => {
    expect(misconfigIds('KSV001', 'AVD-KSV-0001')).toEqual({ ruleId: 'KSV-0001', aliases: expect.arrayContaining(['KSV001', 'AVD-KSV-0001']) })
    expect(misconfigIds('AVD-AWS-0086', 'AVD-AWS-0086').ruleId).toBe('AWS-0086')
    expect(misconfigIds('custom-rule').ruleId).toBe('custom-rule')
  })
  it('finds and redacts secret-like tokens', () => {
    const line = 'token: "xoxb-1234567890-abcdefghij" and AKIAABCDEFGHIJKLMNOP password=hunter2hunter2'
    const tokens = secretLikeTokens(line)
    expect(tokens).toEqual(expect.arrayContaining(['xoxb-1234567890-abcdefghij', 'AKIAABCDEFGHIJKLMNOP', 'hunter2hunter2']))
    const red = redactSecrets(line)
    for (const t of tokens) expect(red).not.toContain(t)
  })
})
