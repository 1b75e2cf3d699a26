/**
 * Reads a Web Annotation JSON file (W3C annotation model) as written by
 * `pizhu export --format json`, or by another tool that follows the model:
 * an AnnotationCollection (annotations under `first.items`), an
 * AnnotationPage, a bare array, or one Annotation. Each annotation needs a
 * TextQuoteSelector; the position, the article's content hash and title,
 * notes, tags and colour are used when present. Anything else is refused
 * with one line naming the file.
 */
import { z } from 'zod'
import { HIGHLIGHT_COLORS, type HighlightColor } from '@shared/highlight'
import { AppException } from '@shared/result'

const QuoteSelector = z.object({
  type: z.literal('TextQuoteSelector'),
  exact: z.string().min(1),
  prefix: z.string().optional(),
  suffix: z.string().optional(),
})
const PositionSelector = z.object({
  type: z.literal('TextPositionSelector'),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
})
const Selector = z.union([QuoteSelector, PositionSelector, z.object({ type: z.string() })])
const Body = z.union([
  z.object({
    type: z.literal('TextualBody').optional(),
    purpose: z.string().optional(),
    value: z.string(),
  }),
  z.object({}).passthrough(),
])
const Source = z.union([
  z.string(),
  z.object({ id: z.string().optional(), title: z.string().optional() }).passthrough(),
])
const Annotation = z
  .object({
    type: z.union([z.literal('Annotation'), z.array(z.string())]),
    body: z.union([Body, z.array(Body)]).optional(),
    target: z
      .object({
        source: Source,
        selector: z.union([Selector, z.array(Selector)]),
      })
      .passthrough(),
    'pizhu:color': z.string().optional(),
  })
  .passthrough()
type Annotation = z.infer<typeof Annotation>

const Page = z.object({ type: z.literal('AnnotationPage'), items: z.array(Annotation) })
const FileShape = z.union([
  z.object({ type: z.literal('AnnotationCollection'), first: Page.optional() }).passthrough(),
  Page.passthrough(),
  z.array(Annotation),
  Annotation,
])

/** One annotation as Pizhu uses it: which article, where, and what was said. */
export interface SharedAnnotation {
  /** Content hash from a `urn:pizhu:article:` source id, when given. */
  contentHash: string | null
  title: string | null
  exact: string
  prefix: string
  suffix: string
  /** From the TextPositionSelector; null when the file gives none. */
  start: number | null
  end: number | null
  color: HighlightColor
  noteText: string
  tags: string[]
}

const URN = /^urn:pizhu:article:([0-9a-f]{64})$/i

function shared(a: Annotation): SharedAnnotation | string {
  const selectors = [a.target.selector].flat()
  const quote = selectors.find((s) => s.type === 'TextQuoteSelector') as
    z.infer<typeof QuoteSelector> | undefined
  if (!quote) return 'has no TextQuoteSelector'
  const pos = selectors.find((s) => s.type === 'TextPositionSelector') as
    z.infer<typeof PositionSelector> | undefined
  const src = a.target.source
  const id = typeof src === 'string' ? src : (src.id ?? '')
  const bodies = [a.body ?? []].flat() as { purpose?: string; value?: unknown }[]
  const values = (purpose: string) =>
    bodies
      .filter((b) => typeof b.value === 'string' && (b.purpose ?? 'commenting') === purpose)
      .map((b) => (b.value as string).trim())
      .filter(Boolean)
  const color = a['pizhu:color']
  return {
    contentHash: URN.exec(id)?.[1]?.toLowerCase() ?? null,
    title: typeof src === 'string' ? null : (src.title?.trim() ?? null),
    exact: quote.exact,
    prefix: quote.prefix ?? '',
    suffix: quote.suffix ?? '',
    start: pos && pos.end > pos.start ? pos.start : null,
    end: pos && pos.end > pos.start ? pos.end : null,
    color: (HIGHLIGHT_COLORS as readonly string[]).includes(color ?? '')
      ? (color as HighlightColor)
      : 'yellow',
    noteText: values('commenting').join('\n\n'),
    tags: [...new Set(values('tagging'))],
  }
}

function refuse(fileName: string, problem: string): never {
  throw new AppException('INVALID_INPUT', `${fileName}: ${problem}`, fileName)
}

/** The annotations in `text` (the file's content); INVALID_INPUT naming `fileName` otherwise. */
export function parseAnnotationFile(fileName: string, text: string): SharedAnnotation[] {
  let json: unknown
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''))
  } catch (err) {
    refuse(fileName, `not JSON (${(err as Error).message.split('\n')[0]})`)
  }
  const parsed = FileShape.safeParse(json)
  if (!parsed.success) {
    const issue = parsed.error.issues[0]
    const where = issue?.path.length ? ` at ${issue.path.join('.')}` : ''
    refuse(fileName, `not a Web Annotation file${where}`)
  }
  const v = parsed.data
  const list: Annotation[] = Array.isArray(v)
    ? v
    : v.type === 'Annotation' || Array.isArray(v.type)
      ? [v as Annotation]
      : v.type === 'AnnotationPage'
        ? (v as { items: Annotation[] }).items
        : ((v as { first?: { items: Annotation[] } }).first?.items ?? [])
  return list.map((a, i) => {
    const s = shared(a)
    if (typeof s === 'string') refuse(fileName, `annotation ${i + 1} ${s}`)
    return s
  })
}
