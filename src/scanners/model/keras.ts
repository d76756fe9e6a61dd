/**
 * Keras configs (`config.json` in a `.keras` zip, `model_config` in a legacy `.h5`): Lambda layers
 * carry marshalled Python bytecode, and any `module` outside keras is imported by name on load
 * (CVE-2025-1550); `enable_unsafe_deserialization` switches safe mode off (CVE-2025-9906).
 * The whole config is walked (nested functional and sequential models too), not just the top layers.
 *
 * Keras 3 writes every function object (a built-in activation or loss passed as a function, a
 * registered custom function) as `{"module": "builtins", "class_name": "function", "config": NAME}`
 * and resolves it only among its own built-ins and the registered custom objects; Keras 3.0-3.8 then
 * fell back to `vars(builtins)[NAME]`, so NAME is judged like a pickle global (`eval` is critical,
 * `relu` or `my_pkg>fn` nothing). Any other function or class `module` is judged as module + name.
 */
import { classifyGlobal, isDenied } from '../pickle/globals.js'

export interface KerasIssue {
  rule: 'keras/lambda-layer' | 'keras/foreign-module' | 'keras/unsafe-deserialization' | 'keras/invalid-config' | 'keras/pickled-module' | 'keras/external-model' | 'keras/external-file'
  severity: 'critical' | 'high'
  /** Layer name or module.class the finding is about (part of its fingerprint). */
  subject: string
  message: string
}

const KERAS_MODULE = /^(keras|tf_keras|tensorflow\.keras|tensorflow\.python\.keras)(\.|$)/

export function checkKerasConfig(config: unknown, allow?: (module: string, name: string) => boolean): KerasIssue[] {
  const issues: KerasIssue[] = []
  const seen = new Set<string>()
  const add = (i: KerasIssue): void => {
    const k = `${i.rule}\u0000${i.subject}`
    if (seen.has(k)) return
    seen.add(k)
    issues.push(i)
  }
  const walk = (v: unknown, depth: number): void => {
    if (depth > 512) {
      // never a silent pass on what was not walked
      add({ rule: 'keras/invalid-config', severity: 'high', subject: 'depth', message: 'the config nests deeper than 512 levels; the rest was not checked' })
      return
    }
    if (typeof v === 'string') {
      if (v.includes('enable_unsafe_deserialization')) add({ rule: 'keras/unsafe-deserialization', severity: 'critical', subject: 'enable_unsafe_deserialization', message: 'the config calls enable_unsafe_deserialization, which turns Keras safe mode off before later layers load' })
      return
    }
    if (Array.isArray(v)) {
      for (const x of v) walk(x, depth + 1)
      return
    }
    if (!v || typeof v !== 'object') return
    const o = v as Record<string, unknown>
    const cls = typeof o.class_name === 'string' ? o.class_name : null
    const cfg = o.config as Record<string, unknown> | undefined
    const layerName = cfg && typeof cfg === 'object' && typeof cfg.name === 'string' ? cfg.name : cls ?? '?'
    if (cls === 'Lambda' || cls === 'TFOpLambda' || (typeof o.registered_name === 'string' && /(^|>)Lambda$/.test(o.registered_name))) {
      add({ rule: 'keras/lambda-layer', severity: 'critical', subject: layerName, message: `Lambda layer ${JSON.stringify(layerName)} holds Python bytecode that runs when the model is loaded with safe_mode off (or through a safe-mode bypass)` })
    }
    // What Keras's safe mode refuses besides Lambda (keras/src/utils/torch_utils.py, export/tfsm_layer.py,
    // layers/preprocessing/index_lookup.py): each runs code or reads outside the file when safe mode is off.
    const kind = cls ?? (typeof o.registered_name === 'string' ? o.registered_name.replace(/^.*>/, '') : '')
    if (kind === 'TorchModuleWrapper' && cfg && typeof cfg === 'object' && typeof cfg.module === 'string') {
      add({ rule: 'keras/pickled-module', severity: 'critical', subject: layerName, message: `layer ${JSON.stringify(layerName)} holds a pickled torch module (torch.load with weights_only=False), which runs code when the model is loaded with safe_mode off` })
    }
    if (kind === 'TFSMLayer') {
      add({ rule: 'keras/external-model', severity: 'high', subject: layerName, message: `layer ${JSON.stringify(layerName)} loads an external TensorFlow SavedModel${cfg && typeof cfg.filepath === 'string' ? ` from ${JSON.stringify(cfg.filepath)}` : ''}, whose graph runs when the model is used (Keras refuses it in safe mode)` })
    }
    if ((kind === 'StringLookup' || kind === 'IntegerLookup' || kind === 'TextVectorization') && cfg && typeof cfg === 'object' && typeof cfg.vocabulary === 'string') {
      add({ rule: 'keras/external-file', severity: 'high', subject: `${layerName} vocabulary`, message: `layer ${JSON.stringify(layerName)} reads its vocabulary from ${JSON.stringify(cfg.vocabulary)}, a file outside the model (any local or remote path the loader can open; CVE-2025-12058, refused in safe mode from Keras 3.12)` })
    }
    if (typeof o.module === 'string' && cls !== null && !KERAS_MODULE.test(o.module)) {
      // a function is named by its config ("relu"), a class by class_name
      const name = cls === 'function' && typeof o.config === 'string' ? o.config : cls
      const builtinFn = o.module === 'builtins' && cls === 'function'
      // Keras 3 looks a builtins function up among its own built-ins and the registered objects
      // ("pkg>name"); Keras 3.0-3.8 then returned vars(builtins)[name]: eval, exec, open... are critical
      const verdict = builtinFn
        ? (/^[\w.]+>[A-Za-z_]\w*$/.test(name) || /^[A-Za-z_]\w*$/.test(name)) && !name.includes('__') && !isDenied('builtins', name)
          ? 'safe'
          : 'dangerous'
        : classifyGlobal(o.module, name, true, allow)
      if (verdict !== 'safe') {
        add({
          rule: 'keras/foreign-module',
          severity: verdict === 'dangerous' ? 'critical' : 'high',
          subject: `${o.module}.${name}`,
          message: `the config makes Keras import ${o.module}.${name}${verdict === 'dangerous' ? ', which runs commands or code' : ', from outside Keras'} when the model is loaded${verdict === 'dangerous' ? '' : `; if it is your own trusted code, add "${o.module}.${name}" to allow-globals`}`
        })
      }
    }
    for (const x of Object.values(o)) walk(x, depth + 1)
  }
  walk(config, 0)
  return issues
}

/** The JSON model config inside a legacy HDF5 .h5 file, found by its text (no HDF5 parser needed for a plain attribute). */
export function findH5ModelConfig(buf: Buffer): string | null {
  const at = buf.indexOf('{"class_name"')
  if (at < 0) return null
  let depth = 0
  let inStr = false
  for (let i = at; i < buf.length && i < at + 64 * 1024 * 1024; i++) {
    const c = buf[i]
    if (inStr) {
      if (c === 0x5c) i++
      else if (c === 0x22) inStr = false
      continue
    }
    if (c === 0x22) inStr = true
    else if (c === 0x7b) depth++
    else if (c === 0x7d && --depth === 0) return buf.toString('utf8', at, i + 1)
  }
  // Never closed (truncated or past the window): hand back what is there, so it is reported as unreadable, not clean.
  return buf.toString('utf8', at, Math.min(buf.length, at + 64 * 1024 * 1024))
}
