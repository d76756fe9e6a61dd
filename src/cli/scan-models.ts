/**
 * `ai-secure-gates scan-models PATH... [--format text|json] [--allow-globals a,b] [--forbid-pickle]`:
 * the models gate's file scanner on any files or folders, without a config file.
 * Exit 0 when nothing blocks, 1 when a file has a critical or high issue, 2 when a file could not be decided.
 */
import { lstatSync } from 'node:fs'
import path from 'node:path'
import { ConfigError } from '../engine/errors.js'
import { scanModelBuffer, scanModelFile, type FileScanResult, type ModelScanOptions } from '../scanners/model/scan.js'
import { readSmallFileSync } from '../scanners/read-small.js'
import { compileAllow } from '../scanners/pickle/globals.js'
import { writeMachine, writeOut } from '../report/log.js'
import { safeJson } from '../report/json.js'
import { findTokens, masker } from '../report/redact.js'

import { SCAN_MODELS_HELP as HELP } from './help.js'

/** Terminal-safe: control characters from scanned names are shown escaped. */
const safe = (s: string): string => s.replace(/[\u0000-\u0008\u000b-\u001f\u007f\u009b]/g, (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`)

// Parenthesized: V8 compiles a parenthesized function with its module, so Node's compile cache keeps
// it and a start does not compile it again (a plain function is compiled when first called; issue 10).
export const main = (async function main(argv: string[]): Promise<number> {
  let format = 'text'
  const allow: string[] = []
  let forbidPickle = false
  const paths: string[] = []
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]
    if (a === '--help' || a === '-h') {
      writeOut(HELP + '\n')
      return 0
    } else if (a === '--format') format = argv[++i] ?? ''
    else if (a.startsWith('--format=')) format = a.slice(9)
    else if (a === '--allow-globals') allow.push(...(argv[++i] ?? '').split(',').filter(Boolean))
    else if (a.startsWith('--allow-globals=')) allow.push(...a.slice(16).split(',').filter(Boolean))
    else if (a === '--forbid-pickle') forbidPickle = true
    else if (a.startsWith('--')) throw new ConfigError('CONFIG_INVALID', `scan-models: unknown option ${a}\n\n${HELP}`)
    else paths.push(a)
  }
  if (format !== 'text' && format !== 'json') throw new ConfigError('CONFIG_INVALID', `scan-models: --format must be text or json, got "${format}"`)
  if (paths.length === 0) throw new ConfigError('CONFIG_INVALID', `scan-models: name at least one file or folder\n\n${HELP}`)
  const opts = { allow: compileAllow(allow), forbidPickle }
  const results: FileScanResult[] = []
  const errors: string[] = []
  for (const p of paths) {
    const abs = path.resolve(p)
    let st
    try {
      st = lstatSync(abs)
    } catch {
      errors.push(`${p}: no such file or folder`)
      continue
    }
    if (st.isSymbolicLink()) {
      errors.push(`${p}: is a symbolic link, which is not followed`)
    } else if (st.isDirectory()) {
      const { walkFiles } = await import('../engine/paths.js')
      const w = await walkFiles(abs)
      for (const s of w.symlinks) errors.push(`${path.join(p, s)}: symbolic link not followed`)
      for (const f of w.files) results.push(await scanOne(path.join(abs, f), path.join(p, f).split(path.sep).join('/'), opts))
    } else {
      results.push(await scanOne(abs, p.split(path.sep).join('/'), opts))
    }
  }
  for (const r of results) errors.push(...r.errors)
  const blocking = results.some((r) => r.issues.some((i) => i.severity === 'critical' || i.severity === 'high'))
  const code = errors.length ? 2 : blocking ? 1 : 0
  if (format === 'json') {
    // The gate module (and its config schema) loads only for JSON, which carries findings.
    const { toFindings } = await import('../gates/models/index.js')
    const files = results.map((r) => {
      const t = toFindings(r)
      return { path: r.path, format: r.format, outcome: t.check.outcome, members: r.members, globals: r.globals, findings: t.findings, errors: r.errors }
    })
    // Token-shaped strings a pickle's call arguments quote are masked here too (report/redact.ts).
    const doc = { status: code === 2 ? 'error' : code === 1 ? 'fail' : 'pass', files, errors }
    const mask = masker(findTokens(JSON.stringify(doc)))
    writeMachine(safeJson(JSON.parse(JSON.stringify(doc), (_k, v) => (typeof v === 'string' ? mask(v) : v))) + '\n')
    return code
  }
  const lines: string[] = []
  for (const r of results) {
    const bad = r.errors.length ? 'ERROR' : r.issues.some((i) => i.severity === 'critical' || i.severity === 'high') ? 'FAIL ' : 'ok   '
    const g = r.globals.length ? `, ${new Set(r.globals.map((x) => x.global)).size} globals` : ''
    lines.push(`${bad} ${safe(r.path)} [${safe(r.format)}${g}]`)
    for (const i of r.issues) lines.push(`      ${i.severity.padEnd(8)} ${i.ruleId}: ${safe(i.message)}`)
  }
  for (const e of errors) lines.push(`error: ${safe(e)}`)
  lines.push(`${results.length} file(s) scanned: ${code === 0 ? 'nothing blocking' : code === 1 ? 'blocking issues found' : 'some files could not be decided'}`)
  const text = lines.join('\n') + '\n'
  writeOut(masker(findTokens(text))(text))
  return code
})

/** A small file is read whole once and scanned from memory; a larger one (or one that read refused: the scanner says why) from disk. */
async function scanOne(abs: string, rel: string, opts: ModelScanOptions): Promise<FileScanResult> {
  const data = readSmallFileSync(abs)
  return data ? scanModelBuffer(data, rel, opts) : scanModelFile(abs, rel, opts)
}
