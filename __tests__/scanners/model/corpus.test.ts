/**
 * The acceptance test of the model scanner: on the corpus made by scripts/gen-model-corpus.py with
 * real torch, numpy, joblib, scikit-learn and pickle, every malicious file blocks and no benign one does.
 */
import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { isBlocking, scanModelFile } from '../../../src/scanners/model/scan.js'

const ROOT = path.join(process.cwd(), '__tests__/fixtures/models')
const manifest = JSON.parse(readFileSync(path.join(ROOT, 'MANIFEST.json'), 'utf8')) as Record<string, { expect: 'pass' | 'block'; why: string }>
const entries = Object.entries(manifest)

describe('model corpus', () => {
  it('has real benign models and malicious files in every container', () => {
    expect(entries.filter(([, v]) => v.expect === 'pass').length).toBeGreaterThanOrEqual(25)
    expect(entries.filter(([, v]) => v.expect === 'block').length).toBeGreaterThanOrEqual(55)
  })

  it.each(entries)('%s', async (file, v) => {
    const r = await scanModelFile(path.join(ROOT, file), file)
    const explain = JSON.stringify({ why: v.why, format: r.format, issues: r.issues.map((i) => `${i.ruleId} ${i.severity} ${i.member}`), errors: r.errors })
    expect([isBlocking(r), explain]).toEqual([v.expect === 'block', explain])
    if (v.expect === 'pass') {
      expect(r.errors).toEqual([])
      expect(r.globals.filter((g) => g.verdict !== 'safe')).toEqual([])
    }
  })

  it('names the global, the file and the archive member', async () => {
    const r = await scanModelFile(path.join(ROOT, 'malicious/torch_upper_DATA_PKL.pt'), 'm/torch.pt')
    const f = r.issues.find((i) => i.ruleId === 'pickle/dangerous-global')!
    expect(f).toMatchObject({ member: 'archive/DATA.PKL', subject: 'posix.system', severity: 'critical' })
    expect(f.message).toContain('m/torch.pt (member archive/DATA.PKL) imports posix.system')
  })

  it('reports each zip trick by its own rule, and still finds the payload', async () => {
    const rules = async (f: string) => (await scanModelFile(path.join(ROOT, f), f)).issues.map((i) => i.ruleId)
    expect(await rules('malicious/torch_flag_bits.pt')).toEqual(expect.arrayContaining(['archive/flag-bits', 'pickle/dangerous-global']))
    expect(await rules('malicious/torch_bad_crc.pt')).toEqual(expect.arrayContaining(['archive/crc-mismatch', 'pickle/dangerous-global']))
    expect(await rules('malicious/torch_name_mismatch.pt')).toEqual(expect.arrayContaining(['archive/name-mismatch', 'pickle/dangerous-global']))
    expect(await rules('malicious/torch_duplicate.pt')).toEqual(expect.arrayContaining(['archive/ambiguous-duplicate', 'pickle/dangerous-global']))
  })

  it('opens every joblib compression and reads past raw array data', async () => {
    for (const c of ['zlib', 'gzip', 'bz2', 'xz', 'lzma', 'lz4']) {
      const r = await scanModelFile(path.join(ROOT, `malicious/joblib_${c}.joblib`), 'x')
      expect(r.format).toBe(`${c} > joblib`)
      expect(r.globals.map((g) => g.global)).toContain('posix.system')
    }
    const arrays = await scanModelFile(path.join(ROOT, 'malicious/joblib_arrays_then_payload.joblib'), 'x')
    expect(arrays.issues.map((i) => i.subject)).toEqual(['posix.system'])
  })

  it('reads torch storages as raw bytes and checks their sizes against data.pkl', async () => {
    const rules = async (f: string) => (await scanModelFile(path.join(ROOT, f), f)).issues.map((i) => `${i.ruleId} ${i.member}`)
    expect(await rules('malicious/torch_storage_oversized.pt')).toEqual(['torch/storage-mismatch archive/data/0'])
    expect(await rules('malicious/torch_storage_missing.pt')).toEqual(['torch/storage-mismatch archive/data/0'])
    const ok = await scanModelFile(path.join(ROOT, 'benign/storage_holds_pickle_bytes.pt'), 'x')
    expect(ok.members.find((m) => m.format === 'torch-storages')?.note).toMatch(/1 tensor storage.*1 declared, sizes checked/)
    const zst = await scanModelFile(path.join(ROOT, 'malicious/payload.pkl.zst'), 'x')
    expect([zst.format, zst.globals.map((g) => g.global)]).toEqual(['zstd > pickle', ['posix.system']])
  })

  it('keeps the import found before a parse error and reports the error too', async () => {
    const r = await scanModelFile(path.join(ROOT, 'malicious/payload_then_garbage.pkl'), 'x')
    expect(r.issues.map((i) => i.ruleId).sort()).toEqual(['pickle/dangerous-global', 'pickle/parse-error'])
  })

  it('says an LFS pointer is an error, never a pass', async () => {
    const r = await scanModelFile(path.join(ROOT, 'malicious/pytorch_model.bin'), 'pytorch_model.bin')
    expect(r.format).toBe('lfs-pointer')
    expect(r.errors[0]).toMatch(/Git LFS pointer.*lfs: true/)
  })
})
