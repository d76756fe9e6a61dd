/** scan-models prints no token a pickle quotes, and nothing that forms a workflow command. */
import { describe, expect, it, jest } from '@jest/globals'
import { mkdtempSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { main } from '../../src/cli/scan-models.js'
import { runnerCommands } from '../support/runner-stdout.js'

const TOKEN = `ghp_${'FAKEdemo0notReal9'.repeat(3).slice(0, 36)}`

async function capture(argv: string[]): Promise<string> {
  let out = ''
  const spy = jest.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    out += String(chunk)
    return true
  })
  try {
    await main(argv)
  } finally {
    spy.mockRestore()
  }
  return out
}

describe('scan-models output', () => {
  it.each(['text', 'json'])('masks tokens and escapes hostile names (%s)', async (format) => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'asg-scan-'))
    const file = path.join(dir, 'w\r::stop-commands::x\r.pkl')
    writeFileSync(file, Buffer.from(`cposix\nsystem\n(S'curl -H "token ${TOKEN}" x'\ntR.`, 'latin1'))
    const out = await capture([file, '--format', format])
    expect(out).not.toContain(TOKEN)
    expect(out).toContain('ghp_****')
    expect(runnerCommands(out)).toEqual([])
  })
})
