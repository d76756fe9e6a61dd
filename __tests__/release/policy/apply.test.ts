/**
 * mode: report: the environment policy over a merged report, through the same rules as a run
 * (session-rules.ts): chosen by the input or the deployment's environment, a config error for an
 * unknown name, nothing applied (and no config read) when no environment is named.
 */
import { describe, expect, it } from '@jest/globals'
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { ConfigError } from '../../../src/engine/errors.js'
import { applyEnvironmentPolicy } from '../../../src/release/policy/apply.js'
import { mkReport } from '../../support/report.js'

function workspace(config: string): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'asg-policy-apply-'))
  mkdirSync(path.join(dir, '.github'))
  writeFileSync(path.join(dir, '.github', 'ai-secure-gates.yml'), config)
  return dir
}

const CONFIG = "version: 1\ngates: {}\nenvironments:\n  production:\n    gates: { models: pass }\n    deny: [{ name: no-redteam, expr: \"gates.redteam.status != 'pass'\", msg: 'the red team did not pass' }]\n"
const merged = () => mkReport([{ id: 'models', status: 'pass' }, { id: 'redteam', status: 'skipped', reason: 'not configured' }])

describe('applyEnvironmentPolicy (mode: report)', () => {
  it("applies the named environment's rules to the merged report", async () => {
    const ws = workspace(CONFIG)
    const report = await applyEnvironmentPolicy(merged(), { workspace: ws, environment: 'production', today: '2026-11-30' })
    expect(report.policy).toMatchObject({ environment: 'production' })
    expect(report.policy?.rules.map((r) => [r.name, r.result])).toEqual([
      ['gate:models', 'pass'],
      ['no-redteam', 'fail']
    ])
    expect(report.status).toBe('fail')
    // The deployment's environment applies when the config has rules for it, else nothing does.
    expect((await applyEnvironmentPolicy(merged(), { workspace: ws, deploymentEnvironment: 'production' })).policy?.rules).toHaveLength(2)
    const preview = merged()
    expect(await applyEnvironmentPolicy(preview, { workspace: ws, deploymentEnvironment: 'preview' })).toBe(preview)
  })

  it('an unknown environment is a config error naming the file; no environment reads no config', async () => {
    const ws = workspace(CONFIG)
    await expect(applyEnvironmentPolicy(merged(), { workspace: ws, environment: 'staging' })).rejects.toThrow(ConfigError)
    await expect(applyEnvironmentPolicy(merged(), { workspace: ws, environment: 'staging' })).rejects.toThrow(/environment "staging" has no rules in \.github\/ai-secure-gates\.yml/)
    const broken = workspace('version: 1\ngates: [not a map\n')
    const report = merged()
    expect(await applyEnvironmentPolicy(report, { workspace: broken })).toBe(report)
  })
})
