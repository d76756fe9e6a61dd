/** Errors carry a code and a cause; messages say what to do next. */
export type ErrorCode =
  | 'CONFIG_NOT_FOUND'
  | 'CONFIG_UNREADABLE'
  | 'CONFIG_SYNTAX'
  | 'CONFIG_INVALID'
  | 'TOOL_NOT_FOUND'
  | 'TOOL_FAILED'
  | 'TOOL_TIMEOUT'
  | 'TOOL_INSTALL'
  | 'PARSE'
  | 'INPUT'
  | 'OUTSIDE_WORKSPACE'
  | 'TARGET'

export class GatesError extends Error {
  readonly code: ErrorCode
  constructor(code: ErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options)
    this.code = code
    this.name = new.target.name
  }
}

/** The user's configuration is wrong; the message names the file, the key and the fix. */
export class ConfigError extends GatesError {}
/** A tool is missing, crashed, timed out or could not be installed. */
export class ToolError extends GatesError {
  readonly stderrTail?: string
  /** The tool concerned, when known (lets the report name the fix). */
  readonly tool?: string
  constructor(code: ErrorCode, message: string, options?: { cause?: unknown; stderrTail?: string; tool?: string }) {
    super(code, message, options)
    this.stderrTail = options?.stderrTail
    this.tool = options?.tool
  }
}
/** A tool's output or a scanned file does not have the shape we expect. */
export class ParseError extends GatesError {
  constructor(message: string, options?: { cause?: unknown }) {
    super('PARSE', message, options)
  }
}

export function errorMessage(e: unknown): string {
  if (e instanceof Error) return e.message
  return String(e)
}

/** An error's message, with the last stderr lines of a tool that failed. */
export function describeError(e: unknown, tailLineCount = 15): string {
  const msg = errorMessage(e)
  if (e instanceof ToolError && e.stderrTail?.trim()) {
    const tail = e.stderrTail.trimEnd().split(/\r?\n/).slice(-tailLineCount).join('\n')
    return `${msg}\nstderr (last lines):\n${tail}`
  }
  return msg
}
