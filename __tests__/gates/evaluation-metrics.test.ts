import { afterAll, describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, realpathSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { evaluationGate } from '../../src/gates/evaluation/index.js'
import { detectFormat, metricGlob, parseMetrics, selectMetrics } from '../../src/gates/evaluation/metrics.js'
import type { GateContext, GateRunResult, PullRequestInfo } from '../../src/engine/types.js'
import { renderJson } from '../../src/report/json.js'
import { renderSummary } from '../../src/report/summary.js'
import { gateContext, runOneGate } from '../support/gate-context.js'

const roots: string[] = []
afterAll(() => {
  for (const r of roots) rmSync(r, { recursive: true, force: true })
})
function workspace(): string {
  const d = realpathSync(mkdtempSync(path.join(os.tmpdir(), 'evalmetrics-')))
  roots.push(d)
  return d
}
function put(ws: string, rel: string, content: string): void {
  mkdirSync(path.dirname(path.join(ws, rel)), { recursive: true })
  writeFileSync(path.join(ws, rel), content)
}
async function run(ws: string, block: Record<string, unknown>, over: Partial<GateContext<unknown>> = {}): Promise<GateRunResult> {
  const config = evaluationGate.configSchema.parse(block)
  return evaluationGate.run(gateContext(ws, config, over as any))
}
const metricCheck = (r: GateRunResult, name: string) => r.checks.find((c) => c.name === 'metric' && c.details.metric === name)

/** An lm-evaluation-harness results file in the shape its EvaluationTracker writes (results_<date>.json). */
function lmEvalResults(acc: number, accSe: number, ppl: number): string {
  return JSON.stringify(
    {
      results: {
        mmlu_abstract_algebra: { alias: 'abstract_algebra', 'acc,none': acc, 'acc_stderr,none': accSe },
        wikitext: { alias: 'wikitext', 'word_perplexity,none': ppl, 'word_perplexity_stderr,none': 'N/A', 'bits_per_byte,none': 0.61, 'bits_per_byte_stderr,none': 'N/A' }
      },
      groups: {},
      group_subtasks: { mmlu_abstract_algebra: [], wikitext: [] },
      configs: { mmlu_abstract_algebra: { task: 'mmlu_abstract_algebra', metric_list: [{ metric: 'acc', aggregation: 'mean', higher_is_better: true }] } },
      versions: { mmlu_abstract_algebra: 1.0, wikitext: 2.0 },
      'n-shot': { mmlu_abstract_algebra: 0, wikitext: 0 },
      higher_is_better: { mmlu_abstract_algebra: { acc: true }, wikitext: { word_perplexity: false, bits_per_byte: false } },
      'n-samples': { mmlu_abstract_algebra: { original: 100, effective: 100 } },
      config: { model: 'hf', bootstrap_iters: 100000 },
      git_hash: 'e16afa2f',
      date: 1737419939.4888458
    },
    null,
    2
  )
}

describe('metric readers', () => {
  it('nested JSON (a DVC metrics file): dotted names, the line of each value', () => {
    const text = '{\n  "train": {"loss": 0.31, "acc": 0.9},\n  "eval": {\n    "acc": 0.88,\n    "per_class": [0.8, 0.95]\n  },\n  "model": "v2"\n}\n'
    const s = parseMetrics(text, 'metrics.json', 'json')
    expect([...s.metrics.keys()]).toEqual(['train.loss', 'train.acc', 'eval.acc', 'eval.per_class.0', 'eval.per_class.1'])
    expect(s.metrics.get('eval.acc')!.line).toBe(4)
    expect(s.other.get('model')).toEqual({ line: 7, kind: 'the text "v2"' })
  })

  it('YAML, TOML and CSV (metric,value[,stderr])', () => {
    const y = parseMetrics('eval:\n  acc: 0.9\n  f1: .nan\nsteps: 10\n', 'm.yaml', 'yaml')
    expect(y.metrics.get('eval.acc')).toMatchObject({ value: 0.9, line: 2 })
    expect(Number.isNaN(y.metrics.get('eval.f1')!.value)).toBe(true)
    const t = parseMetrics('[eval]\nacc = 0.9\nloss = 1.5e-1\n', 'm.toml', 'toml')
    expect(t.metrics.get('eval.loss')!.value).toBe(0.15)
    const c = parseMetrics('metric,value,stderr\naccuracy,0.91,0.01\n"f1, macro",0.8,\n', 'm.csv', 'csv')
    expect(c.metrics.get('accuracy')).toEqual({ name: 'accuracy', value: 0.91, stderr: 0.01, line: 2 })
    expect(c.metrics.get('f1, macro')!.line).toBe(3)
  })

  it('lm-evaluation-harness: "<metric>,<filter>" per task, its stderr, and higher_is_better', () => {
    const s = parseMetrics(lmEvalResults(0.34, 0.0476, 20.1), 'results_2025-01-21T00-40-03.356274.json', detectFormat('results_x.json', lmEvalResults(0.34, 0.0476, 20.1)))
    expect(s.format).toBe('lm-eval')
    expect(s.metrics.get('mmlu_abstract_algebra.acc,none')).toMatchObject({ value: 0.34, stderr: 0.0476, higherIsBetter: true })
    expect(s.metrics.get('wikitext.word_perplexity,none')).toMatchObject({ value: 20.1, higherIsBetter: false })
    expect(s.metrics.get('wikitext.word_perplexity,none')!.stderr).toBeUndefined()
    expect([...s.metrics.keys()]).not.toContain('mmlu_abstract_algebra.alias')
  })

  it('HF evaluate.save output: the metadata keys are left out', () => {
    const text = JSON.stringify({ accuracy: 0.91, f1: { macro: 0.8 }, _timestamp: '2026-01-01T00:00:00', _git_commit_hash: 'abc', _evaluate_version: '0.4.3', _python_version: '3.11', _interpreter_path: '/usr/bin/python' })
    expect(detectFormat('result.json', text)).toBe('hf-evaluate')
    const s = parseMetrics(text, 'result.json', 'hf-evaluate')
    expect([...s.metrics.keys()]).toEqual(['accuracy', 'f1.macro'])
  })

  it('MLflow file store: the value at the largest step of each metrics/<key> file', async () => {
    const ws = workspace()
    put(ws, 'mlruns/1/abc/metrics/val_acc', '1700000000000 0.5 0\n1700000001000 0.9 2\n1700000002000 0.7 1\n')
    put(ws, 'mlruns/1/abc/metrics/train/loss', '1700000000000 0.4\n1700000003000 0.3\n')
    put(ws, 'mlruns/1/abc/params/lr', '0.01')
    const r = await run(ws, { metrics: [{ path: 'mlruns/1/abc', baseline: 'mlruns/1/abc' }], direction: 'higher' })
    expect(r.errors).toEqual([])
    expect(metricCheck(r, 'val_acc')!.details.new).toBe(0.9)
    expect(metricCheck(r, 'train/loss')!.details.new).toBe(0.3)
  })

  it('MLflow file store written by MLflow 3.17 itself: the values MLflow reports as the run\'s metrics', async () => {
    const py = path.join(process.env.AI_SECURE_GATES_CACHE ?? path.join(os.homedir(), '.cache/ai-secure-gates'), 'mlflow-skinny-3.17.2/bin/python')
    if (!existsSync(py)) throw new Error(`mlflow-skinny is not installed at ${py}: run bash scripts/setup-test-env.sh (npm test runs it first)`)
    const ws = workspace()
    const seed = Date.now() % 100000
    console.log(`MLflow file store: seed ${seed}`)
    const script = [
      'import json, random, sys, mlflow',
      `random.seed(${seed})`,
      `mlflow.set_tracking_uri("file:" + sys.argv[1] + "/mlruns")`,
      'with mlflow.start_run() as r:',
      '    for key in ["val/acc", "loss", "f1"]:',
      '        for i in range(random.randint(1, 12)):',
      '            mlflow.log_metric(key, random.random(), step=random.randint(0, 5))',
      '    mlflow.log_param("lr", 0.01)',
      'run = mlflow.get_run(r.info.run_id)',
      'print(json.dumps({"path": f"mlruns/{r.info.experiment_id}/{r.info.run_id}", "metrics": run.data.metrics}))'
    ].join('\n')
    const out = JSON.parse(execFileSync(py, ['-c', script, ws], { encoding: 'utf8', env: { ...process.env, MLFLOW_ALLOW_FILE_STORE: 'true' }, timeout: 120_000 }))
    const r = await run(ws, { metrics: [{ path: out.path, baseline: out.path }], direction: 'higher' })
    expect(r.errors).toEqual([])
    const ours = Object.fromEntries(r.checks.filter((c) => c.name === 'metric').map((c) => [c.details.metric, c.details.new]))
    expect(ours).toEqual(out.metrics)
  }, 120_000)

  it('select by dotted path or glob; a path that selects nothing or a non-number is an error naming it', () => {
    const s = parseMetrics('{"eval": {"acc": 0.9, "f1": 0.8, "name": "x"}, "slices": {"a": {"acc": 0.7}, "b": {"acc": 0.6}}}', 'm.json', 'json')
    expect(selectMetrics(s, ['eval.acc', 'slices.*.acc']).metrics.map((m) => m.name)).toEqual(['eval.acc', 'slices.a.acc', 'slices.b.acc'])
    expect(selectMetrics(s, ['**.acc']).metrics).toHaveLength(3)
    expect(metricGlob('eval.*').test('eval.acc.x')).toBe(false)
    const bad = selectMetrics(s, ['eval.accuracy', 'eval.name', 'test.*'])
    expect(bad.errors[0]).toBe('m.json: no metric "eval.accuracy"; the file has "eval.acc", "eval.f1", "slices.a.acc", "slices.b.acc"')
    expect(bad.errors[1]).toBe('m.json:1: "eval.name" is the text "x", not a number; select a numeric metric')
    expect(bad.errors[2]).toContain('"test.*" selects no metric')
  })

  it('a file that does not parse is an error with its line (JSON, YAML, TOML, CSV)', () => {
    expect(() => parseMetrics('{\n  "acc": 0.9,\n  "f1": \n}', 'm.json', 'json')).toThrow(/^m\.json:4:1: not valid JSON \(ValueExpected\)/)
    expect(() => parseMetrics('a: 1\n b: [\n', 'm.yaml', 'yaml')).toThrow(/^m\.yaml:\d+:\d+: not valid YAML/)
    expect(() => parseMetrics('acc = 0.9\nacc2 = = 1\n', 'm.toml', 'toml')).toThrow(/^m\.toml:2:\d+: not valid TOML/)
    expect(() => parseMetrics('name,score\nacc,1\n', 'm.csv', 'csv')).toThrow('m.csv:1: the CSV header is "name,score"; it needs a "metric" (or "name") column and a "value" column')
    expect(() => parseMetrics('metric,value\nacc,0.9\nacc,0.8\n', 'm.csv', 'csv')).toThrow('m.csv:3: metric "acc" appears twice')
  })
})

describe('metrics held to a baseline', () => {
  const seed = async (now: number) => {
    const ws = workspace()
    put(ws, 'eval/metrics.json', JSON.stringify({ accuracy: now }))
    put(ws, 'eval/baseline.json', JSON.stringify({ accuracy: 0.92 }))
    return run(ws, { metrics: 'eval/metrics.json', baseline: 'eval/baseline.json', direction: 'higher', tolerance: { relative: 0.05 } })
  }

  it('the seed rule: 0.92 at the baseline, 0.87 now, 5 % relative tolerance fails; 0.88 passes', async () => {
    const fail = await seed(0.87)
    expect(fail.errors).toEqual([])
    expect(fail.findings.map((f) => f.ruleId)).toEqual(['evaluation/regression'])
    expect(fail.findings[0].message).toBe(
      'eval/metrics.json: accuracy went from 0.92 to 0.87 (\u22120.05, \u22125.43%) against eval/baseline.json; higher is better and at most 0.046 worse is allowed (higher is better; tolerance relative 5% of 0.92 (allowed 0.046))'
    )
    expect(metricCheck(fail, 'accuracy')).toMatchObject({ outcome: 'fail', details: { old: 0.92, new: 0.87, direction: 'higher' } })
    expect(metricCheck(fail, 'accuracy')!.details.allowed).toBeCloseTo(0.046, 12)
    const pass = await seed(0.88)
    expect(pass.findings).toEqual([])
    expect(metricCheck(pass, 'accuracy')).toMatchObject({ outcome: 'pass', details: { old: 0.92, new: 0.88 } })
    // The boundary itself (0.92 * 0.95 = 0.874) passes despite float rounding.
    expect((await seed(0.874)).findings).toEqual([])
  })

  it('lower-is-better, absolute tolerance, floors and ceilings, per-metric rules by glob', async () => {
    const ws = workspace()
    put(ws, 'm.yaml', 'loss: 0.40\nacc: 0.95\nlatency_ms: 130\n')
    put(ws, 'b.yaml', 'loss: 0.30\nacc: 0.80\nlatency_ms: 100\n')
    const r = await run(ws, {
      metrics: 'm.yaml',
      baseline: 'b.yaml',
      rules: { loss: { direction: 'lower', tolerance: { absolute: 0.05 } }, 'lat*': { direction: 'lower', max: 120, tolerance: { relative: 0.5 } }, acc: { direction: 'higher', min: 0.9 } }
    })
    expect(r.errors).toEqual([])
    expect(r.findings.map((f) => `${f.ruleId} ${(f.properties as any).metric}`).sort()).toEqual(['evaluation/bound latency_ms', 'evaluation/regression loss'])
    expect(metricCheck(r, 'acc')!.outcome).toBe('pass')
    expect(r.findings.find((f) => f.ruleId === 'evaluation/bound')!.message).toBe('m.yaml: latency_ms is 130, above the ceiling 120')
    expect(r.findings[0].location).toEqual({ path: 'm.yaml', startLine: r.findings[0].ruleId === 'evaluation/bound' ? 3 : 1 })
  })

  it('a tolerance in standard errors uses both sides\' stderr (lm-evaluation-harness), and its direction', async () => {
    const ws = workspace()
    put(ws, 'base/results_1.json', lmEvalResults(0.344, 0.015, 20))
    put(ws, 'out/results_2.json', lmEvalResults(0.32, 0.015, 20.5))
    const block = { metrics: [{ path: 'out/results_2.json', baseline: 'base/results_1.json', select: ['mmlu_abstract_algebra.acc,none'] }], tolerance: { stderr: 2 } }
    const ok = await run(ws, block)
    expect(ok.errors).toEqual([])
    // |0.024| < 2 * sqrt(0.015^2 + 0.015^2) = 0.0424
    expect(metricCheck(ok, 'mmlu_abstract_algebra.acc,none')).toMatchObject({ outcome: 'pass', details: { direction: 'higher' } })
    put(ws, 'out/results_2.json', lmEvalResults(0.29, 0.015, 20.5))
    expect((await run(ws, block)).findings.map((f) => f.ruleId)).toEqual(['evaluation/regression'])
    // Perplexity has no stderr ("N/A"): a stderr-only tolerance cannot judge it.
    const ppl = await run(ws, { metrics: [{ path: 'out/results_2.json', baseline: 'base/results_1.json', select: ['wikitext.*'] }], tolerance: { stderr: 2 } })
    expect(ppl.errors.join('\n')).toContain('"wikitext.word_perplexity,none" has a tolerance in standard errors, but the current metrics carry no standard error for it')
  })

  it('a metric missing on either side is an error naming it; new-metrics lets a new one in', async () => {
    const ws = workspace()
    put(ws, 'm.json', '{"acc": 0.9, "f1": 0.7}')
    put(ws, 'b.json', '{"acc": 0.9, "recall": 0.5}')
    const r = await run(ws, { metrics: 'm.json', baseline: 'b.json', direction: 'higher' })
    expect(r.errors).toEqual([
      'm.json:1: metric "f1" is not in the baseline (b.json); if this change adds it, list it under gates.evaluation.new-metrics (its bounds still apply), or fix the name',
      'm.json: metric "recall" is in the baseline (b.json) but missing here; it was removed or renamed: restore it, or leave it out of select'
    ])
    const r2 = await run(ws, { metrics: [{ path: 'm.json', select: ['acc', 'f1'] }], baseline: 'b.json', direction: 'higher', 'new-metrics': ['f1'] })
    expect(r2.errors).toEqual([])
    expect(metricCheck(r2, 'f1')!.outcome).toBe('skipped')
  })

  it('NaN, infinite and unknown-direction metrics are errors, never a pass', async () => {
    const ws = workspace()
    put(ws, 'm.json', '{\n  "acc": NaN,\n  "loss": Infinity,\n  "f1": 0.5\n}')
    put(ws, 'b.json', '{"acc": 0.9, "loss": 0.2, "f1": 0.5}')
    const r = await run(ws, { metrics: 'm.json', baseline: 'b.json', rules: { acc: { direction: 'higher' }, loss: { direction: 'lower' } } })
    expect(r.errors).toEqual([
      'm.json:2: metric "acc" is NaN; a NaN or infinite metric cannot be judged: fix the evaluation',
      'm.json:4: whether higher or lower is better for "f1" is unknown (the format does not say): set gates.evaluation.rules["f1"].direction (or gates.evaluation.direction) to higher or lower',
      'm.json:3: metric "loss" is Infinity; a NaN or infinite metric cannot be judged: fix the evaluation'
    ])
  })

  it('slices: a model that gains overall but drops 10 points on one group fails', async () => {
    const ws = workspace()
    put(ws, 'm.json', JSON.stringify({ overall: { accuracy: 0.93 }, slices: { 'sex=F': { accuracy: 0.8 }, 'sex=M': { accuracy: 0.97 } } }))
    put(ws, 'b.json', JSON.stringify({ overall: { accuracy: 0.91 }, slices: { 'sex=F': { accuracy: 0.9 }, 'sex=M': { accuracy: 0.92 } } }))
    const r = await run(ws, { metrics: [{ path: 'm.json', select: ['overall.accuracy', 'slices.*.accuracy'] }], baseline: 'b.json', direction: 'higher', tolerance: { absolute: 0.02 } })
    expect(r.findings.map((f) => (f.properties as any).metric)).toEqual(['slices.sex=F.accuracy'])
  })

  it('outside a pull request, base-commit compares nothing and says so; bounds are still judged', async () => {
    const ws = workspace()
    put(ws, 'm.json', '{"acc": 0.7}')
    const r = await run(ws, { metrics: 'm.json', direction: 'higher' })
    expect(r.errors).toEqual([])
    expect(r.checks.find((c) => c.name === 'baseline')).toMatchObject({ outcome: 'skipped' })
    expect(String(r.checks.find((c) => c.name === 'baseline')!.details.reason)).toContain('not a pull request')
    expect(metricCheck(r, 'acc')!.outcome).toBe('skipped')
    const bounded = await run(ws, { metrics: 'm.json', direction: 'higher', min: 0.8 })
    expect(bounded.findings.map((f) => f.ruleId)).toEqual(['evaluation/bound'])
  })

  it('a previous JSON report of this action is a baseline', async () => {
    const ws = workspace()
    const tmp = workspace()
    put(ws, 'm.json', '{"acc": 0.92, "loss": 0.3}')
    put(ws, 'b.json', '{"acc": 0.91, "loss": 0.3}')
    const first = await runOneGate(evaluationGate, { metrics: 'm.json', baseline: 'b.json', direction: 'higher', rules: { loss: { direction: 'lower' } } }, { workspace: ws, tempDir: tmp })
    expect(first.status).toBe('pass')
    put(ws, 'previous-report.json', renderJson(first))
    put(ws, 'm.json', '{"acc": 0.85, "loss": 0.3}')
    const second = await run(ws, { metrics: 'm.json', baseline: { report: 'previous-report.json' }, direction: 'higher', rules: { loss: { direction: 'lower' } } })
    expect(second.errors).toEqual([])
    expect(metricCheck(second, 'acc')).toMatchObject({ outcome: 'fail', details: { old: 0.92, new: 0.85, baseline: 'previous-report.json (report)' } })
  })

  it('the job summary shows a table of changes with arrows', async () => {
    const ws = workspace()
    const tmp = workspace()
    put(ws, 'm.json', '{"acc": 0.87, "f1": 0.81, "loss": 0.3}')
    put(ws, 'b.json', '{"acc": 0.92, "f1": 0.8, "loss": 0.3}')
    const report = await runOneGate(evaluationGate, { metrics: 'm.json', baseline: 'b.json', direction: 'higher', tolerance: { relative: 0.05 }, rules: { loss: { direction: 'lower' } } }, { workspace: ws, tempDir: tmp })
    expect(report.status).toBe('fail')
    const md = renderSummary(report)
    expect(md).toContain('**Metrics: m.json against b.json**')
    expect(md).toContain('| Metric | Baseline | Current | Change | Rule | Result |')
    expect(md).toContain('| acc | 0.92 | 0.87 | \u25bc \u22120.05 (\u22125.43%) |')
    expect(md).toContain('| f1 | 0.8 | 0.81 | \u25b2 +0.01 (+1.25%) |')
    expect(md).toMatch(/\| loss \| 0\.3 \| 0\.3 \| = 0 \(0\.00%\) \|.*\u2705 pass \|/)
    expect(JSON.parse(renderJson(report)).gates[0].tables[0].rows).toHaveLength(3)
  })

  it('metric names from the file are escaped in the summary table', async () => {
    const ws = workspace()
    const tmp = workspace()
    const evil = '<img src=x onerror=alert(1)>|**x**\n::error::pwn'
    put(ws, 'm.json', JSON.stringify({ [evil]: 0.5 }))
    put(ws, 'b.json', JSON.stringify({ [evil]: 0.9 }))
    const report = await runOneGate(evaluationGate, { metrics: 'm.json', baseline: 'b.json', direction: 'higher' }, { workspace: ws, tempDir: tmp })
    const md = renderSummary(report)
    expect(md).not.toContain('<img')
    expect(md).not.toContain('|**x**')
    expect(md).not.toMatch(/\n::error::/)
  })
})

describe('baseline from the base commit of a real git history', () => {
  const git = (cwd: string, ...args: string[]): string =>
    execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', '-c', 'commit.gpgsign=false', ...args], { cwd, encoding: 'utf8' }).trim()

  it('reads the metrics file at the pull request base commit with git', async () => {
    const ws = workspace()
    git(ws, 'init', '-q', '-b', 'main')
    put(ws, 'eval/metrics.json', JSON.stringify({ accuracy: 0.92, f1: 0.85 }))
    git(ws, 'add', '.')
    git(ws, 'commit', '-qm', 'baseline model')
    const base = git(ws, 'rev-parse', 'HEAD')
    git(ws, 'checkout', '-qb', 'feature')
    put(ws, 'eval/metrics.json', JSON.stringify({ accuracy: 0.87, f1: 0.86 }))
    git(ws, 'commit', '-qam', 'new model')
    const head = git(ws, 'rev-parse', 'HEAD')
    // A later commit on main must not matter: the base is the pull request's base commit.
    const pr: PullRequestInfo = { number: 7, baseSha: base, headSha: head }
    const r = await run(ws, { metrics: 'eval/metrics.json', direction: 'higher', tolerance: { relative: 0.05 } }, { pullRequest: pr })
    expect(r.errors).toEqual([])
    expect(r.checks.find((c) => c.name === 'baseline')!.details).toMatchObject({ source: `eval/metrics.json@${base.slice(0, 12)}` })
    expect(metricCheck(r, 'accuracy')).toMatchObject({ outcome: 'fail', details: { old: 0.92, new: 0.87 } })
    expect(metricCheck(r, 'f1')).toMatchObject({ outcome: 'pass', details: { old: 0.85, new: 0.86 } })

    // Inside a subfolder workspace, paths stay workspace-relative.
    const sub = await run(path.join(ws, 'eval'), { metrics: 'metrics.json', baseline: { git: base }, direction: 'higher' })
    expect(metricCheck(sub, 'accuracy')!.details.old).toBe(0.92)

    // A file that does not exist at the base commit, and a commit that is not in the clone.
    put(ws, 'eval/new.json', '{"acc": 1}')
    const missing = await run(ws, { metrics: 'eval/new.json', direction: 'higher' }, { pullRequest: pr })
    expect(missing.errors[0]).toBe(
      `eval/new.json: baseline: eval/new.json does not exist at the baseline commit ${base.slice(0, 12)}, so there is nothing to compare with; if this change adds the file, compare with a committed baseline file (baseline: <path>) or a previous report (baseline: { report: <file> })`
    )
    const gone = await run(ws, { metrics: 'eval/metrics.json', direction: 'higher' }, { pullRequest: { ...pr, baseSha: 'f'.repeat(40) } })
    expect(gone.errors[0]).toContain(`the baseline commit ${'f'.repeat(40)} is not in this clone: check out with fetch-depth: 0`)
    const inject = await run(ws, { metrics: 'eval/metrics.json', baseline: { git: '--output=/tmp/x' }, direction: 'higher' })
    expect(inject.errors[0]).toContain('is not a plain git revision')
  })
})
