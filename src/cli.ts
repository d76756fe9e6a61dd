#!/usr/bin/env node
/** The CLI entrypoint (bundled to dist/cli/index.js, package.json "bin"). */
import { cli } from './cli/main.js'

process.exitCode = await cli(process.argv.slice(2))
