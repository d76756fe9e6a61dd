import { describe, expect, it } from '@jest/globals'
import { parseLfsPointer } from '../../src/scanners/lfs.js'

const OID = '4d7a214614ab2935c943f9e0ff69d22eadbb8f32b1258daaa5e2ca24d17e2393'
const pointer = (lines: string[]) => Buffer.from(lines.join('\n') + '\n')

describe('parseLfsPointer', () => {
  it('reads the spec example', () => {
    const b = pointer(['version https://git-lfs.github.com/spec/v1', `oid sha256:${OID}`, 'size 12345'])
    expect(parseLfsPointer(b)).toEqual({ oid: OID, size: 12345 })
  })

  it('accepts extension keys, the old hawser version line, CRLF and no final newline', () => {
    expect(parseLfsPointer(pointer(['version https://git-lfs.github.com/spec/v1', 'ext-0-foo sha256:abc', `oid sha256:${OID}`, 'size 0']))).toEqual({ oid: OID, size: 0 })
    expect(parseLfsPointer(pointer(['version https://hawser.github.com/spec/v1', `oid sha256:${OID}`, 'size 7']))).toEqual({ oid: OID, size: 7 })
    expect(parseLfsPointer(Buffer.from(`version https://git-lfs.github.com/spec/v1\r\noid sha256:${OID}\r\nsize 9\r\n`))).toEqual({ oid: OID, size: 9 })
    expect(parseLfsPointer(Buffer.from(`version https://git-lfs.github.com/spec/v1\noid sha256:${OID}\nsize 9`))).toEqual({ oid: OID, size: 9 })
  })

  it('rejects anything else', () => {
    const v = 'version https://git-lfs.github.com/spec/v1'
    const cases: Buffer[] = [
      Buffer.alloc(0),
      pointer(['version https://example.com/spec/v1', `oid sha256:${OID}`, 'size 1']),
      pointer([v, `oid sha256:${OID}`]), // no size
      pointer([v, 'size 1']), // no oid
      pointer([v, `oid sha256:${OID.toUpperCase()}`, 'size 1']), // hex must be lowercase
      pointer([v, `oid sha256:${OID.slice(1)}`, 'size 1']), // 63 digits
      pointer([v, `oid md5:${OID.slice(0, 32)}`, 'size 1']),
      pointer([v, `oid sha256:${OID}`, 'size -1']),
      pointer([v, `oid sha256:${OID}`, 'size 01']),
      pointer([v, `oid sha256:${OID}`, 'size 99999999999999999999']),
      pointer([v, `oid sha256:${OID}`, 'size 1', 'size 2']), // duplicate key
      pointer([v, `oid sha256:${OID}`, 'size 1', 'garbage']),
      pointer([`${v}`, `oid sha256:${OID}`, 'size 1', 'x'.repeat(1024)]), // >= 1024 bytes
      Buffer.concat([Buffer.from(`${v}\noid sha256:${OID}\nsize 1\n`), Buffer.from([0xff, 0x00])])
    ]
    for (const c of cases) expect(parseLfsPointer(c)).toBeNull()
  })
})
