/**
 * The action's BOM step (input `bom`, output `bom`): writes bom.cdx.json next to report.json from
 * the redacted report and the workspace, and returns a short section for the job summary. Never
 * changes the verdict: a BOM that cannot be written is a warning with the reason.
 */
import { writeFile } from 'node:fs/promises'
import path from 'node:path'
import { errorMessage } from '../../engine/errors.js'
import type { Logger } from '../../engine/logger.js'
import type { Report } from '../../engine/types.js'
import { escapeMarkdown } from '../../report/escape.js'
import { buildBom, type SpecVersion } from './index.js'

export const BOM_FILE = 'bom.cdx.json'

export interface ActionBomOptions {
  spec: SpecVersion
  report: Report
  workspace: string
  dir: string
  configPath?: string
  params: string[]
  allowNoModels: boolean
  secrets: string[]
  detect: (text: string) => Promise<string[]>
  logger: Logger
}

export async function writeActionBom(o: ActionBomOptions): Promise<{ path: string; markdown: string } | null> {
  try {
    const r = await buildBom({ workspace: o.workspace, report: o.report, reportName: 'report.json', spec: o.spec, configPath: o.configPath, params: o.params.length ? o.params : undefined, secrets: o.secrets, detect: o.detect })
    const file = path.join(o.dir, BOM_FILE)
    await writeFile(file, r.text)
    const c = r.counts
    o.logger.info(`AI-BOM (CycloneDX ${o.spec}) written to ${file}: ${c.models} model file(s), ${c.datasets} dataset file(s), ${c.libraries} Python package(s), ${c.vulnerabilities} vulnerabilities.`)
    for (const n of r.notes) if (n !== r.noModels) o.logger.info(`AI-BOM note: ${n}`)
    if (r.noModels && !o.allowNoModels) o.logger.warning(`AI-BOM: ${r.noModels}.`)
    const lines = [
      '### AI bill of materials',
      '',
      `CycloneDX ${o.spec}: ${c.models} model file(s), ${c.datasets} dataset file(s), ${c.libraries} Python package(s), ${c.vulnerabilities} vulnerabilit${c.vulnerabilities === 1 ? 'y' : 'ies'}, ${c.params} hyperparameter(s), ${c.gates} gate result(s) as evidence. The file is the action's \`bom\` output; upload it as an artifact or a release asset.`
    ]
    if (r.noModels) lines.push('', `⚠️ ${escapeMarkdown(r.noModels)}.`)
    return { path: file, markdown: lines.join('\n') + '\n' }
  } catch (e) {
    o.logger.warning(`AI-BOM not written: ${errorMessage(e)}. The verdict is unchanged.`)
    return null
  }
}
