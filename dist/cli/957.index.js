export const id = 957;
export const ids = [957];
export const modules = {

/***/ 7911:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   O2: () => (/* binding */ LOCK_HELP),
/* harmony export */   Ql: () => (/* binding */ COMMAND_HELP),
/* harmony export */   WU: () => (/* binding */ RUN_HELP),
/* harmony export */   j1: () => (/* binding */ DEFAULT_LOCKS),
/* harmony export */   jw: () => (/* binding */ SCAN_MODELS_HELP),
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
const COMMAND_HELP = {
    run: { describe: 'run the gates and report (exit 0 pass, 1 fail, 2 error)', help: RUN_HELP },
    lock: { describe: 'write or refresh the hash lock file(s) of the models and/or data gates', help: LOCK_HELP },
    'scan-models': { describe: 'scan model files or folders for pickle payloads and unsafe containers (exit 0/1/2)', help: SCAN_MODELS_HELP }
};
const USAGE = `ai-secure-gates ${_version_js__WEBPACK_IMPORTED_MODULE_0__/* .VERSION */ .x}

Usage:
  ai-secure-gates run   [--config FILE] [--gates a,b] [--workspace DIR] [--format text|json|markdown|sarif] [--output FILE] [--fail-on SEVERITY] [--install auto|never]
  ai-secure-gates lock  [--config FILE] [--workspace DIR] [models|data]
  ai-secure-gates scan-models PATH... [--format text|json]
  ai-secure-gates COMMAND --help

Commands:
${Object.entries(COMMAND_HELP)
    .map(([k, v]) => `  ${k.padEnd(12)} ${v.describe}`)
    .join('\n')}

Exit codes: 0 pass, 1 fail, 2 error (bad config, tool error, unreadable input).`;


/***/ }),

/***/ 2957:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   cli: () => (/* binding */ cli)
/* harmony export */ });
/* harmony import */ var _engine_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7679);
/* harmony import */ var _version_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(311);
/* harmony import */ var _report_log_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6472);
/* harmony import */ var _help_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7911);
/**
 * The CLI: `ai-secure-gates <command> ...`. Each command lives in src/cli/<command>.ts, is listed
 * in COMMANDS and is imported only when it runs; help texts come from ./help.ts, so `--help` (of
 * the CLI or of a command) loads no command at all.
 */




const COMMANDS = {
    run: async () => (await Promise.all(/* import() */[__webpack_require__.e(6), __webpack_require__.e(816), __webpack_require__.e(746), __webpack_require__.e(827), __webpack_require__.e(224)]).then(__webpack_require__.bind(__webpack_require__, 224))).main,
    lock: async () => (await Promise.all(/* import() */[__webpack_require__.e(6), __webpack_require__.e(816), __webpack_require__.e(746), __webpack_require__.e(388), __webpack_require__.e(827), __webpack_require__.e(722)]).then(__webpack_require__.bind(__webpack_require__, 7487))).main,
    'scan-models': async () => (await Promise.all(/* import() */[__webpack_require__.e(995), __webpack_require__.e(632), __webpack_require__.e(152)]).then(__webpack_require__.bind(__webpack_require__, 8152))).main
};
async function cli(argv) {
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
}


/***/ }),

/***/ 7679:
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

/***/ 6412:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ah: () => (/* binding */ escapeLog),
/* harmony export */   FV: () => (/* binding */ escapeMarkdown),
/* harmony export */   Hn: () => (/* binding */ cell),
/* harmony export */   ZD: () => (/* binding */ escapeHtml),
/* harmony export */   dp: () => (/* binding */ byteLength)
/* harmony export */ });
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
    const cut = one.length > max ? one.slice(0, max - 1) + '…' : one;
    return escapeMarkdown(cut);
}
/** Text for a <pre> block: HTML-escaped only (markdown is not interpreted inside <pre>). */
function escapeHtml(text) {
    return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
function byteLength(s) {
    return Buffer.byteLength(s, 'utf8');
}
/**
 * The one log escaper: text that did not come from the action's own constant strings (file names,
 * tool output, finding messages, model answers) goes through here before it reaches stdout or
 * stderr, where the runner looks for workflow commands. The runner splits lines on CR, LF and
 * CRLF and trims leading whitespace, so a CR inside a file name could start a `::stop-commands::`
 * line. Escaped, as percent-encoded UTF-8 (the runner's own convention, and reversible):
 * `%`, CR, LF (unless `multiline`), every other C0 and C1 control (U+009B is a terminal CSI), DEL,
 * U+2028/U+2029, bidirectional overrides, and the command markers `::` and `##[` wherever they
 * appear. Tabs stay. With `keepSgr`, colour sequences (ESC [ digits m) the caller added survive.
 */
function escapeLog(text, opts = {}) {
    const s = String(text);
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
        else if (ch === '%' || (code < 0x20 && ch !== '\t') || (code >= 0x7f && code <= 0x9f) || code === 0x2028 || code === 0x2029 || (code >= 0x202a && code <= 0x202e) || (code >= 0x2066 && code <= 0x2069) || code === 0xfeff) {
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

/***/ 6472:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   VJ: () => (/* binding */ writeErr),
/* harmony export */   hY: () => (/* binding */ writeMachine),
/* harmony export */   sD: () => (/* binding */ writeOut)
/* harmony export */ });
/* unused harmony exports actionLog, annotate, setFailed */
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3838);
/* harmony import */ var _escape_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6412);
/**
 * The one way out to the log. The action and the CLI print through these functions only (a test,
 * __tests__/report/log-sources.test.ts, fails on any other core.info/console/process.std*.write in
 * src/), and every text goes through escapeLog first, so a file name, a tool's stderr or a model's
 * answer can never form a workflow command (`::error`, `::stop-commands::`, `::add-mask::`...).
 */


/** The action's logger (gates, publishing, main): every message escaped, then core. */
const actionLog = {
    debug: (m) => _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .debug */ .Yz((0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeLog */ .Ah)(m)),
    info: (m) => _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq((0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeLog */ .Ah)(m)),
    warning: (m) => _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .warning */ .$e((0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeLog */ .Ah)(m)),
    error: (m) => _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .error */ .z3((0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeLog */ .Ah)(m)),
    notice: (m) => _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .notice */ .lm((0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeLog */ .Ah)(m))
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
        core.error(text, safe);
    else if (level === 'warning')
        core.warning(text, safe);
    else
        core.notice(text, safe);
}
/** Fails the step with an escaped message. */
function setFailed(message) {
    core.setFailed(escapeLog(message));
}
/** Writes rendered text (several lines) to stdout or stderr, escaped line by line; colours kept when asked. */
function writeOut(text, opts = {}) {
    process.stdout.write((0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeLog */ .Ah)(text, { multiline: true, keepSgr: opts.keepSgr }));
}
function writeErr(text, opts = {}) {
    const escaped = (0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeLog */ .Ah)(text, { multiline: true, keepSgr: opts.keepSgr });
    process.stderr.write(opts.paint ? opts.paint(escaped) : escaped);
}
/**
 * Writes a machine format (JSON, SARIF) as it is: JSON.stringify escapes CR, LF and every C0
 * control inside strings, and no line of pretty-printed JSON can start with `::`; renderJson also
 * writes C1 controls and U+2028/9 as \u escapes.
 */
function writeMachine(text) {
    process.stdout.write(text);
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
