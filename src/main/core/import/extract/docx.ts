/**
 * Word (.docx): mammoth turns the document into simple HTML (headings,
 * paragraphs, lists, tables), which is walked into structured lines; no
 * markup is kept. The package's declared sizes are checked first (zip-bomb
 * cap), and password-protected documents, which Word stores in an OLE
 * container rather than a ZIP, are refused by name.
 */
import mammoth from 'mammoth'
import type { ExtractedText } from '../extracted'
import { importError } from '../errors'
import { sniffBinary } from '../sniff'
import { checkZipPackage } from '../zip-guard'
import { htmlToLines } from './html-lines'

export async function extractDocx(bytes: Uint8Array, label: string): Promise<ExtractedText> {
  if (bytes.length === 0) throw importError(label, 'the file is empty', 'empty')
  if (sniffBinary(bytes) === 'a legacy Office document') {
    throw importError(
      label,
      'the Word document is password-protected (or an old .doc renamed .docx); save an unprotected .docx and import it again',
      'encrypted',
    )
  }
  checkZipPackage(bytes, label, 'Word document')
  let html: string
  try {
    html = (await mammoth.convertToHtml({ buffer: Buffer.from(bytes) })).value
  } catch (err) {
    const why = (err instanceof Error ? err.message : String(err)).split('\n')[0]
    throw importError(label, `the Word document is damaged and cannot be read (${why})`, 'damaged')
  }
  const lines = htmlToLines(`<!doctype html><html><body>${html}</body></html>`)
  if (lines.length === 0) throw importError(label, 'the Word document has no text', 'noText')
  const first = lines[0]!
  return {
    format: 'docx',
    encoding: null,
    structured: true,
    pages: [{ number: null, lines }],
    meta: first.kind === 'heading' && first.level === 1 ? { title: first.text } : {},
  }
}
