/** The config, waivers and baseline are read only from real files inside the workspace, bounded. */
import { describe, expect, it } from '@jest/globals'
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { loadBaselineFingerprints, loadConfig, loadWaivers, MAX_CONFIG_BYTES } from '../../src/config/load.js'

function ws(): string {
  const base = mkdtempSync(path.join(os.tmpdir(), 'asg-cfg-'))
  mkdirSync(path.join(base, 'ws', '.github'), { recursive: true })
  writeFileSync(path.join(base, 'outside.yml'), 'version: 1\ngates:\n  code: {}\n')
  return path.join(base, 'ws')
}

describe('hostile config files', () => {
  it('a config symlinked out of the workspace is not read', async () => {
    const w = ws()
    symlinkSync(path.join(w, '..', 'outside.yml'), path.join(w, '.github', 'ai-secure-gates.yml'))
    await expect(loadConfig(w)).rejects.toThrow(/leads through a symlink out of the workspace; it was not read/)
  })

  it('a config linked to /dev/zero is refused at once', async () => {
    const w = ws()
    symlinkSync('/dev/zero', path.join(w, '.github', 'ai-secure-gates.yml'))
    const started = Date.now()
    await expect(loadConfig(w)).rejects.toThrow(/out of the workspace/)
    expect(Date.now() - started).toBeLessThan(2000)
  })

  it('a config that is not a regular file, or too large, is refused', async () => {
    const w = ws()
    mkdirSync(path.join(w, '.github', 'ai-secure-gates.yml'))
    await expect(loadConfig(w)).rejects.toThrow(/not a regular file/)
    const w2 = ws()
    writeFileSync(path.join(w2, 'big.yml'), 'version: 1\n#' + 'x'.repeat(MAX_CONFIG_BYTES))
    await expect(loadConfig(w2, 'big.yml')).rejects.toThrow(/over the 1048576-byte limit/)
  })

  it('waivers and baseline through symlinks out of the workspace are not read', async () => {
    const w = ws()
    symlinkSync(path.join(w, '..', 'outside.yml'), path.join(w, 'waivers.yml'))
    await expect(loadWaivers(w, 'waivers.yml')).rejects.toThrow(/out of the workspace/)
    symlinkSync('/etc/passwd', path.join(w, 'base.json'))
    await expect(loadBaselineFingerprints(w, 'base.json')).rejects.toThrow(/out of the workspace/)
  })

  it('a billion-laughs config names the file', async () => {
    const w = ws()
    const lines = ['a: &a ["x","x","x","x","x","x","x","x","x"]']
    for (let i = 1; i < 10; i++) lines.push(`${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(9).fill('*' + String.fromCharCode(96 + i)).join(',')}]`)
    writeFileSync(path.join(w, '.github', 'ai-secure-gates.yml'), lines.join('\n') + '\n')
    await expect(loadConfig(w)).rejects.toThrow(/^\.github\/ai-secure-gates\.yml: .*alias/i)
  })
})
