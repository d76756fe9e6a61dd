/**
 * The config of a prediction endpoint (a classifier under test), for gates that send feature rows
 * rather than chat turns (robustness). The same limits and secret handling as a chat target: a
 * request template whose {{column}} placeholders take a row's values, and a JSONPath to the label.
 */
import { z } from 'zod'
import { envName, targetLimitsShape, url } from './config.js'

const template = z
  .union([z.string(), z.record(z.string(), z.unknown()), z.array(z.unknown())])
  .describe(
    'Request body: JSON (an object, a list, or JSON text) in which "{{column}}" takes that column\'s value (typed when the string is only the placeholder, as text inside a longer string), "{{row}}" the object of all feature columns and "{{features}}" the list of their values in column order.'
  )

const answerPaths = {
  'label-path': z.string().min(1).default('$.label').describe('JSONPath to the predicted label in the answer (a string, number or boolean), e.g. $.label or $.predictions[0].'),
  'score-path': z.string().min(1).optional().describe('JSONPath to the score or probability of the predicted label (a number), when the endpoint gives one.')
}

/** Prediction requests are cheap and many: the request budget defaults higher than a chat target's. */
const limits = {
  ...targetLimitsShape,
  'max-requests': z.number().int().min(1).max(10_000_000).default(50_000).describe('Budget: requests sent in all (retries included). Reaching it stops the run: an error that keeps what was completed.'),
  'max-answer-kb': z.number().int().min(1).max(10_240).default(64).describe('Refuse answers larger than this (the body read is cut there).'),
  concurrency: z.number().int().min(1).max(64).default(4).describe('Requests in flight at once.'),
  'timeout-seconds': z.number().positive().max(3600).default(30).describe('Time limit of one request (or one run of the command).')
}

const rest = z.strictObject({
  kind: z.literal('rest').describe('A JSON HTTP prediction endpoint.'),
  url: url.describe('Request URL, e.g. http://127.0.0.1:8080/predict.'),
  method: z.enum(['POST', 'PUT', 'PATCH', 'post', 'put', 'patch']).default('POST').describe('HTTP method.'),
  headers: z.record(z.string(), z.string()).default({}).describe('Request headers; {{key}} is replaced by the key from api-key-env.'),
  body: template.default('{{row}}'),
  'api-key-env': envName.optional().describe('Name of the environment variable holding the key used in {{key}}.'),
  ...answerPaths,
  ...limits
})

const command = z.strictObject({
  kind: z.literal('command').describe('A local program run once per input: the filled body as JSON on stdin, the answer as JSON on stdout (argv, never a shell).'),
  command: z.array(z.string().min(1)).min(1).describe('Program and arguments, e.g. ["python3", "predict_once.py"].'),
  cwd: z.string().optional().describe('Working folder, relative to the workspace (default: the workspace).'),
  body: template.default('{{row}}'),
  ...answerPaths,
  ...limits
})

export const predictTargetSchema = z.discriminatedUnion('kind', [rest, command]).describe('The prediction endpoint under test (kind: rest or command).')

export type PredictTargetConfig = z.infer<typeof predictTargetSchema>
export type RestPredictTarget = z.infer<typeof rest>
export type CommandPredictTarget = z.infer<typeof command>
