/** Throw-away workspaces written from a map of relative path -> content, removed by `cleanup()`. */
import { mkdirSync, mkdtempSync, realpathSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

export function tempWorkspaces(prefix: string): { ws: (files: Record<string, Buffer | string>) => string; cleanup: () => void } {
  const dirs: string[] = []
  return {
    ws(files) {
      const dir = realpathSync(mkdtempSync(path.join(os.tmpdir(), prefix)))
      dirs.push(dir)
      for (const [rel, data] of Object.entries(files)) {
        mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true })
        writeFileSync(path.join(dir, rel), data)
      }
      return dir
    },
    cleanup() {
      for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true })
    }
  }
}
