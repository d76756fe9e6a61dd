/**
 * secretlint rules for model and data providers that the recommended preset does not cover
 * (the preset already has OpenAI `...T3BlbkFJ...` keys, Anthropic `sk-ant-api0N-`, Groq `gsk_`,
 * Hugging Face user tokens `hf_`, AWS, GCP service accounts, GitHub, Slack, private keys and more).
 *
 * Two kinds of pattern:
 * - prefixed tokens whose shape alone identifies them (Replicate `r8_`, Google API keys `AIza`,
 *   xAI `xai-`, Perplexity `pplx-`, LangSmith `lsv2_`, NVIDIA `nvapi-`, Pinecone `pcsk_`,
 *   Hugging Face organisation tokens `api_org_`, Anthropic admin keys);
 * - unprefixed keys (Cohere, Azure OpenAI, Weights & Biases, Mistral, Together, Kaggle, Comet,
 *   DeepSeek, OpenAI keys without the T3BlbkFJ marker) found only when assigned to the provider's
 *   usual variable (`COHERE_API_KEY = "..."`, `os.environ["WANDB_API_KEY"] = "..."`,
 *   `wandb.login(key="...")`), so a random 40-hex string elsewhere is not taken for a key.
 *
 * Secret scanners necessarily match text patterns; these run over file text, never over a parse
 * of it, and the reported range is the secret alone.
 */
import type { SecretLintRuleCreator } from '@secretlint/types'

export interface ProviderPattern {
  /** secretlint message id, and the finding's rule id in lower case with dashes. */
  id: string
  label: string
  /** The secret is capture group 1 (or the whole match). Always global. */
  pattern: RegExp
}

/** `NAME = "value"`, `NAME: value`, `os.environ["NAME"] = "value"`, also inside notebook JSON (`\"`). */
function assigned(names: string[], value: string): RegExp {
  return new RegExp(`(?<![A-Za-z0-9_])(?:${names.join('|')})(?:\\\\?["'\\]])*\\s*(?:=|:|,)\\s*(?:\\\\?["'])?(${value})(?![A-Za-z0-9_-])`, 'g')
}

/** `callee(... key="value" ...)` (keyword argument to a client constructor or login call). */
function keyword(callee: string, kw: string, value: string): RegExp {
  return new RegExp(`${callee}\\s*\\([^)]{0,400}?\\b${kw}\\s*=\\s*\\\\?["'](${value})\\\\?["']`, 'g')
}

const B = '(?<![A-Za-z0-9_-])'
const E = '(?![A-Za-z0-9_-])'

export const PROVIDER_PATTERNS: ProviderPattern[] = [
  { id: 'REPLICATE_API_TOKEN', label: 'Replicate API token', pattern: new RegExp(`${B}(r8_[A-Za-z0-9]{37})${E}`, 'g') },
  { id: 'GOOGLE_API_KEY', label: 'Google API key (Gemini / AI Studio / Google Cloud)', pattern: new RegExp(`${B}(AIza[0-9A-Za-z_-]{35})${E}`, 'g') },
  { id: 'XAI_API_KEY', label: 'xAI API key', pattern: new RegExp(`${B}(xai-[A-Za-z0-9]{80})${E}`, 'g') },
  { id: 'PERPLEXITY_API_KEY', label: 'Perplexity API key', pattern: new RegExp(`${B}(pplx-[A-Za-z0-9]{48})${E}`, 'g') },
  { id: 'LANGSMITH_API_KEY', label: 'LangSmith API key', pattern: new RegExp(`${B}(lsv2_(?:pt|sk)_[0-9a-f]{32}_[0-9a-f]{10})${E}`, 'g') },
  { id: 'NVIDIA_API_KEY', label: 'NVIDIA NGC / build.nvidia.com API key', pattern: new RegExp(`${B}(nvapi-[A-Za-z0-9_-]{64})${E}`, 'g') },
  { id: 'PINECONE_API_KEY', label: 'Pinecone API key', pattern: new RegExp(`${B}(pcsk_[A-Za-z0-9]{4,10}_[A-Za-z0-9]{40,80})${E}`, 'g') },
  { id: 'HUGGINGFACE_ORG_TOKEN', label: 'Hugging Face organisation API token', pattern: new RegExp(`${B}(api_org_[A-Za-z]{34})${E}`, 'g') },
  { id: 'ANTHROPIC_ADMIN_KEY', label: 'Anthropic admin API key', pattern: new RegExp(`${B}(sk-ant-admin0\\d-[A-Za-z0-9_-]{90,128}AA)${E}`, 'g') },
  { id: 'TOGETHER_API_KEY', label: 'Together AI API key', pattern: new RegExp(`${B}(tgp_v1_[A-Za-z0-9_-]{43})${E}`, 'g') },
  // OpenAI project/service keys in every length seen (64/64 around the marker included), and without the T3BlbkFJ marker.
  { id: 'OPENAI_API_KEY', label: 'OpenAI API key', pattern: new RegExp(`${B}(sk-(?:(?:proj|svcacct|admin)-)?[A-Za-z0-9_-]{16,200}T3BlbkFJ[A-Za-z0-9_-]{16,200})${E}`, 'g') },
  { id: 'OPENAI_API_KEY', label: 'OpenAI API key', pattern: new RegExp(`${B}(sk-(?:proj|svcacct|admin)-[A-Za-z0-9_-]{40,300})${E}`, 'g') },
  // PEM private keys of every kind, short ones too (an Ed25519 PKCS#8 key is 64 base64 characters), also inside notebook JSON strings.
  { id: 'PRIVATE_KEY', label: 'Private key (PEM)', pattern: /(-----BEGIN ((?:[A-Z0-9]+ )*)PRIVATE KEY(?: BLOCK)?-----[A-Za-z0-9+/=\s\\:,"'-]{40,16000}?-----END \2PRIVATE KEY(?: BLOCK)?-----)/g },
  // AWS secret access keys assigned to their usual names: the preset's rule misses the ~4 % of keys that end in '/' or '+'.
  { id: 'AWS_SECRET_ACCESS_KEY', label: 'AWS secret access key', pattern: assigned(['aws_secret_access_key', 'AWS_SECRET_ACCESS_KEY', 'aws_secret_key', 'AWS_SECRET_KEY', 'SecretAccessKey'], '[A-Za-z0-9/+]{40}(?![A-Za-z0-9/+=])') },
  { id: 'OPENAI_API_KEY', label: 'OpenAI API key', pattern: assigned(['OPENAI_API_KEY', 'openai_api_key', 'openai\\.api_key'], 'sk-(?:proj-|svcacct-|admin-)?[A-Za-z0-9_-]{32,200}') },
  { id: 'COHERE_API_KEY', label: 'Cohere API key', pattern: assigned(['COHERE_API_KEY', 'CO_API_KEY', 'cohere_api_key'], '[A-Za-z0-9]{40}') },
  { id: 'COHERE_API_KEY', label: 'Cohere API key', pattern: keyword('cohere\\.(?:Async)?Client(?:V2)?', 'api_key', '[A-Za-z0-9]{40}') },
  { id: 'AZURE_OPENAI_API_KEY', label: 'Azure OpenAI API key', pattern: assigned(['AZURE_OPENAI_API_KEY', 'AZURE_OPENAI_KEY', 'azure_openai_api_key', 'AZURE_API_KEY'], '[0-9a-f]{32}|[A-Za-z0-9]{84}') },
  { id: 'AZURE_OPENAI_API_KEY', label: 'Azure OpenAI API key', pattern: keyword('AzureOpenAI', 'api_key', '[0-9a-f]{32}|[A-Za-z0-9]{84}') },
  { id: 'WANDB_API_KEY', label: 'Weights & Biases API key', pattern: assigned(['WANDB_API_KEY', 'wandb_api_key'], '(?:local-)?[0-9a-f]{40}') },
  { id: 'WANDB_API_KEY', label: 'Weights & Biases API key', pattern: keyword('wandb\\.login', 'key', '(?:local-)?[0-9a-f]{40}') },
  { id: 'MISTRAL_API_KEY', label: 'Mistral AI API key', pattern: assigned(['MISTRAL_API_KEY', 'mistral_api_key'], '[A-Za-z0-9]{32}') },
  { id: 'TOGETHER_API_KEY', label: 'Together AI API key', pattern: assigned(['TOGETHER_API_KEY', 'together_api_key'], '[0-9a-f]{64}') },
  { id: 'DEEPSEEK_API_KEY', label: 'DeepSeek API key', pattern: assigned(['DEEPSEEK_API_KEY', 'deepseek_api_key'], 'sk-[0-9a-f]{32}') },
  { id: 'KAGGLE_KEY', label: 'Kaggle API key', pattern: assigned(['KAGGLE_KEY', 'kaggle_key'], '[0-9a-f]{32}') },
  { id: 'KAGGLE_KEY', label: 'Kaggle API key (kaggle.json)', pattern: /"username"\s*:\s*"[^"\n]{1,64}"\s*,\s*"key"\s*:\s*"([0-9a-f]{32})"/g },
  { id: 'COMET_API_KEY', label: 'Comet ML API key', pattern: assigned(['COMET_API_KEY', 'comet_api_key'], '[A-Za-z0-9]{25}') },
  { id: 'ELEVENLABS_API_KEY', label: 'ElevenLabs API key', pattern: assigned(['ELEVENLABS_API_KEY', 'XI_API_KEY', 'elevenlabs_api_key'], 'sk_[0-9a-f]{48}|[0-9a-f]{32}') },
  { id: 'STABILITY_API_KEY', label: 'Stability AI API key', pattern: assigned(['STABILITY_API_KEY', 'STABILITY_KEY', 'stability_api_key'], 'sk-[A-Za-z0-9]{48}') }
]

export const PROVIDER_RULE_ID = 'ai-secure-gates/ai-providers'

const messages = Object.fromEntries(PROVIDER_PATTERNS.map((p) => [p.id, { en: () => `found ${p.label}` }]))

/** One secretlint rule holding every provider pattern (message id = provider). */
export const aiProvidersRule: SecretLintRuleCreator = {
  messages,
  meta: {
    id: PROVIDER_RULE_ID,
    type: 'scanner',
    recommended: true,
    supportedContentTypes: ['text']
  },
  create(context) {
    const t = context.createTranslator(messages)
    return {
      file(source) {
        const text = source.content
        const seen = new Set<string>()
        for (const p of PROVIDER_PATTERNS) {
          p.pattern.lastIndex = 0
          for (const m of text.matchAll(p.pattern)) {
            const secret = m[1] ?? m[0]
            const start = (m.index ?? 0) + m[0].indexOf(secret)
            const key = `${start}:${secret.length}`
            if (seen.has(key)) continue
            seen.add(key)
            context.report({ message: t(p.id as never), range: [start, start + secret.length] })
          }
        }
      }
    }
  }
}

export function providerLabel(messageId: string): string | undefined {
  return PROVIDER_PATTERNS.find((p) => p.id === messageId)?.label
}
