/**
 * Policy turns what gates found into verdicts: a finding blocks when it is at or above the gate's
 * threshold, is not waived (an unexpired waiver), is not suppressed inline by a comment in the
 * source, and is not in the baseline. Waivers that expired
 * stop applying and are reported; waivers that matched nothing are reported as stale.
 */
import { globMatcher } from './paths.js'
import type { Waiver } from '../config/schema.js'
import { fingerprintAll } from './fingerprint.js'
import { atOrAbove, type Finding, type FindingInput, type Threshold, type WaiverNote, type WaiverRef } from './types.js'

export interface PolicyInput {
  waivers: Waiver[]
  baseline: Set<string> | null
  /** Today's date as YYYY-MM-DD (injected so tests are deterministic). */
  today: string
}

export class Policy {
  private readonly used = new Set<number>()
  private readonly expiredHit = new Set<number>()
  private readonly matchers: Array<(p: string) => boolean>

  constructor(private readonly input: PolicyInput) {
    this.matchers = input.waivers.map((w) => (w.path ? globMatcher(w.path) : () => true))
  }

  private matches(i: number, gate: string, f: FindingInput, fingerprint: string): boolean {
    const w = this.input.waivers[i]
    if (w.gate !== gate) return false
    if (w.fingerprint && w.fingerprint !== fingerprint && w.fingerprint !== fingerprint.split(':')[0]) return false
    if (w.rule && w.rule !== f.ruleId && !(f.aliases ?? []).includes(w.rule)) return false
    if (!this.matchers[i](f.location.path)) return false
    return true
  }

  /** Applies waivers, baseline and threshold to one gate's findings. */
  apply(gate: string, findings: FindingInput[], threshold: Threshold): Finding[] {
    const fps = fingerprintAll(gate, findings)
    return findings.map((f, idx) => {
      const fingerprint = fps[idx]
      let waiver: WaiverRef | null = null
      for (let i = 0; i < this.input.waivers.length; i++) {
        if (!this.matches(i, gate, f, fingerprint)) continue
        const w = this.input.waivers[i]
        if (w.expires < this.input.today) {
          this.expiredHit.add(i)
          continue
        }
        this.used.add(i)
        waiver = { gate: w.gate, rule: w.rule, path: w.path, fingerprint: w.fingerprint, reason: w.reason, expires: w.expires }
        break
      }
      const baseline = this.input.baseline?.has(fingerprint) ?? false
      const suppressed = waiver !== null || f.suppression !== undefined
      const blocking = !suppressed && !baseline && atOrAbove(f.severity, threshold)
      const out: Finding = { gate, ...f, fingerprint, blocking, suppressed, waiver }
      if (baseline) out.baseline = true
      return out
    })
  }

  /**
   * Notes on waivers after all gates ran: expired ones (whether or not they still match) and
   * stale ones (matched nothing). Only waivers for gates that ran can be called stale.
   */
  notes(gatesRan: Set<string>): WaiverNote[] {
    const notes: WaiverNote[] = []
    this.input.waivers.forEach((w, i) => {
      const ref: WaiverRef = { gate: w.gate, rule: w.rule, path: w.path, fingerprint: w.fingerprint, reason: w.reason, expires: w.expires }
      const what = describeWaiver(w)
      if (w.expires < this.input.today) {
        notes.push({
          waiver: ref,
          state: 'expired',
          message: `Waiver ${what} expired on ${w.expires} and no longer applies${this.expiredHit.has(i) ? ': the findings it covered are reported and judged again' : ''}. Renew it with a new date or fix the finding.`
        })
      } else if (gatesRan.has(w.gate) && !this.used.has(i)) {
        notes.push({ waiver: ref, state: 'stale', message: `Waiver ${what} matched no finding: remove it if the issue is fixed.` })
      }
    })
    return notes
  }
}

export function describeWaiver(w: { gate: string; rule?: string; path?: string; fingerprint?: string }): string {
  const parts = [`gate ${w.gate}`]
  if (w.rule) parts.push(`rule ${w.rule}`)
  if (w.path) parts.push(`path ${w.path}`)
  if (w.fingerprint) parts.push(`fingerprint ${w.fingerprint}`)
  return `(${parts.join(', ')})`
}

export function todayUtc(now = new Date()): string {
  return now.toISOString().slice(0, 10)
}
