/**
 * Pinned tool installs for `install: auto`. The versions live in this one table.
 * Python tools go into their own virtualenv under the runner's tool cache.
 */
import { ToolError } from '../engine/errors.js'
import type { ResolveContext } from './resolve.js'

export type ToolName = 'bandit' | 'pip-audit' | 'garak' | 'trivy'

export const PINNED: Record<ToolName, { version: string; hint: string }> = {
  bandit: { version: '1.9.4', hint: 'pip install bandit' },
  'pip-audit': { version: '2.10.1', hint: 'pip install pip-audit' },
  garak: { version: '0.16.0', hint: 'pip install garak' },
  trivy: { version: '0.72.0', hint: 'aquasecurity/setup-trivy' }
}

/** Installs a pinned tool and returns the executable's path. */
export async function installTool(name: ToolName, _ctx: ResolveContext): Promise<string> {
  throw new ToolError('TOOL_INSTALL', `${name}: pinned installs are not available yet; install ${name} ${PINNED[name].version} in a setup step (${PINNED[name].hint}).`)
}
