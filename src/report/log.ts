/**
 * The one way out to the log. The action and the CLI print through these functions only (a test,
 * __tests__/report/log-sources.test.ts, fails on any other core.info/console/process.std*.write in
 * src/), and every text goes through escapeLog first, so a file name, a tool's stderr or a model's
 * answer can never form a workflow command (`::error`, `::stop-commands::`, `::add-mask::`...).
 */
import { writeSync } from 'node:fs'
import type * as Core from '@actions/core'
import type { Logger } from '../engine/logger.js'
import { escapeLog } from './escape.js'

/**
 * @actions/core, handed over by the action's entry (src/main.ts calls useActionsCore at load).
 * Not imported here: the CLI prints through this module too, and @actions/core with its HTTP
 * client is ~100 modules it never needs (start-up, issue 10).
 */
let actionsCore: typeof Core | null = null

/** The action's entry gives @actions/core to actionLog, annotate and setFailed (once, before any of them runs). */
export function useActionsCore(c: typeof Core): void {
  actionsCore = c
}

function core(): typeof Core {
  if (!actionsCore) throw new Error('report/log: actionLog, annotate and setFailed print workflow commands for the action; its entry (src/main.ts) must call useActionsCore first')
  return actionsCore
}

/** The action's logger (gates, publishing, main): every message escaped, then core. */
export const actionLog: Logger & { notice(message: string): void } = {
  debug: (m) => core().debug(escapeLog(m)),
  info: (m) => core().info(escapeLog(m)),
  warning: (m) => core().warning(escapeLog(m)),
  error: (m) => core().error(escapeLog(m)),
  notice: (m) => core().notice(escapeLog(m))
}

/**
 * A finding as a workflow-command annotation. The message may keep its line breaks (core encodes
 * them as %0A inside the command, the runner shows them inside the annotation); everything else is
 * escaped. The title is escaped; `file` is the path as GitHub must see it (core encodes it).
 */
export function annotate(level: 'error' | 'warning' | 'notice', message: string, props: Core.AnnotationProperties): void {
  const safe: Core.AnnotationProperties = { ...props, ...(props.title !== undefined ? { title: escapeLog(props.title) } : {}) }
  const text = escapeLog(message, { multiline: true })
  if (level === 'error') core().error(text, safe)
  else if (level === 'warning') core().warning(text, safe)
  else core().notice(text, safe)
}

/** Fails the step with an escaped message. */
export function setFailed(message: string): void {
  core().setFailed(escapeLog(message))
}

/**
 * Direct output, which the CLI's entry turns on (src/cli.ts): writeOut, writeErr and writeMachine
 * write to file descriptors 1 and 2 with writeSync and never create process.stdout/stderr, whose
 * stream machinery (~20 internal modules) is a large part of a CLI start (issue 10). Off (the
 * action, tests calling the commands in-process), they write through the streams as before.
 * When a descriptor refuses a write (EAGAIN on a non-blocking pipe, EPIPE...), that write and every
 * later one on it go through the stream instead, so nothing is lost or reordered. Not on Windows,
 * where the console stream does the encoding.
 */
let direct = false
const viaStream = { 1: false, 2: false }

export function useDirectOutput(): void {
  direct = process.platform !== 'win32'
}

function put(fd: 1 | 2, text: string): void {
  const stream = (): NodeJS.WriteStream => (fd === 1 ? process.stdout : process.stderr)
  if (!direct || viaStream[fd]) {
    stream().write(text)
    return
  }
  const buf = Buffer.from(text, 'utf8')
  let off = 0
  try {
    while (off < buf.length) {
      const n = writeSync(fd, buf, off, buf.length - off)
      if (n <= 0) throw new Error('no progress')
      off += n
    }
  } catch {
    viaStream[fd] = true
    stream().write(buf.subarray(off))
  }
}

/** Writes rendered text (several lines) to stdout or stderr, escaped line by line; colours kept when asked. */
export function writeOut(text: string, opts: { keepSgr?: boolean } = {}): void {
  put(1, escapeLog(text, { multiline: true, keepSgr: opts.keepSgr }))
}

export function writeErr(text: string, opts: { keepSgr?: boolean; paint?: (escaped: string) => string } = {}): void {
  const escaped = escapeLog(text, { multiline: true, keepSgr: opts.keepSgr })
  put(2, opts.paint ? opts.paint(escaped) : escaped)
}

/**
 * Writes a machine format (JSON, SARIF) as it is: JSON.stringify escapes CR, LF and every C0
 * control inside strings, and no line of pretty-printed JSON can start with `::`; renderJson also
 * writes C1 controls and U+2028/9 as \u escapes.
 */
export function writeMachine(text: string): void {
  put(1, text)
}
