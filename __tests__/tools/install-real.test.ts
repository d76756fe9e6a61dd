/**
 * The action's Python installer for real: the virtualenvs scripts/install-tools.ts made with it hold a
 * consistent closure (pip check), and a lock whose hash was tampered with is refused by pip before
 * anything is installed.
 */
import { describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readdirSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { ToolError } from '../../src/engine/errors.js'
import { silentLogger } from '../../src/engine/logger.js'
import { installPythonTool } from '../../src/tools/install.js'
import { PYTHON_LOCKS } from '../../src/tools/requirements/index.js'
import { processRunner } from '../../src/tools/runner.js'
import type { CacheBackend } from '../../src/tools/trivy-db.js'
import { requireTool } from '../support/tools.js'

const noCache: CacheBackend = { available: () => false, restore: async () => undefined, save: async () => undefined }

describe('Python tools installed from their hash locks (real pip)', () => {
  for (const tool of ['bandit', 'pip-audit'] as const) {
    it(`${tool}: its virtualenv has every dependency it declares (pip check) and nothing installed outside the lock`, () => {
      const t = requireTool(tool)
      const py = path.join(path.dirname(t.path), 'python')
      expect(execFileSync(py, ['-m', 'pip', 'check'], { encoding: 'utf8' })).toMatch(/No broken requirements found/)
      const installed = (JSON.parse(execFileSync(py, ['-m', 'pip', 'list', '--format', 'json'], { encoding: 'utf8' })) as Array<{ name: string; version: string }>).map((p) => p.name.toLowerCase().replace(/[-_.]+/g, '-'))
      const locked = new Set([...PYTHON_LOCKS[tool].text.matchAll(/^([A-Za-z0-9][A-Za-z0-9._-]*)==/gm)].map((m) => m[1].toLowerCase().replace(/[-_.]+/g, '-')))
      // pip itself (and setuptools on older Pythons) come with the virtualenv
      expect(installed.filter((n) => !locked.has(n) && n !== 'pip' && n !== 'setuptools')).toEqual([])
    })
  }

  it('garak: its virtualenv holds exactly the packages of its lock (the REST-only part of its closure) and setuptools, at the locked versions', () => {
    const t = requireTool('garak')
    const py = path.join(path.dirname(t.path), 'python')
    const installed = (JSON.parse(execFileSync(py, ['-m', 'pip', 'list', '--format', 'json'], { encoding: 'utf8' })) as Array<{ name: string; version: string }>)
      .map((p) => `${p.name.toLowerCase().replace(/[-_.]+/g, '-')}==${p.version}`)
      .filter((p) => !p.startsWith('pip=='))
    const locked = [...PYTHON_LOCKS.garak.text.matchAll(/^([A-Za-z0-9][A-Za-z0-9._-]*)==(\S+)/gm), ...PYTHON_LOCKS.garak.build!.matchAll(/^([A-Za-z0-9][A-Za-z0-9._-]*)==(\S+)/gm)].map((m) => `${m[1].toLowerCase().replace(/[-_.]+/g, '-')}==${m[2]}`)
    expect(installed.sort()).toEqual(locked.sort())
    expect(execFileSync(t.path, ['--version'], { encoding: 'utf8' })).toMatch(/garak LLM vulnerability scanner v0\.16\.0/)
  }, 120_000)

  it('a tampered hash in the lock is refused by pip: an install error naming the package, and no virtualenv is left', async () => {
    const real = PYTHON_LOCKS.bandit.text
    const m = /^mdurl==0\.1\.2 \\\n(?:\s+--hash=sha256:[0-9a-f]{64}(?: \\)?\n?)+/m.exec(real)
    expect(m).not.toBeNull()
    // every hash of the entry changed in its last hex digit: the wheel pip downloads matches none of them
    const tampered = m![0].replace(/([0-9a-f]{63})([0-9a-f])/g, (_x, a: string, b: string) => a + (b === '0' ? '1' : '0'))
    const root = mkdtempSync(path.join(os.tmpdir(), 'tamper-'))
    const saved = process.env.RUNNER_TOOL_CACHE
    process.env.RUNNER_TOOL_CACHE = path.join(root, 'toolcache')
    try {
      const ctx = { tools: processRunner, logger: silentLogger, install: 'auto' as const, tempDir: path.join(root, 'tmp'), signal: new AbortController().signal }
      const err = await installPythonTool('bandit', ctx, { lock: { complete: true, text: tampered.trimEnd() + '\n' }, cache: noCache }).catch((e) => e)
      expect(err).toBeInstanceOf(ToolError)
      expect(err.message).toMatch(/bandit 1\.9\.4: pip install --require-hashes failed with exit code 1/)
      expect(err.message).toMatch(/THESE PACKAGES DO NOT MATCH THE HASHES/)
      expect(err.message).toMatch(/mdurl/)
      const versions = path.join(root, 'toolcache', 'ai-secure-gates-python', 'bandit', '1.9.4')
      expect(readdirSync(versions)).toEqual([])
    } finally {
      if (saved === undefined) delete process.env.RUNNER_TOOL_CACHE
      else process.env.RUNNER_TOOL_CACHE = saved
    }
  }, 300_000)
})
