/** The rich-text toolbar's labels, translated. */
import type { TFunction } from 'i18next'
import type { NoteToolbarLabels } from '../../editor'

export function noteLabels(t: TFunction): NoteToolbarLabels {
  return {
    bold: t('highlights.bold'),
    italic: t('highlights.italic'),
    bullet: t('highlights.bullet'),
    number: t('highlights.number'),
    quote: t('highlights.quote'),
    link: t('highlights.link'),
    linkPlaceholder: t('highlights.linkPlaceholder'),
  }
}
