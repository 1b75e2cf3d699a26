/** Calls that bring files into the library. */
import { z } from 'zod'
import { ImportOutcome } from '../domain'

/** Largest file the renderer may send in one import call (base64 of 64 MiB). */
export const MAX_IMPORT_BASE64 = Math.ceil((64 * 1024 * 1024) / 3) * 4

/** Most bytes the native dialog hands to the renderer in one pick (files after it are refused). */
export const MAX_PICK_BYTES = 256 * 1024 * 1024

/**
 * Files picked in the native dialog, read by main and handed to the renderer,
 * which puts them through the same review as files picked or dropped in the
 * page. Files main could not read or that are over a cap are listed in
 * `refused`, each with a one-line message naming the file.
 */
export const PickedFiles = z.object({
  files: z.array(
    z.object({ fileName: z.string().min(1).max(1024), base64: z.string().max(MAX_IMPORT_BASE64) }),
  ),
  refused: z.array(
    z.object({ fileName: z.string(), message: z.string(), reason: z.string().optional() }),
  ),
})
export type PickedFiles = z.infer<typeof PickedFiles>

/** Longest text the paste box may send in one call (characters). */
export const MAX_IMPORT_TEXT = 20_000_000

export const importCalls = {
  /** Import one file whose bytes the renderer read (file picker, drag and drop). */
  'import.file': {
    input: z
      .object({
        fileName: z.string().min(1).max(1024),
        base64: z.string().max(MAX_IMPORT_BASE64),
        /** Import even when the same content is already in the library. */
        force: z.boolean().optional(),
      })
      .strict(),
    output: ImportOutcome,
  },
  /**
   * Import pasted text (the paste box). `title`, when given, is the first
   * article's title; otherwise the text's first line is.
   */
  'import.text': {
    input: z
      .object({
        text: z.string().min(1).max(MAX_IMPORT_TEXT),
        title: z.string().max(500).optional(),
        force: z.boolean().optional(),
      })
      .strict(),
    output: ImportOutcome,
  },
  /**
   * Open the native file dialog and return what the person picked, unsaved
   * (Electron only); the renderer reviews it like any other picked file.
   */
  'import.openDialog': {
    input: z.object({}).strict(),
    output: PickedFiles,
  },
} as const
