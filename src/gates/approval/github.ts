/**
 * What the approval gate reads from GitHub's REST API, each call turned into plain data or an
 * error that says what to do. Team membership is the delicate one: GITHUB_TOKEN cannot read it, and
 * GitHub answers 404 both for "not a member" and for "you may not see this team". A 404 on the
 * membership is therefore followed by a look at the team itself: if the team is not visible either,
 * the answer is "cannot see", never "not a member".
 */
import { RestError, type RestClient } from '../../github/rest.js'
import type { ApiReview } from './reviews.js'
import { CODEOWNERS_LOCATIONS, CODEOWNERS_MAX_BYTES } from '../../scanners/codeowners.js'

export interface Repo {
  owner: string
  repo: string
}

export interface PullInfo {
  number: number
  author: string
  headSha: string
  headRef: string
  /** owner/name of the head repository (null when a fork was deleted). */
  headRepo: string | null
  baseRef: string
  baseSha: string
  changedFiles: number
  state: string
}

const enc = encodeURIComponent

export async function getPull(api: RestClient, r: Repo, number: number): Promise<PullInfo> {
  const { data: p } = await api.get<any>(`/repos/${enc(r.owner)}/${enc(r.repo)}/pulls/${number}`)
  return {
    number,
    author: p?.user?.login ?? 'ghost',
    headSha: String(p?.head?.sha ?? ''),
    headRef: String(p?.head?.ref ?? ''),
    headRepo: p?.head?.repo?.full_name ?? null,
    baseRef: String(p?.base?.ref ?? ''),
    baseSha: String(p?.base?.sha ?? ''),
    changedFiles: typeof p?.changed_files === 'number' ? p.changed_files : -1,
    state: String(p?.state ?? '')
  }
}

/** The API lists at most 3,000 files of a pull request. */
export const FILES_API_CAP = 3000

export async function listFiles(api: RestClient, r: Repo, number: number): Promise<string[]> {
  const { items } = await api.paginate<{ filename: string; previous_filename?: string }>(`/repos/${enc(r.owner)}/${enc(r.repo)}/pulls/${number}/files`)
  const out = new Set<string>()
  for (const f of items) {
    out.add(f.filename)
    // A rename changes both places: the old path's owners see it too.
    if (f.previous_filename) out.add(f.previous_filename)
  }
  return [...out]
}

export async function listReviews(api: RestClient, r: Repo, number: number): Promise<{ reviews: ApiReview[]; pages: number }> {
  const { items, pages, truncated } = await api.paginate<ApiReview>(`/repos/${enc(r.owner)}/${enc(r.repo)}/pulls/${number}/reviews`)
  if (truncated) throw new RestError(0, 'reviews', `the pull request has more than ${items.length} reviews; the gate stops there rather than count from a partial history`)
  return { reviews: items, pages }
}

/** CODEOWNERS of a commit (the base branch's), where GitHub looks for it, first found wins. */
export async function readCodeowners(api: RestClient, r: Repo, ref: string): Promise<{ file: string; text: string } | null> {
  for (const file of CODEOWNERS_LOCATIONS) {
    try {
      const { data } = await api.get<any>(`/repos/${enc(r.owner)}/${enc(r.repo)}/contents/${file.split('/').map(enc).join('/')}`, { ref })
      if (Array.isArray(data) || data?.type !== 'file') continue
      if (typeof data.size === 'number' && data.size > CODEOWNERS_MAX_BYTES) {
        throw new RestError(0, file, `${file} on the base branch is ${data.size} bytes; GitHub ignores a CODEOWNERS file over 3 MB, so no file has code owners`)
      }
      if (data.encoding !== 'base64' || typeof data.content !== 'string') {
        throw new RestError(0, file, `${file} on the base branch came back without its content (encoding "${data.encoding}")`)
      }
      return { file, text: Buffer.from(data.content, 'base64').toString('utf8') }
    } catch (e) {
      if (e instanceof RestError && e.status === 404) continue
      throw e
    }
  }
  return null
}

export type Membership = 'member' | 'not-member' | 'pending' | 'cannot-see'

/**
 * Whether `login` is an active member of org/slug. `cannot-see` when the token cannot read the team
 * (404 on the team itself, or 403): the caller says which token to pass.
 */
export async function teamMembership(api: RestClient, org: string, slug: string, login: string): Promise<Membership> {
  try {
    const { data } = await api.get<any>(`/orgs/${enc(org)}/teams/${enc(slug)}/memberships/${enc(login)}`)
    return data?.state === 'active' ? 'member' : 'pending'
  } catch (e) {
    if (!(e instanceof RestError) || (e.status !== 404 && e.status !== 403)) throw e
    if (e.status === 403) return 'cannot-see'
  }
  // 404: not a member, or a team this token cannot see. Ask for the team itself to tell them apart.
  try {
    await api.get(`/orgs/${enc(org)}/teams/${enc(slug)}`)
    return 'not-member'
  } catch (e) {
    if (e instanceof RestError && (e.status === 404 || e.status === 403)) return 'cannot-see'
    throw e
  }
}

/** The reviewer's permission on the repository now: admin, maintain, write, triage, read or none. */
export async function permissionOf(api: RestClient, r: Repo, login: string): Promise<string> {
  try {
    const { data } = await api.get<any>(`/repos/${enc(r.owner)}/${enc(r.repo)}/collaborators/${enc(login)}/permission`)
    return String(data?.permission ?? 'none')
  } catch (e) {
    // 404: not a collaborator (any more), or the account is gone.
    if (e instanceof RestError && e.status === 404) return 'none'
    throw e
  }
}

export const WRITE_ROLES = new Set(['admin', 'maintain', 'write'])

/** Who pushed the head commit, from the head repository's activity list; null when not listed. */
export async function lastPusher(api: RestClient, headRepo: string, headRef: string, headSha: string): Promise<string | null> {
  const [owner, repo] = headRepo.split('/')
  const { data } = await api.get<any[]>(`/repos/${enc(owner)}/${enc(repo)}/activity`, { ref: `refs/heads/${headRef}`, per_page: 100 })
  const hit = (Array.isArray(data) ? data : []).find((a) => a?.after === headSha && a?.actor?.login)
  return hit ? String(hit.actor.login) : null
}

export interface CodeownersError {
  line: number
  kind: string
  message: string
  path: string
}

/**
 * The lines of CODEOWNERS GitHub itself could not use at `ref` (invalid pattern, invalid owner,
 * unknown owner: a user or team that does not exist or has no write access). null when the token
 * cannot ask (the gate's own parser still checks the syntax).
 */
export async function codeownersErrors(api: RestClient, r: Repo, ref: string): Promise<CodeownersError[] | null> {
  try {
    const { data } = await api.get<any>(`/repos/${enc(r.owner)}/${enc(r.repo)}/codeowners/errors`, { ref })
    const list: unknown[] = Array.isArray(data?.errors) ? data.errors : []
    return list.map((e: any) => ({ line: Number(e?.line) || 0, kind: String(e?.kind ?? 'error'), message: String(e?.message ?? e?.kind ?? ''), path: String(e?.path ?? '') }))
  } catch (e) {
    if (e instanceof RestError && (e.status === 403 || e.status === 404)) return null
    throw e
  }
}
