/**
 * Parquet reader over hyparquet (pure JavaScript), one row group at a time so that memory is bounded
 * by the largest row group, never the whole file. Parquet has no lines: records carry line = null
 * and are located by row.
 */
import { open, stat } from 'node:fs/promises'
import { parquetMetadataAsync, parquetReadObjects, type AsyncBuffer, type FileMetaData } from 'hyparquet'
import { TabularError, type Cell, type ReadOptions, type TabularRecord } from './types.js'

async function fileBuffer(file: string): Promise<{ buf: AsyncBuffer; close: () => Promise<void> }> {
  const fh = await open(file, 'r')
  const size = (await fh.stat()).size
  const buf: AsyncBuffer = {
    byteLength: size,
    async slice(start: number, end?: number): Promise<ArrayBuffer> {
      const e = Math.min(end ?? size, size)
      const len = Math.max(0, e - start)
      const out = Buffer.alloc(len)
      let off = 0
      while (off < len) {
        const { bytesRead } = await fh.read(out, off, len - off, start + off)
        if (bytesRead === 0) break
        off += bytesRead
      }
      return out.buffer.slice(out.byteOffset, out.byteOffset + off) as ArrayBuffer
    }
  }
  return { buf, close: () => fh.close() }
}

export async function* readParquet(file: string, opts: ReadOptions = {}): AsyncGenerator<TabularRecord[]> {
  const size = (await stat(file)).size
  if (opts.maxBytes !== undefined && size > opts.maxBytes) {
    throw new TabularError(`the file is larger than the limit of ${opts.maxBytes} bytes (max-bytes); it was not read`, null)
  }
  const { buf, close } = await fileBuffer(file)
  try {
    let metadata: FileMetaData
    try {
      metadata = await parquetMetadataAsync(buf)
    } catch (e) {
      throw new TabularError(`not a readable Parquet file: ${(e as Error).message}`, null)
    }
    const keys = metadata.schema.slice(1).filter((s) => s.num_children === undefined || s.num_children === 0).map((s) => s.name)
    let rowStart = 0
    let row = 0
    for (const rg of metadata.row_groups) {
      opts.signal?.throwIfAborted()
      const rowEnd = rowStart + Number(rg.num_rows)
      let objs: Record<string, unknown>[]
      try {
        objs = (await parquetReadObjects({ file: buf, metadata, rowStart, rowEnd })) as Record<string, unknown>[]
      } catch (e) {
        throw new TabularError(`Parquet rows ${rowStart + 1}-${rowEnd} could not be decoded: ${(e as Error).message}`, null)
      }
      const out: TabularRecord[] = objs.map((o) => {
        row++
        return { row, line: null, keys, values: keys.map((k) => normalise(o[k])) }
      })
      if (out.length) yield out
      rowStart = rowEnd
    }
  } finally {
    await close()
  }
}

function normalise(v: unknown): Cell {
  if (v === undefined) return null
  if (typeof v === 'bigint') return Number.isSafeInteger(Number(v)) ? Number(v) : v
  return v as Cell
}
