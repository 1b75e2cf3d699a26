/**
 * Pasted or piped text as an import input. A given title becomes the first
 * line, where the proposal takes its title from.
 */
import type { ImportInput } from './import-files'

/** The name pasted text is reported under when it has no title. */
export const PASTED_NAME = '粘贴的文本'

export function pastedInput(text: string, title?: string): ImportInput {
  const t = title?.trim()
  const body = t ? `${t}\n${text}` : text
  return {
    fileName: `${t || PASTED_NAME}.txt`,
    path: null,
    bytes: Buffer.from(body, 'utf8'),
    pasted: true,
  }
}
