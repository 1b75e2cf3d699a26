/** The PDF-like pages must split back into exactly the articles they were made from. */
import { describe, expect, it } from 'vitest'
import { layoutArticles } from '../src/main/core/text/layout'
import { accountCharacters } from '../src/main/core/text/accounting'
import { generateCorpus } from './corpus'
import { pdfLikePages } from './pdf-like'

describe('pdfLikePages', () => {
  const corpus = generateCorpus({ seed: 7, articles: 60, targetChars: 180_000 })
  const pages = pdfLikePages(corpus, 7)

  it('puts five articles on a page and is deterministic', () => {
    expect(pages).toHaveLength(12)
    expect(pdfLikePages(corpus, 7)).toEqual(pages)
  })

  it('splits back into the original articles with nothing lost', () => {
    const titles: string[] = []
    const bodies: string[][] = []
    for (const page of pages) {
      const lines = page.text.split('\n').map((text) => ({ text }))
      const out = layoutArticles(
        {
          format: 'txt',
          encoding: 'utf-8',
          structured: false,
          pages: [{ number: null, lines }],
          meta: {},
        },
        { split: 'auto', fallbackTitle: page.fileName },
      )
      expect(accountCharacters(page.text, out.drafts, out.dropped)).toEqual({
        missing: '',
        extra: '',
      })
      for (const d of out.drafts) {
        expect(d.byline).not.toBeNull()
        expect(d.blocks.every((b) => b.kind === 'paragraph')).toBe(true)
      }
      titles.push(...out.drafts.map((d) => d.title))
      bodies.push(...out.drafts.map((d) => d.blocks.map((b) => b.text)))
    }
    expect(titles).toEqual(corpus.map((f) => f.text.split('\n')[0]))
    // the rejoined, repaired paragraphs are the generator's paragraphs, character for character
    expect(bodies).toEqual(
      corpus.map((f) =>
        f.text
          .split('\n')
          .slice(1)
          .filter((l) => l !== '')
          .map((l) => l.replace(/^\u3000+/u, '')),
      ),
    )
  })
})
