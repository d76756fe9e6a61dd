import { afterEach, describe, expect, it } from '@jest/globals'
import { createHash } from 'node:crypto'
import { cpSync, mkdirSync, mkdtempSync, readFileSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { parquetWriteBuffer } from 'hyparquet-writer'
import { dataGate } from '../../src/gates/data/index.js'
import { collect, lastFieldEnd as fieldEnd, parseDecimal, parseField, type Collected, type ColumnKind } from '../../src/gates/data/collect.js'
import { parseSchemaText } from '../../src/gates/data/schema.js'
import type { GateContext, GateRunResult } from '../../src/engine/types.js'
import { silentLogger } from '../../src/engine/logger.js'
import { writeLock } from '../../src/scanners/lock.js'
import { dvcMd5 } from '../../src/scanners/dvc.js'

const DEMO = path.join(process.cwd(), 'examples/demo-project')
const dirs: string[] = []
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true })
})

function workspace(): string {
  const d = realpathSync(mkdtempSync(path.join(os.tmpdir(), 'datagate-')))
  dirs.push(d)
  return d
}

function put(ws: string, rel: string, content: string | Buffer): void {
  mkdirSync(path.dirname(path.join(ws, rel)), { recursive: true })
  writeFileSync(path.join(ws, rel), content)
}

async function run(ws: string, block: Record<string, unknown>): Promise<GateRunResult> {
  const config = dataGate.configSchema.parse(block)
  const ctx: GateContext<any> = {
    workspace: ws,
    config,
    tools: {} as any,
    logger: silentLogger,
    tempDir: os.tmpdir(),
    install: 'never',
    signal: new AbortController().signal,
    maskSecret: () => undefined
  }
  return dataGate.run(ctx)
}

/** The demo project's data, copied into a fresh workspace. */
function demoWorkspace(): string {
  const ws = workspace()
  cpSync(path.join(DEMO, 'data'), path.join(ws, 'data'), { recursive: true })
  cpSync(path.join(DEMO, 'data.lock.json'), path.join(ws, 'data.lock.json'))
  return ws
}
const DEMO_BLOCK = { lock: 'data.lock.json', datasets: [{ path: 'data/incoming.jsonl', schema: 'data/schema.yml', reference: 'data/reference.jsonl' }] }

describe('the design-notes example', () => {
  it('the batch file is exactly the five records of the example', () => {
    const lines = readFileSync(path.join(DEMO, 'data/incoming.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l))
    expect(lines).toEqual([
      { user: 'A', val: 10 },
      { user: 'B', val: 12 },
      { usr: 'C', val: 999 },
      { user: 'D', val: 8 },
      { user: 'E', val: 150 }
    ])
  })

  it('fails with exactly three findings (schema, outlier 999, drift by 150) while provenance passes', async () => {
    const ws = demoWorkspace()
    const r = await run(ws, DEMO_BLOCK)
    expect(r.errors).toEqual([])
    expect(r.findings.map((f) => f.ruleId)).toEqual(['data/schema', 'data/outliers', 'data/drift'])
    const [schema, outliers, drift] = r.findings
    // Schema: one finding, both rules, row 3 / line 3.
    expect(schema.location).toEqual({ path: 'data/incoming.jsonl', startLine: 3 })
    expect(schema.message).toMatch(/unknown key "usr"/)
    expect(schema.message).toMatch(/required key "user" is missing/)
    const rules = (schema.properties!.rules as any[]).map((v) => [v.rule, v.count, v.examples[0].row, v.examples[0].line, v.examples[0].column])
    expect(rules).toEqual([
      ['unknown-column', 1, 3, 3, 'usr'],
      ['missing-column', 1, 3, 3, 'user']
    ])
    // Outlier: 999 only.
    expect(outliers.properties).toMatchObject({ column: 'val', rows: [3], values: [999] })
    expect(outliers.location.startLine).toBe(3)
    // Drift: moved by row 5 (150), with 999 (already reported) left out.
    expect(drift.properties).toMatchObject({ column: 'val', movedBy: [5] })
    expect(drift.location.startLine).toBe(5)
    expect(drift.message).toMatch(/= 150/)
    expect(drift.message).not.toMatch(/999/)
    // Provenance checks ran and passed.
    const prov = r.checks.filter((c) => c.name === 'hash-lock' || c.name === 'dvc')
    expect(prov.map((c) => [c.name, c.outcome])).toEqual([
      ['hash-lock', 'pass'],
      ['dvc', 'pass']
    ])
    // Every drift test is listed with dataset, column, test, statistic, p-value and sizes.
    const driftChecks = r.checks.filter((c) => c.name === 'drift')
    expect(driftChecks.map((c) => [c.details.test, c.outcome])).toEqual([
      ['ks', 'pass'],
      ['mean-shift', 'fail']
    ])
    for (const c of driftChecks) {
      expect(c.details).toMatchObject({ dataset: 'data/incoming.jsonl', reference: 'data/reference.jsonl', column: 'val', n: 4, m: 200 })
      expect(typeof c.details.statistic).toBe('number')
      expect(typeof c.details.pvalue).toBe('number')
    }
    // KS statistic and p-value as scipy.stats.ks_2samp([10, 12, 8, 150], reference) gives them.
    expect(driftChecks[0].details.statistic).toBeCloseTo(0.4, 12)
    expect(driftChecks[0].details.pvalue).toBeCloseTo(0.4548986321494657, 10)
    expect(driftChecks[1].details.statistic).toBeCloseTo(39.85040952602904, 8)
  })

  it('a clean batch from the reference distribution passes with every test listed', async () => {
    const ws = demoWorkspace()
    const ref = readFileSync(path.join(ws, 'data/reference.jsonl'), 'utf8').trim().split('\n')
    put(ws, 'data/incoming.jsonl', ref.slice(0, 60).join('\n') + '\n')
    rmSync(path.join(ws, 'data/incoming.jsonl.dvc'))
    const r = await run(ws, { datasets: [{ path: 'data/incoming.jsonl', schema: 'data/schema.yml', reference: 'data/reference.jsonl' }] })
    expect(r.errors).toEqual([])
    expect(r.findings).toEqual([])
    expect(r.checks.filter((c) => c.name === 'drift').map((c) => c.outcome)).toEqual(['pass', 'pass'])
  })
})

describe('provenance', () => {
  it('a dataset changed by one byte fails against the lock and against its DVC file', async () => {
    const ws = demoWorkspace()
    const file = path.join(ws, 'data/incoming.jsonl')
    const buf = readFileSync(file)
    buf[buf.indexOf('12')] = '3'.charCodeAt(0) // 12 -> 32
    writeFileSync(file, buf)
    const r = await run(ws, DEMO_BLOCK)
    const rules = r.findings.map((f) => f.ruleId)
    expect(rules).toContain('lock/hash-mismatch')
    expect(rules).toContain('dvc/hash-mismatch')
    expect(r.checks.find((c) => c.name === 'hash-lock')!.outcome).toBe('fail')
    expect(r.checks.find((c) => c.name === 'dvc')!.outcome).toBe('fail')
    expect(r.findings.find((f) => f.ruleId === 'dvc/hash-mismatch')!.message).toMatch(/incoming\.jsonl\.dvc/)
  })

  it('DVC 2 outs (no hash key) hash text after CRLF -> LF, as DVC 2 did', async () => {
    const ws = workspace()
    const content = 'a,b\r\n1,2\r\n3,4\r\n'
    put(ws, 'data/t.csv', content)
    const legacy = createHash('md5').update(content.replace(/\r\n/g, '\n')).digest('hex')
    expect((await dvcMd5(path.join(ws, 'data/t.csv'), true)).md5).toBe(legacy)
    expect((await dvcMd5(path.join(ws, 'data/t.csv'), false)).md5).toBe(createHash('md5').update(content).digest('hex'))
    put(ws, 'dvc.lock', `schema: '2.0'\nstages:\n  prep:\n    cmd: python prep.py\n    outs:\n    - path: data/t.csv\n      md5: ${legacy}\n      size: ${content.length}\n`)
    const r = await run(ws, { datasets: [{ path: 'data/t.csv' }] })
    expect(r.errors).toEqual([])
    expect(r.checks.find((c) => c.name === 'dvc')).toMatchObject({ outcome: 'pass', details: { source: 'dvc.lock', stage: 'prep' } })
  })

  it('a directory out is verified file by file from the cached manifest, and said unverifiable without it', async () => {
    const ws = workspace()
    put(ws, 'data/set/a.csv', 'x\n1\n2\n3\n4\n')
    put(ws, 'data/set/b.csv', 'x\n5\n6\n7\n8\n')
    const md5 = (s: string): string => createHash('md5').update(s).digest('hex')
    const manifest = JSON.stringify([
      { md5: md5('x\n1\n2\n3\n4\n'), relpath: 'a.csv' },
      { md5: md5('x\n5\n6\n7\n8\n'), relpath: 'b.csv' }
    ])
    const dirMd5 = md5(manifest)
    put(ws, 'data/set.dvc', `outs:\n- md5: ${dirMd5}.dir\n  size: 20\n  nfiles: 2\n  hash: md5\n  path: set\n`)
    // Without the cache: an error that says so, never a pass.
    let r = await run(ws, { datasets: [{ path: 'data/set' }] })
    expect(r.errors.join('\n')).toMatch(/not in the DVC cache/)
    // With the cache (DVC 3 layout).
    put(ws, `.dvc/cache/files/md5/${dirMd5.slice(0, 2)}/${dirMd5.slice(2)}.dir`, manifest)
    r = await run(ws, { datasets: [{ path: 'data/set' }] })
    expect(r.errors).toEqual([])
    expect(r.checks.filter((c) => c.name === 'dvc').map((c) => [c.target, c.outcome])).toEqual([
      ['data/set/a.csv', 'pass'],
      ['data/set/b.csv', 'pass']
    ])
    // One byte changed in one file of the directory.
    put(ws, 'data/set/b.csv', 'x\n5\n6\n7\n9\n')
    r = await run(ws, { datasets: [{ path: 'data/set' }] })
    expect(r.findings.map((f) => [f.ruleId, f.location.path])).toEqual([['dvc/hash-mismatch', 'data/set/b.csv']])
  })

  it('a tampered cached manifest is reported', async () => {
    const ws = workspace()
    put(ws, 'data/set/a.csv', 'x\n1\n2\n3\n4\n')
    const dirMd5 = 'aa' + '0'.repeat(30)
    put(ws, 'data/set.dvc', `outs:\n- md5: ${dirMd5}.dir\n  path: set\n  hash: md5\n`)
    put(ws, `.dvc/cache/files/md5/aa/${'0'.repeat(30)}.dir`, '[]')
    const r = await run(ws, { datasets: [{ path: 'data/set' }] })
    expect(r.findings.map((f) => f.ruleId)).toEqual(['dvc/manifest-mismatch'])
  })

  it('an out with only a cloud etag cannot be verified and says so', async () => {
    const ws = workspace()
    put(ws, 'data/t.csv', 'x\n1\n2\n3\n4\n')
    put(ws, 'data/t.csv.dvc', 'outs:\n- etag: "0x8D9"\n  path: t.csv\n')
    const r = await run(ws, { datasets: [{ path: 'data/t.csv' }] })
    expect(r.errors.join('\n')).toMatch(/cannot be verified: it records only a remote etag/)
  })

  it('dvc: required reports a dataset with no DVC record', async () => {
    const ws = workspace()
    put(ws, 'data/t.csv', 'x\n1\n2\n3\n4\n')
    const r = await run(ws, { dvc: 'required', datasets: [{ path: 'data/t.csv' }] })
    expect(r.findings.map((f) => f.ruleId)).toEqual(['dvc/untracked'])
  })

  it('the lock written by the lock command verifies, and a missing lock is an error', async () => {
    const ws = workspace()
    put(ws, 'data/t.csv', 'x\n1\n2\n3\n4\n')
    let r = await run(ws, { lock: 'data.lock.json', datasets: [{ path: 'data/t.csv' }] })
    expect(r.errors.join('\n')).toMatch(/data\.lock\.json not found/)
    await writeLock({ workspace: ws, lockPath: 'data.lock.json', paths: ['data/t.csv'] })
    r = await run(ws, { lock: 'data.lock.json', datasets: [{ path: 'data/t.csv' }] })
    expect(r.errors).toEqual([])
    expect(r.checks.find((c) => c.name === 'hash-lock')!.outcome).toBe('pass')
  })
})

describe('bad input is a finding or an error with file and line, never a crash or a pass', () => {
  const schema = 'columns:\n  id: { type: integer, unique: true }\n  score: { type: number, min: 0, max: 1 }\n  kind: { type: category, values: [a, b] }\n'

  it('ragged rows and type/range/allowed/unique violations: one schema finding, first N per rule and counts', async () => {
    const ws = workspace()
    put(ws, 's.yml', schema)
    put(ws, 'd.csv', 'id,score,kind\n1,0.5,a\n2,0.7\n3,1.5,c\n3,x,a\n5,0.1,b,extra\n')
    const r = await run(ws, { 'max-examples': 1, datasets: [{ path: 'd.csv', schema: 's.yml' }] })
    expect(r.errors).toEqual([])
    const f = r.findings.find((x) => x.ruleId === 'data/schema')!
    expect(f.location).toEqual({ path: 'd.csv', startLine: 3 })
    const rules = Object.fromEntries((f.properties!.rules as any[]).map((v) => [v.rule, [v.count, v.examples.length, v.examples[0].line, v.examples[0].column, v.examples[0].value]]))
    expect(rules).toEqual({
      'ragged-row': [2, 1, 3, null, null],
      max: [1, 1, 4, 'score', '"1.5"'],
      'allowed-values': [1, 1, 4, 'kind', '"c"'],
      unique: [1, 1, 5, 'id', '"3"'],
      type: [1, 1, 5, 'score', '"x"']
    })
  })

  it('invalid UTF-8 is an error naming the file and line', async () => {
    const ws = workspace()
    put(ws, 'd.csv', Buffer.concat([Buffer.from('x\n1\n2\n'), Buffer.from([0xc3, 0x28]), Buffer.from('\n')]))
    const r = await run(ws, { datasets: [{ path: 'd.csv' }] })
    expect(r.errors.join('\n')).toMatch(/d\.csv:4: invalid UTF-8 at line 4/)
  })

  it('a schema that does not parse is an error with the file and line', async () => {
    const ws = workspace()
    put(ws, 'd.csv', 'x\n1\n')
    put(ws, 's.yml', 'columns:\n  x: { type: integer\n')
    let r = await run(ws, { datasets: [{ path: 'd.csv', schema: 's.yml' }] })
    expect(r.errors.join('\n')).toMatch(/s\.yml:\d+: the schema is not valid YAML/)
    put(ws, 's.yml', 'columns:\n  x:\n    type: integr\n')
    r = await run(ws, { datasets: [{ path: 'd.csv', schema: 's.yml' }] })
    expect(r.errors.join('\n')).toMatch(/s\.yml:3: columns\.x\.type/)
  })

  it('a reference with a column missing is an error with the file and line', async () => {
    const ws = workspace()
    put(ws, 'd.csv', 'a,b\n1,2\n3,4\n5,6\n7,8\n')
    put(ws, 'r.csv', 'a\n1\n2\n3\n4\n')
    const r = await run(ws, { datasets: [{ path: 'd.csv', reference: 'r.csv' }] })
    expect(r.errors.join('\n')).toMatch(/r\.csv:1: the reference has no column "b"/)
    expect(r.checks.find((c) => c.name === 'drift' && c.details.column === 'b')!.outcome).toBe('error')
  })

  it('an empty dataset (header only, or nothing) is an error', async () => {
    const ws = workspace()
    put(ws, 'h.csv', 'a,b\n')
    put(ws, 'e.jsonl', '\n\n')
    put(ws, 'z.csv', '')
    const r = await run(ws, { datasets: [{ path: 'h.csv' }, { path: 'e.jsonl' }, { path: 'z.csv' }] })
    expect(r.errors.length).toBe(3)
    expect(r.errors[0]).toMatch(/h\.csv: the dataset has no data rows/)
    expect(r.errors[1]).toMatch(/e\.jsonl: the dataset has no data rows/)
    expect(r.errors[2]).toMatch(/z\.csv:1: the file is empty/)
  })

  it('a reference with unusable values is an error with its line', async () => {
    const ws = workspace()
    put(ws, 'd.csv', 'a\n1\n2\n3\n4\n')
    put(ws, 'r.csv', 'a\n1\nfoo\n3\n')
    put(ws, 's.yml', 'columns:\n  a: { type: number }\n')
    const r = await run(ws, { datasets: [{ path: 'd.csv', reference: 'r.csv', schema: 's.yml' }] })
    expect(r.errors.join('\n')).toMatch(/r\.csv:3: the reference has 1 unusable/)
  })

  it('a dataset path outside the workspace or through a symlink out of it is refused', async () => {
    const ws = workspace()
    const outside = workspace()
    put(outside, 'secret.csv', 'a\n1\n')
    symlinkSync(path.join(outside, 'secret.csv'), path.join(ws, 'link.csv'))
    const r = await run(ws, { datasets: [{ path: '../x.csv' }, { path: 'link.csv' }] })
    expect(r.errors.length).toBe(2)
    expect(r.errors[0]).toMatch(/outside the workspace/)
    expect(r.errors[1]).toMatch(/outside the workspace/)
  })
})

describe('drift and outliers on larger data', () => {
  function normal(seed: number, n: number, mu: number, sd: number): number[] {
    let s = seed
    const u = (): number => ((s = (s * 1664525 + 1013904223) % 2 ** 32) + 0.5) / 2 ** 32
    return Array.from({ length: n }, () => mu + sd * Math.sqrt(-2 * Math.log(u())) * Math.cos(2 * Math.PI * u()))
  }

  it('a shifted numeric column fails KS and mean-shift, spread over the dataset', async () => {
    const ws = workspace()
    put(ws, 'r.csv', 'v\n' + normal(1, 3000, 0, 1).map((x) => x.toFixed(4)).join('\n') + '\n')
    put(ws, 'd.csv', 'v\n' + normal(2, 2000, 0.3, 1).map((x) => x.toFixed(4)).join('\n') + '\n')
    const r = await run(ws, { datasets: [{ path: 'd.csv', reference: 'r.csv' }] })
    expect(r.errors).toEqual([])
    const drift = r.findings.filter((f) => f.ruleId === 'data/drift')
    expect(drift.length).toBe(1)
    expect(drift[0].message).toMatch(/KS D .* mean-shift z/)
    expect(drift[0].message).toMatch(/spread over the dataset/)
    const ks = r.checks.find((c) => c.details.test === 'ks')!
    expect(ks.details).toMatchObject({ method: 'exact', n: 2000, m: 3000 })
    expect(ks.outcome).toBe('fail')
  })

  it('categorical drift by chi-square and PSI names unseen categories', async () => {
    const ws = workspace()
    put(ws, 's.yml', 'columns:\n  c: { type: category }\n')
    put(ws, 'r.csv', 'c\n' + Array.from({ length: 300 }, (_, i) => ['a', 'b', 'c'][i % 3]).join('\n') + '\n')
    put(ws, 'd.csv', 'c\n' + Array.from({ length: 200 }, (_, i) => ['a', 'b', 'z'][i % 3]).join('\n') + '\n')
    const r = await run(ws, { datasets: [{ path: 'd.csv', reference: 'r.csv', schema: 's.yml' }] })
    const tests = r.checks.filter((c) => c.name === 'drift').map((c) => [c.details.test, c.outcome])
    expect(tests).toEqual([
      ['chi-square', 'fail'],
      ['psi', 'fail']
    ])
    expect(r.findings.find((f) => f.ruleId === 'data/drift')!.message).toMatch(/never seen in the reference: "z"/)
  })

  it('robust z (MAD) against the reference with per-column max-fraction', async () => {
    const ws = workspace()
    put(ws, 'r.csv', 'v\n' + normal(3, 500, 10, 2).map((x) => x.toFixed(3)).join('\n') + '\n')
    put(ws, 'd.csv', 'v\n' + [...normal(4, 98, 10, 2).map((x) => x.toFixed(3)), '80', '-40'].join('\n') + '\n')
    const block = { datasets: [{ path: 'd.csv', reference: 'r.csv', drift: { enabled: false }, outliers: { method: 'mad', against: 'reference', 'max-fraction': 0.01 } }] }
    let r = await run(ws, block)
    const o = r.findings.find((f) => f.ruleId === 'data/outliers')!
    expect(o.properties).toMatchObject({ rows: [99, 100], values: [80, -40], method: 'mad', against: 'reference' })
    block.datasets[0].outliers['max-fraction'] = 0.05
    r = await run(ws, block)
    expect(r.findings).toEqual([])
  })

  it('reads Parquet datasets', async () => {
    const ws = workspace()
    const buf = parquetWriteBuffer({ columnData: [{ name: 'v', data: normal(5, 200, 0, 1), type: 'DOUBLE' }] })
    put(ws, 'd.parquet', Buffer.from(buf))
    put(ws, 'r.csv', 'v\n' + normal(6, 300, 0, 1).map((x) => x.toFixed(4)).join('\n') + '\n')
    const r = await run(ws, { datasets: [{ path: 'd.parquet', reference: 'r.csv' }] })
    expect(r.errors).toEqual([])
    expect(r.checks.filter((c) => c.name === 'drift').map((c) => [c.details.test, c.details.n, c.details.m])).toEqual([
      ['ks', 200, 300],
      ['mean-shift', 200, 300]
    ])
  })
})

describe('CSV fast path (numbers parsed from bytes) gives what reading every cell as text gives', () => {
  it('parseDecimal equals Number() on plain decimal text and declines everything else', () => {
    const cases = ['0', '-0', '+0', '-0.0000', '1', '007', '12.5', '-3.25', '.5', '-.5', '5.', '1e5', '1E-5', '2.5e+3', '-1.5e-7', '123456789012345', '1234567890123456', '0.1', '0.30000000000000004', '9007199254740993', '1e22', '1e23', '4.35', '1e-22', '1e-23', '', '-', '+', '.', 'e5', '1e', '1e+', ' 1', '1 ', '0x10', '1_0', '1.2.3', 'NaN', 'Infinity', '--1', '1e400', '1..2']
    let seed = 5
    const rnd = (): number => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31)
    for (let i = 0; i < 3000; i++) {
      const x = (rnd() - 0.5) * 10 ** Math.floor(rnd() * 12 - 4)
      cases.push(x.toFixed(Math.floor(rnd() * 8)), String(x), x.toExponential(Math.floor(rnd() * 10)), String(Math.floor(x)))
    }
    for (const c of cases) {
      const b = Buffer.from(`,${c},`)
      const x = parseDecimal(b, 1, b.length - 1, false)
      const plain = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(c)
      if (!Number.isNaN(x)) {
        expect(plain).toBe(true)
        expect(Object.is(x, Number(c))).toBe(true)
      } else if (plain) {
        // Declined: fine only for numbers beyond the fast path (the caller parses the text).
        expect(c.replace(/^[+-]|\.|e.*$/gi, '').replace(/^0+/, '').length > 15 || /e/i.test(c)).toBe(true)
      }
      const xi = parseDecimal(b, 1, b.length - 1, true)
      if (!Number.isNaN(xi)) expect(/^[+-]?\d+$/.test(c) && Object.is(xi, Number(c))).toBe(true)
      // The same field read while finding its end, followed by a delimiter or at the line end.
      for (const [bytes, end] of [[b, b.length], [Buffer.from(`;${c}`), c.length + 1]] as const) {
        const d = 44
        for (const integer of [false, true]) {
          const y = parseField(bytes, 1, end, d, integer)
          expect([Object.is(y, integer ? xi : x) || (Number.isNaN(y) && Number.isNaN(integer ? xi : x)), fieldEnd()]).toEqual([true, c.includes(',') ? 1 + c.indexOf(',') : 1 + c.length])
        }
      }
    }
  })

  it('the same dataset and reference, plain and with every field quoted (the text path), collect the same', async () => {
    const ws = workspace()
    let seed = 3
    const rnd = (): number => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31)
    const pick = <T>(a: T[]): T => a[Math.floor(rnd() * a.length)]
    const odd = ['', '-0', '-0.000', '1e5', '1.5e-3', ' 2', '2 ', '0x10', '1e400', '12345678901234567', 'abc', '+3', '.5', '5.', '-.5e2', '1e-30', '99999999999']
    const num = (): string => (rnd() < 0.15 ? pick(odd) : ((rnd() - 0.4) * 100).toFixed(Math.floor(rnd() * 5)))
    const int = (): string => (rnd() < 0.1 ? pick(odd) : String(Math.floor(rnd() * 50) - 5))
    const rows: string[][] = [['id', 'x', 'y', 'n', 'cat', 'flag', 'day', 'note', 'extra']]
    for (let i = 0; i < 3000; i++) {
      rows.push([int(), num(), num(), num(), pick(['a', 'b', 'c', 'zz', '', 'a ']), pick(['true', 'false', 'TRUE', '1', 'no', 'maybe', '']), pick(['2024-01-05', '2024-02-30', 'x', '']), pick(['p', 'q', 'r s', '']), num()])
      if (rnd() < 0.01) rows[rows.length - 1].pop()
    }
    const plain = rows.map((r) => r.join(',')).join('\n') + '\n'
    const quoted = rows.map((r) => r.map((c) => `"${c}"`).join(',')).join('\n') + '\n'
    const schema = parseSchemaText(
      `columns:
  id: { type: integer, unique: true }
  x: { type: number, min: -10, max: 50 }
  y: { type: number, nullable: true, unique: true }
  n: { type: number, values: [1, 2.5, -3] }
  cat: { type: category, values: [a, b, c], nullable: true }
  flag: { type: boolean }
  day: { type: date, min: "2024-01-01", required: false, nullable: true }
  note: { type: string, pattern: "^[pq]$" }
  absent: { type: integer, required: false }
additional-columns: true
`,
      's.yml'
    )
    put(ws, 'plain.csv', plain)
    put(ws, 'quoted.csv', quoted)
    const want = new Map<string, ColumnKind>([['x', 'numeric'], ['y', 'numeric'], ['extra', 'numeric'], ['cat', 'categorical'], ['flag', 'categorical']])
    const base = { format: 'csv' as const, maxBytes: 1 << 30, maxRows: 1e7, maxCategories: 1000, maxExamples: 5 }
    const summary = (c: Collected): unknown => ({
      ...c,
      lines: [...c.lines!],
      numeric: [...c.numeric].map(([k, v]) => [k, [...v.view()].map((x) => (Object.is(x, -0) ? '-0' : x)), [...v.rows.subarray(0, v.n)]]),
      categorical: [...c.categorical].map(([k, v]) => [k, [...v.counts], v.n, v.overflow]),
      untyped: [...c.untyped],
      columns: [...c.columns],
      violations: [...c.violations]
    })
    for (const opts of [{ schema, infer: true }, { want, infer: false }, { infer: true }]) {
      const a = await collect(path.join(ws, 'plain.csv'), 'plain.csv', { ...base, ...opts })
      const b = await collect(path.join(ws, 'quoted.csv'), 'quoted.csv', { ...base, ...opts })
      expect(a.violations.size + a.numeric.size).toBeGreaterThan(0)
      expect(summary(a)).toEqual(summary(b))
    }
  })
})
