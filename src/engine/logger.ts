/** The logger gates receive; the action wires it to @actions/core, the CLI to stderr, tests to an array. */
export interface Logger {
  debug(message: string): void
  info(message: string): void
  warning(message: string): void
  error(message: string): void
}

export const silentLogger: Logger = { debug() {}, info() {}, warning() {}, error() {} }

export function recordingLogger(lines: string[]): Logger {
  return {
    debug: (m) => lines.push(`debug: ${m}`),
    info: (m) => lines.push(`info: ${m}`),
    warning: (m) => lines.push(`warning: ${m}`),
    error: (m) => lines.push(`error: ${m}`)
  }
}
