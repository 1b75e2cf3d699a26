/**
 * A failed file in the reader's language: main's stable reason word
 * (see @shared/import-reasons) becomes a translated line naming the file;
 * a failure without a known reason keeps main's English line, which names it.
 */
import type { TFunction } from 'i18next'
import { isImportReason } from '@shared/import-reasons'

export interface Failure {
  fileName?: string
  message: string
  reason?: string
}

export function failureText(t: TFunction, f: Failure): string {
  if (f.fileName === undefined || !isImportReason(f.reason)) return f.message
  return t(`importReasons.${f.reason}`, { file: f.fileName })
}
