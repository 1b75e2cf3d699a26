import { describe, expect, it } from 'vitest'
import { dropFurniture, pageNumberOf } from './furniture'
import { buildFragments } from './fragments'
import type { Fragment, TextItem } from './page-items'
import { readingOrder } from './reading-order'

/** One item per character, as Chromium and many PDF producers write them. */
function glyphs(text: string, x: number, y: number, size = 10, gap = 0): TextItem[] {
  return [...text].map((ch, i) => ({
    text: ch,
    x: x + i * (size + gap),
    y,
    width: size,
    size,
    bold: false,
  }))
}

const texts = (fs: readonly Fragment[]): string[] => fs.map((f) => f.text)

describe('buildFragments', () => {
  it('splits a row at a column gutter and keeps a real space between names', () => {
    const items = [...glyphs('左栏文字', 50, 700), ...glyphs('右栏文字', 110, 700)]
    expect(texts(buildFragments(items))).toEqual(['左栏文字', '右栏文字'])
    const byline = [...glyphs('刘茂娇', 50, 600), ...glyphs('赵胤越', 83, 600)]
    expect(texts(buildFragments(byline))).toEqual(['刘茂娇 赵胤越'])
  })

  it('drops glyphs drawn twice for a fake bold', () => {
    const once = glyphs('重庆日报', 50, 700)
    const twice = once.flatMap((g) => [g, { ...g, x: g.x + 0.4 }])
    expect(texts(buildFragments(twice))).toEqual(['重庆日报'])
  })

  it('adds no spaces to a justified line of Chinese', () => {
    expect(texts(buildFragments(glyphs('推动重点项目加快落地见效', 50, 700, 10, 2)))).toEqual([
      '推动重点项目加快落地见效',
    ])
  })
})

describe('readingOrder', () => {
  it('reads a spanning headline first, then three columns top to bottom, then the next band', () => {
    const items: TextItem[] = [
      ...glyphs('头版通栏大标题横跨三栏', 60, 780, 24),
      ...[0, 1, 2].flatMap((c) =>
        [0, 1, 2, 3]
          .map((r) => glyphs(`${'甲乙丙'[c]}${r}正文正文正文`, 50 + c * 110, 740 - r * 14))
          .flat(),
      ),
      ...glyphs('第二条新闻标题也横跨多栏', 60, 660, 18),
      ...[0, 1].flatMap((c) =>
        [0, 1]
          .map((r) => glyphs(`${'丁戊'[c]}${r}正文正文正文`, 50 + c * 110, 630 - r * 14))
          .flat(),
      ),
    ]
    const order = texts(readingOrder(buildFragments(items), 10))
    expect(order).toEqual([
      '头版通栏大标题横跨三栏',
      ...['甲', '乙', '丙'].flatMap((c) => [0, 1, 2, 3].map((r) => `${c}${r}正文正文正文`)),
      '第二条新闻标题也横跨多栏',
      ...['丁', '戊'].flatMap((c) => [0, 1].map((r) => `${c}${r}正文正文正文`)),
    ])
  })
})

describe('readingOrder on mixed newspaper layouts', () => {
  const column = (tag: string, x: number, yTop: number, rows: number): TextItem[] =>
    Array.from({ length: rows }, (_, r) =>
      glyphs(`${tag}${r}正文正文正文`, x, yTop - r * 14),
    ).flat()

  it('keeps a full-height column beside an article whose headline spans two columns', () => {
    const items: TextItem[] = [
      ...glyphs('左侧文章标题横跨两栏', 50, 780, 20),
      ...column('甲', 50, 740, 5),
      ...column('乙', 160, 740, 5),
      ...glyphs('右栏另一篇', 270, 780, 10),
      ...column('丙', 270, 766, 7),
    ]
    expect(texts(readingOrder(buildFragments(items), 10))).toEqual([
      '左侧文章标题横跨两栏',
      ...[0, 1, 2, 3, 4].map((r) => `甲${r}正文正文正文`),
      ...[0, 1, 2, 3, 4].map((r) => `乙${r}正文正文正文`),
      '右栏另一篇',
      ...[0, 1, 2, 3, 4, 5, 6].map((r) => `丙${r}正文正文正文`),
    ])
  })

  it('reads a three-column top half and a two-column bottom half each in order', () => {
    const items: TextItem[] = [
      ...column('甲', 50, 780, 3),
      ...column('乙', 150, 780, 3),
      ...column('丙', 250, 780, 3),
      ...column('丁', 50, 700, 3),
      ...column('戊', 170, 700, 3),
    ]
    expect(texts(readingOrder(buildFragments(items), 10))).toEqual(
      ['甲', '乙', '丙', '丁', '戊'].flatMap((c) => [0, 1, 2].map((r) => `${c}${r}正文正文正文`)),
    )
  })

  it('does not take a right-aligned date above the text for a column', () => {
    const items: TextItem[] = [...glyphs('2023年5月20日', 250, 780), ...column('正', 50, 760, 4)]
    const order = texts(readingOrder(buildFragments(items), 10))
    expect(order[0]).toBe('2023年5月20日')
  })
})

describe('page furniture', () => {
  it('recognises bare page numbers in their usual forms', () => {
    expect(['3', '- 12 -', '第5页', '7 / 20', 'Page 4'].map(pageNumberOf)).toEqual([3, 12, 5, 7, 4])
    expect(pageNumberOf('2023年5月20日')).toBeNull()
    expect(pageNumberOf('第3版 要闻')).toBeNull()
  })

  it('drops a running header repeated on most pages and keeps the printed page numbers', () => {
    const frag = (text: string, y: number): Fragment => ({
      text,
      x0: 50,
      x1: 50 + text.length * 10,
      y,
      size: 10,
      bold: false,
    })
    const page = (n: number, body: string) => ({
      height: 800,
      fragments: [frag(`重庆商报 第${n}版`, 780), frag(body, 400), frag(String(n + 10), 20)],
    })
    const out = dropFurniture([page(1, '正文一'), page(2, '正文二'), page(3, '正文三')])
    expect(out.pages.map(texts)).toEqual([['正文一'], ['正文二'], ['正文三']])
    expect(out.printedNumbers).toEqual([11, 12, 13])
  })

  it('drops a small folio line at the very top of a one-page file', () => {
    const f = (text: string, y: number, size: number): Fragment => ({
      text,
      x0: 50,
      x1: 300,
      y,
      size,
      bold: false,
    })
    const page = {
      height: 800,
      fragments: [
        f('经济要闻 2023年5月20日', 790, 8),
        f('正文第一行'.repeat(4), 600, 10),
        f('正文第二行'.repeat(4), 586, 10),
      ],
    }
    expect(dropFurniture([page]).pages[0]!.map((x) => x.text)).toEqual([
      '正文第一行'.repeat(4),
      '正文第二行'.repeat(4),
    ])
  })

  it('keeps a margin line that appears on one page only', () => {
    const one = {
      height: 800,
      fragments: [{ text: '编者按', x0: 50, x1: 80, y: 780, size: 10, bold: false }],
    }
    const other = { height: 800, fragments: [] }
    expect(dropFurniture([one, other]).pages[0]).toHaveLength(1)
  })
})
