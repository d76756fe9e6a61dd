/**
 * The robustness gate: black-box evasion attacks and fuzzing against a model's prediction endpoint.
 * Reads the team's labelled evaluation set, measures clean accuracy through the endpoint, then
 * accuracy under random bounded perturbations, a decision-based minimal-perturbation attack, text
 * edits and, on image columns, pixel noise and the decision attack on the pixels, and fails an
 * attack whose accuracy drop (or accuracy) is past its threshold. Then it fuzzes the endpoint,
 * wrong HTTP methods included. Work left undone (budget, endpoint down, labels outside the classes) is an error that
 * keeps what was completed, never a pass.
 */
import { readFile, stat } from 'node:fs/promises'
import { ConfigError, describeError } from '../../engine/errors.js'
import { realInside } from '../../engine/paths.js'
import type { Check, FindingInput, Gate, GateRunResult, SummaryTable } from '../../engine/types.js'
import { formatOf, type TabularFormat } from '../../scanners/tabular/index.js'
import { TargetError } from '../../targets/index.js'
import { createPredictClient, createPredictSession } from '../../targets/predict.js'
import { robustnessConfigSchema, type RobustnessConfig } from './config.js'
import { EvalSetError, loadEvalSet, type EvalSet } from './dataset.js'
import { decisionAttack } from './decision.js'
import { fuzzChecks, fuzzFindings, runFuzz } from './fuzz.js'
import { noiseAttack } from './noise.js'
import { imageDecisionAttack, imageNoiseAttack } from './pixels.js'
import { MAX_PNG_BYTES, PngError } from './png.js'
import { forEachLimited, Oracle, StopRun } from './oracle.js'
import type { AttackRun } from './outcome.js'
import { textAttack } from './text.js'
import { attackCheck, attackFinding, attackStats, attackTable, flipChecks, pct, type AttackStats } from './verdict.js'

export const robustnessGate: Gate<RobustnessConfig> = {
  id: 'robustness',
  title: 'Robustness (evasion attacks, fuzzing)',
  configSchema: robustnessConfigSchema,
  async run(ctx): Promise<GateRunResult> {
    const c = ctx.config
    if (!c.target || !c.dataset) {
      if (!ctx.explicit && !c.target && !c.dataset) return { findings: [], checks: [], errors: [], skipped: 'no target and evaluation set configured (gates.robustness.target, gates.robustness.dataset)' }
      throw new ConfigError(
        'CONFIG_INVALID',
        !c.target
          ? 'gates.robustness.target is missing: name the prediction endpoint, e.g. target: { kind: rest, url: "http://127.0.0.1:8080/predict", body: "{{row}}", label-path: $.label }'
          : 'gates.robustness.dataset is missing: name the labelled evaluation set (CSV, TSV, Parquet or JSON Lines), e.g. dataset: eval/holdout.csv'
      )
    }
    const checks: Check[] = []
    const errors: string[] = []
    const findings: FindingInput[] = []
    const tables: SummaryTable[] = []
    const rel = c.dataset
    const where = 'gates.robustness.target'
    const tenv = { workspace: ctx.workspace, env: process.env, maskSecret: ctx.maskSecret, where }

    // The template decides which columns are features; the client checks it before anything is read.
    const first = createPredictClient(c.target, tenv, [])
    const names = first.placeholders
    const wholeRow = /\{\{\s*(row|features)\s*\}\}/.test(JSON.stringify(first.template))
    if (!wholeRow && names.length === 0) {
      throw new ConfigError('CONFIG_INVALID', `${where}.body maps no column: put "{{row}}" (every feature column), "{{features}}" (their values as a list) or "{{column}}" placeholders where the endpoint expects its input`)
    }

    let evalSet: EvalSet
    let format: TabularFormat
    try {
      const abs = await realInside(ctx.workspace, rel, 'gates.robustness.dataset')
      format = formatOf(rel, c.format)
      const readPng = async (file: string, what: string) => {
        const real = await realInside(ctx.workspace, file, what)
        const st = await stat(real)
        if (st.size > MAX_PNG_BYTES) throw new PngError(`is ${st.size} bytes, more than the ${MAX_PNG_BYTES} read for one image`)
        return readFile(real)
      }
      evalSet = await loadEvalSet(abs, rel, format, c, names, wholeRow, ctx.signal, readPng)
    } catch (e) {
      const msg = (e as NodeJS.ErrnoException).code === 'ENOENT' ? `gates.robustness.dataset: ${rel} does not exist in the workspace; fix the path or write the evaluation set before the gate runs` : describeError(e)
      if (!(e instanceof EvalSetError) && !(e as NodeJS.ErrnoException).code && !(e instanceof Error && e.name === 'TabularError')) throw e
      return { findings, checks: [{ name: 'robustness-dataset', target: rel, outcome: 'error', details: { reason: msg } }], errors: [msg], tool: null }
    }
    const { examples, classes } = evalSet
    checks.push({
      name: 'robustness-dataset',
      target: rel,
      outcome: classes.length < 2 ? 'error' : 'pass',
      details: {
        format,
        rowsRead: evalSet.rowsRead,
        examples: examples.length,
        classes,
        leftOut: evalSet.skipped.length,
        leftOutExamples: evalSet.skipped.slice(0, 5),
        columns: evalSet.columns.map((col) => ({
          name: col.name,
          type: col.type,
          ...(col.type === 'number' || col.type === 'integer' || col.image ? { range: [col.lo, col.hi] } : {}),
          ...(col.type === 'categorical' ? { values: col.values.length } : {}),
          ...(col.image ? { shape: col.image.shape, pixels: col.image.integer ? 'integer' : 'float', layout: col.image.layout } : {}),
          frozen: col.frozen
        }))
      }
    })
    if (classes.length < 2) {
      const msg = `${rel}: every example has the label ${JSON.stringify(classes[0])}: with one class, accuracy cannot tell a robust model from one that answers a constant; use an evaluation set with at least two classes`
      return { findings, checks, errors: [msg], tool: null }
    }

    const session = createPredictSession(c.target, tenv, evalSet.order, { signal: ctx.signal })
    const label = session.client.label
    const oracle = new Oracle(session, new Set(classes))
    const targetCheck = (outcome: Check['outcome'], extra: Record<string, unknown> = {}): Check => ({ name: 'robustness-target', target: label, outcome, details: { ...session.counts, ...extra } })
    ctx.logger.info(`robustness: ${examples.length} examples (${classes.length} classes) from ${rel} against ${label}`)

    try {
      await session.ready(examples[0].input)
    } catch (e) {
      const why = describeError(e)
      errors.push(`the endpoint did not answer the first request, so nothing was measured: ${why}${e instanceof TargetError && e.retryable ? ' (is the server started? set ready-timeout-seconds to wait for it)' : ''}`)
      checks.push(targetCheck('error', { reason: why }))
      return { findings, checks, errors, tool: null }
    }

    // Clean predictions.
    const clean: Array<string | null> = new Array(examples.length).fill(null)
    const cleanErrors: string[] = []
    await forEachLimited(examples, c.target.concurrency, async (e, i) => {
      try {
        clean[i] = await oracle.predict(e.input)
      } catch (err) {
        if (err instanceof StopRun) throw err
        cleanErrors.push(`row ${e.row}: ${(err as Error).message}`)
      }
    }).catch((err) => {
      if (!(err instanceof StopRun)) throw err
    })
    const usable = examples.filter((_, i) => clean[i] !== null)
    const cleanLabels = clean.filter((x): x is string => x !== null)
    const cleanCorrect = usable.filter((e) => clean[e.index] === e.label).length
    checks.push({
      name: 'robustness-clean',
      target: rel,
      outcome: usable.length < examples.length ? 'error' : 'pass',
      details: { examples: examples.length, answered: usable.length, correct: cleanCorrect, accuracy: usable.length ? cleanCorrect / usable.length : null, failed: cleanErrors.slice(0, 5) }
    })
    if (oracle.stopped || usable.length < examples.length) {
      errors.push(`clean predictions: ${oracle.stopped ?? `${examples.length - usable.length} of ${examples.length} examples got no answer (first: ${cleanErrors[0]})`}; no attack was run`)
      checks.push(targetCheck('error'))
      return { findings, checks, errors, tool: null }
    }

    oracle.admitNewLabels()

    // Attacks, one after another; a run stopped by the budget keeps what was completed.
    const runs: AttackRun[] = []
    const conc = c.target.concurrency
    const attacks: Array<[string, () => Promise<AttackRun>]> = []
    if (c.attacks.noise) {
      const cfg = c.attacks.noise
      attacks.push(['noise', () => noiseAttack(usable, cleanLabels, evalSet.columns, evalSet.order, cfg, c.seed, oracle, conc)])
    }
    if (c.attacks.decision) {
      const cfg = c.attacks.decision
      attacks.push(['decision', () => decisionAttack(usable, cleanLabels, evalSet.columns, evalSet.order, cfg, c.seed, oracle, conc)])
    }
    if (c.attacks.text) {
      const cfg = c.attacks.text
      attacks.push(['text', () => textAttack(usable, cleanLabels, evalSet.columns, evalSet.order, cfg, c.seed, oracle, conc)])
    }
    // The image attacks are on by default but listed only for evaluation sets with an image column.
    const images = evalSet.columns.some((col) => col.image)
    if (c.attacks['image-noise'] && images) {
      const cfg = c.attacks['image-noise']
      attacks.push(['image-noise', () => imageNoiseAttack(usable, cleanLabels, evalSet.columns, cfg, c.seed, oracle, conc)])
    }
    if (c.attacks['image-decision'] && images) {
      const cfg = c.attacks['image-decision']
      attacks.push(['image-decision', () => imageDecisionAttack(usable, cleanLabels, evalSet.columns, cfg, c.seed, oracle, conc)])
    }
    const stats: AttackStats[] = []
    const notChecked: NonNullable<GateRunResult['notChecked']> = []
    for (const [id, run] of attacks) {
      if (oracle.stopped) {
        checks.push({ name: 'robustness-attack', target: id, outcome: 'error', details: { reason: `not run: ${oracle.stopped}` } })
        continue
      }
      const r = await run()
      if (r.skipped) {
        checks.push({ name: 'robustness-attack', target: id, outcome: 'skipped', details: { reason: r.skipped } })
        continue
      }
      runs.push(r)
      const s = attackStats(r, usable.length, c)
      stats.push(s)
      checks.push(attackCheck(r, s, c), ...flipChecks(r, c['max-examples']))
      const unfinished = r.outcomes.filter((o) => o.error)
      if (s.completed < s.examples) errors.push(`the ${id} attack stopped after ${s.completed} of ${s.examples} examples: ${oracle.stopped ?? 'requests failed'}. The numbers cover only what was completed; raise max-requests / max-minutes or lower max-rows.`)
      else if (unfinished.length) errors.push(`the ${id} attack could not finish ${unfinished.length} example(s) (first, row ${unfinished[0].row}: ${unfinished[0].error})`)
      if (s.failed) findings.push(attackFinding(r, s, rel))
    }
    if (!runs.length && attacks.length && !oracle.stopped) errors.push('no attack applied to this evaluation set (see the robustness-attack checks): nothing was measured under attack')
    if (stats.length) tables.push(attackTable(stats))

    // Fuzzing (HTTP endpoints).
    if (c.fuzz && c.fuzz.enabled) {
      if (!session.client.http) {
        notChecked.push({ what: 'fuzzing of the endpoint', reason: 'the target is a local command: fuzzing sends HTTP requests', fix: 'serve the model over HTTP and use target kind: rest' })
        checks.push({ name: 'robustness-fuzz', target: 'all', outcome: 'skipped', details: { reason: 'command target: fuzzing needs an HTTP endpoint' } })
      } else {
        const e0 = usable[0]
        const run = await runFuzz(session.client, session.client.fill(e0.input), clean[e0.index]!, c.fuzz, ctx.signal)
        if (run.error) errors.push(run.error)
        checks.push(...fuzzChecks(run, label))
        findings.push(...fuzzFindings(run, label))
        const failedCases = run.results.filter((r) => r.verdict !== 'accepted' && r.verdict !== 'rejected' && r.verdict !== 'not-sent').length
        tables.push({
          title: 'Fuzzing',
          columns: ['cases sent', 'refused (4xx)', 'accepted (2xx)', 'failed', 'not sent'],
          rows: [[String(run.results.filter((r) => r.verdict !== 'not-sent').length), String(run.results.filter((r) => r.verdict === 'rejected').length), String(run.results.filter((r) => r.verdict === 'accepted').length), String(failedCases), String(run.results.filter((r) => r.verdict === 'not-sent').length)]]
        })
      }
    }

    checks.push(targetCheck(oracle.stopped ? 'error' : 'pass', { ...(oracle.stopped ? { stopped: oracle.stopped } : {}), ...(oracle.newLabels.size ? { labelsNotInEvaluationSet: [...oracle.newLabels] } : {}) }))
    const worst = stats.reduce<AttackStats | null>((w, s) => (!w || s.robustAccuracy < w.robustAccuracy ? s : w), null)
    const fuzzFails = findings.filter((f) => f.ruleId.startsWith('robustness/fuzz-')).length
    const summary = `clean accuracy ${pct(cleanCorrect / usable.length)} on ${usable.length} examples${
      worst ? `; worst under attack: ${worst.attack} ${pct(worst.robustAccuracy)} (drop ${pct(worst.drop)})` : ''
    }${c.fuzz && c.fuzz.enabled && session.client.http ? `; fuzzing: ${fuzzFails ? `${fuzzFails} kind(s) of failure` : 'no failure'}` : ''} (${session.counts.requests} requests)`
    return { findings, checks, errors, tool: null, summary, tables, notChecked }
  }
}
