import { describe, expect, it } from 'vitest'
import type { TagSummary } from '@shared/calls/tags'
import { subtreeIds, visibleRows, withAncestors } from './tag-tree'

function tag(id: number, path: string, parentId: number | null, descendants = 0): TagSummary {
  const name = path.split('/').pop() ?? path
  return {
    id,
    path,
    name,
    parentId,
    color: null,
    highlights: 0,
    articles: 0,
    highlightsWithin: 0,
    articlesWithin: 0,
    descendants,
  }
}

const TAGS = [
  tag(1, '产业政策', null, 3),
  tag(2, '产业政策/制造业', 1, 1),
  tag(4, '产业政策/制造业/汽车', 2),
  tag(3, '产业政策/服务业', 1),
  tag(5, '营商环境', null),
]

describe('visibleRows', () => {
  it('shows every tag with its depth when nothing is collapsed', () => {
    const rows = visibleRows(TAGS, new Set())
    expect(rows.map((r) => [r.tag.id, r.depth, r.hasChildren])).toEqual([
      [1, 0, true],
      [2, 1, true],
      [4, 2, false],
      [3, 1, false],
      [5, 0, false],
    ])
  })

  it('hides everything below a collapsed tag, at any depth', () => {
    expect(visibleRows(TAGS, new Set([1])).map((r) => r.tag.id)).toEqual([1, 5])
    expect(visibleRows(TAGS, new Set([2])).map((r) => r.tag.id)).toEqual([1, 2, 3, 5])
  })
})

describe('subtreeIds', () => {
  it('collects a tag and all tags below it', () => {
    expect([...subtreeIds(TAGS, 1)].sort()).toEqual([1, 2, 3, 4])
    expect([...subtreeIds(TAGS, 2)].sort()).toEqual([2, 4])
    expect([...subtreeIds(TAGS, 5)]).toEqual([5])
  })
})

describe('withAncestors', () => {
  it('keeps matching tags and the tags above them, in order', () => {
    expect(withAncestors(TAGS, (t) => t.name === '汽车').map((t) => t.id)).toEqual([1, 2, 4])
    expect(withAncestors(TAGS, (t) => t.id === 3 || t.id === 5).map((t) => t.id)).toEqual([1, 3, 5])
    expect(withAncestors(TAGS, () => false)).toEqual([])
  })
})
