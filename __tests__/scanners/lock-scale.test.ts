/** Lock files at scale: a 50,000-entry lock is read in one pass, and an error still names its line. */
import { describe, expect, it } from '@jest/globals'
import { createHash } from 'node:crypto'
import { parseLockText } from '../../src/scanners/lock.js'

const hex = (i: number) => createHash('sha256').update(String(i)).digest('hex')

describe('lock reader at scale', () => {
  const files: Record<string, { sha256: string; size: number }> = {}
  for (let i = 0; i < 50_000; i++) files[`models/run${Math.floor(i / 1000)}/ckpt${i}.pkl`] = { sha256: hex(i), size: i }
  const json = JSON.stringify({ version: 1, algorithm: 'sha256', files }, null, 2)

  // Speed is measured by `npm run bench -- models-lock` (a lock of 30k entries), never by a timed test.
  it('reads 50,000 JSON entries and 50,000 manifest lines', () => {
    expect(Object.keys(parseLockText(json, 'models.lock.json').files)).toHaveLength(50_000)
    const manifest = Object.entries(files).map(([p, e]) => `${e.sha256}  ${p}`).join('\n') + '\n'
    expect(Object.keys(parseLockText(manifest, 'SHA256SUMS').files)).toHaveLength(50_000)
  })

  it('still names the line of a bad entry', () => {
    const bad = json.replace('"models/run49/ckpt49999.pkl"', '"../outside.pkl"')
    const line = bad.split('\n').findIndex((l) => l.includes('../outside.pkl')) + 1
    expect(() => parseLockText(bad, 'models.lock.json')).toThrow(new RegExp(`^models\\.lock\\.json:${line}: "\\.\\./outside\\.pkl" is outside the workspace`))
  })
})
