/** Wires register-selection to the reader's callbacks. */
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext'
import type { Block } from '@shared/domain'
import { useEffect, useLayoutEffect, useRef } from 'react'
import { registerSelection, type SelectionHandlers } from './register-selection'

export function HighlightSelectionPlugin({
  blocks,
  ...handlers
}: SelectionHandlers & { blocks: readonly Block[] }): null {
  const [editor] = useLexicalComposerContext()
  const latest = useRef({ blocks, handlers })
  useLayoutEffect(() => {
    latest.current = { blocks, handlers }
  })
  useEffect(
    () =>
      registerSelection(editor, () => latest.current.blocks.map((b) => b.text.length), {
        onSelect: (r) => latest.current.handlers.onSelect(r),
        onMarkClick: (ids, rect) => latest.current.handlers.onMarkClick(ids, rect),
      }),
    [editor],
  )
  return null
}
