/**
 * The code gate: bandit over the Python sources and the notebooks' code cells, and the
 * unsafe-load rules (tree-sitter) over the same code, with one exclusion list for both.
 *
 * The gate walks the files once; bandit starts at once on that file list (scripts and the
 * notebooks' extracted code together: one `bandit --version`, one run) and the rules run in this
 * process while bandit runs in its own. A bandit finding and a rule finding about the same call
 * (B301 and pickle-load on one line) are reported once. Inline `# nosec` and
 * `# ai-secure-gates: ignore[...]` comments mark findings suppressed (suppress.ts).
 */
import { readFile, stat } from 'node:fs/promises'
import path from 'node:path'
import { describeError, ToolError } from '../../engine/errors.js'
import { resolveInside, walkFiles } from '../../engine/paths.js'
import type { Check, FindingInput, Gate, GateContext, GateRunResult, ToolInfo } from '../../engine/types.js'
import { normaliseToolPath } from '../../parsers/common.js'
import { MIN_VERSION, resolveTool, toolVersion, type ResolvedTool } from '../../tools/resolve.js'
import { banditSelection, execBandit, type BanditExec, type BanditTool } from './bandit.js'
import { walkNotes } from '../../engine/confine.js'
import { toolFix, toolUnavailable } from '../../engine/coverage.js'
import { codeConfigSchema, type CodeConfig } from './config.js'
import { banditExcludeMatcher, excludeSettings, virtualenvDirs, type ExcludeSettings } from './exclude.js'
import { localModules } from './modules.js'
import { cellLabel, prepareNotebooks, relocate, writeCellSources, writeNotebookSources, type PreparedNotebook } from './notebooks.js'
import { analyzeSource } from './rules/analyze.js'
import { mergeFindings, ruleFinding } from './rules/findings.js'
import { MAX_SOURCE_BYTES } from './rules/parser.js'
import { applyInlineSuppressions, type InlineComment } from './suppress.js'

const isPython = (f: string) => f.endsWith('.py') || f.endsWith('.pyw')

/** The files the gate scans, after every exclusion, and what was left out (as checks). */
async function selectFiles(ctx: GateContext<CodeConfig>, settings: ExcludeSettings): Promise<{ python: string[]; notebooks: string[]; checks: Check[]; errors: string[]; findings: FindingInput[] }> {
  const c = ctx.config
  for (const p of c.paths) {
    const abs = resolveInside(ctx.workspace, p, 'gates.code.paths')
    if (!/[*?[{]/.test(p)) {
      try {
        await stat(abs)
      } catch {
        throw new ToolError('INPUT', `gates.code.paths: "${p}" does not exist in the workspace; fix the path (workspace-relative) or remove it`)
      }
    }
  }
  const checks: Check[] = []
  const errors: string[] = []
  const walk = await walkFiles(ctx.workspace, { include: c.paths, exclude: settings.globs })
  if (walk.truncated) errors.push(`more files under gates.code.paths than the walker lists (${walk.files.length}); narrow paths or add exclude`)
  // Symlinks are not followed; those leading out of the workspace are findings (engine/confine.ts).
  // names that are not UTF-8: those it would scan (Python, notebooks, folders that may hold some)
  const notes = walkNotes({ ...walk, unreadable: (walk.unreadable ?? []).filter((u) => u.endsWith('/') || u.endsWith(')') || isPython(u) || u.endsWith('.ipynb')) })
  checks.push(...notes.checks)
  errors.push(...notes.errors)
  const venvs = virtualenvDirs(walk.files)
  const inVenv = (f: string) => venvs.find((v) => f.startsWith(`${v}/`))
  const banditExcluded = banditExcludeMatcher(settings.bandit.map((b) => b.pattern))
  const left = new Map<string, { reason: string; files: number }>()
  const note = (key: string, reason: string) => {
    const e = left.get(key) ?? { reason, files: 0 }
    e.files++
    left.set(key, e)
  }
  const python: string[] = []
  const notebooks: string[] = []
  for (const f of walk.files) {
    const code = isPython(f) || f.endsWith('.ipynb')
    if (!code) continue
    const venv = inVenv(f)
    if (venv) {
      note(venv, 'a virtualenv (holds pyvenv.cfg)')
      continue
    }
    const pattern = banditExcluded(f)
    if (pattern) {
      note(pattern, `excluded by ${settings.bandit.find((b) => b.pattern === pattern)?.source ?? 'bandit settings'}`)
      continue
    }
    ;(isPython(f) ? python : notebooks).push(f)
  }
  for (const [target, e] of left) checks.push({ name: 'excluded', target, outcome: 'skipped', details: { reason: e.reason, files: e.files } })
  return { python, notebooks: c.notebooks ? notebooks : [], checks, errors, findings: notes.findings }
}

/** The suppression comments of each Python file that has any (kept for bandit's findings). */
type CommentsByFile = Map<string, Map<number, InlineComment>>

/** bandit over all files, started now; resolves with its result or the error that stopped it. */
interface BanditOutcome {
  run?: BanditExec & { resolved: ResolvedTool }
  error?: unknown
}

function startBandit(ctx: GateContext<CodeConfig>, settings: ExcludeSettings, files: string[]): Promise<BanditOutcome> {
  return onPathNow(ctx)
    .then(async (early) => {
      if (!early) {
        const resolved = await resolveTool('bandit', ctx)
        return { ...(await execBandit(ctx, resolved, banditSelection(ctx, settings), files)), resolved }
      }
      // bandit on PATH and no minimum version to check: the scan starts now and `bandit --version`
      // (for the report and bandit's messages only) runs alongside it, not before it
      const tool: BanditTool = { ...early }
      tool.versionReady = toolVersion('bandit', early.path, ctx).then((v) => {
        tool.version = v
      })
      const run = await execBandit(ctx, tool, banditSelection(ctx, settings), files)
      const resolved: ResolvedTool = { ...early, version: tool.version }
      return { ...run, resolved }
    })
    .then(
      (run) => ({ run }),
      (error: unknown) => ({ error })
    )
}

/** bandit as resolveTool would return it from PATH, without waiting for its version; null when resolveTool must decide (not on PATH, or a minimum version to check). */
async function onPathNow(ctx: GateContext<CodeConfig>): Promise<ResolvedTool | null> {
  if (MIN_VERSION.bandit) return null
  const onPath = await ctx.tools.which('bandit')
  return onPath ? { name: 'bandit', path: onPath, version: null, source: 'path' } : null
}

export const codeGate: Gate<CodeConfig> = {
  id: 'code',
  title: 'Code (bandit + unsafe-load rules)',
  configSchema: codeConfigSchema,
  async run(ctx) {
    const c = ctx.config
    const settings = await excludeSettings(ctx.workspace, c)
    const sel = await selectFiles(ctx, settings)
    const checks: Check[] = [...sel.checks]
    const errors: string[] = [...sel.errors]
    if (!sel.python.length && !sel.notebooks.length) {
      return { findings: sel.findings, checks, errors, skipped: `no Python files${c.notebooks ? ' or notebooks' : ''} under gates.code.paths (${c.paths.join(', ')}) after excludes` }
    }
    const nbPrep = await prepareNotebooks(ctx.workspace, sel.notebooks)
    checks.push(...nbPrep.checks)
    errors.push(...nbPrep.errors)
    const notebooks = nbPrep.prepared

    // bandit starts first and runs in its own process while the rules run here.
    let banditDone: Promise<BanditOutcome> | null = null
    const nbFiles = new Map<string, PreparedNotebook>()
    if (c.bandit) {
      const dir = path.join(ctx.tempDir, `notebooks-${process.pid}-${Date.now()}-${Math.random().toString(36).slice(2, 8)}`)
      const written = notebooks.length ? await writeNotebookSources(notebooks, dir) : []
      written.forEach((f, i) => nbFiles.set(normaliseToolPath(f, ctx.workspace), notebooks[i]))
      banditDone = startBandit(ctx, settings, [...sel.python, ...written])
    }

    const disabled = new Set<string>(c['disable-rules'])
    const local = localModules(sel.python)
    const comments: CommentsByFile = new Map()
    const ruleFindings: FindingInput[] = []
    for (const rel of sel.python) {
      const abs = path.join(ctx.workspace, rel)
      const size = (await stat(abs)).size
      if (size > MAX_SOURCE_BYTES) {
        errors.push(`${rel} is ${size} bytes, over the ${MAX_SOURCE_BYTES}-byte limit of the unsafe-load rules; exclude it (gates.code.exclude) if it is generated`)
        checks.push({ name: 'unsafe-load-rules', target: rel, outcome: 'error', details: { reason: 'too large', bytes: size } })
        continue
      }
      const text = await readFile(abs, 'utf8')
      const a = await analyzeSource(text, { disabled, rules: c.rules, isLocalModule: local(rel) })
      const lines = a.hits.length ? text.split('\n') : []
      const found = applyInlineSuppressions(
        a.hits.map((h) => ruleFinding(h, rel, lines[h.startLine - 1] ?? '')),
        a.comments
      )
      if (a.comments.size) comments.set(rel, a.comments)
      ruleFindings.push(...found)
      if (c.rules) checks.push({ name: 'unsafe-load-rules', target: rel, outcome: found.some((f) => !f.suppression) ? 'fail' : 'pass', details: { findings: found.length } })
    }
    const nbScans = new Map<PreparedNotebook, Map<number, InlineComment>>()
    for (const p of notebooks) {
      const a = await analyzeSource(p.src.source, { disabled, rules: c.rules, isLocalModule: local(p.path) })
      nbScans.set(p, a.comments)
      for (const f of applyInlineSuppressions(
        a.hits.map((h) => ruleFinding(h, p.path, p.src.origins[h.startLine - 1]?.text ?? '')),
        a.comments
      )) {
        ruleFindings.push(relocate(f, p.path, p.src.origins, 'ai-secure-gates'))
      }
    }

    let banditFindings: FindingInput[] = []
    let tool: ToolInfo | null = null
    const notChecked: NonNullable<GateRunResult['notChecked']> = []
    const nbBanditErrors = new Map<string, string>()
    if (banditDone) {
      const b = await banditDone
      const missing = b.run ? null : toolUnavailable(b.error)
      if (missing && ctx.explicit === false) {
        // On by default and bandit cannot be had: our rules still decide, and bandit's checks are
        // listed as not checked with the fix (never counted as passed).
        notChecked.push({
          what: `bandit's checks on ${sel.python.length} Python file${sel.python.length === 1 ? '' : 's'}${notebooks.length ? ` and ${notebooks.length} notebook${notebooks.length === 1 ? '' : 's'}` : ''}`,
          reason: missing.reason,
          fix: toolFix(missing, ctx.surface ?? 'action', 'code', ctx.install)
        })
      } else if (b.error !== undefined || !b.run) {
        const why = describeError(b.error)
        errors.push(/bandit/i.test(why) ? why : `bandit: ${why}`)
      } else {
        tool = b.run.tool
        banditFindings = await collectBandit(ctx, settings, b.run, sel.python, comments, nbFiles, nbScans, nbBanditErrors, checks, errors)
      }
    }

    for (const p of notebooks) {
      const mine = [...banditFindings, ...ruleFindings].filter((f) => f.location.path === p.path && !f.suppression).length
      const bad = nbBanditErrors.get(p.path)
      if (bad) errors.push(`bandit could not scan ${p.path}: ${bad}`)
      checks.push({
        name: 'notebook',
        target: p.path,
        outcome: bad ? 'error' : mine ? 'fail' : 'pass',
        details: { codeCells: p.nb.codeCells.length, lines: p.src.origins.length, findings: mine, ...(bad ? { reason: bad } : {}) }
      })
    }
    const findings = [...sel.findings, ...mergeFindings(banditFindings, ruleFindings)]
    return { findings, checks, errors, tool, ...(notChecked.length ? { notChecked } : {}) }
  }
}

/**
 * bandit's findings on the gate's files: paths checked against the file list (anything else is
 * dropped), the ignore comments applied, notebook findings moved onto their cells, and notebooks
 * bandit could not parse retried cell by cell (one more run, only then).
 */
async function collectBandit(
  ctx: GateContext<CodeConfig>,
  settings: ExcludeSettings,
  run: BanditExec & { resolved: ResolvedTool },
  python: string[],
  comments: CommentsByFile,
  nbFiles: Map<string, PreparedNotebook>,
  nbScans: Map<PreparedNotebook, Map<number, InlineComment>>,
  nbBanditErrors: Map<string, string>,
  checks: Check[],
  errors: string[]
): Promise<FindingInput[]> {
  const pySet = new Set(python)
  const out: FindingInput[] = []
  const perFile = new Map<string, FindingInput[]>()
  let dropped = 0
  for (const f of run.parsed.findings) {
    const p = f.location.path
    if (pySet.has(p)) {
      perFile.set(p, [...(perFile.get(p) ?? []), f])
    } else if (nbFiles.has(p)) {
      const nb = nbFiles.get(p)!
      const [g] = applyInlineSuppressions([f], nbScans.get(nb) ?? new Map())
      out.push(relocate(g, nb.path, nb.src.origins, 'bandit'))
    } else dropped++
  }
  if (dropped) ctx.logger.debug(`bandit reported ${dropped} findings on files outside the gate's file list; they were left out`)
  for (const [p, list] of perFile) out.push(...applyInlineSuppressions(list, comments.get(p) ?? new Map()))

  const scanned = new Set(run.parsed.scanned)
  const errorsByPath = new Map(run.parsed.errors.map((e) => [e.path, e.reason]))
  for (const file of python) {
    const reason = errorsByPath.get(file)
    if (reason) {
      errors.push(`bandit could not scan ${file}: ${reason}`)
      checks.push({ name: 'bandit', target: file, outcome: 'error', details: { reason } })
      continue
    }
    const n = (perFile.get(file) ?? []).filter((f) => !f.suppression).length
    if (!scanned.has(file) && run.parsed.scanned.length) {
      checks.push({ name: 'bandit', target: file, outcome: 'skipped', details: { reason: 'bandit left it out (its own configuration excludes it)' } })
      continue
    }
    checks.push({ name: 'bandit', target: file, outcome: n ? 'fail' : 'pass', details: { findings: n } })
  }
  if (run.crashed.length) checks.push({ name: 'bandit-plugin-crash', target: '.', outcome: 'error', details: { checks: run.crashed } })

  // Notebooks bandit could not parse as a whole: once more, one file per cell, all in one run.
  const retry = [...nbFiles].filter(([p]) => errorsByPath.has(p)).map(([, nb]) => nb)
  if (retry.length) {
    const cellFiles = new Map<string, { nb: PreparedNotebook; start: number }>()
    const base = path.join(ctx.tempDir, `notebook-cells-${process.pid}-${Date.now()}`)
    for (const [i, nb] of retry.entries()) {
      for (const cf of await writeCellSources(nb, path.join(base, String(i)))) cellFiles.set(normaliseToolPath(cf.file, ctx.workspace), { nb, start: cf.start })
    }
    try {
      const cellRun = await execBandit(ctx, run.resolved, banditSelection(ctx, settings), [...cellFiles.keys()].map((k) => (path.isAbsolute(k) ? k : path.join(ctx.workspace, k))))
      for (const f of cellRun.parsed.findings) {
        const cf = cellFiles.get(f.location.path)
        if (!cf) continue
        const [g] = applyInlineSuppressions([f], nbScans.get(cf.nb) ?? new Map())
        out.push(relocate(g, cf.nb.path, cf.nb.src.origins, 'bandit'))
      }
      for (const e of cellRun.parsed.errors) {
        const cf = cellFiles.get(e.path)
        if (!cf) continue
        const origin = cf.nb.src.origins[cf.start]
        const msg = `${origin ? cellLabel(origin.cell) : e.path}: ${e.reason}`
        nbBanditErrors.set(cf.nb.path, nbBanditErrors.has(cf.nb.path) ? `${nbBanditErrors.get(cf.nb.path)}; ${msg}` : msg)
      }
    } catch (e) {
      for (const nb of retry) nbBanditErrors.set(nb.path, `could not be scanned cell by cell: ${describeError(e)}`)
    }
  }
  return out
}
