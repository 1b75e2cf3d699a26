import { describe, expect, it } from 'vitest'
import { tempLibrary } from '../../../../tests/helpers/temp'
import { articleVersions, replaceText } from '../corrections/replace-text'
import { insertArticle, getArticle } from '../db/repos/articles'
import { listHighlights } from '../db/repos/highlights'
import { listTags } from '../db/repos/tags'
import { colorNames, renameColor } from './color-names'
import {
  createHighlight,
  deleteHighlight,
  findQuote,
  restoreHighlight,
  updateHighlight,
} from './highlights'

function libraryWithArticle() {
  const lib = tempLibrary()
  const id = insertArticle(
    lib.db,
    {
      sourceId: null,
      position: 0,
      title: '关于打通堵点的通知',
      blocks: [
        { kind: 'paragraph', text: '要加快打诵政策落地的“最后一公里”，推动高质量发展。' },
        { kind: 'heading', text: '二、重点任务' },
        { kind: 'paragraph', text: '各地要打诵数据壁垒，推动高质量发展，确保取得实效。' },
      ],
    },
    new Date().toISOString(),
  )
  return { db: lib.db, id }
}

describe('highlights', () => {
  it('creates with offsets and a 32-unit quote selector, lists in document order', () => {
    const { db, id } = libraryWithArticle()
    const second = findQuote(db, id, '推动高质量发展', 2)
    const b = createHighlight(db, { articleId: id, ...second, color: 'blue' })
    const first = findQuote(db, id, '推动高质量发展')
    const a = createHighlight(db, { articleId: id, ...first, tags: ['产业/数字经济', '重点'] })
    const text = getArticle(db, id).text
    expect(a.exact).toBe('推动高质量发展')
    expect(a.prefix).toBe(text.slice(Math.max(0, a.start - 32), a.start))
    expect(b.suffix).toBe(text.slice(b.end, b.end + 32))
    expect(listHighlights(db, id).map((h) => h.id)).toEqual([a.id, b.id])
    expect(a.tags).toEqual(['产业/数字经济', '重点'])
    expect(listTags(db).map((t) => t.name)).toEqual(['产业', '产业/数字经济', '重点'])
  })

  it('updates colour, note and tags; deletes and restores with note and tags', () => {
    const { db, id } = libraryWithArticle()
    const h = createHighlight(db, { articleId: id, ...findQuote(db, id, '最后一公里') })
    const u = updateHighlight(db, h.id, {
      color: 'pink',
      note: { json: '{"root":{}}', text: '需核实数据来源' },
      tags: ['存疑'],
    })
    expect(u).toMatchObject({ color: 'pink', noteText: '需核实数据来源', tags: ['存疑'] })
    const gone = deleteHighlight(db, h.id)
    expect(listHighlights(db, id)).toEqual([])
    const back = restoreHighlight(db, gone)
    expect(back).toMatchObject({
      id: h.id,
      color: 'pink',
      noteText: '需核实数据来源',
      tags: ['存疑'],
    })
  })

  it('refuses a range outside the text, naming the article', () => {
    const { db, id } = libraryWithArticle()
    expect(() => createHighlight(db, { articleId: id, start: 5, end: 5000 })).toThrow(
      new RegExp(`article ${id}: range 5–5000 lies outside`),
    )
    expect(() => findQuote(db, id, '不存在的话')).toThrow(/does not occur/)
  })
})

describe('colour names', () => {
  it('keeps only the names a researcher gave, trimmed', () => {
    const { db } = libraryWithArticle()
    expect(colorNames(db)).toEqual({})
    renameColor(db, 'pink', ' 待核实 ')
    expect(renameColor(db, 'blue', '对比')).toEqual({ pink: '待核实', blue: '对比' })
    expect(colorNames(db)).toEqual({ pink: '待核实', blue: '对比' })
  })
})

describe('replaceText', () => {
  it('corrects inside a highlight, keeps a version, and the highlight follows', () => {
    const { db, id } = libraryWithArticle()
    const h = createHighlight(db, { articleId: id, ...findQuote(db, id, '加快打诵政策') })
    const later = createHighlight(db, { articleId: id, ...findQuote(db, id, '确保取得实效') })
    const before = getArticle(db, id).text
    const dry = replaceText(db, [id], { find: '打诵', replace: '打通', dryRun: true })
    expect(dry).toMatchObject({ replacements: 2, highlights: { ok: 1, moved: 1, orphan: 0 } })
    expect(getArticle(db, id).text).toBe(before)

    const out = replaceText(db, [id], { find: '打诵', replace: '打通' })
    expect(out).toEqual({
      articles: 1,
      replacements: 2,
      highlights: { ok: 1, moved: 1, orphan: 0 },
    })
    const after = getArticle(db, id)
    expect(after.text).not.toContain('打诵')
    expect(after.blocks[2]!.text).toBe('各地要打通数据壁垒，推动高质量发展，确保取得实效。')
    const [h2, later2] = listHighlights(db, id)
    expect(h2).toMatchObject({ id: h.id, exact: '加快打通政策', anchor: 'moved' })
    expect(later2).toMatchObject({ id: later.id, exact: '确保取得实效', anchor: 'ok' })
    expect(after.text.slice(later2!.start, later2!.end)).toBe('确保取得实效')
    expect(articleVersions(db, id).map((v) => v.text)).toEqual([before])
  })

  it('never drops a highlight whose text is deleted: it becomes an orphan with its note', () => {
    const { db, id } = libraryWithArticle()
    const h = createHighlight(db, {
      articleId: id,
      ...findQuote(db, id, '“最后一公里”'),
      noteText: '提法出处',
    })
    const out = replaceText(db, [id], { find: '政策落地的“最后一公里”', replace: '' })
    expect(out.highlights.orphan).toBe(1)
    expect(listHighlights(db, id)).toMatchObject([
      { id: h.id, anchor: 'orphan', exact: '“最后一公里”', noteText: '提法出处' },
    ])
    const text = getArticle(db, id).text
    const reattached = updateHighlight(db, h.id, { range: { start: 0, end: 4 } })
    expect(reattached).toMatchObject({ anchor: 'ok', exact: text.slice(0, 4) })
  })

  it('replaces one occurrence at an offset, and refuses line breaks', () => {
    const { db, id } = libraryWithArticle()
    const at = findQuote(db, id, '打诵', 2).start
    expect(replaceText(db, [id], { find: '打诵', replace: '打通', at }).replacements).toBe(1)
    expect(getArticle(db, id).text.indexOf('打诵')).toBeLessThan(at)
    expect(() => replaceText(db, [id], { find: '打诵', replace: '打通', at: 0 })).toThrow(
      /not at offset 0/,
    )
    expect(() => replaceText(db, 'all', { find: '打诵', replace: 'a\nb' })).toThrow(/line break/)
  })
})
