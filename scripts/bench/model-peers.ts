/**
 * The model scanner against its peers, measured in the same run: picklescan, modelscan, fickling
 * and modelaudit, pinned and installed from PyPI into a venv by scripts/setup-peer-scanners.sh.
 * Sets: the project's corpus (__tests__/fixtures/models, its MANIFEST says which files are
 * malicious), every 4th of the real files written by scripts/gen-real-models.py (all benign), a 22 MB
 * protocol-4 pickle and a ~300 MB torch checkpoint (both generated here, never committed).
 * "Blocked" is what fails a CI job: for us isBlocking (a critical/high finding or an error), for a
 * peer a flagged file or a scan error (its CLI's non-zero exit). Times are summed per file inside
 * each process (interpreter start-up and imports not counted).
 */
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { isBlocking, scanModelFile } from '../../src/scanners/model/scan.js'
import type { BenchRow } from '../bench-row.js'

const PY = '/usr/bin/python3'
const ROOT = path.join(import.meta.dirname, '..', '..')
const CORPUS = path.join(ROOT, '__tests__/fixtures/models')
const PEERS = ['picklescan', 'modelscan', 'fickling', 'modelaudit']

interface Verdict {
  blocked: boolean
  error: boolean
  ms: number
}

function listFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile())
    .map((d) => path.join(d.parentPath, d.name))
    .sort()
}

async function ours(files: string[]): Promise<Map<string, Verdict>> {
  const out = new Map<string, Verdict>()
  for (const f of files) {
    const t = performance.now()
    const r = await scanModelFile(f, path.basename(f))
    out.set(f, { blocked: isBlocking(r), error: r.errors.length > 0, ms: performance.now() - t })
  }
  return out
}

function peer(bin: string, name: string, files: string[], tmp: string): Map<string, Verdict> | null {
  const list = path.join(tmp, `${name}.list`)
  writeFileSync(list, files.join('\n'))
  let text: string
  try {
    // CI=1: modelaudit's telemetry off (the bench must not call out)
    text = execFileSync(path.join(bin, 'python'), [path.join(import.meta.dirname, 'peers.py'), name, list], { encoding: 'utf8', maxBuffer: 64 << 20, timeout: 60 * 60_000, env: { ...process.env, CI: '1', PEER_FILE_TIMEOUT: '300' } })
  } catch (e) {
    console.error(`  ${name}: failed to run (${(e as Error).message.split('\n')[0]}); left out`)
    return null
  }
  const out = new Map<string, Verdict>()
  for (const line of text.split('\n')) {
    if (!line.startsWith('{')) continue
    const v = JSON.parse(line) as Verdict & { path: string }
    out.set(v.path, v)
  }
  return out
}

export async function bench(): Promise<BenchRow[]> {
  const bin = execFileSync('bash', [path.join(ROOT, 'scripts/setup-peer-scanners.sh')], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] }).trim()
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'bench-peers-'))
  try {
    const manifest = JSON.parse(readFileSync(path.join(CORPUS, 'MANIFEST.json'), 'utf8')) as Record<string, { expect: 'pass' | 'block' }>
    const corpus = Object.keys(manifest).map((k) => path.join(CORPUS, k))
    const malicious = new Set(Object.entries(manifest).filter(([, v]) => v.expect === 'block').map(([k]) => path.join(CORPUS, k)))
    execFileSync(PY, [path.join(ROOT, 'scripts/gen-real-models.py'), path.join(tmp, 'real'), '1'], { stdio: 'ignore' })
    // every 4th real file (about 60): modelaudit spends seconds on each small pickle
    const real = listFiles(path.join(tmp, 'real')).filter((_, i) => i % 4 === 0)
    const big = path.join(tmp, 'big')
    execFileSync(PY, ['-c', [
      'import pickle, sys, torch, os',
      `d = sys.argv[1]; os.makedirs(d, exist_ok=True)`,
      `rows = [(i, "k%d" % i, i * 0.5, None) for i in range(785000)]`,
      `open(os.path.join(d, "dense_p4.pkl"), "wb").write(pickle.dumps(rows, protocol=4))`,
      'torch.manual_seed(0)',
      `sd = {"layer%d.weight" % i: torch.randn(1024, 1024) for i in range(72)}`,
      `opt = {"state": {i: {"step": torch.tensor(10.0), "exp_avg": torch.zeros(16)} for i in range(72)}, "param_groups": [{"lr": 1e-3, "params": list(range(72))}]}`,
      `torch.save({"model": sd, "optimizer": opt, "epoch": 3}, os.path.join(d, "checkpoint.pt"))`
    ].join('\n'), big], { stdio: 'ignore' })
    const bigFiles = listFiles(big)
    const sizes = bigFiles.map((f) => `${path.basename(f)} ${(statSync(f).size / 1e6).toFixed(0)} MB`)
    console.error(`  corpus ${corpus.length} files (${malicious.size} malicious), ${real.length} real benign files, ${sizes.join(', ')}`)
    const all = [...corpus, ...real, ...bigFiles]
    const results = new Map<string, Map<string, Verdict>>()
    results.set('ai-secure-gates', await ours(all))
    for (const p of PEERS) {
      console.error(`  running ${p} ...`)
      const r = peer(bin, p, all, tmp)
      if (r) results.set(p, r)
    }
    const stat = (m: Map<string, Verdict>) => {
      const get = (f: string) => m.get(f) ?? { blocked: true, error: true, ms: 0 }
      const sum = (fs: string[], k: (v: Verdict) => number) => fs.reduce((n, f) => n + k(get(f)), 0)
      const benign = corpus.filter((f) => !malicious.has(f))
      return {
        mal: sum([...malicious], (v) => Number(v.blocked)),
        ben: sum(benign, (v) => Number(v.blocked)),
        real: sum(real, (v) => Number(v.blocked)),
        errors: sum(all, (v) => Number(v.error)),
        corpusS: sum(corpus, (v) => v.ms) / 1000,
        bigS: bigFiles.map((f) => get(f).ms / 1000),
        bigBlocked: bigFiles.map((f) => get(f).blocked)
      }
    }
    const stats = [...results].map(([k, m]) => [k, stat(m)] as const)
    const nBen = corpus.length - malicious.size
    const head = ['scanner', `malicious blocked /${malicious.size}`, `corpus benign blocked /${nBen}`, `real files blocked /${real.length}`, 'errors', 'corpus time s', ...bigFiles.map((f) => `${path.basename(f)} s`)]
    const rows = stats.map(([k, s]) => [k, String(s.mal), String(s.ben), String(s.real), String(s.errors), s.corpusS.toFixed(2), ...s.bigS.map((x, i) => `${x.toFixed(2)}${s.bigBlocked[i] ? ' (blocked)' : ''}`)])
    const ourFp = [...results.get('ai-secure-gates')!].filter(([f, v]) => v.blocked && !malicious.has(f) && !bigFiles.includes(f)).map(([f]) => path.relative(tmp, f).replace(/^\.\.\//, ''))
    if (ourFp.length) console.error(`  benign files we block: ${ourFp.map((f) => path.basename(path.dirname(f)) + '/' + path.basename(f)).join(', ')}`)
    console.log(`\nModel scanners, same files, same run (load average ${os.loadavg()[0].toFixed(1)} on ${os.cpus().length} cores):\n`)
    console.log('| ' + head.join(' | ') + ' |')
    console.log('|' + head.map(() => '---').join('|') + '|')
    for (const r of rows) console.log('| ' + r.join(' | ') + ' |')
    console.log('')
    const me = stats[0][1]
    const out: BenchRow[] = []
    for (const [k, s] of stats.slice(1)) {
      out.push({ name: `malicious blocked (of ${malicious.size}) vs ${k}`, ours: me.mal, reference: s.mal, unit: 'files', ratio: me.mal / Math.max(1, s.mal), target: '>= 1x' })
      out.push({ name: `benign blocked (of ${nBen + real.length}) vs ${k}`, ours: me.ben + me.real, reference: s.ben + s.real, unit: 'files', ratio: (me.ben + me.real) / Math.max(1, s.ben + s.real), target: '<= 1x' })
      bigFiles.forEach((f, i) => out.push({ name: `${path.basename(f)} time vs ${k}`, ours: me.bigS[i], reference: s.bigS[i], unit: 's', ratio: me.bigS[i] / Math.max(1e-9, s.bigS[i]), target: 'reported' }))
    }
    return out
  } finally {
    rmSync(tmp, { recursive: true, force: true })
  }
}
