/**
 * The workspace's project files that decide whether a default gate applies: Python dependency
 * manifests (dependencies gate) and container / infrastructure-as-code files (container gate).
 * Found in one bounded walk that never follows a symlink and skips version control, vendored
 * code and virtual environments (a folder holding pyvenv.cfg or conda-meta is an environment).
 */
import { open, readdir } from 'node:fs/promises'
import path from 'node:path'

export type ContainerKind = 'dockerfile' | 'compose' | 'kubernetes' | 'helm' | 'kustomize' | 'terraform' | 'cloudformation'
export type DependencyKind = 'requirements' | 'pyproject' | 'lock'

export interface InventoryFile<K> {
  /** Workspace-relative, forward slashes. */
  path: string
  kind: K
}

export interface Inventory {
  /** Files the walk looked at (after the skipped folders). */
  filesSeen: number
  /** The walk stopped at its bound (maxEntries); what was found so far is listed. */
  truncated: boolean
  container: InventoryFile<ContainerKind>[]
  dependencies: InventoryFile<DependencyKind>[]
}

export interface InventoryOptions {
  /** Directory entries visited before the walk stops (default 500,000). */
  maxEntries?: number
  /** YAML/JSON files whose first bytes are read to recognise Kubernetes and CloudFormation (default 5,000). */
  maxSniffed?: number
}

/** Folders never walked: version control, dependencies of other ecosystems, vendored code, caches. */
export const SKIPPED_FOLDERS = new Set([
  '.git', '.hg', '.svn', 'node_modules', 'bower_components', '.venv', 'venv', 'virtualenv', '.virtualenv', 'site-packages', 'dist-packages',
  '__pypackages__', '.tox', '.nox', '.eggs', '__pycache__', '.mypy_cache', '.pytest_cache', '.ruff_cache', '.ipynb_checkpoints',
  'vendor', 'vendored', '_vendor', 'third_party', 'third-party', 'thirdparty', '.terraform', '.terragrunt-cache', '.cache', '.idea', '.vscode'
])

const DOCKERFILE = /^(?:dockerfile|containerfile)(?:[._-].*)?$|\.(?:dockerfile|containerfile)$/i
const COMPOSE = /^(?:docker-)?compose(?:[._-][\w.-]*)?\.ya?ml$/i
const TERRAFORM = /\.tf(?:\.json)?$/i
const YAML_OR_JSON = /\.(?:ya?ml|json|template)$/i
const REQUIREMENTS = /requirements[\w.-]*\.txt$|^(?:constraints|requires)[\w.-]*\.txt$/i
const LOCKS = new Set(['pipfile', 'pipfile.lock', 'poetry.lock', 'uv.lock', 'pdm.lock', 'pylock.toml'])
const PYLOCK = /^pylock\.[\w.-]+\.toml$/i

const K8S = /^apiVersion:\s*["']?[\w./-]+["']?\s*$[\s\S]*^kind:\s*["']?[A-Z]\w*|^kind:\s*["']?[A-Z]\w*["']?\s*$[\s\S]*^apiVersion:\s*\S/m
const CLOUDFORMATION = /AWSTemplateFormatVersion|["']?Type["']?\s*:\s*["']?AWS::[A-Za-z0-9]+::/

function byName(name: string, parent: string): ContainerKind | DependencyKind | 'sniff' | null {
  const lower = name.toLowerCase()
  if (DOCKERFILE.test(name)) return 'dockerfile'
  if (COMPOSE.test(name)) return 'compose'
  if (lower === 'chart.yaml' || lower === 'chart.yml') return 'helm'
  if (lower === 'kustomization.yaml' || lower === 'kustomization.yml') return 'kustomize'
  if (TERRAFORM.test(name)) return 'terraform'
  if (lower === 'pyproject.toml') return 'pyproject'
  if (LOCKS.has(lower) || PYLOCK.test(name)) return 'lock'
  if (REQUIREMENTS.test(name) || (parent.toLowerCase() === 'requirements' && lower.endsWith('.txt'))) return 'requirements'
  if (YAML_OR_JSON.test(name)) return 'sniff'
  return null
}

async function head(abs: string, bytes: number): Promise<string> {
  const fh = await open(abs, 'r')
  try {
    const buf = Buffer.alloc(bytes)
    const { bytesRead } = await fh.read(buf, 0, bytes, 0)
    return buf.subarray(0, bytesRead).toString('utf8')
  } finally {
    await fh.close()
  }
}

/** Kubernetes manifest or CloudFormation template, from the first 16 KiB of a YAML/JSON file. */
export function sniffInfra(text: string): ContainerKind | null {
  if (CLOUDFORMATION.test(text)) return 'cloudformation'
  if (K8S.test(text)) return 'kubernetes'
  return null
}

/** Walks the workspace once and lists its dependency manifests and container/IaC files. */
export async function findInventory(workspace: string, opts: InventoryOptions = {}): Promise<Inventory> {
  const maxEntries = opts.maxEntries ?? 500_000
  const maxSniffed = opts.maxSniffed ?? 5_000
  const container: InventoryFile<ContainerKind>[] = []
  const dependencies: InventoryFile<DependencyKind>[] = []
  const sniff: string[] = []
  let entries = 0
  let filesSeen = 0
  let truncated = false
  // Breadth-first with an explicit queue: no recursion depth to exhaust on a deep tree.
  const queue: string[] = ['']
  for (let qi = 0; qi < queue.length && !truncated; qi++) {
    const rel = queue[qi]
    let list
    try {
      list = await readdir(rel ? path.join(workspace, rel) : workspace, { withFileTypes: true })
    } catch {
      continue
    }
    if (rel && list.some((d) => (d.name === 'pyvenv.cfg' && d.isFile()) || (d.name === 'conda-meta' && d.isDirectory()))) continue
    const parent = rel ? path.posix.basename(rel) : ''
    for (const d of list) {
      if (++entries > maxEntries) {
        truncated = true
        break
      }
      const childRel = rel ? `${rel}/${d.name}` : d.name
      if (d.isDirectory()) {
        if (!SKIPPED_FOLDERS.has(d.name) && !d.name.endsWith('.egg-info')) queue.push(childRel)
        continue
      }
      if (!d.isFile()) continue // symlinks are not followed
      filesSeen++
      const kind = byName(d.name, parent)
      if (kind === null) continue
      if (kind === 'sniff') {
        if (sniff.length < maxSniffed) sniff.push(childRel)
      } else if (kind === 'requirements' || kind === 'pyproject' || kind === 'lock') {
        dependencies.push({ path: childRel, kind })
      } else {
        container.push({ path: childRel, kind })
      }
    }
  }
  // Recognise Kubernetes manifests and CloudFormation templates by content, a few files at a time.
  let next = 0
  const worker = async () => {
    while (next < sniff.length) {
      const rel = sniff[next++]
      let text: string
      try {
        text = await head(path.join(workspace, ...rel.split('/')), 16 * 1024)
      } catch {
        continue
      }
      const kind = sniffInfra(text)
      if (kind) container.push({ path: rel, kind })
    }
  }
  await Promise.all(Array.from({ length: 8 }, worker))
  const byPath = (a: { path: string }, b: { path: string }) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0)
  return { filesSeen, truncated, container: container.sort(byPath), dependencies: dependencies.sort(byPath) }
}

/** "the Dockerfile, 2 Terraform files and 1 Kubernetes manifest": what the container gate would scan. */
export function describeContainerFiles(files: InventoryFile<ContainerKind>[]): string {
  const names: Record<ContainerKind, [string, string]> = {
    dockerfile: ['Dockerfile', 'Dockerfiles'],
    compose: ['compose file', 'compose files'],
    kubernetes: ['Kubernetes manifest', 'Kubernetes manifests'],
    helm: ['Helm chart', 'Helm charts'],
    kustomize: ['kustomization', 'kustomizations'],
    terraform: ['Terraform file', 'Terraform files'],
    cloudformation: ['CloudFormation template', 'CloudFormation templates']
  }
  const counts = new Map<ContainerKind, number>()
  for (const f of files) counts.set(f.kind, (counts.get(f.kind) ?? 0) + 1)
  const parts = (Object.keys(names) as ContainerKind[]).filter((k) => counts.has(k)).map((k) => `${counts.get(k)} ${names[k][counts.get(k) === 1 ? 0 : 1]}`)
  return parts.length <= 1 ? (parts[0] ?? 'no files') : `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}`
}

/** Memoised per run: the engine gives each gate the same walk. */
export function lazyInventory(workspace: string, opts?: InventoryOptions): () => Promise<Inventory> {
  let p: Promise<Inventory> | null = null
  return () => (p ??= findInventory(workspace, opts))
}
