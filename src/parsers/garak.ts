/**
 * garak's report.jsonl (0.10 through 0.16 formats, research/tool-formats.md §3) to per probe/detector
 * counts. garak exits 0 whatever it finds and even when it crashed, so the report decides: no `eval`
 * row, or no `completion` row (except in an aggregated report, which has none), is a ParseError.
 */
import { z } from 'zod'
import { ParseError } from '../engine/errors.js'

const evalRow = z
  .object({
    probe: z.string().min(1),
    detector: z.string().min(1),
    passed: z.number().int().min(0),
    fails: z.number().int().min(0).optional(),
    total: z.number().int().min(0).optional(),
    total_evaluated: z.number().int().min(0).optional(),
    nones: z.number().int().min(0).optional()
  })
  .refine((r) => r.total !== undefined || r.total_evaluated !== undefined, 'an eval row needs total or total_evaluated')

export interface GarakEval {
  probe: string
  /** Without the `detector.` prefix of 0.10. */
  detector: string
  passed: number
  fails: number
  /** Outputs evaluated (total_evaluated, or total before 0.14). */
  total: number
  nones: number
}

export interface GarakReport {
  version: string | null
  run: string | null
  target: string | null
  aggregated: boolean
  completed: boolean
  attempts: number
  evals: GarakEval[]
}

export function parseGarakReport(text: string, source: string): GarakReport {
  const out: GarakReport = { version: null, run: null, target: null, aggregated: false, completed: false, attempts: 0, evals: [] }
  const attemptIds = new Set<string>()
  const lines = text.split(/\r?\n/)
  let sawInit = false
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i].trim()
    if (!line) continue
    let o: Record<string, unknown>
    try {
      o = JSON.parse(line)
    } catch {
      throw new ParseError(`${source}:${i + 1}: not a JSON line: is this garak's report.jsonl (not the hitlog or the HTML report)?`)
    }
    if (!o || typeof o !== 'object' || Array.isArray(o)) throw new ParseError(`${source}:${i + 1}: expected a JSON object`)
    switch (o.entry_type) {
      case 'start_run setup':
        out.aggregated = Array.isArray(o.aggregation)
        out.target = [o['plugins.target_type'] ?? o['plugins.model_type'], o['plugins.target_name'] ?? o['plugins.model_name']].filter((x) => typeof x === 'string').join(' ') || null
        break
      case 'init':
        sawInit = true
        out.version = typeof o.garak_version === 'string' ? o.garak_version : null
        out.run = typeof o.run === 'string' ? o.run : null
        break
      case 'attempt':
        if (typeof o.uuid === 'string') attemptIds.add(o.uuid)
        break
      case 'eval': {
        const r = evalRow.safeParse(o)
        if (!r.success) {
          const issue = r.error.issues[0]
          throw new ParseError(`${source}:${i + 1}: eval row: ${issue.path.join('.') || '(row)'}: ${issue.message}`)
        }
        const total = r.data.total_evaluated ?? r.data.total!
        if (r.data.passed > total) throw new ParseError(`${source}:${i + 1}: eval row says ${r.data.passed} passed of ${total}`)
        out.evals.push({
          probe: r.data.probe,
          detector: r.data.detector.replace(/^detector\./, ''),
          passed: r.data.passed,
          fails: r.data.fails ?? total - r.data.passed,
          total,
          nones: r.data.nones ?? 0
        })
        break
      }
      case 'completion':
        out.completed = true
        break
      default:
        if (o.entry_type === undefined && 'score' in o && 'attempt_id' in o) {
          throw new ParseError(`${source}: this is a garak hitlog (one line per hit), not the report: give the .report.jsonl file next to it`)
        }
    }
  }
  out.attempts = attemptIds.size
  if (!sawInit) throw new ParseError(`${source}: no init row: not a garak report.jsonl`)
  if (out.evals.length === 0) {
    throw new ParseError(`${source}: garak ${out.version ?? '?'} wrote no eval row (${out.attempts} attempts): the run was aborted or crashed (garak exits 0 even then); see its log`)
  }
  if (!out.completed && !out.aggregated) throw new ParseError(`${source}: garak ${out.version ?? '?'} wrote no completion row: the run did not finish, so its numbers are partial`)
  return out
}

/** Our category for a garak probe module. */
export function garakCategory(probe: string): 'injection' | 'indirect-injection' | 'leak' | 'jailbreak' | 'encoding' | 'exfiltration' | 'other' {
  const mod = probe.split('.')[0]
  if (mod === 'promptinject') return 'injection'
  if (mod === 'latentinjection') return 'indirect-injection'
  if (mod === 'dan' || mod === 'tap' || mod === 'suffix' || mod === 'grandma') return 'jailbreak'
  if (mod === 'encoding') return 'encoding'
  if (mod === 'leakreplay' || mod === 'sysprompt_extraction') return 'leak'
  if (mod === 'web_injection' || mod === 'xss') return 'exfiltration'
  return 'other'
}
