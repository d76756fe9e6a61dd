/**
 * The action's inputs, read in one place and validated with zod. Everything else receives the
 * typed Inputs object.
 */
import { z } from 'zod'
import { ConfigError } from '../engine/errors.js'
import { formatIssues } from './errors.js'
import { thresholdSchema } from './common.js'

const list = z.string().transform((s) =>
  s
    .split(/[\s,]+/)
    .map((x) => x.trim())
    .filter(Boolean)
)

export const inputsSchema = z.object({
  config: z.string().default(''),
  gates: list.default([]),
  'fail-on': z.union([z.literal(''), thresholdSchema]).default(''),
  'working-directory': z.string().default('.'),
  'github-token': z.string().default(''),
  install: z.enum(['auto', 'never']).default('auto'),
  'report-dir': z.string().default(''),
  mode: z.enum(['full', 'scan', 'report', 'sign', 'deploy-check']).default('full'),
  /** mode: sign: the model folders or files to sign, one per line. */
  'sign-models': z
    .string()
    .transform((s) => s.split(/\r?\n/).map((x) => x.trim()).filter(Boolean))
    .default([]),
  /** mode: sign: an EC private key (PEM text, e.g. from a secret); empty means keyless (OIDC, Fulcio, Rekor). */
  'signing-key': z.string().default(''),
  'signing-key-password': z.string().default(''),
  environment: z.string().max(100).default(''),
  'audit-log': z.string().default(''),
  /** mode: deploy-check: overrides of the config's deploy-check block (validated there). */
  'prometheus-url': z.string().default(''),
  'deploy-check-window': z.string().default(''),
  'deploy-check-interval': z.string().default(''),
  'deploy-check-consecutive': z.string().default(''),
  /** Newline-separated globs (commas are kept: they may be part of a glob's braces). */
  reports: z
    .string()
    .transform((s) => s.split(/\r?\n/).map((x) => x.trim()).filter(Boolean))
    .default([]),
  'check-runs': z.enum(['per-gate', 'single', 'none']).default('per-gate'),
  'on-error': z.enum(['fail', 'neutral']).default('fail'),
  'pr-comment': z.enum(['true', 'True', 'TRUE', 'false', 'False', 'FALSE']).transform((v) => v.toLowerCase() === 'true').default(false),
  bom: z.enum(['none', 'cyclonedx-1.6', 'cyclonedx-1.7']).default('none'),
  'bom-params': list.default([]),
  'bom-allow-no-models': z.enum(['true', 'True', 'TRUE', 'false', 'False', 'FALSE']).transform((v) => v.toLowerCase() === 'true').default(false),
  'max-annotations': z
    .string()
    .regex(/^\d+$/, 'a whole number')
    .transform(Number)
    .pipe(z.number().int().min(0).max(50_000))
    .default(1000)
})

export type Inputs = z.infer<typeof inputsSchema>

/** Reads every input through `get` (core.getInput in the action) and validates. */
export function readInputs(get: (name: string) => string): Inputs {
  const raw: Record<string, string> = {}
  for (const key of Object.keys(inputsSchema.shape)) {
    const v = get(key)
    if (v !== '') raw[key] = v
  }
  const r = inputsSchema.safeParse(raw)
  if (!r.success) throw new ConfigError('CONFIG_INVALID', formatIssues('action inputs', inputsSchema, r.error.issues, { data: raw }).join('\n'))
  return r.data
}
