/** The CLI: `ai-secure-gates <command> ...`. Each command lives in src/cli/<command>.ts and is listed in COMMANDS. */
import { errorMessage, GatesError } from '../engine/errors.js'
import { VERSION } from '../version.js'
import { writeErr, writeOut } from '../report/log.js'
import { main as runMain } from './run.js'
import { main as lockMain } from './lock.js'
import { main as scanModelsMain } from './scan-models.js'

type Command = (argv: string[]) => Promise<number>

const COMMANDS: Record<string, { describe: string; main: Command }> = {
  run: { describe: 'run the gates and report (exit 0 pass, 1 fail, 2 error)', main: runMain },
  lock: { describe: 'write or refresh the hash lock file(s) of the models and/or data gates', main: lockMain },
  'scan-models': { describe: 'scan model files or folders for pickle payloads and unsafe containers (exit 0/1/2)', main: scanModelsMain }
}

const USAGE = `ai-secure-gates ${VERSION}

Usage:
  ai-secure-gates run   [--config FILE] [--gates a,b] [--workspace DIR] [--format text|json|markdown|sarif] [--output FILE] [--fail-on SEVERITY] [--install auto|never]
  ai-secure-gates lock  [--config FILE] [--workspace DIR] [models|data]
  ai-secure-gates scan-models PATH... [--format text|json]

Commands:
${Object.entries({ ...COMMANDS })
  .map(([k, v]) => `  ${k.padEnd(12)} ${v.describe}`)
  .join('\n')}

Exit codes: 0 pass, 1 fail, 2 error (bad config, tool error, unreadable input).`

export async function cli(argv: string[]): Promise<number> {
  const [cmd, ...rest] = argv
  if (!cmd || cmd === '--help' || cmd === '-h' || cmd === 'help') {
    writeOut(USAGE + '\n')
    return cmd ? 0 : 2
  }
  if (cmd === '--version' || cmd === '-V') {
    writeOut(VERSION + '\n')
    return 0
  }
  const entry = COMMANDS[cmd]
  if (!entry) {
    writeErr(`ai-secure-gates: unknown command "${cmd}". Commands: ${Object.keys(COMMANDS).join(', ')}\n`)
    return 2
  }
  try {
    return await entry.main(rest)
  } catch (e) {
    const code = e instanceof GatesError ? ` [${e.code}]` : ''
    writeErr(`ai-secure-gates ${cmd}: error${code}: ${errorMessage(e)}\n`)
    return 2
  }
}

