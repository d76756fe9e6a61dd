/**
 * The bandit the code-gate tests run: the current release, installed into its own virtualenv.
 * Found at $AI_SECURE_GATES_TEST_BANDIT (a path to the bandit executable), else at
 * ~/.cache/ai-secure-gates/test-bandit/bin/bandit, where the test setup installs it
 * (python3 -m venv ~/.cache/ai-secure-gates/test-bandit && .../bin/pip install bandit==1.9.4).
 * When it is missing the tests that need it fail saying so; they never skip silently.
 */
import { spawnSync } from 'node:child_process'
import os from 'node:os'
import path from 'node:path'
import { processRunner, type ToolRunner } from '../../src/tools/runner.js'

export const CURRENT_BANDIT_VERSION = '1.9.4'

export const currentBanditPath = process.env.AI_SECURE_GATES_TEST_BANDIT || path.join(os.homedir(), '.cache', 'ai-secure-gates', 'test-bandit', 'bin', 'bandit')

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
