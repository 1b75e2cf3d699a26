import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { fixture } from '../../../../tests/helpers/temp'
import type { ExtractedLine, ExtractedText } from '../import/extracted'
import { accountCharacters } from './accounting'
import { layoutArticles } from './layout'

const PAGES = [
  'page-county-news',
  'notice-hard-wrapped',
  'work-report',
  'page-two-features',
  'page-interview-commentary',
]

function extracted(text: string, structured = false): ExtractedText {
  const lines: ExtractedLine[] = text.split(/\r?\n/).map((t) => ({ text: t }))
  return {
    format: 'txt',
    encoding: 'utf-8',
    structured,
    pages: [{ number: null, lines }],
    meta: {},
  }
}

const layout = (text: string, split: 'auto' | 'none' = 'auto') =>
  layoutArticles(extracted(text), { split, fallbackTitle: '文件名' })

describe('layoutArticles on golden pages (tests/fixtures/text/*.txt)', () => {
  it.each(PAGES)('%s matches its expected articles', (name) => {
    const text = readFileSync(fixture(`text/${name}.txt`), 'utf8')
    const golden = JSON.parse(readFileSync(fixture(`text/${name}.expected.json`), 'utf8')) as {
      articles: unknown[]
      dropped: string[]
    }
    const out = layout(text)
    expect(out.drafts.map(({ publication: _p, publishedOn: _d, ...a }) => a)).toEqual(
      golden.articles,
    )
    expect(out.dropped).toEqual(golden.dropped)
  })

  it.each(PAGES)('%s: every source character is accounted for', (name) => {
    const text = readFileSync(fixture(`text/${name}.txt`), 'utf8')
    const out = layout(text)
    expect(accountCharacters(text, out.drafts, out.dropped)).toEqual({ missing: '', extra: '' })
  })

  it('the accounting check notices a lost character', () => {
    const text = '标题\n\n正文第一段。'
    const out = layout(text)
    out.drafts[0]!.blocks[0]!.text = '正文第段。'
    expect(accountCharacters(text, out.drafts, out.dropped).missing).toBe('一')
  })

  it('split none keeps one article and turns later headlines into sub-headings', () => {
    const text = readFileSync(fixture('text/page-county-news.txt'), 'utf8')
    const out = layout(text, 'none')
    expect(out.drafts).toHaveLength(1)
    expect(out.drafts[0]!.title).toBe('南江“千亿级”产业集群加速成形')
    expect(out.drafts[0]!.blocks.some((b) => b.text === '园区扩能 再造发展空间')).toBe(true)
    expect(accountCharacters(text, out.drafts, out.dropped)).toEqual({ missing: '', extra: '' })
  })
})

describe('line joining', () => {
  const paragraphs = (text: string): string[] =>
    layout(`标题\n\n${text}`).drafts[0]!.blocks.map((b) => b.text)

  it('joins a sentence cut by a blank line', () => {
    expect(paragraphs('首先,形成"一把\n\n手抓、抓一把手"招商格局。')).toEqual([
      '首先，形成“一把手抓、抓一把手”招商格局。',
    ])
  })
  it('keeps a paragraph break after a finished sentence', () => {
    expect(paragraphs('第一段结束了。\n\n第二段开始,内容很多。')).toHaveLength(2)
  })
  it('does not glue a paragraph opener to a line cut by lost text', () => {
    expect(paragraphs('负责人介绍,工作稳中有\n\n其次,坚持服务提效。')).toEqual([
      '负责人介绍，工作稳中有',
      '其次，坚持服务提效。',
    ])
  })
  it('joins hard-wrapped lines and breaks at a short line ending a sentence', () => {
    const wrapped = [
      '近年来,我市坚持把招商引资作为推动发展的关',
      '键一招,全力招大引强,重点产业加快发展壮大',
      ',成效明显。',
      '今年以来,全市新签约项目一百二十个,总投资',
      '超过八百亿元。',
    ].join('\n')
    expect(paragraphs(wrapped)).toEqual([
      '近年来，我市坚持把招商引资作为推动发展的关键一招，全力招大引强，重点产业加快发展壮大，成效明显。',
      '今年以来，全市新签约项目一百二十个，总投资超过八百亿元。',
    ])
  })
  it('an indented line starts a paragraph', () => {
    expect(
      paragraphs('第一段的内容比较长，但是没有标点结尾\n\u3000\u3000第二段内容，也比较长。'),
    ).toHaveLength(2)
  })
})

describe('short lines inside an article', () => {
  const blocks = (text: string) => layout(text).drafts[0]!.blocks
  const body = '这是一段正文,内容较长,用来说明园区的发展情况和主要成效。'

  it('a short line between paragraphs is a sub-heading', () => {
    expect(blocks(`标题\n\n${body}\n\n深挖优势 构建产业格局\n\n${body}`)[1]).toEqual({
      kind: 'heading',
      text: '深挖优势 构建产业格局',
    })
  })
  it('a short line standing apart is a caption', () => {
    expect(blocks(`标题\n\n${body}\n\n\n\n港口集装箱码头\n\n\n${body}`)[1]).toEqual({
      kind: 'caption',
      text: '港口集装箱码头',
    })
  })
  it('a short line with a caption word is a caption even without a gap', () => {
    expect(blocks(`标题\n\n${body}\n\n产业园效果图\n\n${body}`)[1]!.kind).toBe('caption')
  })
  it('signature and date lines after the last paragraph stay paragraphs', () => {
    const b = blocks(`标题\n\n${body}\n\n南江市人民政府办公室\n2024年5月20日`)
    expect(b.slice(1).map((x) => x.kind)).toEqual(['paragraph', 'paragraph'])
  })
  it('a short enumeration running on into the next line is not a heading', () => {
    const b = blocks(
      `标题\n\n${body}\n\n这是一家肩负众望、备受关注的行\n\n业自治组织,成立大会隆重召开。`,
    )
    expect(b[1]).toEqual({
      kind: 'paragraph',
      text: '这是一家肩负众望、备受关注的行业自治组织，成立大会隆重召开。',
    })
  })
})

describe('splitting a page into articles', () => {
  const body = '这是一段正文,内容较长,用来说明有关情况和主要成效。'
  const titles = (text: string) =>
    layout(text).drafts.map((d) => [d.kicker, d.title, d.subtitle, d.byline])

  it('kicker above a longer headline', () => {
    expect(titles(`走进西部 洽谈未来\n\n达州"百亿级"制造业彰显活力\n\n${body}`)).toEqual([
      ['走进西部 洽谈未来', '达州“百亿级”制造业彰显活力', null, null],
    ])
  })
  it('headline with a subtitle below it', () => {
    expect(titles(`为县域经济发展注入金融活水\n\n小额贷款行业协会正式成立\n\n${body}`)).toEqual([
      [null, '为县域经济发展注入金融活水', '小额贷款行业协会正式成立', null],
    ])
  })
  it('dash-led subtitle and reporter byline', () => {
    expect(titles(`政府工作报告\n——在市人民代表大会上\n本报记者 李清和\n${body}`)).toEqual([
      [null, '政府工作报告', '在市人民代表大会上', '本报记者 李清和'],
    ])
  })
  it('a names-only byline ends an article and the next headline starts one', () => {
    expect(
      titles(`第一篇标题\n\n${body}\n\n刘茂娇 赵胤越\n\n第二篇标题\n\n${body}\n\n刘尧`),
    ).toEqual([
      [null, '第一篇标题', null, '刘茂娇 赵胤越'],
      [null, '第二篇标题', null, '刘尧'],
    ])
  })
  it('a section marker starts an article and becomes its title or kicker', () => {
    expect(
      titles(
        `第一篇标题\n\n${body}\n\n■看点》》\n\n开放高新 喜迎八方客\n\n${body}\n\n"一号工程"会长说》》\n\n${body}\n\n—— 周雄`,
      ),
    ).toEqual([
      [null, '第一篇标题', null, null],
      ['看点', '开放高新 喜迎八方客', null, null],
      [null, '“一号工程”会长说', null, '周雄'],
    ])
  })
  it('a credit line with a misread dash ends an article', () => {
    const out = layout(`标题\n\n${body}\n\n一重庆市电力行业协会会长 周雄`)
    expect(out.drafts[0]!.byline).toBe('重庆市电力行业协会会长 周雄')
    expect(out.dropped).toEqual(['一'])
  })
  it('a credit behind a marker ornament is a byline, not a section', () => {
    expect(titles(`标题\n\n${body}\n\n■本报记者 王海燕`)).toEqual([
      [null, '标题', null, '本报记者 王海燕'],
    ])
  })
  it('a photo credit is a byline', () => {
    expect(titles(`标题\n\n${body}\n\n王灿然 图片由市投资促进局提供`)[0]![3]).toBe(
      '王灿然 图片由市投资促进局提供',
    )
  })
  it('two short names between paragraphs are not a byline', () => {
    const out = layout(`标题\n\n${body}\n\n刘尧\n\n${body}`)
    expect(out.drafts).toHaveLength(1)
    expect(out.drafts[0]!.byline).toBeNull()
  })
  it('uses font size from PDFs to find the headline', () => {
    const ex = extracted('')
    ex.pages = [
      {
        number: 3,
        lines: [
          { text: '奋力谱写新篇章', relativeSize: 1.2 },
          { text: '全市经济运行稳中向好', relativeSize: 2 },
          { text: body, relativeSize: 1 },
        ],
      },
    ]
    const d = layoutArticles(ex, { split: 'auto', fallbackTitle: 'x' }).drafts[0]!
    expect([d.kicker, d.title, d.page]).toEqual(['奋力谱写新篇章', '全市经济运行稳中向好', '3'])
  })
  it('a headline over a news lead starts an article without a byline before it', () => {
    const text = `第一篇标题\n\n${body}\n\n第二篇标题\n\n本报讯 近日,市里召开会议。`
    expect(titles(text).map((t) => t[1])).toEqual(['第一篇标题', '第二篇标题'])
  })
  it('kicker and headline between paragraphs start an article', () => {
    const text = `第一篇标题\n\n${body}\n\n聚焦县域 振兴实体\n县域经济发展跑出加速度\n\n${body}`
    expect(titles(text)[1]).toEqual(['聚焦县域 振兴实体', '县域经济发展跑出加速度', null, null])
  })
  it('a headline with a credit under it starts an article', () => {
    const text = `第一篇标题\n\n${body}\n\n第二篇标题\n（本报记者 王海燕）\n${body}`
    expect(titles(text)[1]).toEqual([null, '第二篇标题', null, '（本报记者 王海燕）'])
  })
  it('a single short line between paragraphs stays a sub-heading', () => {
    expect(titles(`标题\n\n${body}\n\n优化布局 提升承载能力\n\n${body}`)).toHaveLength(1)
  })
  it('drops page furniture and accounts for it', () => {
    const text = `2024年5月21日 星期二\n\n第3版\n\n标题\n\n${body}\n\n12`
    const out = layout(text)
    expect(out.drafts.map((d) => d.title)).toEqual(['标题'])
    expect(out.dropped).toEqual(['2024年5月21日 星期二', '第3版', '12'])
    expect(accountCharacters(text, out.drafts, out.dropped)).toEqual({ missing: '', extra: '' })
  })
  it('joins a headline wrapped over full columns in hard-wrapped text', () => {
    const lines = [
      '市物流协会：以高效物流网络',
      '为产业发展提速',
      '',
      '物流是连接生产和消费的纽带',
      '是现代经济体系的重要组成部',
      '分，作为行业组织，物流协会',
      '使命光荣，责任重大，要在保',
      '障供应链畅通稳定中发挥作用',
      '。',
    ]
    const d = layout(lines.join('\n')).drafts
    expect(d.map((x) => x.title)).toEqual(['市物流协会：以高效物流网络为产业发展提速'])
    expect(d[0]!.blocks).toHaveLength(1)
  })
  it('text without a headline gets the fallback title', () => {
    expect(layout(body).drafts[0]!.title).toBe('文件名')
  })

  it("an interviewer's question starting 记者： is text, not a byline", () => {
    const text = `政策解读\n——访市发展改革委负责人\n记者：出台这项政策主要有哪些考虑？\n负责人：${body}\n记者：政策怎样才能真正落地？\n负责人：${body}`
    const drafts = layout(text).drafts
    expect(drafts).toHaveLength(1)
    expect(drafts[0]!.byline).toBeNull()
    expect(drafts[0]!.blocks.map((b) => b.text)).toContain('记者：政策怎样才能真正落地？')
  })

  it('a head with no text under it keeps its lines as title and text', () => {
    const drafts = layout('多语言\nمرحبا بالعالم 合作共赢').drafts
    expect(drafts).toHaveLength(1)
    expect(drafts[0]!.title).toBe('多语言')
    expect(drafts[0]!.kicker).toBeNull()
    expect(drafts[0]!.blocks).toEqual([{ kind: 'paragraph', text: 'مرحبا بالعالم 合作共赢' }])
  })
})
