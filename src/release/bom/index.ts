/**
 * The AI bill of materials (CycloneDX 1.6 or 1.7 JSON), built from a gates report and the workspace:
 * model files (hashes, format, signature status, a model card from the evaluation gate), datasets
 * (hashes, DVC records, the data gate's schema, outlier and drift results), Python dependencies
 * (purls, the dependencies gate's vulnerabilities), formulation (run, commit, trigger,
 * hyperparameters) and every gate's result as evidence. See docs/bom.md.
 */
import path from 'node:path'
import { loadConfig } from '../../config/load.js'
import { findInventory } from '../../engine/inventory.js'
import type { Finding, Report } from '../../engine/types.js'
import { safeJson } from '../../report/json.js'
import { VERSION } from '../../version.js'
import { toCycloneDx, type ComponentSpec, type SpecVersion, type VulnSpec } from './cyclonedx.js'
import { findDatasets } from './datasets.js'
import { clip, fileEvidence, gateOf, NS, runEvidence, type Prop } from './evidence.js'
import { hashAll } from './files.js'
import { formulation, runInfo } from './formulation.js'
import { findModelFiles, modelCard } from './models.js'
import { readParams } from './params.js'
import { pythonPackages, pypiPurl } from './python.js'
import { redactValue } from '../../report/redact.js'

export { SPEC_VERSIONS, type SpecVersion } from './cyclonedx.js'

export interface BomOptions {
  /** Absolute, real path of the workspace. */
  workspace: string
  /** The gates' report (null: the BOM lists what the workspace holds, without gate results). */
  report: Report | null
  /** How the report is named in the BOM (its file name), when it was read from a file. */
  reportName?: string | null
  spec?: SpecVersion
  /** Config file (workspace-relative); used for the model and dataset paths when the report has none. */
  configPath?: string
  /** Params files or MLflow run folders (workspace-relative); default params.yaml when it exists. */
  params?: string[]
  env?: NodeJS.ProcessEnv
  now?: Date
  serialNumber?: string
  secrets?: Iterable<string>
  detect?: (text: string) => Promise<string[]>
  signal?: AbortSignal
}

export interface BomResult {
  bom: Record<string, unknown>
  /** The BOM as JSON text (terminal-safe escapes), ending in a newline. */
  text: string
  /** What was left out or could not be read, one line each (also in the BOM's metadata). */
  notes: string[]
  /** Set when the BOM lists no model: where it looked, and the fix. */
  noModels: string | null
  counts: { models: number; datasets: number; libraries: number; vulnerabilities: number; gates: number; params: number }
}

const relUrl = (rel: string): string => rel.split('/').map(encodeURIComponent).join('/')

function asRecord(v: unknown): Record<string, unknown> | null {
  return v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : null
}

function advisorySource(id: string, uri: string | undefined): { name: string; url?: string } {
  const name = id.startsWith('GHSA-') ? 'GitHub Advisory Database' : id.startsWith('PYSEC-') ? 'PyPA Advisory Database' : id.startsWith('CVE-') ? 'NVD' : 'OSV'
  return uri ? { name, url: uri } : { name }
}

function aliasUrl(a: string): string {
  return a.startsWith('GHSA-') ? `https://github.com/advisories/${encodeURIComponent(a)}` : `https://osv.dev/vulnerability/${encodeURIComponent(a)}`
}

function waiverAnalysis(f: Finding): VulnSpec['analysis'] {
  if (f.waiver) return { state: 'in_triage', detail: clip(`waived until ${f.waiver.expires}: ${f.waiver.reason}`) }
  if (f.suppressed) return { state: 'in_triage', detail: clip(`suppressed in the source${f.suppression?.reason ? ': ' + f.suppression.reason : ''}`) }
  return undefined
}

export async function buildBom(opts: BomOptions): Promise<BomResult> {
  const { workspace, report } = opts
  const env = opts.env ?? process.env
  const notes: string[] = []
  const loaded = await loadConfig(workspace, opts.configPath)
  const gates = asRecord((loaded.config as unknown as Record<string, unknown>).gates) ?? {}

  const models = await findModelFiles(workspace, report, gates)
  notes.push(...models.notes)
  const datasets = await findDatasets(workspace, report, gates)
  notes.push(...datasets.notes)
  const schemas = [...new Set(datasets.files.map((d) => d.schema).filter((s): s is string => !!s))]
  const digests = await hashAll(workspace, [...models.files.filter((m) => !m.folder).map((m) => m.path), ...datasets.files.map((d) => d.path), ...schemas], notes, opts.signal)

  const inventory = await findInventory(workspace)
  const python = await pythonPackages(workspace, inventory)
  notes.push(...python.notes)
  const params = await readParams(workspace, opts.params)
  if (params.truncated) notes.push(`more than ${params.params.length} parameters: the first ${params.params.length} are listed`)
  const run = await runInfo(workspace, report, env)

  const card = modelCard(report)
  const components: ComponentSpec[] = []
  for (const m of models.files) {
    const d = digests.get(m.path)
    const props: Prop[] = [[`${NS}:path`, m.path]]
    if (d) props.push([`${NS}:size`, String(d.size)])
    props.push([`${NS}:format`, m.format ?? 'unknown (not scanned by the models gate)'])
    if (m.folder) {
      props.push([`${NS}:model:kind`, 'folder (signed as one model; its files are listed where the models gate scanned them)'])
      if (m.folder.rootDigest) props.push([`${NS}:signature:root-digest`, `${m.folder.hashType ? m.folder.hashType + ':' : ''}${m.folder.rootDigest}`])
      if (m.folder.matched !== null) props.push([`${NS}:signature:files-verified`, String(m.folder.matched)])
    }
    const sig = m.signature
    props.push([`${NS}:signature`, sig.status], [`${NS}:signature:detail`, sig.detail])
    for (const k of ['method', 'signer', 'issuer', 'signedAt', 'bundle'] as const) if (sig[k]) props.push([`${NS}:signature:${k}`, sig[k]])
    props.push(...fileEvidence(report, m.path, { skipChecks: (g, c) => g === 'models' && c.name === 'signature' }))
    const refs: ComponentSpec['externalReferences'] = sig.bundle ? [{ type: 'digital-signature', url: relUrl(sig.bundle), comment: `signature bundle (${sig.status})` }] : []
    components.push({ type: 'machine-learning-model', bomRef: `model:${m.path}`, name: m.path, sha256: d?.sha256, props, externalReferences: refs, ...(card ? { modelCard: card } : {}) })
  }
  for (const ds of datasets.files) {
    const d = digests.get(ds.path)
    const props: Prop[] = [[`${NS}:path`, ds.path], [`${NS}:data:role`, ds.role]]
    if (d) props.push([`${NS}:size`, String(d.size)])
    if (ds.format) props.push([`${NS}:data:format`, ds.format])
    if (ds.rows !== null) props.push([`${NS}:data:rows`, String(ds.rows)])
    if (ds.dvc) {
      props.push([`${NS}:dvc:md5`, ds.dvc.md5 + (ds.dvc.dir ? '.dir' : '')], [`${NS}:dvc:source`, ds.dvc.source])
      props.push([`${NS}:dvc:hash`, ds.dvc.dir ? 'md5 of the folder manifest the file belongs to' : ds.dvc.legacy ? 'DVC 2 md5 (text files after CRLF to LF)' : 'md5 of the bytes'])
    }
    if (ds.schema) {
      props.push([`${NS}:data:schema`, ds.schema])
      const sd = digests.get(ds.schema)
      if (sd) props.push([`${NS}:data:schema:sha256`, sd.sha256])
    }
    props.push(...ds.props, ...fileEvidence(report, ds.path, { skipChecks: (g, c) => g === 'data' && ['drift', 'outliers', 'schema', 'statistics'].includes(c.name) }))
    const data: Array<Record<string, unknown>> = [
      { type: 'dataset', name: ds.path, contents: { url: relUrl(ds.path) }, ...(ds.format || ds.rows !== null ? { description: [ds.format ? `${ds.format}` : '', ds.rows !== null ? `${ds.rows} rows` : ''].filter(Boolean).join(', ') } : {}) }
    ]
    if (ds.schema) data.push({ type: 'definition', name: ds.schema, contents: { url: relUrl(ds.schema) }, description: 'the schema the data gate checks this dataset against' })
    components.push({ type: 'data', bomRef: `data:${ds.path}`, name: ds.path, sha256: d?.sha256, props, data })
  }

  // Python packages, and the dependencies gate's advisories against them.
  const libs = new Map<string, ComponentSpec>()
  for (const p of python.packages) {
    const props: Prop[] = p.sources.map((s) => [`${NS}:python:source`, s] as Prop)
    if (p.requirement) props.push([`${NS}:python:requirement`, p.requirement], [`${NS}:python:pinned`, 'false: the installed version is not known'])
    libs.set(p.purl, { type: 'library', bomRef: p.purl, name: p.name, ...(p.version ? { version: p.version } : {}), purl: p.purl, props })
  }
  const vulns: VulnSpec[] = []
  const usedRefs = new Set<string>()
  const vulnRef = (base: string): string => {
    let ref = base
    for (let i = 2; usedRefs.has(ref); i++) ref = `${base}-${i}`
    usedRefs.add(ref)
    return ref
  }
  for (const f of gateOf(report, 'dependencies')?.findings ?? []) {
    const pr = f.properties ?? {}
    if (pr.tool !== 'pip-audit' || typeof pr.package !== 'string' || typeof pr.installedVersion !== 'string') continue
    const purl = pypiPurl(pr.package, pr.installedVersion)
    if (!libs.has(purl)) libs.set(purl, { type: 'library', bomRef: purl, name: pr.package, version: pr.installedVersion, purl, props: [[`${NS}:python:source`, `pip-audit (${f.location.path})`]] })
    const fixes = Array.isArray(pr.fixVersions) ? pr.fixVersions.map(String) : []
    vulns.push({
      bomRef: vulnRef(`vuln:${f.ruleId}:${purl}`),
      id: f.ruleId,
      source: advisorySource(f.ruleId, f.help?.uri),
      severity: f.severity,
      description: clip(f.message, 2000),
      recommendation: fixes.length ? `Upgrade ${pr.package} to ${fixes.join(' or ')}` : 'No fixed version is available',
      aliases: (f.aliases ?? []).map((a) => ({ id: a, url: aliasUrl(a) })),
      affects: [purl],
      analysis: waiverAnalysis(f),
      props: [[`${NS}:gate`, 'dependencies'], [`${NS}:blocking`, String(f.blocking)]]
    })
  }
  const modelRefs = new Set(models.files.map((m) => `model:${m.path}`))
  const folders = models.files.filter((m) => m.folder).map((m) => m.path)
  for (const f of gateOf(report, 'models')?.findings ?? []) {
    // A finding on a file inside a model signed as a folder is about that model.
    const folder = folders.find((d) => f.location.path.startsWith(d + '/'))
    const ref = modelRefs.has(`model:${f.location.path}`) ? `model:${f.location.path}` : folder ? `model:${folder}` : null
    if (!ref) continue
    vulns.push({
      bomRef: vulnRef(`vuln:models:${f.fingerprint}`),
      id: f.ruleId,
      source: { name: 'ai-secure-gates' },
      severity: f.severity,
      description: clip(f.message, 2000),
      aliases: [],
      affects: [ref],
      analysis: waiverAnalysis(f),
      props: [[`${NS}:gate`, 'models'], [`${NS}:blocking`, String(f.blocking)]]
    })
  }
  components.push(...libs.values())

  let noModels: string | null = null
  if (!models.files.length) {
    noModels = `no model files: the models gate examined none${report && gateOf(report, 'models') ? '' : ' (it is not in the report)'} and there are none under ${models.lookedIn}. Set gates.models.paths to the folder of your model files, or pass --allow-no-models (input bom-allow-no-models) if this repository has none`
    notes.unshift(noModels)
  }

  const server = env.GITHUB_SERVER_URL?.trim() || report?.context?.serverUrl || 'https://github.com'
  const rootRefs: NonNullable<ComponentSpec['externalReferences']> = []
  if (run.repository) rootRefs.push({ type: 'vcs', url: `${server}/${run.repository}` })
  if (run.runUrl) rootRefs.push({ type: 'build-meta', url: run.runUrl, comment: 'the workflow run that ran the gates' })
  const root: ComponentSpec = {
    type: 'application',
    bomRef: 'repository',
    name: run.repository ?? path.basename(workspace),
    ...(run.commit ? { version: run.commit } : {}),
    description: 'The repository the gates examined, at this commit',
    props: run.props,
    externalReferences: rootRefs
  }
  const metadataProps: Prop[] = [...runEvidence(report, opts.reportName ?? null), ...notes.map((n) => [`${NS}:note`, clip(n)] as Prop)]
  const doc = toCycloneDx({
    spec: opts.spec ?? '1.6',
    serialNumber: opts.serialNumber,
    timestamp: opts.now ?? new Date(),
    tool: { name: 'ai-secure-gates', version: VERSION },
    root,
    components,
    metadataProps,
    vulnerabilities: vulns,
    formulation: formulation(run, params.params, params.sources, datasets.files.filter((d) => d.role === 'dataset').map((d) => `data:${d.path}`), models.files.map((m) => `model:${m.path}`))
  })
  const bom = await redactValue(doc, { secrets: opts.secrets, detect: opts.detect })
  return {
    bom,
    text: safeJson(bom) + '\n',
    notes,
    noModels,
    counts: { models: models.files.length, datasets: datasets.files.length, libraries: libs.size, vulnerabilities: vulns.length, gates: report?.gates.length ?? 0, params: params.params.length }
  }
}
