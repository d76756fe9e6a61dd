/**
 * The unsafe-load rules: every rule id, its severity, what it flags and what to do instead.
 * docs/gates/code-rules.md documents the same table for users; keep them together.
 */
import type { Severity } from '../../../engine/types.js'

export interface RuleInfo {
  id: string
  severity: Severity
  title: string
  /** What to do instead; ends every message of the rule. */
  fix: string
  /** bandit test ids that flag the same call: a bandit finding with one of these ids on the same line is merged into ours. */
  bandit: string[]
}

const DOCS = 'docs/gates/code-rules.md'

export const RULES = {
  'torch-load-unsafe': {
    id: 'torch-load-unsafe',
    severity: 'high',
    title: 'torch.load can unpickle code',
    fix: 'Pass weights_only=True (tensors and plain containers only), or save and load weights with safetensors (safetensors.torch.load_file).',
    bandit: ['B614']
  },
  'pickle-load': {
    id: 'pickle-load',
    severity: 'high',
    title: 'pickle-family load',
    fix: 'Do not unpickle data that could come from anyone else: store models as safetensors/ONNX and data as JSON, CSV or Parquet; if a pickle is unavoidable, verify its hash against a lock file first.',
    bandit: ['B301']
  },
  'joblib-load': {
    id: 'joblib-load',
    severity: 'high',
    title: 'joblib.load unpickles',
    fix: 'Load only files whose hash you pinned (a lock file), or export the model with skops (skops.io.load with trusted types) or ONNX.',
    bandit: ['B301']
  },
  'shelve-open': {
    id: 'shelve-open',
    severity: 'medium',
    title: 'shelve stores pickles',
    fix: 'Use a format without code (sqlite3 with JSON values, dbm with JSON) for data that could come from elsewhere.',
    bandit: ['B301']
  },
  'pandas-read-pickle': {
    id: 'pandas-read-pickle',
    severity: 'high',
    title: 'pandas.read_pickle unpickles',
    fix: 'Store data frames as Parquet, Feather or CSV and read them with pandas.read_parquet / read_feather / read_csv.',
    bandit: ['B301']
  },
  'numpy-allow-pickle': {
    id: 'numpy-allow-pickle',
    severity: 'high',
    title: 'numpy.load with allow_pickle',
    fix: 'Leave allow_pickle at its default (False) and save object arrays in a format without pickles.',
    bandit: []
  },
  'yaml-unsafe-load': {
    id: 'yaml-unsafe-load',
    severity: 'high',
    title: 'YAML load that can build Python objects',
    fix: 'Use yaml.safe_load(stream), or yaml.load(stream, Loader=yaml.SafeLoader) (CSafeLoader for speed).',
    bandit: ['B506']
  },
  'marshal-load': {
    id: 'marshal-load',
    severity: 'medium',
    title: 'marshal load',
    fix: 'marshal is not safe against crafted input: use JSON for data.',
    bandit: ['B302']
  },
  'keras-unsafe-deserialization': {
    id: 'keras-unsafe-deserialization',
    severity: 'high',
    title: 'Keras safe mode turned off',
    fix: 'Keep safe_mode=True (the default) and replace Lambda layers by registered custom layers; do not call enable_unsafe_deserialization().',
    bandit: []
  },
  'hf-trust-remote-code': {
    id: 'hf-trust-remote-code',
    severity: 'high',
    title: 'trust_remote_code runs code from the Hub',
    fix: 'Remove trust_remote_code=True; if the model needs its own code, vendor that code into the repository after review, or pin revision= to a reviewed commit hash.',
    bandit: []
  },
  'hf-unpinned-revision': {
    id: 'hf-unpinned-revision',
    severity: 'medium',
    title: 'Hugging Face download not pinned to a commit',
    fix: 'Pass revision="<40-hex commit hash>" so a later push to the Hub repository cannot change what is loaded.',
    bandit: ['B615']
  }
} as const satisfies Record<string, RuleInfo>

export type RuleId = keyof typeof RULES
export const RULE_IDS = Object.keys(RULES) as RuleId[]

export function ruleHelp(id: RuleId): { text: string } {
  const r: RuleInfo = RULES[id]
  return { text: `${r.title}. ${r.fix} (ai-secure-gates rule ${r.id}; see ${DOCS}).` }
}
