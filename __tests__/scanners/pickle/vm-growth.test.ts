/**
 * The VM's memo and tuple heap start small (a small pickle allocates little) and grow: values
 * stored past the first chunk and across the 16,384-slot chunk boundary are still found.
 */
import { describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { scanPickle } from '../../../src/scanners/pickle/vm.js'

function py(code: string): Buffer {
  return execFileSync('/usr/bin/python3', ['-c', `import sys,pickle,os\n${code}`], { maxBuffer: 64 << 20 })
}

describe('pickle VM growth', () => {
  it.each([2, 4, 5])('finds a global memoised after 40,000 other memo entries and fetched again (protocol %i)', (p) => {
    // Each distinct string is memoised; the global comes last and is fetched again from the memo by the second reference.
    const buf = py(`g = os.system\nitems = ['s%d' % i for i in range(40000)]\nsys.stdout.buffer.write(pickle.dumps([items, g, items[30000], g], protocol=${p}))`)
    const r = scanPickle(buf)
    expect(r.error).toBeNull()
    expect(r.globals.map((g) => `${g.module}.${g.name}`)).toEqual(['posix.system'])
  })

  it('reads a 40,000-item tuple holding a global at its end', () => {
    const buf = py(`sys.stdout.buffer.write(pickle.dumps(tuple(range(40000)) + (os.system,), protocol=4))`)
    const r = scanPickle(buf)
    expect(r.error).toBeNull()
    expect(r.globals.map((g) => `${g.module}.${g.name}`)).toEqual(['posix.system'])
  })
})
