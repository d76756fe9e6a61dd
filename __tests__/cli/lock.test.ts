import { afterAll, afterEach, beforeEach, describe, expect, it, jest } from '@jest/globals'
import { createHash } from 'node:crypto'
import { existsSync, mkdirSync, mkdtempSync, readFileSync, realpathSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { cli } from '../../src/cli/main.js'
import { planLocks } from '../../src/cli/lock.js'
import { ConfigError } from '../../src/engine/errors.js'
import { GATES } from '../../src/gates/registry.js'
import { shutdownHashPool } from '../../src/scanners/hash.js'

const sha = (b: string) => createHash('sha256').update(b).digest('hex')
const dirs: string[] = []
function ws(files: Record<string, string>): string {
  const dir = realpathSync(mkdtempSync(path.join(os.tmpdir(), 'asg-lockcli-')))
  dirs.push(dir)
  for (const [rel, data] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true })
    writeFileSync(path.join(dir, rel), data)
  }
  return dir
}

let out: string
let err: string
beforeEach(() => {
  out = ''
  err = ''
  jest.spyOn(process.stdout, 'write').mockImplementation((s: any) => ((out += String(s)), true))
  jest.spyOn(process.stderr, 'write').mockImplementation((s: any) => ((err += String(s)), true))
})
afterEach(() => {
  jest.restoreAllMocks()
})
afterAll(async () => {
  await shutdownHashPool()
  for (const d of dirs) rmSync(d, { recursive: true, force: true })
})

describe('ai-secure-gates lock', () => {
  it('lock models writes a sorted, stable models.lock.json from the default paths', async () => {
    const w = ws({ 'models/z.bin': 'z', 'models/a/b.pkl': 'b', 'models/m.onnx': 'm', 'src/x.py': 'x' })
    expect(await cli(['lock', '--workspace', w, 'models'])).toBe(0)
    expect(out).toMatch(/models: wrote models\.lock\.json \(3 files under models\)/)
    const text = readFileSync(path.join(w, 'models.lock.json'), 'utf8')
    expect(text).toBe(
      JSON.stringify(
        {
          version: 1,
          algorithm: 'sha256',
          files: { 'models/a/b.pkl': { sha256: sha('b'), size: 1 }, 'models/m.onnx': { sha256: sha('m'), size: 1 }, 'models/z.bin': { sha256: sha('z'), size: 1 } }
        },
        null,
        2
      ) + '\n'
    )
    expect(await cli(['lock', '--workspace', w, 'models'])).toBe(0)
    expect(readFileSync(path.join(w, 'models.lock.json'), 'utf8')).toBe(text)
  })

  it('exits 2 with a specific message on bad arguments and on nothing to lock', async () => {
    const w = ws({ 'models/a': 'a' })
    expect(await cli(['lock', '--workspace', w, 'weights'])).toBe(2)
    expect(err).toMatch(/expected "models", "data" or nothing, got "weights"/)
    expect(await cli(['lock', '--workspace', w, '--bogus'])).toBe(2)
    expect(err).toMatch(/Unknown option '--bogus'/)
    expect(await cli(['lock', '--workspace', path.join(w, 'nope'), 'models'])).toBe(2)
    expect(err).toMatch(/workspace .*nope does not exist/)
    const empty = ws({ 'README.md': 'x' })
    expect(await cli(['lock', '--workspace', empty, 'models'])).toBe(2)
    expect(err).toMatch(/no files found under models/)
    expect(existsSync(path.join(empty, 'models.lock.json'))).toBe(false)
  })

  it('prints its usage with --help', async () => {
    expect(await cli(['lock', '--help'])).toBe(0)
    expect(out).toMatch(/Usage: ai-secure-gates lock \[--config FILE\] \[--workspace DIR\] \[models\|data\]/)
  })

  const registered = GATES.some((g) => g.id === 'models') && GATES.some((g) => g.id === 'data')
  ;(registered ? it : it.skip)(`reads gates.models / gates.data from the config file${registered ? '' : ' (skipped: models and data gates not registered yet)'}`, async () => {
    const w = ws({
      '.github/ai-secure-gates.yml': 'version: 1\ngates:\n  models: { paths: ["weights"], lock: locks/models.lock.json }\n  data:\n    lock: locks/data.lock.json\n    datasets:\n      - { path: data/train.csv }\n',
      'weights/w.bin': 'w',
      'data/train.csv': 'a,b\n1,2\n',
      'data/other.csv': 'not locked'
    })
    expect(await cli(['lock', '--workspace', w])).toBe(0)
    expect(Object.keys(JSON.parse(readFileSync(path.join(w, 'locks/models.lock.json'), 'utf8')).files)).toEqual(['weights/w.bin'])
    expect(Object.keys(JSON.parse(readFileSync(path.join(w, 'locks/data.lock.json'), 'utf8')).files)).toEqual(['data/train.csv'])
  })
})

describe('planLocks (config blocks read as plain records)', () => {
  it('takes models paths/lock/exclude and the data datasets paths', () => {
    const { plans, skipped } = planLocks(
      { models: { paths: ['models/**'], lock: 'm.lock.json', exclude: ['**/*.md'] }, data: { lock: 'd.lock.json', datasets: [{ path: 'data/a.csv', schema: 's.yml' }, { path: 'data/b' }] } },
      ['models', 'data'],
      false,
      'cfg.yml'
    )
    expect(skipped).toEqual([])
    expect(plans).toEqual([
      { target: 'models', lockPath: 'm.lock.json', lockConfigured: true, paths: ['models/**'], exclude: ['**/*.md'] },
      { target: 'data', lockPath: 'd.lock.json', lockConfigured: true, paths: ['data/a.csv', 'data/b'], exclude: [] }
    ])
  })

  it('uses defaults when named explicitly, skips absent or disabled blocks otherwise', () => {
    expect(planLocks({}, ['models'], true, 'cfg.yml').plans).toEqual([{ target: 'models', lockPath: 'models.lock.json', lockConfigured: false, paths: ['models'], exclude: [] }])
    expect(planLocks({ models: { enabled: false } }, ['models', 'data'], false, 'cfg.yml').skipped).toEqual([
      'models: gates.models.enabled is false',
      'data: no gates.data block in cfg.yml'
    ])
    expect(planLocks({ data: {} }, ['data'], false, 'cfg.yml').skipped).toEqual(['data: gates.data.datasets lists no dataset'])
  })

  it('names the key of a malformed block', () => {
    expect(() => planLocks({ models: { paths: [1] } }, ['models'], false, 'cfg.yml')).toThrow(/cfg\.yml: gates\.models\.paths must be a list of paths/)
    expect(() => planLocks({ data: { datasets: [{ schema: 'x' }] } }, ['data'], false, 'cfg.yml')).toThrow(/gates\.data\.datasets\[0\]\.path must be/)
    expect(() => planLocks({ data: {} }, ['data'], true, 'cfg.yml')).toThrow(ConfigError)
    expect(() => planLocks({ models: { lock: 3 } }, ['models'], false, 'cfg.yml')).toThrow(/gates\.models\.lock must be the path of the lock file/)
  })
})
