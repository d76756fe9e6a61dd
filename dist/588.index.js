export const id = 588;
export const ids = [588];
export const modules = {

/***/ 53588:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Q: () => (/* reexport */ redact/* maskValue */.QS),
  scanText: () => (/* binding */ scanText),
  L: () => (/* binding */ secretHash)
});

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: ./node_modules/@secretlint/core/module/index.js + 15 modules
var core_module = __webpack_require__(86707);
// EXTERNAL MODULE: ./node_modules/@secretlint/profiler/module/node.js + 1 modules
var node = __webpack_require__(806);
// EXTERNAL MODULE: ./node_modules/@secretlint/secretlint-rule-preset-recommend/module/index.js
var secretlint_rule_preset_recommend_module = __webpack_require__(31577);
;// CONCATENATED MODULE: ./src/gates/secrets/rules.ts
/** `NAME = "value"`, `NAME: value`, `os.environ["NAME"] = "value"`, also inside notebook JSON (`\"`). */
function assigned(names, value) {
    return new RegExp(`(?<![A-Za-z0-9_])(?:${names.join('|')})(?:\\\\?["'\\]])*\\s*(?:=|:|,)\\s*(?:\\\\?["'])?(${value})(?![A-Za-z0-9_-])`, 'g');
}
/** `callee(... key="value" ...)` (keyword argument to a client constructor or login call). */
function keyword(callee, kw, value) {
    return new RegExp(`${callee}\\s*\\([^)]{0,400}?\\b${kw}\\s*=\\s*\\\\?["'](${value})\\\\?["']`, 'g');
}
const B = '(?<![A-Za-z0-9_-])';
const E = '(?![A-Za-z0-9_-])';
const PROVIDER_PATTERNS = [
    { id: 'REPLICATE_API_TOKEN', label: 'Replicate API token', pattern: new RegExp(`${B}(r8_[A-Za-z0-9]{37})${E}`, 'g') },
    { id: 'GOOGLE_API_KEY', label: 'Google API key (Gemini / AI Studio / Google Cloud)', pattern: new RegExp(`${B}(AIza[0-9A-Za-z_-]{35})${E}`, 'g') },
    { id: 'XAI_API_KEY', label: 'xAI API key', pattern: new RegExp(`${B}(xai-[A-Za-z0-9]{80})${E}`, 'g') },
    { id: 'PERPLEXITY_API_KEY', label: 'Perplexity API key', pattern: new RegExp(`${B}(pplx-[A-Za-z0-9]{48})${E}`, 'g') },
    { id: 'LANGSMITH_API_KEY', label: 'LangSmith API key', pattern: new RegExp(`${B}(lsv2_(?:pt|sk)_[0-9a-f]{32}_[0-9a-f]{10})${E}`, 'g') },
    { id: 'NVIDIA_API_KEY', label: 'NVIDIA NGC / build.nvidia.com API key', pattern: new RegExp(`${B}(nvapi-[A-Za-z0-9_-]{64})${E}`, 'g') },
    { id: 'PINECONE_API_KEY', label: 'Pinecone API key', pattern: new RegExp(`${B}(pcsk_[A-Za-z0-9]{4,10}_[A-Za-z0-9]{40,80})${E}`, 'g') },
    { id: 'HUGGINGFACE_ORG_TOKEN', label: 'Hugging Face organisation API token', pattern: new RegExp(`${B}(api_org_[A-Za-z]{34})${E}`, 'g') },
    { id: 'ANTHROPIC_ADMIN_KEY', label: 'Anthropic admin API key', pattern: new RegExp(`${B}(sk-ant-admin0\\d-[A-Za-z0-9_-]{90,128}AA)${E}`, 'g') },
    { id: 'TOGETHER_API_KEY', label: 'Together AI API key', pattern: new RegExp(`${B}(tgp_v1_[A-Za-z0-9_-]{43})${E}`, 'g') },
    // OpenAI project/service keys in every length seen (64/64 around the marker included), and without the T3BlbkFJ marker.
    { id: 'OPENAI_API_KEY', label: 'OpenAI API key', pattern: new RegExp(`${B}(sk-(?:(?:proj|svcacct|admin)-)?[A-Za-z0-9_-]{16,200}T3BlbkFJ[A-Za-z0-9_-]{16,200})${E}`, 'g') },
    { id: 'OPENAI_API_KEY', label: 'OpenAI API key', pattern: new RegExp(`${B}(sk-(?:proj|svcacct|admin)-[A-Za-z0-9_-]{40,300})${E}`, 'g') },
    // PEM private keys of every kind, short ones too (an Ed25519 PKCS#8 key is 64 base64 characters), also inside notebook JSON strings.
    { id: 'PRIVATE_KEY', label: 'Private key (PEM)', pattern: /(-----BEGIN ((?:[A-Z0-9]+ )*)PRIVATE KEY(?: BLOCK)?-----[A-Za-z0-9+/=\s\\:,"'-]{40,16000}?-----END \2PRIVATE KEY(?: BLOCK)?-----)/g },
    // AWS secret access keys assigned to their usual names: the preset's rule misses the ~4 % of keys that end in '/' or '+'.
    { id: 'AWS_SECRET_ACCESS_KEY', label: 'AWS secret access key', pattern: assigned(['aws_secret_access_key', 'AWS_SECRET_ACCESS_KEY', 'aws_secret_key', 'AWS_SECRET_KEY', 'SecretAccessKey'], '[A-Za-z0-9/+]{40}(?![A-Za-z0-9/+=])') },
    { id: 'OPENAI_API_KEY', label: 'OpenAI API key', pattern: assigned(['OPENAI_API_KEY', 'openai_api_key', 'openai\\.api_key'], 'sk-(?:proj-|svcacct-|admin-)?[A-Za-z0-9_-]{32,200}') },
    { id: 'COHERE_API_KEY', label: 'Cohere API key', pattern: assigned(['COHERE_API_KEY', 'CO_API_KEY', 'cohere_api_key'], '[A-Za-z0-9]{40}') },
    { id: 'COHERE_API_KEY', label: 'Cohere API key', pattern: keyword('cohere\\.(?:Async)?Client(?:V2)?', 'api_key', '[A-Za-z0-9]{40}') },
    { id: 'AZURE_OPENAI_API_KEY', label: 'Azure OpenAI API key', pattern: assigned(['AZURE_OPENAI_API_KEY', 'AZURE_OPENAI_KEY', 'azure_openai_api_key', 'AZURE_API_KEY'], '[0-9a-f]{32}|[A-Za-z0-9]{84}') },
    { id: 'AZURE_OPENAI_API_KEY', label: 'Azure OpenAI API key', pattern: keyword('AzureOpenAI', 'api_key', '[0-9a-f]{32}|[A-Za-z0-9]{84}') },
    { id: 'WANDB_API_KEY', label: 'Weights & Biases API key', pattern: assigned(['WANDB_API_KEY', 'wandb_api_key'], '(?:local-)?[0-9a-f]{40}') },
    { id: 'WANDB_API_KEY', label: 'Weights & Biases API key', pattern: keyword('wandb\\.login', 'key', '(?:local-)?[0-9a-f]{40}') },
    { id: 'MISTRAL_API_KEY', label: 'Mistral AI API key', pattern: assigned(['MISTRAL_API_KEY', 'mistral_api_key'], '[A-Za-z0-9]{32}') },
    { id: 'TOGETHER_API_KEY', label: 'Together AI API key', pattern: assigned(['TOGETHER_API_KEY', 'together_api_key'], '[0-9a-f]{64}') },
    { id: 'DEEPSEEK_API_KEY', label: 'DeepSeek API key', pattern: assigned(['DEEPSEEK_API_KEY', 'deepseek_api_key'], 'sk-[0-9a-f]{32}') },
    { id: 'KAGGLE_KEY', label: 'Kaggle API key', pattern: assigned(['KAGGLE_KEY', 'kaggle_key'], '[0-9a-f]{32}') },
    { id: 'KAGGLE_KEY', label: 'Kaggle API key (kaggle.json)', pattern: /"username"\s*:\s*"[^"\n]{1,64}"\s*,\s*"key"\s*:\s*"([0-9a-f]{32})"/g },
    { id: 'COMET_API_KEY', label: 'Comet ML API key', pattern: assigned(['COMET_API_KEY', 'comet_api_key'], '[A-Za-z0-9]{25}') },
    { id: 'ELEVENLABS_API_KEY', label: 'ElevenLabs API key', pattern: assigned(['ELEVENLABS_API_KEY', 'XI_API_KEY', 'elevenlabs_api_key'], 'sk_[0-9a-f]{48}|[0-9a-f]{32}') },
    { id: 'STABILITY_API_KEY', label: 'Stability AI API key', pattern: assigned(['STABILITY_API_KEY', 'STABILITY_KEY', 'stability_api_key'], 'sk-[A-Za-z0-9]{48}') }
];
const PROVIDER_RULE_ID = 'ai-secure-gates/ai-providers';
const messages = Object.fromEntries(PROVIDER_PATTERNS.map((p) => [p.id, { en: () => `found ${p.label}` }]));
/** One secretlint rule holding every provider pattern (message id = provider). */
const aiProvidersRule = {
    messages,
    meta: {
        id: PROVIDER_RULE_ID,
        type: 'scanner',
        recommended: true,
        supportedContentTypes: ['text']
    },
    create(context) {
        const t = context.createTranslator(messages);
        return {
            file(source) {
                const text = source.content;
                const seen = new Set();
                for (const p of PROVIDER_PATTERNS) {
                    p.pattern.lastIndex = 0;
                    for (const m of text.matchAll(p.pattern)) {
                        const secret = m[1] ?? m[0];
                        const start = (m.index ?? 0) + m[0].indexOf(secret);
                        const key = `${start}:${secret.length}`;
                        if (seen.has(key))
                            continue;
                        seen.add(key);
                        context.report({ message: t(p.id), range: [start, start + secret.length] });
                    }
                }
            }
        };
    }
};
function providerLabel(messageId) {
    return PROVIDER_PATTERNS.find((p) => p.id === messageId)?.label;
}

// EXTERNAL MODULE: ./src/engine/text.ts
var engine_text = __webpack_require__(61655);
;// CONCATENATED MODULE: ./src/gates/secrets/placeholder.ts
/**
 * Placeholders are not secrets: documentation and templates write `USER:PASSWORD@`, `<token>`,
 * `xxxx`, `changeme` or `${VAR}` where the real value goes, e.g.
 * `postgresql://DB_USER:DB_PASSWORD@DB_ENDPOINT:5432/DB_NAME` in a README.
 */
const TEMPLATE = /\$\{[^}]*\}|\$\([^)]*\)|\{\{[^}]*\}\}|%\([A-Za-z_]+\)s|<[A-Za-z0-9_ .-]{1,40}>/;
const FILLER = /x{4,}|X{4,}|\*{3,}|\.{4,}|changeme|change_me|change-me|replace[_-]?me|your[_-]?(?:api[_-]?)?(?:key|token|password|secret)/i;
const WORD_PASSWORDS = /^(?:pass(?:word)?|passwd|pwd|secret|token|example|dummy|test|sample|placeholder|redacted|none|null|empty|foo|bar|user)$/i;
/** The password of `scheme://user:password@host` forms. */
function urlPassword(secret) {
    const m = /^[a-z][a-z0-9+.-]*:\/\/[^:/@\s]*:([^@\s]*)@/i.exec(secret) ?? /^[^:/@\s]*:([^@\s]*)@/.exec(secret);
    return m ? m[1] : null;
}
function isPlaceholder(secret) {
    if (TEMPLATE.test(secret) || FILLER.test(secret))
        return true;
    const pw = urlPassword(secret);
    if (pw !== null) {
        // An ALL_CAPS identifier (DB_PASSWORD), a word, a variable, or nothing.
        if (pw === '' || /^[A-Z][A-Z0-9_]*$/.test(pw) || WORD_PASSWORDS.test(pw) || /^[$%]/.test(pw) || /^\*+$/.test(pw))
            return true;
    }
    return false;
}

// EXTERNAL MODULE: ./src/report/redact.ts
var redact = __webpack_require__(20649);
;// CONCATENATED MODULE: ./src/gates/secrets/scan.ts
/**
 * secretlint over one text: the recommended preset plus our model/data-provider rule. Returns the
 * secret's text to the caller only so it can be masked and hashed; it never goes into a finding.
 */







// secretlint's profiler records a performance mark per rule and file: on a 2,000-commit pull
// request it made the scan 2.5x slower and took 4x the memory. Nothing here reads it.
node/* secretLintProfiler */.z.setEnabled(false);
const CONFIG = {
    rules: [
        { id: '@secretlint/secretlint-rule-preset-recommend', rule: secretlint_rule_preset_recommend_module/* creator */.x },
        { id: PROVIDER_RULE_ID, rule: aiProvidersRule }
    ]
};
function shortRule(ruleId, messageId) {
    // Our PEM rule reports under the preset's rule id, so a waiver by rule covers both.
    if (ruleId === PROVIDER_RULE_ID && messageId === 'PRIVATE_KEY')
        return 'privatekey';
    if (ruleId === PROVIDER_RULE_ID)
        return messageId.toLowerCase().replace(/_/g, '-');
    return ruleId.replace(/^@secretlint\/secretlint-rule-/, '').replace(/^secretlint-rule-/, '');
}
/** Labels for the preset's model-provider messages; others are spelled out from the message id. */
const PRESET_LABELS = {
    OPENAI_TOKEN: 'OpenAI API key',
    ANTHROPIC_API_KEY: 'Anthropic API key',
    HUGGINGFACE_USER_ACCESS_TOKEN: 'Hugging Face access token',
    GROQ_API_KEY: 'Groq API key',
    AWSSecretAccessKey: 'AWS secret access key'
};
function humanise(messageId) {
    if (PRESET_LABELS[messageId])
        return PRESET_LABELS[messageId];
    const words = messageId
        .replace(/_/g, ' ')
        .replace(/([a-z])([A-Z])/g, '$1 $2')
        .toLowerCase();
    return words.charAt(0).toUpperCase() + words.slice(1);
}
/**
 * Where the secret really is. Some preset rules (AWS secret access key, npm tokens) report the
 * start of the whole match with the length of the secret, so the reported range can miss the
 * secret; the message data carries the secret itself, which is looked up from the reported start.
 */
function locate(content, range, data) {
    const values = data && typeof data === 'object' ? Object.values(data) : [];
    let best = null;
    for (const v of values) {
        if (typeof v !== 'string' || v.length < 8)
            continue;
        const at = content.indexOf(v, range[0]);
        if (at < 0 || at - range[0] > 512)
            continue;
        if (!best || at < best[0] || (at === best[0] && v.length > best[1] - best[0]))
            best = [at, at + v.length];
    }
    return best ?? [range[0], range[1]];
}
/** Base64 runs long enough to hold a credential line; at most this many per text are decoded. */
const BASE64_RUN = /(?<![A-Za-z0-9+/=_-])[A-Za-z0-9+/]{40,}={0,2}(?![A-Za-z0-9+/=_-])/g;
const MAX_DECODED_RUNS = 200;
const MAX_RUN_CHARS = 512 * 1024;
/** Text a base64 run decodes to, when it is text (an encoded .env or config), else null. */
function decodedText(run) {
    if (run.length > MAX_RUN_CHARS || run.length % 4 === 1)
        return null;
    const buf = Buffer.from(run, 'base64');
    if (buf.length < 24)
        return null;
    let printable = 0;
    for (const b of buf)
        if (b === 9 || b === 10 || b === 13 || (b >= 32 && b < 127))
            printable++;
    if (printable / buf.length < 0.95)
        return null;
    const text = buf.toString('utf8');
    return /[=:]/.test(text) ? text : null;
}
/**
 * Every secret secretlint finds in `content` (`filePath` is used for its file-type rules only),
 * placeholders left out; base64 runs that decode to text (an encoded .env) are scanned too, and a
 * secret inside one is reported at the run.
 */
async function scanText(content, filePath, depth = 0) {
    const hits = (await scanPlain(content, filePath)).filter((h) => !isPlaceholder(h.secret));
    if (depth > 0)
        return hits;
    let runs = 0;
    for (const m of content.matchAll(BASE64_RUN)) {
        if (++runs > MAX_DECODED_RUNS)
            break;
        if (hits.some((h) => h.secret.includes(m[0])))
            continue;
        const decoded = decodedText(m[0]);
        if (!decoded)
            continue;
        const inner = await scanText(decoded, filePath, depth + 1);
        if (!inner.length)
            continue;
        const starts = (0,engine_text/* lineStarts */._$)(content);
        const at = (0,engine_text/* positionAt */.t$)(starts, m.index ?? 0);
        hits.push({
            ruleId: inner[0].ruleId,
            label: `${inner[0].label} (base64-encoded${inner.length > 1 ? `, with ${inner.length - 1} more secret${inner.length > 2 ? 's' : ''}` : ''})`,
            engineRule: inner[0].engineRule,
            messageId: inner[0].messageId,
            line: at.line,
            column: at.column,
            endLine: (0,engine_text/* positionAt */.t$)(starts, (m.index ?? 0) + m[0].length - 1).line,
            secret: m[0],
            alsoMask: inner.map((h) => h.secret)
        });
    }
    return hits;
}
async function scanPlain(content, filePath) {
    const result = await (0,core_module/* lintSource */.n)({
        source: { content, filePath, contentType: 'text' },
        options: { config: CONFIG, maskSecrets: false, noPhysicFilePath: true }
    });
    const starts = (0,engine_text/* lineStarts */._$)(content);
    const hits = [];
    const seen = new Set();
    for (const m of result.messages) {
        if (m.type !== 'message')
            continue;
        const [from, to] = locate(content, m.range, m.data);
        const secret = content.slice(from, to);
        const key = `${from}:${to}`;
        if (!secret || seen.has(key))
            continue;
        seen.add(key);
        const ruleId = shortRule(m.ruleId, m.messageId);
        const start = (0,engine_text/* positionAt */.t$)(starts, from);
        hits.push({
            ruleId,
            label: (m.ruleId === PROVIDER_RULE_ID ? providerLabel(m.messageId) : undefined) ?? humanise(m.messageId),
            engineRule: m.ruleId,
            messageId: m.messageId,
            line: start.line,
            column: start.column,
            endLine: (0,engine_text/* positionAt */.t$)(starts, Math.max(from, to - 1)).line,
            secret
        });
    }
    // A key matched by a preset rule and by ours (an OpenAI key assigned to OPENAI_API_KEY) is one key.
    return hits.filter((h, i) => !hits.some((o, j) => j !== i && o.engineRule !== PROVIDER_RULE_ID && h.engineRule === PROVIDER_RULE_ID && o.line === h.line && (o.secret.includes(h.secret) || h.secret.includes(o.secret))));
}
/** What may be shown of a secret (one masked form for the gate and the redaction pass). */

/** A stable id for a secret that does not reveal it. */
function secretHash(secret) {
    return (0,external_node_crypto_.createHash)('sha256').update(`ai-secure-gates:secret:${secret}`).digest('hex').slice(0, 32);
}


/***/ })

};
