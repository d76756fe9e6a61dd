/**
 * Dependencies point down (DESIGN.md): entrypoints -> gates/release -> targets/tools/parsers/scanners/report
 * -> engine -> config. engine/ imports nothing above it: what it needs from above (the gate registry,
 * the environment policy) its caller passes in (engine/session.ts). Type-only imports are erased at
 * build time and are not counted here.
 */
import { describe, expect, it } from '@jest/globals'
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import ts from 'typescript'

/** The modules a source file loads at run time: static imports and re-exports (not type-only), and dynamic import(). */
function runtimeImports(file: string, text: string): string[] {
  const sf = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true)
  const out: string[] = []
  const visit = (node: ts.Node): void => {
    if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier)) {
      const clause = node.importClause
      const typeOnly = clause?.isTypeOnly || (clause?.namedBindings && ts.isNamedImports(clause.namedBindings) && !clause.name && clause.namedBindings.elements.length > 0 && clause.namedBindings.elements.every((e) => e.isTypeOnly))
      if (!typeOnly) out.push(node.moduleSpecifier.text)
    } else if (ts.isExportDeclaration(node) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)) {
      if (!node.isTypeOnly) out.push(node.moduleSpecifier.text)
    } else if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword && node.arguments[0] && ts.isStringLiteral(node.arguments[0])) {
      out.push(node.arguments[0].text)
    }
    ts.forEachChild(node, visit)
  }
  visit(sf)
  return out
}

/** Source folders (and files) below or beside engine/ that it may load. */
const ALLOWED = ['src/engine/', 'src/config/', 'src/version.ts']

function upwardImports(dir: string): string[] {
  const offenders: string[] = []
  for (const name of readdirSync(dir).filter((n) => n.endsWith('.ts'))) {
    const file = path.join(dir, name)
    for (const spec of runtimeImports(file, readFileSync(file, 'utf8'))) {
      if (!spec.startsWith('.')) continue // node: builtins and packages
      const target = path.relative(process.cwd(), path.resolve(dir, spec)).split(path.sep).join('/').replace(/\.js$/, '.ts')
      if (!ALLOWED.some((a) => target.startsWith(a) || target === a)) offenders.push(`${file.split(path.sep).join('/')} imports ${spec}`)
    }
  }
  return offenders
}

describe('layering', () => {
  it('engine/ loads nothing from the layers above it (gates, release, tools, report, cli, modes, entrypoints)', () => {
    expect(upwardImports('src/engine')).toEqual([])
  })

  it('the check sees what it looks for (the test can fail)', () => {
    expect(runtimeImports('x.ts', "import { GATES } from '../gates/registry.js'")).toEqual(['../gates/registry.js'])
    expect(runtimeImports('x.ts', "export { tailLines } from '../tools/runner.js'")).toEqual(['../tools/runner.js'])
    expect(runtimeImports('x.ts', "const m = await import('../release/policy/evaluate.js')")).toEqual(['../release/policy/evaluate.js'])
    expect(runtimeImports('x.ts', "import type { ToolRunner } from '../tools/runner.js'\nimport { type Gate } from '../gates/registry.js'")).toEqual([])
  })
})
