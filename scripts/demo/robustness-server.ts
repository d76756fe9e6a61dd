/**
 * Demo preparation: starts the demo's loan-approval model server (examples/demo-project/model/serve.py) on
 * 127.0.0.1:8765 for the robustness gate, and stops it when the demo exits.
 */
import { spawn } from 'node:child_process'
import path from 'node:path'

export async function prepare(demo: string): Promise<void> {
  const child = spawn('python3', [path.join(demo, 'model', 'serve.py'), '--port', '8765'], { stdio: ['ignore', 'pipe', 'inherit'] })
  process.on('exit', () => child.kill('SIGKILL'))
  await new Promise<void>((resolve) => {
    const done = () => resolve()
    child.stdout.on('data', (b: Buffer) => {
      if (b.toString().includes('PORT')) done()
    })
    child.on('error', (e) => {
      console.error(`robustness demo: cannot start python3 model/serve.py (${e.message}); the robustness gate will report the endpoint as down`)
      done()
    })
    child.on('exit', done)
    setTimeout(done, 10_000).unref()
  })
  // The server must not keep the demo alive: it is killed when the demo exits.
  child.unref()
  child.stdout.destroy()
}
