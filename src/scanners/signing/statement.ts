/**
 * The signed payload of a model signature: an in-toto Statement v1 whose predicate lists every
 * file (or file shard) of the model with its digest (OpenSSF Model Signing predicate v1.0), or the
 * legacy v0.2 form with one subject per file.
 *
 * Resource names are POSIX paths relative to the model folder ("." for a single-file model);
 * shards are named `path:start:end`. The one subject's sha256 is the root digest: SHA-256 over the
 * raw resource digests in the order listed, checked here.
 */
import { createHash } from 'node:crypto'
import { z } from 'zod'
import { SignatureError } from './bundle.js'

export const STATEMENT_TYPE = 'https://in-toto.io/Statement/v1'
export const PREDICATE_TYPE = 'https://model_signing/signature/v1.0'
export const PREDICATE_TYPE_LEGACY = 'https://model_signing/Digests/v0.1'

/** Hash families of the serialization and the digest algorithm we run for each. */
export const HASH_TYPES = { sha256: 'sha256', blake2: 'blake2b512', blake2b: 'blake2b512', blake3: 'blake3' } as const
export type HashType = keyof typeof HASH_TYPES

export interface Serialization {
  method: 'files' | 'shards'
  hashType: HashType
  shardSize: number | null
  allowSymlinks: boolean
  ignorePaths: string[]
}

export interface ManifestItem {
  /** The resource name as signed (`path` or `path:start:end`). */
  name: string
  path: string
  start: number | null
  end: number | null
  /** Algorithm name as recorded (sha256, blake2b, blake3, sha256-sharded-N...). */
  algorithm: string
  digest: string
}

export interface Manifest {
  modelName: string
  serialization: Serialization
  items: ManifestItem[]
  /** sha256 of the concatenated digests (null for the legacy predicate, which has none). */
  rootDigest: string | null
  predicateType: string
}

const HEX = /^[0-9a-f]+$/i
const statementSchema = z.looseObject({
  _type: z.string(),
  subject: z.array(z.looseObject({ name: z.string(), digest: z.record(z.string(), z.string()) })).min(1),
  predicateType: z.string(),
  predicate: z.unknown()
})
const predicateSchema = z.looseObject({
  serialization: z.looseObject({
    method: z.enum(['files', 'shards']),
    hash_type: z.string(),
    shard_size: z.number().int().positive().optional(),
    allow_symlinks: z.union([z.boolean(), z.enum(['true', 'false', 'True', 'False'])]).optional(),
    ignore_paths: z.array(z.string()).optional()
  }),
  resources: z.array(z.looseObject({ name: z.string(), algorithm: z.string(), digest: z.string().regex(HEX, 'hex') }))
})

function splitShard(name: string, where: string): { path: string; start: number; end: number } {
  const parts = name.split(':')
  if (parts.length !== 3 || !/^\d+$/.test(parts[1]) || !/^\d+$/.test(parts[2])) {
    throw new SignatureError(`${where}: shard resource "${name}" is not path:start:end`)
  }
  const start = Number(parts[1])
  const end = Number(parts[2])
  if (!(end > start)) throw new SignatureError(`${where}: shard resource "${name}" ends before it starts`)
  return { path: parts[0], start, end }
}

/** Parses and checks a DSSE payload; throws a SignatureError naming `where` and the fault. */
export function parseStatement(payload: Buffer, payloadType: string, where: string): Manifest {
  if (payloadType !== 'application/vnd.in-toto+json') {
    throw new SignatureError(`${where}: the signed payload is "${payloadType}", not an in-toto statement (application/vnd.in-toto+json)`)
  }
  let json: unknown
  try {
    json = JSON.parse(payload.toString('utf8'))
  } catch (e) {
    throw new SignatureError(`${where}: the signed payload is not JSON (${(e as Error).message})`, { cause: e })
  }
  const s = statementSchema.safeParse(json)
  if (!s.success) {
    const i = s.error.issues[0]
    throw new SignatureError(`${where}: the signed payload is not an in-toto statement: ${i.path.join('.') || '(top level)'}: ${i.message}`)
  }
  const st = s.data
  if (st._type !== STATEMENT_TYPE) throw new SignatureError(`${where}: the statement's _type is "${st._type}", expected ${STATEMENT_TYPE}`)
  if (st.predicateType === PREDICATE_TYPE_LEGACY) {
    // model_signing 0.2: one subject per file, sha256 only, no root digest, no serialization record.
    const items = st.subject.map((sub) => {
      const d = sub.digest.sha256
      if (!d || !HEX.test(d)) throw new SignatureError(`${where}: legacy subject "${sub.name}" has no sha256 digest`)
      return { name: sub.name, path: sub.name, start: null, end: null, algorithm: 'sha256', digest: d.toLowerCase() }
    })
    return { modelName: '', serialization: { method: 'files', hashType: 'sha256', shardSize: null, allowSymlinks: false, ignorePaths: [] }, items, rootDigest: null, predicateType: st.predicateType }
  }
  if (st.predicateType !== PREDICATE_TYPE) {
    throw new SignatureError(`${where}: predicate type "${st.predicateType}" is not a model signature (${PREDICATE_TYPE})`)
  }
  if (st.subject.length !== 1) throw new SignatureError(`${where}: a model signature has one subject, found ${st.subject.length}`)
  const p = predicateSchema.safeParse(st.predicate)
  if (!p.success) {
    const i = p.error.issues[0]
    throw new SignatureError(`${where}: the model-signature predicate is malformed: predicate.${i.path.join('.')}: ${i.message}`)
  }
  const ser = p.data.serialization
  if (!(ser.hash_type in HASH_TYPES)) {
    throw new SignatureError(`${where}: hash type "${ser.hash_type}" is not supported (sha256, blake2, blake3)`)
  }
  if (ser.method === 'shards' && !ser.shard_size) throw new SignatureError(`${where}: sharded serialization without shard_size`)
  const serialization: Serialization = {
    method: ser.method,
    hashType: ser.hash_type as HashType,
    shardSize: ser.method === 'shards' ? ser.shard_size! : null,
    allowSymlinks: ser.allow_symlinks === true || ser.allow_symlinks === 'true' || ser.allow_symlinks === 'True',
    ignorePaths: ser.ignore_paths ?? []
  }
  const root = createHash('sha256')
  const seen = new Set<string>()
  const items: ManifestItem[] = p.data.resources.map((r) => {
    if (seen.has(r.name)) throw new SignatureError(`${where}: resource "${r.name}" is listed twice`)
    seen.add(r.name)
    root.update(Buffer.from(r.digest, 'hex'))
    if (serialization.method === 'shards') return { name: r.name, ...splitShard(r.name, where), algorithm: r.algorithm, digest: r.digest.toLowerCase() }
    return { name: r.name, path: r.name, start: null, end: null, algorithm: r.algorithm, digest: r.digest.toLowerCase() }
  })
  const subject = st.subject[0]
  const want = subject.digest.sha256?.toLowerCase()
  const got = root.digest('hex')
  if (want !== got) {
    throw new SignatureError(`${where}: the statement is inconsistent: its subject's root digest is ${want ?? '(none)'} but the listed resources hash to ${got}`)
  }
  return { modelName: subject.name, serialization, items, rootDigest: got, predicateType: st.predicateType }
}
