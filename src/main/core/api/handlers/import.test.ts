import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { fixture, tempLibrary } from '../../../../../tests/helpers/temp'
import { dispatch } from '../dispatch'
import { createHandlers } from '../handlers'

const handlers = () => createHandlers({ library: tempLibrary(), shell: 'browser', version: 'test' })

describe('import calls', () => {
  it('import.text imports pasted text under the given title, and recognises it again', async () => {
    const h = handlers()
    const input = {
      text: '会议听取了一季度经济运行情况汇报。\n会议强调，要稳住工业基本盘。',
      title: '常务会议纪要',
    }
    const res = await dispatch(h, 'import.text', input)
    expect(res).toMatchObject({
      ok: true,
      value: {
        imported: [{ title: '常务会议纪要' }],
        files: [{ format: 'paste', encoding: 'utf-8' }],
      },
    })
    const again = await dispatch(h, 'import.text', input)
    expect(again).toMatchObject({
      ok: true,
      value: { imported: [], duplicates: [{ titles: ['常务会议纪要'] }] },
    })
    const forced = await dispatch(h, 'import.text', { ...input, force: true })
    expect(forced).toMatchObject({ ok: true, value: { imported: [{ title: '常务会议纪要' }] } })
  })

  it('import.file reads a GBK web page and answers a refused file with its error', async () => {
    const h = handlers()
    const base64 = readFileSync(fixture('html/gov-notice-gbk.html')).toString('base64')
    const res = await dispatch(h, 'import.file', { fileName: '通知.html', base64 })
    expect(res).toMatchObject({
      ok: true,
      value: { files: [{ fileName: '通知.html', format: 'html', encoding: 'gb18030' }] },
    })
    const bad = await dispatch(h, 'import.file', {
      fileName: '坏.pdf',
      base64: Buffer.from('%PDF-1.4\n').toString('base64'),
    })
    expect(bad).toEqual({
      ok: false,
      error: {
        code: 'IMPORT_FAILED',
        message: '坏.pdf: the PDF is truncated or damaged (it has no end-of-file marker)',
        file: '坏.pdf',
      },
    })
  })

  it('refuses an empty paste by its schema', async () => {
    expect(await dispatch(handlers(), 'import.text', { text: '' })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT' },
    })
  })
})
