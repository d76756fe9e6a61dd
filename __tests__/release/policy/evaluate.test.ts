import { describe, expect, it } from '@jest/globals'
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { parseConfigText } from '../../../src/config/load.js'
import { ConfigError } from '../../../src/engine/errors.js'
import { runSession } from '../../../src/engine/session.js'
import { GATES } from '../../../src/gates/registry.js'
import { environmentRules } from '../../../src/release/policy/session-rules.js'
import type { Report } from '../../../src/engine/types.js'
import { compile, MAX_MACRO_NESTING } from '../../../src/release/policy/cel.js'
import { evaluatePolicy, withPolicy } from '../../../src/release/policy/evaluate.js'
import { selectEnvironment } from '../../../src/release/policy/select.js'
import { mkFinding, mkReport } from '../../support/report.js'
import { silentLogger } from '../../../src/engine/logger.js'
import { overallConclusion, overallTitle } from '../../../src/report/check-runs.js'
import { renderText } from '../../../src/report/text.js'
import { finalLine } from '../../../src/report/counts.js'
import { processRunner } from '../../../src/tools/runner.js'

const config = (envs: string) => parseConfigText(`version: 1\ngates: {}\nenvironments:\n${envs}`, 'cfg.yml')

function report(): Report {
  const waiver = { gate: 'code', rule: 'R1', reason: 'accepted for the demo', expires: '2026-12-10' }
  return mkReport([
    { id: 'models', status: 'pass', checks: [{ name: 'pickle-scan', target: 'm.pkl', outcome: 'pass', details: {} }] },
    { id: 'code', findings: [mkFinding(1, { severity: 'high', blocking: false, suppressed: true, waiver }), mkFinding(2, { severity: 'low', blocking: false })] },
    { id: 'redteam', status: 'skipped', reason: 'not configured' }
  ])
}

describe('environment rules: compile at config load', () => {
  it('a rule that does not parse is a config error naming the file and the rule path', () => {
    expect(() => config("  production:\n    deny:\n      - \"gates.models.status == 'pass'\"\n      - { name: bad, expr: 'gates.models.status ==' }\n")).toThrow(
      /cfg\.yml:7: environments\.production\.deny\[1\]\.expr: CEL syntax error: Unexpected token: EOF/
    )
  })

  it('a misspelt top-level name, a type error and a non-bool result are config errors with the path', () => {
    expect(() => config("  prod:\n    require: [\"gatez.models.status == 'pass'\"]\n")).toThrow(/environments\.prod\.require\[0\]: CEL type error: Unknown variable: gatez/)
    expect(() => config("  prod:\n    warn: [\"1 + 'a'\"]\n")).toThrow(/environments\.prod\.warn\[0\]: CEL type error: no such overload/)
    expect(() => config('  prod:\n    require: ["size(findings)"]\n')).toThrow(/environments\.prod\.require\[0\]: the expression gives a int, not a bool/)
  })

  it('bounds evaluation: comprehensions may not nest deeper than the limit, nor expressions grow past the caps', () => {
    const nested = 'findings.exists(a, findings.exists(b, a.path == b.path && a.gate != b.gate))'
    expect(() => compile(nested)).toThrow(new RegExp(`nest 2 deep, over the limit of ${MAX_MACRO_NESTING}`))
    expect(() => compile("findings.exists(a, a.gate == 'code') && waivers.all(w, w.daysLeft > 3)")).not.toThrow()
    expect(() => compile(Array.from({ length: 600 }, () => 'true').join('&&'))).toThrow(/maxAstNodes/)
    expect(() => compile('x'.repeat(5000))).toThrow(/over the 4000-character limit/)
  })

  it('matches() takes only a literal pattern without nested quantifiers (report text is hostile)', () => {
    expect(() => config("  p:\n    deny: [\"findings.exists(f, f.message.matches('(a+)+$'))\"]\n")).toThrow(/environments\.p\.deny\[0\]: matches\('\(a\+\)\+\$'\): a group with a quantifier inside is quantified again/)
    expect(() => compile('findings.exists(f, f.message.matches(f.path))')).toThrow(/needs a literal pattern/)
    expect(() => compile("findings.exists(f, f.ruleId.matches('^B6[0-9]+$'))")).not.toThrow()
  })

  it('records which report paths a rule reads', () => {
    expect(compile("gates['models'].status == 'pass' && waivers.all(w, w.daysLeft > 3) && has(gates.signing)").paths.sort()).toEqual(['gates.models.status', 'gates.signing', 'waivers'])
  })
})

describe('environment rules: evaluation over a report', () => {
  const today = '2026-11-30'

  it('declarative gates and Conftest-style deny/warn: names, results, messages and inputs', () => {
    const c = config(
      [
        '  production:',
        '    gates: { models: pass, redteam: [pass, skipped] }',
        '    deny:',
        "      - { name: no-blocking, expr: 'findings.exists(f, f.blocking)', msg: 'blocking findings' }",
        "      - { name: low-findings, expr: \"gates.code.bySeverity.low > 0\", message: 'low findings remain' }",
        '    warn:',
        "      - { name: suppressed, expr: 'gates.code.suppressed > 0', msg: 'some findings are waived' }",
        "      - 'size(notChecked) > 0'",
        ''
      ].join('\n')
    )
    const res = evaluatePolicy(report(), 'production', c.environments!.production, today)
    const by = Object.fromEntries(res.rules.map((r) => [r.name, r]))
    expect(by['gate:models']).toMatchObject({ kind: 'require', result: 'pass', source: 'environments.production.gates.models', inputs: { 'gates.models.status': 'pass' } })
    expect(by['gate:redteam'].result).toBe('pass')
    expect(by['no-blocking']).toMatchObject({ kind: 'deny', result: 'pass', inputs: { findings: 'list of 2' } })
    expect(by['low-findings']).toMatchObject({ kind: 'deny', result: 'fail', message: 'low findings remain', inputs: { 'gates.code.bySeverity.low': 1 } })
    expect(by['suppressed']).toMatchObject({ kind: 'warn', result: 'warn', message: 'some findings are waived' })
    expect(by['warn[1]']).toMatchObject({ kind: 'warn', result: 'pass', source: 'environments.production.warn[1]' })
    expect(res.status).toBe('fail')
    // A deny that fires makes a passing run fail; the policy travels in the report.
    const joined = withPolicy({ ...report(), status: 'pass' }, res)
    expect(joined.status).toBe('fail')
    expect(joined.policy?.environment).toBe('production')
  })

  it('warnings alone do not block', () => {
    const c = config("  staging:\n    warn: ['gates.code.findings > 0']\n")
    const res = evaluatePolicy(report(), 'staging', c.environments!.staging, today)
    expect(res.rules[0].result).toBe('warn')
    expect(res.status).toBe('pass')
    // Conftest's violation is a deny.
    const v = config("  staging:\n    violation: ['gates.code.findings > 0']\n")
    expect(evaluatePolicy(report(), 'staging', v.environments!.staging, today).rules[0]).toMatchObject({ name: 'violation[0]', kind: 'deny', result: 'fail', source: 'environments.staging.violation[0]' })
  })

  it('a required gate that is absent from the report is an error naming it, never a pass', () => {
    const c = config('  production:\n    gates: { signing: pass }\n    require: ["gates.approval.status == \'pass\'", "has(gates.approval) && gates.approval.status == \'pass\'"]\n')
    const res = evaluatePolicy(report(), 'production', c.environments!.production, today)
    expect(res.rules[0]).toMatchObject({ name: 'gate:signing', result: 'error', inputs: { 'gates.signing.status': '(not in the report)' } })
    expect(res.rules[0].message).toMatch(/^gates\.signing\.status: the report has no gate "signing" \(it has: models, code, redteam\); a rule over a missing key is an error, never a pass/)
    expect(res.rules[1]).toMatchObject({ result: 'error' })
    expect(res.rules[1].message).toMatch(/no gate "approval"/)
    // has() makes a key optional on purpose: false, so the require does not hold (fail, not error).
    expect(res.rules[2].result).toBe('fail')
    expect(res.status).toBe('error')
    expect(withPolicy(report(), res).status).toBe('error')
  })

  it('a missing key deeper than gates is named with what is there', () => {
    const c = config("  production:\n    require: ['gates.models.sigs > 0']\n")
    const res = evaluatePolicy(report(), 'production', c.environments!.production, today)
    expect(res.rules[0].result).toBe('error')
    expect(res.rules[0].message).toMatch(/gates\.models\.sigs: the report has no key "sigs" under gates\.models \(it has: status, summary, findings/)
  })

  it('waiver expiry: a waiver used in this run that expires within N days fails the rule', () => {
    const c = config('  production:\n    waivers: { min-days-left: 14 }\n  staging:\n    waivers: { min-days-left: 7 }\n')
    const prod = evaluatePolicy(report(), 'production', c.environments!.production, today)
    expect(prod.rules[0]).toMatchObject({ name: 'waivers:min-days-left', result: 'fail', expr: 'waivers.all(w, w.daysLeft >= 14)' })
    // 2026-12-10 is 10 days after 2026-11-30.
    const staging = evaluatePolicy(report(), 'staging', c.environments!.staging, today)
    expect(staging.rules[0].result).toBe('pass')
    const withWaivers = evaluatePolicy(report(), 'production', config("  p:\n    require: ['waivers.exists(w, w.daysLeft == 10 && w.findings == 1)']\n").environments!.p, today)
    expect(withWaivers.rules[0].result).toBe('pass')
  })

  it('approvals: N distinct approvers in the approval gate\'s data; an error when that gate gave none', () => {
    const data = { kind: 'approvals', version: 1, approvedBy: ['alice', 'bob'], satisfied: true, approvals: [] }
    const withApprovals = mkReport([{ id: 'approval', status: 'pass', data } as never])
    const c = config('  two:\n    approvals: 2\n  three:\n    approvals: 3\n    require: [\'gates.approval.data.satisfied\']\n')
    expect(evaluatePolicy(withApprovals, 'two', c.environments!.two, today).rules[0]).toMatchObject({ name: 'approvals', result: 'pass', inputs: { 'gates.approval.data.approvedBy': ['alice', 'bob'] } })
    const three = evaluatePolicy(withApprovals, 'three', c.environments!.three, today)
    expect(three.rules.map((r) => r.result)).toEqual(['fail', 'pass'])
    expect(three.rules[0].message).toBe('at least 3 approvals counted by the approval gate')
    const none = evaluatePolicy(report(), 'two', c.environments!.two, today)
    expect(none.rules[0].result).toBe('error')
    expect(none.rules[0].message).toMatch(/the report has no gate "approval"/)
  })

  it('signatures: the models gate must have verified signatures, all of them', () => {
    const c = config('  production:\n    signatures: true\n')
    const sig = (outcome: 'pass' | 'fail') => ({ name: 'signature', target: 'models/m', outcome, details: { status: outcome === 'pass' ? 'verified' : 'invalid' } })
    const scan = { name: 'pickle-scan', target: 'm.pkl', outcome: 'pass' as const, details: {} }
    const verdict = (checks: object[]) => evaluatePolicy(mkReport([{ id: 'models', checks } as never]), 'production', c.environments!.production, today).rules[0].result
    expect(verdict([scan, sig('pass'), sig('pass')])).toBe('pass')
    expect(verdict([scan, sig('pass'), sig('fail')])).toBe('fail')
    // No signature checked at all (signatures not configured): not a pass.
    expect(verdict([scan])).toBe('fail')
  })

  it('complete: anything not checked fails the rule', () => {
    const c = config('  production:\n    complete: true\n')
    const r = report()
    expect(evaluatePolicy(r, 'production', c.environments!.production, today).status).toBe('pass')
    r.notChecked = [{ gate: 'dependencies', what: 'requirements.txt', reason: 'pip-audit missing', fix: 'install: auto' }]
    expect(evaluatePolicy(r, 'production', c.environments!.production, today).rules[0]).toMatchObject({ result: 'fail', inputs: { notChecked: 'list of 1' } })
  })
})

describe('choosing the environment', () => {
  const envs = config("  production:\n    require: ['true']\n").environments

  it('an explicit name must have rules; the deployment environment applies only when it has some', () => {
    expect(selectEnvironment(envs, 'production', undefined, 'cfg.yml')?.from).toBe('input')
    expect(() => selectEnvironment(envs, 'prodution', undefined, 'cfg.yml')).toThrow(ConfigError)
    expect(() => selectEnvironment(envs, 'prodution', undefined, 'cfg.yml')).toThrow(/environment "prodution" has no rules in cfg\.yml \(did you mean "production"\?\)/)
    expect(selectEnvironment(envs, undefined, 'production', 'cfg.yml')).toMatchObject({ name: 'production', from: 'deployment' })
    expect(selectEnvironment(envs, undefined, 'preview', 'cfg.yml')).toBeNull()
    expect(selectEnvironment(undefined, undefined, undefined, null)).toBeNull()
  })

  it('runSession applies the rules after the gates and fails fast on an unknown environment', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'asg-policy-'))
    mkdirSync(path.join(dir, '.github'))
    mkdirSync(path.join(dir, 'models'))
    writeFileSync(path.join(dir, 'models', 'w.safetensors'), Buffer.concat([Buffer.from([2, 0, 0, 0, 0, 0, 0, 0]), Buffer.from('{}')]))
    writeFileSync(
      path.join(dir, '.github', 'ai-secure-gates.yml'),
      "version: 1\ngates:\n  models: {}\nenvironments:\n  production:\n    gates: { models: pass }\n    deny: [{ name: no-redteam, expr: \"gates.redteam.status != 'pass'\", msg: 'the red team did not pass' }]\n"
    )
    const base = { registry: GATES, reportRules: environmentRules, workspace: dir, tools: processRunner, logger: silentLogger, tempDir: dir, install: 'never' as const, maskSecret: () => {} }
    const { report } = await runSession({ ...base, environment: 'production' })
    expect(report.gates.find((g) => g.id === 'models')?.status).toBe('pass')
    expect(report.policy?.rules.map((r) => [r.name, r.result])).toEqual([
      ['gate:models', 'pass'],
      ['no-redteam', 'fail']
    ])
    expect(report.status).toBe('fail')
    await expect(runSession({ ...base, environment: 'staging' })).rejects.toThrow(/environment "staging" has no rules in \.github\/ai-secure-gates\.yml/)
    const none = await runSession(base)
    expect(none.report.policy).toBeUndefined()
    expect(none.report.status).toBe('pass')
  })
})

describe('the policy in the reporters', () => {
  it('a failed rule makes the overall check a failure and is named in its title, the text and the last line', () => {
    const c = config("  production:\n    deny: [{ name: no-low, expr: 'gates.code.bySeverity.low > 0', msg: 'low findings remain' }]\n")
    const base = { ...report(), status: 'pass' as const }
    base.gates = base.gates.map((g) => ({ ...g, status: g.status === 'skipped' ? 'skipped' : 'pass' }))
    const joined = withPolicy(base, evaluatePolicy(base, 'production', c.environments!.production, '2026-11-30'))
    expect(overallConclusion(base, 'fail')).toBe('success')
    expect(overallConclusion(joined, 'fail')).toBe('failure')
    expect(overallTitle(joined)).toBe('All 2 gates passed, but the environment production policy: no-low (fail)')
    expect(finalLine(joined)).toBe('ai-secure-gates: environment production policy: no-low (fail)')
    const text = renderText(joined, false)
    expect(text).toContain('policy production: fail')
    expect(text).toContain('  fail  deny    no-low: low findings remain')
    expect(text).toContain('        read: gates.code.bySeverity.low = 1')
    expect(text.trimEnd().split('\n').pop()).toBe('ai-secure-gates: FAIL')
  })
})
