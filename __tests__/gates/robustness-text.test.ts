/** The text attack's edits: each kind changes one word (or adds one sentence) in a readable way. */
import { describe, expect, it } from '@jest/globals'
import { applyEdit } from '../../src/gates/robustness/text.js'
import { synonymsOf } from '../../src/gates/robustness/synonyms.js'
import { rng } from '../../src/scanners/stats/rng.js'

const state = (text: string) => ({ tokens: text.split(/(\s+)/), changed: new Set<number>(), sentences: 0, edits: 0, notes: [] as string[] })
const TEXT = 'The battery was excellent and the screen is great overall.'

describe('text edits', () => {
  const kinds = ['typo', 'swap', 'delete', 'homoglyph', 'zero-width', 'synonym', 'case', 'punctuation', 'sentence'] as const
  for (const kind of kinds) {
    it(`${kind}: one edit, recorded, the rest of the text intact`, () => {
      const rand = rng(3)
      const s = applyEdit(state(TEXT), kind, rand)!
      expect(s).not.toBeNull()
      const out = s.tokens.join('')
      expect(out).not.toBe(TEXT)
      expect(s.edits).toBe(1)
      expect(s.notes).toHaveLength(1)
      if (kind === 'sentence') {
        expect(out.startsWith(TEXT + ' ')).toBe(true)
        expect(s.changed.size).toBe(0)
        return
      }
      expect(s.changed.size).toBe(1)
      const before = TEXT.split(' ')
      const after = out.split(' ')
      expect(after).toHaveLength(before.length)
      expect(after.filter((w, i) => w !== before[i])).toHaveLength(1)
    })
  }
  it('homoglyphs and zero-width characters look the same once normalised', () => {
    const h = applyEdit(state(TEXT), 'homoglyph', rng(5))!.tokens.join('')
    expect(/[\u0400-\u04ff]/.test(h)).toBe(true)
    const z = applyEdit(state(TEXT), 'zero-width', rng(5))!.tokens.join('')
    expect(z.replace(/\u200b/g, '')).toBe(TEXT)
  })
  it('synonyms are symmetric groups', () => {
    expect(synonymsOf('great')).toContain('excellent')
    expect(synonymsOf('Excellent')).toContain('great')
    expect(synonymsOf('zyzzyva')).toEqual([])
  })
})
