/** Handlers for searching and for saved searches. */
import type { searchCalls } from '@shared/calls/search'
import {
  createSavedSearch,
  deleteSavedSearch,
  listSavedSearches,
} from '../../db/repos/saved-searches'
import { search } from '../../search'
import type { HandlerContext, HandlersFor } from '../handler-types'

export function searchHandlers(ctx: HandlerContext): HandlersFor<typeof searchCalls> {
  const { db } = ctx.library
  return {
    'search.query': (input) => search(db, input),
    'search.saved.list': () => listSavedSearches(db),
    'search.saved.create': (input) =>
      createSavedSearch(db, input.name, input.request, new Date().toISOString()),
    'search.saved.delete': (input) => ({ deleted: deleteSavedSearch(db, input.id) }),
  }
}
