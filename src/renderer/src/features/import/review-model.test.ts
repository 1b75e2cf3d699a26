import { describe, expect, it } from 'vitest'
import type { ArticleDraft } from '@shared/domain'
import {
  commitInput,
  dropDraft,
  editDraft,
  editFileMeta,
  mergeWithNext,
  reviewFile,
  splitAt,
} from './review-model'

const draft = (title: string, paras: string[], byline: string | null = null): ArticleDraft => ({
  title,
  kicker: null,
  subtitle: null,
  byline,
  publication: null,
  publishedOn: null,
  page: null,
  blocks: paras.map((text) => ({ kind: 'paragraph', text })),
})

const file = () =>
  reviewFile('版面.txt', 'AA==', {
    format: 'txt',
    encoding: 'utf-8',
    drafts: [
      draft('甲', ['一段。', '二段。'], '刘尧'),
      draft('乙', ['三段。'], '周雄'),
      draft('丙', ['四段。']),
    ],
  })

describe('review edits', () => {
  it('merges an article with the next, keeping the second title as a sub-heading', () => {
    const f = mergeWithNext(file(), 0)
    expect(f.drafts.map((d) => d.title)).toEqual(['甲', '丙'])
    expect(f.drafts[0]!.blocks.map((b) => `${b.kind}:${b.text}`)).toEqual([
      'paragraph:一段。',
      'paragraph:二段。',
      'heading:乙',
      'paragraph:三段。',
    ])
    expect(f.drafts[0]!.byline).toBe('刘尧 周雄')
    expect(mergeWithNext(f, 1)).toBe(f)
  })

  it('splits an article at a paragraph', () => {
    const f = splitAt(file(), 0, 1)
    expect(f.drafts.map((d) => d.title)).toEqual(['甲', '二段。', '乙', '丙'])
    expect(f.drafts[0]!.blocks).toHaveLength(1)
    expect(f.drafts[1]!.byline).toBeNull()
    expect(new Set(f.drafts.map((d) => d.key)).size).toBe(4)
    expect(splitAt(file(), 0, 0).drafts).toHaveLength(3)
  })

  it('renames, drops, and fills file-wide metadata in the commit input', () => {
    let f = editDraft(file(), 1, { title: '新标题', page: ' 5 ' })
    f = dropDraft(f, 2)
    f = editFileMeta(f, { publication: '南江日报', publishedOn: '2024-05-21' })
    const input = commitInput(f)
    expect(input.drafts.map((d) => d.title)).toEqual(['甲', '新标题'])
    expect(input).toMatchObject({ publication: '南江日报', publishedOn: '2024-05-21', page: null })
    expect(input.drafts[1]!.page).toBe('5')
    expect(input.drafts[0]).not.toHaveProperty('key')
  })
})
