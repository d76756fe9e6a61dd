/**
 * A local program as the model: run once per prompt with an argv (never a shell), the prompt on
 * stdin, the system prompt in SYSTEM_PROMPT, the answer read from stdout (bounded), a time limit.
 */
import { spawn } from 'node:child_process'
import { TailBuffer } from '../tools/runner.js'
import type { CommandTarget } from './config.js'
import { excerpt, TargetError, type TargetClient } from './types.js'

export function commandClient(c: CommandTarget, cwd: string): TargetClient {
  const [program, ...args] = c.command
  const maxBytes = c['max-answer-kb'] * 1024
  const timeoutMs = c['timeout-seconds'] * 1000
  return {
    label: `command ${c.command.map((a) => excerpt(a, 60)).join(' ')}`,
    send(req, signal) {
      return new Promise((resolve, reject) => {
        const child = spawn(program, args, {
          cwd,
          env: { ...process.env, SYSTEM_PROMPT: req.system },
          stdio: ['pipe', 'pipe', 'pipe'],
          shell: false,
          detached: process.platform !== 'win32'
        })
        const out: Buffer[] = []
        let size = 0
        let over = false
        const err = new TailBuffer(4096)
        let timedOut = false
        const kill = () => {
          try {
            if (child.pid && process.platform !== 'win32') process.kill(-child.pid, 'SIGKILL')
            else child.kill('SIGKILL')
          } catch {
            /* already gone */
          }
        }
        const timer = setTimeout(() => {
          timedOut = true
          kill()
        }, timeoutMs)
        const onAbort = () => kill()
        signal.addEventListener('abort', onAbort, { once: true })
        child.stdout.on('data', (b: Buffer) => {
          size += b.length
          if (size > maxBytes) {
            over = true
            kill()
            return
          }
          out.push(b)
        })
        child.stderr.on('data', (b: Buffer) => err.push(b))
        child.stdin.on('error', () => undefined)
        child.stdin.end(req.prompt)
        const done = () => {
          clearTimeout(timer)
          signal.removeEventListener('abort', onAbort)
        }
        child.on('error', (e: NodeJS.ErrnoException) => {
          done()
          reject(new TargetError(`cannot start ${program}: ${e.code === 'ENOENT' ? 'not found (check command[0] and PATH)' : e.message}`, { retryable: false, cause: e }))
        })
        child.on('close', (code) => {
          done()
          if (signal.aborted) return reject(new TargetError('stopped: the gate was cancelled or ran out of time', { retryable: false }))
          if (timedOut) return reject(new TargetError(`${program} did not answer within timeout-seconds (${c['timeout-seconds']} s)`, { retryable: true }))
          if (over) return reject(new TargetError(`${program} wrote more than max-answer-kb (${c['max-answer-kb']} KiB)`, { retryable: false }))
          if (code !== 0) return reject(new TargetError(`${program} exited with code ${code}: ${excerpt(err.toString()) || 'no stderr'}`, { retryable: false }))
          resolve({ text: Buffer.concat(out).toString('utf8'), refusal: null, finishReason: null })
        })
      })
    }
  }
}
