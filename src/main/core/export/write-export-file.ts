/**
 * Writes an export to disk whole or not at all: the bytes go to a temp file
 * beside the target, which then takes the target's name — by hard link (or
 * exclusive copy where links are unsupported) so an existing file is never
 * replaced, or by rename when replacing was asked for.
 */
import {
  constants,
  copyFileSync,
  existsSync,
  linkSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs'
import { basename, dirname, join } from 'node:path'
import { AppException } from '@shared/result'

/** Writes `bytes` to `path`; DUPLICATE when it exists and `overwrite` is false. */
export function writeExportFile(path: string, bytes: Uint8Array, overwrite: boolean): void {
  const dir = dirname(path)
  if (!existsSync(dir))
    throw new AppException('NOT_FOUND', `${path}: the folder ${dir} does not exist`, path)
  if (!overwrite && existsSync(path))
    throw new AppException(
      'DUPLICATE',
      `${path}: the file exists (use --force to replace it)`,
      path,
    )
  const temp = join(dir, `.${basename(path)}.${process.pid}.${Date.now()}.part`)
  writeFileSync(temp, bytes, { flag: 'wx' })
  try {
    if (overwrite) renameSync(temp, path)
    else linkOrCopy(temp, path)
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'EEXIST')
      throw new AppException(
        'DUPLICATE',
        `${path}: the file exists (use --force to replace it)`,
        path,
      )
    throw e
  } finally {
    rmSync(temp, { force: true })
  }
}

function linkOrCopy(from: string, to: string): void {
  try {
    linkSync(from, to)
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code
    if (code === 'EEXIST') throw e
    copyFileSync(from, to, constants.COPYFILE_EXCL)
  }
}
