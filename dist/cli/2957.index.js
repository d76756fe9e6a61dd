export const id = 2957;
export const ids = [2957];
export const modules = {

/***/ 87911:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   O2: () => (/* binding */ LOCK_HELP),
/* harmony export */   Ql: () => (/* binding */ COMMAND_HELP),
/* harmony export */   WU: () => (/* binding */ RUN_HELP),
/* harmony export */   fF: () => (/* binding */ BOM_HELP),
/* harmony export */   j1: () => (/* binding */ DEFAULT_LOCKS),
/* harmony export */   jw: () => (/* binding */ SCAN_MODELS_HELP),
/* harmony export */   ku: () => (/* binding */ SIGN_HELP),
/* harmony export */   nr: () => (/* binding */ DEPLOY_CHECK_HELP),
/* harmony export */   u_: () => (/* binding */ USAGE)
/* harmony export */ });
/* harmony import */ var _version_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(311);
/**
 * The CLI's help texts, in a module that imports nothing heavy: `--help` (of the CLI and of each
 * command) prints from here without loading any command.
 */

const DEFAULT_LOCKS = { models: 'models.lock.json', data: 'data.lock.json' };
const RUN_HELP = `Usage: ai-secure-gates run [options]

Runs the gates over a repository and reports (the same engine as the GitHub Action).
Without a config file (.github/ai-secure-gates.yml) every gate runs on its defaults and applies
where its targets exist; what applied but could not be checked is listed first, with the fix.

Options:
  --config FILE        config file, relative to the workspace (default .github/ai-secure-gates.yml)
  --gates a,b          run only these gates (code, secrets, dependencies, container, models, data, sarif)
  --workspace DIR      the repository to scan (default: the current folder)
  --format FORMAT      text (default), json, markdown or sarif
  -o, --output FILE    write the report to FILE instead of stdout
  --fail-on SEVERITY   block at critical, high, medium, low, info, or none (a gate's own fail-on wins)
  --install MODE       never (default): use the tools on PATH; auto: install pinned bandit,
                       pip-audit and trivy when missing (needs the network)
  --environment NAME   apply the config's environments.NAME rules after the gates (docs/policy.md)
  --audit-log FILE     append the run's audit record to this JSON Lines file (docs/audit-record.md)
  -h, --help           show this help

Progress and logs go to stderr; the report goes to stdout (or --output).
Exit codes: 0 pass, 1 fail (blocking findings), 2 error (a gate could not decide, bad config).`;
const LOCK_HELP = `Usage: ai-secure-gates lock [--config FILE] [--workspace DIR] [models|data]

Hashes the files under the models gate's paths (gates.models.paths, default ["models"]) and/or the
data gate's datasets (gates.data.datasets[].path) and writes the lock file each gate verifies
(gates.models.lock, default ${DEFAULT_LOCKS.models}; gates.data.lock, default ${DEFAULT_LOCKS.data}).
Without models|data, every configured one of the two is locked. Commit the lock file(s).
`;
const SCAN_MODELS_HELP = `Usage: ai-secure-gates scan-models PATH... [--format text|json] [--allow-globals a.B,c.*] [--forbid-pickle]

Scans model files (every file under each folder, whatever its extension) for pickle payloads and
unsafe containers. Symbolic links are never followed.
Exit codes: 0 nothing blocking, 1 a file has a critical or high issue, 2 a file could not be scanned.`;
const BOM_HELP = `Usage: ai-secure-gates bom [--report FILE] [--workspace DIR] [--spec 1.6|1.7] [--params FILE,...] [-o FILE]

Writes an AI bill of materials (CycloneDX JSON): the model files (SHA-256, format, signature
status, a model card with the evaluation gate's metrics and fairness results), the datasets (SHA-256,
DVC md5, schema, drift results), the Python dependencies (package URLs, the dependencies gate's
vulnerabilities), the formulation (workflow run, commit, who triggered it, hyperparameters) and
every gate's result as evidence. See docs/bom.md.

Options:
  --report FILE        the JSON report of a run (ai-secure-gates run --format json -o report.json);
                       without it the BOM lists the workspace's files but no gate results
  --workspace DIR      the repository (default: the current folder)
  --config FILE        config file, relative to the workspace (default .github/ai-secure-gates.yml);
                       its model and dataset paths are used where the report names no files
  --spec VERSION       CycloneDX version: 1.6 (default) or 1.7
  --params FILE,...    params files (YAML, JSON, TOML) or MLflow run folders with the hyperparameters,
                       relative to the workspace (default: params.yaml when it exists)
  -o, --output FILE    write the BOM to FILE instead of stdout
  --allow-no-models    exit 0 even when the BOM lists no model file
  -h, --help           show this help

Exit codes: 0 BOM written, 2 error (unreadable report or params file, bad option), or the BOM was
written but lists no model file (without --allow-no-models).`;
const SIGN_HELP = `Usage: ai-secure-gates sign MODEL... (--key KEY.pem [--certificate CERT.pem [--certificate-chain CHAIN.pem]] | --keyless) [options]

Signs each model folder (every file under it) or file with an OpenSSF Model Signing bundle: a
Sigstore bundle whose DSSE envelope signs an in-toto statement listing every file's digest. It is
verified by the models gate (gates.models.signatures) and by \`model_signing verify\`.

Options:
  --signature FILE         where the bundle goes (one model only; default MODEL/model.sig, or FILE.sig)
  --key FILE               EC private key (PEM; P-256, P-384 or P-521)
  --password-env VAR       environment variable holding the key's password
  --certificate FILE       signing certificate for the key (PEM): the certificate method
  --certificate-chain FILE intermediate certificates to include in the bundle (PEM)
  --keyless                keyless Sigstore signing in GitHub Actions (needs permissions: id-token: write)
  --fulcio-url URL         Fulcio for --keyless (default https://fulcio.sigstore.dev)
  --rekor-url URL          Rekor for --keyless (default https://rekor.sigstore.dev)
  --hash ALG               sha256 (default), blake2 or blake3
  --shard-size BYTES       digest files in shards of this size (model_signing's shard serialization)
  --ignore-paths P,Q       paths inside the model to leave unsigned (recorded in the signature)
  --no-ignore-git-paths    also sign .git, .gitattributes, .github, .gitignore
  --format oms|cosign      oms (default): model_signing bundle; cosign: a cosign blob bundle over one
                           file (FILE.sigstore.json, --key only), verified by cosign verify-blob too
Symbolic links inside a model are refused. Exit codes: 0 signed, 2 error.`;
const DEPLOY_CHECK_HELP = `Usage: ai-secure-gates deploy-check [--config FILE] [--workspace DIR] [--prometheus-url URL]
                                   [--window 10m] [--interval 1m] [--delay 0s] [--consecutive 3]
                                   [--format text|json|markdown] [--output FILE]
                                   [--audit-log FILE [--environment NAME]]

Watches a deployment through Prometheus's HTTP API as the config's deploy-check: block says
(error ratio, latency quantiles, any PromQL query, each with a max or min). A check fails after
--consecutive breaches in a row; no data, NaN and Prometheus errors are inconclusive, never 0.
Credentials come from the environment: PROMETHEUS_BEARER_TOKEN, or PROMETHEUS_USERNAME and
PROMETHEUS_PASSWORD (the names can be changed in the config). See docs/deploy-check.md.
--audit-log FILE appends the verdict to the same hash-chained JSON Lines audit log as
run --audit-log (docs/audit-record.md); --environment NAME records the environment deployed to.
Exit codes: 0 healthy, 1 unhealthy (roll back), 2 inconclusive or bad config.`;
const COMMAND_HELP = {
    run: { describe: 'run the gates and report (exit 0 pass, 1 fail, 2 error)', help: RUN_HELP },
    lock: { describe: 'write or refresh the hash lock file(s) of the models and/or data gates', help: LOCK_HELP },
    'scan-models': { describe: 'scan model files or folders for pickle payloads and unsafe containers (exit 0/1/2)', help: SCAN_MODELS_HELP },
    sign: { describe: 'sign model folders or files (OpenSSF Model Signing bundles, key or keyless)', help: SIGN_HELP },
    bom: { describe: 'write an AI bill of materials (CycloneDX 1.6/1.7 JSON) with the gates\' results as evidence', help: BOM_HELP },
    'deploy-check': { describe: 'watch a deployment through Prometheus; exit 1 advises a rollback (0 healthy, 2 inconclusive)', help: DEPLOY_CHECK_HELP }
};
const USAGE = `ai-secure-gates ${_version_js__WEBPACK_IMPORTED_MODULE_0__/* .VERSION */ .x}

Usage:
  ai-secure-gates run   [--config FILE] [--gates a,b] [--workspace DIR] [--format text|json|markdown|sarif] [--output FILE] [--fail-on SEVERITY] [--install auto|never]
  ai-secure-gates lock  [--config FILE] [--workspace DIR] [models|data]
  ai-secure-gates scan-models PATH... [--format text|json]
  ai-secure-gates sign  MODEL... (--key KEY.pem | --keyless) [--signature FILE]
  ai-secure-gates bom   [--report FILE] [--workspace DIR] [--spec 1.6|1.7] [--params FILE,...] [--output FILE]
  ai-secure-gates deploy-check [--config FILE] [--prometheus-url URL] [--window 10m] [--interval 1m] [--consecutive 3]
  ai-secure-gates COMMAND --help

Commands:
${Object.entries(COMMAND_HELP)
    .map(([k, v]) => `  ${k.padEnd(12)} ${v.describe}`)
    .join('\n')}

Exit codes: 0 pass, 1 fail, 2 error (bad config, tool error, unreadable input).`;


/***/ }),

/***/ 12957:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   cli: () => (/* binding */ cli),
/* harmony export */   useDirectOutput: () => (/* reexport safe */ _report_log_js__WEBPACK_IMPORTED_MODULE_1__.cJ)
/* harmony export */ });
/* harmony import */ var _engine_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(17679);
/* harmony import */ var _version_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(311);
/* harmony import */ var _report_log_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(46472);
/* harmony import */ var _help_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(87911);
/**
 * The CLI: `ai-secure-gates <command> ...`. Each command lives in src/cli/<command>.ts, is listed
 * in COMMANDS and is imported only when it runs; help texts come from ./help.ts, so `--help` (of
 * the CLI or of a command) loads no command at all.
 */





const COMMANDS = {
    run: async () => (await Promise.all(/* import() */[__webpack_require__.e(9691), __webpack_require__.e(4006), __webpack_require__.e(3730), __webpack_require__.e(5950), __webpack_require__.e(7661)]).then(__webpack_require__.bind(__webpack_require__, 97661))).main,
    lock: async () => (await Promise.all(/* import() */[__webpack_require__.e(9691), __webpack_require__.e(4006), __webpack_require__.e(3730), __webpack_require__.e(5950), __webpack_require__.e(7388), __webpack_require__.e(7722)]).then(__webpack_require__.bind(__webpack_require__, 37487))).main,
    'scan-models': async () => (await Promise.all(/* import() */[__webpack_require__.e(1583), __webpack_require__.e(8152)]).then(__webpack_require__.bind(__webpack_require__, 28152))).main,
    sign: async () => (await Promise.all(/* import() */[__webpack_require__.e(9691), __webpack_require__.e(3917), __webpack_require__.e(9607), __webpack_require__.e(2984)]).then(__webpack_require__.bind(__webpack_require__, 82984))).main,
    bom: async () => (await Promise.all(/* import() */[__webpack_require__.e(9691), __webpack_require__.e(4006), __webpack_require__.e(3730), __webpack_require__.e(3292), __webpack_require__.e(5571), __webpack_require__.e(5950), __webpack_require__.e(5952)]).then(__webpack_require__.bind(__webpack_require__, 45952))).main,
    'deploy-check': async () => (await Promise.all(/* import() */[__webpack_require__.e(9691), __webpack_require__.e(4006), __webpack_require__.e(3730), __webpack_require__.e(5950), __webpack_require__.e(5266)]).then(__webpack_require__.bind(__webpack_require__, 25266))).main
};
// Parenthesized so that Node's compile cache keeps it compiled (see scan-models.ts main).
const cli = (async function cli(argv) {
    const [cmd, ...rest] = argv;
    if (!cmd || cmd === '--help' || cmd === '-h' || cmd === 'help') {
        const topic = cmd === 'help' ? rest[0] : undefined;
        (0,_report_log_js__WEBPACK_IMPORTED_MODULE_1__/* .writeOut */ .sD)((topic && _help_js__WEBPACK_IMPORTED_MODULE_2__/* .COMMAND_HELP */ .Ql[topic] ? _help_js__WEBPACK_IMPORTED_MODULE_2__/* .COMMAND_HELP */ .Ql[topic].help : _help_js__WEBPACK_IMPORTED_MODULE_2__/* .USAGE */ .u_) + '\n');
        return cmd ? 0 : 2;
    }
    if (cmd === '--version' || cmd === '-V') {
        (0,_report_log_js__WEBPACK_IMPORTED_MODULE_1__/* .writeOut */ .sD)(_version_js__WEBPACK_IMPORTED_MODULE_3__/* .VERSION */ .x + '\n');
        return 0;
    }
    const load = COMMANDS[cmd];
    if (!load) {
        (0,_report_log_js__WEBPACK_IMPORTED_MODULE_1__/* .writeErr */ .VJ)(`ai-secure-gates: unknown command "${cmd}". Commands: ${Object.keys(COMMANDS).join(', ')} (ai-secure-gates --help)\n`);
        return 2;
    }
    // `COMMAND --help` anywhere before a `--` separator: the command's help, without loading it.
    const end = rest.indexOf('--');
    const opts = end < 0 ? rest : rest.slice(0, end);
    if (opts.includes('--help') || opts.includes('-h')) {
        (0,_report_log_js__WEBPACK_IMPORTED_MODULE_1__/* .writeOut */ .sD)(_help_js__WEBPACK_IMPORTED_MODULE_2__/* .COMMAND_HELP */ .Ql[cmd].help.trimEnd() + '\n');
        return 0;
    }
    try {
        return await (await load())(rest);
    }
    catch (e) {
        const code = e instanceof _engine_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .GatesError */ .xx ? ` [${e.code}]` : '';
        (0,_report_log_js__WEBPACK_IMPORTED_MODULE_1__/* .writeErr */ .VJ)(`ai-secure-gates ${cmd}: error${code}: ${(0,_engine_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .errorMessage */ .gJ)(e)}\n`);
        return 2;
    }
});


/***/ }),

/***/ 17679:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Uc: () => (/* binding */ describeError),
/* harmony export */   gJ: () => (/* binding */ errorMessage),
/* harmony export */   mB: () => (/* binding */ ParseError),
/* harmony export */   v4: () => (/* binding */ ToolError),
/* harmony export */   xL: () => (/* binding */ ConfigError),
/* harmony export */   xx: () => (/* binding */ GatesError)
/* harmony export */ });
class GatesError extends Error {
    code;
    constructor(code, message, options) {
        super(message, options);
        this.code = code;
        this.name = new.target.name;
    }
}
/** The user's configuration is wrong; the message names the file, the key and the fix. */
class ConfigError extends GatesError {
}
/** A tool is missing, crashed, timed out or could not be installed. */
class ToolError extends GatesError {
    stderrTail;
    /** The tool concerned, when known (lets the report name the fix). */
    tool;
    constructor(code, message, options) {
        super(code, message, options);
        this.stderrTail = options?.stderrTail;
        this.tool = options?.tool;
    }
}
/** A tool's output or a scanned file does not have the shape we expect. */
class ParseError extends GatesError {
    constructor(message, options) {
        super('PARSE', message, options);
    }
}
function errorMessage(e) {
    if (e instanceof Error)
        return e.message;
    return String(e);
}
/** An error's message, with the last stderr lines of a tool that failed. */
function describeError(e, tailLineCount = 15) {
    const msg = errorMessage(e);
    if (e instanceof ToolError && e.stderrTail?.trim()) {
        const tail = e.stderrTail.trimEnd().split(/\r?\n/).slice(-tailLineCount).join('\n');
        return `${msg}\nstderr (last lines):\n${tail}`;
    }
    return msg;
}


/***/ }),

/***/ 14031:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ah: () => (/* binding */ escapeLog),
/* harmony export */   FV: () => (/* binding */ escapeMarkdown),
/* harmony export */   Hn: () => (/* binding */ cell),
/* harmony export */   ZD: () => (/* binding */ escapeHtml),
/* harmony export */   dp: () => (/* binding */ byteLength)
/* harmony export */ });
/* unused harmony export escapeEach */
/**
 * Escaping for text that came from a scanned file or a tool. Markdown and HTML special characters
 * are turned into entities so nothing a tool prints can add links, images, HTML or break a table.
 */
const AS_ENTITY = /[<>&|@"']/g;
const AS_BACKSLASH = /[\\`*_{}[\]~]/g;
function escapeMarkdown(text) {
    return unlink(text.replace(AS_BACKSLASH, (c) => `\\${c}`).replace(AS_ENTITY, (c) => `&#${c.charCodeAt(0)};`));
}
/**
 * GitHub turns bare URLs, `www.` names, `#123`, `GH-123` and `@name` into live links and
 * notifications even in escaped text; a word joiner (U+2060, invisible) breaks each so that text
 * from a scanned file or a tool links nowhere and pings no one.
 */
const WJ = '\u2060';
function unlink(text) {
    return text
        .replace(/([A-Za-z]):\/\//g, `$1:${WJ}//`)
        .replace(/\b(www)\./gi, `$1${WJ}.`)
        .replace(/(?<!&)#(?=\d)/g, `#${WJ}`)
        .replace(/\b(GH)-(?=\d)/gi, `$1-${WJ}`)
        .replace(/&#64;/g, `&#64;${WJ}`);
}
/** A table cell: escaped, on one line, bounded. */
function cell(text, max = 300) {
    const one = text.replace(/\r?\n/g, ' ').replace(/\s+/g, ' ').trim();
    const cut = one.length > max ? one.slice(0, max - 1) + '\u2026' : one;
    return escapeMarkdown(cut);
}
/** Text for a <pre> block: HTML-escaped only (markdown is not interpreted inside <pre>). */
function escapeHtml(text) {
    return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
function byteLength(s) {
    return Buffer.byteLength(s, 'utf8');
}
/** Every code unit or pair escapeEach would change (or must look at: ESC, surrogates), and the markers. */
const NEEDS_ESCAPE = /[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u2028-\u202e\u2066-\u2069\ufeff\ud800-\udfff]|%[0-9A-Fa-f]{2}|::|##\[/;
const NEEDS_ESCAPE_MULTILINE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028-\u202e\u2066-\u2069\ufeff\ud800-\udfff]|%[0-9A-Fa-f]{2}|::|##\[/;
/**
 * The one log escaper: text that did not come from the action's own constant strings (file names,
 * tool output, finding messages, model answers) goes through here before it reaches stdout or
 * stderr, where the runner looks for workflow commands. The runner splits lines on CR, LF and
 * CRLF and trims leading whitespace, so a CR inside a file name could start a `::stop-commands::`
 * line. Escaped, as percent-encoded UTF-8 (the runner's own convention, and reversible):
 * a `%` that starts what reads as an escape (`%` and two hex digits; a lone `%`, as in "100 %", stays
 * as it is, since the runner decodes nothing outside command data and @actions/core escapes that), CR, LF (unless `multiline`), every other C0 and C1 control (U+009B is a terminal CSI), DEL,
 * U+2028/U+2029, bidirectional overrides, and the command markers `::` and `##[` wherever they
 * appear. Tabs stay. With `keepSgr`, colour sequences (ESC [ digits m) the caller added survive.
 */
function escapeLog(text, opts = {}) {
    const s = String(text);
    // Most text (help, file names, messages) has nothing to escape: one scan, and it is returned as it is.
    return (opts.multiline ? NEEDS_ESCAPE_MULTILINE : NEEDS_ESCAPE).test(s) ? escapeEach(s, opts) : s;
}
/** escapeLog's character loop, without its shortcut (exported for the test that both agree). */
function escapeEach(s, opts = {}) {
    let out = '';
    for (let i = 0; i < s.length; i++) {
        const ch = s[i];
        const code = s.charCodeAt(i);
        if (ch === '\n' && opts.multiline) {
            out += '\n';
        }
        else if (ch === '\u001b' && opts.keepSgr) {
            const m = /^\u001b\[[0-9;]{0,12}m/.exec(s.slice(i, i + 16));
            if (m) {
                out += m[0];
                i += m[0].length - 1;
            }
            else
                out += '%1B';
        }
        else if ((ch === '%' && HEX2.test(s.slice(i + 1, i + 3))) || (code < 0x20 && ch !== '\t') || (code >= 0x7f && code <= 0x9f) || code === 0x2028 || code === 0x2029 || (code >= 0x202a && code <= 0x202e) || (code >= 0x2066 && code <= 0x2069) || code === 0xfeff) {
            out += percent(ch);
        }
        else if (ch === ':' && s[i + 1] === ':') {
            out += ':%3A';
            i++;
        }
        else if (ch === '#' && s[i + 1] === '#' && s[i + 2] === '[') {
            out += '#%23';
            i++;
        }
        else if (code >= 0xd800 && code <= 0xdfff && !isPair(s, i)) {
            out += '%EF%BF%BD'; // a lone surrogate: written as U+FFFD, shown as such
        }
        else {
            out += ch;
            if (code >= 0xd800 && code <= 0xdbff)
                out += s[++i];
        }
    }
    return out;
}
const HEX2 = /^[0-9A-Fa-f]{2}$/;
function isPair(s, i) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) {
        const d = s.charCodeAt(i + 1);
        return d >= 0xdc00 && d <= 0xdfff;
    }
    return false;
}
function percent(ch) {
    return [...Buffer.from(ch, 'utf8')].map((b) => `%${b.toString(16).toUpperCase().padStart(2, '0')}`).join('');
}


/***/ }),

/***/ 46472:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   VJ: () => (/* binding */ writeErr),
/* harmony export */   cJ: () => (/* binding */ useDirectOutput),
/* harmony export */   hY: () => (/* binding */ writeMachine),
/* harmony export */   sD: () => (/* binding */ writeOut)
/* harmony export */ });
/* unused harmony exports useActionsCore, actionLog, annotate, setFailed */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _escape_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(14031);
/**
 * The one way out to the log. The action and the CLI print through these functions only (a test,
 * __tests__/report/log-sources.test.ts, fails on any other core.info/console/process.std*.write in
 * src/), and every text goes through escapeLog first, so a file name, a tool's stderr or a model's
 * answer can never form a workflow command (`::error`, `::stop-commands::`, `::add-mask::`...).
 */


/**
 * @actions/core, handed over by the action's entry (src/main.ts calls useActionsCore at load).
 * Not imported here: the CLI prints through this module too, and @actions/core with its HTTP
 * client is ~100 modules it never needs (start-up, issue 10).
 */
let actionsCore = null;
/** The action's entry gives @actions/core to actionLog, annotate and setFailed (once, before any of them runs). */
function useActionsCore(c) {
    actionsCore = c;
}
function core() {
    if (!actionsCore)
        throw new Error('report/log: actionLog, annotate and setFailed print workflow commands for the action; its entry (src/main.ts) must call useActionsCore first');
    return actionsCore;
}
/** The action's logger (gates, publishing, main): every message escaped, then core. */
const actionLog = {
    debug: (m) => core().debug((0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeLog */ .Ah)(m)),
    info: (m) => core().info((0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeLog */ .Ah)(m)),
    warning: (m) => core().warning((0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeLog */ .Ah)(m)),
    error: (m) => core().error((0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeLog */ .Ah)(m)),
    notice: (m) => core().notice((0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeLog */ .Ah)(m))
};
/**
 * A finding as a workflow-command annotation. The message may keep its line breaks (core encodes
 * them as %0A inside the command, the runner shows them inside the annotation); everything else is
 * escaped. The title is escaped; `file` is the path as GitHub must see it (core encodes it).
 */
function annotate(level, message, props) {
    const safe = { ...props, ...(props.title !== undefined ? { title: escapeLog(props.title) } : {}) };
    const text = escapeLog(message, { multiline: true });
    if (level === 'error')
        core().error(text, safe);
    else if (level === 'warning')
        core().warning(text, safe);
    else
        core().notice(text, safe);
}
/** Fails the step with an escaped message. */
function setFailed(message) {
    core().setFailed(escapeLog(message));
}
/**
 * Direct output, which the CLI's entry turns on (src/cli.ts): writeOut, writeErr and writeMachine
 * write to file descriptors 1 and 2 with writeSync and never create process.stdout/stderr, whose
 * stream machinery (~20 internal modules) is a large part of a CLI start (issue 10). Off (the
 * action, tests calling the commands in-process), they write through the streams as before.
 * When a descriptor refuses a write (EAGAIN on a non-blocking pipe, EPIPE...), that write and every
 * later one on it go through the stream instead, so nothing is lost or reordered. Not on Windows,
 * where the console stream does the encoding.
 */
let direct = false;
const viaStream = { 1: false, 2: false };
function useDirectOutput() {
    direct = process.platform !== 'win32';
}
function put(fd, text) {
    const stream = () => (fd === 1 ? process.stdout : process.stderr);
    if (!direct || viaStream[fd]) {
        stream().write(text);
        return;
    }
    const buf = Buffer.from(text, 'utf8');
    let off = 0;
    try {
        while (off < buf.length) {
            const n = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeSync)(fd, buf, off, buf.length - off);
            if (n <= 0)
                throw new Error('no progress');
            off += n;
        }
    }
    catch {
        viaStream[fd] = true;
        stream().write(buf.subarray(off));
    }
}
/** Writes rendered text (several lines) to stdout or stderr, escaped line by line; colours kept when asked. */
function writeOut(text, opts = {}) {
    put(1, (0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeLog */ .Ah)(text, { multiline: true, keepSgr: opts.keepSgr }));
}
function writeErr(text, opts = {}) {
    const escaped = (0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeLog */ .Ah)(text, { multiline: true, keepSgr: opts.keepSgr });
    put(2, opts.paint ? opts.paint(escaped) : escaped);
}
/**
 * Writes a machine format (JSON, SARIF) as it is: JSON.stringify escapes CR, LF and every C0
 * control inside strings, and no line of pretty-printed JSON can start with `::`; renderJson also
 * writes C1 controls and U+2028/9 as \u escapes.
 */
function writeMachine(text) {
    put(1, text);
}


/***/ }),

/***/ 311:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   x: () => (/* binding */ VERSION)
/* harmony export */ });
/** The tool version written into every report; kept equal to package.json's by a test. */
const VERSION = '0.1.0';


/***/ })

};
