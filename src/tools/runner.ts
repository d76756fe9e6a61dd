/**
 * Runs external tools with an argv array (never a shell), a time limit, a bounded stderr tail and
 * the exit code left for the caller to interpret (exit codes are ambiguous: research/tool-formats.md).
 * Each tool runs in its own process group: on time-out or abort the whole group (the tool and
 * every child it started) gets SIGTERM, then SIGKILL 3 s later, and the run ends even if something
 * still holds the pipes, so the step ends within seconds of its limit.
 */
import { spawn } from 'node:child_process'
import { access, constants } from 'node:fs/promises'
import path from 'node:path'
import { ToolError } from '../engine/errors.js'

export interface RunOptions {
  cwd: string
  timeoutMs: number
  env?: Record<string, string | undefined>
  signal?: AbortSignal
  /** Keep stdout (bounded to maxStdout bytes); by default stdout is discarded after the tail. */
  captureStdout?: boolean
  maxStdout?: number
}

export interface RunResult {
  exitCode: number
  stdout: string
  /** The last lines of stderr (at most 8 KiB), for error messages. */
  stderrTail: string
  durationMs: number
}

export interface ToolRunner {
  run(command: string, args: string[], options: RunOptions): Promise<RunResult>
  /** Absolute path of an executable on PATH, or null. */
  which(name: string): Promise<string | null>
}

const TAIL_BYTES = 8192
const KILL_GRACE_MS = 3000

/** Process groups of tools still running: stopped when the action or CLI exits. */
const LIVE_GROUPS = new Set<number>()
process.once('exit', () => {
  for (const pid of LIVE_GROUPS) killGroup(pid, null, 'SIGKILL')
})

function killGroup(pid: number | undefined, child: { kill(sig: NodeJS.Signals): boolean } | null, sig: NodeJS.Signals): void {
  try {
    if (pid && process.platform !== 'win32') process.kill(-pid, sig)
    else child?.kill(sig)
  } catch {
    // already gone
  }
}

/** Keeps only the last `limit` bytes of what is appended. */
export class TailBuffer {
  private chunks: Buffer[] = []
  private size = 0
  constructor(private readonly limit: number) {}
  push(chunk: Buffer): void {
    this.chunks.push(chunk)
    this.size += chunk.length
    while (this.size - this.chunks[0].length >= this.limit) this.size -= this.chunks.shift()!.length
  }
  toString(): string {
    const all = Buffer.concat(this.chunks)
    return all.subarray(Math.max(0, all.length - this.limit)).toString('utf8')
  }
}

/** Kept here for the tool runners' callers; it lives in engine/text.ts so the engine need not import tools/. */
export { tailLines } from '../engine/text.js'

export const processRunner: ToolRunner = {
  async run(command, args, options) {
    const started = Date.now()
    return new Promise<RunResult>((resolve, reject) => {
      const child = spawn(command, args, {
        cwd: options.cwd,
        env: { ...process.env, ...options.env },
        stdio: ['ignore', 'pipe', 'pipe'],
        shell: false,
        // Its own process group (POSIX), so a time-out stops the children it starts too.
        detached: process.platform !== 'win32'
      })
      if (child.pid) LIVE_GROUPS.add(child.pid)
      const stderr = new TailBuffer(TAIL_BYTES)
      const stdout: Buffer[] = []
      let stdoutSize = 0
      const maxStdout = options.maxStdout ?? 64 * 1024 * 1024
      child.stdout.on('data', (c: Buffer) => {
        if (!options.captureStdout || stdoutSize >= maxStdout) return
        stdout.push(c)
        stdoutSize += c.length
      })
      child.stderr.on('data', (c: Buffer) => stderr.push(c))
      let timedOut = false
      let settled = false
      const kill = () => {
        killGroup(child.pid, child, 'SIGTERM')
        setTimeout(() => killGroup(child.pid, child, 'SIGKILL'), KILL_GRACE_MS).unref()
        // Whatever still holds the pipes (a child that left the group), the run ends here.
        setTimeout(() => {
          if (settled) return
          child.stdout.destroy()
          child.stderr.destroy()
          finish(null, 'SIGKILL')
        }, KILL_GRACE_MS + 2000).unref()
      }
      const timer = setTimeout(() => {
        timedOut = true
        kill()
      }, options.timeoutMs)
      const onAbort = () => kill()
      options.signal?.addEventListener('abort', onAbort, { once: true })
      child.on('error', (e: NodeJS.ErrnoException) => {
        if (settled) return
        settled = true
        if (child.pid) LIVE_GROUPS.delete(child.pid)
        clearTimeout(timer)
        options.signal?.removeEventListener('abort', onAbort)
        const code = e.code === 'ENOENT' ? 'TOOL_NOT_FOUND' : 'TOOL_FAILED'
        reject(new ToolError(code, `could not start ${command}: ${e.message}`, { cause: e }))
      })
      const finish = (code: number | null, sig: NodeJS.Signals | null) => {
        if (settled) return
        settled = true
        if (child.pid) LIVE_GROUPS.delete(child.pid)
        // The tool ended: anything it left running in its group goes with it.
        if (child.pid && process.platform !== 'win32') killGroup(child.pid, null, 'SIGKILL')
        clearTimeout(timer)
        options.signal?.removeEventListener('abort', onAbort)
        const tail = stderr.toString()
        if (timedOut) {
          reject(
            new ToolError('TOOL_TIMEOUT', `${path.basename(command)} did not finish within ${Math.round(options.timeoutMs / 1000)} s and was stopped`, {
              stderrTail: tail
            })
          )
          return
        }
        if (options.signal?.aborted) {
          reject(new ToolError('TOOL_TIMEOUT', `${path.basename(command)} was stopped: the gate's time limit was reached`, { stderrTail: tail }))
          return
        }
        resolve({
          exitCode: code ?? (sig ? 128 : 1),
          stdout: Buffer.concat(stdout).toString('utf8'),
          stderrTail: tail,
          durationMs: Date.now() - started
        })
      }
      child.on('close', finish)
    })
  },
  async which(name) {
    const exts = process.platform === 'win32' ? ['.exe', '.cmd', ''] : ['']
    for (const dir of (process.env.PATH ?? '').split(path.delimiter)) {
      if (!dir) continue
      for (const ext of exts) {
        const candidate = path.join(dir, name + ext)
        try {
          await access(candidate, constants.X_OK)
          return candidate
        } catch {
          /* not here */
        }
      }
    }
    return null
  }
}
