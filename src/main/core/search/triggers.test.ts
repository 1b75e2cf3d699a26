import { describe, expect, it } from 'vitest'
import { tempLibrary } from '../../../../tests/helpers/temp'
import { rebuildSearchIndex } from './reindex'
import { search } from './search'
import { addArticle, addHighlight, addTag } from './test-support'

const ids = (db: Parameters<typeof search>[0], query: string, kind?: 'article'): string[] =>
  search(db, { query, ...(kind ? { kind } : {}) }).hits.map((h) => `${h.kind}:${h.id}`)

describe('index triggers', () => {
  it('indexes articles on insert, update and delete', () => {
    const { db } = tempLibrary()
    const a = addArticle(db, '营商环境', '招商引资')
    expect(ids(db, '招商')).toEqual([`article:${a}`])
    db.prepare("UPDATE articles SET text = '高质量发展' WHERE id = ?").run(a)
    expect(ids(db, '招商')).toEqual([])
    expect(ids(db, '质量')).toEqual([`article:${a}`])
    db.prepare('DELETE FROM articles WHERE id = ?').run(a)
    expect(ids(db, '质量')).toEqual([])
  })

  it('indexes highlights, notes and tags written with plain SQL', () => {
    const { db } = tempLibrary()
    const a = addArticle(db, '标题', '正文')
    const h = addHighlight(db, a, '优化营商环境', { note: '值得跟进' })
    expect(ids(db, '跟进')).toEqual([`note:${h}`])
    db.prepare("UPDATE highlights SET note_text = '' WHERE id = ?").run(h)
    expect(ids(db, '跟进')).toEqual([])
    const tag = addTag(db, '民营经济')
    db.prepare('INSERT INTO highlight_tags (highlight_id, tag_id) VALUES (?, ?)').run(h, tag)
    expect(ids(db, '民营')).toEqual([`highlight:${h}`])
    db.prepare("UPDATE tags SET name = '数字经济' WHERE id = ?").run(tag)
    expect(ids(db, '民营')).toEqual([])
    expect(ids(db, '数字')).toEqual([`highlight:${h}`])
    db.prepare('DELETE FROM tags WHERE id = ?').run(tag)
    expect(ids(db, '数字')).toEqual([])
    db.prepare('DELETE FROM articles WHERE id = ?').run(a) // cascades to the highlight
    expect(ids(db, '营商')).toEqual([])
  })

  it('indexes article tags', () => {
    const { db } = tempLibrary()
    const a = addArticle(db, '标题', '正文')
    const tag = addTag(db, '长三角')
    db.prepare('INSERT INTO article_tags (article_id, tag_id) VALUES (?, ?)').run(a, tag)
    expect(ids(db, '三角')).toEqual([`article:${a}`])
    db.prepare('DELETE FROM article_tags WHERE article_id = ?').run(a)
    expect(ids(db, '三角')).toEqual([])
  })

  it('rebuilds the whole index with the same answers', () => {
    const { db } = tempLibrary()
    const a = addArticle(db, '营商环境', '招商引资 GDP增速')
    addHighlight(db, a, '招商')
    const before = ids(db, '招商')
    db.exec("INSERT INTO search_grams(search_grams) VALUES ('delete-all')")
    expect(ids(db, '招商')).toEqual([])
    expect(rebuildSearchIndex(db)).toMatchObject({ articles: 1, highlights: 1 })
    expect(ids(db, '招商')).toEqual(before)
  })
})
