/**
 * Which files the models gate scans. With `paths` configured: every file under them, judged by its
 * content. Without: the whole workspace, files whose extension is a model format (plus everything
 * under a top-level `models/` folder, by content), skipping what is not the repository's own:
 * .git, node_modules, virtualenvs (any folder holding pyvenv.cfg or conda-meta/, .venv, venv,
 * site-packages...), caches, and files git ignores.
 */
import path from 'node:path'
import { walkFiles, type WalkResult } from '../../engine/paths.js'
import type { GateContext } from '../../engine/types.js'
import type { ModelsConfig } from './config.js'

/** Extensions of model and serialized-object files found by default (lower case, with the dot). */
export const MODEL_EXTENSIONS = [
  '.pt', '.pth', '.bin', '.ckpt', '.pkl', '.pickle', '.joblib', '.npy', '.npz', '.h5', '.hdf5', '.keras',
  '.safetensors', '.gguf', '.onnx', '.dill', '.sav', '.mar', '.pb', '.tflite', '.msgpack', '.model', '.zst', '.lz4'
]

/** Folders never walked in default discovery: tooling, caches and installed packages, not the repository's models. */
export const DEFAULT_SKIP_DIRS = [
  '**/.venv', '**/venv', '**/.tox', '**/.nox', '**/site-packages', '**/dist-packages', '**/__pycache__',
  '**/.mypy_cache', '**/.pytest_cache', '**/.ruff_cache', '**/.ipynb_checkpoints', '**/.cache', '**/.conda'
]

const EXT_RE = new RegExp(`(${MODEL_EXTENSIONS.map((e) => e.replace('.', '\\.')).join('|')})(\\.(gz|bz2|xz|lzma|zst|lz4|z))?$`, 'i')

export function hasModelExtension(rel: string): boolean {
  return EXT_RE.test(rel)
}

export interface Discovery {
  /** 'configured': every file under gates.models.paths; 'default': the whole workspace by extension. */
  mode: 'configured' | 'default'
  /** Files to scan. */
  files: string[]
  walk: WalkResult
  /** Files walked (before the extension filter). */
  lookedAt: number
  /** What was left out in default mode, by reason (counts), and whether git-ignore filtering applied. */
  skipped: { virtualenv: number; gitignored: number; otherExtension: number }
  gitIgnore: 'applied' | 'not a git work tree'
}

/** Paths git ignores under the workspace (folders end with "/"); null outside a git work tree. */
async function gitIgnored(ctx: GateContext<unknown>): Promise<Set<string> | null> {
  try {
    const tool = (await ctx.tools.which('git')) ?? 'git'
    const r = await ctx.tools.run(
      tool,
      ['-c', 'core.quotePath=false', '-c', 'core.fsmonitor=false', 'ls-files', '-z', '--others', '--ignored', '--exclude-standard', '--directory', '--', '.'],
      { cwd: ctx.workspace, timeoutMs: 120_000, signal: ctx.signal, captureStdout: true, maxStdout: 64 * 1024 * 1024 }
    )
    if (r.exitCode !== 0) return null
    return new Set(r.stdout.split('\0').filter(Boolean))
  } catch {
    return null
  }
}

function underAny(rel: string, dirs: Set<string>): boolean {
  if (dirs.size === 0) return false
  if (dirs.has(rel)) return true
  for (let i = rel.indexOf('/'); i >= 0; i = rel.indexOf('/', i + 1)) if (dirs.has(rel.slice(0, i + 1))) return true
  return false
}

export async function discoverModelFiles(ctx: GateContext<ModelsConfig>): Promise<Discovery> {
  const c = ctx.config
  if (c.paths) {
    const walk = await walkFiles(ctx.workspace, { include: c.paths, exclude: c.exclude })
    return { mode: 'configured', files: walk.files, walk, lookedAt: walk.files.length, skipped: { virtualenv: 0, gitignored: 0, otherExtension: 0 }, gitIgnore: 'not a git work tree' }
  }
  const ignored = await gitIgnored(ctx)
  // ignored folders are not walked at all when there are few of them (a long glob list costs more than it saves)
  const ignoredDirs = ignored ? [...ignored].filter((p) => p.endsWith('/')) : []
  const exclude = [...c.exclude, ...DEFAULT_SKIP_DIRS, ...(ignoredDirs.length <= 200 ? ignoredDirs.map((d) => d.slice(0, -1)) : [])]
  const walk = await walkFiles(ctx.workspace, { include: ['.'], exclude })
  // virtualenvs under any name: the folder holding pyvenv.cfg (venv, virtualenv) or conda-meta/ (conda)
  const venvs = new Set<string>()
  for (const f of walk.files) {
    const base = path.posix.basename(f)
    if (base === 'pyvenv.cfg') venvs.add(path.posix.dirname(f) === '.' ? '' : `${path.posix.dirname(f)}/`)
    const cm = f.indexOf('/conda-meta/')
    if (cm >= 0 || f.startsWith('conda-meta/')) venvs.add(cm >= 0 ? f.slice(0, cm + 1) : '')
  }
  const skipped = { virtualenv: 0, gitignored: 0, otherExtension: 0 }
  const files: string[] = []
  for (const f of walk.files) {
    if (venvs.has('') || underAny(f, venvs)) {
      skipped.virtualenv++
      continue
    }
    if (ignored && (ignored.has(f) || underAny(f, ignored))) {
      skipped.gitignored++
      continue
    }
    if (hasModelExtension(f) || f.startsWith('models/')) files.push(f)
    else skipped.otherExtension++
  }
  return { mode: 'default', files, walk, lookedAt: walk.files.length, skipped, gitIgnore: ignored ? 'applied' : 'not a git work tree' }
}
