import { describe, expect, it } from 'vitest'
import { tempLibrary } from '../../../../tests/helpers/temp'
import { addArticle } from '../search/test-support'
import { articleTags, setArticleTags } from './article-tags'
import { browseTags } from './browse'
import { hits } from './test-support'

describe('article tags', () => {
  it('sets, replaces and clears an article’s tags, creating tags and indexing them', () => {
    const { db } = tempLibrary()
    const a = addArticle(db, '达州市重点产业24条', '正文')
    expect(articleTags(db, a)).toEqual([])
    expect(setArticleTags(db, a, ['地区/达州', '产业政策', ' 地区 / 达州 '])).toEqual([
      '产业政策',
      '地区/达州',
    ])
    expect(browseTags(db).map((t) => t.path)).toEqual(['产业政策', '地区', '地区/达州'])
    expect(hits(db, '产业政策')).toEqual([`article:${a}`])
    expect(setArticleTags(db, a, ['地区/达州', '四川'])).toEqual(['地区/达州', '四川'])
    expect(hits(db, '产业政策')).toEqual([])
    expect(hits(db, '四川')).toEqual([`article:${a}`])
    expect(setArticleTags(db, a, [])).toEqual([])
    expect(hits(db, '四川')).toEqual([])
  })

  it('names a missing article and an empty path part, writing nothing', () => {
    const { db } = tempLibrary()
    expect(() => articleTags(db, 9)).toThrow('No article with id 9')
    expect(() => setArticleTags(db, 9, ['新标签'])).toThrow('No article with id 9')
    const a = addArticle(db, '标题', '正文')
    expect(() => setArticleTags(db, a, ['甲//乙'])).toThrow(
      'A tag path has an empty part: "甲//乙"',
    )
    expect(browseTags(db)).toEqual([])
  })
})
