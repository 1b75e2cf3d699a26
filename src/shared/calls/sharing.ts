/** Calls for sharing annotations between colleagues: importing their Web Annotation file. */
import { z } from 'zod'

/** Longest annotation file the renderer may send (characters). */
export const MAX_ANNOTATION_FILE = 32 * 1024 * 1024

/** What happened to one annotation of the file. */
export const AnnotationImportItem = z.object({
  /** 0-based position in the file. */
  index: z.number().int(),
  quote: z.string(),
  /** The article's title in this library, else as the file gives it. */
  title: z.string().nullable(),
  status: z.enum(['added', 'merged', 'duplicate', 'orphaned']),
  /** Why an annotation is orphaned (article missing, quote not found); null otherwise. */
  reason: z.string().nullable(),
  articleId: z.number().int().nullable(),
  highlightId: z.number().int().nullable(),
})
export type AnnotationImportItem = z.infer<typeof AnnotationImportItem>

export const AnnotationImportSummary = z.object({
  fileName: z.string(),
  added: z.number().int(),
  merged: z.number().int(),
  duplicates: z.number().int(),
  orphaned: z.number().int(),
  items: z.array(AnnotationImportItem),
})
export type AnnotationImportSummary = z.infer<typeof AnnotationImportSummary>

export const sharingCalls = {
  /** Merge a colleague's Web Annotation JSON file (its text) into the library; one transaction. */
  'sharing.importAnnotations': {
    input: z
      .object({
        fileName: z.string().min(1).max(1024),
        text: z.string().min(1).max(MAX_ANNOTATION_FILE),
      })
      .strict(),
    output: AnnotationImportSummary,
  },
}
