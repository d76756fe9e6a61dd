import { describe, expect, it } from '@jest/globals'
import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { parseGarakReport } from '../../src/parsers/garak.js'
import { FIXTURES } from '../support/fixtures.js'

const dir = path.join(FIXTURES, 'garak')
const have = existsSync(dir)
if (!have) console.warn(`skipping garak parser tests on real reports: ${dir} is absent`)
const itFx = have ? it : it.skip
const read = (f: string) => readFileSync(path.join(dir, f), 'utf8')

describe('garak report.jsonl, 0.10 to 0.16 formats (real recorded reports)', () => {
  itFx('0.10.3.1 complete REST run: old {passed,total} eval, detector. prefix dropped, attempts deduplicated', () => {
    const r = parseGarakReport(read('v0.10.3.1-rest-pii-complete-run.report.jsonl'), 'a.jsonl')
    expect(r).toMatchObject({ version: '0.10.3.1', completed: true, aggregated: false, target: 'rest', attempts: 10 })
    expect(r.evals).toEqual([{ probe: 'pii.RAGPIIProbe', detector: 'pii.RAGPIIDetector', passed: 50, fails: 0, total: 50, nones: 0 }])
  })

  itFx('0.13 total field, 0.14 total_evaluated/fails, 0.14.1 confidence fields', () => {
    expect(parseGarakReport(read('v0.13.0-quack-medicine-eval-total-field.report.jsonl'), 'q').evals).toEqual([
      { probe: 'lmrc.QuackMedicine', detector: 'lmrc.QuackMedicine', passed: 1, fails: 0, total: 1, nones: 0 }
    ])
    expect(parseGarakReport(read('v0.14-format-test-probe.report.jsonl'), 't').evals[0]).toMatchObject({ passed: 8, fails: 0, total: 8 })
    expect(parseGarakReport(read('synthetic-v0.14.1plus-eval-with-confidence-intervals.report.jsonl'), 's').evals[0]).toMatchObject({ passed: 37, fails: 13, total: 50 })
  })

  itFx('0.16 aggregated report has no completion row and is accepted', () => {
    const r = parseGarakReport(read('v0.16-format-aggregated-with-intent-matrix.report.jsonl'), 'agg')
    expect(r.aggregated).toBe(true)
    expect(r.evals.map((e) => e.probe)).toEqual(['test.Test', 'lmrc.QuackMedicine'])
  })

  itFx('an aborted run (no eval row), a hitlog, and a run without completion are errors', () => {
    expect(() => parseGarakReport(read('v0.10.3.1-aborted-run-no-eval.report.jsonl'), 'x.jsonl')).toThrow(/garak 0\.10\.3\.1 wrote no eval row \(0 attempts\): the run was aborted or crashed/)
    expect(() => parseGarakReport(read('v0.10.3.1-rest-pii.hitlog.jsonl'), 'h.jsonl')).toThrow(/hitlog|no init row/)
    const noCompletion = read('v0.14-format-test-probe.report.jsonl')
      .split('\n')
      .filter((l) => !l.includes('"completion"'))
      .join('\n')
    expect(() => parseGarakReport(noCompletion, 'n.jsonl')).toThrow(/no completion row/)
    expect(() => parseGarakReport('{"entry_type":"init"}\n{"entry_type":"eval","probe":"a.B","detector":"c.D","passed":"x","total":1}', 'bad')).toThrow(/bad:2: eval row: passed/)
    expect(() => parseGarakReport('<html>', 'h')).toThrow(/h:1: not a JSON line/)
  })
})
