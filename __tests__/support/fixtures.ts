/** Real tool output lives in ../shared/fixtures (see each PROVENANCE.md); tests skip when it is absent. */
import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { describe } from '@jest/globals'

export const FIXTURES = path.resolve(process.cwd(), '../shared/fixtures')
export const haveFixtures = existsSync(FIXTURES)

export function fixture(rel: string): string {
  return readFileSync(path.join(FIXTURES, rel), 'utf8')
}

/** describe() when ../shared/fixtures exists, else a skipped block that says why. */
export const describeWithFixtures: typeof describe = (haveFixtures
  ? describe
  : (name: string, fn: () => void) => describe.skip(`${name} (skipped: ../shared/fixtures not found beside the repo)`, fn)) as typeof describe
