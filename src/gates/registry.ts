/**
 * Every gate the engine knows, in report order. A gate is a folder under src/gates exporting one
 * Gate object; add it here and it gets config validation, the JSON Schema, reporting and the CLI.
 */
import type { Gate } from '../engine/types.js'
import { codeGate } from './code/index.js'
import { secretsGate } from './secrets/index.js'
import { dependenciesGate } from './dependencies/index.js'
import { containerGate } from './container/index.js'
import { sarifGate } from './sarif/index.js'
import { modelsGate } from './models/index.js'
import { dataGate } from './data/index.js'
import { evaluationGate } from './evaluation/index.js'

export const GATES: Gate<any>[] = [codeGate, secretsGate, dependenciesGate, containerGate, modelsGate, dataGate, evaluationGate, sarifGate]
