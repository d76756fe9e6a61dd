/**
 * Tools run in their own process group: a tool that starts children and hangs is stopped with all
 * of them within 10 s of its time limit, on time-out and on abort; a grandchild that leaves the
 * group and keeps the pipes open does not keep the run going either.
 */
import { afterAll, describe, expect, it } from '@jest/globals'
import { mkdtempSync, readFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { processRunner } from '../../src/tools/runner.js'

const dir = mkdtempSync(path.join(os.tmpdir(), 'asg-runner-'))
const strays: number[] = []

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch {
    return false
  }
}

async function gone(pid: number, withinMs: number): Promise<boolean> {
  const end = Date.now() + withinMs
  while (Date.now() < end) {
    if (!alive(pid) || readFileSync(`/proc/${pid}/stat`, 'utf8').split(' ')[2] === 'Z') return true
    await new Promise((r) => setTimeout(r, 100))
  }
  return false
}

afterAll(() => {
  for (const pid of strays) {
    try {
      process.kill(pid, 'SIGKILL')
    } catch {
      /* gone */
    }
  }
})

const d = process.platform === 'win32' ? describe.skip : describe

d('process groups', () => {
  it('a tool that forks a child (which ignores SIGTERM) and hangs is stopped with its child within 10 s of the limit', async () => {
    const pidFile = path.join(dir, 'child.pid')
    const started = Date.now()
    const run = processRunner.run('sh', ['-c', `sh -c 'trap "" TERM; sleep 300' & echo $! > ${pidFile}; sleep 300`], { cwd: dir, timeoutMs: 1000 })
    await expect(run).rejects.toMatchObject({ code: 'TOOL_TIMEOUT' })
    expect(Date.now() - started).toBeLessThan(1000 + 10_000)
    const child = Number(readFileSync(pidFile, 'utf8'))
    strays.push(child)
    expect(await gone(child, 1000)).toBe(true)
  }, 20_000)

  it('on abort (the gate time limit) the group is stopped too', async () => {
    const pidFile = path.join(dir, 'child2.pid')
    const controller = new AbortController()
    const run = processRunner.run('sh', ['-c', `sleep 300 & echo $! > ${pidFile}; wait`], { cwd: dir, timeoutMs: 60_000, signal: controller.signal })
    await new Promise((r) => setTimeout(r, 500))
    const started = Date.now()
    controller.abort()
    await expect(run).rejects.toMatchObject({ code: 'TOOL_TIMEOUT' })
    expect(Date.now() - started).toBeLessThan(10_000)
    const child = Number(readFileSync(pidFile, 'utf8'))
    strays.push(child)
    expect(await gone(child, 1000)).toBe(true)
  }, 20_000)

  it('a grandchild that left the group and holds the pipes does not keep the run alive', async () => {
    const pidFile = path.join(dir, 'child3.pid')
    const started = Date.now()
    const run = processRunner.run('sh', ['-c', `setsid sleep 300 & echo $! > ${pidFile}; sleep 300`], { cwd: dir, timeoutMs: 1000 })
    await expect(run).rejects.toMatchObject({ code: 'TOOL_TIMEOUT' })
    expect(Date.now() - started).toBeLessThan(1000 + 10_000)
    strays.push(Number(readFileSync(pidFile, 'utf8')))
  }, 20_000)
})
