/**
 * Verdicts on pickle globals, allowlist first: a global known to be safe passes, a global known to
 * run code, touch files or the network is `dangerous`, and anything else is `unknown` (it blocks
 * unless the config allows it). The denylist only decides how loud the finding is.
 *
 * The denylist is picklescan 1.0.5's `_unsafe_globals` (research/security.md B2) joined with
 * modelscan's and the gadgets named in later advisories (fickling CVE-2026-14534, importlib, marshal...).
 * Entries are normalised to sets: picklescan's bare-string entries are exact names here.
 */

export type Verdict = 'safe' | 'dangerous' | 'unknown'

type NameSet = '*' | ReadonlySet<string>
const all = '*' as const
const s = (...names: string[]): ReadonlySet<string> => new Set(names)

/** module -> names ('*' = the module and all its submodules). */
const DENY: Record<string, NameSet> = {
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
}

/** module -> names considered safe ('*' = every name in that exact module). */
const ALLOW: Record<string, NameSet> = {
  collections: s('OrderedDict', 'defaultdict', 'Counter', 'deque'),
  builtins: s('set', 'frozenset', 'bytearray', 'bytes', 'complex', 'slice', 'range', 'object', 'int', 'float', 'bool', 'str', 'tuple', 'list', 'dict', 'Ellipsis', 'NotImplemented'),
  copyreg: s('_reconstructor'),
  _codecs: s('encode'),
  datetime: s('datetime', 'date', 'time', 'timedelta', 'timezone'),
  decimal: s('Decimal'),
  fractions: s('Fraction'),
  numpy: s('dtype', 'ndarray', 'bool_', 'int8', 'int16', 'int32', 'int64', 'uint8', 'uint16', 'uint32', 'uint64', 'float16', 'float32', 'float64', 'complex64', 'complex128', 'str_', 'bytes_', 'void', 'intc', 'uintc', 'longlong', 'ulonglong', 'half', 'single', 'double', 'longdouble', 'csingle', 'cdouble', 'clongdouble', 'matrix'),
  'numpy.core.multiarray': s('_reconstruct', 'scalar'),
  'numpy._core.multiarray': s('_reconstruct', 'scalar'),
  'numpy.core.numeric': s('_frombuffer'),
  'numpy._core.numeric': s('_frombuffer'),
  'numpy.dtypes': all,
  'numpy.ma.core': s('_mareconstruct', 'MaskedArray'),
  'numpy.random._pickle': s('__randomstate_ctor', '__bit_generator_ctor', '__generator_ctor'),
  'numpy.random.mtrand': s('RandomState'),
  'numpy.random._mt19937': s('MT19937'),
  'numpy.random._pcg64': s('PCG64', 'PCG64DXSM'),
  'numpy.random._philox': s('Philox'),
  'numpy.random._sfc64': s('SFC64'),
  'numpy.random._generator': s('Generator'),
  'joblib.numpy_pickle': s('NumpyArrayWrapper'),
  torch: s(
    'Size', 'Tensor', 'device', 'dtype', 'layout', 'memory_format', 'finfo', 'iinfo',
    'LongStorage', 'FloatStorage', 'HalfStorage', 'QUInt2x4Storage', 'QUInt4x2Storage', 'QInt32Storage', 'QInt8Storage', 'QUInt8Storage',
    'ComplexFloatStorage', 'ComplexDoubleStorage', 'DoubleStorage', 'BFloat16Storage', 'BoolStorage', 'CharStorage', 'ShortStorage',
    'IntStorage', 'ByteStorage', 'UntypedStorage', 'TypedStorage',
    'float32', 'float', 'float64', 'double', 'float16', 'half', 'bfloat16', 'uint8', 'int8', 'int16', 'short', 'int32', 'int', 'int64',
    'long', 'bool', 'complex32', 'complex64', 'complex128', 'cfloat', 'cdouble', 'chalf', 'qint8', 'quint8', 'qint32', 'quint4x2',
    'quint2x4', 'float8_e4m3fn', 'float8_e5m2', 'uint16', 'uint32', 'uint64',
    'strided', 'sparse_coo', 'sparse_csr', 'sparse_csc', 'sparse_bsr', 'sparse_bsc', '_mkldnn',
    'contiguous_format', 'channels_last', 'channels_last_3d', 'preserve_format', 'per_tensor_affine', 'per_channel_affine'
  ),
  'torch._utils': s(
    '_rebuild_tensor', '_rebuild_tensor_v2', '_rebuild_tensor_v3', '_rebuild_parameter', '_rebuild_parameter_with_state', '_rebuild_qtensor',
    '_rebuild_sparse_tensor', '_rebuild_sparse_csr_tensor', '_rebuild_meta_tensor_no_storage', '_rebuild_nested_tensor', '_rebuild_wrapper_subclass',
    '_rebuild_device_tensor_from_numpy', '_rebuild_device_tensor_from_cpu_tensor', '_rebuild_xla_tensor', '_rebuild_mlc_tensor'
  ),
  'torch._tensor': s('_rebuild_from_type', '_rebuild_from_type_v2'),
  'torch.nn.parameter': s('Parameter', 'UninitializedParameter', 'Buffer'),
  'torch.serialization': s('_get_layout'),
  'torch.storage': s('UntypedStorage', 'TypedStorage', '_TypedStorage', '_UntypedStorage'),
  'torch.torch_version': s('TorchVersion'),
  'torch.optim.lr_scheduler': all,
  'scipy.sparse._csr': s('csr_matrix', 'csr_array'),
  'scipy.sparse._csc': s('csc_matrix', 'csc_array'),
  'scipy.sparse._coo': s('coo_matrix', 'coo_array'),
  'scipy.sparse._bsr': s('bsr_matrix', 'bsr_array'),
  'scipy.sparse._dia': s('dia_matrix', 'dia_array'),
  'scipy.sparse._lil': s('lil_matrix', 'lil_array'),
  'scipy.sparse._dok': s('dok_matrix', 'dok_array'),
  'scipy.sparse.csr': s('csr_matrix'),
  'scipy.sparse.csc': s('csc_matrix'),
  'scipy.sparse.coo': s('coo_matrix'),
  'pandas.core.indexes.base': s('_new_Index', 'Index'),
  'pandas._libs.internals': s('_unpickle_block'),
  'pandas.core.internals.blocks': s('new_block', 'Block', 'NumpyBlock', 'ObjectBlock'),
  'pandas._libs.tslibs.timestamps': s('_unpickle_timestamp'),
  'pandas._libs.tslibs.timedeltas': s('_timedelta_unpickle')
}

/**
 * Module prefixes whose classes (a final name component starting with an upper-case letter) are
 * safe: estimators and layers whose unpickling only sets attributes. Functions in them are unknown.
 */
const CLASS_PREFIXES = [
  'torch.nn.modules.',
  'sklearn.linear_model.', 'sklearn.tree.', 'sklearn.ensemble.', 'sklearn.svm.', 'sklearn.neighbors.', 'sklearn.naive_bayes.',
  'sklearn.preprocessing.', 'sklearn.pipeline', 'sklearn.compose.', 'sklearn.decomposition.', 'sklearn.cluster.',
  'sklearn.feature_extraction.', 'sklearn.feature_selection.', 'sklearn.impute.', 'sklearn.neural_network.',
  'sklearn.discriminant_analysis', 'sklearn.gaussian_process.', 'sklearn.kernel_approximation', 'sklearn.kernel_ridge',
  'sklearn.isotonic', 'sklearn.manifold.', 'sklearn.mixture.', 'sklearn.model_selection.', 'sklearn.multiclass',
  'sklearn.multioutput', 'sklearn.calibration', 'sklearn.covariance.', 'sklearn.cross_decomposition.', 'sklearn.dummy',
  'sklearn.random_projection', 'sklearn.semi_supervised.', 'sklearn._loss.', 'sklearn.utils._bunch', 'sklearn.metrics._scorer',
  'sklearn.metrics._dist_metrics', 'sklearn.utils._random',
  'xgboost.sklearn', 'xgboost.core', 'lightgbm.sklearn', 'lightgbm.basic', 'catboost.core',
  'pandas.core.frame', 'pandas.core.series', 'pandas.core.indexes.', 'pandas.core.internals.managers', 'pandas.core.arrays.',
  'pandas.core.dtypes.dtypes'
]

/** Functions in estimator modules that are still safe to call (they rebuild data, nothing else). */
const EXTRA_SAFE = s('sklearn.tree._tree.Tree', 'sklearn._loss.link.Interval')

function inSet(set: NameSet | undefined, name: string): boolean {
  if (!set) return false
  if (set === '*') return true
  if (set.has(name)) return true
  // "InteractiveInterpreter.runcode" style entries match dotted names by their first component too
  const first = name.split('.')[0]
  return first !== name && set.has(first)
}

/** True when a module, or one of its parent packages, is denied wholesale, or (module, name) is denied. */
export function isDenied(module: string, name: string): boolean {
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

export function isKnownSafe(module: string, name: string): boolean {
  if (ALLOW[module] === '*') return true
  if (ALLOW[module] instanceof Set && (ALLOW[module] as ReadonlySet<string>).has(name)) return true
  if (EXTRA_SAFE.has(`${module}.${name}`)) return true
  if (/^[A-Z]/.test(name) && !name.includes('.') && !name.startsWith('_')) {
    for (const p of CLASS_PREFIXES) if (module === p.replace(/\.$/, '') || module.startsWith(p)) return true
  }
  return false
}

/** A compiled `allow-globals` list: exact `module.name`, `module.*` (that module), `module.**` (and submodules). */
export function compileAllow(patterns: string[]): (module: string, name: string) => boolean {
  const exact = new Set<string>()
  const modules = new Set<string>()
  const trees: string[] = []
  for (const p of patterns) {
    if (p.endsWith('.**')) trees.push(p.slice(0, -3))
    else if (p.endsWith('.*')) modules.add(p.slice(0, -2))
    else exact.add(p)
  }
  return (module, name) =>
    exact.has(`${module}.${name}`) || modules.has(module) || trees.some((t) => module === t || module.startsWith(t + '.'))
}

/** The verdict for one global. The denylist wins over every allowlist, including the user's. */
export function classifyGlobal(module: string, name: string, resolved: boolean, userAllow?: (module: string, name: string) => boolean): Verdict {
  if (!resolved) return 'dangerous'
  if (isDenied(module, name)) return 'dangerous'
  if (isKnownSafe(module, name)) return 'safe'
  if (userAllow?.(module, name)) return 'safe'
  return 'unknown'
}
