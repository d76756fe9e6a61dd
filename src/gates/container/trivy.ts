/**
 * Runs trivy on each configured target (image, image archive, fs, repo, config) and reads its JSON
 * report. trivy is always run with --exit-code 0, so any other exit code is a crash; the verdict
 * comes from the parsed report, and a missing, empty or unreadable report is an error with
 * trivy's stderr tail.
 */
import { readFile, rm } from 'node:fs/promises'
import path from 'node:path'
import { ConfigError, ParseError } from '../../engine/errors.js'
import { resolveInside, statOrNull, toRel } from '../../engine/paths.js'
import type { Check, FindingInput, GateContext, ToolInfo } from '../../engine/types.js'
import { parseTrivy } from '../../parsers/trivy.js'
import { resolveTool } from '../../tools/resolve.js'
import { tailLines } from '../../tools/runner.js'
import { defaultTrivyCacheDir, prepareTrivyDb, type CacheBackend, type TrivyCommand } from '../../tools/trivy-db.js'
import type { ContainerConfig } from './config.js'

export interface TrivyTarget {
  command: TrivyCommand
  /** What the report calls it (image reference, workspace path or URL). */
  label: string
  /** The positional argument and any flags that select the target. */
  targetArgs: string[]
  scanners: string[]
  /** Workspace-relative folder the Targets of the report are relative to. */
  baseDir?: string
  /** For images: where findings are located. */
  artifactPath?: string
}

export interface TrivyRun {
  findings: FindingInput[]
  checks: Check[]
  errors: string[]
  tool: ToolInfo | null
}


const IMAGE_REF = /^[A-Za-z0-9][A-Za-z0-9._\-/:@]*$/

export async function trivyTargets(ctx: GateContext<ContainerConfig>): Promise<TrivyTarget[]> {
  const c = ctx.config
  const targets: TrivyTarget[] = []
  const images = c.image === undefined ? [] : Array.isArray(c.image) ? c.image : [c.image]
  const defaultImageScanners = ['vuln', 'secret']
  const defaultFsScanners = ['vuln', 'misconfig', 'secret']
  let dockerfile: string | undefined
  if (c.dockerfile) dockerfile = toRel(ctx.workspace, resolveInside(ctx.workspace, c.dockerfile, 'gates.container.dockerfile'))
  for (const image of images) {
    if (!IMAGE_REF.test(image)) {
      throw new ConfigError('CONFIG_INVALID', `gates.container.image: "${image}" is not an image reference (registry/name:tag or name@sha256:...).`)
    }
    targets.push({ command: 'image', label: image, targetArgs: [image], scanners: c.scanners ?? defaultImageScanners, artifactPath: dockerfile ?? image })
  }
  const existing = async (rel: string, key: string) => {
    const abs = resolveInside(ctx.workspace, rel, `gates.container.${key}`)
    const st = await statOrNull(abs)
    if (!st) throw new ConfigError('CONFIG_INVALID', `gates.container.${key}: "${rel}" does not exist in the workspace.`)
    const relPath = toRel(ctx.workspace, abs) || '.'
    return { abs, relPath, isDir: st.isDirectory() }
  }
  for (const rel of c['image-archive'] ?? []) {
    const t = await existing(rel, 'image-archive')
    targets.push({ command: 'image', label: t.relPath, targetArgs: ['--input', t.relPath], scanners: c.scanners ?? defaultImageScanners, artifactPath: dockerfile ?? t.relPath })
  }
  for (const [key, command] of [['fs', 'fs'], ['repo', 'repo'], ['config', 'config']] as const) {
    for (const rel of c[key] ?? []) {
      if (command === 'repo' && /^https:\/\//.test(rel)) {
        targets.push({ command, label: rel, targetArgs: [rel], scanners: c.scanners ?? defaultFsScanners, artifactPath: rel })
        continue
      }
      const t = await existing(rel, key)
      const baseDir = t.isDir ? t.relPath : path.posix.dirname(t.relPath)
      targets.push({
        command,
        label: t.relPath,
        targetArgs: [t.relPath],
        scanners: command === 'config' ? ['misconfig'] : (c.scanners ?? defaultFsScanners),
        baseDir: baseDir === '.' ? undefined : baseDir
      })
    }
  }
  if (targets.length === 0) {
    targets.push({ command: 'fs', label: '.', targetArgs: ['.'], scanners: c.scanners ?? defaultFsScanners })
  }
  return targets
}

async function ignoreFile(ctx: GateContext<ContainerConfig>): Promise<string | null> {
  const setting = ctx.config.trivyignore
  if (setting === false) return null
  if (typeof setting === 'string') {
    const abs = resolveInside(ctx.workspace, setting, 'gates.container.trivyignore')
    if (!(await statOrNull(abs))) throw new ConfigError('CONFIG_INVALID', `gates.container.trivyignore: "${setting}" does not exist in the workspace.`)
    return abs
  }
  for (const name of ['.trivyignore.yaml', '.trivyignore.yml', '.trivyignore']) {
    const abs = path.join(ctx.workspace, name)
    if ((await statOrNull(abs))?.isFile()) return abs
  }
  return null
}

function withStderr(message: string, stderr: string): string {
  const tail = tailLines(stderr, 15).trim()
  return tail ? `${message}\nstderr (last lines):\n${tail}` : `${message} (trivy wrote nothing on stderr)`
}

/** What trivy failed to download, read from its stderr: the vulnerability DB, the checks bundle, or neither. */
export function downloadFailure(stderr: string): 'db' | 'checks' | null {
  if (/(vulnerability )?DB (error|download)|failed to download (the )?(vulnerability )?DB|init DB|db\.Download/i.test(stderr)) return 'db'
  if (/checks? bundle|policy bundle|failed to download (the )?(built-in )?(checks|policies)/i.test(stderr)) return 'checks'
  return null
}

export function trivyArgs(t: TrivyTarget, c: ContainerConfig, out: string, cacheDir: string, ignore: string | null, dbArgs: string[]): string[] {
  const args = [t.command, '--format', 'json', '--output', out, '--exit-code', '0', '--cache-dir', cacheDir]
  if (t.command !== 'config') args.push('--scanners', t.scanners.join(','))
  if (c['ignore-unfixed'] && t.command !== 'config' && t.scanners.includes('vuln')) args.push('--ignore-unfixed')
  if (ignore) args.push('--ignorefile', ignore)
  for (const d of c['skip-dirs']) args.push('--skip-dirs', d)
  args.push(...dbArgs, ...t.targetArgs)
  return args
}

export async function runTrivy(ctx: GateContext<ContainerConfig>, backend?: CacheBackend): Promise<TrivyRun> {
  const c = ctx.config
  const targets = await trivyTargets(ctx)
  const ignore = await ignoreFile(ctx)
  const tool = await resolveTool('trivy', ctx)
  const cacheDir = c['cache-dir'] ? path.resolve(ctx.workspace, c['cache-dir']) : defaultTrivyCacheDir()
  const db = await prepareTrivyDb({
    cacheDir,
    dbRepository: c['db-repository'],
    checksBundleRepository: c['checks-bundle-repository'],
    offline: c.offline,
    needsDb: targets.some((t) => t.command !== 'config' && t.scanners.includes('vuln')),
    useCache: c['cache-db'],
    logger: ctx.logger,
    backend
  })
  const findings: FindingInput[] = []
  const checks: Check[] = []
  const errors: string[] = []
  let n = 0
  let scannedWithDb = false
  for (const t of targets) {
    const out = path.join(ctx.tempDir, `trivy-${process.pid}-${Date.now()}-${n++}.json`)
    await rm(out, { force: true })
    const args = trivyArgs(t, c, out, cacheDir, ignore, db.argsFor(t.command))
    ctx.logger.debug(`trivy ${args.join(' ')}`)
    const r = await ctx.tools.run(tool.path, args, { cwd: ctx.workspace, timeoutMs: 60 * 60_000, signal: ctx.signal, env: { TRIVY_NO_PROGRESS: 'true' } })
    const name = `trivy ${t.command}`
    const fail = (reason: string) => {
      errors.push(withStderr(`trivy ${t.command} ${t.label}: ${reason}`, r.stderrTail))
      checks.push({ name, target: t.label, outcome: 'error', details: { exitCode: r.exitCode, reason } })
    }
    let text: string | null
    try {
      text = await readFile(out, 'utf8')
    } catch {
      text = null
    } finally {
      await rm(out, { force: true }).catch(() => undefined)
    }
    if (r.exitCode !== 0) {
      const what = downloadFailure(r.stderrTail)
      if (what === 'db') {
        fail(
          `exited with code ${r.exitCode}: the vulnerability DB could not be downloaded${c['db-repository'] ? ` from ${c['db-repository']}` : ' (ghcr.io/aquasecurity/trivy-db, mirror.gcr.io)'}, so vulnerabilities were not checked. ` +
            'Fix: let the runner reach the registry, set gates.container.db-repository to a mirror it reaches, or restore a cached DB and set offline: true.'
        )
      } else if (what === 'checks') {
        fail(
          `exited with code ${r.exitCode}: the misconfiguration checks bundle could not be downloaded, so nothing was checked. ` +
            'Fix: set gates.container.checks-bundle-repository to a mirror, or offline: true to use the checks built into trivy.'
        )
      } else {
        fail(`exited with code ${r.exitCode} (it runs with --exit-code 0, so this is a failure, not findings)`)
      }
      continue
    }
    if (text === null) {
      fail('exited 0 but wrote no report')
      continue
    }
    let parsed
    try {
      parsed = parseTrivy(text, {
        unknownSeverity: c['unknown-severity'],
        ignoreUnfixed: c['ignore-unfixed'],
        baseDir: t.baseDir,
        artifactPath: t.artifactPath,
        allAtArtifact: t.command === 'image',
        workspace: ctx.workspace
      })
    } catch (e) {
      if (!(e instanceof ParseError)) throw e
      fail(`its report could not be read: ${e.message}`)
      continue
    }
    for (const s of parsed.secretValues) ctx.maskSecret(s)
    // trivy falls back to the checks built into the binary when the checks bundle cannot be downloaded: say so.
    const embeddedOnly = /Falling back to embedded checks/.test(r.stderrTail)
    if (embeddedOnly) ctx.logger.warning(`trivy ${t.command} ${t.label}: the misconfiguration checks bundle could not be downloaded; trivy used the checks built into trivy ${tool.version ?? ''} (possibly older than the current bundle)`)
    if (t.command !== 'config' && t.scanners.includes('vuln')) scannedWithDb = true
    findings.push(...parsed.findings)
    const totals = parsed.targets.reduce((a, x) => ({ v: a.v + x.vulnerabilities, m: a.m + x.misconfigurations, s: a.s + x.secrets }), { v: 0, m: 0, s: 0 })
    checks.push({
      name,
      target: t.label,
      outcome: parsed.findings.length ? 'fail' : 'pass',
      details: {
        scanners: t.scanners,
        artifactType: parsed.artifactType,
        trivyVersion: parsed.trivyVersion,
        results: parsed.targets.length,
        vulnerabilities: totals.v,
        misconfigurations: totals.m,
        secrets: totals.s,
        ...(parsed.droppedUnfixed ? { unfixedLeftOut: parsed.droppedUnfixed } : {}),
        ...(embeddedOnly ? { checksSource: 'embedded in the trivy binary: the checks bundle could not be downloaded' } : {})
      }
    })
    for (const x of parsed.targets) {
      const n2 = x.vulnerabilities + x.misconfigurations + x.secrets
      checks.push({
        name: `${name} target`,
        target: t.command === 'image' ? `${t.label}: ${x.target}` : x.target && t.baseDir ? `${t.baseDir}/${x.target}` : x.target || t.label,
        outcome: n2 ? 'fail' : 'pass',
        details: { class: x.class, type: x.type, findings: n2, ...(x.misconfSuccesses !== null ? { checksPassed: x.misconfSuccesses } : {}) }
      })
    }
  }
  if (errors.length === 0 && scannedWithDb) await db.save()
  return { findings, checks, errors, tool: { name: 'trivy', version: tool.version } }
}
