/**
 * Chooses the format module for a file by its extension and runs it. Each
 * module refuses what it cannot read with an import error naming the file.
 */
import { extname } from 'node:path'
import type { ExtractedText } from '../extracted'
import { importError } from '../errors'
import { extractDocx } from './docx'
import { extractHtml } from './html'
import { extractPdf } from './pdf'
import { extractPlainText } from './text'

type Extractor = (bytes: Uint8Array, label: string) => ExtractedText | Promise<ExtractedText>

const EXTRACTORS: Record<string, Extractor> = {
  '.txt': (b, l) => extractPlainText(b, l, 'txt'),
  '.text': (b, l) => extractPlainText(b, l, 'txt'),
  '.md': (b, l) => extractPlainText(b, l, 'md'),
  '.markdown': (b, l) => extractPlainText(b, l, 'md'),
  '.pdf': extractPdf,
  '.docx': extractDocx,
  '.html': extractHtml,
  '.htm': extractHtml,
}

/** The extensions Pizhu imports, for file pickers and messages. */
export const SUPPORTED_EXTENSIONS = Object.keys(EXTRACTORS)

/** Extracts a file's text; `label` names the file in errors (its path when it has one). */
export async function extractDocument(
  fileName: string,
  bytes: Uint8Array,
  label: string,
): Promise<ExtractedText> {
  const ext = extname(fileName).toLowerCase()
  const extractor = EXTRACTORS[ext]
  if (!extractor) {
    throw importError(
      label,
      `${ext || 'files without an extension'} cannot be imported yet (supported: ${SUPPORTED_EXTENSIONS.join(', ')})`,
      'unsupportedType',
    )
  }
  return extractor(bytes, label)
}
