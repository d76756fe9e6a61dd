/**
 * The few GitHub API calls the action makes, behind the small interfaces the reporters use
 * (ChecksClient, CommentsClient), so the reporters are tested without Octokit. Errors come back as
 * ApiError { status, message } whatever the library threw.
 */
import { getOctokit } from '@actions/github'
import { ApiError, type ChecksClient, type CreateCheckRunBody, type ExistingCheckRun, type UpdateCheckRunBody } from '../report/check-runs.js'
import type { CommentsClient, IssueComment } from '../report/pr-comment.js'
import { failedHost, fullText, networkProblem } from '../engine/coverage.js'

type Octokit = ReturnType<typeof getOctokit>

/**
 * Octokit reports a request that never got an answer (DNS failure, refused connection) as a
 * status-500 RequestError with no response; that is named as the network failure it is (status 0),
 * not as a server error.
 */
export function toApiError(e: unknown): ApiError {
  const err = e as { status?: number; message?: string; response?: { data?: { message?: string } }; cause?: unknown }
  const status = typeof err?.status === 'number' ? err.status : 0
  const message = err?.response?.data?.message ?? err?.message ?? String(e)
  if (!err?.response) {
    const text = fullText(e)
    const net = networkProblem(text)
    if (net) {
      const host = failedHost(text)
      // The socket error's own words (getaddrinfo ENOTFOUND api.github.com), not the wrapper's "fetch failed".
      const detail = text.split('\n').filter((l) => /\s/.test(l.trim())).pop() ?? message
      return new ApiError(0, `network error: ${net}${host ? ` for ${host}` : ''}, so GitHub's API was not reached (${detail})`)
    }
  }
  return new ApiError(status, message)
}

async function call<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work()
  } catch (e) {
    throw toApiError(e)
  }
}

export interface GitHubClient extends ChecksClient, CommentsClient {
  /** Open pull requests whose head is `owner:branch` (a fork's PR on workflow_run). */
  findPullRequests(head: string): Promise<{ number: number; headSha: string }[]>
}

/**
 * `apiUrl` defaults to GITHUB_API_URL (set by the runner, and by the tests to the API double).
 * Every call shares one deadline (`timeoutMs`), so a hanging API cannot hold the job.
 */
export function createClient(token: string, owner: string, repo: string, apiUrl?: string, timeoutMs = 120_000): GitHubClient {
  const octokit: Octokit = getOctokit(token, apiUrl ? { baseUrl: apiUrl } : {})
  const deadline = AbortSignal.timeout(timeoutMs)
  // Keeps the toolkit's proxy-aware fetch: only the signal is added to each request.
  octokit.hook.before('request', (options) => {
    options.request = { ...options.request, signal: deadline }
  })
  return {
    createCheckRun: (body: CreateCheckRunBody) =>
      call(async () => {
        const r = await octokit.rest.checks.create({ owner, repo, ...body })
        return { id: r.data.id, html_url: r.data.html_url ?? null }
      }),
    updateCheckRun: (id: number, body: UpdateCheckRunBody) =>
      call(async () => {
        await octokit.rest.checks.update({ owner, repo, check_run_id: id, ...body })
      }),
    listCheckRuns: (headSha: string) =>
      call(async () => {
        const all = await octokit.paginate(octokit.rest.checks.listForRef, { owner, repo, ref: headSha, filter: 'all', per_page: 100 })
        return all.map((r): ExistingCheckRun => ({ id: r.id, name: r.name, status: r.status, conclusion: r.conclusion ?? null, html_url: r.html_url ?? null }))
      }),
    listComments: (issueNumber: number) =>
      call(async () => {
        const all = await octokit.paginate(octokit.rest.issues.listComments, { owner, repo, issue_number: issueNumber, per_page: 100 })
        return all.map((c): IssueComment => ({ id: c.id, body: c.body ?? null, user: c.user ? { login: c.user.login, type: c.user.type } : null, html_url: c.html_url }))
      }),
    createComment: (issueNumber: number, body: string) =>
      call(async () => {
        const r = await octokit.rest.issues.createComment({ owner, repo, issue_number: issueNumber, body })
        return { id: r.data.id, html_url: r.data.html_url }
      }),
    updateComment: (commentId: number, body: string) =>
      call(async () => {
        const r = await octokit.rest.issues.updateComment({ owner, repo, comment_id: commentId, body })
        return { id: r.data.id, html_url: r.data.html_url }
      }),
    findPullRequests: (head: string) =>
      call(async () => {
        const r = await octokit.rest.pulls.list({ owner, repo, head, state: 'open', per_page: 100 })
        return r.data.map((p) => ({ number: p.number, headSha: p.head.sha }))
      })
  }
}
