import { describe, expect, it } from 'vitest'
import { tempLibrary } from '../../../../../tests/helpers/temp'
import { rebuildSearchIndex } from '../../search/reindex'
import { search } from '../../search/search'
import { addArticle } from '../../search/test-support'
import {
  getArticleNote,
  getReadingPosition,
  saveArticleNote,
  saveReadingPosition,
} from './reader-state'

const articleHits = (db: Parameters<typeof search>[0], query: string): number[] =>
  search(db, { query, kind: 'article' }).hits.map((h) => h.id)

describe('article note', () => {
  it('is empty until written, then round-trips and can be emptied', () => {
    const { db } = tempLibrary()
    const a = addArticle(db, '营商环境', '招商引资')
    expect(getArticleNote(db, a)).toEqual({ json: null, text: '', updatedAt: null })
    const saved = saveArticleNote(db, a, { json: '{"root":1}', text: '需要对比上海方案' })
    expect(getArticleNote(db, a)).toEqual(saved)
    expect(saved.text).toBe('需要对比上海方案')
    saveArticleNote(db, a, { json: null, text: '  ' })
    expect(getArticleNote(db, a).updatedAt).toBeNull()
  })

  it('makes the article findable by its note, kept by triggers and by a full rebuild', () => {
    const { db } = tempLibrary()
    const a = addArticle(db, '营商环境', '招商引资')
    expect(articleHits(db, '上海方案')).toEqual([])
    saveArticleNote(db, a, { json: null, text: '需要对比上海方案' })
    expect(articleHits(db, '上海方案')).toEqual([a])
    rebuildSearchIndex(db)
    expect(articleHits(db, '上海方案')).toEqual([a])
    saveArticleNote(db, a, { json: null, text: '改为北京' })
    expect(articleHits(db, '上海方案')).toEqual([])
    expect(articleHits(db, '北京')).toEqual([a])
    db.prepare('DELETE FROM articles WHERE id = ?').run(a)
    expect(articleHits(db, '北京')).toEqual([])
    expect(db.prepare('SELECT count(*) AS n FROM article_notes').get()).toEqual({ n: 0 })
  })

  it('refuses an unknown article without writing', () => {
    const { db } = tempLibrary()
    expect(() => saveArticleNote(db, 99, { json: null, text: '笔记' })).toThrow(/No article/)
    expect(() => getArticleNote(db, 99)).toThrow(/No article/)
  })
})

describe('reading position', () => {
  it('is null until saved, then remembered and clamped to the text', () => {
    const { db } = tempLibrary()
    const a = addArticle(db, '标题', '正文共六个字')
    expect(getReadingPosition(db, a)).toBeNull()
    expect(saveReadingPosition(db, a, 3)).toBe(3)
    expect(getReadingPosition(db, a)).toBe(3)
    expect(saveReadingPosition(db, a, 1000)).toBe(6)
    expect(getReadingPosition(db, a)).toBe(6)
    expect(() => saveReadingPosition(db, 99, 1)).toThrow(/No article/)
  })
})
