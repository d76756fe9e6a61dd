/**
 * The small JSONPath subset a REST target needs to find its answer: `$`, `.name`, `['name']`,
 * `["name"]` and `[index]` (negative counts from the end). Written by hand on purpose: it only walks
 * data, never evaluates script (the filter/script features of full JSONPath libraries have had
 * code-execution bugs), and anything outside the subset is refused when the config is read.
 */
export type PathStep = string | number

export function parseJsonPath(path: string): PathStep[] {
  const s = path.trim()
  if (!s.startsWith('$')) throw new Error(`"${path}" must start with $ (e.g. $.choices[0].message.content)`)
  const steps: PathStep[] = []
  let i = 1
  while (i < s.length) {
    const c = s[i]
    if (c === '.') {
      const m = /^[A-Za-z_$][\w$-]*/.exec(s.slice(i + 1))
      if (!m) throw new Error(`"${path}": expected a key name after "." at character ${i + 1}`)
      steps.push(m[0])
      i += 1 + m[0].length
    } else if (c === '[') {
      const rest = s.slice(i)
      const idx = /^\[\s*(-?\d+)\s*\]/.exec(rest)
      const quoted = /^\[\s*(?:'((?:[^'\\]|\\.)*)'|"((?:[^"\\]|\\.)*)")\s*\]/.exec(rest)
      if (idx) {
        steps.push(Number(idx[1]))
        i += idx[0].length
      } else if (quoted) {
        steps.push((quoted[1] ?? quoted[2]).replace(/\\(.)/g, '$1'))
        i += quoted[0].length
      } else throw new Error(`"${path}": only [number] and ['key'] are supported (no wildcards, filters or slices), at character ${i + 1}`)
    } else throw new Error(`"${path}": unexpected "${c}" at character ${i + 1}`)
  }
  return steps
}

/** The value at `steps`, or undefined with the first step that found nothing. */
export function walkJsonPath(value: unknown, steps: PathStep[]): { found: true; value: unknown } | { found: false; at: number } {
  let cur: unknown = value
  for (let k = 0; k < steps.length; k++) {
    const step = steps[k]
    if (typeof step === 'number') {
      if (!Array.isArray(cur)) return { found: false, at: k }
      const j = step < 0 ? cur.length + step : step
      if (j < 0 || j >= cur.length) return { found: false, at: k }
      cur = cur[j]
    } else {
      if (cur === null || typeof cur !== 'object' || Array.isArray(cur) || !Object.prototype.hasOwnProperty.call(cur, step)) return { found: false, at: k }
      cur = (cur as Record<string, unknown>)[step]
    }
  }
  return { found: true, value: cur }
}

export function formatJsonPath(steps: PathStep[]): string {
  return '$' + steps.map((s) => (typeof s === 'number' ? `[${s}]` : /^[A-Za-z_$][\w$-]*$/.test(s) ? `.${s}` : `['${s.replace(/'/g, "\\'")}']`)).join('')
}
