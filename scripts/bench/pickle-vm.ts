/**
 * The pickle VM against Python's pickletools.genops (what picklescan and modelscan are built on),
 * on the same opcode-dense pickle of tens of MB, measured in the same run. Both sides are timed
 * inside their process (file already in memory, no interpreter start-up), best of 3.
 */
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { scanPickle } from '../../src/scanners/pickle/vm.js'

const PY = '/usr/bin/python3'

export async function bench(): Promise<Array<{ name: string; ours: number; reference: number; unit: string; ratio: number; target: string }>> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'bench-pickle-'))
  const file = path.join(dir, 'dense.pkl')
  try {
    // ~1.2M records of (int, str, float, None) in protocol 2: several million opcodes, tens of MB
    execFileSync(PY, ['-c', `import pickle\nd = [(i, 'k%d' % i, i * 0.5, None) for i in range(1200000)]\nopen(${JSON.stringify(file)}, 'wb').write(pickle.dumps(d, protocol=2))`])
    const buf = readFileSync(file)
    const ref = execFileSync(PY, [
      '-c',
      `import pickletools, time\nd = open(${JSON.stringify(file)}, 'rb').read()\nbest = 1e9\nfor _ in range(3):\n    t = time.perf_counter(); n = sum(1 for _ in pickletools.genops(d)); best = min(best, time.perf_counter() - t)\nprint(best, n)`
    ])
      .toString()
      .trim()
      .split(' ')
    const refSec = Number(ref[0])
    const refOps = Number(ref[1])
    let best = Infinity
    let ops = 0
    for (let i = 0; i < 3; i++) {
      const t = performance.now()
      const r = scanPickle(buf)
      best = Math.min(best, (performance.now() - t) / 1000)
      if (r.error) throw new Error(`VM failed on the bench pickle: ${r.error.message}`)
      ops = r.opcodes
    }
    if (ops !== refOps) throw new Error(`opcode counts differ: VM ${ops}, pickletools ${refOps}`)
    const mb = buf.length / 1e6
    const ours = mb / best
    const reference = mb / refSec
    return [{ name: `pickle VM vs pickletools.genops (${mb.toFixed(0)} MB, ${(ops / 1e6).toFixed(1)}M opcodes)`, ours, reference, unit: 'MB/s', ratio: ours / reference, target: '>= 10x' }]
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}
