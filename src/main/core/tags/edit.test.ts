import { describe, expect, it } from 'vitest'
import { AppException } from '@shared/result'
import { tempLibrary } from '../../../../tests/helpers/temp'
import { dispatch } from '../api/dispatch'
import { createHandlers } from '../api/handlers'
import { highlightTagNames } from '../db/repos/tags'
import { moveTag, renameTag, setTagColor } from './edit'
import { existing, hits, tagId, taggedHighlight } from './test-support'

function codeOf(fn: () => unknown): string | undefined {
  try {
    fn()
  } catch (e) {
    if (e instanceof AppException) return `${e.code}: ${e.message}`
    throw e
  }
  return undefined
}

describe('renameTag', () => {
  it('renames the last part; search finds the highlight by the new name, not the old', () => {
    const { db } = tempLibrary()
    const h = taggedHighlight(db, '推动产业升级', ['产业政策/制造业'])
    const id = existing(db, '产业政策/制造业')!
    expect(hits(db, '制造业')).toEqual([`highlight:${h}`])
    const renamed = renameTag(db, id, ' 先进制造 ')
    expect(renamed).toMatchObject({
      id,
      path: '产业政策/先进制造',
      name: '先进制造',
      highlights: 1,
    })
    expect(highlightTagNames(db, h)).toEqual(['产业政策/先进制造'])
    expect(hits(db, '制造业')).toEqual([])
    expect(hits(db, '先进制造')).toEqual([`highlight:${h}`])
  })

  it('refuses a name a sibling has, naming both paths and suggesting a merge', () => {
    const { db } = tempLibrary()
    const a = tagId(db, '产业政策/制造')
    tagId(db, '产业政策/制造业')
    tagId(db, '其他/制造') // a cousin with the name is fine
    expect(codeOf(() => renameTag(db, a, '制造业'))).toBe(
      'DUPLICATE: Cannot make "产业政策/制造" into "产业政策/制造业": "产业政策/制造业" already exists; merge the two tags instead',
    )
    expect(existing(db, '产业政策/制造')).toBe(a)
    expect(renameTag(db, a, '制造').path).toBe('产业政策/制造')
    expect(codeOf(() => renameTag(db, a, 'a/b'))).toMatch(/^INVALID_INPUT/)
    expect(codeOf(() => renameTag(db, 999, '新'))).toBe('NOT_FOUND: No tag with id 999')
  })
})

describe('moveTag', () => {
  it('moves a tag with its sub-tags under another tag and back to the top', () => {
    const { db } = tempLibrary()
    const h = taggedHighlight(db, '数据要素市场化', ['数字经济/数据要素'])
    const digital = existing(db, '数字经济')!
    const policy = tagId(db, '产业政策')
    expect(moveTag(db, digital, policy)).toMatchObject({
      path: '产业政策/数字经济',
      descendants: 1,
    })
    expect(highlightTagNames(db, h)).toEqual(['产业政策/数字经济/数据要素'])
    expect(hits(db, '数据要素')).toEqual([`highlight:${h}`])
    expect(moveTag(db, digital, null)).toMatchObject({ path: '数字经济', parentId: null })
    expect(highlightTagNames(db, h)).toEqual(['数字经济/数据要素'])
  })

  it('refuses cycles, name clashes and unknown parents, changing nothing', () => {
    const { db } = tempLibrary()
    const top = tagId(db, '产业政策')
    const child = tagId(db, '产业政策/制造业')
    const grandchild = tagId(db, '产业政策/制造业/集群')
    expect(codeOf(() => moveTag(db, top, top))).toMatch(
      /^INVALID_INPUT: Cannot move "产业政策" under "产业政策"/,
    )
    expect(codeOf(() => moveTag(db, top, grandchild))).toBe(
      'INVALID_INPUT: Cannot move "产业政策" under "产业政策/制造业/集群": a tag cannot go under itself or one of its sub-tags',
    )
    const other = tagId(db, '集群')
    expect(codeOf(() => moveTag(db, other, child))).toMatch(
      /^DUPLICATE: Cannot make "集群" into "产业政策\/制造业\/集群".*merge/,
    )
    expect(codeOf(() => moveTag(db, child, 4242))).toBe('NOT_FOUND: No tag with id 4242')
    expect(existing(db, '产业政策/制造业/集群')).toBe(grandchild)
    expect(existing(db, '集群')).toBe(other)
  })
})

describe('setTagColor', () => {
  it('sets and clears a colour', () => {
    const { db } = tempLibrary()
    const id = tagId(db, '重点')
    expect(setTagColor(db, id, 'red').color).toBe('red')
    expect(setTagColor(db, id, null).color).toBeNull()
  })
})

describe('tag calls through dispatch', () => {
  it('return the core errors as codes', async () => {
    const library = tempLibrary()
    const handlers = createHandlers({ library, shell: 'browser', version: 'test' })
    const a = tagId(library.db, '甲')
    tagId(library.db, '乙')
    const clash = await dispatch(handlers, 'tags.rename', { id: a, name: '乙' })
    expect(clash).toMatchObject({ ok: false, error: { code: 'DUPLICATE' } })
    const moved = await dispatch(handlers, 'tags.move', { id: a, parentId: a })
    expect(moved).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } })
    const colored = await dispatch(handlers, 'tags.setColor', { id: a, color: 'blue' })
    expect(colored).toMatchObject({ ok: true, value: { path: '甲', color: 'blue' } })
    const browsed = await dispatch(handlers, 'tags.browse', {})
    expect(browsed).toMatchObject({ ok: true, value: [{ path: '甲' }, { path: '乙' }] })
  })
})
