import { describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { PINNED } from '../../src/tools/install.js'
import { PYTHON_LOCKS } from '../../src/tools/requirements/index.js'

interface LockEntry {
  name: string
  version: string
  marker: string | null
  hashes: string[]
}

const normalize = (name: string) => name.toLowerCase().replace(/[-_.]+/g, '-')

/**
 * Parses a hash-pinned requirements file the way pip reads one (comments dropped, backslash
 * continuations joined), accepting only `name==version [; marker] --hash=sha256:<hex>...` lines:
 * anything else (an unpinned requirement, a URL, an option, a requirement without a hash) throws.
 */
function parseLock(text: string): LockEntry[] {
  const logical: string[] = []
  let current = ''
  for (const raw of text.split('\n')) {
    const line = raw.replace(/(^|\s)#.*$/, '')
    if (line.endsWith('\\')) {
      current += line.slice(0, -1) + ' '
      continue
    }
    current += line
    if (current.trim()) logical.push(current.trim())
    current = ''
  }
  if (current.trim()) throw new Error(`dangling continuation: ${current}`)
  return logical.map((line) => {
    const m = /^([A-Za-z0-9][A-Za-z0-9._-]*)==([A-Za-z0-9.+!-]+)\s*(?:;\s*(.+?))?\s+((?:--hash=sha256:[0-9a-f]{64}\s*)+)$/.exec(line)
    if (!m) throw new Error(`not a pinned requirement with --hash: ${line}`)
    return { name: normalize(m[1]), version: m[2], marker: m[3]?.trim() ?? null, hashes: m[4].trim().split(/\s+/).map((h) => h.slice('--hash=sha256:'.length)) }
  })
}

describe('hash-pinned Python tool locks', () => {
  it('the parser refuses what pip --require-hashes would refuse', () => {
    expect(() => parseLock('rich>=13 \\\n    --hash=sha256:' + 'a'.repeat(64) + '\n')).toThrow(/not a pinned requirement/)
    expect(() => parseLock('rich==14.3.3\n')).toThrow(/not a pinned requirement/)
    expect(() => parseLock('rich==14.3.3 --hash=sha256:abc\n')).toThrow(/not a pinned requirement/)
  })

  for (const tool of ['bandit', 'pip-audit'] as const) {
    const lock = PYTHON_LOCKS[tool]
    const entries = parseLock(lock.text)

    it(`the ${tool} lock is complete: every line a pinned requirement with sha256 hashes; a name twice only under exclusive Python markers`, () => {
      expect(lock.complete).toBe(true)
      expect(entries.length).toBeGreaterThan(5)
      for (const e of entries) {
        expect(e.hashes.length).toBeGreaterThan(0)
        expect(new Set(e.hashes).size).toBe(e.hashes.length)
      }
      const byName = new Map<string, LockEntry[]>()
      for (const e of entries) byName.set(e.name, [...(byName.get(e.name) ?? []), e])
      for (const [name, list] of byName) {
        if (list.length === 1) continue
        // e.g. stevedore 5.8.0 for < 3.11 and 5.10.0 for >= 3.11: one marker and its negation
        expect({ name, markers: list.map((e) => e.marker) }).toEqual({ name, markers: [expect.stringMatching(/python_full_version < '3\.\d+'/), expect.stringMatching(/python_full_version >= '3\.\d+'/)] })
      }
      const top = entries.find((e) => e.name === tool)!
      expect(top).toMatchObject({ version: PINNED[tool].version, marker: null })
    })
  }

  it("the bandit lock holds bandit's runtime closure, colorama only on Windows, tomli only below 3.11; the old corroborated wheel hashes are still there", () => {
    const entries = parseLock(PYTHON_LOCKS.bandit.text)
    const names = new Set(entries.map((e) => e.name))
    expect([...names].sort()).toEqual(['bandit', 'colorama', 'markdown-it-py', 'mdurl', 'pygments', 'pyyaml', 'rich', 'stevedore', 'tomli'])
    expect(entries.find((e) => e.name === 'colorama')!.marker).toBe("sys_platform == 'win32'")
    expect(entries.find((e) => e.name === 'tomli')!.marker).toBe("python_full_version < '3.11'")
    // the bandit 1.9.4 and mdurl 0.1.2 wheel hashes quoted by unrelated public lock files before this lock was generated from the index
    expect(entries.find((e) => e.name === 'bandit')!.hashes).toContain('f89ffa663767f5a0585ea075f01020207e966a9c0f2b9ef56a57c7963a3f6f8e')
    expect(entries.find((e) => e.name === 'mdurl')!.hashes).toContain('84008a41e51615a49fc9966191ff91509e3c40b939176e643fd50a5c2196b8f8')
    // PyYAML is compiled: a wheel per CPython 3.10-3.14 x (manylinux x86_64/aarch64, macOS x86_64/arm64, win_amd64) at least
    expect(entries.find((e) => e.name === 'pyyaml')!.hashes.length).toBeGreaterThanOrEqual(25)
  })

  it('the garak lock: exactly the packages of scripts/garak-rest.in, wheels only but for the named sdists, and a hash-pinned setuptools to build them', () => {
    const g = PYTHON_LOCKS.garak
    expect(g.complete).toBe(true)
    const entries = parseLock(g.text)
    const pins = readFileSync('scripts/garak-rest.in', 'utf8')
      .split('\n')
      .filter((l) => l.trim() && !l.startsWith('#'))
      .map((l) => l.trim().split('=='))
    expect(entries.map((e) => [e.name, e.version])).toEqual(pins.map(([n, v]) => [normalize(n), v]))
    expect(entries.find((e) => e.name === 'garak')).toMatchObject({ version: PINNED.garak.version, marker: null })
    for (const e of entries) expect(new Set(e.hashes).size).toBe(e.hashes.length)
    // compiled packages carry one wheel per platform and CPython
    expect(entries.find((e) => e.name === 'numpy')!.hashes.length).toBeGreaterThan(20)
    expect(g.sdist).toEqual(['langdetect'])
    expect(entries.find((e) => e.name === 'langdetect')!.hashes).toHaveLength(1) // the sdist
    expect(parseLock(g.build!).map((e) => e.name)).toEqual(['setuptools'])
  })

  const pipParses = (() => {
    try {
      execFileSync('python3', ['-c', 'import pip._internal.req.req_file'], { stdio: 'ignore' })
      return true
    } catch {
      return false
    }
  })()

  it("pip's own requirements parser reads each lock the same way", () => {
    expect(pipParses).toBe(true)
    for (const tool of ['bandit', 'pip-audit', 'garak'] as const) {
      const dir = mkdtempSync(path.join(os.tmpdir(), 'lock-'))
      try {
        const file = path.join(dir, `${tool}.txt`)
        writeFileSync(file, PYTHON_LOCKS[tool].text)
        const script = [
          'import json, sys',
          'from pip._internal.network.session import PipSession',
          'from pip._internal.req.req_file import parse_requirements',
          'from pip._internal.req.constructors import install_req_from_parsed_requirement',
          'out = []',
          'for p in parse_requirements(sys.argv[1], session=PipSession()):',
          '    r = install_req_from_parsed_requirement(p)',
          '    out.append([r.req.name, str(r.req.specifier), str(r.markers) if r.markers else None, r.hash_options.get("sha256", [])])',
          'print(json.dumps(out))'
        ].join('\n')
        const parsed = JSON.parse(execFileSync('python3', ['-c', script, file], { encoding: 'utf8' })) as [string, string, string | null, string[]][]
        const norm = (m: string | null) => (m === null ? null : m.replace(/"/g, "'"))
        expect(parsed.map(([n, spec, marker, hashes]) => ({ name: normalize(n), version: spec.replace(/^==/, ''), marker: norm(marker), hashes }))).toEqual(
          parseLock(PYTHON_LOCKS[tool].text).map((e) => ({ ...e, marker: norm(e.marker) }))
        )
      } finally {
        rmSync(dir, { recursive: true, force: true })
      }
    }
  })
})
