export const id = 6730;
export const ids = [6730];
export const modules = {

/***/ 66730:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  C2: () => (/* reexport */ CsvParser),
  EH: () => (/* reexport */ types_TabularError),
  MY: () => (/* reexport */ csvHeader),
  W7: () => (/* reexport */ csvProblem),
  Zm: () => (/* reexport */ fieldTexts),
  be: () => (/* binding */ formatOf),
  xz: () => (/* binding */ readTable),
  jF: () => (/* reexport */ scanCsv)
});

// UNUSED EXPORTS: readCsv, readCsvHeader, readJsonl, readParquet, splitFields

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: external "node:buffer"
var external_node_buffer_ = __webpack_require__(4573);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
;// CONCATENATED MODULE: ./src/scanners/tabular/types.ts
/** What every tabular reader yields: records in batches, with the file line each record starts on. */
/** Input that cannot be read any further (bad encoding, truncated Parquet, over the size limit). */
class types_TabularError extends Error {
    line;
    constructor(message, line) {
        super(message);
        this.name = 'TabularError';
        this.line = line;
    }
}

;// CONCATENATED MODULE: ./src/scanners/tabular/text.ts
/**
 * Streams a file as UTF-8 text in chunks, refusing invalid UTF-8 with the line it is on, and a
 * byte limit so that a hostile file cannot exhaust the runner. A leading BOM is removed.
 */


function countNewlines(s) {
    let n = 0;
    let i = s.indexOf('\n');
    while (i !== -1) {
        n++;
        i = s.indexOf('\n', i + 1);
    }
    return n;
}
async function* text_textChunks(file, opts = {}) {
    const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });
    const stream = (0,external_node_fs_.createReadStream)(file, { highWaterMark: 1 << 20, signal: opts.signal });
    let bytes = 0;
    let lines = 0;
    try {
        for await (const buf of stream) {
            bytes += buf.length;
            if (opts.maxBytes !== undefined && bytes > opts.maxBytes) {
                throw new types_TabularError(`the file is larger than the limit of ${opts.maxBytes} bytes (max-bytes); it was not read further`, null);
            }
            let text;
            try {
                text = decoder.decode(buf, { stream: true });
            }
            catch {
                const loose = new TextDecoder('utf-8').decode(buf);
                const at = loose.indexOf('\uFFFD');
                const line = lines + countNewlines(loose.slice(0, Math.max(at, 0))) + 1;
                throw new types_TabularError(`invalid UTF-8 at line ${line}: the file is not UTF-8 text (re-encode it as UTF-8)`, line);
            }
            lines += countNewlines(text);
            if (text)
                yield text;
        }
        let rest;
        try {
            rest = decoder.decode();
        }
        catch {
            throw new types_TabularError(`invalid UTF-8 at line ${lines + 1}: the file ends inside a multi-byte character`, lines + 1);
        }
        if (rest)
            yield rest;
    }
    finally {
        stream.destroy();
    }
}

;// CONCATENATED MODULE: ./src/scanners/tabular/csv.ts
/**
 * Streaming CSV/TSV reader: RFC 4180 quoting (fields in double quotes, "" for a quote, line breaks
 * inside quoted fields), any single-character delimiter, CRLF or LF, a UTF-8 BOM. The first record is
 * the header. Blank lines are skipped (as pandas does). A record with a different number of fields
 * than the header is yielded with a `ragged-row` problem; a quote left open at the end of the file is
 * an `unterminated-quote` problem on the record where it opened.
 */




function checkDelimiter(delimiter) {
    if (delimiter.length !== 1 || delimiter === '"' || delimiter === '\n' || delimiter === '\r') {
        throw new types_TabularError(`invalid CSV delimiter ${JSON.stringify(delimiter)}: use one character other than a quote or a line break`, null);
    }
}
/** Incremental parser over text chunks. */
class CsvParser {
    delimiter;
    buf = '';
    line = 1;
    first = true;
    constructor(delimiter) {
        this.delimiter = delimiter;
        checkDelimiter(delimiter);
    }
    /** Parses the complete records in `chunk` (plus what was left over); keeps an incomplete tail. */
    push(chunk, out, final = false) {
        let buf = this.buf + chunk;
        if (this.first && buf.length) {
            if (buf.charCodeAt(0) === 0xfeff)
                buf = buf.slice(1);
            this.first = false;
        }
        const d = this.delimiter;
        const len = buf.length;
        let p = 0;
        let nextQuote = buf.indexOf('"');
        while (p < len) {
            const nl = buf.indexOf('\n', p);
            if (nl === -1 && !final)
                break;
            const end = nl === -1 ? len : nl;
            if (nextQuote !== -1 && nextQuote < p)
                nextQuote = buf.indexOf('"', p);
            if (nextQuote === -1 || nextQuote >= end) {
                // Fast path: no quote on this line.
                let lineText = buf.slice(p, end);
                if (lineText.endsWith('\r'))
                    lineText = lineText.slice(0, -1);
                if (lineText.length)
                    out.push({ cells: lineText.split(d), line: this.line });
                this.line++;
                p = end + 1;
                continue;
            }
            // Slow path: a quoted field somewhere in this record; it may span lines.
            const r = parseQuoted(buf, p, final, d);
            if (!r)
                break;
            out.push({ cells: r.cells, line: this.line, unterminated: r.unterminated });
            this.line += r.newlines + 1;
            p = r.next;
        }
        this.buf = p < len ? buf.slice(p) : '';
    }
}
/**
 * One record starting at `start` that has a quote before its line end. Null when `buf` ends before
 * the record does and more text may follow (`final` false).
 */
function parseQuoted(buf, start, final, d) {
    const cells = [];
    let field = '';
    let i = start;
    let newlines = 0;
    const len = buf.length;
    for (;;) {
        if (i < len && buf[i] === '"') {
            // Quoted field.
            i++;
            for (;;) {
                const q = buf.indexOf('"', i);
                if (q === -1) {
                    if (!final)
                        return null;
                    field += buf.slice(i);
                    for (let k = i; k < len; k++)
                        if (buf[k] === '\n')
                            newlines++;
                    cells.push(field);
                    return { cells, next: len, newlines, unterminated: true };
                }
                const piece = buf.slice(i, q);
                for (let k = 0; k < piece.length; k++)
                    if (piece.charCodeAt(k) === 10)
                        newlines++;
                field += piece;
                if (q + 1 < len && buf[q + 1] === '"') {
                    field += '"';
                    i = q + 2;
                    continue;
                }
                if (q + 1 >= len && !final)
                    return null;
                i = q + 1;
                break;
            }
            // Text after the closing quote up to the delimiter is kept literally (lenient, like Python's csv).
            while (i < len && buf[i] !== d && buf[i] !== '\n' && buf[i] !== '\r')
                field += buf[i++];
        }
        else {
            while (i < len && buf[i] !== d && buf[i] !== '\n')
                field += buf[i++];
            if (field.endsWith('\r') && (i >= len || buf[i] === '\n'))
                field = field.slice(0, -1);
        }
        if (i < len && buf[i] === '\r' && i + 1 < len && buf[i + 1] === '\n')
            i++;
        if (i >= len) {
            if (!final)
                return null;
            cells.push(field);
            return { cells, next: len, newlines, unterminated: false };
        }
        if (buf[i] === d) {
            cells.push(field);
            field = '';
            i++;
            continue;
        }
        if (buf[i] === '\r')
            i++;
        // Line feed: end of record.
        cells.push(field);
        return { cells, next: i + 1, newlines, unterminated: false };
    }
}
/**
 * Splits buf[start, end) on the delimiter byte `d`: field k is buf[starts[k], ends[k]). Returns the
 * number of fields, or -1 when there are more than the arrays hold.
 */
function splitFields(buf, start, end, d, starts, ends) {
    const cap = starts.length;
    let count = 0;
    let s = start;
    for (let i = start; i < end; i++) {
        if (buf[i] !== d)
            continue;
        if (count === cap)
            return -1;
        starts[count] = s;
        ends[count++] = i;
        s = i + 1;
    }
    if (count === cap)
        return -1;
    starts[count] = s;
    ends[count++] = end;
    return count;
}
/** The fields of buf[start, end) as text. */
function fieldTexts(buf, start, end, d) {
    const cells = [];
    let s = start;
    for (;;) {
        const i = buf.indexOf(d, s);
        if (i === -1 || i >= end)
            break;
        cells.push(buf.toString('utf8', s, i));
        s = i + 1;
    }
    cells.push(buf.toString('utf8', s, end));
    return cells;
}
function firstInvalidUtf8(b, from, to) {
    let i = from;
    while (i < to) {
        const c = b[i];
        if (c < 0x80) {
            i++;
            continue;
        }
        let need;
        let lo = 0x80;
        let hi = 0xbf;
        if (c >= 0xc2 && c <= 0xdf)
            need = 1;
        else if (c >= 0xe0 && c <= 0xef) {
            need = 2;
            if (c === 0xe0)
                lo = 0xa0;
            if (c === 0xed)
                hi = 0x9f;
        }
        else if (c >= 0xf0 && c <= 0xf4) {
            need = 3;
            if (c === 0xf0)
                lo = 0x90;
            if (c === 0xf4)
                hi = 0x8f;
        }
        else
            return { at: i, truncated: false };
        for (let k = 1; k <= need; k++) {
            if (i + k >= to)
                return { at: i, truncated: true };
            const x = b[i + k];
            if (x < (k === 1 ? lo : 0x80) || x > (k === 1 ? hi : 0xbf))
                return { at: i, truncated: false };
        }
        i += need + 1;
    }
    return { at: -1, truncated: false };
}
function csv_countNewlines(b, from, to) {
    let n = 0;
    let i = b.indexOf(10, from);
    while (i !== -1 && i < to) {
        n++;
        i = b.indexOf(10, i + 1);
    }
    return n;
}
/**
 * The byte-level reader behind readCsv and the data gate: reads the file in large chunks and hands
 * each record to `sink` without decoding the lines that have no quote (their fields are byte
 * ranges); a record with a quote is decoded and parsed by the text parser, so every record comes
 * out exactly as CsvParser gives it, with the same line numbers. Refuses invalid UTF-8 with its
 * line; skips a UTF-8 BOM; enforces maxBytes. Yields after each chunk.
 */
async function* scanCsv(file, opts, sink) {
    checkDelimiter(opts.delimiter);
    const d = opts.delimiter.charCodeAt(0);
    if (d >= 0x80) {
        // A delimiter that is not one byte in UTF-8: the text path for everything.
        const parser = new CsvParser(opts.delimiter);
        const out = [];
        const flush = () => {
            for (const r of out)
                sink.cells(r.cells, r.line, !!r.unterminated);
            out.length = 0;
        };
        for await (const chunk of text_textChunks(file, opts)) {
            parser.push(chunk, out);
            flush();
            yield;
        }
        parser.push('', out, true);
        flush();
        return;
    }
    const delimiter = opts.delimiter;
    // `line` is CsvParser's line count (the line the next record starts on); `newlines` counts the
    // line feeds actually consumed, for the line of a UTF-8 error.
    let line = 1;
    let newlines = 0;
    // Smallest window (bytes) worth decoding for a quoted record that was incomplete last time.
    let pendingWindow = 0;
    const quoted = (buf, p, limit, final) => {
        let w = Math.min(limit, p + pendingWindow);
        const nl0 = buf.indexOf(10, Math.max(w - 1, p));
        w = nl0 === -1 || nl0 >= limit ? limit : nl0 + 1;
        for (;;) {
            const text = buf.toString('utf8', p, w);
            const atEnd = w >= limit;
            const r = parseQuoted(text, 0, final && atEnd, delimiter);
            if (r) {
                pendingWindow = 0;
                sink.cells(r.cells, line, r.unterminated);
                line += r.newlines + 1;
                const consumed = r.next >= text.length ? w - p : text.length === w - p ? r.next : Buffer.byteLength(text.slice(0, r.next));
                newlines += csv_countNewlines(buf, p, p + consumed);
                return p + consumed;
            }
            if (atEnd) {
                pendingWindow = w - p;
                return -1;
            }
            const nl = buf.indexOf(10, Math.min(limit, p + 2 * (w - p)) - 1);
            w = nl === -1 || nl >= limit ? limit : nl + 1;
        }
    };
    /** Hands every record in buf[0, limit) to the sink; returns where it stopped (a record start). */
    const records = (buf, limit, final) => {
        let p = 0;
        let nextQuote = -1;
        while (p < limit) {
            let nl = buf.indexOf(10, p);
            if (nl === -1 || nl >= limit)
                nl = limit;
            if (nextQuote < p && nextQuote !== limit) {
                nextQuote = buf.indexOf(34, p);
                if (nextQuote === -1 || nextQuote > limit)
                    nextQuote = limit;
            }
            if (nextQuote < nl) {
                const next = quoted(buf, p, limit, final);
                if (next < 0)
                    return p;
                p = next;
                continue;
            }
            let end = nl;
            if (end > p && buf[end - 1] === 13)
                end--;
            if (end > p)
                sink.line(buf, p, end, line);
            line++;
            newlines++;
            p = nl + 1;
        }
        return Math.min(p, limit);
    };
    const validate = (buf, from, to, final) => {
        if (from >= to || (0,external_node_buffer_.isUtf8)(buf.subarray(from, to)))
            return;
        const bad = firstInvalidUtf8(buf, from, to);
        const at = bad.at < 0 ? to : bad.at;
        const errLine = newlines + csv_countNewlines(buf, 0, at) + 1;
        if (final && bad.truncated)
            throw new types_TabularError(`invalid UTF-8 at line ${errLine}: the file ends inside a multi-byte character`, errLine);
        throw new types_TabularError(`invalid UTF-8 at line ${errLine}: the file is not UTF-8 text (re-encode it as UTF-8)`, errLine);
    };
    // Read into one buffer, reused: the unprocessed tail of a chunk (an incomplete record) is moved
    // to its front and the next bytes are read after it.
    const chunkSize = opts.chunkSize ?? 1 << 22;
    let buf = Buffer.allocUnsafe(chunkSize * 2);
    let have = 0;
    let validated = 0;
    let bomDone = false;
    let bytes = 0;
    const fh = await (0,promises_.open)(file, 'r');
    // The next chunk is read (into `incoming`) while this one is parsed.
    let incoming = Buffer.allocUnsafe(chunkSize);
    let spare = Buffer.allocUnsafe(chunkSize);
    let pending = fh.read(incoming, 0, chunkSize, null);
    try {
        for (;;) {
            opts.signal?.throwIfAborted();
            const { bytesRead } = await pending;
            pending = null;
            if (bytesRead === 0)
                break;
            bytes += bytesRead;
            if (opts.maxBytes !== undefined && bytes > opts.maxBytes) {
                throw new types_TabularError(`the file is larger than the limit of ${opts.maxBytes} bytes (max-bytes); it was not read further`, null);
            }
            if (buf.length - have < bytesRead) {
                const nb = Buffer.allocUnsafe(Math.max(buf.length * 2, have + bytesRead));
                buf.copy(nb, 0, 0, have);
                buf = nb;
            }
            incoming.copy(buf, have, 0, bytesRead);
            have += bytesRead;
            const t = incoming;
            incoming = spare;
            spare = t;
            pending = fh.read(incoming, 0, chunkSize, null);
            let from = 0;
            if (!bomDone) {
                if (have < 6)
                    continue;
                from = bomLength(buf, have);
                bomDone = true;
            }
            const lastNl = buf.lastIndexOf(10, have - 1);
            if (lastNl < from) {
                shift(from);
                continue;
            }
            const limit = lastNl + 1;
            validate(buf.subarray(from, have), validated, limit - from, false);
            const p = records(buf.subarray(from, have), limit - from, false);
            validated = limit - from - p;
            shift(from + p);
            yield;
        }
        const rest = buf.subarray(bomDone ? 0 : bomLength(buf, have), have);
        validate(rest, validated, rest.length, true);
        records(rest, rest.length, true);
        yield;
    }
    finally {
        if (pending)
            await pending.catch(() => undefined);
        await fh.close();
    }
    /** Drops buf[0, k) (processed), keeping the rest at the front. */
    function shift(k) {
        if (k > 0) {
            buf.copy(buf, 0, k, have);
            have -= k;
        }
    }
}
function bomLength(buf, have) {
    // The text path drops a BOM twice (the decoder, then the parser): so do we.
    let k = 0;
    for (let t = 0; t < 2; t++)
        if (have - k >= 3 && buf[k] === 0xef && buf[k + 1] === 0xbb && buf[k + 2] === 0xbf)
            k += 3;
    return k;
}
/** What is wrong with a data record of `count` fields under a header of `columns`, if anything. */
function csvProblem(count, columns, unterminated, line) {
    if (unterminated)
        return { rule: 'unterminated-quote', message: `a quoted field opened on line ${line} is never closed` };
    if (count !== columns)
        return { rule: 'ragged-row', message: `the row has ${count} field${count === 1 ? '' : 's'}, the header has ${columns}` };
    return undefined;
}
/** The header from the first record: trimmed names, each once. */
function csvHeader(cells, line, unterminated) {
    if (unterminated)
        throw new types_TabularError(`line ${line}: the header has a quote that is never closed`, line);
    const header = cells.map((c) => c.trim());
    const seen = new Set();
    for (const h of header) {
        if (seen.has(h))
            throw new types_TabularError(`line ${line}: the header names column "${h}" twice`, line);
        seen.add(h);
    }
    return header;
}
async function* readCsv(file, opts = {}, defaultDelimiter = ',') {
    const batchSize = opts.batchSize ?? 4096;
    let header = null;
    let row = 0;
    let out = [];
    const record = (cells, line, unterminated) => {
        if (!header) {
            header = csvHeader(cells, line, unterminated);
            return;
        }
        row++;
        const rec = { row, line, keys: header, values: cells };
        const problem = csvProblem(cells.length, header.length, unterminated, line);
        if (problem)
            rec.problem = problem;
        out.push(rec);
    };
    const d = (opts.delimiter ?? defaultDelimiter).charCodeAt(0);
    const sink = {
        line(buf, start, end, line) {
            record(fieldTexts(buf, start, end, d), line, false);
        },
        cells: record
    };
    for await (const _ of scanCsv(file, { delimiter: opts.delimiter ?? defaultDelimiter, maxBytes: opts.maxBytes, signal: opts.signal }, sink)) {
        while (out.length >= batchSize) {
            yield out.slice(0, batchSize);
            out = out.slice(batchSize);
        }
    }
    if (out.length)
        yield out;
    if (!header)
        throw new types_TabularError('the file is empty: no header line', 1);
}
/** The header of a CSV file (first record), read without reading the rest. */
async function readCsvHeader(file, opts = {}, defaultDelimiter = ',') {
    const parser = new CsvParser(opts.delimiter ?? defaultDelimiter);
    const out = [];
    for await (const chunk of textChunks(file, opts)) {
        parser.push(chunk, out);
        if (out.length)
            return out[0].cells.map((c) => c.trim());
    }
    parser.push('', out, true);
    if (out.length)
        return out[0].cells.map((c) => c.trim());
    throw new TabularError('the file is empty: no header line', 1);
}

;// CONCATENATED MODULE: ./src/scanners/tabular/jsonl.ts
/**
 * Streaming JSON Lines reader: one JSON object per line; blank lines are skipped. A line that is not
 * valid JSON, or is JSON but not an object, is yielded with a problem (and its line number).
 */

async function* readJsonl(file, opts = {}) {
    const batchSize = opts.batchSize ?? 4096;
    let rest = '';
    let line = 0;
    let row = 0;
    let batch = [];
    let first = true;
    const handle = (text) => {
        line++;
        const t = text.endsWith('\r') ? text.slice(0, -1) : text;
        if (!t.trim())
            return;
        row++;
        let value;
        try {
            value = JSON.parse(t);
        }
        catch (e) {
            batch.push({ row, line, keys: [], values: [], problem: { rule: 'invalid-json', message: `not valid JSON: ${e.message}` } });
            return;
        }
        if (value === null || typeof value !== 'object' || Array.isArray(value)) {
            batch.push({ row, line, keys: [], values: [], problem: { rule: 'not-an-object', message: `a JSON Lines record must be an object, found ${Array.isArray(value) ? 'an array' : value === null ? 'null' : typeof value}` } });
            return;
        }
        batch.push({ row, line, keys: Object.keys(value), values: Object.values(value) });
    };
    for await (let chunk of text_textChunks(file, opts)) {
        if (first) {
            if (chunk.charCodeAt(0) === 0xfeff)
                chunk = chunk.slice(1);
            first = false;
        }
        const text = rest + chunk;
        let p = 0;
        let nl = text.indexOf('\n');
        while (nl !== -1) {
            handle(text.slice(p, nl));
            p = nl + 1;
            nl = text.indexOf('\n', p);
        }
        rest = text.slice(p);
        if (batch.length >= batchSize) {
            yield batch;
            batch = [];
        }
    }
    if (rest.length)
        handle(rest);
    if (batch.length)
        yield batch;
}

// EXTERNAL MODULE: ./node_modules/hyparquet/src/metadata.js + 1 modules
var src_metadata = __webpack_require__(96367);
// EXTERNAL MODULE: ./node_modules/hyparquet/src/read.js + 17 modules
var read = __webpack_require__(42123);
;// CONCATENATED MODULE: ./src/scanners/tabular/parquet.ts
/**
 * Parquet reader over hyparquet (pure JavaScript), one row group at a time so that memory is bounded
 * by the largest row group, never the whole file. Parquet has no lines: records carry line = null
 * and are located by row.
 */



async function fileBuffer(file) {
    const fh = await (0,promises_.open)(file, 'r');
    const size = (await fh.stat()).size;
    const buf = {
        byteLength: size,
        async slice(start, end) {
            const e = Math.min(end ?? size, size);
            const len = Math.max(0, e - start);
            const out = Buffer.alloc(len);
            let off = 0;
            while (off < len) {
                const { bytesRead } = await fh.read(out, off, len - off, start + off);
                if (bytesRead === 0)
                    break;
                off += bytesRead;
            }
            return out.buffer.slice(out.byteOffset, out.byteOffset + off);
        }
    };
    return { buf, close: () => fh.close() };
}
async function* readParquet(file, opts = {}) {
    const size = (await (0,promises_.stat)(file)).size;
    if (opts.maxBytes !== undefined && size > opts.maxBytes) {
        throw new types_TabularError(`the file is larger than the limit of ${opts.maxBytes} bytes (max-bytes); it was not read`, null);
    }
    const { buf, close } = await fileBuffer(file);
    try {
        let metadata;
        try {
            metadata = await (0,src_metadata/* parquetMetadataAsync */.Ei)(buf);
        }
        catch (e) {
            throw new types_TabularError(`not a readable Parquet file: ${e.message}`, null);
        }
        const keys = metadata.schema.slice(1).filter((s) => s.num_children === undefined || s.num_children === 0).map((s) => s.name);
        let rowStart = 0;
        let row = 0;
        for (const rg of metadata.row_groups) {
            opts.signal?.throwIfAborted();
            const rowEnd = rowStart + Number(rg.num_rows);
            let objs;
            try {
                objs = (await (0,read/* parquetReadObjects */.pS)({ file: buf, metadata, rowStart, rowEnd }));
            }
            catch (e) {
                throw new types_TabularError(`Parquet rows ${rowStart + 1}-${rowEnd} could not be decoded: ${e.message}`, null);
            }
            const out = objs.map((o) => {
                row++;
                return { row, line: null, keys, values: keys.map((k) => normalise(o[k])) };
            });
            if (out.length)
                yield out;
            rowStart = rowEnd;
        }
    }
    finally {
        await close();
    }
}
function normalise(v) {
    if (v === undefined)
        return null;
    if (typeof v === 'bigint')
        return Number.isSafeInteger(Number(v)) ? Number(v) : v;
    return v;
}

;// CONCATENATED MODULE: ./src/scanners/tabular/index.ts
/** Opens a dataset by format (from the extension unless given) and yields its records in batches. */









function formatOf(file, explicit) {
    if (explicit)
        return explicit;
    const ext = external_node_path_default().extname(file).toLowerCase();
    if (ext === '.csv')
        return 'csv';
    if (ext === '.tsv' || ext === '.tab')
        return 'tsv';
    if (ext === '.jsonl' || ext === '.ndjson')
        return 'jsonl';
    if (ext === '.parquet' || ext === '.pq')
        return 'parquet';
    throw new types_TabularError(`cannot tell the format of ${external_node_path_default().basename(file)} from its extension: set format: csv, tsv, jsonl or parquet`, null);
}
function readTable(file, format, opts = {}) {
    switch (format) {
        case 'csv':
            return readCsv(file, opts, ',');
        case 'tsv':
            return readCsv(file, opts, '\t');
        case 'jsonl':
            return readJsonl(file, opts);
        case 'parquet':
            return readParquet(file, opts);
    }
}


/***/ })

};
