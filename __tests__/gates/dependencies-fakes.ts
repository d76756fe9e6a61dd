/**
 * Test doubles for the tool gates: a small executable put on PATH that behaves like the real tool
 * (writes a real report from ../shared/fixtures to the -o/--output path, prints to stderr, exits
 * with the tool's code), and a GateContext over the real process runner.
 */
import { chmod, mkdir, mkdtemp, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { silentLogger } from '../../src/engine/logger.js'
import type { GateContext } from '../../src/engine/types.js'
import { processRunner } from '../../src/tools/runner.js'

export const SHARED_FIXTURES = path.resolve(process.cwd(), '../shared/fixtures')

export interface FakeToolSpec {
  name: string
  version: string
  /** Absolute path of a report to copy to the output path, or null to write none. */
  report: string | null
  exitCode: number
  stderr?: string
}

const sh = (s: string) => `'${s.replace(/'/g, `'\\''`)}'`

/** Writes an executable named spec.name into dir; every call appends its argv (one per line, NUL-free) to dir/<name>.calls. */
export async function fakeTool(dir: string, spec: FakeToolSpec): Promise<string> {
  await mkdir(dir, { recursive: true })
  const file = path.join(dir, spec.name)
  const script = `#!/bin/sh
log=${sh(path.join(dir, spec.name + '.calls'))}
printf '%s\\n' "$*" >> "$log"
if [ "$1" = "--version" ] || [ "$1" = "version" ]; then echo ${sh(`${spec.name} ${spec.version}`)}; exit 0; fi
out=""
while [ $# -gt 0 ]; do
  case "$1" in -o|--output) out="$2"; shift ;; esac
  shift
done
${spec.stderr ? `printf '%s\\n' ${sh(spec.stderr)} >&2` : ''}
${spec.report ? `[ -n "$out" ] && cp ${sh(spec.report)} "$out"` : ''}
exit ${spec.exitCode}
`
  await writeFile(file, script)
  await chmod(file, 0o755)
  return file
}

export async function tempDirs(prefix: string): Promise<{ root: string; workspace: string; bin: string; temp: string }> {
  const root = await mkdtemp(path.join(os.tmpdir(), prefix))
  const workspace = path.join(root, 'ws')
  const bin = path.join(root, 'bin')
  const temp = path.join(root, 'tmp')
  await mkdir(workspace, { recursive: true })
  await mkdir(bin, { recursive: true })
  await mkdir(temp, { recursive: true })
  return { root, workspace, bin, temp }
}

/** Runs `fn` with `bin` first on PATH (and nothing else of ours), then restores PATH. */
export async function withPath<T>(bin: string, fn: () => Promise<T>, only = false): Promise<T> {
  const saved = process.env.PATH
  process.env.PATH = only ? `${bin}:/usr/bin:/bin` : `${bin}${path.delimiter}${saved ?? ''}`
  try {
    return await fn()
  } finally {
    process.env.PATH = saved
  }
}

export function gateContext<C>(workspace: string, tempDir: string, config: C, masked: string[] = []): GateContext<C> {
  return {
    workspace,
    config,
    tools: processRunner,
    logger: silentLogger,
    tempDir,
    install: 'never',
    signal: new AbortController().signal,
    maskSecret: (v) => masked.push(v)
  }
}
