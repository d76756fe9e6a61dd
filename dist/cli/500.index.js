export const id = 500;
export const ids = [500];
export const modules = {

/***/ 7396:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   n: () => (/* binding */ LFS_POINTER_MAX_SIZE),
/* harmony export */   y: () => (/* binding */ parseLfsPointer)
/* harmony export */ });
/**
 * Git LFS pointer files (https://github.com/git-lfs/git-lfs/blob/main/docs/spec.md).
 *
 * A checkout without LFS (`actions/checkout` defaults to `lfs: false`) leaves these small text files
 * where the models and datasets should be. Hashing or scanning them says nothing about the content,
 * so callers report a pointer as an error. The pointer's oid is the SHA-256 of the real content,
 * which lets a lock be compared with it without downloading anything.
 */
/** Git LFS only treats blobs smaller than this as possible pointers (`blobSizeCutoff` in git-lfs). */
const LFS_POINTER_MAX_SIZE = 1024;
const VERSION_LINES = new Set(['version https://git-lfs.github.com/spec/v1', 'version https://hawser.github.com/spec/v1']);
const OID_RE = /^sha256:([0-9a-f]{64})$/;
const SIZE_RE = /^(0|[1-9][0-9]*)$/;
const KEY_RE = /^[a-z0-9.-]+$/;
/**
 * Parses a Git LFS pointer. Returns the content's SHA-256 (64 lowercase hex digits, without the
 * `sha256:` prefix) and size, or null when `buf` is not a pointer: 1024 bytes or more, a first line
 * other than the spec's version line, a line that is not `key value`, or no valid `oid sha256:<hex>`
 * and `size <bytes>`. Lines end with `\n` (a `\r\n` left by autocrlf is accepted).
 */
function parseLfsPointer(buf) {
    if (buf.length === 0 || buf.length >= LFS_POINTER_MAX_SIZE)
        return null;
    // Cheap rejection before decoding: every pointer starts with "version ".
    if (buf.subarray(0, 8).toString('latin1') !== 'version ')
        return null;
    const text = buf.toString('utf8');
    if (text.includes('\uFFFD') || text.includes('\0'))
        return null;
    const lines = text.split('\n');
    if (lines[lines.length - 1] === '')
        lines.pop();
    if (lines.length < 3)
        return null;
    const first = lines[0].replace(/\r$/, '');
    if (!VERSION_LINES.has(first))
        return null;
    let oid = null;
    let size = null;
    const seen = new Set();
    for (const raw of lines.slice(1)) {
        const line = raw.replace(/\r$/, '');
        const sp = line.indexOf(' ');
        if (sp <= 0)
            return null;
        const key = line.slice(0, sp);
        const value = line.slice(sp + 1);
        if (!KEY_RE.test(key) || seen.has(key) || key === 'version')
            return null;
        seen.add(key);
        if (key === 'oid') {
            const m = OID_RE.exec(value);
            if (!m)
                return null;
            oid = m[1];
        }
        else if (key === 'size') {
            if (!SIZE_RE.test(value))
                return null;
            const n = Number(value);
            if (!Number.isSafeInteger(n))
                return null;
            size = n;
        }
    }
    if (oid === null || size === null)
        return null;
    return { oid, size };
}


/***/ }),

/***/ 9769:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   d: () => (/* binding */ DEFAULT_LIMITS),
/* harmony export */   o: () => (/* binding */ LimitError)
/* harmony export */ });
const DEFAULT_LIMITS = {
    maxPickleBytes: 1024 * 1024 * 1024,
    maxInflatedBytes: 1024 * 1024 * 1024,
    maxTotalInflatedBytes: 4 * 1024 * 1024 * 1024,
    maxRatio: 2000,
    maxEntries: 100_000,
    maxDepth: 4,
    timeMs: 5 * 60_000,
    maxMemo: 5_000_000,
    maxOpcodes: 300_000_000
};
/** Raised when a limit stops the scan: the file could not be decided (a gate error, never a pass). */
class LimitError extends Error {
}


/***/ }),

/***/ 7500:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  dH: () => (/* binding */ scanModelFile)
});

// UNUSED EXPORTS: isBlocking, scanModelBuffer

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(8522);
// EXTERNAL MODULE: ./src/scanners/lfs.ts
var scanners_lfs = __webpack_require__(7396);
// EXTERNAL MODULE: ./src/scanners/pickle/globals.ts
var pickle_globals = __webpack_require__(7558);
;// CONCATENATED MODULE: ./src/scanners/pickle/compat.ts
/**
 * Python 2 module and name mapping that CPython's unpickler applies to GLOBAL/INST/STACK_GLOBAL when the
 * pickle's protocol is below 3 (fix_imports=True, the default): `__builtin__.eval` really loads
 * `builtins.eval`. Copied from CPython 3.11 Lib/_compat_pickle.py (IMPORT_MAPPING, NAME_MAPPING).
 */
const IMPORT_MAPPING = {
    __builtin__: 'builtins', copy_reg: 'copyreg', Queue: 'queue', SocketServer: 'socketserver', ConfigParser: 'configparser',
    repr: 'reprlib', tkFileDialog: 'tkinter.filedialog', tkSimpleDialog: 'tkinter.simpledialog', tkColorChooser: 'tkinter.colorchooser',
    tkCommonDialog: 'tkinter.commondialog', Dialog: 'tkinter.dialog', Tkdnd: 'tkinter.dnd', tkFont: 'tkinter.font',
    tkMessageBox: 'tkinter.messagebox', ScrolledText: 'tkinter.scrolledtext', Tkconstants: 'tkinter.constants', Tix: 'tkinter.tix',
    ttk: 'tkinter.ttk', Tkinter: 'tkinter', markupbase: '_markupbase', _winreg: 'winreg', thread: '_thread', dummy_thread: '_dummy_thread',
    dbhash: 'dbm.bsd', dumbdbm: 'dbm.dumb', dbm: 'dbm.ndbm', gdbm: 'dbm.gnu', xmlrpclib: 'xmlrpc.client', SimpleXMLRPCServer: 'xmlrpc.server',
    httplib: 'http.client', htmlentitydefs: 'html.entities', HTMLParser: 'html.parser', Cookie: 'http.cookies', cookielib: 'http.cookiejar',
    BaseHTTPServer: 'http.server', 'test.test_support': 'test.support', commands: 'subprocess', urlparse: 'urllib.parse',
    robotparser: 'urllib.robotparser', urllib2: 'urllib.request', anydbm: 'dbm', _abcoll: 'collections.abc', cPickle: 'pickle',
    _elementtree: 'xml.etree.ElementTree', FileDialog: 'tkinter.filedialog', SimpleDialog: 'tkinter.simpledialog',
    DocXMLRPCServer: 'xmlrpc.server', SimpleHTTPServer: 'http.server', CGIHTTPServer: 'http.server', UserDict: 'collections',
    UserList: 'collections', UserString: 'collections', whichdb: 'dbm', StringIO: 'io', cStringIO: 'io'
};
const NAME_MAPPING = {
    '__builtin__ xrange': 'builtins range', '__builtin__ reduce': 'functools reduce', '__builtin__ intern': 'sys intern',
    '__builtin__ unichr': 'builtins chr', '__builtin__ unicode': 'builtins str', '__builtin__ long': 'builtins int',
    '__builtin__ basestring': 'builtins str', 'itertools izip': 'builtins zip', 'itertools imap': 'builtins map',
    'itertools ifilter': 'builtins filter', 'itertools ifilterfalse': 'itertools filterfalse', 'itertools izip_longest': 'itertools zip_longest',
    'UserDict IterableUserDict': 'collections UserDict', 'UserList UserList': 'collections UserList',
    'UserString UserString': 'collections UserString', 'whichdb whichdb': 'dbm whichdb', '_socket fromfd': 'socket fromfd',
    '_multiprocessing Connection': 'multiprocessing.connection Connection', 'multiprocessing.process Process': 'multiprocessing.context Process',
    'multiprocessing.forking Popen': 'multiprocessing.popen_fork Popen', 'urllib ContentTooShortError': 'urllib.error ContentTooShortError',
    'urllib getproxies': 'urllib.request getproxies', 'urllib pathname2url': 'urllib.request pathname2url',
    'urllib quote_plus': 'urllib.parse quote_plus', 'urllib quote': 'urllib.parse quote', 'urllib unquote_plus': 'urllib.parse unquote_plus',
    'urllib unquote': 'urllib.parse unquote', 'urllib url2pathname': 'urllib.request url2pathname', 'urllib urlcleanup': 'urllib.request urlcleanup',
    'urllib urlencode': 'urllib.parse urlencode', 'urllib urlopen': 'urllib.request urlopen', 'urllib urlretrieve': 'urllib.request urlretrieve',
    'urllib2 HTTPError': 'urllib.error HTTPError', 'urllib2 URLError': 'urllib.error URLError', 'exceptions StandardError': 'builtins Exception',
    'UserDict UserDict': 'collections UserDict', 'socket _socketobject': 'socket SocketType'
};
/** The (module, name) CPython really imports for a protocol 0-2 pickle. */
function mapPython2(module, name) {
    const pair = NAME_MAPPING[`${module} ${name}`];
    if (pair) {
        const [m, n] = pair.split(' ');
        return { module: m, name: n };
    }
    if (module === 'exceptions')
        return { module: 'builtins', name };
    const m = IMPORT_MAPPING[module];
    return m ? { module: m, name } : { module, name };
}

;// CONCATENATED MODULE: ./src/scanners/pickle/literals.ts
/**
 * The text operands of protocol 0 opcodes, decoded the way CPython's C unpickler (_pickle.c) does,
 * not the way pickletools does: INT goes through strtol(s, 0) then int(s, 0), so `I0x10` and `I010`
 * are accepted by the real loader (pickletools rejects them: the "INT desync" bypass).
 */
const WS = /^[ \t\n\r\f\v]*/;
/** C strtol(s, &end, 0): optional whitespace and sign, 0x / leading-0 octal / decimal; must consume all of `s`. */
function strtol0(s) {
    const m = /^[ \t\n\r\f\v]*([+-]?)(0[xX][0-9a-fA-F]+|0[0-7]*|[1-9][0-9]*)$/.exec(s);
    if (!m)
        return null;
    const sign = m[1] === '-' ? -1n : 1n;
    const body = m[2];
    let v;
    if (/^0[xX]/.test(body))
        v = BigInt(body);
    else if (body.length > 1 && body[0] === '0')
        v = BigInt('0o' + body.slice(1));
    else
        v = BigInt(body);
    return sign * v;
}
/** Python int(s, 0) (PyLong_FromString base 0): prefixes 0x/0o/0b, underscores between digits, surrounding whitespace. */
function pyIntBase0(s) {
    const t = s.replace(WS, '').replace(/[ \t\n\r\f\v]*$/, '');
    const m = /^([+-]?)(?:(0[xX])(_?[0-9a-fA-F]+(?:_[0-9a-fA-F]+)*)|(0[oO])(_?[0-7]+(?:_[0-7]+)*)|(0[bB])(_?[01]+(?:_[01]+)*)|(0+(?:_0+)*)|([1-9][0-9]*(?:_[0-9]+)*))$/.exec(t);
    if (!m)
        return null;
    const sign = m[1] === '-' ? -1n : 1n;
    let v;
    if (m[2])
        v = BigInt('0x' + m[3].replace(/_/g, ''));
    else if (m[4])
        v = BigInt('0o' + m[5].replace(/_/g, ''));
    else if (m[6])
        v = BigInt('0b' + m[7].replace(/_/g, ''));
    else if (m[8] !== undefined)
        v = 0n;
    else
        v = BigInt(m[9].replace(/_/g, ''));
    return sign * v;
}
/** INT opcode operand (without the newline): what load_int accepts; booleans for "00"/"01". */
function parseIntOperand(s) {
    if (s.length === 0)
        return null;
    const v = strtol0(s) ?? pyIntBase0(s);
    if (v === null)
        return null;
    if (s.length === 2 && (v === 0n || v === 1n))
        return v === 1n;
    return v;
}
/** LONG opcode operand: a trailing L is dropped, then int(s, 0). */
function parseLongOperand(s) {
    const t = s.endsWith('L') ? s.slice(0, -1) : s;
    return pyIntBase0(t);
}
/** FLOAT opcode operand: PyOS_string_to_double (decimal, exponent, inf, nan; no underscores). */
function parseFloatOperand(s) {
    const t = s.replace(WS, '');
    if (/^[+-]?(inf|infinity)$/i.test(t))
        return t.startsWith('-') ? -Infinity : Infinity;
    if (/^[+-]?nan$/i.test(t))
        return NaN;
    if (!/^[+-]?(\d+\.?\d*([eE][+-]?\d+)?|\.\d+([eE][+-]?\d+)?)$/.test(t))
        return null;
    return Number(t);
}
/**
 * STRING opcode operand: must be quoted with the same quote at both ends, then PyBytes_DecodeEscape.
 * Returns the bytes as a latin-1 string (the unpickler then decodes them as ASCII by default).
 */
function parseQuotedString(s) {
    if (s.length < 2 || s[0] !== s[s.length - 1] || (s[0] !== "'" && s[0] !== '"'))
        return null;
    const body = s.slice(1, -1);
    let out = '';
    for (let i = 0; i < body.length; i++) {
        const c = body[i];
        if (c !== '\\') {
            out += c;
            continue;
        }
        i++;
        if (i >= body.length)
            return null; // trailing backslash: "Trailing \ in string"
        const e = body[i];
        switch (e) {
            case '\n': break;
            case '\\':
                out += '\\';
                break;
            case "'":
                out += "'";
                break;
            case '"':
                out += '"';
                break;
            case 'b':
                out += '\b';
                break;
            case 'f':
                out += '\f';
                break;
            case 't':
                out += '\t';
                break;
            case 'n':
                out += '\n';
                break;
            case 'r':
                out += '\r';
                break;
            case 'v':
                out += '\v';
                break;
            case 'a':
                out += '\x07';
                break;
            case 'x': {
                const h = body.slice(i + 1, i + 3);
                if (!/^[0-9a-fA-F]{2}$/.test(h))
                    return null; // "invalid \x escape"
                out += String.fromCharCode(parseInt(h, 16));
                i += 2;
                break;
            }
            default:
                if (e >= '0' && e <= '7') {
                    let o = e;
                    while (o.length < 3 && i + 1 < body.length && body[i + 1] >= '0' && body[i + 1] <= '7')
                        o += body[++i];
                    out += String.fromCharCode(parseInt(o, 8) & 0xff);
                }
                else {
                    out += '\\' + e; // unknown escapes are kept (a DeprecationWarning in CPython)
                }
        }
    }
    return out;
}
/** UNICODE opcode operand: raw-unicode-escape (\uXXXX and \UXXXXXXXX; everything else is latin-1). */
function decodeRawUnicodeEscape(bytes) {
    let out = '';
    for (let i = 0; i < bytes.length; i++) {
        const b = bytes[i];
        if (b === 0x5c && i + 1 < bytes.length && (bytes[i + 1] === 0x75 || bytes[i + 1] === 0x55)) {
            // an odd number of preceding backslashes is required in CPython; count them
            let n = 0;
            for (let j = i - 1; j >= 0 && bytes[j] === 0x5c; j--)
                n++;
            if (n % 2 === 0) {
                const len = bytes[i + 1] === 0x75 ? 4 : 8;
                let hex = '';
                for (let k = 0; k < len; k++)
                    hex += String.fromCharCode(bytes[i + 2 + k] ?? 0);
                if (!new RegExp(`^[0-9a-fA-F]{${len}}$`).test(hex))
                    return null;
                const cp = parseInt(hex, 16);
                if (cp > 0x10ffff)
                    return null;
                out += String.fromCodePoint(cp);
                i += 1 + len;
                continue;
            }
        }
        out += String.fromCharCode(b);
    }
    return out;
}

;// CONCATENATED MODULE: ./src/scanners/pickle/opcodes.ts
/** Pickle opcodes (protocols 0-5), as CPython's Lib/pickle.py names them. */
const OP = {
    MARK: 0x28, STOP: 0x2e, POP: 0x30, POP_MARK: 0x31, DUP: 0x32, FLOAT: 0x46, INT: 0x49, BININT: 0x4a, BININT1: 0x4b,
    LONG: 0x4c, BININT2: 0x4d, NONE: 0x4e, PERSID: 0x50, BINPERSID: 0x51, REDUCE: 0x52, STRING: 0x53, BINSTRING: 0x54,
    SHORT_BINSTRING: 0x55, UNICODE: 0x56, BINUNICODE: 0x58, APPEND: 0x61, BUILD: 0x62, GLOBAL: 0x63, DICT: 0x64,
    EMPTY_DICT: 0x7d, APPENDS: 0x65, GET: 0x67, BINGET: 0x68, INST: 0x69, LONG_BINGET: 0x6a, LIST: 0x6c, EMPTY_LIST: 0x5d,
    OBJ: 0x6f, PUT: 0x70, BINPUT: 0x71, LONG_BINPUT: 0x72, SETITEM: 0x73, TUPLE: 0x74, EMPTY_TUPLE: 0x29, SETITEMS: 0x75,
    BINFLOAT: 0x47,
    // protocol 2
    PROTO: 0x80, NEWOBJ: 0x81, EXT1: 0x82, EXT2: 0x83, EXT4: 0x84, TUPLE1: 0x85, TUPLE2: 0x86, TUPLE3: 0x87,
    NEWTRUE: 0x88, NEWFALSE: 0x89, LONG1: 0x8a, LONG4: 0x8b,
    // protocol 3
    BINBYTES: 0x42, SHORT_BINBYTES: 0x43,
    // protocol 4
    SHORT_BINUNICODE: 0x8c, BINUNICODE8: 0x8d, BINBYTES8: 0x8e, EMPTY_SET: 0x8f, ADDITEMS: 0x90, FROZENSET: 0x91,
    NEWOBJ_EX: 0x92, STACK_GLOBAL: 0x93, MEMOIZE: 0x94, FRAME: 0x95,
    // protocol 5
    BYTEARRAY8: 0x96, NEXT_BUFFER: 0x97, READONLY_BUFFER: 0x98
};
const OPCODE_NAMES = new Map(Object.entries(OP).map(([k, v]) => [v, k]));
/** True for a byte CPython's unpickler dispatches on. */
function isOpcode(b) {
    return OPCODE_NAMES.has(b);
}
function opcodeName(b) {
    return OPCODE_NAMES.get(b) ?? `0x${b.toString(16).padStart(2, '0')}`;
}
/** Highest protocol CPython 3.8+ reads (PROTO with a larger argument is an error). */
const HIGHEST_PROTOCOL = 5;

;// CONCATENATED MODULE: ./src/scanners/pickle/vm.ts
/**
 * A pickle virtual machine that never imports or calls anything. It follows the grammar of CPython's
 * C unpickler (_pickle.c): every opcode of protocols 0-5, the mark stack and its fence, the memo,
 * STACK_GLOBAL resolved through the stack (and so through the memo), INST/OBJ/NEWOBJ/REDUCE/BUILD as
 * symbolic objects, several concatenated pickles, and joblib's raw array data inside the stream.
 * What it reports is every global the stream would import, with where and how, and where parsing
 * stopped if it did: globals met before a parse error are kept (the real loader runs them too).
 *
 * Speed (tens of MB, millions of opcodes): values on the stack, in the memo, in tuples and in lists
 * are not JS objects but slots: a tag (Uint8Array) and a float64 payload (Float64Array), plus an
 * object reference for lists and other objects only (the stack keeps it beside the slot, the memo
 * at the same index, the tuple/list arena in a side array the payload points into):
 *
 *   tag   value                     payload
 *   0     (empty memo slot)
 *   1-3   None, False, True
 *   4     int or float (a number)   the number
 *   5, 6  str (latin-1, utf-8)      byte offset * 2^17 + length: decoded from the buffer when needed
 *   7     bytes                     length
 *   8     tuple                     arena start * 2^27 + item count (the items are arena slots)
 *   9     list                      (object reference: a PList, whose items are runs of arena slots)
 *   10    any other JS value        (object reference: string, bigint, PDict, PObj, PGlobal...)
 *
 * The arena and the memo grow by fixed chunks (no copying). Nothing is allocated for the common
 * opcodes; a value becomes a JS value (box) only where it enters a dict, set, object, call or
 * STACK_GLOBAL, and a tuple's or list's items only when something reads them. Every opcode keeps
 * _pickle.c's semantics (memo exact, the fence, the limits); what changed is only how values are held.
 * Tuples and list items nobody keeps are not reclaimed, so the arena has a limit of its own
 * (maxItems + 2^25 slots, at most 2^26): past it the scan stops with a limit error.
 */



const T_NONE = 1;
const T_FALSE = 2;
const T_TRUE = 3;
const T_NUM = 4;
const T_STR1 = 5;
const T_STR8 = 6;
const T_BYTES = 7;
const T_TUPLE = 8;
const T_LIST = 9;
const T_OBJ = 10;
/** A tuple: its items are slots of the Heap arena, boxed when first read. */
class PTuple {
    heap;
    start;
    length;
    boxed = null;
    constructor(heap, start, length) {
        this.heap = heap;
        this.start = start;
        this.length = length;
    }
    get items() {
        if (this.boxed === null) {
            const out = new Array(this.length);
            for (let i = 0; i < this.length; i++)
                out[i] = this.heap.boxArena(this.start + i);
            this.boxed = out;
        }
        return this.boxed;
    }
    head(k) {
        if (this.boxed !== null || this.length <= k)
            return this.items.slice(0, k);
        const out = [];
        for (let i = 0; i < k; i++)
            out.push(this.heap.boxArena(this.start + i));
        return out;
    }
}
/** A list: its items are runs of slots in the Heap arena, boxed when read. */
class PList {
    heap;
    /** (start, count) of each run, in order; a run that continues the previous one extends it. */
    segs = [];
    length = 0;
    constructor(heap) {
        this.heap = heap;
    }
    add(start, n) {
        const s = this.segs;
        const last = s.length - 2;
        if (last >= 0 && s[last] + s[last + 1] === start)
            s[last + 1] += n;
        else
            s.push(start, n);
        this.length += n;
    }
    head(k) {
        const out = [];
        for (let j = 0; j < this.segs.length && out.length < k; j += 2) {
            for (let i = 0; i < this.segs[j + 1] && out.length < k; i++)
                out.push(this.heap.boxArena(this.segs[j] + i));
        }
        return out;
    }
    items() {
        return this.head(this.length);
    }
}
class PDict {
    keys = [];
    values = [];
    get(key) {
        const i = this.keys.indexOf(key);
        return i < 0 ? undefined : this.values[i];
    }
}
class PSet {
    items;
    frozen;
    constructor(items, frozen) {
        this.items = items;
        this.frozen = frozen;
    }
}
class PGlobal {
    module;
    name;
    resolved;
    constructor(module, name, resolved) {
        this.module = module;
        this.name = name;
        this.resolved = resolved;
    }
}
class PObj {
    how;
    callable;
    args;
    state = undefined;
    constructor(how, callable, args) {
        this.how = how;
        this.callable = callable;
        this.args = args;
    }
}
class PPersistent {
    pid;
    constructor(pid) {
        this.pid = pid;
    }
}
/** A bytes/bytearray operand: only its size is kept. */
class PBytes {
    length;
    constructor(length) {
        this.length = length;
    }
}
const EMPTY_TUPLE = new PTuple(null, 0, 0);
/** Short ASCII strings are decoded in JS: a call into Buffer#toString costs more than the string. */
function decodeShort(buf, p, n, enc) {
    if (n <= 24) {
        let ascii = true;
        for (let i = p; i < p + n; i++)
            if (buf[i] > 0x7f)
                ascii = false;
        if (ascii) {
            switch (n) {
                case 0: return '';
                case 1: return String.fromCharCode(buf[p]);
                case 2: return String.fromCharCode(buf[p], buf[p + 1]);
                case 3: return String.fromCharCode(buf[p], buf[p + 1], buf[p + 2]);
                case 4: return String.fromCharCode(buf[p], buf[p + 1], buf[p + 2], buf[p + 3]);
                default: {
                    let s = '';
                    for (let i = p; i < p + n; i++)
                        s += String.fromCharCode(buf[i]);
                    return s;
                }
            }
        }
    }
    return buf.toString(enc, p, p + n);
}
function growF64(a, need) {
    let n = a.length * 2;
    while (n < need)
        n *= 2;
    const b = new Float64Array(n);
    b.set(a);
    return b;
}
function growU8(a, need) {
    let n = a.length * 2;
    while (n < need)
        n *= 2;
    const b = new Uint8Array(n);
    b.set(a);
    return b;
}
/**
 * Payloads that pack two numbers, exactly (below 2^53): a string's byte offset and length
 * (offset * STR_SPLIT + length, length <= 65536, offset < 2^36), a tuple's arena start and item
 * count (start * TUPLE_SPLIT + count, both below ARENA_MAX).
 */
const STR_SPLIT = 2 ** 17;
const TUPLE_SPLIT = 2 ** 27;
const ARENA_MAX = 2 ** 26 - 1;
/**
 * The arena and the memo grow by chunks of CH slots, never copied: a scan of tens of MB fills
 * millions of slots, and doubling arrays (allocate, zero, copy, fault pages in) cost more than the
 * opcodes that fill them.
 */
const CH_BITS = 14;
const CH = 1 << CH_BITS;
const CH_MASK = CH - 1;
/** Size of the first chunk of the heap and the memo; it doubles as needed up to CH. */
const FIRST_CHUNK = 256;
/**
 * The tuple arena of one scan (shared by its pickles, whose memo outlives each of them) and the
 * boxing of slots into JS values. Tuples are immutable, so a tuple's items are written once, and
 * a tuple boxed twice is the same PTuple. A tuple of at most CH items lies inside one chunk.
 */
class Heap {
    buf;
    max;
    atc = [];
    apc = [];
    /** The lists and objects among the items (their payload is an index here). */
    ao = [];
    n = 0;
    tuples = new Map();
    constructor(buf, 
    /** Arena slots beyond which the scan stops (a limit): tuples nobody keeps are not reclaimed. */
    max) {
        this.buf = buf;
        this.max = max;
    }
    /** Slots below this are allocated chunks (and within the limit). */
    room = 0;
    /** Room for k more slots; returns the start. */
    alloc(k) {
        const s = this.n;
        if ((s & CH_MASK) + k <= CH && s + k <= this.room) {
            this.n = s + k;
            return s;
        }
        return this.allocSlow(k);
    }
    allocSlow(k) {
        let s = this.n;
        if (k <= CH && (s & CH_MASK) + k > CH)
            s = (s + CH_MASK) & ~CH_MASK;
        const e = s + k;
        if (e > this.max)
            throw new Stop('limit', `tuples hold more than ${this.max} items`);
        // The first chunk starts small and doubles up to CH (a small pickle allocates little); later chunks are full size.
        const cap = () => (this.atc.length === 0 ? 0 : (this.atc.length - 1) * CH + this.atc[this.atc.length - 1].length);
        while (cap() < e) {
            const last = this.atc.length - 1;
            if (last >= 0 && this.atc[last].length < CH) {
                const size = Math.min(CH, Math.max(this.atc[last].length * 2, e - last * CH));
                const t = new Uint8Array(size);
                t.set(this.atc[last]);
                const p = new Float64Array(size);
                p.set(this.apc[last]);
                this.atc[last] = t;
                this.apc[last] = p;
            }
            else {
                const size = this.atc.length === 0 ? Math.min(CH, Math.max(FIRST_CHUNK, e)) : CH;
                this.atc.push(new Uint8Array(size));
                this.apc.push(new Float64Array(size));
            }
        }
        this.room = Math.min(cap(), this.max);
        this.n = e;
        return s;
    }
    /** Writes slot i (the slow way, for tuples longer than a chunk). */
    put(i, t, p, r) {
        this.atc[i >>> CH_BITS][i & CH_MASK] = t;
        this.apc[i >>> CH_BITS][i & CH_MASK] = t >= T_LIST ? this.ao.push(r) - 1 : p;
    }
    box(t, p, r) {
        switch (t) {
            case T_NONE: return null;
            case T_FALSE: return false;
            case T_TRUE: return true;
            case T_NUM: return p;
            case T_STR1:
            case T_STR8: {
                const at = Math.floor(p / STR_SPLIT);
                return decodeShort(this.buf, at, p - at * STR_SPLIT, t === T_STR1 ? 'latin1' : 'utf8');
            }
            case T_BYTES: return new PBytes(p);
            case T_TUPLE: {
                const start = Math.floor(p / TUPLE_SPLIT);
                const n = p - start * TUPLE_SPLIT;
                if (n === 0)
                    return EMPTY_TUPLE;
                let tu = this.tuples.get(start);
                if (tu === undefined) {
                    tu = new PTuple(this, start, n);
                    this.tuples.set(start, tu);
                }
                return tu;
            }
            default: return r;
        }
    }
    boxArena(i) {
        const t = this.atc[i >>> CH_BITS][i & CH_MASK];
        const p = this.apc[i >>> CH_BITS][i & CH_MASK];
        return t >= T_LIST ? this.ao[p] : this.box(t, p, undefined);
    }
}
/** The slot (tag, payload, ref) of a JS value. */
function tagOf(v) {
    if (v === null)
        return T_NONE;
    if (v === true)
        return T_TRUE;
    if (v === false)
        return T_FALSE;
    if (typeof v === 'number')
        return T_NUM;
    if (v instanceof PTuple)
        return T_TUPLE;
    if (v instanceof PList)
        return T_LIST;
    return T_OBJ;
}
function payloadOf(v) {
    if (typeof v === 'number')
        return v;
    if (v instanceof PTuple)
        return v.start * TUPLE_SPLIT + v.length;
    return 0;
}
/** The memo: dense chunks for the usual 0..n indices, a Map for sparse ones (a hostile LONG_BINPUT 4e9). */
class Memo {
    tc = [];
    pc = [];
    /** The lists and objects among the dense entries, at the same index; a chunk is made when one is first stored in it. */
    rc = [];
    /** Dense entries run 0..len-1 (some may be empty: tag 0). */
    len = 0;
    sparse = null;
    size = 0;
    /** The tag of dense entry i, 0 if none. */
    tag(i) {
        return i >= 0 && i < this.len ? this.tc[i >>> CH_BITS][i & CH_MASK] : 0;
    }
    has(i) {
        return this.tag(i) !== 0 || (this.sparse !== null && this.sparse.has(i));
    }
    set(i, t, p, r) {
        if (i <= this.len) {
            if (this.sparse !== null && this.sparse.has(i))
                this.sparse.delete(i);
            else if (i === this.len || this.tag(i) === 0)
                this.size++;
            if (i === this.len) {
                const c = i >>> CH_BITS;
                if (c === this.tc.length) {
                    const size = c === 0 ? FIRST_CHUNK : CH;
                    this.tc.push(new Uint8Array(size));
                    this.pc.push(new Float64Array(size));
                    this.rc.push(null);
                }
                else if ((i & CH_MASK) >= this.tc[c].length) {
                    // The first chunk doubles up to CH.
                    const size = Math.min(CH, this.tc[c].length * 2);
                    const t2 = new Uint8Array(size);
                    t2.set(this.tc[c]);
                    const p2 = new Float64Array(size);
                    p2.set(this.pc[c]);
                    this.tc[c] = t2;
                    this.pc[c] = p2;
                    const r2 = this.rc[c];
                    if (r2 !== null) {
                        const n2 = new Array(size).fill(undefined);
                        for (let k = 0; k < r2.length; k++)
                            n2[k] = r2[k];
                        this.rc[c] = n2;
                    }
                }
                this.len = i + 1;
            }
            const tc = this.tc[i >>> CH_BITS];
            const pc = this.pc[i >>> CH_BITS];
            const j = i & CH_MASK;
            if (t >= T_LIST) {
                let rc = this.rc[i >>> CH_BITS];
                if (rc === null)
                    rc = this.rc[i >>> CH_BITS] = new Array(tc.length).fill(undefined);
                rc[j] = r;
            }
            tc[j] = t;
            pc[j] = p;
            return;
        }
        if (!this.sparse)
            this.sparse = new Map();
        if (!this.sparse.has(i))
            this.size++;
        this.sparse.set(i, { t, p, r });
    }
    clone() {
        const m = new Memo();
        m.tc = this.tc.map((c) => c.slice());
        m.pc = this.pc.map((c) => c.slice());
        m.rc = this.rc.map((c) => (c === null ? null : c.slice()));
        m.len = this.len;
        m.sparse = this.sparse ? new Map(this.sparse) : null;
        m.size = this.size;
        return m;
    }
}
const DEFAULT_VM_LIMITS = { maxOps: 200_000_000, maxMemo: 5_000_000, maxItems: 20_000_000, maxDepth: 8 };
class Stop extends Error {
    kind;
    constructor(kind, message) {
        super(message);
        this.kind = kind;
    }
}
const LEGACY_TORCH_MAGIC = 0x1950a86a20f9469cfc6cn;
const IDENT = /^[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)*$/;
function render(v, depth = 0) {
    if (typeof v === 'string')
        return JSON.stringify(v.length > 80 ? v.slice(0, 77) + '...' : v);
    if (typeof v === 'number' || typeof v === 'boolean' || typeof v === 'bigint')
        return String(v);
    if (v === null)
        return 'None';
    if (depth > 1)
        return '…';
    if (v instanceof PGlobal)
        return `${v.module}.${v.name}`;
    if (v instanceof PTuple)
        return `(${v.head(4).map((x) => render(x, depth + 1)).join(', ')}${v.length > 4 ? ', …' : ''})`;
    if (v instanceof PList)
        return `[${v.head(4).map((x) => render(x, depth + 1)).join(', ')}${v.length > 4 ? ', …' : ''}]`;
    if (v instanceof PBytes)
        return `<${v.length} bytes>`;
    if (v instanceof PObj)
        return `${render(v.callable, depth + 1)}(…)`;
    return '…';
}
const STACK0 = 256;
/** One pickle: from `pos` to its STOP. */
class Machine {
    buf;
    end;
    memo;
    sh;
    fragment;
    /** The stack: tags, payloads, refs (see the table at the top); `sp` values, capacity st.length. */
    st = new Uint8Array(STACK0);
    sv = new Float64Array(STACK0);
    sr = new Array(STACK0).fill(undefined);
    sp = 0;
    marks = [];
    fence = 0;
    proto = 0;
    pos;
    startOps;
    globalsSeen = 0;
    constructor(buf, start, end, memo, sh, fragment = false) {
        this.buf = buf;
        this.end = end;
        this.memo = memo;
        this.sh = sh;
        this.fragment = fragment;
        this.pos = start;
        this.startOps = sh.ops;
    }
    fail(message) {
        throw new Stop('parse', message);
    }
    growStack() {
        this.st = growU8(this.st, this.sp + 1);
        this.sv = growF64(this.sv, this.sp + 1);
        for (let i = this.sr.length; i < this.st.length; i++)
            this.sr.push(undefined);
    }
    // --- the slower opcodes work on boxed values through these (this.sp, this.pos are current) ---
    pop() {
        if (this.sp <= this.fence)
            this.fail('unpickling stack underflow');
        const i = --this.sp;
        return this.sh.heap.box(this.st[i], this.sv[i], this.sr[i]);
    }
    top() {
        if (this.sp <= this.fence)
            this.fail('unpickling stack underflow');
        const i = this.sp - 1;
        return this.sh.heap.box(this.st[i], this.sv[i], this.sr[i]);
    }
    /** Copies the n slots at stack[k] to the arena; returns where. */
    toArena(k, n) {
        const heap = this.sh.heap;
        const a = heap.alloc(n);
        const st = this.st;
        const sv = this.sv;
        const sr = this.sr;
        if ((a & CH_MASK) + n <= CH) {
            const at = heap.atc[a >>> CH_BITS];
            const ap = heap.apc[a >>> CH_BITS];
            const b = a & CH_MASK;
            for (let i = 0; i < n; i++) {
                const t = st[k + i];
                at[b + i] = t;
                ap[b + i] = t >= T_LIST ? heap.ao.push(sr[k + i]) - 1 : sv[k + i];
            }
        }
        else
            for (let i = 0; i < n; i++)
                heap.put(a + i, st[k + i], sv[k + i], sr[k + i]);
        return a;
    }
    /** Pushes a JS value (there is always room for one: run() makes it before each opcode). */
    push(v) {
        const i = this.sp++;
        this.st[i] = tagOf(v);
        this.sv[i] = payloadOf(v);
        this.sr[i] = v;
    }
    /** Pops down to the last MARK; returns where the items start (they stay above this.sp until overwritten). */
    popMarkAt() {
        if (this.marks.length === 0)
            this.fail('could not find MARK');
        const k = this.marks.pop();
        this.fence = this.marks.length ? this.marks[this.marks.length - 1] : 0;
        return k;
    }
    popMark() {
        const k = this.popMarkAt();
        const n = this.sp - k;
        const out = new Array(n);
        for (let i = 0; i < n; i++)
            out[i] = this.sh.heap.box(this.st[k + i], this.sv[k + i], this.sr[k + i]);
        this.sp = k;
        return out;
    }
    need(n) {
        const p = this.pos;
        if (n < 0 || p + n > this.end)
            this.fail('pickle data was truncated');
        this.pos = p + n;
        return p;
    }
    line() {
        const s = this.pos;
        const nl = this.buf.indexOf(10, s);
        if (nl < 0 || nl >= this.end)
            this.fail('pickle data was truncated (no newline)');
        this.pos = nl + 1;
        return [s, nl];
    }
    lineStr(enc = 'utf8') {
        const [s, e] = this.line();
        return this.buf.toString(enc, s, e);
    }
    keep(n) {
        this.sh.items += n;
        return this.sh.items <= this.sh.limits.maxItems;
    }
    /** memo[idx] = the top of the stack. */
    memoPut(idx) {
        if (this.sp <= this.fence)
            this.fail('unpickling stack underflow');
        if (!this.memo.has(idx) && this.memo.size >= this.sh.limits.maxMemo)
            throw new Stop('limit', `memo exceeds ${this.sh.limits.maxMemo} entries`);
        const i = this.sp - 1;
        this.memo.set(idx, this.st[i], this.sv[i], this.sr[i]);
    }
    memoGet(idx) {
        const m = this.memo;
        const i = this.sp++;
        const t = m.tag(idx);
        if (t !== 0) {
            const p = m.pc[idx >>> CH_BITS][idx & CH_MASK];
            this.st[i] = t;
            this.sv[i] = p;
            if (t >= T_LIST)
                this.sr[i] = m.rc[idx >>> CH_BITS][idx & CH_MASK];
            return;
        }
        const s = m.sparse?.get(idx);
        if (s === undefined) {
            this.sp--;
            this.fail(`memo value not found at index ${idx}`);
        }
        this.st[i] = s.t;
        this.sv[i] = s.p;
        this.sr[i] = s.r;
    }
    addGlobal(rawModule, rawName, opcode, offset, resolved) {
        if (this.fragment && resolved && (!IDENT.test(rawModule) || !IDENT.test(rawName))) {
            // in the array-data reading, garbage lines cannot name an importable module; ignore them
            return new PGlobal(rawModule, rawName, false);
        }
        const mapped = resolved && this.proto < 3 ? mapPython2(rawModule, rawName) : { module: rawModule, name: rawName };
        const key = `${mapped.module}\u0000${mapped.name}\u0000${resolved}`;
        let g = this.sh.globals.get(key);
        if (!g) {
            g = { module: mapped.module, name: mapped.name, raw: `${rawModule}.${rawName}`, opcode, offset, count: 0, resolved, calls: [] };
            if (this.fragment)
                g.viaArrayData = true;
            this.sh.globals.set(key, g);
        }
        g.count++;
        this.globalsSeen++;
        return new PGlobal(mapped.module, mapped.name, resolved);
    }
    noteCall(callable, args) {
        if (!(callable instanceof PGlobal))
            return;
        const g = this.sh.globals.get(`${callable.module}\u0000${callable.name}\u0000${callable.resolved}`);
        if (g && g.calls.length < 3)
            g.calls.push(`${callable.module}.${callable.name}(${args.slice(0, 3).map((a) => render(a)).join(', ')})`);
    }
    /**
     * Runs to STOP; returns the value. Throws Stop. The common opcodes are handled here on slots,
     * with the position, stack pointer and opcode count in locals; the others in slow().
     */
    run() {
        const buf = this.buf;
        /** Operands are read through a DataView: its methods are compiled inline, Buffer's are calls. */
        const dv = new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
        const sh = this.sh;
        const heap = sh.heap;
        const memo = this.memo;
        const marks = this.marks;
        const end = this.end;
        const maxOps = sh.limits.maxOps;
        const maxMemo = sh.limits.maxMemo;
        const maxItems = sh.limits.maxItems;
        const deadline = sh.limits.deadline;
        let st = this.st;
        let sv = this.sv;
        let sr = this.sr;
        let pos = this.pos;
        let sp = this.sp;
        let ops = sh.ops;
        let inSlow = false;
        try {
            for (;;) {
                if (pos >= end)
                    this.fail('pickle data was truncated (no STOP)');
                const opPos = pos;
                const op = buf[pos++];
                if (++ops > maxOps)
                    throw new Stop('limit', `more than ${maxOps} opcodes`);
                // the clock every 65536 opcodes, first at the 1024th: early, so that the optimizing compiler has seen
                // this branch (one first taken deep into a large pickle throws the compiled loop away), but not
                // before the interpreter records what it sees (it starts a little after a function is entered)
                if ((ops & 0xffff) === 0x400 && performance.now() > deadline)
                    throw new Stop('limit', 'time limit reached');
                if (sp === st.length) {
                    this.sp = sp;
                    this.growStack();
                    st = this.st;
                    sv = this.sv;
                    sr = this.sr;
                }
                switch (op) {
                    case 0x28: // MARK
                        marks.push(sp);
                        this.fence = sp;
                        break;
                    case 0x2e: { // STOP
                        this.sp = sp;
                        const v = this.pop();
                        sp = this.sp;
                        return v;
                    }
                    case 0x30: // POP
                        if (marks.length > 0 && marks[marks.length - 1] === sp) {
                            marks.pop();
                            this.fence = marks.length ? marks[marks.length - 1] : 0;
                        }
                        else {
                            if (sp <= this.fence)
                                this.fail('unpickling stack underflow');
                            sp--;
                        }
                        break;
                    case 0x32: // DUP
                        if (sp <= this.fence)
                            this.fail('unpickling stack underflow');
                        st[sp] = st[sp - 1];
                        sv[sp] = sv[sp - 1];
                        sr[sp] = sr[sp - 1];
                        sp++;
                        break;
                    case 0x4a: // BININT
                        if (pos + 4 > end)
                            this.fail('pickle data was truncated');
                        st[sp] = T_NUM;
                        sv[sp++] = dv.getInt32(pos, true);
                        pos += 4;
                        break;
                    case 0x4b: // BININT1
                        if (pos + 1 > end)
                            this.fail('pickle data was truncated');
                        st[sp] = T_NUM;
                        sv[sp++] = buf[pos++];
                        break;
                    case 0x4d: // BININT2
                        if (pos + 2 > end)
                            this.fail('pickle data was truncated');
                        st[sp] = T_NUM;
                        sv[sp++] = buf[pos] | (buf[pos + 1] << 8);
                        pos += 2;
                        break;
                    case 0x4e: // NONE
                        st[sp++] = T_NONE;
                        break;
                    case 0x88: // NEWTRUE
                        st[sp++] = T_TRUE;
                        break;
                    case 0x89: // NEWFALSE
                        st[sp++] = T_FALSE;
                        break;
                    case 0x47: // BINFLOAT
                        if (pos + 8 > end)
                            this.fail('pickle data was truncated');
                        st[sp] = T_NUM;
                        sv[sp++] = dv.getFloat64(pos);
                        pos += 8;
                        break;
                    case 0x55: { // SHORT_BINSTRING
                        if (pos + 1 > end)
                            this.fail('pickle data was truncated');
                        const n = buf[pos++];
                        if (pos + n > end)
                            this.fail('pickle data was truncated');
                        st[sp] = T_STR1;
                        sv[sp++] = pos * STR_SPLIT + n;
                        pos += n;
                        break;
                    }
                    case 0x54: { // BINSTRING
                        if (pos + 4 > end)
                            this.fail('pickle data was truncated');
                        const n = dv.getInt32(pos, true);
                        pos += 4;
                        if (n < 0)
                            this.fail('BINSTRING pickle has negative byte count');
                        if (pos + n > end)
                            this.fail('pickle data was truncated');
                        if (n <= 4096) {
                            st[sp] = T_STR1;
                            sv[sp++] = pos * STR_SPLIT + n;
                        }
                        else {
                            st[sp] = T_BYTES;
                            sv[sp++] = n;
                        }
                        pos += n;
                        break;
                    }
                    case 0x8c: // SHORT_BINUNICODE
                    case 0x58: // BINUNICODE
                    case 0x8d: { // BINUNICODE8
                        let n;
                        if (op === 0x8c) {
                            if (pos + 1 > end)
                                this.fail('pickle data was truncated');
                            n = buf[pos++];
                        }
                        else if (op === 0x58) {
                            if (pos + 4 > end)
                                this.fail('pickle data was truncated');
                            n = dv.getUint32(pos, true);
                            pos += 4;
                        }
                        else {
                            if (pos + 8 > end)
                                this.fail('pickle data was truncated');
                            n = Number(buf.readBigUInt64LE(pos));
                            pos += 8;
                        }
                        if (pos + n > end)
                            this.fail('pickle data was truncated');
                        if (n <= 65536) {
                            st[sp] = T_STR8;
                            sv[sp++] = pos * STR_SPLIT + n;
                        }
                        else {
                            st[sp] = T_BYTES;
                            sv[sp++] = n;
                        }
                        pos += n;
                        break;
                    }
                    case 0x43: // SHORT_BINBYTES
                    case 0x42: // BINBYTES
                    case 0x8e: // BINBYTES8
                    case 0x96: { // BYTEARRAY8
                        let n;
                        if (op === 0x43) {
                            if (pos + 1 > end)
                                this.fail('pickle data was truncated');
                            n = buf[pos++];
                        }
                        else if (op === 0x42) {
                            if (pos + 4 > end)
                                this.fail('pickle data was truncated');
                            n = dv.getUint32(pos, true);
                            pos += 4;
                        }
                        else {
                            if (pos + 8 > end)
                                this.fail('pickle data was truncated');
                            n = Number(buf.readBigUInt64LE(pos));
                            pos += 8;
                        }
                        if (pos + n > end)
                            this.fail('pickle data was truncated');
                        pos += n;
                        st[sp] = T_BYTES;
                        sv[sp++] = n;
                        break;
                    }
                    case 0x29: // EMPTY_TUPLE
                        st[sp] = T_TUPLE;
                        sv[sp++] = 0;
                        break;
                    case 0x74: // TUPLE
                    case 0x85: // TUPLE1
                    case 0x86: // TUPLE2
                    case 0x87: { // TUPLE3
                        let k;
                        let keep = true;
                        if (op === 0x74) {
                            if (marks.length === 0)
                                this.fail('could not find MARK');
                            k = marks.pop();
                            this.fence = marks.length ? marks[marks.length - 1] : 0;
                            sh.items += sp - k;
                            keep = sh.items <= maxItems;
                        }
                        else {
                            k = sp - (op - 0x84);
                            if (k < this.fence)
                                this.fail('unpickling stack underflow');
                        }
                        const n = keep ? sp - k : 0;
                        const a = n > 0 ? this.toArena(k, n) : 0;
                        sp = k;
                        st[sp] = T_TUPLE;
                        sv[sp++] = a * TUPLE_SPLIT + n;
                        break;
                    }
                    case 0x5d: // EMPTY_LIST
                        st[sp] = T_LIST;
                        sr[sp++] = new PList(heap);
                        break;
                    case 0x6c: // LIST
                    case 0x65: { // APPENDS
                        if (marks.length === 0)
                            this.fail('could not find MARK');
                        const k = marks.pop();
                        this.fence = marks.length ? marks[marks.length - 1] : 0;
                        let l;
                        if (op === 0x6c) {
                            l = new PList(heap);
                            sh.items += sp - k;
                            if (sh.items > maxItems)
                                l = null;
                        }
                        else {
                            if (k <= this.fence)
                                this.fail('unpickling stack underflow');
                            l = st[k - 1] === T_LIST ? sr[k - 1] : null;
                            if (l !== null) {
                                sh.items += sp - k;
                                if (sh.items > maxItems)
                                    l = null;
                            }
                        }
                        if (l !== null && sp > k)
                            l.add(this.toArena(k, sp - k), sp - k);
                        sp = k;
                        if (op === 0x6c) {
                            st[sp] = T_LIST;
                            sr[sp++] = l ?? new PList(heap);
                        }
                        break;
                    }
                    case 0x61: { // APPEND
                        if (sp <= this.fence)
                            this.fail('unpickling stack underflow');
                        sp--;
                        if (sp <= this.fence)
                            this.fail('unpickling stack underflow');
                        const lt = st[sp - 1];
                        if (lt === T_LIST) {
                            sh.items += 1;
                            if (sh.items <= maxItems)
                                sr[sp - 1].add(this.toArena(sp, 1), 1);
                        }
                        else if (lt === T_OBJ && sr[sp - 1] instanceof PObj) {
                            this.noteCall(sr[sp - 1].callable, [heap.box(st[sp], sv[sp], sr[sp])]);
                        }
                        break;
                    }
                    case 0x68: // BINGET
                    case 0x6a: { // LONG_BINGET
                        let idx;
                        if (op === 0x68) {
                            if (pos + 1 > end)
                                this.fail('pickle data was truncated');
                            idx = buf[pos++];
                        }
                        else {
                            if (pos + 4 > end)
                                this.fail('pickle data was truncated');
                            idx = dv.getUint32(pos, true);
                            pos += 4;
                        }
                        const t = idx < memo.len ? memo.tc[idx >>> CH_BITS][idx & CH_MASK] : 0;
                        if (t !== 0) {
                            const p = memo.pc[idx >>> CH_BITS][idx & CH_MASK];
                            st[sp] = t;
                            sv[sp] = p;
                            if (t >= T_LIST)
                                sr[sp] = memo.rc[idx >>> CH_BITS][idx & CH_MASK];
                            sp++;
                        }
                        else {
                            this.sp = sp;
                            this.memoGet(idx);
                            sp = this.sp;
                        }
                        break;
                    }
                    case 0x71: // BINPUT
                    case 0x72: // LONG_BINPUT
                    case 0x94: { // MEMOIZE
                        let idx;
                        if (op === 0x71) {
                            if (pos + 1 > end)
                                this.fail('pickle data was truncated');
                            idx = buf[pos++];
                        }
                        else if (op === 0x72) {
                            if (pos + 4 > end)
                                this.fail('pickle data was truncated');
                            idx = dv.getUint32(pos, true);
                            pos += 4;
                        }
                        else
                            idx = memo.size;
                        if (sp <= this.fence)
                            this.fail('unpickling stack underflow');
                        const t = st[sp - 1];
                        if (t < T_LIST && idx <= memo.len && idx >>> CH_BITS < memo.tc.length && (idx & CH_MASK) < memo.tc[idx >>> CH_BITS].length) {
                            // a plain value at a dense index whose chunk exists (the usual case; Memo.set does the rest)
                            const tc = memo.tc[idx >>> CH_BITS];
                            if (idx === memo.len) {
                                if (memo.sparse !== null || memo.size >= maxMemo) {
                                    this.sp = sp;
                                    this.memoPut(idx);
                                    break;
                                }
                                memo.len++;
                                memo.size++;
                            }
                            else if (tc[idx & CH_MASK] === 0) {
                                this.sp = sp;
                                this.memoPut(idx);
                                break;
                            }
                            tc[idx & CH_MASK] = t;
                            memo.pc[idx >>> CH_BITS][idx & CH_MASK] = sv[sp - 1];
                        }
                        else {
                            this.sp = sp;
                            this.memoPut(idx);
                        }
                        break;
                    }
                    case 0x95: // FRAME
                        if (pos + 8 > end)
                            this.fail('pickle data was truncated');
                        pos += 8;
                        break;
                    default:
                        // slow() works on this.pos, this.sp and sh.ops (a joblib array runs a nested machine that counts opcodes)
                        this.sp = sp;
                        this.pos = pos;
                        sh.ops = ops;
                        inSlow = true;
                        this.slow(op, opPos);
                        inSlow = false;
                        pos = this.pos;
                        sp = this.sp;
                        ops = sh.ops;
                }
            }
        }
        finally {
            if (!inSlow) {
                this.pos = pos;
                this.sp = sp;
                sh.ops = ops;
            }
        }
    }
    /** The less common opcodes, on boxed values (this.pos, this.sp and sh.ops are current). */
    slow(op, opPos) {
        const buf = this.buf;
        switch (op) {
            case OP.POP_MARK:
                this.sp = this.popMarkAt();
                break;
            case OP.FLOAT: {
                const v = parseFloatOperand(this.lineStr('latin1'));
                if (v === null)
                    this.fail('could not convert string to float');
                this.push(v);
                break;
            }
            case OP.INT: {
                const v = parseIntOperand(this.lineStr('latin1'));
                if (v === null)
                    this.fail('invalid literal for int()');
                this.push(typeof v === 'bigint' && v >= -0x20000000000000n && v <= 0x20000000000000n ? Number(v) : v);
                break;
            }
            case OP.LONG: {
                const v = parseLongOperand(this.lineStr('latin1'));
                if (v === null)
                    this.fail('invalid literal for int() in LONG');
                this.push(v);
                break;
            }
            case OP.LONG1:
            case OP.LONG4: {
                let n;
                if (op === OP.LONG1)
                    n = buf[this.need(1)];
                else {
                    n = buf.readInt32LE(this.need(4));
                    if (n < 0)
                        this.fail('LONG pickle has negative byte count');
                }
                const p = this.need(n);
                if (n === 0)
                    this.push(0);
                else if (n <= 64) {
                    let v = 0n;
                    for (let i = n - 1; i >= 0; i--)
                        v = (v << 8n) | BigInt(buf[p + i]);
                    if (buf[p + n - 1] & 0x80)
                        v -= 1n << BigInt(8 * n);
                    this.push(v);
                }
                else
                    this.push(new PBytes(n));
                break;
            }
            case OP.STRING: {
                const v = parseQuotedString(this.lineStr('latin1'));
                if (v === null)
                    this.fail('the STRING opcode argument must be quoted');
                this.push(v);
                break;
            }
            case OP.UNICODE: {
                const [s, e] = this.line();
                const v = decodeRawUnicodeEscape(buf.subarray(s, e));
                if (v === null)
                    this.fail('malformed \\uXXXX escape in UNICODE');
                this.push(v);
                break;
            }
            case OP.EMPTY_DICT:
                this.push(new PDict());
                break;
            case OP.DICT: {
                const items = this.popMark();
                if (items.length % 2)
                    this.fail('odd number of items for DICT');
                const d = new PDict();
                if (this.keep(items.length))
                    for (let i = 0; i < items.length; i += 2)
                        this.setItem(d, items[i], items[i + 1]);
                this.push(d);
                break;
            }
            case OP.EMPTY_SET:
                this.push(new PSet([], false));
                break;
            case OP.FROZENSET: {
                const items = this.popMark();
                this.push(new PSet(this.keep(items.length) ? items : [], true));
                break;
            }
            case OP.SETITEM: {
                const v = this.pop();
                const k = this.pop();
                const d = this.top();
                if (d instanceof PDict && this.keep(1))
                    this.setItem(d, k, v);
                break;
            }
            case OP.SETITEMS: {
                const items = this.popMark();
                if (items.length % 2)
                    this.fail('odd number of items for SETITEMS');
                const d = this.top();
                if (d instanceof PDict && this.keep(items.length))
                    for (let i = 0; i < items.length; i += 2)
                        this.setItem(d, items[i], items[i + 1]);
                break;
            }
            case OP.ADDITEMS: {
                const items = this.popMark();
                const s = this.top();
                if (s instanceof PSet && this.keep(items.length))
                    for (const v of items)
                        s.items.push(v);
                break;
            }
            case OP.GET:
                this.memoGet(this.indexFromLine());
                break;
            case OP.PUT: {
                const idx = this.indexFromLine();
                if (idx < 0)
                    this.fail('negative PUT argument');
                this.memoPut(idx);
                break;
            }
            case OP.GLOBAL: {
                const m = this.lineStr();
                const n = this.lineStr();
                this.push(this.addGlobal(m, n, 'GLOBAL', opPos, true));
                break;
            }
            case OP.STACK_GLOBAL: {
                const name = this.pop();
                const module = this.pop();
                if (typeof name === 'string' && typeof module === 'string')
                    this.push(this.addGlobal(module, name, 'STACK_GLOBAL', opPos, true));
                else
                    this.push(this.addGlobal(render(module), render(name), 'STACK_GLOBAL', opPos, false));
                break;
            }
            case OP.INST: {
                const m = this.lineStr();
                const n = this.lineStr();
                const g = this.addGlobal(m, n, 'INST', opPos, true);
                const args = this.popMark();
                this.noteCall(g, args);
                this.push(new PObj('INST', g, args));
                break;
            }
            case OP.OBJ: {
                const items = this.popMark();
                if (items.length < 1)
                    this.fail('unpickling stack underflow');
                this.noteCall(items[0], items.slice(1));
                this.push(new PObj('OBJ', items[0], items.slice(1)));
                break;
            }
            case OP.REDUCE: {
                const args = this.pop();
                const f = this.pop();
                const a = args instanceof PTuple ? args.items : [args];
                this.noteCall(f, a);
                this.push(new PObj('REDUCE', f, a));
                break;
            }
            case OP.NEWOBJ: {
                const args = this.pop();
                const cls = this.pop();
                const a = args instanceof PTuple ? args.items : [args];
                this.noteCall(cls, a);
                this.push(new PObj('NEWOBJ', cls, a));
                break;
            }
            case OP.NEWOBJ_EX: {
                const kwargs = this.pop();
                const args = this.pop();
                const cls = this.pop();
                const a = args instanceof PTuple ? [...args.items, kwargs] : [args, kwargs];
                this.noteCall(cls, a);
                this.push(new PObj('NEWOBJ_EX', cls, a));
                break;
            }
            case OP.BUILD: {
                const state = this.pop();
                const inst = this.top();
                if (inst instanceof PObj) {
                    inst.state = state;
                    if (isJoblibWrapper(inst))
                        this.joblibArray(inst);
                }
                break;
            }
            case OP.PERSID:
                this.push(new PPersistent(this.lineStr('latin1')));
                break;
            case OP.BINPERSID:
                this.push(new PPersistent(this.pop()));
                break;
            case OP.EXT1:
            case OP.EXT2:
            case OP.EXT4: {
                const code = op === OP.EXT1 ? buf[this.need(1)] : op === OP.EXT2 ? buf.readUInt16LE(this.need(2)) : buf.readInt32LE(this.need(4));
                if (code <= 0)
                    this.fail('EXT specifies code <= 0');
                this.push(this.addGlobal('copyreg._extension_registry', String(code), 'EXT', opPos, false));
                break;
            }
            case OP.PROTO: {
                const p = buf[this.need(1)];
                if (p > HIGHEST_PROTOCOL)
                    this.fail(`unsupported pickle protocol: ${p}`);
                this.proto = p;
                break;
            }
            case OP.NEXT_BUFFER:
                this.fail('pickle stream refers to out-of-band data but no buffers argument was given');
                break;
            case OP.READONLY_BUFFER:
                this.top();
                break;
            default:
                this.pos = opPos;
                this.fail(`invalid load key, '${opcodeName(op)}'`);
        }
    }
    indexFromLine() {
        const s = this.lineStr('latin1').trim();
        if (!/^[+-]?\d+$/.test(s))
            this.fail('memo key must be an integer');
        const n = Number(s);
        if (!Number.isSafeInteger(n))
            this.fail('memo key out of range');
        return n;
    }
    setItem(d, k, v) {
        if (typeof k === 'string') {
            const i = d.keys.indexOf(k);
            if (i >= 0 && d.keys.length < 64) {
                d.values[i] = v;
                return;
            }
        }
        d.keys.push(k);
        d.values.push(v);
    }
    /** joblib's NumpyArrayWrapper: after BUILD, joblib.load reads the array's raw bytes (or an object array's pickle) from the stream. */
    joblibArray(w) {
        const st = w.state;
        if (!(st instanceof PDict))
            this.fail('joblib NumpyArrayWrapper state is not a dict');
        const shape = st.get('shape');
        const dtype = st.get('dtype');
        const info = dtypeInfo(dtype);
        if (!info)
            this.fail('joblib array: unsupported dtype description');
        this.sh.joblibArrays++;
        if (info.hasObject) {
            if (this.sh.depth >= this.sh.limits.maxDepth)
                throw new Stop('limit', 'joblib object arrays nested too deeply');
            this.sh.depth++;
            try {
                const m = new Machine(this.buf, this.pos, this.end, new Memo(), this.sh);
                m.run();
                this.pos = m.pos;
            }
            finally {
                this.sh.depth--;
            }
            return;
        }
        let count = 1n;
        const dims = shape instanceof PTuple ? shape.items : shape instanceof PList ? shape.items() : null;
        if (!dims)
            this.fail('joblib array: shape is not a tuple');
        for (const d of dims) {
            if (typeof d !== 'bigint' && (typeof d !== 'number' || !Number.isInteger(d)))
                this.fail('joblib array: shape entry is not an integer');
            if (BigInt(d) < 0n)
                this.fail('joblib array: negative dimension');
            count *= BigInt(d);
        }
        const start = this.pos;
        if (st.keys.includes('numpy_array_alignment_bytes')) {
            const pad = this.buf[this.need(1)];
            this.need(pad);
        }
        const bytes = count * BigInt(info.itemSize);
        if (bytes > BigInt(this.end - this.pos))
            this.fail(`joblib array data (${bytes} bytes) runs past the end of the stream`);
        this.need(Number(bytes));
        this.sh.arrayRegions.push({ start, end: this.pos, memo: this.memo.clone() });
    }
}
function isJoblibWrapper(o) {
    let cls = o.callable;
    if (cls instanceof PGlobal && cls.module === 'copyreg' && cls.name === '_reconstructor')
        cls = o.args[0];
    return cls instanceof PGlobal && cls.name === 'NumpyArrayWrapper' && /(^|\.)numpy_pickle$/.test(cls.module);
}
const SIZES = { b: 1, '?': 1, B: 1, h: 2, H: 2, i: 4, I: 4, l: 8, L: 8, q: 8, Q: 8, e: 2, f: 4, d: 8, g: 16, F: 8, D: 16, G: 32, M: 8, m: 8, O: 8 };
/** Item size and object-ness of a pickled numpy.dtype (REDUCE numpy.dtype(('f8', False, True)) + BUILD state tuple). */
function dtypeInfo(d) {
    if (!(d instanceof PObj))
        return null;
    const code = d.args[0];
    if (typeof code !== 'string')
        return null;
    const state = d.state instanceof PTuple ? d.state.items : [];
    const elsize = typeof state[5] === 'number' ? state[5] : -1;
    let hasObject = code.startsWith('O') || code === 'object';
    const fields = state[4];
    if (fields instanceof PDict) {
        for (const v of fields.values) {
            const fd = v instanceof PTuple ? dtypeInfo(v.items[0]) : null;
            if (!fd)
                return null;
            if (fd.hasObject)
                hasObject = true;
        }
    }
    if (elsize > 0)
        return { itemSize: elsize, hasObject };
    const m = /^([a-zA-Z?])(\d*)/.exec(code);
    if (!m)
        return null;
    let size;
    if (m[2])
        size = Number(m[2]);
    else if (SIZES[m[1]] !== undefined)
        size = SIZES[m[1]];
    else
        return null;
    if (m[1] === 'U' && !m[2])
        return null;
    return { itemSize: size, hasObject };
}
/**
 * Scans a buffer holding one or more pickles. Never throws on bad input: problems come back in `error`.
 */
function scanPickle(buf, options = {}) {
    const start = options.start ?? 0;
    const end = options.end ?? buf.length;
    const limits = { ...DEFAULT_VM_LIMITS, deadline: performance.now() + (options.timeMs ?? 120_000), ...options.limits };
    const sh = { globals: new Map(), limits, ops: 0, items: 0, joblibArrays: 0, arrayRegions: [], depth: 0, heap: new Heap(buf, Math.min(limits.maxItems + (1 << 25), ARENA_MAX)) };
    const memo = new Memo();
    const result = { globals: [], pickles: 0, opcodes: 0, protocol: 0, error: null, trailing: null, legacyTorch: false, joblibArrays: 0, end: start };
    let pos = start;
    if (start >= end) {
        result.error = { kind: 'parse', offset: start, opcode: '', message: 'empty input: no pickle data', pickle: 0 };
    }
    while (pos < end) {
        const m = new Machine(buf, pos, end, memo, sh);
        try {
            const v = m.run();
            if (result.pickles === 0) {
                result.firstValue = v;
                if (v === LEGACY_TORCH_MAGIC)
                    result.legacyTorch = true;
            }
            result.pickles++;
            result.protocol = Math.max(result.protocol, m.proto);
            pos = m.pos;
            result.end = pos;
            if (result.legacyTorch && result.pickles === 5) {
                if (pos < end)
                    result.trailing = { offset: pos, length: end - pos, reason: 'legacy torch tensor data' };
                break;
            }
        }
        catch (e) {
            if (!(e instanceof Stop))
                throw e;
            result.protocol = Math.max(result.protocol, m.proto);
            const stop = { kind: e.kind, offset: m.pos, opcode: m.pos < end ? opcodeName(buf[m.pos]) : 'EOF', message: e.message, pickle: result.pickles };
            if (result.pickles > 0 && e.kind === 'parse' && m.globalsSeen === 0) {
                result.trailing = { offset: pos, length: end - pos, reason: `not a pickle: ${e.message} at byte ${m.pos}` };
            }
            else {
                result.error = stop;
                result.end = m.pos;
            }
            break;
        }
    }
    // joblib.load reads these bytes as array data; a plain pickle.load would read them as opcodes.
    for (const r of sh.arrayRegions) {
        if (r.end <= r.start)
            continue;
        const saved = sh.ops;
        const fm = new Machine(buf, r.start, r.end, r.memo, sh, true);
        try {
            fm.run();
        }
        catch (e) {
            if (!(e instanceof Stop) || e.kind === 'limit') {
                if (e instanceof Stop)
                    result.error ??= { kind: 'limit', offset: fm.pos, opcode: '', message: e.message, pickle: 0 };
                else
                    throw e;
            }
        }
        sh.ops = saved;
    }
    result.globals = [...sh.globals.values()].sort((a, b) => a.offset - b.offset);
    result.opcodes = sh.ops;
    result.joblibArrays = sh.joblibArrays;
    return result;
}

// EXTERNAL MODULE: ./node_modules/seek-bzip/lib/index.js
var lib = __webpack_require__(7253);
var lib_default = /*#__PURE__*/__webpack_require__.n(lib);
// EXTERNAL MODULE: ./node_modules/xz-decompress/dist/package/xz-decompress.js
var xz_decompress = __webpack_require__(6642);
var xz_decompress_default = /*#__PURE__*/__webpack_require__.n(xz_decompress);
;// CONCATENATED MODULE: ./src/scanners/model/lzma.ts
/**
 * A decoder for the legacy `.lzma` ("LZMA alone") container that joblib writes with compress='lzma'.
 * No npm package decodes it with a bound on the output (LZMA-JS decodes everything into a JS array and
 * may hand back a string), so this is a direct port of the reference decoder (LzmaSpec.cpp from the
 * LZMA SDK, public domain) with the output size capped.
 */
class LzmaError extends Error {
}
const kNumBitModelTotalBits = 11;
const kBitModelTotal = 1 << kNumBitModelTotalBits;
const kNumMoveBits = 5;
const kTopValue = 1 << 24;
const PROB_INIT = kBitModelTotal >>> 1;
const kNumPosBitsMax = 4;
const kNumStates = 12;
const kNumLenToPosStates = 4;
const kNumAlignBits = 4;
const kEndPosModelIndex = 14;
const kNumFullDistances = 1 << (kEndPosModelIndex >>> 1);
const kMatchMinLen = 2;
class RangeDecoder {
    buf;
    range = 0xffffffff;
    code = 0;
    pos;
    constructor(buf, start) {
        this.buf = buf;
        this.pos = start;
        const b = this.byte();
        for (let i = 0; i < 4; i++)
            this.code = ((this.code << 8) | this.byte()) >>> 0;
        if (b !== 0 || this.code === this.range)
            throw new LzmaError('corrupted LZMA stream (range coder start)');
    }
    byte() {
        if (this.pos >= this.buf.length)
            throw new LzmaError('LZMA data is truncated');
        return this.buf[this.pos++];
    }
    normalize() {
        if (this.range < kTopValue) {
            this.range = (this.range << 8) >>> 0;
            this.code = ((this.code << 8) | this.byte()) >>> 0;
        }
    }
    bit(probs, i) {
        const v = probs[i];
        const bound = (this.range >>> kNumBitModelTotalBits) * v;
        let symbol;
        if (this.code < bound) {
            probs[i] = v + ((kBitModelTotal - v) >>> kNumMoveBits);
            this.range = bound >>> 0;
            symbol = 0;
        }
        else {
            probs[i] = v - (v >>> kNumMoveBits);
            this.code = (this.code - bound) >>> 0;
            this.range = (this.range - bound) >>> 0;
            symbol = 1;
        }
        this.normalize();
        return symbol;
    }
    direct(numBits) {
        let res = 0;
        do {
            this.range = this.range >>> 1;
            this.code = (this.code - this.range) >>> 0;
            const t = this.code >= 0x80000000 ? 0xffffffff : 0; // 0 - (code >> 31)
            this.code = (this.code + (this.range & t)) >>> 0;
            if (this.code === this.range)
                throw new LzmaError('corrupted LZMA stream (direct bits)');
            this.normalize();
            res = ((res << 1) + ((t + 1) >>> 0)) >>> 0;
        } while (--numBits);
        return res;
    }
    tree(probs, base, numBits) {
        let m = 1;
        for (let i = 0; i < numBits; i++)
            m = (m << 1) + this.bit(probs, base + m);
        return m - (1 << numBits);
    }
    reverse(probs, base, numBits) {
        let m = 1;
        let symbol = 0;
        for (let i = 0; i < numBits; i++) {
            const bit = this.bit(probs, base + m);
            m = (m << 1) + bit;
            symbol |= bit << i;
        }
        return symbol;
    }
}
class LenDecoder {
    choice = new Uint16Array(2).fill(PROB_INIT);
    low = new Uint16Array((1 << kNumPosBitsMax) << 3).fill(PROB_INIT);
    mid = new Uint16Array((1 << kNumPosBitsMax) << 3).fill(PROB_INIT);
    high = new Uint16Array(256).fill(PROB_INIT);
    decode(rc, posState) {
        if (rc.bit(this.choice, 0) === 0)
            return rc.tree(this.low, posState << 3, 3);
        if (rc.bit(this.choice, 1) === 0)
            return 8 + rc.tree(this.mid, posState << 3, 3);
        return 16 + rc.tree(this.high, 0, 8);
    }
}
/** Decodes an LZMA-alone stream (13-byte header: properties, dictionary size, uncompressed size). */
function decodeLzmaAlone(input, maxOutput) {
    if (input.length < 13)
        throw new LzmaError('LZMA header is truncated');
    let d = input[0];
    if (d >= 9 * 5 * 5)
        throw new LzmaError('bad LZMA properties byte');
    const lc = d % 9;
    d = Math.floor(d / 9);
    const lp = d % 5;
    const pb = Math.floor(d / 5);
    let dictSize = (input[1] | (input[2] << 8) | (input[3] << 16) | (input[4] << 24)) >>> 0;
    if (dictSize < 1 << 12)
        dictSize = 1 << 12;
    let sizeDefined = false;
    let unpackSize = 0;
    for (let i = 0; i < 8; i++)
        if (input[5 + i] !== 0xff)
            sizeDefined = true;
    if (sizeDefined) {
        let v = 0n;
        for (let i = 7; i >= 0; i--)
            v = (v << 8n) | BigInt(input[5 + i]);
        if (v > BigInt(maxOutput))
            throw new LzmaError(`LZMA stream declares ${v} bytes, over the ${maxOutput}-byte limit`);
        unpackSize = Number(v);
    }
    const rc = new RangeDecoder(input, 13);
    let out = Buffer.allocUnsafe(Math.min(sizeDefined ? unpackSize : 1 << 20, maxOutput) || 1);
    let outPos = 0;
    const put = (b) => {
        if (outPos >= out.length) {
            if (outPos >= maxOutput)
                throw new LzmaError(`LZMA output exceeds the ${maxOutput}-byte limit`);
            const n = Buffer.allocUnsafe(Math.min(out.length * 2, maxOutput));
            out.copy(n, 0, 0, outPos);
            out = n;
        }
        out[outPos++] = b;
    };
    const lit = new Uint16Array(0x300 << (lc + lp)).fill(PROB_INIT);
    const posSlot = new Uint16Array(kNumLenToPosStates << 6).fill(PROB_INIT);
    const posDecoders = new Uint16Array(1 + kNumFullDistances - kEndPosModelIndex).fill(PROB_INIT);
    const align = new Uint16Array(1 << kNumAlignBits).fill(PROB_INIT);
    const isMatch = new Uint16Array(kNumStates << kNumPosBitsMax).fill(PROB_INIT);
    const isRep = new Uint16Array(kNumStates).fill(PROB_INIT);
    const isRepG0 = new Uint16Array(kNumStates).fill(PROB_INIT);
    const isRepG1 = new Uint16Array(kNumStates).fill(PROB_INIT);
    const isRepG2 = new Uint16Array(kNumStates).fill(PROB_INIT);
    const isRep0Long = new Uint16Array(kNumStates << kNumPosBitsMax).fill(PROB_INIT);
    const lenDec = new LenDecoder();
    const repLenDec = new LenDecoder();
    let rep0 = 0;
    let rep1 = 0;
    let rep2 = 0;
    let rep3 = 0;
    let state = 0;
    const pbMask = (1 << pb) - 1;
    const lpMask = (1 << lp) - 1;
    const getByte = (dist) => out[outPos - dist];
    for (;;) {
        if (sizeDefined && unpackSize === 0 && rc.code === 0)
            break;
        const posState = outPos & pbMask;
        if (rc.bit(isMatch, (state << kNumPosBitsMax) + posState) === 0) {
            if (sizeDefined && unpackSize === 0)
                throw new LzmaError('LZMA data continues past its declared size');
            const prev = outPos > 0 ? getByte(1) : 0;
            const litState = ((outPos & lpMask) << lc) + (prev >>> (8 - lc));
            const base = 0x300 * litState;
            let symbol = 1;
            if (state >= 7) {
                let matchByte = getByte(rep0 + 1);
                do {
                    const matchBit = (matchByte >>> 7) & 1;
                    matchByte <<= 1;
                    const bit = rc.bit(lit, base + ((1 + matchBit) << 8) + symbol);
                    symbol = (symbol << 1) | bit;
                    if (matchBit !== bit)
                        break;
                } while (symbol < 0x100);
            }
            while (symbol < 0x100)
                symbol = (symbol << 1) | rc.bit(lit, base + symbol);
            put(symbol - 0x100);
            state = state < 4 ? 0 : state < 10 ? state - 3 : state - 6;
            unpackSize--;
            continue;
        }
        let len;
        if (rc.bit(isRep, state) !== 0) {
            if (sizeDefined && unpackSize === 0)
                throw new LzmaError('LZMA data continues past its declared size');
            if (outPos === 0)
                throw new LzmaError('corrupted LZMA stream (rep match at start)');
            if (rc.bit(isRepG0, state) === 0) {
                if (rc.bit(isRep0Long, (state << kNumPosBitsMax) + posState) === 0) {
                    state = state < 7 ? 9 : 11;
                    put(getByte(rep0 + 1));
                    unpackSize--;
                    continue;
                }
            }
            else {
                let dist;
                if (rc.bit(isRepG1, state) === 0)
                    dist = rep1;
                else {
                    if (rc.bit(isRepG2, state) === 0)
                        dist = rep2;
                    else {
                        dist = rep3;
                        rep3 = rep2;
                    }
                    rep2 = rep1;
                }
                rep1 = rep0;
                rep0 = dist;
            }
            len = repLenDec.decode(rc, posState);
            state = state < 7 ? 8 : 11;
        }
        else {
            rep3 = rep2;
            rep2 = rep1;
            rep1 = rep0;
            len = lenDec.decode(rc, posState);
            state = state < 7 ? 7 : 10;
            const lenState = Math.min(len, kNumLenToPosStates - 1);
            const slot = rc.tree(posSlot, lenState << 6, 6);
            if (slot < 4)
                rep0 = slot;
            else {
                const numDirectBits = (slot >>> 1) - 1;
                let dist = ((2 | (slot & 1)) << numDirectBits) >>> 0;
                if (slot < kEndPosModelIndex)
                    dist = (dist + rc.reverse(posDecoders, dist - slot, numDirectBits)) >>> 0;
                else {
                    dist = (dist + ((rc.direct(numDirectBits - kNumAlignBits) << kNumAlignBits) >>> 0)) >>> 0;
                    dist = (dist + rc.reverse(align, 0, kNumAlignBits)) >>> 0;
                }
                rep0 = dist;
            }
            if (rep0 === 0xffffffff) {
                if (rc.code !== 0)
                    throw new LzmaError('corrupted LZMA stream (end marker)');
                break;
            }
            if (sizeDefined && unpackSize === 0)
                throw new LzmaError('LZMA data continues past its declared size');
            if (rep0 >= dictSize || rep0 >= outPos)
                throw new LzmaError('corrupted LZMA stream (distance beyond the window)');
        }
        len += kMatchMinLen;
        if (sizeDefined && unpackSize < len)
            throw new LzmaError('LZMA match runs past the declared size');
        for (let i = 0; i < len; i++)
            put(getByte(rep0 + 1));
        unpackSize -= len;
    }
    return out.subarray(0, outPos);
}

// EXTERNAL MODULE: ./src/scanners/model/limits.ts
var model_limits = __webpack_require__(9769);
;// CONCATENATED MODULE: ./src/scanners/model/decompress.ts
/**
 * The compressed wrappers joblib (and people) put around pickles: zlib, gzip, bz2, xz and legacy
 * lzma. Every decoder stops at a byte limit and a ratio limit: a stream that would inflate past
 * them is an error (a possible bomb), never a partial scan passed off as complete.
 */





/** Which compression a stream starts with, by its magic bytes. */
function sniffCompression(head) {
    if (head.length >= 2 && head[0] === 0x1f && head[1] === 0x8b)
        return 'gzip';
    if (head.length >= 6 && head.subarray(0, 6).equals(Buffer.from([0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00])))
        return 'xz';
    if (head.length >= 4 && head[0] === 0x42 && head[1] === 0x5a && head[2] === 0x68 && head[3] >= 0x31 && head[3] <= 0x39)
        return 'bz2';
    if (head.length >= 4 && head.readUInt32LE(0) === 0x184d2204)
        return 'lz4';
    if (head.length >= 4 && head.readUInt32LE(0) === 0xfd2fb528)
        return 'zstd';
    // zlib: CMF = 0x78 (deflate, 32K window) or other window sizes, FCHECK valid, no preset dictionary
    if (head.length >= 2 && (head[0] & 0x0f) === 8 && head[0] >> 4 <= 7 && ((head[0] << 8) | head[1]) % 31 === 0 && !(head[1] & 0x20))
        return 'zlib';
    // lzma alone: properties byte (lc/lp/pb) 0x5d is what every encoder writes by default, then a power-of-two-ish dictionary size
    if (head.length >= 13 && head[0] === 0x5d && head[1] === 0x00 && head[2] === 0x00)
        return 'lzma';
    return null;
}
function checkRatio(out, input, maxRatio) {
    if (out > 1024 * 1024 && out / Math.max(1, input) > maxRatio) {
        throw new model_limits/* LimitError */.o(`inflates ${Math.round(out / Math.max(1, input))}:1, over the ${maxRatio}:1 ratio limit (a possible decompression bomb)`);
    }
}
function zlibLimited(fn, input, max, what) {
    try {
        return fn(input, { maxOutputLength: max });
    }
    catch (e) {
        const err = e;
        if (err.code === 'ERR_BUFFER_TOO_LARGE' || /maxOutputLength|Cannot create a Buffer larger/.test(err.message)) {
            throw new model_limits/* LimitError */.o(`${what} stream inflates past the ${max}-byte limit`);
        }
        throw new Error(`${what} stream is corrupt: ${err.message}`, { cause: e });
    }
}
async function xzLimited(input, max) {
    const src = new ReadableStream({
        start(c) {
            c.enqueue(new Uint8Array(input.buffer, input.byteOffset, input.byteLength));
            c.close();
        }
    });
    const reader = new (xz_decompress_default()).XzReadableStream(src).getReader();
    const parts = [];
    let total = 0;
    try {
        for (;;) {
            const { done, value } = await reader.read();
            if (done)
                break;
            total += value.byteLength;
            if (total > max) {
                await reader.cancel();
                throw new model_limits/* LimitError */.o(`xz stream inflates past the ${max}-byte limit`);
            }
            parts.push(Buffer.from(value));
        }
    }
    catch (e) {
        if (e instanceof model_limits/* LimitError */.o)
            throw e;
        throw new Error(`xz stream is corrupt: ${e.message ?? String(e)}`, { cause: e });
    }
    return Buffer.concat(parts, total);
}
function bz2Limited(input, max) {
    let buf = Buffer.allocUnsafe(Math.min(max, Math.max(1 << 16, input.length * 4)));
    let pos = 0;
    const out = {
        writeByte(b) {
            if (pos >= buf.length) {
                if (pos >= max)
                    throw new model_limits/* LimitError */.o(`bz2 stream inflates past the ${max}-byte limit`);
                const n = Buffer.allocUnsafe(Math.min(max, buf.length * 2));
                buf.copy(n, 0, 0, pos);
                buf = n;
            }
            buf[pos++] = b;
        }
    };
    try {
        lib_default().decode(input, out, true);
    }
    catch (e) {
        if (e instanceof model_limits/* LimitError */.o)
            throw e;
        throw new Error(`bz2 stream is corrupt: ${e.message ?? String(e)}`, { cause: e });
    }
    return buf.subarray(0, pos);
}
/** Decompresses one stream, bounded by `max` bytes of output and by the ratio limit. */
async function decompress(kind, input, max, maxRatio) {
    let out;
    switch (kind) {
        case 'gzip':
            out = zlibLimited(external_node_zlib_.gunzipSync, input, max, 'gzip');
            break;
        case 'zlib':
            out = zlibLimited(external_node_zlib_.inflateSync, input, max, 'zlib');
            break;
        case 'bz2':
            out = bz2Limited(input, max);
            break;
        case 'xz':
            out = await xzLimited(input, max);
            break;
        case 'lzma':
            try {
                out = decodeLzmaAlone(input, max);
            }
            catch (e) {
                if (e instanceof LzmaError && /limit/.test(e.message))
                    throw new model_limits/* LimitError */.o(e.message);
                throw new Error(`lzma stream is corrupt: ${e.message}`, { cause: e });
            }
            break;
        default:
            throw new Error(`${kind} compression cannot be read by this scanner; decompress the file or convert it to safetensors`);
    }
    checkRatio(out.length, input.length, maxRatio);
    return out;
}

;// CONCATENATED MODULE: ./src/scanners/model/keras.ts
/**
 * Keras configs (`config.json` in a `.keras` zip, `model_config` in a legacy `.h5`): Lambda layers
 * carry marshalled Python bytecode, and any `module` outside keras is imported by name on load
 * (CVE-2025-1550); `enable_unsafe_deserialization` switches safe mode off (CVE-2025-9906).
 * The whole config is walked (nested functional and sequential models too), not just the top layers.
 */

const KERAS_MODULE = /^(keras|tf_keras|tensorflow\.keras|tensorflow\.python\.keras)(\.|$)/;
function checkKerasConfig(config) {
    const issues = [];
    const seen = new Set();
    const add = (i) => {
        const k = `${i.rule}\u0000${i.subject}`;
        if (seen.has(k))
            return;
        seen.add(k);
        issues.push(i);
    };
    const walk = (v, depth) => {
        if (depth > 200)
            return;
        if (typeof v === 'string') {
            if (v.includes('enable_unsafe_deserialization'))
                add({ rule: 'keras/unsafe-deserialization', severity: 'critical', subject: 'enable_unsafe_deserialization', message: 'the config calls enable_unsafe_deserialization, which turns Keras safe mode off before later layers load' });
            return;
        }
        if (Array.isArray(v)) {
            for (const x of v)
                walk(x, depth + 1);
            return;
        }
        if (!v || typeof v !== 'object')
            return;
        const o = v;
        const cls = typeof o.class_name === 'string' ? o.class_name : null;
        const cfg = o.config;
        const layerName = cfg && typeof cfg === 'object' && typeof cfg.name === 'string' ? cfg.name : cls ?? '?';
        if (cls === 'Lambda' || cls === 'TFOpLambda' || (typeof o.registered_name === 'string' && /(^|>)Lambda$/.test(o.registered_name))) {
            add({ rule: 'keras/lambda-layer', severity: 'critical', subject: layerName, message: `Lambda layer ${JSON.stringify(layerName)} holds Python bytecode that runs when the model is loaded with safe_mode off (or through a safe-mode bypass)` });
        }
        if (typeof o.module === 'string' && cls !== null && !KERAS_MODULE.test(o.module)) {
            const denied = (0,pickle_globals/* isDenied */.GZ)(o.module, cls);
            add({
                rule: 'keras/foreign-module',
                severity: denied ? 'critical' : 'high',
                subject: `${o.module}.${cls}`,
                message: `the config makes Keras import ${o.module}.${cls}${denied ? ', which runs commands or code' : ', a module outside Keras'} when the model is loaded`
            });
        }
        for (const x of Object.values(o))
            walk(x, depth + 1);
    };
    walk(config, 0);
    return issues;
}
/** The JSON model config inside a legacy HDF5 .h5 file, found by its text (no HDF5 parser needed for a plain attribute). */
function findH5ModelConfig(buf) {
    const at = buf.indexOf('{"class_name"');
    if (at < 0)
        return null;
    let depth = 0;
    let inStr = false;
    for (let i = at; i < buf.length && i < at + 64 * 1024 * 1024; i++) {
        const c = buf[i];
        if (inStr) {
            if (c === 0x5c)
                i++;
            else if (c === 0x22)
                inStr = false;
            continue;
        }
        if (c === 0x22)
            inStr = true;
        else if (c === 0x7b)
            depth++;
        else if (c === 0x7d && --depth === 0)
            return buf.toString('utf8', at, i + 1);
    }
    // Never closed (truncated or past the window): hand back what is there, so it is reported as unreadable, not clean.
    return buf.toString('utf8', at, Math.min(buf.length, at + 64 * 1024 * 1024));
}

;// CONCATENATED MODULE: ./src/scanners/model/gguf.ts
const TEMPLATE_RISK = /__class__|__globals__|__subclasses__|__builtins__|__import__|__init__|__mro__|__base__|\bos\.|popen|subprocess|\beval\b|\bexec\b/;
async function checkGguf(src) {
    const res = { version: 0, tensors: 0, keys: 0, problems: [], templateIssues: [] };
    const buf = await src.read(0, Math.min(src.size, 64 * 1024 * 1024));
    let p = 4;
    const need = (n) => {
        if (p + n > buf.length) {
            res.problems.push('metadata runs past the end of the file (or past the first 64 MiB)');
            return false;
        }
        return true;
    };
    if (!need(20))
        return res;
    res.version = buf.readUInt32LE(4);
    if (res.version < 1 || res.version > 3)
        res.problems.push(`unknown GGUF version ${res.version}`);
    const tensors = buf.readBigUInt64LE(8);
    const keys = buf.readBigUInt64LE(16);
    p = 24;
    if (tensors > BigInt(src.size) || keys > 1000000n) {
        res.problems.push(`implausible counts: ${tensors} tensors, ${keys} metadata keys`);
        return res;
    }
    res.tensors = Number(tensors);
    res.keys = Number(keys);
    const str = () => {
        if (!need(8))
            return null;
        const n = Number(buf.readBigUInt64LE(p));
        p += 8;
        if (!need(n))
            return null;
        const s = buf.toString('utf8', p, p + n);
        p += n;
        return s;
    };
    const SIZES = { 0: 1, 1: 1, 2: 2, 3: 2, 4: 4, 5: 4, 6: 4, 7: 1, 10: 8, 11: 8, 12: 8 };
    const skipValue = (type, depth) => {
        if (type === 8)
            return str();
        if (type === 9) {
            if (depth > 3 || !need(12))
                return false;
            const et = buf.readUInt32LE(p);
            const n = Number(buf.readBigUInt64LE(p + 4));
            p += 12;
            if (SIZES[et] !== undefined) {
                if (!need(n * SIZES[et]))
                    return false;
                p += n * SIZES[et];
                return null;
            }
            for (let i = 0; i < n; i++)
                if (skipValue(et, depth + 1) === false)
                    return false;
            return null;
        }
        const sz = SIZES[type];
        if (sz === undefined) {
            res.problems.push(`unknown metadata value type ${type}`);
            return false;
        }
        if (!need(sz))
            return false;
        p += sz;
        return null;
    };
    for (let k = 0; k < res.keys; k++) {
        const key = str();
        if (key === null || !need(4))
            return res;
        const type = buf.readUInt32LE(p);
        p += 4;
        const v = skipValue(type, 0);
        if (v === false)
            return res;
        if (key === 'tokenizer.chat_template' || key.startsWith('tokenizer.chat_template.')) {
            const m = typeof v === 'string' ? TEMPLATE_RISK.exec(v) : null;
            if (m)
                res.templateIssues.push(`${key} contains ${JSON.stringify(m[0])}, a Jinja sandbox-escape construct`);
        }
    }
    return res;
}

;// CONCATENATED MODULE: ./src/scanners/model/json.ts
/**
 * JSON.parse keeps the last of two duplicate keys without a word, while other readers keep the first
 * or refuse: a parser differential (research/security.md B3). This strict parser refuses duplicates,
 * bounds nesting, and is used for the headers and configs the scanner judges.
 */
class JsonError extends Error {
}
function parseJsonStrict(text, maxDepth = 256) {
    let i = 0;
    const ws = () => {
        while (i < text.length && (text[i] === ' ' || text[i] === '\n' || text[i] === '\r' || text[i] === '\t'))
            i++;
    };
    const fail = (msg) => {
        throw new JsonError(`${msg} at character ${i}`);
    };
    const str = () => {
        const start = i;
        i++;
        for (;;) {
            if (i >= text.length)
                fail('unterminated string');
            const c = text.charCodeAt(i);
            if (c === 0x22)
                break;
            if (c === 0x5c)
                i++;
            else if (c < 0x20)
                fail('control character in string');
            i++;
        }
        i++;
        return JSON.parse(text.slice(start, i));
    };
    const value = (depth) => {
        if (depth > maxDepth)
            fail('nesting too deep');
        ws();
        const c = text[i];
        if (c === '{') {
            i++;
            const obj = Object.create(null);
            const seen = new Set();
            ws();
            if (text[i] === '}')
                return i++, obj;
            for (;;) {
                ws();
                if (text[i] !== '"')
                    fail('expected a key');
                const k = str();
                if (seen.has(k))
                    fail(`duplicate key ${JSON.stringify(k)}`);
                seen.add(k);
                ws();
                if (text[i] !== ':')
                    fail('expected ":"');
                i++;
                obj[k] = value(depth + 1);
                ws();
                if (text[i] === ',') {
                    i++;
                    continue;
                }
                if (text[i] === '}')
                    return i++, obj;
                fail('expected "," or "}"');
            }
        }
        if (c === '[') {
            i++;
            const arr = [];
            ws();
            if (text[i] === ']')
                return i++, arr;
            for (;;) {
                arr.push(value(depth + 1));
                ws();
                if (text[i] === ',') {
                    i++;
                    continue;
                }
                if (text[i] === ']')
                    return i++, arr;
                fail('expected "," or "]"');
            }
        }
        if (c === '"')
            return str();
        const m = /^(-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?|true|false|null)/.exec(text.slice(i, i + 400));
        if (!m)
            return fail('unexpected token');
        i += m[0].length;
        return JSON.parse(m[0]);
    };
    const v = value(0);
    ws();
    if (i !== text.length)
        fail('trailing characters');
    return v;
}

;// CONCATENATED MODULE: ./src/scanners/model/npy.ts
const NPY_MAGIC = Buffer.from([0x93, 0x4e, 0x55, 0x4d, 0x50, 0x59]);
/** Parses the header; throws with the reason when it is not a valid .npy header. */
function parseNpyHeader(head) {
    if (head.length < 10 || !head.subarray(0, 6).equals(NPY_MAGIC))
        throw new Error('missing the \\x93NUMPY magic');
    const major = head[6];
    const minor = head[7];
    let hlen;
    let start;
    if (major === 1) {
        hlen = head.readUInt16LE(8);
        start = 10;
    }
    else if (major === 2 || major === 3) {
        if (head.length < 12)
            throw new Error('header is truncated');
        hlen = head.readUInt32LE(8);
        start = 12;
    }
    else
        throw new Error(`unknown .npy format version ${major}.${minor}`);
    if (start + hlen > head.length)
        throw new Error(`header declares ${hlen} bytes but the file is shorter`);
    const text = head.toString(major === 3 ? 'utf8' : 'latin1', start, start + hlen);
    const descrM = /['"]descr['"]\s*:\s*('[^']*'|"[^"]*"|\[.*\])\s*,\s*['"]fortran_order/s.exec(text);
    const fo = /['"]fortran_order['"]\s*:\s*(True|False)/.exec(text);
    const shapeM = /['"]shape['"]\s*:\s*\(([^)]*)\)/.exec(text);
    if (!descrM || !fo || !shapeM)
        throw new Error('header is not a dict with descr, fortran_order and shape');
    const shape = shapeM[1]
        .split(',')
        .map((x) => x.trim())
        .filter((x) => x !== '')
        .map((x) => (/^\d+L?$/.test(x) ? Number(x.replace('L', '')) : NaN));
    if (shape.some((n) => !Number.isSafeInteger(n)))
        throw new Error('shape is not a tuple of integers');
    const descr = descrM[1];
    // object fields: '|O', '<O', 'O', or 'O8' anywhere in a (possibly structured) descr
    const hasObject = /(['"])[|<>=]?O\d*\1/.test(descr);
    return { version: `${major}.${minor}`, descr, shape, fortranOrder: fo[1] === 'True', dataOffset: start + hlen, hasObject };
}

;// CONCATENATED MODULE: ./src/scanners/model/onnx.ts
function* fields(b, start, end) {
    let p = start;
    const varint = () => {
        let v = 0;
        let mul = 1;
        for (let i = 0; i < 10; i++) {
            if (p >= end)
                throw new Error('truncated varint');
            const c = b[p++];
            v += (c & 0x7f) * mul;
            mul *= 128;
            if (!(c & 0x80))
                return v;
        }
        throw new Error('varint too long');
    };
    while (p < end) {
        const tag = varint();
        const num = Math.floor(tag / 8);
        const wt = tag % 8;
        if (num === 0)
            throw new Error('field number 0');
        if (wt === 0)
            yield { num, wt, start: p, end: p, value: varint() };
        else if (wt === 1 || wt === 5) {
            const n = wt === 1 ? 8 : 4;
            p += n;
            yield { num, wt, start: p - n, end: p, value: 0 };
        }
        else if (wt === 2) {
            const n = varint();
            if (p + n > end)
                throw new Error('length-delimited field runs past its message');
            yield { num, wt, start: p, end: p + n, value: n };
            p += n;
        }
        else
            throw new Error(`unsupported wire type ${wt}`);
        if (p > end)
            throw new Error('field runs past its message');
    }
}
function checkOnnx(b) {
    const res = { irVersion: null, problems: [], externalPaths: [] };
    const tensor = (s, e) => {
        for (const f of fields(b, s, e)) {
            if (f.num === 13 && f.wt === 2) {
                let key = '';
                let value = '';
                for (const kv of fields(b, f.start, f.end)) {
                    if (kv.wt !== 2)
                        continue;
                    if (kv.num === 1)
                        key = b.toString('utf8', kv.start, kv.end);
                    if (kv.num === 2)
                        value = b.toString('utf8', kv.start, kv.end);
                }
                if (key === 'location' && (value.startsWith('/') || /^[A-Za-z]:/.test(value) || value.split(/[\\/]/).includes('..')))
                    res.externalPaths.push(value);
            }
        }
    };
    const graph = (s, e, depth) => {
        if (depth > 8)
            return;
        for (const f of fields(b, s, e)) {
            if (f.wt !== 2)
                continue;
            if (f.num === 5)
                tensor(f.start, f.end); // initializer
            if (f.num === 1) {
                // node: attributes (field 5) may hold subgraphs (g = 6, graphs = 11) and tensors (t = 5)
                for (const nf of fields(b, f.start, f.end)) {
                    if (nf.num !== 5 || nf.wt !== 2)
                        continue;
                    for (const af of fields(b, nf.start, nf.end)) {
                        if (af.wt !== 2)
                            continue;
                        if (af.num === 6 || af.num === 11)
                            graph(af.start, af.end, depth + 1);
                        if (af.num === 5 || af.num === 10)
                            tensor(af.start, af.end);
                    }
                }
            }
        }
    };
    try {
        for (const f of fields(b, 0, b.length)) {
            if (f.num === 1 && f.wt === 0)
                res.irVersion = f.value;
            if (f.num === 7 && f.wt === 2)
                graph(f.start, f.end, 0);
        }
    }
    catch (e) {
        res.problems.push(`not a valid ONNX protobuf: ${e.message}`);
    }
    if (res.irVersion === null && res.problems.length === 0)
        res.problems.push('no ir_version field: not an ONNX model');
    return res;
}

;// CONCATENATED MODULE: ./src/scanners/model/safetensors.ts
/**
 * safetensors header validation, with the rules of the reference implementation
 * (huggingface/safetensors src/tensor.rs): header at most 100 MB, JSON object, no duplicate keys,
 * known dtypes, data_offsets contiguous from 0 and covering the whole buffer (no holes: no polyglot),
 * each tensor's byte length = product(shape) x dtype size, `__metadata__` a string map.
 */

const SAFETENSORS_MAX_HEADER = 100_000_000;
/** Bits per element (tensor.rs Dtype::bitsize). */
const DTYPE_BITS = {
    BOOL: 8, F4: 4, F6_E2M3: 6, F6_E3M2: 6, U8: 8, I8: 8, F8_E5M2: 8, F8_E4M3: 8, F8_E8M0: 8, F8_E4M3FNUZ: 8, F8_E5M2FNUZ: 8,
    I16: 16, U16: 16, F16: 16, BF16: 16, I32: 32, U32: 32, F32: 32, C64: 64, F64: 64, I64: 64, U64: 64
};
/** True when the first bytes look like a safetensors file: a plausible u64 length and then "{". */
function looksLikeSafetensors(head, size) {
    if (head.length < 9)
        return false;
    const n = head.readBigUInt64LE(0);
    return n > 1n && n + 8n <= BigInt(size) && head[8] === 0x7b;
}
async function checkSafetensors(src) {
    const res = { problems: [], unknownDtypes: [], tensors: 0, headerBytes: 0 };
    if (src.size < 8) {
        res.problems.push('file is smaller than the 8-byte header length');
        return res;
    }
    const n = (await src.read(0, 8)).readBigUInt64LE(0);
    if (n > BigInt(SAFETENSORS_MAX_HEADER)) {
        res.problems.push(`header length ${n} is over the 100 MB limit`);
        return res;
    }
    if (n + 8n > BigInt(src.size)) {
        res.problems.push(`header length ${n} runs past the end of the ${src.size}-byte file`);
        return res;
    }
    const len = Number(n);
    res.headerBytes = len;
    const raw = await src.read(8, len);
    const text = raw.toString('utf8');
    if (text.includes('\uFFFD'))
        res.problems.push('header is not valid UTF-8');
    if (raw[0] !== 0x7b)
        res.problems.push('header does not begin with "{"');
    let header;
    try {
        header = parseJsonStrict(text.replace(/ +$/, ''));
    }
    catch (e) {
        res.problems.push(`header is not valid JSON: ${e instanceof JsonError ? e.message : String(e)}`);
        return res;
    }
    if (!header || typeof header !== 'object' || Array.isArray(header)) {
        res.problems.push('header is not a JSON object');
        return res;
    }
    const spans = [];
    for (const [name, info] of Object.entries(header)) {
        if (name === '__metadata__') {
            if (!info || typeof info !== 'object' || Array.isArray(info) || Object.values(info).some((v) => typeof v !== 'string')) {
                res.problems.push('__metadata__ must map strings to strings');
            }
            continue;
        }
        const t = info;
        if (!t || typeof t !== 'object' || typeof t.dtype !== 'string' || !Array.isArray(t.shape) || !Array.isArray(t.data_offsets) || t.data_offsets.length !== 2) {
            res.problems.push(`tensor ${JSON.stringify(name)} needs dtype, shape and data_offsets [begin, end]`);
            continue;
        }
        const [begin, end] = t.data_offsets;
        if (!Number.isSafeInteger(begin) || !Number.isSafeInteger(end) || begin < 0 || end < begin) {
            res.problems.push(`tensor ${JSON.stringify(name)} has invalid data_offsets`);
            continue;
        }
        if (!t.shape.every((d) => Number.isSafeInteger(d) && d >= 0)) {
            res.problems.push(`tensor ${JSON.stringify(name)} has an invalid shape`);
            continue;
        }
        res.tensors++;
        spans.push({ name, begin: begin, end: end });
        const bits = DTYPE_BITS[t.dtype];
        if (bits === undefined) {
            if (!res.unknownDtypes.includes(t.dtype))
                res.unknownDtypes.push(t.dtype);
            continue;
        }
        let nel = 1n;
        for (const d of t.shape)
            nel *= BigInt(d);
        const totalBits = nel * BigInt(bits);
        if (totalBits % 8n !== 0n)
            res.problems.push(`tensor ${JSON.stringify(name)} does not fill whole bytes`);
        else if (totalBits / 8n !== BigInt(end - begin)) {
            res.problems.push(`tensor ${JSON.stringify(name)} is ${end - begin} bytes but its shape and dtype need ${totalBits / 8n}`);
        }
    }
    spans.sort((a, b) => a.begin - b.begin || a.end - b.end);
    let expected = 0;
    for (const s of spans) {
        if (s.begin !== expected) {
            res.problems.push(s.begin < expected ? `tensor ${JSON.stringify(s.name)} overlaps the previous tensor` : `a hole of ${s.begin - expected} bytes precedes tensor ${JSON.stringify(s.name)}`);
        }
        expected = Math.max(expected, s.end);
    }
    const dataLen = src.size - 8 - len;
    if (expected !== dataLen)
        res.problems.push(`tensors cover ${expected} bytes but the data section is ${dataLen} bytes (extra bytes can hide a second file)`);
    return res;
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
;// CONCATENATED MODULE: ./src/scanners/model/source.ts
/**
 * Random access to what is scanned: a file on disk (opened without following symlinks) or bytes
 * already in memory (an archive member, a decompressed stream). Parsers read only what they need.
 */


class source_BufferSource {
    buf;
    constructor(buf) {
        this.buf = buf;
    }
    get size() {
        return this.buf.length;
    }
    async read(offset, length) {
        return this.buf.subarray(Math.max(0, offset), Math.min(this.buf.length, offset + length));
    }
}
class FileSource {
    fh;
    size;
    constructor(fh, size) {
        this.fh = fh;
        this.size = size;
    }
    /** Opens a regular file; a symlink is refused (O_NOFOLLOW), so is anything that is not a regular file. */
    static async open(absPath) {
        const fh = await (0,promises_.open)(absPath, external_node_fs_.constants.O_RDONLY | (external_node_fs_.constants.O_NOFOLLOW ?? 0));
        try {
            const st = await fh.stat();
            if (!st.isFile())
                throw new Error(`${absPath} is not a regular file`);
            return new FileSource(fh, st.size);
        }
        catch (e) {
            await fh.close();
            throw e;
        }
    }
    async read(offset, length) {
        const len = Math.max(0, Math.min(length, this.size - offset));
        const buf = Buffer.allocUnsafe(len);
        let done = 0;
        while (done < len) {
            const { bytesRead } = await this.fh.read(buf, done, len - done, offset + done);
            if (bytesRead === 0)
                break;
            done += bytesRead;
        }
        return done === len ? buf : buf.subarray(0, done);
    }
    async close() {
        await this.fh.close();
    }
}
/** A window of another source (a stored archive member), read lazily. */
class SliceSource {
    parent;
    offset;
    size;
    constructor(parent, offset, size) {
        this.parent = parent;
        this.offset = offset;
        this.size = size;
    }
    async read(offset, length) {
        const start = Math.max(0, offset);
        const len = Math.max(0, Math.min(length, this.size - start));
        return this.parent.read(this.offset + start, len);
    }
}

;// CONCATENATED MODULE: ./src/scanners/model/tar.ts
/**
 * A tar reader over random-access reads (ustar, GNU long names, pax `path`), so a multi-GB archive is
 * walked header by header without being loaded. npm's tar readers stream or want the whole buffer;
 * this needs neither and never writes anything to disk.
 */

function field(b, off, len) {
    const s = b.subarray(off, off + len);
    const z = s.indexOf(0);
    return s.subarray(0, z < 0 ? len : z).toString('utf8');
}
function numeric(b, off, len) {
    if (b[off] & 0x80) {
        // base-256 (GNU) for sizes over 8 GiB
        let v = 0;
        for (let i = off + 1; i < off + len; i++)
            v = v * 256 + b[i];
        return v;
    }
    const s = field(b, off, len).trim();
    if (s === '')
        return 0;
    if (!/^[0-7]+$/.test(s))
        return null;
    return parseInt(s, 8);
}
/** True when a 512-byte block is a tar header whose checksum is right. */
function isTarHeader(h) {
    if (h.length < 512)
        return false;
    const stored = numeric(h, 148, 8);
    if (stored === null)
        return false;
    let sum = 0;
    for (let i = 0; i < 512; i++)
        sum += i >= 148 && i < 156 ? 32 : h[i];
    if (sum !== stored)
        return false;
    return h.subarray(257, 262).toString('latin1') === 'ustar' || h[0] !== 0;
}
async function readTarEntries(src, limits) {
    const out = [];
    let pos = 0;
    let longName = null;
    let longLink = null;
    let paxPath = null;
    while (pos + 512 <= src.size) {
        const h = await src.read(pos, 512);
        if (h.every((b) => b === 0))
            break;
        if (!isTarHeader(h))
            throw new Error(`tar header at byte ${pos} is corrupt (checksum mismatch)`);
        const size = numeric(h, 124, 12);
        if (size === null)
            throw new Error(`tar header at byte ${pos} has an invalid size`);
        const type = String.fromCharCode(h[156] || 0x30);
        const dataOffset = pos + 512;
        if (dataOffset + size > src.size)
            throw new Error(`tar member at byte ${pos} runs past the end of the file`);
        const next = dataOffset + Math.ceil(size / 512) * 512;
        if (type === 'L' || type === 'K') {
            const s = (await src.read(dataOffset, Math.min(size, 65536))).toString('utf8').replace(/\0+$/, '');
            if (type === 'L')
                longName = s;
            else
                longLink = s;
        }
        else if (type === 'x') {
            const text = (await src.read(dataOffset, Math.min(size, 1 << 20))).toString('utf8');
            const m = /(?:^|\n)\d+ path=([^\n]*)\n/.exec(text);
            if (m)
                paxPath = m[1];
        }
        else if (type !== 'g') {
            const prefix = h.subarray(257, 262).toString('latin1') === 'ustar' ? field(h, 345, 155) : '';
            const base = field(h, 0, 100);
            const name = paxPath ?? longName ?? (prefix ? `${prefix}/${base}` : base);
            out.push({ name, type, size, dataOffset, linkName: longLink ?? field(h, 157, 100) });
            if (out.length > limits.maxEntries)
                throw new model_limits/* LimitError */.o(`tar archive has more than ${limits.maxEntries} entries`);
            longName = longLink = paxPath = null;
        }
        pos = next;
    }
    return out;
}

;// CONCATENATED MODULE: ./src/scanners/model/zip.ts
/**
 * A zip reader that sees what torch.load sees. PyTorch reads checkpoints with miniz, not Python's
 * zipfile: it trusts the central directory, ignores the general-purpose flag bits (an "encrypted"
 * bit does not stop it) and the CRC, and looks names up case-insensitively. Python-zipfile based
 * scanners refuse or skip such archives while torch loads them (CVE-2025-1944/1945/10156, DATA.PKL).
 * So this reader reads every member the same lenient way, and reports each of those tricks, plus
 * names that collide case-insensitively (which copy a loader picks is up to its lookup), as findings.
 * yauzl was not used: it refuses exactly the archives torch accepts (bad CRC, flag bits, mismatched names).
 */


const EOCD = 0x06054b50;
const EOCD64 = 0x06064b50;
const EOCD64_LOC = 0x07064b50;
const CEN = 0x02014b50;
const LOC = 0x04034b50;
function decodeName(b, utf8Flag) {
    const s = b.toString('utf8');
    if (utf8Flag || !s.includes('\uFFFD'))
        return s;
    return b.toString('latin1');
}
/** Finds the end-of-central-directory record within the last 64 KiB + 22 bytes; null when there is none. */
async function findEocd(src) {
    const tail = Math.min(src.size, 65557);
    const buf = await src.read(src.size - tail, tail);
    for (let i = buf.length - 22; i >= 0; i--) {
        if (buf.readUInt32LE(i) === EOCD) {
            const commentLen = buf.readUInt16LE(i + 20);
            if (i + 22 + commentLen <= buf.length)
                return src.size - tail + i;
        }
    }
    return null;
}
/** Reads the central directory and each local header. Throws on a structure that cannot be a zip. */
async function readZipDirectory(src, limits) {
    const eocdAt = await findEocd(src);
    if (eocdAt === null)
        throw new Error('no end-of-central-directory record: not a complete zip archive');
    const e = await src.read(eocdAt, 22);
    let count = e.readUInt16LE(10);
    let cdSize = e.readUInt32LE(12);
    let cdOffset = e.readUInt32LE(16);
    // where the central directory must end: at the zip64 end record when there is one, else at the end record
    let cdEnd = eocdAt;
    const loc = eocdAt >= 20 ? await src.read(eocdAt - 20, 20) : Buffer.alloc(0);
    if (loc.length === 20 && loc.readUInt32LE(0) === EOCD64_LOC) {
        const at = Number(loc.readBigUInt64LE(8));
        const z = await src.read(at, 56);
        if (z.length === 56 && z.readUInt32LE(0) === EOCD64) {
            cdEnd = at;
            if (count === 0xffff || cdSize === 0xffffffff || cdOffset === 0xffffffff) {
                count = Number(z.readBigUInt64LE(32));
                cdSize = Number(z.readBigUInt64LE(40));
                cdOffset = Number(z.readBigUInt64LE(48));
            }
        }
        else if (count === 0xffff || cdSize === 0xffffffff || cdOffset === 0xffffffff) {
            throw new Error('zip64 end-of-central-directory record is missing');
        }
    }
    if (count > limits.maxEntries)
        throw new model_limits/* LimitError */.o(`archive has ${count} entries, over the ${limits.maxEntries}-entry limit`);
    // A zip appended after other data: offsets are relative to where the archive really starts.
    let shift = 0;
    if (cdOffset + cdSize < cdEnd)
        shift = cdEnd - (cdOffset + cdSize);
    if (cdOffset + shift + cdSize > src.size)
        throw new Error('central directory lies outside the file');
    const cd = await src.read(cdOffset + shift, cdSize);
    const entries = [];
    const issues = [];
    let p = 0;
    for (let i = 0; i < count; i++) {
        if (p + 46 > cd.length || cd.readUInt32LE(p) !== CEN)
            throw new Error(`central directory entry ${i} is malformed`);
        const flags = cd.readUInt16LE(p + 8);
        const method = cd.readUInt16LE(p + 10);
        const crc = cd.readUInt32LE(p + 16);
        let compressedSize = cd.readUInt32LE(p + 20);
        let size = cd.readUInt32LE(p + 24);
        const nameLen = cd.readUInt16LE(p + 28);
        const extraLen = cd.readUInt16LE(p + 30);
        const commentLen = cd.readUInt16LE(p + 32);
        let localOffset = cd.readUInt32LE(p + 42);
        const name = decodeName(cd.subarray(p + 46, p + 46 + nameLen), (flags & 0x800) !== 0);
        // zip64 extended information: only the saturated fields are present, in this order
        let x = p + 46 + nameLen;
        const xEnd = x + extraLen;
        while (x + 4 <= xEnd) {
            const id = cd.readUInt16LE(x);
            const len = cd.readUInt16LE(x + 2);
            if (id === 0x0001) {
                let q = x + 4;
                if (size === 0xffffffff && q + 8 <= x + 4 + len) {
                    size = Number(cd.readBigUInt64LE(q));
                    q += 8;
                }
                if (compressedSize === 0xffffffff && q + 8 <= x + 4 + len) {
                    compressedSize = Number(cd.readBigUInt64LE(q));
                    q += 8;
                }
                if (localOffset === 0xffffffff && q + 8 <= x + 4 + len)
                    localOffset = Number(cd.readBigUInt64LE(q));
            }
            x += 4 + len;
        }
        p += 46 + nameLen + extraLen + commentLen;
        entries.push({ name, method, flags, crc, compressedSize, size, localOffset: localOffset + shift, dataOffset: -1 });
    }
    for (const en of entries) {
        const h = await src.read(en.localOffset, 30);
        if (h.length < 30 || h.readUInt32LE(0) !== LOC) {
            issues.push({ rule: 'archive/bad-local-header', member: en.name, message: `member ${en.name} has no local header where the central directory points` });
            continue;
        }
        const ln = h.readUInt16LE(26);
        const lx = h.readUInt16LE(28);
        const localName = decodeName(await src.read(en.localOffset + 30, ln), (h.readUInt16LE(6) & 0x800) !== 0);
        if (localName !== en.name) {
            en.localName = localName;
            issues.push({ rule: 'archive/name-mismatch', member: en.name, message: `member is named "${en.name}" in the central directory and "${localName}" in its local header (Python's zipfile refuses it, torch loads it)` });
        }
        en.dataOffset = en.localOffset + 30 + ln + lx;
        if (en.dataOffset + en.compressedSize > src.size) {
            issues.push({ rule: 'archive/bad-local-header', member: en.name, message: `member ${en.name} runs past the end of the file` });
            en.dataOffset = -1;
        }
        if (en.flags & 0x41) {
            issues.push({ rule: 'archive/flag-bits', member: en.name, message: `member ${en.name} has the encryption flag bits set (0x${en.flags.toString(16)}); torch ignores them and loads it, Python's zipfile refuses it` });
        }
        if (/(^|[\\/])\.\.([\\/]|$)/.test(en.name) || /^([\\/]|[A-Za-z]:)/.test(en.name)) {
            issues.push({ rule: 'archive/unsafe-path', member: en.name, message: `member name ${JSON.stringify(en.name)} points outside the extraction folder (zip slip)` });
        }
    }
    const byName = new Map();
    for (const en of entries) {
        const k = en.name.toLowerCase();
        byName.set(k, [...(byName.get(k) ?? []), en]);
    }
    for (const [, list] of byName) {
        if (list.length > 1) {
            issues.push({
                rule: 'archive/ambiguous-duplicate',
                member: list[0].name,
                message: `${list.length} members are named ${list.map((l) => JSON.stringify(l.name)).join(', ')}: loaders that look names up case-insensitively or take the first or last copy read different bytes`
            });
        }
    }
    const ranges = entries.filter((en) => en.dataOffset >= 0 && en.compressedSize > 0).sort((a, b) => a.localOffset - b.localOffset);
    for (let i = 1; i < ranges.length; i++) {
        const prev = ranges[i - 1];
        if (ranges[i].localOffset < prev.dataOffset + prev.compressedSize) {
            issues.push({ rule: 'archive/overlapping-entries', member: ranges[i].name, message: `members ${prev.name} and ${ranges[i].name} overlap in the file (the zip-bomb construction)` });
        }
    }
    const first = entries.reduce((m, en) => Math.min(m, en.localOffset), Number.POSITIVE_INFINITY);
    return { entries, issues, prefixBytes: Number.isFinite(first) ? first : 0 };
}
/** The member's bytes, inflated as miniz would (flags ignored), bounded. Also says whether the CRC matches. */
async function readZipMember(src, en, limits, budget) {
    if (en.dataOffset < 0)
        throw new Error(`member ${en.name} cannot be located`);
    const raw = await src.read(en.dataOffset, en.compressedSize);
    let data;
    if (en.method === 0)
        data = raw;
    else if (en.method === 8) {
        const max = Math.min(limits.maxInflatedBytes, limits.maxTotalInflatedBytes - budget.inflated);
        try {
            data = (0,external_node_zlib_.inflateRawSync)(raw, { maxOutputLength: Math.max(1, max) });
        }
        catch (e) {
            const err = e;
            if (err.code === 'ERR_BUFFER_TOO_LARGE' || /maxOutputLength|larger than/.test(err.message)) {
                throw new model_limits/* LimitError */.o(`member ${en.name} inflates past the ${max}-byte limit`);
            }
            throw new Error(`member ${en.name} is not valid deflate data: ${err.message}`, { cause: e });
        }
        if (data.length > 1024 * 1024 && data.length / Math.max(1, raw.length) > limits.maxRatio) {
            throw new model_limits/* LimitError */.o(`member ${en.name} inflates ${Math.round(data.length / raw.length)}:1, over the ${limits.maxRatio}:1 ratio limit (a possible zip bomb)`);
        }
    }
    else {
        throw new Error(`member ${en.name} uses compression method ${en.method}, which this scanner cannot read (torch reads only stored and deflate)`);
    }
    budget.inflated += data.length;
    return { data, crcOk: ((0,external_node_zlib_.crc32)(data) >>> 0) === en.crc };
}

;// CONCATENATED MODULE: ./src/scanners/model/scan.ts
/**
 * The model file scanner: detects each file's format by its content (never its extension), opens
 * containers the way their loaders do, runs every pickle stream through the pickle VM, and checks
 * the headers of the formats that cannot carry code. It returns issues (findings to be), the
 * globals with their verdicts, what it looked at, and errors for what it could not decide.
 */
















const HEAD = 64 * 1024;
const HDF5_MAGIC = Buffer.from([0x89, 0x48, 0x44, 0x46, 0x0d, 0x0a, 0x1a, 0x0a]);
const scan_IDENT = /^[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)*$/;
const PICKLE_EXT = /\.(pkl|pickle|joblib|dill|pt|pth|bin|ckpt|dat|data|sav|p|npy|model|mar|th|tar)$/i;
const DANGER_WORDS = [
    [/^(os|posix|nt|subprocess|_posixsubprocess|pty|commands|platform)\b/, 'runs a shell command or program when the file is loaded'],
    [/^(builtins|__builtin__)\.(eval|exec|compile|__import__)$/, 'evaluates Python code when the file is loaded'],
    [/^(socket|_socket|ssl|http|httplib|urllib|requests|httpx|aiohttp|ftplib|smtplib|webbrowser)\b/, 'opens network connections when the file is loaded'],
    [/^(pickle|_pickle|marshal|dill|cloudpickle|joblib|torch\.serialization|shelve)\b/, 'loads another serialized payload when the file is loaded']
];
function describe(global) {
    for (const [re, text] of DANGER_WORDS)
        if (re.test(global))
            return text;
    return 'can run code, read or write files or reach the network when the file is loaded';
}
const join = (parent, name) => (parent ? `${parent}!/${name}` : name);
const where = (file, member) => (member ? `${file} (member ${member})` : file);
class Scanner {
    opts;
    limits;
    res;
    deadline;
    budget = { inflated: 0 };
    constructor(rel, opts) {
        this.opts = opts;
        this.limits = { ...model_limits/* DEFAULT_LIMITS */.d, ...opts.limits };
        this.deadline = performance.now() + this.limits.timeMs;
        this.res = { path: rel, format: 'unknown', members: [], globals: [], issues: [], errors: [], hasPickle: false };
    }
    issue(i) {
        this.res.issues.push(i);
    }
    member(member, format, size, note) {
        if (member === '' && this.res.format === 'unknown')
            this.res.format = format;
        this.res.members.push(note ? { member, format, size, note } : { member, format, size });
    }
    checkTime() {
        if (performance.now() > this.deadline)
            throw new model_limits/* LimitError */.o(`scan time limit of ${this.limits.timeMs} ms reached`);
    }
    async scan(src, member, depth, nameHint, chain) {
        this.checkTime();
        const size = src.size;
        if (size === 0)
            return this.member(member, chain + 'empty', 0);
        const head = await src.read(0, Math.min(size, HEAD));
        if (size < 1024) {
            const lfs = (0,scanners_lfs/* parseLfsPointer */.y)(head);
            if (lfs) {
                this.member(member, chain + 'lfs-pointer', size);
                this.res.errors.push(`${where(this.res.path, member)} is a Git LFS pointer (oid sha256:${lfs.oid.slice(0, 12)}…, ${lfs.size} bytes), not the model: the checkout ran without LFS. Set "lfs: true" on actions/checkout (or run git lfs pull) so the real file is scanned.`);
                return;
            }
        }
        const magic4 = head.length >= 4 ? head.readUInt32LE(0) : 0;
        let isZip = false;
        let isPickle = false;
        const comp = sniffCompression(head);
        if (magic4 === 0x04034b50 || magic4 === 0x06054b50) {
            isZip = true;
            await this.zip(src, member, depth, nameHint, chain);
        }
        else if (head.length >= 6 && head.subarray(0, 6).equals(NPY_MAGIC))
            await this.npy(src, head, member, chain);
        else if (comp && (comp !== 'zlib' || (await this.zlibPlausible(src))))
            await this.compressed(src, comp, member, depth, nameHint, chain);
        else if (head.length >= 512 && isTarHeader(head.subarray(0, 512)))
            await this.tar(src, member, depth, chain);
        else if (head.length >= 4 && head.toString('latin1', 0, 4) === 'GGUF')
            await this.gguf(src, member, chain);
        else if (head.length >= 8 && head.subarray(0, 8).equals(HDF5_MAGIC))
            await this.hdf5(src, member, chain);
        else if (looksLikeSafetensors(head, size))
            await this.safetensors(src, member, chain);
        else if (/\.onnx$/i.test(nameHint))
            await this.onnx(src, member, chain);
        else {
            isPickle = await this.pickle(src, head, member, nameHint, chain, depth);
            if (!isPickle)
                this.member(member, chain + 'unknown', size, 'not a model format this scanner knows; nothing in it is loaded by pickle');
        }
        // polyglots: bytes that are also a pickle (pickle.load on the same file), or a zip appended at the end
        if (!isPickle && head[0] !== 0x80) {
            const trial = scanPickle(head, { timeMs: 1000 });
            if (trial.globals.some((g) => g.resolved && scan_IDENT.test(g.module) && scan_IDENT.test(g.name))) {
                this.issue({ ruleId: 'model/polyglot', severity: 'high', member, subject: 'pickle-polyglot', message: `${where(this.res.path, member)} is also a valid pickle that imports globals: pickle.load on this file runs it whatever its format says` });
                if (size <= this.limits.maxPickleBytes) {
                    const buf = size <= HEAD ? head : await src.read(0, size);
                    this.pickleBuffer(buf, 0, buf.length, member ? `${member}!pickle` : '!pickle', chain, depth, nameHint, 'pickle-polyglot');
                }
                else
                    throw new model_limits/* LimitError */.o(`${where(this.res.path, member)}: too large to scan as a pickle polyglot`);
            }
        }
        if (!isZip && size > 22 && depth < this.limits.maxDepth && (await findEocd(src)) !== null) {
            this.issue({ ruleId: 'archive/polyglot', severity: 'medium', member, subject: 'appended-zip', message: `${where(this.res.path, member)} has a zip archive appended to it; tools that look for the zip directory at the end read it as an archive` });
            await this.zip(src, member ? `${member}!zip` : '!zip', depth + 1, nameHint, chain);
        }
    }
    async zlibPlausible(src) {
        // 2 bytes of zlib header are common by chance (0x78 0x9c is also "x" + a byte); require it to inflate
        try {
            const b = await src.read(0, Math.min(src.size, 4096));
            (0,external_node_zlib_.inflateSync)(b, { finishFlush: external_node_zlib_.constants.Z_SYNC_FLUSH, maxOutputLength: 1 << 20 });
            return true;
        }
        catch (e) {
            return /maxOutputLength|larger/.test(e.message);
        }
    }
    async compressed(src, kind, member, depth, nameHint, chain) {
        if (depth >= this.limits.maxDepth)
            throw new model_limits/* LimitError */.o(`${where(this.res.path, member)}: compressed streams and archives nest deeper than ${this.limits.maxDepth}`);
        if (src.size > this.limits.maxPickleBytes)
            throw new model_limits/* LimitError */.o(`${where(this.res.path, member)}: ${kind} stream of ${src.size} bytes is over the size limit`);
        const input = await src.read(0, src.size);
        let out;
        try {
            out = await decompress(kind, input, Math.min(this.limits.maxInflatedBytes, this.limits.maxTotalInflatedBytes - this.budget.inflated), this.limits.maxRatio);
        }
        catch (e) {
            if (e instanceof model_limits/* LimitError */.o)
                throw new model_limits/* LimitError */.o(`${where(this.res.path, member)}: ${e.message}`);
            this.member(member, chain + kind, src.size);
            this.issue({ ruleId: 'model/unreadable-compression', severity: 'high', member, subject: kind, message: `${where(this.res.path, member)} is ${kind}-compressed but cannot be decompressed: ${e.message}` });
            return;
        }
        this.budget.inflated += out.length;
        await this.scan(new source_BufferSource(out), member, depth + 1, nameHint.replace(/\.(gz|bz2|xz|lzma|z)$/i, ''), `${chain}${kind} > `);
    }
    async pickle(src, head, member, nameHint, chain, depth) {
        const whole = src.size <= HEAD;
        const trial = scanPickle(head, { timeMs: Math.max(1, this.deadline - performance.now()) });
        const proto = head[0] === 0x80 && head.length > 1 && head[1] <= 5;
        const plausible = proto || trial.pickles > 0 || trial.globals.length > 0 || PICKLE_EXT.test(nameHint) || (!whole && trial.error !== null && /truncated/.test(trial.error.message) && trial.opcodes >= 16);
        if (!plausible)
            return false;
        if (src.size > this.limits.maxPickleBytes) {
            throw new model_limits/* LimitError */.o(`${where(this.res.path, member)}: ${src.size} bytes is over the ${this.limits.maxPickleBytes}-byte limit for a pickle stream; raise limits.max-pickle-mb or convert it to safetensors`);
        }
        const buf = whole ? head : await src.read(0, src.size);
        this.pickleBuffer(buf, 0, buf.length, member, chain, depth, nameHint);
        return true;
    }
    pickleBuffer(buf, start, end, member, chain, _depth, nameHint, formatName) {
        const r = scanPickle(buf, {
            start,
            end,
            timeMs: Math.max(1, this.deadline - performance.now()),
            limits: { maxMemo: this.limits.maxMemo, maxOps: this.limits.maxOpcodes }
        });
        const file = where(this.res.path, member);
        if (r.pickles === 0 && r.globals.length === 0 && r.error?.kind === 'parse' && !PICKLE_EXT.test(nameHint) && !(buf[start] === 0x80) && !formatName) {
            this.member(member, chain + 'unknown', end - start, 'not a model format this scanner knows');
            return;
        }
        this.res.hasPickle = true;
        const format = formatName ?? (r.legacyTorch ? 'pytorch-legacy' : r.joblibArrays > 0 || r.globals.some((g) => g.name === 'NumpyArrayWrapper') ? 'joblib' : 'pickle');
        this.member(member, chain + format, end - start, `${r.pickles} pickle(s), ${r.opcodes} opcodes, protocol ${r.protocol}`);
        this.addGlobals(r.globals, member);
        if (r.error?.kind === 'limit') {
            this.res.errors.push(`${file}: pickle scan stopped at byte ${r.error.offset}: ${r.error.message}; the rest was not examined`);
        }
        else if (r.error) {
            const before = r.globals.filter((g) => g.offset < r.error.offset).length;
            this.issue({
                ruleId: 'pickle/parse-error',
                severity: r.error.pickle === 0 ? 'high' : 'medium',
                member,
                subject: `pickle ${r.error.pickle}`,
                message: `${file} does not parse as a pickle: ${r.error.message} at byte ${r.error.offset} (pickle ${r.error.pickle + 1}). A loader runs everything before that point${before ? `, including the ${before} import(s) reported` : ''}; the file cannot be shown safe.`,
                properties: { offset: r.error.offset, pickle: r.error.pickle }
            });
        }
        if (r.trailing && !r.legacyTorch) {
            this.issue({ ruleId: 'pickle/trailing-data', severity: 'low', member, subject: 'trailing', message: `${file} has ${r.trailing.length} bytes after its last pickle that are not a pickle (${r.trailing.reason})`, properties: { offset: r.trailing.offset } });
        }
        if (this.opts.forbidPickle) {
            this.issue({ ruleId: 'model/forbidden-pickle', severity: 'high', member, subject: 'pickle', message: `${file} is a ${format} file (a pickle stream) and forbid-pickle is set: convert it to safetensors (or another format that cannot run code)` });
        }
    }
    addGlobals(globals, member) {
        const file = where(this.res.path, member);
        for (const g of globals) {
            const name = `${g.module}.${g.name}`;
            const verdict = (0,pickle_globals/* classifyGlobal */.Sq)(g.module, g.name, g.resolved, this.opts.allow);
            this.res.globals.push({ global: name, verdict, member, opcode: g.opcode, offset: g.offset, count: g.count, calls: g.calls });
            const how = g.raw !== name ? ` (written ${g.raw})` : '';
            const call = g.calls.length ? `; called as ${g.calls[0]}` : '';
            const via = g.viaArrayData ? ' It is hidden in bytes joblib reads as array data: a plain pickle.load runs it.' : '';
            if (verdict === 'dangerous') {
                const text = g.resolved
                    ? `${file} imports ${name}${how}, which ${describe(name)}${call}.${via}`
                    : `${file} imports a global whose name is computed at load time (${g.opcode} on ${name}): what it loads cannot be known, a known scanner-evasion trick.${via}`;
                this.issue({ ruleId: 'pickle/dangerous-global', severity: 'critical', member, subject: name, message: text, properties: { global: name, opcode: g.opcode, offset: g.offset, calls: g.calls } });
            }
            else if (verdict === 'unknown') {
                this.issue({
                    ruleId: 'pickle/unknown-global',
                    severity: 'high',
                    member,
                    subject: name,
                    message: `${file} imports ${name}${how}, which is not on the list of globals known to be safe${call}. If this class is yours and trusted, add "${name}" to allow-globals.${via}`,
                    properties: { global: name, opcode: g.opcode, offset: g.offset, calls: g.calls }
                });
            }
        }
    }
    async zip(src, member, depth, nameHint, chain) {
        if (depth >= this.limits.maxDepth)
            throw new model_limits/* LimitError */.o(`${where(this.res.path, member)}: archives nest deeper than ${this.limits.maxDepth}`);
        let dir;
        try {
            dir = await readZipDirectory(src, this.limits);
        }
        catch (e) {
            if (e instanceof model_limits/* LimitError */.o)
                throw new model_limits/* LimitError */.o(`${where(this.res.path, member)}: ${e.message}`);
            this.member(member, chain + 'zip', src.size);
            this.issue({ ruleId: 'archive/invalid-zip', severity: 'high', member, subject: 'zip', message: `${where(this.res.path, member)} starts like a zip archive but cannot be read as one: ${e.message}` });
            return;
        }
        const names = dir.entries.map((e) => e.name);
        const torch = names.some((n) => /(^|\/)data\.pkl$/i.test(n));
        const keras = names.includes('config.json') && (names.includes('metadata.json') || /\.keras$/i.test(nameHint));
        const npz = !torch && names.length > 0 && names.every((n) => /\.npy$/i.test(n) || n.endsWith('/'));
        const format = torch ? 'pytorch-zip' : keras ? 'keras' : npz ? 'npz' : 'zip';
        this.member(member, chain + format, src.size, `${dir.entries.length} entries`);
        for (const i of dir.issues) {
            this.issue({ ruleId: i.rule, severity: i.rule === 'archive/unsafe-path' ? 'medium' : 'high', member: join(member, i.member), subject: i.rule, message: `${this.res.path}: ${i.message}` });
        }
        for (const en of dir.entries) {
            this.checkTime();
            if (en.name.endsWith('/') && en.size === 0)
                continue;
            const m = join(member, en.name);
            if (en.dataOffset < 0) {
                this.issue({ ruleId: 'archive/unreadable-member', severity: 'high', member: m, subject: 'unreadable', message: `${where(this.res.path, m)} cannot be located in the archive, so it was not scanned` });
                continue;
            }
            let data;
            if (en.method === 0 && en.compressedSize > 64 * 1024 * 1024) {
                data = new SliceSource(src, en.dataOffset, en.compressedSize);
            }
            else {
                let got;
                try {
                    got = await readZipMember(src, en, this.limits, this.budget);
                }
                catch (e) {
                    if (e instanceof model_limits/* LimitError */.o)
                        throw new model_limits/* LimitError */.o(`${where(this.res.path, m)}: ${e.message}`);
                    this.issue({ ruleId: 'archive/unreadable-member', severity: 'high', member: m, subject: 'unreadable', message: `${where(this.res.path, m)} cannot be read: ${e.message}; it was not scanned` });
                    continue;
                }
                if (!got.crcOk) {
                    this.issue({ ruleId: 'archive/crc-mismatch', severity: 'high', member: m, subject: 'crc', message: `${where(this.res.path, m)} does not match its CRC-32: Python's zipfile refuses it while torch loads it (CVE-2025-10156); scanned as torch would read it` });
                }
                data = new source_BufferSource(got.data);
            }
            if (keras && en.name === 'config.json') {
                await this.kerasConfig(data, m, chain);
                continue;
            }
            await this.scan(data, m, depth + 1, en.name, chain ? chain : '');
        }
    }
    async kerasConfig(src, member, chain) {
        const text = (await src.read(0, Math.min(src.size, 256 * 1024 * 1024))).toString('utf8');
        this.member(member, chain + 'keras-config', src.size);
        let cfg;
        try {
            cfg = parseJsonStrict(text);
        }
        catch (e) {
            this.issue({ ruleId: 'keras/invalid-config', severity: 'high', member, subject: 'config', message: `${where(this.res.path, member)} is not valid JSON: ${e.message}` });
            return;
        }
        for (const i of checkKerasConfig(cfg))
            this.issue({ ruleId: i.rule, severity: i.severity, member, subject: i.subject, message: `${where(this.res.path, member)}: ${i.message}` });
    }
    async hdf5(src, member, chain) {
        this.member(member, chain + 'hdf5', src.size);
        const buf = await src.read(0, Math.min(src.size, 512 * 1024 * 1024));
        const text = findH5ModelConfig(buf);
        if (!text)
            return;
        let cfg;
        try {
            cfg = JSON.parse(text);
        }
        catch (e) {
            // As for .keras files: a model config that cannot be read cannot be cleared of Lambda layers.
            this.issue({ ruleId: 'keras/invalid-config', severity: 'high', member, subject: 'model_config', message: `${where(this.res.path, member)} (Keras HDF5 model_config) is not valid JSON: ${e.message}` });
            return;
        }
        for (const i of checkKerasConfig(cfg))
            this.issue({ ruleId: i.rule, severity: i.severity, member, subject: i.subject, message: `${where(this.res.path, member)} (Keras HDF5 model_config): ${i.message}` });
    }
    async npy(src, head, member, chain) {
        let h;
        try {
            h = parseNpyHeader(head);
        }
        catch (e) {
            this.member(member, chain + 'npy', src.size);
            this.issue({ ruleId: 'npy/invalid-header', severity: 'high', member, subject: 'header', message: `${where(this.res.path, member)} has the NumPy magic but an invalid header: ${e.message}` });
            return;
        }
        if (!h.hasObject) {
            this.member(member, chain + 'npy', src.size, `dtype ${h.descr}, shape (${h.shape.join(', ')})`);
            return;
        }
        const len = src.size - h.dataOffset;
        if (len > this.limits.maxPickleBytes)
            throw new model_limits/* LimitError */.o(`${where(this.res.path, member)}: object array of ${len} bytes is over the pickle size limit`);
        const buf = await src.read(0, src.size);
        this.pickleBuffer(buf, h.dataOffset, buf.length, member, chain, 0, '.npy', 'npy-object');
    }
    async tar(src, member, depth, chain) {
        if (depth >= this.limits.maxDepth)
            throw new model_limits/* LimitError */.o(`${where(this.res.path, member)}: archives nest deeper than ${this.limits.maxDepth}`);
        let entries;
        try {
            entries = await readTarEntries(src, this.limits);
        }
        catch (e) {
            if (e instanceof model_limits/* LimitError */.o)
                throw e;
            this.member(member, chain + 'tar', src.size);
            this.issue({ ruleId: 'archive/invalid-tar', severity: 'high', member, subject: 'tar', message: `${where(this.res.path, member)} is a tar archive that cannot be read: ${e.message}` });
            return;
        }
        const legacy = entries.some((e) => e.name === 'pickle') && entries.some((e) => e.name === 'storages');
        this.member(member, chain + (legacy ? 'pytorch-legacy-tar' : 'tar'), src.size, `${entries.length} entries`);
        const seen = new Map();
        for (const e of entries) {
            const k = e.name.toLowerCase();
            seen.set(k, (seen.get(k) ?? 0) + 1);
            const m = join(member, e.name);
            if (/(^|[\\/])\.\.([\\/]|$)/.test(e.name) || e.name.startsWith('/')) {
                this.issue({ ruleId: 'archive/unsafe-path', severity: 'medium', member: m, subject: 'archive/unsafe-path', message: `${this.res.path}: member name ${JSON.stringify(e.name)} points outside the extraction folder` });
            }
            if (e.type === '1' || e.type === '2') {
                this.issue({ ruleId: 'archive/link-member', severity: 'medium', member: m, subject: e.linkName, message: `${where(this.res.path, m)} is a ${e.type === '2' ? 'symbolic' : 'hard'} link to ${JSON.stringify(e.linkName)}; extracting it can write or read outside the target folder` });
                continue;
            }
            if (e.type !== '0' && e.type !== '7')
                continue;
            await this.scan(new SliceSource(src, e.dataOffset, e.size), m, depth + 1, e.name, chain);
        }
        for (const [k, n] of seen) {
            if (n > 1)
                this.issue({ ruleId: 'archive/ambiguous-duplicate', severity: 'high', member: join(member, k), subject: 'archive/ambiguous-duplicate', message: `${this.res.path}: ${n} tar members are named ${JSON.stringify(k)} (ignoring case); extractors keep a different copy` });
        }
    }
    async safetensors(src, member, chain) {
        const r = await checkSafetensors(src);
        this.member(member, chain + 'safetensors', src.size, `${r.tensors} tensors`);
        for (const p of r.problems)
            this.issue({ ruleId: 'safetensors/invalid-header', severity: 'high', member, subject: p.replace(/\d+/g, 'N'), message: `${where(this.res.path, member)}: ${p}` });
        for (const d of r.unknownDtypes)
            this.issue({ ruleId: 'safetensors/unknown-dtype', severity: 'low', member, subject: d, message: `${where(this.res.path, member)} uses dtype ${JSON.stringify(d)}, which this scanner does not know` });
    }
    async gguf(src, member, chain) {
        const r = await checkGguf(src);
        this.member(member, chain + 'gguf', src.size, `v${r.version}, ${r.tensors} tensors, ${r.keys} keys`);
        for (const p of r.problems)
            this.issue({ ruleId: 'gguf/invalid-header', severity: 'high', member, subject: p.replace(/\d+/g, 'N'), message: `${where(this.res.path, member)}: ${p}` });
        for (const t of r.templateIssues)
            this.issue({ ruleId: 'gguf/chat-template-injection', severity: 'critical', member, subject: t, message: `${where(this.res.path, member)}: ${t} (CVE-2024-34359 style template injection)` });
    }
    async onnx(src, member, chain) {
        if (src.size > this.limits.maxPickleBytes)
            throw new model_limits/* LimitError */.o(`${where(this.res.path, member)}: ONNX file over the size limit`);
        const r = checkOnnx(await src.read(0, src.size));
        this.member(member, chain + 'onnx', src.size, r.irVersion !== null ? `ir_version ${r.irVersion}` : undefined);
        for (const p of r.problems)
            this.issue({ ruleId: 'onnx/invalid-model', severity: 'high', member, subject: 'onnx', message: `${where(this.res.path, member)}: ${p}` });
        for (const x of r.externalPaths)
            this.issue({ ruleId: 'onnx/external-data-path', severity: 'high', member, subject: x, message: `${where(this.res.path, member)} loads tensor data from ${JSON.stringify(x)}, outside the model's folder` });
    }
}
async function run(src, rel, opts) {
    const s = new Scanner(rel, opts);
    try {
        await s.scan(src, '', 0, external_node_path_default().basename(rel), '');
    }
    catch (e) {
        if (e instanceof model_limits/* LimitError */.o)
            s.res.errors.push(`${rel}: ${e.message}`);
        else
            s.res.errors.push(`${rel}: could not be scanned: ${e.message}`);
    }
    return s.res;
}
/** Scans one file on disk (a symlink is refused). */
async function scanModelFile(absPath, rel, opts = {}) {
    let src;
    try {
        src = await FileSource.open(absPath);
    }
    catch (e) {
        const err = e;
        const why = err.code === 'ELOOP' ? 'it is a symbolic link, which is never followed' : err.message;
        return { path: rel, format: 'unreadable', members: [], globals: [], issues: [], errors: [`${rel} could not be opened: ${why}`], hasPickle: false };
    }
    try {
        return await run(src, rel, opts);
    }
    finally {
        await src.close();
    }
}
/** Scans bytes already in memory (tests, nested uses). */
async function scanModelBuffer(buf, rel, opts = {}) {
    return run(new BufferSource(buf), rel, opts);
}
/** True when the file's verdict blocks at the given severities (critical/high) or it could not be decided. */
function isBlocking(r, severities = ['critical', 'high']) {
    return r.errors.length > 0 || r.issues.some((i) => severities.includes(i.severity));
}


/***/ }),

/***/ 7558:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GZ: () => (/* binding */ isDenied),
/* harmony export */   Sq: () => (/* binding */ classifyGlobal),
/* harmony export */   bC: () => (/* binding */ compileAllow)
/* harmony export */ });
/* unused harmony export isKnownSafe */
/**
 * Verdicts on pickle globals, allowlist first: a global known to be safe passes, a global known to
 * run code, touch files or the network is `dangerous`, and anything else is `unknown` (it blocks
 * unless the config allows it). The denylist only decides how loud the finding is.
 *
 * The denylist is picklescan 1.0.5's `_unsafe_globals` (research/security.md B2) joined with
 * modelscan's and the gadgets named in later advisories (fickling CVE-2026-14534, importlib, marshal...).
 * Entries are normalised to sets: picklescan's bare-string entries are exact names here.
 */
const all = '*';
const s = (...names) => new Set(names);
/** module -> names ('*' = the module and all its submodules). */
const DENY = {
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
};
/** module -> names considered safe ('*' = every name in that exact module). */
const ALLOW = {
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
    torch: s('Size', 'Tensor', 'device', 'dtype', 'layout', 'memory_format', 'finfo', 'iinfo', 'LongStorage', 'FloatStorage', 'HalfStorage', 'QUInt2x4Storage', 'QUInt4x2Storage', 'QInt32Storage', 'QInt8Storage', 'QUInt8Storage', 'ComplexFloatStorage', 'ComplexDoubleStorage', 'DoubleStorage', 'BFloat16Storage', 'BoolStorage', 'CharStorage', 'ShortStorage', 'IntStorage', 'ByteStorage', 'UntypedStorage', 'TypedStorage', 'float32', 'float', 'float64', 'double', 'float16', 'half', 'bfloat16', 'uint8', 'int8', 'int16', 'short', 'int32', 'int', 'int64', 'long', 'bool', 'complex32', 'complex64', 'complex128', 'cfloat', 'cdouble', 'chalf', 'qint8', 'quint8', 'qint32', 'quint4x2', 'quint2x4', 'float8_e4m3fn', 'float8_e5m2', 'uint16', 'uint32', 'uint64', 'strided', 'sparse_coo', 'sparse_csr', 'sparse_csc', 'sparse_bsr', 'sparse_bsc', '_mkldnn', 'contiguous_format', 'channels_last', 'channels_last_3d', 'preserve_format', 'per_tensor_affine', 'per_channel_affine'),
    'torch._utils': s('_rebuild_tensor', '_rebuild_tensor_v2', '_rebuild_tensor_v3', '_rebuild_parameter', '_rebuild_parameter_with_state', '_rebuild_qtensor', '_rebuild_sparse_tensor', '_rebuild_sparse_csr_tensor', '_rebuild_meta_tensor_no_storage', '_rebuild_nested_tensor', '_rebuild_wrapper_subclass', '_rebuild_device_tensor_from_numpy', '_rebuild_device_tensor_from_cpu_tensor', '_rebuild_xla_tensor', '_rebuild_mlc_tensor'),
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
};
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
];
/** Functions in estimator modules that are still safe to call (they rebuild data, nothing else). */
const EXTRA_SAFE = s('sklearn.tree._tree.Tree', 'sklearn._loss.link.Interval');
function inSet(set, name) {
    if (!set)
        return false;
    if (set === '*')
        return true;
    if (set.has(name))
        return true;
    // "InteractiveInterpreter.runcode" style entries match dotted names by their first component too
    const first = name.split('.')[0];
    return first !== name && set.has(first);
}
/** True when a module, or one of its parent packages, is denied wholesale, or (module, name) is denied. */
function isDenied(module, name) {
    if (inSet(DENY[module], name))
        return true;
    const parts = module.split('.');
    for (let i = parts.length - 1; i >= 1; i--) {
        if (DENY[parts.slice(0, i).join('.')] === '*')
            return true;
    }
    // a dotted name reaches into attributes: builtins.getattr.__call__, os.path.join via name "path.join"
    const full = `${module}.${name}`.split('.');
    for (let i = full.length - 1; i >= 1; i--) {
        const m = full.slice(0, i).join('.');
        const rest = full.slice(i).join('.');
        if (m === module)
            continue;
        if (DENY[m] === '*' || inSet(DENY[m], rest))
            return true;
    }
    return false;
}
function isKnownSafe(module, name) {
    if (ALLOW[module] === '*')
        return true;
    if (ALLOW[module] instanceof Set && ALLOW[module].has(name))
        return true;
    if (EXTRA_SAFE.has(`${module}.${name}`))
        return true;
    if (/^[A-Z]/.test(name) && !name.includes('.') && !name.startsWith('_')) {
        for (const p of CLASS_PREFIXES)
            if (module === p.replace(/\.$/, '') || module.startsWith(p))
                return true;
    }
    return false;
}
/** A compiled `allow-globals` list: exact `module.name`, `module.*` (that module), `module.**` (and submodules). */
function compileAllow(patterns) {
    const exact = new Set();
    const modules = new Set();
    const trees = [];
    for (const p of patterns) {
        if (p.endsWith('.**'))
            trees.push(p.slice(0, -3));
        else if (p.endsWith('.*'))
            modules.add(p.slice(0, -2));
        else
            exact.add(p);
    }
    return (module, name) => exact.has(`${module}.${name}`) || modules.has(module) || trees.some((t) => module === t || module.startsWith(t + '.'));
}
/** The verdict for one global. The denylist wins over every allowlist, including the user's. */
function classifyGlobal(module, name, resolved, userAllow) {
    if (!resolved)
        return 'dangerous';
    if (isDenied(module, name))
        return 'dangerous';
    if (isKnownSafe(module, name))
        return 'safe';
    if (userAllow?.(module, name))
        return 'safe';
    return 'unknown';
}


/***/ })

};
