/** The bench corpus must be reproducible and shaped like policy news. */
import { describe, expect, it } from 'vitest'
import { corpusStats, generateCorpus, MIN_PARAGRAPHS } from './corpus'

const FULL = { seed: 20240501, articles: 1000, targetChars: 3_000_000 }

describe('generateCorpus', () => {
  const corpus = generateCorpus(FULL)

  it('gives the same corpus for the same seed', () => {
    expect(generateCorpus(FULL)).toEqual(corpus)
  })

  it('gives a different corpus for a different seed', () => {
    const other = generateCorpus({ ...FULL, seed: FULL.seed + 1, articles: 20 })
    expect(other.map((f) => f.text)).not.toEqual(corpus.slice(0, 20).map((f) => f.text))
  })

  it('reaches about the target size', () => {
    const stats = corpusStats(corpus)
    expect(stats.articles).toBe(1000)
    expect(stats.chars).toBeGreaterThanOrEqual(2_700_000)
    expect(stats.chars).toBeLessThanOrEqual(3_300_000)
    expect(stats.bytes).toBeGreaterThan(stats.chars)
  })

  it('gives every article a title line and at least eight paragraphs', () => {
    for (const { text } of corpus) {
      const [title, ...paragraphs] = text.split('\n').filter((l) => l.trim() !== '')
      expect(title).toMatch(/^[^\s\u3000].*[\u4e00-\u9fff]/)
      expect(title!.length).toBeLessThanOrEqual(80)
      expect(paragraphs.length).toBeGreaterThanOrEqual(MIN_PARAGRAPHS)
      for (const p of paragraphs) expect(p).toMatch(/^\u3000\u3000[^\s\u3000]/)
    }
  })

  it('gives every file a distinct name and distinct text', () => {
    expect(new Set(corpus.map((f) => f.fileName)).size).toBe(corpus.length)
    expect(new Set(corpus.map((f) => f.text)).size).toBe(corpus.length)
  })

  it('uses full-width punctuation between Chinese characters', () => {
    const asciiBetweenCjk = /[\u4e00-\u9fff][,;:!?()][\u4e00-\u9fff]/
    for (const { text } of corpus) expect(text).not.toMatch(asciiBetweenCjk)
    expect(corpus[0]!.text).toMatch(/[，。]/)
  })
})
