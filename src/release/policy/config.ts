/**
 * The `environments:` block of the config file: per-environment release rules over the report
 * (docs/policy.md). Every CEL expression is compiled when the config loads, so a rule that does not
 * compile is a config error naming its path (environments.production.deny[0]).
 */
import { z } from 'zod'
import { compile } from './cel.js'

const STATUSES = ['pass', 'fail', 'error', 'skipped'] as const
const statusList = z.union([z.enum(STATUSES), z.array(z.enum(STATUSES)).min(1)])

const NAME = /^[A-Za-z0-9][A-Za-z0-9_.:/-]{0,99}$/

const ruleObject = z.strictObject({
  name: z.string().regex(NAME, 'a rule name is letters, digits and _ . : / - (at most 100)').optional().describe('Name shown in the report (default: the kind and its index, e.g. deny[0]).'),
  expr: z.string().min(1).describe('CEL expression over the report (docs/policy.md lists the keys).'),
  message: z.string().max(500).optional().describe('What the report says when the rule fires or does not hold.'),
  msg: z.string().max(500).optional().describe('Conftest spelling of message.')
})

const ruleList = z.array(z.union([z.string().min(1), ruleObject])).max(200)

export const environmentSchema = z.strictObject({
  gates: z
    .record(z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, 'a gate id is letters, digits, _ and -'), statusList)
    .optional()
    .describe('Required gates and the statuses each may have, e.g. { models: pass, approval: pass } (a gate missing from the report is an error, never a pass).'),
  waivers: z
    .strictObject({ 'min-days-left': z.number().int().min(0).max(3650).describe('No waiver used in this run may expire within this many days.') })
    .optional()
    .describe('Requirements on the waivers that suppressed findings in this run.'),
  approvals: z
    .number()
    .int()
    .min(1)
    .max(100)
    .optional()
    .describe('At least this many distinct approvers counted by the approval gate (gates.approval.data.approvedBy); an error when the approval gate did not run.'),
  signatures: z
    .boolean()
    .optional()
    .describe('true: the models gate verified at least one model signature and every signature check passed (gates.models.signatures).'),
  complete: z.boolean().optional().describe('true: nothing may be listed as not checked (notChecked is empty).'),
  require: ruleList.optional().describe('CEL expressions that must be true.'),
  deny: ruleList.optional().describe('Conftest-style: CEL expressions that are violations when true (the run fails).'),
  violation: ruleList.optional().describe('Conftest spelling of deny.'),
  warn: ruleList.optional().describe('Conftest-style: CEL expressions that are warnings when true (reported, never blocking).')
})

export type EnvironmentPolicy = z.infer<typeof environmentSchema>

export const environmentsSchema = z
  .record(z.string().regex(NAME, 'an environment name is letters, digits and _ . : / - (at most 100)'), environmentSchema)
  .superRefine((envs, ctx) => {
    for (const [env, policy] of Object.entries(envs)) {
      for (const kind of ['require', 'deny', 'violation', 'warn'] as const) {
        ;(policy[kind] ?? []).forEach((rule, i) => {
          const expr = typeof rule === 'string' ? rule : rule.expr
          try {
            compile(expr)
          } catch (e) {
            ctx.addIssue({ code: 'custom', path: [env, kind, i, ...(typeof rule === 'string' ? [] : ['expr'])], message: (e as Error).message })
          }
        })
      }
    }
  })
  .describe('Release rules per deployment environment, applied when an environment is selected (input environment / --environment).')
