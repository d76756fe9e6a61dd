/** The Fairlearn venv that scripts/setup-test-env.sh installs, and the reference script that drives it. */
import { execFileSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

export const FAIRLEARN_PYTHON = path.join(process.env.AI_SECURE_GATES_CACHE ?? path.join(os.homedir(), '.cache/ai-secure-gates'), 'fairlearn-0.15.0/bin/python')
export const FAIRLEARN_SCRIPT = path.join(process.cwd(), 'scripts/fairlearn-reference.py')

export function requireFairlearn(): void {
  if (!existsSync(FAIRLEARN_PYTHON)) throw new Error(`Fairlearn is not installed at ${FAIRLEARN_PYTHON}: run bash scripts/setup-test-env.sh (npm test runs it first)`)
}

export function fairlearn(args: string[], timeoutMs = 120_000): any {
  requireFairlearn()
  const out = execFileSync(FAIRLEARN_PYTHON, [FAIRLEARN_SCRIPT, ...args], { encoding: 'utf8', timeout: timeoutMs, maxBuffer: 64 * 1024 * 1024 })
  return JSON.parse(out)
}
