import { describe, expect, it } from '@jest/globals'
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { codeConfigSchema } from '../../src/gates/code/config.js'
import { codeGate } from '../../src/gates/code/index.js'
import { parseInlineComment } from '../../src/gates/code/suppress.js'
import { toSarif } from '../../src/report/sarif.js'
import { gateContext, runOneGate } from '../support/gate-context.js'
import { requireCurrentBandit, toolsWithBandit } from './code-bandit-tool.js'

function repo(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'asg-suppress-'))
  for (const [rel, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true })
    writeFileSync(path.join(dir, rel), text)
  }
  return dir
}

const SOURCE = [
  'import pickle',
  'import subprocess',
  'import torch',
  'a = pickle.loads(d)  # nosec',
  'b = pickle.loads(d)  # nosec B301',
  'c = pickle.loads(d)  # nosec: pickle-load',
  'e = pickle.loads(d)  # nosec B602',
  'f = pickle.loads(d)  # ai-secure-gates: ignore[pickle-load] the cache is written by this job',
  'g = pickle.loads(d)  # ai-secure-gates: ignore[pickle-load]',
  'h = pickle.loads(d)  # ai-secure-gates: ignore[torch-load-unsafe] wrong rule',
  'm = torch.load(',
  '    p,',
  '    map_location="cpu",  # ai-secure-gates: ignore[torch-load-unsafe] our own checkpoint, hash-locked',
  ')',
  's = "pickle.loads(d)  # nosec"',
  'subprocess.call(cmd, shell=True)  # ai-secure-gates: ignore[B602] cmd is a constant table entry',
  'pickle.loads(d)  # safe # nosec',
  ''
].join('\n')

describe('inline suppression comments', () => {
  it('reads nosec with and without ids and the ignore[...] form', () => {
    expect(parseInlineComment('# nosec')).toMatchObject({ kind: 'nosec', ids: [] })
    expect(parseInlineComment('#nosec: b301, pickle-load')).toMatchObject({ kind: 'nosec', ids: ['B301', 'pickle-load'] })
    // words that are not ids are ignored, as bandit does: a blanket nosec
    expect(parseInlineComment('# nosec because it is fine')).toMatchObject({ kind: 'nosec', ids: [] })
    expect(parseInlineComment('# ai-secure-gates: ignore[pickle-load, B301] - own cache')).toEqual({ kind: 'ignore', ids: ['pickle-load', 'B301'], reason: 'own cache', text: '# ai-secure-gates: ignore[pickle-load, B301] - own cache' })
    expect(parseInlineComment('# ai-secure-gates: ignore[pickle-load]')).toMatchObject({ reason: null })
    expect(parseInlineComment('# a plain comment')).toBeNull()
  })

  it('marks the rules\' findings suppressed with the comment; ids are matched as bandit does, B301 standing for pickle-load', async () => {
    const dir = repo({ 'a.py': SOURCE })
    const r = await codeGate.run(gateContext(dir, codeConfigSchema.parse({ bandit: false })))
    const byLine = new Map(r.findings.map((f) => [f.location.startLine, f]))
    for (const line of [4, 5, 6, 8, 11, 17]) expect([line, byLine.get(line)?.suppression?.kind]).toEqual([line, 'inline'])
    for (const line of [7, 9, 10]) expect([line, byLine.get(line)?.suppression]).toEqual([line, undefined])
    expect(byLine.get(8)?.suppression).toEqual({ kind: 'inline', comment: '# ai-secure-gates: ignore[pickle-load] the cache is written by this job', reason: 'the cache is written by this job' })
    expect(byLine.get(11)?.suppression?.reason).toBe('our own checkpoint, hash-locked')
    expect(byLine.get(9)?.message).toMatch(/gives no reason, so it is not honoured/)
    expect(byLine.has(15)).toBe(false)
  })

  it('in the report: suppressed, never blocking, and inSource in SARIF', async () => {
    const dir = repo({ 'a.py': SOURCE })
    const report = await runOneGate(codeGate, { bandit: false }, { workspace: dir, tempDir: mkdtempSync(path.join(os.tmpdir(), 'asg-t-')) })
    const findings = report.gates[0].findings
    const f8 = findings.find((f) => f.location.startLine === 8)!
    expect(f8).toMatchObject({ suppressed: true, blocking: false, waiver: null, suppression: { reason: 'the cache is written by this job' } })
    expect(findings.find((f) => f.location.startLine === 7)).toMatchObject({ suppressed: false, blocking: true })
    const sarif = toSarif(report, {}) as any
    const results = sarif.runs.flatMap((run: any) => run.results)
    const r8 = results.find((x: any) => x.locations[0].physicalLocation.region.startLine === 8)
    expect(r8.suppressions).toEqual([{ kind: 'inSource', status: 'accepted', justification: 'the cache is written by this job' }])
  })

  it('applies to bandit findings too (ignore[B602]); bandit itself honours nosec', async () => {
    const bandit = requireCurrentBandit()
    const dir = repo({ 'a.py': SOURCE })
    const r = await codeGate.run(gateContext(dir, codeConfigSchema.parse({}), { tools: toolsWithBandit(bandit) }))
    const b602 = r.findings.find((f) => f.ruleId === 'B602')!
    expect(b602.suppression?.reason).toBe('cmd is a constant table entry')
    // line 7: "# nosec B602" does not cover B301, so bandit reports it and it merges into pickle-load
    expect(r.findings.find((f) => f.location.startLine === 7)).toMatchObject({ ruleId: 'pickle-load', aliases: ['B301'] })
    expect(r.findings.find((f) => f.location.startLine === 7)?.suppression).toBeUndefined()
  })

  it('works in notebook cells, pointing at the cell', async () => {
    const nb = {
      cells: [
        { cell_type: 'code', id: 'one', metadata: {}, execution_count: 1, outputs: [], source: ['import pickle\n', 'x = pickle.loads(d)  # ai-secure-gates: ignore[pickle-load] fixture data\n', 'y = pickle.loads(d)\n'] }
      ],
      metadata: { kernelspec: { name: 'python3', language: 'python', display_name: 'Python 3' } },
      nbformat: 4,
      nbformat_minor: 5
    }
    const dir = repo({ 'n.ipynb': JSON.stringify(nb, null, 1) })
    const r = await codeGate.run(gateContext(dir, codeConfigSchema.parse({ bandit: false })))
    const [x, y] = r.findings
    expect(x.suppression?.reason).toBe('fixture data')
    expect(x.properties?.notebookCell).toBe(1)
    expect(y.suppression).toBeUndefined()
    expect(r.checks).toContainEqual(expect.objectContaining({ name: 'notebook', target: 'n.ipynb', outcome: 'fail', details: expect.objectContaining({ findings: 1 }) }))
  })
})
