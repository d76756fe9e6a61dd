/** Runs the bundled action (dist/index.js) the way the runner does: INPUT_* variables and GITHUB_* files. */
import { spawnSync } from 'node:child_process'
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

export interface ActionRun {
  exitCode: number
  stdout: string
  stderr: string
  outputs: Record<string, string>
  summary: string
  dir: string
}

export const DIST = path.resolve('dist/index.js')

/** Parses GITHUB_OUTPUT's `name<<delimiter` blocks. */
export function parseOutputFile(text: string): Record<string, string> {
  const out: Record<string, string> = {}
  const lines = text.split('\n')
  for (let i = 0; i < lines.length; i++) {
    const m = /^([^<]+)<<(.+)$/.exec(lines[i])
    if (!m) continue
    const value: string[] = []
    for (i++; i < lines.length && lines[i] !== m[2]; i++) value.push(lines[i])
    out[m[1]] = value.join('\n')
  }
  return out
}

export function copyDemo(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'asg-ws-'))
  cpSync(path.resolve('examples/demo-project'), dir, { recursive: true })
  return dir
}

export interface RunnerSetup {
  env: Record<string, string>
  dir: string
  /** Reads GITHUB_OUTPUT and GITHUB_STEP_SUMMARY back once the action has run. */
  collect(exitCode: number, stdout: string, stderr: string): ActionRun
}

/**
 * The runner's environment for one run: a temp folder with the event payload, empty
 * GITHUB_STEP_SUMMARY and GITHUB_OUTPUT files, the GITHUB_* and RUNNER_* variables and INPUT_* for
 * each input (install defaults to never). `env` adds or overrides variables.
 */
export function runnerSetup(opts: { workspace: string; inputs?: Record<string, string>; event?: object; eventName?: string; env?: Record<string, string> }): RunnerSetup {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'asg-run-'))
  const eventPath = path.join(dir, 'event.json')
  writeFileSync(eventPath, JSON.stringify(opts.event ?? {}))
  const summary = path.join(dir, 'summary.md')
  const output = path.join(dir, 'output.txt')
  writeFileSync(summary, '')
  writeFileSync(output, '')
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? dir,
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: opts.workspace,
    GITHUB_EVENT_NAME: opts.eventName ?? 'push',
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_REPOSITORY: 'octo-org/ml-repo',
    GITHUB_SHA: 'a'.repeat(40),
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_STEP_SUMMARY: summary,
    GITHUB_OUTPUT: output,
    RUNNER_TEMP: dir,
    RUNNER_TOOL_CACHE: path.join(dir, 'toolcache'),
    ...opts.env
  }
  for (const [k, v] of Object.entries({ install: 'never', ...opts.inputs })) env[`INPUT_${k.replace(/ /g, '_').toUpperCase()}`] = v
  return {
    env,
    dir,
    collect: (exitCode, stdout, stderr) => ({
      exitCode,
      stdout,
      stderr,
      outputs: parseOutputFile(readFileSync(output, 'utf8')),
      summary: readFileSync(summary, 'utf8'),
      dir
    })
  }
}

export function runAction(opts: Parameters<typeof runnerSetup>[0] & { node?: string[] }): ActionRun {
  const run = runnerSetup(opts)
  const [cmd, ...pre] = opts.node ?? [process.execPath]
  const r = spawnSync(cmd, [...pre, DIST], { env: run.env, encoding: 'utf8', timeout: 300_000 })
  return run.collect(r.status ?? -1, r.stdout, r.stderr)
}
