/**
 * Keeps the CLI's stdout for the report alone. Libraries made for the Actions runner
 * (@actions/core, @actions/tool-cache, @actions/cache) print workflow commands (`::debug::...`,
 * `::warning::...`) and progress text on stdout; in a terminal or a pipe those are noise, and in
 * `--format json > report.json` they would corrupt the report. While the guard is on, such writes
 * become plain log lines on stderr: debug lines only with AI_SECURE_GATES_DEBUG, the others as
 * "warning: ..." / "error: ..." / text. Command parameters and masks (::add-mask::) are dropped.
 */
import type { Logger } from '../engine/logger.js'

const COMMAND = /^::([a-z-]+)(?: [^:]*)?::(.*)$/

/** Undoes the `%25`, `%0D`, `%0A` escaping of workflow command data. */
const unescapeData = (s: string): string => s.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%')

/** Routes one line written to stdout by a library. */
export function routeLine(line: string, logger: Logger): void {
  const m = COMMAND.exec(line)
  if (!m) {
    if (line.trim()) logger.info(line)
    return
  }
  const [, cmd, data] = m
  const text = unescapeData(data)
  if (cmd === 'debug') logger.debug(text)
  else if (cmd === 'warning') logger.warning(text)
  else if (cmd === 'error') logger.error(text)
  else if (cmd === 'notice') logger.info(text)
  else if (cmd === 'group') logger.info(text)
  // endgroup, add-mask, set-output, save-state, stop-commands...: nothing to show.
}

/** Redirects process.stdout writes to `logger` until the returned function is called (idempotent). */
export function guardStdout(logger: Logger, stream: NodeJS.WriteStream = process.stdout): () => void {
  const original = stream.write
  let pending = ''
  const write = function (chunk: unknown, encoding?: unknown, cb?: unknown): boolean {
    const text = typeof chunk === 'string' ? chunk : Buffer.from(chunk as Uint8Array).toString(typeof encoding === 'string' ? (encoding as BufferEncoding) : 'utf8')
    pending += text
    const lines = pending.split(/\r?\n/)
    pending = lines.pop() ?? ''
    for (const l of lines) routeLine(l, logger)
    const done = typeof encoding === 'function' ? encoding : cb
    if (typeof done === 'function') queueMicrotask(() => (done as () => void)())
    return true
  }
  stream.write = write as typeof stream.write
  let restored = false
  return () => {
    if (restored) return
    restored = true
    if (pending) routeLine(pending, logger)
    pending = ''
    stream.write = original
  }
}
