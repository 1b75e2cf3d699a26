/**
 * A deterministic synthetic corpus shaped like Chinese policy news, for the
 * import bench: each file is a headline line, then 8–20 indented paragraphs.
 * Real articles cannot ship with the repo, and the bench must measure the
 * same bytes on every machine, so everything comes from a seeded PRNG.
 */
import { mulberry32, type Rng } from './prng'
import { dateline, headline, sentence } from './sentences'

export interface CorpusOptions {
  seed: number
  articles: number
  /** Total characters (code points, newlines included) to aim for across all articles. */
  targetChars: number
}

export interface CorpusFile {
  fileName: string
  text: string
}

export interface CorpusStats {
  articles: number
  chars: number
  bytes: number
}

export const MIN_PARAGRAPHS = 8
export const MAX_PARAGRAPHS = 20

/** Two ideographic spaces: how copied 政策新闻 indents its paragraphs. */
const INDENT = '\u3000\u3000'

/**
 * Generates `articles` files whose texts add up to about `targetChars`
 * characters. Each article's budget is the remaining characters shared over
 * the remaining articles, jittered ±30%, so the total lands within about one
 * article of the target. Same options → identical output.
 */
export function generateCorpus({ seed, articles, targetChars }: CorpusOptions): CorpusFile[] {
  const r = mulberry32(seed)
  const files: CorpusFile[] = []
  let remaining = targetChars
  for (let i = 0; i < articles; i++) {
    const budget = (remaining / (articles - i)) * (0.7 + 0.6 * r.next())
    const text = article(r, budget)
    remaining -= codePoints(text)
    files.push({ fileName: `policy-${String(i + 1).padStart(4, '0')}.txt`, text })
  }
  return files
}

/** Article, character and UTF-8 byte counts of a corpus. */
export function corpusStats(files: readonly CorpusFile[]): CorpusStats {
  let chars = 0
  let bytes = 0
  for (const f of files) {
    chars += codePoints(f.text)
    bytes += Buffer.byteLength(f.text, 'utf8')
  }
  return { articles: files.length, chars, bytes }
}

function article(r: Rng, budget: number): string {
  const title = headline(r)
  const count = r.int(MIN_PARAGRAPHS, MAX_PARAGRAPHS)
  const perParagraph = Math.max(0, budget - title.length - 1) / count
  const paragraphs: string[] = []
  for (let p = 0; p < count; p++) {
    const lead = p === 0 && r.next() < 0.3 ? dateline(r) : ''
    paragraphs.push(INDENT + lead + sentences(r, perParagraph - INDENT.length - lead.length))
  }
  return `${title}\n${paragraphs.join('\n')}\n`
}

/** At least one sentence; then more while that brings the length closer to `target`. */
function sentences(r: Rng, target: number): string {
  let text = sentence(r)
  for (;;) {
    const next = sentence(r)
    if (text.length + next.length - target > target - text.length) return text
    text += next
  }
}

function codePoints(text: string): number {
  let n = 0
  for (const _ of text) n++
  return n
}
