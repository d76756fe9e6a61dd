/** Shared helpers for the pure tool-output parsers. */
import type { z } from 'zod'
import { ParseError } from '../engine/errors.js'

/** Parses JSON text and validates it; errors name the tool and the first offending path. */
export function parseJsonWith<S extends z.ZodType>(schema: S, text: string, what: string): z.infer<S> {
  if (text.trim() === '') throw new ParseError(`${what}: the report is empty`)
  let data: unknown
  try {
    data = JSON.parse(text)
  } catch (e) {
    throw new ParseError(`${what}: the report is not valid JSON (${(e as Error).message}); first bytes: ${JSON.stringify(text.slice(0, 80))}`)
  }
  return validateWith(schema, data, what)
}

export function validateWith<S extends z.ZodType>(schema: S, data: unknown, what: string): z.infer<S> {
  const r = schema.safeParse(data)
  if (!r.success) {
    const issue = r.error.issues[0]
    const at = issue.path.length ? issue.path.map(String).join('.') : '(top level)'
    throw new ParseError(`${what}: unexpected report shape at ${at}: ${issue.message}`)
  }
  return r.data
}

/** A tool's file path as a workspace-relative, forward-slash path. */
export function normaliseToolPath(p: string, workspace?: string): string {
  let s = p.replace(/\\/g, '/')
  if (workspace) {
    const ws = workspace.replace(/\\/g, '/').replace(/\/+$/, '') + '/'
    if (s.startsWith(ws)) s = s.slice(ws.length)
  }
  while (s.startsWith('./')) s = s.slice(2)
  return s
}
