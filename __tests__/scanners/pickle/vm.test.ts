import { describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { classifyGlobal, compileAllow } from '../../../src/scanners/pickle/globals.js'
import { parseIntOperand, parseQuotedString } from '../../../src/scanners/pickle/literals.js'
import { looksLikePickle } from '../../../src/scanners/pickle/sniff.js'
import { scanPickle } from '../../../src/scanners/pickle/vm.js'

const b = (s: string | number[]) => (typeof s === 'string' ? Buffer.from(s, 'latin1') : Buffer.from(s))
const names = (buf: Buffer) => scanPickle(buf).globals.map((g) => `${g.module}.${g.name}`)

/** Pickles made by this machine's CPython, so the VM is checked against the real encoder. */
function py(code: string): Buffer {
  return execFileSync('/usr/bin/python3', ['-c', `import sys,pickle,collections,datetime\n${code}`], { maxBuffer: 64 << 20 })
}

describe('pickle VM', () => {
  it('reads every protocol CPython writes, with the globals they import', () => {
    for (let p = 0; p <= 5; p++) {
      const r = scanPickle(py(`sys.stdout.buffer.write(pickle.dumps({'a': [1, 2.5, 'x', b'y', None, True, 2**90], 'o': collections.OrderedDict(k=1), 'd': datetime.date(2024, 1, 2), 's': {1}, 'f': frozenset([2]), 'ba': bytearray(b'z')}, protocol=${p}))`))
      expect(r.error).toBeNull()
      expect(r.pickles).toBe(1)
      expect(r.protocol).toBe(p >= 2 ? p : 0)
      const g = r.globals.map((x) => `${x.module}.${x.name}`)
      expect(g).toEqual(expect.arrayContaining(['collections.OrderedDict', 'datetime.date']))
      for (const x of r.globals) expect(classifyGlobal(x.module, x.name, x.resolved)).toBe('safe')
    }
  })

  it('scikit-learn estimators pickled before 0.22 name their old public modules, and are as safe there', () => {
    // What joblib/pickle wrote for a LinearRegression under scikit-learn 0.21 (Deployment-flask's model.pkl).
    const r = scanPickle(b('\x80\x02csklearn.linear_model.base\nLinearRegression\nq\x00)\x81q\x01}q\x02b.'))
    expect(r.error).toBeNull()
    expect(names(b('\x80\x02csklearn.linear_model.base\nLinearRegression\nq\x00)\x81q\x01}q\x02b.'))).toEqual(['sklearn.linear_model.base.LinearRegression'])
    for (const x of r.globals) expect(classifyGlobal(x.module, x.name, x.resolved)).toBe('safe')
    for (const [m, n] of [['sklearn.tree.tree', 'DecisionTreeClassifier'], ['sklearn.ensemble.forest', 'RandomForestClassifier'], ['sklearn.svm.classes', 'SVC'], ['sklearn.ensemble.gradient_boosting', 'GradientBoostingClassifier'], ['sklearn.cluster.k_means_', 'KMeans'], ['sklearn.preprocessing.data', 'StandardScaler']]) {
      expect(classifyGlobal(m, n, true)).toBe('safe')
    }
    // only names on the safe list gain: anything else under an old module is still unknown or worse
    expect(classifyGlobal('sklearn.linear_model.base', 'load', true)).toBe('unknown')
    expect(classifyGlobal('sklearn.utils.fixes', 'system', true)).not.toBe('safe')
    expect(classifyGlobal('sklearn.linear_model.base', 'LinearRegression.__init__.__globals__', true)).toBe('dangerous')
  })

  it('accepts INT operands the way _pickle.c does (strtol base 0), where pickletools gives up', () => {
    expect(parseIntOperand('0x10')).toBe(16n)
    expect(parseIntOperand('010')).toBe(8n)
    expect(parseIntOperand('01')).toBe(true)
    expect(parseIntOperand('00')).toBe(false)
    expect(parseIntOperand(' -5')).toBe(-5n)
    expect(parseIntOperand('1_000')).toBe(1000n)
    expect(parseIntOperand('12abc')).toBeNull()
    expect(names(b("I0x10\n0cos\nsystem\n(S'id'\ntR."))).toEqual(['os.system'])
  })

  it('decodes STRING escapes and requires quotes', () => {
    expect(parseQuotedString("'a\\x41\\n\\101'")).toBe('aA\nA')
    expect(parseQuotedString('abc')).toBeNull()
    expect(parseQuotedString("'abc\"")).toBeNull()
  })

  it('resolves STACK_GLOBAL through the stack and the memo, and flags computed operands', () => {
    expect(names(b([0x80, 4, 0x8c, 2, ...Buffer.from('os'), 0x94, 0x8c, 6, ...Buffer.from('system'), 0x94, 0x30, 0x30, 0x68, 0, 0x68, 1, 0x93, 0x29, 0x52, 0x2e]))).toEqual(['os.system'])
    const r = scanPickle(b('\x80\x04\x8c\x08builtins\x8c\x03str\x93\x8c\x02os\x85R\x8c\x06system\x93)R.'))
    const computed = r.globals.find((g) => !g.resolved)!
    expect(computed.opcode).toBe('STACK_GLOBAL')
    expect(classifyGlobal(computed.module, computed.name, computed.resolved)).toBe('dangerous')
  })

  it('maps Python 2 names as the unpickler does for protocols below 3', () => {
    expect(names(b("c__builtin__\neval\n(S'1'\ntR."))).toEqual(['builtins.eval'])
    expect(names(b("ccopy_reg\n_reconstructor\n(c__builtin__\nobject\nN\ntR."))).toEqual(['copyreg._reconstructor', 'builtins.object'])
  })

  it('follows the mark stack fence: items below a MARK cannot be popped', () => {
    const r = scanPickle(b('cos\nsystem\n(R.'))
    expect(r.error?.message).toMatch(/stack underflow/)
    expect(r.globals.map((g) => g.name)).toEqual(['system'])
  })

  it('scans every concatenated pickle and tells trailing bytes apart from a broken pickle', () => {
    const two = Buffer.concat([py('sys.stdout.buffer.write(pickle.dumps(1))'), b("cos\nsystem\n(S'id'\ntR.")])
    const r = scanPickle(two)
    expect(r.pickles).toBe(2)
    expect(r.globals.map((g) => g.name)).toEqual(['system'])
    const trailing = scanPickle(Buffer.concat([py('sys.stdout.buffer.write(pickle.dumps(1))'), b([0xff, 0xfe, 0, 1])]))
    expect(trailing.error).toBeNull()
    expect(trailing.trailing?.length).toBe(4)
  })

  it('reports a parse error with its offset, keeping what came before', () => {
    const r = scanPickle(b("cposix\nsystem\n(S'x'\ntR\xff"))
    expect(r.error).toMatchObject({ kind: 'parse', offset: 22, pickle: 0 })
    expect(r.globals[0]).toMatchObject({ module: 'posix', name: 'system', opcode: 'GLOBAL', offset: 0 })
  })

  it('rejects bad memo use, unknown protocols, out-of-band buffers and truncated operands', () => {
    expect(scanPickle(b('h\x05.')).error?.message).toMatch(/memo value not found/)
    expect(scanPickle(b('\x80\x06N.')).error?.message).toMatch(/unsupported pickle protocol/)
    expect(scanPickle(b('\x80\x05\x97.')).error?.message).toMatch(/out-of-band/)
    expect(scanPickle(b('X\xff\xff\x00\x00ab')).error?.message).toMatch(/truncated/)
    expect(scanPickle(Buffer.alloc(0)).error?.message).toMatch(/empty/)
  })

  it('stops at its limits with a limit error, not a parse verdict', () => {
    const many = Buffer.concat([Buffer.from(']'.repeat(1000)), Buffer.from('.')])
    expect(scanPickle(many, { limits: { maxOps: 100 } }).error).toMatchObject({ kind: 'limit' })
    const memo = Buffer.concat([Buffer.from('N'), Buffer.from(Array.from({ length: 50 }, (_, i) => [0x71, i]).flat()), Buffer.from('.')])
    expect(scanPickle(memo, { limits: { maxMemo: 10 } }).error).toMatchObject({ kind: 'limit' })
  })

  it('skips joblib raw array data by its dtype and shape, and reads hidden opcodes in it too', () => {
    const jl = py(`
import joblib, numpy as np, io
b = io.BytesIO(); joblib.dump({'w': np.arange(1000, dtype='<f8'), 'r': np.zeros(3, dtype=[('a','<i4'),('s','S3')])}, b)
sys.stdout.buffer.write(b.getvalue())`)
    const r = scanPickle(jl)
    expect(r.error).toBeNull()
    expect(r.joblibArrays).toBe(2)
    expect(r.globals.every((g) => classifyGlobal(g.module, g.name, g.resolved) === 'safe')).toBe(true)
    // a joblib stream whose "array data" is really opcodes: joblib skips it, pickle.load runs it
    const data = "cos\nsystem\n(S'id'\ntR0"
    const hidden = b(
      `\x80\x02cjoblib.numpy_pickle\nNumpyArrayWrapper\n)\x81}(U\x05shapeK${String.fromCharCode(data.length)}\x85U\x05dtypecnumpy\ndtype\nU\x02u1\x89\x88\x87R(K\x03U\x01|NNNJ\xff\xff\xff\xffJ\xff\xff\xff\xffK\x00tbU\x05orderU\x01Cub${data}.`
    )
    const h = scanPickle(hidden)
    const g = h.globals.find((x) => x.name === 'system')!
    expect(g.viaArrayData).toBe(true)
    expect(h.error).toBeNull()
    expect(h.joblibArrays).toBe(1)
  })

  it('stops at a GLOBAL or INST line that is not a module name, so text is not a pickle', () => {
    for (const text of ['import os\nimport sys\n', 'class Foo(Base):\n    pass\n', 'category\nfood\nfood\n', '# title\n', 'cimport numpy as np\n']) {
      const r = scanPickle(b(text))
      expect([text, looksLikePickle(r)]).toEqual([text, false])
    }
    expect(scanPickle(b('ca b\nc\n.')).error?.message).toMatch(/not a module or attribute name/)
    expect(scanPickle(b('\x80\x04N)\x93.')).error?.message).toMatch(/STACK_GLOBAL requires str/)
    expect(scanPickle(b('N)R.')).error?.message).toMatch(/not callable/)
    expect(looksLikePickle(scanPickle(b("cos\nsystem\n(S'id'\ntR")))).toBe(true)
  })

  it('reads getattr(<global>, name) as the dotted global it spells, and keeps getattr when used otherwise', () => {
    const tz = scanPickle(b("\x80\x02c__builtin__\ngetattr\nq\x00czoneinfo\nZoneInfo\nX\t\x00\x00\x00_unpickle\x86R.")).globals
    expect(tz.map((g) => `${g.module}.${g.name}`)).toEqual(['zoneinfo.ZoneInfo', 'zoneinfo.ZoneInfo._unpickle'])
    expect(tz.every((g) => classifyGlobal(g.module, g.name, g.resolved) === 'safe')).toBe(true)
    const chain = scanPickle(b("\x80\x02c__builtin__\ngetattr\nctorch.optim.lr_scheduler\nwraps\nX\x0b\x00\x00\x00__globals__\x86R.")).globals
    expect(chain.map((g) => classifyGlobal(g.module, g.name, g.resolved))).toContain('dangerous')
    const other = scanPickle(b("\x80\x02c__builtin__\ngetattr\nN\x8c\x01x\x86R.")).globals
    expect(other.map((g) => g.name)).toEqual(['getattr'])
  })

  it('stops every bomb at a bound that it names', () => {
    const lim = { maxStack: 10_000, maxMarks: 1000, maxObjects: 1000 }
    expect(scanPickle(Buffer.concat([b('\x80\x02N'), Buffer.alloc(20_000, 0x32), b('.')]), { limits: lim }).error?.message).toMatch(/limit maxStack/)
    expect(scanPickle(Buffer.concat([b('\x80\x02'), Buffer.alloc(20_000, 0x28), b('N.')]), { limits: lim }).error?.message).toMatch(/limit maxMarks/)
    expect(scanPickle(Buffer.concat([b('\x80\x02'), Buffer.alloc(2000, 0x5d), b('.')]), { limits: lim }).error?.message).toMatch(/limit maxObjects/)
    expect(scanPickle(Buffer.concat([b('\x80\x02'), Buffer.alloc(2000, 0x7d), b('.')]), { limits: lim }).error?.message).toMatch(/limit maxObjects/)
    const longInt = scanPickle(Buffer.concat([b('I'), Buffer.alloc(1 << 20, 0x31), b('\n.')]))
    expect(longInt.error).toBeNull()
  })

  it('keeps a failure of the scanner itself as the error of that file, never an exception', () => {
    const buf = Buffer.from("cos\nsystem\n.", 'latin1')
    buf.indexOf = () => {
      throw new Error('boom')
    }
    const r = scanPickle(buf)
    expect(r.error).toMatchObject({ kind: 'internal' })
    expect(r.error?.message).toMatch(/the pickle scanner failed \(Error: boom\)/)
    expect(looksLikePickle(r)).toBe(true)
  })

  it('inserts dict items in linear time (a DictVectorizer of 160k features)', () => {
    const dv = py(`from sklearn.feature_extraction import DictVectorizer
sys.stdout.buffer.write(pickle.dumps(DictVectorizer().fit([{'w%d' % i: 1 for i in range(160000)}]), protocol=4))`)
    const t = performance.now()
    const r = scanPickle(dv)
    expect(r.error).toBeNull()
    // quadratic insertion took 56 s here; linear takes well under a second even on a loaded machine
    expect(performance.now() - t).toBeLessThan(6000)
  })

  it('walks an opcode-dense pickle quickly', () => {
    const big = py('sys.stdout.buffer.write(pickle.dumps([i for i in range(300000)] + [str(i) for i in range(100000)], protocol=4))')
    const t = performance.now()
    const r = scanPickle(big)
    expect(r.error).toBeNull()
    expect(r.opcodes).toBeGreaterThan(400000)
    expect(performance.now() - t).toBeLessThan(2000)
  })
})

describe('global verdicts', () => {
  it('puts the denylist above every allowlist, including the user one', () => {
    const allow = compileAllow(['mypkg.models.Net', 'other.*', 'tree.**', 'os.system'])
    expect(classifyGlobal('mypkg.models', 'Net', true, allow)).toBe('safe')
    expect(classifyGlobal('mypkg.models', 'Other', true, allow)).toBe('unknown')
    expect(classifyGlobal('other', 'X', true, allow)).toBe('safe')
    expect(classifyGlobal('tree.a.b', 'X', true, allow)).toBe('safe')
    expect(classifyGlobal('os', 'system', true, allow)).toBe('dangerous')
  })

  it('knows the standard ML globals as safe and the known gadgets as dangerous', () => {
    for (const [m, n] of [['torch._utils', '_rebuild_tensor_v2'], ['numpy.core.multiarray', '_reconstruct'], ['sklearn.ensemble._forest', 'RandomForestClassifier'], ['torch.nn.modules.linear', 'Linear'], ['collections', 'OrderedDict'], ['_codecs', 'encode']]) {
      expect(classifyGlobal(m, n, true)).toBe('safe')
    }
    for (const [m, n] of [['posix', 'system'], ['asyncio.unix_events', 'x'], ['builtins', 'getattr'], ['pkgutil', 'resolve_name'], ['torch', 'load'], ['torch.serialization', 'load'], ['_posixsubprocess', 'fork_exec'], ['site', 'execsitecustomize'], ['code', 'InteractiveInterpreter.runcode'], ['builtins', 'getattr.__call__'], ['torch', 'utils.collect_env.run']]) {
      expect([m, n, classifyGlobal(m, n, true)]).toEqual([m, n, 'dangerous'])
    }
    expect(classifyGlobal('sklearn.datasets', 'fetch_openml', true)).toBe('unknown')
    expect(classifyGlobal('sklearn.linear_model', 'some_function', true)).toBe('unknown')
  })

  it('allows exact names only: no module is trusted wholesale, attribute chains are dangerous', () => {
    expect(classifyGlobal('torch.optim.lr_scheduler', 'StepLR', true)).toBe('safe')
    expect(classifyGlobal('torch.optim.lr_scheduler', 'LambdaLR', true)).toBe('unknown')
    for (const [m, n] of [['torch.optim.lr_scheduler', 'wraps'], ['torch.optim.lr_scheduler', 'wraps.__globals__'], ['torch.optim.lr_scheduler', 'types.FunctionType'],
      ['numpy', 'core.multiarray._reconstruct'], ['numpy', 'os.system'], ['collections', 'OrderedDict.__init__'], ['pandas.core.frame', 'DataFrame.eval'],
      ['sklearn.pipeline', 'Pipeline.fit'], ['mypkg', '__builtins__'], ['a.__dict__', 'b']]) {
      expect([m, n, classifyGlobal(m, n, true)]).toEqual([m, n, 'dangerous'])
    }
    expect(classifyGlobal('mypkg.models', 'Outer.Inner', true)).toBe('unknown')
    const allow = compileAllow(['mypkg.models.*', 'mypkg.models.Outer.Inner'])
    expect(classifyGlobal('mypkg.models', 'Net', true, allow)).toBe('safe')
    expect(classifyGlobal('mypkg.models', 'Outer.Inner', true, allow)).toBe('safe')
    expect(classifyGlobal('mypkg.models', 'Net.helper', true, allow)).toBe('dangerous')
    expect(classifyGlobal('mypkg.models', 'Net.__init__', true, compileAllow(['mypkg.models.Net.__init__']))).toBe('dangerous')
  })
})
