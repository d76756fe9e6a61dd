/** The container gate: trivy over images, filesystems, repositories and infrastructure code. */
import { describeContainerFiles, findInventory } from '../../engine/inventory.js'
import type { Gate } from '../../engine/types.js'
import { containerConfigSchema, type ContainerConfig } from './config.js'

const TARGET_KEYS = ['image', 'image-archive', 'fs', 'repo', 'config'] as const

export const containerGate: Gate<ContainerConfig> = {
  id: 'container',
  title: 'Containers and IaC (trivy)',
  configSchema: containerConfigSchema,
  async run(ctx) {
    // On by default only (no gates.container block): it applies where container or IaC files exist.
    if (!ctx.explicit && !TARGET_KEYS.some((k) => ctx.config[k] !== undefined)) {
      const inv = await (ctx.inventory ?? (() => findInventory(ctx.workspace)))()
      if (inv.container.length === 0) {
        return {
          findings: [],
          checks: [],
          errors: [],
          skipped: `no Dockerfile, compose file, Kubernetes or Helm manifest, Terraform or CloudFormation file in the repository (${inv.filesSeen} files looked at${inv.truncated ? ', walk stopped at its bound' : ''}); set gates.container.image to scan an image`
        }
      }
      const shown = inv.container.slice(0, 5).map((f) => f.path).join(', ')
      ctx.declareTargets?.(`${describeContainerFiles(inv.container)} (${shown}${inv.container.length > 5 ? ', …' : ''})`)
    } else {
      ctx.declareTargets?.('the configured container and IaC targets')
    }
    const { runTrivy } = await import('./trivy.js')
    const r = await runTrivy(ctx)
    const count = (kind: string) => r.findings.filter((f) => (f.properties as any)?.kind === kind).length
    const scanned = r.checks.filter((c) => !c.name.endsWith(' target') && c.outcome !== 'error').length
    const summary = r.errors.length
      ? undefined
      : `${count('vulnerability')} vulnerabilities, ${count('misconfiguration')} misconfigurations, ${count('secret')} secrets in ${scanned} scan${scanned === 1 ? '' : 's'}`
    return { findings: r.findings, checks: r.checks, errors: r.errors, tool: r.tool, ...(summary ? { summary } : {}) }
  }
}
