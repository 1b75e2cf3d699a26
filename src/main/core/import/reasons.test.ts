import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { tempDir } from '../../../../tests/helpers/temp'
import { IMPORT_REASONS } from '@shared/import-reasons'
import { dispatch } from '../api/dispatch'
import { openAppContext } from '../app-context'

const PNG = Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex')

describe('import failures carry a reason word beside the English message', () => {
  it.each([
    ['空.txt', Buffer.alloc(0), 'empty'],
    ['扫描.txt', PNG, 'notText'],
    ['混合.txt', Buffer.from([0xe4, 0xb8, 0xad, 0xd6, 0xd0, 0xff, 0xfe, 0x81, 0x30]), 'encoding'],
    ['表格.xlsx', Buffer.from('a,b\n1,2\n'), 'unsupportedType'],
    ['坏.pdf', Buffer.from('%PDF-1.7\n1 0 obj\n'), 'damaged'],
  ])('%s → %s', async (fileName, bytes, reason) => {
    const ctx = await openAppContext({
      libraryPath: join(tempDir(), 'library.sqlite'),
      shell: 'browser',
    })
    const result = await dispatch(ctx.handlers, 'import.preview', {
      fileName,
      base64: bytes.toString('base64'),
    })
    expect(result).toMatchObject({ ok: false, error: { code: 'IMPORT_FAILED', reason } })
    if (!result.ok) expect(result.error.message.startsWith(`${fileName}: `)).toBe(true)
    expect(IMPORT_REASONS).toContain(reason)
    ctx.close()
  })
})
