import { describe, expect, it } from '@jest/globals'
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { realInside, resolveInside, walkFiles } from '../../src/engine/paths.js'

function tree(): { ws: string; outside: string } {
  const base = mkdtempSync(path.join(os.tmpdir(), 'asg-paths-'))
  const ws = path.join(base, 'ws')
  const outside = path.join(base, 'outside')
  mkdirSync(path.join(ws, 'src', 'pkg'), { recursive: true })
  mkdirSync(path.join(outside, 'sub'), { recursive: true })
  writeFileSync(path.join(ws, 'src', 'a.py'), 'a')
  writeFileSync(path.join(ws, 'src', 'pkg', 'b.py'), 'b')
  writeFileSync(path.join(outside, 'secret.txt'), 'x')
  writeFileSync(path.join(outside, 'sub', 'secret2.txt'), 'y')
  symlinkSync(outside, path.join(ws, 'link'))
  symlinkSync(path.join(outside, 'secret.txt'), path.join(ws, 'src', 'file-link'))
  return { ws, outside }
}

describe('workspace paths', () => {
  it('walks files without following symlinks, and reports them', async () => {
    const { ws } = tree()
    const r = await walkFiles(ws)
    expect(r.files).toEqual(['src/a.py', 'src/pkg/b.py'])
    expect(r.symlinks).toEqual(['link', 'src/file-link'])
  })

  it('does not walk a root below a symlinked folder', async () => {
    const { ws } = tree()
    const r = await walkFiles(ws, { include: ['link/sub', 'src'] })
    expect(r.files).toEqual(['src/a.py', 'src/pkg/b.py'])
    expect(r.symlinks).toContain('link/sub')
  })

  it('applies include globs and excludes', async () => {
    const { ws } = tree()
    expect((await walkFiles(ws, { include: ['src/**/*.py'], exclude: ['src/pkg'] })).files).toEqual(['src/a.py'])
  })

  it('refuses paths outside the workspace, also through symlinks', async () => {
    const { ws } = tree()
    expect(() => resolveInside(ws, '../outside', 'x')).toThrow(/outside the workspace/)
    await expect(realInside(ws, 'link/secret.txt', 'x')).rejects.toThrow(/resolves through a symlink .* outside the workspace/)
    await expect(realInside(ws, 'src/a.py', 'x')).resolves.toMatch(/a\.py$/)
  })
})
