export const id = 6104;
export const ids = [6104];
export const modules = {

/***/ 34215:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   o: () => (/* binding */ findH5ModelConfig),
/* harmony export */   z: () => (/* binding */ checkKerasConfig)
/* harmony export */ });
/* harmony import */ var _pickle_globals_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(91287);
/**
 * Keras configs (`config.json` in a `.keras` zip, `model_config` in a legacy `.h5`): Lambda layers
 * carry marshalled Python bytecode, and any `module` outside keras is imported by name on load
 * (CVE-2025-1550); `enable_unsafe_deserialization` switches safe mode off (CVE-2025-9906).
 * The whole config is walked (nested functional and sequential models too), not just the top layers.
 *
 * Keras 3 writes every function object (a built-in activation or loss passed as a function, a
 * registered custom function) as `{"module": "builtins", "class_name": "function", "config": NAME}`
 * and resolves it only among its own built-ins and the registered custom objects; Keras 3.0-3.8 then
 * fell back to `vars(builtins)[NAME]`, so NAME is judged like a pickle global (`eval` is critical,
 * `relu` or `my_pkg>fn` nothing). Any other function or class `module` is judged as module + name.
 */

const KERAS_MODULE = /^(keras|tf_keras|tensorflow\.keras|tensorflow\.python\.keras)(\.|$)/;
function checkKerasConfig(config, allow) {
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
        if (depth > 512) {
            // never a silent pass on what was not walked
            add({ rule: 'keras/invalid-config', severity: 'high', subject: 'depth', message: 'the config nests deeper than 512 levels; the rest was not checked' });
            return;
        }
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
        // What Keras's safe mode refuses besides Lambda (keras/src/utils/torch_utils.py, export/tfsm_layer.py,
        // layers/preprocessing/index_lookup.py): each runs code or reads outside the file when safe mode is off.
        const kind = cls ?? (typeof o.registered_name === 'string' ? o.registered_name.replace(/^.*>/, '') : '');
        if (kind === 'TorchModuleWrapper' && cfg && typeof cfg === 'object' && typeof cfg.module === 'string') {
            add({ rule: 'keras/pickled-module', severity: 'critical', subject: layerName, message: `layer ${JSON.stringify(layerName)} holds a pickled torch module (torch.load with weights_only=False), which runs code when the model is loaded with safe_mode off` });
        }
        if (kind === 'TFSMLayer') {
            add({ rule: 'keras/external-model', severity: 'high', subject: layerName, message: `layer ${JSON.stringify(layerName)} loads an external TensorFlow SavedModel${cfg && typeof cfg.filepath === 'string' ? ` from ${JSON.stringify(cfg.filepath)}` : ''}, whose graph runs when the model is used (Keras refuses it in safe mode)` });
        }
        if ((kind === 'StringLookup' || kind === 'IntegerLookup' || kind === 'TextVectorization') && cfg && typeof cfg === 'object' && typeof cfg.vocabulary === 'string') {
            add({ rule: 'keras/external-file', severity: 'high', subject: `${layerName} vocabulary`, message: `layer ${JSON.stringify(layerName)} reads its vocabulary from ${JSON.stringify(cfg.vocabulary)}, a file outside the model (any local or remote path the loader can open; CVE-2025-12058, refused in safe mode from Keras 3.12)` });
        }
        if (typeof o.module === 'string' && cls !== null && !KERAS_MODULE.test(o.module)) {
            // a function is named by its config ("relu"), a class by class_name
            const name = cls === 'function' && typeof o.config === 'string' ? o.config : cls;
            const builtinFn = o.module === 'builtins' && cls === 'function';
            // Keras 3 looks a builtins function up among its own built-ins and the registered objects
            // ("pkg>name"); Keras 3.0-3.8 then returned vars(builtins)[name]: eval, exec, open... are critical
            const verdict = builtinFn
                ? (/^[\w.]+>[A-Za-z_]\w*$/.test(name) || /^[A-Za-z_]\w*$/.test(name)) && !name.includes('__') && !(0,_pickle_globals_js__WEBPACK_IMPORTED_MODULE_0__/* .isDenied */ .GZ)('builtins', name)
                    ? 'safe'
                    : 'dangerous'
                : (0,_pickle_globals_js__WEBPACK_IMPORTED_MODULE_0__/* .classifyGlobal */ .Sq)(o.module, name, true, allow);
            if (verdict !== 'safe') {
                add({
                    rule: 'keras/foreign-module',
                    severity: verdict === 'dangerous' ? 'critical' : 'high',
                    subject: `${o.module}.${name}`,
                    message: `the config makes Keras import ${o.module}.${name}${verdict === 'dangerous' ? ', which runs commands or code' : ', from outside Keras'} when the model is loaded${verdict === 'dangerous' ? '' : `; if it is your own trusted code, add "${o.module}.${name}" to allow-globals`}`
                });
            }
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


/***/ }),

/***/ 36104:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  scanTar: () => (/* binding */ scanTar),
  scanZip: () => (/* binding */ scanZip)
});

// EXTERNAL MODULE: ./src/scanners/model/keras.ts
var keras = __webpack_require__(34215);
// EXTERNAL MODULE: ./src/scanners/model/json.ts
var json = __webpack_require__(41235);
// EXTERNAL MODULE: ./src/scanners/model/limits.ts
var model_limits = __webpack_require__(19769);
// EXTERNAL MODULE: ./src/scanners/model/member-names.ts
var member_names = __webpack_require__(80246);
// EXTERNAL MODULE: ./src/scanners/model/source.ts
var source = __webpack_require__(16212);
// EXTERNAL MODULE: ./src/scanners/model/tar.ts
var tar = __webpack_require__(33198);
// EXTERNAL MODULE: ./src/scanners/pickle/opcodes.ts
var opcodes = __webpack_require__(10613);
;// CONCATENATED MODULE: ./src/scanners/model/torch.ts
/**
 * How torch reads its containers, so that each member is treated as torch treats it.
 *
 * torch.save (zip layout, torch >= 1.6): `<prefix>/data.pkl` is the one pickle; each tensor storage
 * is a raw member `<prefix>/data/<key>` that torch maps as bytes and never unpickles; `data.pkl`
 * declares every storage through a persistent id `('storage', torch.<Type>Storage, key, location,
 * numel)`, so a storage's size must be numel x the element size of its type. TorchScript archives
 * add `constants.pkl` (also unpickled) and `code/` (TorchScript source, compiled, not unpickled).
 *
 * This module reads those declarations with a stack tracer that knows only each opcode's arguments
 * and stack effect (values it does not need are opaque): it is run after the pickle VM has judged
 * the same bytes, and only to learn the declared sizes. Bounded by the stream length (one step per
 * opcode) and by the stack and memo caps below.
 */

/** Bytes per element of each legacy storage class torch writes into the persistent id. */
const STORAGE_ELEMENT_SIZE = {
    DoubleStorage: 8, FloatStorage: 4, HalfStorage: 2, LongStorage: 8, IntStorage: 4, ShortStorage: 2, CharStorage: 1,
    ByteStorage: 1, BoolStorage: 1, BFloat16Storage: 2, ComplexDoubleStorage: 16, ComplexFloatStorage: 8,
    QUInt8Storage: 1, QInt8Storage: 1, QInt32Storage: 4, QUInt4x2Storage: 1, QUInt2x4Storage: 1, UntypedStorage: 1,
    Float8_e5m2Storage: 1, Float8_e4m3fnStorage: 1, Float8_e5m2fnuzStorage: 1, Float8_e4m3fnuzStorage: 1,
    UInt16Storage: 2, UInt32Storage: 4, UInt64Storage: 8
};
const OPAQUE = Symbol('opaque');
const MARK = Symbol('mark');
const MAX_STACK = 1_000_000;
const MAX_MEMO = 1_000_000;
class TraceError extends Error {
}
/** Reads the storages a torch `data.pkl` declares. Never throws. */
function storageDeclarations(buf) {
    try {
        return { ok: true, storages: trace(buf, 0).storages };
    }
    catch (e) {
        if (e instanceof TraceError)
            return { ok: false, reason: e.message };
        return { ok: false, reason: `unexpected: ${e.message}` };
    }
}
function trace(buf, start) {
    const out = new Map();
    const stack = [];
    const memo = new Map();
    let p = start;
    const need = (n) => {
        if (n < 0 || p + n > buf.length)
            throw new TraceError('truncated');
        const at = p;
        p += n;
        return at;
    };
    const line = () => {
        const nl = buf.indexOf(0x0a, p);
        if (nl < 0)
            throw new TraceError('truncated line');
        const s = buf.toString('latin1', p, nl);
        p = nl + 1;
        return s;
    };
    const push = (v) => {
        if (stack.length >= MAX_STACK)
            throw new TraceError(`stack over ${MAX_STACK} entries`);
        stack.push(v);
    };
    const pop = () => {
        if (stack.length === 0)
            throw new TraceError('stack underflow');
        return stack.pop();
    };
    const popMark = () => {
        const i = stack.lastIndexOf(MARK);
        if (i < 0)
            throw new TraceError('no MARK');
        const items = stack.splice(i);
        items.shift();
        return items;
    };
    const put = (idx) => {
        if (stack.length === 0)
            throw new TraceError('PUT on empty stack');
        if (memo.size >= MAX_MEMO && !memo.has(idx))
            throw new TraceError(`memo over ${MAX_MEMO} entries`);
        memo.set(idx, stack[stack.length - 1]);
    };
    const get = (idx) => {
        if (!memo.has(idx))
            throw new TraceError(`memo ${idx} not set`);
        push(memo.get(idx));
    };
    const str = (n, enc) => {
        const at = need(n);
        return n > 4096 ? '' : buf.toString(enc, at, at + n);
    };
    const persistent = (pid) => {
        if (!Array.isArray(pid) || pid.length !== 5 || pid[0] !== 'storage')
            return;
        const [, type, key, location, numel] = pid;
        if (typeof key !== 'string' || typeof numel !== 'number' || numel < 0)
            return;
        const typeName = type && typeof type === 'object' && 'g' in type ? type.g : '?';
        const size = STORAGE_ELEMENT_SIZE[typeName.replace(/^torch\./, '')];
        const decl = { key, type: typeName, location: typeof location === 'string' ? location : '?', numel, bytes: size === undefined ? null : numel * size };
        const prev = out.get(key);
        if (!prev || (decl.bytes ?? 0) > (prev.bytes ?? 0))
            out.set(key, decl);
    };
    for (;;) {
        const op = buf[need(1)];
        switch (op) {
            case opcodes.OP.STOP:
                return { storages: out, value: stack.length ? stack[stack.length - 1] : null, end: p };
            case opcodes.OP.PROTO:
                need(1);
                break;
            case opcodes.OP.FRAME:
                need(8);
                break;
            case opcodes.OP.MARK:
                push(MARK);
                break;
            case opcodes.OP.POP:
                pop();
                break;
            case opcodes.OP.POP_MARK:
                popMark();
                break;
            case opcodes.OP.DUP:
                push(stack.length ? stack[stack.length - 1] : OPAQUE);
                break;
            case opcodes.OP.INT: {
                const s = line();
                push(s === '00' || s === '01' ? OPAQUE : Number(s));
                break;
            }
            case opcodes.OP.LONG:
                push(Number(line().replace(/L$/, '')));
                break;
            case opcodes.OP.FLOAT:
                line();
                push(OPAQUE);
                break;
            case opcodes.OP.STRING:
            case opcodes.OP.UNICODE:
                push(line().replace(/^'(.*)'$|^"(.*)"$/, '$1$2'));
                break;
            case opcodes.OP.PERSID:
                line();
                push(OPAQUE);
                break;
            case opcodes.OP.BININT:
                push(buf.readInt32LE(need(4)));
                break;
            case opcodes.OP.BININT1:
                push(buf[need(1)]);
                break;
            case opcodes.OP.BININT2:
                push(buf.readUInt16LE(need(2)));
                break;
            case opcodes.OP.LONG1:
            case opcodes.OP.LONG4: {
                const n = op === opcodes.OP.LONG1 ? buf[need(1)] : buf.readInt32LE(need(4));
                const at = need(n);
                push(n > 0 && n <= 6 ? buf.readIntLE(at, n) : OPAQUE);
                break;
            }
            case opcodes.OP.BINFLOAT:
                need(8);
                push(OPAQUE);
                break;
            case opcodes.OP.NONE:
                push(null);
                break;
            case opcodes.OP.NEWTRUE:
            case opcodes.OP.NEWFALSE:
                push(OPAQUE);
                break;
            case opcodes.OP.SHORT_BINSTRING:
                push(str(buf[need(1)], 'latin1'));
                break;
            case opcodes.OP.BINSTRING:
                push(str(buf.readInt32LE(need(4)), 'latin1'));
                break;
            case opcodes.OP.SHORT_BINUNICODE:
                push(str(buf[need(1)], 'utf8'));
                break;
            case opcodes.OP.BINUNICODE:
                push(str(buf.readUInt32LE(need(4)), 'utf8'));
                break;
            case opcodes.OP.BINUNICODE8:
                push(str(Number(buf.readBigUInt64LE(need(8))), 'utf8'));
                break;
            case opcodes.OP.SHORT_BINBYTES:
                need(buf[need(1)]);
                push(OPAQUE);
                break;
            case opcodes.OP.BINBYTES:
                need(buf.readUInt32LE(need(4)));
                push(OPAQUE);
                break;
            case opcodes.OP.BINBYTES8:
            case opcodes.OP.BYTEARRAY8:
                need(Number(buf.readBigUInt64LE(need(8))));
                push(OPAQUE);
                break;
            case opcodes.OP.EMPTY_TUPLE:
                push([]);
                break;
            case opcodes.OP.EMPTY_DICT:
            case opcodes.OP.EMPTY_LIST:
            case opcodes.OP.EMPTY_SET:
                push(OPAQUE);
                break;
            case opcodes.OP.APPEND:
                pop();
                break;
            case opcodes.OP.APPENDS:
            case opcodes.OP.SETITEMS:
            case opcodes.OP.ADDITEMS:
                popMark();
                break;
            case opcodes.OP.SETITEM:
                pop();
                pop();
                break;
            case opcodes.OP.BUILD:
                pop();
                break;
            case opcodes.OP.REDUCE:
            case opcodes.OP.NEWOBJ:
                pop();
                pop();
                push(OPAQUE);
                break;
            case opcodes.OP.NEWOBJ_EX:
                pop();
                pop();
                pop();
                push(OPAQUE);
                break;
            case opcodes.OP.GLOBAL: {
                const m = line();
                push({ g: `${m}.${line()}` });
                break;
            }
            case opcodes.OP.STACK_GLOBAL: {
                const n = pop();
                const m = pop();
                push(typeof m === 'string' && typeof n === 'string' ? { g: `${m}.${n}` } : OPAQUE);
                break;
            }
            case opcodes.OP.INST:
                line();
                line();
                popMark();
                push(OPAQUE);
                break;
            case opcodes.OP.OBJ:
                popMark();
                push(OPAQUE);
                break;
            case opcodes.OP.EXT1:
                need(1);
                push(OPAQUE);
                break;
            case opcodes.OP.EXT2:
                need(2);
                push(OPAQUE);
                break;
            case opcodes.OP.EXT4:
                need(4);
                push(OPAQUE);
                break;
            case opcodes.OP.DICT:
            case opcodes.OP.LIST:
            case opcodes.OP.FROZENSET:
                popMark();
                push(OPAQUE);
                break;
            case opcodes.OP.TUPLE:
                push(popMark());
                break;
            case opcodes.OP.TUPLE1:
                push([pop()]);
                break;
            case opcodes.OP.TUPLE2: {
                const b = pop();
                push([pop(), b]);
                break;
            }
            case opcodes.OP.TUPLE3: {
                const c = pop();
                const b = pop();
                push([pop(), b, c]);
                break;
            }
            case opcodes.OP.GET:
                get(Number(line()));
                break;
            case opcodes.OP.BINGET:
                get(buf[need(1)]);
                break;
            case opcodes.OP.LONG_BINGET:
                get(buf.readUInt32LE(need(4)));
                break;
            case opcodes.OP.PUT:
                put(Number(line()));
                break;
            case opcodes.OP.BINPUT:
                put(buf[need(1)]);
                break;
            case opcodes.OP.LONG_BINPUT:
                put(buf.readUInt32LE(need(4)));
                break;
            case opcodes.OP.MEMOIZE:
                put(memo.size);
                break;
            case opcodes.OP.BINPERSID:
                persistent(pop());
                push(OPAQUE);
                break;
            case opcodes.OP.NEXT_BUFFER:
                push(OPAQUE);
                break;
            case opcodes.OP.READONLY_BUFFER: break;
            default:
                throw new TraceError(`opcode 0x${op.toString(16)} at byte ${p - 1}`);
        }
    }
}
const ELEMENT_BY_TYPE = (t) => (t && typeof t === 'object' && 'g' in t ? (STORAGE_ELEMENT_SIZE[t.g.replace(/^torch\./, '')] ?? null) : null);
/**
 * Walks the `storages` or `tensors` member of the legacy tar layout (torch < 0.4) the way
 * torch.serialization.legacy_load reads it: pickles interleaved with raw data. `storages`: a count,
 * then per storage a pickle (key, location, storage_type), an int64 element count and the raw
 * bytes; then a pickle of storage views. `tensors`: a count, then per tensor a pickle (key,
 * storage_id, type), an int32 ndim, 4 bytes, ndim int64 sizes and strides, an int64 offset.
 */
function legacyTarSections(buf, member) {
    const res = { pickles: [], problem: null };
    let p = 0;
    const one = () => {
        const t = trace(buf, p);
        res.pickles.push([p, t.end]);
        p = t.end;
        return t.value;
    };
    try {
        const count = one();
        if (typeof count !== 'number' || count < 0)
            throw new TraceError('the first pickle is not a count');
        for (let i = 0; i < count; i++) {
            const args = one();
            if (member === 'storages') {
                const size = Array.isArray(args) ? ELEMENT_BY_TYPE(args[2]) : null;
                if (size === null)
                    throw new TraceError(`storage ${i} has no known storage type`);
                if (p + 8 > buf.length)
                    throw new TraceError('truncated');
                const numel = buf.readBigInt64LE(p);
                const bytes = numel * BigInt(size);
                if (numel < 0n || bytes > BigInt(buf.length - p - 8))
                    throw new TraceError(`storage ${i} declares more bytes than the member holds`);
                p += 8 + Number(bytes);
            }
            else {
                if (p + 8 > buf.length)
                    throw new TraceError('truncated');
                const ndim = buf.readInt32LE(p);
                if (ndim < 0 || ndim > 64)
                    throw new TraceError(`tensor ${i} has ${ndim} dimensions`);
                p += 8 + 16 * ndim + 8;
                if (p > buf.length)
                    throw new TraceError('truncated');
            }
        }
        if (member === 'storages')
            one();
        if (p !== buf.length)
            res.problem = `${buf.length - p} bytes after the last record`;
    }
    catch (e) {
        res.problem = e instanceof TraceError ? e.message : `unexpected: ${e.message}`;
    }
    return res;
}
/** The archive folder torch reads records from: the first central-directory entry's top folder. */
function torchPrefix(names) {
    const first = names[0] ?? '';
    const i = first.indexOf('/');
    return i < 0 ? '' : first.slice(0, i + 1);
}
/**
 * What torch does with a member of its zip: unpickles it (`data.pkl`, `constants.pkl`, and any
 * `*.pkl` record an extension may read), maps it as raw bytes (`data/<key>`), reads it as a small
 * text record (`version`, `byteorder`, `.data/*`), compiles it (`code/`), or never touches it.
 */
function torchMemberRole(name, prefix) {
    const lower = name.toLowerCase();
    if (/\.pkl$|\.debug_pkl$/.test(lower))
        return 'pickle';
    // torch looks records up case-insensitively (miniz without MZ_ZIP_FLAG_CASE_SENSITIVE)
    if (!lower.startsWith(prefix.toLowerCase()))
        return 'other';
    const rest = lower.slice(prefix.length);
    if (/^(data|constants)\/[^/]+$/.test(rest))
        return 'storage';
    if (rest === 'version' || rest === 'byteorder' || rest.startsWith('.data/'))
        return 'record';
    if (rest.startsWith('code/'))
        return 'code';
    return 'other';
}

// EXTERNAL MODULE: ./src/scanners/model/zip-eocd.ts
var zip_eocd = __webpack_require__(36212);
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
/** Reads the central directory and each local header. Throws on a structure that cannot be a zip. */
async function readZipDirectory(src, limits) {
    const eocdAt = await (0,zip_eocd/* findEocd */.v)(src);
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
    // node:zlib loads with the first zip member read (not at start-up: every file is checked for a zip)
    const { crc32, inflateRawSync } = await Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 38522, 23));
    let data;
    if (en.method === 0)
        data = raw;
    else if (en.method === 8) {
        const max = Math.min(limits.maxInflatedBytes, limits.maxTotalInflatedBytes - budget.inflated);
        try {
            data = inflateRawSync(raw, { maxOutputLength: Math.max(1, max) });
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
    return { data, crcOk: (crc32(data) >>> 0) === en.crc };
}

// EXTERNAL MODULE: ./src/scanners/pickle/vm.ts + 3 modules
var vm = __webpack_require__(87817);
// EXTERNAL MODULE: ./src/scanners/clock.ts
var clock = __webpack_require__(65381);
;// CONCATENATED MODULE: ./src/scanners/model/scan-archives.ts
/**
 * Archive formats of the model scanner: zip (PyTorch, TorchScript, Keras, NumPy .npz and plain
 * zips) and tar (PyTorch's legacy layout and plain tars). Each member is scanned again by the
 * Scanner (scan.ts), which loads this module on the first archive it meets: a plain pickle never
 * needs it (CLI start-up, issue 10).
 */










async function scanZip(s, src, member, depth, nameHint, chain) {
    if (depth >= s.limits.maxDepth)
        throw new model_limits/* LimitError */.o(`${(0,member_names/* where */._)(s.res.path, member)}: archives nest deeper than ${s.limits.maxDepth}`);
    let dir;
    try {
        dir = await readZipDirectory(src, s.limits);
    }
    catch (e) {
        if (e instanceof model_limits/* LimitError */.o)
            throw new model_limits/* LimitError */.o(`${(0,member_names/* where */._)(s.res.path, member)}: ${e.message}`);
        s.member(member, chain + 'zip', src.size);
        s.issue({ ruleId: 'archive/invalid-zip', severity: 'high', member, subject: 'zip', message: `${(0,member_names/* where */._)(s.res.path, member)} starts like a zip archive but cannot be read as one: ${e.message}` });
        return;
    }
    const names = dir.entries.map((e) => e.name);
    const torch = names.some((n) => /(^|\/)data\.pkl$/i.test(n));
    // torch.serialization._is_torchscript_zip: a constants.pkl record makes torch.load hand the archive to torch.jit.load
    const torchScript = torch && names.some((n) => /^[^/]*\/constants\.pkl$/i.test(n));
    const keras = names.includes('config.json') && (names.includes('metadata.json') || /\.keras$/i.test(nameHint));
    const npz = !torch && names.length > 0 && names.every((n) => /\.npy$/i.test(n) || n.endsWith('/'));
    const format = torchScript ? 'torchscript-zip' : torch ? 'pytorch-zip' : keras ? 'keras' : npz ? 'npz' : 'zip';
    s.member(member, chain + format, src.size, `${dir.entries.length} entries`);
    for (const i of dir.issues) {
        s.issue({ ruleId: i.rule, severity: i.rule === 'archive/unsafe-path' ? 'medium' : 'high', member: (0,member_names/* joinMember */.R)(member, i.member), subject: i.rule, message: `${s.res.path}: ${i.message}` });
    }
    const prefix = torch ? torchPrefix(names) : '';
    const storages = new Map();
    // storages declared by data.pkl live in data/, those of a TorchScript constants.pkl in constants/
    const declared = [];
    let skipped = 0;
    for (const en of dir.entries) {
        s.checkTime();
        if (en.name.endsWith('/') && en.size === 0)
            continue;
        const m = (0,member_names/* joinMember */.R)(member, en.name);
        const role = torch ? torchMemberRole(en.name, prefix) : 'other';
        if (role === 'storage') {
            // raw tensor bytes: torch maps them, never unpickles them, so they are not read (only sized)
            storages.set(en.name.toLowerCase(), en);
            continue;
        }
        if (role === 'record' || role === 'code') {
            skipped++;
            continue;
        }
        if (en.dataOffset < 0) {
            s.issue({ ruleId: 'archive/unreadable-member', severity: 'high', member: m, subject: 'unreadable', message: `${(0,member_names/* where */._)(s.res.path, m)} cannot be located in the archive, so it was not scanned` });
            continue;
        }
        let data;
        if (en.method === 0 && en.compressedSize > 64 * 1024 * 1024) {
            data = new source/* SliceSource */.EH(src, en.dataOffset, en.compressedSize);
        }
        else {
            let got;
            try {
                got = await readZipMember(src, en, s.limits, s.budget);
            }
            catch (e) {
                if (e instanceof model_limits/* LimitError */.o)
                    throw new model_limits/* LimitError */.o(`${(0,member_names/* where */._)(s.res.path, m)}: ${e.message}`);
                s.issue({ ruleId: 'archive/unreadable-member', severity: 'high', member: m, subject: 'unreadable', message: `${(0,member_names/* where */._)(s.res.path, m)} cannot be read: ${e.message}; it was not scanned` });
                continue;
            }
            if (!got.crcOk) {
                s.issue({ ruleId: 'archive/crc-mismatch', severity: 'high', member: m, subject: 'crc', message: `${(0,member_names/* where */._)(s.res.path, m)} does not match its CRC-32: Python's zipfile refuses it while torch loads it (CVE-2025-10156); scanned as torch would read it` });
            }
            data = new source/* BufferSource */._r(got.data);
        }
        if (keras && en.name === 'config.json') {
            await kerasConfig(s, data, m, chain);
            continue;
        }
        if (role === 'pickle') {
            // torch unpickles it whatever its first bytes look like
            if (data.size > s.limits.maxPickleBytes)
                throw new model_limits/* LimitError */.o(`${(0,member_names/* where */._)(s.res.path, m)}: ${data.size} bytes is over the ${s.limits.maxPickleBytes}-byte limit for a pickle stream; raise limits.max-pickle-mb or convert it to safetensors`);
            const buf = await data.read(0, data.size);
            s.pickleBuffer(buf, 0, buf.length, m, chain, depth + 1, en.name, undefined, true, undefined, torchScript);
            const rec = en.name.slice(prefix.length).toLowerCase();
            if (en.name.toLowerCase().startsWith(prefix.toLowerCase()) && (rec === 'data.pkl' || rec === 'constants.pkl'))
                declared.push({ folder: rec === 'data.pkl' ? 'data' : 'constants', decl: storageDeclarations(buf) });
            continue;
        }
        await s.scan(data, m, depth + 1, en.name, chain ? chain : '');
    }
    if (torch)
        checkStorages(s, member, prefix, storages, declared, skipped);
}
/** Each storage data.pkl (or constants.pkl) declares is a member of exactly numel x element-size bytes. */
function checkStorages(s, member, prefix, storages, declared, skipped) {
    const notes = [`${storages.size} tensor storage(s) (raw bytes, never unpickled)`];
    if (skipped)
        notes.push(`${skipped} record(s) torch does not unpickle`);
    const seen = new Set();
    let count = 0;
    for (const { folder, decl } of declared) {
        if (!decl.ok) {
            notes.push(`sizes of ${folder}/ not checked: ${decl.reason}`);
            continue;
        }
        const pkl = (0,member_names/* joinMember */.R)(member, `${prefix}${folder}.pkl`);
        for (const d of decl.storages.values()) {
            count++;
            const rel = `${prefix}${folder}/${d.key}`;
            seen.add(rel.toLowerCase());
            const en = storages.get(rel.toLowerCase());
            const m = (0,member_names/* joinMember */.R)(member, rel);
            if (!en) {
                s.issue({ ruleId: 'torch/storage-mismatch', severity: 'high', member: m, subject: `missing ${folder}/${d.key}`, message: `${(0,member_names/* where */._)(s.res.path, pkl)} declares storage ${JSON.stringify(d.key)} (${d.type}, ${d.numel} elements) but the archive has no member ${rel}: the file is not what torch writes` });
            }
            else if (d.bytes !== null && en.size !== d.bytes) {
                s.issue({ ruleId: 'torch/storage-mismatch', severity: 'high', member: m, subject: `size ${folder}/${d.key}`, message: `${(0,member_names/* where */._)(s.res.path, m)} is ${en.size} bytes but ${folder}.pkl declares ${d.numel} x ${d.type} = ${d.bytes} bytes: the file is not what torch writes (extra bytes can hide another payload)` });
            }
            else if (en.method !== 0 && en.compressedSize > 0 && en.size / en.compressedSize > s.limits.maxRatio) {
                s.issue({ ruleId: 'archive/compression-ratio', severity: 'medium', member: m, subject: `ratio ${folder}/${d.key}`, message: `${(0,member_names/* where */._)(s.res.path, m)} is a storage deflated ${Math.round(en.size / en.compressedSize)}:1 (torch.save stores storages uncompressed)` });
            }
        }
    }
    if (!declared.length && storages.size)
        notes.push('storage sizes not checked: no data.pkl read');
    for (const [name, en] of storages) {
        if (seen.has(name) || declared.some((d) => !d.decl.ok))
            continue;
        s.issue({ ruleId: 'torch/undeclared-storage', severity: 'low', member: (0,member_names/* joinMember */.R)(member, en.name), subject: `undeclared ${name}`, message: `${(0,member_names/* where */._)(s.res.path, (0,member_names/* joinMember */.R)(member, en.name))} is not declared by data.pkl, so torch never reads it` });
    }
    if (declared.some((d) => d.decl.ok))
        notes.push(`${count} declared, sizes checked`);
    s.res.members.push({ member: (0,member_names/* joinMember */.R)(member, `${prefix}data/`), format: 'torch-storages', size: storages.size, note: notes.join('; ') });
}
async function kerasConfig(s, src, member, chain) {
    const text = (await src.read(0, Math.min(src.size, 256 * 1024 * 1024))).toString('utf8');
    s.member(member, chain + 'keras-config', src.size);
    let cfg;
    try {
        cfg = (0,json/* parseJsonStrict */.j)(text);
    }
    catch (e) {
        s.issue({ ruleId: 'keras/invalid-config', severity: 'high', member, subject: 'config', message: `${(0,member_names/* where */._)(s.res.path, member)} is not valid JSON: ${e.message}` });
        return;
    }
    for (const i of (0,keras/* checkKerasConfig */.z)(cfg, s.opts.allow))
        s.issue({ ruleId: i.rule, severity: i.severity, member, subject: i.subject, message: `${(0,member_names/* where */._)(s.res.path, member)}: ${i.message}` });
}
async function scanTar(s, src, member, depth, chain) {
    if (depth >= s.limits.maxDepth)
        throw new model_limits/* LimitError */.o(`${(0,member_names/* where */._)(s.res.path, member)}: archives nest deeper than ${s.limits.maxDepth}`);
    let entries;
    try {
        entries = await (0,tar/* readTarEntries */.E)(src, s.limits);
    }
    catch (e) {
        if (e instanceof model_limits/* LimitError */.o)
            throw e;
        s.member(member, chain + 'tar', src.size);
        s.issue({ ruleId: 'archive/invalid-tar', severity: 'high', member, subject: 'tar', message: `${(0,member_names/* where */._)(s.res.path, member)} is a tar archive that cannot be read: ${e.message}` });
        return;
    }
    const legacy = entries.some((e) => e.name === 'pickle') && entries.some((e) => e.name === 'storages');
    s.member(member, chain + (legacy ? 'pytorch-legacy-tar' : 'tar'), src.size, `${entries.length} entries`);
    const seen = new Map();
    for (const e of entries) {
        const k = e.name.toLowerCase();
        seen.set(k, (seen.get(k) ?? 0) + 1);
        const m = (0,member_names/* joinMember */.R)(member, e.name);
        if (/(^|[\\/])\.\.([\\/]|$)/.test(e.name) || e.name.startsWith('/')) {
            s.issue({ ruleId: 'archive/unsafe-path', severity: 'medium', member: m, subject: 'archive/unsafe-path', message: `${s.res.path}: member name ${JSON.stringify(e.name)} points outside the extraction folder` });
        }
        if (e.type === '1' || e.type === '2') {
            s.issue({ ruleId: 'archive/link-member', severity: 'medium', member: m, subject: e.linkName, message: `${(0,member_names/* where */._)(s.res.path, m)} is a ${e.type === '2' ? 'symbolic' : 'hard'} link to ${JSON.stringify(e.linkName)}; extracting it can write or read outside the target folder` });
            continue;
        }
        if (e.type !== '0' && e.type !== '7')
            continue;
        if (legacy && (e.name === 'storages' || e.name === 'tensors')) {
            await legacySection(s, new source/* SliceSource */.EH(src, e.dataOffset, e.size), m, e.name, chain);
            continue;
        }
        if (legacy && e.name === 'pickle') {
            // torch unpickles it whatever its first bytes look like
            if (e.size > s.limits.maxPickleBytes)
                throw new model_limits/* LimitError */.o(`${(0,member_names/* where */._)(s.res.path, m)}: ${e.size} bytes is over the ${s.limits.maxPickleBytes}-byte limit for a pickle stream`);
            const buf = await new source/* SliceSource */.EH(src, e.dataOffset, e.size).read(0, e.size);
            s.pickleBuffer(buf, 0, buf.length, m, chain, depth + 1, 'pickle.pkl', undefined, true);
            continue;
        }
        await s.scan(new source/* SliceSource */.EH(src, e.dataOffset, e.size), m, depth + 1, e.name, chain);
    }
    for (const [k, n] of seen) {
        if (n > 1)
            s.issue({ ruleId: 'archive/ambiguous-duplicate', severity: 'high', member: (0,member_names/* joinMember */.R)(member, k), subject: 'archive/ambiguous-duplicate', message: `${s.res.path}: ${n} tar members are named ${JSON.stringify(k)} (ignoring case); extractors keep a different copy` });
    }
}
/** The legacy tar's storages/tensors members: each pickle torch unpickles is scanned, the raw data between them is not. */
async function legacySection(s, src, member, name, chain) {
    if (src.size > s.limits.maxInflatedBytes)
        throw new model_limits/* LimitError */.o(`${(0,member_names/* where */._)(s.res.path, member)}: ${src.size} bytes is over the size limit`);
    const buf = await src.read(0, src.size);
    const sec = legacyTarSections(buf, name);
    s.res.hasPickle = true;
    s.member(member, chain + `pytorch-legacy-${name}`, src.size, `${sec.pickles.length} pickle(s) between raw records`);
    for (const [a, b] of sec.pickles) {
        const r = (0,vm/* scanPickle */.gs)(buf, { start: a, end: b, timeMs: Math.max(1, s.deadline - (0,clock/* nowMs */.T)()), limits: s.vmLimits() });
        s.addGlobals(r.globals, member);
        if (r.error?.kind === 'limit')
            s.res.errors.push(`${(0,member_names/* where */._)(s.res.path, member)}: pickle scan stopped at byte ${r.error.offset}: ${r.error.message}`);
    }
    if (sec.problem) {
        // the rest is what torch would read next as a pickle: scan it as one, so nothing after the break is skipped
        const from = sec.pickles.length ? sec.pickles[sec.pickles.length - 1][1] : 0;
        s.issue({ ruleId: 'torch/invalid-legacy-record', severity: 'high', member, subject: name, message: `${(0,member_names/* where */._)(s.res.path, member)} does not follow torch's legacy ${name} layout (${sec.problem}); scanned from byte ${from} as a pickle` });
        if (from < buf.length)
            s.pickleBuffer(buf, from, buf.length, member, chain, 0, 'x.pkl', undefined, true);
    }
}


/***/ })

};
