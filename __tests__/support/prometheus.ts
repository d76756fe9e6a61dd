/**
 * A real Prometheus server for tests (Debian's prometheus + promtool, installed by
 * scripts/setup-test-env.sh): series written as OpenMetrics, backfilled into a temp TSDB with
 * `promtool tsdb create-blocks-from openmetrics`, served on 127.0.0.1 with no scrape targets.
 * Every wait is bounded; the server is stopped by its PID.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'

export interface PrometheusServer {
  url: string
  /** Unix seconds the series were written relative to. */
  t0: number
  stop(): Promise<void>
}

export function prometheusMissing(): string | null {
  for (const bin of ['prometheus', 'promtool']) {
    const r = spawnSync(bin, ['--version'], { encoding: 'utf8' })
    if (r.error) return `${bin} is not installed: run bash scripts/setup-test-env.sh (it installs Debian's prometheus package)`
  }
  return null
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer()
    srv.once('error', reject)
    srv.listen(0, '127.0.0.1', () => {
      const port = (srv.address() as net.AddressInfo).port
      srv.close(() => resolve(port))
    })
  })
}

/** A sample line builder: `series(t)` gives the value at unix time t, for t from `from` to `to` every `step` seconds. */
export function openMetricsFamily(name: string, type: 'counter' | 'gauge' | 'histogram', lines: Array<{ labels: string; value: (t: number) => number; suffix?: string }>, from: number, to: number, step: number): string {
  const out = [`# HELP ${name} test series`, `# TYPE ${name} ${type}`]
  for (const l of lines) {
    for (let t = from; t <= to; t += step) out.push(`${name}${l.suffix ?? ''}{${l.labels}} ${l.value(t)} ${t}`)
  }
  return out.join('\n')
}

/** Basic auth on the server (Prometheus's --web.config.file), the password hashed with bcrypt by htpasswd (apache2-utils). */
export interface ServerOptions {
  basicAuth?: { username: string; password: string }
}

function bcrypt(username: string, password: string): string {
  const r = spawnSync('htpasswd', ['-nbBC', '4', username, password], { encoding: 'utf8', timeout: 30_000 })
  const hash = r.status === 0 ? r.stdout.trim().slice(username.length + 1) : ''
  if (!hash.startsWith('$2')) throw new Error(`could not hash the test password with htpasswd (apache2-utils, installed by scripts/setup-test-env.sh): ${r.error ?? r.stderr}`)
  return hash
}

export async function startPrometheus(families: (t0: number) => string[], opts: ServerOptions = {}): Promise<PrometheusServer> {
  const missing = prometheusMissing()
  if (missing) throw new Error(missing)
  const dir = mkdtempSync(path.join(os.tmpdir(), 'asg-prom-'))
  const t0 = Math.floor(Date.now() / 1000)
  writeFileSync(path.join(dir, 'data.om'), families(t0).join('\n') + '\n# EOF\n')
  const data = path.join(dir, 'data')
  const backfill = spawnSync('promtool', ['tsdb', 'create-blocks-from', 'openmetrics', path.join(dir, 'data.om'), data], { encoding: 'utf8', timeout: 60_000 })
  if (backfill.status !== 0) throw new Error(`promtool backfill failed: ${backfill.stderr || backfill.error}`)
  writeFileSync(path.join(dir, 'prometheus.yml'), 'global: {}\nscrape_configs: []\n')
  const webArgs: string[] = []
  const headers: Record<string, string> = {}
  if (opts.basicAuth) {
    const { username, password } = opts.basicAuth
    writeFileSync(path.join(dir, 'web.yml'), `basic_auth_users:\n  ${username}: '${bcrypt(username, password)}'\n`)
    webArgs.push(`--web.config.file=${path.join(dir, 'web.yml')}`)
    headers.authorization = `Basic ${Buffer.from(`${username}:${password}`).toString('base64')}`
  }
  const port = await freePort()
  const url = `http://127.0.0.1:${port}`
  const log = path.join(dir, 'prometheus.log')
  const child: ChildProcess = spawn(
    'prometheus',
    [`--config.file=${path.join(dir, 'prometheus.yml')}`, `--storage.tsdb.path=${data}`, `--web.listen-address=127.0.0.1:${port}`, '--storage.tsdb.retention.time=1d', ...webArgs],
    { stdio: ['ignore', 'ignore', 'pipe'] }
  )
  let stderr = ''
  child.stderr!.on('data', (b: Buffer) => {
    stderr += b.toString()
    if (stderr.length > 200_000) stderr = stderr.slice(-100_000)
  })
  const exited = new Promise<void>((r) => child.once('exit', () => r()))
  const stop = async (): Promise<void> => {
    if (child.exitCode === null && child.pid) child.kill('SIGTERM')
    let timer: NodeJS.Timeout | undefined
    await Promise.race([exited, new Promise((r) => (timer = setTimeout(r, 10_000)))])
    clearTimeout(timer)
    if (child.exitCode === null && child.pid) child.kill('SIGKILL')
    writeFileSync(log, stderr)
    rmSync(dir, { recursive: true, force: true })
  }
  const deadline = Date.now() + 30_000
  for (;;) {
    try {
      const r = await fetch(`${url}/-/ready`, { headers, signal: AbortSignal.timeout(1000) })
      if (r.ok) break
    } catch {
      // not up yet
    }
    if (child.exitCode !== null || Date.now() > deadline) {
      await stop()
      throw new Error(`prometheus did not become ready on ${url} within 30 s: ${stderr.slice(-2000)}`)
    }
    await new Promise((r) => setTimeout(r, 200))
  }
  return { url, t0, stop }
}

export function readJson(file: string): any {
  return JSON.parse(readFileSync(file, 'utf8'))
}
