/**
 * Runs pip-audit once per audited target (each requirements file, a project, or an environment)
 * and reads its JSON report. pip-audit exits 1 both when it finds vulnerabilities and when it
 * fails, so the verdict comes from the report: a missing, empty or unreadable report is an error
 * with pip-audit's stderr tail, and so is "exit 1 but no vulnerability in the report".
 */
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { ConfigError, ParseError, ToolError, errorMessage } from '../../engine/errors.js'
import { pathExists, resolveInside, toRel } from '../../engine/paths.js'
import type { Check, FindingInput, GateContext, ToolInfo } from '../../engine/types.js'
import { canonicalName, parsePipAudit, requirementLines } from '../../parsers/pip-audit.js'
import { resolveTool } from '../../tools/resolve.js'
import { tailLines } from '../../tools/runner.js'
import type { DependenciesConfig } from './config.js'
import { LOCK_FILES, readLockFile, requirementsFor } from '../../parsers/python-locks.js'

export interface AuditTarget {
  /** `lock`: the exact versions of a uv.lock, poetry.lock or pdm.lock, audited with --no-deps. */
  kind: 'requirements' | 'project' | 'lock' | 'environment'
  /** Workspace-relative path shown in the report (the file, the project folder, or "." for an environment). */
  label: string
  args: string[]
  /** Where findings are located and the line map for it. */
  locationPath: string
  lines?: Map<string, number>
  /** Entries of a lock file that are not on a package index (git, path, the project itself). */
  notAudited?: Array<{ name: string; reason: string }>
}

export interface PipAuditRun {
  findings: FindingInput[]
  checks: Check[]
  errors: string[]
  tool: ToolInfo | null
  skipped?: string
}


/** Works out what to audit from the config; returns null (with the reason) when nothing applies. */
export async function auditTargets(ctx: GateContext<DependenciesConfig>): Promise<{ targets: AuditTarget[] } | { skipped: string }> {
  const c = ctx.config
  const modes = [c.requirements?.length ? 'requirements' : null, c.project ? 'project' : null, c.environment ? 'environment' : null].filter(Boolean)
  if (modes.length > 1) {
    throw new ConfigError('CONFIG_INVALID', `gates.dependencies: choose one of requirements, project or environment (got ${modes.join(' and ')}); use two config runs if you need both.`)
  }
  let requirements = c.requirements
  let project = c.project
  if (modes.length === 0) {
    if (await pathExists(path.join(ctx.workspace, 'requirements.txt'))) requirements = ['requirements.txt']
    else if (await pathExists(path.join(ctx.workspace, 'pyproject.toml'))) project = '.'
    else return { skipped: 'no requirements.txt or pyproject.toml at the workspace root; set requirements, project or environment: true in gates.dependencies' }
  }
  const targets: AuditTarget[] = []
  if (requirements?.length) {
    for (const rel of requirements) {
      const abs = resolveInside(ctx.workspace, rel, 'gates.dependencies.requirements')
      let text: string
      try {
        text = await readFile(abs, 'utf8')
      } catch (e) {
        throw new ConfigError('CONFIG_INVALID', `gates.dependencies.requirements: "${rel}" cannot be read (${(e as NodeJS.ErrnoException).code ?? errorMessage(e)}); list files that exist in the repository.`)
      }
      const label = toRel(ctx.workspace, abs)
      targets.push({ kind: 'requirements', label, args: ['-r', abs], locationPath: label, lines: requirementLines(text) })
    }
  } else if (project) {
    const abs = resolveInside(ctx.workspace, project, 'gates.dependencies.project')
    if (!(await pathExists(path.join(abs, 'pyproject.toml')))) {
      throw new ConfigError('CONFIG_INVALID', `gates.dependencies.project: "${project}" has no pyproject.toml; point it at the folder that holds one.`)
    }
    const label = toRel(ctx.workspace, abs) || '.'
    const locks = await lockTargets(ctx, abs, label)
    if (locks.length) targets.push(...locks)
    else targets.push({ kind: 'project', label, args: [abs], locationPath: label === '.' ? 'pyproject.toml' : `${label}/pyproject.toml` })
  } else {
    targets.push({ kind: 'environment', label: '.', args: [], locationPath: '.' })
  }
  return { targets }
}

/**
 * The project's lock files (uv.lock, poetry.lock, pdm.lock), each turned into exact pins audited with
 * --no-deps: what the lock installs, not a fresh resolution of pyproject.toml's ranges.
 */
async function lockTargets(ctx: GateContext<DependenciesConfig>, projectAbs: string, projectLabel: string): Promise<AuditTarget[]> {
  const out: AuditTarget[] = []
  for (const kind of LOCK_FILES) {
    const abs = path.join(projectAbs, kind)
    if (!(await pathExists(abs))) continue
    const rel = projectLabel === '.' ? kind : `${projectLabel}/${kind}`
    const lock = readLockFile(kind, await readFile(abs, 'utf8'), rel)
    const lines = new Map<string, number>()
    for (const p of lock.packages) if (p.line !== null && !lines.has(canonicalName(p.name))) lines.set(canonicalName(p.name), p.line)
    const files = requirementsFor(lock)
    if (files.length === 0) {
      throw new ConfigError('CONFIG_INVALID', `gates.dependencies.project: ${rel} lists no package from a package index to audit (${lock.notAudited.length} from git, paths or the project itself).`)
    }
    await mkdir(ctx.tempDir, { recursive: true })
    for (const [i, text] of files.entries()) {
      const req = path.join(ctx.tempDir, `pip-audit-${kind}-${process.pid}-${i}.txt`)
      await writeFile(req, text)
      out.push({ kind: 'lock', label: files.length > 1 ? `${rel} (${i + 1} of ${files.length})` : rel, args: ['-r', req, '--no-deps', '--disable-pip'], locationPath: rel, lines, notAudited: i === 0 ? lock.notAudited : [] })
    }
  }
  return out
}

function commonArgs(c: DependenciesConfig, out: string, kind: AuditTarget['kind']): string[] {
  const args = ['-f', 'json', '-o', out, '--progress-spinner', 'off', '-s', c['vulnerability-service']]
  // A lock's pins are audited without hashes: the lock tool checks them at install time.
  if (c['require-hashes'] && kind !== 'lock') args.push('--require-hashes')
  // --no-deps alone still installs the requirements with pip in pip-audit 2.10; --disable-pip audits the pins as written.
  if (c['no-deps'] && kind !== 'lock') args.push('--no-deps', '--disable-pip')
  if (c['index-url']) args.push('--index-url', c['index-url'])
  return args
}

function withStderr(message: string, stderr: string): string {
  const tail = tailLines(stderr, 15).trim()
  return tail ? `${message}\nstderr (last lines):\n${tail}` : `${message} (pip-audit wrote nothing on stderr)`
}

export async function runPipAudit(ctx: GateContext<DependenciesConfig>): Promise<PipAuditRun> {
  const plan = await auditTargets(ctx)
  if ('skipped' in plan) return { findings: [], checks: [], errors: [], tool: null, skipped: plan.skipped }
  const tool = await resolveTool('pip-audit', ctx)
  const info: ToolInfo = { name: 'pip-audit', version: tool.version }
  const env: Record<string, string> = {}
  if (plan.targets.some((t) => t.kind === 'environment')) {
    // pip-audit audits its own interpreter unless told otherwise (its own virtualenv when installed by us).
    const python = ctx.config.python ?? (await ctx.tools.which('python3')) ?? (await ctx.tools.which('python'))
    if (!python) throw new ToolError('TOOL_NOT_FOUND', 'gates.dependencies.environment: no python3 on PATH to audit; set gates.dependencies.python to the interpreter of the environment to audit.')
    env.PIPAPI_PYTHON_LOCATION = python
  }
  const findings: FindingInput[] = []
  const checks: Check[] = []
  const errors: string[] = []
  let n = 0
  for (const t of plan.targets) {
    const out = path.join(ctx.tempDir, `pip-audit-${process.pid}-${Date.now()}-${n++}.json`)
    await rm(out, { force: true })
    const args = [...commonArgs(ctx.config, out, t.kind), ...t.args]
    ctx.logger.debug(`pip-audit ${args.join(' ')}`)
    const r = await ctx.tools.run(tool.path, args, { cwd: ctx.workspace, timeoutMs: 30 * 60_000, signal: ctx.signal, env })
    const fail = (reason: string, extra: Record<string, unknown> = {}) => {
      errors.push(withStderr(`pip-audit on ${t.label}: ${reason}`, r.stderrTail))
      checks.push({ name: 'pip-audit', target: t.label, outcome: 'error', details: { exitCode: r.exitCode, reason, ...extra } })
    }
    if (r.exitCode !== 0 && r.exitCode !== 1) {
      fail(`exited with code ${r.exitCode}${r.exitCode === 2 ? ' (a usage error: check the gate options against this pip-audit version)' : ''}`)
      continue
    }
    let text: string
    try {
      text = await readFile(out, 'utf8')
    } catch {
      const unreachable = /ConnectionError|NameResolutionError|Max retries exceeded|timed out/i.test(r.stderrTail)
      fail(
        `exited ${r.exitCode} and wrote no report (it failed before auditing)` +
          (unreachable
            ? `: the vulnerability service (-s ${ctx.config['vulnerability-service']}, ${ctx.config['vulnerability-service'] === 'osv' ? 'api.osv.dev' : 'pypi.org'}) could not be reached, so nothing was checked. Let the runner reach it, or choose the other vulnerability-service.`
            : '')
      )
      continue
    } finally {
      await rm(out, { force: true }).catch(() => undefined)
    }
    let parsed
    try {
      parsed = parsePipAudit(text, { severity: ctx.config.severity, unfixableSeverity: ctx.config['unfixable-severity'], path: t.locationPath, lines: t.lines })
    } catch (e) {
      if (!(e instanceof ParseError)) throw e
      fail(`its report could not be read: ${e.message}`)
      continue
    }
    if (r.exitCode === 1 && parsed.vulnerabilities === 0) {
      fail('exited 1 (pip-audit\'s code for "vulnerabilities found" and for "fatal error") but its report lists no vulnerability, so it failed')
      continue
    }
    if (parsed.audited.length === 0 && parsed.skipped.length > 0) {
      // Every dependency skipped: nothing was checked against the advisories. pip-audit says "not found on
      // PyPI" both for private packages and when the vulnerability service answers 404 (a proxy or mirror
      // that serves the simple index but not the JSON API), so this is never a pass.
      const reasons = [...new Set(parsed.skipped.map((s) => s.reason.replace(/: \S+ \([^)]*\)$/, '')))].slice(0, 3).join('; ')
      fail(
        `none of the ${parsed.skipped.length} dependencies could be audited (${reasons}). The vulnerability service (-s ${ctx.config['vulnerability-service']}) ` +
          'did not answer for any of them: check that the machine reaches it (pypi: https://pypi.org/pypi/<name>/<version>/json; osv: https://api.osv.dev), ' +
          'or try vulnerability-service: ' + (ctx.config['vulnerability-service'] === 'pypi' ? 'osv' : 'pypi'),
        { notAudited: parsed.skipped.map((x) => x.name) }
      )
      continue
    }
    findings.push(...parsed.findings)
    checks.push({
      name: 'pip-audit',
      target: t.label,
      outcome: parsed.vulnerabilities > 0 ? 'fail' : 'pass',
      details: {
        mode: t.kind,
        dependencies: parsed.audited.length,
        vulnerabilities: parsed.vulnerabilities,
        vulnerablePackages: parsed.audited.filter((d) => d.vulns > 0).map((d) => `${d.name} ${d.version}`),
        skipped: parsed.skipped,
        ...(t.notAudited?.length ? { notInIndex: t.notAudited } : {}),
        reportShape: parsed.shape
      }
    })
  }
  return { findings, checks, errors, tool: info }
}
