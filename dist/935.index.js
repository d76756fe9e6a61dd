export const id = 935;
export const ids = [935];
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

/***/ 81316:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  scanGguf: () => (/* binding */ scanGguf),
  scanHdf5: () => (/* binding */ scanHdf5),
  scanOnnx: () => (/* binding */ scanOnnx),
  scanSafetensors: () => (/* binding */ scanSafetensors)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/scanners/model/keras.ts
var keras = __webpack_require__(34215);
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
    // each key/value takes at least 13 bytes (length, one-byte key, type) and each tensor info 24
    if (tensors > BigInt(Math.floor(src.size / 24)) || keys > BigInt(Math.floor(src.size / 13)) || keys > 10000000n) {
        res.problems.push(`implausible counts: ${tensors} tensors, ${keys} metadata keys`);
        return res;
    }
    res.tensors = Number(tensors);
    res.keys = Number(keys);
    const str = () => {
        if (!need(8))
            return null;
        const big = buf.readBigUInt64LE(p);
        p += 8;
        if (big > BigInt(buf.length - p)) {
            res.problems.push(`string of ${big} bytes runs past the end of the metadata`);
            return null;
        }
        const n = Number(big);
        const s = buf.toString('utf8', p, p + n);
        p += n;
        return s;
    };
    const SIZES = { 0: 1, 1: 1, 2: 2, 3: 2, 4: 4, 5: 4, 6: 4, 7: 1, 10: 8, 11: 8, 12: 8 };
    const skipValue = (type, depth) => {
        if (type === 8)
            return str();
        if (type === 4 && need(4)) {
            p += 4;
            return buf.readUInt32LE(p - 4);
        }
        if (type === 9) {
            if (depth > 3 || !need(12))
                return false;
            const et = buf.readUInt32LE(p);
            const big = buf.readBigUInt64LE(p + 4);
            p += 12;
            if (big > BigInt(buf.length - p)) {
                res.problems.push(`array of ${big} items runs past the end of the metadata`);
                return false;
            }
            const n = Number(big);
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
    let alignment = 32;
    for (let k = 0; k < res.keys; k++) {
        const key = str();
        if (key === null || !need(4))
            return res;
        const type = buf.readUInt32LE(p);
        p += 4;
        const v = skipValue(type, 0);
        if (v === false)
            return res;
        if (key === 'general.alignment') {
            if (typeof v !== 'number' || v === 0 || (v & (v - 1)) !== 0) {
                res.problems.push(`general.alignment ${String(v)} is not a power of two`);
                return res;
            }
            alignment = v;
        }
        if (key === 'tokenizer.chat_template' || key.startsWith('tokenizer.chat_template.')) {
            const m = typeof v === 'string' ? TEMPLATE_RISK.exec(v) : null;
            if (m)
                res.templateIssues.push(`${key} contains ${JSON.stringify(m[0])}, a Jinja sandbox-escape construct`);
        }
    }
    // tensor infos: name, n_dims (at most GGML_MAX_DIMS = 4), dims, ggml type, offset into the data section
    const infos = [];
    for (let t = 0; t < res.tensors; t++) {
        const name = str();
        if (name === null || !need(4))
            return res;
        const nd = buf.readUInt32LE(p);
        p += 4;
        if (nd > 4) {
            res.problems.push(`tensor ${JSON.stringify(name)} has ${nd} dimensions (at most 4)`);
            return res;
        }
        if (!need(8 * nd + 12))
            return res;
        let nel = 1n;
        for (let d = 0; d < nd; d++)
            nel *= buf.readBigUInt64LE(p + 8 * d);
        p += 8 * nd;
        const type = buf.readUInt32LE(p);
        const offset = buf.readBigUInt64LE(p + 4);
        p += 12;
        const bs = GGML_BLOCK[type];
        infos.push({ name, offset, bytes: bs ? (nel * BigInt(bs[1])) / BigInt(bs[0]) : null });
        if (offset % BigInt(alignment) !== 0n)
            res.problems.push(`tensor ${JSON.stringify(name)} offset ${offset} is not a multiple of the ${alignment}-byte alignment`);
    }
    const dataStart = Math.ceil(p / alignment) * alignment;
    const dataLen = BigInt(Math.max(0, src.size - dataStart));
    for (const i of infos) {
        const end = i.offset + (i.bytes ?? 0n);
        if (i.offset > dataLen || end > dataLen)
            res.problems.push(`tensor ${JSON.stringify(i.name)} (bytes ${i.offset}..${end} of the data section) runs past the end of the file (${dataLen} bytes of tensor data)`);
    }
    return res;
}
/** [elements per block, bytes per block] of the ggml types whose layout is fixed and well known. */
const GGML_BLOCK = {
    0: [1, 4], 1: [1, 2], 2: [32, 18], 3: [32, 20], 6: [32, 22], 7: [32, 24], 8: [32, 34], 9: [32, 36],
    24: [1, 1], 25: [1, 2], 26: [1, 4], 27: [1, 8], 28: [1, 8], 30: [1, 2]
};

;// CONCATENATED MODULE: ./src/scanners/model/hdf5.ts
function addr(b, at, size) {
    if (at + size > b.length)
        return null;
    if (size === 2)
        return b.readUInt16LE(at);
    if (size === 4)
        return b.readUInt32LE(at);
    const v = b.readBigUInt64LE(at);
    return v === 0xffffffffffffffffn ? -1 : v > BigInt(Number.MAX_SAFE_INTEGER) ? Number.MAX_SAFE_INTEGER : Number(v);
}
/** `head` holds at least the first 128 bytes (or the whole file when smaller); `size` is the file's size. */
function checkHdf5Superblock(head, size) {
    const res = { version: -1, problems: [], trailing: 0, offsetSize: 0, lengthSize: 0, base: 0 };
    if (head.length < 16) {
        res.problems.push('superblock is truncated');
        return res;
    }
    const version = head[8];
    res.version = version;
    let so;
    let sl;
    let eofAt;
    if (version === 0 || version === 1) {
        so = head[13];
        sl = head[14];
        eofAt = 24 + (version === 1 ? 4 : 0) + 2 * so;
    }
    else if (version === 2 || version === 3) {
        so = head[9];
        sl = head[10];
        eofAt = 12 + 2 * so;
    }
    else {
        res.problems.push(`unknown superblock version ${version}`);
        return res;
    }
    if (![2, 4, 8].includes(so) || ![2, 4, 8].includes(sl)) {
        res.problems.push(`invalid superblock: size of offsets ${so}, size of lengths ${sl} (must be 2, 4 or 8)`);
        return res;
    }
    const base = addr(head, eofAt - 2 * so, so);
    const eof = addr(head, eofAt, so);
    if (eof === null || base === null) {
        res.problems.push('superblock is truncated');
        return res;
    }
    if (eof === -1) {
        res.problems.push('superblock has an undefined end-of-file address');
        return res;
    }
    res.offsetSize = so;
    res.lengthSize = sl;
    res.base = base > 0 ? base : 0;
    const end = (base > 0 ? base : 0) + eof;
    if (end > size)
        res.problems.push(`superblock says the file ends at byte ${end} but it has ${size} bytes (truncated or forged)`);
    else
        res.trailing = size - end;
    return res;
}

;// CONCATENATED MODULE: ./src/scanners/model/hdf5-attrs.ts
/**
 * String attributes of an HDF5 file found by name, the way Keras's legacy loader reads them
 * (`f.attrs["model_config"]`, `f.attrs["training_config"]`), whatever the JSON inside starts with:
 * a search for `{"class_name"` misses a config written with another key first.
 *
 * Each place the name occurs followed by NUL is tried as the name field of an Attribute message
 * (HDF5 File Format Specification 3.0, IV.A.2.m, versions 1-3): its datatype must be a string, fixed
 * length (the value follows inline) or variable length (the value is an object in a global heap
 * collection, `GCOL`, IV.A.2.o / III.E). Every occurrence that decodes is returned, so a decoy
 * attribute cannot hide the real one; `undecoded` names the occurrences that did not decode
 * (a dense-storage or shared-message layout this reader does not follow).
 */
const MAX_VALUE = 256 * 1024 * 1024;
function uint(b, at, size) {
    if (at < 0 || at + size > b.length)
        return null;
    if (size === 1)
        return b[at];
    if (size === 2)
        return b.readUInt16LE(at);
    if (size === 4)
        return b.readUInt32LE(at);
    if (size === 8) {
        const v = b.readBigUInt64LE(at);
        return v > BigInt(Number.MAX_SAFE_INTEGER) ? null : Number(v);
    }
    return null;
}
const pad8 = (n) => (n + 7) & ~7;
/** The value of a variable-length string: object `index` of the global heap collection at `addr`. */
function heapObject(b, layout, addr, index, length) {
    const at = layout.base + addr;
    if (at < 0 || at + 8 + layout.lengthSize > b.length || b.toString('latin1', at, at + 4) !== 'GCOL' || b[at + 4] !== 1)
        return null;
    const size = uint(b, at + 8, layout.lengthSize);
    if (size === null)
        return null;
    const end = Math.min(b.length, at + size);
    let p = at + 8 + layout.lengthSize;
    for (let guard = 0; p + 8 + layout.lengthSize <= end && guard < 1_000_000; guard++) {
        const idx = b.readUInt16LE(p);
        const objSize = uint(b, p + 8, layout.lengthSize);
        if (objSize === null)
            return null;
        const data = p + 8 + layout.lengthSize;
        if (idx === 0)
            return null; // free space: the rest of the collection
        if (idx === index) {
            const n = Math.min(objSize, length);
            if (data + n > end || n > MAX_VALUE)
                return null;
            return b.toString('utf8', data, data + n);
        }
        p = data + pad8(objSize);
    }
    return null;
}
/** Decodes the attribute message whose name field starts at `p` (name `name` of `nameSize` bytes with its NUL). */
function decodeAt(b, layout, p, nameSize) {
    const tries = [
        { version: 1, header: 8, pad: true },
        { version: 2, header: 8, pad: false },
        { version: 3, header: 9, pad: false }
    ];
    for (const t of tries) {
        const h = p - t.header;
        if (h < 0 || b[h] !== t.version)
            continue;
        const flags = b[h + 1];
        if (t.version === 1 ? flags !== 0 : (flags & 0x03) !== 0)
            continue; // shared datatype/dataspace: not followed
        if (uint(b, h + 2, 2) !== nameSize)
            continue;
        const dtSize = uint(b, h + 4, 2);
        const dsSize = uint(b, h + 6, 2);
        if (dtSize === null || dsSize === null || dtSize < 8)
            continue;
        const dt = p + (t.pad ? pad8(nameSize) : nameSize);
        const ds = dt + (t.pad ? pad8(dtSize) : dtSize);
        const data = ds + (t.pad ? pad8(dsSize) : dsSize);
        if (data > b.length)
            continue;
        const cls = b[dt] & 0x0f;
        const elemSize = uint(b, dt + 4, 4);
        if (elemSize === null)
            continue;
        if (cls === 3) {
            // fixed-length string: the value is inline, NUL-padded
            if (elemSize > MAX_VALUE || data + elemSize > b.length)
                continue;
            const raw = b.subarray(data, data + elemSize);
            const nul = raw.indexOf(0);
            return raw.toString('utf8', 0, nul < 0 ? raw.length : nul);
        }
        if (cls === 9 && (b[dt + 1] & 0x0f) === 1) {
            // variable-length string: sequence length, then a global heap ID (collection address, object index)
            const len = uint(b, data, 4);
            const addr = uint(b, data + 4, layout.offsetSize);
            const index = uint(b, data + 4 + layout.offsetSize, 4);
            if (len === null || addr === null || index === null)
                continue;
            const v = heapObject(b, layout, addr, index, len);
            if (v !== null)
                return v;
        }
    }
    return null;
}
/** Every string attribute named one of `names` that decodes, and how many occurrences did not. */
function findH5StringAttrs(b, layout, names) {
    const attrs = [];
    const undecoded = [];
    for (const name of names) {
        const needle = Buffer.from(`${name}\u0000`, 'latin1');
        for (let at = b.indexOf(needle); at >= 0; at = b.indexOf(needle, at + 1)) {
            const v = decodeAt(b, layout, at, needle.length);
            if (v === null)
                undecoded.push(name);
            else
                attrs.push({ name, value: v, at });
        }
    }
    return { attrs, undecoded };
}

// EXTERNAL MODULE: ./src/scanners/model/json.ts
var json = __webpack_require__(41235);
// EXTERNAL MODULE: ./src/scanners/model/limits.ts
var limits = __webpack_require__(19769);
// EXTERNAL MODULE: ./src/scanners/model/member-names.ts
var member_names = __webpack_require__(80246);
;// CONCATENATED MODULE: ./src/scanners/model/onnx.ts
const MAX_DEPTH = 64;
const MAX_FIELDS = 50_000_000;
/** Domains of operators that ONNX and ONNX Runtime ship (no custom-op library needed). */
const STANDARD_DOMAINS = new Set([
    '',
    'ai.onnx',
    'ai.onnx.ml',
    'ai.onnx.training',
    'ai.onnx.preview.training',
    'com.microsoft',
    'com.microsoft.nchwc',
    'com.microsoft.experimental',
    'com.ms.internal.nhwc',
    'com.microsoft.dml',
    'org.pytorch.aten'
]);
/** Element sizes in bytes x 2 (4-bit types are half a byte) by TensorProto.DataType. */
const ELEMENT_HALF_BYTES = {
    1: 8, 2: 2, 3: 2, 4: 4, 5: 4, 6: 8, 7: 16, 9: 2, 10: 4, 11: 16, 12: 8, 13: 16, 14: 16, 15: 32, 16: 4,
    17: 2, 18: 2, 19: 2, 20: 2, 21: 1, 22: 1, 23: 1, 24: 2
};
class ProtoError extends Error {
}
function checkOnnx(b) {
    const res = { irVersion: null, problems: [], externalPaths: [], externals: [], customOps: [], tensors: 0 };
    let walked = 0;
    function* fields(start, end) {
        let p = start;
        const varint = () => {
            let v = 0;
            let mul = 1;
            for (let i = 0; i < 10; i++) {
                if (p >= end)
                    throw new ProtoError('truncated varint');
                const c = b[p++];
                v += (c & 0x7f) * mul;
                mul *= 128;
                if (!(c & 0x80))
                    return v;
            }
            throw new ProtoError('varint too long');
        };
        while (p < end) {
            if (++walked > MAX_FIELDS)
                throw new ProtoError(`more than ${MAX_FIELDS} protobuf fields`);
            const tag = varint();
            const num = Math.floor(tag / 8);
            const wt = tag % 8;
            if (num === 0)
                throw new ProtoError('field number 0');
            if (wt === 0)
                yield { num, wt, start: p, end: p, value: varint() };
            else if (wt === 1 || wt === 5) {
                const n = wt === 1 ? 8 : 4;
                p += n;
                if (p > end)
                    throw new ProtoError('field runs past its message');
                yield { num, wt, start: p - n, end: p, value: 0 };
            }
            else if (wt === 2) {
                const n = varint();
                if (p + n > end)
                    throw new ProtoError('length-delimited field runs past its message');
                yield { num, wt, start: p, end: p + n, value: n };
                p += n;
            }
            else
                throw new ProtoError(`unsupported wire type ${wt}`);
        }
    }
    const str = (f) => b.toString('utf8', f.start, f.end);
    const packedVarints = (f) => {
        const out = [];
        let p = f.start;
        while (p < f.end) {
            let v = 0;
            let mul = 1;
            for (let i = 0;; i++) {
                if (p >= f.end || i >= 10)
                    throw new ProtoError('truncated packed varint');
                const c = b[p++];
                v += (c & 0x7f) * mul;
                mul *= 128;
                if (!(c & 0x80))
                    break;
            }
            out.push(v);
        }
        return out;
    };
    const tensor = (s, e, where) => {
        res.tensors++;
        const dims = [];
        let dataType = 0;
        let name = '';
        let raw = null;
        let externalFlag = false;
        const kv = new Map();
        for (const f of fields(s, e)) {
            if (f.num === 1)
                dims.push(...(f.wt === 2 ? packedVarints(f) : [f.value]));
            else if (f.num === 2 && f.wt === 0)
                dataType = f.value;
            else if (f.num === 8 && f.wt === 2)
                name = str(f);
            else if (f.num === 9 && f.wt === 2)
                raw = f.end - f.start;
            else if (f.num === 14 && f.wt === 0)
                externalFlag = f.value === 1;
            else if (f.num === 13 && f.wt === 2) {
                let key = '';
                let value = '';
                for (const x of fields(f.start, f.end)) {
                    if (x.wt !== 2)
                        continue;
                    if (x.num === 1)
                        key = str(x);
                    if (x.num === 2)
                        value = str(x);
                }
                kv.set(key, value);
            }
        }
        const label = `tensor ${JSON.stringify(name || '?')} (${where})`;
        // numel x element size; dims over 2^53 (or negative: a 10-byte varint) are invalid
        let expected = null;
        if (dims.some((d) => d > Number.MAX_SAFE_INTEGER))
            res.problems.push(`${label} has a negative or impossibly large dimension`);
        else if (ELEMENT_HALF_BYTES[dataType] !== undefined) {
            const numel = dims.reduce((n, d) => n * d, 1);
            if (numel <= Number.MAX_SAFE_INTEGER)
                expected = Math.ceil((numel * ELEMENT_HALF_BYTES[dataType]) / 2);
            else
                res.problems.push(`${label} declares more elements than any file can hold`);
        }
        if (externalFlag || kv.size > 0) {
            const location = kv.get('location');
            if (location === undefined || location === '') {
                res.problems.push(`${label} is stored as external data without a location`);
                return;
            }
            const int = (k) => {
                const v = kv.get(k);
                if (v === undefined)
                    return undefined;
                return /^\d{1,15}$/.test(v) ? Number(v) : null;
            };
            const offset = int('offset');
            const length = int('length');
            if (offset === null || length === null) {
                res.problems.push(`${label} has an external data offset or length that is not a non-negative integer`);
                return;
            }
            if (location.startsWith('/') || location.startsWith('\\') || /^[A-Za-z]:/.test(location) || location.split(/[\\/]/).includes('..') || location.includes('\u0000')) {
                if (!res.externalPaths.includes(location))
                    res.externalPaths.push(location);
                return;
            }
            if (expected !== null && length !== undefined && length !== expected)
                res.problems.push(`${label} declares ${length} bytes of external data but its shape and type need ${expected}`);
            res.externals.push({ tensor: name, location, offset: offset ?? 0, length: length ?? null, expected });
            return;
        }
        if (raw !== null && expected !== null && raw !== expected)
            res.problems.push(`${label} holds ${raw} bytes of raw_data but its shape and type need ${expected}`);
    };
    const sparse = (s, e, where) => {
        for (const f of fields(s, e))
            if ((f.num === 1 || f.num === 2) && f.wt === 2)
                tensor(f.start, f.end, where);
    };
    const localFunctions = new Set();
    const opsSeen = [];
    const nodes = (f, depth, where) => {
        let domain = '';
        let op = '';
        for (const nf of fields(f.start, f.end)) {
            if (nf.num === 7 && nf.wt === 2)
                domain = str(nf);
            else if (nf.num === 4 && nf.wt === 2)
                op = str(nf);
            else if (nf.num === 5 && nf.wt === 2) {
                for (const af of fields(nf.start, nf.end)) {
                    if (af.wt !== 2)
                        continue;
                    if (af.num === 6 || af.num === 11)
                        graph(af.start, af.end, depth + 1, `${where} > subgraph`);
                    else if (af.num === 5 || af.num === 10)
                        tensor(af.start, af.end, `${where} attribute`);
                    else if (af.num === 22 || af.num === 23)
                        sparse(af.start, af.end, `${where} attribute`);
                }
            }
        }
        opsSeen.push([domain, op]);
    };
    function graph(s, e, depth, where) {
        if (depth > MAX_DEPTH)
            throw new ProtoError(`subgraphs nest deeper than ${MAX_DEPTH}`);
        for (const f of fields(s, e)) {
            if (f.wt !== 2)
                continue;
            if (f.num === 5)
                tensor(f.start, f.end, `${where} initializer`);
            else if (f.num === 15)
                sparse(f.start, f.end, `${where} sparse initializer`);
            else if (f.num === 1)
                nodes(f, depth, where);
        }
    }
    try {
        for (const f of fields(0, b.length)) {
            if (f.num === 1 && f.wt === 0)
                res.irVersion = f.value;
            else if (f.num === 7 && f.wt === 2)
                graph(f.start, f.end, 0, 'graph');
            else if (f.num === 20 && f.wt === 2) {
                // TrainingInfoProto: initialization (1) and algorithm (2) graphs
                for (const t of fields(f.start, f.end))
                    if ((t.num === 1 || t.num === 2) && t.wt === 2)
                        graph(t.start, t.end, 0, 'training info');
            }
            else if (f.num === 25 && f.wt === 2) {
                // FunctionProto: name (1), domain (10), nodes (7)
                let name = '';
                let domain = '';
                for (const t of fields(f.start, f.end)) {
                    if (t.num === 1 && t.wt === 2)
                        name = str(t);
                    else if (t.num === 10 && t.wt === 2)
                        domain = str(t);
                    else if (t.num === 7 && t.wt === 2)
                        nodes(t, 0, 'function');
                }
                localFunctions.add(`${domain}\u0000${name}`);
            }
        }
    }
    catch (e) {
        if (!(e instanceof ProtoError))
            throw e;
        res.problems.push(`not a valid ONNX protobuf: ${e.message}`);
    }
    for (const [domain, op] of opsSeen) {
        if (STANDARD_DOMAINS.has(domain) || localFunctions.has(`${domain}\u0000${op}`))
            continue;
        const id = `${domain}.${op}`;
        if (!res.customOps.includes(id))
            res.customOps.push(id);
    }
    if (res.irVersion === null && res.problems.length === 0)
        res.problems.push('no ir_version field: not an ONNX model');
    return res;
}

// EXTERNAL MODULE: ./src/scanners/model/safetensors.ts
var safetensors = __webpack_require__(45964);
;// CONCATENATED MODULE: ./src/scanners/model/scan-headers.ts
/**
 * Single-file formats of the model scanner that cannot carry code but whose headers it checks:
 * HDF5 (with the Keras config it may hold), safetensors, GGUF and ONNX. The Scanner (scan.ts)
 * loads this module on the first such file: a plain pickle never needs it (CLI start-up, issue 10).
 */











async function scanHdf5(s, src, member, chain) {
    s.member(member, chain + 'hdf5', src.size);
    const sb = checkHdf5Superblock(await src.read(0, Math.min(src.size, 128)), src.size);
    for (const p of sb.problems)
        s.issue({ ruleId: 'hdf5/invalid-header', severity: 'high', member, subject: p.replace(/\d+/g, 'N'), message: `${(0,member_names/* where */._)(s.res.path, member)}: ${p}` });
    if (sb.trailing > 0)
        s.issue({ ruleId: 'hdf5/trailing-data', severity: 'low', member, subject: 'trailing', message: `${(0,member_names/* where */._)(s.res.path, member)} has ${sb.trailing} bytes after the end its superblock records; HDF5 never reads them` });
    const buf = await src.read(0, Math.min(src.size, 512 * 1024 * 1024));
    // the attributes Keras's legacy loader reads, found by name whatever their JSON starts with
    const found = sb.offsetSize ? findH5StringAttrs(buf, sb, ['model_config', 'training_config']) : { attrs: [], undecoded: [] };
    const texts = found.attrs.map((a) => ({ label: a.name, text: a.value }));
    for (const name of new Set(found.undecoded)) {
        if (found.attrs.some((a) => a.name === name))
            continue;
        s.issue({ ruleId: 'keras/invalid-config', severity: 'high', member, subject: `${name} layout`, message: `${(0,member_names/* where */._)(s.res.path, member)} names a Keras ${name} attribute stored in a layout this scanner does not read (shared or dense attribute storage); what Keras would load from it cannot be cleared of Lambda layers or foreign modules` });
    }
    if (!texts.length) {
        const text = (0,keras/* findH5ModelConfig */.o)(buf);
        if (text)
            texts.push({ label: 'model_config', text });
    }
    for (const { label, text } of texts) {
        let cfg;
        try {
            cfg = (0,json/* parseJsonStrict */.j)(text, 1024);
        }
        catch (e) {
            // As for .keras files: a model config that cannot be read cannot be cleared of Lambda layers.
            s.issue({ ruleId: 'keras/invalid-config', severity: 'high', member, subject: label, message: `${(0,member_names/* where */._)(s.res.path, member)} (Keras HDF5 ${label}) is not valid JSON: ${e.message}` });
            continue;
        }
        for (const i of (0,keras/* checkKerasConfig */.z)(cfg, s.opts.allow))
            s.issue({ ruleId: i.rule, severity: i.severity, member, subject: i.subject, message: `${(0,member_names/* where */._)(s.res.path, member)} (Keras HDF5 ${label}): ${i.message}` });
    }
}
async function scanSafetensors(s, src, member, chain) {
    const r = await (0,safetensors/* checkSafetensors */.Ir)(src);
    s.member(member, chain + 'safetensors', src.size, `${r.tensors} tensors`);
    for (const p of r.problems)
        s.issue({ ruleId: 'safetensors/invalid-header', severity: 'high', member, subject: p.replace(/\d+/g, 'N'), message: `${(0,member_names/* where */._)(s.res.path, member)}: ${p}` });
    for (const d of r.unknownDtypes)
        s.issue({ ruleId: 'safetensors/unknown-dtype', severity: 'low', member, subject: d, message: `${(0,member_names/* where */._)(s.res.path, member)} uses dtype ${JSON.stringify(d)}, which this scanner does not know` });
}
async function scanGguf(s, src, member, chain) {
    const r = await checkGguf(src);
    s.member(member, chain + 'gguf', src.size, `v${r.version}, ${r.tensors} tensors, ${r.keys} keys`);
    for (const p of r.problems)
        s.issue({ ruleId: 'gguf/invalid-header', severity: 'high', member, subject: p.replace(/\d+/g, 'N'), message: `${(0,member_names/* where */._)(s.res.path, member)}: ${p}` });
    for (const t of r.templateIssues)
        s.issue({ ruleId: 'gguf/chat-template-injection', severity: 'critical', member, subject: t, message: `${(0,member_names/* where */._)(s.res.path, member)}: ${t} (CVE-2024-34359 style template injection)` });
}
async function scanOnnx(s, src, member, chain) {
    if (src.size > s.limits.maxPickleBytes)
        throw new limits/* LimitError */.o(`${(0,member_names/* where */._)(s.res.path, member)}: ONNX file over the size limit`);
    const r = checkOnnx(await src.read(0, src.size));
    const notes = [r.irVersion !== null ? `ir_version ${r.irVersion}` : '', `${r.tensors} tensors`, r.externals.length ? `${r.externals.length} stored as external data` : ''].filter(Boolean);
    if (r.externals.length && (member !== '' || !s.abs))
        notes.push('external data files not checked on disk (the model is inside an archive)');
    s.member(member, chain + 'onnx', src.size, notes.join(', '));
    for (const p of r.problems)
        s.issue({ ruleId: 'onnx/invalid-model', severity: 'high', member, subject: p.replace(/\d+/g, 'N'), message: `${(0,member_names/* where */._)(s.res.path, member)}: ${p}` });
    for (const x of r.externalPaths)
        s.issue({ ruleId: 'onnx/external-data-path', severity: 'high', member, subject: x, message: `${(0,member_names/* where */._)(s.res.path, member)} loads tensor data from ${JSON.stringify(x)}, outside the model's folder` });
    for (const op of r.customOps) {
        s.issue({ ruleId: 'onnx/custom-op', severity: 'medium', member, subject: op, message: `${(0,member_names/* where */._)(s.res.path, member)} uses operator ${op} from a domain no ONNX runtime ships: running it needs a custom-operator library (native code) registered by the loader; check where that library comes from` });
    }
    if (member === '' && s.abs)
        await onnxExternals(s, s.abs, r.externals);
}
/** External data on disk, as onnx.load reads it: inside the model's real folder (no symlink out), and holding the declared range. */
async function onnxExternals(s, abs, externals) {
    const dir = external_node_path_default().dirname(abs);
    let dirReal;
    try {
        dirReal = await (0,promises_.realpath)(dir);
    }
    catch {
        return;
    }
    const sizes = new Map();
    for (const x of externals) {
        let st = sizes.get(x.location);
        if (st === undefined) {
            try {
                const real = await (0,promises_.realpath)(external_node_path_default().join(dir, x.location));
                const rel = external_node_path_default().relative(dirReal, real);
                st = rel.startsWith('..') || external_node_path_default().isAbsolute(rel) ? 'outside' : (await (0,promises_.stat)(real)).size;
            }
            catch {
                st = 'missing';
            }
            sizes.set(x.location, st);
        }
        const label = `tensor ${JSON.stringify(x.tensor || '?')}`;
        if (st === 'outside') {
            s.issue({ ruleId: 'onnx/external-data-path', severity: 'high', member: '', subject: x.location, message: `${s.res.path} loads ${label} from ${JSON.stringify(x.location)}, which leads out of the model's folder through a symbolic link` });
        }
        else if (st === 'missing') {
            s.issue({ ruleId: 'onnx/external-data-missing', severity: 'medium', member: '', subject: x.location, message: `${s.res.path} loads ${label} from ${JSON.stringify(x.location)}, which does not exist beside it: the model cannot load as committed` });
        }
        else {
            const need = x.length ?? x.expected;
            const avail = st - x.offset;
            if (x.offset > st || (need !== null && need > avail) || (x.length === null && x.expected !== null && avail !== x.expected && externals.filter((e) => e.location === x.location).length === 1)) {
                s.issue({ ruleId: 'onnx/invalid-model', severity: 'high', member: '', subject: `external range ${x.location}`, message: `${s.res.path}: ${label} reads ${need ?? 'the rest'} bytes at offset ${x.offset} of ${JSON.stringify(x.location)}, which has ${st} bytes` });
            }
        }
    }
}


/***/ })

};
