/**
 * Fuzz tests of the tool-output parsers: arbitrary text, arbitrary JSON, and real recorded reports
 * (../shared/fixtures) with random leaves replaced by hostile values. A parser returns findings or
 * throws a GatesError (ParseError) naming the problem: no other exception escapes, and each call
 * ends quickly. Budget fixed, seed printed (FUZZ_SEED replays a failure).
 */
import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { GatesError } from '../../src/engine/errors.js'
import { parseBandit } from '../../src/parsers/bandit.js'
import { parseGitleaks } from '../../src/parsers/gitleaks.js'
import { parsePipAudit } from '../../src/parsers/pip-audit.js'
import { parseSarif } from '../../src/parsers/sarif.js'
import { parseTrivy } from '../../src/parsers/trivy.js'
import { FIXTURES, haveFixtures } from '../support/fixtures.js'
import { fuzzParams, hostileString } from '../support/fuzz.js'

const WS = '/home/runner/work/repo/repo'
const PARSERS: Record<string, (text: string) => unknown> = {
  bandit: (t) => parseBandit(t, WS),
  gitleaks: (t) => parseGitleaks(t, WS),
  'pip-audit': (t) => parsePipAudit(t),
  sarif: (t) => parseSarif(t, { workspace: WS, source: 'x.sarif' }),
  trivy: (t) => parseTrivy(t, { baseDir: '.' })
}

function survives(parse: (t: string) => unknown, text: string): void {
  const started = Date.now()
  try {
    parse(text)
  } catch (e) {
    if (!(e instanceof GatesError)) throw new Error(`not a GatesError: ${(e as Error)?.stack ?? String(e)}\ninput: ${JSON.stringify(text).slice(0, 300)}`, { cause: e })
  }
  expect(Date.now() - started).toBeLessThan(2000)
}

/** Real reports recorded from the tools, per parser. */
function samples(): Record<string, unknown[]> {
  const out: Record<string, unknown[]> = {}
  if (!haveFixtures) return out
  const dirs: Record<string, string> = { bandit: 'bandit', gitleaks: 'gitleaks', 'pip-audit': 'pip-audit', trivy: 'trivy' }
  for (const [parser, dir] of Object.entries(dirs)) {
    for (const f of readdirSync(path.join(FIXTURES, dir))) {
      const file = path.join(FIXTURES, dir, f)
      const key = f.endsWith('.sarif') ? 'sarif' : f.endsWith('.json') ? parser : null
      if (!key) continue
      try {
        ;(out[key] ??= []).push(JSON.parse(readFileSync(file, 'utf8')))
      } catch {
        /* not JSON */
      }
    }
  }
  return out
}

/** Replaces the n-th leaf (in walk order) of a JSON value. */
function replaceLeaf(value: unknown, n: number, by: unknown): unknown {
  let i = 0
  const walk = (v: unknown): unknown => {
    if (v && typeof v === 'object') {
      if (Array.isArray(v)) return v.map(walk)
      return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, walk(x)]))
    }
    return i++ === n % 1000 ? by : v
  }
  return walk(value)
}

const hostileValue = fc.oneof(hostileString(40), fc.integer(), fc.double(), fc.constant(null), fc.boolean(), fc.constantFrom('../../../../etc/shadow', '/etc/passwd', 'file:///etc/passwd', '__proto__', 'constructor', ''), fc.jsonValue({ maxDepth: 2 }))

describe('parsers under fuzzing (property)', () => {
  const real = samples()
  for (const [name, parse] of Object.entries(PARSERS)) {
    it(`${name}: arbitrary text and JSON`, () => {
      fc.assert(fc.property(fc.oneof(fc.string({ unit: 'binary', maxLength: 200 }), fc.jsonValue({ maxDepth: 4 }).map((v) => JSON.stringify(v))), (text) => survives(parse, text)), fuzzParams(300))
    })
    it(`${name}: recorded reports with hostile leaves`, () => {
      const base = real[name] ?? []
      if (!base.length) {
        console.warn(`no recorded ${name} reports under ${FIXTURES}; only arbitrary input was fuzzed`)
        return
      }
      fc.assert(
        fc.property(fc.nat(base.length - 1), fc.array(fc.tuple(fc.nat(), hostileValue), { minLength: 1, maxLength: 4 }), (which, edits) => {
          let doc = base[which]
          for (const [n, v] of edits) doc = replaceLeaf(doc, n, v)
          survives(parse, JSON.stringify(doc))
        }),
        fuzzParams(200)
      )
    })
  }
})
