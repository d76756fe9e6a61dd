export const id = 888;
export const ids = [888];
export const modules = {

/***/ 64888:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  limitsFrom: () => (/* binding */ limitsFrom),
  modelsGate: () => (/* binding */ modelsGate),
  runModels: () => (/* binding */ runModels),
  toFindings: () => (/* binding */ toFindings)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
var external_node_os_default = /*#__PURE__*/__webpack_require__.n(external_node_os_);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/engine/errors.ts
var engine_errors = __webpack_require__(17679);
// EXTERNAL MODULE: ./src/engine/paths.ts
var paths = __webpack_require__(4886);
// EXTERNAL MODULE: ./src/engine/confine.ts
var confine = __webpack_require__(29666);
// EXTERNAL MODULE: ./src/scanners/pickle/globals.ts + 1 modules
var pickle_globals = __webpack_require__(91287);
// EXTERNAL MODULE: ./src/scanners/read-small.ts
var read_small = __webpack_require__(51413);
// EXTERNAL MODULE: ./src/scanners/lock.ts
var lock = __webpack_require__(27388);
// EXTERNAL MODULE: ./src/scanners/model/limits.ts
var limits = __webpack_require__(19769);
// EXTERNAL MODULE: ./src/scanners/lfs.ts
var scanners_lfs = __webpack_require__(7396);
;// CONCATENATED MODULE: ./src/scanners/pickle/sniff.ts
/**
 * Whether bytes read as a pickle are one: `pickle.load` on them would import something or return a
 * value. A stream that fails before importing anything cannot run code, whatever its extension: a
 * Python, YAML, Markdown or CSV file starting with an opcode letter, or random bytes, is not a
 * pickle (the VM already stops at a GLOBAL or INST line that is not a module name, and at a call on
 * something that cannot be called). An import counts when the global is called, used to build a
 * name at load time, or dangerous by itself; one merely named before the stream breaks
 * (`category\nfood\n` at the top of a CSV: GLOBAL ategory.food, then an invalid opcode) does not.
 * The models scanner uses this to tell pickles from other files, and for its polyglot check.
 */

/** A global whose import alone would be worth reporting: called, computed, spelled through getattr, or dangerous. */
function isUsedImport(g) {
    // EXT codes name nothing unless a library registered them (copyreg's registry is empty by default): counted once called
    if (g.opcode === 'EXT')
        return g.called === true;
    return !g.resolved || g.called === true || g.opcode === 'GETATTR' || (0,pickle_globals/* classifyGlobal */.Sq)(g.module, g.name, g.resolved) === 'dangerous';
}
/** The stream imports something that matters (see isUsedImport). */
function importsSomething(scan) {
    return scan.globals.some(isUsedImport);
}
/**
 * A complete pickle (not followed by garbage), a stream that imports something before it stops, or
 * one whose scan hit a limit or failed (undecided: the caller must report it, never pass it).
 */
function looksLikePickle(scan) {
    if (scan.error !== null && scan.error.kind !== 'parse')
        return true;
    return (scan.pickles > 0 && (scan.trailing === null || scan.legacyTorch)) || importsSomething(scan);
}

// EXTERNAL MODULE: ./src/scanners/pickle/vm.ts + 3 modules
var vm = __webpack_require__(87817);
// EXTERNAL MODULE: ./src/scanners/model/compression.ts
var compression = __webpack_require__(13611);
// EXTERNAL MODULE: ./src/scanners/model/member-names.ts
var member_names = __webpack_require__(80246);
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

// EXTERNAL MODULE: ./src/scanners/model/safetensors.ts
var safetensors = __webpack_require__(45964);
// EXTERNAL MODULE: ./src/scanners/model/source.ts
var source = __webpack_require__(16212);
// EXTERNAL MODULE: ./src/scanners/model/tar.ts
var tar = __webpack_require__(33198);
// EXTERNAL MODULE: ./src/scanners/model/zip-eocd.ts
var zip_eocd = __webpack_require__(36212);
// EXTERNAL MODULE: ./src/scanners/clock.ts
var clock = __webpack_require__(65381);
;// CONCATENATED MODULE: ./src/scanners/model/scan.ts
/**
 * The model file scanner: detects each file's format by its content (never its extension), opens
 * containers the way their loaders do, runs every pickle stream through the pickle VM, and checks
 * the headers of the formats that cannot carry code. It returns issues (findings to be), the
 * globals with their verdicts, what it looked at, and errors for what it could not decide.
 */














/**
 * The handlers of archives (scan-archives.ts) and of header-only formats (scan-headers.ts) load
 * on the first such file: a plain pickle needs neither (CLI start-up, issue 10).
 */
const archives = () => __webpack_require__.e(/* import() */ 723).then(__webpack_require__.bind(__webpack_require__, 36104));
const headers = () => __webpack_require__.e(/* import() */ 935).then(__webpack_require__.bind(__webpack_require__, 81316));
const HEAD = 64 * 1024;
const HDF5_MAGIC = Buffer.from([0x89, 0x48, 0x44, 0x46, 0x0d, 0x0a, 0x1a, 0x0a]);
const SAFETENSORS_EXT = /\.safetensors$/i;
/** Extensions that promise a format with a magic number or header this scanner checks. */
const DECLARED_FORMAT = [
    [/\.gguf$/i, 'GGUF'],
    [/\.(h5|hdf5)$/i, 'HDF5'],
    [/\.keras$/i, 'Keras (zip)'],
    [/\.npz$/i, 'NumPy .npz (zip)'],
    [/\.npy$/i, 'NumPy .npy']
];
const IDENT = /^[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)*$/;
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
/** One file's scan; the format handlers in scan-archives.ts and scan-headers.ts work on it too. */
class Scanner {
    opts;
    abs;
    limits;
    res;
    deadline;
    budget = { inflated: 0 };
    constructor(rel, opts, 
    /** The file on disk (for what its format loads from beside it: ONNX external data), when scanned from disk. */
    abs) {
        this.opts = opts;
        this.abs = abs;
        this.limits = { ...limits/* DEFAULT_LIMITS */.d, ...opts.limits };
        this.deadline = (0,clock/* nowMs */.T)() + this.limits.timeMs;
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
        if ((0,clock/* nowMs */.T)() > this.deadline)
            throw new limits/* LimitError */.o(`scan time limit of ${this.limits.timeMs} ms reached`);
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
                this.res.errors.push(`${(0,member_names/* where */._)(this.res.path, member)} is a Git LFS pointer (oid sha256:${lfs.oid.slice(0, 12)}\u2026, ${lfs.size} bytes), not the model: the checkout ran without LFS. Set "lfs: true" on actions/checkout (or run git lfs pull) so the real file is scanned.`);
                return;
            }
        }
        const magic4 = head.length >= 4 ? head.readUInt32LE(0) : 0;
        let isZip = false;
        let triedAsPickle = false;
        let pickleEnd = 0;
        const comp = (0,compression/* sniffCompression */.H)(head);
        if (magic4 === 0x04034b50 || magic4 === 0x06054b50) {
            isZip = true;
            await (await archives()).scanZip(this, src, member, depth, nameHint, chain);
        }
        else if (head.length >= 6 && head.subarray(0, 6).equals(NPY_MAGIC))
            await this.npy(src, head, member, chain);
        else if (comp && (comp !== 'zlib' || (await this.zlibPlausible(src))))
            await this.compressed(src, comp, member, depth, nameHint, chain);
        else if (head.length >= 512 && (0,tar/* isTarHeader */.F)(head.subarray(0, 512)))
            await (await archives()).scanTar(this, src, member, depth, chain);
        else if (head.length >= 4 && head.toString('latin1', 0, 4) === 'GGUF')
            await (await headers()).scanGguf(this, src, member, chain);
        else if (head.length >= 8 && head.subarray(0, 8).equals(HDF5_MAGIC))
            await (await headers()).scanHdf5(this, src, member, chain);
        else if ((0,safetensors/* looksLikeSafetensors */.NY)(head, size) || (head.length >= 10 && head[8] === 0x7b && [0x22, 0x7d, 0x20, 0x0a].includes(head[9]) && head.readBigUInt64LE(0) > 1n) || (SAFETENSORS_EXT.test(nameHint) && head[0] !== 0x80)) {
            await (await headers()).scanSafetensors(this, src, member, chain);
        }
        else if (/\.onnx$/i.test(nameHint))
            await (await headers()).scanOnnx(this, src, member, chain);
        else {
            triedAsPickle = true;
            pickleEnd = await this.pickle(src, head, member, nameHint, chain, depth);
            if (pickleEnd < 0) {
                this.member(member, chain + 'unknown', size, 'not a model format this scanner knows; nothing in it is loaded by pickle');
                const declared = DECLARED_FORMAT.find(([re]) => re.test(nameHint));
                if (declared) {
                    this.issue({ ruleId: 'model/invalid-header', severity: 'high', member, subject: declared[1], message: `${(0,member_names/* where */._)(this.res.path, member)} is named like a ${declared[1]} file but does not start like one: its loader would refuse it, or it is something else under a model's name` });
                }
            }
        }
        // polyglots: bytes that are also a pickle (pickle.load on the same file), or a zip appended at the end.
        // The trial reads the file as plain pickle.load does (see ScanOptions.plainLoad) and counts it only
        // where that load would import something: a zip's first byte is PERSID, where pickle.load stops.
        // (A file read as a pickle above was already judged as one, more leniently than this trial.)
        if (!triedAsPickle) {
            const trial = await this.plainTrial(src, head, member);
            if (trial.error && trial.error.kind !== 'parse' && !importsSomething(trial)) {
                // read as a pickle, the file goes on until a bound of the scan: whether pickle.load on it imports something is not known
                this.res.errors.push(`${(0,member_names/* where */._)(this.res.path, member)}: read as plain pickle.load would read it, the file is a pickle stream up to byte ${trial.error.offset}, where the scan stopped (${trial.error.message}); whether loading it imports something was not decided`);
            }
            if (importsSomething(trial)) {
                this.issue({ ruleId: 'model/polyglot', severity: 'high', member, subject: 'pickle-polyglot', message: `${(0,member_names/* where */._)(this.res.path, member)} is also a valid pickle that imports globals: pickle.load on this file runs it whatever its format says` });
                if (size <= this.limits.maxPickleBytes) {
                    const buf = size <= HEAD ? head : await src.read(0, size);
                    this.pickleBuffer(buf, 0, buf.length, member ? `${member}!pickle` : '!pickle', chain, depth, nameHint, 'pickle-polyglot');
                }
                else
                    throw new limits/* LimitError */.o(`${(0,member_names/* where */._)(this.res.path, member)}: too large to scan as a pickle polyglot`);
            }
        }
        // (a zip held inside the pickle's own data, such as torch.save({'blob': zip_bytes}), is not appended)
        const eocd = !isZip && size > 22 && depth < this.limits.maxDepth ? await (0,zip_eocd/* findEocd */.v)(src) : null;
        if (eocd !== null && eocd >= Math.max(pickleEnd, 0)) {
            this.issue({ ruleId: 'archive/polyglot', severity: 'medium', member, subject: 'appended-zip', message: `${(0,member_names/* where */._)(this.res.path, member)} has a zip archive appended to it; tools that look for the zip directory at the end read it as an archive` });
            await (await archives()).scanZip(this, src, member ? `${member}!zip` : '!zip', depth + 1, nameHint, chain);
        }
    }
    /**
     * The polyglot trial: plain pickle.load on the file (ScanOptions.plainLoad). It reads the first
     * 64 KiB; a load still going where they end, with an operand the rest of the file can hold, is
     * read again on more of the file (what the operand needs, and at least twice as much each time,
     * within the pickle size limit), so an import placed past the first 64 KiB is not missed. An
     * operand longer than the file ends the load, as in CPython.
     */
    async plainTrial(src, head, member) {
        let buf = head;
        let trial = (0,vm/* scanPickle */.gs)(buf, { timeMs: Math.max(1, this.deadline - (0,clock/* nowMs */.T)()), plainLoad: true, streamEnd: src.size, limits: this.vmLimits() });
        while (trial.error?.needsMore !== undefined) {
            const need = trial.error.needsMore;
            const next = Math.min(src.size, Math.max(buf.length * 2, need + HEAD));
            if (next > this.limits.maxPickleBytes) {
                throw new limits/* LimitError */.o(`${(0,member_names/* where */._)(this.res.path, member)}: read as plain pickle.load would read it, its first ${buf.length} bytes load on into the rest of the file past the ${this.limits.maxPickleBytes}-byte pickle limit (raise limits.max-pickle-mb)`);
            }
            this.checkTime();
            buf = await src.read(0, next);
            trial = (0,vm/* scanPickle */.gs)(buf, { timeMs: Math.max(1, this.deadline - (0,clock/* nowMs */.T)()), plainLoad: true, streamEnd: src.size, limits: this.vmLimits() });
        }
        return trial;
    }
    async zlibPlausible(src) {
        // 2 bytes of zlib header are common by chance (0x78 0x9c is also "x" + a byte); require it to inflate
        // node:zlib loads here, on the first zlib-looking stream (not at start-up)
        const { constants: zc, inflateSync } = await Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 38522, 23));
        try {
            const b = await src.read(0, Math.min(src.size, 4096));
            inflateSync(b, { finishFlush: zc.Z_SYNC_FLUSH, maxOutputLength: 1 << 20 });
            return true;
        }
        catch (e) {
            return /maxOutputLength|larger/.test(e.message);
        }
    }
    async compressed(src, kind, member, depth, nameHint, chain) {
        if (depth >= this.limits.maxDepth)
            throw new limits/* LimitError */.o(`${(0,member_names/* where */._)(this.res.path, member)}: compressed streams and archives nest deeper than ${this.limits.maxDepth}`);
        if (src.size > this.limits.maxPickleBytes)
            throw new limits/* LimitError */.o(`${(0,member_names/* where */._)(this.res.path, member)}: ${kind} stream of ${src.size} bytes is over the size limit`);
        const input = await src.read(0, src.size);
        // the decoders load on the first compressed stream met
        const { decompress } = await Promise.all(/* import() */[__webpack_require__.e(995), __webpack_require__.e(908)]).then(__webpack_require__.bind(__webpack_require__, 86908));
        let out;
        try {
            out = await decompress(kind, input, Math.min(this.limits.maxInflatedBytes, this.limits.maxTotalInflatedBytes - this.budget.inflated), this.limits.maxRatio);
        }
        catch (e) {
            if (e instanceof limits/* LimitError */.o)
                throw new limits/* LimitError */.o(`${(0,member_names/* where */._)(this.res.path, member)}: ${e.message}`);
            this.member(member, chain + kind, src.size);
            this.issue({ ruleId: 'model/unreadable-compression', severity: 'high', member, subject: kind, message: `${(0,member_names/* where */._)(this.res.path, member)} is ${kind}-compressed but cannot be decompressed: ${e.message}` });
            return;
        }
        this.budget.inflated += out.length;
        await this.scan(new source/* BufferSource */._r(out), member, depth + 1, nameHint.replace(/\.(gz|bz2|xz|lzma|z)$/i, ''), `${chain}${kind} > `);
    }
    /** Scans the source as a pickle when it plausibly is one; returns where the pickle data ended, or -1 when it is not a pickle. */
    async pickle(src, head, member, nameHint, chain, depth) {
        const whole = src.size <= HEAD;
        // a file that fits in the head is scanned once, with the full limits, and that scan is reused
        const trial = (0,vm/* scanPickle */.gs)(head, { timeMs: Math.max(1, this.deadline - (0,clock/* nowMs */.T)()), ...(whole ? { limits: this.vmLimits() } : {}) });
        const proto = head[0] === 0x80 && head.length > 1 && head[1] <= 5;
        // content decides, never the extension: a .pkl of random bytes or a .py starting with `c` is not a pickle
        // a stream still valid where the first 64 KiB end (a long operand first, a bomb) is read whole before deciding
        const plausible = looksLikePickle(trial) || (!whole && (proto || (trial.error !== null && /truncated/.test(trial.error.message))));
        if (!plausible)
            return -1;
        if (src.size > this.limits.maxPickleBytes) {
            throw new limits/* LimitError */.o(`${(0,member_names/* where */._)(this.res.path, member)}: ${src.size} bytes is over the ${this.limits.maxPickleBytes}-byte limit for a pickle stream; raise limits.max-pickle-mb or convert it to safetensors`);
        }
        const buf = whole ? head : await src.read(0, src.size);
        return this.pickleBuffer(buf, 0, buf.length, member, chain, depth, nameHint, undefined, false, whole ? trial : undefined);
    }
    vmLimits() {
        return { maxMemo: this.limits.maxMemo, maxOps: this.limits.maxOpcodes };
    }
    /** Scans a pickle stream; returns where parsing ended (bytes past it are not part of the pickle). */
    pickleBuffer(buf, start, end, member, chain, _depth, nameHint, formatName, loaderUnpickles = false, done, torchScript = false) {
        const r = done ?? (0,vm/* scanPickle */.gs)(buf, { start, end, timeMs: Math.max(1, this.deadline - (0,clock/* nowMs */.T)()), limits: this.vmLimits() });
        const file = (0,member_names/* where */._)(this.res.path, member);
        if (!formatName && !loaderUnpickles && !looksLikePickle(r)) {
            this.member(member, chain + 'unknown', end - start, `not a model format this scanner knows${r.error ? ` (read as a pickle it stops before importing anything: ${r.error.message} at byte ${r.error.offset})` : ''}`);
            return start;
        }
        this.res.hasPickle = true;
        const format = formatName ?? (r.legacyTorch ? 'pytorch-legacy' : r.joblibArrays > 0 || r.globals.some((g) => g.name === 'NumpyArrayWrapper') ? 'joblib' : 'pickle');
        this.member(member, chain + format, end - start, `${r.pickles} pickle(s), ${r.opcodes} opcodes, protocol ${r.protocol}`);
        if (r.globals.length)
            this.addGlobals(r.globals, member, torchScript);
        if (r.error && r.error.kind !== 'parse') {
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
        return r.error ? end : r.end;
    }
    /**
     * Records each global with its verdict. In a TorchScript archive, torch.jit.load reads the
     * pickles with its own C++ unpickler, which resolves `__torch__.*` to classes compiled from the
     * archive's code/ and `torch.jit._pickle.*` to built-in list/tensor builders, never importing
     * Python: those names are not imports there (torch.load hands such archives to torch.jit.load).
     */
    addGlobals(globals, member, torchScript = false) {
        const file = (0,member_names/* where */._)(this.res.path, member);
        for (const g of globals) {
            const name = `${g.module}.${g.name}`;
            const jitResolved = torchScript && g.resolved && (g.module === '__torch__' || g.module.startsWith('__torch__.') || g.module === 'torch.jit._pickle') && IDENT.test(g.module) && IDENT.test(g.name);
            const verdict = jitResolved ? 'safe' : (0,pickle_globals/* classifyGlobal */.Sq)(g.module, g.name, g.resolved, this.opts.allow);
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
    async npy(src, head, member, chain) {
        let h;
        try {
            h = parseNpyHeader(head);
        }
        catch (e) {
            this.member(member, chain + 'npy', src.size);
            this.issue({ ruleId: 'npy/invalid-header', severity: 'high', member, subject: 'header', message: `${(0,member_names/* where */._)(this.res.path, member)} has the NumPy magic but an invalid header: ${e.message}` });
            return;
        }
        if (!h.hasObject) {
            this.member(member, chain + 'npy', src.size, `dtype ${h.descr}, shape (${h.shape.join(', ')})`);
            return;
        }
        const len = src.size - h.dataOffset;
        if (len > this.limits.maxPickleBytes)
            throw new limits/* LimitError */.o(`${(0,member_names/* where */._)(this.res.path, member)}: object array of ${len} bytes is over the pickle size limit`);
        const buf = await src.read(0, src.size);
        this.pickleBuffer(buf, h.dataOffset, buf.length, member, chain, 0, '.npy', 'npy-object');
    }
}
async function run(src, rel, opts, abs) {
    const s = new Scanner(rel, opts, abs);
    try {
        await s.scan(src, '', 0, external_node_path_default().basename(rel), '');
    }
    catch (e) {
        if (e instanceof limits/* LimitError */.o)
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
        src = await source/* FileSource */._n.open(absPath);
    }
    catch (e) {
        const err = e;
        const why = err.code === 'ELOOP' ? 'it is a symbolic link, which is never followed' : err.message;
        return { path: rel, format: 'unreadable', members: [], globals: [], issues: [], errors: [`${rel} could not be opened: ${why}`], hasPickle: false };
    }
    try {
        return await run(src, rel, opts, absPath);
    }
    finally {
        await src.close();
    }
}
/** Scans bytes already in memory (tests, nested uses). */
async function scanModelBuffer(buf, rel, opts = {}) {
    return run(new source/* BufferSource */._r(buf), rel, opts);
}
/** True when the file's verdict blocks at the given severities (critical/high) or it could not be decided. */
function isBlocking(r, severities = ['critical', 'high']) {
    return r.errors.length > 0 || r.issues.some((i) => severities.includes(i.severity));
}

// EXTERNAL MODULE: ./src/gates/models/config.ts + 1 modules
var config = __webpack_require__(28063);
;// CONCATENATED MODULE: ./src/gates/models/discover.ts
/**
 * Which files the models gate scans. With `paths` configured: every file under them, judged by its
 * content. Without: the whole workspace, files whose extension is a model format (plus everything
 * under a top-level `models/` folder, by content), skipping what is not the repository's own:
 * .git, node_modules, virtualenvs (any folder holding pyvenv.cfg or conda-meta/, .venv, venv,
 * site-packages...), caches, and files git ignores.
 */


/** Extensions of model and serialized-object files found by default (lower case, with the dot). */
const MODEL_EXTENSIONS = [
    '.pt', '.pth', '.bin', '.ckpt', '.pkl', '.pickle', '.joblib', '.npy', '.npz', '.h5', '.hdf5', '.keras',
    '.safetensors', '.gguf', '.onnx', '.dill', '.sav', '.mar', '.pb', '.tflite', '.msgpack', '.model', '.zst', '.lz4'
];
/** Folders never walked in default discovery: tooling, caches and installed packages, not the repository's models. */
const DEFAULT_SKIP_DIRS = [
    '**/.venv', '**/venv', '**/.tox', '**/.nox', '**/site-packages', '**/dist-packages', '**/__pycache__',
    '**/.mypy_cache', '**/.pytest_cache', '**/.ruff_cache', '**/.ipynb_checkpoints', '**/.cache', '**/.conda'
];
const EXT_RE = new RegExp(`(${MODEL_EXTENSIONS.map((e) => e.replace('.', '\\.')).join('|')})(\\.(gz|bz2|xz|lzma|zst|lz4|z))?$`, 'i');
function hasModelExtension(rel) {
    return EXT_RE.test(rel);
}
/** Paths git ignores under the workspace (folders end with "/"); null outside a git work tree. */
async function gitIgnored(ctx) {
    try {
        const tool = (await ctx.tools.which('git')) ?? 'git';
        const r = await ctx.tools.run(tool, ['-c', 'core.quotePath=false', '-c', 'core.fsmonitor=false', 'ls-files', '-z', '--others', '--ignored', '--exclude-standard', '--directory', '--', '.'], { cwd: ctx.workspace, timeoutMs: 120_000, signal: ctx.signal, captureStdout: true, maxStdout: 64 * 1024 * 1024 });
        if (r.exitCode !== 0)
            return null;
        return new Set(r.stdout.split('\0').filter(Boolean));
    }
    catch {
        return null;
    }
}
function underAny(rel, dirs) {
    if (dirs.size === 0)
        return false;
    if (dirs.has(rel))
        return true;
    for (let i = rel.indexOf('/'); i >= 0; i = rel.indexOf('/', i + 1))
        if (dirs.has(rel.slice(0, i + 1)))
            return true;
    return false;
}
async function discoverModelFiles(ctx) {
    const c = ctx.config;
    if (c.paths) {
        const walk = await (0,paths/* walkFiles */.Fv)(ctx.workspace, { include: c.paths, exclude: c.exclude });
        return { mode: 'configured', files: walk.files, walk, lookedAt: walk.files.length, skipped: { virtualenv: 0, gitignored: 0, otherExtension: 0 }, gitIgnore: 'not a git work tree' };
    }
    const ignored = await gitIgnored(ctx);
    // ignored folders are not walked at all when there are few of them (a long glob list costs more than it saves)
    const ignoredDirs = ignored ? [...ignored].filter((p) => p.endsWith('/')) : [];
    const exclude = [...c.exclude, ...DEFAULT_SKIP_DIRS, ...(ignoredDirs.length <= 200 ? ignoredDirs.map((d) => d.slice(0, -1)) : [])];
    const walk = await (0,paths/* walkFiles */.Fv)(ctx.workspace, { include: ['.'], exclude });
    // virtualenvs under any name: the folder holding pyvenv.cfg (venv, virtualenv) or conda-meta/ (conda)
    const venvs = new Set();
    for (const f of walk.files) {
        const base = external_node_path_default().posix.basename(f);
        if (base === 'pyvenv.cfg')
            venvs.add(external_node_path_default().posix.dirname(f) === '.' ? '' : `${external_node_path_default().posix.dirname(f)}/`);
        const cm = f.indexOf('/conda-meta/');
        if (cm >= 0 || f.startsWith('conda-meta/'))
            venvs.add(cm >= 0 ? f.slice(0, cm + 1) : '');
    }
    const skipped = { virtualenv: 0, gitignored: 0, otherExtension: 0 };
    const files = [];
    for (const f of walk.files) {
        if (venvs.has('') || underAny(f, venvs)) {
            skipped.virtualenv++;
            continue;
        }
        if (ignored && (ignored.has(f) || underAny(f, ignored))) {
            skipped.gitignored++;
            continue;
        }
        if (hasModelExtension(f) || f.startsWith('models/'))
            files.push(f);
        else
            skipped.otherExtension++;
    }
    return { mode: 'default', files, walk, lookedAt: walk.files.length, skipped, gitIgnore: ignored ? 'applied' : 'not a git work tree' };
}

// EXTERNAL MODULE: ./src/scanners/signing/bundle.ts
var signing_bundle = __webpack_require__(90027);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: ./src/scanners/signing/signer.ts + 1 modules
var signing_signer = __webpack_require__(79386);
;// CONCATENATED MODULE: ./src/scanners/signing/cosign.ts
/**
 * cosign blob signatures: a Sigstore bundle (v0.1 to v0.3) whose `messageSignature` signs one file's
 * bytes, as `cosign sign-blob --bundle` writes it (cosign 3, or cosign 2 with --new-bundle-format),
 * and as `ai-secure-gates sign --format cosign` writes it.
 *
 * One pass over the file feeds both the digest and the signature check (node:crypto's streaming
 * Verify: bounded memory whatever the size; the model is never loaded or run):
 * - the digest is compared with the bundle's `messageDigest`: a changed file fails naming both;
 * - key: the signature must verify with the configured EC public key (P-256/384/521), hashed with the
 *   bundle's digest algorithm. A Rekor entry a key bundle may carry is not checked: the key is the trust;
 * - keyless: sigstore-js's Verifier over the trusted root (trust-root.ts) checks the Fulcio chain, SCT,
 *   Rekor entry (its body must name the file's current digest and this signature) and signing time;
 *   the signature over the file is the result of the same streaming pass. Identity and issuer: signer.ts.
 */




/** The Sigstore HashAlgorithm names cosign writes, and node:crypto's names for them. */
const DIGEST_ALGORITHMS = { SHA2_256: 'sha256', SHA2_384: 'sha384', SHA2_512: 'sha512', HASH_ALGORITHM_UNSPECIFIED: 'sha256' };
const equal = (a, b) => a.length === b.length && (0,external_node_crypto_.timingSafeEqual)(a, b);
/** Streams the file once: its digest, and whether `signature` verifies over it with `key`. */
async function digestAndVerify(fileAbs, algorithm, key, signature, o = {}) {
    const hash = (0,external_node_crypto_.createHash)(algorithm);
    const verifier = key ? (0,external_node_crypto_.createVerify)(algorithm) : null;
    let bytes = 0;
    const stream = (0,external_node_fs_.createReadStream)(fileAbs, { highWaterMark: 1024 * 1024, signal: o.signal });
    for await (const chunk of stream) {
        hash.update(chunk);
        verifier?.update(chunk);
        bytes += chunk.length;
        o.onBytes?.(chunk.length);
    }
    let ok = false;
    if (key && verifier) {
        try {
            ok = verifier.verify({ key, dsaEncoding: 'der' }, signature);
        }
        catch {
            ok = false;
        }
    }
    return { digest: hash.digest(), ok, bytes };
}
function algorithmOf(b, where) {
    const name = b.messageSignature.algorithm ?? 'SHA2_256';
    const alg = DIGEST_ALGORITHMS[name];
    if (!alg)
        throw new signing_bundle/* SignatureError */.VA(`${where}: messageDigest algorithm "${name}" is not supported (SHA2_256, SHA2_384 or SHA2_512)`);
    return alg;
}
function trustedKey(where, trust) {
    if (!trust.publicKey)
        throw new signing_bundle/* SignatureError */.VA(`${where} is a cosign signature made with a key: set public-key to the signer's public key (PEM, e.g. cosign.pub) to verify it`);
    let key;
    try {
        key = (0,external_node_crypto_.createPublicKey)(trust.publicKey.pem);
    }
    catch (e) {
        throw new signing_bundle/* SignatureError */.VA(`${trust.publicKey.label} is not a PEM public key (${e.message})`, { cause: e });
    }
    (0,signing_signer/* hashForKey */.z)(key, trust.publicKey.label);
    return key;
}
function leafKey(b, where) {
    const m = b.material;
    const der = m.kind === 'sigstore' ? m.certificate : m.kind === 'certificate' ? m.chain[0] : null;
    if (!der)
        throw new signing_bundle/* SignatureError */.VA(`${where}: a keyless bundle needs a signing certificate`);
    try {
        return new external_node_crypto_.X509Certificate(der).publicKey;
    }
    catch (e) {
        throw new signing_bundle/* SignatureError */.VA(`${where}: the signing certificate cannot be read (${e.message})`, { cause: e });
    }
}
/**
 * Verifies a cosign blob bundle over one file. Throws a SignatureError when the bundle cannot be
 * trusted (wrong key, identity, issuer, log entry); returns `changed: true` when the file's digest
 * differs from the signed one.
 */
async function verifyCosignBlob(b, o) {
    const ms = b.messageSignature;
    if (!ms)
        throw new signing_bundle/* SignatureError */.VA(`${o.bundleRel} holds a DSSE envelope, not a cosign blob signature`);
    const algorithm = algorithmOf(b, o.bundleRel);
    const keyed = b.material.kind === 'key';
    if (!keyed && (!o.trust.identity || !o.trust.issuer)) {
        throw new signing_bundle/* SignatureError */.VA(`${o.bundleRel} is a keyless Sigstore signature: set identity (the signer's email or workflow URI) and issuer (the OIDC issuer, e.g. https://token.actions.githubusercontent.com) to verify it`);
    }
    const key = keyed ? trustedKey(o.bundleRel, o.trust) : leafKey(b, o.bundleRel);
    const streamed = await digestAndVerify(o.fileAbs, algorithm, key, ms.signature, o);
    const actualDigest = streamed.digest.toString('hex');
    const signedDigest = ms.digest ? ms.digest.toString('hex') : null;
    const base = { algorithm, signedDigest, actualDigest, bytes: streamed.bytes };
    if (ms.digest && !equal(ms.digest, streamed.digest)) {
        return { ...base, method: keyed ? 'key' : 'sigstore', signer: null, issuer: null, signedAt: null, changed: true };
    }
    if (keyed) {
        if (!streamed.ok) {
            throw new signing_bundle/* SignatureError */.VA(`${o.bundleRel}: the signature does not verify over ${o.fileRel} (${algorithm} ${actualDigest}) with ${o.trust.publicKey.label} (${(0,signing_signer/* curveName */.L8)(key)}): another key signed it, or the signature was changed`);
        }
        return { ...base, method: 'key', signer: `key ${(0,signing_signer/* keyHint */.p4)(key).slice(0, 16)}… (${(0,signing_signer/* curveName */.L8)(key)})`, issuer: null, signedAt: null, changed: false };
    }
    // Keyless: sigstore-js checks certificate, log entry and time; the file's signature is the streamed result.
    const content = {
        signature: ms.signature,
        compareSignature: (s) => equal(Buffer.from(s), ms.signature),
        compareDigest: (d) => equal(Buffer.from(d), streamed.digest),
        compareSignedDigest: (d) => equal(Buffer.from(d), streamed.digest),
        verifySignature: (k) => streamed.ok && k.equals(key)
    };
    const r = await (0,signing_signer/* verifyKeyless */.Qm)(b, o.bundleRel, o.trust, content);
    return { ...base, method: 'sigstore', signer: r.signer, issuer: r.issuer, signedAt: r.signedAt, changed: false };
}

// EXTERNAL MODULE: ./src/scanners/signing/manifest.ts
var signing_manifest = __webpack_require__(88178);
// EXTERNAL MODULE: ./src/scanners/signing/statement.ts
var statement = __webpack_require__(93866);
;// CONCATENATED MODULE: ./src/scanners/signing/verify.ts
/**
 * Verifies one model (a folder or a single file) against its OpenSSF Model Signing bundle:
 * 1. parse the bundle (bundle.ts): media type, DSSE envelope with exactly one signature;
 * 2. verify the signer and the signature over the payload (signer.ts: key, certificate, keyless);
 * 3. parse the in-toto statement and check its root digest (statement.ts);
 * 4. recompute every file's (or shard's) digest with our hashing engine and compare by name
 *    (manifest.ts): a missing, extra or changed file fails, named with both digests.
 * A bundle holding a messageSignature instead (cosign sign-blob) signs one file: cosign.ts verifies it.
 * The model is never loaded. The result says what was verified, by whom, and every problem.
 */







const verify_short = (d) => (d.length > 20 ? `${d.slice(0, 12)}…${d.slice(-6)}` : d);
/** Relative path of `abs` inside `root`, POSIX, or null when outside. */
function inside(root, abs) {
    const rel = abs.startsWith(root + '/') ? abs.slice(root.length + 1) : null;
    return rel;
}
/** A bundle that could not be trusted: the problem, its kind, and failed (or error for missing trust settings). */
function signerFailure(r, o, e) {
    const msg = (0,engine_errors/* errorMessage */.gJ)(e);
    const config = /: set (public-key|certificate-chain|identity)/.test(msg);
    const kind = config ? 'config' : /not by the expected identity|issuer is not/.test(msg) ? 'identity' : /does not verify|keyless verification failed|not trusted|not valid at|not allowed to sign|another key/.test(msg) ? 'signature' : 'bundle';
    r.problems.push(e instanceof signing_bundle/* SignatureError */.VA ? { kind, message: msg } : { kind: 'bundle', message: `${o.bundleRel}: ${msg}` });
    r.status = e instanceof signing_bundle/* SignatureError */.VA && !config ? 'failed' : 'error';
    return r;
}
/** A cosign blob bundle (messageSignature) over a single-file model: cosign.ts. */
async function verifyCosign(bundle, o, r) {
    r.format = 'cosign';
    const st = await (0,promises_.lstat)(o.modelAbs);
    if (!st.isFile()) {
        r.problems.push({
            kind: st.isSymbolicLink() ? 'symlink' : 'bundle',
            name: '.',
            message: st.isSymbolicLink()
                ? `${o.modelRel} is a symbolic link: it was not followed, so the cosign signature ${o.bundleRel} cannot be verified`
                : `${o.bundleRel} is a cosign blob signature (messageSignature over one file), but ${o.modelRel} is a folder; sign folders with ai-secure-gates sign or model_signing`
        });
        r.status = 'failed';
        return r;
    }
    try {
        const c = await verifyCosignBlob(bundle, { fileAbs: o.modelAbs, fileRel: o.modelRel, bundleRel: o.bundleRel, trust: o.trust, signal: o.signal, onBytes: o.onBytes });
        Object.assign(r, { method: c.method, signer: c.signer, issuer: c.issuer, signedAt: c.signedAt, hashType: c.algorithm, rootDigest: c.signedDigest ?? c.actualDigest, bytesHashed: c.bytes, serialization: 'blob' });
        if (c.changed) {
            r.problems.push({ kind: 'changed', name: '.', signed: c.signedDigest, actual: c.actualDigest, message: `${o.modelRel} changed since it was signed: signed ${c.algorithm} ${c.signedDigest}, now ${c.actualDigest}` });
            r.status = 'failed';
            return r;
        }
        r.matched = 1;
        r.status = 'verified';
        return r;
    }
    catch (e) {
        if (o.signal?.aborted) {
            r.problems.push({ kind: 'unreadable', name: '.', message: `verifying ${o.modelRel} was stopped before it was hashed` });
            r.status = 'error';
            return r;
        }
        if (e.code && !(e instanceof signing_bundle/* SignatureError */.VA)) {
            r.problems.push({ kind: 'unreadable', name: '.', message: `${o.modelRel} could not be read: ${(0,engine_errors/* errorMessage */.gJ)(e)}` });
            r.status = 'error';
            return r;
        }
        return signerFailure(r, o, e);
    }
}
async function verifyModel(o) {
    const r = {
        model: o.modelRel,
        bundle: o.bundleRel,
        status: 'error',
        format: 'oms',
        method: null,
        signer: null,
        issuer: null,
        signedAt: null,
        predicateType: null,
        serialization: null,
        hashType: null,
        rootDigest: null,
        matched: 0,
        bytesHashed: 0,
        problems: []
    };
    const fail = (p, status = 'failed') => {
        r.problems.push(p);
        r.status = status;
        return r;
    };
    // The bundle.
    let text;
    try {
        const st = await (0,promises_.lstat)(o.bundleAbs);
        if (st.isSymbolicLink())
            return fail({ kind: 'bundle', message: `${o.bundleRel} is a symbolic link; it was not followed` });
        if (!st.isFile())
            return fail({ kind: 'bundle', message: `${o.bundleRel} is not a regular file` });
        if (st.size > signing_bundle/* MAX_BUNDLE_BYTES */.Me)
            return fail({ kind: 'bundle', message: `${o.bundleRel} is ${st.size} bytes, over the ${signing_bundle/* MAX_BUNDLE_BYTES */.Me / 1024 / 1024} MiB bound for a signature bundle` });
        text = await (0,promises_.readFile)(o.bundleAbs, 'utf8');
    }
    catch (e) {
        if (e.code === 'ENOENT') {
            r.status = 'unsigned';
            r.problems.push({ kind: 'bundle', message: `${o.modelRel} has no signature: ${o.bundleRel} does not exist` });
            return r;
        }
        return fail({ kind: 'bundle', message: `${o.bundleRel} cannot be read: ${(0,engine_errors/* errorMessage */.gJ)(e)}` }, 'error');
    }
    let manifest;
    try {
        const bundle = (0,signing_bundle/* parseBundle */.QN)(text, o.bundleRel);
        if (bundle.messageSignature)
            return await verifyCosign(bundle, o, r);
        const signer = await (0,signing_signer/* verifySigner */.MI)(bundle, o.bundleRel, o.trust);
        r.method = signer.method;
        r.signer = signer.signer;
        r.issuer = signer.issuer;
        r.signedAt = signer.signedAt;
        manifest = (0,statement/* parseStatement */.By)(signer.payload, signer.payloadType, o.bundleRel);
    }
    catch (e) {
        return signerFailure(r, o, e);
    }
    r.predicateType = manifest.predicateType;
    r.serialization = manifest.serialization.method;
    r.hashType = manifest.serialization.hashType;
    r.rootDigest = manifest.rootDigest;
    // The model as it is now.
    const ignored = [...manifest.serialization.ignorePaths, ...(o.ignorePaths ?? []), ...(o.ignoreGitPaths === false ? [] : signing_manifest/* GIT_PATHS */.O4)];
    const sigInside = inside(o.modelAbs, o.bundleAbs);
    if (sigInside)
        ignored.push(sigInside);
    let walk;
    try {
        walk = await (0,signing_manifest/* walkModel */.PL)(o.modelAbs, ignored);
    }
    catch (e) {
        return fail({ kind: 'unreadable', message: `${o.modelRel} cannot be listed: ${(0,engine_errors/* errorMessage */.gJ)(e)}` }, 'error');
    }
    for (const s of walk.symlinks)
        r.problems.push({ kind: 'symlink', name: s, message: `${o.modelRel}/${s} is a symbolic link inside the model: it was not followed, so the model cannot be verified` });
    for (const s of walk.special)
        r.problems.push({ kind: 'special', name: s, message: `${o.modelRel}/${s} is not a regular file (FIFO, socket or device): it was not hashed` });
    if (walk.truncated)
        return fail({ kind: 'unreadable', message: `${o.modelRel} holds more than ${walk.files.length} files; it was not verified` }, 'error');
    const planned = (0,signing_manifest/* plannedItems */.Hs)(walk.files, manifest.serialization);
    if (manifest.predicateType.endsWith('/Digests/v0.1'))
        for (const p of planned)
            p.algorithm = 'sha256';
    const hashed = await (0,signing_manifest/* hashItems */.N$)(o.modelAbs, planned, manifest.serialization, {
        signal: o.signal,
        onItem: (n) => {
            r.bytesHashed += n;
            o.onBytes?.(n);
        }
    });
    if (o.signal?.aborted)
        return fail({ kind: 'unreadable', message: `verifying ${o.modelRel} was stopped before every file was hashed` }, 'error');
    const diff = (0,signing_manifest/* compareManifests */.kK)(manifest.items, hashed);
    r.matched = diff.matched;
    const label = (n) => (n === '.' || n.startsWith('.:') ? `${o.modelRel}${n.slice(1)}` : `${o.modelRel}/${n}`);
    for (const m of diff.missing)
        r.problems.push({ kind: 'missing', name: m.name, signed: m.signed, message: `${label(m.name)} is signed (digest ${verify_short(m.signed)}) but missing from the model` });
    if (!o.ignoreUnsignedFiles)
        for (const x of diff.extra)
            r.problems.push({ kind: 'extra', name: x.name, actual: x.actual, message: `${label(x.name)} (digest ${verify_short(x.actual)}) is not covered by the signature` });
    for (const c of diff.changed)
        r.problems.push({ kind: 'changed', name: c.name, signed: c.signed, actual: c.actual, message: `${label(c.name)} changed since it was signed: signed ${c.algorithm} ${c.signed}, now ${c.actual}` });
    for (const a of diff.algorithm)
        r.problems.push({ kind: 'algorithm', name: a.name, message: `${label(a.name)} is signed with digest algorithm "${a.signed}", but the statement's serialization gives "${a.expected}"` });
    for (const u of diff.unreadable)
        r.problems.push({ kind: 'unreadable', name: u.name, message: `${label(u.name)} could not be hashed: ${u.error}` });
    const failing = r.problems.filter((p) => p.kind !== 'unreadable' && p.kind !== 'special');
    r.status = failing.length ? 'failed' : r.problems.length ? 'error' : 'verified';
    return r;
}

;// CONCATENATED MODULE: ./src/gates/models/signatures.ts
/**
 * The models gate's `signatures:` block: which models to verify and with what trust, turned into
 * findings, checks and a summary table. The verification itself is scanners/signing/verify.ts.
 *
 * Each verified model gets a check `{ name: 'signature', target: <model path>, details: <SignatureVerification> }`:
 * that is where the AI-BOM (and anyone reading the JSON report) finds each model's signature status.
 */





const HELP = { text: 'Model signatures: OpenSSF Model Signing bundles (every file digest recomputed) and cosign blob bundles over single files.', uri: 'docs/gates/signatures.md' };
async function readTrustFile(ws, rel, key) {
    const abs = await (0,paths/* realInside */.he)(ws, rel, key).catch((e) => {
        if (e.code === 'ENOENT')
            throw new Error(`${key}: "${rel}" does not exist in the workspace; fix the path`);
        throw e;
    });
    return { pem: await (0,promises_.readFile)(abs, 'utf8'), label: rel };
}
async function trustFor(ws, e, c, where) {
    const pick = (k) => e[k] ?? c[k];
    const t = { identity: pick('identity'), issuer: pick('issuer') };
    const pk = pick('public-key');
    const cc = pick('certificate-chain');
    const tr = pick('trusted-root');
    if (pk)
        t.publicKey = await readTrustFile(ws, pk, `${where}.public-key`);
    if (cc)
        t.certificateChain = await readTrustFile(ws, cc, `${where}.certificate-chain`);
    if (tr) {
        const f = await readTrustFile(ws, tr, `${where}.trusted-root`);
        t.trustedRoot = { json: f.pem, label: f.label };
    }
    return t;
}
/**
 * The models to verify: the configured list, or every folder holding a model.sig under the gate's
 * paths, and every file F with a cosign bundle F.sigstore.json next to it.
 */
async function entriesFor(ctx, c) {
    if (c.models.length)
        return c.models;
    const include = ctx.config.paths ?? ['models'];
    const walk = await (0,paths/* walkFiles */.Fv)(ctx.workspace, { include, exclude: ctx.config.exclude, maxFiles: 200_000 });
    const entry = (p) => ({ path: p, 'ignore-paths': [], 'ignore-unsigned-files': false });
    const all = new Set(walk.files);
    const folders = walk.files.filter((f) => external_node_path_default().posix.basename(f) === 'model.sig').map((f) => external_node_path_default().posix.dirname(f));
    const inFolder = (f) => folders.some((d) => d === '.' || f.startsWith(d + '/'));
    const blobs = walk.files.filter((f) => f.endsWith(COSIGN_SUFFIX) && all.has(f.slice(0, -COSIGN_SUFFIX.length)) && !inFolder(f)).map((f) => f.slice(0, -COSIGN_SUFFIX.length));
    return [...folders, ...blobs].map(entry);
}
/** The bundle name cosign's documentation uses for `cosign sign-blob --bundle`, and `sign --format cosign` writes. */
const COSIGN_SUFFIX = '.sigstore.json';
/** model.sig inside a folder; next to a file, <file>.sig, or <file>.sigstore.json when only that exists. */
async function defaultBundle(ws, modelRel, isDir) {
    if (isDir)
        return external_node_path_default().posix.join(modelRel, 'model.sig');
    const sig = `${modelRel}.sig`;
    const cosign = `${modelRel}${COSIGN_SUFFIX}`;
    if (!(await (0,paths/* statOrNull */.xX)(external_node_path_default().join(ws, sig))) && (await (0,paths/* statOrNull */.xX)(external_node_path_default().join(ws, cosign))))
        return cosign;
    return sig;
}
async function checkSignatures(ctx, c, modelFiles) {
    const out = { findings: [], checks: [], errors: [], table: null, results: [], summary: '' };
    const entries = await entriesFor(ctx, c);
    const covered = [];
    for (const [i, e] of entries.entries()) {
        const where = c.models.length ? `gates.models.signatures.models[${i}]` : 'gates.models.signatures';
        const modelRel = external_node_path_default().posix.normalize(e.path.replace(/\\/g, '/')).replace(/\/+$/, '');
        let modelAbs;
        try {
            modelAbs = (0,paths.resolveInside)(ctx.workspace, modelRel, `${where}.path`);
        }
        catch (err) {
            out.errors.push((0,engine_errors/* errorMessage */.gJ)(err));
            continue;
        }
        const st = await (0,paths/* statOrNull */.xX)(modelAbs);
        if (!st) {
            out.errors.push(`${where}.path: "${modelRel}" does not exist in the workspace; fix the path or remove the entry`);
            continue;
        }
        covered.push(modelRel);
        const bundleRel = e.signature ? external_node_path_default().posix.normalize(e.signature.replace(/\\/g, '/')) : await defaultBundle(ctx.workspace, modelRel, st.isDirectory());
        let trust;
        let bundleAbs;
        try {
            bundleAbs = (0,paths.resolveInside)(ctx.workspace, bundleRel, `${where}.signature`);
            trust = await trustFor(ctx.workspace, e, c, where);
        }
        catch (err) {
            out.errors.push((0,engine_errors/* errorMessage */.gJ)(err));
            continue;
        }
        const progress = ctx.progress?.(`models: verifying ${modelRel}`, 0);
        const r = await verifyModel({
            modelAbs,
            modelRel,
            bundleAbs,
            bundleRel,
            trust,
            ignorePaths: e['ignore-paths'],
            ignoreUnsignedFiles: e['ignore-unsigned-files'],
            signal: ctx.signal,
            onBytes: (n) => progress?.add(n)
        });
        progress?.end();
        out.results.push(r);
        record(out, r, c);
    }
    if (c['require-all']) {
        const inside = (f) => covered.some((m) => f === m || f.startsWith(m + '/') || m === '.');
        for (const f of modelFiles.filter((m) => !inside(m))) {
            out.findings.push({
                ruleId: 'signature/unsigned',
                severity: c.unsigned,
                title: 'Unsigned model',
                message: `${f} is a model file outside every signed model: nothing vouches for where it came from (sign its folder with \`ai-secure-gates sign\` or model_signing, or list it under gates.models.signatures.models)`,
                location: { path: f, startLine: null },
                fingerprintKey: 'unsigned-file',
                help: HELP
            });
        }
    }
    const n = (s) => out.results.filter((r) => r.status === s).length;
    const parts = [`${n('verified')} of ${out.results.length} signed model${out.results.length === 1 ? '' : 's'} verified`];
    if (n('failed'))
        parts.push(`${n('failed')} failed`);
    if (n('unsigned'))
        parts.push(`${n('unsigned')} unsigned`);
    if (n('error'))
        parts.push(`${n('error')} not verifiable`);
    out.summary = parts.join(', ');
    if (out.results.length) {
        out.table = {
            title: 'Model signatures',
            columns: ['Model', 'Status', 'Method', 'Signer', 'Files verified', 'Problems'],
            rows: out.results.map((r) => [r.model, r.status, r.method ? `${r.method}${r.format === 'cosign' ? ' (cosign)' : ''}` : '', r.signer ?? '', String(r.matched), String(r.problems.length)])
        };
    }
    return out;
}
function record(out, r, c) {
    out.checks.push({
        name: 'signature',
        target: r.model,
        outcome: r.status === 'verified' ? 'pass' : r.status === 'error' ? 'error' : 'fail',
        details: { ...r, problems: r.problems.slice(0, 50), ...(r.problems.length > 50 ? { problemsOmitted: r.problems.length - 50 } : {}) }
    });
    if (r.status === 'unsigned') {
        out.findings.push({
            ruleId: 'signature/unsigned',
            severity: c.unsigned,
            title: 'Unsigned model',
            message: r.problems[0]?.message ?? `${r.model} has no signature`,
            location: { path: r.model, startLine: null },
            fingerprintKey: 'unsigned',
            help: HELP
        });
        return;
    }
    for (const p of r.problems) {
        if (p.kind === 'config' || p.kind === 'unreadable' || p.kind === 'special') {
            out.errors.push(p.message);
            continue;
        }
        const file = p.name ? (p.name === '.' || p.name.startsWith('.:') ? r.model : `${r.model}/${p.name.replace(/:\d+:\d+$/, '')}`) : r.bundle;
        out.findings.push({
            ruleId: `signature/${p.kind === 'bundle' ? 'invalid' : p.kind}`,
            severity: 'critical',
            title: p.kind === 'changed' || p.kind === 'missing' || p.kind === 'extra' ? 'Model differs from its signature' : 'Model signature not valid',
            message: p.message,
            location: { path: file, startLine: null },
            fingerprintKey: `${p.kind}\u0000${p.name ?? ''}\u0000${p.actual ?? ''}`,
            properties: { model: r.model, bundle: r.bundle, ...(p.signed ? { signedDigest: p.signed } : {}), ...(p.actual ? { actualDigest: p.actual } : {}) },
            help: HELP
        });
    }
    if (r.status === 'error' && !r.problems.some((p) => p.kind === 'config' || p.kind === 'unreadable' || p.kind === 'special')) {
        out.errors.push(`${r.model}: the signature could not be verified (${r.problems.map((p) => p.message).join('; ') || 'unknown reason'})`);
    }
}

;// CONCATENATED MODULE: ./src/scanners/signing/bundle-files.ts
/**
 * Which files under the model paths are signature bundles written next to the models: evidence
 * about the models, verified by the models gate's signatures check, not models themselves. The
 * hash lock leaves them out (`lock` does not record them, and a run does not report them as
 * unlisted), since signing after locking, or signing again, must not break the lock.
 *
 * A file is a bundle when both its name and its content say so:
 * - the name: `model.sig` (OpenSSF Model Signing, a signed folder), or `F.sig`, `F.sigstore.json`,
 *   `F.bundle` next to a file or folder F that is there (a signed single file; `F.bundle` is what
 *   cosign's documentation names `cosign sign-blob --bundle`), or a path the signatures config names;
 * - the content: JSON (at most 1 MiB) that is a Sigstore bundle (`mediaType`
 *   application/vnd.dev.sigstore.bundle...), or a cosign legacy bundle (`base64Signature` with a
 *   `cert` or `rekorBundle`).
 * A file named like a bundle that is not one stays a file the lock covers.
 */


const MAX_BUNDLE_FILE = 1024 * 1024;
const SUFFIXES = ['.sigstore.json', '.sig', '.bundle'];
/** The signed thing a bundle name points at (null when the name is not a bundle's). */
function companionOf(rel) {
    if (external_node_path_default().posix.basename(rel) === 'model.sig')
        return external_node_path_default().posix.dirname(rel);
    for (const s of SUFFIXES)
        if (rel.endsWith(s) && rel.length > s.length && !rel.endsWith('/' + s))
            return rel.slice(0, -s.length);
    return null;
}
/** Named like a bundle: model.sig, or a bundle suffix on something present (a file, or a folder holding files), or named in the config. */
function bundleShapedName(rel, present, explicit = new Set()) {
    if (explicit.has(rel))
        return true;
    const c = companionOf(rel);
    if (c === null)
        return false;
    if (external_node_path_default().posix.basename(rel) === 'model.sig')
        return true;
    if (present.has(c))
        return true;
    const prefix = c + '/';
    for (const f of present)
        if (f.startsWith(prefix))
            return true;
    return false;
}
/** JSON that is a Sigstore bundle or a cosign legacy bundle. */
function isBundleJson(data) {
    let v;
    try {
        v = JSON.parse(data.toString('utf8'));
    }
    catch {
        return false;
    }
    if (typeof v !== 'object' || v === null || Array.isArray(v))
        return false;
    const o = v;
    if (typeof o.mediaType === 'string' && o.mediaType.startsWith('application/vnd.dev.sigstore.bundle'))
        return true;
    return typeof o.base64Signature === 'string' && (typeof o.cert === 'string' || (typeof o.rekorBundle === 'object' && o.rekorBundle !== null));
}
/**
 * The signature bundles among `files` (workspace-relative, forward slashes), by name and content;
 * `explicit` adds bundle paths the signatures config names.
 */
async function findSignatureBundles(workspace, files, explicit = []) {
    const present = new Set(files);
    const named = new Set(explicit);
    const out = new Set();
    for (const rel of files) {
        if (!bundleShapedName(rel, present, named))
            continue;
        const data = (0,read_small/* readSmallFileSync */.x6)(external_node_path_default().join(workspace, ...rel.split('/')), MAX_BUNDLE_FILE);
        if (data && isBundleJson(data))
            out.add(rel);
    }
    return out;
}
/**
 * The models hash lock's LockSkip: signature bundles among the walked files (name and content),
 * and listed paths not found that are named like one (their content cannot be read any more).
 */
function signatureBundleSkip(workspace, explicit = []) {
    const named = explicit.map((p) => external_node_path_default().posix.normalize(p.replace(/\\/g, '/')).replace(/^\.\//, ''));
    return {
        reason: 'a signature bundle: the signatures check verifies it, the hash lock does not cover it',
        async select(present, listedMissing) {
            const out = await findSignatureBundles(workspace, present, named);
            const have = new Set(present);
            const names = new Set(named);
            for (const rel of listedMissing)
                if (bundleShapedName(rel, have, names))
                    out.add(rel);
            return out;
        }
    };
}

;// CONCATENATED MODULE: ./src/gates/models/index.ts
/**
 * The models gate: finds model files (discover.ts: the configured paths, or by default the whole
 * workspace by extension), scans each with the model scanner (pickle VM, containers, headers) and
 * verifies the hash lock when there is one. A repository with no model file is `skipped` with
 * what was looked at, never a pass. Verdicts come from the
 * scanner's allowlist-first rules; the policy step decides what blocks.
 */















const MB = 1024 * 1024;
function limitsFrom(c) {
    return {
        ...limits/* DEFAULT_LIMITS */.d,
        ...(c['max-pickle-mb'] ? { maxPickleBytes: c['max-pickle-mb'] * MB } : {}),
        ...(c['max-inflated-mb'] ? { maxInflatedBytes: c['max-inflated-mb'] * MB, maxTotalInflatedBytes: Math.max(limits/* DEFAULT_LIMITS */.d.maxTotalInflatedBytes, c['max-inflated-mb'] * MB) } : {}),
        ...(c['max-ratio'] ? { maxRatio: c['max-ratio'] } : {}),
        ...(c['max-entries'] ? { maxEntries: c['max-entries'] } : {}),
        ...(c['max-depth'] ? { maxDepth: c['max-depth'] } : {}),
        ...(c['file-timeout-seconds'] ? { timeMs: c['file-timeout-seconds'] * 1000 } : {})
    };
}
/** Findings and the check of one scanned file: shared by the gate and the scan-models CLI. */
function toFindings(r) {
    const findings = r.issues.map((i) => ({
        ruleId: i.ruleId,
        severity: i.severity,
        title: i.ruleId,
        message: i.message,
        location: { path: r.path, startLine: null },
        fingerprintKey: `${i.member}\u0000${i.subject}`,
        properties: { member: i.member, ...i.properties }
    }));
    const blocking = r.issues.some((i) => i.severity === 'critical' || i.severity === 'high');
    const globals = [...new Set(r.globals.map((g) => g.global))];
    const check = {
        name: r.hasPickle ? 'pickle-scan' : 'format-check',
        target: r.path,
        outcome: r.errors.length ? 'error' : blocking ? 'fail' : 'pass',
        details: {
            format: r.format,
            members: r.members.length > 1 || r.members[0]?.member ? r.members.map((m) => ({ member: m.member, format: m.format })) : undefined,
            globals,
            unsafeGlobals: r.globals.filter((g) => g.verdict !== 'safe').map((g) => (g.member ? `${g.member}: ${g.global}` : g.global)),
            ...(r.errors.length ? { errors: r.errors } : {})
        }
    };
    return { findings, check };
}
async function pool(items, n, fn) {
    let i = 0;
    await Promise.all(Array.from({ length: Math.min(n, items.length) }, async () => {
        while (i < items.length)
            await fn(items[i++]);
    }));
}
/** A file counts as a model when the scanner recognised a format, or found something to say about it. */
function isModel(r) {
    return (r.format !== 'unknown' && r.format !== 'empty') || r.issues.length > 0 || r.errors.length > 0;
}
async function runModels(ctx) {
    const c = ctx.config;
    const findings = [];
    const checks = [];
    const errors = [];
    for (const p of c.paths ?? []) {
        if (/[*?[\]{}]/.test(p))
            continue;
        try {
            await (0,promises_.access)((0,paths.resolveInside)(ctx.workspace, p, 'gates.models.paths'));
        }
        catch (e) {
            if (e.code !== 'ENOENT')
                throw e;
            errors.push(`gates.models.paths: "${p}" does not exist in the workspace; fix the path or remove it`);
        }
    }
    const found = await discoverModelFiles(ctx);
    const walk = found.walk;
    if (walk.truncated)
        errors.push(`more than ${walk.files.length} files in the workspace walk: the rest were not looked at; set gates.models.paths to the folders that hold models`);
    // Names that are not UTF-8 cannot be scanned: said, never dropped.
    // (by default only those discovery would have scanned: a folder, a model extension, under models/)
    const unreadable = (0,confine/* walkNotes */.$B)({ symlinks: [], unreadable: (walk.unreadable ?? []).filter((u) => found.mode === 'configured' || u.endsWith('/') || u.endsWith(')') || hasModelExtension(u) || u.startsWith('models/')) });
    checks.push(...unreadable.checks);
    errors.push(...unreadable.errors);
    for (const s of walk.symlinks) {
        if (found.mode === 'default' && !hasModelExtension(s))
            continue;
        findings.push({
            ruleId: 'model/symlink',
            severity: 'high',
            message: `${s} is a symbolic link: it was not followed or scanned (a committed link can point at files outside the repository)`,
            location: { path: s, startLine: null },
            fingerprintKey: 'symlink'
        });
    }
    const allow = (0,pickle_globals/* compileAllow */.bC)(c['allow-globals']);
    const limits = limitsFrom(c.limits);
    let lockPath = c.lock;
    if (!lockPath) {
        try {
            await (0,promises_.access)(external_node_path_default().join(ctx.workspace, 'models.lock.json'));
            lockPath = 'models.lock.json';
        }
        catch {
            /* no lock configured and none at the default place */
        }
    }
    // Each file is read once: a small file's bytes feed the scanner and, when there is a lock, its
    // hash (verifyLock reads only the files not read here).
    const known = lockPath ? new Map() : undefined;
    const opts = { allow, limits, forbidPickle: c['forbid-pickle'] };
    const results = [];
    const progress = ctx.progress?.('models: files scanned', found.files.length);
    const pause = (0,read_small/* yieldEvery */.Zg)(64);
    // Small files are read synchronously (one lane does them all); the lanes overlap the reads of larger files.
    await pool(found.files, Math.max(2, external_node_os_default().availableParallelism()), async (rel) => {
        if (ctx.signal.aborted)
            return;
        const data = (0,read_small/* readSmallFileSync */.x6)(external_node_path_default().join(ctx.workspace, rel));
        if (data) {
            known?.set(rel, (0,lock/* factsOf */.xS)(data));
            results.push(await scanBuffer(data, rel, opts));
            await pause();
        }
        else
            results.push(await scanOne(ctx.workspace, rel, opts));
        progress?.add(1, rel);
    });
    progress?.end();
    if (ctx.signal.aborted)
        errors.push('the models gate was stopped before every file was scanned');
    results.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
    const models = results.filter(isModel);
    const others = results.length - models.length;
    for (const r of models) {
        const t = toFindings(r);
        findings.push(...t.findings);
        checks.push(t.check);
        errors.push(...r.errors);
    }
    const where = found.mode === 'configured' ? `under ${c.paths.join(', ')}` : 'in the workspace';
    checks.push({
        name: 'discovery',
        target: found.mode === 'configured' ? c.paths.join(', ') : '.',
        outcome: 'info',
        details: {
            mode: found.mode === 'configured' ? 'gates.models.paths, every file by content' : `whole workspace, files with a model extension (${MODEL_EXTENSIONS.join(' ')}) and everything under models/`,
            filesLookedAt: found.lookedAt,
            filesScanned: results.length,
            modelFiles: models.length,
            notModels: others,
            ...(others ? { notModelExamples: results.filter((r) => !isModel(r)).slice(0, 10).map((r) => r.path) } : {}),
            ...(found.mode === 'default' ? { skipped: { ...found.skipped, folders: DEFAULT_SKIP_DIRS }, gitIgnore: found.gitIgnore } : {})
        }
    });
    if (lockPath) {
        try {
            // the lock covers what `ai-secure-gates lock models` hashes: gates.models.paths, default models/
            // (with paths configured, the discovery walked exactly those paths and excludes: reused)
            const v = await (0,lock/* verifyLock */.PK)({
                workspace: ctx.workspace,
                lockPath,
                paths: c.paths ?? ['models'],
                exclude: c.exclude,
                gate: 'models',
                signal: ctx.signal,
                known,
                // signature bundles next to the models are not covered by the lock (the signatures check verifies them)
                skip: signatureBundleSkip(ctx.workspace, (c.signatures?.models ?? []).flatMap((m) => (m.signature ? [m.signature] : []))),
                ...(found.mode === 'configured' ? { walk: found.walk } : {})
            });
            findings.push(...v.findings);
            checks.push(...v.checks);
            errors.push(...v.errors);
        }
        catch (e) {
            errors.push(`hash lock ${lockPath} could not be verified: ${(0,engine_errors/* errorMessage */.gJ)(e)}`);
        }
    }
    let signed = null;
    if (c.signatures) {
        try {
            signed = await checkSignatures(ctx, c.signatures, models.map((m) => m.path));
            findings.push(...signed.findings);
            checks.push(...signed.checks);
            errors.push(...signed.errors);
        }
        catch (e) {
            errors.push(`model signatures could not be verified: ${(0,engine_errors/* errorMessage */.gJ)(e)}`);
        }
    }
    const looked = `${found.lookedAt} file${found.lookedAt === 1 ? '' : 's'} looked at ${where}`;
    if (models.length === 0 && findings.length === 0 && errors.length === 0 && !lockPath && !signed?.results.length) {
        const fix = found.mode === 'configured' ? 'check gates.models.paths' : 'if models live in files without a model extension, list their folders in gates.models.paths';
        return { findings, checks, errors, skipped: `no model files found (${looked}${others ? `; ${others} scanned by content were not model formats` : ''}): nothing was checked; ${fix}` };
    }
    const bad = models.filter((r) => r.issues.some((i) => i.severity === 'critical' || i.severity === 'high')).length;
    const dangerous = models.reduce((n, r) => n + r.issues.filter((i) => i.ruleId === 'pickle/dangerous-global').length, 0);
    const unknown = models.reduce((n, r) => n + r.issues.filter((i) => i.ruleId === 'pickle/unknown-global').length, 0);
    const parts = [`${models.length} model file${models.length === 1 ? '' : 's'} scanned (${looked})`];
    if (bad)
        parts.push(`${bad} with blocking issues`);
    if (dangerous)
        parts.push(`${dangerous} dangerous pickle global${dangerous === 1 ? '' : 's'}`);
    if (unknown)
        parts.push(`${unknown} unknown global${unknown === 1 ? '' : 's'}`);
    const lockFindings = findings.filter((f) => f.ruleId.startsWith('lock/')).length;
    if (lockFindings)
        parts.push(`${lockFindings} hash-lock finding${lockFindings === 1 ? '' : 's'}`);
    if (signed)
        parts.push(signed.summary);
    return { findings, checks, errors, tool: null, summary: parts.join(', '), ...(signed?.table ? { tables: [signed.table] } : {}) };
}
/** A scanner bug becomes that file's error, never the gate's crash. */
function scannerFailed(rel, e) {
    return { path: rel, format: 'error', members: [], globals: [], issues: [], errors: [`${rel}: the scanner failed on this file (${(0,engine_errors/* errorMessage */.gJ)(e)}); it was not checked`], hasPickle: false };
}
/** Scans one file from disk (files too large to read whole, or that readSmallFileSync could not read: the scanner names why). */
async function scanOne(workspace, rel, opts) {
    try {
        return await scanModelFile(external_node_path_default().join(workspace, rel), rel, opts);
    }
    catch (e) {
        return scannerFailed(rel, e);
    }
}
/** Scans a small file's bytes, already read whole. */
async function scanBuffer(data, rel, opts) {
    try {
        return await scanModelBuffer(data, rel, opts);
    }
    catch (e) {
        return scannerFailed(rel, e);
    }
}
const modelsGate = {
    id: 'models',
    title: 'Model files',
    configSchema: config/* modelsConfigSchema */.E,
    run: runModels
};


/***/ }),

/***/ 65381:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   T: () => (/* binding */ nowMs)
/* harmony export */ });
/**
 * Milliseconds on the monotonic clock, for the scanners' time limits: what performance.now()
 * measures, without the global `performance`, whose first use loads perf_hooks and a dozen internal
 * modules (a few ms of every `scan-models` start). Only differences between two readings mean anything.
 */
function nowMs() {
    return Number(process.hrtime.bigint()) / 1e6;
}


/***/ }),

/***/ 13611:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H: () => (/* binding */ sniffCompression)
/* harmony export */ });
/**
 * Which compression a stream starts with, by its magic bytes. Apart from decompress.ts so that the
 * scanner tells a compressed stream on every file without loading the decoders (node:zlib, fzstd,
 * seek-bzip, xz-decompress): they load when a compressed stream is met.
 */
const XZ_MAGIC = Buffer.from([0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00]);
/** Which compression a stream starts with, by its magic bytes. */
function sniffCompression(head) {
    if (head.length >= 2 && head[0] === 0x1f && head[1] === 0x8b)
        return 'gzip';
    if (head.length >= 6 && head[0] === 0xfd && head.subarray(0, 6).equals(XZ_MAGIC))
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


/***/ }),

/***/ 41235:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   N: () => (/* binding */ JsonError),
/* harmony export */   j: () => (/* binding */ parseJsonStrict)
/* harmony export */ });
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


/***/ }),

/***/ 19769:
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

/***/ 80246:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   R: () => (/* binding */ joinMember),
/* harmony export */   _: () => (/* binding */ where)
/* harmony export */ });
/** How the model scanner names archive members in results and messages. */
/** A nested member: its parent's name and its own, joined with "!/" ('' is the file itself). */
const joinMember = (parent, name) => (parent ? `${parent}!/${name}` : name);
/** A file or one of its members, as messages name it. */
const where = (file, member) => (member ? `${file} (member ${member})` : file);


/***/ }),

/***/ 45964:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ir: () => (/* binding */ checkSafetensors),
/* harmony export */   NY: () => (/* binding */ looksLikeSafetensors)
/* harmony export */ });
/* unused harmony export SAFETENSORS_MAX_HEADER */
/* harmony import */ var _json_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(41235);
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
        header = (0,_json_js__WEBPACK_IMPORTED_MODULE_0__/* .parseJsonStrict */ .j)(text.replace(/ +$/, ''));
    }
    catch (e) {
        res.problems.push(`header is not valid JSON: ${e instanceof _json_js__WEBPACK_IMPORTED_MODULE_0__/* .JsonError */ .N ? e.message : String(e)}`);
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


/***/ }),

/***/ 16212:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   EH: () => (/* binding */ SliceSource),
/* harmony export */   _n: () => (/* binding */ FileSource),
/* harmony export */   _r: () => (/* binding */ BufferSource)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/**
 * Random access to what is scanned: a file on disk (opened without following symlinks) or bytes
 * already in memory (an archive member, a decompressed stream). Parsers read only what they need.
 */

class BufferSource {
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
        // node:fs/promises loads with the first file read this way (scan-models reads small files whole, synchronously)
        const { open } = await Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 51455, 23));
        const fh = await open(absPath, node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_RDONLY | (node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NOFOLLOW ?? 0));
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


/***/ }),

/***/ 33198:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ readTarEntries),
/* harmony export */   F: () => (/* binding */ isTarHeader)
/* harmony export */ });
/* harmony import */ var _limits_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(19769);
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
                throw new _limits_js__WEBPACK_IMPORTED_MODULE_0__/* .LimitError */ .o(`tar archive has more than ${limits.maxEntries} entries`);
            longName = longLink = paxPath = null;
        }
        pos = next;
    }
    return out;
}


/***/ }),

/***/ 36212:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   v: () => (/* binding */ findEocd)
/* harmony export */ });
/** The end record's signature as bytes (PK\x05\x06), for a native search. */
const EOCD_SIG = Buffer.from([0x50, 0x4b, 0x05, 0x06]);
/** Finds the end-of-central-directory record within the last 64 KiB + 22 bytes; null when there is none. */
async function findEocd(src) {
    const tail = Math.min(src.size, 65557);
    const buf = await src.read(src.size - tail, tail);
    // the last signature whose comment fits, searched from the end (natively: every file is tried)
    for (let i = buf.length - 22; i >= 0;) {
        const at = buf.lastIndexOf(EOCD_SIG, i);
        if (at < 0)
            break;
        const commentLen = buf.readUInt16LE(at + 20);
        if (at + 22 + commentLen <= buf.length)
            return src.size - tail + at;
        i = at - 1;
    }
    return null;
}


/***/ }),

/***/ 91287:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Sq: () => (/* binding */ classifyGlobal),
  bC: () => (/* binding */ compileAllow),
  GZ: () => (/* binding */ isDenied)
});

// UNUSED EXPORTS: isKnownSafe, reachesDanger

;// CONCATENATED MODULE: ./src/scanners/pickle/safe-globals.ts
/**
 * Generated by scripts/list-safe-globals.py from the classes defined by the Debian (numpy 1.24, pandas 1.5,
 * scikit-learn 1.2, torch 1.13) and current (numpy 2.4, pandas 3.1, scikit-learn 1.9) releases: exact
 * module -> space-separated qualified names. Do not edit by hand; the hand-reviewed functions are in globals.ts.
 */
const GENERATED_SAFE_CLASSES = {
    numpy: 'bool bool_ byte bytes_ cdouble cfloat character chararray clongdouble clongfloat complex128 complex256 complex64 complex_ complexfloating csingle datetime64 double dtype flexible float128 float16 float32 float64 float_ floating generic half inexact int16 int32 int64 int8 int_ intc integer intp long longcomplex longdouble longfloat longlong matrix ndarray number object_ recarray record short signedinteger single singlecomplex str_ string_ timedelta64 ubyte uint uint16 uint32 uint64 uint8 uintc uintp ulong ulonglong unicode_ unsignedinteger ushort void',
    'numpy.dtypes': 'BoolDType ByteDType BytesDType CLongDoubleDType Complex128DType Complex64DType DateTime64DType Float16DType Float32DType Float64DType Int16DType Int32DType Int64DType Int8DType IntDType LongDType LongDoubleDType LongLongDType ObjectDType ShortDType StrDType StringDType TimeDelta64DType UByteDType UInt16DType UInt32DType UInt64DType UInt8DType UIntDType ULongDType ULongLongDType UShortDType VoidDType',
    'numpy.rec': 'recarray',
    pandas: 'ArrowDtype BooleanDtype Categorical CategoricalDtype CategoricalIndex DataFrame DateOffset DatetimeIndex DatetimeTZDtype Float32Dtype Float64Dtype Float64Index Index Int16Dtype Int32Dtype Int64Dtype Int64Index Int8Dtype Interval IntervalDtype IntervalIndex MultiIndex Period PeriodDtype PeriodIndex RangeIndex Series SparseDtype StringDtype Timedelta TimedeltaIndex Timestamp UInt16Dtype UInt32Dtype UInt64Dtype UInt64Index UInt8Dtype',
    'pandas._libs.arrays': 'NDArrayBacked',
    'pandas._libs.index': 'BaseMultiIndexCodesEngine BoolEngine Complex128Engine Complex64Engine DatetimeEngine ExtensionEngine Float32Engine Float64Engine IndexEngine Int16Engine Int32Engine Int64Engine Int8Engine MaskedBoolEngine MaskedComplex128Engine MaskedComplex64Engine MaskedFloat32Engine MaskedFloat64Engine MaskedIndexEngine MaskedInt16Engine MaskedInt32Engine MaskedInt64Engine MaskedInt8Engine MaskedUInt16Engine MaskedUInt32Engine MaskedUInt64Engine MaskedUInt8Engine ObjectEngine PeriodEngine StringEngine StringObjectEngine TimedeltaEngine UInt16Engine UInt32Engine UInt64Engine UInt8Engine',
    'pandas._libs.internals': 'Block BlockManager BlockPlacement BlockValuesRefs NDArrayBackedBlock NumpyBlock SharedBlock',
    'pandas._libs.interval': 'Interval IntervalMixin IntervalTree',
    'pandas._libs.missing': 'C_NAType NAType',
    'pandas._libs.sparse': 'BlockIndex IntIndex SparseIndex',
    'pandas._libs.tslibs.base': 'ABCTimestamp',
    'pandas._libs.tslibs.conversion': '_TSObject',
    'pandas._libs.tslibs.dtypes': 'FreqGroup NpyDatetimeUnit PeriodDtypeBase Resolution',
    'pandas._libs.tslibs.fields': 'RoundTo',
    'pandas._libs.tslibs.nattype': 'NaTType _NaT',
    'pandas._libs.tslibs.offsets': 'BHalfYearBegin BHalfYearEnd BQuarterBegin BQuarterEnd BYearBegin BYearEnd BaseOffset BusinessDay BusinessHour BusinessMixin BusinessMonthBegin BusinessMonthEnd CustomBusinessDay CustomBusinessHour CustomBusinessMonthBegin CustomBusinessMonthEnd DateOffset Day Easter FY5253 FY5253Mixin FY5253Quarter HalfYearBegin HalfYearEnd HalfYearOffset Hour LastWeekOfMonth Micro Milli Minute MonthBegin MonthEnd MonthOffset Nano QuarterBegin QuarterEnd QuarterOffset RelativeDeltaOffset Second SemiMonthBegin SemiMonthEnd SemiMonthOffset SingleConstructorOffset Tick Week WeekOfMonth WeekOfMonthMixin YearBegin YearEnd YearOffset _CustomBusinessMonth _CustomBusinessMonthBegin _CustomBusinessMonthEnd _YearEnd',
    'pandas._libs.tslibs.parsing': '_timelex',
    'pandas._libs.tslibs.period': 'Period PeriodMixin _Period',
    'pandas._libs.tslibs.strptime': 'DatetimeParseState TimeRE',
    'pandas._libs.tslibs.timedeltas': 'MinMaxReso ResoState Timedelta _Timedelta',
    'pandas._libs.tslibs.timestamps': 'MinMaxReso Timestamp _Timestamp',
    'pandas._libs.tslibs.tzconversion': 'Localizer',
    'pandas.arrays': 'ArrowExtensionArray ArrowStringArray BooleanArray Categorical DatetimeArray FloatingArray IntegerArray IntervalArray NumpyExtensionArray PandasArray PeriodArray SparseArray StringArray TimedeltaArray',
    'pandas.core.arrays._arrow_string_mixins': 'ArrowStringArrayMixin',
    'pandas.core.arrays._mixins': 'NDArrayBackedExtensionArray',
    'pandas.core.arrays.arrow.accessors': 'ArrowAccessor ListAccessor StructAccessor',
    'pandas.core.arrays.arrow.array': 'ArrowExtensionArray',
    'pandas.core.arrays.arrow.dtype': 'ArrowDtype',
    'pandas.core.arrays.base': 'ExtensionArray ExtensionArrayNaResult ExtensionOpsMixin ExtensionScalarOpsMixin',
    'pandas.core.arrays.boolean': 'BooleanArray BooleanDtype',
    'pandas.core.arrays.categorical': 'Categorical CategoricalAccessor',
    'pandas.core.arrays.datetimelike': 'DatelikeOps DatetimeLikeArrayMixin TimelikeOps',
    'pandas.core.arrays.datetimes': 'DatetimeArray',
    'pandas.core.arrays.floating': 'Float32Dtype Float64Dtype FloatingArray FloatingDtype',
    'pandas.core.arrays.integer': 'Int16Dtype Int32Dtype Int64Dtype Int8Dtype IntegerArray IntegerDtype UInt16Dtype UInt32Dtype UInt64Dtype UInt8Dtype',
    'pandas.core.arrays.interval': 'IntervalArray',
    'pandas.core.arrays.masked': 'BaseMaskedArray',
    'pandas.core.arrays.numeric': 'NumericArray NumericDtype',
    'pandas.core.arrays.numpy_': 'PandasArray',
    'pandas.core.arrays.period': 'PeriodArray',
    'pandas.core.arrays.sparse.accessor': 'BaseAccessor SparseAccessor SparseFrameAccessor',
    'pandas.core.arrays.sparse.array': 'SparseArray',
    'pandas.core.arrays.sparse.dtype': 'SparseDtype',
    'pandas.core.arrays.string_': 'BaseStringArray StringArray StringDtype',
    'pandas.core.arrays.string_arrow': 'ArrowStringArray',
    'pandas.core.arrays.timedeltas': 'TimedeltaArray',
    'pandas.core.dtypes.base': 'ExtensionDtype Registry StorageExtensionDtype',
    'pandas.core.dtypes.dtypes': 'BaseMaskedDtype CategoricalDtype DatetimeTZDtype IntervalDtype NumpyEADtype PandasDtype PandasExtensionDtype PeriodDtype',
    'pandas.core.dtypes.generic': 'ABCCategorical ABCCategoricalIndex ABCDataFrame ABCDatetimeArray ABCDatetimeIndex ABCExtensionArray ABCFloat64Index ABCIndex ABCInt64Index ABCIntervalIndex ABCMultiIndex ABCNDFrame ABCNumpyExtensionArray ABCPandasArray ABCPeriodArray ABCPeriodIndex ABCRangeIndex ABCSeries ABCTimedeltaArray ABCTimedeltaIndex ABCUInt64Index',
    'pandas.core.frame': 'DataFrame _DuplicateColumnRecorder',
    'pandas.core.indexes.accessors': 'ArrowTemporalProperties CombinedDatetimelikeProperties DatetimeProperties PeriodProperties Properties TimedeltaProperties',
    'pandas.core.indexes.base': 'Index',
    'pandas.core.indexes.category': 'CategoricalIndex',
    'pandas.core.indexes.datetimelike': 'DatetimeIndexOpsMixin DatetimeTimedeltaMixin',
    'pandas.core.indexes.datetimes': 'DatetimeIndex',
    'pandas.core.indexes.extension': 'ExtensionIndex NDArrayBackedExtensionIndex',
    'pandas.core.indexes.frozen': 'FrozenList',
    'pandas.core.indexes.interval': 'IntervalIndex',
    'pandas.core.indexes.multi': 'MultiIndex MultiIndexPyIntEngine MultiIndexUInt16Engine MultiIndexUInt32Engine MultiIndexUInt64Engine MultiIndexUInt8Engine MultiIndexUIntEngine',
    'pandas.core.indexes.numeric': 'Float64Index Int64Index IntegerIndex NumericIndex UInt64Index',
    'pandas.core.indexes.period': 'PeriodIndex',
    'pandas.core.indexes.range': 'RangeIndex',
    'pandas.core.indexes.timedeltas': 'TimedeltaIndex',
    'pandas.core.internals.api': '_DatetimeTZBlock',
    'pandas.core.internals.array_manager': 'ArrayManager BaseArrayManager NullArrayProxy SingleArrayManager',
    'pandas.core.internals.base': 'DataManager SingleDataManager',
    'pandas.core.internals.blocks': 'Block CategoricalBlock DatetimeLikeBlock DatetimeTZBlock EABackedBlock ExtensionBlock NDArrayBackedExtensionBlock NumericBlock NumpyBlock ObjectBlock',
    'pandas.core.internals.concat': 'JoinUnit',
    'pandas.core.internals.managers': 'BaseBlockManager BlockManager SingleBlockManager',
    'pandas.core.internals.ops': 'BlockPairInfo',
    'pandas.core.series': 'Series',
    'sklearn._loss._loss': 'CyAbsoluteError CyExponentialLoss CyHalfBinomialLoss CyHalfGammaLoss CyHalfMultinomialLoss CyHalfPoissonLoss CyHalfSquaredError CyHalfTweedieLoss CyHalfTweedieLossIdentity CyHuberLoss CyLossFunction CyPinballLoss',
    'sklearn._loss.glm_distribution': 'DistributionBoundary ExponentialDispersionModel GammaDistribution InverseGaussianDistribution NormalDistribution PoissonDistribution TweedieDistribution',
    'sklearn._loss.link': 'BaseLink HalfLogitLink IdentityLink Interval LogLink LogitLink MultinomialLogit',
    'sklearn._loss.loss': 'AbsoluteError BaseLoss ExponentialLoss HalfBinomialLoss HalfBinomialLossArrayAPI HalfGammaLoss HalfMultinomialLoss HalfMultinomialLossArrayAPI HalfPoissonLoss HalfPoissonLossArrayAPI HalfSquaredError HalfTweedieLoss HalfTweedieLossIdentity HuberLoss PinballLoss',
    'sklearn.base': 'BaseEstimator',
    'sklearn.calibration': 'CalibratedClassifierCV _CalibratedClassifier _SigmoidCalibration _TemperatureScaling',
    'sklearn.cluster._affinity_propagation': 'AffinityPropagation',
    'sklearn.cluster._agglomerative': 'AgglomerativeClustering FeatureAgglomeration',
    'sklearn.cluster._bicluster': 'BaseSpectral SpectralBiclustering SpectralCoclustering',
    'sklearn.cluster._birch': 'Birch _CFNode _CFSubcluster',
    'sklearn.cluster._bisect_k_means': 'BisectingKMeans _BisectingTree',
    'sklearn.cluster._dbscan': 'DBSCAN',
    'sklearn.cluster._feature_agglomeration': 'AgglomerationTransform',
    'sklearn.cluster._hdbscan._tree': 'TreeUnionFind',
    'sklearn.cluster._hdbscan.hdbscan': 'HDBSCAN',
    'sklearn.cluster._hierarchical_fast': 'UnionFind WeightedEdge',
    'sklearn.cluster._kmeans': 'KMeans MiniBatchKMeans _BaseKMeans',
    'sklearn.cluster._mean_shift': 'MeanShift',
    'sklearn.cluster._optics': 'OPTICS',
    'sklearn.cluster._spectral': 'SpectralClustering',
    'sklearn.compose._column_transformer': 'ColumnTransformer make_column_selector',
    'sklearn.compose._target': 'TransformedTargetRegressor',
    'sklearn.covariance._elliptic_envelope': 'EllipticEnvelope',
    'sklearn.covariance._empirical_covariance': 'EmpiricalCovariance',
    'sklearn.covariance._graph_lasso': 'BaseGraphicalLasso GraphicalLasso GraphicalLassoCV',
    'sklearn.covariance._robust_covariance': 'MinCovDet',
    'sklearn.covariance._shrunk_covariance': 'LedoitWolf OAS ShrunkCovariance',
    'sklearn.cross_decomposition._pls': 'CCA PLSCanonical PLSRegression PLSSVD _PLS',
    'sklearn.decomposition._base': '_BasePCA',
    'sklearn.decomposition._dict_learning': 'DictionaryLearning MiniBatchDictionaryLearning SparseCoder _BaseSparseCoding',
    'sklearn.decomposition._factor_analysis': 'FactorAnalysis',
    'sklearn.decomposition._fastica': 'FastICA',
    'sklearn.decomposition._incremental_pca': 'IncrementalPCA',
    'sklearn.decomposition._kernel_pca': 'KernelPCA',
    'sklearn.decomposition._lda': 'LatentDirichletAllocation',
    'sklearn.decomposition._nmf': 'MiniBatchNMF NMF _BaseNMF',
    'sklearn.decomposition._pca': 'PCA',
    'sklearn.decomposition._sparse_pca': 'MiniBatchSparsePCA SparsePCA _BaseSparsePCA',
    'sklearn.decomposition._truncated_svd': 'TruncatedSVD',
    'sklearn.discriminant_analysis': 'LinearDiscriminantAnalysis QuadraticDiscriminantAnalysis',
    'sklearn.dummy': 'DummyClassifier DummyRegressor',
    'sklearn.ensemble._bagging': 'BaggingClassifier BaggingRegressor BaseBagging',
    'sklearn.ensemble._base': 'BaseEnsemble _BaseHeterogeneousEnsemble',
    'sklearn.ensemble._forest': 'BaseForest ExtraTreesClassifier ExtraTreesRegressor ForestClassifier ForestRegressor RandomForestClassifier RandomForestRegressor RandomTreesEmbedding',
    'sklearn.ensemble._gb': 'BaseGradientBoosting GradientBoostingClassifier GradientBoostingRegressor VerboseReporter',
    'sklearn.ensemble._gb_losses': 'BinomialDeviance ClassificationLossFunction ExponentialLoss HuberLossFunction LeastAbsoluteError LeastSquaresError LossFunction MultinomialDeviance QuantileLossFunction RegressionLossFunction',
    'sklearn.ensemble._hist_gradient_boosting.binning': '_BinMapper',
    'sklearn.ensemble._hist_gradient_boosting.common': 'MonotonicConstraint',
    'sklearn.ensemble._hist_gradient_boosting.gradient_boosting': 'BaseHistGradientBoosting HistGradientBoostingClassifier HistGradientBoostingRegressor',
    'sklearn.ensemble._hist_gradient_boosting.grower': 'TreeGrower TreeNode',
    'sklearn.ensemble._hist_gradient_boosting.histogram': 'HistogramBuilder',
    'sklearn.ensemble._hist_gradient_boosting.predictor': 'TreePredictor',
    'sklearn.ensemble._hist_gradient_boosting.splitting': 'SplitInfo Splitter',
    'sklearn.ensemble._iforest': 'IsolationForest',
    'sklearn.ensemble._stacking': 'StackingClassifier StackingRegressor _BaseStacking',
    'sklearn.ensemble._voting': 'VotingClassifier VotingRegressor _BaseVoting',
    'sklearn.ensemble._weight_boosting': 'AdaBoostClassifier AdaBoostRegressor BaseWeightBoosting',
    'sklearn.feature_extraction._dict_vectorizer': 'DictVectorizer',
    'sklearn.feature_extraction._hash': 'FeatureHasher',
    'sklearn.feature_extraction.image': 'PatchExtractor',
    'sklearn.feature_extraction.text': 'CountVectorizer HashingVectorizer TfidfTransformer TfidfVectorizer',
    'sklearn.feature_selection._from_model': 'SelectFromModel',
    'sklearn.feature_selection._rfe': 'RFE RFECV',
    'sklearn.feature_selection._sequential': 'SequentialFeatureSelector',
    'sklearn.feature_selection._univariate_selection': 'GenericUnivariateSelect SelectFdr SelectFpr SelectFwe SelectKBest SelectPercentile _BaseFilter',
    'sklearn.feature_selection._variance_threshold': 'VarianceThreshold',
    'sklearn.frozen._frozen': 'FrozenEstimator',
    'sklearn.gaussian_process._gpc': 'GaussianProcessClassifier _BinaryGaussianProcessClassifierLaplace',
    'sklearn.gaussian_process._gpr': 'GaussianProcessRegressor',
    'sklearn.gaussian_process.kernels': 'CompoundKernel ConstantKernel DotProduct ExpSineSquared Exponentiation Hyperparameter Kernel KernelOperator Matern PairwiseKernel Product RBF RationalQuadratic Sum WhiteKernel',
    'sklearn.impute._base': 'MissingIndicator SimpleImputer _BaseImputer',
    'sklearn.impute._iterative': 'IterativeImputer _ImputerTriplet',
    'sklearn.impute._knn': 'KNNImputer',
    'sklearn.isotonic': 'IsotonicRegression',
    'sklearn.kernel_approximation': 'AdditiveChi2Sampler Nystroem PolynomialCountSketch RBFSampler SkewedChi2Sampler',
    'sklearn.kernel_ridge': 'KernelRidge',
    'sklearn.linear_model._base': 'LinearModel LinearRegression MultiOutputLinearModel',
    'sklearn.linear_model._bayes': 'ARDRegression BayesianRidge',
    'sklearn.linear_model._coordinate_descent': 'ElasticNet ElasticNetCV Lasso LassoCV LinearModelCV MultiTaskElasticNet MultiTaskElasticNetCV MultiTaskLasso MultiTaskLassoCV',
    'sklearn.linear_model._glm._newton_solver': 'NewtonCholeskySolver NewtonSolver',
    'sklearn.linear_model._glm.glm': 'GammaRegressor PoissonRegressor TweedieRegressor _GeneralizedLinearRegressor',
    'sklearn.linear_model._huber': 'HuberRegressor',
    'sklearn.linear_model._least_angle': 'Lars LarsCV LassoLars LassoLarsCV LassoLarsIC',
    'sklearn.linear_model._linear_loss': 'LinearModelLoss',
    'sklearn.linear_model._logistic': 'LogisticRegression LogisticRegressionCV',
    'sklearn.linear_model._omp': 'OrthogonalMatchingPursuit OrthogonalMatchingPursuitCV',
    'sklearn.linear_model._passive_aggressive': 'PassiveAggressiveClassifier PassiveAggressiveRegressor',
    'sklearn.linear_model._perceptron': 'Perceptron',
    'sklearn.linear_model._quantile': 'QuantileRegressor',
    'sklearn.linear_model._ransac': 'RANSACRegressor',
    'sklearn.linear_model._ridge': 'Ridge RidgeCV RidgeClassifier RidgeClassifierCV _BaseRidge _BaseRidgeCV _IdentityClassifier _IdentityRegressor _RidgeGCV _XT_CenterStackOp _X_CenterStackOp',
    'sklearn.linear_model._sag_fast': 'MultinomialLogLoss32 MultinomialLogLoss64',
    'sklearn.linear_model._sgd_fast': 'Classification EpsilonInsensitive Hinge Huber Log LossFunction ModifiedHuber Regression SquaredEpsilonInsensitive SquaredHinge SquaredLoss',
    'sklearn.linear_model._stochastic_gradient': 'BaseSGD BaseSGDClassifier BaseSGDRegressor SGDClassifier SGDOneClassSVM SGDRegressor',
    'sklearn.linear_model._theil_sen': 'TheilSenRegressor',
    'sklearn.manifold._classical_mds': 'ClassicalMDS',
    'sklearn.manifold._isomap': 'Isomap',
    'sklearn.manifold._locally_linear': 'LocallyLinearEmbedding',
    'sklearn.manifold._mds': 'MDS',
    'sklearn.manifold._spectral_embedding': 'SpectralEmbedding',
    'sklearn.manifold._t_sne': 'TSNE',
    'sklearn.metrics._dist_metrics': 'BrayCurtisDistance BrayCurtisDistance32 BrayCurtisDistance64 CanberraDistance CanberraDistance32 CanberraDistance64 ChebyshevDistance ChebyshevDistance32 ChebyshevDistance64 DiceDistance DiceDistance32 DiceDistance64 DistanceMetric DistanceMetric32 DistanceMetric64 EuclideanDistance EuclideanDistance32 EuclideanDistance64 HammingDistance HammingDistance32 HammingDistance64 HaversineDistance HaversineDistance32 HaversineDistance64 JaccardDistance JaccardDistance32 JaccardDistance64 KulsinskiDistance KulsinskiDistance32 KulsinskiDistance64 MahalanobisDistance MahalanobisDistance32 MahalanobisDistance64 ManhattanDistance ManhattanDistance32 ManhattanDistance64 MatchingDistance MatchingDistance32 MatchingDistance64 MinkowskiDistance MinkowskiDistance32 MinkowskiDistance64 PyFuncDistance PyFuncDistance32 PyFuncDistance64 RogersTanimotoDistance RogersTanimotoDistance32 RogersTanimotoDistance64 RussellRaoDistance RussellRaoDistance32 RussellRaoDistance64 SEuclideanDistance SEuclideanDistance32 SEuclideanDistance64 SokalMichenerDistance SokalMichenerDistance32 SokalMichenerDistance64 SokalSneathDistance SokalSneathDistance32 SokalSneathDistance64 WMinkowskiDistance WMinkowskiDistance32',
    'sklearn.metrics._pairwise_distances_reduction._argkmin': 'ArgKmin32 ArgKmin64 EuclideanArgKmin32 EuclideanArgKmin64',
    'sklearn.metrics._pairwise_distances_reduction._argkmin_classmode': 'ArgKminClassMode32 ArgKminClassMode64',
    'sklearn.metrics._pairwise_distances_reduction._base': 'BaseDistancesReduction32 BaseDistancesReduction64',
    'sklearn.metrics._pairwise_distances_reduction._middle_term_computer': 'DenseDenseMiddleTermComputer32 DenseDenseMiddleTermComputer64 MiddleTermComputer32 MiddleTermComputer64 SparseDenseMiddleTermComputer32 SparseDenseMiddleTermComputer64 SparseSparseMiddleTermComputer32 SparseSparseMiddleTermComputer64',
    'sklearn.metrics._pairwise_distances_reduction._radius_neighbors': 'EuclideanRadiusNeighbors32 EuclideanRadiusNeighbors64 RadiusNeighbors32 RadiusNeighbors64',
    'sklearn.metrics._pairwise_distances_reduction._radius_neighbors_classmode': 'RadiusNeighborsClassMode32 RadiusNeighborsClassMode64',
    'sklearn.metrics._scorer': '_BaseScorer _CurveScorer _DeprecatedScorers _MultimetricScorer _PassthroughScorer _PredictScorer _ProbaScorer _Scorer _ThresholdScorer',
    'sklearn.mixture._base': 'BaseMixture',
    'sklearn.mixture._bayesian_mixture': 'BayesianGaussianMixture',
    'sklearn.mixture._gaussian_mixture': 'GaussianMixture',
    'sklearn.model_selection._classification_threshold': 'BaseThresholdClassifier FixedThresholdClassifier TunedThresholdClassifierCV',
    'sklearn.model_selection._search': 'BaseSearchCV GridSearchCV ParameterGrid ParameterSampler RandomizedSearchCV',
    'sklearn.model_selection._search_successive_halving': 'BaseSuccessiveHalving HalvingGridSearchCV HalvingRandomSearchCV _SubsampleMetaSplitter',
    'sklearn.model_selection._split': 'BaseCrossValidator BaseShuffleSplit GroupKFold GroupShuffleSplit KFold LeaveOneGroupOut LeaveOneOut LeavePGroupsOut LeavePOut PredefinedSplit RepeatedKFold RepeatedStratifiedKFold ShuffleSplit StratifiedGroupKFold StratifiedKFold StratifiedShuffleSplit TimeSeriesSplit _BaseKFold _CVIterableWrapper _RepeatedSplits',
    'sklearn.multiclass': 'OneVsOneClassifier OneVsRestClassifier OutputCodeClassifier _ConstantPredictor',
    'sklearn.multioutput': 'ClassifierChain MultiOutputClassifier MultiOutputRegressor RegressorChain _BaseChain _MultiOutputEstimator',
    'sklearn.naive_bayes': 'BernoulliNB CategoricalNB ComplementNB GaussianNB MultinomialNB _BaseDiscreteNB _BaseNB',
    'sklearn.neighbors._ball_tree': 'BallTree BallTree32 BallTree64 BinaryTree BinaryTree32 BinaryTree64 NeighborsHeap NeighborsHeap32 NeighborsHeap64 NodeHeap',
    'sklearn.neighbors._base': 'NeighborsBase',
    'sklearn.neighbors._classification': 'KNeighborsClassifier RadiusNeighborsClassifier',
    'sklearn.neighbors._distance_metric': 'DistanceMetric',
    'sklearn.neighbors._graph': 'KNeighborsTransformer RadiusNeighborsTransformer',
    'sklearn.neighbors._kd_tree': 'BinaryTree BinaryTree32 BinaryTree64 KDTree KDTree32 KDTree64 NeighborsHeap NeighborsHeap32 NeighborsHeap64 NodeHeap',
    'sklearn.neighbors._kde': 'KernelDensity',
    'sklearn.neighbors._lof': 'LocalOutlierFactor',
    'sklearn.neighbors._nca': 'NeighborhoodComponentsAnalysis',
    'sklearn.neighbors._nearest_centroid': 'NearestCentroid',
    'sklearn.neighbors._quad_tree': '_QuadTree',
    'sklearn.neighbors._regression': 'KNeighborsRegressor RadiusNeighborsRegressor',
    'sklearn.neighbors._unsupervised': 'NearestNeighbors',
    'sklearn.neural_network._multilayer_perceptron': 'BaseMultilayerPerceptron MLPClassifier MLPRegressor',
    'sklearn.neural_network._rbm': 'BernoulliRBM',
    'sklearn.neural_network._stochastic_optimizers': 'AdamOptimizer BaseOptimizer SGDOptimizer',
    'sklearn.pipeline': 'FeatureUnion Pipeline',
    'sklearn.preprocessing._data': 'Binarizer KernelCenterer MaxAbsScaler MinMaxScaler Normalizer PowerTransformer QuantileTransformer RobustScaler StandardScaler',
    'sklearn.preprocessing._discretization': 'KBinsDiscretizer',
    'sklearn.preprocessing._encoders': 'OneHotEncoder OrdinalEncoder _BaseEncoder',
    'sklearn.preprocessing._function_transformer': 'FunctionTransformer',
    'sklearn.preprocessing._label': 'LabelBinarizer LabelEncoder MultiLabelBinarizer',
    'sklearn.preprocessing._polynomial': 'PolynomialFeatures SplineTransformer',
    'sklearn.preprocessing._target_encoder': 'TargetEncoder',
    'sklearn.random_projection': 'BaseRandomProjection GaussianRandomProjection SparseRandomProjection',
    'sklearn.semi_supervised._label_propagation': 'BaseLabelPropagation LabelPropagation LabelSpreading',
    'sklearn.semi_supervised._self_training': 'SelfTrainingClassifier',
    'sklearn.svm._base': 'BaseLibSVM BaseSVC',
    'sklearn.svm._classes': 'LinearSVC LinearSVR NuSVC NuSVR OneClassSVM SVC SVR',
    'sklearn.tree._classes': 'BaseDecisionTree DecisionTreeClassifier DecisionTreeRegressor ExtraTreeClassifier ExtraTreeRegressor',
    'sklearn.tree._criterion': 'ClassificationCriterion Criterion Entropy FriedmanMSE Gini MAE MSE Poisson RegressionCriterion',
    'sklearn.tree._export': 'Sentinel _BaseTreeExporter _DOTTreeExporter _MPLTreeExporter',
    'sklearn.tree._partitioner': 'DensePartitioner SparsePartitioner',
    'sklearn.tree._reingold_tilford': 'DrawTree Tree',
    'sklearn.tree._splitter': 'BaseDenseSplitter BaseSparseSplitter BestSparseSplitter BestSplitter RandomSparseSplitter RandomSplitter Splitter',
    'sklearn.tree._tree': 'BestFirstTreeBuilder DepthFirstTreeBuilder Tree TreeBuilder _AlphaPruner _CCPPruneController _PathFinder',
    'sklearn.tree._utils': 'PytestWeightedFenwickTree WeightedFenwickTree WeightedMedianCalculator WeightedPQueue',
    'sklearn.utils._array_api': 'NamespaceAndDevice _ArrayAPIWrapper _NumPyApiWrapper',
    'sklearn.utils._bunch': 'Bunch',
    'sklearn.utils._cython_blas': 'BLAS_Order BLAS_Trans',
    'sklearn.utils._encode': 'MissingValues _NaNCounter _nandict',
    'sklearn.utils._fast_dict': 'IntFloatDict',
    'sklearn.utils._isfinite': 'FiniteStatus',
    'sklearn.utils._metadata_requests': 'MetadataRequest MetadataRouter MethodMapping MethodMetadataRequest MethodPair RequestMethod RouterMappingPair _MetadataRequester',
    'sklearn.utils._param_validation': 'HasMethods Hidden Interval MissingValues Options RealNotInt StrOptions _ArrayLikes _Booleans _CVObjects _Callables _Constraint _InstancesOf _IterablesNotString _MissingValues _NanConstraint _NoneConstraint _PandasNAConstraint _RandomStates _SparseMatrices _VerboseHelper',
    'sklearn.utils._readonly_array_wrapper': 'ReadonlyArrayWrapper',
    'sklearn.utils._seq_dataset': 'ArrayDataset32 ArrayDataset64 CSRDataset32 CSRDataset64 SequentialDataset32 SequentialDataset64',
    'sklearn.utils._tags': 'ClassifierTags InputTags RegressorTags Tags TargetTags TransformerTags',
    'sklearn.utils._vector_sentinel': 'StdVectorSentinel StdVectorSentinelFloat64 StdVectorSentinelInt32 StdVectorSentinelInt64 StdVectorSentinelIntP',
    'sklearn.utils._weight_vector': 'WeightVector32 WeightVector64',
    'sklearn.utils.metaestimators': '_BaseComposition _IffHasAttrDescriptor',
    torch: 'BFloat16Storage BoolStorage ByteStorage CharStorage ComplexDoubleStorage ComplexFloatStorage DoubleStorage FloatStorage HalfStorage IntStorage LongStorage QInt32Storage QInt8Storage QUInt2x4Storage QUInt4x2Storage QUInt8Storage ShortStorage Storage TypedStorage UntypedStorage bfloat16 bool cdouble cfloat chalf complex128 complex32 complex64 double float float16 float32 float64 half int int16 int32 int64 int8 long qint32 qint8 quint2x4 quint4x2 quint8 short uint8',
    'torch.nn.modules.activation': 'CELU ELU GELU GLU Hardshrink Hardsigmoid Hardswish Hardtanh LeakyReLU LogSigmoid LogSoftmax Mish MultiheadAttention PReLU RReLU ReLU ReLU6 SELU SiLU Sigmoid Softmax Softmax2d Softmin Softplus Softshrink Softsign Tanh Tanhshrink Threshold',
    'torch.nn.modules.adaptive': 'AdaptiveLogSoftmaxWithLoss',
    'torch.nn.modules.batchnorm': 'BatchNorm1d BatchNorm2d BatchNorm3d LazyBatchNorm1d LazyBatchNorm2d LazyBatchNorm3d SyncBatchNorm _BatchNorm _LazyNormBase _NormBase',
    'torch.nn.modules.channelshuffle': 'ChannelShuffle',
    'torch.nn.modules.container': 'Container ModuleDict ModuleList ParameterDict ParameterList Sequential',
    'torch.nn.modules.conv': 'Conv1d Conv2d Conv3d ConvTranspose1d ConvTranspose2d ConvTranspose3d LazyConv1d LazyConv2d LazyConv3d LazyConvTranspose1d LazyConvTranspose2d LazyConvTranspose3d _ConvNd _ConvTransposeMixin _ConvTransposeNd',
    'torch.nn.modules.distance': 'CosineSimilarity PairwiseDistance',
    'torch.nn.modules.dropout': 'AlphaDropout Dropout Dropout1d Dropout2d Dropout3d FeatureAlphaDropout _DropoutNd',
    'torch.nn.modules.flatten': 'Flatten Unflatten',
    'torch.nn.modules.fold': 'Fold Unfold',
    'torch.nn.modules.instancenorm': 'InstanceNorm1d InstanceNorm2d InstanceNorm3d LazyInstanceNorm1d LazyInstanceNorm2d LazyInstanceNorm3d _InstanceNorm',
    'torch.nn.modules.linear': 'Bilinear Identity LazyLinear Linear NonDynamicallyQuantizableLinear',
    'torch.nn.modules.loss': 'BCELoss BCEWithLogitsLoss CTCLoss CosineEmbeddingLoss CrossEntropyLoss GaussianNLLLoss HingeEmbeddingLoss HuberLoss KLDivLoss L1Loss MSELoss MarginRankingLoss MultiLabelMarginLoss MultiLabelSoftMarginLoss MultiMarginLoss NLLLoss NLLLoss2d PoissonNLLLoss SmoothL1Loss SoftMarginLoss TripletMarginLoss TripletMarginWithDistanceLoss _Loss _WeightedLoss',
    'torch.nn.modules.module': 'Module',
    'torch.nn.modules.normalization': 'CrossMapLRN2d GroupNorm LayerNorm LocalResponseNorm',
    'torch.nn.modules.padding': 'ConstantPad1d ConstantPad2d ConstantPad3d ReflectionPad1d ReflectionPad2d ReflectionPad3d ReplicationPad1d ReplicationPad2d ReplicationPad3d ZeroPad2d _ConstantPadNd _ReflectionPadNd _ReplicationPadNd',
    'torch.nn.modules.pixelshuffle': 'PixelShuffle PixelUnshuffle',
    'torch.nn.modules.pooling': 'AdaptiveAvgPool1d AdaptiveAvgPool2d AdaptiveAvgPool3d AdaptiveMaxPool1d AdaptiveMaxPool2d AdaptiveMaxPool3d AvgPool1d AvgPool2d AvgPool3d FractionalMaxPool2d FractionalMaxPool3d LPPool1d LPPool2d MaxPool1d MaxPool2d MaxPool3d MaxUnpool1d MaxUnpool2d MaxUnpool3d _AdaptiveAvgPoolNd _AdaptiveMaxPoolNd _AvgPoolNd _LPPoolNd _MaxPoolNd _MaxUnpoolNd',
    'torch.nn.modules.rnn': 'GRU GRUCell LSTM LSTMCell RNN RNNBase RNNCell RNNCellBase',
    'torch.nn.modules.sparse': 'Embedding EmbeddingBag',
    'torch.nn.modules.transformer': 'Transformer TransformerDecoder TransformerDecoderLayer TransformerEncoder TransformerEncoderLayer',
    'torch.nn.modules.upsampling': 'Upsample UpsamplingBilinear2d UpsamplingNearest2d',
    'torch.optim.adadelta': 'Adadelta',
    'torch.optim.adagrad': 'Adagrad',
    'torch.optim.adam': 'Adam',
    'torch.optim.adamax': 'Adamax',
    'torch.optim.adamw': 'AdamW',
    'torch.optim.asgd': 'ASGD',
    'torch.optim.lbfgs': 'LBFGS',
    'torch.optim.lr_scheduler': 'ConstantLR CosineAnnealingLR CyclicLR ExponentialLR LinearLR MultiStepLR OneCycleLR PolynomialLR ReduceLROnPlateau StepLR',
    'torch.optim.nadam': 'NAdam',
    'torch.optim.optimizer': 'Optimizer',
    'torch.optim.radam': 'RAdam',
    'torch.optim.rmsprop': 'RMSprop',
    'torch.optim.rprop': 'Rprop',
    'torch.optim.sgd': 'SGD',
    'torch.optim.sparse_adam': 'SparseAdam',
};

;// CONCATENATED MODULE: ./src/scanners/pickle/globals.ts
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

const globals_all = '*';
const s = (...names) => new Set(names);
/**
 * module -> names ('*' = the module and all its submodules). Built on the first lookup, as the safe
 * list is: a pickle that imports nothing never needs it (CLI start-up, issue 10).
 */
let deny = null;
const buildDeny = () => ({
    builtins: s('eval', 'exec', 'compile', 'getattr', 'setattr', 'delattr', 'apply', 'open', 'breakpoint', '__import__', 'globals', 'locals', 'vars', 'input', 'help', 'memoryview', 'exit', 'quit'),
    __builtin__: s('eval', 'exec', 'compile', 'getattr', 'setattr', 'delattr', 'apply', 'open', 'breakpoint', '__import__', 'globals', 'locals', 'vars', 'input', 'execfile', 'file'),
    'cloudpickle.cloudpickle': s('_builtin_type', '_make_function', '_function_setstate', '_make_cell', '_make_empty_cell', 'subimport'),
    cloudpickle: globals_all,
    dill: globals_all,
    types: globals_all,
    aiohttp: globals_all,
    asyncio: globals_all,
    bdb: globals_all,
    commands: globals_all,
    ctypes: globals_all,
    _ctypes: globals_all,
    cffi: globals_all,
    functools: s('partial', 'reduce', 'partialmethod', 'singledispatch', 'wraps', 'update_wrapper', 'cached_property'),
    httplib: globals_all,
    http: globals_all,
    'logging.config': globals_all,
    logging: s('FileHandler', 'StreamHandler', 'config'),
    'logging.handlers': globals_all,
    _io: s('FileIO', 'open', 'open_code', 'BufferedReader', 'BufferedWriter', 'TextIOWrapper'),
    io: s('FileIO', 'open', 'open_code', 'BufferedReader', 'BufferedWriter', 'TextIOWrapper'),
    'numpy.f2py': globals_all,
    'numpy.testing': globals_all,
    'numpy.distutils': globals_all,
    numpy: s('load', 'loadtxt', 'fromfile', 'genfromtxt', 'save', 'savez', 'savetxt', 'tofile', 'memmap', 'frompyfunc', 'vectorize', 'piecewise', 'apply_along_axis', 'apply_over_axes'),
    'numpy.lib.npyio': globals_all,
    'numpy.lib.format': globals_all,
    nt: globals_all,
    posix: globals_all,
    os: globals_all,
    _operator: s('attrgetter', 'itemgetter', 'methodcaller', 'call'),
    operator: s('attrgetter', 'itemgetter', 'methodcaller', 'call'),
    'requests.api': globals_all,
    requests: globals_all,
    httpx: globals_all,
    urllib3: globals_all,
    runpy: globals_all,
    shutil: globals_all,
    socket: globals_all,
    _socket: globals_all,
    ssl: globals_all,
    subprocess: globals_all,
    _posixsubprocess: globals_all,
    sys: globals_all,
    code: globals_all,
    codeop: globals_all,
    cProfile: globals_all,
    profile: globals_all,
    distutils: globals_all,
    setuptools: globals_all,
    doctest: globals_all,
    ensurepip: globals_all,
    idlelib: globals_all,
    imaplib: globals_all,
    lib2to3: globals_all,
    pdb: globals_all,
    pickle: globals_all,
    _pickle: globals_all,
    pickletools: globals_all,
    shelve: globals_all,
    marshal: globals_all,
    importlib: globals_all,
    imp: globals_all,
    pkgutil: globals_all,
    zipimport: globals_all,
    pip: globals_all,
    pty: globals_all,
    pydoc: globals_all,
    test: globals_all,
    timeit: globals_all,
    trace: globals_all,
    'torch._dynamo': globals_all,
    'torch._inductor': globals_all,
    'torch.fx.experimental.symbolic_shapes': globals_all,
    'torch.jit': globals_all,
    'torch.hub': globals_all,
    'torch.package': globals_all,
    'torch.serialization': s('load', '_load', 'load_from_bytes'),
    'torch.storage': s('_load_from_bytes'),
    'torch.utils._config_module': globals_all,
    'torch.utils.bottleneck': globals_all,
    'torch.utils.collect_env': globals_all,
    'torch.utils.data.datapipes.utils.decoder': globals_all,
    'torch.utils.cpp_extension': globals_all,
    'torch._ops': globals_all,
    'torch.ops': globals_all,
    torch: s('load', 'compile', 'from_file', 'hub', 'jit', 'package', 'ops', '_dynamo', '_inductor', 'utils', 'set_default_tensor_type', 'save'),
    joblib: s('load'),
    'joblib.numpy_pickle': s('load', '_unpickle', 'read_array'),
    'sklearn.externals.joblib': globals_all,
    'pandas.io.pickle': globals_all,
    pandas: s('read_pickle', 'eval', 'read_csv', 'read_sql', 'read_html'),
    'pandas.core.computation': globals_all,
    'urllib.request': globals_all,
    urllib2: globals_all,
    ftplib: globals_all,
    smtplib: globals_all,
    telnetlib: globals_all,
    poplib: globals_all,
    nntplib: globals_all,
    xmlrpc: globals_all,
    socketserver: globals_all,
    uuid: globals_all,
    venv: globals_all,
    webbrowser: globals_all,
    _osx_support: globals_all,
    _aix_support: globals_all,
    _pyrepl: globals_all,
    site: globals_all,
    atexit: globals_all,
    multiprocessing: globals_all,
    _thread: globals_all,
    threading: globals_all,
    concurrent: globals_all,
    signal: globals_all,
    tempfile: globals_all,
    glob: globals_all,
    tarfile: globals_all,
    zipfile: globals_all,
    platform: globals_all,
    mailcap: globals_all,
    sqlite3: globals_all,
    _sqlite3: globals_all,
    builtin: globals_all,
    gc: globals_all,
    inspect: globals_all,
    ast: globals_all,
    linecache: globals_all,
    tokenize: globals_all,
    fileinput: globals_all,
    pathlib: globals_all,
    posixpath: globals_all,
    ntpath: globals_all,
    'keras.config': globals_all,
    'tensorflow.io': globals_all,
    'tensorflow.keras.utils': globals_all
});
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
/** True when a module, or one of its parent packages, is denied wholesale, or (module, name) is denied, or a prefix of the dotted path is. */
function isDenied(module, name) {
    const DENY = (deny ??= buildDeny());
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
/**
 * Globals reviewed by hand, exact (module -> space-separated qualified names): the standard library
 * types pickles use, and the functions real files call while loading (array and tensor rebuilders,
 * Cython and pandas unpicklers, numpy ufuncs and scikit-learn score functions people store in
 * estimators). Each was seen in files written by scripts/gen-pickle-corpus.py (scripts/pickle-globals.ts
 * lists them) and does nothing but build data when called with any arguments. The classes of the ML
 * libraries are in safe-globals.ts, generated.
 */
const UFUNCS = 'absolute abs add arccos arcsin arctan arctan2 cbrt ceil clip cos cosh deg2rad divide exp exp2 expm1 fabs floor floor_divide fmax fmin hypot isfinite isinf isnan log log10 log1p log2 logaddexp maximum minimum multiply negative power rad2deg reciprocal rint sign sin sinh sqrt square subtract tan tanh true_divide trunc';
const HAND_SAFE = {
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
};
/**
 * module -> exact qualified names: HAND_SAFE and the generated classes, with their Cython
 * unpicklers. Built on the first lookup (a pickle that imports something), not at load: most of a
 * `scan-models` start on a plain file would otherwise go to it.
 */
let safe = null;
const buildSafe = () => {
    const m = new Map();
    const add = (mod, names, cython) => {
        let set = m.get(mod);
        if (!set)
            m.set(mod, (set = new Set()));
        for (const n of names.split(' ')) {
            set.add(n);
            // a Cython extension class X pickles through its module's __pyx_unpickle_X, which only builds an X
            if (cython && !n.includes('.'))
                set.add(`__pyx_unpickle_${n}`);
        }
    };
    for (const [mod, names] of Object.entries(GENERATED_SAFE_CLASSES))
        add(mod, names, /\._/.test(mod));
    for (const [mod, names] of Object.entries(HAND_SAFE))
        add(mod, names, false);
    return m;
};
/**
 * scikit-learn before 0.22 kept its estimators in public modules that 0.22 made private
 * (`sklearn.linear_model.base` -> `sklearn.linear_model._base`), and a few were renamed; pickles
 * written then name the old module. The same class under its old module is as safe as under the new
 * one (a current scikit-learn cannot even import the old module), so the old name is looked up under
 * the new module. Only the classes on the safe list count: no other name gains anything.
 */
const SKLEARN_RENAMED = {
    'sklearn.tree.tree': 'sklearn.tree._classes',
    'sklearn.svm.classes': 'sklearn.svm._classes',
    'sklearn.ensemble.gradient_boosting': 'sklearn.ensemble._gb',
    'sklearn.cluster.k_means_': 'sklearn.cluster._kmeans'
};
function modernSklearnModule(module) {
    if (!module.startsWith('sklearn.'))
        return null;
    if (Object.hasOwn(SKLEARN_RENAMED, module))
        return SKLEARN_RENAMED[module];
    const dot = module.lastIndexOf('.');
    const last = module.slice(dot + 1);
    return last.startsWith('_') ? null : `${module.slice(0, dot)}._${last}`;
}
function isKnownSafe(module, name) {
    safe ??= buildSafe();
    if (safe.get(module)?.has(name) === true)
        return true;
    const modern = modernSklearnModule(module);
    return modern !== null && safe.get(modern)?.has(name) === true;
}
/**
 * Names that reach code, the import system, the file system or the process wherever they are met
 * in a name: a module that re-exports them (torch.optim.lr_scheduler.wraps is functools.wraps),
 * a function's globals, a class's subclasses. REACH names make a global dangerous under any module,
 * as a plain name or as a part of a dotted one.
 */
const REACH = new Set(('builtins __builtin__ sys os posix nt subprocess _posixsubprocess types importlib operator _operator functools _functools marshal pickle _pickle ' +
    'cPickle dill cloudpickle ctypes _ctypes cffi runpy shutil socket _socket inspect gc code codeop pty pdb _imp imp zipimport pkgutil ' +
    'eval exec execfile getattr setattr delattr globals locals vars breakpoint apply system popen popen2 popen3 spawnl spawnv ' +
    'spawnve spawnvp forkpty execv execve execl execvp execvpe startfile import_module load_module exec_module module_from_spec ' +
    'run_path run_module check_call check_output Popen partial partialmethod wraps update_wrapper attrgetter itemgetter methodcaller ' +
    'FunctionType CodeType LambdaType MethodType ModuleType BuiltinFunctionType f_globals f_locals f_back f_builtins gi_frame cr_frame tb_frame').split(' '));
/**
 * Common verbs and modules that are dangerous in an attribute chain (`numpy.lib.npyio.pickle.loads`,
 * `X.io.open`) but, as a plain name of an unknown module (`mypkg.loader.run`), say nothing certain:
 * there they are `unknown`, which blocks too.
 */
const REACH_IN_CHAIN = new Set(('io _io codecs multiprocessing threading _thread signal webbrowser urllib requests http tempfile pathlib glob asyncio concurrent ' +
    'compile open input spawn fork load loads _load find_spec call run reduce SimpleNamespace modules environ getenv putenv remove unlink ' +
    'rmtree rmdir write_text write_bytes read_text read_bytes from_file fromfile tofile memmap urlopen urlretrieve read_pickle read_csv to_pickle query').split(' '));
/** The attributes that walk from an object to its class, its module's namespace or its code. */
const DUNDER = /^__\w+__$/;
/**
 * The part of a global's path that makes it dangerous whatever its module: a dunder part (the walk
 * from an object to its class, globals, builtins or code; `__main__` excepted as a module), or a
 * REACH name. null when there is none.
 */
function reachesDanger(module, name) {
    for (const part of module.split('.')) {
        if (DUNDER.test(part) && part !== '__main__' && part !== '__mp_main__')
            return { kind: 'dunder', part };
    }
    const parts = name.split('.');
    for (const part of parts) {
        if (DUNDER.test(part))
            return { kind: 'dunder', part };
        if (REACH.has(part) || (parts.length > 1 && REACH_IN_CHAIN.has(part)))
            return { kind: 'reach', part };
    }
    return null;
}
/** A compiled `allow-globals` list: exact `module.name`; `module.*` (that module), `module.**` (and submodules) for plain names only. */
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
    // a module-wide pattern never covers a dotted name: `Net.helper.os` walks attributes out of the module
    return (module, name) => exact.has(`${module}.${name}`) || (!name.includes('.') && (modules.has(module) || trees.some((t) => module === t || module.startsWith(t + '.'))));
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
function classifyGlobal(module, name, resolved, userAllow) {
    if (!resolved)
        return 'dangerous';
    if (isKnownSafe(module, name))
        return 'safe';
    if (isDenied(module, name))
        return 'dangerous';
    const reach = reachesDanger(module, name);
    const dotted = name.includes('.');
    if (reach !== null && (dotted || reach.kind === 'dunder'))
        return 'dangerous';
    if (userAllow?.(module, name))
        return 'safe';
    if (reach !== null)
        return 'dangerous';
    if (dotted && !name.split('.').every((p) => /^_?[A-Z]/.test(p)))
        return 'dangerous';
    return 'unknown';
}


/***/ }),

/***/ 10613:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G6: () => (/* binding */ opcodeName),
/* harmony export */   OP: () => (/* binding */ OP),
/* harmony export */   a6: () => (/* binding */ HIGHEST_PROTOCOL)
/* harmony export */ });
/* unused harmony exports OPCODE_NAMES, isOpcode */
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


/***/ }),

/***/ 87817:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  gs: () => (/* binding */ scanPickle)
});

// UNUSED EXPORTS: DEFAULT_VM_LIMITS, Memo, PBytes, PDict, PGlobal, PList, PObj, PPersistent, PSet, PTuple, dtypeInfo, isImportName

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
/** The operand as C code reads it: up to the first NUL (CPython's line buffer is a C string). */
function cString(s) {
    const nul = s.indexOf('\u0000');
    return nul >= 0 ? s.slice(0, nul) : s;
}
/**
 * INT opcode operand (without the newline): what load_int accepts; booleans for "00"/"01" (any
 * two-byte operand worth 0 or 1). strtol stops at a NUL and load_int accepts that end, so `I12\0x`
 * is 12 and `I\0` is 0 (strtol read nothing and stopped at the NUL); otherwise int(s, 0) on the
 * text before the NUL.
 */
function parseIntOperand(s) {
    if (s.length === 0)
        return null;
    const c = cString(s);
    const v = c.length === 0 ? 0n : (strtol0(c) ?? pyIntBase0(c));
    if (v === null)
        return null;
    if (s.length === 2 && (v === 0n || v === 1n))
        return v === 1n;
    return v;
}
/** LONG opcode operand: a trailing L is dropped, then int(s, 0) on the text before any NUL. */
function parseLongOperand(s) {
    const t = s.endsWith('L') ? s.slice(0, -1) : s;
    return pyIntBase0(cString(t));
}
/** FLOAT opcode operand: PyOS_string_to_double (decimal, exponent, inf, nan; no underscores). */
function parseFloatOperand(s) {
    // _pickle's load_float accepts the number when strtod stops at the line's end or at a NUL, so
    // `2\x00.5` reads as 2.0: what follows a NUL is ignored
    // PyOS_string_to_double takes no leading whitespace (`F 1.5` is refused)
    const t = cString(s);
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
/*
 * Operands of thousands of bytes are not decoded (a BigInt of a megabyte of digits costs seconds, a
 * string of a gigabyte cannot be made): they are checked byte by byte, more loosely than CPython.
 * Loose is the safe side: where CPython would stop, the VM reads on and can only report more.
 */
/** INT, LONG or FLOAT operand bytes [s, e): the characters of a number, with at least one digit. */
function longNumberOk(buf, s, e) {
    let digit = false;
    for (let i = s; i < e; i++) {
        // C reads the operand up to a NUL
        if (buf[i] === 0)
            return digit || i === s;
        const k = NUMBER_CHARS[buf[i]];
        if (k === 0)
            return false;
        if (k === 2)
            digit = true;
    }
    return digit;
}
/** 2: a digit, 1: another character a number may hold, 0: not in a number. */
const NUMBER_CHARS = (() => {
    const t = new Uint8Array(256);
    for (const c of 'abcdefABCDEFxXoO_+-.L \t\r\f\v')
        t[c.charCodeAt(0)] = 1;
    for (let d = 0x30; d <= 0x39; d++)
        t[d] = 2;
    return t;
})();
/** STRING operand bytes [s, e): quoted with the same quote at both ends. */
function quotedStringOk(buf, s, e) {
    const q = buf[s];
    return e - s >= 2 && (q === 0x27 || q === 0x22) && buf[e - 1] === q;
}

// EXTERNAL MODULE: ./src/scanners/pickle/opcodes.ts
var opcodes = __webpack_require__(10613);
// EXTERNAL MODULE: external "node:buffer"
var external_node_buffer_ = __webpack_require__(4573);
;// CONCATENATED MODULE: ./src/scanners/pickle/text-checks.ts
/**
 * Byte checks the C unpickler makes when it turns operands into text, for the VM's plain
 * `pickle.load` mode (see ScanOptions.plainLoad): with the default encoding ('ASCII', strict),
 * STRING, BINSTRING and SHORT_BINSTRING must be ASCII; BINUNICODE* must be UTF-8 ('surrogatepass':
 * encoded surrogates are accepted, overlong forms and code points past U+10FFFF are not). A byte
 * that fails raises UnicodeDecodeError and ends the load.
 */

function isAsciiRange(buf, s, e) {
    for (let i = s; i < e; i++)
        if (buf[i] > 0x7f)
            return false;
    return true;
}
/** UTF-8 as Python's decoder with errors='surrogatepass' reads it. */
function isUtf8SurrogatepassRange(buf, s, e) {
    if (isAsciiRange(buf, s, e))
        return true;
    if ((0,external_node_buffer_.isUtf8)(buf.subarray(s, e)))
        return true;
    // strict UTF-8 failed: accept it only if the failures are encoded surrogates (ED A0..BF xx)
    let i = s;
    while (i < e) {
        const b = buf[i];
        if (b < 0x80) {
            i++;
            continue;
        }
        let n;
        let lo = 0x80;
        let hi = 0xbf;
        if (b >= 0xc2 && b <= 0xdf)
            n = 1;
        else if (b === 0xe0) {
            n = 2;
            lo = 0xa0;
        }
        else if (b >= 0xe1 && b <= 0xef)
            n = 2; // 0xed included: surrogates pass
        else if (b === 0xf0) {
            n = 3;
            lo = 0x90;
        }
        else if (b >= 0xf1 && b <= 0xf3)
            n = 3;
        else if (b === 0xf4) {
            n = 3;
            hi = 0x8f;
        }
        else
            return false;
        if (i + n >= e)
            return false;
        if (buf[i + 1] < lo || buf[i + 1] > hi)
            return false;
        for (let k = 2; k <= n; k++)
            if (buf[i + k] < 0x80 || buf[i + k] > 0xbf)
                return false;
        i += n + 1;
    }
    return true;
}

// EXTERNAL MODULE: ./src/scanners/clock.ts
var clock = __webpack_require__(65381);
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
    /** The first run (start, count), held inline: most lists get one run, and a `]` bomb makes millions of lists. */
    s0 = -1;
    n0 = 0;
    /** (start, count) of the later runs, in order; a run that continues the previous one extends it. */
    segs = null;
    length = 0;
    constructor(heap) {
        this.heap = heap;
    }
    add(start, n) {
        this.length += n;
        if (this.s0 < 0) {
            this.s0 = start;
            this.n0 = n;
            return;
        }
        const s = this.segs;
        if (s === null) {
            if (this.s0 + this.n0 === start)
                this.n0 += n;
            else
                this.segs = [start, n];
            return;
        }
        const last = s.length - 2;
        if (s[last] + s[last + 1] === start)
            s[last + 1] += n;
        else
            s.push(start, n);
    }
    head(k) {
        const out = [];
        const runs = this.s0 < 0 ? [] : [this.s0, this.n0, ...(this.segs ?? [])];
        for (let j = 0; j < runs.length && out.length < k; j += 2) {
            for (let i = 0; i < runs[j + 1] && out.length < k; i++)
                out.push(this.heap.boxArena(runs[j] + i));
        }
        return out;
    }
    items() {
        return this.head(this.length);
    }
}
/**
 * A dict: keys and values in insertion order; string and number keys are indexed (made on the first
 * lookup), so SETITEM(S) on a dict of 160k keys stays linear. A key set twice keeps its first place and
 * its last value, as in Python.
 */
class PDict {
    keys = [];
    values = [];
    index = null;
    get size() {
        return this.keys.length;
    }
    get(key) {
        const i = this.indexOf(key);
        return i < 0 ? undefined : this.values[i];
    }
    has(key) {
        return this.indexOf(key) >= 0;
    }
    indexOf(key) {
        if (this.index === null) {
            this.index = new Map();
            for (let i = 0; i < this.keys.length; i++) {
                const k = this.keys[i];
                if ((typeof k === 'string' || typeof k === 'number') && !this.index.has(k))
                    this.index.set(k, i);
            }
        }
        return this.index.get(key) ?? -1;
    }
    set(k, v) {
        if (typeof k === 'string' || typeof k === 'number') {
            const i = this.indexOf(k);
            if (i >= 0) {
                this.values[i] = v;
                return;
            }
            this.index.set(k, this.keys.length);
        }
        this.keys.push(k);
        this.values.push(v);
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
/**
 * An operand kept by its size only: bytes, or (plain-load mode, where the type decides whether the
 * load goes on) a bytearray, a read-only memoryview over one, or a str or int too long to decode.
 */
class PBytes {
    length;
    kind;
    constructor(length, kind = 'bytes') {
        this.length = length;
        this.kind = kind;
    }
}
const EMPTY_TUPLE = new PTuple(null, 0, 0);
const SHORT_CODES = [];
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
                    // one flat string (a chain of appends would be flattened again by every Map lookup that hashes it)
                    const c = SHORT_CODES;
                    for (let i = 0; i < n; i++)
                        c[i] = buf[p + i];
                    c.length = n;
                    return String.fromCharCode.apply(null, c);
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
const FIRST_CHUNK = 32;
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
    maxSparse = DEFAULT_VM_LIMITS.maxSparseMemo;
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
        if (!this.sparse.has(i)) {
            if (this.sparse.size >= this.maxSparse)
                throw new Stop('limit', `more than ${this.maxSparse} memo entries at scattered indices (limit maxSparseMemo)`);
            this.size++;
        }
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
/**
 * Bounds of one scan. CPython's pickler recurses per nesting level (its recursion limit keeps real
 * files to a few thousand open marks) and writes a tuple's items on the stack (real files stay far
 * below millions); each bound is well above what real files need and ends the scan as a `limit`
 * error naming it, never as a crash: at these values the VM's memory stays under ~1 GiB.
 */
const DEFAULT_VM_LIMITS = {
    maxOps: 200_000_000,
    maxMemo: 5_000_000,
    maxItems: 20_000_000,
    maxDepth: 8,
    maxStack: 8_388_608,
    maxMarks: 1_048_576,
    maxObjects: 2_000_000,
    maxSparseMemo: 1_000_000
};
class Stop extends Error {
    kind;
    more;
    constructor(kind, message, 
    /** The buffer ended where the stream it is the start of goes on: where the read would end (-1: at a newline not yet seen); null when it did not. */
    more = null) {
        super(message);
        this.kind = kind;
        this.more = more;
    }
}
/** Text operands longer than this are checked, not decoded (see literals.ts). */
const LONG_TEXT = 4096;
/** Longest module or qualified name accepted from a GLOBAL or INST line. */
const MAX_NAME = 1024;
/**
 * One part of a module path or qualified name: a Python identifier (str.isidentifier: XID_Start or
 * _, then XID_Continue). Made on first use: building its Unicode classes costs ~1 ms, which a
 * pickle that imports nothing never needs (CLI start-up, issue 10).
 */
let identPart = null;
function isIdentPart(s) {
    identPart ??= /^[\p{XID_Start}_]\p{XID_Continue}*$/u;
    return identPart.test(s);
}
/** A module path or qualified name that an import or getattr chain could resolve. */
function isImportName(s) {
    if (s.length === 0 || s.length > MAX_NAME)
        return false;
    for (const part of s.split('.'))
        if (!isIdentPart(part))
            return false;
    return true;
}
/** Values whose type is known when the stream is read cannot be a str unless they are one. */
function mayBeStr(v) {
    return typeof v === 'string' || v instanceof PObj || v instanceof PGlobal || v instanceof PPersistent;
}
/** Values made by something the stream imported or a persistent_load: what they accept is not known (read leniently). */
function isOpaque(v) {
    return v instanceof PObj || v instanceof PGlobal || v instanceof PPersistent;
}
/** Python's type name of a value the stream built. */
function typeName(v) {
    if (v === null)
        return 'NoneType';
    if (typeof v === 'boolean')
        return 'bool';
    if (typeof v === 'number' || typeof v === 'bigint')
        return 'int or float';
    if (typeof v === 'string')
        return 'str';
    if (v instanceof PBytes)
        return v.kind === 'view' ? 'memoryview' : v.kind === 'int' ? 'int' : v.kind;
    if (v instanceof PTuple)
        return 'tuple';
    if (v instanceof PList)
        return 'list';
    if (v instanceof PDict)
        return 'dict';
    if (v instanceof PSet)
        return v.frozen ? 'frozenset' : 'set';
    return 'object';
}
/** Whether Python can hash it (lists, dicts, sets, bytearrays, and tuples holding one cannot). */
function hashable(v, depth = 0) {
    if (v instanceof PList || v instanceof PDict)
        return false;
    if (v instanceof PSet)
        return v.frozen;
    if (v instanceof PBytes)
        return v.kind !== 'bytearray';
    if (v instanceof PTuple)
        return depth > 64 || v.items.every((x) => hashable(x, depth + 1));
    return true;
}
/**
 * An integer index (an int or a bool), or null. The VM keeps ints and floats both as numbers, so a
 * float with an integral value passes too: the lenient side (the load is taken to go on).
 */
function asIndex(v) {
    if (typeof v === 'boolean')
        return v ? 1 : 0;
    if (typeof v === 'number')
        return Number.isInteger(v) ? v : null;
    if (typeof v === 'bigint')
        return Number(v);
    if (v instanceof PBytes && v.kind === 'int')
        return 0;
    return null;
}
function isAsciiText(s) {
    for (let i = 0; i < s.length; i++)
        if (s.charCodeAt(i) > 0x7f)
            return false;
    return true;
}
/** PyLong_FromString(s, NULL, 10) on a C string: up to the first NUL, ASCII whitespace around, underscores between digits. */
function pyIntBase10(text) {
    const nul = text.indexOf('\u0000');
    const t = (nul >= 0 ? text.slice(0, nul) : text).replace(/^[ \t\n\r\f\v]+|[ \t\n\r\f\v]+$/g, '');
    if (!/^[+-]?\d+(_\d+)*$/.test(t))
        return null;
    return BigInt(t.replace(/_/g, ''));
}
const ASCII_ERROR = "'ascii' codec can't decode a byte of a str operand (plain pickle.load decodes Python 2 strings as ASCII)";
const UTF8_ERROR = "'utf-8' codec can't decode the str operand";
const NO_PERSISTENT_LOAD = 'A load persistent id instruction was encountered, but no persistent_load function was specified (plain pickle.load has none)';
function globalKey(module, name, resolved) {
    return `${module}\u0000${name}\u0000${resolved}`;
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
        return '\u2026';
    if (v instanceof PGlobal)
        return `${v.module}.${v.name}`;
    if (v instanceof PTuple)
        return `(${v.head(4).map((x) => render(x, depth + 1)).join(', ')}${v.length > 4 ? ', \u2026' : ''})`;
    if (v instanceof PList)
        return `[${v.head(4).map((x) => render(x, depth + 1)).join(', ')}${v.length > 4 ? ', \u2026' : ''}]`;
    if (v instanceof PBytes)
        return `<${v.length} bytes>`;
    if (v instanceof PObj)
        return `${render(v.callable, depth + 1)}(\u2026)`;
    return '\u2026';
}
/** First stack capacity: most pickles are small and a scan makes one machine each; the stack doubles as needed. */
const STACK0 = 32;
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
    /**
     * The data ends before what the opcode reads (up to `needEnd`, -1 for a line's newline). When the
     * buffer is only the start of a longer stream (ScanOptions.streamEnd) and the stream may hold it,
     * the stop says more data is needed instead of that the pickle is truncated.
     */
    truncated(needEnd, what = '') {
        const streamEnd = this.sh.streamEnd;
        if (this.end < streamEnd && needEnd <= streamEnd)
            throw new Stop('parse', `pickle data continues past the ${this.end} bytes read${what}`, needEnd < 0 ? -1 : needEnd);
        this.fail(`pickle data was truncated${what}`);
    }
    growStack() {
        if (this.sp + 1 > this.sh.limits.maxStack)
            throw new Stop('limit', `the stack holds more than ${this.sh.limits.maxStack} values (limit maxStack)`);
        this.st = growU8(this.st, this.sp + 1);
        this.sv = growF64(this.sv, this.sp + 1);
        const sr = new Array(this.st.length).fill(undefined);
        for (let i = 0; i < this.sp; i++)
            sr[i] = this.sr[i];
        this.sr = sr;
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
        if (n < 0)
            this.fail('pickle data was truncated');
        if (p + n > this.end)
            this.truncated(p + n);
        this.pos = p + n;
        return p;
    }
    line() {
        const s = this.pos;
        const nl = this.buf.indexOf(10, s);
        if (nl < 0 || nl >= this.end)
            this.truncated(-1, ' (no newline)');
        this.pos = nl + 1;
        return [s, nl];
    }
    lineStr(enc = 'utf8') {
        const [s, e] = this.line();
        return this.buf.toString(enc, s, e);
    }
    tooManyObjects() {
        throw new Stop('limit', `more than ${this.sh.limits.maxObjects} lists, dicts, sets and objects built (limit maxObjects)`);
    }
    /** Counts one container or object built by a slow opcode. */
    made(v) {
        if (++this.sh.objects > this.sh.limits.maxObjects)
            this.tooManyObjects();
        return v;
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
            throw new Stop('limit', `memo exceeds ${this.sh.limits.maxMemo} entries (limit maxMemo)`);
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
    addGlobal(rawModule, rawName, opcode, offset, resolved, mapped0 = false) {
        if (this.fragment && resolved && (!IDENT.test(rawModule) || !IDENT.test(rawName))) {
            // in the array-data reading, garbage lines cannot name an importable module; ignore them
            return new PGlobal(rawModule, rawName, false);
        }
        const mapped = resolved && this.proto < 3 && !mapped0 ? mapPython2(rawModule, rawName) : { module: rawModule, name: rawName };
        const key = globalKey(mapped.module, mapped.name, resolved);
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
        const g = this.sh.globals.get(globalKey(callable.module, callable.name, callable.resolved));
        if (g)
            g.called = true;
        for (const x of args) {
            // getattr handed to another call may be called with anything: it no longer counts as folded
            if (x instanceof PGlobal && x.module === 'builtins' && x.name === 'getattr') {
                const ga = this.sh.globals.get(globalKey(x.module, x.name, x.resolved));
                if (ga)
                    ga.escaped = true;
            }
        }
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
        const maxMarks = sh.limits.maxMarks;
        const maxObjects = sh.limits.maxObjects;
        const deadline = sh.limits.deadline;
        const plain = sh.plain;
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
                    this.truncated(end + 1, ' (no STOP)');
                const opPos = pos;
                const op = buf[pos++];
                if (++ops > maxOps)
                    throw new Stop('limit', `more than ${maxOps} opcodes (limit maxOps)`);
                // the clock every 65536 opcodes, first at the 1024th: early, so that the optimizing compiler has seen
                // this branch (one first taken deep into a large pickle throws the compiled loop away), but not
                // before the interpreter records what it sees (it starts a little after a function is entered)
                if ((ops & 0xffff) === 0x400 && (0,clock/* nowMs */.T)() > deadline)
                    throw new Stop('limit', 'time limit reached (limit file-timeout-seconds)');
                if (sp === st.length) {
                    this.sp = sp;
                    this.growStack();
                    st = this.st;
                    sv = this.sv;
                    sr = this.sr;
                }
                switch (op) {
                    case 0x28: // MARK
                        if (marks.length >= maxMarks)
                            throw new Stop('limit', `more than ${maxMarks} nested MARKs (limit maxMarks)`);
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
                            this.truncated(pos + 4);
                        st[sp] = T_NUM;
                        sv[sp++] = dv.getInt32(pos, true);
                        pos += 4;
                        break;
                    case 0x4b: // BININT1
                        if (pos + 1 > end)
                            this.truncated(pos + 1);
                        st[sp] = T_NUM;
                        sv[sp++] = buf[pos++];
                        break;
                    case 0x4d: // BININT2
                        if (pos + 2 > end)
                            this.truncated(pos + 2);
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
                            this.truncated(pos + 8);
                        st[sp] = T_NUM;
                        sv[sp++] = dv.getFloat64(pos);
                        pos += 8;
                        break;
                    case 0x55: { // SHORT_BINSTRING
                        if (pos + 1 > end)
                            this.truncated(pos + 1);
                        const n = buf[pos++];
                        if (pos + n > end)
                            this.truncated(pos + n);
                        if (plain && !isAsciiRange(buf, pos, pos + n))
                            this.fail(ASCII_ERROR);
                        st[sp] = T_STR1;
                        sv[sp++] = pos * STR_SPLIT + n;
                        pos += n;
                        break;
                    }
                    case 0x54: { // BINSTRING
                        if (pos + 4 > end)
                            this.truncated(pos + 4);
                        const n = dv.getInt32(pos, true);
                        pos += 4;
                        if (n < 0)
                            this.fail('BINSTRING pickle has negative byte count');
                        if (pos + n > end)
                            this.truncated(pos + n);
                        if (plain && !isAsciiRange(buf, pos, pos + n))
                            this.fail(ASCII_ERROR);
                        if (n <= 4096) {
                            st[sp] = T_STR1;
                            sv[sp++] = pos * STR_SPLIT + n;
                        }
                        else if (plain) {
                            st[sp] = T_OBJ;
                            sr[sp++] = new PBytes(n, 'str');
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
                                this.truncated(pos + 1);
                            n = buf[pos++];
                        }
                        else if (op === 0x58) {
                            if (pos + 4 > end)
                                this.truncated(pos + 4);
                            n = dv.getUint32(pos, true);
                            pos += 4;
                        }
                        else {
                            if (pos + 8 > end)
                                this.truncated(pos + 8);
                            n = Number(buf.readBigUInt64LE(pos));
                            pos += 8;
                        }
                        if (pos + n > end)
                            this.truncated(pos + n);
                        if (plain && !isUtf8SurrogatepassRange(buf, pos, pos + n))
                            this.fail(UTF8_ERROR);
                        if (n <= 65536) {
                            st[sp] = T_STR8;
                            sv[sp++] = pos * STR_SPLIT + n;
                        }
                        else if (plain) {
                            st[sp] = T_OBJ;
                            sr[sp++] = new PBytes(n, 'str');
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
                                this.truncated(pos + 1);
                            n = buf[pos++];
                        }
                        else if (op === 0x42) {
                            if (pos + 4 > end)
                                this.truncated(pos + 4);
                            n = dv.getUint32(pos, true);
                            pos += 4;
                        }
                        else {
                            if (pos + 8 > end)
                                this.truncated(pos + 8);
                            n = Number(buf.readBigUInt64LE(pos));
                            pos += 8;
                        }
                        if (pos + n > end)
                            this.truncated(pos + n);
                        pos += n;
                        if (plain && op === 0x96) {
                            // a bytearray: mutable, unhashable, takes appends and item assignment (plain mode tells it from bytes)
                            st[sp] = T_OBJ;
                            sr[sp++] = new PBytes(n, 'bytearray');
                            break;
                        }
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
                        if (++sh.objects > maxObjects)
                            this.tooManyObjects();
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
                            if (++sh.objects > maxObjects)
                                this.tooManyObjects();
                            l = new PList(heap);
                            sh.items += sp - k;
                            if (sh.items > maxItems)
                                l = null;
                        }
                        else {
                            if (k <= this.fence)
                                this.fail('unpickling stack underflow');
                            if (plain && st[k - 1] !== T_LIST && sp > k) {
                                const items = [];
                                for (let i = k; i < sp; i++)
                                    items.push(heap.box(st[i], sv[i], sr[i]));
                                this.plainAppend(heap.box(st[k - 1], sv[k - 1], sr[k - 1]), items);
                            }
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
                        else if (plain)
                            this.plainAppend(heap.box(lt, sv[sp - 1], sr[sp - 1]), [heap.box(st[sp], sv[sp], sr[sp])]);
                        break;
                    }
                    case 0x68: // BINGET
                    case 0x6a: { // LONG_BINGET
                        let idx;
                        if (op === 0x68) {
                            if (pos + 1 > end)
                                this.truncated(pos + 1);
                            idx = buf[pos++];
                        }
                        else {
                            if (pos + 4 > end)
                                this.truncated(pos + 4);
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
                                this.truncated(pos + 1);
                            idx = buf[pos++];
                        }
                        else if (op === 0x72) {
                            if (pos + 4 > end)
                                this.truncated(pos + 4);
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
                            this.truncated(pos + 8);
                        if (plain) {
                            // _pickle reads the whole frame ahead: a frame longer than what is left ends the load
                            const len = buf.readBigUInt64LE(pos);
                            if (len > 0x7fffffffffffffffn)
                                this.fail("FRAME length exceeds system's maximum");
                            if (len > BigInt(end - pos - 8))
                                this.truncated(len > BigInt(Number.MAX_SAFE_INTEGER) ? Infinity : pos + 8 + Number(len));
                        }
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
            case opcodes.OP.POP_MARK:
                this.sp = this.popMarkAt();
                break;
            case opcodes.OP.FLOAT:
            case opcodes.OP.INT:
            case opcodes.OP.LONG: {
                const [s, e] = this.line();
                if (e - s > LONG_TEXT) {
                    // a number of thousands of digits: checked for its characters (linear), kept as its size (no BigInt of a MB)
                    if (!longNumberOk(buf, s, e))
                        this.fail(`invalid literal in ${(0,opcodes/* opcodeName */.G6)(op)}`);
                    this.push(new PBytes(e - s, 'int'));
                    break;
                }
                const text = buf.toString('latin1', s, e);
                if (op === opcodes.OP.FLOAT) {
                    const v = parseFloatOperand(text);
                    if (v === null)
                        this.fail('could not convert string to float');
                    this.push(v);
                }
                else if (op === opcodes.OP.INT) {
                    const v = parseIntOperand(text);
                    if (v === null)
                        this.fail('invalid literal for int()');
                    this.push(typeof v === 'bigint' && v >= -0x20000000000000n && v <= 0x20000000000000n ? Number(v) : v);
                }
                else {
                    const v = parseLongOperand(text);
                    if (v === null)
                        this.fail('invalid literal for int() in LONG');
                    this.push(v);
                }
                break;
            }
            case opcodes.OP.LONG1:
            case opcodes.OP.LONG4: {
                let n;
                if (op === opcodes.OP.LONG1)
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
                    this.push(new PBytes(n, 'int'));
                break;
            }
            case opcodes.OP.STRING: {
                const [s, e] = this.line();
                if (e - s > LONG_TEXT && !this.sh.plain) {
                    if (!quotedStringOk(buf, s, e))
                        this.fail('the STRING opcode argument must be quoted');
                    this.push(new PBytes(e - s, 'str'));
                    break;
                }
                const v = parseQuotedString(buf.toString('latin1', s, e));
                if (v === null)
                    this.fail('the STRING opcode argument must be quoted');
                // plain pickle.load decodes it with encoding='ASCII'
                if (this.sh.plain && !isAsciiText(v))
                    this.fail(ASCII_ERROR);
                this.push(e - s > LONG_TEXT ? new PBytes(e - s, 'str') : v);
                break;
            }
            case opcodes.OP.UNICODE: {
                const [s, e] = this.line();
                if (e - s > LONG_TEXT && !this.sh.plain) {
                    this.push(new PBytes(e - s, 'str'));
                    break;
                }
                const v = decodeRawUnicodeEscape(buf.subarray(s, e));
                if (v === null)
                    this.fail('malformed \\uXXXX escape in UNICODE');
                this.push(e - s > LONG_TEXT ? new PBytes(e - s, 'str') : v);
                break;
            }
            case opcodes.OP.EMPTY_DICT:
                this.push(this.made(new PDict()));
                break;
            case opcodes.OP.DICT: {
                const items = this.popMark();
                if (items.length % 2)
                    this.fail('odd number of items for DICT');
                if (this.sh.plain)
                    for (let i = 0; i < items.length; i += 2)
                        this.plainHashable(items[i]);
                const d = this.made(new PDict());
                if (this.keep(items.length) || items.length < 128)
                    for (let i = 0; i < items.length; i += 2)
                        this.setItem(d, items[i], items[i + 1]);
                this.push(d);
                break;
            }
            case opcodes.OP.EMPTY_SET:
                this.push(this.made(new PSet([], false)));
                break;
            case opcodes.OP.FROZENSET: {
                const items = this.popMark();
                if (this.sh.plain)
                    for (const x of items)
                        this.plainHashable(x);
                this.push(this.made(new PSet(this.keep(items.length) ? items : [], true)));
                break;
            }
            case opcodes.OP.SETITEM: {
                const v = this.pop();
                const k = this.pop();
                const d = this.top();
                if (this.sh.plain)
                    this.plainSetItems(d, [k, v]);
                if (d instanceof PDict && (this.keep(1) || d.size < 64))
                    this.setItem(d, k, v);
                break;
            }
            case opcodes.OP.SETITEMS: {
                const items = this.popMark();
                if (items.length % 2)
                    this.fail('odd number of items for SETITEMS');
                const d = this.top();
                if (this.sh.plain)
                    this.plainSetItems(d, items);
                if (d instanceof PDict && (this.keep(items.length) || d.size < 64))
                    for (let i = 0; i < items.length; i += 2)
                        this.setItem(d, items[i], items[i + 1]);
                break;
            }
            case opcodes.OP.ADDITEMS: {
                const items = this.popMark();
                const s = this.top();
                if (this.sh.plain && items.length)
                    this.plainAddItems(s, items);
                if (s instanceof PSet && this.keep(items.length))
                    for (const v of items)
                        s.items.push(v);
                break;
            }
            case opcodes.OP.GET:
                this.memoGet(this.indexFromLine());
                break;
            case opcodes.OP.PUT: {
                const idx = this.indexFromLine();
                if (idx < 0)
                    this.fail('negative PUT argument');
                this.memoPut(idx);
                break;
            }
            case opcodes.OP.GLOBAL: {
                const m = this.nameLine('GLOBAL');
                const n = this.nameLine('GLOBAL');
                this.push(this.addGlobal(m, n, 'GLOBAL', opPos, true));
                break;
            }
            case opcodes.OP.STACK_GLOBAL: {
                const name = this.pop();
                const module = this.pop();
                if (typeof name === 'string' && typeof module === 'string') {
                    if (!isImportName(module) || !isImportName(name))
                        this.fail(`STACK_GLOBAL names ${render(module)} ${render(name)}, which no module or attribute can be called`);
                    this.push(this.addGlobal(module, name, 'STACK_GLOBAL', opPos, true));
                }
                else if (mayBeStr(name) && mayBeStr(module)) {
                    // a value made at load time (a call's result, a global, a persistent id) may be a str: what is imported cannot be known
                    this.push(this.addGlobal(render(module), render(name), 'STACK_GLOBAL', opPos, false));
                }
                else
                    this.fail('STACK_GLOBAL requires str');
                break;
            }
            case opcodes.OP.INST: {
                // _pickle finds the MARK before it reads the names, and reads them as ASCII
                if (this.marks.length === 0)
                    this.fail('could not find MARK');
                const m = this.nameLine('INST');
                const n = this.nameLine('INST');
                const g = this.addGlobal(m, n, 'INST', opPos, true);
                const args = this.popMark();
                this.noteCall(g, args);
                this.push(this.made(new PObj('INST', g, args)));
                break;
            }
            case opcodes.OP.OBJ: {
                const items = this.popMark();
                if (items.length < 1)
                    this.fail('unpickling stack underflow');
                this.callable(items[0], 'OBJ');
                this.noteCall(items[0], items.slice(1));
                this.push(this.made(new PObj('OBJ', items[0], items.slice(1))));
                break;
            }
            case opcodes.OP.REDUCE: {
                const args = this.pop();
                const f = this.pop();
                this.callable(f, 'REDUCE');
                const a = args instanceof PTuple ? args.items : [args];
                const folded = this.foldGetattr(f, a, opPos);
                if (folded) {
                    this.push(folded);
                    break;
                }
                this.noteCall(f, a);
                this.push(this.made(new PObj('REDUCE', f, a)));
                break;
            }
            case opcodes.OP.NEWOBJ: {
                const args = this.pop();
                const cls = this.pop();
                this.callable(cls, 'NEWOBJ');
                const a = args instanceof PTuple ? args.items : [args];
                this.noteCall(cls, a);
                this.push(this.made(new PObj('NEWOBJ', cls, a)));
                break;
            }
            case opcodes.OP.NEWOBJ_EX: {
                const kwargs = this.pop();
                const args = this.pop();
                const cls = this.pop();
                this.callable(cls, 'NEWOBJ_EX');
                const a = args instanceof PTuple ? [...args.items, kwargs] : [args, kwargs];
                this.noteCall(cls, a);
                this.push(this.made(new PObj('NEWOBJ_EX', cls, a)));
                break;
            }
            case opcodes.OP.BUILD: {
                const state = this.pop();
                const inst = this.top();
                if (this.sh.plain)
                    this.plainBuild(inst, state);
                if (inst instanceof PObj) {
                    inst.state = state;
                    if (isJoblibWrapper(inst))
                        this.joblibArray(inst);
                }
                break;
            }
            case opcodes.OP.PERSID: {
                if (!this.sh.persistent)
                    this.fail(NO_PERSISTENT_LOAD);
                const [s, e] = this.line();
                this.push(this.made(new PPersistent(e - s > LONG_TEXT ? new PBytes(e - s) : buf.toString('latin1', s, e))));
                break;
            }
            case opcodes.OP.BINPERSID:
                if (!this.sh.persistent)
                    this.fail(NO_PERSISTENT_LOAD);
                this.push(this.made(new PPersistent(this.pop())));
                break;
            case opcodes.OP.EXT1:
            case opcodes.OP.EXT2:
            case opcodes.OP.EXT4: {
                const code = op === opcodes.OP.EXT1 ? buf[this.need(1)] : op === opcodes.OP.EXT2 ? buf.readUInt16LE(this.need(2)) : buf.readInt32LE(this.need(4));
                if (code <= 0)
                    this.fail('EXT specifies code <= 0');
                // copyreg's extension registry is empty unless a library fills it: plain pickle.load raises
                if (this.sh.plain)
                    this.fail(`unregistered extension code ${code}`);
                this.push(this.addGlobal('copyreg._extension_registry', String(code), 'EXT', opPos, false));
                break;
            }
            case opcodes.OP.PROTO: {
                const p = buf[this.need(1)];
                if (p > opcodes/* HIGHEST_PROTOCOL */.a6)
                    this.fail(`unsupported pickle protocol: ${p}`);
                this.proto = p;
                break;
            }
            case opcodes.OP.NEXT_BUFFER:
                this.fail('pickle stream refers to out-of-band data but no buffers argument was given');
                break;
            case opcodes.OP.READONLY_BUFFER: {
                const v = this.top();
                if (this.sh.plain && !isOpaque(v)) {
                    // memoryview(obj): only bytes and bytearray have the buffer protocol; a bytearray becomes a read-only view
                    if (!(v instanceof PBytes) || v.kind === 'str' || v.kind === 'int')
                        this.fail(`memoryview: a bytes-like object is required, not ${typeName(v)}`);
                    if (v.kind === 'bytearray') {
                        this.sp--;
                        this.push(new PBytes(v.length, 'view'));
                    }
                }
                break;
            }
            default:
                this.pos = opPos;
                this.fail(`invalid load key, '${(0,opcodes/* opcodeName */.G6)(op)}'`);
        }
    }
    /** A GLOBAL or INST operand line: a module or qualified name, never text (a Python or YAML file starting with `c` or `i`). */
    nameLine(op) {
        const [s, e] = this.line();
        const text = e - s > MAX_NAME || (op === 'INST' && !isAsciiRange(this.buf, s, e)) ? '' : this.buf.toString('utf8', s, e);
        if (!isImportName(text))
            this.fail(`${op} operand ${render(e - s > MAX_NAME ? `${this.buf.toString('latin1', s, s + 40)}\u2026` : text)} is not a module or attribute name`);
        return text;
    }
    /**
     * CPython calls only what can be called: a value the stream built itself (None, a number, a str,
     * bytes, a tuple, list, dict or set) cannot be, and the load stops there, before anything runs.
     */
    callable(f, op) {
        if (!(f instanceof PGlobal || f instanceof PObj || f instanceof PPersistent))
            this.fail(`${op} on ${render(f)}, which is not callable`);
    }
    /**
     * builtins.getattr(<global>, '<name>') is the protocol 2 spelling of the dotted global `module.Class.name`
     * (zoneinfo.ZoneInfo._unpickle in every pickled pandas frame with a tz-aware column): it is reported
     * as that dotted global, judged like any other, instead of as a getattr call.
     */
    foldGetattr(f, a, opPos) {
        if (!(f instanceof PGlobal) || !f.resolved || f.module !== 'builtins' || f.name !== 'getattr' || a.length !== 2)
            return null;
        const [target, attr] = a;
        if (!(target instanceof PGlobal) || !target.resolved || typeof attr !== 'string' || !isIdentPart(attr))
            return null;
        const g = this.sh.globals.get(globalKey(f.module, f.name, true));
        if (g)
            g.folded = (g.folded ?? 0) + 1;
        return this.addGlobal(target.module, `${target.name}.${attr}`, 'GETATTR', opPos, true, true);
    }
    /** GET and PUT operands: PyLong_FromString(s, NULL, 10), which reads up to a NUL, with whitespace and underscores. */
    indexFromLine() {
        const [a, b] = this.line();
        if (b - a > LONG_TEXT)
            this.fail('memo key out of range');
        const s = pyIntBase10(this.buf.toString('latin1', a, b));
        if (s === null)
            this.fail('memo key must be an integer');
        if (s > 0x7fffffffffffffffn || s < -0x8000000000000000n)
            this.fail('memo key out of range');
        // indices past 2^53 cannot be held by a memo: no GET finds them, and a PUT there is kept sparse
        return Number(s);
    }
    // --- plain pickle.load (ScanOptions.plainLoad): what the default Unpickler refuses on values the stream built itself ---
    /** dict keys, set and frozenset items must hash. */
    plainHashable(v) {
        if (!hashable(v))
            this.fail(`unhashable type: '${typeName(v)}'`);
    }
    /** APPEND(S) on a value: lists take anything, a bytearray takes bytes, other built-in values have no append. */
    plainAppend(target, items) {
        if (isOpaque(target) || target instanceof PList)
            return;
        if (target instanceof PBytes && target.kind === 'bytearray') {
            for (const x of items)
                if (asIndex(x) === null || asIndex(x) < 0 || asIndex(x) > 255)
                    this.fail('byte must be in range(0, 256)');
            target.length += items.length;
            return;
        }
        this.fail(`'${typeName(target)}' object has no attribute 'extend'`);
    }
    /** SETITEM(S): a dict takes hashable keys, a list or bytearray an index in range, nothing else built by the stream takes any. */
    plainSetItems(target, items) {
        if (isOpaque(target) || items.length === 0)
            return;
        if (target instanceof PDict) {
            for (let i = 0; i < items.length; i += 2)
                this.plainHashable(items[i]);
            return;
        }
        const len = target instanceof PList ? target.length : target instanceof PBytes && target.kind === 'bytearray' ? target.length : -1;
        if (len < 0)
            this.fail(`'${typeName(target)}' object does not support item assignment`);
        for (let i = 0; i < items.length; i += 2) {
            const k = asIndex(items[i]);
            if (k === null)
                this.fail(`${typeName(target)} indices must be integers`);
            if (k < -len || k >= len)
                this.fail('assignment index out of range');
            if (target instanceof PBytes) {
                const v = asIndex(items[i + 1]);
                if (v === null || v < 0 || v > 255)
                    this.fail('byte must be in range(0, 256)');
            }
        }
    }
    /** ADDITEMS: a set takes hashable items; nothing else built by the stream has add(). */
    plainAddItems(target, items) {
        if (isOpaque(target))
            return;
        if (!(target instanceof PSet) || target.frozen)
            this.fail(`'${typeName(target)}' object has no attribute 'add'`);
        for (const x of items)
            this.plainHashable(x);
    }
    /**
     * BUILD on a value the stream built (no __setstate__, no __dict__): only a state of None, or
     * (None, {}), leaves it alone; any other state raises.
     */
    plainBuild(inst, state) {
        if (isOpaque(inst) || state === null)
            return;
        if (state instanceof PTuple && state.length === 2) {
            const [s0, s1] = state.items;
            if (s0 === null && s1 instanceof PDict && s1.size === 0)
                return;
        }
        this.fail(`BUILD state ${render(state)} cannot be set on ${typeName(inst)}`);
    }
    setItem(d, k, v) {
        d.set(k, v);
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
                const memo = new Memo();
                memo.maxSparse = this.sh.limits.maxSparseMemo;
                const m = new Machine(this.buf, this.pos, this.end, memo, this.sh);
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
        if (st.has('numpy_array_alignment_bytes')) {
            const pad = this.buf[this.need(1)];
            this.need(pad);
        }
        const bytes = count * BigInt(info.itemSize);
        if (bytes > BigInt(this.end - this.pos))
            this.fail(`joblib array data (${bytes} bytes) runs past the end of the stream`);
        this.need(Number(bytes));
        this.sh.cloned += this.memo.len + (this.memo.sparse?.size ?? 0);
        if (this.sh.cloned > this.sh.limits.maxMemo * 4)
            throw new Stop('limit', `joblib arrays times memo entries exceed ${this.sh.limits.maxMemo * 4} (limit maxMemo)`);
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
function dtypeInfo(d, depth = 0) {
    if (!(d instanceof PObj) || depth > 32)
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
            const fd = v instanceof PTuple ? dtypeInfo(v.items[0], depth + 1) : null;
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
/** Any exception out of the machine: a Stop, or a failure of the VM itself (a bug, a RangeError) kept as the file's error. */
function asStop(e) {
    if (e instanceof Stop)
        return e;
    const msg = e instanceof Error ? `${e.name}: ${e.message}` : String(e);
    return new Stop('internal', `the pickle scanner failed (${msg.slice(0, 200)}); the file could not be examined`);
}
function scanPickle(buf, options = {}) {
    const start = options.start ?? 0;
    const end = options.end ?? buf.length;
    const limits = { ...DEFAULT_VM_LIMITS, deadline: (0,clock/* nowMs */.T)() + (options.timeMs ?? 120_000), ...options.limits };
    const sh = { globals: new Map(), objects: 0, cloned: 0, limits, ops: 0, items: 0, joblibArrays: 0, arrayRegions: [], depth: 0, heap: new Heap(buf, Math.min(limits.maxItems + (1 << 25), ARENA_MAX)), plain: options.plainLoad === true, streamEnd: Math.max(end, options.streamEnd ?? end), persistent: options.plainLoad !== true };
    const memo = new Memo();
    memo.maxSparse = limits.maxSparseMemo;
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
            if (sh.plain) {
                if (!result.legacyTorch) {
                    if (pos < end)
                        result.trailing = { offset: pos, length: end - pos, reason: 'not read: pickle.load reads one pickle' };
                    break;
                }
                // torch.load's legacy reader goes on (with a persistent_load, encoding utf-8): read on leniently, as any loader
                sh.plain = false;
                sh.persistent = true;
            }
        }
        catch (err) {
            const e = asStop(err);
            result.protocol = Math.max(result.protocol, m.proto);
            const stop = { kind: e.kind, offset: m.pos, opcode: m.pos < end ? (0,opcodes/* opcodeName */.G6)(buf[m.pos]) : 'EOF', message: e.message, pickle: result.pickles, ...(e.more !== null ? { needsMore: e.more } : {}) };
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
        catch (err) {
            const e = asStop(err);
            if (e.kind !== 'parse')
                result.error ??= { kind: e.kind, offset: fm.pos, opcode: '', message: e.message, pickle: 0 };
        }
        sh.ops = saved;
    }
    // a getattr used only as the dotted globals it spells (foldGetattr) is reported as those globals
    result.globals = [...sh.globals.values()].filter((g) => !(g.folded && !g.called && !g.escaped)).sort((a, b) => a.offset - b.offset);
    result.opcodes = sh.ops;
    result.joblibArrays = sh.joblibArrays;
    return result;
}


/***/ })

};
