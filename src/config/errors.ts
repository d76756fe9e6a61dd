/** Turns zod issues and YAML errors into messages that name the file, the key path and the fix. */
import { closest } from 'fastest-levenshtein'
import type { z } from 'zod'

export function keyPath(path: readonly PropertyKey[]): string {
  if (path.length === 0) return '(top level)'
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? String(p) : `.${String(p)}`)).join('')
}

/** The allowed keys of the object at `path` in a schema, for "did you mean" and the list of valid keys. */
function allowedKeysAt(schema: z.ZodType, path: readonly PropertyKey[]): string[] {
  // a union (e.g. a target that is one of several shapes) is followed through every option
  let nodes: any[] = expand(schema)
  for (const p of path) {
    nodes = nodes.flatMap((node) => {
      if (typeof p === 'number') return expand(node.def?.element)
      if (node.def?.type === 'record') return expand(node.def.valueType)
      return expand(node.shape?.[p as string])
    })
  }
  return [...new Set(nodes.flatMap((node) => (node.shape ? Object.keys(node.shape) : [])))]
}

/** The object-like nodes a schema node stands for: wrappers removed, union options spread. */
function expand(node: any, depth = 0): any[] {
  node = unwrap(node)
  if (!node || depth > 8) return []
  if (node.def?.type === 'union') return (node.def.options as any[]).flatMap((o) => expand(o, depth + 1))
  return [node]
}

function unwrap(node: any): any {
  while (node && ['optional', 'default', 'nullable', 'pipe', 'prefault'].includes(node.def?.type)) {
    node = node.def.type === 'pipe' ? node.def.in : node.def.innerType
  }
  return node
}

export function suggest(word: string, candidates: string[]): string {
  if (candidates.length === 0) return ''
  const best = closest(word, candidates)
  const dist = levenshtein(word, best)
  return dist <= Math.max(2, Math.floor(word.length / 3)) ? ` (did you mean "${best}"?)` : ''
}

function levenshtein(a: string, b: string): number {
  const dp = Array.from({ length: b.length + 1 }, (_, i) => i)
  for (let i = 1; i <= a.length; i++) {
    let prev = dp[0]
    dp[0] = i
    for (let j = 1; j <= b.length; j++) {
      const tmp = dp[j]
      dp[j] = Math.min(dp[j] + 1, dp[j - 1] + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1))
      prev = tmp
    }
  }
  return dp[b.length]
}

export function formatIssues(file: string, schema: z.ZodType, issues: readonly z.core.$ZodIssue[]): string[] {
  return issues.map((issue) => {
    const where = keyPath(issue.path)
    if (issue.code === 'unrecognized_keys') {
      const allowed = allowedKeysAt(schema, issue.path)
      const isGates = issue.path.length === 1 && issue.path[0] === 'gates'
      return issue.keys
        .map(
          (k) =>
            `${file}: ${where}: unknown ${isGates ? 'gate' : 'key'} "${k}"${suggest(k, allowed)}. ` +
            `${isGates ? 'Valid gates' : 'Allowed keys'}: ${allowed.join(', ')}`
        )
        .join('\n')
    }
    return `${file}: ${where}: ${issue.message}`
  })
}
