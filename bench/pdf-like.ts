/**
 * The bench corpus re-laid as text copied out of newspaper PDFs, for the
 * whole-pipeline row: five articles to a page file, each a headline, body
 * lines hard-wrapped at a column width with no indentation, a stray space
 * inside some lines, half-width commas, blank lines between paragraphs and a
 * reporters' byline under the body. The text layer code then has to detect,
 * normalise, rejoin and split it back into the same articles.
 */
import type { CorpusFile } from './corpus'
import { mulberry32, type Rng } from './prng'
import { GIVEN_NAMES, SURNAMES } from './vocabulary'

const COLUMN = 22
const isHan = (ch: string | undefined): boolean => ch !== undefined && /\p{Script=Han}/u.test(ch)
const PER_PAGE = 5

/** Groups the corpus into page files of five articles each; same input → same output. */
export function pdfLikePages(corpus: readonly CorpusFile[], seed: number): CorpusFile[] {
  const r = mulberry32(seed)
  const pages: CorpusFile[] = []
  for (let i = 0; i < corpus.length; i += PER_PAGE) {
    const articles = corpus.slice(i, i + PER_PAGE).map((f) => pdfArticle(r, f.text))
    pages.push({
      fileName: `page-${String(pages.length + 1).padStart(3, '0')}.txt`,
      text: articles.join('\n\n'),
    })
  }
  return pages
}

function pdfArticle(r: Rng, text: string): string {
  const [title, ...paragraphs] = text.split('\n').filter((l) => l.trim() !== '')
  const body = paragraphs.map((p) => wrap(r, p.replace(/^\u3000+/u, '').replace(/，/gu, ',')))
  const names = Array.from(
    { length: r.int(1, 3) },
    () => `${r.pick(SURNAMES)}${r.pick(GIVEN_NAMES)}`,
  )
  return [title, '', body.join('\n\n'), '', names.join(' ')].join('\n')
}

/** Hard-wraps a paragraph at the column width; now and then a line gets a stray space. */
function wrap(r: Rng, paragraph: string): string {
  const chars = [...paragraph]
  const lines: string[] = []
  for (let i = 0; i < chars.length; i += COLUMN) {
    const line = chars.slice(i, i + COLUMN)
    const at = r.int(2, Math.max(2, line.length - 2))
    // a stray space between two ideographs, as PDF text layers leave them
    if (r.next() < 0.2 && isHan(line[at - 1]) && isHan(line[at])) line.splice(at, 0, ' ')
    lines.push(line.join(''))
  }
  return lines.join('\n')
}
