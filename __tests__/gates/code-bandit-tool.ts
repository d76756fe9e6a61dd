/**
 * The bandit the code-gate tests run: the current release, in its own virtualenv. Looked up, in
 * this order:
 *   1. $AI_SECURE_GATES_TEST_BANDIT (a path to a bandit executable);
 *   2. the tools manifest the test setup writes with the action's own installer
 *      ($AI_SECURE_GATES_TOOLS_MANIFEST, else ~/.cache/ai-secure-gates/test-tools.json: tools.bandit.path);
 *   3. ~/.cache/ai-secure-gates/test-bandit/bin/bandit
 *      (python3 -m venv ~/.cache/ai-secure-gates/test-bandit && .../bin/pip install 'bandit[sarif]==1.9.4').
 * When none is there the tests that need it fail saying so; they never skip silently.
 */
import { spawnSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { processRunner, type ToolRunner } from '../../src/tools/runner.js'

export const CURRENT_BANDIT_VERSION = '1.9.4'

function fromManifest(): string | null {
  const cache = process.env.AI_SECURE_GATES_CACHE || path.join(os.homedir(), '.cache', 'ai-secure-gates')
  const file = process.env.AI_SECURE_GATES_TOOLS_MANIFEST || path.join(cache, 'test-tools.json')
  try {
    const p = JSON.parse(readFileSync(file, 'utf8'))?.tools?.bandit?.path
    return typeof p === 'string' && p ? p : null
  } catch {
    return null
  }
}

export const currentBanditPath =
  process.env.AI_SECURE_GATES_TEST_BANDIT || fromManifest() || path.join(os.homedir(), '.cache', 'ai-secure-gates', 'test-bandit', 'bin', 'bandit')

function probe(): { version: string | null; problem: string | null } {
  const r = spawnSync(currentBanditPath, ['--version'], { encoding: 'utf8' })
  if (r.error || r.status !== 0) {
    return {
      version: null,
      problem: `the current bandit (${CURRENT_BANDIT_VERSION}) is not installed at ${currentBanditPath}: run scripts/setup-test-env.sh, or set AI_SECURE_GATES_TEST_BANDIT to a bandit ${CURRENT_BANDIT_VERSION} executable`
    }
  }
  const m = /bandit (\d+\.\d+\.\d+)/.exec(r.stdout)
  return { version: m ? m[1] : null, problem: null }
}

export const currentBandit = probe()

/** Throws with the fix when the current bandit is missing (call at the start of a test). */
export function requireCurrentBandit(): string {
  if (currentBandit.problem) throw new Error(currentBandit.problem)
  return currentBanditPath
}

/** A ToolRunner whose `bandit` is the given executable (the rest from PATH). */
export function toolsWithBandit(banditPath: string): ToolRunner {
  return { ...processRunner, which: async (name: string) => (name === 'bandit' ? banditPath : processRunner.which(name)) }
}

/** Debian's bandit on PATH (1.6.2 on this machine), when there is one. */
export const debianBandit = spawnSync('bandit', ['--version']).status === 0
