/** Bounds on everything the model scanner reads: scanned files are hostile. */
export interface ScanLimits {
  /** A pickle stream (a whole file, archive member or decompressed stream) larger than this is not scanned: an error. */
  maxPickleBytes: number
  /** Bytes one archive member or compressed stream may inflate to. */
  maxInflatedBytes: number
  /** Bytes all inflated members of one file may add up to. */
  maxTotalInflatedBytes: number
  /** Inflated / compressed size above which a member counts as a bomb (checked past 1 MiB of output). */
  maxRatio: number
  /** Entries in one archive. */
  maxEntries: number
  /** Archives inside archives (and compressed streams inside them). */
  maxDepth: number
  /** Time for one file, in milliseconds. */
  timeMs: number
  /** Memo entries of one pickle stream. */
  maxMemo: number
  /** Opcodes of one pickle stream. */
  maxOpcodes: number
}

export const DEFAULT_LIMITS: ScanLimits = {
  maxPickleBytes: 1024 * 1024 * 1024,
  maxInflatedBytes: 1024 * 1024 * 1024,
  maxTotalInflatedBytes: 4 * 1024 * 1024 * 1024,
  maxRatio: 2000,
  maxEntries: 100_000,
  maxDepth: 4,
  timeMs: 5 * 60_000,
  maxMemo: 5_000_000,
  maxOpcodes: 300_000_000
}

/** Raised when a limit stops the scan: the file could not be decided (a gate error, never a pass). */
export class LimitError extends Error {}
