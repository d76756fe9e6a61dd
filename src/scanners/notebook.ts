/**
 * Jupyter notebooks as the scanners see them: the JSON parsed with positions kept, so that each
 * code cell's source line maps back to its line in the file, and any line of the file maps to the
 * cell (source or outputs) it is in. Shared by the code gate (bandit and the rules on cell code) and
 * the secrets gate (which cell a secret is in); a notebook is never executed.
 */
import { parseTree, printParseErrorCode, type Node as JsonNode, type ParseError as JsonParseError } from 'jsonc-parser'
import { ParseError } from '../engine/errors.js'
import { lineStarts, positionAt } from '../engine/text.js'

/** Largest notebook read (bytes): notebooks carry outputs (images), so this is larger than for .py. */
export const MAX_NOTEBOOK_BYTES = 50 * 1024 * 1024

export interface NotebookCell {
  /** 1-based position among all cells of the notebook (markdown included), as Jupyter shows it. */
  number: number
  id: string | null
  /** The cell's source lines, without their line ends. */
  lines: string[]
  /** For each source line, the 1-based line of the notebook's JSON text where it is. */
  jsonLines: number[]
}

export interface Notebook {
  /** The kernel's language (`python` when the notebook does not say). */
  language: string
  codeCells: NotebookCell[]
}

const lineOf = (starts: number[], offset: number): number => positionAt(starts, offset).line

function prop(node: JsonNode | undefined, key: string): JsonNode | undefined {
  if (node?.type !== 'object') return undefined
  for (const p of node.children ?? []) {
    const [k, v] = p.children ?? []
    if (k?.value === key) return v
  }
  return undefined
}

/** Parses a notebook's JSON (nbformat 4, and 3's worksheets) keeping where each source line is. */
export function parseNotebook(text: string, where: string): Notebook {
  const errors: JsonParseError[] = []
  const root = parseTree(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false })
  if (errors.length || !root) {
    const e = errors[0]
    const at = e ? ` at line ${lineOf(lineStarts(text), e.offset)}: ${printParseErrorCode(e.error)}` : ''
    throw new ParseError(`${where} is not valid notebook JSON${at}`)
  }
  if (root.type !== 'object') throw new ParseError(`${where}: a notebook is a JSON object, found ${root.type}`)
  const starts = lineStarts(text)
  const meta = prop(root, 'metadata')
  const lang = prop(prop(meta, 'kernelspec'), 'language')?.value ?? prop(prop(meta, 'language_info'), 'name')?.value
  const language = typeof lang === 'string' && lang ? lang.toLowerCase() : 'python'
  let cellNodes: JsonNode[]
  let sourceKey = 'source'
  const cells = prop(root, 'cells')
  if (cells) {
    if (cells.type !== 'array') throw new ParseError(`${where}: "cells" is not an array`)
    cellNodes = cells.children ?? []
  } else {
    const sheets = prop(root, 'worksheets')
    if (sheets?.type !== 'array') throw new ParseError(`${where}: no "cells" (nbformat 4) or "worksheets" (nbformat 3) array; is this a Jupyter notebook?`)
    cellNodes = (sheets.children ?? []).flatMap((s) => prop(s, 'cells')?.children ?? [])
    sourceKey = 'input'
  }
  const codeCells: NotebookCell[] = []
  cellNodes.forEach((cell, i) => {
    if (prop(cell, 'cell_type')?.value !== 'code') return
    const src = prop(cell, sourceKey)
    const idValue = prop(cell, 'id')?.value
    const out: NotebookCell = { number: i + 1, id: typeof idValue === 'string' ? idValue : null, lines: [], jsonLines: [] }
    const pieces: JsonNode[] = src?.type === 'array' ? (src.children ?? []) : src ? [src] : []
    let pending = ''
    let pendingLine = 0
    for (const piece of pieces) {
      if (piece.type !== 'string') throw new ParseError(`${where}: cell ${i + 1} has a non-string source entry`)
      const jsonLine = lineOf(starts, piece.offset)
      const parts = (piece.value as string).split('\n')
      parts.forEach((part, k) => {
        if (k === 0 && pending !== '') {
          pending += part
        } else {
          pending = part
          pendingLine = jsonLine
        }
        if (k < parts.length - 1) {
          out.lines.push(pending.endsWith('\r') ? pending.slice(0, -1) : pending)
          out.jsonLines.push(pendingLine)
          pending = ''
        }
      })
    }
    if (pending !== '') {
      out.lines.push(pending)
      out.jsonLines.push(pendingLine)
    }
    codeCells.push(out)
  })
  return { language, codeCells }
}

export interface CellAtLine {
  number: number
  id: string | null
  cellType: string
  /** The part of the cell the line is in: its source, its outputs, or elsewhere (metadata...). */
  part: 'source' | 'outputs' | 'other'
}

/**
 * For a notebook's JSON text, a function from a 1-based JSON line to the cell it is in (null
 * outside cells, or when the text is not a notebook). Used to say "cell 4 output" for a secret.
 */
export function notebookCellLocator(text: string): (line: number) => CellAtLine | null {
  const root = parseTree(text, [], { disallowComments: true })
  const cells = prop(root, 'cells')
  if (!root || cells?.type !== 'array') return () => null
  const starts = lineStarts(text)
  const span = (n: JsonNode | undefined) => (n ? [lineOf(starts, n.offset), lineOf(starts, n.offset + n.length)] : null)
  const table = (cells.children ?? []).map((cell, i) => {
    const idValue = prop(cell, 'id')?.value
    const typeValue = prop(cell, 'cell_type')?.value
    return { number: i + 1, id: typeof idValue === 'string' ? idValue : null, cellType: typeof typeValue === 'string' ? typeValue : 'unknown', all: span(cell)!, source: span(prop(cell, 'source')), outputs: span(prop(cell, 'outputs')) }
  })
  return (line) => {
    const c = table.find((t) => line >= t.all[0] && line <= t.all[1])
    if (!c) return null
    const inside = (s: number[] | null) => !!s && line >= s[0] && line <= s[1]
    return { number: c.number, id: c.id, cellType: c.cellType, part: inside(c.source) ? 'source' : inside(c.outputs) ? 'outputs' : 'other' }
  }
}
