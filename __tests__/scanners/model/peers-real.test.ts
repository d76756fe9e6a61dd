/**
 * The peer model scanners, installed for real (scripts/setup-peer-scanners.sh, run by setup-test-env):
 * picklescan and modelscan are run through their own command lines on files written by the real
 * libraries, and the test asserts on what they print. Our scanner must agree with both on the
 * plain cases: a pickle whose reduce calls os.system is blocked, a torch.save state dict passes.
 * (The full detection / false-positive table against all four peers is `npm run bench -- model-peers`.)
 */
import { beforeAll, describe, expect, it } from '@jest/globals'
import { execFileSync, spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { scanModelFile } from '../../../src/scanners/model/scan.js'

const BIN = path.join(process.env.AI_SECURE_GATES_CACHE ?? path.join(os.homedir(), '.cache', 'ai-secure-gates'), 'peer-scanners-v1', 'bin')
const dir = mkdtempSync(path.join(os.tmpdir(), 'peers-real-'))

function run(tool: string, args: string[]): { code: number; out: string } {
  const r = spawnSync(path.join(BIN, tool), args, { encoding: 'utf8', timeout: 180_000, cwd: dir })
  return { code: r.status ?? -1, out: `${r.stdout}\n${r.stderr}` }
}

beforeAll(() => {
  for (const t of ['picklescan', 'modelscan']) {
    if (!existsSync(path.join(BIN, t))) throw new Error(`${t} is not installed in ${BIN}: run bash scripts/setup-peer-scanners.sh (npm test runs it through scripts/setup-test-env.sh)`)
  }
  // Written by the real libraries; never loaded by this test or by the scanners under test.
  execFileSync(
    '/usr/bin/python3',
    [
      '-c',
      `import collections, os, pickle, sys, torch
class P:
    def __reduce__(self): return (os.system, ('echo pwned',))
open(sys.argv[1] + '/evil.pkl', 'wb').write(pickle.dumps({'w': P()}, protocol=4))
open(sys.argv[1] + '/weights.dat', 'wb').write(pickle.dumps({'w': P()}, protocol=2))
torch.save(collections.OrderedDict(w=torch.zeros(3), b=torch.ones(2)), sys.argv[1] + '/good.pt')`,
      dir
    ],
    { timeout: 120_000 }
  )
}, 180_000)

describe('peer scanners run for real (picklescan 1.0.5, modelscan 0.8.8)', () => {
  it('picklescan: reports the os.system import and exits 1; passes the state dict', () => {
    const evil = run('picklescan', ['--path', 'evil.pkl'])
    expect(evil.out).toMatch(/evil\.pkl: dangerous import 'posix system' FOUND/)
    expect(evil.out).toMatch(/Infected files: 1/)
    expect(evil.code).toBe(1)
    const good = run('picklescan', ['--path', 'good.pt'])
    expect(good.out).toMatch(/Infected files: 0/)
    expect(good.code).toBe(0)
  }, 200_000)

  it('modelscan: reports the unsafe operator as critical; finds no issue in the state dict', () => {
    const evil = run('modelscan', ['-p', 'evil.pkl'])
    expect(evil.out).toMatch(/Use of unsafe operator 'system' from module 'posix'/)
    expect(evil.out).toMatch(/CRITICAL: 1/)
    expect(evil.code).toBe(1)
    const good = run('modelscan', ['-p', 'good.pt'])
    expect(good.out).toMatch(/No issues found/)
    expect(good.code).toBe(0)
  }, 200_000)

  it('our scanner agrees with both: the payloads (also under a non-model name) block, the state dict passes', async () => {
    for (const f of ['evil.pkl', 'weights.dat']) {
      const r = await scanModelFile(path.join(dir, f), f)
      expect(r.issues.some((i) => i.severity === 'critical' && /posix\.system/.test(i.message))).toBe(true)
      const peer = run('picklescan', ['--path', f])
      expect(peer.code).toBe(1)
    }
    const good = await scanModelFile(path.join(dir, 'good.pt'), 'good.pt')
    expect(good.format).toBe('pytorch-zip')
    expect(good.issues.filter((i) => i.severity === 'critical' || i.severity === 'high')).toEqual([])
    expect(good.errors).toEqual([])
  }, 200_000)
})
