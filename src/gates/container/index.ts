/** The container gate: trivy over images, filesystems, repositories and infrastructure code. */
import type { Gate } from '../../engine/types.js'
import { containerConfigSchema, type ContainerConfig } from './config.js'
import { runTrivy } from './trivy.js'

export const containerGate: Gate<ContainerConfig> = {
  id: 'container',
  title: 'Containers and IaC (trivy)',
  configSchema: containerConfigSchema,
  async run(ctx) {
    const r = await runTrivy(ctx)
    const count = (kind: string) => r.findings.filter((f) => (f.properties as any)?.kind === kind).length
    const scanned = r.checks.filter((c) => !c.name.endsWith(' target') && c.outcome !== 'error').length
    const summary = r.errors.length
      ? undefined
      : `${count('vulnerability')} vulnerabilities, ${count('misconfiguration')} misconfigurations, ${count('secret')} secrets in ${scanned} scan${scanned === 1 ? '' : 's'}`
    return { findings: r.findings, checks: r.checks, errors: r.errors, tool: r.tool, ...(summary ? { summary } : {}) }
  }
}
