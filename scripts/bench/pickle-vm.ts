/**
 * The pickle VM against Python's pickletools.genops (what picklescan and modelscan are built on),
 * on the same opcode-dense pickle of tens of MB, measured in the same run. Both sides are timed
 * inside their process (file already in memory, no interpreter start-up), best of 3 rounds, the
 * rounds alternating between the two. The opcode counts must agree.
 */
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { scanPickle } from '../../src/scanners/pickle/vm.js'
import type { BenchRow } from '../bench-row.js'

const PY = '/usr/bin/python3'

export async function bench(): Promise<BenchRow[]> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'bench-pickle-'))
  const file = path.join(dir, 'dense.pkl')
  try {
    // ~1.2M records of (int, str, float, None) in protocol 2: several million opcodes, tens of MB
    execFileSync(PY, ['-c', `import pickle\nd = [(i, 'k%d' % i, i * 0.5, None) for i in range(1200000)]\nopen(${JSON.stringify(file)}, 'wb').write(pickle.dumps(d, protocol=2))`])
    const buf = readFileSync(file)
    // genops in a fresh python per round (its start-up and the file read are not timed), and the VM
    // right after it: the two sides alternate, so a change in the machine's load hits both.
    const script = `import pickletools, sys, time\nd = open(sys.argv[1], 'rb').read()\nt = time.perf_counter(); n = sum(1 for _ in pickletools.genops(d)); print(time.perf_counter() - t, n)`
    let refSec = Infinity
    let refOps = -1
    let best = Infinity
    let ops = 0
    for (let i = 0; i < 3; i++) {
      const [sec, n] = execFileSync(PY, ['-c', script, file]).toString().trim().split(' ').map(Number)
      refSec = Math.min(refSec, sec)
      if (refOps >= 0 && n !== refOps) throw new Error(`pickletools counted ${refOps} then ${n} opcodes`)
      refOps = n
      const t = performance.now()
      const r = scanPickle(buf)
      best = Math.min(best, (performance.now() - t) / 1000)
      if (r.error) throw new Error(`VM failed on the bench pickle: ${r.error.message}`)
      if (i > 0 && r.opcodes !== ops) throw new Error(`the VM counted ${ops} then ${r.opcodes} opcodes`)
      ops = r.opcodes
    }
    console.error(`  genops best ${refSec.toFixed(3)} s, VM best ${best.toFixed(3)} s (best of 3 rounds each, alternating; load average ${os.loadavg()[0].toFixed(2)})`)
    if (ops !== refOps) throw new Error(`opcode counts differ: VM ${ops}, pickletools ${refOps}`)
    const mb = buf.length / 1e6
    const ours = mb / best
    const reference = mb / refSec
    return [{ name: `pickle VM vs pickletools.genops (${mb.toFixed(0)} MB, ${(ops / 1e6).toFixed(1)}M opcodes)`, ours, reference, unit: 'MB/s', ratio: ours / reference, target: '>= 10x' }]
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}
