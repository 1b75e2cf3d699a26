import { readFileSync } from 'node:fs'
import mammoth from 'mammoth'
import { describe, expect, it } from 'vitest'
import { fixture } from '../../../../tests/helpers/temp'
import { parseCsv } from '../../../../tests/helpers/csv'
import { unzipEntry } from '../../../../tests/helpers/unzip'
import { chineseNumber, levelOne, levelTwo } from './chinese-numbering'
import { endnoteText, sourceLine } from './citation'
import { CSV_HEADER, toCsv } from './csv'
import { toDocx } from './docx'
import { toHtml } from './html'
import { toMarkdown } from './markdown'
import { sampleSet } from './test-support'
import { toWebAnnotations } from './web-annotation'

const golden = (name: string): string => readFileSync(fixture(`export/${name}`), 'utf8')

describe('Chinese numbering and citations', () => {
  it('numbers points the official way', () => {
    expect([1, 2, 10, 11, 20, 21, 100, 105, 110].map(chineseNumber)).toEqual([
      '一',
      '二',
      '十',
      '十一',
      '二十',
      '二十一',
      '一百',
      '一百零五',
      '一百一十',
    ])
    expect(levelOne(3)).toBe('三、')
    expect(levelTwo(12)).toBe('（十二）')
  })

  it('writes the source line offices use, and endnotes naming the article', () => {
    const [first, third] = [sampleSet().sections[0]!.items[0]!, sampleSet().sections[1]!.items[0]!]
    expect(sourceLine(first.source)).toBe('（来源：《四川日报》2023年5月20日第3版）')
    expect(sourceLine({ ...first.source, page: '第03版：要闻' })).toBe(
      '（来源：《四川日报》2023年5月20日第03版：要闻）',
    )
    expect(endnoteText(first.source)).toBe(
      '《我省出台优化营商环境若干措施》，《四川日报》2023年5月20日第3版。',
    )
    expect(sourceLine(third.source)).toBe('（来源：《数字经济发展规划（2023—2025年）》2023年6月）')
    expect(endnoteText(third.source)).toBe('《数字经济发展规划（2023—2025年）》，2023年6月。')
  })
})

describe('Markdown and HTML exports', () => {
  it('match their golden files, with inline citations and with endnotes', () => {
    expect(toMarkdown(sampleSet(), { citation: 'inline', style: 'plain' })).toBe(
      golden('sample.md'),
    )
    expect(toMarkdown(sampleSet(), { citation: 'endnotes', style: 'plain' })).toBe(
      golden('sample-endnotes.md'),
    )
    expect(toHtml(sampleSet(), { citation: 'inline', style: 'plain' })).toBe(golden('sample.html'))
  })

  it('HTML escapes text and asks for nothing outside the file', () => {
    const html = toHtml(sampleSet(), { citation: 'endnotes', style: 'plain' })
    expect(html).toContain('&#60;b&#62;不是标签&#60;/b&#62;')
    expect(html).not.toMatch(/<(link|script|img|iframe)\b/i)
    expect(html).not.toMatch(/(src|href)="(https?:)?\/\//i)
    expect(html).not.toMatch(/url\(/i)
    expect(html).toContain('<li id="note-1">')
  })
})

describe('CSV export', () => {
  it('is UTF-8 with a BOM and parses back to one row per highlight', () => {
    const bytes = toCsv(sampleSet())
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    const rows = parseCsv(Buffer.from(bytes.slice(3)).toString('utf8'))
    expect(rows[0]).toEqual([...CSV_HEADER])
    expect(rows).toHaveLength(4)
    expect(rows[1]).toEqual([
      '全面推行“一网通办”，企业开办时间压缩至1个工作日以内',
      '比去年再压缩一半',
      'yellow',
      '营商环境; 营商环境/政务服务',
      '我省出台优化营商环境若干措施',
      '四川日报',
      '2023-05-20',
      '3',
    ])
    expect(rows[2]![0]).toBe('对守信企业实行"绿色通道",\n容缺受理')
    // A note starting with "=" is not run as a formula by Excel.
    expect(rows[2]![1]).toBe("'=注意与信用体系衔接\n第二行说明 <b>不是标签</b>")
    expect(rows[3]!.slice(4)).toEqual(['数字经济发展规划（2023—2025年）', '', '2023-06', ''])
  })
})

describe('Web Annotation JSON export', () => {
  it('has the W3C shape: selectors, tag and comment bodies, article metadata', () => {
    const doc = JSON.parse(toWebAnnotations(sampleSet())) as {
      '@context': unknown[]
      type: string
      total: number
      first: { type: string; items: Record<string, unknown>[] }
    }
    expect(doc['@context'][0]).toBe('http://www.w3.org/ns/anno.jsonld')
    expect(doc.type).toBe('AnnotationCollection')
    expect(doc.total).toBe(3)
    expect(doc.first.type).toBe('AnnotationPage')
    for (const a of doc.first.items) {
      expect(a).toMatchObject({ type: 'Annotation', target: { type: 'SpecificResource' } })
      expect(String(a['id'])).toMatch(/^urn:/)
      expect(['highlighting', 'commenting']).toContain(a['motivation'])
    }
    expect(doc.first.items[0]).toMatchObject({
      motivation: 'commenting',
      body: [
        { type: 'TextualBody', purpose: 'commenting', value: '比去年再压缩一半' },
        { type: 'TextualBody', purpose: 'tagging', value: '营商环境' },
        { type: 'TextualBody', purpose: 'tagging', value: '营商环境/政务服务' },
      ],
      target: {
        source: {
          id: 'urn:pizhu:article:aaaa1111',
          title: '我省出台优化营商环境若干措施',
          'pizhu:publication': '四川日报',
          'pizhu:date': '2023-05-20',
          'pizhu:page': '3',
        },
        selector: [
          {
            type: 'TextQuoteSelector',
            exact: '全面推行“一网通办”，企业开办时间压缩至1个工作日以内',
            prefix: '各地要',
            suffix: '。',
          },
          { type: 'TextPositionSelector', start: 120, end: 148 },
        ],
      },
      'pizhu:color': 'yellow',
    })
    expect(doc.first.items[2]).toMatchObject({
      motivation: 'highlighting',
      body: [{ purpose: 'tagging' }],
    })
  })
})

/** Paragraphs of word/document.xml as [style id, text]. */
function paragraphs(xml: string): [string, string][] {
  return [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((m) => {
    const style = /<w:pStyle w:val="([^"]+)"/.exec(m[0])?.[1] ?? ''
    const text = [...m[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((t) => t[1]).join('')
    return [style, text]
  })
}

describe('Word export', () => {
  it('has real headings, Chinese numbering, quotes set apart and citations, in order', async () => {
    const bytes = await toDocx(sampleSet(), { citation: 'inline', style: 'plain' })
    const xml = unzipEntry(bytes, 'word/document.xml').toString('utf8')
    expect(paragraphs(xml)).toEqual([
      ['Title', '营商环境与数字经济简报'],
      ['PizhuBody', '本期摘编两篇材料的要点。'],
      ['PizhuBody', '供内部参考。'],
      ['Heading1', '一、营商环境'],
      ['Heading2', '（一）比去年再压缩一半'],
      ['PizhuQuote', '“全面推行“一网通办”，企业开办时间压缩至1个工作日以内”'],
      ['PizhuCitation', '（来源：《四川日报》2023年5月20日第3版）'],
      ['PizhuBody', '建议：下一步对标先进地区，'],
      ['PizhuBody', '研究出台配套细则。'],
      ['Heading2', '（二）=注意与信用体系衔接'],
      ['PizhuBody', '第二行说明 &lt;b&gt;不是标签&lt;/b&gt;'],
      ['PizhuQuote', '“对守信企业实行&quot;绿色通道&quot;,'],
      ['PizhuQuote', '容缺受理”'],
      ['PizhuCitation', '（来源：《四川日报》2023年5月20日第3版）'],
      ['Heading1', '二、数字经济'],
      ['Heading2', '（一）《数字经济发展规划（2023—2025年）》'],
      ['PizhuQuote', '“到2025年，数字经济核心产业增加值占GDP比重达到10%”'],
      ['PizhuCitation', '（来源：《数字经济发展规划（2023—2025年）》2023年6月）'],
    ])
    const text = (await mammoth.extractRawText({ buffer: Buffer.from(bytes) })).value
    expect(text).toContain('一、营商环境')
    expect(text).toContain('容缺受理”')
  })

  it('lists numbered endnotes under 注释 when asked', async () => {
    const bytes = await toDocx(sampleSet(), { citation: 'endnotes', style: 'plain' })
    const paras = paragraphs(unzipEntry(bytes, 'word/document.xml').toString('utf8'))
    expect(paras.some(([s]) => s === 'PizhuCitation')).toBe(false)
    expect(paras.slice(-4)).toEqual([
      ['Heading1', '注释'],
      ['PizhuEndnote', '1. 《我省出台优化营商环境若干措施》，《四川日报》2023年5月20日第3版。'],
      ['PizhuEndnote', '2. 《我省出台优化营商环境若干措施》，《四川日报》2023年5月20日第3版。'],
      ['PizhuEndnote', '3. 《数字经济发展规划（2023—2025年）》，2023年6月。'],
    ])
    expect(paras.find(([, t]) => t.startsWith('“到2025年'))![1]).toMatch(/10%”\[3\]$/)
  })

  it('official style follows GB/T 9704: fonts, sizes and margins', async () => {
    const bytes = await toDocx(sampleSet(), { citation: 'inline', style: 'official' })
    const styles = unzipEntry(bytes, 'word/styles.xml').toString('utf8')
    const styleXml = (id: string): string =>
      new RegExp(`<w:style [^>]*w:styleId="${id}"[\\s\\S]*?</w:style>`).exec(styles)?.[0] ?? ''
    expect(styleXml('Title')).toContain('w:eastAsia="方正小标宋简体"')
    expect(styleXml('Title')).toContain('w:ascii="FZXiaoBiaoSong-B05S"')
    expect(styleXml('Title')).toContain('<w:sz w:val="44"/>')
    expect(styleXml('Heading1')).toContain('w:eastAsia="黑体"')
    expect(styleXml('Heading2')).toContain('w:eastAsia="楷体_GB2312"')
    expect(styles).toMatch(
      /<w:docDefaults>[\s\S]*w:eastAsia="仿宋_GB2312"[\s\S]*<w:sz w:val="32"\/>/,
    )
    const doc = unzipEntry(bytes, 'word/document.xml').toString('utf8')
    expect(doc).toMatch(/<w:pgMar w:top="2098"/)
  })
})
