/**
 * Jupyter notebooks in the code gate. A notebook's code cells, in order, become one Python source
 * (so an import in cell 1 applies in cell 5) that goes through bandit and the unsafe-load rules.
 * IPython syntax that is not Python is neutralised line for line, never removing or adding a
 * line, so every Python line maps back to its cell and to the line of the notebook's JSON that
 * holds it:
 *
 * - `%magic ...`, `!shell ...`, `?obj`, `obj?` lines become `pass` (same indentation);
 * - `x = !cmd` and `x = %magic` become `x = None` (x stays bound);
 * - a cell magic other than the Python ones (`%%time`, `%%capture`...) blanks the whole cell
 *   (`%%bash`, `%%writefile`... are not Python);
 * - lines that continue a magic with a trailing backslash are neutralised with it;
 * - lines inside multi-line strings are left alone.
 *
 * Findings point at the notebook file, at the JSON line where that source line is, and name the
 * cell. The notebook is read as JSON text and never run.
 */
import { mkdir, readFile, stat, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { MAX_NOTEBOOK_BYTES, parseNotebook, type Notebook, type NotebookCell } from '../../scanners/notebook.js'
import type { Check, FindingInput } from '../../engine/types.js'
import { withPythonTree } from './rules/parser.js'

export { MAX_NOTEBOOK_BYTES, parseNotebook, type Notebook, type NotebookCell }

/** Where a line of the notebook's Python source came from. */
export interface LineOrigin {
  cell: NotebookCell
  /** 1-based line inside the cell. */
  cellLine: number
  jsonLine: number
  text: string
}

export interface NotebookSource {
  source: string
  /** origins[i] is the origin of source line i + 1. */
  origins: LineOrigin[]
}

/** Cell magics whose body is Python that runs. */
const PYTHON_CELL_MAGICS = new Set(['time', 'timeit', 'capture', 'prun', 'debug', 'python', 'python3', 'memit', 'pypy'])

function indentOf(line: string): string {
  return line.slice(0, line.length - line.trimStart().length)
}

/**
 * IPython's targets of `x = !ls` / `a, b = %magic`: names, dotted or not, separated by commas (its
 * input transformer's own pattern), so an `=` inside a call or a string (`f("x = %0.2f" % x)`) is not one.
 */
const ASSIGN_TARGETS = /^\s*[\p{L}\p{N}_.]+(\s*,\s*[\p{L}\p{N}_.]+)*\s*$/u

/** `x = !ls` -> the left side `x`, when the right side is shell or a magic; else null. */
function magicAssignment(line: string): string | null {
  for (let i = 1; i < line.length; i++) {
    if (line[i] !== '=') continue
    const before = line[i - 1]
    if (line[i + 1] === '=' || '=!<>+-*/%&|^@:'.includes(before)) return null
    const rhs = line.slice(i + 1).trimStart()
    const lhs = line.slice(0, i)
    if ((rhs.startsWith('!') || rhs.startsWith('%')) && ASSIGN_TARGETS.test(lhs)) return lhs.trimEnd()
    return null
  }
  return null
}

/** Rows (0-based) that start inside a multi-line string of the cell. */
async function rowsInsideStrings(lines: string[]): Promise<Set<number>> {
  const rows = new Set<number>()
  await withPythonTree(lines.join('\n'), (root) => {
    for (const s of root.descendantsOfType(['string', 'concatenated_string'])) {
      if (!s) continue
      for (let r = s.startPosition.row + 1; r <= s.endPosition.row; r++) rows.add(r)
    }
  })
  return rows
}

/** The cell's lines with IPython-only syntax neutralised; always the same number of lines. */
export async function neutraliseCell(lines: string[]): Promise<string[]> {
  const firstCode = lines.findIndex((l) => l.trim() !== '')
  if (firstCode >= 0 && lines[firstCode].trimStart().startsWith('%%')) {
    const name = lines[firstCode].trimStart().slice(2).split(/\s/)[0]
    const out = [...lines]
    out[firstCode] = ''
    if (!PYTHON_CELL_MAGICS.has(name)) return out.map(() => '')
    lines = out
  }
  const inString = await rowsInsideStrings(lines)
  const out = neutraliseWith(lines, inString)
  // A shell line's quotes (`!curl -d '{ \`) can look like the start of a Python string to the
  // parser; once the magics are gone, read the strings again and redo with what is really a string.
  const again = await rowsInsideStrings(out)
  if (again.size === inString.size && [...again].every((r) => inString.has(r))) return out
  return neutraliseWith(lines, again)
}

function neutraliseWith(lines: string[], inString: Set<number>): string[] {
  const out: string[] = []
  // the indentation of the magic being continued by trailing backslashes, or null
  let continuing: string | null = null
  const next = (line: string, indent: string) => (line.trimEnd().endsWith('\\') ? indent : null)
  lines.forEach((line, row) => {
    // a magic's continuation lines are shell text, whatever the parser made of their quotes
    if (continuing !== null) {
      out.push(`${continuing}pass`)
      continuing = next(line, continuing)
      return
    }
    if (inString.has(row)) {
      out.push(line)
      return
    }
    const t = line.trim()
    const indent = indentOf(line)
    const isMagic = t.startsWith('%') || t.startsWith('!') || t.startsWith('?') || (t.endsWith('?') && !t.includes('#') && !t.includes('"') && !t.includes("'"))
    if (isMagic) {
      out.push(`${indent}pass`)
      continuing = next(line, indent)
      return
    }
    const lhs = t.startsWith('#') ? null : magicAssignment(line)
    if (lhs !== null) {
      out.push(`${lhs} = None`)
      continuing = next(line, indent)
      return
    }
    out.push(line)
  })
  return out
}

/** The notebook's code cells as one Python source, with where each line came from. */
export async function notebookSource(nb: Notebook): Promise<NotebookSource> {
  const lines: string[] = []
  const origins: LineOrigin[] = []
  for (const cell of nb.codeCells) {
    const py = await neutraliseCell(cell.lines)
    py.forEach((text, i) => {
      lines.push(text)
      origins.push({ cell, cellLine: i + 1, jsonLine: cell.jsonLines[i], text: cell.lines[i] })
    })
  }
  return { source: lines.join('\n') + (lines.length ? '\n' : ''), origins }
}

export function cellLabel(cell: NotebookCell): string {
  return `cell ${cell.number}${cell.id ? ` (id ${cell.id})` : ''}`
}

/** Moves a finding on the notebook's Python source onto the notebook file. */
export function relocate(f: FindingInput, notebookPath: string, origins: LineOrigin[], tool: string): FindingInput {
  const start = origins[(f.location.startLine ?? 1) - 1]
  const end = origins[(f.location.endLine ?? f.location.startLine ?? 1) - 1] ?? start
  if (!start) return { ...f, location: { path: notebookPath, startLine: null } }
  const where = `${cellLabel(start.cell)}, line ${start.cellLine}`
  return {
    ...f,
    message: `${f.message} [${where}]`,
    location: { path: notebookPath, startLine: start.jsonLine, endLine: end.cell === start.cell ? Math.max(end.jsonLine, start.jsonLine) : start.jsonLine, startColumn: null, endColumn: null },
    fingerprintKey: start.text.trim() || f.fingerprintKey,
    properties: { ...f.properties, tool, notebookCell: start.cell.number, notebookCellId: start.cell.id, cellLine: start.cellLine }
  }
}

/** A notebook read and turned into one Python source, ready for bandit and the rules. */
export interface PreparedNotebook {
  path: string
  nb: Notebook
  src: NotebookSource
}

export interface NotebookPreparation {
  prepared: PreparedNotebook[]
  checks: Check[]
  errors: string[]
}

/**
 * Reads the notebooks (workspace-relative paths) and extracts their code. A notebook that is not
 * JSON or too large is an error for that notebook; one whose kernel is not Python is listed as
 * skipped.
 */
export async function prepareNotebooks(workspace: string, files: string[]): Promise<NotebookPreparation> {
  const checks: Check[] = []
  const errors: string[] = []
  const prepared: PreparedNotebook[] = []
  for (const rel of files) {
    const abs = path.join(workspace, rel)
    try {
      const st = await stat(abs)
      if (st.size > MAX_NOTEBOOK_BYTES) {
        errors.push(`${rel}: notebook is ${st.size} bytes, over the ${MAX_NOTEBOOK_BYTES}-byte limit; clear its outputs or exclude it (gates.code.exclude)`)
        checks.push({ name: 'notebook', target: rel, outcome: 'error', details: { reason: 'too large', bytes: st.size } })
        continue
      }
      const nb = parseNotebook(await readFile(abs, 'utf8'), rel)
      if (nb.language !== 'python' && !nb.language.startsWith('python')) {
        checks.push({ name: 'notebook', target: rel, outcome: 'skipped', details: { reason: `kernel language is ${nb.language}, not Python` } })
        continue
      }
      prepared.push({ path: rel, nb, src: await notebookSource(nb) })
    } catch (e) {
      errors.push(`${rel}: ${(e as Error).message}`)
      checks.push({ name: 'notebook', target: rel, outcome: 'error', details: { reason: (e as Error).message } })
    }
  }
  return { prepared, checks, errors }
}

function safeName(rel: string, i: number): string {
  return `${String(i).padStart(4, '0')}_${rel.replace(/[^A-Za-z0-9_.-]/g, '_').slice(-120)}.py`
}

/**
 * Writes each notebook's Python source as a file under `dir` (a fresh folder in the temp dir),
 * for bandit; returns the absolute file paths, in the order of `prepared`.
 */
export async function writeNotebookSources(prepared: PreparedNotebook[], dir: string): Promise<string[]> {
  await mkdir(dir, { recursive: true })
  const files = prepared.map((p, i) => path.join(dir, safeName(p.path, i)))
  await Promise.all(prepared.map((p, i) => writeFile(files[i], p.src.source)))
  return files
}

/**
 * For notebooks bandit could not parse as a whole (a cell with top-level await, Python 2...):
 * one file per code cell under `dir`, earlier lines blanked so line numbers stay those of the
 * whole notebook source. Returns each cell file with its notebook and first line (0-based).
 */
export async function writeCellSources(p: PreparedNotebook, dir: string): Promise<Array<{ file: string; start: number }>> {
  await mkdir(dir, { recursive: true })
  const out: Array<{ file: string; start: number }> = []
  const lines = p.src.source.split('\n')
  let start = 0
  for (const cell of p.nb.codeCells) {
    const file = path.join(dir, `cell_${String(cell.number).padStart(4, '0')}.py`)
    const body = lines.slice(start, start + cell.lines.length)
    await writeFile(file, '\n'.repeat(start) + body.join('\n') + '\n')
    out.push({ file, start })
    start += cell.lines.length
  }
  return out
}
