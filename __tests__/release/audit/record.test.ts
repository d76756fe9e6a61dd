import { describe, expect, it } from '@jest/globals'
import { spawnSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { appendAuditLog, approvalsIn, buildAuditRecord } from '../../../src/release/audit/record.js'
import { cli } from '../../../src/cli/main.js'
import { auditRecordSchema } from '../../../src/release/audit/schema.js'
import { SCHEMA_FILES } from '../../../src/config/json-schema.js'
import { mkFinding, mkReport } from '../../support/report.js'
import { runnerSetup } from '../../support/action.js'

const sha = (s: string) => createHash('sha256').update(s).digest('hex')

function sample() {
  const waiver = { gate: 'code', rule: 'R1', reason: 'accepted until the refactor', expires: '2026-12-20' }
  return mkReport([
    { id: 'code', findings: [mkFinding(1, { suppressed: true, blocking: false, waiver }), mkFinding(2, { severity: 'low', blocking: false })] },
    {
      id: 'approval',
      checks: [
        { name: 'review', target: 'models/**', outcome: 'pass', details: { reviewer: 'alice', state: 'APPROVED', submittedAt: '2026-11-29T10:00:00Z', commit: 'c'.repeat(40) } },
        { name: 'review', target: 'models/**', outcome: 'info', details: { login: 'bob', state: 'DISMISSED' } },
        { name: 'paths', target: 'models/a.pt', outcome: 'info', details: {} }
      ]
    }
  ])
}

describe('audit record', () => {
  it('records trigger, gates, approvals, waivers and the report hash, and matches its schema', () => {
    const text = '{"report":1}\n'
    const r = buildAuditRecord(sample(), {
      trigger: { actor: 'carol', event: 'deployment', sha: 'a'.repeat(40), repository: 'o/r', runUrl: 'https://github.com/o/r/actions/runs/9' },
      report: { path: '/tmp/report.json', text },
      now: new Date('2026-11-30T12:00:00Z')
    })
    expect(r).toMatchObject({
      auditVersion: 1,
      kind: 'run',
      recordedAt: '2026-11-30T12:00:00.000Z',
      trigger: { actor: 'carol', event: 'deployment', sha: 'a'.repeat(40), pullRequest: null, workflow: null },
      environment: null,
      status: 'pass',
      gates: [
        { id: 'code', status: 'pass', findings: 1, blocking: 0 },
        { id: 'approval', status: 'pass', findings: 0, blocking: 0 }
      ],
      approvals: [
        { gate: 'approval', reviewer: 'alice', state: 'APPROVED', at: '2026-11-29T10:00:00Z', commit: 'c'.repeat(40) },
        { gate: 'approval', reviewer: 'bob', state: 'DISMISSED', at: null, commit: null }
      ],
      waivers: [{ gate: 'code', rule: 'R1', reason: 'accepted until the refactor', expires: '2026-12-20', daysLeft: 20, findings: 1 }],
      policy: null,
      report: { path: '/tmp/report.json', sha256: sha(text) },
      previous: null
    })
    expect(auditRecordSchema.safeParse(JSON.parse(JSON.stringify(r))).success).toBe(true)
    expect(approvalsIn(mkReport([{ id: 'code' }]))).toEqual([])
    // The approval gate's data (kind "approvals") is read first, with whether each review counted.
    const data = {
      kind: 'approvals',
      version: 1,
      approvals: [
        { reviewer: 'alice', state: 'APPROVED', commit: 'c'.repeat(40), submittedAt: '2026-11-30T10:04:00Z', counted: true, reason: null },
        { reviewer: 'bob', state: 'DISMISSED', commit: 'd'.repeat(40), submittedAt: '2026-11-30T09:00:00Z', counted: false, reason: 'approval dismissed' }
      ]
    }
    expect(approvalsIn(mkReport([{ id: 'approval', data } as never]))).toEqual([
      { gate: 'approval', reviewer: 'alice', state: 'APPROVED', at: '2026-11-30T10:04:00Z', commit: 'c'.repeat(40), counted: true },
      { gate: 'approval', reviewer: 'bob', state: 'DISMISSED', at: '2026-11-30T09:00:00Z', commit: 'd'.repeat(40), counted: false }
    ])
  })

  it('the JSON Schema file is generated from the zod schema and describes every field', () => {
    const file = readFileSync('schema/audit-record.schema.json', 'utf8')
    expect(file).toBe(SCHEMA_FILES['schema/audit-record.schema.json']())
    const schema = JSON.parse(file)
    expect(schema.properties.auditVersion.const).toBe(1)
    expect(Object.keys(schema.properties).sort()).toEqual(['approvals', 'auditVersion', 'deployCheck', 'environment', 'gates', 'kind', 'notChecked', 'policy', 'previous', 'recordedAt', 'report', 'status', 'tool', 'trigger', 'waivers'])
    // kind and deployCheck were added as optional fields: records written before them still validate (auditVersion stays 1)
    expect(schema.required).not.toContain('kind')
    expect(schema.required).not.toContain('deployCheck')
    expect(schema.additionalProperties).toBe(false)
  })

  it('appends to a JSON Lines log, chaining each record to the previous line by SHA-256; refuses a file that is not one', async () => {
    const ws = mkdtempSync(path.join(os.tmpdir(), 'asg-audit-'))
    const rec = buildAuditRecord(sample(), { trigger: {} })
    const a = await appendAuditLog(ws, 'audit/log.jsonl', rec)
    const b = await appendAuditLog(ws, 'audit/log.jsonl', rec)
    expect(a.previous).toBeNull()
    const lines = readFileSync(path.join(ws, 'audit/log.jsonl'), 'utf8').split('\n')
    expect(lines).toHaveLength(3)
    expect(lines[2]).toBe('')
    expect(b.previous).toBe(sha(lines[0]))
    expect(JSON.parse(lines[1]).previous).toBe(sha(lines[0]))

    writeFileSync(path.join(ws, 'notes.txt'), 'hello\n')
    await expect(appendAuditLog(ws, 'notes.txt', rec)).rejects.toThrow(/audit-log notes\.txt: its last line is not an audit record .*the file was not changed/)
    expect(readFileSync(path.join(ws, 'notes.txt'), 'utf8')).toBe('hello\n')
    await expect(appendAuditLog(ws, '../outside.jsonl', rec)).rejects.toThrow(/outside the workspace/)
    const outside = mkdtempSync(path.join(os.tmpdir(), 'asg-out-'))
    symlinkSync(outside, path.join(ws, 'link'))
    await expect(appendAuditLog(ws, 'link/log.jsonl', rec)).rejects.toThrow(/leads through a symlink out of the workspace/)
  })
})

describe('the action writes the audit record and applies the environment policy', () => {
  it('audit.json beside the report, the audit-log line, policy-status, and the deployment environment from the event', () => {
    const ws = mkdtempSync(path.join(os.tmpdir(), 'asg-audit-ws-'))
    mkdirSync(path.join(ws, '.github'))
    mkdirSync(path.join(ws, 'models'))
    writeFileSync(path.join(ws, 'models', 'w.safetensors'), Buffer.concat([Buffer.from([2, 0, 0, 0, 0, 0, 0, 0]), Buffer.from('{}')]))
    writeFileSync(
      path.join(ws, '.github', 'ai-secure-gates.yml'),
      [
        'version: 1',
        'gates:',
        '  models: {}',
        'environments:',
        '  production:',
        '    gates: { models: pass }',
        "    deny: [{ name: needs-approval, expr: \"!has(gates.approval) || gates.approval.status != 'pass'\", msg: 'production needs the approval gate to pass' }]",
        '  staging:',
        '    gates: { models: pass }',
        ''
      ].join('\n')
    )
    const run = (inputs: Record<string, string>, event: object = {}, eventName = 'push') => {
      const setup = runnerSetup({ workspace: ws, inputs: { 'report-dir': 'out', 'check-runs': 'none', 'audit-log': 'audit/log.jsonl', ...inputs }, event, eventName, env: { GITHUB_ACTOR: 'deploy-bot', GITHUB_RUN_ID: '77', GITHUB_REF: 'refs/heads/main' } })
      const r = spawnSync(process.execPath, ['--import', 'tsx', path.resolve('src/index.ts')], { env: setup.env, encoding: 'utf8', timeout: 180_000 })
      return setup.collect(r.status ?? -1, r.stdout, r.stderr)
    }
    const prod = run({ environment: 'production' })
    expect(prod.outputs).toMatchObject({ status: 'fail', 'policy-status': 'fail' })
    expect(prod.exitCode).toBe(1)
    expect(prod.summary).toMatch(/### Environment policy: production failed/)
    expect(prod.summary).toMatch(/\| needs-approval \| deny \| ❌ fail \| production needs the approval gate to pass \|/)
    const audit = JSON.parse(readFileSync(prod.outputs.audit, 'utf8'))
    expect(audit).toMatchObject({ auditVersion: 1, environment: 'production', status: 'fail', trigger: { actor: 'deploy-bot', event: 'push', sha: 'a'.repeat(40), runId: '77', ref: 'refs/heads/main' } })
    expect(audit.policy.rules.map((r: { name: string; result: string }) => [r.name, r.result])).toEqual([
      ['gate:models', 'pass'],
      ['needs-approval', 'fail']
    ])
    expect(audit.report.sha256).toBe(sha(readFileSync(path.join(ws, 'out', 'report.json'), 'utf8')))
    expect(JSON.parse(readFileSync(path.join(ws, 'out', 'report.json'), 'utf8')).policy.environment).toBe('production')

    // A deployment event names the environment: its rules apply without the input.
    const staging = run({}, { deployment: { environment: 'staging' } }, 'deployment')
    expect(staging.outputs).toMatchObject({ status: 'pass', 'policy-status': 'pass' })
    expect(staging.exitCode).toBe(0)
    const log = readFileSync(path.join(ws, 'audit', 'log.jsonl'), 'utf8').trimEnd().split('\n')
    expect(log).toHaveLength(2)
    expect(JSON.parse(log[1])).toMatchObject({ environment: 'staging', previous: sha(log[0]), trigger: { event: 'deployment' } })

    const unknown = run({ environment: 'prod' })
    expect(unknown.outputs.status).toBe('error')
    expect(unknown.stdout).toMatch(/environment "prod" has no rules in \.github\/ai-secure-gates\.yml/)
  }, 240_000)
})

describe('the CLI: run --environment --audit-log', () => {
  it('applies the rules, exits by the joined status and appends the record with the local user and HEAD commit', async () => {
    const ws = mkdtempSync(path.join(os.tmpdir(), 'asg-audit-cli-'))
    mkdirSync(path.join(ws, '.github'))
    writeFileSync(path.join(ws, 'a.py'), 'print(1)\n')
    writeFileSync(path.join(ws, '.github', 'ai-secure-gates.yml'), "version: 1\ngates:\n  secrets: {}\nenvironments:\n  production:\n    gates: { secrets: pass, code: pass }\n")
    const git = (...args: string[]) => spawnSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', ...args], { cwd: ws, encoding: 'utf8' })
    git('init', '-q')
    git('add', '-A')
    git('commit', '-qm', 'x')
    const head = git('rev-parse', 'HEAD').stdout.trim()
    const out = path.join(ws, 'report.json')
    expect(await cli(['run', '--workspace', ws, '--gates', 'secrets', '--environment', 'production', '--audit-log', 'audit.jsonl', '--format', 'json', '--output', out])).toBe(1)
    const report = JSON.parse(readFileSync(out, 'utf8'))
    expect(report.policy.rules.map((r: { name: string; result: string }) => [r.name, r.result])).toEqual([
      ['gate:secrets', 'pass'],
      ['gate:code', 'fail']
    ])
    const rec = JSON.parse(readFileSync(path.join(ws, 'audit.jsonl'), 'utf8'))
    expect(rec).toMatchObject({ environment: 'production', status: 'fail', trigger: { actor: os.userInfo().username, sha: head }, report: { sha256: sha(readFileSync(out, 'utf8')) } })
    expect(await cli(['run', '--workspace', ws, '--environment', 'prod'])).toBe(2)
  }, 120_000)
})
