// Dismissed suggestions stay dismissed through text corrections around them,
// and come back (as the new suggestion) when the dismissed words change.
import { describe, expect, it } from 'vitest'
import type { PolicyCandidate } from '@shared/calls/policy'
import { fixture, tempLibrary } from '../../../../tests/helpers/temp'
import { replaceText } from '../corrections/replace-text'
import { getArticle } from '../db/repos/articles'
import { importPaths } from '../import/pipeline'
import { candidatesFor, dismissPolicyPoint } from './registry'

async function setup() {
  const library = tempLibrary()
  await importPaths(library.db, [fixture('policy-notice.txt')])
  return library.db
}

const find = (list: PolicyCandidate[], label: string): PolicyCandidate[] =>
  list.filter((c) => c.label === label)

describe('dismissals through text corrections', () => {
  it('keeps a dismissal after a correction before it, and shows the new label after one inside it', async () => {
    const db = await setup()
    const framework = find(candidatesFor(db, 1), '3+3+N')
    expect(framework).toHaveLength(1)
    expect(dismissPolicyPoint(db, { articleId: 1, ...framework[0]! })).toBe(true)
    expect(find(candidatesFor(db, 1), '3+3+N')).toEqual([])

    // A correction before it shifts every offset after it by more than its length.
    const added = '和南江市发展和改革委员会'
    replaceText(db, [1], { find: '南江市政府办公室', replace: `南江市政府办公室${added}` })
    const shift = added.length
    const { start, end } = framework[0]!
    expect(getArticle(db, 1).text.slice(start + shift, end + shift)).toBe(framework[0]!.text)
    expect(find(candidatesFor(db, 1), '3+3+N')).toEqual([])
    expect(
      dismissPolicyPoint(db, {
        articleId: 1,
        ...framework[0]!,
        start: start + shift,
        end: end + shift,
      }),
    ).toBe(false)

    // Correcting the dismissed words themselves makes a different policy point.
    replaceText(db, [1], { find: '3+3+N', replace: '3+5+N' })
    const after = candidatesFor(db, 1)
    expect(find(after, '3+3+N')).toEqual([])
    expect(find(after, '3+5+N')).toHaveLength(1)
  })

  it('dismisses one occurrence of a repeated mention, not the others, before and after a correction', async () => {
    const db = await setup()
    const all = candidatesFor(db, 1)
    const text = getArticle(db, 1).text
    const repeated = all.filter((c) => c.text === '“24条”')
    expect(repeated.length).toBeGreaterThanOrEqual(3)
    const target = repeated.find((c) => text.slice(c.end, c.end + 4) === '坚持问题')!
    expect(target).toBeDefined()
    dismissPolicyPoint(db, { articleId: 1, ...target })
    const left = candidatesFor(db, 1).filter((c) => c.text === '“24条”')
    expect(left).toHaveLength(repeated.length - 1)

    replaceText(db, [1], { find: '近日，', replace: '' })
    const corrected = getArticle(db, 1).text
    const now = candidatesFor(db, 1).filter((c) => c.text === '“24条”')
    expect(now).toHaveLength(repeated.length - 1)
    for (const c of now) expect(corrected.slice(c.end, c.end + 4)).not.toBe('坚持问题')
  })

  it('refuses a range outside the article', async () => {
    const db = await setup()
    expect(() =>
      dismissPolicyPoint(db, { articleId: 1, start: 5, end: 99_999, kind: 'slogan', label: 'x' }),
    ).toThrow(/article 1: 5-99999 is not a range inside its \d+ characters/)
  })
})
