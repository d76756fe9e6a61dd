/**
 * The approval gate: "when files matching P change, N approvals are needed from the code owners,
 * from named users, or from team members". It reads the pull request from GitHub's REST API (files,
 * reviews, CODEOWNERS of the base branch, team membership, reviewers' permission), counts each
 * reviewer's latest decision, and fails while approvals are missing; its check run then stays in
 * progress ("Waiting for ...") until a re-run on pull_request_review finds them (docs/gates/approval.md).
 *
 * What it enforces, said in the report (`data.semantics`): the latest non-comment review of each
 * reviewer counts; a dismissed approval or a later "changes requested" does not; the author never
 * counts; optionally only approvals of the head commit and not the last pusher's; a reviewer must
 * still have write access. It cannot decide (error) when it cannot read what it needs, and says
 * which token to pass; it never guesses "not a member" from a 404.
 */
import type { Check, FindingInput, Gate, GateContext, GateRunResult, SummaryTable } from '../../engine/types.js'
import { RestClient, RestError } from '../../github/rest.js'
import { parseCodeowners, type Codeowners } from '../../scanners/codeowners.js'
import { approvalConfigSchema, type ApprovalConfig } from './config.js'
import { codeownersErrors, FILES_API_CAP, getPull, lastPusher, listFiles, listReviews, permissionOf, readCodeowners, teamMembership, WRITE_ROLES, type Membership, type Repo } from './github.js'
import { latestStates, short, type ReviewerState } from './reviews.js'
import { evaluateRules, type Requirement, type RuleOutcome } from './rules.js'

type Env = Record<string, string | undefined>

export interface ApprovalDeps {
  env?: Env
  sleep?: (ms: number) => Promise<void>
}

const TEAM_TOKEN_FIX =
  'GITHUB_TOKEN can never read team membership. Pass a token that can: a GitHub App installation token with "Organization permissions: Members: read" ' +
  '(actions/create-github-app-token) or a personal access token with read:org, in an environment variable named by teams-token-env ' +
  '(e.g. teams-token-env: APPROVAL_TEAMS_TOKEN with env: APPROVAL_TEAMS_TOKEN: ${{ steps.app-token.outputs.token }})'

function message(e: unknown): string {
  return e instanceof Error ? e.message : String(e)
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`
}

/** What an API failure means for this gate, and what to do. */
function explain(e: unknown, what: string): string {
  if (e instanceof RestError) {
    if (e.status === 401) return `${what}: the token was refused (HTTP 401, ${e.message}); check the token in token-env`
    if (e.status === 403) return `${what}: the token is not allowed to (${e.message}); give the job "permissions: pull-requests: read, contents: read" or pass a token that can read this repository`
    if (e.status === 404) return `${what}: not found (${e.message}); the repository or pull request does not exist or the token cannot see it`
  }
  return `${what}: ${message(e)}`
}

async function gitChangedFiles(ctx: GateContext<ApprovalConfig>, base: string, head: string): Promise<string[]> {
  const r = await ctx.tools.run('git', ['-c', 'core.quotepath=off', 'diff', '--name-only', '-z', '--no-renames', `${base}...${head}`], {
    cwd: ctx.workspace,
    timeoutMs: 120_000,
    signal: ctx.signal,
    captureStdout: true,
    maxStdout: 64 * 1024 * 1024
  })
  if (r.exitCode !== 0) {
    throw new Error(
      `git diff ${short(base)}...${short(head)} failed (exit ${r.exitCode}: ${r.stderrTail.trim().split('\n').pop() ?? ''}); check the repository out with both commits (actions/checkout with fetch-depth: 0)`
    )
  }
  return r.stdout.split('\0').filter(Boolean)
}

export async function runApproval(ctx: GateContext<ApprovalConfig>, deps: ApprovalDeps = {}): Promise<GateRunResult> {
  const cfg = ctx.config
  const env = deps.env ?? process.env
  const pr = ctx.pullRequest
  const errors: string[] = []
  const checks: Check[] = []
  const findings: FindingInput[] = []
  if (!pr) {
    return {
      findings,
      checks,
      errors,
      skipped: 'not a pull request: the approval gate runs on pull_request and pull_request_review events (see docs/gates/approval.md for the workflow)'
    }
  }
  const [owner, repo] = (env.GITHUB_REPOSITORY ?? '').split('/')
  if (!owner || !repo) return { findings, checks, errors: ['GITHUB_REPOSITORY is not set (owner/name): the approval gate needs to know which repository\'s pull request to read'] }
  const tokenName = cfg['token-env'] ?? (env.GITHUB_TOKEN ? 'GITHUB_TOKEN' : 'INPUT_GITHUB-TOKEN')
  const token = env[tokenName] ?? ''
  if (!token) {
    const fix = cfg['token-env'] ? `token-env names ${tokenName}, which is empty or unset` : 'no GITHUB_TOKEN in the environment and no github-token input'
    return { findings, checks, errors: [`no token to read the pull request's reviews: ${fix}. Set env: GITHUB_TOKEN: \${{ github.token }} on the step (the job needs permissions: pull-requests: read, contents: read)`] }
  }
  ctx.maskSecret(token)
  const teamsTokenName = cfg['teams-token-env']
  const teamsToken = teamsTokenName ? (env[teamsTokenName] ?? '') : token
  if (teamsTokenName && !teamsToken) {
    return { findings, checks, errors: [`teams-token-env names ${teamsTokenName}, which is empty or unset: ${TEAM_TOKEN_FIX}`] }
  }
  if (teamsToken !== token) ctx.maskSecret(teamsToken)

  const baseUrl = env.GITHUB_API_URL || 'https://api.github.com'
  const common = { baseUrl, signal: ctx.signal, maxWaitMs: cfg['max-wait-seconds'] * 1000, ...(deps.sleep ? { sleep: deps.sleep } : {}) }
  const api = new RestClient({ ...common, token })
  const teamsApi = teamsToken === token ? api : new RestClient({ ...common, token: teamsToken })
  const r: Repo = { owner, repo }
  const repository = `${owner}/${repo}`

  // 1. The pull request, as GitHub has it now.
  let pull
  try {
    pull = await getPull(api, r, pr.number)
  } catch (e) {
    return { findings, checks, errors: [explain(e, `reading pull request #${pr.number} of ${repository}`)] }
  }
  const headSha = pr.headSha
  if (pull.headSha && pull.headSha !== headSha) {
    checks.push({ name: 'head-moved', target: `#${pr.number}`, outcome: 'info', details: { judged: headSha, currentHead: pull.headSha, note: 'the pull request has a newer head; this run judges the commit of its event, and the run for the new head judges that one' } })
  }

  // 2. Changed files: the API lists up to 3,000; past that, git.
  let changed: string[]
  let filesSource = 'api'
  try {
    changed = await listFiles(api, r, pr.number)
    if (pull.changedFiles >= FILES_API_CAP || pull.changedFiles > changed.length) {
      filesSource = 'git'
      changed = await gitChangedFiles(ctx, pull.baseSha || pr.baseSha, headSha)
    }
  } catch (e) {
    return { findings, checks, errors: [filesSource === 'git' ? `the pull request changes ${pull.changedFiles} files, more than the ${FILES_API_CAP.toLocaleString('en-US')} the API lists: ${message(e)}` : explain(e, `listing the files of pull request #${pr.number}`)] }
  }
  checks.push({ name: 'changed-files', target: `#${pr.number}`, outcome: 'pass', details: { files: changed.length, source: filesSource } })

  // 3. Reviews: each reviewer's latest decision, then the exclusions.
  let states: ReviewerState[]
  let pusher: string | null = null
  let reviewPages: number
  try {
    if (cfg['exclude-last-pusher']) {
      pusher = await lastPusher(api, pull.headRepo ?? repository, pull.headRef, headSha)
      if (!pusher) {
        return { findings, checks, errors: [`exclude-last-pusher: could not tell who pushed ${short(headSha)} (the repository's activity list for ${pull.headRef} does not name it); re-run later, or set exclude-last-pusher: false`] }
      }
    }
    const { reviews, pages } = await listReviews(api, r, pr.number)
    reviewPages = pages
    states = latestStates(reviews, { author: pull.author, headSha, headCommitOnly: cfg['head-commit-only'], lastPusher: pusher })
  } catch (e) {
    return { findings, checks, errors: [explain(e, `reading the reviews of pull request #${pr.number}`)] }
  }
  if (cfg['require-write-access']) {
    for (const s of states.filter((x) => x.counted)) {
      try {
        const perm = await permissionOf(api, r, s.reviewer)
        if (!WRITE_ROLES.has(perm)) {
          s.counted = false
          s.reason = `no write access to the repository now (permission: ${perm})`
        }
      } catch (e) {
        return { findings, checks, errors: [explain(e, `reading @${s.reviewer}'s permission on ${repository} (require-write-access)`) + '; or set require-write-access: false'] }
      }
    }
  }

  // 4. CODEOWNERS of the base branch, when a rule asks for code owners.
  let codeowners: Codeowners | null = null
  if (cfg.rules.some((x) => x.from === 'codeowners')) {
    try {
      const found = await readCodeowners(api, r, pull.baseSha || pull.baseRef)
      if (!found) {
        return { findings, checks, errors: [`a rule needs code owners, but the base branch ${pull.baseRef} has no CODEOWNERS file (looked in .github/, the root and docs/): add one, or use from: { users: [...] } or { teams: [...] }`] }
      }
      codeowners = parseCodeowners(found.text, found.file)
      checks.push({ name: 'codeowners', target: found.file, outcome: codeowners.problems.length ? 'error' : 'pass', details: { ref: pull.baseSha || pull.baseRef, lines: codeowners.rules.length, problems: codeowners.problems.length } })
      for (const p of codeowners.problems) {
        errors.push(`${found.file} line ${p.line}: ${p.message}. GitHub skips this line, so the files it names may have other owners than intended; fix the line on ${pull.baseRef}. Line: ${p.text}`)
      }
      // GitHub's own verdict on the file at that commit: also unknown users and teams, which no parser can see.
      const github = await codeownersErrors(api, r, pull.baseSha || pull.baseRef)
      const flagged = new Set(codeowners.problems.map((p) => p.line))
      for (const g of github ?? []) {
        if ((g.path && g.path !== found.file) || flagged.has(g.line)) continue
        errors.push(`${found.file} line ${g.line}: GitHub reports "${g.kind}": ${g.message.split('\n')[0]} GitHub skips this line, so the files it names may have other owners than intended; fix it on ${pull.baseRef} (a team must exist and have write access to the repository).`)
      }
      checks.push({ name: 'codeowners-errors', target: found.file, outcome: github === null ? 'skipped' : github.length ? 'error' : 'pass', details: github === null ? { reason: 'the token cannot read GET /repos/{owner}/{repo}/codeowners/errors' } : { errors: github.length } })
    } catch (e) {
      return { findings, checks, errors: [explain(e, `reading CODEOWNERS on ${pull.baseRef}`)] }
    }
  }

  // 5. The rules.
  const cache = new Map<string, Promise<Membership>>()
  const membership = (team: string, login: string): Promise<Membership> => {
    const key = `${team.toLowerCase()} ${login.toLowerCase()}`
    let m = cache.get(key)
    if (!m) {
      const [org, slug] = team.split('/')
      m = teamMembership(teamsApi, org, slug, login)
      cache.set(key, m)
    }
    return m
  }
  const approvers = states.filter((s) => s.counted).map((s) => s.reviewer)
  let outcomes: RuleOutcome[]
  try {
    outcomes = await evaluateRules(cfg.rules, changed, codeowners, approvers, membership, cfg.unowned)
  } catch (e) {
    return { findings, checks, errors: [...errors, explain(e, 'reading team membership')] }
  }

  const missing: Requirement[] = []
  for (const o of outcomes) {
    if (!o.applies) {
      checks.push({ name: 'approval-rule', target: o.name, outcome: 'skipped', details: { reason: 'no changed file matches its paths', paths: o.paths } })
      continue
    }
    for (const q of o.requirements) {
      const where = q.files[0]
      const teamsUnseen = [...new Set(q.undecided.map((u) => u.team))]
      checks.push({
        name: 'approval-rule',
        target: o.name,
        outcome: q.satisfied ? 'pass' : 'fail',
        details: { from: q.from, needed: q.needed, approvedBy: q.approvedBy, files: q.files.length, ...(q.undecided.length ? { undecided: q.undecided } : {}), ...(q.unsatisfiable ? { unsatisfiable: q.unsatisfiable } : {}) }
      })
      if (q.satisfied) continue
      if (q.unsatisfiable) {
        findings.push({
          ruleId: q.codeownersLine === undefined ? 'approval/unowned' : 'approval/unmatchable-owners',
          severity: 'critical',
          title: 'No one can approve',
          message: `Rule "${o.name}": ${q.unsatisfiable}.`,
          location: { path: where, startLine: null },
          fingerprintKey: `${o.name} ${q.from}`
        })
        continue
      }
      if (teamsUnseen.length && q.approvedBy.length + q.undecided.length >= q.needed) {
        const seen = q.undecided.map((u) => `@${u.reviewer} (team @${u.team})`).join(', ')
        errors.push(
          `Rule "${o.name}": cannot see team membership of ${teamsUnseen.map((t) => '@' + t).join(', ')} with ${teamsTokenName ? `the token in ${teamsTokenName}` : 'this token'}, so the approvals of ${seen} cannot be counted or refused. ` +
            'GitHub answers 404 both for "not a member" and for a team the token may not see; the team itself was not visible, so this is "cannot see", not "not a member" ' +
            `(if the token can read the organisation, the team does not exist: check the name). ${teamsTokenName ? 'Check that this token has Organization members: read or read:org.' : TEAM_TOKEN_FIX}`
        )
        continue
      }
      missing.push(q)
      const more = q.needed - q.approvedBy.length
      findings.push({
        ruleId: 'approval/missing',
        severity: 'critical',
        title: 'Approval missing',
        message:
          `Rule "${o.name}" needs ${plural(q.needed, 'approval')} from ${q.from} for ${q.files.length === 1 ? q.files[0] : `${q.files.length} changed files (${q.files.slice(0, 3).join(', ')}${q.files.length > 3 ? ', ...' : ''})`}; ` +
          `${q.approvedBy.length ? `approved by ${q.approvedBy.map((a) => '@' + a).join(', ')}, ` : ''}${plural(more, 'more approval')} needed on ${short(headSha)}.` +
          (teamsUnseen.length ? ` The membership of ${teamsUnseen.map((t) => '@' + t).join(', ')} could not be read (${TEAM_TOKEN_FIX}).` : ''),
        location: { path: where, startLine: null },
        fingerprintKey: `${o.name} ${q.from}`,
        properties: { needed: q.needed, approvedBy: q.approvedBy, from: q.from }
      })
    }
  }

  const applying = outcomes.filter((o) => o.applies)
  const reqs = applying.flatMap((o) => o.requirements)
  const met = reqs.filter((q) => q.satisfied).length
  const waitingFor = missing.reduce((n, q) => n + q.needed - q.approvedBy.length, 0)
  const pending = missing.length
    ? `Waiting for ${plural(waitingFor, 'approval')}: ${missing.map((q) => `${q.rule} (${q.from.replace(/ \(.*\)$/, '')})`).join('; ')}`
    : undefined

  const summary = !applying.length
    ? `no rule applies: none of the ${plural(changed.length, 'changed file')} matches a rule's paths`
    : missing.length || findings.length
      ? `${met} of ${plural(reqs.length, 'approval requirement')} met${pending ? `; ${pending.charAt(0).toLowerCase()}${pending.slice(1)}` : ''}`
      : `all ${plural(reqs.length, 'approval requirement')} met (${approvers.length} counted ${approvers.length === 1 ? 'approval' : 'approvals'} on ${short(headSha)})`

  const tables: SummaryTable[] = [
    {
      title: 'Reviews (latest decision of each reviewer)',
      columns: ['Reviewer', 'State', 'Commit', 'Submitted', 'Counted'],
      rows: states.map((s) => [s.reviewer, s.state, short(s.commitId), s.submittedAt ?? '', s.counted ? 'yes' : `no: ${s.reason}`])
    },
    {
      title: 'Approval rules',
      columns: ['Rule', 'From', 'Files', 'Needed', 'Approved by', 'Met'],
      rows: reqs.map((q) => [q.rule, q.from, String(q.files.length), String(q.needed), q.approvedBy.join(', '), q.satisfied ? 'yes' : 'no'])
    }
  ]

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
  }

  return { findings, checks, errors, summary, tables, data, ...(pending && !errors.length ? { pending } : {}) }
}

export const approvalGate: Gate<ApprovalConfig> = {
  id: 'approval',
  title: 'Approvals (code owners, users, teams)',
  configSchema: approvalConfigSchema,
  run: (ctx) => runApproval(ctx)
}
