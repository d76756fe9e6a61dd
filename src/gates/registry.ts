/**
 * Every gate the engine knows, in report order. A gate is a folder under src/gates exporting one
 * Gate object; add it here and it gets config validation, the JSON Schema, reporting and the CLI.
 *
 * Only each gate's id, title and config schema load with the registry: the gate module itself (its
 * scanners, parsers, tool runners) is imported when the gate runs, so a run loads only the gates
 * it runs and `--help` loads none (ncc puts each in its own chunk).
 */
import type { Gate, GateContext, GateRunResult } from '../engine/types.js'
import { approvalConfigSchema } from './approval/config.js'
import { codeConfigSchema } from './code/config.js'
import { containerConfigSchema } from './container/config.js'
import { dataConfigSchema } from './data/config.js'
import { evaluationConfigSchema } from './evaluation/config.js'
import { dependenciesConfigSchema } from './dependencies/config.js'
import { modelsConfigSchema } from './models/config.js'
import { redteamConfigSchema } from './redteam/config.js'
import { robustnessConfigSchema } from './robustness/config.js'
import { sarifConfigSchema } from './sarif/config.js'
import { secretsConfigSchema } from './secrets/config.js'

/** A gate whose run() imports its module on first use. `load` must return the very gate object. */
function lazy<C>(id: string, title: string, configSchema: Gate<C>['configSchema'], load: () => Promise<Gate<C>>): Gate<C> & { load: () => Promise<Gate<C>> } {
  return {
    id,
    title,
    configSchema,
    load,
    async run(ctx: GateContext<C>): Promise<GateRunResult> {
      return (await load()).run(ctx)
    }
  }
}

export const GATES: Gate<any>[] = [
  lazy('code', 'Code (bandit + unsafe-load rules)', codeConfigSchema, async () => (await import('./code/index.js')).codeGate),
  lazy('secrets', 'Secrets (secretlint)', secretsConfigSchema, async () => (await import('./secrets/index.js')).secretsGate),
  lazy('dependencies', 'Python dependencies (pip-audit)', dependenciesConfigSchema, async () => (await import('./dependencies/index.js')).dependenciesGate),
  lazy('container', 'Containers and IaC (trivy)', containerConfigSchema, async () => (await import('./container/index.js')).containerGate),
  lazy('models', 'Model files', modelsConfigSchema, async () => (await import('./models/index.js')).modelsGate),
  lazy('data', 'Data (provenance, schema, drift, outliers)', dataConfigSchema, async () => (await import('./data/index.js')).dataGate),
  lazy('evaluation', 'Evaluation (metrics vs baseline, fairness)', evaluationConfigSchema, async () => (await import('./evaluation/index.js')).evaluationGate),
  lazy('sarif', 'Imported SARIF', sarifConfigSchema, async () => (await import('./sarif/index.js')).sarifGate),
  lazy('redteam', 'Red team (prompt injection, jailbreaks, leaks)', redteamConfigSchema, async () => (await import('./redteam/index.js')).redteamGate),
  lazy('robustness', 'Robustness (evasion attacks, fuzzing)', robustnessConfigSchema, async () => (await import('./robustness/index.js')).robustnessGate),
  lazy('approval', 'Approvals (code owners, users, teams)', approvalConfigSchema, async () => (await import('./approval/index.js')).approvalGate)
]
