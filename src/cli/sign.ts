/**
 * `ai-secure-gates sign MODEL... [--key KEY.pem [--certificate CERT.pem] [--certificate-chain CHAIN.pem]] | --keyless`:
 * writes OpenSSF Model Signing bundles (src/modes/sign.ts) that `model_signing verify` and the
 * models gate's `signatures:` verify. Exit 0 signed, 2 error.
 */
import path from 'node:path'
import { parseArgs } from 'node:util'
import { ConfigError } from '../engine/errors.js'
import { writeErr } from '../report/log.js'
import { readPem, signModels } from '../modes/sign.js'
import { shutdownHashPool } from '../scanners/hash.js'
import type { HashType } from '../scanners/signing/statement.js'
import { SIGN_HELP as HELP } from './help.js'

const cliLog = {
  debug: () => undefined,
  info: (m: string) => writeErr(m + '\n'),
  warning: (m: string) => writeErr(`warning: ${m}\n`),
  error: (m: string) => writeErr(`error: ${m}\n`)
}

export async function main(argv: string[]): Promise<number> {
  let parsed
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        signature: { type: 'string' },
        key: { type: 'string' },
        'password-env': { type: 'string' },
        certificate: { type: 'string' },
        'certificate-chain': { type: 'string' },
        keyless: { type: 'boolean' },
        'fulcio-url': { type: 'string' },
        'rekor-url': { type: 'string' },
        hash: { type: 'string' },
        'shard-size': { type: 'string' },
        'ignore-paths': { type: 'string', multiple: true },
        'no-ignore-git-paths': { type: 'boolean' },
        format: { type: 'string' }
      }
    })
  } catch (e) {
    throw new ConfigError('CONFIG_INVALID', `sign: ${(e as Error).message}\n\n${HELP}`)
  }
  const v = parsed.values
  if (!parsed.positionals.length) throw new ConfigError('CONFIG_INVALID', `sign: name the model folder(s) or file(s) to sign\n\n${HELP}`)
  if (!v.key && !v.keyless) throw new ConfigError('CONFIG_INVALID', 'sign: choose --key PRIVATE_KEY.pem or --keyless (GitHub Actions OIDC)')
  if ((v.certificate || v['certificate-chain']) && !v.key) throw new ConfigError('CONFIG_INVALID', 'sign: --certificate needs --key (the private key the certificate certifies)')
  const format = v.format ?? 'oms'
  if (format !== 'oms' && format !== 'cosign') throw new ConfigError('CONFIG_INVALID', `sign: --format must be oms or cosign, got "${format}"`)
  if (format === 'cosign' && (v.keyless || v.hash || v['shard-size'] || v['ignore-paths'])) throw new ConfigError('CONFIG_INVALID', 'sign: --format cosign signs one file with --key; --keyless, --hash, --shard-size and --ignore-paths apply to the default format only')
  const hash = v.hash ?? 'sha256'
  if (!['sha256', 'blake2', 'blake3'].includes(hash)) throw new ConfigError('CONFIG_INVALID', `sign: --hash must be sha256, blake2 or blake3, got "${hash}"`)
  let shards: number | undefined
  if (v['shard-size'] !== undefined) {
    shards = Number(v['shard-size'])
    if (!Number.isInteger(shards) || shards <= 0) throw new ConfigError('CONFIG_INVALID', `sign: --shard-size must be a positive number of bytes, got "${v['shard-size']}"`)
  }
  const cwd = process.cwd()
  const password = v['password-env'] ? process.env[v['password-env']] : undefined
  if (v['password-env'] && password === undefined) throw new ConfigError('CONFIG_INVALID', `sign: --password-env names ${v['password-env']}, which is not set`)
  try {
    const key = v.key ? { ...(await readPem(v.key, cwd, '--key')), password } : undefined
    const certificate = v.certificate ? { pem: (await readPem(v.certificate, cwd, '--certificate')).pem, chainPem: v['certificate-chain'] ? (await readPem(v['certificate-chain'], cwd, '--certificate-chain')).pem : undefined } : undefined
    await signModels(
      {
        models: parsed.positionals.map((p) => path.resolve(cwd, p)),
        signature: v.signature ? path.resolve(cwd, v.signature) : undefined,
        key,
        certificate,
        keyless: v.keyless ? { fulcioURL: v['fulcio-url'], rekorURL: v['rekor-url'] } : undefined,
        hashType: hash as HashType,
        shards,
        ignorePaths: (v['ignore-paths'] ?? []).flatMap((s) => s.split(',')).filter(Boolean),
        ignoreGitPaths: !v['no-ignore-git-paths'],
        format
      },
      cliLog
    )
  } finally {
    await shutdownHashPool()
  }
  return 0
}
