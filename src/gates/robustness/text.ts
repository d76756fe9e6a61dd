/**
 * Text attacks on text columns: character edits (keyboard typos, swapped, deleted letters),
 * homoglyphs (Latin letters replaced by Cyrillic look-alikes), zero-width characters, synonym
 * substitutions (synonyms.ts), case and punctuation noise, and an inserted neutral sentence. Edits
 * stack up to max-edits and never change more than max-edit-rate of the words (the readability
 * bound). With a score from the endpoint the search is greedy (keep the edit that lowers the score of
 * the true label most, as DeepWordBug and TextFooler do); without one, it is a seeded random walk.
 */
import { rng } from '../../scanners/stats/rng.js'
import type { PredictInput } from '../../targets/predict.js'
import type { TextAttackConfig } from './config.js'
import type { Column, Example } from './dataset.js'
import { forEachLimited, StopRun, type Oracle } from './oracle.js'
import { alreadyWrong, type AttackRun, exampleFields, type ExampleOutcome, exampleSeed } from './outcome.js'
import { synonymsOf } from './synonyms.js'

type EditKind = TextAttackConfig['edits'][number]

const HOMOGLYPHS: Record<string, string> = { a: 'а', c: 'с', e: 'е', i: 'і', o: 'о', p: 'р', x: 'х', y: 'у', A: 'А', B: 'В', C: 'С', E: 'Е', H: 'Н', K: 'К', M: 'М', O: 'О', P: 'Р', T: 'Т', X: 'Х' }
const ROWS = ['qwertyuiop', 'asdfghjkl', 'zxcvbnm']
const SENTENCES = ['I bought it last week.', 'The box arrived on a Tuesday.', 'My order number is 4417.', 'I read the manual first.', 'This is my second review.']

function neighbours(ch: string): string[] {
  const lower = ch.toLowerCase()
  for (let r = 0; r < ROWS.length; r++) {
    const i = ROWS[r].indexOf(lower)
    if (i < 0) continue
    const out = [ROWS[r][i - 1], ROWS[r][i + 1], ROWS[r - 1]?.[i], ROWS[r + 1]?.[i]].filter((x): x is string => !!x)
    return ch === lower ? out : out.map((x) => x.toUpperCase())
  }
  return []
}

interface TextState {
  /** Tokens: words at even positions, whitespace at odd ones. */
  tokens: string[]
  /** Indices (into the original tokens) of words changed, plus 1 per inserted sentence. */
  changed: Set<number>
  sentences: number
  edits: number
  notes: string[]
}

const pick = <T>(xs: T[], rand: () => number): T | undefined => (xs.length ? xs[Math.floor(rand() * xs.length)] : undefined)

/** One edit of `kind` on a copy of the state, or null when none applies. */
export function applyEdit(s: TextState, kind: EditKind, rand: () => number): TextState | null {
  const words = s.tokens.map((t, i) => ({ t, i })).filter((w) => w.i % 2 === 0 && w.t.length > 0)
  const letters = (w: string) => /^[A-Za-z'-]+[.,!?;:]*$/.test(w)
  const next = (i: number, t: string, note: string): TextState => {
    const tokens = [...s.tokens]
    tokens[i] = t
    return { tokens, changed: new Set([...s.changed, i]), sentences: s.sentences, edits: s.edits + 1, notes: [...s.notes, note] }
  }
  const inner = words.filter((w) => letters(w.t) && w.t.replace(/[^A-Za-z]/g, '').length >= 4)
  switch (kind) {
    case 'typo': {
      const w = pick(inner, rand)
      if (!w) return null
      const p = 1 + Math.floor(rand() * (w.t.replace(/[^A-Za-z]/g, '').length - 2))
      const n = pick(neighbours(w.t[p]), rand)
      return n ? next(w.i, w.t.slice(0, p) + n + w.t.slice(p + 1), `typo in "${w.t}"`) : null
    }
    case 'swap': {
      const w = pick(inner.filter((x) => /[A-Za-z]{4,}/.test(x.t)), rand)
      if (!w) return null
      const p = 1 + Math.floor(rand() * (w.t.replace(/[^A-Za-z]/g, '').length - 3))
      if (w.t[p] === w.t[p + 1]) return null
      return next(w.i, w.t.slice(0, p) + w.t[p + 1] + w.t[p] + w.t.slice(p + 2), `letters swapped in "${w.t}"`)
    }
    case 'delete': {
      const w = pick(inner, rand)
      if (!w) return null
      const p = 1 + Math.floor(rand() * (w.t.replace(/[^A-Za-z]/g, '').length - 2))
      return next(w.i, w.t.slice(0, p) + w.t.slice(p + 1), `letter dropped from "${w.t}"`)
    }
    case 'homoglyph': {
      const w = pick(words.filter((x) => /[aceiopxyABCEHKMOPTX]/.test(x.t)), rand)
      if (!w) return null
      const spots = [...w.t].map((c, i) => (HOMOGLYPHS[c] ? i : -1)).filter((i) => i >= 0)
      const p = pick(spots, rand)!
      return next(w.i, w.t.slice(0, p) + HOMOGLYPHS[w.t[p]] + w.t.slice(p + 1), `look-alike letter in "${w.t}"`)
    }
    case 'zero-width': {
      const w = pick(words.filter((x) => x.t.length >= 2), rand)
      if (!w) return null
      const p = 1 + Math.floor(rand() * (w.t.length - 1))
      return next(w.i, w.t.slice(0, p) + '\u200b' + w.t.slice(p), `zero-width space in "${w.t}"`)
    }
    case 'synonym': {
      const cands = words.map((w) => ({ ...w, m: /^([A-Za-z-]+)([.,!?;:]*)$/.exec(w.t) })).filter((w) => w.m && synonymsOf(w.m[1]).length)
      const w = pick(cands, rand)
      if (!w) return null
      const syn = pick(synonymsOf(w.m![1]), rand)!
      const cased = /^[A-Z]/.test(w.m![1]) ? syn[0].toUpperCase() + syn.slice(1) : syn
      return next(w.i, cased + w.m![2], `"${w.m![1]}" -> "${syn}"`)
    }
    case 'case': {
      const w = pick(words.filter((x) => /[a-z]/.test(x.t)), rand)
      if (!w) return null
      return next(w.i, rand() < 0.5 ? w.t.toUpperCase() : w.t[0] === w.t[0].toUpperCase() ? w.t[0].toLowerCase() + w.t.slice(1) : w.t[0].toUpperCase() + w.t.slice(1), `case of "${w.t}"`)
    }
    case 'punctuation': {
      const w = pick(words, rand)
      if (!w) return null
      const m = /[.,!?;:]+$/.exec(w.t)
      const t = m ? w.t.slice(0, -m[0].length) : w.t + pick(['!', ',', '...', '?!'], rand)!
      return next(w.i, t, `punctuation at "${w.t}"`)
    }
    case 'sentence': {
      if (s.sentences > 0) return null
      const sentence = pick(SENTENCES, rand)!
      return { tokens: [...s.tokens, ' ', sentence], changed: s.changed, sentences: s.sentences + 1, edits: s.edits + 1, notes: [...s.notes, `sentence added: "${sentence}"`] }
    }
  }
}

const wordCount = (tokens: string[]) => tokens.filter((t, i) => i % 2 === 0 && t.length > 0).length

export async function textAttack(examples: Example[], clean: string[], columns: Column[], order: string[], cfg: TextAttackConfig, seed: number, oracle: Oracle, concurrency: number): Promise<AttackRun> {
  const measure = 'share of words changed'
  const textCols = columns.filter((c) => c.type === 'text' && !c.frozen)
  if (!textCols.length) return { id: 'text', outcomes: [], skipped: 'no text column', measure }
  const outcomes: ExampleOutcome[] = new Array(examples.length)
  await forEachLimited(examples, Math.max(1, Math.floor(concurrency / 2)), async (e, i) => {
    if (clean[i] !== e.label) return void (outcomes[i] = alreadyWrong(e, clean[i]))
    const rand = rng(exampleSeed(seed, 'text', e.index))
    const counter = { n: 0 }
    const states = new Map<string, TextState>()
    const originalWords = new Map<string, number>()
    for (const c of textCols) {
      const text = String(e.input[c.name] ?? '')
      const tokens = text.split(/(\s+)/)
      states.set(c.name, { tokens, changed: new Set(), sentences: 0, edits: 0, notes: [] })
      originalWords.set(c.name, wordCount(tokens))
    }
    const totalWords = [...originalWords.values()].reduce((a, b) => a + b, 0) || 1
    const allowed = Math.max(1, Math.floor(cfg['max-edit-rate'] * totalWords))
    const changedOf = (m: Map<string, TextState>) => [...m.values()].reduce((n, s) => n + s.changed.size + s.sentences, 0)
    const inputOf = (m: Map<string, TextState>): PredictInput => ({ ...e.input, ...Object.fromEntries([...m].map(([k, s]) => [k, s.tokens.join('')])) })
    const first = await oracle.predictScored(e.input)
    const scored = first.score !== null
    let bestScore = first.score ?? 1
    let current = states
    let final: { input: PredictInput; predicted: string; states: Map<string, TextState> } = { input: e.input, predicted: clean[i], states }
    let flipped = false
    let error: string | undefined
    try {
      while (counter.n < cfg.queries && !flipped) {
        // Candidates: one more edit of an allowed kind on a text column, within the readability bound.
        const cands: Array<Map<string, TextState>> = []
        for (let tries = 0; cands.length < Math.min(6, cfg.queries - counter.n) && tries < 30; tries++) {
          const col = pick(textCols, rand)!
          const s = current.get(col.name)!
          if (s.edits >= cfg['max-edits']) continue
          const edited = applyEdit(s, pick(cfg.edits, rand)!, rand)
          if (!edited) continue
          const m = new Map(current)
          m.set(col.name, edited)
          if (changedOf(m) > allowed) continue
          cands.push(m)
        }
        if (!cands.length) break
        const answers = await Promise.all(cands.map((m) => oracle.predictScored(inputOf(m), counter)))
        const hit = answers.findIndex((a) => a.label !== e.label)
        if (hit >= 0) {
          flipped = true
          final = { input: inputOf(cands[hit]), predicted: answers[hit].label, states: cands[hit] }
          break
        }
        let keep = 0
        if (scored) {
          answers.forEach((a, j) => {
            if ((a.score ?? 1) < (answers[keep].score ?? 1)) keep = j
          })
          bestScore = Math.min(bestScore, answers[keep].score ?? 1)
        }
        current = cands[keep]
        final = { input: inputOf(current), predicted: answers[keep].label, states: current }
        if ([...current.values()].every((s) => s.edits >= cfg['max-edits'])) break
      }
    } catch (err) {
      if (err instanceof StopRun) throw err
      error = (err as Error).message
    }
    outcomes[i] = {
      ...exampleFields(e, clean[i]),
      input: final.input,
      predicted: final.predicted,
      flipped,
      found: flipped,
      distance: flipped ? changedOf(final.states) / totalWords : null,
      queries: counter.n,
      changes: flipped ? [...final.states.values()].flatMap((s) => s.notes) : [],
      ...(error ? { error } : {})
    }
  }).catch((err) => {
    if (!(err instanceof StopRun)) throw err
  })
  void order
  return { id: 'text', outcomes: outcomes.filter(Boolean), measure }
}
