/** The code gate: bandit over the Python sources. */
import type { Gate } from '../../engine/types.js'
import { runBandit } from './bandit.js'
import { codeConfigSchema, type CodeConfig } from './config.js'

export const codeGate: Gate<CodeConfig> = {
  id: 'code',
  title: 'Code (bandit)',
  configSchema: codeConfigSchema,
  async run(ctx) {
    const bandit = await runBandit(ctx)
    return { findings: bandit.findings, checks: bandit.checks, errors: bandit.errors, tool: bandit.tool }
  }
}
