import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { appErrorOf } from '../../../../../tests/helpers/errors'
import { fixture } from '../../../../../tests/helpers/temp'
import { toIsoDate } from './html-meta'
import { extractHtml } from './html'

const texts = (x: ReturnType<typeof extractHtml>): string[] => x.pages[0]!.lines.map((l) => l.text)

describe('extractHtml', () => {
  it('reads a GBK government notice: charset, site name, date, headings, no scripts or navigation', () => {
    const x = extractHtml(readFileSync(fixture('html/gov-notice-gbk.html')), 'notice.html')
    expect(x.encoding).toBe('gb18030')
    expect(x.meta).toEqual({
      title: '南江市人民政府办公室关于印发优化营商环境若干措施的通知',
      publication: '南江市人民政府',
      publishedOn: '2023-05-20',
    })
    const lines = x.pages[0]!.lines
    expect(lines[0]).toEqual({
      text: '南江市人民政府办公室关于印发优化营商环境若干措施的通知',
      kind: 'heading',
      level: 1,
    })
    expect(lines).toContainEqual({ text: '一、提升政务服务效能', kind: 'heading', level: 2 })
    expect(lines).toContainEqual({
      text: '落实落细减税降费政策，确保各项政策直达市场主体，全年为企业减负超过20亿元。',
      kind: 'paragraph',
    })
    const all = texts(x).join('\n')
    expect(all).not.toMatch(/脚本|tracking|政务公开|<|color/)
  })

  it('reads a UTF-8 news page with Open Graph metadata and drops the sidebar', () => {
    const x = extractHtml(readFileSync(fixture('html/news-article.html')), 'news.html')
    expect(x).toMatchObject({ format: 'html', structured: true, encoding: 'utf-8' })
    expect(x.meta).toEqual({
      title: '为现代化新重庆建设贡献金融力量',
      publication: '重庆商报',
      publishedOn: '2023-06-02',
    })
    const t = texts(x)
    expect(t[0]).toBe('为现代化新重庆建设贡献金融力量')
    expect(t).toContain('重庆市融资租赁行业协会隆重成立')
    expect(t.join('')).not.toMatch(/首页|相关阅读|Copyright/)
  })

  it('takes the site name from the <title> suffix and a date printed under the headline', () => {
    const html = `<html><head><title>关于做好2024年春耕生产工作的通知｜农业农村局</title></head><body>
      <h1>关于做好2024年春耕生产工作的通知</h1><div>2024年2月5日 10:00</div>
      <p>${'各乡镇要抓好春耕备耕，确保粮食播种面积稳定。'.repeat(4)}</p></body></html>`
    const x = extractHtml(Buffer.from(html), 'a.htm')
    expect(x.meta).toEqual({
      title: '关于做好2024年春耕生产工作的通知',
      publication: '农业农村局',
      publishedOn: '2024-02-05',
    })
  })

  it('survives deeply nested markup and keeps right-to-left text and emoji', () => {
    const deep =
      '<div>'.repeat(5000) + '<p>深层嵌套的正文内容仍然可以读取。</p>' + '</div>'.repeat(5000)
    const x = extractHtml(
      Buffer.from(`<html><body>${deep}<p>مرحبا بالعالم 🇨🇳👍 合作共赢</p></body></html>`),
      'deep.html',
    )
    const all = texts(x).join('\n')
    expect(all).toContain('深层嵌套的正文内容仍然可以读取。')
    expect(all).toContain('مرحبا بالعالم 🇨🇳👍 合作共赢')
  })

  it('refuses a page without text and a binary file, naming it', () => {
    expect(
      appErrorOf(() =>
        extractHtml(Buffer.from('<html><body><script>x()</script></body></html>'), 'e.html'),
      ).message,
    ).toBe('e.html: the page has no readable text')
    expect(
      appErrorOf(() => extractHtml(Buffer.from('89504e470d0a1a0a', 'hex'), 'p.html')).message,
    ).toBe('p.html: this is not a web page (it looks like a PNG image)')
  })

  it('detects the encoding when the declared charset is wrong', () => {
    const utf8 = Buffer.from(
      `<html><head><meta charset="gb2312"><title>数字经济发展报告</title></head><body><h1>数字经济发展报告</h1><p>${'数字经济规模持续扩大，占地区生产总值比重稳步提升。'.repeat(3)}</p></body></html>`,
    )
    const x = extractHtml(utf8, 'wrong.html')
    expect(x.encoding).toBe('utf-8')
    expect(x.meta.title).toBe('数字经济发展报告')
  })

  it('normalises stated dates', () => {
    expect(
      ['2023-05-20T08:00:00Z', '2023年5月2日', '2023/5/20 10:00', '1899-01-01', 'x'].map(toIsoDate),
    ).toEqual(['2023-05-20', '2023-05-02', '2023-05-20', undefined, undefined])
  })
})
