/**
 * Runs the bundled action (dist/index.js) as the runner does, asynchronously so that the GitHub API
 * double in the test process can answer it: GITHUB_API_URL points at the double, GITHUB_EVENT_PATH
 * at a real-shaped event payload, inputs as INPUT_* variables, GITHUB_STEP_SUMMARY and GITHUB_OUTPUT
 * as files.
 */
import { spawn } from 'node:child_process'
import { DIST, runnerSetup, type ActionRun } from './action.js'

export const REPO = 'octo-org/ml-repo'
export const HEAD_SHA = '4b825dc642cb6eb9a060e54bf8d69288fbee4904'
export const MERGE_SHA = '9c1185a5c5e9fc54612808977ee8f548b2258d31'
export const BASE_SHA = 'e69de29bb2d1d6434b8b29ae775ad8c2e48c5391'

export interface PrActionOptions {
  workspace: string
  apiUrl: string
  eventName: string
  event: object
  inputs?: Record<string, string>
  sha?: string
  env?: Record<string, string>
}

export async function runActionAsync(opts: PrActionOptions): Promise<ActionRun> {
  const run = runnerSetup({
    workspace: opts.workspace,
    eventName: opts.eventName,
    event: opts.event,
    inputs: { 'github-token': 'ghs_e2eToken000000000000000000000000000', ...opts.inputs },
    env: {
      CI: 'true',
      GITHUB_REPOSITORY: REPO,
      GITHUB_REPOSITORY_OWNER: REPO.split('/')[0],
      GITHUB_SHA: opts.sha ?? MERGE_SHA,
      GITHUB_REF: opts.eventName === 'pull_request' ? 'refs/pull/42/merge' : 'refs/heads/main',
      GITHUB_API_URL: opts.apiUrl,
      GITHUB_GRAPHQL_URL: `${opts.apiUrl}/graphql`,
      GITHUB_RUN_ID: '8812345678',
      GITHUB_RUN_ATTEMPT: '1',
      GITHUB_ACTOR: 'octocat',
      GITHUB_WORKFLOW: 'security',
      GITHUB_JOB: 'gates',
      ...opts.env
    }
  })
  const child = spawn(process.execPath, [DIST], { env: run.env, stdio: ['ignore', 'pipe', 'pipe'] })
  let stdout = ''
  let stderr = ''
  child.stdout.on('data', (d) => (stdout += d))
  child.stderr.on('data', (d) => (stderr += d))
  const timer = setTimeout(() => child.kill('SIGKILL'), 240_000)
  const exitCode: number = await new Promise((resolve) => child.on('close', (code) => resolve(code ?? -1)))
  clearTimeout(timer)
  return run.collect(exitCode, stdout, stderr)
}

/** Real-shaped event payloads (the fields GitHub sends that the action reads, in their places). */
export function pullRequestEvent(opts: { number?: number; fork?: boolean; headSha?: string } = {}): object {
  const headRepo = opts.fork ? 'contributor/ml-repo' : REPO
  const repo = (full: string, id: number, fork: boolean) => ({
    id,
    node_id: `R_${id}`,
    name: full.split('/')[1],
    full_name: full,
    private: false,
    fork,
    owner: { login: full.split('/')[0], id: id + 1, type: 'User' },
    html_url: `https://github.com/${full}`,
    default_branch: 'main'
  })
  return {
    action: 'synchronize',
    number: opts.number ?? 42,
    pull_request: {
      id: 1_234_567,
      number: opts.number ?? 42,
      state: 'open',
      title: 'Add the training job',
      user: { login: opts.fork ? 'contributor' : 'octocat', id: 7, type: 'User' },
      head: { label: `${headRepo.split('/')[0]}:feature/train`, ref: 'feature/train', sha: opts.headSha ?? HEAD_SHA, repo: repo(headRepo, opts.fork ? 900 : 100, !!opts.fork), user: { login: headRepo.split('/')[0] } },
      base: { label: 'octo-org:main', ref: 'main', sha: BASE_SHA, repo: repo(REPO, 100, false), user: { login: 'octo-org' } },
      merge_commit_sha: MERGE_SHA,
      html_url: `https://github.com/${REPO}/pull/${opts.number ?? 42}`
    },
    repository: repo(REPO, 100, false),
    sender: { login: opts.fork ? 'contributor' : 'octocat', id: 7, type: 'User' }
  }
}

export function pushEvent(sha: string): object {
  return {
    ref: 'refs/heads/main',
    before: BASE_SHA,
    after: sha,
    head_commit: { id: sha, message: 'Train the model', timestamp: '2026-11-22T10:00:00Z' },
    repository: { id: 100, full_name: REPO, name: 'ml-repo', owner: { login: 'octo-org', name: 'octo-org' } },
    pusher: { name: 'octocat' },
    sender: { login: 'octocat', id: 7, type: 'User' }
  }
}

export function workflowRunEvent(opts: { headSha: string; fork?: boolean; pullRequests?: object[] }): object {
  const headRepo = opts.fork ? 'contributor/ml-repo' : REPO
  return {
    action: 'completed',
    workflow_run: {
      id: 8812340000,
      name: 'security-scan',
      event: 'pull_request',
      status: 'completed',
      conclusion: 'failure',
      head_branch: 'feature/train',
      head_sha: opts.headSha,
      pull_requests: opts.pullRequests ?? [],
      head_repository: { id: opts.fork ? 900 : 100, full_name: headRepo, name: 'ml-repo', owner: { login: headRepo.split('/')[0] } },
      repository: { id: 100, full_name: REPO, name: 'ml-repo', owner: { login: 'octo-org' } }
    },
    workflow: { id: 55, name: 'security-scan', path: '.github/workflows/security-scan.yml' },
    repository: { id: 100, full_name: REPO, name: 'ml-repo', owner: { login: 'octo-org' } },
    sender: { login: 'contributor', id: 8, type: 'User' }
  }
}
