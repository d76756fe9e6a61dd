import { z } from 'zod'
import { pathList } from '../../config/common.js'
import { SEVERITIES } from '../../engine/types.js'

const severity = z.enum(SEVERITIES)

export const dependenciesConfigSchema = z.object({
  requirements: pathList
    .optional()
    .describe('Requirements files to audit (pip-audit -r), each audited on its own so findings point at the file and line. Default: requirements.txt when it exists.'),
  project: z.string().min(1).optional().describe('A folder holding a pyproject.toml to audit as a project: the exact versions of its uv.lock, poetry.lock or pdm.lock when it has one (pip-audit --no-deps), else pyproject.toml resolved afresh (pip-audit <dir>).'),
  environment: z
    .boolean()
    .default(false)
    .describe('Audit the installed Python environment (the interpreter set by `python`, else python3 on PATH) instead of files.'),
  python: z.string().min(1).optional().describe('Interpreter whose environment is audited when environment: true (default: python3 on PATH).'),
  severity: severity.default('high').describe('pip-audit reports no severity: the severity given to every vulnerability that has a fixed version.'),
  'unfixable-severity': severity
    .optional()
    .describe('Severity of vulnerabilities with no fixed version (default: the same as severity). Set it below fail-on (e.g. info) to block only fixable ones.'),
  'vulnerability-service': z.enum(['pypi', 'osv']).default('pypi').describe('Advisory source (pip-audit -s).'),
  'require-hashes': z.boolean().default(false).describe('Pass --require-hashes: every requirement must carry a hash.'),
  'no-deps': z.boolean().default(false).describe('Pass --no-deps --disable-pip: audit only the listed (fully pinned) requirements as written, without installing or resolving them.'),
  'index-url': z.string().url().optional().describe('Package index to resolve requirements against (pip-audit --index-url), for mirrors.')
})

export type DependenciesConfig = z.infer<typeof dependenciesConfigSchema>
