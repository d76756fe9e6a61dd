/** The prediction client's template and label handling (shared by gates that send feature rows). */
import { describe, expect, it } from '@jest/globals'
import { fillTemplate, labelText, parseTemplate, templatePlaceholders } from '../../src/targets/predict.js'

describe('prediction templates', () => {
  it('fills typed values, text inside strings, {{row}} and {{features}}', () => {
    const t = parseTemplate({ inputs: { a: '{{a}}', note: 'id={{id}}!' }, all: '{{row}}', list: ['{{features}}'] }, 't')
    expect(templatePlaceholders(t)).toEqual(['a', 'id', 'row', 'features'])
    expect(fillTemplate(t, { a: 1.5, id: 'x"y', b: null }, ['a', 'b'])).toEqual({ inputs: { a: 1.5, note: 'id=x"y!' }, all: { a: 1.5, b: null }, list: [[1.5, null]] })
  })
  it('reads JSON text bodies and a lone placeholder, and refuses text that is not JSON', () => {
    expect(parseTemplate('{{row}}', 't')).toBe('{{row}}')
    expect(parseTemplate('{"x": "{{x}}"}', 't')).toEqual({ x: '{{x}}' })
    expect(() => parseTemplate('{x: {{x}}}', 'gates.robustness.target')).toThrow(/gates.robustness.target.body is not JSON/)
  })
  it('accepts scalar labels only', () => {
    expect(labelText('cat')).toBe('cat')
    expect(labelText(1)).toBe('1')
    expect(labelText(false)).toBe('false')
    expect(labelText(NaN)).toBeNull()
    expect(labelText([1])).toBeNull()
    expect(labelText({ label: 1 })).toBeNull()
  })
})
