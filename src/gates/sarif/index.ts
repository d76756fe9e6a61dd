/**
 * The sarif gate: imports SARIF 2.1.0 files that other steps produced, so any scanner joins the
 * same checks, waivers, baseline and verdict. Every listed file must exist and parse; a missing
 * or unreadable file is an error (unless allow-missing), never a silent pass.
 */
import { readFile, stat } from 'node:fs/promises'
import picomatch from 'picomatch'
import { walkNotes } from '../../engine/confine.js'
import { ParseError } from '../../engine/errors.js'
import { realInside, resolveInside, walkFiles } from '../../engine/paths.js'
import type { Check, FindingInput, Gate } from '../../engine/types.js'
import { parseSarif } from '../../parsers/sarif.js'
import { sarifConfigSchema, type SarifConfig } from './config.js'

export const sarifGate: Gate<SarifConfig> = {
  id: 'sarif',
  title: 'Imported SARIF',
  configSchema: sarifConfigSchema,
  async run(ctx) {
    const c = ctx.config
    const findings: FindingInput[] = []
    const checks: Check[] = []
    const errors: string[] = []
    const files: string[] = []
    const reported = new Set<string>()
    for (const entry of c.files) {
      resolveInside(ctx.workspace, entry, 'gates.sarif.files')
      let matched: string[]
      if (picomatch.scan(entry).isGlob) {
        const walk = await walkFiles(ctx.workspace, { include: [entry] })
        matched = walk.files
        // A SARIF file whose name is not UTF-8 cannot be imported: said, never dropped.
        const notes = walkNotes({ symlinks: [], unreadable: walk.unreadable })
        for (const [i, ch] of notes.checks.entries()) {
          if (reported.has(ch.target)) continue
          reported.add(ch.target)
          checks.push({ ...ch, name: 'sarif-import' })
          errors.push(notes.errors[i])
        }
        if (matched.length === 0 && notes.checks.length) continue
      } else {
        const rel = entry.replace(/\\/g, '/').replace(/^\.\/+/, '')
        matched = (await stat(resolveInside(ctx.workspace, rel, 'gates.sarif.files')).catch(() => null))?.isFile() ? [rel] : []
      }
      if (matched.length === 0) {
        const reason = `"${entry}" matches no file in the workspace`
        if (c['allow-missing']) checks.push({ name: 'sarif-import', target: entry, outcome: 'skipped', details: { reason } })
        else {
          errors.push(`gates.sarif.files: ${reason}; the step that should write it probably failed or wrote elsewhere (set allow-missing: true if it is optional).`)
          checks.push({ name: 'sarif-import', target: entry, outcome: 'error', details: { reason } })
        }
        continue
      }
      for (const m of matched) if (!files.includes(m)) files.push(m)
    }
    const maxBytes = c['max-size-mb'] * 1024 * 1024
    for (const rel of files) {
      try {
        const abs = await realInside(ctx.workspace, rel, 'gates.sarif.files')
        const st = await stat(abs)
        if (st.size > maxBytes) throw new ParseError(`${rel} is ${(st.size / 1048576).toFixed(1)} MB, over max-size-mb (${c['max-size-mb']})`)
        const parsed = parseSarif(await readFile(abs, 'utf8'), { workspace: ctx.workspace, levels: c.levels, source: rel })
        findings.push(...parsed.findings)
        const reported = parsed.findings.length
        checks.push({
          name: 'sarif-import',
          target: rel,
          outcome: reported ? 'fail' : 'pass',
          details: { runs: parsed.runs.map((r) => ({ tool: r.tool, version: r.version, results: r.results, reported: r.reported, passed: r.passed, suppressed: r.suppressed })) }
        })
      } catch (e) {
        const msg = e instanceof Error ? e.message : String(e)
        errors.push(`${rel}: ${msg}`)
        checks.push({ name: 'sarif-import', target: rel, outcome: 'error', details: { reason: msg } })
      }
    }
    const tools = [...new Set(checks.flatMap((ch) => ((ch.details.runs as Array<{ tool: string }>) ?? []).map((r) => r.tool)))]
    const summary = errors.length ? undefined : `${findings.length} result${findings.length === 1 ? '' : 's'} from ${files.length} SARIF file${files.length === 1 ? '' : 's'}${tools.length ? ` (${tools.join(', ')})` : ''}`
    return { findings, checks, errors, tool: null, ...(summary ? { summary } : {}), ...(files.length === 0 && errors.length === 0 ? { skipped: 'no SARIF file found (allow-missing)' } : {}) }
  }
}
