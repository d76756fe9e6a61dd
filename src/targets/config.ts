/**
 * The config of a model under test (a "target"), shared by the redteam and robustness gates.
 * Secrets never live in the config: a target names the environment variable that holds its key.
 */
import { z } from 'zod'

export const envName = z
  .string()
  .regex(/^[A-Za-z_][A-Za-z0-9_]*$/, 'must be the name of an environment variable (letters, digits, _), not the key itself')

export const url = z.string().url('must be an absolute http(s) URL').refine((u) => /^https?:\/\//i.test(u), 'must start with http:// or https://')

/** Limits every target kind shares: how hard and how long we may press on the endpoint. */
export const targetLimitsShape = {
  concurrency: z.number().int().min(1).max(64).default(2).describe('Requests in flight at once.'),
  'timeout-seconds': z.number().positive().max(3600).default(60).describe('Time limit of one request (or one run of the command).'),
  retries: z.number().int().min(0).max(10).default(3).describe('Retries of a request answered 429 or 5xx, or cut off by a network error, with exponential backoff.'),
  'max-requests': z.number().int().min(1).max(1_000_000).default(2000).describe('Budget: requests sent in all (retries included). Reaching it stops the run: an error that keeps what was completed.'),
  'max-minutes': z.number().positive().max(360).default(15).describe('Budget: minutes of requests in all.'),
  'ready-timeout-seconds': z
    .number()
    .min(0)
    .max(3600)
    .default(0)
    .describe('Poll the endpoint until it answers, for up to this many seconds, before the run (for a server started in an earlier step). 0: one try.'),
  'max-answer-kb': z.number().int().min(1).max(10_240).default(256).describe('Refuse answers larger than this (the body read is cut there).'),
  'loopback-only': z.boolean().default(false).describe('Refuse any URL whose host is not 127.0.0.1, ::1 or localhost (use it in tests and demos).')
}

const openai = z.strictObject({
  kind: z.literal('openai').describe('OpenAI-compatible chat completions (OpenAI, vLLM, llama.cpp server, LM Studio, LiteLLM, Ollama /v1).'),
  url: url.describe('Base URL ending before /chat/completions, e.g. http://127.0.0.1:8000/v1.'),
  model: z.string().min(1).describe('Model name sent in the request.'),
  'api-key-env': envName.optional().describe('Name of the environment variable holding the API key (sent as a Bearer token; masked in every output).'),
  temperature: z.number().min(0).max(2).default(0),
  'max-tokens': z.number().int().min(1).max(32_768).default(150).describe('Answer length cap (max_tokens; 150 as garak\'s generators: an attack that works shows in the first sentences).'),
  seed: z.number().int().optional().describe('Sent as seed, for endpoints that honour it.'),
  ...targetLimitsShape
})

const ollama = z.strictObject({
  kind: z.literal('ollama').describe('Ollama native /api/chat (sent with stream: false).'),
  url: url.default('http://127.0.0.1:11434').describe('Ollama server URL.'),
  model: z.string().min(1),
  temperature: z.number().min(0).max(2).default(0),
  'max-tokens': z.number().int().min(1).max(32_768).default(150).describe('Answer length cap (num_predict; 150 as garak\'s generators).'),
  seed: z.number().int().optional(),
  ...targetLimitsShape
})

const rest = z.strictObject({
  kind: z.literal('rest').describe('Any JSON HTTP API: a request template and a JSONPath to the answer.'),
  url: url.describe('Request URL.'),
  method: z.enum(['POST', 'PUT', 'PATCH', 'post', 'put', 'patch']).default('POST').describe('HTTP method; the body carries the prompt, so GET is not offered.'),
  headers: z.record(z.string(), z.string()).default({}).describe('Request headers; {{key}} is replaced by the key from api-key-env.'),
  body: z
    .union([z.string(), z.record(z.string(), z.unknown())])
    .describe('Request body: a JSON object (or JSON text) in which {{prompt}} and {{system}} are replaced by the attack and the system prompt.'),
  'response-path': z.string().min(1).describe('JSONPath to the answer text in the response, e.g. $.choices[0].message.content or $.reply.'),
  'api-key-env': envName.optional().describe('Name of the environment variable holding the key used in {{key}}.'),
  ...targetLimitsShape
})

const command = z.strictObject({
  kind: z.literal('command').describe('A local program run once per prompt: prompt on stdin, answer on stdout (argv, never a shell).'),
  command: z.array(z.string().min(1)).min(1).describe('Program and arguments, e.g. ["python3", "serve_once.py"]. The system prompt is in the SYSTEM_PROMPT environment variable.'),
  cwd: z.string().optional().describe('Working folder, relative to the workspace (default: the workspace).'),
  ...targetLimitsShape
})

export const targetSchema = z.discriminatedUnion('kind', [openai, ollama, rest, command]).describe('The model under test.')

export type TargetConfig = z.infer<typeof targetSchema>
export type OpenAITarget = z.infer<typeof openai>
export type OllamaTarget = z.infer<typeof ollama>
export type RestTarget = z.infer<typeof rest>
export type CommandTarget = z.infer<typeof command>
export type TargetLimits = { [K in keyof typeof targetLimitsShape]: z.infer<(typeof targetLimitsShape)[K]> }
