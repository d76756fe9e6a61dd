/**
 * Environment rules in CEL (@marcbachmann/cel-js, MIT, zero dependencies). One CEL environment
 * declares the policy input's top-level names (src/release/policy/input.ts), so a misspelt root is a
 * compile error at config load; deeper keys are checked at evaluation against the report.
 *
 * Evaluation is bounded: CEL has no loops or recursion, the expression is capped in length, AST
 * nodes and depth, and comprehensions (exists, all, map, filter, exists_one) may nest at most
 * MAX_MACRO_NESTING deep (no comprehension inside another), so the cost is linear in the report
 * size: 100,000 findings take about 0.15 s per comprehension; two nested over 3,000 took 8 s.
 */
import { Environment, type ASTNode, type ParseResult } from '@marcbachmann/cel-js'

/** Top-level names of the policy input (src/release/policy/input.ts builds them from the report). */
export const POLICY_VARIABLES = {
  environment: 'string',
  status: 'string',
  today: 'string',
  gates: 'map',
  findings: 'list',
  waivers: 'list',
  waiverNotes: 'list',
  notChecked: 'list',
  context: 'map'
} as const

export const MAX_EXPRESSION_LENGTH = 4000
export const MAX_AST_NODES = 1000
export const MAX_DEPTH = 40
export const MAX_MACRO_NESTING = 1
const MACROS = new Set(['exists', 'all', 'exists_one', 'map', 'filter'])

let shared: Environment | undefined
function environment(): Environment {
  if (!shared) {
    shared = new Environment({ unlistedVariablesAreDyn: false, limits: { maxAstNodes: MAX_AST_NODES, maxDepth: MAX_DEPTH } })
    for (const [name, type] of Object.entries(POLICY_VARIABLES)) shared.registerVariable(name, type)
  }
  return shared
}

export interface Compiled {
  expr: string
  program: ParseResult
  /** The report paths the expression reads (e.g. gates.models.status), rooted at a policy variable. */
  paths: string[]
}

/** A CEL message with its caret display, indented under the config path that names the rule. */
function celMessage(e: unknown): string {
  const msg = e instanceof Error ? e.message : String(e)
  return msg
    .split('\n')
    .filter((l) => l.trim() !== '')
    .join('\n    ')
}

/** Compiles one rule; throws an Error whose message says what is wrong (the caller adds the config path). */
export function compile(expr: string): Compiled {
  if (expr.length > MAX_EXPRESSION_LENGTH) throw new Error(`the expression is ${expr.length} characters, over the ${MAX_EXPRESSION_LENGTH}-character limit; split it into several rules`)
  let program: ParseResult
  try {
    program = environment().parse(expr)
  } catch (e) {
    throw new Error(`CEL syntax error: ${celMessage(e)}`, { cause: e })
  }
  const checked = program.check()
  if (!checked.valid) throw new Error(`CEL type error: ${celMessage(checked.error)}. Top-level names: ${Object.keys(POLICY_VARIABLES).join(', ')}`)
  if (checked.type !== 'bool' && checked.type !== 'dyn') throw new Error(`the expression gives a ${checked.type}, not a bool (true or false); compare it, e.g. "... > 0"`)
  checkRegexes(program.ast)
  const nesting = macroNesting(program.ast)
  if (nesting > MAX_MACRO_NESTING) throw new Error(`comprehensions (exists, all, map, filter) nest ${nesting} deep, over the limit of ${MAX_MACRO_NESTING} that keeps evaluation bounded`)
  return { expr, program, paths: readPaths(program.ast) }
}

function children(node: ASTNode): ASTNode[] {
  const out: ASTNode[] = []
  const visit = (a: unknown): void => {
    if (Array.isArray(a)) a.forEach(visit)
    else if (a && typeof a === 'object' && 'op' in a) out.push(a as ASTNode)
  }
  if (Array.isArray(node.args)) visit(node.args)
  return out
}

/**
 * `matches` runs a JavaScript regular expression over report text that came from scanned files, so
 * its pattern must be a literal without nested quantifiers (such as (a+)+), which can backtrack for
 * ever on a hostile string.
 */
function checkRegexes(node: ASTNode): void {
  if ((node.op === 'rcall' || node.op === 'call') && node.args[0] === 'matches') {
    const args = node.op === 'rcall' ? node.args[2] : node.args[1]
    const pattern = args[args.length - 1]
    if (!pattern || pattern.op !== 'value' || typeof pattern.args !== 'string') throw new Error('matches() needs a literal pattern (a quoted string), not one computed from the report')
    if (/\((?:[^()\\]|\\.)*[+*}](?:[^()\\]|\\.)*\)\s*[+*{?]/.test(pattern.args)) {
      throw new Error(`matches('${pattern.args}'): a group with a quantifier inside is quantified again, which can take exponential time on hostile text; rewrite it without nested quantifiers`)
    }
  }
  for (const c of children(node)) checkRegexes(c)
}

function macroNesting(node: ASTNode): number {
  const here = node.op === 'rcall' && MACROS.has(node.args[0]) ? 1 : 0
  let deepest = 0
  for (const c of children(node)) deepest = Math.max(deepest, macroNesting(c))
  return here + deepest
}

/** The path of a member chain rooted at a policy variable (gates.models.status, gates['x'].status), or null. */
function chain(node: ASTNode): string[] | null {
  if (node.op === 'id') return node.args in POLICY_VARIABLES ? [node.args] : null
  if (node.op === '.' || node.op === '.?') {
    const base = chain(node.args[0])
    return base ? [...base, node.args[1]] : null
  }
  if (node.op === '[]' || node.op === '[?]') {
    const [obj, key] = node.args
    const base = chain(obj)
    if (base && key.op === 'value' && (typeof key.args === 'string' || typeof key.args === 'number' || typeof key.args === 'bigint')) return [...base, String(key.args)]
    return null
  }
  return null
}

function readPaths(ast: ASTNode): string[] {
  const found = new Set<string>()
  const walk = (node: ASTNode): void => {
    const c = chain(node)
    if (c) {
      found.add(c.join('.'))
      return
    }
    for (const ch of children(node)) walk(ch)
  }
  walk(ast)
  return [...found]
}
