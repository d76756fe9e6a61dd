/**
 * The pull-request side of the action (modes full and report): check runs on the right commit and
 * the optional pull-request comment. Never throws and never changes the verdict: a refused or
 * failed API call is a warning that says why and what to do.
 */
import type { Logger } from '../engine/logger.js'
import type { Report } from '../engine/types.js'
import { publishCheckRuns, type CheckRunsMode, type OnError, type PublishResult } from '../report/check-runs.js'
import { markerFor, publishPrComment, type CommentResult } from '../report/pr-comment.js'
import { createClient, type GitHubClient } from './client.js'
import { explainForbidden, type RunContext } from './context.js'

export interface PullRequestSettings {
  checkRuns: CheckRunsMode
  onError: OnError
  maxAnnotations: number
  prComment: boolean
  /** Distinguishes the comments of several workflows on one pull request. */
  commentKey?: string
  token: string
  /** Time allowed for all API calls together. */
  timeoutMs?: number
}

export interface PullRequestOutcome {
  checks: PublishResult | null
  comment: CommentResult | null
  /** Annotations the check runs carry (0 when none were posted). */
  checkAnnotations: number
  /** The overall check run's URL (output check-run-url). */
  checkRunUrl: string | null
  headSha: string
}

async function findPullRequest(ctx: RunContext, client: GitHubClient, logger: Logger): Promise<number | null> {
  if (ctx.pullRequest) return ctx.pullRequest.number
  const wr = ctx.workflowRun
  if (!wr || (wr.event !== 'pull_request' && wr.event !== 'pull_request_target')) return null
  if (!wr.headOwner || !wr.headBranch) return null
  // For a fork, workflow_run.pull_requests is empty: find the open PR whose head is that commit.
  try {
    const prs = await client.findPullRequests(`${wr.headOwner}:${wr.headBranch}`)
    return prs.find((p) => p.headSha === wr.headSha)?.number ?? null
  } catch (e) {
    logger.warning(`Could not look up the pull request of ${wr.headOwner}:${wr.headBranch}: ${e instanceof Error ? e.message : String(e)}`)
    return null
  }
}

export async function publishPullRequest(
  report: Report,
  settings: PullRequestSettings,
  ctx: RunContext,
  logger: Logger,
  client?: GitHubClient
): Promise<PullRequestOutcome> {
  const outcome: PullRequestOutcome = { checks: null, comment: null, checkAnnotations: 0, checkRunUrl: null, headSha: ctx.headSha }
  if (settings.checkRuns === 'none' && !settings.prComment) return outcome
  if (!settings.token) {
    logger.warning('github-token is empty: no check runs or pull-request comment were posted. Pass github-token: ${{ github.token }} (the default).')
    return outcome
  }
  if (!ctx.owner || !ctx.repo || !/^[0-9a-f]{40}$/.test(ctx.headSha)) {
    logger.warning(`No repository or commit to post to (GITHUB_REPOSITORY="${ctx.repository}", commit "${ctx.headSha}"): no check runs or comment were posted.`)
    return outcome
  }
  const api = client ?? createClient(settings.token, ctx.owner, ctx.repo, ctx.apiUrl, settings.timeoutMs ?? 120_000)
  const common = {
    headSha: ctx.headSha,
    repository: ctx.repository,
    serverUrl: ctx.serverUrl,
    pathPrefix: report.context?.root ?? '',
    runUrl: ctx.runUrl
  }
  if (settings.checkRuns !== 'none') {
    logger.info(`Posting check runs (${settings.checkRuns}) on ${ctx.headSha} (${ctx.eventName || 'unknown event'})`)
    outcome.checks = await publishCheckRuns(report, {
      ...common,
      mode: settings.checkRuns,
      onError: settings.onError,
      maxAnnotations: settings.maxAnnotations,
      client: api,
      warn: (m) => logger.warning(m),
      info: (m) => logger.info(m),
      explainForbidden: (m) => explainForbidden(ctx, 'checks', m)
    })
    outcome.checkRunUrl = outcome.checks.url
    outcome.checkAnnotations = outcome.checks.posted.reduce((n, p) => n + p.annotations, 0)
  }
  if (settings.prComment) {
    const number = await findPullRequest(ctx, api, logger)
    if (number === null) {
      logger.info(`pr-comment: this ${ctx.eventName || 'run'} is not about a pull request; no comment posted.`)
    } else {
      outcome.comment = await publishPrComment(report, {
        ...common,
        marker: markerFor(settings.commentKey),
        checkUrl: outcome.checkRunUrl,
        client: api,
        prNumber: number,
        warn: (m) => logger.warning(m),
        info: (m) => logger.info(m),
        explainForbidden: (m) => explainForbidden(ctx, 'comment', m)
      })
    }
  }
  return outcome
}
