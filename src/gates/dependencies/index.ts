/** The dependencies gate: pip-audit over requirements files, a pyproject.toml project or an environment. */
import type { Gate } from '../../engine/types.js'
import { dependenciesConfigSchema, type DependenciesConfig } from './config.js'
import { runPipAudit } from './pip-audit.js'

export const dependenciesGate: Gate<DependenciesConfig> = {
  id: 'dependencies',
  title: 'Python dependencies (pip-audit)',
  configSchema: dependenciesConfigSchema,
  async run(ctx) {
    const r = await runPipAudit(ctx)
    if (r.skipped) return { findings: [], checks: [], errors: [], skipped: r.skipped, tool: null }
    const vulns = r.findings.filter((f) => f.ruleId !== 'pip-audit/skipped-dependency').length
    const skippedDeps = r.findings.length - vulns
    const audited = r.checks.filter((c) => c.outcome !== 'error').length
    const summary = r.errors.length
      ? undefined
      : `${vulns} known vulnerabilit${vulns === 1 ? 'y' : 'ies'} in ${audited} audited target${audited === 1 ? '' : 's'}${skippedDeps ? `, ${skippedDeps} dependenc${skippedDeps === 1 ? 'y' : 'ies'} not audited` : ''}`
    return { findings: r.findings, checks: r.checks, errors: r.errors, tool: r.tool, ...(summary ? { summary } : {}) }
  }
}
