/** Calls that hand the policy registry out of the app as a file. */
import { z } from 'zod'
import { policyCalls } from './policy'

/** A file ready to save (download, or the app's save dialog), as `export.render` returns one. */
export const RegistryFile = z.object({
  fileName: z.string(),
  mime: z.string(),
  base64: z.string(),
  /** Rows below the header. */
  policies: z.number().int(),
})
export type RegistryFile = z.infer<typeof RegistryFile>

export const policyExportCalls = {
  /** The registry `policy.list` returns for the same filters, as CSV for Excel (BOM, Chinese headers). */
  'policy.exportRegistry': {
    input: policyCalls['policy.list'].input,
    output: RegistryFile,
  },
} as const
