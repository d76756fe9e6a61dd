/**
 * Which top-level module names are the repository's own code, seen from a given file: a module
 * `m` is local when `m.py` or a package folder `m/` holding Python files sits in the file's
 * folder, one of its parent folders up to the workspace root, or `src/` (the usual layouts a
 * script or a package imports from). Used to tell the repository's `GPT.from_pretrained` from a
 * Hub library's.
 */
import path from 'node:path'

export type LocalModules = (fromFile: string) => (module: string) => boolean

/** Builds the lookup from the workspace-relative paths of the Python files walked. */
export function localModules(pythonFiles: string[]): LocalModules {
  const available = new Set<string>()
  for (const f of pythonFiles) {
    const parts = f.split('/')
    const name = parts[parts.length - 1].replace(/\.pyw?$/, '')
    // the file itself, importable from its folder
    available.add(`${parts.slice(0, -1).join('/')}\u0000${name}`)
    // every folder above it, importable as a package from its parent
    for (let i = 0; i < parts.length - 1; i++) available.add(`${parts.slice(0, i).join('/')}\u0000${parts[i]}`)
  }
  return (fromFile) => {
    const dirs: string[] = []
    let d = path.posix.dirname(fromFile)
    for (;;) {
      dirs.push(d === '.' ? '' : d)
      if (d === '.' || d === '/' || d === '') break
      d = path.posix.dirname(d)
    }
    dirs.push('src')
    return (module) => dirs.some((dir) => available.has(`${dir}\u0000${module}`))
  }
}
