/**
 * Markdown export for Obsidian and Logseq: a YAML front matter block (title,
 * date, tags, sources), headings, quotes as block quotes with their note and
 * citation, and endnotes as a numbered list when chosen.
 */
import { chineseNumber } from './chinese-numbering'
import { endnoteText, sourceLine } from './citation'
import { noteRest, pointText, textLines } from './point'
import { allItems, type ExportItem, type ExportOptions, type ExportSet } from './export-set'

/** A YAML double-quoted scalar (JSON strings are valid YAML). */
const yaml = (s: string): string => JSON.stringify(s)

function frontMatter(set: ExportSet): string[] {
  const items = allItems(set)
  const tags = [...new Set(items.flatMap((i) => i.tags))].sort()
  const sources = [...new Map(items.map((i) => [i.source.articleId, i.source])).values()]
  return [
    '---',
    `title: ${yaml(set.title)}`,
    `created: ${yaml(set.createdAt)}`,
    `highlights: ${items.length}`,
    'tags:',
    ...tags.map((t) => `  - ${yaml(t)}`),
    'sources:',
    ...sources.map((s) => `  - ${yaml(s.title)}`),
    'generator: "Pizhu 批注"',
    '---',
  ].filter((line, i, all) => !(line.endsWith(':') && all[i + 1]?.startsWith('  - ') === false))
}

/** Keeps text literal: no HTML tags, no line read as a heading or list. */
const literal = (s: string): string => s.replace(/</g, '&lt;').replace(/^([#>*+-]|\d+\.)/, '\\$1')

/** Block-quotes each line so a multi-paragraph quote stays one quote. */
const blockQuote = (text: string): string =>
  textLines(text)
    .map((l) => `> ${literal(l)}`)
    .join('\n>\n')

function itemLines(item: ExportItem, n: number, opts: ExportOptions, noteNo: number): string[] {
  const cite = opts.citation === 'inline' ? sourceLine(item.source) : `[^${noteNo}]`
  const lines = [`**（${chineseNumber(n)}）${literal(pointText(item))}**`, '']
  for (const l of noteRest(item)) lines.push(literal(l), '')
  lines.push(`${blockQuote(item.quote)} ${cite}`)
  for (const l of textLines(item.commentary)) lines.push('', literal(l))
  if (item.tags.length) lines.push('', item.tags.map((t) => `#${t.replace(/\s+/g, '_')}`).join(' '))
  lines.push('')
  return lines
}

/** The set as a Markdown document (UTF-8, "\n" line ends). */
export function toMarkdown(set: ExportSet, opts: ExportOptions): string {
  const out = [...frontMatter(set), '', `# ${set.title}`, '']
  for (const l of textLines(set.summary)) out.push(literal(l), '')
  let heading = 0
  let noteNo = 0
  const notes: string[] = []
  for (const section of set.sections) {
    if (section.heading !== null) out.push(`## ${chineseNumber(++heading)}、${section.heading}`, '')
    section.items.forEach((item, i) => {
      noteNo++
      notes.push(`[^${noteNo}]: ${endnoteText(item.source)}`)
      out.push(...itemLines(item, i + 1, opts, noteNo))
    })
  }
  if (opts.citation === 'endnotes' && notes.length) out.push('## 注释', '', ...notes, '')
  return out.join('\n')
}
