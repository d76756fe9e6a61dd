import { describe, expect, it } from '@jest/globals'
import { progressReporter } from '../../src/engine/progress.js'

describe('progress reporter', () => {
  it('is silent for quick work, then prints at most one line per interval and a last line', () => {
    let t = 0
    const lines: string[] = []
    const make = progressReporter((l) => lines.push(l), { afterMs: 2000, everyMs: 1000, now: () => t })
    const quick = make('models: files scanned', 10)
    for (let i = 0; i < 10; i++) quick.add()
    quick.end()
    expect(lines).toEqual([])

    const slow = make('models: files scanned', 30_000)
    for (let i = 0; i < 30_000; i++) {
      t += 0.5 // 15 s in all
      slow.add(1, i === 29_999 ? 'bad\nname::x' : undefined)
    }
    slow.end()
    // First line after 2 s, then one a second: ~14 lines for 15 s of work, plus the last one.
    expect(lines.length).toBeGreaterThanOrEqual(13)
    expect(lines.length).toBeLessThanOrEqual(16)
    expect(lines[0]).toBe('models: files scanned: 4,000 of 30,000 files (13%), 2.0 s')
    expect(lines.at(-1)).toBe('models: files scanned: 30,000 of 30,000 files (100%), 15.0 s: done')
    expect(lines.every((l) => !l.includes('\n'))).toBe(true)
  })

  it('counts without a total', () => {
    let t = 0
    const lines: string[] = []
    const p = progressReporter((l) => lines.push(l), { now: () => t })('secrets: commits read', undefined, 'commits')
    t = 2500
    p.update(120)
    expect(lines).toEqual(['secrets: commits read: 120 commits, 2.5 s'])
  })
})
