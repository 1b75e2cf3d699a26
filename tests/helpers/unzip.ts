/** Reads one entry of a ZIP package (stored or deflated), for checking .docx exports in tests. */
import { inflateRawSync } from 'node:zlib'

/** The bytes of `name` in the ZIP `zip`; throws when the entry is missing. */
export function unzipEntry(zip: Uint8Array, name: string): Buffer {
  const buf = Buffer.from(zip)
  let eocd = buf.length - 22
  while (eocd >= 0 && buf.readUInt32LE(eocd) !== 0x06054b50) eocd--
  if (eocd < 0) throw new Error('not a ZIP file')
  const count = buf.readUInt16LE(eocd + 10)
  let at = buf.readUInt32LE(eocd + 16)
  for (let i = 0; i < count; i++) {
    const method = buf.readUInt16LE(at + 10)
    const size = buf.readUInt32LE(at + 20)
    const nameLen = buf.readUInt16LE(at + 28)
    const extraLen = buf.readUInt16LE(at + 30)
    const commentLen = buf.readUInt16LE(at + 32)
    const local = buf.readUInt32LE(at + 42)
    const entry = buf.toString('utf8', at + 46, at + 46 + nameLen)
    if (entry === name) {
      const dataAt = local + 30 + buf.readUInt16LE(local + 26) + buf.readUInt16LE(local + 28)
      const data = buf.subarray(dataAt, dataAt + size)
      return method === 0 ? Buffer.from(data) : inflateRawSync(data)
    }
    at += 46 + nameLen + extraLen + commentLen
  }
  throw new Error(`no ${name} in the ZIP file`)
}
