import { describe, expect, it } from 'vitest'
import { tempLibrary } from '../../../../tests/helpers/temp'
import { createSavedSearch, listSavedSearches } from '../db/repos/saved-searches'
import { renameTag } from './edit'
import { mergeTags } from './merge'
import { existing, tagId } from './test-support'

const NOW = '2024-05-01T00:00:00.000Z'

describe('saved searches follow their tag', () => {
  it('to its new name after a rename or a merge', () => {
    const { db } = tempLibrary()
    const a = tagId(db, '营商')
    tagId(db, '营商环境')
    createSavedSearch(db, '营商跟踪', { query: '审批', tag: '营商', kind: 'highlight' }, NOW)
    createSavedSearch(db, '全部', { query: '审批' }, NOW)
    renameTag(db, a, '营商改革')
    expect(listSavedSearches(db).map((s) => s.request)).toEqual([
      { query: '审批', tag: '营商改革', kind: 'highlight' },
      { query: '审批' },
    ])
    mergeTags(db, a, existing(db, '营商环境')!)
    expect(listSavedSearches(db)[0]!.request.tag).toBe('营商环境')
  })

  it('not while another tag still has the old name', () => {
    const { db } = tempLibrary()
    const a = tagId(db, '东部/制造业')
    tagId(db, '西部/制造业')
    createSavedSearch(db, '制造业', { query: '', tag: '制造业' }, NOW)
    renameTag(db, a, '先进制造业')
    expect(listSavedSearches(db)[0]!.request.tag).toBe('制造业')
  })
})
