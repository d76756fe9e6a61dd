/** How the code gate cuts a large file list among bandit processes (gates/code/bandit.ts shares). */
import { describe, expect, it } from '@jest/globals'
import { shares } from '../../src/gates/code/bandit.js'

describe('shares', () => {
  it('cuts the list into at most n contiguous parts of about equal bytes, in order', () => {
    const files = Array.from({ length: 10 }, (_, i) => `f${i}.py`)
    const sizes = [100, 100, 100, 100, 100, 1000, 10, 10, 10, 10]
    const parts = shares(files, sizes, 2)
    expect(parts.flat()).toEqual(files)
    expect(parts).toHaveLength(2)
    // the first part ends where half the bytes (735 of 1470) are reached: at the 1000-byte file
    expect(parts[0]).toEqual(files.slice(0, 6))
  })
  it('keeps one part for one core, one file, or an empty list, and never more parts than asked', () => {
    expect(shares(['a', 'b'], [1, 1], 1)).toEqual([['a', 'b']])
    expect(shares(['a'], [5], 4)).toEqual([['a']])
    expect(shares([], [], 4)).toEqual([[]])
    const many = Array.from({ length: 50 }, (_, i) => String(i))
    const parts = shares(many, many.map(() => 1), 4)
    expect(parts.length).toBeLessThanOrEqual(4)
    expect(parts.flat()).toEqual(many)
    expect(parts.every((p) => p.length >= 12 && p.length <= 13)).toBe(true)
  })
})
