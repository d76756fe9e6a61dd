/**
 * Generated Python workspaces for runs of the real code gate (bandit): every file has one
 * `import subprocess` (bandit B404, low) and one `subprocess.call(cmd, shell=True)` (B602, high),
 * so N files give 2N findings, N of them blocking at the default threshold.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { spawnSync } from 'node:child_process'

export const haveBandit = spawnSync('bandit', ['--version']).status === 0

export function pythonWorkspace(files: number, opts: { config?: string; waivers?: string; dir?: string; sub?: string } = {}): string {
  const root = opts.dir ?? mkdtempSync(path.join(os.tmpdir(), 'asg-py-'))
  const ws = opts.sub ? path.join(root, opts.sub) : root
  mkdirSync(path.join(ws, 'src'), { recursive: true })
  mkdirSync(path.join(ws, '.github'), { recursive: true })
  for (let i = 0; i < files; i++) {
    const name = `job_${String(i).padStart(3, '0')}.py`
    writeFileSync(path.join(ws, 'src', name), `import subprocess\n\n\ndef run_${i}(cmd):\n    return subprocess.call(cmd, shell=True)\n`)
  }
  writeFileSync(path.join(ws, '.github/ai-secure-gates.yml'), opts.config ?? 'version: 1\ngates:\n  code:\n    paths: [src]\n')
  if (opts.waivers) writeFileSync(path.join(ws, '.github/ai-secure-gates-waivers.yml'), opts.waivers)
  return root
}
