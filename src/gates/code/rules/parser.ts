/**
 * The Python parser: tree-sitter's Python grammar run by web-tree-sitter (WebAssembly, no native
 * build). Source is parsed, never imported or executed.
 *
 * Loading works from the TypeScript sources (jest, tsx) and from the ncc bundle:
 * - the runtime is web-tree-sitter's CommonJS build (its ESM build does `await import("module")`,
 *   which webpack turns into a namespace without `createRequire` inside an ESM bundle);
 * - both .wasm files are read with `new URL(<path into node_modules>, import.meta.url)`, a pattern
 *   ncc recognises and copies next to the bundle; when that file is not there (another node_modules
 *   layout) the package is resolved instead.
 */
import { readFile } from 'node:fs/promises'
import { createRequire } from 'node:module'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import type * as WebTreeSitter from 'web-tree-sitter'
// @ts-expect-error: the CommonJS build's types are an ambient module declaration; typed just below.
import TreeSitterCjs from '../../../../node_modules/web-tree-sitter/web-tree-sitter.cjs'
import { ToolError } from '../../../engine/errors.js'

const TreeSitter = TreeSitterCjs as typeof WebTreeSitter

export type SyntaxNode = WebTreeSitter.Node

/** Largest Python source we parse (bytes); larger files are reported, not parsed. */
export const MAX_SOURCE_BYTES = 5 * 1024 * 1024

async function readWasm(bundled: URL, pkgPath: string): Promise<Uint8Array> {
  try {
    return await readFile(bundled)
  } catch (first) {
    try {
      return await readFile(createRequire(import.meta.url).resolve(pkgPath))
    } catch {
      throw new ToolError('TOOL_NOT_FOUND', `the Python parser could not be loaded: ${pkgPath} is missing (${(first as Error).message}); reinstall the action's dependencies (npm ci)`, { cause: first })
    }
  }
}

let loading: Promise<WebTreeSitter.Language> | null = null

async function loadLanguage(): Promise<WebTreeSitter.Language> {
  // The CommonJS build reads __dirname (for files it would locate itself); an ESM bundle has none.
  // We hand it the wasm bytes, so the folder is never used; give it this module's folder.
  const g = globalThis as { __dirname?: string }
  if (typeof g.__dirname !== 'string') g.__dirname = path.dirname(fileURLToPath(import.meta.url))
  const runtime = await readWasm(new URL('../../../../node_modules/web-tree-sitter/web-tree-sitter.wasm', import.meta.url), 'web-tree-sitter/web-tree-sitter.wasm')
  await TreeSitter.Parser.init({ wasmBinary: runtime } as any)
  const grammar = await readWasm(new URL('../../../../node_modules/tree-sitter-python/tree-sitter-python.wasm', import.meta.url), 'tree-sitter-python/tree-sitter-python.wasm')
  return TreeSitter.Language.load(grammar)
}

/** The Python language, loaded once per process. */
export function pythonLanguage(): Promise<WebTreeSitter.Language> {
  if (!loading) {
    loading = loadLanguage().catch((e) => {
      loading = null
      throw e instanceof ToolError ? e : new ToolError('TOOL_FAILED', `the Python parser (tree-sitter) failed to start: ${(e as Error).message}`, { cause: e })
    })
  }
  return loading
}

/**
 * Parses Python source and hands the tree to `use`; the tree's memory (inside WebAssembly) is
 * freed afterwards, so callers must not keep nodes.
 */
export async function withPythonTree<T>(source: string, use: (root: SyntaxNode) => T): Promise<T> {
  const language = await pythonLanguage()
  const parser = new TreeSitter.Parser()
  try {
    parser.setLanguage(language)
    const tree = parser.parse(source)
    if (!tree) throw new ToolError('TOOL_FAILED', 'the Python parser returned no tree')
    try {
      return use(tree.rootNode)
    } finally {
      tree.delete()
    }
  } finally {
    parser.delete()
  }
}
