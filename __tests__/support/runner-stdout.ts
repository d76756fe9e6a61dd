/**
 * Reads a step's stdout the way GitHub's runner does (actions/runner, OutputManager and
 * ActionCommand): lines split as .NET's StreamReader.ReadLine splits them (CR, LF or CRLF), each
 * line's leading whitespace trimmed (String.TrimStart: every Unicode white space, U+2028/9 and
 * U+0085 included), then `::name props::data` (and the legacy `##[name props]data`) is a command;
 * `::stop-commands::token` stops command processing until a line `::token::`.
 */

/** Lines as .NET ReadLine returns them. */
export function runnerLines(stdout: string): string[] {
  const lines = stdout.split(/\r\n|\r|\n/)
  if (lines.length && lines[lines.length - 1] === '') lines.pop()
  return lines
}

const DOTNET_SPACE = /^[\s\u0085\u180e]+/u

export interface RunnerCommand {
  name: string
  properties: string
  data: string
  line: string
}

/** The workflow commands the runner would act on, stop-commands honoured. */
export function runnerCommands(stdout: string): RunnerCommand[] {
  const out: RunnerCommand[] = []
  let stopToken: string | null = null
  for (const raw of runnerLines(stdout)) {
    const line = raw.replace(DOTNET_SPACE, '')
    if (stopToken !== null) {
      if (line === `::${stopToken}::`) stopToken = null
      continue
    }
    let m = /^::([A-Za-z-]+)( [^:]*)?::(.*)$/s.exec(line)
    if (!m) {
      const legacy = /^##\[([A-Za-z-]+)( [^\]]*)?\](.*)$/s.exec(line)
      if (legacy) m = legacy
    }
    if (!m) continue
    const cmd = { name: m[1], properties: (m[2] ?? '').trim(), data: m[3], line }
    out.push(cmd)
    if (cmd.name === 'stop-commands') stopToken = cmd.data
  }
  return out
}
