/**
 * Why a file could not be imported, as a stable word beside the English
 * one-line message, so the UI can say it in the reader's language
 * (文件为空, 编码无法识别, 扫描件无文字层…) with the file's name.
 */
export const IMPORT_REASONS = [
  'empty',
  'notText',
  'encoding',
  'scanned',
  'encrypted',
  'tooLarge',
  'zipBomb',
  'damaged',
  'unsupportedType',
  'verticalText',
  'noText',
  'notFile',
  'notFound',
  'unreadable',
  'nothingToSave',
] as const

export type ImportFailureReason = (typeof IMPORT_REASONS)[number]

/** True for a reason this version knows; an unknown one is shown by its English message. */
export function isImportReason(value: unknown): value is ImportFailureReason {
  return typeof value === 'string' && (IMPORT_REASONS as readonly string[]).includes(value)
}
