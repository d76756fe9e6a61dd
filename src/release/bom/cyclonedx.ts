/**
 * The CycloneDX document: components, metadata, vulnerabilities and dependencies through
 * @cyclonedx/cyclonedx-library's models and its JSON serializer for the chosen spec version (1.6 or
 * 1.7); the ML parts the library has no model for (modelCard, component data, formulation) are
 * added to its JSON output by bom-ref (research/next-gates.md §5).
 */
import { randomUUID } from 'node:crypto'
import { ComponentType, ExternalReferenceType, HashAlgorithm, Vulnerability as VulnEnums } from '@cyclonedx/cyclonedx-library/Enums'
import { Bom, BomRef, Component, ExternalReference, Property, Vulnerability as V } from '@cyclonedx/cyclonedx-library/Models'
import { JSON as JsonSerialize, JsonSerializer } from '@cyclonedx/cyclonedx-library/Serialize'
import { SpecVersionDict, Version } from '@cyclonedx/cyclonedx-library/Spec'
import type { Prop } from './evidence.js'

export const SPEC_VERSIONS = ['1.6', '1.7'] as const
export type SpecVersion = (typeof SPEC_VERSIONS)[number]

export interface ComponentSpec {
  type: 'machine-learning-model' | 'data' | 'library' | 'application'
  bomRef: string
  name: string
  version?: string
  purl?: string
  description?: string
  sha256?: string
  props: Prop[]
  externalReferences?: Array<{ type: 'vcs' | 'build-meta' | 'evidence' | 'model-card' | 'advisories' | 'digital-signature' | 'other'; url: string; comment?: string }>
  /** Added after serialisation (the library has no model for these). */
  modelCard?: Record<string, unknown>
  data?: Array<Record<string, unknown>>
}

export interface VulnSpec {
  bomRef: string
  id: string
  source: { name: string; url?: string }
  severity: 'critical' | 'high' | 'medium' | 'low' | 'info'
  description: string
  recommendation?: string
  aliases: Array<{ id: string; url: string }>
  affects: string[]
  analysis?: { state: 'in_triage' | 'exploitable'; detail: string }
  props: Prop[]
}

export interface DocumentSpec {
  spec: SpecVersion
  serialNumber?: string
  timestamp: Date
  tool: { name: string; version: string }
  root: ComponentSpec
  components: ComponentSpec[]
  metadataProps: Prop[]
  vulnerabilities: VulnSpec[]
  formulation: Array<Record<string, unknown>>
}

const TYPES: Record<ComponentSpec['type'], ComponentType> = {
  'machine-learning-model': ComponentType.MachineLearningModel,
  data: ComponentType.Data,
  library: ComponentType.Library,
  application: ComponentType.Application
}

const REF_TYPES: Record<NonNullable<ComponentSpec['externalReferences']>[number]['type'], ExternalReferenceType> = {
  vcs: ExternalReferenceType.VCS,
  'build-meta': ExternalReferenceType.BuildMeta,
  evidence: ExternalReferenceType.Evidence,
  'model-card': ExternalReferenceType.ModelCard,
  advisories: ExternalReferenceType.Advisories,
  'digital-signature': ExternalReferenceType.DigitalSignature,
  other: ExternalReferenceType.Other
}

const SEVERITY: Record<VulnSpec['severity'], VulnEnums.Severity> = {
  critical: VulnEnums.Severity.Critical,
  high: VulnEnums.Severity.High,
  medium: VulnEnums.Severity.Medium,
  low: VulnEnums.Severity.Low,
  info: VulnEnums.Severity.Info
}

function component(s: ComponentSpec): Component {
  const c = new Component(TYPES[s.type], s.name, { bomRef: s.bomRef, version: s.version, purl: s.purl, description: s.description })
  if (s.sha256) c.hashes.set(HashAlgorithm['SHA-256'], s.sha256)
  for (const [n, v] of s.props) c.properties.add(new Property(n, v))
  for (const r of s.externalReferences ?? []) c.externalReferences.add(new ExternalReference(r.url, REF_TYPES[r.type], { comment: r.comment }))
  return c
}

function vulnerability(s: VulnSpec, refs: Map<string, BomRef>): V.Vulnerability {
  const v = new V.Vulnerability({
    bomRef: s.bomRef,
    id: s.id,
    source: new V.Source({ name: s.source.name, url: s.source.url }),
    description: s.description,
    recommendation: s.recommendation,
    analysis: s.analysis ? new V.Analysis({ state: s.analysis.state === 'in_triage' ? VulnEnums.AnalysisState.InTriage : VulnEnums.AnalysisState.Exploitable, detail: s.analysis.detail }) : undefined
  })
  v.ratings.add(new V.Rating({ severity: SEVERITY[s.severity], method: VulnEnums.RatingMethod.Other, justification: 'severity assigned by ai-secure-gates' }))
  for (const a of s.aliases) v.references.add(new V.Reference(a.id, new V.Source({ url: a.url })))
  for (const ref of s.affects) v.affects.add(new V.Affect(refs.get(ref) ?? new BomRef(ref)))
  for (const [n, val] of s.props) v.properties.add(new Property(n, val))
  return v
}

/** The CycloneDX JSON object for `doc`. */
export function toCycloneDx(doc: DocumentSpec): Record<string, unknown> {
  const bom = new Bom()
  bom.serialNumber = doc.serialNumber ?? `urn:uuid:${randomUUID()}`
  bom.metadata.timestamp = doc.timestamp
  bom.metadata.tools.components.add(new Component(ComponentType.Application, doc.tool.name, { version: doc.tool.version, bomRef: 'tool:ai-secure-gates' }))
  const root = component(doc.root)
  bom.metadata.component = root
  for (const [n, v] of doc.metadataProps) bom.metadata.properties.add(new Property(n, v))
  const byRef = new Map<string, ComponentSpec>()
  const refs = new Map<string, BomRef>([[doc.root.bomRef, root.bomRef]])
  for (const s of doc.components) {
    const c = component(s)
    bom.components.add(c)
    root.dependencies.add(c.bomRef)
    byRef.set(s.bomRef, s)
    refs.set(s.bomRef, c.bomRef)
  }
  for (const v of doc.vulnerabilities) bom.vulnerabilities.add(vulnerability(v, refs))
  const version = doc.spec === '1.7' ? Version.v1dot7 : Version.v1dot6
  const serializer = new JsonSerializer(new JsonSerialize.Normalize.Factory(SpecVersionDict[version]!))
  const json = JSON.parse(serializer.serialize(bom, { sortLists: false })) as Record<string, unknown>
  // The ML parts, by bom-ref.
  for (const c of (json.components as Array<Record<string, unknown>> | undefined) ?? []) {
    const s = byRef.get(String(c['bom-ref']))
    if (s?.modelCard) c.modelCard = s.modelCard
    if (s?.data?.length) c.data = s.data
  }
  if (doc.formulation.length) json.formulation = doc.formulation
  return json
}
