import { describe, expect, it } from 'vitest'
import { buildDocx } from '../../../../../tests/helpers/docx'
import { appErrorOfAsync } from '../../../../../tests/helpers/errors'
import { buildZip } from '../../../../../tests/helpers/zip'
import { extractDocx } from './docx'

describe('extractDocx', () => {
  it('turns headings and paragraphs into structured lines, tables into rows', async () => {
    const bytes = await buildDocx({
      title: '关于加快建设现代化产业体系的实施意见',
      sections: [
        {
          heading: '一、总体要求',
          paragraphs: [
            '坚持以实体经济为根基，推动产业高端化、智能化、绿色化。',
            '到2027年，制造业增加值占比保持基本稳定。',
          ],
        },
        { heading: '二、重点任务', paragraphs: ['（一）培育壮大战略性新兴产业。'] },
      ],
      table: [
        ['指标', '2025年', '2027年'],
        ['研发投入强度', '2.5%', '2.8%'],
      ],
    })
    const x = await extractDocx(bytes, 'plan.docx')
    expect(x).toMatchObject({ format: 'docx', structured: true, encoding: null })
    expect(x.meta.title).toBe('关于加快建设现代化产业体系的实施意见')
    expect(x.pages[0]!.lines).toEqual([
      { text: '关于加快建设现代化产业体系的实施意见', kind: 'heading', level: 1 },
      { text: '一、总体要求', kind: 'heading', level: 2 },
      { text: '坚持以实体经济为根基，推动产业高端化、智能化、绿色化。', kind: 'paragraph' },
      { text: '到2027年，制造业增加值占比保持基本稳定。', kind: 'paragraph' },
      { text: '二、重点任务', kind: 'heading', level: 2 },
      { text: '（一）培育壮大战略性新兴产业。', kind: 'paragraph' },
      { text: '指标　2025年　2027年', kind: 'paragraph' },
      { text: '研发投入强度　2.5%　2.8%', kind: 'paragraph' },
    ])
  })

  it.each([
    [
      'not a ZIP at all',
      Buffer.from('这不是Word文档'),
      /^bad\.docx: this is not a Word document \(no ZIP directory/,
    ],
    [
      'a password-protected document (OLE container)',
      Buffer.concat([Buffer.from('d0cf11e0a1b11ae1', 'hex'), Buffer.alloc(512)]),
      /^bad\.docx: the Word document is password-protected/,
    ],
    [
      'a ZIP without a document part',
      buildZip([{ name: 'hello.txt', data: Buffer.from('hi') }]),
      /^bad\.docx: the Word document is damaged and cannot be read/,
    ],
    [
      'a package declaring 4 GB',
      buildZip([
        { name: 'word/document.xml', data: Buffer.from('<w/>'), declaredSize: 0xfffffff0 },
      ]),
      /^bad\.docx: the Word document would expand to 4096 MB \(a zip bomb\?\); the limit is 200 MB$/,
    ],
    [
      'a real zip bomb (30 MB of zeros)',
      buildZip([{ name: 'word/document.xml', data: Buffer.alloc(30 * 1024 * 1024) }]),
      /^bad\.docx: the Word document would expand \d+ times its size \(a zip bomb\?\); the limit is 100 times$/,
    ],
  ])('refuses %s with one line naming the file', async (_name, bytes, message) => {
    const err = await appErrorOfAsync(() => extractDocx(bytes, 'bad.docx'))
    expect(err.message).toMatch(message)
    expect(err.message).not.toContain('\n')
  })
})
