export const id = 6908;
export const ids = [6908];
export const modules = {

/***/ 86908:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  decompress: () => (/* binding */ decompress)
});

// UNUSED EXPORTS: checkZstdFrames, sniffCompression

// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(38522);
// EXTERNAL MODULE: ./node_modules/fzstd/esm/index.mjs
var esm = __webpack_require__(68339);
// EXTERNAL MODULE: ./node_modules/seek-bzip/lib/index.js
var lib = __webpack_require__(79634);
var lib_default = /*#__PURE__*/__webpack_require__.n(lib);
// EXTERNAL MODULE: ./node_modules/xz-decompress/dist/package/xz-decompress.js
var xz_decompress = __webpack_require__(36642);
var xz_decompress_default = /*#__PURE__*/__webpack_require__.n(xz_decompress);
// EXTERNAL MODULE: ./src/scanners/model/limits.ts
var limits = __webpack_require__(19769);
;// CONCATENATED MODULE: ./src/scanners/model/lz4.ts
/**
 * LZ4 frame decoder (the format of lz4.frame.compress, which joblib uses), with bounded output.
 * Written here because the pure-JS LZ4 packages on npm write past their output silently (typed
 * array stores out of range are dropped) and read frame headers without bounds checks: for hostile
 * input a truncated result would look like a complete one. Every length and offset is checked;
 * any inconsistency throws, and output past `max` bytes is a LimitError.
 * Spec: lz4_Frame_format.md and lz4_Block_format.md (frame v1.6.x).
 */

const MAGIC = 0x184d2204;
const BLOCK_MAX = { 4: 64 << 10, 5: 256 << 10, 6: 1 << 20, 7: 4 << 20 };
class Lz4Error extends Error {
}
class Out {
    max;
    buf;
    n = 0;
    constructor(initial, max) {
        this.max = max;
        this.buf = Buffer.allocUnsafe(Math.max(64, Math.min(initial, max)));
    }
    ensure(extra) {
        const need = this.n + extra;
        if (need > this.max)
            throw new limits/* LimitError */.o(`lz4 stream inflates past the ${this.max}-byte limit`);
        if (need <= this.buf.length)
            return;
        const next = Buffer.allocUnsafe(Math.min(this.max, Math.max(need, this.buf.length * 2)));
        this.buf.copy(next, 0, 0, this.n);
        this.buf = next;
    }
}
function block(src, s, end, out) {
    while (s < end) {
        const token = src[s++];
        let lit = token >> 4;
        if (lit === 15) {
            for (;;) {
                if (s >= end)
                    throw new Lz4Error('literal length runs past the block');
                const b = src[s++];
                lit += b;
                if (b !== 255)
                    break;
            }
        }
        if (s + lit > end)
            throw new Lz4Error('literals run past the block');
        out.ensure(lit);
        src.copy(out.buf, out.n, s, s + lit);
        out.n += lit;
        s += lit;
        if (s === end)
            return; // the last sequence has literals only
        if (s + 2 > end)
            throw new Lz4Error('match offset runs past the block');
        const off = src[s] | (src[s + 1] << 8);
        s += 2;
        if (off === 0 || off > out.n)
            throw new Lz4Error(`match offset ${off} points before the start of the data`);
        let len = (token & 15) + 4;
        if ((token & 15) === 15) {
            for (;;) {
                if (s >= end)
                    throw new Lz4Error('match length runs past the block');
                const b = src[s++];
                len += b;
                if (b !== 255)
                    break;
            }
        }
        out.ensure(len);
        const b = out.buf;
        let from = out.n - off;
        let to = out.n;
        if (off >= len)
            b.copy(b, to, from, from + len);
        else
            for (let i = 0; i < len; i++)
                b[to++] = b[from++];
        out.n += len;
    }
}
/** Decodes one or more concatenated LZ4 frames (skippable frames are skipped), at most `max` bytes out. */
function decodeLz4Frames(src, max) {
    const out = new Out(src.length * 4, max);
    let p = 0;
    const need = (n, what) => {
        if (p + n > src.length)
            throw new Lz4Error(`${what} runs past the end of the stream`);
    };
    while (p < src.length) {
        need(4, 'frame magic');
        const magic = src.readUInt32LE(p);
        p += 4;
        if ((magic & 0xfffffff0) === 0x184d2a50) {
            need(4, 'skippable frame size');
            const n = src.readUInt32LE(p);
            p += 4;
            need(n, 'skippable frame');
            p += n;
            continue;
        }
        if (magic !== MAGIC)
            throw new Lz4Error(p === 4 ? 'not an LZ4 frame (bad magic)' : `bytes after frame end at ${p - 4} are not another LZ4 frame`);
        need(3, 'frame descriptor');
        const flg = src[p];
        const bd = src[p + 1];
        if (flg >> 6 !== 1)
            throw new Lz4Error(`unsupported LZ4 frame version ${flg >> 6}`);
        if (flg & 2 || bd & 0x8f)
            throw new Lz4Error('reserved bits set in the frame descriptor');
        const blockMax = BLOCK_MAX[(bd >> 4) & 7];
        if (!blockMax)
            throw new Lz4Error(`invalid block maximum size code ${(bd >> 4) & 7}`);
        const blockSum = (flg & 0x10) !== 0;
        const contentSize = (flg & 8) !== 0;
        const contentSum = (flg & 4) !== 0;
        const dictId = (flg & 1) !== 0;
        p += 2 + (contentSize ? 8 : 0) + (dictId ? 4 : 0) + 1; // header checksum byte
        if (dictId)
            throw new Lz4Error('frame needs a preset dictionary, which cannot be known');
        for (;;) {
            need(4, 'block size');
            const raw = src.readUInt32LE(p);
            p += 4;
            if (raw === 0)
                break;
            const size = raw & 0x7fffffff;
            if (size > blockMax)
                throw new Lz4Error(`block of ${size} bytes is over the frame's ${blockMax}-byte block maximum`);
            need(size + (blockSum ? 4 : 0), 'block');
            if (raw & 0x80000000) {
                out.ensure(size);
                src.copy(out.buf, out.n, p, p + size);
                out.n += size;
            }
            else
                block(src, p, p + size, out);
            p += size + (blockSum ? 4 : 0);
        }
        if (contentSum) {
            need(4, 'content checksum');
            p += 4;
        }
    }
    return out.buf.subarray(0, out.n);
}

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

// EXTERNAL MODULE: ./src/scanners/model/compression.ts
var compression = __webpack_require__(13611);
;// CONCATENATED MODULE: ./src/scanners/model/decompress.ts
/**
 * The compressed wrappers joblib (and people) put around pickles: zlib, gzip, bz2, xz, legacy
 * lzma, lz4 and zstd. Every decoder stops at a byte limit and a ratio limit: a stream that would
 * inflate past them is an error (a possible bomb), never a partial scan passed off as complete.
 * Decoders: node:zlib (zlib, gzip), seek-bzip (bz2), xz-decompress (xz-embedded compiled to
 * WebAssembly, inlined in its JS: it bundles with ncc), fzstd (zstd), and our own lzma.ts and
 * lz4.ts where no package reads hostile input with bounds.
 */



// xz-decompress is a webpack UMD module: Node's ESM loader sees only a default export, the ncc
// bundle only named ones (a default import is undefined there), so take it from either place.





const XzReadableStream = (xz_decompress.XzReadableStream ?? (xz_decompress_default())?.XzReadableStream);
function checkRatio(out, input, maxRatio) {
    if (out > 1024 * 1024 && out / Math.max(1, input) > maxRatio) {
        throw new limits/* LimitError */.o(`inflates ${Math.round(out / Math.max(1, input))}:1, over the ${maxRatio}:1 ratio limit (a possible decompression bomb)`);
    }
}
function zlibLimited(fn, input, max, what) {
    try {
        return fn(input, { maxOutputLength: max });
    }
    catch (e) {
        const err = e;
        if (err.code === 'ERR_BUFFER_TOO_LARGE' || /maxOutputLength|Cannot create a Buffer larger/.test(err.message)) {
            throw new limits/* LimitError */.o(`${what} stream inflates past the ${max}-byte limit`);
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
    const reader = new XzReadableStream(src).getReader();
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
                throw new limits/* LimitError */.o(`xz stream inflates past the ${max}-byte limit`);
            }
            parts.push(Buffer.from(value));
        }
    }
    catch (e) {
        if (e instanceof limits/* LimitError */.o)
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
                    throw new limits/* LimitError */.o(`bz2 stream inflates past the ${max}-byte limit`);
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
        if (e instanceof limits/* LimitError */.o)
            throw e;
        throw new Error(`bz2 stream is corrupt: ${e.message ?? String(e)}`, { cause: e });
    }
    return buf.subarray(0, pos);
}
/**
 * Checks every zstd frame header before decoding: fzstd allocates the frame's window (or its
 * whole declared content, for single-segment frames) up front, up to 2 GiB, so a 20-byte header
 * could cost that much memory. Frames whose window is over `max` are refused here.
 */
function checkZstdFrames(input, max) {
    let p = 0;
    while (p < input.length) {
        if (p + 8 > input.length)
            throw new Error('zstd frame header runs past the end of the stream');
        const magic = input.readUInt32LE(p);
        if ((magic & 0xfffffff0) === 0x184d2a50) {
            p += 8 + input.readUInt32LE(p + 4);
            continue;
        }
        if (magic !== 0xfd2fb528)
            throw new Error(`bytes at ${p} are not a zstd frame`);
        const fhd = input[p + 4];
        const single = (fhd >> 5) & 1;
        const fcsFlag = fhd >> 6;
        const dictBytes = [0, 1, 2, 4][fhd & 3];
        if (fhd & 8)
            throw new Error('reserved bit set in a zstd frame header');
        let q = p + 5;
        let window = 0;
        if (!single) {
            const wd = input[q++];
            const base = 2 ** (10 + (wd >> 3));
            window = base + (base / 8) * (wd & 7);
        }
        q += dictBytes;
        const fcsBytes = fcsFlag === 0 ? single : 1 << fcsFlag;
        if (q + fcsBytes > input.length)
            throw new Error('zstd frame header runs past the end of the stream');
        let fcs = 0;
        for (let i = fcsBytes - 1; i >= 0; i--)
            fcs = fcs * 256 + input[q + i];
        if (fcsFlag === 1)
            fcs += 256;
        q += fcsBytes;
        if (single)
            window = fcs;
        if (window > max)
            throw new limits/* LimitError */.o(`zstd frame declares a ${window}-byte window, over the ${max}-byte limit`);
        // blocks: 3-byte headers (last flag, type, size); RLE blocks hold one byte
        for (;;) {
            if (q + 3 > input.length)
                throw new Error('zstd block header runs past the end of the stream');
            const h = input[q] | (input[q + 1] << 8) | (input[q + 2] << 16);
            q += 3;
            const type = (h >> 1) & 3;
            if (type === 3)
                throw new Error('reserved zstd block type');
            q += type === 1 ? 1 : h >>> 3;
            if (h & 1)
                break;
        }
        p = q + ((fhd >> 2) & 1 ? 4 : 0);
        if (p > input.length)
            throw new Error('zstd frame runs past the end of the stream');
    }
}
function zstdLimited(input, max) {
    checkZstdFrames(input, max);
    const parts = [];
    let total = 0;
    const d = new esm/* Decompress */.YM((chunk) => {
        total += chunk.length;
        if (total > max)
            throw new limits/* LimitError */.o(`zstd stream inflates past the ${max}-byte limit`);
        parts.push(Buffer.from(chunk));
    });
    try {
        d.push(new Uint8Array(input.buffer, input.byteOffset, input.byteLength), true);
    }
    catch (e) {
        if (e instanceof limits/* LimitError */.o)
            throw e;
        throw new Error(`zstd stream is corrupt: ${e.message ?? String(e)}`, { cause: e });
    }
    return Buffer.concat(parts, total);
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
                    throw new limits/* LimitError */.o(e.message);
                throw new Error(`lzma stream is corrupt: ${e.message}`, { cause: e });
            }
            break;
        case 'lz4':
            try {
                out = decodeLz4Frames(input, max);
            }
            catch (e) {
                if (e instanceof Lz4Error)
                    throw new Error(`lz4 stream is corrupt: ${e.message}`, { cause: e });
                throw e;
            }
            break;
        case 'zstd':
            out = zstdLimited(input, max);
            break;
        default:
            throw new Error(`${kind} compression cannot be read by this scanner; decompress the file or convert it to safetensors`);
    }
    checkRatio(out.length, input.length, maxRatio);
    return out;
}


/***/ })

};
