/**
 * The code gate: bandit over the Python sources, the unsafe-load rules (tree-sitter) over the same
 * files, and both over the code cells of Jupyter notebooks. A bandit finding and a rule finding
 * about the same call (B301 and pickle-load on one line) are reported once.
 */
import { readFile, stat } from 'node:fs/promises'
import path from 'node:path'
import { describeError } from '../../engine/errors.js'
import { walkFiles } from '../../engine/paths.js'
import { walkNotes } from '../../engine/confine.js'
import type { Check, FindingInput, Gate, ToolInfo } from '../../engine/types.js'
import { pyprojectSettings, runBandit } from './bandit.js'
import { codeConfigSchema, type CodeConfig } from './config.js'
import { scanNotebooks } from './notebooks.js'
import { analyzePython } from './rules/analyze.js'
import { mergeFindings, ruleFinding } from './rules/findings.js'
import { MAX_SOURCE_BYTES } from './rules/parser.js'


export const codeGate: Gate<CodeConfig> = {
  id: 'code',
  title: 'Code (bandit + unsafe-load rules)',
  configSchema: codeConfigSchema,
  async run(ctx) {
    const c = ctx.config
    const errors: string[] = []
    const checks: Check[] = []
    let banditFindings: FindingInput[] = []
    const ruleFindings: FindingInput[] = []
    let tool: ToolInfo | null = null
    if (c.bandit) {
      const bandit = await runBandit(ctx)
      banditFindings = bandit.findings
      checks.push(...bandit.checks)
      errors.push(...bandit.errors)
      tool = bandit.tool
    }
    if (!c.rules && !c.notebooks) return { findings: banditFindings, checks, errors, tool }

    const exclude = c.exclude.length ? c.exclude : ((c['bandit-config'] ? null : await pyprojectSettings(ctx.workspace))?.exclude_dirs ?? [])
    const walk = await walkFiles(ctx.workspace, { include: c.paths, exclude })
    if (walk.truncated) errors.push(`more files under gates.code.paths than the walker lists (${walk.files.length}); narrow paths or add exclude`)
    // Symlinks are not followed; those leading out of the workspace are findings (engine/confine.ts).
    const notes = walkNotes(walk)
    checks.push(...notes.checks)
    errors.push(...notes.errors)
    ruleFindings.push(...notes.findings)
    const disabled = new Set<string>(c['disable-rules'])

    if (c.rules) {
      for (const rel of walk.files.filter((f) => f.endsWith('.py') || f.endsWith('.pyw'))) {
        const abs = path.join(ctx.workspace, rel)
        const size = (await stat(abs)).size
        if (size > MAX_SOURCE_BYTES) {
          errors.push(`${rel} is ${size} bytes, over the ${MAX_SOURCE_BYTES}-byte limit of the unsafe-load rules; exclude it (gates.code.exclude) if it is generated`)
          checks.push({ name: 'unsafe-load-rules', target: rel, outcome: 'error', details: { reason: 'too large', bytes: size } })
          continue
        }
        const text = await readFile(abs, 'utf8')
        const lines = text.split('\n')
        const hits = await analyzePython(text, { disabled })
        for (const h of hits) ruleFindings.push(ruleFinding(h, rel, lines[h.startLine - 1] ?? ''))
        checks.push({ name: 'unsafe-load-rules', target: rel, outcome: hits.length ? 'fail' : 'pass', details: { findings: hits.length } })
      }
    }

    if (c.notebooks) {
      const notebooks = walk.files.filter((f) => f.endsWith('.ipynb'))
      try {
        const nb = await scanNotebooks(ctx, notebooks, { rules: c.rules, bandit: c.bandit, disabled })
        ruleFindings.push(...nb.findings.filter((f) => f.properties?.tool !== 'bandit'))
        banditFindings = [...banditFindings, ...nb.findings.filter((f) => f.properties?.tool === 'bandit')]
        checks.push(...nb.checks)
        errors.push(...nb.errors)
        tool ??= nb.tool
      } catch (e) {
        errors.push(`notebooks: ${describeError(e)}`)
      }
    }
    const findings = mergeFindings(banditFindings, ruleFindings)
    for (const check of checks) {
      if (check.name === 'notebook' && typeof check.details.findings === 'number') check.details.findings = findings.filter((f) => f.location.path === check.target).length
    }
    return { findings, checks, errors, tool }
  }
}
