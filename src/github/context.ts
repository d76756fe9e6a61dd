/**
 * Where the action runs, read from the runner's environment and the event payload
 * (GITHUB_EVENT_PATH): which commit a check run belongs on, the pull request, whether the token is
 * likely read-only (fork pull request, Dependabot). Pure: the environment and a file reader are
 * passed in, so tests need no runner.
 *
 * The commit for check runs (research/security.md A4): on pull_request and pull_request_target
 * GITHUB_SHA is the merge commit (or the base branch), so the PR's head SHA is used; on
 * workflow_run, the triggering run's head_sha; otherwise GITHUB_SHA.
 */
import { readFileSync } from 'node:fs'

export interface PullRequestRef {
  number: number
  headSha: string
  baseSha: string
  /** owner/name of the repository the head branch lives in (null when that fork was deleted). */
  headRepo: string | null
  headRef: string
}

export interface RunContext {
  eventName: string
  /** owner/name from GITHUB_REPOSITORY. */
  repository: string
  owner: string
  repo: string
  /** GITHUB_SHA as given (the merge commit on pull_request). */
  sha: string
  /** The commit check runs and links belong on. */
  headSha: string
  /** Set on pull_request, pull_request_target and workflow_run events that name a pull request. */
  pullRequest: PullRequestRef | null
  /** For workflow_run: the owner of the head repository and its branch, to find a fork's PR. */
  workflowRun: { headSha: string; headBranch: string; headOwner: string | null; headRepo: string | null; runId: number | null; event: string } | null
  /** The head branch lives in another repository: a fork pull request (read-only token on pull_request). */
  isFork: boolean
  actor: string
  /** Dependabot runs get a read-only token like forks. */
  isDependabot: boolean
  serverUrl: string
  apiUrl: string
  runId: string
  /** Link to this workflow run, for check runs' details_url. */
  runUrl: string | null
}

type Env = Record<string, string | undefined>

function obj(v: unknown): Record<string, any> | null {
  return v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, any>) : null
}

function str(v: unknown): string | null {
  return typeof v === 'string' && v !== '' ? v : null
}

const SHA = /^[0-9a-f]{40}$|^[0-9a-f]{64}$/

/** Reads and parses the event payload; a missing or unreadable file gives an empty payload. */
export function readEventPayload(env: Env, read: (p: string) => string = (p) => readFileSync(p, 'utf8')): Record<string, any> {
  const file = env.GITHUB_EVENT_PATH
  if (!file) return {}
  try {
    return obj(JSON.parse(read(file))) ?? {}
  } catch {
    return {}
  }
}

function pullRequestFrom(pr: Record<string, any> | null): PullRequestRef | null {
  if (!pr || typeof pr.number !== 'number') return null
  const head = obj(pr.head)
  const base = obj(pr.base)
  const headSha = str(head?.sha)
  if (!headSha || !SHA.test(headSha)) return null
  return {
    number: pr.number,
    headSha,
    baseSha: str(base?.sha) ?? '',
    headRepo: str(obj(head?.repo)?.full_name),
    headRef: str(head?.ref) ?? ''
  }
}

export function readRunContext(env: Env = process.env, payload: Record<string, any> = readEventPayload(env)): RunContext {
  const eventName = env.GITHUB_EVENT_NAME ?? ''
  const repository = env.GITHUB_REPOSITORY ?? str(obj(payload.repository)?.full_name) ?? ''
  const [owner = '', repo = ''] = repository.split('/')
  const sha = env.GITHUB_SHA ?? ''
  const actor = env.GITHUB_ACTOR ?? str(obj(payload.sender)?.login) ?? ''
  const serverUrl = (env.GITHUB_SERVER_URL ?? 'https://github.com').replace(/\/+$/, '')
  const apiUrl = (env.GITHUB_API_URL ?? 'https://api.github.com').replace(/\/+$/, '')
  const runId = env.GITHUB_RUN_ID ?? ''
  let pullRequest: PullRequestRef | null = null
  let workflowRun: RunContext['workflowRun'] = null
  let headSha = sha
  let isFork = false

  if (eventName === 'pull_request' || eventName === 'pull_request_target' || eventName === 'pull_request_review' || eventName === 'pull_request_review_comment') {
    const pr = obj(payload.pull_request)
    pullRequest = pullRequestFrom(pr)
    if (pullRequest) headSha = pullRequest.headSha
    const baseRepo = str(obj(obj(pr?.base)?.repo)?.full_name) ?? repository
    // A deleted fork has head.repo null: still a fork.
    isFork = pr !== null && pullRequest !== null && pullRequest.headRepo !== baseRepo
  } else if (eventName === 'workflow_run') {
    const wr = obj(payload.workflow_run)
    const wrSha = str(wr?.head_sha)
    if (wr && wrSha && SHA.test(wrSha)) {
      const headRepository = obj(wr.head_repository)
      workflowRun = {
        headSha: wrSha,
        headBranch: str(wr.head_branch) ?? '',
        headOwner: str(obj(headRepository?.owner)?.login),
        headRepo: str(headRepository?.full_name),
        runId: typeof wr.id === 'number' ? wr.id : null,
        event: str(wr.event) ?? ''
      }
      headSha = wrSha
      isFork = workflowRun.headRepo !== null && workflowRun.headRepo !== repository
      // For a same-repository PR GitHub lists it here; for a fork the list is empty.
      const prs: unknown[] = Array.isArray(wr.pull_requests) ? wr.pull_requests : []
      const match = prs.map((p) => obj(p)).find((p) => str(obj(p?.head)?.sha) === wrSha) ?? obj(prs[0])
      if (match && typeof match.number === 'number') {
        pullRequest = {
          number: match.number,
          headSha: wrSha,
          baseSha: str(obj(match.base)?.sha) ?? '',
          headRepo: workflowRun.headRepo,
          headRef: str(obj(match.head)?.ref) ?? workflowRun.headBranch
        }
      }
    }
  }

  return {
    eventName,
    repository,
    owner,
    repo,
    sha,
    headSha,
    pullRequest,
    workflowRun,
    isFork,
    actor,
    isDependabot: actor === 'dependabot[bot]' || str(obj(payload.sender)?.login) === 'dependabot[bot]',
    serverUrl,
    apiUrl,
    runId,
    runUrl: repository && runId ? `${serverUrl}/${repository}/actions/runs/${runId}` : null
  }
}

/** Why a write to the API was refused, and what to do about it, for the warning shown on a 403. */
export function explainForbidden(ctx: RunContext, what: 'checks' | 'comment', apiMessage: string): string {
  const perm = what === 'checks' ? 'checks: write' : 'pull-requests: write'
  const thing = what === 'checks' ? 'check runs' : 'the pull-request comment'
  const api = apiMessage ? ` (GitHub said: "${apiMessage.slice(0, 200)}")` : ''
  const verdict = 'The verdict is unchanged: the job summary and annotations were written and the step\'s exit status comes from the gates alone.'
  if (/rate limit/i.test(apiMessage)) {
    return `Could not post ${thing}: the API rate limit was reached${api}. ${verdict} Lower max-annotations or retry later.`
  }
  if (ctx.isFork && (ctx.eventName === 'pull_request' || ctx.eventName.startsWith('pull_request_review'))) {
    return (
      `Could not post ${thing}: this pull request comes from a fork, and GitHub gives fork pull requests a read-only GITHUB_TOKEN${api}. ${verdict} ` +
      'To get checks on fork pull requests, run this action with mode: scan here and mode: report in a workflow_run workflow that has ' +
      `${perm} (see docs/pull-requests.md, "Fork pull requests"), or set ${what === 'checks' ? 'check-runs: none' : 'pr-comment: false'} to silence this warning.`
    )
  }
  if (ctx.isDependabot) {
    return (
      `Could not post ${thing}: runs triggered by Dependabot get a read-only GITHUB_TOKEN${api}. ${verdict} ` +
      'Use the two-workflow pattern (mode: scan, then mode: report in a workflow_run workflow) described in docs/pull-requests.md.'
    )
  }
  return (
    `Could not post ${thing}: the token is not allowed to${api}. ${verdict} ` +
    `Give the job "permissions: ${perm}" (once a permissions: block is present, anything not listed is none), ` +
    `or set ${what === 'checks' ? 'check-runs: none' : 'pr-comment: false'}.`
  )
}
