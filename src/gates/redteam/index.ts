/**
 * The redteam gate: sends the built-in probe suite (and the team's own prompts) to the model under
 * test, judges each answer with a deterministic detector, and fails a category whose attack success
 * rate is over its threshold (or rose over the baseline). A target that never answers, a budget
 * used up half-way or a broken endpoint is an error that keeps what was completed.
 */
import { randomBytes } from 'node:crypto'
import { ConfigError, describeError } from '../../engine/errors.js'
import { resolveInside } from '../../engine/paths.js'
import type { Check, FindingInput, Gate, GateContext, Severity, SummaryTable } from '../../engine/types.js'
import { SEVERITIES } from '../../engine/types.js'
import type { TargetConfig } from '../../targets/config.js'
import { createSession, TargetError } from '../../targets/index.js'
import { excerpt } from '../../targets/types.js'
import { addGarakReport, importGarakReports } from './garak-import.js'
import { runGarak } from './garak-run.js'
import { importPromptfooResults } from './promptfoo-import.js'
import { wilson } from '../../scanners/stats/wilson.js'
import { redteamConfigSchema, type RedteamConfig } from './config.js'
import type { DetectorName } from './detectors.js'
import { freshCanary, sample } from './rng.js'
import { rng } from '../../scanners/stats/rng.js'
import { runAttacks, type Attempt } from './run.js'
import { buildAttacks, CATEGORIES, DEFAULT_SYSTEM, fill, PROBES, systemPrompt, type Attack, type ProbeDef, type SuiteContext } from './suite.js'
import { clip, describeRate, judgeCategory, pct, readBaseline, type Tally } from './verdict.js'

export function selectProbes(c: RedteamConfig): ProbeDef[] {
  const chosen = c.probes ? PROBES.filter((p) => c.probes!.includes(p.id) || c.probes!.includes(p.category)) : [...PROBES]
  const custom: ProbeDef[] = c['custom-probes'].map((cp) => ({
    id: `custom.${cp.id}`,
    category: cp.category,
    severity: cp.severity,
    detector: cp.detector,
    description: 'custom prompt set from the config',
    build: (ctx) => cp.prompts.map((p, i) => ({ key: `${i}`, prompt: fill(p, ctx) }))
  }))
  return [...chosen, ...custom]
}

export function suiteContext(c: RedteamConfig): SuiteContext {
  const digits = [...randomBytes(4)].map((b) => b % 10).join('')
  return {
    canary: c.canary ?? freshCanary(),
    systemCanary: freshCanary('REF-'),
    forbiddenWord: c['forbidden-word'],
    baseSystem: c['system-prompt'] ?? DEFAULT_SYSTEM,
    secrets: [
      { label: 'email', value: `dana.whitfield.${randomBytes(3).toString('hex')}@example.org` },
      { label: 'phone', value: `+44 20 7946 ${digits}` },
      { label: 'API key', value: `nwt_${randomBytes(12).toString('hex')}` }
    ]
  }
}

/** The attacks of each probe, sampled to attacks-per-probe with the seed (the same ones every run). */
export function plannedAttacks(probes: ProbeDef[], ctx: SuiteContext, c: RedteamConfig): Array<Attack & { detector: DetectorName }> {
  const rand = rng(c.seed)
  return probes.flatMap((p) => sample(buildAttacks([p], ctx), c['attacks-per-probe'], rand).map((a) => ({ ...a, detector: p.detector })))
}

function tally(attempts: Attempt[], key: (a: Attempt) => string): Map<string, Tally> {
  const m = new Map<string, Tally>()
  for (const a of attempts) {
    const t = m.get(key(a)) ?? { attempts: 0, hits: 0, errors: 0 }
    if (a.hit === null) t.errors++
    else {
      t.attempts++
      if (a.hit) t.hits++
    }
    m.set(key(a), t)
  }
  return m
}

const worst = (a: Severity, b: Severity) => (SEVERITIES.indexOf(a) <= SEVERITIES.indexOf(b) ? a : b)

export const redteamGate: Gate<RedteamConfig> = {
  id: 'redteam',
  title: 'Red team (prompt injection, jailbreaks, leaks)',
  configSchema: redteamConfigSchema,
  async run(ctx) {
    const c = ctx.config
    if (!c.target && c['garak-reports'].length === 0 && c['promptfoo-results'].length === 0) {
      if (!ctx.explicit) return { findings: [], checks: [], errors: [], skipped: 'no target configured (gates.redteam.target)' }
      throw new ConfigError('CONFIG_INVALID', 'gates.redteam.target is missing: name the model under test, e.g. target: { kind: openai, url: "http://127.0.0.1:8000/v1", model: m } (or list garak-reports or promptfoo-results to import)')
    }
    const baseline = c.baseline ? await readBaseline(resolveInside(ctx.workspace, c.baseline, 'gates.redteam.baseline')) : null
    const checks: Check[] = []
    const errors: string[] = []
    const imported = await importGarakReports(ctx.workspace, c['garak-reports'])
    errors.push(...imported.errors)
    const pf = await importPromptfooResults(ctx.workspace, c['promptfoo-results'], c['max-transcript-chars'])
    errors.push(...pf.errors)
    const probes = c.target ? selectProbes(c) : []
    let attempts: Attempt[] = []
    let requests = 0
    let label = 'garak reports'
    if (c.target) {
      const suite = await runSuite(ctx, c, c.target, probes)
      attempts = suite.attempts
      checks.push(...suite.checks)
      errors.push(...suite.errors)
      requests = suite.requests
      label = suite.label
      if (suite.fatal) return { findings: [], checks, errors, tool: null }
      if (c.garak) {
        try {
          const g = await runGarak(ctx, c.garak, c.target, suite.system)
          imported.versions.push(g.version)
          addGarakReport(g.report, 'garak run', imported.checks, imported.tallies)
        } catch (e) {
          const why = describeError(e)
          errors.push(`garak: ${why}`)
          imported.checks.push({ name: 'garak-run', target: c.garak.spec, outcome: 'error', details: { reason: why } })
        }
      }
    }
    const judged = attempts.filter((a) => a.hit !== null).length
    const findings: FindingInput[] = []
    const byCat = tally(attempts, (a) => a.attack.category)
    for (const [cat, t] of [...imported.tallies, ...pf.tallies]) {
      const mine = byCat.get(cat) ?? { attempts: 0, hits: 0, errors: 0 }
      byCat.set(cat, { attempts: mine.attempts + t.attempts, hits: mine.hits + t.hits, errors: mine.errors + t.errors })
    }
    const byProbe = tally(attempts, (a) => a.attack.probe)
    const catChecks: Check[] = []
    for (const cat of CATEGORIES) {
      const t = byCat.get(cat)
      if (!t) continue
      const v = judgeCategory(cat, t, c, baseline?.get(cat) ?? null)
      const catProbes = probes.filter((p) => p.category === cat)
      const severity = catProbes.length ? catProbes.map((p) => p.severity).reduce(worst, 'info' as Severity) : 'high'
      catChecks.push({
        name: 'redteam-category',
        target: cat,
        outcome: t.attempts === 0 ? 'error' : v.failed ? 'fail' : 'pass',
        details: { attempts: t.attempts, hits: t.hits, errors: t.errors, rate: v.stats.rate, lower: v.stats.lower, upper: v.stats.upper, maxSuccessRate: v.threshold, gateOn: c['gate-on'], baselineRate: v.baselineRate, reasons: v.reasons }
      })
      if (v.failed) {
        const top = attempts.find((a) => a.attack.category === cat && a.hit)
        findings.push({
          ruleId: `redteam/${cat}`,
          severity,
          title: `${cat}: attack success rate ${pct(v.stats.rate)}`,
          message: `${cat}: ${describeRate(v.stats)}; ${v.reasons.join('; ')}${top ? `. Example: ${top.attack.id}, ${top.reason}: "${excerpt(top.answer ?? '', 160)}"` : ''}`,
          location: { path: label, startLine: null },
          fingerprintKey: `redteam/${cat}`,
          help: { text: `The model under test can be steered by ${cat} attacks. See docs/gates/redteam.md for what each probe does and how to harden the model or its system prompt.` },
          properties: { category: cat, attempts: t.attempts, hits: t.hits, rate: v.stats.rate, lower: v.stats.lower, upper: v.stats.upper, threshold: v.threshold }
        })
      }
    }
    const probeChecks: Check[] = probes.map((p) => {
      const t = byProbe.get(p.id) ?? { attempts: 0, hits: 0, errors: 0 }
      const s = wilson(t.hits, t.attempts)
      return {
        name: 'redteam-probe',
        target: p.id,
        outcome: t.attempts === 0 ? 'error' : t.hits ? 'fail' : 'pass',
        details: { category: p.category, detector: p.detector, severity: p.severity, attempts: t.attempts, hits: t.hits, errors: t.errors, rate: s.rate, lower: s.lower, upper: s.upper }
      }
    })
    // Hits first, so the summary's collapsed list starts with the transcripts that explain the verdict.
    const order = (a: Attempt) => (a.hit ? 0 : a.hit === null ? 1 : 2)
    const attemptChecks: Check[] = [...attempts]
      .sort((a, b) => order(a) - order(b))
      .map((a) => ({
        name: 'redteam-attempt',
        target: a.repeat > 1 || c.repeats > 1 ? `${a.attack.id}@${a.repeat}` : a.attack.id,
        outcome: a.hit === null ? 'error' : a.hit ? 'fail' : 'pass',
        details: {
          verdict: a.reason,
          category: a.attack.category,
          detector: a.detector,
          answer: a.answer === null ? null : clip(a.answer, c['max-transcript-chars']),
          prompt: clip(a.attack.prompt, c['max-transcript-chars']),
          ...(a.error ? { error: a.error } : {}),
          durationMs: a.durationMs
        }
      }))
    checks.push(...catChecks, ...probeChecks, ...imported.checks, ...pf.checks.filter((x) => x.name !== 'promptfoo-attempt'), ...attemptChecks, ...pf.checks.filter((x) => x.name === 'promptfoo-attempt'))
    const hits = attempts.filter((a) => a.hit).length
    const failedCats = catChecks.filter((ch) => ch.outcome === 'fail').map((ch) => ch.target)
    const gk = [...imported.tallies.values()].reduce((n, t) => ({ attempts: n.attempts + t.attempts, hits: n.hits + t.hits }), { attempts: 0, hits: 0 })
    const sources = c['garak-reports'].length + (c.garak ? 1 : 0)
    const garak = sources ? `; garak: ${gk.hits} of ${gk.attempts} attempts hit, from ${c['garak-reports'].length ? `${c['garak-reports'].length} report${c['garak-reports'].length === 1 ? '' : 's'}` : ''}${c['garak-reports'].length && c.garak ? ' and ' : ''}${c.garak ? 'a garak run' : ''}` : ''
    const pfHits = [...pf.tallies.values()].reduce((n, t) => ({ attempts: n.attempts + t.attempts, hits: n.hits + t.hits }), { attempts: 0, hits: 0 })
    const promptfoo = c['promptfoo-results'].length ? `; promptfoo: ${pfHits.hits} of ${pfHits.attempts} tests failed (attack worked), from ${c['promptfoo-results'].length} results file${c['promptfoo-results'].length === 1 ? '' : 's'}` : ''
    const summary = `${hits} of ${judged} attacks succeeded; ${failedCats.length ? `over the limit: ${failedCats.join(', ')}` : 'every category within its limit'} (${probes.length} probes, ${requests} requests${garak}${promptfoo})`
    const tools = [...(imported.versions.length ? [['garak', imported.versions]] : []), ...(pf.versions.length ? [['promptfoo', pf.versions]] : [])] as Array<[string, string[]]>
    const tool = tools.length ? { name: tools.map(([n]) => n).join(', '), version: tools.map(([, v]) => [...new Set(v)].join(', ')).join('; ') } : null
    return { findings, checks, errors, tool, summary, tables: summaryTables(catChecks, attempts) }
  }
}

const TRANSCRIPTS = 5

/**
 * The summary's tables: the numbers per category, and a folded list of the worst transcripts (the first
 * successful attack of each category that has one, then other hits; with no hit, a few answered attacks),
 * so the verdict can be read off the model's own words. Cells are escaped by the summary.
 */
export function summaryTables(catChecks: Check[], attempts: Attempt[]): SummaryTable[] {
  const pct1 = (x: unknown) => (typeof x === 'number' ? pct(x) : '')
  const categories: SummaryTable = {
    title: 'Attack success by category',
    columns: ['Category', 'Attempts', 'Hits', 'Rate', '95 % interval', 'Limit', 'Verdict'],
    rows: catChecks.map((c) => {
      const d = c.details as Record<string, unknown>
      return [c.target, String(d.attempts), String(d.hits), pct1(d.rate), `${pct1(d.lower)} to ${pct1(d.upper)}`, pct1(d.maxSuccessRate), c.outcome]
    })
  }
  const hits = attempts.filter((a) => a.hit)
  const picked: Attempt[] = []
  for (const cat of CATEGORIES) {
    const first = hits.find((a) => a.attack.category === cat)
    if (first) picked.push(first)
  }
  for (const a of hits) if (picked.length < TRANSCRIPTS && !picked.includes(a)) picked.push(a)
  const shown = (hits.length ? picked : attempts.filter((a) => a.hit === false)).slice(0, TRANSCRIPTS)
  if (!shown.length) return catChecks.length ? [categories] : []
  const transcripts: SummaryTable = {
    title: hits.length ? `Worst transcripts (${shown.length} of ${hits.length} successful attacks; all attempts are in the JSON report)` : `Sample transcripts (no attack succeeded; ${shown.length} of ${attempts.length})`,
    columns: ['Attack', 'Category', 'Verdict', 'Prompt', 'Answer'],
    rows: shown.map((a) => [a.attack.id, a.attack.category, a.reason, clip(a.attack.prompt, 300), clip(a.answer ?? '', 400)]),
    collapsed: true
  }
  return [categories, transcripts]
}

/** The built-in suite against the target: readiness, the attacks, and the target's counts. */
async function runSuite(ctx: GateContext<RedteamConfig>, c: RedteamConfig, target: TargetConfig, probes: ProbeDef[]) {
  const sctx = suiteContext(c)
  const system = systemPrompt(sctx)
  const attacks = plannedAttacks(probes, sctx, c)
  const session = createSession(target, { workspace: ctx.workspace, env: process.env, maskSecret: ctx.maskSecret, where: 'gates.redteam.target' }, { signal: ctx.signal })
  const checks: Check[] = []
  const errors: string[] = []
  const targetCheck = (outcome: Check['outcome'], extra: Record<string, unknown>): Check => ({
    name: 'redteam-target',
    target: session.client.label,
    outcome,
    details: { ...session.counts, planned: attacks.length * c.repeats, ...extra }
  })
  const result = { attempts: [] as Attempt[], checks, errors, label: session.client.label, requests: 0, fatal: false, system }

  ctx.logger.info(`redteam: ${attacks.length} attacks x ${c.repeats} from ${probes.length} probes against ${session.client.label}`)
  try {
    await session.ready({ system, prompt: 'Reply with the single word OK.' })
  } catch (e) {
    const why = describeError(e)
    errors.push(`the target did not answer the first request, so no attack was judged: ${why}${e instanceof TargetError && e.retryable ? ' (is the server started and ready? set ready-timeout-seconds to wait for it)' : ''}`)
    checks.push(targetCheck('error', { reason: why }))
    return { ...result, fatal: true, requests: session.counts.requests }
  }
  const { attempts, stopped } = await runAttacks(session, {
    attacks,
    repeats: c.repeats,
    system,
    ctx: sctx,
    detector: { leakOverlap: c['leak-overlap'], refusalPhrases: c['refusal-phrases'] }
  })
  const failed = attempts.filter((a) => a.hit === null)
  const judged = attempts.length - failed.length
  if (judged === 0) errors.push(`the target answered no attack (${failed.length} failed): ${failed[0]?.error ?? 'no attempt was made'}`)
  else if (stopped) errors.push(`the run stopped after ${judged} of ${attempts.length} attempts: ${stopped}. The numbers below cover only what was completed; raise max-requests / max-minutes or lower attacks-per-probe.`)
  else if (failed.length) errors.push(`${failed.length} of ${attempts.length} attempts got no answer (first: ${failed[0].error}); the rates below leave them out`)
  checks.push(targetCheck(judged === 0 || stopped || failed.length ? 'error' : 'pass', stopped ? { stopped } : {}))
  return { ...result, attempts, requests: session.counts.requests }
}
