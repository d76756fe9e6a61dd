/**
 * JSON.parse keeps the last of two duplicate keys without a word, while other readers keep the first
 * or refuse: a parser differential (research/security.md B3). This strict parser refuses duplicates,
 * bounds nesting, and is used for the headers and configs the scanner judges.
 */
export class JsonError extends Error {}

export function parseJsonStrict(text: string, maxDepth = 256): unknown {
  let i = 0
  const ws = (): void => {
    while (i < text.length && (text[i] === ' ' || text[i] === '\n' || text[i] === '\r' || text[i] === '\t')) i++
  }
  const fail = (msg: string): never => {
    throw new JsonError(`${msg} at character ${i}`)
  }
  const str = (): string => {
    const start = i
    i++
    for (;;) {
      if (i >= text.length) fail('unterminated string')
      const c = text.charCodeAt(i)
      if (c === 0x22) break
      if (c === 0x5c) i++
      else if (c < 0x20) fail('control character in string')
      i++
    }
    i++
    return JSON.parse(text.slice(start, i)) as string
  }
  const value = (depth: number): unknown => {
    if (depth > maxDepth) fail('nesting too deep')
    ws()
    const c = text[i]
    if (c === '{') {
      i++
      const obj: Record<string, unknown> = Object.create(null)
      const seen = new Set<string>()
      ws()
      if (text[i] === '}') return i++, obj
      for (;;) {
        ws()
        if (text[i] !== '"') fail('expected a key')
        const k = str()
        if (seen.has(k)) fail(`duplicate key ${JSON.stringify(k)}`)
        seen.add(k)
        ws()
        if (text[i] !== ':') fail('expected ":"')
        i++
        obj[k] = value(depth + 1)
        ws()
        if (text[i] === ',') {
          i++
          continue
        }
        if (text[i] === '}') return i++, obj
        fail('expected "," or "}"')
      }
    }
    if (c === '[') {
      i++
      const arr: unknown[] = []
      ws()
      if (text[i] === ']') return i++, arr
      for (;;) {
        arr.push(value(depth + 1))
        ws()
        if (text[i] === ',') {
          i++
          continue
        }
        if (text[i] === ']') return i++, arr
        fail('expected "," or "]"')
      }
    }
    if (c === '"') return str()
    const m = /^(-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?|true|false|null)/.exec(text.slice(i, i + 400))
    if (!m) return fail('unexpected token')
    i += m[0].length
    return JSON.parse(m[0])
  }
  const v = value(0)
  ws()
  if (i !== text.length) fail('trailing characters')
  return v
}
