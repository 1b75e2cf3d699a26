/** Word documents built at test time with the `docx` package. */
import {
  Document,
  HeadingLevel,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
} from 'docx'

export interface DocxContent {
  title: string
  sections: { heading: string; paragraphs: string[] }[]
  table?: string[][]
}

export async function buildDocx(content: DocxContent): Promise<Buffer> {
  const children: (Paragraph | Table)[] = [
    new Paragraph({ text: content.title, heading: HeadingLevel.HEADING_1 }),
  ]
  for (const s of content.sections) {
    children.push(new Paragraph({ text: s.heading, heading: HeadingLevel.HEADING_2 }))
    for (const p of s.paragraphs) {
      children.push(
        new Paragraph({ children: [new TextRun(p), new TextRun({ text: '', bold: true })] }),
      )
    }
  }
  if (content.table) {
    children.push(
      new Table({
        rows: content.table.map(
          (row) =>
            new TableRow({
              children: row.map((cell) => new TableCell({ children: [new Paragraph(cell)] })),
            }),
        ),
      }),
    )
  }
  return Packer.toBuffer(new Document({ sections: [{ children }] }))
}
