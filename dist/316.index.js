export const id = 316;
export const ids = [316,588];
export const modules = {

/***/ 27316:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  secretsGate: () => (/* binding */ secretsGate)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/engine/errors.ts
var engine_errors = __webpack_require__(17679);
// EXTERNAL MODULE: ./src/engine/paths.ts
var paths = __webpack_require__(4886);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 15 modules
var schemas = __webpack_require__(9691);
// EXTERNAL MODULE: ./src/parsers/common.ts
var common = __webpack_require__(40743);
;// CONCATENATED MODULE: ./src/parsers/gitleaks.ts
/**
 * gitleaks JSON reports -> findings. gitleaks v8 writes a top-level array of findings with
 * PascalCase keys (`RuleID`, `File`, `StartLine`, `Secret`, `Match`, `Commit`, `Fingerprint`);
 * v7 wrote lower-camel-case keys (`rule`, `file`, `lineNumber`, `offender`, `commit`). Both are read.
 *
 * The report holds the secrets in clear text (unless gitleaks ran with --redact): they are
 * returned separately, only so the caller can mask them in the log, and never enter a finding.
 * A finding shows the rule, the file, the line and the first 4 characters of the secret.
 */




const v8Schema = schemas/* looseObject */._H3({
    RuleID: schemas/* string */.YjP(),
    Description: schemas/* string */.YjP().optional(),
    File: schemas/* string */.YjP(),
    SymlinkFile: schemas/* string */.YjP().optional(),
    StartLine: schemas/* number */.aig().int(),
    EndLine: schemas/* number */.aig().int().optional(),
    StartColumn: schemas/* number */.aig().int().optional(),
    EndColumn: schemas/* number */.aig().int().optional(),
    Secret: schemas/* string */.YjP().optional(),
    Match: schemas/* string */.YjP().optional(),
    Commit: schemas/* string */.YjP().optional(),
    Fingerprint: schemas/* string */.YjP().optional(),
    Tags: schemas/* array */.YOg(schemas/* string */.YjP()).nullable().optional()
});
const v7Schema = schemas/* looseObject */._H3({
    rule: schemas/* string */.YjP(),
    file: schemas/* string */.YjP(),
    lineNumber: schemas/* number */.aig().int(),
    offender: schemas/* string */.YjP().optional(),
    line: schemas/* string */.YjP().optional(),
    commit: schemas/* string */.YjP().optional(),
    tags: schemas/* string */.YjP().optional()
});
function redacted(s) {
    if (!s)
        return true;
    return /^\**$/.test(s) || s === 'REDACTED' || s.endsWith('REDACTED');
}
function mask(s) {
    if (!s)
        return '(redacted by gitleaks)';
    const first = s.split(/\r?\n/)[0];
    return first.length >= 16 ? `${first.slice(0, 4)}****` : '****';
}
function hash(s) {
    return (0,external_node_crypto_.createHash)('sha256').update(`ai-secure-gates:secret:${s}`).digest('hex').slice(0, 32);
}
function toLeak(r, workspace) {
    const path = (0,common/* normaliseToolPath */._q)(r.file, workspace);
    const commit = r.commit && !/^0+$/.test(r.commit) ? r.commit : undefined;
    const shown = mask(r.secret);
    const where = commit ? ` (commit ${commit.slice(0, 12)})` : '';
    return {
        secret: r.secret,
        finding: {
            ruleId: `gitleaks/${r.rule}`,
            severity: 'critical',
            title: `gitleaks ${r.rule}`,
            message: `${r.description || r.rule} found by gitleaks in ${path} line ${r.line}${where}: ${shown}. Revoke the secret at its provider, then remove it from the code and the history.`,
            location: { path, startLine: r.line > 0 ? r.line : null, endLine: r.endLine && r.endLine >= r.line ? r.endLine : null, startColumn: r.column && r.column > 0 ? r.column : null },
            fingerprintKey: r.secret ? `secret:${hash(r.secret)}` : `gitleaks:${r.rule}:${commit ?? ''}`,
            help: { text: 'A secret committed to a repository is exposed to everyone who can read it, in every clone and fork, until it is revoked.' },
            properties: { tool: 'gitleaks', rule: r.rule, masked: shown, ...(commit ? { commit } : {}) }
        }
    };
}
/** Parses a gitleaks JSON report (v8 or v7). */
function parseGitleaks(text, workspace) {
    const data = (0,common/* parseJsonWith */._x)(schemas/* array */.YOg(schemas/* unknown */.L5J()), text, 'gitleaks');
    if (data.length === 0)
        return [];
    const first = data[0];
    if (first && typeof first === 'object' && 'RuleID' in first) {
        const rows = (0,common/* parseJsonWith */._x)(schemas/* array */.YOg(v8Schema), text, 'gitleaks (v8)');
        return rows.map((r) => toLeak({ rule: r.RuleID, description: r.Description, file: r.File, line: r.StartLine, endLine: r.EndLine, column: r.StartColumn, secret: redacted(r.Secret) ? null : r.Secret, commit: r.Commit }, workspace));
    }
    if (first && typeof first === 'object' && 'rule' in first && 'lineNumber' in first) {
        const rows = (0,common/* parseJsonWith */._x)(schemas/* array */.YOg(v7Schema), text, 'gitleaks (v7)');
        return rows.map((r) => toLeak({ rule: r.rule, file: r.file, line: r.lineNumber, secret: redacted(r.offender) ? null : r.offender, commit: r.commit }, workspace));
    }
    throw new engine_errors/* ParseError */.mB('gitleaks: unexpected report shape at 0: neither a v8 finding (RuleID, File, StartLine) nor a v7 leak (rule, file, lineNumber)');
}

;// CONCATENATED MODULE: ./node_modules/@secretlint/core/package.json
const package_namespaceObject = {"rE":"13.1.0"};
// EXTERNAL MODULE: ./src/scanners/notebook.ts
var notebook = __webpack_require__(3282);
// EXTERNAL MODULE: ./src/gates/secrets/config.ts
var config = __webpack_require__(86498);
;// CONCATENATED MODULE: ./src/gates/secrets/git.ts
/**
 * What the secrets gate reads from git: the tracked files, and every line a pull request adds in
 * each of its commits (so a key added in one commit and removed in a later one is still seen).
 * git runs with an argv array through the ToolRunner; nothing from the repository is executed
 * (no external diff drivers, no textconv).
 */

/** Largest `git log -p` output read for a pull request. */
const MAX_PR_DIFF_BYTES = 256 * 1024 * 1024;
const GIT_SAFE = ['-c', 'core.quotePath=false', '-c', 'diff.external=', '-c', 'core.fsmonitor=false'];
async function git(ctx, args, maxStdout = 64 * 1024 * 1024) {
    const tool = (await ctx.tools.which('git')) ?? 'git';
    const r = await ctx.tools.run(tool, [...GIT_SAFE, ...args], { cwd: ctx.workspace, timeoutMs: 10 * 60_000, signal: ctx.signal, captureStdout: true, maxStdout });
    return { code: r.exitCode, out: r.stdout, err: r.stderrTail };
}
/** True when the workspace is inside a git work tree (false when git is missing too). */
async function isGitRepo(ctx) {
    try {
        const r = await git(ctx, ['rev-parse', '--is-inside-work-tree']);
        return r.code === 0 && r.out.trim() === 'true';
    }
    catch {
        return false;
    }
}
/**
 * The files of the repository under the workspace: tracked (scanned), and untracked but not ignored
 * (what `git add` would add: not scanned, but said). Workspace-relative, forward slashes.
 */
async function repositoryFiles(ctx) {
    const prefix = (await git(ctx, ['rev-parse', '--show-prefix'])).out.trim();
    const list = async (which) => {
        const r = await git(ctx, ['ls-files', '-z', ...which, '--full-name', '--', '.']);
        if (r.code !== 0)
            throw new engine_errors/* ToolError */.v4('TOOL_FAILED', `git ls-files failed (exit ${r.code}): ${r.err.trim().split('\n').pop()}`);
        return r.out
            .split('\0')
            .filter(Boolean)
            .map((p) => (prefix && p.startsWith(prefix) ? p.slice(prefix.length) : p));
    };
    return { tracked: await list(['--cached']), untracked: await list(['--others', '--exclude-standard']) };
}
/** Unquotes a path git printed in C-style quotes. */
function unquote(p) {
    if (!p.startsWith('"'))
        return p;
    try {
        return JSON.parse(p.replace(/\\([0-7]{3})/g, (_, o) => `\\u00${parseInt(o, 8).toString(16).padStart(2, '0')}`));
    }
    catch {
        return p.slice(1, -1);
    }
}
/** Parses `git log -p --unified=0` output written with the COMMIT_MARK format. */
function parseAddedLines(log) {
    const chunks = [];
    let commit = '';
    let file = null;
    let next = 0;
    let current = null;
    const close = () => {
        if (current?.lines.length)
            chunks.push(current);
        current = null;
    };
    for (const line of log.split('\n')) {
        if (line.startsWith(COMMIT_MARK)) {
            close();
            commit = line.slice(COMMIT_MARK.length).trim();
            file = null;
            continue;
        }
        if (line.startsWith('diff --git ')) {
            close();
            file = null;
            continue;
        }
        if (line.startsWith('+++ ')) {
            close();
            const target = line.slice(4).replace(/\t$/, '');
            file = target === '/dev/null' ? null : unquote(target).replace(/^b\//, '');
            continue;
        }
        if (line.startsWith('--- '))
            continue;
        if (line.startsWith('@@')) {
            close();
            const plus = line.split(' ').find((w) => w.startsWith('+'));
            next = plus ? Number(plus.slice(1).split(',')[0]) : 0;
            continue;
        }
        if (file === null)
            continue;
        if (line.startsWith('+')) {
            if (!current)
                current = { commit, path: file, startLine: next, lines: [] };
            current.lines.push(line.slice(1));
            next++;
        }
        else if (line.startsWith(' ')) {
            close();
            next++;
        }
        else if (line.startsWith('-')) {
            close();
        }
    }
    close();
    return chunks;
}
const COMMIT_MARK = '\u0001commit ';
async function haveCommit(ctx, sha) {
    return (await git(ctx, ['cat-file', '-e', `${sha}^{commit}`])).code === 0;
}
const DEPTH_FIX = 'check out with full history (actions/checkout with fetch-depth: 0) so every commit of the pull request can be read, or set gates.secrets.pr-commits: false to scan only the files';
/** Every line the pull request adds, commit by commit. Missing history is an error saying how to fix it. */
async function pullRequestAdditions(ctx, pr) {
    const shallow = (await git(ctx, ['rev-parse', '--is-shallow-repository'])).out.trim() === 'true';
    for (const [what, sha] of [['base', pr.baseSha], ['head', pr.headSha]]) {
        if (!/^[0-9a-f]{7,64}$/i.test(sha))
            throw new engine_errors/* ToolError */.v4('INPUT', `pull request ${what} "${sha}" is not a commit id`);
        if (!(await haveCommit(ctx, sha))) {
            throw new engine_errors/* ToolError */.v4('INPUT', `the pull request's ${what} commit ${sha.slice(0, 12)} is not in this clone${shallow ? ' (a shallow clone)' : ''}: ${DEPTH_FIX}`);
        }
    }
    const mb = await git(ctx, ['merge-base', pr.baseSha, pr.headSha]);
    if (mb.code !== 0 || !mb.out.trim()) {
        throw new engine_errors/* ToolError */.v4('INPUT', `no common ancestor of the pull request's base ${pr.baseSha.slice(0, 12)} and head ${pr.headSha.slice(0, 12)} in this clone${shallow ? ' (a shallow clone cuts the history)' : ''}: ${DEPTH_FIX}`);
    }
    const mergeBase = mb.out.trim().split('\n')[0];
    const range = `${mergeBase}..${pr.headSha}`;
    const list = await git(ctx, ['rev-list', '--reverse', range]);
    if (list.code !== 0)
        throw new engine_errors/* ToolError */.v4('TOOL_FAILED', `git rev-list ${range} failed: ${list.err.trim().split('\n').pop()}`);
    const commits = list.out.split('\n').filter(Boolean);
    const log = await git(ctx, ['log', '-p', '--reverse', '--no-color', '--no-ext-diff', '--no-textconv', '--no-renames', '--unified=0', '--diff-merges=off', `--format=${COMMIT_MARK}%H`, range, '--', '.'], MAX_PR_DIFF_BYTES);
    if (log.code !== 0)
        throw new engine_errors/* ToolError */.v4('TOOL_FAILED', `git log -p ${range} failed: ${log.err.trim().split('\n').pop()}`);
    if (Buffer.byteLength(log.out) >= MAX_PR_DIFF_BYTES) {
        throw new engine_errors/* ToolError */.v4('INPUT', `the pull request's diff is larger than ${MAX_PR_DIFF_BYTES / 1024 / 1024} MiB; its added lines were not all scanned (exclude large generated files with gates.secrets.exclude)`);
    }
    const prefix = (await git(ctx, ['rev-parse', '--show-prefix'])).out.trim();
    const chunks = parseAddedLines(log.out)
        .filter((c) => c.path.startsWith(prefix))
        .map((c) => ({ ...c, path: c.path.slice(prefix.length) }));
    return { commits, chunks, mergeBase };
}

// EXTERNAL MODULE: ./src/gates/secrets/scan.ts + 2 modules
var scan = __webpack_require__(53588);
;// CONCATENATED MODULE: ./src/gates/secrets/index.ts
/**
 * The secrets gate: secretlint (recommended preset + model/data-provider rules) over the tracked
 * files, notebook outputs included, and over every line each commit of a pull request adds, plus
 * an optional gitleaks report. A secret never leaves this module in clear: findings carry the
 * rule, the file, the line and a masked form (first 4 characters), the fingerprint comes from a
 * hash of the secret, and every secret found is handed to ctx.maskSecret (core.setSecret).
 */










const HIGH_NOT_CRITICAL = new Set(['basicauth', 'database-connection-string']);
const FIX = 'Revoke or rotate it at the provider now (it is exposed to everyone who can read the repository, its forks and its history), then read it from an environment variable or a secret store instead of the code.';
function hideSecret(ctx, secret, alsoMask = []) {
    for (const s of [secret, ...alsoMask]) {
        ctx.maskSecret(s);
        for (const line of s.split(/\r?\n/))
            if (line.trim().length >= 8 && line !== s)
                ctx.maskSecret(line.trim());
    }
}
function isBinary(buf) {
    const n = Math.min(buf.length, 8000);
    for (let i = 0; i < n; i++)
        if (buf[i] === 0)
            return true;
    return false;
}
function makeFinding(h, file, line, where, extra) {
    const hash = (0,scan/* secretHash */.L)(h.secret);
    const shown = (0,scan/* maskValue */.Q)(h.secret);
    return {
        hash,
        finding: {
            ruleId: h.ruleId,
            severity: HIGH_NOT_CRITICAL.has(h.ruleId) ? 'high' : 'critical',
            title: `Secret: ${h.label}`,
            message: `${h.label} in ${file} line ${line}${where}: ${shown}. ${FIX}`,
            location: { path: file, startLine: line, startColumn: h.column, endLine: line + (h.endLine - h.line) },
            fingerprintKey: `secret:${hash}`,
            help: { text: `A ${h.label} was found in the repository. ${FIX} Waive a false positive by its fingerprint (never by pasting the value).` },
            properties: { tool: 'secretlint', secretlintRule: h.engineRule, messageId: h.messageId, masked: shown, ...extra }
        }
    };
}
const secretsGate = {
    id: 'secrets',
    title: 'Secrets (secretlint)',
    configSchema: config/* secretsConfigSchema */.J,
    async run(ctx) {
        const c = ctx.config;
        const findings = [];
        const checks = [];
        const errors = [];
        const excludes = [...(c['default-excludes'] ? config/* DEFAULT_EXCLUDES */.W : []), ...c.exclude];
        const excluded = (0,paths/* globMatcher */.fU)(excludes);
        // Lines a pull request adds are scanned whatever the default excludes (a key pasted into a lock file is still a key).
        const excludedInPr = (0,paths/* globMatcher */.fU)(c.exclude);
        const disabled = new Set(c['disable-rules']);
        const maxBytes = c['max-file-mb'] * 1024 * 1024;
        const inTree = new Set();
        // 1. The files: tracked files in a git repository, else every file under the workspace.
        const repo = await isGitRepo(ctx);
        let files;
        let untracked = [];
        if (repo) {
            const listed = await repositoryFiles(ctx);
            files = listed.tracked;
            untracked = listed.untracked.filter((f) => !excluded(f));
            checks.push({ name: 'file-list', target: '.', outcome: 'info', details: { source: 'git ls-files', files: files.length, untrackedNotScanned: untracked.length, ...(untracked.length ? { untracked: untracked.slice(0, 20) } : {}) } });
        }
        else {
            const walk = await (0,paths/* walkFiles */.Fv)(ctx.workspace);
            files = walk.files;
            checks.push({
                name: 'file-list', target: '.', outcome: 'info',
                details: { source: 'filesystem walk', files: files.length, reason: 'not a git repository (or git is missing): every file under the workspace was scanned instead of the tracked files', ...(walk.truncated ? { truncated: true } : {}) }
            });
            if (walk.truncated)
                errors.push(`the workspace has more files than the walker lists (${files.length}); not every file was scanned`);
            for (const u of walk.unreadable ?? []) {
                checks.push({ name: 'secret-scan', target: u, outcome: 'error', details: { reason: 'the file name is not valid UTF-8 (or the folder could not be read): not scanned' } });
                errors.push(`${u}: the file name is not valid UTF-8 (or the folder could not be read), so it was not scanned; rename it`);
            }
        }
        for (const rel of files) {
            if (excluded(rel))
                continue;
            const abs = external_node_path_default().join(ctx.workspace, rel);
            let st;
            try {
                st = await (0,promises_.lstat)(abs);
            }
            catch {
                checks.push({ name: 'secret-scan', target: rel, outcome: 'skipped', details: { reason: 'tracked but missing from the working tree' } });
                continue;
            }
            if (st.isSymbolicLink()) {
                checks.push({ name: 'secret-scan', target: rel, outcome: 'skipped', details: { reason: 'symlink (not followed)' } });
                continue;
            }
            if (!st.isFile()) {
                checks.push({ name: 'secret-scan', target: rel, outcome: 'skipped', details: { reason: 'not a regular file (a submodule?)' } });
                continue;
            }
            if (st.size > maxBytes) {
                checks.push({ name: 'secret-scan', target: rel, outcome: 'skipped', details: { reason: `not checked: larger than max-file-mb (${c['max-file-mb']} MiB); raise gates.secrets.max-file-mb or exclude it`, notChecked: true, bytes: st.size } });
                ctx.logger.warning(`secrets: ${rel} (${st.size} bytes) is larger than max-file-mb and was not scanned`);
                continue;
            }
            const buf = await (0,promises_.readFile)(abs);
            if (isBinary(buf)) {
                checks.push({ name: 'secret-scan', target: rel, outcome: 'skipped', details: { reason: 'binary file' } });
                continue;
            }
            const text = buf.toString('utf8');
            // In a notebook's JSON, code and outputs are JSON strings: `key = \"value\"`. Turning each
            // escaped quote into space + quote keeps every offset and line, and lets the rules that
            // expect quotes around a value see them.
            const view = rel.endsWith('.ipynb') ? text.replaceAll('\\"', ' "') : text;
            let hits;
            try {
                hits = (await (0,scan.scanText)(view, rel)).filter((h) => !disabled.has(h.ruleId));
            }
            catch (e) {
                errors.push(`secretlint failed on ${rel}: ${(0,engine_errors/* errorMessage */.gJ)(e)}`);
                checks.push({ name: 'secret-scan', target: rel, outcome: 'error', details: { reason: (0,engine_errors/* errorMessage */.gJ)(e) } });
                continue;
            }
            const cellAt = rel.endsWith('.ipynb') && hits.length ? (0,notebook/* notebookCellLocator */.km)(text) : null;
            for (const h of hits) {
                hideSecret(ctx, h.secret, h.alsoMask);
                const cell = cellAt?.(h.line);
                const where = cell ? ` (cell ${cell.number}${cell.id ? ` id ${cell.id}` : ''}${cell.part === 'outputs' ? ' output' : cell.part === 'source' ? ' source' : ''})` : '';
                const extra = cell ? { notebookCell: cell.number, notebookCellId: cell.id, notebookPart: cell.part } : {};
                const made = makeFinding(h, rel, h.line, where, extra);
                inTree.add(made.hash);
                findings.push(made.finding);
            }
            checks.push({ name: 'secret-scan', target: rel, outcome: hits.length ? 'fail' : 'pass', details: { findings: hits.length } });
        }
        // 2. Every line the pull request adds, commit by commit.
        if (ctx.pullRequest && c['pr-commits']) {
            const pr = ctx.pullRequest;
            if (!repo) {
                errors.push(`pull request #${pr.number}: the workspace is not a git repository, so the lines its commits add cannot be read; check the repository out with actions/checkout (fetch-depth: 0), or set gates.secrets.pr-commits: false`);
                checks.push({ name: 'pr-commits', target: `#${pr.number}`, outcome: 'error', details: { reason: 'not a git repository' } });
            }
            else {
                try {
                    const history = await pullRequestAdditions(ctx, pr);
                    const reported = new Set();
                    let scannedLines = 0;
                    for (const chunk of history.chunks) {
                        if (excludedInPr(chunk.path))
                            continue;
                        scannedLines += chunk.lines.length;
                        const hits = (await (0,scan.scanText)(chunk.lines.join('\n'), chunk.path)).filter((h) => !disabled.has(h.ruleId));
                        for (const h of hits) {
                            hideSecret(ctx, h.secret, h.alsoMask);
                            const hash = (0,scan/* secretHash */.L)(h.secret);
                            // Still in the files: already reported there, at its current line.
                            if (inTree.has(hash) || reported.has(`${hash}:${chunk.path}`))
                                continue;
                            reported.add(`${hash}:${chunk.path}`);
                            const line = chunk.startLine + h.line - 1;
                            const made = makeFinding(h, chunk.path, line, ` (added by commit ${chunk.commit.slice(0, 12)} of this pull request, and no longer in the files: it stays in the branch history)`, { commit: chunk.commit, source: 'pull-request-commit' });
                            findings.push(made.finding);
                        }
                    }
                    checks.push({ name: 'pr-commits', target: `#${pr.number}`, outcome: reported.size ? 'fail' : 'pass', details: { commits: history.commits.length, addedLines: scannedLines, mergeBase: history.mergeBase, foundOnlyInHistory: reported.size } });
                }
                catch (e) {
                    errors.push(`pull request #${pr.number}: ${(0,engine_errors/* errorMessage */.gJ)(e)}`);
                    checks.push({ name: 'pr-commits', target: `#${pr.number}`, outcome: 'error', details: { reason: (0,engine_errors/* errorMessage */.gJ)(e) } });
                }
            }
        }
        else {
            checks.push({ name: 'pr-commits', target: '.', outcome: 'skipped', details: { reason: ctx.pullRequest ? 'pr-commits: false' : 'not a pull request' } });
        }
        // 3. A gitleaks report, when configured.
        if (c['gitleaks-report']) {
            const rel = c['gitleaks-report'];
            try {
                const abs = await (0,paths/* realInside */.he)(ctx.workspace, rel, 'gates.secrets.gitleaks-report').catch((e) => {
                    if (e.code === 'ENOENT')
                        throw new engine_errors/* ToolError */.v4('INPUT', `gates.secrets.gitleaks-report: "${rel}" does not exist; run gitleaks with --report-format json --report-path ${rel} before this step`);
                    throw e;
                });
                const leaks = parseGitleaks(await (0,promises_.readFile)(abs, 'utf8'), ctx.workspace);
                const known = new Set(findings.map((f) => `${f.location.path}\u0000${f.fingerprintKey}`));
                let added = 0;
                for (const l of leaks) {
                    if (l.secret)
                        hideSecret(ctx, l.secret);
                    if (disabled.has(l.finding.ruleId))
                        continue;
                    // The same secret in the same file found by secretlint too: one finding.
                    if (known.has(`${l.finding.location.path}\u0000${l.finding.fingerprintKey}`))
                        continue;
                    findings.push(l.finding);
                    added++;
                }
                checks.push({ name: 'gitleaks-report', target: rel, outcome: leaks.length ? 'fail' : 'pass', details: { leaks: leaks.length, added } });
            }
            catch (e) {
                errors.push(`gitleaks report ${rel}: ${(0,engine_errors/* errorMessage */.gJ)(e)}`);
                checks.push({ name: 'gitleaks-report', target: rel, outcome: 'error', details: { reason: (0,engine_errors/* errorMessage */.gJ)(e) } });
            }
        }
        const scanned = checks.filter((x) => x.name === 'secret-scan' && x.outcome !== 'skipped').length;
        // A file too large to read is said in the summary line, never counted as clean.
        const tooLarge = checks.filter((x) => x.name === 'secret-scan' && x.details.notChecked);
        const notChecked = tooLarge.length ? `; NOT checked: ${tooLarge.length} file${tooLarge.length === 1 ? '' : 's'} larger than max-file-mb (${tooLarge.slice(0, 3).map((x) => x.target).join(', ')}${tooLarge.length > 3 ? ', ...' : ''})` : '';
        // Files not in the repository yet (a run before `git add`) are not scanned; the summary says so.
        const notAdded = untracked.length ? `; ${untracked.length} untracked file${untracked.length === 1 ? '' : 's'} not scanned (not in the repository yet: git add ${untracked.length === 1 ? 'it' : 'them'} to scan ${untracked.length === 1 ? 'it' : 'them'}: ${untracked.slice(0, 3).join(', ')}${untracked.length > 3 ? ', ...' : ''})` : '';
        const summary = errors.length ? undefined : `${findings.length} secret${findings.length === 1 ? '' : 's'} found in ${scanned} file${scanned === 1 ? '' : 's'}${ctx.pullRequest && c['pr-commits'] ? ' and the pull request\'s commits' : ''}${notChecked}${notAdded}`;
        return { findings, checks, errors, tool: { name: 'secretlint', version: package_namespaceObject.rE }, ...(summary ? { summary } : {}) };
    }
};


/***/ }),

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


/***/ }),

/***/ 40743:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _q: () => (/* binding */ normaliseToolPath),
/* harmony export */   _x: () => (/* binding */ parseJsonWith),
/* harmony export */   xJ: () => (/* binding */ validateWith)
/* harmony export */ });
/* harmony import */ var _engine_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(17679);

/** Parses JSON text and validates it; errors name the tool and the first offending path. */
function parseJsonWith(schema, text, what) {
    if (text.trim() === '')
        throw new _engine_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ParseError */ .mB(`${what}: the report is empty`);
    let data;
    try {
        data = JSON.parse(text);
    }
    catch (e) {
        throw new _engine_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ParseError */ .mB(`${what}: the report is not valid JSON (${e.message}); first bytes: ${JSON.stringify(text.slice(0, 80))}`);
    }
    return validateWith(schema, data, what);
}
function validateWith(schema, data, what) {
    const r = schema.safeParse(data);
    if (!r.success) {
        const issue = r.error.issues[0];
        const at = issue.path.length ? issue.path.map(String).join('.') : '(top level)';
        throw new _engine_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ParseError */ .mB(`${what}: unexpected report shape at ${at}: ${issue.message}`);
    }
    return r.data;
}
/** A tool's file path as a workspace-relative, forward-slash path. */
function normaliseToolPath(p, workspace) {
    let s = p.replace(/\\/g, '/');
    if (workspace) {
        const ws = workspace.replace(/\\/g, '/').replace(/\/+$/, '') + '/';
        if (s.startsWith(ws))
            s = s.slice(ws.length);
    }
    while (s.startsWith('./'))
        s = s.slice(2);
    return s;
}


/***/ }),

/***/ 3282:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   V5: () => (/* binding */ MAX_NOTEBOOK_BYTES),
/* harmony export */   fJ: () => (/* binding */ parseNotebook),
/* harmony export */   km: () => (/* binding */ notebookCellLocator)
/* harmony export */ });
/* harmony import */ var jsonc_parser__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(99547);
/* harmony import */ var jsonc_parser__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(jsonc_parser__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _engine_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(17679);
/* harmony import */ var _engine_text_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(61655);
/**
 * Jupyter notebooks as the scanners see them: the JSON parsed with positions kept, so that each
 * code cell's source line maps back to its line in the file, and any line of the file maps to the
 * cell (source or outputs) it is in. Shared by the code gate (bandit and the rules on cell code) and
 * the secrets gate (which cell a secret is in); a notebook is never executed.
 */



/** Largest notebook read (bytes): notebooks carry outputs (images), so this is larger than for .py. */
const MAX_NOTEBOOK_BYTES = 50 * 1024 * 1024;
const lineOf = (starts, offset) => (0,_engine_text_js__WEBPACK_IMPORTED_MODULE_2__/* .positionAt */ .t$)(starts, offset).line;
function prop(node, key) {
    if (node?.type !== 'object')
        return undefined;
    for (const p of node.children ?? []) {
        const [k, v] = p.children ?? [];
        if (k?.value === key)
            return v;
    }
    return undefined;
}
/** Parses a notebook's JSON (nbformat 4, and 3's worksheets) keeping where each source line is. */
function parseNotebook(text, where) {
    const errors = [];
    const root = (0,jsonc_parser__WEBPACK_IMPORTED_MODULE_0__.parseTree)(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
    if (errors.length || !root) {
        const e = errors[0];
        const at = e ? ` at line ${lineOf((0,_engine_text_js__WEBPACK_IMPORTED_MODULE_2__/* .lineStarts */ ._$)(text), e.offset)}: ${(0,jsonc_parser__WEBPACK_IMPORTED_MODULE_0__.printParseErrorCode)(e.error)}` : '';
        throw new _engine_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ParseError */ .mB(`${where} is not valid notebook JSON${at}`);
    }
    if (root.type !== 'object')
        throw new _engine_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ParseError */ .mB(`${where}: a notebook is a JSON object, found ${root.type}`);
    const starts = (0,_engine_text_js__WEBPACK_IMPORTED_MODULE_2__/* .lineStarts */ ._$)(text);
    const meta = prop(root, 'metadata');
    const lang = prop(prop(meta, 'kernelspec'), 'language')?.value ?? prop(prop(meta, 'language_info'), 'name')?.value;
    const language = typeof lang === 'string' && lang ? lang.toLowerCase() : 'python';
    let cellNodes;
    let sourceKey = 'source';
    const cells = prop(root, 'cells');
    if (cells) {
        if (cells.type !== 'array')
            throw new _engine_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ParseError */ .mB(`${where}: "cells" is not an array`);
        cellNodes = cells.children ?? [];
    }
    else {
        const sheets = prop(root, 'worksheets');
        if (sheets?.type !== 'array')
            throw new _engine_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ParseError */ .mB(`${where}: no "cells" (nbformat 4) or "worksheets" (nbformat 3) array; is this a Jupyter notebook?`);
        cellNodes = (sheets.children ?? []).flatMap((s) => prop(s, 'cells')?.children ?? []);
        sourceKey = 'input';
    }
    const codeCells = [];
    cellNodes.forEach((cell, i) => {
        if (prop(cell, 'cell_type')?.value !== 'code')
            return;
        const src = prop(cell, sourceKey);
        const idValue = prop(cell, 'id')?.value;
        const out = { number: i + 1, id: typeof idValue === 'string' ? idValue : null, lines: [], jsonLines: [] };
        const pieces = src?.type === 'array' ? (src.children ?? []) : src ? [src] : [];
        let pending = '';
        let pendingLine = 0;
        for (const piece of pieces) {
            if (piece.type !== 'string')
                throw new _engine_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ParseError */ .mB(`${where}: cell ${i + 1} has a non-string source entry`);
            const jsonLine = lineOf(starts, piece.offset);
            const parts = piece.value.split('\n');
            parts.forEach((part, k) => {
                if (k === 0 && pending !== '') {
                    pending += part;
                }
                else {
                    pending = part;
                    pendingLine = jsonLine;
                }
                if (k < parts.length - 1) {
                    out.lines.push(pending.endsWith('\r') ? pending.slice(0, -1) : pending);
                    out.jsonLines.push(pendingLine);
                    pending = '';
                }
            });
        }
        if (pending !== '') {
            out.lines.push(pending);
            out.jsonLines.push(pendingLine);
        }
        codeCells.push(out);
    });
    return { language, codeCells };
}
/**
 * For a notebook's JSON text, a function from a 1-based JSON line to the cell it is in (null
 * outside cells, or when the text is not a notebook). Used to say "cell 4 output" for a secret.
 */
function notebookCellLocator(text) {
    const root = (0,jsonc_parser__WEBPACK_IMPORTED_MODULE_0__.parseTree)(text, [], { disallowComments: true });
    const cells = prop(root, 'cells');
    if (!root || cells?.type !== 'array')
        return () => null;
    const starts = (0,_engine_text_js__WEBPACK_IMPORTED_MODULE_2__/* .lineStarts */ ._$)(text);
    const span = (n) => (n ? [lineOf(starts, n.offset), lineOf(starts, n.offset + n.length)] : null);
    const table = (cells.children ?? []).map((cell, i) => {
        const idValue = prop(cell, 'id')?.value;
        const typeValue = prop(cell, 'cell_type')?.value;
        return { number: i + 1, id: typeof idValue === 'string' ? idValue : null, cellType: typeof typeValue === 'string' ? typeValue : 'unknown', all: span(cell), source: span(prop(cell, 'source')), outputs: span(prop(cell, 'outputs')) };
    });
    return (line) => {
        const c = table.find((t) => line >= t.all[0] && line <= t.all[1]);
        if (!c)
            return null;
        const inside = (s) => !!s && line >= s[0] && line <= s[1];
        return { number: c.number, id: c.id, cellType: c.cellType, part: inside(c.source) ? 'source' : inside(c.outputs) ? 'outputs' : 'other' };
    };
}


/***/ })

};
