/**
 * The demo project's planted FAKE keys: each is found at its file and line (in a notebook, the
 * line of its JSON, output included), the placeholders and environment lookups are not, and no
 * key appears in the findings.
 */
import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { secretsConfigSchema } from '../../src/gates/secrets/config.js'
import { secretsGate } from '../../src/gates/secrets/index.js'
import { gateContext } from '../support/gate-context.js'

const DEMO = path.resolve('examples/demo-project')
const lineOf = (file: string, needle: string) => readFileSync(path.join(DEMO, file), 'utf8').split('\n').findIndex((l) => l.includes(needle)) + 1

describe('secrets gate on the demo project', () => {
  it('finds every planted key at its file and line and nothing else', async () => {
    const ctx = gateContext(DEMO, secretsConfigSchema.parse({}))
    const r = await secretsGate.run(ctx)
    expect(r.errors).toEqual([])
    const expected = [
      `openai@src/settings.py:${lineOf('src/settings.py', 'planted fake key: openai')}`,
      `replicate-api-token@src/settings.py:${lineOf('src/settings.py', 'planted fake key: replicate-api-token')}`,
      `google-api-key@src/settings.py:${lineOf('src/settings.py', 'planted fake key: google-api-key')}`,
      `anthropic@configs/inference.yaml:${lineOf('configs/inference.yaml', 'api_key: sk-ant-api03-')}`,
      `wandb-api-key@notebooks/explore.ipynb:${lineOf('notebooks/explore.ipynb', 'WANDB_API_KEY=')}`,
      `huggingface@notebooks/explore.ipynb:${lineOf('notebooks/explore.ipynb', 'planted fake key: huggingface')}`
    ]
    expect(expected.every((e) => !e.endsWith(':0'))).toBe(true)
    expect(r.findings.map((f) => `${f.ruleId}@${f.location.path}:${f.location.startLine}`).sort()).toEqual(expected.sort())
    const out = JSON.stringify(r)
    for (const secret of ctx.masked) expect(out).not.toContain(secret)
    expect(ctx.masked.length).toBeGreaterThanOrEqual(6)
  })
})
