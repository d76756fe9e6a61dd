import { z } from 'zod'

const login = z
  .string()
  .regex(/^@?[A-Za-z0-9][A-Za-z0-9_-]{0,38}$/, 'a GitHub username such as alice (a leading @ is allowed)')
  .transform((s) => s.replace(/^@/, ''))
const team = z
  .string()
  .regex(/^@?[A-Za-z0-9][A-Za-z0-9-]{0,38}\/[A-Za-z0-9_.-]+$/, 'a team as org/team-slug (a leading @ is allowed)')
  .transform((s) => s.replace(/^@/, ''))

const from = z
  .union([
    z.literal('codeowners').describe('The code owners of each changed file, from CODEOWNERS on the base branch (the last matching line wins).'),
    z.literal('anyone').describe('Any reviewer with write access.'),
    z
      .object({
        users: z.array(login).default([]).describe('Usernames whose approval counts.'),
        teams: z.array(team).default([]).describe('Teams (org/team-slug) whose members\' approval counts. Reading membership needs a token with read:org (see teams-token-env).')
      })
      .strict()
      .refine((o) => o.users.length + o.teams.length > 0, 'name at least one user or team')
  ], {
    error: (issue) =>
      typeof issue.input === 'object' && issue.input !== null
        ? undefined
        : `expected codeowners, anyone, or { users: [alice], teams: [org/team-slug] }; got ${JSON.stringify(issue.input)}`
  })
  .describe('Whose approvals count: codeowners, anyone, or { users: [...], teams: [...] }.')

export const approvalRuleSchema = z
  .object({
    name: z.string().min(1).max(100).optional().describe('A short name shown in the check and the report (defaults to the paths).'),
    paths: z.array(z.string().min(1)).min(1).describe('Globs (repository-relative, ** for any depth): the rule applies when a changed file matches one.'),
    approvals: z.number().int().min(1).max(20).default(1).describe('Approvals needed (per CODEOWNERS line with from: codeowners).'),
    from: from.default('codeowners')
  })
  .strict()

export const approvalConfigSchema = z.object({
  rules: z.array(approvalRuleSchema).min(1).describe('When files matching paths change, approvals are needed from code owners, named users or teams.'),
  'head-commit-only': z
    .boolean()
    .default(false)
    .describe('Count only approvals given on the pull request\'s head commit (any push makes earlier approvals stale).'),
  'exclude-last-pusher': z
    .boolean()
    .default(false)
    .describe('Do not count the approval of whoever pushed the head commit (like GitHub\'s "require approval of the most recent reviewable push").'),
  'require-write-access': z
    .boolean()
    .default(true)
    .describe('Count an approval only if the reviewer still has write access to the repository (a reviewer who lost access no longer counts).'),
  unowned: z
    .enum(['fail', 'allow'])
    .default('fail')
    .describe('With from: codeowners, a matching changed file that CODEOWNERS gives no owner: fail (default) or allow it without approval.'),
  'token-env': z
    .string()
    .regex(/^[A-Za-z_][A-Za-z0-9_-]*$/)
    .optional()
    .describe('Environment variable holding the token that reads the pull request, its reviews and files (default: GITHUB_TOKEN, then the action\'s github-token input).'),
  'teams-token-env': z
    .string()
    .regex(/^[A-Za-z_][A-Za-z0-9_-]*$/)
    .optional()
    .describe('Environment variable holding a token that can read team membership (a GitHub App token with Organization members: read, or a PAT with read:org); GITHUB_TOKEN never can. Defaults to the token above.'),
  'max-wait-seconds': z.number().int().min(0).max(600).default(60).describe('Longest wait a rate limit (Retry-After) may impose before the gate gives up with an error.')
})

export type ApprovalConfig = z.infer<typeof approvalConfigSchema>
export type ApprovalRule = z.infer<typeof approvalRuleSchema>
