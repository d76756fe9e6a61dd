/** The JSON Schema of the config file, generated from the zod schema (for editor completion). */
import { z } from 'zod'
import { configSchema, waiversFileSchema } from './schema.js'
import { auditRecordSchema } from '../release/audit/schema.js'

export function configJsonSchema(): string {
  const schema = z.toJSONSchema(configSchema, { io: 'input', unrepresentable: 'any' }) as Record<string, unknown>
  schema.title = 'ai-secure-gates config (.github/ai-secure-gates.yml)'
  return JSON.stringify(schema, null, 2) + '\n'
}

export function waiversJsonSchema(): string {
  const schema = z.toJSONSchema(waiversFileSchema, { io: 'input', unrepresentable: 'any' }) as Record<string, unknown>
  schema.title = 'ai-secure-gates waivers file'
  return JSON.stringify(schema, null, 2) + '\n'
}

export function auditRecordJsonSchema(): string {
  const schema = z.toJSONSchema(auditRecordSchema, { io: 'output', unrepresentable: 'any' }) as Record<string, unknown>
  schema.title = 'ai-secure-gates audit record, version 1 (docs/audit-record.md)'
  return JSON.stringify(schema, null, 2) + '\n'
}

export const SCHEMA_FILES = {
  'schema/ai-secure-gates.schema.json': configJsonSchema,
  'schema/ai-secure-gates-waivers.schema.json': waiversJsonSchema,
  'schema/audit-record.schema.json': auditRecordJsonSchema
} as const
