/**
 * fast-check settings shared by the property and fuzz tests: a fixed budget (runs and time) and a
 * seed that is printed, so a CI failure can be replayed with FUZZ_SEED=<seed>.
 */
import fc from 'fast-check'

const seed = process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : Date.now() % 2_147_483_647
let printed = false

/** Runs per property (FUZZ_RUNS overrides) and the seed in use, printed once per test file. */
export function fuzzParams(runs = 200): fc.Parameters<unknown> {
  if (!printed) {
    process.stdout.write(`fast-check seed ${seed} (replay with FUZZ_SEED=${seed})\n`)
    printed = true
  }
  return { seed, numRuns: process.env.FUZZ_RUNS ? Number(process.env.FUZZ_RUNS) : runs, interruptAfterTimeLimit: 20_000, markInterruptAsFailure: false }
}

/** Characters that file names and log lines really hold, weighted towards the dangerous ones. */
export const hostileChar = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom('\r', '\n', '\u2028', '\u2029', '\u0085', '\u009b', '\u001b', '\u0000', '\u007f', ':', '%', '#', '[', ']', '@', ' ', '\t', '\\', '"', "'", '`', '|', '<', '>', '&', '*', '?', '{', '}', '!', '.', '~') },
  { weight: 3, arbitrary: fc.string({ unit: 'grapheme-ascii', minLength: 1, maxLength: 1 }) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }) }
)

export const hostileString = (maxLength = 40) => fc.array(hostileChar, { maxLength }).map((a) => a.join(''))
