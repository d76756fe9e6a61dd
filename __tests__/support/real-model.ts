/**
 * The real small language model (SmolLM2-135M-Instruct, GGUF, run by node-llama-cpp on the CPU) served by
 * scripts/llm-server.mjs on 127.0.0.1. scripts/setup-test-model.sh (run by `npm test`) installs both into a cache
 * folder; where they are absent the real-model tests skip and say why.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import { existsSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

export const LLM_CACHE = process.env.AISG_LLM_CACHE ?? path.join(process.env.XDG_CACHE_HOME ?? path.join(os.homedir(), '.cache'), 'ai-secure-gates', 'llm')

export function realModelMissing(): string | null {
  const gguf = path.join(LLM_CACHE, 'SmolLM2-135M-Instruct.Q4_1.gguf')
  const rt = path.join(LLM_CACHE, 'runtime', 'node_modules', 'node-llama-cpp', 'package.json')
  if (!existsSync(gguf) || !existsSync(rt)) return `the test model is not installed in ${LLM_CACHE}: run bash scripts/setup-test-model.sh`
  return null
}

export interface ModelServer {
  url: string
  child: ChildProcess
  stop(): Promise<void>
}

/** Starts the server on a free port; resolves with its URL as soon as it listens (the model may still be loading). */
export function startModelServer(): Promise<ModelServer> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.resolve('scripts/llm-server.mjs'), '--port', '0', '--threads', '1'], { stdio: ['ignore', 'pipe', 'pipe'] })
    let err = ''
    child.stderr!.on('data', (b: Buffer) => (err = (err + b.toString()).slice(-4000)))
    child.on('exit', (code) => reject(new Error(`llm-server exited with ${code}: ${err}`)))
    child.stdout!.on('data', (b: Buffer) => {
      const m = /listening (http:\/\/127\.0\.0\.1:\d+)/.exec(b.toString())
      if (m)
        resolve({
          url: m[1],
          child,
          stop: () =>
            new Promise<void>((done) => {
              child.removeAllListeners('exit')
              child.once('exit', () => done())
              child.kill('SIGTERM')
              setTimeout(() => child.kill('SIGKILL'), 5000).unref()
            })
        })
    })
  })
}
