import { describe, expect, it } from 'vitest'
import { appErrorOf } from '../../../../tests/helpers/errors'
import { decodeText, firstInvalidUtf8, parsePlainText } from './txt'

const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s)

describe('decodeText', () => {
  it('reads UTF-8 with and without BOM', () => {
    expect(decodeText(utf8('招商引资'), 'a.txt')).toEqual({ text: '招商引资', encoding: 'utf-8' })
    const bom = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('营商环境')])
    expect(decodeText(bom, 'b.txt')).toEqual({ text: '营商环境', encoding: 'utf-8-bom' })
  })

  it('refuses empty and blank files, naming them', () => {
    expect(appErrorOf(() => decodeText(new Uint8Array(), '空.txt')).message).toBe(
      '空.txt: the file is empty',
    )
    expect(appErrorOf(() => decodeText(utf8(' \n\u3000\n'), 'blank.txt')).message).toBe(
      'blank.txt: the file has no text',
    )
  })

  it('says what a binary file renamed .txt really is', () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13])
    expect(appErrorOf(() => decodeText(png, 'photo.txt')).message).toBe(
      'photo.txt: this is not a text file (it looks like a PNG image)',
    )
    const nul = utf8('abc\u0000def')
    expect(appErrorOf(() => decodeText(nul, 'x.txt')).message).toMatch(
      /^x\.txt: this is not a text file/,
    )
  })

  it('reads GBK bytes as GB18030 instead of refusing them', () => {
    const gbk = new Uint8Array([...utf8('ok '), 0xd5, 0xd0, 0xc9, 0xcc]) // 招商 in GBK
    expect(firstInvalidUtf8(gbk)).toBe(3)
    expect(decodeText(gbk, 'gbk.txt')).toEqual({ text: 'ok 招商', encoding: 'gb18030' })
  })

  it('refuses text that mixes UTF-8 and GBK, naming the file and the offset', () => {
    const utf8Part = utf8('招商引资推动高质量发展，'.repeat(4))
    const gbkPart = [0xd5, 0xd0, 0xc9, 0xcc, 0xd2, 0xfd, 0xd7, 0xca] // 招商引资
    const mixed = new Uint8Array([...utf8Part, ...gbkPart])
    expect(appErrorOf(() => decodeText(mixed, 'mixed.txt')).message).toMatch(
      new RegExp(
        `^mixed\\.txt: cannot tell the text encoding: not valid UTF-8 \\(invalid byte at offset ${utf8Part.length}\\)`,
      ),
    )
  })
})

describe('parsePlainText', () => {
  it('takes the first line as title, a dash line as subtitle, a reporter line as byline', () => {
    const doc = parsePlainText(
      '\uFEFF达州“百亿级”制造业彰显活力\r\n——访市经济合作局负责人\r\n本报记者 刘茂娇 赵胤越\r\n\r\n　　近年来，达州坚持招商引资。\r\n第二段。\n',
      'file',
    )
    expect(doc.title).toBe('达州“百亿级”制造业彰显活力')
    expect(doc.subtitle).toBe('访市经济合作局负责人')
    expect(doc.byline).toBe('本报记者 刘茂娇 赵胤越')
    expect(doc.blocks).toEqual([
      { kind: 'paragraph', text: '近年来，达州坚持招商引资。' },
      { kind: 'paragraph', text: '第二段。' },
    ])
  })

  it('turns Markdown headings into a title and sub-headings', () => {
    const doc = parsePlainText('# 工作报告\n\n## 一、主要成绩\n\n全年地区生产总值增长6%。\n', 'f')
    expect(doc.title).toBe('工作报告')
    expect(doc.blocks).toEqual([
      { kind: 'heading', text: '一、主要成绩' },
      { kind: 'paragraph', text: '全年地区生产总值增长6%。' },
    ])
  })

  it('uses the file name as title when the first line is a long paragraph', () => {
    const long = '这是一个很长的段落'.repeat(12) + '。'
    const doc = parsePlainText(long, '会议纪要')
    expect(doc.title).toBe('会议纪要')
    expect(doc.blocks).toEqual([{ kind: 'paragraph', text: long }])
  })

  it('does not take a sentence that starts with 记者 for a byline', () => {
    const doc = parsePlainText('标题\n记者从市发展改革委获悉，全市项目建设进展顺利。\n', 'f')
    expect(doc.byline).toBeNull()
    expect(doc.blocks).toHaveLength(1)
  })
})
