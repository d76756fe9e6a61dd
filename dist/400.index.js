export const id = 400;
export const ids = [400];
export const modules = {

/***/ 2400:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  robustnessGate: () => (/* binding */ robustnessGate)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: ./src/engine/errors.ts
var engine_errors = __webpack_require__(17679);
// EXTERNAL MODULE: ./src/engine/paths.ts
var paths = __webpack_require__(4886);
// EXTERNAL MODULE: ./src/scanners/tabular/index.ts + 5 modules
var tabular = __webpack_require__(66730);
// EXTERNAL MODULE: ./src/targets/index.ts + 2 modules
var targets = __webpack_require__(61376);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/targets/command.ts
var command = __webpack_require__(82275);
// EXTERNAL MODULE: ./src/targets/http.ts
var targets_http = __webpack_require__(52068);
// EXTERNAL MODULE: ./src/targets/jsonpath.ts
var jsonpath = __webpack_require__(8573);
// EXTERNAL MODULE: ./src/targets/session.ts
var session = __webpack_require__(486);
// EXTERNAL MODULE: ./src/targets/types.ts
var types = __webpack_require__(36043);
;// CONCATENATED MODULE: ./src/targets/predict.ts
/**
 * A client for a prediction endpoint: fills the request template with one input row, sends it
 * (HTTP, or a local program with the body on stdin) and reads the predicted label (and score) at
 * their JSONPaths. What comes back is hostile: a label must be a string, number or boolean.
 */









const PLACEHOLDER = /\{\{([^{}]+)\}\}/g;
const ONLY = /^\{\{([^{}]+)\}\}$/;
/** The body template as a JSON value: an object or list, JSON text, or a lone placeholder. */
function parseTemplate(body, where) {
    if (typeof body !== 'string')
        return body;
    const t = body.trim();
    if (ONLY.test(t))
        return t;
    try {
        return JSON.parse(t);
    }
    catch {
        throw new engine_errors/* ConfigError */.xL('CONFIG_INVALID', `${where}.body is not JSON: write it as an object (e.g. {"features": "{{features}}"}) or as JSON text with the placeholders inside strings`);
    }
}
/** Every placeholder name in the template (in order of first appearance). */
function templatePlaceholders(template) {
    const out = new Set();
    const walk = (v, depth) => {
        if (depth > 64)
            return;
        if (typeof v === 'string')
            for (const m of v.matchAll(PLACEHOLDER))
                out.add(m[1].trim());
        else if (Array.isArray(v))
            v.forEach((x) => walk(x, depth + 1));
        else if (v && typeof v === 'object')
            Object.values(v).forEach((x) => walk(x, depth + 1));
    };
    walk(template, 0);
    return [...out];
}
/** The template with a row's values: a string that is only a placeholder takes the typed value. */
function fillTemplate(template, input, order) {
    const value = (name) => {
        if (name === 'row')
            return Object.fromEntries(order.map((k) => [k, input[k] ?? null]));
        if (name === 'features')
            return order.map((k) => input[k] ?? null);
        return Object.prototype.hasOwnProperty.call(input, name) ? input[name] : null;
    };
    const walk = (v) => {
        if (typeof v === 'string') {
            const only = ONLY.exec(v);
            if (only)
                return value(only[1].trim());
            return v.replace(PLACEHOLDER, (_m, n) => {
                const x = value(n.trim());
                return x === null ? '' : typeof x === 'object' ? JSON.stringify(x) : String(x);
            });
        }
        if (Array.isArray(v))
            return v.map(walk);
        if (v && typeof v === 'object')
            return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, walk(x)]));
        return v;
    };
    return walk(template);
}
/** A label value in its canonical text form, or null when it is not a scalar. */
function labelText(v) {
    if (typeof v === 'string')
        return v;
    if (typeof v === 'boolean')
        return String(v);
    if (typeof v === 'number' && Number.isFinite(v))
        return String(v);
    if (typeof v === 'bigint')
        return v.toString();
    return null;
}
function pathSteps(p, where) {
    try {
        return (0,jsonpath/* parseJsonPath */.Hf)(p);
    }
    catch (e) {
        throw new engine_errors/* ConfigError */.xL('CONFIG_INVALID', `${where} ${e.message}`);
    }
}
const kindOf = (v) => (v === null ? 'null' : Array.isArray(v) ? 'a list' : typeof v === 'object' ? 'an object' : typeof v);
function createPredictClient(c, t, order) {
    const template = parseTemplate(c.body, t.where);
    const names = templatePlaceholders(template);
    const placeholders = names.filter((n) => n !== 'row' && n !== 'features' && n !== 'key');
    const labelSteps = pathSteps(c['label-path'], `${t.where}.label-path`);
    const scoreSteps = c['score-path'] ? pathSteps(c['score-path'], `${t.where}.score-path`) : null;
    const read = (json) => {
        const got = (0,jsonpath/* walkJsonPath */.JG)(json, labelSteps);
        if (!got.found) {
            const err = (0,targets_http/* errorInBody */.wQ)(json);
            if (err)
                throw new types/* TargetError */.I0(`the endpoint answered with an error: ${(0,types/* excerpt */.Kb)(err)}`, { retryable: false });
            throw new types/* TargetError */.I0(`label-path ${(0,jsonpath/* formatJsonPath */.pB)(labelSteps)} finds nothing in the answer (stopped at ${(0,jsonpath/* formatJsonPath */.pB)(labelSteps.slice(0, got.at + 1))}; answer: ${(0,types/* excerpt */.Kb)(JSON.stringify(json) ?? '', 120)}): fix label-path`, { retryable: false });
        }
        const label = labelText(got.value);
        if (label === null)
            throw new types/* TargetError */.I0(`label-path ${(0,jsonpath/* formatJsonPath */.pB)(labelSteps)} finds ${kindOf(got.value)}, not a label: point it at a string, number or boolean`, { retryable: false });
        let score = null;
        if (scoreSteps) {
            const s = (0,jsonpath/* walkJsonPath */.JG)(json, scoreSteps);
            const v = s.found ? s.value : undefined;
            if (typeof v === 'number' && Number.isFinite(v))
                score = v;
            else if (Array.isArray(v) && v.length && v.every((x) => typeof x === 'number' && Number.isFinite(x)))
                score = Math.max(...v);
            else
                throw new types/* TargetError */.I0(`score-path ${(0,jsonpath/* formatJsonPath */.pB)(scoreSteps)} finds ${s.found ? kindOf(v) : 'nothing'}, not a number: fix score-path or leave it out`, { retryable: false });
        }
        return { label, score };
    };
    const fill = (input) => fillTemplate(template, input, order);
    if (c.kind === 'command') {
        const cwd = c.cwd ? (0,paths.resolveInside)(t.workspace, c.cwd, `${t.where}.cwd`) : t.workspace;
        const run = (0,command/* commandClient */.F)({ ...c, kind: 'command' }, external_node_path_default().resolve(cwd));
        return {
            label: run.label,
            template,
            placeholders,
            fill,
            http: null,
            read,
            async send(input, signal) {
                const answer = await run.send({ system: '', prompt: JSON.stringify(fill(input)) }, signal);
                let json;
                try {
                    json = JSON.parse(answer.text);
                }
                catch {
                    throw new types/* TargetError */.I0(`${c.command[0]} did not write JSON on stdout: ${(0,types/* excerpt */.Kb)(answer.text, 120) || 'nothing'}`, { retryable: false });
                }
                return read(json);
            }
        };
    }
    if (c['loopback-only'] && !(0,targets_http/* isLoopback */.U9)(c.url)) {
        throw new engine_errors/* ConfigError */.xL('CONFIG_INVALID', `${t.where}.url ${c.url} is not a loopback address and loopback-only is set: use 127.0.0.1, ::1 or localhost`);
    }
    if (/^http:/i.test(c.url) && !(0,targets_http/* isLoopback */.U9)(c.url) && c['api-key-env']) {
        throw new engine_errors/* ConfigError */.xL('CONFIG_INVALID', `${t.where}.url sends the API key over plain http to ${new URL(c.url).host}: use https`);
    }
    const key = (0,targets/* readApiKey */.iZ)(c, t);
    if (Object.values(c.headers).some((v) => v.includes('{{key}}')) && !key) {
        throw new engine_errors/* ConfigError */.xL('CONFIG_INVALID', `${t.where}.headers use {{key}} but no key: set api-key-env to the name of the environment variable that holds it`);
    }
    const headers = { 'content-type': 'application/json', accept: 'application/json' };
    for (const [k, v] of Object.entries(c.headers))
        headers[k.toLowerCase()] = v.replace(/\{\{key\}\}/g, key ?? '');
    const http = { url: c.url, method: c.method.toUpperCase(), headers, timeoutMs: c['timeout-seconds'] * 1000, maxBytes: c['max-answer-kb'] * 1024 };
    return {
        label: `rest ${http.method} ${c.url}`,
        template,
        placeholders,
        fill,
        http,
        read,
        async send(input, signal) {
            const json = await (0,targets_http/* requestJson */.SS)({ ...http, body: JSON.stringify(fill(input)), signal });
            return read(json);
        }
    };
}
function createPredictSession(c, t, order, opts) {
    const client = createPredictClient(c, t, order);
    return new session/* TargetSession */.u(client, c, opts);
}

// EXTERNAL MODULE: ./src/gates/robustness/config.ts + 1 modules
var config = __webpack_require__(60000);
// EXTERNAL MODULE: ./src/scanners/stats/rng.ts
var rng = __webpack_require__(30766);
;// CONCATENATED MODULE: ./src/gates/robustness/image.ts

/** Images up to this many pixels are shown as their numbers in the flipped examples. */
const PICTURE_PIXELS = 1024;
/** A problem with one cell; the caller names the file, row and column. */
class PixelError extends Error {
}
const image_kindOf = (v) => (v === null ? 'null' : Array.isArray(v) ? 'a list' : typeof v === 'object' ? 'an object' : typeof v);
const showShape = (shape) => `[${shape.join(', ')}]`;
/** "[3][5]": the position of flat pixel i in an image of this shape. */
function pixelAt(i, shape) {
    const out = [];
    for (let d = shape.length - 1; d >= 0; d--) {
        out.unshift(i % shape[d]);
        i = Math.floor(i / shape[d]);
    }
    return out.map((x) => `[${x}]`).join('');
}
/** The pixels of one cell, flat, in row-major order; throws PixelError saying what is wrong and where. */
function readPixels(v, spec) {
    let value = v;
    if (typeof v === 'string') {
        const t = v.trim();
        if (!t.startsWith('['))
            throw new PixelError(`holds the text ${JSON.stringify((0,types/* excerpt */.Kb)(t, 40))}, not a list of pixels`);
        if (t.length > spec.size * 32 + 1024)
            throw new PixelError(`holds ${t.length} characters, too many for ${spec.size} pixels`);
        try {
            value = JSON.parse(t);
        }
        catch (e) {
            throw new PixelError(`holds text that is not a JSON list of pixels (${e.message})`);
        }
    }
    if (!Array.isArray(value))
        throw new PixelError(`holds ${image_kindOf(value)}, not a list of pixels`);
    const out = new Float64Array(spec.size);
    const pixel = (x, i, where) => {
        if (typeof x !== 'number' || !Number.isFinite(x))
            throw new PixelError(`pixel ${where} is ${Array.isArray(x) ? 'a list' : (0,types/* excerpt */.Kb)(String(JSON.stringify(x)), 30)}, not a number`);
        if (x < spec.lo || x > spec.hi)
            throw new PixelError(`pixel ${where} is ${x}, outside the range [${spec.lo}, ${spec.hi}]`);
        if (spec.integer && !Number.isInteger(x))
            throw new PixelError(`pixel ${where} is ${x}, but the pixels are declared integer`);
        out[i] = x;
    };
    if (!value.some(Array.isArray)) {
        // Flat: as many pixels as the shape holds.
        if (value.length !== spec.size)
            throw new PixelError(`holds a flat list of ${value.length} pixels; the shape ${showShape(spec.shape)} needs ${spec.size}`);
        value.forEach((x, i) => pixel(x, i, `[${i}]`));
        return out;
    }
    let next = 0;
    const walk = (node, depth, where) => {
        const want = spec.shape[depth];
        if (!Array.isArray(node))
            throw new PixelError(`${where || 'the image'} is ${image_kindOf(node)} where the shape ${showShape(spec.shape)} needs a list of ${want}`);
        if (node.length !== want)
            throw new PixelError(`${where ? `${where} is` : 'the image is'} a list of ${node.length} where the shape ${showShape(spec.shape)} needs ${want}`);
        if (depth === spec.shape.length - 1)
            node.forEach((x, i) => pixel(x, next++, `${where}[${i}]`));
        else
            node.forEach((x, i) => walk(x, depth + 1, `${where}[${i}]`));
    };
    walk(value, 0, '');
    return out;
}
/**
 * The pixels of a decoded PNG (8-bit RGBA) for the shape: grey for [H, W] and [H, W, 1] (a colour
 * image is refused), RGB for [H, W, 3], RGBA for [H, W, 4]; 0..255 mapped onto the range.
 */
function pngPixels(png, spec) {
    const [h, w] = spec.shape;
    const channels = spec.shape.length === 2 ? 1 : spec.shape[2];
    if (png.height !== h || png.width !== w)
        throw new PixelError(`is ${png.width}x${png.height} pixels (width x height); the shape ${showShape(spec.shape)} needs ${w}x${h}`);
    const out = new Float64Array(spec.size);
    const scale = (v) => {
        const x = spec.lo + (v / 255) * (spec.hi - spec.lo);
        return spec.integer ? Math.round(x) : x;
    };
    for (let p = 0; p < h * w; p++) {
        const [r, g, b, a] = [png.rgba[4 * p], png.rgba[4 * p + 1], png.rgba[4 * p + 2], png.rgba[4 * p + 3]];
        if (channels === 1) {
            if (r !== g || g !== b)
                throw new PixelError(`is a colour image (pixel [${Math.floor(p / w)}][${p % w}] is ${r}, ${g}, ${b}): declare the shape [${h}, ${w}, 3]`);
            out[p] = scale(r);
        }
        else {
            const px = channels === 3 ? [r, g, b] : [r, g, b, a];
            px.forEach((v, c) => (out[p * channels + c] = scale(v)));
        }
    }
    return out;
}
/** A flat pixel vector as it is sent: nested to the shape, or flat. */
function imageValue(pixels, spec) {
    const flat = Array.from(pixels);
    if (spec.layout === 'flat' || spec.shape.length === 1)
        return flat;
    let level = flat;
    for (let d = spec.shape.length - 1; d >= 1; d--) {
        const n = spec.shape[d];
        const rows = [];
        for (let i = 0; i < level.length; i += n)
            rows.push(level.slice(i, i + n));
        level = rows;
    }
    return level;
}
/** The flat pixels of an image value the gate built (nested or flat). */
function flatPixels(v) {
    if (!Array.isArray(v))
        return [];
    return v.flat(4);
}
const num = (x) => String(Number(x.toPrecision(4)));
/** A small image as lines of numbers (one line per last-axis row), or null when it has more than PICTURE_PIXELS pixels. */
function picture(pixels, spec) {
    if (spec.size > PICTURE_PIXELS)
        return null;
    const w = spec.shape[spec.shape.length - 1];
    const lines = [];
    for (let i = 0; i < spec.size; i += w)
        lines.push(Array.from({ length: w }, (_, j) => num(pixels[i + j])).join(' '));
    return lines;
}
/** "image[3][5] 0 -> 2" for the `max` pixels that changed most, and how many more changed. */
function pixelChanges(name, from, to, spec, max = 8) {
    const moved = [];
    for (let i = 0; i < spec.size; i++)
        if (from[i] !== to[i])
            moved.push(i);
    moved.sort((a, b) => Math.abs(to[b] - from[b]) - Math.abs(to[a] - from[a]) || a - b);
    const out = moved.slice(0, max).map((i) => `${name}${pixelAt(i, spec.shape)} ${num(from[i])} -> ${num(to[i])}`);
    if (moved.length > max)
        out.push(`and ${moved.length - max} more pixel${moved.length - max === 1 ? '' : 's'} of ${name}`);
    return out;
}

// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(38522);
// EXTERNAL MODULE: ./node_modules/pngjs/lib/png.js
var lib_png = __webpack_require__(10359);
;// CONCATENATED MODULE: ./src/gates/robustness/png.ts
/**
 * PNG images of the evaluation set, decoded with pngjs (pure JavaScript) after bounds of our own: the
 * file size, the chunk walk, the pixel count of the header and the size the image data inflates to
 * (node:zlib with maxOutputLength, interlaced images included), so a small file that decompresses to
 * gigabytes is refused before it is decoded. What comes out is 8-bit RGBA, one pixel after another.
 */


const MAX_PNG_BYTES = 8 * 1024 * 1024;
class PngError extends Error {
}
const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const CHANNELS = { 0: 1, 2: 3, 3: 1, 4: 2, 6: 4 };
function decodePng(buf, maxPixels) {
    if (buf.length > MAX_PNG_BYTES)
        throw new PngError(`is ${buf.length} bytes, more than the ${MAX_PNG_BYTES} read for one image`);
    if (buf.length < 33 || !buf.subarray(0, 8).equals(SIGNATURE))
        throw new PngError('is not a PNG file (no PNG signature)');
    let at = 8;
    let header = null;
    const idat = [];
    let chunks = 0;
    while (at + 12 <= buf.length) {
        if (++chunks > 100_000)
            throw new PngError('has more than 100,000 chunks');
        const len = buf.readUInt32BE(at);
        const type = buf.toString('latin1', at + 4, at + 8);
        if (at + 12 + len > buf.length)
            throw new PngError(`is cut short inside its ${type.replace(/[^A-Za-z]/g, '?')} chunk`);
        const data = buf.subarray(at + 8, at + 8 + len);
        if (type === 'IHDR') {
            if (len !== 13)
                throw new PngError('has a malformed header (IHDR)');
            header = { width: data.readUInt32BE(0), height: data.readUInt32BE(4), depth: data[8], colorType: data[9] };
        }
        else if (type === 'IDAT')
            idat.push(data);
        else if (type === 'IEND')
            break;
        at += 12 + len;
    }
    if (!header)
        throw new PngError('has no header (IHDR)');
    const { width, height, depth, colorType } = header;
    if (!(colorType in CHANNELS) || ![1, 2, 4, 8, 16].includes(depth))
        throw new PngError(`has an invalid colour type ${colorType} or bit depth ${depth}`);
    if (width === 0 || height === 0 || width * height > maxPixels)
        throw new PngError(`is ${width}x${height} pixels, more than the ${maxPixels} the declared shape holds`);
    // Raw scanlines (a filter byte each); Adam7 interlacing adds at most a filter byte per row of 7 passes.
    const row = Math.ceil((width * CHANNELS[colorType] * depth) / 8) + 1;
    const bound = row * height + 8 * (height + 8);
    try {
        (0,external_node_zlib_.inflateSync)(Buffer.concat(idat), { maxOutputLength: bound });
    }
    catch (e) {
        const code = e.code;
        if (code === 'ERR_BUFFER_TOO_LARGE' || e instanceof RangeError)
            throw new PngError(`has image data that inflates to more than the ${bound} bytes a ${width}x${height} image needs (a decompression bomb?)`);
        throw new PngError(`has image data that does not inflate: ${e.message}`);
    }
    let png;
    try {
        png = lib_png/* PNG */.O.sync.read(buf);
    }
    catch (e) {
        throw new PngError(`cannot be decoded: ${e.message}`);
    }
    return { width: png.width, height: png.height, rgba: png.data, colorType };
}

;// CONCATENATED MODULE: ./src/gates/robustness/dataset.ts
/**
 * Reads the labelled evaluation set (CSV, TSV, JSON Lines, Parquet through the shared tabular
 * readers), decides which columns are features and of what kind, measures their ranges and
 * categories, and keeps a seeded sample of examples. Every problem names the file, row and fix.
 */





class EvalSetError extends Error {
}
/** A label in the form labels are compared: numbers in their shortest form ("1.0" and 1 are "1"). */
function canonicalLabel(v) {
    if (typeof v === 'number')
        return Number.isFinite(v) ? String(v) : null;
    if (typeof v === 'bigint')
        return v.toString();
    if (typeof v === 'boolean')
        return String(v);
    if (typeof v !== 'string')
        return null;
    const t = v.trim();
    if (t === '')
        return null;
    if (/^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/.test(t))
        return String(Number(t));
    return t;
}
const numeric = (v) => {
    if (typeof v === 'number')
        return Number.isFinite(v) ? v : null;
    if (typeof v === 'bigint')
        return Number(v);
    if (typeof v === 'string' && /^\s*[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?\s*$/.test(v))
        return Number(v);
    return null;
};
const scalar = (v) => (v === null || typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' ? v : typeof v === 'bigint' ? Number(v) : v instanceof Date ? v.toISOString() : JSON.stringify(v));
/** The image columns declared in the config, with their pixel range (default [0, 1] float, [0, 255] integer). */
function imageSpecs(cfg) {
    const out = new Map();
    for (const [name, c] of Object.entries(cfg.columns)) {
        if (c.type !== 'image' || !c.shape)
            continue;
        const integer = c.pixels === 'integer';
        const [lo, hi] = c.range ?? (integer ? [0, 255] : [0, 1]);
        out.set(name, { shape: c.shape, size: c.shape.reduce((a, b) => a * b, 1), integer, layout: c.layout ?? 'nested', source: c.source ?? 'pixels', lo, hi });
    }
    return out;
}
/**
 * Reads the file. `placeholders` are the columns the request template names; with `wholeRow` (the
 * template uses {{row}} or {{features}}) every column but the label is a feature.
 */
async function loadEvalSet(abs, rel, format, cfg, placeholders, wholeRow, signal, 
/** Reads a PNG named by an image column (a path relative to the evaluation set's folder). */
readPng) {
    const rand = (0,rng/* rng */.S)(cfg.seed ^ 0x5eed);
    const images = imageSpecs(cfg);
    const keep = [];
    const seen = new Map();
    const skipped = [];
    let keys = null;
    let order = [];
    let rowsRead = 0;
    let eligible = 0;
    const labels = new Set();
    const where = (line, row) => (line ? `${rel}:${line}` : `${rel} row ${row}`);
    try {
        for await (const batch of (0,tabular/* readTable */.xz)(abs, format, { maxBytes: cfg['max-bytes'], signal })) {
            for (const r of batch) {
                rowsRead++;
                if (r.problem) {
                    skipped.push(`${where(r.line, r.row)}: ${r.problem.message}`);
                    continue;
                }
                if (r.keys !== keys) {
                    keys = r.keys;
                    if (!order.length) {
                        if (!r.keys.includes(cfg.label)) {
                            throw new EvalSetError(`${rel}: no label column "${cfg.label}"; the file has columns ${r.keys.map((k) => JSON.stringify(k)).join(', ')}: set gates.robustness.label to the column of the true label`);
                        }
                        const features = wholeRow ? [...r.keys.filter((k) => k !== cfg.label), ...placeholders.filter((p) => !r.keys.includes(p))] : placeholders;
                        const missing = features.filter((f) => !r.keys.includes(f));
                        if (missing.length) {
                            throw new EvalSetError(`${rel}: the request template names ${missing.map((m) => `{{${m}}}`).join(', ')}, but the file has no such column (columns: ${r.keys.map((k) => JSON.stringify(k)).join(', ')}): fix the placeholders in gates.robustness.target.body`);
                        }
                        if (features.includes(cfg.label))
                            throw new EvalSetError(`gates.robustness.target.body sends the label column "${cfg.label}" to the model: leave it out of the template`);
                        order = features;
                    }
                }
                const cells = new Map();
                for (let i = 0; i < r.keys.length; i++)
                    cells.set(r.keys[i], r.values[i]);
                const label = canonicalLabel(cells.get(cfg.label) ?? null);
                if (label === null) {
                    skipped.push(`${where(r.line, r.row)}: no label in column "${cfg.label}"`);
                    continue;
                }
                if (!order.every((k) => cells.has(k))) {
                    skipped.push(`${where(r.line, r.row)}: missing feature column(s) ${order.filter((k) => !cells.has(k)).join(', ')}`);
                    continue;
                }
                const pixels = new Map();
                const pngs = new Map();
                const bad = (k, msg) => new EvalSetError(`${where(r.line, r.row)}${r.line ? ` (row ${r.row})` : ''}, column "${k}": ${msg}: fix the row, or the column's shape, range or pixels in gates.robustness.columns.${k}`);
                for (const k of order) {
                    const v = cells.get(k) ?? null;
                    let s = seen.get(k);
                    if (!s)
                        seen.set(k, (s = { nums: 0, ints: 0, nonNull: 0, lo: Infinity, hi: -Infinity, values: new Map(), textLen: 0, spaces: 0 }));
                    const spec = images.get(k);
                    if (spec?.source === 'png') {
                        // The file is read for the sampled rows only, below; here the cell must name one.
                        if (typeof v !== 'string' || !v.trim())
                            throw bad(k, `holds ${v === null || v === '' ? 'nothing' : JSON.stringify(v)}, not the path of a PNG file`);
                        pngs.set(k, v.trim());
                        continue;
                    }
                    if (spec) {
                        // Every row's image is checked, not only the sampled ones: a bad row is an error naming it.
                        try {
                            pixels.set(k, readPixels(v, spec));
                        }
                        catch (e) {
                            if (!(e instanceof PixelError))
                                throw e;
                            throw bad(k, e.message);
                        }
                        continue;
                    }
                    if (Array.isArray(v) && (typeof v[0] === 'number' || Array.isArray(v[0]))) {
                        throw new EvalSetError(`${where(r.line, r.row)}, column "${k}" holds a list of numbers: if it is an image, declare it, e.g. columns: { ${k}: { type: image, shape: [8, 8], range: [0, 255], pixels: integer } }`);
                    }
                    if (v === null || v === '')
                        continue;
                    s.nonNull++;
                    const n = numeric(v);
                    if (n !== null) {
                        s.nums++;
                        if (Number.isInteger(n))
                            s.ints++;
                        if (n < s.lo)
                            s.lo = n;
                        if (n > s.hi)
                            s.hi = n;
                    }
                    if (typeof v === 'string') {
                        s.textLen += v.length;
                        if (/\s/.test(v.trim()))
                            s.spaces++;
                    }
                    if (s.values.size < 1000)
                        s.values.set(JSON.stringify(scalar(v)), scalar(v));
                }
                // Reservoir sampling, seeded: the same file and seed give the same examples.
                eligible++;
                if (labels.size < 10_000)
                    labels.add(label);
                const item = { row: r.row, line: r.line, cells, label, pixels, pngs };
                if (keep.length < cfg['max-rows'])
                    keep.push(item);
                else {
                    const j = Math.floor(rand() * eligible);
                    if (j < cfg['max-rows'])
                        keep[j] = item;
                }
            }
        }
    }
    catch (e) {
        if (e instanceof tabular/* TabularError */.EH)
            throw new EvalSetError(`${rel}${e.line ? `:${e.line}` : ''}: ${e.message}`);
        throw e;
    }
    if (!order.length || keep.length === 0)
        throw new EvalSetError(`${rel}: no labelled example to evaluate (${rowsRead} rows read${skipped.length ? `, ${skipped.length} left out: ${skipped[0]}` : ''})`);
    keep.sort((a, b) => a.row - b.row);
    for (const k of keep) {
        for (const [name, file] of k.pngs) {
            const at = `${where(k.line, k.row)}${k.line ? ` (row ${k.row})` : ''}, column "${name}"`;
            if (!readPng)
                throw new EvalSetError(`${at}: PNG files cannot be read here`);
            const spec = images.get(name);
            const p = external_node_path_default().posix.join(external_node_path_default().posix.dirname(rel.replace(/\\/g, '/')), file);
            try {
                k.pixels.set(name, pngPixels(decodePng(await readPng(p, `${at}: the PNG file`), spec.size), spec));
            }
            catch (e) {
                if (e instanceof PngError || e instanceof PixelError)
                    throw new EvalSetError(`${at}: the PNG file ${p} ${e.message}: fix the file, or the column's shape in gates.robustness.columns.${name}`);
                if (e.code === 'ENOENT')
                    throw new EvalSetError(`${at}: the PNG file ${p} does not exist (paths are relative to the evaluation set's folder)`);
                throw e;
            }
        }
    }
    const columns = order.map((name) => {
        const decl = cfg.columns[name];
        const s = seen.get(name);
        const image = images.get(name);
        if (image)
            return { name, type: 'image', lo: image.lo, hi: image.hi, values: [], frozen: decl?.frozen ?? false, image };
        const inferred = s.nonNull > 0 && s.nums === s.nonNull ? (s.ints === s.nums ? 'integer' : 'number') : s.spaces > s.nonNull / 2 && s.textLen / Math.max(1, s.nonNull) > 15 ? 'text' : 'categorical';
        const type = decl?.type ?? inferred;
        if ((type === 'number' || type === 'integer') && s.nums < s.nonNull) {
            throw new EvalSetError(`${rel}: column "${name}" is declared ${type} but holds values that are not numbers (e.g. ${[...s.values.values()].find((v) => numeric(v) === null)}): declare it categorical or text in gates.robustness.columns`);
        }
        const [lo, hi] = decl?.range ?? [Number.isFinite(s.lo) ? s.lo : 0, Number.isFinite(s.hi) ? s.hi : 0];
        return { name, type, lo, hi, values: decl?.values ?? [...s.values.values()], frozen: decl?.frozen ?? false };
    });
    for (const name of Object.keys(cfg.columns)) {
        if (!order.includes(name))
            throw new EvalSetError(`gates.robustness.columns.${name}: the request template does not send this column (features: ${order.join(', ')}): remove it or add {{${name}}} to the body`);
    }
    const byName = new Map(columns.map((c) => [c.name, c]));
    const examples = keep.map((k, index) => ({
        index,
        row: k.row,
        line: k.line,
        label: k.label,
        input: Object.fromEntries(order.map((name) => {
            const c = byName.get(name);
            const v = k.cells.get(name) ?? null;
            if (c.image)
                return [name, imageValue(k.pixels.get(name), c.image)];
            if (c.type === 'number' || c.type === 'integer')
                return [name, v === null || v === '' ? null : numeric(v)];
            return [name, scalar(v)];
        }))
    }));
    const classes = [...labels].sort();
    return { columns, order, examples, classes, rowsRead, skipped };
}

;// CONCATENATED MODULE: ./src/gates/robustness/oracle.ts
/**
 * The model as the attacks see it: one label per input, through the target session (concurrency,
 * retries, the request budget). Identical inputs are asked once. On the clean inputs, a label outside
 * the evaluation set's classes stops the run: the label path or the label column is wrong, and
 * nothing measured against it would mean anything. Once the clean inputs have all been answered with
 * known classes (`admitNewLabels`), a new label under attack is a real class the sample lacks (a
 * perturbed 1 read as a 3 when no 3 was sampled): it is kept and listed in `newLabels`.
 */



/** The run cannot go on (budget, a broken endpoint, labels outside the classes). */
class StopRun extends Error {
}
class Oracle {
    session;
    classes;
    maxFailures;
    cache = new Map();
    failures = 0;
    admit = false;
    stopped = null;
    /** Labels outside the evaluation set's classes answered under attack (up to 100). */
    newLabels = new Set();
    constructor(session, classes, maxFailures = 10) {
        this.session = session;
        this.classes = classes;
        this.maxFailures = maxFailures;
    }
    /** From now on a label outside the classes is kept (the clean pass has vouched for label-path). */
    admitNewLabels() {
        this.admit = true;
    }
    get requests() {
        return this.session.counts.requests;
    }
    /** The predicted label; throws StopRun when the run must end, TargetError when this input failed. */
    async predict(input, counter) {
        return (await this.predictScored(input, counter)).label;
    }
    /** The predicted label (canonical) and its score when the endpoint gives one. */
    predictScored(input, counter) {
        if (this.stopped)
            return Promise.reject(new StopRun(this.stopped));
        const key = JSON.stringify(input);
        const hit = this.cache.get(key);
        if (hit)
            return hit;
        if (counter)
            counter.n++;
        const p = this.ask(input);
        this.cache.set(key, p);
        p.catch(() => this.cache.delete(key));
        return p;
    }
    async ask(input) {
        let answer;
        try {
            answer = await this.session.ask(input);
        }
        catch (e) {
            if (e instanceof targets/* BudgetError */.Wp)
                throw this.stop(e.message);
            if (this.stopped)
                throw new StopRun(this.stopped);
            const msg = e instanceof Error ? e.message : String(e);
            if (e instanceof targets/* TargetError */.I0 && !e.retryable)
                throw this.stop(`the endpoint failed: ${msg}`);
            if (++this.failures >= this.maxFailures)
                throw this.stop(`${this.failures} requests failed (the last: ${msg})`);
            throw e;
        }
        const label = canonicalLabel(answer.label) ?? answer.label;
        if (!this.classes.has(label) && this.admit) {
            if (this.newLabels.size < 100)
                this.newLabels.add((0,types/* excerpt */.Kb)(label, 60));
        }
        else if (!this.classes.has(label)) {
            throw this.stop(`the endpoint answered the label "${(0,types/* excerpt */.Kb)(label, 60)}", which is not one of the evaluation set's classes (${[...this.classes].slice(0, 10).map((c) => `"${(0,types/* excerpt */.Kb)(c, 30)}"`).join(', ')}): check label-path and the label column`);
        }
        return { label, score: answer.score };
    }
    stop(why) {
        this.stopped ??= why;
        return new StopRun(this.stopped);
    }
}
/**
 * Runs `fn` over items with at most `concurrency` at once, in order of index. The first error stops
 * new items from starting; the ones in flight finish, then the error is thrown.
 */
async function forEachLimited(items, concurrency, fn) {
    let next = 0;
    let failure = null;
    const workers = Array.from({ length: Math.max(1, Math.min(concurrency, items.length)) }, async () => {
        while (!failure && next < items.length) {
            const i = next++;
            try {
                await fn(items[i], i);
            }
            catch (e) {
                failure ??= { e };
            }
        }
    });
    await Promise.all(workers);
    if (failure)
        throw failure.e;
}
/**
 * Up to `trials` random draws around one example, stopping at the first whose prediction differs
 * from `label` (the noise attacks). A failed query ends the example with its message; a StopRun
 * (budget, a dead target) ends the whole attack.
 */
async function randomTrials(start, clean, label, trials, draw, oracle) {
    const counter = { n: 0 };
    let last = start;
    let predicted = clean;
    for (let t = 0; t < trials; t++) {
        const x = draw();
        try {
            const p = await oracle.predict(x, counter);
            last = x;
            predicted = p;
            if (p !== label)
                break;
        }
        catch (err) {
            if (err instanceof StopRun)
                throw err;
            return { last, predicted, queries: counter.n, error: err.message };
        }
    }
    return { last, predicted, queries: counter.n };
}

;// CONCATENATED MODULE: ./src/gates/robustness/outcome.ts
/** The columns a numeric attack may move. */
const movable = (columns) => columns.filter((c) => !c.frozen && (c.type === 'number' || c.type === 'integer') && c.hi > c.lo);
/** A value moved into its column's range (and rounded for integers). */
function clampValue(c, v) {
    const r = c.type === 'integer' ? Math.round(v) : v;
    return Math.min(c.hi, Math.max(c.lo, r));
}
const scaled = (c, v) => (v - c.lo) / (c.hi - c.lo);
/** L2 distance between two inputs over the movable columns, each scaled to [0, 1] by its range. */
function l2Scaled(cols, a, b) {
    let s = 0;
    for (const c of cols) {
        const d = scaled(c, Number(a[c.name])) - scaled(c, Number(b[c.name]));
        s += d * d;
    }
    return Math.sqrt(s);
}
const show = (v) => (typeof v === 'number' ? String(Number(v.toPrecision(6))) : JSON.stringify(v));
/** "age 34 -> 36" for each column that differs. */
function describeChanges(order, from, to) {
    return order.filter((k) => JSON.stringify(from[k]) !== JSON.stringify(to[k])).map((k) => `${k} ${show(from[k])} -> ${show(to[k])}`);
}
/** What every outcome repeats of its example: where it is, its label and the clean prediction. */
function exampleFields(e, clean) {
    return { index: e.index, row: e.row, line: e.line, label: e.label, clean };
}
/** The outcome of an example whose clean prediction was already wrong: nothing to attack. */
function alreadyWrong(e, clean) {
    return { ...exampleFields(e, clean), input: e.input, predicted: clean, flipped: false, found: false, distance: null, queries: 0, changes: [] };
}
/** A deterministic seed for (run seed, attack, example): results do not depend on request order. */
function exampleSeed(seed, attack, index) {
    let h = (seed ^ 0x9e3779b9) >>> 0;
    for (const ch of `${attack}:${index}`)
        h = Math.imul(h ^ ch.charCodeAt(0), 0x01000193) >>> 0;
    return h;
}

;// CONCATENATED MODULE: ./src/gates/robustness/decision.ts
/**
 * The decision-based minimal-perturbation attack: HopSkipJump (Chen, Jordan and Wainwright 2020),
 * L2, untargeted, which only needs the predicted label, in the family of the Boundary Attack
 * (Brendel, Rauber and Bethge 2018). Features are scaled to [0, 1] by their ranges; every point sent
 * is projected onto what the model may receive (clipped to the range, integers rounded, frozen,
 * categorical and text columns held), so every distance reported is that of an input the model
 * actually classified.
 *
 * Differences from the paper, for black-box CI budgets: the starting point is the nearest other
 * example of the evaluation set the model already puts in another class (known from the clean pass,
 * so free), with random points only as a fallback; the budget is counted per example and every
 * stage (binary search, gradient estimate, step search) stops when it is spent, keeping the best
 * verified adversarial point.
 */



class Spent extends Error {
}
const norm = (v) => Math.sqrt(v.reduce((s, x) => s + x * x, 0));
const sub = (a, b) => a.map((x, i) => x - b[i]);
/** A standard normal draw (Box-Muller) from a uniform source. */
function gauss(rand) {
    const u = Math.max(rand(), 1e-12);
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * rand());
}
/** The space of the movable number and integer columns of a row, each scaled to [0, 1] by its range. */
function tabularSpace(x, cols) {
    const toInput = (u) => {
        const out = { ...x };
        cols.forEach((c, i) => (out[c.name] = clampValue(c, c.lo + Math.min(1, Math.max(0, u[i])) * (c.hi - c.lo))));
        return out;
    };
    const point = (inp) => cols.map((c) => scaled(c, Number(inp[c.name])));
    return { u0: point(x), toInput, project: (u) => point(toInput(u)), point };
}
/**
 * Attacks one input. `isAdv` answers whether the model's label for an input differs from the true
 * one (and what it is); `starts` are candidate starting inputs, nearest first.
 */
function hopSkipJump(x, cols, starts, decide, budget, rand) {
    return hopSkipJumpIn(tabularSpace(x, cols), starts, decide, budget, rand);
}
/** The attack in any space (tabular features, pixels). */
async function hopSkipJumpIn(space, starts, decide, budget, rand) {
    const { u0, toInput, project } = space;
    const k = u0.length;
    let calls = 0;
    let best = null;
    /** The model's label when the projected point is adversarial, else null; records the best. */
    const adv = async (u) => {
        if (calls >= budget)
            throw new Spent();
        calls++;
        const label = await decide(toInput(u));
        if (label !== null) {
            const d = norm(sub(u, u0));
            if (!best || d < best.d)
                best = { u, d, label };
        }
        return label;
    };
    const bsearch = async (from) => {
        let lo = 0;
        let hi = 1;
        let found = from;
        const seg = sub(from, u0);
        const theta = 0.01 / Math.sqrt(Math.max(1, k));
        while (hi - lo > theta) {
            const mid = (lo + hi) / 2;
            const z = project(u0.map((v, i) => v + mid * seg[i]));
            if ((await adv(z)) !== null) {
                hi = mid;
                found = z;
            }
            else
                lo = mid;
        }
        return found;
    };
    try {
        // Start: the nearest examples the model already puts elsewhere, then random points.
        let start = null;
        let tries = 0;
        for (const s of starts) {
            if (tries >= (budget >= 300 ? 3 : 1))
                break;
            tries++;
            const u = project(space.point(s));
            if ((await adv(u)) !== null) {
                const b = await bsearch(u);
                if (!start || norm(sub(b, u0)) < norm(sub(start, u0)))
                    start = b;
            }
        }
        for (let i = 0; !start && i < Math.max(10, Math.floor(budget / 4)); i++) {
            const u = project(u0.map(() => rand()));
            if ((await adv(u)) !== null)
                start = await bsearch(u);
        }
        if (!start)
            return { adversarial: null, predicted: null, distance: null, queries: calls };
        let cur = start;
        for (let t = 1; calls < budget; t++) {
            const dist = norm(sub(cur, u0));
            if (dist === 0)
                break;
            // Gradient direction at the boundary from random probes (HopSkipJump's Monte Carlo estimate).
            const delta = Math.max(space.minDelta ?? 1e-4, 0.01 * dist);
            const left = budget - calls;
            const b = Math.min(Math.ceil(Math.max(4, Math.min(2 * k, 20)) * Math.sqrt(t)), 100, left - 1);
            if (b < 2)
                break;
            const dirs = [];
            for (let j = 0; j < b; j++) {
                const g = u0.map(() => gauss(rand));
                const n = norm(g) || 1;
                dirs.push(g.map((v) => v / n));
            }
            const probes = dirs.map((d) => cur.map((v, i) => Math.min(1, Math.max(0, v + delta * d[i]))));
            const phis = await Promise.all(probes.map(async (p) => ((await adv(project(p))) !== null ? 1 : -1)));
            const mean = phis.reduce((s, v) => s + v, 0) / phis.length;
            const grad = u0.map(() => 0);
            probes.forEach((p, j) => {
                const w = Math.abs(mean) === 1 ? mean : phis[j] - mean;
                for (let i = 0; i < k; i++)
                    grad[i] += (w * (p[i] - cur[i])) / delta / b;
            });
            const gn = norm(grad);
            if (gn === 0)
                break;
            const v = grad.map((g) => g / gn);
            // Geometric step along the estimate, halved until the point is adversarial again.
            let eps = dist / Math.sqrt(t);
            let next = null;
            for (let h = 0; h < 12 && calls < budget; h++) {
                const z = project(cur.map((c, i) => c + eps * v[i]));
                if ((await adv(z)) !== null) {
                    next = z;
                    break;
                }
                eps /= 2;
            }
            if (!next)
                continue;
            const moved = await bsearch(next);
            if (norm(sub(moved, u0)) < dist)
                cur = moved;
        }
    }
    catch (e) {
        if (!(e instanceof Spent))
            throw e;
    }
    const found = best;
    if (!found)
        return { adversarial: null, predicted: null, distance: null, queries: calls };
    return { adversarial: toInput(found.u), predicted: found.label, distance: found.d, queries: calls };
}
/** Starting points for example i: the inputs the model already puts in another class than i's label, nearest first. */
function startingPoints(examples, clean, i, distance) {
    return examples
        .map((o, j) => ({ o, j }))
        .filter(({ j }) => j !== i && clean[j] !== examples[i].label)
        .map(({ o, j }) => ({ input: o.input, d: distance(j) }))
        .sort((a, b) => a.d - b.d)
        .map((s) => s.input);
}
/**
 * Runs one example's decision search with the oracle as its "is this adversarial?" question. A query that fails
 * ends the example with its message (nothing found); a StopRun (budget, a dead target) ends the whole attack.
 */
async function searchExample(label, oracle, search) {
    const counter = { n: 0 };
    try {
        return {
            r: await search(async (input) => {
                const p = await oracle.predict(input, counter);
                return p !== label ? p : null;
            })
        };
    }
    catch (err) {
        if (err instanceof StopRun)
            throw err;
        return { r: { adversarial: null, predicted: null, distance: null, queries: 0 }, error: err.message };
    }
}
async function decisionAttack(examples, clean, columns, order, cfg, seed, oracle, concurrency) {
    const measure = 'L2 over features scaled to [0, 1]';
    const cols = movable(columns);
    if (!cols.length)
        return { id: 'decision', outcomes: [], skipped: 'no number or integer feature with a range to move', measure };
    const outcomes = new Array(examples.length);
    // The examples attacked one after another, each with its gradient probes in parallel.
    const perExample = Math.max(1, Math.floor(concurrency / 2));
    await forEachLimited(examples, perExample, async (e, i) => {
        if (clean[i] !== e.label)
            return void (outcomes[i] = alreadyWrong(e, clean[i]));
        const starts = startingPoints(examples, clean, i, (j) => l2Scaled(cols, examples[j].input, e.input));
        const { r, error } = await searchExample(e.label, oracle, (adversarial) => hopSkipJump(e.input, cols, starts, adversarial, cfg.queries, (0,rng/* rng */.S)(exampleSeed(seed, 'decision', e.index))));
        const within = r.adversarial !== null && r.distance !== null && r.distance <= cfg['max-distance'];
        outcomes[i] = {
            ...exampleFields(e, clean[i]),
            input: within ? r.adversarial : e.input,
            predicted: within ? r.predicted : clean[i],
            flipped: within,
            found: r.adversarial !== null,
            distance: r.distance,
            queries: r.queries,
            changes: r.adversarial ? describeChanges(order, e.input, r.adversarial) : [],
            ...(error ? { error } : {})
        };
    }).catch((err) => {
        if (!(err instanceof StopRun))
            throw err;
    });
    return { id: 'decision', outcomes: outcomes.filter(Boolean), measure };
}

;// CONCATENATED MODULE: ./src/targets/raw-http.ts
/**
 * One HTTP request whose answer is kept as it came (status, content type, body text, time), for
 * probing how an endpoint handles bad input: nothing is judged here, no retries, no redirects.
 * Only a request that got no answer at all (refused, reset, timed out) throws.
 */


async function requestRaw(o) {
    const timeout = AbortSignal.timeout(o.timeoutMs);
    const signal = AbortSignal.any([timeout, o.signal]);
    const t0 = performance.now();
    let res;
    try {
        res = await fetch(o.url, { method: o.method, headers: o.headers, body: o.body, redirect: 'manual', signal });
    }
    catch (e) {
        if (o.signal.aborted)
            throw new types/* TargetError */.I0('stopped: the gate was cancelled or ran out of time', { retryable: false, cause: e });
        if (timeout.aborted)
            throw new types/* TargetError */.I0(`no answer within ${Math.round(o.timeoutMs / 1000)} s`, { retryable: true, cause: e });
        const cause = e.cause;
        throw new types/* TargetError */.I0(`no answer: ${cause?.code ?? cause?.message ?? e.message}`, { retryable: true, cause: e });
    }
    let text;
    try {
        text = await (0,targets_http/* readCapped */.EF)(res, o.maxBytes);
    }
    catch (e) {
        if (e instanceof types/* TargetError */.I0)
            throw e;
        if (timeout.aborted)
            throw new types/* TargetError */.I0(`the answer did not finish within ${Math.round(o.timeoutMs / 1000)} s`, { retryable: true, cause: e });
        throw new types/* TargetError */.I0(`the connection broke while reading the answer: ${e.message}`, { retryable: true, cause: e });
    }
    return { status: res.status, contentType: (res.headers.get('content-type') ?? '').toLowerCase(), text, ms: performance.now() - t0 };
}

;// CONCATENATED MODULE: ./src/gates/robustness/fuzz.ts


const MARK = '__asg_fuzz_marker__';
/** Leaves of a JSON value (up to `max`), depth-first, with their paths. */
function leaves(v, max, path = [], out = []) {
    if (out.length >= max || path.length > 6)
        return out;
    if (Array.isArray(v))
        v.forEach((x, i) => leaves(x, max, [...path, i], out));
    else if (v && typeof v === 'object')
        Object.entries(v).forEach(([k, x]) => leaves(x, max, [...path, k], out));
    else
        out.push({ path, value: v });
    return out;
}
function setAt(root, path, value, remove = false) {
    const copy = structuredClone(root);
    if (!path.length)
        return value;
    let cur = copy;
    for (const p of path.slice(0, -1))
        cur = cur[p];
    const last = path[path.length - 1];
    if (remove) {
        if (Array.isArray(cur))
            cur.splice(last, 1);
        else
            delete cur[last];
    }
    else
        cur[last] = value;
    return copy;
}
const showPath = (p) => (p.length ? p.map((s) => (typeof s === 'number' ? `[${s}]` : `.${s}`)).join('').replace(/^\./, '') : '(body)');
/** The cases, in a fixed order, from the known-good body; `method` is the target's own method. */
function fuzzCases(good, cfg, method = 'POST') {
    const json = 'application/json';
    const text = JSON.stringify(good);
    const cases = [];
    const add = (id, what, body, contentType = json) => cases.push({ id, what, body, contentType });
    const raw = (root, path, token) => JSON.stringify(setAt(root, path, MARK)).replace(`"${MARK}"`, token);
    const huge = 'A'.repeat(cfg['huge-kb'] * 1024);
    for (const { path, value } of leaves(good, 16)) {
        const p = showPath(path);
        add(`wrong-type/${p}=string`, `${p} as a string`, JSON.stringify(setAt(good, path, typeof value === 'string' ? 12345 : 'not-a-number')));
        add(`wrong-type/${p}=null`, `${p} as null`, JSON.stringify(setAt(good, path, null)));
        add(`wrong-type/${p}=object`, `${p} as an object`, JSON.stringify(setAt(good, path, { nested: [1, 2] })));
        add(`wrong-type/${p}=list`, `${p} as a list`, JSON.stringify(setAt(good, path, [value, value])));
        if (typeof value === 'number' || value === null) {
            add(`nan/${p}`, `${p} = NaN`, raw(good, path, 'NaN'));
            add(`infinity/${p}`, `${p} = Infinity`, raw(good, path, 'Infinity'));
            add(`infinity/${p}=-Infinity`, `${p} = -Infinity`, raw(good, path, '-Infinity'));
            add(`huge-number/${p}`, `${p} = 1e999 (overflows a double)`, raw(good, path, '1e999'));
            add(`huge-number/${p}=-1e308`, `${p} = -1e308`, raw(good, path, '-1e308'));
        }
        if (typeof value === 'string') {
            add(`unicode/${p}=zero-width`, `${p} with zero-width characters`, JSON.stringify(setAt(good, path, `${value}\u200b\u200c\u200d\ufeff`)));
            add(`unicode/${p}=rtl-override`, `${p} with a right-to-left override`, JSON.stringify(setAt(good, path, `\u202e${value}`)));
            add(`unicode/${p}=lone-surrogate`, `${p} with a lone surrogate (\\ud800)`, raw(good, path, '"\\ud800x"'));
            add(`unicode/${p}=nul`, `${p} with a NUL character`, JSON.stringify(setAt(good, path, `${value}\u0000`)));
            add(`unicode/${p}=long`, `${p} as ${cfg['huge-kb']} KiB of text`, JSON.stringify(setAt(good, path, huge)));
            add(`unicode/${p}=combining`, `${p} with 10,000 combining marks`, JSON.stringify(setAt(good, path, `${value}${'\u0301'.repeat(10_000)}`)));
        }
    }
    add('malformed/truncated', 'the JSON cut in half', text.slice(0, Math.max(1, Math.floor(text.length / 2))));
    add('malformed/trailing-comma', 'a trailing comma', text.replace(/([}\]])$/, ',$1'));
    add('malformed/single-quotes', "single quotes instead of double", text.replace(/"/g, "'"));
    add('malformed/not-json', 'plain words', 'this is not json');
    add('malformed/invalid-utf8', 'bytes that are not UTF-8', Uint8Array.from([0x7b, 0x22, 0xff, 0xfe, 0x22, 0x3a, 0x31, 0x7d]));
    add('empty/body', 'an empty body', '');
    add('empty/object', 'an empty object', '{}');
    add('empty/array', 'an empty list', '[]');
    add('empty/null', 'null', 'null');
    add('wrong-type/body-string', 'a string instead of the request object', JSON.stringify('hello'));
    add('wrong-type/body-number', 'a number instead of the request object', '42');
    if (good && typeof good === 'object' && !Array.isArray(good)) {
        add('extra/field', 'an unexpected extra field', JSON.stringify({ ...good, unexpected_field: 'x' }));
        add('extra/many-fields', '10,000 unexpected fields', JSON.stringify({ ...good, ...Object.fromEntries(Array.from({ length: 10_000 }, (_, i) => [`f${i}`, i])) }));
    }
    add('huge/body', `a ${cfg['huge-kb']} KiB padding field`, good && typeof good === 'object' && !Array.isArray(good) ? JSON.stringify({ ...good, padding: huge }) : JSON.stringify([good, huge]));
    add('huge/list', 'a list of 100,000 numbers', JSON.stringify(Array.from({ length: 100_000 }, (_, i) => i % 97)));
    add('deep/nesting', 'lists nested 10,000 deep', '['.repeat(10_000) + ']'.repeat(10_000));
    add('deep/nesting-objects', 'objects nested 5,000 deep', '{"a":'.repeat(5_000) + '1' + '}'.repeat(5_000));
    add('unicode/emoji-keys', 'keys and values of emoji', JSON.stringify({ '\u{1f600}': '\u{1f4a9}'.repeat(100) }));
    add('content-type/text-plain', 'the good body sent as text/plain', text, 'text/plain');
    add('content-type/form', 'the good body sent as a form', text, 'application/x-www-form-urlencoded');
    add('content-type/none', 'the good body with no content type', text, null);
    add('content-type/xml', 'XML instead of JSON', '<predict><x>1</x></predict>', 'application/xml');
    // Wrong methods: the known-good request under another method (GET and HEAD cannot carry a body).
    for (const m of cfg.methods) {
        if (m === method.toUpperCase())
            continue;
        const bodyless = m === 'GET' || m === 'HEAD';
        cases.push({ id: `method/${m}`, what: `${m} instead of ${method.toUpperCase()}${bodyless ? ' (no body)' : ', with the known-good body'}`, body: bodyless ? undefined : text, contentType: bodyless ? null : json, method: m });
    }
    // Missing fields last: a server that dies on one takes the remaining cases with it.
    for (const { path } of leaves(good, 16))
        add(`missing/${showPath(path)}`, `${showPath(path)} left out`, JSON.stringify(setAt(good, path, undefined, true)));
    return cases;
}
const SEVERITY = {
    'broke-server': 'critical',
    'server-error': 'high',
    'no-answer': 'high',
    slow: 'medium',
    'malformed-error': 'low'
};
const RULE_TEXT = {
    'broke-server': 'the endpoint stopped answering the known-good request after this request (it crashed or hung)',
    'server-error': 'the endpoint answered with a server error (5xx) instead of refusing the request with a 4xx',
    'no-answer': 'the endpoint dropped the connection or did not answer',
    slow: 'the endpoint took longer than max-latency-ms',
    'malformed-error': 'the endpoint refused the request, but its error answer is not JSON'
};
function judge(a, cfg, c) {
    const problems = [];
    if (a.status >= 500)
        problems.push('server-error');
    if (a.ms > cfg['max-latency-ms'])
        problems.push('slow');
    // An answer to HEAD has no body by definition (RFC 9110 9.3.2): its refusal is judged on the status alone.
    if (a.status >= 400 && a.status < 500 && cfg['json-errors'] && c.method !== 'HEAD') {
        let ok;
        try {
            JSON.parse(a.text);
            ok = a.text.trim().length > 0;
        }
        catch {
            ok = false;
        }
        if (!ok)
            problems.push('malformed-error');
    }
    if (problems.length)
        return { verdict: problems[0], also: problems.slice(1) };
    return { verdict: a.status >= 200 && a.status < 300 ? 'accepted' : 'rejected', also: [] };
}
async function runFuzz(client, good, goodLabel, cfg, signal) {
    const http = client.http;
    let requests = 0;
    const send = async (body, contentType, method = http.method) => {
        const headers = { ...http.headers };
        delete headers['content-type'];
        if (contentType)
            headers['content-type'] = contentType;
        requests++;
        return requestRaw({ url: http.url, method, headers, body, timeoutMs: Math.max(http.timeoutMs, cfg['max-latency-ms'] + 1000), maxBytes: http.maxBytes, signal });
    };
    /** Null when the endpoint answers the known-good request as before, else what went wrong. */
    const health = async () => {
        try {
            const a = await send(JSON.stringify(good), 'application/json');
            if (a.status < 200 || a.status >= 300)
                return `the known-good request got HTTP ${a.status}: ${(0,types/* excerpt */.Kb)(a.text, 120)}`;
            const label = client.read(JSON.parse(a.text)).label;
            return label === goodLabel ? null : `the known-good request now gets the label ${(0,types/* excerpt */.Kb)(label, 40)} instead of ${(0,types/* excerpt */.Kb)(goodLabel, 40)}`;
        }
        catch (e) {
            return `the known-good request got no answer: ${e.message}`;
        }
    };
    const before = await health();
    if (before)
        return { results: [], error: `fuzzing not started: ${before}`, requests };
    const cases = fuzzCases(good, cfg, http.method);
    const results = [];
    let dead = null;
    for (const [i, c] of cases.entries()) {
        if (signal.aborted || dead) {
            results.push({ case: c, status: null, ms: null, verdict: 'not-sent', also: [], answer: '', health: dead ? `not sent: the endpoint stopped answering (${dead})` : 'not sent: the gate was stopped' });
            continue;
        }
        let r;
        try {
            const a = await send(c.body, c.contentType, c.method);
            const j = judge(a, cfg, c);
            r = { case: c, status: a.status, ms: Math.round(a.ms), verdict: j.verdict, also: j.also, answer: (0,types/* excerpt */.Kb)(a.text, 200), health: null };
        }
        catch (e) {
            if (signal.aborted)
                break;
            r = { case: c, status: null, ms: null, verdict: 'no-answer', also: [], answer: e instanceof types/* TargetError */.I0 ? e.message : String(e), health: null };
        }
        if (cfg['health-check'] === 'each' || i === cases.length - 1) {
            const h = await health();
            if (h) {
                r.health = h;
                r.also.push(r.verdict);
                r.verdict = 'broke-server';
                dead = `after ${c.id}: ${h}`;
            }
        }
        results.push(r);
    }
    return { results, error: null, requests };
}
const bodyText = (b) => (b === undefined ? '' : typeof b === 'string' ? b : `bytes ${Buffer.from(b).toString('hex')}`);
function fuzzChecks(run, label) {
    return run.results.map((r) => ({
        name: 'robustness-fuzz',
        target: r.case.id,
        outcome: r.verdict === 'not-sent' ? 'skipped' : r.verdict === 'accepted' || r.verdict === 'rejected' ? 'pass' : 'fail',
        details: {
            endpoint: label,
            what: r.case.what,
            ...(r.case.method ? { method: r.case.method } : {}),
            contentType: r.case.contentType,
            request: (0,types/* excerpt */.Kb)(bodyText(r.case.body), 300),
            requestBytes: r.case.body === undefined ? 0 : typeof r.case.body === 'string' ? Buffer.byteLength(r.case.body) : r.case.body.length,
            status: r.status,
            ms: r.ms,
            verdict: r.verdict,
            also: r.also,
            answer: r.answer,
            health: r.health
        }
    }));
}
/** One finding per kind of problem, naming every request that showed it. */
function fuzzFindings(run, label) {
    const out = [];
    for (const kind of Object.keys(SEVERITY)) {
        const hit = run.results.filter((r) => r.verdict === kind || r.also.includes(kind));
        if (!hit.length)
            continue;
        const sent = (c) => (c.method && c.body === undefined ? `${c.method} with no body` : `${c.method ? `${c.method} with ` : ''}body ${JSON.stringify((0,types/* excerpt */.Kb)(bodyText(c.body), 80))}`);
        const named = hit.slice(0, 8).map((r) => `${r.case.id} (${r.status === null ? 'no answer' : `HTTP ${r.status}`}${r.ms !== null ? `, ${r.ms} ms` : ''}; ${sent(r.case)})`);
        out.push({
            ruleId: `robustness/fuzz-${kind}`,
            severity: SEVERITY[kind],
            title: `fuzzing: ${kind} on ${hit.length} request${hit.length === 1 ? '' : 's'}`,
            message: `${label}: ${RULE_TEXT[kind]}: ${named.join('; ')}${hit.length > named.length ? `; and ${hit.length - named.length} more (see the robustness-fuzz checks)` : ''}${kind === 'broke-server' && hit[0].health ? `. ${hit[0].health}` : ''}`,
            location: { path: label, startLine: null },
            fingerprintKey: `robustness/fuzz-${kind}:${hit.map((r) => r.case.id).join(',')}`,
            help: { text: 'A prediction endpoint should refuse bad input with a 4xx JSON error, quickly, and keep serving. See docs/gates/robustness.md (fuzzing).' },
            properties: { cases: hit.map((r) => r.case.id) }
        });
    }
    return out;
}

;// CONCATENATED MODULE: ./src/gates/robustness/noise.ts
/**
 * Random bounded perturbations: each number or integer feature moves by at most epsilon of its
 * range (uniformly, clipped to the range, integers rounded), a categorical feature is swapped for
 * another allowed value at categorical-rate. `trials` draws per example; the first that changes a
 * correct prediction is the flip.
 */



function perturb(columns, x, cfg, rand) {
    const out = { ...x };
    for (const c of columns) {
        if (c.frozen)
            continue;
        const v = x[c.name];
        if ((c.type === 'number' || c.type === 'integer') && typeof v === 'number' && c.hi > c.lo) {
            out[c.name] = clampValue(c, v + (rand() * 2 - 1) * cfg.epsilon * (c.hi - c.lo));
        }
        else if (c.type === 'categorical' && cfg['categorical-rate'] > 0 && c.values.length > 1) {
            if (rand() < cfg['categorical-rate']) {
                const others = c.values.filter((o) => JSON.stringify(o) !== JSON.stringify(v));
                if (others.length)
                    out[c.name] = others[Math.floor(rand() * others.length)];
            }
        }
    }
    return out;
}
async function noiseAttack(examples, clean, columns, order, cfg, seed, oracle, concurrency) {
    const measure = 'L2 over features scaled to [0, 1]';
    const canMove = movable(columns).length > 0 || (cfg['categorical-rate'] > 0 && columns.some((c) => !c.frozen && c.type === 'categorical' && c.values.length > 1));
    if (!canMove)
        return { id: 'noise', outcomes: [], skipped: 'no number, integer or categorical feature to perturb', measure };
    const cols = movable(columns);
    const outcomes = new Array(examples.length);
    await forEachLimited(examples, concurrency, async (e, i) => {
        if (clean[i] !== e.label)
            return void (outcomes[i] = alreadyWrong(e, clean[i]));
        const rand = (0,rng/* rng */.S)(exampleSeed(seed, 'noise', e.index));
        const { last, predicted, queries, error } = await randomTrials(e.input, clean[i], e.label, cfg.trials, () => perturb(columns, e.input, cfg, rand), oracle);
        const flipped = predicted !== e.label;
        outcomes[i] = {
            ...exampleFields(e, clean[i]),
            input: last,
            predicted,
            flipped,
            found: flipped,
            distance: flipped ? l2Scaled(cols, e.input, last) : null,
            queries,
            changes: flipped ? describeChanges(order, e.input, last) : [],
            ...(error ? { error } : {})
        };
    }).catch((err) => {
        if (!(err instanceof StopRun))
            throw err;
    });
    return { id: 'noise', outcomes: outcomes.filter(Boolean), measure };
}

;// CONCATENATED MODULE: ./src/gates/robustness/pixels.ts
/**
 * Attacks on image columns. Pixels are scaled to [0, 1] by their range and every image sent is
 * clipped to the range (and rounded when the pixels are integer), so every size reported is that of
 * an image the model actually classified.
 *
 * - image-noise: random sign noise at the edge of an L-infinity ball: each pixel moves up or down by
 *   epsilon of the range (integer pixels by the largest whole step within it), `trials` draws per
 *   example; the first that changes a correct prediction is the flip.
 * - image-decision: the decision-based minimal-perturbation attack of decision.ts (HopSkipJump, L2)
 *   on the pixel vector, started from the nearest image the model already puts in another class.
 */





/** The image columns an attack may move (not frozen, with a range), laid end to end. */
function pixelColumns(columns) {
    let offset = 0;
    const out = [];
    for (const c of columns) {
        if (!c.image || c.frozen || !(c.hi > c.lo))
            continue;
        out.push({ name: c.name, spec: c.image, offset });
        offset += c.image.size;
    }
    return out;
}
const clamp01 = (t) => Math.min(1, Math.max(0, t));
/** A pixel value from its scaled position: clipped, rounded for integer pixels. */
function pixelValue(spec, t) {
    const v = spec.lo + clamp01(t) * (spec.hi - spec.lo);
    return Math.min(spec.hi, Math.max(spec.lo, spec.integer ? Math.round(v) : v));
}
/** The scaled pixel vector of an input. */
function pixelVector(cols, x) {
    const u = [];
    for (const c of cols)
        for (const v of flatPixels(x[c.name]))
            u.push((v - c.spec.lo) / (c.spec.hi - c.spec.lo));
    return u;
}
/** The pixel space of one example (its other columns held). */
function imageSpace(x, cols) {
    const k = cols.reduce((n, c) => n + c.spec.size, 0);
    const toInput = (u) => {
        const out = { ...x };
        for (const c of cols) {
            const px = new Float64Array(c.spec.size);
            for (let i = 0; i < c.spec.size; i++)
                px[i] = pixelValue(c.spec, u[c.offset + i]);
            out[c.name] = imageValue(px, c.spec);
        }
        return out;
    };
    const project = (u) => {
        const out = new Array(k);
        for (const c of cols)
            for (let i = 0; i < c.spec.size; i++)
                out[c.offset + i] = (pixelValue(c.spec, u[c.offset + i]) - c.spec.lo) / (c.spec.hi - c.spec.lo);
        return out;
    };
    // On a grid of few integer levels, gradient probes must reach about half a level per pixel.
    const quantum = Math.max(...cols.map((c) => (c.spec.integer ? 1 / (c.spec.hi - c.spec.lo) : 0)));
    return { u0: pixelVector(cols, x), toInput, project, point: (inp) => pixelVector(cols, inp), ...(quantum > 0 ? { minDelta: 0.5 * quantum * Math.sqrt(k) } : {}) };
}
/** L2 and L-infinity between two scaled pixel vectors. */
function sizesOf(a, b) {
    let s = 0;
    let m = 0;
    for (let i = 0; i < a.length; i++) {
        const d = Math.abs(a[i] - b[i]);
        s += d * d;
        if (d > m)
            m = d;
    }
    return { l2: Math.sqrt(s), linf: m };
}
/** What changed, and the small images as numbers. */
function describe(cols, from, to) {
    const changes = [];
    const pictures = {};
    for (const c of cols) {
        const a = flatPixels(from[c.name]);
        const b = flatPixels(to[c.name]);
        changes.push(...pixelChanges(c.name, a, b, c.spec));
        const before = picture(a, c.spec);
        const after = picture(b, c.spec);
        if (before && after)
            pictures[c.name] = { before, after };
    }
    return { changes, ...(Object.keys(pictures).length ? { pictures } : {}) };
}
const MEASURE_LINF = 'L-inf over pixels scaled to [0, 1]';
const MEASURE_L2 = 'L2 over pixels scaled to [0, 1]';
const NO_IMAGE = 'no image column to perturb (declare one in gates.robustness.columns with type: image)';
/** One sign-noise draw: every pixel moves by the step up or down, clipped to the range. */
function signNoise(cols, x, steps, rand) {
    const out = { ...x };
    cols.forEach((c, j) => {
        const px = Float64Array.from(flatPixels(x[c.name]));
        for (let i = 0; i < px.length; i++)
            px[i] = Math.min(c.spec.hi, Math.max(c.spec.lo, px[i] + (rand() < 0.5 ? -steps[j] : steps[j])));
        out[c.name] = imageValue(px, c.spec);
    });
    return out;
}
async function imageNoiseAttack(examples, clean, columns, cfg, seed, oracle, concurrency) {
    const cols = pixelColumns(columns);
    if (!cols.length)
        return { id: 'image-noise', outcomes: [], skipped: NO_IMAGE, measure: MEASURE_LINF };
    // Integer pixels move by whole steps inside the ball; a ball smaller than one step moves nothing.
    const steps = cols.map((c) => (c.spec.integer ? Math.floor(cfg.epsilon * (c.spec.hi - c.spec.lo) + 1e-9) : cfg.epsilon * (c.spec.hi - c.spec.lo)));
    if (steps.every((s) => s === 0)) {
        const c = cols[0];
        return { id: 'image-noise', outcomes: [], skipped: `epsilon ${cfg.epsilon} of the pixel range [${c.spec.lo}, ${c.spec.hi}] is less than one integer step: raise attacks.image-noise.epsilon`, measure: MEASURE_LINF };
    }
    const outcomes = new Array(examples.length);
    await forEachLimited(examples, concurrency, async (e, i) => {
        if (clean[i] !== e.label)
            return void (outcomes[i] = alreadyWrong(e, clean[i]));
        const rand = (0,rng/* rng */.S)(exampleSeed(seed, 'image-noise', e.index));
        const { last, predicted, queries, error } = await randomTrials(e.input, clean[i], e.label, cfg.trials, () => signNoise(cols, e.input, steps, rand), oracle);
        const flipped = predicted !== e.label;
        const sizes = sizesOf(pixelVector(cols, e.input), pixelVector(cols, last));
        outcomes[i] = {
            ...exampleFields(e, clean[i]),
            input: last,
            predicted,
            flipped,
            found: flipped,
            distance: flipped ? sizes.linf : null,
            queries,
            ...(flipped ? { sizes, ...describe(cols, e.input, last) } : { changes: [] }),
            ...(error ? { error } : {})
        };
    }).catch((err) => {
        if (!(err instanceof StopRun))
            throw err;
    });
    return { id: 'image-noise', outcomes: outcomes.filter(Boolean), measure: MEASURE_LINF };
}
async function imageDecisionAttack(examples, clean, columns, cfg, seed, oracle, concurrency) {
    const measure = cfg.norm === 'linf' ? MEASURE_LINF : MEASURE_L2;
    const cols = pixelColumns(columns);
    if (!cols.length)
        return { id: 'image-decision', outcomes: [], skipped: NO_IMAGE, measure };
    const vectors = examples.map((e) => pixelVector(cols, e.input));
    const outcomes = new Array(examples.length);
    const perExample = Math.max(1, Math.floor(concurrency / 2));
    await forEachLimited(examples, perExample, async (e, i) => {
        if (clean[i] !== e.label)
            return void (outcomes[i] = alreadyWrong(e, clean[i]));
        // Starting points: the images the model already puts in another class, nearest first.
        const starts = startingPoints(examples, clean, i, (j) => sizesOf(vectors[i], vectors[j]).l2);
        const { r, error } = await searchExample(e.label, oracle, (adversarial) => hopSkipJumpIn(imageSpace(e.input, cols), starts, adversarial, cfg.queries, (0,rng/* rng */.S)(exampleSeed(seed, 'image-decision', e.index))));
        const sizes = r.adversarial ? sizesOf(vectors[i], pixelVector(cols, r.adversarial)) : null;
        const distance = sizes ? (cfg.norm === 'linf' ? sizes.linf : sizes.l2) : null;
        const within = r.adversarial !== null && distance !== null && distance <= cfg['max-distance'];
        outcomes[i] = {
            ...exampleFields(e, clean[i]),
            input: within ? r.adversarial : e.input,
            predicted: within ? r.predicted : clean[i],
            flipped: within,
            found: r.adversarial !== null,
            distance,
            queries: r.queries,
            ...(r.adversarial && sizes ? { sizes, ...describe(cols, e.input, r.adversarial) } : { changes: [] }),
            ...(error ? { error } : {})
        };
    }).catch((err) => {
        if (!(err instanceof StopRun))
            throw err;
    });
    return { id: 'image-decision', outcomes: outcomes.filter(Boolean), measure };
}

;// CONCATENATED MODULE: ./src/gates/robustness/synonyms.ts
/**
 * A small synonym list for the text attack's word substitutions: common English words (adjectives of
 * judgement and quality, frequent verbs and nouns), written for this project (MIT, as the rest of it)
 * rather than copied from a thesaurus. Each group lists words that can replace each other in most
 * sentences; lookups are by lower-cased word.
 */
const GROUPS = [
    ['good', 'fine', 'decent', 'nice', 'solid'],
    ['great', 'excellent', 'superb', 'outstanding', 'terrific', 'first-rate'],
    ['wonderful', 'marvellous', 'delightful', 'splendid'],
    ['lovely', 'charming', 'pleasing', 'delightful'],
    ['fantastic', 'fabulous', 'amazing', 'incredible'],
    ['pleasant', 'agreeable', 'enjoyable', 'nice'],
    ['reliable', 'dependable', 'trustworthy', 'sturdy'],
    ['comfortable', 'cosy', 'comfy', 'easy'],
    ['bad', 'poor', 'inferior', 'substandard', 'lousy'],
    ['terrible', 'dreadful', 'atrocious', 'appalling', 'abysmal'],
    ['awful', 'horrid', 'ghastly', 'rotten'],
    ['horrible', 'hideous', 'nasty', 'vile'],
    ['disappointing', 'underwhelming', 'unsatisfying', 'lacklustre'],
    ['broken', 'faulty', 'defective', 'damaged'],
    ['useless', 'worthless', 'pointless', 'futile'],
    ['unreliable', 'undependable', 'erratic', 'flaky'],
    ['happy', 'glad', 'pleased', 'content', 'cheerful'],
    ['sad', 'unhappy', 'gloomy', 'down'],
    ['angry', 'annoyed', 'irritated', 'cross'],
    ['big', 'large', 'huge', 'sizeable'],
    ['small', 'little', 'tiny', 'compact'],
    ['fast', 'quick', 'rapid', 'speedy'],
    ['slow', 'sluggish', 'unhurried', 'leisurely'],
    ['cheap', 'inexpensive', 'affordable', 'low-cost'],
    ['expensive', 'costly', 'pricey', 'dear'],
    ['easy', 'simple', 'effortless', 'straightforward'],
    ['hard', 'difficult', 'tough', 'demanding'],
    ['new', 'fresh', 'recent', 'modern'],
    ['old', 'aged', 'dated', 'worn'],
    ['really', 'truly', 'genuinely', 'very'],
    ['very', 'extremely', 'highly', 'quite'],
    ['overall', 'altogether', 'on the whole', 'in general'],
    ['found', 'discovered', 'thought', 'felt'],
    ['like', 'enjoy', 'appreciate', 'fancy'],
    ['hate', 'detest', 'loathe', 'dislike'],
    ['buy', 'purchase', 'get', 'acquire'],
    ['use', 'employ', 'utilise', 'operate'],
    ['help', 'assist', 'aid', 'support'],
    ['fix', 'repair', 'mend', 'correct'],
    ['show', 'display', 'present', 'reveal'],
    ['start', 'begin', 'commence', 'launch'],
    ['stop', 'halt', 'cease', 'end'],
    ['problem', 'issue', 'fault', 'trouble'],
    ['price', 'cost', 'charge', 'fee'],
    ['delivery', 'shipping', 'dispatch', 'shipment'],
    ['service', 'support', 'assistance', 'help'],
    ['screen', 'display', 'monitor', 'panel'],
    ['sound', 'audio', 'noise', 'tone'],
    ['design', 'look', 'style', 'layout'],
    ['battery', 'cell', 'power pack', 'charge'],
    ['product', 'item', 'article', 'goods'],
    ['movie', 'film', 'picture', 'feature'],
    ['story', 'plot', 'tale', 'narrative'],
    ['food', 'meal', 'dish', 'fare'],
    ['staff', 'employees', 'team', 'personnel'],
    ['quick', 'prompt', 'swift', 'brisk'],
    ['quiet', 'silent', 'hushed', 'calm'],
    ['loud', 'noisy', 'booming', 'deafening'],
    ['clean', 'spotless', 'tidy', 'neat'],
    ['dirty', 'filthy', 'grimy', 'messy'],
    ['friendly', 'kind', 'warm', 'welcoming'],
    ['rude', 'impolite', 'curt', 'discourteous'],
    ['strong', 'powerful', 'robust', 'sturdy'],
    ['weak', 'feeble', 'frail', 'flimsy'],
    ['beautiful', 'gorgeous', 'stunning', 'attractive'],
    ['ugly', 'unsightly', 'unattractive', 'plain'],
    ['smart', 'clever', 'intelligent', 'bright'],
    ['boring', 'dull', 'tedious', 'monotonous'],
    ['interesting', 'engaging', 'fascinating', 'intriguing'],
    ['safe', 'secure', 'protected', 'sound'],
    ['dangerous', 'risky', 'hazardous', 'unsafe']
];
const INDEX = (() => {
    const m = new Map();
    for (const g of GROUPS)
        for (const w of g)
            m.set(w, [...new Set([...(m.get(w) ?? []), ...g.filter((x) => x !== w)])]);
    return m;
})();
/** Synonyms of a word (lower-cased lookup), or none. */
function synonymsOf(word) {
    return INDEX.get(word.toLowerCase()) ?? [];
}

;// CONCATENATED MODULE: ./src/gates/robustness/text.ts
/**
 * Text attacks on text columns: character edits (keyboard typos, swapped, deleted letters),
 * homoglyphs (Latin letters replaced by Cyrillic look-alikes), zero-width characters, synonym
 * substitutions (synonyms.ts), case and punctuation noise, and an inserted neutral sentence. Edits
 * stack up to max-edits and never change more than max-edit-rate of the words (the readability
 * bound). With a score from the endpoint the search is greedy (keep the edit that lowers the score of
 * the true label most, as DeepWordBug and TextFooler do); without one, it is a seeded random walk.
 */




const HOMOGLYPHS = { a: 'а', c: 'с', e: 'е', i: 'і', o: 'о', p: 'р', x: 'х', y: 'у', A: 'А', B: 'В', C: 'С', E: 'Е', H: 'Н', K: 'К', M: 'М', O: 'О', P: 'Р', T: 'Т', X: 'Х' };
const ROWS = ['qwertyuiop', 'asdfghjkl', 'zxcvbnm'];
const SENTENCES = ['I bought it last week.', 'The box arrived on a Tuesday.', 'My order number is 4417.', 'I read the manual first.', 'This is my second review.'];
function neighbours(ch) {
    const lower = ch.toLowerCase();
    for (let r = 0; r < ROWS.length; r++) {
        const i = ROWS[r].indexOf(lower);
        if (i < 0)
            continue;
        const out = [ROWS[r][i - 1], ROWS[r][i + 1], ROWS[r - 1]?.[i], ROWS[r + 1]?.[i]].filter((x) => !!x);
        return ch === lower ? out : out.map((x) => x.toUpperCase());
    }
    return [];
}
const pick = (xs, rand) => (xs.length ? xs[Math.floor(rand() * xs.length)] : undefined);
/** One edit of `kind` on a copy of the state, or null when none applies. */
function applyEdit(s, kind, rand) {
    const words = s.tokens.map((t, i) => ({ t, i })).filter((w) => w.i % 2 === 0 && w.t.length > 0);
    const letters = (w) => /^[A-Za-z'-]+[.,!?;:]*$/.test(w);
    const next = (i, t, note) => {
        const tokens = [...s.tokens];
        tokens[i] = t;
        return { tokens, changed: new Set([...s.changed, i]), sentences: s.sentences, edits: s.edits + 1, notes: [...s.notes, note] };
    };
    const inner = words.filter((w) => letters(w.t) && w.t.replace(/[^A-Za-z]/g, '').length >= 4);
    switch (kind) {
        case 'typo': {
            const w = pick(inner, rand);
            if (!w)
                return null;
            const p = 1 + Math.floor(rand() * (w.t.replace(/[^A-Za-z]/g, '').length - 2));
            const n = pick(neighbours(w.t[p]), rand);
            return n ? next(w.i, w.t.slice(0, p) + n + w.t.slice(p + 1), `typo in "${w.t}"`) : null;
        }
        case 'swap': {
            const w = pick(inner.filter((x) => /[A-Za-z]{4,}/.test(x.t)), rand);
            if (!w)
                return null;
            const p = 1 + Math.floor(rand() * (w.t.replace(/[^A-Za-z]/g, '').length - 3));
            if (w.t[p] === w.t[p + 1])
                return null;
            return next(w.i, w.t.slice(0, p) + w.t[p + 1] + w.t[p] + w.t.slice(p + 2), `letters swapped in "${w.t}"`);
        }
        case 'delete': {
            const w = pick(inner, rand);
            if (!w)
                return null;
            const p = 1 + Math.floor(rand() * (w.t.replace(/[^A-Za-z]/g, '').length - 2));
            return next(w.i, w.t.slice(0, p) + w.t.slice(p + 1), `letter dropped from "${w.t}"`);
        }
        case 'homoglyph': {
            const w = pick(words.filter((x) => /[aceiopxyABCEHKMOPTX]/.test(x.t)), rand);
            if (!w)
                return null;
            const spots = [...w.t].map((c, i) => (HOMOGLYPHS[c] ? i : -1)).filter((i) => i >= 0);
            const p = pick(spots, rand);
            return next(w.i, w.t.slice(0, p) + HOMOGLYPHS[w.t[p]] + w.t.slice(p + 1), `look-alike letter in "${w.t}"`);
        }
        case 'zero-width': {
            const w = pick(words.filter((x) => x.t.length >= 2), rand);
            if (!w)
                return null;
            const p = 1 + Math.floor(rand() * (w.t.length - 1));
            return next(w.i, w.t.slice(0, p) + '\u200b' + w.t.slice(p), `zero-width space in "${w.t}"`);
        }
        case 'synonym': {
            const cands = words.map((w) => ({ ...w, m: /^([A-Za-z-]+)([.,!?;:]*)$/.exec(w.t) })).filter((w) => w.m && synonymsOf(w.m[1]).length);
            const w = pick(cands, rand);
            if (!w)
                return null;
            const syn = pick(synonymsOf(w.m[1]), rand);
            const cased = /^[A-Z]/.test(w.m[1]) ? syn[0].toUpperCase() + syn.slice(1) : syn;
            return next(w.i, cased + w.m[2], `"${w.m[1]}" -> "${syn}"`);
        }
        case 'case': {
            const w = pick(words.filter((x) => /[a-z]/.test(x.t)), rand);
            if (!w)
                return null;
            return next(w.i, rand() < 0.5 ? w.t.toUpperCase() : w.t[0] === w.t[0].toUpperCase() ? w.t[0].toLowerCase() + w.t.slice(1) : w.t[0].toUpperCase() + w.t.slice(1), `case of "${w.t}"`);
        }
        case 'punctuation': {
            const w = pick(words, rand);
            if (!w)
                return null;
            const m = /[.,!?;:]+$/.exec(w.t);
            const t = m ? w.t.slice(0, -m[0].length) : w.t + pick(['!', ',', '...', '?!'], rand);
            return next(w.i, t, `punctuation at "${w.t}"`);
        }
        case 'sentence': {
            if (s.sentences > 0)
                return null;
            const sentence = pick(SENTENCES, rand);
            return { tokens: [...s.tokens, ' ', sentence], changed: s.changed, sentences: s.sentences + 1, edits: s.edits + 1, notes: [...s.notes, `sentence added: "${sentence}"`] };
        }
    }
}
const wordCount = (tokens) => tokens.filter((t, i) => i % 2 === 0 && t.length > 0).length;
async function textAttack(examples, clean, columns, order, cfg, seed, oracle, concurrency) {
    const measure = 'share of words changed';
    const textCols = columns.filter((c) => c.type === 'text' && !c.frozen);
    if (!textCols.length)
        return { id: 'text', outcomes: [], skipped: 'no text column', measure };
    const outcomes = new Array(examples.length);
    await forEachLimited(examples, Math.max(1, Math.floor(concurrency / 2)), async (e, i) => {
        if (clean[i] !== e.label)
            return void (outcomes[i] = alreadyWrong(e, clean[i]));
        const rand = (0,rng/* rng */.S)(exampleSeed(seed, 'text', e.index));
        const counter = { n: 0 };
        const states = new Map();
        const originalWords = new Map();
        for (const c of textCols) {
            const text = String(e.input[c.name] ?? '');
            const tokens = text.split(/(\s+)/);
            states.set(c.name, { tokens, changed: new Set(), sentences: 0, edits: 0, notes: [] });
            originalWords.set(c.name, wordCount(tokens));
        }
        const totalWords = [...originalWords.values()].reduce((a, b) => a + b, 0) || 1;
        const allowed = Math.max(1, Math.floor(cfg['max-edit-rate'] * totalWords));
        const changedOf = (m) => [...m.values()].reduce((n, s) => n + s.changed.size + s.sentences, 0);
        const inputOf = (m) => ({ ...e.input, ...Object.fromEntries([...m].map(([k, s]) => [k, s.tokens.join('')])) });
        const first = await oracle.predictScored(e.input);
        const scored = first.score !== null;
        let bestScore = first.score ?? 1;
        let current = states;
        let final = { input: e.input, predicted: clean[i], states };
        let flipped = false;
        let error;
        try {
            while (counter.n < cfg.queries && !flipped) {
                // Candidates: one more edit of an allowed kind on a text column, within the readability bound.
                const cands = [];
                for (let tries = 0; cands.length < Math.min(6, cfg.queries - counter.n) && tries < 30; tries++) {
                    const col = pick(textCols, rand);
                    const s = current.get(col.name);
                    if (s.edits >= cfg['max-edits'])
                        continue;
                    const edited = applyEdit(s, pick(cfg.edits, rand), rand);
                    if (!edited)
                        continue;
                    const m = new Map(current);
                    m.set(col.name, edited);
                    if (changedOf(m) > allowed)
                        continue;
                    cands.push(m);
                }
                if (!cands.length)
                    break;
                const answers = await Promise.all(cands.map((m) => oracle.predictScored(inputOf(m), counter)));
                const hit = answers.findIndex((a) => a.label !== e.label);
                if (hit >= 0) {
                    flipped = true;
                    final = { input: inputOf(cands[hit]), predicted: answers[hit].label, states: cands[hit] };
                    break;
                }
                let keep = 0;
                if (scored) {
                    answers.forEach((a, j) => {
                        if ((a.score ?? 1) < (answers[keep].score ?? 1))
                            keep = j;
                    });
                    bestScore = Math.min(bestScore, answers[keep].score ?? 1);
                }
                current = cands[keep];
                final = { input: inputOf(current), predicted: answers[keep].label, states: current };
                if ([...current.values()].every((s) => s.edits >= cfg['max-edits']))
                    break;
            }
        }
        catch (err) {
            if (err instanceof StopRun)
                throw err;
            error = err.message;
        }
        outcomes[i] = {
            ...exampleFields(e, clean[i]),
            input: final.input,
            predicted: final.predicted,
            flipped,
            found: flipped,
            distance: flipped ? changedOf(final.states) / totalWords : null,
            queries: counter.n,
            changes: flipped ? [...final.states.values()].flatMap((s) => s.notes) : [],
            ...(error ? { error } : {})
        };
    }).catch((err) => {
        if (!(err instanceof StopRun))
            throw err;
    });
    void order;
    return { id: 'text', outcomes: outcomes.filter(Boolean), measure };
}

// EXTERNAL MODULE: ./src/scanners/stats/index.ts + 7 modules
var stats = __webpack_require__(23451);
;// CONCATENATED MODULE: ./src/gates/robustness/verdict.ts

const median = (xs) => (xs.length ? (0,stats/* medianSorted */.w_)(Float64Array.from(xs).sort()) : null);
const pct = (x) => `${(100 * x).toFixed(1)} %`;
const round = (x) => (x === null ? null : Number(x.toPrecision(6)));
const roundSizes = (s) => ({ l2: round(s.l2), linf: round(s.linf) });
/** Characters of JSON of the inputs kept per attack in the report. */
const INPUT_CHARS = 4_000_000;
/** A flipped example's input larger than this (a large image) is left to the attack's inputs. */
const FLIP_INPUT_CHARS = 20_000;
function attackStats(run, examples, cfg) {
    const o = run.outcomes;
    const n = o.length;
    const cleanCorrect = o.filter((x) => x.clean === x.label).length;
    const robust = o.filter((x) => x.clean === x.label && !x.flipped).length;
    const flipped = o.filter((x) => x.flipped).length;
    const attacked = o.filter((x) => x.clean === x.label);
    const cleanAccuracy = n ? cleanCorrect / n : 0;
    const robustAccuracy = n ? robust / n : 0;
    const drop = cleanAccuracy - robustAccuracy;
    const reasons = [];
    if (n && drop > cfg['max-accuracy-drop'] + 1e-12)
        reasons.push(`accuracy fell by ${pct(drop)} (from ${pct(cleanAccuracy)} to ${pct(robustAccuracy)}), more than max-accuracy-drop ${pct(cfg['max-accuracy-drop'])}`);
    const min = cfg['min-robust-accuracy'];
    if (n && min !== undefined && robustAccuracy < min - 1e-12)
        reasons.push(`accuracy under attack ${pct(robustAccuracy)} is below min-robust-accuracy ${pct(min)}`);
    return {
        attack: run.id,
        examples,
        completed: n,
        cleanCorrect,
        cleanAccuracy,
        robustAccuracy,
        drop,
        successRate: cleanCorrect ? flipped / cleanCorrect : 0,
        found: o.filter((x) => x.found).length,
        queries: o.reduce((s, x) => s + x.queries, 0),
        medianQueries: median(attacked.map((x) => x.queries)),
        medianDistance: median(o.filter((x) => x.found && x.distance !== null).map((x) => x.distance)),
        failed: reasons.length > 0,
        reasons
    };
}
function attackCheck(run, s, cfg) {
    // Up to report-inputs of them, and at most INPUT_CHARS of JSON (large images cut the list sooner).
    let chars = 0;
    const kept = run.outcomes.slice(0, cfg['report-inputs']).filter((x, i) => {
        chars += JSON.stringify(x.input).length;
        return i === 0 || chars <= INPUT_CHARS;
    });
    const inputs = kept
        .map((x) => ({ row: x.row, label: x.label, clean: x.clean, predicted: x.predicted, flipped: x.flipped, distance: round(x.distance), ...(x.sizes ? { sizes: roundSizes(x.sizes) } : {}), queries: x.queries, input: x.input }));
    const sized = run.outcomes.filter((x) => x.found && x.sizes);
    return {
        name: 'robustness-attack',
        target: run.id,
        outcome: s.completed < s.examples ? 'error' : s.failed ? 'fail' : 'pass',
        details: {
            examples: s.examples,
            completed: s.completed,
            cleanAccuracy: s.cleanAccuracy,
            robustAccuracy: s.robustAccuracy,
            accuracyDrop: s.drop,
            successRate: s.successRate,
            flipsFoundAnySize: s.found,
            queries: s.queries,
            medianQueries: s.medianQueries,
            medianPerturbation: round(s.medianDistance),
            perturbationMeasure: run.measure,
            ...(sized.length ? { medianL2: round(median(sized.map((x) => x.sizes.l2))), medianLinf: round(median(sized.map((x) => x.sizes.linf))) } : {}),
            maxAccuracyDrop: cfg['max-accuracy-drop'],
            minRobustAccuracy: cfg['min-robust-accuracy'] ?? null,
            reasons: s.reasons,
            inputs,
            inputsCut: run.outcomes.length > inputs.length ? run.outcomes.length - inputs.length : 0
        }
    };
}
/** The flipped examples worth showing: smallest perturbation first. */
function flipChecks(run, max) {
    const flips = run.outcomes.filter((x) => x.flipped).sort((a, b) => (a.distance ?? 0) - (b.distance ?? 0));
    return flips.slice(0, max).map((x) => ({
        name: 'robustness-flip',
        target: `${run.id} row ${x.row}`,
        outcome: 'fail',
        details: {
            attack: run.id,
            row: x.row,
            line: x.line,
            label: x.label,
            clean: x.clean,
            predicted: x.predicted,
            perturbation: round(x.distance),
            ...(x.sizes ? { sizes: roundSizes(x.sizes) } : {}),
            queries: x.queries,
            changes: x.changes,
            ...(x.pictures ? { pictures: x.pictures } : {}),
            ...inputOrNote(x)
        }
    }));
}
function inputOrNote(x) {
    const n = JSON.stringify(x.input).length;
    return n <= FLIP_INPUT_CHARS ? { input: x.input } : { inputOmitted: `${n} characters of JSON: see the inputs of the robustness-attack check` };
}
function attackFinding(run, s, where) {
    const example = run.outcomes.filter((x) => x.flipped).sort((a, b) => (a.distance ?? 0) - (b.distance ?? 0))[0];
    return {
        ruleId: `robustness/${run.id}`,
        severity: 'high',
        title: `${run.id} attack: accuracy ${pct(s.cleanAccuracy)} -> ${pct(s.robustAccuracy)}`,
        message: `Under the ${run.id} attack ${s.reasons.join('; ')}; ${Math.round(s.successRate * s.cleanCorrect)} of ${s.cleanCorrect} correct predictions flipped${example ? `. Example: row ${example.row}, ${example.label} -> ${example.predicted} after ${example.changes.slice(0, 4).join(', ') || 'the edit'}` : ''}`,
        location: { path: where, startLine: null },
        fingerprintKey: `robustness/${run.id}`,
        help: { text: 'The model changes its answer under small changes of its input. See docs/gates/robustness.md for what each attack does and how to make the model more robust.' },
        properties: { attack: run.id, cleanAccuracy: s.cleanAccuracy, robustAccuracy: s.robustAccuracy, accuracyDrop: s.drop, successRate: s.successRate, medianPerturbation: s.medianDistance }
    };
}
function attackTable(stats) {
    return {
        title: 'Accuracy under attack',
        columns: ['attack', 'examples', 'clean accuracy', 'accuracy under attack', 'drop', 'success rate', 'median perturbation', 'queries (median per example)'],
        rows: stats.map((s) => [
            s.attack,
            s.completed < s.examples ? `${s.completed} of ${s.examples}` : String(s.examples),
            pct(s.cleanAccuracy),
            pct(s.robustAccuracy),
            pct(s.drop),
            pct(s.successRate),
            s.medianDistance === null ? '-' : s.medianDistance.toPrecision(3),
            `${s.queries} (${s.medianQueries ?? '-'})`
        ])
    };
}

;// CONCATENATED MODULE: ./src/gates/robustness/index.ts
/**
 * The robustness gate: black-box evasion attacks and fuzzing against a model's prediction endpoint.
 * Reads the team's labelled evaluation set, measures clean accuracy through the endpoint, then
 * accuracy under random bounded perturbations, a decision-based minimal-perturbation attack, text
 * edits and, on image columns, pixel noise and the decision attack on the pixels, and fails an
 * attack whose accuracy drop (or accuracy) is past its threshold. Then it fuzzes the endpoint,
 * wrong HTTP methods included. Work left undone (budget, endpoint down, labels outside the classes) is an error that
 * keeps what was completed, never a pass.
 */
















const robustnessGate = {
    id: 'robustness',
    title: 'Robustness (evasion attacks, fuzzing)',
    configSchema: config/* robustnessConfigSchema */.g6,
    async run(ctx) {
        const c = ctx.config;
        if (!c.target || !c.dataset) {
            if (!ctx.explicit && !c.target && !c.dataset)
                return { findings: [], checks: [], errors: [], skipped: 'no target and evaluation set configured (gates.robustness.target, gates.robustness.dataset)' };
            throw new engine_errors/* ConfigError */.xL('CONFIG_INVALID', !c.target
                ? 'gates.robustness.target is missing: name the prediction endpoint, e.g. target: { kind: rest, url: "http://127.0.0.1:8080/predict", body: "{{row}}", label-path: $.label }'
                : 'gates.robustness.dataset is missing: name the labelled evaluation set (CSV, TSV, Parquet or JSON Lines), e.g. dataset: eval/holdout.csv');
        }
        const checks = [];
        const errors = [];
        const findings = [];
        const tables = [];
        const rel = c.dataset;
        const where = 'gates.robustness.target';
        const tenv = { workspace: ctx.workspace, env: process.env, maskSecret: ctx.maskSecret, where };
        // The template decides which columns are features; the client checks it before anything is read.
        const first = createPredictClient(c.target, tenv, []);
        const names = first.placeholders;
        const wholeRow = /\{\{\s*(row|features)\s*\}\}/.test(JSON.stringify(first.template));
        if (!wholeRow && names.length === 0) {
            throw new engine_errors/* ConfigError */.xL('CONFIG_INVALID', `${where}.body maps no column: put "{{row}}" (every feature column), "{{features}}" (their values as a list) or "{{column}}" placeholders where the endpoint expects its input`);
        }
        let evalSet;
        let format;
        try {
            const abs = await (0,paths/* realInside */.he)(ctx.workspace, rel, 'gates.robustness.dataset');
            format = (0,tabular/* formatOf */.be)(rel, c.format);
            const readPng = async (file, what) => {
                const real = await (0,paths/* realInside */.he)(ctx.workspace, file, what);
                const st = await (0,promises_.stat)(real);
                if (st.size > MAX_PNG_BYTES)
                    throw new PngError(`is ${st.size} bytes, more than the ${MAX_PNG_BYTES} read for one image`);
                return (0,promises_.readFile)(real);
            };
            evalSet = await loadEvalSet(abs, rel, format, c, names, wholeRow, ctx.signal, readPng);
        }
        catch (e) {
            const msg = e.code === 'ENOENT' ? `gates.robustness.dataset: ${rel} does not exist in the workspace; fix the path or write the evaluation set before the gate runs` : (0,engine_errors/* describeError */.Uc)(e);
            if (!(e instanceof EvalSetError) && !e.code && !(e instanceof Error && e.name === 'TabularError'))
                throw e;
            return { findings, checks: [{ name: 'robustness-dataset', target: rel, outcome: 'error', details: { reason: msg } }], errors: [msg], tool: null };
        }
        const { examples, classes } = evalSet;
        checks.push({
            name: 'robustness-dataset',
            target: rel,
            outcome: classes.length < 2 ? 'error' : 'pass',
            details: {
                format,
                rowsRead: evalSet.rowsRead,
                examples: examples.length,
                classes,
                leftOut: evalSet.skipped.length,
                leftOutExamples: evalSet.skipped.slice(0, 5),
                columns: evalSet.columns.map((col) => ({
                    name: col.name,
                    type: col.type,
                    ...(col.type === 'number' || col.type === 'integer' || col.image ? { range: [col.lo, col.hi] } : {}),
                    ...(col.type === 'categorical' ? { values: col.values.length } : {}),
                    ...(col.image ? { shape: col.image.shape, pixels: col.image.integer ? 'integer' : 'float', layout: col.image.layout } : {}),
                    frozen: col.frozen
                }))
            }
        });
        if (classes.length < 2) {
            const msg = `${rel}: every example has the label ${JSON.stringify(classes[0])}: with one class, accuracy cannot tell a robust model from one that answers a constant; use an evaluation set with at least two classes`;
            return { findings, checks, errors: [msg], tool: null };
        }
        const session = createPredictSession(c.target, tenv, evalSet.order, { signal: ctx.signal });
        const label = session.client.label;
        const oracle = new Oracle(session, new Set(classes));
        const targetCheck = (outcome, extra = {}) => ({ name: 'robustness-target', target: label, outcome, details: { ...session.counts, ...extra } });
        ctx.logger.info(`robustness: ${examples.length} examples (${classes.length} classes) from ${rel} against ${label}`);
        try {
            await session.ready(examples[0].input);
        }
        catch (e) {
            const why = (0,engine_errors/* describeError */.Uc)(e);
            errors.push(`the endpoint did not answer the first request, so nothing was measured: ${why}${e instanceof targets/* TargetError */.I0 && e.retryable ? ' (is the server started? set ready-timeout-seconds to wait for it)' : ''}`);
            checks.push(targetCheck('error', { reason: why }));
            return { findings, checks, errors, tool: null };
        }
        // Clean predictions.
        const clean = new Array(examples.length).fill(null);
        const cleanErrors = [];
        await forEachLimited(examples, c.target.concurrency, async (e, i) => {
            try {
                clean[i] = await oracle.predict(e.input);
            }
            catch (err) {
                if (err instanceof StopRun)
                    throw err;
                cleanErrors.push(`row ${e.row}: ${err.message}`);
            }
        }).catch((err) => {
            if (!(err instanceof StopRun))
                throw err;
        });
        const usable = examples.filter((_, i) => clean[i] !== null);
        const cleanLabels = clean.filter((x) => x !== null);
        const cleanCorrect = usable.filter((e) => clean[e.index] === e.label).length;
        checks.push({
            name: 'robustness-clean',
            target: rel,
            outcome: usable.length < examples.length ? 'error' : 'pass',
            details: { examples: examples.length, answered: usable.length, correct: cleanCorrect, accuracy: usable.length ? cleanCorrect / usable.length : null, failed: cleanErrors.slice(0, 5) }
        });
        if (oracle.stopped || usable.length < examples.length) {
            errors.push(`clean predictions: ${oracle.stopped ?? `${examples.length - usable.length} of ${examples.length} examples got no answer (first: ${cleanErrors[0]})`}; no attack was run`);
            checks.push(targetCheck('error'));
            return { findings, checks, errors, tool: null };
        }
        oracle.admitNewLabels();
        // Attacks, one after another; a run stopped by the budget keeps what was completed.
        const runs = [];
        const conc = c.target.concurrency;
        const attacks = [];
        if (c.attacks.noise) {
            const cfg = c.attacks.noise;
            attacks.push(['noise', () => noiseAttack(usable, cleanLabels, evalSet.columns, evalSet.order, cfg, c.seed, oracle, conc)]);
        }
        if (c.attacks.decision) {
            const cfg = c.attacks.decision;
            attacks.push(['decision', () => decisionAttack(usable, cleanLabels, evalSet.columns, evalSet.order, cfg, c.seed, oracle, conc)]);
        }
        if (c.attacks.text) {
            const cfg = c.attacks.text;
            attacks.push(['text', () => textAttack(usable, cleanLabels, evalSet.columns, evalSet.order, cfg, c.seed, oracle, conc)]);
        }
        // The image attacks are on by default but listed only for evaluation sets with an image column.
        const images = evalSet.columns.some((col) => col.image);
        if (c.attacks['image-noise'] && images) {
            const cfg = c.attacks['image-noise'];
            attacks.push(['image-noise', () => imageNoiseAttack(usable, cleanLabels, evalSet.columns, cfg, c.seed, oracle, conc)]);
        }
        if (c.attacks['image-decision'] && images) {
            const cfg = c.attacks['image-decision'];
            attacks.push(['image-decision', () => imageDecisionAttack(usable, cleanLabels, evalSet.columns, cfg, c.seed, oracle, conc)]);
        }
        const stats = [];
        const notChecked = [];
        for (const [id, run] of attacks) {
            if (oracle.stopped) {
                checks.push({ name: 'robustness-attack', target: id, outcome: 'error', details: { reason: `not run: ${oracle.stopped}` } });
                continue;
            }
            const r = await run();
            if (r.skipped) {
                checks.push({ name: 'robustness-attack', target: id, outcome: 'skipped', details: { reason: r.skipped } });
                continue;
            }
            runs.push(r);
            const s = attackStats(r, usable.length, c);
            stats.push(s);
            checks.push(attackCheck(r, s, c), ...flipChecks(r, c['max-examples']));
            const unfinished = r.outcomes.filter((o) => o.error);
            if (s.completed < s.examples)
                errors.push(`the ${id} attack stopped after ${s.completed} of ${s.examples} examples: ${oracle.stopped ?? 'requests failed'}. The numbers cover only what was completed; raise max-requests / max-minutes or lower max-rows.`);
            else if (unfinished.length)
                errors.push(`the ${id} attack could not finish ${unfinished.length} example(s) (first, row ${unfinished[0].row}: ${unfinished[0].error})`);
            if (s.failed)
                findings.push(attackFinding(r, s, rel));
        }
        if (!runs.length && attacks.length && !oracle.stopped)
            errors.push('no attack applied to this evaluation set (see the robustness-attack checks): nothing was measured under attack');
        if (stats.length)
            tables.push(attackTable(stats));
        // Fuzzing (HTTP endpoints).
        if (c.fuzz && c.fuzz.enabled) {
            if (!session.client.http) {
                notChecked.push({ what: 'fuzzing of the endpoint', reason: 'the target is a local command: fuzzing sends HTTP requests', fix: 'serve the model over HTTP and use target kind: rest' });
                checks.push({ name: 'robustness-fuzz', target: 'all', outcome: 'skipped', details: { reason: 'command target: fuzzing needs an HTTP endpoint' } });
            }
            else {
                const e0 = usable[0];
                const run = await runFuzz(session.client, session.client.fill(e0.input), clean[e0.index], c.fuzz, ctx.signal);
                if (run.error)
                    errors.push(run.error);
                checks.push(...fuzzChecks(run, label));
                findings.push(...fuzzFindings(run, label));
                const failedCases = run.results.filter((r) => r.verdict !== 'accepted' && r.verdict !== 'rejected' && r.verdict !== 'not-sent').length;
                tables.push({
                    title: 'Fuzzing',
                    columns: ['cases sent', 'refused (4xx)', 'accepted (2xx)', 'failed', 'not sent'],
                    rows: [[String(run.results.filter((r) => r.verdict !== 'not-sent').length), String(run.results.filter((r) => r.verdict === 'rejected').length), String(run.results.filter((r) => r.verdict === 'accepted').length), String(failedCases), String(run.results.filter((r) => r.verdict === 'not-sent').length)]]
                });
            }
        }
        checks.push(targetCheck(oracle.stopped ? 'error' : 'pass', { ...(oracle.stopped ? { stopped: oracle.stopped } : {}), ...(oracle.newLabels.size ? { labelsNotInEvaluationSet: [...oracle.newLabels] } : {}) }));
        const worst = stats.reduce((w, s) => (!w || s.robustAccuracy < w.robustAccuracy ? s : w), null);
        const fuzzFails = findings.filter((f) => f.ruleId.startsWith('robustness/fuzz-')).length;
        const summary = `clean accuracy ${pct(cleanCorrect / usable.length)} on ${usable.length} examples${worst ? `; worst under attack: ${worst.attack} ${pct(worst.robustAccuracy)} (drop ${pct(worst.drop)})` : ''}${c.fuzz && c.fuzz.enabled && session.client.http ? `; fuzzing: ${fuzzFails ? `${fuzzFails} kind(s) of failure` : 'no failure'}` : ''} (${session.counts.requests} requests)`;
        return { findings, checks, errors, tool: null, summary, tables, notChecked };
    }
};


/***/ })

};
