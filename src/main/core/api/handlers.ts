/**
 * The implementation of every contract call on top of the core library,
 * assembled from one module per domain under `handlers/`. Both transports
 * (Electron IPC and the browser host) use this table; the Electron glue only
 * replaces the calls that need a native dialog.
 */
import { backupHandlers, fixedLibrary } from '../session/backup-handlers'
import { articleHandlers } from './handlers/articles'
import { briefingHandlers } from './handlers/briefings'
import { highlightHandlers } from './handlers/highlights'
import { importHandlers } from './handlers/import'
import { libraryHandlers } from './handlers/library'
import { policyHandlers } from './handlers/policy'
import { policyExportHandlers } from './handlers/policy-export'
import { reviewHandlers } from './handlers/review'
import { searchHandlers } from './handlers/search'
import { readerHandlers } from './handlers/reader'
import { sharingHandlers } from './handlers/sharing'
import { structureHandlers } from './handlers/structure'
import { tagHandlers } from './handlers/tags'
import type { HandlerContext, Handlers } from './handler-types'

export type { Handler, HandlerContext, Handlers } from './handler-types'

export function createHandlers(ctx: HandlerContext): Handlers {
  return {
    ...libraryHandlers(ctx),
    ...articleHandlers(ctx),
    ...importHandlers(ctx),
    ...highlightHandlers(ctx),
    ...backupHandlers(fixedLibrary(ctx.library)),
    ...reviewHandlers(ctx),
    ...searchHandlers(ctx),
    ...policyHandlers(ctx),
    ...readerHandlers(ctx),
    ...briefingHandlers(ctx),
    ...sharingHandlers(ctx),
    ...structureHandlers(ctx),
    ...tagHandlers(ctx),
    ...policyExportHandlers(ctx),
  }
}
