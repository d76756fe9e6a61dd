#!/usr/bin/env node
/** The CLI entrypoint (bundled to dist/cli/index.js, package.json "bin"). */
import module from 'node:module'
import { cli } from './cli/main.js'

// Node keeps the compiled code of the chunks each command loads (under the OS temp folder), so a
// second start skips compiling them; NODE_DISABLE_COMPILE_CACHE=1 turns it off.
;(module as { enableCompileCache?: () => unknown }).enableCompileCache?.()

process.exitCode = await cli(process.argv.slice(2))
