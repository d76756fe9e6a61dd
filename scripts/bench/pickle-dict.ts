/**
 * A dict-heavy pickle (a scikit-learn DictVectorizer fitted on 160k features, protocol 4: one
 * vocabulary dict of 160k keys and the feature-name list) read by the pickle VM against Python's
 * pickletools.genops loop over the same bytes, measured in the same run (best of 3, alternating).
 * SETITEMS used to be quadratic here (56 s).
 */
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { scanPickle } from '../../src/scanners/pickle/vm.js'
import type { BenchRow } from '../bench-row.js'

const PY = '/usr/bin/python3'

export async function bench(): Promise<BenchRow[]> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'bench-dict-'))
  const file = path.join(dir, 'dv.pkl')
  try {
    execFileSync(PY, ['-c', `import pickle\nfrom sklearn.feature_extraction import DictVectorizer\nopen(${JSON.stringify(file)}, 'wb').write(pickle.dumps(DictVectorizer().fit([{'w%d' % i: 1 for i in range(160000)}]), protocol=4))`])
    const buf = readFileSync(file)
    const script = `import pickletools, sys, time\nd = open(sys.argv[1], 'rb').read()\nt = time.perf_counter(); n = sum(1 for _ in pickletools.genops(d)); print(time.perf_counter() - t, n)`
    let ref = Infinity
    let ours = Infinity
    for (let i = 0; i < 3; i++) {
      const [sec] = execFileSync(PY, ['-c', script, file]).toString().trim().split(' ').map(Number)
      ref = Math.min(ref, sec)
      const t = performance.now()
      const r = scanPickle(buf)
      ours = Math.min(ours, (performance.now() - t) / 1000)
      if (r.error) throw new Error(`VM failed on the DictVectorizer pickle: ${r.error.message}`)
    }
    console.error(`  DictVectorizer 160k: genops best ${ref.toFixed(3)} s, VM best ${ours.toFixed(3)} s (load average ${os.loadavg()[0].toFixed(2)})`)
    return [{ name: `pickle VM on a 160k-key DictVectorizer (${(buf.length / 1e6).toFixed(1)} MB) vs pickletools.genops`, ours, reference: ref, unit: 's', ratio: ours / ref, target: '<= 1x' }]
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}
