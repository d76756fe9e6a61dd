/** Who and what started a CLI command, for its audit record: the CI's variables when set, else the local user and the workspace's HEAD commit. */
import { spawnSync } from 'node:child_process'
import os from 'node:os'
import { readRunContext } from '../github/context.js'
import { triggerFromEnv, type Trigger } from '../release/audit/record.js'

/** The local user, for the audit record outside GitHub Actions. */
function localUser(): string | null {
  try {
    return os.userInfo().username || null
  } catch {
    return null
  }
}

/** The workspace's HEAD commit, for the audit record outside GitHub Actions (null when not a git checkout). */
function headCommit(workspace: string): string | null {
  const r = spawnSync('git', ['rev-parse', '--verify', '-q', 'HEAD'], { cwd: workspace, encoding: 'utf8', timeout: 10_000 })
  const sha = r.status === 0 ? r.stdout.trim() : ''
  return /^[0-9a-f]{40}([0-9a-f]{24})?$/.test(sha) ? sha : null
}

export function localTrigger(workspace: string): Trigger {
  const trigger = triggerFromEnv(process.env, readRunContext())
  trigger.actor ??= localUser()
  trigger.sha ??= headCommit(workspace)
  return trigger
}
