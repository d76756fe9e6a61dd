import { z } from 'zod'
import { pathList } from '../../config/common.js'
import { RULE_IDS } from './rules/catalog.js'

export const codeConfigSchema = z.object({
  paths: pathList.default(['.']).describe('Folders or files to scan (workspace-relative).'),
  exclude: pathList.default([]).describe('Workspace-relative paths or globs not scanned by bandit, the rules or the notebook scan (`vendor` is that folder, `**/tests` every tests folder). The repo\'s own bandit excludes (pyproject.toml, .bandit) apply too.'),
  'bandit-config': z.string().optional().describe("A bandit config file (-c; YAML, or TOML with [tool.bandit]); its exclude_dirs apply to the rules too. Without it pyproject.toml [tool.bandit] applies; a root .bandit file always does."),
  skip: z.array(z.string().regex(/^B\d{3}$/, 'a bandit test id such as B101')).default([]).describe('bandit test ids to skip (-s).'),
  tests: z.array(z.string().regex(/^B\d{3}$/, 'a bandit test id such as B301')).default([]).describe('Run only these bandit test ids (-t).'),
  bandit: z.boolean().default(true).describe('Run bandit over the .py files (and the notebooks when notebooks is on).'),
  rules: z.boolean().default(true).describe('Run the unsafe-load rules (torch.load, pickle, joblib, numpy allow_pickle, yaml, Keras safe_mode, trust_remote_code, unpinned Hugging Face downloads).'),
  'disable-rules': z.array(z.enum(RULE_IDS as [string, ...string[]])).default([]).describe('Unsafe-load rule ids not to report (see docs/gates/code-rules.md).'),
  notebooks: z.boolean().default(true).describe('Scan the code cells of Jupyter notebooks (.ipynb) with bandit and the rules.')
})

export type CodeConfig = z.infer<typeof codeConfigSchema>
