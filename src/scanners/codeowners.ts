/**
 * CODEOWNERS as GitHub reads it (docs: "About code owners"): gitignore-style patterns without `!`
 * negation and without `[ ]` character ranges (brackets are literal), case-sensitive, and the LAST
 * matching line wins. A line with a pattern and no owners makes its paths unowned.
 *
 * Where GitHub's rules differ from gitignore's, GitHub's apply:
 * - `docs/*` matches the direct children of docs/ only (a lone `*` as the last segment of a
 *   multi-segment pattern does not reach into subfolders);
 * - any other pattern that matches a folder also matches everything below it (`apps/`, `/build`,
 *   `foo/<star>/baz`, `f<star>`);
 * - a pattern without a slash, or with a trailing slash only, matches at any depth; a leading slash
 *   or a slash in the middle anchors it at the repository root.
 *
 * Lines GitHub would reject (negation, `***`, an owner that is neither `@user`, `@org/team` nor an
 * e-mail address) are reported with their line number; GitHub skips them, so the matcher does too.
 * Pure: text in, rules out. Tested on hmarr/codeowners' MIT-licensed pattern corpus.
 */

/** Where GitHub looks on the base branch, first found wins. */
export const CODEOWNERS_LOCATIONS = ['.github/CODEOWNERS', 'CODEOWNERS', 'docs/CODEOWNERS'] as const
/** GitHub ignores a CODEOWNERS file larger than this. */
export const CODEOWNERS_MAX_BYTES = 3 * 1024 * 1024

export type Owner = { kind: 'user'; login: string; text: string } | { kind: 'team'; org: string; slug: string; text: string } | { kind: 'email'; email: string; text: string }

export interface CodeownersRule {
  /** 1-based line number in the file. */
  line: number
  pattern: string
  owners: Owner[]
  matches: (path: string) => boolean
}

export interface CodeownersProblem {
  line: number
  text: string
  message: string
}

export interface Codeowners {
  file: string
  rules: CodeownersRule[]
  problems: CodeownersProblem[]
}

export class PatternError extends Error {}

const USER = /^@([A-Za-z0-9](?:[A-Za-z0-9_-]{0,38}))$/
const TEAM = /^@([A-Za-z0-9](?:[A-Za-z0-9-]{0,38}))\/([A-Za-z0-9_.-]+)$/
const EMAIL = /^[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}$/

function escapeRegex(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')
}

/** One path segment of a pattern (no slashes) as a regular expression over one path segment. */
function segmentRegex(seg: string): string {
  let out = ''
  for (let i = 0; i < seg.length; i++) {
    const ch = seg[i]
    if (ch === '\\') {
      // A backslash escapes the next character (`f\*o` matches the literal name f*o).
      i++
      if (i < seg.length) out += escapeRegex(seg[i])
      continue
    }
    if (ch === '*') {
      // `**` inside a segment (`a**b`) is an ordinary star, as in gitignore.
      while (seg[i + 1] === '*') i++
      out += '[^/]*'
    } else if (ch === '?') out += '[^/]'
    else out += escapeRegex(ch)
  }
  return out
}

/**
 * Compiles one CODEOWNERS pattern to a predicate over repository-relative paths (forward slashes,
 * no leading slash). Throws PatternError for a pattern GitHub rejects.
 */
export function compilePattern(pattern: string): (path: string) => boolean {
  if (pattern === '') throw new PatternError('empty pattern')
  if (pattern.startsWith('!')) throw new PatternError('negation patterns (a leading "!") are not supported by GitHub CODEOWNERS')
  if (pattern.includes('***')) throw new PatternError('a pattern cannot contain three consecutive asterisks')
  if (pattern === '/') return () => false
  let segs = pattern.split('/')
  const anchored = segs[0] === ''
  if (anchored) segs = segs.slice(1)
  const trailingSlash = segs.length > 1 && segs[segs.length - 1] === ''
  if (trailingSlash) segs = segs.slice(0, -1)
  if (segs.some((s) => s === '')) throw new PatternError('a pattern cannot contain an empty segment ("//")')
  // No slash except a trailing one: matches at any depth.
  const anyDepth = !anchored && segs.length === 1
  let re = anyDepth && segs[0] !== '**' ? '(?:.*/)?' : ''
  segs.forEach((seg, i) => {
    const last = i === segs.length - 1
    if (seg === '**') {
      if (segs.length === 1) re += '.+'
      else if (i === 0) re += '(?:.*/)?'
      else if (last) re += '/.*'
      else re += '(?:/.*)?/'
      return
    }
    if (i > 0 && segs[i - 1] !== '**') re += '/'
    if (seg === '*') {
      // A lone star is one whole segment. As the last one it does not reach below: `docs/*` is
      // the direct children of docs/ only (GitHub), and `/*` the files at the root.
      re += '[^/]+'
      if (last) re += trailingSlash ? '/.+' : ''
      return
    }
    re += segmentRegex(seg)
    if (last) re += trailingSlash ? '/.+' : '(?:/.*)?'
  })
  const rx = new RegExp(`^${re}$`, 's')
  return (path: string) => rx.test(path)
}

/** Splits a line into whitespace-separated tokens; `\ ` is an escaped space inside a pattern. */
function tokens(line: string): string[] {
  const out: string[] = []
  let cur = ''
  let inToken = false
  for (let i = 0; i < line.length; i++) {
    const ch = line[i]
    if (ch === '\\' && i + 1 < line.length && /\s/.test(line[i + 1])) {
      cur += '\\' + line[i + 1]
      i++
      inToken = true
      continue
    }
    if (/\s/.test(ch)) {
      if (inToken) out.push(cur)
      cur = ''
      inToken = false
      continue
    }
    // A `#` that starts a token after the pattern begins a comment.
    if (ch === '#' && !inToken && out.length > 0) break
    cur += ch
    inToken = true
  }
  if (inToken) out.push(cur)
  return out
}

export function parseOwner(text: string): Owner | null {
  let m = TEAM.exec(text)
  if (m) return { kind: 'team', org: m[1], slug: m[2], text }
  m = USER.exec(text)
  if (m) return { kind: 'user', login: m[1], text }
  if (EMAIL.test(text)) return { kind: 'email', email: text, text }
  return null
}

export function parseCodeowners(text: string, file = 'CODEOWNERS'): Codeowners {
  const rules: CodeownersRule[] = []
  const problems: CodeownersProblem[] = []
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/)
  lines.forEach((raw, idx) => {
    const line = idx + 1
    const trimmed = raw.trim()
    if (!trimmed || trimmed.startsWith('#')) return
    const [pattern, ...ownerTexts] = tokens(trimmed)
    const problem = (message: string) => problems.push({ line, text: raw.slice(0, 200), message })
    let matches: (p: string) => boolean
    try {
      matches = compilePattern(pattern)
    } catch (e) {
      problem(`invalid pattern "${pattern}": ${(e as Error).message}`)
      return
    }
    const owners: Owner[] = []
    for (const o of ownerTexts) {
      const owner = parseOwner(o)
      if (!owner) {
        problem(`invalid owner "${o}": an owner is @username, @org/team-name or an e-mail address`)
        return
      }
      owners.push(owner)
    }
    rules.push({ line, pattern, owners, matches })
  })
  return { file, rules, problems }
}

/** The rule that decides a path's owners (the last matching line), or null when no line matches. */
export function ruleFor(co: Codeowners, path: string): CodeownersRule | null {
  const p = path.replace(/^\/+/, '')
  for (let i = co.rules.length - 1; i >= 0; i--) if (co.rules[i].matches(p)) return co.rules[i]
  return null
}
