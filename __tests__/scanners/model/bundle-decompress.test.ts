/**
 * The decoders must work in the bundle, not only from the sources: ncc rewrites module interop
 * (xz-decompress once failed only there). This runs the BUNDLED CLI (dist/cli/index.js) on one
 * joblib file of each compression, plus a zstd-wrapped pickle. It builds nothing: .ci/run runs
 * `npm run bundle` before the tests; locally run `npm run bundle` first.
 */
import { describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import path from 'node:path'

const CLI = path.join(process.cwd(), 'dist/cli/index.js')
const CORPUS = path.join(process.cwd(), '__tests__/fixtures/models')

describe('bundled CLI decompression', () => {
  it('reads every joblib compression and zstd through dist/cli/index.js', () => {
    if (!existsSync(CLI)) throw new Error(`${CLI} is missing: run "npm run bundle" before this test (.ci/run does)`)
    const files = ['zlib', 'gzip', 'bz2', 'xz', 'lzma', 'lz4'].map((c) => `malicious/joblib_${c}.joblib`).concat(['malicious/payload.pkl.zst', 'benign/forest_xz.joblib', 'benign/forest_lz4.joblib', 'benign/arrays.pkl.zst'])
    let out: string
    try {
      out = execFileSync(process.execPath, [CLI, 'scan-models', '--format', 'json', ...files.map((f) => path.join(CORPUS, f))], { encoding: 'utf8', timeout: 60_000 })
    } catch (e) {
      out = (e as { stdout?: string }).stdout ?? ''
    }
    const report = JSON.parse(out) as { files: Array<{ path: string; format: string; outcome: string; globals: Array<{ global: string }> }> }
    const got = report.files.map((f) => [path.basename(f.path), f.format, f.outcome, f.globals.some((g) => g.global === 'posix.system')])
    expect(got).toEqual([
      ['joblib_zlib.joblib', 'zlib > joblib', 'fail', true],
      ['joblib_gzip.joblib', 'gzip > joblib', 'fail', true],
      ['joblib_bz2.joblib', 'bz2 > joblib', 'fail', true],
      ['joblib_xz.joblib', 'xz > joblib', 'fail', true],
      ['joblib_lzma.joblib', 'lzma > joblib', 'fail', true],
      ['joblib_lz4.joblib', 'lz4 > joblib', 'fail', true],
      ['payload.pkl.zst', 'zstd > pickle', 'fail', true],
      ['forest_xz.joblib', 'xz > joblib', 'pass', false],
      ['forest_lz4.joblib', 'lz4 > joblib', 'pass', false],
      ['arrays.pkl.zst', 'zstd > pickle', 'pass', false]
    ])
  })
})
