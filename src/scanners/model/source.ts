/**
 * Random access to what is scanned: a file on disk (opened without following symlinks) or bytes
 * already in memory (an archive member, a decompressed stream). Parsers read only what they need.
 */
import { constants } from 'node:fs'
import type { FileHandle } from 'node:fs/promises'

export interface Source {
  readonly size: number
  /** Exactly `length` bytes from `offset` (fewer only at the end of the source). */
  read(offset: number, length: number): Promise<Buffer>
}

export class BufferSource implements Source {
  constructor(readonly buf: Buffer) {}
  get size(): number {
    return this.buf.length
  }
  async read(offset: number, length: number): Promise<Buffer> {
    return this.buf.subarray(Math.max(0, offset), Math.min(this.buf.length, offset + length))
  }
}

export class FileSource implements Source {
  private constructor(
    private readonly fh: FileHandle,
    readonly size: number
  ) {}

  /** Opens a regular file; a symlink is refused (O_NOFOLLOW), so is anything that is not a regular file. */
  static async open(absPath: string): Promise<FileSource> {
    // node:fs/promises loads with the first file read this way (scan-models reads small files whole, synchronously)
    const { open } = await import('node:fs/promises')
    const fh = await open(absPath, constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0))
    try {
      const st = await fh.stat()
      if (!st.isFile()) throw new Error(`${absPath} is not a regular file`)
      return new FileSource(fh, st.size)
    } catch (e) {
      await fh.close()
      throw e
    }
  }

  async read(offset: number, length: number): Promise<Buffer> {
    const len = Math.max(0, Math.min(length, this.size - offset))
    const buf = Buffer.allocUnsafe(len)
    let done = 0
    while (done < len) {
      const { bytesRead } = await this.fh.read(buf, done, len - done, offset + done)
      if (bytesRead === 0) break
      done += bytesRead
    }
    return done === len ? buf : buf.subarray(0, done)
  }

  async close(): Promise<void> {
    await this.fh.close()
  }
}

/** A window of another source (a stored archive member), read lazily. */
export class SliceSource implements Source {
  constructor(
    private readonly parent: Source,
    private readonly offset: number,
    readonly size: number
  ) {}
  async read(offset: number, length: number): Promise<Buffer> {
    const start = Math.max(0, offset)
    const len = Math.max(0, Math.min(length, this.size - start))
    return this.parent.read(this.offset + start, len)
  }
}
