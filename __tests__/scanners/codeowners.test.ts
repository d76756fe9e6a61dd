import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { compilePattern, parseCodeowners, ruleFor } from '../../src/scanners/codeowners.js'

interface Case {
  name: string
  pattern: string
  paths: Record<string, boolean>
}

const corpus: Case[] = JSON.parse(readFileSync(new URL('../fixtures/codeowners/patterns.json', import.meta.url), 'utf8'))

describe('CODEOWNERS patterns: hmarr/codeowners corpus (MIT)', () => {
  it('has the whole corpus', () => {
    expect(corpus.length).toBeGreaterThanOrEqual(30)
  })
  for (const c of corpus) {
    it(`${c.name}: ${c.pattern}`, () => {
      const match = compilePattern(c.pattern)
      const got = Object.fromEntries(Object.keys(c.paths).map((p) => [p, match(p)]))
      expect(got).toEqual(c.paths)
    })
  }
})

describe('CODEOWNERS patterns: our own cases (GitHub docs examples)', () => {
  const cases: [string, string, boolean][] = [
    // docs: "*.js" anywhere
    ['*.js', 'a/b/c.js', true],
    ['*.js', 'c.jsx', false],
    // docs: "/build/logs/" at the root only, and everything below
    ['/build/logs/', 'build/logs/a/b.log', true],
    ['/build/logs/', 'x/build/logs/a.log', false],
    // docs: "docs/*" direct children only
    ['docs/*', 'docs/getting-started.md', true],
    ['docs/*', 'docs/build-app/troubleshooting.md', false],
    // docs: "apps/" at any depth
    ['apps/', 'apps/a.ts', true],
    ['apps/', 'src/apps/a/b.ts', true],
    // docs: "/docs/" and "**/logs"
    ['**/logs', 'build/logs', true],
    ['**/logs', 'deeply/nested/logs/x.txt', true],
    ['/scripts/', 'scripts/a/b.sh', true],
    // case-sensitive
    ['/Models/', 'models/a.pkl', false],
    // brackets are literal (no ranges in CODEOWNERS)
    ['file[0-9].txt', 'file1.txt', false],
    ['file[0-9].txt', 'file[0-9].txt', true],
    // dots and regex characters are literal
    ['a+b(c).txt', 'a+b(c).txt', true],
    ['a.b', 'axb', false],
    // escaped space
    ['my\\ file.txt', 'my file.txt', true],
    ['/', 'anything', false]
  ]
  for (const [pattern, path, want] of cases) {
    it(`${pattern} ${want ? 'matches' : 'does not match'} ${path}`, () => {
      expect(compilePattern(pattern)(path)).toBe(want)
    })
  }
})

describe('parseCodeowners', () => {
  const text = [
    '# comment',
    '*        @org/everyone',
    '/models/ @alice @org/ml-owners  # inline comment',
    '/models/public/',
    'docs/*   docs@example.com',
    '!secret  @bob',
    'src/**   not-an-owner',
    'a***b    @carol',
    '/models/special.pkl @dave'
  ].join('\n')
  const co = parseCodeowners(text, '.github/CODEOWNERS')

  it('reports each line GitHub would reject, with its number and why', () => {
    expect(co.problems.map((p) => p.line)).toEqual([6, 7, 8])
    expect(co.problems[0].message).toMatch(/negation/)
    expect(co.problems[1].message).toMatch(/invalid owner "not-an-owner"/)
    expect(co.problems[2].message).toMatch(/three consecutive asterisks/)
  })

  it('parses owners of each kind and drops the inline comment', () => {
    const r = co.rules.find((x) => x.line === 3)!
    expect(r.owners).toEqual([
      { kind: 'user', login: 'alice', text: '@alice' },
      { kind: 'team', org: 'org', slug: 'ml-owners', text: '@org/ml-owners' }
    ])
    expect(co.rules.find((x) => x.line === 5)!.owners[0]).toMatchObject({ kind: 'email', email: 'docs@example.com' })
  })

  it('the last matching line wins; a pattern without owners makes paths unowned', () => {
    expect(ruleFor(co, 'models/a.pkl')!.line).toBe(3)
    expect(ruleFor(co, 'models/public/a.pkl')!.owners).toEqual([])
    expect(ruleFor(co, 'models/special.pkl')!.owners.map((o) => o.text)).toEqual(['@dave'])
    expect(ruleFor(co, 'README.md')!.owners.map((o) => o.text)).toEqual(['@org/everyone'])
    // the rejected lines are skipped, as GitHub does
    expect(ruleFor(co, 'src/x/y.py')!.line).toBe(2)
  })

  it('with no matching line there is no rule', () => {
    expect(ruleFor(parseCodeowners('/only/ @a'), 'other.txt')).toBeNull()
  })
})
