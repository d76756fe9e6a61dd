import { describe, expect, it } from '@jest/globals'
import { Policy } from '../../src/engine/policy.js'
import type { FindingInput } from '../../src/engine/types.js'

const f = (over: Partial<FindingInput> = {}): FindingInput => ({
  ruleId: 'B301',
  severity: 'medium',
  message: 'pickle',
  location: { path: 'src/a.py', startLine: 10 },
  fingerprintKey: 'x = pickle.loads(d)',
  ...over
})

const waiver = (over: Record<string, unknown> = {}) => ({ gate: 'code', rule: 'B301', reason: 'legacy loader', expires: '2030-01-01', ...over })

describe('policy', () => {
  it('blocks at and above the threshold only', () => {
    const p = new Policy({ waivers: [], baseline: null, today: '2026-11-22' })
    const out = p.apply('code', [f({ severity: 'high' }), f({ severity: 'medium', ruleId: 'B2' }), f({ severity: 'low', ruleId: 'B3' })], 'medium')
    expect(out.map((x) => x.blocking)).toEqual([true, true, false])
    expect(p.apply('code', [f({ severity: 'critical' })], 'none')[0].blocking).toBe(false)
  })

  it('applies an unexpired waiver matching gate, rule and path glob', () => {
    const p = new Policy({ waivers: [waiver({ path: 'src/**' })], baseline: null, today: '2026-11-22' })
    const [a] = p.apply('code', [f()], 'low')
    expect(a.suppressed).toBe(true)
    expect(a.blocking).toBe(false)
    expect(a.waiver?.reason).toBe('legacy loader')
    expect(p.apply('code', [f({ location: { path: 'lib/a.py', startLine: 1 } })], 'low')[0].blocking).toBe(true)
    expect(p.apply('secrets', [f()], 'low')[0].blocking).toBe(true)
    expect(p.notes(new Set(['code']))).toEqual([])
  })

  it('matches a waiver rule against aliases (a CVE covering its GHSA)', () => {
    const p = new Policy({ waivers: [waiver({ gate: 'dependencies', rule: 'CVE-2024-1' })], baseline: null, today: '2026-11-22' })
    const [a] = p.apply('dependencies', [f({ ruleId: 'GHSA-xxxx', aliases: ['CVE-2024-1'] })], 'low')
    expect(a.suppressed).toBe(true)
  })

  it('stops applying an expired waiver and says so', () => {
    const p = new Policy({ waivers: [waiver({ expires: '2026-11-21' })], baseline: null, today: '2026-11-22' })
    const [a] = p.apply('code', [f()], 'medium')
    expect(a.suppressed).toBe(false)
    expect(a.blocking).toBe(true)
    const notes = p.notes(new Set(['code']))
    expect(notes).toHaveLength(1)
    expect(notes[0].state).toBe('expired')
    expect(notes[0].message).toMatch(/expired on 2026-11-21 and no longer applies/)
  })

  it('a waiver expiring today still applies', () => {
    const p = new Policy({ waivers: [waiver({ expires: '2026-11-22' })], baseline: null, today: '2026-11-22' })
    expect(p.apply('code', [f()], 'medium')[0].suppressed).toBe(true)
  })

  it('reports a waiver that matched nothing as stale, only for gates that ran', () => {
    const p = new Policy({ waivers: [waiver({ rule: 'B999' }), waiver({ gate: 'models', rule: 'x' })], baseline: null, today: '2026-11-22' })
    p.apply('code', [f()], 'medium')
    const notes = p.notes(new Set(['code']))
    expect(notes.map((n) => [n.state, n.waiver.rule])).toEqual([['stale', 'B999']])
  })

  it('waives by fingerprint', () => {
    const probe = new Policy({ waivers: [], baseline: null, today: '2026-11-22' })
    const fp = probe.apply('code', [f()], 'low')[0].fingerprint
    const p = new Policy({ waivers: [{ gate: 'code', fingerprint: fp, reason: 'ok', expires: '2030-01-01' }], baseline: null, today: '2026-11-22' })
    expect(p.apply('code', [f()], 'low')[0].suppressed).toBe(true)
    expect(p.apply('code', [f({ fingerprintKey: 'other' })], 'low')[0].suppressed).toBe(false)
  })

  it('keeps fingerprints across line moves; only findings not in the baseline block', () => {
    const first = new Policy({ waivers: [], baseline: null, today: '2026-11-22' }).apply('code', [f()], 'low')
    const moved = f({ location: { path: 'src/a.py', startLine: 42 } })
    const fresh = f({ fingerprintKey: 'y = pickle.load(g)', location: { path: 'src/a.py', startLine: 50 } })
    const p = new Policy({ waivers: [], baseline: new Set(first.map((x) => x.fingerprint)), today: '2026-11-22' })
    const [m, n] = p.apply('code', [moved, fresh], 'low')
    expect(m.fingerprint).toBe(first[0].fingerprint)
    expect(m.baseline).toBe(true)
    expect(m.blocking).toBe(false)
    expect(n.blocking).toBe(true)
  })

  it('numbers repeats of the same finding in one file', () => {
    const p = new Policy({ waivers: [], baseline: null, today: '2026-11-22' })
    const out = p.apply('code', [f({ location: { path: 'src/a.py', startLine: 5 } }), f({ location: { path: 'src/a.py', startLine: 9 } })], 'low')
    expect(out[1].fingerprint).toBe(`${out[0].fingerprint}:2`)
  })
})
