/**
 * Verdicts on pickle globals, allowlist first: a global on the exact list (module + qualified name)
 * passes, a global known to run code, touch files or the network, or one that walks an attribute
 * chain, is `dangerous`, and anything else is `unknown` (it blocks unless the config allows it).
 * No module is allowed wholesale: protocol 4 resolves a dotted name as a chain of getattr calls,
 * so `torch.optim.lr_scheduler` + `wraps.__globals__` reaches eval through an allowed module.
 *
 * The denylist is picklescan 1.0.5's `_unsafe_globals` (research/security.md B2) joined with
 * modelscan's and the gadgets named in later advisories (fickling CVE-2026-14534, importlib, marshal...).
 * Entries are normalised to sets: picklescan's bare-string entries are exact names here.
 */

import { GENERATED_SAFE_CLASSES } from './safe-globals.js'

export type Verdict = 'safe' | 'dangerous' | 'unknown'

type NameSet = '*' | ReadonlySet<string>
const all = '*' as const
const s = (...names: string[]): ReadonlySet<string> => new Set(names)

/**
 * module -> names ('*' = the module and all its submodules). Built on the first lookup, as the safe
 * list is: a pickle that imports nothing never needs it (CLI start-up, issue 10).
 */
let deny: Record<string, NameSet> | null = null
const buildDeny = (): Record<string, NameSet> => ({
  builtins: s('eval', 'exec', 'compile', 'getattr', 'setattr', 'delattr', 'apply', 'open', 'breakpoint', '__import__', 'globals', 'locals', 'vars', 'input', 'help', 'memoryview', 'exit', 'quit'),
  __builtin__: s('eval', 'exec', 'compile', 'getattr', 'setattr', 'delattr', 'apply', 'open', 'breakpoint', '__import__', 'globals', 'locals', 'vars', 'input', 'execfile', 'file'),
  'cloudpickle.cloudpickle': s('_builtin_type', '_make_function', '_function_setstate', '_make_cell', '_make_empty_cell', 'subimport'),
  cloudpickle: all,
  dill: all,
  types: all,
  aiohttp: all,
  asyncio: all,
  bdb: all,
  commands: all,
  ctypes: all,
  _ctypes: all,
  cffi: all,
  functools: s('partial', 'reduce', 'partialmethod', 'singledispatch', 'wraps', 'update_wrapper', 'cached_property'),
  httplib: all,
  http: all,
  'logging.config': all,
  logging: s('FileHandler', 'StreamHandler', 'config'),
  'logging.handlers': all,
  _io: s('FileIO', 'open', 'open_code', 'BufferedReader', 'BufferedWriter', 'TextIOWrapper'),
  io: s('FileIO', 'open', 'open_code', 'BufferedReader', 'BufferedWriter', 'TextIOWrapper'),
  'numpy.f2py': all,
  'numpy.testing': all,
  'numpy.distutils': all,
  numpy: s('load', 'loadtxt', 'fromfile', 'genfromtxt', 'save', 'savez', 'savetxt', 'tofile', 'memmap', 'frompyfunc', 'vectorize', 'piecewise', 'apply_along_axis', 'apply_over_axes'),
  'numpy.lib.npyio': all,
  'numpy.lib.format': all,
  nt: all,
  posix: all,
  os: all,
  _operator: s('attrgetter', 'itemgetter', 'methodcaller', 'call'),
  operator: s('attrgetter', 'itemgetter', 'methodcaller', 'call'),
  'requests.api': all,
  requests: all,
  httpx: all,
  urllib3: all,
  runpy: all,
  shutil: all,
  socket: all,
  _socket: all,
  ssl: all,
  subprocess: all,
  _posixsubprocess: all,
  sys: all,
  code: all,
  codeop: all,
  cProfile: all,
  profile: all,
  distutils: all,
  setuptools: all,
  doctest: all,
  ensurepip: all,
  idlelib: all,
  imaplib: all,
  lib2to3: all,
  pdb: all,
  pickle: all,
  _pickle: all,
  pickletools: all,
  shelve: all,
  marshal: all,
  importlib: all,
  imp: all,
  pkgutil: all,
  zipimport: all,
  pip: all,
  pty: all,
  pydoc: all,
  test: all,
  timeit: all,
  trace: all,
  'torch._dynamo': all,
  'torch._inductor': all,
  'torch.fx.experimental.symbolic_shapes': all,
  'torch.jit': all,
  'torch.hub': all,
  'torch.package': all,
  'torch.serialization': s('load', '_load', 'load_from_bytes'),
  'torch.storage': s('_load_from_bytes'),
  'torch.utils._config_module': all,
  'torch.utils.bottleneck': all,
  'torch.utils.collect_env': all,
  'torch.utils.data.datapipes.utils.decoder': all,
  'torch.utils.cpp_extension': all,
  'torch._ops': all,
  'torch.ops': all,
  torch: s('load', 'compile', 'from_file', 'hub', 'jit', 'package', 'ops', '_dynamo', '_inductor', 'utils', 'set_default_tensor_type', 'save'),
  joblib: s('load'),
  'joblib.numpy_pickle': s('load', '_unpickle', 'read_array'),
  'sklearn.externals.joblib': all,
  'pandas.io.pickle': all,
  pandas: s('read_pickle', 'eval', 'read_csv', 'read_sql', 'read_html'),
  'pandas.core.computation': all,
  'urllib.request': all,
  urllib2: all,
  ftplib: all,
  smtplib: all,
  telnetlib: all,
  poplib: all,
  nntplib: all,
  xmlrpc: all,
  socketserver: all,
  uuid: all,
  venv: all,
  webbrowser: all,
  _osx_support: all,
  _aix_support: all,
  _pyrepl: all,
  site: all,
  atexit: all,
  multiprocessing: all,
  _thread: all,
  threading: all,
  concurrent: all,
  signal: all,
  tempfile: all,
  glob: all,
  tarfile: all,
  zipfile: all,
  platform: all,
  mailcap: all,
  sqlite3: all,
  _sqlite3: all,
  builtin: all,
  gc: all,
  inspect: all,
  ast: all,
  linecache: all,
  tokenize: all,
  fileinput: all,
  pathlib: all,
  posixpath: all,
  ntpath: all,
  'keras.config': all,
  'tensorflow.io': all,
  'tensorflow.keras.utils': all
})

function inSet(set: NameSet | undefined, name: string): boolean {
  if (!set) return false
  if (set === '*') return true
  if (set.has(name)) return true
  // "InteractiveInterpreter.runcode" style entries match dotted names by their first component too
  const first = name.split('.')[0]
  return first !== name && set.has(first)
}

/** True when a module, or one of its parent packages, is denied wholesale, or (module, name) is denied, or a prefix of the dotted path is. */
export function isDenied(module: string, name: string): boolean {
  const DENY = (deny ??= buildDeny())
  if (inSet(DENY[module], name)) return true
  const parts = module.split('.')
  for (let i = parts.length - 1; i >= 1; i--) {
    if (DENY[parts.slice(0, i).join('.')] === '*') return true
  }
  // a dotted name reaches into attributes: builtins.getattr.__call__, os.path.join via name "path.join"
  const full = `${module}.${name}`.split('.')
  for (let i = full.length - 1; i >= 1; i--) {
    const m = full.slice(0, i).join('.')
    const rest = full.slice(i).join('.')
    if (m === module) continue
    if (DENY[m] === '*' || inSet(DENY[m], rest)) return true
  }
  return false
}

/**
 * Globals reviewed by hand, exact (module -> space-separated qualified names): the standard library
 * types pickles use, and the functions real files call while loading (array and tensor rebuilders,
 * Cython and pandas unpicklers, numpy ufuncs and scikit-learn score functions people store in
 * estimators). Each was seen in files written by scripts/gen-pickle-corpus.py (scripts/pickle-globals.ts
 * lists them) and does nothing but build data when called with any arguments. The classes of the ML
 * libraries are in safe-globals.ts, generated.
 */
const UFUNCS = 'absolute abs add arccos arcsin arctan arctan2 cbrt ceil clip cos cosh deg2rad divide exp exp2 expm1 fabs floor floor_divide fmax fmin hypot isfinite isinf isnan log log10 log1p log2 logaddexp maximum minimum multiply negative power rad2deg reciprocal rint sign sin sinh sqrt square subtract tan tanh true_divide trunc'
const HAND_SAFE: Record<string, string> = {
  builtins: 'set frozenset bytearray bytes complex slice range object int float bool str tuple list dict Ellipsis NotImplemented',
  collections: 'OrderedDict defaultdict Counter deque',
  copyreg: '_reconstructor __newobj__ __newobj_ex__',
  _codecs: 'encode',
  datetime: 'datetime date time timedelta timezone',
  decimal: 'Decimal',
  fractions: 'Fraction',
  uuid: 'UUID SafeUUID',
  zoneinfo: 'ZoneInfo ZoneInfo._unpickle',
  pytz: '_UTC _p utc',
  'dateutil.relativedelta': 'relativedelta',
  'dateutil.tz.tz': 'tzutc tzoffset',
  numpy: `dtype ndarray matrix recarray record ${UFUNCS}`,
  'numpy.core._multiarray_umath': UFUNCS,
  'numpy._core._multiarray_umath': UFUNCS,
  'numpy.core.multiarray': '_reconstruct scalar',
  'numpy._core.multiarray': '_reconstruct scalar',
  'numpy.core.numeric': '_frombuffer',
  'numpy._core.numeric': '_frombuffer',
  'numpy.core.records': 'recarray record',
  'numpy._core.records': 'recarray record',
  'numpy.rec': 'recarray record',
  'numpy.ma': 'MaskedArray',
  'numpy.ma.core': '_mareconstruct MaskedArray',
  'numpy.random._pickle': '__randomstate_ctor __bit_generator_ctor __generator_ctor',
  'numpy.random.mtrand': 'RandomState',
  'numpy.random._mt19937': 'MT19937',
  'numpy.random._pcg64': 'PCG64 PCG64DXSM',
  'numpy.random._philox': 'Philox',
  'numpy.random._sfc64': 'SFC64',
  'numpy.random._generator': 'Generator',
  'numpy.random.bit_generator': 'SeedSequence __pyx_unpickle_SeedSequence',
  'joblib.numpy_pickle': 'NumpyArrayWrapper',
  'joblib.numpy_pickle_compat': 'NDArrayWrapper ZNDArrayWrapper',
  torch: 'Size Tensor device dtype layout memory_format finfo iinfo strided sparse_coo sparse_csr sparse_csc sparse_bsr sparse_bsc _mkldnn contiguous_format channels_last channels_last_3d preserve_format per_tensor_affine per_channel_affine per_tensor_symmetric per_channel_symmetric per_channel_affine_float_qparams',
  'torch._utils': '_rebuild_tensor _rebuild_tensor_v2 _rebuild_tensor_v3 _rebuild_parameter _rebuild_parameter_with_state _rebuild_qtensor _rebuild_sparse_tensor _rebuild_sparse_csr_tensor _rebuild_meta_tensor_no_storage _rebuild_nested_tensor _rebuild_wrapper_subclass _rebuild_device_tensor_from_numpy _rebuild_device_tensor_from_cpu_tensor _rebuild_xla_tensor _rebuild_mlc_tensor',
  'torch._tensor': '_rebuild_from_type _rebuild_from_type_v2',
  'torch.nn.parameter': 'Parameter UninitializedParameter UninitializedBuffer Buffer',
  'torch.nn.functional': 'relu relu6 gelu silu elu selu celu leaky_relu tanh sigmoid softmax log_softmax softplus softsign mish hardswish hardsigmoid hardtanh glu logsigmoid tanhshrink',
  'torch.serialization': '_get_layout',
  'torch.storage': 'UntypedStorage TypedStorage _TypedStorage _UntypedStorage _LegacyStorage',
  'torch.torch_version': 'TorchVersion',
  'torch.amp.grad_scaler': 'GradScaler',
  'torch.cuda.amp.grad_scaler': 'GradScaler',
  'scipy.sparse._csr': 'csr_matrix csr_array',
  'scipy.sparse._csc': 'csc_matrix csc_array',
  'scipy.sparse._coo': 'coo_matrix coo_array',
  'scipy.sparse._bsr': 'bsr_matrix bsr_array',
  'scipy.sparse._dia': 'dia_matrix dia_array',
  'scipy.sparse._lil': 'lil_matrix lil_array',
  'scipy.sparse._dok': 'dok_matrix dok_array',
  'scipy.sparse.csr': 'csr_matrix',
  'scipy.sparse.csc': 'csc_matrix',
  'scipy.sparse.coo': 'coo_matrix',
  'scipy.interpolate._bsplines': 'BSpline',
  'scipy._lib.array_api_compat.numpy._aliases': 'asarray',
  pandas: 'NA NaT',
  'pandas._libs.arrays': '__pyx_unpickle_NDArrayBacked',
  'pandas._libs.internals': '_unpickle_block',
  'pandas._libs.missing': 'NA',
  'pandas._libs.tslibs.nattype': '__nat_unpickle _nat_unpickle',
  'pandas._libs.tslibs.timestamps': '_unpickle_timestamp',
  'pandas._libs.tslibs.timedeltas': '_timedelta_unpickle',
  'pandas.core.indexes.base': '_new_Index',
  'pandas.core.indexes.datetimes': '_new_DatetimeIndex',
  'pandas.core.indexes.timedeltas': '_new_TimedeltaIndex',
  'pandas.core.indexes.period': '_new_PeriodIndex',
  'pandas.core.internals.blocks': 'new_block',
  'sklearn.feature_selection._univariate_selection': 'f_classif f_regression f_oneway chi2 r_regression',
  'sklearn.feature_selection._mutual_info': 'mutual_info_classif mutual_info_regression',
  'sklearn.metrics._scorer': '_passthrough_scorer',
  'sklearn.metrics._dist_metrics': 'newObj',
  'sklearn.neighbors._kd_tree': 'newObj',
  'sklearn.neighbors._ball_tree': 'newObj',
  'sklearn.neighbors._binary_tree': 'newObj',
  // seen in files written by lightgbm 4.7 and xgboost 3.2 (pickle and joblib, fitted estimators and boosters)
  'lightgbm.sklearn': 'LGBMClassifier LGBMRegressor LGBMRanker LGBMModel',
  'lightgbm.basic': 'Booster',
  'xgboost.sklearn': 'XGBClassifier XGBRegressor XGBRanker XGBRFClassifier XGBRFRegressor XGBModel',
  'xgboost.core': 'Booster'
}

/**
 * module -> exact qualified names: HAND_SAFE and the generated classes, with their Cython
 * unpicklers. Built on the first lookup (a pickle that imports something), not at load: most of a
 * `scan-models` start on a plain file would otherwise go to it.
 */
let safe: ReadonlyMap<string, ReadonlySet<string>> | null = null
const buildSafe = (): ReadonlyMap<string, ReadonlySet<string>> => {
  const m = new Map<string, Set<string>>()
  const add = (mod: string, names: string, cython: boolean): void => {
    let set = m.get(mod)
    if (!set) m.set(mod, (set = new Set()))
    for (const n of names.split(' ')) {
      set.add(n)
      // a Cython extension class X pickles through its module's __pyx_unpickle_X, which only builds an X
      if (cython && !n.includes('.')) set.add(`__pyx_unpickle_${n}`)
    }
  }
  for (const [mod, names] of Object.entries(GENERATED_SAFE_CLASSES)) add(mod, names, /\._/.test(mod))
  for (const [mod, names] of Object.entries(HAND_SAFE)) add(mod, names, false)
  return m
}

/**
 * scikit-learn before 0.22 kept its estimators in public modules that 0.22 made private
 * (`sklearn.linear_model.base` -> `sklearn.linear_model._base`), and a few were renamed; pickles
 * written then name the old module. The same class under its old module is as safe as under the new
 * one (a current scikit-learn cannot even import the old module), so the old name is looked up under
 * the new module. Only the classes on the safe list count: no other name gains anything.
 */
const SKLEARN_RENAMED: Readonly<Record<string, string>> = {
  'sklearn.tree.tree': 'sklearn.tree._classes',
  'sklearn.svm.classes': 'sklearn.svm._classes',
  'sklearn.ensemble.gradient_boosting': 'sklearn.ensemble._gb',
  'sklearn.cluster.k_means_': 'sklearn.cluster._kmeans'
}

function modernSklearnModule(module: string): string | null {
  if (!module.startsWith('sklearn.')) return null
  if (Object.hasOwn(SKLEARN_RENAMED, module)) return SKLEARN_RENAMED[module]
  const dot = module.lastIndexOf('.')
  const last = module.slice(dot + 1)
  return last.startsWith('_') ? null : `${module.slice(0, dot)}._${last}`
}

export function isKnownSafe(module: string, name: string): boolean {
  safe ??= buildSafe()
  if (safe.get(module)?.has(name) === true) return true
  const modern = modernSklearnModule(module)
  return modern !== null && safe.get(modern)?.has(name) === true
}

/**
 * Names that reach code, the import system, the file system or the process wherever they are met
 * in a name: a module that re-exports them (torch.optim.lr_scheduler.wraps is functools.wraps),
 * a function's globals, a class's subclasses. REACH names make a global dangerous under any module,
 * as a plain name or as a part of a dotted one.
 */
const REACH = new Set(
  (
    'builtins __builtin__ sys os posix nt subprocess _posixsubprocess types importlib operator _operator functools _functools marshal pickle _pickle ' +
    'cPickle dill cloudpickle ctypes _ctypes cffi runpy shutil socket _socket inspect gc code codeop pty pdb _imp imp zipimport pkgutil ' +
    'eval exec execfile getattr setattr delattr globals locals vars breakpoint apply system popen popen2 popen3 spawnl spawnv ' +
    'spawnve spawnvp forkpty execv execve execl execvp execvpe startfile import_module load_module exec_module module_from_spec ' +
    'run_path run_module check_call check_output Popen partial partialmethod wraps update_wrapper attrgetter itemgetter methodcaller ' +
    'FunctionType CodeType LambdaType MethodType ModuleType BuiltinFunctionType f_globals f_locals f_back f_builtins gi_frame cr_frame tb_frame'
  ).split(' ')
)

/**
 * Common verbs and modules that are dangerous in an attribute chain (`numpy.lib.npyio.pickle.loads`,
 * `X.io.open`) but, as a plain name of an unknown module (`mypkg.loader.run`), say nothing certain:
 * there they are `unknown`, which blocks too.
 */
const REACH_IN_CHAIN = new Set(
  (
    'io _io codecs multiprocessing threading _thread signal webbrowser urllib requests http tempfile pathlib glob asyncio concurrent ' +
    'compile open input spawn fork load loads _load find_spec call run reduce SimpleNamespace modules environ getenv putenv remove unlink ' +
    'rmtree rmdir write_text write_bytes read_text read_bytes from_file fromfile tofile memmap urlopen urlretrieve read_pickle read_csv to_pickle query'
  ).split(' ')
)

/** The attributes that walk from an object to its class, its module's namespace or its code. */
const DUNDER = /^__\w+__$/

/**
 * The part of a global's path that makes it dangerous whatever its module: a dunder part (the walk
 * from an object to its class, globals, builtins or code; `__main__` excepted as a module), or a
 * REACH name. null when there is none.
 */
export function reachesDanger(module: string, name: string): { kind: 'dunder' | 'reach'; part: string } | null {
  for (const part of module.split('.')) {
    if (DUNDER.test(part) && part !== '__main__' && part !== '__mp_main__') return { kind: 'dunder', part }
  }
  const parts = name.split('.')
  for (const part of parts) {
    if (DUNDER.test(part)) return { kind: 'dunder', part }
    if (REACH.has(part) || (parts.length > 1 && REACH_IN_CHAIN.has(part))) return { kind: 'reach', part }
  }
  return null
}

/** A compiled `allow-globals` list: exact `module.name`; `module.*` (that module), `module.**` (and submodules) for plain names only. */
export function compileAllow(patterns: string[]): (module: string, name: string) => boolean {
  const exact = new Set<string>()
  const modules = new Set<string>()
  const trees: string[] = []
  for (const p of patterns) {
    if (p.endsWith('.**')) trees.push(p.slice(0, -3))
    else if (p.endsWith('.*')) modules.add(p.slice(0, -2))
    else exact.add(p)
  }
  // a module-wide pattern never covers a dotted name: `Net.helper.os` walks attributes out of the module
  return (module, name) =>
    exact.has(`${module}.${name}`) || (!name.includes('.') && (modules.has(module) || trees.some((t) => module === t || module.startsWith(t + '.'))))
}

/**
 * The verdict for one global. In order: a name computed at load time is dangerous; an exact name
 * on the built-in list is safe; a name on the denylist, one with a dunder part (`__globals__`,
 * `__class__`, `__builtins__`...) or a dotted name through a REACH name (`wraps.__globals__`,
 * `types.FunctionType`, `os.system`) is dangerous, whatever the user allows; a user-allowed name is
 * safe (an exact allow-globals entry may even name a user's own function called `partial`); a plain
 * REACH name is dangerous; any other dotted name (protocol 4 resolves `a.b.c` as getattr
 * after getattr) is dangerous unless every part looks like a class (`Outer.Inner`); the rest is unknown.
 */
export function classifyGlobal(module: string, name: string, resolved: boolean, userAllow?: (module: string, name: string) => boolean): Verdict {
  if (!resolved) return 'dangerous'
  if (isKnownSafe(module, name)) return 'safe'
  if (isDenied(module, name)) return 'dangerous'
  const reach = reachesDanger(module, name)
  const dotted = name.includes('.')
  if (reach !== null && (dotted || reach.kind === 'dunder')) return 'dangerous'
  if (userAllow?.(module, name)) return 'safe'
  if (reach !== null) return 'dangerous'
  if (dotted && !name.split('.').every((p) => /^_?[A-Z]/.test(p))) return 'dangerous'
  return 'unknown'
}
