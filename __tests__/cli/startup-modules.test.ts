/**
 * What the BUNDLED CLI (dist/cli/index.js) loads to start (issue 10: `--help` and `scan-models` on
 * one small pickle within 1.5x a bare `node -e 0`, measured by `npm run bench -- startup`). Time
 * is measured by the bench; this checks what must not come back: Node's stdout stream machinery
 * (output goes to the descriptors, report/log.ts), fs/promises, zlib, and any non-ASCII character
 * in a file the start reads (V8 then holds the whole chunk as a two-byte string: hashing it for the
 * compile cache and reading it cost ~1 ms more; write such characters as \u escapes). Each run
 * reports process.moduleLoadList and the files it loaded at exit; a bare start's list is
 * subtracted. It builds nothing: .ci/run runs `npm run bundle` before the tests; locally run
 * `npm run bundle` first.
 */
import { describe, expect, it } from '@jest/globals'
import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const CLI = path.join(process.cwd(), 'dist/cli/index.js')
const HOOK =
  'data:text/javascript,' +
  encodeURIComponent(
    "import { writeSync } from 'node:fs'; import { registerHooks } from 'node:module'; const files = [];" +
      " registerHooks({ load(url, context, next) { if (url.startsWith('file:')) files.push(url); return next(url, context) } });" +
      " process.on('exit', () => writeSync(2, '\\n@modules ' + JSON.stringify({ modules: process.moduleLoadList, files })))"
  )

function run(args: string[], cwd: string): { out: string; modules: string[]; files: string[] } {
  const r = spawnSync(process.execPath, ['--import', HOOK, ...args], { cwd, encoding: 'utf8', timeout: 60_000 })
  const at = r.stderr.lastIndexOf('\n@modules ')
  if (r.status !== 0 || at < 0) throw new Error(`${args.join(' ')} exited ${r.status}: ${r.stderr}`)
  const got = JSON.parse(r.stderr.slice(at + 10)) as { modules: string[]; files: string[] }
  return { out: r.stdout, modules: got.modules, files: got.files.map((u) => fileURLToPath(u)) }
}

/** Files of the bundle a run read that hold a non-ASCII character, with the first one found. */
function nonAscii(files: string[]): string[] {
  return files.flatMap((f) => {
    const m = /[^\u0000-\u007f]/.exec(readFileSync(f, 'utf8'))
    return m ? [`${path.basename(f)}: ${JSON.stringify(m[0])} at offset ${m.index}`] : []
  })
}

describe('bundled CLI start-up', () => {
  it('--help and scan-models on a small pickle load no Node module a bare start does not (but ESM import.meta), and read only ASCII files', () => {
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
      // the entry and the chunks of the CLI, the scan-models command and the pickle scanner
      expect(scan.files.filter((f) => f.startsWith(path.dirname(CLI))).length).toBeGreaterThanOrEqual(3)
      expect(nonAscii([...new Set([...help.files, ...scan.files])].filter((f) => f.startsWith(path.dirname(CLI))))).toEqual([])
      // the check can fail: a run that writes through process.stdout (not a TTY here) loads its stream
      const streamed = run(['-e', 'process.stdout.write("x")'], dir)
      expect(extra(streamed.modules).length).toBeGreaterThan(0)
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })
})
