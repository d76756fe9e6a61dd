/**
 * Milliseconds on the monotonic clock, for the scanners' time limits: what performance.now()
 * measures, without the global `performance`, whose first use loads perf_hooks and a dozen internal
 * modules (a few ms of every `scan-models` start). Only differences between two readings mean anything.
 */
export function nowMs(): number {
  return Number(process.hrtime.bigint()) / 1e6
}
