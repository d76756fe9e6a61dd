export const id = 9677;
export const ids = [9677];
export const modules = {

/***/ 61655:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _$: () => (/* binding */ lineStarts),
/* harmony export */   os: () => (/* binding */ tailLines),
/* harmony export */   t$: () => (/* binding */ positionAt)
/* harmony export */ });
/** Line and column of offsets in a text (tool output, notebook JSON, scanned files). */
/** Offsets at which each line starts (line 1 starts at 0). */
function lineStarts(text) {
    const starts = [0];
    for (let i = 0; i < text.length; i++)
        if (text.charCodeAt(i) === 10)
            starts.push(i + 1);
    return starts;
}
/** 1-based line and column of a character offset, given lineStarts(text). */
function positionAt(starts, offset) {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (starts[mid] <= offset)
            lo = mid;
        else
            hi = mid - 1;
    }
    return { line: lo + 1, column: offset - starts[lo] + 1 };
}
/** The last `lines` lines of a text (a tool's stderr, an error), trailing blank space removed. */
function tailLines(text, lines = 20) {
    return text.trimEnd().split(/\r?\n/).slice(-lines).join('\n');
}


/***/ }),

/***/ 30766:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   S: () => (/* binding */ rng)
/* harmony export */ });
/** Seeded randomness shared by the statistics (bootstrap) and the robustness attacks. */
/** xoshiro128** seeded by splitmix32: fast, reproducible from one integer. */
function rng(seed) {
    let s = seed >>> 0;
    const split = () => {
        s = (s + 0x9e3779b9) >>> 0;
        let z = s;
        z = Math.imul(z ^ (z >>> 16), 0x85ebca6b) >>> 0;
        z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35) >>> 0;
        return (z ^ (z >>> 16)) >>> 0;
    };
    let a = split();
    let b = split();
    let c = split();
    let d = split();
    return () => {
        const r = Math.imul(rotl(Math.imul(b, 5) >>> 0, 7), 9) >>> 0;
        const t = (b << 9) >>> 0;
        c = (c ^ a) >>> 0;
        d = (d ^ b) >>> 0;
        b = (b ^ c) >>> 0;
        a = (a ^ d) >>> 0;
        c = (c ^ t) >>> 0;
        d = rotl(d, 11);
        return r / 4294967296;
    };
}
function rotl(x, k) {
    return ((x << k) | (x >>> (32 - k))) >>> 0;
}


/***/ }),

/***/ 82275:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F: () => (/* binding */ commandClient)
/* harmony export */ });
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(31421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _tools_runner_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(25761);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(36043);
/**
 * A local program as the model: run once per prompt with an argv (never a shell), the prompt on
 * stdin, the system prompt in SYSTEM_PROMPT, the answer read from stdout (bounded), a time limit.
 */



function commandClient(c, cwd) {
    const [program, ...args] = c.command;
    const maxBytes = c['max-answer-kb'] * 1024;
    const timeoutMs = c['timeout-seconds'] * 1000;
    return {
        label: `command ${c.command.map((a) => (0,_types_js__WEBPACK_IMPORTED_MODULE_2__/* .excerpt */ .Kb)(a, 60)).join(' ')}`,
        send(req, signal) {
            return new Promise((resolve, reject) => {
                const child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)(program, args, {
                    cwd,
                    env: { ...process.env, SYSTEM_PROMPT: req.system },
                    stdio: ['pipe', 'pipe', 'pipe'],
                    shell: false,
                    detached: process.platform !== 'win32'
                });
                const out = [];
                let size = 0;
                let over = false;
                const err = new _tools_runner_js__WEBPACK_IMPORTED_MODULE_1__/* .TailBuffer */ .vX(4096);
                let timedOut = false;
                const kill = () => {
                    try {
                        if (child.pid && process.platform !== 'win32')
                            process.kill(-child.pid, 'SIGKILL');
                        else
                            child.kill('SIGKILL');
                    }
                    catch {
                        /* already gone */
                    }
                };
                const timer = setTimeout(() => {
                    timedOut = true;
                    kill();
                }, timeoutMs);
                const onAbort = () => kill();
                signal.addEventListener('abort', onAbort, { once: true });
                child.stdout.on('data', (b) => {
                    size += b.length;
                    if (size > maxBytes) {
                        over = true;
                        kill();
                        return;
                    }
                    out.push(b);
                });
                child.stderr.on('data', (b) => err.push(b));
                child.stdin.on('error', () => undefined);
                child.stdin.end(req.prompt);
                const done = () => {
                    clearTimeout(timer);
                    signal.removeEventListener('abort', onAbort);
                };
                child.on('error', (e) => {
                    done();
                    reject(new _types_js__WEBPACK_IMPORTED_MODULE_2__/* .TargetError */ .I0(`cannot start ${program}: ${e.code === 'ENOENT' ? 'not found (check command[0] and PATH)' : e.message}`, { retryable: false, cause: e }));
                });
                child.on('close', (code) => {
                    done();
                    if (signal.aborted)
                        return reject(new _types_js__WEBPACK_IMPORTED_MODULE_2__/* .TargetError */ .I0('stopped: the gate was cancelled or ran out of time', { retryable: false }));
                    if (timedOut)
                        return reject(new _types_js__WEBPACK_IMPORTED_MODULE_2__/* .TargetError */ .I0(`${program} did not answer within timeout-seconds (${c['timeout-seconds']} s)`, { retryable: true }));
                    if (over)
                        return reject(new _types_js__WEBPACK_IMPORTED_MODULE_2__/* .TargetError */ .I0(`${program} wrote more than max-answer-kb (${c['max-answer-kb']} KiB)`, { retryable: false }));
                    if (code !== 0)
                        return reject(new _types_js__WEBPACK_IMPORTED_MODULE_2__/* .TargetError */ .I0(`${program} exited with code ${code}: ${(0,_types_js__WEBPACK_IMPORTED_MODULE_2__/* .excerpt */ .Kb)(err.toString()) || 'no stderr'}`, { retryable: false }));
                    resolve({ text: Buffer.concat(out).toString('utf8'), refusal: null, finishReason: null });
                });
            });
        }
    };
}


/***/ }),

/***/ 52068:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   EF: () => (/* binding */ readCapped),
/* harmony export */   SS: () => (/* binding */ requestJson),
/* harmony export */   U9: () => (/* binding */ isLoopback),
/* harmony export */   wQ: () => (/* binding */ errorInBody)
/* harmony export */ });
/* unused harmony export LOOPBACK_HOSTS */
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(36043);
/**
 * One HTTP request to a model endpoint, bounded: a time limit, a body size cap, no redirects, and
 * a classification of what came back (retryable 429/5xx/network, or a fatal mistake in the
 * config) with a message that says what to fix. Everything read is hostile and kept as text.
 */

const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]', '::1']);
function isLoopback(url) {
    try {
        const host = new URL(url).hostname.toLowerCase();
        return LOOPBACK_HOSTS.has(host) || /^127(?:\.\d{1,3}){3}$/.test(host);
    }
    catch {
        return false;
    }
}
async function readCapped(res, maxBytes) {
    if (!res.body)
        return '';
    const reader = res.body.getReader();
    const chunks = [];
    let size = 0;
    for (;;) {
        const { done, value } = await reader.read();
        if (done)
            break;
        size += value.length;
        if (size > maxBytes) {
            await reader.cancel().catch(() => undefined);
            throw new _types_js__WEBPACK_IMPORTED_MODULE_0__/* .TargetError */ .I0(`the answer is larger than max-answer-kb (${Math.round(maxBytes / 1024)} KiB); raise it or lower max-tokens`, { retryable: false });
        }
        chunks.push(value);
    }
    return Buffer.concat(chunks).toString('utf8');
}
function retryAfter(res) {
    const h = res.headers.get('retry-after');
    if (!h)
        return null;
    const s = Number(h);
    if (Number.isFinite(s) && s >= 0)
        return Math.min(s * 1000, 60_000);
    const d = Date.parse(h);
    return Number.isNaN(d) ? null : Math.min(Math.max(0, d - Date.now()), 60_000);
}
/** Sends the request and returns the parsed JSON body of a 2xx answer, or throws TargetError. */
async function requestJson(o) {
    const timeout = AbortSignal.timeout(o.timeoutMs);
    const signal = AbortSignal.any([timeout, o.signal]);
    let res;
    try {
        res = await fetch(o.url, { method: o.method, headers: o.headers, body: o.body, redirect: 'manual', signal });
    }
    catch (e) {
        if (o.signal.aborted)
            throw new _types_js__WEBPACK_IMPORTED_MODULE_0__/* .TargetError */ .I0('stopped: the gate was cancelled or ran out of time', { retryable: false, cause: e });
        if (timeout.aborted)
            throw new _types_js__WEBPACK_IMPORTED_MODULE_0__/* .TargetError */ .I0(`no answer within timeout-seconds (${Math.round(o.timeoutMs / 1000)} s)`, { retryable: true, cause: e });
        const cause = e.cause;
        throw new _types_js__WEBPACK_IMPORTED_MODULE_0__/* .TargetError */ .I0(`cannot reach ${o.url}: ${cause?.code ?? cause?.message ?? e.message}`, { retryable: true, cause: e });
    }
    let text;
    try {
        text = await readCapped(res, o.maxBytes);
    }
    catch (e) {
        if (e instanceof _types_js__WEBPACK_IMPORTED_MODULE_0__/* .TargetError */ .I0)
            throw e;
        if (timeout.aborted)
            throw new _types_js__WEBPACK_IMPORTED_MODULE_0__/* .TargetError */ .I0(`the answer did not finish within timeout-seconds (${Math.round(o.timeoutMs / 1000)} s)`, { retryable: true, cause: e });
        throw new _types_js__WEBPACK_IMPORTED_MODULE_0__/* .TargetError */ .I0(`the connection broke while reading the answer: ${e.message}`, { retryable: true, cause: e });
    }
    const status = res.status;
    if (status >= 300 && status < 400) {
        throw new _types_js__WEBPACK_IMPORTED_MODULE_0__/* .TargetError */ .I0(`HTTP ${status} redirect to ${(0,_types_js__WEBPACK_IMPORTED_MODULE_0__/* .excerpt */ .Kb)(res.headers.get('location') ?? '?', 120)}: redirects are not followed; put the final URL in the config`, { retryable: false });
    }
    if (status === 429 || status >= 500) {
        throw new _types_js__WEBPACK_IMPORTED_MODULE_0__/* .TargetError */ .I0(`HTTP ${status}${text ? `: ${(0,_types_js__WEBPACK_IMPORTED_MODULE_0__/* .excerpt */ .Kb)(text)}` : ''}`, { retryable: true, retryAfterMs: retryAfter(res) });
    }
    if (status === 400 && /"code"\s*:\s*"content_filter"/.test(text)) {
        throw new _types_js__WEBPACK_IMPORTED_MODULE_0__/* .TargetError */ .I0(`HTTP 400: the endpoint's content filter blocked the prompt`, { retryable: false, contentFilter: true });
    }
    if (status >= 400) {
        const hint = status === 401 || status === 403 ? ' (check the key in api-key-env)' : status === 404 ? ' (check the URL and the model name)' : ' (check the request template and model)';
        throw new _types_js__WEBPACK_IMPORTED_MODULE_0__/* .TargetError */ .I0(`HTTP ${status}${hint}: ${(0,_types_js__WEBPACK_IMPORTED_MODULE_0__/* .excerpt */ .Kb)(text) || 'empty body'}`, { retryable: false });
    }
    const ctype = (res.headers.get('content-type') ?? '').toLowerCase();
    const trimmed = text.trimStart();
    if (ctype.includes('text/event-stream') || trimmed.startsWith('data:')) {
        throw new _types_js__WEBPACK_IMPORTED_MODULE_0__/* .TargetError */ .I0('the endpoint answered with a stream (server-sent events); it must answer one JSON object: set stream: false in the body', { retryable: false });
    }
    if (!trimmed)
        throw new _types_js__WEBPACK_IMPORTED_MODULE_0__/* .TargetError */ .I0(`HTTP ${status} with an empty body: the endpoint gave no answer`, { retryable: false });
    if (trimmed.startsWith('<'))
        throw new _types_js__WEBPACK_IMPORTED_MODULE_0__/* .TargetError */ .I0(`the endpoint answered HTML, not JSON (${(0,_types_js__WEBPACK_IMPORTED_MODULE_0__/* .excerpt */ .Kb)(trimmed, 80)}): is the URL the API endpoint and not a web page?`, { retryable: false });
    try {
        return JSON.parse(text);
    }
    catch {
        // Newline-delimited JSON is how Ollama streams.
        if (/^\{.*\}\s*\n\s*\{/s.test(trimmed))
            throw new _types_js__WEBPACK_IMPORTED_MODULE_0__/* .TargetError */ .I0('the endpoint answered several JSON lines (a stream); set stream: false', { retryable: false });
        throw new _types_js__WEBPACK_IMPORTED_MODULE_0__/* .TargetError */ .I0(`the answer is not JSON: ${(0,_types_js__WEBPACK_IMPORTED_MODULE_0__/* .excerpt */ .Kb)(trimmed, 120)}`, { retryable: false });
    }
}
/** A 200 that carries an error object instead of an answer (OpenAI- and Ollama-style). */
function errorInBody(body) {
    if (body && typeof body === 'object' && !Array.isArray(body) && 'error' in body) {
        const err = body.error;
        if (err === null || err === undefined || err === false)
            return null;
        if (typeof err === 'string')
            return err;
        if (typeof err === 'object' && err && typeof err.message === 'string')
            return err.message;
        return JSON.stringify(err).slice(0, 200);
    }
    return null;
}


/***/ }),

/***/ 61376:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Wp: () => (/* reexport */ types/* BudgetError */.Wp),
  I0: () => (/* reexport */ types/* TargetError */.I0),
  jw: () => (/* binding */ createSession),
  iZ: () => (/* binding */ readApiKey)
});

// UNUSED EXPORTS: TargetSession, createClient, limitsOf

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/engine/errors.ts
var errors = __webpack_require__(17679);
// EXTERNAL MODULE: ./src/engine/paths.ts
var paths = __webpack_require__(4886);
// EXTERNAL MODULE: ./src/targets/command.ts
var command = __webpack_require__(82275);
// EXTERNAL MODULE: ./src/targets/http.ts
var http = __webpack_require__(52068);
// EXTERNAL MODULE: ./src/targets/types.ts
var types = __webpack_require__(36043);
;// CONCATENATED MODULE: ./src/targets/openai.ts


function chatMessages(system, prompt) {
    return system ? [{ role: 'system', content: system }, { role: 'user', content: prompt }] : [{ role: 'user', content: prompt }];
}
function openaiClient(c, apiKey) {
    const url = `${c.url.replace(/\/+$/, '')}/chat/completions`;
    return {
        label: `openai ${url} model ${c.model}`,
        async send(req, signal) {
            const body = {
                model: c.model,
                messages: chatMessages(req.system, req.prompt),
                temperature: c.temperature,
                max_tokens: c['max-tokens'],
                stream: false,
                ...(c.seed !== undefined ? { seed: c.seed } : {})
            };
            const headers = { 'content-type': 'application/json', accept: 'application/json' };
            if (apiKey)
                headers.authorization = `Bearer ${apiKey}`;
            try {
                const json = await (0,http/* requestJson */.SS)({ url, method: 'POST', headers, body: JSON.stringify(body), timeoutMs: c['timeout-seconds'] * 1000, maxBytes: c['max-answer-kb'] * 1024, signal });
                return readOpenAIAnswer(json);
            }
            catch (e) {
                // A prompt the provider's filter blocks was refused, not lost: it is judged as a refusal.
                if (e instanceof types/* TargetError */.I0 && e.contentFilter)
                    return { text: '', refusal: 'blocked by the content filter (HTTP 400)', finishReason: 'content_filter' };
                throw e;
            }
        }
    };
}
/** The answer of a chat.completion object; a shape we do not know is a fatal error naming the field. */
function readOpenAIAnswer(json) {
    const err = (0,http/* errorInBody */.wQ)(json);
    if (err)
        throw new types/* TargetError */.I0(`the endpoint answered HTTP 200 with an error: ${(0,types/* excerpt */.Kb)(err)}`, { retryable: false });
    const choice = json?.choices;
    if (!Array.isArray(choice) || choice.length === 0 || typeof choice[0] !== 'object' || choice[0] === null) {
        throw new types/* TargetError */.I0(`the answer has no choices[0] (keys: ${(0,types/* excerpt */.Kb)(Object.keys(json ?? {}).join(', '), 80) || 'none'}): is this an OpenAI-compatible /chat/completions endpoint?`, {
            retryable: false
        });
    }
    const first = choice[0];
    const content = first.message?.content ?? (typeof first.text === 'string' ? first.text : undefined);
    if (content !== null && content !== undefined && typeof content !== 'string') {
        throw new types/* TargetError */.I0('choices[0].message.content is not text (a list of parts or an object); this gate reads text answers', { retryable: false });
    }
    if (first.message === undefined && first.text === undefined)
        throw new types/* TargetError */.I0('choices[0] has no message: is stream set to false?', { retryable: false });
    const refusal = typeof first.message?.refusal === 'string' ? first.message.refusal : null;
    return { text: content ?? '', refusal, finishReason: typeof first.finish_reason === 'string' ? first.finish_reason : null };
}

;// CONCATENATED MODULE: ./src/targets/ollama.ts



function ollamaClient(c) {
    const url = `${c.url.replace(/\/+$/, '')}/api/chat`;
    return {
        label: `ollama ${url} model ${c.model}`,
        async send(req, signal) {
            const body = {
                model: c.model,
                messages: chatMessages(req.system, req.prompt),
                stream: false,
                options: { temperature: c.temperature, num_predict: c['max-tokens'], ...(c.seed !== undefined ? { seed: c.seed } : {}) }
            };
            const json = await (0,http/* requestJson */.SS)({
                url,
                method: 'POST',
                headers: { 'content-type': 'application/json' },
                body: JSON.stringify(body),
                timeoutMs: c['timeout-seconds'] * 1000,
                maxBytes: c['max-answer-kb'] * 1024,
                signal
            });
            const err = (0,http/* errorInBody */.wQ)(json);
            if (err)
                throw new types/* TargetError */.I0(`Ollama answered with an error: ${(0,types/* excerpt */.Kb)(err)}${/not found/i.test(err) ? ` (pull the model first: ollama pull ${c.model})` : ''}`, { retryable: false });
            const msg = json?.message;
            if (!msg || typeof msg.content !== 'string')
                throw new types/* TargetError */.I0('the answer has no message.content text: is this Ollama /api/chat?', { retryable: false });
            const reason = json.done_reason;
            return { text: msg.content, refusal: null, finishReason: typeof reason === 'string' ? reason : null };
        }
    };
}

// EXTERNAL MODULE: ./src/targets/rest.ts
var rest = __webpack_require__(42630);
// EXTERNAL MODULE: ./src/targets/session.ts
var session = __webpack_require__(486);
;// CONCATENATED MODULE: ./src/targets/index.ts
/**
 * Builds a target session from its config: the client of its kind, the API key read from the
 * named environment variable (and masked), the URL checks, and the limits.
 */











function limitsOf(c) {
    return {
        concurrency: c.concurrency,
        'timeout-seconds': c['timeout-seconds'],
        retries: c.retries,
        'max-requests': c['max-requests'],
        'max-minutes': c['max-minutes'],
        'ready-timeout-seconds': c['ready-timeout-seconds'],
        'max-answer-kb': c['max-answer-kb'],
        'loopback-only': c['loopback-only']
    };
}
/** The key from the named variable, masked from here on; a named but empty variable is an error. */
function readApiKey(c, t) {
    const name = 'api-key-env' in c ? c['api-key-env'] : undefined;
    if (!name)
        return null;
    const value = t.env[name];
    if (!value)
        throw new errors/* ConfigError */.xL('CONFIG_INVALID', `${t.where}.api-key-env names ${name}, but that environment variable is empty or unset: pass the secret as env: { ${name}: \${{ secrets.… }} }`);
    t.maskSecret(value);
    return value;
}
function createClient(c, t) {
    if ('url' in c) {
        if (c['loopback-only'] && !(0,http/* isLoopback */.U9)(c.url)) {
            throw new errors/* ConfigError */.xL('CONFIG_INVALID', `${t.where}.url ${c.url} is not a loopback address and loopback-only is set: use 127.0.0.1, ::1 or localhost`);
        }
        if (/^http:/i.test(c.url) && !(0,http/* isLoopback */.U9)(c.url) && 'api-key-env' in c && c['api-key-env']) {
            throw new errors/* ConfigError */.xL('CONFIG_INVALID', `${t.where}.url sends the API key over plain http to ${new URL(c.url).host}: use https`);
        }
    }
    const key = readApiKey(c, t);
    switch (c.kind) {
        case 'openai':
            return openaiClient(c, key);
        case 'ollama':
            return ollamaClient(c);
        case 'rest':
            return (0,rest/* restClient */.O)(c, key, t.where);
        case 'command': {
            const cwd = c.cwd ? (0,paths.resolveInside)(t.workspace, c.cwd, `${t.where}.cwd`) : t.workspace;
            return (0,command/* commandClient */.F)(c, external_node_path_default().resolve(cwd));
        }
    }
}
function createSession(c, t, opts) {
    return new session/* TargetSession */.u(createClient(c, t), limitsOf(c), opts);
}


/***/ }),

/***/ 8573:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Hf: () => (/* binding */ parseJsonPath),
/* harmony export */   JG: () => (/* binding */ walkJsonPath),
/* harmony export */   pB: () => (/* binding */ formatJsonPath)
/* harmony export */ });
function parseJsonPath(path) {
    const s = path.trim();
    if (!s.startsWith('$'))
        throw new Error(`"${path}" must start with $ (e.g. $.choices[0].message.content)`);
    const steps = [];
    let i = 1;
    while (i < s.length) {
        const c = s[i];
        if (c === '.') {
            const m = /^[A-Za-z_$][\w$-]*/.exec(s.slice(i + 1));
            if (!m)
                throw new Error(`"${path}": expected a key name after "." at character ${i + 1}`);
            steps.push(m[0]);
            i += 1 + m[0].length;
        }
        else if (c === '[') {
            const rest = s.slice(i);
            const idx = /^\[\s*(-?\d+)\s*\]/.exec(rest);
            const quoted = /^\[\s*(?:'((?:[^'\\]|\\.)*)'|"((?:[^"\\]|\\.)*)")\s*\]/.exec(rest);
            if (idx) {
                steps.push(Number(idx[1]));
                i += idx[0].length;
            }
            else if (quoted) {
                steps.push((quoted[1] ?? quoted[2]).replace(/\\(.)/g, '$1'));
                i += quoted[0].length;
            }
            else
                throw new Error(`"${path}": only [number] and ['key'] are supported (no wildcards, filters or slices), at character ${i + 1}`);
        }
        else
            throw new Error(`"${path}": unexpected "${c}" at character ${i + 1}`);
    }
    return steps;
}
/** The value at `steps`, or undefined with the first step that found nothing. */
function walkJsonPath(value, steps) {
    let cur = value;
    for (let k = 0; k < steps.length; k++) {
        const step = steps[k];
        if (typeof step === 'number') {
            if (!Array.isArray(cur))
                return { found: false, at: k };
            const j = step < 0 ? cur.length + step : step;
            if (j < 0 || j >= cur.length)
                return { found: false, at: k };
            cur = cur[j];
        }
        else {
            if (cur === null || typeof cur !== 'object' || Array.isArray(cur) || !Object.prototype.hasOwnProperty.call(cur, step))
                return { found: false, at: k };
            cur = cur[step];
        }
    }
    return { found: true, value: cur };
}
function formatJsonPath(steps) {
    return '$' + steps.map((s) => (typeof s === 'number' ? `[${s}]` : /^[A-Za-z_$][\w$-]*$/.test(s) ? `.${s}` : `['${s.replace(/'/g, "\\'")}']`)).join('');
}


/***/ }),

/***/ 42630:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   O: () => (/* binding */ restClient),
/* harmony export */   z: () => (/* binding */ restBodyTemplate)
/* harmony export */ });
/* harmony import */ var _engine_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(17679);
/* harmony import */ var _http_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(52068);
/* harmony import */ var _jsonpath_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8573);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(36043);
/**
 * A REST template target: any JSON API. The body is a JSON template in which {{prompt}} and
 * {{system}} stand for the attack and the system prompt (JSON-escaped), {{key}} in a header for the
 * key from api-key-env; the answer is read at a JSONPath and must be text.
 */




/** The body template as JSON text, checked for {{prompt}}. */
function restBodyTemplate(c, where) {
    const text = typeof c.body === 'string' ? c.body : JSON.stringify(c.body);
    if (!text.includes('{{prompt}}')) {
        throw new _engine_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigError */ .xL('CONFIG_INVALID', `${where}.body has no {{prompt}} placeholder: put "{{prompt}}" where the endpoint expects the user's message, e.g. {"message": "{{prompt}}"}`);
    }
    if (typeof c.body === 'string') {
        try {
            JSON.parse(text.replace(/\{\{(prompt|system)\}\}/g, ''));
        }
        catch {
            throw new _engine_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigError */ .xL('CONFIG_INVALID', `${where}.body is not JSON once {{prompt}} and {{system}} are filled in: write it as an object, or as JSON text with the placeholders inside strings`);
        }
    }
    return text;
}
const jsonEscape = (s) => JSON.stringify(s).slice(1, -1);
function restClient(c, apiKey, where = 'target') {
    const template = restBodyTemplate(c, where);
    let steps;
    try {
        steps = (0,_jsonpath_js__WEBPACK_IMPORTED_MODULE_3__/* .parseJsonPath */ .Hf)(c['response-path']);
    }
    catch (e) {
        throw new _engine_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigError */ .xL('CONFIG_INVALID', `${where}.response-path ${e.message}`);
    }
    const usesKey = Object.values(c.headers).some((v) => v.includes('{{key}}'));
    if (usesKey && !apiKey)
        throw new _engine_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigError */ .xL('CONFIG_INVALID', `${where}.headers use {{key}} but no key: set api-key-env to the name of the environment variable that holds it`);
    const method = c.method.toUpperCase();
    const path = (0,_jsonpath_js__WEBPACK_IMPORTED_MODULE_3__/* .formatJsonPath */ .pB)(steps);
    return {
        label: `rest ${method} ${c.url}`,
        async send(req, signal) {
            const body = template.replace(/\{\{(prompt|system)\}\}/g, (_m, k) => jsonEscape(k === 'prompt' ? req.prompt : req.system));
            const headers = { 'content-type': 'application/json', accept: 'application/json' };
            for (const [k, v] of Object.entries(c.headers))
                headers[k.toLowerCase()] = v.replace(/\{\{key\}\}/g, apiKey ?? '');
            const json = await (0,_http_js__WEBPACK_IMPORTED_MODULE_1__/* .requestJson */ .SS)({
                url: c.url,
                method,
                headers,
                body,
                timeoutMs: c['timeout-seconds'] * 1000,
                maxBytes: c['max-answer-kb'] * 1024,
                signal
            });
            const got = (0,_jsonpath_js__WEBPACK_IMPORTED_MODULE_3__/* .walkJsonPath */ .JG)(json, steps);
            if (!got.found) {
                const err = (0,_http_js__WEBPACK_IMPORTED_MODULE_1__/* .errorInBody */ .wQ)(json);
                if (err)
                    throw new _types_js__WEBPACK_IMPORTED_MODULE_2__/* .TargetError */ .I0(`the endpoint answered HTTP 200 with an error: ${(0,_types_js__WEBPACK_IMPORTED_MODULE_2__/* .excerpt */ .Kb)(err)}`, { retryable: false });
                throw new _types_js__WEBPACK_IMPORTED_MODULE_2__/* .TargetError */ .I0(`response-path ${path} finds nothing in the answer (stopped at ${(0,_jsonpath_js__WEBPACK_IMPORTED_MODULE_3__/* .formatJsonPath */ .pB)(steps.slice(0, got.at + 1))}; top-level keys: ${(0,_types_js__WEBPACK_IMPORTED_MODULE_2__/* .excerpt */ .Kb)(topKeys(json), 80)}): fix response-path`, {
                    retryable: false
                });
            }
            if (typeof got.value !== 'string') {
                const kind = got.value === null ? 'null' : Array.isArray(got.value) ? 'a list' : typeof got.value === 'object' ? 'an object' : typeof got.value;
                throw new _types_js__WEBPACK_IMPORTED_MODULE_2__/* .TargetError */ .I0(`response-path ${path} finds ${kind}, not text: point it at the answer string`, { retryable: false });
            }
            return { text: got.value, refusal: null, finishReason: null };
        }
    };
}
function topKeys(json) {
    if (Array.isArray(json))
        return '(a list)';
    if (json && typeof json === 'object')
        return Object.keys(json).join(', ') || '(none)';
    return `(a ${typeof json})`;
}


/***/ }),

/***/ 486:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   u: () => (/* binding */ TargetSession)
/* harmony export */ });
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(36043);

const sleepFor = (ms, signal) => new Promise((resolve) => {
    if (signal.aborted)
        return resolve();
    const t = setTimeout(done, ms);
    function done() {
        clearTimeout(t);
        signal.removeEventListener('abort', done);
        resolve();
    }
    signal.addEventListener('abort', done, { once: true });
});
class TargetSession {
    client;
    limits;
    opts;
    counts = { attempted: 0, completed: 0, failed: 0, requests: 0, retries: 0 };
    active = 0;
    waiting = [];
    started;
    now;
    sleep;
    backoffMs;
    exhausted = null;
    constructor(client, limits, opts) {
        this.client = client;
        this.limits = limits;
        this.opts = opts;
        this.now = opts.now ?? Date.now;
        this.sleep = opts.sleep ?? sleepFor;
        this.backoffMs = opts.backoffMs ?? 500;
        this.started = this.now();
    }
    /** Why the budget stopped the run, or null. */
    get budgetExhausted() {
        return this.exhausted;
    }
    checkBudget() {
        if (this.exhausted)
            throw new _types_js__WEBPACK_IMPORTED_MODULE_0__/* .BudgetError */ .Wp(this.exhausted);
        if (this.counts.requests >= this.limits['max-requests']) {
            this.exhausted = `the request budget (max-requests: ${this.limits['max-requests']}) is used up`;
        }
        else if (this.now() - this.started >= this.limits['max-minutes'] * 60_000) {
            this.exhausted = `the time budget (max-minutes: ${this.limits['max-minutes']}) is used up`;
        }
        if (this.exhausted)
            throw new _types_js__WEBPACK_IMPORTED_MODULE_0__/* .BudgetError */ .Wp(this.exhausted);
    }
    async acquire() {
        if (this.active < this.limits.concurrency) {
            this.active++;
            return;
        }
        await new Promise((resolve) => this.waiting.push(resolve));
    }
    release() {
        const next = this.waiting.shift();
        if (next)
            next();
        else
            this.active--;
    }
    async sendOnce(req) {
        this.checkBudget();
        this.counts.requests++;
        return this.client.send(req, this.opts.signal);
    }
    /** One prompt, with retries; throws TargetError (after retries) or BudgetError. */
    async ask(req) {
        this.counts.attempted++;
        await this.acquire();
        try {
            for (let attempt = 0;; attempt++) {
                try {
                    const answer = await this.sendOnce(req);
                    this.counts.completed++;
                    return answer;
                }
                catch (e) {
                    const retry = e instanceof _types_js__WEBPACK_IMPORTED_MODULE_0__/* .TargetError */ .I0 && e.retryable && attempt < this.limits.retries && !this.opts.signal.aborted;
                    if (!retry)
                        throw e;
                    this.counts.retries++;
                    const wait = e.retryAfterMs ?? Math.min(this.backoffMs * 2 ** attempt, 30_000);
                    await this.sleep(wait, this.opts.signal);
                }
            }
        }
        catch (e) {
            this.counts.failed++;
            throw e;
        }
        finally {
            this.release();
        }
    }
    /**
     * Waits until the endpoint answers `probe` (a server started in an earlier step), polling once a
     * second for up to ready-timeout-seconds; with 0, one ask with the usual retries. A fatal answer
     * (4xx, wrong JSONPath, HTML) stops at once: it will not get better by waiting.
     */
    async ready(probe) {
        const limit = this.limits['ready-timeout-seconds'] * 1000;
        if (limit === 0)
            return this.ask(probe);
        const deadline = this.now() + limit;
        this.counts.attempted++;
        for (;;) {
            try {
                const answer = await this.client.send(probe, this.opts.signal);
                this.counts.requests++;
                this.counts.completed++;
                return answer;
            }
            catch (e) {
                this.counts.requests++;
                const left = deadline - this.now();
                if (!(e instanceof _types_js__WEBPACK_IMPORTED_MODULE_0__/* .TargetError */ .I0) || !e.retryable || left <= 0 || this.opts.signal.aborted) {
                    this.counts.failed++;
                    if (e instanceof _types_js__WEBPACK_IMPORTED_MODULE_0__/* .TargetError */ .I0 && e.retryable) {
                        throw new _types_js__WEBPACK_IMPORTED_MODULE_0__/* .TargetError */ .I0(`not ready after ready-timeout-seconds (${this.limits['ready-timeout-seconds']} s): ${e.message}`, { retryable: false, cause: e });
                    }
                    throw e;
                }
                await this.sleep(Math.min(1000, left), this.opts.signal);
            }
        }
    }
}


/***/ }),

/***/ 36043:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I0: () => (/* binding */ TargetError),
/* harmony export */   Kb: () => (/* binding */ excerpt),
/* harmony export */   Wp: () => (/* binding */ BudgetError)
/* harmony export */ });
/* harmony import */ var _engine_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(17679);
/** What every target client speaks: one chat turn in, one answer out. */

/**
 * The target failed. `retryable`: 429, 5xx, a network error or a time-out (tried again with
 * backoff); otherwise the answer can never succeed as configured (4xx, wrong JSONPath, HTML...).
 */
class TargetError extends _engine_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .GatesError */ .xx {
    retryable;
    retryAfterMs;
    /** The endpoint's content filter blocked the prompt (Azure OpenAI answers 400 with code content_filter). */
    contentFilter;
    constructor(message, opts) {
        super('TARGET', message, { cause: opts.cause });
        this.retryable = opts.retryable;
        this.retryAfterMs = opts.retryAfterMs ?? null;
        this.contentFilter = opts.contentFilter ?? false;
    }
}
/** The session's budget (requests or minutes) ran out; the run stops, keeping what was completed. */
class BudgetError extends _engine_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .GatesError */ .xx {
    constructor(message) {
        super('TARGET', message);
    }
}
/** At most `max` characters of hostile text for an error message, on one line. */
function excerpt(text, max = 200) {
    const one = text.replace(/[\r\n\u2028\u2029]+/g, ' ').replace(/\s+/g, ' ').trim();
    return one.length > max ? `${one.slice(0, max)}…` : one;
}


/***/ }),

/***/ 25761:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   os: () => (/* reexport safe */ _engine_text_js__WEBPACK_IMPORTED_MODULE_4__.os),
/* harmony export */   qc: () => (/* binding */ processRunner),
/* harmony export */   vX: () => (/* binding */ TailBuffer)
/* harmony export */ });
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(31421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _engine_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(17679);
/* harmony import */ var _engine_text_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(61655);
/**
 * Runs external tools with an argv array (never a shell), a time limit, a bounded stderr tail and
 * the exit code left for the caller to interpret (exit codes are ambiguous: research/tool-formats.md).
 * Each tool runs in its own process group: on time-out or abort the whole group (the tool and
 * every child it started) gets SIGTERM, then SIGKILL 3 s later, and the run ends even if something
 * still holds the pipes, so the step ends within seconds of its limit.
 */




const TAIL_BYTES = 8192;
const KILL_GRACE_MS = 3000;
/** Process groups of tools still running: stopped when the action or CLI exits. */
const LIVE_GROUPS = new Set();
process.once('exit', () => {
    for (const pid of LIVE_GROUPS)
        killGroup(pid, null, 'SIGKILL');
});
function killGroup(pid, child, sig) {
    try {
        if (pid && process.platform !== 'win32')
            process.kill(-pid, sig);
        else
            child?.kill(sig);
    }
    catch {
        // already gone
    }
}
/** Keeps only the last `limit` bytes of what is appended. */
class TailBuffer {
    limit;
    chunks = [];
    size = 0;
    constructor(limit) {
        this.limit = limit;
    }
    push(chunk) {
        this.chunks.push(chunk);
        this.size += chunk.length;
        while (this.size - this.chunks[0].length >= this.limit)
            this.size -= this.chunks.shift().length;
    }
    toString() {
        const all = Buffer.concat(this.chunks);
        return all.subarray(Math.max(0, all.length - this.limit)).toString('utf8');
    }
}
/** Kept here for the tool runners' callers; it lives in engine/text.ts so the engine need not import tools/. */

const processRunner = {
    async run(command, args, options) {
        const started = Date.now();
        return new Promise((resolve, reject) => {
            const child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)(command, args, {
                cwd: options.cwd,
                env: { ...process.env, ...options.env },
                stdio: ['ignore', 'pipe', 'pipe'],
                shell: false,
                // Its own process group (POSIX), so a time-out stops the children it starts too.
                detached: process.platform !== 'win32'
            });
            if (child.pid)
                LIVE_GROUPS.add(child.pid);
            const stderr = new TailBuffer(TAIL_BYTES);
            const stdout = [];
            let stdoutSize = 0;
            const maxStdout = options.maxStdout ?? 64 * 1024 * 1024;
            child.stdout.on('data', (c) => {
                if (!options.captureStdout || stdoutSize >= maxStdout)
                    return;
                stdout.push(c);
                stdoutSize += c.length;
            });
            child.stderr.on('data', (c) => stderr.push(c));
            let timedOut = false;
            let settled = false;
            const kill = () => {
                killGroup(child.pid, child, 'SIGTERM');
                setTimeout(() => killGroup(child.pid, child, 'SIGKILL'), KILL_GRACE_MS).unref();
                // Whatever still holds the pipes (a child that left the group), the run ends here.
                setTimeout(() => {
                    if (settled)
                        return;
                    child.stdout.destroy();
                    child.stderr.destroy();
                    finish(null, 'SIGKILL');
                }, KILL_GRACE_MS + 2000).unref();
            };
            const timer = setTimeout(() => {
                timedOut = true;
                kill();
            }, options.timeoutMs);
            const onAbort = () => kill();
            options.signal?.addEventListener('abort', onAbort, { once: true });
            child.on('error', (e) => {
                if (settled)
                    return;
                settled = true;
                if (child.pid)
                    LIVE_GROUPS.delete(child.pid);
                clearTimeout(timer);
                options.signal?.removeEventListener('abort', onAbort);
                const code = e.code === 'ENOENT' ? 'TOOL_NOT_FOUND' : 'TOOL_FAILED';
                reject(new _engine_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ToolError */ .v4(code, `could not start ${command}: ${e.message}`, { cause: e }));
            });
            const finish = (code, sig) => {
                if (settled)
                    return;
                settled = true;
                if (child.pid)
                    LIVE_GROUPS.delete(child.pid);
                // The tool ended: anything it left running in its group goes with it.
                if (child.pid && process.platform !== 'win32')
                    killGroup(child.pid, null, 'SIGKILL');
                clearTimeout(timer);
                options.signal?.removeEventListener('abort', onAbort);
                const tail = stderr.toString();
                if (timedOut) {
                    reject(new _engine_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ToolError */ .v4('TOOL_TIMEOUT', `${node_path__WEBPACK_IMPORTED_MODULE_2___default().basename(command)} did not finish within ${Math.round(options.timeoutMs / 1000)} s and was stopped`, {
                        stderrTail: tail
                    }));
                    return;
                }
                if (options.signal?.aborted) {
                    reject(new _engine_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ToolError */ .v4('TOOL_TIMEOUT', `${node_path__WEBPACK_IMPORTED_MODULE_2___default().basename(command)} was stopped: the gate's time limit was reached`, { stderrTail: tail }));
                    return;
                }
                resolve({
                    exitCode: code ?? (sig ? 128 : 1),
                    stdout: Buffer.concat(stdout).toString('utf8'),
                    stderrTail: tail,
                    durationMs: Date.now() - started
                });
            };
            child.on('close', finish);
        });
    },
    async which(name) {
        const exts = process.platform === 'win32' ? ['.exe', '.cmd', ''] : [''];
        for (const dir of (process.env.PATH ?? '').split((node_path__WEBPACK_IMPORTED_MODULE_2___default().delimiter))) {
            if (!dir)
                continue;
            for (const ext of exts) {
                const candidate = node_path__WEBPACK_IMPORTED_MODULE_2___default().join(dir, name + ext);
                try {
                    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.access)(candidate, node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.constants.X_OK);
                    return candidate;
                }
                catch {
                    /* not here */
                }
            }
        }
        return null;
    }
};


/***/ })

};
