import { z } from 'zod'
import { pathList } from '../../config/common.js'

export const codeConfigSchema = z.object({
  paths: pathList.default(['.']).describe('Folders or files to scan (workspace-relative).'),
  exclude: pathList.default([]).describe('Paths or globs bandit skips (-x).'),
  'bandit-config': z.string().optional().describe("A bandit YAML config file (-c). Without it the repo's own .bandit and pyproject.toml [tool.bandit] apply."),
  skip: z.array(z.string().regex(/^B\d{3}$/, 'a bandit test id such as B101')).default([]).describe('bandit test ids to skip (-s).'),
  tests: z.array(z.string().regex(/^B\d{3}$/, 'a bandit test id such as B301')).default([]).describe('Run only these bandit test ids (-t).')
})

export type CodeConfig = z.infer<typeof codeConfigSchema>
