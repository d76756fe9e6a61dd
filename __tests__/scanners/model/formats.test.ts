import { describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { mkdtempSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { decompress } from '../../../src/scanners/model/decompress.js'
import { decodeLzmaAlone } from '../../../src/scanners/model/lzma.js'
import { parseJsonStrict } from '../../../src/scanners/model/json.js'
import { isBlocking, scanModelBuffer, scanModelFile } from '../../../src/scanners/model/scan.js'
import { BufferSource } from '../../../src/scanners/model/source.js'
import { checkSafetensors } from '../../../src/scanners/model/safetensors.js'

function py(code: string): Buffer {
  return execFileSync('/usr/bin/python3', ['-c', `import sys,io,zipfile,pickle,lzma,os\n${code}`], { maxBuffer: 64 << 20 })
}

function safetensors(header: object | string, data: Buffer): Buffer {
  const h = Buffer.from(typeof header === 'string' ? header : JSON.stringify(header))
  const n = Buffer.alloc(8)
  n.writeBigUInt64LE(BigInt(h.length))
  return Buffer.concat([n, h, data])
}

describe('decoders', () => {
  it('decodes legacy .lzma exactly as Python wrote it, and stops at the output limit', () => {
    const raw = py('sys.stdout.buffer.write(pickle.dumps([list(range(3000)), "ab" * 5000, bytes(range(256)) * 4]))')
    const z = py(`sys.stdout.buffer.write(lzma.compress(${JSON.stringify(raw.toString('latin1'))}.encode('latin1'), format=lzma.FORMAT_ALONE))`)
    expect(decodeLzmaAlone(z, 10 << 20).equals(raw)).toBe(true)
    expect(() => decodeLzmaAlone(z, 1000)).toThrow(/limit/)
    expect(() => decodeLzmaAlone(z.subarray(0, z.length - 20), 10 << 20)).toThrow()
  })

  it('refuses a decompression bomb by ratio and by size', async () => {
    const bomb = py('import gzip\nsys.stdout.buffer.write(gzip.compress(bytes(50 << 20)))')
    await expect(decompress('gzip', bomb, 1 << 30, 100)).rejects.toThrow(/ratio/)
    await expect(decompress('gzip', bomb, 1 << 20, 1e9)).rejects.toThrow(/limit/)
  })
})

describe('zip as torch reads it', () => {
  it('refuses a member that inflates past the ratio limit (zip bomb) as an error, not a pass', async () => {
    const zip = py(`
b = io.BytesIO()
with zipfile.ZipFile(b, 'w', zipfile.ZIP_DEFLATED) as z: z.writestr('big.bin', bytes(20 << 20))
sys.stdout.buffer.write(b.getvalue())`)
    const r = await scanModelBuffer(zip, 'bomb.zip', { limits: { maxRatio: 100 } })
    expect(r.errors.join()).toMatch(/ratio limit/)
    expect(isBlocking(r)).toBe(true)
  })

  it('stops at the nesting limit', async () => {
    const nested = py(`
def z(name, data):
    b = io.BytesIO()
    with zipfile.ZipFile(b, 'w') as f: f.writestr(name, data)
    return b.getvalue()
d = pickle.dumps(1)
for i in range(6): d = z(f'l{i}.zip', d)
sys.stdout.buffer.write(d)`)
    const r = await scanModelBuffer(nested, 'deep.zip', { limits: { maxDepth: 3 } })
    expect(r.errors.join()).toMatch(/nest deeper than 3/)
  })
})

describe('safetensors', () => {
  const data = Buffer.alloc(24)
  const good = { a: { dtype: 'F32', shape: [2, 2], data_offsets: [0, 16] }, b: { dtype: 'I64', shape: [1], data_offsets: [16, 24] } }
  it('accepts a valid header', async () => {
    expect((await checkSafetensors(new BufferSource(safetensors(good, data)))).problems).toEqual([])
  })
  it.each([
    ['a hole', { a: { dtype: 'F32', shape: [2], data_offsets: [8, 16] } }, Buffer.alloc(16), /hole/],
    ['overlap', { a: { dtype: 'F32', shape: [4], data_offsets: [0, 16] }, b: { dtype: 'F32', shape: [2], data_offsets: [8, 16] } }, Buffer.alloc(16), /overlaps/],
    ['a wrong size', { a: { dtype: 'F32', shape: [3], data_offsets: [0, 16] } }, Buffer.alloc(16), /need 12/],
    ['extra bytes', good, Buffer.alloc(40), /data section is 40/],
    ['bad metadata', { __metadata__: { a: 1 } }, Buffer.alloc(0), /strings to strings/]
  ])('rejects %s', async (_n, header, buf, re) => {
    const r = await checkSafetensors(new BufferSource(safetensors(header, buf)))
    expect(r.problems.join('\n')).toMatch(re)
  })
  it('rejects duplicate keys and oversized headers; reports unknown dtypes without judging them', async () => {
    const dup = '{"a":{"dtype":"F32","shape":[1],"data_offsets":[0,4]},"a":{"dtype":"F32","shape":[1],"data_offsets":[0,4]}}'
    expect((await checkSafetensors(new BufferSource(safetensors(dup, Buffer.alloc(4))))).problems.join()).toMatch(/duplicate key/)
    const huge = Buffer.alloc(16)
    huge.writeBigUInt64LE(200_000_000n)
    expect((await checkSafetensors(new BufferSource(huge))).problems.join()).toMatch(/100 MB/)
    const r = await checkSafetensors(new BufferSource(safetensors({ a: { dtype: 'F9', shape: [1], data_offsets: [0, 4] } }, Buffer.alloc(4))))
    expect(r).toMatchObject({ problems: [], unknownDtypes: ['F9'] })
  })
  it('strict JSON refuses what JSON.parse lets through', () => {
    expect(() => parseJsonStrict('{"a":1,"a":2}')).toThrow(/duplicate/)
    expect(() => parseJsonStrict('{"a":1} x')).toThrow(/trailing/)
    expect(parseJsonStrict('{"a":[1,{"b":null}]}')).toEqual({ a: [1, { b: null }] })
  })
})

describe('files on disk', () => {
  it('never follows a symlink', async () => {
    const d = mkdtempSync(path.join(tmpdir(), 'ms-'))
    writeFileSync(path.join(d, 'real.pkl'), py('sys.stdout.buffer.write(pickle.dumps(1))'))
    symlinkSync(path.join(d, 'real.pkl'), path.join(d, 'link.pkl'))
    const r = await scanModelFile(path.join(d, 'link.pkl'), 'link.pkl')
    expect(r.errors.join()).toMatch(/symbolic link/)
  })

  it('calls a text file unknown, not a pickle, and so a pickle-named file that breaks before importing anything (content decides)', async () => {
    expect((await scanModelBuffer(Buffer.from('# Model card\nThis model...\n'), 'README.md')).format).toBe('unknown')
    const broken = await scanModelBuffer(Buffer.from('\x80\x04\x95garbage', 'latin1'), 'model.pkl')
    expect([broken.format, broken.issues, broken.errors]).toEqual(['unknown', [], []])
    expect(broken.members[0].note).toMatch(/not a model format/)
    // one that imports and calls before it breaks is a pickle with a parse error
    const payload = await scanModelBuffer(Buffer.from("cposix\nsystem\n(S'id'\ntR\xff", 'latin1'), 'model.txt')
    expect(payload.issues.map((i) => i.ruleId).sort()).toEqual(['pickle/dangerous-global', 'pickle/parse-error'])
  })

  it('fails every pickle with forbid-pickle, and lets a user allow their own class', async () => {
    const own = py('sys.stdout.buffer.write(b"\\x80\\x02cmypkg.models\\nNet\\n)\\x81.")')
    expect((await scanModelBuffer(own, 'net.pkl')).issues.map((i) => i.ruleId)).toEqual(['pickle/unknown-global'])
    expect((await scanModelBuffer(own, 'net.pkl', { allow: (m, n) => m === 'mypkg.models' && n === 'Net' })).issues).toEqual([])
    const plain = py('sys.stdout.buffer.write(pickle.dumps([1, 2]))')
    expect((await scanModelBuffer(plain, 'p.pkl', { forbidPickle: true })).issues.map((i) => i.ruleId)).toEqual(['model/forbidden-pickle'])
  })

  it('checks ONNX external data paths and GGUF headers', async () => {
    // ModelProto{ ir_version: 8, graph { initializer { external_data { key: "location" value: "../../etc/passwd" } } } }
    const kv = Buffer.concat([Buffer.from([0x0a, 8]), Buffer.from('location'), Buffer.from([0x12, 16]), Buffer.from('../../etc/passwd')])
    const tensor = Buffer.concat([Buffer.from([0x6a, kv.length]), kv])
    const graph = Buffer.concat([Buffer.from([0x2a, tensor.length]), tensor])
    const model = Buffer.concat([Buffer.from([0x08, 8, 0x3a, graph.length]), graph])
    const r = await scanModelBuffer(model, 'm.onnx')
    expect(r.issues.map((i) => i.ruleId)).toEqual(['onnx/external-data-path'])
    const bad = Buffer.concat([Buffer.from('GGUF'), Buffer.from([3, 0, 0, 0]), Buffer.alloc(8, 0xff), Buffer.alloc(8)])
    expect((await scanModelBuffer(bad, 'm.gguf')).issues.map((i) => i.ruleId)).toEqual(['gguf/invalid-header'])
  })
})

describe('Keras HDF5 model config', () => {
  // a version 2 superblock (8-byte offsets) whose end-of-file address is the buffer's size, then the config text
  const h5 = (config: string) => {
    const b = Buffer.concat([Buffer.from('\x89HDF\r\n\x1a\n', 'latin1'), Buffer.alloc(200), Buffer.from(config), Buffer.alloc(64)])
    b.set([2, 8, 8, 0], 8)
    b.writeBigUInt64LE(0xffffffffffffffffn, 20)
    b.writeBigUInt64LE(BigInt(b.length), 28)
    return b
  }

  it('flags a Lambda layer and passes a plain config', async () => {
    const lambda = await scanModelBuffer(h5('{"class_name": "Sequential", "config": {"layers": [{"class_name": "Lambda", "config": {"function": "x"}}]}}'), 'm.h5')
    expect(lambda.issues.map((i) => i.ruleId)).toContain('keras/lambda-layer')
    const plain = await scanModelBuffer(h5('{"class_name": "Sequential", "config": {"layers": [{"class_name": "Dense", "config": {"units": 2}}]}}'), 'm.h5')
    expect(isBlocking(plain)).toBe(false)
  })

  it('a model config that cannot be read is a finding, not clean', async () => {
    const truncated = await scanModelBuffer(h5('{"class_name": "Sequential", "config": {"layers": [{"class_name": "Lam'), 'm.h5')
    expect(truncated.issues.map((i) => i.ruleId)).toContain('keras/invalid-config')
    expect(isBlocking(truncated)).toBe(true)
  })

  it('checks the superblock against the file size', async () => {
    const good = h5('{"class_name": "Sequential", "config": {"layers": []}}')
    const cut = await scanModelBuffer(good.subarray(0, good.length - 10), 'm.h5')
    expect(cut.issues.map((i) => i.ruleId)).toEqual(['hdf5/invalid-header'])
    expect(cut.issues[0].message).toMatch(/ends at byte \d+ but it has \d+ bytes/)
    const bad = Buffer.from(good)
    bad[9] = 3
    expect((await scanModelBuffer(bad, 'm.h5')).issues[0].message).toMatch(/size of offsets 3/)
  })
})

describe('legacy torch tar layout', () => {
  const CORPUS = path.join(process.cwd(), '__tests__/fixtures/models')
  it('scans the pickles of the storages and tensors records, never their raw data', async () => {
    // torch.FloatTensor is what real legacy files name in their tensors record; it is allowed here
    // until the exact allowlist (scanners/pickle/globals.ts) lists it
    const allow = (m: string, n: string) => m === 'torch' && n === 'FloatTensor'
    const ok = await scanModelFile(path.join(CORPUS, 'benign/legacy_tar.pt'), 'legacy.pt', { allow })
    expect([ok.format, ok.issues, ok.errors]).toEqual(['pytorch-legacy-tar', [], []])
    expect(ok.members.map((m) => m.format)).toEqual(expect.arrayContaining(['pytorch-legacy-storages', 'pytorch-legacy-tensors']))
    const hidden = await scanModelFile(path.join(CORPUS, 'malicious/legacy_tar_storage_args.pt'), 'x.pt', { allow })
    expect(hidden.issues.filter((i) => i.severity === 'critical').map((i) => [i.member, i.subject])).toEqual([['storages', 'posix.system']])
  })
})

describe('lz4 and zstd decoders', () => {
  const py = (code: string) => execFileSync('/usr/bin/python3', ['-c', `import sys, lz4.frame, zstandard\n${code}`], { maxBuffer: 64 << 20 })
  it('round-trips what the Python libraries write, multi-frame and with checksums', async () => {
    const data = py("sys.stdout.buffer.write(bytes(range(256)) * 4000)")
    const lz = py("d = bytes(range(256)) * 4000\nsys.stdout.buffer.write(lz4.frame.compress(d[:500000], block_checksum=True, content_checksum=True) + lz4.frame.compress(d[500000:]))")
    expect((await decompress('lz4', lz, 64 << 20, 1e9)).equals(data)).toBe(true)
    const zs = py("d = bytes(range(256)) * 4000\nsys.stdout.buffer.write(zstandard.ZstdCompressor(level=19, write_checksum=True).compress(d))")
    expect((await decompress('zstd', zs, 64 << 20, 1e9)).equals(data)).toBe(true)
  })
  it('stops at the output limit, refuses a huge zstd window before allocating it, and names corruption', async () => {
    const lz = py("sys.stdout.buffer.write(lz4.frame.compress(bytes(10 << 20)))")
    await expect(decompress('lz4', lz, 1 << 20, 1e9)).rejects.toThrow(/lz4 stream inflates past the 1048576-byte limit/)
    await expect(decompress('lz4', lz.subarray(0, lz.length - 20), 64 << 20, 1e9)).rejects.toThrow(/lz4 stream is corrupt/)
    // a single-segment frame declaring 1 GiB of content: 9 bytes of header, no data
    const forged = Buffer.from([0x28, 0xb5, 0x2f, 0xfd, 0xa0, 0x00, 0x00, 0x00, 0x40, 0x01, 0x00, 0x00])
    await expect(decompress('zstd', forged, 1 << 20, 1e9)).rejects.toThrow(/declares a 1073741824-byte window, over the 1048576-byte limit/)
    const zs = py("sys.stdout.buffer.write(zstandard.ZstdCompressor().compress(bytes(10 << 20)))")
    await expect(decompress('zstd', zs, 16 << 20, 100)).rejects.toThrow(/ratio limit/)
  })
})
