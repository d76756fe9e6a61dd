import { z } from 'zod'
import { predictTargetSchema } from '../../targets/predict-config.js'

const fraction = z.number().min(0).max(1)

/** Largest image (pixels per example and column) the image attacks take: they are for small images. */
export const MAX_PIXELS = 65_536

export const columnSchema = z
  .strictObject({
    type: z
      .enum(['number', 'integer', 'categorical', 'text', 'image'])
      .describe('number and integer are perturbed within range; categorical values are swapped for others of the column; text gets the text attacks; image (a list of pixels, flat or nested, with a declared shape) gets the image attacks.'),
    range: z
      .tuple([z.number(), z.number()])
      .refine(([a, b]) => a <= b, 'range must be [min, max] with min <= max')
      .optional()
      .describe('Allowed [min, max] of a number or integer column (default: the range seen in the evaluation set), or of every pixel of an image (default [0, 1] for float pixels, [0, 255] for integer ones). Perturbed values never leave it.'),
    values: z.array(z.union([z.string(), z.number(), z.boolean()])).min(1).optional().describe('Allowed values of a categorical column (default: the values seen in the evaluation set).'),
    frozen: z.boolean().default(false).describe('Never perturb this column (an id, a protected attribute).'),
    shape: z
      .array(z.number().int().min(1))
      .min(1)
      .max(4)
      .refine((s) => s.reduce((a, b) => a * b, 1) <= MAX_PIXELS, `an image may have at most ${MAX_PIXELS} pixels (the image attacks are for small images)`)
      .optional()
      .describe('Image columns: the shape of one image, e.g. [8, 8], [28, 28, 1] or [3, 32, 32]. A cell is a list of pixels nested to this shape, or flat with as many pixels.'),
    pixels: z.enum(['float', 'integer']).optional().describe('Image columns: float pixels (default) or integer ones (perturbed values are rounded).'),
    layout: z.enum(['nested', 'flat']).optional().describe('Image columns: how the image is sent to the endpoint, nested to its shape (default) or as one flat list.'),
    source: z
      .enum(['pixels', 'png'])
      .optional()
      .describe("Image columns: what a cell holds: the pixels (default), or the path of a PNG file relative to the evaluation set's folder (8-bit values mapped onto range; shape [H, W], [H, W, 1], [H, W, 3] or [H, W, 4]).")
  })
  .superRefine((c, ctx) => {
    if (c.type === 'image') {
      if (!c.shape) ctx.addIssue({ code: 'custom', path: ['shape'], message: 'an image column needs its shape, e.g. shape: [8, 8]' })
      if (c.values) ctx.addIssue({ code: 'custom', path: ['values'], message: 'values is for categorical columns; an image column takes range, pixels, shape, layout and source' })
      if (c.source === 'png' && c.shape && !(c.shape.length === 2 || (c.shape.length === 3 && [1, 3, 4].includes(c.shape[2])))) {
        ctx.addIssue({ code: 'custom', path: ['shape'], message: 'a PNG fills a shape [height, width], [height, width, 1], [height, width, 3] or [height, width, 4]' })
      }
    } else {
      for (const k of ['shape', 'pixels', 'layout', 'source'] as const) if (c[k] !== undefined) ctx.addIssue({ code: 'custom', path: [k], message: `${k} is for image columns (type: image)` })
    }
  })

export const noiseSchema = z.strictObject({
  epsilon: z.number().positive().max(1).default(0.05).describe('Largest change of each number or integer feature, as a fraction of its range (an L-infinity ball).'),
  trials: z.number().int().min(1).max(1000).default(5).describe('Random perturbations tried per example; an example counts as broken when any of them changes a correct prediction.'),
  'categorical-rate': fraction.default(0).describe('Chance that a categorical feature is swapped for another allowed value in each trial.')
})

export const decisionSchema = z.strictObject({
  queries: z.number().int().min(10).max(100_000).default(200).describe('Query budget per example of the decision-based attack (HopSkipJump-style).'),
  'max-distance': z
    .number()
    .positive()
    .default(0.1)
    .describe('A flip counts against robust accuracy when its perturbation (L2 distance over features scaled to [0, 1] by their ranges) is at most this.')
})

export const imageNoiseSchema = z.strictObject({
  epsilon: z.number().positive().max(1).default(0.1).describe('Largest change of each pixel, as a fraction of the pixel range (an L-infinity ball); integer pixels move by whole steps within it.'),
  trials: z.number().int().min(1).max(1000).default(5).describe('Random sign-noise images tried per example; an example counts as broken when any of them changes a correct prediction.')
})

export const imageDecisionSchema = z.strictObject({
  queries: z.number().int().min(10).max(100_000).default(500).describe('Query budget per example of the decision-based attack on the pixels (HopSkipJump-style).'),
  norm: z.enum(['l2', 'linf']).default('l2').describe('The measure max-distance bounds: L2 or L-infinity over pixels scaled to [0, 1] by their range.'),
  'max-distance': z.number().positive().default(1).describe('A flip counts against robust accuracy when its perturbation, in norm, is at most this.')
})

export const textAttackSchema = z.strictObject({
  edits: z
    .array(z.enum(['typo', 'swap', 'delete', 'homoglyph', 'zero-width', 'synonym', 'case', 'punctuation', 'sentence']))
    .min(1)
    .default(['typo', 'swap', 'delete', 'homoglyph', 'zero-width', 'synonym', 'case', 'punctuation', 'sentence'])
    .describe('Kinds of edit the text attack may make.'),
  queries: z.number().int().min(1).max(10_000).default(40).describe('Query budget per example of the text attack.'),
  'max-edit-rate': fraction.default(0.15).describe('Readability bound: the share of words an attack may change (homoglyphs and zero-width characters included).'),
  'max-edits': z.number().int().min(1).max(100).default(4).describe('Most edits stacked on one text.')
})

export const fuzzSchema = z.strictObject({
  enabled: z.boolean().default(true).describe('Send malformed and unexpected requests to the endpoint (HTTP targets).'),
  'max-latency-ms': z.number().int().min(1).max(600_000).default(5000).describe('Each fuzz request must be answered within this.'),
  'huge-kb': z.number().int().min(1).max(65_536).default(1024).describe('Size of the huge payloads sent.'),
  'json-errors': z.boolean().default(true).describe('Require error answers (4xx) to have a JSON body.'),
  'health-check': z.enum(['each', 'end']).default('each').describe('Send the known-good request after each case (names the request that broke the server) or only at the end.'),
  methods: z
    .array(z.enum(['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS']))
    .default(['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'])
    .describe("Wrong-method cases: the known-good request sent with each of these methods but the target's own (GET and HEAD without a body); each must get a well-formed 4xx such as 405, never a 5xx. [] turns them off.")
})

export const robustnessConfigSchema = z.object({
  target: predictTargetSchema.optional().describe('The prediction endpoint under test (see docs/gates/robustness.md).'),
  dataset: z.string().min(1).optional().describe('Labelled evaluation set the team trusts: CSV, TSV, Parquet or JSON Lines, one example per row (an image column holds a list of pixels, or its JSON text in CSV).'),
  format: z.enum(['csv', 'tsv', 'jsonl', 'parquet']).optional().describe('Format of the dataset (default: from its extension).'),
  label: z.string().min(1).default('label').describe('Column of the true label.'),
  columns: z
    .record(z.string(), columnSchema)
    .default({})
    .describe('Feature columns and their kinds; unnamed ones used by the template are inferred (all numbers: number, else categorical). Image columns are declared: { type: image, shape: [8, 8], range: [0, 16], pixels: integer }.'),
  'max-rows': z.number().int().min(2).max(100_000).default(100).describe('Examples attacked: a seeded sample of the evaluation set when it is larger.'),
  'max-bytes': z.number().int().min(1).default(64 * 1024 * 1024).describe('Largest evaluation set read.'),
  seed: z.number().int().default(1).describe('Seed of every random choice: the same seed gives the same requests.'),
  attacks: z
    .strictObject({
      noise: z.union([noiseSchema, z.literal(false)]).default(noiseSchema.parse({})).describe('Random bounded perturbations (false: off).'),
      decision: z.union([decisionSchema, z.literal(false)]).default(decisionSchema.parse({})).describe('Decision-based minimal-perturbation attack (false: off).'),
      text: z.union([textAttackSchema, z.literal(false)]).default(textAttackSchema.parse({})).describe('Text edits on text columns (false: off).'),
      'image-noise': z.union([imageNoiseSchema, z.literal(false)]).default(imageNoiseSchema.parse({})).describe('Random bounded sign noise on image columns (false: off).'),
      'image-decision': z.union([imageDecisionSchema, z.literal(false)]).default(imageDecisionSchema.parse({})).describe('Decision-based minimal-perturbation attack on the pixels of image columns (false: off).')
    })
    .default({ noise: noiseSchema.parse({}), decision: decisionSchema.parse({}), text: textAttackSchema.parse({}), 'image-noise': imageNoiseSchema.parse({}), 'image-decision': imageDecisionSchema.parse({}) }),
  'max-accuracy-drop': fraction.default(0.1).describe('Fail when accuracy under any attack is this much below clean accuracy (absolute: 0.1 = 10 points).'),
  'min-robust-accuracy': fraction.optional().describe('Fail when accuracy under any attack is below this.'),
  fuzz: z.union([fuzzSchema, z.literal(false)]).default(fuzzSchema.parse({})).describe('Fuzzing of the endpoint (false: off).'),
  'max-examples': z.number().int().min(0).max(10_000).default(10).describe('Flipped examples shown per attack in the report.'),
  'report-inputs': z.number().int().min(0).max(100_000).default(200).describe('Per attack, the final input of up to this many examples (the perturbed row and the prediction on it) kept in the report, so the result can be recomputed.')
})

export type RobustnessConfig = z.infer<typeof robustnessConfigSchema>
export type ColumnConfig = z.infer<typeof columnSchema>
export type NoiseConfig = z.infer<typeof noiseSchema>
export type DecisionConfig = z.infer<typeof decisionSchema>
export type TextAttackConfig = z.infer<typeof textAttackSchema>
export type ImageNoiseConfig = z.infer<typeof imageNoiseSchema>
export type ImageDecisionConfig = z.infer<typeof imageDecisionSchema>
export type FuzzConfig = z.infer<typeof fuzzSchema>
