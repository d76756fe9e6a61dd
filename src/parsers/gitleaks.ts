/**
 * gitleaks JSON reports -> findings. gitleaks v8 writes a top-level array of findings with
 * PascalCase keys (`RuleID`, `File`, `StartLine`, `Secret`, `Match`, `Commit`, `Fingerprint`);
 * v7 wrote lower-camel-case keys (`rule`, `file`, `lineNumber`, `offender`, `commit`). Both are read.
 *
 * The report holds the secrets in clear text (unless gitleaks ran with --redact): they are
 * returned separately, only so the caller can mask them in the log, and never enter a finding.
 * A finding shows the rule, the file, the line and the first 4 characters of the secret.
 */
import { createHash } from 'node:crypto'
import { z } from 'zod'
import { ParseError } from '../engine/errors.js'
import type { FindingInput } from '../engine/types.js'
import { normaliseToolPath, parseJsonWith } from './common.js'

const v8Schema = z.looseObject({
  RuleID: z.string(),
  Description: z.string().optional(),
  File: z.string(),
  SymlinkFile: z.string().optional(),
  StartLine: z.number().int(),
  EndLine: z.number().int().optional(),
  StartColumn: z.number().int().optional(),
  EndColumn: z.number().int().optional(),
  Secret: z.string().optional(),
  Match: z.string().optional(),
  Commit: z.string().optional(),
  Fingerprint: z.string().optional(),
  Tags: z.array(z.string()).nullable().optional()
})

const v7Schema = z.looseObject({
  rule: z.string(),
  file: z.string(),
  lineNumber: z.number().int(),
  offender: z.string().optional(),
  line: z.string().optional(),
  commit: z.string().optional(),
  tags: z.string().optional()
})

export interface GitleaksLeak {
  finding: FindingInput
  /** The secret as the report has it (null when redacted): for masking only. */
  secret: string | null
}

function redacted(s: string | undefined): boolean {
  if (!s) return true
  return /^\**$/.test(s) || s === 'REDACTED' || s.endsWith('REDACTED')
}

function mask(s: string | null): string {
  if (!s) return '(redacted by gitleaks)'
  const first = s.split(/\r?\n/)[0]
  return first.length >= 16 ? `${first.slice(0, 4)}****` : '****'
}

function hash(s: string): string {
  return createHash('sha256').update(`ai-secure-gates:secret:${s}`).digest('hex').slice(0, 32)
}

interface Raw {
  rule: string
  description?: string
  file: string
  line: number
  endLine?: number
  column?: number
  secret: string | null
  commit?: string
}

function toLeak(r: Raw, workspace: string | undefined): GitleaksLeak {
  const path = normaliseToolPath(r.file, workspace)
  const commit = r.commit && !/^0+$/.test(r.commit) ? r.commit : undefined
  const shown = mask(r.secret)
  const where = commit ? ` (commit ${commit.slice(0, 12)})` : ''
  return {
    secret: r.secret,
    finding: {
      ruleId: `gitleaks/${r.rule}`,
      severity: 'critical',
      title: `gitleaks ${r.rule}`,
      message: `${r.description || r.rule} found by gitleaks in ${path} line ${r.line}${where}: ${shown}. Revoke the secret at its provider, then remove it from the code and the history.`,
      location: { path, startLine: r.line > 0 ? r.line : null, endLine: r.endLine && r.endLine >= r.line ? r.endLine : null, startColumn: r.column && r.column > 0 ? r.column : null },
      fingerprintKey: r.secret ? `secret:${hash(r.secret)}` : `gitleaks:${r.rule}:${commit ?? ''}`,
      help: { text: 'A secret committed to a repository is exposed to everyone who can read it, in every clone and fork, until it is revoked.' },
      properties: { tool: 'gitleaks', rule: r.rule, masked: shown, ...(commit ? { commit } : {}) }
    }
  }
}

/** Parses a gitleaks JSON report (v8 or v7). */
export function parseGitleaks(text: string, workspace?: string): GitleaksLeak[] {
  const data = parseJsonWith(z.array(z.unknown()), text, 'gitleaks')
  if (data.length === 0) return []
  const first = data[0] as Record<string, unknown>
  if (first && typeof first === 'object' && 'RuleID' in first) {
    const rows = parseJsonWith(z.array(v8Schema), text, 'gitleaks (v8)')
    return rows.map((r) =>
      toLeak({ rule: r.RuleID, description: r.Description, file: r.File, line: r.StartLine, endLine: r.EndLine, column: r.StartColumn, secret: redacted(r.Secret) ? null : r.Secret!, commit: r.Commit }, workspace)
    )
  }
  if (first && typeof first === 'object' && 'rule' in first && 'lineNumber' in first) {
    const rows = parseJsonWith(z.array(v7Schema), text, 'gitleaks (v7)')
    return rows.map((r) => toLeak({ rule: r.rule, file: r.file, line: r.lineNumber, secret: redacted(r.offender) ? null : r.offender!, commit: r.commit }, workspace))
  }
  throw new ParseError('gitleaks: unexpected report shape at 0: neither a v8 finding (RuleID, File, StartLine) nor a v7 leak (rule, file, lineNumber)')
}
