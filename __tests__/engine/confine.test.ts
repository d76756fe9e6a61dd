/** Every path a gate or its tool reports stays inside the workspace (engine/confine.ts). */
import { describe, expect, it } from '@jest/globals'
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { confineToWorkspace, SYMLINK_RULE, walkNotes } from '../../src/engine/confine.js'
import { walkFiles } from '../../src/engine/paths.js'
import type { FindingInput } from '../../src/engine/types.js'

const f = (p: string, ruleId = 'R1'): FindingInput => ({ ruleId, severity: 'high', message: `about ${p}`, location: { path: p, startLine: 1 } })

describe('confineToWorkspace', () => {
  it('drops findings and checks whose path leads out (absolute, .., through a symlink), with a note; keeps the rest', async () => {
    const base = mkdtempSync(path.join(os.tmpdir(), 'asg-confine-'))
    const ws = path.join(base, 'ws')
    mkdirSync(path.join(ws, 'src'), { recursive: true })
    writeFileSync(path.join(ws, 'src', 'ok.py'), 'x')
    symlinkSync('/etc/passwd', path.join(ws, 'src', 'x.py'))
    symlinkSync('/etc', path.join(ws, 'etc-link'))
    const r = await confineToWorkspace(ws, {
      findings: [f('src/ok.py'), f('../../../../etc/shadow'), f('/etc/passwd'), f('src/x.py'), f('etc-link/hosts'), f('ghcr.io/org/app:1 (debian 12)'), f('src/deleted.py')],
      checks: [{ name: 'bandit', target: 'src/x.py', outcome: 'pass', details: {} }, { name: 'bandit', target: 'src/ok.py', outcome: 'pass', details: {} }, { name: 'pr', target: '#42', outcome: 'pass', details: {} }],
      errors: []
    })
    expect(r.findings.map((x) => x.location.path)).toEqual(['src/ok.py', 'ghcr.io/org/app:1 (debian 12)', 'src/deleted.py'])
    expect(r.checks.filter((c) => c.name !== 'outside-workspace').map((c) => c.target)).toEqual(['src/ok.py', '#42'])
    expect(r.checks.filter((c) => c.name === 'outside-workspace').map((c) => c.target).sort()).toEqual(['../../../../etc/shadow', '/etc/passwd', 'etc-link/hosts', 'src/x.py'])
  })

  it('symlinks leading out become findings (and are exempt from the drop)', async () => {
    const base = mkdtempSync(path.join(os.tmpdir(), 'asg-confine-'))
    const ws = path.join(base, 'ws')
    mkdirSync(path.join(ws, 'src'), { recursive: true })
    writeFileSync(path.join(ws, 'src', 'in.py'), 'x')
    symlinkSync('/etc/passwd', path.join(ws, 'src', 'x.py'))
    symlinkSync('in.py', path.join(ws, 'src', 'alias.py'))
    const walk = await walkFiles(ws)
    expect(walk.outside).toEqual(['src/x.py'])
    const notes = walkNotes(walk)
    expect(notes.findings.map((x) => [x.ruleId, x.location.path])).toEqual([[SYMLINK_RULE, 'src/x.py']])
    const r = await confineToWorkspace(ws, { findings: notes.findings, checks: notes.checks, errors: [] })
    expect(r.findings).toHaveLength(1)
  })
})
