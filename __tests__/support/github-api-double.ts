/**
 * A stand-in for the GitHub REST API on 127.0.0.1, checked against GitHub's own description of it
 * (@octokit/openapi, api.github.com.deref.json):
 *
 * - every request is matched to an operation by method and path template; an unknown one is a 404
 *   and is recorded as a problem;
 * - path and query parameters are checked against the operation's parameters, the JSON body with
 *   ajv against its requestBody schema (so `annotations.maxItems: 50`, `summary.maxLength: 65535`,
 *   required fields and enums are GitHub's, not ours); the limits GitHub documents only in prose are
 *   checked too (annotation title <= 255 characters, columns only on one line, comment <= 65,536);
 * - answers are built from the operation's own example response with the request's data applied
 *   (check runs append annotations on update, comments are stored and listed with pagination), and
 *   can be checked against the response schema (`validateResponse`);
 * - it can be told to answer 403 "Resource not accessible by integration" for checks or comments,
 *   as GitHub does for a fork pull request's read-only token;
 * - it serves what the approval gate reads (a pull request, its files and reviews with pagination,
 *   file contents at a ref, team membership visible only to the tokens in `teamTokens`,
 *   collaborator permissions, push activity, the check runs of a commit), and answers scripted
 *   faults (`fault(operationId, status, headers)`: 403/404/429/5xx with Retry-After) in order;
 * - it records every call for the tests to inspect.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import type { AddressInfo } from 'node:net'
import { Ajv, type ValidateFunction } from 'ajv'
import addFormatsModule from 'ajv-formats'

const addFormats = addFormatsModule as unknown as (ajv: Ajv) => Ajv

type Json = any

interface Operation {
  method: string
  template: string
  regex: RegExp
  paramNames: string[]
  op: Json
}

let spec: Json | null = null
let operations: Operation[] | null = null
let ajv: Ajv | null = null
const validators = new Map<string, ValidateFunction>()

/** GitHub's REST description (loaded once per test file: it is 70 MB). */
export function githubSpec(): Json {
  if (!spec) {
    const require = createRequire(import.meta.url)
    const file = require.resolve('@octokit/openapi/generated/api.github.com.deref.json')
    spec = JSON.parse(readFileSync(file, 'utf8'))
  }
  return spec
}

function ops(): Operation[] {
  if (operations) return operations
  const list: Operation[] = []
  for (const [template, item] of Object.entries<Json>(githubSpec().paths)) {
    const paramNames: string[] = []
    const pattern = template.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{([^}]+)\}/g, (_, name) => {
      paramNames.push(name)
      // A file path (contents/{path}) spans segments.
      return name === 'path' ? '(.+)' : '([^/]+)'
    })
    for (const method of ['get', 'post', 'patch', 'put', 'delete']) {
      if (item[method]) list.push({ method: method.toUpperCase(), template, regex: new RegExp(`^${pattern}$`), paramNames, op: item[method] })
    }
  }
  // Literal segments win over parameters (/issues/comments/{id} before /issues/{issue_number}/...).
  list.sort((a, b) => b.template.replace(/\{[^}]+\}/g, '').length - a.template.replace(/\{[^}]+\}/g, '').length)
  operations = list
  return list
}

function validator(key: string, schema: Json): ValidateFunction {
  let v = validators.get(key)
  if (!v) {
    if (!ajv) {
      ajv = new Ajv({ strict: false, allErrors: true, validateFormats: true })
      addFormats(ajv)
    }
    v = ajv.compile(schema)
    validators.set(key, v)
  }
  return v
}

/** Finds the operation GitHub defines for a method and a concrete path. */
export function findOperation(method: string, path: string): { operation: Operation; params: Record<string, string> } | null {
  for (const operation of ops()) {
    if (operation.method !== method) continue
    const m = operation.regex.exec(path)
    if (!m) continue
    const params: Record<string, string> = {}
    operation.paramNames.forEach((n, i) => (params[n] = decodeURIComponent(m[i + 1])))
    return { operation, params }
  }
  return null
}

/** Validates a response body against the operation's schema for that status; returns the problems. */
export function validateResponse(method: string, path: string, status: number, body: Json): string[] {
  const found = findOperation(method, path)
  if (!found) return [`no operation for ${method} ${path}`]
  const schema = found.operation.op.responses?.[String(status)]?.content?.['application/json']?.schema
  if (!schema) return [`no response schema for ${status}`]
  const v = validator(`res ${found.operation.op.operationId} ${status}`, schema)
  return v(body) ? [] : (v.errors ?? []).map((e) => `${e.instancePath} ${e.message}`)
}

function exampleResponse(op: Json, status: number): Json {
  const content = op.responses?.[String(status)]?.content?.['application/json']
  const ex = content?.examples ? (Object.values<Json>(content.examples)[0]?.value ?? null) : (content?.example ?? null)
  return ex === null ? {} : structuredClone(ex)
}

export interface RecordedCall {
  method: string
  path: string
  query: Record<string, string>
  operationId: string | null
  body: Json
  status: number
  /** What was wrong with the request, judged against GitHub's description; empty when valid. */
  problems: string[]
  authorization: string | null
}

export interface StoredCheckRun {
  id: number
  owner: string
  repo: string
  name: string
  head_sha: string
  status: string
  conclusion: string | null
  external_id: string | null
  details_url: string | null
  output: { title: string | null; summary: string | null; text: string | null }
  annotations: Json[]
  /** Annotations per request that carried some (create, then each update). */
  annotationBatches: number[]
}

export interface StoredComment {
  id: number
  issue: number
  body: string
  user: { login: string; type: string }
  html_url: string
  updates: number
}

/** A pull request as the approval gate sees it (the double builds GitHub's answers from it). */
export interface PullFixture {
  number: number
  author: string
  headSha: string
  headRef: string
  headRepo?: string
  baseSha: string
  baseRef: string
  /** Changed files (a string, or a rename with its previous name). */
  files: (string | { filename: string; previous_filename: string })[]
  /** GitHub's changed_files count (defaults to files.length; the file list stops at 3,000). */
  changedFiles?: number
  reviews: ReviewFixture[]
}

export interface ReviewFixture {
  id?: number
  /** null: a deleted account. */
  user: string | null
  state: 'APPROVED' | 'CHANGES_REQUESTED' | 'COMMENTED' | 'DISMISSED' | 'PENDING'
  commit_id: string
  submitted_at: string
}

export interface Fault {
  status: number
  headers?: Record<string, string>
  body?: Json
}

export interface DoubleOptions {
  /** Commits that exist: a check run on any other SHA gets GitHub's 422. Empty = any 40-hex SHA. */
  knownShas?: string[]
  forbid?: { checks?: boolean; comments?: boolean }
  /** Pull requests served by GET /repos/{owner}/{repo}/pulls. */
  pulls?: Json[]
}

const FORBIDDEN = (doc: string) => ({ message: 'Resource not accessible by integration', documentation_url: doc, status: '403' })

export class GitHubApiDouble {
  readonly calls: RecordedCall[] = []
  readonly checkRuns = new Map<number, StoredCheckRun>()
  readonly comments = new Map<number, StoredComment>()
  forbid: { checks?: boolean; comments?: boolean }
  knownShas: Set<string>
  pulls: Json[]
  readonly pullFixtures = new Map<number, PullFixture>()
  /** File contents by `${ref}:${path}`. */
  readonly contents = new Map<string, string>()
  /** Team members by `org/slug` (lower case logins). */
  readonly teams = new Map<string, Set<string>>()
  /** Tokens that may read teams and their membership (GITHUB_TOKEN never can); null = every token. */
  teamTokens: Set<string> | null = new Set()
  /** Collaborators' permission (admin, write, read, none) by login; anyone else gets 404. */
  readonly permissions = new Map<string, string>()
  /** Push activity: who pushed which commit to which ref. */
  readonly pushes: { ref: string; after: string; actor: string }[] = []
  /** What GET /repos/{o}/{r}/codeowners/errors answers, by ref (none: no errors). */
  readonly codeownersErrors = new Map<string, { line: number; column: number; kind: string; source: string; suggestion: string | null; message: string; path: string }[]>()
  /** Scripted answers, consumed in order, by operationId. */
  readonly faults = new Map<string, Fault[]>()
  private nextId = 1000
  private server: Server | null = null
  url = ''

  private constructor(opts: DoubleOptions) {
    this.forbid = { ...opts.forbid }
    this.knownShas = new Set(opts.knownShas ?? [])
    this.pulls = opts.pulls ?? []
  }

  static async start(opts: DoubleOptions = {}): Promise<GitHubApiDouble> {
    ops()
    const d = new GitHubApiDouble(opts)
    d.server = createServer((req, res) => {
      d.handle(req, res).catch((e) => {
        res.writeHead(500, { 'content-type': 'application/json' })
        res.end(JSON.stringify({ message: String(e) }))
      })
    })
    await new Promise<void>((resolve) => d.server!.listen(0, '127.0.0.1', resolve))
    d.url = `http://127.0.0.1:${(d.server!.address() as AddressInfo).port}`
    return d
  }

  async close(): Promise<void> {
    if (!this.server) return
    this.server.closeAllConnections()
    await new Promise<void>((resolve) => this.server!.close(() => resolve()))
    this.server = null
  }

  /** Every problem found in any request so far (a passing test expects none). */
  problems(): string[] {
    return this.calls.flatMap((c) => c.problems.map((p) => `${c.method} ${c.path}: ${p}`))
  }

  callsTo(operationId: string): RecordedCall[] {
    return this.calls.filter((c) => c.operationId === operationId)
  }

  /** The next call to `operationId` gets this answer instead (queued: call again for more). */
  fault(operationId: string, status: number, headers: Record<string, string> = {}, body: Json = { message: `HTTP ${status}` }): void {
    const q = this.faults.get(operationId) ?? []
    q.push({ status, headers, body })
    this.faults.set(operationId, q)
  }

  /** Adds a review at the end of the history (as a reviewer submitting one). */
  review(pull: number, r: Omit<ReviewFixture, 'id'>): ReviewFixture {
    const fx = this.pullFixtures.get(pull)
    if (!fx) throw new Error(`no pull ${pull}`)
    const review = { ...r, id: this.nextId++ }
    fx.reviews.push(review)
    return review
  }

  /** Dismisses a reviewer's approvals, as GitHub does: the review's state becomes DISMISSED. */
  dismiss(pull: number, user: string): void {
    for (const r of this.pullFixtures.get(pull)?.reviews ?? []) if (r.user === user && r.state === 'APPROVED') r.state = 'DISMISSED'
  }

  /** Seeds a comment as if posted earlier (by a bot unless said otherwise). */
  addComment(issue: number, body: string, user = { login: 'github-actions[bot]', type: 'Bot' }): StoredComment {
    const id = this.nextId++
    const c: StoredComment = { id, issue, body, user, html_url: `https://github.com/o/r/pull/${issue}#issuecomment-${id}`, updates: 0 }
    this.comments.set(id, c)
    return c
  }

  private send(res: ServerResponse, call: RecordedCall, status: number, body: Json, headers: Record<string, string> = {}): void {
    call.status = status
    this.calls.push(call)
    res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'x-github-media-type': 'github.v3; format=json', ...headers })
    res.end(status === 204 ? undefined : JSON.stringify(body))
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1')
    const chunks: Buffer[] = []
    for await (const c of req) chunks.push(c as Buffer)
    const raw = Buffer.concat(chunks).toString('utf8')
    const method = req.method ?? 'GET'
    const call: RecordedCall = {
      method,
      path: url.pathname,
      query: Object.fromEntries(url.searchParams),
      operationId: null,
      body: null,
      status: 0,
      problems: [],
      authorization: req.headers.authorization ?? null
    }
    const found = findOperation(method, url.pathname)
    if (!found) {
      call.problems.push('no such operation in GitHub\'s REST description')
      return this.send(res, call, 404, { message: 'Not Found', documentation_url: 'https://docs.github.com/rest' })
    }
    const { operation, params } = found
    const op = operation.op
    call.operationId = op.operationId
    if (!call.authorization) call.problems.push('no Authorization header')

    // Parameters: path and query, typed as the description says.
    for (const p of op.parameters ?? []) {
      const value = p.in === 'path' ? params[p.name] : p.in === 'query' ? url.searchParams.get(p.name) : null
      if (value === null || value === undefined) {
        if (p.required) call.problems.push(`missing ${p.in} parameter ${p.name}`)
        continue
      }
      const schema = p.schema ?? {}
      const typed = schema.type === 'integer' || schema.type === 'number' ? Number(value) : value
      const v = validator(`param ${op.operationId} ${p.in} ${p.name}`, schema)
      if (!v(typed)) call.problems.push(`${p.in} parameter ${p.name}=${value}: ${v.errors?.map((e) => e.message).join(', ')}`)
    }
    const known = new Set((op.parameters ?? []).filter((p: Json) => p.in === 'query').map((p: Json) => p.name))
    for (const k of url.searchParams.keys()) if (!known.has(k)) call.problems.push(`unknown query parameter ${k}`)

    // Body.
    const bodySchema = op.requestBody?.content?.['application/json']?.schema
    if (raw) {
      try {
        call.body = JSON.parse(raw)
      } catch {
        call.problems.push('body is not JSON')
      }
    }
    if (bodySchema) {
      if (call.body === null && op.requestBody?.required) call.problems.push('missing JSON body')
      else if (call.body !== null) {
        const v = validator(`body ${op.operationId}`, bodySchema)
        if (!v(call.body)) call.problems.push(...(v.errors ?? []).map((e) => `body${e.instancePath} ${e.message}${e.params ? ` ${JSON.stringify(e.params)}` : ''}`))
      }
      if (!/application\/json/.test(req.headers['content-type'] ?? '')) call.problems.push('body sent without content-type application/json')
    }
    if (call.problems.length) {
      return this.send(res, call, 422, { message: 'Invalid request.', errors: call.problems, documentation_url: 'https://docs.github.com/rest', status: '422' })
    }

    const queued = this.faults.get(op.operationId)?.shift()
    if (queued) return this.send(res, call, queued.status, queued.body ?? { message: `HTTP ${queued.status}` }, queued.headers ?? {})
    const approvalAnswer = this.approvalRead(op, params, call, url)
    if (approvalAnswer) return this.send(res, call, approvalAnswer.status, approvalAnswer.body, approvalAnswer.headers ?? {})

    switch (op.operationId) {
      case 'checks/create':
        return this.createCheckRun(res, call, params, op)
      case 'checks/update':
        return this.updateCheckRun(res, call, params, op)
      case 'checks/get': {
        const run = this.checkRuns.get(Number(params.check_run_id))
        if (!run) return this.send(res, call, 404, { message: 'Not Found' })
        return this.send(res, call, 200, this.checkRunResponse(op, 200, run))
      }
      case 'issues/list-comments':
        return this.listComments(res, call, params, op)
      case 'issues/create-comment':
        return this.createComment(res, call, params, op)
      case 'issues/update-comment':
        return this.updateComment(res, call, params, op)
      case 'pulls/list': {
        const head = url.searchParams.get('head')
        const state = url.searchParams.get('state') ?? 'open'
        const list = this.pulls.filter((p) => (!head || `${p.head?.repo?.owner?.login ?? p.head?.user?.login}:${p.head?.ref}` === head) && (state === 'all' || p.state === state))
        return this.send(res, call, 200, list)
      }
      default:
        call.problems.push(`the double does not serve ${op.operationId}`)
        return this.send(res, call, 404, { message: 'Not Found' })
    }
  }

  /** One page of a list, with GitHub's Link header when more follow. */
  private page<T>(all: T[], call: RecordedCall): { items: T[]; headers: Record<string, string> } {
    const perPage = Number(call.query.per_page ?? 30)
    const page = Number(call.query.page ?? 1)
    const headers: Record<string, string> = {}
    if (page * perPage < all.length) {
      const next = new URLSearchParams({ ...call.query, per_page: String(perPage), page: String(page + 1) })
      headers.link = `<${this.url}${call.path}?${next}>; rel="next", <${this.url}${call.path}?${new URLSearchParams({ ...call.query, per_page: String(perPage), page: String(Math.ceil(all.length / perPage)) })}>; rel="last"`
    }
    return { items: all.slice((page - 1) * perPage, page * perPage), headers }
  }

  private tokenOf(call: RecordedCall): string {
    return (call.authorization ?? '').replace(/^(token|bearer)\s+/i, '')
  }

  /** The reads of the approval gate; null for any other operation. */
  private approvalRead(op: Json, params: Record<string, string>, call: RecordedCall, url: URL): { status: number; body: Json; headers?: Record<string, string> } | null {
    const notFound = { status: 404, body: { message: 'Not Found', documentation_url: 'https://docs.github.com/rest', status: '404' } }
    const item = (status = 200) => {
      const ex = exampleResponse(op, status)
      return Array.isArray(ex) ? (ex[0] ?? {}) : ex
    }
    const fx = params.pull_number ? this.pullFixtures.get(Number(params.pull_number)) : undefined
    switch (op.operationId) {
      case 'pulls/get': {
        if (!fx) return notFound
        const p = item()
        // (GitHub's own example lists a requested team without its required `type`: left out here.)
        Object.assign(p, { number: fx.number, state: 'open', changed_files: fx.changedFiles ?? fx.files.length, requested_teams: [], requested_reviewers: [] })
        p.user = { ...p.user, login: fx.author }
        p.head = { ...p.head, sha: fx.headSha, ref: fx.headRef, repo: { ...p.head.repo, full_name: fx.headRepo ?? `${params.owner}/${params.repo}` } }
        p.base = { ...p.base, sha: fx.baseSha, ref: fx.baseRef, repo: { ...p.base.repo, full_name: `${params.owner}/${params.repo}` } }
        return { status: 200, body: p }
      }
      case 'pulls/list-files': {
        if (!fx) return notFound
        // GitHub lists at most 3,000 files.
        const { items, headers } = this.page(fx.files.slice(0, 3000), call)
        const template = item()
        const body = items.map((f) =>
          typeof f === 'string' ? { ...template, filename: f, status: 'modified' } : { ...template, filename: f.filename, previous_filename: f.previous_filename, status: 'renamed' }
        )
        return { status: 200, body, headers }
      }
      case 'pulls/list-reviews': {
        if (!fx) return notFound
        const template = item()
        const all = fx.reviews.map((r) => ({
          ...template,
          id: r.id,
          node_id: Buffer.from(`Review${r.id}`).toString('base64'),
          user: r.user === null ? null : { ...template.user, login: r.user },
          state: r.state,
          commit_id: r.commit_id,
          submitted_at: r.submitted_at
        }))
        const { items, headers } = this.page(all, call)
        return { status: 200, body: items, headers }
      }
      case 'repos/get-content': {
        const ref = url.searchParams.get('ref') ?? 'HEAD'
        const text = this.contents.get(`${ref}:${params.path}`)
        if (text === undefined) return notFound
        const ex = exampleResponse(op, 200)
        const base = Array.isArray(ex) ? ex[0] : ex
        const buf = Buffer.from(text, 'utf8')
        return {
          status: 200,
          body: { ...base, type: 'file', encoding: 'base64', size: buf.length, name: params.path.split('/').pop(), path: params.path, content: buf.toString('base64') }
        }
      }
      case 'teams/get-by-name':
      case 'teams/get-membership-for-user-in-org': {
        const team = `${params.org}/${params.team_slug}`.toLowerCase()
        const visible = this.teamTokens === null || this.teamTokens.has(this.tokenOf(call))
        if (!visible || !this.teams.has(team)) return notFound
        if (op.operationId === 'teams/get-by-name') return { status: 200, body: { ...item(), slug: params.team_slug, name: params.team_slug } }
        if (!this.teams.get(team)!.has(params.username.toLowerCase())) return notFound
        return { status: 200, body: { ...item(), role: 'member', state: 'active' } }
      }
      case 'repos/get-collaborator-permission-level': {
        const perm = this.permissions.get(params.username.toLowerCase())
        if (perm === undefined) return notFound
        const b = item()
        return { status: 200, body: { ...b, permission: perm, role_name: perm, user: b.user ? { ...b.user, login: params.username } : b.user } }
      }
      case 'repos/list-activities': {
        const ref = url.searchParams.get('ref')
        const template = item()
        const all = this.pushes
          .filter((p) => !ref || p.ref === ref)
          .reverse()
          .map((p, i) => ({ ...template, id: i + 1, ref: p.ref, after: p.after, activity_type: 'push', actor: { ...template.actor, login: p.actor } }))
        return { status: 200, body: this.page(all, call).items }
      }
      case 'repos/codeowners-errors':
        return { status: 200, body: { errors: this.codeownersErrors.get(url.searchParams.get('ref') ?? '') ?? [] } }
      case 'checks/list-for-ref': {
        const name = url.searchParams.get('check_name')
        const status = url.searchParams.get('status')
        const runs = [...this.checkRuns.values()]
          .filter((r) => r.owner === params.owner && r.repo === params.repo && r.head_sha === params.ref && (!name || r.name === name) && (!status || r.status === status))
          .sort((a, b) => b.id - a.id)
        const runOp = { responses: { '200': { content: { 'application/json': { example: exampleResponse(op, 200).check_runs?.[0] ?? {} } } } } }
        const { items, headers } = this.page(runs, call)
        return { status: 200, body: { total_count: runs.length, check_runs: items.map((r) => this.checkRunResponse(runOp, 200, r)) }, headers }
      }
      default:
        return null
    }
  }

  private checkRunResponse(op: Json, status: number, run: StoredCheckRun): Json {
    const r = exampleResponse(op, status)
    Object.assign(r, {
      id: run.id,
      node_id: Buffer.from(`CheckRun${run.id}`).toString('base64'),
      head_sha: run.head_sha,
      external_id: run.external_id,
      url: `${this.url}/repos/${run.owner}/${run.repo}/check-runs/${run.id}`,
      html_url: `https://github.com/${run.owner}/${run.repo}/runs/${run.id}`,
      details_url: run.details_url,
      status: run.status,
      conclusion: run.conclusion,
      name: run.name,
      output: {
        title: run.output.title,
        summary: run.output.summary,
        text: run.output.text,
        annotations_count: run.annotations.length,
        annotations_url: `${this.url}/repos/${run.owner}/${run.repo}/check-runs/${run.id}/annotations`
      },
      pull_requests: []
    })
    return r
  }

  /** The limits GitHub documents in prose only (not in the JSON schema). */
  private annotationProblems(annotations: Json[] | undefined): string[] {
    const out: string[] = []
    for (const [i, a] of (annotations ?? []).entries()) {
      if (a.title !== undefined && Array.from(a.title as string).length > 255) out.push(`annotations[${i}].title is over 255 characters`)
      if (Buffer.byteLength(a.message ?? '', 'utf8') > 64 * 1024) out.push(`annotations[${i}].message is over 64 KB`)
      if (a.raw_details !== undefined && Buffer.byteLength(a.raw_details, 'utf8') > 64 * 1024) out.push(`annotations[${i}].raw_details is over 64 KB`)
      if ((a.start_column !== undefined || a.end_column !== undefined) && a.start_line !== a.end_line) out.push(`annotations[${i}] has columns on a multi-line range`)
      if (a.start_line < 1 || a.end_line < a.start_line) out.push(`annotations[${i}] has an invalid line range`)
      if (/^\/|^\.\.?\/|\\/.test(a.path)) out.push(`annotations[${i}].path "${a.path}" is not relative to the repository root with forward slashes`)
    }
    return out
  }

  private createCheckRun(res: ServerResponse, call: RecordedCall, params: Record<string, string>, op: Json): void {
    if (this.forbid.checks) return this.send(res, call, 403, FORBIDDEN('https://docs.github.com/rest/checks/runs#create-a-check-run'))
    const b = call.body
    const problems = this.annotationProblems(b.output?.annotations)
    if (b.status === 'completed' && !b.conclusion) problems.push('status completed needs a conclusion')
    if (!/^[0-9a-f]{40}$/.test(b.head_sha) || (this.knownShas.size && !this.knownShas.has(b.head_sha))) {
      call.problems.push(...problems)
      return this.send(res, call, 422, { message: 'No commit found for SHA: ' + b.head_sha, documentation_url: 'https://docs.github.com/rest/checks/runs#create-a-check-run', status: '422' })
    }
    if (problems.length) {
      call.problems.push(...problems)
      return this.send(res, call, 422, { message: 'Invalid request.', errors: problems, status: '422' })
    }
    const id = this.nextId++
    const annotations = b.output?.annotations ?? []
    const run: StoredCheckRun = {
      id,
      owner: params.owner,
      repo: params.repo,
      name: b.name,
      head_sha: b.head_sha,
      status: b.conclusion ? 'completed' : (b.status ?? 'queued'),
      conclusion: b.conclusion ?? null,
      external_id: b.external_id ?? null,
      details_url: b.details_url ?? null,
      output: { title: b.output?.title ?? null, summary: b.output?.summary ?? null, text: b.output?.text ?? null },
      annotations: [...annotations],
      annotationBatches: annotations.length ? [annotations.length] : []
    }
    this.checkRuns.set(id, run)
    this.send(res, call, 201, this.checkRunResponse(op, 201, run))
  }

  private updateCheckRun(res: ServerResponse, call: RecordedCall, params: Record<string, string>, op: Json): void {
    if (this.forbid.checks) return this.send(res, call, 403, FORBIDDEN('https://docs.github.com/rest/checks/runs#update-a-check-run'))
    const run = this.checkRuns.get(Number(params.check_run_id))
    if (!run || run.owner !== params.owner || run.repo !== params.repo) return this.send(res, call, 404, { message: 'Not Found' })
    const b = call.body
    const problems = this.annotationProblems(b.output?.annotations)
    if (problems.length) {
      call.problems.push(...problems)
      return this.send(res, call, 422, { message: 'Invalid request.', errors: problems, status: '422' })
    }
    if (b.name) run.name = b.name
    if (b.conclusion) {
      run.conclusion = b.conclusion
      run.status = 'completed'
    } else if (b.status) run.status = b.status
    if (b.output) {
      run.output = { title: b.output.title ?? run.output.title, summary: b.output.summary ?? run.output.summary, text: b.output.text ?? run.output.text }
      const annotations = b.output.annotations ?? []
      // "Each time you update the check run, annotations are appended."
      run.annotations.push(...annotations)
      if (annotations.length) run.annotationBatches.push(annotations.length)
    }
    this.send(res, call, 200, this.checkRunResponse(op, 200, run))
  }

  private commentResponse(op: Json, status: number, c: StoredComment, owner: string, repo: string): Json {
    const r = exampleResponse(op, status)
    Object.assign(r, {
      id: c.id,
      node_id: Buffer.from(`IssueComment${c.id}`).toString('base64'),
      url: `${this.url}/repos/${owner}/${repo}/issues/comments/${c.id}`,
      html_url: c.html_url,
      issue_url: `${this.url}/repos/${owner}/${repo}/issues/${c.issue}`,
      body: c.body
    })
    r.user = { ...(r.user ?? {}), login: c.user.login, type: c.user.type }
    return r
  }

  private listComments(res: ServerResponse, call: RecordedCall, params: Record<string, string>, op: Json): void {
    const issue = Number(params.issue_number)
    const perPage = Number(call.query.per_page ?? 30)
    const page = Number(call.query.page ?? 1)
    const all = [...this.comments.values()].filter((c) => c.issue === issue)
    const slice = all.slice((page - 1) * perPage, page * perPage)
    const headers: Record<string, string> = {}
    if (page * perPage < all.length) {
      headers.link = `<${this.url}/repos/${params.owner}/${params.repo}/issues/${issue}/comments?per_page=${perPage}&page=${page + 1}>; rel="next"`
    }
    const itemOp = { responses: { '200': { content: { 'application/json': { example: exampleResponse(op, 200)[0] ?? {} } } } } }
    this.send(res, call, 200, slice.map((c) => this.commentResponse(itemOp, 200, c, params.owner, params.repo)), headers)
  }

  private createComment(res: ServerResponse, call: RecordedCall, params: Record<string, string>, op: Json): void {
    if (this.forbid.comments) return this.send(res, call, 403, FORBIDDEN('https://docs.github.com/rest/issues/comments#create-an-issue-comment'))
    if (Array.from(call.body.body as string).length > 65536) {
      call.problems.push('comment body over 65536 characters')
      return this.send(res, call, 422, { message: 'Validation Failed', errors: [{ resource: 'IssueComment', code: 'unprocessable', field: 'data', message: 'Body is too long (maximum is 65536 characters)' }], status: '422' })
    }
    const c = this.addComment(Number(params.issue_number), call.body.body)
    this.send(res, call, 201, this.commentResponse(op, 201, c, params.owner, params.repo))
  }

  private updateComment(res: ServerResponse, call: RecordedCall, params: Record<string, string>, op: Json): void {
    if (this.forbid.comments) return this.send(res, call, 403, FORBIDDEN('https://docs.github.com/rest/issues/comments#update-an-issue-comment'))
    const c = this.comments.get(Number(params.comment_id))
    if (!c) return this.send(res, call, 404, { message: 'Not Found' })
    if (c.user.type !== 'Bot') return this.send(res, call, 403, { message: 'Must have admin rights to Repository.', status: '403' })
    if (Array.from(call.body.body as string).length > 65536) {
      call.problems.push('comment body over 65536 characters')
      return this.send(res, call, 422, { message: 'Validation Failed', status: '422' })
    }
    c.body = call.body.body
    c.updates++
    this.send(res, call, 200, this.commentResponse(op, 200, c, params.owner, params.repo))
  }
}
