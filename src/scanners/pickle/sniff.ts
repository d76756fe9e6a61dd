/**
 * Whether bytes read as a pickle are one: `pickle.load` on them would import something or return a
 * value. A stream that fails before importing anything cannot run code, whatever its extension: a
 * Python, YAML, Markdown or CSV file starting with an opcode letter, or random bytes, is not a
 * pickle (the VM already stops at a GLOBAL or INST line that is not a module name, and at a call on
 * something that cannot be called). An import counts when the global is called, used to build a
 * name at load time, or dangerous by itself; one merely named before the stream breaks
 * (`category\nfood\n` at the top of a CSV: GLOBAL ategory.food, then an invalid opcode) does not.
 * The models scanner uses this to tell pickles from other files, and for its polyglot check.
 */
import { classifyGlobal } from './globals.js'
import type { GlobalRef, PickleScan } from './vm.js'

/** A global whose import alone would be worth reporting: called, computed, spelled through getattr, or dangerous. */
export function isUsedImport(g: GlobalRef): boolean {
  // EXT codes name nothing unless a library registered them (copyreg's registry is empty by default): counted once called
  if (g.opcode === 'EXT') return g.called === true
  return !g.resolved || g.called === true || g.opcode === 'GETATTR' || classifyGlobal(g.module, g.name, g.resolved) === 'dangerous'
}

/** The stream imports something that matters (see isUsedImport). */
export function importsSomething(scan: PickleScan): boolean {
  return scan.globals.some(isUsedImport)
}

/**
 * A complete pickle (not followed by garbage), a stream that imports something before it stops, or
 * one whose scan hit a limit or failed (undecided: the caller must report it, never pass it).
 */
export function looksLikePickle(scan: PickleScan): boolean {
  if (scan.error !== null && scan.error.kind !== 'parse') return true
  return (scan.pickles > 0 && (scan.trailing === null || scan.legacyTorch)) || importsSomething(scan)
}
