/** Handlers for briefings and exports. */
import type { briefingCalls } from '@shared/calls/briefings'
import {
  addFrom,
  addHeading,
  addHighlights,
  createBriefing,
  deleteBriefing,
  duplicateBriefing,
  listBriefings,
  removeItem,
  reorderItems,
  restoreBriefing,
  updateBriefing,
  updateItem,
} from '../../briefings/briefings'
import { readBriefing } from '../../briefings/read-briefing'
import { chromiumPrinter } from '../../export/chromium-printer'
import { renderRequest } from '../../export/export-request'
import type { HandlerContext, HandlersFor } from '../handler-types'

export function briefingHandlers(ctx: HandlerContext): HandlersFor<typeof briefingCalls> {
  const { db } = ctx.library
  return {
    'briefings.list': () => listBriefings(db),
    'briefings.create': (input) => createBriefing(db, input.title, input.highlightIds),
    'briefings.get': (input) => readBriefing(db, input.id),
    'briefings.update': ({ id, ...changes }) => updateBriefing(db, id, changes),
    'briefings.duplicate': (input) => duplicateBriefing(db, input.id),
    'briefings.delete': (input) => deleteBriefing(db, input.id),
    'briefings.restore': (input) => restoreBriefing(db, input.id),
    'briefings.addHighlights': (input) => addHighlights(db, input.id, input.highlightIds),
    'briefings.addFrom': (input) => addFrom(db, input.id, input.source),
    'briefings.addHeading': (input) => addHeading(db, input.id, input.text),
    'briefings.updateItem': ({ id, itemId, ...changes }) => updateItem(db, id, itemId, changes),
    'briefings.removeItem': (input) => removeItem(db, input.id, input.itemId),
    'briefings.reorder': (input) => reorderItems(db, input.id, input.itemIds),
    'export.render': async (input) => {
      const { bytes: _bytes, ...file } = await renderRequest(
        db,
        input,
        ctx.pdfPrinter ?? chromiumPrinter(),
      )
      return file
    },
  }
}
