/**
 * Which reviews are approvals that count. GitHub's reviews list is the history of a pull request:
 * each reviewer's LATEST review that is not a comment decides (an APPROVED later followed by
 * CHANGES_REQUESTED is not an approval; a dismissed approval has state DISMISSED and does not
 * count). Then the exclusions: the pull request's author, optionally the last pusher, optionally
 * approvals of an older commit. Pure: the reviews and the pull request in, one row per reviewer out.
 */

/** A review as GET /repos/{o}/{r}/pulls/{n}/reviews returns it (the fields used). */
export interface ApiReview {
  id: number
  user: { login: string; type?: string } | null
  state: string
  commit_id: string | null
  submitted_at?: string | null
}

export interface ReviewerState {
  /** Login, or `ghost` for a deleted account. */
  reviewer: string
  state: 'APPROVED' | 'CHANGES_REQUESTED' | 'DISMISSED'
  commitId: string | null
  submittedAt: string | null
  reviewId: number
  /** Counted as an approval so far (before team and owner matching). */
  counted: boolean
  /** Why it does not count, when it does not. */
  reason: string | null
}

export interface ReviewOptions {
  author: string
  headSha: string
  headCommitOnly: boolean
  lastPusher: string | null
}

const DECIDING = new Set(['APPROVED', 'CHANGES_REQUESTED', 'DISMISSED'])

export function latestStates(reviews: ApiReview[], opts: ReviewOptions): ReviewerState[] {
  const latest = new Map<string, { review: ApiReview; order: number }>()
  reviews.forEach((r, order) => {
    if (!DECIDING.has(r.state)) return // COMMENTED and PENDING never change the decision
    const key = (r.user?.login ?? `ghost#${r.id}`).toLowerCase()
    const prev = latest.get(key)
    // The API lists reviews oldest first; submitted_at decides when both have it.
    const newer = !prev || compare(r, order, prev.review, prev.order) > 0
    if (newer) latest.set(key, { review: r, order })
  })
  const out: ReviewerState[] = []
  for (const { review } of latest.values()) {
    const reviewer = review.user?.login ?? 'ghost'
    const row: ReviewerState = {
      reviewer,
      state: review.state as ReviewerState['state'],
      commitId: review.commit_id,
      submittedAt: review.submitted_at ?? null,
      reviewId: review.id,
      counted: false,
      reason: null
    }
    if (review.state === 'DISMISSED') row.reason = 'approval dismissed'
    else if (review.state === 'CHANGES_REQUESTED') row.reason = 'changes requested (latest review)'
    else if (!review.user) row.reason = 'the account was deleted'
    else if (same(reviewer, opts.author)) row.reason = 'author of the pull request'
    else if (opts.lastPusher && same(reviewer, opts.lastPusher)) row.reason = 'pushed the head commit (exclude-last-pusher)'
    else if (opts.headCommitOnly && review.commit_id !== opts.headSha) row.reason = `approved an older commit ${short(review.commit_id)} (head-commit-only)`
    else row.counted = true
    out.push(row)
  }
  return out.sort((a, b) => (a.submittedAt ?? '').localeCompare(b.submittedAt ?? '') || a.reviewer.localeCompare(b.reviewer))
}

function compare(a: ApiReview, ao: number, b: ApiReview, bo: number): number {
  const at = a.submitted_at ? Date.parse(a.submitted_at) : NaN
  const bt = b.submitted_at ? Date.parse(b.submitted_at) : NaN
  if (!Number.isNaN(at) && !Number.isNaN(bt) && at !== bt) return at - bt
  return ao - bo
}

export function same(a: string, b: string): boolean {
  return a.toLowerCase() === b.toLowerCase()
}

export function short(sha: string | null): string {
  return sha ? sha.slice(0, 7) : '(none)'
}
