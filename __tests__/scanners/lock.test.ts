import { afterAll, describe, expect, it } from '@jest/globals'
import { execFileSync, spawnSync } from 'node:child_process'
import { createHash, randomBytes } from 'node:crypto'
import { existsSync, readFileSync, symlinkSync, unlinkSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { ConfigError } from '../../src/engine/errors.js'
import { shutdownHashPool } from '../../src/scanners/hash.js'
import { parseLockText, readLock, verifyLock, writeLock } from '../../src/scanners/lock.js'
import { tempWorkspaces } from '../support/temp-workspace.js'

const sha = (b: Buffer | string) => createHash('sha256').update(b).digest('hex')
const hasSha256sum = spawnSync('sha256sum', ['--version']).status === 0
const { ws, cleanup } = tempWorkspaces('asg-lock-')

afterAll(async () => {
  await shutdownHashPool()
  cleanup()
})

const big = randomBytes(3 * (1 << 20) + 5)
const base = () => ({ 'models/net.safetensors': big, 'models/clf.pkl': 'pickle bytes', 'models/sub/tok.json': '{"a":1}' })
const verify = (workspace: string, extra: Partial<Parameters<typeof verifyLock>[0]> = {}) =>
  verifyLock({ workspace, lockPath: 'models.lock.json', paths: ['models'], gate: 'models', ...extra })

describe('writeLock', () => {
  it('writes a sorted, stable JSON lock with workspace-relative paths', async () => {
    const w = ws(base())
    const r = await writeLock({ workspace: w, lockPath: 'models.lock.json', paths: ['models'] })
    expect(r.written).toBe(3)
    const text = readFileSync(path.join(w, 'models.lock.json'), 'utf8')
    const json = JSON.parse(text)
    expect(json).toEqual({
      version: 1,
      algorithm: 'sha256',
      files: {
        'models/clf.pkl': { sha256: sha('pickle bytes'), size: 12 },
        'models/net.safetensors': { sha256: sha(big), size: big.length },
        'models/sub/tok.json': { sha256: sha('{"a":1}'), size: 7 }
      }
    })
    expect(Object.keys(json.files)).toEqual([...Object.keys(json.files)].sort())
    expect(text.endsWith('}\n')).toBe(true)
    await writeLock({ workspace: w, lockPath: 'models.lock.json', paths: ['models'] })
    expect(readFileSync(path.join(w, 'models.lock.json'), 'utf8')).toBe(text)
  })

  it('does not lock itself when the lock lives under the locked folder, and honours exclude', async () => {
    const w = ws({ ...base(), 'models/README.md': 'doc' })
    const r = await writeLock({ workspace: w, lockPath: 'models/models.lock.json', paths: ['models'], exclude: ['**/*.md'] })
    expect(Object.keys(r.lock.files)).toEqual(['models/clf.pkl', 'models/net.safetensors', 'models/sub/tok.json'])
    const v = await verify(w, { lockPath: 'models/models.lock.json', exclude: ['**/*.md'] })
    expect(v).toMatchObject({ findings: [], errors: [] })
  })

  it('refuses symlinks, an empty folder, and a lock path that is a symlink', async () => {
    const w = ws(base())
    symlinkSync('/etc/passwd', path.join(w, 'models/evil'))
    await expect(writeLock({ workspace: w, lockPath: 'models.lock.json', paths: ['models'] })).rejects.toThrow(/symlinks under models are not followed and cannot be locked: models\/evil/)
    const e = ws({ 'other/x': 'x' })
    await expect(writeLock({ workspace: e, lockPath: 'models.lock.json', paths: ['models'] })).rejects.toThrow(/no files found under models/)
    const l = ws(base())
    symlinkSync('/tmp/somewhere-else.json', path.join(l, 'models.lock.json'))
    await expect(writeLock({ workspace: l, lockPath: 'models.lock.json', paths: ['models'] })).rejects.toThrow(/symlink; refusing to write through it/)
    await expect(writeLock({ workspace: l, lockPath: '../out.json', paths: ['models'] })).rejects.toThrow(/outside the workspace/)
    const outside = ws({})
    symlinkSync(outside, path.join(l, 'locks'))
    await expect(writeLock({ workspace: l, lockPath: 'locks/sub/m.lock.json', paths: ['models'] })).rejects.toThrow(/outside the workspace/)
    expect(existsSync(path.join(outside, 'sub'))).toBe(false)
  })

  it('records a Git LFS pointer by its oid and size (the content digest)', async () => {
    const content = 'the real model weights'
    const ptr = `version https://git-lfs.github.com/spec/v1\noid sha256:${sha(content)}\nsize ${content.length}\n`
    const w = ws({ 'models/big.bin': ptr })
    const r = await writeLock({ workspace: w, lockPath: 'models.lock.json', paths: ['models'] })
    expect(r.lfsPointers).toEqual(['models/big.bin'])
    expect(r.lock.files['models/big.bin']).toEqual({ sha256: sha(content), size: content.length })
  })

  it('keeps the manifest format when refreshing a sha256sum manifest', async () => {
    const w = ws(base())
    writeFileSync(path.join(w, 'models/SHA256SUMS'), `${sha('old')}  clf.pkl\n`)
    const r = await writeLock({ workspace: w, lockPath: 'models/SHA256SUMS', paths: ['models'] })
    expect(r.format).toBe('manifest')
    expect(readFileSync(path.join(w, 'models/SHA256SUMS'), 'utf8')).toBe(
      `${sha('pickle bytes')}  clf.pkl\n${sha(big)}  net.safetensors\n${sha('{"a":1}')}  sub/tok.json\n`
    )
    expect(await verify(w, { lockPath: 'models/SHA256SUMS' })).toMatchObject({ findings: [], errors: [] })
  })
})

describe('verifyLock', () => {
  async function locked(): Promise<string> {
    const w = ws(base())
    await writeLock({ workspace: w, lockPath: 'models.lock.json', paths: ['models'] })
    return w
  }

  it('passes an untouched tree with one passing check per file', async () => {
    const w = await locked()
    const r = await verify(w)
    expect(r.findings).toEqual([])
    expect(r.errors).toEqual([])
    expect(r.checks.map((c) => [c.name, c.target, c.outcome])).toEqual([
      ['hash-lock', 'models/clf.pkl', 'pass'],
      ['hash-lock', 'models/net.safetensors', 'pass'],
      ['hash-lock', 'models/sub/tok.json', 'pass']
    ])
    expect(r.checks[1].details).toEqual({ expected: sha(big), actual: sha(big), size: big.length })
  })

  it('fails a single tampered byte with both digests shown (large file, worker path)', async () => {
    const w = await locked()
    const tampered = Buffer.from(big)
    tampered[1_234_567] ^= 0x01
    writeFileSync(path.join(w, 'models/net.safetensors'), tampered)
    const r = await verify(w)
    expect(r.errors).toEqual([])
    expect(r.findings).toHaveLength(1)
    const f = r.findings[0]
    expect(f).toMatchObject({ ruleId: 'lock/hash-mismatch', severity: 'critical', location: { path: 'models/net.safetensors', startLine: null } })
    expect(f.message).toContain(sha(big))
    expect(f.message).toContain(sha(tampered))
    expect(f.message).toContain('npx ai-secure-gates lock models')
    expect(f.properties).toMatchObject({ expected: sha(big), actual: sha(tampered), size: big.length })
    expect(r.checks.find((c) => c.target === 'models/net.safetensors')).toEqual({
      name: 'hash-lock',
      target: 'models/net.safetensors',
      outcome: 'fail',
      details: { expected: sha(big), actual: sha(tampered), size: big.length }
    })
  })

  it('reports missing and unlisted files', async () => {
    const w = await locked()
    unlinkSync(path.join(w, 'models/clf.pkl'))
    writeFileSync(path.join(w, 'models/extra.pkl'), 'new')
    const r = await verify(w)
    expect(r.findings.map((f) => [f.ruleId, f.severity, f.location.path])).toEqual([
      ['lock/unlisted-file', 'high', 'models/extra.pkl'],
      ['lock/missing-file', 'high', 'models/clf.pkl']
    ])
    expect(r.findings[0].message).toContain(sha('new'))
    expect(r.findings[1].message).toContain(sha('pickle bytes'))
    expect(r.checks.filter((c) => c.outcome === 'fail').map((c) => c.target).sort()).toEqual(['models/clf.pkl', 'models/extra.pkl'])
  })

  it('is an error, not a pass, when the lock is missing, naming the command to run', async () => {
    const w = ws(base())
    const r = await verify(w, { gate: 'data', lockPath: 'data.lock.json' })
    expect(r.errors).toEqual([expect.stringMatching(/Lock file data\.lock\.json not found: run `npx ai-secure-gates lock data`/)])
    expect(r.checks).toEqual([])
  })

  it('is an error, not a pass, when there is nothing to verify', async () => {
    const w = ws({ 'models.lock.json': '{"version":1,"algorithm":"sha256","files":{}}' })
    expect((await verify(w)).errors).toEqual([expect.stringMatching(/nothing to verify: no files under models and none listed in models\.lock\.json/)])
  })

  it('is an error when the lock is not valid, with file and line', async () => {
    const w = ws({ ...base(), 'models.lock.json': '{\n  "version": 1,\n  "algorithm": "sha256",\n  "files": {\n    "models/clf.pkl": { "sha256": "abc", "size": 1 }\n  }\n}\n' })
    const r = await verify(w)
    expect(r.errors[0]).toMatch(/^models\.lock\.json:5: files\.models\/clf\.pkl\.sha256: sha256 must be 64 hexadecimal digits/)
    writeFileSync(path.join(w, 'models.lock.json'), '{\n  "version": 1,\n  oops\n}')
    expect((await verify(w)).errors[0]).toMatch(/^models\.lock\.json:3: not valid JSON/)
  })

  it('does not follow a symlink out of the workspace: it is a finding, its target is never hashed', async () => {
    const outside = ws({ 'secret.txt': 'runner secret' })
    const w = await locked()
    symlinkSync(path.join(outside, 'secret.txt'), path.join(w, 'models/evil.pkl'))
    symlinkSync(outside, path.join(w, 'models/linkdir'))
    const r = await verify(w)
    const sym = r.findings.filter((f) => f.ruleId === 'lock/symlink')
    expect(sym.map((f) => f.location.path)).toEqual(['models/evil.pkl', 'models/linkdir'])
    expect(sym[0].severity).toBe('high')
    expect(JSON.stringify(r)).not.toContain(sha('runner secret'))
    expect(r.checks.filter((c) => c.details.symlink).map((c) => c.outcome)).toEqual(['fail', 'fail'])
  })

  it('does not walk into a symlinked folder above a configured path', async () => {
    const outside = ws({ 'sub/secret.bin': 'runner secret' })
    const w = ws({ 'models.lock.json': '{"version":1,"algorithm":"sha256","files":{}}' })
    symlinkSync(outside, path.join(w, 'link'))
    const r = await verify(w, { paths: ['link/sub'] })
    expect(r.errors).toEqual([expect.stringMatching(/resolves through a symlink .* outside the workspace; it was not read/)])
    expect(JSON.stringify(r)).not.toContain(sha('runner secret'))
    await expect(writeLock({ workspace: w, lockPath: 'x.lock.json', paths: ['link/sub/**'] })).rejects.toThrow(/outside the workspace/)
  })

  it('refuses a lock file that is a symlink and lock paths that leave the workspace', async () => {
    const outside = ws({ 'l.json': '{"version":1,"algorithm":"sha256","files":{}}' })
    const w = ws(base())
    symlinkSync(path.join(outside, 'l.json'), path.join(w, 'models.lock.json'))
    expect((await verify(w)).errors[0]).toMatch(/is a symlink; it was not followed/)
    expect(() => parseLockText(`${sha('x')}  ../../etc/passwd\n`, 'SUMS')).toThrow(/SUMS:1: "..\/..\/etc\/passwd" is outside the workspace/)
    expect(() => parseLockText(`${sha('x')}  /etc/passwd\n`, 'SUMS')).toThrow(/SUMS:1: "\/etc\/passwd" is an absolute path/)
    expect(() => parseLockText(JSON.stringify({ version: 1, algorithm: 'sha256', files: { '../x': { sha256: sha('x'), size: 1 } } }), 'l.json')).toThrow(ConfigError)
  })

  describe('Git LFS pointers in the workspace', () => {
    const content = Buffer.from('real weights that were never fetched')
    const ptr = (oid: string) => `version https://git-lfs.github.com/spec/v1\noid sha256:${oid}\nsize ${content.length}\n`

    it('is an error telling to enable LFS, and says when the pointer matches the lock', async () => {
      const w = ws({ 'models/w.bin': content })
      await writeLock({ workspace: w, lockPath: 'models.lock.json', paths: ['models'] })
      writeFileSync(path.join(w, 'models/w.bin'), ptr(sha(content)))
      const r = await verify(w)
      expect(r.findings).toEqual([])
      expect(r.errors).toHaveLength(1)
      expect(r.errors[0]).toMatch(/^models\/w\.bin is a Git LFS pointer, not the file: enable LFS in checkout \(actions\/checkout with lfs: true\)\./)
      expect(r.errors[0]).toMatch(/oid matches models\.lock\.json/)
      expect(r.checks[0]).toMatchObject({ target: 'models/w.bin', outcome: 'error' })
    })

    it('also reports a mismatch when the pointer names other content than the lock', async () => {
      const w = ws({ 'models/w.bin': content })
      await writeLock({ workspace: w, lockPath: 'models.lock.json', paths: ['models'] })
      writeFileSync(path.join(w, 'models/w.bin'), ptr(sha('swapped')))
      const r = await verify(w)
      expect(r.errors[0]).toMatch(/Git LFS pointer.*does not match models\.lock\.json/)
      expect(r.findings).toMatchObject([{ ruleId: 'lock/hash-mismatch', properties: { expected: sha(content), actual: sha('swapped'), lfsPointer: true } }])
    })

    it('passes a real file whose lock entry came from its LFS pointer oid', async () => {
      const w = ws({ 'models/w.bin': ptr(sha(content)) })
      await writeLock({ workspace: w, lockPath: 'models.lock.json', paths: ['models'] })
      writeFileSync(path.join(w, 'models/w.bin'), content) // LFS content fetched
      expect(await verify(w)).toMatchObject({ findings: [], errors: [], checks: [{ outcome: 'pass' }] })
    })
  })
})

describe('sha256sum manifests', () => {
  it('parses GNU text/binary lines, escaped names, the BSD --tag form, comments and CRLF', () => {
    const a = sha('a')
    const text = `# made by sha256sum\r\n${a}  models/a.bin\r\n${sha('b')} *models/b.bin\n\\${sha('c')}  models/we\\\\ird\\nname\nSHA256 (models/d.bin) = ${sha('d').toUpperCase()}\nSHA2-256(models/e.bin)= ${sha('e')}\n\n`
    const lock = parseLockText(text, 'SUMS')
    expect(lock.files).toEqual({
      'models/a.bin': { sha256: a, size: -1 },
      'models/b.bin': { sha256: sha('b'), size: -1 },
      'models/d.bin': { sha256: sha('d'), size: -1 },
      'models/e.bin': { sha256: sha('e'), size: -1 },
      'models/we\\ird\nname': { sha256: sha('c'), size: -1 }
    })
  })

  it('resolves manifest paths relative to the manifest folder', () => {
    expect(Object.keys(parseLockText(`${sha('a')}  ./a.bin\n${sha('b')}  ../data/b.csv\n`, 'models/SHA256SUMS', 'models').files)).toEqual(['data/b.csv', 'models/a.bin'])
  })

  it('names the file and line of a bad line, and says when a digest is not SHA-256', () => {
    expect(() => parseLockText(`${sha('a')}  a\nnot a line\n`, 'm.sha256')).toThrow(/^m\.sha256:2: not a sha256sum line/)
    expect(() => parseLockText(`${'0'.repeat(32)}  a\n`, 'm.sha256')).toThrow(/m\.sha256:1: the digest has 32 hex digits, not 64 \(32 hex digits looks like MD5/)
    expect(() => parseLockText(`MD5 (a) = ${'0'.repeat(32)}\n`, 'm.sha256')).toThrow(/m\.sha256:1: a MD5 line; only SHA-256/)
    expect(() => parseLockText(`${sha('a')}  a\n${sha('b')}  ./a\n`, 'm.sha256')).toThrow(/m\.sha256:2: a is listed twice with different digests/)
    expect(() => parseLockText('# only a comment\n', 'm.sha256')).toThrow(/m\.sha256: no entries/)
    expect(() => parseLockText('', 'm.sha256')).toThrow(/empty/)
  })

  ;(hasSha256sum ? it : it.skip)(`accepts a manifest made by the real sha256sum (text and --tag)${hasSha256sum ? '' : ' (skipped: sha256sum not installed)'}`, async () => {
    const w = ws(base())
    const files = ['models/clf.pkl', 'models/net.safetensors', 'models/sub/tok.json']
    writeFileSync(path.join(w, 'SHA256SUMS'), execFileSync('sha256sum', files, { cwd: w }))
    expect(await verify(w, { lockPath: 'SHA256SUMS' })).toMatchObject({ findings: [], errors: [] })
    writeFileSync(path.join(w, 'tagged.sha256'), execFileSync('sha256sum', ['--tag', ...files], { cwd: w }))
    expect(await verify(w, { lockPath: 'tagged.sha256' })).toMatchObject({ findings: [], errors: [] })
    writeFileSync(path.join(w, 'models/inner.sha256'), execFileSync('sha256sum', ['-b', 'clf.pkl', 'net.safetensors', 'sub/tok.json'], { cwd: path.join(w, 'models') }))
    expect(await verify(w, { lockPath: 'models/inner.sha256' })).toMatchObject({ findings: [], errors: [] })
    unlinkSync(path.join(w, 'models/inner.sha256'))
    // and a tampered file against it shows both digests
    writeFileSync(path.join(w, 'models/clf.pkl'), 'pickle bytez')
    const r = await verify(w, { lockPath: 'SHA256SUMS' })
    expect(r.findings).toMatchObject([{ ruleId: 'lock/hash-mismatch', properties: { expected: sha('pickle bytes'), actual: sha('pickle bytez') } }])
    expect(r.findings[0].message).not.toMatch(/-1 bytes/)
  })

  it('readLock reads a manifest relative to its folder and refuses a missing file with the command', async () => {
    const w = ws({ 'data/SHA256SUMS': `${sha('x')}  train.csv\n` })
    expect((await readLock(w, 'data/SHA256SUMS')).files).toEqual({ 'data/train.csv': { sha256: sha('x'), size: -1 } })
    await expect(readLock(w, 'nope.json')).rejects.toMatchObject({ code: 'CONFIG_NOT_FOUND', message: expect.stringMatching(/npx ai-secure-gates lock/) })
  })
})
