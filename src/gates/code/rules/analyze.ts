/**
 * Finds unsafe loads in Python source over tree-sitter's syntax tree (never a regular expression
 * over source). Names are resolved through the file's imports (`import torch as t`,
 * `from joblib import load as jl`, `from pickle import *`) and simple aliases
 * (`ld = torch.load`, `p = pickle`), then each call is matched against the rules in catalog.ts
 * with its positional and keyword arguments.
 *
 * Scope is the file: an import anywhere in the file binds the name everywhere in it (notebooks
 * are scanned as one file, cells in order, so an import in cell 1 applies in cell 5).
 */
import { parseInlineComment, type InlineComment } from '../suppress.js'
import { RULES, type RuleId } from './catalog.js'
import { withPythonTree, type SyntaxNode } from './parser.js'

export interface RuleHit {
  ruleId: RuleId
  /** What was called, resolved (`torch.load`). */
  call: string
  message: string
  /** 1-based lines and columns in the scanned source. */
  startLine: number
  startColumn: number
  endLine: number
  endColumn: number
}

type Bindings = Map<string, Set<string>>

function bind(b: Bindings, name: string, qualified: string): void {
  let set = b.get(name)
  if (!set) b.set(name, (set = new Set()))
  set.add(qualified)
}

/** `a.b.c` for an identifier/attribute chain, else null (calls, subscripts...). */
function dotted(node: SyntaxNode | null): string | null {
  if (!node) return null
  if (node.type === 'identifier') return node.text
  if (node.type === 'attribute') {
    const obj = dotted(node.childForFieldName('object'))
    const attr = node.childForFieldName('attribute')
    return obj && attr ? `${obj}.${attr.text}` : null
  }
  return null
}

function dottedName(node: SyntaxNode): string {
  return node.namedChildren
    .filter((c) => c?.type === 'identifier')
    .map((c) => c!.text)
    .join('.')
}

interface Scope {
  bindings: Bindings
  /** Modules imported with `from m import *`. */
  star: string[]
  /** Names bound by a relative import (`from .model import GPT`): the package's own code. */
  relative: Set<string>
  /** Classes defined in this file, with their base classes as written. */
  classes: Map<string, string[]>
  /** Names whose every assignment in the file is a pickle-family dumps(...) call (round-trip data). */
  dumped: Set<string>
}

function collectImports(root: SyntaxNode): Scope {
  const bindings: Bindings = new Map()
  const star: string[] = []
  const relative = new Set<string>()
  const classes = new Map<string, string[]>()
  for (const node of root.descendantsOfType('class_definition')) {
    const name = node?.childForFieldName('name')
    if (!node || !name) continue
    const bases = (node.childForFieldName('superclasses')?.namedChildren ?? []).map((b) => dotted(b)).filter((b): b is string => !!b)
    classes.set(name.text, [...(classes.get(name.text) ?? []), ...bases])
  }
  for (const node of root.descendantsOfType(['import_statement', 'import_from_statement'])) {
    if (!node) continue
    if (node.type === 'import_statement') {
      for (const n of node.childrenForFieldName('name')) {
        if (!n) continue
        if (n.type === 'dotted_name') {
          const full = dottedName(n)
          const head = full.split('.')[0]
          bind(bindings, head, head)
        } else if (n.type === 'aliased_import') {
          const name = n.childForFieldName('name')
          const alias = n.childForFieldName('alias')
          if (name && alias) bind(bindings, alias.text, dottedName(name))
        }
      }
      continue
    }
    const mod = node.childForFieldName('module_name')
    if (!mod) continue
    if (mod.type !== 'dotted_name') {
      // relative imports are the project's own code
      for (const n of node.childrenForFieldName('name')) {
        const bound = n?.type === 'aliased_import' ? n.childForFieldName('alias') : n
        if (bound) relative.add(bound.text.split('.')[0])
      }
      continue
    }
    const module = dottedName(mod)
    if (node.namedChildren.some((c) => c?.type === 'wildcard_import')) star.push(module)
    for (const n of node.childrenForFieldName('name')) {
      if (!n) continue
      if (n.type === 'dotted_name') {
        const name = dottedName(n)
        bind(bindings, name, `${module}.${name}`)
      } else if (n.type === 'aliased_import') {
        const name = n.childForFieldName('name')
        const alias = n.childForFieldName('alias')
        if (name && alias) bind(bindings, alias.text, `${module}.${dottedName(name)}`)
      }
    }
  }
  return { bindings, star, relative, classes, dumped: new Set() }
}

/** Qualified names a dotted expression may stand for, through imports and known aliases. */
function resolve(scope: Scope, expr: string): string[] {
  const [head, ...rest] = expr.split('.')
  const tail = rest.length ? `.${rest.join('.')}` : ''
  const bound = scope.bindings.get(head)
  if (bound) return [...bound].map((q) => q + tail)
  return scope.star.map((m) => `${m}.${expr}`)
}

const PICKLE_DUMPS = new Set(['pickle', 'cPickle', '_pickle', 'dill', 'cloudpickle', 'pickle5'].map((m) => `${m}.dumps`))

/** A call to pickle.dumps (or dill's, cloudpickle's...): bytes this very program just made. */
function isDumpsCall(node: SyntaxNode | null | undefined, scope: Scope): boolean {
  if (node?.type !== 'call') return false
  const fn = dotted(node.childForFieldName('function'))
  return !!fn && resolve(scope, fn).some((n) => PICKLE_DUMPS.has(n))
}

/** `s = pickle.dumps(obj)` and nothing else assigned to s in the file: s holds round-trip data. */
function collectDumped(root: SyntaxNode, scope: Scope): void {
  const verdict = new Map<string, boolean>()
  for (const a of root.descendantsOfType(['assignment', 'augmented_assignment'])) {
    const left = a?.childForFieldName('left')
    if (!a || left?.type !== 'identifier') continue
    const ok = a.type === 'assignment' && isDumpsCall(a.childForFieldName('right'), scope)
    verdict.set(left.text, (verdict.get(left.text) ?? true) && ok)
  }
  for (const [name, ok] of verdict) if (ok) scope.dumped.add(name)
}

/** `x = torch.load` / `p = pickle`: x stands for what the right side resolves to. */
function collectAliases(root: SyntaxNode, scope: Scope): void {
  const assignments = root.descendantsOfType('assignment').filter((a): a is SyntaxNode => !!a)
  for (let pass = 0; pass < 3; pass++) {
    let changed = false
    for (const a of assignments) {
      const left = a.childForFieldName('left')
      const right = a.childForFieldName('right')
      if (left?.type !== 'identifier' || !right) continue
      const expr = dotted(right)
      if (!expr) continue
      for (const q of resolve(scope, expr)) {
        if (!scope.bindings.get(left.text)?.has(q)) {
          bind(scope.bindings, left.text, q)
          changed = true
        }
      }
    }
    if (!changed) break
  }
}

/** A constant as far as we can tell without running anything. */
type Value =
  | { kind: 'bool'; value: boolean }
  | { kind: 'none' }
  | { kind: 'string'; value: string }
  | { kind: 'name'; names: string[] }
  | { kind: 'unknown' }

function valueOf(node: SyntaxNode | null | undefined, scope: Scope): Value | null {
  if (!node) return null
  switch (node.type) {
    case 'true':
      return { kind: 'bool', value: true }
    case 'false':
      return { kind: 'bool', value: false }
    case 'none':
      return { kind: 'none' }
    case 'parenthesized_expression':
      return valueOf(node.namedChildren.find((c) => c && c.type !== 'comment'), scope)
    case 'string': {
      const parts = node.namedChildren.filter((c): c is SyntaxNode => !!c)
      if (parts.some((c) => c.type !== 'string_start' && c.type !== 'string_end' && c.type !== 'string_content')) return { kind: 'unknown' }
      return { kind: 'string', value: parts.filter((c) => c.type === 'string_content').map((c) => c.text).join('') }
    }
    case 'identifier':
    case 'attribute': {
      const expr = dotted(node)
      if (!expr) return { kind: 'unknown' }
      const names = resolve(scope, expr)
      return { kind: 'name', names: names.length ? names : [expr] }
    }
    default:
      return { kind: 'unknown' }
  }
}

interface Call {
  node: SyntaxNode
  /** Resolved qualified names of the callee. */
  names: string[]
  /** The callee as written (`t.load`). */
  written: string
  positional: SyntaxNode[]
  keywords: Map<string, SyntaxNode>
}

/** The argument given by keyword, or at a positional index; null when absent. */
function arg(call: Call, keyword: string, position?: number): SyntaxNode | null {
  const k = call.keywords.get(keyword)
  if (k) return k
  if (position !== undefined && position < call.positional.length) return call.positional[position]
  return null
}

const isTrue = (v: Value | null) => v?.kind === 'bool' && v.value
const isFalsy = (v: Value | null) => v === null || v.kind === 'none' || (v.kind === 'bool' && !v.value)

function describe(v: Value | null, node: SyntaxNode | null): string {
  if (!v || !node) return 'absent'
  return node.text.length > 60 ? `${node.text.slice(0, 57)}...` : node.text
}

const PICKLE_MODULES = ['pickle', 'cPickle', '_pickle', 'dill', 'cloudpickle', 'pickle5']
const PICKLE_CALLS = new Set(PICKLE_MODULES.flatMap((m) => [`${m}.load`, `${m}.loads`, `${m}.Unpickler`, `${m}._load`, `${m}._loads`, `${m}._Unpickler`]))
const JOBLIB_CALLS = new Set(['joblib.load', 'sklearn.externals.joblib.load', 'joblib.numpy_pickle.load'])
const SHELVE_CALLS = new Set(['shelve.open', 'shelve.DbfilenameShelf', 'shelve.Shelf', 'shelve.BsdDbShelf'])
const PANDAS_CALLS = new Set(['pandas.read_pickle', 'pandas.io.pickle.read_pickle'])
const TORCH_CALLS = new Set(['torch.load', 'torch.serialization.load'])
const NUMPY_CALLS = new Set(['numpy.load'])
const MARSHAL_CALLS = new Set(['marshal.load', 'marshal.loads'])
const YAML_LOADER_CALLS = new Set(['yaml.load', 'yaml.load_all'])
const YAML_UNSAFE_CALLS = new Set(['yaml.unsafe_load', 'yaml.unsafe_load_all', 'yaml.full_load', 'yaml.full_load_all'])
const YAML_SAFE_LOADERS = new Set(['yaml.SafeLoader', 'yaml.CSafeLoader', 'yaml.BaseLoader', 'yaml.CBaseLoader', 'yaml.cyaml.CSafeLoader', 'yaml.cyaml.CBaseLoader', 'yaml.loader.SafeLoader', 'yaml.loader.BaseLoader'])
const KERAS_ROOTS = new Set(['keras', 'tensorflow', 'tf_keras'])
const HF_DOWNLOADS = new Set([
  'huggingface_hub.hf_hub_download',
  'huggingface_hub.snapshot_download',
  'huggingface_hub.file_download.hf_hub_download',
  'huggingface_hub._snapshot_download.snapshot_download',
  'datasets.load_dataset'
])
/** load_dataset builders that read local files (no Hub download). */
const LOCAL_BUILDERS = new Set(['csv', 'json', 'parquet', 'text', 'arrow', 'pandas', 'sql', 'generator', 'imagefolder', 'audiofolder', 'videofolder', 'webdataset', 'xml'])
const COMMIT_HASH = /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/

const anyIn = (names: string[], set: Set<string>) => names.some((n) => set.has(n))
const first = (names: string[], set: Set<string>) => names.find((n) => set.has(n)) ?? names[0]

function looksLocal(v: Value | null): boolean {
  if (v?.kind !== 'string') return false
  const s = v.value
  return s.startsWith('.') || s.startsWith('/') || s.startsWith('~') || s.includes('\\') || s[1] === ':'
}

interface Env {
  /** True when a top-level module name is the repository's own code (a .py file or package in it). */
  isLocalModule: (module: string) => boolean
}

type Check = (call: Call, scope: Scope, env: Env) => Array<{ ruleId: RuleId; call: string; what: string }>

/** Libraries whose `X.from_pretrained(...)` downloads from the Hugging Face Hub. */
export const HUB_LIBRARIES = new Set([
  'transformers', 'diffusers', 'sentence_transformers', 'peft', 'timm', 'open_clip', 'huggingface_hub', 'tokenizers', 'optimum',
  'setfit', 'adapters', 'span_marker', 'trl', 'gliner', 'unsloth', 'pyannote', 'speechbrain', 'flair', 'lerobot', 'auto_gptq',
  'awq', 'colpali_engine', 'fastembed', 'parler_tts', 'outetts', 'mamba_ssm', 'optimum_intel', 'petals', 'nemo'
])
/** Libraries with a `from_pretrained` that downloads nothing (torch.nn.Embedding.from_pretrained takes a tensor). */
const NON_HUB_LIBRARIES = new Set(['torch', 'torchvision', 'torchaudio', 'torchtext', 'tensorflow', 'keras', 'numpy', 'scipy', 'sklearn', 'pandas', 'jax', 'gensim'])

/**
 * Where the receiver of `X.from_pretrained(...)` comes from: `hub` (a Hub-loading library, an
 * import that cannot be resolved, or a class of this file derived from a Hub library's class),
 * `local` (the repository's own code, a known library without Hub downloads), or `unknown` (a
 * variable, `self.x`, a parameter: not reported).
 */
function receiverOrigin(receiver: string, scope: Scope, env: Env): 'hub' | 'local' | 'unknown' {
  const head = receiver.split('.')[0]
  if (scope.relative.has(head)) return 'local'
  const bound = scope.bindings.get(head)
  const names = bound ? [...bound] : []
  if (!bound) {
    const bases = scope.classes.get(head)
    // A class of this file: its from_pretrained is the Hub's only when it derives from a Hub library's class.
    if (bases) return bases.some((b) => resolve(scope, b).some((q) => HUB_LIBRARIES.has(q.split('.')[0]))) ? 'hub' : 'local'
    // through `from m import *` only a class-like name (AutoModel), not self, cls or a variable
    if (/^[A-Z]/.test(head)) names.push(...scope.star.map((m) => `${m}.${head}`))
  }
  if (!names.length) return 'unknown'
  let origin: 'hub' | 'local' = 'local'
  for (const q of names) {
    const root = q.split('.')[0]
    if (HUB_LIBRARIES.has(root)) return 'hub'
    if (NON_HUB_LIBRARIES.has(root) || env.isLocalModule(root)) continue
    origin = 'hub' // an import that cannot be resolved: it may well wrap a Hub download
  }
  return origin
}

const checks: Check[] = [
  (c) => {
    if (!anyIn(c.names, TORCH_CALLS)) return []
    const node = arg(c, 'weights_only')
    const v = valueOf(node, emptyScope)
    if (isTrue(v)) return []
    const what = !node
      ? `torch.load(...) without weights_only=True unpickles whatever the file holds (before torch 2.6 this is the default), so a crafted checkpoint runs code when loaded`
      : v?.kind === 'bool'
        ? `torch.load(..., weights_only=False) unpickles whatever the file holds, so a crafted checkpoint runs code when loaded`
        : `torch.load(..., weights_only=${describe(v, node)}) cannot be shown to pass True; unless it does, a crafted checkpoint runs code when loaded`
    return [{ ruleId: 'torch-load-unsafe', call: 'torch.load', what }]
  },
  (c, scope) => {
    if (!anyIn(c.names, PICKLE_CALLS)) return []
    const name = first(c.names, PICKLE_CALLS)
    // pickle.loads(pickle.dumps(obj)): a round trip of the program's own object, no outside data
    const data = c.positional[0]
    if (name.endsWith('.loads') && (isDumpsCall(data, scope) || (data?.type === 'identifier' && scope.dumped.has(data.text)))) return []
    return [{ ruleId: 'pickle-load', call: name, what: `${name}(...) runs any code the pickled data names: a crafted file or byte string executes on load` }]
  },
  (c) => {
    if (!anyIn(c.names, JOBLIB_CALLS)) return []
    return [{ ruleId: 'joblib-load', call: 'joblib.load', what: `joblib.load(...) unpickles the file, so a crafted model file runs code when loaded` }]
  },
  (c) => {
    if (!anyIn(c.names, SHELVE_CALLS)) return []
    const name = first(c.names, SHELVE_CALLS)
    return [{ ruleId: 'shelve-open', call: name, what: `${name}(...) reads values with pickle, so a crafted shelf file runs code when read` }]
  },
  (c) => {
    if (!anyIn(c.names, PANDAS_CALLS)) return []
    return [{ ruleId: 'pandas-read-pickle', call: 'pandas.read_pickle', what: `pandas.read_pickle(...) unpickles the file, so a crafted file runs code when read` }]
  },
  (c, scope) => {
    if (!anyIn(c.names, NUMPY_CALLS)) return []
    const node = arg(c, 'allow_pickle', 2)
    const v = valueOf(node, scope)
    if (isFalsy(v)) return []
    const what = isTrue(v)
      ? `numpy.load(..., allow_pickle=True) unpickles object arrays, so a crafted .npy/.npz runs code when loaded`
      : `numpy.load(..., allow_pickle=${describe(v, node)}) may allow pickles (not the literal False), so a crafted .npy/.npz could run code`
    return [{ ruleId: 'numpy-allow-pickle', call: 'numpy.load', what }]
  },
  (c, scope) => {
    if (anyIn(c.names, YAML_UNSAFE_CALLS)) {
      const name = first(c.names, YAML_UNSAFE_CALLS)
      return [{ ruleId: 'yaml-unsafe-load', call: name, what: `${name}(...) can build arbitrary Python objects from tags in the document` }]
    }
    if (!anyIn(c.names, YAML_LOADER_CALLS)) return []
    const name = first(c.names, YAML_LOADER_CALLS)
    const node = arg(c, 'Loader', 1)
    const v = valueOf(node, scope)
    if (v?.kind === 'name' && v.names.some((n) => YAML_SAFE_LOADERS.has(n))) return []
    const what = !node
      ? `${name}(...) without a safe Loader uses a loader that can build Python objects (older PyYAML) or fails (PyYAML 6)`
      : `${name}(..., Loader=${describe(v, node)}) is not a safe loader and can build arbitrary Python objects from tags in the document`
    return [{ ruleId: 'yaml-unsafe-load', call: name, what }]
  },
  (c) => {
    if (!anyIn(c.names, MARSHAL_CALLS)) return []
    const name = first(c.names, MARSHAL_CALLS)
    return [{ ruleId: 'marshal-load', call: name, what: `${name}(...) is not safe against crafted data (it can crash the interpreter or load code objects)` }]
  },
  (c, scope) => {
    const keras = c.names.filter((n) => KERAS_ROOTS.has(n.split('.')[0]))
    const last = (n: string) => n.split('.').pop()
    if (keras.some((n) => last(n) === 'enable_unsafe_deserialization')) {
      return [{ ruleId: 'keras-unsafe-deserialization', call: keras.find((n) => last(n) === 'enable_unsafe_deserialization')!, what: `enable_unsafe_deserialization() turns off Keras safe mode for every later load, so Lambda layers in a model file run code` }]
    }
    const loader = keras.find((n) => last(n) === 'load_model' || last(n) === 'deserialize_keras_object' || last(n) === 'model_from_json')
    if (!loader) return []
    const position = last(loader) === 'load_model' ? 3 : undefined
    const node = arg(c, 'safe_mode', position)
    const v = valueOf(node, scope)
    if (!node || isTrue(v)) return []
    const what = v?.kind === 'bool' || v?.kind === 'none'
      ? `${loader}(..., safe_mode=${node.text}) lets a model file's Lambda layers run arbitrary code when loaded`
      : `${loader}(..., safe_mode=${describe(v, node)}) may turn off safe mode (not the literal True), letting Lambda layers run code`
    return [{ ruleId: 'keras-unsafe-deserialization', call: loader, what }]
  },
  (c, scope) => {
    const node = c.keywords.get('trust_remote_code')
    if (!node) return []
    const v = valueOf(node, scope)
    if (isFalsy(v)) return []
    const what = isTrue(v)
      ? `${c.written}(..., trust_remote_code=True) downloads and runs Python code from the model's Hub repository`
      : `${c.written}(..., trust_remote_code=${describe(v, node)}) may run Python code from the Hub (not the literal False)`
    return [{ ruleId: 'hf-trust-remote-code', call: c.names[0] ?? c.written, what }]
  },
  (c, scope, env) => {
    const fromPretrained = c.written.endsWith('.from_pretrained') && receiverOrigin(c.written.slice(0, -'.from_pretrained'.length), scope, env) === 'hub'
    const hub = c.names.find((n) => HF_DOWNLOADS.has(n))
    if (!fromPretrained && !hub) return []
    const callName = hub ?? `${c.written}`
    const repo = valueOf(arg(c, hub ? (hub.endsWith('load_dataset') ? 'path' : 'repo_id') : 'pretrained_model_name_or_path', 0), scope)
    if (looksLocal(repo)) return []
    if (hub?.endsWith('load_dataset') && repo?.kind === 'string' && LOCAL_BUILDERS.has(repo.value)) return []
    if (isTrue(valueOf(c.keywords.get('local_files_only'), scope))) return []
    const node = c.keywords.get('revision')
    const v = valueOf(node, scope)
    if (node && v?.kind !== 'string') return [] // a variable: cannot tell; see docs
    if (v?.kind === 'string' && COMMIT_HASH.test(v.value)) return []
    const repoText = repo?.kind === 'string' ? `"${repo.value}", ` : ''
    const what = !node
      ? `${callName}(${repoText}...) downloads from the Hugging Face Hub without revision=, so it loads whatever the repository's main branch holds when it runs`
      : `${callName}(${repoText}..., revision="${v?.kind === 'string' ? v.value : ''}") names a branch or tag, which the repository owner can move`
    return [{ ruleId: 'hf-unpinned-revision', call: callName, what }]
  }
]

const emptyScope: Scope = { bindings: new Map(), star: [], relative: new Set(), classes: new Map(), dumped: new Set() }

function readCall(node: SyntaxNode, scope: Scope): Call | null {
  const fn = node.childForFieldName('function')
  const written = dotted(fn)
  if (!written) return null
  const names = resolve(scope, written)
  const positional: SyntaxNode[] = []
  const keywords = new Map<string, SyntaxNode>()
  const args = node.childForFieldName('arguments')
  if (args?.type === 'argument_list') {
    for (const a of args.namedChildren) {
      if (!a || a.type === 'comment') continue
      if (a.type === 'keyword_argument') {
        const k = a.childForFieldName('name')
        const v = a.childForFieldName('value')
        if (k && v) keywords.set(k.text, v)
      } else if (a.type === 'list_splat' || a.type === 'dictionary_splat') {
        // *args / **kwargs: positions after a splat are unknown
        if (a.type === 'list_splat') positional.push(a)
      } else {
        positional.push(a)
      }
    }
  }
  return { node, names, written, positional, keywords }
}

export interface AnalyzeOptions {
  /** Rule ids not to report. */
  disabled?: ReadonlySet<string>
  /**
   * Whether a top-level module name is the repository's own code, for `X.from_pretrained`
   * (an import that is neither the repository's nor a known library counts as a Hub download).
   * Default: nothing is.
   */
  isLocalModule?: (module: string) => boolean
}

export interface SourceAnalysis {
  hits: RuleHit[]
  /** Comments that suppress findings (`# nosec`, `# ai-secure-gates: ignore[...]`), by 1-based line. */
  comments: Map<number, InlineComment>
}

/** Every unsafe load in one Python source, in source order. */
export async function analyzePython(source: string, options: AnalyzeOptions = {}): Promise<RuleHit[]> {
  return (await analyzeSource(source, options)).hits
}

/**
 * Words that every file a rule can flag holds somewhere (the called function's own name, which
 * also appears in the import or alias that brings it: `load` for torch/pickle/joblib/numpy/yaml/
 * marshal, `loads`, `load_model`, `hf_hub_download`...), or a suppression comment. A file without
 * any is not parsed: most files of a large tree (`load_iris` is not `load`).
 */
export const RULE_TRIGGERS =
  /\b(?:_?loads?|load_all|(?:unsafe|full)_load(?:_all)?|load_model|load_dataset|hf_hub_download|snapshot_download|read_pickle|_?Unpickler)\b|shelve|deserializ|model_from_json|from_pretrained|trust_remote_code|nosec|ai-secure-gates/

/** The unsafe loads of one Python source and its suppression comments, from one parse. */
export async function analyzeSource(source: string, options: AnalyzeOptions & { rules?: boolean } = {}): Promise<SourceAnalysis> {
  const env: Env = { isLocalModule: options.isLocalModule ?? (() => false) }
  if (!RULE_TRIGGERS.test(source)) return { hits: [], comments: new Map() }
  return withPythonTree(source, (root) => {
    const comments = new Map<number, InlineComment>()
    if (/nosec|ai-secure-gates/i.test(source)) {
      for (const node of root.descendantsOfType('comment')) {
        if (!node) continue
        const c = parseInlineComment(node.text)
        if (c) comments.set(node.startPosition.row + 1, c)
      }
    }
    const hits: RuleHit[] = []
    if (options.rules === false) return { hits, comments }
    const scope = collectImports(root)
    collectAliases(root, scope)
    if (source.includes('dumps')) collectDumped(root, scope)
    for (const node of root.descendantsOfType('call')) {
      if (!node) continue
      const call = readCall(node, scope)
      if (!call) continue
      for (const check of checks) {
        for (const h of check(call, scope, env)) {
          if (options.disabled?.has(h.ruleId)) continue
          hits.push({
            ruleId: h.ruleId,
            call: h.call,
            message: `${h.what}. ${RULES[h.ruleId].fix}`,
            startLine: node.startPosition.row + 1,
            startColumn: node.startPosition.column + 1,
            endLine: node.endPosition.row + 1,
            endColumn: node.endPosition.column + 1
          })
        }
      }
    }
    hits.sort((a, b) => a.startLine - b.startLine || a.startColumn - b.startColumn)
    return { hits, comments }
  })
}
