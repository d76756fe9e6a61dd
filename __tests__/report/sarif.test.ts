import { describe, expect, it } from '@jest/globals'
import { silentLogger } from '../../src/engine/logger.js'
import { runSession } from '../../src/engine/session.js'
import { GATES } from '../../src/gates/registry.js'
import { environmentRules } from '../../src/release/policy/session-rules.js'
import { MAX_RESULTS_PER_RUN, SECURITY_SEVERITY, toSarif } from '../../src/report/sarif.js'
import { processRunner } from '../../src/tools/runner.js'
import { haveBandit, pythonWorkspace } from '../support/py-workspace.js'
import { mkFinding, mkReport } from '../support/report.js'
import { sarifErrors } from '../support/sarif-schema.js'

const runs = (log: any): any[] => log.runs

describe('toSarif', () => {
  const report = mkReport([
    {
      id: 'code',
      status: 'fail',
      tool: { name: 'bandit', version: '1.7.9' },
      findings: [
        mkFinding(0, { ruleId: 'B602', title: 'subprocess_popen_with_shell_equals_true', severity: 'high', help: { text: 'Avoid shell=True.', uri: 'https://bandit.readthedocs.io/en/latest/plugins/b602.html' }, location: { path: 'src/my file.py', startLine: 5, startColumn: 12, endColumn: 40 } }),
        mkFinding(1, { ruleId: 'B602', severity: 'critical', location: { path: 'src/b.py', startLine: 9, endLine: 11 } }),
        mkFinding(2, { ruleId: 'B404', severity: 'low', location: { path: 'src/b.py', startLine: 1 } }),
        mkFinding(3, {
          ruleId: 'B101',
          severity: 'info',
          suppressed: true,
          blocking: false,
          waiver: { gate: 'code', rule: 'B101', reason: 'asserts are fine in tests', expires: '2099-01-01' },
          location: { path: 'tests/t.py', startLine: 3 }
        })
      ]
    },
    {
      id: 'models',
      status: 'fail',
      findings: [mkFinding(4, { gate: 'models', ruleId: 'pickle/dangerous-global', severity: 'critical', location: { path: 'models/clf.pkl', startLine: null } })]
    },
    { id: 'dependencies', status: 'pass', findings: [] },
    { id: 'container', status: 'error', errors: ['trivy not found'], findings: [mkFinding(5, { gate: 'container', ruleId: 'CVE-1' })] },
    { id: 'data', status: 'skipped', reason: 'not configured' }
  ])

  it('validates against the SARIF 2.1.0 schema with one run per gate that ran, each in its own category', () => {
    const log = toSarif(report)
    expect(sarifErrors(log)).toEqual([])
    expect(log.version).toBe('2.1.0')
    const ids = runs(log).map((r) => r.automationDetails.id)
    expect(ids).toEqual(['ai-secure-gates/code/', 'ai-secure-gates/models/', 'ai-secure-gates/dependencies/'])
    expect(new Set(ids).size).toBe(ids.length)
    // an errored gate gets no run (it would close the alerts of the last good analysis), nor a skipped one
    expect(runs(log).some((r) => r.properties.gate === 'container' || r.properties.gate === 'data')).toBe(false)
  })

  it('rules carry help, security-severity of their worst finding, and results carry locations and fingerprints', () => {
    const code = runs(toSarif(report))[0]
    expect(code.tool.driver.name).toBe('ai-secure-gates')
    expect(code.tool.extensions).toEqual([{ name: 'bandit', version: '1.7.9' }])
    const rules = code.tool.driver.rules
    expect(rules.map((r: any) => r.id)).toEqual(['B602', 'B404', 'B101'])
    const b602 = rules[0]
    expect(b602.help.text).toBe('Avoid shell=True.')
    expect(b602.helpUri).toBe('https://bandit.readthedocs.io/en/latest/plugins/b602.html')
    expect(b602.properties['security-severity']).toBe(SECURITY_SEVERITY.critical)
    expect(rules[1].properties['security-severity']).toBe('2.0')
    expect(rules[2].properties['security-severity']).toBeUndefined()
    expect(rules[1].help.text).toMatch(/code gate/)

    const byFp = new Map(code.results.map((r: any) => [r.partialFingerprints['aiSecureGates/v1'], r]))
    const first: any = byFp.get('fp0')
    expect(first.level).toBe('error')
    expect(first.ruleIndex).toBe(0)
    expect(first.locations[0].physicalLocation.artifactLocation).toEqual({ uri: 'src/my%20file.py', uriBaseId: '%SRCROOT%' })
    expect(first.locations[0].physicalLocation.region).toEqual({ startLine: 5, startColumn: 12, endColumn: 40 })
    expect((byFp.get('fp1') as any).locations[0].physicalLocation.region).toEqual({ startLine: 9, endLine: 11 })
    expect((byFp.get('fp2') as any).level).toBe('note')
    const waived: any = byFp.get('fp3')
    expect(waived.suppressions).toEqual([{ kind: 'external', status: 'accepted', justification: 'asserts are fine in tests (waiver expires 2099-01-01)' }])
    // a file-level finding: a location without a region
    const model = runs(toSarif(report))[1].results[0]
    expect(model.locations[0].physicalLocation).toEqual({ artifactLocation: { uri: 'models/clf.pkl', uriBaseId: '%SRCROOT%' } })
  })

  it('makes URIs relative to the repository root when the workspace is a subfolder, and refuses to escape it', () => {
    const r = mkReport([{ id: 'code', findings: [mkFinding(0, { location: { path: 'src/a.py', startLine: 1 } }), mkFinding(1, { location: { path: '../../../etc/passwd', startLine: 1 } }), mkFinding(2, { location: { path: '../shared/x.py', startLine: 2 } })] }])
    const log = toSarif(r, { pathPrefix: 'services/ml' })
    expect(sarifErrors(log)).toEqual([])
    const [a, b, c] = runs(log)[0].results
    expect(a.locations[0].physicalLocation.artifactLocation.uri).toBe('services/ml/src/a.py')
    expect(b.locations[0].physicalLocation).toBeUndefined()
    expect(b.locations[0].message.text).toBe('../../../etc/passwd')
    expect(c.locations[0].physicalLocation.artifactLocation.uri).toBe('services/shared/x.py')
  })

  it('stays within code scanning limits: results over 25,000 in a run are dropped least important first and counted', () => {
    const n = MAX_RESULTS_PER_RUN + 7
    const findings = Array.from({ length: n }, (_, i) => mkFinding(i, { ruleId: `R${i % 50}`, severity: i < 7 ? 'info' : 'high', blocking: i >= 7 }))
    const log = toSarif(mkReport([{ id: 'code', findings }]))
    const run = runs(log)[0]
    expect(run.results).toHaveLength(MAX_RESULTS_PER_RUN)
    expect(run.results.every((r: any) => r.level === 'error')).toBe(true)
    expect(run.properties.resultsOmitted).toBe(7)
    expect(run.invocations[0].toolExecutionNotifications[0].message.text).toMatch(/7 findings .* limit of 25000/)
    expect(sarifErrors(log)).toEqual([])
  })

  it('the schema check is not vacuous: a broken log is rejected', () => {
    const log: any = toSarif(report)
    delete log.runs[0].results[0].message
    log.runs[1].results[0].level = 'fatal'
    const errors = sarifErrors(log)
    expect(errors.join('\n')).toMatch(/message/)
    expect(errors.join('\n')).toMatch(/level|allowed values/)
  })
})

const withBandit = haveBandit ? describe : describe.skip
withBandit('toSarif on a real run of the code gate (bandit)', () => {
  it('is valid SARIF with bandit rules, one run per gate, locations on the flagged lines', async () => {
    const ws = pythonWorkspace(4)
    const { report } = await runSession({ registry: GATES, reportRules: environmentRules, workspace: ws, tools: processRunner, logger: silentLogger, tempDir: ws, install: 'never', maskSecret: () => {} })
    const log = toSarif(report)
    expect(sarifErrors(log)).toEqual([])
    const ran = report.gates.filter((g) => g.status === 'pass' || g.status === 'fail').map((g) => `ai-secure-gates/${g.id}/`)
    expect(runs(log).map((r) => r.automationDetails.id)).toEqual(ran)
    const code = runs(log).find((r) => r.automationDetails.id === 'ai-secure-gates/code/')
    expect(code.results).toHaveLength(8)
    const shell = code.results.filter((r: any) => r.ruleId === 'B602')
    expect(shell).toHaveLength(4)
    for (const r of shell) {
      expect(r.level).toBe('error')
      expect(r.locations[0].physicalLocation.region.startLine).toBe(5)
      expect(r.locations[0].physicalLocation.artifactLocation.uri).toMatch(/^src\/job_00\d\.py$/)
    }
    const fps = code.results.map((r: any) => r.partialFingerprints['aiSecureGates/v1'])
    expect(new Set(fps).size).toBe(8)
  })
})
