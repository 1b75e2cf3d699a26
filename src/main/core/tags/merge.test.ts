import { describe, expect, it } from 'vitest'
import { AppException } from '@shared/result'
import { tempLibrary } from '../../../../tests/helpers/temp'
import { highlightTagNames } from '../db/repos/tags'
import { addArticle } from '../search/test-support'
import { articleTags, setArticleTags } from './article-tags'
import { browseTags } from './browse'
import { setTagColor } from './edit'
import { mergeTags } from './merge'
import { existing, hits, tagId, taggedHighlight } from './test-support'

describe('mergeTags', () => {
  it('moves every use into the target once, and the merged items are found under it', () => {
    const { db } = tempLibrary()
    const both = taggedHighlight(db, '优化营商环境', ['营商', '营商环境'])
    const only = taggedHighlight(db, '放管服改革', ['营商'])
    const article = addArticle(db, '营商环境条例', '正文')
    setArticleTags(db, article, ['营商', '营商环境'])
    const from = existing(db, '营商')!
    const into = existing(db, '营商环境')!
    const merged = mergeTags(db, from, into)
    expect(merged).toMatchObject({ id: into, path: '营商环境', highlights: 2, articles: 1 })
    expect(existing(db, '营商')).toBeUndefined()
    expect(highlightTagNames(db, both)).toEqual(['营商环境'])
    expect(highlightTagNames(db, only)).toEqual(['营商环境'])
    expect(articleTags(db, article)).toEqual(['营商环境'])
    expect(hits(db, '营商环境').sort()).toEqual(
      [`article:${article}`, `highlight:${both}`, `highlight:${only}`].sort(),
    )
  })

  it('moves sub-tags under the target, merging same-named ones recursively', () => {
    const { db } = tempLibrary()
    const h1 = taggedHighlight(db, '甲', ['旧/制造业/集群'])
    const h2 = taggedHighlight(db, '乙', ['旧/服务业'])
    const h3 = taggedHighlight(db, '丙', ['新/制造业/集群', '新/制造业/链长制'])
    const into = existing(db, '新')!
    setTagColor(db, existing(db, '旧')!, 'red')
    expect(mergeTags(db, existing(db, '旧')!, into)).toMatchObject({
      color: 'red',
      highlightsWithin: 3,
      descendants: 4,
    })
    expect(browseTags(db).map((t) => t.path)).toEqual([
      '新',
      '新/服务业',
      '新/制造业',
      '新/制造业/集群',
      '新/制造业/链长制',
    ])
    expect(highlightTagNames(db, h1)).toEqual(['新/制造业/集群'])
    expect(highlightTagNames(db, h2)).toEqual(['新/服务业'])
    expect(highlightTagNames(db, h3)).toEqual(['新/制造业/集群', '新/制造业/链长制'])
  })

  it('merges a tag into its parent, even when it has a sub-tag of its own name', () => {
    const { db } = tempLibrary()
    const h = taggedHighlight(db, '甲', ['政策/政策', '政策/政策/政策'])
    const parent = existing(db, '政策')!
    mergeTags(db, existing(db, '政策/政策')!, parent)
    expect(browseTags(db).map((t) => t.path)).toEqual(['政策', '政策/政策'])
    expect(highlightTagNames(db, h)).toEqual(['政策', '政策/政策'])
  })

  it('refuses merging into itself or one of its sub-tags, changing nothing', () => {
    const { db } = tempLibrary()
    const top = tagId(db, '产业政策')
    const sub = tagId(db, '产业政策/制造业/集群')
    const message = (fn: () => unknown): string => {
      try {
        fn()
      } catch (e) {
        if (e instanceof AppException) return `${e.code}: ${e.message}`
      }
      return 'no error'
    }
    expect(message(() => mergeTags(db, top, top))).toMatch(/^INVALID_INPUT: Cannot merge/)
    expect(message(() => mergeTags(db, top, sub))).toBe(
      'INVALID_INPUT: Cannot merge "产业政策" into "产业政策/制造业/集群": a tag cannot merge into itself or one of its sub-tags',
    )
    expect(message(() => mergeTags(db, top, 777))).toBe('NOT_FOUND: No tag with id 777')
    expect(browseTags(db)).toHaveLength(3)
  })
})
