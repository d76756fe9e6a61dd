#!/usr/bin/env node
/** The CLI entrypoint (bundled to dist/cli/index.js, package.json "bin"). */
import module from 'node:module'

// Node keeps the compiled code of what each command loads (under the OS temp folder), so later
// starts skip compiling it; NODE_DISABLE_COMPILE_CACHE=1 turns it off. Everything else is imported
// after this line, so all of it is cached (ncc puts each command and gate in its own chunk).
;(module as { enableCompileCache?: () => unknown }).enableCompileCache?.()
const { cli, useDirectOutput } = await import('./cli/main.js')
// Output goes straight to file descriptors 1 and 2, without Node's stdout/stderr streams (report/log.ts).
useDirectOutput()

process.exitCode = await cli(process.argv.slice(2))
