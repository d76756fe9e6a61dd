import { z } from 'zod'

export const METRIC_FORMATS = ['json', 'yaml', 'toml', 'csv', 'mlflow', 'lm-eval', 'hf-evaluate'] as const
export type MetricFormat = (typeof METRIC_FORMATS)[number]

const baselineSchema = z.union([
  z.literal('base-commit').describe("The same file at the pull request's base commit, read with git."),
  z.string().min(1).describe('A baseline file in the repository, read with the same format as the metrics.'),
  z
    .strictObject({
      git: z.string().min(1).describe('A git revision (sha, branch, tag) whose copy of the metrics file is the baseline.')
    })
    .describe('The same file at a git revision.'),
  z
    .strictObject({
      report: z.string().min(1).describe("A previous JSON report of this action: the evaluation gate's metric values in it are the baseline.")
    })
    .describe('A previous JSON report.'),
  z.strictObject({ path: z.string().min(1), format: z.enum(METRIC_FORMATS).optional() }).describe('A baseline file with its own format.')
])

const sourceSchema = z.strictObject({
  path: z.string().min(1).describe('The metrics file (JSON, YAML, TOML, CSV, lm-evaluation-harness results_*.json, HF evaluate output) or an MLflow run folder (mlruns/<experiment>/<run>).'),
  format: z.enum(METRIC_FORMATS).optional().describe('Format (default: from the extension and content).'),
  select: z.array(z.string().min(1)).min(1).optional().describe('Metrics to compare, as dotted paths or globs (* within a key, ** across keys). Default: every numeric value.'),
  baseline: baselineSchema.optional().describe('Baseline of this file (default: the gate-level baseline).')
})

const toleranceSchema = z
  .strictObject({
    absolute: z.number().nonnegative().optional().describe('A regression up to this much is allowed.'),
    relative: z.number().nonnegative().optional().describe('A regression up to this fraction of the baseline value is allowed (0.05 = 5 %).'),
    stderr: z.number().nonnegative().optional().describe('A regression up to this many combined standard errors (sqrt(se_old^2 + se_new^2)) is allowed; both sides must carry a standard error.')
  })
  .describe('How much worse a metric may get. With several, the largest allowance applies. Default: none (any regression fails).')

const ruleShape = {
  direction: z.enum(['higher', 'lower']).optional().describe('Whether higher or lower is better (taken from the format where it says so, e.g. lm-evaluation-harness).'),
  tolerance: toleranceSchema.optional(),
  min: z.number().optional().describe('Absolute floor: the new value below this fails, whatever the baseline.'),
  max: z.number().optional().describe('Absolute ceiling: the new value above this fails, whatever the baseline.'),
  severity: z.enum(['critical', 'high', 'medium', 'low', 'info']).optional().describe('Severity of a regression or bound breach (default high).')
}

export const ruleSchema = z.strictObject(ruleShape)
export type MetricRule = z.infer<typeof ruleSchema>

export const FAIRNESS_SUMMARIES = [
  'demographic-parity-difference',
  'demographic-parity-ratio',
  'equalized-odds-difference',
  'equalized-odds-ratio',
  'equal-opportunity-difference',
  'max-ece'
] as const

const labelValue = z.union([z.string(), z.number(), z.boolean()])

export const fairnessSchema = z.strictObject({
  predictions: z.string().min(1).describe('Predictions file: CSV, TSV, Parquet or JSON Lines, one row per example.'),
  format: z.enum(['csv', 'tsv', 'jsonl', 'parquet']).optional().describe('Format (default: from the extension).'),
  label: z.string().min(1).default('label').describe('Column of the true label.'),
  prediction: z.string().min(1).default('prediction').describe('Column of the predicted label.'),
  score: z.string().min(1).optional().describe('Column of the predicted probability of the positive class (enables calibration error).'),
  sensitive: z.array(z.string().min(1)).min(1).describe('Sensitive-feature columns; groups are their values, and intersections of all of them.'),
  positive: labelValue.default(1).describe('The positive label.'),
  negative: labelValue.default(0).describe('The negative label. A label that is neither is an error.'),
  intersections: z.boolean().default(true).describe('Also judge the intersections of all sensitive features (with two or more).'),
  'min-group-size': z.number().int().nonnegative().default(30).describe('Groups with fewer rows are reported, not judged.'),
  'max-groups': z.number().int().positive().max(100_000).default(1000).describe('Most distinct values of one sensitive column (and intersections); more is an error.'),
  thresholds: z
    .strictObject({
      'demographic-parity-difference': z.number().nonnegative().optional().describe('Fail above this difference in selection rate between groups.'),
      'demographic-parity-ratio': z.number().min(0).max(1).optional().describe('Fail below this ratio of smallest to largest selection rate (0.8 = four-fifths rule).'),
      'equalized-odds-difference': z.number().nonnegative().optional().describe('Fail above this (largest of the TPR and FPR differences).'),
      'equalized-odds-ratio': z.number().min(0).max(1).optional().describe('Fail below this (smallest of the TPR and FPR ratios).'),
      'equal-opportunity-difference': z.number().nonnegative().optional().describe('Fail above this difference in TPR.'),
      'max-ece': z.number().nonnegative().optional().describe('Fail when the expected calibration error, overall or of any judged group, is above this (needs score).')
    })
    .default({})
    .describe('Limits on the summaries; a summary without a limit is reported only.'),
  baseline: z
    .union([z.literal('base-commit'), z.string().min(1), z.strictObject({ git: z.string().min(1) })])
    .optional()
    .describe('Predictions of the baseline model (same columns): base-commit (the same file at the pull request\'s base commit), a path, or { git: <revision> }. Each judged group\'s slice-metrics are then held to the baseline\'s by the gate\'s rules (names like "sex=F.accuracy", "overall.accuracy").'),
  'slice-metrics': z
    .array(z.enum(['accuracy', 'precision', 'recall', 'fpr', 'fnr']))
    .min(1)
    .default(['accuracy'])
    .describe('Per-group rates held to the baseline predictions (accuracy, precision and recall: higher is better; fpr and fnr: lower).'),
  bins: z.number().int().min(2).max(1000).default(10).describe('Equal-width score bins for the expected calibration error.'),
  bootstrap: z
    .strictObject({
      samples: z.number().int().min(0).max(10_000).default(1000).describe('Bootstrap resamples for confidence intervals (0 = none).'),
      confidence: z.number().gt(0).lt(1).default(0.95),
      seed: z.number().int().default(42).describe('Fixed seed: the same data gives the same intervals.')
    })
    .default({ samples: 1000, confidence: 0.95, seed: 42 })
    .describe('Percentile bootstrap confidence intervals of the summaries (reported, not judged).'),
  'max-bytes': z.number().int().positive().default(2 * 1024 ** 3).describe('Largest predictions file read (bytes).'),
  'max-rows': z.number().int().positive().default(50_000_000).describe('Most rows read; more is an error.')
})
export type FairnessConfig = z.infer<typeof fairnessSchema>

export const evaluationConfigSchema = z.object({
  metrics: z
    .union([z.string().min(1), z.array(z.union([z.string().min(1), sourceSchema])).min(1)])
    .optional()
    .describe('The metrics file(s) to hold to the baseline: a path, or a list of paths or {path, format, select, baseline}.'),
  baseline: baselineSchema.default('base-commit').describe("Where the baseline values come from (default: base-commit, the same file at the pull request's base commit)."),
  ...ruleShape,
  rules: z.record(z.string(), ruleSchema).default({}).describe('Per-metric rules, keyed by metric name or glob (the first matching key applies, then the gate-level defaults).'),
  'new-metrics': z.array(z.string().min(1)).default([]).describe('Metrics (names or globs) allowed to be absent from the baseline, e.g. added by this change; only their bounds are judged.'),
  'max-bytes': z.number().int().positive().default(64 * 1024 * 1024).describe('Largest metrics file read (bytes).'),
  fairness: fairnessSchema.optional().describe('Fairness of a binary classifier, measured per group from a predictions file.')
})

export type EvaluationConfig = z.infer<typeof evaluationConfigSchema>
export type MetricSourceConfig = z.infer<typeof sourceSchema>
export type BaselineConfig = z.infer<typeof baselineSchema>
