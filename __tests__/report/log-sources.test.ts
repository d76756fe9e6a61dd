/**
 * One way out to the log: no source file but src/report/log.ts writes to the log directly. Every
 * other module prints through report/log.ts (actionLog, annotate, setFailed, writeOut, writeErr,
 * writeMachine), which escapes the text first.
 */
import { describe, expect, it } from '@jest/globals'
import { readdirSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'

const RAW = /\b(?:core\.(?:info|warning|error|notice|debug|setFailed|startGroup)|console\.[a-z]+|process\.(?:stdout|stderr)\.write)\s*\(/g
const ALLOWED = new Set(['src/report/log.ts'])

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((e) => {
    const p = path.join(dir, e)
    return statSync(p).isDirectory() ? sources(p) : p.endsWith('.ts') ? [p] : []
  })
}

describe('the one way out to the log', () => {
  it('no source prints to the log except through report/log.ts', () => {
    const offenders: string[] = []
    for (const file of sources('src')) {
      const rel = file.split(path.sep).join('/')
      if (ALLOWED.has(rel)) continue
      const text = readFileSync(file, 'utf8')
      for (const m of text.matchAll(RAW)) {
        const line = text.slice(0, m.index).split('\n').length
        offenders.push(`${rel}:${line}: ${m[0]}`)
      }
    }
    expect(offenders).toEqual([])
  })

  it('the scan finds what it looks for (the test can fail)', () => {
    expect('core.info(`x ${y}`)'.match(RAW)).not.toBeNull()
    expect('process.stderr.write(x)'.match(RAW)).not.toBeNull()
    expect('console.log(x)'.match(RAW)).not.toBeNull()
  })
})
