export const id = 104;
export const ids = [104];
export const modules = {

/***/ 22104:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  approvalGate: () => (/* binding */ approvalGate),
  runApproval: () => (/* binding */ runApproval)
});

;// CONCATENATED MODULE: ./src/github/rest.ts
/**
 * A small GitHub REST client for gates that read the API (the approval gate): plain fetch, JSON,
 * pagination by the Link header, and retries that respect GitHub's rate limits:
 *
 * - 429, and 403 with `retry-after` or `x-ratelimit-remaining: 0` (secondary and primary rate
 *   limits): wait as long as `retry-after` (seconds) or `x-ratelimit-reset` say, then retry;
 * - 500, 502, 503, 504 and network errors: retry with a growing pause;
 * - a wait longer than `maxWaitMs`, or more than `retries` retries, ends in a RestError that says so.
 *
 * Every request shares one deadline (`signal`). Errors carry the status and GitHub's message, so the
 * caller can tell "not found" (404) from "not allowed" (403) and say what to do.
 */
class RestError extends Error {
    status;
    path;
    constructor(status, path, message) {
        super(message);
        this.status = status;
        this.path = path;
        this.name = 'RestError';
    }
}
const RETRY_STATUS = new Set([500, 502, 503, 504]);
function defaultSleep(ms, signal) {
    return new Promise((resolve, reject) => {
        const t = setTimeout(resolve, ms);
        signal?.addEventListener('abort', () => {
            clearTimeout(t);
            reject(signal.reason instanceof Error ? signal.reason : new Error('aborted'));
        }, { once: true });
    });
}
/** How long GitHub asks us to wait, or null when the answer is not a rate limit. */
function rateLimitWait(status, headers, now) {
    const retryAfter = headers.get('retry-after');
    if (status === 429 || status === 403 || RETRY_STATUS.has(status)) {
        if (retryAfter !== null) {
            const secs = Number(retryAfter);
            if (Number.isFinite(secs) && secs >= 0)
                return secs * 1000;
            const date = Date.parse(retryAfter);
            if (!Number.isNaN(date))
                return Math.max(0, date - now);
        }
    }
    if ((status === 429 || status === 403) && headers.get('x-ratelimit-remaining') === '0') {
        const reset = Number(headers.get('x-ratelimit-reset'));
        if (Number.isFinite(reset) && reset > 0)
            return Math.max(0, reset * 1000 - now) + 1000;
    }
    if (status === 429)
        return 60_000;
    return null;
}
function nextLink(headers) {
    const link = headers.get('link');
    if (!link)
        return null;
    for (const part of link.split(',')) {
        const m = /<([^>]+)>\s*;\s*rel="?next"?/.exec(part);
        if (m)
            return m[1];
    }
    return null;
}
class RestClient {
    opts;
    /** Requests sent, retries included (for the report). */
    requests = 0;
    constructor(opts) {
        this.opts = {
            retries: 4,
            maxWaitMs: 60_000,
            maxPages: 50,
            sleep: (ms) => defaultSleep(ms, opts.signal),
            now: () => Date.now(),
            fetch: globalThis.fetch,
            ...opts,
            baseUrl: opts.baseUrl.replace(/\/+$/, '')
        };
    }
    url(path, query) {
        if (/^https?:\/\//.test(path)) {
            // Only follow links back to the same API (pagination), never elsewhere.
            if (!path.startsWith(this.opts.baseUrl + '/'))
                throw new RestError(0, path, `refused to follow a link outside ${this.opts.baseUrl}: ${path}`);
            return path;
        }
        const u = new URL(this.opts.baseUrl + path);
        for (const [k, v] of Object.entries(query ?? {}))
            u.searchParams.set(k, String(v));
        return u.toString();
    }
    async get(path, query) {
        const url = this.url(path, query);
        const label = path.split('?')[0].replace(this.opts.baseUrl, '');
        let attempt = 0;
        for (;;) {
            let res;
            try {
                this.requests++;
                res = await this.opts.fetch(url, {
                    headers: {
                        accept: 'application/vnd.github+json',
                        authorization: `Bearer ${this.opts.token}`,
                        'x-github-api-version': '2022-11-28',
                        'user-agent': 'ai-secure-gates'
                    },
                    signal: this.opts.signal
                });
            }
            catch (e) {
                if (this.opts.signal?.aborted)
                    throw new RestError(0, label, `GET ${label}: stopped (time limit reached)`);
                if (attempt++ < this.opts.retries) {
                    await this.opts.sleep(1000 * 2 ** attempt);
                    continue;
                }
                throw new RestError(0, label, `GET ${label}: network error, GitHub's API was not reached (${e instanceof Error ? e.message : String(e)})`);
            }
            const text = await res.text();
            let data;
            try {
                data = text ? JSON.parse(text) : null;
            }
            catch {
                data = text;
            }
            if (res.ok)
                return { status: res.status, data: data, headers: res.headers };
            const message = typeof data?.message === 'string' ? data.message : `HTTP ${res.status}`;
            const wait = rateLimitWait(res.status, res.headers, this.opts.now());
            const retryable = wait !== null || RETRY_STATUS.has(res.status);
            if (retryable && attempt < this.opts.retries) {
                const ms = wait ?? 1000 * 2 ** attempt;
                if (ms > this.opts.maxWaitMs) {
                    throw new RestError(res.status, label, `GET ${label}: HTTP ${res.status} (${message}); GitHub asks to wait ${Math.ceil(ms / 1000)} s, longer than the ${Math.round(this.opts.maxWaitMs / 1000)} s allowed: re-run the job later`);
                }
                attempt++;
                await this.opts.sleep(ms);
                continue;
            }
            const tries = attempt ? ` after ${attempt + 1} attempts` : '';
            throw new RestError(res.status, label, `GET ${label}: HTTP ${res.status} (${message})${tries}`);
        }
    }
    /** Every item of a list endpoint, following Link rel="next" (100 per page), up to maxPages. */
    async paginate(path, query = {}) {
        const items = [];
        let next = this.url(path, { per_page: 100, ...query });
        let pages = 0;
        while (next) {
            if (pages >= this.opts.maxPages)
                return { items, pages, truncated: true };
            const r = await this.get(next);
            if (!Array.isArray(r.data))
                throw new RestError(r.status, path, `GET ${path}: expected a list, got ${typeof r.data}`);
            items.push(...r.data);
            pages++;
            next = nextLink(r.headers);
        }
        return { items, pages, truncated: false };
    }
}

;// CONCATENATED MODULE: ./src/scanners/codeowners.ts
/**
 * CODEOWNERS as GitHub reads it (docs: "About code owners"): gitignore-style patterns without `!`
 * negation and without `[ ]` character ranges (brackets are literal), case-sensitive, and the LAST
 * matching line wins. A line with a pattern and no owners makes its paths unowned.
 *
 * Where GitHub's rules differ from gitignore's, GitHub's apply:
 * - `docs/*` matches the direct children of docs/ only (a lone `*` as the last segment of a
 *   multi-segment pattern does not reach into subfolders);
 * - any other pattern that matches a folder also matches everything below it (`apps/`, `/build`,
 *   `foo/<star>/baz`, `f<star>`);
 * - a pattern without a slash, or with a trailing slash only, matches at any depth; a leading slash
 *   or a slash in the middle anchors it at the repository root.
 *
 * Lines GitHub would reject (negation, `***`, an owner that is neither `@user`, `@org/team` nor an
 * e-mail address) are reported with their line number; GitHub skips them, so the matcher does too.
 * Pure: text in, rules out. Tested on hmarr/codeowners' MIT-licensed pattern corpus.
 */
/** Where GitHub looks on the base branch, first found wins. */
const CODEOWNERS_LOCATIONS = ['.github/CODEOWNERS', 'CODEOWNERS', 'docs/CODEOWNERS'];
/** GitHub ignores a CODEOWNERS file larger than this. */
const CODEOWNERS_MAX_BYTES = 3 * 1024 * 1024;
class PatternError extends Error {
}
const USER = /^@([A-Za-z0-9](?:[A-Za-z0-9_-]{0,38}))$/;
const TEAM = /^@([A-Za-z0-9](?:[A-Za-z0-9-]{0,38}))\/([A-Za-z0-9_.-]+)$/;
const EMAIL = /^[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}$/;
function escapeRegex(s) {
    return s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}
/** One path segment of a pattern (no slashes) as a regular expression over one path segment. */
function segmentRegex(seg) {
    let out = '';
    for (let i = 0; i < seg.length; i++) {
        const ch = seg[i];
        if (ch === '\\') {
            // A backslash escapes the next character (`f\*o` matches the literal name f*o).
            i++;
            if (i < seg.length)
                out += escapeRegex(seg[i]);
            continue;
        }
        if (ch === '*') {
            // `**` inside a segment (`a**b`) is an ordinary star, as in gitignore.
            while (seg[i + 1] === '*')
                i++;
            out += '[^/]*';
        }
        else if (ch === '?')
            out += '[^/]';
        else
            out += escapeRegex(ch);
    }
    return out;
}
/**
 * Compiles one CODEOWNERS pattern to a predicate over repository-relative paths (forward slashes,
 * no leading slash). Throws PatternError for a pattern GitHub rejects.
 */
function compilePattern(pattern) {
    if (pattern === '')
        throw new PatternError('empty pattern');
    if (pattern.startsWith('!'))
        throw new PatternError('negation patterns (a leading "!") are not supported by GitHub CODEOWNERS');
    if (pattern.includes('***'))
        throw new PatternError('a pattern cannot contain three consecutive asterisks');
    if (pattern === '/')
        return () => false;
    let segs = pattern.split('/');
    const anchored = segs[0] === '';
    if (anchored)
        segs = segs.slice(1);
    const trailingSlash = segs.length > 1 && segs[segs.length - 1] === '';
    if (trailingSlash)
        segs = segs.slice(0, -1);
    if (segs.some((s) => s === ''))
        throw new PatternError('a pattern cannot contain an empty segment ("//")');
    // No slash except a trailing one: matches at any depth.
    const anyDepth = !anchored && segs.length === 1;
    let re = anyDepth && segs[0] !== '**' ? '(?:.*/)?' : '';
    segs.forEach((seg, i) => {
        const last = i === segs.length - 1;
        if (seg === '**') {
            if (segs.length === 1)
                re += '.+';
            else if (i === 0)
                re += '(?:.*/)?';
            else if (last)
                re += '/.*';
            else
                re += '(?:/.*)?/';
            return;
        }
        if (i > 0 && segs[i - 1] !== '**')
            re += '/';
        if (seg === '*') {
            // A lone star is one whole segment. As the last one it does not reach below: `docs/*` is
            // the direct children of docs/ only (GitHub), and `/*` the files at the root.
            re += '[^/]+';
            if (last)
                re += trailingSlash ? '/.+' : '';
            return;
        }
        re += segmentRegex(seg);
        if (last)
            re += trailingSlash ? '/.+' : '(?:/.*)?';
    });
    const rx = new RegExp(`^${re}$`, 's');
    return (path) => rx.test(path);
}
/** Splits a line into whitespace-separated tokens; `\ ` is an escaped space inside a pattern. */
function tokens(line) {
    const out = [];
    let cur = '';
    let inToken = false;
    for (let i = 0; i < line.length; i++) {
        const ch = line[i];
        if (ch === '\\' && i + 1 < line.length && /\s/.test(line[i + 1])) {
            cur += '\\' + line[i + 1];
            i++;
            inToken = true;
            continue;
        }
        if (/\s/.test(ch)) {
            if (inToken)
                out.push(cur);
            cur = '';
            inToken = false;
            continue;
        }
        // A `#` that starts a token after the pattern begins a comment.
        if (ch === '#' && !inToken && out.length > 0)
            break;
        cur += ch;
        inToken = true;
    }
    if (inToken)
        out.push(cur);
    return out;
}
function parseOwner(text) {
    let m = TEAM.exec(text);
    if (m)
        return { kind: 'team', org: m[1], slug: m[2], text };
    m = USER.exec(text);
    if (m)
        return { kind: 'user', login: m[1], text };
    if (EMAIL.test(text))
        return { kind: 'email', email: text, text };
    return null;
}
function parseCodeowners(text, file = 'CODEOWNERS') {
    const rules = [];
    const problems = [];
    const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
    lines.forEach((raw, idx) => {
        const line = idx + 1;
        const trimmed = raw.trim();
        if (!trimmed || trimmed.startsWith('#'))
            return;
        const [pattern, ...ownerTexts] = tokens(trimmed);
        const problem = (message) => problems.push({ line, text: raw.slice(0, 200), message });
        let matches;
        try {
            matches = compilePattern(pattern);
        }
        catch (e) {
            problem(`invalid pattern "${pattern}": ${e.message}`);
            return;
        }
        const owners = [];
        for (const o of ownerTexts) {
            const owner = parseOwner(o);
            if (!owner) {
                problem(`invalid owner "${o}": an owner is @username, @org/team-name or an e-mail address`);
                return;
            }
            owners.push(owner);
        }
        rules.push({ line, pattern, owners, matches });
    });
    return { file, rules, problems };
}
/** The rule that decides a path's owners (the last matching line), or null when no line matches. */
function ruleFor(co, path) {
    const p = path.replace(/^\/+/, '');
    for (let i = co.rules.length - 1; i >= 0; i--)
        if (co.rules[i].matches(p))
            return co.rules[i];
    return null;
}

// EXTERNAL MODULE: ./src/gates/approval/config.ts
var config = __webpack_require__(72818);
;// CONCATENATED MODULE: ./src/gates/approval/github.ts
/**
 * What the approval gate reads from GitHub's REST API, each call turned into plain data or an
 * error that says what to do. Team membership is the delicate one: GITHUB_TOKEN cannot read it, and
 * GitHub answers 404 both for "not a member" and for "you may not see this team". A 404 on the
 * membership is therefore followed by a look at the team itself: if the team is not visible either,
 * the answer is "cannot see", never "not a member".
 */


const enc = encodeURIComponent;
async function getPull(api, r, number) {
    const { data: p } = await api.get(`/repos/${enc(r.owner)}/${enc(r.repo)}/pulls/${number}`);
    return {
        number,
        author: p?.user?.login ?? 'ghost',
        headSha: String(p?.head?.sha ?? ''),
        headRef: String(p?.head?.ref ?? ''),
        headRepo: p?.head?.repo?.full_name ?? null,
        baseRef: String(p?.base?.ref ?? ''),
        baseSha: String(p?.base?.sha ?? ''),
        changedFiles: typeof p?.changed_files === 'number' ? p.changed_files : -1,
        state: String(p?.state ?? '')
    };
}
/** The API lists at most 3,000 files of a pull request. */
const FILES_API_CAP = 3000;
async function listFiles(api, r, number) {
    const { items } = await api.paginate(`/repos/${enc(r.owner)}/${enc(r.repo)}/pulls/${number}/files`);
    const out = new Set();
    for (const f of items) {
        out.add(f.filename);
        // A rename changes both places: the old path's owners see it too.
        if (f.previous_filename)
            out.add(f.previous_filename);
    }
    return [...out];
}
async function listReviews(api, r, number) {
    const { items, pages, truncated } = await api.paginate(`/repos/${enc(r.owner)}/${enc(r.repo)}/pulls/${number}/reviews`);
    if (truncated)
        throw new RestError(0, 'reviews', `the pull request has more than ${items.length} reviews; the gate stops there rather than count from a partial history`);
    return { reviews: items, pages };
}
/** CODEOWNERS of a commit (the base branch's), where GitHub looks for it, first found wins. */
async function readCodeowners(api, r, ref) {
    for (const file of CODEOWNERS_LOCATIONS) {
        try {
            const { data } = await api.get(`/repos/${enc(r.owner)}/${enc(r.repo)}/contents/${file.split('/').map(enc).join('/')}`, { ref });
            if (Array.isArray(data) || data?.type !== 'file')
                continue;
            if (typeof data.size === 'number' && data.size > CODEOWNERS_MAX_BYTES) {
                throw new RestError(0, file, `${file} on the base branch is ${data.size} bytes; GitHub ignores a CODEOWNERS file over 3 MB, so no file has code owners`);
            }
            if (data.encoding !== 'base64' || typeof data.content !== 'string') {
                throw new RestError(0, file, `${file} on the base branch came back without its content (encoding "${data.encoding}")`);
            }
            return { file, text: Buffer.from(data.content, 'base64').toString('utf8') };
        }
        catch (e) {
            if (e instanceof RestError && e.status === 404)
                continue;
            throw e;
        }
    }
    return null;
}
/**
 * Whether `login` is an active member of org/slug. `cannot-see` when the token cannot read the team
 * (404 on the team itself, or 403): the caller says which token to pass.
 */
async function teamMembership(api, org, slug, login) {
    try {
        const { data } = await api.get(`/orgs/${enc(org)}/teams/${enc(slug)}/memberships/${enc(login)}`);
        return data?.state === 'active' ? 'member' : 'pending';
    }
    catch (e) {
        if (!(e instanceof RestError) || (e.status !== 404 && e.status !== 403))
            throw e;
        if (e.status === 403)
            return 'cannot-see';
    }
    // 404: not a member, or a team this token cannot see. Ask for the team itself to tell them apart.
    try {
        await api.get(`/orgs/${enc(org)}/teams/${enc(slug)}`);
        return 'not-member';
    }
    catch (e) {
        if (e instanceof RestError && (e.status === 404 || e.status === 403))
            return 'cannot-see';
        throw e;
    }
}
/** The reviewer's permission on the repository now: admin, maintain, write, triage, read or none. */
async function permissionOf(api, r, login) {
    try {
        const { data } = await api.get(`/repos/${enc(r.owner)}/${enc(r.repo)}/collaborators/${enc(login)}/permission`);
        return String(data?.permission ?? 'none');
    }
    catch (e) {
        // 404: not a collaborator (any more), or the account is gone.
        if (e instanceof RestError && e.status === 404)
            return 'none';
        throw e;
    }
}
const WRITE_ROLES = new Set(['admin', 'maintain', 'write']);
/** Who pushed the head commit, from the head repository's activity list; null when not listed. */
async function lastPusher(api, headRepo, headRef, headSha) {
    const [owner, repo] = headRepo.split('/');
    const { data } = await api.get(`/repos/${enc(owner)}/${enc(repo)}/activity`, { ref: `refs/heads/${headRef}`, per_page: 100 });
    const hit = (Array.isArray(data) ? data : []).find((a) => a?.after === headSha && a?.actor?.login);
    return hit ? String(hit.actor.login) : null;
}
/**
 * The lines of CODEOWNERS GitHub itself could not use at `ref` (invalid pattern, invalid owner,
 * unknown owner: a user or team that does not exist or has no write access). null when the token
 * cannot ask (the gate's own parser still checks the syntax).
 */
async function codeownersErrors(api, r, ref) {
    try {
        const { data } = await api.get(`/repos/${enc(r.owner)}/${enc(r.repo)}/codeowners/errors`, { ref });
        const list = Array.isArray(data?.errors) ? data.errors : [];
        return list.map((e) => ({ line: Number(e?.line) || 0, kind: String(e?.kind ?? 'error'), message: String(e?.message ?? e?.kind ?? ''), path: String(e?.path ?? '') }));
    }
    catch (e) {
        if (e instanceof RestError && (e.status === 403 || e.status === 404))
            return null;
        throw e;
    }
}

;// CONCATENATED MODULE: ./src/gates/approval/reviews.ts
/**
 * Which reviews are approvals that count. GitHub's reviews list is the history of a pull request:
 * each reviewer's LATEST review that is not a comment decides (an APPROVED later followed by
 * CHANGES_REQUESTED is not an approval; a dismissed approval has state DISMISSED and does not
 * count). Then the exclusions: the pull request's author, optionally the last pusher, optionally
 * approvals of an older commit. Pure: the reviews and the pull request in, one row per reviewer out.
 */
const DECIDING = new Set(['APPROVED', 'CHANGES_REQUESTED', 'DISMISSED']);
function latestStates(reviews, opts) {
    const latest = new Map();
    reviews.forEach((r, order) => {
        if (!DECIDING.has(r.state))
            return; // COMMENTED and PENDING never change the decision
        const key = (r.user?.login ?? `ghost#${r.id}`).toLowerCase();
        const prev = latest.get(key);
        // The API lists reviews oldest first; submitted_at decides when both have it.
        const newer = !prev || compare(r, order, prev.review, prev.order) > 0;
        if (newer)
            latest.set(key, { review: r, order });
    });
    const out = [];
    for (const { review } of latest.values()) {
        const reviewer = review.user?.login ?? 'ghost';
        const row = {
            reviewer,
            state: review.state,
            commitId: review.commit_id,
            submittedAt: review.submitted_at ?? null,
            reviewId: review.id,
            counted: false,
            reason: null
        };
        if (review.state === 'DISMISSED')
            row.reason = 'approval dismissed';
        else if (review.state === 'CHANGES_REQUESTED')
            row.reason = 'changes requested (latest review)';
        else if (!review.user)
            row.reason = 'the account was deleted';
        else if (same(reviewer, opts.author))
            row.reason = 'author of the pull request';
        else if (opts.lastPusher && same(reviewer, opts.lastPusher))
            row.reason = 'pushed the head commit (exclude-last-pusher)';
        else if (opts.headCommitOnly && review.commit_id !== opts.headSha)
            row.reason = `approved an older commit ${reviews_short(review.commit_id)} (head-commit-only)`;
        else
            row.counted = true;
        out.push(row);
    }
    return out.sort((a, b) => (a.submittedAt ?? '').localeCompare(b.submittedAt ?? '') || a.reviewer.localeCompare(b.reviewer));
}
function compare(a, ao, b, bo) {
    const at = a.submitted_at ? Date.parse(a.submitted_at) : NaN;
    const bt = b.submitted_at ? Date.parse(b.submitted_at) : NaN;
    if (!Number.isNaN(at) && !Number.isNaN(bt) && at !== bt)
        return at - bt;
    return ao - bo;
}
function same(a, b) {
    return a.toLowerCase() === b.toLowerCase();
}
function reviews_short(sha) {
    return sha ? sha.slice(0, 7) : '(none)';
}

// EXTERNAL MODULE: ./node_modules/picomatch/index.js
var picomatch = __webpack_require__(14006);
var picomatch_default = /*#__PURE__*/__webpack_require__.n(picomatch);
;// CONCATENATED MODULE: ./src/gates/approval/rules.ts
/**
 * The approval rules over one pull request: which rules apply (a changed file matches its paths),
 * who may approve for each (code owners of each file, named users, team members, anyone), and
 * whether enough of the counted approvals come from them. With from: codeowners each CODEOWNERS
 * line that owns a changed file is a requirement of its own (every owned file needs its owners'
 * approval, as GitHub's code-owner review does).
 */



function ruleName(r) {
    return r.name ?? r.paths.join(', ');
}
async function qualifies(login, users, teams, membership, undecided) {
    if (users.some((u) => same(u, login)))
        return true;
    let unknown = null;
    for (const t of teams) {
        const m = await membership(t, login);
        if (m === 'member')
            return true;
        if (m === 'cannot-see')
            unknown ??= t;
    }
    if (unknown)
        undecided.push({ reviewer: login, team: unknown });
    return false;
}
async function requirement(rule, from, files, needed, approvers, users, teams, membership, anyone = false) {
    const approvedBy = [];
    const undecided = [];
    for (const a of approvers)
        if (anyone || (await qualifies(a, users, teams, membership, undecided)))
            approvedBy.push(a);
    return { rule, from, files, needed, approvedBy, undecided, unsatisfiable: null, satisfied: approvedBy.length >= needed };
}
function ownersText(owners) {
    return owners.map((o) => o.text).join(' ');
}
async function evaluateRules(rules, changed, codeowners, approvers, membership, unowned) {
    const out = [];
    for (const r of rules) {
        const name = ruleName(r);
        const isMatch = picomatch_default()(r.paths, { dot: true });
        const files = changed.filter((f) => isMatch(f));
        const outcome = { name, paths: r.paths, applies: files.length > 0, requirements: [] };
        out.push(outcome);
        if (!files.length)
            continue;
        if (r.from === 'anyone') {
            outcome.requirements.push(await requirement(name, 'anyone with write access', files, r.approvals, approvers, [], [], membership, true));
        }
        else if (r.from === 'codeowners') {
            if (!codeowners)
                throw new Error('internal: codeowners rule without CODEOWNERS');
            const byLine = new Map();
            const noRule = [];
            for (const f of files) {
                const line = ruleFor(codeowners, f);
                if (!line || !line.owners.length) {
                    noRule.push(f);
                    continue;
                }
                const g = byLine.get(line.line) ?? { owners: line.owners, files: [] };
                g.files.push(f);
                byLine.set(line.line, g);
            }
            if (noRule.length && unowned === 'fail') {
                outcome.requirements.push({
                    rule: name,
                    from: `code owners (${codeowners.file} gives these files no owner)`,
                    files: noRule,
                    needed: r.approvals,
                    approvedBy: [],
                    undecided: [],
                    unsatisfiable: `${codeowners.file} on the base branch names no owner for ${noRule.length === 1 ? noRule[0] : `${noRule.length} of the matching files`}: add an owner line, or set unowned: allow`,
                    satisfied: false
                });
            }
            for (const [line, g] of [...byLine.entries()].sort((a, b) => a[0] - b[0])) {
                const users = g.owners.filter((o) => o.kind === 'user').map((o) => o.login);
                const teams = g.owners.filter((o) => o.kind === 'team').map((o) => `${o.org}/${o.slug}`);
                const req = await requirement(name, `code owners ${ownersText(g.owners)} (${codeowners.file} line ${line})`, g.files, r.approvals, approvers, users, teams, membership);
                req.codeownersLine = line;
                if (!users.length && !teams.length) {
                    req.unsatisfiable = `the owners on ${codeowners.file} line ${line} are e-mail addresses only, which cannot be matched to reviewers through the API: name them as @username or @org/team`;
                    req.satisfied = false;
                }
                outcome.requirements.push(req);
            }
        }
        else {
            const from = [r.from.users.length ? `users ${r.from.users.map((u) => '@' + u).join(', ')}` : '', r.from.teams.length ? `teams ${r.from.teams.map((t) => '@' + t).join(', ')}` : '']
                .filter(Boolean)
                .join(' or ');
            outcome.requirements.push(await requirement(name, from, files, r.approvals, approvers, r.from.users, r.from.teams, membership));
        }
    }
    return out;
}

;// CONCATENATED MODULE: ./src/gates/approval/index.ts






const TEAM_TOKEN_FIX = 'GITHUB_TOKEN can never read team membership. Pass a token that can: a GitHub App installation token with "Organization permissions: Members: read" ' +
    '(actions/create-github-app-token) or a personal access token with read:org, in an environment variable named by teams-token-env ' +
    '(e.g. teams-token-env: APPROVAL_TEAMS_TOKEN with env: APPROVAL_TEAMS_TOKEN: ${{ steps.app-token.outputs.token }})';
function message(e) {
    return e instanceof Error ? e.message : String(e);
}
function plural(n, word) {
    return `${n} ${word}${n === 1 ? '' : 's'}`;
}
/** What an API failure means for this gate, and what to do. */
function explain(e, what) {
    if (e instanceof RestError) {
        if (e.status === 401)
            return `${what}: the token was refused (HTTP 401, ${e.message}); check the token in token-env`;
        if (e.status === 403)
            return `${what}: the token is not allowed to (${e.message}); give the job "permissions: pull-requests: read, contents: read" or pass a token that can read this repository`;
        if (e.status === 404)
            return `${what}: not found (${e.message}); the repository or pull request does not exist or the token cannot see it`;
    }
    return `${what}: ${message(e)}`;
}
async function gitChangedFiles(ctx, base, head) {
    const r = await ctx.tools.run('git', ['-c', 'core.quotepath=off', 'diff', '--name-only', '-z', '--no-renames', `${base}...${head}`], {
        cwd: ctx.workspace,
        timeoutMs: 120_000,
        signal: ctx.signal,
        captureStdout: true,
        maxStdout: 64 * 1024 * 1024
    });
    if (r.exitCode !== 0) {
        throw new Error(`git diff ${reviews_short(base)}...${reviews_short(head)} failed (exit ${r.exitCode}: ${r.stderrTail.trim().split('\n').pop() ?? ''}); check the repository out with both commits (actions/checkout with fetch-depth: 0)`);
    }
    return r.stdout.split('\0').filter(Boolean);
}
async function runApproval(ctx, deps = {}) {
    const cfg = ctx.config;
    const env = deps.env ?? process.env;
    const pr = ctx.pullRequest;
    const errors = [];
    const checks = [];
    const findings = [];
    if (!pr) {
        return {
            findings,
            checks,
            errors,
            skipped: 'not a pull request: the approval gate runs on pull_request and pull_request_review events (see docs/gates/approval.md for the workflow)'
        };
    }
    const [owner, repo] = (env.GITHUB_REPOSITORY ?? '').split('/');
    if (!owner || !repo)
        return { findings, checks, errors: ['GITHUB_REPOSITORY is not set (owner/name): the approval gate needs to know which repository\'s pull request to read'] };
    const tokenName = cfg['token-env'] ?? (env.GITHUB_TOKEN ? 'GITHUB_TOKEN' : 'INPUT_GITHUB-TOKEN');
    const token = env[tokenName] ?? '';
    if (!token) {
        const fix = cfg['token-env'] ? `token-env names ${tokenName}, which is empty or unset` : 'no GITHUB_TOKEN in the environment and no github-token input';
        return { findings, checks, errors: [`no token to read the pull request's reviews: ${fix}. Set env: GITHUB_TOKEN: \${{ github.token }} on the step (the job needs permissions: pull-requests: read, contents: read)`] };
    }
    ctx.maskSecret(token);
    const teamsTokenName = cfg['teams-token-env'];
    const teamsToken = teamsTokenName ? (env[teamsTokenName] ?? '') : token;
    if (teamsTokenName && !teamsToken) {
        return { findings, checks, errors: [`teams-token-env names ${teamsTokenName}, which is empty or unset: ${TEAM_TOKEN_FIX}`] };
    }
    if (teamsToken !== token)
        ctx.maskSecret(teamsToken);
    const baseUrl = env.GITHUB_API_URL || 'https://api.github.com';
    const common = { baseUrl, signal: ctx.signal, maxWaitMs: cfg['max-wait-seconds'] * 1000, ...(deps.sleep ? { sleep: deps.sleep } : {}) };
    const api = new RestClient({ ...common, token });
    const teamsApi = teamsToken === token ? api : new RestClient({ ...common, token: teamsToken });
    const r = { owner, repo };
    const repository = `${owner}/${repo}`;
    // 1. The pull request, as GitHub has it now.
    let pull;
    try {
        pull = await getPull(api, r, pr.number);
    }
    catch (e) {
        return { findings, checks, errors: [explain(e, `reading pull request #${pr.number} of ${repository}`)] };
    }
    const headSha = pr.headSha;
    if (pull.headSha && pull.headSha !== headSha) {
        checks.push({ name: 'head-moved', target: `#${pr.number}`, outcome: 'info', details: { judged: headSha, currentHead: pull.headSha, note: 'the pull request has a newer head; this run judges the commit of its event, and the run for the new head judges that one' } });
    }
    // 2. Changed files: the API lists up to 3,000; past that, git.
    let changed;
    let filesSource = 'api';
    try {
        changed = await listFiles(api, r, pr.number);
        if (pull.changedFiles >= FILES_API_CAP || pull.changedFiles > changed.length) {
            filesSource = 'git';
            changed = await gitChangedFiles(ctx, pull.baseSha || pr.baseSha, headSha);
        }
    }
    catch (e) {
        return { findings, checks, errors: [filesSource === 'git' ? `the pull request changes ${pull.changedFiles} files, more than the ${FILES_API_CAP.toLocaleString('en-US')} the API lists: ${message(e)}` : explain(e, `listing the files of pull request #${pr.number}`)] };
    }
    checks.push({ name: 'changed-files', target: `#${pr.number}`, outcome: 'pass', details: { files: changed.length, source: filesSource } });
    // 3. Reviews: each reviewer's latest decision, then the exclusions.
    let states;
    let pusher = null;
    let reviewPages;
    try {
        if (cfg['exclude-last-pusher']) {
            pusher = await lastPusher(api, pull.headRepo ?? repository, pull.headRef, headSha);
            if (!pusher) {
                return { findings, checks, errors: [`exclude-last-pusher: could not tell who pushed ${reviews_short(headSha)} (the repository's activity list for ${pull.headRef} does not name it); re-run later, or set exclude-last-pusher: false`] };
            }
        }
        const { reviews, pages } = await listReviews(api, r, pr.number);
        reviewPages = pages;
        states = latestStates(reviews, { author: pull.author, headSha, headCommitOnly: cfg['head-commit-only'], lastPusher: pusher });
    }
    catch (e) {
        return { findings, checks, errors: [explain(e, `reading the reviews of pull request #${pr.number}`)] };
    }
    if (cfg['require-write-access']) {
        for (const s of states.filter((x) => x.counted)) {
            try {
                const perm = await permissionOf(api, r, s.reviewer);
                if (!WRITE_ROLES.has(perm)) {
                    s.counted = false;
                    s.reason = `no write access to the repository now (permission: ${perm})`;
                }
            }
            catch (e) {
                return { findings, checks, errors: [explain(e, `reading @${s.reviewer}'s permission on ${repository} (require-write-access)`) + '; or set require-write-access: false'] };
            }
        }
    }
    // 4. CODEOWNERS of the base branch, when a rule asks for code owners.
    let codeowners = null;
    if (cfg.rules.some((x) => x.from === 'codeowners')) {
        try {
            const found = await readCodeowners(api, r, pull.baseSha || pull.baseRef);
            if (!found) {
                return { findings, checks, errors: [`a rule needs code owners, but the base branch ${pull.baseRef} has no CODEOWNERS file (looked in .github/, the root and docs/): add one, or use from: { users: [...] } or { teams: [...] }`] };
            }
            codeowners = parseCodeowners(found.text, found.file);
            checks.push({ name: 'codeowners', target: found.file, outcome: codeowners.problems.length ? 'error' : 'pass', details: { ref: pull.baseSha || pull.baseRef, lines: codeowners.rules.length, problems: codeowners.problems.length } });
            for (const p of codeowners.problems) {
                errors.push(`${found.file} line ${p.line}: ${p.message}. GitHub skips this line, so the files it names may have other owners than intended; fix the line on ${pull.baseRef}. Line: ${p.text}`);
            }
            // GitHub's own verdict on the file at that commit: also unknown users and teams, which no parser can see.
            const github = await codeownersErrors(api, r, pull.baseSha || pull.baseRef);
            const flagged = new Set(codeowners.problems.map((p) => p.line));
            for (const g of github ?? []) {
                if ((g.path && g.path !== found.file) || flagged.has(g.line))
                    continue;
                errors.push(`${found.file} line ${g.line}: GitHub reports "${g.kind}": ${g.message.split('\n')[0]} GitHub skips this line, so the files it names may have other owners than intended; fix it on ${pull.baseRef} (a team must exist and have write access to the repository).`);
            }
            checks.push({ name: 'codeowners-errors', target: found.file, outcome: github === null ? 'skipped' : github.length ? 'error' : 'pass', details: github === null ? { reason: 'the token cannot read GET /repos/{owner}/{repo}/codeowners/errors' } : { errors: github.length } });
        }
        catch (e) {
            return { findings, checks, errors: [explain(e, `reading CODEOWNERS on ${pull.baseRef}`)] };
        }
    }
    // 5. The rules.
    const cache = new Map();
    const membership = (team, login) => {
        const key = `${team.toLowerCase()} ${login.toLowerCase()}`;
        let m = cache.get(key);
        if (!m) {
            const [org, slug] = team.split('/');
            m = teamMembership(teamsApi, org, slug, login);
            cache.set(key, m);
        }
        return m;
    };
    const approvers = states.filter((s) => s.counted).map((s) => s.reviewer);
    let outcomes;
    try {
        outcomes = await evaluateRules(cfg.rules, changed, codeowners, approvers, membership, cfg.unowned);
    }
    catch (e) {
        return { findings, checks, errors: [...errors, explain(e, 'reading team membership')] };
    }
    const missing = [];
    for (const o of outcomes) {
        if (!o.applies) {
            checks.push({ name: 'approval-rule', target: o.name, outcome: 'skipped', details: { reason: 'no changed file matches its paths', paths: o.paths } });
            continue;
        }
        for (const q of o.requirements) {
            const where = q.files[0];
            const teamsUnseen = [...new Set(q.undecided.map((u) => u.team))];
            checks.push({
                name: 'approval-rule',
                target: o.name,
                outcome: q.satisfied ? 'pass' : 'fail',
                details: { from: q.from, needed: q.needed, approvedBy: q.approvedBy, files: q.files.length, ...(q.undecided.length ? { undecided: q.undecided } : {}), ...(q.unsatisfiable ? { unsatisfiable: q.unsatisfiable } : {}) }
            });
            if (q.satisfied)
                continue;
            if (q.unsatisfiable) {
                findings.push({
                    ruleId: q.codeownersLine === undefined ? 'approval/unowned' : 'approval/unmatchable-owners',
                    severity: 'critical',
                    title: 'No one can approve',
                    message: `Rule "${o.name}": ${q.unsatisfiable}.`,
                    location: { path: where, startLine: null },
                    fingerprintKey: `${o.name} ${q.from}`
                });
                continue;
            }
            if (teamsUnseen.length && q.approvedBy.length + q.undecided.length >= q.needed) {
                const seen = q.undecided.map((u) => `@${u.reviewer} (team @${u.team})`).join(', ');
                errors.push(`Rule "${o.name}": cannot see team membership of ${teamsUnseen.map((t) => '@' + t).join(', ')} with ${teamsTokenName ? `the token in ${teamsTokenName}` : 'this token'}, so the approvals of ${seen} cannot be counted or refused. ` +
                    'GitHub answers 404 both for "not a member" and for a team the token may not see; the team itself was not visible, so this is "cannot see", not "not a member" ' +
                    `(if the token can read the organisation, the team does not exist: check the name). ${teamsTokenName ? 'Check that this token has Organization members: read or read:org.' : TEAM_TOKEN_FIX}`);
                continue;
            }
            missing.push(q);
            const more = q.needed - q.approvedBy.length;
            findings.push({
                ruleId: 'approval/missing',
                severity: 'critical',
                title: 'Approval missing',
                message: `Rule "${o.name}" needs ${plural(q.needed, 'approval')} from ${q.from} for ${q.files.length === 1 ? q.files[0] : `${q.files.length} changed files (${q.files.slice(0, 3).join(', ')}${q.files.length > 3 ? ', ...' : ''})`}; ` +
                    `${q.approvedBy.length ? `approved by ${q.approvedBy.map((a) => '@' + a).join(', ')}, ` : ''}${plural(more, 'more approval')} needed on ${reviews_short(headSha)}.` +
                    (teamsUnseen.length ? ` The membership of ${teamsUnseen.map((t) => '@' + t).join(', ')} could not be read (${TEAM_TOKEN_FIX}).` : ''),
                location: { path: where, startLine: null },
                fingerprintKey: `${o.name} ${q.from}`,
                properties: { needed: q.needed, approvedBy: q.approvedBy, from: q.from }
            });
        }
    }
    const applying = outcomes.filter((o) => o.applies);
    const reqs = applying.flatMap((o) => o.requirements);
    const met = reqs.filter((q) => q.satisfied).length;
    const waitingFor = missing.reduce((n, q) => n + q.needed - q.approvedBy.length, 0);
    const pending = missing.length
        ? `Waiting for ${plural(waitingFor, 'approval')}: ${missing.map((q) => `${q.rule} (${q.from.replace(/ \(.*\)$/, '')})`).join('; ')}`
        : undefined;
    const summary = !applying.length
        ? `no rule applies: none of the ${plural(changed.length, 'changed file')} matches a rule's paths`
        : missing.length || findings.length
            ? `${met} of ${plural(reqs.length, 'approval requirement')} met${pending ? `; ${pending.charAt(0).toLowerCase()}${pending.slice(1)}` : ''}`
            : `all ${plural(reqs.length, 'approval requirement')} met (${approvers.length} counted ${approvers.length === 1 ? 'approval' : 'approvals'} on ${reviews_short(headSha)})`;
    const tables = [
        {
            title: 'Reviews (latest decision of each reviewer)',
            columns: ['Reviewer', 'State', 'Commit', 'Submitted', 'Counted'],
            rows: states.map((s) => [s.reviewer, s.state, reviews_short(s.commitId), s.submittedAt ?? '', s.counted ? 'yes' : `no: ${s.reason}`])
        },
        {
            title: 'Approval rules',
            columns: ['Rule', 'From', 'Files', 'Needed', 'Approved by', 'Met'],
            rows: reqs.map((q) => [q.rule, q.from, String(q.files.length), String(q.needed), q.approvedBy.join(', '), q.satisfied ? 'yes' : 'no'])
        }
    ];
    const data = {
        kind: 'approvals',
        version: 1,
        repository,
        pullRequest: pr.number,
        headSha,
        baseSha: pull.baseSha,
        baseRef: pull.baseRef,
        author: pull.author,
        lastPusher: pusher,
        filesChanged: changed.length,
        filesSource,
        reviewPages,
        semantics: {
            latestReviewPerReviewer: true,
            dismissedCount: false,
            authorCounts: false,
            headCommitOnly: cfg['head-commit-only'],
            excludeLastPusher: cfg['exclude-last-pusher'],
            requireWriteAccess: cfg['require-write-access'],
            codeowners: codeowners ? { file: codeowners.file, ref: pull.baseSha, lastMatchWins: true } : null
        },
        /** One entry per reviewer: the latest decision, and whether it counted. */
        approvals: states.map((s) => ({ reviewer: s.reviewer, state: s.state, commit: s.commitId, submittedAt: s.submittedAt, reviewId: s.reviewId, counted: s.counted, reason: s.reason })),
        rules: reqs.map((q) => ({ rule: q.rule, from: q.from, files: q.files.length, needed: q.needed, approvedBy: q.approvedBy, satisfied: q.satisfied })),
        /** True when every rule that applies is met (also when none applies: nothing needed approval). */
        satisfied: met === reqs.length && !findings.length && !errors.length,
        /** Reviewers whose approval counted (before matching them to rules). */
        approvedBy: approvers
    };
    return { findings, checks, errors, summary, tables, data, ...(pending && !errors.length ? { pending } : {}) };
}
const approvalGate = {
    id: 'approval',
    title: 'Approvals (code owners, users, teams)',
    configSchema: config/* approvalConfigSchema */.j,
    run: (ctx) => runApproval(ctx)
};


/***/ })

};
