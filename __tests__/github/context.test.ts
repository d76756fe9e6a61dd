import { describe, expect, it } from '@jest/globals'
import { mkdtempSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { readEventPayload, readRunContext } from '../../src/github/context.js'
import { HEAD_SHA, MERGE_SHA, pullRequestEvent, pushEvent, REPO, workflowRunEvent } from '../support/pr-action.js'

const env = (event: string, sha = MERGE_SHA, actor = 'octocat') => ({ GITHUB_EVENT_NAME: event, GITHUB_REPOSITORY: REPO, GITHUB_SHA: sha, GITHUB_ACTOR: actor, GITHUB_RUN_ID: '77', GITHUB_SERVER_URL: 'https://github.com' })

describe('readRunContext: which commit, which pull request, fork or not', () => {
  it('pull_request: the PR head SHA, not GITHUB_SHA (the merge commit)', () => {
    const ctx = readRunContext(env('pull_request'), pullRequestEvent() as any)
    expect(ctx.headSha).toBe(HEAD_SHA)
    expect(ctx.sha).toBe(MERGE_SHA)
    expect(ctx.pullRequest).toMatchObject({ number: 42, headSha: HEAD_SHA, headRepo: REPO })
    expect(ctx.isFork).toBe(false)
    expect(ctx.runUrl).toBe(`https://github.com/${REPO}/actions/runs/77`)
  })

  it('a fork pull request is detected from the head repository, also when the fork was deleted', () => {
    expect(readRunContext(env('pull_request'), pullRequestEvent({ fork: true }) as any).isFork).toBe(true)
    const deleted: any = pullRequestEvent({ fork: true })
    deleted.pull_request.head.repo = null
    const ctx = readRunContext(env('pull_request'), deleted)
    expect(ctx.isFork).toBe(true)
    expect(ctx.headSha).toBe(HEAD_SHA)
  })

  it('pull_request_target: still the PR head (GITHUB_SHA is the base branch there)', () => {
    expect(readRunContext(env('pull_request_target', 'b'.repeat(40)), pullRequestEvent() as any).headSha).toBe(HEAD_SHA)
  })

  it('workflow_run: the triggering run head_sha; its PR when listed, the fork owner and branch otherwise', () => {
    const same = readRunContext(env('workflow_run', 'c'.repeat(40)), workflowRunEvent({ headSha: HEAD_SHA, pullRequests: [{ number: 9, head: { sha: HEAD_SHA, ref: 'feature/train' }, base: { sha: 'd'.repeat(40) } }] }) as any)
    expect(same.headSha).toBe(HEAD_SHA)
    expect(same.pullRequest?.number).toBe(9)
    expect(same.isFork).toBe(false)
    const fork = readRunContext(env('workflow_run', 'c'.repeat(40)), workflowRunEvent({ headSha: HEAD_SHA, fork: true }) as any)
    expect(fork.pullRequest).toBeNull()
    expect(fork.isFork).toBe(true)
    expect(fork.workflowRun).toMatchObject({ headOwner: 'contributor', headBranch: 'feature/train', event: 'pull_request' })
  })

  it('push and other events: GITHUB_SHA; Dependabot is recognised', () => {
    const sha = 'e'.repeat(40)
    const ctx = readRunContext(env('push', sha, 'dependabot[bot]'), pushEvent(sha) as any)
    expect(ctx.headSha).toBe(sha)
    expect(ctx.pullRequest).toBeNull()
    expect(ctx.isDependabot).toBe(true)
  })

  it('a payload with a malformed SHA or none at all falls back to GITHUB_SHA; an unreadable file is an empty payload', () => {
    const bad: any = pullRequestEvent()
    bad.pull_request.head.sha = 'not-a-sha'
    expect(readRunContext(env('pull_request'), bad).headSha).toBe(MERGE_SHA)
    const dir = mkdtempSync(path.join(os.tmpdir(), 'asg-ev-'))
    writeFileSync(path.join(dir, 'e.json'), '{oops')
    expect(readEventPayload({ GITHUB_EVENT_PATH: path.join(dir, 'e.json') })).toEqual({})
    expect(readEventPayload({ GITHUB_EVENT_PATH: path.join(dir, 'missing.json') })).toEqual({})
    writeFileSync(path.join(dir, 'ok.json'), JSON.stringify(pullRequestEvent()))
    expect(readRunContext({ ...env('pull_request'), GITHUB_EVENT_PATH: path.join(dir, 'ok.json') }).headSha).toBe(HEAD_SHA)
  })
})
