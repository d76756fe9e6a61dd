/**
 * What the secrets gate reads from git: the tracked files, and every line a pull request adds in
 * each of its commits (so a key added in one commit and removed in a later one is still seen).
 * git runs with an argv array through the ToolRunner; nothing from the repository is executed
 * (no external diff drivers, no textconv).
 */
import { ToolError } from '../../engine/errors.js'
import type { GateContext, PullRequestInfo } from '../../engine/types.js'

/** Largest `git log -p` output read for a pull request. */
export const MAX_PR_DIFF_BYTES = 256 * 1024 * 1024

const GIT_SAFE = ['-c', 'core.quotePath=false', '-c', 'diff.external=', '-c', 'core.fsmonitor=false']

async function git(ctx: GateContext<unknown>, args: string[], maxStdout = 64 * 1024 * 1024): Promise<{ code: number; out: string; err: string }> {
  const tool = (await ctx.tools.which('git')) ?? 'git'
  const r = await ctx.tools.run(tool, [...GIT_SAFE, ...args], { cwd: ctx.workspace, timeoutMs: 10 * 60_000, signal: ctx.signal, captureStdout: true, maxStdout })
  return { code: r.exitCode, out: r.stdout, err: r.stderrTail }
}

/** True when the workspace is inside a git work tree (false when git is missing too). */
export async function isGitRepo(ctx: GateContext<unknown>): Promise<boolean> {
  try {
    const r = await git(ctx, ['rev-parse', '--is-inside-work-tree'])
    return r.code === 0 && r.out.trim() === 'true'
  } catch {
    return false
  }
}

/**
 * The files of the repository under the workspace: tracked (scanned), and untracked but not ignored
 * (what `git add` would add: not scanned, but said). Workspace-relative, forward slashes.
 */
export async function repositoryFiles(ctx: GateContext<unknown>): Promise<{ tracked: string[]; untracked: string[] }> {
  const prefix = (await git(ctx, ['rev-parse', '--show-prefix'])).out.trim()
  const list = async (which: string[]): Promise<string[]> => {
    const r = await git(ctx, ['ls-files', '-z', ...which, '--full-name', '--', '.'])
    if (r.code !== 0) throw new ToolError('TOOL_FAILED', `git ls-files failed (exit ${r.code}): ${r.err.trim().split('\n').pop()}`)
    return r.out
      .split('\0')
      .filter(Boolean)
      .map((p) => (prefix && p.startsWith(prefix) ? p.slice(prefix.length) : p))
  }
  return { tracked: await list(['--cached']), untracked: await list(['--others', '--exclude-standard']) }
}

/** A run of consecutive lines one commit added to one file. */
export interface AddedChunk {
  commit: string
  /** Workspace-relative path in that commit. */
  path: string
  /** 1-based line of the first added line in the file as of that commit. */
  startLine: number
  lines: string[]
}

/** Unquotes a path git printed in C-style quotes. */
function unquote(p: string): string {
  if (!p.startsWith('"')) return p
  try {
    return JSON.parse(p.replace(/\\([0-7]{3})/g, (_, o) => `\\u00${parseInt(o, 8).toString(16).padStart(2, '0')}`)) as string
  } catch {
    return p.slice(1, -1)
  }
}

/** Parses `git log -p --unified=0` output written with the COMMIT_MARK format. */
export function parseAddedLines(log: string): AddedChunk[] {
  const chunks: AddedChunk[] = []
  let commit = ''
  let file: string | null = null
  let next = 0
  let current: AddedChunk | null = null
  const close = () => {
    if (current?.lines.length) chunks.push(current)
    current = null
  }
  for (const line of log.split('\n')) {
    if (line.startsWith(COMMIT_MARK)) {
      close()
      commit = line.slice(COMMIT_MARK.length).trim()
      file = null
      continue
    }
    if (line.startsWith('diff --git ')) {
      close()
      file = null
      continue
    }
    if (line.startsWith('+++ ')) {
      close()
      const target = line.slice(4).replace(/\t$/, '')
      file = target === '/dev/null' ? null : unquote(target).replace(/^b\//, '')
      continue
    }
    if (line.startsWith('--- ')) continue
    if (line.startsWith('@@')) {
      close()
      const plus = line.split(' ').find((w) => w.startsWith('+'))
      next = plus ? Number(plus.slice(1).split(',')[0]) : 0
      continue
    }
    if (file === null) continue
    if (line.startsWith('+')) {
      if (!current) current = { commit, path: file, startLine: next, lines: [] }
      current.lines.push(line.slice(1))
      next++
    } else if (line.startsWith(' ')) {
      close()
      next++
    } else if (line.startsWith('-')) {
      close()
    }
  }
  close()
  return chunks
}

export const COMMIT_MARK = '\u0001commit '

export interface PrHistory {
  /** Commits of the pull request, oldest first. */
  commits: string[]
  chunks: AddedChunk[]
  mergeBase: string
}

async function haveCommit(ctx: GateContext<unknown>, sha: string): Promise<boolean> {
  return (await git(ctx, ['cat-file', '-e', `${sha}^{commit}`])).code === 0
}

const DEPTH_FIX = 'check out with full history (actions/checkout with fetch-depth: 0) so every commit of the pull request can be read, or set gates.secrets.pr-commits: false to scan only the files'

/** Every line the pull request adds, commit by commit. Missing history is an error saying how to fix it. */
export async function pullRequestAdditions(ctx: GateContext<unknown>, pr: PullRequestInfo): Promise<PrHistory> {
  const shallow = (await git(ctx, ['rev-parse', '--is-shallow-repository'])).out.trim() === 'true'
  for (const [what, sha] of [['base', pr.baseSha], ['head', pr.headSha]] as const) {
    if (!/^[0-9a-f]{7,64}$/i.test(sha)) throw new ToolError('INPUT', `pull request ${what} "${sha}" is not a commit id`)
    if (!(await haveCommit(ctx, sha))) {
      throw new ToolError('INPUT', `the pull request's ${what} commit ${sha.slice(0, 12)} is not in this clone${shallow ? ' (a shallow clone)' : ''}: ${DEPTH_FIX}`)
    }
  }
  const mb = await git(ctx, ['merge-base', pr.baseSha, pr.headSha])
  if (mb.code !== 0 || !mb.out.trim()) {
    throw new ToolError('INPUT', `no common ancestor of the pull request's base ${pr.baseSha.slice(0, 12)} and head ${pr.headSha.slice(0, 12)} in this clone${shallow ? ' (a shallow clone cuts the history)' : ''}: ${DEPTH_FIX}`)
  }
  const mergeBase = mb.out.trim().split('\n')[0]
  const range = `${mergeBase}..${pr.headSha}`
  const list = await git(ctx, ['rev-list', '--reverse', range])
  if (list.code !== 0) throw new ToolError('TOOL_FAILED', `git rev-list ${range} failed: ${list.err.trim().split('\n').pop()}`)
  const commits = list.out.split('\n').filter(Boolean)
  const log = await git(
    ctx,
    ['log', '-p', '--reverse', '--no-color', '--no-ext-diff', '--no-textconv', '--no-renames', '--unified=0', '--diff-merges=off', `--format=${COMMIT_MARK}%H`, range, '--', '.'],
    MAX_PR_DIFF_BYTES
  )
  if (log.code !== 0) throw new ToolError('TOOL_FAILED', `git log -p ${range} failed: ${log.err.trim().split('\n').pop()}`)
  if (Buffer.byteLength(log.out) >= MAX_PR_DIFF_BYTES) {
    throw new ToolError('INPUT', `the pull request's diff is larger than ${MAX_PR_DIFF_BYTES / 1024 / 1024} MiB; its added lines were not all scanned (exclude large generated files with gates.secrets.exclude)`)
  }
  const prefix = (await git(ctx, ['rev-parse', '--show-prefix'])).out.trim()
  const chunks = parseAddedLines(log.out)
    .filter((c) => c.path.startsWith(prefix))
    .map((c) => ({ ...c, path: c.path.slice(prefix.length) }))
  return { commits, chunks, mergeBase }
}
