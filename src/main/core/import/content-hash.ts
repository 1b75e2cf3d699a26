/**
 * The content hash that recognises a re-import: computed from the articles'
 * text, not the file's bytes, so the same notice saved again, re-encoded
 * (GBK vs UTF-8) or with different line endings and spacing is still
 * recognised. Text is NFKC-folded and stripped of all whitespace first.
 */
import type { ArticleDraft } from '@shared/domain'
import { sha256Hex } from '../hash'

export function contentHashOf(drafts: readonly ArticleDraft[]): string {
  const text = drafts
    .map((d) => [d.title, ...d.blocks.map((b) => b.text)].join('\n'))
    .join('\n')
    .normalize('NFKC')
    .replace(/\s+/gu, '')
  return sha256Hex(text)
}
