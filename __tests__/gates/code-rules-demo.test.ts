/**
 * The demo project as a repository nobody here has seen: every planted unsafe load (marked
 * `# planted: <rule>` in .py files and notebook cells) is found at its file and line, and nothing
 * else is, so none of the safe variants next to them (`# safe`) is reported.
 */
import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { codeConfigSchema } from '../../src/gates/code/config.js'
import { codeGate } from '../../src/gates/code/index.js'
import { walkFiles } from '../../src/engine/paths.js'
import { gateContext } from '../support/gate-context.js'

const DEMO = path.resolve('examples/demo-project')

/** rule@path:line for every `# planted: <rule>` marker (in a notebook, the line of its JSON). */
async function plantedLoads(): Promise<string[]> {
  const out: string[] = []
  const { files } = await walkFiles(DEMO, { include: ['src', 'notebooks'] })
  for (const f of files.filter((x) => x.endsWith('.py') || x.endsWith('.ipynb'))) {
    readFileSync(path.join(DEMO, f), 'utf8')
      .split('\n')
      .forEach((line, i) => {
        const m = /# planted: ([a-z-]+)/.exec(line)
        if (m) out.push(`${m[1]}@${f}:${i + 1}`)
      })
  }
  return out
}

/** Unsafe loads that were in the demo before the rules existed (bandit B301/B506 ones), found by the rules too. */
function older(): string[] {
  const at = (file: string, needle: string) => readFileSync(path.join(DEMO, file), 'utf8').split('\n').findIndex((l) => l.includes(needle)) + 1
  return [
    `pickle-load@src/train.py:${at('src/train.py', 'pickle.loads(resp.read())')}`,
    `pickle-load@src/train.py:${at('src/train.py', 'return pickle.load(f)')}`,
    `yaml-unsafe-load@src/features.py:${at('src/features.py', 'yaml.load(')}`
  ]
}

describe('code gate on the demo project', () => {
  it('finds every planted unsafe load in .py files and notebooks at the right line, and no safe variant', async () => {
    const planted = await plantedLoads()
    expect(planted.filter((p) => p.includes('.ipynb')).length).toBeGreaterThanOrEqual(4)
    expect(planted.filter((p) => p.includes('.py:')).length).toBeGreaterThanOrEqual(9)
    const r = await codeGate.run(gateContext(DEMO, codeConfigSchema.parse({ paths: ['src', 'notebooks'], bandit: false })))
    expect(r.errors).toEqual([])
    const got = r.findings.map((f) => `${f.ruleId}@${f.location.path}:${f.location.startLine}`).sort()
    expect(got).toEqual([...planted, ...older()].sort())
  })
})
