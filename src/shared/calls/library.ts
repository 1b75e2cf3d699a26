/** Calls about the library as a whole. */
import { z } from 'zod'
import { LibraryInfo } from '../domain'

export const libraryCalls = {
  'library.info': {
    input: z.object({}).strict(),
    output: LibraryInfo,
  },
} as const
