import { z } from 'zod'
import { pathList } from '../../config/common.js'

const pValue = z.number().gt(0).lt(1)

const driftColumnSchema = z.strictObject({
  enabled: z.boolean().optional().describe('Set false to not test this column for drift.'),
  'p-value': pValue.optional().describe('Drift when a test p-value is below this (KS, mean-shift, chi-square).'),
  psi: z.number().positive().optional().describe('Drift when the population stability index is above this (categorical columns).'),
  tests: z.array(z.enum(['ks', 'mean-shift', 'chi-square', 'psi'])).min(1).optional().describe('Tests to run on this column (default: ks and mean-shift for numbers, chi-square and psi for categories).')
})

export const driftSchema = z.strictObject({
  enabled: z.boolean().optional().describe('Set false to not run drift tests on this dataset.'),
  'p-value': pValue.optional().describe('Drift when a test p-value is below this (default 0.01).'),
  psi: z.number().positive().optional().describe('Drift when the PSI of a categorical column is above this (default 0.25).'),
  columns: z.record(z.string(), driftColumnSchema).optional().describe('Per-column overrides.')
})

const outlierColumnSchema = z.strictObject({
  enabled: z.boolean().optional(),
  method: z.enum(['iqr', 'mad']).optional(),
  k: z.number().positive().optional(),
  z: z.number().positive().optional(),
  'max-fraction': z.number().min(0).max(1).optional(),
  against: z.enum(['dataset', 'reference']).optional()
})

export const outliersSchema = z.strictObject({
  enabled: z.boolean().optional().describe('Set false to not look for outliers in this dataset.'),
  method: z.enum(['iqr', 'mad']).optional().describe('iqr: Tukey fences Q1 - k*IQR, Q3 + k*IQR (default). mad: robust z-score 0.6745*(x - median)/MAD beyond z.'),
  k: z.number().positive().optional().describe('IQR fence multiplier (default 3, Tukey "far out"; 1.5 marks "outside").'),
  z: z.number().positive().optional().describe('Robust z-score threshold for mad (default 3.5).'),
  'max-fraction': z.number().min(0).max(1).optional().describe('A column fails when more than this fraction of its values are outliers (default 0.01).'),
  against: z.enum(['dataset', 'reference']).optional().describe('Compute the fences from the dataset itself (default) or from the reference.'),
  columns: z.record(z.string(), outlierColumnSchema).optional().describe('Per-column overrides.')
})

export const datasetSchema = z.strictObject({
  path: z.string().min(1).describe('The dataset file (CSV, TSV, JSON Lines or Parquet), or a folder of them.'),
  format: z.enum(['csv', 'tsv', 'jsonl', 'parquet']).optional().describe('Format (default: from the extension).'),
  delimiter: z.string().length(1).optional().describe('CSV field delimiter (default , or tab for .tsv).'),
  schema: z.string().min(1).optional().describe('Schema file (YAML) the rows must follow.'),
  reference: z.string().min(1).optional().describe('Trusted reference dataset for drift (and outliers with against: reference).'),
  'reference-format': z.enum(['csv', 'tsv', 'jsonl', 'parquet']).optional(),
  drift: driftSchema.optional(),
  outliers: outliersSchema.optional()
})

export const dataConfigSchema = z.object({
  datasets: z.array(datasetSchema).min(1).describe('The datasets to check.'),
  lock: z.string().min(1).optional().describe('Hash lock (sha256) of the datasets, written by `ai-secure-gates lock data`.'),
  exclude: pathList.default([]).describe('Paths or globs left out of the lock.'),
  dvc: z.enum(['auto', 'required', 'off']).default('auto').describe('auto: verify DVC records (.dvc, dvc.lock) where they exist; required: a dataset without one is a finding; off.'),
  drift: driftSchema.optional().describe('Defaults for every dataset.'),
  outliers: outliersSchema.optional().describe('Defaults for every dataset.'),
  'max-examples': z.number().int().positive().max(1000).default(10).describe('Rows listed per rule in a finding (the count covers all).'),
  'max-bytes': z.number().int().positive().default(4 * 1024 ** 3).describe('Largest dataset or reference file read (bytes).'),
  'max-rows': z.number().int().positive().default(20_000_000).describe('Most rows read from one file; more is an error.'),
  'max-categories': z.number().int().positive().default(10_000).describe('Most distinct values of a categorical column kept for drift.')
})

export type DataConfig = z.infer<typeof dataConfigSchema>
export type DatasetConfig = z.infer<typeof datasetSchema>
export type DriftConfig = z.infer<typeof driftSchema>
export type OutliersConfig = z.infer<typeof outliersSchema>
