/**
 * Word (.docx) export: the title as a Title paragraph, the summary, section
 * headings as Heading 1 numbered 一、, each item as a Heading 2 point
 * numbered （一） (its note, else its article's title), the quote set apart in
 * its own indented style, then the citation — a source line, or a numbered
 * endnote listed under 注释 as 1. 2. …
 */
import { AlignmentType, Document, HeadingLevel, Packer, Paragraph, TextRun } from 'docx'
import { levelOne, levelThree, levelTwo } from './chinese-numbering'
import { endnoteText, sourceLine } from './citation'
import { STYLE_IDS, pageMargins, stylesFor } from './docx-styles'
import type { ExportItem, ExportOptions, ExportSet } from './export-set'
import { noteRest, pointText, textLines } from './point'

const lines = textLines

function itemParagraphs(
  item: ExportItem,
  n: number,
  opts: ExportOptions,
  noteNo: number,
): Paragraph[] {
  const out = [
    new Paragraph({ heading: HeadingLevel.HEADING_2, text: levelTwo(n) + pointText(item) }),
  ]
  for (const more of noteRest(item)) out.push(new Paragraph({ style: STYLE_IDS.body, text: more }))
  const quote = lines(item.quote)
  quote.forEach((l, i) => {
    const last = i === quote.length - 1
    const children = [new TextRun(`${i === 0 ? '“' : ''}${l}${last ? '”' : ''}`)]
    if (last && opts.citation === 'endnotes')
      children.push(new TextRun({ text: `[${noteNo}]`, superScript: true }))
    out.push(new Paragraph({ style: STYLE_IDS.quote, children }))
  })
  if (opts.citation === 'inline')
    out.push(
      new Paragraph({
        style: STYLE_IDS.cite,
        alignment: AlignmentType.RIGHT,
        text: sourceLine(item.source),
      }),
    )
  for (const l of lines(item.commentary))
    out.push(new Paragraph({ style: STYLE_IDS.body, text: l }))
  return out
}

/** The paragraphs of the document body, in reading order. */
export function docxParagraphs(set: ExportSet, opts: ExportOptions): Paragraph[] {
  const out = [
    new Paragraph({
      heading: HeadingLevel.TITLE,
      alignment: AlignmentType.CENTER,
      text: set.title,
    }),
  ]
  for (const l of lines(set.summary)) out.push(new Paragraph({ style: STYLE_IDS.body, text: l }))
  const notes: Paragraph[] = []
  let heading = 0
  let noteNo = 0
  for (const section of set.sections) {
    if (section.heading !== null)
      out.push(
        new Paragraph({
          heading: HeadingLevel.HEADING_1,
          text: levelOne(++heading) + section.heading,
        }),
      )
    section.items.forEach((item, i) => {
      noteNo++
      notes.push(
        new Paragraph({
          style: STYLE_IDS.endnote,
          text: `${levelThree(noteNo)} ${endnoteText(item.source)}`,
        }),
      )
      out.push(...itemParagraphs(item, i + 1, opts, noteNo))
    })
  }
  if (opts.citation === 'endnotes' && notes.length)
    out.push(new Paragraph({ heading: HeadingLevel.HEADING_1, text: '注释' }), ...notes)
  return out
}

/** The set as .docx bytes. */
export async function toDocx(set: ExportSet, opts: ExportOptions): Promise<Uint8Array> {
  const doc = new Document({
    creator: 'Pizhu 批注',
    title: set.title,
    styles: stylesFor(opts.style),
    sections: [
      {
        properties: { page: { margin: pageMargins(opts.style) } },
        children: docxParagraphs(set, opts),
      },
    ],
  })
  return new Uint8Array(await Packer.toBuffer(doc))
}
