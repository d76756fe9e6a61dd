import { describe, expect, it } from '@jest/globals'
import { checkSchema } from '../../../src/release/deploy-check/config.js'
import { parseSampleValue, PrometheusError } from '../../../src/release/deploy-check/prometheus.js'
import { judge } from '../../../src/release/deploy-check/watch.js'

const check = (raw: object) => checkSchema.parse({ name: 'c', query: 'q', ...raw })
const vector = (...values: number[]) => ({ resultType: 'vector' as const, warnings: [], series: values.map((v, i) => ({ labels: { pod: String(i) }, points: [[0, v]] as Array<[number, number]> })) })

describe('judging one answer', () => {
  it('the worst series counts: the highest against max, the lowest against min', () => {
    expect(judge(check({ max: 0.1 }), vector(0.01, 0.2, 0.05))).toMatchObject({ value: 0.2, state: 'breach', series: 3 })
    expect(judge(check({ min: 0.99 }), vector(1, 0.95))).toMatchObject({ value: 0.95, state: 'breach' })
    expect(judge(check({ max: 0.1, min: 0.001 }), vector(0.05))).toMatchObject({ value: 0.05, state: 'ok' })
  })

  it('NaN series are left out; all NaN is inconclusive; +Inf and -Inf are values', () => {
    expect(judge(check({ max: 0.1 }), vector(NaN, 0.02))).toMatchObject({ value: 0.02, state: 'ok', series: 2 })
    expect(judge(check({ max: 0.1 }), vector(NaN))).toMatchObject({ value: 'NaN', state: 'inconclusive' })
    expect(judge(check({ max: 0.1 }), vector(Infinity))).toMatchObject({ value: '+Inf', state: 'breach' })
    expect(judge(check({ min: 0 }), vector(-Infinity))).toMatchObject({ value: '-Inf', state: 'breach' })
    expect(judge(check({ max: 1 }), vector())).toMatchObject({ value: null, state: 'inconclusive', series: 0 })
  })

  it('range answers are reduced per series', () => {
    const matrix = { resultType: 'matrix' as const, warnings: [], series: [{ labels: {}, points: [[0, 0.01], [30, 0.3], [60, NaN], [90, 0.02]] as Array<[number, number]> }] }
    expect(judge(check({ max: 0.1, range: { duration: '5m', reduce: 'max' } }), matrix)).toMatchObject({ value: 0.3, state: 'breach' })
    expect(judge(check({ max: 0.1, range: { duration: '5m', reduce: 'last' } }), matrix)).toMatchObject({ value: 0.02, state: 'ok' })
    expect(judge(check({ max: 0.1, range: { duration: '5m', reduce: 'avg' } }), matrix).value).toBeCloseTo(0.11, 5)
  })

  it('sample strings as Prometheus writes them', () => {
    expect(parseSampleValue('0.0909')).toBe(0.0909)
    expect(parseSampleValue('NaN')).toBeNaN()
    expect(parseSampleValue('+Inf')).toBe(Infinity)
    expect(parseSampleValue('-Inf')).toBe(-Infinity)
    expect(parseSampleValue('1e-3')).toBe(0.001)
    expect(() => parseSampleValue('')).toThrow(PrometheusError)
    expect(() => parseSampleValue('ten')).toThrow(/sample value "ten" is not a number/)
  })
})
