import { readFileSync } from 'node:fs'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { launchBrowser } from '../../../../../tests/helpers/browser'
import { appErrorOfAsync } from '../../../../../tests/helpers/errors'
import {
  PAGE_NUMBER_FOOTER,
  RUNNING_HEADER,
  newspaperHtml,
  printPdf,
} from '../../../../../tests/helpers/pdf'
import { fixture } from '../../../../../tests/helpers/temp'
import type { ExtractedText } from '../extracted'
import { extractPdf } from './pdf'

const TOPICS = ['招商引资', '营商环境', '数字经济', '乡村振兴', '科技创新', '绿色低碳']

/** Paragraph n: a numbered marker and a sentence that varies with n, about 90 characters. */
const paragraph = (n: number): string =>
  `【段${String(n).padStart(2, '0')}】围绕${TOPICS[n % TOPICS.length]}，各地坚持问题导向，` +
  `出台${n + 2}项具体措施，推动重点项目加快落地见效，` +
  `全年完成投资${100 + n * 7}亿元，带动就业${n * 3 + 1}千人，群众获得感持续增强。`

const linesOf = (x: ExtractedText): string[] =>
  x.pages.flatMap((p) => p.lines.map((l) => l.text)).filter((t) => t !== '')

let browser: Browser
beforeAll(async () => void (browser = await launchBrowser()))
afterAll(async () => browser?.close())

describe('extractPdf on a Chromium-printed two-column newspaper', () => {
  let extracted: ExtractedText
  beforeAll(async () => {
    const paragraphs = Array.from({ length: 60 }, (_, i) => paragraph(i + 1))
    paragraphs[4] = `【段05】${'\u2F24\u2F12'}发展实体经济，${'\u2F47'}均增长百分之八。`
    const html = newspaperHtml({ headline: '达州百亿级制造业彰显活力', paragraphs })
    const bytes = await printPdf(browser, html, {
      header: RUNNING_HEADER('经济要闻 · 重庆商报'),
      footer: PAGE_NUMBER_FOOTER,
    })
    extracted = await extractPdf(bytes, 'paper.pdf')
  })

  it('reads columns left to right, each top to bottom, across pages', () => {
    const markers = linesOf(extracted)
      .join('')
      .match(/【段\d\d】/g)!

    expect(markers).toHaveLength(60)
    expect(markers).toEqual([...markers].sort())
  })

  it('puts the banner headline first, larger than the body and bold', () => {
    const first = extracted.pages[0]!.lines[0]!
    expect(first.text).toBe('达州百亿级制造业彰显活力')
    expect(first.relativeSize).toBeGreaterThan(1.8)
    const body = extracted.pages[0]!.lines.find((l) => l.text.startsWith('【段01】'))
    expect(body?.relativeSize).toBe(1)
  })

  it('keeps page numbers and drops the running header and bare page numbers', () => {
    expect(extracted.pages.length).toBeGreaterThanOrEqual(3)
    expect(extracted.pages.map((p) => p.number)).toEqual(extracted.pages.map((_, i) => i + 1))
    const all = linesOf(extracted)
    expect(all.some((t) => t.includes('经济要闻'))).toBe(false)
    expect(all.some((t) => /^\d+$/.test(t))).toBe(false)
  })

  it('maps Kangxi radicals to the unified ideographs', () => {
    const text = linesOf(extracted).join('')
    expect(text).toContain('大力发展实体经济，日均增长')
    expect(text).not.toMatch(/[\u2F00-\u2FDF]/)
  })

  it('separates paragraphs with empty lines and keeps no sentence text out', () => {
    const text = extracted.pages
      .flatMap((p) => p.lines.map((l) => l.text))
      .join('\n')
      .split(/\n\n+/)
      .map((p) => p.replace(/\n/g, ''))
    expect(text.filter((p) => p.startsWith('【段')).length).toBe(60)
    expect(text).toContain(paragraph(7))
    expect(extracted).toMatchObject({ format: 'pdf', structured: false, encoding: null })
  })
})

describe('extractPdf refuses what it cannot read, naming the file', () => {
  it('a scan without a text layer', async () => {
    const html = '<div style="width:400px;height:600px;background:#888"></div>'
    const bytes = await printPdf(browser, html)
    const err = await appErrorOfAsync(() => extractPdf(bytes, 'scan.pdf'))
    expect(err.message).toMatch(/^scan\.pdf: the PDF has no text layer \(scanned image\?\)/)
  })

  it('a PDF whose only text is rotated', async () => {
    const html = `<div style="transform: rotate(90deg); margin-top: 200px; font-size: 16pt">旋转排版的标题文字与正文内容示例</div>`
    const bytes = await printPdf(browser, html)
    const err = await appErrorOfAsync(() => extractPdf(bytes, 'vertical.pdf'))
    expect(err.message).toBe(
      "vertical.pdf: the PDF's text is set vertically or rotated, which cannot be imported yet",
    )
  })

  it('an encrypted PDF', async () => {
    const bytes = readFileSync(fixture('pdf/encrypted.pdf'))
    const err = await appErrorOfAsync(() => extractPdf(bytes, 'secret.pdf'))
    expect(err.message).toMatch(/^secret\.pdf: the PDF is encrypted with a password/)
  })

  it('a truncated PDF', async () => {
    const bytes = await printPdf(
      browser,
      newspaperHtml({ headline: '标题', paragraphs: ['正文。'] }),
    )
    const err = await appErrorOfAsync(() =>
      extractPdf(bytes.subarray(0, bytes.length >> 1), 'cut.pdf'),
    )
    expect(err.message).toBe(
      'cut.pdf: the PDF is truncated or damaged (it has no end-of-file marker)',
    )
  })
})
