/**
 * The Keras config rules on the shapes Keras 3.15 writes (keras/src/saving/serialization_lib.py,
 * layers/core/lambda_layer.py, utils/torch_utils.py, export/tfsm_layer.py,
 * layers/preprocessing/index_lookup.py): what its safe mode refuses is flagged; function objects
 * Keras resolves among its own built-ins are not. Real files: keras-onnx-real.test.ts.
 */
import { describe, expect, it } from '@jest/globals'
import { checkKerasConfig } from '../../../src/scanners/model/keras.js'

const fn = (name: string, module = 'builtins') => ({ module, class_name: 'function', config: name, registered_name: 'function' })
const layer = (class_name: string, config: Record<string, unknown>) => ({ module: 'keras.layers', class_name, config: { name: `my_${class_name.toLowerCase()}`, ...config }, registered_name: null })
const model = (...layers: unknown[]) => ({ module: 'keras', class_name: 'Sequential', config: { name: 's', layers }, registered_name: null })
const rules = (cfg: unknown, allow?: (m: string, n: string) => boolean) => checkKerasConfig(cfg, allow).map((i) => `${i.rule} ${i.severity} ${i.subject}`)

describe('Keras config rules', () => {
  it('function objects Keras resolves among its built-ins or registered objects pass; builtins it once fell back to are critical', () => {
    expect(rules(model(layer('Dense', { activation: fn('gelu') }), layer('Dense', { activation: fn('my_pkg>swish') })))).toEqual([])
    expect(rules(model(layer('Dense', { activation: fn('eval') })))).toEqual(['keras/foreign-module critical builtins.eval'])
    expect(rules(model(layer('Dense', { activation: fn('__import__') })))).toEqual(['keras/foreign-module critical builtins.__import__'])
    expect(rules(model(layer('Dense', { activation: fn('system', 'os') })))).toEqual(['keras/foreign-module critical os.system'])
  })

  it('a class from outside Keras is high, unless allow-globals names it; dangerous ones stay critical', () => {
    const own = { module: 'mypkg.layers', class_name: 'Gate', config: { name: 'g' }, registered_name: 'mypkg>Gate' }
    expect(rules(model(own))).toEqual(['keras/foreign-module high mypkg.layers.Gate'])
    expect(rules(model(own), (m, n) => m === 'mypkg.layers' && n === 'Gate')).toEqual([])
    const popen = { module: 'subprocess', class_name: 'Popen', config: { args: ['id'] } }
    expect(rules(model(popen), () => true)).toEqual(['keras/foreign-module critical subprocess.Popen'])
  })

  it('what safe mode refuses besides Lambda: a pickled torch module, an external SavedModel, a vocabulary file', () => {
    expect(rules(model(layer('TorchModuleWrapper', { module: 'UEsDBAAACAgAAAAAAAAAAAAAAAAAAAAAAAAQABIAYXJjaGl2ZS9kYXRhLnBrbA==' })))).toEqual(['keras/pickled-module critical my_torchmodulewrapper'])
    expect(rules(model(layer('TFSMLayer', { filepath: '/tmp/saved_model', call_endpoint: 'serve' })))).toEqual(['keras/external-model high my_tfsmlayer'])
    expect(rules(model(layer('StringLookup', { vocabulary: '/etc/passwd' })))).toEqual(['keras/external-file high my_stringlookup vocabulary'])
    // a vocabulary saved in the model (a list) is not a file read
    expect(rules(model(layer('StringLookup', { vocabulary: ['a', 'b'] })))).toEqual([])
  })

  it('Lambda layers are flagged wherever they are; a config nested past the walk bound is not a pass', () => {
    const lam = layer('Lambda', { function: { class_name: '__lambda__', config: { code: '4wEAAAAA', defaults: null, closure: null } } })
    expect(rules(model(model(lam)))).toEqual(['keras/lambda-layer critical my_lambda'])
    let deep: unknown = lam
    for (let i = 0; i < 600; i++) deep = { config: deep }
    expect(rules(deep)).toEqual(['keras/invalid-config high depth'])
  })
})
