/** The approval gate against the GitHub REST double: a pull request fixture and a one-gate engine run. */
import { mkdtempSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { Config } from '../../src/config/schema.js'
import { silentLogger } from '../../src/engine/logger.js'
import { Policy } from '../../src/engine/policy.js'
import { runEngine } from '../../src/engine/run.js'
import type { Gate, Report } from '../../src/engine/types.js'
import { createClient } from '../../src/github/client.js'
import type { PublishOptions } from '../../src/report/check-runs.js'
import { approvalGate, runApproval } from '../../src/gates/approval/index.js'
import { processRunner } from '../../src/tools/runner.js'
import type { GitHubApiDouble, PullFixture } from './github-api-double.js'

export const OWNER = 'acme'
export const NAME = 'ml-service'
export const BASE = 'b'.repeat(40)
export const HEAD = 'c'.repeat(40)
export const OLD_HEAD = 'd'.repeat(40)
export const TOKEN = 'ghs_defaultWorkflowToken0000000000000'
export const TEAMS_TOKEN = 'ghs_appTokenWithMembersRead000000000'

/** The workflow run the checks link to. */
export const RUN_URL = `https://github.com/${OWNER}/${NAME}/actions/runs/42`

/** Check-run publishing on HEAD through the real Octokit client and the double; warnings collected. */
export function checkOptions(api: GitHubApiDouble, warnings: string[], mode: PublishOptions['mode'] = 'per-gate'): PublishOptions {
  return {
    mode,
    onError: 'fail',
    maxAnnotations: 50,
    client: createClient(TOKEN, OWNER, NAME, api.url, 20_000),
    headSha: HEAD,
    repository: `${OWNER}/${NAME}`,
    serverUrl: 'https://github.com',
    runUrl: RUN_URL,
    warn: (m) => warnings.push(m),
    explainForbidden: (m) => m
  }
}

export const CODEOWNERS = ['# owners', '*            @lead', '/models/     @alice @acme/ml-owners', '/docs/       docs@acme.example', ''].join('\n')

export function pullFixture(over: Partial<PullFixture> = {}): PullFixture {
  return {
    number: 7,
    author: 'author',
    headSha: HEAD,
    headRef: 'feature',
    baseSha: BASE,
    baseRef: 'main',
    files: ['models/clf.safetensors', 'src/train.py'],
    reviews: [],
    ...over
  }
}

/** A double with the pull request, CODEOWNERS on the base commit, a team and collaborators. */
export function seed(api: GitHubApiDouble, fx: PullFixture = pullFixture()): PullFixture {
  api.pullFixtures.clear()
  api.contents.clear()
  api.teams.clear()
  api.permissions.clear()
  api.faults.clear()
  api.codeownersErrors.clear()
  api.pushes.length = 0
  api.checkRuns.clear()
  api.calls.length = 0
  api.teamTokens = new Set([TEAMS_TOKEN])
  api.pullFixtures.set(fx.number, fx)
  api.contents.set(`${BASE}:.github/CODEOWNERS`, CODEOWNERS)
  api.teams.set('acme/ml-owners', new Set(['mia']))
  for (const [login, perm] of Object.entries({ author: 'write', alice: 'write', bob: 'write', carol: 'admin', lead: 'admin', mia: 'write', dave: 'read' })) api.permissions.set(login, perm)
  return fx
}

let t = Date.parse('2026-11-30T10:00:00Z')
/** Review times, one minute apart, in call order. */
export function at(): string {
  t += 60_000
  return new Date(t).toISOString().replace(/\.\d{3}Z$/, 'Z')
}

export interface RunOpts {
  api: GitHubApiDouble
  block: Record<string, unknown>
  env?: Record<string, string>
  workspace?: string
  sleeps?: number[]
  pull?: number
  pullRequest?: { number: number; baseSha: string; headSha: string }
}

export function env(api: GitHubApiDouble, extra: Record<string, string> = {}): Record<string, string> {
  return { GITHUB_REPOSITORY: `${OWNER}/${NAME}`, GITHUB_API_URL: api.url, GITHUB_TOKEN: TOKEN, ...extra }
}

/** Runs the approval gate alone through the real engine and policy, on pull request 7 at HEAD. */
export async function runApprovalGate(o: RunOpts): Promise<Report> {
  const sleeps = o.sleeps ?? []
  const gate: Gate<any> = {
    ...approvalGate,
    run: (ctx) => runApproval(ctx, { env: o.env ?? env(o.api), sleep: async (ms) => void sleeps.push(ms) })
  }
  const workspace = o.workspace ?? mkdtempSync(path.join(os.tmpdir(), 'asg-approval-'))
  return runEngine({
    config: { version: 1, 'fail-on': 'high', 'timeout-minutes': 5, gates: { approval: o.block } } as Config,
    registry: [gate],
    policy: new Policy({ waivers: [], baseline: null, today: '2026-11-30' }),
    workspace,
    tools: processRunner,
    logger: silentLogger,
    tempDir: mkdtempSync(path.join(os.tmpdir(), 'asg-approval-tmp-')),
    install: 'never',
    maskSecret: () => undefined,
    pullRequest: o.pullRequest ?? { number: o.pull ?? 7, baseSha: BASE, headSha: HEAD },
    context: { repository: `${OWNER}/${NAME}`, sha: HEAD, serverUrl: 'https://github.com', event: 'pull_request_review' }
  })
}
