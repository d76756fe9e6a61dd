/**
 * The secrets gate: secretlint (recommended preset + model/data-provider rules) over the tracked
 * files, notebook outputs included, and over every line each commit of a pull request adds, plus
 * an optional gitleaks report. A secret never leaves this module in clear: findings carry the
 * rule, the file, the line and a masked form (first 4 characters), the fingerprint comes from a
 * hash of the secret, and every secret found is handed to ctx.maskSecret (core.setSecret).
 */
import { lstat, readFile } from 'node:fs/promises'
import path from 'node:path'
import { errorMessage, ToolError } from '../../engine/errors.js'
import { globMatcher, realInside, walkFiles } from '../../engine/paths.js'
import type { Check, FindingInput, Gate, GateContext } from '../../engine/types.js'
import { parseGitleaks } from '../../parsers/gitleaks.js'
import secretlintCore from '@secretlint/core/package.json' with { type: 'json' }
import { notebookCellLocator } from '../../scanners/notebook.js'
import { DEFAULT_EXCLUDES, secretsConfigSchema, type SecretsConfig } from './config.js'
import { isGitRepo, pullRequestAdditions, repositoryFiles } from './git.js'
import { maskValue, scanText, secretHash, type SecretHit } from './scan.js'

const HIGH_NOT_CRITICAL = new Set(['basicauth', 'database-connection-string'])
const FIX = 'Revoke or rotate it at the provider now (it is exposed to everyone who can read the repository, its forks and its history), then read it from an environment variable or a secret store instead of the code.'

function hideSecret(ctx: GateContext<SecretsConfig>, secret: string, alsoMask: string[] = []): void {
  for (const s of [secret, ...alsoMask]) {
    ctx.maskSecret(s)
    for (const line of s.split(/\r?\n/)) if (line.trim().length >= 8 && line !== s) ctx.maskSecret(line.trim())
  }
}

function isBinary(buf: Buffer): boolean {
  const n = Math.min(buf.length, 8000)
  for (let i = 0; i < n; i++) if (buf[i] === 0) return true
  return false
}

interface Made {
  finding: FindingInput
  hash: string
}

function makeFinding(h: SecretHit, file: string, line: number, where: string, extra: Record<string, unknown>): Made {
  const hash = secretHash(h.secret)
  const shown = maskValue(h.secret)
  return {
    hash,
    finding: {
      ruleId: h.ruleId,
      severity: HIGH_NOT_CRITICAL.has(h.ruleId) ? 'high' : 'critical',
      title: `Secret: ${h.label}`,
      message: `${h.label} in ${file} line ${line}${where}: ${shown}. ${FIX}`,
      location: { path: file, startLine: line, startColumn: h.column, endLine: line + (h.endLine - h.line) },
      fingerprintKey: `secret:${hash}`,
      help: { text: `A ${h.label} was found in the repository. ${FIX} Waive a false positive by its fingerprint (never by pasting the value).` },
      properties: { tool: 'secretlint', secretlintRule: h.engineRule, messageId: h.messageId, masked: shown, ...extra }
    }
  }
}

export const secretsGate: Gate<SecretsConfig> = {
  id: 'secrets',
  title: 'Secrets (secretlint)',
  configSchema: secretsConfigSchema,
  async run(ctx) {
    const c = ctx.config
    const findings: FindingInput[] = []
    const checks: Check[] = []
    const errors: string[] = []
    const excludes = [...(c['default-excludes'] ? DEFAULT_EXCLUDES : []), ...c.exclude]
    const excluded = globMatcher(excludes)
    // Lines a pull request adds are scanned whatever the default excludes (a key pasted into a lock file is still a key).
    const excludedInPr = globMatcher(c.exclude)
    const disabled = new Set(c['disable-rules'])
    const maxBytes = c['max-file-mb'] * 1024 * 1024
    const inTree = new Set<string>()

    // 1. The files: tracked files in a git repository, else every file under the workspace.
    const repo = await isGitRepo(ctx)
    let files: string[]
    let untracked: string[] = []
    if (repo) {
      const listed = await repositoryFiles(ctx)
      files = listed.tracked
      untracked = listed.untracked.filter((f) => !excluded(f))
      checks.push({ name: 'file-list', target: '.', outcome: 'info', details: { source: 'git ls-files', files: files.length, untrackedNotScanned: untracked.length, ...(untracked.length ? { untracked: untracked.slice(0, 20) } : {}) } })
    } else {
      const walk = await walkFiles(ctx.workspace)
      files = walk.files
      checks.push({
        name: 'file-list', target: '.', outcome: 'info',
        details: { source: 'filesystem walk', files: files.length, reason: 'not a git repository (or git is missing): every file under the workspace was scanned instead of the tracked files', ...(walk.truncated ? { truncated: true } : {}) }
      })
      if (walk.truncated) errors.push(`the workspace has more files than the walker lists (${files.length}); not every file was scanned`)
      for (const u of walk.unreadable ?? []) {
        checks.push({ name: 'secret-scan', target: u, outcome: 'error', details: { reason: 'the file name is not valid UTF-8 (or the folder could not be read): not scanned' } })
        errors.push(`${u}: the file name is not valid UTF-8 (or the folder could not be read), so it was not scanned; rename it`)
      }
    }
    for (const rel of files) {
      if (excluded(rel)) continue
      const abs = path.join(ctx.workspace, rel)
      let st
      try {
        st = await lstat(abs)
      } catch {
        checks.push({ name: 'secret-scan', target: rel, outcome: 'skipped', details: { reason: 'tracked but missing from the working tree' } })
        continue
      }
      if (st.isSymbolicLink()) {
        checks.push({ name: 'secret-scan', target: rel, outcome: 'skipped', details: { reason: 'symlink (not followed)' } })
        continue
      }
      if (!st.isFile()) {
        checks.push({ name: 'secret-scan', target: rel, outcome: 'skipped', details: { reason: 'not a regular file (a submodule?)' } })
        continue
      }
      if (st.size > maxBytes) {
        checks.push({ name: 'secret-scan', target: rel, outcome: 'skipped', details: { reason: `not checked: larger than max-file-mb (${c['max-file-mb']} MiB); raise gates.secrets.max-file-mb or exclude it`, notChecked: true, bytes: st.size } })
        ctx.logger.warning(`secrets: ${rel} (${st.size} bytes) is larger than max-file-mb and was not scanned`)
        continue
      }
      const buf = await readFile(abs)
      if (isBinary(buf)) {
        checks.push({ name: 'secret-scan', target: rel, outcome: 'skipped', details: { reason: 'binary file' } })
        continue
      }
      const text = buf.toString('utf8')
      // In a notebook's JSON, code and outputs are JSON strings: `key = \"value\"`. Turning each
      // escaped quote into space + quote keeps every offset and line, and lets the rules that
      // expect quotes around a value see them.
      const view = rel.endsWith('.ipynb') ? text.replaceAll('\\"', ' "') : text
      let hits: SecretHit[]
      try {
        hits = (await scanText(view, rel)).filter((h) => !disabled.has(h.ruleId))
      } catch (e) {
        errors.push(`secretlint failed on ${rel}: ${errorMessage(e)}`)
        checks.push({ name: 'secret-scan', target: rel, outcome: 'error', details: { reason: errorMessage(e) } })
        continue
      }
      const cellAt = rel.endsWith('.ipynb') && hits.length ? notebookCellLocator(text) : null
      for (const h of hits) {
        hideSecret(ctx, h.secret, h.alsoMask)
        const cell = cellAt?.(h.line)
        const where = cell ? ` (cell ${cell.number}${cell.id ? ` id ${cell.id}` : ''}${cell.part === 'outputs' ? ' output' : cell.part === 'source' ? ' source' : ''})` : ''
        const extra = cell ? { notebookCell: cell.number, notebookCellId: cell.id, notebookPart: cell.part } : {}
        const made = makeFinding(h, rel, h.line, where, extra)
        inTree.add(made.hash)
        findings.push(made.finding)
      }
      checks.push({ name: 'secret-scan', target: rel, outcome: hits.length ? 'fail' : 'pass', details: { findings: hits.length } })
    }

    // 2. Every line the pull request adds, commit by commit.
    if (ctx.pullRequest && c['pr-commits']) {
      const pr = ctx.pullRequest
      if (!repo) {
        errors.push(`pull request #${pr.number}: the workspace is not a git repository, so the lines its commits add cannot be read; check the repository out with actions/checkout (fetch-depth: 0), or set gates.secrets.pr-commits: false`)
        checks.push({ name: 'pr-commits', target: `#${pr.number}`, outcome: 'error', details: { reason: 'not a git repository' } })
      } else {
        try {
          const history = await pullRequestAdditions(ctx, pr)
          const reported = new Set<string>()
          let scannedLines = 0
          for (const chunk of history.chunks) {
            if (excludedInPr(chunk.path)) continue
            scannedLines += chunk.lines.length
            const hits = (await scanText(chunk.lines.join('\n'), chunk.path)).filter((h) => !disabled.has(h.ruleId))
            for (const h of hits) {
              hideSecret(ctx, h.secret, h.alsoMask)
              const hash = secretHash(h.secret)
              // Still in the files: already reported there, at its current line.
              if (inTree.has(hash) || reported.has(`${hash}:${chunk.path}`)) continue
              reported.add(`${hash}:${chunk.path}`)
              const line = chunk.startLine + h.line - 1
              const made = makeFinding(h, chunk.path, line, ` (added by commit ${chunk.commit.slice(0, 12)} of this pull request, and no longer in the files: it stays in the branch history)`, { commit: chunk.commit, source: 'pull-request-commit' })
              findings.push(made.finding)
            }
          }
          checks.push({ name: 'pr-commits', target: `#${pr.number}`, outcome: reported.size ? 'fail' : 'pass', details: { commits: history.commits.length, addedLines: scannedLines, mergeBase: history.mergeBase, foundOnlyInHistory: reported.size } })
        } catch (e) {
          errors.push(`pull request #${pr.number}: ${errorMessage(e)}`)
          checks.push({ name: 'pr-commits', target: `#${pr.number}`, outcome: 'error', details: { reason: errorMessage(e) } })
        }
      }
    } else {
      checks.push({ name: 'pr-commits', target: '.', outcome: 'skipped', details: { reason: ctx.pullRequest ? 'pr-commits: false' : 'not a pull request' } })
    }

    // 3. A gitleaks report, when configured.
    if (c['gitleaks-report']) {
      const rel = c['gitleaks-report']
      try {
        const abs = await realInside(ctx.workspace, rel, 'gates.secrets.gitleaks-report').catch((e) => {
          if ((e as NodeJS.ErrnoException).code === 'ENOENT') throw new ToolError('INPUT', `gates.secrets.gitleaks-report: "${rel}" does not exist; run gitleaks with --report-format json --report-path ${rel} before this step`)
          throw e
        })
        const leaks = parseGitleaks(await readFile(abs, 'utf8'), ctx.workspace)
        const known = new Set(findings.map((f) => `${f.location.path}\u0000${f.fingerprintKey}`))
        let added = 0
        for (const l of leaks) {
          if (l.secret) hideSecret(ctx, l.secret)
          if (disabled.has(l.finding.ruleId)) continue
          // The same secret in the same file found by secretlint too: one finding.
          if (known.has(`${l.finding.location.path}\u0000${l.finding.fingerprintKey}`)) continue
          findings.push(l.finding)
          added++
        }
        checks.push({ name: 'gitleaks-report', target: rel, outcome: leaks.length ? 'fail' : 'pass', details: { leaks: leaks.length, added } })
      } catch (e) {
        errors.push(`gitleaks report ${rel}: ${errorMessage(e)}`)
        checks.push({ name: 'gitleaks-report', target: rel, outcome: 'error', details: { reason: errorMessage(e) } })
      }
    }

    const scanned = checks.filter((x) => x.name === 'secret-scan' && x.outcome !== 'skipped').length
    // A file too large to read is said in the summary line, never counted as clean.
    const tooLarge = checks.filter((x) => x.name === 'secret-scan' && x.details.notChecked)
    const notChecked = tooLarge.length ? `; NOT checked: ${tooLarge.length} file${tooLarge.length === 1 ? '' : 's'} larger than max-file-mb (${tooLarge.slice(0, 3).map((x) => x.target).join(', ')}${tooLarge.length > 3 ? ', ...' : ''})` : ''
    // Files not in the repository yet (a run before `git add`) are not scanned; the summary says so.
    const notAdded = untracked.length ? `; ${untracked.length} untracked file${untracked.length === 1 ? '' : 's'} not scanned (not in the repository yet: git add ${untracked.length === 1 ? 'it' : 'them'} to scan ${untracked.length === 1 ? 'it' : 'them'}: ${untracked.slice(0, 3).join(', ')}${untracked.length > 3 ? ', ...' : ''})` : ''
    const summary = errors.length ? undefined : `${findings.length} secret${findings.length === 1 ? '' : 's'} found in ${scanned} file${scanned === 1 ? '' : 's'}${ctx.pullRequest && c['pr-commits'] ? ' and the pull request\'s commits' : ''}${notChecked}${notAdded}`
    return { findings, checks, errors, tool: { name: 'secretlint', version: secretlintCore.version }, ...(summary ? { summary } : {}) }
  }
}

