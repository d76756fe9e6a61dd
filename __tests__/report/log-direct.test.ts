/**
 * Direct output (report/log.ts useDirectOutput, turned on by the CLI's entry): text goes to file
 * descriptors 1 and 2 without Node's stdout/stderr streams, escaped as before, and nothing is lost
 * or reordered when a descriptor refuses a write (a non-blocking pipe that is full: the rest goes
 * through the stream). Run in a real child process, as the CLI runs.
 */
import { describe, expect, it } from '@jest/globals'
import { spawnSync } from 'node:child_process'
import path from 'node:path'
import { pathToFileURL } from 'node:url'

const LOG = pathToFileURL(path.resolve(import.meta.dirname, '..', '..', 'src', 'report', 'log.ts')).href

function child(code: string) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', `const log = await import(${JSON.stringify(LOG)});\n${code}`], { encoding: 'utf8', maxBuffer: 64 << 20, timeout: 60_000 })
  if (r.status !== 0) throw new Error(`child exited ${r.status}: ${r.stderr}`)
  return r
}

describe('direct output', () => {
  it('writes escaped text to stdout and stderr, in order', () => {
    const r = child("log.useDirectOutput(); log.writeOut('one\\n'); log.writeErr('e::rr\\n'); log.writeOut('::error::x\\n'); log.writeMachine('{\"a\":1}\\n')")
    expect(r.stdout).toBe('one\n:%3Aerror:%3Ax\n{"a":1}\n')
    expect(r.stderr).toBe('e:%3Arr\n')
  })

  it('loses and reorders nothing when the pipe is non-blocking and fills up (the stream takes over)', () => {
    // Touching process.stdout first makes libuv put the pipe in non-blocking mode: 4 MiB cannot go in one write.
    const r = child("process.stdout; log.useDirectOutput(); for (let i = 0; i < 4; i++) log.writeOut(String(i).repeat(1 << 20)); log.writeOut('end\\n')")
    expect(r.stdout.length).toBe((4 << 20) + 4)
    expect(r.stdout).toBe('0'.repeat(1 << 20) + '1'.repeat(1 << 20) + '2'.repeat(1 << 20) + '3'.repeat(1 << 20) + 'end\n')
  })

  it('is off unless turned on: writes go through process.stdout (what in-process tests capture)', () => {
    const r = child("let seen = ''; const w = process.stdout.write.bind(process.stdout); process.stdout.write = (s) => { seen += s; return true }; log.writeOut('x\\n'); process.stdout.write = w; process.stderr.write(JSON.stringify(seen))")
    expect(r.stdout).toBe('')
    expect(r.stderr).toBe('"x\\n"')
  })
})
