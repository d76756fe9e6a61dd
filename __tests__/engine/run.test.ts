import { describe, expect, it } from '@jest/globals'
import { z } from 'zod'
import { configSchema } from '../../src/config/schema.js'
import { ToolError } from '../../src/engine/errors.js'
import { Policy } from '../../src/engine/policy.js'
import { exitCodeFor, runEngine } from '../../src/engine/run.js'
import type { Gate, GateRunResult } from '../../src/engine/types.js'
import { gateContext } from '../support/gate-context.js'

const gate = (id: string, run: () => Promise<GateRunResult>): Gate<Record<string, never>> => ({ id, title: id, configSchema: z.object({}), run })
const ok = (findings: GateRunResult['findings'] = []): GateRunResult => ({ findings, checks: [{ name: 'x', target: 'a', outcome: 'pass', details: {} }], errors: [] })
const finding = (severity: 'high' | 'low') => ({ ruleId: 'R', severity, message: 'm', location: { path: 'a', startLine: 1 } })

async function engine(gates: Gate<any>[], blocks: Record<string, unknown>, extra: Record<string, unknown> = {}) {
  const ctx = gateContext('/tmp', {})
  const config = { ...configSchema.parse({ version: 1 }), gates: blocks } as any
  return runEngine({ ...ctx, config, registry: gates, policy: new Policy({ waivers: [], baseline: null, today: '2026-11-22' }), ...extra })
}

describe('engine', () => {
  it('gives each status exactly as DESIGN.md defines it', async () => {
    const report = await engine(
      [
        gate('passes', async () => ok([finding('low')])),
        gate('fails', async () => ok([finding('high')])),
        gate('throws', async () => {
          throw new ToolError('TOOL_FAILED', 'tool crashed', { stderrTail: 'Traceback\nKeyError: x' })
        }),
        gate('errs', async () => ({ ...ok([finding('high')]), errors: ['could not parse b.py'] })),
        gate('notapplicable', async () => ({ ...ok(), skipped: 'nothing to scan' })),
        gate('off', async () => ok()),
        gate('absent', async () => ok())
      ],
      { passes: {}, fails: {}, throws: {}, errs: {}, notapplicable: {}, off: { enabled: false } }
    )
    const by = Object.fromEntries(report.gates.map((g) => [g.id, g]))
    expect(by.passes.status).toBe('pass')
    expect(by.fails.status).toBe('fail')
    expect(by.throws.status).toBe('error')
    expect(by.throws.reason).toContain('KeyError: x')
    expect(by.errs.status).toBe('error')
    expect(by.errs.findings).toHaveLength(1)
    expect(by.notapplicable.status).toBe('skipped')
    expect(by.notapplicable.reason).toBe('nothing to scan')
    expect(by.off.status).toBe('skipped')
    expect(by.absent.reason).toBe('not configured')
    expect(report.status).toBe('error')
    expect(exitCodeFor(report.status)).toBe(2)
  })

  it('stops a gate at its time limit and reports error, not pass', async () => {
    let aborted = false
    const slow: Gate<any> = {
      id: 'slow',
      title: 'slow',
      configSchema: z.object({}),
      run: (ctx) =>
        new Promise((resolve) => {
          ctx.signal.addEventListener('abort', () => {
            aborted = true
          })
          setTimeout(() => resolve(ok()), 5000).unref()
        })
    }
    const report = await engine([slow], { slow: { 'timeout-minutes': 0.001 } })
    expect(report.gates[0].status).toBe('error')
    expect(report.gates[0].reason).toMatch(/did not finish within/)
    expect(aborted).toBe(true)
  })

  it('runs gates concurrently', async () => {
    const started: number[] = []
    const mk = (id: string) => gate(id, () => new Promise((r) => { started.push(Date.now()); setTimeout(() => r(ok()), 300) }))
    const t0 = Date.now()
    await engine([mk('a'), mk('b'), mk('c')], { a: {}, b: {}, c: {} })
    expect(Date.now() - t0).toBeLessThan(800)
  })

  it('per-gate fail-on wins over the global one', async () => {
    const report = await engine([gate('g', async () => ok([finding('low')]))], { g: { 'fail-on': 'low' } }, { failOn: 'critical' })
    expect(report.gates[0].status).toBe('fail')
    expect(report.gates[0].failOn).toBe('low')
  })

  it('limits to selected gates and rejects unknown names with a suggestion', async () => {
    const report = await engine([gate('code', async () => ok()), gate('models', async () => ok())], {}, { only: ['models'] })
    expect(report.gates.map((g) => [g.id, g.status])).toEqual([['code', 'skipped'], ['models', 'pass']])
    await expect(engine([gate('code', async () => ok())], {}, { only: ['cod'] })).rejects.toThrow(/unknown gate "cod" \(did you mean "code"\?\)/)
  })

  it('a gate that examined nothing is skipped, not passed', async () => {
    const report = await engine(
      [
        gate('empty', async () => ({ findings: [], checks: [{ name: 'file-list', target: '.', outcome: 'info', details: { files: 0 } }], errors: [] })),
        gate('looked', async () => ok())
      ],
      { empty: {}, looked: {} }
    )
    expect(report.gates.map((g) => [g.id, g.status])).toEqual([['empty', 'skipped'], ['looked', 'pass']])
    expect(report.gates[0].reason).toMatch(/^nothing to examine/)
  })

  it('tells a gate whether its block came from a config file', async () => {
    const seen: Array<boolean | undefined> = []
    const g: Gate<any> = { id: 'g', title: 'g', configSchema: z.object({}), run: async (ctx) => (seen.push(ctx.explicit), ok()) }
    await engine([g], { g: {} })
    await engine([g], { g: {} }, { implicitConfig: true })
    await engine([g], {}, { only: ['g'] })
    expect(seen).toEqual([true, false, false])
  })

  it('validates a gate block with the gate schema', async () => {
    const strict: Gate<any> = { id: 's', title: 's', configSchema: z.object({ n: z.number() }), run: async () => ok() }
    const report = await engine([strict], { s: { n: 'x' } })
    expect(report.gates[0].status).toBe('error')
  })
})
