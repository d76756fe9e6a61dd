/**
 * A generated repository with one random key of every kind the secrets gate claims to find, each at a
 * known file and line, for measuring recall of the secrets gate and of gitleaks on the same material
 * (__tests__/gates/secrets-gitleaks.test.ts, scripts/bench/secrets.ts). The keys are random strings of
 * the providers' shapes, made fresh on each run: none is a real credential.
 */
import { randomBytes } from 'node:crypto'
import { mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'

const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789'
const rand = (n: number, alphabet = ALNUM): string => {
  const bytes = randomBytes(n * 2)
  let out = ''
  for (let i = 0; out.length < n; i++) out += alphabet[bytes.readUInt16BE((i * 2) % bytes.length) % alphabet.length]
  return out
}
const HEX = '0123456789abcdef'
const B64 = ALNUM + '+/'
const URLSAFE = ALNUM + '_-'

export interface Planted {
  kind: string
  file: string
  line: number
  secret: string
}

/** kind -> [file, line text with {k}], grouped so that each file holds several keys, one per line. */
function entries(): Array<{ kind: string; file: string; text: (k: string) => string; key: string }> {
  const pem = ['-----BEGIN RSA PRIVATE KEY-----', ...Array.from({ length: 12 }, () => rand(64, B64)), rand(24, B64) + '==', '-----END RSA PRIVATE KEY-----'].join('\n')
  return [
    { kind: 'openai', file: 'src/llm.py', key: `sk-proj-${rand(74, URLSAFE)}T3BlbkFJ${rand(74, URLSAFE)}`, text: (k) => `client = OpenAI(api_key="${k}")` },
    { kind: 'anthropic', file: 'src/llm.py', key: `sk-ant-api03-${rand(93, URLSAFE)}AA`, text: (k) => `ANTHROPIC = "${k}"` },
    { kind: 'huggingface', file: 'src/llm.py', key: `hf_${rand(34, ALNUM.slice(0, 52))}`, text: (k) => `HF_TOKEN = "${k}"` },
    { kind: 'groq', file: 'src/llm.py', key: `gsk_${rand(52)}`, text: (k) => `groq_client = Groq(api_key="${k}")` },
    { kind: 'replicate', file: 'src/llm.py', key: `r8_${rand(37)}`, text: (k) => `REPLICATE = "${k}"` },
    { kind: 'google-api-key', file: 'config/settings.env', key: `AIza${rand(35, URLSAFE)}`, text: (k) => `GOOGLE_API_KEY=${k}` },
    { kind: 'xai', file: 'config/settings.env', key: `xai-${rand(80)}`, text: (k) => `XAI_API_KEY=${k}` },
    { kind: 'perplexity', file: 'config/settings.env', key: `pplx-${rand(48)}`, text: (k) => `PPLX=${k}` },
    { kind: 'langsmith', file: 'config/settings.env', key: `lsv2_pt_${rand(32, HEX)}_${rand(10, HEX)}`, text: (k) => `LANGCHAIN_API_KEY=${k}` },
    { kind: 'nvidia', file: 'config/settings.env', key: `nvapi-${rand(64, URLSAFE)}`, text: (k) => `NVIDIA_API_KEY=${k}` },
    { kind: 'pinecone', file: 'config/settings.env', key: `pcsk_${rand(6)}_${rand(60)}`, text: (k) => `PINECONE_API_KEY=${k}` },
    { kind: 'huggingface-org', file: 'config/settings.env', key: `api_org_${rand(34, ALNUM.slice(0, 52))}`, text: (k) => `HF_ORG=${k}` },
    { kind: 'together', file: 'config/settings.env', key: `tgp_v1_${rand(43, URLSAFE)}`, text: (k) => `TOGETHER=${k}` },
    { kind: 'openai-unmarked', file: 'config/settings.env', key: `sk-${rand(48)}`, text: (k) => `OPENAI_API_KEY=${k}` },
    { kind: 'cohere', file: 'config/settings.env', key: rand(40), text: (k) => `COHERE_API_KEY=${k}` },
    { kind: 'azure-openai', file: 'config/settings.env', key: rand(32, HEX), text: (k) => `AZURE_OPENAI_API_KEY=${k}` },
    { kind: 'wandb', file: 'config/settings.env', key: rand(40, HEX), text: (k) => `WANDB_API_KEY=${k}` },
    { kind: 'mistral', file: 'config/settings.env', key: rand(32), text: (k) => `MISTRAL_API_KEY=${k}` },
    { kind: 'deepseek', file: 'config/settings.env', key: `sk-${rand(32, HEX)}`, text: (k) => `DEEPSEEK_API_KEY=${k}` },
    { kind: 'kaggle', file: 'config/settings.env', key: rand(32, HEX), text: (k) => `KAGGLE_KEY=${k}` },
    { kind: 'comet', file: 'config/settings.env', key: rand(25), text: (k) => `COMET_API_KEY=${k}` },
    { kind: 'elevenlabs', file: 'config/settings.env', key: `sk_${rand(48, HEX)}`, text: (k) => `ELEVENLABS_API_KEY=${k}` },
    { kind: 'stability', file: 'config/settings.env', key: `sk-${rand(48)}`, text: (k) => `STABILITY_API_KEY=${k}` },
    { kind: 'aws-access-key-id', file: 'deploy/aws.ini', key: `AKIA${rand(16, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567')}`, text: (k) => `aws_access_key_id = ${k}` },
    { kind: 'aws-secret', file: 'deploy/aws.ini', key: rand(40, B64), text: (k) => `aws_secret_access_key = ${k}` },
    { kind: 'github-pat', file: 'deploy/ci.yml', key: `ghp_${rand(36)}`, text: (k) => `  token: ${k}` },
    { kind: 'gitlab-pat', file: 'deploy/ci.yml', key: `glpat-${rand(20, URLSAFE)}`, text: (k) => `  gitlab: ${k}` },
    { kind: 'slack-bot', file: 'deploy/ci.yml', key: `xoxb-${rand(12, '0123456789')}-${rand(13, '0123456789')}-${rand(24)}`, text: (k) => `  slack: ${k}` },
    { kind: 'npm', file: 'deploy/ci.yml', key: `npm_${rand(36)}`, text: (k) => `  npm: ${k}` },
    { kind: 'sendgrid', file: 'deploy/ci.yml', key: `SG.${rand(22, URLSAFE)}.${rand(43, URLSAFE)}`, text: (k) => `  sendgrid: ${k}` },
    { kind: 'stripe', file: 'deploy/ci.yml', key: `sk_live_${rand(24)}`, text: (k) => `  stripe: ${k}` },
    { kind: 'database-url', file: 'deploy/ci.yml', key: `postgres://app:${rand(16, ALNUM)}@db.internal:5432/models`, text: (k) => `  database: ${k}` },
    { kind: 'private-key', file: 'deploy/id_rsa', key: pem, text: (k) => k },
    { kind: 'notebook-wandb', file: 'notebooks/train.py', key: rand(40, HEX), text: (k) => `wandb.login(key="${k}")` },
    { kind: 'notebook-cohere', file: 'notebooks/train.py', key: rand(40), text: (k) => `co = cohere.Client(api_key="${k}")` }
  ]
}

/** Writes the corpus under `dir` and returns every planted key with its file and (first) line. */
export function writeSecretCorpus(dir: string): Planted[] {
  const files = new Map<string, string[]>()
  const planted: Planted[] = []
  for (const e of entries()) {
    const lines = files.get(e.file) ?? ['# generated: random keys of real shapes, none of them a real credential', '']
    const line = lines.length + 1
    lines.push(...e.text(e.key).split('\n'))
    lines.push('')
    files.set(e.file, lines)
    planted.push({ kind: e.kind, file: e.file, line, secret: e.key })
  }
  for (const [rel, lines] of files) {
    mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true })
    writeFileSync(path.join(dir, rel), lines.join('\n'))
  }
  return planted
}

/** Recall of a tool's findings (file:line) against the planted keys; a multi-line key counts at any of its lines. */
export function recall(planted: Planted[], found: Array<{ file: string; line: number | null }>): { found: string[]; missed: string[] } {
  const at = new Set(found.map((f) => `${f.file}:${f.line}`))
  const hit = (p: Planted) => {
    const n = p.secret.split('\n').length
    for (let i = 0; i < n; i++) if (at.has(`${p.file}:${p.line + i}`)) return true
    return false
  }
  return { found: planted.filter(hit).map((p) => p.kind), missed: planted.filter((p) => !hit(p)).map((p) => p.kind) }
}
