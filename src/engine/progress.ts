/**
 * Progress of long work (thousands of model files, a big dataset, a long commit history). Silent
 * for the first `afterMs`; then one line every `everyMs` (stderr in the CLI, a log line in the
 * action), and a last line when work that was reported ends. Driven by the work's own ticks: no
 * timer is left behind, and work that finishes quickly prints nothing.
 */

export interface Progress {
  /** `done` units of `total` are finished (or `n` more with add). */
  update(done: number, note?: string): void
  add(n?: number, note?: string): void
  /** The work ended; prints a last line only if progress was shown. */
  end(note?: string): void
}

/** Makes a Progress for one piece of work: `label` names it ("models: pickle scan"), `total` its size when known. */
export type ProgressFactory = (label: string, total?: number, unit?: string) => Progress

export interface ProgressOptions {
  /** Nothing is shown before this (default 2 s). */
  afterMs?: number
  /** At most one line per this interval (default 2 s; the action uses 10 s). */
  everyMs?: number
  now?: () => number
}

const fmt = (n: number): string => n.toLocaleString('en-US')

/** Notes are often file names from the scanned repository: no control character may start a new log line. */
const oneLine = (s: string): string => s.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, '?').slice(0, 200)

function seconds(ms: number): string {
  return ms < 60_000 ? `${(ms / 1000).toFixed(1)} s` : `${Math.floor(ms / 60_000)} min ${Math.round((ms % 60_000) / 1000)} s`
}

/** A ProgressFactory writing each line with `write` (one line, no newline). */
export function progressReporter(write: (line: string) => void, opts: ProgressOptions = {}): ProgressFactory {
  const afterMs = opts.afterMs ?? 2000
  const everyMs = opts.everyMs ?? 2000
  const now = opts.now ?? Date.now
  return (label, total, unit = 'files') => {
    const started = now()
    let done = 0
    let last = -Infinity
    let shown = false
    let ended = false
    const line = (note?: string) => {
      const of = total !== undefined && total > 0 ? ` of ${fmt(total)} ${unit} (${Math.floor((100 * done) / total)}%)` : ` ${unit}`
      return `${label}: ${fmt(done)}${of}, ${seconds(now() - started)}${note ? `, ${oneLine(note)}` : ''}`
    }
    const maybe = (note?: string) => {
      if (ended) return
      const t = now()
      if (t - started < afterMs || t - last < everyMs) return
      last = t
      shown = true
      write(line(note))
    }
    return {
      update(n, note) {
        done = n
        maybe(note)
      },
      add(n = 1, note) {
        done += n
        maybe(note)
      },
      end(note) {
        if (ended) return
        ended = true
        if (shown) write(`${line(note)}: done`)
      }
    }
  }
}

/** Reports nothing (tests, and callers that were given no reporter). */
export const noProgress: ProgressFactory = () => ({ update() {}, add() {}, end() {} })
