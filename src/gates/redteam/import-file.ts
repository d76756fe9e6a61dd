/**
 * Reads one results file a peer tool wrote (garak's report.jsonl, promptfoo's output.json) for import:
 * inside the workspace (symlinks resolved), a regular file, at most 200 MB.
 */
import { readFile, stat } from 'node:fs/promises'
import { realInside, resolveInside } from '../../engine/paths.js'

const MAX_BYTES = 200 * 1024 * 1024

/** `key` is the config key that named the file; `missing` says why such a file is usually absent. */
export async function readImportFile(workspace: string, rel: string, key: string, missing: string): Promise<string> {
  const st = await stat(resolveInside(workspace, rel, key)).catch(() => null)
  if (!st?.isFile()) throw new Error(`no such file: ${missing}`)
  const abs = await realInside(workspace, rel, key)
  if (st.size > MAX_BYTES) throw new Error(`larger than ${MAX_BYTES / 1048576} MB`)
  return readFile(abs, 'utf8')
}
