/**
 * The approval rules over one pull request: which rules apply (a changed file matches its paths),
 * who may approve for each (code owners of each file, named users, team members, anyone), and
 * whether enough of the counted approvals come from them. With from: codeowners each CODEOWNERS
 * line that owns a changed file is a requirement of its own (every owned file needs its owners'
 * approval, as GitHub's code-owner review does).
 */
import picomatch from 'picomatch'
import { ruleFor, type Codeowners, type Owner } from '../../scanners/codeowners.js'
import type { ApprovalRule } from './config.js'
import type { Membership } from './github.js'
import { same } from './reviews.js'

export interface Requirement {
  rule: string
  /** What the approvers must be: "code owners @org/ml (CODEOWNERS line 4)", "users alice, bob", "anyone". */
  from: string
  /** Changed files this requirement covers. */
  files: string[]
  needed: number
  /** Counted approvers that qualify. */
  approvedBy: string[]
  /** Counted approvers whose team membership the token could not read. */
  undecided: { reviewer: string; team: string }[]
  /** No one can satisfy it (no owners, or e-mail owners only): the reason. */
  unsatisfiable: string | null
  /** CODEOWNERS line (from: codeowners). */
  codeownersLine?: number
  satisfied: boolean
}

export interface RuleOutcome {
  name: string
  paths: string[]
  applies: boolean
  requirements: Requirement[]
}

export type MembershipOf = (team: string, login: string) => Promise<Membership>

export function ruleName(r: ApprovalRule): string {
  return r.name ?? r.paths.join(', ')
}

async function qualifies(login: string, users: string[], teams: string[], membership: MembershipOf, undecided: { reviewer: string; team: string }[]): Promise<boolean> {
  if (users.some((u) => same(u, login))) return true
  let unknown: string | null = null
  for (const t of teams) {
    const m = await membership(t, login)
    if (m === 'member') return true
    if (m === 'cannot-see') unknown ??= t
  }
  if (unknown) undecided.push({ reviewer: login, team: unknown })
  return false
}

async function requirement(
  rule: string,
  from: string,
  files: string[],
  needed: number,
  approvers: string[],
  users: string[],
  teams: string[],
  membership: MembershipOf,
  anyone = false
): Promise<Requirement> {
  const approvedBy: string[] = []
  const undecided: { reviewer: string; team: string }[] = []
  for (const a of approvers) if (anyone || (await qualifies(a, users, teams, membership, undecided))) approvedBy.push(a)
  return { rule, from, files, needed, approvedBy, undecided, unsatisfiable: null, satisfied: approvedBy.length >= needed }
}

function ownersText(owners: Owner[]): string {
  return owners.map((o) => o.text).join(' ')
}

export async function evaluateRules(
  rules: ApprovalRule[],
  changed: string[],
  codeowners: Codeowners | null,
  approvers: string[],
  membership: MembershipOf,
  unowned: 'fail' | 'allow'
): Promise<RuleOutcome[]> {
  const out: RuleOutcome[] = []
  for (const r of rules) {
    const name = ruleName(r)
    const isMatch = picomatch(r.paths, { dot: true })
    const files = changed.filter((f) => isMatch(f))
    const outcome: RuleOutcome = { name, paths: r.paths, applies: files.length > 0, requirements: [] }
    out.push(outcome)
    if (!files.length) continue
    if (r.from === 'anyone') {
      outcome.requirements.push(await requirement(name, 'anyone with write access', files, r.approvals, approvers, [], [], membership, true))
    } else if (r.from === 'codeowners') {
      if (!codeowners) throw new Error('internal: codeowners rule without CODEOWNERS')
      const byLine = new Map<number, { owners: Owner[]; files: string[] }>()
      const noRule: string[] = []
      for (const f of files) {
        const line = ruleFor(codeowners, f)
        if (!line || !line.owners.length) {
          noRule.push(f)
          continue
        }
        const g = byLine.get(line.line) ?? { owners: line.owners, files: [] }
        g.files.push(f)
        byLine.set(line.line, g)
      }
      if (noRule.length && unowned === 'fail') {
        outcome.requirements.push({
          rule: name,
          from: `code owners (${codeowners.file} gives these files no owner)`,
          files: noRule,
          needed: r.approvals,
          approvedBy: [],
          undecided: [],
          unsatisfiable: `${codeowners.file} on the base branch names no owner for ${noRule.length === 1 ? noRule[0] : `${noRule.length} of the matching files`}: add an owner line, or set unowned: allow`,
          satisfied: false
        })
      }
      for (const [line, g] of [...byLine.entries()].sort((a, b) => a[0] - b[0])) {
        const users = g.owners.filter((o) => o.kind === 'user').map((o) => (o as { login: string }).login)
        const teams = g.owners.filter((o) => o.kind === 'team').map((o) => `${(o as { org: string }).org}/${(o as { slug: string }).slug}`)
        const req = await requirement(name, `code owners ${ownersText(g.owners)} (${codeowners.file} line ${line})`, g.files, r.approvals, approvers, users, teams, membership)
        req.codeownersLine = line
        if (!users.length && !teams.length) {
          req.unsatisfiable = `the owners on ${codeowners.file} line ${line} are e-mail addresses only, which cannot be matched to reviewers through the API: name them as @username or @org/team`
          req.satisfied = false
        }
        outcome.requirements.push(req)
      }
    } else {
      const from = [r.from.users.length ? `users ${r.from.users.map((u) => '@' + u).join(', ')}` : '', r.from.teams.length ? `teams ${r.from.teams.map((t) => '@' + t).join(', ')}` : '']
        .filter(Boolean)
        .join(' or ')
      outcome.requirements.push(await requirement(name, from, files, r.approvals, approvers, r.from.users, r.from.teams, membership))
    }
  }
  return out
}
