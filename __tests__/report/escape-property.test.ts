/**
 * Property and fuzz tests of the log escaper and the redaction pass: whatever the text, an escaped
 * line read the way the runner reads stdout (.NET ReadLine: CR, LF, CRLF; leading whitespace
 * trimmed) is one line that starts no workflow command, and the escaping is reversible; a redacted
 * report holds no secret it was given, whatever surrounds it.
 */
import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import { escapeEach, escapeLog } from '../../src/report/escape.js'
import { findTokens, maskValue, redactReport, TOKEN_SHAPES } from '../../src/report/redact.js'
import { runnerCommands, runnerLines } from '../support/runner-stdout.js'
import { fuzzParams, hostileString } from '../support/fuzz.js'
import type { Report } from '../../src/engine/types.js'

const text = fc.oneof(hostileString(60), fc.string({ unit: 'binary', maxLength: 60 }), fc.constantFrom('::stop-commands::t', 'x\r::error file=a.py::pwn\r.py', '##[set-output name=x;]y', '\u2028::add-mask::x', '%0A::warning::x'))

function unescape(s: string): string {
  return decodeURIComponent(s.replace(/%(?![0-9A-F]{2})/g, '%25'))
}

describe('escapeLog (property)', () => {
  it('one line, no command, reversible', () => {
    fc.assert(
      fc.property(text, fc.constantFrom('', '  ', '\u00a0', 'info: '), (t, prefix) => {
        const line = escapeLog(t)
        expect(runnerLines(prefix + line + '\n')).toHaveLength(1)
        expect(runnerCommands(prefix + line + '\n')).toEqual([])
        expect(line).not.toMatch(/[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u2028\u2029]/)
        expect(line.includes('::')).toBe(false)
        expect(unescape(line)).toBe(t.replace(/[\ud800-\udfff]/g, (c, i) => (isPaired(t, i) ? c : '\ufffd')))
      }),
      fuzzParams(2000)
    )
  })

  it('multiline keeps LF only, and still no line is a command', () => {
    fc.assert(
      fc.property(fc.array(text, { maxLength: 5 }), (parts) => {
        const out = escapeLog(parts.join('\n'), { multiline: true })
        expect(runnerLines(out + '\n')).toHaveLength(out.split('\n').length)
        expect(runnerCommands(out)).toEqual([])
      }),
      fuzzParams(1000)
    )
  })

  it('its shortcut (text with nothing to escape is returned as it is) agrees with the character loop', () => {
    // every UTF-16 code unit, alone and between the markers' characters, in each mode
    const modes = [{}, { multiline: true }, { keepSgr: true }, { multiline: true, keepSgr: true }]
    for (let c = 0; c <= 0xffff; c++) {
      const ch = String.fromCharCode(c)
      for (const t of [`a${ch}b`, `:${ch}`, `${ch}:`, `#${ch}[`, `##${ch}`]) for (const o of modes) if (escapeLog(t, o) !== escapeEach(t, o)) throw new Error(`U+${c.toString(16)} in ${JSON.stringify(t)} ${JSON.stringify(o)}`)
    }
    fc.assert(
      fc.property(text, fc.boolean(), fc.boolean(), (t, multiline, keepSgr) => {
        expect(escapeLog(t, { multiline, keepSgr })).toBe(escapeEach(t, { multiline, keepSgr }))
      }),
      fuzzParams(2000)
    )
    expect(escapeLog('ai-secure-gates 0.1.0\n\nUsage: ...\n', { multiline: true })).toBe('ai-secure-gates 0.1.0\n\nUsage: ...\n')
  })

  it('a percent sign reads as itself unless it starts what reads as an escape', () => {
    expect(escapeLog('accuracy 100.0 % (50 % drop), 5%')).toBe('accuracy 100.0 % (50 % drop), 5%')
    expect(escapeLog('%0A::warning::x %e9 %zz')).toBe('%250A:%3Awarning:%3Ax %25e9 %zz')
  })

  it('keepSgr keeps colour codes and nothing else', () => {
    expect(escapeLog('\u001b[31mred\u001b[0m \u001b]0;title\u0007', { keepSgr: true })).toBe('\u001b[31mred\u001b[0m %1B]0;title%07')
  })
})

function isPaired(s: string, i: number): boolean {
  const c = s.charCodeAt(i)
  if (c >= 0xd800 && c <= 0xdbff) return i + 1 < s.length && s.charCodeAt(i + 1) >= 0xdc00 && s.charCodeAt(i + 1) <= 0xdfff
  return i > 0 && s.charCodeAt(i - 1) >= 0xd800 && s.charCodeAt(i - 1) <= 0xdbff
}

const secretArb = fc.oneof(
  fc.stringMatching(/^sk-proj-[A-Za-z0-9_-]{40,60}$/),
  fc.stringMatching(/^[A-Za-z0-9_-]{64}T3BlbkFJ[A-Za-z0-9_-]{64}$/),
  fc.stringMatching(/^ghp_[A-Za-z0-9]{36}$/),
  fc.stringMatching(/^AKIA[0-9A-Z]{16}$/),
  fc.stringMatching(/^hf_[A-Za-z]{34}$/),
  fc.stringMatching(/^[a-f0-9]{40}$/)
)

function reportWith(strings: string[]): Report {
  return {
    schemaVersion: 1,
    tool: { name: 'ai-secure-gates', version: '0' },
    status: 'fail',
    waivers: [],
    gates: [
      {
        id: 'code', title: 'Code', status: 'fail', summary: strings[0] ?? '', durationMs: 1, tool: null, failOn: 'high', errors: [strings[1] ?? ''], checks: [{ name: 'x', target: 'a.py', outcome: 'fail', details: { calls: strings } }],
        findings: [{ gate: 'code', ruleId: 'B105', severity: 'low', message: strings.join(' '), location: { path: 'a.py', startLine: 1 }, fingerprint: 'f'.repeat(32), fingerprintKey: strings.join(''), blocking: false, suppressed: false, waiver: null, properties: { nested: { deep: strings } }, help: { text: strings[2] ?? '' } }]
      }
    ]
  }
}

describe('redactReport (property)', () => {
  it('no secret it was given, and no token shape, survives in any field; fingerprints unchanged', async () => {
    await fc.assert(
      fc.asyncProperty(secretArb, fc.array(hostileString(20), { maxLength: 4 }), fc.boolean(), async (secret, noise, given) => {
        const strings = [...noise.map((n) => n + secret + n), `Possible hardcoded password: '${secret}'`, `url=https://user:${secret}@host/x`]
        const report = reportWith(strings)
        const out = await redactReport(report, { secrets: given ? [secret] : [] })
        const json = JSON.stringify(out)
        if (given || findTokens(secret).includes(secret)) expect(json.includes(secret)).toBe(false)
        expect(out.gates[0].findings[0].fingerprint).toBe('f'.repeat(32))
        expect(JSON.stringify(report).includes(secret)).toBe(true) // input untouched
        if (given) expect(json).toContain(maskValue(secret))
      }),
      fuzzParams(300)
    )
  })

  it('never throws and stays bounded on arbitrary strings', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.string({ unit: 'binary', maxLength: 200 }), { maxLength: 10 }), fc.array(fc.string({ maxLength: 30 }), { maxLength: 5 }), async (strings, secrets) => {
        const started = Date.now()
        await redactReport(reportWith(strings), { secrets })
        expect(Date.now() - started).toBeLessThan(2000)
      }),
      fuzzParams(300)
    )
  })

  it('findTokens skips only text no token shape can match (its shortcut), down to the shortest match of each shape', () => {
    const unfiltered = (t: string): boolean =>
      TOKEN_SHAPES.some((re) => {
        re.lastIndex = 0
        return [...t.matchAll(re)].some((m) => (m[1] ?? m[0]).length >= 3)
      })
    // the shortest text each shape matches: one sample per shape, so a new shape needs one here
    const shortest = [
      '-----BEGIN PRIVATE KEY-----',
      'sk-' + 'a'.repeat(20),
      'a'.repeat(8) + 'T3BlbkFJ' + 'b'.repeat(8),
      'npm_' + 'a'.repeat(36),
      'AKIA' + 'A'.repeat(16),
      'xoxb-' + 'a'.repeat(10),
      'hf_' + 'a'.repeat(30),
      'AIza' + 'a'.repeat(35),
      'r8_' + 'a'.repeat(20),
      'eyJ' + 'a'.repeat(10) + '.eyJ' + 'b'.repeat(10) + '.' + 'c'.repeat(10),
      'xy://u:abc@',
      "hardcoded password '___'",
      "token='________'"
    ]
    expect(TOKEN_SHAPES.map((re) => shortest.filter((t) => new RegExp(re.source, re.flags).test(t)).length > 0)).toEqual(TOKEN_SHAPES.map(() => true))
    for (const t of shortest) expect(findTokens(t)).not.toEqual([])
    const piece = fc.oneof(
      fc.constantFrom('eyJ', 'sk-', 'AKIA', 'ghp_', 'npm_', 'xoxb-', 'hf_', 'AIza', 'r8_', 'T3BlbkFJ', '://', 'https://u:', 'password', 'Passwd', 'SECRET', 'token', 'api_key', 'apikey', '-----BEGIN', ' PRIVATE KEY-----', '.', ':', '=', "'", '"', '@', ' ', '\n'),
      fc.stringMatching(/^[A-Za-z0-9_-]{1,16}$/)
    )
    fc.assert(
      fc.property(fc.oneof(fc.array(piece, { maxLength: 12 }).map((a) => a.join('')), text, secretArb), (t) => {
        expect(findTokens(t).length > 0).toBe(unfiltered(t))
      }),
      fuzzParams(5000)
    )
  })

  it('masks what bandit, pickles and datasets quote (the measured cases)', async () => {
    const key = 'sk-proj-' + 'A1b2C3d4'.repeat(6)
    const bare = 'Zx9'.repeat(21) + 'a' + 'T3BlbkFJ' + 'Qw8'.repeat(21) + 'b'
    const out = await redactReport(reportWith([`Possible hardcoded password: '${key}'`, `calls: openai.api_key = '${bare}'`, `example values: ["${key}", "ok"]`]), { secrets: [] })
    const json = JSON.stringify(out)
    expect(json).not.toContain(key)
    expect(json).not.toContain(bare)
    expect(json).toContain('sk-p****')
  })
})
