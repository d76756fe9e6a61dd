/**
 * Single-file formats of the model scanner that cannot carry code but whose headers it checks:
 * HDF5 (with the Keras config it may hold), safetensors, GGUF and ONNX. The Scanner (scan.ts)
 * loads this module on the first such file: a plain pickle never needs it (CLI start-up, issue 10).
 */
import { realpath, stat } from 'node:fs/promises'
import path from 'node:path'
import { findH5ModelConfig, checkKerasConfig } from './keras.js'
import { checkGguf } from './gguf.js'
import { checkHdf5Superblock } from './hdf5.js'
import { findH5StringAttrs } from './hdf5-attrs.js'
import { parseJsonStrict } from './json.js'
import { LimitError } from './limits.js'
import { where } from './member-names.js'
import { checkOnnx, type OnnxExternal } from './onnx.js'
import type { Scanner } from './scan.js'
import { checkSafetensors } from './safetensors.js'
import type { Source } from './source.js'

export async function scanHdf5(s: Scanner, src: Source, member: string, chain: string): Promise<void> {
  s.member(member, chain + 'hdf5', src.size)
  const sb = checkHdf5Superblock(await src.read(0, Math.min(src.size, 128)), src.size)
  for (const p of sb.problems) s.issue({ ruleId: 'hdf5/invalid-header', severity: 'high', member, subject: p.replace(/\d+/g, 'N'), message: `${where(s.res.path, member)}: ${p}` })
  if (sb.trailing > 0) s.issue({ ruleId: 'hdf5/trailing-data', severity: 'low', member, subject: 'trailing', message: `${where(s.res.path, member)} has ${sb.trailing} bytes after the end its superblock records; HDF5 never reads them` })
  const buf = await src.read(0, Math.min(src.size, 512 * 1024 * 1024))
  // the attributes Keras's legacy loader reads, found by name whatever their JSON starts with
  const found = sb.offsetSize ? findH5StringAttrs(buf, sb, ['model_config', 'training_config']) : { attrs: [], undecoded: [] }
  const texts = found.attrs.map((a) => ({ label: a.name, text: a.value }))
  for (const name of new Set(found.undecoded)) {
    if (found.attrs.some((a) => a.name === name)) continue
    s.issue({ ruleId: 'keras/invalid-config', severity: 'high', member, subject: `${name} layout`, message: `${where(s.res.path, member)} names a Keras ${name} attribute stored in a layout this scanner does not read (shared or dense attribute storage); what Keras would load from it cannot be cleared of Lambda layers or foreign modules` })
  }
  if (!texts.length) {
    const text = findH5ModelConfig(buf)
    if (text) texts.push({ label: 'model_config', text })
  }
  for (const { label, text } of texts) {
    let cfg: unknown
    try {
      cfg = parseJsonStrict(text, 1024)
    } catch (e) {
      // As for .keras files: a model config that cannot be read cannot be cleared of Lambda layers.
      s.issue({ ruleId: 'keras/invalid-config', severity: 'high', member, subject: label, message: `${where(s.res.path, member)} (Keras HDF5 ${label}) is not valid JSON: ${(e as Error).message}` })
      continue
    }
    for (const i of checkKerasConfig(cfg, s.opts.allow)) s.issue({ ruleId: i.rule, severity: i.severity, member, subject: i.subject, message: `${where(s.res.path, member)} (Keras HDF5 ${label}): ${i.message}` })
  }
}

export async function scanSafetensors(s: Scanner, src: Source, member: string, chain: string): Promise<void> {
  const r = await checkSafetensors(src)
  s.member(member, chain + 'safetensors', src.size, `${r.tensors} tensors`)
  for (const p of r.problems) s.issue({ ruleId: 'safetensors/invalid-header', severity: 'high', member, subject: p.replace(/\d+/g, 'N'), message: `${where(s.res.path, member)}: ${p}` })
  for (const d of r.unknownDtypes) s.issue({ ruleId: 'safetensors/unknown-dtype', severity: 'low', member, subject: d, message: `${where(s.res.path, member)} uses dtype ${JSON.stringify(d)}, which this scanner does not know` })
}

export async function scanGguf(s: Scanner, src: Source, member: string, chain: string): Promise<void> {
  const r = await checkGguf(src)
  s.member(member, chain + 'gguf', src.size, `v${r.version}, ${r.tensors} tensors, ${r.keys} keys`)
  for (const p of r.problems) s.issue({ ruleId: 'gguf/invalid-header', severity: 'high', member, subject: p.replace(/\d+/g, 'N'), message: `${where(s.res.path, member)}: ${p}` })
  for (const t of r.templateIssues) s.issue({ ruleId: 'gguf/chat-template-injection', severity: 'critical', member, subject: t, message: `${where(s.res.path, member)}: ${t} (CVE-2024-34359 style template injection)` })
}

export async function scanOnnx(s: Scanner, src: Source, member: string, chain: string): Promise<void> {
  if (src.size > s.limits.maxPickleBytes) throw new LimitError(`${where(s.res.path, member)}: ONNX file over the size limit`)
  const r = checkOnnx(await src.read(0, src.size))
  const notes = [r.irVersion !== null ? `ir_version ${r.irVersion}` : '', `${r.tensors} tensors`, r.externals.length ? `${r.externals.length} stored as external data` : ''].filter(Boolean)
  if (r.externals.length && (member !== '' || !s.abs)) notes.push('external data files not checked on disk (the model is inside an archive)')
  s.member(member, chain + 'onnx', src.size, notes.join(', '))
  for (const p of r.problems) s.issue({ ruleId: 'onnx/invalid-model', severity: 'high', member, subject: p.replace(/\d+/g, 'N'), message: `${where(s.res.path, member)}: ${p}` })
  for (const x of r.externalPaths) s.issue({ ruleId: 'onnx/external-data-path', severity: 'high', member, subject: x, message: `${where(s.res.path, member)} loads tensor data from ${JSON.stringify(x)}, outside the model's folder` })
  for (const op of r.customOps) {
    s.issue({ ruleId: 'onnx/custom-op', severity: 'medium', member, subject: op, message: `${where(s.res.path, member)} uses operator ${op} from a domain no ONNX runtime ships: running it needs a custom-operator library (native code) registered by the loader; check where that library comes from` })
  }
  if (member === '' && s.abs) await onnxExternals(s, s.abs, r.externals)
}

/** External data on disk, as onnx.load reads it: inside the model's real folder (no symlink out), and holding the declared range. */
async function onnxExternals(s: Scanner, abs: string, externals: OnnxExternal[]): Promise<void> {
  const dir = path.dirname(abs)
  let dirReal: string
  try {
    dirReal = await realpath(dir)
  } catch {
    return
  }
  const sizes = new Map<string, number | 'outside' | 'missing'>()
  for (const x of externals) {
    let st = sizes.get(x.location)
    if (st === undefined) {
      try {
        const real = await realpath(path.join(dir, x.location))
        const rel = path.relative(dirReal, real)
        st = rel.startsWith('..') || path.isAbsolute(rel) ? 'outside' : (await stat(real)).size
      } catch {
        st = 'missing'
      }
      sizes.set(x.location, st)
    }
    const label = `tensor ${JSON.stringify(x.tensor || '?')}`
    if (st === 'outside') {
      s.issue({ ruleId: 'onnx/external-data-path', severity: 'high', member: '', subject: x.location, message: `${s.res.path} loads ${label} from ${JSON.stringify(x.location)}, which leads out of the model's folder through a symbolic link` })
    } else if (st === 'missing') {
      s.issue({ ruleId: 'onnx/external-data-missing', severity: 'medium', member: '', subject: x.location, message: `${s.res.path} loads ${label} from ${JSON.stringify(x.location)}, which does not exist beside it: the model cannot load as committed` })
    } else {
      const need = x.length ?? x.expected
      const avail = st - x.offset
      if (x.offset > st || (need !== null && need > avail) || (x.length === null && x.expected !== null && avail !== x.expected && externals.filter((e) => e.location === x.location).length === 1)) {
        s.issue({ ruleId: 'onnx/invalid-model', severity: 'high', member: '', subject: `external range ${x.location}`, message: `${s.res.path}: ${label} reads ${need ?? 'the rest'} bytes at offset ${x.offset} of ${JSON.stringify(x.location)}, which has ${st} bytes` })
      }
    }
  }
}
