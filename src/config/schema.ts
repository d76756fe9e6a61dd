/**
 * The config file (`.github/ai-secure-gates.yml`) as a zod schema. Each gate owns the schema of its
 * own block (gate.configSchema); this file joins them with the common keys. The JSON Schema in
 * `schema/ai-secure-gates.schema.json` is generated from this (`npm run schema`).
 */
import { z } from 'zod'
import { GATES } from '../gates/registry.js'
import { commonGateShape, thresholdSchema } from './common.js'
import { environmentsSchema } from '../release/policy/config.js'
import { deployCheckSchema } from '../release/deploy-check/config.js'

function gateBlock(gate: (typeof GATES)[number]) {
  const shape = (gate.configSchema as unknown as z.ZodObject).shape
  return z.strictObject({ ...commonGateShape, ...shape }).describe(gate.title)
}

export const gatesSchema = z.strictObject(Object.fromEntries(GATES.map((g) => [g.id, gateBlock(g).optional()])))

export const configSchema = z.strictObject({
  version: z.literal(1).describe('Config format version; always 1.'),
  'fail-on': thresholdSchema.default('high'),
  waivers: z.string().optional().describe('Path of the waivers file (default .github/ai-secure-gates-waivers.yml when it exists).'),
  baseline: z.string().optional().describe('Path of a previous JSON report: findings already in it are reported but never block.'),
  'timeout-minutes': z.number().positive().max(360).default(20).describe('Default per-gate time limit.'),
  gates: gatesSchema.default({}).describe('The gates to run and their settings. Omit a gate to not run it.'),
  environments: environmentsSchema.optional(),
  'deploy-check': deployCheckSchema.optional()
})

export type Config = z.infer<typeof configSchema>
export type GateBlock = Record<string, unknown> & { enabled?: boolean; 'fail-on'?: z.infer<typeof thresholdSchema>; 'timeout-minutes'?: number }

export const waiverSchema = z
  .strictObject({
    gate: z.string().min(1).describe('Gate id the waiver applies to.'),
    rule: z.string().min(1).optional().describe('Rule id (or a vulnerability alias such as a CVE) to waive.'),
    path: z.string().min(1).optional().describe('Glob of workspace paths the waiver covers (default: everywhere).'),
    fingerprint: z.string().min(1).optional().describe('Fingerprint of one finding (from the JSON report).'),
    reason: z.string().min(3).describe('Why this finding is acceptable; shown in every report.'),
    expires: z
      .union([z.string(), z.date()])
      .transform((v) => (v instanceof Date ? v.toISOString().slice(0, 10) : v))
      .refine((v) => /^\d{4}-\d{2}-\d{2}$/.test(v) && !Number.isNaN(Date.parse(v)), 'expires must be a date written YYYY-MM-DD')
      .describe('Date (YYYY-MM-DD) after which the waiver stops applying.')
  })
  .refine((w) => w.rule || w.fingerprint, { message: 'a waiver needs a rule or a fingerprint', path: ['rule'] })

export const waiversFileSchema = z.strictObject({ waivers: z.array(waiverSchema) })
export type Waiver = z.infer<typeof waiverSchema>
