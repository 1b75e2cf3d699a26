/**
 * Just enough of the POSIX ustar format to write and read the library export:
 * regular files only, streamed from and to disk in chunks so a library of
 * any size never sits in memory. Any `tar` tool can list and extract it.
 */
import { closeSync, fstatSync, openSync, readSync, writeSync } from 'node:fs'

const BLOCK = 512
const CHUNK = 1 << 20

export interface TarEntry {
  name: string
  /** Where the entry's bytes start in the archive, and how many there are. */
  offset: number
  size: number
}

function header(name: string, size: number, mtime: number): Buffer {
  const h = Buffer.alloc(BLOCK)
  if (Buffer.byteLength(name) > 100) throw new Error(`${name}: name too long for tar`)
  h.write(name, 0, 'utf8')
  h.write('0000644\0', 100)
  h.write('0000000\0', 108)
  h.write('0000000\0', 116)
  h.write(size.toString(8).padStart(11, '0') + '\0', 124)
  h.write(
    Math.floor(mtime / 1000)
      .toString(8)
      .padStart(11, '0') + '\0',
    136,
  )
  h.write('        ', 148) // checksum field counts as spaces while summing
  h.write('0', 156)
  h.write('ustar\0', 257)
  h.write('00', 263)
  let sum = 0
  for (const byte of h) sum += byte
  h.write(sum.toString(8).padStart(6, '0') + '\0 ', 148)
  return h
}

/** Writes `entries` (name → Buffer or path of a file to copy) as a tar file at `fd`. */
export function writeTar(
  fd: number,
  entries: [string, Buffer | string][],
  mtime = Date.now(),
): void {
  for (const [name, content] of entries) {
    if (typeof content !== 'string') {
      writeSync(fd, header(name, content.length, mtime))
      writeSync(fd, content)
      pad(fd, content.length)
      continue
    }
    const src = openSync(content, 'r')
    try {
      const size = fstatSync(src).size
      writeSync(fd, header(name, size, mtime))
      const buf = Buffer.alloc(CHUNK)
      for (let pos = 0; pos < size;) {
        const n = readSync(src, buf, 0, Math.min(CHUNK, size - pos), pos)
        if (n === 0) throw new Error(`${content}: changed while being archived`)
        writeSync(fd, buf, 0, n)
        pos += n
      }
      pad(fd, size)
    } finally {
      closeSync(src)
    }
  }
  writeSync(fd, Buffer.alloc(BLOCK * 2))
}

function pad(fd: number, size: number): void {
  const rest = (BLOCK - (size % BLOCK)) % BLOCK
  if (rest) writeSync(fd, Buffer.alloc(rest))
}

/** Lists the regular files of the tar file open at `fd`; throws on anything that is not tar. */
export function readTarEntries(fd: number): TarEntry[] {
  const total = fstatSync(fd).size
  const entries: TarEntry[] = []
  const h = Buffer.alloc(BLOCK)
  for (let pos = 0; pos + BLOCK <= total;) {
    if (readSync(fd, h, 0, BLOCK, pos) !== BLOCK) break
    if (h.every((b) => b === 0)) break
    if (h.toString('latin1', 257, 262) !== 'ustar') throw new Error('not a tar archive')
    let sum = 0
    for (let i = 0; i < BLOCK; i++) sum += i >= 148 && i < 156 ? 32 : h[i]!
    if (sum !== parseInt(h.toString('latin1', 148, 155), 8)) throw new Error('damaged tar header')
    const name = h.toString('utf8', 0, 100).replace(/\0.*$/s, '')
    const size = parseInt(h.toString('latin1', 124, 135), 8)
    if (!Number.isSafeInteger(size) || size < 0 || pos + BLOCK + size > total) {
      throw new Error(`truncated archive (entry ${name})`)
    }
    entries.push({ name, offset: pos + BLOCK, size })
    pos += BLOCK + Math.ceil(size / BLOCK) * BLOCK
  }
  return entries
}

/** Copies `entry`'s bytes from the archive at `fd` into a new file at `fdOut`. */
export function copyTarEntry(fd: number, entry: TarEntry, fdOut: number): void {
  const buf = Buffer.alloc(CHUNK)
  for (let done = 0; done < entry.size;) {
    const n = readSync(fd, buf, 0, Math.min(CHUNK, entry.size - done), entry.offset + done)
    if (n === 0) throw new Error(`truncated archive (entry ${entry.name})`)
    writeSync(fdOut, buf, 0, n)
    done += n
  }
}

/** Reads a small entry (the manifest) into memory. */
export function readTarEntry(fd: number, entry: TarEntry, limit = 1 << 20): Buffer {
  if (entry.size > limit) throw new Error(`${entry.name} is too large`)
  const buf = Buffer.alloc(entry.size)
  readSync(fd, buf, 0, entry.size, entry.offset)
  return buf
}
