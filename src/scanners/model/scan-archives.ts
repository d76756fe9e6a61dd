/**
 * Archive formats of the model scanner: zip (PyTorch, TorchScript, Keras, NumPy .npz and plain
 * zips) and tar (PyTorch's legacy layout and plain tars). Each member is scanned again by the
 * Scanner (scan.ts), which loads this module on the first archive it meets: a plain pickle never
 * needs it (CLI start-up, issue 10).
 */
import { checkKerasConfig } from './keras.js'
import { parseJsonStrict } from './json.js'
import { LimitError } from './limits.js'
import { joinMember as join, where } from './member-names.js'
import type { Scanner } from './scan.js'
import { BufferSource, SliceSource, type Source } from './source.js'
import { readTarEntries } from './tar.js'
import { legacyTarSections, storageDeclarations, torchMemberRole, torchPrefix, type DeclResult } from './torch.js'
import { readZipDirectory, readZipMember, type ZipEntry } from './zip.js'
import { scanPickle } from '../pickle/vm.js'
import { nowMs } from '../clock.js'

export async function scanZip(s: Scanner, src: Source, member: string, depth: number, nameHint: string, chain: string): Promise<void> {
  if (depth >= s.limits.maxDepth) throw new LimitError(`${where(s.res.path, member)}: archives nest deeper than ${s.limits.maxDepth}`)
  let dir
  try {
    dir = await readZipDirectory(src, s.limits)
  } catch (e) {
    if (e instanceof LimitError) throw new LimitError(`${where(s.res.path, member)}: ${e.message}`)
    s.member(member, chain + 'zip', src.size)
    s.issue({ ruleId: 'archive/invalid-zip', severity: 'high', member, subject: 'zip', message: `${where(s.res.path, member)} starts like a zip archive but cannot be read as one: ${(e as Error).message}` })
    return
  }
  const names = dir.entries.map((e) => e.name)
  const torch = names.some((n) => /(^|\/)data\.pkl$/i.test(n))
  // torch.serialization._is_torchscript_zip: a constants.pkl record makes torch.load hand the archive to torch.jit.load
  const torchScript = torch && names.some((n) => /^[^/]*\/constants\.pkl$/i.test(n))
  const keras = names.includes('config.json') && (names.includes('metadata.json') || /\.keras$/i.test(nameHint))
  const npz = !torch && names.length > 0 && names.every((n) => /\.npy$/i.test(n) || n.endsWith('/'))
  const format = torchScript ? 'torchscript-zip' : torch ? 'pytorch-zip' : keras ? 'keras' : npz ? 'npz' : 'zip'
  s.member(member, chain + format, src.size, `${dir.entries.length} entries`)
  for (const i of dir.issues) {
    s.issue({ ruleId: i.rule, severity: i.rule === 'archive/unsafe-path' ? 'medium' : 'high', member: join(member, i.member), subject: i.rule, message: `${s.res.path}: ${i.message}` })
  }
  const prefix = torch ? torchPrefix(names) : ''
  const storages = new Map<string, ZipEntry>()
  // storages declared by data.pkl live in data/, those of a TorchScript constants.pkl in constants/
  const declared: Array<{ folder: string; decl: DeclResult }> = []
  let skipped = 0
  for (const en of dir.entries) {
    s.checkTime()
    if (en.name.endsWith('/') && en.size === 0) continue
    const m = join(member, en.name)
    const role = torch ? torchMemberRole(en.name, prefix) : 'other'
    if (role === 'storage') {
      // raw tensor bytes: torch maps them, never unpickles them, so they are not read (only sized)
      storages.set(en.name.toLowerCase(), en)
      continue
    }
    if (role === 'record' || role === 'code') {
      skipped++
      continue
    }
    if (en.dataOffset < 0) {
      s.issue({ ruleId: 'archive/unreadable-member', severity: 'high', member: m, subject: 'unreadable', message: `${where(s.res.path, m)} cannot be located in the archive, so it was not scanned` })
      continue
    }
    let data: Source
    if (en.method === 0 && en.compressedSize > 64 * 1024 * 1024) {
      data = new SliceSource(src, en.dataOffset, en.compressedSize)
    } else {
      let got
      try {
        got = await readZipMember(src, en, s.limits, s.budget)
      } catch (e) {
        if (e instanceof LimitError) throw new LimitError(`${where(s.res.path, m)}: ${e.message}`)
        s.issue({ ruleId: 'archive/unreadable-member', severity: 'high', member: m, subject: 'unreadable', message: `${where(s.res.path, m)} cannot be read: ${(e as Error).message}; it was not scanned` })
        continue
      }
      if (!got.crcOk) {
        s.issue({ ruleId: 'archive/crc-mismatch', severity: 'high', member: m, subject: 'crc', message: `${where(s.res.path, m)} does not match its CRC-32: Python's zipfile refuses it while torch loads it (CVE-2025-10156); scanned as torch would read it` })
      }
      data = new BufferSource(got.data)
    }
    if (keras && en.name === 'config.json') {
      await kerasConfig(s, data, m, chain)
      continue
    }
    if (role === 'pickle') {
      // torch unpickles it whatever its first bytes look like
      if (data.size > s.limits.maxPickleBytes) throw new LimitError(`${where(s.res.path, m)}: ${data.size} bytes is over the ${s.limits.maxPickleBytes}-byte limit for a pickle stream; raise limits.max-pickle-mb or convert it to safetensors`)
      const buf = await data.read(0, data.size)
      s.pickleBuffer(buf, 0, buf.length, m, chain, depth + 1, en.name, undefined, true, undefined, torchScript)
      const rec = en.name.slice(prefix.length).toLowerCase()
      if (en.name.toLowerCase().startsWith(prefix.toLowerCase()) && (rec === 'data.pkl' || rec === 'constants.pkl')) declared.push({ folder: rec === 'data.pkl' ? 'data' : 'constants', decl: storageDeclarations(buf) })
      continue
    }
    await s.scan(data, m, depth + 1, en.name, chain ? chain : '')
  }
  if (torch) checkStorages(s, member, prefix, storages, declared, skipped)
}

/** Each storage data.pkl (or constants.pkl) declares is a member of exactly numel x element-size bytes. */
function checkStorages(s: Scanner, member: string, prefix: string, storages: Map<string, ZipEntry>, declared: Array<{ folder: string; decl: DeclResult }>, skipped: number): void {
  const notes = [`${storages.size} tensor storage(s) (raw bytes, never unpickled)`]
  if (skipped) notes.push(`${skipped} record(s) torch does not unpickle`)
  const seen = new Set<string>()
  let count = 0
  for (const { folder, decl } of declared) {
    if (!decl.ok) {
      notes.push(`sizes of ${folder}/ not checked: ${decl.reason}`)
      continue
    }
    const pkl = join(member, `${prefix}${folder}.pkl`)
    for (const d of decl.storages.values()) {
      count++
      const rel = `${prefix}${folder}/${d.key}`
      seen.add(rel.toLowerCase())
      const en = storages.get(rel.toLowerCase())
      const m = join(member, rel)
      if (!en) {
        s.issue({ ruleId: 'torch/storage-mismatch', severity: 'high', member: m, subject: `missing ${folder}/${d.key}`, message: `${where(s.res.path, pkl)} declares storage ${JSON.stringify(d.key)} (${d.type}, ${d.numel} elements) but the archive has no member ${rel}: the file is not what torch writes` })
      } else if (d.bytes !== null && en.size !== d.bytes) {
        s.issue({ ruleId: 'torch/storage-mismatch', severity: 'high', member: m, subject: `size ${folder}/${d.key}`, message: `${where(s.res.path, m)} is ${en.size} bytes but ${folder}.pkl declares ${d.numel} x ${d.type} = ${d.bytes} bytes: the file is not what torch writes (extra bytes can hide another payload)` })
      } else if (en.method !== 0 && en.compressedSize > 0 && en.size / en.compressedSize > s.limits.maxRatio) {
        s.issue({ ruleId: 'archive/compression-ratio', severity: 'medium', member: m, subject: `ratio ${folder}/${d.key}`, message: `${where(s.res.path, m)} is a storage deflated ${Math.round(en.size / en.compressedSize)}:1 (torch.save stores storages uncompressed)` })
      }
    }
  }
  if (!declared.length && storages.size) notes.push('storage sizes not checked: no data.pkl read')
  for (const [name, en] of storages) {
    if (seen.has(name) || declared.some((d) => !d.decl.ok)) continue
    s.issue({ ruleId: 'torch/undeclared-storage', severity: 'low', member: join(member, en.name), subject: `undeclared ${name}`, message: `${where(s.res.path, join(member, en.name))} is not declared by data.pkl, so torch never reads it` })
  }
  if (declared.some((d) => d.decl.ok)) notes.push(`${count} declared, sizes checked`)
  s.res.members.push({ member: join(member, `${prefix}data/`), format: 'torch-storages', size: storages.size, note: notes.join('; ') })
}

async function kerasConfig(s: Scanner, src: Source, member: string, chain: string): Promise<void> {
  const text = (await src.read(0, Math.min(src.size, 256 * 1024 * 1024))).toString('utf8')
  s.member(member, chain + 'keras-config', src.size)
  let cfg: unknown
  try {
    cfg = parseJsonStrict(text)
  } catch (e) {
    s.issue({ ruleId: 'keras/invalid-config', severity: 'high', member, subject: 'config', message: `${where(s.res.path, member)} is not valid JSON: ${(e as Error).message}` })
    return
  }
  for (const i of checkKerasConfig(cfg, s.opts.allow)) s.issue({ ruleId: i.rule, severity: i.severity, member, subject: i.subject, message: `${where(s.res.path, member)}: ${i.message}` })
}

export async function scanTar(s: Scanner, src: Source, member: string, depth: number, chain: string): Promise<void> {
  if (depth >= s.limits.maxDepth) throw new LimitError(`${where(s.res.path, member)}: archives nest deeper than ${s.limits.maxDepth}`)
  let entries
  try {
    entries = await readTarEntries(src, s.limits)
  } catch (e) {
    if (e instanceof LimitError) throw e
    s.member(member, chain + 'tar', src.size)
    s.issue({ ruleId: 'archive/invalid-tar', severity: 'high', member, subject: 'tar', message: `${where(s.res.path, member)} is a tar archive that cannot be read: ${(e as Error).message}` })
    return
  }
  const legacy = entries.some((e) => e.name === 'pickle') && entries.some((e) => e.name === 'storages')
  s.member(member, chain + (legacy ? 'pytorch-legacy-tar' : 'tar'), src.size, `${entries.length} entries`)
  const seen = new Map<string, number>()
  for (const e of entries) {
    const k = e.name.toLowerCase()
    seen.set(k, (seen.get(k) ?? 0) + 1)
    const m = join(member, e.name)
    if (/(^|[\\/])\.\.([\\/]|$)/.test(e.name) || e.name.startsWith('/')) {
      s.issue({ ruleId: 'archive/unsafe-path', severity: 'medium', member: m, subject: 'archive/unsafe-path', message: `${s.res.path}: member name ${JSON.stringify(e.name)} points outside the extraction folder` })
    }
    if (e.type === '1' || e.type === '2') {
      s.issue({ ruleId: 'archive/link-member', severity: 'medium', member: m, subject: e.linkName, message: `${where(s.res.path, m)} is a ${e.type === '2' ? 'symbolic' : 'hard'} link to ${JSON.stringify(e.linkName)}; extracting it can write or read outside the target folder` })
      continue
    }
    if (e.type !== '0' && e.type !== '7') continue
    if (legacy && (e.name === 'storages' || e.name === 'tensors')) {
      await legacySection(s, new SliceSource(src, e.dataOffset, e.size), m, e.name, chain)
      continue
    }
    if (legacy && e.name === 'pickle') {
      // torch unpickles it whatever its first bytes look like
      if (e.size > s.limits.maxPickleBytes) throw new LimitError(`${where(s.res.path, m)}: ${e.size} bytes is over the ${s.limits.maxPickleBytes}-byte limit for a pickle stream`)
      const buf = await new SliceSource(src, e.dataOffset, e.size).read(0, e.size)
      s.pickleBuffer(buf, 0, buf.length, m, chain, depth + 1, 'pickle.pkl', undefined, true)
      continue
    }
    await s.scan(new SliceSource(src, e.dataOffset, e.size), m, depth + 1, e.name, chain)
  }
  for (const [k, n] of seen) {
    if (n > 1) s.issue({ ruleId: 'archive/ambiguous-duplicate', severity: 'high', member: join(member, k), subject: 'archive/ambiguous-duplicate', message: `${s.res.path}: ${n} tar members are named ${JSON.stringify(k)} (ignoring case); extractors keep a different copy` })
  }
}

/** The legacy tar's storages/tensors members: each pickle torch unpickles is scanned, the raw data between them is not. */
async function legacySection(s: Scanner, src: Source, member: string, name: 'storages' | 'tensors', chain: string): Promise<void> {
  if (src.size > s.limits.maxInflatedBytes) throw new LimitError(`${where(s.res.path, member)}: ${src.size} bytes is over the size limit`)
  const buf = await src.read(0, src.size)
  const sec = legacyTarSections(buf, name)
  s.res.hasPickle = true
  s.member(member, chain + `pytorch-legacy-${name}`, src.size, `${sec.pickles.length} pickle(s) between raw records`)
  for (const [a, b] of sec.pickles) {
    const r = scanPickle(buf, { start: a, end: b, timeMs: Math.max(1, s.deadline - nowMs()), limits: s.vmLimits() })
    s.addGlobals(r.globals, member)
    if (r.error?.kind === 'limit') s.res.errors.push(`${where(s.res.path, member)}: pickle scan stopped at byte ${r.error.offset}: ${r.error.message}`)
  }
  if (sec.problem) {
    // the rest is what torch would read next as a pickle: scan it as one, so nothing after the break is skipped
    const from = sec.pickles.length ? sec.pickles[sec.pickles.length - 1][1] : 0
    s.issue({ ruleId: 'torch/invalid-legacy-record', severity: 'high', member, subject: name, message: `${where(s.res.path, member)} does not follow torch's legacy ${name} layout (${sec.problem}); scanned from byte ${from} as a pickle` })
    if (from < buf.length) s.pickleBuffer(buf, from, buf.length, member, chain, 0, 'x.pkl', undefined, true)
  }
}
