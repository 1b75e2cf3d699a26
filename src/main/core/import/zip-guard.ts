/**
 * Zip-bomb protection for ZIP-based formats (.docx): before any library
 * inflates the package, the sizes its central directory declares are added
 * up and checked against caps. Only the directory is read, never the data,
 * so memory stays bounded whatever the file claims.
 */
import { importError } from './errors'

/** Largest total uncompressed size accepted, in bytes. */
export const MAX_UNZIPPED_BYTES = 200 * 1024 * 1024
/** Above this uncompressed size a package must not expand more than MAX_RATIO times. */
const RATIO_FLOOR_BYTES = 20 * 1024 * 1024
export const MAX_RATIO = 100
const MAX_ENTRIES = 10_000

const EOCD = 0x06054b50
const CENTRAL = 0x02014b50

/**
 * Checks a ZIP package's declared sizes; throws an import error naming the
 * file when it is not a ZIP, is damaged, or would expand past the caps.
 */
export function checkZipPackage(bytes: Uint8Array, label: string, what: string): void {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  const eocd = findEocd(view)
  if (eocd < 0) {
    throw importError(
      label,
      `this is not a ${what} (no ZIP directory; the file is damaged or of another kind)`,
      'damaged',
    )
  }
  const entries = view.getUint16(eocd + 10, true)
  const dirOffset = view.getUint32(eocd + 16, true)
  if (entries === 0xffff || dirOffset === 0xffffffff || entries > MAX_ENTRIES) {
    throw importError(
      label,
      `the ${what} package is too large to open safely (${entries} entries)`,
      'zipBomb',
    )
  }
  let total = 0
  let at = dirOffset
  for (let i = 0; i < entries; i++) {
    if (at + 46 > view.byteLength || view.getUint32(at, true) !== CENTRAL) {
      throw importError(label, `the ${what} is damaged (its ZIP directory is cut short)`, 'damaged')
    }
    const size = view.getUint32(at + 24, true)
    if (size === 0xffffffff)
      total = Infinity // ZIP64: over 4 GB declared
    else total += size
    at +=
      46 +
      view.getUint16(at + 28, true) +
      view.getUint16(at + 30, true) +
      view.getUint16(at + 32, true)
  }
  if (total > MAX_UNZIPPED_BYTES) {
    throw importError(
      label,
      `the ${what} would expand to ${describe(total)} (a zip bomb?); the limit is ${describe(MAX_UNZIPPED_BYTES)}`,
      'zipBomb',
    )
  }
  if (total > RATIO_FLOOR_BYTES && total / bytes.length > MAX_RATIO) {
    throw importError(
      label,
      `the ${what} would expand ${Math.round(total / bytes.length)} times its size (a zip bomb?); the limit is ${MAX_RATIO} times`,
      'zipBomb',
    )
  }
}

function findEocd(view: DataView): number {
  const stop = Math.max(0, view.byteLength - 22 - 0xffff)
  for (let i = view.byteLength - 22; i >= stop; i--) {
    if (view.getUint32(i, true) === EOCD) return i
  }
  return -1
}

function describe(n: number): string {
  return Number.isFinite(n) ? `${Math.round(n / 1024 / 1024)} MB` : 'over 4 GB'
}
