/**
 * Keras configs (`config.json` in a `.keras` zip, `model_config` in a legacy `.h5`): Lambda layers
 * carry marshalled Python bytecode, and any `module` outside keras is imported by name on load
 * (CVE-2025-1550); `enable_unsafe_deserialization` switches safe mode off (CVE-2025-9906).
 * The whole config is walked (nested functional and sequential models too), not just the top layers.
 */
import { isDenied } from '../pickle/globals.js'

export interface KerasIssue {
  rule: 'keras/lambda-layer' | 'keras/foreign-module' | 'keras/unsafe-deserialization'
  severity: 'critical' | 'high'
  /** Layer name or module.class the finding is about (part of its fingerprint). */
  subject: string
  message: string
}

const KERAS_MODULE = /^(keras|tf_keras|tensorflow\.keras|tensorflow\.python\.keras)(\.|$)/

export function checkKerasConfig(config: unknown): KerasIssue[] {
  const issues: KerasIssue[] = []
  const seen = new Set<string>()
  const add = (i: KerasIssue): void => {
    const k = `${i.rule}\u0000${i.subject}`
    if (seen.has(k)) return
    seen.add(k)
    issues.push(i)
  }
  const walk = (v: unknown, depth: number): void => {
    if (depth > 200) return
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
    if (typeof o.module === 'string' && cls !== null && !KERAS_MODULE.test(o.module)) {
      const denied = isDenied(o.module, cls)
      add({
        rule: 'keras/foreign-module',
        severity: denied ? 'critical' : 'high',
        subject: `${o.module}.${cls}`,
        message: `the config makes Keras import ${o.module}.${cls}${denied ? ', which runs commands or code' : ', a module outside Keras'} when the model is loaded`
      })
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
