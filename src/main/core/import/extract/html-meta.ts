/**
 * What a saved web page says about itself: title, publication (site name)
 * and publication date, from the meta tags news portals and Chinese
 * government sites use (og:*, article:published_time, SiteName, PubDate…),
 * falling back to the <title> suffix and a date printed near the headline.
 */

interface MetaDocument {
  querySelector(
    selector: string,
  ): { getAttribute(name: string): string | null; textContent: string | null } | null
  querySelectorAll(selector: string): ArrayLike<{ getAttribute(name: string): string | null }>
  title: string
}

export interface PageMeta {
  title?: string
  publication?: string
  publishedOn?: string
}

const SITE_KEYS = [
  'og:site_name',
  'sitename',
  'site_name',
  'application-name',
  'publisher',
  'source',
]
const DATE_KEYS = [
  'article:published_time',
  'pubdate',
  'publishdate',
  'publish_date',
  'firstpublishedtime',
  'dc.date',
  'dc.date.issued',
  'date',
  'og:published_time',
]
const TITLE_KEYS = ['og:title', 'articletitle', 'title']
const MAX_SITE_CHARS = 20
/** Separators between an article title and the site name in <title>. */
const TITLE_SEPARATOR = /\s*(?:[_|｜–—]|\s-\s|-{2})\s*/

/** Reads a page's meta tags into a lower-cased name → content map. */
function metaMap(doc: MetaDocument): Map<string, string> {
  const map = new Map<string, string>()
  for (const m of Array.from(doc.querySelectorAll('meta'))) {
    const key = (
      m.getAttribute('property') ??
      m.getAttribute('name') ??
      m.getAttribute('itemprop') ??
      ''
    ).toLowerCase()
    const value = (m.getAttribute('content') ?? '').trim()
    if (key && value && !map.has(key)) map.set(key, value)
  }
  return map
}

/** Title, site name and date the page states; `bodyText` is searched for a date near the title. */
export function readPageMeta(doc: MetaDocument, bodyText: string): PageMeta {
  const meta = metaMap(doc)
  const pick = (keys: readonly string[]): string | undefined =>
    keys.map((k) => meta.get(k)).find((v) => v !== undefined && v !== '')
  const docTitle = (doc.title ?? '').trim()
  const parts = docTitle.split(TITLE_SEPARATOR).filter((p) => p !== '')
  const h1 = doc.querySelector('h1')?.textContent?.replace(/\s+/g, ' ').trim()
  const title = pick(TITLE_KEYS) ?? (h1 || undefined) ?? (parts[0] || undefined)
  const suffix = parts.length > 1 ? parts[parts.length - 1] : undefined
  // A <title> suffix names the site only when it is short; a long one is part of the headline.
  const publication =
    pick(SITE_KEYS) ?? (suffix && [...suffix].length <= MAX_SITE_CHARS ? suffix : undefined)
  const timeAttr = doc.querySelector('time[datetime]')?.getAttribute('datetime') ?? undefined
  const publishedOn =
    toIsoDate(pick(DATE_KEYS)) ?? toIsoDate(timeAttr) ?? toIsoDate(dateNear(bodyText, title))
  const out: PageMeta = {}
  if (title) out.title = title
  if (publication && publication !== title) out.publication = publication
  if (publishedOn) out.publishedOn = publishedOn
  return out
}

const DATE_PATTERN = /(\d{4})\s*(?:[-/.]|年)\s*(\d{1,2})\s*(?:[-/.]|月)\s*(\d{1,2})/

/** The first date printed within 600 characters after the title (or the start of the text). */
function dateNear(text: string, title: string | undefined): string | undefined {
  const at = title ? Math.max(0, text.indexOf(title)) : 0
  return DATE_PATTERN.exec(text.slice(at, at + 600))?.[0]
}

/** YYYY-MM-DD from the usual date spellings, or undefined when it is not a plausible date. */
export function toIsoDate(value: string | undefined): string | undefined {
  if (!value) return undefined
  const m = DATE_PATTERN.exec(value)
  if (!m) return undefined
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])]
  if (y < 1900 || y > 2200 || mo < 1 || mo > 12 || d < 1 || d > 31) return undefined
  return `${y}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`
}
