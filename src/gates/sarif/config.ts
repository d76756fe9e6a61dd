import { z } from 'zod'
import { pathList } from '../../config/common.js'
import { SEVERITIES } from '../../engine/types.js'

const severity = z.enum(SEVERITIES)

export const sarifConfigSchema = z.object({
  files: pathList.min(1).describe('SARIF files (or globs) produced by earlier steps: semgrep, checkov, codeql, grype, a bandit SARIF...'),
  'allow-missing': z
    .boolean()
    .default(false)
    .describe('Treat a listed file or glob that matches nothing as skipped instead of an error (by default a missing report is an error: the step that writes it probably failed).'),
  levels: z
    .object({ error: severity.optional(), warning: severity.optional(), note: severity.optional(), none: severity.optional() })
    .strict()
    .default({})
    .describe('Severity for each SARIF level, used when a result has no security-severity (default error: high, warning: medium, note: low, none: info).'),
  'max-size-mb': z.number().positive().max(1024).default(100).describe('Refuse SARIF files larger than this.')
})

export type SarifConfig = z.infer<typeof sarifConfigSchema>
