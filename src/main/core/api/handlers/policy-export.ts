/** Handlers that hand the policy registry out as a file. */
import type { policyExportCalls } from '@shared/calls/policy-export'
import { FORMAT_FILE } from '../../export/render'
import { exportRegistry, localDate } from '../../export/registry-csv'
import type { HandlerContext, HandlersFor } from '../handler-types'

export function policyExportHandlers(ctx: HandlerContext): HandlersFor<typeof policyExportCalls> {
  const { db } = ctx.library
  return {
    'policy.exportRegistry': (input) => {
      const file = exportRegistry(db, input, localDate(new Date()))
      return {
        fileName: file.fileName,
        mime: FORMAT_FILE.csv.mime,
        base64: Buffer.from(file.bytes).toString('base64'),
        policies: file.policies,
      }
    },
  }
}
