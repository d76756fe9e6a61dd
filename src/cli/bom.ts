/**
 * `ai-secure-gates bom [--report FILE] [--workspace DIR] [--spec 1.6|1.7] [--params F,...] [-o FILE]`:
 * the AI bill of materials (src/release/bom/, docs/bom.md) from a run's JSON report and the workspace.
 */
import { realpath, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { parseArgs } from 'node:util'
import { ConfigError, errorMessage } from '../engine/errors.js'
import { buildBom, SPEC_VERSIONS, type SpecVersion } from '../release/bom/index.js'
import { readReportFile } from '../release/bom/report-file.js'
import { shutdownHashPool } from '../scanners/hash.js'
import { writeErr, writeMachine } from '../report/log.js'
import { BOM_HELP as HELP } from './help.js'

/** `1.6`, `cyclonedx-1.6` or `CycloneDX-1.7` -> the spec version. */
export function specVersion(v: string, what: string): SpecVersion {
  const m = /^(?:cyclonedx-)?(1\.[67])$/i.exec(v.trim())
  if (!m) throw new ConfigError('INPUT', `${what} must be ${SPEC_VERSIONS.join(' or ')} (got "${v}")`)
  return m[1] as SpecVersion
}

export async function main(argv: string[]): Promise<number> {
  let parsed
  try {
    parsed = parseArgs({
      args: argv,
      options: {
        report: { type: 'string' },
        workspace: { type: 'string' },
        config: { type: 'string' },
        spec: { type: 'string', default: '1.6' },
        params: { type: 'string', multiple: true },
        output: { type: 'string', short: 'o' },
        'allow-no-models': { type: 'boolean' },
        help: { type: 'boolean', short: 'h' }
      },
      allowPositionals: false,
      strict: true
    })
  } catch (e) {
    throw new ConfigError('INPUT', `${errorMessage(e)}\n\n${HELP}`, { cause: e })
  }
  const v = parsed.values
  const spec = specVersion(v.spec ?? '1.6', '--spec')
  let workspace: string
  try {
    workspace = await realpath(path.resolve(v.workspace ?? '.'))
  } catch {
    throw new ConfigError('INPUT', `--workspace ${v.workspace}: no such folder`)
  }
  const reportPath = v.report ? path.resolve(v.report) : null
  const report = reportPath ? await readReportFile(reportPath) : null
  if (!report) writeErr('warning: no --report: the BOM lists the workspace\'s files but no gate results. Run `ai-secure-gates run --format json -o report.json` first and pass --report report.json.\n')
  const params = v.params?.flatMap((p) => p.split(',')).map((p) => p.trim()).filter(Boolean)
  try {
    const result = await buildBom({
      workspace,
      report,
      reportName: reportPath ? path.basename(reportPath) : null,
      spec,
      configPath: v.config,
      params: params?.length ? params : undefined,
      detect: async (t) => (await (await import('../gates/secrets/scan.js')).scanText(t, 'bom.txt')).map((h) => h.secret)
    })
    if (v.output) await writeFile(path.resolve(v.output), result.text)
    else writeMachine(result.text)
    const c = result.counts
    writeErr(`CycloneDX ${spec} BOM${v.output ? ` written to ${v.output}` : ''}: ${c.models} model file(s), ${c.datasets} dataset file(s), ${c.libraries} Python package(s), ${c.vulnerabilities} vulnerabilit${c.vulnerabilities === 1 ? 'y' : 'ies'}, ${c.params} parameter(s), ${c.gates} gate result(s).\n`)
    for (const n of result.notes) if (n !== result.noModels) writeErr(`note: ${n}\n`)
    if (result.noModels) {
      writeErr(`${v['allow-no-models'] ? 'warning' : 'error'}: ${result.noModels}.\n`)
      return v['allow-no-models'] ? 0 : 2
    }
    return 0
  } finally {
    await shutdownHashPool()
  }
}
