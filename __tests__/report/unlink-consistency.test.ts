/**
 * The same hostile text (a bare URL, a `www.` name, `#123`, `GH-7`, an @mention) in a finding, a
 * gate's error, its skip reason and a file name comes out broken the same way in every markdown
 * GitHub renders: the job summary, the PR comment and the check-run bodies. What is checked is the
 * text we send (a word joiner U+2060 inside each pattern GitHub autolinks); GitHub's renderer
 * itself cannot run here.
 */
import { describe, expect, it } from '@jest/globals'
import { allocateAnnotations, gateCheckRun, overallCheckRun } from '../../src/report/check-runs.js'
import { renderPrComment } from '../../src/report/pr-comment.js'
import { renderSummary } from '../../src/report/summary.js'
import { mkFinding, mkReport } from '../support/report.js'

const HOSTILE = 'see https://evil.example/x www.evil.example #123 GH-7 @octocat org/repo#9 mailto:a@b.example'

/** Autolink shapes GitHub turns into links or notifications, when not broken by a word joiner. */
const LIVE = [/[A-Za-z]:\/\//, /\bwww\./i, /(^|[^&\u2060])#\d/m, /\bGH-\d/i, /@[A-Za-z0-9]/, /&#64;[A-Za-z0-9]/]

function live(md: string): string[] {
  // text inside <pre> is not autolinked by GitHub (code blocks are skipped), so it is left out
  const outside = md.replace(/<pre>[\s\S]*?<\/pre>/g, '')
  return LIVE.filter((re) => re.test(outside)).map(String)
}

describe('links and mentions are broken the same way in every rendered markdown', () => {
  const report = mkReport(
    [
      { id: 'code', status: 'fail', findings: [mkFinding(0, { severity: 'high', blocking: true, message: HOSTILE, title: HOSTILE, location: { path: 'src/www.evil.example#1.py', startLine: 3 } })] },
      { id: 'models', status: 'error', errors: [HOSTILE] },
      { id: 'data', status: 'skipped', reason: HOSTILE }
    ],
    { status: 'error' }
  )

  it('job summary, PR comment and check runs carry no live link or mention from scanned text', () => {
    const opts = { mode: 'per-gate' as const, onError: 'fail' as const, maxAnnotations: 1000, headSha: '1f2e3d4c5b6a79881f2e3d4c5b6a79881f2e3d4c', repository: 'o/r' }
    const alloc = allocateAnnotations(report, 1000)
    const outputs: Record<string, string> = {
      summary: renderSummary(report),
      prComment: renderPrComment(report),
      overallCheck: overallCheckRun(report, opts, alloc).summary,
      ...Object.fromEntries(report.gates.map((g) => [`check ${g.id}`, gateCheckRun(report, g, opts, alloc.get(g.id)).summary]))
    }
    for (const [name, md] of Object.entries(outputs)) {
      // our own words may contain links (the docs link); the hostile text must not be live anywhere
      const own = md.replace(/\]\(https:\/\/github\.com\/[^)]*\)/g, '](LINK)').replace(/https:\/\/github\.com\/o\/r\/[^\s)"]*/g, 'LINK')
      expect([name, live(own)]).toEqual([name, []])
    }
    // and the hostile text did reach each of them (the test would pass on an empty body otherwise)
    for (const [name, md] of Object.entries(outputs)) if (name !== 'check data') expect([name, md.replace(/\u2060/g, '').includes('evil.example')]).toEqual([name, true])
  })
})
