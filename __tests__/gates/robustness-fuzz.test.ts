/** The wrong-method cases of the fuzzing suite, built from the target's own method. */
import { describe, expect, it } from '@jest/globals'
import { fuzzSchema } from '../../src/gates/robustness/config.js'
import { fuzzCases } from '../../src/gates/robustness/fuzz.js'

describe('robustness fuzzing: wrong methods', () => {
  const good = { a: 1, b: 'x' }
  it('sends every other method, GET and HEAD without a body, the others with the known-good body', () => {
    const cases = fuzzCases(good, fuzzSchema.parse({}), 'PUT').filter((c) => c.method)
    expect(cases.map((c) => c.id)).toEqual(['method/GET', 'method/HEAD', 'method/POST', 'method/PATCH', 'method/DELETE', 'method/OPTIONS'])
    expect(cases.find((c) => c.method === 'GET')).toMatchObject({ body: undefined, contentType: null, what: 'GET instead of PUT (no body)' })
    expect(cases.find((c) => c.method === 'POST')).toMatchObject({ body: JSON.stringify(good), contentType: 'application/json' })
    // Before the missing-field cases, which may kill a fragile server.
    const ids = fuzzCases(good, fuzzSchema.parse({}), 'POST').map((c) => c.id)
    expect(ids.indexOf('method/OPTIONS')).toBeLessThan(ids.indexOf('missing/a'))
  })

  it('takes the list from fuzz.methods; [] turns them off', () => {
    expect(fuzzCases(good, fuzzSchema.parse({ methods: ['GET'] }), 'POST').filter((c) => c.method).map((c) => c.id)).toEqual(['method/GET'])
    expect(fuzzCases(good, fuzzSchema.parse({ methods: [] }), 'POST').filter((c) => c.method)).toEqual([])
    expect(() => fuzzSchema.parse({ methods: ['TRACE'] })).toThrow()
  })
})
