/**
 * The pull-request comment (`pr-comment: true`): one comment per pull request, found again by a
 * hidden marker and updated in place, with the verdict table and the blocking findings. Kept within
 * GitHub's 65,536-character comment limit (counted in UTF-8 bytes, the safe reading) with a visible
 * note of what was cut. Everything from tools and scanned files is escaped.
 */
import type { Report } from '../engine/types.js'
import { SEVERITIES } from '../engine/types.js'
import { ApiError, repoPath, truncateBytes } from './check-runs.js'
import { byteLength, cell, escapeMarkdown } from './escape.js'
import { countBySeverity, sortFindings, STATUS_ICON } from './counts.js'

export const COMMENT_LIMIT = 65536
export const DEFAULT_MARKER = '<!-- ai-secure-gates:pr-comment -->'

export interface CommentOptions {
  /** Identifies this workflow's comment; two workflows posting comments use different keys. */
  marker?: string
  headSha?: string
  repository?: string
  serverUrl?: string
  pathPrefix?: string
  runUrl?: string | null
  checkUrl?: string | null
  maxBytes?: number
}

export function markerFor(key?: string): string {
  if (!key) return DEFAULT_MARKER
  return `<!-- ai-secure-gates:pr-comment:${key.replace(/[^A-Za-z0-9._/-]/g, '_').slice(0, 100)} -->`
}

function link(report: Report, path: string, line: number | null, opts: CommentOptions): string {
  const shown = line ? `${path}:${line}` : path || '(no file)'
  const rp = repoPath(path, opts.pathPrefix)
  if (rp && opts.repository && opts.headSha && /^[0-9a-f]{40,64}$/.test(opts.headSha)) {
    const server = opts.serverUrl ?? 'https://github.com'
    return `[${escapeMarkdown(shown)}](${server}/${opts.repository}/blob/${opts.headSha}/${rp.split('/').map(encodeURIComponent).join('/')}${line ? `#L${line}` : ''})`
  }
  return escapeMarkdown(shown)
}

function render(report: Report, opts: CommentOptions, maxRows: number): { text: string; hidden: number } {
  const marker = opts.marker ?? DEFAULT_MARKER
  const verdict = { pass: '✅ passed', fail: '❌ failed', error: '⚠️ could not decide (error)' }[report.status]
  const meta: string[] = []
  if (opts.headSha) meta.push(`commit ${escapeMarkdown(opts.headSha.slice(0, 7))}`)
  if (opts.checkUrl) meta.push(`[check run](${opts.checkUrl})`)
  if (opts.runUrl) meta.push(`[workflow run, job summary and full report](${opts.runUrl})`)
  const out: string[] = [marker, `## ai-secure-gates ${verdict}`]
  if (meta.length) out.push('', `<sub>${meta.join(' · ')}</sub>`)
  out.push('', `| Gate | Status | Blocking | ${SEVERITIES.map((s) => s[0].toUpperCase() + s.slice(1)).join(' | ')} | Summary |`)
  out.push(`|---|---|---:|${SEVERITIES.map(() => '---:').join('|')}|---|`)
  for (const g of report.gates) {
    if (g.status === 'skipped') continue
    const c = countBySeverity(g.findings)
    out.push(`| ${escapeMarkdown(g.id)} | ${STATUS_ICON[g.status]} ${g.status} | ${g.findings.filter((f) => f.blocking).length} | ${SEVERITIES.map((s) => c[s]).join(' | ')} | ${cell(g.summary, 200)} |`)
  }
  const skipped = report.gates.filter((g) => g.status === 'skipped')
  if (skipped.length) out.push('', `<sub>Skipped: ${skipped.map((g) => escapeMarkdown(g.id)).join(', ')}</sub>`)
  for (const w of report.waivers.filter((w) => w.state === 'expired')) out.push('', `> Waiver expired: ${cell(w.message, 400)}`)
  const blocking = sortFindings(report.gates.flatMap((g) => g.findings.filter((f) => f.blocking)))
  const shown = blocking.slice(0, maxRows)
  if (blocking.length) {
    out.push('', `### Blocking findings (${blocking.length})`, '', '| Gate | Severity | Rule | Location | Message |', '|---|---|---|---|---|')
    for (const f of shown) {
      out.push(`| ${escapeMarkdown(f.gate)} | ${f.severity} | ${cell(f.ruleId, 80)} | ${link(report, f.location.path, f.location.startLine, opts)} | ${cell(f.message, 300)} |`)
    }
  }
  const errored = report.gates.filter((g) => g.status === 'error')
  for (const g of errored) out.push('', `**${escapeMarkdown(g.id)} could not decide:** ${cell(g.reason ?? g.errors[0] ?? g.summary, 500)}`)
  return { text: out.join('\n'), hidden: blocking.length - shown.length }
}

/** The comment body, within the limit, with a note when blocking rows were cut. */
export function renderPrComment(report: Report, opts: CommentOptions = {}): string {
  const max = opts.maxBytes ?? COMMENT_LIMIT
  const finish = (r: { text: string; hidden: number }) =>
    r.hidden
      ? `${r.text}\n\n> ✂️ ${r.hidden} more blocking findings are not listed, to stay within GitHub's limit of ${COMMENT_LIMIT.toLocaleString('en-US')} characters for a comment. All are in the check run and the job summary.\n`
      : `${r.text}\n`
  const total = report.gates.reduce((n, g) => n + g.findings.length, 0)
  let body = finish(render(report, opts, Infinity))
  if (byteLength(body) <= max) return body
  let lo = 0
  let hi = total
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2)
    if (byteLength(finish(render(report, opts, mid))) <= max) lo = mid
    else hi = mid - 1
  }
  body = finish(render(report, opts, lo))
  if (byteLength(body) <= max) return body
  const note = "\n\n> ✂️ Comment cut at GitHub's size limit; see the check run and the job summary.\n"
  return truncateBytes(body, max - byteLength(note), '') + note
}

export interface IssueComment {
  id: number
  body?: string | null
  user?: { login: string; type?: string } | null
  html_url?: string
}

export interface CommentsClient {
  listComments(issueNumber: number): Promise<IssueComment[]>
  createComment(issueNumber: number, body: string): Promise<{ id: number; html_url: string }>
  updateComment(commentId: number, body: string): Promise<{ id: number; html_url: string }>
}

export interface CommentResult {
  action: 'created' | 'updated' | null
  url: string | null
  /** The 403 explanation, already logged as a warning. */
  forbidden: string | null
  failure: string | null
}

export interface PublishCommentOptions extends CommentOptions {
  client: CommentsClient
  prNumber: number
  warn: (message: string) => void
  info?: (message: string) => void
  explainForbidden: (apiMessage: string) => string
}

/**
 * Picks the comment to update: the newest one carrying the marker written by a bot (the workflow
 * token's github-actions[bot] or an app). A person's comment that quotes the marker is never
 * edited, so nobody can make the action overwrite, or hide its verdict in, a human's comment.
 */
export function findOwnComment(comments: IssueComment[], marker: string, botLogin = 'github-actions[bot]'): IssueComment | null {
  const marked = comments.filter((c) => (c.body ?? '').startsWith(marker) && (c.user?.type === 'Bot' || /\[bot\]$/.test(c.user?.login ?? '')))
  const own = marked.filter((c) => c.user?.login === botLogin)
  const pick = own.length ? own : marked
  return pick.length ? pick[pick.length - 1] : null
}

/** Creates or updates the comment; never throws, never changes the verdict. */
export async function publishPrComment(report: Report, opts: PublishCommentOptions): Promise<CommentResult> {
  const marker = opts.marker ?? DEFAULT_MARKER
  const body = renderPrComment(report, { ...opts, marker })
  const result: CommentResult = { action: null, url: null, forbidden: null, failure: null }
  try {
    const existing = findOwnComment(await opts.client.listComments(opts.prNumber), marker)
    if (existing) {
      try {
        const r = await opts.client.updateComment(existing.id, body)
        result.action = 'updated'
        result.url = r.html_url
      } catch (e) {
        // A marked comment we may not edit (written by someone else): post our own.
        if (!(e instanceof ApiError) || (e.status !== 403 && e.status !== 404)) throw e
        const r = await opts.client.createComment(opts.prNumber, body)
        result.action = 'created'
        result.url = r.html_url
      }
    } else {
      const r = await opts.client.createComment(opts.prNumber, body)
      result.action = 'created'
      result.url = r.html_url
    }
    opts.info?.(`Pull request comment ${result.action}: ${result.url}`)
  } catch (e) {
    if (e instanceof ApiError && e.status === 403) {
      result.forbidden = opts.explainForbidden(e.message)
      opts.warn(result.forbidden)
    } else {
      result.failure = `The pull request comment was not posted (${e instanceof ApiError ? `HTTP ${e.status}: ` : ''}${e instanceof Error ? e.message : String(e)}); the verdict is unchanged.`
      opts.warn(result.failure)
    }
  }
  return result
}
