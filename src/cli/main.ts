/**
 * The CLI: `ai-secure-gates <command> ...`. Each command lives in src/cli/<command>.ts, is listed
 * in COMMANDS and is imported only when it runs; help texts come from ./help.ts, so `--help` (of
 * the CLI or of a command) loads no command at all.
 */
import { errorMessage, GatesError } from '../engine/errors.js'
import { VERSION } from '../version.js'
import { writeErr, writeOut } from '../report/log.js'
export { useDirectOutput } from '../report/log.js'
import { COMMAND_HELP, USAGE } from './help.js'

type Command = (argv: string[]) => Promise<number>

const COMMANDS: Record<string, () => Promise<Command>> = {
  run: async () => (await import('./run.js')).main,
  lock: async () => (await import('./lock.js')).main,
  'scan-models': async () => (await import('./scan-models.js')).main,
  sign: async () => (await import('./sign.js')).main,
  bom: async () => (await import('./bom.js')).main,
  'deploy-check': async () => (await import('./deploy-check.js')).main
}

// Parenthesized so that Node's compile cache keeps it compiled (see scan-models.ts main).
export const cli = (async function cli(argv: string[]): Promise<number> {
  const [cmd, ...rest] = argv
  if (!cmd || cmd === '--help' || cmd === '-h' || cmd === 'help') {
    const topic = cmd === 'help' ? rest[0] : undefined
    writeOut((topic && COMMAND_HELP[topic] ? COMMAND_HELP[topic].help : USAGE) + '\n')
    return cmd ? 0 : 2
  }
  if (cmd === '--version' || cmd === '-V') {
    writeOut(VERSION + '\n')
    return 0
  }
  const load = COMMANDS[cmd]
  if (!load) {
    writeErr(`ai-secure-gates: unknown command "${cmd}". Commands: ${Object.keys(COMMANDS).join(', ')} (ai-secure-gates --help)\n`)
    return 2
  }
  // `COMMAND --help` anywhere before a `--` separator: the command's help, without loading it.
  const end = rest.indexOf('--')
  const opts = end < 0 ? rest : rest.slice(0, end)
  if (opts.includes('--help') || opts.includes('-h')) {
    writeOut(COMMAND_HELP[cmd].help.trimEnd() + '\n')
    return 0
  }
  try {
    return await (await load())(rest)
  } catch (e) {
    const code = e instanceof GatesError ? ` [${e.code}]` : ''
    writeErr(`ai-secure-gates ${cmd}: error${code}: ${errorMessage(e)}\n`)
    return 2
  }
})
