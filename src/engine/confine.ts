/**
 * Nothing outside the workspace reaches a report: every path a gate or its tool reports (finding
 * locations, check targets) is checked against the real workspace. A path that is absolute, climbs
 * out with `..`, or leads out through a symlink (bandit reads `src/x.py -> /etc/passwd` and quotes
 * it) is dropped, with a note saying what was dropped and why. Symlinks the walker met that lead
 * out of the workspace become findings: they are never followed.
 */
import { realLocation, type WalkResult } from './paths.js'
import type { Check, FindingInput, GateRunResult } from './types.js'

export const SYMLINK_RULE = 'workspace/symlink-outside'

/** Drops findings and checks whose path leads out of the workspace; adds one note per dropped path. */
export async function confineToWorkspace(workspace: string, result: GateRunResult): Promise<GateRunResult> {
  const verdict = new Map<string, 'inside' | 'outside' | 'missing'>()
  const where = async (p: string) => {
    let v = verdict.get(p)
    if (!v) {
      v = await realLocation(workspace, p)
      verdict.set(p, v)
    }
    return v
  }
  const dropped = new Map<string, number>()
  const findings: FindingInput[] = []
  for (const f of result.findings) {
    // The symlink finding itself names the link (inside); everything else must lead inside.
    if (f.ruleId !== SYMLINK_RULE && f.location.path && (await where(f.location.path)) === 'outside') {
      dropped.set(f.location.path, (dropped.get(f.location.path) ?? 0) + 1)
      continue
    }
    findings.push(f)
  }
  const checks: Check[] = []
  for (const c of result.checks) {
    if (c.name !== 'symlink' && looksLikePath(c.target) && (await where(c.target)) === 'outside') {
      if (!dropped.has(c.target)) dropped.set(c.target, 0)
      continue
    }
    checks.push(c)
  }
  for (const [target, n] of dropped) {
    checks.push({
      name: 'outside-workspace',
      target,
      outcome: 'skipped',
      details: { reason: 'this path leads out of the workspace (absolute, `..`, or through a symlink); what the tool reported about it was dropped and it was not scanned', droppedFindings: n }
    })
  }
  return dropped.size ? { ...result, findings, checks } : result
}

/** Check targets are paths, or labels such as `.`, `#42`, an image reference or a URL. */
function looksLikePath(t: string): boolean {
  return t !== '' && t !== '.' && !/^[a-z][a-z0-9+.-]*:\/\//i.test(t) && !t.startsWith('#')
}

/** Findings and checks for what the walker met and could not scan: symlinks leading out, names that are not UTF-8. */
export function walkNotes(walk: Pick<WalkResult, 'symlinks' | 'outside' | 'unreadable'>): { findings: FindingInput[]; checks: Check[]; errors: string[] } {
  const outside = new Set(walk.outside ?? [])
  const findings: FindingInput[] = [...outside].map((p) => ({
    ruleId: SYMLINK_RULE,
    severity: 'medium',
    title: 'Symlink out of the workspace',
    message: `${p} is a symbolic link that leads out of the workspace; it was not followed or scanned. A committed link to a file outside the repository (/etc/passwd, the runner's home) makes tools read and quote that file: replace the link with the file itself, or remove it.`,
    location: { path: p, startLine: null },
    fingerprintKey: `symlink:${p}`
  }))
  const checks: Check[] = walk.symlinks.map((s) => ({ name: 'symlink', target: s, outcome: outside.has(s) ? 'fail' : 'skipped', details: { reason: outside.has(s) ? 'symlink leading out of the workspace: not followed' : 'symlinks are not followed' } }))
  const errors: string[] = []
  for (const u of walk.unreadable ?? []) {
    const folder = u.endsWith('/') ? ' (a folder: nothing under it)' : ''
    checks.push({ name: 'file-name', target: u, outcome: 'error', details: { reason: `the name is not valid UTF-8 (or the folder could not be read), so it was not scanned${folder}` } })
    errors.push(`${u}: the file name is not valid UTF-8 (or the folder could not be read), so it was not scanned${folder}; rename it`)
  }
  return { findings, checks, errors }
}
