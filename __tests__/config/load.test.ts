import { describe, expect, it } from '@jest/globals'
import { mkdtempSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { loadBaselineFingerprints, loadConfig, loadWaivers, parseConfigText } from '../../src/config/load.js'
import { ConfigError } from '../../src/engine/errors.js'
import { SCHEMA_FILES } from '../../src/config/json-schema.js'

function ws(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'asg-cfg-'))
  for (const [rel, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true })
    writeFileSync(path.join(dir, rel), text)
  }
  return dir
}

describe('config file', () => {
  it('accepts a valid file, with null gate blocks meaning defaults', () => {
    const c = parseConfigText('version: 1\nfail-on: medium\ngates:\n  code:\n', 'c.yml')
    expect(c['fail-on']).toBe('medium')
    expect(c.gates.code).toEqual({ paths: ['.'], exclude: [], skip: [], tests: [], bandit: true, rules: true, 'disable-rules': [], notebooks: true })
    expect(c['timeout-minutes']).toBe(20)
  })

  it('gives line and column for YAML syntax errors', () => {
    expect(() => parseConfigText('version: 1\ngates:\n  code: {paths: [src}\n', 'cfg.yml')).toThrow(/cfg\.yml:3:\d+: YAML syntax error/)
  })

  it('names the key path and suggests the right key for a misspelt one', () => {
    const err = (() => {
      try {
        parseConfigText('version: 1\ngates:\n  code:\n    pathz: [src]\n', '.github/ai-secure-gates.yml')
      } catch (e) {
        return e as ConfigError
      }
      throw new Error('no error')
    })()
    expect(err).toBeInstanceOf(ConfigError)
    // file:line of the misspelt key, then the key path
    expect(err.message).toContain('.github/ai-secure-gates.yml:4: gates.code: unknown key "pathz" (did you mean "paths"?)')
    expect(err.message).toMatch(/Allowed keys: .*paths/)
  })

  it('lists the valid gates for an unknown gate name', () => {
    expect(() => parseConfigText('version: 1\ngates:\n  cdoe: {}\n', 'c.yml')).toThrow(/unknown gate "cdoe" \(did you mean "code"\?\)\. Valid gates: .*code/)
  })

  it('explains bad values', () => {
    expect(() => parseConfigText('version: 1\nfail-on: severe\ngates: {}\n', 'c.yml')).toThrow(/c\.yml:2: fail-on: .*"critical"/)
    expect(() => parseConfigText('version: 2\n', 'c.yml')).toThrow(/c\.yml:1: version: Invalid input: expected 1/)
    expect(() => parseConfigText('', 'c.yml')).toThrow(/empty/)
  })

  it('uses defaults when the default file is absent, but an explicit path must exist', async () => {
    const dir = ws({})
    const d = await loadConfig(dir)
    expect(d.source).toBeNull()
    expect(Object.keys(d.config.gates)).toContain('code')
    await expect(loadConfig(dir, 'nope.yml')).rejects.toThrow(/Config file not found: .*nope\.yml/)
  })

  it('refuses a config path outside the workspace', async () => {
    await expect(loadConfig(ws({}), '../../etc/passwd')).rejects.toThrow(/outside the workspace/)
  })
})

describe('waivers file', () => {
  it('requires reason and expires, and a rule or fingerprint', async () => {
    const dir = ws({ 'w.yml': 'waivers:\n  - gate: code\n    rule: B101\n' })
    await expect(loadWaivers(dir, 'w.yml')).rejects.toThrow(/w\.yml:2: waivers\[0\]\.reason: missing; "reason" is required\..*\n.*waivers\[0\]\.expires: missing/)
    const dir2 = ws({ 'w.yml': 'waivers:\n  - gate: code\n    reason: because\n    expires: 2030-01-01\n' })
    await expect(loadWaivers(dir2, 'w.yml')).rejects.toThrow(/a waiver needs a rule or a fingerprint/)
    const dir3 = ws({ 'w.yml': 'waivers:\n  - gate: code\n    rule: B1\n    reason: because\n    expires: next year\n' })
    await expect(loadWaivers(dir3, 'w.yml')).rejects.toThrow(/expires must be a date written YYYY-MM-DD/)
  })

  it('reads YAML dates and is optional at the default path', async () => {
    const dir = ws({ '.github/ai-secure-gates-waivers.yml': 'waivers:\n  - gate: code\n    rule: B101\n    reason: tests use assert\n    expires: 2030-01-31\n' })
    const w = await loadWaivers(dir, undefined)
    expect(w.waivers[0].expires).toBe('2030-01-31')
    expect((await loadWaivers(ws({}), undefined)).waivers).toEqual([])
  })
})

describe('baseline', () => {
  it('reads fingerprints from a previous report and rejects other files', async () => {
    const dir = ws({
      'base.json': JSON.stringify({ schemaVersion: 1, gates: [{ id: 'code', findings: [{ fingerprint: 'abc' }] }] }),
      'bad.json': '{"hello": 1}',
      'notjson.json': 'nope'
    })
    expect([...(await loadBaselineFingerprints(dir, 'base.json'))!]).toEqual(['abc'])
    await expect(loadBaselineFingerprints(dir, 'bad.json')).rejects.toThrow(/not an ai-secure-gates report/)
    await expect(loadBaselineFingerprints(dir, 'notjson.json')).rejects.toThrow(/not JSON/)
  })
})

describe('JSON Schema', () => {
  it('is current with the zod schema (run npm run schema to refresh)', () => {
    for (const [file, make] of Object.entries(SCHEMA_FILES)) {
      expect(readFileSync(path.resolve(file), 'utf8')).toBe(make())
    }
  })
})

describe('README config reference', () => {
  it('is current with the zod schema (run npm run schema to refresh)', async () => {
    const { withReference } = await import('../../src/config/reference.js')
    const readme = readFileSync('README.md', 'utf8')
    expect(withReference(readme)).toBe(readme)
  })

  it('names the alternatives of a union: a target by its kind with each kind\'s keys, records by their values, unions of maps by their keys', async () => {
    const { configReference } = await import('../../src/config/reference.js')
    const ref = configReference()
    expect(ref).not.toMatch(/\| map \\\| map/)
    expect(ref).toContain('| `target` | map, by `kind`: `openai` \\| `ollama` \\| `rest` \\| `command` |')
    expect(ref).toContain('| `target.response-path` | string |  | (kind: rest) JSONPath to the answer text')
    expect(ref).toContain('| `target.model` | string |  | (kind: openai, ollama) Model name sent in the request. |')
    expect(ref).toContain('| `target.headers` | map of string | `{}` |')
    // a key whose default differs between kinds shows none (ollama has one for url, the others not)
    expect(ref).toMatch(/\| `target\.url` \| string \| {2}\| \(kind: openai\)/)
    expect(ref).toContain('`base-commit` \\| string \\| map {git} \\| map {report} \\| map {path, format}')
  })
})
