/** Reads a PDF's page count and text with pdfjs, to check PDF exports in tests. */
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs'

export async function pdfText(bytes: Uint8Array): Promise<{ pages: number; text: string }> {
  const doc = await getDocument({ data: new Uint8Array(bytes), useSystemFonts: false }).promise
  let text = ''
  for (let p = 1; p <= doc.numPages; p++) {
    const content = await (await doc.getPage(p)).getTextContent()
    text += content.items.map((i) => ('str' in i ? i.str : '')).join('') + '\n'
  }
  const pages = doc.numPages
  await doc.destroy()
  // Fonts may map glyphs to Kangxi radicals (⼀ for 一); NFKC folds them back.
  return { pages, text: text.normalize('NFKC') }
}
