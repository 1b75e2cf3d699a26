import { describe, expect, it } from 'vitest'
import { tempLibrary } from '../../../../tests/helpers/temp'
import { getHighlight } from '../db/repos/highlights'
import { addArticle } from '../search/test-support'
import { articleTags, setArticleTags } from './article-tags'
import { browseTags } from './browse'
import { deleteTag, tagDeleteImpact } from './delete'
import { existing, hits, taggedHighlight } from './test-support'

describe('deleting a tag', () => {
  it('reports then removes the tag and its sub-tags; items stay, search forgets the names', () => {
    const { db } = tempLibrary()
    const h1 = taggedHighlight(db, '甲', ['产业政策/制造业', '产业政策'])
    const h2 = taggedHighlight(db, '乙', ['产业政策/数字经济/数据要素', '重点'])
    const article = addArticle(db, '标题', '正文')
    setArticleTags(db, article, ['产业政策/数字经济', '重点'])
    const id = existing(db, '产业政策')!
    const impact = { id, path: '产业政策', tags: 4, highlights: 2, articles: 1 }
    expect(tagDeleteImpact(db, id)).toEqual(impact)
    expect(hits(db, '数据要素')).toEqual([`highlight:${h2}`])
    expect(hits(db, '数字经济')).toContain(`article:${article}`)

    expect(deleteTag(db, id)).toEqual(impact)
    expect(browseTags(db).map((t) => t.path)).toEqual(['重点'])
    expect(getHighlight(db, h1).tags).toEqual([])
    expect(getHighlight(db, h2).tags).toEqual(['重点'])
    expect(articleTags(db, article)).toEqual(['重点'])
    for (const gone of ['产业政策', '制造业', '数字经济', '数据要素'])
      expect(hits(db, gone)).toEqual([])
    expect(hits(db, '重点').sort()).toEqual([`article:${article}`, `highlight:${h2}`].sort())
    expect(() => tagDeleteImpact(db, id)).toThrow(`No tag with id ${id}`)
    expect(() => deleteTag(db, id)).toThrow(`No tag with id ${id}`)
  })
})
