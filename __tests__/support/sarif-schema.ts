/**
 * The SARIF 2.1.0 JSON schema (OASIS rtm.5, shipped by @microsoft/jest-sarif) compiled with ajv
 * (draft-04). unicodeRegExp is off because the schema's language-tag pattern is not a valid
 * unicode-mode regular expression.
 */
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'
import AjvDraft04Module from 'ajv-draft-04'
import addFormatsModule from 'ajv-formats'

const AjvDraft04 = ((AjvDraft04Module as any).default ?? AjvDraft04Module) as typeof import('ajv-draft-04').default
const addFormats = ((addFormatsModule as any).default ?? addFormatsModule) as (ajv: any) => any

export function sarifSchemaPath(): string {
  const require = createRequire(import.meta.url)
  return path.join(path.dirname(require.resolve('@microsoft/jest-sarif/package.json')), 'lib/schemas/sarif-2.1.0-rtm.5.json')
}

let validate: ((data: unknown) => boolean) & { errors?: any[] | null } | null = null

/** Returns the schema violations of a SARIF log (empty when valid). */
export function sarifErrors(log: unknown): string[] {
  if (!validate) {
    const schema = JSON.parse(readFileSync(sarifSchemaPath(), 'utf8'))
    const ajv = new AjvDraft04({ allErrors: true, strict: false, unicodeRegExp: false })
    addFormats(ajv)
    validate = ajv.compile(schema) as any
  }
  return validate!(log) ? [] : (validate!.errors ?? []).map((e: any) => `${e.instancePath} ${e.message}`)
}
