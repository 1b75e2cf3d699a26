import { describe, expect, it } from 'vitest'
import { tempLibrary } from '../../../../tests/helpers/temp'
import { addArticle } from '../search/test-support'
import { setArticleTags } from './article-tags'
import { browseTags, tagSummary } from './browse'
import { setTagColor } from './edit'
import { tagId, taggedHighlight } from './test-support'

describe('browseTags', () => {
  it('counts direct uses and uses within sub-tags, each item once', () => {
    const { db } = tempLibrary()
    taggedHighlight(db, '制造业高质量发展', ['产业政策/制造业'])
    // One highlight tagged with the parent and a sub-tag counts once within the parent.
    taggedHighlight(db, '先进制造业集群', ['产业政策', '产业政策/制造业', '重点'])
    taggedHighlight(db, '数字经济核心产业', ['产业政策/数字经济/数据要素'])
    const article = addArticle(db, '关于促进民营经济发展的意见', '正文')
    setArticleTags(db, article, ['产业政策/制造业', '产业政策/数字经济'])

    const byPath = new Map(browseTags(db).map((t) => [t.path, t]))
    expect([...byPath.keys()]).toEqual([
      '产业政策',
      '产业政策/数字经济',
      '产业政策/数字经济/数据要素',
      '产业政策/制造业',
      '重点',
    ])
    expect(byPath.get('产业政策')).toMatchObject({
      name: '产业政策',
      parentId: null,
      highlights: 1,
      articles: 0,
      highlightsWithin: 3,
      articlesWithin: 1,
      descendants: 3,
      color: null,
    })
    expect(byPath.get('产业政策/制造业')).toMatchObject({
      name: '制造业',
      parentId: byPath.get('产业政策')!.id,
      highlights: 2,
      articles: 1,
      highlightsWithin: 2,
      articlesWithin: 1,
      descendants: 0,
    })
    expect(byPath.get('产业政策/数字经济')).toMatchObject({
      highlights: 0,
      articles: 1,
      highlightsWithin: 1,
      articlesWithin: 1,
      descendants: 1,
    })
  })

  it('shows colours and answers one tag, or NOT_FOUND', () => {
    const { db } = tempLibrary()
    const id = tagId(db, '营商环境')
    setTagColor(db, id, 'teal')
    expect(tagSummary(db, id)).toMatchObject({ path: '营商环境', color: 'teal', highlights: 0 })
    expect(() => tagSummary(db, id + 99)).toThrow(`No tag with id ${id + 99}`)
    expect(browseTags(tempLibrary().db)).toEqual([])
  })
})

describe('tagSummary', () => {
  it('gives each tag the same numbers as the browser', () => {
    const { db } = tempLibrary()
    taggedHighlight(db, '甲', ['产业政策', '产业政策/制造业/集群'])
    taggedHighlight(db, '乙', ['产业政策/数字经济'])
    setArticleTags(db, addArticle(db, '标题', '正文'), ['产业政策/制造业', '产业政策'])
    setTagColor(db, tagId(db, '产业政策/制造业'), 'blue')
    for (const t of browseTags(db)) expect(tagSummary(db, t.id)).toEqual(t)
  })
})
