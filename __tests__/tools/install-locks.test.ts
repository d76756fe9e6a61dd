import { describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
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
  const bandit = PYTHON_LOCKS.bandit
  const entries = parseLock(bandit.text)
  const byName = new Map(entries.map((e) => [e.name, e]))

  it('the parser refuses what pip --require-hashes would refuse', () => {
    expect(() => parseLock('rich>=13 \\\n    --hash=sha256:' + 'a'.repeat(64) + '\n')).toThrow(/not a pinned requirement/)
    expect(() => parseLock('rich==14.3.3\n')).toThrow(/not a pinned requirement/)
    expect(() => parseLock('rich==14.3.3 --hash=sha256:abc\n')).toThrow(/not a pinned requirement/)
  })

  it('the bandit lock is complete: every line a pinned requirement with sha256 hashes, no duplicates', () => {
    expect(bandit.complete).toBe(true)
    expect(entries.length).toBeGreaterThan(1)
    expect(new Set(entries.map((e) => e.name)).size).toBe(entries.length)
    for (const e of entries) {
      expect(e.hashes.length).toBeGreaterThan(0)
      expect(new Set(e.hashes).size).toBe(e.hashes.length)
    }
    expect(byName.get('bandit')).toMatchObject({ version: PINNED.bandit.version, marker: null, hashes: ['f89ffa663767f5a0585ea075f01020207e966a9c0f2b9ef56a57c7963a3f6f8e'] })
  })

  it("the bandit lock holds bandit 1.9.4's whole runtime closure, with markers where the metadata has them", () => {
    // bandit 1.9.4: PyYAML>=5.3.1, stevedore>=1.20.0, rich, colorama>=0.3.9; platform_system == "Windows"
    // (tomli only for its toml extra on < 3.11); rich: markdown-it-py>=2.2.0, pygments>=2.13,<3;
    // markdown-it-py 4: mdurl~=0.1. stevedore 5.6.0, PyYAML, pygments, mdurl, colorama: none.
    const needed: Record<string, string | null> = {
      pyyaml: null,
      stevedore: null,
      rich: null,
      colorama: 'platform_system == "Windows"',
      'markdown-it-py': null,
      mdurl: null,
      pygments: null
    }
    for (const [name, marker] of Object.entries(needed)) {
      expect(byName.get(name)).toMatchObject({ name, marker })
    }
    const allowed = new Set(['bandit', 'tomli', ...Object.keys(needed)])
    expect(entries.filter((e) => !allowed.has(e.name))).toEqual([])
    expect(byName.get('tomli')?.marker).toBe('python_version < "3.11"')
    expect(byName.get('pygments')!.version.split('.').map(Number)[0]).toBe(2)
    expect(Number(byName.get('markdown-it-py')!.version.split('.')[0])).toBeGreaterThanOrEqual(4) // 4.x needs Python >= 3.10, like bandit
  })

  it('PyYAML (compiled) has a wheel hash for each GitHub runner flavour of CPython 3.10-3.14', () => {
    // 5 CPython versions x (manylinux x86_64, manylinux aarch64, macOS x86_64, macOS arm64, win_amd64) at least
    expect(byName.get('pyyaml')!.hashes.length).toBeGreaterThanOrEqual(25)
    // spot checks against the uv.lock entries quoted in the provenance comment
    expect(byName.get('pyyaml')!.hashes).toEqual(
      expect.arrayContaining([
        '9c7708761fccb9397fe64bbc0395abcae8c4bf7b0eac081e12b809bf47700d0b', // cp310 manylinux x86_64
        'bdb2c67c6c1390b63c6ff89f210c8fd09d9a1217a465701eac7316313c915e4c', // cp310 win_amd64
        'ba1cc08a7ccde2d2ec775841541641e4548226580ab850948cbfda66a1befcdc', // cp312 manylinux x86_64
        '2283a07e2c21a2aa78d9c4442724ec1eb15f5e42a723b99cb3d822d48f5f7ad1' // cp313 macOS arm64
      ])
    )
  })

  it('pip-audit and garak stay not complete (never installed); the pip-audit lock still holds its own wheel hash', () => {
    expect(PYTHON_LOCKS['pip-audit'].complete).toBe(false)
    expect(parseLock(PYTHON_LOCKS['pip-audit'].text)).toEqual([
      { name: 'pip-audit', version: PINNED['pip-audit'].version, marker: null, hashes: ['99ef3f600a317c1945f1e89e227ef26e1c2d618429b8bd3fa6f4f7c440c4611a'] }
    ])
    expect(PYTHON_LOCKS.garak.complete).toBe(false)
  })

  const pipParses = (() => {
    try {
      execFileSync('python3', ['-c', 'import pip._internal.req.req_file'], { stdio: 'ignore' })
      return true
    } catch {
      return false
    }
  })()

  ;(pipParses ? it : it.skip)("pip's own requirements parser reads the bandit lock the same way", () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'lock-'))
    try {
      const file = path.join(dir, 'bandit.txt')
      writeFileSync(file, bandit.text)
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
      expect(parsed.map(([n, spec, marker, hashes]) => ({ name: normalize(n), version: spec.replace(/^==/, ''), marker, hashes }))).toEqual(entries)
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })
})
