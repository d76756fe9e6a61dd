/**
 * Config errors under a union: a target is one of several variants chosen by `kind`, and the error
 * must speak of the variant the user wrote (its keys, its required keys), not of every variant.
 * Each case is a real YAML config file read by loadConfig from a workspace.
 */
import { afterAll, describe, expect, it } from '@jest/globals'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { loadConfig } from '../../src/config/load.js'
import { ConfigError } from '../../src/engine/errors.js'
import { readInputs } from '../../src/config/inputs.js'

const dirs: string[] = []
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true })
})

const FILE = '.github/ai-secure-gates.yml'

/** Writes the config into a fresh workspace, loads it, and returns the error message (the load must fail). */
async function errorOf(yaml: string): Promise<string> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'asg-union-'))
  dirs.push(dir)
  mkdirSync(path.join(dir, '.github'))
  writeFileSync(path.join(dir, FILE), yaml)
  try {
    await loadConfig(dir)
  } catch (e) {
    expect(e).toBeInstanceOf(ConfigError)
    expect((e as ConfigError).code).toBe('CONFIG_INVALID')
    return (e as Error).message
  }
  throw new Error('the config loaded without an error')
}

const OPENAI_KEYS = ['kind', 'url', 'model', 'api-key-env', 'temperature', 'max-tokens', 'seed', 'concurrency', 'timeout-seconds', 'retries', 'max-requests', 'max-minutes', 'ready-timeout-seconds', 'max-answer-kb', 'loopback-only']

describe('config errors under a union discriminated by kind', () => {
  it('a misspelt key in an openai target: the file, line, key path, and only the openai keys', async () => {
    const msg = await errorOf(
      ['version: 1', 'gates:', '  redteam:', '    target:', '      kind: openai', '      url: http://127.0.0.1:8000/v1', '      model: smollm2', '      max-token: 100', ''].join('\n')
    )
    expect(msg.split('\n')).toHaveLength(1)
    expect(msg).toContain(`${FILE}:8: gates.redteam.target: unknown key "max-token" for kind openai (did you mean "max-tokens"?).`)
    const allowed = /Allowed keys for kind openai: (.*)$/.exec(msg)?.[1].split(', ')
    expect(allowed).toEqual(OPENAI_KEYS)
    // keys of the other kinds are not offered
    for (const other of ['response-path', 'body', 'headers', 'method', 'command', 'cwd']) expect(allowed).not.toContain(other)
  })

  it('a rest target without its url: says url is required for kind rest, with what to write', async () => {
    const msg = await errorOf(
      ['version: 1', 'gates:', '  redteam:', '    target:', '      kind: rest', '      body: { prompt: "{{prompt}}" }', '      response-path: $.reply', ''].join('\n')
    )
    expect(msg).toBe(`${FILE}:4: gates.redteam.target.url: missing; "url" is required for kind rest. Add url: Request URL.`)
  })

  it('an unknown kind: names the kinds that exist, with a suggestion', async () => {
    const msg = await errorOf(['version: 1', 'gates:', '  redteam:', '    target:', '      kind: openapi', '      url: http://127.0.0.1:8000/v1', '      model: m', ''].join('\n'))
    expect(msg).toMatch(new RegExp(`^${FILE.replace(/\./g, '\\.')}:5: gates\\.redteam\\.target\\.kind: unknown kind "openapi" \\(did you mean "openai"\\?\\)\\. Set kind to one of: `))
    for (const kind of ['openai', 'ollama', 'rest', 'command']) expect(msg).toMatch(new RegExp(`[:;] ${kind}: [A-Z]`))
    // a kind spelt with capitals is pointed to its lower-case name
    expect(await errorOf('version: 1\ngates:\n  redteam:\n    target: { kind: OpenAI, url: "http://127.0.0.1:8000/v1", model: m }\n')).toContain('unknown kind "OpenAI" (did you mean "openai"?)')
  })

  it('a missing kind: names the kinds this key takes (the robustness target has only rest and command)', async () => {
    const msg = await errorOf(['version: 1', 'gates:', '  robustness:', '    dataset: eval/holdout.csv', '    target:', '      url: http://127.0.0.1:8080/predict', ''].join('\n'))
    expect(msg).toContain(`${FILE}:5: gates.robustness.target: "kind" is missing`)
    expect(msg).toMatch(/Set kind to one of: rest: .*; command: /)
    expect(msg).not.toMatch(/openai|ollama/)
  })

  it('a target written as a URL rather than a map: says a map with kind is expected', async () => {
    const msg = await errorOf('version: 1\ngates:\n  redteam:\n    target: http://127.0.0.1:8000/v1\n')
    expect(msg).toBe(`${FILE}:4: gates.redteam.target: expected a map with "kind" and that kind's keys, got "http://127.0.0.1:8000/v1". Set kind to one of: openai, ollama, rest, command.`)
  })

  it('the robustness rest target: response-path belongs to the chat rest target, label-path is this one', async () => {
    const msg = await errorOf(
      ['version: 1', 'gates:', '  robustness:', '    dataset: eval/holdout.csv', '    target:', '      kind: rest', '      url: http://127.0.0.1:8080/predict', '      response-path: $.label', ''].join('\n')
    )
    expect(msg).toContain(`${FILE}:8: gates.robustness.target: unknown key "response-path" for kind rest.`)
    expect(msg).toMatch(/Allowed keys for kind rest: .*label-path/)
    expect(msg).not.toMatch(/Allowed keys.*\bcommand\b/)
  })

  it('a command target: its own required key and its own keys', async () => {
    const msg = await errorOf(['version: 1', 'gates:', '  redteam:', '    target:', '      kind: command', '      cmd: [python3, serve_once.py]', ''].join('\n'))
    const lines = msg.split('\n')
    expect(lines).toContainEqual(expect.stringMatching(/^\.github\/ai-secure-gates\.yml:4: gates\.redteam\.target\.command: missing; "command" is required for kind command\. Add command: Program and arguments/))
    expect(lines).toContainEqual(expect.stringMatching(/:6: gates\.redteam\.target: unknown key "cmd" for kind command .*Allowed keys for kind command: kind, command, cwd, /))
  })
})

describe('a required key left out', () => {
  it('names the key, the kind that needs it, and what to write', async () => {
    expect(await errorOf('version: 1\ngates:\n  redteam:\n    target: { kind: openai, url: "http://127.0.0.1:8000/v1" }\n')).toBe(
      `${FILE}:4: gates.redteam.target.model: missing; "model" is required for kind openai. Add model: Model name sent in the request.`
    )
    expect(await errorOf('gates: {}\n')).toBe(`${FILE}:1: version: missing; "version" is required. Add version: Config format version; always 1.`)
  })
})

describe('config errors under a plain union', () => {
  it('a map matching none of the forms: lists the accepted forms and the nearest key', async () => {
    const msg = await errorOf('version: 1\ngates:\n  evaluation:\n    metrics: eval/metrics.json\n    baseline: { gti: abc123 }\n')
    expect(msg).toBe(
      `${FILE}:5: gates.evaluation.baseline: a map is not an accepted form. Unknown key "gti" (did you mean "git"?). ` +
        `Accepted: "base-commit" (The same file at the pull request's base commit, read with git); text (A baseline file in the repository, read with the same format as the metrics); ` +
        '{ git } (The same file at a git revision); { report } (A previous JSON report); { path, format } (A baseline file with its own format).'
    )
  })

  it('a map close to one form: that form\'s problem, not every form\'s', async () => {
    const msg = await errorOf('version: 1\ngates:\n  evaluation:\n    metrics: eval/metrics.json\n    baseline: { git: 3 }\n')
    expect(msg).toBe(`${FILE}:5: gates.evaluation.baseline.git: Invalid input: expected string, received number (taken as the form { git })`)
  })

  it('a list item of a union: the map form\'s keys', async () => {
    const msg = await errorOf('version: 1\ngates:\n  evaluation:\n    metrics:\n      - eval/a.json\n      - { path: eval/b.json, formt: json }\n')
    expect(msg).toBe(`${FILE}:6: gates.evaluation.metrics[1]: unknown key "formt" (did you mean "format"?). Allowed keys: path, format, select, baseline`)
  })

  it('keeps a union\'s own message when its author wrote one', async () => {
    const msg = await errorOf('version: 1\ngates:\n  approval:\n    rules:\n      - paths: [models/**]\n        from: 3\n')
    expect(msg).toBe(`${FILE}:6: gates.approval.rules[0].from: expected codeowners, anyone, or { users: [alice], teams: [org/team-slug] }; got 3.`)
  })
})

describe('action inputs', () => {
  it('are still named without a file', () => {
    expect(() => readInputs((k) => (k === 'fail-on' ? 'severe' : ''))).toThrow(/^action inputs: fail-on: /)
  })
})
