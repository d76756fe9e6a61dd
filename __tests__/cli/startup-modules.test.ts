/**
 * What the BUNDLED CLI (dist/cli/index.js) loads to start (issue 10: `--help` and `scan-models` on
 * one small pickle within 1.5x a bare `node -e 0`, measured by `npm run bench -- startup`). Time
 * is measured by the bench; this checks what must not come back: Node's stdout stream machinery
 * (output goes to the descriptors, report/log.ts), fs/promises, zlib. Each run reports
 * process.moduleLoadList at exit; a bare start's list is subtracted. It builds nothing: .ci/run
 * runs `npm run bundle` before the tests; locally run `npm run bundle` first.
 */
import { describe, expect, it } from '@jest/globals'
import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

const CLI = path.join(process.cwd(), 'dist/cli/index.js')
const HOOK = 'data:text/javascript,' + encodeURIComponent("import { writeSync } from 'node:fs'; process.on('exit', () => writeSync(2, '\\n@modules ' + JSON.stringify(process.moduleLoadList)))")

function run(args: string[], cwd: string): { out: string; modules: string[] } {
  const r = spawnSync(process.execPath, ['--import', HOOK, ...args], { cwd, encoding: 'utf8', timeout: 60_000 })
  const at = r.stderr.lastIndexOf('\n@modules ')
  if (r.status !== 0 || at < 0) throw new Error(`${args.join(' ')} exited ${r.status}: ${r.stderr}`)
  return { out: r.stdout, modules: JSON.parse(r.stderr.slice(at + 10)) as string[] }
}

describe('bundled CLI start-up', () => {
  it('--help and scan-models on a small pickle load no Node module a bare start does not (but ESM import.meta)', () => {
    if (!existsSync(CLI)) throw new Error(`${CLI} is missing: run "npm run bundle" before this test (.ci/run does)`)
    const dir = mkdtempSync(path.join(os.tmpdir(), 'asg-startup-'))
    try {
      // protocol 2: {'a': 1}, the bench's pickle
      writeFileSync(path.join(dir, 'small.pkl'), Buffer.from('80027d710058010000006171014b01732e', 'hex'))
      const bare = new Set(run(['-e', '0'], dir).modules)
      const extra = (m: string[]) => m.filter((x) => !bare.has(x) && x !== 'NativeModule internal/modules/esm/initialize_import_meta')
      const help = run([CLI, '--help'], dir)
      expect(help.out).toMatch(/^ai-secure-gates \d/)
      expect(extra(help.modules)).toEqual([])
      const scan = run([CLI, 'scan-models', 'small.pkl'], dir)
      expect(scan.out).toBe('ok    small.pkl [pickle]\n1 file(s) scanned: nothing blocking\n')
      expect(extra(scan.modules)).toEqual([])
      // the check can fail: a run that writes through process.stdout (not a TTY here) loads its stream
      const streamed = run(['-e', 'process.stdout.write("x")'], dir)
      expect(extra(streamed.modules).length).toBeGreaterThan(0)
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })
})
