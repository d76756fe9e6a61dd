/** The model_signing venv that scripts/setup-test-env.sh installs, its reference script, and test keys. */
import { execFileSync, spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { generateKeyPairSync } from 'node:crypto'

const VENV = path.join(process.env.AI_SECURE_GATES_CACHE ?? path.join(os.homedir(), '.cache/ai-secure-gates'), 'model-signing-1.1.1')
export const MS_PYTHON = path.join(VENV, 'bin/python')
export const MS_CLI = path.join(VENV, 'bin/model_signing')
const REF = path.join(process.cwd(), 'scripts/model-signing-ref.py')
const PKI = path.join(process.cwd(), 'scripts/gen-signing-pki.py')
export const OMS_FIXTURES = path.join(process.cwd(), '__tests__/fixtures/model-transparency')

export function requireModelSigning(): void {
  if (!existsSync(MS_PYTHON)) throw new Error(`model_signing is not installed at ${VENV}: run bash scripts/setup-test-env.sh (npm test runs it first)`)
}

/** Runs the reference library (scripts/model-signing-ref.py); returns its exit status and stderr. */
export function reference(args: string[]): { status: number; stderr: string } {
  requireModelSigning()
  const r = spawnSync(MS_PYTHON, [REF, ...args], { encoding: 'utf8', timeout: 120_000 })
  return { status: r.status ?? -1, stderr: r.stderr }
}

/** model_signing's own CLI. */
export function msCli(args: string[]): { status: number; out: string } {
  requireModelSigning()
  const r = spawnSync(MS_CLI, args, { encoding: 'utf8', timeout: 120_000 })
  return { status: r.status ?? -1, out: `${r.stdout}${r.stderr}` }
}

/** A fresh test PKI (root, intermediate, code-signing leaf) from scripts/gen-signing-pki.py. */
export function makePki(dir: string, opts: { curve?: 'P-256' | 'P-384' | 'P-521'; expiredIntermediate?: boolean } = {}): Record<'root' | 'intermediate' | 'leaf' | 'leafKey' | 'leafPub', string> {
  requireModelSigning()
  execFileSync(MS_PYTHON, [PKI, dir, '--curve', opts.curve ?? 'P-256', ...(opts.expiredIntermediate ? ['--expired-intermediate'] : [])], { timeout: 60_000 })
  const f = (n: string): string => path.join(dir, n)
  return { root: f('root.pem'), intermediate: f('intermediate.pem'), leaf: f('leaf.pem'), leafKey: f('leaf-key.pem'), leafPub: f('leaf-pub.pem') }
}

/** An EC key pair written as PEM files (private PKCS#8, public SPKI). */
export function makeKey(dir: string, curve: 'prime256v1' | 'secp384r1' | 'secp521r1' | 'secp256k1', name = 'key'): { priv: string; pub: string } {
  mkdirSync(dir, { recursive: true })
  const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: curve })
  const priv = path.join(dir, `${name}.pem`)
  const pub = path.join(dir, `${name}.pub`)
  writeFileSync(priv, privateKey.export({ type: 'pkcs8', format: 'pem' }))
  writeFileSync(pub, publicKey.export({ type: 'spki', format: 'pem' }))
  return { priv, pub }
}
