/**
 * File names that are not valid UTF-8 cannot be handed to a gate as strings: every gate that walks
 * files says so (an error naming the bytes as \xNN), never drops them silently. The walker lists
 * such a name only where the walk would have listed it (globs matched with each bad byte read as
 * U+FFFD), so an unrelated file elsewhere does not stop a gate.
 */
import { afterEach, describe, expect, it } from '@jest/globals'
import { mkdirSync, mkdtempSync, realpathSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { walkFiles } from '../../src/engine/paths.js'
import type { GateReport } from '../../src/engine/types.js'
import { dataGate } from '../../src/gates/data/index.js'
import { modelsGate } from '../../src/gates/models/index.js'
import { sarifGate } from '../../src/gates/sarif/index.js'
import { verifyLock, writeLock } from '../../src/scanners/lock.js'
import { runOneGate } from '../support/gate-context.js'

const dirs: string[] = []
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true })
})

function workspace(): string {
  const d = realpathSync(mkdtempSync(path.join(os.tmpdir(), 'asg-nonutf8-')))
  dirs.push(d)
  return d
}

/** Writes `<ws>/<dir>/<prefix><0xff 0xfe><suffix>` (a Latin-1 style name that is not UTF-8). */
function putBad(ws: string, dir: string, prefix: string, suffix: string, content: string): void {
  mkdirSync(path.join(ws, dir), { recursive: true })
  writeFileSync(Buffer.concat([Buffer.from(path.join(ws, dir) + '/' + prefix), Buffer.from([0xff, 0xfe]), Buffer.from(suffix)]), content)
}

function put(ws: string, rel: string, content: string): void {
  mkdirSync(path.dirname(path.join(ws, rel)), { recursive: true })
  writeFileSync(path.join(ws, rel), content)
}

const CSV = 'a,b\n1,2\n3,4\n'
const SARIF = JSON.stringify({ version: '2.1.0', runs: [{ tool: { driver: { name: 'T', rules: [] } }, results: [] }] })

describe('names that are not UTF-8', () => {
  it('the walker lists them where the globs would select them, folders unless excluded', async () => {
    const ws = workspace()
    putBad(ws, 'models', 'w', '.pkl', 'x')
    putBad(ws, 'docs', 'caf', '.md', 'x')
    mkdirSync(Buffer.concat([Buffer.from(path.join(ws, 'data') + '/'), Buffer.from([0xe9])]), { recursive: true })
    expect((await walkFiles(ws)).unreadable).toEqual(['data/\\xe9/', 'docs/caf\\xff\\xfe.md', 'models/w\\xff\\xfe.pkl'])
    expect((await walkFiles(ws, { include: ['**/*.pkl'] })).unreadable).toEqual(['data/\\xe9/', 'models/w\\xff\\xfe.pkl'])
    expect((await walkFiles(ws, { include: ['models'] })).unreadable).toEqual(['models/w\\xff\\xfe.pkl'])
    expect((await walkFiles(ws, { exclude: ['docs/**', 'data/*'] })).unreadable).toEqual(['models/w\\xff\\xfe.pkl'])
  })

  it('the data gate reports a dataset file in a dataset folder it cannot name, and still checks the others', async () => {
    const ws = workspace()
    put(ws, 'data/good.csv', CSV)
    putBad(ws, 'data', 'tr', '.csv', CSV)
    putBad(ws, 'data', 'notes', '.txt', 'not a dataset')
    const report = await runOneGate(dataGate, { datasets: [{ path: 'data' }] }, { workspace: ws, tempDir: os.tmpdir() })
    const gate = report.gates[0] as GateReport
    expect(gate.status).toBe('error')
    expect(gate.reason).toMatch(/data\/tr\\xff\\xfe\.csv: the file name is not valid UTF-8.*not scanned/)
    expect(gate.reason).not.toMatch(/notes/)
    expect(gate.checks.find((c) => c.target === 'data/tr\\xff\\xfe.csv')).toMatchObject({ outcome: 'error' })
    expect(gate.checks.some((c) => c.target === 'data/good.csv' && c.outcome !== 'error')).toBe(true)
  })

  it('the sarif gate reports a SARIF file its glob selects but cannot name', async () => {
    const ws = workspace()
    put(ws, 'reports/a.sarif', SARIF)
    putBad(ws, 'reports', 'b', '.sarif', SARIF)
    const report = await runOneGate(sarifGate, { files: ['reports/*.sarif'] }, { workspace: ws, tempDir: os.tmpdir() })
    const gate = report.gates[0] as GateReport
    expect(gate.status).toBe('error')
    expect(gate.reason).toMatch(/reports\/b\\xff\\xfe\.sarif: the file name is not valid UTF-8/)
    expect(gate.checks.map((c) => [c.target, c.outcome]).sort()).toEqual([
      ['reports/a.sarif', 'pass'],
      ['reports/b\\xff\\xfe.sarif', 'error']
    ])
    // only such a file matching: still an error naming it, not "matches no file"
    const ws2 = workspace()
    putBad(ws2, 'reports', 'b', '.sarif', SARIF)
    const only = (await runOneGate(sarifGate, { files: ['reports/*.sarif'] }, { workspace: ws2, tempDir: os.tmpdir() })).gates[0] as GateReport
    expect(only.status).toBe('error')
    expect(only.reason).toMatch(/not valid UTF-8/)
    expect(only.reason).not.toMatch(/matches no file/)
  })

  it('the models gate reports one its discovery would scan, not a document elsewhere', async () => {
    const ws = workspace()
    put(ws, 'models/ok.safetensors', '')
    putBad(ws, '.', 'weights', '.pt', 'x')
    putBad(ws, 'docs', 'caf', '.md', 'x')
    const gate = (await runOneGate(modelsGate, {}, { workspace: ws, tempDir: os.tmpdir() })).gates[0] as GateReport
    expect(gate.status).toBe('error')
    const named = gate.checks.filter((c) => c.name === 'file-name').map((c) => c.target)
    expect(named).toEqual(['weights\\xff\\xfe.pt'])
  })

  it('the hash lock refuses to leave such a file out, and its check names it as not verified', async () => {
    const ws = workspace()
    put(ws, 'models/a.bin', 'a')
    await writeLock({ workspace: ws, lockPath: 'models.lock.json', paths: ['models'] })
    putBad(ws, 'models', 'b', '.bin', 'b')
    await expect(writeLock({ workspace: ws, lockPath: 'models.lock.json', paths: ['models'] })).rejects.toThrow(/models\/b\\xff\\xfe\.bin.*not valid UTF-8|not valid UTF-8.*models\/b\\xff\\xfe\.bin/)
    const r = await verifyLock({ workspace: ws, lockPath: 'models.lock.json', paths: ['models'], gate: 'models' })
    expect(r.errors.join('\n')).toMatch(/models\/b\\xff\\xfe\.bin: the name is not valid UTF-8/)
    expect(r.checks.find((c) => c.target === 'models/b\\xff\\xfe.bin')).toMatchObject({ outcome: 'error' })
  })
})
