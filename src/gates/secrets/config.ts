import { z } from 'zod'
import { pathList } from '../../config/common.js'

/** Lock files hold integrity hashes and registry URLs, not credentials; they are large and change often. */
export const DEFAULT_EXCLUDES = [
  '**/package-lock.json',
  '**/npm-shrinkwrap.json',
  '**/yarn.lock',
  '**/pnpm-lock.yaml',
  '**/poetry.lock',
  '**/Pipfile.lock',
  '**/uv.lock',
  '**/pdm.lock',
  '**/Cargo.lock',
  '**/go.sum',
  '**/composer.lock',
  '**/Gemfile.lock'
]

export const secretsConfigSchema = z.object({
  exclude: pathList.default([]).describe('Globs of files not scanned (workspace-relative), added to the default excludes.'),
  'default-excludes': z.boolean().default(true).describe(`Skip lock files (${DEFAULT_EXCLUDES.map((g) => g.slice(3)).join(', ')}). Set false to scan them too.`),
  'pr-commits': z
    .boolean()
    .default(true)
    .describe('On pull requests, also scan every line each commit of the pull request adds (needs actions/checkout with fetch-depth: 0).'),
  'gitleaks-report': z.string().optional().describe('A gitleaks JSON report (v8, or v7) to import into this gate.'),
  'max-file-mb': z.number().positive().max(1024).default(20).describe('Files larger than this (MiB) are listed as skipped, not read.'),
  'disable-rules': z.array(z.string().min(1)).default([]).describe('Rule ids not to report (openai, aws, replicate, wandb-api-key...; see docs/gates/secrets.md).')
})

export type SecretsConfig = z.infer<typeof secretsConfigSchema>
